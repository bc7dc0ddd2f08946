//! Matter onboarding payloads: the QR code (`MT:...`) and the 11- or
//! 21-digit manual pairing code, as the Matter specification ("Onboarding
//! Payload") and the Matter SDK define them.
//!
//! [`SetupPayload`] is the representation; [`SetupPayload::parse`] reads
//! either form (trimming whitespace, and the dashes and spaces people type
//! in manual codes), [`SetupPayload::to_qr`] and
//! [`SetupPayload::to_manual`] write them. The wire forms have checked
//! views, [`qr::QrPayloadBits`] (the packed bits under the base38 text) and
//! [`manual::ManualCodeDigits`]. `docs/onboarding.md` has the bit layouts.
//!
//! ```
//! use threshold::onboarding::{Discriminator, SetupPayload};
//!
//! let p = SetupPayload::parse("MT:-24J0AFN00KA0648G00").unwrap();
//! assert_eq!((p.vid, p.pid), (Some(0xFFF1), Some(0x8001)));
//! assert_eq!(p.discriminator, Discriminator::Long(3840));
//! assert_eq!(p.passcode.value(), 20202021);
//! assert_eq!(p.to_manual().unwrap(), "34970112332");
//! assert_eq!(p.to_qr().unwrap(), "MT:-24J0AFN00KA0648G00");
//! ```
//!
//! What a manual code cannot carry: the discovery capabilities
//! ([`SetupPayload::rendezvous`] is `None`), the low 8 bits of the
//! discriminator ([`Discriminator::Short`]), the optional TLV data, and
//! which non-standard flow was meant: like the SDK, a 21-digit code parses
//! as [`CommissioningFlow::Custom`].
#![forbid(unsafe_code)]

pub mod base38;
pub mod error;
pub mod manual;
pub mod passcode;
pub mod qr;
pub mod render;
pub mod tlv;
pub mod verhoeff;

pub use error::{ManualEncodeError, ParseError, QrEncodeError};
pub use manual::ManualCodeDigits;
pub use passcode::{Passcode, PasscodeError};
pub use qr::QrPayloadBits;
pub use tlv::{TlvData, TlvElement, TlvError, TlvTag, TlvValue};

/// How the device enters commissioning mode (2 bits in the QR code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommissioningFlow {
    /// 0: the device is in commissioning mode when uncommissioned at power-up.
    Standard,
    /// 1: the user must act on the device first.
    UserIntent,
    /// 2: vendor-specific steps first (see the distributed compliance ledger).
    Custom,
    /// The reserved value 3, kept as read. (Other values cannot be encoded.)
    Other(u8),
}

impl CommissioningFlow {
    /// From the 2-bit field (values above 3 are kept in `Other`).
    pub fn from_bits(bits: u8) -> CommissioningFlow {
        match bits {
            0 => CommissioningFlow::Standard,
            1 => CommissioningFlow::UserIntent,
            2 => CommissioningFlow::Custom,
            n => CommissioningFlow::Other(n),
        }
    }

    /// The field value.
    pub fn bits(self) -> u8 {
        match self {
            CommissioningFlow::Standard => 0,
            CommissioningFlow::UserIntent => 1,
            CommissioningFlow::Custom => 2,
            CommissioningFlow::Other(n) => n,
        }
    }

    /// `standard`, `user-intent`, `custom` or `reserved`.
    pub fn name(self) -> &'static str {
        match self {
            CommissioningFlow::Standard => "standard",
            CommissioningFlow::UserIntent => "user-intent",
            CommissioningFlow::Custom => "custom",
            CommissioningFlow::Other(_) => "reserved",
        }
    }
}

/// Discovery capabilities ("rendezvous information"), the 8-bit mask of
/// the QR code. Unknown bits are kept.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Rendezvous(pub u8);

