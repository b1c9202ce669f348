//! Code blocks of the spec's Markdown in rustdoc: rustdoc runs a fenced block without a
//! language, or marked `rust`, as a doctest. A description is documentation of the API, not
//! Rust to compile, so such blocks are marked `text` (no language) or `rust,ignore` (Rust shown
//! with its highlighting, not run). A fence left open is closed, so that it does not swallow the
//! rest of the item's docs.

/// Words of a fence's info string that rustdoc reads as a Rust doctest (the language or its
/// attributes).
const RUSTDOC_WORDS: &[&str] = &[
    "rust",
    "ignore",
    "should_panic",
    "no_run",
    "compile_fail",
    "edition2015",
    "edition2018",
    "edition2021",
    "edition2024",
    "standalone_crate",
    "test_harness",
];

/// The fence that opens or closes a code block: its character, length and info string.
fn fence(line: &str) -> Option<(char, usize, &str)> {
    let trimmed = line.trim_start();
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let c = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = trimmed.chars().take_while(|x| *x == c).count();
    (len >= 3).then(|| (c, len, trimmed[len..].trim()))
}

/// The lines of a doc comment with every fenced code block rustdoc would run made inert.
pub fn inert_code_blocks(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut open: Option<(char, usize)> = None;
    for line in lines {
        match (open, fence(&line)) {
            (None, Some((c, len, info))) => {
                open = Some((c, len));
                let words: Vec<&str> =
                    info.split(|x: char| x == ',' || x.is_whitespace()).filter(|w| !w.is_empty()).collect();
                let indent = &line[..line.len() - line.trim_start().len()];
                let marks: String = std::iter::repeat_n(c, len).collect();
                if words.is_empty() {
                    out.push(format!("{indent}{marks}text"));
                } else if words.iter().all(|w| RUSTDOC_WORDS.contains(w)) {
                    out.push(format!("{indent}{marks}rust,ignore"));
                } else {
                    out.push(line);
                }
            }
            (Some((c, len)), Some((d, l, info))) if c == d && l >= len && info.is_empty() => {
                open = None;
                out.push(line);
            }
            _ => out.push(line),
        }
    }
    if let Some((c, len)) = open {
        out.push(std::iter::repeat_n(c, len).collect());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::inert_code_blocks;

    fn run(text: &str) -> String {
        inert_code_blocks(text.lines().map(str::to_string).collect()).join("\n")
    }

    #[test]
    fn rust_and_bare_blocks_are_not_doctests_other_languages_stay() {
        assert_eq!(
            run("a\n```rust\nlet x = 1;\n```\n```\nplain\n```"),
            "a\n```rust,ignore\nlet x = 1;\n```\n```text\nplain\n```"
        );
        assert_eq!(run("```json\n{}\n```\n~~~~ no_run\nx\n~~~~"), "```json\n{}\n```\n~~~~rust,ignore\nx\n~~~~");
        // A fence inside a block of a longer fence does not close it.
        assert_eq!(run("````\n```rust\n````"), "````text\n```rust\n````");
    }

    #[test]
    fn an_open_fence_is_closed() {
        assert_eq!(run("see\n```\nGET /x"), "see\n```text\nGET /x\n```");
    }
}
