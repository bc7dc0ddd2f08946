//! RFC 8323 §3.2 message framing for CoAP over TCP and TLS, sans-IO.
//!
//! ```text
//!  0   1   2   3   4   5   6   7
//! +---------------+---------------+
//! |      Len      |      TKL      |   Len: 0..=12, or 13/14/15 = 1/2/4
//! +---------------+---------------+        extended length bytes follow
//! |  Extended Length (0/1/2/4 B)  |   length = ext + 13 / 269 / 65805
//! +-------------------------------+
//! |             Code              |
//! +-------------------------------+
//! |        Token (TKL bytes)      |   TKL 0..=8 (9..=15 reserved: error)
//! +-------------------------------+
//! |   Options (RFC 7252 §3.1)     |   delta/length nibbles, 13/14 extended
//! +-------------------------------+
//! |  0xFF  |  Payload             |   marker only when the payload is not
//! +-------------------------------+   empty
//! ```
//!
//! `Len` counts the options, the payload marker and the payload (not the
//! token, not the code). Two layers, as elsewhere in the crate:
//!
//! * [`FrameView`]: a checked view over a byte buffer. [`FrameView::new_checked`]
//!   reads only the header, so it can refuse an oversize frame before its
//!   body arrived; it returns `Ok(None)` while the frame is incomplete.
//! * [`Frame`]: the owned representation (code, token, options, payload),
//!   [`Frame::parse`] from a view and [`Frame::emit`] back to bytes.
//!
//! [`decode`] combines the two. Nothing here panics on any input.

use std::fmt;

use coap_lite::MessageClass;

/// Default maximum size of a whole frame (header, token, options, payload)
/// that [`decode`] accepts: 8 KiB.
pub const DEFAULT_MAX_FRAME: usize = 8 * 1024;

/// Longest token (RFC 8323 §3.2: TKL 9..=15 are reserved).
pub const MAX_TOKEN_LEN: usize = 8;

/// The payload marker.
pub const PAYLOAD_MARKER: u8 = 0xFF;

/// Signaling code 7.01 Capabilities and Settings Message.
pub const CODE_CSM: u8 = 0xE1;
/// Signaling code 7.02 Ping.
pub const CODE_PING: u8 = 0xE2;
/// Signaling code 7.03 Pong.
pub const CODE_PONG: u8 = 0xE3;
/// Signaling code 7.04 Release.
pub const CODE_RELEASE: u8 = 0xE4;
/// Signaling code 7.05 Abort.
pub const CODE_ABORT: u8 = 0xE5;

/// Why bytes are not a valid frame. Every variant is fatal for the
/// connection (RFC 8323: a malformed message aborts it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameError {
    /// The frame declares more bytes than the limit.
    #[error("frame of {size} bytes exceeds the limit of {max}")]
    TooLarge {
        /// The declared total size (saturated at `u64::MAX`).
        size: u64,
        /// The limit.
        max: usize,
    },
    /// TKL is 9..=15 (reserved).
    #[error("token length {0} is reserved")]
    BadTokenLength(u8),
    /// An option nibble of 15 outside the payload marker.
    #[error("reserved option nibble 15")]
    ReservedOptionNibble,
    /// An option runs past the end of the frame.
    #[error("option runs past the end of the frame")]
    TruncatedOption,
    /// The option number overflows 16 bits.
    #[error("option number overflows 65535")]
    OptionNumberOverflow,
    /// A payload marker followed by no payload.
    #[error("payload marker with an empty payload")]
    EmptyPayload,
    /// Emitting: the token is longer than 8 bytes.
    #[error("token of {0} bytes is longer than 8")]
    TokenTooLong(usize),
    /// Emitting: options are not in ascending number order.
    #[error("options are not sorted by number")]
    UnsortedOptions,
    /// Emitting: an option value longer than 65804 bytes.
    #[error("option value of {0} bytes is too long")]
    OptionTooLong(usize),
}

/// One option: its number and raw value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RawOption {
    /// The option number.
    pub number: u16,
    /// The value bytes.
    pub value: Vec<u8>,
}

impl RawOption {
    /// An option with `number` and `value`.
    pub fn new(number: u16, value: impl Into<Vec<u8>>) -> RawOption {
        RawOption {
            number,
            value: value.into(),
        }
    }

