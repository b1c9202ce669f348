//! Real doc sets: diffed against each other, and copied, edited and imported again.

use crate::common::*;

#[test]
fn real_doc_sets_diff_deterministically() {
    let booqable = codegen::import_docs(&real_docs("booqable")).expect("booqable imports").spec;
    let spaces = codegen::import_docs(&real_docs("spaces")).expect("spaces imports").spec;
    let first = diff::diff(&spaces, &booqable);
    assert_eq!(first, diff::diff(&spaces, &booqable));
    assert!(diff::diff(&booqable, &booqable).is_empty());
    let removed = first.iter().filter(|c| c.kind == ChangeKind::OperationRemoved).count();
    let added = first.iter().filter(|c| c.kind == ChangeKind::OperationAdded).count();
    let count = |s: &openapiv3::OpenAPI| {
        s.paths.paths.values().filter_map(|p| p.as_item()).map(|p| p.iter().count()).sum::<usize>()
    };
    // Both have GET /customers and GET /customers/{id} (with other parameter names).
    assert_eq!((removed, added), (count(&spaces) - 2, count(&booqable) - 2));
    assert!(first.iter().any(|c| c.kind == ChangeKind::PathParameterRenamed && c.location == "GET /customers/{id}"));
}

// ---------------------------------------------------------------------------------------------
// Real doc sets, copied and edited

#[test]
fn real_docs_operation_removed() {
    let tmp = TempDir::new("removed");
    let dir = edited_copy(&tmp, "booqable", "source/includes/_customers.md", |t| {
        let (i, j) = section_bounds(t, "## Archive customer");
        format!("{}{}", &t[..i], &t[j..])
    });
    assert_eq!(
        doc_changes("booqable", &dir),
        vec![("operation_removed".to_owned(), "DELETE /customers/{id}/archive".to_owned(), Severity::Error)]
    );
}

#[test]
fn real_docs_optional_parameter_added() {
    let tmp = TempDir::new("param");
    let row = "| per       | nil     | If set it limits the number of customers per page |\n";
    let dir = edited_copy(&tmp, "booqable", "source/includes/_customers.md", |t| {
        t.replacen(
            row,
            &format!("{row}| q         | nil     | Only customers whose name contains this text      |\n"),
            1,
        )
    });
    assert_eq!(
        doc_changes("booqable", &dir),
        vec![("optional_parameter_added".to_owned(), "GET /customers parameter query.q".to_owned(), Severity::Info)]
    );
}

#[test]
fn real_docs_field_renamed() {
    let tmp = TempDir::new("renamed");
    let dir = edited_copy(&tmp, "spaces", "sections/account.md", |t| t.replace("referral_code", "referral_token"));
    assert_eq!(
        doc_changes("spaces", &dir),
        vec![
            (
                "optional_response_field_removed".to_owned(),
                "GET /account response 200 body .referral_code".to_owned(),
                Severity::Warning
            ),
            (
                "response_field_added".to_owned(),
                "GET /account response 200 body .referral_token".to_owned(),
                Severity::Info
            ),
        ]
    );
}

#[test]
fn real_docs_type_changed() {
    let tmp = TempDir::new("type");
    let dir = edited_copy(&tmp, "spaces", "sections/account.md", |t| {
        t.replace("\"created\": 1412036805", "\"created\": \"2014-09-30T00:26:45Z\"")
            .replace("**created** | integer |", "**created** | string |")
    });
    let found = doc_changes("spaces", &dir);
    assert_eq!(
        found,
        vec![("type_changed".to_owned(), "GET /account response 200 body .created".to_owned(), Severity::Error)]
    );
}
