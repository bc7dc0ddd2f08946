//! The ids of the core's records, one type per id: [`WindowId`],
//! [`DeviceId`], and [`crate::commissioning::token::Cti`] for tokens.
//!
//! They serialize as their inner value (a JSON number, a JSON string), so
//! the API's JSON is what it was with bare integers and strings; the store
//! writes them as the same SQLite values (`crate::store` implements
//! `ToSql` / `FromSql` for them).

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A commissioning window's id: allocated by the core in increasing order,
/// never reused (it survives restarts through the store).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct WindowId(pub u64);

impl WindowId {
    /// The id after this one.
    pub fn next(self) -> WindowId {
        WindowId(self.0 + 1)
    }
}

impl fmt::Display for WindowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::str::FromStr for WindowId {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse().map(WindowId)
    }
}

/// A device's id: the fingerprint of the key its tokens are bound to
/// ([`crate::commissioning::token::DeviceKey::fingerprint`]).
///
/// Immutable and shared: a clone is a reference count, not a copy. A paired
/// device's id is held by the device table, each of its tokens in the
/// ledger and the mDNS state; sharing it (with a smaller mDNS index, in the
/// same step) lowered the hub's anonymous memory at 500 devices by 0.24 MiB
/// (docs/performance.md, "Fifth round", row m).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DeviceId(Arc<str>);

impl Serialize for DeviceId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for DeviceId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(DeviceId::from)
    }
}

impl DeviceId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id as an owned string.
    pub fn into_string(self) -> String {
        self.0.to_string()
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for DeviceId {
    fn from(s: String) -> Self {
        DeviceId(Arc::from(s))
    }
}

impl From<&str> for DeviceId {
    fn from(s: &str) -> Self {
        DeviceId(Arc::from(s))
    }
}

impl From<DeviceId> for String {
    fn from(d: DeviceId) -> String {
        d.0.to_string()
    }
}

impl AsRef<str> for DeviceId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

// Maps keyed by `DeviceId` are looked up with a `&str`: the derived `Hash`,
// `Eq` and `Ord` are those of the inner `str`.
impl Borrow<str> for DeviceId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for DeviceId {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for DeviceId {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for DeviceId {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<DeviceId> for String {
    fn eq(&self, other: &DeviceId) -> bool {
        **self == *other.0
    }
}

impl PartialEq<DeviceId> for &str {
    fn eq(&self, other: &DeviceId) -> bool {
        **self == *other.0
    }
}

// Audit details carry ids as they always did: a number, a string.
impl From<WindowId> for serde_json::Value {
    fn from(w: WindowId) -> Self {
        w.0.into()
    }
}

impl From<DeviceId> for serde_json::Value {
    fn from(d: DeviceId) -> Self {
        d.0.to_string().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_serialize_as_their_inner_value() {
        assert_eq!(serde_json::to_string(&WindowId(7)).expect("json"), "7");
        assert_eq!(
            serde_json::to_string(&DeviceId::from("ab12")).expect("json"),
            "\"ab12\""
        );
        let w: WindowId = serde_json::from_str("12").expect("json");
        assert_eq!(w, WindowId(12));
        assert_eq!(w.to_string(), "12");
        assert_eq!("12".parse::<WindowId>(), Ok(WindowId(12)));
        assert_eq!(WindowId(12).next(), WindowId(13));
    }

    #[test]
    fn a_device_map_is_looked_up_by_str() {
        let mut m = std::collections::BTreeMap::new();
        m.insert(DeviceId::from("b"), 2);
        m.insert(DeviceId::from("a"), 1);
        assert_eq!(m.get("a"), Some(&1));
        assert_eq!(DeviceId::from("a"), "a");
        assert_eq!("a".to_owned(), DeviceId::from("a"));
    }
}
