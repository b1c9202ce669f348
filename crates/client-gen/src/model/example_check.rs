//! Checks an example against its own schema with OpenAPI 3.0 semantics (independent of the
//! Rust types): which contradictions no faithful type could decode (breaking) and which only
//! a stricter reader would reject.

use openapiv3::{AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

use super::Builder;

/// Which side of the wire an example is on (`readOnly`/`writeOnly` required properties).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Direction {
    Request,
    Response,
    /// A component example: either.
    Either,
}

/// A way an example contradicts its schema.
#[derive(Debug, Clone)]
pub(super) struct Violation {
    path: String,
    message: String,
    /// No type faithful to the schema decodes the example (as opposed to: the schema is
    /// stricter than any decoder, e.g. an enum value not listed, null for an optional property).
    pub(super) breaking: bool,
}

impl Violation {
    pub(super) fn text(&self) -> String {
        format!("{}: {}", self.path, self.message)
    }
}

/// Checks a value against a schema with OpenAPI 3.0 semantics.
pub(super) struct Checker<'b, 'a> {
    pub(super) builder: &'b Builder<'a>,
    pub(super) direction: Direction,
}

/// Deeper than this many schema levels, a value is not checked further (recursive schemas
/// that do not descend into the value).
const MAX_DEPTH: u32 = 64;

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a number",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The value as short JSON, for messages.
fn preview(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() <= 40 {
        return text;
    }
    let cut: String = text.chars().take(37).collect();
    format!("{cut}...")
}

fn found(v: &Value) -> String {
    match v {
        Value::Array(_) | Value::Object(_) => kind(v).to_string(),
        Value::String(s) if serde_json::from_str::<Value>(s).is_ok_and(|j| j.is_object() || j.is_array()) => {
            format!("a string holding JSON text {}", preview(v))
        }
        _ => format!("{} {}", kind(v), preview(v)),
    }
}

impl Checker<'_, '_> {
    fn target(&self, reference: &str) -> Option<&Schema> {
        let key = reference.strip_prefix("#/components/schemas/")?;
        match self.builder.components_schemas()?.get(key)? {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => self.target(reference),
        }
    }

    pub(super) fn check_ref(
        &self,
        r: &ReferenceOr<Schema>,
        v: &Value,
        path: &str,
        depth: u32,
        out: &mut Vec<Violation>,
    ) {
        match r {
            ReferenceOr::Item(s) => self.check(s, v, path, depth, out),
            ReferenceOr::Reference { reference } => {
                if depth < MAX_DEPTH {
                    if let Some(s) = self.target(reference) {
                        self.check(s, v, path, depth + 1, out);
                    }
                }
            }
        }
    }

    fn check_boxed(&self, r: &ReferenceOr<Box<Schema>>, v: &Value, path: &str, depth: u32, out: &mut Vec<Violation>) {
        match r {
            ReferenceOr::Item(s) => self.check(s, v, path, depth, out),
            ReferenceOr::Reference { reference } => {
                self.check_ref(&ReferenceOr::Reference { reference: reference.clone() }, v, path, depth, out)
            }
        }
    }

    /// The schema a property refers to (for its `nullable`, `readOnly`, `writeOnly`).
    fn property<'s>(&'s self, r: &'s ReferenceOr<Box<Schema>>) -> Option<&'s Schema> {
        match r {
            ReferenceOr::Item(s) => Some(s),
            ReferenceOr::Reference { reference } => self.target(reference),
        }
    }

    fn mismatch(&self, expected: &str, v: &Value, path: &str, out: &mut Vec<Violation>) {
        out.push(Violation {
            path: path.to_string(),
            message: format!("expected {expected}, found {}", found(v)),
            breaking: true,
        });
    }

