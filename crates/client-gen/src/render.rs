//! Stage 2b and 3: templates rendered, every Rust file parsed and pretty-printed, files laid out.

use std::collections::BTreeMap;
use std::path::PathBuf;

use minijinja::{Environment, UndefinedBehavior};
use proc_macro2::TokenStream;
use serde::Serialize;

use crate::code;
use crate::model::{AuthScheme, ClientModel, RateLimit, RequestSigning, ResponseKind, Server, ServerVar, Ty};
use crate::{GenError, Options};

mod auth_info;
mod runtime_src;

use auth_info::{signing_example, AuthInfo};

/// The built-in templates, embedded so a build script needs nothing on disk.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("Cargo.toml.j2", include_str!("../../../templates/Cargo.toml.j2")),
    ("README.md.j2", include_str!("../../../templates/README.md.j2")),
    ("lib.rs.j2", include_str!("../../../templates/lib.rs.j2")),
    ("client.rs.j2", include_str!("../../../templates/client.rs.j2")),
    ("auth.rs.j2", include_str!("../../../templates/auth.rs.j2")),
    ("error.rs.j2", include_str!("../../../templates/error.rs.j2")),
    ("runtime.rs.j2", include_str!("../../../templates/runtime.rs.j2")),
    ("redirect.rs.j2", include_str!("../../../templates/redirect.rs.j2")),
    ("rate_limit.rs.j2", include_str!("../../../templates/rate_limit.rs.j2")),
    ("pagination.rs.j2", include_str!("../../../templates/pagination.rs.j2")),
    ("params.rs.j2", include_str!("../../../templates/params.rs.j2")),
    ("multipart.rs.j2", include_str!("../../../templates/multipart.rs.j2")),
    ("response.rs.j2", include_str!("../../../templates/response.rs.j2")),
    ("tls.rs.j2", include_str!("../../../templates/tls.rs.j2")),
    ("rustfmt.toml.j2", include_str!("../../../templates/rustfmt.toml.j2")),
];

#[derive(Serialize)]
struct Uses {
    path_params: bool,
    params: bool,
    json_body: bool,
    form_body: bool,
    body: bool,
    json_response: bool,
    unit_response: bool,
    text_response: bool,
    bytes_response: bool,
    /// Some request body is raw bytes (`application/octet-stream`, `image/*`...).
    binary_body: bool,
    /// Some request body is `multipart/form-data` (the `multipart` module).
    multipart_body: bool,
    /// Some multipart body has a file part (`FilePart`).
    multipart_files: bool,
    /// An operation with cookie parameters may also send a cookie credential: the two are
    /// joined into one `Cookie` header.
    cookie_join: bool,
    pagination: bool,
    page: bool,
    offset: bool,
    cursor: bool,
    link: bool,
    next_url: bool,
    range: bool,
    /// A style that reads response headers: pages are sent with `Client::execute_page`.
    http_pages: bool,
    /// A style that follows a next page's URL (`link`, `next_url`).
    follow: bool,
    /// Parameters that need a serialization rule of the `params` module, by helper.
    styled_query: bool,
    styled_path: bool,
    /// Path parameters serialized by a style or as JSON (checked by `checked_segment`).
    serialized_path: bool,
    styled_header: bool,
    styled_cookie: bool,
    json_params: bool,
    /// Some operation needs the `params` module.
    styled: bool,
    /// Parameters sent by `RequestParts`' plain helpers: path (`path_param`), query scalars
    /// (`add_query`), query lists (`add_query_each`), headers (`add_header`).
    plain_path: bool,
    plain_query: bool,
    plain_query_list: bool,
    plain_header: bool,
    /// The HTTP methods of the operations (`RequestParts::get` and the like), in name order.
    methods: Vec<String>,
}

#[derive(Serialize)]
struct OpSummary {
    fn_name: String,
    method: String,
    path: String,
    summary: String,
    builder: bool,
    stream: bool,
}

/// The credentials some operations need, for `Error::MissingCredentials`'s message.
#[derive(Serialize)]
struct Hint {
    /// Operation ids (as in `RequestParts::operation`).
    operations: Vec<String>,
    text: String,
}

#[derive(Serialize)]
struct Module {
    name: String,
    public: bool,
    content: String,
}

