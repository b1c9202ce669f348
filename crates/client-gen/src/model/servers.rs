//! The document's `servers`: one `Server` variant each, and their variables as builder setters.

use indexmap::IndexMap;

use super::{Builder, Server, ServerVar, BUILDER_METHODS};
use crate::names::{camel_ident, snake_ident, Namespace};
use crate::Code;

impl<'a> Builder<'a> {
    /// The servers (one `Server` variant each, named from the description, else the host) and
    /// their variables; `taken`: builder setters the variables' setters must not take.
    pub(super) fn servers(&mut self, taken: &[String]) -> (Vec<Server>, Vec<ServerVar>) {
        let mut ns = Namespace::new();
        ns.reserve(&["Custom"]);
        let mut servers = Vec::new();
        let mut vars: IndexMap<String, ServerVar> = IndexMap::new();
        let mut setters = Namespace::new();
        setters.reserve(BUILDER_METHODS);
        setters.reserve(&taken.iter().map(String::as_str).collect::<Vec<_>>());
        for (i, s) in self.spec.servers.iter().enumerate() {
            let desc = s.description.clone().unwrap_or_default();
            let base = if !desc.trim().is_empty() {
                // Only the first few words: "Sandbox environment for testing" -> SandboxEnvironmentForTesting is long.
                let words: Vec<&str> = desc.split_whitespace().take(3).collect();
                camel_ident(&words.join(" "))
            } else if let Some(host) = host_name(&s.url) {
                camel_ident(&host)
            } else {
                format!("Server{}", i + 1)
            };
            let url = s.url.trim_end_matches('/').to_string();
            // Absolute once the variables take their defaults (`{scheme}://host`).
            let mut resolved = url.clone();
            for (name, v) in s.variables.iter().flatten() {
                resolved = resolved.replace(&format!("{{{name}}}"), &v.default);
            }
            if !resolved.starts_with("http://") && !resolved.starts_with("https://") {
                self.warn(
                    Code::RelativeServer,
                    format!("servers.{i}"),
                    format!("server url `{}` is not absolute; users must set `.base_url(..)`", s.url),
                );
            }
            servers.push(Server { variant: ns.claim(&base), url, description: desc });
            for (name, v) in s.variables.iter().flatten() {
                if vars.contains_key(name) {
                    continue;
                }
                vars.insert(
                    name.clone(),
                    ServerVar {
                        wire: name.clone(),
                        setter: setters.claim(&snake_ident(name)),
                        default: Some(v.default.clone()).filter(|d| !d.is_empty()),
                        description: v.description.clone().unwrap_or_default(),
                        values: v.enumeration.clone(),
                    },
                );
            }
        }
        (servers, vars.into_values().collect())
    }
}

/// A name for a server from its host: `https://api.billing.example.com/v1` -> `api billing
/// example` (the top-level domain and `{variable}` labels left out); `None` for a relative URL.
pub(super) fn host_name(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    };
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && !l.contains(['{', '}'])).collect();
    if labels.len() > 1 && labels.last().is_some_and(|l| l.bytes().all(|b| b.is_ascii_alphabetic())) {
        labels.pop();
    }
    let name = labels.join(" ");
    name.bytes().any(|b| b.is_ascii_alphabetic()).then_some(name)
}
