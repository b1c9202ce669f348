//! Doc layouts as vendors publish them (stage 1, finding the pages): small made-up doc sets,
//! one per layout, never copied from a vendor. Each test checks which pages are read, in which
//! order, once each, and what the diagnostics say about the pages left out.

use slate_import::diag::{Diagnostic, Severity};

mod common;
use common::Docs;

/// The pages read, relative to the doc-set root, in order.
fn pages(imported: &slate_import::Import) -> Vec<String> {
    imported
        .pages
        .iter()
        .map(|p| p.strip_prefix(&imported.root).unwrap_or(p).to_string_lossy().replace('\\', "/"))
        .collect()
}

fn with_code<'a>(imported: &'a slate_import::Import, code: &str) -> Vec<&'a Diagnostic> {
    imported.diagnostics.iter().filter(|d| d.code == code).collect()
}

/// Asserts that the spec has each of `want` among its paths (operation finding is checked
/// elsewhere: here only that the pages read carry their operations into the spec).
fn assert_paths(imported: &slate_import::Import, want: &[&str]) {
    let have: Vec<&String> = imported.spec.paths.paths.keys().collect();
    for w in want {
        assert!(have.iter().any(|h| h == w), "{w} not among {have:?}");
    }
}

/// A page documenting one operation by its request line.
fn operation(title: &str, line: &str) -> String {
    format!("# {title}\n\nWhat it does.\n\n### HTTP Request\n\n`{line}`\n")
}

#[test]
fn readme_links_to_its_own_repository_by_absolute_url_are_pages() {
    let readme = "# Gizmo API\n\n\
        See [the SDK](https://github.com/acme/gizmo-sdk) and [our site](https://gizmo.example/docs/intro.md).\n\n\
        ## Endpoints\n\n\
        - **[<code>GET</code> gizmos](https://github.com/acme/gizmo-api-docs/blob/main/endpoints/gizmo/GET_gizmos.md)**\n\
        - **[<code>GET</code> gizmos/:id](https://github.com/acme/gizmo-api-docs/blob/main/endpoints/gizmo/GET_gizmos_id.md#top)**\n\
        - [Guide](https://github.com/acme/gizmo-api-docs/tree/main/guides/Getting%20Started.md)\n\
        - [Parts](https://raw.githubusercontent.com/acme/gizmo-api-docs/main/endpoints/part/GET_parts.md)\n\
        - [Other docs](https://github.com/someone/else/blob/master/endpoints/extra.md)\n\
        - [Folder](https://github.com/acme/gizmo-api-docs/tree/main/endpoints)\n\
        - [Gone](https://github.com/acme/gizmo-api-docs/blob/main/endpoints/gone.md)\n\n\
        Read [the terms][terms].\n\n\
        [terms]: https://github.com/acme/gizmo-api-docs/blob/main/basics/terms.md\n";
    let docs = Docs::new(
        "github-urls",
        &[
            ("README.md", readme),
            ("endpoints/gizmo/GET_gizmos.md", &operation("List gizmos", "GET https://api.gizmo.test/v1/gizmos")),
            ("endpoints/gizmo/GET_gizmos_id.md", &operation("Get a gizmo", "GET https://api.gizmo.test/v1/gizmos/:id")),
            ("endpoints/part/GET_parts.md", &operation("List parts", "GET https://api.gizmo.test/v1/parts")),
            ("guides/Getting Started.md", "# Getting started\n\nSign up first.\n"),
            ("basics/terms.md", "# Terms\n\nBe nice.\n"),
            ("endpoints/extra.md", &operation("Not ours", "GET https://api.gizmo.test/v1/extra")),
        ],
    );
    let imported = docs.import();
    assert_eq!(
        pages(&imported),
        [
            "README.md",
            "endpoints/gizmo/GET_gizmos.md",
            "endpoints/gizmo/GET_gizmos_id.md",
            "guides/Getting Started.md",
            "endpoints/part/GET_parts.md",
            "basics/terms.md",
        ]
    );
    assert_paths(&imported, &["/gizmos", "/gizmos/{id}", "/parts"]);
    // Another repository's file of the same path is not a page of these docs; a missing file of
    // this repository may lie outside the doc folder: neither is an error.
    let unpublished: Vec<&str> = with_code(&imported, "unpublished-page").iter().map(|d| d.file.as_str()).collect();
    assert_eq!(unpublished, ["endpoints/extra.md"]);
    assert!(imported.diagnostics.iter().all(|d| d.severity != Severity::Error), "{:#?}", imported.diagnostics);
}

