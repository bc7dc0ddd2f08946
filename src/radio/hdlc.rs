//! HDLC-lite framing of Spinel frames on a byte stream (UART, pty), no I/O.
//!
//! ```text
//! 0x7E | escaped( payload | FCS-16 low byte | FCS-16 high byte ) | 0x7E
//! ```
//!
//! * Flag `0x7E` delimits frames; one flag may both end a frame and start the
//!   next, and empty frames (two flags in a row) are skipped.
//! * Escape `0x7D`: the next byte is XORed with `0x20`. The encoder escapes
//!   `0x7E`, `0x7D`, XON `0x11`, XOFF `0x13` and `0xF8` (as OpenThread does,
//!   so a link with software flow control stays clean); the decoder
//!   un-escapes any byte.
//! * FCS-16 per RFC 1662 (reflected CCITT polynomial `0x8408`, initial value
//!   `0xFFFF`, result complemented), sent least significant byte first. Over
//!   a payload plus its FCS the running value is the constant `0xF0B8`.
//!
//! [`Decoder::decode`] is a streaming decoder: it consumes input bytes and
//! returns `Ok(Some(payload))` for each good frame, `Ok(None)` once the input
//! is used up without completing a frame ("need more bytes"), and `Err` only
//! for a malformed frame (bad FCS, too long, shorter than its FCS, an escape
//! followed by a flag). After an error it has already resynchronised: it
//! drops the bad frame and starts afresh at the next flag, so the caller
//! simply keeps calling. Nothing here panics on any input.

/// The frame delimiter.
pub const FLAG: u8 = 0x7E;
/// The escape byte.
pub const ESCAPE: u8 = 0x7D;
/// XOR mask applied to an escaped byte.
pub const ESCAPE_XOR: u8 = 0x20;
/// Running FCS value over a payload followed by its own FCS.
pub const FCS_GOOD: u16 = 0xF0B8;
/// Initial FCS value.
pub const FCS_INIT: u16 = 0xFFFF;
/// Default longest payload (FCS excluded) the decoder accepts: OpenThread's
/// largest Spinel frame (`SPINEL_FRAME_MAX_SIZE`, 1300 bytes) with headroom
/// for encrypted-frame extensions.
pub const DEFAULT_MAX_PAYLOAD: usize = 2048;

/// FCS-16 lookup table (RFC 1662 §C.2), computed at compile time.
const FCS_TABLE: [u16; 256] = {
    let mut table = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut v = i as u16;
        let mut bit = 0;
        while bit < 8 {
            v = if v & 1 != 0 {
                (v >> 1) ^ 0x8408
            } else {
                v >> 1
            };
            bit += 1;
        }
        table[i] = v;
        i += 1;
    }
    table
};

/// Feeds `data` into a running FCS-16 (start with [`FCS_INIT`]).
pub fn fcs_update(mut fcs: u16, data: &[u8]) -> u16 {
    for &b in data {
        fcs = (fcs >> 8) ^ FCS_TABLE[usize::from((fcs ^ u16::from(b)) & 0xFF)];
    }
    fcs
}

/// The FCS-16 of `data` as sent on the wire (already complemented).
pub fn fcs(data: &[u8]) -> u16 {
    !fcs_update(FCS_INIT, data)
}

fn needs_escape(b: u8) -> bool {
    matches!(b, FLAG | ESCAPE | 0x11 | 0x13 | 0xF8)
}

/// The exact number of bytes [`encode`] writes for `payload`.
pub fn encoded_len(payload: &[u8]) -> usize {
    let f = fcs(payload).to_le_bytes();
    let escaped = payload
        .iter()
        .chain(f.iter())
        .map(|&b| if needs_escape(b) { 2 } else { 1 })
        .sum::<usize>();
    escaped + 2
}

/// Appends one HDLC-lite frame carrying `payload` to `out`: opening flag,
/// escaped payload and FCS, closing flag.
pub fn encode(payload: &[u8], out: &mut Vec<u8>) {
    out.reserve(payload.len() + payload.len() / 8 + 6);
    out.push(FLAG);
    let push = |out: &mut Vec<u8>, b: u8| {
        if needs_escape(b) {
            out.push(ESCAPE);
            out.push(b ^ ESCAPE_XOR);
        } else {
            out.push(b);
        }
    };
    for &b in payload {
        push(out, b);
    }
    for b in fcs(payload).to_le_bytes() {
        push(out, b);
    }
    out.push(FLAG);
}

