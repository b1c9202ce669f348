//! Path templates: turns paths as the docs write them (`:id`, `<_id>`, `{company}`,
//! `CUSTOMER_TOKEN`, `${VAR}`, a concrete id in an example URL) into OpenAPI templates
//! (`/customers/{id}`), and compares paths written in different styles.

use heck::ToSnakeCase;

/// How a path segment was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A literal segment (`customers`).
    Literal(String),
    /// A named placeholder (`:id`, `{id}`, `<id>`, `CUSTOMER_TOKEN`).
    Named(String),
    /// A concrete value from an example URL (`97436a79-...`, `1`); the name is derived.
    Concrete(String),
}

/// Splits a path (no query) into segments, classifying each.
pub fn segments(path: &str) -> Vec<Segment> {
    parts(path).into_iter().map(|(seg, _)| seg).collect()
}

/// Each segment with the format suffix after its placeholder or id (`{id}.json` -> `.json`;
/// empty when there is none or the segment is a literal).
fn parts(path: &str) -> Vec<(Segment, String)> {
    // A version number at the root of a path (`/1/indexes`, `/api/2/users`) is a literal part
    // of every URL, not an id: only a number after a literal names a resource.
    let mut at_root = true;
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|raw| {
            let raw = decode_entities(raw.trim());
            at_root = at_root && is_root_segment(&raw);
            if at_root {
                return (Segment::Literal(raw), String::new());
            }
            match split_format_suffix(&raw) {
                Some((core, suffix)) if !matches!(classify(core), Segment::Literal(_)) => {
                    (classify(core), suffix.to_owned())
                }
                _ => (classify(&raw), String::new()),
            }
        })
        .collect()
}

/// `2.json` -> (`2`, `.json`): a response-format suffix the docs append to a path.
fn split_format_suffix(seg: &str) -> Option<(&str, &str)> {
    let (core, ext) = seg.rsplit_once('.')?;
    (!core.is_empty() && crate::vocabulary::FORMAT_SUFFIXES.contains(&ext.to_ascii_lowercase().as_str()))
        .then(|| (core, &seg[core.len()..]))
}

/// The HTML entities of placeholders written in HTML (`&lt;id&gt;`) decoded.
fn decode_entities(seg: &str) -> String {
    if !seg.contains('&') {
        return seg.to_owned();
    }
    seg.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#123;", "{").replace("&#125;", "}")
}

fn classify(seg: &str) -> Segment {
    let s = seg.trim();
    // Every spelling of "a value goes here": `:id`, `${id}`, `#{id}`, `{id}`, `{{id}}`,
    // `<id>`, `(id)`, `$id`.
    let wrapped = [("${", "}"), ("#{", "}"), ("{{", "}}"), ("{", "}"), ("<", ">"), ("(", ")")];
    for (open, close) in wrapped {
        if let Some(n) = s.strip_prefix(open).and_then(|r| r.strip_suffix(close)) {
            if !n.is_empty() {
                return Segment::Named(clean_name(n));
            }
        }
    }
    for sigil in [':', '$'] {
        if let Some(n) = s.strip_prefix(sigil) {
            if n.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_') {
                return Segment::Named(clean_name(n));
            }
        }
    }
    if is_placeholder_token(s) {
        return Segment::Named(clean_name(s));
    }
    if is_concrete_id(s) {
        return Segment::Concrete(s.to_owned());
    }
    Segment::Literal(s.to_owned())
}

/// A parameter name from a placeholder: snake_case, leading underscores dropped.
pub(crate) fn clean_name(n: &str) -> String {
    let snake = n.to_snake_case();
    let t = snake.trim_start_matches('_');
    if t.is_empty() {
        "id".to_owned()
    } else {
        t.to_owned()
    }
}

/// `CUSTOMER_TOKEN`, `API_KEY`, `ID`: an all-caps word standing for a value.
pub fn is_placeholder_token(s: &str) -> bool {
    s.len() >= 2
        && s.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        && s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && s.chars().filter(|c| c.is_ascii_uppercase()).count() >= 2
}

/// A value that can only be an identifier: digits, a UUID, a long hex or mixed token.
pub fn is_concrete_id(s: &str) -> bool {
    if s.is_empty() {
        return false;
    }
    if s.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let hexish = s.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    let digits = s.chars().filter(char::is_ascii_digit).count();
    if hexish && s.len() >= 12 && digits >= 2 {
        return true;
    }
    if s.len() >= 16 && digits >= 3 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return true;
    }
    // A prefixed id (`ch_1`, `cus_9aK2`): a short lowercase type prefix, `_`, and an
    // alphanumeric value with a digit in it (`api_v2`, a version, is not one).
    match s.split_once('_') {
        Some((prefix, value)) => {
            (1..=5).contains(&prefix.len())
                && prefix.chars().all(|c| c.is_ascii_lowercase())
                && !value.is_empty()
                && value.chars().all(|c| c.is_ascii_alphanumeric())
                && value.chars().any(|c| c.is_ascii_digit())
                && !(value.starts_with('v') && value[1..].chars().all(|c| c.is_ascii_digit()))
        }
        None => false,
    }
}

