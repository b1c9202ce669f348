//! The paging of one list operation, decided once in the decide stage: how its list pages,
//! read from its own examples and query parameters, its words ("a paginated list") and the
//! API's paging convention. The writer copies the result into the operation's `x-pagination`.

use crate::conventions::{Conventions, Paging};
use crate::envelope::Envelope;
use crate::list_words::Said;
use crate::model::Operation;
use openapi_ext::{self as ext, Extension};
use serde_json::Value;

/// The `x-pagination` of a GET whose response is a list (or that its words call paginated),
/// or none.
pub(crate) fn paging_for(
    op: &Operation,
    conv: &Conventions,
    env: Option<&Envelope>,
    examples: &[&Value],
    query: &[String],
    said: Option<&Said>,
    notes: &str,
) -> Option<Value> {
    let said_paginated = match said {
        Some(Said::NotPaginated) => return None,
        Some(Said::Paginated(sentence)) => Some(sentence.to_ascii_lowercase()),
        None => None,
    };
    // A HAL list (`{_embedded: {customers: [...]}}`) holds its items one level down.
    let embedded = examples.iter().find_map(|v| {
        let m = v.get("_embedded")?.as_object()?;
        m.iter().find(|(_, x)| x.is_array()).map(|(k, _)| format!("_embedded.{k}"))
    });
    // "Reads are a paginated list": of an object's arrays, the one the sentence names.
    let named = said_paginated.as_deref().and_then(|sentence| {
        examples.iter().find_map(|v| {
            v.as_object()?
                .iter()
                .find(|(k, x)| x.is_array() && sentence.contains(&k.to_ascii_lowercase()))
                .map(|(k, _)| k.clone())
        })
    });
    // `{current_page, total_pages, users: [...]}`: the one array beside page counters.
    let beside_counters = examples.iter().find_map(|v| {
        let m = v.as_object()?;
        let arrays: Vec<&String> = m
            .iter()
            .filter(|(k, x)| {
                x.is_array() && !crate::vocabulary::RESPONSE_NOTICE_KEYS.contains(&k.to_ascii_lowercase().as_str())
            })
            .map(|(k, _)| k)
            .collect();
        let counters = m.keys().any(|k| {
            let lower = k.to_ascii_lowercase();
            crate::vocabulary::PAGE_COUNTER_KEYS.contains(&lower.as_str())
                || crate::vocabulary::PAGING_RESPONSE_KEYS.contains(&lower.replace(['_', '-'], "").as_str())
        });
        (arrays.len() == 1 && counters).then(|| arrays[0].clone())
    });
    // "`page`: number of 'tasks_page' you want to fetch": of an object's arrays, the one the
    // paging parameter's own description names.
    let named_by_param =
        crate::vocabulary::paging_params(query).and_then(|o| o.page.or(o.cursor).or(o.offset)).and_then(|name| {
            let doc = op.tables.iter().flat_map(|t| &t.rows).find(|r| r.name == name)?.description.clone()?;
            examples.iter().find_map(|v| {
                v.as_object()?
                    .iter()
                    .find(|(k, x)| x.is_array() && ['\'', '`', '"'].iter().any(|q| doc.contains(&format!("{q}{k}{q}"))))
                    .map(|(k, _)| k.clone())
            })
        });
    let lists = env.map(|e| e.list).unwrap_or_else(|| examples.iter().any(|v| v.is_array()))
        || embedded.is_some()
        || beside_counters.is_some()
        || named_by_param.is_some();
    // A GET whose own table has a paging pair (a page, offset or cursor and a page size) pages,
    // even where no example shows its list.
    let own_pair = crate::vocabulary::paging_params(query).is_some_and(|p| p.size.is_some());
    if !lists && said_paginated.is_none() && !own_pair {
        return None;
    }
    // Called paginated, the list has to be paged somehow: the API's convention or its own
    // parameters; without either it stays unpaged.
    if !lists && conv.paging.is_none() && crate::vocabulary::paging_params(query).is_none() {
        return None;
    }
    let items = embedded
        .or(named)
        .or(named_by_param)
        .or_else(|| env.filter(|e| e.list).map(|e| e.key.clone()))
        .or(beside_counters.clone())
        .or_else(|| env.map(|e| e.key.clone()))
        .unwrap_or_default();
    let has = |path: &str| examples.iter().any(|v| lookup(v, path).is_some());
    // The next page's URL in the body (`links.next`, HAL `_links.next.href`, `next_page_url`).
    let next_url = examples.iter().find_map(|v| {
        let mut found = Vec::new();
        find_keys(v, "", &mut found);
        found.into_iter().find(|path| {
            let p = path.to_ascii_lowercase();
            let leafish = p.ends_with("links.next.href")
                || p.ends_with("links.next")
                || p.ends_with("next_page_url")
                || p.ends_with("nextpageurl")
                || p.ends_with("next_url")
                || p.ends_with("paging.next");
            leafish
                && lookup(v, path).is_some_and(|x| {
                    x.as_str().is_some_and(|s| s.starts_with("http") || s.starts_with('/')) || x.is_null()
                })
        })
    });
    // The API's convention pages this list only where the operation's own evidence says so:
    // its words, its paging parameters, a paging object or a next link in its response, or a
    // convention stated for every list.
    let own_evidence = said_paginated.is_some()
        || next_url.is_some()
        || beside_counters.is_some()
        || crate::vocabulary::paging_params(query).is_some()
        // `Range` requests page by a request header and `Content-Range`: no operation's table
        // or example can show them, so the convention speaks for every list.
        || conv.paging.as_ref().is_some_and(|g| g.all_lists || g.style == "range" || takes_params_of(g, query))
        || examples.iter().any(|v| shows_paging(v))
        || inclusive_cursor(op, query, notes).is_some();
    // Headers the conventions name drive paging before a URL in the body does.
    let next_url = next_url.filter(|_| conv.paging.as_ref().is_none_or(|g| g.style != "link" && g.style != "range"));
    let mut p: Paging = match (&conv.paging, next_url) {
        (conv_paging, Some(next)) => {
            let own = crate::vocabulary::paging_params(query);
            Paging {
                style: "next_url".into(),
                size_param: own
                    .and_then(|o| o.size)
                    .or_else(|| conv_paging.as_ref().and_then(|g| g.size_param.clone())),
                next_url: Some(next),
                ..Paging::default()
            }
        }
        (Some(_), None) if !own_evidence => return None,
        (Some(g), None) => g.clone(),
        (None, None) => {
            // Read from this operation's own query parameters.
            let found = crate::vocabulary::paging_params(query)
                .or_else(|| inclusive_cursor(op, query, notes))
                .or_else(|| echoed_params(examples))?;
            Paging {
                style: found.style.into(),
                page_param: found.page,
                size_param: found.size,
                offset_param: found.offset,
                cursor_field: found.cursor.as_deref().and_then(|c| {
                    crate::vocabulary::id_cursor_field(c)
                        .or_else(|| inclusive_cursor(op, query, notes).and_then(|f| f.cursor).filter(|f| f == c))
                }),
                cursor_param: found.cursor,
                ..Paging::default()
            }
        }
    };
    // Only keep response paths this operation's examples show; find totals in its own meta.
    for f in [&mut p.has_more, &mut p.total_pages, &mut p.total_count] {
        if f.as_deref().is_some_and(|path| !has(path)) {
            *f = None;
        }
    }
    if p.total_count.is_none() && p.total_pages.is_none() || p.has_more.is_none() {
        for v in examples {
            let mut found = Vec::new();
            find_keys(v, "", &mut found);
            for path in found {
                let leaf = path.rsplit('.').next().unwrap_or(&path).to_ascii_lowercase();
                if leaf == "total_count" || leaf == "totalcount" || leaf == "total" {
                    p.total_count.get_or_insert(path.clone());
                }
                if leaf == "total_pages" || leaf == "totalpages" {
                    p.total_pages.get_or_insert(path.clone());
                }
                if (leaf == "has_more" || leaf == "hasmore") && lookup(v, &path).is_some_and(Value::is_boolean) {
                    p.has_more.get_or_insert(path.clone());
                }
            }
        }
    }
    // A cursor the server hands out (`next_cursor`, `nextPageToken`) rather than an item's id.
    if p.style == "cursor" {
        for v in examples {
            let mut found = Vec::new();
            find_keys(v, "", &mut found);
            let next = found.into_iter().find(|path| {
                let leaf = path.rsplit('.').next().unwrap_or(path).to_ascii_lowercase().replace(['_', '-'], "");
                leaf.starts_with("next")
                    && (leaf.contains("cursor") || leaf.contains("token"))
                    && lookup(v, path).is_some_and(|x| x.is_string() || x.is_null() || x.is_number())
            });
            if let Some(next) = next {
                p.next_cursor = Some(next);
                p.cursor_field = None;
                break;
            }
        }
    }
    let out = ext::Pagination {
        style: p.style.clone(),
        items: Some(items),
        page_param: p.page_param.clone(),
        size_param: p.size_param.clone(),
        offset_param: p.offset_param.clone(),
        cursor_param: p.cursor_param.clone(),
        cursor_field: p.cursor_field.clone(),
        next_cursor: p.next_cursor.clone(),
        has_more: p.has_more.clone(),
        total_pages: p.total_pages.clone(),
        total_count: p.total_count.clone(),
        next_url: p.next_url.clone(),
        next_header: p.next_header.clone(),
        total_header: p.total_header.clone(),
        range_unit: p.range_unit.clone(),
        next_range_header: p.next_range_header.clone(),
        default_size: p.default_size,
        max_size: p.max_size,
        other: Default::default(),
    };
    let _ = op;
    Some(out.to_value())
}

