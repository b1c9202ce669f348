//! `codegen compare ORIGINAL IMPORTED`: how much of an original OpenAPI spec an imported one
//! (e.g. the import of docs rendered from the original) kept, and what it invented.
//!
//! Each category counts items of the original, of the import and of both, giving recall
//! (`matched / original`: what was kept) and precision (`matched / imported`: what is not
//! invented); a ratio over nothing is 1.0. The categories:
//!
//! - **operations**: matched by method and path template with parameter names erased
//!   (`/pets/{id}` = `/pets/{petId}`), trailing slash ignored, the first server's base path
//!   prefixed (`https://h/v1` + `/pets` = `https://h` + `/v1/pets`); operations left over are
//!   then matched by method and path alone (a wrong base path is counted in servers);
//! - on the matched operations only (so that a lost operation is counted once, above):
//!   **parameters** (by location and name, headers case-insensitive, path parameters by
//!   position; `Accept`, `Content-Type` and `Authorization` headers ignored, as OpenAPI says),
//!   **request properties** and **response properties** (property paths such as
//!   `owner.name` or `items[].id`, over every media type and, for responses, every 2xx status;
//!   `$ref`s followed, `allOf` merged, `oneOf`/`anyOf` alternatives united), **statuses**
//!   (per operation), **summaries** (equal text, whitespace collapsed), **tags** (per operation:
//!   the original's first tag, the grouping a document files the operation under, against every
//!   tag of the import; the other tags of an operation filed under several are not on its page);
//! - on the matched parameters and properties: **types** (the same `type`; recall over the
//!   original's typed ones, precision over the import's), **required** (the required marks),
//!   **enum values** (each value of each enum);
//! - **security schemes** by contract (`http bearer`, `apiKey query key`, `oauth2
//!   authorizationCode`; names ignored) and **servers** by origin (scheme and host; their
//!   base paths count in the operations).
//!
//! Both documents are read as JSON values, so an original the typed model would refuse (an
//! unusual extension, a loose field) is still compared.

pub mod facts;
pub mod report;
pub mod schema;

use facts::{Facts, Operation};
use schema::Field;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The categories, in report order.
pub const CATEGORIES: [&str; 12] = [
    "operations",
    "parameters",
    "request properties",
    "response properties",
    "types",
    "required",
    "enum values",
    "statuses",
    "security schemes",
    "servers",
    "summaries",
    "tags",
];

/// One category's counts, and what was lost and invented.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Category {
    /// One of [`CATEGORIES`].
    pub name: &'static str,
    /// Items in the original.
    pub original: usize,
    /// Items in the import.
    pub imported: usize,
    /// Items in both.
    pub matched: usize,
    /// The original's items the import lacks (or has wrong), with where they are.
    pub lost: Vec<String>,
    /// The import's items the original lacks.
    pub invented: Vec<String>,
}

impl Category {
    fn new(name: &'static str) -> Self {
        Category { name, ..Category::default() }
    }

    /// `matched / original`, 1.0 when the original has none.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.original)
    }

    /// `matched / imported`, 1.0 when the import has none.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.imported)
    }

    /// Counts two sets of labelled items.
    fn sets(&mut self, original: &BTreeSet<String>, imported: &BTreeSet<String>) {
        self.original += original.len();
        self.imported += imported.len();
        self.matched += original.intersection(imported).count();
        self.lost.extend(original.difference(imported).cloned());
        self.invented.extend(imported.difference(original).cloned());
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The comparison of two documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Every category of [`CATEGORIES`], in that order.
    pub categories: Vec<Category>,
}

impl Report {
    /// The category named `name` (one of [`CATEGORIES`]).
    pub fn category(&self, name: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.name == name)
    }
}

/// Reads a spec file (YAML or JSON) as a JSON value; only OpenAPI 3.0.x documents are accepted.
pub fn read_document(path: &Path) -> Result<Value, crate::Error> {
    let text = std::fs::read_to_string(path).map_err(|e| crate::Error::Io(path.to_path_buf(), e))?;
    parse_document(&text).map_err(|m| crate::Error::Spec(path.to_path_buf(), m))
}

/// Parses a spec (YAML or JSON text) as a JSON value; only OpenAPI 3.0.x documents are accepted.
pub fn parse_document(text: &str) -> Result<Value, String> {
    let raw: Value = if text.trim_start().starts_with('{') {
        serde_json::from_str(text).map_err(|e| e.to_string())?
    } else {
        yaml_serde::from_str(text).map_err(|e| e.to_string())?
    };
    crate::unsupported_version(&raw)?;
    Ok(raw)
}

/// Compares `imported` with `original`, both OpenAPI 3.0 documents as JSON values.
pub fn compare(original: &Value, imported: &Value) -> Report {
    let (o, i) = (facts::read(original), facts::read(imported));
    let mut cats: BTreeMap<&'static str, Category> = CATEGORIES.iter().map(|n| (*n, Category::new(n))).collect();
    operations(&o, &i, &mut cats);
    let (os, is) = (labelled(&o.security_schemes, ""), labelled(&i.security_schemes, ""));
    cats.get_mut("security schemes").expect("category").sets(&os, &is);
    let (os, is) = (labelled(&o.servers, ""), labelled(&i.servers, ""));
    cats.get_mut("servers").expect("category").sets(&os, &is);
    let categories = CATEGORIES.iter().map(|n| cats.remove(n).expect("every category")).collect();
    Report { categories }
}

fn labelled(items: &BTreeSet<String>, prefix: &str) -> BTreeSet<String> {
    items.iter().map(|s| format!("{prefix}{s}")).collect()
}

