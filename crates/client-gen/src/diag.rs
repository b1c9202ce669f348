//! What the generator cannot express exactly in a client: the codes of its diagnostics.
//!
//! A generator diagnostic is a [`Diagnostic`](diagnostic::Diagnostic) of the `diagnostic` crate
//! (the importer's type too) with a `location` in the spec (`paths./pets.get`) instead of a
//! page and line. Every code is a warning: the client is generated, with the fallback the
//! message names. `docs/diagnostics.md` lists them; a test of codegen checks it against [`Code`].

diagnostic::codes! {
    /// The kind of a generator diagnostic: a stable, documented name (`ref-unsupported`).
    pub enum Code;
    DefaultUnfit => "default-unfit", Warning: "a property's `default` does not fit its type; documented, not applied",
    DiscriminatorUnmatched => "discriminator-unmatched", Warning: "a discriminator, or a value of its mapping, selects no schema it can decode into; the value is ignored, or the schema decodes as itself",
    ExampleSchemaMismatch => "example-schema-mismatch", Warning: "an example contradicts its schema (its generated test is ignored) or does not match it (it still decodes)",
    ExampleUnchecked => "example-unchecked", Warning: "an example the generator cannot check: external, or an unresolvable `$ref`",
    ExtensionIgnored => "extension-ignored", Warning: "an `x-` extension of the wrong shape, or with a value the client cannot use (a rate limit that is not positive, an unknown signature location); ignored",
    MediaTypeUnsupported => "media-type-unsupported", Warning: "a request or response media type the client does not encode or decode; the body is sent as JSON or returned as text",
    MultipartLimited => "multipart-limited", Warning: "a multipart body the client cannot split into its parts as described (no object properties: raw bytes; `additionalProperties`: not sent)",
    NoStream => "no-stream", Warning: "a list operation that gets no stream: its `x-pagination` is incomplete, its response is not JSON, or the paging its parameters suggest is ambiguous",
    OneOfUndecidable => "one-of-undecidable", Warning: "a `oneOf` without discriminator whose variants cannot be told apart: some are never chosen",
    ParameterUnsupported => "parameter-unsupported", Warning: "a parameter the client cannot send as written (`deepObject` on a non-object, an empty or non-JSON `content`); sent in the form the message names",
    PathParameterUndeclared => "path-parameter-undeclared", Warning: "a path placeholder that no parameter declares; taken as a `String` argument",
    RefUnsupported => "ref-unsupported", Warning: "a `$ref` the generator does not follow (unresolvable, external, or on a path item, parameter, body, response or security scheme); typed as `serde_json::Value` or skipped",
    RelativeServer => "relative-server", Warning: "a server URL that is not absolute: the user sets `.base_url(..)`, or the operations go to the client's server",
    ResponsesDiffer => "responses-differ", Warning: "success responses of one operation with different bodies: decoded as the first one's (`send_raw` gives the others)",
    SchemaUnsupported => "schema-unsupported", Warning: "a schema construct the generator does not express (`not`, an unknown type, an `allOf` member that is not an object); typed as `serde_json::Value` or kept in `additional_properties`",
    SecurityApproximated => "security-approximated", Warning: "a security scheme the client supports only in part (another HTTP scheme, OAuth2 flows other than client credentials, OpenID Connect): it takes a token obtained elsewhere",
    SecurityUndefined => "security-undefined", Warning: "a security requirement naming a scheme the spec does not define; ignored",
    StreamItemsUntyped => "stream-items-untyped", Warning: "a stream whose item array is not found in the response type; its items are `serde_json::Value`",
}

#[cfg(test)]
mod tests {
    use super::Code;

    #[test]
    fn codes_are_unique_kebab_case_in_name_order_and_warnings() {
        assert_eq!(diagnostic::check_codes::<Code>(), Ok(()));
        assert!(Code::ALL.iter().all(|c| c.levels() == [diagnostic::Severity::Warning]));
    }
}
