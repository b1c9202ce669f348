//! Conventions the widdershins round trip (issue 14) showed the importer missing, each on a doc
//! set written for the test: a sample's method that no OpenAPI operation can have gives no
//! operation; a request's nested object whose table lists its fields sends only those (the
//! response's object of that name keeps its own fields and learns the shared ones' docs).

mod common;

use common::Docs;
use serde_json::{json, Value};

/// `METHOD /path` of every operation of `spec`, sorted.
fn operations(spec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for (method, _) in item.as_object().into_iter().flatten().filter(|(_, op)| op.get("responses").is_some()) {
            out.push(format!("{} {path}", method.to_ascii_uppercase()));
        }
    }
    out.sort();
    out
}

const TYPES: &str = r#"---
title: Events API
---

# Types

## servers__v1_Types

```shell
curl -X SERVERS https://api.events.test/v1/Types
```

## description__v1_Types

```shell
curl -X DESCRIPTION https://api.events.test/v1/Types
```

## listTypes

```shell
curl -X GET https://api.events.test/v1/Types
```

## deleteType

```shell
curl -X DELET https://api.events.test/v1/Types/{type}
```
"#;

#[test]
fn a_sample_method_no_operation_can_have_is_no_operation() {
    let docs = Docs::new("sample-method-unknown", &[("index.html.md", TYPES)]);
    let (spec, diags) = docs.spec();
    assert_eq!(operations(&spec), ["DELETE /Types/{type}", "GET /Types"], "{}", spec["paths"]);
    let refused: Vec<&str> =
        diags.iter().filter(|d| d.code == "sample-method-unknown").map(|d| d.message.as_str()).collect();
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(refused[0].contains("`SERVERS`") && refused[1].contains("`DESCRIPTION`"), "{refused:?}");
}

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec.pointer(r.trim_start_matches('#')).unwrap_or(&Value::Null),
        None => v,
    }
}

fn keys(v: &Value) -> Vec<&str> {
    v["properties"].as_object().map(|m| m.keys().map(String::as_str).collect()).unwrap_or_default()
}

const PLAYLISTS: &str = r#"---
title: Playlists API
---

# Playlists

## List a playlist's tracks

`GET https://api.music.test/v1/playlists/{id}/tracks`

> 200 Response

```json
{"tracks": [{"uri": "music:1", "name": "Song", "duration": 120, "rating": null}]}
```

## Remove tracks from a playlist

`DELETE https://api.music.test/v1/playlists/{id}/tracks`

> Body parameter

```json
{"tracks": [{"uri": "music:1"}]}
```

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|id|path|string|true|The playlist.|
|body|body|object|true|none|
|» tracks|body|[object]|true|The tracks to remove.|
|»» uri|body|string|true|A track's URI.|
|»» duration|body|number|false|Its length in seconds.|
|»» rating|body|string|false|Its rating.|
"#;

#[test]
fn a_request_object_whose_table_lists_its_fields_sends_only_those() {
    let docs = Docs::new("request-objects", &[("index.html.md", PLAYLISTS)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/playlists/{id}/tracks"];
    let body = resolve(&spec, &op["delete"]["requestBody"]["content"]["application/json"]["schema"]);
    let sent = resolve(&spec, &body["properties"]["tracks"]["items"]);
    assert_eq!(keys(sent), ["uri", "duration", "rating"], "the request sends what its table lists: {sent}");
    let listed = resolve(&spec, &op["get"]["responses"]["200"]["content"]["application/json"]["schema"]);
    let track = resolve(&spec, &listed["properties"]["tracks"]["items"]);
    assert_eq!(keys(track), ["uri", "name", "duration", "rating"], "{track}");
    let duration = &track["properties"]["duration"];
    assert_eq!((&duration["type"], &duration["description"]), (&json!("number"), &json!("Its length in seconds.")));
    let rating = &track["properties"]["rating"];
    assert_eq!((&rating["type"], &rating["nullable"]), (&json!("string"), &json!(true)), "{track}");
}
