//! `server-mismatch`: request samples on a host that is not the stated server's, one report per
//! host naming the stated server's place and every sample's place (`file:line`, with the
//! operation it illustrates), so a maintainer can fix each sample or the statement. Samples are
//! curl commands anywhere and, in an operation's sections, code blocks that are one URL.

use crate::blocks::Outline;
use crate::curl::split_url;
use crate::diag::{Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use std::collections::BTreeSet;

/// At most this many places are named one by one; the rest are counted.
const PLACES_NAMED: usize = 20;

/// Every sample with the origin it calls and its place, in the docs' order: (origin, place,
/// owner section).
fn samples<'a>(evidence: &'a [SectionEvidence], model: &Model) -> Vec<(String, &'a Pos, usize)> {
    let mut out = Vec::new();
    for (i, ev) in evidence.iter().enumerate() {
        let owner = model.owner_of.get(i).copied().unwrap_or(i);
        for (c, pos) in &ev.curls {
            if let Some(o) = split_url(&c.url).origin {
                out.push((o, pos, owner));
            }
        }
        if model.operation_sections.contains(&owner) {
            for (url, pos) in &ev.sample_urls {
                if let Some(o) = split_url(url).origin.filter(|o| o.starts_with("http")) {
                    out.push((o, pos, owner));
                }
            }
        }
    }
    out
}

/// An origin as a client compares it: lowercased, plain HTTP as HTTPS (every sample over
/// `http://` of an HTTPS API calls the same host).
fn canonical(origin: &str) -> String {
    let o = origin.to_ascii_lowercase();
    match o.strip_prefix("http://") {
        Some(rest) => format!("https://{rest}"),
        None => o,
    }
}

/// The origins samples call (see [`samples`]) that no section states as a base explicitly (a
/// resource's own host list is stated, for its operations), each under the spelling the first
/// sample gives it.
pub(crate) fn origins(outline: &Outline, evidence: &[SectionEvidence], model: &Model) -> Vec<String> {
    let stated: BTreeSet<String> = (0..outline.sections.len())
        .flat_map(|i| crate::server_statements::stated(outline, i))
        .filter(|s| s.explicit)
        .filter_map(|s| split_url(&s.url).origin.map(|o| canonical(&o)))
        .collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (o, _, _) in samples(evidence, model) {
        let c = canonical(&o);
        if !stated.contains(&c) && seen.insert(c) {
            out.push(o);
        }
    }
    out.sort();
    out
}

/// Whether `server` (a URL) is on `origin`, whatever the case and `http`/`https`.
pub(crate) fn on_origin(server: &str, origin: &str) -> bool {
    canonical(server).starts_with(&canonical(origin))
}

/// Reports the samples on `origin`, none of whose hosts the stated `server` (at `stated_at`)
/// has. At the first sample, naming the stated server's line and each sample.
pub(crate) fn report(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
    origin: &str,
    server: &str,
    stated_at: &Pos,
    diags: &mut Diagnostics,
) {
    let places: Vec<(&Pos, usize)> = samples(evidence, model)
        .into_iter()
        .filter(|(o, _, _)| canonical(o) == canonical(origin))
        .map(|(_, p, s)| (p, s))
        .collect();
    let Some((first, _)) = places.first() else { return };
    let operation = |pos: &Pos, owner: usize| {
        model.operations.iter().find(|op| op.curls.iter().any(|(_, p)| p == pos)).or_else(|| {
            let mut in_section = model
                .operations
                .iter()
                .filter(|op| outline.section_at(&op.source).and_then(|s| model.owner_of.get(s)) == Some(&owner));
            // A lone URL names its operation only where its section has one.
            match (in_section.next(), in_section.next()) {
                (Some(op), None) => Some(op),
                _ => None,
            }
        })
    };
    let named: Vec<String> = places
        .iter()
        .take(PLACES_NAMED)
        .map(|(pos, owner)| match operation(pos, *owner) {
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
        crate::diag::Code::ServerMismatch,
        first,
        format!(
            "{} sample(s) call `{origin}`, which is not the stated server `{server}`{stated}; the stated server was used: {}{more}",
            places.len(),
            named.join(", ")
        ),
        format!("make each sample call `{server}`, or state `{origin}` as a server where it is one"),
    );
}
