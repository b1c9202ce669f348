//! The parse floor of the import (`cargo run --release -p codegen --example parse_floor`):
//! the CPU time (of the process, so that other work on a shared machine does not count) of reading every Markdown file of the four seed doc sets and parsing it with
//! pulldown-cmark, the least any import of them costs. Prints the median of 21 runs per set
//! and in all, beside the median import time of the same set.
//!
//! `parse_floor DIR...` measures the given doc folders instead (5 runs each, `FLOOR_RUNS` to
//! change); `parse_floor --floor-only DIR` prints only the floor of `DIR` in seconds, for
//! `scripts/bench-growth.sh`.

use std::time::Duration;

#[path = "../benches/common.rs"]
mod common;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

/// The CPU time this process (every thread of it) has used so far.
fn cpu_now() -> Duration {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid timespec to write to; the clock id is a constant of the platform.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) } == 0;
    assert!(ok, "the process CPU clock is readable");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

fn time(runs: usize, mut work: impl FnMut()) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = cpu_now();
                work();
                cpu_now().saturating_sub(start)
            })
            .collect(),
    )
}

/// The floor (and unless `floor_only`, the import) of each folder named on the command line.
fn given_dirs(args: &[String]) {
    let floor_only = args.first().is_some_and(|a| a == "--floor-only");
    let runs = std::env::var("FLOOR_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5);
    for dir in args.iter().filter(|a| *a != "--floor-only").map(std::path::Path::new) {
        if common::markdown_files(dir).is_empty() {
            eprintln!("no Markdown under {}", dir.display());
            std::process::exit(2);
        }
        let floor = time(runs, || {
            std::hint::black_box(common::parse_floor(dir));
        });
        if floor_only {
            println!("{:.6}", floor.as_secs_f64());
            continue;
        }
        let import = time(runs, || {
            std::hint::black_box(slate_import::import(dir).ok());
        });
        println!(
            "{}: floor {:.2} ms, import {:.2} ms, {:.1}x",
            dir.display(),
            floor.as_secs_f64() * 1e3,
            import.as_secs_f64() * 1e3,
            import.as_secs_f64() / floor.as_secs_f64()
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.is_empty() {
        return given_dirs(&args);
    }
    let root = common::docs_root();
    let (mut floor_all, mut import_all) = (Duration::ZERO, Duration::ZERO);
    println!("{:<10} {:>6} {:>10} {:>10} {:>7}", "set", "files", "floor ms", "import ms", "ratio");
    for set in common::SETS {
        let dir = root.join(set);
        let files = common::markdown_files(&dir).len();
        if files == 0 {
            eprintln!("no Markdown under {} (set SLATE_DOCS_DIR)", dir.display());
            std::process::exit(2);
        }
        let floor = time(21, || {
            std::hint::black_box(common::parse_floor(&dir));
        });
        let import = time(21, || {
            std::hint::black_box(slate_import::import(&dir).ok());
        });
        floor_all += floor;
        import_all += import;
        println!(
            "{set:<10} {files:>6} {:>10.2} {:>10.2} {:>6.1}x",
            floor.as_secs_f64() * 1e3,
            import.as_secs_f64() * 1e3,
            import.as_secs_f64() / floor.as_secs_f64()
        );
    }
    println!(
        "{:<10} {:>6} {:>10.2} {:>10.2} {:>6.1}x",
        "all",
        "",
        floor_all.as_secs_f64() * 1e3,
        import_all.as_secs_f64() * 1e3,
        import_all.as_secs_f64() / floor_all.as_secs_f64()
    );
}
