//! The paging the written document implies beyond each operation's own (decided in
//! `operation_paging`): a nested route shares the paging of the route it nests, and a list
//! counting pages pages like the API's other page-numbered lists. Both read the document the
//! writer has built (which GETs page, with which parameters) and run at the end of `write`.

use indexmap::IndexMap;
use openapi_ext::{self as ext, Extension};
use openapiv3 as oa;
use serde_json::Value;

/// A GET the docs only declare (no example, no table of its own) whose path ends with the whole
/// path of a paginated GET (`/projects/{p}/items/{id}/notes` and `/items/{id}/notes`) is the
/// same list under a parent scope: it pages the same way, with the same paging parameters.
pub(crate) fn nested_route_paging(paths: &mut IndexMap<String, oa::ReferenceOr<oa::PathItem>>) {
    let segments = |p: &str| -> Vec<String> {
        p.split('/')
            .filter(|s| !s.is_empty())
            .map(|s| if s.starts_with('{') { "{}".to_owned() } else { s.to_owned() })
            .collect()
    };
    let paged: Vec<(Vec<String>, Value, Vec<oa::ReferenceOr<oa::Parameter>>)> = paths
        .iter()
        .filter_map(|(path, item)| {
            let oa::ReferenceOr::Item(item) = item else { return None };
            let get = item.get.as_ref()?;
            let paging = get.extensions.get(ext::names::PAGINATION)?;
            let typed = ext::Pagination::from_value(paging).ok()?;
            let names: Vec<&str> = [&typed.page_param, &typed.size_param, &typed.offset_param, &typed.cursor_param]
                .into_iter()
                .filter_map(Option::as_deref)
                .collect();
            let params = get
                .parameters
                .iter()
                .filter(|p| matches!(p, oa::ReferenceOr::Item(oa::Parameter::Query { parameter_data, .. }) if names.contains(&parameter_data.name.as_str())))
                .cloned()
                .collect();
            Some((segments(path), paging.clone(), params))
        })
        .collect();
    for (path, item) in paths.iter_mut() {
        let oa::ReferenceOr::Item(item) = item else { continue };
        let Some(get) = item.get.as_mut() else { continue };
        let documented =
            get.responses.responses.values().any(|r| matches!(r, oa::ReferenceOr::Item(r) if !r.content.is_empty()));
        if documented || get.extensions.contains_key(ext::names::PAGINATION) {
            continue;
        }
        let mine = segments(path);
        let found = paged
            .iter()
            .filter(|(theirs, _, _)| theirs.len() >= 2 && theirs.len() < mine.len() && mine.ends_with(theirs))
            .max_by_key(|(theirs, _, _)| theirs.len());
        if let Some((_, paging, params)) = found {
            get.extensions.insert(ext::names::PAGINATION.into(), paging.clone());
            for p in params {
                let oa::ReferenceOr::Item(oa::Parameter::Query { parameter_data: theirs, .. }) = p else { continue };
                let has = get.parameters.iter().any(|q| matches!(q, oa::ReferenceOr::Item(oa::Parameter::Query { parameter_data, .. }) if parameter_data.name == theirs.name));
                if !has {
                    get.parameters.push(p.clone());
                }
            }
        }
    }
}

/// A GET whose documented response counts pages (`{current_page, total_pages, users: [...]}`)
/// but whose table names no paging parameter pages like the API's other page-numbered lists,
/// when they all agree on the page parameter: that parameter (and their page size) is given to
/// it. Where they disagree, or none pages by number, nothing is guessed.
pub(crate) fn counted_pages_paging(paths: &mut IndexMap<String, oa::ReferenceOr<oa::PathItem>>) {
    let query_named = |get: &oa::Operation, name: &str| {
        get.parameters.iter().find_map(|p| match p {
            oa::ReferenceOr::Item(oa::Parameter::Query { parameter_data, .. }) if parameter_data.name == name => {
                Some(p.clone())
            }
            _ => None,
        })
    };
    let mut pairs: Vec<(String, Option<String>, Vec<oa::ReferenceOr<oa::Parameter>>)> = Vec::new();
    for item in paths.values() {
        let oa::ReferenceOr::Item(item) = item else { continue };
        let Some(get) = item.get.as_ref() else { continue };
        let Some(Ok(paging)) = ext::Pagination::read(&get.extensions) else { continue };
        if paging.style != "page" {
            continue;
        }
        let Some(page) = paging.page_param.as_deref() else { continue };
        let size = paging.size_param.clone();
        let params = [Some(page), size.as_deref()].into_iter().flatten().filter_map(|n| query_named(get, n)).collect();
        pairs.push((page.to_owned(), size, params));
    }
    let Some((page, size, params)) = pairs.first().cloned() else { return };
    if pairs.iter().any(|(p, _, _)| *p != page) {
        return;
    }
    let size = size.filter(|s| pairs.iter().all(|(_, theirs, _)| theirs.as_ref().is_none_or(|t| t == s)));
    for item in paths.values_mut() {
        let oa::ReferenceOr::Item(item) = item else { continue };
        let Some(get) = item.get.as_mut() else { continue };
        if get.extensions.contains_key(ext::names::PAGINATION) || get.parameters.iter().any(|p| is_query(p, &page)) {
            continue;
        }
        let example = get.responses.responses.values().find_map(|r| match r {
            oa::ReferenceOr::Item(r) => r.content.get("application/json").and_then(|m| {
                m.example.clone().or_else(|| {
                    m.examples.values().find_map(|e| match e {
                        oa::ReferenceOr::Item(e) => e.value.clone(),
                        _ => None,
                    })
                })
            }),
            _ => None,
        });
        let Some(Value::Object(m)) = example else { continue };
        let arrays: Vec<&String> = m.iter().filter(|(_, x)| x.is_array()).map(|(k, _)| k).collect();
        let counts_pages =
            m.keys().any(|k| crate::vocabulary::PAGE_COUNT_KEYS.contains(&k.to_ascii_lowercase().as_str()));
        if arrays.len() != 1 || !counts_pages {
            continue;
        }
        let count = |leaf: &str| m.keys().find(|k| k.eq_ignore_ascii_case(leaf)).cloned();
        let paging = ext::Pagination {
            style: "page".into(),
            items: Some(arrays[0].clone()),
            page_param: Some(page.clone()),
            size_param: size.clone(),
            total_pages: count("total_pages"),
            total_count: count("total_items"),
            ..Default::default()
        };
        paging.write(&mut get.extensions);
        for p in &params {
            let oa::ReferenceOr::Item(oa::Parameter::Query { parameter_data, .. }) = p else { continue };
            if !get.parameters.iter().any(|q| is_query(q, &parameter_data.name)) {
                get.parameters.push(p.clone());
            }
        }
    }
}

fn is_query(p: &oa::ReferenceOr<oa::Parameter>, name: &str) -> bool {
    matches!(p, oa::ReferenceOr::Item(oa::Parameter::Query { parameter_data, .. }) if parameter_data.name == name)
}
