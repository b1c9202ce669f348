//! curl evidence: finds the `curl` commands in a shell code block and reads what they state
//! (method, URL, headers, credentials, body data), plus [`split_url`] to take a URL or path as
//! written in docs apart.
//!
//! The reader is a small, lenient shell lexer, not a shell. It knows what hand-written docs do:
//! `$ ` prompts, `\` line continuations (also with stray blanks after the backslash, or forgotten
//! before an indented flag line), single and double quotes (multi-line JSON bodies included),
//! `#` comments, several commands in one block, tabs, shell variables (kept verbatim, never
//! expanded), `<placeholder>` words, and quotes left open by mistake (closed at the end of their
//! line). It never panics, whatever the input.

mod call;
mod options;
mod tokenize;
mod url;

use call::build_call;
use tokenize::{find_command_start, lex_command};
pub use url::{split_url, SplitUrl};
/// One curl invocation found in a code block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurlCall {
    /// 0-based line offset, within the code block text, of the line where `curl` appears.
    pub line: usize,
    /// Explicit method from `-X`/`--request`, uppercased, otherwise as written (a typo such as
    /// `PATH` is kept verbatim); `None` if not given. The last one given wins, as in curl.
    pub explicit_method: Option<String>,
    /// Method as curl would send it: the explicit one, else `HEAD` for `-I`/`--head`, else `GET`
    /// for `-G`/`--get`, else `PUT` for `-T`/`--upload-file`, else `POST` if any data flag
    /// (`-d`/`--data`/`--data-raw`/`--data-binary`/`--data-ascii`/`--json`/`--data-urlencode`/
    /// `-F`/`--form`/`--form-string`), else `GET`.
    pub method: String,
    /// The URL as written (first positional argument or first `--url`), quotes removed, shell
    /// variables kept verbatim (e.g. `https://${API_ROOT}/companies/ID/bills`). Empty if the
    /// command names no URL.
    pub url: String,
    /// Headers from `-H`/`--header`, in order, split at the first `:` and trimmed (a header
    /// without `:` gives its trimmed text and an empty value).
    pub headers: Vec<(String, String)>,
    /// `-u`/`--user` value (e.g. `ACCESS_TOKEN:`); the last one given wins.
    pub user: Option<String>,
    /// Body data flags in order, each value as written (`@file` references kept verbatim).
    pub data: Vec<(DataKind, String)>,
    /// `-G`/`--get` was given: curl moves the data into the query string and sends a GET.
    pub get: bool,
}

/// Which kind of curl data flag a [`CurlCall::data`] entry came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataKind {
    /// `-d`, `--data`, `--data-raw`, `--data-binary`, `--data-ascii`, `--json`: JSON or raw text.
    Raw,
    /// `--data-urlencode`.
    UrlEncoded,
    /// `-F`, `--form`, `--form-string`: multipart form fields.
    Form,
}

/// Finds every curl command in a shell code block.
///
/// Handles `$ ` prompts, `\` line continuations, single and double quotes (including multi-line
/// quoted JSON bodies), `#` comment lines, several commands in one block (separate lines, `;`,
/// `&&`, `|`), tabs, and text around the commands that is not curl. A block that never runs
/// curl gives an empty vector. Never panics.
pub fn parse_curl_commands(code: &str) -> Vec<CurlCall> {
    let chars: Vec<char> = code.chars().collect();
    let mut calls = Vec::new();
    let mut pos = 0;
    while let Some(start) = find_command_start(&chars, pos) {
        let (toks, end) = lex_command(&chars, start);
        let line = chars[..start].iter().filter(|&&c| c == '\n').count();
        calls.push(build_call(line, &toks));
        pos = end.max(start + 4);
    }
    calls
}

#[cfg(test)]
mod odd_inputs;
#[cfg(test)]
mod tests;
