//! Each lint class of `doc_lint`, in a small doc set: the diagnostic is at the right file and
//! line, names the other place (file:line), and says what to do.

mod common;

use common::Docs;
use slate_import::diag::Diagnostic;

const PAGE: &str = "source/index.html.md";

fn lint(name: &str, body: &str) -> Vec<Diagnostic> {
    let text =
        format!("---\ntitle: Shop API\n---\n\n# Introduction\n\nThe base URL is `https://api.shop.test/v1`.\n\n{body}");
    let docs = Docs::new(name, &[(PAGE, &text)]);
    let imported = docs.import();
    assert!(imported.operation_count > 0, "the fixture declares operations");
    imported.diagnostics
}

/// The one diagnostic of `code` whose message has `needle`; asserts its line, that it names
/// `other` (`file:line`) and has a help line.
fn found<'a>(diags: &'a [Diagnostic], code: &str, needle: &str, line: usize, other: Option<usize>) -> &'a Diagnostic {
    let hits: Vec<&Diagnostic> = diags.iter().filter(|d| d.code == code && d.message.contains(needle)).collect();
    assert_eq!(hits.len(), 1, "one `{code}` about {needle}: {diags:#?}");
    let d = hits[0];
    assert_eq!((d.file.as_str(), d.line), (PAGE, line), "{d:#?}");
    if let Some(o) = other {
        assert!(d.message.contains(&format!("{PAGE}:{o}")), "names the other place {o}: {d:#?}");
    }
    assert!(d.help.as_deref().is_some_and(|h| !h.is_empty()), "a help line: {d:#?}");
    d
}

// Lines are those of the page: the preamble above `body` is 8 lines, so body line n is page line n + 8.
const FIELDS: &str = r#"# Customers

## Create a customer

> Example request body

```json
{"name": "Ada", "phone": "+1 555", "email": "ada@shop.test"}
```

```shell
curl -X POST https://api.shop.test/v1/customers \
  -H "Content-Type: application/json" \
  -d '{"name": "Ada", "emial": "ada@shop.test"}'
```

`POST https://api.shop.test/v1/customers`

### Body Parameters

| Parameter | Type | Required | Description |
|---|---|---|---|
| name | string | yes | The name |
| email | string | yes | The e-mail address |
| note | string | no | A note |
"#;

#[test]
fn a_request_table_against_its_examples_and_curl_bodies() {
    let diags = lint("lint-fields", FIELDS);
    found(&diags, "example-field-unlisted", "`phone`", 16, Some(31));
    found(&diags, "curl-body-mismatch", "`emial`", 20, Some(31));
    found(&diags, "required-field-missing", "`email`", 20, Some(32));
    let unexampled = found(&diags, "table-field-unexampled", "`note`", 33, None);
    assert_eq!(unexampled.severity, slate_import::diag::Severity::Info);
    // Every field the table lists and the bodies send is not reported.
    assert!(!diags.iter().any(|d| d.message.contains("`name`")), "{diags:#?}");
}

const PROSE: &str = r#"# Customers

## List all customers

This endpoint returns an array of customers.

```json
{"id": "c1", "name": "Ada", "created_at": "2024-01-01"}
```

`GET https://api.shop.test/v1/customers`

## Get Customer

```json
{"id": "c1", "name": "Ada", "createdAt": "2024-01-01"}
```

`DELETE https://api.shop.test/v1/customers/:customer_id`

# Invoices

## Get Customer

`GET https://api.shop.test/v1/invoices/:id`

## List invoices of a customer

`GET https://api.shop.test/v1/customers/:customer/invoices`
"#;

#[test]
fn prose_and_headings_against_the_requests_they_describe() {
    let diags = lint("lint-prose", PROSE);
    found(&diags, "returns-shape-mismatch", "returns an array", 13, Some(16));
    found(&diags, "naming-inconsistent", "`createdAt`", 24, Some(16));
    // A heading whose verb is not its request's method.
    found(&diags, "heading-mismatch", "says `get`", 21, Some(27));
    // The same heading over another resource's request.
    found(&diags, "heading-mismatch", "names `customer`", 31, Some(27));
    found(&diags, "path-param-drift", "`{customer}`", 37, Some(27));
}

const COPIED: &str = r#"# Customers

## Retrieve a customer

Retrieves the details of an existing customer from its unique identifier.

`GET https://api.shop.test/v1/customers/:id`

# Invoices

## Retrieve an invoice

Retrieves the details of an existing customer from its unique identifier.

