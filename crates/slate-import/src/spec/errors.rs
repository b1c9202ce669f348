//! The API's error body and the error responses every operation shares.

use super::params::field_doc;
use super::DocFacts;
use crate::conventions::Conventions;
use crate::diag::Diagnostics;
use crate::schema::{FieldDoc, ObjectEvidence, SchemaRegistry};
use heck::ToUpperCamelCase;
use indexmap::IndexMap;
use openapiv3 as oa;
use serde_json::Value;

pub(super) fn error_schema(
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
pub(super) struct SharedResponses {
    /// (status, component name), in the docs' order.
    pub(super) by_status: Vec<(u16, String)>,
    /// The component for `default`.
    pub(super) default: Option<String>,
    pub(super) components: IndexMap<String, oa::ReferenceOr<oa::Response>>,
}

impl SharedResponses {
    pub(super) fn new(conv: &Conventions, error_ref: Option<&oa::ReferenceOr<oa::Schema>>) -> Self {
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

pub(super) fn response_ref(name: &str) -> oa::ReferenceOr<oa::Response> {
    oa::ReferenceOr::Reference { reference: format!("#/components/responses/{name}") }
}
