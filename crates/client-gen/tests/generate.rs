//! Generated files (snapshots), determinism, diagnostics, template overrides, module-only output.

mod common;

use std::path::{Path, PathBuf};

use client_gen::{generate, GenError, Options, Severity};

/// All files of a generated crate in one text, for one snapshot per spec.
fn concat(files: &std::collections::BTreeMap<PathBuf, String>) -> String {
    let mut out = String::new();
    for (path, text) in files {
        out.push_str(&format!("==================== {} ====================\n", path.display()));
        out.push_str(text);
        out.push('\n');
    }
    out
}

#[test]
fn snapshots_of_generated_crates() {
    for name in common::SPECS {
        let generated = common::gen(name, &Options::default());
        insta::assert_snapshot!(format!("{}_crate", common::flat(name)), concat(&generated.files));
    }
}

/// What the generator could not express in each spec (the workspace spec, made of such
/// constructs, has its own test below).
#[test]
fn diagnostics_of_every_spec() {
    for name in common::SPECS.iter().filter(|n| **n != "workspace") {
        let generated = common::gen(name, &Options::default());
        assert!(generated.diagnostics.iter().all(|d| d.severity == Severity::Warning), "{name}");
        let rendered: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
        insta::assert_snapshot!(format!("{}_diagnostics", common::flat(name)), rendered.join("\n"));
    }
}

/// The `let json = ...;` literals of a generated `tests/spec_examples.rs`, by test name.
fn example_literals(file: &str) -> Vec<(String, serde_json::Value)> {
    let parsed = syn::parse_file(file).expect("valid Rust");
    let mut out = Vec::new();
    for item in parsed.items {
        let syn::Item::Fn(f) = item else { continue };
        for stmt in &f.block.stmts {
            let syn::Stmt::Local(local) = stmt else { continue };
            let syn::Pat::Ident(pat) = &local.pat else { continue };
            let Some(init) = &local.init else { continue };
            if pat.ident != "json" {
                continue;
            }
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(lit), .. }) = &*init.expr else {
                panic!("{}: json is not a string literal", f.sig.ident);
            };
            let value = serde_json::from_str(&lit.value()).expect("the literal is JSON");
            out.push((f.sig.ident.to_string(), value));
        }
    }
    out
}

#[test]
fn every_example_becomes_a_test_of_its_type() {
    let generated = common::gen("petstore", &Options::default());
    let file = &generated.files[Path::new("tests/spec_examples.rs")];
    let literals = example_literals(file);
    let names: Vec<&str> = literals.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "list_pets_response_200",
            "create_pet_request_minimal",
            "create_pet_request_tagged",
            "create_pet_response_default",
            "get_pet_response_404",
            "update_pet_photo_request",
            "schema_pet",
            "schema_pet_birthday",
            "schema_pet_weight_kg",
        ],
        "every JSON example, none of text/plain, in spec order"
    );
    // The literal is the spec's example, byte for byte as JSON (the $ref'd one resolved).
    let tagged = &literals[2].1;
    assert_eq!(tagged, &serde_json::json!({"name": "Fido", "tag": "dog"}));
    for (what, ty) in [
        ("fn list_pets_response_200", "check::<types::PetList>"),
        ("fn create_pet_request_minimal", "check::<types::NewPet>"),
        ("fn create_pet_response_default", "check::<types::ErrorBody>"),
        ("fn update_pet_photo_request", "check::<types::UpdatePetPhotoBody>"),
        ("fn schema_pet_weight_kg", "check::<f64>"),
    ] {
        let start = file.find(what).unwrap_or_else(|| panic!("{what}"));
        let end = file[start..].find("\n}\n").map_or(file.len(), |e| start + e);
        assert!(file[start..end].contains(ty), "{what} decodes with {ty}");
    }
    assert!(file.contains("//! 9 examples: 9 typed, 0 untyped"), "{file}");
    assert!(!file.contains("#[ignore"));

    // Examples that contradict their schema are ignored with the reason; untyped ones say so.
    let workspace = common::gen("workspace", &Options::default());
    let file = &workspace.files[Path::new("tests/spec_examples.rs")];
    assert!(file.contains(
        "#[ignore = \"spec defect: $.data.id: expected an integer, found a string \\\"42\\\"\"]\nfn get_employee_response_200()"
    ), "{file}");
    assert!(
        file.contains("#[ignore = \"spec defect: $: expected a string, found an integer 12\"]\nfn schema_employee2()")
    );
    assert!(file.contains("/// Untyped (the spec gives no schema the generator could type)"), "{file}");
    assert!(!file.contains("fn schema_employee()\n"), "soft violations (an enum value not listed) are not ignored");
    assert!(file.contains("fn schema_employee() {"), "{file}");
    assert!(
        file.contains("let json = r#\"{\n  \"ok\": true\n}\"#;"),
        "a `default`-only response is the success: {file}"
    );
    assert!(file.contains("check::<types::PingResponse>"), "{file}");

    // Module-only output has no tests folder.
    let module = common::gen("petstore", &Options { module_only: true, ..Options::default() });
    assert!(module.files.keys().all(|p| !p.starts_with("tests")));
}

