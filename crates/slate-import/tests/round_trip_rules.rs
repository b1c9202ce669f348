//! Conventions the widdershins round trip (issue 14) showed the importer missing, each on a doc
//! set written for the test: a sample's method that no OpenAPI operation can have gives no
//! operation.

mod common;

use common::Docs;
use serde_json::Value;

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
