//! Evidence: declared request lines, such as `` `GET /customers/:id` `` or
//! `GET https://host/api/2/departments`, and Slate's `<span class="api api-get"></span>
//! <code>/path</code>` markers. Forms of one method joined by "or" are returned in order; the
//! model decides which belong together.

use regex::Regex;
use std::sync::OnceLock;

/// The HTTP methods an operation may have, uppercase.
pub const METHODS: [&str; 8] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

/// One declared request line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// Method as written (`PATH`, `get`).
    pub written_method: String,
    /// The method it stands for (`PATCH`, `GET`).
    pub method: String,
    /// URL or path as written.
    pub url: String,
    /// 0-based line within the block text.
    pub line: usize,
    /// The line is a continuation of the previous one ("... or").
    pub joined_with_previous: bool,
}

impl Declared {
    /// The method was misspelled.
    pub fn is_typo(&self) -> bool {
        self.written_method.to_ascii_uppercase() != self.method
    }
}

/// Maps a written method to a real one: exact (any case) or one edit away (`PATH` -> `PATCH`).
pub fn canonical_method(word: &str) -> Option<&'static str> {
    let up = word.to_ascii_uppercase();
    if let Some(m) = METHODS.iter().find(|m| **m == up) {
        return Some(m);
    }
    if up.len() < 3 || !up.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let close: Vec<&'static str> = METHODS.iter().copied().filter(|m| edit_distance(m, &up) == 1).collect();
    (close.len() == 1).then(|| close[0])
}

/// Levenshtein distance between two short ASCII words.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

fn line_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    // A method-like word, then a path or URL; optionally wrapped in backticks; optional trailing "or".
    RE.get_or_init(|| {
        Regex::new(r"^\s*`?\s*([A-Za-z]{3,7})\s+((?:https?://|/|\$\{|\{)[^\s`]*)\s*`?\s*(or)?\s*$")
            .expect("valid regex")
    })
}

/// A backticked request line whose query string holds spaces (`` `PUT /x?name=App development` ``):
/// the docs show example values as typed; on the wire they are percent-encoded.
fn spaced_query_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*`\s*([A-Za-z]{3,7})\s+((?:https?://|/|\$\{|\{)[^\s`?]*\?[^`]*?)\s*`\s*(or)?\s*$")
            .expect("valid regex")
    })
}

/// A whole line in backticks that starts with an HTTP method: meant as a request line.
fn meant_as_request_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"^\s*`\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+[^`]+`\s*(?:or)?\s*$").expect("valid regex")
    })
}

fn marker_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#"(?s)class\s*=\s*["'][^"']*\bapi-([a-zA-Z]+)\b[^"']*["'][^>]*>.*?<code>\s*([^<\s]+)\s*</code>"#)
            .expect("valid regex")
    })
}

/// Declared request lines in a paragraph's text (one per line).
pub fn declared_lines(text: &str) -> Vec<Declared> {
    let mut out: Vec<Declared> = Vec::new();
    let mut prev_or = false;
    for (i, line) in text.lines().enumerate() {
        let Some(c) = line_re().captures(line).or_else(|| spaced_query_re().captures(line)) else {
            prev_or = false;
            continue;
        };
        let Some(method) = canonical_method(&c[1]) else {
            prev_or = false;
            continue;
        };
        out.push(Declared {
            written_method: c[1].to_owned(),
            method: method.to_owned(),
            url: c[2].to_owned(),
            line: i,
            joined_with_previous: prev_or,
        });
        prev_or = c.get(3).is_some();
    }
    out
}

/// Lines of `text` written as a request line (a method and more in backticks) that
/// [`declared_lines`] cannot read, with their 0-based line: each must be reported, never dropped.
pub fn unparsed_request_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| meant_as_request_re().is_match(line) && declared_lines(line).is_empty())
        .map(|(i, line)| (i, line.trim().to_owned()))
        .collect()
}

/// Slate API markers (`<span class="api api-get"></span> <code>/path</code>`) in inline HTML.
/// HTML comments are skipped: they are not published.
pub fn api_markers(text: &str) -> Vec<Declared> {
    let mut out = Vec::new();
    let uncommented = crate::blocks::blank_comments(text);
    for c in marker_re().captures_iter(&uncommented) {
        let Some(method) = canonical_method(&c[1]) else { continue };
        let line = uncommented[..c.get(0).map_or(0, |m| m.start())].matches('\n').count();
        out.push(Declared {
            written_method: c[1].to_owned(),
            method: method.to_owned(),
            url: c[2].to_owned(),
            line,
            joined_with_previous: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_joined_by_or() {
        let d = declared_lines("`GET /things` or\n`GET /things?page=:page&per=:per`");
        assert_eq!(d.len(), 2);
        assert_eq!(d[1].url, "/things?page=:page&per=:per");
        assert!(!d[0].joined_with_previous && d[1].joined_with_previous);
    }

    #[test]
    fn typo_is_corrected() {
        let d = declared_lines("`PATH /things/:id`");
        assert_eq!(d[0].method, "PATCH");
        assert!(d[0].is_typo());
        assert_eq!(canonical_method("GTE"), None);
        assert_eq!(canonical_method("delete"), Some("DELETE"));
    }

    #[test]
    fn full_urls_and_prose_are_told_apart() {
        assert_eq!(declared_lines("`POST https://h.example/api/2/x/`")[0].url, "https://h.example/api/2/x/");
        assert!(declared_lines("Use a GET request to the endpoint").is_empty());
    }

    #[test]
    fn spaces_in_a_query_string_are_example_values() {
        let d = declared_lines("`PUT https://h.example/api/2/projects/?_id=5fb3&name=App development&customer=57`");
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].url, "https://h.example/api/2/projects/?_id=5fb3&name=App development&customer=57");
        assert!(unparsed_request_lines("`PUT https://h.example/projects/?name=App development`").is_empty());
    }

    #[test]
    fn request_lines_that_cannot_be_read_are_reported() {
        let text = "`GET /fine`\n`POST /a path/with spaces`\nA GET request with prose.\n`DELETE`";
        assert_eq!(unparsed_request_lines(text), [(1, "`POST /a path/with spaces`".to_owned())]);
    }

    #[test]
    fn markers_skip_comments() {
        let m = api_markers(
            "<!-- <span class=\"api api-get\"></span> <code>/no</code> -->\n<span class=\"api api-delete\"></span> <code>/a/{b}</code>",
        );
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].method.as_str(), m[0].url.as_str(), m[0].line), ("DELETE", "/a/{b}", 1));
    }
}
