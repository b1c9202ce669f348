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

/// The URL part of a request line: a full URL, an absolute path, or a placeholder for the root.
fn url_start_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^(?:https?://|/|\$\{|\{)").expect("valid regex"))
}

/// A path written without its leading slash (`photos/:id/comments`, `me`): letters first, no
/// spaces, only path characters.
fn relative_path_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"^[A-Za-z_][\w.\-{}:<>$]*(?:/[\w.\-{}:<>$%~]*)*$").expect("valid regex"))
}

/// One or more methods (`GET`, `PUT|POST`, `PUT / PATCH`) at the start of `text`, and the rest.
fn methods_at_start(text: &str) -> Option<(Vec<&str>, &str)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        RE.get_or_init(|| Regex::new(r"^([A-Za-z]{3,7}(?:\s*[|,]\s*[A-Za-z]{3,7})*)(?:\s+|(/))").expect("valid regex"));
    let c = re.captures(text)?;
    let methods: Vec<&str> = c.get(1)?.as_str().split(['|', ',']).map(str::trim).collect();
    let rest_at = c.get(2).map_or(c.get(0)?.end(), |slash| slash.start());
    Some((methods, &text[rest_at..]))
}

/// What one line says, if it is a request line: (methods as written, URL, ends in "or").
/// Forms: `` `GET /x` `` or bare `GET /x` (the whole line), `GET https://host/x`, `GET/x`,
/// `PUT|POST /x`, `GET /x HTTP/1.1`, `GET photos/:id` (no leading slash), a backticked line
/// followed by prose (`` `GET /todos/2.json` will return the to-do``), and a backticked query
/// string with spaces (example values as typed). Only the classic whole-line form tolerates a
/// misspelled method; the others need the method in capitals, as request lines write it.
fn parse_line(line: &str) -> Option<(Vec<String>, String, bool)> {
    let t = line.trim();
    let (inner, after, backticked) = match t.strip_prefix('`') {
        Some(rest) => {
            let close = rest.find('`')?;
            (rest[..close].trim(), rest[close + 1..].trim(), true)
        }
        None => (t, "", false),
    };
    let (after, joined_or) = match after {
        "or" => ("", true),
        a => (a, false),
    };
    let (inner, inner_or) = match inner.strip_suffix(" or") {
        Some(i) if !backticked => (i.trim_end(), true),
        _ => (inner, false),
    };
    let (methods, rest) = methods_at_start(inner)?;
    let exact = methods.iter().all(|m| METHODS.contains(m));
    let classic = methods.len() == 1 && after.is_empty();
    if !exact && !classic {
        return None;
    }
    if !after.is_empty() && !backticked {
        return None;
    }
    let rest = rest.trim();
    let rest = rest
        .strip_suffix("HTTP/1.1")
        .or_else(|| rest.strip_suffix("HTTP/1.0"))
        .or_else(|| rest.strip_suffix("HTTP/2"))
        .unwrap_or(rest)
        .trim();
    let (url, tail) = rest.split_once(char::is_whitespace).map_or((rest, ""), |(u, t)| (u, t.trim()));
    let url = if tail.is_empty() {
        url.to_owned()
    } else if backticked && url.contains('?') {
        // Spaces only inside the query string: its example values as typed.
        rest.to_owned()
    } else {
        return None;
    };
    let url = if url_start_re().is_match(&url) {
        url
    } else if exact && relative_path_re().is_match(&url) && (url.contains('/') || backticked || after.is_empty()) {
        format!("/{url}")
    } else {
        return None;
    };
    Some((methods.iter().map(|m| (*m).to_owned()).collect(), url, joined_or || inner_or))
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

/// Declared request lines in a paragraph's text (one per line; one per method where a line
/// names several).
pub fn declared_lines(text: &str) -> Vec<Declared> {
    let mut out: Vec<Declared> = Vec::new();
    let mut prev_or = false;
    for (i, line) in text.lines().enumerate() {
        let Some((written, url, or)) = parse_line(line) else {
            prev_or = false;
            continue;
        };
        let several = written.len() > 1;
        for w in written {
            let Some(method) = canonical_method(&w) else { continue };
            out.push(Declared {
                written_method: w,
                method: method.to_owned(),
                url: url.clone(),
                line: i,
                joined_with_previous: prev_or && !several,
            });
        }
        prev_or = or;
    }
    out
}

/// The endpoint an HTML block shows as a method badge and a path (`<i class="label
/// label-get">GET</i>` then `<h6>/coupons/&lt;id&gt;</h6>`): with the tags taken out, a line
/// that is only a method followed by a line that is only a path.
pub fn html_endpoints(html: &str) -> Vec<Declared> {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"<[^>]*>").expect("valid regex"));
    let text = tag.replace_all(html, "\n");
    let lines: Vec<(usize, &str)> = text.lines().map(str::trim).enumerate().filter(|(_, l)| !l.is_empty()).collect();
    let mut out = Vec::new();
    for pair in lines.windows(2) {
        let (_, method) = pair[0];
        let (_, path) = pair[1];
        let path = path.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        if METHODS.contains(&method) && url_start_re().is_match(&path) && !path.contains(char::is_whitespace) {
            // Lines of the stripped text map back to the block's lines only roughly: tags can
            // share a line. The block's own line is the position.
            out.push(Declared {
                written_method: method.to_owned(),
                method: method.to_owned(),
                url: path,
                line: html[..html.find(method).unwrap_or(0)].matches('\n').count(),
                joined_with_previous: false,
            });
        }
    }
    out
}

