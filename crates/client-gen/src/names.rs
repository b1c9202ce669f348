//! Rust names for things named in a spec: identifiers, type names, crate names.
//!
//! Every function here is total: any input string (empty, all punctuation, a keyword,
//! starting with a digit) yields a valid Rust identifier or crate name.

use std::collections::BTreeSet;

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};

/// Keywords that cannot be used as identifiers without `r#` (strict and reserved, 2015-2024).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
    "union",
];

/// Keywords that cannot even be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

const DIGITS: &[&str] = &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/// Replaces characters heck would silently drop with word breaks, and spells a leading digit.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for ch in raw.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else {
            out.push(' ');
        }
    }
    out
}

fn spell_leading_digit(s: &str) -> String {
    match s.chars().next() {
        Some(c) if c.is_ascii_digit() => {
            let d = c.to_digit(10).unwrap_or(0) as usize;
            format!("{} {}", DIGITS[d], &s[1..])
        }
        _ => s.to_string(),
    }
}

/// A snake_case identifier (fields, functions, modules). Keywords get `r#`, or a `_` suffix
/// where `r#` is not allowed.
pub fn snake_ident(raw: &str) -> String {
    let mut s = words(raw).to_snake_case();
    if s.is_empty() {
        s = "value".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("n{s}");
    }
    escape_keyword(s)
}

/// An UpperCamelCase identifier (types, variants).
pub fn camel_ident(raw: &str) -> String {
    let mut s = words(raw).to_upper_camel_case();
    if s.is_empty() {
        s = "Value".to_string();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("V{s}");
    }
    escape_keyword(s)
}

/// Names the generated `types` module uses unqualified (the prelude's types and variants): a
/// schema named like one (`Option`, a shop setting's option) would shadow it.
const PRELUDE_NAMES: &[&str] = &["Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box"];

/// The name of a generated type: [`camel_ident`], with `Type` after a prelude name
/// (`Option` -> `OptionType`).
pub fn type_ident(raw: &str) -> String {
    let s = camel_ident(raw);
    if PRELUDE_NAMES.contains(&s.as_str()) {
        format!("{s}Type")
    } else {
        s
    }
}

fn escape_keyword(s: String) -> String {
    if NOT_RAW.contains(&s.as_str()) {
        format!("{s}_")
    } else if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// The identifier without a raw prefix (for building derived names).
pub fn unraw(s: &str) -> &str {
    s.strip_prefix("r#").unwrap_or(s)
}

/// A crate name: kebab-case, ASCII, never starting with a digit ("9lives" -> "nine-lives").
pub fn crate_name(raw: &str) -> String {
    let spelled = spell_leading_digit(words(raw).trim());
    let s = spelled.to_kebab_case();
    if s.is_empty() {
        "api-client".to_string()
    } else if s.starts_with(|c: char| c.is_ascii_digit()) {
        format!("api-{s}")
    } else {
        s
    }
}

/// Hands out unique names in one namespace, deterministically: the first comer keeps a name,
/// later ones get a numeric suffix.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
}

impl Namespace {
    pub fn new() -> Self {
        Self::default()
    }

    /// Pre-reserves names (e.g. builder methods a credential setter must not shadow).
    pub fn reserve(&mut self, names: &[&str]) {
        for n in names {
            self.taken.insert((*n).to_string());
        }
    }

    /// Returns `name` if free, else `name2`, `name3`, ... (raw prefixes handled).
    pub fn claim(&mut self, name: &str) -> String {
        if self.taken.insert(unraw(name).to_string()) {
            return name.to_string();
        }
        let base = unraw(name);
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        for i in 2.. {
            let candidate = format!("{base}{sep}{i}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("an unbounded counter always finds a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert_eq!(snake_ident("petId"), "pet_id");
        assert_eq!(snake_ident("type"), "r#type");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(snake_ident("2fa"), "n2fa");
        assert_eq!(snake_ident("$"), "value");
        assert_eq!(snake_ident("x-request-id"), "x_request_id");
        assert_eq!(camel_ident("pet-status"), "PetStatus");
        assert_eq!(camel_ident("123"), "V123");
        assert_eq!(camel_ident("Self"), "Self_");
        assert_eq!(type_ident("Option"), "OptionType", "a schema must not shadow the prelude");
        assert_eq!(type_ident("option_group"), "OptionGroup");
        assert_eq!(camel_ident("in_progress"), "InProgress");
    }

    #[test]
    fn crate_names() {
        assert_eq!(crate_name("9lives-open"), "nine-lives-open");
        assert_eq!(crate_name("Swagger Petstore"), "swagger-petstore");
        assert_eq!(crate_name("!!!"), "api-client");
    }

    #[test]
    fn namespace() {
        let mut ns = Namespace::new();
        assert_eq!(ns.claim("Pet"), "Pet");
        assert_eq!(ns.claim("Pet"), "Pet2");
        assert_eq!(ns.claim("V1"), "V1");
        assert_eq!(ns.claim("V1"), "V1_2");
        assert_eq!(ns.claim("r#type"), "r#type");
        assert_eq!(ns.claim("r#type"), "type2");
    }
}
