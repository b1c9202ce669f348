//! The lenient JSON reader is total: valid JSON reads as itself without a defect, and odd
//! inputs (empty, cut short, unterminated strings, a lone backslash, huge nesting, random text)
//! each give a definite answer within the depth bound.

use super::*;
use serde_json::json;

/// A fixed pseudo-random source (xorshift; the same every run).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 33) % n
    }

    fn text(&mut self, alphabet: &[char], max_len: u64) -> String {
        let len = self.below(max_len);
        (0..len).map(|_| alphabet[self.below(alphabet.len() as u64) as usize]).collect()
    }

    /// A JSON value up to `depth` levels deep, with the strings docs hold (escapes, tabs,
    /// control characters, non-ASCII, quotes of the other kind, comment and elision lookalikes).
    fn value(&mut self, depth: u32) -> Value {
        let alphabet: Vec<char> = "ab \"'\\/\t\n\u{1}ü😀#.,:{}[]*".chars().collect();
        match self.below(if depth == 0 { 5 } else { 7 }) {
            0 => Value::Null,
            1 => Value::Bool(self.below(2) == 1),
            2 => json!(self.next() as i64 >> self.below(64)),
            3 => json!(self.below(10_000) as f64 / 8.0 - 600.0),
            4 => Value::String(self.text(&alphabet, 12)),
            5 => Value::Array((0..self.below(4)).map(|_| self.value(depth - 1)).collect()),
            _ => Value::Object((0..self.below(4)).map(|_| (self.text(&alphabet, 6), self.value(depth - 1))).collect()),
        }
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(members) => 1 + members.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fn has_defect(r: &LenientJson, category: &str) -> bool {
    r.defects.iter().any(|d| d.message.starts_with(category))
}

#[test]
fn valid_json_reads_as_itself_without_a_defect() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..2000 {
        let v = rng.value(5);
        for text in [serde_json::to_string(&v).unwrap(), serde_json::to_string_pretty(&v).unwrap()] {
            let r = parse_lenient(&text).expect("a value");
            assert_eq!(r.value, v, "{text}");
            assert!(r.defects.is_empty(), "{text}: {:?}", r.defects);
        }
    }
}

#[test]
fn every_cut_of_an_object_reads_as_an_object_with_a_defect() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..60 {
        let v = json!({ "a": rng.value(4), "b": [rng.value(3), rng.value(3)] });
        let text = serde_json::to_string_pretty(&v).unwrap();
        for (cut, _) in text.char_indices().skip(1) {
            let r = parse_lenient(&text[..cut]).expect("an object");
            assert!(r.value.is_object(), "{:?}: {:?}", &text[..cut], r.value);
            assert!(!r.defects.is_empty(), "{:?} is cut short", &text[..cut]);
        }
    }
}

#[test]
fn nothing_to_read_is_none() {
    for text in ["", " ", "\n\t", "\u{feff}", "// only\n", "/* open", "...", "\\", "prose", "#"] {
        assert_eq!(parse_lenient(text), None, "{text:?}");
    }
}

#[test]
fn unterminated_strings_and_lone_backslashes_are_closed() {
    let cases = [
        ("\"abc", json!("abc"), "unterminated string"),
        ("\"abc\\", json!("abc"), "unterminated string"),
        ("{\"a\": \"b\\", json!({"a": "b"}), "unterminated string"),
        ("{\"a\": \"b\n}", json!({"a": "b"}), "unterminated string: ended at the end of the line"),
        ("{\"a\\", json!({"a": null}), "unterminated string"),
        ("{\"a\": \\}", json!({"a": "\\"}), "unquoted value"),
        ("[\\]", json!(["\\"]), "unquoted value"),
        ("{", json!({}), "unclosed object"),
        ("[", json!([]), "unclosed array"),
        ("{\"a\": [1, {\"b\": ", json!({"a": [1, {"b": null}]}), "unclosed object"),
    ];
    for (text, value, category) in cases {
        let r = parse_lenient(text).expect("a value");
        assert_eq!(r.value, value, "{text:?}: {:?}", r.defects);
        assert!(has_defect(&r, category), "{text:?}: {:?}", r.defects);
    }
}

#[test]
fn huge_nesting_stops_at_the_bound() {
    let n = 100_000;
    for text in ["[".repeat(n), "{\"a\": ".repeat(n), format!("{}1{}", "[".repeat(n), "]".repeat(n))] {
        let r = parse_lenient(&text).expect("a value");
        assert_eq!(depth(&r.value), MAX_DEPTH, "{}…", &text[..20]);
        assert!(has_defect(&r, "nesting too deep"), "{:?}", &r.defects[..3.min(r.defects.len())]);
    }
    // after the deep part is skipped, the rest is read
    let text = format!("{{\"deep\": {}{}, \"next\": 2}}", "[".repeat(n), "]".repeat(n));
    assert_eq!(parse_lenient(&text).expect("a value").value["next"], json!(2));
}

#[test]
fn random_text_gives_a_bounded_value_and_ordered_defects() {
    let alphabet: Vec<char> = "{}[]\"',:\\/*#.…\n\t -+0159eEtrufalsnNI abü".chars().collect();
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let mut values = 0;
    for _ in 0..5000 {
        let text = rng.text(&alphabet, 80);
        let Some(r) = parse_lenient(&text) else { continue };
        values += 1;
        assert!(depth(&r.value) <= MAX_DEPTH, "{text:?}");
        assert!(serde_json::to_string(&r.value).is_ok(), "{text:?}");
        let lines = text.split('\n').count();
        assert!(r.defects.windows(2).all(|w| w[0].line <= w[1].line), "{text:?}: {:?}", r.defects);
        assert!(r.defects.iter().all(|d| d.line < lines && !d.message.is_empty()), "{text:?}: {:?}", r.defects);
        assert_eq!(parse_lenient(&text), Some(r), "the same answer twice");
    }
    assert!(values > 2500, "only {values} of 5000 texts gave a value");
}
