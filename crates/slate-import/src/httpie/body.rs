//! The JSON body httpie builds from data items: a tree set path by path, written as JSON text.

use super::items::Seg;
/// A JSON body under construction; leaves hold JSON text.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Node {
    Object(Vec<(String, Node)>),
    Array(Vec<Option<Node>>),
    Leaf(String),
}

impl Node {
    fn for_seg(seg: &Seg) -> Node {
        match seg {
            Seg::Key(_) => Node::Object(Vec::new()),
            _ => Node::Array(Vec::new()),
        }
    }

    /// Sets `leaf` at `path` below this node. A node of the wrong kind is replaced (httpie
    /// refuses such paths; the later item wins); a key set twice collects its values in an array.
    pub(super) fn insert(&mut self, path: &[Seg], leaf: Node) {
        let Some((seg, rest)) = path.split_first() else {
            *self = leaf;
            return;
        };
        match seg {
            Seg::Key(k) => {
                if !matches!(self, Node::Object(_)) {
                    *self = Node::Object(Vec::new());
                }
                let Node::Object(members) = self else { return };
                let at = members.iter().position(|(m, _)| m == k);
                match (at, rest.first()) {
                    (Some(p), None) => {
                        let slot = &mut members[p].1;
                        match slot {
                            Node::Array(items) => items.push(Some(leaf)),
                            old => *old = Node::Array(vec![Some(old.clone()), Some(leaf)]),
                        }
                    }
                    (Some(p), Some(next)) => {
                        let slot = &mut members[p].1;
                        if std::mem::discriminant(slot) != std::mem::discriminant(&Node::for_seg(next)) {
                            *slot = Node::for_seg(next);
                        }
                        slot.insert(rest, leaf);
                    }
                    (None, None) => members.push((k.clone(), leaf)),
                    (None, Some(next)) => {
                        let mut child = Node::for_seg(next);
                        child.insert(rest, leaf);
                        members.push((k.clone(), child));
                    }
                }
            }
            Seg::Index(_) | Seg::Append => {
                if !matches!(self, Node::Array(_)) {
                    *self = Node::Array(Vec::new());
                }
                let Node::Array(items) = self else { return };
                let at = match seg {
                    Seg::Index(n) => *n,
                    _ => items.len(),
                };
                if items.len() <= at {
                    items.resize(at + 1, None);
                }
                let slot = &mut items[at];
                match rest.first() {
                    None => *slot = Some(leaf),
                    Some(next) => {
                        let child = slot.get_or_insert_with(|| Node::for_seg(next));
                        if std::mem::discriminant(child) != std::mem::discriminant(&Node::for_seg(next)) {
                            *child = Node::for_seg(next);
                        }
                        child.insert(rest, leaf);
                    }
                }
            }
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        match self {
            Node::Object(m) => m.is_empty(),
            Node::Array(a) => a.is_empty(),
            Node::Leaf(_) => false,
        }
    }

    pub(super) fn write(&self, out: &mut String) {
        match self {
            Node::Leaf(text) => out.push_str(text),
            Node::Object(members) => {
                out.push('{');
                for (k, (name, value)) in members.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&json_string(name));
                    out.push_str(": ");
                    value.write(out);
                }
                out.push('}');
            }
            Node::Array(items) => {
                out.push('[');
                for (k, item) in items.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    match item {
                        Some(v) => v.write(out),
                        None => out.push_str("null"),
                    }
                }
                out.push(']');
            }
        }
    }
}

pub(super) fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}
