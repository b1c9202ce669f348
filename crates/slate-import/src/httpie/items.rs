//! httpie's request items (`Header:Value`, `name==value`, `name=value`, `name:=json`,
//! `name@file`, …) and the nested JSON paths of data keys (`a[b][0][]`).

use crate::lenient_json::MAX_DEPTH;

/// Characters a `\` escapes for httpie, not for the shell: the backslash is kept (an unquoted
/// `foo\=bar` is written for httpie's escaping, not the shell's).
pub(super) const HTTPIE_ESCAPED: &str = "=:@;[]";

/// Item separators, longest first: at each position of an item the first that matches wins.
const SEPARATORS: &[&str] = &[":=@", "==@", "=@", ":=", "==", "=", "@", ":", ";"];

/// One request item, its key and value unescaped (a data key keeps its escapes for
/// [`json_path`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    /// `Name:Value`.
    Header(String, String),
    /// `Name;`: sent with an empty value.
    EmptyHeader(String),
    /// `Name:`: a default header removed; nothing sent.
    UnsetHeader,
    /// `name==value`.
    Query(String, String),
    /// `name==@file`: the value is in the file.
    QueryFromFile(String),
    /// `name=value` (raw key).
    Data(String, String),
    /// `name=@file` (raw key): a text value read from the file.
    DataFromFile(String, String),
    /// `name:=json` (raw key).
    Json(String, String),
    /// `name:=@file` (raw key): a JSON value read from the file.
    JsonFromFile(String, String),
    /// `name@path`: a file upload.
    File(String, String),
}

/// Removes the `\` before an escaped separator character (or a backslash).
pub(super) fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match chars.peek() {
            Some(&next) if ch == '\\' && (HTTPIE_ESCAPED.contains(next) || next == '\\') => {
                out.push(next);
                chars.next();
            }
            _ => out.push(ch),
        }
    }
    out
}

/// Reads a request item; `None` when the word has no separator or no key.
pub(super) fn parse_item(word: &str) -> Option<Item> {
    let chars: Vec<char> = word.chars().collect();
    let mut i = 0;
    let (at, sep) = loop {
        if i >= chars.len() {
            return None;
        }
        if chars[i] == '\\' {
            i += 2;
            continue;
        }
        let found = SEPARATORS.iter().find(|sep| {
            let len = sep.chars().count();
            chars.len() >= i + len
                && chars[i..i + len].iter().copied().eq(sep.chars())
                && (**sep != ";" || i + 1 == chars.len())
        });
        if let Some(sep) = found {
            break (i, *sep);
        }
        i += 1;
    };
    let key: String = chars[..at].iter().collect();
    let value: String = chars[at + sep.chars().count()..].iter().collect();
    if key.is_empty() {
        return None;
    }
    Some(match sep {
        ":" if value.trim().is_empty() => Item::UnsetHeader,
        ":" => Item::Header(unescape(&key).trim().to_owned(), unescape(&value).trim().to_owned()),
        ";" => Item::EmptyHeader(unescape(&key).trim().to_owned()),
        "==" => Item::Query(unescape(&key), unescape(&value)),
        "==@" => Item::QueryFromFile(unescape(&key)),
        "=" => Item::Data(key, unescape(&value)),
        "=@" => Item::DataFromFile(key, unescape(&value)),
        ":=" => Item::Json(key, value),
        ":=@" => Item::JsonFromFile(key, unescape(&value)),
        _ => Item::File(unescape(&key), unescape(&value)),
    })
}

/// One step of a nested JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Seg {
    Key(String),
    Index(usize),
    Append,
}

/// The largest array index a path may name: a bigger one is read as a key (never a huge array).
const MAX_INDEX: usize = 1000;

/// httpie's nested JSON path of a raw data key: `a[b][0][]` is key `a`, key `b`, index 0,
/// append; `[]` at the start appends to a top-level array; `\[` is a literal bracket. A key
/// that is not a well-formed path is one literal key, and so is a path of more than
/// [`MAX_DEPTH`] steps (the body is built and written by recursion, and no JSON value of the
/// importer is deeper).
pub(super) fn json_path(raw: &str) -> Vec<Seg> {
    let chars: Vec<char> = raw.chars().collect();
    let literal = || vec![Seg::Key(unescape(raw))];
    let mut i = 0;
    let mut base = String::new();
    while i < chars.len() && chars[i] != '[' {
        if chars[i] == '\\' && i + 1 < chars.len() {
            base.push(chars[i + 1]);
            i += 2;
        } else {
            base.push(chars[i]);
            i += 1;
        }
    }
    let mut segs = Vec::new();
    if !base.is_empty() {
        segs.push(Seg::Key(base));
    }
    while i < chars.len() {
        if chars[i] != '[' {
            return literal();
        }
        let mut k = i + 1;
        let mut inner = String::new();
        while k < chars.len() && chars[k] != ']' {
            if chars[k] == '\\' && k + 1 < chars.len() {
                inner.push(chars[k + 1]);
                k += 2;
            } else if chars[k] == '[' {
                return literal();
            } else {
                inner.push(chars[k]);
                k += 1;
            }
        }
        if k >= chars.len() {
            return literal();
        }
        segs.push(if inner.is_empty() {
            Seg::Append
        } else {
            match inner.parse::<usize>() {
                Ok(n) if n <= MAX_INDEX && inner.chars().all(|d| d.is_ascii_digit()) => Seg::Index(n),
                _ => Seg::Key(inner),
            }
        });
        i = k + 1;
    }
    if segs.len() > MAX_DEPTH {
        return literal();
    }
    segs
}
