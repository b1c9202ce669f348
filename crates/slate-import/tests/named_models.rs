//! Named schemas (issue 14 item 6, issues 15 and 18): a models section defines components under
//! their own names, operations and fields that name a model reference it, two objects that
//! share a name stay two, and required-ness follows what the docs make certain. Each doc set
//! is written for the test (never copied from a vendor).

mod common;

use common::Docs;
use serde_json::Value;

const MODELS_PAGE: &str = r#"---
title: Plans API
---

# Plans

## Get a plan

`GET https://api.plans.test/v1/plans/{id}`

> 200 Response

```json
{"id": "p1", "name": "Gold", "media": {"url": "https://x.test/a.png"}}
```

|Status|Meaning|Description|Schema|
|---|---|---|---|
|200|OK|The plan|[Plan](#schemaplan)|
|404|Not Found|No such plan|[Error](#schemaerror)|

## Create a plan

`POST https://api.plans.test/v1/plans`

Returns a Plan object.

# Schemas

<h2 id="tocS_Plan">Plan</h2>

```json
{"id": "p1", "name": "Gold", "media": {"url": "https://x.test/a.png"}}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|id|string|true|none|The id.|
|name|string|false|none|The name.|
|media|[Media](#schemamedia)|false|none|Its picture.|
|tier|[Tier](#schematier)|false|none|Its tier.|

<h2 id="tocS_Media">Media</h2>

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|url|string|true|none|Where it is.|

<h2 id="tocS_Tier">Tier</h2>

```json
"gold"
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|*anonymous*|string|false|none|A tier.|

#### Enumerated Values

|Property|Value|
|---|---|
|*anonymous*|gold|
|*anonymous*|silver|

<h2 id="tocS_Error">Error</h2>

```json
{"error": "not_found", "message": "No such plan"}
```

### Properties

|Name|Type|Required|Restrictions|Description|
|---|---|---|---|---|
|error|string|true|none|The code.|
|message|string|false|none|What happened.|
"#;

fn schemas(spec: &Value) -> &serde_json::Map<String, Value> {
    spec["components"]["schemas"].as_object().expect("components/schemas")
}

#[test]
fn a_models_section_defines_components_that_operations_and_fields_reference() {
    let docs = Docs::new("named-models", &[("index.html.md", MODELS_PAGE)]);
    let (spec, diags) = docs.spec();
    let s = schemas(&spec);
    let plan = &s["Plan"];
    assert_eq!(plan["required"], serde_json::json!(["id"]), "{plan}");
    assert_eq!(plan["properties"]["media"]["$ref"], "#/components/schemas/Media");
    assert_eq!(plan["properties"]["tier"]["$ref"], "#/components/schemas/Tier");
    assert_eq!(s["Tier"]["type"], "string");
    assert_eq!(s["Tier"]["enum"], serde_json::json!(["gold", "silver"]));
    assert_eq!(s["Media"]["required"], serde_json::json!(["url"]));
    // The media object is not merged with the error object, nor the plan with anything else.
    assert!(s["Media"]["properties"].get("error").is_none(), "{}", s["Media"]);
    assert_eq!(plan["properties"].as_object().map(|p| p.len()), Some(4), "{plan}");
    let get = &spec["paths"]["/plans/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(get["$ref"], "#/components/schemas/Plan", "the Schema column names the response");
    let post = &spec["paths"]["/plans"]["post"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(post["$ref"], "#/components/schemas/Plan", "\"Returns a Plan object\" names it");
    assert!(!diags.iter().any(|d| d.code == "schema-name-collision"));
}

const NESTED_PAGE: &str = r#"---
title: Shop API
---

# Invoices

## List invoices

`GET https://api.shop.test/invoices`

```json
{"data": [
  {"id": "i1", "total": 3, "customFields": [{"fieldId": "f1", "value": "x"}], "attributes": {"color": "red"}},
  {"id": "i2", "total": 4, "note": "late", "customFields": [], "attributes": {"color": "blue"}}
]}
```

# Custom fields

## List custom fields

`GET https://api.shop.test/customFields`

```json
{"data": [{"id": "c1", "label": "Color", "active": true}]}
```

# Orders

## Get an order

`GET https://api.shop.test/orders/{id}`

```json
{"id": "o1", "attributes": {"weight": 2, "fragile": true}}
```
"#;

#[test]
fn names_come_from_resources_and_fields_and_required_from_every_example() {
    let docs = Docs::new("scoped-names", &[("index.html.md", NESTED_PAGE)]);
    let (spec, _) = docs.spec();
    let s = schemas(&spec);
    // The resource keeps its name; the invoice's nested custom fields are the invoice's.
    let list = &spec["paths"]["/customFields"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert_eq!(list["properties"]["data"]["items"]["$ref"], "#/components/schemas/CustomField", "{list}");
    assert!(s.contains_key("InvoiceCustomField"), "{:?}", s.keys().collect::<Vec<_>>());
    assert!(!s.contains_key("CustomField2"));
    // Two resources' `attributes` are two schemas, named after their parent.
    assert!(s.contains_key("InvoiceAttributes") && s.contains_key("OrderAttributes"), "{:?}", s.keys());
    assert!(!s.contains_key("Attributes"));
    // Required: an id in one example; other fields only where two or more examples agree.
    let invoice = &s["Invoice"];
    let required: Vec<&str> =
        invoice["required"].as_array().expect("required").iter().filter_map(Value::as_str).collect();
    assert!(required.contains(&"id") && required.contains(&"total"), "{invoice}");
    assert!(!required.contains(&"note"), "a field one example lacks is optional: {invoice}");
    assert_eq!(s["CustomField"]["required"], serde_json::json!(["id"]), "one example: only the id");
    assert_eq!(s["OrderAttributes"].get("required"), None, "one example, no id: nothing required");
}

const RETURNS_PAGE: &str = r#"---
title: Rentals API
---

# Orders

## Get an order

`GET https://api.rentals.test/orders/:id`

> This request returns JSON structured like this

```json
{"order": {"id": "o1", "status": "new"}}
```

## Update order

> This request returns JSON structured like this

### HTTP Request

`PUT /orders/:id` or
`PATCH /orders/:id`

<aside class="notice">
Sending a <code>PUT</code> request will return the resource with any changes that were made, but sending a <code>PATCH</code> request will always return a <code>204 NO CONTENT</code>
</aside>
"#;

#[test]
fn a_put_said_to_return_its_resource_gets_the_resource_schema_with_an_info() {
    let docs = Docs::new("returns-resource", &[("index.html.md", RETURNS_PAGE)]);
    let (spec, diags) = docs.spec();
    let item = &spec["paths"]["/orders/{id}"];
    let get = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    let put = &item["put"]["responses"]["200"]["content"]["application/json"]["schema"];
    assert!(get.is_object(), "{item}");
    assert_eq!(put, get, "the PUT returns the resource as the GET shows it");
    assert!(item["patch"]["responses"]["200"].get("content").is_none(), "the PATCH is not said to");
    let inferred: Vec<_> = diags.iter().filter(|d| d.code == "response-inferred").collect();
    assert_eq!(inferred.len(), 1, "{inferred:?}");
    assert_eq!(inferred[0].severity, slate_import::diag::Severity::Info);
}
