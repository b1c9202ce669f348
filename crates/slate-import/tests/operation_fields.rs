//! What an operation's tables say about its fields (issue 14 items 2-4): a list's enum table
//! gives its items their values (also through a row that names the items by a title), and a
//! heading that is a machine name gives no summary. Each doc set is written for the test.

mod common;

use common::Docs;
use serde_json::{json, Value};

const PLAYLISTS: &str = r#"---
title: Playlists API
---

# Playlists

## listTracks

`GET https://api.music.test/v1/playlists/{id}/tracks`

<h3 id="listtracks-parameters">Parameters</h3>

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|id|path|string|true|The playlist.|
|kinds|query|array[string]|false|The kinds of item to list.|

#### Enumerated Values

|Parameter|Value|
|---|---|
|kinds|track|
|kinds|episode|

> 200 Response

```json
{"tracks": [{"uri": "music:1", "name": "Song", "duration": 120, "album": {"name": "A"}}]}
```

## removeTracks

`DELETE https://api.music.test/v1/playlists/{id}/tracks`

*Remove tracks from a playlist*

> Body parameter

```json
{"tracks": [{"uri": "music:1"}]}
```

<h3 id="removetracks-parameters">Parameters</h3>

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|id|path|string|true|The playlist.|
|body|body|object|true|none|
|» tracks|body|[object]|true|The tracks to remove.|
|»» uri|body|string|true|A track's URI.|
"#;

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap_or(&Value::Null),
        None => v,
    }
}

#[test]
fn a_list_parameter_takes_its_enum_table_on_its_items() {
    let docs = Docs::new("list-param-enum", &[("index.html.md", PLAYLISTS)]);
    let (spec, _) = docs.spec();
    let params = spec["paths"]["/playlists/{id}/tracks"]["get"]["parameters"].as_array().expect("parameters");
    let kinds = params.iter().map(|p| resolve(&spec, p)).find(|p| p["name"] == "kinds").expect("kinds");
    assert_eq!(kinds["schema"], json!({"type": "array", "items": {"type": "string", "enum": ["track", "episode"]}}));
}

#[test]
fn a_machine_name_heading_is_no_summary() {
    let docs = Docs::new("machine-name-summary", &[("index.html.md", PLAYLISTS)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/playlists/{id}/tracks"];
    assert_eq!(op["get"].get("summary"), None, "`listTracks` is an id: {}", op["get"]);
    assert_eq!(op["delete"]["summary"], "Remove tracks from a playlist");
}

const HOOKS: &str = r#"---
title: Hooks API
---

# Hooks

## Get a hook

`GET https://api.hooks.test/v1/hooks/{id}`

> 200 Response

```json
{"id": "h1", "triggers": ["FILE.UPLOADED"]}
```

<h3 id="get-hook-responseschema">Response Schema</h3>

Status Code **200**

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» id|string|true|none|The hook.|
|» triggers|[string]|true|none|What fires it.|
|» events|[string]|false|none|What it reports.|
|»» Event Name|string|false|none|An event's name.|

#### Enumerated Values

|Property|Value|
|---|---|
|triggers|FILE.UPLOADED|
|triggers|FILE.DELETED|
|Event Name|created|
|Event Name|deleted|
"#;

#[test]
fn a_list_fields_enum_table_gives_its_items_their_values() {
    let docs = Docs::new("list-field-enum", &[("index.html.md", HOOKS)]);
    let (spec, _) = docs.spec();
    let ok = &spec["paths"]["/hooks/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let hook = resolve(&spec, ok);
    let triggers = &hook["properties"]["triggers"];
    assert_eq!(triggers["type"], "array", "{hook}");
    assert_eq!(triggers["items"]["enum"], json!(["FILE.UPLOADED", "FILE.DELETED"]), "{hook}");
    // The items of `events` have a title (`Event Name`): its row describes them, no field.
    let events = &hook["properties"]["events"];
    assert_eq!(events["items"], json!({"type": "string", "enum": ["created", "deleted"]}), "{hook}");
}

const LABELS: &str = r#"---
title: Labels API
---

# Labels

## Create a label

### HTTP request

`POST https://api.labels.test/customers/{id}/labels`

### Request parameters

| Parameter | Required | Type   | Description |
|-----------|----------|--------|-------------|
| id        | yes      | string | A customer's unique identifier. |
| amount    | yes      | object | The amount to label. |

### Request

```json
{"amount": {"currency": "USD", "value": "10.00"}}
```
"#;

#[test]
fn a_request_parameters_heading_does_not_make_the_paths_placeholder_a_body_field() {
    let (spec, diags) = Docs::new("labels-path-row", &[("source/index.html.md", LABELS)]).spec();
    let op = &spec["paths"]["/customers/{id}/labels"]["post"];
    let id = op["parameters"].as_array().expect("parameters").iter().find(|p| p["name"] == "id").expect("id");
    assert_eq!((&id["in"], &id["description"]), (&json!("path"), &json!("A customer's unique identifier.")), "{op:#}");
    let body_ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str().expect("body $ref");
    let body = &spec["components"]["schemas"][body_ref.rsplit('/').next().expect("name")];
    assert!(body["properties"]["amount"].is_object() && body["properties"].get("id").is_none(), "{body:#}");
    assert!(!diags.iter().any(|d| d.code == "example-mismatch"), "{diags:#?}");
}
