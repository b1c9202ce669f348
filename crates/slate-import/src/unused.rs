//! Lint support: reports every section, table and code block that contributed nothing to the
//! spec, as info diagnostics, so gaps in the import are visible instead of silent.

use crate::blocks::Outline;
use crate::diag::{Code, Diagnostics};
use crate::evidence::SectionEvidence;
use crate::model::Model;

/// Records an `unused-*` info diagnostic for each block no stage used.
pub fn report(outline: &Outline, evidence: &[SectionEvidence], model: &Model, diags: &mut Diagnostics) {
    let owner_of = &model.owner_of;
    for (i, ev) in evidence.iter().enumerate() {
        for (pos, what) in &ev.unused {
            diags.info(Code::UnusedBlock, pos, format!("{what} contributed nothing to the spec"));
        }
        let s = &outline.sections[i];
        let in_operation = model.operation_sections.contains(&owner_of[i]);
        // A status or response-header table outside every operation (an API-wide list of the
        // codes it uses) is read as one but applies to nothing.
        if !in_operation {
            let first_status = ev.statuses.first().map(|r| (&r.pos, "status table"));
            let first_header = ev.response_headers.first().map(|r| (&r.pos, "response-header table"));
            for (pos, what) in [first_status, first_header].into_iter().flatten() {
                let message = format!("{what} outside every operation contributed nothing to the spec");
                diags.info(Code::UnusedBlock, pos, message);
            }
        }
        let says_something =
            !ev.declared.is_empty() || !ev.curls.is_empty() || !ev.examples.is_empty() || !ev.tables.is_empty();
        if !in_operation
            && !says_something
            && s.level > 0
            && !s.blocks.is_empty()
            && s.blocks.iter().all(|b| {
                !matches!(
                    b.kind,
                    crate::blocks::BlockKind::Paragraph(_)
                        | crate::blocks::BlockKind::List(_)
                        | crate::blocks::BlockKind::Html(_)
                        | crate::blocks::BlockKind::Comment(_)
                )
            })
        {
            diags.info(Code::UnusedSection, &s.pos, format!("section \"{}\" contributed nothing to the spec", s.title));
        }
    }
}
