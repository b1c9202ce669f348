//! The importer stays total under hostile input: a few hundred doc sets derived at test time
//! from the seed docs (`$SLATE_DOCS_DIR`, else `../shared/docs`; nothing of them is copied into
//! the repository), each mutated (truncated, cut, repeated, bytes flipped, line endings changed,
//! deep JSON, huge tables, includes and links out of the folder, symlinks to files outside and
//! to `.`), each imported under a time budget on a thread with a small stack. Asserted for every
//! one: no panic, no stack overflow (it would abort the test binary), an answer within the
//! time and memory budget, no page read from outside the doc folder (a canary page outside it, reachable by
//! every escape, never shows), a spec not much larger than the docs, and a diagnostic for every
//! input refused (no operation at all is an error `no-operations`; each injected construct has
//! its own code).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::Duration;

/// The system allocator, counting the bytes held and the most held at once. The importer runs
/// on threads of its own, so the count is global: imports take [`IMPORT_LOCK`] one at a time,
/// and what the other tests' threads hold meanwhile (copying a doc set: a few MB) is noise
/// next to the budget.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// One import at a time, so that [`PEAK`] is that import's.
static IMPORT_LOCK: Mutex<()> = Mutex::new(());

// SAFETY: every call is forwarded to `System` unchanged; the counters only read sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller's layout is passed on as it came.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Mutated doc sets per seed (four seeds; the largest, three times as slow, gets fewer, in
/// two tests that run side by side): 190 in all, about a minute on two cores in a debug build.
/// The longest one import may take (a debug build on a busy machine).
const BUDGET: Duration = Duration::from_secs(20);
/// The stack an import runs on: a quarter of a main thread's, so that unbounded recursion
/// shows here first.
const STACK: usize = 2 * 1024 * 1024;
/// What a page outside the doc folder says: must never reach a spec.
const CANARY: &str = "canaryescapedpage";

fn seeds() -> PathBuf {
    let dir = std::env::var_os("SLATE_DOCS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"));
    assert!(dir.is_dir(), "the seed docs are not at {}: set SLATE_DOCS_DIR", dir.display());
    dir
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Every file of a seed doc set (root-relative path, bytes), in path order.
fn files_of(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for e in std::fs::read_dir(&dir).expect("seed folder").flatten() {
            let p = e.path();
            // Symlinks (added by the mutations) are not followed: they may loop or leave.
            let Ok(kind) = e.file_type() else { continue };
            if kind.is_dir() {
                pending.push(p);
            } else if kind.is_file() && p.extension().is_some_and(|x| x == "md") {
                let rel = p.strip_prefix(root).expect("under root").to_path_buf();
                out.push((rel, std::fs::read(&p).expect("seed page")));
            }
        }
    }
    out.sort();
    out
}

/// What a mutation did, and the diagnostic code it must draw (if any).
struct Mutation {
    what: String,
    expect: Option<&'static str>,
}

fn deep_object(n: usize) -> String {
    format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))
}

/// A hostile snippet to insert in a page, and the code it must draw.
fn snippet(rng: &mut Rng) -> (String, &'static str, Option<&'static str>) {
    match rng.below(9) {
        0 => (format!("\n```json\n{}\n```\n", deep_object(600)), "600-deep object", Some("json-defect")),
        1 => (format!("\n```json\n{}{}\n```\n", "[".repeat(20_000), "]".repeat(20_000)), "20,000-deep array", Some("json-defect")),
        2 => (format!("\n```json\n{}\n```\n", "{".repeat(100_000)), "a line of `{`", Some("json-defect")),
        3 => (
            format!(
                "\n## Create deep thing\n\n`POST /deep-things`\n\n```shell\ncurl -X POST https://api.example.com/v1/deep-things -d '{}'\n```\n",
                deep_object(600)
            ),
            "curl -d 600 deep",
            Some("json-defect"),
        ),
        4 => (
            format!("\n## Get deep thing\n\n`GET /deep-things`\n\n```json\n{}\n```\n", deep_object(90)),
            "90-deep example",
            Some("nesting-too-deep"),
        ),
        5 => {
            let rows: String = (0..2_000).map(|i| format!("| field_{i} | string | Field {i}. |\n")).collect();
            (format!("\n### Query Parameters\n\n| Parameter | Type | Description |\n|---|---|---|\n{rows}"), "2,000-row table", None)
        }
        6 => ("\n* [up](../../canary.md)\n* [abs](/../canary.md)\n* [net](//canary.md)\n".into(), "links out", None),
        7 => ("\0".repeat(100_000), "NUL bytes", None),
        _ => ("\n\u{feff}\r\r\t\u{202e}`GET /x\r`\r".into(), "control characters", None),
    }
}

