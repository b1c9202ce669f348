//! `servers` of a path item or an operation (OpenAPI 3.0: the innermost list replaces the
//! document's for that operation): each distinct list becomes a server group, a base URL of
//! its own that the operations of the group are sent to, with a builder setter that overrides
//! it. The client's main server choice (`.server(..)`, `.base_url(..)`) stays for the rest.

use openapiv3::{OpenAPI, ReferenceOr};
use serde::Serialize;

use super::servers::host_name;
use super::{Operation, ServerVar};
use crate::names::{snake_ident, Namespace};
use crate::{Code, Diagnostic};

/// A base URL some operations have of their own.
#[derive(Debug, Clone, Serialize)]
pub struct ServerGroup {
    /// The builder setter that overrides it (`webhooks_api_base_url`).
    pub setter: String,
    /// The URL the operations go to by default, `{variables}` not yet substituted.
    pub url: String,
    /// What the spec says of it.
    pub description: String,
    /// The other URLs the spec lists for these operations (alternatives the user may give).
    pub alternatives: Vec<String>,
    /// The operations sent there (their method names), for the setter's docs.
    pub operations: Vec<String>,
    /// The setter's documentation.
    pub doc: String,
}

impl ServerGroup {
    fn document(&mut self) {
        let quote = |v: &[String]| v.iter().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", ");
        let mut said = String::new();
        if !self.description.trim().is_empty() {
            said.push_str(self.description.trim().trim_end_matches('.'));
            said.push_str(", ");
        }
        said.push_str(&format!("default `{}`", self.url));
        if !self.alternatives.is_empty() {
            said.push_str(&format!("; the spec also lists {}", quote(&self.alternatives)));
        }
        self.doc = format!(
            "Overrides the base URL of the operations the API serves elsewhere than its main server ({said}): {}. \
             `{{variables}}` in it are substituted as in the server URL; neither `.server(..)` nor `.base_url(..)` \
             changes it. These operations send their credentials there: give only a URL of this API (or a mock \
             server in tests).",
            quote(&self.operations)
        );
    }
}

/// The document's servers, as the URLs a group is compared with.
fn top_urls(spec: &OpenAPI) -> Vec<String> {
    spec.servers.iter().map(|s| s.url.trim_end_matches('/').to_string()).collect()
}

/// Finds the groups, sets each operation's `server_group`, adds the groups' server variables
/// that the document's servers do not have, and warns about what stays unsupported (a relative
/// URL). `taken`: builder setters the group setters must not take.
pub fn collect(
    spec: &OpenAPI,
    operations: &mut [Operation],
    vars: &mut Vec<ServerVar>,
    taken: &[String],
    diags: &mut Vec<Diagnostic>,
) -> Vec<ServerGroup> {
    let top = top_urls(spec);
    let mut names = Namespace::new();
    names.reserve(&taken.iter().map(String::as_str).collect::<Vec<_>>());
    names.reserve(&vars.iter().map(|v| v.setter.as_str()).collect::<Vec<_>>());
    let mut groups: Vec<(Vec<String>, ServerGroup)> = Vec::new();
    for (path, item) in spec.paths.iter() {
        let ReferenceOr::Item(item) = item else { continue };
        for (method, op) in item.iter() {
            let (servers, loc) = if !op.servers.is_empty() {
                (&op.servers, format!("paths.{path}.{method}.servers"))
            } else {
                (&item.servers, format!("paths.{path}.servers"))
            };
            let urls: Vec<String> = servers.iter().map(|s| s.url.trim_end_matches('/').to_string()).collect();
            if urls.is_empty() || urls == top {
                continue;
            }
            let first = &servers[0];
            let mut resolved = urls[0].clone();
            for (name, v) in first.variables.iter().flatten() {
                resolved = resolved.replace(&format!("{{{name}}}"), &v.default);
            }
            if !resolved.starts_with("http://") && !resolved.starts_with("https://") {
                diags.push(Diagnostic::in_spec(
                    Code::RelativeServer,
                    loc,
                    format!(
                        "server url `{}` of a path or operation is not absolute: not supported; it goes to the client's server",
                        first.url
                    ),
                ));
                continue;
            }
            let Some(target) = operations.iter_mut().find(|o| o.path == *path && o.method.eq_ignore_ascii_case(method))
            else {
                continue;
            };
            let k = match groups.iter().position(|(u, _)| *u == urls) {
                Some(k) => k,
                None => {
                    let description = first.description.clone().unwrap_or_default();
                    let words: Vec<&str> = description.split_whitespace().take(3).collect();
                    let base = if !words.is_empty() {
                        snake_ident(&words.join(" "))
                    } else {
                        host_name(&urls[0])
                            .map(|h| snake_ident(&h))
                            .unwrap_or_else(|| format!("server_{}", groups.len() + 1))
                    };
                    let setter = names.claim(&format!("{}_base_url", base.trim_start_matches("r#")));
                    for s in servers {
                        for (name, v) in s.variables.iter().flatten() {
                            if vars.iter().any(|x| x.wire == *name) {
                                continue;
                            }
                            vars.push(ServerVar {
                                wire: name.clone(),
                                setter: names.claim(&snake_ident(name)),
                                default: Some(v.default.clone()).filter(|d| !d.is_empty()),
                                description: v.description.clone().unwrap_or_default(),
                                values: v.enumeration.clone(),
                            });
                        }
                    }
                    let group = ServerGroup {
                        setter,
                        url: urls[0].clone(),
                        description,
                        alternatives: urls[1..].to_vec(),
                        operations: Vec::new(),
                        doc: String::new(),
                    };
                    groups.push((urls.clone(), group));
                    groups.len() - 1
                }
            };
            target.server_group = Some(k);
            target.doc.push(String::new());
            target.doc.push(format!("Sent to `{}`, a server of its own", groups[k].1.url));
            target.doc.push(format!("(`.{}(..)` on the builder overrides it).", groups[k].1.setter));
            groups[k].1.operations.push(target.fn_name.trim_start_matches("r#").to_string());
        }
    }
    groups
        .into_iter()
        .map(|(_, mut g)| {
            g.document();
            g
        })
        .collect()
}
