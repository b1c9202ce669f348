//! Reading an httpie command's arguments (options, `[METHOD] URL [ITEM ...]`, standard input)
//! into a [`CurlCall`].

use super::body::{json_string, Node};
use super::items::{json_path, parse_item, unescape, Item};
use super::lex::Tok;
use super::url::{full_url, looks_like_url, with_query};
use crate::curl::{CurlCall, DataKind};

/// Long options that take an argument (HTTPie 3). Every other long option is a flag.
const LONG_WITH_ARG: &[&str] = &[
    "auth",
    "auth-type",
    "boundary",
    "cert",
    "cert-key",
    "cert-key-pass",
    "ciphers",
    "default-scheme",
    "format-options",
    "history-print",
    "max-headers",
    "max-redirects",
    "output",
    "pretty",
    "print",
    "proxy",
    "raw",
    "response-charset",
    "response-mime",
    "session",
    "session-read-only",
    "ssl",
    "style",
    "timeout",
    "verify",
];

/// Short options that take an argument: `-a` auth, `-A` auth type, `-p`/`-P` print, `-o`
/// output, `-s` style. Every other short letter is a flag (`-f` form, `-j` json, `-v`, …).
const SHORT_WITH_ARG: &str = "aApPos";

#[derive(Default)]
struct Options {
    form: bool,
    multipart: bool,
    auth: Option<String>,
    auth_type: Option<String>,
    default_scheme: Option<String>,
    raw: Vec<String>,
}

impl Options {
    fn apply(&mut self, name: &str, value: Option<String>) {
        match (name, value) {
            ("form", _) => self.form = true,
            ("json", _) => self.form = false,
            ("multipart", _) => self.multipart = true,
            ("auth", Some(v)) => self.auth = Some(v),
            ("auth-type", Some(v)) => self.auth_type = Some(v.trim().to_ascii_lowercase()),
            ("default-scheme", Some(v)) => self.default_scheme = Some(v.trim().to_owned()),
            ("raw", Some(v)) => self.raw.push(v),
            _ => {}
        }
    }
}

/// The long name of a short option letter that matters here.
fn short_name(ch: char) -> &'static str {
    match ch {
        'f' => "form",
        'j' => "json",
        'a' => "auth",
        'A' => "auth-type",
        _ => "",
    }
}

