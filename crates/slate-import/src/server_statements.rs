//! Read: the URLs a section states as servers, each with the label the docs give it (a table
//! row's first cell, a list item's `**EU**:` lead) and whether the statement names a base
//! explicitly ("Base URL", "API root", "host"); and the order of several environments
//! (production first unless the docs tell developers to start in the sandbox).

use crate::blocks::{BlockKind, Outline};
use crate::regex_cell::re;
use regex::Regex;
use std::sync::OnceLock;

/// A URL in running text (markup around it left out); a `<placeholder>` inside it
/// (`https://<shop>.example.com/api`) is part of it, an HTML tag after it (`<br>`) is not.
pub(crate) fn url_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(&RE, r#"https?://(?:<[A-Za-z_][A-Za-z0-9_-]*>[./]|[^\s`<>"')\]*])+"#)
}

/// One URL a section states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stated {
    /// The URL (`https://` added to a bare host of a host list).
    pub url: String,
    /// The environment or region the docs name it by (`Sandbox (EU)`, `India`), if any.
    pub label: Option<String>,
    /// The statement names a base explicitly: its full path is the base, not a sample request.
    pub explicit: bool,
    /// Variables the statement describes under the URL (`region - Where your account lives.
    /// Default: eu`, as docs generated from OpenAPI list them): name, default, description.
    pub variables: Vec<(String, String, String)>,
}

