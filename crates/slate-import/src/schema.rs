//! Schema inference: JSON examples merged with field tables, as openapiv3 schemas.
//!
//! Evidence for one object is a list of example values and the rows of the docs' field tables
//! ([`FieldDoc`]). [`SchemaRegistry::object`] merges them into a component under
//! `components/schemas` and returns a `$ref` to it. Rules, in short:
//!
//! - Types come from the examples; a table type is used where the examples are silent or agree
//!   (a table `Number` over integral examples stays `number`). When they disagree the examples
//!   win and a `schema-type-conflict` warning is recorded.
//! - `integer` only if every example value is integral as written (`1.0` is a `number`).
//! - `null` makes a typed schema `nullable`; a field that is null everywhere and untyped in the
//!   tables stays untyped (`{}`, which admits null), not a guess.
//! - Several examples merge: the union of their properties. `required` comes only from the docs
//!   (`FieldDoc::required == Some(true)`), never from presence in examples.
//! - Formats (`date-time`, `date`, `uuid`, `email`, `uri`) where every example string has it, or
//!   from the table type when there is no example value to contradict it.
//! - Enums from `FieldDoc::enum_values` or from a description that lists quoted values
//!   (`"a" or "b"`, ``One of: `a`, `b` ``), kept only if every example value is in the list.
//! - Nested objects become components named after their field (singular for arrays:
//!   `line_items` -> `LineItem`); identical schemas requested under the same name share one
//!   component; different ones that agree on every shared field are united into one (see
//!   [`crate::schema_merge`]); others get the parent's name as prefix, then a number.
//! - Objects whose keys are all ids (UUIDs, numbers, dates) become maps (`additionalProperties`).
//! - Each component carries `x-source: file:line` and, as `example`, the first example that
//!   validates against it (nested values included).
//! - A component's example nests at most [`MAX_EXAMPLE_DEPTH`] levels: a nested value is
//!   embedded again in the example of each component above it, so the bound keeps the spec
//!   linear in the docs (a deeper example stays in the operation, once).
//! - Objects and arrays nested deeper than [`MAX_SCHEMA_DEPTH`] levels are left untyped (`{}`)
//!   with a `nesting-too-deep` warning: inference never recurses further, whatever the input.

use crate::diag::{Code, Diagnostics, Pos};
use crate::schema_forms::{has_format, wrapped_ref};
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, IntegerType, NumberType, ObjectType, ReferenceOr, Schema,
    SchemaData, SchemaKind, StringFormat, StringType, Type, VariantOrUnknownOrEmpty,
};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::LazyLock;

pub use crate::naming::{component_name, singularize};

/// What a docs table says about one field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldDoc {
    /// Field name; dotted for nested fields (`address.city`, `line_items.name`).
    pub name: String,
    /// The type column as written (`Integer`, `DateTime`, `Array of strings`, `string (uuid)`).
    pub type_text: Option<String>,
    /// The description column.
    pub description: Option<String>,
    /// Some only where the docs say so.
    pub required: Option<bool>,
    /// Marked read-only by the docs (markers in the description are also recognised).
    pub read_only: bool,
    /// Allowed values the docs list for the field.
    pub enum_values: Vec<String>,
    /// The default column as written.
    pub default: Option<String>,
    /// Where the table row is.
    pub pos: Pos,
}

/// The evidence for one object: examples and table fields.
#[derive(Debug, Clone, Default)]
pub struct ObjectEvidence<'a> {
    /// Example values of the object (non-objects are ignored).
    pub examples: Vec<&'a Value>,
    /// Table rows describing its fields.
    pub fields: Vec<FieldDoc>,
}

/// How many levels of nested objects and arrays schema inference types; deeper values are left
/// untyped. Hand-written docs nest a dozen levels at most.
pub const MAX_SCHEMA_DEPTH: usize = 64;

/// The deepest example embedded in a component (levels of objects and arrays). Every nested
/// value is repeated in the example of each component above it; this bounds the repetition.
/// Hand-written examples of one resource nest half a dozen levels.
pub const MAX_EXAMPLE_DEPTH: usize = 12;

/// Collects named schemas, deduplicating identical ones, into components/schemas.
#[derive(Debug, Default)]
pub struct SchemaRegistry {
    components: IndexMap<String, Component>,
    /// Levels of objects and arrays being inferred right now (see [`MAX_SCHEMA_DEPTH`]).
    depth: usize,
    /// Where `nesting-too-deep` was reported already (once per source position).
    too_deep: Vec<Pos>,
    /// The models the docs define by name (see [`crate::models`]): a field whose type names
    /// one references its component.
    models: crate::models::Models,
    /// The API's resource names (from the operations' paths): an object nested in another
    /// takes one of these names only to reuse that resource's component (see `component`).
    resources: std::collections::BTreeSet<String>,
    /// Inferring a response: a field present in every example is required where the tables
    /// are silent (ids always, other fields when two or more examples agree).
    presence: bool,
    /// The docs' response tables say which fields are required: then they alone do, and
    /// presence in examples makes nothing required (see [`Self::response_object`]).
    tables_say_required: bool,
    /// Per component, the fields the docs' table of it lists (its direct fields), and whether
    /// that table was a request's: a request's nested object is what its table lists, never
    /// merged with another object of that name whose table lists other fields.
    listed: BTreeMap<String, (std::collections::BTreeSet<String>, bool)>,
    /// Inferring a response ([`Self::response_object`]), not a request.
    responding: bool,
}

#[derive(Debug)]
struct Component {
    schema: Schema,
    /// Canonical JSON of the schema without `example` and `x-source`, for deduplication.
    key: String,
    /// Made for a nested field (named from the field), not for a resource of its own.
    nested: bool,
    /// A model the docs define by name: never widened by another object of that name.
    declared: bool,
    /// For a nested object, its name with the parent's prefix (`InvoiceCustomField`): the name
    /// it takes when a resource of the API needs the one it has (see [`SchemaRegistry::resource_renames`]).
    prefixed: Option<String>,
    /// How often its fields were seen in response examples.
    presence: Presence,
}

/// How often a response object's fields were seen (see [`SchemaRegistry::response_object`]):
/// a field every example of the object has, over two or more examples, is required.
#[derive(Debug, Clone, Default)]
struct Presence {
    /// Example objects seen.
    seen: usize,
    /// Per field, the examples that have it.
    present: BTreeMap<String, usize>,
    /// Fields a table calls optional (never required from presence).
    optional: std::collections::BTreeSet<String>,
    /// Some of the examples were responses (request examples count, as a veto, but alone
    /// make nothing required: what a request may send is the docs' to say).
    response: bool,
}

impl Presence {
    fn of(values: &[&Value], fields: &[FieldDoc]) -> Presence {
        let mut p = Presence { seen: values.len(), ..Presence::default() };
        for m in values.iter().filter_map(|v| v.as_object()) {
            for k in m.keys() {
                *p.present.entry(k.clone()).or_default() += 1;
            }
        }
        p.optional = fields.iter().filter(|f| f.required == Some(false)).map(|f| clean_field_name(&f.name)).collect();
        p
    }