`GET https://api.shop.test/v1/invoices/:id`
"#;

#[test]
fn a_description_copied_from_another_resource() {
    let diags = lint("lint-copied", COPIED);
    found(&diags, "copied-description", "names `customer`", 23, Some(15));
}

const SAMPLES: &str = r#"# Customers

## List all customers

```json
{"data": [{"id": "c1"}, {"id": "c2"}, {"id": "c3"}], "meta": {"total_pages": 2, "current_page": 1, "per_page": 2, "total_count": 9}}
```

```shell
curl https://api.shop.test/v1/customers \
  -H "Authorization: Bearer KEY" \
```

```javascript
fetch("https://api.shop.test/v1/customers", { headers: { Authorization: "Bearer KEY" } );
```

`GET https://api.shop.test/v1/customers`

## Delete a customer

```shell
curl -X POST https://api.shop.test/v1/customers/c1
```

`DELETE https://api.shop.test/v1/customers/:id`

## Get a customer

```curl
curl -i -X GET
https://api.shop.test/v1/customers/c1
```

`GET https://api.shop.test/v1/customers/:id`
"#;

#[test]
fn samples_that_do_not_run_and_counters_that_do_not_add_up() {
    let diags = lint("lint-samples", SAMPLES);
    let meta = found(&diags, "paging-meta-mismatch", "5 page(s)", 14, None);
    assert!(meta.message.contains("`total_pages` 2"), "{meta:#?}");
    found(&diags, "sample-unparsable", "ends in a backslash", 19, None);
    found(&diags, "sample-unparsable", "`)` closes the `{`", 23, None);
    found(&diags, "curl-method-mismatch", "`-X POST`", 31, Some(34));
    // A curl command whose line ends before its URL: said, and not read as a sample of no path.
    found(&diags, "sample-unparsable", "names no URL", 39, None);
    assert!(!diags.iter().any(|d| d.code == "path-mismatch"), "{diags:#?}");
}

const TYPES: &str = r#"# Invoices

## Retrieve an invoice

```json
{
  "id": "i1",
  "items": [
    {"item_id": "100100", "amount": 5},
    {"item_id": 101, "amount": 2.5}
  ]
}
```

`GET https://api.shop.test/v1/invoices/:id`

## List all invoices

```json
[{"id": "i1", "items": [{"item_id": "100100"}, {"item_id": 101}, {"item_id": 102}]}]
```

`GET https://api.shop.test/v1/invoices`
"#;

#[test]
fn examples_that_type_one_field_twice_are_reported_once_at_the_value() {
    let diags = lint("lint-types", TYPES);
    // At the line of the number, naming the line of the string; an integer beside a decimal
    // (`amount`) is no conflict.
    let d = found(&diags, "schema-type-conflict", "a string at source/index.html.md:17", 18, Some(17));
    assert!(d.message.contains("`items.item_id` is a number here"), "{d:#?}");
    // One per example block, at its line, however many values differ in it.
    let in_list: Vec<_> = diags.iter().filter(|d| d.code == "schema-type-conflict" && d.line == 28).collect();
    assert_eq!(in_list.len(), 1, "{diags:#?}");
    assert!(in_list[0].message.contains(&format!("{PAGE}:28")), "{in_list:#?}");
    assert_eq!(diags.iter().filter(|d| d.code == "schema-type-conflict").count(), 2, "{diags:#?}");
    assert!(!diags.iter().any(|d| d.message.contains("`amount`")), "{diags:#?}");
}

#[test]
fn a_commented_out_include_is_said_at_its_front_matter_line() {
    let index = "---\ntitle: Shop API\nincludes:\n  - customers\n  # - orders\n  # - notes\nsearch: true\n---\n\n# Introduction\n\nThe base URL is `https://api.shop.test/v1`.\n";
    let customers = "# Customers\n\n## List all customers\n\n`GET https://api.shop.test/v1/customers`\n";
    let orders = "# Orders\n\n## List all orders\n\n`GET https://api.shop.test/v1/orders`\n\n## Get an order\n\n`GET https://api.shop.test/v1/orders/:id`\n";
    let notes = "# Notes\n\nSome words, no operation.\n";
    let docs = Docs::new(
        "lint-commented-include",
        &[
            (PAGE, index),
            ("source/includes/_customers.md", customers),
            ("source/includes/_orders.md", orders),
            ("source/includes/_notes.md", notes),
        ],
    );
    let imported = docs.import();
    let diags = imported.diagnostics;
    let orders = found(&diags, "commented-out", "`orders`", 5, None);
    assert_eq!(orders.severity, slate_import::diag::Severity::Warning, "{orders:#?}");
    assert!(orders.message.contains("source/includes/_orders.md, with 2 operation(s)"), "{orders:#?}");
    let notes = found(&diags, "commented-out", "`notes`", 6, None);
    assert_eq!(notes.severity, slate_import::diag::Severity::Info, "{notes:#?}");
    // Said once, at the include, not again as a page no include names.
    assert!(!diags.iter().any(|d| d.code == "unpublished-page"), "{diags:#?}");
    assert_eq!(imported.operation_count, 1, "the commented-out operations are not imported");
}