pub(super) fn build_call(line: usize, https: bool, piped: bool, toks: &[Tok]) -> Option<CurlCall> {
    let mut opts = Options::default();
    let mut positional: Vec<String> = Vec::new();
    let mut stdin: Vec<String> = Vec::new();
    let mut options_done = false;
    let mut i = 0;
    let next_word = |i: &mut usize| -> Option<String> {
        match toks.get(*i) {
            Some(Tok::Word(v)) => {
                *i += 1;
                Some(v.clone())
            }
            _ => None,
        }
    };
    while i < toks.len() {
        let tok = &toks[i];
        i += 1;
        let w = match tok {
            Tok::RedirectOut => {
                next_word(&mut i);
                continue;
            }
            Tok::RedirectIn => {
                stdin.extend(next_word(&mut i).map(|f| format!("@{f}")));
                continue;
            }
            Tok::HereString => {
                stdin.extend(next_word(&mut i));
                continue;
            }
            Tok::HereDoc(body) => {
                stdin.push(body.clone());
                continue;
            }
            Tok::Word(w) => w,
        };
        if options_done || !w.starts_with('-') || w == "-" {
            positional.push(w.clone());
        } else if w == "--" {
            options_done = true;
        } else if let Some(long) = w.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((name, v)) => (name, Some(v.to_owned())),
                None => (long, None),
            };
            let value = if LONG_WITH_ARG.contains(&name) { inline.or_else(|| next_word(&mut i)) } else { None };
            opts.apply(name, value);
        } else {
            let cluster: Vec<char> = w.chars().skip(1).collect();
            for (j, &ch) in cluster.iter().enumerate() {
                if SHORT_WITH_ARG.contains(ch) {
                    let rest: String = cluster[j + 1..].iter().collect();
                    let value = if rest.is_empty() { next_word(&mut i) } else { Some(rest) };
                    opts.apply(short_name(ch), value);
                    break;
                }
                opts.apply(short_name(ch), None);
            }
        }
    }

    // [METHOD] URL [ITEM ...]: a first word of letters is the method when a second word
    // follows, unless it is lowercase and the second is an item (`http localhost a=b`).
    let is_method = |m: &str, next: &str| {
        !m.is_empty()
            && m.chars().all(|ch| ch.is_ascii_alphabetic())
            && (m.chars().all(|ch| ch.is_ascii_uppercase()) || looks_like_url(next) || parse_item(next).is_none())
    };
    let (explicit_method, url_at) = match positional.as_slice() {
        [m, next, ..] if is_method(m, next) => (Some(m.to_ascii_uppercase()), 1),
        _ => (None, 0),
    };
    let written_url = positional.get(url_at)?.trim();
    if !looks_like_url(written_url) {
        return None;
    }
    let scheme = opts.default_scheme.clone().unwrap_or_else(|| if https { "https" } else { "http" }.to_owned());
    let scheme = scheme.trim_end_matches("://").to_owned();

    let items: Vec<Item> = positional[url_at + 1..].iter().filter_map(|w| parse_item(w)).collect();
    let mut headers = Vec::new();
    let mut query = Vec::new();
    for item in &items {
        match item {
            Item::Header(k, v) => headers.push((k.clone(), v.clone())),
            Item::EmptyHeader(k) => headers.push((k.clone(), String::new())),
            Item::Query(k, v) => query.push((k.clone(), v.clone())),
            Item::QueryFromFile(k) => query.push((k.clone(), String::new())),
            _ => {}
        }
    }

    let multipart = opts.multipart || items.iter().any(|it| matches!(it, Item::File(..)));
    let mut data: Vec<(DataKind, String)> = Vec::new();
    let mut body = Node::Object(Vec::new());
    for item in &items {
        let entry = match item {
            Item::Data(k, v) if multipart => (DataKind::Form, format!("{}={v}", unescape(k))),
            Item::Json(k, v) if multipart => (DataKind::Form, format!("{}={v}", unescape(k))),
            Item::DataFromFile(k, f) | Item::JsonFromFile(k, f) if multipart => {
                (DataKind::Form, format!("{}=<{f}", unescape(k)))
            }
            Item::File(k, path) => (DataKind::Form, format!("{k}=@{path}")),
            Item::Data(k, v) | Item::Json(k, v) if opts.form => (DataKind::UrlEncoded, format!("{}={v}", unescape(k))),
            Item::DataFromFile(k, f) | Item::JsonFromFile(k, f) if opts.form => {
                (DataKind::UrlEncoded, format!("{}@{f}", unescape(k)))
            }
            Item::Data(k, v) => {
                body.insert(&json_path(k), Node::Leaf(json_string(v)));
                continue;
            }
            Item::DataFromFile(k, f) => {
                body.insert(&json_path(k), Node::Leaf(json_string(&format!("@{f}"))));
                continue;
            }
            Item::Json(k, raw) => {
                body.insert(&json_path(k), Node::Leaf(raw.trim().to_owned()));
                continue;
            }
            Item::JsonFromFile(k, f) => {
                body.insert(&json_path(k), Node::Leaf(format!("@{f}")));
                continue;
            }
            _ => continue,
        };
        data.push(entry);
    }
    if !body.is_empty() {
        let mut text = String::new();
        body.write(&mut text);
        data.push((DataKind::Raw, text));
    }
    data.extend(opts.raw.iter().chain(&stdin).map(|d| (DataKind::Raw, d.clone())));

    let mut user = None;
    if let Some(auth) = opts.auth.clone() {
        match opts.auth_type.as_deref() {
            None | Some("basic" | "digest") => user = Some(auth),
            Some("bearer") => headers.push(("Authorization".to_owned(), format!("Bearer {auth}"))),
            Some(_) => {}
        }
    }

    let method = match &explicit_method {
        Some(m) => m.clone(),
        None if !data.is_empty() || piped => "POST".to_owned(),
        None => "GET".to_owned(),
    };
    Some(CurlCall {
        line,
        explicit_method,
        method,
        url: with_query(&full_url(written_url, &scheme), &query),
        headers,
        user,
        data,
        get: false,
    })
}
