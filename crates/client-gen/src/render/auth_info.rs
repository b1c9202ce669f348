//! What the auth template needs beyond the schemes: the credential hints, the schemes used
//! together or alone, and the `sign_with` example of `x-request-signing`.

use super::Hint;
use crate::model::{ClientModel, RequestSigning};

/// What the auth template needs beyond the schemes.
pub(super) struct AuthInfo {
    pub(super) hints: Vec<Hint>,
    pub(super) joint: Vec<Vec<String>>,
    pub(super) single: Vec<String>,
    pub(super) raw: Vec<Vec<String>>,
    pub(super) example: Vec<String>,
}

impl AuthInfo {
    pub(super) fn new(model: &ClientModel) -> Self {
        let ops = &model.operations;
        // Operations that can fail for want of credentials, grouped by what they need.
        let mut groups: Vec<(Vec<Vec<String>>, Vec<String>)> = Vec::new();
        for op in ops.iter().filter(|o| !o.security.is_empty() && o.security.iter().all(|alt| !alt.is_empty())) {
            // A duplicate operationId is matched once (a second arm would be unreachable).
            if groups.iter().any(|(_, ids)| ids.contains(&op.id)) {
                continue;
            }
            match groups.iter_mut().find(|(security, _)| *security == op.security) {
                Some((_, ids)) => ids.push(op.id.clone()),
                None => groups.push((op.security.clone(), vec![op.id.clone()])),
            }
        }
        // The largest group is the default (`_`) arm, the others are matched by id.
        let largest = (0..groups.len()).max_by_key(|i| (groups[*i].1.len(), std::cmp::Reverse(*i)));
        if let Some(i) = largest {
            let g = groups.remove(i);
            groups.push(g);
        }
        let mut hints: Vec<Hint> = groups
            .into_iter()
            .map(|(security, operations)| Hint {
                operations,
                text: format!(
                    "call {} on the builder",
                    model.credentials_text(&security).unwrap_or_else(|| "the credential setters".into())
                ),
            })
            .collect();
        if hints.is_empty() {
            let all: Vec<Vec<String>> = model.auth.iter().map(|a| vec![a.variant.clone()]).collect();
            let text = model.credentials_text(&all).unwrap_or_else(|| "the credential setters".into());
            hints.push(Hint { operations: vec![], text: format!("call {text} on the builder") });
        }
        let mut joint: Vec<Vec<String>> = Vec::new();
        let mut single: Vec<String> = Vec::new();
        for alt in ops.iter().flat_map(|o| o.security.iter()) {
            match alt.as_slice() {
                [] => {}
                [one] => {
                    if !single.contains(one) {
                        single.push(one.clone());
                    }
                }
                _ => {
                    if !joint.contains(alt) {
                        joint.push(alt.clone());
                    }
                }
            }
        }
        // Keep the schemes' order (the `Scheme` enum's), for stable output.
        let order = |v: &String| model.auth.iter().position(|a| &a.variant == v);
        single.sort_by_key(order);
        let mut raw: Vec<Vec<String>> = model.default_security.clone();
        for a in &model.auth {
            let alone = vec![a.variant.clone()];
            if !raw.contains(&alone) {
                raw.push(alone);
            }
        }
        raw.push(vec![]);
        let first =
            model.default_security.first().cloned().or_else(|| model.auth.first().map(|a| vec![a.variant.clone()]));
        let example = first
            .unwrap_or_default()
            .iter()
            .filter_map(|v| model.auth.iter().find(|a| &a.variant == v))
            .enumerate()
            .map(|(i, a)| {
                let var =
                    if i == 0 { "API_KEY".to_string() } else { crate::names::unraw(&a.setter).to_ascii_uppercase() };
                if a.kind == "basic" {
                    format!(".{}(\"user\", \"password\")", a.setter)
                } else {
                    format!(".{}(std::env::var({var:?}).unwrap_or_default())", a.setter)
                }
            })
            .collect();
        AuthInfo { hints, joint, single, raw, example }
    }
}

/// A `sign_with` closure doing what `x-request-signing` says, as doc-test code: lines starting
/// with `# ` are hidden in rustdoc and left out of the README.
pub(super) fn signing_example(model: &ClientModel, s: &RequestSigning, auth: &AuthInfo) -> String {
    let algorithm = if s.algorithm.is_empty() { "The signature" } else { s.algorithm.as_str() };
    let crates = {
        let a = s.algorithm.to_ascii_lowercase();
        if a.contains("hmac") && a.contains("sha") {
            let sha = if a.contains("sha1") || a.contains("sha-1") { "sha1" } else { "sha2" };
            format!(", e.g. with the `hmac` and `{sha}` crates")
        } else {
            String::new()
        }
    };
    let add = |name: &str, value: &str| -> String {
        match s.location.as_str() {
            "header" => format!("request.headers_mut().insert({:?}, {value}.parse()?);", name.to_ascii_lowercase()),
            "query" => format!("request.url_mut().query_pairs_mut().append_pair({name:?}, &{value});"),
            _ => format!(
                "// Put `{value}` where the API expects it ({}).",
                if s.placement.is_empty() { "see the docs" } else { &s.placement }
            ),
        }
    };
    let mut lines = vec![
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_string(),
        "use std::time::{SystemTime, UNIX_EPOCH};".to_string(),
        String::new(),
        format!("/// {algorithm} of `message` under `key`: bring your own{crates}."),
        "fn sign(key: &[u8], message: &[u8]) -> String {".to_string(),
        format!(
            "    unimplemented!(\"{} of {{}} bytes with a {{}}-byte key\", message.len(), key.len())",
            algorithm.replace('"', "'")
        ),
        "}".to_string(),
        String::new(),
        "let secret = std::env::var(\"API_SECRET\")?;".to_string(),
        format!("let client = {}::Client::builder()", model.crate_ident),
    ];
    for call in &auth.example {
        lines.push(format!("    {}", call.replace(".unwrap_or_default()", "?")));
    }
    lines.push("    .sign_with(move |request| {".to_string());
    if !s.timestamp.is_empty() {
        lines.push(
            "        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_millis().to_string();".to_string(),
        );
        lines.push(format!("        {}", add(&s.timestamp, "now")));
    } else {
        lines.push(
            "        let _ = SystemTime::now().duration_since(UNIX_EPOCH)?; // if the signature covers a time"
                .to_string(),
        );
    }
    if !s.signs.is_empty() {
        lines.push(format!("        // Signed: the {}.", s.signs));
    }
    if !s.timestamp.is_empty() && s.location == "header" {
        lines.push("        let mut message = now.as_bytes().to_vec();".to_string());
        lines.push(
            "        message.extend_from_slice(request.url().query().unwrap_or_default().as_bytes());".to_string(),
        );
    } else {
        lines.push(
            "        let mut message = request.url().query().unwrap_or_default().as_bytes().to_vec();".to_string(),
        );
    }
    lines.push("        if let Some(body) = request.body().and_then(|body| body.as_bytes()) {".to_string());
    lines.push("            message.extend_from_slice(body);".to_string());
    lines.push("        }".to_string());
    lines.push("        let signature = sign(secret.as_bytes(), &message);".to_string());
    let name = if s.name.is_empty() { "signature" } else { s.name.as_str() };
    lines.push(format!("        {}", add(name, "signature")));
    lines.push("        Ok(())".to_string());
    lines.push("    })".to_string());
    lines.push("    .build()?;".to_string());
    lines.push("# let _ = client;".to_string());
    lines.push("# Ok(())".to_string());
    lines.push("# }".to_string());
    lines.join("\n")
}
