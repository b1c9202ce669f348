//! Names: English singular forms and PascalCase component names, shared by every stage.

use heck::ToUpperCamelCase;

/// The singular of an English plural noun (`companies` -> `company`, `addresses` -> `address`).
pub fn singularize(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if let Some(stem) = word.strip_suffix("ies").filter(|_| lower.len() > 4) {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes", "zes"] {
        if lower.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") && lower.len() > 1 {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// A component (type) name: PascalCase, ASCII alphanumerics only, never starting with a digit.
pub fn component_name(hint: &str) -> String {
    let cleaned: String = hint.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let name = cleaned.to_upper_camel_case();
    match name.chars().next() {
        None => "Object".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("N{name}"),
        Some(_) => name,
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
        assert_eq!(component_name("9 spokes"), "N9Spokes");
        assert_eq!(component_name(""), "Object");
    }
}
