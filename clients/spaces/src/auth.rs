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
    BasicAuth,
}

/// The credentials given to the builder.
#[derive(Debug, Clone, Default)]
pub(crate) struct Credentials {
    pub(crate) basic_auth: Option<Secret>,
}

impl Credentials {
    fn has(&self, scheme: Scheme) -> bool {
        match scheme {
            Scheme::BasicAuth => self.basic_auth.is_some(),
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
                Scheme::BasicAuth => {
                    match &self.basic_auth {
                        Some(token) => request.basic_auth(token.expose(), Some("")),
                        None => request,
                    }
                }
            },
        )
    }
}
