//! Shell-lexing primitives the sample readers share ([`crate::curl`], [`crate::httpie`]): both
//! read commands as a POSIX shell would split them, lenient about what docs get wrong.

/// End of the line containing `i` (index of its `\n`, or the text's length).
pub(crate) fn eol(c: &[char], i: usize) -> usize {
    c[i.min(c.len())..].iter().position(|&ch| ch == '\n').map_or(c.len(), |p| i + p)
}

/// A `<placeholder>` starting at `i` on its line (at most 80 characters): its length.
pub(crate) fn placeholder_len(c: &[char], i: usize) -> Option<usize> {
    const MAX_PLACEHOLDER: usize = 80;
    if !c.get(i + 1).is_some_and(|ch| ch.is_alphabetic() || *ch == '_') {
        return None;
    }
    let mut k = i + 1;
    while k < c.len() && k - i <= MAX_PLACEHOLDER {
        match c[k] {
            '>' => return Some(k - i + 1),
            ch if ch.is_alphanumeric() || " _.:/-".contains(ch) => k += 1,
            _ => return None,
        }
    }
    None
}

/// Reads a double-quoted word whose text starts at `j` (after the `"`) into `cur`, with the
/// shell's escapes (`\"`, `\\`, `\$`, `` \` ``, a `\` newline joins lines); returns the index
/// after the closing quote. A quote left open closes at the end of its line; with `multiline`
/// the closing quote may be on a later line.
pub(crate) fn lex_double_quoted(c: &[char], j: usize, multiline: bool, cur: &mut String) -> usize {
    let line_end = eol(c, j);
    let limit = if multiline { c.len() } else { line_end };
    let mut k = j;
    let mut close = None;
    while k < limit {
        match c[k] {
            '\\' => k += 2,
            '"' => {
                close = Some(k);
                break;
            }
            _ => k += 1,
        }
    }
    let stop = close.unwrap_or(line_end);
    let mut k = j;
    while k < stop {
        let ch = c[k];
        if ch == '\\' && k + 1 < stop {
            match c[k + 1] {
                '"' | '\\' | '$' | '`' => {
                    cur.push(c[k + 1]);
                    k += 2;
                }
                '\n' => k += 2,
                '\r' if c.get(k + 2) == Some(&'\n') => k += 3,
                _ => {
                    cur.push('\\');
                    k += 1;
                }
            }
        } else {
            if !(close.is_none() && ch == '\r') {
                cur.push(ch);
            }
            k += 1;
        }
    }
    close.map_or(stop, |q| q + 1)
}

/// Ends the word being read, if one started (`''` is a word), as a token made by `word`.
pub(crate) fn finish_word<T>(toks: &mut Vec<T>, cur: &mut String, in_word: &mut bool, word: fn(String) -> T) {
    if *in_word {
        toks.push(word(std::mem::take(cur)));
        *in_word = false;
    }
}

