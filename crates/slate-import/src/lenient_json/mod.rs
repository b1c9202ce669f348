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

mod containers;
mod scalars;
mod trivia;

use serde_json::Value;

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
}

#[cfg(test)]
mod odd_inputs;
#[cfg(test)]
mod tests;
