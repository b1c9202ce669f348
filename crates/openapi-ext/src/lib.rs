//! The contract between the importer and the generator: the `x-` extensions slate-import
//! writes into a spec and client-gen (and `codegen diff`) read back, as Rust types.
//!
//! Each extension has one type, one reader ([`Extension::read`]) and one writer
//! ([`Extension::write`]); its name is a constant in [`names`]. The shapes are described for
//! users in `docs/extensions.md`, which a test of this crate checks against these types.
//! [`schema`] holds the OpenAPI helpers all three share (the "or null" shapes, `$ref`
//! resolution). The crate knows nothing of Markdown or of Rust generation.
//!
//! Fields the types do not know are kept (each type has an `other` map) so that a spec
//! written by a newer importer round-trips through an older reader without loss.
#![deny(missing_docs)]

pub mod names;
mod pagination;
mod rate_limit;
pub mod schema;
mod simple;

pub use pagination::{plan_of, Pagination, PagingPlan, PagingStyle};
pub use rate_limit::{RateLimit, RateLimitHeaders, RateWindow};
pub use simple::{Envelope, RequestHeaders, RequestSigning, TokenAs};

use indexmap::IndexMap;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The `extensions` map of an OpenAPI object, as openapiv3 keeps it.
pub type Extensions = IndexMap<String, Value>;

/// An `x-` extension: its name, and how it is read from and written to an extensions map.
pub trait Extension: Serialize + DeserializeOwned {
    /// The extension's name (`x-pagination`), one of [`names::ALL`].
    const NAME: &'static str;

    /// Reads the extension from `ext`: `None` when absent, an error message (naming the
    /// extension) when present but not of this shape.
    fn read(ext: &Extensions) -> Option<Result<Self, String>> {
        ext.get(Self::NAME).map(Self::from_value)
    }

    /// Reads the extension from its value.
    fn from_value(value: &Value) -> Result<Self, String> {
        Self::deserialize_value(value).map_err(|e| format!("{}: {e}", Self::NAME))
    }

    /// Deserializes the value (the default uses serde; a type may normalise first).
    fn deserialize_value(value: &Value) -> serde_json::Result<Self> {
        serde_json::from_value(value.clone())
    }

    /// The extension as a JSON value, as written into a spec.
    fn to_value(&self) -> Value {
        // The types serialize to plain JSON (strings, numbers, maps): this cannot fail.
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Writes the extension into `ext` under [`Self::NAME`], replacing what was there.
    fn write(&self, ext: &mut Extensions) {
        ext.insert(Self::NAME.to_owned(), self.to_value());
    }
}
