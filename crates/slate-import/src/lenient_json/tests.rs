use super::*;
use serde_json::json;

fn parse(text: &str) -> LenientJson {
    parse_lenient(text).expect("a value")
}

/// Value and the defect categories (message up to `: `) with their lines.
fn check(text: &str, value: Value, defects: &[(usize, &str)]) {
    let p = parse(text);
    assert_eq!(p.value, value, "value of {text:?}");
    let got: Vec<(usize, &str)> = p.defects.iter().map(|d| (d.line, d.message.split(": ").next().unwrap())).collect();
    assert_eq!(got, defects, "defects of {text:?}: {:#?}", p.defects);
}

#[test]
fn valid_json_has_no_defects() {
    check(
        r#"{"a": [1, -2.5, 1.5e3, true, null, "x\"y\u00e9"], "b": {}}"#,
        json!({"a": [1, -2.5, 1500.0, true, null, "x\"yé"], "b": {}}),
        &[],
    );
}

#[test]
fn integers_stay_integers_and_decimals_stay_floats() {
    let v = parse("[1, 1.0, 18446744073709551615, -3]").value;
    assert!(v[0].is_i64());
    assert!(v[1].is_f64());
    assert!(v[2].is_u64());
    assert!(v[3].is_i64());
}

#[test]
fn comments() {
    check(
        "{\n  // line comment\n  \"a\": 1, # hash\n  /* block\n  */ \"b\": 2\n}",
        json!({"a": 1, "b": 2}),
        &[(1, "comment"), (2, "comment"), (3, "comment")],
    );
}

#[test]
fn trailing_commas() {
    check("{\n \"a\": [1, 2,],\n}", json!({"a": [1, 2]}), &[(1, "trailing comma"), (2, "trailing comma")]);
}

#[test]
fn extra_commas() {
    check("[1,, 2]", json!([1, 2]), &[(0, "extra comma")]);
}

#[test]
fn elided_member_disappears() {
    check("{\n  \"a\": 1,\n  ...\n}", json!({"a": 1}), &[(2, "elision `...`")]);
    check("{ \"a\": 1, \"b\": ... }", json!({"a": 1}), &[(0, "elision `...`")]);
    check("{ \"a\": 1 … }", json!({"a": 1}), &[(0, "elision `...`")]);
}

#[test]
fn elided_array_elements() {
    check("[1, 2, ...]", json!([1, 2]), &[(0, "elision `...`")]);
    // The only element is elided: `[{}]` keeps the "array of objects" fact.
    check("[{...}]", json!([{}]), &[(0, "elision `...`")]);
    check("[{...}, ...]", json!([{}]), &[(0, "elision `...`"), (0, "elision `...`")]);
    // Next to a real element the elided object is dropped.
    check("[\n {\"a\": 1},\n {\n  // ...\n }\n]", json!([{"a": 1}]), &[(3, "elision `...`")]);
    // A genuinely empty object is kept.
    check("[{}, {\"a\": 1}]", json!([{}, {"a": 1}]), &[]);
}

#[test]
fn elision_after_a_value() {
    check(
        "{\"a\": [1, 2 ...], \"b\": \"x\"...}",
        json!({"a": [1, 2], "b": "x"}),
        &[(0, "elision `...`"), (0, "elision `...`")],
    );
}

#[test]
fn tabs_are_whitespace_but_not_string_content() {
    check("{\n\t\"a\":\t1\n}", json!({"a": 1}), &[]);
    check("[\"a\tb\"]", json!(["a\tb"]), &[(0, "raw tab in string")]);
}

#[test]
fn single_quotes_and_unquoted_keys() {
    check(
        "{ type: 'Point', coordinates: [] }",
        json!({"type": "Point", "coordinates": []}),
        &[(0, "unquoted key"), (0, "single-quoted string"), (0, "unquoted key")],
    );
}

#[test]
fn missing_commas() {
    check(
        "{\n \"a\": 1\n \"b\": [1 2]\n}",
        json!({"a": 1, "b": [1, 2]}),
        &[(2, "missing comma"), (2, "missing comma")],
    );
}

#[test]
fn missing_values_read_as_null() {
    check("{\n \"a\": ,\n \"b\":\n}", json!({"a": null, "b": null}), &[(1, "missing value"), (3, "missing value")]);
}

#[test]
fn non_json_literals() {
    check(
        "[NaN, undefined, Infinity, True]",
        json!([null, null, null, true]),
        &[(0, "non-JSON literal"), (0, "non-JSON literal"), (0, "non-JSON literal"), (0, "non-JSON literal")],
    );
}

