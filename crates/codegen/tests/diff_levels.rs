//! `codegen diff`'s three levels on small inline specs: narrowing and widening per direction,
//! optional removals as warnings, operationId changes that keep the generated names, `x-`
//! fields the client does or does not read, and the report formats (groups, Markdown,
//! GitHub workflow commands).

use codegen::diff::{self, report, Change, ChangeKind, Severity};

/// A spec from YAML written after `info:`; `paths: {}` is added when absent.
fn spec(body: &str) -> openapiv3::OpenAPI {
    let mut text = String::from("openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n");
    text.push_str(body);
    if !body.lines().any(|l| l.starts_with("paths:")) {
        text.push_str("\npaths: {}\n");
    }
    codegen::parse_spec(&text).unwrap_or_else(|e| panic!("test spec does not parse: {e}\n{text}"))
}

fn all(old: &str, new: &str) -> Vec<Change> {
    diff::diff(&spec(old), &spec(new))
}

/// (kind, level) of every change.
fn levels(old: &str, new: &str) -> Vec<(String, Severity)> {
    all(old, new).into_iter().map(|c| (c.kind.code().to_owned(), c.severity)).collect()
}

fn one(kind: &str, level: Severity) -> Vec<(String, Severity)> {
    vec![(kind.to_owned(), level)]
}

/// GET /items whose 200 body is an object with one field `v` of schema `field` (flow YAML).
fn response(field: &str) -> String {
    format!(
        "paths:\n  /items:\n    get:\n      operationId: list_items\n      responses:\n        '200':\n          \
         description: ok\n          content:\n            application/json:\n              schema:\n                \
         type: object\n                properties:\n                  v: {field}\n"
    )
}

/// POST /items whose required body is an object with one field `v` of schema `field`.
fn request(field: &str) -> String {
    format!(
        "paths:\n  /items:\n    post:\n      operationId: create_item\n      requestBody:\n        required: true\n        \
         content:\n          application/json:\n            schema:\n              type: object\n              \
         properties:\n                v: {field}\n      responses:\n        '204':\n          description: ok\n"
    )
}

// ---------------------------------------------------------------------------------------------
// Narrowing and widening

#[test]
fn a_narrower_type_breaks_requests_not_responses() {
    let (number, integer) = ("{type: number}", "{type: integer}");
    assert_eq!(levels(&request(number), &request(integer)), one("request_type_narrowed", Severity::Error));
    assert_eq!(levels(&response(number), &response(integer)), one("response_type_narrowed", Severity::Warning));
    // ... and a wider one the reverse.
    assert_eq!(levels(&request(integer), &request(number)), one("request_type_widened", Severity::Warning));
    assert_eq!(levels(&response(integer), &response(number)), one("response_type_widened", Severity::Error));
    // int32 is narrower than int64; an untyped value is wider than any type.
    let (i32, i64) = ("{type: integer, format: int32}", "{type: integer, format: int64}");
    assert_eq!(levels(&request(i64), &request(i32)), one("request_type_narrowed", Severity::Error));
    assert_eq!(levels(&response(i32), &response(i64)), one("response_type_widened", Severity::Error));
    assert_eq!(levels(&response("{type: string}"), &response("{}")), one("response_type_widened", Severity::Error));
    assert_eq!(levels(&request("{}"), &request("{type: string}")), one("request_type_narrowed", Severity::Error));
    let message = &all(&response(i32), &response(i64))[0].message;
    assert_eq!(message, "type widened from integer (int32) to integer (int64)");
    // Unrelated types stay `type_changed`, an error both ways.
    for side in [request, response] {
        assert_eq!(levels(&side("{type: string}"), &side("{type: boolean}")), one("type_changed", Severity::Error));
    }
    // float/double is only a format: no Rust type changes (`f64`).
    let (f, d) = ("{type: number, format: float}", "{type: number, format: double}");
    assert_eq!(levels(&response(f), &response(d)), one("format_changed", Severity::Info));
}

