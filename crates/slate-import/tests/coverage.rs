//! The per-line account of an import (`slate_import::coverage`): each line is marked by what
//! the importer made of it, from the facts it holds, with the diagnostics at their lines.

mod common;

use common::Docs;
use slate_import::coverage::{Coverage, Use};

const PAGE: &str = "---
title: Gadgets API
---

# Introduction

Welcome to the Gadgets API.

# Authentication

```shell
curl https://api.example.com/v1/gadgets -H \"Authorization: Bearer API_KEY\"
```

# Errors

Code | Meaning
---- | -------
404 | Not found

# Gadgets

## List gadgets

```shell
curl https://api.example.com/v1/gadgets?limit=10
```

> The above command returns JSON structured like this:

```json
[{\"id\": 1, \"name\": \"Sprocket\"}]
```

Returns every gadget.

`GET https://api.example.com/v1/gadgets`

### Query Parameters

Parameter | Type | Description
--------- | ---- | -----------
limit | integer | How many gadgets to return.

<!--
## Delete gadget
`DELETE https://api.example.com/v1/gadgets/{id}`
-->

```ruby
puts 'hello'
```
";

/// The account of the one page, with the line holding `needle`.
fn line<'a>(coverage: &'a Coverage, needle: &str) -> &'a slate_import::coverage::LineAccount {
    coverage.pages[0].lines.iter().find(|l| l.text.contains(needle)).unwrap_or_else(|| panic!("no line {needle:?}"))
}

#[test]
fn every_line_is_marked_by_what_the_import_made_of_it() {
    let docs = Docs::new("coverage-lines", &[("index.html.md", PAGE)]);
    let (imported, coverage) = slate_import::import_with_coverage(&docs.0).expect("import");
    assert_eq!(coverage.pages.len(), 1);
    assert_eq!(coverage.pages[0].lines.len(), PAGE.lines().count());
    assert_eq!(line(&coverage, "title: Gadgets").used, Use::FrontMatter);
    assert_eq!(line(&coverage, "# Introduction").used, Use::Heading);
    assert_eq!(line(&coverage, "Welcome").used, Use::Prose);
    let request = line(&coverage, "`GET https://api.example.com/v1/gadgets`");
    assert_eq!(request.used, Use::Operation, "{request:?}");
    assert_eq!(request.operation, Some(0));
    assert_eq!(line(&coverage, "gadgets?limit=10").used, Use::Sample);
    let example = line(&coverage, "Sprocket");
    assert!(matches!(example.used, Use::Example | Use::Schema), "{example:?}");
    let row = line(&coverage, "limit | integer");
    assert_eq!(row.used, Use::Parameters, "{row:?}");
    assert!(row.note.contains("query parameters of GET /gadgets"), "{row:?}");
    let comment = line(&coverage, "DELETE https://");
    assert_eq!(comment.used, Use::Skipped, "{comment:?}");
    let ruby = line(&coverage, "puts 'hello'");
    assert_eq!(ruby.used, Use::Skipped, "{ruby:?}");
    let unused = &imported.diagnostics[ruby
        .diagnostics
        .first()
        .copied()
        .or_else(|| {
            coverage.pages[0]
                .lines
                .iter()
                .find(|l| l.number == ruby.number - 1)
                .and_then(|l| l.diagnostics.first().copied())
        })
        .expect("the unused block's diagnostic is at its first line")];
    assert_eq!(unused.code, "unused-block");
    assert!(ruby.note.contains("contributed nothing"), "the why is the diagnostic's message: {ruby:?}");
    assert_eq!(line(&coverage, "Authorization: Bearer").used, Use::Convention);
    // The errors table is in no recognised form: the diagnostics say so, and the lines too.
    let errors = line(&coverage, "404 | Not found");
    assert_eq!(errors.used, Use::Skipped, "{errors:?}");
    assert!(coverage.pages[0].lines.iter().filter(|l| l.text.trim().is_empty()).all(|l| l.used == Use::Blank));
}

#[test]
fn each_diagnostic_is_at_its_line_and_each_operation_says_what_went_into_the_spec() {
    let docs = Docs::new("coverage-ops", &[("index.html.md", PAGE)]);
    let (imported, coverage) = slate_import::import_with_coverage(&docs.0).expect("import");
    let placed: usize = coverage.pages.iter().flat_map(|p| &p.lines).map(|l| l.diagnostics.len()).sum::<usize>()
        + coverage.pages.iter().map(|p| p.page_diagnostics.len()).sum::<usize>()
        + coverage.elsewhere.len();
    assert_eq!(placed, imported.diagnostics.len(), "every diagnostic is placed once");
    for page in &coverage.pages {
        for l in &page.lines {
            for &k in &l.diagnostics {
                assert_eq!(imported.diagnostics[k].line, l.number);
            }
        }
    }
    assert_eq!(coverage.operations.len(), imported.operation_count);
    let op = &coverage.operations[0];
    assert_eq!((op.method.as_str(), op.path.as_str()), ("GET", "/gadgets"));
    assert!(op.operation_id.is_some());
    assert_eq!(op.page, Some(0));
    assert!(op.in_spec.iter().any(|p| p.contains("limit (query)")), "{:?}", op.in_spec);
    assert!(op.in_spec.iter().any(|p| p.starts_with("responses: 200")), "{:?}", op.in_spec);
    let ruby = line(&coverage, "puts 'hello'");
    let unused = ruby.diagnostics[0];
    assert_eq!(imported.diagnostics[unused].code, "unused-block");
    assert!(
        op.not_understood.contains(&unused),
        "the ruby block is under the operation's heading: {ruby:?} {:?} {:?}",
        op.not_understood,
        imported.diagnostics
    );
    assert_eq!(coverage.pages[0].operations, vec![0]);
    let counted: usize = coverage.pages[0].counts.values().sum();
    assert_eq!(counted, coverage.pages[0].lines.len());
}

#[test]
fn a_plain_import_and_an_import_with_coverage_agree() {
    let docs = Docs::new("coverage-same", &[("index.html.md", PAGE)]);
    let plain = docs.import();
    let (imported, _) = slate_import::import_with_coverage(&docs.0).expect("import");
    assert_eq!(slate_import::to_yaml(&plain.spec), slate_import::to_yaml(&imported.spec));
    assert_eq!(plain.diagnostics, imported.diagnostics);
}
