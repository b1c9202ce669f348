//! Decide: the API's servers. A server is what the docs state as the API's base (a "Base URL" or
//! "Endpoint" section, an environments list) on the site the operations' request lines and
//! samples call, never a URL that is only a value in a JSON example, a link to another site or
//! the user's own callback; without a statement, the host the operations call. Placeholders in
//! a host, in any spelling, are server variables.

use crate::blocks::{BlockKind, Outline};
use crate::conventions::Server;
use crate::curl::split_url;
use crate::diag::{Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::regex_cell::re;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub(crate) fn servers(
    outline: &Outline,
    evidence: &[SectionEvidence],
    model: &Model,
    intro: &[usize],
    diags: &mut Diagnostics,
) -> Vec<Server> {
    // The prefix as the server carries it: placeholders as server variables (`/{account_id}`).
    let variable = |s: &str| {
        !crate::paths::is_root_segment(s)
            && !matches!(crate::paths::segments(s).first(), Some(crate::paths::Segment::Literal(_)) | None)
    };
    let prefix = if model.root_prefix.split('/').any(variable) {
        crate::paths::template(&model.root_prefix).path
    } else {
        model.root_prefix.clone()
    };
    let mut out: Vec<(Server, Pos)> = Vec::new();
    let observed = observed_origins(evidence, model);
    // A stated URL is a server of this API when it is on the site its operations call.
    let on_the_api_site = |origin: &str| {
        observed.is_empty()
            || observed.keys().any(|o| same_site(o, origin) || matches_template(origin, o) || o.contains(['$', '{']))
    };
    let words = crate::vocabulary::SERVER_WORDS;
    // Where each server was stated (its section), for the order of environments.
    let mut stated_in: Vec<usize> = Vec::new();
    for &i in intro.iter().filter(|&&i| !evidence[i].in_changelog) {
        let s = &outline.sections[i];
        let text = statement_text(outline, i);
        let about_servers =
            words.iter().any(|w| s.title.to_ascii_lowercase().contains(w) || text.to_ascii_lowercase().contains(w));
        // What the section states first, then the samples it shows.
        let mut urls: Vec<(crate::server_statements::Stated, bool)> = Vec::new();
        if about_servers {
            urls.extend(crate::server_statements::stated(outline, i).into_iter().map(|st| (st, false)));
        }
        urls.extend(evidence[i].curls.iter().map(|(c, _)| {
            (
                crate::server_statements::Stated {
                    url: c.url.clone(),
                    label: None,
                    explicit: false,
                    variables: vec![],
                },
                true,
            )
        }));
        for (st, from_curl) in urls {
            let u = &st.url;
            // A page of a web site (`https://dashboard.example.com/#/settings`) is no API base.
            if u.contains('#') {
                continue;
            }
            let split = split_url(u);
            let Some(origin) = split.origin.filter(|o| o.starts_with("http") && !o.contains('$')) else { continue };
            let path = split.path.trim_end_matches('/');
            // The URL is the API's base (`/api/2`, `/999999999` for a `/{account_id}` prefix), or
            // a request under it; placeholders and sample ids match each other.
            let root = &model.root_prefix;
            let at_base = !root.is_empty() && crate::paths::strip_prefix(path, root).trim_matches('/').is_empty();
            let under_base = !root.is_empty() && crate::paths::strip_prefix(path, root) != path;
            // Without a prefix the request lines share, a stated URL whose path is only root
            // segments (`https://api.example.com/v1/`) names the base path itself.
            let root_only =
                !path.is_empty() && path.split('/').filter(|x| !x.is_empty()).all(crate::paths::is_root_segment);
            // A base named explicitly ("the base URL is ...") whose path the operations' paths
            // carry (`/webhooks/api/v1/...`): the origin is the server; one they do not carry
            // (`/open-banking/v3.1/aisp` over `GET /accounts`) is the server's own path.
            let explicit = st.explicit && !from_curl && !path.is_empty() && split.query.is_empty();
            let carried = explicit && paths_carry(model, path);
            // Off the site the operations call, only a URL of the API's own base path is a
            // statement (a sample in the intro that the examples contradict: it wins, warned).
            if !on_the_api_site(&origin) && !at_base && !under_base && !explicit {
                continue;
            }
            let base = if path.is_empty() && prefix.is_empty() && !from_curl {
                origin.clone()
            } else if root.is_empty() && root_only && !from_curl {
                format!("{origin}{path}")
            } else if at_base || under_base && (from_curl || is_template(&origin)) || carried {
                format!("{origin}{prefix}")
            } else if explicit && root.is_empty() {
                format!("{origin}{}", crate::paths::template(path).path)
            } else {
                continue;
            };
            // The same server over plain HTTP and HTTPS: HTTPS.
            if let Some(secure) = base.strip_prefix("http://").map(|rest| format!("https://{rest}")) {
                if out.iter().any(|(o, _)| o.url == secure) || urls_mention(&text, &secure) {
                    continue;
                }
            }
            if let Some(k) = out
                .iter()
                .position(|(o, _)| o.url.strip_prefix("http://").is_some_and(|rest| format!("https://{rest}") == base))
            {
                out.remove(k);
                stated_in.remove(k);
            }
            if out.iter().any(|(o, _)| o.url == base || matches_template(&o.url, &base)) {
                continue;
            }
            while let Some(k) = out.iter().position(|(o, _)| matches_template(&base, &o.url)) {
                out.remove(k);
                stated_in.remove(k);
            }
            // The label the docs give the URL (`Sandbox`, `EU`); else the heading, when it is
            // about servers ("Sandbox", "Endpoint"), not when the URL is a sample in another
            // topic ("Authentication").
            let description = st.label.clone().or_else(|| {
                Some(s.title.clone())
                    .filter(|t| !t.is_empty() && words.iter().any(|w| t.to_ascii_lowercase().contains(w)))
            });
            let variables = template_vars(&base)
                .into_iter()
                .map(|v| {
                    // The docs describe the variable under the URL: as they say.
                    if let Some((n, default, said)) = st.variables.iter().find(|(n, _, _)| *n == v) {
                        let said = if said.is_empty() {
                            format!("Replace with your `{v}`, as the docs say.")
                        } else {
                            said.clone()
                        };
                        return (n.clone(), default.clone(), said);
                    }
                    // A placeholder of a stated server is the user's to fill in: no default,
                    // so a client cannot silently call the docs' sample tenant.
                    let sample = model.example_origins.keys().find_map(|o| template_value(&base, &v, o));
                    let description = match sample {
                        Some(sample) if sample != v => {
                            format!("Replace with your `{v}`, as the docs say (their examples use `{sample}`).")
                        }
                        _ => format!("Replace with your `{v}`, as the docs say."),
                    };
                    (v.clone(), String::new(), description)
                })
                .collect();
            out.push((Server { url: base, description, variables }, s.pos.clone()));
            stated_in.push(i);
        }
    }
    production_first(outline, &mut out, &stated_in);
    if out.is_empty() {
        // No stated root: the origin the operations call most, plus the root prefix.
        let counts = if observed.is_empty() { &model.example_origins } else { &observed };
        // The first of the most called (a tie is decided by the origins' order, not the last).
        let most = counts.iter().filter(|(o, _)| !o.contains('$')).map(|(_, n)| *n).max();
        if let Some((origin, _)) = counts.iter().filter(|(o, _)| !o.contains('$')).find(|(_, n)| Some(**n) == most) {
            out.push((
                Server { url: format!("{origin}{prefix}"), description: None, variables: vec![] },
                Pos::default(),
            ));
        } else if let Some(var_origin) = model.example_origins.keys().find(|o| o.contains('$')) {
            let name = var_origin
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_matches(['$', '{', '}'])
                .to_ascii_lowercase();
            out.push((
                Server {
                    url: format!("https://{{{name}}}{prefix}"),
                    description: None,
                    variables: vec![(
                        name.clone(),
                        String::new(),
                        "The API's host: the docs' examples leave it to you.".into(),
                    )],
                },
                Pos::default(),
            ));
        }
    } else {
        for origin in &crate::server_mismatch::origins(outline, evidence, model) {
            if origin.contains('$')
                || out.iter().any(|(s, _)| {
                    crate::server_mismatch::on_origin(&s.url, origin)
                        || matches_template(&s.url, &format!("{origin}{prefix}"))
                })
            {
                continue;
            }
            let (s, pos) = &out[0];
            crate::server_mismatch::report(outline, evidence, model, origin, &s.url, pos, diags);
        }
    }
    out.into_iter().map(|(s, _)| with_host_variables(s)).collect()
}

/// Whether some operation's path carries `path` as its prefix (`/webhooks/api/v1/...`).
fn paths_carry(model: &Model, path: &str) -> bool {
    let want = crate::paths::template(path).path;
    model.operations.iter().any(|op| op.path == want || op.path.starts_with(&format!("{want}/")))
}

/// Several environments: production first (the default), unless the docs tell developers to
/// start in the sandbox. Servers the docs name neither way keep their place.
fn production_first(outline: &Outline, out: &mut Vec<(Server, Pos)>, stated_in: &[usize]) {
    use crate::server_statements::{environment, start_in_sandbox, Environment};
    let env_of = |k: usize, s: &Server| {
        let by_label = s.description.as_deref().map_or(Environment::Unnamed, environment);
        if by_label == Environment::Unnamed {
            environment(&outline.sections[stated_in[k]].title)
        } else {
            by_label
        }
    };
    let envs: Vec<Environment> = out.iter().enumerate().map(|(k, (s, _))| env_of(k, s)).collect();
    let first_sandbox = envs.first() == Some(&Environment::Sandbox);
    let production = envs.contains(&Environment::Production);
    let mandated = stated_in
        .iter()
        .zip(&envs)
        .any(|(&i, e)| *e == Environment::Sandbox && start_in_sandbox(&crate::section_text::section_text(outline, i)));
    if !first_sandbox || !production || mandated {
        return;
    }
    let mut keyed: Vec<(Environment, (Server, Pos))> = envs.into_iter().zip(out.drain(..)).collect();
    // Stable: production before the rest, in the docs' order within each kind.
    keyed.sort_by_key(|(e, _)| *e != Environment::Production);
    out.extend(keyed.into_iter().map(|(_, s)| s));
}

/// Whether `text` names `url` (as a URL of its own or the start of one).
fn urls_mention(text: &str, url: &str) -> bool {
    crate::server_statements::url_re()
        .find_iter(text)
        .any(|m| m.as_str().trim_end_matches(['.', ',', '/']).starts_with(url))
}

/// The origins the operations' request lines and samples call, with how often.
fn observed_origins(evidence: &[SectionEvidence], model: &Model) -> BTreeMap<String, usize> {
    let owners = &model.owner_of;
    // Counted once per operation section: many samples on one page say less than one each on many.
    let mut seen: BTreeMap<String, std::collections::BTreeSet<usize>> = BTreeMap::new();
    for (i, ev) in evidence.iter().enumerate() {
        if !model.operation_sections.contains(&owners[i]) {
            continue;
        }
        let urls = ev
            .declared
            .iter()
            .map(|(d, _)| d.url.as_str())
            .chain(ev.curls.iter().map(|(c, _)| c.url.as_str()))
            .chain(ev.sample_urls.iter().map(|(u, _)| u.as_str()));
        for url in urls {
            if let Some(origin) = split_url(url).origin.filter(|o| o.starts_with("http") || o.contains(['$', '{'])) {
                seen.entry(origin).or_default().insert(owners[i]);
            }
        }
    }
    seen.into_iter().map(|(origin, groups)| (origin, groups.len())).collect()
}

/// Whether two origins are on one site: the same registrable domain (`api1.exchange.test` and
/// `api.exchange.test`), approximated by the last two labels of the host (three when the second
/// last is short, as in `co.uk`).
fn same_site(a: &str, b: &str) -> bool {
    fn site(origin: &str) -> String {
        let host = origin.split("://").last().unwrap_or(origin).split([':', '/']).next().unwrap_or("");
        let labels: Vec<&str> = host.split('.').collect();
        let keep = if labels.len() >= 3 && labels[labels.len() - 2].len() <= 3 { 3 } else { 2 };
        labels[labels.len().saturating_sub(keep)..].join(".").to_ascii_lowercase()
    }
    let (sa, sb) = (site(a), site(b));
    !sa.is_empty() && sa == sb
}

/// The text of a section that can state a server, in reading order: prose, lists, tables and
/// code that is not a JSON example (a URL that is only a value in an example states nothing).
fn statement_text(outline: &Outline, idx: usize) -> String {
    let mut out = String::new();
    let mut push = |t: &str| {
        out.push_str(t);
        out.push('\n');
    };
    for b in &outline.sections[idx].blocks {
        match &b.kind {
            BlockKind::Code { lang, text } => {
                let json = matches!(lang.as_deref(), Some("json" | "json5" | "javascript" | "js"))
                    || text.trim_start().starts_with(['{', '[']);
                if !json {
                    push(text);
                }
            }
            BlockKind::Paragraph(t) | BlockKind::Html(t) => push(t),
            BlockKind::List(items) => items.iter().for_each(|i| push(i)),
            BlockKind::Table { rows, .. } => rows.iter().flat_map(|r| r.cells.iter()).for_each(|c| push(&c.text)),
            BlockKind::Comment(_) => {}
        }
    }
    out
}

/// Hosts the user fills in, as server variables: `{{shop}}`, `<shop>` and `SHOP_NAME` labels
/// become `{shop}`; a host under a domain reserved for examples (RFC 2606: `example.com`,
/// `your-shop.example.com`) is the user's own host, `{host}`, with no default.
fn with_host_variables(mut server: Server) -> Server {
    let Some((scheme, rest)) = server.url.split_once("://") else { return server };
    let (host, path) = rest.find('/').map_or((rest, ""), |i| (&rest[..i], &rest[i..]));
    let mut labels: Vec<String> = Vec::new();
    let mut added: Vec<(String, String, String)> = Vec::new();
    for label in host.split('.') {
        let inner = label
            .strip_prefix("{{")
            .and_then(|l| l.strip_suffix("}}"))
            .or_else(|| label.strip_prefix('<').and_then(|l| l.strip_suffix('>')))
            .filter(|n| !n.is_empty());
        let upper = label.len() > 1
            && label.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
            && label.chars().any(|c| c.is_ascii_uppercase());
        match inner.map(str::to_owned).or_else(|| upper.then(|| label.to_ascii_lowercase())) {
            Some(name) => {
                let name = crate::paths::clean_name(&name);
                labels.push(format!("{{{name}}}"));
                added.push((name.clone(), String::new(), format!("Replace with your `{name}`, as the docs say.")));
            }
            None => labels.push(label.to_owned()),
        }
    }
    let mut host = labels.join(".");
    let lower = host.to_ascii_lowercase();
    let reserved =
        ["example.com", "example.org", "example.net"].iter().any(|d| lower == *d || lower.ends_with(&format!(".{d}")))
            || lower.ends_with(".example");
    if reserved && !host.contains('{') {
        added.push((
            "host".into(),
            String::new(),
            format!("Your own host: the API runs on it (the docs' examples use `{host}`)."),
        ));
        host = "{host}".into();
    }
    if added.is_empty() {
        return server;
    }
    server.url = format!("{scheme}://{host}{path}");
    for v in added {
        if !server.variables.iter().any(|(n, _, _)| *n == v.0) {
            server.variables.push(v);
        }
    }
    server
}

fn is_template(url: &str) -> bool {
    url.contains('{')
}

fn template_vars(url: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(&RE, r"\{([A-Za-z_][A-Za-z0-9_-]*)\}").captures_iter(url).map(|c| c[1].to_owned()).collect()
}

/// Whether `concrete` is an instance of the URL template `template`.
pub(crate) fn matches_template(template: &str, concrete: &str) -> bool {
    if !is_template(template) || is_template(concrete) {
        return false;
    }
    let pattern = regex::escape(template);
    let pattern =
        Regex::new(r"\\\{[A-Za-z_][A-Za-z0-9_-]*\\\}").map(|r| r.replace_all(&pattern, "[^./]+").into_owned());
    pattern.ok().and_then(|p| Regex::new(&format!("^{p}")).ok()).is_some_and(|r| r.is_match(concrete))
}

/// The value `concrete` gives variable `var` of `template`, if it is an instance.
fn template_value(template: &str, var: &str, concrete: &str) -> Option<String> {
    let mut pattern = regex::escape(template);
    for v in template_vars(template) {
        let group = if v == var { "([^./]+)" } else { "[^./]+" };
        pattern = pattern.replace(&format!("\\{{{v}\\}}"), group);
    }
    let host_part = Regex::new(&format!("^{pattern}")).ok()?;
    let with_prefix = format!(
        "{concrete}{}",
        &template[template.find("://").map_or(0, |i| i + 3)..]
            .split_once('/')
            .map_or(String::new(), |(_, rest)| format!("/{rest}"))
    );
    host_part.captures(&with_prefix).map(|c| c[1].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert!(matches_template("https://{slug}.example.com/api/1", "https://acme.example.com/api/1"));
        assert!(!matches_template("https://{slug}.example.com/api/1", "https://other.org/api/1"));
        assert_eq!(
            template_value("https://{slug}.example.com/api/1", "slug", "https://acme.example.com").as_deref(),
            Some("acme")
        );
    }

    #[test]
    fn sites_and_host_variables() {
        assert!(same_site("https://api1.exchange.test", "https://api.exchange.test"));
        assert!(!same_site("https://s3.storage.test", "https://api.photos.test"));
        assert!(same_site("https://a.shop.co.uk", "https://b.shop.co.uk"));
        let server = |url: &str| with_host_variables(Server { url: url.into(), description: None, variables: vec![] });
        let s = server("https://example.com/wp-json");
        assert_eq!((s.url.as_str(), s.variables[0].1.as_str()), ("https://{host}/wp-json", ""));
        assert_eq!(server("https://{{shop}}.myshopify.com").url, "https://{shop}.myshopify.com");
        assert_eq!(server("https://<region>.api.test/v1").url, "https://{region}.api.test/v1");
        assert_eq!(server("https://COMPANY.api.test").url, "https://{company}.api.test");
        assert_eq!(server("https://api.widgets.test/v1").url, "https://api.widgets.test/v1", "a real host stays");
    }
}