#[test]
fn a_narrower_enum_breaks_requests_not_responses() {
    let (ab, a) = ("{type: string, enum: [a, b]}", "{type: string, enum: [a]}");
    assert_eq!(levels(&request(ab), &request(a)), one("request_enum_value_removed", Severity::Error));
    assert_eq!(levels(&response(ab), &response(a)), one("response_enum_value_removed", Severity::Warning));
    assert_eq!(levels(&request(a), &request(ab)), one("request_enum_value_added", Severity::Info));
    assert_eq!(levels(&response(a), &response(ab)), one("response_enum_value_added", Severity::Warning));
    let free = "{type: string}";
    assert_eq!(levels(&request(free), &request(a)), one("request_enum_added", Severity::Error));
    assert_eq!(levels(&response(free), &response(a)), one("response_enum_added", Severity::Warning));
    assert_eq!(levels(&request(a), &request(free)), one("enum_removed", Severity::Warning));
}

#[test]
fn narrower_limits_break_requests_wider_ones_responses() {
    let (short, long) = ("{type: string, maxLength: 5}", "{type: string, maxLength: 50}");
    assert_eq!(levels(&request(long), &request(short)), one("request_constraint_tightened", Severity::Error));
    assert_eq!(levels(&request(short), &request(long)), one("request_constraint_relaxed", Severity::Info));
    assert_eq!(levels(&response(long), &response(short)), one("response_constraint_tightened", Severity::Info));
    assert_eq!(levels(&response(short), &response(long)), one("response_constraint_relaxed", Severity::Warning));
    // A bound set where there was none is tighter; one removed is looser.
    let (free, min) = ("{type: integer}", "{type: integer, minimum: 1}");
    assert_eq!(levels(&request(free), &request(min)), one("request_constraint_tightened", Severity::Error));
    assert_eq!(levels(&response(min), &response(free)), one("response_constraint_relaxed", Severity::Warning));
    // A flag that stays false is no change; one that becomes true tightens.
    let (no, unique) =
        ("{type: array, items: {type: string}}", "{type: array, items: {type: string}, uniqueItems: true}");
    let falsy = "{type: array, items: {type: string}, uniqueItems: false}";
    assert_eq!(levels(&request(no), &request(falsy)), vec![]);
    assert_eq!(levels(&request(no), &request(unique)), one("request_constraint_tightened", Severity::Error));
    // A changed pattern cannot be ordered: a warning either way.
    let (p1, p2) = ("{type: string, pattern: '^a'}", "{type: string, pattern: '^b'}");
    assert_eq!(levels(&request(p1), &request(p2)), one("constraint_changed", Severity::Warning));
    assert_eq!(levels(&response(p1), &response(p2)), one("constraint_changed", Severity::Warning));
}

#[test]
fn fewer_alternatives_break_requests_more_break_responses() {
    let two = "{oneOf: [{type: string}, {type: integer}]}";
    let one_alt = "{oneOf: [{type: string}, {type: integer}, {type: boolean}]}";
    assert_eq!(levels(&request(one_alt), &request(two)), one("request_variant_removed", Severity::Error));
    assert_eq!(levels(&response(one_alt), &response(two)), one("response_variant_removed", Severity::Warning));
    assert_eq!(levels(&request(two), &request(one_alt)), one("request_variant_added", Severity::Info));
    assert_eq!(levels(&response(two), &response(one_alt)), one("response_variant_added", Severity::Error));
}

// ---------------------------------------------------------------------------------------------
// Removals

#[test]
fn removed_optional_things_are_warnings_required_ones_errors() {
    let with = |params: &str| {
        format!("paths:\n  /items:\n    get:\n      operationId: list_items\n      parameters:\n{params}      responses: {{'200': {{description: ok}}}}\n")
    };
    let both = with("      - {in: query, name: page, schema: {type: integer}}\n      - {in: header, name: X-Tenant, required: true, schema: {type: string}}\n");
    let no_page = with("      - {in: header, name: X-Tenant, required: true, schema: {type: string}}\n");
    let no_tenant = with("      - {in: query, name: page, schema: {type: integer}}\n");
    assert_eq!(levels(&both, &no_page), one("optional_parameter_removed", Severity::Warning));
    assert_eq!(levels(&both, &no_tenant), one("required_parameter_removed", Severity::Error));

    let body = |required: &str, fields: &str| {
        format!(
            "paths:\n  /items:\n    get:\n      operationId: list_items\n      responses:\n        '200':\n          \
             description: ok\n          content:\n            application/json:\n              schema:\n                \
             type: object\n                required: [{required}]\n                properties: {{{fields}}}\n"
        )
    };
    let old = body("id", "id: {type: string}, note: {type: string}");
    assert_eq!(
        levels(&old, &body("id", "id: {type: string}")),
        one("optional_response_field_removed", Severity::Warning)
    );
    assert_eq!(levels(&old, &body("note", "note: {type: string}")), {
        // `id` goes (required before), `note` becomes required.
        vec![
            ("required_response_field_removed".to_owned(), Severity::Error),
            ("response_field_became_required".to_owned(), Severity::Info),
        ]
    });
}