/// A path template with its path parameters in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// `/customers/{id}`; no trailing slash; `/` for the root.
    pub path: String,
    /// Parameter names in order.
    pub params: Vec<String>,
}

/// Builds the OpenAPI template of a path written in docs.
pub fn template(path: &str) -> Template {
    let mut params: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut prev_literal: Option<String> = None;
    for (seg, suffix) in parts(path) {
        match seg {
            Segment::Literal(l) => {
                prev_literal = Some(l.clone());
                out.push(l);
            }
            Segment::Named(n) => {
                let n = unique(n, &params);
                out.push(format!("{{{n}}}{suffix}"));
                params.push(n);
            }
            Segment::Concrete(_) => {
                let base = prev_literal
                    .as_deref()
                    .map(|l| format!("{}_id", crate::naming::singularize(&l.to_snake_case())))
                    .unwrap_or_else(|| "id".to_owned());
                let n = unique(base, &params);
                out.push(format!("{{{n}}}{suffix}"));
                params.push(n);
            }
        }
    }
    Template { path: format!("/{}", out.join("/")), params }
}

fn unique(name: String, taken: &[String]) -> String {
    if !taken.contains(&name) {
        return name;
    }
    (2..).map(|i| format!("{name}{i}")).find(|c| !taken.contains(c)).unwrap_or(name)
}

/// Shape of a path for comparison: literals lowercased, every placeholder or id as `*`.
pub fn shape(path: &str) -> Vec<String> {
    parts(path)
        .into_iter()
        .map(|(s, suffix)| match s {
            Segment::Literal(l) => l.to_ascii_lowercase(),
            _ => format!("*{}", suffix.to_ascii_lowercase()),
        })
        .collect()
}

/// Whether two paths, written in any placeholder style, can be the same endpoint.
pub fn same_endpoint(a: &str, b: &str) -> bool {
    shape(a) == shape(b)
}

/// Whether an example URL path fits a declared path: same length, declared placeholders match
/// anything, literals match case-insensitively.
pub fn example_matches(declared: &str, example: &str) -> bool {
    let d = parts(declared);
    let e = parts(example);
    d.len() == e.len()
        && d.iter().zip(&e).all(|((a, a_suffix), (b, b_suffix))| match (a, b) {
            (Segment::Literal(x), Segment::Literal(y)) => x.eq_ignore_ascii_case(y),
            (Segment::Literal(_), _) => false,
            _ => a_suffix.eq_ignore_ascii_case(b_suffix),
        })
}

/// Whether two paths have the same shape and differ only by small misspellings of literals.
pub fn differs_by_typo(a: &str, b: &str) -> bool {
    let (sa, sb) = (segments(a), segments(b));
    sa.len() == sb.len()
        && sa.iter().zip(&sb).all(|(x, y)| match (x, y) {
            (Segment::Literal(x), Segment::Literal(y)) => {
                let d = crate::request_line::edit_distance(&x.to_ascii_lowercase(), &y.to_ascii_lowercase());
                d <= 2 && x.len().min(y.len()) > 4
            }
            (Segment::Literal(_), _) | (_, Segment::Literal(_)) => false,
            _ => true,
        })
}

/// `example` with each concrete value replaced by the placeholder `declared` has at that place.
pub fn with_declared_names(example: &str, declared: &str) -> String {
    let d = segments(declared);
    let out: Vec<String> = parts(example)
        .into_iter()
        .enumerate()
        .map(|(i, (s, suffix))| match (s, d.get(i)) {
            (Segment::Concrete(_), Some(Segment::Named(n))) => format!("{{{n}}}{suffix}"),
            (Segment::Literal(l) | Segment::Concrete(l), _) => format!("{l}{suffix}"),
            (Segment::Named(n), _) => format!("{{{n}}}{suffix}"),
        })
        .collect();
    format!("/{}", out.join("/"))
}

/// Removes `prefix` segments (e.g. `/api/2`) from the front of `path`, if present.
/// A placeholder or a concrete id in `prefix` matches any placeholder or id of `path` (an
/// account id written `$ACCOUNT_ID` in one sample and `999999999` in another).
pub fn strip_prefix<'a>(path: &'a str, prefix: &str) -> &'a str {
    let prefix = prefix.trim_end_matches('/');
    if prefix.is_empty() {
        return path;
    }
    if let Some(rest) = path.strip_prefix(prefix) {
        if rest.is_empty() || rest.starts_with('/') {
            return rest;
        }
    }
    let variable = |s: &str| !is_root_segment(s) && !matches!(classify(s), Segment::Literal(_));
    let wanted: Vec<&str> = prefix.split('/').filter(|s| !s.is_empty()).collect();
    let mut rest = path;
    for want in wanted {
        let Some(after) = rest.strip_prefix('/') else { return path };
        let (seg, tail) = after.split_once('/').map_or((after, ""), |(s, t)| (s, t));
        let matches = seg == want || variable(seg) && variable(want);
        if !matches {
            return path;
        }
        rest = &rest[1 + seg.len()..];
        let _ = tail;
    }
    rest
}

