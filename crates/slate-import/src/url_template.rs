//! Matching a URL against a server URL + path template (`https://{shop}.api.test/v1/orders/{id}`)
//! without compiling a regex per template: each `{name}` stands for one or more characters other
//! than `/`, `?` and `#`; a trailing `/` is optional; everything else is literal.

/// A template split into its literal parts: `parts[0] {..} parts[1] {..} ... parts[n]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct UrlTemplate(Vec<String>);

impl UrlTemplate {
    /// The template of `template` (an unclosed `{` ends it, as if the rest were a placeholder's).
    pub fn new(template: &str) -> Self {
        let mut parts = Vec::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            parts.push(rest[..start].to_owned());
            rest = rest[start..].split_once('}').map_or("", |(_, after)| after);
        }
        parts.push(rest.trim_end_matches('/').to_owned());
        UrlTemplate(parts)
    }

    /// Whether all of `s` is an instance of the template (with or without one trailing `/`).
    pub fn is_match(&self, s: &str) -> bool {
        matches_from(&self.0, s) || s.strip_suffix('/').is_some_and(|s| matches_from(&self.0, s))
    }
}

/// Whether `s` is `parts[0]`, then a placeholder value and `parts[1]`, and so on, to its end.
fn matches_from(parts: &[String], s: &str) -> bool {
    let Some((first, rest)) = parts.split_first() else { return s.is_empty() };
    let Some(s) = s.strip_prefix(first.as_str()) else { return false };
    if rest.is_empty() {
        return s.is_empty();
    }
    // A placeholder value: one or more characters up to the first `/`, `?` or `#`.
    let max = s.find(['/', '?', '#']).unwrap_or(s.len());
    s.char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .take_while(|&end| end <= max)
        .any(|end| matches_from(rest, &s[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_take_one_segment_part_and_a_trailing_slash_is_optional() {
        let t = UrlTemplate::new("https://{shop}.api.test/v1/orders/{id}");
        assert!(t.is_match("https://acme.api.test/v1/orders/42"));
        assert!(t.is_match("https://acme.api.test/v1/orders/42/"));
        assert!(!t.is_match("https://acme.api.test/v1/orders/42/items"));
        assert!(!t.is_match("https://.api.test/v1/orders/42"));
        assert!(!t.is_match("https://a/b.api.test/v1/orders/42"));
        let suffixed = UrlTemplate::new("https://x.test/files/{name}.json/");
        assert!(suffixed.is_match("https://x.test/files/a.b.json"));
        assert!(!suffixed.is_match("https://x.test/files/.json"));
        assert!(UrlTemplate::new("https://x.test/v1/").is_match("https://x.test/v1"));
        assert!(!UrlTemplate::new("https://x.test/v1").is_match("https://x.test/v1//"));
    }
}
