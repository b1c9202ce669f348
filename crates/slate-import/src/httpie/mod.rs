//! httpie evidence: finds the HTTPie commands (`http`, `https`) in a shell code block and reads
//! each into the same [`CurlCall`] the curl reader gives, so that everything downstream
//! (operations, auth, bodies, servers) treats an httpie sample like a curl one.
//!
//! HTTPie's command line is `http [flags] [METHOD] URL [ITEM ...]`:
//! - `https` is the same program with `https://` as the default scheme (`--default-scheme`
//!   changes it); a URL without a scheme gets the default one, `:3000/x` is
//!   `localhost:3000/x` and `:/x` is `localhost/x`; a URL that starts with a shell variable
//!   (`$BASE/x`, `${BASE}/x`) is kept as written, like every other shell variable;
//! - METHOD is an optional word of letters before the URL; without it httpie sends `POST` when
//!   the command sends data (data items, `--raw`, redirected or piped input), else `GET`;
//! - the item's separator decides what it is: `Header:Value` a header, `Header;` an empty
//!   header (`Header:` unsets a default header and sends nothing), `name==value` a query
//!   parameter, `name=value` a data field, `name:=json` a raw JSON field, `name=@file` and
//!   `name:=@file` fields read from a file, `name@file` a file upload; the first separator in
//!   the item wins (the longest one at that position), and `\` escapes a separator character;
//! - data fields make a JSON object by default (`-j`/`--json`), with httpie's nested paths
//!   (`a[b]=1`, `a[]=1`, `a[0]=1`; a repeated key makes an array); with `-f`/`--form` they are
//!   form fields, and with `--multipart` or any file upload a multipart form.
//!
//! What the [`CurlCall`] carries, mirroring curl: query items are appended to the URL (curl's
//! `-G` would drop a body; `get` stays `false`); a JSON body is one [`DataKind::Raw`] entry
//! holding the object, raw JSON values spliced in as written; form fields are
//! [`DataKind::UrlEncoded`] `name=value` entries (`name@file` for a value read from a file, as
//! with `--data-urlencode`); multipart fields are [`DataKind::Form`] entries as curl's `-F`
//! writes them (`name=value`, `name=@path` for an upload, `name=<file` for a value from a
//! file); `--raw`, `< file`, `<<<` and here-documents are [`DataKind::Raw`] entries (`@file`
//! for a file). `-a`/`--auth` gives [`CurlCall::user`] (basic and digest; with
//! `--auth-type bearer` it is an `Authorization: Bearer` header instead). Headers httpie adds by
//! itself (`Content-Type`, `Accept`) are not invented, as the curl reader does not invent them.
//!
//! The shell side is read as leniently as curl samples are: `$ ` prompts, `\` continuations,
//! single and double quotes, `#` comments (a comment line inside a continued command, ending in
//! `\` or followed by an indented item line, does not end it), several commands in one block,
//! shell variables and `$(…)` kept verbatim, quotes left open (closed at the end of their line).
//! A command whose URL does not look like one (prose starting with "http") gives nothing.
//! It never panics, whatever the input.
//!
//! [`DataKind::Raw`]: crate::curl::DataKind::Raw
//! [`DataKind::UrlEncoded`]: crate::curl::DataKind::UrlEncoded
//! [`DataKind::Form`]: crate::curl::DataKind::Form

mod body;
mod call;
mod items;
mod lex;
mod url;

use crate::curl::CurlCall;
use crate::shell::{continuation_after, eol};
use call::build_call;
use lex::{lex_command, program_at};

/// Finds every httpie command (`http …`, `https …`, after an optional `$ ` prompt or a shell
/// operator) in a shell code block and reads each into a [`CurlCall`]. A block without one
/// gives an empty vector. Never panics.
pub(crate) fn parse_httpie_commands(code: &str) -> Vec<CurlCall> {
    let c: Vec<char> = code.chars().collect();
    let n = c.len();
    let mut calls = Vec::new();
    let mut i = 0;
    // Whether `i` stands where a command may start, whether a prompt may come first there, and
    // whether that command reads a pipe.
    let mut command_position = true;
    let mut prompt_allowed = true;
    let mut piped = false;
    while i < n {
        if command_position {
            command_position = false;
            if let Some((after, https)) = program_at(&c, i, prompt_allowed) {
                let (toks, end) = lex_command(&c, after);
                let line = c[..i].iter().filter(|&&ch| ch == '\n').count();
                calls.extend(build_call(line, https, piped, &toks));
                i = end;
                continue;
            }
        }
        // Outside an httpie command: walk to the next place a command may start.
        let at_word_start = i == 0 || c[i - 1].is_whitespace() || ";&|(".contains(c[i - 1]);
        match c[i] {
            '\n' => {
                (command_position, prompt_allowed, piped) = (true, true, false);
                i += 1;
            }
            ';' | '&' | '|' => {
                let double = c.get(i + 1) == Some(&c[i]);
                piped = c[i] == '|' && !double;
                (command_position, prompt_allowed) = (true, false);
                i += if double { 2 } else { 1 };
            }
            '\\' => i = continuation_after(&c, i + 1).map_or(i + 2, |(next, _)| next),
            q @ ('\'' | '"') => {
                let e = eol(&c, i + 1);
                i = c[i + 1..e].iter().position(|&ch| ch == q).map_or(e, |p| i + p + 2);
            }
            '#' if at_word_start => i = eol(&c, i),
            _ => i += 1,
        }
    }
    calls
}

#[cfg(test)]
mod odd_inputs;
#[cfg(test)]
mod tests;