#[test]
fn the_docs_may_be_a_subfolder_of_the_repository_its_urls_name() {
    let readme = "# Docs\n\n* [Widgets](https://github.com/acme/platform/blob/release/v2/api/docs/widgets.md)\n";
    let docs = Docs::new(
        "github-subfolder",
        &[("README.md", readme), ("widgets.md", &operation("List widgets", "GET https://w.test/widgets"))],
    );
    let imported = docs.import();
    // The branch holds a slash and the folder is `api/docs/` of the repository.
    assert_eq!(pages(&imported), ["README.md", "widgets.md"]);
}

#[test]
fn one_file_per_operation_in_nested_folders_is_read_once_in_readme_order() {
    let readme = "# Clips API\n\n## Features\n* [Pagination](pagination.md)\n\n## Clips\n\n\
        * [Get Clips](clips/get.md) : `GET /clips`\n\
        * [Get Clip](clips/get-single.md) : `GET /clips/<id>`\n\
        * [Get Clips again](./clips/get.md)\n\
        * [Delete Clip](clips/delete.md) : `DELETE /clips/<id>`\n";
    let get = "# Get Clips\n\nReturns a list of [clip objects](object.md); see [Get Clip](get-single.md), \
        [pagination](../pagination.md) and [the changelog](changes.md).\n\n### HTTP Request\n\n\
        `GET https://api.clips.test/clips`\n";
    let docs = Docs::new(
        "nested",
        &[
            ("README.md", readme),
            ("pagination.md", "# Pagination\n\nUse the Range header.\n"),
            ("clips/get.md", get),
            ("clips/object.md", "# Clip object\n\nField | Type\n--- | ---\nid | string\n"),
            ("clips/get-single.md", &operation("Get Clip", "GET https://api.clips.test/clips/<id>")),
            ("clips/delete.md", &operation("Delete Clip", "DELETE https://api.clips.test/clips/<id>")),
            ("clips/unlisted.md", &operation("Unlisted", "GET https://api.clips.test/unlisted")),
        ],
    );
    let imported = docs.import();
    // The object page only `clips/get.md` links comes right after it; `get-single.md`, which it
    // links too, keeps its README position; every page once.
    assert_eq!(
        pages(&imported),
        ["README.md", "pagination.md", "clips/get.md", "clips/object.md", "clips/get-single.md", "clips/delete.md"]
    );
    assert_paths(&imported, &["/clips", "/clips/{id}"]);
    // A dangling link of a linked page is a warning at that link; the README's own would be an error.
    let missing = with_code(&imported, "missing-page");
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert_eq!(
        (missing[0].severity, missing[0].file.as_str(), missing[0].line),
        (Severity::Warning, "clips/get.md", 3)
    );
    let unpublished: Vec<&str> = with_code(&imported, "unpublished-page").iter().map(|d| d.file.as_str()).collect();
    assert_eq!(unpublished, ["clips/unlisted.md"]);
}

/// A README's index entry that is missing stops the import (an error); a dangling link in the
/// README's running text ("see our [code of conduct](CONDUCT.md)") is a reference: a warning.
#[test]
fn a_missing_index_entry_is_an_error_a_missing_reference_a_warning() {
    let readme = "# Clips API\n\nPlease read our [code of conduct](CONDUCT.md) before you post.\n\n\
        * [List Clips](clips.md)\n* [Gone](gone.md)\n";
    let docs = Docs::new(
        "missing-kinds",
        &[("README.md", readme), ("clips.md", &operation("List Clips", "GET https://api.clips.test/clips"))],
    );
    let imported = docs.import();
    let missing: Vec<(Severity, u32)> =
        with_code(&imported, "missing-page").iter().map(|d| (d.severity, d.line as u32)).collect();
    assert_eq!(missing, [(Severity::Warning, 3), (Severity::Error, 6)], "{:?}", imported.diagnostics);
}

