//! Stage 3, evidence: walks the outline once and records, per section, everything that can say
//! something about an operation: declared request lines, curl calls, JSON examples with their
//! captions, and parameter or field tables. Nothing is decided here.

use crate::blocks::{BlockKind, Outline};
use crate::curl::parse_curl_commands;
use crate::diag::{Code, Diagnostics, Pos};
use crate::lenient_json::parse_lenient;
use crate::nested_tables::{nest, subjects_of, SubjectTable};
use crate::raw_http::raw_exchange;
use crate::request_line::{api_markers, declared_lines, html_endpoints, unparsed_request_lines};
use crate::tables::{Columns, Location, TableRow};
use crate::vocabulary::{
    is_one_of, AUTH_TITLES, OAUTH_TOKEN_SEGMENTS, OMITTED_TITLES, REQUEST_BLOCK_LANGS, URL_LABELS,
};

mod examples;
mod request_lines;
mod section_context;
mod stated;

pub use examples::example_role;
use examples::yaml_object;
use request_lines::{index_line, mentioned_request_lines, not_the_apis_url, stands_for_a_whole_url};
use section_context::{illustrates_a_convention, in_changelog, is_label, mentions_parameters};
use stated::{env_url_rows, lone_url, stated_apart, stated_in_rows};

pub use crate::section_evidence::{ExampleRole, JsonExample, SectionEvidence, TableEvidence};

