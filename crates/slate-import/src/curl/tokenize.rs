//! Finding curl commands in a code block (in command position, after a prompt or a shell
//! operator) and lexing one into words: quotes, continuations and forgotten ones, redirections,
//! comments, `$(…)` and `${…}` kept verbatim.

use super::options::{long_takes_arg, normalize_dashes, LONG_FLAGS, SHORT_FLAGS, SHORT_WITH_ARG};
use crate::shell::{continuation_after, eol, placeholder_len, AtNewline, Dialect, Words};

/// Index of the next `curl` word (any letter case: docs write `Curl`) at or after `from` that
/// stands in command position.
pub(super) fn find_command_start(c: &[char], from: usize) -> Option<usize> {
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

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Word(String),
    /// `>`, `>>`, `<`, `2>&1`…: the next word is a file, not an argument.
    Redirect,
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
pub(super) fn lex_command(c: &[char], start: usize) -> (Vec<Tok>, usize) {
    crate::shell::lex_command(&mut Curl, c, start)
}

/// How curl's command line differs from the shell's: option lines that forgot their `\`,
/// data values over lines, redirections, comments to the line's end, cmd.exe's `^`.
struct Curl;

impl Dialect for Curl {
    type Tok = Tok;

    fn word(w: String) -> Tok {
        Tok::Word(w)
    }

    fn newline(&mut self, c: &[char], i: usize, _words: &mut Words<Tok>) -> AtNewline {
        if forgotten_continuation(c, i + 1) {
            AtNewline::Continue(i + 1)
        } else {
            AtNewline::Stop(i)
        }
    }

    fn quote_spans_lines(&self, _c: &[char], _i: usize, words: &Words<Tok>) -> bool {
        value_may_span_lines(&words.toks, &words.cur)
    }

    fn angle(&mut self, c: &[char], mut i: usize, w: &mut Words<Tok>) -> usize {
        if let Some(len) = (c[i] == '<').then(|| placeholder_len(c, i)).flatten() {
            w.cur.extend(&c[i..i + len]);
            w.in_word = true;
            return i + len;
        }
        if w.in_word && w.cur.chars().all(|d| d.is_ascii_digit()) {
            w.cur.clear();
            w.in_word = false;
        } else {
            w.finish(Tok::Word);
        }
        w.toks.push(Tok::Redirect);
        i += 1;
        while i < c.len() && matches!(c[i], '>' | '<' | '&' | '|') {
            i += 1;
        }
        i
    }

    fn comment(&self, c: &[char], i: usize) -> usize {
        eol(c, i)
    }

    fn caret(&self, c: &[char], i: usize) -> Option<usize> {
        // cmd.exe line continuation
        continuation_after(c, i + 1).map(|(next, _)| next)
    }
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
