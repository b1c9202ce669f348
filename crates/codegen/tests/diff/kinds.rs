//! The classification table, and changes to operations and their parameters.

use crate::common::*;

// ---------------------------------------------------------------------------------------------
// The classification table

#[test]
fn kinds_have_unique_codes_and_are_all_documented() {
    let table = include_str!("../../src/diff/kind.rs");
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
