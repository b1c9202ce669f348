//! What the decide stage settles for each operation beyond the model, so that the writer only
//! maps it to OpenAPI: the resource it is about, the envelope its success examples wrap the
//! payload in, its query parameters (table rows, request-line and sample queries, parameters
//! shared by its family) and its paging (`operation_paging`); and the API-wide envelope the
//! operations' envelopes agree on.

use crate::conventions::{Auth, Conventions};
use crate::doc_facts::{DocFacts, OperationFacts, QueryParam};
use crate::envelope::Envelope;
use crate::evidence::ExampleRole;
use crate::list_words::Said;
use crate::model::{Model, Operation};
use crate::naming::{component_name, singularize};
use crate::tables::{Location, TableRow};
use heck::ToSnakeCase;
use indexmap::IndexSet;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// The resource an operation is about: the last collection segment of its path, singular.
pub(crate) fn resource_name(op: &Operation) -> String {
    let segs: Vec<&str> = op.path.split('/').filter(|s| !s.is_empty()).collect();
    let mut last_collection = None;
    for (i, s) in segs.iter().enumerate() {
        if s.starts_with('{') {
            continue;
        }
        let followed_by_param = segs.get(i + 1).is_some_and(|n| n.starts_with('{'));
        if followed_by_param || i + 1 == segs.len() && s.ends_with('s') || last_collection.is_none() {
            last_collection = Some(*s);
        }
        if i + 1 == segs.len() && !followed_by_param && last_collection != Some(*s) && op.method == "GET" {
            last_collection = Some(*s);
        }
    }
    component_name(&singularize(&last_collection.unwrap_or("resource").to_snake_case()))
}

/// Decides each operation's envelope ([`Operation::envelope`]) from its success examples.
pub fn envelopes(model: &mut Model) {
    for op in &mut model.operations {
        let examples = response_examples(op);
        op.envelope = detect_envelope(&resource_name(op), &examples);
    }
}

fn response_examples(op: &Operation) -> Vec<&Value> {
    op.examples.iter().filter(|e| e.role == ExampleRole::Response).map(|e| &e.value).collect()
}

/// The envelope of the first object example: the one payload value under a generic payload key
/// ([`crate::vocabulary::PAYLOAD_KEYS`]) or under the resource's own name.
fn detect_envelope(resource: &str, examples: &[&Value]) -> Option<Envelope> {
    let first = examples.iter().find_map(|v| v.as_object())?;
    let resource_snake = resource.to_snake_case();
    let mut found: Option<Envelope> = None;
    for (k, v) in first {
        let is_payload_value =
            v.is_object() || v.as_array().is_some_and(|a| a.is_empty() || a.iter().any(Value::is_object));
        if !is_payload_value {
            continue;
        }
        let generic = crate::vocabulary::PAYLOAD_KEYS.contains(&k.as_str());
        let named = singularize(k).eq_ignore_ascii_case(&resource_snake) || k.eq_ignore_ascii_case(&resource_snake);
        let others = first.len() - 1;
        // A list named after the resource beside paging keys (`{widgets: [...], total, offset,
        // limit}`) is an envelope however many keys sit beside it, unless the object has an
        // identity of its own (then the list is a field of a resource).
        let identified = ["id", "_id", "uuid"].iter().any(|id| first.contains_key(*id));
        if generic || named && (others <= 2 || v.is_array() && !identified) {
            if found.is_some() {
                return None;
            }
            found = Some(Envelope { key: k.clone(), list: v.is_array() });
        }
    }
    found
}

/// The API-wide `x-envelope` payload key: the one envelope key every operation whose response
/// is written from its examples shares (`None` for one without an envelope), when it is a
/// generic payload key.
pub(crate) fn api_envelope(keys: &BTreeSet<Option<String>>) -> Option<String> {
    match keys.iter().collect::<Vec<_>>().as_slice() {
        [Some(key)] if crate::vocabulary::PAYLOAD_KEYS.contains(&key.as_str()) => Some(key.clone()),
        _ => None,
    }
}

/// Decides every operation's query parameters and paging, by operation index. Needs the
/// operations placed and their envelopes decided.
pub fn decide(model: &Model, conv: &Conventions, facts: &DocFacts) -> Vec<OperationFacts> {
    let auth_query = match &conv.auth {
        Some(Auth::QueryKey { name }) => Some(name.as_str()),
        _ => None,
    };
    model
        .operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let query = query_params(op, auth_query, facts.shared_params.get(&i).map_or(&[][..], Vec::as_slice));
            let (paging, named_paging) =
                if op.method == "GET" { paging(op, i, conv, facts, &query) } else { (None, None) };
            OperationFacts { query, paging, named_paging }
        })
        .collect()
}

/// The query parameters of one operation: its query table rows, then the queries its request
/// lines and samples show, then the parameters its family shares.
fn query_params(op: &Operation, auth_query: Option<&str>, shared: &[TableRow]) -> Vec<QueryParam> {
    let mut out: Vec<QueryParam> = Vec::new();
    // Names taken, in order (a set: a table may list thousands of parameters).
    let mut names: IndexSet<String> = IndexSet::new();
    let mut add = |name: &str, row: Option<&TableRow>, example: Option<&str>, out: &mut Vec<QueryParam>| {
        if names.contains(name)
            || Some(name) == auth_query
            || op.path_params.iter().any(|p| p == name || *p == crate::paths::clean_name(name))
        {
            return;
        }
        names.insert(name.to_owned());
        out.push(QueryParam { name: name.to_owned(), row: row.cloned(), example: example.map(str::to_owned) });
    };
    let query_rows = crate::param_location::rows(op, &[Location::Query]);
    for r in &query_rows {
        add(&r.name, Some(r), None, &mut out);
    }
    // Row names are unique (`param_location::rows` keeps the first of a name).
    let row_of: HashMap<&str, &TableRow> = query_rows.iter().map(|r| (r.name.as_str(), r)).collect();
    for q in &op.query {
        add(&q.name, row_of.get(q.name.as_str()).copied(), q.example.as_deref(), &mut out);
    }
    for r in shared {
        if !op.path_params.contains(&r.name) {
            add(&r.name, Some(r), None, &mut out);
        }
    }
    out
}

/// The paging of a GET: as its examples and tables show its response, and (for an operation
/// whose docs name its response model) as that model.
fn paging(
    op: &Operation,
    index: usize,
    conv: &Conventions,
    facts: &DocFacts,
    query: &[QueryParam],
) -> (Option<Value>, Option<Value>) {
    let said = facts.paging_said.get(&index);
    let notes = facts.inclusive_from.get(&index).map_or("", String::as_str);
    let names: Vec<String> = query.iter().map(|q| q.name.clone()).collect();
    let examples = response_examples(op);
    let fields = !crate::param_location::rows(op, &[Location::Response]).is_empty();
    // A response documented only by a table of an array's fields is a list too.
    let array_list = Said::Paginated(String::new());
    let own_said = said.or((examples.is_empty() && fields).then_some(&array_list));
    let paging =
        crate::operation_paging::paging_for(op, conv, op.envelope.as_ref(), &examples, &names, own_said, notes);
    let named = facts
        .named_responses
        .contains_key(&index)
        .then(|| crate::operation_paging::paging_for(op, conv, None, &examples, &names, said, notes))
        .flatten();
    (paging, named)
}
