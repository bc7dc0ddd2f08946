//! Matter TLV, as far as the QR code's optional data needs it: a reader
//! that lists elements (tag, type, value) and a canonical writer.
//!
//! The QR code keeps the optional data as the exact bytes it carried
//! ([`TlvData`]): the element list is a view of them, so re-encoding a
//! parsed payload reproduces it byte for byte whatever integer widths or
//! tag forms the producer chose.
//!
//! Element layout: a control byte (tag form in bits 7..5, element type in
//! bits 4..0), the tag (0, 1, 2, 4, 6 or 8 bytes), then the value;
//! integers and lengths are little-endian.

/// Deepest container nesting accepted.
pub const MAX_DEPTH: usize = 16;

/// A TLV tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TlvTag {
    /// No tag.
    Anonymous,
    /// Context-specific tag (1 byte).
    Context(u8),
    /// Common-profile tag (2 or 4 bytes).
    CommonProfile(u32),
    /// Implicit-profile tag (2 or 4 bytes).
    ImplicitProfile(u32),
    /// Fully-qualified tag (6 or 8 bytes).
    FullyQualified {
        /// Vendor id of the profile.
        vendor_id: u16,
        /// Profile number.
        profile: u16,
        /// Tag number.
        tag: u32,
    },
}

/// A TLV value.
#[derive(Debug, Clone, PartialEq)]
pub enum TlvValue {
    /// Signed integer (1, 2, 4 or 8 bytes on the wire).
    Signed(i64),
    /// Unsigned integer (1, 2, 4 or 8 bytes on the wire).
    Unsigned(u64),
    /// Boolean.
    Bool(bool),
    /// Single-precision float.
    Float(f32),
    /// Double-precision float.
    Double(f64),
    /// UTF-8 string.
    Utf8(String),
    /// Octet string.
    Bytes(Vec<u8>),
    /// Null.
    Null,
    /// Structure (members normally tagged).
    Structure(Vec<TlvElement>),
    /// Array (members anonymous).
    Array(Vec<TlvElement>),
    /// List.
    List(Vec<TlvElement>),
}

impl TlvValue {
    /// Stable type name: `signed`, `unsigned`, `bool`, `float`, `double`,
    /// `utf8`, `bytes`, `null`, `structure`, `array`, `list`.
    pub fn type_name(&self) -> &'static str {
        match self {
            TlvValue::Signed(_) => "signed",
            TlvValue::Unsigned(_) => "unsigned",
            TlvValue::Bool(_) => "bool",
            TlvValue::Float(_) => "float",
            TlvValue::Double(_) => "double",
            TlvValue::Utf8(_) => "utf8",
            TlvValue::Bytes(_) => "bytes",
            TlvValue::Null => "null",
            TlvValue::Structure(_) => "structure",
            TlvValue::Array(_) => "array",
            TlvValue::List(_) => "list",
        }
    }
}

/// One element: a tag and a value.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvElement {
    /// The tag.
    pub tag: TlvTag,
    /// The value.
    pub value: TlvValue,
}

/// Why bytes are not well-formed TLV. Offsets count bytes from the start of
/// the TLV data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TlvError {
    /// No bytes at all (optional data, when present, has elements).
    #[error("the TLV data is empty")]
    Empty,
    /// Incomplete: the data ends inside the element starting at `offset`.
    #[error("the TLV data ends inside the element at byte {offset}")]
    Truncated {
        /// Start of the element.
        offset: usize,
    },
    /// Incomplete: the container opened at `offset` is never closed.
    #[error("the TLV container opened at byte {offset} is never closed")]
    UnclosedContainer {
        /// Start of the container.
        offset: usize,
    },
    /// Malformed: a reserved element type.
    #[error("reserved TLV element type 0x{element_type:02x} at byte {offset}")]
    ReservedType {
        /// Start of the element.
        offset: usize,
        /// The type bits.
        element_type: u8,
    },
    /// Malformed: an end-of-container marker outside a container, or
    /// with a tag.
    #[error("stray TLV end-of-container at byte {offset}")]
    StrayEndOfContainer {
        /// Where.
        offset: usize,
    },
    /// Malformed: a UTF-8 string that is not UTF-8.
    #[error("the TLV UTF-8 string at byte {offset} is not valid UTF-8")]
    InvalidUtf8 {
        /// Start of the element.
        offset: usize,
    },
    /// Malformed: containers nested deeper than [`MAX_DEPTH`].
    #[error("TLV containers nested deeper than {MAX_DEPTH} at byte {offset}")]
    TooDeep {
        /// Start of the element.
        offset: usize,
    },
}

