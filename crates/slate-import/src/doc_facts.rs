//! What the decide stage hands the writer beyond the model and conventions (types only, a
//! leaf): [`DocFacts`], with each operation's [`OperationFacts`].

use crate::diag::Pos;
use crate::tables::TableRow;
use serde_json::Value;

/// Facts about the doc set that the spec needs beyond the model and conventions.
pub struct DocFacts {
    /// Title of the doc set.
    pub title: String,
    /// Bold names in tables mean "required" (the docs say so).
    pub bold_means_required: bool,
    /// Resource descriptions outside operations: (resource name, examples, fields, where).
    pub resources: Vec<(String, Vec<Value>, Vec<TableRow>, Pos)>,
    /// The docs' prose about each tag (see [`crate::prose::tag_descriptions`]).
    pub tag_descriptions: std::collections::BTreeMap<String, String>,
    /// What the docs say the API is (see [`crate::prose::api_description`]).
    pub description: Option<String>,
    /// What each operation's words say about paging, by operation index (see
    /// [`crate::list_words::said`]).
    pub paging_said: std::collections::BTreeMap<usize, crate::list_words::Said>,
    /// By operation index, the rate limit the operation's own section states (see
    /// [`crate::operation_limits::stated`]): its `x-rate-limit`.
    pub rate_limits: std::collections::BTreeMap<usize, (u64, u64)>,
    /// By operation index, its section's notes that a parameter starts the list at an item
    /// (see [`crate::operation_notes::inclusive_from`]).
    pub inclusive_from: std::collections::BTreeMap<usize, String>,
    /// Query parameters documented once for a family of operations, by operation index (see
    /// [`crate::shared_params::shared`]).
    pub shared_params: std::collections::BTreeMap<usize, Vec<TableRow>>,
    /// The models the docs define by name (see [`crate::models::collect`]).
    pub models: crate::models::Models,
    /// By operation index, the model the docs name as its response (see
    /// [`crate::models::named_responses`]).
    pub named_responses: std::collections::BTreeMap<usize, crate::models::NamedResponse>,
    /// Operation indexes whose docs say they return their resource, with where (see
    /// [`crate::models::returns_resource`]).
    pub returns_resource: std::collections::BTreeMap<usize, Pos>,
    /// The docs' response or model tables have a `Required` column (see
    /// [`crate::models::tables_say_required`]).
    pub tables_say_required: bool,
    /// What was decided for each operation, by operation index (see
    /// [`crate::operation_facts::decide`]).
    pub operations: Vec<OperationFacts>,
}

/// What the decide stage settled for one operation beyond the model.
#[derive(Debug, Clone, Default)]
pub struct OperationFacts {
    /// The query parameters, in order: the first of each name, none named like a path
    /// parameter or the API's query credential. The paging parameters its paging names are
    /// added by the writer where they are missing.
    pub query: Vec<QueryParam>,
    /// The operation's `x-pagination` where its success response is the one its examples and
    /// tables show.
    pub paging: Option<Value>,
    /// The operation's `x-pagination` where its success response is the model the docs name
    /// for it (the writer takes that model where its examples fit it); only for operations
    /// with a named response.
    pub named_paging: Option<Value>,
}

/// One decided query parameter.
#[derive(Debug, Clone)]
pub struct QueryParam {
    /// Its name.
    pub name: String,
    /// The table row documenting it, if any.
    pub row: Option<TableRow>,
    /// An example value a request line or sample shows.
    pub example: Option<String>,
}
