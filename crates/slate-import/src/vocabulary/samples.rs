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

/// Words of a caption ("> Sample PUT Request", "> Example request body") that say the JSON
/// block after it is what the call sends, not what it gets back (see `evidence::example_role`).
/// Matched as whole words of the caption; a caption that also says a response word
/// ([`RESPONSE_CAPTION_WORDS`]) shows a response ("This request returns JSON like this").
/// Not the plural "requests": a heading read as the caption names a kind of call with it
/// ("Successful requests", "Failed requests"), whose example is the response.
pub const REQUEST_CAPTION_WORDS: &[&str] = &[
    "request", // "Sample Request", "Example PUT request", "Request": the usual caption of a sent body.
    "payload", // "Payload", "Example payload": the usual name of a sent body in webhook and RPC docs.
    "body",    // "Request Body", "Body parameter", "Format of body": the HTTP name of what is sent.
];

/// Words of a caption or heading that names a list of parameters ("Request arguments",
/// "Request parameters"): the word "request" there says what the list is about, not that the
/// JSON block under it is the request body (the block beside such a list is often the
/// response). "body" and "payload" still name the body ("Body parameters").
pub const PARAMETER_LIST_CAPTION_WORDS: &[&str] = &[
    "arguments",  // "Request arguments": a parameter list's usual heading.
    "parameters", // "Request parameters".
    "params",     // "Request params": the same, abbreviated.
    "fields",     // "Request fields".
    "attributes", // "Request attributes".
];

/// Methods that send a body, as a caption names them in capitals ("> Sample POST - Trigger on
/// OU Events", "> PATCH body"): the JSON block after it is the request, as with
/// [`REQUEST_CAPTION_WORDS`]. Matched case-sensitively: "a blog post" names no method.
pub const REQUEST_CAPTION_METHODS: &[&str] = &[
    "POST",  // creates: the body is the new resource's fields.
    "PUT",   // replaces: the body is the resource's fields.
    "PATCH", // updates: the body is the fields to change.
];

/// Words of a caption that say the JSON block after it is what the call gets back ("Sample
/// Response", "Result", "Returns", "Output"). They win over [`REQUEST_CAPTION_WORDS`]: a caption
/// naming both ("Response body", "The request returns") describes the response.
pub const RESPONSE_CAPTION_WORDS: &[&str] = &[
    "response",  // "Sample Response", "Response 200": the usual caption of a returned body.
    "responses", // "Example responses": the same, for several.
    "result",    // "Result", "Sample result": RPC-style docs name the returned body so.
    "results",   // "Results": the same, for a list.
    "return",    // "Return value": the returned body.
    "returns",   // "Returns", "This call returns JSON like this": Slate's own wording.
    "returned",  // "The object returned": the same, as a participle.
    "output",    // "Output", "Example output": what a call prints or returns.
];

/// The reason phrases of the HTTP error statuses whose words a caption reader would otherwise
/// take for a request word ([`REQUEST_CAPTION_WORDS`]): renderers of OpenAPI (widdershins,
/// Redoc) and hand-written docs caption an error body with its status's phrase alone
/// ("> Bad Request"), so a caption that is one of them shows an error response, never the
/// request. The phrases of RFC 9110 §15.5 and their older names.
pub const ERROR_REASON_PHRASES: &[&str] = &[
    "bad request",                     // 400
    "request timeout",                 // 408
    "payload too large",               // 413 (RFC 7231's name)
    "request entity too large",        // 413 (RFC 2616's name)
    "content too large",               // 413 (RFC 9110's name)
    "request uri too long",            // 414 (RFC 2616's name, hyphen read as a space)
    "uri too long",                    // 414
    "request header fields too large", // 431
];
