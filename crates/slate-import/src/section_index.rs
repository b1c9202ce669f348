//! Finding the section a position is in without scanning every section: each page's section
//! starts, sorted by line, searched by halves ([`crate::blocks::Outline::section_at`]).

use std::collections::HashMap;

use crate::diag::Pos;
use crate::outline_parts::Section;

/// By page path, the (line, section index) of every section, sorted.
#[derive(Debug, Clone, Default)]
pub struct SectionIndex(HashMap<String, Vec<(usize, usize)>>);

impl SectionIndex {
    /// The index of `sections`.
    pub fn new(sections: &[Section]) -> Self {
        let mut by_file: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (i, s) in sections.iter().enumerate() {
            by_file.entry(s.pos.file.clone()).or_default().push((s.pos.line, i));
        }
        by_file.values_mut().for_each(|v| v.sort_unstable());
        SectionIndex(by_file)
    }

    /// The last section of `pos`'s page starting at or before its line (of two starting on the
    /// same line, the later one).
    pub fn at(&self, pos: &Pos) -> Option<usize> {
        let starts = self.0.get(&pos.file)?;
        let after = starts.partition_point(|&(line, _)| line <= pos.line);
        after.checked_sub(1).map(|k| starts[k].1)
    }
}
