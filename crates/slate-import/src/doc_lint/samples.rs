//! Code samples: shell samples whose line continuations break the command, JavaScript samples
//! whose brackets do not balance, and curl samples that send another method than the request
//! line they illustrate.

use crate::blocks::{BlockKind, Outline};
use crate::diag::{Code, Diagnostics, Pos, Severity};
use crate::evidence::SectionEvidence;
use crate::model::Model;
use crate::vocabulary::{JS_LANGS, SHELL_LANGS};
use std::collections::BTreeMap;

pub(super) fn check(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    for s in &outline.sections {
        for b in &s.blocks {
            let BlockKind::Code { lang: Some(lang), text } = &b.kind else { continue };
            let lang = lang.to_ascii_lowercase();
            let at = |i: usize| Pos::new(&b.pos.file, b.pos.line + i);
            if SHELL_LANGS.contains(&lang.as_str()) {
                for call in crate::curl::parse_curl_commands(text).iter().filter(|c| c.url.trim().is_empty()) {
                    diags.emit(
                        Severity::Warning,
                        Code::SampleUnparsable,
                        &at(call.line),
                        "the curl command names no URL: its line ends before the URL (a line break without a backslash?)",
                        Some("end every line of the command but the last with a backslash".into()),
                    );
                }
                if let Some((i, what)) = broken_continuation(text) {
                    diags.emit(
                        Severity::Warning,
                        Code::SampleUnparsable,
                        &at(i),
                        format!("the shell sample does not run as written: {what}"),
                        Some("end every line of the command but the last with a backslash and nothing after it".into()),
                    );
                }
            } else if JS_LANGS.contains(&lang.as_str()) {
                if let Some((i, what)) = unbalanced(text) {
                    diags.emit(
                        Severity::Warning,
                        Code::SampleUnparsable,
                        &at(i),
                        format!("the JavaScript sample does not parse: {what}"),
                        Some("close every bracket and string the sample opens".into()),
                    );
                }
            }
        }
    }
    curl_methods(evidence, model, diags);
}

/// A line continuation that breaks the command: a backslash before a blank line or the end of
/// the sample, or a backslash followed by spaces (the shell escapes the space instead).
fn broken_continuation(text: &str) -> Option<(usize, String)> {
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_end();
        if !trimmed.ends_with('\\') || trimmed.ends_with("\\\\") {
            continue;
        }
        if line.len() > trimmed.len() {
            return Some((i, "a backslash followed by spaces ends the command here".into()));
        }
        if lines.get(i + 1).is_none_or(|next| next.trim().is_empty()) {
            return Some((i, "the last line ends in a backslash, continuing a command that never comes".into()));
        }
    }
    None
}

/// The first bracket that does not close (or closes what it did not open), skipping strings and
/// comments: (0-based line, what).
fn unbalanced(text: &str) -> Option<(usize, String)> {
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut line = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '/' if chars.peek() == Some(&'/') => {
                for n in chars.by_ref() {
                    if n == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if n == '\n' {
                        line += 1;
                    }
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
            }
            '"' | '\'' | '`' => {
                let start = line;
                let mut closed = false;
                while let Some(n) = chars.next() {
                    match n {
                        '\\' if chars.next() == Some('\n') => line += 1,
                        '\\' => {}
                        '\n' if c != '`' => {
                            line += 1;
                            break;
                        }
                        '\n' => line += 1,
                        n if n == c => {
                            closed = true;
                            break;
                        }
                        _ => {}
                    }
                }
                if !closed {
                    return Some((start, format!("the string opened with {c} is not closed")));
                }
            }
            '(' | '[' | '{' => stack.push((c, line)),
            ')' | ']' | '}' => {
                let want = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                match stack.pop() {
                    Some((open, _)) if open == want => {}
                    Some((open, at)) => {
                        return Some((line, format!("`{c}` closes the `{open}` opened {} line(s) above", line - at)))
                    }
                    None => return Some((line, format!("`{c}` closes nothing"))),
                }
            }
            _ => {}
        }
    }
    stack.pop().map(|(open, at)| (at, format!("`{open}` is never closed")))
}

/// A curl sample that sends another method than the one request line of its section.
fn curl_methods(evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, owner) in model.owner_of.iter().enumerate() {
        groups.entry(*owner).or_default().push(i);
    }
    for members in groups.values() {
        let evs: Vec<&SectionEvidence> = members.iter().filter_map(|i| evidence.get(*i)).collect();
        if evs.iter().any(|e| e.in_changelog || e.callback) {
            continue;
        }
        let declared: Vec<_> = evs.iter().flat_map(|e| e.declared.iter()).collect();
        let mut methods: Vec<&str> = declared.iter().map(|(d, _)| d.method.as_str()).collect();
        methods.sort_unstable();
        methods.dedup();
        let ([method], Some((_, declared_at))) = (methods.as_slice(), declared.first()) else { continue };
        for (call, pos) in evs.iter().flat_map(|e| e.curls.iter()) {
            if call.method != *method && crate::request_line::METHODS.contains(&call.method.as_str()) {
                let how = match &call.explicit_method {
                    Some(_) => format!("`-X {}`", call.method),
                    None => format!("{} (curl's default for its flags)", call.method),
                };
                diags.emit(
                    Severity::Warning,
                    Code::CurlMethodMismatch,
                    pos,
                    format!("the curl sample sends {how}, but the request line at {declared_at} declares {method}"),
                    Some(format!("make the sample send {method} (`-X {method}`), or correct the request line")),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_continuations_are_found_and_good_ones_pass() {
        assert_eq!(broken_continuation("curl https://x \\\n  -H 'A: b'\n"), None);
        assert_eq!(broken_continuation("curl https://x \\\n  -H 'A: b' \\\n").map(|(i, _)| i), Some(1));
        assert_eq!(broken_continuation("curl https://x \\  \n  -H 'A: b'\n").map(|(i, _)| i), Some(0));
    }

    #[test]
    fn brackets_balance_outside_strings_and_comments() {
        assert_eq!(unbalanced("fetch('https://x/{id}', { method: 'GET' }) // a ) here\n"), None);
        assert_eq!(unbalanced("const a = `multi\n{line`;\n/* ] */ f(a);"), None);
        assert_eq!(unbalanced("f({a: 1);\n").map(|(i, _)| i), Some(0));
        assert_eq!(unbalanced("f({\n a: 1\n").map(|(i, _)| i), Some(0));
        assert!(unbalanced("x = 'open\n").is_some_and(|(_, m)| m.contains("not closed")));
    }
}
