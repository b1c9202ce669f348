//! The runtime pieces of a generated client that do not vary with the spec, as plain Rust:
//! compiled and unit-tested here, copied into every generated crate by client-gen
//! (`crates/client-gen/src/runtime_src.rs`, with `include_str!`) as the modules of the same name.
//!
//! A span between `// @spec-begin` and `// @spec-end` is what varies: a generated crate gets the
//! rendering of the template of the same name (`templates/<module>.rs.j2`) there; the span here
//! holds an example of it so the file compiles and its tests run. The `#[cfg(test)] mod tests`
//! at the end of each file runs here only: generated crates get the file without it, in the
//! layout written here (only the span is formatted by client-gen).
//!
//! The items are `pub(crate)`: in a generated crate `client.rs` uses them; here only the tests
//! do, hence `allow(dead_code)` on the modules.

#[allow(dead_code, reason = "the generated client.rs uses it")]
mod error;
#[allow(dead_code, reason = "the generated pagination.rs uses it")]
mod link_header;
#[allow(dead_code, reason = "the generated pagination.rs uses it")]
mod page_scan;
#[allow(dead_code, reason = "the generated client.rs uses it")]
mod rate_limit;
#[allow(dead_code, reason = "the generated client.rs uses it")]
mod redirect;
#[allow(dead_code, reason = "the generated client.rs uses it")]
mod retry;
