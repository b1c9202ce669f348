//! curl evidence: finds the `curl` commands in a shell code block and reads what they state
//! (method, URL, headers, credentials, body data), plus [`split_url`] to take a URL or path as
//! written in docs apart.
//!
//! The reader is a small, lenient shell lexer, not a shell. It knows what hand-written docs do:
//! `$ ` prompts, `\` line continuations (also with stray blanks after the backslash, or forgotten
//! before an indented flag line), single and double quotes (multi-line JSON bodies included),
//! `#` comments, several commands in one block, tabs, shell variables (kept verbatim, never
//! expanded), `<placeholder>` words, and quotes left open by mistake (closed at the end of their
//! line). It never panics, whatever the input.

use crate::shell::{eol, lex_double_quoted, placeholder_len};

/// One curl invocation found in a code block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurlCall {
    /// 0-based line offset, within the code block text, of the line where `curl` appears.
    pub line: usize,
    /// Explicit method from `-X`/`--request`, uppercased, otherwise as written (a typo such as
    /// `PATH` is kept verbatim); `None` if not given. The last one given wins, as in curl.
    pub explicit_method: Option<String>,
    /// Method as curl would send it: the explicit one, else `HEAD` for `-I`/`--head`, else `GET`
    /// for `-G`/`--get`, else `PUT` for `-T`/`--upload-file`, else `POST` if any data flag
    /// (`-d`/`--data`/`--data-raw`/`--data-binary`/`--data-ascii`/`--json`/`--data-urlencode`/
    /// `-F`/`--form`/`--form-string`), else `GET`.
    pub method: String,
    /// The URL as written (first positional argument or first `--url`), quotes removed, shell
    /// variables kept verbatim (e.g. `https://${API_ROOT}/companies/ID/bills`). Empty if the
    /// command names no URL.
    pub url: String,
    /// Headers from `-H`/`--header`, in order, split at the first `:` and trimmed (a header
    /// without `:` gives its trimmed text and an empty value).
    pub headers: Vec<(String, String)>,
    /// `-u`/`--user` value (e.g. `ACCESS_TOKEN:`); the last one given wins.
    pub user: Option<String>,
    /// Body data flags in order, each value as written (`@file` references kept verbatim).
    pub data: Vec<(DataKind, String)>,
    /// `-G`/`--get` was given: curl moves the data into the query string and sends a GET.
    pub get: bool,
}

/// Which kind of curl data flag a [`CurlCall::data`] entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataKind {
    /// `-d`, `--data`, `--data-raw`, `--data-binary`, `--data-ascii`, `--json`: JSON or raw text.
    Raw,
    /// `--data-urlencode`.
    UrlEncoded,
    /// `-F`, `--form`, `--form-string`: multipart form fields.
    Form,
}

/// A URL or path as written in docs, taken apart by [`split_url`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SplitUrl {
    /// Scheme and host (`https://${API_ROOT}`, `https://app.example.se`, `//cdn.example.com`),
    /// a bare host (`api.example.com`, `localhost:8080`) or a leading variable (`$BASE`,
    /// `${BASE}`, `{{baseUrl}}`); `None` for a bare path or placeholder.
    pub origin: Option<String>,
    /// The path as written (`/api/2/departments/`); `/` when an origin has no path; a
    /// placeholder such as `api_endpoint_here` is kept as is.
    pub path: String,
    /// Query pairs in order, raw (not percent-decoded); a key without `=` has an empty value;
    /// empty segments (`?`, `&&`) are skipped.
    pub query: Vec<(String, String)>,
}

/// Splits a URL or path as written in docs into origin, path and query pairs.
///
/// Handles `https://${API_ROOT}/x`, `https://app.example.se/api/2/departments/?`,
/// `api_endpoint_here`, `/customers?page=:page&per=:per`,
/// `https://company.example.com/api/1/customers?api_key=KEY` and fragments (dropped).
/// Surrounding blanks are trimmed; query values keep their raw text.
pub fn split_url(url: &str) -> SplitUrl {
    let s = url.trim();
    let s = match s.find('#') {
        Some(p) => &s[..p],
        None => s,
    };
    let (base, query_str) = match s.find('?') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    let query = query_str.map(parse_query).unwrap_or_default();

    let (origin, path) = if let Some(p) = base.find("://") {
        // scheme://host[/path]; the scheme must look like one (letters, digits, + - .)
        let scheme = &base[..p];
        let scheme_ok =
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if scheme_ok {
            let rest = &base[p + 3..];
            let host_end = rest.find('/').unwrap_or(rest.len());
            (Some(base[..p + 3 + host_end].to_string()), rest[host_end..].to_string())
        } else {
            (None, base.to_string())
        }
    } else if let Some(rest) = base.strip_prefix("//") {
        let host_end = rest.find('/').unwrap_or(rest.len());
        (Some(base[..2 + host_end].to_string()), rest[host_end..].to_string())
    } else if !base.starts_with('/') {
        let first_end = base.find('/').unwrap_or(base.len());
        let first = &base[..first_end];
        if looks_like_host(first, first_end < base.len()) || is_variable(first) {
            (Some(first.to_string()), base[first_end..].to_string())
        } else {
            (None, base.to_string())
        }
    } else {
        (None, base.to_string())
    };
    let path = if origin.is_some() && path.is_empty() { "/".to_string() } else { path };
    SplitUrl { origin, path, query }
}

