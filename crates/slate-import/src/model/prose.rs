//! Operations named in running text: a request line below the declared one that the section
//! documents too, and, in docs that declare none in any form, the request lines the prose names
//! and the endpoints an environments table spells out.

use super::{Candidate, Groups, Strip};
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::SectionEvidence;
use crate::paths::{self, same_endpoint};
use crate::url_slips::without_format_suffix;

/// Adds the request lines named in a declaring group's text below its declared path.
pub(super) fn below_declared(
    candidates: &mut Vec<Candidate>,
    groups: &Groups,
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) {
    // 2c. A request line named in the running text of a group that declares one, whose path
    //     goes on below the declared one (`GET /entries/2.json` declared; "also possible via
    //     `GET /entries/2/occurrences/20190218.json`"): a sub-resource the section documents too.
    let mut below: Vec<Candidate> = Vec::new();
    for c in candidates.iter() {
        let declared = strip(&c.written_path);
        let base = without_format_suffix(&declared);
        let base_segs: Vec<&str> = base.split('/').filter(|x| !x.is_empty()).collect();
        for (d, pos) in groups[&c.owner].iter().flat_map(|&m| evidence[m].mentions.iter()) {
            let path = strip(&split_url(&d.url).path);
            let segs: Vec<&str> = path.split('/').filter(|x| !x.is_empty()).collect();
            let extends = segs.len() > base_segs.len()
                && paths::example_matches(
                    &format!("/{}", base_segs.join("/")),
                    &format!("/{}", segs[..base_segs.len()].join("/")),
                );
            let known = candidates.iter().chain(below.iter()).any(|o| {
                let op = strip(&o.written_path);
                o.method == d.method && (same_endpoint(&op, &path) || paths::example_matches(&op, &path))
            });
            if !extends || known || d.method != c.method {
                continue;
            }
            diags.info(
                Code::OperationFromProse,
                pos,
                format!("`{} {path}` is named in the text of the section that declares `{} {declared}`, below its path: taken as an operation", d.method, c.method),
            );
            below.push(Candidate {
                owner: c.owner,
                method: d.method.clone(),
                written_path: split_url(&d.url).path,
                query: vec![],
                pos: pos.clone(),
            });
        }
    }
    candidates.extend(below);
}

/// Docs that declare no operation in any form but name request lines in their prose ("We
/// have implemented the `GET /party` endpoint"): those are the operations, each noted.
pub(super) fn named_in_prose(
    candidates: &mut Vec<Candidate>,
    groups: &Groups,
    evidence: &[SectionEvidence],
    strip: Strip,
    diags: &mut Diagnostics,
) {
    for (&owner, members) in groups {
        for (d, pos) in members.iter().flat_map(|&m| evidence[m].mentions.iter()) {
            let path = split_url(&d.url).path;
            if candidates.iter().any(|c| c.method == d.method && same_endpoint(&strip(&c.written_path), &strip(&path)))
            {
                continue;
            }
            if let Some(named) = candidates
                .iter()
                .find(|c| c.method == d.method && paths::differs_by_typo(&strip(&c.written_path), &strip(&path)))
            {
                diags.info(
                    Code::DuplicateOperation,
                    pos,
                    format!(
                        "`{} {path}` differs from `{} {}` named before only by a misspelling; the same operation",
                        d.method, named.method, named.written_path
                    ),
                );
                continue;
            }
            diags.info(
                Code::OperationFromProse,
                pos,
                format!(
                    "`{} {path}` is named only in running text; taken as an operation (no request line declares one)",
                    d.method
                ),
            );
            candidates.push(Candidate {
                owner,
                method: d.method.clone(),
                written_path: path,
                query: vec![],
                pos: pos.clone(),
            });
        }
    }
}

/// In such docs, a table of environments and full URLs (`Production | https://host/base/pots`)
/// whose URLs extend, label by label, those of another such table (the base URLs) names an
/// endpoint: the extension, requested with GET as a URL alone is.
pub(super) fn env_table_extensions(
    candidates: &mut Vec<Candidate>,
    evidence: &[SectionEvidence],
    owner_of: &[usize],
    strip: Strip,
    diags: &mut Diagnostics,
) {
    let tables: Vec<(usize, &[EnvUrl])> = (0..evidence.len())
        .filter(|&i| !evidence[i].env_urls.is_empty())
        .map(|i| (i, evidence[i].env_urls.as_slice()))
        .collect();
    for &(i, rows) in &tables {
        let extension = rows.iter().find_map(|(label, url, pos)| {
            tables.iter().filter(|(j, _)| *j != i).flat_map(|(_, other)| other.iter()).find_map(|(l, base, _)| {
                let base = base.trim_end_matches('/');
                let rest = url.strip_prefix(base).filter(|r| r.starts_with('/') && r.len() > 1)?;
                (l == label).then(|| (rest.to_owned(), pos.clone()))
            })
        });
        let Some((path, pos)) = extension else { continue };
        if candidates.iter().any(|c| c.method == "GET" && same_endpoint(&strip(&c.written_path), &strip(&path))) {
            continue;
        }
        diags.info(
            Code::OperationFromProse,
            &pos,
            format!("`GET {path}`: the URLs of this table extend the base URLs of another by `{path}`; taken as an operation (a URL alone is requested with GET)"),
        );
        candidates.push(Candidate {
            owner: owner_of[i],
            method: "GET".to_owned(),
            written_path: path,
            query: vec![],
            pos,
        });
    }
}

/// A row of an environments table: label, full URL, where.
type EnvUrl = (String, String, Pos);