/// Mutates the doc set in `dir` (a copy of a seed) in one of a few ways.
fn mutate(dir: &Path, pages: &[PathBuf], entry: &Path, outside: &Path, rng: &mut Rng) -> Mutation {
    let page = &pages[rng.below(pages.len())];
    let file = dir.join(page);
    let mut bytes = std::fs::read(&file).expect("copied page");
    let len = bytes.len();
    let name = page.display();
    let mut expect = None;
    let what = match rng.below(12) {
        0 => {
            bytes.truncate(rng.below(len + 1));
            format!("{name} truncated")
        }
        1 => {
            let a = rng.below(len + 1);
            let b = (a + rng.below(4096)).min(len);
            bytes.drain(a..b);
            format!("{name} cut {a}..{b}")
        }
        2 => {
            let a = rng.below(len + 1);
            let b = (a + rng.below(2048)).min(len);
            let times = 2 + rng.below(60);
            let piece = bytes[a..b].to_vec();
            for _ in 0..times {
                bytes.splice(a..a, piece.iter().copied());
            }
            format!("{name} {a}..{b} repeated {times} times")
        }
        3 => {
            for _ in 0..1 + rng.below(40) {
                if len > 0 {
                    let at = rng.below(len);
                    bytes[at] = (rng.next() & 0xff) as u8;
                }
            }
            format!("{name} bytes flipped")
        }
        4 => {
            bytes = String::from_utf8_lossy(&bytes).replace("\r\n", "\n").replace('\n', "\r").into_bytes();
            format!("{name} CR line endings")
        }
        5 | 6 => {
            // At the end the snippet is read as written (its code is expected); at a random line
            // it may land in a code block or a comment.
            let (text, label, code) = snippet(rng);
            let at = match rng.below(2) {
                0 => {
                    expect = code;
                    len
                }
                _ => bytes
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b'\n')
                    .map(|(i, _)| i + 1)
                    .nth(rng.below(200))
                    .unwrap_or(len),
            };
            bytes.splice(at..at, text.into_bytes());
            format!("{name}: {label} inserted at byte {at}")
        }
        7 => {
            let bad = [0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82];
            let at = rng.below(len + 1);
            bytes.splice(at..at, bad);
            expect = Some("invalid-utf8");
            format!("{name} invalid UTF-8 at {at}")
        }
        8 => {
            // The entry page emptied, reduced to `---`, or NUL bytes: no operation left.
            let entry_file = dir.join(entry);
            let text: Vec<u8> = match rng.below(3) {
                0 => Vec::new(),
                1 => b"---\n".to_vec(),
                _ => vec![0; 1_000_000],
            };
            std::fs::write(&entry_file, text).expect("write entry");
            // No operation left unless an extra page holds some: `no-operations` is checked for
            // every case without one.
            return Mutation { what: format!("{} emptied", entry.display()), expect: None };
        }
        9 => {
            // Escapes: includes climbing out, absolute, and a symlink to a page outside.
            let entry_file = dir.join(entry);
            let text = std::fs::read_to_string(&entry_file).unwrap_or_default();
            let link = entry_file.parent().expect("entry folder").join("includes/_evil.md");
            let _ = std::fs::create_dir_all(link.parent().expect("includes"));
            #[cfg(unix)]
            std::os::unix::fs::symlink(outside.join("_canary.md"), &link).expect("symlink");
            // From `source/includes/`: `../../../canary` is the canary beside the case folder.
            let at = text.find("includes:\n").map(|i| i + 10);
            // The items indented as the list's own.
            let indent = at.map_or("", |i| if text[i..].starts_with("- ") { "" } else { "  " });
            let extra =
                format!("{indent}- ../../../canary\n{indent}- {}\n{indent}- evil\n", outside.join("canary").display());
            let text = match at {
                Some(i) => format!("{}{extra}{}", &text[..i], &text[i..]),
                None => format!("{text}\n* [evil](includes/_evil.md)\n* [out](../outside/_canary.md)\n"),
            };
            std::fs::write(&entry_file, text).expect("write entry");
            return Mutation { what: "includes and links out of the folder".into(), expect: Some("outside-doc-root") };
        }
        10 => {
            #[cfg(unix)]
            {
                std::os::unix::fs::symlink(".", dir.join("loop-a")).expect("symlink");
                std::os::unix::fs::symlink(".", dir.join("loop-b")).expect("symlink");
                std::os::unix::fs::symlink("..", file.parent().expect("folder").join("up")).expect("symlink");
                std::os::unix::fs::symlink(outside, dir.join("out")).expect("symlink");
            }
            return Mutation { what: "folder symlinks to `.`, `..` and outside".into(), expect: None };
        }
        _ => {
            let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
            let mut lines: Vec<Vec<u8>> = lines.into_iter().map(<[u8]>::to_vec).collect();
            for _ in 0..1 + rng.below(20) {
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
            }
            bytes = lines.join(&b'\n');
            format!("{name} lines swapped")
        }
    };
    std::fs::write(&file, bytes).expect("write page");
    Mutation { what, expect }
}

