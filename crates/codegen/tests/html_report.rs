//! `codegen lint DOCS --html OUT/` in a real browser: the report of a seed doc set and of a
//! made-up page with hostile text is written by the CLI, opened with headless Chromium
//! (`--dump-dom`, `--screenshot`), and the DOM the browser built is checked: one row per line
//! of every page read, a marker on each, every diagnostic at its line, doc text escaped (a
//! `<script>` in the docs stays text). The screenshots stay in `target/tmp/html-report/`.
//!
//! Chromium is Debian's (`scripts/install-chromium.sh` installs it; `.ci/run` calls it). Under
//! CI (`CI=true`) a missing browser fails the test; elsewhere the test says it skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one browser run may take.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(180);

/// The browser, or `None` (with the reason printed) when it is missing outside CI.
fn chromium() -> Option<PathBuf> {
    let candidates = [std::env::var_os("CHROMIUM").map(PathBuf::from), Some(PathBuf::from("/usr/bin/chromium"))];
    if let Some(found) = candidates.into_iter().flatten().find(|p| p.is_file()) {
        return Some(found);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(!ci, "CI=true and no Chromium at /usr/bin/chromium (nor $CHROMIUM): run scripts/install-chromium.sh");
    eprintln!(
        "SKIPPED: no Chromium at /usr/bin/chromium (run scripts/install-chromium.sh); the HTML report was not opened"
    );
    None
}

/// The test's output folder under target/.
fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html-report").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("output folder");
    dir
}

/// Runs the browser headless on `args` then `url`, with its own profile; its standard output.
fn browse(browser: &Path, profile: &Path, args: &[String], url: &str) -> String {
    let mut child = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let started = Instant::now();
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(status) => {
                assert!(status.success(), "chromium {args:?} {url} failed: {status}");
                break;
            }
            None if started.elapsed() > BROWSER_TIMEOUT => {
                let _ = child.kill();
                panic!("chromium {args:?} {url} took more than {BROWSER_TIMEOUT:?}");
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    reader.join().expect("reader").expect("chromium's output")
}

/// Writes the report of `docs` into `out` with the CLI; the path of the page.
fn write_report(docs: &Path, out: &Path) -> PathBuf {
    let run = Command::new(env!("CARGO_BIN_EXE_codegen"))
        .arg("lint")
        .arg(docs)
        .arg("--html")
        .arg(out)
        .output()
        .expect("run codegen lint --html");
    assert!(run.status.code().is_some_and(|c| c <= 1), "codegen lint --html: {}", String::from_utf8_lossy(&run.stderr));
    let page = out.join("index.html");
    assert!(page.is_file(), "no {}: {}", page.display(), String::from_utf8_lossy(&run.stderr));
    page
}

/// The DOM of `page` and a screenshot of it kept as `out/shot`.
fn open(browser: &Path, page: &Path, out: &Path, shot: &str) -> String {
    let url = format!("file://{}", page.canonicalize().expect("page").display());
    let dom = browse(browser, &out.join("profile-dom"), &["--dump-dom".into()], &url);
    std::fs::write(out.join(format!("{shot}.dom.html")), &dom).expect("keep the DOM");
    let png = out.join(shot);
    let args = [format!("--screenshot={}", png.display()), "--window-size=1280,2400".into()];
    browse(browser, &out.join("profile-shot"), &args, &url);
    let bytes = std::fs::read(&png).expect("the screenshot is written");
    assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 10_000, "a real screenshot: {} bytes", bytes.len());
    let _ = std::fs::remove_dir_all(out.join("profile-dom"));
    let _ = std::fs::remove_dir_all(out.join("profile-shot"));
    dom
}

/// How many times `needle` occurs in `text`.
fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

/// The seed doc sets: `$SLATE_DOCS_DIR`, else `../shared/docs` beside the repository.
fn seed(name: &str) -> PathBuf {
    let root = std::env::var_os("SLATE_DOCS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/docs"));
    let dir = root.join(name);
    assert!(dir.is_dir(), "the seed doc set {} is missing (set SLATE_DOCS_DIR)", dir.display());
    dir
}

