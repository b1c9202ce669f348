//! Stage 3, evidence: walks the outline once and records, per section, everything that can say
//! something about an operation: declared request lines, curl calls, JSON examples with their
//! captions, and parameter or field tables. Nothing is decided here.

use crate::blocks::{BlockKind, Outline};
use crate::curl::{parse_curl_commands, CurlCall};
use crate::diag::{Code, Diagnostics, Pos};
use crate::lenient_json::parse_lenient;
use crate::nested_tables::{nest, subjects_of, SubjectTable};
use crate::raw_http::raw_exchange;
use crate::request_line::{api_markers, declared_lines, html_endpoints, unparsed_request_lines, Declared, METHODS};
use crate::tables::{Columns, Location, TableRow};
use crate::vocabulary::{
    is_one_of, AUTH_TITLES, CHANGELOG_TITLES, CONVENTION_TITLES, METHOD_LABELS, OAUTH_TOKEN_SEGMENTS, OMITTED_TITLES,
    REQUEST_BLOCK_LANGS, URL_LABELS, URL_WORDS,
};
use regex::Regex;
use serde_json::Value;
use std::sync::OnceLock;

/// Whether a JSON example shows a request or a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleRole {
    /// A request body.
    Request,
    /// A response body (or an object the section describes).
    Response,
    /// The body of an error response ("Items not available error example").
    Error,
}

/// A JSON example with its caption.
#[derive(Debug, Clone)]
pub struct JsonExample {
    /// The recovered value.
    pub value: Value,
    /// The text as written (for diagnostics).
    pub role: ExampleRole,
    /// The caption (the blockquote before it, or the heading).
    pub caption: String,
    /// Where the code block starts.
    pub pos: Pos,
}

/// A table read as parameters or fields.
#[derive(Debug, Clone)]
pub struct TableEvidence {
    /// Location implied by the section heading.
    pub heading_location: Option<Location>,
    /// The title of the section the table is in.
    pub heading: String,
    /// Rows.
    pub rows: Vec<TableRow>,
    /// Where the table is.
    pub pos: Pos,
}

/// What one section holds.
#[derive(Debug, Clone, Default)]
pub struct SectionEvidence {
    /// Declared request lines and API markers, with positions.
    pub declared: Vec<(Declared, Pos)>,
    /// curl calls, with positions.
    pub curls: Vec<(CurlCall, Pos)>,
    /// JSON examples.
    pub examples: Vec<JsonExample>,
    /// Parameter and field tables.
    pub tables: Vec<TableEvidence>,
    /// Plain paragraphs (not captions), for descriptions.
    pub prose: Vec<(String, Pos)>,
    /// Code blocks and tables that yielded nothing, for lint.
    pub unused: Vec<(Pos, String)>,
    /// A method stated apart from the URL (`**Method** : \`GET\``, `HTTP Method | GET`).
    pub stated_method: Option<(String, Pos)>,
    /// The section is part of a changelog: what it says is history.
    pub in_changelog: bool,
    /// Lone URLs in code blocks (`    https://api.example.com/v1/users` under "Example"):
    /// samples without a method, which still say which host and base path the API has.
    pub sample_urls: Vec<(String, Pos)>,
    /// Request lines named inside running text (`We have implemented the \`GET /party\`
    /// endpoint`): operations only for docs that declare them nowhere else.
    pub mentions: Vec<(Declared, Pos)>,
    /// The section declares a request to a URL the user gives (`POST {CALLBACK_URL}`): its
    /// samples show that request, not an operation of the API.
    pub callback: bool,
    /// Index entries that link a page and name its request line (`* [Create a thing](things/
    /// create.md) : \`POST /things\``): the linked page (root-relative), the line, where.
    pub index_lines: Vec<(String, Declared, Pos)>,
    /// Rows of a two-column table of environments and full URLs (`Production | \`https://...\``),
    /// in order: (label, URL, where).
    pub env_urls: Vec<(String, String, Pos)>,
    /// URLs stated apart from the method (`**URL** : \`/x\``, a `URI | /x` row, a lone URL
    /// under a "Request URL" heading), in order.
    pub stated_urls: Vec<(String, Pos)>,
    /// Rows of a table of the operation's response statuses (`|Status|Meaning|Description|`).
    pub statuses: Vec<crate::status_tables::StatusRow>,
    /// Rows of a table of response headers by status (`|Status|Header|Type|Description|`).
    pub response_headers: Vec<crate::status_tables::HeaderRow>,
}

