//! Lenient JSON: reads the JSON examples of hand-written docs, defects and all.
//!
//! The docs' examples are rarely valid JSON: they carry comments (`//`, `/* */`, `#`),
//! trailing or missing commas, elisions (`...`, `{...}`, `// ...`), single-quoted strings,
//! unquoted keys, `NaN`/`undefined`, empty values (`"a": ,`), stray text, a status line after
//! the object, or are cut short. [`parse_lenient`] recovers the structure a reader would see and
//! lists every defect it worked around, with its line, so the caller can report it.
//!
//! Recovery choices (all deterministic):
//! - An elided member (`...` where a member would be, or `"k": ...`) disappears.
//! - An elided object element (`{...}` or `{ // ... }`) is dropped from an array when the array
//!   holds at least one real element; when every element is elided the elements stay as `{}`, so
//!   `[{...}]` reads as `[{}]` and schema inference still sees "array of objects".
//! - A comment whose text is only dots (`// ...`) counts as an elision, not as a comment.
//! - A missing value (`"a": ,`) reads as `null`; `NaN`, `Infinity` and `undefined` read as `null`.
//! - A bare word or placeholder in value position reads as a string.
//! - A `"key": value` found directly inside an array (unbalanced braces upstream) is attached to
//!   the preceding object element (or becomes a one-member object).
//! - A value without a key inside an object is dropped.
//! - A duplicate key keeps its first position and its last value.
//! - A string broken by stray quotes (`"2020-12-09T22":59":59Z"`) is rejoined.
//! - Top-level members without enclosing braces (`"a": {...}`) are wrapped in an object.
//! - Of several top-level values the first is kept; the rest is reported.
//! - Containers still open at the end are closed.
//! - A container nested deeper than [`MAX_DEPTH`] levels reads as `null` (a guess, so the
//!   example is not published): no input drives the parser, nor any later walk over the value,
//!   deeper than that.

use serde_json::{Map, Number, Value};

/// The deepest nesting of objects and arrays read; a container deeper than that reads as
/// `null`. Hand-written examples nest a dozen levels at most; the bound keeps every recursive
/// walk over a value (schema inference, validation, serialisation, drop) within the stack.
pub const MAX_DEPTH: usize = 100;

/// One defect found while reading a JSON example leniently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonDefect {
    /// 0-based line within the example text.
    pub line: usize,
    /// What was wrong, starting with a stable category (e.g. `trailing comma`, `comment`,
    /// ``elision `...` ``), optionally followed by `: ` and details.
    pub message: String,
}

impl JsonDefect {
    /// Whether working around this defect meant guessing a value or a structure the author may
    /// not have meant (a bare word read as a string, stray quotes rejoined, a value or a member
    /// dropped, brackets balanced), as opposed to dropping mere noise (comments, elisions, a
    /// trailing comma). An example with such a defect is not faithful enough to publish.
    pub fn guesses(&self) -> bool {
        const NOISE: [&str; 9] = [
            "comment",
            "elision",
            "trailing comma",
            "extra comma",
            "missing comma",
            "single-quoted string",
            "raw tab in string",
            "unquoted key",
            "duplicate key",
        ];
        !NOISE.iter().any(|category| self.message.starts_with(category))
    }
}

/// The recovered value of a JSON example and the defects worked around.
#[derive(Debug, Clone, PartialEq)]
pub struct LenientJson {
    /// The recovered structure.
    pub value: Value,
    /// Every defect, in source order.
    pub defects: Vec<JsonDefect>,
}

/// Reads a JSON example as the docs write it. Returns None only if no structure at all can be recovered.
pub fn parse_lenient(text: &str) -> Option<LenientJson> {
    let mut p = Parser::new(text);
    let value = p.top()?;
    let mut defects = p.defects;
    defects.sort_by_key(|d| d.line);
    Some(LenientJson { value, defects })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Object,
    Array,
}

struct Parser {
    s: Vec<char>,
    /// 0-based line of each char index (and one past the end).
    lines: Vec<usize>,
    i: usize,
    defects: Vec<JsonDefect>,
    /// How many elisions were seen so far (compared before/after to detect elided values).
    elisions: usize,
    stack: Vec<Ctx>,
    /// Set by `object_body` when the object it just read was empty because of elisions.
    last_elided: bool,
}

