//! Writing an operation's responses from its own status table (`status_tables`): exactly the
//! statuses the table lists, no shared error set beside them (the table says which errors this
//! operation answers with). The success response built from the examples and field tables goes
//! to the first 2xx status listed (else the first below 400); every other status gets its
//! description and, when the table names a schema the spec defines, that schema; an error
//! status the table gives no known schema has the operation's error body where the docs show
//! one. Response headers documented by status join their responses.

use crate::status_tables::{HeaderRow, StatusRow};
use indexmap::IndexMap;
use openapiv3 as oa;

/// What [`responses`] needs besides the table.
pub struct Parts<'a> {
    /// The success response read from the examples and field tables.
    pub success: oa::Response,
    /// The operation's error body, where its examples show one.
    pub error: Option<oa::Response>,
    /// Whether the spec defines a schema of this name (`components/schemas`).
    pub has_schema: &'a dyn Fn(&str) -> bool,
}

/// The responses of an operation whose docs list its statuses in `rows`.
pub fn responses(rows: &[StatusRow], headers: &[HeaderRow], parts: Parts<'_>) -> oa::Responses {
    let mut out = oa::Responses::default();
    let success_code = rows
        .iter()
        .find(|r| r.code.is_some_and(|c| (200..300).contains(&c)))
        .or_else(|| rows.iter().find(|r| r.code.is_some_and(|c| c < 400)))
        .and_then(|r| r.code);
    let mut success = Some(parts.success);
    for row in rows {
        let key = row.code.map(oa::StatusCode::Code);
        if key.as_ref().map_or(out.default.is_some(), |k| out.responses.contains_key(k)) {
            continue;
        }
        let named = row.schema.as_deref().filter(|name| (parts.has_schema)(name));
        let is_success = row.code.is_some() && row.code == success_code;
        let mut response = match (is_success, named) {
            (true, _) if success.as_ref().is_some_and(|s| !s.content.is_empty()) || named.is_none() => {
                success.take().unwrap_or_default()
            }
            (_, Some(name)) => with_schema(name),
            (false, None) if row.code.is_none_or(|c| c >= 400) => parts.error.clone().unwrap_or_default(),
            _ => oa::Response::default(),
        };
        if !row.description.is_empty() {
            response.description = row.description.clone();
        } else if response.description.is_empty() {
            response.description = row.code.map_or_else(|| "Any other status.".to_owned(), |c| format!("Status {c}."));
        }
        for h in headers.iter().filter(|h| Some(h.code) == row.code) {
            response.headers.insert(h.name.clone(), oa::ReferenceOr::Item(header(h)));
        }
        match key {
            Some(k) => {
                out.responses.insert(k, oa::ReferenceOr::Item(response));
            }
            None => out.default = Some(oa::ReferenceOr::Item(response)),
        }
    }
    out
}

/// A response whose JSON body is the named component schema.
fn with_schema(name: &str) -> oa::Response {
    let schema = oa::ReferenceOr::Reference { reference: format!("#/components/schemas/{name}") };
    let media = oa::MediaType { schema: Some(schema), ..Default::default() };
    oa::Response { content: IndexMap::from([("application/json".to_owned(), media)]), ..Default::default() }
}

/// A response header from its row: its type, else a string.
fn header(h: &HeaderRow) -> oa::Header {
    let schema = h
        .type_text
        .as_deref()
        .and_then(crate::schema::SchemaRegistry::type_from_text)
        .filter(|s| !matches!(s.schema_kind, oa::SchemaKind::Type(oa::Type::Object(_))))
        .unwrap_or_else(|| oa::Schema {
            schema_data: Default::default(),
            schema_kind: oa::SchemaKind::Type(oa::Type::String(Default::default())),
        });
    oa::Header {
        description: h.description.clone(),
        style: oa::HeaderStyle::Simple,
        required: false,
        deprecated: None,
        format: oa::ParameterSchemaOrContent::Schema(oa::ReferenceOr::Item(schema)),
        example: None,
        examples: IndexMap::new(),
        extensions: IndexMap::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Pos;

    fn row(code: u16, description: &str, schema: Option<&str>) -> StatusRow {
        StatusRow {
            code: Some(code),
            description: description.into(),
            schema: schema.map(Into::into),
            pos: Pos::default(),
        }
    }

    #[test]
    fn exactly_the_listed_statuses_each_with_its_schema() {
        let success = oa::Response { description: "Success.".into(), ..with_schema("Inline") };
        let error = oa::Response { description: "Error.".into(), ..with_schema("OpError") };
        let has = |n: &str| n == "Plan";
        let rows = [
            row(201, "Created", Some("Plan")),
            row(204, "", None),
            row(400, "Bad", Some("Error")),
            row(404, "Gone", Some("Plan")),
        ];
        let headers = [HeaderRow {
            code: 201,
            name: "Location".into(),
            type_text: Some("string".into()),
            description: None,
            pos: Pos::default(),
        }];
        let r = responses(&rows, &headers, Parts { success, error: Some(error), has_schema: &has });
        let get = |c: u16| match &r.responses[&oa::StatusCode::Code(c)] {
            oa::ReferenceOr::Item(x) => x.clone(),
            oa::ReferenceOr::Reference { .. } => panic!("an item"),
        };
        let schema_of = |x: &oa::Response| x.content.get("application/json").and_then(|m| m.schema.clone());
        assert_eq!(r.responses.len(), 4);
        assert!(r.default.is_none(), "no shared error set beside the table");
        let created = get(201);
        assert_eq!(created.description, "Created");
        assert_eq!(schema_of(&created), schema_of(&with_schema("Inline")), "the success body read from the examples");
        assert!(created.headers.contains_key("Location"));
        assert_eq!(get(204).description, "Status 204.");
        assert!(get(204).content.is_empty());
        assert_eq!(schema_of(&get(400)), schema_of(&with_schema("OpError")), "unknown schema: the error body shown");
        assert_eq!(schema_of(&get(404)), schema_of(&with_schema("Plan")));
    }
}
