//! Components: naming an inferred object, sharing identical ones, merging views of one
//! resource, and what presence in response examples makes required.

use super::infer::Slot;
use super::types::{schema_ref, type_schema};
use super::values::{is_id_map, nesting, richness};
use super::{canonical_key, clean_field_name, Component, FieldDoc, SchemaRegistry, MAX_EXAMPLE_DEPTH};
use crate::diag::{Code, Diagnostics, Pos};
use crate::naming::{component_name, singularize};
use openapiv3::{AdditionalProperties, ObjectType, ReferenceOr, Schema, SchemaKind, Type};
use serde_json::Value;
use std::collections::BTreeMap;

/// How often a response object's fields were seen (see [`SchemaRegistry::response_object`]):
/// a field every example of the object has, over two or more examples, is required.
#[derive(Debug, Clone, Default)]
pub(super) struct Presence {
    /// Example objects seen.
    pub(super) seen: usize,
    /// Per field, the examples that have it.
    pub(super) present: BTreeMap<String, usize>,
    /// Fields a table calls optional (never required from presence).
    pub(super) optional: std::collections::BTreeSet<String>,
    /// Some of the examples were responses (request examples count, as a veto, but alone
    /// make nothing required: what a request may send is the docs' to say).
    pub(super) response: bool,
}

impl Presence {
    pub(super) fn of(values: &[&Value], fields: &[FieldDoc]) -> Presence {
        let mut p = Presence { seen: values.len(), ..Presence::default() };
        for m in values.iter().filter_map(|v| v.as_object()) {
            for k in m.keys() {
                *p.present.entry(k.clone()).or_default() += 1;
            }
        }
        p.optional = fields.iter().filter(|f| f.required == Some(false)).map(|f| clean_field_name(&f.name)).collect();
        p
    }

    pub(super) fn add(&mut self, other: &Presence) {
        self.seen += other.seen;
        for (k, n) in &other.present {
            *self.present.entry(k.clone()).or_default() += n;
        }
        self.optional.extend(other.optional.iter().cloned());
        self.response |= other.response;
    }
}

impl SchemaRegistry {
    /// Builds an object component from object values and table rows; returns a `$ref`.
    pub(super) fn component(
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
                    // A request's nested object that agrees with part of a model is its own (it
                    // sends the fields its table lists, e.g. the `id` and `type` naming a task).
                    let same = (self.responding || !nested)
                        && self
                            .model_view(&c.schema, &schema, listed.is_some())
                            .is_some_and(|m| canonical_key(&m) == c.key);
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
                    if let Some(mut merged) = self.union_view(&name, &c.schema, &schema, listed.is_some()) {
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
    pub(super) fn count_presence(&mut self, name: &str, more: &Presence) {
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
}

/// The direct fields a table lists (`address.city` lists `address`); `None` without a table.
pub(super) fn listed_fields(fields: &[FieldDoc]) -> Option<std::collections::BTreeSet<String>> {
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
