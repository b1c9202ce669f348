//! The lines of a JSON example's keys: where the n-th `"key"` followed by `:` is in the block's
//! text, each key's occurrences found in one pass over the text (not one pass per occurrence).

use std::collections::HashMap;

/// The text of one example block and, by key, the 0-based lines of its `"key":` occurrences.
pub(super) struct KeyLines<'t> {
    text: &'t str,
    found: HashMap<String, Vec<(usize, char)>>,
}

impl<'t> KeyLines<'t> {
    /// The (still empty) lines of `text`.
    pub(super) fn new(text: &'t str) -> Self {
        KeyLines { text, found: HashMap::new() }
    }

    /// The 0-based line of the `n`-th `"key":`, or of a later one when the `n`-th's value is not of
    /// `kind` and a later one's is (a duplicate key: JSON keeps the last).
    pub(super) fn line_of_kind(&mut self, key: &str, n: usize, kind: Option<&str>) -> Option<usize> {
        let found = self.occurrences(key).get(n..).unwrap_or_default();
        let fitting = found.iter().find(|&&(_, first)| kind.is_none_or(|k| starts_as(first, k)));
        fitting.or(found.first()).map(|&(line, _)| line)
    }

    fn occurrences(&mut self, key: &str) -> &[(usize, char)] {
        let text = self.text;
        self.found.entry(key.to_owned()).or_insert_with(|| lines_of(text, key))
    }
}

/// Whether a value whose text starts with `first` is of `kind`.
fn starts_as(first: char, kind: &str) -> bool {
    match kind {
        "string" => first == '"',
        "array" => first == '[',
        "object" => first == '{',
        "boolean" => first == 't' || first == 'f',
        _ => first == '-' || first.is_ascii_digit(),
    }
}

/// The 0-based lines of every `"key"` followed by `:` in `text`, in order, each with the first
/// character of its value.
fn lines_of(text: &str, key: &str) -> Vec<(usize, char)> {
    let quoted = format!("\"{key}\"");
    let mut out = Vec::new();
    let (mut from, mut line, mut counted) = (0, 0, 0);
    while let Some(i) = text[from..].find(&quoted) {
        let at = from + i;
        from = at + quoted.len();
        if let Some(value) = text[from..].trim_start().strip_prefix(':') {
            line += text[counted..at].matches('\n').count();
            counted = at;
            out.push((line, value.trim_start().chars().next().unwrap_or(' ')));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_occurrence_of_a_key_before_a_colon_has_its_line() {
        let text = "{\n  \"id\": 1,\n  \"name\": \"id\",\n  \"items\": [\n    {\"id\" : 2},\n    {\"id\": 3}\n  ]\n}";
        let mut lines = KeyLines::new(text);
        assert_eq!(lines.line_of_kind("id", 0, None), Some(1));
        assert_eq!(lines.line_of_kind("id", 1, None), Some(4));
        assert_eq!(lines.line_of_kind("id", 2, None), Some(5));
        assert_eq!(lines.line_of_kind("id", 3, None), None);
        assert_eq!(lines.line_of_kind("name", 0, None), Some(2));
        assert_eq!(lines.line_of_kind("missing", 0, None), None);
    }

    #[test]
    fn a_duplicate_key_of_the_wanted_kind_is_preferred() {
        let text = "{\n  \"id\": \"a\",\n  \"id\": 2\n}";
        let mut lines = KeyLines::new(text);
        assert_eq!(lines.line_of_kind("id", 0, Some("number")), Some(2));
        assert_eq!(lines.line_of_kind("id", 0, Some("string")), Some(1));
        assert_eq!(lines.line_of_kind("id", 0, Some("object")), Some(1));
        assert_eq!(lines.line_of_kind("id", 2, None), None);
    }
}
