//! Strict CBOR maps with text keys: the bodies of docs/protocol.md.
//!
//! One CBOR item, no trailing bytes, a map whose keys are all text and all
//! distinct. A key outside the resource's schema is [`BodyError::UnknownKey`];
//! everything else that does not fit (not CBOR, not a map, a non-text or
//! repeated key, a missing key, a wrong type or length) is
//! [`BodyError::Malformed`]. The messages of [`super::wire`] are built on
//! it.

use ciborium::value::Value;

use crate::refusal::Refusal;

/// Why a body does not fit its schema.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BodyError {
    /// Not the expected shape (`malformed_body`).
    #[error("{0}")]
    Malformed(String),
    /// A key the schema does not name (`unknown_key`).
    #[error("unknown key {0:?}")]
    UnknownKey(String),
}

impl BodyError {
    /// The refusal answered for it.
    pub fn refusal(&self) -> Refusal {
        match self {
            BodyError::Malformed(_) => Refusal::MalformedBody,
            BodyError::UnknownKey(_) => Refusal::UnknownKey,
        }
    }
}

fn malformed(reason: impl Into<String>) -> BodyError {
    BodyError::Malformed(reason.into())
}

/// A decoded map, its entries taken out one by one.
#[derive(Debug)]
pub(crate) struct Fields {
    entries: Vec<(String, Value)>,
}

impl Fields {
    /// Decodes `body` as a map whose keys are all in `allowed`.
    pub(crate) fn parse(body: &[u8], allowed: &[&str]) -> Result<Fields, BodyError> {
        let mut rest = body;
        let value: Value = ciborium::de::from_reader(&mut rest)
            .map_err(|e| malformed(format!("not a CBOR item: {e}")))?;
        if !rest.is_empty() {
            return Err(malformed(format!(
                "{} trailing bytes after the CBOR item",
                rest.len()
            )));
        }
        let Value::Map(map) = value else {
            return Err(malformed("the body is not a CBOR map"));
        };
        let mut entries: Vec<(String, Value)> = Vec::with_capacity(map.len());
        let mut unknown = None;
        for (k, v) in map {
            let Value::Text(k) = k else {
                return Err(malformed("map keys must be text strings"));
            };
            if entries.iter().any(|(e, _)| *e == k) {
                return Err(malformed(format!("key {k:?} appears twice")));
            }
            if !allowed.contains(&k.as_str()) && unknown.is_none() {
                unknown = Some(k.clone());
            }
            entries.push((k, v));
        }
        if let Some(k) = unknown {
            return Err(BodyError::UnknownKey(k));
        }
        Ok(Fields { entries })
    }

    fn take(&mut self, key: &str) -> Result<Value, BodyError> {
        match self.entries.iter().position(|(k, _)| k == key) {
            Some(i) => Ok(self.entries.swap_remove(i).1),
            None => Err(malformed(format!("missing key {key:?}"))),
        }
    }

    /// An unsigned integer no larger than `max`.
    pub(crate) fn uint(&mut self, key: &str, max: u64) -> Result<u64, BodyError> {
        match self.take(key)? {
            Value::Integer(i) => match u64::try_from(i) {
                Ok(n) if n <= max => Ok(n),
                _ => Err(malformed(format!(
                    "{key:?} must be an integer in 0..={max}"
                ))),
            },
            _ => Err(malformed(format!("{key:?} must be an unsigned integer"))),
        }
    }

    /// A byte string of `min..=max` bytes.
    pub(crate) fn bytes(
        &mut self,
        key: &str,
        min: usize,
        max: usize,
    ) -> Result<Vec<u8>, BodyError> {
        match self.take(key)? {
            Value::Bytes(b) if (min..=max).contains(&b.len()) => Ok(b),
            Value::Bytes(b) => Err(malformed(format!(
                "{key:?} is {} bytes, expected {min}..={max}",
                b.len()
            ))),
            _ => Err(malformed(format!("{key:?} must be a byte string"))),
        }
    }

    /// A byte string of exactly `N` bytes.
    pub(crate) fn array<const N: usize>(&mut self, key: &str) -> Result<[u8; N], BodyError> {
        let b = self.bytes(key, N, N)?;
        b.try_into()
            .map_err(|_| malformed(format!("{key:?} must be {N} bytes")))
    }

