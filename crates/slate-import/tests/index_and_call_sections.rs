//! Constructs that look like operations or resources and are not: an index of links to the
//! operations documented elsewhere, a section documenting a WebSocket call (no HTTP request
//! line) whose name is that of a REST response's object, and a response that is a list of lists.

mod common;

use common::Docs;
use serde_json::Value;

const PAGE: &str = "source/index.html.md";

fn import(name: &str, body: &str) -> (Value, Vec<slate_import::diag::Diagnostic>) {
    let text = format!(
        "---\ntitle: Market API\n---\n\n# Introduction\n\nThe base URL is `https://api.market.test`.\n\n{body}"
    );
    Docs::new(name, &[(PAGE, &text)]).spec()
}

const INDEX: &str = r#"# Gauges

## Get gauge needles

* `GET /projects/1/gauge/needles.json` will return the gauge needles of the project with an ID of `1`.

```json
[{"id": 1, "position": 5}]
```

## Create a gauge needle

* `POST /projects/1/gauge/needles.json` creates a gauge needle.

## Legacy routes

The following routes are still supported.

* `GET /projects/1/gauge/needles.json` → [Get gauge needles](#get-gauge-needles)
* `POST /projects/1/gauge/needles.json` → [Create a gauge needle](#create-a-gauge-needle)
* `GET /buckets/1/gauge/needles.json` → [Get gauge needles](#get-gauge-needles)
"#;

#[test]
fn an_index_entry_for_the_linked_sections_request_is_no_second_operation() {
    let (spec, diags) = import("index-entries", INDEX);
    assert!(!diags.iter().any(|d| d.code == "duplicate-operation"), "{diags:#?}");
    let notes: Vec<_> = diags.iter().filter(|d| d.code == "not-an-operation").collect();
    assert_eq!(notes.len(), 2, "{diags:#?}");
    // The list is at body line 19, page line 27; each note names the section it links.
    assert!(notes.iter().all(|d| (d.file.as_str(), d.line) == (PAGE, 27)), "{notes:#?}");
    assert!(notes[0].message.contains(&format!("{PAGE}:11")), "{notes:#?}");
    let paths: Vec<&String> = spec["paths"].as_object().expect("paths").keys().collect();
    // An entry naming another route than the linked section's stays an operation of its own.
    assert_eq!(paths, ["/projects/{project_id}/gauge/needles.json", "/buckets/{bucket_id}/gauge/needles.json"]);
    assert!(spec["paths"]["/projects/{project_id}/gauge/needles.json"]["post"].is_object(), "{spec:#}");
}

const TRADES: &str = r#"# REST API

## Recent trades list

```
GET /api/v3/trades
```

**Parameters:**

Name | Type | Mandatory | Description
------------ | ------------ | ------------ | ------------
symbol | STRING | YES |
limit | INT | NO | Default 500

**Response:**

```javascript
[
  {"id": 28457, "price": "4.00000100", "qty": "12.00000000", "isBuyerMaker": true}
]
```

# WebSocket API

## Trades

```javascript
{
  "id": "409a20bd-253d-41db-a6dd-687862a5882f",
  "method": "trades.recent",
  "params": {"symbol": "BNBBTC", "limit": 1}
}
```

Get recent trades.

**Parameters:**

Name | Type | Mandatory | Description
------------ | ------------ | ------------ | ------------
symbol | STRING | YES |
limit | INT | NO | Default 500

**Response:**

```javascript
{
  "id": "409a20bd-253d-41db-a6dd-687862a5882f",
  "status": 200,
  "result": [{"id": 194686783, "price": "0.01361000", "qty": "0.01400000", "isBuyerMaker": true}]
}
```
"#;

#[test]
fn a_websocket_call_of_the_same_name_does_not_reshape_the_rest_response() {
    let (spec, diags) = import("ws-call-section", TRADES);
    assert!(!diags.iter().any(|d| d.code == "example-mismatch"), "{diags:#?}");
    let ok = &spec["paths"]["/api/v3/trades"]["get"]["responses"]["200"]["content"]["application/json"];
    assert_eq!(ok["example"][0]["id"], 28457, "the real example is kept: {ok:#}");
    let item = ok["schema"]["items"]["$ref"].as_str().expect("a component").rsplit('/').next().expect("name");
    let trade = &spec["components"]["schemas"][item];
    let props: Vec<&String> = trade["properties"].as_object().expect("properties").keys().collect();
    assert_eq!(props, ["id", "price", "qty", "isBuyerMaker"], "the call's parameters and envelope stay out: {trade:#}");
    assert!(trade.get("required").is_none_or(|r| !r.to_string().contains("symbol")), "{trade:#}");
}

const KLINES: &str = r#"# Market data

## Kline data

```
GET /api/v3/klines
```

**Response:**

```javascript
[
  [
    1499040000000,      // Kline open time
    "0.01634790",       // Open price
    308                 // Number of trades
  ]
]
```
"#;

#[test]
fn a_list_of_lists_is_typed_as_one_and_its_example_kept() {
    let (spec, diags) = import("list-of-lists", KLINES);
    assert!(!diags.iter().any(|d| d.code == "example-mismatch"), "{diags:#?}");
    let ok = &spec["paths"]["/api/v3/klines"]["get"]["responses"]["200"]["content"]["application/json"];
    assert_eq!(ok["schema"]["type"], "array", "{ok:#}");
    assert_eq!(ok["schema"]["items"]["type"], "array", "rows are lists, not an object component: {ok:#}");
    assert_eq!(ok["example"][0][2], 308, "{ok:#}");
}

#[test]
fn a_link_whose_text_is_the_linked_sections_request_line_is_an_index_entry() {
    let readme = "# Market API\n\nThe base URL is `https://api.market.test`.\n\n\
                  * [REST API](rest-api.md)\n* [FAQ: market data only](faqs/market.md)\n";
    let api = "# REST API\n\n## Check server time\n\n`GET /api/v3/time`\n\n```json\n{\"serverTime\": 1}\n```\n\n\
               ## Order book\n\n`GET /api/v3/depth`\n\n```json\n{\"bids\": []}\n```\n";
    let faq = "# Market data only\n\nThese endpoints need no key:\n\n\
               * [GET /api/v3/time](../rest-api.md#check-server-time)\n\
               * [GET /api/v3/depth](../rest-api.md#order-book)\n\
               * [GET /api/v3/ticker](../rest-api.md#order-book)\n";
    let docs =
        Docs::new("linked-request-lines", &[("README.md", readme), ("rest-api.md", api), ("faqs/market.md", faq)]);
    let (spec, diags) = docs.spec();
    assert!(!diags.iter().any(|d| d.code == "duplicate-operation" || d.code == "path-mismatch"), "{diags:#?}");
    let notes: Vec<_> =
        diags.iter().filter(|d| d.code == "not-an-operation" && d.message.contains("index entry")).collect();
    assert_eq!(notes.len(), 2, "{diags:#?}");
    assert!(notes.iter().all(|d| d.file == "faqs/market.md"), "{notes:#?}");
    let mut paths: Vec<&String> = spec["paths"].as_object().expect("paths").keys().collect();
    paths.sort();
    // The entry naming a request its linked section does not declare stays an operation.
    assert_eq!(paths.len(), 3, "{spec:#}");
    assert!(paths.iter().any(|p| p.ends_with("/ticker")), "{spec:#}");
}