/// Why a frame was dropped. The decoder has already resynchronised when it
/// returns one of these; none is fatal for the link.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HdlcError {
    /// The frame check sequence does not match the payload.
    #[error("HDLC frame check sequence mismatch over {len} bytes")]
    BadFcs {
        /// Length of the dropped frame, FCS included.
        len: usize,
    },
    /// The frame grew past the decoder's limit; bytes up to the next flag
    /// are dropped.
    #[error("HDLC frame longer than {max} bytes")]
    TooLong {
        /// The decoder's payload limit.
        max: usize,
    },
    /// A frame with 1 or 2 bytes: too short to hold its FCS plus a payload.
    #[error("HDLC frame of {len} bytes is shorter than its FCS plus one byte")]
    TooShort {
        /// Length of the dropped frame.
        len: usize,
    },
    /// An escape byte directly followed by a flag (the HDLC abort sequence).
    #[error("HDLC frame aborted (escape followed by flag)")]
    Aborted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Collecting bytes of a frame.
    Data,
    /// The previous byte was an escape.
    Escaped,
    /// Dropping bytes up to the next flag (after an over-long frame).
    Discard,
}

/// Streaming HDLC-lite decoder (see the module docs for its contract).
#[derive(Debug, Clone)]
pub struct Decoder {
    buf: Vec<u8>,
    state: State,
    max_payload: usize,
}

impl Default for Decoder {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_PAYLOAD)
    }
}

impl Decoder {
    /// A decoder that refuses payloads longer than `max_payload` bytes.
    pub fn new(max_payload: usize) -> Self {
        Decoder {
            buf: Vec::with_capacity(256),
            state: State::Data,
            max_payload,
        }
    }

    /// Bytes of the frame in progress (escapes removed, FCS included).
    pub fn pending(&self) -> usize {
        self.buf.len()
    }

    /// Consumes bytes from the front of `input` up to and including the end
    /// of the next frame. `Ok(Some(payload))`: a good frame (FCS removed);
    /// `Ok(None)`: `input` is now empty and no frame is complete; `Err`: a
    /// malformed frame was dropped (call again with the rest of `input`).
    pub fn decode(&mut self, input: &mut &[u8]) -> Result<Option<Vec<u8>>, HdlcError> {
        while let Some((&b, rest)) = input.split_first() {
            *input = rest;
            match (self.state, b) {
                (State::Discard, FLAG) => {
                    self.state = State::Data;
                }
                (State::Discard, _) => {}
                (State::Escaped, FLAG) => {
                    self.buf.clear();
                    self.state = State::Data;
                    return Err(HdlcError::Aborted);
                }
                (_, FLAG) => {
                    if let Some(frame) = self.finish()? {
                        return Ok(Some(frame));
                    }
                }
                (State::Data, ESCAPE) => self.state = State::Escaped,
                (State::Escaped, _) => {
                    self.state = State::Data;
                    self.push(b ^ ESCAPE_XOR)?;
                }
                (State::Data, _) => self.push(b)?,
            }
        }
        Ok(None)
    }

    fn push(&mut self, b: u8) -> Result<(), HdlcError> {
        if self.buf.len() >= self.max_payload + 2 {
            self.buf.clear();
            self.state = State::Discard;
            return Err(HdlcError::TooLong {
                max: self.max_payload,
            });
        }
        self.buf.push(b);
        Ok(())
    }

    /// Ends the frame at a flag: `Ok(None)` for an empty frame.
    fn finish(&mut self) -> Result<Option<Vec<u8>>, HdlcError> {
        let len = self.buf.len();
        if len == 0 {
            return Ok(None);
        }
        if len < 3 {
            self.buf.clear();
            return Err(HdlcError::TooShort { len });
        }
        if fcs_update(FCS_INIT, &self.buf) != FCS_GOOD {
            self.buf.clear();
            return Err(HdlcError::BadFcs { len });
        }
        let mut frame = std::mem::replace(&mut self.buf, Vec::with_capacity(256));
        frame.truncate(len - 2);
        Ok(Some(frame))
    }
}

