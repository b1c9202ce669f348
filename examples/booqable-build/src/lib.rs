//! A Booqable API client generated at build time, the way a downstream crate uses `codegen`.
//!
//! `build.rs` calls `codegen::Builder` (a build-dependency, without the CLI) with the committed
//! spec `specs/booqable/openapi.yaml` (or, with `BOOQABLE_DOCS_DIR` set, the Markdown doc set)
//! and writes one self-contained module to `$OUT_DIR/booqable.rs`; this file pulls it in with
//! `include!`. Nothing generated is committed here: a changed spec regenerates the client on
//! the next `cargo build`.
//!
//! The client authenticates with an API key sent as the `api_key` query parameter, and its
//! server URL has a `{company_slug}` variable:
//!
//! ```no_run
//! # async fn run() -> Result<(), booqable_build_example::Error> {
//! let client = booqable_build_example::Client::builder()
//!     .company_slug("acme") // https://acme.booqable.com/api/1
//!     .api_key("YOUR_API_KEY")
//!     .build()?;
//! let page = client.list_customers().per(25).send().await?;
//! for customer in page.customers {
//!     println!("{:?}", customer.name);
//! }
//! # Ok(())
//! # }
//! ```

/// The generated client: [`Client`], its builder [`ClientBuilder`], `types` and `operations`.
pub mod booqable {
    include!(concat!(env!("OUT_DIR"), "/booqable.rs"));
}

pub use booqable::{operations, types, ApiError, Client, ClientBuilder, Error, Secret};
