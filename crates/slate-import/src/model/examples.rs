//! Declared request lines checked against the samples of their group and against each other:
//! a line that contradicts every sample is replaced by what the samples agree on where the
//! reason is clear (a misspelling, a duplicate, a missing prefix, a placeholder sent as a query
//! parameter, a singular collection), and the diagnostic says so.

use super::{effective_method, Candidate, Groups, Strip};
use crate::curl::{split_url, CurlCall};
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::paths;
use crate::url_slips::first_segment_is_host;
use std::collections::{BTreeMap, BTreeSet};

/// Checks each declared candidate against the examples of its group.
pub(super) fn check(
    candidates: &mut [Candidate],
    groups: &Groups,
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) {
    // 2. Check declared lines against the examples of their group and against each other.
    let mut seen: BTreeMap<(String, Vec<String>), usize> = BTreeMap::new();
    for c in candidates.iter() {
        *seen.entry((c.method.clone(), paths::shape(&strip(&c.written_path)))).or_default() += 1;
    }
    let collections: BTreeSet<String> = candidates.iter().map(|c| first_literal(&strip(&c.written_path))).collect();
    let declared_paths: Vec<String> = candidates.iter().map(|c| strip(&c.written_path)).collect();
    for c in candidates.iter_mut() {
        let members = &groups[&c.owner];
        let mut examples: Vec<&(CurlCall, Pos)> = members
            .iter()
            .flat_map(|m| evidence[*m].curls.iter())
            .filter(|(call, _)| effective_method(call) == c.method)
            .collect();
        // Without request samples, the group's lone sample URLs (a URL alone under "Sample
        // Request") are its examples: they show the path as actually called.
        let lone: Vec<(CurlCall, Pos)> = members
            .iter()
            .flat_map(|m| evidence[*m].sample_urls.iter())
            .map(|(url, pos)| (lone_sample_call(url, &c.method), pos.clone()))
            .collect();
        if examples.is_empty() {
            examples.extend(lone.iter());
        }
        // A sample whose path is a host name (`POST https://storage.example.com/photos.cdn.net`,
        // a bucket on a storage host) calls another service: no example of this API's path.
        // A curl command without a URL (its line ended before the URL; `sample-unparsable`
        // says so) shows no path at all.
        examples.retain(|(call, _)| !call.url.trim().is_empty());
        examples.retain(|(call, pos)| {
            let host_like = first_segment_is_host(&split_url(&call.url).path);
            if host_like {
                diags.info(
                    Code::NotAnOperation,
                    pos,
                    format!("request sample to `{}`: its path is a host name, a call to another service, not an example of `{} {}`", call.url, c.method, c.written_path),
                );
            }
            !host_like
        });
        if examples.is_empty() {
            continue;
        }
        let declared_path = strip(&c.written_path);
        // The group's other statements of the URL (a `URI` row beside the "Request URL").
        let stated: Vec<String> = members
            .iter()
            .flat_map(|m| evidence[*m].stated_urls.iter())
            .map(|(u, _)| split_url(u).path)
            .filter(|p| *p != c.written_path && p.trim_matches('/').contains(|ch: char| ch.is_ascii_alphanumeric()))
            .collect();
        let agrees_with = |p: &str, stated: &str| {
            let tail = format!("/{}", stated.trim_matches('/'));
            p.ends_with(&tail) && p.len() > tail.len() || p == tail
        };
        let matching = examples
            .iter()
            .filter(|(call, _)| paths::example_matches(&declared_path, &strip(&split_url(&call.url).path)))
            .count();
        if matching > 0 {
            for (call, pos) in &examples {
                let p = strip(&split_url(&call.url).path);
                if !paths::example_matches(&declared_path, &p) {
                    diags.warn(
                        Code::PathMismatch,
                        pos,
                        format!("curl example calls `{p}` but the section declares `{} {declared_path}`", c.method),
                    );
                }
            }
            continue;
        }
        // The declared line contradicts every example: weigh the alternatives.
        let example_paths: BTreeSet<String> =
            examples.iter().map(|(call, _)| strip(&split_url(&call.url).path)).collect();
        let duplicate = seen.get(&(c.method.clone(), paths::shape(&declared_path))).copied().unwrap_or(0) > 1;
        let taken = |p: &str| seen.contains_key(&(c.method.clone(), paths::shape(p)));
        let agreed = (example_paths.len() == 1)
            .then(|| example_paths.iter().next().map(|p| paths::with_declared_names(p, &declared_path)))
            .flatten();
        let choice = agreed.as_ref().and_then(|p| {
            if paths::differs_by_typo(&declared_path, p) {
                Some((p.clone(), "differs from the examples by a misspelling"))
            } else if duplicate && !taken(p) {
                Some((p.clone(), "duplicates another section's operation"))
            } else if let Some(fixed) = with_shared_prefix(&declared_path, p, &declared_paths).filter(|f| !taken(f)) {
                Some((fixed, "lacks the path prefix that the examples and other operations carry"))
            } else if !taken(p)
                && collections.contains(&first_literal(p))
                && !collections.contains(&first_literal(&declared_path))
            {
                Some((p.clone(), "names a collection no other operation uses"))
            } else if !taken(p)
                && stated.iter().any(|st| agrees_with(p, st))
                && !stated.iter().any(|st| agrees_with(&declared_path, st))
            {
                Some((
                    p.clone(),
                    "disagrees with the section's other statement of its URL, which the examples agree with",
                ))
            } else {
                None
            }
        });
        if let Some((p, why)) = choice {
            diags.warn_help(
                Code::DeclaredPathOverridden,
                &c.pos,
                format!("declared `{} {declared_path}` {why} and contradicts every example in its section; the examples' `{p}` was chosen", c.method),
                "correct the declared request line",
            );
            c.written_path = p;
            continue;
        }
        let query_rows: Vec<(String, Pos)> = members
            .iter()
            .flat_map(|m| evidence[*m].tables.iter())
            .flat_map(|t| t.rows.iter().map(move |r| (t, r)))
            .filter(|(t, r)| r.location.or(t.heading_location) == Some(crate::tables::Location::Query))
            .map(|(_, r)| (r.name.clone(), r.pos.clone()))
            .collect();
        if let Some((name, value, pos, why)) =
            placeholder_passed_as_query(&declared_path, &examples, &query_rows, strip)
        {
            let (parent, _) = c.written_path.trim_end_matches('/').rsplit_once('/').unwrap_or(("", ""));
            let shown = strip(parent);
            diags.warn_help(
                Code::DeclaredPathOverridden,
                &c.pos,
                format!(
                    "declared `{} {declared_path}` ends in `{name}`, which {why}; `{shown}` with the query parameter `{name}` was chosen",
                    c.method
                ),
                "correct the declared request line",
            );
            c.written_path = parent.to_owned();
            c.query.push((name, value, pos));
            continue;
        }
        if let Some(fixed) = pluralized(&declared_path, &collections) {
            diags.warn_help(
                Code::DeclaredPathOverridden,
                &c.pos,
                format!(
                    "declared `{} {declared_path}` matches none of the examples in its section ({}) and its first segment is the singular of a collection other operations use; `{fixed}` was chosen",
                    c.method,
                    example_paths.iter().cloned().collect::<Vec<_>>().join(", ")
                ),
                "correct the declared request line",
            );
            c.written_path = fixed;
            continue;
        }
        diags.warn(
            Code::PathMismatch,
            &c.pos,
            format!(
                "declared `{} {declared_path}` matches none of the examples in its section ({}); the declared path was kept",
                c.method,
                example_paths.into_iter().collect::<Vec<_>>().join(", ")
            ),
        );
    }
}

