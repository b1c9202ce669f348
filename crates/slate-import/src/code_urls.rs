//! URLs that code samples in other languages than the shell (JavaScript, Python, Ruby, PHP…)
//! call: the `http(s)://` string literals of the sample, with interpolations (`${id}`,
//! `#{id}`, `{{id}}`, `{id}`) kept as `{var}` placeholders. A literal that is joined to
//! another value (`"https://x/items?page=" + n`) is not a whole URL and is left out.

use regex::Regex;
use std::sync::OnceLock;

/// One URL a sample calls: 0-based line in the sample's text, and the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CodeUrl {
    /// 0-based line within the code block.
    pub line: usize,
    /// The URL, interpolations written `{var}`.
    pub url: String,
}

fn literal_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r#""(https?://[^"\s]*)"|'(https?://[^'\s]*)'|`(https?://[^`\s]*)`"#).expect("valid regex")
    })
}

fn interpolation_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"[#$]?\{\{?[^{}]*\}?\}").expect("valid regex"))
}

/// The whole-URL string literals of `text`, in order.
pub(crate) fn urls(text: &str) -> Vec<CodeUrl> {
    let mut out = Vec::new();
    for c in literal_re().captures_iter(text) {
        let (Some(all), Some(url)) = (c.get(0), c.get(1).or(c.get(2)).or(c.get(3))) else { continue };
        let before = text[..all.start()].trim_end();
        let after = text[all.end()..].trim_start();
        // Joined to a value: `"…?page=" + n`, `base + "…"`, `"…" . $id` (PHP), `"…" % id` (Python).
        if before.ends_with(['+', '.']) || after.starts_with(['+', '.', '%']) {
            continue;
        }
        let url = interpolation_re().replace_all(url.as_str(), "{var}").into_owned();
        out.push(CodeUrl { line: text[..all.start()].matches('\n').count(), url });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_literals_with_interpolations_as_placeholders() {
        let js = "let url = \"https://x.test/api/items/?limit=5&page=1\";\nfetch(`https://x.test/api/items/${id}?full=true`);\n";
        let found = urls(js);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0], CodeUrl { line: 0, url: "https://x.test/api/items/?limit=5&page=1".into() });
        assert_eq!(found[1].url, "https://x.test/api/items/{var}?full=true");
        let ruby = "uri = URI('https://x.test/weekly?workspace_id=#{wsid}&since=2014-03-01')\n";
        assert_eq!(urls(ruby)[0].url, "https://x.test/weekly?workspace_id={var}&since=2014-03-01");
        // Joined to another value: not the whole URL.
        assert!(urls("const u = \"https://x.test/items?page=\" + page;").is_empty());
        assert!(urls("$u = $base . 'https://x.test/items';").is_empty());
    }
}
