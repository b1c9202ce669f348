//! HTML comments blanked out of a text, lines kept, for every reader that must not take
//! unpublished text for documentation.

/// Replaces every `<!-- ... -->` with spaces (newlines kept so lines still count); an unclosed
/// comment runs to the end, as in HTML.
pub(crate) fn blank_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after[4..].find("-->").map_or(after.len(), |e| e + 7);
        out.extend(after[..end].chars().map(|c| if c == '\n' { '\n' } else { ' ' }));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
