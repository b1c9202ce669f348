//! Operations only samples show: groups without a declared line take their operations from
//! their curl examples; a sample that repeats an operation found elsewhere is a usage example.

use super::{effective_method, Candidate, Groups, Strip};
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics};
use crate::evidence::SectionEvidence;
use crate::paths::{self, same_endpoint};
use crate::url_slips::sent_to_the_readers_server;
use std::collections::BTreeSet;

/// Adds the operations of the groups without a declared line, from their samples.
pub(super) fn from_samples(
    candidates: &mut Vec<Candidate>,
    groups: &Groups,
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) {
    // 3. Groups without a declared line: operations from their curl examples.
    let declared_owners: BTreeSet<usize> = candidates.iter().map(|c| c.owner).collect();
    let mut from_curl: Vec<Candidate> = Vec::new();
    for (&owner, members) in groups {
        if declared_owners.contains(&owner) {
            continue;
        }
        if members.iter().any(|&m| evidence[m].callback) {
            for (_, pos) in members.iter().flat_map(|&m| evidence[m].curls.iter()) {
                diags.info(
                    Code::NotAnOperation,
                    pos,
                    "request sample of a callback or redirect the section declares: not an operation",
                );
            }
            continue;
        }
        for &m in members {
            for (call, pos) in &evidence[m].curls {
                let split = split_url(&call.url);
                let path = strip(&split.path);
                if !split.path.starts_with('/') || path == "/" || path.is_empty() {
                    diags.info(
                        Code::CurlNotOperation,
                        pos,
                        format!("curl example to `{}` names no endpoint path; not an operation", call.url),
                    );
                    continue;
                }
                if call.explicit_method.as_deref().is_some_and(|m| m.starts_with(['$', '{', '<'])) {
                    diags.info(
                        Code::CurlNotOperation,
                        pos,
                        format!("request sample with the method `{}` as a variable: a template for every request, not an operation", call.explicit_method.as_deref().unwrap_or("")),
                    );
                    continue;
                }
                if sent_to_the_readers_server(&split) {
                    diags.info(
                        Code::NotAnOperation,
                        pos,
                        format!("request sample to `{}`: a webhook or callback the API sends to the reader's own server, not an operation", call.url),
                    );
                    continue;
                }
                if crate::credentials::is_token_request(call) {
                    // RFC 6749's token request: how the client gets its credentials, which the
                    // auth scheme describes; not an operation of the API.
                    diags.info(
                        Code::NotAnOperation,
                        pos,
                        format!(
                            "request sample to `{}` is an OAuth 2 token request (`grant_type`): auth, not an operation",
                            call.url
                        ),
                    );
                    continue;
                }
                if crate::sample_methods::refused(call, pos, diags) {
                    continue;
                }
                let method = effective_method(call);
                if call.explicit_method.as_deref().is_some_and(|m| m.to_ascii_uppercase() != method) {
                    diags.warn(
                        Code::MethodTypo,
                        pos,
                        format!("curl method `{}` read as `{method}`", call.explicit_method.as_deref().unwrap_or("")),
                    );
                }
                if from_curl
                    .iter()
                    .any(|c| c.owner == owner && c.method == method && same_endpoint(&strip(&c.written_path), &path))
                {
                    continue;
                }
                from_curl.push(Candidate {
                    owner,
                    method,
                    written_path: split.path.clone(),
                    query: split.query.iter().map(|(k, v)| (k.clone(), v.clone(), pos.clone())).collect(),
                    pos: pos.clone(),
                });
            }
        }
    }
    // A curl-only candidate that repeats an operation found elsewhere is a usage example: the
    // operation stays with the declared one, else with the group that says most about it.
    let weight = |c: &Candidate| -> usize {
        groups[&c.owner].iter().map(|m| evidence[*m].examples.len() + evidence[*m].tables.len()).sum()
    };
    let mut kept: Vec<Candidate> = Vec::new();
    for c in &from_curl {
        let path = strip(&c.written_path);
        let rival = from_curl
            .iter()
            .filter(|d| d.owner != c.owner && d.method == c.method && same_endpoint(&strip(&d.written_path), &path));
        let beaten = rival.into_iter().any(|d| weight(d) > weight(c) || weight(d) == weight(c) && d.owner < c.owner);
        // A sample's literal id (`qag4fe_o6`) where a declared path has a placeholder is still
        // that operation: the declared line says which segment varies.
        let elsewhere = beaten
            || candidates.iter().any(|d| {
                let declared = strip(&d.written_path);
                d.method == c.method && (same_endpoint(&declared, &path) || paths::example_matches(&declared, &path))
            });
        if elsewhere {
            diags.info(
                Code::CurlExampleOnly,
                &c.pos,
                format!("curl example of `{} {path}`, an operation described in another section", c.method),
            );
            continue;
        }
        kept.push(c.clone());
    }
    candidates.extend(kept);
}
