//! `codegen diff`: each kind of change on small inline specs, the classification of edits to a
//! real doc set (copied to a temp folder, edited, imported), and the command's exit codes.
//!
//! The real docs are read from `$SLATE_DOCS_DIR`, else `../shared/docs` beside the repository.

use codegen::diff::{self, report, ChangeKind, Severity};
use std::path::{Path, PathBuf};
use std::process::Command;

// ---------------------------------------------------------------------------------------------
// Helpers

/// A spec from YAML written after `info:`; `paths: {}` is added when absent.
fn spec(body: &str) -> openapiv3::OpenAPI {
    let mut text = String::from("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n");
    text.push_str(body);
    if !body.lines().any(|l| l.starts_with("paths:")) {
        text.push_str("\npaths: {}\n");
    }
    codegen::parse_spec(&text).unwrap_or_else(|e| panic!("test spec does not parse: {e}\n{text}"))
}

/// (kind, location) of every change from `old` to `new`.
fn changes(old: &str, new: &str) -> Vec<(String, String)> {
    diff::diff(&spec(old), &spec(new)).into_iter().map(|c| (c.kind.code().to_owned(), c.location)).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(k, l)| (k.to_string(), l.to_string())).collect()
}

/// A GET /items operation whose 200 response body has `schema` (YAML indented by 16 spaces).
fn get_response(schema: &str) -> String {
    format!(
        "paths:\n  /items:\n    get:\n      operationId: list_items\n      responses:\n        '200':\n          \
         description: ok\n          content:\n            application/json:\n              schema:\n{schema}"
    )
}

/// A POST /items operation whose required JSON request body has `schema` (indented by 14 spaces).
fn post_body(schema: &str) -> String {
    format!(
        "paths:\n  /items:\n    post:\n      operationId: create_item\n      requestBody:\n        required: true\n        \
         content:\n          application/json:\n            schema:\n{schema}      responses:\n        '204':\n          \
         description: ok\n"
    )
}

/// Indents every line of `yaml` by `n` spaces.
fn indent(yaml: &str, n: usize) -> String {
    yaml.lines().map(|l| format!("{}{l}\n", " ".repeat(n))).collect()
}

// ---------------------------------------------------------------------------------------------
// The classification table

#[test]
fn kinds_have_unique_codes_and_are_all_documented() {
    let table = include_str!("../src/diff/kind.rs");
    let mut codes = std::collections::BTreeSet::new();
    for kind in ChangeKind::ALL {
        assert!(codes.insert(kind.code()), "duplicate code {}", kind.code());
        let severity = match kind.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let row = format!("//! | `{}` | {severity} |", kind.code());
        assert!(table.contains(&row), "the table in kind.rs lacks the row {row}");
    }
    let rows = table.lines().filter(|l| l.starts_with("//! | `")).count();
    assert_eq!(rows, ChangeKind::ALL.len(), "the table has rows for kinds that do not exist");
}

