//! Reading a curl command's words (options and their arguments, the URL) into a [`CurlCall`].

use super::options::{long_takes_arg, normalize_dashes, SHORT_WITH_ARG};
use super::tokenize::Tok;
use super::{CurlCall, DataKind};

#[derive(Default)]
struct Flags {
    head: bool,
    upload: bool,
}

pub(super) fn build_call(line: usize, toks: &[Tok]) -> CurlCall {
    let mut call = CurlCall {
        line,
        explicit_method: None,
        method: String::new(),
        url: String::new(),
        headers: Vec::new(),
        user: None,
        data: Vec::new(),
        get: false,
    };
    let mut flags = Flags::default();
    let mut options_done = false;
    // toks[0] is the `curl` word itself.
    let mut i = 1;
    while i < toks.len() {
        let w = match &toks[i] {
            Tok::Redirect => {
                i += 2; // skip the redirect target
                continue;
            }
            Tok::Word(w) => normalize_dashes(w),
        };
        i += 1;
        let next_word = |i: &mut usize| -> Option<String> {
            match toks.get(*i) {
                Some(Tok::Word(v)) => {
                    *i += 1;
                    Some(v.clone())
                }
                _ => None,
            }
        };
        if options_done || !w.starts_with('-') || w == "-" {
            set_url(&mut call, &w);
        } else if w == "--" {
            options_done = true;
        } else if let Some(long) = w.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((n, v)) if long_takes_arg(n) => (n, Some(v.to_string())),
                _ => (long, None),
            };
            if long_takes_arg(name) {
                if let Some(v) = inline.or_else(|| next_word(&mut i)) {
                    flags.upload |= name == "upload-file";
                    apply_long(&mut call, name, v);
                }
            } else {
                match name {
                    "get" => call.get = true,
                    "head" => flags.head = true,
                    _ => {}
                }
            }
        } else {
            let cluster: Vec<char> = w.chars().skip(1).collect();
            for (j, &ch) in cluster.iter().enumerate() {
                if SHORT_WITH_ARG.contains(ch) {
                    let rest: String = cluster[j + 1..].iter().collect();
                    let v = if rest.is_empty() { next_word(&mut i) } else { Some(rest) };
                    if let Some(v) = v {
                        apply_short(&mut call, &mut flags, ch, v);
                    }
                    break;
                }
                match ch {
                    'G' => call.get = true,
                    'I' => flags.head = true,
                    _ => {}
                }
            }
        }
    }
    call.method = match &call.explicit_method {
        Some(m) => m.clone(),
        None if flags.head => "HEAD".to_string(),
        None if call.get => "GET".to_string(),
        None if flags.upload => "PUT".to_string(),
        None if !call.data.is_empty() => "POST".to_string(),
        None => "GET".to_string(),
    };
    call
}

fn set_url(call: &mut CurlCall, v: &str) {
    let v = v.trim();
    if call.url.is_empty() && !v.is_empty() {
        call.url = v.to_string();
    }
}

fn push_header(call: &mut CurlCall, v: &str) {
    let (name, value) = v.split_once(':').unwrap_or((v, ""));
    call.headers.push((name.trim().to_string(), value.trim().to_string()));
}

fn apply_long(call: &mut CurlCall, name: &str, v: String) {
    match name {
        "request" => call.explicit_method = Some(v.trim().to_ascii_uppercase()),
        "url" => set_url(call, &v),
        "header" => push_header(call, &v),
        "user" => call.user = Some(v),
        // `--cookie NAME=VALUE` sends a `Cookie` header (a value without `=` names a file to read).
        "cookie" if v.contains('=') => call.headers.push(("Cookie".to_string(), v.trim().to_string())),
        "data" | "data-ascii" | "data-raw" | "data-binary" | "json" => call.data.push((DataKind::Raw, v)),
        "data-urlencode" => call.data.push((DataKind::UrlEncoded, v)),
        "form" | "form-string" => call.data.push((DataKind::Form, v)),
        _ => {}
    }
}

fn apply_short(call: &mut CurlCall, flags: &mut Flags, ch: char, v: String) {
    match ch {
        'X' => apply_long(call, "request", v),
        'H' => apply_long(call, "header", v),
        'u' => apply_long(call, "user", v),
        'b' => apply_long(call, "cookie", v),
        'd' => apply_long(call, "data", v),
        'F' => apply_long(call, "form", v),
        'T' => flags.upload = true,
        _ => {}
    }
}
