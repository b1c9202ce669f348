//! Parameters of an operation (path, query, header) from its table rows, and the field docs a
//! table row gives a schema.

use super::DocFacts;
use crate::conventions::{Auth, Conventions};
use crate::model::Operation;
use crate::schema::{FieldDoc, SchemaRegistry};
use crate::tables::{Location, TableRow};
use openapiv3 as oa;
use serde_json::{json, Value};

pub(crate) fn table_rows(op: &Operation, locations: &[Location]) -> Vec<TableRow> {
    crate::param_location::rows(op, locations)
}

pub(super) fn param_schema(row: Option<&TableRow>) -> oa::Schema {
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

/// `raw` as a value of the schema's type, if it is one.
pub(super) fn typed_value(raw: &str, s: &oa::Schema) -> Option<Value> {
    match &s.schema_kind {
        oa::SchemaKind::Type(oa::Type::Integer(_)) => raw.parse::<i64>().ok().map(|n| json!(n)),
        oa::SchemaKind::Type(oa::Type::Number(_)) => raw.parse::<f64>().ok().map(|n| json!(n)),
        oa::SchemaKind::Type(oa::Type::Boolean(_)) => raw.to_ascii_lowercase().parse::<bool>().ok().map(|b| json!(b)),
        oa::SchemaKind::Type(oa::Type::String(_)) => Some(json!(raw)),
        _ => None,
    }
}

pub(super) fn parameter(
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

pub(super) fn is_managed_header(name: &str, conv: &Conventions) -> bool {
    let l = name.to_ascii_lowercase();
    l == "content-type"
        || l == "accept"
        || l == "authorization"
        || conv.request_headers.keys().any(|k| k.eq_ignore_ascii_case(name))
        || matches!(&conv.auth, Some(Auth::HeaderKey { name: n }) if n.eq_ignore_ascii_case(name))
}

pub(super) fn field_doc(r: &TableRow, facts: &DocFacts) -> FieldDoc {
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
