//! The request bodies that code samples in other languages than the shell (JavaScript,
//! Python, Ruby…) send: object literals given to a name that says "body" (`let jsonData = {..}`,
//! `json={..}`, `body: JSON.stringify({..})`, `request.body = {..}.to_json`), read with the
//! lenient JSON reader (unquoted keys and single-quoted strings are what such literals are).
//! Other object literals of the sample (its options, its headers) are not its body.

use crate::lenient_json::parse_lenient;
use crate::vocabulary::BODY_VARIABLE_WORDS;
use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

/// One body a sample sends: 0-based line in the sample's text, and the object.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CodeBody {
    /// 0-based line within the code block where the literal opens.
    pub line: usize,
    /// The object as read.
    pub value: Value,
}

/// A name, `=`, `:` or `=>`, an optional call (`JSON.stringify(`, `json.dumps(`), then `{`.
fn opening_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"([A-Za-z_$][\w$]*)\s*(?:=>|=|:)\s*(?:[A-Za-z_][\w.]*\(\s*)?\{").expect("valid regex")
    })
}

/// Whether an identifier names a body: one of its words (`jsonData` -> `json`, `data`;
/// `post_body` -> `post`, `body`) is a body word.
fn names_a_body(ident: &str) -> bool {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in ident.trim_start_matches('$').chars() {
        if c == '_' || c.is_ascii_digit() {
            words.push(std::mem::take(&mut cur));
        } else if c.is_uppercase() && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
            cur.push(c.to_ascii_lowercase());
        } else {
            cur.push(c.to_ascii_lowercase());
        }
    }
    words.push(cur);
    words.iter().any(|w| BODY_VARIABLE_WORDS.contains(&w.as_str()))
}

/// The end (exclusive byte offset) of the object literal opening at `start` (a `{`), strings
/// and comments skipped; None if it never closes.
fn literal_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (0usize, start);
    while i < bytes.len() {
        match bytes[i] {
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A Ruby or PHP hash written as JSON: `"key" => v` and `:key => v` as `"key": v`, strings
/// left as they are.
fn hash_rockets_as_colons(literal: &str) -> String {
    let chars: Vec<char> = literal.chars().collect();
    let mut out = String::with_capacity(literal.len());
    let mut last = '{';
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' | '\'' => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                out.extend(&chars[start..(i + 1).min(chars.len())]);
                last = c;
            }
            '=' if chars.get(i + 1) == Some(&'>') => {
                out.push(':');
                last = ':';
                i += 1;
            }
            // A symbol key (`:name =>`) where a key starts.
            ':' if matches!(last, '{' | ',') && chars.get(i + 1).is_some_and(|n| n.is_alphabetic() || *n == '_') => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                out.push('"');
                out.extend(&chars[start..j]);
                out.push('"');
                last = '"';
                i = j - 1;
            }
            c => {
                out.push(c);
                if !c.is_whitespace() {
                    last = c;
                }
            }
        }
        i += 1;
    }
    out
}

/// The bodies `text` sends, in order; a literal inside another found one is part of it.
pub(crate) fn bodies(text: &str) -> Vec<CodeBody> {
    let mut out = Vec::new();
    let mut covered = 0usize;
    for c in opening_re().captures_iter(text) {
        let (Some(all), Some(ident)) = (c.get(0), c.get(1)) else { continue };
        let open = all.end() - 1;
        if open < covered || !names_a_body(ident.as_str()) {
            continue;
        }
        let Some(end) = literal_end(text, open) else { continue };
        covered = end;
        let literal = hash_rockets_as_colons(&text[open..end]);
        let Some(value) = parse_lenient(&literal).map(|p| p.value).filter(Value::is_object) else {
            continue;
        };
        out.push(CodeBody { line: text[..open].matches('\n').count(), value });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn literals_given_to_a_body_name_in_several_languages() {
        let js = "let jsonData = {\n  name: 'Anna',\n  address: { city: 'Stockholm' }\n};\nlet options = {\n  url: url,\n  json: jsonData,\n  headers: { \"Accept\": 'application/json' }\n};\n";
        let found = bodies(js);
        assert_eq!(found, vec![CodeBody { line: 0, value: json!({"name": "Anna", "address": {"city": "Stockholm"}}) }]);
        let fetch = "fetch(url, {\n  method: 'POST',\n  body: JSON.stringify({ amount: 100 })\n});";
        assert_eq!(bodies(fetch)[0], CodeBody { line: 2, value: json!({"amount": 100}) });
        let py = "r = requests.post(url, json={\"amount\": 100, \"note\": \"a } in a string\"})";
        assert_eq!(bodies(py)[0].value, json!({"amount": 100, "note": "a } in a string"}));
        let rb = "request.body = {\"amount\" => 100}.to_json";
        assert_eq!(bodies(rb)[0].value, json!({"amount": 100}));
        let symbols = "request_body = {\n  :_links => { :customer => { :href => 'https://x.test/c/1' } },\n  :action => \"a => b\"\n}";
        assert_eq!(
            bodies(symbols)[0].value,
            json!({"_links": {"customer": {"href": "https://x.test/c/1"}}, "action": "a => b"})
        );
        // Options, headers and query parameters are not the body.
        assert!(bodies("let options = { url: url, headers: { a: 1 } };\nparams = {page: 2}").is_empty());
        // Never closed: nothing.
        assert!(bodies("let data = { a: 1,").is_empty());
    }

    #[test]
    fn words_of_identifiers() {
        assert!(names_a_body("jsonData") && names_a_body("post_body") && names_a_body("$payload"));
        assert!(!names_a_body("options") && !names_a_body("headers") && !names_a_body("metadata"));
    }
}