/// After a `\` at `j - 1`, if only blanks follow it up to a newline or the end: (index after
/// that newline, whether there were blanks before it).
pub(crate) fn continuation_after(c: &[char], j: usize) -> Option<(usize, bool)> {
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

/// What a `\` outside quotes is.
pub(crate) enum Backslash {
    /// A line continuation ([`continuation_after`]): go on at `next`, the word ended first
    /// when blanks stood before the line break.
    Continuation {
        /// Where the command goes on.
        next: usize,
        /// Blanks stood between the `\` and the line break.
        blanks: bool,
    },
    /// A stray `\ ` between words (`--request GET \ --url …` on one line): skipped.
    Skipped,
    /// The next character, escaped: taken literally, two characters on.
    Escaped(char),
}

/// The `\` at `i` (outside quotes; `in_word`: a word has started).
pub(crate) fn backslash_at(c: &[char], i: usize, in_word: bool) -> Backslash {
    if let Some((next, blanks)) = continuation_after(c, i + 1) {
        Backslash::Continuation { next, blanks }
    } else if !in_word && matches!(c.get(i + 1), Some(' ' | '\t')) {
        Backslash::Skipped
    } else if let Some(&next) = c.get(i + 1) {
        Backslash::Escaped(next)
    } else {
        Backslash::Skipped
    }
}

/// Reads a single-quoted word whose text starts at `j` (after the `'`) into `cur`, verbatim;
/// returns the index after the closing quote. A quote left open closes at the end of its
/// line; with `multiline` the closing quote may be on a later line.
pub(crate) fn lex_single_quoted(c: &[char], j: usize, multiline: bool, cur: &mut String) -> usize {
    let e = eol(c, j);
    match c[j..].iter().position(|&q| q == '\'').filter(|&p| multiline || j + p < e) {
        Some(p) => {
            cur.extend(&c[j..j + p]);
            j + p + 1
        }
        None => {
            // left open: close it at the end of its line
            cur.extend(c[j..e].iter().filter(|&&q| q != '\r'));
            e
        }
    }
}

/// A `$(…)` starting at `i`, kept verbatim in `cur` (nested parentheses counted); returns the
/// index after its closing `)` (or the end of the text).
pub(crate) fn lex_command_substitution(c: &[char], mut i: usize, cur: &mut String) -> usize {
    let mut depth = 0usize;
    while i < c.len() {
        cur.push(c[i]);
        match c[i] {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    i
}

/// A `${…}` starting at `i`, kept verbatim in `cur` up to its `}` on the same line (or the
/// line's end); returns the index after it.
pub(crate) fn lex_braced_variable(c: &[char], i: usize, cur: &mut String) -> usize {
    let e = eol(c, i);
    let close = c[i..e].iter().position(|&b| b == '}').map_or(e, |p| i + p + 1);
    cur.extend(&c[i..close]);
    close
}

/// Whether the `&` at `i` stays in the word being read: `?a=1&b=2` left unquoted (a word has
/// started and no blank, `&` or `>` follows), not a shell operator.
pub(crate) fn ampersand_in_word(c: &[char], i: usize, in_word: bool) -> bool {
    in_word && c.get(i + 1).is_some_and(|nc| !nc.is_whitespace() && !matches!(nc, '&' | '>'))
}

/// The words a command lexer has collected so far: the tokens, the word being read, and
/// whether one is being read.
pub(crate) struct Words<T> {
    /// The tokens so far.
    pub(crate) toks: Vec<T>,
    /// The word being read.
    pub(crate) cur: String,
    /// A word is being read (`cur` may be empty: `''`).
    pub(crate) in_word: bool,
}

impl<T> Words<T> {
    /// Ends the word being read, if any, as a token.
    pub(crate) fn finish(&mut self, word: fn(String) -> T) {
        finish_word(&mut self.toks, &mut self.cur, &mut self.in_word, word);
    }
}

/// What a line break does to the command being lexed.
pub(crate) enum AtNewline {
    /// The command goes on at this index (a forgotten `\`).
    Continue(usize),
    /// The command stops; lexing ends at this index.
    Stop(usize),
}

/// What one command-line program's lexing adds to the shell's: its tokens, which lines carry
/// on without a `\`, which quotes may run over lines, and what `<`, `>`, `#` and `^` mean to it.
/// [`lex_command`] runs the shell's loop (blanks, `\`, quotes, `;|&)` and backticks, `$(…)`,
/// `${…}`) and calls these where the dialects differ.
pub(crate) trait Dialect {
    /// The tokens of this program's command.
    type Tok;
    /// A word as a token.
    fn word(w: String) -> Self::Tok;
    /// At the line break at `i`, the word before it finished.
    fn newline(&mut self, c: &[char], i: usize, words: &mut Words<Self::Tok>) -> AtNewline;
    /// `\` followed by `next` inside or outside a word: adds what the word keeps of it.
    fn escaped(&self, next: char, cur: &mut String) {
        cur.push(next);
    }
    /// Whether the quote opening at `i` may run over several lines.
    fn quote_spans_lines(&self, c: &[char], i: usize, words: &Words<Self::Tok>) -> bool;
    /// At a `<` or `>` at `i`: reads what it starts; returns where lexing goes on.
    fn angle(&mut self, c: &[char], i: usize, words: &mut Words<Self::Tok>) -> usize;
    /// At a `#` outside a word at `i`: skips the comment; returns where lexing goes on.
    fn comment(&self, c: &[char], i: usize) -> usize;
    /// At a `^` outside a word at `i`: where lexing goes on if it continues the line (cmd.exe).
    fn caret(&self, _c: &[char], _i: usize) -> Option<usize> {
        None
    }
    /// After the command stopped at `i`: reads what still belongs to it (a here-document);
    /// returns where it ends.
    fn end(&mut self, _c: &[char], i: usize, _words: &mut Words<Self::Tok>) -> usize {
        i
    }
}

/// Lexes the arguments of a command starting at `start` the way `dialect` reads them; returns
/// the tokens and where the command stopped (its terminating line break, `;`, `|`, `&`, `)` or
/// backtick, or the end of the text).
pub(crate) fn lex_command<D: Dialect>(dialect: &mut D, c: &[char], start: usize) -> (Vec<D::Tok>, usize) {
    let n = c.len();
    let mut w = Words { toks: Vec::new(), cur: String::new(), in_word: false };
    let mut i = start;
    while i < n {
        let ch = c[i];
        match ch {
            ' ' | '\t' | '\r' => {
                w.finish(D::word);
                i += 1;
            }
            '\n' => {
                w.finish(D::word);
                match dialect.newline(c, i, &mut w) {
                    AtNewline::Continue(next) => i = next,
                    AtNewline::Stop(at) => {
                        i = at;
                        break;
                    }
                }
            }
            '\\' => match backslash_at(c, i, w.in_word) {
                Backslash::Continuation { next, blanks } => {
                    if blanks {
                        w.finish(D::word);
                    }
                    i = next;
                }
                Backslash::Skipped => i += 1,
                Backslash::Escaped(next) => {
                    dialect.escaped(next, &mut w.cur);
                    w.in_word = true;
                    i += 2;
                }
            },
            '\'' => {
                let multiline = dialect.quote_spans_lines(c, i, &w);
                w.in_word = true;
                i = lex_single_quoted(c, i + 1, multiline, &mut w.cur);
            }
            '"' => {
                let multiline = dialect.quote_spans_lines(c, i, &w);
                w.in_word = true;
                i = lex_double_quoted(c, i + 1, multiline, &mut w.cur);
            }
            ';' | '|' | ')' | '`' => {
                w.finish(D::word);
                break;
            }
            '&' => {
                if ampersand_in_word(c, i, w.in_word) {
                    // `?a=1&b=2` left unquoted: keep the ampersand in the word
                    w.cur.push('&');
                    i += 1;
                } else {
                    w.finish(D::word);
                    break;
                }
            }
            '<' | '>' => i = dialect.angle(c, i, &mut w),
            '#' if !w.in_word => i = dialect.comment(c, i),
            '$' if c.get(i + 1) == Some(&'(') => {
                w.in_word = true;
                i = lex_command_substitution(c, i, &mut w.cur);
            }
            '$' if c.get(i + 1) == Some(&'{') => {
                w.in_word = true;
                i = lex_braced_variable(c, i, &mut w.cur);
            }
            _ => {
                if ch == '^' && !w.in_word {
                    if let Some(next) = dialect.caret(c, i) {
                        i = next;
                        continue;
                    }
                }
                w.cur.push(ch);
                w.in_word = true;
                i += 1;
            }
        }
    }
    w.finish(D::word);
    let i = dialect.end(c, i.min(n), &mut w);
    (w.toks, i.min(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn double_quotes_escapes_and_an_unclosed_quote() {
        let c = chars("\"a \\\"b\\\" \\$x\" rest");
        let mut cur = String::new();
        assert_eq!(lex_double_quoted(&c, 1, false, &mut cur), 13, "after the closing quote");
        assert_eq!(cur, "a \"b\" $x");
        let c = chars("\"open\nnext");
        let mut cur = String::new();
        assert_eq!(lex_double_quoted(&c, 1, false, &mut cur), 5);
        assert_eq!(cur, "open");
        assert_eq!(placeholder_len(&chars("<api key> x"), 0), Some(9));
        assert_eq!(placeholder_len(&chars("< 3"), 0), None);
        assert_eq!(eol(&chars("ab\ncd"), 0), 2);
    }

    #[test]
    fn single_quotes_substitutions_and_backslashes() {
        let mut cur = String::new();
        assert_eq!(lex_single_quoted(&chars("'a\\b' x"), 1, false, &mut cur), 5);
        assert_eq!(cur, "a\\b", "verbatim, no escapes");
        let mut cur = String::new();
        assert_eq!(lex_single_quoted(&chars("'open\r\nnext'"), 1, false, &mut cur), 6, "closed at its line's end");
        assert_eq!(cur, "open");
        let mut cur = String::new();
        assert_eq!(lex_single_quoted(&chars("'{\n}' x"), 1, true, &mut cur), 5, "multiline");
        assert_eq!(cur, "{\n}");
        let mut cur = String::new();
        assert_eq!(lex_command_substitution(&chars("$(a (b)) c"), 0, &mut cur), 8);
        assert_eq!(cur, "$(a (b))");
        let mut cur = String::new();
        assert_eq!(lex_braced_variable(&chars("${HOST}/x"), 0, &mut cur), 7);
        assert_eq!(cur, "${HOST}");
        assert!(matches!(backslash_at(&chars("\\ \n-X"), 0, true), Backslash::Continuation { next: 3, blanks: true }));
        assert!(matches!(backslash_at(&chars("\\ -X"), 0, false), Backslash::Skipped));
        assert!(matches!(backslash_at(&chars("\\\""), 0, false), Backslash::Escaped('"')));
        assert!(matches!(backslash_at(&chars("\\"), 0, true), Backslash::Continuation { next: 1, blanks: false }));
        assert!(ampersand_in_word(&chars("a&b"), 1, true));
        assert!(!ampersand_in_word(&chars("a &b"), 1, false) && !ampersand_in_word(&chars("a&&"), 1, true));
    }
}