#[derive(Serialize)]
struct Context<'a> {
    crate_name: &'a str,
    crate_ident: &'a str,
    version: &'a str,
    title: &'a str,
    /// "Petstore API", but "Widget API" for a title that already says API.
    api_name: String,
    description: &'a str,
    auth: &'a [AuthScheme],
    has_auth: bool,
    /// Some scheme puts its credential in a header (needs the `sensitive` helper).
    auth_header: bool,
    /// Some scheme is a cookie (cookies of one request are joined into one header).
    auth_cookie: bool,
    /// Some scheme has an OAuth2 clientCredentials flow the client runs.
    has_cc: bool,
    cc_count: usize,
    /// What `Error::MissingCredentials` says per operation; the last entry is the default.
    hints: Vec<Hint>,
    /// Some operation needs several credentials together (checked by `build()`).
    joint: bool,
    joint_alternatives: Vec<Vec<String>>,
    /// Schemes some operation accepts alone.
    single_schemes: Vec<String>,
    /// What `send_raw` sends: the default alternatives, any one scheme, none.
    raw_security: Vec<Vec<String>>,
    /// Builder calls giving the first default credentials, for the usage examples.
    example_credentials: Vec<String>,
    signing: Option<&'a RequestSigning>,
    /// A `sign_with` example implementing `x-request-signing` (Rust, `# ` lines hidden in docs).
    signing_example: String,
    /// The same without its hidden lines, for the README.
    signing_readme: String,
    servers: &'a [Server],
    multi_server: bool,
    server_vars: &'a [ServerVar],
    /// Base URLs of operations with servers of their own (`parts.server = Some(k)`).
    server_groups: &'a [crate::model::ServerGroup],
    rate_limit: Option<&'a RateLimit>,
    rate_limits: &'a [RateLimit],
    /// Operations with a rate limit of their own: (operation id, windows as (requests, ms)).
    operation_rate_limits: Vec<(String, Vec<(u64, u64)>)>,
    request_headers: &'a [(String, String)],
    envelope: Option<&'a str>,
    error_ty: String,
    /// What `RequestParts::new` starts `security` with: the alternatives most operations have.
    common_security: String,
    uses: Uses,
    /// The optional dependencies and features of `Cargo.toml`.
    deps: crate::deps::Deps,
    operations: Vec<OpSummary>,
    module_only: bool,
    modules: Vec<Module>,
    /// Examples checked by `tests/spec_examples.rs` (0: no such file).
    examples: usize,
}

