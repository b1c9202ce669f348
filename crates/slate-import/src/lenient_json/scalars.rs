//! The scalar values of a JSON example: numbers (`+1`, `.5`, `007`), bare words and
//! non-JSON literals (`True`, `NaN`, `undefined`), quoted strings (single quotes, bad escapes,
//! left open) and strings broken by stray quotes.

use super::{is_word_char, is_ws, Parser};
use serde_json::{Number, Value};

impl Parser {
    /// True if the char at the cursor can end a value or start the next token.
    fn at_delim(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) => is_ws(c) || matches!(c, ',' | '}' | ']' | ':' | '/' | '#'),
        }
    }

    pub(super) fn number(&mut self) -> Value {
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
    pub(super) fn word(&mut self) -> Value {
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
    pub(super) fn string(&mut self) -> String {
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
    pub(super) fn rejoin_broken_string(&mut self, first: &str) -> Option<String> {
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
}
