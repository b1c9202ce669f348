//! The spec's JSON examples, each with the generated type it documents, for the generated
//! `tests/spec_examples.rs`.
//!
//! Each example is also checked against its own schema (OpenAPI 3.0 semantics, independent of
//! the Rust types). An example that contradicts its schema in a way no faithful type could
//! decode (a string where the schema says integer, a missing required property...) is a defect
//! of the spec, not of the generator: it is reported as a diagnostic and its test is generated
//! `#[ignore]`d with the reason. An example that matches its schema must decode; if it does not,
//! the generated test fails, and that is a generator bug.

use openapiv3::{MediaType, ReferenceOr, Schema};
use serde_json::Value;

use super::errors::{default_is_success, is_success, status_label};
use super::example_check::{Checker, Direction, Violation};
use super::media::{body_media, is_json};
use super::{Builder, Operation, ResponseKind, Ty, TypeKind};
use crate::names::{snake_ident, unraw, Namespace};
use crate::Code;

/// One JSON example of the spec and the type it should decode into.
#[derive(Debug, Clone)]
pub struct SpecExample {
    /// Name of its test function (unique, snake_case).
    pub test_name: String,
    /// What the example documents, for messages: "`create_pet` (POST /pets), request body".
    pub what: String,
    /// Where the example is in the spec.
    pub location: String,
    /// The type it must decode into.
    pub ty: Ty,
    /// Why the type is `serde_json::Value` (then any JSON passes), when it is.
    pub untyped: Option<String>,
    /// The example.
    pub value: Value,
    /// How the example contradicts its own schema so that no faithful type decodes it (a defect
    /// of the spec); its test is `#[ignore]`d with this reason.
    pub defect: Option<String>,
}

/// A found example, before it gets its test name.
struct Found {
    base_name: String,
    what: String,
    location: String,
    ty: Ty,
    untyped: Option<String>,
    value: Value,
    schema: Option<ReferenceOr<Schema>>,
    direction: Direction,
}

const UNTYPED: &str = "the spec gives no schema the generator could type";

