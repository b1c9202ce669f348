//! A request sample whose explicit method is no HTTP method an OpenAPI 3.0 document can hold,
//! nor a misspelling of one (`curl -X SERVERS`, `-X DESCRIPTION`): generators that take every
//! key of a path item for a method write such samples for a path's `servers`, `description`
//! or extension keys. HTTP allows extension methods, but an operation needs one of the eight
//! methods OpenAPI has a field for, so the sample is no operation (and is reported).

use crate::curl::CurlCall;
use crate::diag::{Code, Diagnostics, Pos};
use crate::request_line::canonical_method;

/// Whether `call` sends an explicit method that is neither an OpenAPI method nor one edit
/// away from one; such a call is reported at `pos` and must not become an operation.
pub(crate) fn refused(call: &CurlCall, pos: &Pos, diags: &mut Diagnostics) -> bool {
    let Some(written) = call.explicit_method.as_deref() else { return false };
    if canonical_method(written).is_some() {
        return false;
    }
    diags.warn(
        Code::SampleMethodUnknown,
        pos,
        format!("request sample sends the method `{written}`, which is no HTTP method an OpenAPI operation can have; not an operation"),
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(method: Option<&str>) -> CurlCall {
        CurlCall {
            line: 0,
            explicit_method: method.map(str::to_owned),
            method: method.unwrap_or("GET").to_owned(),
            url: "https://api.example.test/v1/things".into(),
            headers: Vec::new(),
            user: None,
            data: Vec::new(),
            get: false,
        }
    }

    #[test]
    fn only_a_method_openapi_cannot_hold_is_refused() {
        let pos = Pos::default();
        let mut diags = Diagnostics::default();
        for kept in [None, Some("GET"), Some("delete"), Some("PATH"), Some("TRACE")] {
            assert!(!refused(&call(kept), &pos, &mut diags), "{kept:?}");
        }
        assert!(diags.as_slice().is_empty());
        for odd in ["SERVERS", "DESCRIPTION", "X-VENDOR", "PROPFIND"] {
            assert!(refused(&call(Some(odd)), &pos, &mut diags), "{odd}");
        }
        assert_eq!(diags.as_slice().len(), 4);
        assert!(diags.as_slice().iter().all(|d| d.code == "sample-method-unknown"));
    }
}