#[test]
fn the_report_of_a_seed_doc_set_renders_every_line_marker_and_diagnostic() {
    let Some(browser) = chromium() else { return };
    let docs = seed("seventime");
    let out = out_dir("seventime");
    let page = write_report(&docs, &out);
    let dom = open(&browser, &page, &out, "seventime.png");

    // What the report must show, counted from the docs and the import, not from the page.
    let imported = codegen::import_docs(&docs).expect("import");
    let lines: usize = imported
        .pages
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("page").replace("\r\n", "\n").lines().count())
        .sum();
    assert!(lines > 1000, "the seed set has pages: {lines} lines");
    assert_eq!(count(&dom, "<tr id=\"p"), lines, "one row per line of every page read");
    assert_eq!(count(&dom, "<td class=\"marker\"><span class=\"marker\">"), lines, "a marker on every line");
    for used in ["operation", "parameters", "example", "sample", "prose", "heading", "skipped"] {
        assert!(dom.contains(&format!("class=\"line use-{used}\"")), "a line marked {used}");
    }
    let at_lines = imported
        .diagnostics
        .iter()
        .filter(|d| d.line > 0 && imported.pages.iter().any(|p| p.ends_with(&d.file)))
        .count();
    assert!(at_lines > 50, "the seed set has diagnostics: {at_lines}");
    assert_eq!(count(&dom, "<tr class=\"diagnostic severity-"), at_lines, "every diagnostic inline at its line");
    assert_eq!(count(&dom, "<section class=\"operation\""), imported.operation_count, "a summary per operation");
    assert_eq!(count(&dom, "<section class=\"page\""), imported.pages.len(), "a summary per page");
    assert!(dom.contains("Went into the spec:") && dom.contains("Not understood or doubtful:"));
}

/// A page whose text would run script or break the table if it were not escaped.
const HOSTILE: &str = "# Widgets

Text with <script>document.title = 'pwned';</script> and <b>bold</b> & an ampersand.

## Get a widget

`GET https://api.example.com/v1/widgets/{id}`

<img src=x onerror=\"document.title = 'pwned'\">

</td></tr></table><h1 id=\"injected\">injected</h1>

```json
{\"id\": 1, \"name\": \"<i>w</i>\"
```

```ruby
puts 'unused'
```
";

#[test]
fn doc_text_is_escaped_and_diagnostics_sit_at_their_lines() {
    let Some(browser) = chromium() else { return };
    let out = out_dir("hostile");
    let docs = out.join("docs");
    std::fs::create_dir_all(&docs).expect("docs folder");
    std::fs::write(docs.join("index.html.md"), HOSTILE).expect("page");
    let page = write_report(&docs, &out.join("report"));
    let dom = open(&browser, &page, &out, "hostile.png");

    assert!(dom.contains("<title>Coverage of"), "no script of the docs ran: {}", &dom[..dom.len().min(300)]);
    assert!(!dom.contains("pwned</title>"));
    assert!(!dom.contains("<h1 id=\"injected\">"), "doc text never becomes elements");
    assert!(!dom.contains("<img src=\"x\""), "doc text never becomes elements");
    assert!(dom.contains("&lt;script&gt;document.title = 'pwned';&lt;/script&gt;"), "the text is shown as written");
    assert_eq!(count(&dom, "<tr id=\"p0-L"), HOSTILE.lines().count());
    let request = HOSTILE.lines().position(|l| l.starts_with("`GET")).expect("request line") + 1;
    assert!(
        dom.contains(&format!("<tr id=\"p0-L{request}\" class=\"line use-operation\">")),
        "the request line is marked"
    );
    // The unterminated JSON and the unused block: each diagnostic row right after its line.
    let json = HOSTILE.lines().position(|l| l.starts_with("```json")).expect("json") + 1;
    let ruby = HOSTILE.lines().position(|l| l.starts_with("puts")).expect("ruby") + 1;
    for (line, code) in [(ruby, "unused-block")] {
        let row = dom.find(&format!("<tr id=\"p0-L{line}\"")).expect("the line's row");
        let next_line = dom[row + 1..].find("<tr id=\"p0-L").map_or(dom.len(), |i| row + 1 + i);
        let diag = dom[row..].find(&format!("<span class=\"code\">{code}</span>")).map(|i| row + i);
        assert!(diag.is_some_and(|d| d < next_line), "{code} is shown under line {line}");
        for line in [line - 1, line, line + 1] {
            assert!(
                dom.contains(&format!("<tr id=\"p0-L{line}\" class=\"line use-skipped\">")),
                "line {line} is skipped"
            );
        }
    }
    let fence = format!("<tr id=\"p0-L{}\" class=\"line use-example\">", json);
    assert!(dom.contains(&fence), "the JSON block's fence is the example's: {fence}");
    assert!(dom.contains("json-defect"), "the JSON repair is reported (line {json})");
}