    fn add(&mut self, other: &Presence) {
        self.seen += other.seen;
        for (k, n) in &other.present {
            *self.present.entry(k.clone()).or_default() += n;
        }
        self.optional.extend(other.optional.iter().cloned());
        self.response |= other.response;
    }
}

/// The JSON kinds a schema can be inferred as (integer and number kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Bool,
    Int,
    Num,
    Str,
    Obj,
    Arr,
}

impl Kind {
    fn of(v: &Value) -> Option<Kind> {
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

    fn word(self) -> &'static str {
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
struct TableType {
    kind: Kind,
    format: Option<&'static str>,
    items: Option<Box<TableType>>,
}

impl TableType {
    fn new(kind: Kind) -> Self {
        TableType { kind, format: None, items: None }
    }
}

/// One property (or array items) being inferred.
struct Slot<'a, 'v> {
    /// Field name, for naming nested components.
    name: &'a str,
    /// Name of the component that holds this slot (for collision prefixes).
    parent: &'a str,
    values: Vec<&'v Value>,
    doc: Option<&'a FieldDoc>,
    table: Option<TableType>,
    /// Table rows of nested fields, with this slot's prefix removed.
    children: Vec<FieldDoc>,
}

impl SchemaRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds the schema for evidence and returns a $ref to a component named after name_hint
    /// (PascalCase; collisions get a stable suffix, identical schemas share one component).
    /// Nested objects become their own components named from the field. `source` becomes
    /// `x-source: file:line` on the component.
    pub fn object(
        &mut self,
        name_hint: &str,
        evidence: &ObjectEvidence,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> ReferenceOr<Schema> {
        let values: Vec<&Value> = evidence.examples.iter().copied().filter(|v| v.is_object()).collect();
        self.component(name_hint, None, values, &evidence.fields, source, diags)
    }

    /// As [`Self::object`], for a response: where the tables say nothing of a field, one that
    /// every example has is required (see [`crate::vocabulary::ID_FIELDS`] for ids, which one
    /// example makes certain; any other field needs two examples that agree), unless the docs'
    /// response tables state required-ness themselves ([`Self::set_tables_say_required`]).
    pub fn response_object(
        &mut self,
        name_hint: &str,
        evidence: &ObjectEvidence,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> ReferenceOr<Schema> {
        let before = std::mem::replace(&mut self.presence, !self.tables_say_required);
        let responding = std::mem::replace(&mut self.responding, true);
        let r = self.object(name_hint, evidence, source, diags);
        self.presence = before;
        self.responding = responding;
        r
    }

    /// Says that the docs' response tables state required-ness (a `Required` column): then
    /// presence in examples makes no field required.
    pub fn set_tables_say_required(&mut self, yes: bool) {
        self.tables_say_required = yes;
    }

    /// Sets the models the docs define by name (before any is declared or inferred).
    pub fn set_models(&mut self, models: crate::models::Models) {
        self.models = models;
    }

    /// Sets the API's resource names (see the field `resources`).
    pub fn set_resources(&mut self, names: impl IntoIterator<Item = String>) {
        self.resources = names.into_iter().collect();
    }

    /// The component a model's definition gives, under exactly `name`: its property tables
    /// and examples (a scalar or list model from its example). Returns false when the docs give
    /// it nothing to build from.
    pub fn declare(
        &mut self,
        name: &str,
        examples: &[Value],
        fields: &[FieldDoc],
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> bool {
        let objects: Vec<&Value> = examples.iter().filter(|v| v.is_object()).collect();
        let before = std::mem::replace(&mut self.presence, !self.tables_say_required);
        // A model is a resource as the API returns it, not a request.
        let responding = std::mem::replace(&mut self.responding, true);
        // A scalar or list model: one unnamed row (`*anonymous*`) types the value itself.
        let lone = match fields {
            [f] if crate::vocabulary::NESTED_ROW_TRANSPARENT
                .contains(&clean_field_name(&f.name).to_ascii_lowercase().as_str()) =>
            {
                Some(f)
            }
            _ => None,
        };
        let mut schema = if let Some(f) = lone.filter(|_| objects.is_empty()) {
            let slot = Slot {
                name,
                parent: "",
                values: examples.iter().collect(),
                doc: Some(f),
                table: f.type_text.as_deref().and_then(parse_type_text),
                children: Vec::new(),
            };
            match self.slot(slot, false, source, diags) {
                ReferenceOr::Item(s) => s,
                r @ ReferenceOr::Reference { .. } => wrapped_ref(r, SchemaData::default()),
            }
        } else if objects.is_empty() && fields.is_empty() {
            match examples.first().map(|v| self.inline(v, name)) {
                Some(ReferenceOr::Item(s)) => s,
                _ => {
                    self.presence = before;
                    self.responding = responding;
                    return false;
                }
            }
        } else {
            self.object_schema(name, &objects, fields, false, source, diags)
        };
        self.presence = before;
        self.responding = responding;
        let key = canonical_key(&schema);
        schema.schema_data.extensions.insert("x-source".into(), Value::String(source.to_string()));
        let valid: Vec<&Value> = examples.iter().filter(|v| nesting(v) <= MAX_EXAMPLE_DEPTH).collect();
        schema.schema_data.example = valid.into_iter().find(|v| self.validates_schema(v, &schema)).cloned();
        self.components.insert(
            name.to_owned(),
            Component { schema, key, nested: false, declared: true, prefixed: None, presence: Presence::default() },
        );
        true
    }

    /// Inline schema for a value (no component), for small things like scalars / arrays of scalars.
    pub fn inline(&mut self, value: &Value, name_hint: &str) -> ReferenceOr<Schema> {
        let mut diags = Diagnostics::new();
        let slot =
            Slot { name: name_hint, parent: "", values: vec![value], doc: None, table: None, children: Vec::new() };
        self.slot(slot, true, &Pos::default(), &mut diags)
    }

    /// The schema a type column describes (for parameter tables); None if the text is not a
    /// known type.
    pub fn type_from_text(type_text: &str) -> Option<Schema> {
        parse_type_text(type_text).map(|t| table_schema(&t))
    }

    /// Adds what a resource description outside any operation says about `name`: the fields it
    /// adds to the component of that name when they agree with it, else a new component.
    pub fn describe(&mut self, name: &str, evidence: &ObjectEvidence, source: &Pos, diags: &mut Diagnostics) {
        let base = component_name(name);
        let Some(existing) = self.components.get(&base).map(|c| c.schema.clone()) else {
            // A new type only from an example; a table alone is too weak a hint.
            if !evidence.examples.is_empty() {
                self.object(name, evidence, source, diags);
            }
            return;
        };
        // The component's own example joins the evidence, so where the table and the examples
        // disagree on a type the examples win, as everywhere.
        let mut values: Vec<&Value> = evidence.examples.iter().copied().filter(|v| v.is_object()).collect();
        values.extend(existing.schema_data.example.as_ref());
        let described = self.object_schema(&base, &values, &evidence.fields, false, source, diags);
        let declared = self.components.get(&base).is_some_and(|c| c.declared);
        let prefixed = self.components.get(&base).and_then(|c| c.prefixed.clone());
        if let Some(mut merged) = crate::schema_merge::union(&existing, &described) {
            merged.schema_data.example = existing.schema_data.example.clone();
            let key = canonical_key(&merged);
            self.components.insert(
                base,
                Component { schema: merged, key, nested: false, declared, prefixed, presence: Presence::default() },
            );
        }
    }

    /// Whether a component of that name exists.
    pub fn has(&self, name: &str) -> bool {
        self.components.contains_key(name)
    }

    /// The names of the components so far.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.components.keys().map(String::as_str)
    }

    /// Names to change so that a resource's name is its own, whatever the order of the docs:
    /// where an object nested in another took a resource's name (`CustomField`, the custom
    /// fields of an invoice) and that resource's own component then got `CustomField2`, the
    /// nested one takes its parent-prefixed name (`InvoiceCustomField`) and the resource its
    /// name. Old name -> new name; apply with [`crate::shared_envelopes::rename_refs`].
    pub fn resource_renames(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for name in &self.resources {
            let Some(nested) = self.components.get(name).filter(|c| c.nested && !c.declared) else { continue };
            let Some(prefixed) = nested.prefixed.as_ref().filter(|p| !self.components.contains_key(*p)) else {
                continue;
            };
            let second = format!("{name}2");
            if self.components.get(&second).is_some_and(|c| !c.nested)
                && !self.components.contains_key(&format!("{name}3"))
            {
                out.insert(name.clone(), prefixed.clone());
                out.insert(second, name.clone());
            }
        }
        out
    }

    /// The components, sorted by name.
    pub fn into_components(self) -> IndexMap<String, ReferenceOr<Schema>> {
        let sorted: BTreeMap<String, Schema> = self.components.into_iter().map(|(k, c)| (k, c.schema)).collect();
        sorted.into_iter().map(|(k, s)| (k, ReferenceOr::Item(s))).collect()
    }

    /// Builds an object component from object values and table rows; returns a `$ref`.
    fn component(
        &mut self,
        name_hint: &str,
        parent: Option<&str>,
        values: Vec<&Value>,
        fields: &[FieldDoc],
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> ReferenceOr<Schema> {
        let base = component_name(name_hint);
        let mut schema = if fields.is_empty() && is_id_map(&values) {
            // `{"<uuid>": {...}, "<uuid>": {...}}`: a map keyed by ids or dates, not fields.
            let entries: Vec<&Value> = values.iter().filter_map(|v| v.as_object()).flat_map(|m| m.values()).collect();
            let entry_name = format!("{base}Entry");
            let entry =
                Slot { name: &entry_name, parent: "", values: entries, doc: None, table: None, children: vec![] };
            let entry = self.slot(entry, false, source, diags);
            type_schema(Type::Object(ObjectType {
                additional_properties: Some(AdditionalProperties::Schema(Box::new(entry))),
                ..ObjectType::default()
            }))
        } else {
            self.object_schema(&base, &values, fields, false, source, diags)
        };
        let key = canonical_key(&schema);
        schema.schema_data.extensions.insert(openapi_ext::names::SOURCE.into(), Value::String(source.to_string()));
        // The richest example that validates (first among equals), not too deep to repeat.
        let mut best: Option<(usize, &Value)> = None;
        let shallow: Vec<&Value> = values.iter().copied().filter(|v| nesting(v) <= MAX_EXAMPLE_DEPTH).collect();
        if shallow.len() < values.len() {
            diags.info(
                Code::NestingTooDeep,
                source,
                format!(
                    "an example of `{base}` nests more than {MAX_EXAMPLE_DEPTH} levels; it is not repeated in the component"
                ),
            );
        }
        for v in &shallow {
            let r = richness(v);
            if best.is_none_or(|(b, _)| r > b) && self.validates_schema(v, &schema) {
                best = Some((r, v));
            }
        }
        schema.schema_data.example = best.map(|(_, v)| v.clone());
        if schema.schema_data.example.is_none() && !shallow.is_empty() {
            diags.info(
                Code::SchemaExampleInvalid,
                source,
                format!("no example of `{base}` matches the documented schema; none embedded"),
            );
        }
        // An object that wraps its namesake (`{"error": {...}}` named Error): the wrapper is
        // the envelope, never merged with what it wraps.
        let wraps = |name: &str| key.contains(&format!("\"#/components/schemas/{name}\""));
        let mut candidates = vec![base.clone()];
        let prefixed = parent.filter(|p| !p.is_empty() && !base.starts_with(*p)).map(|p| format!("{p}{base}"));
        // A generic container (`data`, `attributes`) is its parent's: `CustomerData`, never one
        // `Data` shared by every resource.
        let lower = name_hint.to_ascii_lowercase();
        let container = crate::vocabulary::CONTAINER_FIELDS.iter().any(|w| *w == lower || singularize(w) == lower);
        if let Some(p) = prefixed.clone() {
            if container {
                candidates[0] = p;
            } else {
                candidates.push(p);
            }
        }
        if wraps(&base) {
            candidates.push(format!("{base}Envelope"));
        }
        let last = candidates.last().cloned().unwrap_or_default();
        let nested = parent.is_some_and(|p| !p.is_empty());
        let mut presence = Presence::of(&values, fields);
        presence.response = self.presence;
        let listed = listed_fields(fields);
        for name in candidates.into_iter().chain((2..).map(|n| format!("{last}{n}"))) {
            match self.components.get(&name) {
                None => {
                    if let Some(l) = listed {
                        self.listed.insert(name.clone(), (l, !self.responding));
                    }
                    let prefixed = prefixed.clone().filter(|p| *p != name);
                    self.components
                        .insert(name.clone(), Component { schema, key, nested, declared: false, prefixed, presence });
                    return schema_ref(&name);
                }
                Some(c) if c.key == key => {
                    self.count_presence(&name, &presence);
                    return schema_ref(&name);
                }
                Some(_) if wraps(&name) => continue,
                // A model the docs define: referenced by what agrees with it, never widened.
                Some(c) if c.declared => {
                    let same =
                        crate::schema_merge::union(&c.schema, &schema).is_some_and(|m| canonical_key(&m) == c.key);
                    if same {
                        return schema_ref(&name);
                    }
                    continue;
                }
                // Two objects that share few of their fields are two things with one name: a
                // nested field named like another object (`artists`: a page of artists, a list).
                Some(c) if (nested || c.nested) && !crate::schema_merge::same_resource(&c.schema, &schema) => continue,
                // A request's nested object and another nested object of that name whose
                // tables list different fields: two objects (a request sends what its table
                // lists, not the fields of a response object that shares the name).
                Some(c)
                    if (nested || c.nested)
                        && listed.as_ref().is_some_and(|l| {
                            self.listed.get(&name).is_some_and(|(d, request)| d != l && (*request || !self.responding))
                        }) =>
                {
                    continue
                }
                Some(c) => {
                    // Another view of the same resource: one schema accepting both.
                    if let Some(mut merged) = crate::schema_merge::union(&c.schema, &schema) {
                        merged.schema_data.example =
                            c.schema.schema_data.example.clone().or_else(|| schema.schema_data.example.clone());
                        let key = canonical_key(&merged);
                        let mut seen = c.presence.clone();
                        seen.add(&presence);
                        let prefixed = c.prefixed.clone();
                        let nested = nested || c.nested;
                        let component = Component {
                            schema: merged,
                            key,
                            nested,
                            declared: false,
                            prefixed,
                            presence: Presence::default(),
                        };
                        self.components.insert(name.clone(), component);
                        if let Some(l) = listed {
                            self.listed.entry(name.clone()).or_insert((l, !self.responding));
                        }
                        self.count_presence(&name, &seen);
                        return schema_ref(&name);
                    }
                }
            }
        }
        unreachable!("an unused component name always exists")
    }

    /// Adds `more` to the presence counts of component `name` and makes required every field
    /// that all its examples (two or more) have and no table calls optional.
    fn count_presence(&mut self, name: &str, more: &Presence) {
        let Some(c) = self.components.get_mut(name) else { return };
        c.presence.add(more);
        if c.presence.seen < 2 || !c.presence.response {
            return;
        }
        if let SchemaKind::Type(Type::Object(o)) = &mut c.schema.schema_kind {
            let keys: Vec<String> = o.properties.keys().cloned().collect();
            for k in keys {
                let everywhere = c.presence.present.get(&k) == Some(&c.presence.seen);
                if everywhere && !c.presence.optional.contains(&k) && !o.required.contains(&k) {
                    o.required.push(k);
                }
            }
        }
        c.key = canonical_key(&c.schema);
    }

    /// An object schema from object values and table rows.
    fn object_schema(
        &mut self,
        name: &str,
        values: &[&Value],
        fields: &[FieldDoc],
        inline: bool,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> Schema {
        // Group the table rows: direct rows and nested rows by their first segment.
        let mut direct: IndexMap<String, &FieldDoc> = IndexMap::new();
        let mut nested: IndexMap<String, Vec<FieldDoc>> = IndexMap::new();
        for f in fields {
            let clean = clean_field_name(&f.name);
            match clean.split_once('.') {
                Some((head, rest)) => {
                    let head = head.trim_end_matches("[]").to_string();
                    let mut child = f.clone();
                    child.name = rest.to_string();
                    nested.entry(head).or_default().push(child);
                }
                None => {
                    direct.entry(clean.trim_end_matches("[]").to_string()).or_insert(f);
                }
            }
        }
        // Property order: first appearance in the examples, then table-only fields.
        let mut order: Vec<String> = Vec::new();
        for v in values {
            if let Value::Object(m) = v {
                for k in m.keys() {
                    if !order.contains(k) {
                        order.push(k.clone());
                    }
                }
            }
        }
        for k in direct.keys().chain(nested.keys()) {
            if !order.contains(k) {
                order.push(k.clone());
            }
        }
        let mut obj = ObjectType::default();
        for prop in &order {
            let doc = direct.get(prop).copied();
            let prop_values: Vec<&Value> =
                values.iter().filter_map(|v| v.as_object().and_then(|m| m.get(prop))).collect();
            let required = match doc.and_then(|d| d.required) {
                Some(r) => r,
                // Where the docs are silent, what every example shows is certain: an id in
                // one example, any field in two or more.
                None => {
                    let everywhere = !values.is_empty() && prop_values.len() == values.len();
                    let id = crate::vocabulary::ID_FIELDS.contains(&prop.as_str());
                    self.presence && everywhere && (id || values.len() >= 2)
                }
            };
            // A field whose type names a model of the docs references it; the rows nested
            // under it describe that model, which has them already.
            if let Some(m) = doc.and_then(|d| d.type_text.as_deref()).and_then(|t| self.models.resolve(t)) {
                let target = schema_ref(&m.name);
                let target = if m.array {
                    ReferenceOr::Item(type_schema(Type::Array(ArrayType {
                        items: Some(boxed(target)),
                        min_items: None,
                        max_items: None,
                        unique_items: false,
                    })))
                } else {
                    target
                };
                let nullable = prop_values.iter().any(|v| v.is_null())
                    || doc.and_then(|d| d.type_text.as_deref()).is_some_and(|t| t.contains("null"));
                let description =
                    doc.and_then(|d| d.description.as_deref()).map(strip_read_only_marker).filter(|d| !d.is_empty());
                let schema = match target {
                    ReferenceOr::Item(mut s) => {
                        s.schema_data.nullable = nullable;
                        s.schema_data.description = description;
                        ReferenceOr::Item(s)
                    }
                    // A bare `$ref` (its description is the model's): a wrapper would say `object`
                    // of what may be a string model.
                    r @ ReferenceOr::Reference { .. } if nullable => {
                        ReferenceOr::Item(wrapped_ref(r, SchemaData { nullable, ..SchemaData::default() }))
                    }
                    r => r,
                };
                obj.properties.insert(prop.clone(), boxed(schema));
                if required {
                    obj.required.push(prop.clone());
                }
                continue;
            }
            let table = doc.and_then(|d| d.type_text.as_deref()).and_then(|t| {
                let parsed = parse_type_text(t);
                if parsed.is_none() && prop_values.iter().all(|v| v.is_null()) {
                    diags.info(
                        Code::SchemaTypeUnknown,
                        &d_pos(doc, source),
                        format!("type `{t}` of field `{prop}` is not a known type; left untyped"),
                    );
                }
                parsed
            });
            let slot = Slot {
                name: prop,
                parent: name,
                values: prop_values,
                doc,
                table,
                children: nested.get(prop).cloned().unwrap_or_default(),
            };
            let schema = self.slot(slot, inline, source, diags);
            obj.properties.insert(prop.clone(), boxed(schema));
            if required {
                obj.required.push(prop.clone());
            }
        }
        Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Type(Type::Object(obj)) }
    }

    /// The schema of one property or array items.
    fn slot(&mut self, slot: Slot, inline: bool, source: &Pos, diags: &mut Diagnostics) -> ReferenceOr<Schema> {
        let nullable = slot.values.iter().any(|v| v.is_null());
        // The kind the examples show.
        let mut ex_kind: Option<Kind> = None;
        let mut conflict = false;
        for v in &slot.values {
            match (ex_kind, Kind::of(v)) {
                (_, None) => {}
                (None, k) => ex_kind = k,
                (Some(a), Some(b)) if a == b => {}
                (Some(Kind::Int), Some(Kind::Num)) | (Some(Kind::Num), Some(Kind::Int)) => ex_kind = Some(Kind::Num),
                (Some(_), Some(_)) => conflict = true,
            }
        }
        let pos = d_pos(slot.doc, source);
        let scalar = |t: &TableType| !matches!(t.kind, Kind::Obj | Kind::Arr);
        let table = match slot.table.clone() {
            Some(t) if !slot.children.is_empty() && scalar(&t) => {
                diags.warn(
                    Code::SchemaTypeConflict,
                    &pos,
                    format!(
                        "the docs give `{}` the type {}, but list attributes for it; read as an object",
                        slot.name,
                        t.kind.word()
                    ),
                );
                Some(TableType::new(Kind::Obj))
            }
            None if !slot.children.is_empty() => Some(TableType::new(Kind::Obj)),
            other => other,
        };
        // Examples that disagree are reported by `doc_lint::value_types`, at each value's line.
        let kind = if conflict {
            None
        } else {
            match (ex_kind, &table) {
                (Some(e), Some(t)) if t.kind == e || (t.kind == Kind::Num && e == Kind::Int) => Some(t.kind),
                (Some(e), Some(t)) => {
                    diags.warn(
                        Code::SchemaTypeConflict,
                        &pos,
                        format!(
                            "the docs give `{}` the type {}, but the examples show {}; using the examples",
                            slot.name,
                            t.kind.word(),
                            e.word()
                        ),
                    );
                    Some(e)
                }
                (Some(e), None) => Some(e),
                (None, Some(t)) => Some(t.kind),
                (None, None) if slot.doc.is_some_and(|d| !d.enum_values.is_empty()) => Some(Kind::Str),
                (None, None) => None,
            }
        };
        let table = table.filter(|t| Some(t.kind) == kind);
        let kind = match kind {
            Some(Kind::Arr | Kind::Obj) if self.depth >= MAX_SCHEMA_DEPTH => {
                if !self.too_deep.contains(&pos) {
                    diags.warn(
                        Code::NestingTooDeep,
                        &pos,
                        format!(
                            "`{}` is nested more than {MAX_SCHEMA_DEPTH} levels deep; its schema is left untyped",
                            slot.name
                        ),
                    );
                    self.too_deep.push(pos.clone());
                }
                None
            }
            other => other,
        };
        self.depth += 1;
        let mut schema = match kind {
            None => ReferenceOr::Item(any_schema()),
            Some(Kind::Str) => ReferenceOr::Item(self.string_schema(&slot, table.as_ref(), source, diags)),
            Some(Kind::Int) => ReferenceOr::Item(type_schema(Type::Integer(IntegerType::default()))),
            Some(Kind::Num) => ReferenceOr::Item(type_schema(Type::Number(NumberType::default()))),
            Some(Kind::Bool) => ReferenceOr::Item(type_schema(Type::Boolean(BooleanType::default()))),
            Some(Kind::Arr) => {
                let elements: Vec<&Value> = slot.values.iter().filter_map(|v| v.as_array()).flatten().collect();
                let item_name = singularize(slot.name);
                let item_doc = crate::enum_tables::items_doc(slot.doc);
                let items = Slot {
                    name: &item_name,
                    parent: slot.parent,
                    values: elements,
                    doc: item_doc.as_ref(),
                    table: table.as_ref().and_then(|t| t.items.as_deref().cloned()),
                    children: slot.children.clone(),
                };
                let items = self.slot(items, inline, source, diags);
                ReferenceOr::Item(type_schema(Type::Array(ArrayType {
                    items: Some(boxed(items)),
                    min_items: None,
                    max_items: None,
                    unique_items: false,
                })))
            }
            Some(Kind::Obj) => {
                let objects: Vec<&Value> = slot.values.iter().copied().filter(|v| v.is_object()).collect();
                let keys: Vec<&String> = objects.iter().filter_map(|v| v.as_object()).flat_map(|m| m.keys()).collect();
                if slot.children.is_empty() && !keys.is_empty() && keys.iter().all(|k| is_id_key(k)) {
                    // A map keyed by ids.
                    let inner: Vec<&Value> =
                        objects.iter().filter_map(|v| v.as_object()).flat_map(|m| m.values()).collect();
                    let item_name = singularize(slot.name);
                    let inner = Slot {
                        name: &item_name,
                        parent: slot.parent,
                        values: inner,
                        doc: None,
                        table: None,
                        children: Vec::new(),
                    };
                    let inner = self.slot(inner, inline, source, diags);
                    ReferenceOr::Item(type_schema(Type::Object(ObjectType {
                        additional_properties: Some(AdditionalProperties::Schema(Box::new(inner))),
                        ..ObjectType::default()
                    })))
                } else if keys.is_empty() && slot.children.is_empty() {
                    ReferenceOr::Item(type_schema(Type::Object(ObjectType::default())))
                } else if inline {
                    ReferenceOr::Item(self.object_schema(slot.name, &objects, &slot.children, true, source, diags))
                } else {
                    self.component(slot.name, Some(slot.parent), objects, &slot.children, source, diags)
                }
            }
        };
        self.depth -= 1;
        let read_only =
            slot.doc.is_some_and(|d| d.read_only || d.description.as_deref().is_some_and(has_read_only_marker));
        let description =
            slot.doc.and_then(|d| d.description.as_deref()).map(strip_read_only_marker).filter(|d| !d.is_empty());
        let default = slot.doc.and_then(|d| d.default.as_deref()).and_then(|d| parse_default(d, kind));
        match &mut schema {
            ReferenceOr::Item(s) => {
                // `nullable` needs a `type` beside it; an untyped schema admits null already.
                if nullable {
                    make_nullable(s);
                }
                s.schema_data.read_only |= read_only;
                s.schema_data.description = description;
                s.schema_data.default = default;
                schema
            }
            ReferenceOr::Reference { .. } if nullable || read_only => ReferenceOr::Item(wrapped_ref(
                schema,
                SchemaData { nullable, read_only, description, ..SchemaData::default() },
            )),
            ReferenceOr::Reference { .. } => schema,
        }
    }

    fn string_schema(
        &mut self,
        slot: &Slot,
        table: Option<&TableType>,
        source: &Pos,
        diags: &mut Diagnostics,
    ) -> Schema {
        let strings: Vec<&str> = slot.values.iter().filter_map(|v| v.as_str()).collect();
        let table_format = table.and_then(|t| t.format);
        let format = if strings.is_empty() || table_format.is_some_and(|f| strings.iter().all(|s| has_format(s, f))) {
            table_format
        } else {
            if let Some(f) = table_format {
                diags.info(
                    Code::SchemaFormatConflict,
                    &d_pos(slot.doc, source),
                    format!("the docs give `{}` the format {f}, but not every example has it", slot.name),
                );
            }
            common_format(&strings)
        };
        let mut enum_values: Vec<String> = slot.doc.map(|d| d.enum_values.clone()).unwrap_or_default();
        if enum_values.is_empty() {
            if let Some(desc) = slot.doc.and_then(|d| d.description.as_deref()) {
                enum_values = enum_from_description(desc);
            }
        }
        if !enum_values.is_empty() && !strings.iter().all(|s| enum_values.iter().any(|e| e == s)) {
            diags.info(
                Code::SchemaEnumMismatch,
                &d_pos(slot.doc, source),
                format!("examples of `{}` use values the docs do not list; no enum", slot.name),
            );
            enum_values.clear();
        }
        type_schema(Type::String(StringType {
            format: format_variant(format),
            enumeration: enum_values.into_iter().map(Some).collect(),
            ..StringType::default()
        }))
    }

    /// Where `v` breaks `schema`, references resolved in this registry.
    pub fn example_problems(&self, v: &Value, schema: &ReferenceOr<Schema>) -> Vec<crate::example_check::Problem> {
        crate::example_check::problems(v, schema, &|name| self.components.get(name).map(|c| &c.schema))
    }

    fn validates_schema(&self, v: &Value, s: &Schema) -> bool {
        crate::example_check::schema_problems(v, s, &|name| self.components.get(name).map(|c| &c.schema)).is_empty()
    }
}

/// Levels of objects and arrays in a value (a scalar has none), without recursion.
fn nesting(v: &Value) -> usize {
    let mut deepest = 0;
    let mut pending = vec![(v, 0usize)];
    while let Some((v, depth)) = pending.pop() {
        let children: Box<dyn Iterator<Item = &Value>> = match v {
            Value::Array(xs) => Box::new(xs.iter()),
            Value::Object(m) => Box::new(m.values()),
            _ => continue,
        };
        deepest = deepest.max(depth + 1);
        pending.extend(children.map(|c| (c, depth + 1)));
    }
    deepest
}

/// Number of non-null scalars in a value (to prefer informative examples).
fn richness(v: &Value) -> usize {
    match v {
        Value::Null => 0,
        Value::Array(xs) => xs.iter().map(richness).sum(),
        Value::Object(m) => m.values().map(richness).sum(),
        _ => 1,
    }
}

fn d_pos(doc: Option<&FieldDoc>, source: &Pos) -> Pos {
    doc.map_or_else(|| source.clone(), |d| d.pos.clone())
}

use openapi_ext::schema::make_nullable;

fn schema_ref(name: &str) -> ReferenceOr<Schema> {
    ReferenceOr::Reference { reference: format!("#/components/schemas/{name}") }
}

fn boxed(s: ReferenceOr<Schema>) -> ReferenceOr<Box<Schema>> {
    match s {
        ReferenceOr::Item(s) => ReferenceOr::Item(Box::new(s)),
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
    }
}

fn type_schema(t: Type) -> Schema {
    Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Type(t) }
}

fn any_schema() -> Schema {
    Schema { schema_data: SchemaData::default(), schema_kind: SchemaKind::Any(AnySchema::default()) }
}

pub(crate) fn canonical_key(schema: &Schema) -> String {
    crate::schema_key::key(schema)
}

fn format_variant(format: Option<&str>) -> VariantOrUnknownOrEmpty<StringFormat> {
    match format {
        None => VariantOrUnknownOrEmpty::Empty,
        Some("date-time") => VariantOrUnknownOrEmpty::Item(StringFormat::DateTime),
        Some("date") => VariantOrUnknownOrEmpty::Item(StringFormat::Date),
        Some(f) => VariantOrUnknownOrEmpty::Unknown(f.to_string()),
    }
}

/// The schema a parsed type column stands for (no component: nested objects stay inline).
fn table_schema(t: &TableType) -> Schema {
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

static RE_ID_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12,}|\d+|[0-9a-f]{16,}|\d{4}-\d{2}-\d{2}(?:[ T][0-9:.]+(?: ?(?:Z|[+-]\d{2}:?\d{2}))?)?)$")
        .unwrap()
});

