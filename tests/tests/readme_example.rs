//! The README's "Use a generated client" example, compiled against the committed clients
//! (copied out of README.md by `build.rs`). It talks to the real APIs, so it is only run as far
//! as it goes without credentials: it must take them from the environment, never from the code.

include!(concat!(env!("OUT_DIR"), "/readme_example.rs"));

#[tokio::test]
async fn the_readme_client_example_builds_and_takes_its_credentials_from_the_environment() {
    // Edition 2021: `remove_var` is safe; no other test of this binary reads the environment.
    std::env::remove_var("NINE_SPOKES_API_KEY");
    let err = example().await.expect_err("without NINE_SPOKES_API_KEY the example stops before any request");
    assert_eq!(
        err.downcast_ref::<std::env::VarError>(),
        Some(&std::env::VarError::NotPresent),
        "the first credential is read from the environment: {err}"
    );
}
