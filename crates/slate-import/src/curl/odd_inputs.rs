//! The curl reader is total: odd inputs (empty, unterminated quotes, a lone backslash, deep
//! nesting, options missing their argument, random text) each give a definite answer.

use super::*;

/// A fixed pseudo-random sequence of strings over `alphabet` (xorshift; the same every run).
fn random_texts(alphabet: &str, count: usize, max_len: u64) -> Vec<String> {
    let alphabet: Vec<char> = alphabet.chars().collect();
    let mut state: u64 = 0x5DEE_CE66_D1CE_4E5B;
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
fn empty_and_blank_blocks_have_no_command() {
    for code in ["", " ", "\n\n", "\\", "\\\n", "'", "\"", "#", "$ ", "curly braces", "ecurl x"] {
        assert_eq!(parse_curl_commands(code), Vec::new(), "{code:?}");
    }
}

#[test]
fn a_bare_curl_is_a_get_without_url() {
    for code in ["curl", "curl\n", "$ curl", "curl \\", "curl \\\n", "curl -X", "curl -H", "curl --url"] {
        let calls = parse_curl_commands(code);
        assert_eq!(calls.len(), 1, "{code:?}: {calls:#?}");
        let c = &calls[0];
        assert_eq!((c.url.as_str(), c.method.as_str(), c.explicit_method.as_deref()), ("", "GET", None), "{code:?}");
        assert!(c.headers.is_empty() && c.data.is_empty() && c.user.is_none(), "{code:?}: {c:#?}");
    }
}

#[test]
fn unterminated_quotes_and_lone_backslashes_keep_the_text() {
    let cases = [
        ("curl \"https://x.test/a", "https://x.test/a"),
        ("curl 'https://x.test/a", "https://x.test/a"),
        ("curl https://x.test/a \\", "https://x.test/a"),
        ("curl https://x.test/a\\", "https://x.test/a"),
        ("curl \"https://x.test/a\\", "https://x.test/a\\"),
        ("curl \"https://x.test/a\nnext line", "https://x.test/a"),
    ];
    for (code, url) in cases {
        let calls = parse_curl_commands(code);
        assert_eq!(calls.len(), 1, "{code:?}: {calls:#?}");
        assert_eq!(calls[0].url, url, "{code:?}");
    }
    // a body left open closes at the end of its line, which ends the command
    let c = &parse_curl_commands("curl -d '{\"a\": 1\nhttps://x.test")[0];
    assert_eq!((c.method.as_str(), c.url.as_str()), ("POST", ""));
    assert_eq!(c.data, vec![(DataKind::Raw, "{\"a\": 1".to_owned())]);
}

#[test]
fn deep_nesting_is_read_without_recursion() {
    let depth = 100_000;
    let body = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
    let c = &parse_curl_commands(&format!("curl -d '{body}' https://x.test/a"))[0];
    assert_eq!((c.method.as_str(), c.url.as_str()), ("POST", "https://x.test/a"));
    assert_eq!(c.data[0].1.len(), 2 * depth + 1);
    let sub = format!("curl {}https://x.test{} -H 'A: b'", "$(".repeat(depth), ")".repeat(depth));
    let c = &parse_curl_commands(&sub)[0];
    assert_eq!(c.url.len(), 3 * depth + "https://x.test".len(), "`$(…)` kept verbatim");
    assert_eq!(c.headers, vec![("A".to_owned(), "b".to_owned())]);
}

#[test]
fn whatever_follows_the_url_the_url_stays() {
    let junk = "curl -XHdFGuI\\'\"$#{}()<>;&|`\n\t\r =:/?.ü–^@";
    for tail in random_texts(junk, 3000, 50) {
        let code = format!("curl https://x.test/p {tail}");
        let calls = parse_curl_commands(&code);
        assert!(!calls.is_empty(), "{code:?}");
        assert_eq!(calls[0].url, "https://x.test/p", "{code:?}");
        assert_eq!(calls[0].line, 0);
        let lines = code.lines().count();
        for c in &calls {
            assert!(c.line < lines.max(1), "{code:?}: line {} of {lines}", c.line);
            assert!(!c.method.is_empty(), "{code:?}");
        }
    }
}

#[test]
fn split_url_takes_any_text_apart() {
    for (url, origin, path) in [
        ("", None, ""),
        ("?", None, ""),
        ("#", None, ""),
        ("://", None, "://"),
        ("http://", Some("http://"), "/"),
        ("https://x.test", Some("https://x.test"), "/"),
        ("//", Some("//"), "/"),
        ("ü://x/y", None, "ü://x/y"),
    ] {
        let s = split_url(url);
        assert_eq!((s.origin.as_deref(), s.path.as_str()), (origin, path), "{url:?}");
    }
    assert_eq!(split_url("/a?b=c=d&&=e").query, vec![("b".into(), "c=d".into()), ("".into(), "e".into())]);
    for text in random_texts("ab:/?#&=.$@{}[] ü1", 3000, 30) {
        let s = split_url(&text);
        // nothing is invented: every part comes from the text
        let t = text.trim();
        assert!(s.origin.as_deref().is_none_or(|o| t.starts_with(o)), "{text:?}: {s:?}");
        assert!(s.path == "/" || t.contains(&s.path), "{text:?}: {s:?}");
        assert!(s.query.iter().all(|(k, v)| t.contains(k.as_str()) && t.contains(v.as_str())), "{text:?}: {s:?}");
    }
}
