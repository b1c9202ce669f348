//! Words of paging: the query parameters, response keys and prose that say how a list pages.

/// Query parameters that carry a page number (1-based), as list endpoints name them.
pub const PAGE_PARAMS: &[&str] = &["page", "page_number", "pagenumber"];

/// Query parameters that carry a page size.
pub const PAGE_SIZE_PARAMS: &[&str] =
    &["limit", "per", "per_page", "perpage", "page_size", "pagesize", "size", "count", "rpp", "max_results"];

/// Query parameters that carry an item offset (`begin`: "Record number to start from").
pub const OFFSET_PARAMS: &[&str] = &["offset", "skip", "start", "begin"];

/// Query parameters that carry a cursor (the id or token after which the next page starts).
pub const CURSOR_PARAMS: &[&str] =
    &["cursor", "starting_after", "after", "page_token", "next_token", "continuation_token", "next", "from_id"];

/// Link relations a list response names for paging (RFC 8288, HAL `_links`): rows with these
/// names that describe a URL are links to follow, not query parameters.
pub const LINK_RELATIONS: &[&str] = &["next", "prev", "previous", "first", "last", "self"];

/// The paging style a set of query parameters implies: a page number wins (an `after` beside
/// `page` is a date filter), then a cursor, then an offset. Returns (style, page, size,
/// offset, cursor) parameter names as written.
pub fn paging_params(params: &[String]) -> Option<PagingParams> {
    let find = |words: &[&str]| params.iter().find(|n| words.contains(&n.to_ascii_lowercase().as_str())).cloned();
    let page = find(PAGE_PARAMS);
    let size = find(PAGE_SIZE_PARAMS);
    let offset = find(OFFSET_PARAMS);
    let cursor = find(CURSOR_PARAMS)
        .or_else(|| params.iter().find(|n| n.to_ascii_lowercase().ends_with("_cursor")).cloned())
        .or_else(|| params.iter().find(|n| id_cursor_field(n).is_some()).cloned());
    let style = if page.is_some() {
        "page"
    } else if cursor.is_some() {
        "cursor"
    } else if offset.is_some() {
        "offset"
    } else {
        return None;
    };
    Some(PagingParams { style, page, size, offset, cursor })
}

/// The item field an id cursor names: `fromId` -> `id`, `fromTradeId` -> `tradeId`,
/// `from_order_id` -> `order_id`. A list that starts "from" an id the caller passes pages by the
/// last item's id; a time window (`startTime`, `since`) is a filter, not a cursor.
pub fn id_cursor_field(name: &str) -> Option<String> {
    if let Some(rest) = name.strip_prefix("from_") {
        return (rest == "id" || rest.ends_with("_id")).then(|| rest.to_owned());
    }
    let rest = name.strip_prefix("from")?;
    let mut chars = rest.chars();
    let first = chars.next()?;
    (first.is_ascii_uppercase() && (rest.ends_with("Id") || rest.ends_with("ID")))
        .then(|| first.to_ascii_lowercase().to_string() + chars.as_str())
}

/// Words that say a parameter starts the list at an item, inclusive (`it will get orders >=
/// that orderId`, `ID to get trades from INCLUSIVE`): that parameter is an id cursor.
pub const INCLUSIVE_FROM_WORDS: &[&str] = &[">= that", "from inclusive", "greater than or equal to"];

/// What [`paging_params`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagingParams {
    /// `page`, `cursor` or `offset`.
    pub style: &'static str,
    /// The page-number parameter.
    pub page: Option<String>,
    /// The page-size parameter.
    pub size: Option<String>,
    /// The offset parameter.
    pub offset: Option<String>,
    /// The cursor parameter.
    pub cursor: Option<String>,
}

/// Whether `name` is a paging parameter of any kind.
pub fn is_paging_param(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [PAGE_PARAMS, PAGE_SIZE_PARAMS, OFFSET_PARAMS, CURSOR_PARAMS].iter().any(|words| words.contains(&n.as_str()))
}

/// Words an operation uses to call its response paged ("will return a paginated list").
pub const PAGINATED_WORDS: &[&str] = &["paginated", "paged list", "paged response", "paged results"];

/// Words that say a response is not paged; checked before [`PAGINATED_WORDS`] since they
/// contain them.
pub const NOT_PAGINATED_WORDS: &[&str] =
    &["not paginated", "isn't paginated", "is never paginated", "no pagination", "not paged", "unpaginated"];

/// Words of a lead that gives a parameter table to a whole family of operations ("can be used
/// in all of the reports", "all list endpoints accept").
pub const FAMILY_WORDS: &[&str] = &[
    "in all of the",
    "for all of the",
    "all endpoints",
    "all list endpoints",
    "every endpoint",
    "all the endpoints",
    "common parameters",
    "used by all",
    "accepted by all",
];

