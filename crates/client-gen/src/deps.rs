//! The optional dependencies of a generated crate: only what its code uses is compiled.
//!
//! Always there: reqwest with `json` (every operation decodes or sends JSON, `send_raw` too),
//! serde with `derive`, serde_json, and tokio with `time` (the retry loop and the rate limiter,
//! which every client has, sleep on tokio's clock; reqwest turns on `tokio/time` itself, so it
//! costs nothing). reqwest's default features (HTTP/2, charset decoding, the system proxy, and
//! its aws-lc-rs TLS) are off. The TLS backend is chosen by the crate's own features
//! (`templates/tls.rs.j2`; the default `rustls-ring` adds rustls with ring and the platform
//! verifier). An operation's query parameters are appended to the URL
//! (`Url::query_pairs_mut`), which needs no reqwest feature.

use serde::Serialize;

use crate::model::{BodyKind, ClientModel};

/// What the generated `Cargo.toml` turns on beyond the dependencies every crate has.
#[derive(Debug, Serialize)]
pub(crate) struct Deps {
    /// reqwest's `form`: a form body, or the OAuth2 token request (`RequestBuilder::form`).
    pub form: bool,
    /// reqwest's `query`: an API key sent as a query parameter (`RequestBuilder::query`).
    pub query: bool,
    /// reqwest's `multipart`: a `multipart/form-data` body.
    pub multipart: bool,
    /// tokio's `sync`: the async mutex of the OAuth2 token cache.
    pub tokio_sync: bool,
    /// `futures` (no default features: only `Stream` and `stream::unfold`): the pagination
    /// streams.
    pub futures: bool,
    /// serde_json's `raw_value`: the page scanner keeps a page's items undecoded.
    pub raw_value: bool,
}

impl Deps {
    /// The dependencies the code generated from `model` uses.
    pub(crate) fn of(model: &ClientModel) -> Deps {
        let body = |kind| model.operations.iter().any(|o| o.body.as_ref().is_some_and(|b| b.kind == kind));
        let client_credentials = model.auth.iter().any(|a| a.client_credentials.is_some());
        let paginated = model.operations.iter().any(|o| o.pagination.is_some());
        Deps {
            form: body(BodyKind::Form) || client_credentials,
            query: model.auth.iter().any(|a| a.kind == "query"),
            multipart: body(BodyKind::Multipart),
            tokio_sync: client_credentials,
            futures: paginated,
            raw_value: paginated,
        }
    }
}
