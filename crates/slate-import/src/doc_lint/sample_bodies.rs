//! The body a code sample in another language (JavaScript, Python, Ruby…) sends against the
//! curl sample's body of the same request: language tabs show one request, so a field one of
//! them sends and the other leaves out (`userRoleId` beside the curl's `userRolesId`) is a slip
//! in one of them. Values are left alone: tabs often show other sample data. Reported at the other language's body,
//! naming the curl sample's line. (The field table against these bodies is `fields`'.)

use super::body_keys;
use crate::blocks::{BlockKind, Outline};
use crate::curl::split_url;
use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::lenient_json::parse_lenient;
use crate::model::{Model, Operation};
use crate::vocabulary::CODE_SAMPLE_LANGS;
use serde_json::Value;
use std::collections::BTreeMap;

/// One body an other-language sample of an operation sends.
pub(super) struct SampleBody {
    /// The operation (index into the model's operations).
    pub op: usize,
    /// The sample's language, as its code block names it (lower case).
    pub lang: String,
    /// The object it sends.
    pub value: Value,
    /// Where the literal opens.
    pub pos: Pos,
}

/// The section each position is in: the last section of its file that starts at or before it.
fn section_of(starts: &BTreeMap<&str, Vec<(usize, usize)>>, pos: &Pos) -> Option<usize> {
    let list = starts.get(pos.file.as_str())?;
    let i = list.partition_point(|(line, _)| *line <= pos.line);
    i.checked_sub(1).map(|i| list[i].1)
}

/// The bodies the other-language samples of each operation send. A sample belongs to the one
/// operation of its section group, or, where the group has several, to the one whose curl
/// sample calls the path the sample's URL names.
pub(super) fn of_operations(outline: &Outline, model: &Model) -> Vec<SampleBody> {
    let mut starts: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (i, s) in outline.sections.iter().enumerate() {
        starts.entry(s.pos.file.as_str()).or_default().push((s.pos.line, i));
    }
    starts.values_mut().for_each(|l| l.sort());
    let owner = |pos: &Pos| section_of(&starts, pos).and_then(|s| model.owner_of.get(s).copied());
    let mut ops_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, op) in model.operations.iter().enumerate() {
        if let Some(o) = owner(&op.source) {
            ops_of.entry(o).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (i, s) in outline.sections.iter().enumerate() {
        let Some(ops) = model.owner_of.get(i).and_then(|o| ops_of.get(o)) else { continue };
        for b in &s.blocks {
            let BlockKind::Code { lang: Some(lang), text } = &b.kind else { continue };
            let lang = lang.to_ascii_lowercase();
            if !CODE_SAMPLE_LANGS.contains(&lang.as_str()) {
                continue;
            }
            let op = match ops.as_slice() {
                [one] => *one,
                many => {
                    let called: Vec<String> = crate::code_urls::urls(text)
                        .iter()
                        .map(|u| split_url(&u.url).path.trim_end_matches('/').to_owned())
                        .collect();
                    let Some(op) = many.iter().copied().find(|o| {
                        model.operations[*o]
                            .curls
                            .iter()
                            .any(|(c, _)| called.contains(&split_url(&c.url).path.trim_end_matches('/').to_owned()))
                    }) else {
                        continue;
                    };
                    op
                }
            };
            for body in crate::code_bodies::bodies(text) {
                let pos = Pos::new(&b.pos.file, b.pos.line + body.line);
                out.push(SampleBody { op, lang: lang.clone(), value: body.value, pos });
            }
        }
    }
    out
}

/// The JSON bodies of an operation's curl samples, with the curl's position.
fn curl_bodies(op: &Operation) -> Vec<(Value, &Pos)> {
    let mut out = Vec::new();
    for (call, pos) in &op.curls {
        for (_, d) in &call.data {
            let t = d.trim();
            if t.starts_with('{') {
                if let Some(v) = parse_lenient(t).map(|p| p.value).filter(Value::is_object) {
                    out.push((v, pos));
                }
            }
        }
    }
    out
}

/// What the sample's body does differently from the curl's, in words; empty if nothing.
fn differences(curl: &Value, other: &Value, documented: &dyn Fn(&str) -> bool) -> Vec<String> {
    let (ck, ok) = (body_keys(curl, documented), body_keys(other, documented));
    let mut out = Vec::new();
    for k in ok.iter().filter(|k| !ck.contains(k)) {
        out.push(format!("sends `{k}`, which the curl sample does not"));
    }
    for k in ck.iter().filter(|k| !ok.contains(k)) {
        out.push(format!("leaves out `{k}`, which the curl sample sends"));
    }
    out
}

pub(super) fn check(model: &Model, samples: &[SampleBody], diags: &mut Diagnostics) {
    for s in samples {
        let op = &model.operations[s.op];
        let curls = curl_bodies(op);
        let Some((first, curl_at)) = curls.first() else { continue };
        let rows = crate::spec::table_rows(op, &[crate::tables::Location::Body, crate::tables::Location::Form]);
        let documented = |k: &str| rows.iter().any(|r| r.name.trim_matches('`').eq_ignore_ascii_case(k));
        if curls.iter().any(|(c, _)| differences(c, &s.value, &documented).is_empty()) {
            continue;
        }
        let what = differences(first, &s.value, &documented);
        diags.emit(
            Severity::Warning,
            Code::SampleBodyMismatch,
            &s.pos,
            format!(
                "the {} sample's body of {} {} {}; the curl sample at {curl_at} sends the same request",
                s.lang,
                op.method,
                op.path,
                what.join(", ")
            ),
            Some("show one request in every language: give both samples the same body".into()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_that_differ_values_aside() {
        let none = |_: &str| false;
        let curl = json!({"name": "Anna", "city": "Stockholm", "limit": 10});
        assert!(differences(&curl, &json!({"limit": 100, "city": "Uppsala", "name": "Bo"}), &none).is_empty());
        let d = differences(&curl, &json!({"name": "Anna", "limit": 100, "zip": "123"}), &none);
        assert_eq!(
            d,
            vec!["sends `zip`, which the curl sample does not", "leaves out `city`, which the curl sample sends"]
        );
        // A one-key wrapper no table documents is looked through on both sides.
        let wrapped = json!({"customer": {"name": "Anna", "city": "Stockholm", "limit": 10}});
        assert!(differences(&wrapped, &curl, &none).is_empty());
        // A documented wrapper is a field of its own.
        let documented = |k: &str| k == "customer";
        assert_eq!(differences(&wrapped, &curl, &documented).len(), 4);
    }
}