/// `path` without its leading root segments (`/v1/users/173` -> `/users/173`).
pub fn without_root(path: &str) -> String {
    let rest: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).skip_while(|s| is_root_segment(s)).collect();
    format!("/{}", rest.join("/"))
}

/// Whether a path segment looks like an API root segment (`api`, `v1`, `2`, `rest`).
pub fn is_root_segment(seg: &str) -> bool {
    let s = seg.to_ascii_lowercase();
    // A version is short (`2`, `v1`, `1.0`); a long number is an id.
    const MAX_VERSION_LEN: usize = 4;
    matches!(s.as_str(), "api" | "apis" | "rest" | "public" | "latest")
        || s.len() <= MAX_VERSION_LEN
            && s.trim_start_matches('v').split('.').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_number_at_the_root_is_literal() {
        assert_eq!(template("/1/indexes/{name}").path, "/1/indexes/{name}");
        assert_eq!(template("/api/2/users/5").path, "/api/2/users/{user_id}");
        assert_eq!(template("/users/2").path, "/users/{user_id}", "after a literal: an id");
        assert!(same_endpoint("/1/things", "/1/things") && !same_endpoint("/1/things", "/2/things"));
    }

    #[test]
    fn placeholder_styles() {
        assert_eq!(template("/customers/:id/archive").path, "/customers/{id}/archive");
        assert_eq!(template("/departments/<_id>").path, "/departments/{id}");
        assert_eq!(template("/companies/{company}/x").params, vec!["company"]);
        assert_eq!(template("/customers/CUSTOMER_TOKEN").path, "/customers/{customer_token}");
        assert_eq!(
            template("/companies/69894a02-9c03-40ac-a06a-ee6e4b38c6fb/connections/1").path,
            "/companies/{company_id}/connections/{connection_id}"
        );
        assert_eq!(template("/charges/ch_1/refund").path, "/charges/{charge_id}/refund");
        assert_eq!(template("/customers/cus_9aK2").path, "/customers/{customer_id}");
        assert_eq!(template("/api_v2/first_name/level_one").path, "/api_v2/first_name/level_one");
        assert_eq!(template("/things/").path, "/things");
        assert_eq!(template("").path, "/");
    }

    #[test]
    fn every_placeholder_spelling_and_format_suffixes() {
        assert_eq!(template("/coupons/&lt;id&gt;").path, "/coupons/{id}");
        assert_eq!(template("/pots/$pot_id/deposit").path, "/pots/{pot_id}/deposit");
        assert_eq!(template("/v2/customer/(id)/x").path, "/v2/customer/{id}/x");
        assert_eq!(template("/users/#{user_id}").path, "/users/{user_id}");
        assert_eq!(template("/shops/{{shop}}/items").path, "/shops/{shop}/items");
        assert_eq!(template("/buckets/1/todosets/2.json").path, "/buckets/{bucket_id}/todosets/{todoset_id}.json");
        assert_eq!(template("/todos/{id}.json").path, "/todos/{id}.json");
        assert_eq!(template("/projects.json").path, "/projects.json");
        assert_eq!(template("/a/$/b").path, "/a/$/b", "a lone sigil is no placeholder");
        assert!(!same_endpoint("/todos/{id}.json", "/todos/{id}"));
        assert!(example_matches("/todos/{id}.json", "/todos/42.json"));
        assert_eq!(with_declared_names("/todos/42.json", "/todos/{todo}.json"), "/todos/{todo}.json");
    }

    #[test]
    fn shapes_compare_across_styles() {
        assert!(same_endpoint("/companies/{company}", "/companies/97436a79-0293-485e-8aad-eb629f5c9dfd"));
        assert!(!same_endpoint("/companies/{company}", "/companies"));
        assert!(same_endpoint("/users/", "/users"));
    }

    #[test]
    fn prefix_stripping() {
        assert_eq!(strip_prefix("/api/2/users", "/api/2"), "/users");
        assert_eq!(strip_prefix("/api/20/users", "/api/2"), "/api/20/users");
        assert_eq!(strip_prefix("/$ACCOUNT_ID/projects.json", "/999999999"), "/projects.json");
        assert_eq!(strip_prefix("/projects.json", "/999999999"), "/projects.json");
        assert!(is_root_segment("v1") && is_root_segment("2") && !is_root_segment("users"));
        assert!(!is_root_segment("999999999"), "an account id, not a version");
    }
}
