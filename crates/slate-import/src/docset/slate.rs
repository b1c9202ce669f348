//! The Slate layout: the entry page's front-matter `includes`, the extra `*.html.md` pages
//! beside it, and the entry pages of other APIs it leaves apart.

use super::page_file::{
    front_matter, front_matter_items, front_matter_line, front_matter_title, is_entry_page, read_page, refusal_note,
    rel,
};
use super::translations::{translation, Twin};
use super::unread::report_unpublished;
use super::{DocSet, Entry, Layout, LoadError, OtherEntry, PageRole, README_NAMES};
use crate::diag::{Code, Diagnostics, Pos};
use std::fs;
use std::path::{Path, PathBuf};

pub(super) fn load_slate(
    root: &Path,
    base: &Path,
    index_file: &Path,
    diags: &mut Diagnostics,
) -> Result<(DocSet, Entry), LoadError> {
    let index_file = index_file.to_path_buf();
    let index = read_page(root, &index_file, PageRole::Index, &Pos::default(), diags)
        .ok_or_else(|| LoadError(format!("cannot read {}{}", index_file.display(), refusal_note(root, &index_file))))?;
    let mut title = None;
    let mut includes: Vec<String> = Vec::new();
    if let Some(fm) = front_matter(&index) {
        match yaml_serde::from_str::<yaml_serde::Value>(fm) {
            Ok(v) => {
                title = v.get("title").and_then(|t| t.as_str()).map(str::to_owned);
                if let Some(list) = v.get("includes").and_then(|i| i.as_sequence()) {
                    for item in list {
                        match item.as_str() {
                            Some(s) => includes.push(s.trim().to_owned()),
                            None => diags.warn(
                                Code::BadFrontMatter,
                                &Pos::new(&index.path, front_matter_line(&index, "includes")),
                                "an `includes` entry is not a string; it was skipped",
                            ),
                        }
                    }
                }
            }
            Err(e) => diags.error(
                Code::BadFrontMatter,
                &Pos::new(&index.path, 1),
                format!("front matter is not valid YAML ({e}); no includes were read"),
            ),
        }
    }
    let mut pages = vec![index.clone()];
    let mut seen = indexmap::IndexSet::from([index_file.clone()]);
    // Includes are partials: looked for beside the entry page, then (an entry page in a
    // subfolder of Slate's `source/`) in the source folder, as Middleman looks partials up.
    let mut include_dirs = vec![base.join("includes")];
    include_dirs.extend(
        base.ancestors()
            .skip(1)
            .take_while(|a| a.starts_with(root))
            .filter(|a| a.file_name().is_some_and(|n| n == "source") && a.join("includes").is_dir())
            .map(|a| a.join("includes")),
    );
    let item_lines = front_matter_items(&index);
    for inc in &includes {
        let line = item_lines.get(inc.as_str()).copied().unwrap_or_else(|| front_matter_line(&index, inc));
        let pos = Pos::new(&index.path, line);
        let from_includes = format!("{}/{inc}", rel(root, &include_dirs[0]));
        if inc.starts_with(['/', '\\']) || !crate::doc_root::stays_inside(&from_includes) {
            diags.error(
                Code::OutsideDocRoot,
                &pos,
                format!("include `{inc}` names a page outside the doc folder (an absolute path or `..` out of it); not read"),
            );
            continue;
        }
        let (dir_part, name) = match inc.rsplit_once('/') {
            Some((d, n)) => (Some(d), n),
            None => (None, inc.as_str()),
        };
        let candidates: Vec<PathBuf> = include_dirs
            .iter()
            .flat_map(|dir| {
                let folder = dir_part.map_or_else(|| dir.clone(), |d| dir.join(d));
                [folder.join(format!("_{name}.md")), folder.join(format!("{name}.md"))]
            })
            .collect();
        match candidates.iter().find(|c| c.is_file()) {
            Some(file) => {
                if seen.contains(file) {
                    diags.warn(
                        Code::DuplicateInclude,
                        &pos,
                        format!("`{inc}` is included more than once; later copies are skipped"),
                    );
                    continue;
                }
                seen.insert(file.clone());
                if let Some(p) = read_page(root, file, PageRole::Included, &pos, diags) {
                    pages.push(p);
                }
            }
            None => diags.emit(
                crate::diag::Severity::Error,
                Code::MissingInclude,
                &pos,
                format!("include `{inc}` not found"),
                Some({
                    let names: Vec<String> = candidates.iter().map(|c| rel(root, c)).collect();
                    let (last, first) = names.split_last().expect("two candidates per folder");
                    format!("expected {} or {last}", first.join(", "))
                }),
            ),
        }
    }
    // Other published pages beside the index.
    let mut extras: Vec<PathBuf> =
        fs::read_dir(base).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    extras.retain(|p| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".html.md")) && *p != index_file
    });
    extras.sort();
    let mut others = Vec::new();
    for file in extras {
        let pos = Pos::new(rel(root, &file), 1);
        if let Some(t) = translation(root, &pos.file) {
            // `index.ja.html.md` beside `index.html.md`: the English page is the one imported.
            let english_read = matches!(&t.of, Twin::Page(e) if pages.iter().any(|p| &p.path == e));
            diags.info(Code::TranslatedPage, &Pos::new(&pos.file, 0), t.skipped(english_read));
            if is_entry_page(root, &file) || t.of == Twin::Page(index.path.clone()) {
                others.push(OtherEntry { path: pos.file.clone(), why: format!("translation `{}`", t.lang) });
            }
            continue;
        }
        if is_entry_page(root, &file) && front_matter_title(root, &file) != title {
            // Another API of the same folder (includes and a title of its own): not this one.
            // A page with this API's title is one more page of it, whatever it includes.
            diags.info(
                Code::OtherEntryPage,
                &pos,
                format!(
                    "another entry page (its own `includes`): not imported with {}; import it on its own by naming the file",
                    rel(root, &index_file)
                ),
            );
            others.push(OtherEntry { path: pos.file.clone(), why: "another API: its own `includes`".into() });
            continue;
        }
        if let Some(p) = read_page(root, &file, PageRole::Extra, &pos, diags) {
            diags.emit(
                crate::diag::Severity::Info,
                Code::ExtraPage,
                &pos,
                "published page not named by index.html.md; imported as an extra page",
                None,
            );
            pages.push(p);
        }
    }
    // Entry pages of other APIs in subfolders (`source/open-banking/index.html.md`).
    let mut nested: Vec<PathBuf> = fs::read_dir(base)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|d| {
            d.is_dir() && d.file_name().is_some_and(|n| n != "includes" && !n.to_string_lossy().starts_with('.'))
        })
        .flat_map(|d| {
            fs::read_dir(d)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_else(|_| Vec::new())
        })
        .filter(|f| f.extension().is_some_and(|x| x == "md") && is_entry_page(root, f))
        .collect();
    nested.sort();
    for file in nested {
        let path = rel(root, &file);
        if translation(root, &path).is_some() {
            continue;
        }
        diags.info(
            Code::OtherEntryPage,
            &Pos::new(&path, 1),
            format!(
                "another entry page (its own `includes`): not imported with {}; import it on its own by naming the file",
                index.path
            ),
        );
        others.push(OtherEntry { path, why: "another API: its own `includes`".into() });
    }
    seen.extend(crate::commented_includes::report(root, &index, &include_dirs, &seen, diags));
    let read: Vec<String> = pages.iter().map(|p| p.path.clone()).collect();
    report_unpublished(root, &base.join("includes"), &seen, &read, diags);
    // A README beside a Slate site describes the repository, not the API.
    for dir in [root, base] {
        for name in &README_NAMES[..3] {
            let path = rel(root, &dir.join(name));
            if dir.join(name).is_file() && !others.iter().any(|o: &OtherEntry| o.path == path) {
                others.push(OtherEntry { path, why: "a README beside a Slate entry page".into() });
            }
        }
    }
    let entry = Entry { layout: Layout::Slate, page: Some(index.path.clone()), others };
    Ok((DocSet { root: root.to_path_buf(), title, pages }, entry))
}