/// The format every string has, if any.
fn common_format(strings: &[&str]) -> Option<&'static str> {
    ["date-time", "date", "uuid", "email", "uri"]
        .into_iter()
        .find(|f| !strings.is_empty() && strings.iter().all(|s| has_format(s, f)))
}

/// The direct fields a table lists (`address.city` lists `address`); `None` without a table.
fn listed_fields(fields: &[FieldDoc]) -> Option<std::collections::BTreeSet<String>> {
    if fields.is_empty() {
        return None;
    }
    let head = |f: &FieldDoc| {
        let clean = clean_field_name(&f.name);
        let first = clean.split('.').next().unwrap_or_default().trim_end_matches("[]").to_owned();
        first
    };
    Some(fields.iter().map(head).collect())
}

/// Objects whose keys are all ids or dates.
fn is_id_map(values: &[&Value]) -> bool {
    let mut keys = values.iter().filter_map(|v| v.as_object()).flat_map(|m| m.keys()).peekable();
    keys.peek().is_some() && keys.all(|k| is_id_key(k))
}

/// Whether an object key is an id or a date (the object is a map keyed by them, not fields).
pub(crate) fn is_id_key(k: &str) -> bool {
    RE_ID_KEY.is_match(k)
}

fn clean_field_name(name: &str) -> String {
    name.trim().trim_matches(|c| c == '*' || c == '`').trim().to_string()
}

