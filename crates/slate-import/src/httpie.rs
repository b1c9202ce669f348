//! httpie evidence: finds the HTTPie commands (`http`, `https`) in a shell code block and reads
//! each into the same [`CurlCall`] the curl reader gives, so that everything downstream
//! (operations, auth, bodies, servers) treats an httpie sample like a curl one.
//!
//! HTTPie's command line is `http [flags] [METHOD] URL [ITEM ...]`:
//! - `https` is the same program with `https://` as the default scheme (`--default-scheme`
//!   changes it); a URL without a scheme gets the default one, `:3000/x` is
//!   `localhost:3000/x` and `:/x` is `localhost/x`; a URL that starts with a shell variable
//!   (`$BASE/x`, `${BASE}/x`) is kept as written, like every other shell variable;
//! - METHOD is an optional word of letters before the URL; without it httpie sends `POST` when
//!   the command sends data (data items, `--raw`, redirected or piped input), else `GET`;
//! - the item's separator decides what it is: `Header:Value` a header, `Header;` an empty
//!   header (`Header:` unsets a default header and sends nothing), `name==value` a query
//!   parameter, `name=value` a data field, `name:=json` a raw JSON field, `name=@file` and
//!   `name:=@file` fields read from a file, `name@file` a file upload; the first separator in
//!   the item wins (the longest one at that position), and `\` escapes a separator character;
//! - data fields make a JSON object by default (`-j`/`--json`), with httpie's nested paths
//!   (`a[b]=1`, `a[]=1`, `a[0]=1`; a repeated key makes an array); with `-f`/`--form` they are
//!   form fields, and with `--multipart` or any file upload a multipart form.
//!
//! What the [`CurlCall`] carries, mirroring curl: query items are appended to the URL (curl's
//! `-G` would drop a body; `get` stays `false`); a JSON body is one [`DataKind::Raw`] entry
//! holding the object, raw JSON values spliced in as written; form fields are
//! [`DataKind::UrlEncoded`] `name=value` entries (`name@file` for a value read from a file, as
//! with `--data-urlencode`); multipart fields are [`DataKind::Form`] entries as curl's `-F`
//! writes them (`name=value`, `name=@path` for an upload, `name=<file` for a value from a
//! file); `--raw`, `< file`, `<<<` and here-documents are [`DataKind::Raw`] entries (`@file`
//! for a file). `-a`/`--auth` gives [`CurlCall::user`] (basic and digest; with
//! `--auth-type bearer` it is an `Authorization: Bearer` header instead). Headers httpie adds by
//! itself (`Content-Type`, `Accept`) are not invented, as the curl reader does not invent them.
//!
//! The shell side is read as leniently as curl samples are: `$ ` prompts, `\` continuations,
//! single and double quotes, `#` comments (a comment line inside a continued command, ending in
//! `\` or followed by an indented item line, does not end it), several commands in one block,
//! shell variables and `$(…)` kept verbatim, quotes left open (closed at the end of their line).
//! A command whose URL does not look like one (prose starting with "http") gives nothing.
//! It never panics, whatever the input.

use crate::curl::{CurlCall, DataKind};
use crate::shell::{eol, lex_double_quoted, placeholder_len};

/// Finds every httpie command (`http …`, `https …`, after an optional `$ ` prompt or a shell
/// operator) in a shell code block and reads each into a [`CurlCall`]. A block without one
/// gives an empty vector. Never panics.
pub fn parse_httpie_commands(code: &str) -> Vec<CurlCall> {
    let c: Vec<char> = code.chars().collect();
    let n = c.len();
    let mut calls = Vec::new();
    let mut i = 0;
    // Whether `i` stands where a command may start, whether a prompt may come first there, and
    // whether that command reads a pipe.
    let mut command_position = true;
    let mut prompt_allowed = true;
    let mut piped = false;
    while i < n {
        if command_position {
            command_position = false;
            if let Some((after, https)) = program_at(&c, i, prompt_allowed) {
                let (toks, end) = lex_command(&c, after);
                let line = c[..i].iter().filter(|&&ch| ch == '\n').count();
                calls.extend(build_call(line, https, piped, &toks));
                i = end;
                continue;
            }
        }
        // Outside an httpie command: walk to the next place a command may start.
        let at_word_start = i == 0 || c[i - 1].is_whitespace() || ";&|(".contains(c[i - 1]);
        match c[i] {
            '\n' => {
                (command_position, prompt_allowed, piped) = (true, true, false);
                i += 1;
            }
            ';' | '&' | '|' => {
                let double = c.get(i + 1) == Some(&c[i]);
                piped = c[i] == '|' && !double;
                (command_position, prompt_allowed) = (true, false);
                i += if double { 2 } else { 1 };
            }
            '\\' => i = continuation_after(&c, i + 1).unwrap_or(i + 2),
            q @ ('\'' | '"') => {
                let e = eol(&c, i + 1);
                i = c[i + 1..e].iter().position(|&ch| ch == q).map_or(e, |p| i + p + 2);
            }
            '#' if at_word_start => i = eol(&c, i),
            _ => i += 1,
        }
    }
    calls
}

// ---------------------------------------------------------------------------------------------
// finding and lexing commands

