//! Changes to request bodies: fields, presence, media types, nullability, constraints.

use crate::common::*;

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
