//! URLs and paths as docs write them, taken apart: origin (scheme and host, a bare host or a
//! leading variable), path and query pairs.

/// A URL or path as written in docs, taken apart by [`split_url`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SplitUrl {
    /// Scheme and host (`https://${API_ROOT}`, `https://app.example.se`, `//cdn.example.com`),
    /// a bare host (`api.example.com`, `localhost:8080`) or a leading variable (`$BASE`,
    /// `${BASE}`, `{{baseUrl}}`); `None` for a bare path or placeholder.
    pub origin: Option<String>,
    /// The path as written (`/api/2/departments/`); `/` when an origin has no path; a
    /// placeholder such as `api_endpoint_here` is kept as is.
    pub path: String,
    /// Query pairs in order, raw (not percent-decoded); a key without `=` has an empty value;
    /// empty segments (`?`, `&&`) are skipped.
    pub query: Vec<(String, String)>,
}

/// Splits a URL or path as written in docs into origin, path and query pairs.
///
/// Handles `https://${API_ROOT}/x`, `https://app.example.se/api/2/departments/?`,
/// `api_endpoint_here`, `/customers?page=:page&per=:per`,
/// `https://company.example.com/api/1/customers?api_key=KEY` and fragments (dropped).
/// Surrounding blanks are trimmed; query values keep their raw text.
pub fn split_url(url: &str) -> SplitUrl {
    let s = url.trim();
    let s = match s.find('#') {
        Some(p) => &s[..p],
        None => s,
    };
    let (base, query_str) = match s.find('?') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    let query = query_str.map(parse_query).unwrap_or_default();

    let (origin, path) = if let Some(p) = base.find("://") {
        // scheme://host[/path]; the scheme must look like one (letters, digits, + - .)
        let scheme = &base[..p];
        let scheme_ok =
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if scheme_ok {
            let rest = &base[p + 3..];
            let host_end = rest.find('/').unwrap_or(rest.len());
            (Some(base[..p + 3 + host_end].to_string()), rest[host_end..].to_string())
        } else {
            (None, base.to_string())
        }
    } else if let Some(rest) = base.strip_prefix("//") {
        let host_end = rest.find('/').unwrap_or(rest.len());
        (Some(base[..2 + host_end].to_string()), rest[host_end..].to_string())
    } else if !base.starts_with('/') {
        let first_end = base.find('/').unwrap_or(base.len());
        let first = &base[..first_end];
        if looks_like_host(first, first_end < base.len()) || is_variable(first) {
            (Some(first.to_string()), base[first_end..].to_string())
        } else {
            (None, base.to_string())
        }
    } else {
        (None, base.to_string())
    };
    let path = if origin.is_some() && path.is_empty() { "/".to_string() } else { path };
    SplitUrl { origin, path, query }
}

/// Raw `k=v&k2=v2` pairs; a key without `=` gets an empty value, empty segments are skipped.
fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|seg| !seg.is_empty())
        .map(|seg| match seg.find('=') {
            Some(p) => (seg[..p].to_string(), seg[p + 1..].to_string()),
            None => (seg.to_string(), String::new()),
        })
        .collect()
}

/// `api.example.com/…`, `api.example.com:8443`, `localhost`, `localhost:3000`, `127.0.0.1`;
/// not `data.json` or a bare two-label name without a path (too easily a file name).
fn looks_like_host(s: &str, followed_by_path: bool) -> bool {
    let (host, port) = match s.rfind(':') {
        Some(p) => (&s[..p], Some(&s[p + 1..])),
        None => (s, None),
    };
    if let Some(port) = port {
        if port.is_empty() || !port.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    if host == "localhost" {
        return true;
    }
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && (port.is_some() || labels.len() >= 3 || followed_by_path)
        && labels
            .last()
            .is_some_and(|t| !crate::vocabulary::is_file_extension(t))
        && labels.iter().all(|l| {
            !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        // the last label is a TLD or an IPv4 octet, never a file extension-like `json` after a
        // path word; require letters-only TLD of 2+ chars or digits
        && labels.last().is_some_and(|t| {
            (t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic()))
                || t.chars().all(|c| c.is_ascii_digit())
        })
}

/// `$BASE`, `${BASE}`, `{{baseUrl}}`, `{{ base_url }}`.
fn is_variable(s: &str) -> bool {
    let ident = |t: &str| {
        !t.is_empty()
            && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !t.starts_with(|c: char| c.is_ascii_digit())
    };
    if let Some(inner) = s.strip_prefix("${").and_then(|t| t.strip_suffix('}')) {
        return ident(inner);
    }
    if let Some(inner) = s.strip_prefix('$') {
        return ident(inner);
    }
    if let Some(inner) = s.strip_prefix("{{").and_then(|t| t.strip_suffix("}}")) {
        return ident(inner.trim());
    }
    // `{host}/v2/x`: a path starts with `/`, so a placeholder before the first one is the base.
    if let Some(inner) = s.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
        return ident(inner.trim());
    }
    false
}
