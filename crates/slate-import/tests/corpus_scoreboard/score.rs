//! Scoring one set against its expectations: the report lines and the figures the floors hold.

use super::*;

/// The figures of one set the floors hold: recall, precision, default server right, auth right,
/// paginated share, query-parameter recall, default URL = sample URL share, query-parameter
/// precision.
pub(crate) type Figures = (f64, f64, bool, bool, f64, f64, f64, f64);

/// The figures of issue 13 beside [`Figures`], held by [`CONVENTION_FLOORS`].
pub(crate) struct Conventions13 {
    /// Paginated operations given paging / all given paging.
    pub(crate) paging_precision: f64,
    /// Required headers found / expected, halved when the spec requires one the docs do not.
    pub(crate) headers: f64,
    /// The API-wide rate limit and every per-operation one right.
    pub(crate) rate_limit_right: bool,
    /// Issue 12's default URL = sample URL share over the samples on a host the docs state.
    pub(crate) urls_on_stated_hosts: f64,
}

/// Scores one set; returns its report and its figures.
pub(crate) fn score(exp: &Expectations) -> (String, Figures, Conventions13) {
    let root = root_of(exp.root.as_deref()).join(&exp.set);
    assert!(root.is_dir(), "{}: doc set not found at {}", exp.set, root.display());
    let target = if exp.entry == "." { root.clone() } else { root.join(&exp.entry) };
    let (spec, diagnostics, opened) = match slate_import::import(&target) {
        Ok(imported) => (serde_json::to_value(&imported.spec).expect("spec as JSON"), imported.diagnostics, true),
        Err(_) => (Value::Null, Vec::new(), false),
    };
    let noted = |e: &ExpectedOperation| {
        let file = e.source.rsplit_once(':').map_or(e.source.as_str(), |(f, _)| f);
        diagnostics.iter().any(|d| {
            d.code == "nonstandard-method"
                && d.file == file
                && d.message.contains(&format!("`{}`", e.method.to_ascii_uppercase()))
        })
    };
    let (nonstandard, standard): (Vec<&ExpectedOperation>, Vec<&ExpectedOperation>) =
        exp.operations.iter().partition(|e| e.nonstandard);
    let noted_count = nonstandard.iter().filter(|e| noted(e)).count();
    let imported = imported_operations(&spec);
    let bases: Vec<String> =
        std::iter::once(String::new()).chain(exp.servers.iter().map(|s| base_path(&s.url))).collect();
    let mut used = vec![false; imported.len()];
    let mut matched: Vec<(usize, &ExpectedOperation)> = Vec::new();
    let mut missing = Vec::new();
    for e in nonstandard.iter().filter(|e| !noted(e)) {
        missing.push(format!("{} {} ({}; no nonstandard-method diagnostic)", e.method, e.path, e.source));
    }
    for e in standard {
        let want: Vec<String> = bases.iter().map(|b| normalized(&format!("{b}{}", normalized(&e.path)))).collect();
        let found = imported
            .iter()
            .enumerate()
            .find(|(i, op)| !used[*i] && op.method == e.method.to_ascii_uppercase() && want.contains(&op.full_path));
        match found {
            Some((i, _)) => {
                used[i] = true;
                matched.push((i, e));
            }
            None => missing.push(format!("{} {} ({})", e.method, e.path, e.source)),
        }
    }
    let extra: Vec<String> = imported
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(op, _)| format!("{} {} ({})", op.method, op.path, op.op["x-source"].as_str().unwrap_or("?")))
        .collect();
    let (e, i, m) = (exp.operations.len(), imported.len() + noted_count, matched.len() + noted_count);
    let recall = if e == 0 { 1.0 } else { m as f64 / e as f64 };
    let precision = if i == 0 {
        if e == 0 {
            1.0
        } else {
            0.0
        }
    } else {
        m as f64 / i as f64
    };

    // Conventions, over the matched operations.
    let default_server = exp.servers.iter().find(|s| s.default).or(exp.servers.first());
    let server_right = match (default_server, spec.pointer("/servers/0/url").and_then(Value::as_str)) {
        // The host decides (variables as `{}`); where the base path is split off is measured by
        // the sample URLs below.
        (Some(want), Some(got)) => origin_of(&want.url) == origin_of(got),
        (None, _) => true,
        _ => false,
    };
    let want_auth: BTreeSet<String> =
        exp.auth.iter().map(|a| a.kind.clone()).filter(|k| k != "unspecified" && k != "signature").collect();
    let got_auth = auth_kinds(&spec);
    let paginated = matched.iter().filter(|(_, e)| e.paginated).count();
    let paged = matched.iter().filter(|(i, e)| e.paginated && imported[*i].op.get("x-pagination").is_some()).count();
    let describe = |i: usize| format!("{} {}", imported[i].method, imported[i].path);
    let paging_misses: Vec<String> = matched
        .iter()
        .filter(|(i, e)| e.paginated && imported[*i].op.get("x-pagination").is_none())
        .map(|(i, e)| format!("{} ({})", describe(*i), e.source))
        .collect();
    // Operations given paging that the docs do not call paginated: the precision of paging.
    let paging_extras: Vec<String> = matched
        .iter()
        .filter(|(i, e)| !e.paginated && imported[*i].op.get("x-pagination").is_some())
        .map(|(i, e)| format!("{} ({})", describe(*i), e.source))
        .collect();
    let header_names = |v: Option<&Value>| -> BTreeSet<String> {
        v.and_then(Value::as_object).into_iter().flatten().map(|(k, _)| k.to_ascii_lowercase()).collect()
    };
    let want_headers: BTreeSet<String> = exp.required_headers.iter().map(|h| h.name.to_ascii_lowercase()).collect();
    let got_headers = header_names(spec.get("x-request-headers"));
    let headers_found = want_headers.intersection(&got_headers).count();
    let headers_extra: Vec<&String> = got_headers.difference(&want_headers).collect();
    let headers_missing: Vec<&String> = want_headers.difference(&got_headers).collect();
    let (mut query_found, mut query_total) = (0, 0);
    // Query precision: of the query parameters imported on operations with query expectations,
    // the share the docs document.
    let (mut query_right, mut query_imported) = (0, 0);
    // Matched operations whose query parameters were checked by hand (an empty list counts).
    let mut query_ops = 0;
    let (mut query_misses, mut query_extras) = (Vec::new(), Vec::new());
    for (i, e) in &matched {
        let Some(query) = &e.query else { continue };
        query_ops += 1;
        let got: BTreeSet<String> = imported[*i].op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str().map(str::to_owned))
            .collect();
        query_total += query.len();
        query_found += query.iter().filter(|q| got.contains(*q)).count();
        query_imported += got.len();
        query_right += got.iter().filter(|g| query.contains(g)).count();
        let op = &imported[*i];
        for q in query.iter().filter(|q| !got.contains(*q)) {
            query_misses.push(format!("{} {} `{q}` ({})", op.method, op.path, e.source));
        }
        for g in got.iter().filter(|g| !query.contains(g)) {
            query_extras.push(format!("{} {} `{g}` ({})", op.method, op.path, e.source));
        }
    }
    // The environment a sample URL is on, by the expected server of its origin (http = https).
    let environment_of = |url: &str| {
        let origin = origin_of(&url.replacen("http://", "https://", 1));
        exp.servers.iter().find(|s| origin_of(&s.url) == origin).map(|s| s.environment.clone())
    };
    let default_environment = default_server.map(|s| s.environment.clone());
    let other_environment =
        |sample: &str| environment_of(sample).is_some_and(|e| Some(&e) != default_environment.as_ref());
    let with_sample: Vec<_> = matched.iter().filter_map(|(i, e)| e.sample_url.as_ref().map(|s| (i, s))).collect();
    let url_misses: Vec<String> = with_sample
        .iter()
        .filter(|(i, sample)| {
            !default_url_matches(&spec, &imported[**i].path, &imported[**i].op, sample, other_environment(sample))
        })
        .map(|(i, sample)| format!("{} {} calls {sample}", imported[**i].method, imported[**i].path))
        .collect();
    let url_right = with_sample.len() - url_misses.len();
    // Misses whose sample calls a host that none of the servers the docs state has (hand-checked
    // in the expectations): the docs contradict themselves there, and the stated server wins
    // (issue 12), with a `server-mismatch` or `sample-url-mismatch` warning naming the sample.
    let stated_origin = |sample: &str| {
        let origin = origin_of(&sample.replacen("http://", "https://", 1));
        origin.contains(['$', '{', '<']) || exp.servers.iter().any(|s| origin_of(&s.url) == origin)
    };
    let on_unstated_hosts = with_sample
        .iter()
        .filter(|(i, sample)| {
            !stated_origin(sample)
                && !default_url_matches(
                    &spec,
                    &imported[**i].path,
                    &imported[**i].op,
                    sample,
                    other_environment(sample),
                )
        })
        .count();
    let rate_limit = match &exp.rate_limit {
        None => spec.get("x-rate-limit").map_or("none (right)".to_owned(), |_| "none stated, one imported".to_owned()),
        Some(want) => match spec.get("x-rate-limit") {
            None => "missed".to_owned(),
            Some(got) => if same_limit(want, got) { "right" } else { "wrong" }.to_owned(),
        },
    };
    // Limits the docs state for one endpoint: an operation-level `x-rate-limit`.
    let op_limits_stated = matched.iter().filter(|(_, e)| e.rate_limit.is_some()).count();
    let op_limit_misses: Vec<String> = matched
        .iter()
        .filter(|(i, e)| match (&e.rate_limit, imported[*i].op.get("x-rate-limit")) {
            (Some(want), Some(got)) => !same_limit(want, got),
            (Some(_), None) | (None, Some(_)) => true,
            (None, None) => false,
        })
        .map(|(i, e)| format!("{} ({})", describe(*i), e.source))
        .collect();
    let op_limits_right = matched
        .iter()
        .filter(|(i, e)| {
            e.rate_limit.is_some() && !op_limit_misses.contains(&format!("{} ({})", describe(*i), e.source))
        })
        .count();
    let rate_limit_right = (rate_limit == "right" || rate_limit == "none (right)") && op_limit_misses.is_empty();

    let mut report = String::new();
    let _ = writeln!(
        report,
        "{:<12} ops {e:>3} expected, {i:>3} imported, {m:>3} matched: recall {recall:.2}, precision {precision:.2}{}",
        exp.name.as_deref().unwrap_or(&exp.set),
        if opened { "" } else { " (the set did not open)" }
    );
    let _ = writeln!(
        report,
        "             server {}; auth {} (docs {want_auth:?}, spec {got_auth:?}); x-pagination {}; query {} precision {} on {query_ops} ops; rate limit {rate_limit}; default URL = sample URL {}",
        if server_right { "right" } else { "wrong" },
        if want_auth == got_auth { "right" } else { "wrong" },
        ratio(paged, paginated),
        ratio(query_found, query_total),
        ratio(query_right, query_imported),
        ratio(url_right, with_sample.len()),
    );
    if on_unstated_hosts > 0 {
        let _ = writeln!(
            report,
            "             default URL = sample URL on the hosts the docs state {} ({on_unstated_hosts} sample(s) call a host no stated server has)",
            ratio(url_right, with_sample.len() - on_unstated_hosts),
        );
    }
    let _ = writeln!(
        report,
        "             paging precision {}; per-operation rate limits {}{}; required headers {}{}",
        ratio(paged, paged + paging_extras.len()),
        ratio(op_limits_right, op_limits_stated),
        if op_limit_misses.len() > op_limits_stated - op_limits_right {
            format!(" (+{} not stated)", op_limit_misses.len() - (op_limits_stated - op_limits_right))
        } else {
            String::new()
        },
        ratio(headers_found, want_headers.len()),
        if headers_extra.is_empty() { String::new() } else { format!(" (not required: {headers_extra:?})") },
    );
    if !nonstandard.is_empty() {
        let _ = writeln!(
            report,
            "             nonstandard methods skipped with a diagnostic {}",
            ratio(noted_count, nonstandard.len())
        );
    }
    let headers_missing: Vec<String> = headers_missing.iter().map(|h| h.to_string()).collect();
    for (label, list) in [
        ("missing", &missing),
        ("extra", &extra),
        ("default URL misses", &url_misses),
        ("paginated without x-pagination", &paging_misses),
        ("x-pagination not documented", &paging_extras),
        ("per-operation rate limit misses", &op_limit_misses),
        ("required headers missed", &headers_missing),
        ("query parameters missed", &query_misses),
        ("query parameters not documented", &query_extras),
    ] {
        if !list.is_empty() {
            let shown: Vec<&str> = list
                .iter()
                .take(if std::env::var_os("SCOREBOARD_ALL").is_some() { usize::MAX } else { 8 })
                .map(String::as_str)
                .collect();
            let more = list.len().saturating_sub(shown.len());
            let _ = writeln!(
                report,
                "             {label} {}: {}{}",
                list.len(),
                shown.join("; "),
                if more > 0 { format!("; and {more} more") } else { String::new() }
            );
        }
    }
    let share = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    (
        report,
        (
            recall,
            precision,
            server_right,
            want_auth == got_auth,
            share(paged, paginated),
            share(query_found, query_total),
            share(url_right, with_sample.len()),
            share(query_right, query_imported),
        ),
        Conventions13 {
            paging_precision: share(paged, paged + paging_extras.len()),
            headers: share(headers_found, want_headers.len()) * if headers_extra.is_empty() { 1.0 } else { 0.5 },
            rate_limit_right,
            urls_on_stated_hosts: share(url_right, with_sample.len() - on_unstated_hosts),
        },
    )
}

/// Whether an imported `x-rate-limit` (one window or the first of several) is the one expected.
pub(crate) fn same_limit(want: &ExpectedRateLimit, got: &Value) -> bool {
    let got = got.as_array().and_then(|a| a.first()).unwrap_or(got);
    want.requests.is_none_or(|r| got["requests"].as_u64() == Some(r))
        && want.per_seconds.is_none_or(|p| got["per_seconds"].as_u64() == Some(p))
}
