//! Changes to responses: fields, statuses, media types, enums, defaults.

use crate::common::*;

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
