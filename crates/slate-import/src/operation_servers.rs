//! Decide: the operations that live on another base than the API's main server. Two
//! conventions of API docs say so for some operations only:
//!
//! - a section (not the whole API) states bases of its own, none of them the main server ("the
//!   Webhooks API base URL is `https://...`", "the host address of FFC is different ...: EU:
//!   eu.host, US: us.host"): the operations documented under it (the section and its
//!   subsections) are sent there, the first by default, the others listed (clusters), whatever
//!   their samples call (a stated base beats an observed one, warned); a subsection with no
//!   operation of its own that states hosts (`### Host URLs` atop a resource) states them for
//!   its parent's operations, the first such subsection of a parent winning;
//! - an operation's own request line names an absolute URL on a host that is none of the API's
//!   servers (`GET https://id.example.com/authorization.json` in docs on `api.example.com`),
//!   called by fewer than half of the operations: that operation is sent there.
//!
//! Such operations get `servers` of their own in the spec (on the path item when every
//! operation of the path shares them, else on the operation), and a top-level server that only
//! they use is no longer offered as an alternative for the whole API.

use crate::blocks::Outline;
use crate::conventions::Server;
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use openapiv3 as oa;
use std::collections::BTreeMap;

/// The servers of some operations, by operation index ([`Model::operations`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct OperationServers {
    /// The operations sent to another server than the main one, with their servers (the
    /// default first).
    pub by_operation: BTreeMap<usize, Vec<Server>>,
    /// The top-level servers, without those only such operations use.
    pub top: Vec<Server>,
}

impl OperationServers {
    /// The servers operation `i` is sent to, its default first.
    pub(crate) fn of(&self, i: usize) -> Vec<Server> {
        match self.by_operation.get(&i) {
            Some(s) => s.clone(),
            None => self.top.clone(),
        }
    }
}

/// `scheme://host` of a URL, lowercased; `None` for a relative one or a placeholder host.
fn origin(url: &str) -> Option<String> {
    let o = split_url(url).origin?;
    (o.starts_with("http://") || o.starts_with("https://")).then(|| o.to_ascii_lowercase())
}

/// Whether section `idx` is `scope` or under it.
fn within(outline: &Outline, mut idx: usize, scope: usize) -> bool {
    loop {
        if idx == scope {
            return true;
        }
        match outline.sections[idx].parent {
            Some(p) => idx = p,
            None => return false,
        }
    }
}

/// The heading that names the API a section belongs to: its page's first heading (`Webhooks
/// API v1`), else its own.
fn api_title(outline: &Outline, mut idx: usize) -> String {
    let own = outline.sections[idx].title.clone();
    while let Some(p) = outline.sections[idx].parent {
        idx = p;
    }
    let top = outline.sections[idx].title.trim().to_owned();
    if top.is_empty() {
        own
    } else {
        top
    }
}

/// The part of a sample URL's path before the operation's path (`/v1` of `/v1/items/7` for
/// `/items/{id}`); `None` when the URL does not end with the path.
fn prefix_before(url_path: &str, op_path: &str) -> Option<String> {
    let want: Vec<&str> = op_path.split('/').filter(|s| !s.is_empty()).collect();
    let got: Vec<&str> = url_path.split('/').filter(|s| !s.is_empty()).collect();
    if got.len() < want.len() {
        return None;
    }
    let tail = &got[got.len() - want.len()..];
    let same = want.iter().zip(tail).all(|(w, g)| w.contains('{') || w.eq_ignore_ascii_case(g));
    same.then(|| got[..got.len() - want.len()].iter().map(|s| format!("/{s}")).collect())
}

