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

//!
//! The work is split by concern: [`infer`] types one property from its values and table row,
//! [`components`] names, deduplicates and merges the components, [`types`] reads type columns,
//! [`descriptions`] reads description and default cells, and [`values`] measures example values.

mod components;
mod descriptions;
mod infer;
mod types;
mod values;

use crate::diag::{Diagnostics, Pos};
use crate::schema_forms::wrapped_ref;
use components::Presence;
use descriptions::clean_field_name;
use indexmap::IndexMap;
use infer::Slot;
use openapiv3::{ReferenceOr, Schema, SchemaData};
use serde_json::Value;
use std::collections::BTreeMap;
use types::{parse_type_text, table_schema};
use values::nesting;

pub(crate) use values::is_id_key;

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

impl FieldDoc {
    /// What a list field's row says of its items: the allowed values it lists are the items'
    /// (a `[string]` field with an enum table holds those values), nothing else.
    pub fn items_doc(&self) -> Option<FieldDoc> {
        (!self.enum_values.is_empty()).then(|| FieldDoc {
            name: self.name.clone(),
            enum_values: self.enum_values.clone(),
            pos: self.pos.clone(),
            ..Default::default()
        })
    }
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
            [f] if types::types_the_value(&clean_field_name(&f.name), name) => Some(f),
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
    /// name. Old name -> new name; apply with [`crate::spec_refs::rename_refs`].
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
    /// Where `v` breaks `schema`, references resolved in this registry.
    pub fn example_problems(&self, v: &Value, schema: &ReferenceOr<Schema>) -> Vec<crate::example_check::Problem> {
        crate::example_check::problems(v, schema, &|name| self.components.get(name).map(|c| &c.schema))
    }

    fn validates_schema(&self, v: &Value, s: &Schema) -> bool {
        crate::example_check::schema_problems(v, s, &|name| self.components.get(name).map(|c| &c.schema)).is_empty()
    }
}

impl SchemaRegistry {
    /// The union of component `name` with another view of it, `tabled` when that view came with
    /// a field table: a view from examples alone states no required marks, so it keeps the
    /// marks the component's tables state (see [`crate::schema_merge::union_views`]).
    fn union_view(&self, name: &str, existing: &Schema, view: &Schema, tabled: bool) -> Option<Schema> {
        crate::schema_merge::union_views(existing, view, self.listed.contains_key(name), tabled)
    }

    /// The union of a model the docs define with a view of it, to tell whether the view is that
    /// model: a response example alone keeps the model's required marks for the fields it shows
    /// (it is an example of that resource; one lacking a required field is not); a request's
    /// example, or any table, vetoes the marks it lacks (a request may send a part of a resource).
    fn model_view(&self, model: &Schema, view: &Schema, tabled: bool) -> Option<Schema> {
        crate::schema_merge::union_views(model, view, true, tabled || !self.responding)
    }
}

pub(crate) fn canonical_key(schema: &Schema) -> String {
    crate::schema_key::key(schema)
}

#[cfg(test)]
mod tests;
