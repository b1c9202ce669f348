//! Lint: the contradictions a careful reviewer finds between the parts of the docs, each a
//! diagnostic naming both places (file:line of each side) with a help line. These checks
//! decide nothing for the spec; they read the model after it is built.
//!
//! | module | what it compares |
//! | --- | --- |
//! | `fields` | a request's field table against its JSON examples, its curl and other-language sample bodies |
//! | `headings` | a heading's verb and noun against its request line; "returns an array" against the example |
//! | `consistency` | descriptions copied across resources, field naming styles, path parameter names |
//! | `paging_meta` | the page counters of a list example against each other |
//! | `sample_queries` | the query a JavaScript, Python, Ruby… sample sends against its curl sample's |
//! | `sample_bodies` | the body a JavaScript, Python, Ruby… sample sends against its curl sample's |
//! | `samples` | code samples that do not parse; a curl method against the declared one |
//! | `table_types` | a field table's type against the example value, restated at the value's line |
//! | `value_types` | the types examples give one field, at the line of each value that differs |

mod consistency;
mod fields;
mod headings;
mod key_lines;
mod paging_meta;
mod sample_bodies;
mod sample_queries;
mod samples;
mod table_types;
mod value_types;

use crate::blocks::Outline;
use crate::diag::Diagnostics;
use crate::evidence::SectionEvidence;
use crate::model::Model;

/// Runs every check and records what it finds.
pub fn check(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    let sample_bodies = sample_bodies::of_operations(outline, model);
    fields::check(model, &sample_bodies, diags);
    headings::check(outline, evidence, model, diags);
    consistency::check(model, diags);
    paging_meta::check(model, diags);
    sample_bodies::check(model, &sample_bodies, diags);
    sample_queries::check(outline, evidence, model, diags);
    samples::check(outline, evidence, model, diags);
    value_types::check(outline, evidence, model, diags);
    table_types::check(outline, evidence, diags);
}

/// The top-level keys of a body example, looking through a one-key wrapper that is no field
/// of its own (`{"customer": {"name": ..}}` when `customer` is not documented).
fn body_keys<'a>(value: &'a serde_json::Value, documented: &dyn Fn(&str) -> bool) -> Vec<&'a str> {
    let Some(obj) = value.as_object() else { return Vec::new() };
    if obj.len() == 1 {
        if let Some((k, inner)) = obj.iter().next() {
            if !documented(k) && inner.is_object() {
                return body_keys(inner, documented);
            }
        }
    }
    obj.keys().map(String::as_str).collect()
}