/// Reads the evidence of every section (same indexes as `outline.sections`).
pub fn collect(outline: &Outline, diags: &mut Diagnostics) -> Vec<SectionEvidence> {
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
                        for item in crate::index_items::operations(outline, items, &block.item_links, &block.pos, diags) {
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
            ev
        })
        .collect()
}

/// Whether section `idx` is part of a changelog: its page is one (`CHANGELOG.md`), or it or
/// a heading above it is titled as one.
fn in_changelog(outline: &Outline, idx: usize) -> bool {
    let file = &outline.sections[idx].pos.file;
    let stem = file.rsplit('/').next().unwrap_or(file).split('.').next().unwrap_or("");
    is_one_of(&stem.replace(['-', '_'], " "), CHANGELOG_TITLES)
        || outline.title_path(idx).iter().any(|t| is_one_of(t, CHANGELOG_TITLES))
}

/// Whether a lead sentence announces parameters ("add the additional param to the request url:").
fn mentions_parameters(lead: &str) -> bool {
    let l = lead.to_ascii_lowercase();
    ["param", "argument", "query", "filter", "option"].iter().any(|w| l.contains(w))
}

/// Backticked request lines inside running text, with their positions.
fn mentioned_request_lines(text: &str, pos: &Pos) -> Vec<(Declared, Pos)> {
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
fn stands_for_a_whole_url(url: &str) -> bool {
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
fn index_line(item: &str, target: &str, from: &str) -> Option<(String, Declared)> {
    let first = item.lines().next()?.trim();
    let target = target.split('#').next()?;
    if !target.ends_with(".md") || target.contains("://") {
        return None;
    }
    let open = first.strip_suffix('`')?.rfind('`')?;
    let d = declared_lines(&first[open..]).into_iter().next()?;
    let mut parts: Vec<&str> = if target.starts_with('/') { Vec::new() } else { from.split('/').collect() };
    parts.pop();
    for seg in target.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some((parts.join("/"), d))
}

/// Notes a request line whose URL stands for a whole URL the user has ([`stands_for_a_whole_url`]).
fn not_the_apis_url(d: &Declared, pos: &Pos, ev: &mut SectionEvidence, diags: &mut Diagnostics) {
    diags.info(
        Code::NotAnOperation,
        pos,
        format!("`{} {}`: the URL is a placeholder for a whole URL (a callback, a redirect, a URL a response returned), not an endpoint of the API", d.method, d.url),
    );
    ev.callback = true;
}

/// Whether section `idx` or a heading above it is about a convention of the whole API
/// ([`CONVENTION_TITLES`]).
fn illustrates_a_convention(outline: &Outline, idx: usize) -> bool {
    outline.title_path(idx).iter().any(|t| is_one_of(t, CONVENTION_TITLES))
}

/// A lone URL or path, possibly in backticks: the whole of `text`. A placeholder written in
/// words (`{survey question id}`, `<your cluster's API URL>`) is one name: its spaces become `_`.
fn lone_url(text: &str) -> Option<String> {
    let t = text.trim().trim_matches(['`', '\'', '"']).trim();
    // A misspelled scheme (`htpps://`) still starts a URL; the model reads it as meant.
    let scheme = t.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    let scheme_ok = scheme.as_deref().is_some_and(|s| {
        s.chars().all(|c| c.is_ascii_alphabetic())
            && (crate::request_line::edit_distance(s, "http") <= 1
                || crate::request_line::edit_distance(s, "https") <= 1)
    });
    let starts = scheme_ok || t.starts_with('/') || t.starts_with('{');
    let t = placeholder_words_joined(t);
    // Spaces may only stand in a query string's example values (`?q={search keyword}`).
    let before_query = t.split('?').next().unwrap_or(&t);
    (starts && !before_query.contains(char::is_whitespace) && !t.contains('\n')).then(|| t.clone())
}

/// `text` with the spaces inside each `{...}` or `<...>` placeholder replaced by `_`.
fn placeholder_words_joined(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut close: Option<char> = None;
    for c in text.chars() {
        match (close, c) {
            (None, '{') => close = Some('}'),
            (None, '<') => close = Some('>'),
            (Some(end), _) if c == end => close = None,
            _ => {}
        }
        out.push(if close.is_some() && c == ' ' { '_' } else { c });
    }
    if close.is_some() {
        // An unclosed bracket is no placeholder: the text as written.
        return text.to_owned();
    }
    out
}

/// The URLs of a section under a URL label ("Request URL") that lists several, one per line
/// or list item, each maybe after a short lead ("For web application:", "1."): every line
/// that is a lone URL.
fn urls_one_per_line(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let l = line.trim();
            let l = l.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start_matches(['.', ')', '-', '*']).trim();
            lone_url(l).map(|u| (i, u))
        })
        .collect()
}

