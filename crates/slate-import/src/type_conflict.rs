//! The typed hand-off of a schema type conflict: schema inference, when it settles a field
//! table's type against the examples' (`id | Integer` beside `"id": "42"`), attaches the field
//! and both types to the warning it records at the table's row
//! ([`crate::diag::Diagnostics::attach_type_conflict`]), so that the lint's `table_types`
//! restates the conflict at the example value's line without reading the warning's words back.
//! It imports nothing: the diagnostics collector holds it.

/// A field whose table type the examples contradict, as schema inference settled it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct TypeConflict {
    /// The field's name, as the table and the examples spell it.
    pub field: String,
    /// The type the table gives it, in inference's words (`integer`, `string`, …).
    pub table: &'static str,
    /// The type the examples show, which the schema follows.
    pub shown: &'static str,
}

/// The conflict of `field`, whose table type is `table` and whose examples show `shown`.
pub(crate) fn of(field: &str, table: &'static str, shown: &'static str) -> TypeConflict {
    TypeConflict { field: field.to_owned(), table, shown }
}
