//! The runtime modules that do not vary with the spec, as plain Rust: the files of
//! `crates/client-runtime/src`, compiled and unit-tested there, embedded here with
//! `include_str!` and copied into each generated crate (progenitor's pattern). What varies in
//! such a module is the span between `// @spec-begin` and `// @spec-end`: it becomes the
//! rendering of the module's template (`templates/<module>.rs.j2`), which holds only that part.
//! The module keeps the layout it has there (only the span is formatted), without its unit
//! tests (they run in `crates/client-runtime`).

use std::path::Path;

use crate::GenError;

/// The runtime modules written as plain Rust, by module name.
pub const RUNTIME_SOURCES: &[(&str, &str)] = &[
    ("link_header", include_str!("../../../client-runtime/src/link_header.rs")),
    ("page_scan", include_str!("../../../client-runtime/src/page_scan.rs")),
    ("rate_limit", include_str!("../../../client-runtime/src/rate_limit.rs")),
    ("redirect", include_str!("../../../client-runtime/src/redirect.rs")),
    ("retry", include_str!("../../../client-runtime/src/retry.rs")),
];

/// The line a module's varying span starts with.
const SPEC_BEGIN: &str = "// @spec-begin\n";
/// The line it ends with.
const SPEC_END: &str = "// @spec-end\n";
/// Where a module's unit tests start (they run to the end of the file).
const TESTS: &str = "\n#[cfg(test)]\nmod tests {";

/// The Rust source of runtime module `name` and where it comes from (for errors): `<name>.rs`
/// of the templates folder when it has one, else the built-in file; `None`: the module is a
/// template only.
pub(super) fn source(name: &str, templates_dir: Option<&Path>) -> Result<Option<(String, String)>, GenError> {
    let Some((_, builtin)) = RUNTIME_SOURCES.iter().find(|(module, _)| *module == name) else {
        return Ok(None);
    };
    match templates_dir.map(|dir| dir.join(format!("{name}.rs"))) {
        Some(path) if path.is_file() => std::fs::read_to_string(&path)
            .map(|text| Some((path.display().to_string(), text)))
            .map_err(|e| GenError::Io { path: path.clone(), message: e.to_string() }),
        _ => Ok(Some((format!("crates/client-runtime/src/{name}.rs"), (*builtin).to_string()))),
    }
}

/// Module `name` from its Rust `source`: the `@spec` span replaced by `part` (the rendering of
/// the module's template; `None`: it has none, and then no span either), the unit tests
/// dropped unless `keep_tests`.
pub(super) fn assemble(name: &str, source: &str, part: Option<&str>, keep_tests: bool) -> Result<String, GenError> {
    let error = |message: String| GenError::Template { name: format!("{name}.rs"), message };
    let span = source.find(SPEC_BEGIN).map(|begin| (begin, source[begin..].find(SPEC_END).map(|end| begin + end)));
    let mut text = match (span, part) {
        (None, None) => source.to_string(),
        (Some((begin, Some(end))), Some(part)) => {
            format!("{}{part}{}", &source[..begin], &source[end + SPEC_END.len()..])
        }
        (Some((_, None)), _) => return Err(error(format!("`{}` without a `{}`", SPEC_BEGIN.trim(), SPEC_END.trim()))),
        (None, Some(_)) => {
            return Err(error(format!(
                "no `{}` ... `{}` span for the rendering of `{name}.rs.j2`",
                SPEC_BEGIN.trim(),
                SPEC_END.trim()
            )))
        }
        (Some(_), None) => {
            return Err(error(format!("a `{}` span but no `{name}.rs.j2` to fill it", SPEC_BEGIN.trim())))
        }
    };
    if !keep_tests {
        if let Some(tests) = text.find(TESTS) {
            text.truncate(tests + 1);
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_builtin_module_has_its_tests_last_and_a_span_only_with_a_template() {
        for (name, source) in RUNTIME_SOURCES {
            let template = crate::render::BUILTIN_TEMPLATES.iter().any(|(t, _)| *t == format!("{name}.rs.j2"));
            assert_eq!(source.matches(SPEC_BEGIN).count(), usize::from(template), "{name}");
            assert_eq!(source.matches(SPEC_END).count(), usize::from(template), "{name}");
            assert_eq!(source.matches(TESTS).count(), 1, "{name}: one test module");
            let tests = source.find(TESTS).unwrap_or_default();
            assert!(source[tests..].trim_end().ends_with('}') && source.ends_with("}\n"), "{name}");
            let part = template.then_some("const SPLICED: u8 = 1;\n");
            let full = assemble(name, source, part, true).expect("assembled");
            let bare = assemble(name, source, part, false).expect("assembled");
            assert!(!full.contains("@spec") && full.contains("mod tests {"), "{name}");
            assert!(!bare.contains("#[cfg(test)]") && bare.len() < full.len(), "{name}");
            assert_eq!(full.contains("const SPLICED"), template, "{name}");
            syn::parse_file(&bare).expect("still Rust without its tests");
        }
    }

    #[test]
    fn the_span_is_replaced_and_a_missing_or_unfilled_span_is_an_error() {
        let source = "//! Doc.\n// @spec-begin\nconst A: u8 = 1;\n// @spec-end\nfn f() {}\n";
        let text = assemble("m", source, Some("const A: u8 = 2;\n"), true).expect("assembled");
        assert_eq!(text, "//! Doc.\nconst A: u8 = 2;\nfn f() {}\n");
        assert!(assemble("m", source, None, true).is_err(), "span without a template");
        assert!(assemble("m", "fn f() {}\n", Some("x"), true).is_err(), "template without a span");
        assert!(assemble("m", "// @spec-begin\nfn f() {}\n", Some("x"), true).is_err(), "unclosed span");
        assert_eq!(assemble("m", "fn f() {}\n", None, false).expect("plain"), "fn f() {}\n");
    }

    #[test]
    fn a_module_of_the_templates_folder_replaces_the_builtin_one() {
        let dir = std::env::temp_dir().join(format!("client-gen-runtime-src-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("retry.rs"), "//! Mine.\n").expect("write");
        let (file, text) = source("retry", Some(&dir)).expect("read").expect("replaced");
        assert_eq!((file, text.as_str()), (dir.join("retry.rs").display().to_string(), "//! Mine.\n"));
        let (file, builtin) = source("rate_limit", Some(&dir)).expect("read").expect("built in");
        assert_eq!(file, "crates/client-runtime/src/rate_limit.rs");
        assert!(builtin.contains("pub(crate) struct RateLimiter"));
        assert_eq!(source("client", Some(&dir)).expect("read"), None, "a template only");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