#[test]
fn generation_is_deterministic() {
    for name in common::SPECS {
        let a = common::gen(name, &Options::default());
        let b = common::gen(name, &Options::default());
        assert_eq!(a.files, b.files, "{name}");
        assert_eq!(a.diagnostics, b.diagnostics, "{name}");
    }
}

#[test]
fn unsupported_constructs_are_diagnostics_and_values() {
    let generated = common::gen("workspace", &Options::default());
    let rendered: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!("workspace_diagnostics", rendered.join("\n"));
    assert!(generated.diagnostics.iter().all(|d| d.severity == Severity::Warning));
    let types = &generated.files[Path::new("src/types.rs")];
    assert!(types.contains("pub custom: Option<serde_json::Value>"), "`not` falls back to Value");
    assert!(types.contains("pub location: Option<serde_json::Value>"), "external $ref falls back to Value");
}

#[test]
fn names_are_valid_rust() {
    let generated = common::gen("workspace", &Options::default());
    let toml = &generated.files[Path::new("Cargo.toml")];
    assert!(toml.contains("name = \"nine-spokes-open\""), "{toml}");
    let types = &generated.files[Path::new("src/types.rs")];
    assert!(types.contains("pub self_: Option<String>"));
    assert!(types.contains("pub n2fa_enabled: Option<bool>"));
    assert!(types.contains("pub first_name2: Option<String>"), "colliding field names get a suffix");
    assert!(types.contains("pub struct Employee {") && types.contains("pub type Employee2 = String;"));
    assert!(types.contains("manager: Option<Box<Employee>>"), "recursive field boxed");
    let ops = &generated.files[Path::new("src/operations.rs")];
    assert!(ops.contains("pub async fn get_employee2("), "duplicate operationId gets a suffix");
    assert!(ops.contains("pub fn post_reports_report_type_run("), "name from method and path");

    let named =
        generate(&common::load("petstore"), &Options { crate_name: Some("9 lives".into()), ..Options::default() })
            .expect("generate");
    assert!(named.files[Path::new("Cargo.toml")].contains("name = \"nine-lives\""));
}