/// Reads the evidence of every section (same indexes as `outline.sections`).
pub fn collect(outline: &Outline, diags: &mut Diagnostics) -> Vec<SectionEvidence> {
    // The routes the sections read so far declare, where first (see `index_items::Routes`).
    let mut routes = crate::index_items::Routes::default();
    outline
        .sections
        .iter()
        .enumerate()
        .map(|(idx, section)| {
            let mut ev = SectionEvidence::default();
            let mut caption: Option<String> = None;
            // A short paragraph ending in `:` ("Parameters:", "Response `201 Created`:") labels
            // the block after it, as a heading or a Slate caption would.
            let mut label: Option<String> = None;
            // The status the paragraph just before names ("Status Code **401**", see
            // `status_captions`): a field table under an error status is that error's body.
            let mut status_caption: Option<u16> = None;
            // What the last lead paragraph said the next table describes, and per table.
            let mut pending_subjects: Option<Vec<String>> = None;
            let mut table_subjects: Vec<Option<Vec<String>>> = Vec::new();
            // The last prose paragraph before a table, which may name in words the field the
            // table describes ("**House properties for ROT/RUT invoices**"), and per table.
            let mut pending_lead: Option<String> = None;
            let mut table_leads: Vec<Option<String>> = Vec::new();
            // Nested-field rows (`» name`) go on from one table of the section to the next.
            let mut nesting = crate::row_nesting::RowNesting::default();
            // A parameters label ("_Optional query parameters_:") goes on to the list after it
            // across paragraphs of prose between them.
            let mut parameters_label: Option<String> = None;
            // Parameters named in the section's running text (see `prose_params`).
            let mut prose_rows: Vec<(Location, TableRow)> = Vec::new();
            for block in &section.blocks {
                let loose = match &block.kind {
                    BlockKind::Paragraph(text) if !block.quoted => crate::loose_tables::read(text, block.pos.line),
                    _ => None,
                };
                let read_as = loose.map(|(header, rows, h, d)| {
                    diags.warn(
                        Code::MalformedTable,
                        &block.pos,
                        format!("table whose header has {h} cell(s) but whose delimiter row has {d}: Markdown shows it as text; read as a table of {h} column(s)"),
                    );
                    BlockKind::Table { header, rows }
                });
                match read_as.as_ref().unwrap_or(&block.kind) {
                    BlockKind::Paragraph(text) if block.quoted => {
                        caption = Some(text.clone());
                    }
                    BlockKind::Paragraph(text) | BlockKind::Html(text) => {
                        let text: &str = text;
                        let mut found = declared_lines(text);
                        found.extend(api_markers(text));
                        if matches!(block.kind, BlockKind::Html(_)) && found.is_empty() {
                            found.extend(html_endpoints(text));
                        }
                        if found.is_empty() && matches!(block.kind, BlockKind::Paragraph(_)) {
                            stated_apart(text, &section.title, &block.pos, &mut ev, diags);
                        }
                        if found.is_empty() {
                            if matches!(block.kind, BlockKind::Paragraph(_)) {
                                let status = crate::status_captions::status_of(text);
                                status_caption = status;
                                if is_label(text) {
                                    caption = Some(text.trim().to_owned());
                                    label = Some(text.trim().to_owned());
                                    if mentions_parameters(text) {
                                        parameters_label = label.clone();
                                    }
                                    continue;
                                }
                                if status.is_some() {
                                    // A status caption, not prose of the operation.
                                    continue;
                                }
                                if let Some((location, names)) = crate::prose_params::inline(text) {
                                    let rows = crate::prose_params::rows(&names, &block.pos);
                                    prose_rows.extend(rows.into_iter().map(|r| (location, r)));
                                }
                                let queried = crate::prose_params::sample_queries(text);
                                prose_rows.extend(
                                    crate::prose_params::rows(&queried, &block.pos).into_iter().map(|r| (Location::Query, r)),
                                );
                                if let Some(subjects) = subjects_of(text.trim()) {
                                    pending_subjects = Some(subjects);
                                }
                                ev.mentions.extend(mentioned_request_lines(text, &block.pos));
                                pending_lead = Some(text.trim().to_owned());
                                ev.prose.push((text.trim().to_owned(), block.pos.clone()));
                            }
                        } else {
                            for d in found {
                                let pos = Pos::new(&block.pos.file, block.pos.line + d.line);
                                if stands_for_a_whole_url(&d.url) {
                                    // `POST {CALLBACK_URL}`: a request to a URL the user gives
                                    // (a callback, a redirect), not an endpoint of this API.
                                    not_the_apis_url(&d, &pos, &mut ev, diags);
                                    continue;
                                }
                                ev.declared.push((d, pos));
                            }
                        }
                        for (line, written) in unparsed_request_lines(text) {
                            diags.warn_help(
                                Code::UnparsedRequestLine,
                                &Pos::new(&block.pos.file, block.pos.line + line),
                                format!("{written} reads as a request line, but its method and path cannot be read; no operation was taken from it"),
                                "write the method, one space, then the URL or path without spaces (`GET /things/{id}`)",
                            );
                        }
                    }
                    BlockKind::Comment(text) => {
                        let hidden = declared_lines(text).len()
                            + api_markers(text).len()
                            + parse_curl_commands(text).len();
                        if hidden > 0 {
                            diags.info(
                                Code::CommentedOut,
                                &block.pos,
                                format!("{hidden} request line(s) or request sample(s) inside an HTML comment: not published, not imported"),
                            );
                        }
                    }
                    BlockKind::List(items) => {
                        for item in crate::index_items::operations(outline, &routes, items, &block.item_links, &block.pos, diags) {
                            for d in declared_lines(item) {
                                if stands_for_a_whole_url(&d.url) {
                                    not_the_apis_url(&d, &block.pos, &mut ev, diags);
                                    continue;
                                }
                                ev.declared.push((d, block.pos.clone()));
                            }
                        }
                        for (item, link) in items.iter().zip(&block.item_links) {
                            if let Some((page, d)) = link.as_deref().and_then(|l| index_line(item, l, &block.pos.file)) {
                                ev.index_lines.push((page, d, block.pos.clone()));
                            }
                        }
                        if is_one_of(&section.title, URL_LABELS) && ev.declared.is_empty() {
                            // "### Request URL" over `1. https://...` `2. https://...`.
                            for item in items {
                                if let Some(url) = lone_url(item) {
                                    ev.stated_urls.push((url, block.pos.clone()));
                                }
                            }
                        }
                        // A list of `name - description` items under a parameters heading, a
                        // label ("_Optional query parameters_:") or a lead sentence ending in `:`.
                        let lead = label
                            .clone()
                            .or_else(|| parameters_label.clone())
                            .or_else(|| pending_lead.clone().filter(|l| l.ends_with(':')));
                        let location = lead
                            .as_deref()
                            .and_then(Location::from_heading)
                            .or_else(|| Location::from_heading(&section.title))
                            .or_else(|| lead.as_deref().filter(|l| mentions_parameters(l)).map(|_| Location::Unstated));
                        let announced = lead.as_deref().is_some_and(mentions_parameters);
                        if let Some(rows) = location.and_then(|_| crate::prose_params::parameter_list(items, announced, &block.pos)) {
                            table_subjects.push(None);
                            table_leads.push(None);
                            ev.tables.push(TableEvidence {
                                heading_location: location,
                                heading: section.title.clone(),
                                rows,
                                pos: block.pos.clone(),
                            });
                            pending_lead = None;
                        }
                    }
                    BlockKind::Code { lang, text } => {
                        let lang = lang.as_deref().unwrap_or("");
                        let is_shell = matches!(lang, "" | "shell" | "sh" | "bash" | "curl" | "console" | "zsh");
                        let trimmed = text.trim_start();
                        let looks_json = trimmed.starts_with('{') || trimmed.starts_with('[');
                        // httpie commands (`$ http …`) are request samples like curl ones.
                        let httpie = if is_shell { crate::httpie::parse_httpie_commands(text) } else { Vec::new() };
                        if is_shell && (text.to_ascii_lowercase().contains("curl") || !httpie.is_empty()) {
                            let mut calls = parse_curl_commands(text);
                            calls.extend(httpie);
                            calls.sort_by_key(|c| c.line);
                            if calls.is_empty() {
                                ev.unused.push((block.pos.clone(), "shell example without a curl command".into()));
                            }
                            for c in calls {
                                let pos = Pos::new(&block.pos.file, block.pos.line + c.line);
                                ev.curls.push((c, pos));
                            }
                        } else if lang == "json"
                            || lang == "json5"
                            || lang == "javascript" && looks_json
                            || lang.is_empty() && looks_json
                        {
                            let cap = caption.take().unwrap_or_else(|| section.title.clone());
                            match parse_lenient(text) {
                                Some(parsed) => {
                                    crate::json_defects::report(&parsed.defects, &block.pos, diags);
                                    ev.examples.push(JsonExample {
                                        value: parsed.value,
                                        role: example_role(&cap),
                                        caption: cap,
                                        pos: block.pos.clone(),
                                    });
                                }
                                // The example is lost, the rest of the doc is not: a warning.
                                None => diags.warn(
                                    Code::JsonUnreadable,
                                    &block.pos,
                                    "JSON example has no recoverable structure; it is left out",
                                ),
                            }
                        } else if let Some(value) = (lang == "yaml" || lang == "yml")
                            .then(|| caption.as_deref().filter(|c| example_role(c) == ExampleRole::Request))
                            .flatten()
                            .and_then(|_| yaml_object(text))
                        {
                            // A request body shown as YAML under a caption that says so ("Body
                            // parameter"): the same fields as a JSON example would show.
                            let cap = caption.take().unwrap_or_default();
                            ev.examples.push(JsonExample { value, role: ExampleRole::Request, caption: cap, pos: block.pos.clone() });
                        } else if let Some((call, response)) =
                            REQUEST_BLOCK_LANGS.contains(&lang).then(|| raw_exchange(text)).flatten()
                        {
                            // A raw HTTP request: a sample, like a curl command; the JSON the
                            // block shows after it is the response.
                            let first = text.lines().take_while(|l| l.trim().is_empty()).count();
                            ev.curls.push((call, Pos::new(&block.pos.file, block.pos.line + first)));
                            if let Some(r) = response {
                                let pos = Pos::new(&block.pos.file, block.pos.line + r.line);
                                match parse_lenient(&r.body) {
                                    Some(parsed) => ev.examples.push(JsonExample {
                                        value: parsed.value,
                                        role: ExampleRole::Response,
                                        caption: caption.take().unwrap_or_else(|| section.title.clone()),
                                        pos,
                                    }),
                                    None => diags.warn(
                                        Code::JsonUnreadable,
                                        &pos,
                                        "the response a raw HTTP sample shows has no recoverable JSON; it is left out",
                                    ),
                                }
                            }
                        } else if REQUEST_BLOCK_LANGS.contains(&lang) && !declared_lines(text).is_empty() {
                            // A bare request line or a raw HTTP request in a code block.
                            for d in declared_lines(text) {
                                let pos = Pos::new(&block.pos.file, block.pos.line + d.line);
                                ev.declared.push((d, pos));
                            }
                        } else if let Some(url) = lone_url(text) {
                            // A block that is one URL and nothing else, whatever its language
                            // label (`html` is common for a sample URL): a sample request URL.
                            ev.sample_urls.push((url, block.pos.clone()));
                            stated_apart(text, &section.title, &block.pos, &mut ev, diags);
                        } else {
                            ev.unused.push((
                                block.pos.clone(),
                                format!("`{}` code block", if lang.is_empty() { "plain" } else { lang }),
                            ));
                        }
                    }
                    BlockKind::Table { rows: body, .. } if env_url_rows(body, &block.pos, &mut ev) => {}
                    BlockKind::Table { header, rows: body } if stated_in_rows(header, body, &block.pos, &mut ev, diags) => {}
                    BlockKind::Table { header, rows: body }
                        if crate::status_tables::read(header, body, &block.pos.file)
                            .map(|t| match t {
                                crate::status_tables::StatusTable::Statuses(rows) => ev.statuses.extend(rows),
                                crate::status_tables::StatusTable::Headers(rows) => ev.response_headers.extend(rows),
                            })
                            .is_some() => {}
                    BlockKind::Table { header, rows: body }
                        if crate::enum_tables::read(
                            header,
                            body,
                            &[section.title.as_str(), label.as_deref().or(pending_lead.as_deref()).unwrap_or("")],
                            &block.pos,
                        )
                        .map(|enums| ev.tables.push(enums))
                        .is_some() =>
                    {
                        table_subjects.push(None);
                        table_leads.push(None);
                    }
                    BlockKind::Table { header, rows: body } => match Columns::recognise(header).or_else(|| {
                        // A table with a blank header row under a parameters heading: names
                        // first, the description last.
                        let said = format!("{} {}", section.title, label.as_deref().unwrap_or(""));
                        let blank = header.iter().all(|c| c.text.trim().is_empty());
                        (blank && mentions_parameters(&said)).then(|| Columns::headerless(header.len()))
                    }) {
                        Some(_) if status_caption.is_some_and(|c| c >= 400) => ev.unused.push((
                            block.pos.clone(),
                            format!(
                                "field table of the status {} body (an error's fields are not the response's)",
                                status_caption.unwrap_or_default()
                            ),
                        )),
                        Some(cols) => {
                            table_subjects.push(pending_subjects.take());
                            table_leads.push(pending_lead.take());
                            // "**Parameters:**", a lead paragraph, then the table.
                            let labelled =
                                label.as_deref().or(parameters_label.as_deref()).and_then(Location::from_heading);
                            ev.tables.push(TableEvidence {
                                heading_location: labelled.or_else(|| Location::from_heading(&section.title)),
                                heading: section.title.clone(),
                                rows: nesting.rows(&cols, body, &block.pos.file),
                                pos: block.pos.clone(),
                            })
                        }
                        None => ev.unused.push((
                            block.pos.clone(),
                            format!(
                                "table with columns {}",
                                header.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" | ")
                            ),
                        )),
                    },
                }
                if !matches!(&block.kind, BlockKind::Paragraph(_) if block.quoted) {
                    // A caption applies to the code block that follows it directly.
                    if !matches!(block.kind, BlockKind::Code { .. }) {
                        caption = None;
                    }
                }
                // A label applies to the one block after it.
                label = None;
                status_caption = None;
                if !matches!(block.kind, BlockKind::Paragraph(_)) {
                    parameters_label = None;
                }
            }
            // Parameters named in prose belong to an operation the section itself declares.
            let declares = !ev.declared.is_empty() || !ev.stated_urls.is_empty() || ev.stated_method.is_some();
            if declares && !prose_rows.is_empty() {
                let named: Vec<&str> =
                    ev.tables.iter().flat_map(|t| t.rows.iter()).map(|r| r.name.as_str()).collect();
                let mut by_location: Vec<(Location, Vec<TableRow>)> = Vec::new();
                for (location, row) in prose_rows {
                    if named.contains(&row.name.as_str()) {
                        continue;
                    }
                    match by_location.iter_mut().find(|(l, _)| *l == location) {
                        Some((_, rows)) if !rows.iter().any(|r| r.name == row.name) => rows.push(row),
                        Some(_) => {}
                        None => by_location.push((location, vec![row])),
                    }
                }
                for (location, rows) in by_location {
                    let pos = rows[0].pos.clone();
                    ev.tables.push(TableEvidence { heading_location: Some(location), heading: section.title.clone(), rows, pos });
                    table_subjects.push(None);
                    table_leads.push(None);
                }
            }
            let tables = ev
                .tables
                .iter_mut()
                .zip(table_subjects.into_iter().zip(table_leads))
                .map(|(t, (subjects, lead))| SubjectTable { rows: &mut t.rows, subjects, lead, pos: &t.pos })
                .collect();
            nest(tables, diags);
            if illustrates_a_convention(outline, idx) {
                for (d, pos) in ev.declared.drain(..) {
                    diags.info(
                        Code::NotAnOperation,
                        &pos,
                        format!("`{} {}` illustrates a convention of the API (its section is about one), not an operation", d.method, d.url),
                    );
                }
            }
            let titles = outline.title_path(idx);
            if titles.iter().any(|t| is_one_of(t, OMITTED_TITLES)) {
                // "Omitted Endpoints": what the API does not implement.
                for (d, pos) in ev.declared.drain(..).chain(ev.mentions.drain(..)) {
                    diags.info(
                        Code::NotAnOperation,
                        &pos,
                        format!("`{} {}` is named under a heading about endpoints not implemented: not an operation", d.method, d.url),
                    );
                }
            }
            if titles.iter().any(|t| is_one_of(t, AUTH_TITLES)) {
                // The token or registration endpoint an auth section describes: how a client
                // gets its credentials, which the auth scheme holds, not an API operation.
                let credential = |url: &str| {
                    let path = crate::curl::split_url(url).path;
                    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("").to_ascii_lowercase();
                    OAUTH_TOKEN_SEGMENTS.contains(&last.as_str())
                };
                let mut kept = Vec::new();
                for (d, pos) in ev.declared.drain(..) {
                    if credential(&d.url) {
                        diags.info(
                            Code::NotAnOperation,
                            &pos,
                            format!("`{} {}` is the credentials endpoint of an authentication section: part of the auth scheme, not an operation", d.method, d.url),
                        );
                    } else {
                        kept.push((d, pos));
                    }
                }
                ev.declared = kept;
                ev.mentions.retain(|(d, pos)| {
                    let keep = !credential(&d.url);
                    if !keep {
                        diags.info(
                            Code::NotAnOperation,
                            pos,
                            format!("`{} {}` is the credentials endpoint of an authentication section: part of the auth scheme, not an operation", d.method, d.url),
                        );
                    }
                    keep
                });
            }
            ev.in_changelog = in_changelog(outline, idx);
            if ev.in_changelog {
                // A changelog names endpoints that changed, were added or removed: history,
                // not the API's operations.
                for (d, pos) in ev.declared.drain(..) {
                    diags.info(
                        Code::NotAnOperation,
                        &pos,
                        format!("`{} {}` is in a changelog: history, not an operation", d.method, d.url),
                    );
                }
                for (call, pos) in ev.curls.drain(..) {
                    diags.info(Code::NotAnOperation, &pos, format!("request sample to `{}` is in a changelog", call.url));
                }
            }
            routes.add(&ev.declared);
            ev
        })
        .collect()
}
