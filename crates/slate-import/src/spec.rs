//! Stage 5, spec: writes the model and conventions as an `openapiv3::OpenAPI` document, with
//! schemas deduplicated into `components/schemas`, envelopes modelled, and the `x-` extensions
//! described in `docs/extensions.md`.

use crate::conventions::{Auth, Conventions};
use crate::diag::{Code, Diagnostics, Pos};
use crate::evidence::ExampleRole;
use crate::lenient_json::{parse_lenient, JsonDefect};
use crate::list_words::Said;
use crate::model::{BodyEncoding, Model, Operation};
use crate::naming::{component_name, singularize};
use crate::schema::{FieldDoc, ObjectEvidence, SchemaRegistry};
use crate::tables::{Location, TableRow};
use heck::{ToSnakeCase, ToUpperCamelCase};
use indexmap::IndexMap;
use openapi_ext::{self as ext, Extension};
use openapiv3 as oa;
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Keys that carry an envelope's payload whatever the resource.
const PAYLOAD_KEYS: &[&str] = &["data", "details", "result", "results", "items", "records", "payload"];

/// Facts about the doc set that the spec needs beyond the model and conventions.
pub struct DocFacts {
    /// Title of the doc set.
    pub title: String,
    /// Bold names in tables mean "required" (the docs say so).
    pub bold_means_required: bool,
    /// Resource descriptions outside operations: (resource name, examples, fields, where).
    pub resources: Vec<(String, Vec<Value>, Vec<TableRow>, Pos)>,
    /// The docs' prose about each tag (see [`crate::prose::tag_descriptions`]).
    pub tag_descriptions: std::collections::BTreeMap<String, String>,
    /// What the docs say the API is (see [`crate::prose::api_description`]).
    pub description: Option<String>,
    /// What each operation's words say about paging, by operation index (see
    /// [`crate::list_words::said`]).
    pub paging_said: std::collections::BTreeMap<usize, crate::list_words::Said>,
    /// By operation index, the rate limit the operation's own section states (see
    /// [`crate::operation_limits::stated`]): its `x-rate-limit`.
    pub rate_limits: std::collections::BTreeMap<usize, (u64, u64)>,
    /// By operation index, its section's notes that a parameter starts the list at an item
    /// (see [`crate::operation_notes::inclusive_from`]).
    pub inclusive_from: std::collections::BTreeMap<usize, String>,
    /// Query parameters documented once for a family of operations, by operation index (see
    /// [`crate::shared_params::shared`]).
    pub shared_params: std::collections::BTreeMap<usize, Vec<TableRow>>,
    /// The models the docs define by name (see [`crate::models::collect`]).
    pub models: crate::models::Models,
    /// By operation index, the model the docs name as its response (see
    /// [`crate::models::named_responses`]).
    pub named_responses: std::collections::BTreeMap<usize, crate::models::NamedResponse>,
    /// Operation indexes whose docs say they return their resource, with where (see
    /// [`crate::models::returns_resource`]).
    pub returns_resource: std::collections::BTreeMap<usize, Pos>,
    /// The docs' response or model tables have a `Required` column (see
    /// [`crate::models::tables_say_required`]).
    pub tables_say_required: bool,
}

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
        let query_rows = table_rows(op, &[Location::Query]);
        for r in &query_rows {
            add_query(&r.name, Some(r), None, &mut params, &mut query_names);
        }
        // Row names are unique (`table_rows` keeps the first of a name).
        let row_of: std::collections::HashMap<&str, &TableRow> =
            query_rows.iter().map(|r| (r.name.as_str(), r)).collect();
        for q in &op.query {
            let row = row_of.get(q.name.as_str()).copied();
            add_query(&q.name, row, q.example.as_deref(), &mut params, &mut query_names);
        }
        for r in facts.shared_params.get(&op_index).into_iter().flatten() {
            let in_path = op.path_params.contains(&r.name);
            if !in_path && !query_names.contains(&r.name) && auth_query.as_deref() != Some(r.name.as_str()) {
                add_query(&r.name, Some(r), None, &mut params, &mut query_names);
            }
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
        let mut pagination: Option<Value> = None;
        let said = facts.paging_said.get(&op_index);
        let notes = facts.inclusive_from.get(&op_index).map_or("", String::as_str);
        let query_list: Vec<String> = query_names.iter().cloned().collect();
        let named = facts.named_responses.get(&op_index).and_then(|n| {
            let target = crate::models::schema_of(&n.model);
            // Prose is a hint: used only where every example fits the model.
            let fits = n.declared || response_examples.iter().all(|v| reg.example_problems(v, &target).is_empty());
            fits.then_some(target)
        });
        let success = if let Some(schema) = named {
            if op.method == "GET" {
                pagination =
                    crate::spec_paging::paging_for(op, conv, None, &response_examples, &query_list, said, notes);
            }
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
            if op.method == "GET" {
                pagination = crate::spec_paging::paging_for(op, conv, None, &[], &query_list, said, notes);
            }
            oa::Response { description: "Success.".into(), ..Default::default() }
        } else {
            let (schema, envelope) =
                response_schema(&resource, &response_examples, response_fields, facts, op, &mut reg, diags);
            envelope_keys.insert(envelope.as_ref().map(|e| e.key.clone()));
            if op.method == "GET" {
                // A response documented only by a table of an array's fields is a list too.
                let array = serde_json::to_value(&schema).is_ok_and(|v| v["type"] == "array");
                let array_list = Said::Paginated(String::new());
                let said = said.or((array && response_examples.is_empty()).then_some(&array_list));
                pagination = crate::spec_paging::paging_for(
                    op,
                    conv,
                    envelope.as_ref(),
                    &response_examples,
                    &query_list,
                    said,
                    notes,
                );
            }
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
        if let Some(p) = &pagination {
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
    if envelope_keys.len() == 1 {
        if let Some(Some(key)) = envelope_keys.iter().next() {
            if PAYLOAD_KEYS.contains(&key.as_str()) {
                ext::Envelope { payload: key.clone() }.write(&mut spec.extensions);
            }
        }
    }
    spec
}

pub(crate) fn table_rows(op: &Operation, locations: &[Location]) -> Vec<TableRow> {
    let mut out: Vec<TableRow> = Vec::new();
    let mut names: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for t in &op.tables {
        for r in &t.rows {
            let loc = crate::param_location::of_row(op, r.location.or(t.heading_location), &r.name);
            if loc.is_some_and(|l| locations.contains(&l)) && names.insert(&r.name) {
                out.push(r.clone());
            }
        }
    }
    out
}

fn param_schema(row: Option<&TableRow>) -> oa::Schema {
    let default = row.and_then(|r| r.default.as_deref()).map(|d| d.trim_matches(['"', '\'', '`']));
    let typed = row.and_then(|r| r.type_text.as_deref()).and_then(SchemaRegistry::type_from_text);
    let mut s =
        typed.filter(|s| !matches!(s.schema_kind, oa::SchemaKind::Type(oa::Type::Object(_)))).unwrap_or_else(|| {
            let counts = row.is_some_and(|r| {
                let cursor = crate::vocabulary::CURSOR_PARAMS.contains(&r.name.to_ascii_lowercase().as_str());
                crate::vocabulary::is_paging_param(&r.name) && !cursor
            });
            let kind = if counts || default.is_some_and(|d| d.parse::<i64>().is_ok()) {
                oa::Type::Integer(Default::default())
            } else if default.is_some_and(|d| d.eq_ignore_ascii_case("true") || d.eq_ignore_ascii_case("false")) {
                oa::Type::Boolean(Default::default())
            } else {
                oa::Type::String(Default::default())
            };
            oa::Schema { schema_data: Default::default(), schema_kind: oa::SchemaKind::Type(kind) }
        });
    if let Some(d) = default {
        s.schema_data.default = typed_value(d, &s);
    }
    // Allowed values an enum table lists for the parameter.
    crate::enum_tables::give_values(&mut s, row.map_or(&[][..], |r| &r.enum_values));
    s
}

/// The success status a response example's caption names ("Response `201 Created`:"), else 200.
fn success_status(op: &Operation) -> u16 {
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

/// `raw` as a value of the schema's type, if it is one.
fn typed_value(raw: &str, s: &oa::Schema) -> Option<Value> {
    match &s.schema_kind {
        oa::SchemaKind::Type(oa::Type::Integer(_)) => raw.parse::<i64>().ok().map(|n| json!(n)),
        oa::SchemaKind::Type(oa::Type::Number(_)) => raw.parse::<f64>().ok().map(|n| json!(n)),
        oa::SchemaKind::Type(oa::Type::Boolean(_)) => raw.to_ascii_lowercase().parse::<bool>().ok().map(|b| json!(b)),
        oa::SchemaKind::Type(oa::Type::String(_)) => Some(json!(raw)),
        _ => None,
    }
}

fn parameter(
    format: oa::ParameterSchemaOrContent,
    name: &str,
    required: bool,
    row: Option<&TableRow>,
    location: &str,
) -> oa::Parameter {
    let data = oa::ParameterData {
        name: name.to_owned(),
        description: row.and_then(|r| r.description.clone()),
        required: required || location == "path",
        deprecated: None,
        format,
        example: None,
        examples: Default::default(),
        explode: None,
        extensions: Default::default(),
    };
    match location {
        "path" => oa::Parameter::Path { parameter_data: data, style: Default::default() },
        "header" => oa::Parameter::Header { parameter_data: data, style: Default::default() },
        _ => oa::Parameter::Query {
            parameter_data: data,
            allow_reserved: false,
            style: Default::default(),
            allow_empty_value: None,
        },
    }
}

fn is_managed_header(name: &str, conv: &Conventions) -> bool {
    let l = name.to_ascii_lowercase();
    l == "content-type"
        || l == "accept"
        || l == "authorization"
        || conv.request_headers.keys().any(|k| k.eq_ignore_ascii_case(name))
        || matches!(&conv.auth, Some(Auth::HeaderKey { name: n }) if n.eq_ignore_ascii_case(name))
}

fn field_doc(r: &TableRow, facts: &DocFacts) -> FieldDoc {
    let desc = r.description.clone().unwrap_or_default();
    let lower = desc.to_ascii_lowercase();
    let read_only = lower.contains("readonly") || lower.contains("read-only") || lower.contains("read only");
    let required = r.required.or((facts.bold_means_required && r.bold).then_some(true));
    FieldDoc {
        name: r.name.clone(),
        type_text: r.type_text.clone(),
        description: r.description.clone(),
        required,
        read_only,
        enum_values: r.enum_values.clone(),
        default: r.default.clone(),
        pos: r.pos.clone(),
    }
}

/// The resource an operation is about: the last collection segment of its path, singular.
fn resource_name(op: &Operation) -> String {
    let segs: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
    let mut last_collection = None;
    for (i, s) in segs.iter().enumerate() {
        if s.starts_with('{') {
            continue;
        }
        let followed_by_param = segs.get(i + 1).is_some_and(|n| n.starts_with('{'));
        if followed_by_param || i + 1 == segs.len() && s.ends_with('s') || last_collection.is_none() {
            last_collection = Some(*s);
        }
        if i + 1 == segs.len() && !followed_by_param && last_collection != Some(*s) && op.method == "GET" {
            last_collection = Some(*s);
        }
    }
    component_name(&singularize(&last_collection.unwrap_or("resource").to_snake_case()))
}

/// An envelope: which key holds the payload, and whether it is a list.
pub(crate) struct Envelope {
    /// The key holding the payload.
    pub(crate) key: String,
    /// The payload is an array.
    pub(crate) list: bool,
}

fn detect_envelope(resource: &str, examples: &[&Value]) -> Option<Envelope> {
    let first = examples.iter().find_map(|v| v.as_object())?;
    let resource_snake = resource.to_snake_case();
    let mut found: Option<Envelope> = None;
    for (k, v) in first {
        let is_payload_value =
            v.is_object() || v.as_array().is_some_and(|a| a.is_empty() || a.iter().any(Value::is_object));
        if !is_payload_value {
            continue;
        }
        let generic = PAYLOAD_KEYS.contains(&k.as_str());
        let named = singularize(k).eq_ignore_ascii_case(&resource_snake) || k.eq_ignore_ascii_case(&resource_snake);
        let others = first.len() - 1;
        // A list named after the resource beside paging keys (`{widgets: [...], total, offset,
        // limit}`) is an envelope however many keys sit beside it, unless the object has an
        // identity of its own (then the list is a field of a resource).
        let identified = ["id", "_id", "uuid"].iter().any(|id| first.contains_key(*id));
        if generic || named && (others <= 2 || v.is_array() && !identified) {
            if found.is_some() {
                return None;
            }
            found = Some(Envelope { key: k.clone(), list: v.is_array() });
        }
    }
    found
}

fn response_schema(
    resource: &str,
    examples: &[&Value],
    fields: Vec<FieldDoc>,
    facts: &DocFacts,
    op: &Operation,
    reg: &mut SchemaRegistry,
    diags: &mut Diagnostics,
) -> (oa::ReferenceOr<oa::Schema>, Option<Envelope>) {
    let resource_name = match detect_envelope(resource, examples) {
        Some(env) if !PAYLOAD_KEYS.contains(&env.key.as_str()) => component_name(&singularize(&env.key)),
        _ => resource.to_owned(),
    };
    let extra = resource_docs(&resource_name, facts);
    let Some(env) = detect_envelope(resource, examples) else {
        if let Some(list) = crate::list_items::of_plain_items(examples, |v| reg.inline(v, &resource_name)) {
            return (list, None);
        }
        let top_arrays: Vec<&Value> = examples.iter().filter_map(|v| v.as_array()).flatten().collect();
        if !top_arrays.is_empty() || examples.iter().all(|v| v.is_array()) {
            let item = object_schema(&resource_name, top_arrays, fields, &extra, &op.source, reg, diags);
            return (array_of(item), None);
        }
        let objects: Vec<&Value> = examples.iter().copied().filter(|v| v.is_object()).collect();
        if objects.is_empty() {
            return (reg.inline(examples[0], &resource_name), None);
        }
        return (object_schema(&resource_name, objects, fields, &extra, &op.source, reg, diags), None);
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
    let (env_fields, payload_fields): (Vec<FieldDoc>, Vec<FieldDoc>) =
        fields.into_iter().partition(|f| envelope_keys.contains(&f.name) && f.name != env.key);
    let item = object_schema(&resource_name, payload, payload_fields, &extra, &op.source, reg, diags);
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

fn box_schema(s: oa::ReferenceOr<oa::Schema>) -> oa::ReferenceOr<Box<oa::Schema>> {
    match s {
        oa::ReferenceOr::Reference { reference } => oa::ReferenceOr::Reference { reference },
        oa::ReferenceOr::Item(s) => oa::ReferenceOr::Item(Box::new(s)),
    }
}

fn array_of(item: oa::ReferenceOr<oa::Schema>) -> oa::ReferenceOr<oa::Schema> {
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
fn resource_docs(name: &str, facts: &DocFacts) -> (Vec<Value>, Vec<FieldDoc>) {
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
fn describes(resource: &str, name: &str) -> bool {
    resource == name
        || resource.strip_suffix(name).is_some_and(|head| !head.is_empty() && name.starts_with(char::is_uppercase))
}

fn object_schema(
    name: &str,
    values: Vec<&Value>,
    mut fields: Vec<FieldDoc>,
    extra: &(Vec<Value>, Vec<FieldDoc>),
    source: &Pos,
    reg: &mut SchemaRegistry,
    diags: &mut Diagnostics,
) -> oa::ReferenceOr<oa::Schema> {
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

fn request_body(
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
fn candidate_examples(candidates: &[(&Value, &Pos)]) -> IndexMap<String, oa::ReferenceOr<oa::Example>> {
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

fn error_schema(
    conv: &Conventions,
    reg: &mut SchemaRegistry,
    facts: &DocFacts,
    diags: &mut Diagnostics,
) -> Option<oa::ReferenceOr<oa::Schema>> {
    let objects: Vec<&Value> = conv.error_examples.iter().map(|(v, _)| v).filter(|v| v.is_object()).collect();
    let pos = conv
        .error_examples
        .first()
        .map(|(_, p)| p.clone())
        .or_else(|| conv.error_fields.first().map(|r| r.pos.clone()));
    let fields: Vec<FieldDoc> = conv
        .error_fields
        .iter()
        .filter(|r| r.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .map(|r| field_doc(r, facts))
        .collect();
    if objects.is_empty() && fields.is_empty() {
        return None;
    }
    Some(reg.object("Error", &ObjectEvidence { examples: objects, fields }, &pos.unwrap_or_default(), diags))
}

/// The error responses every operation shares, in `components/responses`: one per documented
/// error status (named from its meaning: `NotFound`), a 429 where a rate limit is documented,
/// and `Error` for any other status when the docs show the error body.
struct SharedResponses {
    /// (status, component name), in the docs' order.
    by_status: Vec<(u16, String)>,
    /// The component for `default`.
    default: Option<String>,
    components: IndexMap<String, oa::ReferenceOr<oa::Response>>,
}

impl SharedResponses {
    fn new(conv: &Conventions, error_ref: Option<&oa::ReferenceOr<oa::Schema>>) -> Self {
        let content = || -> IndexMap<String, oa::MediaType> {
            error_ref
                .map(|schema| {
                    IndexMap::from([(
                        "application/json".to_owned(),
                        oa::MediaType { schema: Some(schema.clone()), ..Default::default() },
                    )])
                })
                .unwrap_or_default()
        };
        let mut statuses: Vec<(u16, String)> =
            conv.errors.iter().filter(|e| e.code >= 400).map(|e| (e.code, e.description.clone())).collect();
        if conv.rate_limit.is_some() && !statuses.iter().any(|(code, _)| *code == 429) {
            statuses.push((429, "Too Many Requests: the rate limit was exceeded.".into()));
        }
        let mut out = SharedResponses { by_status: Vec::new(), default: None, components: IndexMap::new() };
        for (code, description) in statuses {
            // "Not Found -- The specified kitten could not be found." -> NotFound
            let meaning = description.split([':', '(']).next().unwrap_or("").split(" -- ").next().unwrap_or("");
            let words: String =
                meaning.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect::<String>();
            let mut name = words.trim().to_upper_camel_case();
            if name.is_empty() || name.len() > 40 || out.components.contains_key(&name) || name == "Error" {
                name = format!("Status{code}");
            }
            let response = oa::Response { description, content: content(), ..Default::default() };
            out.components.insert(name.clone(), oa::ReferenceOr::Item(response));
            out.by_status.push((code, name));
        }
        if error_ref.is_some() {
            let response = oa::Response { description: "Error.".into(), content: content(), ..Default::default() };
            out.components.insert("Error".into(), oa::ReferenceOr::Item(response));
            out.default = Some("Error".into());
        }
        out
    }
}

fn response_ref(name: &str) -> oa::ReferenceOr<oa::Response> {
    oa::ReferenceOr::Reference { reference: format!("#/components/responses/{name}") }
}

pub(crate) fn server(s: &crate::conventions::Server) -> oa::Server {
    oa::Server {
        url: s.url.clone(),
        description: s.description.clone(),
        variables: (!s.variables.is_empty()).then(|| {
            s.variables
                .iter()
                .map(|(n, d, desc)| {
                    (
                        n.clone(),
                        oa::ServerVariable {
                            default: d.clone(),
                            description: Some(desc.clone()),
                            enumeration: vec![],
                            extensions: Default::default(),
                        },
                    )
                })
                .collect()
        }),
        extensions: Default::default(),
    }
}

/// The security schemes and the requirements (alternatives, each a set of schemes sent
/// together): the scheme the samples use first, or the OAuth 2 scheme that issues its bearer
/// token, then the other ways the samples authenticate.
fn security(conv: &Conventions) -> (Vec<(String, oa::SecurityScheme)>, Vec<oa::SecurityRequirement>) {
    let mut schemes: Vec<(String, oa::SecurityScheme)> = Vec::new();
    let mut requirements: Vec<oa::SecurityRequirement> = Vec::new();
    let oauth = conv.oauth2.as_ref().filter(|_| matches!(conv.auth, None | Some(Auth::Bearer)));
    let primary = match (oauth, &conv.openid_connect) {
        (Some(o), _) => Some(("oauth2".to_owned(), oauth2_scheme(o))),
        (None, Some((url, pos))) if conv.auth.is_none() => Some((
            "openIdConnect".to_owned(),
            oa::SecurityScheme::OpenIDConnect {
                open_id_connect_url: url.clone(),
                description: Some(format!("As documented at {pos}.")),
                extensions: Default::default(),
            },
        )),
        _ => conv.auth.as_ref().map(|a| scheme_of(a, conv.auth_pos.as_ref())),
    };
    if let Some((name, scheme)) = primary {
        let mut first = IndexMap::from([(name.clone(), vec![])]);
        schemes.push((name, scheme));
        // Keys the samples send with it (a key header and its passphrase): one requirement.
        for a in &conv.auth_together {
            first.insert(register(&mut schemes, a), vec![]);
        }
        requirements.push(first);
    }
    for set in &conv.auth_alternatives {
        let mut requirement = IndexMap::new();
        for a in set {
            requirement.insert(register(&mut schemes, a), vec![]);
        }
        if !requirements.contains(&requirement) {
            requirements.push(requirement);
        }
    }
    (schemes, requirements)
}

/// The name of the scheme for `a` beside the first one, added to `schemes` unless an equal
/// scheme is there: a key is named after itself (`consumer_key`).
fn register(schemes: &mut Vec<(String, oa::SecurityScheme)>, a: &Auth) -> String {
    let (mut name, scheme) = scheme_of(a, None);
    if let Auth::HeaderKey { name: key } | Auth::QueryKey { name: key } | Auth::CookieKey { name: key } = a {
        name = key.clone();
    }
    if let Some((existing, _)) = schemes.iter().find(|(_, s)| *s == scheme) {
        return existing.clone();
    }
    if schemes.iter().any(|(n, _)| *n == name) {
        name = (2..).map(|i| format!("{name}{i}")).find(|n| schemes.iter().all(|(m, _)| m != n)).unwrap_or(name);
    }
    schemes.push((name.clone(), scheme));
    name
}

/// The OAuth 2 scheme of the flows the docs describe.
fn oauth2_scheme(o: &crate::credentials::OAuth2) -> oa::SecurityScheme {
    use crate::credentials::Flow;
    let mut flows = oa::OAuth2Flows::default();
    for flow in &o.flows {
        match flow {
            Flow::ClientCredentials { token_url } => {
                flows.client_credentials = Some(oa::ClientCredentialsOAuth2Flow {
                    token_url: token_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
            Flow::Implicit { authorization_url } => {
                flows.implicit = Some(oa::ImplicitOAuth2Flow {
                    authorization_url: authorization_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
            Flow::Password { token_url } => {
                flows.password = Some(oa::PasswordOAuth2Flow {
                    token_url: token_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
            Flow::AuthorizationCode { authorization_url, token_url } => {
                flows.authorization_code = Some(oa::AuthorizationCodeOAuth2Flow {
                    authorization_url: authorization_url.clone(),
                    token_url: token_url.clone(),
                    refresh_url: None,
                    scopes: IndexMap::new(),
                    extensions: Default::default(),
                })
            }
        }
    }
    oa::SecurityScheme::OAuth2 {
        flows,
        description: Some(format!(
            "As documented at {}. Requests send the access token as `Authorization: Bearer <token>`.",
            o.pos
        )),
        extensions: Default::default(),
    }
}

/// The scheme of one way to authenticate, with its conventional name.
fn scheme_of(auth: &Auth, pos: Option<&Pos>) -> (String, oa::SecurityScheme) {
    let desc = pos.map(|p| format!("As documented at {p}."));
    match auth {
        Auth::HeaderKey { name } => (
            "apiKey".into(),
            oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Header,
                name: name.clone(),
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::QueryKey { name } => (
            "apiKey".into(),
            oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Query,
                name: name.clone(),
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::CookieKey { name } => (
            "apiKey".into(),
            oa::SecurityScheme::APIKey {
                location: oa::APIKeyLocation::Cookie,
                name: name.clone(),
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::Bearer => (
            "bearerAuth".into(),
            oa::SecurityScheme::HTTP {
                scheme: "bearer".into(),
                bearer_format: None,
                description: desc,
                extensions: Default::default(),
            },
        ),
        Auth::Basic { token_as_username } => {
            let mut extensions = IndexMap::new();
            if *token_as_username {
                ext::TokenAs::Username.write(&mut extensions);
            }
            (
                "basicAuth".into(),
                oa::SecurityScheme::HTTP { scheme: "basic".into(), bearer_format: None, description: desc, extensions },
            )
        }
    }
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
