//! The README's "Use a generated client" example, compiled against the committed clients
//! (copied out of README.md by `build.rs`). It talks to the real APIs, so it is built, not run.

include!(concat!(env!("OUT_DIR"), "/readme_example.rs"));

#[test]
fn the_readme_client_example_builds() {
    // Creating the future type-checks every call in it; polling it would need the real APIs.
    let future = example();
    assert!(std::mem::size_of_val(&future) > 0, "the example does work across await points");
}