    /// An unsigned-integer option, minimally encoded (RFC 7252 §3.2).
    pub fn uint(number: u16, v: u32) -> RawOption {
        RawOption::new(number, encode_uint(v))
    }

    /// Whether the option is critical (odd number, RFC 7252 §5.4.1).
    pub fn is_critical(&self) -> bool {
        self.number & 1 == 1
    }
}

/// Minimal big-endian encoding of an unsigned option value (0 is empty).
pub fn encode_uint(v: u32) -> Vec<u8> {
    let b = v.to_be_bytes();
    let skip = b.iter().take_while(|x| **x == 0).count();
    b[skip..].to_vec()
}

/// Decodes an unsigned option value of at most `max_len` bytes.
pub fn decode_uint(value: &[u8], max_len: usize) -> Option<u32> {
    if value.len() > max_len || value.len() > 4 {
        return None;
    }
    Some(value.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b)))
}

/// A checked view of one complete frame at the start of a buffer.
#[derive(Debug, Clone, Copy)]
pub struct FrameView<'a> {
    buf: &'a [u8],
    header_len: usize,
    tkl: usize,
    body_len: usize,
}

impl<'a> FrameView<'a> {
    /// Checks the header at the start of `buf`.
    ///
    /// `Ok(None)`: more bytes are needed (the header or the frame is
    /// incomplete). `Err`: the header is invalid or the declared frame is
    /// larger than `max_frame` bytes (detected as soon as the header is in,
    /// before the body arrives).
    pub fn new_checked(buf: &'a [u8], max_frame: usize) -> Result<Option<Self>, FrameError> {
        let Some(&first) = buf.first() else {
            return Ok(None);
        };
        let len_nibble = first >> 4;
        let tkl = first & 0x0F;
        if usize::from(tkl) > MAX_TOKEN_LEN {
            return Err(FrameError::BadTokenLength(tkl));
        }
        let ext = match len_nibble {
            13 => 1,
            14 => 2,
            15 => 4,
            _ => 0,
        };
        // first byte + extended length + code.
        let header_len = 1 + ext + 1;
        if buf.len() < 1 + ext {
            return Ok(None);
        }
        let body_len: u64 = match len_nibble {
            13 => u64::from(buf[1]) + 13,
            14 => u64::from(u16::from_be_bytes([buf[1], buf[2]])) + 269,
            15 => u64::from(u32::from_be_bytes([buf[1], buf[2], buf[3], buf[4]])) + 65_805,
            n => u64::from(n),
        };
        let total = (header_len as u64)
            .saturating_add(u64::from(tkl))
            .saturating_add(body_len);
        if total > max_frame as u64 {
            return Err(FrameError::TooLarge {
                size: total,
                max: max_frame,
            });
        }
        // total <= max_frame, so it fits in usize.
        let total = total as usize;
        if buf.len() < total {
            return Ok(None);
        }
        Ok(Some(FrameView {
            buf: &buf[..total],
            header_len,
            tkl: usize::from(tkl),
            body_len: total - header_len - usize::from(tkl),
        }))
    }

    /// The frame's total size in bytes.
    pub fn total_len(&self) -> usize {
        self.buf.len()
    }

    /// The code byte.
    pub fn code(&self) -> u8 {
        self.buf[self.header_len - 1]
    }

    /// The token.
    pub fn token(&self) -> &'a [u8] {
        &self.buf[self.header_len..self.header_len + self.tkl]
    }

    /// Options, payload marker and payload.
    pub fn body(&self) -> &'a [u8] {
        let start = self.header_len + self.tkl;
        &self.buf[start..start + self.body_len]
    }

    /// The frame's bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.buf
    }
}

/// An owned frame: code, token, options (ascending by number) and payload.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Frame {
    /// The code byte (class << 5 | detail).
    pub code: u8,
    /// The token, 0..=8 bytes.
    pub token: Vec<u8>,
    /// Options in ascending number order (repeats adjacent, in order).
    pub options: Vec<RawOption>,
    /// The payload.
    pub payload: Vec<u8>,
}

impl fmt::Debug for Frame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Frame")
            .field("code", &code_string(self.code))
            .field("token", &hex::encode(&self.token))
            .field("options", &self.options)
            .field("payload_len", &self.payload.len())
            .finish()
    }
}

/// `c.dd` rendering of a code byte.
pub fn code_string(code: u8) -> String {
    format!("{}.{:02}", code >> 5, code & 0x1F)
}

