//! Every kind of change `codegen diff` reports, with its stable code and its fixed severity.
//!
//! The severity is a function of the kind alone: where the same edit is breaking in one
//! direction and not in the other (a field removed from a request vs from a response), there
//! are two kinds. The table below is the reference; `cargo test -p codegen` checks that it
//! lists every kind.
//!
//! | code | severity | why |
//! |---|---|---|
//! | `operation_removed` | breaking | the generated method disappears |
//! | `operation_added` | non-breaking | |
//! | `operation_id_changed` | breaking | the generated method (and its builder) is renamed |
//! | `deprecation_changed` | non-breaking | informational |
//! | `path_parameter_renamed` | non-breaking | path arguments are positional; same wire path |
//! | `pagination_removed` | breaking | the generated `_stream` helper disappears |
//! | `pagination_added` | non-breaking | a new helper |
//! | `pagination_changed` | breaking | the old helper follows the old cursor/page rules |
//! | `parameter_removed` | breaking | the argument or setter disappears |
//! | `required_parameter_added` | breaking | a new positional argument; old requests lack it |
//! | `optional_parameter_added` | non-breaking | a new builder setter |
//! | `parameter_became_required` | breaking | old requests may lack it; the setter becomes an argument |
//! | `parameter_became_optional` | breaking | the argument becomes a builder setter (signature change) |
//! | `parameter_style_changed` | breaking | the old client serializes the value differently |
//! | `request_body_removed` | breaking | the body argument disappears |
//! | `required_request_body_added` | breaking | a new argument; old requests lack it |
//! | `optional_request_body_added` | non-breaking | a new setter |
//! | `request_body_became_required` | breaking | old requests may lack it |
//! | `request_body_became_optional` | breaking | the body argument becomes a setter |
//! | `request_media_type_removed` | breaking | the old client sends a media type no longer accepted |
//! | `request_media_type_added` | non-breaking | |
//! | `success_response_removed` | breaking | the 2xx response the client decodes is gone |
//! | `error_response_removed` | non-breaking | informational |
//! | `response_added` | non-breaking | |
//! | `response_media_type_removed` | breaking | the client no longer gets the body it decodes |
//! | `response_media_type_added` | non-breaking | |
//! | `type_changed` | breaking | the Rust type changes; old values no longer decode or validate |
//! | `number_format_changed` | breaking | integer/number width changes (`i32` <-> `i64`, ...) |
//! | `format_changed` | non-breaking | string formats do not change the Rust type (`String`) |
//! | `request_field_removed` | breaking | the struct field disappears |
//! | `required_request_field_added` | breaking | old requests lack it |
//! | `optional_request_field_added` | non-breaking | |
//! | `request_field_became_required` | breaking | old requests may lack it |
//! | `request_field_became_optional` | non-breaking | old requests still valid |
//! | `response_field_removed` | breaking | the struct field disappears; old clients may require it |
//! | `response_field_added` | non-breaking | unknown fields are ignored when decoding |
//! | `response_field_became_optional` | breaking | old clients require it |
//! | `response_field_became_required` | non-breaking | |
//! | `request_became_nullable` | non-breaking | the server accepts more |
//! | `request_became_non_nullable` | breaking | a `null` the old client sends is rejected |
//! | `response_became_nullable` | breaking | a `null` arrives where the old client expects a value |
//! | `response_became_non_nullable` | non-breaking | |
//! | `enum_added` | breaking | values are now restricted; the Rust type becomes an enum |
//! | `enum_removed` | breaking | the generated enum becomes a plain value |
//! | `request_enum_value_removed` | breaking | the old client may send it; the variant disappears |
//! | `request_enum_value_added` | non-breaking | |
//! | `response_enum_value_removed` | breaking | the variant disappears from the generated enum |
//! | `response_enum_value_added` | non-breaking | generated enums decode unknown values into their fallback variant |
//! | `variant_removed` | breaking | a `oneOf`/`anyOf` alternative (and its Rust variant) disappears |
//! | `request_variant_added` | non-breaking | the server accepts more |
//! | `response_variant_added` | breaking | untagged enums have no fallback: the old client cannot decode it |
//! | `request_constraint_tightened` | breaking | a request valid before may be rejected (min/max/length/pattern...) |
//! | `constraint_changed` | non-breaking | relaxed request constraints; any response constraint |
//! | `default_changed` | non-breaking | informational; the server's behaviour may differ |
//! | `additional_properties_changed` | non-breaking | informational |
//! | `security_scheme_removed` | breaking | the old client's credentials are no longer accepted |
//! | `security_scheme_added` | non-breaking | |
//! | `security_scheme_changed` | breaking | type, location, name, scheme or flows changed |
//! | `security_requirement_removed` | breaking | an accepted way to authenticate (or none) is gone |
//! | `security_requirement_added` | non-breaking | a new alternative |
//! | `server_removed` | breaking | the old client's base URL is no longer documented |
//! | `server_added` | non-breaking | |
//! | `server_variable_removed` | breaking | its setter disappears |
//! | `server_variable_added` | non-breaking | it has a default |
//! | `server_variable_changed` | non-breaking | default or allowed values changed |
//! | `rate_limit_changed` | non-breaking | `x-rate-limit`: informational |
//! | `default_request_header_added` | breaking | `x-request-headers`: old clients do not send it |
//! | `default_request_header_removed` | non-breaking | |
//! | `default_request_header_changed` | breaking | old clients send the old value |
//! | `envelope_changed` | breaking | `x-envelope`: old clients unwrap the wrong key |