#[test]
fn an_index_page_keeps_its_order_over_the_cross_references_of_its_pages() {
    let readme = "# Tracker API\n\n* [API v1](api.md)\n* [Reports](reports.md)\n";
    let api =
        "# API v1\n\n* [Auth](chapters/auth.md)\n* [Clients](chapters/clients.md)\n* [Users](chapters/users.md)\n";
    let auth = "# Auth\n\nSee [users](users.md) and [the detailed report](../reports/detailed.md).\n";
    let docs = Docs::new(
        "index-pages",
        &[
            ("README.md", readme),
            ("api.md", api),
            ("chapters/auth.md", auth),
            ("chapters/clients.md", &operation("Clients", "GET https://t.test/v1/clients")),
            ("chapters/users.md", &operation("Users", "GET https://t.test/v1/users")),
            ("reports.md", "# Reports\n\n* [Weekly](reports/weekly.md)\n* [Detailed](reports/detailed.md)\n"),
            ("reports/weekly.md", &operation("Weekly", "GET https://t.test/v1/weekly")),
            ("reports/detailed.md", &operation("Detailed", "GET https://t.test/v1/detailed")),
        ],
    );
    let imported = docs.import();
    // `chapters/auth.md` links users and the detailed report first, but `api.md` and
    // `reports.md` list them: each is read where its index lists it.
    assert_eq!(
        pages(&imported),
        [
            "README.md",
            "api.md",
            "chapters/auth.md",
            "chapters/clients.md",
            "chapters/users.md",
            "reports.md",
            "reports/weekly.md",
            "reports/detailed.md",
        ]
    );
}

#[test]
fn links_resolve_against_the_page_that_holds_them_and_stay_in_the_folder() {
    let readme = "# Guide\n\n[Start](guide/index.md)\n";
    let index = "# Guide index\n\n[Next](./part%20two.md), [Top](/README.md), [Errors](../reference/errors.md), \
        [Outside](../../secret.md)\n\n```md\n[In a code block](never.md)\n```\n\n<!-- [In a comment](hidden.md) -->\n";
    let docs = Docs::new(
        "relative",
        &[
            ("README.md", readme),
            ("guide/index.md", index),
            ("guide/part two.md", "# Part two\n"),
            ("reference/errors.md", "# Errors\n"),
            ("guide/never.md", "# Never\n"),
            ("guide/hidden.md", "# Hidden\n"),
        ],
    );
    let imported = docs.import();
    assert_eq!(pages(&imported), ["README.md", "guide/index.md", "guide/part two.md", "reference/errors.md"]);
    assert!(with_code(&imported, "missing-page").is_empty(), "{:?}", imported.diagnostics);
}

#[test]
fn a_folder_of_includes_only_reads_every_include_in_path_order() {
    let docs = Docs::new(
        "includes-only",
        &[
            ("source/includes/_widgets.md", &operation("Widgets", "GET https://api.w.test/widgets")),
            ("source/includes/_auth.md", "# Authentication\n\nSend `X-Key`.\n"),
            ("source/includes/admin/_users.md", &operation("Users", "GET https://api.w.test/users")),
            ("source/includes/_widgets_CN.md", &operation("Widgets", "GET https://api.w.test/widgets")),
            ("source/notes.md", "# Notes\n"),
        ],
    );
    let imported = docs.import();
    assert_eq!(
        pages(&imported),
        ["source/includes/_auth.md", "source/includes/_widgets.md", "source/includes/admin/_users.md"]
    );
    assert_eq!(imported.entry.page, None);
    assert_eq!(imported.entry.layout, slate_import::docset::Layout::IncludesOnly);
    let note = with_code(&imported, "no-entry-page");
    assert_eq!(note.len(), 1);
    assert_eq!(note[0].severity, Severity::Info);
    assert!(note[0].message.contains("no entry page"), "{}", note[0].message);
    assert!(
        note[0]
            .message
            .contains("source/includes/_auth.md, source/includes/_widgets.md, source/includes/admin/_users.md"),
        "{}",
        note[0].message
    );
    let twins: Vec<&str> = with_code(&imported, "translated-page").iter().map(|d| d.file.as_str()).collect();
    assert_eq!(twins, ["source/includes/_widgets_CN.md"]);
    assert_paths(&imported, &["/widgets", "/users"]);
}