impl Frame {
    /// A frame with `code` and nothing else.
    pub fn new(code: u8) -> Frame {
        Frame {
            code,
            ..Frame::default()
        }
    }

    /// The code as coap-lite's class (requests and responses are named;
    /// signaling codes are `Reserved`).
    pub fn class(&self) -> MessageClass {
        MessageClass::from(self.code)
    }

    /// Whether the code is a signaling code (class 7).
    pub fn is_signaling(&self) -> bool {
        self.code >> 5 == 7
    }

    /// The first option with `number`.
    pub fn option(&self, number: u16) -> Option<&[u8]> {
        self.options
            .iter()
            .find(|o| o.number == number)
            .map(|o| o.value.as_slice())
    }

    /// Every value of option `number`, in order.
    pub fn options_of(&self, number: u16) -> impl Iterator<Item = &[u8]> {
        self.options
            .iter()
            .filter(move |o| o.number == number)
            .map(|o| o.value.as_slice())
    }

    /// Adds an option, keeping the list sorted (stable for repeats).
    pub fn push_option(&mut self, opt: RawOption) {
        let at = self.options.partition_point(|o| o.number <= opt.number);
        self.options.insert(at, opt);
    }

    /// Parses the options and payload of a checked view.
    pub fn parse(view: &FrameView<'_>) -> Result<Frame, FrameError> {
        let (options, payload) = parse_options(view.body())?;
        Ok(Frame {
            code: view.code(),
            token: view.token().to_vec(),
            options,
            payload: payload.to_vec(),
        })
    }

    /// Length of options + marker + payload.
    fn body_len(&self) -> Result<usize, FrameError> {
        let mut len = 0usize;
        let mut prev = 0u16;
        for o in &self.options {
            if o.number < prev {
                return Err(FrameError::UnsortedOptions);
            }
            let delta = o.number - prev;
            prev = o.number;
            len += 1 + ext_len(u32::from(delta)) + ext_len_checked(o.value.len())? + o.value.len();
        }
        if !self.payload.is_empty() {
            len += 1 + self.payload.len();
        }
        Ok(len)
    }

    /// The encoded size in bytes.
    pub fn encoded_len(&self) -> Result<usize, FrameError> {
        let body = self.body_len()?;
        let ext = match body {
            0..=12 => 0,
            13..=268 => 1,
            269..=65_804 => 2,
            _ => 4,
        };
        Ok(1 + ext + 1 + self.token.len() + body)
    }

    /// Appends the encoded frame to `out`.
    pub fn emit(&self, out: &mut Vec<u8>) -> Result<(), FrameError> {
        if self.token.len() > MAX_TOKEN_LEN {
            return Err(FrameError::TokenTooLong(self.token.len()));
        }
        let body = self.body_len()?;
        // token.len() <= 8, so the cast is exact.
        let tkl = self.token.len() as u8;
        match body {
            0..=12 => out.push(((body as u8) << 4) | tkl),
            13..=268 => {
                out.push((13 << 4) | tkl);
                out.push((body - 13) as u8);
            }
            269..=65_804 => {
                out.push((14 << 4) | tkl);
                out.extend_from_slice(&((body - 269) as u16).to_be_bytes());
            }
            _ => {
                let v = u32::try_from(body - 65_805).map_err(|_| FrameError::TooLarge {
                    size: body as u64,
                    max: u32::MAX as usize,
                })?;
                out.push((15 << 4) | tkl);
                out.extend_from_slice(&v.to_be_bytes());
            }
        }
        out.push(self.code);
        out.extend_from_slice(&self.token);
        emit_options(&self.options, out)?;
        if !self.payload.is_empty() {
            out.push(PAYLOAD_MARKER);
            out.extend_from_slice(&self.payload);
        }
        Ok(())
    }

    /// The encoded frame.
    pub fn to_bytes(&self) -> Result<Vec<u8>, FrameError> {
        let mut out = Vec::with_capacity(self.encoded_len()?);
        self.emit(&mut out)?;
        Ok(out)
    }
}

/// Decodes the frame at the start of `buf`: `Ok(Some((frame, consumed)))`,
/// `Ok(None)` when more bytes are needed, `Err` for an invalid or oversize
/// frame (`max_frame` bytes at most, header included).
pub fn decode(buf: &[u8], max_frame: usize) -> Result<Option<(Frame, usize)>, FrameError> {
    match FrameView::new_checked(buf, max_frame)? {
        None => Ok(None),
        Some(view) => Ok(Some((Frame::parse(&view)?, view.total_len()))),
    }
}

