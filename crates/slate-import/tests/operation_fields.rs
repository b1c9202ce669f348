//! What an operation's tables say about its fields (issue 14 items 2-4): a request's nested
//! object holds what its table lists (never the fields of a response object that shares its
//! name), a list parameter's enum table gives its items their values, and a heading that is a
//! machine name gives no summary. Each doc set is written for the test.

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

fn keys(v: &Value) -> Vec<&str> {
    v["properties"].as_object().map(|m| m.keys().map(String::as_str).collect()).unwrap_or_default()
}

#[test]
fn a_request_object_holds_what_its_table_lists() {
    let docs = Docs::new("request-objects", &[("index.html.md", PLAYLISTS)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/playlists/{id}/tracks"];
    let body = resolve(&spec, &op["delete"]["requestBody"]["content"]["application/json"]["schema"]);
    let items = resolve(&spec, &body["properties"]["tracks"]["items"]);
    assert_eq!(keys(items), ["uri"], "the request sends uri only: {items}");
    let listed = resolve(&spec, &op["get"]["responses"]["200"]["content"]["application/json"]["schema"]);
    let track = resolve(&spec, &listed["properties"]["tracks"]["items"]);
    assert_eq!(keys(track), ["uri", "name", "duration", "album"], "{track}");
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

const LETTERS: &str = r#"---
title: Letters API
---

# Letters

## Get a letter

`GET https://api.mail.test/v1/letters/{id}`

> 200 Response

```json
{"id": "ltr_1", "to": {"country": "FRANCE"}, "events": [{"name": "Mailed"}]}
```

<h3 id="get-letter-responseschema">Response Schema</h3>

#### Enumerated Values

|Property|Value|
|---|---|
|name|Mailed|
|name|Delivered|
|country|FRANCE|
|country|SPAIN|
|colour|red|
"#;

#[test]
fn enum_values_go_to_the_example_fields_they_name() {
    let docs = Docs::new("example-enums", &[("index.html.md", LETTERS)]);
    let (spec, diags) = docs.spec();
    let ok = &spec["paths"]["/letters/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let letter = resolve(&spec, ok);
    let to = resolve(&spec, &letter["properties"]["to"]);
    assert_eq!(to["properties"]["country"]["enum"], json!(["FRANCE", "SPAIN"]), "{letter}");
    let event = resolve(&spec, &letter["properties"]["events"]["items"]);
    assert_eq!(event["properties"]["name"]["enum"], json!(["Mailed", "Delivered"]), "{event}");
    let unmatched: Vec<&str> =
        diags.iter().filter(|d| d.code == "enum-table-unmatched").map(|d| d.message.as_str()).collect();
    assert_eq!(unmatched.len(), 1, "only `colour` is nobody's: {unmatched:?}");
    assert!(unmatched[0].contains("`colour`"));
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

#### Enumerated Values

|Property|Value|
|---|---|
|triggers|FILE.UPLOADED|
|triggers|FILE.DELETED|
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
}
