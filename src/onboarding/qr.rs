//! The binary QR code payload: a checked view over its bytes.
//!
//! Fields are packed least significant bit first: bit `i` of the payload is
//! bit `i % 8` of byte `i / 8`, and each field's own least significant bit
//! comes first. See `docs/onboarding.md` for the table.
//!
//! | bits | field |
//! |---|---|
//! | 0..3 | version |
//! | 3..19 | vendor id |
//! | 19..35 | product id |
//! | 35..37 | commissioning flow |
//! | 37..45 | discovery capabilities (rendezvous) |
//! | 45..57 | discriminator (12 bits) |
//! | 57..84 | passcode (27 bits) |
//! | 84..88 | padding (zero) |
//! | 88.. | optional TLV data (whole bytes) |

use super::error::ParseError;

/// `MT:`, the prefix of every Matter QR code text.
pub const PREFIX: &str = "MT:";

/// Bytes of the fixed part (88 bits).
pub const FIXED_LEN: usize = 11;

/// `(offset, width)` of each field, in bits.
mod field {
    pub const VERSION: (u32, u32) = (0, 3);
    pub const VENDOR_ID: (u32, u32) = (3, 16);
    pub const PRODUCT_ID: (u32, u32) = (19, 16);
    pub const FLOW: (u32, u32) = (35, 2);
    pub const RENDEZVOUS: (u32, u32) = (37, 8);
    pub const DISCRIMINATOR: (u32, u32) = (45, 12);
    pub const PASSCODE: (u32, u32) = (57, 27);
    pub const PADDING: (u32, u32) = (84, 4);
}

/// A view over the bytes of a QR code payload (after base38 decoding).
///
/// [`QrPayloadBits::new_checked`] only checks the length; the field
/// values are checked by [`super::SetupPayload::from_qr_bits`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPayloadBits<T: AsRef<[u8]>> {
    buffer: T,
}

impl<T: AsRef<[u8]>> QrPayloadBits<T> {
    /// Wraps `buffer` without checking its length (accessors of a shorter
    /// buffer read missing bytes as zero).
    pub fn new_unchecked(buffer: T) -> QrPayloadBits<T> {
        QrPayloadBits { buffer }
    }

    /// Wraps `buffer`; [`ParseError::Truncated`] if it is shorter than the
    /// fixed part.
    pub fn new_checked(buffer: T) -> Result<QrPayloadBits<T>, ParseError> {
        let have = buffer.as_ref().len();
        if have < FIXED_LEN {
            return Err(ParseError::Truncated {
                have,
                need: FIXED_LEN,
            });
        }
        Ok(QrPayloadBits { buffer })
    }

    /// Length of the wrapped buffer in bytes.
    pub fn buffer_len(&self) -> usize {
        self.buffer.as_ref().len()
    }

    /// The wrapped buffer.
    pub fn into_inner(self) -> T {
        self.buffer
    }

    fn fixed(&self) -> u128 {
        let mut le = [0u8; 16];
        let b = self.buffer.as_ref();
        let n = b.len().min(FIXED_LEN);
        le[..n].copy_from_slice(&b[..n]);
        u128::from_le_bytes(le)
    }

    fn get(&self, (offset, width): (u32, u32)) -> u32 {
        ((self.fixed() >> offset) & ((1u128 << width) - 1)) as u32
    }

    /// Version (3 bits).
    pub fn version(&self) -> u8 {
        self.get(field::VERSION) as u8
    }

    /// Vendor id.
    pub fn vendor_id(&self) -> u16 {
        self.get(field::VENDOR_ID) as u16
    }

    /// Product id.
    pub fn product_id(&self) -> u16 {
        self.get(field::PRODUCT_ID) as u16
    }

    /// Commissioning flow (2 bits).
    pub fn flow(&self) -> u8 {
        self.get(field::FLOW) as u8
    }

    /// Discovery capabilities bitmask.
    pub fn rendezvous(&self) -> u8 {
        self.get(field::RENDEZVOUS) as u8
    }

    /// Discriminator (12 bits).
    pub fn discriminator(&self) -> u16 {
        self.get(field::DISCRIMINATOR) as u16
    }

    /// Passcode field (27 bits), unchecked.
    pub fn passcode(&self) -> u32 {
        self.get(field::PASSCODE)
    }