/// The targets of the HTML links in `line` whose text is not the URL itself (`<a
/// href="https://example.com/terms">Terms of service</a>`).
fn linked_elsewhere(line: &str) -> Vec<String> {
    static LINK: OnceLock<Regex> = OnceLock::new();
    re(&LINK, r#"<a\s+href="([^"]+)"[^>]*>(.*?)</a>"#)
        .captures_iter(line)
        .filter(|c| c[1].trim_end_matches('/') != c[2].trim().trim_end_matches('/'))
        .map(|c| c[1].to_owned())
        .collect()
}

/// The server variables a list item describes on its lines after the URL.
fn described_variables(item: &str) -> Vec<(String, String, String)> {
    static VAR: OnceLock<Regex> = OnceLock::new();
    let var = re(&VAR, r"^\s*([A-Za-z_][A-Za-z0-9_-]*) - (.*?)\s*Default:\s*(\S*)\s*$");
    item.lines()
        .skip(1)
        .filter_map(|l| var.captures(l))
        .map(|c| (c[1].to_owned(), c[3].to_owned(), c[2].trim().to_owned()))
        .collect()
}

/// Whether `text` names a base explicitly ("the base URL is", "API root", a "Host" column);
/// the URLs in it are left out (`https://{host}/v2/...` names no base).
fn names_a_base(text: &str) -> bool {
    let lower = url_re().replace_all(text, " ").to_ascii_lowercase();
    crate::vocabulary::BASE_STATEMENT_WORDS.iter().any(|w| lower.contains(w))
}

/// A bare host written alone in a list item or table cell (`sg.storecare.example.com`), with
/// its label lead (`APAC2: host`; the outline drops bold markers).
fn bare_host(text: &str) -> Option<(Option<String>, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let c = re(&RE, r"^\s*(?:\**([^*:`]{1,40}?)\**\s*:\s*)?`?((?:[a-z0-9-]+\.)+[a-z]{2,})`?\s*$").captures(text)?;
    Some((c.get(1).map(|m| m.as_str().trim().trim_end_matches(':').to_owned()), c[2].to_owned()))
}

/// A cell's text without markup (`<span class="hide">Sandbox</span>`, `**EU**`).
fn plain(text: &str) -> String {
    static TAG: OnceLock<Regex> = OnceLock::new();
    re(&TAG, r"<[^>]*>").replace_all(text, "").replace(['*', '`'], "").trim().to_owned()
}

/// The label a list item or cell gives right before its URL (`**EU**: https://...`,
/// `Sandbox: https://...`), after any earlier `<br>`; a sentence leading to it is no label.
fn lead_label(text: &str, url_at: usize) -> Option<String> {
    let before = &text[..url_at];
    let lead = before.rsplit("<br>").next().unwrap_or(before).trim().trim_end_matches(['`', '<']).trim();
    let labelled = lead.ends_with(':') || lead.starts_with("**");
    let lead = plain(lead.trim_end_matches(':')).trim_end_matches(':').trim().to_owned();
    (labelled && !lead.is_empty() && lead.len() <= 40 && !lead.contains(['.', '|'])).then_some(lead)
}

/// Whether the URL at `start` of `line` is a value in an example rather than a statement: glued
/// to the word before it (`titlehttps://x.test1681724303`, a string built from parameters), or
/// a quoted value of a key (`callback_url: 'https://x.test'`, `"url": "https://x.test"`,
/// `redirect='https://x.test'`). A base stated in prose ("Base URL: https://...") is neither.
fn is_example_value(line: &str, start: usize) -> bool {
    let before = line[..start].trim_end_matches(' ');
    if line[..start].chars().next_back().is_some_and(|c| c.is_alphanumeric()) {
        return true;
    }
    let Some(unquoted) = before.strip_suffix(['\'', '"']) else { return false };
    let Some(key_end) = unquoted.trim_end().strip_suffix([':', '=']) else { return false };
    let quoted_key = key_end.ends_with(['\'', '"']);
    let key_end = key_end.trim_end_matches(['\'', '"']);
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let key_len = key_end.chars().rev().take_while(|c| is_word(*c)).map(char::len_utf8).sum::<usize>();
    if key_len == 0 {
        return false;
    }
    // The key opens an object member or an argument (`{a: 1, key: '..'`, `?key=`), or is
    // quoted itself: prose ("Base URL: 'https://..'") is not a key.
    let lead = key_end[..key_end.len() - key_len].trim_end().trim_end_matches(['\'', '"']);
    quoted_key || lead.is_empty() || lead.ends_with(['{', ',', '(', '?', '&', '['])
}

/// The URLs section `idx` states, in reading order: prose, lists, tables and code that is not
/// a JSON example (a URL that is only a value in an example states nothing).
pub(crate) fn stated(outline: &Outline, idx: usize) -> Vec<Stated> {
    let section = &outline.sections[idx];
    let titled = names_a_base(&section.title);
    let url = url_re();
    let clean = |m: &str| m.trim_end_matches(['.', ',', ':', ';']).to_owned();
    let mut out: Vec<Stated> = Vec::new();
    // A paragraph or code text: each line states its URLs; the sentence says whether it names a base.
    let from_lines = |text: &str, hosts: bool, out: &mut Vec<Stated>| {
        for line in text.lines() {
            let explicit = titled || hosts || names_a_base(line);
            let links = linked_elsewhere(line);
            let mut any = false;
            let mut seen: Vec<&str> = Vec::new();
            for m in url.find_iter(line) {
                any = true;
                // `<a href="URL">URL</a>` states one URL; a link named otherwise ("Terms of
                // service", "MIT") points elsewhere and states nothing.
                if seen.contains(&m.as_str()) || links.iter().any(|l| l == m.as_str()) {
                    continue;
                }
                if is_example_value(line, m.start()) {
                    continue;
                }
                seen.push(m.as_str());
                out.push(Stated {
                    url: clean(m.as_str()),
                    label: lead_label(line, m.start()),
                    explicit,
                    variables: vec![],
                });
            }
            if !any && hosts {
                if let Some((label, host)) = bare_host(line) {
                    out.push(Stated { url: format!("https://{host}"), label, explicit: true, variables: vec![] });
                }
            }
        }
    };
    // A list of bare hosts is a statement when the text before it speaks of hosts.
    let mut about_hosts = titled;
    for b in &section.blocks {
        match &b.kind {
            BlockKind::Code { lang, text } => {
                let json = matches!(lang.as_deref(), Some("json" | "json5" | "javascript" | "js"))
                    || text.trim_start().starts_with(['{', '[']);
                if !json {
                    from_lines(text, false, &mut out);
                }
            }
            BlockKind::Paragraph(t) | BlockKind::Html(t) => {
                from_lines(t, false, &mut out);
                about_hosts = about_hosts || names_a_base(t);
            }
            BlockKind::List(items) => {
                for item in items {
                    let before = out.len();
                    from_lines(item, about_hosts, &mut out);
                    if out.len() == before + 1 {
                        out[before].variables = described_variables(item);
                    }
                }
            }
            BlockKind::Table { header, rows } => {
                let header_names_base = header.iter().any(|c| names_a_base(&c.text));
                // A table of fields: its URLs are example values.
                let fields = header.iter().any(|c| {
                    crate::vocabulary::FIELD_TABLE_COLUMNS.contains(&plain(&c.text).to_ascii_lowercase().as_str())
                });
                if fields && !header_names_base {
                    continue;
                }
                for row in rows {
                    let Some(first) = row.cells.first() else { continue };
                    let explicit = titled || header_names_base || names_a_base(&first.text);
                    for (i, cell) in row.cells.iter().enumerate() {
                        // The cells before the URL name it (`AIS | Sandbox | https://...`).
                        let names: Vec<String> = row.cells[..i]
                            .iter()
                            .filter(|c| !url.is_match(&c.text))
                            .map(|c| plain(&c.text))
                            .filter(|l| !l.is_empty())
                            .collect();
                        let label = Some(names.join(", ")).filter(|l| !l.is_empty() && l.len() <= 40);
                        let links = linked_elsewhere(&cell.text);
                        for m in url.find_iter(&cell.text).filter(|m| !links.iter().any(|l| l == m.as_str())) {
                            let label = lead_label(&cell.text, m.start()).or_else(|| label.clone());
                            out.push(Stated { url: clean(m.as_str()), label, explicit, variables: vec![] });
                        }
                    }
                }
            }
            BlockKind::Comment(_) => {}
        }
    }
    out
}

/// The kind of environment a server's label or heading names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Environment {
    /// Production, live.
    Production,
    /// Neither said.
    Unnamed,
    /// Sandbox, test, staging.
    Sandbox,
}