impl Rendezvous {
    /// Bit 0: Wi-Fi soft access point.
    pub const SOFT_AP: Rendezvous = Rendezvous(1 << 0);
    /// Bit 1: Bluetooth LE.
    pub const BLE: Rendezvous = Rendezvous(1 << 1);
    /// Bit 2: already on the IP network.
    pub const ON_NETWORK: Rendezvous = Rendezvous(1 << 2);
    /// Bit 3: Wi-Fi Public Action Frame (Matter 1.4).
    pub const WIFI_PAF: Rendezvous = Rendezvous(1 << 3);
    /// Bit 4: NFC (newer SDKs).
    pub const NFC: Rendezvous = Rendezvous(1 << 4);
    /// Bit 5: Thread (newer SDKs).
    pub const THREAD: Rendezvous = Rendezvous(1 << 5);

    /// Names of bits 0 to 7.
    pub const NAMES: [&'static str; 8] = [
        "soft-ap",
        "ble",
        "on-network",
        "wifi-paf",
        "nfc",
        "thread",
        "bit6",
        "bit7",
    ];

    /// The mask.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether every bit of `other` is set.
    pub fn contains(self, other: Rendezvous) -> bool {
        self.0 & other.0 == other.0
    }

    /// Names of the set bits, lowest first (see [`Rendezvous::NAMES`]).
    pub fn names(self) -> Vec<&'static str> {
        (0..8)
            .filter(|i| self.0 & (1 << i) != 0)
            .map(|i| Self::NAMES[i])
            .collect()
    }

    /// The bit called `name` (as [`Rendezvous::names`] spells them; `_`
    /// may stand for `-`, case is ignored).
    pub fn from_name(name: &str) -> Option<Rendezvous> {
        let n = name.trim().to_ascii_lowercase().replace('_', "-");
        (0..8)
            .find(|&i| Self::NAMES[i] == n)
            .map(|i| Rendezvous(1 << i))
    }
}

impl std::ops::BitOr for Rendezvous {
    type Output = Rendezvous;
    fn bitor(self, rhs: Rendezvous) -> Rendezvous {
        Rendezvous(self.0 | rhs.0)
    }
}

impl std::fmt::Debug for Rendezvous {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Rendezvous({:#04x} {:?})", self.0, self.names())
    }
}

/// The discriminator: 12 bits in the QR code, only its upper 4 bits in the
/// manual code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Discriminator {
    /// The full value, 0..=4095.
    Long(u16),
    /// The upper 4 bits, 0..=15.
    Short(u8),
}

impl Discriminator {
    /// Largest long discriminator.
    pub const LONG_MAX: u16 = 0xfff;
    /// Largest short discriminator.
    pub const SHORT_MAX: u8 = 0xf;

    /// Whether the value fits its bits.
    pub fn is_valid(self) -> bool {
        match self {
            Discriminator::Long(v) => v <= Self::LONG_MAX,
            Discriminator::Short(v) => v <= Self::SHORT_MAX,
        }
    }

    /// The short form (the upper 4 of the 12 bits).
    pub fn short(self) -> u8 {
        match self {
            Discriminator::Long(v) => ((v >> 8) & 0xf) as u8,
            Discriminator::Short(v) => v,
        }
    }

    /// Whether a device announcing the long discriminator `long` matches.
    pub fn matches(self, long: u16) -> bool {
        match self {
            Discriminator::Long(v) => v == long,
            Discriminator::Short(v) => Discriminator::Long(long).short() == v,
        }
    }
}

/// A Matter onboarding payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetupPayload {
    /// Payload version (3 bits); only 0 is defined.
    pub version: u8,
    /// Vendor id; `None` from an 11-digit manual code.
    pub vid: Option<u16>,
    /// Product id; `None` from an 11-digit manual code.
    pub pid: Option<u16>,
    /// Commissioning flow.
    pub flow: CommissioningFlow,
    /// Discovery capabilities; `None` from a manual code.
    pub rendezvous: Option<Rendezvous>,
    /// Discriminator: long from a QR code, short from a manual code.
    pub discriminator: Discriminator,
    /// Setup passcode.
    pub passcode: Passcode,
    /// The QR code's optional TLV data, byte for byte; `None` if absent.
    pub tlv: Option<TlvData>,
}

