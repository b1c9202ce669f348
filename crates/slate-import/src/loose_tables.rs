//! A pipe table Markdown does not recognise because its delimiter row has another number of
//! cells than its header (`| a | b |` over `|---|---|---|`): GFM then renders the lines as a
//! paragraph. It is still the table its author wrote; read it as one, and say so.

use crate::blocks::{Cell, Row};

/// The header and rows of a paragraph that is a pipe table whose delimiter row's cell count
/// differs from its header's, with both counts; `line` is the paragraph's first line.
pub fn read(text: &str, line: usize) -> Option<(Vec<Cell>, Vec<Row>, usize, usize)> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    if lines.len() < 3 || !lines.iter().all(|l| l.contains('|')) {
        return None;
    }
    let header = cells(lines[0]);
    let delimiter = cells(lines[1]);
    let is_delimiter = !delimiter.is_empty()
        && delimiter.iter().all(|c| {
            let t = c.trim_matches(':');
            !t.is_empty() && t.chars().all(|ch| ch == '-')
        });
    if !is_delimiter || delimiter.len() == header.len() || header.len() < 2 {
        return None;
    }
    let cell = |t: &str| Cell { text: t.to_owned(), bold: false };
    let rows = lines[2..]
        .iter()
        .enumerate()
        .map(|(k, l)| Row { cells: cells(l).iter().take(header.len()).map(|t| cell(t)).collect(), line: line + 2 + k })
        .collect();
    Some((header.iter().map(|t| cell(t)).collect(), rows, header.len(), delimiter.len()))
}

/// The cells of one table line, outer pipes dropped (a `\|` stays in its cell).
fn cells(line: &str) -> Vec<String> {
    let l = line.trim();
    let l = l.strip_prefix('|').unwrap_or(l);
    let l = l.strip_suffix('|').filter(|r| !r.ends_with('\\')).unwrap_or(l);
    let mut out = vec![String::new()];
    let mut chars = l.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                if let Some(s) = out.last_mut() {
                    s.push('|');
                }
                chars.next();
            }
            '|' => out.push(String::new()),
            _ => {
                if let Some(s) = out.last_mut() {
                    s.push(c);
                }
            }
        }
    }
    out.into_iter().map(|s| s.trim().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delimiter_row_of_another_width() {
        let text = "| Parameter | Required | Type | Description |\n|---|---|---|---|---|\n| limit | no | integer | How many |\n| offset | no | integer | How many to skip |";
        let (header, rows, h, d) = read(text, 10).expect("a table");
        assert_eq!((h, d), (4, 5));
        assert_eq!(header[0].text, "Parameter");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].cells[0].text, "offset");
        assert_eq!(rows[1].line, 13);
        // A table Markdown reads itself, and prose with pipes, are not this.
        assert!(read("| a | b |\n|---|---|\n| 1 | 2 |", 1).is_none());
        assert!(read("a | b\nc | d\ne | f", 1).is_none());
    }
}
