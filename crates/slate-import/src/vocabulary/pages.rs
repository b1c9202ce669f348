//! Words of a doc set's page layout: which files and folders are translations.

/// Non-English language codes that name a translation: a `_XX` / `_xx-YY` suffix beside a page
/// of the same stem (`README_CN.md` beside `README.md`), a `.xx.` infix (`index.ja.html.md`
/// beside `index.html.md`), or a locale folder (`zh/`, `zh-CN/`). ISO 639-1 codes of the
/// languages API docs are translated into, plus the country codes docs write in their place
/// (`cn` for Chinese, `jp` Japanese, `kr` Korean, `tw` traditional Chinese). English (`en`)
/// is not in the list: an `en/` folder is where the English pages are.
pub const LANGUAGE_CODES: &[&str] = &[
    "ar", "bg", "cn", "cs", "da", "de", "el", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it", "ja", "jp", "ko",
    "kr", "ms", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sv", "th", "tr", "tw", "uk", "vi", "zh",
];