/// Decides which operations go to another server than the main one (see the module doc).
pub(crate) fn decide(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
    servers: &[Server],
    diags: &mut Diagnostics,
) -> OperationServers {
    let mut out = OperationServers { by_operation: BTreeMap::new(), top: servers.to_vec() };
    let Some(main) = servers.first().and_then(|s| origin(&s.url)) else { return out };
    let ops = &model.operations;
    let sections: Vec<Option<usize>> = ops.iter().map(|op| outline.section_at(&op.source)).collect();
    // Stated: a section (not the whole API) that names bases of its own, none the main one:
    // the operations under it go there, the first base by default.
    let mut alone: Vec<usize> = Vec::new();
    let mut claimed: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
    for i in 0..outline.sections.len() {
        let title = &outline.sections[i].title;
        if evidence.get(i).is_some_and(|e| e.in_changelog)
            || crate::server_statements::environment(title) != crate::server_statements::Environment::Unnamed
        {
            continue;
        }
        let mut bases: Vec<(String, crate::server_statements::Stated)> = Vec::new();
        for st in crate::server_statements::stated(outline, i).into_iter().filter(|s| s.explicit) {
            if let Some(o) = origin(&st.url).filter(|o| !o.contains(['{', '$', '<'])) {
                if !bases.iter().any(|(b, _)| *b == o) {
                    bases.push((o, st));
                }
            }
        }
        if bases.is_empty() || bases.iter().any(|(o, _)| *o == main) {
            continue;
        }
        if let [(only, _)] = bases.as_slice() {
            if let Some(k) = servers.iter().position(|s| origin(&s.url).as_deref() == Some(only.as_str())) {
                if k > 0 && !alone.contains(&k) {
                    alone.push(k);
                }
            }
        }
        let mut under: Vec<usize> =
            (0..ops.len()).filter(|&o| sections[o].is_some_and(|s| within(outline, s, i))).collect();
        // A subsection that only states the hosts ("### Host URLs" atop a resource's
        // operations) states them for its parent's operations; of several such, the first.
        let mut from_parent = false;
        if under.is_empty() {
            if let Some(p) = outline.sections[i].parent {
                under = (0..ops.len())
                    .filter(|&o| sections[o].is_some_and(|s| within(outline, s, p)) && !claimed.contains(&o))
                    .collect();
                from_parent = true;
            }
        }
        if under.is_empty() || under.len() == ops.len() {
            continue;
        }
        if from_parent {
            claimed.extend(under.iter().copied());
        }
        let api = api_title(outline, i);
        let hosts: Vec<&str> = bases.iter().map(|(o, _)| o.as_str()).collect();
        for o in under {
            let op = &ops[o];
            let called: Vec<(String, String)> =
                op.curls.iter().filter_map(|(c, _)| Some((origin(&c.url)?, split_url(&c.url).path))).collect();
            if let Some((other, _)) = called.iter().find(|(c, _)| !hosts.contains(&c.as_str())) {
                diags.warn(
                    Code::ServerMismatch,
                    &op.source,
                    format!(
                        "the sample of `{} {}` calls `{other}`, but the section `{title}` states the base `{}`; the stated base was used",
                        op.method, op.path, bases[0].1.url
                    ),
                );
            }
            // The base as the operation's samples on those hosts carry it before the path (the
            // paths may carry the stated base's path themselves), else as stated.
            let prefix = called
                .iter()
                .filter(|(c, _)| hosts.contains(&c.as_str()))
                .find_map(|(_, path)| prefix_before(path, &op.path))
                .unwrap_or_else(|| {
                    let stated = split_url(&bases[0].1.url).path.trim_end_matches('/').to_owned();
                    if op.path.starts_with(&stated) {
                        String::new()
                    } else {
                        stated
                    }
                });
            let list = bases
                .iter()
                .map(|(host, st)| Server {
                    url: format!("{host}{prefix}"),
                    description: Some(match &st.label {
                        Some(label) if bases.len() > 1 => format!("{api}: {label}"),
                        _ => api.clone(),
                    }),
                    variables: vec![],
                })
                .collect();
            // A section inside another states the more precise base: the later one wins.
            out.by_operation.insert(o, list);
        }
    }
    // Observed: an operation's own absolute request line on a host none of the servers has, or
    // on a base a section states alone (not one of a list of environments).
    let declared_origin = |o: usize| -> Option<(String, String)> {
        let s = sections[o]?;
        let (d, _) = evidence.get(s)?.declared.iter().find(|(_, p)| *p == ops[o].source)?;
        let host = origin(&d.url)?;
        let prefix = prefix_before(&split_url(&d.url).path, &ops[o].path)?;
        Some((host, prefix))
    };
    let known: Vec<String> = servers.iter().filter_map(|s| origin(&s.url)).collect();
    let stated_alone = |host: &str| alone.iter().find(|&&k| origin(&servers[k].url).as_deref() == Some(host));
    let mut elsewhere: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for o in (0..ops.len()).filter(|o| !out.by_operation.contains_key(o)) {
        if let Some((host, prefix)) = declared_origin(o).filter(|(h, _)| {
            *h != main && (!known.contains(h) || stated_alone(h).is_some()) && !h.contains(['{', '$', '<'])
        }) {
            elsewhere.entry((host, prefix)).or_default().push(o);
        }
    }
    for ((host, prefix), list) in elsewhere {
        if list.len() * 2 >= ops.len() {
            continue;
        }
        let server = match stated_alone(&host) {
            Some(&k) => servers[k].clone(),
            None => Server { url: format!("{host}{prefix}"), description: None, variables: vec![] },
        };
        for o in list {
            out.by_operation.insert(o, vec![server.clone()]);
        }
    }
    // A top-level server only operations of their own use is theirs, not an alternative.
    let own: Vec<String> = out.by_operation.values().flatten().filter_map(|s| origin(&s.url)).collect();
    let keep_first = out.top.first().cloned();
    let mut k = 0;
    out.top.retain(|s| {
        k += 1;
        k == 1 || !origin(&s.url).is_some_and(|o| own.contains(&o))
    });
    if out.top.is_empty() {
        out.top.extend(keep_first);
    }
    for (o, s) in &out.by_operation {
        diags.info(
            Code::OperationServer,
            &ops[*o].source,
            format!(
                "`{} {}` is sent to `{}`, not to the main server `{}`",
                ops[*o].method,
                ops[*o].path,
                s.first().map_or("", |s| s.url.as_str()),
                servers[0].url
            ),
        );
    }
    out
}

