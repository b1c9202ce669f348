//! Words of field, parameter, enum and status tables, of models sections and of response schemas.

/// Names of nested-field rows (`»» *anonymous*`) that stand for no field: one part of an
/// "all of" / "one of" schema (what generators write for an unnamed part). Their children are
/// fields of the row above them.
pub const NESTED_ROW_TRANSPARENT: &[&str] = &["anonymous"];

/// Captions before the tables of a field's alternatives (`oneOf`, then one table per
/// alternative): what OpenAPI renderers write for a `oneOf` / `anyOf` field.
pub const ALTERNATIVE_CAPTIONS: &[&str] = &["oneof", "anyof", "one of", "any of"];

/// Captions between two alternatives of one field: "xor" (renderers' `oneOf`), "or" (`anyOf`).
pub const ALTERNATIVE_JOINERS: &[&str] = &["xor", "or"];

/// Names of nested-field rows that stand for the values of a map, not a field: their subtree
/// has no fixed field names to import.
pub const NESTED_ROW_DROPPED: &[&str] = &["additionalproperties"];

/// Headers of the value column of an enum table (`|Property|Value|` under "Enumerated
/// Values"): each row gives one allowed value of the parameter or property it names.
pub const ENUM_VALUE_COLUMNS: &[&str] = &[
    "value",
    "values",
    "enum",
    "enum value",
    "enum values",
    "allowed value",
    "allowed values",
    "possible value",
    "possible values",
];

/// Name-column headers of an enum table: what the allowed values belong to.
pub const ENUM_NAME_COLUMNS: &[&str] = &["parameter", "property", "field", "attribute", "name"];

/// Words that make a heading a generic sub-heading of an operation: a heading made only of them
/// ("HTTP Request", "Query Parameters", "Example Response") belongs to the operation above it
/// instead of starting a topic of its own.
pub const GENERIC_WORDS: &[&str] = &[
    "http",
    "https",
    "request",
    "requests",
    "response",
    "responses",
    "example",
    "examples",
    "query",
    "url",
    "path",
    "body",
    "form",
    "header",
    "headers",
    "parameter",
    "parameters",
    "argument",
    "arguments",
    "attribute",
    "attributes",
    "field",
    "fields",
    "post",
    "put",
    "get",
    "patch",
    "delete",
    "return",
    "returns",
    "result",
    "results",
    "meta",
    "metadata",
    "data",
    "json",
    "sample",
    "the",
    "format",
    "of",
    "and",
    "properties",
    "schema",
    "endpoint",
    "params",
    "definition",
    "structure",
    // "Available parameters": the parameters an operation takes.
    "available",
    // "Resource Information": the table of an operation's method, URI and limits.
    "resource",
    "information",
    "info",
    "optional",
    "required",
    "payload",
    "errors",
    "error",
    "status",
    "codes",
    "code",
    "output",
    "input",
    "usage",
    "notes",
    "note",
    "details",
    "description",
];

/// Words of a heading or lead paragraph that say the table under it lists allowed values.
pub const ENUM_LEADS: &[&str] =
    &["enum", "enumerated", "possible values", "allowed values", "accepted values", "valid values", "permitted values"];

/// Column headings of a table of an operation's response statuses (`status_tables`): the
/// column whose cells are HTTP status codes.
pub const STATUS_COLUMNS: &[&str] =
    &["status", "status code", "http status", "http status code", "http code", "code", "response code"];

/// Column headings of what a status means for the operation ("Returns the plans").
pub const STATUS_DESCRIPTION_COLUMNS: &[&str] = &["description", "details", "notes", "when"];

/// Column headings of a status's reason phrase ("Not Found"), the description when no column
/// says more.
pub const STATUS_MEANING_COLUMNS: &[&str] = &["meaning", "reason", "message", "name"];

/// Column headings of the schema a status's body has (`[Plan](#schemaplan)`).
pub const STATUS_SCHEMA_COLUMNS: &[&str] = &["schema", "model", "body", "returns", "response type", "type"];

/// Column headings of a table of response headers by status (`|Status|Header|Type|`).
pub const STATUS_HEADER_COLUMNS: &[&str] = &["header", "header name", "response header"];

/// Cells that say a column has nothing for the row: no schema (`None`), no description.
pub const NO_SCHEMA_WORDS: &[&str] = &["none", "-", "n/a", "empty"];

/// Type names an example writes in place of a value when it describes a schema (`"duration":
/// "integer, total time tracked"`): such a string is no value of type string.
pub const TYPE_WORDS: &[&str] =
    &["string", "integer", "int", "number", "float", "double", "boolean", "bool", "array", "object"];

