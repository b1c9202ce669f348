//! Responses read as the docs write them (issue 14): each test is one convention of API docs
//! that an operation's responses depend on, in a doc set written for the test (never copied
//! from a vendor), and fails without the rule that reads it.

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

/// A responses table whose 200 row's description runs over several lines (a generator copied
/// a multi-line description into the cell), with a blank line inside it.
const BROKEN_ROW: &str = r#"---
title: Shelves API
---

# Shelves

## Get a shelf

`GET https://api.shelves.test/v1/shelves/{id}`

> 200 Response

```json
{"id": "s1", "label": "Top"}
```

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|Returns a shelf.
If you used `fields`, only those are returned.

Use the list call for more.|[Shelf](#schemashelf)|
|404|Not Found|No such shelf.|[Problem](#schemaproblem)|

# Schemas

<h2 id="tocS_Shelf">Shelf</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
|label|string|false|none|What it says.|
|height|integer|false|none|How tall,
in centimetres.|

<h2 id="tocS_Problem">Problem</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|message|string|true|none|What went wrong.|
"#;

#[test]
fn a_table_row_broken_over_lines_keeps_its_schema_cell_and_the_rows_after_it() {
    let docs = Docs::new("broken-row", &[("index.html.md", BROKEN_ROW)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/shelves/{id}"]["get"];
    assert!(op.is_object(), "the operation is read: {spec}");
    let ok = &op["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(ok["$ref"], "#/components/schemas/Shelf", "the 200 row's Schema cell names the model: {op}");
    assert!(op["responses"]["404"].is_object(), "the row after the broken one is read: {op}");
    let shelf = resolve(&spec, ok);
    let height = &shelf["properties"]["height"];
    assert_eq!(height["type"], "integer", "the model's broken row is a field: {shelf}");
    assert_eq!(height["description"], "How tall, in centimetres.", "{height}");
}