use serde::{Serialize, Serializer};

/// Whether a change can break an existing client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Existing client code (or the requests it sends, or the responses it decodes) may break.
    Breaking,
    /// Existing clients keep working.
    NonBreaking,
}

impl Severity {
    /// `breaking` or `non_breaking`, as in the JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Severity::Breaking => "breaking",
            Severity::NonBreaking => "non_breaking",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Breaking => "breaking",
            Severity::NonBreaking => "non-breaking",
        })
    }
}

impl Serialize for Severity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

macro_rules! kinds {
    ($($(#[doc = $doc:literal])* $variant:ident => $code:literal, $severity:ident;)*) => {
        /// What changed; see the module documentation for the table of codes and severities.
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

            /// The severity of every change of this kind.
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
    OperationRemoved => "operation_removed", Breaking;
    /// A new operation.
    OperationAdded => "operation_added", NonBreaking;
    /// The operationId changed.
    OperationIdChanged => "operation_id_changed", Breaking;
    /// The operation became deprecated, or stopped being deprecated.
    DeprecationChanged => "deprecation_changed", NonBreaking;
    /// A path parameter has a new name at the same position.
    PathParameterRenamed => "path_parameter_renamed", NonBreaking;
    /// `x-pagination` removed.
    PaginationRemoved => "pagination_removed", Breaking;
    /// `x-pagination` added.
    PaginationAdded => "pagination_added", NonBreaking;
    /// `x-pagination` changed.
    PaginationChanged => "pagination_changed", Breaking;
    /// A parameter is gone.
    ParameterRemoved => "parameter_removed", Breaking;
    /// A new required parameter.
    RequiredParameterAdded => "required_parameter_added", Breaking;
    /// A new optional parameter.
    OptionalParameterAdded => "optional_parameter_added", NonBreaking;
    /// An optional parameter became required.
    ParameterBecameRequired => "parameter_became_required", Breaking;
    /// A required parameter became optional.
    ParameterBecameOptional => "parameter_became_optional", Breaking;
    /// A parameter's `style` or `explode` changed.
    ParameterStyleChanged => "parameter_style_changed", Breaking;
    /// The request body is gone.
    RequestBodyRemoved => "request_body_removed", Breaking;
    /// A new required request body.
    RequiredRequestBodyAdded => "required_request_body_added", Breaking;
    /// A new optional request body.
    OptionalRequestBodyAdded => "optional_request_body_added", NonBreaking;
    /// The request body became required.
    RequestBodyBecameRequired => "request_body_became_required", Breaking;
    /// The request body became optional.
    RequestBodyBecameOptional => "request_body_became_optional", Breaking;
    /// A request media type is gone.
    RequestMediaTypeRemoved => "request_media_type_removed", Breaking;
    /// A new request media type.
    RequestMediaTypeAdded => "request_media_type_added", NonBreaking;
    /// A 2xx response is gone.
    SuccessResponseRemoved => "success_response_removed", Breaking;
    /// A non-2xx response is gone.
    ErrorResponseRemoved => "error_response_removed", NonBreaking;
    /// A new response status.
    ResponseAdded => "response_added", NonBreaking;
    /// A response media type is gone.
    ResponseMediaTypeRemoved => "response_media_type_removed", Breaking;
    /// A new response media type.
    ResponseMediaTypeAdded => "response_media_type_added", NonBreaking;
    /// A value's type changed (string, integer, number, boolean, object, map, array, oneOf, any).
    TypeChanged => "type_changed", Breaking;
    /// An integer or number format changed.
    NumberFormatChanged => "number_format_changed", Breaking;
    /// A string (or other) format changed.
    FormatChanged => "format_changed", NonBreaking;
    /// A request field is gone.
    RequestFieldRemoved => "request_field_removed", Breaking;
    /// A new required request field.
    RequiredRequestFieldAdded => "required_request_field_added", Breaking;
    /// A new optional request field.
    OptionalRequestFieldAdded => "optional_request_field_added", NonBreaking;
    /// A request field became required.
    RequestFieldBecameRequired => "request_field_became_required", Breaking;
    /// A request field became optional.
    RequestFieldBecameOptional => "request_field_became_optional", NonBreaking;
    /// A response field is gone.
    ResponseFieldRemoved => "response_field_removed", Breaking;
    /// A new response field.
    ResponseFieldAdded => "response_field_added", NonBreaking;
    /// A response field is no longer required.
    ResponseFieldBecameOptional => "response_field_became_optional", Breaking;
    /// A response field became required.
    ResponseFieldBecameRequired => "response_field_became_required", NonBreaking;
    /// A request value may now be null.
    RequestBecameNullable => "request_became_nullable", NonBreaking;
    /// A request value may no longer be null.
    RequestBecameNonNullable => "request_became_non_nullable", Breaking;
    /// A response value may now be null.
    ResponseBecameNullable => "response_became_nullable", Breaking;
    /// A response value is no longer null.
    ResponseBecameNonNullable => "response_became_non_nullable", NonBreaking;
    /// A value is now restricted to an enum.
    EnumAdded => "enum_added", Breaking;
    /// A value is no longer restricted to an enum.
    EnumRemoved => "enum_removed", Breaking;
    /// A request enum value is gone.
    RequestEnumValueRemoved => "request_enum_value_removed", Breaking;
    /// A new request enum value.
    RequestEnumValueAdded => "request_enum_value_added", NonBreaking;
    /// A response enum value is gone.
    ResponseEnumValueRemoved => "response_enum_value_removed", Breaking;
    /// A new response enum value.
    ResponseEnumValueAdded => "response_enum_value_added", NonBreaking;
    /// A `oneOf`/`anyOf` alternative is gone.
    VariantRemoved => "variant_removed", Breaking;
    /// A new `oneOf`/`anyOf` alternative in a request.
    RequestVariantAdded => "request_variant_added", NonBreaking;
    /// A new `oneOf`/`anyOf` alternative in a response.
    ResponseVariantAdded => "response_variant_added", Breaking;
    /// A request constraint (minimum, maxLength, pattern, ...) is stricter.
    RequestConstraintTightened => "request_constraint_tightened", Breaking;
    /// Any other constraint change.
    ConstraintChanged => "constraint_changed", NonBreaking;
    /// A default value changed.
    DefaultChanged => "default_changed", NonBreaking;
    /// `additionalProperties` changed on an object that has properties.
    AdditionalPropertiesChanged => "additional_properties_changed", NonBreaking;
    /// A security scheme is gone.
    SecuritySchemeRemoved => "security_scheme_removed", Breaking;
    /// A new security scheme.
    SecuritySchemeAdded => "security_scheme_added", NonBreaking;
    /// A security scheme's type, location, name, scheme or flows changed.
    SecuritySchemeChanged => "security_scheme_changed", Breaking;
    /// An alternative of a security requirement (or "no authentication") is gone.
    SecurityRequirementRemoved => "security_requirement_removed", Breaking;
    /// A new alternative of a security requirement.
    SecurityRequirementAdded => "security_requirement_added", NonBreaking;
    /// A server URL is gone.
    ServerRemoved => "server_removed", Breaking;
    /// A new server URL.
    ServerAdded => "server_added", NonBreaking;
    /// A server variable is gone.
    ServerVariableRemoved => "server_variable_removed", Breaking;
    /// A new server variable.
    ServerVariableAdded => "server_variable_added", NonBreaking;
    /// A server variable's default or allowed values changed.
    ServerVariableChanged => "server_variable_changed", NonBreaking;
    /// `x-rate-limit` changed.
    RateLimitChanged => "rate_limit_changed", NonBreaking;
    /// A header in `x-request-headers` is new.
    DefaultRequestHeaderAdded => "default_request_header_added", Breaking;
    /// A header in `x-request-headers` is gone.
    DefaultRequestHeaderRemoved => "default_request_header_removed", NonBreaking;
    /// A header in `x-request-headers` has a new value.
    DefaultRequestHeaderChanged => "default_request_header_changed", Breaking;
    /// `x-envelope` changed.
    EnvelopeChanged => "envelope_changed", Breaking;
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
