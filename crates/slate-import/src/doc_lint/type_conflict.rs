//! The typed hand-off of a schema type conflict: schema inference, when it settles a field
//! table's type against the examples' (`id | Integer` beside `"id": "42"`), hands the field and
//! both types to the lint beside the warning it records at the table's row, so that
//! `table_types` restates the conflict at the example value's line without reading the
//! warning's words back.

use crate::diag::Diagnostics;

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

/// Hands the conflict of the warning just recorded in `diags` to the lint.
pub(crate) fn hand_off(diags: &mut Diagnostics, field: &str, table: &'static str, shown: &'static str) {
    diags.attach_type_conflict(TypeConflict { field: field.to_owned(), table, shown });
}