/// Encodes `frame` into a new buffer.
pub fn encode(frame: &Frame) -> Result<Vec<u8>, FrameError> {
    frame.to_bytes()
}

fn ext_len(v: u32) -> usize {
    match v {
        0..=12 => 0,
        13..=268 => 1,
        _ => 2,
    }
}

fn ext_len_checked(len: usize) -> Result<usize, FrameError> {
    if len > 65_804 {
        return Err(FrameError::OptionTooLong(len));
    }
    Ok(ext_len(len as u32))
}

fn nibble(v: u32) -> (u8, Option<u8>, Option<u16>) {
    match v {
        0..=12 => (v as u8, None, None),
        13..=268 => (13, Some((v - 13) as u8), None),
        _ => (14, None, Some((v - 269) as u16)),
    }
}

/// Appends RFC 7252 §3.1 options (sorted by number) to `out`.
pub fn emit_options(options: &[RawOption], out: &mut Vec<u8>) -> Result<(), FrameError> {
    let mut prev = 0u16;
    for o in options {
        if o.number < prev {
            return Err(FrameError::UnsortedOptions);
        }
        if o.value.len() > 65_804 {
            return Err(FrameError::OptionTooLong(o.value.len()));
        }
        let (dn, d1, d2) = nibble(u32::from(o.number - prev));
        let (ln, l1, l2) = nibble(o.value.len() as u32);
        prev = o.number;
        out.push((dn << 4) | ln);
        if let Some(b) = d1 {
            out.push(b);
        }
        if let Some(w) = d2 {
            out.extend_from_slice(&w.to_be_bytes());
        }
        if let Some(b) = l1 {
            out.push(b);
        }
        if let Some(w) = l2 {
            out.extend_from_slice(&w.to_be_bytes());
        }
        out.extend_from_slice(&o.value);
    }
    Ok(())
}

/// Reads an extended delta/length for `nib`, advancing `pos`.
fn read_ext(nib: u8, body: &[u8], pos: &mut usize) -> Result<u32, FrameError> {
    match nib {
        0..=12 => Ok(u32::from(nib)),
        13 => {
            let b = *body.get(*pos).ok_or(FrameError::TruncatedOption)?;
            *pos += 1;
            Ok(u32::from(b) + 13)
        }
        14 => {
            let s = body
                .get(*pos..*pos + 2)
                .ok_or(FrameError::TruncatedOption)?;
            *pos += 2;
            Ok(u32::from(u16::from_be_bytes([s[0], s[1]])) + 269)
        }
        _ => Err(FrameError::ReservedOptionNibble),
    }
}

