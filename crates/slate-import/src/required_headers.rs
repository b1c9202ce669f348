//! Headers the docs require on every request, stated in a sentence of a conventions section:
//! "You must include a `User-Agent` header" (the value: the section's own example,
//! `User-Agent: MyApp (me@example.com)`), "you have to send the `Content-Type` header
//! `Content-Type: application/json`", "It is a requirement for all requests to specify ... a
//! valid `Accept` header" (the value: the concrete media type the section names,
//! `application/vnd.acme.v1+json`, not its pattern `application/vnd.acme.v[0-9]+json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;

use crate::blocks::Outline;
use crate::header_names::{credential_header, placeholder_value};
use crate::regex_cell::re;
use crate::section_text::section_text;

/// The headers the sentences of the `intro` sections require, with their values; none that
/// carries a credential, is the API's auth header or has only a placeholder for a value.
pub(crate) fn stated(outline: &Outline, intro: &[usize], auth_header: Option<&str>) -> BTreeMap<String, String> {
    static SPAN: OnceLock<Regex> = OnceLock::new();
    static MEDIA: OnceLock<Regex> = OnceLock::new();
    let span = re(&SPAN, r"`([A-Za-z][A-Za-z0-9-]*)(?::\s*([^`]*?))?\s*`");
    let media = re(&MEDIA, r"`([a-z]+/[A-Za-z0-9.+-]+(?:;\s*[a-z]+=[A-Za-z0-9-]+)?)`");
    let mut out = BTreeMap::new();
    for &i in intro {
        let text = section_text(outline, i);
        // `Name: value` examples of the section, by lower-case name.
        let examples: Vec<(String, String)> = span
            .captures_iter(&text)
            .filter_map(|c| Some((c[1].to_ascii_lowercase(), c.get(2)?.as_str().trim().to_owned())))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        for sentence in text.split(". ").flat_map(str::lines) {
            let lower = sentence.to_ascii_lowercase();
            // Where the sentence requires something: the header it requires comes after ("You
            // must include a `User-Agent` header"); a header before it is the subject of a rule
            // on its value ("The `Accept` header must include `application/sbe`").
            let Some(requires_at) = crate::vocabulary::EVERY_REQUEST_WORDS
                .iter()
                .chain(crate::vocabulary::REQUIRED_HEADER_WORDS)
                .filter_map(|w| lower.find(w))
                .min()
            else {
                continue;
            };
            if !lower.contains("header") {
                continue;
            }
            for c in span.captures_iter(sentence).filter(|c| c.get(0).is_some_and(|m| m.start() > requires_at)) {
                let name = &c[1];
                let key = name.to_ascii_lowercase();
                if !crate::vocabulary::REQUEST_HEADER_NAMES.contains(&key.as_str())
                    || credential_header(name)
                    || Some(key.as_str()) == auth_header
                {
                    continue;
                }
                let value = c
                    .get(2)
                    .map(|v| v.as_str().trim().to_owned())
                    .filter(|v| !v.is_empty())
                    .or_else(|| examples.iter().find(|(n, _)| *n == key).map(|(_, v)| v.clone()))
                    .or_else(|| {
                        // A media-type header named without a value: the concrete media type
                        // the section gives.
                        (key != "user-agent").then(|| media.captures(&text).map(|m| m[1].to_owned())).flatten()
                    });
                let Some(value) = value else { continue };
                if key != "user-agent" && placeholder_value(&value) {
                    continue;
                }
                out.entry(crate::header_names::canonical_header(name)).or_insert(value);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docset::{DocSet, Page, PageRole};

    fn headers(markdown: &str) -> BTreeMap<String, String> {
        let outline = crate::blocks::outline(&DocSet {
            root: ".".into(),
            title: None,
            pages: vec![Page { path: "p.md".into(), text: markdown.into(), body_start: 0, role: PageRole::Index }],
        });
        let intro: Vec<usize> = (0..outline.sections.len()).collect();
        stated(&outline, &intro, None)
    }

    #[test]
    fn a_required_user_agent_takes_the_sections_example() {
        let got = headers(
            "# Identifying your application\n\nYou must include a `User-Agent` header with the name of your app.\n\n* `User-Agent: Acme (ops@example.com)`\n",
        );
        assert_eq!(got.get("User-Agent").map(String::as_str), Some("Acme (ops@example.com)"));
    }

    #[test]
    fn an_accept_header_takes_the_concrete_media_type() {
        let got = headers(
            "# Versioning\n\nYou pass an `Accept` header in the form `application/vnd.acme.v[0-9]+json`. The current version is `application/vnd.acme.v1+json`.\n\nIt is a requirement for all requests to specify a valid `Accept` header.\n",
        );
        assert_eq!(got.get("Accept").map(String::as_str), Some("application/vnd.acme.v1+json"));
    }

    #[test]
    fn a_value_in_the_sentence_and_what_is_not_required() {
        let got = headers(
            "# JSON\n\nYou have to send the `Content-Type` header `Content-Type: application/json; charset=utf-8` when posting. Alternatively you can send `Accept: application/json`.\n",
        );
        assert_eq!(got.get("Content-Type").map(String::as_str), Some("application/json; charset=utf-8"));
        assert!(!got.contains_key("Accept"), "an alternative is not a requirement: {got:?}");
        let none = headers("# Auth\n\nAll requests must include the `Authorization` header.\n");
        assert!(none.is_empty(), "a credential is not a required header: {none:?}");
        let value_rule = headers("# Binary responses\n\n* The `Accept` header must include `application/x-bin`.\n");
        assert!(value_rule.is_empty(), "a rule on a header's value is no requirement to send it: {value_rule:?}");
    }
}
