//! The part of a generated crate's `Error` (`templates/error.rs.j2`) the modules of this crate
//! use, with the same variants and conversion, so that they compile here as they do there. Not
//! copied into generated crates.

/// What went wrong (the variants the runtime modules build).
#[derive(Debug)]
pub(crate) enum Error {
    /// The request did not complete (connection, TLS, body).
    Transport(reqwest::Error),
    /// No answer within the client's timeout.
    Timeout,
    /// A redirect that is not followed.
    Redirect {
        /// Which redirect, and why.
        message: String,
    },
}

impl Error {
    /// As `templates/error.rs.j2` converts reqwest's errors.
    pub(crate) fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Error::Timeout
        } else if e.is_redirect() {
            Error::Redirect { message: e.without_url().to_string() }
        } else {
            Error::Transport(e.without_url())
        }
    }
}
