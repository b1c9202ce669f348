//! Finding every operation and nothing else (issue 11): small made-up doc sets, one per rule,
//! never copied from a vendor. Each test checks the operations imported (method and path) and
//! the diagnostic that says what was read another way or left out.

use slate_import::diag::Diagnostic;

mod common;
use common::Docs;

/// `METHOD path` of every operation, sorted: the path under the first server's base path, each
/// placeholder written `{}` (where the base is split off and how names are spelled is not what
/// these tests check).
fn ops(imported: &slate_import::Import) -> Vec<String> {
    let spec = serde_json::to_value(&imported.spec).expect("spec as JSON");
    let server = spec.pointer("/servers/0/url").and_then(|u| u.as_str()).unwrap_or("");
    let base = server.split_once("://").map_or("", |(_, rest)| rest.find('/').map_or("", |i| &rest[i..]));
    let base = base.trim_end_matches('/');
    let mut out = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for method in item.as_object().into_iter().flatten().map(|(m, _)| m) {
            if ["get", "put", "post", "delete", "patch", "head", "options", "trace"].contains(&method.as_str()) {
                out.push(format!("{} {}", method.to_ascii_uppercase(), placeholders_blank(&format!("{base}{path}"))));
            }
        }
    }
    out.sort();
    out
}

/// `path` with every `{name}` written `{}`.
fn placeholders_blank(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('{');
            }
            '}' => {
                inside = false;
                out.push('}');
            }
            _ if inside => {}
            _ => out.push(c),
        }
    }
    out
}

fn with_code<'a>(imported: &'a slate_import::Import, code: &str) -> Vec<&'a Diagnostic> {
    imported.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// One operation section with a facts table and a "Request URL" section.
fn facts_section(title: &str, uri: &str, method: &str, request_url: &str) -> String {
    format!(
        "## {title}\n\nWhat it does.\n\n### Resource Information\n\n| | |\n--- | --- |\nURI | `{uri}`\nHTTP Method | {method}\n\n### Request URL\n\n{request_url}\n\n"
    )
}

#[test]
fn a_request_url_section_listing_two_urls_gives_two_operations() {
    let page = format!(
        "# Things\n\n{}{}{}",
        facts_section(
            "Get a thing's badges",
            "/things/{id}/badges",
            "GET",
            "- By id\n\n`{host}/v1/things/{thingId}/badges`\n\n- By lookup\n\n`{host}/v1/things/lookup/badges?name={name}`"
        ),
        facts_section(
            "Sign in",
            "/session/otp, /session",
            "POST (No body required)",
            "1. `https://{host}/v1/session/otp`\n2. `https://{host}/v1/session`"
        ),
        facts_section("Get a question", "/questions/{id}", "GET", "`{host}/v1/questions/{question external id}`"),
    );
    let docs = Docs::new("ops-two-urls", &[("README.md", &page)]);
    let got = ops(&docs.import());
    for want in [
        "GET /v1/things/{}/badges",
        "GET /v1/things/lookup/badges",
        "POST /v1/session/otp",
        "POST /v1/session",
        "GET /v1/questions/{}",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} not among {got:?}");
    }
    assert_eq!(got.len(), 5, "{got:?}");
}

#[test]
fn lines_of_invisible_characters_do_not_hide_the_request_url() {
    let page = format!(
        "# Things\n\n{}",
        facts_section("Create a thing", "things", "POST", "\u{200B}\n\u{200B}\n`https://{host}/v1/things`")
    );
    let docs = Docs::new("ops-zwsp", &[("README.md", &page)]);
    assert_eq!(ops(&docs.import()), ["POST /v1/things"]);
}

#[test]
fn a_query_pair_written_into_the_path_is_a_query_parameter() {
    let page = format!(
        "# Things\n\n{}",
        facts_section(
            "List a survey's questions",
            "/questions?surveyId={id}",
            "GET",
            "`{host}/v1/questions/surveyId={surveyId}`"
        )
    );
    let docs = Docs::new("ops-query-pair", &[("README.md", &page)]);
    let imported = docs.import();
    assert_eq!(ops(&imported), ["GET /v1/questions"]);
    let spec = serde_json::to_value(&imported.spec).expect("spec as JSON");
    let item =
        spec["paths"].as_object().and_then(|p| p.iter().find(|(k, _)| k.ends_with("/questions"))).map(|(_, v)| v);
    let params = item.and_then(|i| i["get"]["parameters"].as_array()).cloned().unwrap_or_default();
    assert!(params.iter().any(|p| p["name"] == "surveyId" && p["in"] == "query"), "{params:?}");
    assert!(with_code(&imported, "declared-path-overridden").iter().any(|d| d.message.contains("`?` left out")));
}

