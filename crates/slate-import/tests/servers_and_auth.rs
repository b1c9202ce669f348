//! Servers and credentials as docs state them (issue 12): small made-up doc sets, one per
//! convention, never copied from a vendor. Each imports a folder and checks the spec's
//! `servers` and `securitySchemes`.

use serde_json::Value;

mod common;
use common::Docs;

fn server_urls(spec: &Value) -> Vec<String> {
    spec["servers"].as_array().into_iter().flatten().filter_map(|s| s["url"].as_str().map(str::to_owned)).collect()
}

/// One Slate page: the intro, then operations given by request lines.
fn slate(intro: &str, ops: &[(&str, &str)]) -> String {
    let mut out = format!("---\ntitle: Widgets API\n---\n\n# Introduction\n\nThe Widgets API.\n\n{intro}\n");
    for (title, line) in ops {
        out.push_str(&format!("\n# {title}\n\nWhat it does.\n\n### HTTP Request\n\n`{line}`\n"));
    }
    out
}

const OPS: &[(&str, &str)] = &[("List widgets", "GET /widgets"), ("Get a widget", "GET /widgets/{id}")];

#[test]
fn a_base_url_table_gives_each_environment_production_first_with_the_full_base_path() {
    let intro = "## Base URLs\n\nEnvironment | Base URL\n---|---\nSandbox | `https://sandbox.widgets.test/open/v3/shop`\nProduction | `https://widgets.test/open/v3/shop`\n";
    let docs = Docs::new("servers-auth-table", &[("source/index.html.md", &slate(intro, OPS))]);
    let (spec, _) = docs.spec();
    assert_eq!(
        server_urls(&spec),
        vec!["https://widgets.test/open/v3/shop", "https://sandbox.widgets.test/open/v3/shop"],
        "production is the default; the base path the request lines omit is the server's"
    );
    assert_eq!(spec["servers"][0]["description"], "Production");
    assert_eq!(spec["servers"][1]["description"], "Sandbox");
}

#[test]
fn docs_that_say_start_in_the_sandbox_keep_it_the_default() {
    let intro = "## Environments\n\n### Sandbox\n\nAll developers must begin by first integrating with our sandbox.\n\nThe API root for the sandbox is <code>https://sandbox.widgets.test</code>\n\n### Production\n\nThe API root for production is <code>https://api.widgets.test</code>\n";
    let docs = Docs::new("servers-auth-mandate", &[("source/index.html.md", &slate(intro, OPS))]);
    let (spec, _) = docs.spec();
    assert_eq!(server_urls(&spec), vec!["https://sandbox.widgets.test", "https://api.widgets.test"]);
}

#[test]
fn a_stated_base_on_another_host_is_the_server_of_the_operations_that_call_it() {
    let intro = "## Base URL\n\nThe base URL is `https://api.widgets.test`.\n\n## Hooks\n\n* the Hooks API base URL is `https://hooks.widgets.test/hooks/api/v1`\n";
    let ops = [
        ("List widgets", "GET https://api.widgets.test/widgets"),
        ("Get a widget", "GET https://api.widgets.test/widgets/{id}"),
        ("List hooks", "GET https://hooks.widgets.test/hooks/api/v1/subscriptions"),
    ];
    let docs = Docs::new("servers-auth-second", &[("source/index.html.md", &slate(intro, &ops))]);
    let (spec, diags) = docs.spec();
    assert_eq!(server_urls(&spec), vec!["https://api.widgets.test"], "the hooks host is no alternative for all");
    let hooks = &spec["paths"]["/hooks/api/v1/subscriptions"];
    assert_eq!(hooks["servers"][0]["url"], "https://hooks.widgets.test", "{hooks}");
    assert!(spec["paths"]["/widgets"].get("servers").is_none());
    assert!(diags.iter().any(|d| d.code == "operation-server" && d.message.contains("/hooks/api/v1/subscriptions")));
    assert!(!diags.iter().any(|d| d.code == "sample-url-mismatch"), "{diags:?}");
}

