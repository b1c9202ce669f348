//! The sections each section owns (itself, and the sub-sections [`Model::owner_of`] gives it that
//! declare no operation of their own), found once for all operations instead of by a scan of
//! every section per operation.

use crate::blocks::Outline;
use crate::model::Model;
use crate::section_text::section_text;

/// By section index, the sections whose text is that section's own, in reading order.
pub struct OwnSections(Vec<Vec<usize>>);

impl OwnSections {
    /// The owned sections of every section of `model`.
    pub fn new(model: &Model) -> Self {
        let mut owned: Vec<Vec<usize>> = vec![Vec::new(); model.owner_of.len()];
        for (j, &owner) in model.owner_of.iter().enumerate() {
            owned[j].push(j);
            if owner != j && owner < owned.len() && !model.operation_sections.contains(&j) {
                owned[owner].push(j);
            }
        }
        OwnSections(owned)
    }

    /// All the text of section `sec` and the sections it owns, each followed by a newline.
    pub fn text(&self, outline: &Outline, sec: usize) -> String {
        let mut text = String::new();
        for &j in self.0.get(sec).map_or(&[][..], Vec::as_slice) {
            text.push_str(&section_text(outline, j));
            text.push('\n');
        }
        text
    }

    /// All the text of operation `k`'s section: the owner of the sub-heading its request line
    /// is under.
    pub fn operation_text(&self, outline: &Outline, model: &Model, k: usize) -> String {
        let Some(at) = outline.section_at(&model.operations[k].source) else { return String::new() };
        self.text(outline, model.owner_of.get(at).copied().unwrap_or(at))
    }
}