/// At `i` (after blanks and, where allowed, a prompt): the program word `http` or `https`
/// followed by a blank or `\`. Returns where its arguments start and whether it is `https`.
fn program_at(c: &[char], mut i: usize, prompt_allowed: bool) -> Option<(usize, bool)> {
    let skip_blanks = |mut k: usize| {
        while k < c.len() && matches!(c[k], ' ' | '\t') {
            k += 1;
        }
        k
    };
    i = skip_blanks(i);
    if prompt_allowed {
        let end = c[i..].iter().position(|ch| ch.is_whitespace()).map_or(c.len(), |p| i + p);
        let word: String = c[i..end].iter().collect();
        let prompt = matches!(word.as_str(), "$" | "%" | ">")
            || (word.len() > 1 && word.ends_with(['$', '%']) && word.contains(['@', '~', ':']));
        if prompt && c.get(end).is_some_and(|&ch| ch == ' ' || ch == '\t') {
            i = skip_blanks(end);
        }
    }
    let word_is = |w: &str| {
        let len = w.chars().count();
        c.len() >= i + len
            && c[i..i + len].iter().copied().eq(w.chars())
            && c.get(i + len).is_some_and(|&ch| matches!(ch, ' ' | '\t' | '\\'))
    };
    if word_is("https") {
        Some((i + 5, true))
    } else if word_is("http") {
        Some((i + 4, false))
    } else {
        None
    }
}

/// After a `\` at `j - 1`: the index after the line break it escapes, when only blanks (or a
/// `\r`) stand between them.
fn continuation_after(c: &[char], j: usize) -> Option<usize> {
    let mut k = j;
    while k < c.len() && matches!(c[k], ' ' | '\t' | '\r') {
        k += 1;
    }
    match c.get(k) {
        Some('\n') => Some(k + 1),
        None if k > j || j == c.len() => Some(c.len()),
        _ => None,
    }
}

/// Whether the line starting at `j` continues a command although the line before it did not
/// end in `\`: an indented comment line, or an indented line whose first word is a flag or a
/// request item (the docs forgot the `\`, or put a comment between the lines).
fn continues_on(c: &[char], j: usize) -> bool {
    if !c.get(j).is_some_and(|&ch| ch == ' ' || ch == '\t') {
        return false;
    }
    let line: String = c[j..eol(c, j)].iter().collect();
    let t = line.trim();
    if t.starts_with('#') {
        return true;
    }
    if t.starts_with('-') && t[1..].starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '-') {
        return true;
    }
    let first = match t.chars().next() {
        Some(q @ ('"' | '\'')) => t[1..].split(q).next().unwrap_or(""),
        _ => t.split_whitespace().next().unwrap_or(""),
    };
    parse_item(first).is_some()
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    /// `>`, `>>`, `2>`: the next word is where the output goes.
    RedirectOut,
    /// `<`: the next word is a file whose content is the body.
    RedirectIn,
    /// `<<<`: the next word is the body.
    HereString,
    /// The body of a `<<DELIM` here-document.
    HereDoc(String),
}

/// Characters a `\` escapes for httpie, not for the shell: the backslash is kept (an unquoted
/// `foo\=bar` is written for httpie's escaping, not the shell's).
const HTTPIE_ESCAPED: &str = "=:@;[]";

/// Lexes the arguments of the command whose program word ends at `start`; returns the tokens
/// and where the command stopped (its terminating `\n`, `;`, `|`, `&`, `)` or backtick, or the
/// end of the text).
fn lex_command(c: &[char], start: usize) -> (Vec<Tok>, usize) {
    let n = c.len();
    let mut toks = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut heredoc: Option<String> = None;
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
                if let Some(delim) = heredoc.take() {
                    let (body, end) = read_heredoc(c, i + 1, &delim);
                    toks.push(Tok::HereDoc(body));
                    i = end;
                    break;
                }
                if continues_on(c, i + 1) {
                    i += 1;
                } else {
                    break;
                }
            }
            '\\' => {
                if let Some(next) = continuation_after(c, i + 1) {
                    if c[i + 1..next].iter().any(|&b| b == ' ' || b == '\t') {
                        finish(&mut toks, &mut cur, &mut in_word);
                    }
                    i = next;
                } else if !in_word && matches!(c.get(i + 1), Some(' ' | '\t')) {
                    // a stray `\ ` between words
                    i += 1;
                } else if let Some(&next) = c.get(i + 1) {
                    if HTTPIE_ESCAPED.contains(next) {
                        cur.push('\\');
                    }
                    cur.push(next);
                    in_word = true;
                    i += 2;
                } else {
                    i += 1;
                }
            }
            '\'' => {
                // Only a data item (`name='…'`, `'name:=[…'`) runs over lines; any other quote
                // that does not close on its line was left open and closes at its end.
                let e = eol(c, i + 1);
                let multiline = cur.contains('=') || c[i + 1..e].contains(&'=');
                in_word = true;
                match c[i + 1..].iter().position(|&q| q == '\'').filter(|&p| multiline || i + 1 + p < e) {
                    Some(p) => {
                        cur.extend(&c[i + 1..i + 1 + p]);
                        i += p + 2;
                    }
                    None => {
                        cur.extend(c[i + 1..e].iter().filter(|&&q| q != '\r'));
                        i = e;
                    }
                }
            }
            '"' => {
                let multiline = cur.contains('=') || c[i + 1..eol(c, i + 1)].contains(&'=');
                in_word = true;
                i = lex_double_quoted(c, i + 1, multiline, &mut cur);
            }
            ';' | '|' | ')' | '`' => {
                finish(&mut toks, &mut cur, &mut in_word);
                break;
            }
            '&' => {
                if in_word && c.get(i + 1).is_some_and(|nc| !nc.is_whitespace() && !matches!(nc, '&' | '>')) {
                    // `?a=1&b=2` left unquoted
                    cur.push('&');
                    i += 1;
                } else {
                    finish(&mut toks, &mut cur, &mut in_word);
                    break;
                }
            }
            '>' => {
                if in_word && cur.chars().all(|d| d.is_ascii_digit()) {
                    cur.clear(); // a file descriptor (`2>`)
                    in_word = false;
                }
                finish(&mut toks, &mut cur, &mut in_word);
                toks.push(Tok::RedirectOut);
                i += 1;
                while i < n && matches!(c[i], '>' | '&' | '|') {
                    i += 1;
                }
            }
            '<' => {
                if let Some(len) = placeholder_len(c, i) {
                    cur.extend(&c[i..i + len]);
                    in_word = true;
                    i += len;
                    continue;
                }
                finish(&mut toks, &mut cur, &mut in_word);
                let count = c[i..].iter().take_while(|&&b| b == '<').count();
                i += count;
                match count {
                    1 => toks.push(Tok::RedirectIn),
                    2 => {
                        // `<<DELIM`, `<<-DELIM`, `<< 'DELIM'`
                        if c.get(i) == Some(&'-') {
                            i += 1;
                        }
                        while i < n && matches!(c[i], ' ' | '\t') {
                            i += 1;
                        }
                        let e =
                            c[i..].iter().position(|b| b.is_whitespace() || ";|&".contains(*b)).map_or(n, |p| i + p);
                        let delim: String = c[i..e].iter().filter(|b| !matches!(b, '\'' | '"')).collect();
                        i = e;
                        if !delim.is_empty() {
                            heredoc = Some(delim);
                        }
                    }
                    _ => toks.push(Tok::HereString),
                }
            }
            '#' if !in_word => {
                // A comment; one that ends in `\` continues the command on the next line.
                let e = eol(c, i);
                let comment: String = c[i..e].iter().collect();
                i = if comment.trim_end().ends_with('\\') && e < n { e + 1 } else { e };
            }
            '$' if c.get(i + 1) == Some(&'(') => {
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
            '$' if c.get(i + 1) == Some(&'{') => {
                // `${…}` kept verbatim (up to `}` on the same line)
                in_word = true;
                let e = eol(c, i);
                let close = c[i..e].iter().position(|&b| b == '}').map_or(e, |p| i + p + 1);
                cur.extend(&c[i..close]);
                i = close;
            }
            _ => {
                cur.push(ch);
                in_word = true;
                i += 1;
            }
        }
    }
    finish(&mut toks, &mut cur, &mut in_word);
    if let Some(delim) = heredoc {
        // the command stopped before its line ended: its here-document starts on the next line
        let (body, end) = read_heredoc(c, (eol(c, i) + 1).min(n), &delim);
        toks.push(Tok::HereDoc(body));
        i = end;
    }
    (toks, i.min(n))
}