    /// A boolean.
    pub(crate) fn boolean(&mut self, key: &str) -> Result<bool, BodyError> {
        match self.take(key)? {
            Value::Bool(b) => Ok(b),
            _ => Err(malformed(format!("{key:?} must be a boolean"))),
        }
    }

    /// A text string, if the key is present.
    pub(crate) fn opt_text(&mut self, key: &str) -> Result<Option<String>, BodyError> {
        if self.entries.iter().any(|(k, _)| k == key) {
            self.text(key).map(Some)
        } else {
            Ok(None)
        }
    }

    /// A text string.
    pub(crate) fn text(&mut self, key: &str) -> Result<String, BodyError> {
        match self.take(key)? {
            Value::Text(t) => Ok(t),
            _ => Err(malformed(format!("{key:?} must be a text string"))),
        }
    }
}

/// Encodes a map with text keys, in the order given.
pub(crate) fn encode(entries: Vec<(&str, Value)>) -> Vec<u8> {
    let map = Value::Map(
        entries
            .into_iter()
            .map(|(k, v)| (Value::Text(k.to_owned()), v))
            .collect(),
    );
    let mut out = Vec::new();
    // Writing into a Vec cannot fail; an empty body would be refused by
    // the peer as malformed rather than misread.
    if ciborium::ser::into_writer(&map, &mut out).is_err() {
        out.clear();
    }
    out
}

/// A CBOR unsigned integer.
pub(crate) fn uint(n: u64) -> Value {
    Value::Integer(n.into())
}

/// A CBOR byte string.
pub(crate) fn bytes(b: impl Into<Vec<u8>>) -> Value {
    Value::Bytes(b.into())
}

/// A CBOR text string.
pub(crate) fn text(t: impl Into<String>) -> Value {
    Value::Text(t.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_strictness() {
        let body = encode(vec![
            ("session", uint(7)),
            ("share_p", bytes(vec![4u8; 65])),
        ]);
        let mut f = Fields::parse(&body, &["session", "share_p"]).unwrap();
        assert_eq!(f.uint("session", u64::MAX).unwrap(), 7);
        assert_eq!(f.array::<65>("share_p").unwrap(), [4u8; 65]);

        let e = Fields::parse(&body, &["session"]).unwrap_err();
        assert_eq!(e, BodyError::UnknownKey("share_p".into()));

        let mut trailing = body.clone();
        trailing.push(0);
        assert_eq!(
            Fields::parse(&trailing, &["session", "share_p"])
                .unwrap_err()
                .refusal()
                .as_str(),
            "malformed_body"
        );
        assert_eq!(
            Fields::parse(&[0xff], &[]).unwrap_err().refusal().as_str(),
            "malformed_body"
        );
        assert_eq!(
            Fields::parse(&[], &[]).unwrap_err().refusal().as_str(),
            "malformed_body"
        );

        // Integer keys are not text keys.
        let mut int_key = Vec::new();
        ciborium::ser::into_writer(&Value::Map(vec![(uint(1), uint(2))]), &mut int_key).unwrap();
        assert_eq!(
            Fields::parse(&int_key, &[]).unwrap_err().refusal().as_str(),
            "malformed_body"
        );

        // Repeated keys.
        let mut dup = Vec::new();
        ciborium::ser::into_writer(
            &Value::Map(vec![(text("disc"), uint(1)), (text("disc"), uint(2))]),
            &mut dup,
        )
        .unwrap();
        assert_eq!(
            Fields::parse(&dup, &["disc"])
                .unwrap_err()
                .refusal()
                .as_str(),
            "malformed_body"
        );

        let mut f = Fields::parse(&encode(vec![("disc", uint(4096))]), &["disc"]).unwrap();
        assert_eq!(
            f.uint("disc", 4095).unwrap_err().refusal().as_str(),
            "malformed_body"
        );
        let mut f = Fields::parse(&encode(vec![("disc", text("1"))]), &["disc"]).unwrap();
        assert_eq!(
            f.uint("disc", 4095).unwrap_err().refusal().as_str(),
            "malformed_body"
        );
        let mut f = Fields::parse(&encode(vec![]), &["disc"]).unwrap();
        assert_eq!(
            f.uint("disc", 4095).unwrap_err().refusal().as_str(),
            "malformed_body"
        );
        let mut f = Fields::parse(&encode(vec![("k", bytes(vec![1; 64]))]), &["k"]).unwrap();
        assert_eq!(
            f.array::<65>("k").unwrap_err().refusal().as_str(),
            "malformed_body"
        );
    }
}
