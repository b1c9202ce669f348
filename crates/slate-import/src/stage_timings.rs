//! Stage timings, for profiling the import: with `SLATE_IMPORT_TIMINGS` set (to anything) each
//! stage of [`crate::import`] prints its wall time to stderr (`import stage read: 12.3 ms`).
//! Off by default: then nothing is printed and nothing is measured.

use std::time::Instant;

/// The environment variable that turns the timings on.
pub(crate) const VAR: &str = "SLATE_IMPORT_TIMINGS";

/// Runs `work`; with the timings on, prints how long it took under `name`.
pub(crate) fn stage<T>(name: &str, work: impl FnOnce() -> T) -> T {
    if std::env::var_os(VAR).is_none() {
        return work();
    }
    let start = Instant::now();
    let out = work();
    eprintln!("import stage {name}: {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    out
}
