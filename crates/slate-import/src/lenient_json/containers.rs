//! The structure of a JSON example: the top-level value, objects and arrays with their
//! missing, extra and trailing commas, elided members and elements, keys without quotes or
//! values, stray and mismatched brackets, and the depth bound.

use super::{is_word_char, is_ws, Ctx, Parser, MAX_DEPTH};
use serde_json::{Map, Value};

impl Parser {
    pub(super) fn top(&mut self) -> Option<Value> {
        self.trivia();
        let c = self.peek()?;
        let value = match c {
            '{' | '[' => self.value(),
            '"' | '\'' => {
                // A top-level member without braces: `"key": value, ...`.
                let save = (self.i, self.defects.len());
                let _ = self.string();
                self.skip_inline_ws();
                if self.peek() == Some(':') {
                    self.i = save.0;
                    self.defects.truncate(save.1);
                    self.defect("members without enclosing object: wrapped in `{}`");
                    self.stack.push(Ctx::Object);
                    let v = self.object_body(true);
                    self.stack.pop();
                    v
                } else {
                    self.i = save.0;
                    self.defects.truncate(save.1);
                    self.value()
                }
            }
            _ => {
                // Stray text before the structure: skip to the first `{` or `[`.
                match self.s[self.i..].iter().position(|&c| c == '{' || c == '[') {
                    Some(off) => {
                        self.defect("stray text before the value");
                        self.i += off;
                        self.value()
                    }
                    None if c == '-' || c.is_ascii_digit() || "tfn".contains(c) => self.value(),
                    None => return None,
                }
            }
        };
        self.trivia();
        if self.i < self.s.len() {
            let rest: String = self.s[self.i..].iter().collect();
            let rest = rest.trim();
            let what = if rest.starts_with(['{', '[', '"', '\'']) {
                "more than one top-level value: only the first is used"
            } else {
                "stray text after the value"
            };
            self.defect(what);
            self.i = self.s.len();
        }
        Some(value)
    }

    fn value(&mut self) -> Value {
        match self.peek() {
            Some('{' | '[') if self.stack.len() >= MAX_DEPTH => {
                let at = self.i;
                self.skip_container();
                self.defect_at(
                    at,
                    format!("nesting too deep: more than {MAX_DEPTH} levels, the inner value read as null"),
                );
                Value::Null
            }
            Some('{') => {
                self.i += 1;
                self.stack.push(Ctx::Object);
                let v = self.object_body(false);
                self.stack.pop();
                v
            }
            Some('[') => {
                self.i += 1;
                self.stack.push(Ctx::Array);
                let v = self.array_body();
                self.stack.pop();
                v
            }
            Some('"') | Some('\'') => Value::String(self.string()),
            Some(c) if c == '-' || c == '+' || c == '.' || c.is_ascii_digit() => self.number(),
            Some(_) => self.word(),
            None => {
                self.defect("missing value: read as null");
                Value::Null
            }
        }
    }

