//! Query parameters named in running text rather than in a table or a list: a paragraph
//! opening with a parameters label and naming them inline ("**Required parameters**: `q` - the
//! search query string", "**Query Parameters** : include the parameter `permanent=1`"), and a
//! sample query written in the text ("Pass `?deceased=true` to include them", "Examples:
//! `/things.json?type=Todo`"), and bullet lists of parameters (`name - description`). The
//! evidence stage keeps them for the section's operation.

use crate::diag::Pos;
use crate::tables::{Location, TableRow};
use regex::Regex;
use std::sync::OnceLock;

/// The location and names of an inline parameters label: `Label: text` whose label (at most
/// six words) says parameters, and whose text names them in code spans: every `name=value`
/// span, else the spans the text opens with (`` `a`, `b` and `c` ``), else a span followed by
/// the word "param(eter)".
pub fn inline(text: &str) -> Option<(Location, Vec<String>)> {
    let first = text.lines().next()?;
    let (label, rest) = first.split_once(':')?;
    let label = label.trim();
    if label.is_empty() || label.split_whitespace().count() > 6 || label.contains('`') {
        return None;
    }
    let lower = label.to_ascii_lowercase();
    if !crate::vocabulary::PARAMETER_LABEL_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    let location = Location::from_heading(label).unwrap_or(Location::Unstated);
    if matches!(location, Location::Header | Location::Response) {
        return None;
    }
    let rest = text[first.len() - rest.len()..].trim();
    let names = names_in(rest);
    (!names.is_empty()).then_some((location, names))
}

fn names_in(rest: &str) -> Vec<String> {
    static SPAN: OnceLock<Regex> = OnceLock::new();
    let span = SPAN.get_or_init(|| Regex::new(r"`([^`]+)`").expect("valid regex"));
    static ASSIGN: OnceLock<Regex> = OnceLock::new();
    let assign = ASSIGN.get_or_init(|| Regex::new(r"^\??([A-Za-z_][\w.\[\]-]*)=").expect("valid regex"));
    let assigned: Vec<String> =
        span.captures_iter(rest).filter_map(|c| assign.captures(&c[1]).map(|a| a[1].to_owned())).collect();
    if !assigned.is_empty() {
        return dedup(assigned);
    }
    // `a`, `b` and `c` at the start.
    let mut out = Vec::new();
    let mut tail = rest;
    while let Some(c) = span.captures(tail).filter(|c| c.get(0).is_some_and(|m| m.start() == 0)) {
        if !is_name(&c[1]) {
            break;
        }
        out.push(c[1].to_owned());
        let after = tail[c.get(0).map_or(0, |m| m.end())..].trim_start();
        let joined =
            after.strip_prefix(',').or_else(|| after.strip_prefix("and ")).or_else(|| after.strip_prefix("or "));
        match joined {
            Some(next) => tail = next.trim_start().trim_start_matches("and ").trim_start_matches("or ").trim_start(),
            None => break,
        }
    }
    if !out.is_empty() {
        return out;
    }
    // "include a `status` param".
    for c in span.captures_iter(rest) {
        let end = c.get(0).map_or(0, |m| m.end());
        let next = rest[end..].trim_start().to_ascii_lowercase();
        if is_name(&c[1]) && next.starts_with("param") {
            out.push(c[1].to_owned());
        }
    }
    dedup(out)
}

/// Names of the sample queries in a paragraph: code spans that are a query (`?a=1&b=2`) or a
/// path with one (`/things.json?type=Todo`).
pub fn sample_queries(text: &str) -> Vec<String> {
    static SPAN: OnceLock<Regex> = OnceLock::new();
    let span = SPAN.get_or_init(|| Regex::new(r"`(\??/?[^`\s]*\?[^`\s]+)`").expect("valid regex"));
    static PAIR: OnceLock<Regex> = OnceLock::new();
    let pair = PAIR.get_or_init(|| Regex::new(r"`([A-Za-z_][\w.\[\]]*)=[^`\s&]*`").expect("valid regex"));
    let mut out = Vec::new();
    // "add the parameter `with_related_data=true`": a pair in a sentence about parameters.
    let lower = text.to_ascii_lowercase();
    if lower.contains("param") || lower.contains("query") {
        out.extend(pair.captures_iter(text).map(|c| c[1].to_owned()));
    }
    for c in span.captures_iter(text) {
        let s = &c[1];
        if !(s.starts_with('?') || s.starts_with('/')) {
            continue;
        }
        let query = s.split_once('?').map_or("", |(_, q)| q);
        for pair in query.split('&') {
            let name = pair.split_once('=').map_or("", |(n, _)| n);
            if is_name(name) {
                out.push(name.to_owned());
            }
        }
    }
    dedup(out)
}

/// Rows for `names`, at `location`, where the paragraph is.
pub fn rows(names: &[String], pos: &Pos) -> Vec<TableRow> {
    names
        .iter()
        .map(|n| TableRow {
            name: n.clone(),
            bold: false,
            location: None,
            type_text: None,
            required: None,
            default: None,
            description: None,
            enum_values: Vec::new(),
            pos: pos.clone(),
        })
        .collect()
}

