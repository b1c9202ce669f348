//! Structural comparison of two schemas: `$ref`s resolved, `allOf` merged, `oneOf`/`anyOf`
//! alternatives matched, recursion cut on a pair of schemas already being compared, and every
//! result memoised per pair (a schema shared by many operations is compared once).

use super::{ref_of, resolve, show, ChangeKind, Dir};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::rc::Rc;

/// Nesting beyond which schemas are not compared (a guard against pathological documents).
const MAX_DEPTH: usize = 64;

/// The schema standing for "anything" (a missing `items`, `additionalProperties: true`).
pub(super) static ANY: Value = Value::Bool(true);

/// A change inside a schema, at a path relative to it (`.customer.email`, `[]`, `<oneOf 2>`).
#[derive(Debug, Clone)]
pub(super) struct Rel {
    pub kind: ChangeKind,
    pub path: String,
    pub message: String,
}

impl Rel {
    fn new(kind: ChangeKind, message: impl Into<String>) -> Self {
        Rel { kind, path: String::new(), message: message.into() }
    }
}

/// Identity of a pair of (resolved) schema nodes in a direction.
type Key = (usize, usize, Dir);

/// Compares schemas of the old and the new document.
pub(super) struct Comparer<'a> {
    old_root: &'a Value,
    new_root: &'a Value,
    memo: HashMap<Key, Rc<Vec<Rel>>>,
    active: HashSet<Key>,
    depth: usize,
}

impl<'a> Comparer<'a> {
    /// A comparer of schemas of `old_root` with schemas of `new_root`.
    pub fn new(old_root: &'a Value, new_root: &'a Value) -> Self {
        Comparer { old_root, new_root, memo: HashMap::new(), active: HashSet::new(), depth: 0 }
    }

    /// The changes from `old` to `new`, read in direction `dir`.
    pub fn compare(&mut self, old: &'a Value, new: &'a Value, dir: Dir) -> Rc<Vec<Rel>> {
        let old = resolve(self.old_root, old);
        let new = resolve(self.new_root, new);
        let key = (old as *const Value as usize, new as *const Value as usize, dir);
        if let Some(done) = self.memo.get(&key) {
            return done.clone();
        }
        if self.depth >= MAX_DEPTH || !self.active.insert(key) {
            return Rc::default();
        }
        self.depth += 1;
        let mut out = Vec::new();
        self.compare_resolved(old, new, dir, &mut out);
        self.depth -= 1;
        self.active.remove(&key);
        let out = Rc::new(out);
        self.memo.insert(key, out.clone());
        out
    }

    /// Compares `old` and `new` and appends the result under the path segment `segment`.
    fn nested(&mut self, old: &'a Value, new: &'a Value, dir: Dir, segment: &str, out: &mut Vec<Rel>) {
        for rel in self.compare(old, new, dir).iter() {
            out.push(Rel { kind: rel.kind, path: format!("{segment}{}", rel.path), message: rel.message.clone() });
        }
    }

