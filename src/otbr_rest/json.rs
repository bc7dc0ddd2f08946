//! Operational datasets as ot-br-posix's REST API writes them in JSON
//! (`ActiveDataset`, `PendingDataset`; PascalCase keys, hex in upper case),
//! to and from Thread TLVs. No I/O.
//!
//! Reading ([`active_to_json`], [`pending_to_json`]) shows the TLVs a
//! dataset holds, one key each; TLVs without a key are left out (they stay
//! in the TLV form). Writing ([`overlay_active`], [`overlay_pending`]) works
//! as OTBR's `otDatasetUpdateTlvs`: each key given replaces its TLV in a
//! base dataset, `null` removes it, a key absent keeps it; TLVs the JSON
//! cannot name are kept as they are.
#![forbid(unsafe_code)]

use serde_json::{json, Map, Value};

use crate::commissioning::dataset::{tlv, Tlvs, MAX_DATASET_LEN};

const PSKC: u8 = 4;
const SECURITY_POLICY: u8 = 12;
const CHANNEL_MASK: u8 = 53;

/// Why a JSON dataset cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BadJson(pub String);

fn bad(m: impl Into<String>) -> BadJson {
    BadJson(m.into())
}

/// Upper-case hex, as OTBR writes bytes.
pub fn hex_upper(b: &[u8]) -> String {
    hex::encode_upper(b)
}

// ------------------------------------------------------------ timestamps

fn timestamp_to_json(v: u64) -> Value {
    json!({
        "Seconds": v >> 16,
        "Ticks": (v >> 1) & 0x7fff,
        "Authoritative": v & 1 == 1,
    })
}

fn json_to_timestamp(v: &Value, key: &str) -> Result<u64, BadJson> {
    let o = v
        .as_object()
        .ok_or_else(|| bad(format!("{key} must be an object")))?;
    let seconds = match o.get("Seconds") {
        None | Some(Value::Null) => 0,
        Some(s) => s
            .as_u64()
            .filter(|s| *s < 1 << 48)
            .ok_or_else(|| bad(format!("{key}.Seconds must be an integer below 2^48")))?,
    };
    let ticks = match o.get("Ticks") {
        None | Some(Value::Null) => 0,
        Some(t) => t
            .as_u64()
            .filter(|t| *t < 1 << 15)
            .ok_or_else(|| bad(format!("{key}.Ticks must be an integer below 2^15")))?,
    };
    let auth = o
        .get("Authoritative")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    Ok(seconds << 16 | ticks << 1 | u64::from(auth))
}

// ------------------------------------------------------- security policy

/// Byte 0 flags: (key, bit, set means enabled).
const POLICY_FLAGS0: [(&str, u8, bool); 7] = [
    ("ObtainNetworkKey", 7, true),
    ("NativeCommissioning", 6, true),
    ("Routers", 5, true),
    ("ExternalCommissioning", 4, true),
    ("CommercialCommissioning", 2, false),
    ("AutonomousEnrollment", 1, false),
    ("NetworkKeyProvisioning", 0, false),
];
/// Byte 1 flags.
const POLICY_FLAGS1: [(&str, u8, bool); 2] = [("TobleLink", 7, true), ("NonCcmRouters", 6, false)];

fn policy_to_json(v: &[u8]) -> Option<Value> {
    let rotation = u16::from_be_bytes(v.get(0..2)?.try_into().ok()?);
    let mut m = Map::new();
    m.insert("RotationTime".into(), rotation.into());
    let flags = [v.get(2).copied()?, v.get(3).copied().unwrap_or(0xff)];
    for (i, table) in [&POLICY_FLAGS0[..], &POLICY_FLAGS1[..]].iter().enumerate() {
        for (k, bit, set_enables) in table.iter() {
            let set = flags[i] & (1 << bit) != 0;
            m.insert((*k).into(), (set == *set_enables).into());
        }
    }
    Some(Value::Object(m))
}