/// Reads a method or a URL stated apart: `URL : \`/videos/<id>\`` and `Method : \`GET\``
/// fields (one per line), or a lone URL under a heading that is a URL label ("Request URL").
fn stated_apart(text: &str, heading: &str, pos: &Pos, ev: &mut SectionEvidence, diags: &mut Diagnostics) {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field =
        FIELD.get_or_init(|| Regex::new(r"^([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*`([^`]+)`\s*$").expect("valid regex"));
    for (i, line) in text.lines().enumerate() {
        let at = Pos::new(&pos.file, pos.line + i);
        if let Some(c) = field.captures(line.trim()) {
            note_stated(&c[1], c[2].trim(), &at, ev, diags);
        }
    }
    if is_one_of(heading, URL_LABELS) {
        if let Some(url) = lone_url(text) {
            ev.stated_urls.push((url, pos.clone()));
        } else {
            for (i, url) in urls_one_per_line(text) {
                ev.stated_urls.push((url, Pos::new(&pos.file, pos.line + i)));
            }
        }
    }
}

/// Records `value` as the stated method or URL when `label` says it is one.
fn note_stated(label: &str, value: &str, pos: &Pos, ev: &mut SectionEvidence, diags: &mut Diagnostics) {
    if is_one_of(label, METHOD_LABELS) && ev.stated_method.is_none() {
        let method = value.trim_matches('`').trim().to_ascii_uppercase();
        // `POST (No POST body required)`: the method, then a note on it in parentheses.
        let method = match method.split_once([' ', '(']) {
            Some((first, note)) if note.trim_start().starts_with('(') || method[first.len()..].starts_with('(') => {
                first.to_owned()
            }
            _ => method,
        };
        if METHODS.contains(&method.as_str()) {
            ev.stated_method = Some((method, pos.clone()));
        } else if (3..=10).contains(&method.len()) && method.chars().all(|c| c.is_ascii_uppercase()) {
            // LINK, UNLINK, PURGE: methods of other specs that OpenAPI 3.0 cannot describe.
            diags.warn_help(
                Code::NonstandardMethod,
                pos,
                format!("`{method}` is not a method OpenAPI 3.0 can describe; this operation is not imported"),
                "reach it with the generated client's `send_raw`, or describe it with a standard method",
            );
        }
    } else if is_one_of(label, URL_LABELS) {
        if let Some(url) = lone_url(value) {
            ev.stated_urls.push((url, pos.clone()));
        }
    }
}

