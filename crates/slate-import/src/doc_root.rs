//! The doc root: the one folder a doc set may read from.
//!
//! Every page is looked up by its real path (symlinks and `..` resolved, [`fs::canonicalize`])
//! before it is opened: a page whose real path is outside the root (an include `../../x`, an
//! absolute path, a README link `//abs.md`, a symlink to `/etc/passwd`) or that is not a regular
//! file (a FIFO, a device) is refused and never opened. Resolving a path reads directories and
//! links only, never the file.
//!
//! Which links name pages: an include, and a link that leads its list item, table cell or
//! paragraph (an index entry, [`crate::page_links`]), name pages of the doc set; one whose path
//! climbs out of the root is an escape, an error `outside-doc-root`, and is not read. A link
//! inside running text that climbs out (`see the [FAQ](../faqs/x.md)`) is a reference to another
//! document, not a page of the doc set: not followed, an info `cross-link-outside`, never opened.
//!
//! [`DocRoot::markdown_files`] walks the folder tree once per real folder: a symlink to `.` or to
//! a parent folder is not walked again, and a symlink out of the root is not walked at all.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The largest page read, in bytes: far above any hand-written page (the largest seen is under
/// 2 MB), low enough that reading one cannot exhaust memory.
pub const MAX_PAGE_BYTES: u64 = 16 * 1024 * 1024;

/// The folder a doc set reads from, as given and as its real path.
#[derive(Debug, Clone)]
pub struct DocRoot {
    /// The real path of the root (the path as given when it cannot be resolved).
    real: PathBuf,
}

/// Why a page was not read.
#[derive(Debug)]
pub enum Refusal {
    /// Its real path is outside the doc root (the real path, for the message).
    Outside(PathBuf),
    /// It is not a regular file (a folder, a FIFO, a device).
    NotAFile,
    /// It is larger than [`MAX_PAGE_BYTES`] (its size).
    TooLarge(u64),
    /// It cannot be resolved or read.
    Io(io::Error),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Outside(real) => write!(f, "it resolves to {}, outside the doc folder", real.display()),
            Refusal::NotAFile => f.write_str("it is not a regular file"),
            Refusal::TooLarge(n) => write!(f, "it is {n} bytes, more than the {MAX_PAGE_BYTES} bytes a page may have"),
            Refusal::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Whether the relative path `path` (`/`-separated) stays below the folder it is relative to:
/// not absolute (`/x`, `C:x`, `\\x`), and no `..` climbing above its start.
pub fn stays_inside(path: &str) -> bool {
    if path.starts_with(['/', '\\']) || path.contains(':') {
        return false;
    }
    let mut depth = 0usize;
    for segment in path.split(['/', '\\']) {
        match segment {
            "" | "." => {}
            ".." => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            _ => depth += 1,
        }
    }
    true
}

impl DocRoot {
    /// The doc root of the folder `root`.
    pub fn new(root: &Path) -> DocRoot {
        DocRoot { real: fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()) }
    }

    /// The real path of `file` when it is a regular file inside the root; the file is not opened.
    pub fn admit(&self, file: &Path) -> Result<PathBuf, Refusal> {
        let real = fs::canonicalize(file).map_err(Refusal::Io)?;
        if !real.starts_with(&self.real) {
            return Err(Refusal::Outside(real));
        }
        let meta = fs::metadata(&real).map_err(Refusal::Io)?;
        if !meta.is_file() {
            return Err(Refusal::NotAFile);
        }
        if meta.len() > MAX_PAGE_BYTES {
            return Err(Refusal::TooLarge(meta.len()));
        }
        Ok(real)
    }

    /// The bytes of `file`, read only once [`DocRoot::admit`] lets it in (and at most
    /// [`MAX_PAGE_BYTES`] of them, should it grow meanwhile).
    pub fn read(&self, file: &Path) -> Result<Vec<u8>, Refusal> {
        use std::io::Read;
        let real = self.admit(file)?;
        let mut bytes = Vec::new();
        fs::File::open(real).and_then(|f| f.take(MAX_PAGE_BYTES + 1).read_to_end(&mut bytes)).map_err(Refusal::Io)?;
        match bytes.len() as u64 {
            n if n > MAX_PAGE_BYTES => Err(Refusal::TooLarge(n)),
            _ => Ok(bytes),
        }
    }

    /// The text of `file` (UTF-8, else `None`) when it may be read: for peeking at a page's front
    /// matter before deciding what it is.
    pub fn read_text(&self, file: &Path) -> Option<String> {
        self.read(file).ok().and_then(|b| String::from_utf8(b).ok())
    }

