//! The `json-defect` warnings of one JSON example: one per kind of defect, at its first line.
//!
//! Docs that annotate their examples do so on every line (`"id": 1, // Order ID`), and docs
//! that cut their examples short do so in every array; a warning per line buries the one
//! example that has a real slip among hundreds of the same note. A kind of defect that occurs
//! once is reported as it is; one that repeats in the block is reported once, at its first
//! line, with the count and every line it occurs on.

use crate::diag::{Code, Diagnostics, Pos};
use crate::lenient_json::JsonDefect;
use std::collections::BTreeMap;

/// How many lines a repeated defect's warning lists before counting the rest.
const LISTED_LINES: usize = 10;

/// The defect's stable category: its message up to the first `: ` (``elision `...` ``,
/// `unquoted key`).
fn category(defect: &JsonDefect) -> &str {
    defect.message.split_once(": ").map_or(defect.message.as_str(), |(category, _)| category)
}

/// Reports the defects of the JSON example whose text starts at `block` (defect lines are
/// relative to it): one warning per category, in the order each category first occurs.
pub(crate) fn report(defects: &[JsonDefect], block: &Pos, diags: &mut Diagnostics) {
    let mut by_category: BTreeMap<&str, Vec<&JsonDefect>> = BTreeMap::new();
    for d in defects {
        by_category.entry(category(d)).or_default().push(d);
    }
    let mut groups: Vec<Vec<&JsonDefect>> = by_category.into_values().collect();
    groups.sort_by_key(|g| g[0].line);
    for group in groups {
        let first = group[0];
        let at = Pos::new(&block.file, block.line + first.line);
        let message = match group.as_slice() {
            [only] => format!("JSON example: {}", only.message),
            _ => {
                let mut lines: Vec<String> =
                    group.iter().take(LISTED_LINES).map(|d| (block.line + d.line).to_string()).collect();
                if group.len() > LISTED_LINES {
                    lines.push(format!("and {} more", group.len() - LISTED_LINES));
                }
                let detail = first.message.split_once(": ").map(|(_, d)| format!("; the first: {d}"));
                format!(
                    "JSON example: {} ({} times in this example, at lines {}){}",
                    category(first),
                    group.len(),
                    lines.join(", "),
                    detail.unwrap_or_default()
                )
            }
        };
        diags.warn(Code::JsonDefect, &at, message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defect(line: usize, message: &str) -> JsonDefect {
        JsonDefect { line, message: message.into() }
    }

    #[test]
    fn a_repeated_kind_is_one_warning_listing_its_lines_and_a_single_one_stays_as_it_is() {
        let defects = [
            defect(1, "comment"),
            defect(2, "unquoted key: `state`"),
            defect(3, "comment"),
            defect(5, "comment"),
            defect(6, "unquoted value: `a` read as a string"),
            defect(7, "unquoted value: `b` read as a string"),
        ];
        let mut diags = Diagnostics::new();
        report(&defects, &Pos::new("a.md", 10), &mut diags);
        let got: Vec<(usize, String)> = diags.into_sorted().into_iter().map(|d| (d.line, d.message)).collect();
        assert_eq!(
            got,
            [
                (11, "JSON example: comment (3 times in this example, at lines 11, 13, 15)".to_owned()),
                (12, "JSON example: unquoted key: `state`".to_owned()),
                (
                    16,
                    "JSON example: unquoted value (2 times in this example, at lines 16, 17); the first: `a` read as a string"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_long_run_lists_ten_lines_and_counts_the_rest() {
        let defects: Vec<JsonDefect> = (0..13).map(|i| defect(i, "elision `...`")).collect();
        let mut diags = Diagnostics::new();
        report(&defects, &Pos::new("a.md", 1), &mut diags);
        let all = diags.into_sorted();
        assert_eq!(all.len(), 1);
        assert!(all[0].message.contains("13 times"), "{}", all[0].message);
        assert!(all[0].message.contains("at lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, and 3 more"), "{}", all[0].message);
    }
}
