//! Stage 4, model: decides the operations from the evidence of each section.
//!
//! Sections are grouped under their *owner*: the nearest heading that is not a generic
//! sub-heading such as "HTTP Request" or "Query Parameters". In each group, declared request
//! lines win over curl examples; forms of one method joined by "or" are one operation; a
//! declared line that duplicates another section's operation, or that contradicts every example
//! under it, is replaced by what the examples agree on, and the diagnostic says so. Groups with
//! no declared line take their operations from curl examples.

use crate::blocks::Outline;
use crate::curl::{split_url, CurlCall, DataKind};
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::{JsonExample, SectionEvidence, TableEvidence};
use crate::paths::{self, same_endpoint};
use crate::request_line::{canonical_method, Declared};
use crate::url_slips::{
    first_segment_is_host, query_pair_in_path, repaired_url, sent_to_the_readers_server, without_format_suffix,
};
use crate::vocabulary;
use std::collections::{BTreeMap, BTreeSet};

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
}

/// A query parameter seen in a request line or an example URL.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryEvidence {
    /// Parameter name.
    pub name: String,
    /// Example value, when the URL showed a concrete one.
    pub example: Option<String>,
    /// Where it was seen.
    pub pos: Pos,
}

/// One operation, with everything the docs say about it.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Uppercase method.
    pub method: String,
    /// OpenAPI path template (server prefix removed).
    pub path: String,
    /// Path parameter names, in order.
    pub path_params: Vec<String>,
    /// The owner heading.
    pub summary: String,
    /// Prose of the group.
    pub description: String,
    /// Top-level heading above the owner.
    pub tag: Option<String>,
    /// Where the operation is declared (request line, marker, or curl).
    pub source: Pos,
    /// Query parameters from request lines and example URLs.
    pub query: Vec<QueryEvidence>,
    /// Tables of the group.
    pub tables: Vec<TableEvidence>,
    /// JSON examples of the group.
    pub examples: Vec<JsonExample>,
    /// curl calls of the group with this method.
    pub curls: Vec<(CurlCall, Pos)>,
    /// Body encoding, where the docs show a body.
    pub body: Option<BodyEncoding>,
    /// Form field names from curl `-d name=value` flags.
    pub form_fields: Vec<(String, String)>,
    /// The statuses the operation's own status table lists (empty when it has none).
    pub statuses: Vec<crate::status_tables::StatusRow>,
    /// The response headers its tables document, by status.
    pub response_headers: Vec<crate::status_tables::HeaderRow>,
}

/// What the importer learned about operations, plus section facts conventions need.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Operations in document order.
    pub operations: Vec<Operation>,
    /// The API root path removed from every operation path (`/api/2`), possibly empty.
    pub root_prefix: String,
    /// Origins (scheme and host) seen in operation examples, with counts.
    pub example_origins: BTreeMap<String, usize>,
    /// Sections that own at least one operation.
    pub operation_sections: BTreeSet<usize>,
    /// The owner of every section ([`owners_with_evidence`]), by section index: decided once,
    /// read by every later stage.
    pub owner_of: Vec<usize>,
}

/// A heading made only of generic words ("HTTP Request", "Query Parameters").
pub fn is_generic_heading(title: &str) -> bool {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    !words.is_empty() && words.iter().all(|w| crate::vocabulary::GENERIC_WORDS.contains(&w.as_str()))
}

/// The owner of each section: itself, or the nearest ancestor that is not generic.
pub fn owners(outline: &Outline) -> Vec<usize> {
    (0..outline.sections.len())
        .map(|i| {
            let mut cur = i;
            loop {
                let s = &outline.sections[cur];
                let generic = s.level == 0 || is_generic_heading(&s.title);
                match (generic, s.parent) {
                    (true, Some(p)) => cur = p,
                    _ => return cur,
                }
            }
        })
        .collect()
}