/// An item named under the singular of a collection every other operation calls by its plural.
pub(super) fn plural_collections(candidates: &mut [Candidate], strip: Strip, diags: &mut Diagnostics) {
    // 2b. `/v3/webhook/{id}` where every other operation names the collection `/v3/webhooks`:
    //     an item of a collection is reached under the collection's plural name; the singular,
    //     used by no other operation there, is a slip (however its examples repeat it).
    let written: Vec<Vec<String>> = candidates
        .iter()
        .map(|c| strip(&c.written_path).split('/').filter(|x| !x.is_empty()).map(str::to_owned).collect())
        .collect();
    for (k, c) in candidates.iter_mut().enumerate() {
        let segs = &written[k];
        let Some(at) = (0..segs.len().saturating_sub(1)).find(|&i| {
            let next_is_placeholder = !matches!(paths::segments(&segs[i + 1]).as_slice(), [paths::Segment::Literal(_)]);
            let literal = matches!(paths::segments(&segs[i]).as_slice(), [paths::Segment::Literal(_)]);
            let used_alone = |word: &str| {
                written
                    .iter()
                    .enumerate()
                    .any(|(j, o)| j != k && o.len() > i && o[..i] == segs[..i] && o[i].eq_ignore_ascii_case(word))
            };
            literal
                && next_is_placeholder
                && !used_alone(&segs[i])
                && written.iter().enumerate().any(|(j, o)| {
                    j != k
                        && o.len() > i
                        && o[..i] == segs[..i]
                        && !o[i].eq_ignore_ascii_case(&segs[i])
                        && crate::naming::singularize(&o[i]).eq_ignore_ascii_case(&segs[i])
                })
        }) else {
            continue;
        };
        let plural = written
            .iter()
            .find(|o| {
                o.len() > at
                    && o[..at] == segs[..at]
                    && crate::naming::singularize(&o[at]).eq_ignore_ascii_case(&segs[at])
                    && !o[at].eq_ignore_ascii_case(&segs[at])
            })
            .map(|o| o[at].clone())
            .unwrap_or_default();
        let mut fixed = segs.clone();
        fixed[at] = plural.clone();
        let fixed = format!("/{}", fixed.join("/"));
        let cut = c.written_path.len().saturating_sub(strip(&c.written_path).len());
        let prefix = c.written_path.get(..cut).unwrap_or("").to_owned();
        diags.warn_help(
            Code::DeclaredPathOverridden,
            &c.pos,
            format!("declared `{} {}` names an item under `{}`, a collection every other operation calls `{plural}`; `{fixed}` was chosen", c.method, strip(&c.written_path), segs[at]),
            "correct the declared request line",
        );
        c.written_path = format!("{prefix}{fixed}");
    }
}

