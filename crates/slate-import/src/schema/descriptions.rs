//! What the text cells of a field table say beyond the type: the field's clean name,
//! read-only markers, a default, and the values a description lists.

use super::types::Kind;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

pub(super) fn clean_field_name(name: &str) -> String {
    name.trim().trim_matches(|c| c == '*' || c == '`').trim().to_string()
}

pub(super) static RE_READ_ONLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bread[- ]?only\b").unwrap());

pub(super) fn has_read_only_marker(desc: &str) -> bool {
    RE_READ_ONLY.is_match(desc)
}

/// Removes a leading `` `Readonly` `` marker from a description (the flag carries it).
pub(super) fn strip_read_only_marker(desc: &str) -> String {
    static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*[`*_]*read[- ]?only[`*_]*[:.]?\s*").unwrap());
    RE.replace(desc.trim(), "").trim().to_string()
}

pub(super) fn parse_default(text: &str, kind: Option<Kind>) -> Option<Value> {
    let t = text.trim().trim_matches(|c| c == '`' || c == '"' || c == '\'');
    if t.is_empty() || ["nil", "null", "none", "-", "n/a"].contains(&t.to_lowercase().as_str()) {
        return None;
    }
    match kind? {
        Kind::Int => t.parse::<i64>().ok().map(Value::from),
        Kind::Num => t.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number),
        Kind::Bool => match t.to_lowercase().as_str() {
            "true" | "yes" => Some(Value::Bool(true)),
            "false" | "no" => Some(Value::Bool(false)),
            _ => None,
        },
        Kind::Str => Some(Value::String(t.to_string())),
        Kind::Obj | Kind::Arr => None,
    }
}

/// Values a description lists, conservatively: a list of at least two quoted or backticked
/// values after a phrase like "one of", "either", "options are", "possible values", at the
/// start of the description, or in parentheses. Empty if the description has no such list.
pub(super) fn enum_from_description(desc: &str) -> Vec<String> {
    static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(one of|either|options are|possible values(?: are)?|valid values(?: are)?|allowed values(?: are)?|accepted values(?: are)?|can be|must be|values are)\b\s*:?")
            .unwrap()
    });
    let mut starts: Vec<usize> = vec![0];
    starts.extend(TRIGGER.find_iter(desc).map(|m| m.end()));
    starts.extend(desc.match_indices('(').map(|(i, _)| i + 1));
    for start in starts {
        if let Some(list) = quoted_list(&desc[start..]) {
            return list;
        }
    }
    Vec::new()
}

/// A list of ≥2 quoted values at the start of `text`, separated by commas, `or`, `and`, `/`,
/// `|` or HTML list tags, and followed by the end, `.`, `;` or `)`.
pub(super) fn quoted_list(text: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    loop {
        // Separators.
        loop {
            let rest: String = chars[i..].iter().take(6).collect::<String>().to_lowercase();
            if i < chars.len() && (chars[i].is_whitespace() || matches!(chars[i], ',' | '/' | '|')) {
                i += 1;
            } else if rest.starts_with("or ") || rest.starts_with("and ") {
                i += if rest.starts_with("or ") { 3 } else { 4 };
            } else if chars.get(i) == Some(&'<') {
                match chars[i..].iter().position(|&c| c == '>') {
                    Some(k) => i += k + 1,
                    None => break,
                }
            } else {
                break;
            }
        }
        match chars.get(i) {
            Some(&q) if q == '"' || q == '\'' || q == '`' => {
                let close = chars[i + 1..].iter().position(|&c| c == q)?;
                let value: String = chars[i + 1..i + 1 + close].iter().collect();
                if value.trim().is_empty() || value.len() > 60 {
                    return None;
                }
                out.push(value);
                i += close + 2;
            }
            None | Some('.' | ';' | ')') => break,
            Some(_) => return None,
        }
    }
    (out.len() >= 2).then(|| {
        let mut seen = Vec::new();
        for v in out {
            if !seen.contains(&v) {
                seen.push(v);
            }
        }
        seen
    })
}
