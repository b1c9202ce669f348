//! Every example embedded in the committed specs validates against the schema it illustrates,
//! checked with an independent JSON Schema validator (the `jsonschema` crate, draft 2020-12, with
//! format assertions on).
//!
//! OpenAPI 3.0 schemas are a dialect of JSON Schema; [`to_json_schema`] translates the two
//! differences that matter (`nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`) and the
//! components are carried along so `#/components/schemas/..` references resolve.

use serde_json::{json, Map, Value};
use std::path::PathBuf;

const PROVIDERS: [&str; 4] = ["9spokes", "seventime", "booqable", "spaces"];

fn spec(provider: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../specs/{provider}/openapi.yaml"));
    let text = std::fs::read_to_string(&path).expect("committed spec");
    yaml_serde::from_str(&text).expect("spec is YAML")
}

/// OpenAPI 3.0 schema -> JSON Schema 2020-12.
fn to_json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let converted = match k.as_str() {
                    "example" | "nullable" | "discriminator" | "xml" | "externalDocs" => continue,
                    "properties" => Value::Object(
                        v.as_object()
                            .map(|props| props.iter().map(|(name, s)| (name.clone(), to_json_schema(s))).collect())
                            .unwrap_or_default(),
                    ),
                    "items" | "not" | "additionalProperties" => to_json_schema(v),
                    "allOf" | "oneOf" | "anyOf" => {
                        Value::Array(v.as_array().into_iter().flatten().map(to_json_schema).collect())
                    }
                    _ => v.clone(),
                };
                out.insert(k.clone(), converted);
            }
            for (flag, bound) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
                if let Some(Value::Bool(on)) = out.remove(flag) {
                    if on {
                        if let Some(b) = out.remove(bound) {
                            out.insert(flag.into(), b);
                        }
                    }
                }
            }
            if map.get("nullable") == Some(&Value::Bool(true)) {
                let composed = ["allOf", "oneOf", "anyOf", "$ref"].iter().any(|k| out.contains_key(*k));
                match out.get("type").cloned() {
                    Some(Value::String(t)) if !composed => {
                        out.insert("type".into(), json!([t, "null"]));
                        if let Some(Value::Array(values)) = out.get_mut("enum") {
                            if !values.contains(&Value::Null) {
                                values.push(Value::Null);
                            }
                        }
                    }
                    _ => return json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// A validator for `schema`, with the spec's components reachable by reference.
fn validator(schema: &Value, components: &Value) -> jsonschema::Validator {
    let mut root = match to_json_schema(schema) {
        Value::Object(m) => m,
        other => panic!("schema is not an object: {other}"),
    };
    let components: Map<String, Value> =
        components.as_object().into_iter().flatten().map(|(name, s)| (name.clone(), to_json_schema(s))).collect();
    root.insert("components".into(), json!({ "schemas": components }));
    jsonschema::draft202012::options().should_validate_formats(true).build(&Value::Object(root)).expect("valid schema")
}

/// Every (where, schema, example) the spec embeds.
fn embedded_examples(spec: &Value) -> Vec<(String, Value, Value)> {
    let mut found = Vec::new();
    let media = |found: &mut Vec<(String, Value, Value)>, place: String, content: &Value| {
        for (mime, m) in content.as_object().into_iter().flatten() {
            let Some(schema) = m.get("schema") else { continue };
            if let Some(ex) = m.get("example") {
                found.push((format!("{place} {mime}"), schema.clone(), ex.clone()));
            }
            for (name, ex) in m.get("examples").and_then(Value::as_object).into_iter().flatten() {
                if let Some(value) = ex.get("value") {
                    found.push((format!("{place} {mime} example {name}"), schema.clone(), value.clone()));
                }
            }
        }
    };
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let at = format!("{} {path}", method.to_uppercase());
            if let Some(content) = op.pointer("/requestBody/content") {
                media(&mut found, format!("{at} request body"), content);
            }
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                if let Some(content) = response.get("content") {
                    media(&mut found, format!("{at} response {status}"), content);
                }
            }
            for p in op["parameters"].as_array().into_iter().flatten() {
                if let (Some(schema), Some(ex)) = (p.get("schema"), p.get("example")) {
                    found.push((format!("{at} parameter {}", p["name"]), schema.clone(), ex.clone()));
                }
            }
        }
    }
    for (name, schema) in spec.pointer("/components/schemas").and_then(Value::as_object).into_iter().flatten() {
        if let Some(ex) = schema.get("example") {
            found.push((format!("components/schemas/{name}"), schema.clone(), ex.clone()));
        }
    }
    found
}

#[test]
fn every_embedded_example_validates_against_its_schema() {
    let mut failures = Vec::new();
    let mut counts = Vec::new();
    for provider in PROVIDERS {
        let spec = spec(provider);
        let components = spec.pointer("/components/schemas").cloned().unwrap_or(json!({}));
        let examples = embedded_examples(&spec);
        counts.push((provider, examples.len()));
        for (place, schema, example) in examples {
            let v = validator(&schema, &components);
            for error in v.iter_errors(&example) {
                failures.push(format!("{provider}: {place}: at `{}`: {error}", error.instance_path()));
            }
        }
    }
    eprintln!("examples checked: {counts:?}");
    assert!(counts.iter().all(|(_, n)| *n > 0), "a spec embeds no example: {counts:?}");
    assert!(failures.is_empty(), "{} example errors:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_checker_rejects_what_it_should() {
    let components = json!({ "Item": { "type": "object", "properties": { "id": { "type": "integer" },
        "gone": { "type": "string", "nullable": true } }, "required": ["id"] } });
    let nullable = json!({ "type": "string", "nullable": true, "format": "date-time" });
    let v = validator(&nullable, &components);
    assert!(v.is_valid(&Value::Null));
    assert!(v.is_valid(&json!("2024-01-02T03:04:05Z")));
    assert!(!v.is_valid(&json!("yesterday")), "formats are asserted");
    let by_ref = validator(&json!({ "$ref": "#/components/schemas/Item" }), &components);
    assert!(by_ref.is_valid(&json!({ "id": 1, "gone": null })));
    assert!(!by_ref.is_valid(&json!({ "id": "1" })));
    assert!(!by_ref.is_valid(&json!({})));
    let nullable_ref =
        validator(&json!({ "allOf": [{ "$ref": "#/components/schemas/Item" }], "nullable": true }), &components);
    assert!(nullable_ref.is_valid(&Value::Null));
}
