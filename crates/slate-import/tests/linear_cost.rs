//! Import cost grows near-linearly with the docs: a synthetic doc set (every page an operation
//! with a JSON example, a parameter table and a missing include) imported at 1x, 10x and 100x.
//! Work is counted, not timed by the clock: the allocations the import makes (a counting global
//! allocator: deterministic, and every stage allocates per item it handles) and the CPU time
//! the process spends (`/proc/self/stat`, on Linux; immune to other processes' load). A
//! quadratic step multiplies either by 100 per 10x; near-linear stays well under 20.
//! One test in its own binary, so nothing else allocates or runs meanwhile.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A Slate doc set of `n` pages, each one operation with a table of rows and an example, and
/// `n` includes that do not exist.
fn doc_set(dir: &Path, n: usize) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("includes")).expect("scratch folder");
    let mut index = String::from("---\ntitle: Synthetic\nincludes:\n");
    for i in 0..n {
        index.push_str(&format!("  - page{i}\n  - missing{i}\n"));
        let rows: String = (0..10).map(|r| format!("| field_{r} | string | Field {r} of page {i}. |\n")).collect();
        let page = format!(
            "# Things {i}\n\n## List things {i}\n\n`GET /things{i}`\n\n### Query Parameters\n\n\
             | Parameter | Type | Description |\n|---|---|---|\n{rows}\n> Response\n\n\
             ```json\n{{\"id\": {i}, \"name\": \"thing {i}\", \"tags\": [\"a\", \"b\"], \"owner\": {{\"id\": 1}}}}\n```\n"
        );
        std::fs::write(dir.join(format!("includes/_page{i}.md")), page).expect("page");
    }
    index.push_str("---\n# Synthetic\n");
    std::fs::write(dir.join("index.html.md"), index).expect("index");
}

/// CPU time of this process so far, in clock ticks (Linux), if known.
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// (allocations, CPU ticks) of importing `n` pages; the operations found are checked.
fn cost(base: &Path, n: usize) -> (u64, Option<u64>) {
    let dir: PathBuf = base.join(format!("x{n}"));
    doc_set(&dir, n);
    let (a0, t0) = (ALLOCATIONS.load(Ordering::Relaxed), cpu_ticks());
    let imported = slate_import::import(&dir).expect("import");
    let yaml = slate_import::to_yaml(&imported.spec);
    let (a1, t1) = (ALLOCATIONS.load(Ordering::Relaxed), cpu_ticks());
    assert_eq!(imported.operation_count, n, "every page's operation is found");
    let missing = imported.diagnostics.iter().filter(|d| d.code == "missing-include").count();
    assert_eq!(missing, n, "every missing include is reported");
    assert!(yaml.len() > n * 100, "the spec holds the pages");
    let _ = std::fs::remove_dir_all(&dir);
    (a1 - a0, t0.zip(t1).map(|(a, b)| b - a))
}

#[test]
fn import_cost_grows_near_linearly() {
    let base = std::env::temp_dir().join(format!("slate-linear-{}", std::process::id()));
    let unit = 10;
    let (a1, _) = cost(&base, unit);
    let (a10, t10) = cost(&base, unit * 10);
    let (a100, t100) = cost(&base, unit * 100);
    let _ = std::fs::remove_dir_all(&base);
    eprintln!("allocations 1x {a1}, 10x {a10}, 100x {a100}; CPU ticks 10x {t10:?}, 100x {t100:?}");
    // Allocations: each 10x step at most 15x (fixed costs make the first step smaller).
    assert!(a10 <= a1 * 15, "1x -> 10x: {a1} -> {a10} allocations");
    assert!(a100 <= a10 * 15, "10x -> 100x: {a10} -> {a100} allocations");
    // CPU time, where the platform tells it and the 10x run is long enough to measure (>= 5 ticks).
    if let (Some(t10), Some(t100)) = (t10, t100) {
        if t10 >= 5 {
            assert!(t100 <= t10 * 25, "10x -> 100x: {t10} -> {t100} CPU ticks");
        }
    }
}
