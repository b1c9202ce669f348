//! Small doc sets written for one construct each (never copied from a vendor), with the spec
//! fragment each must produce.

use serde_json::{json, Value};
use std::path::Path;

/// Writes `files` into a fresh temp folder and imports it.
fn import(name: &str, files: &[(&str, &str)]) -> (Value, Vec<slate_import::diag::Diagnostic>) {
    let dir = std::env::temp_dir().join(format!("slate-fixture-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap_or(Path::new("."))).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    let imported = slate_import::import(&dir).expect("import");
    let _ = std::fs::remove_dir_all(&dir);
    (serde_json::to_value(&imported.spec).expect("json"), imported.diagnostics)
}

fn codes(d: &[slate_import::diag::Diagnostic]) -> Vec<&'static str> {
    d.iter().map(|d| d.code).collect()
}

const INDEX: &str = "---\ntitle: Widgets API\nincludes:\n  - widgets\n  # - hidden\n  - missing\n---\n\n# Intro\n\n## Authentication\n\n```shell\ncurl https://api.widgets.test/v1/widgets -H \"X-Api-Token: YOUR_TOKEN\"\n```\n";

const WIDGETS: &str = r#"# Widgets

## List widgets

> The response

```json
{"widgets": [{"id": 1, "name": "a", // trailing comment
}], "meta": {"total_count": 1}}
```

### HTTP Request

`GET https://api.widgets.test/v1/widgets` or
`GET https://api.widgets.test/v1/widgets?page=:page&per=:per`

### Query Parameters

Parameter | Default | Description
--------- | ------- | -----------
page | 1 | Page number

## Update a widget

```shell
curl -X PATCH https://api.widgets.test/v1/widgets/123456 -H "X-Api-Token: YOUR_TOKEN" -d '{"name": "b"}'
```

### HTTP Request

`PATH /widgets/:id`

## Delete a widget

<span class="api api-delete"></span> <code>/widgets/{widget}</code>

| Field | Location | Type | Description |
| --- | --- | --- | --- |
| widget | Path | string | The widget |
| force | Query | boolean | Delete even if used |
"#;

#[test]
fn slate_doc_set_with_every_operation_form() {
    let (spec, diags) = import(
        "slate",
        &[
            ("source/index.html.md", INDEX),
            ("source/includes/_widgets.md", WIDGETS),
            ("source/includes/_hidden.md", "# Hidden\n\n`GET /hidden`\n"),
        ],
    );
    let c = codes(&diags);
    assert!(c.contains(&"missing-include"), "{c:?}");
    // The commented-out include's page is said at its front-matter line, with its operation.
    assert!(
        diags
            .iter()
            .any(|d| d.code == "commented-out" && d.line == 5 && d.message.contains("_hidden.md, with 1 operation(s)")),
        "{diags:#?}"
    );
    assert!(c.contains(&"method-typo"), "{c:?}");
    assert!(c.contains(&"json-defect"), "{c:?}");
    let paths = spec["paths"].as_object().expect("paths");
    assert_eq!(paths.keys().collect::<Vec<_>>(), ["/widgets", "/widgets/{id}", "/widgets/{widget}"]);
    let list = &spec["paths"]["/widgets"]["get"];
    let names: Vec<&str> = list["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["page", "per"]);
    assert_eq!(list["parameters"][0]["schema"], json!({"type": "integer", "default": 1}));
    assert_eq!(list["x-pagination"]["style"], "page");
    assert_eq!(list["x-pagination"]["items"], "widgets");
    assert_eq!(list["x-pagination"]["total_count"], "meta.total_count");
    assert!(list["x-source"].as_str().unwrap().starts_with("source/includes/_widgets.md:"));
    let patch = &spec["paths"]["/widgets/{id}"]["patch"];
    assert_eq!(patch["parameters"][0]["in"], "path");
    assert!(patch["requestBody"]["content"]["application/json"].is_object());
    let delete = &spec["paths"]["/widgets/{widget}"]["delete"];
    assert_eq!(
        delete["parameters"][1],
        json!({"in": "query", "name": "force", "description": "Delete even if used", "schema": {"type": "boolean"}, "style": "form"})
    );
    assert_eq!(spec["servers"][0]["url"], "https://api.widgets.test/v1");
    assert_eq!(
        spec["components"]["securitySchemes"]["apiKey"],
        json!({"type": "apiKey", "in": "header", "name": "X-Api-Token", "description": "As documented at source/index.html.md:14."})
    );
    assert!(spec["components"]["schemas"]["Widget"].is_object(), "{}", spec["components"]);
}

#[test]
fn readme_doc_set_with_curl_only_operations() {
    let readme = "Gadgets API\n===========\n\n* [Gadget](/sections/gadget.md)\n* [Missing](/sections/missing.md)\n\nAuthentication\n--------------\n\n\t$ curl https://gadgets.test/api/v2/gadgets \\\n\t\t-u ACCESS_TOKEN:\n\nPagination\n----------\n\nName | Description\n--:|:--\n**limit** | Defaults to 10, at most 50.\n**starting_after** | A cursor.\n\nLimits\n------\n\nYou may send 100 requests per minute.\n";
    let gadget = "Gadget\n======\n\nRetrieve a gadget\n-----------------\n\n\tcurl https://gadgets.test/api/v2/gadgets/GADGET_TOKEN \\\n\t\t-u ACCESS_TOKEN:\n\n```json\n{\"object\": \"gadget\", \"id\": \"g_1\"}\n```\n\nList all gadgets\n----------------\n\n\tcurl https://gadgets.test/api/v2/gadgets -u ACCESS_TOKEN:\n\n```json\n{\"object\": \"list\", \"has_more\": false, \"data\": [{\"object\": \"gadget\", \"id\": \"g_1\"}]}\n```\n";
    let (spec, diags) = import("readme", &[("README.md", readme), ("sections/gadget.md", gadget)]);
    assert!(codes(&diags).contains(&"missing-page"));
    assert_eq!(spec["paths"].as_object().unwrap().keys().collect::<Vec<_>>(), ["/gadgets/{gadget_token}", "/gadgets"]);
    assert_eq!(spec["servers"][0]["url"], "https://gadgets.test/api/v2");
    assert_eq!(spec["components"]["securitySchemes"]["basicAuth"]["x-token-as"], "username");
    assert_eq!(spec["x-rate-limit"], json!({"requests": 100, "per_seconds": 60}));
    let pagination = &spec["paths"]["/gadgets"]["get"]["x-pagination"];
    assert_eq!(pagination["style"], "cursor");
    assert_eq!(pagination["cursor_param"], "starting_after");
    assert_eq!(pagination["has_more"], "has_more");
    assert_eq!(pagination["default_size"], 10);
}

#[test]
fn declared_line_contradicted_by_examples_is_corrected() {
    let index = "---\ntitle: T\nincludes:\n  - things\n---\n";
    let things = "# Things\n\n## List things\n\n```shell\ncurl https://h.test/api/1/things\n```\n\n`GET /things`\n\n## List parts\n\n```shell\ncurl https://h.test/api/1/parts\n```\n\n`GET /things`\n";
    let (spec, diags) = import("override", &[("index.html.md", index), ("includes/_things.md", things)]);
    assert!(codes(&diags).contains(&"declared-path-overridden"), "{diags:?}");
    assert_eq!(spec["paths"].as_object().unwrap().keys().collect::<Vec<_>>(), ["/things", "/parts"]);
}

#[test]
fn not_a_doc_set_is_an_error_not_a_panic() {
    let dir = std::env::temp_dir().join(format!("slate-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    assert!(slate_import::import(&dir).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A tag's description is the prose under its heading: not the `>` caption, not the sentence
/// announcing the attribute table, not the "Required in bold" convention; the names of a row of
/// logos are kept.
#[test]
fn tag_descriptions_come_from_the_prose_under_the_heading() {
    let gadgets = "# Gadgets\n\n> An example gadget\n\nA gadget is a small tool. It has these attributes:\n\n\
                   Required in **bold**\n\nField | Type\n--- | ---\n**id** | integer\n\n\
                   Works with these shops\n\n<img src=\"a.svg\" alt=\"Shop A\" />\n<img src=\"b.svg\" alt=\"Shop B\" />\n\n\
                   ## List gadgets\n\n```shell\ncurl https://api.gadgets.test/v1/gadgets\n```\n\n\
                   ```json\n[{\"id\": 1}]\n```\n\n# Silent\n\n## Get the silence\n\n\
                   ```shell\ncurl https://api.gadgets.test/v1/silence\n```\n";
    let index = "---\ntitle: Gadgets API\nincludes:\n  - gadgets\n---\n\n# Intro\n\nHello.\n";
    let (spec, _) = import("tags", &[("source/index.html.md", index), ("source/includes/_gadgets.md", gadgets)]);
    assert_eq!(spec["info"]["description"], "Hello.", "the first prose of the index describes the API");
    assert_eq!(
        spec["tags"],
        json!([
            { "name": "Gadgets", "description": "A gadget is a small tool.\n\nWorks with these shops: Shop A, Shop B." },
            { "name": "Silent" }
        ])
    );
}

const GIZMO_INDEX: &str = "---\ntitle: Gizmo API\nincludes:\n  - gizmos\n  - errors\n---\n\n# Introduction\n\n\
    The base URL is `https://api.gizmo.test/v3`.\n\n# Pagination\n\n\
    List endpoints accept `offset` and `limit`; `limit` defaults to 20.\n";

const GIZMOS: &str = r#"# Gizmos

## List all gizmos

```shell
curl "https://api.gizmo.test/v3/gizmos?offset=0&limit=2" -H "Authorization: Bearer TOKEN"
```

```json
{"gizmos": [{"id": "g1", "name": "Sprocket", "tags": ["a"]}], "total": 42, "offset": 0, "limit": 2}
```

### HTTP Request

`GET https://api.gizmo.test/v3/gizmos`

## Delete a gizmo

```shell
curl "https://api.gizmo.test/v3/gizmos/g1" -X DELETE -H "Authorization: Bearer TOKEN"
```

### HTTP Request

`DELETE https://api.gizmo.test/v3/gizmos/<ID>`

### URL Parameters

Parameter | Description
--------- | -----------
ID | The ID of the gizmo to delete

## Get settings

```shell
curl "https://api.gizmo.test/v3/settings/" -H "Authorization: Bearer TOKEN"
```

```json
[{"key": "a"}]
```

### HTTP Request

`GET https://api.gizmo.test/v3/settings/<scope>`

### Query Parameters

Parameter | Description
--------- | -----------
scope | Which settings to read.
"#;

const GIZMO_ERRORS: &str = "# Errors\n\nErrors come back as JSON:\n\n\
    ```json\n{\"error\": {\"code\": \"not_found\", \"message\": \"No such gizmo\"}}\n```\n\n\
    Code | Meaning\n---- | -------\n404 | Not Found\n500 | Server Error\n";

/// Constructs met in docs of other vendors: a list envelope with paging keys beside the list,
/// an error body that wraps an `error` object, a URL parameter table naming a placeholder in
/// another case, and a declared path placeholder that the section's query table names.
#[test]
fn envelopes_error_wrappers_and_placeholders_of_other_vendors() {
    let (spec, diags) = import(
        "gizmo",
        &[
            ("source/index.html.md", GIZMO_INDEX),
            ("source/includes/_gizmos.md", GIZMOS),
            ("source/includes/_errors.md", GIZMO_ERRORS),
        ],
    );
    let schemas = &spec["components"]["schemas"];
    // The list is an envelope: the item schema has only the item's fields.
    let gizmo: Vec<&String> = schemas["Gizmo"]["properties"].as_object().expect("Gizmo").keys().collect();
    assert_eq!(gizmo, ["id", "name", "tags"]);
    let list = &spec["paths"]["/gizmos"]["get"];
    assert_eq!(list["x-pagination"]["style"], "offset");
    assert_eq!(list["x-pagination"]["items"], "gizmos");
    assert_eq!(list["x-pagination"]["total_count"], "total");
    // The error wrapper and the error it wraps are two schemas, not one recursive one.
    assert_eq!(schemas["ErrorEnvelope"]["properties"]["error"]["$ref"], "#/components/schemas/Error");
    assert!(schemas["Error"]["properties"].get("error").is_none(), "{}", schemas["Error"]);
    assert_eq!(list["responses"]["404"]["$ref"], "#/components/responses/NotFound");
    let not_found = &spec["components"]["responses"]["NotFound"];
    assert_eq!(not_found["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorEnvelope");
    // `ID` in the table is the `<ID>` of the path, not also a query parameter.
    let delete = &spec["paths"]["/gizmos/{id}"]["delete"]["parameters"];
    assert_eq!(delete.as_array().map(Vec::len), Some(1), "{delete}");
    assert_eq!(delete[0]["in"], "path");
    // `<scope>`: the examples call `/settings/`, the query table names `scope`.
    let settings = &spec["paths"]["/settings"]["get"]["parameters"];
    assert_eq!(settings[0]["in"], "query", "{settings}");
    assert_eq!(settings[0]["name"], "scope");
    assert!(codes(&diags).contains(&"declared-path-overridden"), "{:?}", codes(&diags));
}

const TOKENS_INDEX: &str = "---\ntitle: Tokens API\nincludes:\n  - charges\n---\n\n# Tokens API\n\n\
    All requests go to `https://api.tokens.test/v1`.\n\n## Pagination\n\n\
    Pass the `next_cursor` of a response as the `cursor` parameter to get the next page.\n";

const TOKEN_CHARGES: &str = r#"# Charges

## List charges

```shell
curl "https://api.tokens.test/v1/charges?cursor=abc" -H "X-Api-Key: sk_test_123"
```

```json
{"results": [{"id": "ch_1", "amount": 1000}], "next_cursor": "ch_1"}
```

## Create a charge

```shell
curl https://api.tokens.test/v1/charges -H "X-Api-Key: sk_test_123" -d amount=1000 -d currency=usd
```

```json
{"id": "ch_3", "amount": 1000}
```

### Arguments

| Name | Type | Required | Description |
|------|------|----------|-------------|
| amount | integer | yes | Amount in cents. |
| currency | string | yes | Three-letter ISO code. |

## Refund a charge

```shell
curl -X POST https://api.tokens.test/v1/charges/ch_1/refund -H "X-Api-Key: sk_test_123"
```

```json
{"id": "ch_1", "amount": 1000}
```
"#;

/// A cursor the server hands out, "Arguments" of a form request, and prefixed ids in paths.
#[test]
fn next_cursors_form_arguments_and_prefixed_ids() {
    let (spec, _) =
        import("tokens", &[("source/index.html.md", TOKENS_INDEX), ("source/includes/_charges.md", TOKEN_CHARGES)]);
    let paging = &spec["paths"]["/charges"]["get"]["x-pagination"];
    assert_eq!(paging["style"], "cursor");
    assert_eq!(paging["cursor_param"], "cursor");
    assert_eq!(paging["next_cursor"], "next_cursor", "{paging}");
    assert!(paging.get("cursor_field").is_none(), "{paging}");
    // The "Arguments" of a form POST are its body, typed by the table, not query parameters.
    let create = &spec["paths"]["/charges"]["post"];
    assert!(create.get("parameters").is_none(), "{create}");
    let form = &create["requestBody"]["content"]["application/x-www-form-urlencoded"];
    assert_eq!(form["example"], json!({"amount": 1000, "currency": "usd"}));
    // `X-Api-Key` names a credential whatever sample value the docs put in it.
    assert_eq!(
        spec["components"]["securitySchemes"]["apiKey"],
        json!({"type": "apiKey", "in": "header", "name": "X-Api-Key", "description": "As documented at source/includes/_charges.md:6."})
    );
    // `ch_1` in the curl URL is an id, not a literal segment.
    assert!(spec["paths"].get("/charges/{charge_id}/refund").is_some(), "{}", spec["paths"]);
}

/// An errors page that names the error body's field only in words.
#[test]
fn an_error_field_named_in_words_types_the_error_responses() {
    let index = "---\ntitle: Words API\nincludes:\n  - errors\n  - things\n---\n\n# Intro\n\nHi.\n";
    let errors = "# Errors\n\nCode | Meaning\n---- | -------\n400 | Bad Request\n404 | Not Found\n\n\
                  When applicable the reason is in the response body as `errorText`. Retry `later`.\n";
    let things = "# Things\n\n## Get things\n\n```shell\ncurl https://api.words.test/v1/things\n```\n\n\
                  ```json\n[{\"id\": 1}]\n```\n";
    let (spec, _) = import(
        "words",
        &[
            ("source/index.html.md", index),
            ("source/includes/_errors.md", errors),
            ("source/includes/_things.md", things),
        ],
    );
    let error = &spec["components"]["schemas"]["Error"];
    assert_eq!(
        error["properties"].as_object().map(|p| p.keys().collect::<Vec<_>>()),
        Some(vec![&"errorText".to_string()])
    );
    // Every operation refers to the shared responses; each carries the error body.
    let responses = &spec["paths"]["/things"]["get"]["responses"];
    assert_eq!(responses["404"]["$ref"], "#/components/responses/NotFound", "{responses}");
    assert_eq!(responses["default"]["$ref"], "#/components/responses/Error", "{responses}");
    let shared = &spec["components"]["responses"];
    for name in ["BadRequest", "NotFound", "Error"] {
        assert_eq!(
            shared[name]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Error",
            "{name}"
        );
    }
}

/// A declared line that left out the base path the examples and the other operations carry
/// (`/cats/<ID>` beside `/api/cats`, called as `/api/cats/2`), and a query parameter whose
/// only type hint is its `true`/`false` default.
#[test]
fn a_declared_path_without_the_shared_prefix_and_boolean_defaults() {
    let index = "---\ntitle: Cats API\n---\n\n# Cats\n\n## Get All Cats\n\n\
                 ```shell\ncurl \"http://cats.test/api/cats\" -H \"Authorization: meow\"\n```\n\n\
                 ```json\n[{\"id\": 1, \"name\": \"Tom\"}]\n```\n\n### HTTP Request\n\n`GET http://cats.test/api/cats`\n\n\
                 ### Query Parameters\n\nParameter | Default | Description\n--------- | ------- | -----------\n\
                 include_dogs | false | Also list dogs.\n\n## Get a Specific Cat\n\n\
                 ```shell\ncurl \"http://cats.test/api/cats/2\" -H \"Authorization: meow\"\n```\n\n\
                 ```json\n{\"id\": 2, \"name\": \"Max\"}\n```\n\n### HTTP Request\n\n`GET http://cats.test/cats/<ID>`\n\n\
                 ### URL Parameters\n\nParameter | Description\n--------- | -----------\nID | The cat's ID\n";
    let (spec, diags) = import("cats", &[("source/index.html.md", index)]);
    let paths: Vec<&String> = spec["paths"].as_object().map(|p| p.keys().collect()).unwrap_or_default();
    assert_eq!(paths, ["/api/cats", "/api/cats/{id}"]);
    assert!(codes(&diags).contains(&"declared-path-overridden"), "{:?}", codes(&diags));
    let include = &spec["paths"]["/api/cats"]["get"]["parameters"][0];
    assert_eq!(include["schema"], json!({"type": "boolean", "default": false}), "{include}");
}

/// README-style pages label their blocks with a short paragraph ending in `:` instead of a
/// heading or a Slate caption: "Parameters:" before the body's table, "Response `201
/// Created`:" before the response (which also names the success status).
#[test]
fn label_paragraphs_place_tables_and_name_the_success_status() {
    let readme = "# Notes API\n\nBase URL: `https://notes.test/api/v2`.\n\n* [Notes](docs/notes.md)\n";
    let notes = "# Notes\n\n## Create a note\n\n`POST /notes`\n\n\
                 ```\ncurl -X POST -H \"Content-Type: application/json\" -d '{\"title\": \"a\"}' https://notes.test/api/v2/notes\n```\n\n\
                 Parameters:\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n\
                 | title | string | yes | Title |\n| pinned | boolean | no | Pin it |\n\n\
                 Response `201 Created`:\n\n```json\n{\"id\": 18, \"title\": \"a\", \"pinned\": false}\n```\n";
    let (spec, _) = import("notes", &[("README.md", readme), ("docs/notes.md", notes)]);
    let create = &spec["paths"]["/notes"]["post"];
    assert!(create["responses"].get("201").is_some() && create["responses"].get("200").is_none(), "{create}");
    assert!(create.get("description").is_none(), "labels are not prose: {create}");
    let body = &spec["components"]["schemas"]["CreateNoteRequest"];
    assert_eq!(body["required"], json!(["title"]), "{body}");
    assert_eq!(body["properties"]["pinned"]["type"], "boolean", "{body}");
}

/// The committed-client bugs of one doc set, each in a small doc: a commented-out section under
/// an update, a request line with spaces in its query, an optional nested object named in
/// words, a tenant placeholder, and a request sample whose JSON body needs guessing.
const PROJECTS_INDEX: &str = "---\ntitle: Projects API\nincludes:\n  - projects\n---\n\n# Intro\n\n\
The base URL is `https://{tenant}.projects.test/api/2`. You must replace `{tenant}` with your company's name.\n";

const PROJECTS: &str = r#"# Projects

## Create a project

```shell
curl -X POST "https://acme.projects.test/api/2/projects" -H "Content-Type: application/json" \
  -d '{"name":"Roof","city":Stockholm","budget":12}'
```

### HTTP Request

`POST https://acme.projects.test/api/2/projects`

### POST Parameters

Parameter | Type | Required? | Description
--------- | ---- | --------- | -----------
name | String | Yes | Name of the project
city | String | No | City
budget | Number | No | Budget
siteDetails | Object | No | Details of the site. See below for details

**Site details for building projects**

Parameter | Type | Required? | Description
--------- | ---- | --------- | -----------
siteKind | Number | Yes | Kind of site
siteNotes | String | No | Notes

## Update a project

This endpoint updates a project.

### HTTP Request

`PUT https://acme.projects.test/api/2/projects/?_id=5fb3&name=New roof&city=Oslo`

### PUT Parameters

Parameter | Type | Required? | Description
--------- | ---- | --------- | -----------
_id | String | Yes | Id of the project

<!---
## Delete a project

```shell
curl -X DELETE "https://acme.projects.test/api/2/projects/"
```

### HTTP Request

`DELETE https://acme.projects.test/api/2/projects/`
-->

## Archive a project

### HTTP Request

`POST /projects/{id} /archive`
"#;

#[test]
fn what_the_docs_hide_or_garble_never_becomes_a_wrong_request() {
    let (spec, diags) =
        import("projects", &[("source/index.html.md", PROJECTS_INDEX), ("source/includes/_projects.md", PROJECTS)]);
    let projects = &spec["paths"]["/projects"];
    // Nothing of the comment is published: no DELETE, and the update keeps its own method.
    assert!(projects.get("delete").is_none(), "{projects:#}");
    assert_eq!(projects["put"]["operationId"], "update_project", "{projects:#}");
    assert_eq!(projects["put"]["summary"], "Update a project", "{projects:#}");
    assert!(diags.iter().any(|d| d.code == "commented-out" && d.line == 44), "{:?}", codes(&diags));
    // The request line with spaces in its query is read, its values as typed.
    let query: Vec<(&str, &str)> = projects["put"]["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .map(|p| (p["name"].as_str().unwrap_or(""), p["example"].as_str().unwrap_or("")))
        .collect();
    assert!(query.contains(&("name", "New roof")), "{query:?}");
    // A request line that cannot be read is a warning, not silence.
    let unparsed: Vec<_> = diags.iter().filter(|d| d.code == "unparsed-request-line").collect();
    assert_eq!(unparsed.len(), 1, "{:?}", codes(&diags));
    assert_eq!(unparsed[0].line, 60);
    assert_eq!(spec["paths"].as_object().map(|p| p.len()), Some(1), "{:#}", spec["paths"]);

    // The nested table named in words belongs to `siteDetails`: its required field is required
    // there, not in every request.
    let create = &spec["components"]["schemas"]["CreateProjectRequest"];
    assert_eq!(create["required"], json!(["name"]), "{create:#}");
    let site_ref = create["properties"]["siteDetails"]["$ref"].as_str().expect("a component").rsplit('/').next();
    let site = &spec["components"]["schemas"][site_ref.unwrap_or("")];
    assert_eq!(site["required"], json!(["siteKind"]), "{site:#}");
    assert!(site["properties"].get("siteNotes").is_some());

    // The sample body's repair had to guess (`city: Stockholm"`): reported, not published.
    let body = &projects["post"]["requestBody"]["content"]["application/json"];
    assert!(body.get("example").is_none() && body.get("examples").is_none(), "{body:#}");
    assert!(create.get("example").is_none(), "{create:#}");
    assert!(
        diags.iter().any(|d| d.code == "json-defect" && d.message.contains("request sample") && d.line == 6),
        "{:?}",
        diags.iter().map(|d| (d.code, d.line, &d.message)).collect::<Vec<_>>()
    );

    // The tenant the docs say to replace has no default: the user must give it.
    let variable = &spec["servers"][0]["variables"]["tenant"];
    assert_eq!(spec["servers"][0]["url"], "https://{tenant}.projects.test/api/2");
    assert_eq!(variable["default"], "", "{variable:#}");
    assert!(variable["description"].as_str().is_some_and(|d| d.contains("`acme`")), "{variable:#}");
}

/// A folder of two APIs, as Slate sites with several entry pages publish them.
const V2_INDEX: &str = "---\ntitle: Gadgets API v2\nincludes:\n  - gadgets\n---\n\n# Intro\n\nThe base URL is `https://api.gadgets.test/v2`.\n";
const V1_INDEX: &str = "---\ntitle: Gadgets API v1\nincludes:\n  - v1/gadgets\n---\n\n# Intro\n\nThe base URL is `https://api.gadgets.test/v1`.\n";
const V2_GADGETS: &str =
    "# Gadgets\n\n## List gadgets\n\n### HTTP Request\n\n`GET https://api.gadgets.test/v2/gadgets`\n";
const V1_GADGETS: &str =
    "# Gadgets\n\n## List gadgets\n\n### HTTP Request\n\n`GET https://api.gadgets.test/v1/old-gadgets`\n";

#[test]
fn entry_pages_as_published_index_md_a_named_page_and_other_apis_left_apart() {
    let files = [
        ("source/index.html.md", V2_INDEX),
        ("source/v1.html.md", V1_INDEX),
        ("source/includes/_gadgets.md", V2_GADGETS),
        ("source/includes/v1/_gadgets.md", V1_GADGETS),
    ];
    // The folder: its index, not the other API beside it (an info says how to import that).
    let (spec, diags) = import("entries-folder", &files);
    assert_eq!(spec["paths"].as_object().map(|p| p.keys().cloned().collect::<Vec<_>>()), Some(vec!["/gadgets".into()]));
    let other: Vec<_> = diags.iter().filter(|d| d.code == "other-entry-page").collect();
    assert_eq!(other.len(), 1, "{:?}", codes(&diags));
    assert_eq!(other[0].file, "source/v1.html.md");

    // A page file as the argument imports that entry with its includes.
    let dir = std::env::temp_dir().join(format!("slate-fixture-entries-file-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().unwrap_or(Path::new("."))).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    let imported = slate_import::import(&dir.join("source/v1.html.md")).expect("an entry page imports");
    let _ = std::fs::remove_dir_all(&dir);
    let spec = serde_json::to_value(&imported.spec).expect("json");
    assert_eq!(spec["info"]["title"], "Gadgets API v1");
    assert!(spec["paths"].get("/old-gadgets").is_some(), "{:#}", spec["paths"]);
    assert_eq!(spec["paths"]["/old-gadgets"]["get"]["x-source"], "source/includes/v1/_gadgets.md:7");

    // An entry named `index.md` (not `index.html.md`) with includes is Slate, not a README.
    let (spec, _) =
        import("entries-index-md", &[("source/index.md", V2_INDEX), ("source/includes/_gadgets.md", V2_GADGETS)]);
    assert!(spec["paths"].get("/gadgets").is_some(), "{spec:#}");
}

/// Request lines in the forms other vendors write them, one page each.
const FORMS_README: &str =
    "# Gizmo API\n\nAll URLs start with `https://api.gizmo.test/999999999/`: the path starts with your account ID.\n\n\
- [Gizmos](gizmos.md)\n- [Orders](orders.md)\n- [Tickets](tickets.md)\n";

const FORMS_GIZMOS: &str = r#"# Gizmos

## Get gizmos

* `GET /gizmos.json` will return a list of gizmos.

```shell
curl -H "Authorization: Bearer $TOKEN" https://api.gizmo.test/$ACCOUNT_ID/gizmos.json
```

## Get a gizmo

* `GET /buckets/1/gizmos/2.json` will return the gizmo with an ID of `2`.

## New gizmo

```
POST /gizmos.json
```

## Gizmo parts

    GET gizmos/:id/parts

<div class="api-endpoint">
	<i class="label label-delete">DELETE</i>
	<h6>/gizmos/&lt;id&gt;/parts/&lt;part_id&gt;</h6>
</div>
"#;

const FORMS_ORDERS: &str = r#"# Retrieve an order

**URL** : `/orders/<id>`

**Method** : `GET`

**Auth required** : YES
"#;

const FORMS_TICKETS: &str = r#"# Tickets

## Redeem a ticket

Resource information | Value
-------------------- | -----
HTTP Method | POST
Batch Support | Yes

### Request URL

`https://api.gizmo.test/{account}/tickets/redeem`

## Changelog

* `GET /legacy/tickets` was removed.
"#;

#[test]
fn request_lines_in_every_form_vendors_write_them() {
    let (spec, diags) = import(
        "forms",
        &[
            ("README.md", FORMS_README),
            ("gizmos.md", FORMS_GIZMOS),
            ("orders.md", FORMS_ORDERS),
            ("tickets.md", FORMS_TICKETS),
        ],
    );
    let mut ops: Vec<String> = spec["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(path, item)| {
            item.as_object().into_iter().flatten().map(move |(m, _)| format!("{} {path}", m.to_uppercase()))
        })
        .collect();
    ops.sort();
    assert_eq!(
        ops,
        [
            "DELETE /gizmos/{id}/parts/{part_id}",
            "GET /buckets/{bucket_id}/gizmos/{gizmo_id}.json",
            "GET /gizmos.json",
            "GET /gizmos/{id}/parts",
            "GET /orders/{id}",
            "POST /gizmos.json",
            "POST /tickets/redeem",
        ],
        "{:?}",
        codes(&diags)
    );
    // The account id every sample carries at the root is the server's, as a variable.
    assert_eq!(spec["servers"][0]["url"], "https://api.gizmo.test/{account_id}", "{:#}", spec["servers"]);
}

const CALLBACKS_README: &str = "# Widget API\n\n- [Widgets](widgets.md)\n- [Auth](auth.md)\n";
const CALLBACKS_WIDGETS: &str = r#"# Widgets

## Create a widget

```raw
POST https://api.widget.test/v1/widgets
Content-Type: application/json

{"name": "a"}
```

### HTTP Request

`https://api.widget.test/v1/widgets`

## Widget callback

> Example request Widget sends to your callback_url:

```shell
curl https://www.example.com/callback -d id="w1"
```

### HTTP Request

`POST {CALLBACK_URL}`

## Bulk delete

`DELETE /v1/widgets/{widget_ids}` deletes several widgets at once.

## Delete a widget

`DELETE /v1/widgets/{widget_id}` deletes one.
"#;
const CALLBACKS_AUTH: &str = r#"# Auth

## Get a token

```raw
POST https://api.widget.test/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials
```

## OAuth 1

`POST /v1/oauth/request_token`
"#;

#[test]
fn samples_callbacks_token_requests_and_placeholder_names() {
    let (spec, diags) = import(
        "callbacks",
        &[("README.md", CALLBACKS_README), ("widgets.md", CALLBACKS_WIDGETS), ("auth.md", CALLBACKS_AUTH)],
    );
    let paths: Vec<String> = spec["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(p, item)| {
            item.as_object().into_iter().flatten().map(move |(m, _)| format!("{} {p}", m.to_uppercase()))
        })
        .collect();
    // The URL without a method takes its sample's (raw HTTP) method; the callback, its sample,
    // the token request and the OAuth endpoint are no operations; the bulk path that differs
    // only by its placeholder's name is the same path.
    assert_eq!(paths, ["POST /widgets", "DELETE /widgets/{widget_ids}"], "{:?}", codes(&diags));
    let not_ops = diags.iter().filter(|d| d.code == "not-an-operation").count();
    assert_eq!(not_ops, 4, "{:#?}", diags.iter().filter(|d| d.code == "not-an-operation").collect::<Vec<_>>());
    assert!(diags.iter().any(|d| d.code == "duplicate-operation"), "{:?}", codes(&diags));
}

#[test]
fn docs_that_only_name_their_endpoints_in_prose() {
    let page = "# Accounts API\n\nWe have implemented the `GET /party` and `GET /accounts/{id}/party` endpoints.\n\n\
                Use `GET /party` to read the consent authoriser.\n";
    let (spec, diags) = import("prose-only", &[("README.md", page)]);
    let paths: Vec<&String> = spec["paths"].as_object().expect("paths").keys().collect();
    assert_eq!(paths, ["/party", "/accounts/{id}/party"]);
    assert_eq!(diags.iter().filter(|d| d.code == "operation-from-prose").count(), 2);
    // Docs that declare their operations do not take prose mentions as more of them.
    let declared = "# API\n\n## Get party\n\n`GET /party`\n\nSee also `GET /elsewhere`.\n";
    let (spec, _) = import("prose-declared", &[("README.md", declared)]);
    assert_eq!(spec["paths"].as_object().map(|p| p.len()), Some(1));
}

/// Servers as docs state them, among URLs that are not servers.
const SERVERS_README: &str = r#"# Shop API

The API runs on your store: requests go to `https://example.com/wp-json/shop/v1`.

## Environments

* The following base endpoints are available:
  * **https://api.shop.test**
  * **https://api1.shop.test**

Questions? See [our forum](https://forum.othersite.test/shop) or install the SDK from https://sdk.othersite.test.

- [Orders](orders.md)
"#;

const SERVERS_ORDERS: &str = r#"# Orders

## List orders

```shell
curl https://api.shop.test/orders
```

```json
{"orders": [{"id": 1, "receipt_url": "https://cdn.othersite.test/receipts/1"}]}
```

### HTTP Request

`GET /orders`
"#;

#[test]
fn servers_are_what_the_docs_state_on_the_site_the_operations_call() {
    let (spec, _) = import("servers", &[("README.md", SERVERS_README), ("orders.md", SERVERS_ORDERS)]);
    let urls: Vec<&str> =
        spec["servers"].as_array().expect("servers").iter().filter_map(|s| s["url"].as_str()).collect();
    // Both listed endpoints (nested list items are lines of their own), on the operations' site;
    // not a URL of another site (the forum link, the SDK site, the URL in a JSON example, the
    // example.com sentence the operations do not call).
    assert_eq!(urls, ["https://api.shop.test", "https://api1.shop.test"], "{:#}", spec["servers"]);

    // Operations on a host reserved for examples run on the user's own host: a variable with
    // no default, so a client never calls example.com.
    let page = "# Store API

## List orders

```shell
curl -u key:secret https://example.com/wp-json/shop/v1/orders
```

                ### HTTP Request

`GET /wp-json/shop/v1/orders`
";
    let (spec, _) = import("servers-reserved", &[("README.md", page)]);
    assert_eq!(spec["servers"][0]["url"], "https://{host}", "{:#}", spec["servers"]);
    assert_eq!(spec["servers"][0]["variables"]["host"]["default"], "");
}

/// Credentials as other vendors document them.
const AUTH_README: &str = r#"# Pay API

## Authentication

Pay uses OAuth 2.0. Send the user to `https://pay.test/oauth/authorize?client_id=ID`, then exchange the code at
`https://api.pay.test/oauth/token` (`grant_type=authorization_code`). Server-side apps may use `grant_type=client_credentials`
at the same token URL. Every request sends `Authorization: Bearer {access_token}`.

## Signed requests

Trading requests carry a `signature`: an HMAC SHA256 of the query string, keyed with your secret.

- [Orders](orders.md)
"#;

const AUTH_ORDERS: &str = r#"# Orders

## List orders

```shell
curl "https://api.pay.test/v1/orders?timestamp=1&signature=abc" -H "Authorization: Bearer TOKEN"
```

### HTTP Request

`GET https://api.pay.test/v1/orders`

## List refunds

```shell
curl "https://api.pay.test/v1/refunds?api_key=YOUR_API_KEY"
```

### HTTP Request

`GET https://api.pay.test/v1/refunds`
"#;

#[test]
fn oauth2_flows_alternatives_and_request_signing() {
    let (spec, _) = import("auth", &[("README.md", AUTH_README), ("orders.md", AUTH_ORDERS)]);
    let schemes = &spec["components"]["securitySchemes"];
    let flows = &schemes["oauth2"]["flows"];
    assert_eq!(schemes["oauth2"]["type"], "oauth2", "{schemes:#}");
    assert_eq!(flows["authorizationCode"]["authorizationUrl"], "https://pay.test/oauth/authorize");
    assert_eq!(flows["authorizationCode"]["tokenUrl"], "https://api.pay.test/oauth/token");
    assert_eq!(flows["clientCredentials"]["tokenUrl"], "https://api.pay.test/oauth/token");
    // The query key another sample sends is an alternative requirement, named after itself.
    assert_eq!(schemes["api_key"]["in"], "query", "{schemes:#}");
    assert_eq!(spec["security"], json!([{"oauth2": []}, {"api_key": []}]));
    let signing = &spec["x-request-signing"];
    assert_eq!(signing["algorithm"], "HMAC-SHA256", "{signing:#}");
    assert_eq!(signing["placement"], "query parameter `signature`");
}

#[test]
fn parameters_documented_as_bullet_lists() {
    let page = "# Todo API\n\n## Get todos\n\n* `GET /todolists/3/todos.json` will return the to-dos.\n\n_Optional query parameters_:\n\n\
                * `status` - when set to `archived`, returns archived to-dos.\n* `completed` - when `true`, only completed ones.\n\n\
                ## Get photos\n\n    GET photos\n\n### Parameters\n\n- **feature** _(required)_ — The photo stream.\n- **page** — The page.\n\n\
                ## Get clients\n\n`GET /clients`\n\nTo filter clients you can add the additional param to the request url:\n\n* active: `true` or `false`.\n\n\
                ## Get videos\n\n**URL** : `/videos`\n\n**URL Parameters** :\n  - Pass the `search` parameter to search by title.\n\n**Method** : `GET`\n";
    let (spec, _) = import("bullet-params", &[("README.md", page)]);
    let query = |path: &str| -> Vec<(String, bool)> {
        spec["paths"][path]["get"]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .map(|p| (p["name"].as_str().unwrap_or("").to_owned(), p["required"].as_bool().unwrap_or(false)))
            .collect()
    };
    assert_eq!(query("/todolists/{todolist_id}/todos.json"), [("status".into(), false), ("completed".into(), false)]);
    assert_eq!(query("/photos"), [("feature".into(), true), ("page".into(), false)]);
    assert_eq!(query("/clients"), [("active".into(), false)]);
    assert_eq!(query("/videos"), [("search".into(), false)], "a sentence naming one parameter in code");
}

#[test]
fn paging_by_link_header_by_range_and_by_a_next_url_in_the_body() {
    let x_pagination = |readme: &str, list: &str| -> Value {
        let (spec, _) = import("paging-styles", &[("README.md", readme), ("things.md", list)]);
        spec["paths"]["/things"]["get"]["x-pagination"].clone()
    };
    let list = "# Things\n\n## List things\n\n`GET https://api.things.test/things`\n\n```json\n[{\"id\": 1}]\n```\n";
    let link = "# Things API\n\n## Pagination\n\nLists are paged: follow the `Link` header's `rel=\"next\"` URL. \
                The total is in `X-Total-Count`.\n\n- [Things](things.md)\n";
    let p = x_pagination(link, list);
    assert_eq!((p["style"].as_str(), p["total_header"].as_str()), (Some("link"), Some("X-Total-Count")), "{p:#}");
    let range = "# Things API\n\n## Pagination\n\nSend `Range: items=0-49`; lists answer `206` with a `Content-Range` \
                 header and a `Next-Range` header while more remain.\n\n- [Things](things.md)\n";
    let p = x_pagination(range, list);
    assert_eq!(p["style"], "range", "{p:#}");
    assert_eq!((p["range_unit"].as_str(), p["next_range_header"].as_str()), (Some("items"), Some("Next-Range")));
    let hal = "# Things\n\n## List things\n\n`GET https://api.things.test/things?limit=2`\n\n```json\n\
               {\"_links\": {\"next\": {\"href\": \"https://api.things.test/things?limit=2&offset=2\"}}, \"_embedded\": {\"things\": [{\"id\": 1}]}, \"total\": 3}\n```\n";
    let p = x_pagination("# Things API\n\n- [Things](things.md)\n", hal);
    assert_eq!(p["style"], "next_url", "{p:#}");
    assert_eq!((p["next_url"].as_str(), p["items"].as_str()), (Some("_links.next.href"), Some("_embedded.things")));
}

#[test]
fn a_success_response_heading_under_an_operation_is_that_operations() {
    let op = "# Get videos\n\n**URL** : `/videos`\n\n**Method** : `GET`\n\n## Success Response\n\n```json\n[{\"id\": \"v1\", \"title\": \"A\"}]\n```\n";
    let index = "# Video API\n\n## Success Response\n\nEvery answer is JSON.\n\n```json\n{\"status\": \"ok\"}\n```\n\n- [Get videos](videos/get.md)\n";
    let (spec, _) = import("success-heading", &[("README.md", index), ("videos/get.md", op)]);
    let ok = &spec["paths"]["/videos"]["get"]["responses"]["200"]["content"]["application/json"];
    assert_eq!(ok["example"], json!([{"id": "v1", "title": "A"}]), "{ok:#}");
}
