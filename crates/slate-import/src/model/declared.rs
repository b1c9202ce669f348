//! The operations a group declares: its request lines ("or"-joined forms of one method
//! merged, method and URL stated apart), typos and slips repaired, and the index's request line
//! where a page's own is wrong.

use super::{effective_method, Candidate, Groups, Strip};
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::paths::{self, same_endpoint};
use crate::request_line::Declared;
use crate::url_slips::{query_pair_in_path, repaired_url};
use std::collections::BTreeMap;

/// The declared candidates, per group.
pub(super) fn candidates(
    groups: &Groups,
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) -> Vec<Candidate> {
    // 1. Declared candidates, per group, "or"-joined forms of one method merged. A group
    //    without a request line whose method and URL are stated apart (`**Method**` and
    //    `**URL**` fields, an `HTTP Method` table row and a "Request URL" heading) declares one.
    let mut candidates: Vec<Candidate> = Vec::new();
    for (&owner, members) in groups {
        let mut declared: Vec<Candidate> = Vec::new();
        let apart = stated_apart(members, evidence);
        let apart_count = apart.len();
        for (k, (d, pos)) in members.iter().flat_map(|&m| evidence[m].declared.iter()).chain(apart.iter()).enumerate() {
            // URLs stated apart were already told apart as distinct paths (an id form and a
            // lookup form): never merged as examples of each other.
            let is_apart = apart_count > 0 && k >= members.iter().map(|&m| evidence[m].declared.len()).sum::<usize>();
            {
                if d.is_typo() {
                    diags.warn_help(
                        Code::MethodTypo,
                        pos,
                        format!("`{}` is not an HTTP method; read as `{}`", d.written_method, d.method),
                        format!("write `{} {}`", d.method, d.url),
                    );
                }
                let url = match repaired_url(&d.url) {
                    Some((fixed, why)) => {
                        diags.warn_help(
                            Code::DeclaredPathOverridden,
                            pos,
                            format!("`{} {}` {why}; read as `{fixed}`", d.method, d.url),
                            "correct the request URL",
                        );
                        fixed
                    }
                    None => d.url.clone(),
                };
                let mut split = split_url(&url);
                if let Some((parent, name, value)) = query_pair_in_path(&split.path) {
                    diags.warn_help(
                        Code::DeclaredPathOverridden,
                        pos,
                        format!("`{} {}` ends in the query pair `{name}={value}` with its `?` left out; read as `{parent}?{name}={value}`", d.method, split.path),
                        "write the query string after a `?`",
                    );
                    split.path = parent;
                    split.query.push((name, value));
                }
                let query: Vec<(String, String, Pos)> =
                    split.query.iter().map(|(k, v)| (k.clone(), v.clone(), pos.clone())).collect();
                if let Some(prev) = declared.iter_mut().rev().find(|c| c.method == d.method) {
                    if same_endpoint(&strip(&prev.written_path), &strip(&split.path)) {
                        prev.query.extend(query);
                        continue;
                    }
                    // `GET v1/users/173/friends` after `GET users/:id/friends`: an example
                    // request of the declared one (concrete ids, maybe the version prefix).
                    if paths::example_matches(
                        &paths::without_root(&strip(&prev.written_path)),
                        &paths::without_root(&strip(&split.path)),
                    ) && !d.joined_with_previous
                        && !is_apart
                    {
                        prev.query.extend(query);
                        continue;
                    }
                    if d.joined_with_previous {
                        diags.warn(
                            Code::AlternativePath,
                            pos,
                            format!(
                                "`{} {}` is joined by \"or\" to `{} {}` but names a different path; \
                                 kept as one operation at the first path",
                                d.method, split.path, prev.method, prev.written_path
                            ),
                        );
                        prev.query.extend(query);
                        continue;
                    }
                }
                declared.push(Candidate {
                    owner,
                    method: d.method.clone(),
                    written_path: split.path,
                    query,
                    pos: pos.clone(),
                });
            }
        }
        candidates.extend(declared);
    }
    candidates
}

