//! The success response of an operation: its status, the resource it is about, the envelope
//! its examples wrap the payload in, and the payload's schema.

use super::params::field_doc;
use super::{DocFacts, PAYLOAD_KEYS};
use crate::diag::Diagnostics;
use crate::evidence::ExampleRole;
use crate::model::Operation;
use crate::naming::{component_name, singularize};
use crate::schema::{FieldDoc, ObjectEvidence, SchemaRegistry};
use crate::vocabulary::{is_one_of, NESTED_ROW_TRANSPARENT};
use openapiv3 as oa;
use serde_json::Value;
use std::collections::BTreeSet;

/// The success status a response example's caption names ("Response `201 Created`:"), else 200.
pub(super) fn success_status(op: &Operation) -> u16 {
    op.examples
        .iter()
        .filter(|e| e.role == ExampleRole::Response)
        .find_map(|e| {
            e.caption
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter_map(|w| w.parse::<u16>().ok())
                .find(|code| (200..300).contains(code))
        })
        .unwrap_or(200)
}

use crate::envelope::Envelope;

pub(super) fn response_schema(
    resource: &str,
    examples: &[&Value],
    fields: Vec<FieldDoc>,
    facts: &DocFacts,
    op: &Operation,
    reg: &mut SchemaRegistry,
    diags: &mut Diagnostics,
) -> (oa::ReferenceOr<oa::Schema>, Option<Envelope>) {
    let fields = body_rows(fields);
    let resource_name = match op.envelope.clone() {
        Some(env) if !PAYLOAD_KEYS.contains(&env.key.as_str()) => component_name(&singularize(&env.key)),
        _ => resource.to_owned(),
    };
    let extra = resource_docs(&resource_name, facts);
    let Some(env) = op.envelope.clone() else {
        if let Some(list) = crate::list_items::of_plain_items(examples, |v| reg.inline(v, &resource_name)) {
            return (list, None);
        }
        let top_arrays: Vec<&Value> = examples.iter().filter_map(|v| v.as_array()).flatten().collect();
        // Without an example, a field table alone says a list only of a `GET` (a list call);
        // what a write or a delete answers with is one object.
        let listed = if examples.is_empty() { op.method == "GET" } else { examples.iter().all(|v| v.is_array()) };
        if !top_arrays.is_empty() || listed {
            let item = object_schema(&resource_name, top_arrays, fields, &extra, op, reg, diags);
            return (array_of(item), None);
        }
        let objects: Vec<&Value> = examples.iter().copied().filter(|v| v.is_object()).collect();
        if let Some(first) = examples.first().filter(|_| objects.is_empty()) {
            return (reg.inline(first, &resource_name), None);
        }
        return (object_schema(&resource_name, objects, fields, &extra, op, reg, diags), None);
    };
    // Payload values across examples.
    let mut payload: Vec<&Value> = Vec::new();
    for v in examples {
        match v.get(&env.key) {
            Some(Value::Array(items)) => payload.extend(items.iter().filter(|i| i.is_object())),
            Some(x @ Value::Object(_)) => payload.push(x),
            _ => {}
        }
    }
    let envelope_keys: BTreeSet<String> =
        examples.iter().filter_map(|v| v.as_object()).flat_map(|m| m.keys().cloned()).collect();
    let (env_fields, payload_fields) = split_envelope_fields(fields, &env.key, &envelope_keys);
    let item = object_schema(&resource_name, payload, payload_fields, &extra, op, reg, diags);
    let payload_schema = if env.list { array_of(item) } else { item };
    // The envelope itself: other keys inferred from the examples.
    let mut stripped: Vec<Value> = examples
        .iter()
        .map(|v| {
            let mut v = (*v).clone();
            if let Some(m) = v.as_object_mut() {
                m.shift_remove(&env.key);
            }
            v
        })
        .collect();
    stripped.retain(|v| v.as_object().is_some_and(|m| !m.is_empty()));
    let wrapper_name = format!("{resource_name}{}Envelope", if env.list { "List" } else { "" });
    let mut schema = if stripped.is_empty() && env_fields.is_empty() {
        oa::Schema {
            schema_data: Default::default(),
            schema_kind: oa::SchemaKind::Type(oa::Type::Object(Default::default())),
        }
    } else {
        let refs: Vec<&Value> = stripped.iter().collect();
        let r = reg.object(
            &format!("{wrapper_name}Meta"),
            &ObjectEvidence { examples: refs, fields: env_fields },
            &op.source,
            diags,
        );
        oa::Schema { schema_data: Default::default(), schema_kind: oa::SchemaKind::AllOf { all_of: vec![r] } }
    };
    // Compose: properties {key: payload} merged with the meta object via allOf.
    let mut obj = oa::ObjectType::default();
    obj.properties.insert(env.key.clone(), box_schema(payload_schema));
    obj.required.push(env.key.clone());
    let payload_part =
        oa::Schema { schema_data: Default::default(), schema_kind: oa::SchemaKind::Type(oa::Type::Object(obj)) };
    schema = match schema.schema_kind {
        oa::SchemaKind::AllOf { mut all_of } => {
            all_of.push(oa::ReferenceOr::Item(payload_part));
            oa::Schema { schema_data: Default::default(), schema_kind: oa::SchemaKind::AllOf { all_of } }
        }
        _ => payload_part,
    };
    (oa::ReferenceOr::Item(schema), Some(env))
}