    /// Skips the container at the cursor and everything nested in it, without recursion: to
    /// its matching close (`}` or `]`, strings skipped), or to the end.
    fn skip_container(&mut self) {
        let mut depth = 0usize;
        let mut quote: Option<char> = None;
        while let Some(c) = self.peek() {
            self.i += 1;
            match (quote, c) {
                (Some(_), '\\') => self.i += 1,
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '{' | '[') => depth += 1,
                (None, '}' | ']') => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                (None, _) => {}
            }
        }
    }

    /// True if a container of `kind` encloses the current one.
    fn inside(&self, kind: Ctx) -> bool {
        self.stack[..self.stack.len().saturating_sub(1)].contains(&kind)
    }

    /// True if the first significant char after the cursor's char is `c` (comments skipped).
    fn next_after_is(&self, c: char) -> bool {
        let mut k = self.i + 1;
        while k < self.s.len() {
            let ch = self.s[k];
            if is_ws(ch) || ch == ',' {
                k += 1;
            } else if ch == '/' && self.s.get(k + 1) == Some(&'/') {
                while k < self.s.len() && self.s[k] != '\n' {
                    k += 1;
                }
            } else {
                return ch == c;
            }
        }
        false
    }

    /// A closer of the other kind at the cursor (`]` in an object, `}` in an array). A stray
    /// one, right before this container's own closer `own`, is skipped: true, go on. Else it
    /// closes this container too and is left for the enclosing container of its kind `other`
    /// (consumed when there is none): false, stop.
    fn other_closer(&mut self, own: char, stray: &str, mismatched: &str, other: Ctx) -> bool {
        if self.next_after_is(own) {
            self.defect(stray);
            self.i += 1;
            return true;
        }
        self.defect(mismatched);
        if !self.inside(other) {
            self.i += 1;
        }
        false
    }

    /// A `,` at the cursor: consumed, an extra comma when no item stands since the last one
    /// (an elided item counts as one).
    fn comma(&mut self, commas: &mut Commas) {
        if !commas.after || self.elisions == commas.elisions_at {
            self.defect("extra comma");
        }
        self.i += 1;
        commas.after = true;
        commas.elisions_at = self.elisions;
    }

    /// The container's own closer at the cursor: consumed, a trailing comma when one stands
    /// right before it.
    fn close(&mut self, commas: &Commas) {
        if commas.after && self.elisions == commas.elisions_at {
            self.defect("trailing comma");
        }
        self.i += 1;
    }

    /// After an item: the comma that follows it, if any, is consumed.
    fn after_item(&mut self, commas: &mut Commas) {
        commas.after = false;
        self.trivia();
        if self.peek() == Some(',') {
            self.i += 1;
            commas.after = true;
            commas.elisions_at = self.elisions;
        }
    }

    /// Parses object members after `{` (or at top level when `implicit`).
    fn object_body(&mut self, implicit: bool) -> Value {
        let open = self.i.saturating_sub(1);
        let mut map = Map::new();
        let elisions_at_start = self.elisions;
        let mut commas = Commas { after: false, elisions_at: self.elisions };
        loop {
            self.trivia();
            let Some(c) = self.peek() else {
                if !implicit {
                    self.defect_at(self.s.len(), format!("unclosed object: opened on line {}", self.line_at(open) + 1));
                }
                break;
            };
            match c {
                '}' => {
                    self.close(&commas);
                    if implicit {
                        self.defect_at(self.i - 1, "unbalanced brace: `}` without `{`");
                    }
                    break;
                }
                ']' => {
                    if self.other_closer(
                        '}',
                        "unbalanced bracket: stray `]` skipped",
                        "mismatched bracket: `]` closes an object",
                        Ctx::Array,
                    ) {
                        continue;
                    }
                    break;
                }
                ',' => {
                    self.comma(&mut commas);
                    continue;
                }
                '{' | '[' => {
                    self.defect("value without key: dropped");
                    let _ = self.value();
                }
                _ => {
                    let key_at = self.i;
                    let Some(key) = self.key() else {
                        self.skip_stray();
                        commas.after = false;
                        continue;
                    };
                    if !commas.after && !map.is_empty() {
                        self.defect_at(key_at, "missing comma");
                    }
                    if let Some(v) = self.member_value(&key) {
                        if map.contains_key(&key) {
                            self.defect_at(key_at, format!("duplicate key: `{key}`, the last value is kept"));
                        }
                        map.insert(key, v);
                    }
                }
            }
            self.after_item(&mut commas);
        }
        self.last_elided = map.is_empty() && self.elisions > elisions_at_start;
        Value::Object(map)
    }

    /// A member key: quoted or bare. None (nothing consumed) if no key is here.
    fn key(&mut self) -> Option<String> {
        match self.peek()? {
            '"' | '\'' => Some(self.string()),
            c if is_word_char(c) => {
                let start = self.i;
                while self.peek().is_some_and(is_word_char) {
                    self.i += 1;
                }
                let k: String = self.s[start..self.i].iter().collect();
                self.defect_at(start, format!("unquoted key: `{k}`"));
                Some(k)
            }
            _ => None,
        }
    }

    /// After a key: the colon and the value. None if the member was elided.
    fn member_value(&mut self, key: &str) -> Option<Value> {
        self.trivia();
        match self.peek() {
            Some(':') => self.i += 1,
            Some('=') => {
                self.defect(format!("`=` instead of colon: after key `{key}`"));
                self.i += 1;
            }
            _ => {
                self.defect(format!("missing colon: after key `{key}`"));
                if matches!(self.peek(), None | Some(',') | Some('}') | Some(']')) {
                    return Some(Value::Null);
                }
            }
        }
        let before = self.elisions;
        self.trivia();
        match self.peek() {
            None | Some(',') | Some('}') | Some(']') => {
                if self.elisions > before {
                    None
                } else {
                    self.defect(format!("missing value: `{key}` read as null"));
                    Some(Value::Null)
                }
            }
            Some('"') | Some('\'') => {
                let s = self.string();
                Some(Value::String(self.rejoin_broken_string(&s).unwrap_or(s)))
            }
            _ => Some(self.value()),
        }
    }

    /// Skips unusable text up to the next `,`, `}`, `]` or end of line.
    fn skip_stray(&mut self) {
        let start = self.i;
        while self.peek().is_some_and(|c| !matches!(c, ',' | '}' | ']' | '\n' | '"')) {
            self.i += 1;
        }
        if self.i == start && self.i < self.s.len() {
            self.i += 1;
        }
        let text: String = self.s[start..self.i].iter().collect();
        self.defect_at(start, format!("stray text: `{}` skipped", text.trim()));
    }

    fn array_body(&mut self) -> Value {
        let open = self.i.saturating_sub(1);
        // (value, elided-empty object?)
        let mut items: Vec<(Value, bool)> = Vec::new();
        let mut commas = Commas { after: false, elisions_at: self.elisions };
        loop {
            self.trivia();
            let Some(c) = self.peek() else {
                self.defect_at(self.s.len(), format!("unclosed array: opened on line {}", self.line_at(open) + 1));
                break;
            };
            match c {
                ']' => {
                    self.close(&commas);
                    break;
                }
                '}' => {
                    if self.other_closer(
                        ']',
                        "unbalanced brace: stray `}` skipped",
                        "mismatched bracket: `}` closes an array",
                        Ctx::Object,
                    ) {
                        continue;
                    }
                    break;
                }
                ',' => {
                    self.comma(&mut commas);
                    continue;
                }
                _ => {
                    let at = self.i;
                    if !commas.after && !items.is_empty() {
                        self.defect("missing comma");
                    }
                    self.last_elided = false;
                    let v = self.value();
                    let elided =
                        std::mem::take(&mut self.last_elided) && matches!(&v, Value::Object(m) if m.is_empty());
                    // `"key": value` directly inside an array.
                    let mut member = None;
                    if let Value::String(k) = &v {
                        self.skip_inline_ws();
                        if self.peek() == Some(':') {
                            member = Some(k.clone());
                        }
                    }
                    if let Some(key) = member {
                        self.defect_at(at, format!("member inside array: `{key}` attached to the preceding object"));
                        if let Some(mv) = self.member_value(&key) {
                            match items.last_mut() {
                                Some((Value::Object(m), _)) => {
                                    m.insert(key, mv);
                                }
                                _ => {
                                    let mut m = Map::new();
                                    m.insert(key, mv);
                                    items.push((Value::Object(m), false));
                                }
                            }
                        }
                    } else {
                        items.push((v, elided));
                    }
                }
            }
            self.after_item(&mut commas);
        }
        let any_real = items.iter().any(|(_, e)| !e);
        Value::Array(items.into_iter().filter(|(_, e)| !any_real || !e).map(|(v, _)| v).collect())
    }
}

/// The commas between the items of one container: whether the last thing read was a comma,
/// and the count of elided items then (an item elided after it stands between two commas).
struct Commas {
    after: bool,
    elisions_at: usize,
}
