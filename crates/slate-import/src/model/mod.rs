//! Stage 4, model: decides the operations from the evidence of each section.
//!
//! Sections are grouped under their *owner*: the nearest heading that is not a generic
//! sub-heading such as "HTTP Request" or "Query Parameters". In each group, declared request
//! lines win over curl examples; forms of one method joined by "or" are one operation; a
//! declared line that duplicates another section's operation, or that contradicts every example
//! under it, is replaced by what the examples agree on, and the diagnostic says so. Groups with
//! no declared line take their operations from curl examples.
//!
//! The model's types are here; each step of deciding them is a module of its own, called in
//! order by [`build`]: [`owners`] (which heading owns each section), `declared` (request lines),
//! `examples` (declared lines checked against the samples), `prose` (operations named in running
//! text), `samples` (operations only samples show), `operations` (the operations built, duplicates
//! merged) and `root` (the API's root prefix).

mod declared;
mod examples;
mod operations;
mod owners;
mod prose;
mod root;
mod samples;

use crate::blocks::Outline;
use crate::curl::{split_url, CurlCall};
use crate::diag::{Diagnostics, Pos};
use crate::evidence::{JsonExample, SectionEvidence, TableEvidence};
use crate::paths;
use crate::request_line::canonical_method;
use root::root_prefix;
use std::collections::{BTreeMap, BTreeSet};

pub use owners::{is_generic_heading, owners_with_evidence};

/// How a request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum BodyEncoding {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`.
    Multipart,
}

/// A query parameter seen in a request line or an example URL.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryEvidence {
    /// Parameter name.
    pub name: String,
    /// Example value, when the URL showed a concrete one.
    pub example: Option<String>,
    /// Where it was seen.
    pub pos: Pos,
}

/// One operation, with everything the docs say about it.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Uppercase method.
    pub method: String,
    /// OpenAPI path template (server prefix removed).
    pub path: String,
    /// Path parameter names, in order.
    pub path_params: Vec<String>,
    /// The owner heading.
    pub summary: String,
    /// Prose of the group.
    pub description: String,
    /// Top-level heading above the owner.
    pub tag: Option<String>,
    /// Where the operation is declared (request line, marker, or curl).
    pub source: Pos,
    /// Query parameters from request lines and example URLs.
    pub query: Vec<QueryEvidence>,
    /// Tables of the group.
    pub tables: Vec<TableEvidence>,
    /// JSON examples of the group.
    pub examples: Vec<JsonExample>,
    /// curl calls of the group with this method.
    pub curls: Vec<(CurlCall, Pos)>,
    /// Body encoding, where the docs show a body.
    pub body: Option<BodyEncoding>,
    /// Form field names from curl `-d name=value` flags.
    pub form_fields: Vec<(String, String)>,
    /// The statuses the operation's own status table lists (empty when it has none).
    pub statuses: Vec<crate::status_tables::StatusRow>,
    /// The response headers its tables document, by status.
    pub response_headers: Vec<crate::status_tables::HeaderRow>,
    /// Decided in the decide stage (`param_location::place`): each table row that has a place
    /// in this operation, in table order, with where it goes. Empty until then.
    pub placed: Vec<PlacedRow>,
    /// Decided in the decide stage (`operation_facts::decide`): the envelope the success
    /// examples wrap the payload in (`{"data": [...]}`), if they do.
    pub(crate) envelope: Option<crate::envelope::Envelope>,
}

/// A table row of an operation with the place decided for it: `tables[table].rows[row]`
/// goes to `location`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlacedRow {
    /// Index into [`Operation::tables`].
    pub table: usize,
    /// Index into that table's rows.
    pub row: usize,
    /// Where the row goes.
    pub location: crate::tables::Location,
}

/// What the importer learned about operations, plus section facts conventions need.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Operations in document order.
    pub operations: Vec<Operation>,
    /// The API root path removed from every operation path (`/api/2`), possibly empty.
    pub root_prefix: String,
    /// Origins (scheme and host) seen in operation examples, with counts.
    pub example_origins: BTreeMap<String, usize>,
    /// Sections that own at least one operation.
    pub operation_sections: BTreeSet<usize>,
    /// The owner of every section ([`owners_with_evidence`]), by section index: decided once,
    /// read by every later stage.
    pub owner_of: Vec<usize>,
}

/// A candidate operation before conflicts are resolved.
#[derive(Debug, Clone)]
struct Candidate {
    owner: usize,
    method: String,
    /// Path as written (prefix not yet removed).
    written_path: String,
    /// Query strings of every joined form.
    query: Vec<(String, String, Pos)>,
    pos: Pos,
}

/// The sections of each owner, by owner.
type Groups = BTreeMap<usize, Vec<usize>>;

/// A path without the API's root prefix.
type Strip<'a> = &'a dyn Fn(&str) -> String;

/// Decides the operations of the doc set.
pub fn build(outline: &Outline, evidence: &[SectionEvidence], diags: &mut Diagnostics) -> Model {
    let owner_of = owners_with_evidence(outline, evidence);
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, o) in owner_of.iter().enumerate() {
        groups.entry(*o).or_default().push(i);
    }

    let mut model = Model { root_prefix: root_prefix(evidence), owner_of: owner_of.clone(), ..Model::default() };
    for ev in evidence {
        for (c, _) in &ev.curls {
            if let Some(o) = split_url(&c.url).origin {
                *model.example_origins.entry(o).or_default() += 1;
            }
        }
    }
    let root = model.root_prefix.clone();
    let strip = |p: &str| paths::strip_prefix(p, &root).to_owned();
    let mut candidates = declared::candidates(&groups, evidence, &strip, diags);
    declared::index_lines(&mut candidates, evidence, &strip, diags);
    examples::check(&mut candidates, &groups, evidence, &strip, diags);
    examples::plural_collections(&mut candidates, &strip, diags);
    prose::below_declared(&mut candidates, &groups, evidence, &strip, diags);
    samples::from_samples(&mut candidates, &groups, evidence, &strip, diags);
    let prose_only = candidates.is_empty();
    if prose_only {
        prose::named_in_prose(&mut candidates, &groups, evidence, &strip, diags);
        prose::env_table_extensions(&mut candidates, evidence, &owner_of, &strip, diags);
    }
    candidates.sort_by(|a, b| (a.owner, &a.pos).cmp(&(b.owner, &b.pos)));
    operations::build(&mut model, candidates, &groups, outline, evidence, &strip, diags);
    model
}

/// The method a curl call sends, with a misspelled `-X` corrected.
fn effective_method(call: &CurlCall) -> String {
    match &call.explicit_method {
        Some(m) => canonical_method(m).map_or_else(|| call.method.clone(), str::to_owned),
        None => call.method.clone(),
    }
}