fn json_to_policy(v: &Value, base: Option<&[u8]>) -> Result<Vec<u8>, BadJson> {
    let o = v
        .as_object()
        .ok_or_else(|| bad("SecurityPolicy must be an object"))?;
    // The same policy as the base's: its bytes as they are (bits the JSON
    // does not name, such as the routing version threshold, included).
    if let Some(b) = base {
        if policy_to_json(b).as_ref() == Some(v) {
            return Ok(b.to_vec());
        }
    }
    let rotation = match o.get("RotationTime") {
        None | Some(Value::Null) => base
            .and_then(|b| b.get(0..2))
            .map_or(672, |r| u16::from_be_bytes([r[0], r[1]])),
        Some(r) => r
            .as_u64()
            .and_then(|r| u16::try_from(r).ok())
            .ok_or_else(|| bad("SecurityPolicy.RotationTime must be 0..=65535"))?,
    };
    // Bits the JSON does not name: the base's, or OpenThread's (byte 0
    // bit 3 clear; byte 1 reserved bits 5..3 set, routing version
    // threshold 0).
    let mut flags = [
        base.and_then(|b| b.get(2).copied()).unwrap_or(0x00),
        base.and_then(|b| b.get(3).copied()).unwrap_or(0x38),
    ];
    for (i, table) in [&POLICY_FLAGS0[..], &POLICY_FLAGS1[..]].iter().enumerate() {
        for (k, bit, set_enables) in table.iter() {
            let on = match o.get(*k) {
                None | Some(Value::Null) => false,
                Some(b) => b
                    .as_bool()
                    .ok_or_else(|| bad(format!("SecurityPolicy.{k} must be a boolean")))?,
            };
            if on == *set_enables {
                flags[i] |= 1 << bit;
            } else {
                flags[i] &= !(1 << bit);
            }
        }
    }
    let mut out = rotation.to_be_bytes().to_vec();
    out.extend_from_slice(&flags);
    Ok(out)
}

// --------------------------------------------------------- channel mask

/// Page 0's mask (bit n = channel n), as `otChannelMask`.
fn channel_mask(v: &[u8]) -> Option<u32> {
    let mut at = 0;
    while at + 2 <= v.len() {
        let (page, len) = (v[at], usize::from(v[at + 1]));
        let mask = v.get(at + 2..at + 2 + len)?;
        if page == 0 && len == 4 {
            // On the wire the first bit is channel 0.
            return Some(u32::from_be_bytes(mask.try_into().ok()?).reverse_bits());
        }
        at += 2 + len;
    }
    None
}

fn channel_mask_tlv(mask: u32) -> Vec<u8> {
    let mut v = vec![0, 4];
    v.extend_from_slice(&mask.reverse_bits().to_be_bytes());
    v
}

// -------------------------------------------------------------- reading

/// The `ActiveDataset` JSON of a dataset's TLVs (malformed TLVs: `None`).
pub fn active_to_json(tlvs: &[u8]) -> Option<Value> {
    let t = Tlvs::parse(tlvs).ok()?;
    let mut m = Map::new();
    if let Some(ts) = t.active_timestamp() {
        m.insert("ActiveTimestamp".into(), timestamp_to_json(ts));
    }
    if let Some(k) = t.get(tlv::NETWORK_KEY) {
        m.insert("NetworkKey".into(), hex_upper(k).into());
    }
    if let Some(n) = t.get(tlv::NETWORK_NAME) {
        m.insert("NetworkName".into(), String::from_utf8_lossy(n).into());
    }
    if let Some(x) = t.get(tlv::EXT_PAN_ID) {
        m.insert("ExtPanId".into(), hex_upper(x).into());
    }
    if let Some(p) = t.get(tlv::MESH_LOCAL_PREFIX) {
        if let Ok(p) = <[u8; 8]>::try_from(p) {
            let mut a = [0u8; 16];
            a[..8].copy_from_slice(&p);
            let addr = std::net::Ipv6Addr::from(a);
            m.insert("MeshLocalPrefix".into(), format!("{addr}/64").into());
        }
    }
    if let Some(p) = t.pan_id() {
        m.insert("PanId".into(), p.into());
    }
    if let Some(c) = t.channel() {
        m.insert("Channel".into(), c.into());
    }
    if let Some(p) = t.get(PSKC) {
        m.insert("PSKc".into(), hex_upper(p).into());
    }
    if let Some(p) = t.get(SECURITY_POLICY).and_then(policy_to_json) {
        m.insert("SecurityPolicy".into(), p);
    }
    if let Some(c) = t.get(CHANNEL_MASK).and_then(channel_mask) {
        m.insert("ChannelMask".into(), c.into());
    }
    Some(Value::Object(m))
}