/// Raw `k=v&k2=v2` pairs; a key without `=` gets an empty value, empty segments are skipped.
fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|seg| !seg.is_empty())
        .map(|seg| match seg.find('=') {
            Some(p) => (seg[..p].to_string(), seg[p + 1..].to_string()),
            None => (seg.to_string(), String::new()),
        })
        .collect()
}

/// `api.example.com/…`, `api.example.com:8443`, `localhost`, `localhost:3000`, `127.0.0.1`;
/// not `data.json` or a bare two-label name without a path (too easily a file name).
fn looks_like_host(s: &str, followed_by_path: bool) -> bool {
    let (host, port) = match s.rfind(':') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    if let Some(port) = port {
        if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    if host == "localhost" {
        return true;
    }
    const FILE_EXTENSIONS: &[&str] = &[
        "json", "xml", "yaml", "yml", "txt", "csv", "html", "htm", "md", "png", "jpg", "jpeg", "gif", "pdf", "zip",
        "gz", "js", "css", "sh", "php",
    ];
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && (port.is_some() || labels.len() >= 3 || followed_by_path)
        && labels
            .last()
            .is_some_and(|t| !FILE_EXTENSIONS.contains(&t.to_ascii_lowercase().as_str()))
        && labels.iter().all(|l| {
            !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        // the last label is a TLD or an IPv4 octet, never a file extension-like `json` after a
        // path word; require letters-only TLD of 2+ chars or digits
        && labels.last().is_some_and(|t| {
            (t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
                || t.chars().all(|c| c.is_ascii_digit())
        })
}

/// `$BASE`, `${BASE}`, `{{baseUrl}}`, `{{ base_url }}`.
fn is_variable(s: &str) -> bool {
    let ident = |t: &str| {
        !t.is_empty()
            && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !t.starts_with(|c: char| c.is_ascii_digit())
    };
    if let Some(inner) = s.strip_prefix("${").and_then(|t| t.strip_suffix('}')) {
        return ident(inner);
    }
    if let Some(inner) = s.strip_prefix('$') {
        return ident(inner);
    }
    if let Some(inner) = s.strip_prefix("{{").and_then(|t| t.strip_suffix("}}")) {
        return ident(inner.trim());
    }
    // `{host}/v2/x`: a path starts with `/`, so a placeholder before the first one is the base.
    if let Some(inner) = s.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        return ident(inner.trim());
    }
    false
}

// ---------------------------------------------------------------------------------------------
// curl option tables

/// Short options that take an argument (curl 8). All other short letters are flags.
const SHORT_WITH_ARG: &str = "AbcCdDeEFHKmoPQrtTuUwxXyYz";
/// Short options that take no argument (only used to recognise a forgotten `\`).
const SHORT_FLAGS: &str = "0123456aBfgGhiIjJklLMnNOpqRsSvVZ#:";

/// Long options that take an argument.
const LONG_WITH_ARG: &[&str] = &[
    "abstract-unix-socket",
    "aws-sigv4",
    "cacert",
    "capath",
    "cert",
    "cert-type",
    "ciphers",
    "config",
    "connect-timeout",
    "connect-to",
    "continue-at",
    "cookie",
    "cookie-jar",
    "create-file-mode",
    "data",
    "data-ascii",
    "data-binary",
    "data-raw",
    "data-urlencode",
    "delegation",
    "dns-servers",
    "dump-header",
    "expect100-timeout",
    "form",
    "form-string",
    "ftp-port",
    "header",
    "interface",
    "json",
    "keepalive-time",
    "key",
    "key-type",
    "limit-rate",
    "local-port",
    "max-filesize",
    "max-redirs",
    "max-time",
    "netrc-file",
    "noproxy",
    "oauth2-bearer",
    "output",
    "output-dir",
    "pass",
    "pinnedpubkey",
    "preproxy",
    "proxy",
    "proxy-header",
    "proxy-user",
    "quote",
    "range",
    "referer",
    "request",
    "request-target",
    "resolve",
    "retry",
    "retry-delay",
    "retry-max-time",
    "socks4",
    "socks4a",
    "socks5",
    "socks5-hostname",
    "speed-limit",
    "speed-time",
    "stderr",
    "telnet-option",
    "time-cond",
    "tls-max",
    "trace",
    "trace-ascii",
    "unix-socket",
    "upload-file",
    "url",
    "url-query",
    "user",
    "user-agent",
    "variable",
    "write-out",
];

/// Common long options without an argument (only used to recognise a forgotten `\`).
const LONG_FLAGS: &[&str] = &[
    "compressed",
    "fail",
    "fail-with-body",
    "get",
    "globoff",
    "head",
    "http1.0",
    "http1.1",
    "http2",
    "include",
    "insecure",
    "location",
    "no-buffer",
    "no-progress-meter",
    "progress-bar",
    "remote-name",
    "show-error",
    "silent",
    "verbose",
];

fn long_takes_arg(name: &str) -> bool {
    LONG_WITH_ARG.contains(&name)
}

// ---------------------------------------------------------------------------------------------
// finding commands

/// Finds every curl command in a shell code block.
///
/// Handles `$ ` prompts, `\` line continuations, single and double quotes (including multi-line
/// quoted JSON bodies), `#` comment lines, several commands in one block (separate lines, `;`,
/// `&&`, `|`), tabs, and text around the commands that is not curl. A block that never runs
/// curl gives an empty vector. Never panics.
pub fn parse_curl_commands(code: &str) -> Vec<CurlCall> {
    let chars: Vec<char> = code.chars().collect();
    let mut calls = Vec::new();
    let mut pos = 0;
    while let Some(start) = find_command_start(&chars, pos) {
        let (toks, end) = lex_command(&chars, start);
        let line = chars[..start].iter().filter(|&&c| c == '\n').count();
        calls.push(build_call(line, &toks));
        pos = end.max(start + 4);
    }
    calls
}

/// Index of the next `curl` word (any letter case: docs write `Curl`) at or after `from` that
/// stands in command position.
fn find_command_start(c: &[char], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 4 <= c.len() {
        if c[i..i + 4].iter().zip("curl".chars()).all(|(&a, b)| a.to_ascii_lowercase() == b)
            && (i == 0 || c[i - 1].is_whitespace() || ";&|(`{!".contains(c[i - 1]))
            && (i + 4 == c.len() || c[i + 4].is_whitespace() || c[i + 4] == '\\')
        {
            let line_start = c[..i].iter().rposition(|&ch| ch == '\n').map_or(0, |p| p + 1);
            let prefix: String = c[line_start.max(from)..i].iter().collect();
            if prefix_allows_command(&prefix) {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// Whether the text before `curl` on its line leaves `curl` in command position.
fn prefix_allows_command(prefix: &str) -> bool {
    let mut t = prefix.trim();
    // A prompt: `$`, `%`, or `user@host:~$`.
    if let Some(first) = t.split_whitespace().next() {
        let prompt = first == "$"
            || first == "%"
            || (first.len() > 1 && first.ends_with(['$', '%']) && first.contains(['@', '~', ':']));
        if prompt {
            t = t[first.len()..].trim_start();
        }
    }
    if t.is_empty() {
        return true;
    }
    if t.starts_with('#') {
        return false;
    }
    let singles = t.matches('\'').count();
    let mut doubles = 0;
    let mut escaped = false;
    for ch in t.chars() {
        match ch {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => doubles += 1,
            _ => escaped = false,
        }
        if ch != '\\' {
            escaped = false;
        }
    }
    if (singles % 2 == 1 || doubles % 2 == 1) && !t.ends_with("$(") {
        return false;
    }
    let segment = match t.rfind([';', '&', '|', '(', '`', '{', '!']) {
        Some(p) => &t[p + 1..],
        None => t,
    };
    segment.split_whitespace().all(|w| {
        matches!(w, "sudo" | "time" | "exec" | "command" | "env" | "nohup" | "then" | "do" | "else") || is_assignment(w)
    })
}

/// `NAME=value` (a shell variable assignment before a command).
fn is_assignment(w: &str) -> bool {
    match w.find('=') {
        Some(p) if p > 0 => {
            let name = &w[..p];
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !name.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// lexing one command

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    /// `>`, `>>`, `<`, `2>&1`…: the next word is a file, not an argument.
    Redirect,
}

/// If only blanks follow `j` up to a newline or the end: (index after that newline, whether
/// there were blanks before it).
fn continuation_after(c: &[char], j: usize) -> Option<(usize, bool)> {
    let mut k = j;
    let mut blanks = false;
    while k < c.len() && matches!(c[k], ' ' | '\t' | '\r') {
        blanks |= c[k] != '\r';
        k += 1;
    }
    if k == c.len() {
        Some((k, blanks))
    } else if c[k] == '\n' {
        Some((k + 1, blanks))
    } else {
        None
    }
}

/// Whether the line starting at `j` is an indented curl option line, i.e. the previous line
/// forgot its `\`.
fn forgotten_continuation(c: &[char], j: usize) -> bool {
    if j >= c.len() || !matches!(c[j], ' ' | '\t') {
        return false;
    }
    let line: String = c[j..eol(c, j)].iter().collect();
    let word = line.split_whitespace().next().unwrap_or("");
    if let Some(long) = word.strip_prefix("--") {
        let name = long.split('=').next().unwrap_or("");
        long_takes_arg(name) || LONG_FLAGS.contains(&name)
    } else if let Some(short) = word.strip_prefix('-') {
        short
            .chars()
            .next()
            .is_some_and(|ch| ch.is_ascii_alphabetic() && (SHORT_WITH_ARG.contains(ch) || SHORT_FLAGS.contains(ch)))
    } else {
        false
    }
}

/// Lexes the command starting at `start` into words; returns them and the index where the
/// command ended (its terminating newline/`;`/`|`/`&`/`)`, or the end of the text).
fn lex_command(c: &[char], start: usize) -> (Vec<Tok>, usize) {
    let n = c.len();
    let mut toks = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut i = start;

    fn finish(toks: &mut Vec<Tok>, cur: &mut String, in_word: &mut bool) {
        if *in_word {
            toks.push(Tok::Word(std::mem::take(cur)));
            *in_word = false;
        }
    }

    while i < n {
        let ch = c[i];
        match ch {
            ' ' | '\t' | '\r' => {
                finish(&mut toks, &mut cur, &mut in_word);
                i += 1;
            }
            '\n' => {
                finish(&mut toks, &mut cur, &mut in_word);
                if forgotten_continuation(c, i + 1) {
                    i += 1;
                } else {
                    break;
                }
            }
            '\\' => {
                if let Some((next, blanks)) = continuation_after(c, i + 1) {
                    if blanks {
                        finish(&mut toks, &mut cur, &mut in_word);
                    }
                    i = next;
                } else if !in_word && matches!(c.get(i + 1), Some(' ' | '\t')) {
                    // a stray `\ ` between words (`--request GET \ --url …` on one line)
                    i += 1;
                } else if let Some(&next) = c.get(i + 1) {
                    cur.push(next);
                    in_word = true;
                    i += 2;
                } else {
                    i += 1;
                }
            }
            '\'' => {
                in_word = true;
                let multiline = value_may_span_lines(&toks, &cur);
                let e = eol(c, i + 1);
                match c[i + 1..].iter().position(|&q| q == '\'').filter(|&p| multiline || i + 1 + p < e) {
                    Some(p) => {
                        cur.extend(&c[i + 1..i + 1 + p]);
                        i = i + 2 + p;
                    }
                    None => {
                        // left open: close it at the end of its line
                        cur.extend(c[i + 1..e].iter().filter(|&&q| q != '\r'));
                        i = e;
                    }
                }
            }
            '"' => {
                let multiline = value_may_span_lines(&toks, &cur);
                in_word = true;
                i = lex_double_quoted(c, i + 1, multiline, &mut cur);
            }
            ';' | '|' | '`' | ')' => {
                finish(&mut toks, &mut cur, &mut in_word);
                break;
            }
            '&' => {
                let next = c.get(i + 1).copied();
                if in_word && next.is_some_and(|nc| !nc.is_whitespace() && nc != '&' && nc != '>') {
                    // `?a=1&b=2` left unquoted: keep the ampersand in the word
                    cur.push('&');
                    i += 1;
                } else {
                    finish(&mut toks, &mut cur, &mut in_word);
                    break;
                }
            }
            '<' | '>' => {
                if let Some(len) = (ch == '<').then(|| placeholder_len(c, i)).flatten() {
                    cur.extend(&c[i..i + len]);
                    in_word = true;
                    i += len;
                } else {
                    if in_word && cur.chars().all(|d| d.is_ascii_digit()) {
                        cur.clear();
                        in_word = false;
                    } else {
                        finish(&mut toks, &mut cur, &mut in_word);
                    }
                    toks.push(Tok::Redirect);
                    i += 1;
                    while i < n && matches!(c[i], '>' | '<' | '&' | '|') {
                        i += 1;
                    }
                }
            }
            '#' if !in_word => {
                i = eol(c, i);
            }
            '$' if matches!(c.get(i + 1), Some('(')) => {
                // `$(…)` kept verbatim
                let mut depth = 0usize;
                in_word = true;
                while i < n {
                    cur.push(c[i]);
                    match c[i] {
                        '(' => depth += 1,
                        ')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            '$' if matches!(c.get(i + 1), Some('{')) => {
                // `${…}` kept verbatim (up to `}` on the same line)
                in_word = true;
                let e = eol(c, i);
                let close = c[i..e].iter().position(|&b| b == '}').map_or(e, |p| i + p + 1);
                cur.extend(&c[i..close]);
                i = close;
            }
            '^' if !in_word && continuation_after(c, i + 1).is_some() => {
                // cmd.exe line continuation
                i = continuation_after(c, i + 1).map_or(n, |(next, _)| next);
            }
            _ => {
                cur.push(ch);
                in_word = true;
                i += 1;
            }
        }
    }
    finish(&mut toks, &mut cur, &mut in_word);
    (toks, i.min(n))
}

/// Whether a quoted string starting now may run over several lines: only body data does that
/// in docs (`-d '{…}'`, `--data='…'`, `-d key="…"`). Any other quote that does not close on its
/// own line was left open by mistake and closes at the end of the line.
fn value_may_span_lines(toks: &[Tok], cur: &str) -> bool {
    fn is_data_option(w: &str) -> bool {
        let w = normalize_dashes(w);
        match w.strip_prefix("--") {
            Some(long) => {
                let name = long.strip_suffix('=').unwrap_or(long);
                matches!(
                    name,
                    "data"
                        | "data-ascii"
                        | "data-raw"
                        | "data-binary"
                        | "data-urlencode"
                        | "json"
                        | "form"
                        | "form-string"
                )
            }
            // a short cluster whose argument-taking letter is d or F (`-d`, `-sd`, `-F`)
            None => w.strip_prefix('-').is_some_and(|cluster| {
                cluster.chars().find(|&ch| SHORT_WITH_ARG.contains(ch)).is_some_and(|ch| ch == 'd' || ch == 'F')
            }),
        }
    }
    if cur.starts_with('-') && is_data_option(cur) {
        return true;
    }
    matches!(toks.last(), Some(Tok::Word(prev)) if is_data_option(prev))
}

// ---------------------------------------------------------------------------------------------
// reading the arguments

/// Option name with typographic dashes (`–X`, `—request`, pasted from word processors) fixed.
fn normalize_dashes(w: &str) -> String {
    if let Some(rest) = w.strip_prefix('—') {
        format!("--{rest}")
    } else if let Some(rest) = w.strip_prefix('–') {
        if rest.chars().count() == 1 {
            format!("-{rest}")
        } else {
            format!("--{rest}")
        }
    } else {
        w.to_string()
    }
}

#[derive(Default)]
struct Flags {
    head: bool,
    upload: bool,
}

fn build_call(line: usize, toks: &[Tok]) -> CurlCall {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(code: &str) -> CurlCall {
        let calls = parse_curl_commands(code);
        assert_eq!(calls.len(), 1, "expected one call in {code:?}: {calls:#?}");
        calls.into_iter().next().unwrap()
    }

    fn h(n: &str, v: &str) -> (String, String) {
        (n.to_string(), v.to_string())
    }

    #[test]
    fn quoted_url_with_continued_header_lines() {
        let c = one("curl \"https://api.example.org/v2/widgets/?limit=5&page=1\" \\\n  -H \"X-Secret: abc123\" \\\n  -H \"Content-type: application/json\"\n");
        assert_eq!(c.line, 0);
        assert_eq!(c.url, "https://api.example.org/v2/widgets/?limit=5&page=1");
        assert_eq!(c.method, "GET");
        assert_eq!(c.explicit_method, None);
        assert_eq!(c.headers, vec![h("X-Secret", "abc123"), h("Content-type", "application/json")]);
        assert!(c.data.is_empty());
        assert!(!c.get);
    }

    #[test]
    fn explicit_post_with_multiline_single_quoted_json() {
        let code = "curl -X POST https://api.example.org/things -d '{\n  \"name\": \"Box \\\"A\\\"\",\n  \"tags\": [\"x\", \"y\"],\n\n  \"n\": 1\n}'\n";
        let c = one(code);
        assert_eq!(c.explicit_method.as_deref(), Some("POST"));
        assert_eq!(c.method, "POST");
        assert_eq!(c.url, "https://api.example.org/things");
        assert_eq!(
            c.data,
            vec![(
                DataKind::Raw,
                "{\n  \"name\": \"Box \\\"A\\\"\",\n  \"tags\": [\"x\", \"y\"],\n\n  \"n\": 1\n}".to_string()
            )]
        );
        let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
        assert_eq!(v["n"], 1);
    }

    #[test]
    fn long_request_and_url_flags() {
        let c = one("curl --request GET \\\n  --url 'https://shop.example.com/api/1/clients?api_key=KEY'\n");
        assert_eq!(c.explicit_method.as_deref(), Some("GET"));
        assert_eq!(c.url, "https://shop.example.com/api/1/clients?api_key=KEY");
        // the same written on one line with a stray `\ `
        let c = one("curl --request GET \\ --url 'https://shop.example.com/x'");
        assert_eq!(c.url, "https://shop.example.com/x");
        assert_eq!(c.method, "GET");
    }

    #[test]
    fn long_form_post_with_tab_indented_json_body() {
        let code = "curl --request PATCH \\\n--url 'https://shop.example.com/api/1/groups/42' \\\n--header 'content-type: application/json' \\\n--cookie 'sid=abc; path=/' \\\n--data '{\n\t\"group\": {\n\t\t\"sku\": \"SKU_1\"\n\t}\n}'\n";
        let c = one(code);
        assert_eq!(c.method, "PATCH");
        assert_eq!(c.url, "https://shop.example.com/api/1/groups/42");
        // `--cookie` is the `Cookie` header curl sends.
        assert_eq!(c.headers, vec![h("content-type", "application/json"), h("Cookie", "sid=abc; path=/")]);
        assert_eq!(c.data.len(), 1);
        assert!(c.data[0].1.contains("\t\t\"sku\": \"SKU_1\""));
    }

    #[test]
    fn prompt_user_on_tab_indented_continuation() {
        let c = one("$ curl https://files.example.net/api/v1/rooms/1 \\\n\t\t-u ACCESS_TOKEN:\n");
        assert_eq!(c.url, "https://files.example.net/api/v1/rooms/1");
        assert_eq!(c.user.as_deref(), Some("ACCESS_TOKEN:"));
        assert_eq!(c.method, "GET");
        // indented block whose lines still carry a leading tab
        let c = one("\tcurl https://files.example.net/api/v1/me \\\n\t\t-u TOKEN:\n");
        assert_eq!(c.user.as_deref(), Some("TOKEN:"));
    }

    #[test]
    fn form_style_data_flags_each_kept() {
        let c = one("$ curl https://files.example.net/api/v1/hooks \\\n\t-u TOKEN: \\\n\t-d event=\"thing.created\" \\\n\t-d target_url=\"http://example.com/hook\"\n");
        assert_eq!(c.method, "POST");
        assert_eq!(
            c.data,
            vec![
                (DataKind::Raw, "event=thing.created".to_string()),
                (DataKind::Raw, "target_url=http://example.com/hook".to_string())
            ]
        );
    }

    #[test]
    fn shell_variables_kept_verbatim() {
        let c = one("$ curl https://${API_ROOT}/companies/ID/bills \\\n    -H \"Authorization: ${API_KEY}\"\n");
        assert_eq!(c.url, "https://${API_ROOT}/companies/ID/bills");
        assert_eq!(c.headers, vec![h("Authorization", "${API_KEY}")]);
        let c = one("curl $BASE/x -H \"Authorization: Bearer $(cat token.txt)\"");
        assert_eq!(c.url, "$BASE/x");
        assert_eq!(c.headers, vec![h("Authorization", "Bearer $(cat token.txt)")]);
    }

    #[test]
    fn method_after_url_and_trailing_blanks_after_backslash() {
        let code = "$ curl https://${API_ROOT}/settings/callback \\\n    -X PUT \\\n    -d \"callback=https://example.com/cb\" \\\n    -H \"Content-type: application/x-www-form-urlencoded\" \\    \n    -H \"Authorization: ${API_KEY}\"\n";
        let c = one(code);
        assert_eq!(c.method, "PUT");
        assert_eq!(c.url, "https://${API_ROOT}/settings/callback");
        assert_eq!(c.headers.len(), 2);
        assert_eq!(c.headers[1], h("Authorization", "${API_KEY}"));
    }

    #[test]
    fn data_from_file_and_kinds() {
        let c = one("curl https://x.example/upload --data @body.json");
        assert_eq!(c.data, vec![(DataKind::Raw, "@body.json".to_string())]);
        assert_eq!(c.method, "POST");
        let c = one("curl https://x.example/u --data-urlencode 'q=a b' -F file=@a.png --form-string 'x=1' --data-binary @- --data-raw '@x' --json '{}'");
        assert_eq!(
            c.data.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            vec![DataKind::UrlEncoded, DataKind::Form, DataKind::Form, DataKind::Raw, DataKind::Raw, DataKind::Raw]
        );
        assert_eq!(c.data[1].1, "file=@a.png");
    }

    #[test]
    fn get_head_upload_and_typo_methods() {
        let c = one("curl -G https://x.example/search -d q=1");
        assert!(c.get);
        assert_eq!(c.method, "GET");
        let c = one("curl --get --data-urlencode 'q=a b' https://x.example/search");
        assert!(c.get);
        assert_eq!(c.method, "GET");
        assert_eq!(one("curl -I https://x.example/").method, "HEAD");
        assert_eq!(one("curl -T f.txt https://x.example/f").method, "PUT");
        let c = one("curl -X PATH https://x.example/a");
        assert_eq!(c.explicit_method.as_deref(), Some("PATH"));
        assert_eq!(c.method, "PATH");
        assert_eq!(one("curl -X post https://x.example/a").method, "POST");
        // glued short options and clusters
        let c = one("curl -sSL -XDELETE -HAccept:text/plain https://x.example/a/1");
        assert_eq!(c.method, "DELETE");
        assert_eq!(c.headers, vec![h("Accept", "text/plain")]);
        let c = one("curl -sd 'a=1' https://x.example/a");
        assert_eq!(c.data, vec![(DataKind::Raw, "a=1".to_string())]);
        // last -X wins, as in curl; --opt=value is accepted
        let c = one("curl -X GET --request=DELETE --url=https://x.example/z");
        assert_eq!(c.method, "DELETE");
        assert_eq!(c.url, "https://x.example/z");
    }

    #[test]
    fn several_commands_comments_and_other_text() {
        let code = "# list the widgets\ncurl https://x.example/widgets\n\n# create one\ncurl -X POST https://x.example/widgets -d 'name=w'\necho done; curl https://x.example/a && curl https://x.example/b | jq .\n{\"id\": 1, \"note\": \"it's done; use curl https://nope\"}\n";
        let calls = parse_curl_commands(code);
        let urls: Vec<&str> = calls.iter().map(|c| c.url.as_str()).collect();
        assert_eq!(
            urls,
            vec![
                "https://x.example/widgets",
                "https://x.example/widgets",
                "https://x.example/a",
                "https://x.example/b"
            ]
        );
        let lines: Vec<usize> = calls.iter().map(|c| c.line).collect();
        assert_eq!(lines, vec![1, 4, 5, 5]);
        assert_eq!(calls[1].method, "POST");
    }

    #[test]
    fn output_after_prompt_command_is_not_parsed() {
        let code =
            "$ curl -i https://x.example/ping\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\": true}\n";
        let c = one(code);
        assert_eq!(c.url, "https://x.example/ping");
        assert!(c.headers.is_empty());
    }

    #[test]
    fn no_curl_gives_nothing() {
        assert!(parse_curl_commands("").is_empty());
        assert!(parse_curl_commands("GET /widgets HTTP/1.1\nHost: x.example\n").is_empty());
        assert!(parse_curl_commands("const curly = require('curly');\n// use curl for this\n").is_empty());
        assert!(parse_curl_commands("# curl https://x.example\n").is_empty());
        assert!(parse_curl_commands("echo \"run curl https://x.example\"").is_empty());
        assert!(parse_curl_commands("Use curl to call https://x.example").is_empty());
    }

    #[test]
    fn comment_after_command_and_env_prefix() {
        let c = one("TOKEN=abc curl https://x.example/a # fetch it\n");
        assert_eq!(c.url, "https://x.example/a");
        let c = one("RESP=$(curl -s https://x.example/b)\n");
        assert_eq!(c.url, "https://x.example/b");
        let c = one("user@box:~$ curl https://x.example/c");
        assert_eq!(c.url, "https://x.example/c");
        // `#` inside a word is not a comment
        let c = one("curl https://x.example/d#frag");
        assert_eq!(c.url, "https://x.example/d#frag");
    }

    #[test]
    fn unterminated_quote_closes_at_end_of_line() {
        let code = "curl --request GET \\\n  --url 'https://x.example/api/1/items/9/availability?from=01-01-2018&till=01-02-2018\n\nSome text with a ' quote\n";
        let c = one(code);
        assert_eq!(c.url, "https://x.example/api/1/items/9/availability?from=01-01-2018&till=01-02-2018");
        let c = one("curl \"https://x.example/open -H 'A: b'\n");
        assert_eq!(c.url, "https://x.example/open -H 'A: b'");
    }

    #[test]
    fn trailing_backslash_at_end_and_unquoted_ampersand() {
        let c = one("curl --request POST \\\n  --url https://x.example/orders/1/cancel \\\n");
        assert_eq!(c.url, "https://x.example/orders/1/cancel");
        assert_eq!(c.method, "POST");
        let c = one("curl https://x.example/a?b=1&c=2 -H 'A: b'");
        assert_eq!(c.url, "https://x.example/a?b=1&c=2");
        assert_eq!(c.headers.len(), 1);
    }

    #[test]
    fn forgotten_backslash_before_indented_flag_line() {
        let c = one("curl https://x.example/a\n  -H \"Accept: application/json\"\n  -X DELETE\n\nDELETE removes it.");
        assert_eq!(c.method, "DELETE");
        assert_eq!(c.headers, vec![h("Accept", "application/json")]);
    }

    #[test]
    fn placeholders_redirects_crlf_and_dashes() {
        let c = one("curl https://x.example/users/<user id> -H 'Authorization: Bearer <token>' > out.json 2>&1");
        assert_eq!(c.url, "https://x.example/users/<user id>");
        assert_eq!(c.headers.len(), 1);
        let c = one("curl -X POST \\\r\n  https://x.example/a \\\r\n  -d \"x=1\"\r\n");
        assert_eq!(c.url, "https://x.example/a");
        assert_eq!(c.data, vec![(DataKind::Raw, "x=1".to_string())]);
        let c = one("curl –X PUT —url https://x.example/b");
        assert_eq!(c.method, "PUT");
        assert_eq!(c.url, "https://x.example/b");
        let c = one("curl -o out.bin -A agent -- https://x.example/c");
        assert_eq!(c.url, "https://x.example/c");
    }

    #[test]
    fn capitalised_command_word() {
        let c = one("Curl -X POST \"https://x.example/a\" -d '{}'");
        assert_eq!(c.method, "POST");
        assert_eq!(c.url, "https://x.example/a");
    }

    #[test]
    fn curl_without_url_still_reported() {
        let c = one("curl --version");
        assert_eq!(c.url, "");
        assert_eq!(c.method, "GET");
    }

    const COMPLEX: &str = "# demo\n$ curl -X POST \"https://${HOST}/v1/a?x=1&y=\\\"2\\\"\" \\\n\t-H 'Content-Type: application/json' \\    \n  --user me:secret --data-urlencode \"q=a b\" -F f=@x.png \\\n  -d '{\n  \"k\": \"v \\\\ w\",\n  \"l\": [1, 2]\n}' -G --url=https://other/ > out 2>&1; curl «ü» https://ü.example/ä | jq '.[0]' && curl `echo x` $(curl -s u) <<EOF\nbody\nEOF\n–X —H \\\n^\n";

    #[test]
    fn every_prefix_and_suffix_of_a_complex_block_is_safe() {
        let chars: Vec<char> = COMPLEX.chars().collect();
        for k in 0..=chars.len() {
            let prefix: String = chars[..k].iter().collect();
            let suffix: String = chars[k..].iter().collect();
            for s in [prefix, suffix] {
                for call in parse_curl_commands(&s) {
                    assert!(call.line <= s.lines().count());
                    let _ = split_url(&call.url);
                }
                let _ = split_url(&s);
            }
        }
        let calls = parse_curl_commands(COMPLEX);
        assert!(calls.len() >= 3, "{calls:#?}");
        assert_eq!(calls[0].url, "https://${HOST}/v1/a?x=1&y=\"2\"");
        assert_eq!(calls[0].method, "POST");
        assert!(calls[0].get);
    }

    #[test]
    fn random_strings_never_panic() {
        let alphabet: Vec<char> = "curl -XHdFGuI\\'\"$#{}()<>;&|`\n\t\r =:/?.ü–^@".chars().collect();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 60) as usize;
            let mut s = String::from(if (state >> 7) & 1 == 1 { "curl " } else { "" });
            let mut r = state;
            for _ in 0..len {
                r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push(alphabet[((r >> 33) as usize) % alphabet.len()]);
            }
            for call in parse_curl_commands(&s) {
                let _ = split_url(&call.url);
            }
            let _ = split_url(&s);
        }
    }

    fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| h(k, v)).collect()
    }

    #[test]
    fn split_url_cases() {
        let s = split_url("https://${API_ROOT}/x");
        assert_eq!(s.origin.as_deref(), Some("https://${API_ROOT}"));
        assert_eq!(s.path, "/x");
        assert!(s.query.is_empty());

        let s = split_url("https://app.example.se/api/2/departments/?");
        assert_eq!(s.origin.as_deref(), Some("https://app.example.se"));
        assert_eq!(s.path, "/api/2/departments/");
        assert!(s.query.is_empty());

        let s = split_url("api_endpoint_here");
        assert_eq!(s.origin, None);
        assert_eq!(s.path, "api_endpoint_here");

        let s = split_url("/customers?page=:page&per=:per");
        assert_eq!(s.origin, None);
        assert_eq!(s.path, "/customers");
        assert_eq!(s.query, q(&[("page", ":page"), ("per", ":per")]));

        let s = split_url("https://company.example.com/api/1/customers?api_key=KEY");
        assert_eq!(s.origin.as_deref(), Some("https://company.example.com"));
        assert_eq!(s.path, "/api/1/customers");
        assert_eq!(s.query, q(&[("api_key", "KEY")]));

        let s = split_url(" https://x.example:8443/a/b?c=1&&flag&d=%20x=y#section?z=1 ");
        assert_eq!(s.origin.as_deref(), Some("https://x.example:8443"));
        assert_eq!(s.path, "/a/b");
        assert_eq!(s.query, q(&[("c", "1"), ("flag", ""), ("d", "%20x=y")]));

        let s = split_url("/docs#intro");
        assert_eq!(s.path, "/docs");

        let s = split_url("https://${API_ROOT}/");
        assert_eq!(s.path, "/");
        let s = split_url("https://x.example");
        assert_eq!(s.path, "/");

        let s = split_url("/lines/update_positions?ids[]=:id1&ids[]=:id2");
        assert_eq!(s.query, q(&[("ids[]", ":id1"), ("ids[]", ":id2")]));
    }

    #[test]
    fn split_url_schemeless_hosts_and_variables() {
        let s = split_url("api.example.com/v1/users");
        assert_eq!(s.origin.as_deref(), Some("api.example.com"));
        assert_eq!(s.path, "/v1/users");
        let s = split_url("{host}/v2/coupon/redeem");
        assert_eq!((s.origin.as_deref(), s.path.as_str()), (Some("{host}"), "/v2/coupon/redeem"));
        let s = split_url("localhost:3000/health");
        assert_eq!(s.origin.as_deref(), Some("localhost:3000"));
        let s = split_url("$BASE_URL/items/1");
        assert_eq!(s.origin.as_deref(), Some("$BASE_URL"));
        assert_eq!(s.path, "/items/1");
        let s = split_url("{{ baseUrl }}/items");
        assert_eq!(s.origin.as_deref(), Some("{{ baseUrl }}"));
        let s = split_url("//cdn.example.com/a.js");
        assert_eq!(s.origin.as_deref(), Some("//cdn.example.com"));
        assert_eq!(s.path, "/a.js");
        // not hosts: relative paths and file names
        assert_eq!(split_url("users/1").origin, None);
        assert_eq!(split_url("data.json").origin, None);
        assert_eq!(split_url("").path, "");
        assert_eq!(split_url("?a=1").query, q(&[("a", "1")]));
    }
}