/// A query parameter the operation's notes say starts the list at an item, inclusive ("it will
/// get orders >= that `orderId`"): an id cursor, the items' field of the same name.
fn inclusive_cursor(op: &Operation, query: &[String], notes: &str) -> Option<crate::vocabulary::PagingParams> {
    let mut texts: Vec<&str> = vec![op.description.as_str(), notes];
    texts.extend(op.tables.iter().flat_map(|t| t.rows.iter().filter_map(|r| r.description.as_deref())));
    let name = texts.iter().flat_map(|t| t.split_inclusive(['.', '\n'])).find_map(|sentence| {
        let lower = sentence.to_ascii_lowercase();
        let at = crate::vocabulary::INCLUSIVE_FROM_WORDS.iter().find_map(|w| lower.find(w))?;
        let after = &sentence[at..];
        query.iter().find(|q| after.contains(&format!("`{q}`"))).cloned()
    })?;
    let size = crate::vocabulary::paging_params(query).and_then(|p| p.size).or_else(|| {
        query.iter().find(|n| crate::vocabulary::PAGE_SIZE_PARAMS.contains(&n.to_ascii_lowercase().as_str())).cloned()
    });
    Some(crate::vocabulary::PagingParams { style: "cursor", page: None, size, offset: None, cursor: Some(name) })
}

