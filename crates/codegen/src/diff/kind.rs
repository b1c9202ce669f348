//! Every kind of change `codegen diff` reports, with its stable code and its fixed level.
//!
//! The three levels follow the widely used breaking-change rules (oasdiff's ERR/WARN/INFO),
//! judged for a client generated from the old version:
//!
//! - **error**: the change breaks that client for certain: a request it sends may be rejected,
//!   a response may no longer decode, or a generated method disappears, is renamed or changes
//!   its positional arguments (every caller stops compiling after regeneration);
//! - **warning**: the change may break it, depending on what the caller uses or the server
//!   does: something optional disappears (a parameter's setter, a response field), a value the
//!   old client still handles gets a different Rust type after regeneration, a constraint
//!   changes in a way no rule can order;
//! - **info**: nothing an existing client does can break.
//!
//! Direction matters (the same edit has two kinds, one per direction): **narrowing** what a
//! value may be (a type, an enum, a limit, nullability, `oneOf` alternatives) is an error in a
//! request (the old client may send what is no longer accepted) and at most a warning in a
//! response (the old client still decodes everything); **widening** is the reverse. Types are
//! ordered `integer (int32)` ⊂ `integer` ⊂ `number` ⊂ untyped, and every type ⊂ untyped;
//! other type changes are `type_changed`.
//!
//! Where this table departs from oasdiff, it is because of what the generated client does:
//! a new response enum value is a warning, not an error (generated enums decode unknown values
//! into a fallback variant); a relaxed response limit is a warning (the client validates no
//! limits, so it still decodes; code relying on the documented limit may not cope); an
//! operationId change is an error only when it renames the generated method or its request
//! builder ([`client_gen::operation_names`]), else info; a parameter or body that becomes
//! optional is an error, not info, because its positional argument becomes a builder setter
//! and every caller of the method stops compiling.
//!
//! The severity is a function of the kind alone. The table below is the reference;
//! `cargo test -p codegen` checks that it lists every kind.
//!
//! | code | level | why |
//! |---|---|---|
//! | `operation_removed` | error | the generated method disappears |
//! | `operation_added` | info | |
//! | `operation_id_changed` | error | the generated method (or its builder) is renamed |
//! | `operation_id_respelled` | info | the operationId changed but the generated names did not (`getCustomer` -> `get_customer`) |
//! | `deprecation_changed` | info | |
//! | `path_parameter_renamed` | info | path arguments are positional; same wire path |
//! | `pagination_removed` | error | the generated `_stream` helper disappears |
//! | `pagination_added` | info | a new helper |
//! | `pagination_changed` | error | the old helper follows the old cursor/page rules |
//! | `pagination_details_changed` | info | only fields the generated client does not act on changed (`max_size`, a field of another style) |
//! | `required_parameter_removed` | error | a positional argument disappears |
//! | `optional_parameter_removed` | warning | its builder setter disappears; the server may ignore it when sent |
//! | `required_parameter_added` | error | a new positional argument; old requests lack it |
//! | `optional_parameter_added` | info | a new builder setter |
//! | `parameter_became_required` | error | old requests may lack it; the setter becomes an argument |
//! | `parameter_became_optional` | error | old requests stay valid, but the positional argument becomes a builder setter: every caller stops compiling |
//! | `parameter_style_changed` | error | the old client serializes the value differently |
//! | `request_body_removed` | error | the body argument disappears |
//! | `required_request_body_added` | error | a new argument; old requests lack it |
//! | `optional_request_body_added` | info | a new setter |
//! | `request_body_became_required` | error | old requests may lack it |
//! | `request_body_became_optional` | error | old requests stay valid, but the body argument becomes a setter: every caller stops compiling |
//! | `request_media_type_removed` | error | the old client sends a media type no longer accepted |
//! | `request_media_type_added` | info | |
//! | `success_response_removed` | error | the 2xx response the client decodes is gone |
//! | `error_response_removed` | info | error bodies are decoded leniently |
//! | `response_added` | info | |
//! | `response_media_type_removed` | error | the client no longer gets the body it decodes |
//! | `response_media_type_added` | info | |
//! | `type_changed` | error | unrelated types: old values no longer decode or validate |
//! | `request_type_narrowed` | error | the old client may send a value no longer accepted (`number` -> `integer`) |
//! | `request_type_widened` | warning | old requests stay valid; the regenerated Rust type changes |
//! | `response_type_narrowed` | warning | the old client decodes every new value; the regenerated Rust type changes |
//! | `response_type_widened` | error | a value may arrive that the old client cannot decode (`integer` -> `number`) |
//! | `format_changed` | info | string formats do not change the Rust type (`String`) |
//! | `request_field_removed` | warning | the struct field disappears; the server may ignore it when sent |
//! | `required_request_field_added` | error | old requests lack it |
//! | `optional_request_field_added` | info | |
//! | `request_field_became_required` | error | old requests may lack it |
//! | `request_field_became_optional` | info | old requests stay valid |
//! | `required_response_field_removed` | error | the old client requires it when decoding |
//! | `optional_response_field_removed` | warning | decoding still works; code reading the field gets nothing, and its struct field disappears |
//! | `response_field_added` | info | unknown fields are ignored when decoding |
//! | `response_field_became_optional` | error | old clients require it |
//! | `response_field_became_required` | info | |
//! | `request_became_nullable` | info | the server accepts more |
//! | `request_became_non_nullable` | error | a `null` the old client sends is rejected |
//! | `response_became_nullable` | error | a `null` arrives where the old client expects a value |
//! | `response_became_non_nullable` | info | |
//! | `request_enum_added` | error | request values are now restricted: the old client may send others |
//! | `response_enum_added` | warning | the old client decodes every value; the regenerated Rust type becomes an enum |
//! | `enum_removed` | warning | every old value stays valid (responses: the old enum's fallback variant takes new ones); the Rust type becomes a plain value |
//! | `request_enum_value_removed` | error | the old client may send it |
//! | `request_enum_value_added` | info | |
//! | `response_enum_value_removed` | warning | the old client decodes the rest; its variant disappears after regeneration |
//! | `response_enum_value_added` | warning | generated enums decode unknown values into their fallback variant; code matching variants may not expect it |
//! | `request_variant_removed` | error | the old client may send that alternative |
//! | `request_variant_added` | info | the server accepts more |
//! | `response_variant_removed` | warning | the old client decodes the rest; its Rust variant disappears after regeneration |
//! | `response_variant_added` | error | untagged enums have no fallback: the old client cannot decode it |
//! | `request_constraint_tightened` | error | a request valid before may be rejected (min/max/length/items/flags) |
//! | `request_constraint_relaxed` | info | the server accepts more |
//! | `response_constraint_tightened` | info | responses stay within what the old client expects |
//! | `response_constraint_relaxed` | warning | values beyond the old limit may arrive; the generated client validates no limits |
//! | `constraint_changed` | warning | `pattern` or `multipleOf` changed: no rule says whether it is stricter |
//! | `default_changed` | info | the server's behaviour may differ |
//! | `additional_properties_changed` | info | |
//! | `security_scheme_removed` | error | the old client's credentials are no longer accepted |
//! | `security_scheme_added` | info | |
//! | `security_scheme_changed` | error | type, location, name, scheme, flows or `x-token-as` changed |
//! | `security_requirement_removed` | error | an accepted way to authenticate (or none) is gone |
//! | `security_requirement_added` | info | a new alternative |
//! | `server_removed` | error | the old client's base URL is no longer documented |
//! | `server_added` | info | |
//! | `server_variable_removed` | error | its setter disappears |
//! | `server_variable_added` | info | it has a default |
//! | `server_variable_changed` | info | default or allowed values changed |
//! | `rate_limit_changed` | info | `x-rate-limit`: the client only paces itself by it |
//! | `default_request_header_added` | error | `x-request-headers`: old clients do not send it |
//! | `default_request_header_removed` | info | |
//! | `default_request_header_changed` | error | old clients send the old value |
//! | `envelope_changed` | error | `x-envelope`: old clients unwrap the wrong key |
//! | `request_signing_changed` | error | `x-request-signing`: old clients sign the old way |
//! | `extension_changed` | info | an `x-` field the generated client does not read |
//!
//! The `x-` fields the generated client reads (client-gen): `x-rate-limit`,
//! `x-request-headers`, `x-request-signing`, `x-envelope` on the document, `x-pagination` on an
//! operation, `x-token-as` on a security scheme; `x-source` only becomes a doc comment and is
//! not compared. Any other `x-` field on the document, an operation or a security scheme is
//! `extension_changed`.