/// What `text` (a label or heading) calls its environment.
pub(crate) fn environment(text: &str) -> Environment {
    let lower = text.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|t| t == *w));
    if has(crate::vocabulary::SANDBOX_WORDS) {
        Environment::Sandbox
    } else if has(crate::vocabulary::PRODUCTION_WORDS) {
        Environment::Production
    } else {
        Environment::Unnamed
    }
}

/// Whether `text` tells developers to start in the sandbox ("must begin ... by first
/// integrating with our sandbox").
pub(crate) fn start_in_sandbox(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("sandbox") && crate::vocabulary::START_IN_SANDBOX_WORDS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docset::{DocSet, Page, PageRole};

    fn outline_of_markdown(text: &str) -> Outline {
        crate::blocks::outline(&DocSet {
            root: ".".into(),
            title: None,
            pages: vec![Page { path: "p.md".into(), text: text.into(), body_start: 0, role: PageRole::Index }],
        })
    }

    #[test]
    fn a_base_url_table_states_each_environment_with_its_label() {
        let outline = outline_of_markdown(
            "## Base URLs\n\nEnvironment | Base URL\n---|---\nSandbox | `https://sb.widgets.test/open/v3/aisp`\nProduction | `https://widgets.test/open/v3/aisp`\n",
        );
        let got = stated(&outline, 0);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].label.as_deref(), Some("Sandbox"));
        assert_eq!(
            got[1],
            Stated {
                url: "https://widgets.test/open/v3/aisp".into(),
                label: Some("Production".into()),
                explicit: true,
                variables: vec![]
            }
        );
    }

    #[test]
    fn a_host_list_states_bare_hosts_and_a_sample_url_is_not_explicit() {
        let outline = outline_of_markdown(
            "# Footfall\n\nThe host addresses of the clusters:\n\n* **EU**: eu.footfall.widgets.test\n* **US**: us.footfall.widgets.test\n\nTry `curl https://eu.footfall.widgets.test/v2/visits`.\n",
        );
        let got = stated(&outline, 0);
        assert_eq!(
            got[0],
            Stated {
                url: "https://eu.footfall.widgets.test".into(),
                label: Some("EU".into()),
                explicit: true,
                variables: vec![]
            }
        );
        assert_eq!(got[1].url, "https://us.footfall.widgets.test");
        assert!(!got[2].explicit, "a sample in prose names no base");
    }

    #[test]
    fn variables_described_under_a_base_url() {
        let outline = outline_of_markdown(
            "# Widgets\n\nBase URLs:\n\n* <a href=\"https://{region}.widgets.test/v2\">https://{region}.widgets.test/v2</a>\n\n    * **region** - Where your account lives. Default: eu\n\n        * eu\n\n        * us\n",
        );
        let got = stated(&outline, 0);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].variables, vec![("region".into(), "eu".into(), "Where your account lives.".into())]);
    }

    #[test]
    fn a_url_valued_key_or_a_glued_url_is_an_example_value() {
        let line = "Assuming your parameters are `{title: \"T\", callback_url: 'https://cb.example.test', epoch: 1}`, \
            the raw string is `\"Thttps://cb.example.test1\"`.";
        for m in url_re().find_iter(line) {
            assert!(is_example_value(line, m.start()), "{}", m.as_str());
        }
        let stated = "Base URL: https://api.example.test/v1 or `https://sandbox.example.test/v1`, Sandbox URL: 'https://s.example.test'";
        for m in url_re().find_iter(stated) {
            assert!(!is_example_value(stated, m.start()), "{}", m.as_str());
        }
        assert!(is_example_value(r#"{"url": "https://x.test"}"#, 9));
    }

    #[test]
    fn a_url_in_a_table_of_fields_is_an_example_value_not_a_base() {
        let outline = outline_of_markdown(
            "## QR code\n\n|Name|Type|Required|Description|\n|---|---|---|---|\n|redirect_url|string|true|For example `https://www.example.com`.|\n",
        );
        assert_eq!(stated(&outline, 0), vec![]);
    }

    #[test]
    fn environments_and_the_sandbox_mandate() {
        assert_eq!(environment("Sandbox (EU)"), Environment::Sandbox);
        assert_eq!(environment("Production"), Environment::Production);
        assert_eq!(environment("India"), Environment::Unnamed);
        assert!(start_in_sandbox("All developers must begin by first integrating with our sandbox."));
        assert!(!start_in_sandbox("The sandbox mirrors production."));
    }
}