#[test]
fn slips_in_a_request_url_are_repaired_with_a_warning() {
    let page = format!(
        "# Things\n\n{}{}{}{}",
        facts_section("List colours", "/colours", "GET", "`htpps://{host}/v1/colours`"),
        facts_section("List all shapes", "/shapes/all", "GET", "`{host}/v1/shapes?all?limit={limit}`"),
        facts_section(
            "Get a member",
            "/teams/{teamId}/members/{memberId}",
            "GET",
            "`{host}/v1/teams/{teamId}members/{memberId}`"
        ),
        facts_section("List teams", "/teams", "GET", "`{host}/v1/teams`"),
    );
    let docs = Docs::new("ops-slips", &[("README.md", &page)]);
    let imported = docs.import();
    assert_eq!(
        ops(&imported),
        ["GET /v1/colours", "GET /v1/shapes/all", "GET /v1/teams", "GET /v1/teams/{}/members/{}"]
    );
    let why: Vec<&str> = with_code(&imported, "declared-path-overridden").iter().map(|d| d.message.as_str()).collect();
    for slip in ["misspelled scheme", "between two `?`", "glues a placeholder"] {
        assert!(why.iter().any(|m| m.contains(slip)), "no `{slip}` among {why:?}");
    }
}

#[test]
fn a_lone_sample_url_settles_the_path_and_a_get() {
    // The Request URL leaves out the `/v1` every other operation and the sample carry; the
    // second section states no method, and its sample is a URL alone.
    let page = format!(
        "# Things\n\n{}{}## Get a thing's score\n\n> Sample Request\n\n```html\nhttps://api.example.com/v1/things/42/score\n```\n\n### Request URL\n\n`{{host}}/v1/things/{{thingId}}/score`\n",
        facts_section("List things", "/things", "GET", "`{host}/v1/things`"),
        "## Get a thing's log\n\n> Sample Request\n\n```html\nhttps://api.example.com/v1/things/42/log\n```\n\n### Resource Information\n\n| | |\n--- | --- |\nURI | `/{id}/log`\nHTTP Method | GET\n\n### Request URL\n\n`{host}/things/{thingId}/log`\n\n"
    );
    let docs = Docs::new("ops-lone-sample", &[("README.md", &page)]);
    assert_eq!(ops(&docs.import()), ["GET /v1/things", "GET /v1/things/{}/log", "GET /v1/things/{}/score"]);
}

#[test]
fn the_sections_other_statement_of_its_url_settles_a_request_url_the_samples_contradict() {
    let page = format!(
        "# Things\n\n{}## Update things in bulk\n\n> Sample Request\n\n```html\nhttps://api.example.com/v1/things/bulk?source=web\n```\n\n### Resource Information\n\n| | |\n--- | --- |\nURI | `/bulk?source={{source}}`\nHTTP Method | PUT\n\n### Request URL\n\n`{{host}}/v1/things/search?source={{source}}`\n",
        facts_section("Search things", "/things/search", "GET", "`{host}/v1/things/search`"),
    );
    let docs = Docs::new("ops-other-statement", &[("README.md", &page)]);
    let imported = docs.import();
    assert_eq!(ops(&imported), ["GET /v1/things/search", "PUT /v1/things/bulk"]);
    assert!(with_code(&imported, "declared-path-overridden").iter().any(|d| d.message.contains("other statement")));
}

#[test]
fn a_path_written_twice_in_a_sample_is_no_base_path() {
    let page = format!(
        "# Surveys\n\n## Create a survey\n\n> Sample Request\n\n```html\nhttps://api.example.com/v1/survey/v1/survey\n```\n\n### Resource Information\n\n| | |\n--- | --- |\nURI | /survey\nHTTP Method | POST\n\n### Request URL\n\n`{{host}}/v1/survey`\n\n{}",
        facts_section("Get a survey question", "/survey/questions/{id}", "GET", "`{host}/v1/survey/questions/{id}`"),
    );
    let docs = Docs::new("ops-doubled", &[("README.md", &page)]);
    assert_eq!(ops(&docs.import()), ["GET /v1/survey/questions/{}", "POST /v1/survey"]);
}

