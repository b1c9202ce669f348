//! The lines of a JSON example's keys: where the n-th `"key"` followed by `:` is in the block's
//! text, each key's occurrences found in one pass over the text (not one pass per occurrence).

use std::collections::HashMap;

/// The text of one example block and, by key, the 0-based lines of its `"key":` occurrences.
pub(super) struct KeyLines<'t> {
    text: &'t str,
    found: HashMap<String, Vec<usize>>,
}

impl<'t> KeyLines<'t> {
    /// The (still empty) lines of `text`.
    pub(super) fn new(text: &'t str) -> Self {
        KeyLines { text, found: HashMap::new() }
    }

    /// The 0-based line of the `n`-th `"key"` followed by `:` in the text.
    pub(super) fn line(&mut self, key: &str, n: usize) -> Option<usize> {
        let text = self.text;
        if !self.found.contains_key(key) {
            self.found.insert(key.to_owned(), lines_of(text, key));
        }
        self.found.get(key).and_then(|lines| lines.get(n)).copied()
    }
}

/// The 0-based lines of every `"key"` followed by `:` in `text`, in order.
fn lines_of(text: &str, key: &str) -> Vec<usize> {
    let quoted = format!("\"{key}\"");
    let mut out = Vec::new();
    let (mut from, mut line, mut counted) = (0, 0, 0);
    while let Some(i) = text[from..].find(&quoted) {
        let at = from + i;
        from = at + quoted.len();
        if text[from..].trim_start().starts_with(':') {
            line += text[counted..at].matches('\n').count();
            counted = at;
            out.push(line);
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
        assert_eq!(lines.line("id", 0), Some(1));
        assert_eq!(lines.line("id", 1), Some(4));
        assert_eq!(lines.line("id", 2), Some(5));
        assert_eq!(lines.line("id", 3), None);
        assert_eq!(lines.line("name", 0), Some(2));
        assert_eq!(lines.line("missing", 0), None);
    }
}
