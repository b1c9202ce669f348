//! Lint: each operation's request samples call one of the operation's servers (its own, else
//! the API's) followed by its path. Where a sample on a host of any server of the spec does
//! not, a client generated from the spec would call another URL than the docs show by default
//! (a sample on another environment of the operation's servers is the same call after
//! `.server(..)`): a warning naming the operation and both URLs. (A sample on a host no server
//! has is reported once, as `server-mismatch`.)

use crate::curl::split_url;
use crate::diag::{Code, Diagnostics};
use crate::model::Model;
use crate::operation_servers::OperationServers;
use crate::url_template::UrlTemplate;

/// `template` as a pattern: `{variables}` and placeholders match one segment or host label.
fn pattern(template: &str) -> Option<UrlTemplate> {
    Some(UrlTemplate::new(template))
}

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

/// Warns for every request sample whose URL no server of its operation + path gives.
pub(crate) fn check(model: &Model, decided: &OperationServers, diags: &mut Diagnostics) {
    // Hosts of the servers: a sample on another host is `server-mismatch`'s to report, once.
    let hosts: std::collections::BTreeSet<UrlTemplate> = decided
        .top
        .iter()
        .chain(decided.by_operation.values().flatten())
        .filter_map(|s| {
            let origin = s
                .url
                .split_once("://")
                .map(|(scheme, rest)| format!("{scheme}://{}", rest.split('/').next().unwrap_or("")));
            pattern(&origin?)
        })
        .collect();
    if hosts.is_empty() {
        return;
    }
    for (i, op) in model.operations.iter().enumerate() {
        let servers = decided.of(i);
        let full: Vec<UrlTemplate> =
            servers.iter().filter_map(|s| pattern(&format!("{}{}", s.url.trim_end_matches('/'), op.path))).collect();
        for (call, pos) in &op.curls {
            let split = split_url(&call.url);
            let Some(origin) = split.origin.filter(|o| o.starts_with("http") && !o.contains(['$', '{', '<'])) else {
                continue;
            };
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
        let r = pattern("https://{shop}.api.test/v1/orders/{id}").expect("pattern");
        assert!(r.is_match("https://acme.api.test/v1/orders/42"));
        assert!(r.is_match(&with_placeholders_as_values("https://acme.api.test/v1/orders/$ORDER_ID")));
        assert!(!r.is_match("https://acme.api.test/orders/42"), "the base path is missing");
    }
}
