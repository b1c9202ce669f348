//! Issue 13 on small made-up doc sets (never copied from a vendor): a paging convention pages
//! only the lists whose own evidence shows paging; a response's paging object names the
//! parameters; a limit stated for one endpoint is that operation's `x-rate-limit`; a header the
//! docs require in a sentence is in `x-request-headers`.

use serde_json::{json, Value};

mod common;
use common::Docs;

fn import(name: &str, text: &str) -> Value {
    Docs::new(name, &[("index.html.md", text)]).import_json().0
}

#[test]
fn a_convention_pages_only_the_lists_whose_evidence_shows_paging() {
    let spec = import(
        "paging-evidence",
        "# Widgets API\n\n## Pagination\n\nSearches with many results are paged by `page` and `per_page`.\n\n\
# Widgets\n\n## List widgets\n\n`GET https://api.widgets.test/widgets`\n\n### Query Parameters\n\n| Parameter | Description |\n|---|---|\n| page | The page. |\n| per_page | Items per page. |\n\n```json\n[{\"id\": 1}]\n```\n\n\
## List colours\n\n`GET https://api.widgets.test/colours`\n\n```json\n[{\"id\": 1}]\n```\n\n\
## List gadgets\n\nReturns a paginated list of gadgets.\n\n`GET https://api.widgets.test/gadgets`\n\n```json\n[{\"id\": 1}]\n```\n",
    );
    let paging = |path: &str| spec["paths"][path]["get"].get("x-pagination").cloned();
    assert_eq!(paging("/widgets").map(|p| p["page_param"].clone()), Some(json!("page")), "{spec:#}");
    assert_eq!(paging("/colours"), None, "a list without paging parameters or words is not paged");
    assert!(paging("/gadgets").is_some(), "the words call it paginated: {spec:#}");
}

#[test]
fn a_paging_object_in_the_response_names_the_parameters() {
    let spec = import(
        "paging-object",
        "# Shop\n\n## Search orders\n\n`GET https://api.shop.test/v1/orders/search?q=x`\n\n```json\n\
{\"pagination\": {\"limit\": 10, \"offset\": 0, \"total\": 33}, \"data\": [{\"id\": 1}], \"warnings\": [], \"errors\": []}\n```\n",
    );
    let p = &spec["paths"]["/orders/search"]["get"]["x-pagination"];
    assert_eq!(p["style"], "offset", "{spec:#}");
    assert_eq!(
        (p["items"].as_str(), p["size_param"].as_str(), p["offset_param"].as_str()),
        (Some("data"), Some("limit"), Some("offset"))
    );
    assert_eq!(p["total_count"], "pagination.total");
}

#[test]
fn a_limit_stated_for_one_endpoint_is_its_own() {
    let spec = import(
        "endpoint-limit",
        "# Shop\n\n## Redeem a voucher\n\n### Resource Information\n\n| | |\n|---|---|\nURI | `/vouchers/redeem`\nRate Limited? | Yes (100 per minute)\n\n\
### Request URL\n\n`POST https://api.shop.test/v1/vouchers/redeem`\n\n\
## Get a voucher\n\n### Resource Information\n\n| | |\n|---|---|\nURI | `/vouchers/{id}`\nRate Limited? | Yes\n\n### Request URL\n\n`GET https://api.shop.test/v1/vouchers/{id}`\n",
    );
    assert_eq!(
        spec["paths"]["/vouchers/redeem"]["post"]["x-rate-limit"],
        json!({"requests": 100, "per_seconds": 60}),
        "{spec:#}"
    );
    assert!(spec["paths"]["/vouchers/{id}"]["get"].get("x-rate-limit").is_none(), "no figure, no limit");
    assert!(spec.get("x-rate-limit").is_none(), "no API-wide limit is stated");
}

#[test]
fn a_header_required_in_a_sentence_is_a_request_header() {
    let spec = import(
        "required-headers",
        "# Widgets API\n\n## Identify yourself\n\nYou must include a `User-Agent` header with your app's name and a contact:\n\n\
* `User-Agent: WidgetSync (ops@example.test)`\n\n## Versions\n\nThe current version is `application/vnd.widgets.v2+json`. \
All requests must name the version in a valid `Accept` header.\n\n# Widgets\n\n## List widgets\n\n`GET https://api.widgets.test/widgets`\n",
    );
    assert_eq!(
        spec["x-request-headers"],
        json!({"Accept": "application/vnd.widgets.v2+json", "User-Agent": "WidgetSync (ops@example.test)"}),
        "{spec:#}"
    );
}
