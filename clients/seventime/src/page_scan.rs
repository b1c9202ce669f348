//! One pass over a page of a list: the elements of its item array, each left as written (the
//! stream decodes them straight into the item type, no `serde_json::Value` in between), and
//! the few values the stream reads beside them (a has-more flag, totals, the next cursor or
//! URL); everything else in the body is skipped unparsed.

use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// What a page holds at the item path.
#[derive(Debug)]
pub(crate) enum Items<'a> {
    /// An array: its elements as written.
    Array(Vec<&'a RawValue>),
    /// `null`: no items.
    Null,
    /// Anything else (an object, a string, a number, a boolean).
    Other,
}

/// A page's body, scanned once.
#[derive(Debug)]
pub(crate) struct Scan<'a> {
    /// What is at the item path (`None`: nothing is).
    pub(crate) items: Option<Items<'a>>,
    /// The body with only the values at the other paths asked for (and the objects and
    /// arrays leading to them; a skipped array element is `null`).
    pub(crate) rest: Value,
}

/// The segments of a dotted path (`meta.total`); `""` has none (the body itself).
fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('.').filter(|segment| !segment.is_empty())
}

/// Scans the JSON `body` for the item array at the dotted path `items` (`""`: the body
/// itself) and the values at the dotted `paths` (an array index is a number segment).
pub(crate) fn scan<'a>(body: &'a [u8], items: &str, paths: &[&str]) -> serde_json::Result<Scan<'a>> {
    let items: Vec<&str> = segments(items).collect();
    let paths: Vec<Vec<&str>> = paths.iter().map(|path| segments(path).collect()).collect();
    let mut found = None;
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let node = Node { items: Some(&items), paths: paths.iter().map(Vec::as_slice).collect(), found: &mut found };
    let rest = node.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(Scan { items: found, rest })
}

/// Follows a dotted path (`meta.total`) into a JSON value.
pub(crate) fn lookup<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    segments(path).try_fold(value, |value, segment| match value {
        Value::Object(map) => map.get(segment),
        Value::Array(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// JSON `text` written compactly (as an error shows a body); unreadable: as it is.
pub(crate) fn compact(text: &[u8]) -> String {
    serde_json::from_slice::<Value>(text)
        .map(|value| value.to_string())
        .unwrap_or_else(|_| String::from_utf8_lossy(text).into_owned())
}

/// A value some path passes through or ends at.
struct Node<'s, 'p, 'a> {
    /// The rest of the item path, when it passes here.
    items: Option<&'p [&'p str]>,
    /// The rest of each other path passing here.
    paths: Vec<&'p [&'p str]>,
    found: &'s mut Option<Items<'a>>,
}

impl<'p, 'a> Node<'_, 'p, 'a> {
    /// The rest of `path` below the member or element `key`, when `path` goes there.
    fn below(path: &'p [&'p str], key: &str) -> Option<&'p [&'p str]> {
        path.split_first().filter(|(first, _)| **first == key).map(|(_, rest)| rest)
    }

    /// The paths going on below `key` (`None`: none does, the value can be skipped).
    fn child<'c>(&'c mut self, key: &str) -> Option<Node<'c, 'p, 'a>> {
        let items = self.items.and_then(|path| Self::below(path, key));
        let paths: Vec<_> = self.paths.iter().filter_map(|path| Self::below(path, key)).collect();
        (items.is_some() || !paths.is_empty()).then_some(Node { items, paths, found: &mut *self.found })
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_, '_, 'de> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        match self.items {
            Some([]) => {
                *self.found = Some(deserializer.deserialize_any(ItemsVisitor)?);
                Ok(Value::Null)
            }
            None if self.paths.iter().any(|path| path.is_empty()) => serde::Deserialize::deserialize(deserializer),
            _ => deserializer.deserialize_any(self),
        }
    }
}

impl<'de> Visitor<'de> for Node<'_, '_, 'de> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Value, A::Error> {
        let mut kept = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            match self.child(&key) {
                Some(child) => {
                    let value = map.next_value_seed(child)?;
                    kept.insert(key, value);
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Value::Object(kept))
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Value, A::Error> {
        let mut kept = Vec::new();
        loop {
            let element = match self.child(&kept.len().to_string()) {
                Some(child) => seq.next_element_seed(child)?,
                None => seq.next_element::<IgnoredAny>()?.map(|_| Value::Null),
            };
            match element {
                Some(value) => kept.push(value),
                None => return Ok(Value::Array(kept)),
            }
        }
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
}

/// Reads what is at the item path.
struct ItemsVisitor;

impl<'de> Visitor<'de> for ItemsVisitor {
    type Value = Items<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an item array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Items<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element::<&'de RawValue>()? {
            items.push(item);
        }
        Ok(Items::Array(items))
    }

    fn visit_unit<E>(self) -> Result<Items<'de>, E> {
        Ok(Items::Null)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Items<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Items::Other)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Items<'de>, E> {
        Ok(Items::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Items<'de>, E> {
        Ok(Items::Other)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Items<'de>, E> {
        Ok(Items::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Items<'de>, E> {
        Ok(Items::Other)
    }

    fn visit_str<E>(self, _: &str) -> Result<Items<'de>, E> {
        Ok(Items::Other)
    }
}