#[test]
fn a_section_stating_its_own_base_sends_the_operations_under_it_there() {
    let page = "---\ntitle: Widgets API\n---\n\n# Widgets\n\nThe base URL is `https://api.widgets.test/v1`.\n\n## List widgets\n\n```shell\ncurl https://api.widgets.test/v1/widgets\n```\n\n## Get a widget\n\n```shell\ncurl https://api.widgets.test/v1/widgets/7\n```\n\n# Hooks API\n\n## Interacting with the API\n\nThe Hooks API base URL is `https://hooks.widgets.test/hooks/v2`.\n\n### List hooks\n\n```shell\ncurl https://hooks.widgets.test/hooks/v2/subscriptions\n```\n";
    let docs = Docs::new("servers-own-section", &[("source/index.html.md", page)]);
    let (spec, diags) = docs.spec();
    let paths: Vec<&String> = spec["paths"].as_object().expect("paths").keys().collect();
    let hooks = paths.iter().find(|p| p.ends_with("/subscriptions")).expect("the hooks operation");
    let item = &spec["paths"][hooks.as_str()];
    let url = item["servers"][0]["url"].as_str().or(item["get"]["servers"][0]["url"].as_str()).expect("own server");
    assert!(url.starts_with("https://hooks.widgets.test"), "{url} {diags:?}");
    assert_eq!(
        format!("{url}{hooks}"),
        "https://hooks.widgets.test/hooks/v2/subscriptions",
        "server + path = the sample"
    );
    assert!(server_urls(&spec).iter().all(|u| !u.contains("hooks.")), "{:?}", server_urls(&spec));
}

#[test]
fn a_section_listing_the_hosts_of_its_own_clusters_gives_its_operations_that_list() {
    let page = "---\ntitle: Widgets API\n---\n\n# Widgets\n\nThe base URL is `https://api.widgets.test`.\n\n## List widgets\n\n```shell\ncurl https://api.widgets.test/widgets\n```\n\n## Get a widget\n\n```shell\ncurl https://api.widgets.test/widgets/7\n```\n\n# Footfall\n\nThe host address of Footfall is different from the other APIs. The following are the host addresses of the clusters:\n\n* **EU**: eu.footfall.widgets.test\n* **US**: us.footfall.widgets.test\n\n## Count visitors\n\n```shell\ncurl https://us.footfall.widgets.test/visits\n```\n";
    let docs = Docs::new("servers-own-clusters", &[("source/index.html.md", page)]);
    let (spec, diags) = docs.spec();
    assert_eq!(server_urls(&spec), vec!["https://api.widgets.test"], "{diags:?}");
    let item = &spec["paths"]["/visits"];
    let urls: Vec<&str> =
        item["servers"].as_array().expect("own servers").iter().filter_map(|s| s["url"].as_str()).collect();
    assert_eq!(urls, ["https://eu.footfall.widgets.test", "https://us.footfall.widgets.test"], "in the docs' order");
    assert_eq!(item["servers"][1]["description"], "Footfall: US");
}

#[test]
fn a_host_table_atop_a_resource_gives_the_resources_operations_its_hosts() {
    // The hosts are stated in a subsection of their own, beside (not above) the operations.
    let page = "---\ntitle: Widgets API\n---\n\n# Widgets\n\nThe base URL is `https://api.widgets.test`.\n\n## List widgets\n\n```shell\ncurl https://api.widgets.test/widgets\n```\n\n## Get a widget\n\n```shell\ncurl https://api.widgets.test/widgets/7\n```\n\n# Sign-in\n\n### Sign-in Host URLs\n\n| | |\n| --- | --- |\nsignin-host | **EU**: https://eu.signin.widgets.test<br> **US**: https://us.signin.widgets.test\n\n## Create a token\n\n```shell\ncurl -X POST https://us.signin.widgets.test/tokens\n```\n\n`POST /tokens`\n";
    let docs = Docs::new("servers-host-table", &[("source/index.html.md", page)]);
    let (spec, diags) = docs.spec();
    let item = &spec["paths"]["/tokens"];
    let own = item["servers"].as_array().or(item["post"]["servers"].as_array());
    let urls: Vec<&str> = own.expect("own servers").iter().filter_map(|s| s["url"].as_str()).collect();
    assert_eq!(urls, ["https://eu.signin.widgets.test", "https://us.signin.widgets.test"], "{diags:#?}");
    assert!(spec["paths"]["/widgets"]["servers"].is_null(), "{spec}");
    assert!(diags.iter().any(|d| d.code == "operation-server" && d.message.contains("POST /tokens")), "{diags:#?}");
}