fn is_ws(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '$' | '-' | '.' | '@' | '+')
}

impl Parser {
    fn new(text: &str) -> Self {
        let s: Vec<char> = text.chars().collect();
        let mut lines = Vec::with_capacity(s.len() + 1);
        let mut line = 0;
        for &c in &s {
            lines.push(line);
            if c == '\n' {
                line += 1;
            }
        }
        lines.push(line);
        Parser { s, lines, i: 0, defects: Vec::new(), elisions: 0, stack: Vec::new(), last_elided: false }
    }

    fn peek(&self) -> Option<char> {
        self.s.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.s.get(self.i + k).copied()
    }

    fn line_at(&self, i: usize) -> usize {
        self.lines[i.min(self.s.len())]
    }

    fn defect_at(&mut self, i: usize, message: impl Into<String>) {
        let line = self.line_at(i);
        self.defects.push(JsonDefect { line, message: message.into() });
    }

    fn defect(&mut self, message: impl Into<String>) {
        self.defect_at(self.i, message);
    }

    fn starts_with(&self, pat: &str) -> bool {
        pat.chars().enumerate().all(|(k, c)| self.peek_at(k) == Some(c))
    }

    /// Skips whitespace, comments and elisions, reporting each comment and elision.
    fn trivia(&mut self) {
        loop {
            match self.peek() {
                Some(c) if is_ws(c) => self.i += 1,
                Some('/') if self.peek_at(1) == Some('/') => {
                    let start = self.i;
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.i += 1;
                    }
                    let body: String = self.s[start + 2..self.i].iter().collect();
                    self.comment(start, &body);
                }
                Some('#') => {
                    let start = self.i;
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.i += 1;
                    }
                    let body: String = self.s[start + 1..self.i].iter().collect();
                    self.comment(start, &body);
                }
                Some('/') if self.peek_at(1) == Some('*') => {
                    let start = self.i;
                    self.i += 2;
                    while self.i < self.s.len() && !self.starts_with("*/") {
                        self.i += 1;
                    }
                    let end = self.i.min(self.s.len());
                    let body: String = self.s[start + 2..end].iter().collect();
                    if self.i < self.s.len() {
                        self.i += 2;
                    } else {
                        self.defect_at(start, "unclosed comment");
                    }
                    self.comment(start, &body);
                }
                Some('.') if self.starts_with("..") => {
                    let start = self.i;
                    while self.peek() == Some('.') {
                        self.i += 1;
                    }
                    self.elision(start);
                }
                Some('…') => {
                    let start = self.i;
                    self.i += 1;
                    self.elision(start);
                }
                _ => return,
            }
        }
    }

    fn comment(&mut self, at: usize, body: &str) {
        let t = body.trim();
        if !t.is_empty() && t.chars().all(|c| c == '.' || c == '…' || is_ws(c)) {
            self.elision(at);
        } else {
            self.defect_at(at, "comment");
        }
    }

    fn elision(&mut self, at: usize) {
        self.elisions += 1;
        self.defect_at(at, "elision `...`");
    }

    fn top(&mut self) -> Option<Value> {
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

    fn skip_inline_ws(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.i += 1;
        }
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

    /// True if the char at the cursor can end a value or start the next token.
    fn at_delim(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) => is_ws(c) || matches!(c, ',' | '}' | ']' | ':' | '/' | '#'),
        }
    }

    fn number(&mut self) -> Value {
        let start = self.i;
        if matches!(self.peek(), Some('-') | Some('+')) {
            self.i += 1;
        }
        let mut int_part = false;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
            int_part = true;
        }
        let mut is_float = false;
        if self.peek() == Some('.') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            self.i += 1;
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.i += 1;
            }
        }
        if matches!(self.peek(), Some('e') | Some('E')) {
            let save = self.i;
            self.i += 1;
            if matches!(self.peek(), Some('-') | Some('+')) {
                self.i += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.i += 1;
                }
            } else {
                self.i = save;
            }
        }
        if !self.at_delim() || (!int_part && !is_float) {
            // Not a number after all (e.g. an unquoted id `5fb7...`, `-`, `.5x`).
            self.i = start;
            return self.word();
        }
        let text: String = self.s[start..self.i].iter().collect();
        let mut t = text.as_str();
        if let Some(rest) = t.strip_prefix('+') {
            self.defect_at(start, "leading `+` in number");
            t = rest;
        }
        if !int_part {
            self.defect_at(start, "number without leading digit");
        } else if t.trim_start_matches('-').len() > 1
            && t.trim_start_matches('-').starts_with('0')
            && t.trim_start_matches('-').as_bytes()[1].is_ascii_digit()
        {
            self.defect_at(start, "leading zero in number");
        }
        if !is_float {
            if let Ok(n) = t.parse::<i64>() {
                return Value::Number(n.into());
            }
            if let Ok(n) = t.parse::<u64>() {
                return Value::Number(n.into());
            }
        }
        match t.parse::<f64>().ok().and_then(Number::from_f64) {
            Some(n) => Value::Number(n),
            None => {
                self.defect_at(start, format!("number out of range: `{text}` read as null"));
                Value::Null
            }
        }
    }

    /// A bare word in value position: a literal, a non-JSON literal or unquoted text.
    fn word(&mut self) -> Value {
        let start = self.i;
        while self.peek().is_some_and(is_word_char) {
            self.i += 1;
        }
        let word: String = self.s[start..self.i].iter().collect();
        match word.as_str() {
            "true" => return Value::Bool(true),
            "false" => return Value::Bool(false),
            "null" => return Value::Null,
            "True" | "TRUE" => {
                self.defect_at(start, format!("non-JSON literal: `{word}`"));
                return Value::Bool(true);
            }
            "False" | "FALSE" => {
                self.defect_at(start, format!("non-JSON literal: `{word}`"));
                return Value::Bool(false);
            }
            "NaN" | "Infinity" | "-Infinity" | "undefined" | "None" | "nil" | "NULL" | "Null" => {
                self.defect_at(start, format!("non-JSON literal: `{word}` read as null"));
                return Value::Null;
            }
            _ => {}
        }
        // Unquoted text: take the rest up to a delimiter on this line.
        while self.peek().is_some_and(|c| !matches!(c, ',' | '}' | ']' | '\n' | '{' | '[')) && !self.starts_with("//") {
            self.i += 1;
        }
        let text: String = self.s[start..self.i].iter().collect();
        let text = text.trim().to_string();
        if text.is_empty() {
            // A lone character we cannot use; skip it so the caller makes progress.
            let c = self.peek();
            if c.is_some() {
                self.i += 1;
            }
            self.defect_at(start, "stray text: a lone character read as null");
            return Value::Null;
        }
        self.defect_at(start, format!("unquoted value: `{text}` read as a string"));
        Value::String(text)
    }

    /// A quoted string (double or single quotes). The cursor is on the opening quote.
    fn string(&mut self) -> String {
        let start = self.i;
        let quote = self.s[self.i];
        if quote == '\'' {
            self.defect("single-quoted string");
        }
        self.i += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                self.defect_at(start, "unterminated string");
                return out;
            };
            match c {
                c if c == quote => {
                    self.i += 1;
                    return out;
                }
                '\n' => {
                    self.defect_at(start, "unterminated string: ended at the end of the line");
                    return out.trim_end().to_string();
                }
                '\\' => {
                    self.i += 1;
                    let Some(e) = self.peek() else { continue };
                    self.i += 1;
                    match e {
                        '"' | '\\' | '/' | '\'' => out.push(e),
                        'n' => out.push('\n'),
                        't' => out.push('\t'),
                        'r' => out.push('\r'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'u' => {
                            let hex: String = self.s[self.i..(self.i + 4).min(self.s.len())].iter().collect();
                            match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                                Some(ch) if hex.len() == 4 => {
                                    self.i += 4;
                                    out.push(ch);
                                }
                                _ => {
                                    self.defect("invalid escape: `\\u`");
                                    out.push('u');
                                }
                            }
                        }
                        other => {
                            self.defect(format!("invalid escape: `\\{other}`"));
                            out.push(other);
                        }
                    }
                }
                '\t' => {
                    self.defect("raw tab in string");
                    out.push(c);
                    self.i += 1;
                }
                _ => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }

    /// Repairs `"2020-12-09T22":59":59.999Z"`: a string value directly followed by `:` and more
    /// quoted text on the same line. Returns the joined string if the pattern is there.
    fn rejoin_broken_string(&mut self, first: &str) -> Option<String> {
        if self.peek() != Some(':') {
            return None;
        }
        // The closing quote: the first `"` on this line followed by a delimiter.
        let mut k = self.i;
        let close = loop {
            match self.s.get(k) {
                None | Some('\n') => return None,
                Some('"') => {
                    let mut n = k + 1;
                    while self.s.get(n).is_some_and(|&c| c == ' ' || c == '\t') {
                        n += 1;
                    }
                    if matches!(self.s.get(n), None | Some(',' | '}' | ']' | '\n' | '\r')) {
                        break k;
                    }
                }
                _ => {}
            }
            k += 1;
        };
        let last_quote = close - self.i;
        let seg = &self.s[self.i..close];
        let piece: String = seg.iter().filter(|&&c| c != '"').collect();
        if piece.contains(',') || piece.contains('{') || piece.contains('[') {
            return None;
        }
        self.defect("stray quotes inside string: rejoined");
        self.i += last_quote + 1;
        Some(format!("{first}{piece}"))
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

    /// Parses object members after `{` (or at top level when `implicit`).
    fn object_body(&mut self, implicit: bool) -> Value {
        let open = self.i.saturating_sub(1);
        let mut map = Map::new();
        let elisions_at_start = self.elisions;
        let mut after_comma = false;
        let mut elisions_at_comma = self.elisions;
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
                    if after_comma && self.elisions == elisions_at_comma {
                        self.defect("trailing comma");
                    }
                    self.i += 1;
                    if implicit {
                        self.defect_at(self.i - 1, "unbalanced brace: `}` without `{`");
                    }
                    break;
                }
                ']' => {
                    if self.next_after_is('}') {
                        self.defect("unbalanced bracket: stray `]` skipped");
                        self.i += 1;
                        continue;
                    }
                    self.defect("mismatched bracket: `]` closes an object");
                    if !self.inside(Ctx::Array) {
                        self.i += 1;
                    }
                    break;
                }
                ',' => {
                    if !after_comma || self.elisions == elisions_at_comma {
                        self.defect("extra comma");
                    }
                    self.i += 1;
                    after_comma = true;
                    elisions_at_comma = self.elisions;
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
                        after_comma = false;
                        continue;
                    };
                    if !after_comma && !map.is_empty() {
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
            after_comma = false;
            self.trivia();
            if self.peek() == Some(',') {
                self.i += 1;
                after_comma = true;
                elisions_at_comma = self.elisions;
            }
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
        let mut after_comma = false;
        let mut elisions_at_comma = self.elisions;
        loop {
            self.trivia();
            let Some(c) = self.peek() else {
                self.defect_at(self.s.len(), format!("unclosed array: opened on line {}", self.line_at(open) + 1));
                break;
            };
            match c {
                ']' => {
                    if after_comma && self.elisions == elisions_at_comma {
                        self.defect("trailing comma");
                    }
                    self.i += 1;
                    break;
                }
                '}' => {
                    if self.next_after_is(']') {
                        self.defect("unbalanced brace: stray `}` skipped");
                        self.i += 1;
                        continue;
                    }
                    self.defect("mismatched bracket: `}` closes an array");
                    if !self.inside(Ctx::Object) {
                        self.i += 1;
                    }
                    break;
                }
                ',' => {
                    if !after_comma || self.elisions == elisions_at_comma {
                        self.defect("extra comma");
                    }
                    self.i += 1;
                    after_comma = true;
                    elisions_at_comma = self.elisions;
                    continue;
                }
                _ => {
                    let at = self.i;
                    if !after_comma && !items.is_empty() {
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
            after_comma = false;
            self.trivia();
            if self.peek() == Some(',') {
                self.i += 1;
                after_comma = true;
                elisions_at_comma = self.elisions;
            }
        }
        let any_real = items.iter().any(|(_, e)| !e);
        Value::Array(items.into_iter().filter(|(_, e)| !any_real || !e).map(|(v, _)| v).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(text: &str) -> LenientJson {
        parse_lenient(text).expect("a value")
    }

    /// Value and the defect categories (message up to `: `) with their lines.
    fn check(text: &str, value: Value, defects: &[(usize, &str)]) {
        let p = parse(text);
        assert_eq!(p.value, value, "value of {text:?}");
        let got: Vec<(usize, &str)> =
            p.defects.iter().map(|d| (d.line, d.message.split(": ").next().unwrap())).collect();
        assert_eq!(got, defects, "defects of {text:?}: {:#?}", p.defects);
    }

    #[test]
    fn valid_json_has_no_defects() {
        check(
            r#"{"a": [1, -2.5, 1.5e3, true, null, "x\"y\u00e9"], "b": {}}"#,
            json!({"a": [1, -2.5, 1500.0, true, null, "x\"yé"], "b": {}}),
            &[],
        );
    }

    #[test]
    fn integers_stay_integers_and_decimals_stay_floats() {
        let v = parse("[1, 1.0, 18446744073709551615, -3]").value;
        assert!(v[0].is_i64());
        assert!(v[1].is_f64());
        assert!(v[2].is_u64());
        assert!(v[3].is_i64());
    }

    #[test]
    fn comments() {
        check(
            "{\n  // line comment\n  \"a\": 1, # hash\n  /* block\n  */ \"b\": 2\n}",
            json!({"a": 1, "b": 2}),
            &[(1, "comment"), (2, "comment"), (3, "comment")],
        );
    }

    #[test]
    fn trailing_commas() {
        check("{\n \"a\": [1, 2,],\n}", json!({"a": [1, 2]}), &[(1, "trailing comma"), (2, "trailing comma")]);
    }

    #[test]
    fn extra_commas() {
        check("[1,, 2]", json!([1, 2]), &[(0, "extra comma")]);
    }

    #[test]
    fn elided_member_disappears() {
        check("{\n  \"a\": 1,\n  ...\n}", json!({"a": 1}), &[(2, "elision `...`")]);
        check("{ \"a\": 1, \"b\": ... }", json!({"a": 1}), &[(0, "elision `...`")]);
        check("{ \"a\": 1 … }", json!({"a": 1}), &[(0, "elision `...`")]);
    }

    #[test]
    fn elided_array_elements() {
        check("[1, 2, ...]", json!([1, 2]), &[(0, "elision `...`")]);
        // The only element is elided: `[{}]` keeps the "array of objects" fact.
        check("[{...}]", json!([{}]), &[(0, "elision `...`")]);
        check("[{...}, ...]", json!([{}]), &[(0, "elision `...`"), (0, "elision `...`")]);
        // Next to a real element the elided object is dropped.
        check("[\n {\"a\": 1},\n {\n  // ...\n }\n]", json!([{"a": 1}]), &[(3, "elision `...`")]);
        // A genuinely empty object is kept.
        check("[{}, {\"a\": 1}]", json!([{}, {"a": 1}]), &[]);
    }

    #[test]
    fn elision_after_a_value() {
        check(
            "{\"a\": [1, 2 ...], \"b\": \"x\"...}",
            json!({"a": [1, 2], "b": "x"}),
            &[(0, "elision `...`"), (0, "elision `...`")],
        );
    }

    #[test]
    fn tabs_are_whitespace_but_not_string_content() {
        check("{\n\t\"a\":\t1\n}", json!({"a": 1}), &[]);
        check("[\"a\tb\"]", json!(["a\tb"]), &[(0, "raw tab in string")]);
    }

    #[test]
    fn single_quotes_and_unquoted_keys() {
        check(
            "{ type: 'Point', coordinates: [] }",
            json!({"type": "Point", "coordinates": []}),
            &[(0, "unquoted key"), (0, "single-quoted string"), (0, "unquoted key")],
        );
    }

    #[test]
    fn missing_commas() {
        check(
            "{\n \"a\": 1\n \"b\": [1 2]\n}",
            json!({"a": 1, "b": [1, 2]}),
            &[(2, "missing comma"), (2, "missing comma")],
        );
    }

    #[test]
    fn missing_values_read_as_null() {
        check("{\n \"a\": ,\n \"b\":\n}", json!({"a": null, "b": null}), &[(1, "missing value"), (3, "missing value")]);
    }

    #[test]
    fn non_json_literals() {
        check(
            "[NaN, undefined, Infinity, True]",
            json!([null, null, null, true]),
            &[(0, "non-JSON literal"), (0, "non-JSON literal"), (0, "non-JSON literal"), (0, "non-JSON literal")],
        );
    }

    #[test]
    fn numbers() {
        check(
            "[1.5e3, -2E-2, 0, +4, .5]",
            json!([1500.0, -0.02, 0, 4, 0.5]),
            &[(0, "leading `+` in number"), (0, "number without leading digit")],
        );
        check("[5fb7bcd0]", json!(["5fb7bcd0"]), &[(0, "unquoted value")]);
    }

    #[test]
    fn stray_text_and_unquoted_values() {
        check("{\"a\": <id>, \"b\": 1}", json!({"a": "<id>", "b": 1}), &[(0, "unquoted value")]);
        check("Response:\n{\"a\": 1}", json!({"a": 1}), &[(0, "stray text before the value")]);
        check("{\"a\": 1, ?? \"b\": 2}", json!({"a": 1, "b": 2}), &[(0, "stray text"), (0, "missing comma")]);
    }

    #[test]
    fn several_top_level_values_keep_the_first() {
        check("{\"a\": 1}\n\"Customer deleted: 42\"", json!({"a": 1}), &[(1, "more than one top-level value")]);
        check("{\"a\": 1}\n{\"b\": 2}", json!({"a": 1}), &[(1, "more than one top-level value")]);
    }

    #[test]
    fn truncated_input_is_closed() {
        check("{\n \"a\": [1, 2\n", json!({"a": [1, 2]}), &[(2, "unclosed array"), (2, "unclosed object")]);
        check("{\"a\": \"abc", json!({"a": "abc"}), &[(0, "unterminated string"), (0, "unclosed object")]);
    }

    #[test]
    fn members_without_enclosing_object() {
        check("\n\"trial\": {\n \"x\": 1\n}", json!({"trial": {"x": 1}}), &[(1, "members without enclosing object")]);
    }

    #[test]
    fn member_inside_array_is_attached_to_previous_object() {
        check(
            "[\n {\"a\": 1},\n \"b\": 2,\n {\"a\": 3}\n]",
            json!([{"a": 1, "b": 2}, {"a": 3}]),
            &[(2, "member inside array")],
        );
    }

    #[test]
    fn value_without_key_is_dropped() {
        check("{\"a\": 1,\n [1, 2],\n \"b\": 2}", json!({"a": 1, "b": 2}), &[(1, "value without key")]);
    }

    #[test]
    fn stray_closing_brackets() {
        check(
            "{\"a\": [\n {\"x\": 1\n },\n \"y\": 2\n }\n]}",
            json!({"a": [{"x": 1, "y": 2}]}),
            &[(3, "member inside array"), (4, "unbalanced brace")],
        );
        check("[{\"a\": 1]", json!([{"a": 1}]), &[(0, "mismatched bracket")]);
    }

    #[test]
    fn broken_string_is_rejoined() {
        check(
            "{\"d\": \"2020-12-09T22\":59\":59.999Z\", \"e\": 1}",
            json!({"d": "2020-12-09T22:59:59.999Z", "e": 1}),
            &[(0, "stray quotes inside string")],
        );
    }

    #[test]
    fn duplicate_keys_keep_the_last_value() {
        check("{\"a\": 1, \"b\": 2, \"a\": 3}", json!({"a": 3, "b": 2}), &[(0, "duplicate key")]);
    }

    #[test]
    fn nesting_deeper_than_the_limit_reads_as_null() {
        let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&deep(MAX_DEPTH)).defects.is_empty());
        let r = parse(&format!("{{\"a\": {}, \"b\": \"x]\"}}", deep(MAX_DEPTH + 5)));
        let mut inner = &r.value["a"];
        for _ in 0..MAX_DEPTH - 1 {
            inner = &inner[0];
        }
        assert_eq!(*inner, Value::Null);
        assert_eq!(r.value["b"], "x]");
        assert_eq!(r.defects.len(), 1, "{:?}", r.defects);
        assert!(r.defects[0].message.starts_with("nesting too deep") && r.defects[0].guesses());
        // Far deeper than any stack: arrays, objects, and an unclosed run of braces.
        for text in [deep(50_000), "{\"a\":".repeat(50_000), "{".repeat(1_000_000)] {
            let r = parse(&text);
            assert!(r.defects.iter().any(|d| d.message.starts_with("nesting too deep")));
        }
    }

    #[test]
    fn nothing_to_recover() {
        assert!(parse_lenient("").is_none());
        assert!(parse_lenient("  // only a comment\n").is_none());
        assert!(parse_lenient("just some prose").is_none());
        assert_eq!(parse("\"a string\"").value, json!("a string"));
    }
}
