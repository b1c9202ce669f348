//! Table rows whose cells hold raw line breaks: a generator that copies a multi-line
//! description into a pipe table (`|200|OK|Returns a folder.⏎If you used ...|[Folder](#f)|`)
//! breaks the row over several lines, and Markdown then ends the table at the first blank line,
//! losing the rest of the row (its Schema cell) and every row after it. Such a row is joined back
//! into one line before the page is parsed: each line break inside it becomes a space, byte for
//! byte, so offsets and line numbers stay those of the page (the row is at its first line).
//!
//! A row is joined only when it is certain: it starts with `|` in a table whose header does, it
//! has fewer cell separators than the header, and the lines that follow (plain text or blank, at
//! most [`MAX_ROW_LINES`], none starting a row, a heading or a code fence) bring it exactly
//! the header's separator count, ending with `|`.

use std::borrow::Cow;

/// The most lines one broken row may span (a description of a few paragraphs).
const MAX_ROW_LINES: usize = 40;

/// `text` with every broken table row joined onto one line (see the module doc).
pub fn joined(text: &str) -> Cow<'_, str> {
    if !text.contains("|\n") && !text.contains("|\r\n") {
        return Cow::Borrowed(text);
    }
    // (start offset, line without its end) of each line.
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        lines.push((offset, raw.trim_end_matches(['\n', '\r'])));
        offset += raw.len();
    }
    let mut joins: Vec<(usize, usize)> = Vec::new(); // line ranges [first, last] to join
    let mut i = 0;
    while i + 1 < lines.len() {
        let header = lines[i].1.trim();
        if !(header.starts_with('|') && is_delimiter_row(lines[i + 1].1)) {
            i += 1;
            continue;
        }
        let needed = separators(header);
        let mut k = i + 2;
        while k < lines.len() {
            let row = lines[k].1.trim();
            if !row.starts_with('|') {
                break;
            }
            let count = separators(row);
            if count >= needed || row.ends_with('|') && count + 1 >= needed {
                k += 1;
                continue;
            }
            match row_end(&lines, k, count, needed) {
                Some(last) => {
                    joins.push((k, last));
                    k = last + 1;
                }
                None => k += 1,
            }
        }
        i = k.max(i + 1);
    }
    if joins.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for (first, last) in joins {
        let (start, end) = (lines[first].0, lines[last].0);
        for b in &mut bytes[start..end] {
            if *b == b'\n' || *b == b'\r' {
                *b = b' ';
            }
        }
    }
    // Only ASCII line breaks became ASCII spaces: the text is still UTF-8.
    Cow::Owned(String::from_utf8(bytes).expect("line breaks replaced by spaces keep UTF-8"))
}

/// The last line of the broken row starting at line `first` (which has `count` separators), if
/// the lines after it complete it to exactly `needed` separators, ending with `|`.
fn row_end(lines: &[(usize, &str)], first: usize, mut count: usize, needed: usize) -> Option<usize> {
    for (j, (_, line)) in lines.iter().enumerate().skip(first + 1).take(MAX_ROW_LINES) {
        let t = line.trim();
        if t.starts_with('|') || t.starts_with('#') || t.starts_with("```") || t.starts_with("~~~") {
            return None;
        }
        count += separators(t);
        if count > needed {
            return None;
        }
        if count == needed {
            return t.ends_with('|').then_some(j);
        }
    }
    None
}

/// The cell separators of a table line: its `|` characters not escaped by a backslash.
fn separators(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            n += 1;
        }
        escaped = c == '\\' && !escaped;
    }
    n
}

/// `|---|:--:|` (a table's delimiter row).
fn is_delimiter_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('-') && t.contains('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BROKEN: &str = "|Status|Meaning|Description|Schema|\n|---|---|---|---|\n|200|OK|Returns a folder.\nIf you used `sort`\n\nthe list changes.|[Folder](#schemafolder)|\n|404|Not Found|Gone.|None|\n";

    #[test]
    fn a_row_broken_over_lines_is_joined_in_place() {
        let out = joined(BROKEN);
        assert_eq!(out.len(), BROKEN.len(), "byte for byte");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[2],
            "|200|OK|Returns a folder. If you used `sort`  the list changes.|[Folder](#schemafolder)|"
        );
        assert_eq!(lines[3], "|404|Not Found|Gone.|None|");
    }

    #[test]
    fn whole_rows_and_rows_without_a_closing_pipe_are_left_alone() {
        let whole = "|a|b|\n|---|---|\n|1|2|\n|3|4|\n\ntext|\n";
        assert!(matches!(joined(whole), Cow::Borrowed(_)));
        // GFM allows a row without its last pipe; the next row does not complete it.
        let open = "|a|b|\n|---|---|\n|1|2\n|3|4|\n";
        assert_eq!(joined(open), open);
    }

    #[test]
    fn a_row_not_completed_exactly_is_left_alone() {
        let over = "|a|b|c|\n|---|---|---|\n|1|two\nlines|x|y|\n";
        assert_eq!(joined(over), over, "too many separators after the break");
        let fence = "|a|b|\n|---|---|\n|1|two\n```\ncode|\n```\n";
        assert_eq!(joined(fence), fence, "a code fence is no cell text");
    }

    #[test]
    fn escaped_pipes_are_no_separators() {
        assert_eq!(separators(r"|a \| b|c|"), 3);
        let text = "|a|b|\n|---|---|\n|x \\| y|one\ntwo|\n";
        assert_eq!(joined(text).lines().nth(2), Some("|x \\| y|one two|"));
    }
}
