//! Lint: each operation's request samples call one of the operation's servers (its own, else
//! the API's) followed by its path. Where a sample on a host of any server of the spec does
//! not, a client generated from the spec would call another URL than the docs show by default
//! (a sample on another environment of the operation's servers is the same call after
//! `.server(..)`): a warning naming the operation and both URLs. (A sample on a host no server
//! has is reported once, as `server-mismatch`.)

use crate::blocks::Outline;
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::operation_servers::OperationServers;
use crate::url_template::UrlTemplate;
use std::collections::BTreeMap;

/// A sample's value for one segment written as a placeholder (`$ID`, `<id>`, `:id`, `{id}`)
/// matches any segment: the sample leaves it to the reader.
fn with_placeholders_as_values(url: &str) -> String {
    url.split('/')
        .map(|seg| match crate::paths::segments(seg).first() {
            Some(crate::paths::Segment::Named(_)) if !seg.is_empty() => "x".to_owned(),
            _ => seg.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A URL with plain HTTP read as HTTPS: a sample over `http://` of an HTTPS server calls the
/// same host (and a server over `http://` is compared the same way).
fn as_https(url: &str) -> String {
    match url.strip_prefix("http://") {
        Some(rest) => format!("https://{rest}"),
        None => url.to_owned(),
    }
}

/// The lone sample URLs (a code block that is one URL) of each operation that is the only one
/// of its sections: (URL, place) by operation index.
fn lone_urls<'a>(
    outline: &Outline,
    evidence: &'a [SectionEvidence],
    model: &Model,
) -> BTreeMap<usize, Vec<(&'a String, &'a Pos)>> {
    let owner = |s: usize| model.owner_of.get(s).copied().unwrap_or(s);
    let mut ops_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, op) in model.operations.iter().enumerate() {
        if let Some(s) = outline.section_at(&op.source) {
            ops_of.entry(owner(s)).or_default().push(i);
        }
    }
    let mut out: BTreeMap<usize, Vec<(&String, &Pos)>> = BTreeMap::new();
    for (s, ev) in evidence.iter().enumerate() {
        if let Some([only]) = ops_of.get(&owner(s)).map(Vec::as_slice) {
            out.entry(*only).or_default().extend(ev.sample_urls.iter().map(|(u, p)| (u, p)));
        }
    }
    out
}

/// Warns for every request sample whose URL no server of its operation + path gives.
pub(crate) fn check(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
    decided: &OperationServers,
    diags: &mut Diagnostics,
) {
    let lone = lone_urls(outline, evidence, model);
    // Hosts of the servers: a sample on another host is `server-mismatch`'s to report, once.
    let hosts: std::collections::BTreeSet<UrlTemplate> = decided
        .top
        .iter()
        .chain(decided.by_operation.values().flatten())
        .filter_map(|s| {
            as_https(&s.url)
                .split_once("://")
                .map(|(scheme, rest)| format!("{scheme}://{}", rest.split('/').next().unwrap_or("")))
        })
        .map(|origin| UrlTemplate::new(&origin))
        .collect();
    if hosts.is_empty() {
        return;
    }
    for (i, op) in model.operations.iter().enumerate() {
        let servers = decided.of(i);
        let full: Vec<UrlTemplate> = servers
            .iter()
            .map(|s| UrlTemplate::new(&format!("{}{}", as_https(&s.url).trim_end_matches('/'), op.path)))
            .collect();
        let curls = op.curls.iter().map(|(c, p)| (&c.url, p));
        for (url, pos) in curls.chain(lone.get(&i).into_iter().flatten().copied()) {
            let split = split_url(url);
            let Some(origin) = split.origin.filter(|o| o.starts_with("http") && !o.contains(['$', '{', '<'])) else {
                continue;
            };
            let origin = as_https(&origin);
            let sample = with_placeholders_as_values(&format!("{origin}{}", split.path));
            if !hosts.iter().any(|h| h.is_match(&origin)) || full.iter().any(|r| r.is_match(&sample)) {
                continue;
            }
            diags.warn_help(
                Code::SampleUrlMismatch,
                pos,
                format!(
                    "the sample of `{} {}` calls `{origin}{}`, which no server of the spec followed by the path gives (the client calls `{}{}`)",
                    op.method,
                    op.path,
                    split.path,
                    servers[0].url.trim_end_matches('/'),
                    op.path
                ),
                "make the sample, the request line and the stated base URL agree",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_match_server_and_path_whatever_their_placeholders() {
        let r = UrlTemplate::new("https://{shop}.api.test/v1/orders/{id}");
        assert!(r.is_match("https://acme.api.test/v1/orders/42"));
        assert!(r.is_match(&with_placeholders_as_values("https://acme.api.test/v1/orders/$ORDER_ID")));
        assert!(!r.is_match("https://acme.api.test/orders/42"), "the base path is missing");
    }
}
