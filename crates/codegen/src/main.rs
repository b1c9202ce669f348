//! The `codegen` command: import docs into OpenAPI, lint them, generate Rust clients, and
//! (with no arguments) regenerate every provider listed in `codegen.toml`.
//!
//! Exit codes: 0 success; 1 the docs have an error-severity diagnostic (nothing is written by
//! `import` or the main job), `lint` found a denied diagnostic, `check` found stale files, or
//! `diff` found changes its `--fail-on` names; 2 the input could not be read or written (bad or
//! missing folder, bad spec, bad config, unknown lint code).
//!
//! `lint` and `diff` write their reports to standard output; when the reader closes the pipe
//! early (`codegen lint --verbose | head`), the rest is dropped quietly and the exit code is
//! the one the report would have had.

use clap::{Parser, Subcommand, ValueEnum};
use codegen::config::Config;
use codegen::render;
use codegen::{Code, Diagnostic, Error, Severity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "codegen", version, about = "Hand-written API docs -> OpenAPI 3.0.3 -> typed async Rust client")]
struct Cli {
    /// The configuration file used when no command is given, and by `check`.
    #[arg(long, global = true, default_value = "codegen.toml")]
    config: PathBuf,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Import a doc folder into an OpenAPI 3.0.3 spec (YAML, or JSON when FILE ends in .json).
    Import {
        /// The doc folder (Slate `index.html.md`, `source/index.html.md`, a README, or only
        /// `_*.md` includes), or an entry page file of it.
        docs: PathBuf,
        /// Output file; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write the spec even when the import has error-severity diagnostics (exit 1 still).
        #[arg(long)]
        allow_errors: bool,
    },
    /// Report every problem and gap in a doc folder, with file and line.
    Lint {
        /// The doc folder.
        #[arg(required_unless_present = "list_codes")]
        docs: Option<PathBuf>,
        /// Print every diagnostic code with what it means, and exit.
        #[arg(long)]
        list_codes: bool,
        /// Output format: rustc-style text, JSON, SARIF 2.1.0, or GitHub Actions annotations.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Fail (exit 1) on diagnostics with this code too, whatever their severity.
        #[arg(long, value_name = "CODE")]
        deny: Vec<String>,
        /// Never fail on, nor print, diagnostics with this code.
        #[arg(long, value_name = "CODE")]
        allow: Vec<String>,
        /// Also print info-level diagnostics one by one (their total is always printed).
        #[arg(long)]
        verbose: bool,
        /// Also write the coverage page to DIR/index.html: every page with each line marked by
        /// what the importer made of it, the diagnostics at their lines, a summary per page and
        /// per operation.
        #[arg(long, value_name = "DIR")]
        html: Option<PathBuf>,
    },
    /// Generate a client crate from an OpenAPI 3.0 spec.
    Generate {
        /// The spec (YAML or JSON).
        spec: PathBuf,
        /// Output folder of the crate.
        #[arg(short, long)]
        output: PathBuf,
        /// Crate name (default: from the spec title).
        #[arg(long)]
        crate_name: Option<String>,
        /// Folder of templates overriding the built-in ones.
        #[arg(long)]
        templates: Option<PathBuf>,
    },
    /// Re-import and regenerate every configured provider in memory; exit 1 with a diff if
    /// anything committed is stale.
    Check,
    /// Every change between two versions (specs, or doc folders imported first), each
    /// classified error, warning or info for a client generated from the old version.
    Diff {
        /// The old version: a spec (YAML or JSON) or a doc folder.
        old: PathBuf,
        /// The new version: a spec (YAML or JSON) or a doc folder.
        new: PathBuf,
        /// Output format: one line per change, JSON, Markdown (a pull-request comment), or
        /// GitHub Actions annotations.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Exit 1 when a change of this level or a worse one exists (`breaking` is `error`,
        /// `any` is `info`), or never.
        #[arg(long, value_enum, default_value = "error")]
        fail_on: FailOn,
    },
    /// What an imported spec kept of an original one and what it invented: operations,
    /// parameters, body and response properties, types, required flags, enum values, statuses,
    /// security schemes, servers, summaries, tags (recall and precision of each).
    Compare {
        /// The original spec (YAML or JSON).
        original: PathBuf,
        /// The imported version: a spec (YAML or JSON), or a doc folder or page imported first.
        imported: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: CompareFormat,
        /// List every lost and invented item (the table lists the first ten of each).
        #[arg(long)]
        all: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    #[value(alias = "breaking")]
    Error,
    Warning,
    #[value(alias = "any")]
    Info,
    None,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
    Sarif,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum CompareFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    #[value(alias = "human")]
    Text,
    Json,
    Markdown,
    Github,
}

/// Writes a report to standard output. A closed pipe ends the report quietly (the reader has
/// seen enough); any other write error is an error.
fn emit(text: &str) -> Result<(), Error> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Io(PathBuf::from("<stdout>"), e)),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => regenerate_all(&cli.config),
        Some(Command::Import { docs, output, allow_errors }) => import(&docs, output.as_deref(), allow_errors),
        Some(Command::Lint { list_codes: true, .. }) => list_codes(),
        Some(Command::Lint { docs: Some(docs), format, deny, allow, verbose, html, .. }) => {
            lint(&docs, format, &deny, &allow, verbose, html.as_deref())
        }
        Some(Command::Lint { docs: None, .. }) => Err(Error::Config("lint needs a doc folder".into())),
        Some(Command::Generate { spec, output, crate_name, templates }) => {
            generate(&spec, &output, crate_name, templates)
        }
        Some(Command::Check) => check(&cli.config),
        Some(Command::Diff { old, new, format, fail_on }) => diff(&old, &new, format, fail_on),
        Some(Command::Compare { original, imported, format, all }) => compare(&original, &imported, format, all),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Counts of one import's diagnostics, for the one-line summaries.
