//! The envelope a response wraps its payload in (`{"data": [...]}`), as the writer found it:
//! a leaf both the response writer and the paging writer read.

/// An envelope: which key holds the payload, and whether it is a list.
#[derive(Debug, Clone)]
pub(crate) struct Envelope {
    /// The key holding the payload.
    pub(crate) key: String,
    /// The payload is an array.
    pub(crate) list: bool,
}
