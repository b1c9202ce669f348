//! The query a code sample in another language (JavaScript, Python, Ruby…) sends against the
//! curl sample of the same request: language tabs show one request, so a value or a key that
//! differs (`limit=100` beside the curl's `limit=10`, `page1` beside `page=1`) is a slip in one
//! of them. Reported at the other language's URL, naming the curl sample's line.

use crate::blocks::{BlockKind, Outline};
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::vocabulary::CODE_SAMPLE_LANGS;
use std::collections::BTreeMap;

/// A value the sample leaves to the reader (`{var}`, `$ID`, `<id>`): it matches any value.
fn placeholder(v: &str) -> bool {
    v.contains(['{', '$', '<']) || v.chars().all(|c| c.is_ascii_uppercase() || c == '_') && !v.is_empty()
}

/// What differs between the curl's query and the other sample's, in words; empty if nothing.
fn differences(curl: &[(String, String)], other: &[(String, String)]) -> Vec<String> {
    let first = |q: &[(String, String)]| {
        let mut m: BTreeMap<String, String> = BTreeMap::new();
        for (k, v) in q {
            m.entry(k.clone()).or_insert_with(|| v.clone());
        }
        m
    };
    let (c, o) = (first(curl), first(other));
    let mut out = Vec::new();
    for (k, v) in &o {
        match c.get(k) {
            None => out.push(format!("sends `{k}`, which the curl sample does not")),
            Some(cv) if cv != v && !placeholder(cv) && !placeholder(v) => {
                out.push(format!("sends `{k}={v}` where the curl sample sends `{k}={cv}`"))
            }
            Some(_) => {}
        }
    }
    for k in c.keys().filter(|k| !o.contains_key(*k)) {
        out.push(format!("leaves out `{k}`, which the curl sample sends"));
    }
    out
}

pub(super) fn check(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, owner) in model.owner_of.iter().enumerate() {
        groups.entry(*owner).or_default().push(i);
    }
    for members in groups.values() {
        let curls: Vec<(crate::curl::SplitUrl, &Pos)> = members
            .iter()
            .filter_map(|i| evidence.get(*i))
            .flat_map(|e| e.curls.iter())
            .map(|(c, pos)| (split_url(&c.url), pos))
            .filter(|(u, _)| u.origin.as_deref().is_some_and(|o| o.starts_with("http")))
            .collect();
        if curls.is_empty() {
            continue;
        }
        for b in members.iter().filter_map(|i| outline.sections.get(*i)).flat_map(|s| s.blocks.iter()) {
            let BlockKind::Code { lang: Some(lang), text } = &b.kind else { continue };
            let lang = lang.to_ascii_lowercase();
            if !CODE_SAMPLE_LANGS.contains(&lang.as_str()) {
                continue;
            }
            for found in crate::code_urls::urls(text) {
                let url = split_url(&found.url);
                // A URL without a query: the sample passes its parameters apart (`params=`,
                // `data=`), which this reader does not follow.
                if url.query.is_empty() {
                    continue;
                }
                let same_call: Vec<&(crate::curl::SplitUrl, &Pos)> = curls
                    .iter()
                    .filter(|(c, _)| {
                        c.origin == url.origin && c.path.trim_end_matches('/') == url.path.trim_end_matches('/')
                    })
                    .collect();
                let Some((curl, curl_at)) = same_call.first() else { continue };
                if same_call.iter().any(|(c, _)| differences(&c.query, &url.query).is_empty()) {
                    continue;
                }
                let what = differences(&curl.query, &url.query);
                diags.emit(
                    Severity::Warning,
                    Code::SampleQueryMismatch,
                    &Pos::new(&b.pos.file, b.pos.line + found.line),
                    format!("the {lang} sample {}; the curl sample at {curl_at} calls the same path", what.join(", ")),
                    Some("show one request in every language: give both samples the same query".into()),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<(String, String)> {
        split_url(&format!("https://x.test/a?{s}")).query
    }

    #[test]
    fn keys_and_values_that_differ_placeholders_aside() {
        assert!(differences(&q("limit=10&page=1"), &q("page=1&limit=10")).is_empty());
        assert!(differences(&q("workspace_id=123"), &q("workspace_id={var}")).is_empty());
        assert_eq!(differences(&q("limit=10&page=1"), &q("limit=100&page=1")).len(), 1);
        let typo = differences(&q("limit=10&page=1"), &q("limit=10&page1"));
        assert_eq!(typo.len(), 2, "{typo:?}");
        assert!(typo[0].contains("`page1`") && typo[1].contains("leaves out `page`"), "{typo:?}");
    }
}
