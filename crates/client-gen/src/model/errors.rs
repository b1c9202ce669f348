//! Error responses: which responses describe failures, the API-wide error body type, and the
//! `# Errors` section of an operation's doc.

use std::collections::BTreeSet;

use openapiv3::{ReferenceOr, Response, StatusCode};

use super::media::json_schema;
use super::{Builder, Ty};

impl<'a> Builder<'a> {
    /// The error body type: the one component schema that all typed error responses share,
    /// else Value. A schema only one operation (of several) documents is that operation's own
    /// error, not the API's: decoding every other operation's errors into it would mislead.
    /// Such an operation names its error type in its doc (see `errors_doc`).
    pub(super) fn error_ty(&mut self) -> Ty {
        let mut refs = BTreeSet::new();
        let mut other = false;
        let (mut operations, mut typed_operations) = (0usize, 0usize);
        for (_, _, op) in self.spec.operations() {
            operations += 1;
            let mut typed = false;
            for (_, r) in error_responses(op) {
                let Some(resp) = self.response(r) else { continue };
                match json_schema(&resp.content) {
                    Some(ReferenceOr::Reference { reference }) => {
                        refs.insert(reference.clone());
                        typed = true;
                    }
                    Some(_) => other = true,
                    None => {}
                }
            }
            typed_operations += usize::from(typed);
        }
        let shared = typed_operations >= 2 || operations == 1;
        if refs.len() == 1 && !other && shared {
            let r = refs.into_iter().next().unwrap_or_default();
            let loc = "components.responses";
            return self.ty_for_reference(&r, loc);
        }
        Ty::Value
    }

    /// The `# Errors` section of an operation's doc: the documented error statuses, and the
    /// type of each error body that is not the API-wide `ApiError`.
    pub(super) fn errors_doc(&self, op: &openapiv3::Operation, error_ty: &Ty) -> Vec<String> {
        let mut statuses: Vec<String> = error_responses(op).filter_map(|(c, _)| c.map(status_label)).collect();
        let mut own = Vec::new();
        for (code, r) in error_responses(op) {
            let Some(Some(ReferenceOr::Reference { reference })) = self.response(r).map(|r| json_schema(&r.content))
            else {
                continue;
            };
            let Some(name) = reference.strip_prefix("#/components/schemas/").and_then(|k| self.component_names.get(k))
            else {
                continue;
            };
            if *error_ty != Ty::Named(name.clone()) {
                let label = match code {
                    Some(c) => format!("an HTTP {}", status_label(c)),
                    None if statuses.is_empty() => "an error status".to_string(),
                    None => "any other error status".to_string(),
                };
                own.push(format!(
                    "For {label} the body is a `types::{name}`: decode it with `error.body_as::<types::{name}>()`."
                ));
            }
        }
        if statuses.is_empty() && own.is_empty() {
            return Vec::new();
        }
        let mut d = vec![String::new(), "# Errors".to_string(), String::new()];
        let mut line =
            "[`Error::Status`](super::error::Error::Status) when the server answers with an error".to_string();
        if !statuses.is_empty() {
            statuses.dedup();
            line.push_str(&format!("; the docs name HTTP {}", statuses.join(", ")));
        }
        line.push('.');
        d.push(line);
        for paragraph in own {
            d.push(String::new());
            d.push(paragraph);
        }
        d
    }
}

/// The responses of an operation that describe failures, with their status (`None`:
/// `default`): every non-2xx status, and `default` unless it is the only description of success.
pub(super) fn error_responses(
    op: &openapiv3::Operation,
) -> impl Iterator<Item = (Option<&StatusCode>, &ReferenceOr<Response>)> {
    let default = op.responses.default.iter().filter(move |_| !default_is_success(op)).map(|r| (None, r));
    op.responses.responses.iter().filter(|(c, _)| !is_success(c)).map(|(c, r)| (Some(c), r)).chain(default)
}

/// `404`, or `4XX` for a range.
pub(super) fn status_label(c: &StatusCode) -> String {
    match c {
        StatusCode::Code(n) => n.to_string(),
        StatusCode::Range(n) => format!("{n}XX"),
    }
}

pub(super) fn is_success(c: &StatusCode) -> bool {
    match c {
        StatusCode::Code(n) => (200..300).contains(n),
        StatusCode::Range(n) => *n == 2,
    }
}

/// An operation without any 2xx response: its `default` response is the success response.
pub(super) fn default_is_success(op: &openapiv3::Operation) -> bool {
    !op.responses.responses.keys().any(is_success)
}