    fn compare_resolved(&mut self, old: &'a Value, new: &'a Value, dir: Dir, out: &mut Vec<Rel>) {
        let o = View::of(self.old_root, old);
        let n = View::of(self.new_root, new);
        let (lo, ln) = (o.label(), n.label());
        let known = |label: &str| !label.starts_with("unresolved");
        let (wo, wn) = match (width(&o, &lo), width(&n, &ln)) {
            (None, Some(ANY_WIDTH)) if known(&lo) => (Some(0), Some(ANY_WIDTH)),
            (Some(ANY_WIDTH), None) if known(&ln) => (Some(ANY_WIDTH), Some(0)),
            widths => widths,
        };
        let f = |v: Option<&str>| v.map_or_else(|| "none".to_owned(), |s| format!("`{s}`"));
        let describe = |v: &View, label: &str| match (v.format, wo.is_some() && wn.is_some()) {
            (Some(format), true) => format!("{label} ({format})"),
            _ => label.to_owned(),
        };
        match (wo, wn) {
            (Some(a), Some(b)) if a != b => {
                let kind = match (a < b, dir) {
                    (true, Dir::Request) => ChangeKind::RequestTypeWidened,
                    (true, Dir::Response) => ChangeKind::ResponseTypeWidened,
                    (false, Dir::Request) => ChangeKind::RequestTypeNarrowed,
                    (false, Dir::Response) => ChangeKind::ResponseTypeNarrowed,
                };
                let how = if a < b { "widened" } else { "narrowed" };
                out.push(Rel::new(kind, format!("type {how} from {} to {}", describe(&o, &lo), describe(&n, &ln))));
                // Untyped on either side: nothing else to compare.
                if a == ANY_WIDTH || b == ANY_WIDTH {
                    return;
                }
            }
            _ if lo != ln => {
                out.push(Rel::new(ChangeKind::TypeChanged, format!("type changed from {lo} to {ln}")));
                return;
            }
            _ if o.format != n.format => {
                out.push(Rel::new(
                    ChangeKind::FormatChanged,
                    format!("format changed from {} to {}", f(o.format), f(n.format)),
                ));
            }
            _ => {}
        }
        nullable(&o, &n, dir, out);
        enumeration(&o, &n, dir, out);
        constraints(&o, &n, dir, out);
        if o.default != n.default {
            let f = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), show);
            out.push(Rel::new(
                ChangeKind::DefaultChanged,
                format!("default changed from {} to {}", f(o.default), f(n.default)),
            ));
        }
        self.properties(&o, &n, dir, out);
        self.additional(&o, &n, dir, out);
        if o.items.is_some() || n.items.is_some() {
            self.nested(o.items.unwrap_or(&ANY), n.items.unwrap_or(&ANY), dir, "[]", out);
        }
        self.variants(&o.one_of, &n.one_of, "oneOf", dir, out);
        self.variants(&o.any_of, &n.any_of, "anyOf", dir, out);
    }

    fn properties(&mut self, o: &View<'a>, n: &View<'a>, dir: Dir, out: &mut Vec<Rel>) {
        let names: BTreeSet<&str> = o.properties.keys().chain(n.properties.keys()).copied().collect();
        for name in names {
            let segment = format!(".{name}");
            let (was_required, is_required) = (o.required.contains(name), n.required.contains(name));
            let mut push = |kind, message: String| out.push(Rel { kind, path: segment.clone(), message });
            match (o.properties.get(name), n.properties.get(name)) {
                (Some(_), None) => {
                    let kind = match (dir, was_required) {
                        (Dir::Request, _) => ChangeKind::RequestFieldRemoved,
                        (Dir::Response, true) => ChangeKind::RequiredResponseFieldRemoved,
                        (Dir::Response, false) => ChangeKind::OptionalResponseFieldRemoved,
                    };
                    push(kind, format!("field `{name}` removed"));
                }
                (None, Some(_)) => {
                    let (kind, what) = match (dir, is_required) {
                        (Dir::Request, true) => (ChangeKind::RequiredRequestFieldAdded, "required"),
                        (Dir::Request, false) => (ChangeKind::OptionalRequestFieldAdded, "optional"),
                        (Dir::Response, true) => (ChangeKind::ResponseFieldAdded, "required"),
                        (Dir::Response, false) => (ChangeKind::ResponseFieldAdded, "optional"),
                    };
                    push(kind, format!("{what} field `{name}` added"));
                }
                (Some(old), Some(new)) => {
                    if was_required != is_required {
                        let kind = match (dir, is_required) {
                            (Dir::Request, true) => ChangeKind::RequestFieldBecameRequired,
                            (Dir::Request, false) => ChangeKind::RequestFieldBecameOptional,
                            (Dir::Response, true) => ChangeKind::ResponseFieldBecameRequired,
                            (Dir::Response, false) => ChangeKind::ResponseFieldBecameOptional,
                        };
                        let now = if is_required { "required" } else { "optional" };
                        push(kind, format!("field `{name}` is now {now}"));
                    }
                    self.nested(old, new, dir, &segment, out);
                }
                (None, None) => {}
            }
        }
    }

    fn additional(&mut self, o: &View<'a>, n: &View<'a>, dir: Dir, out: &mut Vec<Rel>) {
        match (open(o.additional), open(n.additional)) {
            (Some(old), Some(new)) => self.nested(old, new, dir, ".*", out),
            (None, None) => {}
            (old, _) => {
                let what = if old.is_some() { "no longer allowed" } else { "now allowed" };
                out.push(Rel::new(ChangeKind::AdditionalPropertiesChanged, format!("additional properties {what}")));
            }
        }
    }

    fn variants(&mut self, old: &[&'a Value], new: &[&'a Value], word: &str, dir: Dir, out: &mut Vec<Rel>) {
        if old.is_empty() && new.is_empty() {
            return;
        }
        let label = |root: &Value, v: &Value| View::of(root, resolve(root, v)).label();
        let old_labels: Vec<String> = old.iter().map(|v| label(self.old_root, v)).collect();
        let new_labels: Vec<String> = new.iter().map(|v| label(self.new_root, v)).collect();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut old_free: Vec<bool> = vec![true; old.len()];
        let mut new_free: Vec<bool> = vec![true; new.len()];
        // Same reference first, then same type, in order.
        let same_ref = |i: usize, j: usize| ref_of(old[i]).is_some() && ref_of(old[i]) == ref_of(new[j]);
        let same_label = |i: usize, j: usize| old_labels[i] == new_labels[j];
        for matches in [&same_ref as &dyn Fn(usize, usize) -> bool, &same_label] {
            for (i, free) in old_free.iter_mut().enumerate() {
                if !*free {
                    continue;
                }
                if let Some(j) = (0..new.len()).find(|&j| new_free[j] && matches(i, j)) {
                    *free = false;
                    new_free[j] = false;
                    pairs.push((i, j));
                }
            }
        }
        pairs.sort_by_key(|&(_, j)| j);
        for (i, j) in pairs {
            self.nested(old[i], new[j], dir, &format!("<{word} {}>", j + 1), out);
        }
        for i in (0..old.len()).filter(|&i| old_free[i]) {
            let kind = match dir {
                Dir::Request => ChangeKind::RequestVariantRemoved,
                Dir::Response => ChangeKind::ResponseVariantRemoved,
            };
            out.push(Rel {
                kind,
                path: format!("<{word} {}>", i + 1),
                message: format!("{word} alternative {} ({}) removed", i + 1, old_labels[i]),
            });
        }
        for j in (0..new.len()).filter(|&j| new_free[j]) {
            let kind = match dir {
                Dir::Request => ChangeKind::RequestVariantAdded,
                Dir::Response => ChangeKind::ResponseVariantAdded,
            };
            out.push(Rel {
                kind,
                path: format!("<{word} {}>", j + 1),
                message: format!("{word} alternative {} ({}) added", j + 1, new_labels[j]),
            });
        }
    }
}