use serde::{Serialize, Serializer};

/// How surely a change breaks a client generated from the old version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Breaks it for certain (oasdiff's ERR).
    Error,
    /// May break it, depending on what the caller uses or the server does (WARN).
    Warning,
    /// Cannot break it (INFO).
    Info,
}

impl Severity {
    /// Every level, most severe first.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    /// `error`, `warning` or `info`, as in every output format.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Whether the change can break an existing client (error or warning).
    pub fn is_breaking(self) -> bool {
        self != Severity::Info
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

macro_rules! kinds {
    ($($(#[doc = $doc:literal])* $variant:ident => $code:literal, $severity:ident;)*) => {
        /// What changed; see the module documentation for the table of codes and levels.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ChangeKind {
            $($(#[doc = $doc])* $variant,)*
        }

        impl ChangeKind {
            /// Every kind, in the order of the table.
            pub const ALL: &'static [ChangeKind] = &[$(ChangeKind::$variant,)*];

            /// The stable snake_case code, e.g. `operation_removed`.
            pub fn code(self) -> &'static str {
                match self {
                    $(ChangeKind::$variant => $code,)*
                }
            }

            /// The level of every change of this kind.
            pub fn severity(self) -> Severity {
                match self {
                    $(ChangeKind::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

kinds! {
    /// An operation (method + path template) is gone.
    OperationRemoved => "operation_removed", Error;
    /// A new operation.
    OperationAdded => "operation_added", Info;
    /// The operationId changed and so did the generated method or builder name.
    OperationIdChanged => "operation_id_changed", Error;
    /// The operationId changed, the generated names did not.
    OperationIdRespelled => "operation_id_respelled", Info;
    /// The operation became deprecated, or stopped being deprecated.
    DeprecationChanged => "deprecation_changed", Info;
    /// A path parameter has a new name at the same position.
    PathParameterRenamed => "path_parameter_renamed", Info;
    /// `x-pagination` removed.
    PaginationRemoved => "pagination_removed", Error;
    /// `x-pagination` added.
    PaginationAdded => "pagination_added", Info;
    /// `x-pagination` changed in what the generated client follows.
    PaginationChanged => "pagination_changed", Error;
    /// `x-pagination` changed only in fields the generated client does not act on.
    PaginationDetailsChanged => "pagination_details_changed", Info;
    /// A required parameter is gone.
    RequiredParameterRemoved => "required_parameter_removed", Error;
    /// An optional parameter is gone.
    OptionalParameterRemoved => "optional_parameter_removed", Warning;
    /// A new required parameter.
    RequiredParameterAdded => "required_parameter_added", Error;
    /// A new optional parameter.
    OptionalParameterAdded => "optional_parameter_added", Info;
    /// An optional parameter became required.
    ParameterBecameRequired => "parameter_became_required", Error;
    /// A required parameter became optional.
    ParameterBecameOptional => "parameter_became_optional", Error;
    /// A parameter's `style` or `explode` changed.
    ParameterStyleChanged => "parameter_style_changed", Error;
    /// The request body is gone.
    RequestBodyRemoved => "request_body_removed", Error;
    /// A new required request body.
    RequiredRequestBodyAdded => "required_request_body_added", Error;
    /// A new optional request body.
    OptionalRequestBodyAdded => "optional_request_body_added", Info;
    /// The request body became required.
    RequestBodyBecameRequired => "request_body_became_required", Error;
    /// The request body became optional.
    RequestBodyBecameOptional => "request_body_became_optional", Error;
    /// A request media type is gone.
    RequestMediaTypeRemoved => "request_media_type_removed", Error;
    /// A new request media type.
    RequestMediaTypeAdded => "request_media_type_added", Info;
    /// A 2xx response is gone.
    SuccessResponseRemoved => "success_response_removed", Error;
    /// A non-2xx response is gone.
    ErrorResponseRemoved => "error_response_removed", Info;
    /// A new response status.
    ResponseAdded => "response_added", Info;
    /// A response media type is gone.
    ResponseMediaTypeRemoved => "response_media_type_removed", Error;
    /// A new response media type.
    ResponseMediaTypeAdded => "response_media_type_added", Info;
    /// A value's type changed to an unrelated one.
    TypeChanged => "type_changed", Error;
    /// A request value's type admits fewer values.
    RequestTypeNarrowed => "request_type_narrowed", Error;
    /// A request value's type admits more values.
    RequestTypeWidened => "request_type_widened", Warning;
    /// A response value's type admits fewer values.
    ResponseTypeNarrowed => "response_type_narrowed", Warning;
    /// A response value's type admits more values.
    ResponseTypeWidened => "response_type_widened", Error;
    /// A string (or other non-numeric) format changed.
    FormatChanged => "format_changed", Info;
    /// A request field is gone.
    RequestFieldRemoved => "request_field_removed", Warning;
    /// A new required request field.
    RequiredRequestFieldAdded => "required_request_field_added", Error;
    /// A new optional request field.
    OptionalRequestFieldAdded => "optional_request_field_added", Info;
    /// A request field became required.
    RequestFieldBecameRequired => "request_field_became_required", Error;
    /// A request field became optional.
    RequestFieldBecameOptional => "request_field_became_optional", Info;
    /// A required response field is gone.
    RequiredResponseFieldRemoved => "required_response_field_removed", Error;
    /// An optional response field is gone.
    OptionalResponseFieldRemoved => "optional_response_field_removed", Warning;
    /// A new response field.
    ResponseFieldAdded => "response_field_added", Info;
    /// A response field is no longer required.
    ResponseFieldBecameOptional => "response_field_became_optional", Error;
    /// A response field became required.
    ResponseFieldBecameRequired => "response_field_became_required", Info;
    /// A request value may now be null.
    RequestBecameNullable => "request_became_nullable", Info;
    /// A request value may no longer be null.
    RequestBecameNonNullable => "request_became_non_nullable", Error;
    /// A response value may now be null.
    ResponseBecameNullable => "response_became_nullable", Error;
    /// A response value is no longer null.
    ResponseBecameNonNullable => "response_became_non_nullable", Info;
    /// A request value is now restricted to an enum.
    RequestEnumAdded => "request_enum_added", Error;
    /// A response value is now restricted to an enum.
    ResponseEnumAdded => "response_enum_added", Warning;
    /// A value is no longer restricted to an enum.
    EnumRemoved => "enum_removed", Warning;
    /// A request enum value is gone.
    RequestEnumValueRemoved => "request_enum_value_removed", Error;
    /// A new request enum value.
    RequestEnumValueAdded => "request_enum_value_added", Info;
    /// A response enum value is gone.
    ResponseEnumValueRemoved => "response_enum_value_removed", Warning;
    /// A new response enum value.
    ResponseEnumValueAdded => "response_enum_value_added", Warning;
    /// A `oneOf`/`anyOf` alternative of a request is gone.
    RequestVariantRemoved => "request_variant_removed", Error;
    /// A new `oneOf`/`anyOf` alternative in a request.
    RequestVariantAdded => "request_variant_added", Info;
    /// A `oneOf`/`anyOf` alternative of a response is gone.
    ResponseVariantRemoved => "response_variant_removed", Warning;
    /// A new `oneOf`/`anyOf` alternative in a response.
    ResponseVariantAdded => "response_variant_added", Error;
    /// A request limit (minimum, maxLength, minItems, ...) is stricter.
    RequestConstraintTightened => "request_constraint_tightened", Error;
    /// A request limit is looser.
    RequestConstraintRelaxed => "request_constraint_relaxed", Info;
    /// A response limit is stricter.
    ResponseConstraintTightened => "response_constraint_tightened", Info;
    /// A response limit is looser.
    ResponseConstraintRelaxed => "response_constraint_relaxed", Warning;
    /// `pattern` or `multipleOf` changed.
    ConstraintChanged => "constraint_changed", Warning;
    /// A default value changed.
    DefaultChanged => "default_changed", Info;
    /// `additionalProperties` changed on an object that has properties.
    AdditionalPropertiesChanged => "additional_properties_changed", Info;
    /// A security scheme is gone.
    SecuritySchemeRemoved => "security_scheme_removed", Error;
    /// A new security scheme.
    SecuritySchemeAdded => "security_scheme_added", Info;
    /// A security scheme's type, location, name, scheme, flows or `x-token-as` changed.
    SecuritySchemeChanged => "security_scheme_changed", Error;
    /// An alternative of a security requirement (or "no authentication") is gone.
    SecurityRequirementRemoved => "security_requirement_removed", Error;
    /// A new alternative of a security requirement.
    SecurityRequirementAdded => "security_requirement_added", Info;
    /// A server URL is gone.
    ServerRemoved => "server_removed", Error;
    /// A new server URL.
    ServerAdded => "server_added", Info;
    /// A server variable is gone.
    ServerVariableRemoved => "server_variable_removed", Error;
    /// A new server variable.
    ServerVariableAdded => "server_variable_added", Info;
    /// A server variable's default or allowed values changed.
    ServerVariableChanged => "server_variable_changed", Info;
    /// `x-rate-limit` changed.
    RateLimitChanged => "rate_limit_changed", Info;
    /// A header in `x-request-headers` is new.
    DefaultRequestHeaderAdded => "default_request_header_added", Error;
    /// A header in `x-request-headers` is gone.
    DefaultRequestHeaderRemoved => "default_request_header_removed", Info;
    /// A header in `x-request-headers` has a new value.
    DefaultRequestHeaderChanged => "default_request_header_changed", Error;
    /// `x-envelope` changed.
    EnvelopeChanged => "envelope_changed", Error;
    /// `x-request-signing` changed.
    RequestSigningChanged => "request_signing_changed", Error;
    /// An `x-` field the generated client does not read changed.
    ExtensionChanged => "extension_changed", Info;
}

impl std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for ChangeKind {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}