/// [`owners`], and a heading of generic words plus [`crate::vocabulary::OPERATION_SUBHEADING_WORDS`] directly
/// under a section that declares a request belongs to that section.
pub fn owners_with_evidence(outline: &Outline, evidence: &[SectionEvidence]) -> Vec<usize> {
    let mut owner = owners(outline);
    let declares = |i: usize| {
        let ev = &evidence[i];
        !ev.declared.is_empty() || !ev.curls.is_empty() || ev.stated_method.is_some() || !ev.stated_urls.is_empty()
    };
    for i in 0..owner.len() {
        let s = &outline.sections[i];
        let Some(parent) = s.parent else { continue };
        if owner[i] != i || !declares(owner[parent]) && !declares(parent) {
            continue;
        }
        let words: Vec<String> = s
            .title
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let sub = |w: &String| {
            crate::vocabulary::GENERIC_WORDS.contains(&w.as_str())
                || crate::vocabulary::OPERATION_SUBHEADING_WORDS.contains(&w.as_str())
        };
        if !words.is_empty()
            && words.iter().all(sub)
            && words.iter().any(|w| crate::vocabulary::OPERATION_SUBHEADING_WORDS.contains(&w.as_str()))
        {
            owner[i] = owner[parent];
        }
    }
    owner
}

/// A candidate operation before conflicts are resolved.
#[derive(Debug, Clone)]
struct Candidate {
    owner: usize,
    method: String,
    /// Path as written (prefix not yet removed).
    written_path: String,
    /// Query strings of every joined form.
    query: Vec<(String, String, Pos)>,
    pos: Pos,
}