#[test]
fn unlinked_pages_named_after_an_operation_are_read_with_a_note() {
    let docs = Docs::new(
        "unlinked",
        &[
            ("README.md", "# Example API\n\n- [List boxes](endpoints/boxes/GET_boxes.md)\n"),
            ("endpoints/boxes/GET_boxes.md", "# Boxes\n\n```\nGET boxes\n```\n"),
            ("endpoints/lids/GET_lids_id.md", "# Lids\n\n```\nGET lids/:id\n```\n"),
            ("endpoints/lids/notes.md", "# Notes on lids\n\n```\nGET lids/:id/notes\n```\n"),
        ],
    );
    let imported = docs.import();
    assert_eq!(ops(&imported), ["GET /boxes", "GET /lids/{}"]);
    assert!(with_code(&imported, "extra-page").iter().any(|d| d.file == "endpoints/lids/GET_lids_id.md"));
    assert!(with_code(&imported, "unpublished-page").iter().any(|d| d.file == "endpoints/lids/notes.md"));
}

#[test]
fn a_url_named_in_words_and_a_host_written_as_a_path_are_not_operations() {
    let page = "# Uploads\n\nTwo requests:\n\n1. `POST /files`\n1. `POST url-returned-by-the-first-request`\n\nExample of the second:\n\n```\nPOST https://storage.example.com/files.cdn.example.net\n\nname=\"key\"  abc\n```\n\n## Create a file\n\n```\nPOST /files\n```\n";
    let docs = Docs::new("ops-url-in-words", &[("README.md", page)]);
    let imported = docs.import();
    assert_eq!(ops(&imported), ["POST /files"]);
    let notes: Vec<&str> = with_code(&imported, "not-an-operation").iter().map(|d| d.message.as_str()).collect();
    assert!(notes.iter().any(|m| m.contains("placeholder for a whole URL")), "{notes:?}");
    assert!(notes.iter().any(|m| m.contains("is a host name")), "{notes:?}");
}

#[test]
fn an_index_entry_corrects_a_misspelled_or_copied_page_line_that_other_operations_corroborate() {
    let docs = Docs::new(
        "index-line",
        &[
            (
                "README.md",
                "# Example API\n\n* [List parcels](parcels/get.md) : `GET /store/parcels`\n* [Create parcel](parcels/create.md) : `POST /store/parcels`\n* [Count parcels](parcels/count.md) : `HEAD /store/parcels`\n* [Count lids](lids/count.md) : `HEAD /lids`\n* [List lids](lids/get.md) : `GET /store/lids`\n",
            ),
            ("parcels/get.md", "# List parcels\n\n**URL** : `/store/parcels`\n\n**Method** : `GET`\n"),
            ("parcels/create.md", "# Create parcel\n\n**URL** : `/store/parcel`\n\n**Method** : `POST`\n"),
            ("parcels/count.md", "# Count parcels\n\n**URL** : `/store/lids`\n\n**Method** : `HEAD`\n"),
            ("lids/count.md", "# Count lids\n\n**URL** : `/store/lids`\n\n**Method** : `HEAD`\n"),
            ("lids/get.md", "# List lids\n\n**URL** : `/store/lids`\n\n**Method** : `GET`\n"),
        ],
    );
    let imported = docs.import();
    // `/lids` of the index is corroborated by no operation: the page's own line stays.
    assert_eq!(
        ops(&imported),
        ["GET /store/lids", "GET /store/parcels", "HEAD /store/lids", "HEAD /store/parcels", "POST /store/parcels"]
    );
    assert_eq!(with_code(&imported, "declared-path-overridden").len(), 2);
}

#[test]
fn credentials_endpoints_omitted_endpoints_and_misspelled_repeats_are_not_operations() {
    let page = "# Example API\n\n## Authentication\n\nExchange the code:\n\n```\nPOST https://login.example.com/authorization/token\n```\n\n## Who am I\n\n```\nGET /me\n```\n\n## Omitted endpoints\n\n```\nDELETE /me\n```\n";
    let docs = Docs::new("ops-credentials", &[("README.md", page)]);
    let imported = docs.import();
    assert_eq!(ops(&imported), ["GET /me"]);
    let notes: Vec<&str> = with_code(&imported, "not-an-operation").iter().map(|d| d.message.as_str()).collect();
    assert!(notes.iter().any(|m| m.contains("credentials endpoint")), "{notes:?}");
    assert!(notes.iter().any(|m| m.contains("not implemented")), "{notes:?}");
}

