//! The lines of a JSON example's keys: where the n-th `"key"` followed by `:` is in the block's
//! text. The first key asked for is found in one pass over the text; from the second on, every
//! quoted string of the text is indexed in one more pass ([`QuotedIndex`]), so that a block of
//! many keys costs two passes, not one per key.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// The text of one example block and, by key, the 0-based lines of its `"key":` occurrences.
pub(super) struct KeyLines<'t> {
    text: &'t str,
    found: HashMap<String, Vec<(usize, char)>>,
    index: Option<QuotedIndex<'t>>,
}

impl<'t> KeyLines<'t> {
    /// The (still empty) lines of `text`.
    pub(super) fn new(text: &'t str) -> Self {
        KeyLines { text, found: HashMap::new(), index: None }
    }

    /// The 0-based line of the `n`-th `"key":`, or of a later one when the `n`-th's value is not of
    /// `kind` and a later one's is (a duplicate key: JSON keeps the last).
    pub(super) fn line_of_kind(&mut self, key: &str, n: usize, kind: Option<&str>) -> Option<usize> {
        let found = self.occurrences(key).get(n..).unwrap_or_default();
        let fitting = found.iter().find(|&&(_, first)| kind.is_none_or(|k| starts_as(first, k)));
        fitting.or(found.first()).map(|&(line, _)| line)
    }

    fn occurrences(&mut self, key: &str) -> &[(usize, char)] {
        // A key holding a quote is never one quoted string of the text: always scanned on its own.
        let scan =
            key.contains('"') || (self.index.is_none() && (self.found.is_empty() || self.found.contains_key(key)));
        if !scan {
            return self.index.get_or_insert_with(|| QuotedIndex::new(self.text)).lines_of(key);
        }
        if !self.found.contains_key(key) {
            self.found.insert(key.to_owned(), lines_of(self.text, key));
        }
        self.found.get(key).map_or(&[], Vec::as_slice)
    }
}

/// Every string between two consecutive quotes of a text, by its content: the quote pairs
/// (numbered in text order) that hold it. A `"key"` without a quote inside is found by
/// [`lines_of`] exactly at such pairs, so the index answers what that scan would, for any key.
struct QuotedIndex<'t> {
    text: &'t str,
    /// Byte offset and 0-based line of each quote, in text order.
    quotes: Vec<(usize, usize)>,
    /// For each pair (`quotes[k]`, `quotes[k + 1]`), the next pair of the same content.
    next: Vec<Option<usize>>,
    /// By content, its pairs (a chain through `next`) and, once asked for, its lines.
    chains: HashMap<&'t str, Chain>,
}

/// The pairs of one content: the first and the last, and the lines [`lines_of`] gives for it.
struct Chain {
    first: usize,
    last: usize,
    lines: Option<Vec<(usize, char)>>,
}

impl<'t> QuotedIndex<'t> {
    fn new(text: &'t str) -> Self {
        let mut quotes = Vec::new();
        let mut line = 0;
        for (at, b) in text.bytes().enumerate() {
            match b {
                b'\n' => line += 1,
                b'"' => quotes.push((at, line)),
                _ => {}
            }
        }
        let pairs = quotes.len().saturating_sub(1);
        let mut next = vec![None; pairs];
        let mut chains: HashMap<&str, Chain> = HashMap::with_capacity(pairs);
        for k in 0..pairs {
            let content = &text[quotes[k].0 + 1..quotes[k + 1].0];
            match chains.entry(content) {
                Entry::Occupied(mut c) => {
                    next[c.get().last] = Some(k);
                    c.get_mut().last = k;
                }
                Entry::Vacant(slot) => {
                    slot.insert(Chain { first: k, last: k, lines: None });
                }
            }
        }
        QuotedIndex { text, quotes, next, chains }
    }

    /// What [`lines_of`] gives for `key` (which holds no quote): its matches left to right, a
    /// match that starts at the previous match's closing quote skipped as that scan skips it.
    fn lines_of(&mut self, key: &str) -> &[(usize, char)] {
        let QuotedIndex { text, quotes, next, chains } = self;
        let Some(chain) = chains.get_mut(key) else { return &[] };
        chain.lines.get_or_insert_with(|| {
            let mut out = Vec::new();
            let (mut pair, mut next_free) = (Some(chain.first), 0);
            while let Some(k) = pair {
                pair = next[k];
                if k < next_free {
                    continue;
                }
                next_free = k + 2;
                let (end, _) = quotes[k + 1];
                if let Some(value) = text[end + 1..].trim_start().strip_prefix(':') {
                    out.push((quotes[k].1, value.trim_start().chars().next().unwrap_or(' ')));
                }
            }
            out
        })
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
    fn the_index_finds_what_the_scan_of_each_key_finds() {
        let texts = [
            "{\n  \"id\": 1,\n  \"name\": \"id\",\n  \"items\": [{\"id\" : 2}, {\"id\":\n 3}]\n}",
            // Overlapping matches (`"id"id"`), an empty key, a key inside a string, no quotes at all.
            "\"id\"id\": 1, \"\": 2, \"note\": \"say \\\"id\\\": 3\", \"id\"\n:\n\"x\"",
            "{\"a\":{\"a\":[{\"a\":true}]},\"b\":\n\n-1, \"é\": \"ü\"}",
            "no quotes here",
        ];
        for text in texts {
            let mut index = QuotedIndex::new(text);
            for key in ["id", "", "name", "items", "note", "a", "b", "é", "say ", "x", ": 1, "] {
                assert_eq!(index.lines_of(key), lines_of(text, key), "{key:?} in {text:?}");
            }
        }
        // The first key is scanned, the later ones read from the index: the same lines.
        let mut lines = KeyLines::new(texts[0]);
        assert_eq!(lines.line_of_kind("name", 0, None), Some(2));
        assert_eq!(lines.line_of_kind("id", 2, None), Some(3));
        assert_eq!(lines.line_of_kind("id", 1, Some("number")), Some(3));
        assert_eq!(lines.line_of_kind("id", 3, None), None);
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
