//! The API's paging convention as a paging section describes it: its parameters (tables and
//! quoted names), the response fields, headers that drive paging, and page-size figures.

use crate::blocks::Outline;
use crate::conventions::Paging;
use crate::evidence::SectionEvidence;
use crate::regex_cell::re;
use crate::section_text::section_text;
use regex::Regex;
use std::sync::OnceLock;

/// Two paging sections' conventions as one: the first's fields, filled from the second's; a
/// paging style that headers drive (`link`, `range`) wins wherever it is described.
pub(super) fn merge_paging(mut a: Paging, b: Paging) -> Paging {
    // Headers that drive paging (a `Link` header, `Range`) say how to page, whatever section
    // named the parameters first.
    if matches!(b.style.as_str(), "link" | "range") {
        a.style = b.style.clone();
        a.range_unit = a.range_unit.or(b.range_unit.clone());
        a.next_range_header = a.next_range_header.or(b.next_range_header.clone());
        a.cursor_param = None;
        a.cursor_field = None;
    }
    a.total_header = a.total_header.or(b.total_header.clone());
    a.all_lists |= b.all_lists;
    macro_rules! fill {
        ($($f:ident),*) => { $( if a.$f.is_none() { a.$f = b.$f; } )* };
    }
    fill!(
        page_param,
        size_param,
        offset_param,
        cursor_param,
        cursor_field,
        items,
        has_more,
        total_pages,
        total_count,
        default_size,
        max_size
    );
    a.param_docs.extend(b.param_docs);
    a
}

fn quoted_names(text: &str) -> Vec<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    re(&RE, r#"['`"]([a-z_][A-Za-z0-9_]*)['`"]"#).captures_iter(text).map(|c| c[1].to_owned()).collect()
}

/// The paging a paging section (`idx`, with the sections it owns and its sub-sections) describes.
pub(super) fn paging_from_section(
    outline: &Outline,
    evidence: &[SectionEvidence],
    owners: &[usize],
    idx: usize,
) -> Paging {
    let mut p = Paging::default();
    let group: Vec<usize> = (0..outline.sections.len())
        .filter(|i| owners[*i] == idx || *i == idx || outline.sections[*i].parent == Some(idx))
        .collect();
    let mut params: Vec<String> = Vec::new();
    let mut response_fields: Vec<(String, Option<String>)> = Vec::new();
    let mut text = String::new();
    for &i in &group {
        text.push_str(&section_text(outline, i));
        for t in &evidence[i].tables {
            // Boolean and array rows (and `object`) describe the list response; the rest are
            // request parameters.
            for r in &t.rows {
                if r.type_text
                    .as_deref()
                    .is_some_and(|ty| ty.eq_ignore_ascii_case("boolean") || ty.eq_ignore_ascii_case("array"))
                    || r.name == "object"
                {
                    response_fields.push((r.name.clone(), r.type_text.clone()));
                } else if !is_link_relation(r) {
                    params.push(r.name.clone());
                    if let Some(d) = &r.description {
                        p.param_docs.insert(r.name.clone(), d.clone());
                    }
                }
            }
        }
        for ex in &evidence[i].examples {
            walk_example(&ex.value, "", &mut response_fields);
        }
    }
    for name in quoted_names(&text) {
        let cursor_like = name.eq_ignore_ascii_case("cursor");
        if !params.contains(&name) && (crate::vocabulary::is_paging_param(&name) && name != "next" || cursor_like) {
            params.push(name);
        }
    }
    let found = crate::vocabulary::paging_params(&params);
    p.extra_params = params.iter().filter(|n| n.contains("before")).cloned().collect();
    if let Some(found) = found {
        p.style = found.style.into();
        p.page_param = found.page;
        p.size_param = found.size;
        p.offset_param = found.offset;
        p.cursor_param = found.cursor;
    }
    // "since: a timestamp ... or an object id": a parameter that takes an item's id is a cursor
    // (the last item's id), whatever else it takes.
    if p.style.is_empty() {
        let id_param = params.iter().find(|n| {
            p.param_docs.get(*n).is_some_and(|d| {
                let d = d.to_ascii_lowercase();
                crate::vocabulary::ID_CURSOR_WORDS.iter().any(|w| d.contains(w))
            })
        });
        if let Some(name) = id_param {
            p.style = "cursor".into();
            p.cursor_param = Some(name.clone());
            p.size_param = params
                .iter()
                .find(|n| crate::vocabulary::PAGE_SIZE_PARAMS.contains(&n.to_ascii_lowercase().as_str()))
                .cloned();
            p.extra_params = params
                .iter()
                .filter(|n| Some(*n) != p.cursor_param.as_ref() && Some(*n) != p.size_param.as_ref())
                .cloned()
                .collect();
        }
    }
    if p.style == "cursor" {
        p.cursor_field = Some("id".into());
    }
    header_paging(&text, &mut p);
    p.all_lists = crate::list_words::says_all_lists(&text);
    for (path, ty) in &response_fields {
        let leaf = path.rsplit('.').next().unwrap_or(path).to_ascii_lowercase();
        if ty.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("array")) || leaf == "data" && p.items.is_none() {
            p.items.get_or_insert(path.clone());
        }
        if leaf.contains("has_more") || leaf == "hasmore" {
            p.has_more.get_or_insert(path.clone());
        }
        if leaf.contains("totalpages") || leaf.contains("total_pages") || leaf == "pages" {
            p.total_pages.get_or_insert(path.clone());
        }
        if leaf.contains("total_count")
            || leaf.contains("totalresources")
            || leaf.contains("totalcount")
            || leaf == "total"
        {
            p.total_count.get_or_insert(path.clone());
        }
    }
    // "By default ... set to 100 ... as high as 500", "Defaults to 20", "between 1 and 100".
    static DEF: OnceLock<Regex> = OnceLock::new();
    static MAX: OnceLock<Regex> = OnceLock::new();
    let lower = text.to_ascii_lowercase();
    if let Some(c) = re(&DEF, r"default(?:s| is| value)?[^.\d]{0,60}?(?:to|is|of)\s+(\d+)").captures(&lower) {
        p.default_size = c[1].parse().ok();
    }
    if let Some(c) =
        re(&MAX, r"(?:as high as|maximum(?: of| is)?|max(?:imum)?\s*(?:of|is)?|between\s+\d+\s+and|up to)\s+(\d+)")
            .captures(&lower)
    {
        p.max_size = c[1].parse().ok();
    }
    p
}

