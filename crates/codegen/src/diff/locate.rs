//! Where a change is, as a file and a line, for annotations: the doc page and line of the
//! operation (`x-source`) when a version is a doc folder, else the line of the operation in
//! the spec's text.

use super::{Change, ChangeKind};
use std::path::Path;

/// One version given to `codegen diff`.
pub enum Version<'a> {
    /// An imported doc set's root: sources are `x-source` values relative to it.
    Docs(&'a Path),
    /// A spec file and its text.
    Spec(&'a Path, &'a str),
}

/// The file and line of `change`: on the old version for a removed operation, on the new one
/// otherwise. `None` for changes outside operations on doc folders.
pub fn place(change: &Change, old: &Version, new: &Version) -> Option<(String, usize)> {
    let version = if change.kind == ChangeKind::OperationRemoved { old } else { new };
    match version {
        Version::Docs(root) => {
            let (file, line) = change.source.as_deref()?.rsplit_once(':')?;
            let path = root.join(file).to_string_lossy().replace('\\', "/");
            Some((path.strip_prefix("./").map(str::to_owned).unwrap_or(path), line.parse().ok()?))
        }
        Version::Spec(path, text) => {
            let file = path.to_string_lossy().replace('\\', "/");
            Some((file, operation_line(text, &change.location).unwrap_or(0)))
        }
    }
}

/// The 1-based line of the operation a location names (`GET /a/{id} ...`) in a YAML or JSON
/// spec: the method key after the path key, or the path key.
pub fn operation_line(text: &str, location: &str) -> Option<usize> {
    let mut words = location.split(' ');
    let method = words.next().filter(|m| m.chars().all(|c| c.is_ascii_uppercase()))?.to_ascii_lowercase();
    let path = words.next().filter(|p| p.starts_with('/'))?;
    let is_key = |line: &str, key: &str| {
        let t = line.trim_start().trim_start_matches(['"', '\'']);
        t.strip_prefix(key).is_some_and(|rest| rest.trim_start_matches(['"', '\'']).trim_start().starts_with(':'))
    };
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| is_key(l, path))?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let base = indent(lines[at]);
    for (i, l) in lines.iter().enumerate().skip(at + 1) {
        if !l.trim().is_empty() && indent(l) <= base {
            break;
        }
        if is_key(l, &method) {
            return Some(i + 1);
        }
    }
    Some(at + 1)
}

#[cfg(test)]
mod tests {
    use super::operation_line;

    #[test]
    fn finds_the_method_under_its_path() {
        let yaml = "paths:\n  /a:\n    get:\n      x: 1\n  /a/{id}:\n    put: {}\n    get:\n      y: 2\n";
        assert_eq!(operation_line(yaml, "GET /a/{id} response 200"), Some(7));
        assert_eq!(operation_line(yaml, "GET /a"), Some(3));
        assert_eq!(operation_line(yaml, "DELETE /a"), Some(2));
        assert_eq!(operation_line(yaml, "security"), None);
        let json = "{\n \"paths\": {\n  \"/a\": {\n   \"get\": {}\n  }\n }\n}";
        assert_eq!(operation_line(json, "GET /a"), Some(4));
    }
}
