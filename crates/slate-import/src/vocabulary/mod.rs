//! The importer's word lists: every list of words the readers match docs against, each with
//! the reason it exists. A word that only one vendor's docs need does not belong here; a word
//! belongs here when it is how API docs in general spell a thing.
//!
//! The lists are kept in one file per kind of fact they find (`requests`: operations and
//! their request lines; `samples`: code samples; `paging`; `api_wide`: servers, credentials,
//! headers, rate limits; `fields`: field, enum and status tables, models, response schemas;
//! `pages`: the page layout of a doc set)
//! and reached as `vocabulary::NAME`: the files are re-exported here.

mod api_wide;
mod fields;
mod pages;
mod paging;
mod requests;
mod samples;

pub use api_wide::*;
pub use fields::*;
pub use pages::*;
pub use paging::*;
pub use requests::*;
pub use samples::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_number_decides_the_style_before_a_cursor_like_date_filter() {
        let names = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let p = paging_params(&names(&["context", "page", "per_page", "offset", "after"])).expect("paged");
        assert_eq!((p.style, p.size.as_deref()), ("page", Some("per_page")));
        assert_eq!(paging_params(&names(&["limit", "starting_after"])).map(|p| p.style), Some("cursor"));
        assert_eq!(paging_params(&names(&["limit", "offset"])).map(|p| p.style), Some("offset"));
        assert_eq!(paging_params(&names(&["q"])), None);
    }

    #[test]
    fn labels_match_whatever_their_markup() {
        assert!(is_one_of("**URL** ", URL_LABELS));
        assert!(is_one_of("Request URL:", URL_LABELS));
        assert!(is_one_of("HTTP Method", METHOD_LABELS));
        assert!(!is_one_of("Batch Support", METHOD_LABELS));
    }
}