#[test]
fn lint_names_an_operation_whose_default_url_is_not_its_sample_url() {
    // The last sample carries a `/v2` that the stated base and the request line do not.
    let intro = "The base URL is `https://api.widgets.test`.";
    let mut page = slate(
        intro,
        &[
            ("List widgets", "GET /widgets"),
            ("Get a widget", "GET /widgets/{id}"),
            ("Delete a widget", "DELETE /widgets/{id}"),
        ],
    );
    for (after, sample) in [
        ("`GET /widgets`\n", "curl https://api.widgets.test/widgets"),
        ("`GET /widgets/{id}`\n", "curl https://api.widgets.test/widgets/7"),
        ("`DELETE /widgets/{id}`\n", "curl -X DELETE https://api.widgets.test/v2/widgets/7"),
    ] {
        page = page.replacen(after, &format!("{after}\n```shell\n{sample}\n```\n"), 1);
    }
    let docs = Docs::new("servers-lint-url", &[("source/index.html.md", &page)]);
    let (_, diags) = docs.spec();
    let hits: Vec<_> = diags.iter().filter(|d| d.code == "sample-url-mismatch").collect();
    assert_eq!(hits.len(), 1, "{diags:?}");
    let message = &hits[0].message;
    assert!(
        message.contains("DELETE /widgets/{id}") && message.contains("https://api.widgets.test/v2/widgets/7"),
        "{message}"
    );
    assert!(message.contains("the client calls `https://api.widgets.test/widgets/{id}`"), "{message}");
}

#[test]
fn a_host_template_in_any_spelling_is_a_server_variable() {
    for (name, host) in
        [("mustache", "{{shop}}.widgets.test"), ("angle", "<shop>.widgets.test"), ("upper", "SHOP.widgets.test")]
    {
        let intro = format!("## Base URL\n\nThe base URL is `https://{host}/api/v1`\n");
        let ops = [("List widgets", "GET /widgets"), ("Get a widget", "GET /widgets/{id}")];
        let docs = Docs::new(name, &[("source/index.html.md", &slate(&intro, &ops))]);
        let (spec, _) = docs.spec();
        assert_eq!(server_urls(&spec), vec!["https://{shop}.widgets.test/api/v1"], "{name}");
        assert!(spec["servers"][0]["variables"]["shop"]["description"].is_string(), "{name}");
    }
}

#[test]
fn a_key_described_in_prose_only_is_an_api_key_in_the_query() {
    let intro = "## What authentication is required?\n\nIf your application does not authenticate the user, **app_key** containing a valid key should be specified in the query string.\n";
    let docs = Docs::new("servers-auth-prose-query", &[("source/index.html.md", &slate(intro, OPS))]);
    let (spec, _) = docs.spec();
    let schemes = &spec["components"]["securitySchemes"];
    let (_, scheme) = schemes.as_object().and_then(|o| o.iter().next()).expect("a scheme");
    assert_eq!(
        (scheme["type"].as_str(), scheme["in"].as_str(), scheme["name"].as_str()),
        (Some("apiKey"), Some("query"), Some("app_key"))
    );
}

#[test]
fn a_session_cookie_named_in_prose_is_an_alternative_in_a_cookie() {
    let intro = "## Authentication\n\n```shell\ncurl -u TOKEN:api_token https://api.widgets.test/widgets\n```\n\n## Authentication with a session cookie\n\nThe login request sets a cookie `__Host-widget-session`, which you can use for authentication in all requests.\n";
    let docs = Docs::new("servers-auth-cookie", &[("source/index.html.md", &slate(intro, OPS))]);
    let (spec, _) = docs.spec();
    let schemes = spec["components"]["securitySchemes"].as_object().cloned().unwrap_or_default();
    assert!(schemes.values().any(|s| s["type"] == "http" && s["scheme"] == "basic"), "{schemes:?}");
    assert!(
        schemes.values().any(|s| s["type"] == "apiKey" && s["in"] == "cookie" && s["name"] == "__Host-widget-session"),
        "{schemes:?}"
    );
    assert_eq!(spec["security"].as_array().map(Vec::len), Some(2), "alternatives, not both at once");
}

#[test]
fn openid_connect_with_a_discovery_url_is_an_openid_connect_scheme() {
    let intro = "## Well-Known Endpoints\n\nEnvironment | Path\n---|---\nSandbox | `https://sandbox.widgets.test/.well-known/openid-configuration`\nProduction | `https://widgets.test/.well-known/openid-configuration`\n\n## Authentication\n\nWe use OAuth 2 and OpenID Connect for authentication, with the redirect flow.\n";
    let docs = Docs::new("servers-auth-oidc", &[("source/index.html.md", &slate(intro, OPS))]);
    let (spec, _) = docs.spec();
    let scheme = &spec["components"]["securitySchemes"]["openIdConnect"];
    assert_eq!(scheme["type"], "openIdConnect");
    assert_eq!(scheme["openIdConnectUrl"], "https://widgets.test/.well-known/openid-configuration");
}

