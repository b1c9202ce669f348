//! Sections that document a call without an HTTP request line: a WebSocket or RPC message
//! (`{"method": "klines", "params": {..}}`) with its "Parameters:" table and its reply. Such a
//! section is no description of a resource: its parameters are not the fields of an object,
//! and its request and reply envelopes are not examples of one. Read as a resource, it would
//! feed the component of the same name that the REST operations build (the `Kline` of a
//! `GET /klines` response) and make that operation's real example contradict it.

use crate::evidence::SectionEvidence;
use crate::tables::Location;

/// Whether the section's tables are all the parameters of a call, by their label or heading
/// ("Parameters:", "Query parameters", "Request body"), and it has at least one.
pub(crate) fn documents_a_call(ev: &SectionEvidence) -> bool {
    !ev.tables.is_empty()
        && ev.tables.iter().all(|t| {
            matches!(
                t.heading_location,
                Some(
                    Location::Query
                        | Location::Path
                        | Location::Header
                        | Location::Body
                        | Location::Form
                        | Location::Url
                        | Location::Unstated
                )
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::TableEvidence;

    fn table(location: Option<Location>) -> TableEvidence {
        TableEvidence { heading_location: location, heading: String::new(), rows: Vec::new(), pos: Default::default() }
    }

    #[test]
    fn parameter_tables_make_a_call_field_tables_a_resource() {
        let mut ev = SectionEvidence::default();
        assert!(!documents_a_call(&ev), "no table: nothing says it is a call");
        ev.tables.push(table(Some(Location::Unstated)));
        assert!(documents_a_call(&ev));
        ev.tables.push(table(Some(Location::Response)));
        assert!(!documents_a_call(&ev), "a table of the object's fields: a resource");
        ev.tables = vec![table(None)];
        assert!(!documents_a_call(&ev));
    }
}
