//! The httpie reader is total: odd inputs (empty, unterminated quotes, a lone backslash, deep
//! nesting, options missing their argument, random text) each give a definite answer.

use super::*;
use crate::curl::DataKind;

/// A fixed pseudo-random sequence of strings over `alphabet` (xorshift; the same every run).
fn random_texts(alphabet: &str, count: usize, max_len: u64) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state: u64 = 0x2F69_3A1B_77C4_D015;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = next() % max_len;
            (0..len).map(|_| alphabet[(next() >> 33) as usize % alphabet.len()]).collect()
        })
        .collect()
}

#[test]
fn no_url_no_command() {
    for code in
        ["", " ", "\\", "\\\n", "'", "\"", "http", "https", "http \\", "http '", "http -a", "http --auth", "http GET"]
    {
        assert_eq!(parse_httpie_commands(code), Vec::new(), "{code:?}");
    }
}

#[test]
fn unterminated_quotes_and_lone_backslashes_keep_the_text() {
    let cases = [
        ("http x.test/a \\", "GET", "http://x.test/a", None),
        ("http x.test/a\\", "GET", "http://x.test/a", None),
        ("http 'x.test/a", "GET", "http://x.test/a", None),
        ("http \"x.test/a\nb=c", "GET", "http://x.test/a", None),
        ("http x.test/a 'name=Box", "POST", "http://x.test/a", Some("{\"name\": \"Box\"}")),
        ("http x.test/a name='Box", "POST", "http://x.test/a", Some("{\"name\": \"Box\"}")),
        ("http x.test/a name=Box\\", "POST", "http://x.test/a", Some("{\"name\": \"Box\"}")),
    ];
    for (code, method, url, body) in cases {
        let calls = parse_httpie_commands(code);
        assert_eq!(calls.len(), 1, "{code:?}: {calls:#?}");
        let c = &calls[0];
        assert_eq!((c.method.as_str(), c.url.as_str()), (method, url), "{code:?}");
        let data: Vec<(DataKind, String)> = body.map(|b| (DataKind::Raw, b.to_owned())).into_iter().collect();
        assert_eq!(c.data, data, "{code:?}");
    }
}

#[test]
fn deep_nesting_is_read_without_recursion() {
    // A data path deeper than the JSON bound is one literal key, not a tree as deep.
    let depth = 100_000;
    let key = format!("a{}", "[b]".repeat(depth));
    let c = &parse_httpie_commands(&format!("http POST x.test/a '{key}=1'"))[0];
    assert_eq!(c.method, "POST");
    let body: serde_json::Value = serde_json::from_str(&c.data[0].1).expect("the body is JSON");
    assert_eq!(body.as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()), Some(vec![key.clone()]));
    // within the bound, the path is a tree
    let c = &parse_httpie_commands("http POST x.test/a 'a[b][c]=1'")[0];
    assert_eq!(c.data, vec![(DataKind::Raw, "{\"a\": {\"b\": {\"c\": \"1\"}}}".to_owned())]);
    // deep raw JSON is spliced in as written
    let raw = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    let c = &parse_httpie_commands(&format!("http POST x.test/a 'a:={raw}'"))[0];
    assert_eq!(c.data[0].1.len(), raw.len() + "{\"a\": }".len());
    let sub = format!("http {}x.test{} A:b", "$(".repeat(depth), ")".repeat(depth));
    let c = &parse_httpie_commands(&sub)[0];
    assert_eq!(c.url.len(), 3 * depth + "x.test".len(), "a URL led by `$(…)` is kept as written");
    assert_eq!(c.headers, vec![("A".to_owned(), "b".to_owned())]);
}

#[test]
fn whatever_follows_the_url_the_url_and_method_stay() {
    let junk = "http s-fvaA:=@;[]\\'\"$#{}()<>|&`\n\t\r ./?ü0123";
    for tail in random_texts(junk, 3000, 50) {
        let code = format!("http PUT x.test/p {tail}");
        let calls = parse_httpie_commands(&code);
        assert!(!calls.is_empty(), "{code:?}");
        let c = &calls[0];
        assert!(c.url.starts_with("http://x.test/p"), "{code:?}: {c:#?}");
        assert_eq!((c.method.as_str(), c.line), ("PUT", 0), "{code:?}");
        let lines = code.lines().count();
        assert!(calls.iter().all(|c| c.line < lines.max(1)), "{code:?}: {calls:#?}");
    }
}

#[test]
fn data_fields_always_make_a_json_body() {
    let keys = random_texts("ab[]0\\ü", 1500, 12);
    let values = random_texts("ab[]{}\"\\=@ ü,", 1500, 12);
    let mut bodies = 0;
    for (k, v) in keys.iter().zip(&values) {
        let code = format!("http x.test '{k}={v}' 'n:=1'");
        let c = &parse_httpie_commands(&code)[0];
        let Some((_, body)) = c.data.iter().find(|(kind, _)| *kind == DataKind::Raw) else { continue };
        let parsed = serde_json::from_str::<serde_json::Value>(body);
        assert!(parsed.is_ok_and(|v| v.is_object() || v.is_array()), "{code:?}: {body}");
        bodies += 1;
    }
    assert!(bodies > 1000, "only {bodies} bodies");
}
