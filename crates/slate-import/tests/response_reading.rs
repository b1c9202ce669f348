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

/// A model's field that is one of two models: the field's row, then a "oneOf" caption and one
/// table per alternative (an unnamed row typed with a model), joined by "xor".
const ONE_OF_FIELD: &str = r#"---
title: Radio API
---

# Queue

## Get the queue entry

`GET https://api.radio.test/v1/queue/{id}`

> 200 Response

```json
{"added_at": "2024-01-01", "item": {"title": "Blue", "length_ms": 1000}}
```

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|The entry|[Entry](#schemaentry)|

# Schemas

<h2 id="tocS_Entry">Entry</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|added_at|string|false|none|When it was queued.|
|item|any|false|none|What plays.|

oneOf

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» *anonymous*|[Song](#schemasong)|false|none|none|

xor

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|» *anonymous*|[Talk](#schematalk)|false|none|none|

<h2 id="tocS_Song">Song</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|title|string|true|none|Its title.|
|length_ms|integer|false|none|How long.|

<h2 id="tocS_Talk">Talk</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|speaker|string|true|none|Who talks.|
|show|string|false|none|The show.|
"#;

#[test]
fn a_field_written_as_one_of_tables_is_one_of_those_models() {
    let docs = Docs::new("one-of-field", &[("index.html.md", ONE_OF_FIELD)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/queue/{id}"]["get"];
    let ok = &op["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(ok["$ref"], "#/components/schemas/Entry", "{op}");
    let item = &resolve(&spec, ok)["properties"]["item"];
    let refs: Vec<&str> = item["oneOf"].as_array().into_iter().flatten().filter_map(|r| r["$ref"].as_str()).collect();
    assert_eq!(refs, ["#/components/schemas/Song", "#/components/schemas/Talk"], "the alternatives: {item}");
    assert_eq!(item["description"], "What plays.", "{item}");
}

/// A model whose "all of" part is written as a row named like the model itself, typed with the
/// model it extends.
const SELF_NAMED_PART: &str = r#"---
title: Notes API
---

# Notes

## Get a note

`GET https://api.notes.test/v1/notes/{id}`

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|The note|[note](#schemanote)|

# Schemas

<h2 id="tocS_note">note</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|Note|[note_summary](#schemanote_summary)|false|none|A note.|
|views|integer|false|none|How often it was read.|

<h2 id="tocS_note_summary">note_summary</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
|title|string|false|none|Its title.|
"#;

#[test]
fn a_row_named_as_its_model_and_typed_with_another_is_a_part_of_it() {
    let docs = Docs::new("self-named-part", &[("index.html.md", SELF_NAMED_PART)]);
    let (spec, _) = docs.spec();
    let op = &spec["paths"]["/notes/{id}"]["get"];
    let ok = &op["responses"]["200"]["content"]["application/json"]["schema"];
    let note = resolve(&spec, ok);
    let mut names: Vec<&str> = note["properties"].as_object().into_iter().flatten().map(|(k, _)| k.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["id", "title", "views"], "the part's fields are the model's, no field `Note`: {note}");
}
