//! Checks a JSON example against the OpenAPI 3.0 schema it illustrates, so the spec only embeds
//! examples that agree with it. An example the docs contradict themselves with (a field the table
//! calls required missing from the example, a number where the table says string) is reported and
//! left out, never embedded as a lie.
//!
//! Covers what the importer writes: `$ref` to components, `allOf`/`oneOf`/`anyOf`, `type`,
//! `nullable`, `properties`, `required`, `items`, `additionalProperties`, `enum` and the formats
//! `date-time`, `date`, `uuid` and `email`.

use crate::diag::{Code, Diagnostics, Pos};
use crate::schema_forms::has_format;
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

/// Where an example breaks its schema: (JSON pointer into the example, what is wrong).
pub type Problem = (String, String);

/// Finds a component schema by name (`#/components/schemas/<name>`).
pub type Resolve<'a> = dyn Fn(&str) -> Option<&'a Schema> + 'a;

/// The problems of `example` against `schema`, references resolved with `resolve`.
pub fn problems<'a>(example: &Value, schema: &ReferenceOr<Schema>, resolve: &Resolve<'a>) -> Vec<Problem> {
    let mut out = Vec::new();
    Checker { resolve, out: &mut out }.reference(example, schema_ref(schema), "", 0);
    out
}

/// The problems of `example` against an inline schema.
pub fn schema_problems<'a>(example: &Value, schema: &Schema, resolve: &Resolve<'a>) -> Vec<Problem> {
    let mut out = Vec::new();
    Checker { resolve, out: &mut out }.schema(example, schema, "", 0);
    out
}

/// A reference or an inline schema, whether boxed or not.
enum Target<'s> {
    Ref(&'s str),
    Item(&'s Schema),
}

fn schema_ref(s: &ReferenceOr<Schema>) -> Target<'_> {
    match s {
        ReferenceOr::Reference { reference } => Target::Ref(reference),
        ReferenceOr::Item(s) => Target::Item(s),
    }
}

fn boxed_ref(s: &ReferenceOr<Box<Schema>>) -> Target<'_> {
    match s {
        ReferenceOr::Reference { reference } => Target::Ref(reference),
        ReferenceOr::Item(s) => Target::Item(s),
    }
}

struct Checker<'c, 'a> {
    resolve: &'c Resolve<'a>,
    out: &'c mut Vec<Problem>,
}

impl Checker<'_, '_> {
    fn reference(&mut self, value: &Value, target: Target<'_>, at: &str, depth: usize) {
        match target {
            Target::Item(s) => self.schema(value, s, at, depth),
            Target::Ref(reference) => {
                let name = reference.strip_prefix("#/components/schemas/").unwrap_or(reference);
                match (self.resolve)(name) {
                    Some(s) => self.schema(value, s, at, depth + 1),
                    None => self.out.push((at.to_owned(), format!("unresolved reference `{reference}`"))),
                }
            }
        }
    }

    /// Whether `value` fits `target`, without reporting.
    fn fits(&mut self, value: &Value, target: Target<'_>, at: &str, depth: usize) -> bool {
        let mut inner = Vec::new();
        Checker { resolve: self.resolve, out: &mut inner }.reference(value, target, at, depth + 1);
        inner.is_empty()
    }

    fn schema_alternatives(&mut self, value: &Value, schema: &Schema, at: &str, depth: usize) {
        match &schema.schema_kind {
            SchemaKind::OneOf { one_of } => {
                let n = one_of.iter().filter(|alt| self.fits(value, schema_ref(alt), at, depth)).count();
                if n != 1 {
                    self.out.push((at.to_owned(), format!("matches {n} of the `oneOf` alternatives, not one")));
                }
            }
            SchemaKind::AnyOf { any_of } if !any_of.iter().any(|alt| self.fits(value, schema_ref(alt), at, depth)) => {
                self.out.push((at.to_owned(), "matches none of the `anyOf` alternatives".into()));
            }
            _ => {}
        }
    }

    fn schema(&mut self, value: &Value, schema: &Schema, at: &str, depth: usize) {
        if depth > 64 {
            return;
        }
        if value.is_null() {
            // Alternatives decide for themselves (`anyOf: [$ref, <null only>]`).
            if matches!(schema.schema_kind, SchemaKind::AnyOf { .. } | SchemaKind::OneOf { .. }) {
                return self.schema_alternatives(value, schema, at, depth);
            }
            if !schema.schema_data.nullable && !matches!(schema.schema_kind, SchemaKind::Any(_)) {
                self.out.push((at.to_owned(), "null where the schema is not nullable".into()));
            }
            return;
        }
        match &schema.schema_kind {
            SchemaKind::Any(any) => {
                // The form a reference takes with `nullable`/`readOnly` beside it.
                if any.typ.as_deref() == Some("object") && !value.is_object() {
                    self.out.push((at.to_owned(), format!("{} where the schema says object", kind_of(value))));
                    return;
                }
                for part in &any.all_of {
                    self.reference(value, schema_ref(part), at, depth + 1);
                }
            }
            SchemaKind::AllOf { all_of } => {
                for part in all_of {
                    self.reference(value, schema_ref(part), at, depth + 1);
                }
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } => self.schema_alternatives(value, schema, at, depth),
            SchemaKind::Not { not } => {
                if self.fits(value, schema_ref(not), at, depth) {
                    self.out.push((at.to_owned(), "matches the schema it must not".into()));
                }
            }
            SchemaKind::Type(t) => self.typed(value, t, at, depth),
        }
    }