fn counts(diags: &[Diagnostic]) -> String {
    let count = |s: Severity| diags.iter().filter(|d| d.severity == s).count();
    format!("{} errors, {} warnings, {} info", count(Severity::Error), count(Severity::Warning), count(Severity::Info))
}

fn import(docs: &Path, output: Option<&Path>, allow_errors: bool) -> Result<ExitCode, Error> {
    let imported = codegen::import_docs(docs)?;
    // Errors first, so that a long list of warnings cannot hide them.
    let mut shown: Vec<&Diagnostic> = imported.diagnostics.iter().filter(|d| d.severity >= Severity::Warning).collect();
    shown.sort_by_key(|d| std::cmp::Reverse(d.severity));
    let mut sources = render::Sources::new(&imported.root);
    for d in shown {
        eprint!("{}", sources.human(d));
    }
    let errors = imported.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    eprintln!("{}", imported.entry.summary());
    eprintln!("{}", pages_read(&imported));
    eprintln!("{} operations, {} (see `codegen lint`)", imported.operation_count, counts(&imported.diagnostics));
    if errors > 0 && !allow_errors {
        eprintln!("error: {errors} error(s) in the docs: nothing written (`--allow-errors` writes the spec anyway)");
        return Ok(ExitCode::from(1));
    }
    match output {
        Some(path) => {
            let text = codegen::serialize_spec(&imported.spec, path);
            codegen::write_files(Path::new("."), &BTreeMap::from([(path.to_path_buf(), text)]))?;
        }
        None => print!("{}", slate_import::to_yaml(&imported.spec)),
    }
    // The process ends here: freeing the spec and diagnostics piece by piece would cost about
    // a twentieth of a large import's time for memory the exit returns anyway.
    std::mem::forget(imported);
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The pages an import read, in order, relative to the doc-set root.
fn pages_read(imported: &slate_import::Import) -> String {
    let pages: Vec<String> = imported
        .pages
        .iter()
        .map(|p| p.strip_prefix(&imported.root).unwrap_or(p).to_string_lossy().replace('\\', "/"))
        .collect();
    format!("importing {} page(s): {}", pages.len(), pages.join(", "))
}

/// `lint --list-codes`: every code with what it means.
fn list_codes() -> Result<ExitCode, Error> {
    let list: String = Code::ALL.iter().map(|code| format!("{:<26} {}\n", code.as_str(), code.summary())).collect();
    emit(&list)?;
    Ok(ExitCode::SUCCESS)
}

/// Refuses codes that no diagnostic has: a typo in `--deny` would otherwise deny nothing.
fn known_codes(given: &[String], flag: &str) -> Result<(), Error> {
    let unknown: Vec<&str> = given.iter().map(String::as_str).filter(|c| Code::from_name(c).is_none()).collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    Err(Error::Config(format!(
        "unknown code(s) for {flag}: {}; the codes are: {} (`codegen lint --list-codes` says what each means)",
        unknown.join(", "),
        known.join(", ")
    )))
}

fn lint(
    docs: &Path,
    format: Format,
    deny: &[String],
    allow: &[String],
    verbose: bool,
    html: Option<&Path>,
) -> Result<ExitCode, Error> {
    known_codes(deny, "--deny")?;
    known_codes(allow, "--allow")?;
    let imported = match html {
        Some(dir) => {
            let (imported, coverage) = codegen::import_docs_with_coverage(docs)?;
            let title = imported.spec.info.title.clone();
            let page = codegen::html_report::write(dir, &title, &imported.diagnostics, &coverage, allow)?;
            eprintln!("wrote the coverage page {}", page.display());
            imported
        }
        None => codegen::import_docs(docs)?,
    };
    let root = imported.root;
    let diags: Vec<Diagnostic> =
        imported.diagnostics.into_iter().filter(|d| !allow.iter().any(|a| a == d.code)).collect();
    let failing = diags.iter().any(|d| d.severity == Severity::Error || deny.iter().any(|c| c == d.code));
    let report = match format {
        Format::Json => render::json(&diags),
        Format::Sarif => codegen::ci::sarif::<Code>("codegen lint", &diags, &root, deny),
        Format::Github => codegen::ci::github("codegen lint", &diags, &root, deny, verbose),
        Format::Human => {
            let mut out = String::new();
            let mut sources = render::Sources::new(&root);
            for d in diags.iter().filter(|d| verbose || d.severity > Severity::Info) {
                out.push_str(&sources.human(d));
            }
            out + &render::summary(&diags)
        }
    };
    emit(&report)?;
    Ok(if failing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn generate(
    spec: &Path,
    output: &Path,
    crate_name: Option<String>,
    templates: Option<PathBuf>,
) -> Result<ExitCode, Error> {
    let spec_file = spec.display().to_string();
    let spec = codegen::read_spec(spec)?;
    let options = codegen::GenOptions { crate_name, templates_dir: templates, module_only: false };
    let generated = client_gen::generate(&spec, &options).map_err(|e| Error::Generate(e.to_string()))?;
    for d in &generated.diagnostics {
        eprint!("{}", render::human(&d.clone().in_file(spec_file.as_str()), Path::new(".")));
    }
    codegen::write_files(output, &generated.files)?;
    eprintln!("wrote {} files to {}", generated.files.len(), output.display());
    Ok(ExitCode::SUCCESS)
}

/// Whether `codegen diff` reads `path` as a spec (not a doc folder nor an entry page).
fn is_spec_file(path: &Path) -> bool {
    !path.is_dir() && path.extension().is_none_or(|e| e != "md")
}

/// A spec read from a file (with its text, for annotations), or imported from a doc folder or
/// an entry page (`.md`; its diagnostics only counted; with the doc-set root `x-source` is
/// relative to).
fn load_version(path: &Path) -> Result<(openapiv3::OpenAPI, Loaded), Error> {
    if is_spec_file(path) {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        return Ok((codegen::read_spec(path)?, Loaded::Spec(text)));
    }
    let imported = codegen::import_docs(path)?;
    eprintln!(
        "imported {}: {} operations, {} (see `codegen lint`)",
        path.display(),
        imported.operation_count,
        counts(&imported.diagnostics)
    );
    Ok((imported.spec, Loaded::Docs(imported.root)))
}

/// What a version of `codegen diff` was read from.
enum Loaded {
    Spec(String),
    Docs(PathBuf),
}

impl Loaded {
    /// The version given as `path`, for [`codegen::diff::locate::place`].
    fn version<'a>(&'a self, path: &'a Path) -> codegen::diff::locate::Version<'a> {
        match self {
            Loaded::Spec(text) => codegen::diff::locate::Version::Spec(path, text),
            Loaded::Docs(root) => codegen::diff::locate::Version::Docs(root),
        }
    }
}

fn diff(old: &Path, new: &Path, format: DiffFormat, fail_on: FailOn) -> Result<ExitCode, Error> {
    use codegen::diff::{locate, report};
    let ((old_spec, old_from), (new_spec, new_from)) = (load_version(old)?, load_version(new)?);
    let changes = codegen::diff::diff(&old_spec, &new_spec);
    let report = match format {
        DiffFormat::Text => report::text(&changes),
        DiffFormat::Json => report::json(&changes),
        DiffFormat::Markdown => report::markdown(&changes),
        DiffFormat::Github => {
            let (old_v, new_v) = (old_from.version(old), new_from.version(new));
            report::github(&changes, |c| locate::place(c, &old_v, &new_v))
        }
    };
    emit(&report)?;
    let fail_on = match fail_on {
        FailOn::Error => report::FailOn::Error,
        FailOn::Warning => report::FailOn::Warning,
        FailOn::Info => report::FailOn::Info,
        FailOn::None => report::FailOn::None,
    };
    Ok(if fail_on.is_met(&changes) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn compare(original: &Path, imported: &Path, format: CompareFormat, all: bool) -> Result<ExitCode, Error> {
    use codegen::compare::{self, report};
    let original = compare::read_document(original)?;
    let imported = if imported.is_dir() || imported.extension().is_some_and(|e| e == "md") {
        serde_json::to_value(load_version(imported)?.0).map_err(|e| Error::Generate(e.to_string()))?
    } else {
        compare::read_document(imported)?
    };
    let result = compare::compare(&original, &imported);
    match format {
        CompareFormat::Human => emit(&report::human(&result, all))?,
        CompareFormat::Json => emit(&report::json(&result))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Everything `cargo run -p codegen` would write, per provider: (path, content) pairs.
struct Planned {
    name: String,
    files: BTreeMap<PathBuf, String>,
    summary: String,
    /// The import's error-severity diagnostics that `codegen.toml` does not allow, rendered.
    blocking: Vec<String>,
}

fn plan(config: &Config) -> Result<Vec<Planned>, Error> {
    let mut out = Vec::new();
    for p in &config.providers {
        // `docs` names a doc folder, or an entry page file of a folder that holds several APIs.
        let docs = config.docs_dir(p);
        if !docs.is_dir() && !docs.is_file() {
            return Err(Error::Docs(format!(
                "{}: no doc folder or entry page at {} (docs_root in {}, or set {})",
                p.name,
                docs.display(),
                config.file.display(),
                codegen::config::DOCS_ENV
            )));
        }
        let spec_path = config.path(&p.spec);
        let mut files = BTreeMap::new();
        let imported = codegen::import_docs(&docs)?;
        let mut sources = render::Sources::new(&imported.root);
        let blocking = imported
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error && !p.allow_errors.iter().any(|c| c == d.code))
            .map(|d| sources.human(d))
            .collect();
        files.insert(spec_path.clone(), codegen::serialize_spec(&imported.spec, &spec_path));
        let summary = format!("{} operations, {}", imported.operation_count, counts(&imported.diagnostics));
        let options = codegen::GenOptions { crate_name: p.crate_name.clone(), templates_dir: None, module_only: false };
        let generated =
            client_gen::generate(&imported.spec, &options).map_err(|e| Error::Generate(format!("{}: {e}", p.name)))?;
        let client_dir = config.path(&p.client);
        let client_files = generated.files.len();
        for (rel, content) in generated.files {
            files.insert(client_dir.join(rel), content);
        }
        out.push(Planned {
            name: p.name.clone(),
            files,
            summary: format!("{summary}; client: {client_files} files in {}", p.client.display()),
            blocking,
        });
    }
    Ok(out)
}

/// Prints the blocking errors of every provider; true when there are any.
fn report_blocking(planned: &[Planned]) -> bool {
    let mut blocked = false;
    for p in planned.iter().filter(|p| !p.blocking.is_empty()) {
        blocked = true;
        for d in &p.blocking {
            eprint!("{d}");
        }
        eprintln!(
            "error: {}: {} error(s) in the docs (allow a code with `allow_errors = [\"code\"]` under its [[provider]] in codegen.toml)",
            p.name,
            p.blocking.len()
        );
    }
    blocked
}

fn regenerate_all(config_path: &Path) -> Result<ExitCode, Error> {
    let config = Config::load(config_path)?;
    let planned = plan(&config)?;
    for p in &planned {
        println!("{:<12} {}", p.name, p.summary);
    }
    if report_blocking(&planned) {
        eprintln!("error: nothing was written");
        return Ok(ExitCode::from(1));
    }
    for p in &planned {
        codegen::write_files(Path::new(""), &p.files)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn check(config_path: &Path) -> Result<ExitCode, Error> {
    let config = Config::load(config_path)?;
    let planned = plan(&config)?;
    let blocked = report_blocking(&planned);
    let mut stale = 0;
    for planned in &planned {
        for (path, want) in &planned.files {
            let have = std::fs::read_to_string(path).unwrap_or_default();
            if have != *want {
                stale += 1;
                let diff = similar::TextDiff::from_lines(&have, want);
                print!(
                    "{}",
                    diff.unified_diff()
                        .context_radius(3)
                        .header(&format!("a/{}", path.display()), &format!("b/{}", path.display()))
                );
            }
        }
        println!("{:<12} checked {} files", planned.name, planned.files.len());
    }
    if stale > 0 {
        println!("{stale} file(s) are stale: run `cargo run -p codegen` and commit the result");
        Ok(ExitCode::from(1))
    } else if blocked {
        Ok(ExitCode::from(1))
    } else {
        println!("everything is current");
        Ok(ExitCode::SUCCESS)
    }
}
