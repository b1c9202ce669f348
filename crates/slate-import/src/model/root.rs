//! The API's root prefix (`/api/2`), which every operation path is written without.

use crate::curl::split_url;
use crate::evidence::SectionEvidence;
use crate::paths;
use std::collections::BTreeMap;

/// The API root prefix (`/api/2`): the leading root-like segments shared by every absolute
/// example URL.
pub(super) fn root_prefix(evidence: &[SectionEvidence]) -> String {
    let mut urls: Vec<String> = Vec::new();
    for ev in evidence {
        for (c, _) in &ev.curls {
            urls.push(c.url.clone());
        }
        for (d, _) in &ev.declared {
            urls.push(d.url.clone());
        }
        for (u, _) in &ev.sample_urls {
            urls.push(u.clone());
        }
    }
    let splits: Vec<_> =
        urls.iter().map(|u| split_url(u)).filter(|s| s.origin.is_some() && s.path.starts_with('/')).collect();
    // The API's own host is the one most URLs call; links to other sites say nothing of its root.
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &splits {
        *counts.entry(s.origin.as_deref().unwrap_or("")).or_default() += 1;
    }
    let main_origin = counts.iter().max_by_key(|(_, n)| **n).map(|(o, _)| *o).unwrap_or("");
    let absolute: Vec<Vec<String>> = splits
        .iter()
        .filter(|s| s.origin.as_deref() == Some(main_origin))
        .map(|s| s.path.split('/').filter(|x| !x.is_empty()).map(str::to_owned).collect())
        .collect();
    let Some(first) = absolute.first() else { return String::new() };
    let mut prefix: Vec<String> = Vec::new();
    'outer: for (i, seg) in first.iter().enumerate() {
        // A root segment (`api`, `v2`), or a placeholder every URL carries at the root (an
        // account id in the base URL: `https://host/$ACCOUNT_ID/...`).
        let placeholder = |s: &str| {
            !paths::is_root_segment(s) && !matches!(paths::segments(s).first(), Some(paths::Segment::Literal(_)) | None)
        };
        if !paths::is_root_segment(seg) && !placeholder(seg) {
            break;
        }
        // Every absolute URL with at least i+2 segments must share it (the root alone is not a path).
        let mut shared = 0;
        for other in &absolute {
            if other.len() > i + 1 {
                let same =
                    other.get(i) == Some(seg) || placeholder(seg) && other.get(i).is_some_and(|o| placeholder(o));
                if !same {
                    break 'outer;
                }
                shared += 1;
            }
        }
        if shared == 0 {
            break;
        }
        // Of the spellings of a placeholder, a name (`$ACCOUNT_ID`) says more than a sample id.
        let named = |s: &String| matches!(paths::segments(s).first(), Some(paths::Segment::Named(_)));
        let spelling = if placeholder(seg) && !named(seg) {
            absolute.iter().filter_map(|o| o.get(i)).find(|o| named(o)).unwrap_or(seg)
        } else {
            seg
        };
        prefix.push(spelling.clone());
    }
    if prefix.is_empty() {
        String::new()
    } else {
        format!("/{}", prefix.join("/"))
    }
}
