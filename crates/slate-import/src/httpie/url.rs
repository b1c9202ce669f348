//! The URL argument of an httpie command: whether a word is one, and the URL it requests (the
//! localhost shorthand, the default scheme, query items appended).
/// A word that names a host: `localhost`, `api.example.com`, `10.0.0.1`, with an optional port.
fn is_host(s: &str) -> bool {
    let host = match s.rsplit_once(':') {
        Some((h, port)) if !port.is_empty() && port.chars().all(|d| d.is_ascii_digit()) => h,
        Some(_) => return false,
        None => s,
    };
    if host == "localhost" {
        return true;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-'))
        && labels.last().is_some_and(|t| {
            (t.len() >= 2 && t.chars().all(|ch| ch.is_ascii_alphabetic())) || t.chars().all(|d| d.is_ascii_digit())
        })
}

/// Whether an argument reads as httpie's URL: with a scheme, the localhost shorthand (`:3000`,
/// `:/x`), a leading shell or template variable, or a host with or without a path.
pub(super) fn looks_like_url(u: &str) -> bool {
    if let Some((scheme, _)) = u.split_once("://") {
        return !scheme.is_empty() && scheme.chars().all(|ch| ch.is_ascii_alphanumeric() || "+-.".contains(ch));
    }
    if let Some(rest) = u.strip_prefix(':') {
        return rest.is_empty() || rest.starts_with('/') || rest.starts_with(|d: char| d.is_ascii_digit());
    }
    if u.starts_with('$') || u.starts_with("{{") {
        return u.len() > 1;
    }
    is_host(u.split(['/', '?', '#']).next().unwrap_or(""))
}

/// The URL httpie requests: the localhost shorthand expanded and the default scheme added where
/// none is written; a URL led by a variable is kept as written.
pub(super) fn full_url(u: &str, scheme: &str) -> String {
    if u.contains("://") || u.starts_with('$') || u.starts_with("{{") {
        return u.to_owned();
    }
    let u = match u.strip_prefix(':') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("localhost{rest}"),
        Some(rest) => format!("localhost:{rest}"),
        None => u.to_owned(),
    };
    format!("{scheme}://{u}")
}

/// `url` with the query items appended (before a fragment), `&` and `#` in them escaped.
pub(super) fn with_query(url: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return url.to_owned();
    }
    let (base, fragment) = match url.find('#') {
        Some(p) => (&url[..p], &url[p..]),
        None => (url, ""),
    };
    let esc = |s: &str| s.replace('&', "%26").replace('#', "%23");
    let mut out = base.to_owned();
    for (k, v) in query {
        if !out.contains('?') {
            out.push('?');
        } else if !out.ends_with(['?', '&']) {
            out.push('&');
        }
        out.push_str(&esc(k));
        out.push('=');
        out.push_str(&esc(v));
    }
    out.push_str(fragment);
    out
}
