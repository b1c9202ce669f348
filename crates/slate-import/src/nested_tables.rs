//! Tables that describe a nested object: "**Attributes for deliveryAddress**", "The field
//! invoiceItems should be an array containing objects with the attributes shown below". Their rows
//! belong under that field (`deliveryAddress.city`), not beside the top-level fields.

use crate::diag::{Code, Diagnostics, Pos};
use crate::tables::TableRow;
use regex::Regex;
use std::sync::OnceLock;

/// The fields (or type names) a lead paragraph says the next table describes.
pub fn subjects_of(paragraph: &str) -> Option<Vec<String>> {
    static LEAD: OnceLock<[Regex; 2]> = OnceLock::new();
    let [attributes_for, field_is_array] = LEAD.get_or_init(|| {
        [
            Regex::new(r"(?i)^(?:attributes|fields|properties|parameters|keys)\s+(?:for|of|in)\s+(?:the\s+|an?\s+|each\s+)?(.+?)(?:\s+(?:objects?|fields?|attributes?|arrays?|items?))?\s*:?$")
                .expect("valid regex"),
            Regex::new(r"(?i)^the\s+(?:field|attribute|property|parameter)\s+([A-Za-z_][\w.]*)\s+(?:should|must|will|is|can)\b")
                .expect("valid regex"),
        ]
    });
    let text: String = paragraph.chars().filter(|c| !matches!(c, '*' | '`')).collect();
    let text = text.trim();
    let list = attributes_for
        .captures(text)
        .or_else(|| field_is_array.captures(text))
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())?;
    let names: Vec<String> = list
        .split(['&', ','])
        .flat_map(|part| part.split(" and "))
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let identifier = |s: &String| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    };
    (!names.is_empty() && names.iter().all(identifier)).then_some(names)
}

/// A table of one section with the subjects its lead paragraph named.
pub struct SubjectTable<'a> {
    /// The rows, renamed in place to their dotted paths.
    pub rows: &'a mut Vec<TableRow>,
    /// What the lead paragraph said the table describes, if anything.
    pub subjects: Option<Vec<String>>,
    /// The prose paragraph just before the table, which may name the field in words.
    pub lead: Option<String>,
    /// Where the table is.
    pub pos: &'a Pos,
}

/// Renames the rows of subject tables to dotted paths under the field each subject names: a
/// field of an earlier table of the same section with that name, or whose description mentions
/// it ("Array of DeductionItem's"). A subject that matches no field leaves its table out, with a
/// warning: its rows would otherwise read as top-level fields.
pub fn nest(tables: Vec<SubjectTable<'_>>, diags: &mut Diagnostics) {
    let mut known: Vec<(String, String)> = Vec::new(); // (dotted name, description)
    for table in tables {
        let in_words = || table.lead.as_deref().and_then(|lead| field_named_in_words(lead, &known));
        let subjects = match (table.subjects, in_words()) {
            (Some(subjects), _) => subjects,
            (None, Some(parent)) => vec![parent],
            (None, None) => {
                known.extend(table.rows.iter().map(|r| (r.name.clone(), described_as(r))));
                continue;
            }
        };
        let mut nested = Vec::new();
        for subject in &subjects {
            match parent_field(subject, &known) {
                Some(parent) => nested.extend(table.rows.iter().map(|r| TableRow {
                    name: format!("{parent}.{}", r.name),
                    ..r.clone()
                })),
                None => diags.warn_help(
                    Code::TableSubjectUnmatched,
                    table.pos,
                    format!("this table describes `{subject}`, which no field of the section names; its rows are left out"),
                    "name the field in the lead paragraph (\"Attributes for <field>\") or mention the table in its description",
                ),
            }
        }
        known.extend(nested.iter().map(|r| (r.name.clone(), described_as(r))));
        *table.rows = nested;
    }
}

/// What a row says of itself: its type and description, for matching subjects against.
fn described_as(row: &TableRow) -> String {
    format!("{} {}", row.type_text.as_deref().unwrap_or(""), row.description.as_deref().unwrap_or("")).trim().to_owned()
}

/// The object or array field whose name a short lead paragraph spells out in words:
/// "**House properties for ROT/RUT invoices**" names `houseProperties`. The name must have at
/// least two words, all found in a row, so that ordinary prose does not match a field by chance.
fn field_named_in_words(lead: &str, known: &[(String, String)]) -> Option<String> {
    const MAX_LEAD_WORDS: usize = 10;
    let words: Vec<String> = lead
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    if words.len() > MAX_LEAD_WORDS {
        return None;
    }
    let holds_fields = |about: &str| {
        let about = about.to_ascii_lowercase();
        about.starts_with("object") || about.starts_with("array") || about.contains("see below")
    };
    known
        .iter()
        .filter(|(_, about)| holds_fields(about))
        .find(|(name, _)| {
            let last = name.rsplit('.').next().unwrap_or(name);
            let parts: Vec<String> = heck::ToSnakeCase::to_snake_case(last).split('_').map(str::to_owned).collect();
            parts.len() >= 2 && words.windows(parts.len()).any(|w| w == parts.as_slice())
        })
        .map(|(name, _)| name.clone())
}

