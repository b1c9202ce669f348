//! Renders a comparison as a table with the lost and invented items under it, or as JSON.

use super::Report;
use serde::Serialize;

/// How many lost and invented items per category the table lists unless asked for all.
pub const LISTED: usize = 10;

/// `  0.973`; a ratio of a category is always defined (1.0 over nothing).
fn figure(x: f64) -> String {
    format!("{x:.3}")
}

/// The table of categories (original, imported, matched, recall, precision), then per
/// category the lost and invented items: the first [`LISTED`] of each, or all with `all`.
pub fn human(report: &Report, all: bool) -> String {
    let mut out = format!(
        "{:<20} {:>9} {:>9} {:>9} {:>7} {:>9}\n",
        "category", "original", "imported", "matched", "recall", "precision"
    );
    for c in &report.categories {
        out.push_str(&format!(
            "{:<20} {:>9} {:>9} {:>9} {:>7} {:>9}\n",
            c.name,
            c.original,
            c.imported,
            c.matched,
            figure(c.recall()),
            figure(c.precision())
        ));
    }
    for c in &report.categories {
        for (word, items) in [("lost", &c.lost), ("invented", &c.invented)] {
            if items.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{} {word} ({}):\n", c.name, items.len()));
            let shown = if all { items.len() } else { items.len().min(LISTED) };
            for item in &items[..shown] {
                out.push_str(&format!("  {item}\n"));
            }
            if shown < items.len() {
                out.push_str(&format!("  ... and {} more (--all lists them)\n", items.len() - shown));
            }
        }
    }
    out
}

/// `{"categories": [{"name", "original", "imported", "matched", "recall", "precision", "lost",
/// "invented"}]}`.
pub fn json(report: &Report) -> String {
    #[derive(Serialize)]
    struct Row<'a> {
        name: &'a str,
        original: usize,
        imported: usize,
        matched: usize,
        recall: f64,
        precision: f64,
        lost: &'a [String],
        invented: &'a [String],
    }
    #[derive(Serialize)]
    struct Out<'a> {
        categories: Vec<Row<'a>>,
    }
    let rows = report
        .categories
        .iter()
        .map(|c| Row {
            name: c.name,
            original: c.original,
            imported: c.imported,
            matched: c.matched,
            recall: c.recall(),
            precision: c.precision(),
            lost: &c.lost,
            invented: &c.invented,
        })
        .collect();
    serde_json::to_string_pretty(&Out { categories: rows }).unwrap_or_else(|_| "{}".into()) + "\n"
}