#[test]
fn identical_specs_have_no_changes() {
    let s = get_response(&indent("type: object\nproperties:\n  id: {type: string}\n", 16));
    assert!(changes(&s, &s).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Operations

const TWO_OPS: &str = "paths:
  /customers/{id}:
    get:
      operationId: get_customer
      responses: {'200': {description: ok}}
    delete:
      operationId: delete_customer
      responses: {'204': {description: ok}}
";

#[test]
fn operation_removed_added_and_renamed() {
    let fewer = "paths:
  /customers/{id}:
    get:
      operationId: fetch_customer
      responses: {'200': {description: ok}}
  /orders:
    get:
      operationId: list_orders
      deprecated: true
      responses: {'200': {description: ok}}
";
    assert_eq!(
        changes(TWO_OPS, fewer),
        pairs(&[
            ("operation_id_changed", "GET /customers/{id}"),
            ("operation_removed", "DELETE /customers/{id}"),
            ("operation_added", "GET /orders"),
        ])
    );
}

#[test]
fn path_parameter_names_do_not_make_a_new_operation() {
    let old = "paths:
  /customers/{id}:
    get:
      operationId: get_customer
      parameters: [{in: path, name: id, required: true, schema: {type: string}}]
      responses: {'200': {description: ok}}
";
    let renamed = old.replace("{id}", "{customer_id}").replace("name: id", "name: customer_id");
    let found = diff::diff(&spec(old), &spec(&renamed));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, ChangeKind::PathParameterRenamed);
    assert_eq!(found[0].severity, Severity::Info);
    assert_eq!(found[0].location, "GET /customers/{customer_id}");
    assert_eq!(found[0].message, "path parameter `id` is now `customer_id`");
}

#[test]
fn deprecation_and_pagination() {
    let old = "paths:
  /orders:
    get:
      operationId: list_orders
      responses: {'200': {description: ok}}
      x-pagination: {style: page, items: data, page_param: page}
  /lines:
    get:
      operationId: list_lines
      responses: {'200': {description: ok}}
";
    let new = "paths:
  /orders:
    get:
      operationId: list_orders
      deprecated: true
      responses: {'200': {description: ok}}
      x-pagination: {style: page, items: data, page_param: p}
  /lines:
    get:
      operationId: list_lines
      responses: {'200': {description: ok}}
      x-pagination: {style: page, items: data, page_param: page}
";
    assert_eq!(
        changes(old, new),
        pairs(&[
            ("pagination_added", "GET /lines"),
            ("deprecation_changed", "GET /orders"),
            ("pagination_changed", "GET /orders")
        ])
    );
    assert_eq!(changes(new, old)[0], ("pagination_removed".to_owned(), "GET /lines".to_owned()));
}

/// Regression: changing only `max_size: 100` to `50` in one `x-pagination` of the committed
/// Spaces spec was a breaking `pagination_changed` (exit 1) although both generated clients are
/// byte-identical: the client does not act on `max_size`.
#[test]
fn a_pagination_field_the_client_does_not_read_is_info() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs/spaces/openapi.yaml");
    let old = std::fs::read_to_string(&path).expect("the committed Spaces spec");
    let at = old.find("        max_size: 100\n").expect("the Spaces spec states a page-size maximum");
    let new = format!("{}        max_size: 50\n{}", &old[..at], &old[at + "        max_size: 100\n".len()..]);
    let parse = |t: &str| codegen::parse_spec(t).expect("spec parses");
    let found = diff::diff(&parse(&old), &parse(&new));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, ChangeKind::PaginationDetailsChanged);
    assert_eq!(found[0].severity, Severity::Info);
    assert!(found[0].message.contains("\"max_size\":50"), "{}", found[0].message);
    let code = |spec: &openapiv3::OpenAPI| {
        let generated = client_gen::generate(spec, &client_gen::Options::default()).expect("generates");
        generated.files.into_iter().filter(|(path, _)| path.extension().is_some_and(|e| e == "rs")).collect::<Vec<_>>()
    };
    assert!(code(&parse(&old)) == code(&parse(&new)), "the Rust code differs: the change is not details only");
    // A field the stream follows is still breaking.
    let follows = old.replacen("cursor_param: starting_after", "cursor_param: after", 1);
    let found = diff::diff(&parse(&old), &parse(&follows));
    assert!(
        found.iter().any(|c| c.kind == ChangeKind::PaginationChanged && c.severity == Severity::Error),
        "{found:#?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Parameters

fn with_params(params: &str) -> String {
    format!(
        "paths:\n  /items:\n    get:\n      operationId: list_items\n      parameters:\n{}      responses: {{'200': {{description: ok}}}}\n",
        indent(params, 6)
    )
}

#[test]
fn parameters_added_removed_and_required() {
    let old = with_params(
        "- {in: query, name: page, schema: {type: integer}}
- {in: query, name: sort, required: true, schema: {type: string}}
- {in: query, name: gone, schema: {type: string}}
- {in: header, name: X-Trace, schema: {type: string}}
",
    );
    let new = with_params(
        "- {in: query, name: page, required: true, schema: {type: integer}}
- {in: query, name: sort, schema: {type: string}}
- {in: query, name: filter, schema: {type: string}}
- {in: query, name: account, required: true, schema: {type: string}}
- {in: header, name: x-trace, schema: {type: string}}
",
    );
    assert_eq!(
        changes(&old, &new),
        pairs(&[
            ("required_parameter_added", "GET /items parameter query.account"),
            ("optional_parameter_added", "GET /items parameter query.filter"),
            ("optional_parameter_removed", "GET /items parameter query.gone"),
            ("parameter_became_required", "GET /items parameter query.page"),
            ("parameter_became_optional", "GET /items parameter query.sort"),
        ])
    );
}

#[test]
fn parameter_type_enum_and_style() {
    let old = with_params(
        "- {in: query, name: status, schema: {type: string, enum: [open, closed]}}
- {in: query, name: per, schema: {type: integer}}
- {in: query, name: ids, schema: {type: array, items: {type: string}}}
",
    );
    let new = with_params(
        "- {in: query, name: status, schema: {type: string, enum: [open, archived]}}
- {in: query, name: per, schema: {type: string}}
- {in: query, name: ids, explode: false, schema: {type: array, items: {type: string}}}
",
    );
    assert_eq!(
        changes(&old, &new),
        pairs(&[
            ("parameter_style_changed", "GET /items parameter query.ids"),
            ("type_changed", "GET /items parameter query.per"),
            ("request_enum_value_removed", "GET /items parameter query.status"),
            ("request_enum_value_added", "GET /items parameter query.status"),
        ])
    );
}

// ---------------------------------------------------------------------------------------------
// Request bodies

#[test]
fn request_fields() {
    let old = post_body(&indent(
        "type: object
required: [name, email]
properties:
  name: {type: string}
  email: {type: string}
  phone: {type: string}
  notes: {type: string}
",
        14,
    ));
    let new = post_body(&indent(
        "type: object
required: [name, phone, country]
properties:
  name: {type: string}
  email: {type: string}
  phone: {type: string}
  country: {type: string}
  tags: {type: array, items: {type: string}}
",
        14,
    ));
    assert_eq!(
        changes(&old, &new),
        pairs(&[
            ("required_request_field_added", "POST /items request body .country"),
            ("request_field_became_optional", "POST /items request body .email"),
            ("request_field_removed", "POST /items request body .notes"),
            ("request_field_became_required", "POST /items request body .phone"),
            ("optional_request_field_added", "POST /items request body .tags"),
        ])
    );
}

#[test]
fn request_body_presence_and_media_types() {
    let old = post_body(&indent("type: object\n", 14));
    let optional = old.replace("required: true", "required: false");
    assert_eq!(changes(&old, &optional), pairs(&[("request_body_became_optional", "POST /items request body")]));
    assert_eq!(changes(&optional, &old), pairs(&[("request_body_became_required", "POST /items request body")]));

    let none =
        "paths:\n  /items:\n    post:\n      operationId: create_item\n      responses: {'204': {description: ok}}\n";
    assert_eq!(changes(&old, none), pairs(&[("request_body_removed", "POST /items request body")]));
    assert_eq!(changes(none, &old), pairs(&[("required_request_body_added", "POST /items request body")]));
    assert_eq!(changes(none, &optional), pairs(&[("optional_request_body_added", "POST /items request body")]));

    let form = old.replace("application/json", "application/x-www-form-urlencoded");
    assert_eq!(
        changes(&old, &form),
        pairs(&[
            ("request_media_type_removed", "POST /items request body"),
            ("request_media_type_added", "POST /items request body"),
        ])
    );
}

#[test]
fn nullable_depends_on_the_direction() {
    let plain = indent("type: object\nproperties:\n  note: {type: string}\n", 14);
    let nullable = indent("type: object\nproperties:\n  note: {type: string, nullable: true}\n", 14);
    assert_eq!(
        diff::diff(&spec(&post_body(&plain)), &spec(&post_body(&nullable)))[0].kind,
        ChangeKind::RequestBecameNullable
    );
    assert_eq!(
        changes(&post_body(&nullable), &post_body(&plain)),
        pairs(&[("request_became_non_nullable", "POST /items request body .note")])
    );
    let (plain, nullable) = (indent(&plain, 2), indent(&nullable, 2));
    assert_eq!(
        changes(&get_response(&plain), &get_response(&nullable)),
        pairs(&[("response_became_nullable", "GET /items response 200 body .note")])
    );
    assert_eq!(
        changes(&get_response(&nullable), &get_response(&plain)),
        pairs(&[("response_became_non_nullable", "GET /items response 200 body .note")])
    );
}

/// The two spellings of a nullable reference are one schema; a `null`-only `anyOf` member
/// added to a reference is the reference becoming nullable.
#[test]
fn a_null_only_alternative_is_nullable() {
    let components = "components:\n  schemas:\n    A: {type: object, properties: {x: {type: string}}}\n";
    let with = |note: &str| {
        let schema = indent(&format!("type: object\nproperties:\n  note: {note}\n"), 16);
        format!("{}{components}", get_response(&schema))
    };
    let plain = with("{$ref: '#/components/schemas/A'}");
    let all_of = with("{nullable: true, type: object, allOf: [{$ref: '#/components/schemas/A'}]}");
    let any_of = with("{anyOf: [{$ref: '#/components/schemas/A'}, {type: string, nullable: true, enum: [null]}]}");
    assert_eq!(changes(&all_of, &any_of), pairs(&[]));
    assert_eq!(changes(&plain, &any_of), pairs(&[("response_became_nullable", "GET /items response 200 body .note")]));
}

#[test]
fn constraints_depend_on_the_direction() {
    let loose = indent("type: object\nproperties:\n  code: {type: string, maxLength: 10}\n", 14);
    let strict = indent("type: object\nproperties:\n  code: {type: string, maxLength: 5, pattern: '^[A-Z]+$'}\n", 14);
    // A shorter maxLength is tighter; a new pattern cannot be ordered against none
    // (constraint_changed), a pattern removed relaxes.
    assert_eq!(
        changes(&post_body(&loose), &post_body(&strict)),
        pairs(&[
            ("request_constraint_tightened", "POST /items request body .code"),
            ("constraint_changed", "POST /items request body .code"),
        ])
    );
    assert_eq!(
        changes(&post_body(&strict), &post_body(&loose)),
        pairs(&[
            ("request_constraint_relaxed", "POST /items request body .code"),
            ("request_constraint_relaxed", "POST /items request body .code"),
        ])
    );
    let (loose, strict) = (indent(&loose, 2), indent(&strict, 2));
    assert_eq!(
        changes(&get_response(&loose), &get_response(&strict)),
        pairs(&[
            ("response_constraint_tightened", "GET /items response 200 body .code"),
            ("constraint_changed", "GET /items response 200 body .code"),
        ])
    );
    assert_eq!(
        changes(&get_response(&strict), &get_response(&loose)),
        pairs(&[
            ("response_constraint_relaxed", "GET /items response 200 body .code"),
            ("response_constraint_relaxed", "GET /items response 200 body .code"),
        ])
    );
}

// ---------------------------------------------------------------------------------------------
// Responses

#[test]
fn response_fields() {
    let old = get_response(&indent(
        "type: object
required: [id, email]
properties:
  id: {type: string}
  email: {type: string}
  name: {type: string}
  created: {type: integer, format: int32}
  updated: {type: string}
",
        16,
    ));
    let new = get_response(&indent(
        "type: object
required: [id, name]
properties:
  id: {type: string}
  email: {type: string}
  name: {type: string}
  created: {type: integer, format: int64}
  updated: {type: string, format: date-time}
  avatar: {type: string}
",
        16,
    ));
    assert_eq!(
        changes(&old, &new),
        pairs(&[
            ("response_field_added", "GET /items response 200 body .avatar"),
            ("response_type_widened", "GET /items response 200 body .created"),
            ("response_field_became_optional", "GET /items response 200 body .email"),
            ("response_field_became_required", "GET /items response 200 body .name"),
            ("format_changed", "GET /items response 200 body .updated"),
        ])
    );
    let fewer: String = old.lines().filter(|l| l.trim() != "name: {type: string}").map(|l| format!("{l}\n")).collect();
    assert_eq!(
        changes(&old, &fewer),
        pairs(&[("optional_response_field_removed", "GET /items response 200 body .name")]),
        "an optional response field removed is a warning"
    );
    let no_email: String =
        old.lines().filter(|l| l.trim() != "email: {type: string}").map(|l| format!("{l}\n")).collect();
    assert_eq!(
        changes(&old, &no_email),
        pairs(&[("required_response_field_removed", "GET /items response 200 body .email")])
    );
}

#[test]
fn response_statuses_and_media_types() {
    let old = "paths:
  /items:
    get:
      operationId: list_items
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
        '404': {description: missing}
";
    let new = "paths:
  /items:
    get:
      operationId: list_items
      responses:
        '201': {description: ok, content: {text/csv: {schema: {type: string}}}}
        '429': {description: slow down}
";
    assert_eq!(
        changes(old, new),
        pairs(&[
            ("success_response_removed", "GET /items response 200"),
            ("error_response_removed", "GET /items response 404"),
            ("response_added", "GET /items response 201"),
            ("response_added", "GET /items response 429"),
        ])
    );
    let csv = old.replace("application/json: {schema: {type: object}}", "text/csv: {schema: {type: string}}");
    assert_eq!(
        changes(old, &csv),
        pairs(&[
            ("response_media_type_removed", "GET /items response 200 body"),
            ("response_media_type_added", "GET /items response 200 body"),
        ])
    );
}

#[test]
fn enums_depend_on_the_direction() {
    let schema = |values: &str| indent(&format!("type: object\nproperties:\n  status: {{type: string{values}}}\n"), 16);
    let (free, ab, ac) = (schema(""), schema(", enum: [a, b]"), schema(", enum: [a, c]"));
    assert_eq!(
        changes(&get_response(&ab), &get_response(&ac)),
        pairs(&[
            ("response_enum_value_removed", "GET /items response 200 body .status"),
            ("response_enum_value_added", "GET /items response 200 body .status"),
        ])
    );
    let found = diff::diff(&spec(&get_response(&ab)), &spec(&get_response(&ac)));
    assert_eq!(
        found[1].severity,
        Severity::Warning,
        "a new response value decodes into the fallback variant: not an error"
    );
    assert_eq!(found[1].message, "enum value \"c\" added");
    assert_eq!(changes(&get_response(&free), &get_response(&ab))[0].0, "response_enum_added");
    assert_eq!(changes(&get_response(&ab), &get_response(&free))[0].0, "enum_removed");
}

#[test]
fn default_and_additional_properties() {
    let old = get_response(&indent(
        "type: object
properties:
  size: {type: integer, default: 20}
  labels: {type: object, additionalProperties: {type: string}}
  meta: {type: object, properties: {a: {type: string}}}
",
        16,
    ));
    let new = get_response(&indent(
        "type: object
properties:
  size: {type: integer, default: 50}
  labels: {type: object, additionalProperties: {type: integer}}
  meta: {type: object, properties: {a: {type: string}}, additionalProperties: true}
",
        16,
    ));
    assert_eq!(
        changes(&old, &new),
        pairs(&[
            ("type_changed", "GET /items response 200 body .labels.*"),
            ("additional_properties_changed", "GET /items response 200 body .meta"),
            ("default_changed", "GET /items response 200 body .size"),
        ])
    );
}

// ---------------------------------------------------------------------------------------------
// Schema structure: $ref, allOf, oneOf, recursion

#[test]
fn refs_are_compared_by_structure_not_by_name() {
    let old = format!(
        "{}components:\n  schemas:\n    Customer2:\n      type: object\n      properties:\n        id: {{type: string}}\n",
        get_response(&indent("$ref: '#/components/schemas/Customer2'\n", 16))
    );
    let renamed = old.replace("Customer2", "Customer");
    assert!(changes(&old, &renamed).is_empty(), "a component renamed with the same shape is no change");
    let inline = get_response(&indent("type: object\nproperties:\n  id: {type: string}\n", 16));
    assert!(changes(&old, &inline).is_empty(), "a $ref inlined is no change");
    let changed = old.replace("id: {type: string}", "id: {type: integer}");
    assert_eq!(changes(&old, &changed), pairs(&[("type_changed", "GET /items response 200 body .id")]));
}

#[test]
fn all_of_members_are_merged() {
    let split = format!(
        "{}components:\n  schemas:\n    Base:\n      type: object\n      required: [id]\n      properties:\n        id: {{type: string}}\n",
        get_response(&indent(
            "allOf:\n- $ref: '#/components/schemas/Base'\n- type: object\n  properties:\n    name: {type: string}\n",
            16
        ))
    );
    let flat = get_response(&indent(
        "type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n  name: {type: string}\n",
        16,
    ));
    assert!(changes(&split, &flat).is_empty(), "{:?}", changes(&split, &flat));
    let without_id = get_response(&indent("type: object\nproperties:\n  name: {type: string}\n", 16));
    assert_eq!(
        changes(&split, &without_id),
        pairs(&[("required_response_field_removed", "GET /items response 200 body .id")])
    );
}

#[test]
fn one_of_alternatives_depend_on_the_direction() {
    let comps = "components:
  schemas:
    Card: {type: object, properties: {number: {type: string}}}
    Bank: {type: object, properties: {iban: {type: string}}}
    Cash: {type: object, properties: {amount: {type: number}}}
";
    let two = "oneOf:\n- $ref: '#/components/schemas/Card'\n- $ref: '#/components/schemas/Bank'\n";
    let three = format!("{two}- $ref: '#/components/schemas/Cash'\n");
    let response = |s: &str| format!("{}{comps}", get_response(&indent(s, 16)));
    let request = |s: &str| format!("{}{comps}", post_body(&indent(s, 14)));
    assert_eq!(
        changes(&response(two), &response(&three)),
        pairs(&[("response_variant_added", "GET /items response 200 body <oneOf 3>")])
    );
    assert_eq!(
        changes(&response(&three), &response(two)),
        pairs(&[("response_variant_removed", "GET /items response 200 body <oneOf 3>")])
    );
    let (old, new) = (request(two), request(&three));
    assert_eq!(changes(&old, &new), pairs(&[("request_variant_added", "POST /items request body <oneOf 3>")]));
    let changed = old.replace("iban: {type: string}", "iban: {type: integer}");
    assert_eq!(changes(&old, &changed), pairs(&[("type_changed", "POST /items request body <oneOf 2>.iban")]));
}

#[test]
fn recursive_schemas_terminate_and_report_deep_changes() {
    let tree = |leaf: &str| {
        format!(
            "{}components:\n  schemas:\n    Node:\n      type: object\n      properties:\n        \
             name: {{type: {leaf}}}\n        children:\n          type: array\n          items: {{$ref: '#/components/schemas/Node'}}\n",
            get_response(&indent("$ref: '#/components/schemas/Node'\n", 16))
        )
    };
    assert!(changes(&tree("string"), &tree("string")).is_empty());
    assert_eq!(
        changes(&tree("string"), &tree("integer")),
        pairs(&[("type_changed", "GET /items response 200 body .name")]),
        "the change is reported where it first appears, not once per level"
    );
    // Mutually recursive through allOf: must terminate.
    let cycle = format!(
        "{}components:\n  schemas:\n    A: {{allOf: [{{$ref: '#/components/schemas/B'}}], properties: {{b: {{$ref: '#/components/schemas/B'}}}}}}\n    \
         B: {{allOf: [{{$ref: '#/components/schemas/A'}}], properties: {{a: {{$ref: '#/components/schemas/A'}}}}}}\n",
        get_response(&indent("$ref: '#/components/schemas/A'\n", 16))
    );
    assert!(changes(&cycle, &cycle).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Security, servers, extensions

#[test]
fn security_schemes_and_requirements() {
    let old = "security: [{apiKey: []}]
components:
  securitySchemes:
    apiKey: {type: apiKey, in: query, name: api_key, description: In the query.}
    legacy: {type: http, scheme: basic}
";
    let new = "security: [{apiKey: []}, {bearer: []}]
components:
  securitySchemes:
    apiKey: {type: apiKey, in: header, name: api_key, description: Now a header.}
    bearer: {type: http, scheme: bearer}
";
    assert_eq!(
        changes(old, new),
        pairs(&[
            ("security_scheme_removed", "security scheme legacy"),
            ("security_scheme_added", "security scheme bearer"),
            ("security_scheme_changed", "security scheme apiKey"),
            ("security_requirement_added", "security"),
        ])
    );
    let none = "components: {}\n";
    let required =
        "security: [{apiKey: []}]\ncomponents:\n  securitySchemes:\n    apiKey: {type: apiKey, in: query, name: k}\n";
    let found = diff::diff(&spec(none), &spec(required));
    let kinds: Vec<_> = found.iter().map(|c| (c.kind, c.message.as_str())).collect();
    assert_eq!(
        kinds,
        vec![
            (ChangeKind::SecuritySchemeAdded, "security scheme added"),
            (ChangeKind::SecurityRequirementRemoved, "`no authentication` no longer accepted"),
            (ChangeKind::SecurityRequirementAdded, "`apiKey` now accepted"),
        ]
    );
}

#[test]
fn operation_security_overrides() {
    let old = "security: [{apiKey: []}]
paths:
  /public:
    get:
      operationId: ping
      security: []
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    apiKey: {type: apiKey, in: query, name: k}
";
    let new = old.replace("      security: []\n", "");
    assert_eq!(
        changes(old, &new),
        pairs(&[
            ("security_requirement_removed", "GET /public security"),
            ("security_requirement_added", "GET /public security"),
        ])
    );
}

#[test]
fn servers_and_extensions() {
    let old = "servers:
- url: https://api.example.com/v1/
- url: https://{region}.example.com
  variables:
    region: {default: eu}
    zone: {default: a}
x-rate-limit: {requests: 4, per_seconds: 1}
x-request-headers: {Accept: application/json}
";
    let new = "servers:
- url: https://api.example.com/v1
- url: https://sandbox.example.com
- url: https://{region}.example.com
  variables:
    region: {default: us, enum: [us, eu]}
    tenant: {default: main}
x-rate-limit: {requests: 2, per_seconds: 1}
x-request-headers: {accept: application/xml, X-Client: codegen}
x-envelope: {payload: data}
";
    assert_eq!(
        changes(old, new),
        pairs(&[
            ("server_added", "server https://sandbox.example.com"),
            ("server_variable_changed", "server https://{region}.example.com variable region"),
            ("server_variable_changed", "server https://{region}.example.com variable region"),
            ("server_variable_added", "server https://{region}.example.com variable tenant"),
            ("server_variable_removed", "server https://{region}.example.com variable zone"),
            ("rate_limit_changed", "x-rate-limit"),
            ("default_request_header_changed", "x-request-headers accept"),
            ("default_request_header_added", "x-request-headers x-client"),
            ("envelope_changed", "x-envelope"),
        ])
    );
    let moved = "servers:\n- url: https://api.example.com/v2\n";
    let removed = changes(old, moved);
    assert!(removed.contains(&("server_removed".to_owned(), "server https://api.example.com/v1".to_owned())));
}

#[test]
fn malformed_documents_do_not_panic() {
    use serde_json::json;
    let junk = [
        json!(null),
        json!([1, 2]),
        json!({"paths": {"/a": {"get": "not an operation", "parameters": 3}}}),
        json!({"paths": {"/a": {"get": {"parameters": [{"$ref": "#/nowhere"}, 7], "responses": []}}}}),
        json!({"paths": {"/a": {"$ref": "#/paths/~1a"}}}),
        json!({"servers": "x", "security": {"a": 1}, "components": {"securitySchemes": []}}),
    ];
    for old in &junk {
        for new in &junk {
            let _ = diff::diff_json(old, new);
        }
    }
    let with_ref = |target: &str| {
        json!({"paths": {"/a": {"get": {"responses": {"200": {"description": "ok",
            "content": {"application/json": {"schema": {"$ref": target}}}}}}}}})
    };
    let found = diff::diff_json(&with_ref("other.yaml#/A"), &with_ref("other.yaml#/B"));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, ChangeKind::TypeChanged);
    assert_eq!(found[0].message, "type changed from unresolved `other.yaml#/A` to unresolved `other.yaml#/B`");
}

#[test]
fn real_doc_sets_diff_deterministically() {
    let booqable = codegen::import_docs(&real_docs("booqable")).expect("booqable imports").spec;
    let spaces = codegen::import_docs(&real_docs("spaces")).expect("spaces imports").spec;
    let first = diff::diff(&spaces, &booqable);
    assert_eq!(first, diff::diff(&spaces, &booqable));
    assert!(diff::diff(&booqable, &booqable).is_empty());
    let removed = first.iter().filter(|c| c.kind == ChangeKind::OperationRemoved).count();
    let added = first.iter().filter(|c| c.kind == ChangeKind::OperationAdded).count();
    let count = |s: &openapiv3::OpenAPI| {
        s.paths.paths.values().filter_map(|p| p.as_item()).map(|p| p.iter().count()).sum::<usize>()
    };
    // Both have GET /customers and GET /customers/{id} (with other parameter names).
    assert_eq!((removed, added), (count(&spaces) - 2, count(&booqable) - 2));
    assert!(first.iter().any(|c| c.kind == ChangeKind::PathParameterRenamed && c.location == "GET /customers/{id}"));
}

// ---------------------------------------------------------------------------------------------
// Reports

#[test]
fn reports_list_errors_first_and_count() {
    let fewer = TWO_OPS
        .replace("get_customer", "fetch")
        .replace("    delete:\n      operationId: delete_customer\n      responses: {'204': {description: ok}}\n", "");
    let mut all = diff::diff(
        &spec("paths: {}\n"),
        &spec("paths:\n  /z:\n    get:\n      responses: {'200': {description: ok}}\n"),
    );
    all.extend(diff::diff(&spec(TWO_OPS), &spec(&fewer)));
    let text = report::text(&all);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        vec![
            "error    GET /customers/{id}: operationId `get_customer` is now `fetch` (generated method `get_customer` is now `fetch`) [operation_id_changed]",
            "error    DELETE /customers/{id}: operation `delete_customer` removed [operation_removed]",
            "info     GET /z: operation added [operation_added]",
            "2 error(s), 0 warning(s), 1 info",
        ]
    );
    let json: serde_json::Value = serde_json::from_str(&report::json(&all)).expect("JSON report parses");
    assert_eq!((json["error"].as_u64(), json["warning"].as_u64(), json["info"].as_u64()), (Some(2), Some(0), Some(1)));
    assert_eq!(json["changes"][2]["kind"], "operation_added");
    assert_eq!(json["changes"][2]["severity"], "info");
    assert_eq!(json["changes"][2]["location"], "GET /z");
    assert_eq!(json["repeated"], serde_json::json!([]));
    assert!(report::FailOn::Error.is_met(&all));
    assert!(!report::FailOn::Error.is_met(&all[..1]));
    assert!(!report::FailOn::Warning.is_met(&all[..1]));
    assert!(report::FailOn::Info.is_met(&all[..1]));
    assert!(!report::FailOn::Info.is_met(&[]));
    assert!(!report::FailOn::None.is_met(&all));
    assert_eq!(report::text(&[]), "0 error(s), 0 warning(s), 0 info\n");
}

// ---------------------------------------------------------------------------------------------
// Real doc sets, copied and edited

fn docs_root() -> PathBuf {
    std::env::var_os("SLATE_DOCS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"))
}