#[test]
fn a_tool_header_that_looks_like_a_token_is_no_scheme() {
    let intro = "## Authentication\n\n```shell\ncurl https://api.widgets.test/widgets -H 'X-Widget-Token: TOKEN' -H 'Postman-Token: 2f1c'\n```\n";
    let docs = Docs::new("servers-auth-postman", &[("source/index.html.md", &slate(intro, OPS))]);
    let (spec, _) = docs.spec();
    let schemes = spec["components"]["securitySchemes"].as_object().cloned().unwrap_or_default();
    assert!(schemes.values().any(|s| s["name"] == "X-Widget-Token"), "{schemes:?}");
    assert!(!schemes.values().any(|s| s["name"] == "Postman-Token"), "{schemes:?}");
}

#[test]
fn a_key_and_its_passphrase_are_one_requirement_and_public_operations_need_none() {
    let intro = "## Authentication\n\n```shell\ncurl https://api.widgets.test/widgets -H 'X-Widget-Key: KEY' -H 'X-Widget-Passphrase: PASSPHRASE'\n```\n";
    let mut page = slate(intro, OPS);
    page.push_str("\n# Server time\n\nThis is a public endpoint.\n\n### HTTP Request\n\n`GET /time`\n");
    page.push_str("\n# Create a transfer\n\nMoves money.\n\n### HTTP Request\n\n`POST /transfers`\n\n```shell\ncurl -X POST https://api.widgets.test/transfers -H 'X-Widget-Key: KEY' -H 'X-Widget-Passphrase: PASSPHRASE' -H 'Idempotency-Key: 7f3a'\n```\n");
    let docs = Docs::new("servers-auth-together", &[("source/index.html.md", &page)]);
    let (spec, _) = docs.spec();
    let first = spec["security"][0].as_object().cloned().unwrap_or_default();
    assert_eq!(first.len(), 2, "key and passphrase together: {first:?}");
    assert_eq!(spec["paths"]["/time"]["get"]["security"], serde_json::json!([]));
    let params = spec["paths"]["/transfers"]["post"]["parameters"].as_array().cloned().unwrap_or_default();
    assert!(params.iter().any(|p| p["in"] == "header" && p["name"] == "Idempotency-Key"), "{params:?}");
}

/// Docs generated from an OpenAPI spec: a "Base URLs:" list with its variables, contact links
/// that are no servers, and an "Authentication" section listing every scheme.
#[test]
fn a_generated_base_url_list_and_scheme_listing_import_back() {
    let page = "---\ntitle: Widgets API v2\n---\n\n# Widgets API v2\n\nBase URLs:\n\n* <a href=\"https://{region}.api.widgets.test/v2\">https://{region}.api.widgets.test/v2</a>\n\n    * **region** - Where your account lives. Default: eu\n\n        * eu\n\n        * us\n\nEmail: <a href=\"mailto:dev@widgets.test\">Support</a> Web: <a href=\"https://help.widgets.test/\">Help center</a>\n\n# Authentication\n\n- HTTP Authentication, scheme: basic \n\n* API Key (queryKey)\n    - Parameter Name: **api_key**, in: query. \n\n- oAuth2 authentication. \n\n    - Flow: authorizationCode\n\n    - Authorization URL = [https://auth.widgets.test/authorize](https://auth.widgets.test/authorize)\n\n    - Token URL = [https://auth.widgets.test/token](https://auth.widgets.test/token)\n\n# Widgets\n\n## List widgets\n\n`GET /widgets`\n\n```shell\ncurl -X GET https://eu.api.widgets.test/v2/widgets -H 'Authorization: Bearer {access-token}'\n```\n";
    let docs = Docs::new("servers-auth-generated", &[("index.html.md", page)]);
    let (spec, _) = docs.spec();
    assert_eq!(server_urls(&spec), vec!["https://{region}.api.widgets.test/v2"], "the help link is no server");
    assert_eq!(spec["servers"][0]["variables"]["region"]["default"], "eu");
    let schemes = spec["components"]["securitySchemes"].as_object().cloned().unwrap_or_default();
    let kinds: Vec<(String, String)> = schemes
        .values()
        .map(|s| {
            (
                s["type"].as_str().unwrap_or("").to_owned(),
                s["in"].as_str().or(s["scheme"].as_str()).unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("oauth2".to_owned(), "".to_owned()),
            ("http".to_owned(), "basic".to_owned()),
            ("apiKey".to_owned(), "query".to_owned())
        ]
    );
    assert_eq!(schemes["oauth2"]["flows"]["authorizationCode"]["tokenUrl"], "https://auth.widgets.test/token");
}
