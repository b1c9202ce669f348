//! Names: English singular forms and PascalCase component names, shared by every stage.

/// Singular of an English word by simple rules (`ies` -> `y`, `ses` -> `s`, `s` -> ``).
pub fn singularize(word: &str) -> String {
    let lower = word.to_lowercase();
    if let Some(stem) = word.strip_suffix("ies").filter(|s| !s.is_empty()) {
        return format!("{stem}y");
    }
    if let Some(stem) = lower.strip_suffix("es") {
        if ["ss", "us", "x", "sh", "ch", "zz"].iter().any(|e| stem.ends_with(e)) {
            return word[..word.len() - 2].to_string();
        }
    }
    if lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") || lower.len() < 3 {
        return word.to_string();
    }
    match word.strip_suffix('s') {
        Some(stem) => stem.to_string(),
        None => word.to_string(),
    }
}

/// A component name from a hint: PascalCase, only ASCII letters and digits, never starting
/// with a digit (prefixed with `Schema`), never empty.
pub fn component_name(hint: &str) -> String {
    use heck::ToUpperCamelCase;
    let spaced: String = hint.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let name: String = spaced.to_upper_camel_case().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    if name.is_empty() {
        "Schema".to_string()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("Schema{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singular_forms() {
        for (p, s) in [
            ("companies", "company"),
            ("addresses", "address"),
            ("line_items", "line_item"),
            ("status", "status"),
            ("data", "data"),
            ("boxes", "box"),
        ] {
            assert_eq!(singularize(p), s);
        }
    }

    #[test]
    fn component_names() {
        assert_eq!(component_name("line_items"), "LineItems");
        assert_eq!(component_name("9 lives"), "Schema9Lives");
        assert_eq!(component_name(""), "Schema");
    }
}