const HOSTS: &str = r#"# Customers

## List all customers

```shell
curl https://shop.test/v1/customers
```

`GET /customers`

## Get a customer

```shell
curl https://shop.test/v1/customers/c1
```

`GET /customers/:id`

## Delete a customer

```shell
curl -X DELETE https://api.shop.test/v1/customers/c1
```

`DELETE /customers/:id`
"#;

#[test]
fn samples_on_another_host_than_the_stated_server_are_named_each() {
    let diags = lint("lint-hosts", HOSTS);
    let d = found(&diags, "server-mismatch", "`https://shop.test`", 14, Some(5));
    assert!(d.message.starts_with("2 sample(s)"), "{d:#?}");
    assert!(d.message.contains(&format!("{PAGE}:14 (`GET /customers`)")), "{d:#?}");
    assert!(d.message.contains(&format!("{PAGE}:22 (`GET /customers/{{id}}`)")), "{d:#?}");
    assert!(!d.message.contains(&format!("{PAGE}:30")), "the sample on the stated host is not named: {d:#?}");
}

const QUERIES: &str = r#"# Customers

## List all customers

```shell
curl "https://api.shop.test/v1/customers?limit=10&page=1"
```

```javascript
fetch("https://api.shop.test/v1/customers?limit=100&page=1");
```

```ruby
uri = URI("https://api.shop.test/v1/customers?limit=10&page=#{page}")
```

```python
requests.get("https://api.shop.test/v1/customers?limit=10&page1")
```

`GET https://api.shop.test/v1/customers`
"#;

#[test]
fn another_languages_sample_sending_another_query_than_the_curl() {
    let diags = lint("lint-queries", QUERIES);
    found(&diags, "sample-query-mismatch", "sends `limit=100` where the curl sample sends `limit=10`", 18, Some(14));
    let typo = found(&diags, "sample-query-mismatch", "python", 26, Some(14));
    assert!(typo.message.contains("`page1`") && typo.message.contains("leaves out `page`"), "{typo:#?}");
    // A placeholder (`#{page}`) stands for any value.
    assert_eq!(diags.iter().filter(|d| d.code == "sample-query-mismatch").count(), 2, "{diags:#?}");
}

const ID_MAP: &str = r#"# Orders

## Book an order's items

```json
{
  "ids": {
    "23b6445d-c846-404b-8628-acb9023d8e5c": 2,
    "cdda5942-19d1-4bc8-ac1b-0324a14ba6d5": ["a098b498-6f9f-4552-9a24-ec4614260e2e"]
  }
}
```

`POST https://api.shop.test/v1/orders/:id/book`
"#;

#[test]
fn the_values_of_a_map_keyed_by_ids_are_one_fields() {
    let diags = lint("lint-id-map", ID_MAP);
    found(&diags, "schema-type-conflict", "`ids.<id>` is an array here, but a number", 17, Some(16));
}

#[test]
fn a_sample_passing_its_parameters_apart_is_not_compared() {
    let body = "# Orders\n\n## Create an order\n\n```shell\ncurl -X POST \"https://api.shop.test/v1/orders?symbol=AB&side=SELL\"\n```\n\n```python\nparams = {'symbol': 'AB', 'side': 'SELL'}\nrequests.post('https://api.shop.test/v1/orders', data=params)\n```\n\n`POST https://api.shop.test/v1/orders`\n";
    let diags = lint("lint-queries-apart", body);
    assert!(!diags.iter().any(|d| d.code == "sample-query-mismatch"), "{diags:#?}");
}

