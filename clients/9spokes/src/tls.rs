//! The TLS backend, chosen by Cargo features: `rustls-ring` (the default: rustls with the
//! `ring` crypto provider, configured here: a much faster build than aws-lc-rs), `rustls`
//! (reqwest's rustls setup, aws-lc-rs cryptography, the system's root certificates) or
//! `native-tls` (the system's library: OpenSSL on Linux, Security.framework on macOS, SChannel
//! on Windows). With several on, `native-tls` wins, then `rustls`.

use super::error::Error;

#[cfg(not(any(feature = "rustls", feature = "rustls-ring", feature = "native-tls")))]
compile_error!(
    "no TLS backend: enable the `rustls-ring` feature (the default), `rustls` or `native-tls`"
);

/// A root certificate given to `.add_root_certificate(..)` that cannot be read.
fn unreadable(why: impl std::fmt::Display) -> Error {
    Error::InvalidConfig {
        message: format!(
            "cannot read a root certificate given to `.add_root_certificate(..)`: {why}"
        ),
    }
}

/// `builder` with the TLS backend of the crate's features, trusting the certificates of the
/// PEM bundles `pems` beside the system's roots. A bundle with no certificate is an error.
#[cfg(any(feature = "rustls", feature = "native-tls"))]
pub(crate) fn configure(
    builder: reqwest::ClientBuilder,
    pems: &[Vec<u8>],
) -> Result<reqwest::ClientBuilder, Error> {
    let mut roots = Vec::new();
    for pem in pems {
        let certificates = reqwest::Certificate::from_pem_bundle(pem)
            .map_err(unreadable)?;
        if certificates.is_empty() {
            return Err(unreadable("no PEM certificate in it"));
        }
        roots.extend(certificates);
    }
    Ok(if roots.is_empty() { builder } else { builder.tls_certs_merge(roots) })
}

/// `builder` with the TLS backend of the crate's features, trusting the certificates of the
/// PEM bundles `pems` beside the system's roots. A bundle with no certificate is an error.
///
/// reqwest's own rustls setup uses the aws-lc-rs provider (a large C library to build); the
/// same configuration is made here with ring's: TLS 1.2 and 1.3, the platform's verifier,
/// HTTP/1.1 by ALPN. No process-wide default provider is installed (see
/// [`install_ring_provider`]).
#[cfg(
    all(feature = "rustls-ring", not(any(feature = "rustls", feature = "native-tls")))
)]
pub(crate) fn configure(
    builder: reqwest::ClientBuilder,
    pems: &[Vec<u8>],
) -> Result<reqwest::ClientBuilder, Error> {
    use std::sync::Arc;
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;
    let mut roots = Vec::new();
    for pem in pems {
        let certificates = CertificateDer::pem_slice_iter(pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(unreadable)?;
        if certificates.is_empty() {
            return Err(unreadable("no PEM certificate in it"));
        }
        roots.extend(certificates);
    }
    let unusable = |e: rustls::Error| Error::InvalidConfig {
        message: format!("cannot set up TLS: {e}"),
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = if roots.is_empty() {
        rustls_platform_verifier::Verifier::new(provider.clone()).map_err(unusable)?
    } else {
        #[cfg(not(target_os = "android"))]
        {
            rustls_platform_verifier::Verifier::new_with_extra_roots(
                    roots,
                    provider.clone(),
                )
                .map_err(unusable)?
        }

        #[cfg(target_os = "android")]
        {
            return Err(
                unreadable("extra root certificates are not supported on Android"),
            );
        }
    };
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(unusable)?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(builder.tls_backend_preconfigured(config))
}

/// Installs rustls' `ring` crypto provider as the process-wide default, unless one is
/// installed already; returns whether this call installed it. Only for a `reqwest::Client` you
/// build yourself for [`ClientBuilder::http_client`](super::ClientBuilder::http_client): with
/// the `rustls-ring` feature, reqwest has no crypto provider of its own and its `build()`
/// panics unless the program installed one (or another crate turns on reqwest's `rustls`).
/// Call it before building that client, early in `main`. The client's own
/// [`ClientBuilder::build`](super::ClientBuilder::build) never needs it and never installs
/// anything: the process-wide default is the program's choice, not a library's.
#[cfg(feature = "rustls-ring")]
pub fn install_ring_provider() -> bool {
    rustls::crypto::ring::default_provider().install_default().is_ok()
}