#[test]
fn module_only_is_one_includable_file() {
    let generated = common::gen("billing", &Options { module_only: true, ..Options::default() });
    let paths: Vec<_> = generated.files.keys().collect();
    assert_eq!(paths, [Path::new("lib.rs")]);
    let lib = &generated.files[Path::new("lib.rs")];
    // include!() accepts no inner attributes at the top of the file.
    let first = lib.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    assert!(!first.starts_with("#!") && !first.starts_with("//!"), "{first}");
    assert!(lib.contains("pub mod types {") && lib.contains("mod client {"));
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("client-gen-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn user_templates_override_and_broken_ones_fail_generation() {
    let spec = common::load("petstore");

    let dir = temp_dir("override");
    std::fs::write(dir.join("README.md.j2"), "# {{ crate_name }}, our way\n").expect("write");
    let options = Options { templates_dir: Some(dir.clone()), ..Options::default() };
    let generated = generate(&spec, &options).expect("generate");
    assert_eq!(generated.files[Path::new("README.md")], "# petstore, our way\n");

    // Renders, but not to Rust: caught here, not in the user's build.
    std::fs::write(dir.join("redirect.rs.j2"), "pub fn broken( {\n").expect("write");
    match generate(&spec, &options) {
        Err(e @ GenError::InvalidRust { .. }) => {
            let message = e.to_string();
            assert!(message.contains("redirect.rs"), "{message}");
        }
        other => panic!("expected InvalidRust, got {other:?}"),
    }

    // Not even a template.
    std::fs::write(dir.join("redirect.rs.j2"), "{% if %}\n").expect("write");
    match generate(&spec, &options) {
        Err(GenError::Template { name, .. }) => assert_eq!(name, "redirect.rs.j2"),
        other => panic!("expected Template error, got {other:?}"),
    }
    std::fs::remove_file(dir.join("redirect.rs.j2")).expect("remove");

    // A runtime module written in Rust is replaced by `<module>.rs` of the folder, as it is.
    std::fs::write(dir.join("retry.rs"), "pub fn broken( {\n").expect("write");
    match generate(&spec, &options) {
        Err(e @ GenError::InvalidRust { .. }) => {
            let message = e.to_string();
            assert!(message.contains(&dir.join("retry.rs").display().to_string()), "{message}");
        }
        other => panic!("expected InvalidRust, got {other:?}"),
    }
    std::fs::write(dir.join("retry.rs"), "//! Our retries.\npub(crate) struct Policy;\n").expect("write");
    let generated = generate(&spec, &options).expect("generate");
    assert!(generated.files[Path::new("src/retry.rs")].starts_with("//! Our retries."));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_spec_with_nothing_still_generates() {
    let spec: openapiv3::OpenAPI =
        yaml_serde::from_str("openapi: 3.0.3\ninfo: {title: '', version: ''}\npaths: {}\n").expect("spec");
    let generated = generate(&spec, &Options::default()).expect("generate");
    assert!(generated.files[Path::new("Cargo.toml")].contains("name = \"api-client\""));
}

/// A `next_url` style that says neither where the next URL is nor in which header: a warning,
/// no stream; the styles that read the response are generated only where a spec uses them.
#[test]
fn response_driven_paging_styles_are_checked_and_generated_only_where_used() {
    let spec = |pagination: &str| -> openapiv3::OpenAPI {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\nservers: [{{url: 'https://x.example'}}]\npaths:\n  /things:\n    get:\n      \
             operationId: ListThings\n      x-pagination: {pagination}\n      responses:\n        '200':\n          \
             description: ok\n          content:\n            application/json:\n              schema: {{type: array, items: {{type: string}}}}\n"
        );
        yaml_serde::from_str(&text).expect("spec")
    };
    let generated = generate(&spec("{style: next_url, items: ''}"), &Options::default()).expect("generate");
    let rendered: Vec<String> = generated.diagnostics.iter().map(ToString::to_string).collect();
    assert!(rendered.iter().any(|d| d.contains("without `next_url` or `next_header`")), "{rendered:?}");
    assert!(!generated.files[Path::new("src/operations.rs")].contains("list_things_stream"));

    let generated = generate(&spec("{style: link, items: '', total_header: X-Total-Count}"), &Options::default())
        .expect("generate");
    let pagination = &generated.files[Path::new("src/pagination.rs")];
    assert!(pagination.contains("link_header::next(") && !pagination.contains("fn content_range("), "{pagination}");
    assert!(generated.files.contains_key(Path::new("src/link_header.rs")));
    let without_link = generate(&spec("{style: page, param: page, items: ''}"), &Options::default()).expect("generate");
    assert!(!without_link.files.contains_key(Path::new("src/link_header.rs")));
    assert!(generated.files[Path::new("src/operations.rs")]
        .contains("Style::Link {\n                    total_header: Some(\"X-Total-Count\")"));
    // Crates without a style that follows URLs keep no request URL in their responses.
    let billing = common::gen("billing", &Options::default());
    assert!(!billing.files[Path::new("src/client.rs")].contains("request_url"));
}

/// The public surface (the `pub` items' first lines, file by file) of the client generated for
/// each provider spec under `specs/`: a review of what a user's code sees change. The files
/// themselves are committed under `clients/` and kept current by `codegen check`.
#[test]
fn public_api_of_each_provider_client() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    let mut providers: Vec<PathBuf> =
        std::fs::read_dir(&specs).expect("specs/").map(|e| e.expect("entry").path().join("openapi.yaml")).collect();
    providers.sort();
    assert!(providers.len() >= 4, "the four provider specs");
    for spec_path in providers {
        let provider = spec_path.parent().and_then(Path::file_name).expect("folder").to_string_lossy().to_string();
        let spec: openapiv3::OpenAPI =
            yaml_serde::from_str(&std::fs::read_to_string(&spec_path).expect("spec")).expect("valid OpenAPI");
        let generated = generate(&spec, &Options::default()).expect("generated");
        let mut surface = String::new();
        for (path, text) in generated.files.iter().filter(|(p, _)| p.starts_with("src")) {
            surface.push_str(&format!("== {}\n", path.display()));
            for line in text.lines().map(str::trim).filter(|l| {
                ["pub fn ", "pub async fn ", "pub struct ", "pub enum ", "pub type ", "pub mod ", "pub use "]
                    .iter()
                    .any(|p| l.starts_with(p))
            }) {
                surface.push_str(line);
                surface.push('\n');
            }
        }
        insta::assert_snapshot!(format!("provider_{provider}_public_api"), surface);
    }
}