/// Decodes every complete frame in `input` with a fresh decoder, keeping
/// errors in order (a convenience for tests and tools).
pub fn decode_all(input: &[u8]) -> Vec<Result<Vec<u8>, HdlcError>> {
    let mut d = Decoder::default();
    let mut rest = input;
    let mut out = Vec::new();
    loop {
        match d.decode(&mut rest) {
            Ok(Some(f)) => out.push(Ok(f)),
            Ok(None) => break,
            Err(e) => out.push(Err(e)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fcs_matches_rfc1662_check_value() {
        // RFC 1662's FCS-16 over "123456789" is 0x906E (the X.25 check value).
        assert_eq!(fcs(b"123456789"), 0x906E);
        let mut with = b"123456789".to_vec();
        with.extend_from_slice(&fcs(b"123456789").to_le_bytes());
        assert_eq!(fcs_update(FCS_INIT, &with), FCS_GOOD);
    }

    #[test]
    fn round_trip_with_every_escaped_byte() {
        let payload = [0x80, 0x7E, 0x7D, 0x11, 0x13, 0xF8, 0x00, 0xFF];
        let mut wire = Vec::new();
        encode(&payload, &mut wire);
        assert_eq!(wire.len(), encoded_len(&payload));
        assert_eq!(wire.first(), Some(&FLAG));
        assert_eq!(wire.last(), Some(&FLAG));
        assert_eq!(wire.iter().filter(|&&b| b == FLAG).count(), 2);
        assert_eq!(decode_all(&wire), vec![Ok(payload.to_vec())]);
    }

    #[test]
    fn byte_by_byte_needs_more_then_completes() {
        let mut wire = Vec::new();
        encode(&[0x81, 0x02, 0x01], &mut wire);
        let mut d = Decoder::default();
        for (i, b) in wire.iter().enumerate() {
            let mut one: &[u8] = std::slice::from_ref(b);
            let r = d.decode(&mut one).unwrap();
            if i + 1 < wire.len() {
                assert_eq!(r, None, "byte {i}");
            } else {
                assert_eq!(r, Some(vec![0x81, 0x02, 0x01]));
            }
        }
    }

    #[test]
    fn bad_fcs_is_reported_then_next_frame_decodes() {
        let mut wire = Vec::new();
        encode(&[0x81, 0x02, 0x01], &mut wire);
        wire[2] ^= 0x01; // corrupt the command byte
        encode(&[0x82, 0x02, 0x08], &mut wire);
        let got = decode_all(&wire);
        assert_eq!(got[0], Err(HdlcError::BadFcs { len: 5 }));
        assert_eq!(got[1], Ok(vec![0x82, 0x02, 0x08]));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn too_long_is_dropped_up_to_next_flag() {
        let mut d = Decoder::new(4);
        let mut wire = vec![FLAG];
        wire.extend_from_slice(&[0x55; 10]);
        encode(&[1, 2, 3], &mut wire);
        let mut rest = &wire[..];
        assert_eq!(d.decode(&mut rest), Err(HdlcError::TooLong { max: 4 }));
        assert_eq!(d.decode(&mut rest), Ok(Some(vec![1, 2, 3])));
        assert_eq!(d.decode(&mut rest), Ok(None));
        assert_eq!(d.pending(), 0);
    }

    #[test]
    fn short_and_aborted_frames_are_errors_and_state_resets() {
        let got = decode_all(&[FLAG, 0x01, FLAG, 0x10, ESCAPE, FLAG]);
        assert_eq!(
            got,
            vec![Err(HdlcError::TooShort { len: 1 }), Err(HdlcError::Aborted)]
        );
        let mut d = Decoder::default();
        let mut rest: &[u8] = &[FLAG, FLAG, FLAG];
        assert_eq!(d.decode(&mut rest), Ok(None), "empty frames are skipped");
        assert!(rest.is_empty());
    }

    #[test]
    fn garbage_before_first_flag_is_one_bad_frame() {
        let mut wire = vec![0x00, 0x42, 0x99, 0x10];
        encode(&[0x80, 0x06, 0x00, 0x72], &mut wire);
        let got = decode_all(&wire);
        assert!(matches!(got[0], Err(HdlcError::BadFcs { len: 4 })));
        assert_eq!(got[1], Ok(vec![0x80, 0x06, 0x00, 0x72]));
    }
}
