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
    let specs = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    for entry in std::fs::read_dir(&specs).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(dir.join("openapi.yaml")) else { continue };
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let spec: openapiv3::OpenAPI = yaml_serde::from_str(&text).unwrap();
        let g = client_gen::generate(&spec, &Default::default()).unwrap();
        for (path, text) in &g.files {
            let p = out.join(format!("real-{name}")).join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        for d in &g.diagnostics {
            eprintln!("{name}: {d}");
        }
    }
}
