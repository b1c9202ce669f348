//! `codegen diff`: each kind of change on small inline specs, the classification of edits to a
//! real doc set (copied to a temp folder, edited, imported), and the command's exit codes.
//!
//! The real docs are read from `$SLATE_DOCS_DIR`, else `../shared/docs` beside the repository.

mod command;
mod common;
mod kinds;
mod real_docs;
mod requests;
mod responses;
mod structure;