/// A row naming a link relation of the response (`next` "includes the URL to list the next
/// set"): a link to follow, not a parameter to send.
fn is_link_relation(r: &crate::tables::TableRow) -> bool {
    let lower = r.description.as_deref().unwrap_or("").to_ascii_lowercase();
    crate::vocabulary::LINK_RELATIONS.contains(&r.name.to_ascii_lowercase().as_str())
        && (lower.contains("url") || lower.contains("link"))
}

/// Paging that response headers drive, as a conventions section describes it: the next page in
/// an RFC 8288 `Link` header (`rel="next"`), or `Range` / `Content-Range` requests; and a total
/// count in a response header (`X-Total-Count`, `X-WP-Total`, `Resource-Count`).
fn header_paging(text: &str, p: &mut Paging) {
    static TOTAL: OnceLock<Regex> = OnceLock::new();
    static UNIT: OnceLock<Regex> = OnceLock::new();
    let lower = text.to_ascii_lowercase();
    let link = lower.contains("link") && (lower.contains("rel=\"next\"") || lower.contains("rel=next"));
    let range = lower.contains("content-range") && lower.contains("range");
    if let Some(c) = re(&TOTAL, r"`((?:X-)?[A-Za-z]*-?(?:Total|Count)[A-Za-z-]*)`").captures(text) {
        if c[1].contains('-') {
            p.total_header = Some(c[1].to_owned());
        }
    }
    if link {
        p.style = "link".into();
        p.cursor_param = None;
        p.cursor_field = None;
    } else if range {
        p.style = "range".into();
        p.range_unit =
            re(&UNIT, r"Range:\s*([A-Za-z]+)=").captures(text).map(|c| c[1].to_owned()).or(Some("items".into()));
        if lower.contains("next-range") {
            p.next_range_header = Some("Next-Range".into());
        }
        p.cursor_param = None;
        p.cursor_field = None;
    }
}

/// Records every field path of an example with a coarse type.
fn walk_example(v: &serde_json::Value, prefix: &str, out: &mut Vec<(String, Option<String>)>) {
    if let serde_json::Value::Object(map) = v {
        for (k, x) in map {
            let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            let ty = match x {
                serde_json::Value::Array(_) => Some("array".to_owned()),
                serde_json::Value::Bool(_) => Some("boolean".to_owned()),
                _ => None,
            };
            out.push((path.clone(), ty));
            walk_example(x, &path, out);
        }
    }
}