#[test]
fn translated_twins_and_locale_folders_are_skipped_and_the_english_page_read_once() {
    let readme = "# Exchange API\n\n[中文](README_CN.md)\n\n\
        Name | Description\n--- | ---\n[rest-api.md](./rest-api.md) | REST API\n\
        [users](GET_users.md) | Users\n[one user](GET_users_id.md) | One user\n[日本語](ja/rest-api.md) | Japanese\n";
    let docs = Docs::new(
        "twins",
        &[
            ("README.md", readme),
            ("README_CN.md", "# 交易所 API\n\n[rest-api_CN.md](./rest-api_CN.md)\n"),
            ("rest-api.md", &operation("Ping", "GET https://api.x.test/ping")),
            ("rest-api_CN.md", &operation("Ping", "GET https://api.x.test/ping")),
            ("rest-api_zh-TW.md", &operation("Ping", "GET https://api.x.test/ping")),
            ("rest-api.ko.md", &operation("Ping", "GET https://api.x.test/ping")),
            // `_id` is a word here, not Indonesian: both pages are read.
            ("GET_users.md", &operation("Users", "GET https://api.x.test/users")),
            ("GET_users_id.md", &operation("User", "GET https://api.x.test/users/:id")),
            ("terms.md", "# Terms\n"),
            ("terms_CN.md", "# 条款\n"),
            ("ja/README.md", "# 取引所 API\n"),
            ("ja/rest-api.md", &operation("Ping", "GET https://api.x.test/ping")),
        ],
    );
    let imported = docs.import();
    assert_eq!(pages(&imported), ["README.md", "rest-api.md", "GET_users.md", "GET_users_id.md"]);
    let skipped: Vec<(&str, &str)> =
        with_code(&imported, "translated-page").iter().map(|d| (d.file.as_str(), d.message.as_str())).collect();
    let files: Vec<&str> = skipped.iter().map(|(f, _)| *f).collect();
    // Linked translations where they are linked, the others by their own path, the locale
    // folder once with its page count.
    assert_eq!(
        files,
        ["README.md", "README.md", "ja/", "rest-api.ko.md", "rest-api_CN.md", "rest-api_zh-TW.md", "terms_CN.md"]
    );
    for (file, message) in &skipped {
        assert!(message.contains("not imported"), "{file}: {message}");
    }
    assert!(skipped[0].1.contains("README_CN.md") && skipped[0].1.contains("`CN`"), "{:?}", skipped[0]);
    assert!(skipped[2].1.contains("locale folder") && skipped[2].1.contains("2 page(s)"), "{:?}", skipped[2]);
    assert!(skipped[4].1.contains("of rest-api.md"), "{:?}", skipped[4]);
    assert!(skipped[4].1.contains("the English page is"), "{:?}", skipped[4]);
    assert!(skipped[5].1.contains("`zh-TW`"), "{:?}", skipped[5]);
    // A twin of a page nothing links says so; that page is the unpublished one.
    assert!(skipped[6].1.contains("nor is the English page"), "{:?}", skipped[6]);
    let unpublished: Vec<&str> = with_code(&imported, "unpublished-page").iter().map(|d| d.file.as_str()).collect();
    assert_eq!(unpublished, ["terms.md"]);
    assert_eq!(imported.entry.page.as_deref(), Some("README.md"));
    let others: Vec<&str> = imported.entry.others.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(others, ["README_CN.md"]);
    assert_paths(&imported, &["/ping", "/users", "/users/{id}"]);
}

#[test]
fn a_slate_index_translation_and_locale_includes_are_not_extra_pages() {
    let index = "---\ntitle: Things API\nincludes:\n  - things\n---\n\n# Introduction\n";
    let docs = Docs::new(
        "slate-locale",
        &[
            ("source/index.html.md", index),
            ("source/index.ja.html.md", "---\ntitle: Things API\nincludes:\n  - ja/things\n---\n\n# はじめに\n"),
            ("source/includes/_things.md", &operation("List things", "GET https://t.test/things")),
            ("source/includes/ja/_things.md", &operation("List things", "GET https://t.test/things")),
        ],
    );
    let imported = docs.import();
    assert_eq!(pages(&imported), ["source/index.html.md", "source/includes/_things.md"]);
    let skipped: Vec<&str> = with_code(&imported, "translated-page").iter().map(|d| d.file.as_str()).collect();
    assert_eq!(skipped, ["source/includes/ja/", "source/index.ja.html.md"]);
    assert!(with_code(&imported, "extra-page").is_empty() && with_code(&imported, "unpublished-page").is_empty());
    let others: Vec<&str> = imported.entry.others.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(others, ["source/index.ja.html.md"]);
}

