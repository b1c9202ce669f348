//! Response and request schemas read completely (issue 14): a field table under an error
//! status's caption ("Status Code **401**") is that error's body, not the success response; a
//! request's nested object is what its table lists, never widened by another object of that
//! name; the parameter rows of a section that describes no operation are no resource fields.
//! Each doc set is written for the test (never copied from a vendor).

mod common;

use common::Docs;
use serde_json::Value;

/// The schema at a `$ref` (or the schema itself).
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => &spec["components"]["schemas"][r.trim_start_matches("#/components/schemas/")],
        None => schema,
    }
}

const ERROR_TABLES: &str = r#"---
title: Library API
---

# Albums

## Remove saved albums

`DELETE https://api.library.test/v1/me/albums`

Removes albums from the library.

> 401 Response

```json
{"error": {"status": 401, "message": "Bad token"}}
```

<h3 id="remove-responses">Responses</h3>

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|Albums removed|None|
|401|Unauthorized|Bad or expired token|Inline|

<h3 id="remove-responseschema">Response Schema</h3>

Status Code **401**

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» error|object|true|none|none|
|»» status|integer|true|none|The HTTP status code.|
|»» message|string|true|none|What went wrong.|
"#;

#[test]
fn a_field_table_under_an_error_status_is_not_the_success_response() {
    let docs = Docs::new("error-tables", &[("index.html.md", ERROR_TABLES)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/me/albums"]["delete"];
    assert!(op.is_object(), "the operation is read: {spec}");
    let ok = &op["responses"]["200"];
    assert!(ok.is_object(), "{op}");
    assert!(ok.get("content").is_none(), "the 200 shows no body; the 401 table is not its schema: {ok}");
    let description = op["description"].as_str().unwrap_or_default();
    assert!(!description.contains("Status Code"), "the caption is no description: {description}");
}

const SUCCESS_TABLE: &str = r#"---
title: Library API
---

# Albums

## Get an album

`GET https://api.library.test/v1/albums/{id}`

> 200 Response

```json
{"id": "a1", "title": "Blue"}
```

<h3 id="get-responseschema">Response Schema</h3>

Status Code **200**

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» id|string|true|none|The album id.|
|» title|string|false|none|The title.|
"#;

#[test]
fn a_field_table_under_a_success_status_is_the_response() {
    let docs = Docs::new("success-table", &[("index.html.md", SUCCESS_TABLE)]);
    let (spec, _) = docs.spec();
    let schema = &spec["paths"]["/albums/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let schema = resolve(&spec, schema);
    assert!(schema["properties"]["id"].is_object() && schema["properties"]["title"].is_object(), "{schema}");
}

const REQUEST_ITEMS: &str = r#"---
title: Playlists API
---

# Playlists

## Get a playlist's tracks

`GET https://api.playlists.test/v1/playlists/{id}/tracks`

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|id|path|string|true|The playlist.|

> 200 Response

```json
{"tracks": [{"uri": "t:1", "name": "Song", "duration_ms": 1000, "album": {"name": "A"}}]}
```

<h3 id="get-tracks-responseschema">Response Schema</h3>

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» tracks|[object]|true|none|The tracks.|
|»» uri|string|true|none|Its URI.|
|»» name|string|true|none|Its name.|
|»» duration_ms|integer|true|none|Its length.|
|»» album|object|false|none|Its album.|
|»»» name|string|false|none|The album's name.|

## Remove tracks

`DELETE https://api.playlists.test/v1/playlists/{id}/tracks`

> Body parameter

```json
{"tracks": [{"uri": "t:1"}]}
```

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|id|path|string|true|The playlist.|
|body|body|object|false|none|
|» tracks|body|[object]|true|The tracks to remove.|
|»» uri|body|string|true|A track's URI.|
"#;

#[test]
fn a_request_object_is_what_its_table_lists() {
    let docs = Docs::new("request-items", &[("index.html.md", REQUEST_ITEMS)]);
    let (spec, _) = docs.spec();
    let body =
        &spec["paths"]["/playlists/{id}/tracks"]["delete"]["requestBody"]["content"]["application/json"]["schema"];
    let body = resolve(&spec, body);
    let items = resolve(&spec, &body["properties"]["tracks"]["items"]);
    let fields: Vec<&String> = items["properties"].as_object().map(|p| p.keys().collect()).unwrap_or_default();
    assert_eq!(fields, ["uri"], "the request's items are its table's, not the response tracks': {items}");
    let got =
        &spec["paths"]["/playlists/{id}/tracks"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let got = resolve(&spec, got);
    let track = resolve(&spec, &got["properties"]["tracks"]["items"]);
    assert!(track["properties"]["duration_ms"].is_object(), "the response keeps its fields: {track}");
}

const RESOURCE_WITH_PARAMETERS: &str = r#"---
title: Widgets API
---

# Widgets

## Get a widget

`GET https://api.widgets.test/v1/widgets/{id}`

> 200 Response

```json
{"id": "w1", "name": "Gear"}
```

# Widget

The widget resource, and what a call about it takes.

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|widget_id|path|string|true|The widget.|
|fields|query|string|false|Fields to return.|
|color|body|string|false|A color to paint it.|

|Name|Type|Description|
|---|---|---|
|name|string|The widget's name.|
"#;

#[test]
fn parameter_rows_of_a_resource_description_are_no_fields() {
    let docs = Docs::new("resource-parameters", &[("index.html.md", RESOURCE_WITH_PARAMETERS)]);
    let (spec, _) = docs.spec();
    let got = &spec["paths"]["/widgets/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let widget = resolve(&spec, got);
    let props = widget["properties"].as_object().expect("the widget's fields");
    assert_eq!(props["name"]["description"], "The widget's name.", "the description adds to the resource: {widget}");
    for p in ["widget_id", "fields", "color"] {
        assert!(!props.contains_key(p), "`{p}` is a parameter, not a field: {widget}");
    }
}
