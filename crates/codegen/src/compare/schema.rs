//! A schema flattened into property paths: `$ref`s followed, `allOf` members merged,
//! `oneOf`/`anyOf` alternatives united, array items written `[]`; recursion is cut where a
//! referenced schema is already being walked, and nesting beyond [`MAX_DEPTH`] is not read.

use openapi_ext::schema::resolve_json as resolve;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Property nesting read at most (`a.b.c...`): deeper levels of real specs are rare and mostly
/// recursive structures.
pub const MAX_DEPTH: usize = 8;

/// One parameter or property: what the comparison checks about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Field {
    /// The name as written (parameters; empty for properties, whose path is their key).
    pub name: String,
    /// `string`, `integer`, `number`, `boolean`, `array`, `object`; `None` when not said.
    pub ty: Option<String>,
    /// Whether it is required (a path parameter always is).
    pub required: bool,
    /// Its enum values, as compact JSON (`"sold"`, `3`).
    pub enumeration: BTreeSet<String>,
}

/// A schema with its `allOf` members merged in (after following `$ref`s).
#[derive(Default)]
struct Merged<'a> {
    ty: Option<String>,
    properties: Vec<(&'a str, &'a Value)>,
    required: BTreeSet<&'a str>,
    enumeration: BTreeSet<String>,
    items: Option<&'a Value>,
    alternatives: Vec<&'a Value>,
}

impl<'a> Merged<'a> {
    fn of(root: &'a Value, schema: &'a Value) -> Self {
        let mut out = Merged::default();
        out.absorb(root, schema, &mut Vec::new());
        if out.ty.is_none() {
            if !out.properties.is_empty() {
                out.ty = Some("object".into());
            } else if out.items.is_some() {
                out.ty = Some("array".into());
            }
        }
        out
    }

    fn absorb(&mut self, root: &'a Value, schema: &'a Value, seen: &mut Vec<*const Value>) {
        let schema = resolve(root, schema);
        if seen.contains(&(schema as *const Value)) || seen.len() > 32 {
            return;
        }
        seen.push(schema);
        if self.ty.is_none() {
            self.ty = schema.get("type").and_then(Value::as_str).map(str::to_owned);
        }
        for (name, s) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            if !self.properties.iter().any(|(n, _)| n == name) {
                self.properties.push((name, s));
            }
        }
        let required = schema.get("required").and_then(Value::as_array).into_iter().flatten();
        self.required.extend(required.filter_map(Value::as_str));
        let values = schema.get("enum").and_then(Value::as_array).into_iter().flatten();
        self.enumeration.extend(values.map(enum_label));
        if self.items.is_none() {
            self.items = schema.get("items");
        }
        for key in ["oneOf", "anyOf"] {
            self.alternatives.extend(schema.get(key).and_then(Value::as_array).into_iter().flatten());
        }
        for member in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            self.absorb(root, member, seen);
        }
    }
}

/// An enum value as compact JSON of its text: `"sold"`, and `0` and `"0"` both `"0"` (docs show
/// a value as text, so a number listed in a string schema, common in real specs, is the same
/// value as the string the import reads for it).
fn enum_label(v: &Value) -> String {
    match v {
        Value::String(_) => serde_json::to_string(v).unwrap_or_default(),
        Value::Number(_) | Value::Bool(_) => serde_json::to_string(&v.to_string()).unwrap_or_default(),
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// The type and enum of `schema` (required is the caller's to say). An array without an enum
/// of its own takes its items' (the values a list parameter or field may hold).
pub fn field(root: &Value, schema: &Value) -> Field {
    let m = Merged::of(root, schema);
    let mut field = Field { ty: m.ty, enumeration: m.enumeration, ..Field::default() };
    if field.enumeration.is_empty() {
        if let Some(items) = m.items {
            field.enumeration = field_of_alternative(root, items).enumeration;
        }
    }
    // An alternative-only schema (`oneOf: [{enum: [a]}, {enum: [b]}]`): its values are the union.
    for alt in m.alternatives {
        let alt = field_of_alternative(root, alt);
        if field.ty.is_none() {
            field.ty = alt.ty;
        }
        field.enumeration.extend(alt.enumeration);
    }
    field
}

fn field_of_alternative(root: &Value, schema: &Value) -> Field {
    let m = Merged::of(root, schema);
    Field { ty: m.ty, enumeration: m.enumeration, ..Field::default() }
}

/// Adds every property path of `schema` to `out`; a path already there keeps its first facts,
/// its enum gaining the new values, its required flag kept only when every occurrence has it.
pub fn properties(root: &Value, schema: &Value, out: &mut BTreeMap<String, Field>) {
    let mut walker = Walker { root, stack: Vec::new(), out };
    walker.walk(schema, "", 0);
}

struct Walker<'a, 'o> {
    root: &'a Value,
    /// The referenced schemas being walked (recursion guard).
    stack: Vec<*const Value>,
    out: &'o mut BTreeMap<String, Field>,
}

impl<'a> Walker<'a, '_> {
    fn walk(&mut self, schema: &'a Value, prefix: &str, depth: usize) {
        let resolved = resolve(self.root, schema);
        if depth > MAX_DEPTH || self.stack.contains(&(resolved as *const Value)) {
            return;
        }
        self.stack.push(resolved);
        let m = Merged::of(self.root, resolved);
        if let Some(items) = m.items.filter(|_| m.properties.is_empty()) {
            self.walk(items, &format!("{prefix}[]"), depth + 1);
        }
        for (name, s) in &m.properties {
            let path = if prefix.is_empty() { (*name).to_owned() } else { format!("{prefix}.{name}") };
            let mut f = field(self.root, s);
            f.required = m.required.contains(name);
            self.add(&path, f);
            self.walk(s, &path, depth + 1);
        }
        for alt in &m.alternatives {
            self.walk(alt, prefix, depth);
        }
        self.stack.pop();
    }

    fn add(&mut self, path: &str, f: Field) {
        match self.out.get_mut(path) {
            Some(have) => {
                have.required &= f.required;
                have.enumeration.extend(f.enumeration);
                if have.ty.is_none() {
                    have.ty = f.ty;
                }
            }
            None => {
                self.out.insert(path.to_owned(), f);
            }
        }
    }
}
