//! The hand-checked expectations files (`tests/corpus/<set>.toml`) and where their sets are.

use super::*;

/// One expectations file.
#[derive(Debug, Deserialize)]
pub(crate) struct Expectations {
    pub(crate) set: String,
    /// The scoreboard's name for it (the file's stem): the set, or the set and which of its
    /// APIs when a folder holds several.
    #[serde(default)]
    pub(crate) name: Option<String>,
    pub(crate) entry: String,
    #[serde(default)]
    pub(crate) root: Option<String>,
    #[serde(default, rename = "server")]
    pub(crate) servers: Vec<ExpectedServer>,
    #[serde(default)]
    pub(crate) auth: Vec<ExpectedAuth>,
    #[serde(default)]
    pub(crate) rate_limit: Option<ExpectedRateLimit>,
    /// Headers the docs require on every request (`User-Agent`, `Accept`, `Content-Type`).
    #[serde(default, rename = "required_header")]
    pub(crate) required_headers: Vec<ExpectedHeader>,
    #[serde(default, rename = "operation")]
    pub(crate) operations: Vec<ExpectedOperation>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ExpectedServer {
    pub(crate) url: String,
    #[serde(default)]
    pub(crate) default: bool,
    /// The environment the docs name it for (`production`, `sandbox`, `eu`): a sample on a
    /// server of another environment than the default's is the same call after `.server(..)`.
    #[serde(default)]
    pub(crate) environment: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ExpectedAuth {
    pub(crate) kind: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ExpectedHeader {
    pub(crate) name: String,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ExpectedRateLimit {
    pub(crate) requests: Option<u64>,
    pub(crate) per_seconds: Option<u64>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct ExpectedOperation {
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) source: String,
    #[serde(default)]
    pub(crate) paginated: bool,
    pub(crate) query: Option<Vec<String>>,
    pub(crate) sample_url: Option<String>,
    /// A limit the docs state for this endpoint alone (an operation-level `x-rate-limit`).
    #[serde(default)]
    pub(crate) rate_limit: Option<ExpectedRateLimit>,
    /// A method OpenAPI 3.0 cannot hold (LINK, UNLINK): the importer must skip it with a
    /// `nonstandard-method` diagnostic in the source's file naming the method, not as a path
    /// item. Such an operation counts as imported and matched when the diagnostic is there.
    #[serde(default)]
    pub(crate) nonstandard: bool,
}

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub(crate) fn root_of(kind: Option<&str>) -> PathBuf {
    let (var, default) = match kind {
        Some("docs") => ("SLATE_DOCS_DIR", "../shared/docs"),
        _ => ("SLATE_CORPUS_DIR", "../shared/corpus"),
    };
    std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| repo().join(default))
}

pub(crate) fn expectations() -> Vec<Expectations> {
    let dir = repo().join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|f: &PathBuf| {
            let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let exp: Expectations = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            let name = exp.name.as_deref().unwrap_or(&exp.set);
            assert_eq!(Path::new(f).file_stem().and_then(|s| s.to_str()), Some(name), "{}", f.display());
            assert!(!exp.operations.is_empty(), "{}: no operations expected", f.display());
            exp
        })
        .collect()
}
