//! The request body of an operation: its encoding, fields and examples, from the body tables,
//! request examples and the samples' bodies.

use super::params::{field_doc, table_rows, typed_value};
use super::DocFacts;
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::ExampleRole;
use crate::lenient_json::{parse_lenient, JsonDefect};
use crate::model::{BodyEncoding, Operation};
use crate::naming::component_name;
use crate::schema::{FieldDoc, ObjectEvidence, SchemaRegistry};
use crate::tables::Location;
use indexmap::IndexMap;
use openapi_ext as ext;
use openapiv3 as oa;
use serde_json::{json, Value};

pub(super) fn request_body(
    op: &Operation,
    op_id: &str,
    facts: &DocFacts,
    reg: &mut SchemaRegistry,
    diags: &mut Diagnostics,
) -> Option<oa::RequestBody> {
    let mut rows_json = table_rows(op, &[Location::Body]);
    let rows_form = table_rows(op, &[Location::Form]);
    // A `body` row names the whole body (its type is the body's schema), not a field `body`.
    let body_row = rows_json
        .iter()
        .position(|r| r.name.eq_ignore_ascii_case("body") && r.location == Some(Location::Body))
        .map(|i| rows_json.remove(i));
    let mut examples: Vec<(Value, Pos)> = op
        .examples
        .iter()
        .filter(|e| e.role == ExampleRole::Request)
        .map(|e| (e.value.clone(), e.pos.clone()))
        .collect();
    // Sample bodies whose repair had to guess: their fields inform the schema, but they are
    // not published as examples.
    let mut guessed: Vec<(Value, Pos)> = Vec::new();
    for (call, pos) in &op.curls {
        for (_, d) in &call.data {
            let t = d.trim();
            if t.starts_with('{') || t.starts_with('[') {
                if let Some(parsed) = parse_lenient(t) {
                    for defect in &parsed.defects {
                        diags.warn(
                            Code::JsonDefect,
                            pos,
                            format!("JSON body of the request sample: {}", defect.message),
                        );
                    }
                    if parsed.defects.iter().any(JsonDefect::guesses) {
                        guessed.push((parsed.value, pos.clone()));
                    } else {
                        examples.push((parsed.value, pos.clone()));
                    }
                }
            }
        }
    }
    let mut encoding = op.body;
    if encoding.is_none() {
        if !rows_form.is_empty() {
            encoding = Some(BodyEncoding::Form);
        } else if !rows_json.is_empty() || body_row.is_some() || !examples.is_empty() || !guessed.is_empty() {
            encoding = Some(BodyEncoding::Json);
        }
    }
    let encoding = encoding?;
    if op.method == "GET" || op.method == "HEAD" {
        return None;
    }
    let mut fields: Vec<FieldDoc> = rows_json.iter().chain(rows_form.iter()).map(|r| field_doc(r, facts)).collect();
    for (name, _) in &op.form_fields {
        if !fields.iter().any(|f| f.name == *name) {
            fields.push(FieldDoc {
                name: name.clone(),
                type_text: Some("string".into()),
                pos: op.source.clone(),
                ..Default::default()
            });
        }
    }
    // Form values are text on the wire; the example takes the type the table gives the field.
    let form_value = |name: &str, raw: &str| -> Value {
        fields
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| f.type_text.as_deref())
            .and_then(SchemaRegistry::type_from_text)
            .and_then(|s| typed_value(raw, &s))
            .unwrap_or_else(|| Value::String(raw.to_owned()))
    };
    let form_example: Option<Value> = (!op.form_fields.is_empty())
        .then(|| Value::Object(op.form_fields.iter().map(|(k, v)| (k.clone(), form_value(k, v))).collect()));
    if let Some(f) = form_example {
        examples.push((f, op.source.clone()));
    }
    // An unfaithful sample body still names fields: those the tables leave out join as untyped.
    for (value, pos) in &guessed {
        for key in value.as_object().into_iter().flat_map(|m| m.keys()) {
            if !fields.iter().any(|f| f.name == *key) {
                fields.push(FieldDoc { name: key.clone(), pos: pos.clone(), ..Default::default() });
            }
        }
    }
    let name = format!("{}Request", component_name(op_id));
    let objects: Vec<&Value> = examples.iter().map(|(v, _)| v).filter(|v| v.is_object()).collect();
    // A `body` row (taken out of the field rows above) typed with a model's name: the body is
    // that model; typed with another component's name and nothing else shown: a reference.
    let body_model = body_row.as_ref().and_then(|r| r.type_text.as_deref()).and_then(|t| facts.models.resolve(t));
    let named = body_row.as_ref().and_then(|r| r.type_text.as_deref()).filter(|t| reg.has(t));
    let schema = if let Some(m) = body_model {
        crate::models::schema_of(&m)
    } else if let Some(named) = named.filter(|_| objects.is_empty() && fields.is_empty()) {
        oa::ReferenceOr::Reference { reference: format!("#/components/schemas/{named}") }
    } else if objects.is_empty() && fields.is_empty() {
        reg.inline(&Value::Object(Default::default()), &name)
    } else {
        reg.object(&name, &ObjectEvidence { examples: objects, fields }, &op.source, diags)
    };
    let content_type = match encoding {
        BodyEncoding::Json => "application/json",
        BodyEncoding::Form => "application/x-www-form-urlencoded",
        BodyEncoding::Multipart => "multipart/form-data",
    };
    let candidates: Vec<(&Value, &Pos)> = examples.iter().filter(|(v, _)| v.is_object()).map(|(v, p)| (v, p)).collect();
    let media = oa::MediaType { schema: Some(schema), examples: candidate_examples(&candidates), ..Default::default() };
    Some(oa::RequestBody {
        description: body_row.and_then(|r| r.description).filter(|d| !d.eq_ignore_ascii_case("none")),
        content: IndexMap::from([(content_type.to_owned(), media)]),
        required: true,
        ..Default::default()
    })
}

/// The candidate examples of a media type, in the docs' order, each with where it is. The one
/// embedded is chosen once the schemas are final ([`crate::example_check::settle`]).
pub(super) fn candidate_examples(candidates: &[(&Value, &Pos)]) -> IndexMap<String, oa::ReferenceOr<oa::Example>> {
    candidates
        .iter()
        .enumerate()
        .map(|(i, (value, pos))| {
            let mut example = oa::Example { value: Some((*value).clone()), ..Default::default() };
            example.extensions.insert(ext::names::SOURCE.into(), json!(pos.to_string()));
            (format!("candidate{i}"), oa::ReferenceOr::Item(example))
        })
        .collect()
}
