//! Slips in written URLs that no server path has, and URLs that are not the API's: a
//! misspelled scheme, a path segment between two `?`, a placeholder glued to the next segment,
//! a query pair written into the path, a host written as a path, a delivery to the reader's own
//! server. The model reads each as meant and says so.

use crate::request_line::edit_distance;
use crate::vocabulary;
use regex::Regex;
use std::sync::OnceLock;

/// A request URL with a slip no server path has, repaired, and what the slip was: a misspelled
/// scheme (`htpps://`), a word between two `?` (`/companies?all?limit=1`: the first `?` stands
/// for `/`), a placeholder glued to the next segment (`{groupId}targets`: the `/` left out; a
/// `.json` suffix keeps its dot and is not glued).
pub(crate) fn repaired_url(url: &str) -> Option<(String, &'static str)> {
    static GLUED: OnceLock<Regex> = OnceLock::new();
    static WORD_QUERY: OnceLock<Regex> = OnceLock::new();
    if let Some((scheme, rest)) = url.split_once("://") {
        let s = scheme.to_ascii_lowercase();
        if s != "http" && s != "https" && s.chars().all(|c| c.is_ascii_alphabetic()) {
            let fixed = if edit_distance(&s, "https") <= 1 {
                "https"
            } else if edit_distance(&s, "http") <= 1 {
                "http"
            } else {
                return None;
            };
            return Some((format!("{fixed}://{rest}"), "has a misspelled scheme"));
        }
    }
    let word_query =
        WORD_QUERY.get_or_init(|| Regex::new(r"^([^?]*[^/?])\?([A-Za-z][A-Za-z0-9_]*)\?").expect("valid regex"));
    if let Some(c) = word_query.captures(url) {
        let end = c.get(0).map_or(0, |m| m.end());
        return Some((format!("{}/{}?{}", &c[1], &c[2], &url[end..]), "writes a path segment between two `?`"));
    }
    let glued = GLUED.get_or_init(|| Regex::new(r"(\{[A-Za-z_][A-Za-z0-9_]*\})([A-Za-z])").expect("valid regex"));
    let path_end = url.find('?').unwrap_or(url.len());
    if glued.is_match(&url[..path_end]) {
        let fixed = glued.replace_all(&url[..path_end], "$1/$2");
        return Some((format!("{fixed}{}", &url[path_end..]), "glues a placeholder to the next segment"));
    }
    None
}

/// A last path segment written as a query pair (`/questions/surveyId={surveyId}`: the `?` left
/// out): the path without it and the pair. No path segment of a REST URL holds `name=value`.
pub(crate) fn query_pair_in_path(path: &str) -> Option<(String, String, String)> {
    let (parent, last) = path.trim_end_matches('/').rsplit_once('/')?;
    let (name, value) = last.split_once('=')?;
    let name_ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    name_ok.then(|| {
        (if parent.is_empty() { "/".to_owned() } else { parent.to_owned() }, name.to_owned(), value.to_owned())
    })
}

/// Whether a path's only segment is a host name (`/photos.cdn.example.net`): two dots or more
/// and letters only in its last label; a file name (`/report.json`) has one dot.
pub(crate) fn first_segment_is_host(path: &str) -> bool {
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let [seg] = segs.as_slice() else { return false };
    let labels: Vec<&str> = seg.split('.').collect();
    labels.len() >= 3
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_alphabetic()))
}

/// A request to a loopback host (`127.0.0.1`, `localhost`) at a path with a
/// [`vocabulary::CALLBACK_WORDS`] segment (`POST /webhook/`): the API calling the reader's
/// server, as docs show a webhook delivery.
pub(crate) fn sent_to_the_readers_server(url: &crate::curl::SplitUrl) -> bool {
    let host = url.origin.as_deref().unwrap_or("");
    let host = host.split_once("://").map_or(host, |(_, h)| h);
    let host =
        host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(h, _)| h);
    let loopback = matches!(host, "127.0.0.1" | "localhost" | "[::1]" | "0.0.0.0");
    loopback && url.path.split('/').any(|seg| vocabulary::CALLBACK_WORDS.contains(&seg.to_ascii_lowercase().as_str()))
}

/// `path` without a [`vocabulary::FORMAT_SUFFIXES`] suffix on its last segment (`/x/2.json` ->
/// `/x/2`).
pub(crate) fn without_format_suffix(path: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, ext))
            if !ext.contains('/') && vocabulary::FORMAT_SUFFIXES.contains(&ext.to_ascii_lowercase().as_str()) =>
        {
            stem.to_owned()
        }
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slips_no_server_path_has() {
        let fixed = |u: &str| repaired_url(u).map(|(f, _)| f);
        assert_eq!(fixed("htpps://{host}/v1/x").as_deref(), Some("https://{host}/v1/x"));
        assert_eq!(fixed("{host}/v1/shapes?all?limit=1").as_deref(), Some("{host}/v1/shapes/all?limit=1"));
        assert_eq!(fixed("/teams/{teamId}members/{id}").as_deref(), Some("/teams/{teamId}/members/{id}"));
        assert_eq!(fixed("/todos/{id}.json"), None, "a format suffix keeps its dot");
        assert_eq!(fixed("https://h.example/x?a=1&b=2"), None);
        assert_eq!(fixed("ftp://h.example/x"), None, "another scheme is not a misspelling");
        assert_eq!(
            query_pair_in_path("/questions/surveyId={id}"),
            Some(("/questions".to_owned(), "surveyId".to_owned(), "{id}".to_owned()))
        );
        assert_eq!(query_pair_in_path("/questions/{id}"), None);
        assert!(first_segment_is_host("/files.cdn.example.net"));
        assert!(!first_segment_is_host("/report.json"));
        assert!(!first_segment_is_host("/v1/files.cdn.example.net"), "a segment among others is a name");
    }
}
