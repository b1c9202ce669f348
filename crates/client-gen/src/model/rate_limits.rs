//! `x-rate-limit`, of the document or of one operation: read in one place, so that both get
//! the same windows and the same warning.

use super::{Builder, RateLimit};
use crate::Code;
use openapi_ext as ext;

impl<'a> Builder<'a> {
    /// The usable windows of the `x-rate-limit` in `extensions` (none when it is absent or of
    /// the wrong shape), in the docs' order; a window that states a figure no client can keep
    /// (not positive) is a warning at `location` and left out. A window of headers alone
    /// (`headers`, `retry_after`) states no figure: the client reads the rate-limit headers
    /// anyway.
    pub(super) fn rate_limits(&mut self, extensions: &ext::Extensions, location: &str) -> Vec<RateLimit> {
        let Some(limit) = self.read_ext::<ext::RateLimit>(extensions, location) else {
            return Vec::new();
        };
        let kept: Vec<RateLimit> =
            limit.figures().into_iter().map(|(requests, per_seconds)| RateLimit { requests, per_seconds }).collect();
        if kept.len() < limit.windows.iter().filter(|w| w.states_a_figure()).count() {
            self.warn(
                Code::ExtensionIgnored,
                location,
                "x-rate-limit needs positive `requests` and `per_seconds`; ignored",
            );
        }
        kept
    }
}
