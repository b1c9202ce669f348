//! `codegen compare`: each category on small hand-written specs (a lost property, an invented
//! one, a wrong enum, a wrong type, a required flag, statuses, security, servers, summaries,
//! tags), `$ref`/`allOf`/`oneOf` followed, operations matched with renamed path parameters,
//! and the command's table and JSON output.

use codegen::compare::{self, report, Category};
use serde_json::Value;
use std::process::Command;

/// A spec from YAML written after `info:`.
fn doc(body: &str) -> Value {
    let text = format!("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n{body}");
    compare::parse_document(&text).unwrap_or_else(|e| panic!("test spec does not parse: {e}\n{text}"))
}

fn category<'r>(r: &'r compare::Report, name: &str) -> &'r Category {
    r.category(name).unwrap_or_else(|| panic!("no category {name}"))
}

/// (original, imported, matched, lost, invented) of one category.
fn counts(r: &compare::Report, name: &str) -> (usize, usize, usize, Vec<String>, Vec<String>) {
    let c = category(r, name);
    (c.original, c.imported, c.matched, c.lost.clone(), c.invented.clone())
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

const PETS: &str = r#"
servers:
  - url: https://api.example.com/v1/
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
    key: {type: apiKey, in: query, name: api_key}
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: integer}
    Pet:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [name]
          properties:
            name: {type: string}
            status: {type: string, enum: [available, sold]}
            owner:
              type: object
              properties:
                email: {type: string}
