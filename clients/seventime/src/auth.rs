//! Credentials. They are kept in [`Secret`]s, whose `Debug` output is `"***"`, and are only
//! ever written into requests to the API's own server, never into messages.

use std::fmt;
use super::error::Error;

/// A credential. Its `Debug` output never shows the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"***\"")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_string())
    }
}

/// The security schemes of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    ApiKey,
}

/// The credentials given to the builder.
#[derive(Debug, Clone, Default)]
pub(crate) struct Credentials {
    pub(crate) api_key: Option<Secret>,
}

/// A header value marked sensitive (hidden from reqwest's and hyper's debug output).
fn sensitive(value: &str) -> Result<reqwest::header::HeaderValue, Error> {
    let mut value = reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidConfig {
            message: "a credential contains characters not allowed in an HTTP header"
                .to_string(),
        })?;
    value.set_sensitive(true);
    Ok(value)
}

/// What to give the builder for `operation`, for [`Error::MissingCredentials`].
pub(crate) fn needed_by(_operation: &str) -> &'static str {
    "call `.api_key(..)` on the builder"
}

impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::ApiKey => self.api_key.is_some(),
        }
    }

    /// The alternative of `requirements` to send: the first whose credentials were all
    /// given, else an empty one (credentials optional). No requirement: nothing to send.
    pub(crate) fn choose(
        &self,
        requirements: &'static [&'static [Scheme]],
        operation: &'static str,
    ) -> Result<&'static [Scheme], Error> {
        if requirements.is_empty() {
            return Ok(&[]);
        }
        requirements
            .iter()
            .find(|alternative| {
                !alternative.is_empty()
                    && alternative.iter().all(|scheme| self.has(*scheme))
            })
            .or_else(|| requirements.iter().find(|alternative| alternative.is_empty()))
            .copied()
            .ok_or(Error::MissingCredentials {
                operation,
            })
    }

    /// Adds the credentials of `alternative` to a request to the API's server.
    pub(crate) fn apply(
        &self,
        mut request: reqwest::RequestBuilder,
        alternative: &[Scheme],
    ) -> Result<reqwest::RequestBuilder, Error> {
        for scheme in alternative {
            request = match scheme {
                Scheme::ApiKey => {
                    match &self.api_key {
                        Some(key) => {
                            request.header("Client-Secret", sensitive(key.expose())?)
                        }
                        None => request,
                    }
                }
            };
        }
        Ok(request)
    }
}
