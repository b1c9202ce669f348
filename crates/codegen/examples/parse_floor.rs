//! The parse floor of the import (`cargo run --release -p codegen --example parse_floor`):
//! the CPU time of reading every Markdown file of the four seed doc sets and parsing it with
//! pulldown-cmark, the least any import of them costs. Prints the median of 21 runs per set
//! and in all, beside the median import time of the same set.

use std::time::{Duration, Instant};

#[path = "../benches/common.rs"]
mod common;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(runs: usize, mut work: impl FnMut()) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                work();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
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