/// Pairs the operations: by method and full path (base path included), then the rest by
/// method and path alone, so that a wrong base path (counted in servers) does not hide what
/// the operations kept.
fn pair_operations<'a>(o: &'a Facts, i: &'a Facts) -> Vec<(&'a Operation, &'a Operation)> {
    let mut pairs = Vec::new();
    let mut used = BTreeSet::new();
    let mut rest = Vec::new();
    for (key, oo) in &o.operations {
        match i.operations.get(key) {
            Some(io) => {
                used.insert(key.as_str());
                pairs.push((oo, io));
            }
            None => rest.push(oo),
        }
    }
    for oo in rest {
        let found = i.operations.iter().find(|(k, io)| !used.contains(k.as_str()) && io.bare_key == oo.bare_key);
        if let Some((k, io)) = found {
            used.insert(k.as_str());
            pairs.push((oo, io));
        }
    }
    pairs
}

fn operations(o: &Facts, i: &Facts, cats: &mut BTreeMap<&'static str, Category>) {
    let pairs = pair_operations(o, i);
    let ops = cats.get_mut("operations").expect("category");
    ops.original = o.operations.len();
    ops.imported = i.operations.len();
    ops.matched = pairs.len();
    let kept: BTreeSet<*const Operation> = pairs.iter().map(|(oo, _)| *oo as *const Operation).collect();
    let found: BTreeSet<*const Operation> = pairs.iter().map(|(_, io)| *io as *const Operation).collect();
    ops.lost.extend(
        o.operations.values().filter(|op| !kept.contains(&(*op as *const Operation))).map(|op| op.label.clone()),
    );
    ops.invented.extend(
        i.operations.values().filter(|op| !found.contains(&(*op as *const Operation))).map(|op| op.label.clone()),
    );
    for (oo, io) in pairs {
        let loc = &oo.label;
        fields(cats, "parameters", loc, "", &oo.parameters, &io.parameters);
        fields(cats, "request properties", loc, "request ", &oo.request, &io.request);
        fields(cats, "response properties", loc, "response ", &oo.response, &io.response);
        per_operation(cats, oo, io);
    }
}

fn per_operation(cats: &mut BTreeMap<&'static str, Category>, oo: &Operation, io: &Operation) {
    let loc = &oo.label;
    let (os, is) = (labelled(&oo.statuses, &format!("{loc} ")), labelled(&io.statuses, &format!("{loc} ")));
    cats.get_mut("statuses").expect("category").sets(&os, &is);
    // The original's first tag only: a document files an operation under one heading, so the
    // other tags of an operation filed under several are not in the docs to be read.
    let first: BTreeSet<String> = oo.first_tag.iter().cloned().collect();
    let (os, is) = (labelled(&first, &format!("{loc} ")), labelled(&io.tags, &format!("{loc} ")));
    cats.get_mut("tags").expect("category").sets(&os, &is);
    let summary = |s: &Option<String>| s.iter().map(|s| format!("{loc}: {s}")).collect::<BTreeSet<_>>();
    cats.get_mut("summaries").expect("category").sets(&summary(&oo.summary), &summary(&io.summary));
}

/// Compares two keyed field sets: presence in `name`, then types, required marks and enum
/// values of the matched ones.
fn fields(
    cats: &mut BTreeMap<&'static str, Category>,
    name: &'static str,
    loc: &str,
    side: &str,
    o: &BTreeMap<String, Field>,
    i: &BTreeMap<String, Field>,
) {
    let show = |key: &str, f: &Field| {
        let key = if f.name.is_empty() || key.ends_with(&format!(" {}", f.name)) {
            key.to_owned()
        } else {
            format!("{key} ({})", f.name)
        };
        format!("{loc} {side}{key}")
    };
    let presence = cats.get_mut(name).expect("category");
    presence.original += o.len();
    presence.imported += i.len();
    presence.lost.extend(o.iter().filter(|(k, _)| !i.contains_key(*k)).map(|(k, f)| show(k, f)));
    presence.invented.extend(i.iter().filter(|(k, _)| !o.contains_key(*k)).map(|(k, f)| show(k, f)));
    let matched: Vec<(String, &Field, &Field)> =
        o.iter().filter_map(|(k, of)| i.get(k).map(|inf| (show(k, of), of, inf))).collect();
    presence.matched += matched.len();
    for (label, of, inf) in &matched {
        let types = cats.get_mut("types").expect("category");
        let show_ty = |t: &Option<String>| t.clone().unwrap_or_else(|| "(none)".into());
        types.original += usize::from(of.ty.is_some());
        types.imported += usize::from(inf.ty.is_some());
        if of.ty.is_some() && of.ty == inf.ty {
            types.matched += 1;
        } else {
            if of.ty.is_some() {
                types.lost.push(format!("{label}: {} (imported: {})", show_ty(&of.ty), show_ty(&inf.ty)));
            }
            if inf.ty.is_some() {
                types.invented.push(format!("{label}: {} (original: {})", show_ty(&inf.ty), show_ty(&of.ty)));
            }
        }
        let required = cats.get_mut("required").expect("category");
        required.original += usize::from(of.required);
        required.imported += usize::from(inf.required);
        match (of.required, inf.required) {
            (true, true) => required.matched += 1,
            (true, false) => required.lost.push(format!("{label}: required")),
            (false, true) => required.invented.push(format!("{label}: required")),
            (false, false) => {}
        }
        let values = |f: &Field| f.enumeration.iter().map(|v| format!("{label}: {v}")).collect::<BTreeSet<_>>();
        cats.get_mut("enum values").expect("category").sets(&values(of), &values(inf));
    }
}