static RE_READ_ONLY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bread[- ]?only\b").unwrap());

fn has_read_only_marker(desc: &str) -> bool {
    RE_READ_ONLY.is_match(desc)
}

/// Removes a leading `` `Readonly` `` marker from a description (the flag carries it).
fn strip_read_only_marker(desc: &str) -> String {
    static RE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*[`*_]*read[- ]?only[`*_]*[:.]?\s*").unwrap());
    RE.replace(desc.trim(), "").trim().to_string()
}

fn parse_default(text: &str, kind: Option<Kind>) -> Option<Value> {
    let t = text.trim().trim_matches(|c| c == '`' || c == '"' || c == '\'');
    if t.is_empty() || ["nil", "null", "none", "-", "n/a"].contains(&t.to_lowercase().as_str()) {
        return None;
    }
    match kind? {
        Kind::Int => t.parse::<i64>().ok().map(Value::from),
        Kind::Num => t.parse::<f64>().ok().and_then(serde_json::Number::from_f64).map(Value::Number),
        Kind::Bool => match t.to_lowercase().as_str() {
            "true" | "yes" => Some(Value::Bool(true)),
            "false" | "no" => Some(Value::Bool(false)),
            _ => None,
        },
        Kind::Str => Some(Value::String(t.to_string())),
        Kind::Obj | Kind::Arr => None,
    }
}