/// `ApiError` is the error body operations share. One operation's own error schema does not
/// become every operation's error type: it is named in that operation's doc instead.
#[test]
fn the_api_error_type_is_the_one_operations_share() {
    let spec = |second_has_error: bool| -> openapiv3::OpenAPI {
        let error = "{description: Failed, content: {application/json: {schema: {$ref: '#/components/schemas/Oops'}}}}";
        let second = if second_has_error { format!(", '409': {error}") } else { String::new() };
        yaml_serde::from_str(&format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  \
             /a: {{post: {{operationId: a, responses: {{'200': {{description: ok}}, '422': {error}}}}}}}\n  \
             /b: {{get: {{operationId: b, responses: {{'200': {{description: ok}}{second}}}}}}}\n\
             components: {{schemas: {{Oops: {{type: object, properties: {{reason: {{type: string}}}}}}}}}}\n"
        ))
        .expect("spec")
    };
    let one = generate(&spec(false), &Options::default()).expect("generate");
    assert!(one.files[Path::new("src/error.rs")].contains("pub type ApiError = serde_json::Value;"));
    let ops = &one.files[Path::new("src/operations.rs")];
    assert!(ops.contains("the docs name HTTP 422."), "{ops}");
    assert!(
        ops.contains("For an HTTP 422 the body is a `types::Oops`: decode it with `error.body_as::<types::Oops>()`.")
    );

    let shared = generate(&spec(true), &Options::default()).expect("generate");
    assert!(shared.files[Path::new("src/error.rs")].contains("pub type ApiError = super::types::Oops;"));
    assert!(!shared.files[Path::new("src/operations.rs")].contains("body_as"), "the shared type needs no pointer");
}

/// `anyOf: [$ref, {nullable: true, enum: [null]}]`, OpenAPI 3.0.3's strict "or null" for a
/// reference, is an optional field of the referenced type, not an untagged enum.
#[test]
fn a_null_only_alternative_makes_the_field_optional() {
    let spec: openapiv3::OpenAPI = yaml_serde::from_str(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
         Address: {type: object, properties: {city: {type: string}}}\n    \
         Order:\n      type: object\n      required: [address, either]\n      properties:\n        \
         address: {anyOf: [{$ref: '#/components/schemas/Address'}, {type: string, nullable: true, enum: [null]}]}\n        \
         either: {oneOf: [{type: integer}, {type: string}, {type: string, nullable: true, enum: [null]}]}\n",
    )
    .expect("spec");
    let generated = generate(&spec, &Options::default()).expect("generate");
    let types = &generated.files[Path::new("src/types.rs")];
    assert!(types.contains("pub address: Option<Address>,"), "{types}");
    assert!(types.contains("pub either: Option<OrderEither>,"), "{types}");
    assert!(types.contains("Integer(i64)") && types.contains("String(String)"), "{types}");
    assert!(!types.contains("OrderAddress"), "no enum for a reference or null: {types}");
}

