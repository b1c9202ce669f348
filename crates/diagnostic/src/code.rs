//! Diagnostic codes: the [`Code`] trait and the [`codes!`](crate::codes) macro that declares
//! an enum of them.

use crate::Severity;
use std::fmt;

/// The kind of a diagnostic, as declared by [`codes!`](crate::codes): a stable kebab-case name
/// that `--deny`/`--allow` and build scripts match on, the levels it is reported at (the
/// first is its usual one) and a one-line summary.
pub trait Code: Copy + Eq + fmt::Debug + fmt::Display + 'static {
    /// Every code, in name order.
    fn all() -> &'static [Self];
    /// The stable name (`method-typo`).
    fn name(self) -> &'static str;
    /// What a diagnostic of this kind says, in one line.
    fn summary(self) -> &'static str;
    /// The levels diagnostics of this kind are reported at, most severe first.
    fn levels(self) -> &'static [Severity];

    /// The level a diagnostic of this kind has unless its producer says otherwise: the first
    /// of [`Code::levels`].
    fn default_level(self) -> Severity {
        self.levels().first().copied().unwrap_or(Severity::Warning)
    }
}

/// Checks a code table: names unique, kebab-case and in name order, each with a summary and
/// with one or more levels, most severe first, none twice. The error names the first fault.
pub fn check_codes<C: Code>() -> Result<(), String> {
    let names: Vec<&str> = C::all().iter().map(|c| c.name()).collect();
    for code in C::all() {
        let name = code.name();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
            return Err(format!("`{name}` is not kebab-case"));
        }
        if code.summary().trim().is_empty() {
            return Err(format!("`{name}` has no summary"));
        }
        let levels = code.levels();
        if levels.is_empty() || !levels.windows(2).all(|w| w[0] > w[1]) {
            return Err(format!("`{name}`: levels {levels:?} are not most severe first, each once"));
        }
    }
    match names.windows(2).find(|w| w[0] >= w[1]) {
        Some(w) => Err(format!("codes not unique and in name order: `{}` before `{}`", w[0], w[1])),
        None => Ok(()),
    }
}

/// Declares an enum of diagnostic codes: its doc and `pub enum Name;`, then one row per code,
/// `Variant => "kebab-name", Level | Level: "summary",` (levels most severe first; rows in
/// name order). The enum gets `ALL`, `as_str`, `summary`, `levels`, `from_name`, `Display`
/// (the name) and an impl of [`Code`].
#[macro_export]
macro_rules! codes {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident;
        $($variant:ident => $code:literal, $($level:ident)|+ : $summary:literal,)*
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $(
                #[doc = $summary]
                $variant,
            )*
        }

        #[allow(dead_code, reason = "each producer uses the accessors it needs")]
        impl $name {
            /// Every code, in name order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable name (`method-typo`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)*
                }
            }

            /// What a diagnostic of this kind says, in one line.
            pub fn summary(self) -> &'static str {
                match self {
                    $($name::$variant => $summary,)*
                }
            }

            /// The levels diagnostics of this kind are reported at, most severe first.
            pub fn levels(self) -> &'static [$crate::Severity] {
                match self {
                    $($name::$variant => &[$($crate::Severity::$level),+],)*
                }
            }

            /// The code of that name, if there is one.
            pub fn from_name(name: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|c| c.as_str() == name)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::Code for $name {
            fn all() -> &'static [$name] {
                $name::ALL
            }
            fn name(self) -> &'static str {
                self.as_str()
            }
            fn summary(self) -> &'static str {
                $name::summary(self)
            }
            fn levels(self) -> &'static [$crate::Severity] {
                $name::levels(self)
            }
        }
    };
}
