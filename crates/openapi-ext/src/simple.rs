//! The small extensions: `x-request-headers`, `x-envelope`, `x-request-signing`, `x-token-as`.

use crate::{names, Extension, Extensions};
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// `x-request-headers`: headers the docs require on every request, name to value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestHeaders(pub IndexMap<String, Value>);

impl RequestHeaders {
    /// The headers whose value is text, in the docs' order (others are not headers a client
    /// can send and are skipped).
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().filter_map(|(k, v)| Some((k.as_str(), v.as_str()?)))
    }
}

impl Extension for RequestHeaders {
    const NAME: &'static str = names::REQUEST_HEADERS;
}

/// `x-envelope`: every successful response wraps its payload in the field `payload`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    /// The wrapping field (`data`).
    pub payload: String,
}

impl Extension for Envelope {
    const NAME: &'static str = names::ENVELOPE;
}

/// `x-request-signing`: what the docs say about a request signature. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RequestSigning {
    /// How the signature is computed (`HMAC-SHA256`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<String>,
    /// What the signature covers, in the docs' words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signs: Option<String>,
    /// Where the signature goes: `query`, `header` or `body`.
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// The parameter, header or field holding it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A request-time value the signature covers, in the same place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// Free text for `in` and `name` when the docs do not say them plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<String>,
    /// The docs' own words about signing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Fields this version of the contract does not know, kept as written.
    #[serde(flatten)]
    pub other: Extensions,
}

impl Extension for RequestSigning {
    const NAME: &'static str = names::REQUEST_SIGNING;
}

/// `x-token-as` on an `http`/`basic` scheme: how the one credential is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenAs {
    /// The token is the Basic user name, with an empty password.
    Username,
}

impl Extension for TokenAs {
    const NAME: &'static str = names::TOKEN_AS;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn each_reads_what_it_writes() {
        let mut ext = Extensions::new();
        Envelope { payload: "data".into() }.write(&mut ext);
        TokenAs::Username.write(&mut ext);
        let signing = RequestSigning { algorithm: Some("HMAC-SHA256".into()), ..Default::default() };
        signing.write(&mut ext);
        assert_eq!(ext["x-envelope"], json!({"payload": "data"}));
        assert_eq!(ext["x-token-as"], json!("username"));
        assert_eq!(ext["x-request-signing"], json!({"algorithm": "HMAC-SHA256"}));
        assert_eq!(Envelope::read(&ext).unwrap().unwrap().payload, "data");
        assert_eq!(TokenAs::read(&ext).unwrap().unwrap(), TokenAs::Username);
        assert_eq!(RequestSigning::read(&ext).unwrap().unwrap(), signing);
        assert!(RequestHeaders::read(&ext).is_none());
    }

    #[test]
    fn signing_location_is_written_in() {
        let s = RequestSigning::from_value(&json!({"in": "header", "name": "X-Sig", "mode": 2})).unwrap();
        assert_eq!(s.location.as_deref(), Some("header"));
        assert_eq!(s.other["mode"], json!(2));
        assert_eq!(s.to_value(), json!({"in": "header", "name": "X-Sig", "mode": 2}));
    }

    #[test]
    fn request_headers_keep_order_and_skip_non_text() {
        let h = RequestHeaders::from_value(&json!({"User-Agent": "me", "X-N": 3, "Accept": "a/b"})).unwrap();
        assert_eq!(h.pairs().collect::<Vec<_>>(), vec![("User-Agent", "me"), ("Accept", "a/b")]);
        assert!(Envelope::from_value(&json!({"wrap": "x"})).unwrap_err().starts_with("x-envelope:"));
        assert!(TokenAs::from_value(&json!("password")).is_err());
    }
}
