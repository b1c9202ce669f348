//! An operation's summary from its short description line. Docs often head an operation with a
//! machine name (`## listPets`) and give its human summary as a short italic line under it
//! (`*List all pets*`); that line is the summary, and the description is the rest. Paragraphs
//! that are only an HTML anchor (`<a id="opIdlistPets"></a>`, a link target) say nothing and are
//! left out of the description. A heading that is only a machine name and has no such line
//! gives no summary: an identifier is the operation's id, not a human summary.

/// The longest line read as a summary: longer italic text is emphasis within the description.
const MAX_SUMMARY_CHARS: usize = 120;

/// The summary and description of an operation from its heading and its prose paragraphs.
pub fn split(title: &str, paragraphs: &[&str]) -> (String, String) {
    let mut rest: Vec<&str> =
        paragraphs.iter().copied().filter(|p| !p.trim().is_empty() && !is_anchor(p.trim())).collect();
    let summary = match rest.first().and_then(|p| italic_line(p)) {
        Some(line) => {
            rest.remove(0);
            line
        }
        None if is_machine_name(title) => String::new(),
        None => title.to_owned(),
    };
    (summary, rest.join("\n\n"))
}

/// A heading that is one identifier, not words: ASCII letters, digits and underscores, starting
/// with a lower-case letter (`directions`, `listPets`, `get_pet`). A capitalised word (`Pets`)
/// is a title.
fn is_machine_name(title: &str) -> bool {
    let t = title.trim();
    t.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The text of a paragraph that is one short italic span (`*List all pets*`, `_List pets_`).
fn italic_line(paragraph: &str) -> Option<String> {
    let p = paragraph.trim();
    let marker = p.chars().next().filter(|c| matches!(c, '*' | '_'))?;
    let inner = p.strip_prefix(marker)?.strip_suffix(marker)?;
    // Not bold (`**x**`), and no other emphasis inside: the whole paragraph is one span.
    if inner.starts_with(marker) || inner.contains(marker) {
        return None;
    }
    let line = inner.split_whitespace().collect::<Vec<_>>().join(" ");
    (!line.is_empty() && line.chars().count() <= MAX_SUMMARY_CHARS).then_some(line)
}

/// A paragraph that is only HTML anchors (`<a id="x"></a>`, `<a name="x"></a>`).
fn is_anchor(p: &str) -> bool {
    let mut rest = p;
    while let Some(r) = rest.strip_prefix("<a ") {
        let Some(end) = r.find("</a>") else { return false };
        let (open, _) = r.split_at(end);
        let attributes = open.split('>').next().unwrap_or("");
        if !(attributes.contains("id=") || attributes.contains("name=")) || open.contains("href=") {
            return false;
        }
        // Nothing between the tag and its end: a link target, not a link.
        if !open.trim_end().ends_with('>') {
            return false;
        }
        rest = r[end + 4..].trim_start();
    }
    rest.is_empty() && rest != p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_italic_line_is_the_summary() {
        let (summary, description) =
            split("listPets", &["<a id=\"opIdlistPets\"></a>", "*List all pets\n*", "Returns every pet."]);
        assert_eq!(summary, "List all pets");
        assert_eq!(description, "Returns every pet.");
        let (summary, description) = split("Pets", &["_List pets_", "More."]);
        assert_eq!((summary.as_str(), description.as_str()), ("List pets", "More."));
    }

    #[test]
    fn otherwise_the_heading_is_the_summary() {
        let (summary, description) = split("List pets", &["Returns *every* pet.", "*Note* that it pages."]);
        assert_eq!(summary, "List pets");
        assert_eq!(description, "Returns *every* pet.\n\n*Note* that it pages.");
        assert_eq!(split("X", &["**Bold lead**", "y"]).0, "X", "bold is not a summary line");
        assert_eq!(split("X", &["*a* and *b*"]).0, "X", "two spans are not one line");
        let long = format!("*{}*", "word ".repeat(40));
        assert_eq!(split("Pets", &["All of them."]).0, "Pets", "a capitalised word is a title");
        assert_eq!(split("X", &[long.as_str()]).0, "X");
    }

    #[test]
    fn a_machine_name_heading_gives_no_summary() {
        for id in ["directions", "listPets", "get_pet_by_id"] {
            let (summary, description) = split(id, &["Returns directions."]);
            assert_eq!((summary.as_str(), description.as_str()), ("", "Returns directions."), "{id}");
        }
        assert_eq!(split("listPets", &["*List all pets*"]).0, "List all pets");
        assert_eq!(split("list pets", &[]).0, "list pets", "words are a title");
    }

    #[test]
    fn only_bare_anchors_are_dropped() {
        assert!(is_anchor("<a id=\"opIdx\"></a>"));
        assert!(is_anchor("<a name=\"x\"></a> <a id=\"y\"></a>"));
        assert!(!is_anchor("<a href=\"/x\">docs</a>"));
        assert!(!is_anchor("<a id=\"x\">Title</a>"));
        assert!(!is_anchor("See <a id=\"x\"></a>"));
        assert_eq!(split("T", &["<a href=\"/x\">docs</a>"]).1, "<a href=\"/x\">docs</a>");
    }
}