impl SetupPayload {
    /// Parses a QR code text (`MT:...`) or a manual pairing code,
    /// recognised by its start once surrounding whitespace is trimmed.
    pub fn parse(input: &str) -> Result<SetupPayload, ParseError> {
        let t = input.trim();
        if t.is_empty() {
            Err(ParseError::Empty)
        } else if t.starts_with(qr::PREFIX) {
            SetupPayload::parse_qr(t)
        } else if t.starts_with(|c: char| c.is_ascii_digit()) {
            SetupPayload::parse_manual(t)
        } else {
            Err(ParseError::BadPrefix)
        }
    }

    /// Parses a QR code text: `MT:` then base38 (upper case, as the QR
    /// alphanumeric mode carries it).
    pub fn parse_qr(input: &str) -> Result<SetupPayload, ParseError> {
        let t = input.trim();
        if t.is_empty() {
            return Err(ParseError::Empty);
        }
        let body = t.strip_prefix(qr::PREFIX).ok_or(ParseError::BadPrefix)?;
        if body.contains('*') {
            return Err(ParseError::ConcatenatedNotSupported {
                count: body.split('*').count(),
            });
        }
        let bytes =
            base38::decode(body).map_err(|e| ParseError::from_base38(e, qr::PREFIX.len()))?;
        SetupPayload::from_qr_bits(&QrPayloadBits::new_checked(&bytes[..])?)
    }

    /// Parses a manual pairing code; dashes and whitespace between the
    /// digits are ignored.
    pub fn parse_manual(input: &str) -> Result<SetupPayload, ParseError> {
        let t = input.trim();
        if t.is_empty() {
            return Err(ParseError::Empty);
        }
        let mut digits = Vec::with_capacity(t.len());
        for (index, ch) in t.chars().enumerate() {
            if ch.is_ascii_digit() {
                digits.push(ch as u8);
            } else if ch != '-' && !ch.is_whitespace() {
                return Err(ParseError::BadDigit { index, ch });
            }
        }
        SetupPayload::from_manual_digits(&ManualCodeDigits::new_checked(&digits[..])?)
    }

    /// The representation of checked QR payload bits.
    pub fn from_qr_bits<T: AsRef<[u8]>>(
        bits: &QrPayloadBits<T>,
    ) -> Result<SetupPayload, ParseError> {
        if bits.version() != 0 {
            return Err(ParseError::UnsupportedVersion(bits.version()));
        }
        if bits.padding() != 0 {
            return Err(ParseError::NonZeroPadding(bits.padding()));
        }
        let passcode = Passcode::new(bits.passcode())?;
        let tlv = match bits.tlv() {
            [] => None,
            raw => Some(TlvData::from_bytes(raw.to_vec())?),
        };
        Ok(SetupPayload {
            version: 0,
            vid: Some(bits.vendor_id()),
            pid: Some(bits.product_id()),
            flow: CommissioningFlow::from_bits(bits.flow()),
            rendezvous: Some(Rendezvous(bits.rendezvous())),
            discriminator: Discriminator::Long(bits.discriminator()),
            passcode,
            tlv,
        })
    }

    /// The representation of checked manual-code digits.
    pub fn from_manual_digits<T: AsRef<[u8]>>(
        d: &ManualCodeDigits<T>,
    ) -> Result<SetupPayload, ParseError> {
        let range = |field, value, max| {
            if value > max {
                Err(ParseError::ManualFieldOutOfRange { field, value, max })
            } else {
                Ok(value)
            }
        };
        range("discriminator/passcode", d.chunk2(), manual::CHUNK2_MAX)?;
        range("passcode", d.chunk3(), manual::CHUNK3_MAX)?;
        let id = |field, v: Option<u32>| {
            v.map(|v| range(field, v, u32::from(u16::MAX)).map(|v| v as u16))
                .transpose()
        };
        let vid = id("vendor id", d.vendor_id())?;
        let pid = id("product id", d.product_id())?;
        let passcode = Passcode::new(d.passcode())?;
        Ok(SetupPayload {
            version: 0,
            vid,
            pid,
            flow: if d.vid_pid_present() {
                CommissioningFlow::Custom
            } else {
                CommissioningFlow::Standard
            },
            rendezvous: None,
            discriminator: Discriminator::Short(d.short_discriminator()),
            passcode,
            tlv: None,
        })
    }