fn nullable(o: &View, n: &View, dir: Dir, out: &mut Vec<Rel>) {
    let kind = match (o.nullable, n.nullable, dir) {
        (false, true, Dir::Request) => ChangeKind::RequestBecameNullable,
        (false, true, Dir::Response) => ChangeKind::ResponseBecameNullable,
        (true, false, Dir::Request) => ChangeKind::RequestBecameNonNullable,
        (true, false, Dir::Response) => ChangeKind::ResponseBecameNonNullable,
        _ => return,
    };
    let what = if n.nullable { "may now be null" } else { "may no longer be null" };
    out.push(Rel::new(kind, format!("value {what}")));
}

fn enumeration(o: &View, n: &View, dir: Dir, out: &mut Vec<Rel>) {
    let list = |v: &[&Value]| v.iter().map(|x| show(x)).collect::<Vec<_>>();
    match (&o.enumeration, &n.enumeration) {
        (None, None) => {}
        (None, Some(new)) => {
            let kind = match dir {
                Dir::Request => ChangeKind::RequestEnumAdded,
                Dir::Response => ChangeKind::ResponseEnumAdded,
            };
            out.push(Rel::new(kind, format!("values now restricted to [{}]", list(new).join(", "))))
        }
        (Some(_), None) => out.push(Rel::new(ChangeKind::EnumRemoved, "values no longer restricted to an enum")),
        (Some(old), Some(new)) => {
            let (old, new) = (list(old), list(new));
            let (removed, added) = match dir {
                Dir::Request => (ChangeKind::RequestEnumValueRemoved, ChangeKind::RequestEnumValueAdded),
                Dir::Response => (ChangeKind::ResponseEnumValueRemoved, ChangeKind::ResponseEnumValueAdded),
            };
            for v in old.iter().filter(|v| !new.contains(v)) {
                out.push(Rel::new(removed, format!("enum value {v} removed")));
            }
            for v in new.iter().filter(|v| !old.contains(v)) {
                out.push(Rel::new(added, format!("enum value {v} added")));
            }
        }
    }
}

/// How a constraint restricts values when it grows.
#[derive(Clone, Copy, PartialEq)]
enum Bound {
    /// A lower bound: stricter when larger.
    Min,
    /// An upper bound: stricter when smaller.
    Max,
    /// A flag: stricter when it becomes true.
    Flag,
    /// Anything else (`pattern`, `multipleOf`): no order between two values.
    Other,
}