/// Lines of `text` written as a request line (a method and more in backticks) that
/// [`declared_lines`] cannot read, with their 0-based line: each must be reported, never dropped.
pub fn unparsed_request_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| meant_as_request_re().is_match(line) && parse_line(line).is_none())
        .map(|(i, line)| (i, line.trim().to_owned()))
        .collect()
}

/// Slate API markers (`<span class="api api-get"></span> <code>/path</code>`) in inline HTML.
/// HTML comments are skipped: they are not published.
pub fn api_markers(text: &str) -> Vec<Declared> {
    let mut out = Vec::new();
    let uncommented = crate::html_comments::blank_comments(text);
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
    fn request_lines_in_the_forms_vendors_write_them() {
        let one = |text: &str| {
            declared_lines(text).into_iter().map(|d| format!("{} {}", d.method, d.url)).collect::<Vec<_>>()
        };
        assert_eq!(
            one("`GET /todosets/2.json` will return the to-do set with an ID of `2`."),
            ["GET /todosets/2.json"]
        );
        assert_eq!(one("`GET /buckets/1/todos.json` → [Get to-dos](#get-to-dos)"), ["GET /buckets/1/todos.json"]);
        assert_eq!(one("POST /api/v3/order"), ["POST /api/v3/order"]);
        assert_eq!(one("GET photos/:id/comments"), ["GET /photos/:id/comments"]);
        assert_eq!(one("`GET users`"), ["GET /users"]);
        assert_eq!(one("GET/things"), ["GET /things"]);
        assert_eq!(one("`PUT|POST /things/{id}`"), ["PUT /things/{id}", "POST /things/{id}"]);
        assert_eq!(one("GET /things HTTP/1.1"), ["GET /things"]);
        assert!(one("Get things from the list").is_empty());
        assert!(one("get photos").is_empty(), "a relative path needs a method in capitals");
        assert!(one("`get /x` returns").is_empty(), "prose after a request line needs capitals");
        assert!(one("GET requests are cached for a minute").is_empty());
    }

    #[test]
    fn html_method_badges_over_paths() {
        let html = "<div class=\"api-endpoint\">\n\t<div class=\"endpoint-data\">\n\t\t<i class=\"label label-get\">GET</i>\n\t\t<h6>/wp-json/wc/v3/coupons/&lt;id&gt;</h6>\n\t</div>\n</div>\n";
        let d = html_endpoints(html);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].method.as_str(), d[0].url.as_str(), d[0].line), ("GET", "/wp-json/wc/v3/coupons/<id>", 2));
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