/// The lines from `j` up to the one that is `delim` alone: the body, and the index of the line
/// break ending the delimiter line (or the end of the text).
fn read_heredoc(c: &[char], j: usize, delim: &str) -> (String, usize) {
    let mut lines = Vec::new();
    let mut k = j;
    while k < c.len() {
        let e = eol(c, k);
        let line: String = c[k..e].iter().filter(|&&b| b != '\r').collect();
        if line.trim() == delim {
            return (lines.join("\n"), e);
        }
        lines.push(line);
        k = e + 1;
    }
    (lines.join("\n"), c.len())
}

// ---------------------------------------------------------------------------------------------
// request items

/// Item separators, longest first: at each position of an item the first that matches wins.
const SEPARATORS: &[&str] = &[":=@", "==@", "=@", ":=", "==", "=", "@", ":", ";"];

/// One request item, its key and value unescaped (a data key keeps its escapes for
/// [`json_path`]).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
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
fn unescape(s: &str) -> String {
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
fn parse_item(word: &str) -> Option<Item> {
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
enum Seg {
    Key(String),
    Index(usize),
    Append,
}

/// The largest array index a path may name: a bigger one is read as a key (never a huge array).
const MAX_INDEX: usize = 1000;

/// httpie's nested JSON path of a raw data key: `a[b][0][]` is key `a`, key `b`, index 0,
/// append; `[]` at the start appends to a top-level array; `\[` is a literal bracket. A key
/// that is not a well-formed path is one literal key.
fn json_path(raw: &str) -> Vec<Seg> {
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
    segs
}

/// A JSON body under construction; leaves hold JSON text.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Option<Node>>),
    Leaf(String),
}

impl Node {
    fn for_seg(seg: &Seg) -> Node {
        match seg {
            Seg::Key(_) => Node::Object(Vec::new()),
            _ => Node::Array(Vec::new()),
        }
    }

    /// Sets `leaf` at `path` below this node. A node of the wrong kind is replaced (httpie
    /// refuses such paths; the later item wins); a key set twice collects its values in an array.
    fn insert(&mut self, path: &[Seg], leaf: Node) {
        let Some((seg, rest)) = path.split_first() else {
            *self = leaf;
            return;
        };
        match seg {
            Seg::Key(k) => {
                if !matches!(self, Node::Object(_)) {
                    *self = Node::Object(Vec::new());
                }
                let Node::Object(members) = self else { return };
                let at = members.iter().position(|(m, _)| m == k);
                match (at, rest.first()) {
                    (Some(p), None) => {
                        let slot = &mut members[p].1;
                        match slot {
                            Node::Array(items) => items.push(Some(leaf)),
                            old => *old = Node::Array(vec![Some(old.clone()), Some(leaf)]),
                        }
                    }
                    (Some(p), Some(next)) => {
                        let slot = &mut members[p].1;
                        if std::mem::discriminant(slot) != std::mem::discriminant(&Node::for_seg(next)) {
                            *slot = Node::for_seg(next);
                        }
                        slot.insert(rest, leaf);
                    }
                    (None, None) => members.push((k.clone(), leaf)),
                    (None, Some(next)) => {
                        let mut child = Node::for_seg(next);
                        child.insert(rest, leaf);
                        members.push((k.clone(), child));
                    }
                }
            }
            Seg::Index(_) | Seg::Append => {
                if !matches!(self, Node::Array(_)) {
                    *self = Node::Array(Vec::new());
                }
                let Node::Array(items) = self else { return };
                let at = match seg {
                    Seg::Index(n) => *n,
                    _ => items.len(),
                };
                if items.len() <= at {
                    items.resize(at + 1, None);
                }
                let slot = &mut items[at];
                match rest.first() {
                    None => *slot = Some(leaf),
                    Some(next) => {
                        let child = slot.get_or_insert_with(|| Node::for_seg(next));
                        if std::mem::discriminant(child) != std::mem::discriminant(&Node::for_seg(next)) {
                            *child = Node::for_seg(next);
                        }
                        child.insert(rest, leaf);
                    }
                }
            }
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Node::Object(m) => m.is_empty(),
            Node::Array(a) => a.is_empty(),
            Node::Leaf(_) => false,
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Node::Leaf(text) => out.push_str(text),
            Node::Object(members) => {
                out.push('{');
                for (k, (name, value)) in members.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&json_string(name));
                    out.push_str(": ");
                    value.write(out);
                }
                out.push('}');
            }
            Node::Array(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    match item {
                        Some(v) => v.write(out),
                        None => out.push_str("null"),
                    }
                }
                out.push(']');
            }
        }
    }
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