/// Words of a label that introduces parameters inline ("**Required parameters**: `q`",
/// "**Query Parameters** : include `permanent=1`"): "param" (parameter, params), "argument"
/// (the word some docs use for parameters), "filter" (a list's query filters).
pub const PARAMETER_LABEL_WORDS: &[&str] = &["param", "argument", "filter"];

/// Name cells that name no parameter: a row saying the request takes none ("None", "N/A",
/// a dash), as in a weight table's "None | 40" row.
pub const NO_NAME_CELLS: &[&str] = &["none", "n/a", "-", "\u{2014}", "nothing"];

/// Of [`FAMILY_WORDS`], those that name lists only: the table goes to the GETs of collections.
pub const LIST_FAMILY_WORDS: &[&str] = &["all list endpoints", "list endpoints accept", "all collection"];

/// Words of a paging parameter's description that say it takes an item's id ("a timestamp ...
/// or an object id"): that parameter is a cursor.
pub const ID_CURSOR_WORDS: &[&str] = &["object id", "or an id", "an item id", "the id of the last"];

/// Words of a paging convention that give it to every list of the API ("All resource requests
/// returning a list of objects will return a `Content-Range`", "all list endpoints accept"):
/// without them, a convention applies only to the operations whose own evidence shows paging.
pub const ALL_LISTS_WORDS: &[&str] = &[
    // "All resource requests returning a list", "all requests that return a list".
    "all resource requests returning a list",
    "all requests returning a list",
    "all requests that return a list",
    // "All list endpoints", "every list endpoint", "all list operations".
    "all list endpoints",
    "every list endpoint",
    "all list operations",
    // "All endpoints that return lists", "every endpoint returning a collection".
    "all endpoints that return",
    "all endpoints returning",
    "every endpoint that returns",
    "every endpoint returning",
    // "All collections are paginated", "all lists are paginated", "Lists are paged".
    "all collections",
    "all lists",
    "lists are paged",
    "lists are paginated",
    // "The API has cursor based pagination for lists of objects": a convention of lists as such.
    "pagination for lists",
    "pagination for all lists",
];

/// Keys of a list response that page it, normalized (lower case, no `_` or `-`): a paging object
/// (`pagination`, `paging`, `page_info`) or page counters (`total_pages`, `has_more`,
/// `next_cursor`) in the operation's own example are its evidence of paging.
pub const PAGING_RESPONSE_KEYS: &[&str] = &[
    "pagination",
    "paging",
    "pageinfo",
    "currentpage",
    "totalpages",
    "pagecount",
    "totalitems",
    "perpage",
    "hasmore",
    "nextcursor",
    "nextpagetoken",
    "nextpage",
    "nextpageurl",
    // `{totalResults, recommendedItems: [...]}`: the count of all items beside one page of them.
    "totalresults",
];

/// Arrays of a response envelope that report on the call (`{pagination, data: [...], warnings:
/// [], errors: []}`), not the items of the list.
pub const RESPONSE_NOTICE_KEYS: &[&str] = &["errors", "warnings", "messages", "notices"];

/// Keys of a list response that count its pages (`{current_page, total_pages, users: [...]}`):
/// such a list pages by number even where its table names no page parameter.
pub const PAGE_COUNT_KEYS: &[&str] = &["current_page", "total_pages", "currentpage", "totalpages", "page_count"];

/// Keys of a list response that count pages or items (`current_page`, `total_pages`): the one
/// array beside them holds the page's items.
pub const PAGE_COUNTER_KEYS: &[&str] =
    &["current_page", "total_pages", "total_items", "page", "per_page", "page_count", "total_count"];

/// Phrases of an operation's prose that say its response is a list ("Returns an array of
/// customers"): an object example beside them contradicts them, unless it holds an array.
pub const RETURNS_LIST_WORDS: &[&str] = &[
    "returns an array",
    "returns a list",
    "return an array",
    "return a list",
    "responds with an array",
    "responds with a list",
    "response is an array",
    "response is a list",
];

/// Keys of a list response's page counters, by what they count: the number of pages, the
/// current page, the page size, the number of items. Their arithmetic must hold.
pub const PAGE_TOTAL_KEYS: &[&str] = &["total_pages", "totalpages", "page_count", "pagecount", "pages", "last_page"];
/// See [`PAGE_TOTAL_KEYS`].
pub const PAGE_CURRENT_KEYS: &[&str] = &["current_page", "currentpage", "page", "page_number", "pagenumber"];
/// See [`PAGE_TOTAL_KEYS`].
pub const PAGE_SIZE_KEYS: &[&str] = &["per_page", "perpage", "page_size", "pagesize", "limit"];
/// See [`PAGE_TOTAL_KEYS`].
pub const ITEM_TOTAL_KEYS: &[&str] =
    &["total", "total_count", "totalcount", "total_items", "totalitems", "total_entries", "total_results"];

/// Objects of a list response that hold its page counters (`{"meta": {"total_pages": 3}}`).
pub const PAGE_META_KEYS: &[&str] = &["meta", "pagination", "paging", "page_info", "pageinfo", "metadata"];