// ---------------------------------------------------------------------------------------------
// operationIds

fn op(id: &str) -> String {
    format!("paths:\n  /customers/{{id}}:\n    get:\n      operationId: {id}\n      parameters:\n      - {{in: path, name: id, required: true, schema: {{type: string}}}}\n      responses: {{'200': {{description: ok}}}}\n")
}

#[test]
fn an_operation_id_change_that_keeps_the_generated_names_is_info() {
    // `getCustomer`, `get_customer` and `get-customer` all give `get_customer` / `GetCustomerRequest`.
    for (old, new) in
        [("getCustomer", "get_customer"), ("get_customer", "get-customer"), ("GetCustomer", "getCustomer")]
    {
        let found = all(&op(old), &op(new));
        assert_eq!(found.len(), 1, "{old} -> {new}: {found:?}");
        assert_eq!(
            (found[0].kind, found[0].severity),
            (ChangeKind::OperationIdRespelled, Severity::Info),
            "{old} -> {new}"
        );
        assert!(found[0].message.contains("same generated method `get_customer`"), "{}", found[0].message);
    }
    // A real rename is an error and names both methods.
    let found = all(&op("get_customer"), &op("retrieve_customer"));
    assert_eq!((found[0].kind, found[0].severity), (ChangeKind::OperationIdChanged, Severity::Error));
    assert!(
        found[0].message.contains("generated method `get_customer` is now `retrieve_customer`"),
        "{}",
        found[0].message
    );
    // The rule is client-gen's own.
    assert_eq!(
        client_gen::operation_names("getCustomer"),
        ("get_customer".to_owned(), "GetCustomerRequest".to_owned())
    );
    assert_eq!(client_gen::operation_names("list_stream").0, "list_stream_op");
}

// ---------------------------------------------------------------------------------------------
// Extensions

#[test]
fn x_fields_the_client_does_not_read_are_info() {
    let with = |top: &str, op_ext: &str| {
        format!("{top}paths:\n  /items:\n    get:\n      operationId: list_items\n{op_ext}      responses: {{'200': {{description: ok}}}}\n")
    };
    let found = all(
        &with("x-logo: a.png\n", "      x-internal: true\n"),
        &with("x-logo: b.png\n", "      x-internal: false\n"),
    );
    let got: Vec<(ChangeKind, Severity, &str)> =
        found.iter().map(|c| (c.kind, c.severity, c.location.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (ChangeKind::ExtensionChanged, Severity::Info, "document"),
            (ChangeKind::ExtensionChanged, Severity::Info, "GET /items"),
        ]
    );
    assert!(found[0].message.contains("`x-logo`") && found[0].message.contains("not read by the generated client"));
    // `x-source` is documentation: not compared.
    assert!(all(&with("", "      x-source: a.md:1\n"), &with("", "      x-source: a.md:9\n")).is_empty());
    // Fields the client reads keep their own kinds.
    let signing = |loc: &str| {
        with(&format!("x-request-signing: {{header: X-Sig, algorithm: hmac-sha256, location: {loc}}}\n"), "")
    };
    assert_eq!(levels(&signing("header"), &signing("query")), one("request_signing_changed", Severity::Error));
    let paged = with("", "      x-pagination: {style: cursor, items: data}\n");
    assert_eq!(levels(&with("", ""), &paged), one("pagination_added", Severity::Info));
    // On a security scheme, `x-token-as` is read (scheme changed), others are not.
    let scheme = |ext: &str| {
        format!("components:\n  securitySchemes:\n    basic:\n      type: http\n      scheme: basic\n{ext}security: [{{basic: []}}]\n")
    };
    assert_eq!(
        levels(&scheme(""), &scheme("      x-token-as: username\n")),
        one("security_scheme_changed", Severity::Error)
    );
    assert_eq!(levels(&scheme(""), &scheme("      x-note: hi\n")), one("extension_changed", Severity::Info));
}

