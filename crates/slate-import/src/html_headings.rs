//! Headings written in HTML. Generated docs (and hand-written ones that want an anchor of their
//! own) often write a heading as an HTML block on its own line, `<h1 id="pets">Pets</h1>`, where
//! Markdown would write `# Pets`: it is a heading all the same, of the level its tag says, and
//! it opens a section (a grouping of operations, an operation's "Responses").

use regex::Regex;
use std::sync::OnceLock;

/// The level and text of an HTML block that is one heading element and nothing else
/// (`<h3 id="x-responses">Responses</h3>`); `None` for any other HTML.
pub fn heading(html: &str) -> Option<(u8, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re =
        RE.get_or_init(|| Regex::new(r"(?is)^\s*<h([1-6])(?:\s[^>]*)?>(.*?)</h([1-6])\s*>\s*$").expect("valid regex"));
    let m = re.captures(html)?;
    if m[1] != m[3] || m[2].contains("<h") {
        return None;
    }
    let level = m[1].parse::<u8>().ok()?;
    let title = inner_text(&m[2]);
    (!title.is_empty()).then_some((level, title))
}

/// The text of inline HTML: tags dropped, the common entities decoded, spaces collapsed.
fn inner_text(html: &str) -> String {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let tag = TAG.get_or_init(|| Regex::new(r"<[^>]*>").expect("valid regex"));
    let text = crate::html_tables::decode_entities(&tag.replace_all(html, ""));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::heading;

    #[test]
    fn one_heading_element_is_a_heading() {
        assert_eq!(heading("<h1 id=\"pets\">Pets</h1>\n"), Some((1, "Pets".into())));
        assert_eq!(heading("<h3 id=\"x-responses\">Responses</h3>"), Some((3, "Responses".into())));
        assert_eq!(heading("<H2>Fish &amp; <em>chips</em></H2>"), Some((2, "Fish & chips".into())));
    }

    #[test]
    fn other_html_is_not() {
        assert_eq!(heading("<div><h6>/v2/things</h6></div>"), None, "inside other HTML");
        assert_eq!(heading("<h2>a</h3>"), None, "mismatched tags");
        assert_eq!(heading("<h2></h2>"), None, "no text");
        assert_eq!(heading("<h2>a</h2>\n<p>more</p>"), None, "more than the heading");
        assert_eq!(heading("<header>x</header>"), None);
    }
}