/// The most heap one import may hold at once, for `input` bytes of docs: a small multiple of
/// the input plus room for the fixed cost. Measured with `HOSTILE_VERBOSE=1 ... --nocapture`:
/// the 190 cases peak at 15 MB (170 KB of docs) and 6 MB (1.1 MB of docs); the cubic example
/// embedding this guards against needed gigabytes.
fn memory_budget(input: usize) -> usize {
    32 * input + 64 * 1024 * 1024
}

/// Imports `dir` on a thread with a small stack, within [`BUDGET`]; with the import, the most
/// heap held at once while it ran, beyond what was held before it.
fn import_bounded(dir: &Path) -> Result<(Result<slate_import::Import, String>, usize), String> {
    let _one_at_a_time = IMPORT_LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let before = HELD.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let (tx, rx) = mpsc::channel();
    let owned = dir.to_path_buf();
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let result = std::panic::catch_unwind(|| slate_import::import(&owned).map_err(|e| e.to_string()));
            let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
            let _ = tx.send(result.map(|r| (r, peak)).map_err(|_| "panicked".to_owned()));
        })
        .expect("thread");
    match rx.recv_timeout(BUDGET) {
        Ok(r) => r,
        Err(_) => Err(format!("no answer within {BUDGET:?}")),
    }
}

