//! curl's option tables (which options take an argument, which are flags) and option names as
//! pasted from word processors.

/// Short options that take an argument (curl 8). All other short letters are flags.
pub(super) const SHORT_WITH_ARG: &str = "AbcCdDeEFHKmoPQrtTuUwxXyYz";
/// Short options that take no argument (only used to recognise a forgotten `\`).
pub(super) const SHORT_FLAGS: &str = "0123456aBfgGhiIjJklLMnNOpqRsSvVZ#:";

/// Long options that take an argument.
const LONG_WITH_ARG: &[&str] = &[
    "abstract-unix-socket",
    "aws-sigv4",
    "cacert",
    "capath",
    "cert",
    "cert-type",
    "ciphers",
    "config",
    "connect-timeout",
    "connect-to",
    "continue-at",
    "cookie",
    "cookie-jar",
    "create-file-mode",
    "data",
    "data-ascii",
    "data-binary",
    "data-raw",
    "data-urlencode",
    "delegation",
    "dns-servers",
    "dump-header",
    "expect100-timeout",
    "form",
    "form-string",
    "ftp-port",
    "header",
    "interface",
    "json",
    "keepalive-time",
    "key",
    "key-type",
    "limit-rate",
    "local-port",
    "max-filesize",
    "max-redirs",
    "max-time",
    "netrc-file",
    "noproxy",
    "oauth2-bearer",
    "output",
    "output-dir",
    "pass",
    "pinnedpubkey",
    "preproxy",
    "proxy",
    "proxy-header",
    "proxy-user",
    "quote",
    "range",
    "referer",
    "request",
    "request-target",
    "resolve",
    "retry",
    "retry-delay",
    "retry-max-time",
    "socks4",
    "socks4a",
    "socks5",
    "socks5-hostname",
    "speed-limit",
    "speed-time",
    "stderr",
    "telnet-option",
    "time-cond",
    "tls-max",
    "trace",
    "trace-ascii",
    "unix-socket",
    "upload-file",
    "url",
    "url-query",
    "user",
    "user-agent",
    "variable",
    "write-out",
];

/// Common long options without an argument (only used to recognise a forgotten `\`).
pub(super) const LONG_FLAGS: &[&str] = &[
    "compressed",
    "fail",
    "fail-with-body",
    "get",
    "globoff",
    "head",
    "http1.0",
    "http1.1",
    "http2",
    "include",
    "insecure",
    "location",
    "no-buffer",
    "no-progress-meter",
    "progress-bar",
    "remote-name",
    "show-error",
    "silent",
    "verbose",
];

pub(super) fn long_takes_arg(name: &str) -> bool {
    LONG_WITH_ARG.contains(&name)
}

/// Option name with typographic dashes (`–X`, `—request`, pasted from word processors) fixed.
pub(super) fn normalize_dashes(w: &str) -> String {
    if let Some(rest) = w.strip_prefix('—') {
        format!("--{rest}")
    } else if let Some(rest) = w.strip_prefix('–') {
        if rest.chars().count() == 1 {
            format!("-{rest}")
        } else {
            format!("--{rest}")
        }
    } else {
        w.to_string()
    }
}