/// An operation's method and its own servers, if any.
type MethodServers<'a> = (&'a str, Option<&'a Vec<Server>>);

/// Writes the decided servers into the spec: on a path item when all its operations share
/// one, else on each operation; the top-level list without the servers only they use.
pub(crate) fn apply(
    spec: &mut oa::OpenAPI,
    model: &Model,
    decided: &OperationServers,
    to_oa: impl Fn(&Server) -> oa::Server,
) {
    if decided.by_operation.is_empty() {
        return;
    }
    spec.servers = decided.top.iter().map(&to_oa).collect();
    let mut by_path: BTreeMap<&str, Vec<MethodServers>> = BTreeMap::new();
    for (i, op) in model.operations.iter().enumerate() {
        by_path.entry(op.path.as_str()).or_default().push((op.method.as_str(), decided.by_operation.get(&i)));
    }
    for (path, ops) in by_path {
        let Some(oa::ReferenceOr::Item(item)) = spec.paths.paths.get_mut(path) else { continue };
        let first = ops[0].1;
        if first.is_some() && ops.iter().all(|(_, s)| *s == first) {
            item.servers = first.into_iter().flatten().map(&to_oa).collect();
            continue;
        }
        for (method, server) in ops {
            let Some(server) = server else { continue };
            if let Some(op) = crate::spec::operation_slot(item, method) {
                op.servers = server.iter().map(&to_oa).collect();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_before_an_operation_path() {
        assert_eq!(prefix_before("/v1/items/7", "/items/{id}").as_deref(), Some("/v1"));
        assert_eq!(prefix_before("/items/7", "/items/{id}").as_deref(), Some(""));
        assert_eq!(prefix_before("/v1/other/7", "/items/{id}"), None);
    }
}