#[test]
fn prose_only_docs_read_endpoint_tables_and_skip_misspelled_repeats() {
    let page = "# Example API\n\n## Base URLs\n\nEnvironment | URL\n--- | ---\nSandbox | `https://sandbox.example.com/open/v1`\nProduction | `https://api.example.com/open/v1`\n\n## Parties\n\nWe have implemented the `GET /accounts/{accountId}/party` endpoint. It needs a permission to access `GET /account/{accountId}/party`.\n\n## Jars\n\n##### Endpoints\n\nEnvironment | URL\n--- | ---\nSandbox | `https://sandbox.example.com/open/v1/jars`\nProduction | `https://api.example.com/open/v1/jars`\n";
    let docs = Docs::new("ops-prose-only", &[("README.md", page)]);
    let imported = docs.import();
    let got = ops(&imported);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(with_code(&imported, "duplicate-operation").iter().any(|d| d.message.contains("misspelling")));
    assert!(got.iter().any(|g| g.ends_with("/accounts/{}/party")), "{got:?}");
    assert!(got.iter().any(|g| g.starts_with("GET ") && g.ends_with("/jars")), "{got:?}");
}

#[test]
fn a_webhook_delivery_to_the_readers_server_and_a_template_call_are_not_operations() {
    let page = "# Example API\n\n## Create a bill\n\n```shell\ncurl -X POST https://api.example.com/v1/bills -d amount=1\n```\n\n## Payment completed\n\n> Example request from us to your server:\n\n```\nPOST /webhook/ HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/x-www-form-urlencoded\n\nid=1&paid=true\n```\n\n## Signed requests\n\n```shell\ncurl -X \"$API_METHOD\" \"https://api.example.com/$API_CALL?$params\"\n```\n";
    let docs = Docs::new("ops-callouts", &[("README.md", page)]);
    let imported = docs.import();
    assert_eq!(ops(&imported), ["POST /v1/bills"]);
    assert!(with_code(&imported, "not-an-operation").iter().any(|d| d.message.contains("reader's own server")));
    assert!(with_code(&imported, "curl-not-operation").iter().any(|d| d.message.contains("as a variable")));
}

#[test]
fn an_item_under_the_singular_of_a_collection_every_other_operation_names_is_a_slip() {
    let page = "# Example API\n\n## List hooks\n\n`GET /v3/hooks`\n\n## Get a hook\n\n`GET /v3/hooks/{id}`\n\n## Update a hook\n\n`PUT /v3/hook/{id}`\n\n## The signed-in user\n\n`GET /v3/user/{field}`\n\n## A user\n\n`GET /v3/users/{id}`\n\n## The user's keys\n\n`GET /v3/user/keys`\n";
    let docs = Docs::new("ops-singular-item", &[("README.md", page)]);
    let imported = docs.import();
    // `/v3/user/...` is used by two operations: a resource of its own, kept.
    assert_eq!(
        ops(&imported),
        [
            "GET /v3/hooks",
            "GET /v3/hooks/{}",
            "GET /v3/user/keys",
            "GET /v3/user/{}",
            "GET /v3/users/{}",
            "PUT /v3/hooks/{}"
        ]
    );
    assert!(with_code(&imported, "declared-path-overridden")
        .iter()
        .any(|d| d.message.contains("every other operation calls `hooks`")));
}

#[test]
fn a_request_line_in_the_text_below_the_declared_path_is_an_operation_too() {
    let page = "# Example API\n\n## Get an entry\n\n* `GET /entries/2.json` returns the entry with an ID of `2`.\n\n**Note:** an occurrence is reached too: `GET /entries/2/occurrences/20190218.json` returns it.\nSee also `GET /notes/3.json`.\n\n## Get a note\n\n* `GET /notes/3.json` returns the note.\n";
    let docs = Docs::new("ops-below", &[("README.md", page)]);
    let imported = docs.import();
    let got = ops(&imported);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().any(|g| g.starts_with("GET /entries/{}/occurrences/")), "{got:?}");
    assert!(with_code(&imported, "operation-from-prose").iter().any(|d| d.message.contains("below its path")));
}
