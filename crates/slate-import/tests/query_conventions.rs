//! Issue 13's query-parameter conventions on small made-up doc sets (never copied from a
//! vendor): HTML parameter tables, marks in name cells, parameters named in prose, where the
//! parameters of a write go, and an overview's bare example of a documented call.

use serde_json::Value;

mod common;
use common::Docs;

/// `(name, in, required)` of every parameter of `method path`.
fn params(spec: &Value, method: &str, path: &str) -> Vec<(String, String, bool)> {
    assert!(spec["paths"][path][method].is_object(), "no {method} {path}: {spec:#}");
    spec["paths"][path][method]["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            (
                p["name"].as_str().unwrap_or("").to_owned(),
                p["in"].as_str().unwrap_or("").to_owned(),
                p["required"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

/// The query parameters' names, sorted.
fn query(spec: &Value, method: &str, path: &str) -> Vec<String> {
    let mut names: Vec<String> =
        params(spec, method, path).into_iter().filter(|p| p.1 == "query").map(|p| p.0).collect();
    names.sort();
    names
}

/// The names of the JSON request body's properties of `method path`.
fn body_fields(spec: &Value, method: &str, path: &str) -> Vec<String> {
    let body = &spec["paths"][path][method]["requestBody"]["content"];
    let schema = body.as_object().and_then(|m| m.values().next()).map(|m| &m["schema"]).unwrap_or(&Value::Null);
    let schema = match schema["$ref"].as_str() {
        Some(r) => &spec["components"]["schemas"][r.rsplit('/').next().unwrap_or("")],
        None => schema,
    };
    schema["properties"].as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default()
}

#[test]
fn an_html_table_is_a_parameter_table_with_its_spanning_cells() {
    let docs = Docs::new(
        "html-table",
        &[(
            "index.html.md",
            "# Prices\n\n## Ticker\n\n```\nGET /api/ticker\n```\n\n**Parameters:**\n\n<table>\n<thead>\n<tr><th>Name</th><th>Type</th><th>Mandatory</th><th>Description</th></tr>\n</thead>\n<tbody>\n\
<tr><td>pair</td><td>STRING</td><td>YES</td><td rowspan=\"2\">One of <code>pair</code> or <code>pairs</code>.</td></tr>\n\
<tr><td>pairs</td><td>STRING</td><td>NO</td></tr>\n<tr><td>window</td><td>ENUM</td><td>NO</td><td>Supported: <tt>1d</tt></td></tr>\n</tbody>\n</table>\n",
        )],
    );
    let (spec, _) = docs.spec();
    let p = params(&spec, "get", "/api/ticker");
    assert_eq!(
        p,
        [
            ("pair".to_owned(), "query".to_owned(), true),
            ("pairs".to_owned(), "query".to_owned(), false),
            ("window".to_owned(), "query".to_owned(), false)
        ],
        "{spec:#}"
    );
}

#[test]
fn marks_in_name_cells_and_placeholder_names_in_sample_urls() {
    let docs = Docs::new(
        "name-marks",
        &[(
            "index.html.md",
            "# Members\n\n## Look up a member\n\n`GET https://api.example.test/v1/members/lookup`\n\n> Sample request\n\n\
```\nhttps://api.example.test/v1/members/lookup?{paramName}={paramValue}\n```\n\n### Request Query Parameters\n\n\
Parameter | Type | Description\n--------- | ---- | -----------\nsource* | enum | Where the member signed up.\naccountId** | string | For sources with several accounts.\n\
mobile/email/externalId | string | Any one identifier.\ndetails=extended | string | Pass to get the extended details.\nNone | - | -\n\n\
<aside class=\"notice\">Parameters marked with * are mandatory.</aside>\n",
        )],
    );
    let (spec, _) = docs.spec();
    let p = params(&spec, "get", "/members/lookup");
    let names: Vec<&str> = p.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(names, ["source", "accountId", "mobile", "email", "externalId", "details"], "{spec:#}");
    assert!(p.iter().all(|p| p.1 == "query"));
    let required: Vec<&str> = p.iter().filter(|p| p.2).map(|p| p.0.as_str()).collect();
    assert_eq!(required, ["source"], "one mark is required; a doubled one and alternatives are not");
}

#[test]
fn parameters_named_in_prose() {
    let docs = Docs::new(
        "prose-params",
        &[(
            "index.md",
            "# Notes\n\nGet notes\n---------\n\n* `GET /notes.json` returns a list of notes.\n\n**Required parameters**: `q` - the search text.\n\n\
_Optional query parameters_:\n\nWithout any parameters only active notes are returned.\n\n* `status` - `archived` or `trashed`.\n* `completed` - when `true`, only completed notes.\n\n\
Pass `?deceased=true` to include them. Examples: `/notes.json?q=x&kind=Todo`\n\n\
Upload a note\n-------------\n\n* `POST /uploads.json` uploads a file.\n\n**Required URI query parameters**: `name` as the file name.\n\n\
Retrieve videos\n---------------\n\n**URL** : `/videos`\n\n**Method** : `GET`\n\n**URL Parameters** :\n  - Use the `filter` query parameter with a value of `trashed`.\n  - Passing `private` limits the result to private videos; the only value is `true`.\n\n\
**Query Parameters** : Optionally, include a `state` param with a list. Ex.: `state=running,idle`\n",
        )],
    );
    let (spec, _) = docs.spec();
    assert_eq!(query(&spec, "get", "/notes.json"), ["completed", "deceased", "kind", "q", "status"], "{spec:#}");
    assert_eq!(query(&spec, "post", "/uploads.json"), ["name"], "{spec:#}");
    assert_eq!(query(&spec, "get", "/videos"), ["filter", "private", "state"], "{spec:#}");
}

#[test]
fn url_parameters_of_a_write_are_its_query_and_unlabelled_ones_its_body() {
    let docs = Docs::new(
        "write-params",
        &[(
            "index.html.md",
            "# Cards\n\n## Create a card\n\n`POST https://api.example.test/v1/cards`\n\n###### Required arguments\n\n\
| Parameter | Description |\n|---|---|\n| holder | Name on the card. |\n| email | Email of the holder. |\n\n\
## Move a card\n\n`POST https://api.example.test/v1/cards/{id}/moves`\n\n### URL Parameters\n\n| Parameter | Description |\n|---|---|\n| id | The card. |\n| notify | Tell the holder. |\n\n\
```json\n{\"position\": 2}\n```\n",
        )],
    );
    let (spec, _) = docs.spec();
    assert!(query(&spec, "post", "/cards").is_empty(), "{spec:#}");
    assert_eq!(body_fields(&spec, "post", "/cards"), ["holder", "email"], "{spec:#}");
    let moves = params(&spec, "post", "/cards/{id}/moves");
    assert_eq!(
        moves,
        [("id".to_owned(), "path".to_owned(), true), ("notify".to_owned(), "query".to_owned(), false)],
        "{spec:#}"
    );
}

#[test]
fn an_overview_example_of_a_documented_call_is_not_its_operation() {
    let docs = Docs::new(
        "overview-example",
        &[
            (
                "README.md",
                "# Photos API\n\nBase URL: `https://api.example.test/v1`\n\n* [Formats](basics/formats.md)\n* [List photos](endpoints/photos.md)\n",
            ),
            ("basics/formats.md", "# Formats\n\n## Image sizes\n\nAsk for a size with `size`:\n\n```\nGET /photos?size=3\n```\n"),
            (
                "endpoints/photos.md",
                "# Photo resources\n\n    GET photos\n\n## Parameters\n\n- **feature** _(required)_ — The stream.\n- **page** — The page.\n- **size** — The size.\n",
            ),
        ],
    );
    let (spec, diags) = docs.spec();
    let ops: Vec<&str> = spec["paths"].as_object().map(|m| m.keys().map(String::as_str).collect()).unwrap_or_default();
    assert_eq!(ops.len(), 1, "{spec:#}");
    let path = ops[0];
    assert_eq!(spec["paths"][path]["get"]["x-source"], "endpoints/photos.md:3", "{spec:#}");
    assert_eq!(query(&spec, "get", path), ["feature", "page", "size"], "{spec:#}");
    assert!(
        diags.iter().any(|d| d.code == "duplicate-operation" && d.file == "basics/formats.md"),
        "the bare example is noted: {diags:#?}"
    );
}

#[test]
fn a_url_parameter_the_sample_sends_in_its_body_is_a_field() {
    let docs = Docs::new(
        "url-param-in-body",
        &[(
            "index.html.md",
            "# Shops\n\n## Update methods\n\n```shell\ncurl -X PUT -d methods[][code]='card' https://api.example.test/v1/shops/s1/methods\n```\n\n\
`PUT https://api.example.test/v1/shops/{SHOP_ID}/methods`\n\n###### URL PARAMETER\n\n| Parameter | Description |\n|---|---|\n| SHOP_ID | The shop. |\n| methods | Codes to enable. |\n| notify | Tell the owner. |\n",
        )],
    );
    let (spec, _) = docs.spec();
    assert_eq!(query(&spec, "put", "/shops/{shop_id}/methods"), ["notify"], "{spec:#}");
}

#[test]
fn one_url_stated_twice_with_two_queries_takes_both() {
    let docs = Docs::new(
        "stated-twice",
        &[(
            "index.html.md",
            "# Forms\n\n## Update a form\n\nResource | Value\n--- | ---\nURI | `/forms?{extRefId/formId}={value}`\nHTTP Method | PUT\n\n\
### Request URL\n\n`{host}/v2/forms?extRefId=<value>`\n\n`{host}/v2/forms?formId=<value>`\n\n### Request Attributes\n\nAttribute | Description\n--- | ---\ntitle | The new title.\n",
        )],
    );
    let (spec, _) = docs.spec();
    let path =
        spec["paths"].as_object().and_then(|m| m.keys().find(|k| k.ends_with("forms")).cloned()).unwrap_or_default();
    assert_eq!(query(&spec, "put", &path), ["extRefId", "formId"], "{spec:#}");
}

#[test]
fn a_callbacks_payload_table_is_not_an_unused_parameter_table() {
    let docs = Docs::new(
        "callback-table",
        &[(
            "index.html.md",
            "# Bills\n\n## Get a bill\n\n`GET https://api.example.test/v1/bills/{id}`\n\n## Callback\n\nWe send a POST request to your `callback_url`.\n\n\
###### HTTP REQUEST\n\n`POST {CALLBACK_URL}`\n\n###### POST PARAMETER\n\n| Parameter | Description |\n|---|---|\n| id | The bill. |\n| paid | Whether it is paid. |\n\n\
# Leftovers\n\n## Old filters\n\n### Query Parameters\n\n| Parameter | Description |\n|---|---|\n| legacy | Kept for the record. |\n",
        )],
    );
    let (_, diags) = docs.spec();
    let warned: Vec<&str> =
        diags.iter().filter(|d| d.code == "unused-parameter-table").map(|d| d.message.as_str()).collect();
    assert_eq!(warned.len(), 1, "{warned:#?}");
    assert!(warned[0].contains("Query Parameters") && warned[0].contains("legacy"), "{}", warned[0]);
}

#[test]
fn list_items_with_a_sample_value_or_a_second_name() {
    let docs = Docs::new(
        "list-forms",
        &[(
            "README.md",
            "# Search photos\n\n    GET photos/search\n\n## Parameters\n\n- **term** — What to look for.\n- **exclude_nude=1** - Leave out photos marked as such.\n- **include_tags** (or **tags**) — If set to 1, returns tags.\n",
        )],
    );
    let (spec, _) = docs.spec();
    let path = spec["paths"].as_object().and_then(|m| m.keys().next().cloned()).unwrap_or_default();
    assert_eq!(query(&spec, "get", &path), ["exclude_nude", "include_tags", "tags", "term"], "{spec:#}");
}

#[test]
fn tables_with_a_blank_header_or_a_delimiter_row_of_another_width() {
    let docs = Docs::new(
        "odd-tables",
        &[(
            "index.html.md",
            "# Events\n\n## List events\n\n`GET https://api.example.test/events`\n\n### Request parameters\n\n\
| Parameter | Required | Type | Description |\n|-----------|----------|------|------|------|\n| limit | no | integer | How many |\n| offset | no | integer | How many to skip |\n\n\
## Redeem in bulk\n\n`GET https://api.example.test/redemptions`\n\n### Request Query Parameters\n\n| | |\n--------- | ----------- |\nsource* | Where from.\nbatch | Batch id.\n",
        )],
    );
    let (spec, diags) = docs.spec();
    assert_eq!(query(&spec, "get", "/events"), ["limit", "offset"], "{spec:#}");
    assert!(diags.iter().any(|d| d.code == "malformed-table" && d.line == 9), "{diags:#?}");
    assert_eq!(query(&spec, "get", "/redemptions"), ["batch", "source"], "{spec:#}");
}

#[test]
fn a_parameters_label_reaches_its_table_over_a_lead_and_a_table_with_no_place_is_a_warning() {
    let docs = Docs::new(
        "label-table",
        &[(
            "index.html.md",
            "# Orders\n\n## Test an order\n\n```\nPOST /api/order/test\n```\n\n**Parameters:**\n\nIn addition to those of a new order, it accepts:\n\n\
Name | Type | Mandatory | Description\n--- | --- | --- | ---\ndryRun | BOOLEAN | NO | Only check.\n\n\
## Count orders\n\n```\nHEAD /api/orders\n```\n\n**States** :\n\n| Name | Description |\n|---|---|\n| `open` | Open orders. |\n| `done` | Done orders. |\n",
        )],
    );
    let (spec, diags) = docs.spec();
    assert_eq!(body_fields(&spec, "post", "/api/order/test"), ["dryRun"], "the labelled table is the body: {spec:#}");
    let warned: Vec<&str> =
        diags.iter().filter(|d| d.code == "unused-parameter-table").map(|d| d.message.as_str()).collect();
    assert_eq!(warned.len(), 1, "{warned:#?}");
    assert!(warned[0].contains("HEAD /api/orders") && warned[0].contains("open"), "{}", warned[0]);
}
