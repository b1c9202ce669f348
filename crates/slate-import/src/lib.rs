//! slate-import: hand-written Markdown API docs in, OpenAPI 3.0.3 out.
//!
//! Stages (each a module with one job, each keeping file and line):
//! [`docset`] finds the pages, [`blocks`] parses them into sections, the evidence modules
//! ([`curl`], [`request_line`], [`tables`], [`lenient_json`], [`conventions`]) read what the
//! docs state, [`model`] decides per section, and [`spec`] writes the openapiv3 document.

pub mod diag;
pub mod lenient_json;
pub mod schema;
pub mod curl;
pub mod docset;
pub mod blocks;
pub mod naming;
pub mod paths;
pub mod request_line;
pub mod tables;
pub mod evidence;
pub mod model;
