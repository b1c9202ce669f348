//! A type column's generic list forms: `array<string>`, `list<Pet>`, `array[string]`,
//! `list[integer]` (the bracket form is what OpenAPI renderers print for an array parameter).
//! Gives the item type's text; the caller parses it.

/// The item type text of a generic list form, or None when the text is not one. The text is
/// the lower-cased type column.
pub(crate) fn items_text(t: &str) -> Option<&str> {
    let inner = ["array<", "list<"]
        .iter()
        .find_map(|open| t.strip_prefix(open)?.strip_suffix('>'))
        .or_else(|| ["array[", "list["].iter().find_map(|open| t.strip_prefix(open)?.strip_suffix(']')))?;
    Some(inner.trim()).filter(|i| !i.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_forms_give_their_items() {
        assert_eq!(items_text("array<string>"), Some("string"));
        assert_eq!(items_text("list<pet>"), Some("pet"));
        assert_eq!(items_text("array[string]"), Some("string"));
        assert_eq!(items_text("list[ integer ]"), Some("integer"));
        assert_eq!(items_text("array[]"), None);
        assert_eq!(items_text("string[3]"), None);
        assert_eq!(items_text("array"), None);
    }
}