    /// Bytes of the QR payload: 11 plus the optional data.
    pub fn qr_bytes_len(&self) -> usize {
        qr::FIXED_LEN + self.tlv.as_ref().map_or(0, |t| t.as_bytes().len())
    }

    /// Writes the QR payload bits into `bits`, whose buffer must be
    /// [`SetupPayload::qr_bytes_len`] bytes long.
    pub fn emit_qr_bits<T: AsRef<[u8]> + AsMut<[u8]>>(
        &self,
        bits: &mut QrPayloadBits<T>,
    ) -> Result<(), QrEncodeError> {
        if self.version != 0 {
            return Err(QrEncodeError::UnsupportedVersion(self.version));
        }
        let (Some(vid), Some(pid)) = (self.vid, self.pid) else {
            return Err(QrEncodeError::QrNeedsVidPid);
        };
        let rendezvous = self.rendezvous.ok_or(QrEncodeError::QrNeedsRendezvous)?;
        let discriminator = match self.discriminator {
            Discriminator::Long(v) if v <= Discriminator::LONG_MAX => v,
            Discriminator::Long(_) => {
                return Err(QrEncodeError::DiscriminatorOutOfRange(self.discriminator))
            }
            Discriminator::Short(_) => return Err(QrEncodeError::QrNeedsLongDiscriminator),
        };
        if let CommissioningFlow::Other(n) = self.flow {
            if n != 3 {
                return Err(QrEncodeError::InvalidFlow(n));
            }
        }
        let tlv = self.tlv.as_ref().map_or(&[][..], |t| t.as_bytes());
        let need = qr::FIXED_LEN + tlv.len();
        let have = bits.buffer_len();
        if have != need {
            return Err(QrEncodeError::BufferSize { have, need });
        }
        bits.set_version(0);
        bits.set_vendor_id(vid);
        bits.set_product_id(pid);
        bits.set_flow(self.flow.bits());
        bits.set_rendezvous(rendezvous.bits());
        bits.set_discriminator(discriminator);
        bits.set_passcode(self.passcode.value());
        bits.set_padding(0);
        bits.tlv_mut().copy_from_slice(tlv);
        Ok(())
    }

    /// The QR payload bytes (before base38).
    pub fn to_qr_bytes(&self) -> Result<Vec<u8>, QrEncodeError> {
        let mut bits = QrPayloadBits::new_unchecked(vec![0u8; self.qr_bytes_len()]);
        self.emit_qr_bits(&mut bits)?;
        Ok(bits.into_inner())
    }

    /// The QR code text, `MT:` and base38.
    pub fn to_qr(&self) -> Result<String, QrEncodeError> {
        Ok(format!(
            "{}{}",
            qr::PREFIX,
            base38::encode(&self.to_qr_bytes()?)
        ))
    }

    /// The manual pairing code, digits only: 21 digits (with VID and PID)
    /// when the flow is not standard, else 11.
    pub fn to_manual(&self) -> Result<String, ManualEncodeError> {
        if self.version != 0 {
            return Err(ManualEncodeError::UnsupportedVersion(self.version));
        }
        if !self.discriminator.is_valid() {
            return Err(ManualEncodeError::DiscriminatorOutOfRange(
                self.discriminator,
            ));
        }
        let vid_pid = if self.flow == CommissioningFlow::Standard {
            None
        } else {
            match (self.vid, self.pid) {
                (Some(v), Some(p)) => Some((v, p)),
                _ => return Err(ManualEncodeError::ManualCodeNeedsVidPid),
            }
        };
        Ok(manual::emit(
            self.discriminator.short(),
            self.passcode.value(),
            vid_pid,
        ))
    }
}

#[cfg(test)]
mod tests;