// ---------------------------------------------------------------------------------------------
// reading the arguments

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

/// A word that names a host: `localhost`, `api.example.com`, `10.0.0.1`, with an optional port.
fn is_host(s: &str) -> bool {
    let host = match s.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.chars().all(|d| d.is_ascii_digit()) => h,
        Some(_) => return false,
        None => s,
    };
    if host == "localhost" {
        return true;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'))
        && labels.last().is_some_and(|t| {
            (t.len() >= 2 && t.chars().all(|ch| ch.is_ascii_alphabetic())) || t.chars().all(|d| d.is_ascii_digit())
        })
}

/// Whether an argument reads as httpie's URL: with a scheme, the localhost shorthand (`:3000`,
/// `:/x`), a leading shell or template variable, or a host with or without a path.
fn looks_like_url(u: &str) -> bool {
    if let Some((scheme, _)) = u.split_once("://") {
        return !scheme.is_empty() && scheme.chars().all(|ch| ch.is_ascii_alphanumeric() || "+-.".contains(ch));
    }
    if let Some(rest) = u.strip_prefix(':') {
        return rest.is_empty() || rest.starts_with('/') || rest.starts_with(|d: char| d.is_ascii_digit());
    }
    if u.starts_with('$') || u.starts_with("{{") {
        return u.len() > 1;
    }
    is_host(u.split(['/', '?', '#']).next().unwrap_or(""))
}

/// The URL httpie requests: the localhost shorthand expanded and the default scheme added where
/// none is written; a URL led by a variable is kept as written.
fn full_url(u: &str, scheme: &str) -> String {
    if u.contains("://") || u.starts_with('$') || u.starts_with("{{") {
        return u.to_owned();
    }
    let u = match u.strip_prefix(':') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("localhost{rest}"),
        Some(rest) => format!("localhost:{rest}"),
        None => u.to_owned(),
    };
    format!("{scheme}://{u}")
}

/// `url` with the query items appended (before a fragment), `&` and `#` in them escaped.
fn with_query(url: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return url.to_owned();
    }
    let (base, fragment) = match url.find('#') {
        Some(p) => (&url[..p], &url[p..]),
        None => (url, ""),
    };
    let esc = |s: &str| s.replace('&', "%26").replace('#', "%23");
    let mut out = base.to_owned();
    for (k, v) in query {
        if !out.contains('?') {
            out.push('?');
        } else if !out.ends_with(['?', '&']) {
            out.push('&');
        }
        out.push_str(&esc(k));
        out.push('=');
        out.push_str(&esc(v));
    }
    out.push_str(fragment);
    out
}

