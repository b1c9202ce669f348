//! Pagination of list operations a spec does not annotate (`x-pagination` absent): a stream is
//! offered only when the shape leaves one reading. A `GET` with paging query parameters whose
//! JSON response holds exactly one array follows the body's next-page URL when it has one
//! (`next`, `next_url`, `links.next`...), else counts by offset (`offset` with a size such as
//! `limit`) or by page number (`page`). Every other list operation with paging parameters is a
//! warning saying why it got no stream.

use openapi_ext::{PagingPlan, PagingStyle};

use super::{Builder, Operation, Pagination, ResponseKind, Ty, TypeKind};
use crate::Code;

/// Query parameters that give the first item to return: offset paging.
const OFFSET_PARAMS: &[&str] = &["offset", "skip", "start"];
/// Query parameters that number the page: page paging.
const PAGE_PARAMS: &[&str] = &["page", "page_number", "pagenumber"];
/// Query parameters that size a page (with offset or page paging).
const SIZE_PARAMS: &[&str] = &["limit", "per_page", "perpage", "page_size", "pagesize", "size", "count"];
/// Query parameters that carry a cursor the server handed out (no stream without knowing
/// where the next one is).
const CURSOR_PARAMS: &[&str] =
    &["cursor", "after", "before", "starting_after", "ending_before", "page_token", "pagetoken", "next_token"];
/// Response properties holding the next page's URL.
const NEXT_URL_FIELDS: &[&str] =
    &["next", "next_url", "nexturl", "next_page_url", "nextpageurl", "next_link", "nextlink"];
/// Response objects holding links, one of them the next page's (`links.next`, HAL `_links.next`).
const LINK_OBJECTS: &[&str] = &["links", "_links"];

impl<'a> Builder<'a> {
    /// The stream of an operation without `x-pagination`, when its shape is unambiguous.
    pub(super) fn infer_pagination(&mut self, o: &Operation, loc: &str) -> Option<Pagination> {
        if o.method != "GET" {
            return None;
        }
        let named = |names: &[&str]| {
            o.query.iter().find(|p| names.contains(&p.wire.to_ascii_lowercase().as_str())).map(|p| p.wire.clone())
        };
        let (offset, page, size, cursor) =
            (named(OFFSET_PARAMS), named(PAGE_PARAMS), named(SIZE_PARAMS), named(CURSOR_PARAMS));
        if offset.is_none() && page.is_none() && size.is_none() && cursor.is_none() {
            return None;
        }
        let none = |b: &mut Self, why: String| {
            b.warn(Code::NoStream, loc, format!("list operation `{}` gets no stream: {why}", o.id));
            None
        };
        let ResponseKind::Json(resp) = &o.response else {
            return none(self, "its response is not JSON".into());
        };
        let (items, item_ty, next_url) = match self.resolved(resp) {
            Ty::Vec(inner) => (String::new(), *inner, None),
            Ty::Named(n) => {
                let Some(TypeKind::Struct { fields, .. }) = self.types.get(&n).map(|d| d.kind.clone()) else {
                    return none(self, "its response is not an object".into());
                };
                let arrays: Vec<_> = fields.iter().filter(|f| matches!(self.resolved(&f.ty), Ty::Vec(_))).collect();
                let [array] = arrays.as_slice() else {
                    let names: Vec<String> = arrays.iter().map(|f| format!("`{}`", f.wire)).collect();
                    return none(
                        self,
                        match names.len() {
                            0 => "its response holds no array of items".into(),
                            _ => format!(
                                "its response holds several arrays ({}), none known as the items",
                                names.join(", ")
                            ),
                        },
                    );
                };
                let Ty::Vec(inner) = self.resolved(&array.ty) else { return None };
                let next = fields.iter().find(|f| NEXT_URL_FIELDS.contains(&f.wire.to_ascii_lowercase().as_str()));
                let next = next.map(|f| f.wire.clone()).or_else(|| {
                    fields.iter().filter(|f| LINK_OBJECTS.contains(&f.wire.as_str())).find_map(|links| {
                        let Ty::Named(l) = self.resolved(&links.ty) else { return None };
                        match &self.types.get(&l)?.kind {
                            TypeKind::Struct { fields, .. } => {
                                fields.iter().find(|f| f.wire == "next").map(|_| format!("{}.next", links.wire))
                            }
                            _ => None,
                        }
                    })
                });
                (array.wire.clone(), *inner, next)
            }
            _ => return none(self, "its response is neither an array nor an object".into()),
        };
        let (style, param) = match (&next_url, &offset, &page) {
            (Some(_), _, _) => (PagingStyle::NextUrl, String::new()),
            (None, Some(_), Some(_)) => {
                return none(self, "it has both offset and page parameters, and no next-page URL in the body".into())
            }
            (None, Some(off), None) if size.is_some() => (PagingStyle::Offset, off.clone()),
            (None, None, Some(p)) => (PagingStyle::Page, p.clone()),
            _ => {
                return none(
                    self,
                    "no next-page URL in the body, and no offset with a page size nor a page number to count by".into(),
                )
            }
        };
        let plan = PagingPlan {
            style,
            items,
            param,
            cursor_field: None,
            next_cursor: None,
            size_param: if style == PagingStyle::NextUrl { None } else { size },
            has_more: None,
            total_pages: None,
            total_count: None,
            default_size: None,
            next_url,
            next_header: None,
            total_header: None,
            range_unit: None,
            next_range_header: None,
        };
        Some(Pagination { plan, item_ty })
    }

    /// `ty` with aliases followed (bounded).
    fn resolved(&self, ty: &Ty) -> Ty {
        let mut ty = ty.clone();
        for _ in 0..16 {
            match &ty {
                Ty::Named(n) => match self.types.get(n).map(|d| &d.kind) {
                    Some(TypeKind::Alias(t)) => ty = t.clone(),
                    _ => break,
                },
                _ => break,
            }
        }
        ty
    }
}
