//! client-gen: OpenAPI 3.0 in, a standalone typed async Rust client crate out.
