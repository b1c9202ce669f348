//! Lazy streams over paginated list operations: one page is fetched when the items of the
//! previous one have been consumed. A page's body is read once (`page_scan`): its items are
//! decoded straight into the item type.

use std::collections::VecDeque;
use serde::de::DeserializeOwned;
use serde_json::Value;
use super::client::Client;
use super::error::Error;
use super::page_scan::{lookup, Items};
use super::runtime::RequestParts;

/// How the next page is requested.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Style {
    /// A cursor in the query parameter `param`: the value at the dotted path `next` of the
    /// response when there is one (missing or null: the last page), else the `field` of the
    /// last item.
    Cursor { param: &'static str, field: &'static str, next: Option<&'static str> },
}

/// Where things are in a page (dotted paths into the response body).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Config {
    pub(crate) style: Style,
    /// The item array (`""`: the body itself).
    pub(crate) items: &'static str,
    pub(crate) size_param: Option<&'static str>,
    pub(crate) has_more: Option<&'static str>,
    pub(crate) total_pages: Option<&'static str>,
    pub(crate) total_count: Option<&'static str>,
    pub(crate) default_size: Option<u64>,
}

fn as_count(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn query_value(parts: &RequestParts, name: &str) -> Option<u64> {
    parts
        .query
        .iter()
        .find(|(key, _)| key == name)
        .and_then(|(_, value)| value.parse().ok())
}

fn set_query(parts: &mut RequestParts, name: &str, value: String) {
    parts.query.retain(|(key, _)| key != name);
    parts.query.push((name.to_string(), value));
}

struct State<T> {
    client: Client,
    parts: RequestParts,
    config: Config,
    buffer: VecDeque<Result<T, Error>>,
    done: bool,
    /// Pages fetched by this stream.
    pages: u32,
    /// Pages before the first one (a caller-chosen start page).
    page_base: u64,
    /// Items before the first page (a caller-chosen start page or offset).
    item_base: u64,
    /// Items seen by this stream.
    seen: u64,
    /// The page size asked for, when known.
    page_size: Option<u64>,
    /// The first and last item of the previous page, against a server that serves the same
    /// page whatever is asked.
    previous_page: Option<(Value, Value)>,
    cursor: Option<String>,
    seen_cursors: Vec<String>,
}

/// Streams every item of every page of the request described by `parts`.
pub(crate) fn paginate<T>(
    client: Client,
    parts: Result<RequestParts, Error>,
    config: Config,
) -> impl futures::Stream<Item = Result<T, Error>> + Send + 'static
where
    T: DeserializeOwned + Send + 'static,
{
    let (parts, first_error) = match parts {
        Ok(parts) => (parts, None),
        Err(e) => (RequestParts::new(reqwest::Method::GET, String::new(), ""), Some(e)),
    };
    let page_size = config
        .size_param
        .and_then(|name| query_value(&parts, name))
        .or(config.default_size);
    let (_counter, page_base, item_base) = match config.style {
        Style::Cursor { .. } => (0, 0, 0),
    };
    let mut state = State {
        client,
        parts,
        config,
        buffer: VecDeque::new(),
        done: false,
        pages: 0,
        page_base,
        item_base,
        seen: 0,
        page_size,
        previous_page: None,
        cursor: None,
        seen_cursors: Vec::new(),
    };
    if let Some(e) = first_error {
        state.buffer.push_back(Err(e));
        state.done = true;
    }
    futures::stream::unfold(
        state,
        |mut state| async move {
            let item = state.next().await?;
            Some((item, state))
        },
    )
}

impl<T: DeserializeOwned> State<T> {
    async fn next(&mut self) -> Option<Result<T, Error>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            if self.pages >= self.client.max_pages() {
                self.done = true;
                return Some(
                    Err(Error::Pagination {
                        message: format!(
                            "`{}` still had more after {} pages; raise `ClientBuilder::max_pages` if that is expected",
                            self.parts.operation, self.pages
                        ),
                    }),
                );
            }
            if let Err(e) = self.fetch().await {
                self.buffer.push_back(Err(e));
                self.done = true;
            }
        }
    }

    async fn fetch(&mut self) -> Result<(), Error> {
        match self.config.style {
            Style::Cursor { param, .. } => {
                if let Some(cursor) = &self.cursor {
                    set_query(&mut self.parts, param, cursor.clone());
                }
            }
        }
        let page = self.client.execute_page(&self.parts, None).await?;
        self.pages += 1;
        let mut paths: Vec<&str> = [
            self.config.has_more,
            self.config.total_pages,
            self.config.total_count,
        ]
            .into_iter()
            .flatten()
            .collect();
        if let Style::Cursor { next: Some(path), .. } = self.config.style {
            paths.push(path);
        }
        let text: &[u8] = if page.body.iter().all(u8::is_ascii_whitespace) {
            b"null"
        } else {
            &page.body
        };
        let scan = super::page_scan::scan(text, self.config.items, &paths)
            .map_err(|e| Error::Decode {
                message: format!("response of `{}`: {e}", self.parts.operation),
                body: String::from_utf8_lossy(&page.body).into_owned(),
            })?;
        let body = scan.rest;
        let items = match scan.items {
            Some(Items::Array(items)) => items,
            Some(Items::Null) => Vec::new(),
            _ => {
                return Err(Error::Decode {
                    message: format!(
                        "response of `{}` has no item array at `{}`", self.parts
                        .operation, self.config.items
                    ),
                    body: super::page_scan::compact(text),
                });
            }
        };
        let by_number = false;
        if let (true, Some(first), Some(last)) = (
            by_number,
            items.first(),
            items.last(),
        ) {
            let value = |raw: &serde_json::value::RawValue| {
                serde_json::from_str::<Value>(raw.get()).unwrap_or_default()
            };
            let marks = (value(first), value(last));
            if self.previous_page.as_ref() == Some(&marks) {
                self.done = true;
                return Err(Error::Pagination {
                    message: format!(
                        "`{}`: the server sent the same page again (same first and last item)",
                        self.parts.operation
                    ),
                });
            }
            self.previous_page = Some(marks);
        }
        let count = items.len() as u64;
        self.seen += count;
        let last = items.last().copied();
        for item in items {
            let decoded = serde_json::from_str::<T>(item.get())
                .map_err(|e| Error::Decode {
                    message: format!("item of `{}`: {e}", self.parts.operation),
                    body: super::page_scan::compact(item.get().as_bytes()),
                });
            self.buffer.push_back(decoded);
        }
        let mut stop = count == 0;
        let mut told = false;
        if let Some(more) = self
            .config
            .has_more
            .and_then(|p| lookup(&body, p))
            .and_then(Value::as_bool)
        {
            told = true;
            stop |= !more;
        }
        if let Some(total) = self
            .config
            .total_pages
            .and_then(|p| lookup(&body, p))
            .and_then(as_count)
        {
            told = true;
            stop |= self.page_base + u64::from(self.pages) >= total;
        }
        if let Some(total) = self
            .config
            .total_count
            .and_then(|p| lookup(&body, p))
            .and_then(as_count)
        {
            told = true;
            stop |= self.item_base + self.seen >= total;
        }
        if let Style::Cursor { next: Some(_), .. } = self.config.style {
            told = true;
        }
        if !told {
            if let Some(size) = self.page_size {
                stop |= count < size;
            }
        }
        match self.config.style {
            Style::Cursor { field, next, .. } => {
                let last_item: Option<Value>;
                let value = match next {
                    Some(path) => lookup(&body, path),
                    None => {
                        last_item = last
                            .and_then(|raw| serde_json::from_str(raw.get()).ok());
                        last_item.as_ref().and_then(|item| lookup(item, field))
                    }
                };
                let next = value
                    .and_then(|v| match v {
                        Value::String(s) if !s.is_empty() => Some(s.clone()),
                        Value::Number(n) => Some(n.to_string()),
                        _ => None,
                    });
                match next {
                    None => stop = true,
                    Some(cursor) if !stop => {
                        if self.seen_cursors.contains(&cursor) {
                            self.done = true;
                            return Err(Error::Pagination {
                                message: format!(
                                    "`{}`: the server repeated the cursor `{cursor}`", self
                                    .parts.operation
                                ),
                            });
                        }
                        self.seen_cursors.push(cursor.clone());
                        self.cursor = Some(cursor);
                    }
                    Some(_) => {}
                }
            }
        }
        if stop {
            self.done = true;
        }
        Ok(())
    }
}