/// A spec with the given `components.securitySchemes` (YAML flow map) and one operation per
/// scheme requiring it.
fn spec_with_schemes(schemes: &[(&str, &str)], extra: &str) -> openapiv3::OpenAPI {
    let mut paths = String::new();
    for (i, (key, _)) in schemes.iter().enumerate() {
        paths.push_str(&format!(
            "  /op{i}: {{get: {{operationId: op{i}, security: [{{'{key}': []}}], responses: {{'200': {{description: ok}}}}}}}}\n"
        ));
    }
    let schemes: Vec<String> = schemes.iter().map(|(k, v)| format!("    '{k}': {v}\n")).collect();
    yaml_serde::from_str(&format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://api.example.com'}}]\n{extra}\
         paths:\n{paths}components:\n  securitySchemes:\n{}",
        schemes.concat()
    ))
    .expect("spec")
}

/// Setters are named by kind where one scheme has the kind, else after the scheme.
#[test]
fn credential_setters_are_named_by_kind_or_after_their_scheme() {
    let one_each = spec_with_schemes(
        &[
            ("jwt", "{type: http, scheme: bearer}"),
            ("login", "{type: http, scheme: basic}"),
            ("key", "{type: apiKey, in: header, name: X-Key}"),
        ],
        "",
    );
    let client = &generate(&one_each, &Options::default()).expect("generate").files[Path::new("src/client.rs")];
    assert!(client.contains("pub fn bearer_token(mut self, secret: impl Into<super::auth::Secret>)"), "{client}");
    assert!(client.contains("pub fn basic_auth(\n        mut self,\n        username:"), "{client}");
    assert!(client.contains("pub fn api_key(mut self, secret"), "{client}");

    let several_keys = spec_with_schemes(
        &[
            ("X-MBX-APIKEY", "{type: apiKey, in: header, name: X-MBX-APIKEY}"),
            ("passphrase", "{type: apiKey, in: header, name: X-Passphrase}"),
        ],
        "",
    );
    let client = &generate(&several_keys, &Options::default()).expect("generate").files[Path::new("src/client.rs")];
    assert!(client.contains("pub fn x_mbx_apikey(") && client.contains("pub fn passphrase("), "{client}");
    assert!(!client.contains("pub fn api_key("));

    // An OAuth2 scheme alone: its access token is the bearer token; client credentials and
    // scopes get their own setters, a relative token URL is resolved against the server.
    let oauth = spec_with_schemes(
        &[(
            "oauth",
            "{type: oauth2, flows: {clientCredentials: {tokenUrl: /oauth/token, scopes: {'read:all': Read everything}}, \
             authorizationCode: {authorizationUrl: 'https://a.example.com/auth', tokenUrl: 'https://a.example.com/token', scopes: {}}}}",
        )],
        "",
    );
    let generated = generate(&oauth, &Options::default()).expect("generate");
    assert!(generated.diagnostics.is_empty(), "{:?}", generated.diagnostics);
    let client = &generated.files[Path::new("src/client.rs")];
    for setter in ["bearer_token(", "oauth2_client_credentials(", "oauth2_token_url(", "oauth2_scopes<"] {
        assert!(client.contains(&format!("pub fn {setter}")), "{setter}: {client}");
    }
    assert!(client.contains("/// - `read:all`: Read everything"), "{client}");
    assert!(client.contains("/// Default: `/oauth/token`, relative to the server URL."), "{client}");
    assert!(generated.files[Path::new("Cargo.toml")].contains("features = [\"sync\", \"time\"]"));

    // Without a clientCredentials flow: only the token, and a warning saying so.
    let implicit = spec_with_schemes(
        &[("oauth", "{type: oauth2, flows: {implicit: {authorizationUrl: 'https://a.example.com/auth', scopes: {}}}}")],
        "",
    );
    let generated = generate(&implicit, &Options::default()).expect("generate");
    let client = &generated.files[Path::new("src/client.rs")];
    assert!(client.contains("pub fn bearer_token(") && !client.contains("client_credentials"), "{client}");
    assert_eq!(generated.diagnostics.len(), 1, "{:?}", generated.diagnostics);
    assert!(generated.files[Path::new("Cargo.toml")].contains("features = [\"time\"]"));

    // A bearer scheme next to an OAuth2 one: both named after their scheme.
    let both = spec_with_schemes(
        &[("bearerAuth", "{type: http, scheme: bearer}"), ("oauth", "{type: oauth2, flows: {}}")],
        "",
    );
    let client = &generate(&both, &Options::default()).expect("generate").files[Path::new("src/client.rs")];
    assert!(client.contains("pub fn bearer_auth(") && client.contains("pub fn oauth_token("), "{client}");
}

