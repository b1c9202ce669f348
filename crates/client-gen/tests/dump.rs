mod common;

/// Writes the generated crates under target/client-gen-dump for a human to look at.
#[test]
#[ignore]
fn dump() {
    let out = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/client-gen-dump");
    for name in common::SPECS {
        let g = common::gen(name, &Default::default());
        for (path, text) in &g.files {
            let p = out.join(name).join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        for d in &g.diagnostics {
            eprintln!("{name}: {d}");
        }
    }
}
