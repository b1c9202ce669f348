//! Credentials. They are kept in [`Secret`]s, whose `Debug` output is `"***"`, and are only
//! ever written into request headers or the query, never into messages.

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

impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::ApiKey => self.api_key.is_some(),
        }
    }

    /// Adds the credentials of the first alternative of `requirements` the client has all
    /// schemes of. No requirement: nothing added. An empty alternative: credentials optional.
    pub(crate) fn apply(
        &self,
        mut request: reqwest::RequestBuilder,
        requirements: &[&[Scheme]],
        operation: &'static str,
    ) -> Result<reqwest::RequestBuilder, Error> {
        if requirements.is_empty() {
            return Ok(request);
        }
        let Some(alternative) = requirements
            .iter()
            .find(|alternative| alternative.iter().all(|scheme| self.has(*scheme))) else {
            return Err(Error::MissingCredentials {
                operation,
            });
        };
        for scheme in alternative.iter() {
            request = self.apply_one(request, *scheme)?;
        }
        Ok(request)
    }

    fn apply_one(
        &self,
        request: reqwest::RequestBuilder,
        scheme: Scheme,
    ) -> Result<reqwest::RequestBuilder, Error> {
        Ok(
            match scheme {
                Scheme::ApiKey => {
                    match &self.api_key {
                        Some(key) => {
                            request.header("Client-Secret", sensitive(key.expose())?)
                        }
                        None => request,
                    }
                }
            },
        )
    }
}