    fn typed(&mut self, value: &Value, t: &Type, at: &str, depth: usize) {
        let expected = match (t, value) {
            (Type::Boolean(_), Value::Bool(_)) | (Type::Number(_), Value::Number(_)) => return,
            (Type::Integer(_), Value::Number(n)) if n.is_i64() || n.is_u64() => return,
            (Type::String(st), Value::String(text)) => {
                let format = match &st.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
                    VariantOrUnknownOrEmpty::Unknown(f) => Some(f.as_str()),
                    _ => None,
                };
                if let Some(f) = format.filter(|f| !has_format(text, f)) {
                    self.out.push((at.to_owned(), format!("`{text}` is not a {f}")));
                }
                if !st.enumeration.is_empty() && !st.enumeration.iter().any(|e| e.as_deref() == Some(text.as_str())) {
                    self.out.push((at.to_owned(), format!("`{text}` is not one of the documented values")));
                }
                return;
            }
            (Type::Array(a), Value::Array(items)) => {
                if let Some(item) = &a.items {
                    for (i, x) in items.iter().enumerate() {
                        self.reference(x, boxed_ref(item), &format!("{at}/{i}"), depth + 1);
                    }
                }
                return;
            }
            (Type::Object(o), Value::Object(fields)) => {
                for name in o.required.iter().filter(|r| !fields.contains_key(*r)) {
                    self.out.push((at.to_owned(), format!("required field `{name}` is missing")));
                }
                for (key, x) in fields {
                    let path = format!("{at}/{key}");
                    match (o.properties.get(key), &o.additional_properties) {
                        (Some(p), _) => self.reference(x, boxed_ref(p), &path, depth + 1),
                        (None, Some(AdditionalProperties::Schema(p))) => {
                            self.reference(x, schema_ref(p), &path, depth + 1)
                        }
                        (None, Some(AdditionalProperties::Any(false))) => {
                            self.out.push((path, "field not in the schema".into()))
                        }
                        _ => {}
                    }
                }
                return;
            }
            (Type::String(_), _) => "string",
            (Type::Number(_), _) => "number",
            (Type::Integer(_), _) => "integer",
            (Type::Object(_), _) => "object",
            (Type::Array(_), _) => "array",
            (Type::Boolean(_), _) => "boolean",
        };
        self.out.push((at.to_owned(), format!("{} where the schema says {expected}", kind_of(value))));
    }
}

