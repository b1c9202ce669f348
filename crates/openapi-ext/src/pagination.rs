//! `x-pagination`: how an operation's list is paged, and the part of it a client acts on.

use crate::{names, Extension, Extensions};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `x-pagination` as written in a spec (every field of `docs/extensions.md`). Fields are in
/// the order the importer writes them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Pagination {
    /// How the next page is requested: `page`, `offset`, `cursor`, `link`, `next_url`, `range`.
    #[serde(default)]
    pub style: String,
    /// Dotted path to the item array in the response body (`""`: the body is the array).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<String>,
    /// Query parameter holding the 1-based page number (style `page`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_param: Option<String>,
    /// Query parameter holding the page size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size_param: Option<String>,
    /// Query parameter holding the item offset (style `offset`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset_param: Option<String>,
    /// Query parameter holding the cursor (style `cursor`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor_param: Option<String>,
    /// Field of the last item whose value is the next cursor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor_field: Option<String>,
    /// Dotted path to the next cursor in the response (instead of `cursor_field`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Dotted path to a boolean in the response: false on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<String>,
    /// Dotted path to the number of pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<String>,
    /// Dotted path to the number of items in the whole collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<String>,
    /// Dotted path to the next page's URL in the response body (style `next_url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_url: Option<String>,
    /// Response header holding the next page's URL (style `next_url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_header: Option<String>,
    /// Response header holding the number of items (styles `link`, `next_url`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_header: Option<String>,
    /// Unit of the `Range` and `Content-Range` headers (style `range`; default `items`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range_unit: Option<String>,
    /// Response header whose value is the next request's `Range` (style `range`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_range_header: Option<String>,
    /// Documented page-size default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_size: Option<u64>,
    /// Documented page-size maximum (documentation: a client does not act on it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_size: Option<u64>,
    /// Fields this version of the contract does not know, kept as written.
    #[serde(flatten)]
    pub other: Extensions,
}

impl Extension for Pagination {
    const NAME: &'static str = names::PAGINATION;
}

/// The paging styles a client can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PagingStyle {
    /// A page-number query parameter.
    Page,
    /// An item-offset query parameter.
    Offset,
    /// A cursor query parameter, from the response or from the last item.
    Cursor,
    /// The RFC 8288 `Link` header's `rel="next"`.
    Link,
    /// A next-page URL in the body or in a header.
    NextUrl,
    /// `Range` / `Content-Range` headers.
    Range,
}

impl PagingStyle {
    /// The style's name as written in `x-pagination`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Page => "page",
            Self::Offset => "offset",
            Self::Cursor => "cursor",
            Self::Link => "link",
            Self::NextUrl => "next_url",
            Self::Range => "range",
        }
    }
}

/// What a generated client reads of an `x-pagination`, with the defaults applied: two
/// extensions with the same plan give the same client, whatever else differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PagingPlan {
    /// The style.
    pub style: PagingStyle,
    /// Dotted path to the item array.
    pub items: String,
    /// The page, offset or cursor query parameter (empty for `link`, `next_url`, `range`).
    pub param: String,
    /// Field of the last item giving the next cursor (cursor style without `next_cursor`).
    pub cursor_field: Option<String>,
    /// Dotted path to the next cursor in the response (cursor style).
    pub next_cursor: Option<String>,
    /// The page-size parameter.
    pub size_param: Option<String>,
    /// Dotted path to the has-more flag.
    pub has_more: Option<String>,
    /// Dotted path to the page count.
    pub total_pages: Option<String>,
    /// Dotted path to the item count.
    pub total_count: Option<String>,
    /// The page size asked for when the caller sets none.
    pub default_size: Option<u64>,
    /// Dotted path to the next URL in the body (style `next_url`).
    pub next_url: Option<String>,
    /// Header holding the next URL (style `next_url`).
    pub next_header: Option<String>,
    /// Header holding the item count (styles `link`, `next_url`).
    pub total_header: Option<String>,
    /// Unit of `Range` (style `range`).
    pub range_unit: Option<String>,
    /// Header giving the next `Range` (style `range`).
    pub next_range_header: Option<String>,
}

