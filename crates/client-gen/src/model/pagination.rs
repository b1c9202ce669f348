//! The stream of an operation with `x-pagination`: the contract's plan, and the type of the
//! items it yields (operations without the extension: `paging_infer`).

use super::{Builder, Operation, Pagination, ResponseKind, Ty, TypeKind};
use crate::Code;
use openapi_ext as ext;

impl<'a> Builder<'a> {
    /// The stream a paginated operation gets: the contract's plan, and the item type it yields.
    pub(super) fn pagination(&mut self, p: &ext::Pagination, o: &Operation, loc: &str) -> Option<Pagination> {
        let loc = format!("{loc}.x-pagination");
        let plan = match p.plan() {
            Ok(plan) => plan,
            Err(message) => {
                self.warn(Code::NoStream, &loc, message);
                return None;
            }
        };
        let ResponseKind::Json(resp_ty) = &o.response else {
            self.warn(Code::NoStream, &loc, "paginated operation without a JSON response; no stream generated");
            return None;
        };
        let items = &plan.items;
        let item_ty = self.item_ty(resp_ty, items).unwrap_or_else(|| {
            self.warn(
                Code::StreamItemsUntyped,
                &loc,
                format!("cannot find the item array `{items}` in the response type; items typed as serde_json::Value"),
            );
            Ty::Value
        });
        Some(Pagination { plan, item_ty })
    }

    /// Follows a dotted path through the generated types to the item type of an array.
    fn item_ty(&self, ty: &Ty, path: &str) -> Option<Ty> {
        let mut ty = ty.clone();
        for seg in path.split('.').filter(|s| !s.is_empty()) {
            ty = self.field_ty(&ty, seg)?;
        }
        match ty {
            Ty::Vec(inner) => Some(*inner),
            _ => None,
        }
    }

    fn field_ty(&self, ty: &Ty, wire: &str) -> Option<Ty> {
        let Ty::Named(n) = ty else { return None };
        match &self.types.get(n)?.kind {
            TypeKind::Struct { fields, .. } => fields.iter().find(|f| f.wire == wire).map(|f| f.ty.clone()),
            TypeKind::Alias(t) => self.field_ty(t, wire),
            _ => None,
        }
    }
}
