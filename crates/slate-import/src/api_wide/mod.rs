//! Decide: the conventions of the API as a whole, read from the intro pages, prose and the
//! examples: servers, authentication, headers every request needs, the rate limit, pagination
//! and documented error statuses, filling the [`Conventions`] value. Nothing here knows a
//! provider: every fact comes from the docs.

mod auth;
mod errors;
mod paging;
mod request_headers;

use crate::blocks::Outline;
use crate::conventions::Conventions;
use crate::diag::Diagnostics;
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::section_text::section_text;

/// Reads the conventions of the doc set.
pub fn read(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) -> Conventions {
    let intro: Vec<usize> = (0..outline.sections.len()).filter(|i| !model.operation_sections.contains(i)).collect();
    let owners = &model.owner_of;
    let intro: Vec<usize> = intro.into_iter().filter(|i| !model.operation_sections.contains(&owners[*i])).collect();
    let mut c = Conventions {
        servers: crate::servers::servers(outline, evidence, model, &intro, diags),
        ..Conventions::default()
    };
    (c.auth, c.auth_pos) = auth::auth(outline, evidence, &intro);
    c.auth_alternatives = crate::credentials::alternatives(evidence, c.auth.as_ref());
    c.auth_together = crate::credentials::together(evidence, c.auth.as_ref());
    crate::credentials::add_prose_keys(outline, &mut c);
    c.oauth2 = crate::credentials::oauth2(outline, evidence, &intro);
    if c.oauth2.is_none() {
        c.openid_connect = crate::credentials::openid_connect(outline, &intro);
    }
    if let Some(listed) = crate::stated_auth::listed(outline, &intro) {
        crate::stated_auth::apply(listed, &mut c);
    }
    c.signing = crate::credentials::signing(outline, evidence, &intro);
    c.request_headers = request_headers::request_headers(outline, evidence, &intro, c.auth.as_ref());
    for &i in &intro {
        let text = section_text(outline, i);
        if c.rate_limit.is_none() {
            c.rate_limit = crate::rate_limits::rate_limit(&text)
                .or_else(|| evidence[i].examples.iter().find_map(|e| crate::rate_limits::from_sample(&e.value)));
        }
        if c.rate_limit_headers.is_none() {
            c.rate_limit_headers = crate::rate_limits::headers(&text);
        }
        let title = outline.sections[i].title.to_ascii_lowercase();
        // A paging section under an operation's heading describes that operation's list; its
        // own parameters say how it pages.
        let under_operation = std::iter::successors(outline.sections[i].parent, |p| outline.sections[*p].parent)
            .any(|p| model.operation_sections.contains(&p));
        if (title.contains("pagina") || title.contains("paging")) && !under_operation {
            let mut p = paging::paging_from_section(outline, evidence, owners, i);
            if p.style.is_empty() {
                continue;
            }
            if let Some(old) = c.paging.take() {
                p = paging::merge_paging(old, p);
            }
            c.paging = Some(p);
        }
        // A table of HTTP status codes documents the error statuses wherever it is ("Errors",
        // "Responses", "Status codes").
        errors::read_status_codes(outline, i, &mut c);
        if title.contains("error") {
            errors::read_error_body(outline, evidence, owners, i, &mut c);
        }
    }
    c
}
