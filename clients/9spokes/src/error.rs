//! The one error type of this client.

use std::fmt;

/// What an error response body decodes into.
pub type ApiError = super::types::ErrorBody;

/// What a request-signing hook ([`sign_with`](super::client::ClientBuilder::sign_with))
/// returns when it cannot sign: any error (`?` converts), or a message (`Err("no key".into())`).
pub type SignError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong calling the API. Never contains a credential.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response not read (connection refused, TLS,
    /// body cut short...). The URL is stripped: it may carry a query credential.
    Transport(reqwest::Error),
    /// No response within the configured timeout.
    Timeout,
    /// The server answered with a non-success status.
    Status {
        /// The HTTP status code.
        status: u16,
        /// The raw response body.
        body: String,
        /// The body decoded as the API's error type, when it decodes.
        error: Option<Box<ApiError>>,
    },
    /// A success response whose body does not match the expected type.
    Decode {
        /// What did not match.
        message: String,
        /// The raw response body (or the offending item of a page).
        body: String,
    },
    /// The request body could not be encoded.
    Encode {
        /// Why.
        message: String,
    },
    /// The client is misconfigured (missing server variable, plain http, bad URL...).
    InvalidConfig {
        /// What is wrong and how to fix it.
        message: String,
    },
    /// A path parameter is empty, `.` or `..`: sent, it would name another endpoint (the URL
    /// parser resolves dot segments, percent-encoded or not). The request was not sent.
    InvalidPathParameter {
        /// The operation's id in the spec.
        operation: &'static str,
        /// The parameter's name in the spec.
        parameter: &'static str,
        /// The refused value.
        value: String,
    },
    /// A response body was longer than the limit
    /// ([`max_body_size`](super::client::ClientBuilder::max_body_size)); reading stopped there.
    BodyTooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// A redirect was refused: from `https` to plain `http`, to a scheme other than HTTP, or
    /// more of them than the client follows. Nothing was sent to its target.
    Redirect {
        /// Which redirect, and why.
        message: String,
    },
    /// The operation needs credentials that were not given to the builder (the message
    /// names the setters it needs).
    MissingCredentials {
        /// The operation's id in the spec.
        operation: &'static str,
    },
    /// The request-signing hook given to
    /// [`sign_with`](super::client::ClientBuilder::sign_with) failed; the request was not sent.
    Signing(SignError),
}

impl Error {
    /// The HTTP status, for [`Error::Status`].
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The raw body of an [`Error::Status`] or [`Error::Decode`], when there is one.
    pub fn body(&self) -> Option<&str> {
        match self {
            Error::Status { body, .. } | Error::Decode { body, .. } => Some(body),
            _ => None,
        }
    }

    /// The body of an [`Error::Status`] decoded as `T`: for an operation whose error
    /// response has its own type (see the operation's `# Errors` section). `None` when
    /// there is no body or it does not decode.
    pub fn body_as<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        match self {
            Error::Status { body, .. } => serde_json::from_str(body).ok(),
            _ => None,
        }
    }

    pub(crate) fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Error::Timeout
        } else if e.is_redirect() {
            Error::Redirect {
                message: e.without_url().to_string(),
            }
        } else {
            Error::Transport(e.without_url())
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Timeout => write!(f, "request timed out"),
            Error::Status { status, .. } => write!(f, "server answered HTTP {status}"),
            Error::Decode { message, .. } => {
                write!(f, "cannot decode response: {message}")
            }
            Error::Encode { message } => write!(f, "cannot encode request: {message}"),
            Error::InvalidConfig { message } => {
                write!(f, "invalid client configuration: {message}")
            }
            Error::InvalidPathParameter { operation, parameter, value } => {
                write!(
                    f,
                    "operation `{operation}`: path parameter `{parameter}` may not be {value:?} (it would name another endpoint)"
                )
            }
            Error::BodyTooLarge { limit } => {
                write!(f, "response body longer than the limit of {limit} bytes")
            }
            Error::Redirect { message } => write!(f, "redirect not followed: {message}"),
            Error::MissingCredentials { operation } => {
                write!(
                    f,
                    "operation `{operation}` needs credentials the client was not given: {}",
                    super::auth::needed_by(operation)
                )
            }
            Error::Signing(e) => write!(f, "cannot sign the request: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Signing(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}
