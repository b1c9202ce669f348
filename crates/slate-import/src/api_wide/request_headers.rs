//! The headers every request needs: a headers section's items, a sentence requiring one on
//! every request, the stated ones of `required_headers`, else an `Accept` every sample sends.

use crate::blocks::Outline;
use crate::conventions::Auth;
use crate::evidence::SectionEvidence;
use crate::header_names::{canonical_header, credential_header, placeholder_value};
use crate::regex_cell::re;
use crate::section_text::section_text;
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The headers and their values, by header name.
pub(super) fn request_headers(
    outline: &Outline,
    evidence: &[SectionEvidence],
    intro: &[usize],
    auth: Option<&Auth>,
) -> BTreeMap<String, String> {
    static ITEM: OnceLock<Regex> = OnceLock::new();
    let item = re(
        &ITEM,
        r#"(?i)^\s*(?:\*\*)?`?([A-Za-z][A-Za-z0-9-]+)`?(?:\*\*)?\s*(?:-|:|–)\s*(?:(?:this\s+)?(?:must|should)(?:\s+also)?\s+be(?:\s+set)?(?:\s+(?:as|to))?|=)?\s*["'`]?([A-Za-z0-9.+/*-]+/[A-Za-z0-9.+*-]+)["'`]?"#,
    );
    let mut out = BTreeMap::new();
    let auth_header = match auth {
        Some(Auth::HeaderKey { name }) => Some(name.to_ascii_lowercase()),
        _ => None,
    };
    for &i in intro {
        if !outline.sections[i].title.to_ascii_lowercase().contains("header") {
            continue;
        }
        for line in section_text(outline, i).lines() {
            if let Some(c) = item.captures(line) {
                let name = canonical_header(&c[1]);
                let scheme = name.eq_ignore_ascii_case("http") || name.eq_ignore_ascii_case("https");
                if Some(name.to_ascii_lowercase()) != auth_header && !scheme {
                    out.insert(name, c[2].to_owned());
                }
            }
        }
    }
    // "All requests should supply the `Accept: application/vnd.x.v1+json` header": a sentence
    // that requires it on every request, with the value in a code span.
    static SPAN: OnceLock<Regex> = OnceLock::new();
    let span = re(&SPAN, r"`([A-Za-z][A-Za-z0-9-]+):\s*([^`/][^`]*?)\s*`");
    // Any section may say it (an introduction with sample requests is an operation's section).
    for i in 0..outline.sections.len() {
        let text = section_text(outline, i);
        // Sentences end at ". " or a line end (a media type has dots of its own).
        for sentence in text.split(". ").flat_map(str::lines) {
            let lower = sentence.to_ascii_lowercase();
            if !crate::vocabulary::EVERY_REQUEST_WORDS.iter().any(|w| lower.contains(w)) {
                continue;
            }
            for c in span.captures_iter(sentence) {
                let name = canonical_header(&c[1]);
                let value = c[2].trim();
                let credential = credential_header(&name) || name.eq_ignore_ascii_case("authorization");
                let scheme = name.eq_ignore_ascii_case("http") || name.eq_ignore_ascii_case("https");
                if !credential && !scheme && !placeholder_value(value) && Some(name.to_ascii_lowercase()) != auth_header
                {
                    out.entry(name).or_insert_with(|| value.to_owned());
                }
            }
        }
    }
    let auth_name = auth_header.as_deref();
    for (name, value) in crate::required_headers::stated(outline, intro, auth_name) {
        out.entry(name).or_insert(value);
    }
    if out.is_empty() {
        // Accept sent by every curl example.
        let calls: Vec<_> = evidence.iter().flat_map(|e| e.curls.iter()).collect();
        if !calls.is_empty() {
            let first =
                calls[0].0.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("accept")).map(|(_, v)| v.clone());
            if let Some(v) = first {
                if calls.iter().all(|(c, _)| c.headers.iter().any(|(k, x)| k.eq_ignore_ascii_case("accept") && *x == v))
                {
                    out.insert("Accept".into(), v);
                }
            }
        }
    }
    out
}
