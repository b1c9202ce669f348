//! How docs write a parameter's name in a table cell or a sample URL, beyond the bare name:
//! a trailing required mark (`source*`; a doubled `accountId**` is the docs' "required in
//! some cases" mark), a sample value (`details=extended`), a trailing colon (`tenders:`), and
//! alternatives given in one cell (`mobile/email/externalId`: any one of them). And what is not
//! a name at all: a placeholder standing for names the reader picks (`?{paramName}={value}`).

/// The names a name cell gives, each with the required-ness its mark states: `source*` ->
/// (`source`, required), `accountId**` -> (`accountId`, not stated: the doubled mark says "in
/// some cases"), `details=extended` -> `details`, `a/b/c` -> three names, not required (one of
/// them is; only when `alternatives`: a table that states each row's location column by column
/// names each parameter exactly, `before/after` included). Empty when the cell names no
/// parameter.
pub fn from_cell(name: &str, alternatives: bool) -> Vec<(String, Option<bool>)> {
    let name = name.trim().trim_end_matches(':').trim();
    let name = name.split_once('=').map_or(name, |(n, _)| n).trim();
    let stars = name.len() - name.trim_end_matches('*').len();
    let bare = name.trim_end_matches('*').trim_end();
    let required = match stars {
        1 => Some(true),
        _ => None,
    };
    let parts: Vec<&str> = bare.split('/').map(str::trim).collect();
    if alternatives && parts.len() > 1 && parts.iter().all(|p| is_name(p)) {
        return parts.into_iter().map(|p| (p.to_owned(), required.map(|_| false))).collect();
    }
    let no_name = crate::vocabulary::NO_NAME_CELLS.iter().any(|w| bare.eq_ignore_ascii_case(w));
    if bare.is_empty() || no_name || is_placeholder(bare) {
        return Vec::new();
    }
    vec![(bare.to_owned(), required)]
}

/// Whether `name` can be a query parameter's name: not a placeholder for one (`{paramName}`,
/// `<name>`, `:name`), no spaces, slashes or required marks.
pub fn is_query_name(name: &str) -> bool {
    !name.is_empty() && !is_placeholder(name) && !name.contains(['/', ' ', '*', '{', '}', '<', '>'])
}

/// `{x}`, `<x>`, `:x`: a placeholder, not a name.
fn is_placeholder(s: &str) -> bool {
    s.starts_with(['{', '<', ':']) || s.ends_with(['}', '>'])
}

/// A plain identifier (`externalId`, `user_id`, `filter[name]`).
fn is_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_values_and_alternatives() {
        assert_eq!(from_cell("source*", true), vec![("source".to_owned(), Some(true))]);
        assert_eq!(from_cell("accountId**", true), vec![("accountId".to_owned(), None)]);
        assert_eq!(from_cell("details=extended", true), vec![("details".to_owned(), None)]);
        assert_eq!(from_cell("loyaltyDetails=true**", true), vec![("loyaltyDetails".to_owned(), None)]);
        assert_eq!(from_cell("tenders:", true), vec![("tenders".to_owned(), None)]);
        let alternatives: Vec<String> = from_cell("mobile/email/id*", true).into_iter().map(|(n, _)| n).collect();
        assert_eq!(alternatives, ["mobile", "email", "id"]);
        assert!(from_cell("mobile/email/id*", true).iter().all(|(_, r)| *r == Some(false)));
        assert!(from_cell("{paramName}", true).is_empty());
        assert!(from_cell("None", true).is_empty());
        assert_eq!(from_cell("limit", true), vec![("limit".to_owned(), None)]);
        assert_eq!(from_cell("image_size[]", true), vec![("image_size[]".to_owned(), None)]);
        assert_eq!(from_cell("before/after", false), vec![("before/after".to_owned(), None)]);
    }

    #[test]
    fn placeholders_are_not_query_names() {
        assert!(is_query_name("status"));
        assert!(is_query_name("filter[name]"));
        assert!(!is_query_name("{paramName}"));
        assert!(!is_query_name("{id/externalId}"));
        assert!(!is_query_name("/{account's_UUID}"));
        assert!(!is_query_name("source*"));
    }
}
