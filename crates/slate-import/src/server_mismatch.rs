//! `server-mismatch`: request samples on a host that is not the stated server's, one report per
//! host naming the stated server's place and every sample's place (`file:line`, with the
//! operation it illustrates), so a maintainer can fix each sample or the statement.

use crate::curl::split_url;
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::model::Model;

/// At most this many places are named one by one; the rest are counted.
const PLACES_NAMED: usize = 20;

/// Reports the samples on `origin` (`n` of them), none of whose hosts the stated `server` (at
/// `stated_at`) has. At the first sample, naming the stated server's line and each sample.
pub(crate) fn report(
    evidence: &[SectionEvidence],
    model: &Model,
    origin: &str,
    server: &str,
    stated_at: &Pos,
    diags: &mut Diagnostics,
) {
    let places: Vec<&Pos> = evidence
        .iter()
        .flat_map(|e| e.curls.iter())
        .filter(|(c, _)| split_url(&c.url).origin.as_deref() == Some(origin))
        .map(|(_, pos)| pos)
        .collect();
    let Some(first) = places.first() else { return };
    let named: Vec<String> = places
        .iter()
        .take(PLACES_NAMED)
        .map(|pos| match model.operations.iter().find(|op| op.curls.iter().any(|(_, p)| p == *pos)) {
            Some(op) => format!("{pos} (`{} {}`)", op.method, op.path),
            None => pos.to_string(),
        })
        .collect();
    let more = match places.len().saturating_sub(PLACES_NAMED) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let stated = if stated_at.file.is_empty() { String::new() } else { format!(" at {stated_at}") };
    diags.warn_help(
        Code::ServerMismatch,
        first,
        format!(
            "{} sample(s) call `{origin}`, which is not the stated server `{server}`{stated}; the stated server was used: {}{more}",
            places.len(),
            named.join(", ")
        ),
        format!("make each sample call `{server}`, or state `{origin}` as a server where it is one"),
    );
}