/// Parses options and payload (RFC 7252 §3.1), as in the body of a frame.
pub fn parse_options(body: &[u8]) -> Result<(Vec<RawOption>, &[u8]), FrameError> {
    let mut options = Vec::new();
    let mut pos = 0usize;
    let mut number = 0u32;
    while pos < body.len() {
        let b = body[pos];
        pos += 1;
        if b == PAYLOAD_MARKER {
            let payload = &body[pos..];
            if payload.is_empty() {
                return Err(FrameError::EmptyPayload);
            }
            return Ok((options, payload));
        }
        let delta = read_ext(b >> 4, body, &mut pos)?;
        let len = read_ext(b & 0x0F, body, &mut pos)? as usize;
        number += delta;
        let n = u16::try_from(number).map_err(|_| FrameError::OptionNumberOverflow)?;
        let value = body
            .get(pos..pos + len)
            .ok_or(FrameError::TruncatedOption)?;
        pos += len;
        options.push(RawOption::new(n, value));
    }
    Ok((options, &[]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MAX: usize = DEFAULT_MAX_FRAME;

    #[test]
    fn empty_csm_is_two_bytes() {
        // RFC 8323 §3.2: a message with no options and no payload, no
        // token: Len 0, TKL 0, code.
        let f = Frame::new(CODE_CSM);
        assert_eq!(f.to_bytes().unwrap(), [0x00, 0xE1]);
        assert_eq!(decode(&[0x00, 0xE1], MAX).unwrap(), Some((f, 2)));
    }

    #[test]
    fn csm_with_max_message_size() {
        // CSM, Max-Message-Size (2) = 1152 (0x0480): option byte 0x22
        // (delta 2, length 2), value 04 80 -> Len 3.
        let bytes = [0x30, 0xE1, 0x22, 0x04, 0x80];
        let (f, n) = decode(&bytes, MAX).unwrap().unwrap();
        assert_eq!(n, 5);
        assert_eq!(f.code, CODE_CSM);
        assert_eq!(decode_uint(f.option(2).unwrap(), 4), Some(1152));
        assert_eq!(f.to_bytes().unwrap(), bytes);
    }

    #[test]
    fn get_with_token_and_path() {
        // Len 4, TKL 1; GET (0.01); token 0x42; Uri-Path "hub" (11): option
        // byte 0xB3 (delta 11, length 3), "hub".
        let bytes = [0x41, 0x01, 0x42, 0xB3, b'h', b'u', b'b'];
        let (f, n) = decode(&bytes, MAX).unwrap().unwrap();
        assert_eq!(n, bytes.len());
        assert_eq!(f.token, [0x42]);
        assert_eq!(f.option(11), Some(&b"hub"[..]));
        assert!(f.payload.is_empty());
        assert_eq!(f.to_bytes().unwrap(), bytes);
    }

    #[test]
    fn extended_lengths() {
        for (payload_len, first_nibble, ext) in [
            (11usize, 12u8, 0usize), // body 12: direct
            (12, 13, 1),             // body 13: 13 + 0
            (267, 13, 1),            // body 268: 13 + 255
            (268, 14, 2),            // body 269: 269 + 0
            (65_803, 14, 2),         // body 65804: 269 + 65535
            (65_804, 15, 4),         // body 65805: 65805 + 0
        ] {
            let mut f = Frame::new(0x45);
            f.payload = vec![0xAB; payload_len];
            let bytes = f.to_bytes().unwrap();
            assert_eq!(bytes[0] >> 4, first_nibble, "payload {payload_len}");
            assert_eq!(bytes.len(), 1 + ext + 1 + 1 + payload_len);
            assert_eq!(f.encoded_len().unwrap(), bytes.len());
            let (g, n) = decode(&bytes, usize::MAX).unwrap().unwrap();
            assert_eq!(n, bytes.len());
            assert_eq!(g, f);
        }
        // 13 with ext 0x00 = 13 bytes of body.
        let mut b = vec![0xD0, 0x00, 0x45, 0xFF];
        b.extend_from_slice(&[1; 12]);
        assert_eq!(decode(&b, MAX).unwrap().unwrap().0.payload, vec![1; 12]);
    }

    #[test]
    fn incomplete_input_is_none() {
        let mut f = Frame::new(0x02);
        f.token = vec![1, 2, 3, 4];
        f.push_option(RawOption::new(11, "pair"));
        f.push_option(RawOption::new(11, "start"));
        f.push_option(RawOption::uint(12, 60));
        f.payload = vec![0xA1; 300];
        let bytes = f.to_bytes().unwrap();
        for cut in 0..bytes.len() {
            assert_eq!(decode(&bytes[..cut], MAX), Ok(None), "cut {cut}");
        }
        assert_eq!(decode(&bytes, MAX).unwrap().unwrap().0, f);
        // Trailing bytes belong to the next frame.
        let mut two = bytes.clone();
        two.extend_from_slice(&[0x00, 0xE2]);
        let (_, n) = decode(&two, MAX).unwrap().unwrap();
        assert_eq!(n, bytes.len());
        assert_eq!(
            decode(&two[n..], MAX).unwrap().unwrap().0,
            Frame::new(CODE_PING)
        );
    }

    #[test]
    fn oversize_refused_from_header_alone() {
        // Len 15 with a 4-byte extension of 0xFFFFFFFF: refused with 5
        // bytes in hand.
        assert!(matches!(
            decode(&[0xF0, 0xFF, 0xFF, 0xFF, 0xFF], MAX),
            Err(FrameError::TooLarge { .. })
        ));
        // Just at the limit is fine, one more is not.
        let mut f = Frame::new(0x02);
        f.payload = vec![0; MAX - 4 - 1]; // 1 + 2 ext + code + marker
        let b = f.to_bytes().unwrap();
        assert_eq!(b.len(), MAX);
        assert!(decode(&b, MAX).unwrap().is_some());
        assert!(matches!(
            decode(&b, MAX - 1),
            Err(FrameError::TooLarge { size, max }) if size == MAX as u64 && max == MAX - 1
        ));
    }

    #[test]
    fn malformed_frames() {
        assert_eq!(decode(&[0x09], MAX), Err(FrameError::BadTokenLength(9)));
        assert_eq!(
            decode(&[0x0F, 0x01], MAX),
            Err(FrameError::BadTokenLength(15))
        );
        // Payload marker, no payload.
        assert_eq!(
            decode(&[0x10, 0x45, 0xFF], MAX),
            Err(FrameError::EmptyPayload)
        );
        // Option delta nibble 15 (not the marker).
        assert_eq!(
            decode(&[0x10, 0x45, 0xF1], MAX),
            Err(FrameError::ReservedOptionNibble)
        );
        // Option length nibble 15.
        assert_eq!(
            decode(&[0x10, 0x45, 0x1F], MAX),
            Err(FrameError::ReservedOptionNibble)
        );
        // Option value runs past the body.
        assert_eq!(
            decode(&[0x20, 0x45, 0xB3, b'x'], MAX),
            Err(FrameError::TruncatedOption)
        );
        // Extended delta byte missing.
        assert_eq!(
            decode(&[0x10, 0x45, 0xD0], MAX),
            Err(FrameError::TruncatedOption)
        );
        // Option number past 65535: delta 14 (+269 + 0xFFFF) twice.
        assert_eq!(
            decode(&[0x60, 0x45, 0xE0, 0xFF, 0xFF, 0xE0, 0xFF, 0xFF], MAX),
            Err(FrameError::OptionNumberOverflow)
        );
    }

    #[test]
    fn emit_refuses_bad_frames() {
        let mut f = Frame::new(0x01);
        f.token = vec![0; 9];
        assert_eq!(f.to_bytes(), Err(FrameError::TokenTooLong(9)));
        let mut f = Frame::new(0x01);
        f.options = vec![RawOption::new(11, "a"), RawOption::new(3, "b")];
        assert_eq!(f.to_bytes(), Err(FrameError::UnsortedOptions));
    }

    #[test]
    fn uint_encoding() {
        assert!(encode_uint(0).is_empty());
        assert_eq!(encode_uint(1152), [0x04, 0x80]);
        assert_eq!(encode_uint(0x0100_0000), [1, 0, 0, 0]);
        assert_eq!(decode_uint(&[], 4), Some(0));
        assert_eq!(decode_uint(&[1, 0, 0, 0, 0], 8), None);
        assert_eq!(decode_uint(&[1, 2, 3], 2), None);
    }

    fn arb_frame() -> impl Strategy<Value = Frame> {
        (
            any::<u8>(),
            proptest::collection::vec(any::<u8>(), 0..=8),
            proptest::collection::vec(
                (any::<u16>(), proptest::collection::vec(any::<u8>(), 0..300)),
                0..6,
            ),
            proptest::collection::vec(any::<u8>(), 0..600),
        )
            .prop_map(|(code, token, opts, payload)| {
                let mut f = Frame {
                    code,
                    token,
                    options: Vec::new(),
                    payload,
                };
                for (n, v) in opts {
                    f.push_option(RawOption::new(n, v));
                }
                f
            })
    }

    proptest! {
        #[test]
        fn roundtrip(f in arb_frame()) {
            let bytes = f.to_bytes().unwrap();
            prop_assert_eq!(bytes.len(), f.encoded_len().unwrap());
            let (g, n) = decode(&bytes, usize::MAX).unwrap().unwrap();
            prop_assert_eq!(n, bytes.len());
            prop_assert_eq!(&g, &f);
            // And re-emitting the parse gives the same bytes.
            prop_assert_eq!(g.to_bytes().unwrap(), bytes);
        }

        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            if let Ok(Some((f, n))) = decode(&bytes, MAX) {
                prop_assert!(n <= bytes.len());
                // What parses re-encodes to the same bytes (canonical
                // option encoding aside, the length must agree).
                prop_assert!(f.encoded_len().is_ok());
            }
        }

        #[test]
        fn prefixes_are_incomplete_or_error(f in arb_frame(), cut in 0usize..2000) {
            let bytes = f.to_bytes().unwrap();
            let cut = cut % bytes.len().max(1);
            if cut < bytes.len() {
                prop_assert_eq!(decode(&bytes[..cut], usize::MAX), Ok(None));
            }
        }
    }
}