/// The `PendingDataset` JSON of a pending dataset's TLVs.
pub fn pending_to_json(tlvs: &[u8]) -> Option<Value> {
    let t = Tlvs::parse(tlvs).ok()?;
    let mut m = Map::new();
    m.insert("ActiveDataset".into(), active_to_json(tlvs)?);
    if let Some(ts) = t.pending_timestamp() {
        m.insert("PendingTimestamp".into(), timestamp_to_json(ts));
    }
    if let Some(d) = t.delay_ms() {
        m.insert("Delay".into(), d.into());
    }
    Some(Value::Object(m))
}

// -------------------------------------------------------------- writing

/// A dataset being edited: TLVs in order.
struct Edit(Vec<(u8, Vec<u8>)>);

impl Edit {
    fn of(base: Option<&[u8]>) -> Result<Edit, BadJson> {
        let mut items = Vec::new();
        if let Some(b) = base {
            let mut at = 0;
            while at < b.len() {
                let len = usize::from(
                    *b.get(at + 1)
                        .ok_or_else(|| bad("base dataset is malformed"))?,
                );
                let v = b
                    .get(at + 2..at + 2 + len)
                    .ok_or_else(|| bad("base dataset is malformed"))?;
                items.push((b[at], v.to_vec()));
                at += 2 + len;
            }
        }
        Ok(Edit(items))
    }

    fn get(&self, t: u8) -> Option<&[u8]> {
        self.0
            .iter()
            .find(|(ty, _)| *ty == t)
            .map(|(_, v)| v.as_slice())
    }

    fn set(&mut self, t: u8, v: Vec<u8>) {
        match self.0.iter_mut().find(|(ty, _)| *ty == t) {
            Some(slot) => slot.1 = v,
            None => self.0.push((t, v)),
        }
    }

    fn remove(&mut self, t: u8) {
        self.0.retain(|(ty, _)| *ty != t);
    }

    fn bytes(&self) -> Result<Vec<u8>, BadJson> {
        let mut out = Vec::new();
        for (t, v) in &self.0 {
            let len = u8::try_from(v.len()).map_err(|_| bad(format!("TLV {t} too long")))?;
            out.push(*t);
            out.push(len);
            out.extend_from_slice(v);
        }
        if out.len() > MAX_DATASET_LEN {
            return Err(bad(format!(
                "the dataset would be {} bytes, more than {MAX_DATASET_LEN}",
                out.len()
            )));
        }
        Ok(out)
    }
}

fn hex_field(v: &str, key: &str, len: usize) -> Result<Vec<u8>, BadJson> {
    let b = hex::decode(v).map_err(|_| bad(format!("{key} is not hex")))?;
    if b.len() != len {
        return Err(bad(format!("{key} must be {len} bytes")));
    }
    Ok(b)
}

fn str_of<'a>(v: &'a Value, key: &str) -> Result<&'a str, BadJson> {
    v.as_str()
        .ok_or_else(|| bad(format!("{key} must be a string")))
}

fn uint_of(v: &Value, key: &str, max: u64) -> Result<u64, BadJson> {
    v.as_u64()
        .filter(|n| *n <= max)
        .ok_or_else(|| bad(format!("{key} must be an integer 0..={max}")))
}

const ACTIVE_KEYS: [&str; 10] = [
    "ActiveTimestamp",
    "NetworkKey",
    "NetworkName",
    "ExtPanId",
    "MeshLocalPrefix",
    "PanId",
    "Channel",
    "PSKc",
    "SecurityPolicy",
    "ChannelMask",
];

