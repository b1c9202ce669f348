//! Type columns read as types (`Integer`, `string (uuid)`, `Array of strings`), and the small
//! schema constructors the inference builds with.

use crate::naming::singularize;
use openapiv3::{
    AnySchema, ArrayType, BooleanType, IntegerType, NumberType, ObjectType, ReferenceOr, Schema, SchemaData,
    SchemaKind, StringFormat, StringType, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

/// The JSON kinds a schema can be inferred as (integer and number kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Bool,
    Int,
    Num,
    Str,
    Obj,
    Arr,
}

impl Kind {
    pub(super) fn of(v: &Value) -> Option<Kind> {
        Some(match v {
            Value::Null => return None,
            Value::Bool(_) => Kind::Bool,
            Value::Number(n) if n.is_i64() || n.is_u64() => Kind::Int,
            Value::Number(_) => Kind::Num,
            Value::String(_) => Kind::Str,
            Value::Array(_) => Kind::Arr,
            Value::Object(_) => Kind::Obj,
        })
    }

    pub(super) fn word(self) -> &'static str {
        match self {
            Kind::Bool => "boolean",
            Kind::Int => "integer",
            Kind::Num => "number",
            Kind::Str => "string",
            Kind::Obj => "object",
            Kind::Arr => "array",
        }
    }
}

/// A type column, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TableType {
    pub(super) kind: Kind,
    pub(super) format: Option<&'static str>,
    pub(super) items: Option<Box<TableType>>,
}

impl TableType {
    pub(super) fn new(kind: Kind) -> Self {
        TableType { kind, format: None, items: None }
    }
}

pub(super) fn schema_ref(name: &str) -> ReferenceOr<Schema> {
    ReferenceOr::Reference { reference: format!("#/components/schemas/{name}") }
}

pub(super) fn boxed(s: ReferenceOr<Schema>) -> ReferenceOr<Box<Schema>> {
    match s {
        ReferenceOr::Item(s) => ReferenceOr::Item(Box::new(s)),
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
    }
}

pub(super) fn type_schema(t: Type) -> Schema {
    Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Type(t) }
}

pub(super) fn any_schema() -> Schema {
    Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Any(AnySchema::default()) }
}

pub(super) fn format_variant(format: Option<&str>) -> VariantOrUnknownOrEmpty<StringFormat> {
    match format {
        None => VariantOrUnknownOrEmpty::Empty,
        Some("date-time") => VariantOrUnknownOrEmpty::Item(StringFormat::DateTime),
        Some("date") => VariantOrUnknownOrEmpty::Item(StringFormat::Date),
        Some(f) => VariantOrUnknownOrEmpty::Unknown(f.to_string()),
    }
}

/// The schema a parsed type column stands for (no component: nested objects stay inline).
pub(super) fn table_schema(t: &TableType) -> Schema {
    match t.kind {
        Kind::Str => {
            type_schema(Type::String(StringType { format: format_variant(t.format), ..StringType::default() }))
        }
        Kind::Int => type_schema(Type::Integer(IntegerType::default())),
        Kind::Num => type_schema(Type::Number(NumberType::default())),
        Kind::Bool => type_schema(Type::Boolean(BooleanType::default())),
        Kind::Obj => type_schema(Type::Object(ObjectType::default())),
        Kind::Arr => type_schema(Type::Array(ArrayType {
            items: Some(ReferenceOr::Item(Box::new(t.items.as_deref().map_or_else(any_schema, table_schema)))),
            min_items: None,
            max_items: None,
            unique_items: false,
        })),
    }
}

/// Whether the one row of model `model`'s table types the model's value itself, not a field: a
/// row unnamed (`*anonymous*`, [`NESTED_ROW_TRANSPARENT`](crate::vocabulary::NESTED_ROW_TRANSPARENT))
/// or named as the model (renderers write a titled scalar schema's title there:
/// `|DirectionsStatus|string|` in the model `DirectionsStatus`), case and separators aside.
pub(super) fn types_the_value(row: &str, model: &str) -> bool {
    let row = row.trim().trim_matches(|c| c == '*' || c == '`').trim();
    let key = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    crate::vocabulary::NESTED_ROW_TRANSPARENT.contains(&row.to_ascii_lowercase().as_str())
        || (!key(row).is_empty() && key(row) == key(model))
}

