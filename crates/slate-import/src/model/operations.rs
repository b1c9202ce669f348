//! The operations built from the candidates: one per method and path shape, the fullest
//! documentation of a request line declared twice kept, each with the group's query parameters,
//! samples, body encoding, tables, examples and statuses.

use super::{effective_method, BodyEncoding, Candidate, Groups, Model, Operation, QueryEvidence, Strip};
use crate::blocks::Outline;
use crate::curl::split_url;
use crate::curl::{CurlCall, DataKind};
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::paths;
use crate::vocabulary;

/// Builds the operations of `candidates` into `model`; merges duplicates with a diagnostic.
#[allow(clippy::too_many_arguments)]
pub(super) fn build(
    model: &mut Model,
    candidates: Vec<Candidate>,
    groups: &Groups,
    outline: &Outline,
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) {
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
            placed: Vec::new(),
            envelope: None,
        });
    }
}

/// Whether `path` is one of OAuth's own endpoints ([`vocabulary::OAUTH_SEGMENTS`]).
fn is_oauth_endpoint(path: &str) -> bool {
    let segs: Vec<String> = path.split('/').map(str::to_ascii_lowercase).collect();
    let has = |words: &[&str]| segs.iter().any(|s| words.contains(&s.as_str()));
    has(vocabulary::OAUTH_SEGMENTS) && has(vocabulary::OAUTH_TOKEN_SEGMENTS)
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