#[test]
fn an_english_locale_folder_holds_the_entry_page() {
    let docs = Docs::new(
        "en-folder",
        &[
            ("en/README.md", "# API\n\n* [Items](items.md)\n"),
            ("en/items.md", &operation("List items", "GET https://i.test/items")),
            ("zh-CN/README.md", "# API\n\n* [Items](items.md)\n"),
            ("zh-CN/items.md", &operation("List items", "GET https://i.test/items")),
        ],
    );
    let imported = docs.import();
    assert_eq!(pages(&imported), ["en/README.md", "en/items.md"]);
    let skipped: Vec<&str> = with_code(&imported, "translated-page").iter().map(|d| d.file.as_str()).collect();
    assert_eq!(skipped, ["zh-CN/"]);
}

#[test]
fn a_doc_set_without_operations_is_an_error_saying_what_was_read() {
    let docs = Docs::new(
        "no-operations",
        &[
            ("README.md", "# Notes\n\n* [Overview](overview.md)\n"),
            ("overview.md", "# Overview\n\nWe have an API. Ask us about it.\n"),
        ],
    );
    let imported = docs.import();
    assert_eq!(imported.operation_count, 0);
    let errors = with_code(&imported, "no-operations");
    assert_eq!(errors.len(), 1, "{:?}", imported.diagnostics);
    let e = errors[0];
    assert_eq!((e.severity, e.file.as_str()), (Severity::Error, "README.md"));
    for said in ["request lines", "entry page README.md", "2 page(s) read: README.md, overview.md"] {
        assert!(e.message.contains(said), "{said:?} in {}", e.message);
    }
    assert!(e.help.is_some());
}

#[test]
fn the_entry_page_and_the_other_entry_pages_are_exposed() {
    let docs = Docs::new(
        "entries",
        &[
            ("README.md", "# This repository builds our docs with Slate\n"),
            ("source/index.html.md", "---\ntitle: Main API\nincludes:\n  - items\n---\n\n# Main\n"),
            ("source/v1.html.md", "---\ntitle: Old API\nincludes:\n  - old\n---\n\n# Old\n"),
            ("source/includes/_items.md", &operation("List items", "GET https://m.test/items")),
            ("source/includes/_old.md", &operation("List olds", "GET https://m.test/old")),
        ],
    );
    let imported = docs.import();
    assert_eq!(imported.entry.page.as_deref(), Some("source/index.html.md"));
    let others: Vec<(&str, &str)> = imported.entry.others.iter().map(|o| (o.path.as_str(), o.why.as_str())).collect();
    assert_eq!(
        others,
        [("source/v1.html.md", "another API: its own `includes`"), ("README.md", "a README beside a Slate entry page")]
    );
    let summary = imported.entry.summary();
    assert!(summary.starts_with("entry page source/index.html.md"), "{summary}");
    assert!(summary.contains("source/v1.html.md"), "{summary}");
    assert_eq!(pages(&imported), ["source/index.html.md", "source/includes/_items.md"]);

    // Naming the other entry page imports that API, positions still relative to the doc set.
    let old = slate_import::import(&docs.0.join("source/v1.html.md")).expect("import");
    assert_eq!(old.entry.page.as_deref(), Some("source/v1.html.md"));
    assert_eq!(pages(&old), ["source/v1.html.md", "source/includes/_old.md"]);
}

#[test]
fn an_entry_page_in_a_subfolder_of_source_finds_its_includes_in_source() {
    let docs = Docs::new(
        "nested-entry",
        &[
            ("source/index.html.md", "---\ntitle: Main API\nincludes:\n  - items\n---\n\n# Main\n"),
            ("source/partner/index.html.md", "---\ntitle: Partner API\nincludes:\n  - partner\n---\n\n# Partner\n"),
            ("source/includes/_items.md", &operation("List items", "GET https://m.test/items")),
            ("source/includes/_partner.md", &operation("List partners", "GET https://p.test/partners")),
        ],
    );
    // The folder: the main API; the partner API is another entry page.
    let main = docs.import();
    assert_eq!(pages(&main), ["source/index.html.md", "source/includes/_items.md"]);
    let others: Vec<&str> = main.entry.others.iter().map(|o| o.path.as_str()).collect();
    assert_eq!(others, ["source/partner/index.html.md"]);
    // Its file: its includes are partials of the source folder, as Slate publishes them.
    let partner = slate_import::import(&docs.0.join("source/partner/index.html.md")).expect("import");
    assert_eq!(pages(&partner), ["source/partner/index.html.md", "source/includes/_partner.md"]);
    assert!(partner.diagnostics.iter().all(|d| d.code != "missing-include"), "{:?}", partner.diagnostics);
    assert_eq!(partner.root, docs.0);
}