#[test]
fn a_lone_sample_url_on_another_host_is_named_and_plain_http_of_the_server_is_not() {
    let body = "# Customers\n\n## Get a customer\n\n### Sample request\n\n```\nhttps://shop.test/v1/customers/c1\n```\n\n`GET /customers/:id`\n\n## List all customers\n\n```shell\ncurl http://API.shop.test/v1/customers\n```\n\n`GET /customers`\n";
    let diags = lint("lint-lone-url-host", body);
    let d = found(&diags, "server-mismatch", "`https://shop.test`", 16, Some(5));
    assert!(d.message.contains(&format!("{PAGE}:16 (`GET /customers/{{id}}`)")), "{d:#?}");
    assert_eq!(diags.iter().filter(|d| d.code == "server-mismatch").count(), 1, "{diags:#?}");
}

#[test]
fn a_lone_sample_url_that_the_server_and_path_do_not_give_names_its_operation() {
    let body = "# Customers\n\n## Get a customer\n\n### Sample request\n\n```\nhttp://api.shop.test/v1/customers/c1/profile\n```\n\n`GET /customers/:id`\n";
    let diags = lint("lint-lone-url-path", body);
    let d = found(&diags, "sample-url-mismatch", "`GET /customers/{id}`", 16, None);
    assert!(
        d.message.contains("`https://api.shop.test/v1/customers/c1/profile`"),
        "plain HTTP read as the server: {d:#?}"
    );
}

const BODIES: &str = r#"# Users

## Create a user

```shell
curl -X POST "https://api.shop.test/v1/users" \
  -H "Content-Type: application/json" \
  -d '{"name": "Anna", "userRolesId": 1}'
```

```javascript
let jsonData = {
  name: 'Anna',
  userRoleId: 1,
};
request.post({ url: 'https://api.shop.test/v1/users', json: jsonData });
```

```python
requests.post("https://api.shop.test/v1/users", json={"name": "Bo", "userRolesId": 2})
```

`POST https://api.shop.test/v1/users`

### Body Parameters

| Parameter | Type | Required | Description |
|---|---|---|---|
| name | string | yes | The name |
| userRoleId | integer | no | The role |
"#;

#[test]
fn another_languages_sample_sending_other_body_fields_than_the_curl() {
    let diags = lint("lint-bodies", BODIES);
    // The JavaScript body (its literal opens at body line 12, page line 20) against the curl's.
    let d = found(&diags, "sample-body-mismatch", "curl sample at", 20, Some(14));
    assert!(d.message.contains("sends `userRoleId`") && d.message.contains("leaves out `userRolesId`"), "{d:#?}");
    // The Python body sends the curl's fields with other values: not a mismatch; but its
    // `userRolesId` is not in the table, as the curl's is not.
    found(&diags, "sample-body-mismatch", "the python sample's body of POST /users sends `userRolesId`", 28, Some(37));
    found(&diags, "curl-body-mismatch", "`userRolesId`", 14, Some(37));
    assert_eq!(diags.iter().filter(|d| d.code == "sample-body-mismatch").count(), 2, "{diags:#?}");
}

const TABLE_TYPES: &str = r#"# Orders

| Field | Type | Description |
|---|---|---|
| id | Integer | The order's id |
| number | Integer | The order's number |

## List orders

```json
{
  "orders": [
    {"id": "83a3915a", "number": 1},
    {"id": "9c1e0d2b", "number": 2}
  ]
}
```

`GET https://api.shop.test/v1/orders`
"#;

#[test]
fn a_table_type_against_the_example_value_is_said_once_at_the_value_naming_the_row() {
    let diags = lint("lint-table-types", TABLE_TYPES);
    // The value at body line 13 (page 21); the row at body line 5 (page 13).
    let d = found(&diags, "schema-type-conflict", "`id` is a string here", 21, Some(13));
    assert!(d.message.contains("the type integer"), "{d:#?}");
    assert_eq!(diags.iter().filter(|d| d.code == "schema-type-conflict").count(), 1, "once: {diags:#?}");
}

// Body line n is page line n + 8.
const CAPTIONS: &str = r#"# Widgets

## Update a widget

> Sample PUT Request

```json
{"name": "Big", "size": 3, "colour": "red"}
```

> Sample Response

```json
{"id": "w1", "name": "Big", "size": 3}
```

`PUT https://api.shop.test/v1/widgets/1`

### Body Parameters

| Parameter | Type | Required | Description |
|---|---|---|---|
| name | string | yes | The name |
| size | integer | no | The size |
"#;

#[test]
fn a_caption_naming_a_request_in_any_words_makes_the_json_the_request_body() {
    let diags = lint("lint-captions", CAPTIONS);
    // "Sample PUT Request": the request, checked against the body table (body line 8, page 16;
    // the table's first row at body line 23, page 31), not taken for a response example.
    found(&diags, "example-field-unlisted", "`colour`", 16, Some(31));
    assert!(!diags.iter().any(|d| d.code == "example-mismatch"), "{diags:#?}");
}