/// Splits a response's field rows between the envelope and its payload. A row is the
/// envelope's when its top-level name (`meta` of `meta.page`) is another key of the examples'
/// envelope; the payload key's own row (`data`) is the envelope's slot, not a field of the
/// payload, and the rows under it (`data.id`, `data[].id`) are the payload's fields (`id`);
/// every other row describes the payload itself (docs that table the payload's fields).
fn split_envelope_fields(
    fields: Vec<FieldDoc>,
    key: &str,
    envelope_keys: &BTreeSet<String>,
) -> (Vec<FieldDoc>, Vec<FieldDoc>) {
    let (mut envelope, mut payload) = (Vec::new(), Vec::new());
    for mut f in fields {
        let name = f.name.trim().trim_matches(|c| c == '*' || c == '`').to_owned();
        let head = field_head(&name);
        let rest = name.split_once('.').map(|(_, rest)| rest);
        if head == key {
            if let Some(rest) = rest.filter(|r| !r.is_empty()) {
                f.name = rest.to_owned();
                payload.push(f);
            }
        } else if envelope_keys.contains(head) {
            envelope.push(f);
        } else {
            payload.push(f);
        }
    }
    (envelope, payload)
}

/// The rows of a body table with its unnamed top row taken as the body itself: a renderer
/// writes a body that is a list or an alternative as a row without a name (`*anonymous*`,
/// see [`NESTED_ROW_TRANSPARENT`]) typed like the body, its fields in the rows under it. The
/// row goes; the rows under it (`anonymous.id`) are the body's own (`id`).
fn body_rows(fields: Vec<FieldDoc>) -> Vec<FieldDoc> {
    fields
        .into_iter()
        .filter_map(|mut f| {
            let name = f.name.trim().trim_matches(|c| c == '*' || c == '`').to_owned();
            if !is_one_of(field_head(&name), NESTED_ROW_TRANSPARENT) {
                return Some(f);
            }
            let rest = name.split_once('.').map(|(_, rest)| rest).filter(|r| !r.is_empty())?;
            f.name = rest.to_owned();
            Some(f)
        })
        .collect()
}

/// The top-level name of a field row: `meta` of `meta.page`, `data` of `data[].id`.
fn field_head(name: &str) -> &str {
    let name = name.trim().trim_matches(|c| c == '*' || c == '`');
    name.split('.').next().unwrap_or(name).trim_end_matches("[]")
}

pub(super) fn box_schema(s: oa::ReferenceOr<oa::Schema>) -> oa::ReferenceOr<Box<oa::Schema>> {
    match s {
        oa::ReferenceOr::Reference { reference } => oa::ReferenceOr::Reference { reference },
        oa::ReferenceOr::Item(s) => oa::ReferenceOr::Item(Box::new(s)),
    }
}

pub(super) fn array_of(item: oa::ReferenceOr<oa::Schema>) -> oa::ReferenceOr<oa::Schema> {
    oa::ReferenceOr::Item(oa::Schema {
        schema_data: Default::default(),
        schema_kind: oa::SchemaKind::Type(oa::Type::Array(oa::ArrayType {
            items: Some(box_schema(item)),
            min_items: None,
            max_items: None,
            unique_items: false,
        })),
    })
}

/// Examples and fields that resource descriptions outside operations give `name`.
pub(super) fn resource_docs(name: &str, facts: &DocFacts) -> (Vec<Value>, Vec<FieldDoc>) {
    let mut ex = Vec::new();
    let mut fields = Vec::new();
    for (r, examples, rows, _) in &facts.resources {
        if describes(r, name) {
            ex.extend(examples.iter().cloned());
            fields.extend(rows.iter().map(|row| field_doc(row, facts)));
        }
    }
    (ex, fields)
}

/// Whether a resource description titled `resource` ("OrderLine", from "Order Lines") describes
/// the component `name` ("Line"): the same name, or `name` as its last word.
pub(super) fn describes(resource: &str, name: &str) -> bool {
    resource == name
        || resource.strip_suffix(name).is_some_and(|head| !head.is_empty() && name.starts_with(char::is_uppercase))
}

/// The object an operation answers with, named after its resource (the resource's
/// descriptions' examples and fields added).
pub(super) fn object_schema(
    name: &str,
    values: Vec<&Value>,
    mut fields: Vec<FieldDoc>,
    extra: &(Vec<Value>, Vec<FieldDoc>),
    op: &Operation,
    reg: &mut SchemaRegistry,
    diags: &mut Diagnostics,
) -> oa::ReferenceOr<oa::Schema> {
    let source = &op.source;
    let mut examples = values;
    // Resource descriptions' examples only add fields the operation's examples already hint at.
    examples.extend(extra.0.iter());
    for f in &extra.1 {
        if !fields.iter().any(|x| x.name == f.name) {
            fields.push(f.clone());
        }
    }
    reg.response_object(name, &ObjectEvidence { examples, fields }, source, diags)
}
