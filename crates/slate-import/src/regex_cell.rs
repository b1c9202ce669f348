//! A fixed regex compiled once, on first use, into a `static` cell of its caller.

use regex::Regex;
use std::sync::OnceLock;

/// The regex of `pattern`, compiled into `cell` the first time.
pub(crate) fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}
