//! Recursive types: a field or variant through which a type contains itself is boxed, so that
//! no generated type is infinitely large.

use std::collections::{BTreeMap, BTreeSet};

use super::{Builder, Ty, TypeDef, TypeKind};

impl<'a> Builder<'a> {
    /// Finishes the type table: boxes fields that would make a type infinitely large.
    pub(super) fn finish_types(&mut self) -> Vec<TypeDef> {
        // Untyped additionalProperties become a Value map.
        let mut defs: Vec<TypeDef> = self.types.values().cloned().collect();
        let direct: BTreeMap<String, Vec<String>> = defs
            .iter()
            .map(|d| {
                let mut out = Vec::new();
                match &d.kind {
                    TypeKind::Struct { fields, .. } => {
                        for f in fields {
                            if let Ty::Named(n) = &f.ty {
                                out.push(n.clone());
                            }
                        }
                    }
                    TypeKind::Untagged { variants, .. } => {
                        for (_, t, _) in variants {
                            if let Ty::Named(n) = t {
                                out.push(n.clone());
                            }
                        }
                    }
                    TypeKind::Alias(Ty::Named(n)) => out.push(n.clone()),
                    _ => {}
                }
                (d.name.clone(), out)
            })
            .collect();
        let reaches = |from: &str, to: &str| -> bool {
            let mut stack = vec![from.to_string()];
            let mut seen = BTreeSet::new();
            while let Some(n) = stack.pop() {
                if n == to {
                    return true;
                }
                if seen.insert(n.clone()) {
                    if let Some(next) = direct.get(&n) {
                        stack.extend(next.iter().cloned());
                    }
                }
            }
            false
        };
        for d in &mut defs {
            let me = d.name.clone();
            match &mut d.kind {
                TypeKind::Struct { fields, .. } => {
                    for f in fields {
                        if let Ty::Named(n) = &f.ty {
                            f.boxed = reaches(n, &me);
                        }
                    }
                }
                TypeKind::Untagged { variants, .. } => {
                    for (_, t, boxed) in variants {
                        if let Ty::Named(n) = t {
                            *boxed = reaches(n, &me);
                        }
                    }
                }
                _ => {}
            }
        }
        defs
    }
}