/// Whether the operation takes one of the convention's paging parameters.
fn takes_params_of(g: &Paging, query: &[String]) -> bool {
    [&g.page_param, &g.size_param, &g.offset_param, &g.cursor_param]
        .into_iter()
        .flatten()
        .any(|p| query.iter().any(|q| q.eq_ignore_ascii_case(p)))
}

/// The paging parameters a response's paging object echoes (`{"pagination": {"limit": 10,
/// "offset": 0, "total": 33}}`): the list pages by them though its table names none.
fn echoed_params(examples: &[&Value]) -> Option<crate::vocabulary::PagingParams> {
    examples.iter().find_map(|v| {
        let (_, inner) = v.as_object()?.iter().find(|(k, x)| {
            x.is_object()
                && crate::vocabulary::PAGING_RESPONSE_KEYS
                    .contains(&k.to_ascii_lowercase().replace(['_', '-'], "").as_str())
        })?;
        let keys: Vec<String> = inner.as_object()?.keys().cloned().collect();
        crate::vocabulary::paging_params(&keys)
    })
}

/// Whether a response example carries a paging object or page counters
/// ([`crate::vocabulary::PAGING_RESPONSE_KEYS`]) at any depth outside its items.
fn shows_paging(v: &Value) -> bool {
    let mut found = Vec::new();
    find_keys(v, "", &mut found);
    found.iter().any(|path| {
        path.split('.').any(|k| {
            let k = k.to_ascii_lowercase().replace(['_', '-'], "");
            crate::vocabulary::PAGING_RESPONSE_KEYS.contains(&k.as_str())
        })
    })
}

fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |cur, k| cur.get(k))
}

fn find_keys(v: &Value, prefix: &str, out: &mut Vec<String>) {
    if let Value::Object(m) = v {
        for (k, x) in m {
            let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            if !x.is_array() {
                out.push(p.clone());
                find_keys(x, &p, out);
            }
        }
    }
}