const CONSTRAINTS: [(&str, Bound); 13] = [
    ("minimum", Bound::Min),
    ("exclusiveMinimum", Bound::Flag),
    ("maximum", Bound::Max),
    ("exclusiveMaximum", Bound::Flag),
    ("multipleOf", Bound::Other),
    ("minLength", Bound::Min),
    ("maxLength", Bound::Max),
    ("pattern", Bound::Other),
    ("minItems", Bound::Min),
    ("maxItems", Bound::Max),
    ("uniqueItems", Bound::Flag),
    ("minProperties", Bound::Min),
    ("maxProperties", Bound::Max),
];

fn constraints(o: &View, n: &View, dir: Dir, out: &mut Vec<Rel>) {
    for (name, bound) in CONSTRAINTS {
        let (old, new) = (o.constraints.get(name).copied(), n.constraints.get(name).copied());
        if old == new {
            continue;
        }
        let num = |v: Option<&Value>| v.and_then(Value::as_f64);
        let is_true = |v: Option<&Value>| v == Some(&Value::Bool(true));
        let tighter = match (bound, new) {
            (Bound::Flag, None) if !is_true(old) => continue,
            (_, None) => Some(false),
            (Bound::Min, Some(_)) => Some(old.is_none() || num(new) > num(old)),
            (Bound::Max, Some(_)) => Some(old.is_none() || num(new) < num(old)),
            (Bound::Flag, Some(_)) if is_true(old) == is_true(new) => continue,
            (Bound::Flag, Some(_)) => Some(is_true(new)),
            (Bound::Other, Some(_)) => None,
        };
        let kind = match (tighter, dir) {
            (None, _) => ChangeKind::ConstraintChanged,
            (Some(true), Dir::Request) => ChangeKind::RequestConstraintTightened,
            (Some(false), Dir::Request) => ChangeKind::RequestConstraintRelaxed,
            (Some(true), Dir::Response) => ChangeKind::ResponseConstraintTightened,
            (Some(false), Dir::Response) => ChangeKind::ResponseConstraintRelaxed,
        };
        let message = match (old, new) {
            (Some(a), Some(b)) => format!("`{name}` changed from {} to {}", show(a), show(b)),
            (None, Some(b)) => format!("`{name}` set to {}", show(b)),
            (Some(a), None) => format!("`{name}` {} removed", show(a)),
            (None, None) => continue,
        };
        out.push(Rel::new(kind, message));
    }
}

/// The width of an untyped value: wider than every type.
const ANY_WIDTH: u8 = 3;

/// Where a value's type sits in the order `integer (int32)` ⊂ `integer` ⊂ `number` ⊂ untyped
/// (`None`: not in it, e.g. `string`; every type is narrower than untyped, which the caller
/// handles).
fn width(view: &View, label: &str) -> Option<u8> {
    match label {
        "integer" if view.format == Some("int32") => Some(0),
        "integer" => Some(1),
        "number" => Some(2),
        "any" => Some(ANY_WIDTH),
        _ => None,
    }
}

/// `additionalProperties` as a schema: `None` when closed or absent, [`ANY`] for `true`.
fn open(v: Option<&Value>) -> Option<&Value> {
    match v {
        None | Some(Value::Bool(false)) => None,
        Some(Value::Bool(true)) => Some(&ANY),
        Some(s) => Some(s),
    }
}

use openapi_ext::schema::is_null_only_json as is_null_only;

/// A schema with its `allOf` members merged in.
#[derive(Default)]
struct View<'a> {
    ty: Option<&'a str>,
    unresolved: Option<&'a str>,
    format: Option<&'a str>,
    nullable: bool,
    enumeration: Option<Vec<&'a Value>>,
    properties: BTreeMap<&'a str, &'a Value>,
    required: BTreeSet<&'a str>,
    additional: Option<&'a Value>,
    items: Option<&'a Value>,
    one_of: Vec<&'a Value>,
    any_of: Vec<&'a Value>,
    default: Option<&'a Value>,
    constraints: BTreeMap<&'static str, &'a Value>,
}

impl<'a> View<'a> {
    /// The view of `schema`, already resolved.
    fn of(root: &'a Value, schema: &'a Value) -> Self {
        let mut seen = Vec::new();
        Self::merged(root, schema, &mut seen)
    }