/// Whether `path` is one of OAuth's own endpoints ([`vocabulary::OAUTH_SEGMENTS`]).
fn is_oauth_endpoint(path: &str) -> bool {
    let segs: Vec<String> = path.split('/').map(str::to_ascii_lowercase).collect();
    let has = |words: &[&str]| segs.iter().any(|s| words.contains(&s.as_str()));
    has(vocabulary::OAUTH_SEGMENTS) && has(vocabulary::OAUTH_TOKEN_SEGMENTS)
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

/// Decides the operations of the doc set.
pub fn build(outline: &Outline, evidence: &[SectionEvidence], diags: &mut Diagnostics) -> Model {
    let owner_of = owners_with_evidence(outline, evidence);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, o) in owner_of.iter().enumerate() {
        groups.entry(*o).or_default().push(i);
    }

    let mut model = Model { root_prefix: root_prefix(evidence), owner_of: owner_of.clone(), ..Model::default() };
    for ev in evidence {
        for (c, _) in &ev.curls {
            if let Some(o) = split_url(&c.url).origin {
                *model.example_origins.entry(o).or_default() += 1;
            }
        }
    }
    let strip = |p: &str| paths::strip_prefix(p, &model.root_prefix).to_owned();

    // 1. Declared candidates, per group, "or"-joined forms of one method merged. A group
    //    without a request line whose method and URL are stated apart (`**Method**` and
    //    `**URL**` fields, an `HTTP Method` table row and a "Request URL" heading) declares one.
    let mut candidates: Vec<Candidate> = Vec::new();
    for (&owner, members) in &groups {
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

    // 1b. An index that links a page and names its request line is a second statement of that
    //     page's operation: where the page's own line duplicates another page's operation or
    //     differs from the index's by a misspelling (`/profile` for `/profiles`), the index's
    //     line is the one meant.
    let index: Vec<(&String, &Declared, &Pos)> =
        evidence.iter().flat_map(|ev| ev.index_lines.iter().map(|(p, d, pos)| (p, d, pos))).collect();
    let mut shapes: BTreeMap<(String, Vec<String>), usize> = BTreeMap::new();
    for c in &candidates {
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

    // 2. Check declared lines against the examples of their group and against each other.
    let mut seen: BTreeMap<(String, Vec<String>), usize> = BTreeMap::new();
    for c in &candidates {
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
            placeholder_passed_as_query(&declared_path, &examples, &query_rows, &strip)
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

    // 2c. A request line named in the running text of a group that declares one, whose path
    //     goes on below the declared one (`GET /entries/2.json` declared; "also possible via
    //     `GET /entries/2/occurrences/20190218.json`"): a sub-resource the section documents too.
    let mut below: Vec<Candidate> = Vec::new();
    for c in candidates.iter() {
        let declared = strip(&c.written_path);
        let base = without_format_suffix(&declared);
        let base_segs: Vec<&str> = base.split('/').filter(|x| !x.is_empty()).collect();
        for (d, pos) in groups[&c.owner].iter().flat_map(|&m| evidence[m].mentions.iter()) {
            let path = strip(&split_url(&d.url).path);
            let segs: Vec<&str> = path.split('/').filter(|x| !x.is_empty()).collect();
            let extends = segs.len() > base_segs.len()
                && paths::example_matches(
                    &format!("/{}", base_segs.join("/")),
                    &format!("/{}", segs[..base_segs.len()].join("/")),
                );
            let known = candidates.iter().chain(below.iter()).any(|o| {
                let op = strip(&o.written_path);
                o.method == d.method && (same_endpoint(&op, &path) || paths::example_matches(&op, &path))
            });
            if !extends || known || d.method != c.method {
                continue;
            }
            diags.info(
                Code::OperationFromProse,
                pos,
                format!("`{} {path}` is named in the text of the section that declares `{} {declared}`, below its path: taken as an operation", d.method, c.method),
            );
            below.push(Candidate {
                owner: c.owner,
                method: d.method.clone(),
                written_path: split_url(&d.url).path,
                query: vec![],
                pos: pos.clone(),
            });
        }
    }
    candidates.extend(below);

    // 3. Groups without a declared line: operations from their curl examples.
    let declared_owners: BTreeSet<usize> = candidates.iter().map(|c| c.owner).collect();
    let mut from_curl: Vec<Candidate> = Vec::new();
    for (&owner, members) in &groups {
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
    // Docs that declare no operation in any form but name request lines in their prose ("We
    // have implemented the `GET /party` endpoint"): those are the operations, each noted.
    let prose_only = candidates.is_empty();
    if prose_only {
        for (&owner, members) in &groups {
            for (d, pos) in members.iter().flat_map(|&m| evidence[m].mentions.iter()) {
                let path = split_url(&d.url).path;
                if candidates
                    .iter()
                    .any(|c| c.method == d.method && same_endpoint(&strip(&c.written_path), &strip(&path)))
                {
                    continue;
                }
                if let Some(named) = candidates
                    .iter()
                    .find(|c| c.method == d.method && paths::differs_by_typo(&strip(&c.written_path), &strip(&path)))
                {
                    diags.info(
                        Code::DuplicateOperation,
                        pos,
                        format!(
                            "`{} {path}` differs from `{} {}` named before only by a misspelling; the same operation",
                            d.method, named.method, named.written_path
                        ),
                    );
                    continue;
                }
                diags.info(
                    Code::OperationFromProse,
                    pos,
                    format!("`{} {path}` is named only in running text; taken as an operation (no request line declares one)", d.method),
                );
                candidates.push(Candidate {
                    owner,
                    method: d.method.clone(),
                    written_path: path,
                    query: vec![],
                    pos: pos.clone(),
                });
            }
        }
    }
    // In such docs, a table of environments and full URLs (`Production | https://host/base/pots`)
    // whose URLs extend, label by label, those of another such table (the base URLs) names an
    // endpoint: the extension, requested with GET as a URL alone is.
    if prose_only {
        let tables: Vec<(usize, &[EnvUrl])> = (0..evidence.len())
            .filter(|&i| !evidence[i].env_urls.is_empty())
            .map(|i| (i, evidence[i].env_urls.as_slice()))
            .collect();
        for &(i, rows) in &tables {
            let extension = rows.iter().find_map(|(label, url, pos)| {
                tables.iter().filter(|(j, _)| *j != i).flat_map(|(_, other)| other.iter()).find_map(|(l, base, _)| {
                    let base = base.trim_end_matches('/');
                    let rest = url.strip_prefix(base).filter(|r| r.starts_with('/') && r.len() > 1)?;
                    (l == label).then(|| (rest.to_owned(), pos.clone()))
                })
            });
            let Some((path, pos)) = extension else { continue };
            if candidates.iter().any(|c| c.method == "GET" && same_endpoint(&strip(&c.written_path), &strip(&path))) {
                continue;
            }
            diags.info(
                Code::OperationFromProse,
                &pos,
                format!("`GET {path}`: the URLs of this table extend the base URLs of another by `{path}`; taken as an operation (a URL alone is requested with GET)"),
            );
            candidates.push(Candidate {
                owner: owner_of[i],
                method: "GET".to_owned(),
                written_path: path,
                query: vec![],
                pos,
            });
        }
    }
    candidates.sort_by(|a, b| (a.owner, &a.pos).cmp(&(b.owner, &b.pos)));
    // A request line declared in several sections is the operation of the first that documents
    // it best: with a parameter or field table, else with an example. An overview's or a
    // tutorial's mention of the same call (`GET /v1/things?x=1` on a conventions page) is not
    // its documentation.
    let shape_of = |c: &Candidate| (c.method.clone(), paths::shape(&paths::template(&strip(&c.written_path)).path));
    let documents = |c: &Candidate| -> (bool, bool) {
        let members = &groups[&c.owner];
        (
            members.iter().any(|m| !evidence[*m].tables.is_empty()),
            members.iter().any(|m| !evidence[*m].examples.is_empty()),
        )
    };
    // By method and path shape: how well the chosen declaration documents it, and where it is.
    type Fullest = std::collections::HashMap<(String, Vec<String>), ((bool, bool), Pos)>;
    let mut fullest: Fullest = Fullest::new();
    for c in &candidates {
        let w = documents(c);
        let slot = fullest.entry(shape_of(c)).or_insert((w, c.pos.clone()));
        if w > slot.0 {
            *slot = (w, c.pos.clone());
        }
    }

    // 4. Build operations; merge duplicates with a diagnostic. Paths that differ only in the
    //    names of their placeholders are one path (OpenAPI holds them identical): `DELETE
    //    /tasks/{task_ids}` of a mass action is `DELETE /tasks/{task_id}` again.
    // Method and path shape of each operation so far, to find a duplicate in constant time.
    let mut built: std::collections::HashMap<(String, Vec<String>), usize> = model
        .operations
        .iter()
        .enumerate()
        .map(|(i, o)| ((o.method.clone(), paths::shape(&o.path)), i))
        .rev()
        .collect();
    for c in candidates {
        let path_written = strip(&c.written_path);
        let template = paths::template(&path_written);
        let shape = paths::shape(&template.path);
        if is_oauth_endpoint(&template.path) {
            diags.info(
                Code::NotAnOperation,
                &c.pos,
                format!(
                    "`{} {}` is an OAuth endpoint: how a client gets its credentials, not an operation",
                    c.method, template.path
                ),
            );
            continue;
        }
        if let Some((_, fuller)) = fullest.get(&(c.method.clone(), shape.clone())).filter(|(_, p)| *p != c.pos) {
            if !built.contains_key(&(c.method.clone(), shape.clone())) {
                diags.warn(
                    Code::DuplicateOperation,
                    &c.pos,
                    format!(
                        "`{} {}` is described more fully at {fuller}; this one is ignored",
                        c.method, template.path
                    ),
                );
                continue;
            }
        }
        if let Some(first) = built.get(&(c.method.clone(), shape.clone())).map(|&i| &model.operations[i]) {
            diags.warn(
                Code::DuplicateOperation,
                &c.pos,
                format!(
                    "`{} {}` is already described at {}; this one is ignored",
                    c.method, template.path, first.source
                ),
            );
            continue;
        }
        let members = &groups[&c.owner];
        let owner = &outline.sections[c.owner];
        let curls: Vec<(CurlCall, Pos)> = members
            .iter()
            .flat_map(|m| evidence[*m].curls.iter())
            .filter(|(call, _)| effective_method(call) == c.method)
            .cloned()
            .collect();
        let mut query: Vec<QueryEvidence> = Vec::new();
        let mut add_query = |name: &str, value: &str, pos: &Pos| {
            if !crate::param_names::is_query_name(name) || query.iter().any(|q| q.name == name) {
                return;
            }
            let placeholder =
                value.is_empty() || value.starts_with(':') || value.starts_with('{') || value.starts_with('<');
            query.push(QueryEvidence {
                name: name.to_owned(),
                example: (!placeholder).then(|| value.to_owned()),
                pos: pos.clone(),
            });
        };
        for (k, v, p) in &c.query {
            add_query(k, v, p);
        }
        for (call, pos) in &curls {
            for (k, v) in split_url(&call.url).query {
                add_query(&k, &v, pos);
            }
        }
        let (body, form_fields) = body_of(&c.method, &curls);
        let prose: Vec<&str> =
            members.iter().flat_map(|m| evidence[*m].prose.iter()).map(|(t, _)| t.as_str()).collect();
        let (summary, description) = crate::summary_line::split(&owner.title, &prose);
        model.operation_sections.insert(c.owner);
        built.insert((c.method.clone(), shape), model.operations.len());
        model.operations.push(Operation {
            method: c.method,
            path: template.path,
            path_params: template.params,
            summary,
            description,
            tag: tag_of(outline, c.owner),
            source: c.pos,
            query,
            tables: crate::enum_tables::fold(
                members.iter().flat_map(|m| evidence[*m].tables.iter().cloned()).collect(),
                diags,
            ),
            examples: members.iter().flat_map(|m| evidence[*m].examples.iter().cloned()).collect(),
            curls,
            body,
            form_fields,
            statuses: members.iter().flat_map(|m| evidence[*m].statuses.iter().cloned()).collect(),
            response_headers: members.iter().flat_map(|m| evidence[*m].response_headers.iter().cloned()).collect(),
        });
    }
    model
}

/// The first literal segment of a path (its collection), lowercased.
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

/// A row of an environments table: label, full URL, where.
type EnvUrl = (String, String, Pos);

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

/// The method a curl call sends, with a misspelled `-X` corrected.
fn effective_method(call: &CurlCall) -> String {
    match &call.explicit_method {
        Some(m) => canonical_method(m).map_or_else(|| call.method.clone(), str::to_owned),
        None => call.method.clone(),
    }
}

/// Body encoding and form fields shown by the curl examples of an operation.
fn body_of(method: &str, curls: &[(CurlCall, Pos)]) -> (Option<BodyEncoding>, Vec<(String, String)>) {
    let mut enc = None;
    let mut fields = Vec::new();
    for (call, _) in curls {
        if call.get {
            continue;
        }
        let content_type = call
            .headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.to_ascii_lowercase());
        for (kind, value) in &call.data {
            let v = value.trim();
            let e = match kind {
                DataKind::Form => BodyEncoding::Multipart,
                _ if v.starts_with('{') || v.starts_with('[') => BodyEncoding::Json,
                _ if content_type.as_deref().is_some_and(|c| c.contains("json")) => BodyEncoding::Json,
                _ => BodyEncoding::Form,
            };
            if e != BodyEncoding::Json {
                if let Some((k, val)) = v.split_once('=') {
                    if !fields.iter().any(|(f, _): &(String, String)| f == k) {
                        fields.push((k.to_owned(), val.trim_matches(['"', '\'']).to_owned()));
                    }
                }
            }
            enc = Some(enc.map_or(e, |old: BodyEncoding| old.min(e)));
        }
        // A sample that shows no body still says how the body is encoded by its Content-Type.
        if call.data.is_empty() {
            let stated = match content_type.as_deref() {
                Some(c) if c.contains("x-www-form-urlencoded") => Some(BodyEncoding::Form),
                Some(c) if c.contains("multipart/form-data") => Some(BodyEncoding::Multipart),
                _ => None,
            };
            if let Some(e) = stated {
                enc = Some(enc.map_or(e, |old: BodyEncoding| old.min(e)));
            }
        }
    }
    let _ = method;
    (enc, fields)
}

/// The top-level heading above a section (its tag), skipping the doc set's own title page.
fn tag_of(outline: &Outline, idx: usize) -> Option<String> {
    let mut cur = idx;
    while let Some(p) = outline.sections[cur].parent {
        cur = p;
    }
    let s = &outline.sections[cur];
    (s.level > 0).then(|| s.title.clone())
}

/// The API root prefix (`/api/2`): the leading root-like segments shared by every absolute
/// example URL.
fn root_prefix(evidence: &[SectionEvidence]) -> String {
    let mut urls: Vec<String> = Vec::new();
    for ev in evidence {
        for (c, _) in &ev.curls {
            urls.push(c.url.clone());
        }
        for (d, _) in &ev.declared {
            urls.push(d.url.clone());
        }
        for (u, _) in &ev.sample_urls {
            urls.push(u.clone());
        }
    }
    let splits: Vec<_> =
        urls.iter().map(|u| split_url(u)).filter(|s| s.origin.is_some() && s.path.starts_with('/')).collect();
    // The API's own host is the one most URLs call; links to other sites say nothing of its root.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &splits {
        *counts.entry(s.origin.as_deref().unwrap_or("")).or_default() += 1;
    }
    let main_origin = counts.iter().max_by_key(|(_, n)| **n).map(|(o, _)| *o).unwrap_or("");
    let absolute: Vec<Vec<String>> = splits
        .iter()
        .filter(|s| s.origin.as_deref() == Some(main_origin))
        .map(|s| s.path.split('/').filter(|x| !x.is_empty()).map(str::to_owned).collect())
        .collect();
    let Some(first) = absolute.first() else { return String::new() };
    let mut prefix: Vec<String> = Vec::new();
    'outer: for (i, seg) in first.iter().enumerate() {
        // A root segment (`api`, `v2`), or a placeholder every URL carries at the root (an
        // account id in the base URL: `https://host/$ACCOUNT_ID/...`).
        let placeholder = |s: &str| {
            !paths::is_root_segment(s) && !matches!(paths::segments(s).first(), Some(paths::Segment::Literal(_)) | None)
        };
        if !paths::is_root_segment(seg) && !placeholder(seg) {
            break;
        }
        // Every absolute URL with at least i+2 segments must share it (the root alone is not a path).
        let mut shared = 0;
        for other in &absolute {
            if other.len() > i + 1 {
                let same =
                    other.get(i) == Some(seg) || placeholder(seg) && other.get(i).is_some_and(|o| placeholder(o));
                if !same {
                    break 'outer;
                }
                shared += 1;
            }
        }
        if shared == 0 {
            break;
        }
        // Of the spellings of a placeholder, a name (`$ACCOUNT_ID`) says more than a sample id.
        let named = |s: &String| matches!(paths::segments(s).first(), Some(paths::Segment::Named(_)));
        let spelling = if placeholder(seg) && !named(seg) {
            absolute.iter().filter_map(|o| o.get(i)).find(|o| named(o)).unwrap_or(seg)
        } else {
            seg
        };
        prefix.push(spelling.clone());
    }
    if prefix.is_empty() {
        String::new()
    } else {
        format!("/{}", prefix.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_headings() {
        assert!(is_generic_heading("HTTP Request"));
        assert!(is_generic_heading("Query Parameters"));
        assert!(is_generic_heading("Example response"));
        assert!(!is_generic_heading("Get Departments"));
        assert!(!is_generic_heading("The customer object"));
    }
}