/// Where an index names a page's request line (see below), the index's line replaces one of
/// the page's that is wrong.
pub(super) fn index_lines(
    candidates: &mut [Candidate],
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) {
    // 1b. An index that links a page and names its request line is a second statement of that
    //     page's operation: where the page's own line duplicates another page's operation or
    //     differs from the index's by a misspelling (`/profile` for `/profiles`), the index's
    //     line is the one meant.
    let index: Vec<(&String, &Declared, &Pos)> =
        evidence.iter().flat_map(|ev| ev.index_lines.iter().map(|(p, d, pos)| (p, d, pos))).collect();
    let mut shapes: BTreeMap<(String, Vec<String>), usize> = BTreeMap::new();
    for c in candidates.iter() {
        *shapes.entry((c.method.clone(), paths::shape(&strip(&c.written_path)))).or_default() += 1;
    }
    let all_paths: Vec<String> = candidates.iter().map(|c| strip(&c.written_path)).collect();
    for c in candidates.iter_mut() {
        let lines: Vec<_> = index.iter().filter(|(p, d, _)| **p == c.pos.file && d.method == c.method).collect();
        let [(_, d, at)] = lines.as_slice() else { continue };
        let listed = split_url(&d.url).path;
        let own = strip(&c.written_path);
        if same_endpoint(&own, &strip(&listed)) {
            continue;
        }
        // Only a listed path other operations corroborate (the path of one, or the collection
        // above one): an index can be wrong too.
        let under = format!("{}/", strip(&listed).trim_end_matches('/'));
        if !all_paths.iter().any(|p| same_endpoint(p, &strip(&listed)) || p.starts_with(&under)) {
            continue;
        }
        let duplicate = shapes.get(&(c.method.clone(), paths::shape(&own))).copied().unwrap_or(0) > 1;
        let why = if duplicate {
            "duplicates another page's operation"
        } else if paths::differs_by_typo(&own, &strip(&listed)) {
            "differs from it by a misspelling"
        } else {
            continue;
        };
        diags.warn_help(
            Code::DeclaredPathOverridden,
            &c.pos,
            format!("the page declares `{} {own}`, which {why}; the index ({at}) lists the page as `{} {listed}`, which was chosen", c.method, c.method),
            "make the page's request line and the index agree",
        );
        c.written_path = listed;
    }
}

/// The request lines a group states apart, as method and URL in separate places, when it has
/// no request line of its own. Full URLs (with their host) are the request URLs: each distinct
/// path among them is one operation (an id form and a lookup form); without any, the first URL.
fn stated_apart(members: &[usize], evidence: &[SectionEvidence]) -> Vec<(Declared, Pos)> {
    if members.iter().any(|&m| !evidence[m].declared.is_empty()) {
        return Vec::new();
    }
    let urls: Vec<&(String, Pos)> = members.iter().flat_map(|&m| evidence[m].stated_urls.iter()).collect();
    let mut chosen: Vec<(String, Pos)> = Vec::new();
    // The same path stated again with another query (`?extRefId=<v>`, then `?surveyId=<v>`):
    // one operation taking both.
    let add = |chosen: &mut Vec<(String, Pos)>, url: &str, pos: &Pos| {
        let url = url.split_whitespace().next().unwrap_or(url).to_owned();
        let path = split_url(&url).path;
        match chosen.iter_mut().find(|(u, _)| same_endpoint(&split_url(u).path, &path)) {
            Some((first, _)) => {
                if let Some((_, query)) = url.split_once('?').filter(|(_, q)| !first.contains(*q)) {
                    first.push(if first.contains('?') { '&' } else { '?' });
                    first.push_str(query);
                }
            }
            None => chosen.push((url, pos.clone())),
        }
    };
    for (url, pos) in urls.iter().filter(|(u, _)| split_url(u).origin.is_some()) {
        add(&mut chosen, url, pos);
    }
    if chosen.is_empty() {
        if let Some((first, pos)) = urls.first() {
            add(&mut chosen, first, pos);
            for (url, pos) in &urls[1..] {
                if same_endpoint(&split_url(url).path, &split_url(first).path) {
                    add(&mut chosen, url, pos);
                }
            }
        }
    }
    let stated = members.iter().find_map(|&m| evidence[m].stated_method.clone()).map(|(m, _)| m);
    chosen
        .into_iter()
        .filter_map(|(url, pos)| {
            // The method stated apart, else the one of the group's sample that calls this URL.
            // A sample that is a URL alone (no method, no body) is requested as a browser or a
            // bare `curl URL` requests it: with GET.
            let sample_method = || {
                let wanted = split_url(&url).path;
                let calls = members.iter().flat_map(|&m| evidence[m].curls.iter()).find_map(|(call, _)| {
                    paths::example_matches(&wanted, &split_url(&call.url).path).then(|| effective_method(call))
                });
                calls.or_else(|| {
                    let lone = members.iter().flat_map(|&m| evidence[m].sample_urls.iter());
                    lone.into_iter()
                        .any(|(u, _)| paths::example_matches(&wanted, &split_url(u).path))
                        .then(|| "GET".to_owned())
                })
            };
            let method = stated.clone().or_else(sample_method)?;
            Some((Declared { written_method: method.clone(), method, url, line: 0, joined_with_previous: false }, pos))
        })
        .collect()
}