fn build_call(line: usize, https: bool, piped: bool, toks: &[Tok]) -> Option<CurlCall> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn one(code: &str) -> CurlCall {
        let calls = parse_httpie_commands(code);
        assert_eq!(calls.len(), 1, "expected one call in {code:?}: {calls:#?}");
        calls.into_iter().next().unwrap()
    }

    fn h(n: &str, v: &str) -> (String, String) {
        (n.to_string(), v.to_string())
    }

    fn raw(s: &str) -> (DataKind, String) {
        (DataKind::Raw, s.to_string())
    }

    fn enc(s: &str) -> (DataKind, String) {
        (DataKind::UrlEncoded, s.to_string())
    }

    fn form(s: &str) -> (DataKind, String) {
        (DataKind::Form, s.to_string())
    }

    // ---- shapes of a bank API documented only in httpie commands

    #[test]
    fn bank_form_put_with_continued_quoted_items() {
        let code = "$ http --form PUT \"https://api.bank.test/pots/$pot_id/deposit\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"source_account_id=$account_id\" \\\n    \"amount=$amount\" \\\n    \"dedupe_id=$dedupe_id\"\n";
        let c = one(code);
        assert_eq!(c.line, 0);
        assert_eq!(c.explicit_method.as_deref(), Some("PUT"));
        assert_eq!(c.method, "PUT");
        assert_eq!(c.url, "https://api.bank.test/pots/$pot_id/deposit");
        assert_eq!(c.headers, vec![h("Authorization", "Bearer $access_token")]);
        assert_eq!(c.user, None);
        assert!(!c.get);
        assert_eq!(
            c.data,
            vec![enc("source_account_id=$account_id"), enc("amount=$amount"), enc("dedupe_id=$dedupe_id")]
        );
    }

    #[test]
    fn bank_get_without_method_and_query_items() {
        let c = one("$ http \"https://api.bank.test/balance\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"account_id==$account_id\"\n");
        assert_eq!(c.explicit_method, None);
        assert_eq!(c.method, "GET");
        assert_eq!(c.url, "https://api.bank.test/balance?account_id=$account_id");
        assert!(c.data.is_empty());
        // a query item before the header, and an unquoted one
        let c = one("$ http \"https://api.bank.test/pots\" \\\n    \"current_account_id==$account_id\" \\\n    \"Authorization: Bearer $access_token\"\n");
        assert_eq!(c.url, "https://api.bank.test/pots?current_account_id=$account_id");
        assert_eq!(c.headers, vec![h("Authorization", "Bearer $access_token")]);
        let c = one("$ http \"https://api.bank.test/accounts\" \\\n    \"Authorization: Bearer $access_token\" \\\n    account_type==uk_retail\n");
        assert_eq!(c.url, "https://api.bank.test/accounts?account_type=uk_retail");
    }

    #[test]
    fn bank_comment_lines_inside_a_continued_command() {
        // the comment ends in `\`
        let code = "$ http \"https://api.bank.test/transactions/$transaction_id\" \\\n    \"Authorization: Bearer $access_token\" \\\n    # Here we are expanding the merchant \\\n    \"expand[]==merchant\"\n";
        let c = one(code);
        assert_eq!(c.method, "GET");
        assert_eq!(c.url, "https://api.bank.test/transactions/$transaction_id?expand[]=merchant");
        // the comment does not end in `\`, the next line is an indented item
        let code = "$ http --form PATCH \"https://api.bank.test/transactions/$transaction_id\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"metadata[$key1]=$value1\" \\\n    # Set a key's value as empty to delete it\n    \"metadata[$key2]=\"\n";
        let c = one(code);
        assert_eq!(c.method, "PATCH");
        assert_eq!(c.data, vec![enc("metadata[$key1]=$value1"), enc("metadata[$key2]=")]);
        // a trailing comment ends the command; the block ends there
        let c = one("$ http PUT \"https://api.bank.test/transaction-receipts\" \\\n    \"Authorization: Bearer $access_token\" \\\n    # ... JSON Receipt data ...\n");
        assert_eq!(c.method, "PUT");
        assert_eq!(c.headers.len(), 1);
        assert!(c.data.is_empty());
    }

    #[test]
    fn bank_data_without_method_is_post_and_json() {
        // httpie's rule: data items and no METHOD mean POST; without --form they are JSON.
        let c = one("$ http \"https://api.bank.test/webhooks\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"account_id=$account_id\"\n");
        assert_eq!(c.explicit_method, None);
        assert_eq!(c.method, "POST");
        assert_eq!(c.url, "https://api.bank.test/webhooks");
        assert_eq!(c.data, vec![raw("{\"account_id\": \"$account_id\"}")]);
    }

    #[test]
    fn bank_form_values_with_urls_hashes_and_tabs() {
        let code = "$ http --form POST \"https://api.bank.test/feed\" \\\n    \"Authorization: Bearer $access_token\" \\\n  \t\"url=https://www.example.com/a_page.html\" \\\n    \"params[title]=My custom item\" \\\n    \"params[background_color]=#FCF1EE\"\n";
        let c = one(code);
        assert_eq!(
            c.data,
            vec![
                enc("url=https://www.example.com/a_page.html"),
                enc("params[title]=My custom item"),
                enc("params[background_color]=#FCF1EE")
            ]
        );
        let c = one("$ http --form POST \"https://api.bank.test/oauth2/logout\" \\\n    \"Authorization: Bearer $access_token\"\n");
        assert_eq!(c.method, "POST");
        assert!(c.data.is_empty());
    }

    // ---- program, prompt, flags

    #[test]
    fn program_words_and_prompts() {
        assert_eq!(one("http example.org/get").url, "http://example.org/get");
        assert_eq!(one("https example.org/get").url, "https://example.org/get");
        assert_eq!(one("$ https pie.dev/get").url, "https://pie.dev/get");
        assert_eq!(one("$http_not_a_prompt pie.dev/get\n$ http pie.dev/x").url, "http://pie.dev/x");
        assert_eq!(one("user@box:~$ http pie.dev/a").url, "http://pie.dev/a");
        assert_eq!(one("  \thttp pie.dev/b").url, "http://pie.dev/b");
        // a written scheme wins over the program's default
        assert_eq!(one("https http://pie.dev/c").url, "http://pie.dev/c");
        assert_eq!(one("http --default-scheme=https pie.dev/d").url, "https://pie.dev/d");
        assert_eq!(one("http --default-scheme https pie.dev/d").url, "https://pie.dev/d");
    }

    #[test]
    fn flags_before_and_after_the_url() {
        let c = one(
            "http -v --print=HBhb --pretty all -p HB --style=monokai -s fruity --timeout 5 -f POST pie.dev/post a=1",
        );
        assert_eq!(c.method, "POST");
        assert_eq!(c.url, "http://pie.dev/post");
        assert_eq!(c.data, vec![enc("a=1")]);
        // clusters: `-vf`, `-pHB` (print HB), `-fv`
        let c = one("http -vf -pHB PUT pie.dev/put a=1");
        assert_eq!(c.method, "PUT");
        assert_eq!(c.data, vec![enc("a=1")]);
        // flags after the URL (argparse reads them anywhere), `--verbose`, `--offline`
        let c = one("http POST pie.dev/post a=1 --form --verbose --offline");
        assert_eq!(c.data, vec![enc("a=1")]);
        // --json after --form: the last one wins; -j is --json
        let c = one("http --form -j POST pie.dev/post a=1");
        assert_eq!(c.data, vec![raw("{\"a\": \"1\"}")]);
        let c = one("http --json pie.dev/post a=1");
        assert_eq!(c.method, "POST");
        assert_eq!(c.data, vec![raw("{\"a\": \"1\"}")]);
    }

    #[test]
    fn auth_flags() {
        let c = one("http -a user:secret pie.dev/basic-auth/user/secret");
        assert_eq!(c.user.as_deref(), Some("user:secret"));
        assert!(c.headers.is_empty());
        let c = one("http --auth=TOKEN: pie.dev/get");
        assert_eq!(c.user.as_deref(), Some("TOKEN:"));
        let c = one("http -aACCESS_TOKEN: pie.dev/get");
        assert_eq!(c.user.as_deref(), Some("ACCESS_TOKEN:"));
        let c = one("http --auth-type=digest -a user:pw pie.dev/digest-auth/x");
        assert_eq!(c.user.as_deref(), Some("user:pw"));
        let c = one("http -A bearer -a $TOKEN pie.dev/bearer");
        assert_eq!(c.user, None);
        assert_eq!(c.headers, vec![h("Authorization", "Bearer $TOKEN")]);
        let c = one("http --auth-type=jwt --auth tok pie.dev/x");
        assert_eq!(c.user, None);
        assert!(c.headers.is_empty());
    }

    // ---- shell lexing

    #[test]
    fn continuations_and_quotes() {
        let code = "http PUT pie.dev/put \\\n  'X-API-Token: 123' \\   \n\t\"name=John Smith\" \\\r\n  'note=it''s' \"q==a b\"\n";
        let c = one(code);
        assert_eq!(c.method, "PUT");
        assert_eq!(c.url, "http://pie.dev/put?q=a b");
        assert_eq!(c.headers, vec![h("X-API-Token", "123")]);
        assert_eq!(c.data, vec![raw("{\"name\": \"John Smith\", \"note\": \"its\"}")]);
        // escapes inside double quotes; a multi-line single-quoted raw JSON value
        let code = "http POST pie.dev/post \"say=\\\"hi\\\" \\$HOME\" 'list:=[\n  1,\n  2\n]'\n";
        let c = one(code);
        let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
        assert_eq!(v["say"], "\"hi\" $HOME");
        assert_eq!(v["list"], serde_json::json!([1, 2]));
    }

    #[test]
    fn shell_variables_kept_verbatim() {
        let c = one("http \"https://${API_HOST}/pots/$pot_id\" \"Authorization: Bearer ${TOKEN}\" x==$(date +%s)");
        assert_eq!(c.url, "https://${API_HOST}/pots/$pot_id?x=$(date +%s)");
        assert_eq!(c.headers, vec![h("Authorization", "Bearer ${TOKEN}")]);
        // a URL led by a variable is not given a scheme
        assert_eq!(one("http $BASE/items/1").url, "$BASE/items/1");
        assert_eq!(one("https ${BASE}/items").url, "${BASE}/items");
    }

    #[test]
    fn several_commands_line_numbers_and_other_text() {
        let code = "# list them\n$ http pie.dev/a\n\necho start; http DELETE pie.dev/b && http pie.dev/c | jq .\ncurl https://x.example/not-httpie \\\n  http pie.dev/continued-curl-line\n";
        let calls = parse_httpie_commands(code);
        let got: Vec<(usize, &str, &str)> = calls.iter().map(|c| (c.line, c.method.as_str(), c.url.as_str())).collect();
        assert_eq!(
            got,
            vec![(1, "GET", "http://pie.dev/a"), (3, "DELETE", "http://pie.dev/b"), (3, "GET", "http://pie.dev/c")]
        );
        // piped input is a body: no METHOD means POST
        let c = one("echo '{\"a\": 1}' | http pie.dev/post");
        assert_eq!(c.method, "POST");
    }

    #[test]
    fn output_after_a_prompted_command_is_not_read() {
        let code = "$ http pie.dev/get\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n    \"args\": {}\n}\n";
        let c = one(code);
        assert!(c.headers.is_empty());
        assert_eq!(c.url, "http://pie.dev/get");
    }

    #[test]
    fn not_httpie() {
        for code in [
            "",
            "http = Net::HTTP.start(uri.hostname, uri.port)\n",
            "HTTP/1.1 200 OK\nContent-Type: application/json\n",
            "https://api.example.com/v1/things\n",
            "http and https are both accepted\n",
            "http\n",
            "curl https://x.example/a\n",
            "# http pie.dev/get\n",
            "echo \"http pie.dev/get\"\n",
            "GET /widgets HTTP/1.1\nHost: x.example\n",
            "httpie pie.dev/get\n",
            "http GET\n",
        ] {
            assert!(parse_httpie_commands(code).is_empty(), "{code:?}");
        }
    }

    #[test]
    fn redirects_here_strings_and_here_documents() {
        let c = one("http POST pie.dev/post < body.json > out.json 2>&1");
        assert_eq!(c.data, vec![raw("@body.json")]);
        let c = one("http pie.dev/post <<< '{\"a\": 1}'");
        assert_eq!(c.method, "POST");
        assert_eq!(c.data, vec![raw("{\"a\": 1}")]);
        let calls = parse_httpie_commands("http PUT pie.dev/put <<EOF\n{\"a\": 1}\nEOF\nhttp pie.dev/next\n");
        assert_eq!(calls.len(), 2);
        assert_eq!(calls[0].data, vec![raw("{\"a\": 1}")]);
        assert_eq!(calls[1].url, "http://pie.dev/next");
        assert_eq!(calls[1].line, 3);
        let c = one("http --raw 'plain text' pie.dev/post");
        assert_eq!(c.method, "POST");
        assert_eq!(c.data, vec![raw("plain text")]);
        // an output redirect alone sends nothing
        assert_eq!(one("http pie.dev/image/png > image.png").method, "GET");
    }

    // ---- method and URL

    #[test]
    fn optional_method() {
        assert_eq!(one("http pie.dev/get").method, "GET");
        assert_eq!(one("http pie.dev/post hello=world").method, "POST");
        // query items and headers are not data
        assert_eq!(one("http pie.dev/get q==1 X-A:b").method, "GET");
        let c = one("http delete pie.dev/delete");
        assert_eq!(c.explicit_method.as_deref(), Some("DELETE"));
        assert_eq!(c.method, "DELETE");
        let c = one("http OPTIONS pie.dev/x");
        assert_eq!(c.method, "OPTIONS");
        // an uppercase typo is kept for the model to correct, as curl's `-X PATH`
        assert_eq!(one("http PATH pie.dev/x").explicit_method.as_deref(), Some("PATH"));
        // a lowercase word followed by an item is the URL
        let c = one("http localhost a=b");
        assert_eq!(c.explicit_method, None);
        assert_eq!(c.url, "http://localhost");
        assert_eq!(c.method, "POST");
        let c = one("http get :3000/x");
        assert_eq!(c.method, "GET");
        assert_eq!(c.url, "http://localhost:3000/x");
    }

    #[test]
    fn urls_without_scheme_and_localhost_shorthand() {
        assert_eq!(one("http :3000/x").url, "http://localhost:3000/x");
        assert_eq!(one("http :/foo").url, "http://localhost/foo");
        assert_eq!(one("http :").url, "http://localhost");
        assert_eq!(one("http :8080").url, "http://localhost:8080");
        assert_eq!(one("https api.example.com:8443/v1").url, "https://api.example.com:8443/v1");
        assert_eq!(one("http example.org").url, "http://example.org");
        assert_eq!(one("http 127.0.0.1:5000/a").url, "http://127.0.0.1:5000/a");
        assert_eq!(one("http localhost:3000").url, "http://localhost:3000");
        // query items join a written query string, before a fragment
        assert_eq!(one("http 'pie.dev/get?a=1' b==2 c==x&y").url, "http://pie.dev/get?a=1&b=2&c=x%26y");
        assert_eq!(one("http pie.dev/get?a=1#top b==2").url, "http://pie.dev/get?a=1&b=2#top");
        assert_eq!(one("http pie.dev/get? b==").url, "http://pie.dev/get?b=");
    }

    // ---- request items

    #[test]
    fn item_separators() {
        assert_eq!(parse_item("X-API-Token:123"), Some(Item::Header("X-API-Token".into(), "123".into())));
        assert_eq!(
            parse_item("Referer:https://httpie.io"),
            Some(Item::Header("Referer".into(), "https://httpie.io".into()))
        );
        assert_eq!(parse_item("Cookie:foo=bar"), Some(Item::Header("Cookie".into(), "foo=bar".into())));
        assert_eq!(parse_item("Accept;"), Some(Item::EmptyHeader("Accept".into())));
        assert_eq!(parse_item("User-Agent:"), Some(Item::UnsetHeader));
        assert_eq!(parse_item("search==httpie"), Some(Item::Query("search".into(), "httpie".into())));
        assert_eq!(parse_item("token==@t.txt"), Some(Item::QueryFromFile("token".into())));
        assert_eq!(parse_item("url=https://x/y"), Some(Item::Data("url".into(), "https://x/y".into())));
        assert_eq!(parse_item("email=a@b.com"), Some(Item::Data("email".into(), "a@b.com".into())));
        assert_eq!(parse_item("bio=@about.txt"), Some(Item::DataFromFile("bio".into(), "about.txt".into())));
        assert_eq!(parse_item("age:=29"), Some(Item::Json("age".into(), "29".into())));
        assert_eq!(parse_item("meta:=@m.json"), Some(Item::JsonFromFile("meta".into(), "m.json".into())));
        assert_eq!(parse_item("cv@~/cv.pdf"), Some(Item::File("cv".into(), "~/cv.pdf".into())));
        assert_eq!(
            parse_item("cv@cv.txt;type=text/markdown"),
            Some(Item::File("cv".into(), "cv.txt;type=text/markdown".into()))
        );
        // escapes
        assert_eq!(parse_item("foo\\==bar"), Some(Item::Data("foo\\=".into(), "bar".into())));
        assert_eq!(parse_item("a\\:b:c"), Some(Item::Header("a:b".into(), "c".into())));
        assert_eq!(parse_item("k=v\\=w"), Some(Item::Data("k".into(), "v=w".into())));
        // not items
        assert_eq!(parse_item("plain"), None);
        assert_eq!(parse_item(":3000"), None);
        assert_eq!(parse_item("=x"), None);
        assert_eq!(parse_item("a;b"), None);
    }

    #[test]
    fn headers_and_empty_headers() {
        let c = one("http pie.dev/headers 'X-A: one two' 'Accept;' User-Agent: Host:example.com");
        assert_eq!(c.headers, vec![h("X-A", "one two"), h("Accept", ""), h("Host", "example.com")]);
        assert_eq!(c.method, "GET");
    }

    #[test]
    fn json_fields_raw_json_and_nesting() {
        let c =
            one("http PUT pie.dev/put name=John age:=29 married:=false hobbies:='[\"http\", \"pies\"]' bio=@about.txt");
        let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"name": "John", "age": 29, "married": false, "hobbies": ["http", "pies"], "bio": "@about.txt"})
        );
        assert_eq!(c.data.len(), 1);
        let c = one("http pie.dev/post result[status][type]=ok product[price]:=10 search[keywords][]=soda search[keywords][]=fries items[1]=b ids:=1 ids:=2 'esc\\[x\\]=1'");
        let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "result": {"status": {"type": "ok"}},
                "product": {"price": 10},
                "search": {"keywords": ["soda", "fries"]},
                "items": [null, "b"],
                "ids": [1, 2],
                "esc[x]": "1"
            })
        );
        let c = one("http pie.dev/post []:=1 []:=2");
        assert_eq!(c.data, vec![raw("[1, 2]")]);
        // a raw value that is a shell variable is spliced as written (the JSON reader judges it)
        let c = one("http pie.dev/post amount:=$amount");
        assert_eq!(c.data, vec![raw("{\"amount\": $amount}")]);
        // huge indexes are keys, malformed paths literal keys
        let c = one("http pie.dev/post a[99999999]=1 'b[c=2'");
        let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
        assert_eq!(v, serde_json::json!({"a": {"99999999": "1"}, "b[c": "2"}));
    }

    #[test]
    fn form_fields_and_multipart_uploads() {
        let c = one("http -f POST pie.dev/post name=John 'email=a@b.com' bio=@about.txt n:=1");
        assert_eq!(c.data, vec![enc("name=John"), enc("email=a@b.com"), enc("bio@about.txt"), enc("n=1")]);
        // a file field makes the whole form multipart
        let c = one("http -f POST pie.dev/post name='John Smith' cv@~/files/data.xml note=@n.txt");
        assert_eq!(c.data, vec![form("name=John Smith"), form("cv=@~/files/data.xml"), form("note=<n.txt")]);
        let c = one("http --multipart pie.dev/post a=1");
        assert_eq!(c.method, "POST");
        assert_eq!(c.data, vec![form("a=1")]);
        // an upload without --form is read as the multipart request it means
        let c = one("http pie.dev/post file@photo.png");
        assert_eq!(c.data, vec![form("file=@photo.png")]);
        assert_eq!(c.method, "POST");
    }

    #[test]
    fn double_dash_ends_options() {
        let c = one("http pie.dev/post -- -name-starting-with-dash=foo -Unusual-Header:bar");
        assert_eq!(c.headers, vec![h("-Unusual-Header", "bar")]);
        assert_eq!(c.data, vec![raw("{\"-name-starting-with-dash\": \"foo\"}")]);
    }

    #[test]
    fn forgotten_backslash_before_indented_item_lines() {
        let c = one("http POST pie.dev/post\n    X-A:b\n    a=1\n\nThen the answer.");
        assert_eq!(c.headers, vec![h("X-A", "b")]);
        assert_eq!(c.data, vec![raw("{\"a\": \"1\"}")]);
        // httpie's own docs: `\ # comment` after an item
        let c = one("http PUT pie.dev/put \\\n    name=John \\\n    age:=29 \\ # Raw JSON\n    bookmarks:=@b.json # Embed JSON file\n");
        assert_eq!(c.data, vec![raw("{\"name\": \"John\", \"age\": 29, \"bookmarks\": @b.json}")]);
    }

    // ---- robustness

    const COMPLEX: &str = "# demo\n$ http -f --auth u:p PUT \"https://${HOST}/v1/a?x=1\" \\\n\t'X-A: b' \\    \n  q==\"a b\" f@x.png 'j:=[1,\n 2]' \\\n  # comment \\\n  -- -x=1 > out 2>&1; https :3000/b a[0][]=1 | jq '.[0]' && http `echo x` $(http -s u) <<EOF\nbody\nEOF\n$ http «ü» https://ü.example/ä <<< 'x' \\\n^\n";

    #[test]
    fn every_prefix_and_suffix_of_a_complex_block_is_safe() {
        let chars: Vec<char> = COMPLEX.chars().collect();
        for k in 0..=chars.len() {
            let prefix: String = chars[..k].iter().collect();
            let suffix: String = chars[k..].iter().collect();
            for s in [prefix, suffix] {
                for call in parse_httpie_commands(&s) {
                    assert!(call.line <= s.lines().count());
                }
            }
        }
        let calls = parse_httpie_commands(COMPLEX);
        assert!(calls.len() >= 2, "{calls:#?}");
        assert_eq!(calls[0].method, "PUT");
        assert_eq!(calls[0].url, "https://${HOST}/v1/a?x=1&q=a b");
        assert_eq!(calls[0].user.as_deref(), Some("u:p"));
        assert_eq!(calls[0].line, 1);
        assert_eq!(calls[1].url, "https://localhost:3000/b");
    }

    #[test]
    fn random_strings_never_panic() {
        let alphabet: Vec<char> = "http s-fvaA:=@;[]\\'\"$#{}()<>|&`\n\t\r ./?ü0123".chars().collect();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..4000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 70) as usize;
            let mut s = String::from(if (state >> 9) & 1 == 1 { "http " } else { "" });
            let mut r = state;
            for _ in 0..len {
                r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                s.push(alphabet[((r >> 33) as usize) % alphabet.len()]);
            }
            let _ = parse_httpie_commands(&s);
        }
    }
}