paths:
  /pets/{petId}:
    parameters:
      - {name: petId, in: path, required: true, schema: {type: string}}
    get:
      summary: Get a pet
      tags: [pets]
      parameters:
        - {name: fields, in: query, schema: {type: array, items: {type: string}}}
        - {name: Accept, in: header, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
        '404': {description: missing}
  /pets:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                name: {type: string}
                kind:
                  oneOf:
                    - {type: object, properties: {bark: {type: boolean}}}
                    - {type: object, properties: {meow: {type: boolean}}}
      responses:
        '201': {description: created}
"#;

#[test]
fn a_spec_compared_with_itself_is_complete() {
    let d = doc(PETS);
    let r = compare::compare(&d, &d);
    for c in &r.categories {
        assert!(c.lost.is_empty() && c.invented.is_empty(), "{}: {:?} {:?}", c.name, c.lost, c.invented);
        assert_eq!((c.recall(), c.precision()), (1.0, 1.0), "{}", c.name);
    }
    assert_eq!(counts(&r, "operations").0, 2);
    // petId (from the path item) and fields; the Accept header is ignored.
    assert_eq!(counts(&r, "parameters").0, 2);
    // id (from the allOf member), name, status, owner, owner.email.
    assert_eq!(counts(&r, "response properties").0, 5);
    // name, kind, and both oneOf alternatives' fields under kind.
    assert_eq!(counts(&r, "request properties").0, 4);
    assert_eq!(counts(&r, "enum values").0, 2);
    assert_eq!(counts(&r, "statuses").0, 3);
    assert_eq!(counts(&r, "security schemes").0, 2);
    assert_eq!(counts(&r, "servers").0, 1);
    // petId (path parameters are required), id, name.
    assert_eq!(counts(&r, "required").0, 3);
}

#[test]
fn lost_and_invented_properties_and_parameters() {
    let original = doc(PETS);
    let imported = doc(&PETS
        .replace("            owner:\n              type: object\n              properties:\n                email: {type: string}\n", "            colour: {type: string}\n")
        .replace("        - {name: fields, in: query, schema: {type: array, items: {type: string}}}\n", "        - {name: page, in: query, schema: {type: integer}}\n"));
    let r = compare::compare(&original, &imported);
    let (o, i, m, lost, invented) = counts(&r, "response properties");
    assert_eq!((o, i, m), (5, 4, 3));
    assert_eq!(lost, strings(&["GET /pets/{petId} response owner", "GET /pets/{petId} response owner.email"]));
    assert_eq!(invented, strings(&["GET /pets/{petId} response colour"]));
    let (_, _, _, lost, invented) = counts(&r, "parameters");
    assert_eq!(lost, strings(&["GET /pets/{petId} query fields"]));
    assert_eq!(invented, strings(&["GET /pets/{petId} query page"]));
    let c = category(&r, "response properties");
    assert!((c.recall() - 0.6).abs() < 1e-9 && (c.precision() - 0.75).abs() < 1e-9);
}

#[test]
fn a_wrong_enum_a_wrong_type_and_a_lost_required_flag() {
    let original = doc(PETS);
    let imported = doc(&PETS
        .replace("enum: [available, sold]", "enum: [available, pending]")
        .replace("id: {type: integer}", "id: {type: string}")
        .replace("required: [name]", "required: []"));
    let r = compare::compare(&original, &imported);
    let (o, i, m, lost, invented) = counts(&r, "enum values");
    assert_eq!((o, i, m), (2, 2, 1));
    assert_eq!(lost, strings(&[r#"GET /pets/{petId} response status: "sold""#]));
    assert_eq!(invented, strings(&[r#"GET /pets/{petId} response status: "pending""#]));
    let (_, _, _, lost, _) = counts(&r, "types");
    assert_eq!(lost, strings(&["GET /pets/{petId} response id: integer (imported: string)"]));
    let (o, i, m, lost, invented) = counts(&r, "required");
    assert_eq!((o, i, m), (3, 2, 2));
    assert_eq!(lost, strings(&["GET /pets/{petId} response name: required"]));
    assert!(invented.is_empty());
    // Presence is not affected by a wrong attribute.
    assert_eq!(category(&r, "response properties").recall(), 1.0);
}

const LIST_PARAMS: &str = r#"
paths:
  /pets:
    get:
      parameters:
        - {name: kind, in: query, schema: {type: array, items: {type: string, enum: [cat, dog]}}}
        - {name: price, in: query, schema: {type: string, enum: [0, 1]}}
      responses:
        '200': {description: ok}
"#;

#[test]
fn a_list_takes_its_items_enum_and_values_compare_as_text() {
    let original = doc(LIST_PARAMS);
    let imported = doc(&LIST_PARAMS.replace("enum: [0, 1]", "enum: ['0', '1']").replace("[cat, dog]", "[cat, bird]"));
    let r = compare::compare(&original, &imported);
    let (o, i, m, lost, invented) = counts(&r, "enum values");
    assert_eq!((o, i, m), (4, 4, 3), "the list's values count, and 0 is the value '0'");
    assert_eq!(lost, strings(&[r#"GET /pets query kind: "dog""#]));
    assert_eq!(invented, strings(&[r#"GET /pets query kind: "bird""#]));
}

#[test]
fn a_missing_type_counts_against_recall_only() {
    let original = doc(PETS);
    let imported = doc(&PETS.replace("email: {type: string}", "email: {}"));
    let r = compare::compare(&original, &imported);
    let (o, i, m, lost, invented) = counts(&r, "types");
    assert_eq!((o - i, o - m), (1, 1));
    assert_eq!(lost, strings(&["GET /pets/{petId} response owner.email: string (imported: (none))"]));
    assert!(invented.is_empty());
}

#[test]
fn operations_match_with_renamed_path_parameters_and_trailing_slashes() {
    let original = doc(PETS);
    let imported = doc(&PETS.replace("/pets/{petId}:", "/pets/{id}/:").replace("name: petId", "name: id"));
    let r = compare::compare(&original, &imported);
    assert_eq!(counts(&r, "operations").2, 2);
    assert!(category(&r, "parameters").lost.is_empty(), "path parameters match by position");
}

#[test]
fn lost_operations_statuses_security_servers_summaries_and_tags() {
    let original = doc(PETS);
    let imported = doc(&PETS
        .replace("  /pets:\n    post:", "  /owners:\n    post:")
        .replace("        '404': {description: missing}\n", "        '400': {description: bad}\n")
        .replace("    key: {type: apiKey, in: query, name: api_key}\n", "    basic: {type: http, scheme: basic}\n")
        .replace("https://api.example.com/v1/", "https://example.com/v1")
        .replace("summary: Get a pet", "summary: getPet")
        .replace("tags: [pets]", "tags: [Pets]"));
    let r = compare::compare(&original, &imported);
    let (_, _, _, lost, invented) = counts(&r, "operations");
    assert_eq!((lost, invented), (strings(&["POST /pets"]), strings(&["POST /owners"])));
    let (_, _, _, lost, invented) = counts(&r, "statuses");
    assert_eq!((lost, invented), (strings(&["GET /pets/{petId} 404"]), strings(&["GET /pets/{petId} 400"])));
    let (_, _, _, lost, invented) = counts(&r, "security schemes");
    assert_eq!((lost, invented), (strings(&["apiKey query api_key"]), strings(&["http basic"])));
    let (_, _, _, lost, invented) = counts(&r, "servers");
    assert_eq!((lost, invented), (strings(&["https://api.example.com"]), strings(&["https://example.com"])));
    let (_, _, _, lost, invented) = counts(&r, "summaries");
    assert_eq!((lost, invented), (strings(&["GET /pets/{petId}: Get a pet"]), strings(&["GET /pets/{petId}: getPet"])));
    let (_, _, _, lost, invented) = counts(&r, "tags");
    assert_eq!((lost, invented), (strings(&["GET /pets/{petId} pets"]), strings(&["GET /pets/{petId} Pets"])));
    // The lost operation's own parameters and properties are not counted again.
    assert_eq!(counts(&r, "request properties").0, 0);
}

#[test]
fn a_base_path_in_the_server_or_in_the_paths_is_the_same() {
    let original = doc(PETS);
    let imported = doc(&PETS
        .replace("https://api.example.com/v1/", "https://api.example.com")
        .replace("  /pets/{petId}:", "  /v1/pets/{petId}:")
        .replace("  /pets:", "  /v1/pets:"));
    let r = compare::compare(&original, &imported);
    assert_eq!(counts(&r, "operations").2, 2);
    assert_eq!(counts(&r, "servers").2, 1);
    // Another base path: the server is wrong, the operations are still paired by their paths.
    let moved = doc(&PETS.replace("https://api.example.com/v1/", "https://other.example.com/v2"));
    let r = compare::compare(&original, &moved);
    assert_eq!((counts(&r, "operations").2, counts(&r, "servers").2), (2, 0));
    // A full match wins over a bare one.
    let both = doc(&PETS.replace(
        "  /pets:\n    post:",
        "  /v1/pets:\n    post:\n      summary: full\n      responses: {}\n  /pets:\n    post:",
    ));
    let r = compare::compare(&original, &both);
    assert_eq!(counts(&r, "operations").3, Vec::<String>::new());
    assert_eq!(counts(&r, "operations").4, strings(&["POST /v1/pets"]));
}

#[test]
fn a_referenced_content_map_or_media_type_is_followed() {
    let original = doc(r#"
components:
  mediaTypes:
    pet: {application/json: {schema: {type: object, properties: {name: {type: string}}}}}
    one: {schema: {type: object, properties: {id: {type: string}}}}
paths:
  /pets:
    get:
      responses:
        '200': {description: ok, content: {$ref: '#/components/mediaTypes/pet'}}
    post:
      requestBody:
        content:
          application/json: {$ref: '#/components/mediaTypes/one'}
      responses:
        '201': {description: created}
"#);
    let r = compare::compare(&original, &original);
    assert_eq!((counts(&r, "response properties").0, counts(&r, "request properties").0), (1, 1));
}

#[test]
fn recursive_schemas_end() {
    let original = doc(r#"
components:
  schemas:
    Node:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
paths:
  /tree:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
"#);
    let r = compare::compare(&original, &original);
    // name, children; the recursion is cut where Node is already being walked.
    assert_eq!(counts(&r, "response properties").0, 2);
}

#[test]
fn other_versions_are_refused() {
    let err = compare::parse_document("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n").unwrap_err();
    assert!(err.contains("OpenAPI 3.1.0"), "{err}");
}

#[test]
fn the_command_prints_a_table_and_json() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("compare-cli");
    std::fs::create_dir_all(&dir).expect("temp folder");
    let (a, b) = (dir.join("a.yaml"), dir.join("b.json"));
    std::fs::write(&a, format!("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n{PETS}")).expect("write");
    let imported = doc(&PETS.replace("enum: [available, sold]", "enum: [available]"));
    std::fs::write(&b, serde_json::to_string(&imported).expect("json")).expect("write");
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_codegen")).args(args).output().expect("codegen runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let (a, b) = (a.to_str().expect("path"), b.to_str().expect("path"));
    let table = run(&["compare", a, b]);
    assert!(table.contains("enum values                  2         1         1   0.500     1.000"), "{table}");
    assert!(table.contains("enum values lost (1):\n  GET /pets/{petId} response status: \"sold\""), "{table}");
    let json: Value = serde_json::from_str(&run(&["compare", a, b, "--format", "json"])).expect("JSON output");
    let enums = &json["categories"][6];
    assert_eq!((enums["name"].as_str(), enums["recall"].as_f64()), (Some("enum values"), Some(0.5)));
    assert_eq!(report::json(&compare::compare(&doc(PETS), &imported)), run(&["compare", a, b, "--format", "json"]));
}

const FILED: &str = r#"
paths:
  /owners/{id}/pets:
    get:
      tags: [Owners, Pets]
      responses:
        '200': {description: ok}
  /pets:
    get:
      tags: [Pets]
      responses:
        '200': {description: ok}
"#;

#[test]
fn an_operation_under_several_tags_is_filed_under_its_first() {
    let original = doc(FILED);
    let r = compare::compare(&original, &doc(&FILED.replace("[Owners, Pets]", "[Owners]")));
    let (o, i, m, lost, invented) = counts(&r, "tags");
    assert_eq!((o, i, m), (2, 2, 2), "the second tag is on no page: {lost:?}");
    let r = compare::compare(&original, &doc(&FILED.replace("[Owners, Pets]", "[Pets]")));
    let (o, i, m, lost, invented2) = counts(&r, "tags");
    assert_eq!((o, i, m), (2, 2, 1));
    assert_eq!(lost, strings(&["GET /owners/{id}/pets Owners"]));
    assert_eq!(invented2, strings(&["GET /owners/{id}/pets Pets"]));
    assert!(invented.is_empty());
}