/// `/things/<kind>` declared where every example calls `/things/` and the examples send `kind`
/// as a query parameter, or the section's query parameter table names it: the placeholder is a
/// query parameter. Returns the parameter as the docs write it (name, example value, where) and
/// why.
fn placeholder_passed_as_query(
    declared: &str,
    examples: &[&(CurlCall, Pos)],
    query_rows: &[(String, Pos)],
    strip: &dyn Fn(&str) -> String,
) -> Option<(String, String, Pos, &'static str)> {
    let segs = paths::segments(declared);
    let (paths::Segment::Named(name), Some((parent, _))) =
        (segs.last()?, declared.trim_end_matches('/').rsplit_once('/'))
    else {
        return None;
    };
    // `name` is already clean (`entity_type`); the docs' spellings are cleaned the same way.
    let same = |k: &str| paths::clean_name(k) == *name;
    let mut sent = None;
    for (call, pos) in examples {
        let url = split_url(&call.url);
        if !paths::example_matches(parent, &strip(&url.path)) {
            return None;
        }
        if let Some((k, v)) = url.query.iter().find(|(k, _)| same(k)) {
            sent.get_or_insert_with(|| (k.clone(), v.clone(), pos.clone(), "the examples send as a query parameter"));
        }
    }
    sent.or_else(|| {
        let (row, pos) = query_rows.iter().find(|(r, _)| same(r))?;
        let why = "the section's query parameter table names, while the examples call the path without it";
        Some((row.clone(), String::new(), pos.clone(), why))
    })
}

/// `declared` under the prefix of literal segments its examples call it with (`/api` +
/// `/kittens/<ID>`), when another declared path starts with that prefix too: the declared line
/// left out the API's base path. The declared placeholder names are kept.
fn with_shared_prefix(declared: &str, example: &str, declared_paths: &[String]) -> Option<String> {
    let d = paths::segments(declared);
    let e: Vec<&str> = example.split('/').filter(|s| !s.is_empty()).collect();
    if e.len() <= d.len() {
        return None;
    }
    let (prefix, rest) = e.split_at(e.len() - d.len());
    let literal = |s: &&str| matches!(paths::segments(s).as_slice(), [paths::Segment::Literal(_)]);
    if !prefix.iter().all(literal) || !paths::example_matches(declared, &rest.join("/")) {
        return None;
    }
    // `/v2/survey/v2/survey` for `/v2/survey`: the path written twice, not a base path before it.
    if prefix.len() == rest.len() && prefix.iter().zip(rest).all(|(a, b)| a.eq_ignore_ascii_case(b)) {
        return None;
    }
    let prefix = format!("/{}", prefix.join("/"));
    let under = format!("{}/", prefix.to_ascii_lowercase());
    declared_paths.iter().any(|p| p.to_ascii_lowercase().starts_with(&under)).then(|| {
        format!("{prefix}{}", if declared.starts_with('/') { declared.to_owned() } else { format!("/{declared}") })
    })
}

/// The first literal segment of a path (its collection), lowercased.
fn first_literal(path: &str) -> String {
    path.split('/').find(|s| !s.is_empty()).unwrap_or("").to_ascii_lowercase()
}

/// `path` with its first segment replaced by the plural collection other operations use.
fn pluralized(path: &str, collections: &BTreeSet<String>) -> Option<String> {
    let first = first_literal(path);
    let plural =
        collections.iter().find(|c| **c != first && crate::naming::singularize(c).eq_ignore_ascii_case(&first))?;
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let original = collections.iter().find(|c| *c == plural)?;
    // Keep the casing the other operations use: find it in a written path.
    let _ = original;
    let cased = {
        let f = segs.first()?;
        format!("{f}{}", &plural[f.len()..])
    };
    Some(format!("/{}", std::iter::once(cased.as_str()).chain(segs[1..].iter().copied()).collect::<Vec<_>>().join("/")))
}

/// A lone sample URL read as a call of the operation with `method`.
fn lone_sample_call(url: &str, method: &str) -> CurlCall {
    CurlCall {
        line: 0,
        explicit_method: None,
        method: method.to_owned(),
        url: url.to_owned(),
        headers: Vec::new(),
        user: None,
        data: Vec::new(),
        get: false,
    }
}
