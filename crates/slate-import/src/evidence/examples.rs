//! What a JSON example shows, from its caption, and a request body written as YAML.

use super::ExampleRole;
use serde_json::Value;

/// A YAML block that is one mapping (a body written as YAML), as JSON.
pub(super) fn yaml_object(text: &str) -> Option<Value> {
    let value: Value = yaml_serde::from_str(text).ok()?;
    value.as_object().is_some_and(|m| !m.is_empty()).then_some(value)
}

/// Decides from a caption whether a JSON example is a request body.
pub fn example_role(caption: &str) -> ExampleRole {
    let c = caption.to_ascii_lowercase();
    let says_response = ["response", "return", "result", "output", "structured like"].iter().any(|w| c.contains(w));
    let says_request = ["request body", "format of request", "payload", "example request", "request example", "body"]
        .iter()
        .any(|w| c.contains(w))
        || c.trim() == "request";
    // "Error example", or a caption naming an error status ("> 404 Response").
    let says_error = c.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|w| {
        w == "error" || w == "errors" || w.len() == 3 && w.parse::<u16>().is_ok_and(|code| (400..600).contains(&code))
    });
    if says_error && !c.contains("no error") {
        ExampleRole::Error
    } else if says_request && !says_response {
        ExampleRole::Request
    } else {
        ExampleRole::Response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_decide_roles() {
        assert_eq!(example_role("Format of request body"), ExampleRole::Request);
        assert_eq!(example_role("This request returns JSON structured like this"), ExampleRole::Response);
        assert_eq!(example_role("Example response"), ExampleRole::Response);
        assert_eq!(example_role("Items not available error example"), ExampleRole::Error);
        assert_eq!(example_role("An error response.  `message` contains the error string"), ExampleRole::Error);
        assert_eq!(example_role("Example of a customer"), ExampleRole::Response);
        assert_eq!(example_role("404 Response"), ExampleRole::Error, "an error status");
        assert_eq!(example_role("Response 201"), ExampleRole::Response);
        assert_eq!(example_role("Returns 4000 items"), ExampleRole::Response, "not a status");
    }
}