fn apply_active(e: &mut Edit, obj: &Map<String, Value>) -> Result<(), BadJson> {
    if let Some(k) = obj.keys().find(|k| !ACTIVE_KEYS.contains(&k.as_str())) {
        return Err(bad(format!("unknown key {k:?} in an active dataset")));
    }
    for (key, v) in obj {
        let t = match key.as_str() {
            "ActiveTimestamp" => tlv::ACTIVE_TIMESTAMP,
            "NetworkKey" => tlv::NETWORK_KEY,
            "NetworkName" => tlv::NETWORK_NAME,
            "ExtPanId" => tlv::EXT_PAN_ID,
            "MeshLocalPrefix" => tlv::MESH_LOCAL_PREFIX,
            "PanId" => tlv::PAN_ID,
            "Channel" => tlv::CHANNEL,
            "PSKc" => PSKC,
            "SecurityPolicy" => SECURITY_POLICY,
            _ => CHANNEL_MASK,
        };
        if v.is_null() {
            e.remove(t);
            continue;
        }
        let value = match key.as_str() {
            "ActiveTimestamp" => json_to_timestamp(v, key)?.to_be_bytes().to_vec(),
            "NetworkKey" => hex_field(str_of(v, key)?, key, 16)?,
            "PSKc" => hex_field(str_of(v, key)?, key, 16)?,
            "ExtPanId" => hex_field(str_of(v, key)?, key, 8)?,
            "NetworkName" => {
                let n = str_of(v, key)?;
                if n.is_empty() || n.len() > 16 {
                    return Err(bad("NetworkName must be 1..=16 bytes"));
                }
                n.as_bytes().to_vec()
            }
            "MeshLocalPrefix" => {
                let s = str_of(v, key)?;
                let addr = s.split('/').next().unwrap_or_default();
                let a: std::net::Ipv6Addr = addr.parse().map_err(|_| {
                    bad("MeshLocalPrefix must be an IPv6 prefix such as fd00:db8::/64")
                })?;
                a.octets()[..8].to_vec()
            }
            "PanId" => (uint_of(v, key, 0xfffe)? as u16).to_be_bytes().to_vec(),
            "Channel" => {
                let c = v
                    .as_u64()
                    .filter(|c| (11..=26).contains(c))
                    .ok_or_else(|| bad("Channel must be 11..=26"))?;
                vec![0, 0, c as u8]
            }
            "SecurityPolicy" => json_to_policy(v, e.get(SECURITY_POLICY))?,
            _ => channel_mask_tlv(uint_of(v, key, u64::from(u32::MAX))? as u32),
        };
        e.set(t, value);
    }
    Ok(())
}

fn object(v: &Value, what: &str) -> Result<Map<String, Value>, BadJson> {
    v.as_object()
        .cloned()
        .ok_or_else(|| bad(format!("{what} must be a JSON object")))
}

/// The TLVs of `base` (or none) with an `ActiveDataset` JSON applied.
pub fn overlay_active(base: Option<&[u8]>, body: &Value) -> Result<Vec<u8>, BadJson> {
    let mut e = Edit::of(base)?;
    apply_active(&mut e, &object(body, "an active dataset")?)?;
    e.bytes()
}

/// What a `PendingDataset` JSON asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingEdit {
    /// The TLVs (pending timestamp absent if the JSON gave none).
    pub tlvs: Vec<u8>,
    /// Whether the JSON gave a pending timestamp.
    pub has_pending_timestamp: bool,
}

/// The TLVs of `base` with a `PendingDataset` JSON applied (`Delay` is
/// required, as OTBR requires it).
pub fn overlay_pending(base: Option<&[u8]>, body: &Value) -> Result<PendingEdit, BadJson> {
    let obj = object(body, "a pending dataset")?;
    if let Some(k) = obj
        .keys()
        .find(|k| !["ActiveDataset", "PendingTimestamp", "Delay"].contains(&k.as_str()))
    {
        return Err(bad(format!("unknown key {k:?} in a pending dataset")));
    }
    let mut e = Edit::of(base)?;
    if let Some(a) = obj.get("ActiveDataset").filter(|v| !v.is_null()) {
        apply_active(&mut e, &object(a, "ActiveDataset")?)?;
    }
    let delay = obj
        .get("Delay")
        .filter(|v| !v.is_null())
        .ok_or_else(|| bad("a pending dataset needs a Delay (milliseconds)"))?;
    let delay = uint_of(delay, "Delay", u64::from(u32::MAX))? as u32;
    e.set(tlv::DELAY_TIMER, delay.to_be_bytes().to_vec());
    let mut has_pending_timestamp = false;
    if let Some(p) = obj.get("PendingTimestamp").filter(|v| !v.is_null()) {
        e.set(
            tlv::PENDING_TIMESTAMP,
            json_to_timestamp(p, "PendingTimestamp")?
                .to_be_bytes()
                .to_vec(),
        );
        has_pending_timestamp = true;
    }
    Ok(PendingEdit {
        tlvs: e.bytes()?,
        has_pending_timestamp,
    })
}

/// The TLVs of `base` with every TLV of `update` replacing or adding its
/// own (OTBR's `otDatasetUpdateTlvs` for a `text/plain` body).
pub fn overlay_tlvs(base: Option<&[u8]>, update: &[u8]) -> Result<Vec<u8>, BadJson> {
    Tlvs::parse(update).map_err(|m| bad(format!("malformed TLVs: {m}")))?;
    let mut e = Edit::of(base)?;
    for (t, v) in Edit::of(Some(update))?.0 {
        e.set(t, v);
    }
    e.bytes()
}