impl TlvError {
    /// Whether the data was cut short (more bytes could complete it), as
    /// opposed to malformed.
    pub fn is_incomplete(&self) -> bool {
        matches!(
            self,
            TlvError::Truncated { .. } | TlvError::UnclosedContainer { .. }
        )
    }
}

/// Parses a sequence of top-level elements (the whole of `bytes`).
pub fn parse(bytes: &[u8]) -> Result<Vec<TlvElement>, TlvError> {
    let mut r = Reader { buf: bytes, pos: 0 };
    let mut out = Vec::new();
    while r.pos < bytes.len() {
        let offset = r.pos;
        match r.element(0)? {
            Some(e) => out.push(e),
            None => return Err(TlvError::StrayEndOfContainer { offset }),
        }
    }
    Ok(out)
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize, start: usize) -> Result<&[u8], TlvError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.buf.len())
            .ok_or(TlvError::Truncated { offset: start })?;
        let s = &self.buf[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn uint(&mut self, n: usize, start: usize) -> Result<u64, TlvError> {
        let s = self.take(n, start)?;
        Ok(s.iter()
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
    }

    fn length(&mut self, width_code: u8, start: usize) -> Result<usize, TlvError> {
        let n = self.uint(1 << width_code, start)?;
        // A length past the data is a truncation, whatever its size.
        usize::try_from(n).map_err(|_| TlvError::Truncated { offset: start })
    }

    /// One element; `None` for an end-of-container marker.
    fn element(&mut self, depth: usize) -> Result<Option<TlvElement>, TlvError> {
        let start = self.pos;
        let control = self.uint(1, start)? as u8;
        let element_type = control & 0x1f;
        let tag_form = control >> 5;
        if element_type == 0x18 {
            if tag_form != 0 {
                return Err(TlvError::StrayEndOfContainer { offset: start });
            }
            return Ok(None);
        }
        if element_type > 0x18 {
            return Err(TlvError::ReservedType {
                offset: start,
                element_type,
            });
        }
        let tag = match tag_form {
            0 => TlvTag::Anonymous,
            1 => TlvTag::Context(self.uint(1, start)? as u8),
            2 => TlvTag::CommonProfile(self.uint(2, start)? as u32),
            3 => TlvTag::CommonProfile(self.uint(4, start)? as u32),
            4 => TlvTag::ImplicitProfile(self.uint(2, start)? as u32),
            5 => TlvTag::ImplicitProfile(self.uint(4, start)? as u32),
            _ => {
                let vendor_id = self.uint(2, start)? as u16;
                let profile = self.uint(2, start)? as u16;
                let tag = self.uint(if tag_form == 6 { 2 } else { 4 }, start)? as u32;
                TlvTag::FullyQualified {
                    vendor_id,
                    profile,
                    tag,
                }
            }
        };
        let value = match element_type {
            0x00..=0x03 => {
                let n = 1usize << element_type;
                let raw = self.uint(n, start)?;
                // Sign-extend from n bytes.
                let shift = 64 - 8 * n as u32;
                TlvValue::Signed(((raw << shift) as i64) >> shift)
            }
            0x04..=0x07 => TlvValue::Unsigned(self.uint(1 << (element_type - 4), start)?),
            0x08 => TlvValue::Bool(false),
            0x09 => TlvValue::Bool(true),
            0x0a => TlvValue::Float(f32::from_bits(self.uint(4, start)? as u32)),
            0x0b => TlvValue::Double(f64::from_bits(self.uint(8, start)?)),
            0x0c..=0x0f => {
                let len = self.length(element_type - 0x0c, start)?;
                let s = self.take(len, start)?;
                let s =
                    std::str::from_utf8(s).map_err(|_| TlvError::InvalidUtf8 { offset: start })?;
                TlvValue::Utf8(s.to_owned())
            }
            0x10..=0x13 => {
                let len = self.length(element_type - 0x10, start)?;
                TlvValue::Bytes(self.take(len, start)?.to_vec())
            }
            0x14 => TlvValue::Null,
            _ => {
                // 0x15 structure, 0x16 array, 0x17 list.
                if depth >= MAX_DEPTH {
                    return Err(TlvError::TooDeep { offset: start });
                }
                let mut members = Vec::new();
                loop {
                    if self.pos >= self.buf.len() {
                        return Err(TlvError::UnclosedContainer { offset: start });
                    }
                    match self.element(depth + 1)? {
                        Some(e) => members.push(e),
                        None => break,
                    }
                }
                match element_type {
                    0x15 => TlvValue::Structure(members),
                    0x16 => TlvValue::Array(members),
                    _ => TlvValue::List(members),
                }
            }
        };
        Ok(Some(TlvElement { tag, value }))
    }
}

/// Encodes elements canonically: the smallest integer, length and tag
/// widths. (Parsed data keeps its own bytes in [`TlvData`]; this is for
/// building new data.)
pub fn encode(elements: &[TlvElement]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in elements {
        encode_element(e, &mut out);
    }
    out
}

/// Width code (0..=3 for 1, 2, 4, 8 bytes) of the smallest unsigned width.
fn width_code(v: u64) -> u8 {
    if v <= 0xff {
        0
    } else if v <= 0xffff {
        1
    } else if v <= 0xffff_ffff {
        2
    } else {
        3
    }
}

fn encode_element(e: &TlvElement, out: &mut Vec<u8>) {
    let mut tag_bytes = Vec::new();
    let tag_form: u8 = match e.tag {
        TlvTag::Anonymous => 0,
        TlvTag::Context(n) => {
            tag_bytes.push(n);
            1
        }
        TlvTag::CommonProfile(n) | TlvTag::ImplicitProfile(n) => {
            let base = if matches!(e.tag, TlvTag::CommonProfile(_)) {
                2
            } else {
                4
            };
            if let Ok(short) = u16::try_from(n) {
                tag_bytes.extend_from_slice(&short.to_le_bytes());
                base
            } else {
                tag_bytes.extend_from_slice(&n.to_le_bytes());
                base + 1
            }
        }
        TlvTag::FullyQualified {
            vendor_id,
            profile,
            tag,
        } => {
            tag_bytes.extend_from_slice(&vendor_id.to_le_bytes());
            tag_bytes.extend_from_slice(&profile.to_le_bytes());
            if let Ok(short) = u16::try_from(tag) {
                tag_bytes.extend_from_slice(&short.to_le_bytes());
                6
            } else {
                tag_bytes.extend_from_slice(&tag.to_le_bytes());
                7
            }
        }
    };
    let mut push = |element_type: u8, out: &mut Vec<u8>| {
        out.push((tag_form << 5) | element_type);
        out.extend_from_slice(&tag_bytes);
    };
    match &e.value {
        TlvValue::Signed(v) => {
            let code = if i8::try_from(*v).is_ok() {
                0
            } else if i16::try_from(*v).is_ok() {
                1
            } else if i32::try_from(*v).is_ok() {
                2
            } else {
                3
            };
            push(code, out);
            out.extend_from_slice(&v.to_le_bytes()[..1 << code]);
        }
        TlvValue::Unsigned(v) => {
            let code = width_code(*v);
            push(0x04 + code, out);
            out.extend_from_slice(&v.to_le_bytes()[..1 << code]);
        }
        TlvValue::Bool(b) => push(if *b { 0x09 } else { 0x08 }, out),
        TlvValue::Float(f) => {
            push(0x0a, out);
            out.extend_from_slice(&f.to_le_bytes());
        }
        TlvValue::Double(f) => {
            push(0x0b, out);
            out.extend_from_slice(&f.to_le_bytes());
        }
        TlvValue::Utf8(s) => encode_string(0x0c, s.as_bytes(), &mut push, out),
        TlvValue::Bytes(b) => encode_string(0x10, b, &mut push, out),
        TlvValue::Null => push(0x14, out),
        TlvValue::Structure(m) | TlvValue::Array(m) | TlvValue::List(m) => {
            let element_type = match &e.value {
                TlvValue::Structure(_) => 0x15,
                TlvValue::Array(_) => 0x16,
                _ => 0x17,
            };
            push(element_type, out);
            for member in m {
                encode_element(member, out);
            }
            out.push(0x18);
        }
    }
}

fn encode_string(
    base: u8,
    bytes: &[u8],
    push: &mut impl FnMut(u8, &mut Vec<u8>),
    out: &mut Vec<u8>,
) {
    let len = bytes.len() as u64;
    let code = width_code(len);
    push(base + code, out);
    out.extend_from_slice(&len.to_le_bytes()[..1 << code]);
    out.extend_from_slice(bytes);
}

/// The optional TLV data of a QR code: its exact bytes, checked to be
/// well-formed TLV, with the element list they encode.
#[derive(Debug, Clone)]
pub struct TlvData {
    raw: Vec<u8>,
    elements: Vec<TlvElement>,
}

impl TlvData {
    /// Checks and keeps `raw` as it is.
    pub fn from_bytes(raw: Vec<u8>) -> Result<TlvData, TlvError> {
        if raw.is_empty() {
            return Err(TlvError::Empty);
        }
        let elements = parse(&raw)?;
        Ok(TlvData { raw, elements })
    }

    /// Encodes `elements` canonically (see [`encode`]).
    pub fn from_elements(elements: &[TlvElement]) -> Result<TlvData, TlvError> {
        TlvData::from_bytes(encode(elements))
    }

    /// The exact bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.raw
    }

    /// The top-level elements.
    pub fn elements(&self) -> &[TlvElement] {
        &self.elements
    }
}