    /// Padding (4 bits, zero when valid).
    pub fn padding(&self) -> u8 {
        self.get(field::PADDING) as u8
    }

    /// The optional TLV bytes after the fixed part (empty if none).
    pub fn tlv(&self) -> &[u8] {
        self.buffer.as_ref().get(FIXED_LEN..).unwrap_or(&[])
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> QrPayloadBits<T> {
    fn set(&mut self, (offset, width): (u32, u32), value: u32) {
        let mask = ((1u128 << width) - 1) << offset;
        let v = (self.fixed() & !mask) | ((u128::from(value) << offset) & mask);
        let le = v.to_le_bytes();
        let b = self.buffer.as_mut();
        let n = b.len().min(FIXED_LEN);
        b[..n].copy_from_slice(&le[..n]);
    }

    /// Sets the version (low 3 bits of `v`).
    pub fn set_version(&mut self, v: u8) {
        self.set(field::VERSION, v.into());
    }

    /// Sets the vendor id.
    pub fn set_vendor_id(&mut self, v: u16) {
        self.set(field::VENDOR_ID, v.into());
    }

    /// Sets the product id.
    pub fn set_product_id(&mut self, v: u16) {
        self.set(field::PRODUCT_ID, v.into());
    }

    /// Sets the commissioning flow (low 2 bits of `v`).
    pub fn set_flow(&mut self, v: u8) {
        self.set(field::FLOW, v.into());
    }

    /// Sets the discovery capabilities.
    pub fn set_rendezvous(&mut self, v: u8) {
        self.set(field::RENDEZVOUS, v.into());
    }

    /// Sets the discriminator (low 12 bits of `v`).
    pub fn set_discriminator(&mut self, v: u16) {
        self.set(field::DISCRIMINATOR, v.into());
    }

    /// Sets the passcode field (low 27 bits of `v`).
    pub fn set_passcode(&mut self, v: u32) {
        self.set(field::PASSCODE, v);
    }

    /// Sets the padding (low 4 bits of `v`).
    pub fn set_padding(&mut self, v: u8) {
        self.set(field::PADDING, v.into());
    }

    /// The optional TLV bytes, writable.
    pub fn tlv_mut(&mut self) -> &mut [u8] {
        self.buffer.as_mut().get_mut(FIXED_LEN..).unwrap_or(&mut [])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checked_length() {
        assert_eq!(
            QrPayloadBits::new_checked(&[0u8; 10][..]),
            Err(ParseError::Truncated { have: 10, need: 11 })
        );
        assert!(QrPayloadBits::new_checked(&[0u8; 11][..]).is_ok());
        assert_eq!(QrPayloadBits::new_unchecked(&[0xffu8; 2][..]).padding(), 0);
    }

    #[test]
    fn fields_are_independent() {
        let mut bits = QrPayloadBits::new_unchecked([0u8; 13]);
        bits.set_version(7);
        bits.set_vendor_id(0xffff);
        bits.set_product_id(0x1234);
        bits.set_flow(3);
        bits.set_rendezvous(0xa5);
        bits.set_discriminator(0xfff);
        bits.set_passcode((1 << 27) - 1);
        bits.set_padding(0);
        bits.tlv_mut().copy_from_slice(&[0xaa, 0xbb]);
        assert_eq!(
            (
                bits.version(),
                bits.vendor_id(),
                bits.product_id(),
                bits.flow()
            ),
            (7, 0xffff, 0x1234, 3)
        );
        assert_eq!(
            (bits.rendezvous(), bits.discriminator(), bits.passcode()),
            (0xa5, 0xfff, (1 << 27) - 1)
        );
        assert_eq!(bits.padding(), 0);
        assert_eq!(bits.tlv(), &[0xaa, 0xbb]);
        bits.set_passcode(0);
        bits.set_padding(0xf);
        assert_eq!(bits.passcode(), 0);
        assert_eq!(bits.into_inner()[10], 0xf0);
    }

    #[test]
    fn little_endian_bit_order() {
        let mut bits = QrPayloadBits::new_unchecked([0u8; 11]);
        bits.set_vendor_id(1); // bit 3
        bits.set_discriminator(1); // bit 45 = byte 5, bit 5
        assert_eq!(bits.into_inner(), [8, 0, 0, 0, 0, 0x20, 0, 0, 0, 0, 0]);
    }
}