/// Titles of a models section: a heading over the definitions of the API's named objects
/// (`# Schemas` as OpenAPI renderers write it, `# Models`, `# Objects`, `# Data Models`,
/// `# Definitions`). Each heading right under it names one schema.
pub const MODEL_SECTION_TITLES: &[&str] =
    &["schemas", "models", "objects", "data models", "object models", "definitions", "data types"];

/// Schema-column cells of a responses table that name no schema: the schema is written out in
/// place (`Inline`) or there is none.
pub const NO_SCHEMA_CELLS: &[&str] = &["inline", "none", "", "-", "n/a", "empty", "object", "string"];

/// Field names that hold an object's identity: a field of this name present in every example of
/// a response object is required (an object without its id is not one the docs show).
pub const ID_FIELDS: &[&str] = &["id", "_id", "uuid", "guid"];

/// Field names of generic containers (`{"data": {...}}`, `attributes`): an object
/// nested under such a field is named after its parent too (`CustomerData`), never shared by
/// name with another resource's container of the same name.
pub const CONTAINER_FIELDS: &[&str] = &[
    "data",
    "attributes",
    "details",
    "result",
    "results",
    "items",
    "records",
    "payload",
    "value",
    "values",
    "properties",
    "settings",
    "options",
    "info",
];

/// Words of a sentence saying that a request returns its resource ("Sending a PUT request will
/// return the resource with any changes"): the response is the resource's schema even where
/// no example is shown.
pub const RETURNS_RESOURCE_WORDS: &[&str] = &[
    "return the resource",
    "returns the resource",
    "return the updated resource",
    "returns the updated resource",
    "return the created resource",
    "returns the created resource",
    "return the modified resource",
    "returns the modified resource",
];

/// Words of a caption that names one HTTP status and nothing else ("Status Code **401**",
/// "HTTP 404", "Response 201:"): the table or example after it describes that status's body
/// (see `status_captions`).
pub const STATUS_CAPTION_WORDS: &[&str] = &[
    // "Status Code 401", "Status 404": the usual wording of a per-status schema caption.
    "status", "code",     // "HTTP 404": the protocol named before the code.
    "http",     // "Response 201", "Error response 400": a response's caption.
    "response", // "Error 404": an error status's caption.
    "error",
];

/// Keys that carry an envelope's payload whatever the resource (`{"data": {...}}`): a response
/// object whose only payload value sits under one of them is an envelope, and when every
/// operation's envelope uses the same one it is the API's `x-envelope`.
pub const PAYLOAD_KEYS: &[&str] = &[
    "data",    // JSON:API and most REST envelopes
    "details", // `{status, details: {...}}`
    "result",  // RPC-style `{ok, result: {...}}`
    "results", // a list under `results` beside counts
    "items",   // a list under `items` beside paging
    "records", // record-oriented APIs: `{records: [...]}`
    "payload", // `{status, payload: {...}}`
];

/// The header words of a parameter or field table's name column (`tables::Columns`).
pub const NAME_COLUMN_HEADERS: &[&str] = &[
    "parameter",  // request parameter tables
    "parameters", // the plural some docs use as the header
    "name",       // the generic header
    "field",      // body and response field tables
    "fields",     // the plural some docs use as the header
    "attribute",  // resource attribute tables
    "argument",   // "Arguments" of RPC-style docs
    "key",        // JSON key tables
    "property",   // schema property tables
    "param",      // the short form
];

/// The header words of a table's location column (path, query, header, body).
pub const LOCATION_COLUMN_HEADERS: &[&str] = &[
    "location",   // the plain word
    "in",         // OpenAPI's own word
    "where",      // "Where: query"
    "param type", // "Param Type: path"
];

/// The header words of a table's type column.
pub const TYPE_COLUMN_HEADERS: &[&str] = &[
    "type",      // the plain word
    "data type", // written apart
    "datatype",  // written together
    "format",    // docs that give the format as the type
];

/// The header words of a table's required column (its cells say yes/no or required/optional).
pub const REQUIRED_COLUMN_HEADERS: &[&str] = &[
    "required",          // the plain word
    "mandatory",         // its synonym
    "optional",          // the inverse header, cells still say which
    "required/optional", // both words in one header
];

/// The header words of a table's default column.
pub const DEFAULT_COLUMN_HEADERS: &[&str] = &[
    "default",       // the plain word
    "default value", // written out
];

/// The header words of a table's description column.
pub const DESCRIPTION_COLUMN_HEADERS: &[&str] = &[
    "description", // the plain word
    "desc",        // abbreviated
    "notes",       // "Notes" column of field tables
    "details",     // "Details" column
    "meaning",     // value tables: what a value means
    "comment",     // "Comment" column
];
