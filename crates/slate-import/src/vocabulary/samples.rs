//! Words of code samples: the languages of shell, JavaScript and other-language samples, and the
//! names a sample gives its request body.

/// Code block languages of shell samples, whose line continuations must hold.
pub const SHELL_LANGS: &[&str] = &["shell", "sh", "bash", "zsh", "curl", "console", "terminal"];

/// Code block languages of JavaScript samples, whose brackets must balance.
pub const JS_LANGS: &[&str] = &["javascript", "js", "node", "nodejs", "typescript", "ts"];

/// Code block languages of request samples in a programming language (beside the shell's
/// curl): each shows the same request as the curl sample of its section, so the query it
/// sends must be the curl's. The JavaScript names plus the languages of Slate's language tabs.
pub const CODE_SAMPLE_LANGS: &[&str] = &[
    "javascript",
    "js",
    "node",
    "nodejs",
    "typescript",
    "ts",
    "python",
    "py",
    "ruby",
    "rb",
    "php",
    "java",
    "kotlin",
    "go",
    "golang",
    "csharp",
    "cs",
    "c#",
    "swift",
    "objective_c",
    "objc",
    "perl",
    "elixir",
    "rust",
    "scala",
    "dart",
];

/// Words of the names code samples give their request body (`jsonData`, `body:`, `json=`,
/// `payload`, `post_data`, see `code_bodies`): the object literal given to such a name is what
/// the sample sends. `data` and `json` are the request libraries' own option names (Python's
/// `requests`, Node's `request`), `body` fetch's, `payload` the usual variable name.
pub const BODY_VARIABLE_WORDS: &[&str] = &["body", "data", "json", "payload"];