/// A table whose every row is a short label and a lone full URL (`Sandbox | \`https://...\``):
/// records its rows; true when it is one.
fn env_url_rows(rows: &[crate::blocks::Row], pos: &Pos, ev: &mut SectionEvidence) -> bool {
    let read: Vec<(String, String, Pos)> = rows
        .iter()
        .filter_map(|r| match r.cells.as_slice() {
            [label, value] if label.text.split_whitespace().count() <= 3 && !label.text.trim().is_empty() => {
                let url = lone_url(&value.text).filter(|u| u.starts_with("http"))?;
                Some((label.text.trim().to_owned(), url, Pos::new(&pos.file, r.line)))
            }
            _ => None,
        })
        .collect();
    if read.is_empty() || read.len() != rows.len() {
        return false;
    }
    ev.env_urls.extend(read);
    true
}

/// A two-column table of facts (`HTTP Method | GET`, `URI | /x`): records a method or URL it
/// states; true when it stated one (the table is then read, not a parameter table).
fn stated_in_rows(
    header: &[crate::blocks::Cell],
    rows: &[crate::blocks::Row],
    pos: &Pos,
    ev: &mut SectionEvidence,
    diags: &mut Diagnostics,
) -> bool {
    let before = (ev.stated_method.is_some(), ev.stated_urls.len());
    let all = std::iter::once((header.iter().map(|c| c.text.as_str()).collect::<Vec<_>>(), pos.line))
        .chain(rows.iter().map(|r| (r.cells.iter().map(|c| c.text.as_str()).collect(), r.line)));
    for (cells, line) in all {
        if let [label, value, ..] = cells.as_slice() {
            note_stated(label, value, &Pos::new(&pos.file, line), ev, diags);
        }
    }
    before != (ev.stated_method.is_some(), ev.stated_urls.len())
}

/// A YAML block that is one mapping (a body written as YAML), as JSON.
fn yaml_object(text: &str) -> Option<Value> {
    let value: Value = yaml_serde::from_str(text).ok()?;
    value.as_object().is_some_and(|m| !m.is_empty()).then_some(value)
}

/// A paragraph that only labels the block after it: a few words ending in `:`.
fn is_label(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(':') && !t.contains('\n') && t.split_whitespace().count() <= 6
}

/// Decides from a caption whether a JSON example is a request body.
pub fn example_role(caption: &str) -> ExampleRole {
    let c = caption.to_ascii_lowercase();
    let says_response = ["response", "return", "result", "output", "structured like"].iter().any(|w| c.contains(w));
    let says_request = ["request body", "format of request", "payload", "example request", "request example", "body"]
        .iter()
        .any(|w| c.contains(w))
        || c.trim() == "request";
    // "Error example", or a caption naming an error status ("> 404 Response").
    let says_error = c.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|w| {
        w == "error" || w == "errors" || w.len() == 3 && w.parse::<u16>().is_ok_and(|code| (400..600).contains(&code))
    });
    if says_error && !c.contains("no error") {
        ExampleRole::Error
    } else if says_request && !says_response {
        ExampleRole::Request
    } else {
        ExampleRole::Response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn captions_decide_roles() {
        assert_eq!(example_role("Format of request body"), ExampleRole::Request);
        assert_eq!(example_role("This request returns JSON structured like this"), ExampleRole::Response);
        assert_eq!(example_role("Example response"), ExampleRole::Response);
        assert_eq!(example_role("Items not available error example"), ExampleRole::Error);
        assert_eq!(example_role("An error response.  `message` contains the error string"), ExampleRole::Error);
        assert_eq!(example_role("Example of a customer"), ExampleRole::Response);
        assert_eq!(example_role("404 Response"), ExampleRole::Error, "an error status");
        assert_eq!(example_role("Response 201"), ExampleRole::Response);
        assert_eq!(example_role("Returns 4000 items"), ExampleRole::Response, "not a status");
    }
}
