//! The `codegen` command: import docs into OpenAPI, lint them, generate Rust clients, and
//! (with no arguments) regenerate every provider listed in `codegen.toml`.
//!
//! Exit codes: 0 success; 1 `lint` found a denied diagnostic, `check` found stale files, or
//! `diff` found changes its `--fail-on` names; 2 the input could not be read or written (bad
//! folder, bad spec, bad config).

use clap::{Parser, Subcommand, ValueEnum};
use codegen::config::Config;
use codegen::render;
use codegen::{Diagnostic, Error, Severity};
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
        /// The doc folder (Slate `index.html.md`, `source/index.html.md`, or a README).
        docs: PathBuf,
        /// Output file; standard output when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Report every problem and gap in a doc folder, with file and line.
    Lint {
        /// The doc folder.
        docs: PathBuf,
        /// Output format.
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
    /// classified breaking or non-breaking for a client.
    Diff {
        /// The old version: a spec (YAML or JSON) or a doc folder.
        old: PathBuf,
        /// The new version: a spec (YAML or JSON) or a doc folder.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        /// Exit 1 when a breaking change exists, when any change exists, or never.
        #[arg(long, value_enum, default_value = "breaking")]
        fail_on: FailOn,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Breaking,
    Any,
    None,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => regenerate_all(&cli.config),
        Some(Command::Import { docs, output }) => import(&docs, output.as_deref()),
        Some(Command::Lint { docs, format, deny, allow, verbose }) => lint(&docs, format, &deny, &allow, verbose),
        Some(Command::Generate { spec, output, crate_name, templates }) => {
            generate(&spec, &output, crate_name, templates)
        }
        Some(Command::Check) => check(&cli.config),
        Some(Command::Diff { old, new, format, fail_on }) => diff(&old, &new, format, fail_on),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn import(docs: &Path, output: Option<&Path>) -> Result<ExitCode, Error> {
    let imported = codegen::import_docs(docs)?;
    for d in imported.diagnostics.iter().filter(|d| d.severity >= Severity::Warning) {
        eprint!("{}", render::human(d, docs));
    }
    let infos = imported.diagnostics.iter().filter(|d| d.severity == Severity::Info).count();
    eprintln!("{} operations; {infos} info diagnostics (see `codegen lint`)", imported.operation_count);
    match output {
        Some(path) => {
            let text = codegen::serialize_spec(&imported.spec, path);
            codegen::write_files(Path::new("."), &BTreeMap::from([(path.to_path_buf(), text)]))?;
        }
        None => print!("{}", slate_import::to_yaml(&imported.spec)),
    }
    Ok(ExitCode::SUCCESS)
}

fn lint(docs: &Path, format: Format, deny: &[String], allow: &[String], verbose: bool) -> Result<ExitCode, Error> {
    let imported = codegen::import_docs(docs)?;
    let diags: Vec<Diagnostic> =
        imported.diagnostics.into_iter().filter(|d| !allow.iter().any(|a| a == d.code)).collect();
    let failing = diags.iter().any(|d| d.severity == Severity::Error || deny.iter().any(|c| c == d.code));
    match format {
        Format::Json => print!("{}", render::json(&diags)),
        Format::Human => {
            for d in diags.iter().filter(|d| verbose || d.severity > Severity::Info) {
                print!("{}", render::human(d, docs));
            }
            print!("{}", render::summary(&diags));
        }
    }
    Ok(if failing { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn generate(
    spec: &Path,
    output: &Path,
    crate_name: Option<String>,
    templates: Option<PathBuf>,
) -> Result<ExitCode, Error> {
    let spec = codegen::read_spec(spec)?;
    let options = codegen::GenOptions { crate_name, templates_dir: templates, module_only: false };
    let generated = client_gen::generate(&spec, &options).map_err(|e| Error::Generate(e.to_string()))?;
    for d in &generated.diagnostics {
        eprintln!("{:?}: {}: {}", d.severity, d.location, d.message);
    }
    codegen::write_files(output, &generated.files)?;
    eprintln!("wrote {} files to {}", generated.files.len(), output.display());
    Ok(ExitCode::SUCCESS)
}

/// A spec read from a file, or imported from a doc folder (its diagnostics only counted).
fn load_version(path: &Path) -> Result<openapiv3::OpenAPI, Error> {
    if !path.is_dir() {
        return codegen::read_spec(path);
    }
    let imported = codegen::import_docs(path)?;
    let count = |s: Severity| imported.diagnostics.iter().filter(|d| d.severity == s).count();
    eprintln!(
        "imported {}: {} operations, {} errors, {} warnings (see `codegen lint`)",
        path.display(),
        imported.operation_count,
        count(Severity::Error),
        count(Severity::Warning)
    );
    Ok(imported.spec)
}

fn diff(old: &Path, new: &Path, format: Format, fail_on: FailOn) -> Result<ExitCode, Error> {
    use codegen::diff::report;
    let changes = codegen::diff::diff(&load_version(old)?, &load_version(new)?);
    match format {
        Format::Human => print!("{}", report::human(&changes)),
        Format::Json => print!("{}", report::json(&changes)),
    }
    let fail_on = match fail_on {
        FailOn::Breaking => report::FailOn::Breaking,
        FailOn::Any => report::FailOn::Any,
        FailOn::None => report::FailOn::None,
    };
    Ok(if fail_on.is_met(&changes) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Everything `cargo run -p codegen` would write, per provider: (path, content) pairs.
struct Planned {
    name: String,
    files: BTreeMap<PathBuf, String>,
    summary: String,
}

fn plan(config: &Config) -> Result<Vec<Planned>, Error> {
    let mut out = Vec::new();
    for p in &config.providers {
        let docs = config.docs_dir(p);
        let spec_path = config.path(&p.spec);
        let mut files = BTreeMap::new();
        let (spec, summary) = if docs.is_dir() {
            let imported = codegen::import_docs(&docs)?;
            let count = |s: Severity| imported.diagnostics.iter().filter(|d| d.severity == s).count();
            files.insert(spec_path.clone(), codegen::serialize_spec(&imported.spec, &spec_path));
            let s = format!(
                "{} operations, {} errors, {} warnings, {} info",
                imported.operation_count,
                count(Severity::Error),
                count(Severity::Warning),
                count(Severity::Info)
            );
            (imported.spec, s)
        } else {
            eprintln!("note: {}: docs not found at {}; using the committed spec", p.name, docs.display());
            (codegen::read_spec(&spec_path)?, "spec reused (docs absent)".to_owned())
        };
        let options = codegen::GenOptions { crate_name: p.crate_name.clone(), templates_dir: None, module_only: false };
        let generated =
            client_gen::generate(&spec, &options).map_err(|e| Error::Generate(format!("{}: {e}", p.name)))?;
        let client_dir = config.path(&p.client);
        let client_files = generated.files.len();
        for (rel, content) in generated.files {
            files.insert(client_dir.join(rel), content);
        }
        out.push(Planned {
            name: p.name.clone(),
            files,
            summary: format!("{summary}; client: {client_files} files in {}", p.client.display()),
        });
    }
    Ok(out)
}

fn regenerate_all(config_path: &Path) -> Result<ExitCode, Error> {
    let config = Config::load(config_path)?;
    for planned in plan(&config)? {
        codegen::write_files(Path::new(""), &planned.files)?;
        println!("{:<12} {}", planned.name, planned.summary);
    }
    Ok(ExitCode::SUCCESS)
}

fn check(config_path: &Path) -> Result<ExitCode, Error> {
    let config = Config::load(config_path)?;
    let mut stale = 0;
    for planned in plan(&config)? {
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
    } else {
        println!("everything is current");
        Ok(ExitCode::SUCCESS)
    }
}
