//! What lies between the tokens of a JSON example: whitespace, comments (`//`, `/* */`, `#`)
//! and elisions (`...`, `…`, a comment of dots), each reported as a defect.

use super::{is_ws, Parser};

impl Parser {
    /// Skips whitespace, comments and elisions, reporting each comment and elision.
    pub(super) fn trivia(&mut self) {
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

    pub(super) fn skip_inline_ws(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.i += 1;
        }
    }
}