impl Pagination {
    /// What a client follows, or why no client can follow it (a message for a warning).
    pub fn plan(&self) -> Result<PagingPlan, String> {
        let Some(items) = self.items.clone() else {
            return Err("x-pagination without `items`; no stream generated".into());
        };
        let or = |v: &Option<String>, d: &str| v.clone().unwrap_or_else(|| d.to_owned());
        let (style, param, cursor_field, next_cursor) = match self.style.as_str() {
            "page" => (PagingStyle::Page, or(&self.page_param, "page"), None, None),
            "offset" => (PagingStyle::Offset, or(&self.offset_param, "offset"), None, None),
            "cursor" => {
                let Some(param) = self.cursor_param.clone() else {
                    return Err("cursor pagination without `cursor_param`; no stream generated".into());
                };
                // The server's next cursor, else a field of the last item (`id` by default).
                match &self.next_cursor {
                    Some(next) => (PagingStyle::Cursor, param, None, Some(next.clone())),
                    None => (PagingStyle::Cursor, param, Some(or(&self.cursor_field, "id")), None),
                }
            }
            "link" => (PagingStyle::Link, String::new(), None, None),
            "range" => (PagingStyle::Range, String::new(), None, None),
            "next_url" => {
                if self.next_url.is_none() && self.next_header.is_none() {
                    return Err("next_url pagination without `next_url` or `next_header`; no stream generated".into());
                }
                (PagingStyle::NextUrl, String::new(), None, None)
            }
            other => return Err(format!("unknown pagination style `{other}`; no stream generated")),
        };
        let when = |on: bool, v: &Option<String>| v.clone().filter(|_| on);
        Ok(PagingPlan {
            style,
            items,
            param,
            cursor_field,
            next_cursor,
            size_param: self.size_param.clone(),
            has_more: self.has_more.clone(),
            total_pages: self.total_pages.clone(),
            total_count: self.total_count.clone(),
            default_size: self.default_size,
            next_url: when(style == PagingStyle::NextUrl, &self.next_url),
            next_header: when(style == PagingStyle::NextUrl, &self.next_header),
            total_header: when(matches!(style, PagingStyle::Link | PagingStyle::NextUrl), &self.total_header),
            range_unit: (style == PagingStyle::Range).then(|| or(&self.range_unit, "items")),
            next_range_header: when(style == PagingStyle::Range, &self.next_range_header),
        })
    }
}

/// The plan of an `x-pagination` value, for comparing two specs: `None` when absent,
/// `Some(Err(..))` when present but unusable.
pub fn plan_of(value: Option<&Value>) -> Option<Result<PagingPlan, String>> {
    value.map(|v| Pagination::from_value(v).and_then(|p| p.plan()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn max_size_is_not_part_of_the_plan() {
        let a = json!({"style": "cursor", "items": "data", "cursor_param": "starting_after", "max_size": 100});
        let b = json!({"style": "cursor", "items": "data", "cursor_param": "starting_after", "max_size": 50});
        assert_ne!(a, b);
        assert_eq!(plan_of(Some(&a)), plan_of(Some(&b)));
        let c = json!({"style": "cursor", "items": "data", "cursor_param": "after"});
        assert_ne!(plan_of(Some(&a)), plan_of(Some(&c)));
    }

    #[test]
    fn defaults_are_applied_and_foreign_fields_ignored() {
        let plan = Pagination::from_value(&json!({"style": "page", "items": "", "next_header": "X-Next"}))
            .unwrap()
            .plan()
            .unwrap();
        assert_eq!(plan.param, "page");
        assert_eq!(plan.next_header, None, "next_header only counts for style next_url");
        let cursor = Pagination::from_value(&json!({"style": "cursor", "items": "d", "cursor_param": "c"})).unwrap();
        assert_eq!(cursor.plan().unwrap().cursor_field.as_deref(), Some("id"));
    }

    #[test]
    fn unusable_extensions_say_why() {
        let no_items = Pagination::from_value(&json!({"style": "page"})).unwrap();
        assert!(no_items.plan().unwrap_err().contains("without `items`"));
        let odd = Pagination::from_value(&json!({"style": "magic", "items": "x"})).unwrap();
        assert!(odd.plan().unwrap_err().contains("unknown pagination style `magic`"));
        assert!(Pagination::from_value(&json!("page")).unwrap_err().starts_with("x-pagination:"));
    }

    #[test]
    fn written_in_the_importers_order_and_unknown_fields_kept() {
        let v = json!({"style": "page", "items": "data", "page_param": "p", "default_size": 20, "max_size": 100, "future": true});
        let p = Pagination::from_value(&v).unwrap();
        assert_eq!(p.to_value().to_string(), v.to_string());
    }
}
