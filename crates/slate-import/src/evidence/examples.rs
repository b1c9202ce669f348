//! What a JSON example shows, from its caption, and a request body written as YAML.

use super::ExampleRole;
use crate::vocabulary::{
    ERROR_REASON_PHRASES, PARAMETER_LIST_CAPTION_WORDS, REQUEST_CAPTION_METHODS, REQUEST_CAPTION_WORDS,
    RESPONSE_CAPTION_WORDS,
};
use serde_json::Value;

/// A YAML block that is one mapping (a body written as YAML), as JSON.
pub(super) fn yaml_object(text: &str) -> Option<Value> {
    let value: Value = yaml_serde::from_str(text).ok()?;
    value.as_object().is_some_and(|m| !m.is_empty()).then_some(value)
}

/// Decides from a caption whether a JSON example is a request body, a response or an error,
/// from the caption's words: a request word ([`REQUEST_CAPTION_WORDS`]: "Sample PUT Request",
/// "Request Body", "Payload") or a write method in capitals ([`REQUEST_CAPTION_METHODS`]:
/// "Sample POST - Trigger on OU Events") and no response word ([`RESPONSE_CAPTION_WORDS`]) makes it the
/// request; anything else shows what the call returns.
pub fn example_role(caption: &str) -> ExampleRole {
    let c = caption.to_ascii_lowercase();
    let words: Vec<&str> = c.split(|ch: char| !ch.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let says_response = words.iter().any(|w| RESPONSE_CAPTION_WORDS.contains(w));
    let lists_parameters = words.iter().any(|w| PARAMETER_LIST_CAPTION_WORDS.contains(w));
    let says_request =
        words.iter().any(|w| REQUEST_CAPTION_WORDS.contains(w) && !(lists_parameters && *w == "request"))
            || caption.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|w| REQUEST_CAPTION_METHODS.contains(&w));
    // "Error example", a caption naming an error status ("> 404 Response"), or one that is an
    // error status's reason phrase ("> Bad Request").
    let says_error = ERROR_REASON_PHRASES.contains(&words.join(" ").as_str())
        || words.iter().any(|w| {
            let w = *w;
            w == "error"
                || w == "errors"
                || w.len() == 3 && w.parse::<u16>().is_ok_and(|code| (400..600).contains(&code))
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
        // The caption's words decide, wherever they stand and however they are written.
        assert_eq!(example_role("Sample PUT Request"), ExampleRole::Request);
        assert_eq!(example_role("Sample Request (NOT_INTERESTED)"), ExampleRole::Request);
        assert_eq!(example_role("Example JSON Request"), ExampleRole::Request);
        assert_eq!(example_role("Sample POST - Trigger on OU Events"), ExampleRole::Request, "a write method");
        assert_eq!(example_role("Payload"), ExampleRole::Request);
        assert_eq!(example_role("Sample Response"), ExampleRole::Response);
        assert_eq!(example_role("Response body"), ExampleRole::Response, "a response word wins");
        assert_eq!(example_role("Result"), ExampleRole::Response);
        assert_eq!(example_role("Get a blog post"), ExampleRole::Response, "a method only in capitals");
        assert_eq!(example_role("Successful requests"), ExampleRole::Response, "a kind of call, not a body");
        assert_eq!(example_role("Request arguments"), ExampleRole::Response, "a parameter list's heading");
        assert_eq!(example_role("Body parameter"), ExampleRole::Request);
        assert_eq!(example_role("Request Body Parameters"), ExampleRole::Request);
        // An error status's reason phrase, as renderers caption an error body.
        assert_eq!(example_role("Bad Request"), ExampleRole::Error, "400's phrase");
        assert_eq!(example_role("Request-URI Too Long"), ExampleRole::Error, "414's phrase");
        assert_eq!(example_role("Payload Too Large"), ExampleRole::Error, "413's phrase");
        assert_eq!(example_role("Bad request body"), ExampleRole::Request, "a phrase inside a longer caption");
    }
}