/// Runs the cases of one seed doc set.
fn run_seed(seed: &str, cases: std::ops::Range<u64>) {
    let source = seeds().join(seed);
    assert!(source.is_dir(), "seed {seed} missing at {}", source.display());
    let files = files_of(&source);
    let pages: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    let entry = ["source/index.html.md", "README.md"]
        .iter()
        .map(PathBuf::from)
        .find(|e| pages.contains(e))
        .expect("the seed has an entry page");
    let input_bytes: usize = files.iter().map(|(_, b)| b.len()).sum();
    let base = std::env::temp_dir().join(format!("slate-hostile-{seed}-{}-{}", cases.start, std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let outside = base.join("outside");
    std::fs::create_dir_all(&outside).expect("outside folder");
    let canary = format!("# Canary\n\n## Get {CANARY}\n\n`GET /{CANARY}`\n\n```json\n{{\"{CANARY}\": 1}}\n```\n");
    for name in ["_canary.md", "canary.md"] {
        std::fs::write(outside.join(name), &canary).expect("canary");
    }
    std::fs::write(base.join("canary.md"), &canary).expect("canary");
    std::fs::write(base.join("_canary.md"), &canary).expect("canary");
    let mut failures = Vec::new();
    let count = cases.end - cases.start;
    for case in cases {
        let dir = base.join(format!("case-{case}"));
        for (rel, bytes) in &files {
            let p = dir.join(rel);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, bytes).expect("copy");
        }
        let mut rng = Rng::new(case + 1 + seed.len() as u64 * 1000);
        let m = mutate(&dir, &pages, &entry, &outside, &mut rng);
        let grown: usize = files_of(&dir).iter().map(|(_, b)| b.len()).sum::<usize>().max(input_bytes);
        let fail = |why: String| format!("{seed} case {case} ({}): {why}", m.what);
        if std::env::var_os("HOSTILE_VERBOSE").is_some() {
            eprintln!("{seed} case {case}: {}", m.what);
        }
        let answer = import_bounded(&dir);
        if let Ok((_, peak)) = &answer {
            if std::env::var_os("HOSTILE_VERBOSE").is_some() {
                eprintln!("  peak heap {peak} bytes for {grown} bytes of docs");
            }
            if *peak > memory_budget(grown) {
                failures.push(fail(format!("held {peak} bytes of heap for {grown} bytes of docs")));
            }
        }
        match answer.map(|(result, _)| result) {
            Err(e) => failures.push(fail(e)),
            Ok(Err(load_error)) => {
                if load_error.trim().is_empty() {
                    failures.push(fail("a load error without a message".into()));
                }
            }
            Ok(Ok(imported)) => {
                let yaml = slate_import::to_yaml(&imported.spec);
                let codes: Vec<&str> = imported.diagnostics.iter().map(|d| d.code).collect();
                if yaml.contains(CANARY) {
                    failures.push(fail("a page outside the doc folder reached the spec".into()));
                }
                let real_root = std::fs::canonicalize(&imported.root).expect("root");
                for page in &imported.pages {
                    match std::fs::canonicalize(page) {
                        Ok(real) if real.starts_with(&real_root) => {}
                        other => {
                            failures.push(fail(format!("page {} read outside the root ({other:?})", page.display())))
                        }
                    }
                }
                if imported.operation_count == 0 && !codes.contains(&"no-operations") {
                    failures.push(fail("no operation and no `no-operations` error".into()));
                }
                if let Some(code) = m.expect {
                    if !codes.contains(&code) {
                        failures.push(fail(format!("no `{code}` diagnostic among {codes:?}")));
                    }
                }
                if yaml.len() > 8 * grown + 400_000 {
                    failures.push(fail(format!("{} bytes of spec from {grown} bytes of docs", yaml.len())));
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    // The canary was there to be read: an escape would have found it.
    assert!(std::fs::read_to_string(outside.join("_canary.md")).is_ok_and(|t| t.contains(CANARY)));
    let _ = std::fs::remove_dir_all(&base);
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn mutated_9spokes_docs_import_totally() {
    run_seed("9spokes", 0..50);
}

#[test]
fn mutated_booqable_docs_import_totally() {
    run_seed("booqable", 0..50);
}

#[test]
fn mutated_seventime_docs_import_totally() {
    run_seed("seventime", 0..20);
}

#[test]
fn mutated_seventime_docs_import_totally_more() {
    run_seed("seventime", 20..40);
}

#[test]
fn mutated_spaces_docs_import_totally() {
    run_seed("spaces", 0..50);
}

/// A README doc set beside a folder `outside/` whose pages must never be read: the README and a
/// page it links each have an index entry that climbs out (an escape: an error) and a
/// cross-reference in running text that climbs out (a reference to another document: an info,
/// no warning, no error).
#[test]
fn an_index_entry_out_of_the_folder_is_an_error_and_a_cross_reference_is_not_an_escape() {
    let base = std::env::temp_dir().join(format!("slate-link-split-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (docs, outside) = (base.join("docs"), base.join("outside"));
    std::fs::create_dir_all(&docs).expect("docs");
    std::fs::create_dir_all(&outside).expect("outside");
    for name in ["_canary.md", "faq.md"] {
        std::fs::write(outside.join(name), format!("# {CANARY}\n\n`GET /{CANARY}`\n")).expect("canary");
    }
    std::fs::write(
        docs.join("README.md"),
        "# Things API\n\n* [Things](things.md)\n* [Escape](../outside/_canary.md)\n\n\
         See the [FAQ](../outside/faq.md) to learn more.\n",
    )
    .expect("readme");
    std::fs::write(
        docs.join("things.md"),
        "# Things\n\n## List things\n\n`GET https://api.example.com/things`\n\n\
         Read the [paging FAQ](../outside/faq.md#paging) for the details.\n\n\
         | Field | Notes |\n|---|---|\n| id | See [ids](../outside/faq.md). |\n\n\
         * [Up](../outside/_canary.md)\n",
    )
    .expect("things");
    let imported = slate_import::import(&docs).expect("import");
    let found = |code: &str| -> Vec<(slate_import::diag::Severity, String, usize)> {
        imported.diagnostics.iter().filter(|d| d.code == code).map(|d| (d.severity, d.file.clone(), d.line)).collect()
    };
    use slate_import::diag::Severity::{Error, Info};
    assert_eq!(found("outside-doc-root"), [(Error, "README.md".into(), 4), (Error, "things.md".into(), 13)]);
    assert_eq!(
        found("cross-link-outside"),
        [(Info, "README.md".into(), 6), (Info, "things.md".into(), 7), (Info, "things.md".into(), 11)]
    );
    assert_eq!(imported.operation_count, 1, "the page inside is read: {:?}", imported.diagnostics);
    assert!(!slate_import::to_yaml(&imported.spec).contains(CANARY), "no page outside was read");
    let names: Vec<String> =
        imported.pages.iter().map(|p| p.strip_prefix(&docs).expect("inside").display().to_string()).collect();
    assert_eq!(names, ["README.md", "things.md"]);
    let _ = std::fs::remove_dir_all(&base);
}