fn environment(options: &Options) -> Result<Environment<'static>, GenError> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("rust_str", |s: String| format!("{s:?}"));
    env.add_filter("toml_str", |s: String| serde_json::to_string(&s).unwrap_or_else(|_| "\"\"".to_string()));
    env.add_filter("wrap", |s: String, width: usize| wrap(&s, width));
    env.add_filter("doc", |s: String| {
        crate::doc_fences::inert_code_blocks(s.lines().map(str::to_string).collect())
            .iter()
            .map(|l| {
                let l = l.trim_end().replace('\t', "    ");
                if l.is_empty() {
                    "#[doc = \"\"]".to_string()
                } else {
                    format!("#[doc = {:?}]", format!(" {l}"))
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    for (name, source) in BUILTIN_TEMPLATES {
        let source = match &options.templates_dir {
            Some(dir) if dir.join(name).is_file() => {
                let path = dir.join(name);
                std::fs::read_to_string(&path)
                    .map_err(|e| GenError::Io { path: path.clone(), message: e.to_string() })?
            }
            _ => (*source).to_string(),
        };
        env.add_template_owned(*name, source).map_err(|e| template_error(name, &e))?;
    }
    Ok(env)
}

/// Greedy word wrap of each paragraph (line) of `text` at `width` columns.
fn wrap(text: &str, width: usize) -> String {
    let mut out = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push(line);
    }
    out.join("\n")
}

fn template_error(name: &str, e: &minijinja::Error) -> GenError {
    let mut message = e.to_string();
    if let Some(line) = e.line() {
        message = format!("line {line}: {message}");
    }
    GenError::Template { name: name.to_string(), message }
}

fn render_template<S: Serialize>(env: &Environment<'_>, name: &str, ctx: &S) -> Result<String, GenError> {
    let tmpl = env.get_template(name).map_err(|e| template_error(name, &e))?;
    tmpl.render(ctx).map_err(|e| template_error(name, &e))
}

/// Parses generated Rust and prints it with prettyplease.
pub fn format_rust(file: &str, source: &str) -> Result<String, GenError> {
    check_rust(file, source).map(|parsed| space_items(&prettyplease::unparse(&parsed)))
}

/// Parses generated Rust: an error says where it is not Rust.
fn check_rust(file: &str, source: &str) -> Result<syn::File, GenError> {
    match syn::parse_file(source) {
        Ok(parsed) => Ok(parsed),
        Err(e) => {
            let start = e.span().start();
            let line_text = source.lines().nth(start.line.saturating_sub(1)).unwrap_or("");
            Err(GenError::InvalidRust {
                file: file.to_string(),
                message: format!("line {}, column {}: {e}: `{}`", start.line, start.column + 1, line_text.trim()),
                source: source.to_string(),
            })
        }
    }
}

/// prettyplease puts items right under each other; a blank line between items (and after the
/// `use` block and inner attributes) reads better.
fn space_items(text: &str) -> String {
    const ITEM_STARTS: &[&str] = &[
        "///",
        "#[",
        "pub ",
        "pub(",
        "fn ",
        "async fn ",
        "impl",
        "struct ",
        "enum ",
        "type ",
        "const ",
        "mod ",
        "static ",
        "trait ",
        "use ",
    ];
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    // Inside a multi-line inner attribute (`#![allow(\n ... \n)]`).
    let mut in_inner_attr = false;
    let mut inner_attr_closed = false;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("#![") && !line.ends_with(']') {
            in_inner_attr = true;
        } else if in_inner_attr && *line == ")]" {
            in_inner_attr = false;
            inner_attr_closed = true;
        }
        if i > 0 {
            let prev = lines[i - 1];
            let indent = line.len() - line.trim_start().len();
            let prev_indent = prev.len() - prev.trim_start().len();
            let body = line.trim_start();
            let prev_body = prev.trim_start();
            let starts_item = ITEM_STARTS.iter().any(|s| body.starts_with(s));
            let kind = |l: &str| {
                let l = l.strip_prefix("pub(crate) ").or_else(|| l.strip_prefix("pub ")).unwrap_or(l);
                l.split_whitespace().next().unwrap_or("").to_string()
            };
            let prev_ends_item = prev_body == "}"
                || prev_body == "};"
                || (prev_body.ends_with(';') && (prev_indent == 0 || kind(prev_body) == "use"))
                || prev_body.starts_with("#![")
                || (prev_body == ")]" && prev_indent == 0 && inner_attr_closed)
                || (prev_body.starts_with("//!") && !body.starts_with("//!"));
            let both_use = prev_body.ends_with(';') && kind(prev_body) == kind(body);
            if indent == prev_indent && starts_item && prev_ends_item && !both_use && !body.starts_with("#![") {
                out.push('\n');
            }
        }
        if *line != ")]" {
            inner_attr_closed = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn format_tokens(file: &str, tokens: TokenStream) -> Result<String, GenError> {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(parsed) => Ok(space_items(&prettyplease::unparse(&parsed))),
        Err(e) => {
            Err(GenError::InvalidRust { file: file.to_string(), message: e.to_string(), source: tokens.to_string() })
        }
    }
}

fn ty_path(ty: &Ty) -> String {
    code::ty_tokens(ty, &quote::quote! { super::types:: }).to_string().replace(' ', "")
}

pub fn render(model: &ClientModel, options: &Options) -> Result<BTreeMap<PathBuf, String>, GenError> {
    let env = environment(options)?;
    let ops = &model.operations;
    let body = |k| ops.iter().any(|o| o.body.as_ref().is_some_and(|b| b.kind == k));
    let style = |s: &str| ops.iter().any(|o| o.pagination.as_ref().is_some_and(|p| p.plan.style.as_str() == s));
    let sent_with = |h: Option<&str>| {
        ops.iter().any(|o| {
            [("path", &o.path_params), ("query", &o.query), ("header", &o.headers), ("cookie", &o.cookies)]
                .iter()
                .any(|(loc, ps)| ps.iter().any(|p| code::param_helper(model, loc, p) == h))
        })
    };
    let helper = |h: &str| sent_with(Some(h));
    let plain = |loc: &str, list: bool| {
        ops.iter().any(|o| {
            let ps = match loc {
                "path" => &o.path_params,
                "query" => &o.query,
                _ => &o.headers,
            };
            ps.iter().any(|p| {
                code::param_helper(model, loc, p).is_none() && (loc != "query" || matches!(p.ty, Ty::Vec(_)) == list)
            })
        })
    };
    let uses = Uses {
        styled_query: helper("query"),
        styled_path: helper("path"),
        styled_header: helper("header"),
        styled_cookie: helper("cookie"),
        json_params: helper("json"),
        styled: ["query", "path", "header", "cookie", "json"].iter().any(|h| helper(h)),
        plain_path: plain("path", false),
        plain_query: plain("query", false),
        plain_query_list: plain("query", true),
        plain_header: plain("header", false),
        methods: ops.iter().map(|o| o.method.clone()).collect::<std::collections::BTreeSet<_>>().into_iter().collect(),
        path_params: ops.iter().any(|o| !o.path_params.is_empty()),
        // `checked_segment`: path parameters serialized by a style or as JSON.
        serialized_path: ops
            .iter()
            .any(|o| o.path_params.iter().any(|p| code::param_helper(model, "path", p).is_some())),
        // `param_string`: parameters sent as plain scalars (or arrays of them).
        params: sent_with(None),
        json_body: body(crate::model::BodyKind::Json),
        form_body: body(crate::model::BodyKind::Form),
        body: ops.iter().any(|o| o.body.is_some()),
        json_response: ops.iter().any(|o| matches!(o.response, ResponseKind::Json(_)) || o.pagination.is_some()),
        unit_response: ops.iter().any(|o| o.response == ResponseKind::Unit),
        text_response: ops.iter().any(|o| o.response == ResponseKind::Text),
        bytes_response: ops.iter().any(|o| o.response == ResponseKind::Bytes),
        binary_body: body(crate::model::BodyKind::Binary),
        multipart_body: body(crate::model::BodyKind::Multipart),
        multipart_files: model
            .types
            .iter()
            .any(|d| matches!(&d.kind, crate::model::TypeKind::Form { parts } if parts.iter().any(|p| p.file))),
        cookie_join: model.auth.iter().any(|a| a.kind == "cookie") && ops.iter().any(|o| !o.cookies.is_empty()),
        pagination: ops.iter().any(|o| o.pagination.is_some()),
        page: style("page"),
        offset: style("offset"),
        cursor: style("cursor"),
        link: style("link"),
        next_url: style("next_url"),
        range: style("range"),
        http_pages: style("link") || style("next_url") || style("range"),
        follow: style("link") || style("next_url"),
    };
    let operations = ops
        .iter()
        .map(|o| OpSummary {
            fn_name: crate::names::unraw(&o.fn_name).to_string(),
            method: o.method.clone(),
            path: o.path.clone(),
            summary: o.doc.first().cloned().unwrap_or_default(),
            builder: o.has_optional() || o.pagination.is_some(),
            stream: o.pagination.is_some(),
        })
        .collect();
    let has_auth = !model.auth.is_empty();
    let auth_info = AuthInfo::new(model);
    let signing_example =
        model.request_signing.as_ref().map(|s| signing_example(model, s, &auth_info)).unwrap_or_default();
    let mut ctx = Context {
        crate_name: &model.crate_name,
        crate_ident: &model.crate_ident,
        version: &model.version,
        title: &model.title,
        api_name: if model.title.trim().to_ascii_lowercase().ends_with("api") {
            model.title.trim().to_string()
        } else {
            format!("{} API", model.title.trim())
        },
        description: &model.description,
        auth: &model.auth,
        has_auth,
        auth_header: model.auth.iter().any(|a| matches!(a.kind.as_str(), "header" | "cookie" | "bearer" | "oauth2")),
        auth_cookie: model.auth.iter().any(|a| a.kind == "cookie"),
        has_cc: model.auth.iter().any(|a| a.client_credentials.is_some()),
        cc_count: model.auth.iter().filter(|a| a.client_credentials.is_some()).count(),
        hints: auth_info.hints,
        joint: !auth_info.joint.is_empty(),
        joint_alternatives: auth_info.joint,
        single_schemes: auth_info.single,
        raw_security: auth_info.raw,
        example_credentials: auth_info.example,
        signing: model.request_signing.as_ref(),
        signing_readme: signing_example.lines().filter(|l| !l.starts_with("# ")).collect::<Vec<_>>().join("\n"),
        signing_example,
        servers: &model.servers,
        multi_server: model.servers.len() > 1,
        server_vars: &model.server_vars,
        server_groups: &model.server_groups,
        rate_limit: model.rate_limit.as_ref(),
        rate_limits: &model.rate_limits,
        operation_rate_limits: model
            .operations
            .iter()
            .filter(|op| !op.rate_limits.is_empty())
            .map(|op| {
                let windows = op.rate_limits.iter().map(|r| (r.requests, (r.per_seconds * 1000.0).round() as u64));
                (op.id.clone(), windows.collect())
            })
            .collect(),
        request_headers: &model.request_headers,
        envelope: model.envelope.as_deref(),
        error_ty: ty_path(&model.error_ty),
        common_security: code::security_tokens(code::common_security(model), quote::quote! { super::auth::Scheme })
            .to_string(),
        uses,
        deps: crate::deps::Deps::of(model),
        operations,
        module_only: options.module_only,
        modules: Vec::new(),
        examples: model.examples.len(),
    };

    let mut modules = vec![
        Module { name: "types".into(), public: true, content: format_tokens("src/types.rs", code::types_file(model))? },
        Module {
            name: "operations".into(),
            public: true,
            content: format_tokens("src/operations.rs", code::operations_file(model))?,
        },
    ];
    let mut runtime = vec!["client", "error", "response", "runtime", "retry", "redirect", "rate_limit", "tls"];
    if has_auth {
        runtime.push("auth");
    }
    if ctx.uses.pagination {
        runtime.extend(["pagination", "page_scan"]);
    }
    if ctx.uses.link {
        runtime.push("link_header");
    }
    if ctx.uses.multipart_body {
        runtime.push("multipart");
    }
    if ctx.uses.styled {
        runtime.push("params");
    }
    for name in runtime {
        let tname = format!("{name}.rs.j2");
        let text = match runtime_src::source(name, options.templates_dir.as_deref())? {
            // A plain-Rust module keeps its own (rustfmt) layout: only the span the spec fills is
            // formatted here; its unit tests ran in `crates/client-runtime` and are left out.
            Some((file, source)) => {
                let part = env.get_template(&tname).is_ok().then(|| render_template(&env, &tname, &ctx)).transpose()?;
                let part = part.map(|part| format_rust(&tname, &part)).transpose()?;
                let text = runtime_src::assemble(name, &source, part.as_deref(), false)?;
                check_rust(&file, &text)?;
                text
            }
            None => format_rust(&format!("templates/{tname}"), &render_template(&env, &tname, &ctx)?)?,
        };
        modules.push(Module { name: name.to_string(), public: false, content: text });
    }
    ctx.modules = modules;
    let lib = render_template(&env, "lib.rs.j2", &ctx)?;
    let lib = format_rust("templates/lib.rs.j2", &lib)?;

    let mut files = BTreeMap::new();
    if options.module_only {
        files.insert(PathBuf::from("lib.rs"), lib);
        return Ok(files);
    }
    files.insert(PathBuf::from("src/lib.rs"), lib);
    for m in &ctx.modules {
        files.insert(PathBuf::from(format!("src/{}.rs", m.name)), m.content.clone());
    }
    files.insert(PathBuf::from("Cargo.toml"), render_template(&env, "Cargo.toml.j2", &ctx)?);
    files.insert(PathBuf::from("README.md"), render_template(&env, "README.md.j2", &ctx)?);
    // Generated code is formatted here; a workspace `cargo fmt` must not reformat it (the
    // committed output would no longer be what the generator produces).
    files.insert(PathBuf::from("rustfmt.toml"), render_template(&env, "rustfmt.toml.j2", &ctx)?);
    if !model.examples.is_empty() {
        files.insert(
            PathBuf::from("tests/spec_examples.rs"),
            format_tokens("tests/spec_examples.rs", code::examples_file(model))?,
        );
    }
    Ok(files)
}
