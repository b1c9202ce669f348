//! A method or a URL stated apart from a request line: `**URL** : `/x``, `Method | GET` rows,
//! a lone URL under a URL label, a table of environments and their URLs.

use super::SectionEvidence;
use crate::diag::{Code, Diagnostics, Pos};
use crate::request_line::METHODS;
use crate::vocabulary::{is_one_of, METHOD_LABELS, URL_LABELS};
use regex::Regex;
use std::sync::OnceLock;

/// A lone URL or path, possibly in backticks: the whole of `text`. A placeholder written in
/// words (`{survey question id}`, `<your cluster's API URL>`) is one name: its spaces become `_`.
pub(super) fn lone_url(text: &str) -> Option<String> {
    let t = text.trim().trim_matches(['`', '\'', '"']).trim();
    // A misspelled scheme (`htpps://`) still starts a URL; the model reads it as meant.
    let scheme = t.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    let scheme_ok = scheme.as_deref().is_some_and(|s| {
        s.chars().all(|c| c.is_ascii_alphabetic())
            && (crate::request_line::edit_distance(s, "http") <= 1
                || crate::request_line::edit_distance(s, "https") <= 1)
    });
    let starts = scheme_ok || t.starts_with('/') || t.starts_with('{');
    let t = placeholder_words_joined(t);
    // Spaces may only stand in a query string's example values (`?q={search keyword}`).
    let before_query = t.split('?').next().unwrap_or(&t);
    (starts && !before_query.contains(char::is_whitespace) && !t.contains('\n')).then(|| t.clone())
}

/// `text` with the spaces inside each `{...}` or `<...>` placeholder replaced by `_`.
pub(super) fn placeholder_words_joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut close: Option<char> = None;
    for c in text.chars() {
        match (close, c) {
            (None, '{') => close = Some('}'),
            (None, '<') => close = Some('>'),
            (Some(end), _) if c == end => close = None,
            _ => {}
        }
        out.push(if close.is_some() && c == ' ' { '_' } else { c });
    }
    if close.is_some() {
        // An unclosed bracket is no placeholder: the text as written.
        return text.to_owned();
    }
    out
}

/// The URLs of a section under a URL label ("Request URL") that lists several, one per line
/// or list item, each maybe after a short lead ("For web application:", "1."): every line
/// that is a lone URL.
pub(super) fn urls_one_per_line(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let l = line.trim();
            let l = l.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['.', ')', '-', '*']).trim();
            lone_url(l).map(|u| (i, u))
        })
        .collect()
}

/// Reads a method or a URL stated apart: `` URL : `/videos/<id>` `` and `Method : \`GET\``
/// fields (one per line), or a lone URL under a heading that is a URL label ("Request URL").
pub(super) fn stated_apart(text: &str, heading: &str, pos: &Pos, ev: &mut SectionEvidence, diags: &mut Diagnostics) {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field =
        FIELD.get_or_init(|| Regex::new(r"^([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*`([^`]+)`\s*$").expect("valid regex"));
    for (i, line) in text.lines().enumerate() {
        let at = Pos::new(&pos.file, pos.line + i);
        if let Some(c) = field.captures(line.trim()) {
            note_stated(&c[1], c[2].trim(), &at, ev, diags);
        }
    }
    if is_one_of(heading, URL_LABELS) {
        if let Some(url) = lone_url(text) {
            ev.stated_urls.push((url, pos.clone()));
        } else {
            for (i, url) in urls_one_per_line(text) {
                ev.stated_urls.push((url, Pos::new(&pos.file, pos.line + i)));
            }
        }
    }
}

/// Records `value` as the stated method or URL when `label` says it is one.
pub(super) fn note_stated(label: &str, value: &str, pos: &Pos, ev: &mut SectionEvidence, diags: &mut Diagnostics) {
    if is_one_of(label, METHOD_LABELS) && ev.stated_method.is_none() {
        let method = value.trim_matches('`').trim().to_ascii_uppercase();
        // `POST (No POST body required)`: the method, then a note on it in parentheses.
        let method = match method.split_once([' ', '(']) {
            Some((first, note)) if note.trim_start().starts_with('(') || method[first.len()..].starts_with('(') => {
                first.to_owned()
            }
            _ => method,
        };
        if METHODS.contains(&method.as_str()) {
            ev.stated_method = Some((method, pos.clone()));
        } else if (3..=10).contains(&method.len()) && method.chars().all(|c| c.is_ascii_uppercase()) {
            // LINK, UNLINK, PURGE: methods of other specs that OpenAPI 3.0 cannot describe.
            diags.warn_help(
                Code::NonstandardMethod,
                pos,
                format!("`{method}` is not a method OpenAPI 3.0 can describe; this operation is not imported"),
                "reach it with the generated client's `send_raw`, or describe it with a standard method",
            );
        }
    } else if is_one_of(label, URL_LABELS) {
        if let Some(url) = lone_url(value) {
            ev.stated_urls.push((url, pos.clone()));
        }
    }
}

/// A table whose every row is a short label and a lone full URL (`Sandbox | \`https://...\``):
/// records its rows; true when it is one.
pub(super) fn env_url_rows(rows: &[crate::blocks::Row], pos: &Pos, ev: &mut SectionEvidence) -> bool {
    let read: Vec<(String, String, Pos)> = rows
        .iter()
        .filter_map(|r| match r.cells.as_slice() {
            [label, value] if label.text.split_whitespace().count() <= 3 && !label.text.trim().is_empty() => {
                let url = lone_url(&value.text).filter(|u| u.starts_with("http"))?;
                Some((label.text.trim().to_owned(), url, Pos::new(&pos.file, r.line)))
            }
            _ => None,
        })
        .collect();
    if read.is_empty() || read.len() != rows.len() {
        return false;
    }
    ev.env_urls.extend(read);
    true
}

/// A two-column table of facts (`HTTP Method | GET`, `URI | /x`): records a method or URL it
/// states; true when it stated one (the table is then read, not a parameter table).
pub(super) fn stated_in_rows(
    header: &[crate::blocks::Cell],
    rows: &[crate::blocks::Row],
    pos: &Pos,
    ev: &mut SectionEvidence,
    diags: &mut Diagnostics,
) -> bool {
    let before = (ev.stated_method.is_some(), ev.stated_urls.len());
    let all = std::iter::once((header.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), pos.line))
        .chain(rows.iter().map(|r| (r.cells.iter().map(|c| c.text.as_str()).collect(), r.line)));
    for (cells, line) in all {
        // A fact is a label and its value; a row with more cells is a field's (`method |
        // STRING | YES | Request method name`), whose second cell is the field's type.
        let facts = cells.iter().skip(2).all(|c| c.trim().is_empty());
        if let ([label, value, ..], true) = (cells.as_slice(), facts) {
            note_stated(label, value, &Pos::new(&pos.file, line), ev, diags);
        }
    }
    before != (ev.stated_method.is_some(), ev.stated_urls.len())
}