/// `tlvs` with its pending timestamp set to `ts` (added if absent).
pub fn with_pending_timestamp(tlvs: &[u8], ts: u64) -> Result<Vec<u8>, BadJson> {
    let mut e = Edit::of(Some(tlvs))?;
    e.set(tlv::PENDING_TIMESTAMP, ts.to_be_bytes().to_vec());
    e.bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `dataset active -x` of OpenThread's simulated ot-cli-ftd after
    /// `dataset init new` (the same capture as the core's tests).
    const ACTIVE: &str = "0e080000000000010000000300000d4a0300001235060004001fffe00208fb1dc28b0d0261e10708fde8d0d5cc9e3b640510f9b1d5e5493ba07912bbff652f40f164030f4f70656e5468726561642d663631360102f61604105731bb2c620c01d1c989a1fcc8cf24710c0402a0f7f8";

    #[test]
    fn json_round_trips_to_the_same_tlvs() {
        let a = hex::decode(ACTIVE).unwrap();
        let j = active_to_json(&a).unwrap();
        assert_eq!(j["Channel"], 13);
        assert_eq!(j["PanId"], 0xf616);
        assert_eq!(j["ExtPanId"], "FB1DC28B0D0261E1");
        assert_eq!(j["NetworkName"], "OpenThread-f616");
        assert_eq!(j["MeshLocalPrefix"], "fde8:d0d5:cc9e:3b64::/64");
        assert_eq!(j["ActiveTimestamp"]["Seconds"], 1);
        assert_eq!(j["ChannelMask"], 0x07ff_f800);
        assert_eq!(j["SecurityPolicy"]["RotationTime"], 672);
        assert_eq!(j["SecurityPolicy"]["ObtainNetworkKey"], true);
        assert_eq!(j["SecurityPolicy"]["Routers"], true);
        // Every key written back over an empty base: the same TLVs, in
        // the JSON's order.
        let back = overlay_active(None, &j).unwrap();
        // (TLV 74, the Thread 1.4 wake-up channel, has no key: it stays in
        // the TLV form.)
        let mut want: Vec<(u8, Vec<u8>)> = Edit::of(Some(&a)).unwrap().0;
        want.retain(|(t, _)| *t != 74);
        let mut got = Edit::of(Some(&back)).unwrap().0;
        want.sort();
        got.sort();
        assert_eq!(got, want);
        // A channel change over the base keeps everything else.
        let moved = overlay_active(Some(&a), &json!({"Channel": 20})).unwrap();
        assert_eq!(Tlvs::parse(&moved).unwrap().channel(), Some(20));
        assert_eq!(moved.len(), a.len());
    }

    #[test]
    fn bad_json_is_refused_with_the_reason() {
        let a = hex::decode(ACTIVE).unwrap();
        for (body, why) in [
            (json!([]), "object"),
            (json!({"Channel": 5}), "11..=26"),
            (json!({"NetworkKey": "zz"}), "not hex"),
            (json!({"NetworkKey": "00"}), "16 bytes"),
            (json!({"Bogus": 1}), "unknown key"),
            (
                json!({"NetworkName": "this name is far too long"}),
                "1..=16",
            ),
            (json!({"ActiveTimestamp": 3}), "object"),
        ] {
            let e = overlay_active(Some(&a), &body).unwrap_err();
            assert!(e.0.contains(why), "{body}: {e}");
        }
        let e = overlay_pending(Some(&a), &json!({"ActiveDataset": {}})).unwrap_err();
        assert!(e.0.contains("Delay"), "{e}");
        let p = overlay_pending(
            Some(&a),
            &json!({"ActiveDataset": {"Channel": 20}, "Delay": 30000}),
        )
        .unwrap();
        assert!(!p.has_pending_timestamp);
        let t = Tlvs::parse(&p.tlvs).unwrap();
        assert_eq!((t.channel(), t.delay_ms()), (Some(20), Some(30000)));
        let with = with_pending_timestamp(&p.tlvs, 7 << 16).unwrap();
        let j = pending_to_json(&with).unwrap();
        assert_eq!(j["PendingTimestamp"]["Seconds"], 7);
        assert_eq!(j["Delay"], 30000);
        assert!(overlay_tlvs(Some(&a), &[0, 9]).is_err());
    }
}
