//! Stage 5, spec: writes the model and conventions as an `openapiv3::OpenAPI` document, with
//! schemas deduplicated into `components/schemas`, envelopes modelled, and the `x-` extensions
//! described in `docs/extensions.md`. This module walks the operations; its children write the
//! parts: [`params`] (parameters and field docs), [`responses`] (success bodies and envelopes),
//! [`errors`] (error bodies and shared error responses), [`request_body`](mod@request_body), [`security`](mod@security)
//! (servers and security schemes). What it writes was decided in the decide stage: the model,
//! the conventions and [`DocFacts`] (each table row's place, each operation's query parameters,
//! envelope and paging); this module and its children map them to OpenAPI.

mod errors;
mod params;
mod request_body;
mod responses;
mod security;

pub use crate::doc_facts::DocFacts;
pub(crate) use params::table_rows;
pub(crate) use security::server;

use crate::conventions::{Auth, Conventions};
use crate::diag::{Diagnostics, Pos};
use crate::evidence::ExampleRole;
use crate::model::Model;
use crate::naming::component_name;
use crate::operation_facts::resource_name;
use crate::schema::{FieldDoc, ObjectEvidence, SchemaRegistry};
use crate::tables::{Location, TableRow};
use errors::{error_schema, response_ref, SharedResponses};
use heck::ToSnakeCase;
use indexmap::IndexMap;
use openapi_ext::{self as ext, Extension};
use openapiv3 as oa;
use params::{field_doc, is_managed_header, param_schema, parameter, typed_value};
use request_body::{candidate_examples, request_body};
use responses::{describes, response_schema, success_status};
use security::security;
use serde_json::{json, Value};
use std::collections::BTreeSet;

use crate::vocabulary::PAYLOAD_KEYS;