/// Equal when the bytes are (the elements follow from them).
impl PartialEq for TlvData {
    fn eq(&self, other: &TlvData) -> bool {
        self.raw == other.raw
    }
}

impl Eq for TlvData {}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ctx(n: u8, value: TlvValue) -> TlvElement {
        TlvElement {
            tag: TlvTag::Context(n),
            value,
        }
    }

    #[test]
    fn serial_number_and_vendor_data() {
        // { 0: "SN1", 0x80: "ab", 0x81: 5 } as an anonymous structure.
        let bytes = [
            0x15, 0x2c, 0x00, 3, b'S', b'N', b'1', 0x2c, 0x80, 2, b'a', b'b', 0x20, 0x81, 5, 0x18,
        ];
        let elements = parse(&bytes).unwrap();
        assert_eq!(
            elements,
            vec![TlvElement {
                tag: TlvTag::Anonymous,
                value: TlvValue::Structure(vec![
                    ctx(0, TlvValue::Utf8("SN1".into())),
                    ctx(0x80, TlvValue::Utf8("ab".into())),
                    ctx(0x81, TlvValue::Signed(5)),
                ]),
            }]
        );
        assert_eq!(encode(&elements), bytes);
    }

    #[test]
    fn every_type_and_tag_form() {
        let bytes: Vec<u8> = vec![
            0x00, 0xff, // anonymous i8 -1
            0x01, 0x00, 0x80, // i16 -32768
            0x02, 0xff, 0xff, 0xff, 0x7f, // i32 max
            0x03, 1, 0, 0, 0, 0, 0, 0, 0x80, // i64 min+1
            0x07, 1, 2, 3, 4, 5, 6, 7, 8, // u64
            0x08, 0x09, // false, true
            0x0a, 0, 0, 0x80, 0x3f, // 1.0f32
            0x0b, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, // 1.0f64
            0x10, 2, 0xde, 0xad, // bytes
            0x11, 1, 0, 0xbe, // bytes, 2-byte length
            0x14, // null
            0x56, 0x34, 0x12, 0x18, // common-profile tag (2 bytes) array, empty
            0x77, 0x78, 0x56, 0x34, 0x12, 0x18, // common-profile tag (4 bytes) list
            0x84, 0x01, 0x00, 7, // implicit-profile tag (2 bytes) u8
            0xa4, 0x01, 0x00, 0x01, 0x00, 7, // implicit-profile tag (4 bytes)
            0xc4, 0xf1, 0xff, 0x02, 0x00, 0x03, 0x00, 9, // fully-qualified 6
            0xe4, 0xf1, 0xff, 0x02, 0x00, 0x03, 0x00, 0x01, 0x00, 9, // fully-qualified 8
        ];
        let e = parse(&bytes).unwrap();
        let values: Vec<&TlvValue> = e.iter().map(|e| &e.value).collect();
        assert_eq!(values[0], &TlvValue::Signed(-1));
        assert_eq!(values[1], &TlvValue::Signed(-32768));
        assert_eq!(values[2], &TlvValue::Signed(i64::from(i32::MAX)));
        assert_eq!(values[3], &TlvValue::Signed(i64::MIN + 1));
        assert_eq!(values[4], &TlvValue::Unsigned(0x0807_0605_0403_0201));
        assert_eq!(values[5], &TlvValue::Bool(false));
        assert_eq!(values[6], &TlvValue::Bool(true));
        assert_eq!(values[7], &TlvValue::Float(1.0));
        assert_eq!(values[8], &TlvValue::Double(1.0));
        assert_eq!(values[9], &TlvValue::Bytes(vec![0xde, 0xad]));
        assert_eq!(values[10], &TlvValue::Bytes(vec![0xbe]));
        assert_eq!(values[11], &TlvValue::Null);
        assert_eq!(e[12].tag, TlvTag::CommonProfile(0x1234));
        assert_eq!(e[12].value, TlvValue::Array(vec![]));
        assert_eq!(e[13].tag, TlvTag::CommonProfile(0x1234_5678));
        assert_eq!(e[13].value, TlvValue::List(vec![]));
        assert_eq!(e[14].tag, TlvTag::ImplicitProfile(1));
        assert_eq!(e[15].tag, TlvTag::ImplicitProfile(0x0001_0001));
        assert_eq!(
            e[16].tag,
            TlvTag::FullyQualified {
                vendor_id: 0xfff1,
                profile: 2,
                tag: 3
            }
        );
        assert_eq!(
            e[17].tag,
            TlvTag::FullyQualified {
                vendor_id: 0xfff1,
                profile: 2,
                tag: 0x0001_0003
            }
        );
        // Non-canonical widths survive in TlvData, not in `encode`.
        let data = TlvData::from_bytes(bytes.clone()).unwrap();
        assert_eq!(data.as_bytes(), &bytes[..]);
        assert_eq!(data.elements(), &e[..]);
        assert_ne!(encode(&e), bytes);
        assert_eq!(parse(&encode(&e)).unwrap(), e);
    }

    #[test]
    fn errors() {
        assert_eq!(TlvData::from_bytes(vec![]), Err(TlvError::Empty));
        assert_eq!(parse(&[0x04]), Err(TlvError::Truncated { offset: 0 }));
        assert_eq!(parse(&[0x08, 0x24]), Err(TlvError::Truncated { offset: 1 }));
        assert_eq!(
            parse(&[0x0c, 5, b'a']),
            Err(TlvError::Truncated { offset: 0 })
        );
        assert_eq!(
            parse(&[0x13, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
            Err(TlvError::Truncated { offset: 0 })
        );
        assert_eq!(
            parse(&[0x15, 0x08]),
            Err(TlvError::UnclosedContainer { offset: 0 })
        );
        assert_eq!(
            parse(&[0x19]),
            Err(TlvError::ReservedType {
                offset: 0,
                element_type: 0x19
            })
        );
        assert_eq!(
            parse(&[0x08, 0x18]),
            Err(TlvError::StrayEndOfContainer { offset: 1 })
        );
        assert_eq!(
            parse(&[0x15, 0x38, 0x18]),
            Err(TlvError::StrayEndOfContainer { offset: 1 })
        );
        assert_eq!(
            parse(&[0x0c, 1, 0xff]),
            Err(TlvError::InvalidUtf8 { offset: 0 })
        );
        let deep: Vec<u8> = std::iter::repeat_n(0x16, MAX_DEPTH + 1)
            .chain(std::iter::repeat_n(0x18, MAX_DEPTH + 1))
            .collect();
        assert_eq!(parse(&deep), Err(TlvError::TooDeep { offset: MAX_DEPTH }));
        assert!(parse(&deep[1..deep.len() - 1]).is_ok());
        assert!(TlvError::Truncated { offset: 0 }.is_incomplete());
        assert!(TlvError::UnclosedContainer { offset: 0 }.is_incomplete());
        assert!(!TlvError::InvalidUtf8 { offset: 0 }.is_incomplete());
    }

    fn arb_tag() -> impl Strategy<Value = TlvTag> {
        prop_oneof![
            Just(TlvTag::Anonymous),
            any::<u8>().prop_map(TlvTag::Context),
            any::<u32>().prop_map(TlvTag::CommonProfile),
            any::<u32>().prop_map(TlvTag::ImplicitProfile),
            (any::<u16>(), any::<u16>(), any::<u32>()).prop_map(|(vendor_id, profile, tag)| {
                TlvTag::FullyQualified {
                    vendor_id,
                    profile,
                    tag,
                }
            }),
        ]
    }

    fn arb_element() -> impl Strategy<Value = TlvElement> {
        let leaf = prop_oneof![
            any::<i64>().prop_map(TlvValue::Signed),
            any::<u64>().prop_map(TlvValue::Unsigned),
            any::<bool>().prop_map(TlvValue::Bool),
            (-1e6f32..1e6).prop_map(TlvValue::Float),
            (-1e12f64..1e12).prop_map(TlvValue::Double),
            "\\PC{0,20}".prop_map(TlvValue::Utf8),
            proptest::collection::vec(any::<u8>(), 0..300).prop_map(TlvValue::Bytes),
            Just(TlvValue::Null),
        ];
        let value = leaf.prop_recursive(4, 32, 6, |inner| {
            let members = proptest::collection::vec((arb_tag(), inner), 0..6).prop_map(|v| {
                v.into_iter()
                    .map(|(tag, value)| TlvElement { tag, value })
                    .collect::<Vec<_>>()
            });
            (members, 0u8..3).prop_map(|(m, kind)| match kind {
                0 => TlvValue::Structure(m),
                1 => TlvValue::Array(m),
                _ => TlvValue::List(m),
            })
        });
        (arb_tag(), value).prop_map(|(tag, value)| TlvElement { tag, value })
    }

    proptest! {
        #[test]
        fn encode_parse_round_trip(elements in proptest::collection::vec(arb_element(), 1..4)) {
            let bytes = encode(&elements);
            prop_assert_eq!(parse(&bytes), Ok(elements.clone()));
            let data = TlvData::from_elements(&elements).unwrap();
            prop_assert_eq!(data.as_bytes(), &bytes[..]);
        }

        #[test]
        fn parse_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            if let Ok(e) = parse(&bytes) {
                // Whatever parses re-encodes to something that parses the
                // same (compared as bytes: a NaN is not equal to itself).
                let canonical = encode(&e);
                prop_assert_eq!(parse(&canonical).map(|x| encode(&x)), Ok(canonical));
            }
        }
    }
}
