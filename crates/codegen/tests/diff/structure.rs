//! Schema structure (`$ref`, `allOf`, `oneOf`, recursion), security, servers, extensions, and
//! documents that are not OpenAPI.

use crate::common::*;

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
