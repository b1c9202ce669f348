//! Benchmarks (`cargo bench -p codegen --bench pipeline`): the import of each seed doc set
//! beside its parse floor (reading and parsing the same Markdown files with pulldown-cmark),
//! and the generation of each seed spec's client. Criterion prints each median with its
//! spread; the import / floor ratio is the figure issue 19 sets a goal for.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};

#[path = "common.rs"]
mod common;

fn import(c: &mut Criterion) {
    let root = common::docs_root();
    let mut group = c.benchmark_group("import");
    for set in common::SETS {
        let dir = root.join(set);
        assert!(dir.is_dir(), "doc set {} is missing (set SLATE_DOCS_DIR)", dir.display());
        group.bench_function(format!("{set}/floor"), |b| b.iter(|| black_box(common::parse_floor(&dir))));
        group.bench_function(format!("{set}/import"), |b| {
            b.iter(|| black_box(slate_import::import(&dir).expect("doc set imports")))
        });
    }
    group.finish();
}

fn generate(c: &mut Criterion) {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    let mut group = c.benchmark_group("generate");
    for set in common::SETS {
        let spec = codegen::read_spec(&specs.join(set).join("openapi.yaml")).expect("committed spec");
        let options = client_gen::Options::default();
        group.bench_function(*set, |b| b.iter(|| black_box(client_gen::generate(&spec, &options).expect("generates"))));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = import, generate
}
criterion_main!(benches);