/// The rows of a bullet list of parameters: most items read `name - description`,
/// `` `name`: description `` or `name (required) — description`.
/// Under a lead that announces parameters (`announced`), an item naming several things in
/// code names its parameter first.
pub fn parameter_list(items: &[String], announced: bool, pos: &Pos) -> Option<Vec<TableRow>> {
    static ITEM: OnceLock<Regex> = OnceLock::new();
    let item = ITEM.get_or_init(|| {
        Regex::new(r"^`?([A-Za-z_][\w.\[\]-]*)(?:=[^\s`]*)?`?\s*(?:\(([^)]*)\))?\s*(?:[-–—:]|\s–|\s—)\s*(.+)$")
            .expect("valid regex")
    });
    static NAMED: OnceLock<Regex> = OnceLock::new();
    // "Pass the `search` parameter to search videos": a sentence naming a parameter in code.
    let named = NAMED.get_or_init(|| Regex::new(r"`([A-Za-z_][\w.\[\]-]*)`").expect("valid regex"));
    // `include_tags (or tags) — ...`: the same parameter under a second name.
    static ALIAS: OnceLock<Regex> = OnceLock::new();
    let alias = ALIAS.get_or_init(|| Regex::new(r"^or\s+`?([A-Za-z_][\w.\[\]-]*)`?$").expect("valid regex"));
    let mut aliases: Vec<TableRow> = Vec::new();
    let rows: Vec<TableRow> = items
        .iter()
        .filter_map(|text| {
            let first = text.lines().next().unwrap_or("").trim();
            let (name, note, description) = match item.captures(first) {
                Some(c) => (
                    c[1].to_owned(),
                    c.get(2).map_or("", |m| m.as_str()).to_ascii_lowercase(),
                    text[text.find(&c[3]).unwrap_or(0)..].trim().to_owned(),
                ),
                // The first name in code is the parameter; later ones are its values ("Use
                // the `filter` parameter with a value of `trashed`").
                None => {
                    let mut names = named.captures_iter(first);
                    let one = names.next()?;
                    if names.next().is_some() && !announced {
                        return None;
                    }
                    (one[1].to_owned(), String::new(), text.trim().to_owned())
                }
            };
            let said = format!("{note} {}", description.to_ascii_lowercase());
            let required = if note.contains("required") {
                Some(true)
            } else if note.contains("optional") || said.starts_with("optional") {
                Some(false)
            } else {
                None
            };
            let row = TableRow {
                name,
                bold: false,
                location: None,
                type_text: None,
                required,
                default: None,
                description: Some(description),
                enum_values: Vec::new(),
                pos: pos.clone(),
            };
            let raw_note = item.captures(first).and_then(|c| c.get(2)).map_or("", |m| m.as_str());
            if let Some(other) = alias.captures(raw_note.trim()) {
                aliases.push(TableRow { name: other[1].to_owned(), required: None, ..row.clone() });
            }
            Some(row)
        })
        .collect();
    let listed = rows.len();
    let rows: Vec<TableRow> = rows.into_iter().chain(aliases).collect();
    (listed > 0 && listed * 2 >= items.len()).then_some(rows)
}

fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']'))
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    v.retain(|n| seen.insert(n.clone()));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_labels() {
        assert_eq!(
            inline("Required parameters: `q` - the search query string."),
            Some((Location::Unstated, vec!["q".into()]))
        );
        assert_eq!(
            inline("Required parameters: `type`, which must be `Comment`, `Document`."),
            Some((Location::Unstated, vec!["type".into()]))
        );
        assert_eq!(
            inline("Required URI query parameters: `name` as the file name."),
            Some((Location::Query, vec!["name".into()]))
        );
        assert_eq!(
            inline("Query Parameters : Optionally, include a `status` param with a list. Ex.: `status=running,idle`"),
            Some((Location::Query, vec!["status".into()]))
        );
        assert_eq!(
            inline("Query Parameters : When deleting, include the parameter `permanent=1`"),
            Some((Location::Query, vec!["permanent".into()]))
        );
        assert_eq!(
            inline("Optional parameters: `a`, `b` and `c`."),
            Some((Location::Unstated, vec!["a".into(), "b".into(), "c".into()]))
        );
        // Not a label, or nothing named.
        assert_eq!(inline("Note: pass `x` here"), None);
        assert_eq!(inline("URL Parameters : Include the video `id` in the URL of the `DELETE` request."), None);
        assert_eq!(inline("Required request headers: `Content-Type`"), None);
    }

    #[test]
    fn queries_in_text() {
        assert_eq!(sample_queries("Pass `?deceased=true` to include them."), ["deceased"]);
        assert_eq!(
            sample_queries("Examples: `/r.json?type=Todo`, `/r.json?type=Message&bucket=1`"),
            ["type", "bucket"]
        );
        assert!(sample_queries("Use `a?b` or `https://x.test/?q=1` in text").is_empty());
        assert_eq!(
            sample_queries("add the parameter `with_data=true` (e.g. `since=1362579886`)"),
            ["with_data", "since"]
        );
        assert!(sample_queries("The body reads `kind=full`.").is_empty());
    }
}
