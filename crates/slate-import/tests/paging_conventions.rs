//! Issue 13's importer rules on small made-up doc sets (never copied from a vendor): paging
//! learned from conventions sections, an operation's own words and raw HTTP exchanges;
//! parameters documented once for a family of operations; rate-limit headers.

use serde_json::Value;

mod common;
use common::Docs;

fn query(spec: &Value, path: &str) -> Vec<String> {
    spec["paths"][path]["get"]["parameters"]
        .as_array()
        .unwrap_or_else(|| panic!("no parameters on GET {path}: {spec:#}"))
        .iter()
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn parameters_documented_once_go_to_every_operation_of_the_family() {
    let docs = Docs::new(
        "family",
        &[(
            "index.html.md",
            "# Reports\n\n## Request parameters\n\nThe following parameters can be used in all of the reports:\n\n* `team_id`: **Required**. The team.\n* `billable`: yes or no.\n\n\
## Daily report\n\n### HTTP Request\n\n`GET https://api.example.test/v1/daily`\n\n## Monthly report\n\n### HTTP Request\n\n`GET https://api.example.test/v1/monthly`\n\n\
# Archive\n\n## Legacy parameters\n\nThese filters are kept for the record:\n\n| Parameter | Description |\n|---|---|\n| old_filter | A filter. |\n",
        )],
    );
    let (spec, imported) = docs.import_json();
    for path in ["/daily", "/monthly"] {
        let q = query(&spec, path);
        assert!(q.contains(&"team_id".to_owned()) && q.contains(&"billable".to_owned()), "{path}: {q:?}");
    }
    let warned: Vec<_> = imported.diagnostics.iter().filter(|d| d.code == "unused-parameter-table").collect();
    assert_eq!(warned.len(), 1, "{:#?}", imported.diagnostics);
    assert!(
        warned[0].message.contains("Legacy parameters") && warned[0].message.contains("old_filter"),
        "{}",
        warned[0].message
    );
}

#[test]
fn a_raw_http_exchange_gives_the_hal_list_and_its_paging() {
    let docs = Docs::new(
        "hal",
        &[(
            "index.html.md",
            "# Widgets\n\n## List widgets\n\n### HTTP request\n\n`GET https://api.example.test/widgets`\n\n### Request parameters\n\n\
| Parameter | Required | Type | Description |\n|---|---|---|---|\n| limit | no | integer | How many. |\n| offset | no | integer | How many to skip. |\n\n\
### Request and response\n\n```raw\nGET https://api.example.test/widgets\nAccept: application/json\n\n...\n\n\
{\n  \"_links\": {\"self\": {\"href\": \"https://api.example.test/widgets\"}},\n  \"_embedded\": {\"widgets\": [{\"id\": \"a\"}]},\n  \"total\": 1\n}\n```\n",
        )],
    );
    let (spec, _) = docs.import_json();
    let paging = &spec["paths"]["/widgets"]["get"]["x-pagination"];
    assert_eq!(paging["style"], "offset", "{spec:#}");
    assert_eq!(paging["items"], "_embedded.widgets");
    assert_eq!(paging["total_count"], "total");
}

#[test]
fn an_operation_called_a_paginated_list_pages_by_the_convention_and_its_nested_route_too() {
    let docs = Docs::new(
        "said",
        &[
            (
                "README.md",
                "# Example API\n\nBase URL: `https://api.example.test`\n\n* [Notes](notes.md)\n\nPagination\n----------\n\n\
Lists page through the `Link` header: `Link: <https://api.example.test/notes.json?page=2>; rel=\"next\"`.\n",
            ),
            (
                "notes.md",
                "Notes\n=====\n\nGet notes\n---------\n\n* `GET /boards/1/notes.json` will return a [paginated list][p] of notes.\n\n\
Get tags\n--------\n\n* `GET /tags.json` returns every tag; it is not paginated.\n\n```json\n[{\"id\": 1}]\n```\n\n\
Scoped routes\n-------------\n\n* `GET /projects/2/boards/1/notes.json` → [Get notes](#get-notes)\n\n[p]: README.md#pagination\n",
            ),
        ],
    );
    let (spec, _) = docs.import_json();
    let paths = spec["paths"].as_object().expect("paths");
    let paging = |suffix: &str| {
        paths
            .iter()
            .find(|(p, _)| p.ends_with(suffix) && p.matches('/').count() == suffix.matches('/').count())
            .map(|(_, item)| item["get"]["x-pagination"].clone())
    };
    assert_eq!(
        paging("/boards/{board_id}/notes.json").map(|p| p["style"].clone()),
        Some(Value::from("link")),
        "{spec:#}"
    );
    assert_eq!(paging("/tags.json"), Some(Value::Null), "said not paginated");
    let nested =
        paths.iter().find(|(p, _)| p.starts_with("/projects/")).map(|(_, i)| i["get"]["x-pagination"]["style"].clone());
    assert_eq!(nested, Some(Value::from("link")), "{spec:#}");
}

#[test]
fn an_id_cursor_pages_and_a_time_window_does_not() {
    let docs = Docs::new(
        "cursor",
        &[(
            "index.html.md",
            "# Trades\n\n## Old trades\n\n`GET https://api.example.test/v1/trades`\n\n**Parameters:**\n\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n\
| limit | INT | NO | Default 500. |\n| fromTradeId | LONG | NO | Trade id to fetch from. |\n\n```json\n[{\"tradeId\": 1, \"price\": \"2\"}]\n```\n\n\
## Candles\n\n`GET https://api.example.test/v1/candles`\n\n**Parameters:**\n\n| Name | Type | Mandatory | Description |\n|---|---|---|---|\n\
| limit | INT | NO | Default 500. |\n| startTime | LONG | NO | |\n| endTime | LONG | NO | |\n\n```json\n[[1, \"2\"]]\n```\n",
        )],
    );
    let (spec, _) = docs.import_json();
    let trades = &spec["paths"]["/trades"]["get"]["x-pagination"];
    assert_eq!(
        (trades["style"].as_str(), trades["cursor_param"].as_str()),
        (Some("cursor"), Some("fromTradeId")),
        "{spec:#}"
    );
    assert_eq!(trades["cursor_field"], "tradeId");
    assert!(spec["paths"]["/candles"]["get"].get("x-pagination").is_none(), "a time window is a filter");
}

#[test]
fn rate_limit_headers_are_kept_without_a_figure() {
    let docs = Docs::new(
        "limits",
        &[(
            "index.html.md",
            "# Example API\n\n## Rate limiting\n\nEvery response carries the rate-limit headers:\n\n| Header | Meaning |\n|---|---|\n\
| X-RateLimit-Remaining | Requests left. |\n| X-RateLimit-Reset | Seconds to the reset. |\n\nA 429 comes with `Retry-After`.\n\n\
# Widgets\n\n## Get widgets\n\n`GET https://api.example.test/widgets`\n",
        )],
    );
    let (spec, _) = docs.import_json();
    let limit = &spec["x-rate-limit"];
    assert_eq!(limit["headers"]["remaining"], "X-RateLimit-Remaining", "{spec:#}");
    assert_eq!(limit["headers"]["reset"], "X-RateLimit-Reset");
    assert_eq!(limit["retry_after"], true);
    assert!(limit.get("requests").is_none(), "no figure is stated");
}

#[test]
fn labelled_name_cells_and_an_id_taking_parameter_page_by_cursor() {
    let docs = Docs::new(
        "labels",
        &[(
            "index.html.md",
            "# Pagination\n\nLists support cursor pagination.\n\n##### Request arguments\n\n\
<span class=\"hide\">Parameter</span> | <span class=\"hide\">Description</span>\n---|---\n\
`limit`<br><span class=\"label\">Optional</span>|Results per page.\n\
`since`<br><span class=\"label\">Optional</span>|A timestamp, or an object id.\n\n\
# Notes\n\n## List notes\n\n`GET https://api.example.test/notes`\n\n##### Request arguments\n\n\
<span class=\"hide\">Parameter</span> | <span class=\"hide\">Description</span>\n---|---\n\
`board_id`<br><span class=\"label notice\">Required</span>|The board.\n\
Pagination<br><span class=\"label\">Optional</span>|This endpoint can be paginated.\n\n\
```json\n{\"notes\": [{\"id\": \"n1\"}]}\n```\n",
        )],
    );
    let (spec, _) = docs.import_json();
    let op = &spec["paths"]["/notes"]["get"];
    let q = query(&spec, "/notes");
    assert!(q.contains(&"board_id".to_owned()) && !q.iter().any(|n| n.eq_ignore_ascii_case("pagination")), "{q:?}");
    let board = op["parameters"].as_array().and_then(|ps| ps.iter().find(|p| p["name"] == "board_id")).cloned();
    assert_eq!(board.map(|p| p["required"].clone()), Some(Value::Bool(true)), "the Required label");
    let paging = &op["x-pagination"];
    assert_eq!(
        (paging["style"].as_str(), paging["cursor_param"].as_str()),
        (Some("cursor"), Some("since")),
        "{spec:#}"
    );
    assert_eq!(paging["items"], "notes");
}

#[test]
fn a_list_beside_page_counters_pages_by_its_own_parameters() {
    let docs = Docs::new(
        "counters",
        &[(
            "index.html.md",
            "# Pictures\n\n## Search pictures\n\n`GET https://api.example.test/v1/pictures`\n\n### Query parameters\n\n\
| Parameter | Description |\n|---|---|\n| term | Words. |\n| page | The page, 1-based. |\n| rpp | Results per page. |\n\n\
```json\n{\"current_page\": 1, \"total_pages\": 3, \"pictures\": [{\"id\": 1}]}\n```\n",
        )],
    );
    let (spec, _) = docs.import_json();
    let pictures = &spec["paths"]["/pictures"]["get"]["x-pagination"];
    assert_eq!((pictures["style"].as_str(), pictures["items"].as_str()), (Some("page"), Some("pictures")), "{spec:#}");
    assert_eq!(pictures["total_pages"], "total_pages");
    assert_eq!(pictures["size_param"], "rpp");
}
