//! Captions that name one HTTP status ("Status Code **401**", "HTTP 404", "Response 201:"),
//! as generated and hand-written docs put them above the field table of that status's body.
//! A field table under an error status's caption describes the error body, never the success
//! response; the caption itself is no part of the operation's description.

/// The status a one-line caption names: one status code (100–599) and otherwise only the words
/// of [`crate::vocabulary::STATUS_CAPTION_WORDS`], whatever the emphasis markup. `None` for
/// any other text.
pub fn status_of(text: &str) -> Option<u16> {
    let t = text.trim().trim_end_matches(':');
    if t.is_empty() || t.contains('\n') {
        return None;
    }
    let mut code = None;
    for word in
        t.split(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '`' | '(' | ')')).filter(|w| !w.is_empty())
    {
        let lower = word.to_ascii_lowercase();
        if let Some(n) = lower.parse::<u16>().ok().filter(|n| lower.len() == 3 && (100..600).contains(n)) {
            if code.replace(n).is_some() {
                return None;
            }
        } else if !crate::vocabulary::STATUS_CAPTION_WORDS.contains(&lower.as_str()) {
            return None;
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_naming_one_status_are_read_whatever_their_markup() {
        assert_eq!(status_of("Status Code **401**"), Some(401));
        assert_eq!(status_of("Status Code 200"), Some(200));
        assert_eq!(status_of("HTTP 404:"), Some(404));
        assert_eq!(status_of("_Error response (500)_"), Some(500));
    }

    #[test]
    fn other_text_names_no_status() {
        assert_eq!(status_of("Returns 200 items at most"), None);
        assert_eq!(status_of("Status Code 200 or 201"), None);
        assert_eq!(status_of("Status Code"), None);
        assert_eq!(status_of("Status 1234"), None);
        assert_eq!(status_of("Status Code 401\nmore"), None);
    }
}