// ---------------------------------------------------------------------------------------------
// Reports

/// Twelve GET operations whose response loses the optional field `legacy`, and one removed.
fn many() -> Vec<Change> {
    let ops = |legacy: bool, with_last: bool| {
        let mut body = String::from("paths:\n");
        for i in 0..12 {
            let fields = if legacy { "{id: {type: string}, legacy: {type: string}}" } else { "{id: {type: string}}" };
            body.push_str(&format!(
                "  /r{i:02}:\n    get:\n      operationId: get_r{i:02}\n      x-source: page.md:{}\n      responses:\n        '200':\n          description: ok\n          content: {{application/json: {{schema: {{type: object, properties: {fields}}}}}}}\n",
                10 * i + 1
            ));
        }
        if with_last {
            body.push_str("  /gone:\n    delete:\n      operationId: drop\n      x-source: old.md:7\n      responses: {'204': {description: ok}}\n");
        }
        body
    };
    all(&ops(true, true), &ops(false, false))
}

#[test]
fn repeated_changes_are_grouped() {
    let changes = many();
    assert_eq!(changes.len(), 13);
    let groups = report::groups(&changes);
    assert_eq!(groups.len(), 2);
    assert_eq!((groups[0].kind, groups[0].count), (ChangeKind::OperationRemoved, 1));
    assert_eq!((groups[1].kind, groups[1].count), (ChangeKind::OptionalResponseFieldRemoved, 12));
    assert_eq!(groups[1].headline(), "field `legacy` removed in 12 responses");
    let text = report::text(&changes);
    assert!(
        text.ends_with(
            "repeated changes:\n  warning  field `legacy` removed in 12 responses [optional_response_field_removed]\n\
         1 error(s), 12 warning(s), 0 info\n"
        ),
        "{text}"
    );
    assert!(
        text.starts_with("error    DELETE /gone: operation `drop` removed [operation_removed]\nwarning  GET /r00 "),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&report::json(&changes)).expect("json");
    assert_eq!(json["repeated"][0]["count"], 12);
    assert_eq!(json["repeated"][0]["locations"].as_array().map(Vec::len), Some(12));
    assert_eq!(json["changes"][0]["source"], "old.md:7", "a removed operation keeps the old version's source");
    assert_eq!(json["changes"][1]["source"], "page.md:1");
}

#[test]
fn markdown_has_one_row_per_group() {
    let md = report::markdown(&many());
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| level")).collect();
    assert_eq!(rows.len(), 2, "{md}");
    assert!(rows[0].starts_with("| error | operation `drop` removed | `operation_removed` | `DELETE /gone` |"), "{md}");
    assert!(
        rows[1].starts_with("| warning | field `legacy` removed in 12 responses | `optional_response_field_removed` |"),
        "{md}"
    );
    assert!(rows[1].ends_with("<br>and 2 more |"), "ten locations, then a count: {md}");
    assert!(md.contains("**1 error(s)**, 12 warning(s), 0 info"), "{md}");
    assert_eq!(report::markdown(&[]), "## API changes\n\nNo changes.\n");
}

#[test]
fn github_commands_carry_file_and_line() {
    let changes = many();
    let gh = report::github(&changes, |c| {
        c.source.as_ref().map(|s| (format!("docs/{}", s.split(':').next().unwrap_or("")), 3))
    });
    let lines: Vec<&str> = gh.lines().collect();
    assert_eq!(lines.len(), 14, "one per change and a closing notice: {gh}");
    assert_eq!(
        lines[0],
        "::error file=docs/old.md,line=3,title=codegen diff%3A operation_removed::DELETE /gone: operation `drop` removed"
    );
    assert!(
        lines[1].starts_with(
            "::warning file=docs/page.md,line=3,title=codegen diff%3A optional_response_field_removed::GET /r00 "
        ),
        "{}",
        lines[1]
    );
    assert!(lines[13].starts_with("::notice title=codegen diff::1 error(s), 12 warning(s), 0 info%0Awarning field `legacy` removed in 12 responses"), "{}", lines[13]);
    let none = report::github(&changes[..1], |_| None);
    assert!(none.starts_with("::error title=codegen diff%3A operation_removed::"), "{none}");
}