fn real_docs(provider: &str) -> PathBuf {
    let dir = docs_root().join(provider);
    assert!(dir.is_dir(), "docs not found at {}; set SLATE_DOCS_DIR", dir.display());
    dir
}

/// A temp folder removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> Self {
        static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let dir = std::env::temp_dir().join(format!("codegen-diff-{label}-{}-{n}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}

/// A copy of a real doc set with `file` edited by `edit` (which must change it).
fn edited_copy(tmp: &TempDir, provider: &str, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let dir = tmp.0.join(provider);
    copy_dir(&real_docs(provider), &dir);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).expect("doc page");
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit of {file} changed nothing: the docs moved on?");
    std::fs::write(&path, edited).expect("write edited page");
    dir
}

/// Every change from the real doc set to the edited copy, as (kind, location).
fn doc_changes(provider: &str, edited: &Path) -> Vec<(String, String, Severity)> {
    let old = codegen::import_docs(&real_docs(provider)).expect("real docs import");
    let new = codegen::import_docs(edited).expect("edited docs import");
    diff::diff(&old.spec, &new.spec).into_iter().map(|c| (c.kind.code().to_owned(), c.location, c.severity)).collect()
}

/// The text between `start` (included) and the next line starting with `## ` (excluded).
fn section_bounds(text: &str, start: &str) -> (usize, usize) {
    let i = text.find(start).unwrap_or_else(|| panic!("section `{start}` not found"));
    let j = text[i + start.len()..].find("\n## ").map_or(text.len(), |j| i + start.len() + j + 1);
    (i, j)
}

#[test]
fn real_docs_operation_removed() {
    let tmp = TempDir::new("removed");
    let dir = edited_copy(&tmp, "booqable", "source/includes/_customers.md", |t| {
        let (i, j) = section_bounds(t, "## Archive customer");
        format!("{}{}", &t[..i], &t[j..])
    });
    assert_eq!(
        doc_changes("booqable", &dir),
        vec![("operation_removed".to_owned(), "DELETE /customers/{id}/archive".to_owned(), Severity::Error)]
    );
}

#[test]
fn real_docs_optional_parameter_added() {
    let tmp = TempDir::new("param");
    let row = "| per       | nil     | If set it limits the number of customers per page |\n";
    let dir = edited_copy(&tmp, "booqable", "source/includes/_customers.md", |t| {
        t.replacen(
            row,
            &format!("{row}| q         | nil     | Only customers whose name contains this text      |\n"),
            1,
        )
    });
    assert_eq!(
        doc_changes("booqable", &dir),
        vec![("optional_parameter_added".to_owned(), "GET /customers parameter query.q".to_owned(), Severity::Info)]
    );
}

#[test]
fn real_docs_field_renamed() {
    let tmp = TempDir::new("renamed");
    let dir = edited_copy(&tmp, "spaces", "sections/account.md", |t| t.replace("referral_code", "referral_token"));
    assert_eq!(
        doc_changes("spaces", &dir),
        vec![
            (
                "optional_response_field_removed".to_owned(),
                "GET /account response 200 body .referral_code".to_owned(),
                Severity::Warning
            ),
            (
                "response_field_added".to_owned(),
                "GET /account response 200 body .referral_token".to_owned(),
                Severity::Info
            ),
        ]
    );
}

#[test]
fn real_docs_type_changed() {
    let tmp = TempDir::new("type");
    let dir = edited_copy(&tmp, "spaces", "sections/account.md", |t| {
        t.replace("\"created\": 1412036805", "\"created\": \"2014-09-30T00:26:45Z\"")
            .replace("**created** | integer |", "**created** | string |")
    });
    let found = doc_changes("spaces", &dir);
    assert_eq!(
        found,
        vec![("type_changed".to_owned(), "GET /account response 200 body .created".to_owned(), Severity::Error)]
    );
}

// ---------------------------------------------------------------------------------------------
// The command

fn codegen(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_codegen")).args(args).output().expect("codegen runs");
    (
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn command_exit_codes_and_formats() {
    let tmp = TempDir::new("cli");
    let write = |name: &str, body: &str| {
        let path = tmp.0.join(name);
        let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n");
        text.push_str(body);
        std::fs::write(&path, text).expect("write spec");
        path
    };
    let base = write("base.yaml", TWO_OPS);
    let breaking = write("breaking.yaml", &TWO_OPS.replace("get_customer", "fetch_customer"));
    let added = write(
        "added.yaml",
        &format!("{TWO_OPS}  /orders:\n    get:\n      operationId: list_orders\n      responses: {{'200': {{description: ok}}}}\n"),
    );
    let json_copy = tmp.0.join("base.json");
    std::fs::write(&json_copy, serde_json::to_string(&codegen::read_spec(&base).expect("spec")).expect("json"))
        .expect("write json");

    let run = |old: &Path, new: &Path, extra: &[&str]| {
        let mut args: Vec<&std::ffi::OsStr> = vec!["diff".as_ref(), old.as_os_str(), new.as_os_str()];
        args.extend(extra.iter().map(|s| std::ffi::OsStr::new(*s)));
        codegen(&args)
    };

    // Breaking: fails unless --fail-on none.
    let (code, out, _) = run(&base, &breaking, &[]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        "error    GET /customers/{id}: operationId `get_customer` is now `fetch_customer` (generated method \
         `get_customer` is now `fetch_customer`) [operation_id_changed]\n\
         1 error(s), 0 warning(s), 0 info\n"
    );
    for level in ["any", "info", "warning", "error", "breaking"] {
        assert_eq!(run(&base, &breaking, &["--fail-on", level]).0, 1, "--fail-on {level}");
    }
    assert_eq!(run(&base, &breaking, &["--fail-on", "none"]).0, 0);

    // Info only: fails only with --fail-on info (or its old name `any`).
    assert_eq!(run(&base, &added, &[]).0, 0);
    assert_eq!(run(&base, &added, &["--fail-on", "breaking"]).0, 0);
    assert_eq!(run(&base, &added, &["--fail-on", "warning"]).0, 0);
    assert_eq!(run(&base, &added, &["--fail-on", "any"]).0, 1);
    assert_eq!(run(&base, &added, &["--fail-on", "info"]).0, 1);

    // No change (YAML vs the same spec as JSON); `human` is the old name of `text`.
    let (code, out, _) = run(&base, &json_copy, &["--fail-on", "any", "--format", "human"]);
    assert_eq!((code, out.as_str()), (0, "0 error(s), 0 warning(s), 0 info\n"));

    // JSON output parses and counts.
    let (code, out, _) = run(&base, &added, &["--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("--format json parses");
    assert_eq!(json["error"], 0);
    assert_eq!(json["info"], 1);
    assert_eq!(json["changes"][0]["kind"], "operation_added");
    assert_eq!(json["changes"][0]["location"], "GET /orders");

    // Unreadable input: exit 2, no panic.
    let (code, _, err) = run(&base, &tmp.0.join("missing.yaml"), &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.starts_with("error: "), "{err}");
    let garbage = write("garbage.yaml", "paths: [not, a, map]\n");
    let (code, _, err) = run(&garbage, &base, &[]);
    assert_eq!(code, 2, "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn command_imports_doc_folders() {
    let tmp = TempDir::new("cli-docs");
    let dir = edited_copy(&tmp, "spaces", "sections/account.md", |t| t.replace("referral_code", "referral_token"));
    let docs = real_docs("spaces");
    let (code, out, err) =
        codegen(&["diff".as_ref(), docs.as_os_str(), dir.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    assert_eq!(code, 0, "a warning does not fail by default: {out}{err}");
    assert!(err.contains("operations"), "the import is summarized on stderr: {err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("--format json parses");
    assert_eq!((json["error"].as_u64(), json["warning"].as_u64(), json["info"].as_u64()), (Some(0), Some(1), Some(1)));
    assert_eq!(json["changes"][0]["kind"], "optional_response_field_removed");
    let strict =
        codegen(&["diff".as_ref(), docs.as_os_str(), dir.as_os_str(), "--fail-on".as_ref(), "warning".as_ref()]);
    assert_eq!(strict.0, 1, "--fail-on warning fails on it");
    // Line 38 of account.md is the `curl .../account` sample that gives the operation (read by hand).
    assert_eq!(json["changes"][0]["source"], "sections/account.md:38", "where the docs define the operation");
    assert_eq!(json["changes"][0]["location"], "GET /account response 200 body .referral_code");
    // A doc folder against its own committed spec of the same import: no change.
    let spec = tmp.0.join("spaces.yaml");
    std::fs::write(&spec, slate_import_yaml(&docs)).expect("write spec");
    let (code, out, _) =
        codegen(&["diff".as_ref(), spec.as_os_str(), docs.as_os_str(), "--fail-on".as_ref(), "any".as_ref()]);
    assert_eq!((code, out.as_str()), (0, "0 error(s), 0 warning(s), 0 info\n"));
}

/// The spec of a doc folder, as `codegen import` writes it.
fn slate_import_yaml(docs: &Path) -> String {
    let imported = codegen::import_docs(docs).expect("docs import");
    codegen::serialize_spec(&imported.spec, Path::new("spec.yaml"))
}
