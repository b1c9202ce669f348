//! What an operation sends and gets back: the request body (JSON, form, multipart or bytes)
//! and the success response it decodes.

use openapiv3::{ReferenceOr, RequestBody, Response, StatusCode};

use super::errors::{is_success, status_label};
use super::media::{body_media, is_binary, is_json, json_schema};
use super::{Body, BodyKind, Builder, ResponseKind, Ty};
use crate::Code;

impl<'a> Builder<'a> {
    pub(super) fn body(&mut self, rb: &RequestBody, hint: &str, loc: &str) -> Option<Body> {
        let (media, mt) = body_media(rb)?;
        let kind = if is_json(media) {
            BodyKind::Json
        } else if media.starts_with("application/x-www-form-urlencoded") {
            BodyKind::Form
        } else if media.to_ascii_lowercase().starts_with("multipart/form-data") {
            return self.multipart_body(media, mt, rb.required, hint, loc);
        } else if is_binary(media, mt) {
            // A wildcard (`image/*`) names no type to send: the generic one.
            let sent = if media.contains('*') { "application/octet-stream" } else { media.as_str() };
            return Some(Body {
                kind: BodyKind::Binary,
                media: sent.to_string(),
                ty: Ty::Value,
                required: rb.required,
            });
        } else {
            self.warn(
                Code::MediaTypeUnsupported,
                loc,
                format!("request body media type `{media}` is not supported; sent as JSON"),
            );
            BodyKind::Json
        };
        let ty = match &mt.schema {
            Some(s) => self.ty_for_ref_or(s, hint, loc),
            None => Ty::Value,
        };
        Some(Body { kind, media: media.clone(), ty, required: rb.required })
    }

    pub(super) fn success_response(&mut self, op: &openapiv3::Operation, hint: &str, loc: &str) -> ResponseKind {
        let mut candidates: Vec<(&StatusCode, &ReferenceOr<Response>)> =
            op.responses.responses.iter().filter(|(c, _)| is_success(c)).collect();
        candidates.sort_by_key(|(c, _)| match c {
            StatusCode::Code(n) => *n,
            StatusCode::Range(_) => 299,
        });
        // No 2xx response: `default` describes every answer, success included.
        let first = candidates.first().map(|(_, r)| *r).or(op.responses.default.as_ref());
        let schema_of = |r: &ReferenceOr<Response>| self.response(r).and_then(|r| json_schema(&r.content)).cloned();
        if let Some((code, _)) = candidates.first() {
            let other: Vec<String> = candidates[1..]
                .iter()
                .filter(|(_, r)| {
                    schema_of(r).is_some() && schema_of(r) != candidates.first().and_then(|(_, r)| schema_of(r))
                })
                .map(|(c, _)| status_label(c))
                .collect();
            if !other.is_empty() {
                self.warn(
                    Code::ResponsesDiffer,
                    format!("{loc}.responses"),
                    format!(
                        "success responses {} have another body than {}: decoded as the {} body (use `send_raw` for the others)",
                        other.join(", "),
                        status_label(code),
                        status_label(code)
                    ),
                );
            }
        }
        let Some(r) = first else {
            return ResponseKind::Json(Ty::Value);
        };
        let Some(resp) = self.response(r) else {
            self.warn(Code::RefUnsupported, loc, "unresolvable response $ref; typed as serde_json::Value");
            return ResponseKind::Json(Ty::Value);
        };
        if resp.content.is_empty() {
            return ResponseKind::Unit;
        }
        if let Some((_, mt)) = resp.content.iter().find(|(m, _)| is_json(m)) {
            return match &mt.schema {
                Some(s) => ResponseKind::Json(self.ty_for_ref_or(s, hint, &format!("{loc}.responses"))),
                None => ResponseKind::Json(Ty::Value),
            };
        }
        if resp.content.keys().any(|m| m.starts_with("text/")) {
            return ResponseKind::Text;
        }
        if resp.content.iter().any(|(m, mt)| is_binary(m, mt)) {
            return ResponseKind::Bytes;
        }
        let media: Vec<&str> = resp.content.keys().map(String::as_str).collect();
        self.warn(
            Code::MediaTypeUnsupported,
            loc,
            format!("response media type `{}` is not supported; returned as text", media.join("`, `")),
        );
        ResponseKind::Text
    }
}