/// The dotted name of the field `subject` refers to.
fn parent_field(subject: &str, known: &[(String, String)]) -> Option<String> {
    let last = |name: &str| name.rsplit('.').next().unwrap_or(name).to_ascii_lowercase();
    let wanted = subject.to_ascii_lowercase();
    if let Some((name, _)) = known.iter().find(|(name, _)| name.to_ascii_lowercase() == wanted || last(name) == wanted)
    {
        return Some(name.clone());
    }
    known
        .iter()
        .find(|(_, description)| {
            description
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .any(|word| word.eq_ignore_ascii_case(subject) || word.eq_ignore_ascii_case(&format!("{subject}s")))
        })
        .map(|(name, _)| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, description: &str) -> TableRow {
        TableRow {
            name: name.into(),
            bold: false,
            location: None,
            type_text: None,
            required: None,
            default: None,
            description: Some(description.into()),
            enum_values: Vec::new(),
            pos: Pos::new("f.md", 1),
        }
    }

    #[test]
    fn lead_paragraphs_name_subjects() {
        assert_eq!(subjects_of("**Attributes for deliveryAddress**"), Some(vec!["deliveryAddress".into()]));
        assert_eq!(
            subjects_of("Attributes for deliveryAddress & invoiceAddress"),
            Some(vec!["deliveryAddress".into(), "invoiceAddress".into()])
        );
        assert_eq!(
            subjects_of("The field invoiceItems should be an array containing objects with the attributes shown below"),
            Some(vec!["invoiceItems".into()])
        );
        assert_eq!(subjects_of("Fields of the `line_items` objects:"), Some(vec!["line_items".into()]));
        assert_eq!(subjects_of("The table below shows the required fields."), None);
        assert_eq!(subjects_of("**Billing methods for projects**"), None);
        assert_eq!(subjects_of("Attributes for the whole thing we return"), None);
    }

    #[test]
    fn rows_nest_under_the_named_field_or_the_field_that_mentions_them() {
        let pos = Pos::new("f.md", 9);
        let mut top = vec![row("name", ""), row("billing", "See below")];
        let mut billing = vec![row("city", ""), row("deductions", "Array of DeductionItem's. See below")];
        let mut item = vec![row("percent", "1-100")];
        let mut orphan = vec![row("x", "")];
        let mut diags = Diagnostics::new();
        nest(
            vec![
                SubjectTable { rows: &mut top, subjects: None, lead: None, pos: &pos },
                SubjectTable { rows: &mut billing, subjects: Some(vec!["billing".into()]), lead: None, pos: &pos },
                SubjectTable { rows: &mut item, subjects: Some(vec!["DeductionItem".into()]), lead: None, pos: &pos },
                SubjectTable { rows: &mut orphan, subjects: Some(vec!["Nowhere".into()]), lead: None, pos: &pos },
            ],
            &mut diags,
        );
        let names = |rows: &[TableRow]| rows.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&top), ["name", "billing"]);
        assert_eq!(names(&billing), ["billing.city", "billing.deductions"]);
        assert_eq!(names(&item), ["billing.deductions.percent"]);
        assert!(orphan.is_empty());
        let diags = diags.into_sorted();
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "table-subject-unmatched");
    }

    #[test]
    fn a_lead_paragraph_may_name_the_field_in_words() {
        let pos = Pos::new("f.md", 9);
        let mut object = row("houseProperties", "Required if the type is 1. See below for details");
        object.type_text = Some("Object".into());
        let mut top = vec![row("invoiceType", "Type of invoice"), object];
        let mut house = vec![row("typeOfProperty", "1 or 2")];
        let mut prose = vec![row("other", "")];
        let mut diags = Diagnostics::new();
        let lead = |s: &str| Some(s.to_owned());
        nest(
            vec![
                SubjectTable { rows: &mut top, subjects: None, lead: None, pos: &pos },
                SubjectTable {
                    rows: &mut house,
                    subjects: None,
                    lead: lead("House properties for ROT/RUT invoices"),
                    pos: &pos,
                },
                SubjectTable {
                    rows: &mut prose,
                    subjects: None,
                    lead: lead("The invoice type decides the properties."),
                    pos: &pos,
                },
            ],
            &mut diags,
        );
        assert_eq!(house[0].name, "houseProperties.typeOfProperty");
        assert_eq!(prose[0].name, "other", "words of a field not in a row name nothing");
        assert!(diags.into_sorted().is_empty());
    }
}