#[test]
fn numbers() {
    check(
        "[1.5e3, -2E-2, 0, +4, .5]",
        json!([1500.0, -0.02, 0, 4, 0.5]),
        &[(0, "leading `+` in number"), (0, "number without leading digit")],
    );
    check("[5fb7bcd0]", json!(["5fb7bcd0"]), &[(0, "unquoted value")]);
}

#[test]
fn stray_text_and_unquoted_values() {
    check("{\"a\": <id>, \"b\": 1}", json!({"a": "<id>", "b": 1}), &[(0, "unquoted value")]);
    check("Response:\n{\"a\": 1}", json!({"a": 1}), &[(0, "stray text before the value")]);
    check("{\"a\": 1, ?? \"b\": 2}", json!({"a": 1, "b": 2}), &[(0, "stray text"), (0, "missing comma")]);
}

#[test]
fn several_top_level_values_keep_the_first() {
    check("{\"a\": 1}\n\"Customer deleted: 42\"", json!({"a": 1}), &[(1, "more than one top-level value")]);
    check("{\"a\": 1}\n{\"b\": 2}", json!({"a": 1}), &[(1, "more than one top-level value")]);
}

#[test]
fn truncated_input_is_closed() {
    check("{\n \"a\": [1, 2\n", json!({"a": [1, 2]}), &[(2, "unclosed array"), (2, "unclosed object")]);
    check("{\"a\": \"abc", json!({"a": "abc"}), &[(0, "unterminated string"), (0, "unclosed object")]);
}

#[test]
fn members_without_enclosing_object() {
    check("\n\"trial\": {\n \"x\": 1\n}", json!({"trial": {"x": 1}}), &[(1, "members without enclosing object")]);
}

#[test]
fn member_inside_array_is_attached_to_previous_object() {
    check(
        "[\n {\"a\": 1},\n \"b\": 2,\n {\"a\": 3}\n]",
        json!([{"a": 1, "b": 2}, {"a": 3}]),
        &[(2, "member inside array")],
    );
}

#[test]
fn value_without_key_is_dropped() {
    check("{\"a\": 1,\n [1, 2],\n \"b\": 2}", json!({"a": 1, "b": 2}), &[(1, "value without key")]);
}

#[test]
fn stray_closing_brackets() {
    check(
        "{\"a\": [\n {\"x\": 1\n },\n \"y\": 2\n }\n]}",
        json!({"a": [{"x": 1, "y": 2}]}),
        &[(3, "member inside array"), (4, "unbalanced brace")],
    );
    check("[{\"a\": 1]", json!([{"a": 1}]), &[(0, "mismatched bracket")]);
}

#[test]
fn broken_string_is_rejoined() {
    check(
        "{\"d\": \"2020-12-09T22\":59\":59.999Z\", \"e\": 1}",
        json!({"d": "2020-12-09T22:59:59.999Z", "e": 1}),
        &[(0, "stray quotes inside string")],
    );
}

#[test]
fn duplicate_keys_keep_the_last_value() {
    check("{\"a\": 1, \"b\": 2, \"a\": 3}", json!({"a": 3, "b": 2}), &[(0, "duplicate key")]);
}

#[test]
fn nesting_deeper_than_the_limit_reads_as_null() {
    let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&deep(MAX_DEPTH)).defects.is_empty());
    let r = parse(&format!("{{\"a\": {}, \"b\": \"x]\"}}", deep(MAX_DEPTH + 5)));
    let mut inner = &r.value["a"];
    for _ in 0..MAX_DEPTH - 1 {
        inner = &inner[0];
    }
    assert_eq!(*inner, Value::Null);
    assert_eq!(r.value["b"], "x]");
    assert_eq!(r.defects.len(), 1, "{:?}", r.defects);
    assert!(r.defects[0].message.starts_with("nesting too deep") && r.defects[0].guesses());
    // Far deeper than any stack: arrays, objects, and an unclosed run of braces.
    for text in [deep(50_000), "{\"a\":".repeat(50_000), "{".repeat(1_000_000)] {
        let r = parse(&text);
        assert!(r.defects.iter().any(|d| d.message.starts_with("nesting too deep")));
    }
}

#[test]
fn nothing_to_recover() {
    assert!(parse_lenient("").is_none());
    assert!(parse_lenient("  // only a comment\n").is_none());
    assert!(parse_lenient("just some prose").is_none());
    assert_eq!(parse("\"a string\"").value, json!("a string"));
}