impl Builder<'_> {
    /// Every example of the operations (request bodies and responses) and of the component
    /// schemas (the schema and its direct properties), in spec order.
    pub(super) fn examples(&mut self, operations: &[Operation], error_ty: &Ty) -> Vec<super::SpecExample> {
        let mut found = Vec::new();
        let spec = self.spec;
        for (path, item) in spec.paths.iter() {
            let ReferenceOr::Item(item) = item else { continue };
            for (method, op) in item.iter() {
                let Some(o) = operations.iter().find(|o| o.path == *path && o.method.eq_ignore_ascii_case(method))
                else {
                    continue;
                };
                let loc = format!("paths.{path}.{method}");
                let fn_name = unraw(&o.fn_name).to_string();
                let label = format!("`{fn_name}` ({} {path})", o.method);
                let request_body = op.request_body.as_ref().and_then(|rb| self.request_body(rb));
                let sent_as_json = o.body.as_ref().filter(|b| b.kind != super::BodyKind::Multipart);
                if let (Some(rb), Some(body)) = (request_body, sent_as_json) {
                    if let Some((media, mt)) = body_media(rb) {
                        let mloc = format!("{loc}.requestBody.content.{media}");
                        for (key, value, eloc) in self.media_examples(mt, &mloc) {
                            let suffix = key.as_deref().map(|k| format!(", example `{k}`")).unwrap_or_default();
                            found.push(Found {
                                base_name: format!("{fn_name}_request {}", key.unwrap_or_default()),
                                what: format!("{label}, request body{suffix}"),
                                location: eloc,
                                untyped: (body.ty == Ty::Value).then(|| UNTYPED.to_string()),
                                ty: body.ty.clone(),
                                value,
                                schema: mt.schema.clone(),
                                direction: Direction::Request,
                            });
                        }
                    }
                }
                let responses = op
                    .responses
                    .responses
                    .iter()
                    .map(|(c, r)| (status_label(c), is_success(c), r))
                    .chain(op.responses.default.iter().map(|r| ("default".to_string(), default_is_success(op), r)));
                for (status, success, r) in responses {
                    let Some(resp) = self.response(r) else { continue };
                    for (media, mt) in resp.content.iter().filter(|(m, _)| is_json(m)) {
                        let mloc = format!("{loc}.responses.{status}.content.{media}");
                        let (ty, untyped) = if success {
                            match &o.response {
                                ResponseKind::Json(t) => (t.clone(), None),
                                ResponseKind::Unit => (
                                    Ty::Value,
                                    Some(
                                        "the operation returns `()`: the client does not decode this body".to_string(),
                                    ),
                                ),
                                ResponseKind::Text => (
                                    Ty::Value,
                                    Some(
                                        "the operation returns text: the client does not decode this body".to_string(),
                                    ),
                                ),
                                ResponseKind::Bytes => (
                                    Ty::Value,
                                    Some(
                                        "the operation returns bytes: the client does not decode this body".to_string(),
                                    ),
                                ),
                            }
                        } else if *error_ty != Ty::Value {
                            (error_ty.clone(), None)
                        } else {
                            // No error type shared by all error responses: this one's own schema,
                            // when it is a component (the type a caller would decode it into).
                            let component = match &mt.schema {
                                Some(ReferenceOr::Reference { reference }) => reference
                                    .strip_prefix("#/components/schemas/")
                                    .and_then(|k| self.component_names.get(k))
                                    .map(|n| Ty::Named(n.clone())),
                                _ => None,
                            };
                            (component.unwrap_or(Ty::Value), None)
                        };
                        let untyped = untyped.or_else(|| (ty == Ty::Value).then(|| UNTYPED.to_string()));
                        for (key, value, eloc) in self.media_examples(mt, &mloc) {
                            let suffix = key.as_deref().map(|k| format!(", example `{k}`")).unwrap_or_default();
                            found.push(Found {
                                base_name: format!("{fn_name}_response_{status} {}", key.unwrap_or_default()),
                                what: format!("{label}, response {status}{suffix}"),
                                location: eloc,
                                ty: ty.clone(),
                                untyped: untyped.clone(),
                                value,
                                schema: mt.schema.clone(),
                                direction: Direction::Response,
                            });
                        }
                    }
                }
            }
        }
        self.component_examples(&mut found);

        let mut ns = Namespace::new();
        let mut out = Vec::new();
        for f in found {
            let violations = match &f.schema {
                Some(schema) => {
                    let mut v = Vec::new();
                    Checker { builder: self, direction: f.direction }.check_ref(schema, &f.value, "$", 0, &mut v);
                    v
                }
                None => Vec::new(),
            };
            let breaking: Vec<&Violation> = violations.iter().filter(|v| v.breaking).collect();
            let more = |n: usize| if n > 1 { format!(" (and {} more)", n - 1) } else { String::new() };
            let defect = breaking.first().map(|v| format!("{}{}", v.text(), more(breaking.len())));
            if let Some(d) = &defect {
                self.warn(
                    Code::ExampleSchemaMismatch,
                    &f.location,
                    format!("example contradicts its schema, its generated test is ignored: {d}"),
                );
            } else if let Some(v) = violations.first() {
                self.warn(
                    Code::ExampleSchemaMismatch,
                    &f.location,
                    format!(
                        "example does not match its schema (it still decodes): {}{}",
                        v.text(),
                        more(violations.len())
                    ),
                );
            }
            out.push(SpecExample {
                test_name: ns.claim(&snake_ident(&f.base_name)),
                what: f.what,
                location: f.location,
                ty: f.ty,
                untyped: f.untyped,
                value: f.value,
                defect,
            });
        }
        out
    }

    fn component_examples(&mut self, found: &mut Vec<Found>) {
        let Some(schemas) = self.components_schemas() else {
            return;
        };
        for (key, schema) in schemas {
            let ReferenceOr::Item(s) = schema else { continue };
            let Some(name) = self.component_names.get(key).cloned() else { continue };
            let loc = format!("components.schemas.{key}");
            let base = snake_ident(key);
            if let Some(value) = &s.schema_data.example {
                found.push(Found {
                    base_name: format!("schema {base}"),
                    what: format!("schema `{key}`"),
                    location: format!("{loc}.example"),
                    ty: Ty::Named(name.clone()),
                    untyped: None,
                    value: value.clone(),
                    schema: Some(schema.clone()),
                    direction: Direction::Either,
                });
            }
            let Some(shape) = self.object_shape(s) else { continue };
            let fields = match self.types.get(&name).map(|d| &d.kind) {
                Some(TypeKind::Struct { fields, .. }) => fields.clone(),
                _ => continue,
            };
            for (wire, prop) in &shape.properties {
                let ReferenceOr::Item(p) = prop else { continue };
                let Some(value) = &p.schema_data.example else { continue };
                let Some(field) = fields.iter().find(|f| f.wire == *wire) else { continue };
                found.push(Found {
                    base_name: format!("schema {base} {}", unraw(&field.ident)),
                    what: format!("schema `{key}`, property `{wire}`"),
                    location: format!("{loc}.properties.{wire}.example"),
                    untyped: (field.ty == Ty::Value).then(|| UNTYPED.to_string()),
                    ty: field.ty.clone(),
                    value: value.clone(),
                    schema: Some(ReferenceOr::Item((**p).clone())),
                    direction: Direction::Either,
                });
            }
        }
    }

    /// The examples of a media type: `example`, `examples[*].value`, and the `example` of an
    /// inline schema. `(name, value, location)`.
    fn media_examples(&mut self, mt: &MediaType, loc: &str) -> Vec<(Option<String>, Value, String)> {
        let mut out = Vec::new();
        if let Some(v) = &mt.example {
            out.push((None, v.clone(), format!("{loc}.example")));
        }
        for (key, e) in &mt.examples {
            let eloc = format!("{loc}.examples.{key}");
            let example = match e {
                ReferenceOr::Item(e) => Some(e),
                ReferenceOr::Reference { reference } => reference
                    .strip_prefix("#/components/examples/")
                    .and_then(|k| self.spec.components.as_ref()?.examples.get(k)?.as_item()),
            };
            match example {
                Some(e) => match (&e.value, &e.external_value) {
                    (Some(v), _) => out.push((Some(key.clone()), v.clone(), eloc)),
                    (None, Some(url)) => self.warn(
                        Code::ExampleUnchecked,
                        &eloc,
                        format!("external example `{url}` is not checked (only inline values are)"),
                    ),
                    (None, None) => {}
                },
                None => self.warn(Code::ExampleUnchecked, &eloc, "unresolvable example $ref; not checked"),
            }
        }
        if let Some(ReferenceOr::Item(s)) = &mt.schema {
            if let Some(v) = &s.schema_data.example {
                out.push((Some("schema".to_string()), v.clone(), format!("{loc}.schema.example")));
            }
        }
        out
    }
}
