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