/// Builds the OpenAPI document.
pub fn build(model: &Model, conv: &Conventions, facts: &DocFacts, diags: &mut Diagnostics) -> oa::OpenAPI {
    let mut reg = SchemaRegistry::new();
    reg.set_models(facts.models.clone());
    reg.set_resources(model.operations.iter().map(resource_name));
    reg.set_tables_say_required(facts.tables_say_required);
    for def in &facts.models.defs {
        let fields: Vec<FieldDoc> = def.rows.iter().map(|r| field_doc(r, facts)).collect();
        reg.declare(&def.name, &def.examples, &fields, &def.pos, diags);
    }
    let mut paths: IndexMap<String, oa::ReferenceOr<oa::PathItem>> = IndexMap::new();
    let requests: Vec<(&str, &str)> = model.operations.iter().map(|o| (o.method.as_str(), o.path.as_str())).collect();
    let op_ids = crate::operation_names::operation_ids(&requests);
    let mut tags: Vec<String> = Vec::new();
    let auth_query = match &conv.auth {
        Some(Auth::QueryKey { name }) => Some(name.clone()),
        _ => None,
    };
    let error_ref = error_schema(conv, &mut reg, facts, diags);
    let shared_responses = SharedResponses::new(conv, error_ref.as_ref());
    let mut envelope_keys: BTreeSet<Option<String>> = BTreeSet::new();

    for (op_index, op) in model.operations.iter().enumerate() {
        if let Some(t) = &op.tag {
            if !tags.contains(t) {
                tags.push(t.clone());
            }
        }
        let op_id = op_ids[op_index].clone();
        let mut operation = oa::Operation {
            summary: Some(op.summary.clone()).filter(|s| !s.is_empty()),
            description: Some(op.description.clone()).filter(|s| !s.is_empty()),
            operation_id: Some(op_id.clone()),
            tags: op.tag.iter().cloned().collect(),
            ..Default::default()
        };
        operation.extensions.insert(ext::names::SOURCE.into(), json!(op.source.to_string()));

        // Parameters.
        let mut params: Vec<oa::Parameter> = Vec::new();
        for name in &op.path_params {
            let row = table_rows(op, &[Location::Path])
                .into_iter()
                .find(|r| crate::paths::clean_name(&r.name) == *name || r.name == *name);
            params.push(parameter(
                oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(param_schema(row.as_ref()))),
                name,
                true,
                row.as_ref(),
                "path",
            ));
        }
        let decided = &facts.operations[op_index];
        // Names taken, in order (a set: a table may list thousands of parameters).
        let mut query_names: indexmap::IndexSet<String> = indexmap::IndexSet::new();
        let add_query = |name: &str,
                         row: Option<&TableRow>,
                         example: Option<&str>,
                         params: &mut Vec<oa::Parameter>,
                         names: &mut indexmap::IndexSet<String>| {
            if names.contains(name)
                || Some(name) == auth_query.as_deref()
                || op.path_params.iter().any(|p| p == name || *p == crate::paths::clean_name(name))
            {
                return;
            }
            names.insert(name.to_owned());
            let mut p = parameter(
                oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(param_schema(row))),
                name,
                row.and_then(|r| r.required).unwrap_or(false),
                row,
                "query",
            );
            if let (oa::Parameter::Query { parameter_data, .. }, Some(ex)) = (&mut p, example) {
                if let oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(s)) = &parameter_data.format {
                    parameter_data.example = typed_value(ex, s);
                }
            }
            params.push(p);
        };
        for q in &decided.query {
            add_query(&q.name, q.row.as_ref(), q.example.as_deref(), &mut params, &mut query_names);
        }
        for r in table_rows(op, &[Location::Header]) {
            if is_managed_header(&r.name, conv) {
                continue;
            }
            params.push(parameter(
                oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(param_schema(Some(&r)))),
                &r.name,
                r.required.unwrap_or(false),
                Some(&r),
                "header",
            ));
        }

        for (name, value) in crate::operation_auth::sample_headers(&op.curls) {
            if is_managed_header(&name, conv)
                || params.iter().any(|p| matches!(p, oa::Parameter::Header { parameter_data, .. } if parameter_data.name.eq_ignore_ascii_case(&name)))
            {
                continue;
            }
            let mut p = parameter(
                oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(param_schema(None))),
                &name,
                false,
                None,
                "header",
            );
            if let oa::Parameter::Header { parameter_data, .. } = &mut p {
                parameter_data.example = Some(json!(value));
            }
            params.push(p);
        }
        if crate::operation_auth::is_public(&format!("{} {}", op.summary, op.description)) {
            // The docs call it public: no credentials on this call.
            operation.security = Some(vec![]);
        }

        // Responses.
        let resource = resource_name(op);
        let response_examples: Vec<&Value> =
            op.examples.iter().filter(|e| e.role == ExampleRole::Response).map(|e| &e.value).collect();
        let response_fields: Vec<FieldDoc> =
            table_rows(op, &[Location::Response]).iter().map(|r| field_doc(r, facts)).collect();
        let named = facts.named_responses.get(&op_index).and_then(|n| {
            let target = crate::models::schema_of(&n.model);
            // Prose is a hint: used only where every example fits the model.
            let fits = n.declared || response_examples.iter().all(|v| reg.example_problems(v, &target).is_empty());
            fits.then_some(target)
        });
        let mut pagination = decided.paging.as_ref();
        let success = if let Some(schema) = named {
            pagination = decided.named_paging.as_ref();
            let candidates: Vec<(&Value, &Pos)> =
                op.examples.iter().filter(|e| e.role == ExampleRole::Response).map(|e| (&e.value, &e.pos)).collect();
            let media =
                oa::MediaType { schema: Some(schema), examples: candidate_examples(&candidates), ..Default::default() };
            oa::Response {
                description: "Success.".into(),
                content: IndexMap::from([("application/json".to_owned(), media)]),
                ..Default::default()
            }
        } else if response_examples.is_empty() && response_fields.is_empty() {
            envelope_keys.insert(None);
            oa::Response { description: "Success.".into(), ..Default::default() }
        } else {
            let (schema, envelope) =
                response_schema(&resource, &response_examples, response_fields, facts, op, &mut reg, diags);
            envelope_keys.insert(envelope.as_ref().map(|e| e.key.clone()));
            let candidates: Vec<(&Value, &Pos)> =
                op.examples.iter().filter(|e| e.role == ExampleRole::Response).map(|e| (&e.value, &e.pos)).collect();
            let examples = candidate_examples(&candidates);
            let media = oa::MediaType { schema: Some(schema), examples, ..Default::default() };
            oa::Response {
                description: "Success.".into(),
                content: IndexMap::from([("application/json".to_owned(), media)]),
                ..Default::default()
            }
        };
        // Any other status: the operation's own error examples, else the API's error body.
        let op_errors: Vec<(&Value, &Pos)> =
            op.examples.iter().filter(|e| e.role == ExampleRole::Error).map(|e| (&e.value, &e.pos)).collect();
        let op_error = (!op_errors.is_empty()).then(|| {
            let values: Vec<&Value> = op_errors.iter().map(|(v, _)| *v).filter(|v| v.is_object()).collect();
            let name = format!("{}Error", component_name(&op_id));
            let schema = reg.object(&name, &ObjectEvidence { examples: values, fields: vec![] }, &op.source, diags);
            let media =
                oa::MediaType { schema: Some(schema), examples: candidate_examples(&op_errors), ..Default::default() };
            oa::Response {
                description: "Error.".into(),
                content: IndexMap::from([("application/json".to_owned(), media)]),
                ..Default::default()
            }
        });
        if !op.statuses.is_empty() {
            // The operation's own status table: exactly its statuses.
            let has_schema = |name: &str| reg.has(name);
            let parts = crate::spec_responses::Parts { success, error: op_error, has_schema: &has_schema };
            operation.responses = crate::spec_responses::responses(&op.statuses, &op.response_headers, parts);
        } else {
            let mut responses = oa::Responses::default();
            responses.responses.insert(oa::StatusCode::Code(success_status(op)), oa::ReferenceOr::Item(success));
            for (code, name) in &shared_responses.by_status {
                responses.responses.insert(oa::StatusCode::Code(*code), response_ref(name));
            }
            responses.default = match op_error {
                Some(e) => Some(oa::ReferenceOr::Item(e)),
                None => shared_responses.default.as_deref().map(response_ref),
            };
            operation.responses = responses;
        }

        // Pagination parameters every list operation takes.
        if let Some(p) = pagination {
            for key in ["page_param", "size_param", "offset_param", "cursor_param"] {
                if let Some(name) = p.get(key).and_then(Value::as_str) {
                    if !query_names.contains(name) {
                        let doc = conv.paging.as_ref().and_then(|g| g.param_docs.get(name)).cloned();
                        let row = TableRow {
                            name: name.into(),
                            bold: false,
                            location: Some(Location::Query),
                            type_text: Some(if key == "cursor_param" { "string" } else { "integer" }.into()),
                            required: None,
                            default: None,
                            description: doc,
                            enum_values: Vec::new(),
                            pos: Pos::default(),
                        };
                        add_query(name, Some(&row), None, &mut params, &mut query_names);
                    }
                }
            }
            if let Some(g) = &conv.paging {
                for extra in &g.extra_params {
                    let row = TableRow {
                        name: extra.clone(),
                        bold: false,
                        location: Some(Location::Query),
                        type_text: Some("string".into()),
                        required: None,
                        default: None,
                        description: g.param_docs.get(extra).cloned(),
                        enum_values: Vec::new(),
                        pos: Pos::default(),
                    };
                    add_query(extra, Some(&row), None, &mut params, &mut query_names);
                }
            }
            operation.extensions.insert(ext::names::PAGINATION.into(), p.clone());
        }
        if let Some((requests, per_seconds)) = facts.rate_limits.get(&op_index) {
            let window = ext::RateWindow {
                requests: Some(*requests),
                per_seconds: Some(*per_seconds as f64),
                ..Default::default()
            };
            ext::RateLimit { windows: vec![window] }.write(&mut operation.extensions);
        }
        operation.parameters = params.into_iter().map(oa::ReferenceOr::Item).collect();

        // Request body.
        if let Some(body) = request_body(op, &op_id, facts, &mut reg, diags) {
            operation.request_body = Some(oa::ReferenceOr::Item(body));
        }

        let item = paths.entry(op.path.clone()).or_insert_with(|| oa::ReferenceOr::Item(oa::PathItem::default()));
        if let oa::ReferenceOr::Item(item) = item {
            *operation_slot(item, &op.method) = Some(operation);
        }
    }

    crate::spec_paging::nested_route_paging(&mut paths);
    crate::models::fill_returned_resources(&mut paths, model, &facts.returns_resource, diags);
    crate::spec_paging::counted_pages_paging(&mut paths);

    let mut spec = oa::OpenAPI {
        openapi: "3.0.3".into(),
        info: oa::Info {
            title: facts.title.clone(),
            version: "1.0.0".into(),
            description: facts.description.clone(),
            ..Default::default()
        },
        servers: conv.servers.iter().map(server).collect(),
        paths: oa::Paths { paths, ..Default::default() },
        tags: tags
            .into_iter()
            .map(|name| oa::Tag { description: facts.tag_descriptions.get(&name).cloned(), name, ..Default::default() })
            .collect(),
        ..Default::default()
    };
    spec.info.extensions.insert(ext::names::GENERATED_BY.into(), json!("slate-import"));
    let mut components = oa::Components::default();
    if !model.operations.is_empty() {
        components.responses = shared_responses.components;
    }
    let (schemes, requirements) = security(conv);
    for (name, scheme) in schemes {
        components.security_schemes.insert(name, oa::ReferenceOr::Item(scheme));
    }
    if !requirements.is_empty() {
        spec.security = Some(requirements);
    }
    if let Some(signing) = &conv.signing {
        ext::RequestSigning {
            algorithm: Some(signing.algorithm.clone()),
            placement: signing.placement.clone(),
            description: Some(format!("As documented at {}.", signing.pos)),
            ..Default::default()
        }
        .write(&mut spec.extensions);
    }
    // Resource descriptions: fields they add to the component they describe, and the resources
    // no operation returns by name (a `data` payload whose shape depends on a parameter, say).
    let title_resource = component_name(&facts.title.to_snake_case());
    for (name, examples, rows, pos) in &facts.resources {
        let values: Vec<&Value> = examples.iter().filter(|v| v.is_object()).collect();
        let snake = name.to_snake_case();
        let generic = crate::model::is_generic_heading(&snake) // "Attributes", "Data"
            || snake.contains("paginat")
            || *name == title_resource;
        let fields: Vec<FieldDoc> = rows.iter().map(|row| field_doc(row, facts)).collect();
        // "Order Lines" describes the `Line` the operations return.
        let target = reg.names().find(|u| describes(name, u)).map(str::to_owned).unwrap_or_else(|| name.clone());
        if !generic && (!values.is_empty() || !fields.is_empty()) {
            reg.describe(&target, &ObjectEvidence { examples: values, fields }, pos, diags);
        }
    }
    let renames = reg.resource_renames();
    components.schemas = reg.into_components();
    let variants: Vec<(&str, &[_])> =
        facts.models.defs.iter().map(|d| (d.name.as_str(), d.variants.as_slice())).collect();
    let resolve = |t: &str| facts.models.resolve(t).filter(|m| !m.array).map(|m| m.name);
    crate::model_variants::apply(&mut components.schemas, &variants, resolve);
    spec.components = Some(components);
    crate::shared_envelopes::rename(&mut spec, &renames);
    crate::shared_envelopes::merge(&mut spec);
    crate::example_check::settle(&mut spec, diags);
    if !conv.request_headers.is_empty() {
        let headers = conv.request_headers.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        ext::RequestHeaders(headers).write(&mut spec.extensions);
    }
    if conv.rate_limit.is_some() || conv.rate_limit_headers.is_some() {
        let mut window = ext::RateWindow::default();
        if let Some((requests, per)) = conv.rate_limit {
            window.requests = Some(requests);
            window.per_seconds = Some(per as f64);
        }
        if let Some(h) = &conv.rate_limit_headers {
            window.headers = Some(ext::RateLimitHeaders {
                limit: h.limit.clone(),
                remaining: h.remaining.clone(),
                reset: h.reset.clone(),
            });
            window.retry_after = h.retry_after.then_some(true);
        }
        ext::RateLimit { windows: vec![window] }.write(&mut spec.extensions);
    }
    if let Some(payload) = crate::operation_facts::api_envelope(&envelope_keys) {
        ext::Envelope { payload }.write(&mut spec.extensions);
    }
    spec
}

/// The operation field of `item` for an HTTP method (`GET` -> `item.get`; methods OpenAPI 3.0
/// has no field for were refused earlier, and land in `trace`).
pub(crate) fn operation_slot<'a>(item: &'a mut oa::PathItem, method: &str) -> &'a mut Option<oa::Operation> {
    match method {
        "GET" => &mut item.get,
        "POST" => &mut item.post,
        "PUT" => &mut item.put,
        "PATCH" => &mut item.patch,
        "DELETE" => &mut item.delete,
        "HEAD" => &mut item.head,
        "OPTIONS" => &mut item.options,
        _ => &mut item.trace,
    }
}