    fn merged(root: &'a Value, schema: &'a Value, seen: &mut Vec<*const Value>) -> Self {
        let mut view = View::default();
        if let Some(r) = ref_of(schema) {
            view.unresolved = Some(r);
            return view;
        }
        let Some(obj) = schema.as_object() else {
            return view;
        };
        let str_of = |k: &str| obj.get(k).and_then(Value::as_str);
        view.ty = str_of("type");
        view.format = str_of("format");
        view.nullable = obj.get("nullable").and_then(Value::as_bool).unwrap_or(false);
        view.enumeration =
            obj.get("enum").and_then(Value::as_array).filter(|a| !a.is_empty()).map(|a| a.iter().collect());
        if let Some(props) = obj.get("properties").and_then(Value::as_object) {
            view.properties = props.iter().map(|(k, v)| (k.as_str(), v)).collect();
        }
        if let Some(req) = obj.get("required").and_then(Value::as_array) {
            view.required = req.iter().filter_map(Value::as_str).collect();
        }
        view.additional = obj.get("additionalProperties");
        view.items = obj.get("items");
        let list = |k: &str| obj.get(k).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
        let mut all_of: Vec<&Value> = list("allOf");
        // A `null`-only member makes the schema nullable; a single member left is that schema
        // (`anyOf: [$ref, <null only>]` is OpenAPI 3.0.3's nullable reference).
        for (key, slot) in [("oneOf", &mut view.one_of), ("anyOf", &mut view.any_of)] {
            let (nulls, members): (Vec<&Value>, Vec<&Value>) = list(key).into_iter().partition(|m| is_null_only(m));
            view.nullable |= !nulls.is_empty();
            match members.as_slice() {
                [only] if !nulls.is_empty() => all_of.push(only),
                _ => *slot = members,
            }
        }
        view.default = obj.get("default");
        for (name, _) in CONSTRAINTS {
            if let Some(v) = obj.get(name) {
                view.constraints.insert(name, v);
            }
        }
        seen.push(schema as *const Value);
        for member in all_of {
            let member = resolve(root, member);
            if seen.contains(&(member as *const Value)) || seen.len() > MAX_DEPTH {
                continue;
            }
            let m = Self::merged(root, member, seen);
            view.absorb(m);
        }
        seen.pop();
        view
    }

    /// Merges an `allOf` member: properties and `required` add up, the rest fills gaps.
    fn absorb(&mut self, m: View<'a>) {
        self.ty = self.ty.or(m.ty);
        self.unresolved = self.unresolved.or(m.unresolved);
        self.format = self.format.or(m.format);
        self.nullable |= m.nullable;
        if self.enumeration.is_none() {
            self.enumeration = m.enumeration;
        }
        for (k, v) in m.properties {
            self.properties.entry(k).or_insert(v);
        }
        self.required.extend(m.required);
        self.additional = self.additional.or(m.additional);
        self.items = self.items.or(m.items);
        if self.one_of.is_empty() {
            self.one_of = m.one_of;
        }
        if self.any_of.is_empty() {
            self.any_of = m.any_of;
        }
        self.default = self.default.or(m.default);
        for (k, v) in m.constraints {
            self.constraints.entry(k).or_insert(v);
        }
    }

    /// What kind of value this is: a JSON type, `map` (an object of only
    /// `additionalProperties`), `oneOf`, `anyOf`, `any`, or an unresolvable reference.
    fn label(&self) -> String {
        if self.ty.is_none() {
            if let Some(r) = self.unresolved {
                return format!("unresolved `{r}`");
            }
        }
        let is_map = self.properties.is_empty() && open(self.additional).is_some();
        match self.ty {
            Some("object") if is_map => "map".into(),
            Some(t) => t.into(),
            None if is_map => "map".into(),
            None if !self.properties.is_empty() || self.additional.is_some() => "object".into(),
            None if self.items.is_some() => "array".into(),
            None if !self.one_of.is_empty() => "oneOf".into(),
            None if !self.any_of.is_empty() => "anyOf".into(),
            None => match self.enumeration.as_ref().and_then(|e| e.iter().find(|v| !v.is_null())) {
                Some(Value::String(_)) => "string".into(),
                Some(Value::Bool(_)) => "boolean".into(),
                Some(Value::Number(n)) if n.is_i64() || n.is_u64() => "integer".into(),
                Some(Value::Number(_)) => "number".into(),
                _ => "any".into(),
            },
        }
    }
}
