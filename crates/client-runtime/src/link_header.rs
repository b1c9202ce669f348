//! The `Link` response header (RFC 8288): where a list's next page is.

/// The target of the first `rel="next"` link of every `Link` header (RFC 8288): several
/// links per header, several headers, `rel` quoted or not and possibly a list (`rel="next
/// last"`), commas and semicolons inside `<...>` and quoted strings.
pub(crate) fn next(headers: &reqwest::header::HeaderMap) -> Option<String> {
    for value in headers.get_all(reqwest::header::LINK) {
        let Ok(mut rest) = value.to_str() else { continue };
        loop {
            rest = rest.trim_start_matches([' ', '\t', ',']);
            let Some(after) = rest.strip_prefix('<') else { break };
            let Some(end) = after.find('>') else { break };
            let target = after[..end].trim();
            rest = &after[end + 1..];
            let mut is_next = false;
            while let Some(param) = rest.trim_start().strip_prefix(';') {
                let param = param.trim_start();
                let name_end = param.find(['=', ';', ',']).unwrap_or(param.len());
                let name = param[..name_end].trim();
                rest = &param[name_end..];
                let mut text = String::new();
                if let Some(value) = rest.strip_prefix('=') {
                    let value = value.trim_start();
                    if let Some(quoted) = value.strip_prefix('"') {
                        let mut end = quoted.len();
                        let mut escaped = false;
                        for (i, c) in quoted.char_indices() {
                            if escaped {
                                text.push(c);
                                escaped = false;
                            } else if c == '\\' {
                                escaped = true;
                            } else if c == '"' {
                                end = i + 1;
                                break;
                            } else {
                                text.push(c);
                            }
                        }
                        rest = &quoted[end..];
                    } else {
                        let end = value.find([';', ',']).unwrap_or(value.len());
                        text = value[..end].trim().to_string();
                        rest = &value[end..];
                    }
                }
                if name.eq_ignore_ascii_case("rel")
                    && text.split_ascii_whitespace().any(|rel| rel.eq_ignore_ascii_case("next"))
                {
                    is_next = true;
                }
            }
            if is_next && !target.is_empty() {
                return Some(target.to_string());
            }
            // Anything else up to the next link is not understood: skipped.
            match rest.find(',') {
                Some(comma) => rest = &rest[comma..],
                None => break,
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next_of(values: &[&'static str]) -> Option<String> {
        let mut headers = reqwest::header::HeaderMap::new();
        for value in values {
            headers.append(reqwest::header::LINK, reqwest::header::HeaderValue::from_static(value));
        }
        next(&headers)
    }

    #[test]
    fn the_next_link_among_several_in_any_spelling() {
        let github = r#"<https://api.test/r?page=2>; rel="next", <https://api.test/r?page=5>; rel="last""#;
        assert_eq!(next_of(&[github]).as_deref(), Some("https://api.test/r?page=2"));
        assert_eq!(next_of(&["</p?a=1>; rel=next"]).as_deref(), Some("/p?a=1"), "unquoted");
        assert_eq!(next_of(&["</p3>; REL=\"prev NEXT\""]).as_deref(), Some("/p3"), "a list, any case");
        let last_first = r#"</last>; rel="last", </next>; title="a, b; c"; rel="next""#;
        assert_eq!(next_of(&[last_first]).as_deref(), Some("/next"), "commas and semicolons in quotes");
        assert_eq!(next_of(&["</a,b;c>; rel=next"]).as_deref(), Some("/a,b;c"), "inside <...>");
        assert_eq!(next_of(&[r#"</x>; title="say \"next\""; rel=prev"#, "</y>; rel=next"]).as_deref(), Some("/y"));
        assert_eq!(next_of(&["</first>; rel=first", "</second>; rel=\"next\""]).as_deref(), Some("/second"));
    }

    #[test]
    fn no_next_link_is_none() {
        assert_eq!(next_of(&[]), None);
        assert_eq!(next_of(&[r#"</last>; rel="last""#]), None);
        assert_eq!(next_of(&["<>; rel=next"]), None, "an empty target");
        assert_eq!(next_of(&["garbage; rel=next"]), None);
        assert_eq!(next_of(&["</a>; rel=nextpage"]), None);
        assert_eq!(next_of(&["</a; rel=next"]), None, "unclosed <");
    }
}
