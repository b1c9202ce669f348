//! Allowed values (issue 14 item 2): where an enum table or a model's parts list the values a
//! field may hold, the import gives them to that field. Each doc set is written for the test
//! (never copied from a vendor).

mod common;

use common::Docs;
use serde_json::{json, Value};

fn schemas(spec: &Value) -> &serde_json::Map<String, Value> {
    spec["components"]["schemas"].as_object().expect("components/schemas")
}

/// A model that is one of two others, each limiting `country` to its own values.
const VARIANTS_PAGE: &str = r#"---
title: Post API
---

# Places

## Get a place

`GET https://api.post.test/v1/places/{id}`

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|The place|[place](#schemaplace)|

# Schemas

<h2 id="tocS_place">place</h2>

```json
{"id": "pl_1", "country": "UNITED STATES"}
```

### Properties

oneOf

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|*anonymous*|[place_home](#schemaplace_home)|false|none|none|

xor

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|*anonymous*|[place_abroad](#schemaplace_abroad)|false|none|none|

<h2 id="tocS_place_home">place_home</h2>

```json
{"id": "pl_1", "country": "UNITED STATES"}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
|country|string|false|none|The country.|

#### Enumerated Values

|Property|Value|
|---|---|
|country|UNITED STATES|

<h2 id="tocS_place_abroad">place_abroad</h2>

```json
{"id": "pl_2", "country": "CANADA"}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
|country|string|true|none|The country.|

#### Enumerated Values

|Property|Value|
|---|---|
|country|CANADA|
|country|MEXICO|
"#;

#[test]
fn a_field_two_parts_limit_differently_may_hold_the_values_of_both() {
    let docs = Docs::new("enum-variants", &[("index.html.md", VARIANTS_PAGE)]);
    let (spec, _) = docs.spec();
    let s = schemas(&spec);
    assert_eq!(s["PlaceHome"]["properties"]["country"]["enum"], json!(["UNITED STATES"]), "{}", s["PlaceHome"]);
    let place = &s["Place"];
    assert_eq!(place["properties"]["country"]["enum"], json!(["UNITED STATES", "CANADA", "MEXICO"]), "{place}");
}
