//! Text the model carries into the generated crate: doc comment lines and the crate version.

pub(super) fn semver_or_default(v: &str) -> String {
    let parts: Vec<&str> = v.trim_start_matches('v').split('.').collect();
    if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) {
        parts.join(".")
    } else {
        "0.1.0".to_string()
    }
}

/// `text` with `\r\n` and a lone `\r` made `\n`: a bare `\r` is not allowed in a doc comment.
pub(super) fn unix_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

pub(super) fn doc_lines(parts: &[Option<&str>]) -> Vec<String> {
    let mut out = Vec::new();
    for p in parts.iter().flatten() {
        let p = unix_newlines(p);
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(p.lines().map(|l| l.trim_end().replace('\t', "    ")));
    }
    crate::doc_fences::inert_code_blocks(out)
}
