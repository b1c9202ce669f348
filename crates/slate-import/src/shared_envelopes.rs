//! One component for the envelope keys that many operations share.
//!
//! Each response envelope first gets its own component, named after its resource
//! (`CustomerListEnvelopeMeta`: the keys around the payload). Where several resources have the
//! very same envelope (`{"meta": {...}, "data": [...]}` on every list), those components are one
//! thing, the API's list envelope: they become one `ListEnvelopeMeta` (or `EnvelopeMeta` when
//! single-item envelopes share it too). Envelopes that differ in any way, descriptions
//! included, keep their own names.

use std::collections::BTreeMap;

use openapiv3::{OpenAPI, ReferenceOr};

use crate::schema::canonical_key;

const LIST_SUFFIX: &str = "ListEnvelopeMeta";
const SUFFIX: &str = "EnvelopeMeta";

/// Merges identical envelope components of `spec` and points every `$ref` at the survivor.
pub fn merge(spec: &mut OpenAPI) {
    let Some(components) = spec.components.as_mut() else { return };
    let mut groups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, schema) in &components.schemas {
        if let (true, ReferenceOr::Item(s)) = (name.ends_with(SUFFIX) && name != SUFFIX && name != LIST_SUFFIX, schema)
        {
            groups.entry(canonical_key(s)).or_default().push(name.clone());
        }
    }
    let mut groups: Vec<Vec<String>> = groups.into_values().filter(|g| g.len() > 1).collect();
    // The largest group gets the plain name when two would; ties go to the first name.
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    let mut renames: BTreeMap<String, String> = BTreeMap::new();
    for mut group in groups {
        group.sort();
        let generic = if group.iter().all(|n| n.ends_with(LIST_SUFFIX)) { LIST_SUFFIX } else { SUFFIX };
        if components.schemas.contains_key(generic) {
            continue;
        }
        let Some(kept) = components.schemas.get(&group[0]).cloned() else { continue };
        for name in &group {
            components.schemas.shift_remove(name);
            renames.insert(format!("#/components/schemas/{name}"), format!("#/components/schemas/{generic}"));
        }
        components.schemas.insert(generic.to_string(), kept);
    }
    if renames.is_empty() {
        return;
    }
    components.schemas.sort_keys();
    crate::spec_refs::rename_refs(spec, &renames);
}

/// Renames components of `spec` (old name -> new name, applied at once, so names may swap) and
/// every `$ref` to them.
pub fn rename(spec: &mut OpenAPI, names: &BTreeMap<String, String>) {
    let Some(components) = spec.components.as_mut() else { return };
    if names.is_empty() {
        return;
    }
    let moved: Vec<(String, ReferenceOr<openapiv3::Schema>)> =
        names.keys().filter_map(|old| components.schemas.shift_remove(old).map(|s| (names[old].clone(), s))).collect();
    components.schemas.extend(moved);
    components.schemas.sort_keys();
    let refs: BTreeMap<String, String> =
        names.iter().map(|(o, n)| (format!("#/components/schemas/{o}"), format!("#/components/schemas/{n}"))).collect();
    crate::spec_refs::rename_refs(spec, &refs);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> OpenAPI {
        yaml_serde::from_str(yaml).expect("spec")
    }

    #[test]
    fn identical_list_envelopes_become_one_and_refs_follow() {
        let mut s = spec(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  \
             /a: {get: {responses: {'200': {description: ok, content: {application/json: {schema: \
             {allOf: [{$ref: '#/components/schemas/AListEnvelopeMeta'}]}}}}}}}\n  \
             /b: {get: {responses: {'200': {description: ok, content: {application/json: {schema: \
             {$ref: '#/components/schemas/BListEnvelopeMeta'}}}}}}}\n\
             components: {schemas: {\
             AListEnvelopeMeta: {type: object, x-source: 'a.md:1', properties: {total: {type: integer}}}, \
             BListEnvelopeMeta: {type: object, x-source: 'b.md:9', properties: {total: {type: integer}}}, \
             CListEnvelopeMeta: {type: object, properties: {total: {type: integer, description: other}}}}}\n",
        );
        merge(&mut s);
        let text = yaml_serde::to_string(&s).expect("yaml");
        let names: Vec<&String> = s.components.as_ref().map(|c| c.schemas.keys().collect()).unwrap_or_default();
        assert_eq!(names, ["CListEnvelopeMeta", "ListEnvelopeMeta"], "a different description keeps its own");
        assert!(!text.contains("AListEnvelopeMeta") && !text.contains("BListEnvelopeMeta"), "{text}");
        assert_eq!(text.matches("$ref: '#/components/schemas/ListEnvelopeMeta'").count(), 2, "{text}");
        assert!(text.contains("x-source: a.md:1"), "the first by name is kept: {text}");
    }

    #[test]
    fn single_and_list_envelopes_share_the_plain_name_and_a_taken_name_is_left_alone() {
        let mut s = spec(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n\
             components: {schemas: {\
             AEnvelopeMeta: {type: object, properties: {status: {type: string}}}, \
             BListEnvelopeMeta: {type: object, properties: {status: {type: string}}}, \
             EnvelopeMeta: {type: object}, \
             CListEnvelopeMeta: {type: object, properties: {n: {type: integer}}}, \
             DListEnvelopeMeta: {type: object, properties: {n: {type: integer}}}}}\n",
        );
        merge(&mut s);
        let names: Vec<&String> = s.components.as_ref().map(|c| c.schemas.keys().collect()).unwrap_or_default();
        assert_eq!(names, ["AEnvelopeMeta", "BListEnvelopeMeta", "EnvelopeMeta", "ListEnvelopeMeta"]);
    }
}