    fn check(&self, s: &Schema, v: &Value, path: &str, depth: u32, out: &mut Vec<Violation>) {
        if depth >= MAX_DEPTH {
            return;
        }
        if v.is_null() {
            let composite = matches!(
                &s.schema_kind,
                SchemaKind::AllOf { .. } | SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. }
            ) || matches!(&s.schema_kind, SchemaKind::Any(a) if !a.all_of.is_empty() || !a.one_of.is_empty() || !a.any_of.is_empty());
            let unconstrained = matches!(&s.schema_kind, SchemaKind::Any(a) if a.typ.is_none() && a.properties.is_empty() && a.items.is_none() && a.enumeration.is_empty() && a.additional_properties.is_none())
                || matches!(&s.schema_kind, SchemaKind::Not { .. });
            if s.schema_data.nullable || unconstrained {
                return;
            }
            if !composite {
                out.push(Violation {
                    path: path.to_string(),
                    message: "null, but the schema is not nullable".to_string(),
                    breaking: true,
                });
                return;
            }
        }
        match &s.schema_kind {
            SchemaKind::Type(Type::String(st)) => match v.as_str() {
                None => self.mismatch("a string", v, path, out),
                Some(text) => {
                    let values: Vec<&String> = st.enumeration.iter().flatten().collect();
                    if !values.is_empty() && !values.iter().any(|e| *e == text) {
                        out.push(Violation {
                            path: path.to_string(),
                            message: format!("{} is not one of the enum values", preview(v)),
                            breaking: false,
                        });
                    }
                }
            },
            SchemaKind::Type(Type::Number(_)) => {
                if !v.is_number() {
                    self.mismatch("a number", v, path, out);
                }
            }
            SchemaKind::Type(Type::Integer(i)) => {
                let int32 = matches!(i.format, VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32));
                self.integer(int32, v, path, out);
            }
            SchemaKind::Type(Type::Boolean(_)) => {
                if !v.is_boolean() {
                    self.mismatch("a boolean", v, path, out);
                }
            }
            SchemaKind::Type(Type::Array(a)) => match v.as_array() {
                None => self.mismatch("an array", v, path, out),
                Some(items) => {
                    if let Some(schema) = &a.items {
                        for (i, item) in items.iter().enumerate() {
                            self.check_boxed(schema, item, &format!("{path}[{i}]"), depth + 1, out);
                        }
                    }
                }
            },
            SchemaKind::Type(Type::Object(o)) => {
                self.object(&o.properties, &o.required, o.additional_properties.as_ref(), v, path, depth, out)
            }
            SchemaKind::OneOf { one_of: alts } | SchemaKind::AnyOf { any_of: alts } => {
                self.alternatives(alts, v, path, depth, out)
            }
            SchemaKind::AllOf { all_of } => {
                for part in all_of {
                    self.check_ref(part, v, path, depth + 1, out);
                }
            }
            SchemaKind::Not { .. } => {}
            SchemaKind::Any(a) => {
                let before = out.len();
                match a.typ.as_deref() {
                    Some("string") if !v.is_string() => self.mismatch("a string", v, path, out),
                    Some("number") if !v.is_number() => self.mismatch("a number", v, path, out),
                    Some("integer") => self.integer(a.format.as_deref() == Some("int32"), v, path, out),
                    Some("boolean") if !v.is_boolean() => self.mismatch("a boolean", v, path, out),
                    Some("array") if !v.is_array() => self.mismatch("an array", v, path, out),
                    Some("object") if !v.is_object() => self.mismatch("an object", v, path, out),
                    _ => {}
                }
                if out.len() > before {
                    return;
                }
                if v.is_object() && (!a.properties.is_empty() || a.additional_properties.is_some()) {
                    self.object(&a.properties, &a.required, a.additional_properties.as_ref(), v, path, depth, out);
                }
                if let (Some(schema), Some(items)) = (&a.items, v.as_array()) {
                    for (i, item) in items.iter().enumerate() {
                        self.check_boxed(schema, item, &format!("{path}[{i}]"), depth + 1, out);
                    }
                }
                if !a.enumeration.is_empty() && !a.enumeration.contains(v) && !v.is_null() {
                    out.push(Violation {
                        path: path.to_string(),
                        message: format!("{} is not one of the enum values", preview(v)),
                        breaking: false,
                    });
                }
                for part in &a.all_of {
                    self.check_ref(part, v, path, depth + 1, out);
                }
                if !a.one_of.is_empty() {
                    self.alternatives(&a.one_of, v, path, depth, out);
                }
                if !a.any_of.is_empty() {
                    self.alternatives(&a.any_of, v, path, depth, out);
                }
            }
        }
    }

    fn integer(&self, int32: bool, v: &Value, path: &str, out: &mut Vec<Violation>) {
        let message = match v {
            Value::Number(n) => match n.as_i64() {
                Some(i) if int32 && i32::try_from(i).is_err() => format!("{i} is out of range of format int32"),
                Some(_) => return,
                None if n.is_u64() => format!("{n} is too large for a 64-bit integer"),
                None => format!("{n} is not an integer"),
            },
            _ => format!("expected an integer, found {}", found(v)),
        };
        out.push(Violation { path: path.to_string(), message, breaking: true });
    }

    #[allow(clippy::too_many_arguments, reason = "the pieces of an object schema, as both spellings carry them")]
    fn object(
        &self,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        v: &Value,
        path: &str,
        depth: u32,
        out: &mut Vec<Violation>,
    ) {
        let Some(map) = v.as_object() else {
            self.mismatch("an object", v, path, out);
            return;
        };
        for name in required {
            if map.contains_key(name) {
                continue;
            }
            let prop = properties.get(name).and_then(|p| self.property(p));
            let read_only = prop.is_some_and(|p| p.schema_data.read_only);
            let write_only = prop.is_some_and(|p| p.schema_data.write_only);
            let exempt = match self.direction {
                Direction::Request => read_only,
                Direction::Response => write_only,
                Direction::Either => read_only || write_only,
            };
            if !exempt {
                out.push(Violation {
                    path: path.to_string(),
                    message: format!("required property `{name}` is missing"),
                    // The generated field of a read-only or write-only property is an `Option`
                    // whatever the direction (one type serves requests and responses).
                    breaking: !(read_only || write_only),
                });
            }
        }
        for (key, value) in map {
            let kpath = format!("{path}.{key}");
            match properties.get(key) {
                Some(prop) => {
                    let optional = !required.contains(key);
                    if value.is_null() && optional {
                        // An optional field decodes null as absent.
                        if !self.property(prop).is_none_or(|p| p.schema_data.nullable) {
                            let mut inner = Vec::new();
                            self.check_boxed(prop, value, &kpath, depth + 1, &mut inner);
                            out.extend(inner.into_iter().map(|mut v| {
                                v.breaking = false;
                                v
                            }));
                        }
                        continue;
                    }
                    self.check_boxed(prop, value, &kpath, depth + 1, out);
                }
                None => match additional {
                    Some(AdditionalProperties::Schema(schema)) => self.check_ref(schema, value, &kpath, depth + 1, out),
                    Some(AdditionalProperties::Any(false)) => out.push(Violation {
                        path: kpath,
                        message: "property not in the schema (additionalProperties: false)".to_string(),
                        breaking: false,
                    }),
                    _ => {}
                },
            }
        }
    }

    pub(super) fn alternatives(
        &self,
        alts: &[ReferenceOr<Schema>],
        v: &Value,
        path: &str,
        depth: u32,
        out: &mut Vec<Violation>,
    ) {
        let mut first_soft: Option<Vec<Violation>> = None;
        let mut first_breaking: Option<Violation> = None;
        for alt in alts {
            let mut found = Vec::new();
            self.check_ref(alt, v, path, depth + 1, &mut found);
            if found.is_empty() {
                return;
            }
            if found.iter().all(|f| !f.breaking) {
                first_soft.get_or_insert(found);
            } else if first_breaking.is_none() {
                first_breaking = found.into_iter().find(|f| f.breaking);
            }
        }
        if let Some(soft) = first_soft {
            out.extend(soft);
            return;
        }
        let detail = first_breaking.map(|f| format!(" (the first: {})", f.text())).unwrap_or_default();
        out.push(Violation {
            path: path.to_string(),
            message: format!("matches none of the {} alternatives{detail}", alts.len()),
            breaking: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, format: int32, readOnly: true}
        name: {type: string}
        secret: {type: string, writeOnly: true}
        tag: {type: string}
        note: {type: string, nullable: true}
        kind: {type: string, enum: [cat, dog]}
        scores: {type: array, items: {type: number}}
        owner: {$ref: '#/components/schemas/Owner'}
    Owner:
      oneOf:
        - {type: string}
        - type: object
          required: [login]
          properties: {login: {type: string}}
    Strict:
      type: object
      additionalProperties: false
      required: [secret]
      properties:
        secret: {type: string, writeOnly: true}
    Counts:
      type: object
      additionalProperties: {type: integer}
    Both:
      allOf:
        - $ref: '#/components/schemas/Strict'
        - {type: object, properties: {n: {type: integer}}}
"#;

    /// The violations of `value` against component `name`, as `(breaking, text)`.
    fn check(name: &str, value: Value, direction: Direction) -> Vec<(bool, String)> {
        let spec: openapiv3::OpenAPI = yaml_serde::from_str(SPEC).expect("spec");
        let builder = Builder::new(&spec);
        let schema = ReferenceOr::Reference { reference: format!("#/components/schemas/{name}") };
        let mut out = Vec::new();
        Checker { builder: &builder, direction }.check_ref(&schema, &value, "$", 0, &mut out);
        out.into_iter().map(|v| (v.breaking, v.text())).collect()
    }

    fn breaking(name: &str, value: Value, direction: Direction) -> Vec<String> {
        check(name, value, direction).into_iter().filter(|(b, _)| *b).map(|(_, t)| t).collect()
    }

    #[test]
    fn a_matching_example_has_no_violation() {
        let pet = serde_json::json!({"id": 1, "name": "Rex", "note": null, "kind": "cat",
            "scores": [1, 2.5], "owner": {"login": "ann"}});
        assert_eq!(check("Pet", pet, Direction::Response), vec![]);
        assert_eq!(check("Counts", serde_json::json!({"a": 1, "b": 2}), Direction::Either), vec![]);
    }

    #[test]
    fn wrong_types_missing_properties_and_nulls_break() {
        let pet = serde_json::json!({"id": "7", "scores": [1, "x", null], "note": 3});
        assert_eq!(
            breaking("Pet", pet, Direction::Response),
            [
                "$: required property `name` is missing",
                "$.id: expected an integer, found a string \"7\"",
                "$.scores[1]: expected a number, found a string \"x\"",
                "$.scores[2]: null, but the schema is not nullable",
                "$.note: expected a string, found an integer 3",
            ]
        );
        assert_eq!(
            breaking("Pet", serde_json::json!({"id": 3000000000_i64, "name": "a"}), Direction::Response),
            ["$.id: 3000000000 is out of range of format int32"]
        );
        assert_eq!(
            breaking("Pet", serde_json::json!({"id": 1.5, "name": "a"}), Direction::Response),
            ["$.id: 1.5 is not an integer"]
        );
        assert_eq!(
            breaking("Pet", serde_json::json!("{\"id\": 1}"), Direction::Response),
            ["$: expected an object, found a string holding JSON text \"{\\\"id\\\": 1}\""]
        );
        assert_eq!(
            breaking("Counts", serde_json::json!({"a": "1"}), Direction::Either),
            ["$.a: expected an integer, found a string \"1\""]
        );
    }

    #[test]
    fn read_only_and_write_only_follow_the_direction() {
        // No `id` (read-only) in a request, no `secret` (write-only) in a response: fine.
        assert_eq!(check("Pet", serde_json::json!({"name": "a"}), Direction::Request), vec![]);
        assert_eq!(check("Strict", serde_json::json!({}), Direction::Response), vec![]);
        // A read-only property missing from a response: the generated field is an Option anyway.
        assert_eq!(
            check("Pet", serde_json::json!({"name": "a"}), Direction::Response),
            vec![(false, "$: required property `id` is missing".to_string())]
        );
        // A write-only property missing from a request: reported, but its field is an Option too.
        assert_eq!(
            check("Strict", serde_json::json!({}), Direction::Request),
            vec![(false, "$: required property `secret` is missing".to_string())]
        );
    }

    #[test]
    fn what_still_decodes_is_not_breaking() {
        let pet = serde_json::json!({"id": 1, "name": "a", "kind": "bird", "tag": null});
        assert_eq!(
            check("Pet", pet, Direction::Response),
            vec![
                (false, "$.kind: \"bird\" is not one of the enum values".to_string()),
                (false, "$.tag: null, but the schema is not nullable".to_string()),
            ]
        );
        assert_eq!(
            check("Strict", serde_json::json!({"secret": "s", "x": 1}), Direction::Either),
            vec![(false, "$.x: property not in the schema (additionalProperties: false)".to_string())]
        );
    }

    #[test]
    fn alternatives_and_all_of() {
        assert_eq!(check("Owner", serde_json::json!("ann"), Direction::Either), vec![]);
        assert_eq!(
            breaking("Owner", serde_json::json!(5), Direction::Either),
            ["$: matches none of the 2 alternatives (the first: $: expected a string, found an integer 5)"]
        );
        assert_eq!(
            breaking("Both", serde_json::json!({"n": "x"}), Direction::Request),
            ["$.n: expected an integer, found a string \"x\""]
        );
    }
}
