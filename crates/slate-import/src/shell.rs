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
}