/// Settles the examples of the finished spec, once every schema is final (views of one
/// resource are united as the import goes on). A media type's candidates (its `examples`, each
/// with an `x-source`) give way to the first that agrees with its schema, as `example`; when none
/// does, the first one's problems become an `example-mismatch` warning and none is embedded: the
/// docs contradict themselves, and a spec must not. Component examples that disagree are dropped
/// the same way.
pub fn settle(spec: &mut openapiv3::OpenAPI, diags: &mut Diagnostics) {
    let Some(components) = spec.components.take() else { return };
    let resolve = |name: &str| match components.schemas.get(name) {
        Some(ReferenceOr::Item(s)) => Some(s),
        _ => None,
    };
    let mut report = |source: &str, what: &str, problems: &[Problem]| {
        let (file, line) = source.rsplit_once(':').unwrap_or((source, "0"));
        let shown: Vec<String> = problems
            .iter()
            .take(3)
            .map(|(at, what)| if at.is_empty() { what.clone() } else { format!("{what} at `{at}`") })
            .collect();
        let more = match problems.len() {
            n if n > 3 => format!(" (and {} more)", n - 3),
            _ => String::new(),
        };
        diags.warn_help(
            Code::ExampleMismatch,
            &Pos::new(file, line.parse().unwrap_or(0)),
            format!(
                "this {what} example contradicts the documented fields: {}{more}; it is left out of the spec",
                shown.join("; ")
            ),
            "make the example and the field table agree",
        );
    };
    for (_, item) in spec.paths.paths.iter_mut() {
        let ReferenceOr::Item(item) = item else { continue };
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.options,
            &mut item.head,
            &mut item.patch,
            &mut item.trace,
        ];
        for op in operations.into_iter().flatten() {
            let mut media: Vec<(&str, &mut openapiv3::MediaType)> = Vec::new();
            if let Some(ReferenceOr::Item(body)) = op.request_body.as_mut() {
                media.extend(body.content.values_mut().map(|m| ("request body", m)));
            }
            for (_, r) in op.responses.responses.iter_mut() {
                if let ReferenceOr::Item(r) = r {
                    media.extend(r.content.values_mut().map(|m| ("response", m)));
                }
            }
            if let Some(ReferenceOr::Item(r)) = op.responses.default.as_mut() {
                media.extend(r.content.values_mut().map(|m| ("error", m)));
            }
            for (what, m) in media {
                let candidates = std::mem::take(&mut m.examples);
                let Some(schema) = &m.schema else { continue };
                let mut first_problems: Option<(String, Vec<Problem>)> = None;
                for candidate in candidates.values() {
                    let ReferenceOr::Item(candidate) = candidate else { continue };
                    let Some(value) = &candidate.value else { continue };
                    let found = problems(value, schema, &resolve);
                    if found.is_empty() {
                        m.example = Some(value.clone());
                        first_problems = None;
                        break;
                    }
                    let source =
                        candidate.extensions.get(openapi_ext::names::SOURCE).and_then(Value::as_str).unwrap_or("");
                    first_problems.get_or_insert((source.to_owned(), found));
                }
                if let Some((source, found)) = first_problems {
                    report(&source, what, &found);
                }
            }
        }
    }
    // Checked against the components as they are, then the examples that break theirs are
    // dropped: no copy of the components (with every example) is made.
    let mut invalid: Vec<usize> = Vec::new();
    for (index, (name, schema)) in components.schemas.iter().enumerate() {
        let ReferenceOr::Item(schema) = schema else { continue };
        let Some(example) = &schema.schema_data.example else { continue };
        let found = schema_problems(example, schema, &resolve);
        if !found.is_empty() {
            let source =
                schema.schema_data.extensions.get(openapi_ext::names::SOURCE).and_then(Value::as_str).unwrap_or("");
            report(source, &format!("`{name}`"), &found);
            invalid.push(index);
        }
    }
    let mut components = components;
    for index in invalid {
        if let Some((_, ReferenceOr::Item(schema))) = components.schemas.get_index_mut(index) {
            schema.schema_data.example = None;
        }
    }
    spec.components = Some(components);
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(v: Value) -> ReferenceOr<Schema> {
        serde_json::from_value(v).expect("schema")
    }

    #[test]
    fn reports_what_breaks_the_schema() {
        let item: Schema = serde_json::from_value(json!({ "type": "object", "required": ["id"],
            "properties": { "id": { "type": "integer" }, "at": { "type": "string", "format": "date-time", "nullable": true } } }))
        .expect("schema");
        let resolve = |name: &str| (name == "Item").then_some(&item);
        let list = schema(json!({ "type": "array", "items": { "$ref": "#/components/schemas/Item" } }));
        let fine = json!([{ "id": 1, "at": null }, { "id": 2, "at": "2024-01-02T03:04:05.5Z" }]);
        assert!(problems(&fine, &list, &resolve).is_empty());
        let found = problems(&json!([{ "at": "yesterday" }, { "id": "2" }, null]), &list, &resolve);
        assert_eq!(
            found,
            [
                ("/0".to_owned(), "required field `id` is missing".to_owned()),
                ("/0/at".to_owned(), "`yesterday` is not a date-time".to_owned()),
                ("/1/id".to_owned(), "a string where the schema says integer".to_owned()),
                ("/2".to_owned(), "null where the schema is not nullable".to_owned()),
            ]
        );
        let missing = problems(&json!({}), &schema(json!({ "$ref": "#/components/schemas/Gone" })), &resolve);
        assert_eq!(missing.len(), 1);
        let wrapped =
            schema(json!({ "type": "object", "nullable": true, "allOf": [{ "$ref": "#/components/schemas/Item" }] }));
        assert!(problems(&Value::Null, &wrapped, &resolve).is_empty());
        assert_eq!(problems(&json!({ "id": "x" }), &wrapped, &resolve).len(), 1);
    }

    #[test]
    fn all_of_one_of_and_enums() {
        let resolve = |_: &str| None;
        let s = schema(json!({ "allOf": [
            { "type": "object", "properties": { "status": { "type": "string", "enum": ["ok"] } }, "required": ["status"] },
            { "type": "object", "properties": { "data": { "type": "array", "items": { "type": "string" } } } }
        ]}));
        assert!(problems(&json!({ "status": "ok", "data": ["a"] }), &s, &resolve).is_empty());
        assert_eq!(problems(&json!({ "status": "err", "data": [1] }), &s, &resolve).len(), 2);
        let one = schema(json!({ "oneOf": [{ "type": "string" }, { "type": "integer" }] }));
        assert!(problems(&json!(1), &one, &resolve).is_empty());
        assert_eq!(problems(&json!(true), &one, &resolve).len(), 1);
    }
}
