//! Which heading owns each section: the nearest that is not a generic sub-heading ("HTTP
//! Request", "Query Parameters"), decided once for every later stage.

use crate::blocks::Outline;
use crate::evidence::SectionEvidence;

/// A heading made only of generic words ("HTTP Request", "Query Parameters").
pub fn is_generic_heading(title: &str) -> bool {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    !words.is_empty() && words.iter().all(|w| crate::vocabulary::GENERIC_WORDS.contains(&w.as_str()))
}

/// The owner of each section: itself, or the nearest ancestor that is not generic.
pub fn owners(outline: &Outline) -> Vec<usize> {
    (0..outline.sections.len())
        .map(|i| {
            let mut cur = i;
            loop {
                let s = &outline.sections[cur];
                let generic = s.level == 0 || is_generic_heading(&s.title);
                match (generic, s.parent) {
                    (true, Some(p)) => cur = p,
                    _ => return cur,
                }
            }
        })
        .collect()
}

/// [`owners`], and a heading of generic words plus [`crate::vocabulary::OPERATION_SUBHEADING_WORDS`] directly
/// under a section that declares a request belongs to that section.
pub fn owners_with_evidence(outline: &Outline, evidence: &[SectionEvidence]) -> Vec<usize> {
    let mut owner = owners(outline);
    let declares = |i: usize| {
        let ev = &evidence[i];
        !ev.declared.is_empty() || !ev.curls.is_empty() || ev.stated_method.is_some() || !ev.stated_urls.is_empty()
    };
    for i in 0..owner.len() {
        let s = &outline.sections[i];
        let Some(parent) = s.parent else { continue };
        if owner[i] != i || !declares(owner[parent]) && !declares(parent) {
            continue;
        }
        let words: Vec<String> = s
            .title
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let sub = |w: &String| {
            crate::vocabulary::GENERIC_WORDS.contains(&w.as_str())
                || crate::vocabulary::OPERATION_SUBHEADING_WORDS.contains(&w.as_str())
        };
        if !words.is_empty()
            && words.iter().all(sub)
            && words.iter().any(|w| crate::vocabulary::OPERATION_SUBHEADING_WORDS.contains(&w.as_str()))
        {
            owner[i] = owner[parent];
        }
    }
    owner
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_headings() {
        assert!(is_generic_heading("HTTP Request"));
        assert!(is_generic_heading("Query Parameters"));
        assert!(is_generic_heading("Example response"));
        assert!(!is_generic_heading("Get Departments"));
        assert!(!is_generic_heading("The customer object"));
    }
}
