//! Looking up what a `$ref` names in `components` (schemas, responses, parameters, request
//! bodies); a reference that resolves to nothing is `None` (the caller warns).

use indexmap::IndexMap;
use openapiv3::{Parameter, ReferenceOr, RequestBody, Response, Schema};

use super::Builder;
use crate::Code;

impl<'a> Builder<'a> {
    pub(super) fn components_schemas(&self) -> Option<&'a IndexMap<String, ReferenceOr<Schema>>> {
        self.spec.components.as_ref().map(|c| &c.schemas)
    }

    pub(super) fn ref_target(&mut self, reference: &str, loc: &str) -> Option<(String, &'a Schema)> {
        let key = reference.strip_prefix("#/components/schemas/");
        let found = key.and_then(|k| {
            let s = self.components_schemas()?.get(k)?;
            Some((k.to_string(), s))
        });
        match found {
            Some((k, ReferenceOr::Item(s))) => Some((k, s)),
            Some((k, ReferenceOr::Reference { reference })) => {
                // A component that is itself a reference: follow once more (bounded).
                let inner = reference.strip_prefix("#/components/schemas/")?;
                match self.components_schemas()?.get(inner) {
                    Some(ReferenceOr::Item(s)) => Some((k, s)),
                    _ => None,
                }
            }
            None => {
                self.warn(
                    Code::RefUnsupported,
                    loc,
                    format!("unsupported or unresolvable $ref `{reference}`; typed as serde_json::Value"),
                );
                None
            }
        }
    }

    pub(super) fn response(&self, r: &'a ReferenceOr<Response>) -> Option<&'a Response> {
        match r {
            ReferenceOr::Item(r) => Some(r),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/responses/")?;
                self.spec.components.as_ref()?.responses.get(key)?.as_item()
            }
        }
    }

    pub(super) fn parameter(&self, p: &'a ReferenceOr<Parameter>) -> Option<&'a Parameter> {
        match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/parameters/")?;
                self.spec.components.as_ref()?.parameters.get(key)?.as_item()
            }
        }
    }

    pub(super) fn request_body(&self, p: &'a ReferenceOr<RequestBody>) -> Option<&'a RequestBody> {
        match p {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let key = reference.strip_prefix("#/components/requestBodies/")?;
                self.spec.components.as_ref()?.request_bodies.get(key)?.as_item()
            }
        }
    }
}
