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

/// A titled scalar model (its one row named as the model) and a field whose part is a string
/// with allowed values.
const SCALARS_PAGE: &str = r#"---
title: Routes API
---

# Routes

## Get a route

`GET https://api.routes.test/v1/routes/{id}`

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|The route|[Route](#schemaroute)|

# Schemas

<h2 id="tocS_Route">Route</h2>

```json
{"status": "OK", "owner": {"id": "u1"}, "kind": "BUS"}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|status|[RouteStatus](#schemaroutestatus)|true|none|How it went.|
|owner|any|false|none|none|

allOf

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» *anonymous*|[User](#schemauser)|false|none|A user.|

continued

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|kind|any|false|none|none|

allOf

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» *anonymous*|string|false|none|A kind of route.|

and

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» *anonymous*|any|false|none|The route's kind.|

#### Enumerated Values

|Property|Value|
|---|---|
|*anonymous*|BUS|
|*anonymous*|TRAIN|

<h2 id="tocS_RouteStatus">RouteStatus</h2>

```json
"OK"
```

RouteStatus

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|RouteStatus|string|false|none|The status.|

#### Enumerated Values

|Property|Value|
|---|---|
|RouteStatus|OK|
|RouteStatus|NOT_FOUND|

<h2 id="tocS_User">User</h2>

```json
{"id": "u1"}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
"#;

#[test]
fn a_titled_scalar_model_is_the_value_its_row_types() {
    let docs = Docs::new("enum-titled-scalar", &[("index.html.md", SCALARS_PAGE)]);
    let (spec, _) = docs.spec();
    let s = schemas(&spec);
    let status = &s["RouteStatus"];
    assert_eq!(status["type"], "string", "{status}");
    assert_eq!(status["enum"], json!(["OK", "NOT_FOUND"]), "{status}");
    assert!(status.get("properties").is_none(), "no field named as the model: {status}");
}

#[test]
fn the_values_of_a_fields_unnamed_part_are_the_fields() {
    let docs = Docs::new("enum-unnamed-part", &[("index.html.md", SCALARS_PAGE)]);
    let (spec, diags) = docs.spec();
    let route = &schemas(&spec)["Route"];
    assert_eq!(route["properties"]["kind"]["enum"], json!(["BUS", "TRAIN"]), "{route}");
    assert!(!diags.iter().any(|d| d.code == "enum-table-unmatched"), "{diags:?}");
}

/// A request naming a task by its `id` and `type` (a value the enum table gives), beside a
/// models section defining the whole task.
const ASSIGN_PAGE: &str = r#"---
title: Tasks API
---

# Assignments

## Assign a task

`POST https://api.tasks.test/v1/task_assignments`

> Body parameter

```json
{"task": {"id": "11", "type": "task"}, "note": "soon"}
```

|Name|In|Type|Required|Description|
|---|---|---|---|---|
|body|body|object|false|none|
|» task|body|object|true|The task to assign.|
|»» id|body|string|true|The task's id.|
|»» type|body|string|true|Its type.|
|» note|body|string|false|A note.|

#### Enumerated Values

|Parameter|Value|
|---|---|
|»» type|task|

|Status|Meaning|Description|Schema|
|---|---|---|---|
|201|Created|The task|[Task](#schematask)|

# Schemas

<h2 id="tocS_Task">Task</h2>

```json
{"id": "11", "type": "task", "message": "Review", "due_at": "2026-01-01T00:00:00Z"}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
|type|string|true|none|Always `task`.|
|message|string|false|none|What to do.|
|due_at|string(date-time)|false|none|When.|

#### Enumerated Values

|Property|Value|
|---|---|
|type|task|
"#;

#[test]
fn a_requests_object_naming_part_of_a_model_is_its_own() {
    let docs = Docs::new("enum-request-part", &[("index.html.md", ASSIGN_PAGE)]);
    let (spec, _) = docs.spec();
    let s = schemas(&spec);
    let body = &spec["paths"]["/task_assignments"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let body = match body["$ref"].as_str() {
        Some(r) => &s[r.rsplit('/').next().unwrap_or_default()],
        None => body,
    };
    let task = &body["properties"]["task"];
    assert_ne!(task["$ref"], "#/components/schemas/Task", "the request sends an id and a type: {body}");
    let task = match task["$ref"].as_str() {
        Some(r) => &s[r.rsplit('/').next().unwrap_or_default()],
        None => task,
    };
    assert_eq!(task["properties"]["type"]["enum"], json!(["task"]), "{task}");
    assert!(task["properties"].get("message").is_none(), "{task}");
}