/// The longest type column read as a type (`array of array of strings` is 25 bytes).
pub(super) const MAX_TYPE_TEXT: usize = 120;

/// Parses a type column (`Integer`, `string (uuid)`, `Array of strings`, `LineItem[]`).
pub(super) fn parse_type_text(text: &str) -> Option<TableType> {
    let t = text.trim().trim_matches(|c| c == '*' || c == '`' || c == '_').trim_end_matches('?').trim().to_lowercase();
    // A type column is a few words; a longer cell is prose (and could nest without bound).
    if t.is_empty() || t.len() > MAX_TYPE_TEXT {
        return None;
    }
    // `string (uuid)`, `integer(int64)`.
    if let Some((base, rest)) = t.split_once('(') {
        let inner = rest.trim_end_matches(')').trim();
        let mut tt = parse_type_text(base)?;
        if tt.kind == Kind::Str {
            if let Some(f) = parse_type_text(inner).and_then(|i| i.format) {
                tt.format = Some(f);
            }
        }
        return Some(tt);
    }
    // `array of strings`, `list of objects`, `tax rate array of objects`.
    for marker in ["array of ", "list of "] {
        if let Some(idx) = t.find(marker) {
            if idx == 0 || t[..idx].ends_with(' ') {
                let rest = t[idx + marker.len()..].trim();
                let items = parse_type_text(&singularize(rest))
                    .or_else(|| rest.contains("object").then(|| TableType::new(Kind::Obj)));
                return Some(TableType { kind: Kind::Arr, format: None, items: items.map(Box::new) });
            }
        }
    }
    // `string[]`, `LineItem[]`, `string[3]` (a length, not an array).
    if let Some(base) = t.strip_suffix(']') {
        if let Some((base, len)) = base.rsplit_once('[') {
            if len.is_empty() {
                return Some(TableType { kind: Kind::Arr, format: None, items: parse_type_text(base).map(Box::new) });
            }
            if len.chars().all(|c| c.is_ascii_digit()) {
                return parse_type_text(base);
            }
        }
    }
    // `[string]`, `[Address]`: an array of what the brackets hold.
    if let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')).filter(|i| !i.trim().is_empty()) {
        let items = parse_type_text(inner).or_else(|| {
            let named = inner.trim().trim_matches(['[', ']']);
            named.chars().all(|c| c.is_ascii_alphanumeric() || c == '_').then(|| TableType::new(Kind::Obj))
        });
        return Some(TableType { kind: Kind::Arr, format: None, items: items.map(Box::new) });
    }
    if let Some(inner) = crate::list_types::items_text(&t) {
        return Some(TableType { kind: Kind::Arr, format: None, items: parse_type_text(inner).map(Box::new) });
    }
    let s = |f: Option<&'static str>| TableType { kind: Kind::Str, format: f, items: None };
    Some(match t.as_str() {
        "string" | "str" | "text" | "char" | "varchar" => s(None),
        "integer" | "int" | "int32" | "int64" | "long" | "short" => TableType::new(Kind::Int),
        "number" | "float" | "decimal" | "double" | "numeric" | "real" => TableType::new(Kind::Num),
        "boolean" | "bool" => TableType::new(Kind::Bool),
        "datetime" | "date-time" | "date time" | "date_time" | "timestamp" => s(Some("date-time")),
        "date" => s(Some("date")),
        "time" => s(None),
        "uuid" | "uuidv4" | "uuid v4" | "guid" => s(Some("uuid")),
        "email" | "e-mail" => s(Some("email")),
        "url" | "uri" => s(Some("uri")),
        "array" | "list" => TableType::new(Kind::Arr),
        "object" | "hash" | "map" | "dictionary" | "dict" | "json" => TableType::new(Kind::Obj),
        _ => return None,
    })
}
