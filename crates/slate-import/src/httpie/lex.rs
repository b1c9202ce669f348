//! Finding and lexing httpie commands: the program word (after a prompt), `\` continuations and
//! forgotten ones, quotes, redirections, here-strings and here-documents.

use super::items::{parse_item, HTTPIE_ESCAPED};
use crate::shell::{eol, placeholder_len, AtNewline, Dialect, Words};
/// At `i` (after blanks and, where allowed, a prompt): the program word `http` or `https`
/// followed by a blank or `\`. Returns where its arguments start and whether it is `https`.
pub(super) fn program_at(c: &[char], mut i: usize, prompt_allowed: bool) -> Option<(usize, bool)> {
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
pub(super) enum Tok {
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

/// Lexes the arguments of the command whose program word ends at `start`; returns the tokens
/// and where the command stopped (its terminating `\n`, `;`, `|`, `&`, `)` or backtick, or the
/// end of the text).
pub(super) fn lex_command(c: &[char], start: usize) -> (Vec<Tok>, usize) {
    crate::shell::lex_command(&mut Httpie { heredoc: None }, c, start)
}

/// How httpie's command line differs from the shell's: lines that carry on without a `\`,
/// escapes httpie reads itself, data items over lines, redirections, here-strings and
/// here-documents, comments ending in `\`.
struct Httpie {
    /// The delimiter of a `<<DELIM` here-document whose body starts on the next line.
    heredoc: Option<String>,
}

impl Dialect for Httpie {
    type Tok = Tok;

    fn word(w: String) -> Tok {
        Tok::Word(w)
    }

    fn newline(&mut self, c: &[char], i: usize, w: &mut Words<Tok>) -> AtNewline {
        if let Some(delim) = self.heredoc.take() {
            let (body, end) = read_heredoc(c, i + 1, &delim);
            w.toks.push(Tok::HereDoc(body));
            return AtNewline::Stop(end);
        }
        if continues_on(c, i + 1) {
            AtNewline::Continue(i + 1)
        } else {
            AtNewline::Stop(i)
        }
    }

    fn escaped(&self, next: char, cur: &mut String) {
        if HTTPIE_ESCAPED.contains(next) {
            cur.push('\\');
        }
        cur.push(next);
    }

    fn quote_spans_lines(&self, c: &[char], i: usize, w: &Words<Tok>) -> bool {
        // Only a data item (`name='…'`, `'name:=[…'`) runs over lines; any other quote that does
        // not close on its line was left open and closes at its end.
        w.cur.contains('=') || c[i + 1..eol(c, i + 1)].contains(&'=')
    }

    fn angle(&mut self, c: &[char], mut i: usize, w: &mut Words<Tok>) -> usize {
        let n = c.len();
        if c[i] == '>' {
            if w.in_word && w.cur.chars().all(|d| d.is_ascii_digit()) {
                w.cur.clear(); // a file descriptor (`2>`)
                w.in_word = false;
            }
            w.finish(Tok::Word);
            w.toks.push(Tok::RedirectOut);
            i += 1;
            while i < n && matches!(c[i], '>' | '&' | '|') {
                i += 1;
            }
            return i;
        }
        if let Some(len) = placeholder_len(c, i) {
            w.cur.extend(&c[i..i + len]);
            w.in_word = true;
            return i + len;
        }
        w.finish(Tok::Word);
        let count = c[i..].iter().take_while(|&&b| b == '<').count();
        i += count;
        match count {
            1 => w.toks.push(Tok::RedirectIn),
            2 => {
                // `<<DELIM`, `<<-DELIM`, `<< 'DELIM'`
                if c.get(i) == Some(&'-') {
                    i += 1;
                }
                while i < n && matches!(c[i], ' ' | '\t') {
                    i += 1;
                }
                let e = c[i..].iter().position(|b| b.is_whitespace() || ";|&".contains(*b)).map_or(n, |p| i + p);
                let delim: String = c[i..e].iter().filter(|b| !matches!(b, '\'' | '"')).collect();
                i = e;
                if !delim.is_empty() {
                    self.heredoc = Some(delim);
                }
            }
            _ => w.toks.push(Tok::HereString),
        }
        i
    }

    fn comment(&self, c: &[char], i: usize) -> usize {
        // A comment; one that ends in `\` continues the command on the next line.
        let e = eol(c, i);
        let comment: String = c[i..e].iter().collect();
        if comment.trim_end().ends_with('\\') && e < c.len() {
            e + 1
        } else {
            e
        }
    }

    fn end(&mut self, c: &[char], i: usize, w: &mut Words<Tok>) -> usize {
        let Some(delim) = self.heredoc.take() else { return i };
        // the command stopped before its line ended: its here-document starts on the next line
        let (body, end) = read_heredoc(c, (eol(c, i) + 1).min(c.len()), &delim);
        w.toks.push(Tok::HereDoc(body));
        end
    }
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