/// The longest type column read as a type (`array of array of strings` is 25 bytes).
const MAX_TYPE_TEXT: usize = 120;

/// Parses a type column (`Integer`, `string (uuid)`, `Array of strings`, `LineItem[]`).
fn parse_type_text(text: &str) -> Option<TableType> {
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

/// Values a description lists, conservatively: a list of at least two quoted or backticked
/// values after a phrase like "one of", "either", "options are", "possible values", at the
/// start of the description, or in parentheses. Empty if the description has no such list.
fn enum_from_description(desc: &str) -> Vec<String> {
    static TRIGGER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(one of|either|options are|possible values(?: are)?|valid values(?: are)?|allowed values(?: are)?|accepted values(?: are)?|can be|must be|values are)\b\s*:?")
            .unwrap()
    });
    let mut starts: Vec<usize> = vec![0];
    starts.extend(TRIGGER.find_iter(desc).map(|m| m.end()));
    starts.extend(desc.match_indices('(').map(|(i, _)| i + 1));
    for start in starts {
        if let Some(list) = quoted_list(&desc[start..]) {
            return list;
        }
    }
    Vec::new()
}

/// A list of ≥2 quoted values at the start of `text`, separated by commas, `or`, `and`, `/`,
/// `|` or HTML list tags, and followed by the end, `.`, `;` or `)`.
fn quoted_list(text: &str) -> Option<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    loop {
        // Separators.
        loop {
            let rest: String = chars[i..].iter().take(6).collect::<String>().to_lowercase();
            if i < chars.len() && (chars[i].is_whitespace() || matches!(chars[i], ',' | '/' | '|')) {
                i += 1;
            } else if rest.starts_with("or ") || rest.starts_with("and ") {
                i += if rest.starts_with("or ") { 3 } else { 4 };
            } else if chars.get(i) == Some(&'<') {
                match chars[i..].iter().position(|&c| c == '>') {
                    Some(k) => i += k + 1,
                    None => break,
                }
            } else {
                break;
            }
        }
        match chars.get(i) {
            Some(&q) if q == '"' || q == '\'' || q == '`' => {
                let close = chars[i + 1..].iter().position(|&c| c == q)?;
                let value: String = chars[i + 1..i + 1 + close].iter().collect();
                if value.trim().is_empty() || value.len() > 60 {
                    return None;
                }
                out.push(value);
                i += close + 2;
            }
            None | Some('.' | ';' | ')') => break,
            Some(_) => return None,
        }
    }
    (out.len() >= 2).then(|| {
        let mut seen = Vec::new();
        for v in out {
            if !seen.contains(&v) {
                seen.push(v);
            }
        }
        seen
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn field(name: &str, type_text: &str, description: &str) -> FieldDoc {
        FieldDoc {
            name: name.into(),
            type_text: (!type_text.is_empty()).then(|| type_text.into()),
            description: (!description.is_empty()).then(|| description.into()),
            pos: Pos::new("docs.md", 10),
            ..FieldDoc::default()
        }
    }

    /// Runs `object` for (hint, examples, fields) and returns the components, refs and
    /// diagnostics as one YAML-friendly value.
    fn run(cases: Vec<(&str, Vec<Value>, Vec<FieldDoc>)>) -> Value {
        let mut reg = SchemaRegistry::new();
        let mut diags = Diagnostics::new();
        let mut refs = Vec::new();
        for (hint, examples, fields) in &cases {
            let ev = ObjectEvidence { examples: examples.iter().collect(), fields: fields.clone() };
            let r = reg.object(hint, &ev, &Pos::new("docs.md", 3), &mut diags);
            refs.push(serde_json::to_value(&r).unwrap());
        }
        let diags: Vec<String> =
            diags.into_sorted().into_iter().map(|d| format!("{} {}: {}", d.severity, d.code, d.message)).collect();
        let components = reg.into_components();
        // Every embedded example must validate against its component.
        let check = SchemaRegistry {
            components: components
                .iter()
                .map(|(k, v)| {
                    let ReferenceOr::Item(s) = v else { panic!() };
                    (
                        k.clone(),
                        Component {
                            schema: s.clone(),
                            key: String::new(),
                            nested: false,
                            declared: false,
                            prefixed: None,
                            presence: Presence::default(),
                        },
                    )
                })
                .collect(),
            ..SchemaRegistry::default()
        };
        for (name, c) in &check.components {
            if let Some(ex) = &c.schema.schema_data.example {
                assert!(check.validates_schema(ex, &c.schema), "example of {name}");
            }
        }
        json!({"refs": refs, "components": components, "diagnostics": diags})
    }

    #[test]
    fn merge_of_two_examples() {
        insta::assert_yaml_snapshot!(run(vec![(
            "customer",
            vec![
                json!({"id": 1, "name": "Ann", "balance": 10, "tags": []}),
                json!({"id": 2, "name": "Bob", "balance": 2.5, "vip": true, "tags": []}),
            ],
            vec![],
        )]));
    }

    #[test]
    fn nullable_values() {
        insta::assert_yaml_snapshot!(run(vec![(
            "Invoice",
            vec![
                json!({"paid_at": null, "note": null, "total": null, "address": null}),
                json!({"paid_at": "2020-01-02T03:04:05Z", "note": null, "total": 5, "address": {"city": "Oslo"}}),
            ],
            vec![field("total", "Integer", "")],
        )]));
    }

    #[test]
    fn nested_arrays_of_objects() {
        insta::assert_yaml_snapshot!(run(vec![(
            "order",
            vec![json!({
                "id": "a",
                "line_items": [
                    {"sku": "x", "quantity": 1, "discounts": [{"code": "A", "amount": 1.5}]},
                    {"sku": "y", "quantity": 2, "discounts": []}
                ],
                "matrix": [[1, 2], [3]],
                "addresses": [{"city": "Oslo"}]
            })],
            vec![],
        )]));
    }

    #[test]
    fn table_only_fields_readonly_required_and_descriptions() {
        insta::assert_yaml_snapshot!(run(vec![(
            "product",
            vec![json!({"id": 7, "name": "Lamp"})],
            vec![
                FieldDoc { required: Some(true), ..field("name", "String", "Name of the product") },
                field("id", "Integer", "`Readonly` The identifier"),
                FieldDoc { read_only: true, ..field("created_at", "DateTime", "When it was created") },
                field("tags", "Array of strings", ""),
                field("price", "Decimal", ""),
                FieldDoc { default: Some("1".into()), ..field("per", "Integer", "Page size") },
                FieldDoc { required: Some(true), ..field("dimensions.width", "Float", "Width in cm") },
                field("dimensions.unit", "String", "\"cm\" or \"in\""),
                field("owner", "Customer", "Associated customer"),
            ],
        )]));
    }

    #[test]
    fn bracketed_types_are_arrays() {
        let arr = |t: &str| parse_type_text(t).map(|t| (t.kind, t.items.map(|i| i.kind)));
        assert_eq!(arr("[string]"), Some((Kind::Arr, Some(Kind::Str))));
        assert_eq!(arr("[ImageObject]"), Some((Kind::Arr, Some(Kind::Obj))));
        assert_eq!(arr("[[integer]]"), Some((Kind::Arr, Some(Kind::Arr))));
        assert_eq!(arr("[]"), Some((Kind::Arr, None)));
        assert_eq!(arr("[see below]"), Some((Kind::Arr, None)));
    }

    #[test]
    fn formats_from_values_and_tables() {
        insta::assert_yaml_snapshot!(run(vec![(
            "account",
            vec![
                json!({"id": "97436a79-0293-485e-8aad-eb629f5c9dfd", "email": "a@b.se",
                       "site": "https://x.example/a", "born": "2000-01-01",
                       "start": "2021-01-15T00:00:00.000Z", "mixed": "2020-01-01",
                       "empty": "", "ref": "not-a-uuid"}),
                json!({"id": "5287889d-c45b-4a65-9ef6-68494d4fdeb0", "email": "c@d.se",
                       "site": "https://y.example", "born": "1999-12-31",
                       "start": "2021-01-15T10:00:00+01:00", "mixed": "soon",
                       "empty": "", "ref": "abc"}),
            ],
            vec![
                field("start", "date", ""),
                field("ref", "string (uuid)", ""),
                field("due", "DateTime", ""),
                field("key", "UUID", ""),
            ],
        )]));
    }

    #[test]
    fn enums_from_descriptions() {
        insta::assert_yaml_snapshot!(run(vec![(
            "query",
            vec![json!({"direction": "ascending", "period": "day", "kind": "other"})],
            vec![
                field("direction", "String", "\"ascending\" or \"descending\". If specified the order"),
                field("period", "String", "Options are: 'hour', 'day', 'week', 'month' or 'year'"),
                field("price_type", "String", "Options are: blank, 'simple' or 'structure'"),
                field("kind", "string", "The type, either: <ul><li>`SICK`</li><li>`PAID`</li></ul>"),
                field("status", "string", "Campaign stats (`Draft`, `Scheduled`, `Done`)"),
                FieldDoc { enum_values: vec!["minute".into(), "hour".into()], ..field("interval", "", "") },
            ],
        )]));
    }

    #[test]
    fn dedup_of_identical_nested_objects_and_collisions() {
        insta::assert_yaml_snapshot!(run(vec![
            (
                "invoice",
                vec![json!({"line_items": [{"sku": "a", "qty": 1}], "customer": {"id": 1, "name": "A"}})],
                vec![],
            ),
            ("quote", vec![json!({"line_items": [{"sku": "b", "qty": 2}], "customer": {"id": "x"}})], vec![],),
            (
                "invoice",
                vec![json!({"line_items": [{"sku": "c", "qty": 3}], "customer": {"id": 2, "name": "B"}})],
                vec![]
            ),
            ("invoice", vec![json!({"number": 4})], vec![]),
        ]));
    }

    #[test]
    fn conflicts_maps_and_empty_arrays() {
        insta::assert_yaml_snapshot!(run(vec![(
            "line",
            vec![
                json!({"id": "6107b3cc-03a8-4935-906c-20e2c33db7e0", "item_id": "100", "notes": [],
                       "ids": {"23b6445d-c846-404b-8628-acb9023d8e5cc": 2, "cdda5942-19d1-4bc8-ac1b-0324a14ba6d5": 1}}),
                json!({"id": "aff93024-a928-4da7-917a-799ea5d189ae", "item_id": 101, "notes": []}),
            ],
            vec![field("id", "Integer", "Unique primary id")],
        )]));
    }

    #[test]
    fn inline_values() {
        let mut reg = SchemaRegistry::new();
        let s = reg.inline(&json!(["a", "b"]), "tags");
        assert_eq!(serde_json::to_value(&s).unwrap(), json!({"type": "array", "items": {"type": "string"}}));
        let s = reg.inline(&json!({"a": {"b": 1.5}}), "thing");
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            json!({"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {"type": "number"}}}}})
        );
        assert!(reg.into_components().is_empty());
    }

    #[test]
    fn type_from_text_maps_table_words() {
        let t = |s: &str| SchemaRegistry::type_from_text(s).map(|s| serde_json::to_value(s).unwrap());
        assert_eq!(t("Integer"), Some(json!({"type": "integer"})));
        assert_eq!(t("*number*"), Some(json!({"type": "number"})));
        assert_eq!(t("Bool"), Some(json!({"type": "boolean"})));
        assert_eq!(t("DateTime"), Some(json!({"type": "string", "format": "date-time"})));
        assert_eq!(t("*date*"), Some(json!({"type": "string", "format": "date"})));
        assert_eq!(t("*UUIDv4*"), Some(json!({"type": "string", "format": "uuid"})));
        assert_eq!(t("string (uuid)"), Some(json!({"type": "string", "format": "uuid"})));
        assert_eq!(t("URL"), Some(json!({"type": "string", "format": "uri"})));
        assert_eq!(t("Hash"), Some(json!({"type": "object"})));
        assert_eq!(t("*string[3]*"), Some(json!({"type": "string"})));
        assert_eq!(t("Array of strings"), Some(json!({"type": "array", "items": {"type": "string"}})));
        assert_eq!(
            t("*array of dates*"),
            Some(json!({"type": "array", "items": {"type": "string", "format": "date"}}))
        );
        assert_eq!(t("Tax Rate Array of objects"), Some(json!({"type": "array", "items": {"type": "object"}})));
        assert_eq!(t("*LineItem[]*"), Some(json!({"type": "array", "items": {}})));
        assert_eq!(t("Array"), Some(json!({"type": "array", "items": {}})));
        assert_eq!(t("Customer"), None);
        assert_eq!(t("nil"), None);
    }

    #[test]
    fn singular_and_component_names() {
        for (w, s) in [
            ("line_items", "line_item"),
            ("categories", "category"),
            ("addresses", "address"),
            ("statuses", "status"),
            ("purchases", "purchase"),
            ("boxes", "box"),
            ("status", "status"),
            ("data", "data"),
            ("invoiceItems", "invoiceItem"),
        ] {
            assert_eq!(singularize(w), s, "{w}");
        }
        assert_eq!(component_name("line_item"), "LineItem");
        assert_eq!(component_name("billingSettings"), "BillingSettings");
        assert_eq!(component_name("tax-rate (v2)"), "TaxRateV2");
        assert_eq!(component_name("3d model"), "Schema3dModel");
        assert_eq!(component_name("__"), "Schema");
    }

    #[test]
    fn deterministic_output() {
        let make = || {
            run(vec![(
                "order",
                vec![json!({"b": 1, "a": {"x": [1]}, "c": [{"d": null}]})],
                vec![field("e", "Integer", "")],
            )])
        };
        assert_eq!(serde_json::to_string(&make()).unwrap(), serde_json::to_string(&make()).unwrap());
    }
}
