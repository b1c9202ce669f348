//! `docs/diagnostics.md` lists every diagnostic code, the importer's and the generator's, with
//! the levels it is reported at and what it means: the tables must be the enums' own
//! (`codegen::render::code_table`), row for row.

use codegen::render::code_table;

const DOC: &str = include_str!("../../../docs/diagnostics.md");

/// The table between `<!-- codes: NAME -->` and the next `<!-- end -->`.
fn table(name: &str) -> &'static str {
    let begin = format!("<!-- codes: {name} -->\n");
    let start =
        DOC.find(&begin).map(|i| i + begin.len()).unwrap_or_else(|| panic!("no `{begin}` in docs/diagnostics.md"));
    let len = DOC[start..].find("<!-- end -->").expect("the table ends with `<!-- end -->`");
    &DOC[start..start + len]
}

fn check(name: &str, want: String) {
    let have = table(name);
    let missing: Vec<&str> = want.lines().filter(|row| !have.lines().any(|h| h == *row)).collect();
    let extra: Vec<&str> = have.lines().filter(|row| !want.lines().any(|w| w == *row)).collect();
    assert!(
        have == want,
        "docs/diagnostics.md, table `{name}`: rows to add or correct:\n{}\nrows no code has:\n{}\nthe whole table:\n{want}",
        missing.join("\n"),
        extra.join("\n")
    );
}

#[test]
fn the_importer_table_lists_every_code_with_its_levels() {
    check("slate-import", code_table::<slate_import::diag::Code>());
}

#[test]
fn the_generator_table_lists_every_code_with_its_levels() {
    check("client-gen", code_table::<client_gen::Code>());
}

#[test]
fn a_table_that_lacks_a_row_differs() {
    let full = code_table::<client_gen::Code>();
    let short: String = full.lines().filter(|l| !l.contains("`no-stream`")).map(|l| format!("{l}\n")).collect();
    assert_ne!(full, short, "the test would notice a missing row");
    assert!(full.contains("| `no-stream` | warning | "), "{full}");
    assert!(code_table::<slate_import::diag::Code>().contains("| `missing-page` | error, warning | "));
}
