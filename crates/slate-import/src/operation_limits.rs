//! Rate limits the docs state for one endpoint: a line of the operation's own section that
//! names a rate limit and a figure ("Rate Limited? | Yes (1000 per hour)", "This endpoint is
//! rate limited to 10 requests per minute"). Each becomes the operation's own `x-rate-limit`,
//! kept by the client beside the API-wide one.

use std::collections::BTreeMap;

use crate::blocks::Outline;
use crate::model::Model;

/// By operation index (as in `model.operations`), the (requests, seconds) its own section
/// states. A section that declares several operations states it for each of them; a limit
/// equal to the API-wide one (`api`) says nothing of its own.
pub fn stated(outline: &Outline, model: &Model, api: Option<(u64, u64)>) -> BTreeMap<usize, (u64, u64)> {
    let mut out = BTreeMap::new();
    let own = crate::own_sections::OwnSections::new(model);
    for k in 0..model.operations.len() {
        let text = own.operation_text(outline, model, k);
        if let Some(limit) = limit_in(&text).filter(|l| Some(*l) != api) {
            out.insert(k, limit);
        }
    }
    // A section that names its endpoint itself ("URI | `/v2/card`", "HTTP Methods | PUT") beside
    // the limit, where no request line made it an operation (an endpoint documented again).
    for i in 0..outline.sections.len() {
        let text = crate::section_text::section_text(outline, i);
        let Some(limit) = limit_in(&text).filter(|l| Some(*l) != api) else { continue };
        let Some((method, uri)) = named_endpoint(&text) else { continue };
        let uri = placeholders_blank(&uri);
        for (k, op) in model.operations.iter().enumerate() {
            if op.method == method && placeholders_blank(&op.path).ends_with(&uri) {
                out.entry(k).or_insert(limit);
            }
        }
    }
    // An endpoint documented twice states its limit for both places: the same method and path
    // (placeholder names aside) share it.
    let key = |k: usize| {
        let op = &model.operations[k];
        let path: Vec<&str> =
            op.path.trim_end_matches('/').split('/').map(|s| if s.starts_with('{') { "{}" } else { s }).collect();
        (op.method.clone(), path.join("/"))
    };
    let by_endpoint: BTreeMap<(String, String), (u64, u64)> =
        out.iter().rev().map(|(k, limit)| (key(*k), *limit)).collect();
    for k in 0..model.operations.len() {
        if let Some(limit) = by_endpoint.get(&key(k)) {
            out.entry(k).or_insert(*limit);
        }
    }
    out
}

/// The first line of a text that names a rate limit and gives a figure: `N requests per unit`,
/// or a bare `N per unit` on a line about the rate limit ("Rate Limited? | Yes (1000 per hour)").
pub(crate) fn limit_in(text: &str) -> Option<(u64, u64)> {
    text.lines().find_map(|line| {
        let lower = line.to_ascii_lowercase();
        if !crate::vocabulary::RATE_LIMIT_LINE_WORDS.iter().any(|w| lower.contains(w)) {
            return None;
        }
        crate::rate_limits::rate_limit(line).or_else(|| crate::rate_limits::bare_rate(line))
    })
}

/// The method and path a section's own rows name: a `URI` (or `Path`, `Endpoint`) row with a
/// path in a code span and an `HTTP Method(s)` row with one method.
fn named_endpoint(text: &str) -> Option<(String, String)> {
    let mut uri = None;
    let mut method = None;
    for line in text.lines() {
        let Some((key, value)) = line.split_once('|') else { continue };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim().trim_matches('|').trim();
        if crate::vocabulary::ENDPOINT_ROW_KEYS.contains(&key.as_str()) {
            let path = value.trim_matches('`').split('?').next().unwrap_or_default().trim();
            if path.contains('/') && !path.contains(' ') {
                uri = Some(path.trim_end_matches('/').to_owned());
            }
        } else if key.starts_with("http method") {
            let words: Vec<&str> = value.split([',', '/', ' ']).filter(|w| !w.is_empty()).collect();
            if let [one] = words.as_slice() {
                method = Some(one.to_ascii_uppercase());
            }
        }
    }
    Some((method?, uri?))
}

/// A path with every placeholder written `{}` and no trailing slash.
fn placeholders_blank(path: &str) -> String {
    path.trim_end_matches('/')
        .split('/')
        .map(|s| if s.starts_with('{') { "{}" } else { s })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_names_its_endpoint_in_rows() {
        let text =
            "The card is updated.\n | \nURI | `/v2/card?`\nRate Limited? | Yes (1000 per hour)\nHTTP Methods | PUT\n";
        assert_eq!(named_endpoint(text), Some(("PUT".into(), "/v2/card".into())));
        assert_eq!(named_endpoint("URI | `/v2/card`\nHTTP Methods | GET, PUT\n"), None, "two methods: no one endpoint");
        assert_eq!(placeholders_blank("/v2/{userId}/x/"), "/v2/{}/x");
    }

    #[test]
    fn a_limit_on_a_rate_limit_line() {
        assert_eq!(limit_in("URI | `/x`\nRate Limited? | Yes (1000 per hour)\nBatch | No"), Some((1000, 3600)));
        assert_eq!(limit_in("This endpoint is rate limited to 10 requests per minute."), Some((10, 60)));
        assert_eq!(limit_in("Rate Limited? | Yes"), None, "no figure: nothing to keep");
        assert_eq!(
            limit_in("Rate Limited? | Yes (10 OTPs per user per day)"),
            None,
            "a limit per user is no request rate"
        );
        assert_eq!(limit_in("Returns 1000 per hour of data points."), None, "no rate limit named");
    }
}
