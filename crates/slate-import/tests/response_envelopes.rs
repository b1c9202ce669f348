//! Success responses whose field tables describe the whole body, envelope included (issue 14):
//! each test is one convention of API docs, in a doc set written for the test (never copied
//! from a vendor), and fails without the rule that reads it.

mod common;

use common::Docs;
use serde_json::Value;
use std::collections::BTreeSet;

/// The schema at a `$ref` (or the schema itself).
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => &spec["components"]["schemas"][r.trim_start_matches("#/components/schemas/")],
        None => schema,
    }
}

/// Every property path of `schema` (`$ref`s followed, `allOf` merged, items written `[]`).
fn paths(spec: &Value, schema: &Value, prefix: &str, depth: usize, out: &mut BTreeSet<String>) {
    let schema = resolve(spec, schema);
    if depth > 6 {
        return;
    }
    for member in schema["allOf"].as_array().into_iter().flatten() {
        paths(spec, member, prefix, depth + 1, out);
    }
    if let Some(items) = schema.get("items") {
        paths(spec, items, &format!("{prefix}[]"), depth + 1, out);
    }
    for (name, s) in schema["properties"].as_object().into_iter().flatten() {
        let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
        out.insert(path.clone());
        paths(spec, s, &path, depth + 1, out);
    }
}

/// The property paths of an operation's 200 response.
fn success_paths(spec: &Value, path: &str, method: &str) -> BTreeSet<String> {
    let schema = &spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "a 200 body: {}", spec["paths"][path][method]);
    let mut out = BTreeSet::new();
    paths(spec, schema, "", 0, &mut out);
    out
}

/// A list whose body wraps the items in `widgets` beside a `paging` object, with a field table
/// of the whole body: the rows under `widgets` are the items' fields, the rows under `paging`
/// the envelope's, and neither becomes a field of an item.
const ENVELOPE_TABLE: &str = r#"---
title: Widgets API
---

# Widgets

## List widgets

`GET https://api.widgets.test/v1/widgets`

> 200 Response

```json
{
  "widgets": [{"id": "w1", "label": "Blue"}],
  "paging": {"page": 1, "total": 3}
}
```

|Name|Type|Required|Description|
|---|---|---|---|
|» widgets|[object]|true|The widgets of this page.|
|»» id|string|true|The widget's id.|
|»» label|string|false|What it is called.|
|» paging|object|true|Where this page is.|
|»» page|integer|true|The page number.|
|»» total|integer|true|How many pages there are.|
"#;

#[test]
fn a_table_of_the_whole_body_splits_between_envelope_and_items() {
    let docs = Docs::new("envelope-table", &[("index.html.md", ENVELOPE_TABLE)]);
    let (spec, _) = docs.spec();
    let got = success_paths(&spec, "/widgets", "get");
    let want: BTreeSet<String> =
        ["widgets", "widgets[].id", "widgets[].label", "paging", "paging.page", "paging.total"]
            .into_iter()
            .map(String::from)
            .collect();
    assert_eq!(got, want, "the body as its table and example say: {}", spec["components"]);
}

/// A list whose paging object is a field named `pagination` typed by a model: a typed row is a
/// field like any other (only an untyped "Pagination" row of a parameter table points at the
/// paging convention), and the rows under it stay under it.
const PAGINATION_FIELD: &str = r#"---
title: Widgets API
---

# Widgets

## List widgets

`GET https://api.widgets.test/v1/widgets`

> 200 Response

```json
{
  "widgets": [{"id": "w1"}],
  "pagination": {"page": 1, "total": 3}
}
```

|Name|Type|Required|Description|
|---|---|---|---|
|» widgets|[object]|true|The widgets of this page.|
|»» id|string|true|The widget's id.|
|» pagination|[Paging](#schemapaging)|true|Where this page is.|
|»» page|integer|true|The page number.|
|»» total|integer|true|How many pages there are.|
"#;

#[test]
fn a_typed_pagination_row_is_a_field_holding_its_rows() {
    let docs = Docs::new("pagination-field", &[("index.html.md", PAGINATION_FIELD)]);
    let (spec, _) = docs.spec();
    let got = success_paths(&spec, "/widgets", "get");
    let want: BTreeSet<String> = ["widgets", "widgets[].id", "pagination", "pagination.page", "pagination.total"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(got, want, "the paging object keeps its fields: {}", spec["components"]);
}

/// A body that is a list, tabled as an unnamed row typed as the list, its items' fields in the
/// rows under it: the unnamed row is the body, not a field named `anonymous`.
const UNNAMED_BODY_ROW: &str = r#"---
title: Widgets API
---

# Widgets

## List widgets

`GET https://api.widgets.test/v1/widgets`

> 200 Response

```json
[{"id": "w1", "label": "Blue"}]
```

|Name|Type|Required|Description|
|---|---|---|---|
|*anonymous*|[[Widget](#schemawidget)]|false|none|
|» id|string|true|The widget's id.|
|» label|string|false|What it is called.|
"#;

#[test]
fn an_unnamed_top_row_is_the_body_itself() {
    let docs = Docs::new("unnamed-body-row", &[("index.html.md", UNNAMED_BODY_ROW)]);
    let (spec, _) = docs.spec();
    let got = success_paths(&spec, "/widgets", "get");
    let want: BTreeSet<String> = ["[].id", "[].label"].into_iter().map(String::from).collect();
    assert_eq!(got, want, "a list of widgets: {}", spec["components"]);
}
