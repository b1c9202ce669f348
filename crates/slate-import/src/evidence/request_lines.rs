//! Request lines a section names beside its own declarations: in running text, in index
//! entries that link a page, and the lines whose URL stands for a whole URL the user has.

use super::SectionEvidence;
use crate::diag::{Code, Diagnostics, Pos};
use crate::request_line::{declared_lines, Declared};
use crate::vocabulary::URL_WORDS;
use regex::Regex;
use std::sync::OnceLock;

/// Backticked request lines inside running text, with their positions.
pub(super) fn mentioned_request_lines(text: &str, pos: &Pos) -> Vec<(Declared, Pos)> {
    static MENTION: OnceLock<Regex> = OnceLock::new();
    let re = MENTION
        .get_or_init(|| Regex::new(r"`(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (/[^`\s]*)`").expect("valid regex"));
    text.lines()
        .enumerate()
        .flat_map(|(i, line)| {
            re.captures_iter(line)
                .map(|c| {
                    let declared = Declared {
                        written_method: c[1].to_owned(),
                        method: c[1].to_owned(),
                        url: c[2].to_owned(),
                        line: i,
                        joined_with_previous: false,
                    };
                    (declared, Pos::new(&pos.file, pos.line + i))
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// `{CALLBACK_URL}`, `{REDIRECT_URL}?a=b`, `${WEBHOOK}`: one placeholder and no path; or a URL
/// named in words (`url-obtained-from-first-request`: one segment of hyphen-joined words, one
/// of them a [`URL_WORDS`] word).
pub(super) fn stands_for_a_whole_url(url: &str) -> bool {
    let base = url.split('?').next().unwrap_or(url).trim_start_matches('/');
    let wrapped = base.starts_with('{') && base.ends_with('}') || base.starts_with("${") && base.ends_with('}');
    let words: Vec<&str> = base.split('-').collect();
    let in_words = words.len() >= 3
        && words.iter().all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
        && words.iter().any(|w| URL_WORDS.contains(w));
    (wrapped || in_words) && !base.contains('/')
}

/// An index entry: a list item that links a page of the docs (`target`, a `.md` file) and ends
/// in its request line in backticks (`Create Profile : \`POST /profiles\``). Returns the linked
/// page, relative to the doc root (`from` is the page holding the link), and the line.
pub(super) fn index_line(item: &str, target: &str, from: &str) -> Option<(String, Declared)> {
    let first = item.lines().next()?.trim();
    let target = target.split('#').next()?;
    if !target.ends_with(".md") || target.contains("://") {
        return None;
    }
    let open = first.strip_suffix('`')?.rfind('`')?;
    let d = declared_lines(&first[open..]).into_iter().next()?;
    Some((crate::index_items::relative_page(from, target)?, d))
}

/// Notes a request line whose URL stands for a whole URL the user has ([`stands_for_a_whole_url`]).
pub(super) fn not_the_apis_url(d: &Declared, pos: &Pos, ev: &mut SectionEvidence, diags: &mut Diagnostics) {
    diags.info(
        Code::NotAnOperation,
        pos,
        format!("`{} {}`: the URL is a placeholder for a whole URL (a callback, a redirect, a URL a response returned), not an endpoint of the API", d.method, d.url),
    );
    ev.callback = true;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::stated::lone_url;

    #[test]
    fn urls_named_in_words_or_by_one_placeholder() {
        assert!(stands_for_a_whole_url("/url-obtained-from-first-request"));
        assert!(stands_for_a_whole_url("{CALLBACK_URL}?a=b"));
        assert!(!stands_for_a_whole_url("/user-saved-searches"), "no URL word: a resource");
        assert!(!stands_for_a_whole_url("/link-a"), "too few words");
    }

    #[test]
    fn placeholders_in_words_and_index_entries() {
        assert_eq!(lone_url("`{host}/v1/q/{survey question id}`").as_deref(), Some("{host}/v1/q/{survey_question_id}"));
        assert_eq!(lone_url("`/v1/a b`"), None);
        let (page, d) =
            index_line("Create Box : `POST /boxes`", "../boxes/create.md#top", "docs/README.md").expect("entry");
        assert_eq!((page.as_str(), d.method.as_str(), d.url.as_str()), ("boxes/create.md", "POST", "/boxes"));
        assert!(index_line("Create Box : `POST /boxes`", "https://h.example/x.md", "README.md").is_none());
        assert!(index_line("Create Box", "boxes/create.md", "README.md").is_none());
    }
}