    /// Whether `dir` is a folder whose real path is inside the root.
    pub fn holds_dir(&self, dir: &Path) -> bool {
        fs::canonicalize(dir).is_ok_and(|real| real.starts_with(&self.real) && real.is_dir())
    }

    /// Every Markdown file under `dir` (recursively, as paths under `dir`), hidden folders and
    /// `node_modules` left out; each real folder is walked once and none outside the root.
    /// Iterative: no folder depth can exhaust the stack.
    pub fn markdown_files(&self, dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut seen: HashSet<PathBuf> = HashSet::new();
        // Real folders first, symlinked ones after: a page keeps the path without the link.
        let mut pending = vec![dir.to_path_buf()];
        let mut linked = std::collections::VecDeque::new();
        while let Some(folder) = pending.pop().or_else(|| linked.pop_front()) {
            let Ok(real) = fs::canonicalize(&folder) else { continue };
            if !real.starts_with(&self.real) || !seen.insert(real) {
                continue;
            }
            let Ok(rd) = fs::read_dir(&folder) else { continue };
            let mut entries: Vec<fs::DirEntry> = rd.flatten().collect();
            entries.sort_by_key(fs::DirEntry::file_name);
            for e in entries.into_iter().rev() {
                let p = e.path();
                if p.is_dir() {
                    let name = e.file_name();
                    let name = name.to_string_lossy();
                    if name.starts_with('.') || name == "node_modules" {
                        continue;
                    }
                    match e.file_type().is_ok_and(|t| t.is_symlink()) {
                        true => linked.push_back(p),
                        false => pending.push(p),
                    }
                } else if p.extension().is_some_and(|x| x == "md") {
                    out.push(p);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("slate-doc-root-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("docs/sub")).expect("scratch folder");
        fs::write(dir.join("outside.md"), "# Outside\n").expect("write");
        fs::write(dir.join("docs/a.md"), "# A\n").expect("write");
        fs::write(dir.join("docs/sub/b.md"), "# B\n").expect("write");
        dir
    }

    #[test]
    fn relative_paths_that_climb_out_are_told() {
        for inside in ["a", "a/b", "a/../b", "./a", "a/./b/../c"] {
            assert!(stays_inside(inside), "{inside}");
        }
        for outside in ["../a", "a/../../b", "/etc/passwd", "//host/x", "C:/x", "\\\\host\\x", "a\\..\\..\\b"] {
            assert!(!stays_inside(outside), "{outside}");
        }
    }

    #[test]
    fn pages_outside_the_root_are_refused() {
        let dir = scratch("outside");
        let root = DocRoot::new(&dir.join("docs"));
        assert!(root.read(&dir.join("docs/sub/../a.md")).is_ok());
        assert!(matches!(root.read(&dir.join("docs/../outside.md")), Err(Refusal::Outside(_))));
        assert!(matches!(root.read(&dir.join("outside.md")), Err(Refusal::Outside(_))));
        assert!(matches!(root.read(&dir.join("docs/sub")), Err(Refusal::NotAFile)));
        assert!(matches!(root.read(&dir.join("docs/none.md")), Err(Refusal::Io(_))));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("/etc/passwd", dir.join("docs/pw.md")).expect("symlink");
            std::os::unix::fs::symlink("../outside.md", dir.join("docs/up.md")).expect("symlink");
            std::os::unix::fs::symlink("a.md", dir.join("docs/same.md")).expect("symlink");
            assert!(matches!(root.read(&dir.join("docs/pw.md")), Err(Refusal::Outside(_))));
            assert!(matches!(root.read(&dir.join("docs/up.md")), Err(Refusal::Outside(_))));
            assert_eq!(root.read(&dir.join("docs/same.md")).expect("inside"), b"# A\n");
        }
        let _ = fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn the_walk_visits_each_real_folder_once_and_stays_inside() {
        let dir = scratch("walk");
        let docs = dir.join("docs");
        std::os::unix::fs::symlink(".", docs.join("a")).expect("symlink");
        std::os::unix::fs::symlink(".", docs.join("b")).expect("symlink");
        std::os::unix::fs::symlink("..", docs.join("sub/up")).expect("symlink");
        std::os::unix::fs::symlink("../..", docs.join("sub/out")).expect("symlink");
        let files = DocRoot::new(&docs).markdown_files(&docs);
        let names: Vec<String> =
            files.iter().map(|f| f.strip_prefix(&docs).expect("under docs").to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["a.md", "sub/b.md"]);
        let _ = fs::remove_dir_all(&dir);
    }
}
