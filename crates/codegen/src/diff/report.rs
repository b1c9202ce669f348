//! Renders changes as text, JSON, Markdown or GitHub Actions workflow commands, groups
//! repeated changes, and decides whether they should fail a build.
//!
//! Every format lists errors first, then warnings, then info (each level in the diff's order),
//! and sums up the levels. A group is the changes that share a kind and a message (the same
//! field removed from twelve responses); groups of two or more are listed once under
//! "repeated changes" (text, Markdown), `repeated` (JSON), or in the closing notice (GitHub).

use super::{Change, ChangeKind, Severity};
use crate::ci;
use serde::Serialize;

/// When `codegen diff` exits with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// When an error-level change exists (the default; `--fail-on breaking` is this).
    Error,
    /// When an error- or warning-level change exists.
    Warning,
    /// When any change exists (`--fail-on any` is this).
    Info,
    /// Never.
    None,
}

impl FailOn {
    /// Whether `changes` meet this condition.
    pub fn is_met(self, changes: &[Change]) -> bool {
        let worst = match self {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
            FailOn::None => return false,
        };
        changes.iter().any(|c| c.severity <= worst)
    }
}

/// Changes sharing a kind and a message, e.g. one field removed from many responses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group<'a> {
    /// The kind of every change of the group.
    pub kind: ChangeKind,
    /// Its level.
    pub severity: Severity,
    /// The message every change of the group has.
    pub message: &'a str,
    /// How many changes.
    pub count: usize,
    /// Where, in the diff's order.
    pub locations: Vec<&'a str>,
}

impl Group<'_> {
    /// `field `email` removed in 12 responses`: the message, the count, and what the
    /// locations have in common (responses, request bodies, parameters, operations, places).
    pub fn headline(&self) -> String {
        let noun = |l: &str| {
            if l.contains(" response ") {
                "responses"
            } else if l.contains(" request body") {
                "request bodies"
            } else if l.contains(" parameter ") {
                "parameters"
            } else if l.split(' ').count() == 2 && l.split(' ').nth(1).is_some_and(|p| p.starts_with('/')) {
                "operations"
            } else {
                "places"
            }
        };
        let first = self.locations.first().map_or("places", |l| noun(l));
        let noun = if self.locations.iter().all(|l| noun(l) == first) { first } else { "places" };
        format!("{} in {} {noun}", self.message, self.count)
    }
}

/// The changes grouped by (level, kind, message), most severe first, then in the order of each
/// group's first change.
pub fn groups(changes: &[Change]) -> Vec<Group<'_>> {
    let mut out: Vec<Group> = Vec::new();
    for severity in Severity::ALL {
        let first = out.len();
        for c in changes.iter().filter(|c| c.severity == severity) {
            match out[first..].iter_mut().find(|g| g.kind == c.kind && g.message == c.message) {
                Some(g) => {
                    g.count += 1;
                    g.locations.push(&c.location);
                }
                None => out.push(Group {
                    kind: c.kind,
                    severity,
                    message: &c.message,
                    count: 1,
                    locations: vec![&c.location],
                }),
            }
        }
    }
    out
}

fn count(changes: &[Change], severity: Severity) -> usize {
    changes.iter().filter(|c| c.severity == severity).count()
}

/// `2 error(s), 3 warning(s), 5 info`.
pub fn summary(changes: &[Change]) -> String {
    format!(
        "{} error(s), {} warning(s), {} info\n",
        count(changes, Severity::Error),
        count(changes, Severity::Warning),
        count(changes, Severity::Info)
    )
}

/// The changes in level order.
fn ordered(changes: &[Change]) -> impl Iterator<Item = &Change> {
    Severity::ALL.into_iter().flat_map(move |s| changes.iter().filter(move |c| c.severity == s))
}

/// One line per change, errors first, then the repeated changes once each, then the summary.
pub fn text(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in ordered(changes) {
        out.push_str(&format!("{:<9}{c}\n", c.severity.code()));
    }
    let repeated: Vec<Group> = groups(changes).into_iter().filter(|g| g.count > 1).collect();
    if !repeated.is_empty() {
        out.push_str("repeated changes:\n");
        for g in repeated {
            out.push_str(&format!("  {:<9}{} [{}]\n", g.severity.code(), g.headline(), g.kind));
        }
    }
    out.push_str(&summary(changes));
    out
}

/// `{"error": n, "warning": m, "info": k, "changes": [{"kind", "severity", "location",
/// "message", "source"?}], "repeated": [{"kind", "severity", "message", "count", "locations"}]}`.
pub fn json(changes: &[Change]) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        error: usize,
        warning: usize,
        info: usize,
        changes: Vec<&'a Change>,
        repeated: Vec<Group<'a>>,
    }
    let report = Report {
        error: count(changes, Severity::Error),
        warning: count(changes, Severity::Warning),
        info: count(changes, Severity::Info),
        changes: ordered(changes).collect(),
        repeated: groups(changes).into_iter().filter(|g| g.count > 1).collect(),
    };
    serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into()) + "\n"
}

/// Escapes a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Locations shown per group in Markdown before "and N more".
const MARKDOWN_LOCATIONS: usize = 10;

/// A Markdown report (for a pull-request comment): the summary, then a table with one row per
/// group, errors first.
pub fn markdown(changes: &[Change]) -> String {
    let mut out = String::from("## API changes\n\n");
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    out.push_str(&format!(
        "**{} error(s)**, {} warning(s), {} info\n\n",
        count(changes, Severity::Error),
        count(changes, Severity::Warning),
        count(changes, Severity::Info)
    ));
    out.push_str("| level | change | kind | where |\n|---|---|---|---|\n");
    for g in groups(changes) {
        let what = if g.count > 1 { g.headline() } else { g.message.to_owned() };
        let mut places: Vec<String> =
            g.locations.iter().take(MARKDOWN_LOCATIONS).map(|l| format!("`{}`", l.replace('`', "'"))).collect();
        if g.count > MARKDOWN_LOCATIONS {
            places.push(format!("and {} more", g.count - MARKDOWN_LOCATIONS));
        }
        out.push_str(&format!(
            "| {} | {} | `{}` | {} |\n",
            g.severity.code(),
            cell(&what),
            g.kind,
            cell(&places.join("<br>"))
        ));
    }
    out
}

/// A file and a 1-based line for a change, when one is known.
pub type Place = Option<(String, usize)>;

/// GitHub Actions workflow commands: `::error file=F,line=L,title=diff KIND::LOCATION: MESSAGE`
/// per change (`::warning`, `::notice` for the other levels; no `file` where `place` knows
/// none), then one `::notice` with the summary and the repeated changes.
pub fn github(changes: &[Change], place: impl Fn(&Change) -> Place) -> String {
    let mut out = String::new();
    for c in ordered(changes) {
        let title = format!("codegen diff: {}", c.kind);
        let level = match c.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        out.push_str(&ci::github_command(level, place(c), &title, &format!("{}: {}", c.location, c.message)));
    }
    let mut summary = summary(changes);
    for g in groups(changes).into_iter().filter(|g| g.count > 1) {
        summary.push_str(&format!("{} {} [{}]\n", g.severity.code(), g.headline(), g.kind));
    }
    out.push_str(&ci::github_command("notice", None, "codegen diff", summary.trim_end()));
    out
}