/// `x-request-signing`: the builder says a signature is expected, the crate docs and README
/// show a `sign_with` closure doing what the extension says (here in its free-text form).
#[test]
fn request_signing_is_documented_with_an_example() {
    let extension = "x-request-signing: {algorithm: HMAC-SHA256, signs: query string and body, \
                     placement: query parameter signature, timestamp: timestamp, \
                     description: Sign with your secret key.}\n";
    let spec = spec_with_schemes(&[("X-MBX-APIKEY", "{type: apiKey, in: header, name: X-MBX-APIKEY}")], extension);
    let generated = generate(&spec, &Options::default()).expect("generate");
    let lib = &generated.files[Path::new("src/lib.rs")];
    assert!(lib.contains("//! # Signed requests"), "{lib}");
    assert!(lib.contains("//! The API expects signed requests: HMAC-SHA256 of the query string and body"), "{lib}");
    // The only key: `.api_key(..)`, whatever the scheme is called.
    assert!(lib.contains("//!     .api_key(std::env::var(\"API_KEY\")?)"), "{lib}");
    assert!(lib.contains("request.url_mut().query_pairs_mut().append_pair(\"timestamp\", &now);"), "{lib}");
    assert!(lib.contains("request.url_mut().query_pairs_mut().append_pair(\"signature\", &signature);"), "{lib}");
    assert!(lib.contains("with the `hmac` and `sha2` crates"), "{lib}");
    let client = &generated.files[Path::new("src/client.rs")];
    assert!(client.contains("/// The API expects signed requests (HMAC-SHA256"), "{client}");
    assert!(client.contains("/// Sign with your secret key."), "{client}");
    let readme = &generated.files[Path::new("README.md")];
    assert!(readme.contains("### Signed requests") && !readme.contains("# async fn"), "{readme}");
    assert!(readme.contains("HMAC-SHA256 of the query string and body, in the query parameter `signature`."));
    assert!(readme.contains("**the API expects it**"), "{readme}");
    // Nothing of it without the extension; the hook is there all the same.
    let plain = generate(&spec_with_schemes(&[("k", "{type: apiKey, in: query, name: k}")], ""), &Options::default())
        .expect("generate");
    assert!(!plain.files[Path::new("src/lib.rs")].contains("Signed requests"));
    assert!(plain.files[Path::new("src/client.rs")].contains("pub fn sign_with("));
}

/// Server variants are named from the description, else the host; `Custom` is always there.
#[test]
fn servers_are_named_from_description_or_host() {
    let spec: openapiv3::OpenAPI = yaml_serde::from_str(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nservers:\n  \
         - {url: 'https://{tenant}.api.example.com:8443/v1', variables: {tenant: {default: acme}}}\n  \
         - {url: 'https://eu.example.org', description: Europe}\n  - {url: /relative}\n  \
         - {url: 'https://custom.example.net'}\n",
    )
    .expect("spec");
    let generated = generate(&spec, &Options::default()).expect("generate");
    let client = &generated.files[Path::new("src/client.rs")];
    for variant in ["    ApiExample,", "    Europe,", "    Server3,", "    CustomExample,", "    Custom(String),"] {
        assert!(client.contains(variant), "{variant}: {client}");
    }
}

/// `allOf: [{$ref}, {description}]` (a documented reference) is the referenced type, without
/// a warning; a oneOf member of an allOf that merges fields still warns.
#[test]
fn an_annotated_reference_is_the_referenced_type() {
    let spec: openapiv3::OpenAPI = yaml_serde::from_str(
        "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
         Agent: {oneOf: [{type: object, required: [a], properties: {a: {type: string}}}, {type: string}]}\n    \
         Ask:\n      type: object\n      properties:\n        agent: {allOf: [{$ref: '#/components/schemas/Agent'}, {description: The agent.}]}\n",
    )
    .expect("spec");
    let generated = generate(&spec, &Options::default()).expect("generate");
    let types = &generated.files[Path::new("src/types.rs")];
    assert!(types.contains("pub agent: Option<Agent>"), "{types}");
    assert!(generated.diagnostics.is_empty(), "{:?}", generated.diagnostics);
}