// Body line n is page line n + 8.
const TYPES_OF_TWO_OPERATIONS: &str = r#"# Widgets

## Create a widget

> Example request body

```json
{"name": "Big", "size": "3"}
```

`POST https://api.shop.test/v1/widgets`

### Body Parameters

| Parameter | Type | Required | Description |
|---|---|---|---|
| name | string | yes | The name |
| size | integer | no | The size |

## Get a widget

> Example response

```json
{"name": "Big", "size": "4"}
```

`GET https://api.shop.test/v1/widgets/1`
"#;

#[test]
fn a_table_type_conflict_is_said_at_the_value_of_the_tables_own_operation() {
    let diags = lint("lint-table-types-own", TYPES_OF_TWO_OPERATIONS);
    // The Create example's value (body line 8, page 16), not the next operation's after the
    // table (body line 25); the row at body line 18 (page 26).
    let d = found(&diags, "schema-type-conflict", "`size` is a string here", 16, Some(26));
    assert!(d.message.contains("the type integer"), "{d:#?}");
}

// Body line n is page line n + 8.
const FIELD_NAMED_METHOD: &str = r#"# Calls

## Make a call

`POST https://api.shop.test/v1/calls`

### Body Parameters

| Name | Type | Mandatory | Description |
|---|---|---|---|
| method | STRING | YES | The name of the method to call |
| params | OBJECT | NO | Its parameters |
"#;

#[test]
fn a_field_named_method_is_no_statement_of_the_http_method() {
    let diags = lint("lint-method-field", FIELD_NAMED_METHOD);
    assert!(!diags.iter().any(|d| d.code == "nonstandard-method"), "{diags:#?}");
}

// Body line n is page line n + 8.
const BRACKET_ROWS: &str = r#"# Needles

## Create a needle

`POST https://api.shop.test/v1/needles.json`

_Parameters_:

| Parameter | Type | Description |
|---|---|---|
| needle[position] | integer | From 0 to 100 |
| needle[color] | string | The colour |
| notify | string | Who to notify |
| subscriptions | array | People to notify |

> Example request body

```json
{"needle": {"position": 50, "color": "red"}, "notify": "all", "extra": 1}
```
"#;

#[test]
fn rows_in_bracket_notation_document_their_parent_key() {
    let diags = lint("lint-bracket-rows", BRACKET_ROWS);
    // `needle` is documented by its `needle[…]` rows; `extra` is not (body line 19, page 27).
    found(&diags, "example-field-unlisted", "`extra`", 27, None);
    assert!(!diags.iter().any(|d| d.code == "example-field-unlisted" && d.message.contains("`needle`")), "{diags:#?}");
}

// Two pages each list the same legacy route of their twin sections. Body line n is page line n + 8.
const TWIN_LEGACY_ROUTES: &str = r#"# Columns

## Move a column

* `POST /boards/2/moves.json` moves a column on the board with ID `2`.

## Legacy routes

* `POST /projects/1/boards/2/moves.json` → [Move a column](#move-a-column)

# Cards

## Move a card

* `POST /boards/2/moves.json` moves a card: the same endpoint as Move a column.

## Legacy card routes

* `POST /projects/1/boards/2/moves.json` → [Move a card](#move-a-card)
"#;

#[test]
fn an_index_entry_for_a_route_declared_before_is_no_operation_again() {
    let diags = lint("lint-twin-legacy", TWIN_LEGACY_ROUTES);
    // The flat route is documented twice: said once, at the second (body line 15, page 23).
    let twice: Vec<&Diagnostic> = diags.iter().filter(|d| d.code == "duplicate-operation").collect();
    assert_eq!(twice.len(), 1, "{diags:#?}");
    assert_eq!(twice[0].line, 23, "{:#?}", twice[0]);
    assert!(
        !diags.iter().any(|d| d.code == "duplicate-operation" && d.message.contains("/projects/")),
        "the second entry points at the route the first declares: {diags:#?}"
    );
    let note = diags
        .iter()
        .find(|d| d.code == "not-an-operation" && d.message.contains("/projects/1/boards/2/moves.json"))
        .unwrap_or_else(|| panic!("the entry is noted: {diags:#?}"));
    assert_eq!(note.line, 27, "{note:#?}");
    assert!(note.message.contains(&format!("{PAGE}:17")), "names the first entry: {note:#?}");
}
