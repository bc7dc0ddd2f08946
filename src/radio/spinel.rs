//! Spinel frames (the host <-> RCP protocol carried inside HDLC-lite), no I/O.
//!
//! ```text
//!  byte 0: header            | packed uint | packed uint (PROP_* commands) | ...
//! +---+---+-------+---------+-------------+-------------------------------+---------+
//! | 1 | 0 |  IID  |   TID   |   command   |          property id          | payload |
//! +---+---+-------+---------+-------------+-------------------------------+---------+
//!  bit 7 6  5   4   3 ... 0
//! ```
//!
//! * Header: flag bits `10`, interface id (IID, 0..=3), transaction id (TID,
//!   0..=15; 0 marks an unsolicited frame, 1..=15 pair a request with its
//!   response).
//! * Packed unsigned integers: 7 bits per byte, least significant group first,
//!   bit 7 set on every byte but the last; at most 3 bytes (21 bits), which is
//!   every command and property id Spinel defines.
//! * Commands `PROP_VALUE_GET` ... `PROP_VALUE_REMOVED` (2..=8) carry a
//!   property id, then the value; other commands carry their payload directly.
//!
//! Two layers, as smoltcp does it:
//!
//! * [`Packet`] is a checked view over bytes: once [`Packet::new_checked`]
//!   passed, no accessor panics.
//! * [`Repr`] (borrowed) and [`Frame`] (owned) are the parsed forms, with
//!   `parse`, `emit` and `buffer_len`. [`PropValue`] types the values of the
//!   properties the driver uses.
//!
//! Unknown commands, properties, statuses and capabilities are kept as
//! `Other(n)` / plain numbers and round-trip unchanged; they are never an
//! error.

use std::fmt;

/// Why bytes are not a valid Spinel frame or property value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SpinelError {
    /// The frame has no header byte.
    #[error("empty spinel frame")]
    Empty,
    /// The header's flag bits are not `10`.
    #[error("spinel header {0:#04x} lacks the 0b10 flag bits")]
    BadHeader(u8),
    /// A packed integer runs past the end of the data.
    #[error("truncated packed integer in spinel {0}")]
    TruncatedInt(&'static str),
    /// A packed integer has more than 3 bytes.
    #[error("packed integer in spinel {0} longer than 3 bytes")]
    IntTooLong(&'static str),
    /// A property command without its property id.
    #[error("spinel property command without a property id")]
    MissingProp,
    /// A property value is shorter than its format requires.
    #[error("spinel value of {prop} truncated: need {need} bytes, have {have}")]
    Truncated {
        /// The property.
        prop: PropId,
        /// Bytes the format needs.
        need: usize,
        /// Bytes present.
        have: usize,
    },
    /// A UTF-8 string property holds invalid UTF-8.
    #[error("spinel string value of {0} is not UTF-8")]
    BadUtf8(PropId),
    /// The value does not belong to this property (caller mistake on emit).
    #[error("value does not belong to property {0}")]
    WrongProp(PropId),
    /// A field is out of range for the encoding (caller mistake on emit).
    #[error("spinel {0} out of range")]
    OutOfRange(&'static str),
}

/// Largest value a 3-byte packed uint carries.
pub const PACKED_MAX: u32 = (1 << 21) - 1;

/// Decodes a packed uint from the front of `data`: (value, bytes used).
pub fn read_packed(data: &[u8], what: &'static str) -> Result<(u32, usize), SpinelError> {
    let mut value = 0u32;
    for i in 0..3 {
        let b = *data.get(i).ok_or(SpinelError::TruncatedInt(what))?;
        value |= u32::from(b & 0x7F) << (7 * i);
        if b & 0x80 == 0 {
            return Ok((value, i + 1));
        }
    }
    Err(SpinelError::IntTooLong(what))
}

/// Bytes [`write_packed`] uses for `value` (1..=3 for values up to [`PACKED_MAX`]).
pub fn packed_len(value: u32) -> usize {
    match value {
        0..=0x7F => 1,
        0x80..=0x3FFF => 2,
        0x4000..=0x1F_FFFF => 3,
        0x20_0000..=0x0FFF_FFFF => 4,
        _ => 5,
    }
}

/// Appends `value` as a packed uint.
pub fn write_packed(mut value: u32, out: &mut Vec<u8>) {
    loop {
        let low = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

macro_rules! open_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $n:expr,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vm])* $v,)*
            /// A value this driver has no name for (kept, never rejected).
            Other(u32),
        }
        impl From<u32> for $name {
            fn from(n: u32) -> Self {
                match n {
                    $($n => $name::$v,)*
                    other => $name::Other(other),
                }
            }
        }
        impl From<$name> for u32 {
            fn from(v: $name) -> u32 {
                match v {
                    $($name::$v => $n,)*
                    $name::Other(n) => n,
                }
            }
        }
    };
}

open_enum! {
    /// A Spinel command id.
    Command {
        /// No operation (keep-alive).
        Noop = 0,
        /// Reset the RCP (optional reset-type byte payload).
        Reset = 1,
        /// Get a property value.
        PropValueGet = 2,
        /// Set a property value.
        PropValueSet = 3,
        /// Insert a value into a list property.
        PropValueInsert = 4,
        /// Remove a value from a list property.
        PropValueRemove = 5,
        /// A property's value (response or unsolicited update).
        PropValueIs = 6,
        /// A value was inserted into a list property.
        PropValueInserted = 7,
        /// A value was removed from a list property.
        PropValueRemoved = 8,
    }
}

impl Command {
    /// Whether the command carries a property id after the command id.
    pub fn has_prop(self) -> bool {
        (2..=8).contains(&u32::from(self))
    }
}

open_enum! {
    /// A Spinel property id (only the ones the driver names; the rest are
    /// `Other(n)`).
    PropId {
        /// `LAST_STATUS` (`i`): status of the last command, or a reset reason.
        LastStatus = 0,
        /// `PROTOCOL_VERSION` (`ii`): spinel major, minor.
        ProtocolVersion = 1,
        /// `NCP_VERSION` (`U`): firmware version string.
        NcpVersion = 2,
        /// `INTERFACE_TYPE` (`i`): 3 = Thread.
        InterfaceType = 3,
        /// `VENDOR_ID` (`i`).
        VendorId = 4,
        /// `CAPS` (`A(i)`): capability list.
        Caps = 5,
        /// `HWADDR` (`E`): the radio's EUI-64.
        HwAddr = 8,
        /// `PHY_ENABLED` (`b`).
        PhyEnabled = 0x20,
        /// `PHY_CHAN` (`C`).
        PhyChan = 0x21,
        /// `MAC_15_4_PANID` (`S`).
        MacPanId = 0x36,
        /// `STREAM_DEBUG` (`U`): debug output of the RCP.
        StreamDebug = 0x70,
        /// `STREAM_RAW` (`dD`): 802.15.4 frames with metadata.
        StreamRaw = 0x71,
        /// `STREAM_LOG` (`U`+metadata): log output of the RCP.
        StreamLog = 0x74,
        /// `RCP_API_VERSION` (`i`).
        RcpApiVersion = 0xB0,
        /// `RCP_MIN_HOST_API_VERSION` (`i`).
        RcpMinHostApiVersion = 0xB1,
    }
}

impl fmt::Display for PropId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PropId::Other(n) => write!(f, "PROP_{n:#x}"),
            named => write!(f, "{named:?}"),
        }
    }
}

impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::Other(n) => write!(f, "CMD_{n}"),
            named => write!(f, "{named:?}"),
        }
    }
}

/// First LAST_STATUS value that reports a reset (`STATUS_RESET_POWER_ON`).
pub const STATUS_RESET_BEGIN: u32 = 112;
/// One past the last reset status.
pub const STATUS_RESET_END: u32 = 128;

/// A `LAST_STATUS` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// `STATUS_OK`.
    Ok,
    /// `STATUS_FAILURE`.
    Failure,
    /// `STATUS_UNIMPLEMENTED`.
    Unimplemented,
    /// `STATUS_INVALID_ARGUMENT`.
    InvalidArgument,
    /// `STATUS_INVALID_STATE`.
    InvalidState,
    /// `STATUS_INVALID_COMMAND`.
    InvalidCommand,
    /// `STATUS_PROP_NOT_FOUND`.
    PropNotFound,
    /// `STATUS_RESET_*`: the RCP has (re)started; the number is the reason
    /// offset from [`STATUS_RESET_BEGIN`] (0 power-on, 1 external,
    /// 2 software, 3 fault, 4 crash, 5 assert, 6 other, 7 unknown,
    /// 8 watchdog).
    Reset(u8),
    /// Any other status code (kept).
    Other(u32),
}

impl From<u32> for Status {
    fn from(n: u32) -> Self {
        match n {
            0 => Status::Ok,
            1 => Status::Failure,
            2 => Status::Unimplemented,
            3 => Status::InvalidArgument,
            4 => Status::InvalidState,
            5 => Status::InvalidCommand,
            13 => Status::PropNotFound,
            // The range check makes the cast lossless.
            STATUS_RESET_BEGIN..STATUS_RESET_END => Status::Reset((n - STATUS_RESET_BEGIN) as u8),
            other => Status::Other(other),
        }
    }
}

impl From<Status> for u32 {
    fn from(s: Status) -> u32 {
        match s {
            Status::Ok => 0,
            Status::Failure => 1,
            Status::Unimplemented => 2,
            Status::InvalidArgument => 3,
            Status::InvalidState => 4,
            Status::InvalidCommand => 5,
            Status::PropNotFound => 13,
            Status::Reset(r) => STATUS_RESET_BEGIN + u32::from(r),
            Status::Other(n) => n,
        }
    }
}

/// A Spinel capability (`CAPS` list entry); open: any number is valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cap(pub u32);

impl Cap {
    /// `CAP_CONFIG_FTD`: the firmware is a full Thread NCP.
    pub const CONFIG_FTD: Cap = Cap(32);
    /// `CAP_CONFIG_MTD`: the firmware is a minimal Thread NCP.
    pub const CONFIG_MTD: Cap = Cap(33);
    /// `CAP_CONFIG_RADIO`: the firmware is a radio co-processor (RCP).
    pub const CONFIG_RADIO: Cap = Cap(34);
    /// `CAP_RCP_API_VERSION`: the RCP reports `RCP_API_VERSION`.
    pub const RCP_API_VERSION: Cap = Cap(64);
    /// `CAP_RCP_MIN_HOST_API_VERSION`.
    pub const RCP_MIN_HOST_API_VERSION: Cap = Cap(65);
}

/// The header byte: flag bits `10`, IID, TID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Header {
    iid: u8,
    tid: u8,
}

impl Header {
    /// The header flag bits.
    pub const FLAG: u8 = 0x80;

    /// A header for interface `iid` (0..=3) and transaction `tid` (0..=15).
    pub fn new(iid: u8, tid: u8) -> Result<Self, SpinelError> {
        if iid > 3 {
            return Err(SpinelError::OutOfRange("IID"));
        }
        if tid > 15 {
            return Err(SpinelError::OutOfRange("TID"));
        }
        Ok(Header { iid, tid })
    }

    /// Parses a header byte (flag bits must be `10`).
    pub fn from_byte(b: u8) -> Result<Self, SpinelError> {
        if b & 0xC0 != Self::FLAG {
            return Err(SpinelError::BadHeader(b));
        }
        Ok(Header {
            iid: (b >> 4) & 0x3,
            tid: b & 0x0F,
        })
    }

    /// The encoded byte.
    pub fn to_byte(self) -> u8 {
        Self::FLAG | (self.iid << 4) | self.tid
    }

    /// Interface id (0..=3).
    pub fn iid(self) -> u8 {
        self.iid
    }

    /// Transaction id (0 = unsolicited, 1..=15 = request/response).
    pub fn tid(self) -> u8 {
        self.tid
    }
}

mod field {
    pub const HEADER: usize = 0;
    pub const COMMAND: usize = 1;
}

/// A checked view over the bytes of one Spinel frame (HDLC already removed).
#[derive(Debug, Clone, Copy)]
pub struct Packet<T: AsRef<[u8]>> {
    buffer: T,
    header: Header,
    command: Command,
    /// Offset of the property id (PROP commands) or the payload.
    body: usize,
}

impl<T: AsRef<[u8]>> Packet<T> {
    /// Checks the header byte and the command id; after that no accessor
    /// panics.
    pub fn new_checked(buffer: T) -> Result<Self, SpinelError> {
        let data = buffer.as_ref();
        let header = Header::from_byte(*data.get(field::HEADER).ok_or(SpinelError::Empty)?)?;
        let rest = data.get(field::COMMAND..).unwrap_or_default();
        let (cmd, used) = read_packed(rest, "command")?;
        Ok(Packet {
            header,
            command: Command::from(cmd),
            body: field::COMMAND + used,
            buffer,
        })
    }

    /// The header.
    pub fn header(&self) -> Header {
        self.header
    }

    /// The transaction id.
    pub fn tid(&self) -> u8 {
        self.header.tid
    }

    /// The command.
    pub fn command(&self) -> Command {
        self.command
    }

    /// Bytes after the command id (property id and value for PROP commands).
    pub fn body(&self) -> &[u8] {
        self.buffer.as_ref().get(self.body..).unwrap_or_default()
    }

    /// The property id and value of a PROP command; `Ok(None)` for other
    /// commands.
    pub fn prop(&self) -> Result<Option<(PropId, &[u8])>, SpinelError> {
        Ok(self
            .prop_at()?
            .map(|(p, at)| (p, self.buffer.as_ref().get(at..).unwrap_or_default())))
    }

    /// The property id and the offset of its value.
    fn prop_at(&self) -> Result<Option<(PropId, usize)>, SpinelError> {
        if !self.command.has_prop() {
            return Ok(None);
        }
        let body = self.body();
        if body.is_empty() {
            return Err(SpinelError::MissingProp);
        }
        let (p, used) = read_packed(body, "property id")?;
        Ok(Some((PropId::from(p), self.body + used)))
    }

    /// The underlying buffer.
    pub fn into_inner(self) -> T {
        self.buffer
    }
}

/// A parsed Spinel frame borrowing its payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repr<'a> {
    /// IID and TID.
    pub header: Header,
    /// The command.
    pub command: Command,
    /// The property (PROP commands only).
    pub prop: Option<PropId>,
    /// The value (PROP commands) or the command's payload.
    pub payload: &'a [u8],
}

impl<'a> Repr<'a> {
    /// Parses a checked packet.
    pub fn parse(packet: &Packet<&'a [u8]>) -> Result<Self, SpinelError> {
        let bytes: &'a [u8] = packet.buffer;
        let (prop, at) = match packet.prop_at()? {
            Some((p, at)) => (Some(p), at),
            None => (None, packet.body),
        };
        Ok(Repr {
            header: packet.header(),
            command: packet.command(),
            prop,
            payload: bytes.get(at..).unwrap_or_default(),
        })
    }

    /// Parses raw frame bytes.
    pub fn parse_bytes(bytes: &'a [u8]) -> Result<Self, SpinelError> {
        Repr::parse(&Packet::new_checked(bytes)?)
    }

    /// Bytes [`Repr::emit`] writes.
    pub fn buffer_len(&self) -> usize {
        1 + packed_len(self.command.into())
            + self.prop.map_or(0, |p| packed_len(p.into()))
            + self.payload.len()
    }

    /// Appends the frame's bytes to `out`. A PROP command needs a property
    /// and ids must fit 21 bits.
    pub fn emit(&self, out: &mut Vec<u8>) -> Result<(), SpinelError> {
        let cmd = u32::from(self.command);
        if cmd > PACKED_MAX {
            return Err(SpinelError::OutOfRange("command id"));
        }
        match (self.command.has_prop(), self.prop) {
            (true, None) => return Err(SpinelError::MissingProp),
            (false, Some(p)) => return Err(SpinelError::WrongProp(p)),
            _ => {}
        }
        if self.prop.is_some_and(|p| u32::from(p) > PACKED_MAX) {
            return Err(SpinelError::OutOfRange("property id"));
        }
        out.reserve(self.buffer_len());
        out.push(self.header.to_byte());
        write_packed(cmd, out);
        if let Some(p) = self.prop {
            write_packed(p.into(), out);
        }
        out.extend_from_slice(self.payload);
        Ok(())
    }
}

/// An owned Spinel frame (what the driver hands to callers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// IID and TID.
    pub header: Header,
    /// The command.
    pub command: Command,
    /// The property (PROP commands only).
    pub prop: Option<PropId>,
    /// The value (PROP commands) or the command's payload.
    pub payload: Vec<u8>,
}

impl Frame {
    /// Parses raw frame bytes.
    pub fn parse(bytes: &[u8]) -> Result<Self, SpinelError> {
        let r = Repr::parse_bytes(bytes)?;
        Ok(Frame {
            header: r.header,
            command: r.command,
            prop: r.prop,
            payload: r.payload.to_vec(),
        })
    }

    /// The borrowed form.
    pub fn repr(&self) -> Repr<'_> {
        Repr {
            header: self.header,
            command: self.command,
            prop: self.prop,
            payload: &self.payload,
        }
    }

    /// Bytes [`Frame::emit`] writes.
    pub fn buffer_len(&self) -> usize {
        self.repr().buffer_len()
    }

    /// Appends the frame's bytes to `out`.
    pub fn emit(&self, out: &mut Vec<u8>) -> Result<(), SpinelError> {
        self.repr().emit(out)
    }

    /// The frame's bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, SpinelError> {
        let mut v = Vec::with_capacity(self.buffer_len());
        self.emit(&mut v)?;
        Ok(v)
    }

    /// The typed property value (`Ok(None)` when the command has no property).
    pub fn value(&self) -> Result<Option<PropValue>, SpinelError> {
        match self.prop {
            Some(p) => PropValue::parse(p, &self.payload).map(Some),
            None => Ok(None),
        }
    }
}

/// A typed property value (formats as spinel.h names them).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PropValue {
    /// `LAST_STATUS`.
    LastStatus(Status),
    /// `PROTOCOL_VERSION`.
    ProtocolVersion {
        /// Major version (4 for today's Thread RCPs).
        major: u32,
        /// Minor version.
        minor: u32,
    },
    /// `NCP_VERSION`.
    NcpVersion(String),
    /// `INTERFACE_TYPE` (3 = Thread).
    InterfaceType(u32),
    /// `VENDOR_ID`.
    VendorId(u32),
    /// `CAPS`.
    Caps(Vec<Cap>),
    /// `HWADDR`: EUI-64.
    HwAddr([u8; 8]),
    /// `PHY_ENABLED`.
    PhyEnabled(bool),
    /// `PHY_CHAN`.
    PhyChan(u8),
    /// `MAC_15_4_PANID`.
    MacPanId(u16),
    /// `STREAM_RAW`: an 802.15.4 frame (PSDU) and its metadata bytes (kept raw).
    StreamRaw {
        /// The frame.
        frame: Vec<u8>,
        /// Metadata (RSSI, noise floor, flags, ...), unparsed.
        metadata: Vec<u8>,
    },
    /// `STREAM_DEBUG` / `STREAM_LOG`: text (invalid UTF-8 replaced) + trailing bytes.
    Log {
        /// The property (debug or log stream).
        prop: PropId,
        /// The text.
        text: String,
    },
    /// `RCP_API_VERSION`.
    RcpApiVersion(u32),
    /// `RCP_MIN_HOST_API_VERSION`.
    RcpMinHostApiVersion(u32),
    /// Any other property: its raw bytes.
    Other {
        /// The property.
        prop: PropId,
        /// The raw value.
        bytes: Vec<u8>,
    },
}

fn need(prop: PropId, data: &[u8], n: usize) -> Result<(), SpinelError> {
    if data.len() < n {
        return Err(SpinelError::Truncated {
            prop,
            need: n,
            have: data.len(),
        });
    }
    Ok(())
}

impl PropValue {
    /// Parses the value of `prop`. Trailing bytes after a fixed-format value
    /// are ignored (Spinel lets firmware append fields).
    pub fn parse(prop: PropId, data: &[u8]) -> Result<Self, SpinelError> {
        let int = |what| read_packed(data, what).map(|(v, _)| v);
        Ok(match prop {
            PropId::LastStatus => PropValue::LastStatus(Status::from(int("LAST_STATUS")?)),
            PropId::ProtocolVersion => {
                let (major, used) = read_packed(data, "PROTOCOL_VERSION")?;
                let (minor, _) =
                    read_packed(data.get(used..).unwrap_or_default(), "PROTOCOL_VERSION")?;
                PropValue::ProtocolVersion { major, minor }
            }
            PropId::NcpVersion => {
                let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
                let text = std::str::from_utf8(data.get(..end).unwrap_or_default())
                    .map_err(|_| SpinelError::BadUtf8(prop))?;
                PropValue::NcpVersion(text.to_owned())
            }
            PropId::InterfaceType => PropValue::InterfaceType(int("INTERFACE_TYPE")?),
            PropId::VendorId => PropValue::VendorId(int("VENDOR_ID")?),
            PropId::Caps => {
                let mut caps = Vec::new();
                let mut rest = data;
                while !rest.is_empty() {
                    let (c, used) = read_packed(rest, "CAPS")?;
                    caps.push(Cap(c));
                    rest = rest.get(used..).unwrap_or_default();
                }
                PropValue::Caps(caps)
            }
            PropId::HwAddr => {
                need(prop, data, 8)?;
                let mut eui = [0u8; 8];
                eui.copy_from_slice(data.get(..8).unwrap_or(&[0; 8]));
                PropValue::HwAddr(eui)
            }
            PropId::PhyEnabled => {
                need(prop, data, 1)?;
                PropValue::PhyEnabled(data.first().is_some_and(|&b| b != 0))
            }
            PropId::PhyChan => {
                need(prop, data, 1)?;
                PropValue::PhyChan(data.first().copied().unwrap_or_default())
            }
            PropId::MacPanId => {
                need(prop, data, 2)?;
                PropValue::MacPanId(u16::from_le_bytes([
                    data.first().copied().unwrap_or_default(),
                    data.get(1).copied().unwrap_or_default(),
                ]))
            }
            PropId::StreamRaw => {
                need(prop, data, 2)?;
                let len = usize::from(u16::from_le_bytes([
                    data.first().copied().unwrap_or_default(),
                    data.get(1).copied().unwrap_or_default(),
                ]));
                need(prop, data, 2 + len)?;
                PropValue::StreamRaw {
                    frame: data.get(2..2 + len).unwrap_or_default().to_vec(),
                    metadata: data.get(2 + len..).unwrap_or_default().to_vec(),
                }
            }
            PropId::StreamDebug | PropId::StreamLog => {
                let end = data.iter().position(|&b| b == 0).unwrap_or(data.len());
                PropValue::Log {
                    prop,
                    text: String::from_utf8_lossy(data.get(..end).unwrap_or_default()).into_owned(),
                }
            }
            PropId::RcpApiVersion => PropValue::RcpApiVersion(int("RCP_API_VERSION")?),
            PropId::RcpMinHostApiVersion => {
                PropValue::RcpMinHostApiVersion(int("RCP_MIN_HOST_API_VERSION")?)
            }
            PropId::Other(_) => PropValue::Other {
                prop,
                bytes: data.to_vec(),
            },
        })
    }

    /// The property this value belongs to.
    pub fn prop(&self) -> PropId {
        match self {
            PropValue::LastStatus(_) => PropId::LastStatus,
            PropValue::ProtocolVersion { .. } => PropId::ProtocolVersion,
            PropValue::NcpVersion(_) => PropId::NcpVersion,
            PropValue::InterfaceType(_) => PropId::InterfaceType,
            PropValue::VendorId(_) => PropId::VendorId,
            PropValue::Caps(_) => PropId::Caps,
            PropValue::HwAddr(_) => PropId::HwAddr,
            PropValue::PhyEnabled(_) => PropId::PhyEnabled,
            PropValue::PhyChan(_) => PropId::PhyChan,
            PropValue::MacPanId(_) => PropId::MacPanId,
            PropValue::StreamRaw { .. } => PropId::StreamRaw,
            PropValue::Log { prop, .. } | PropValue::Other { prop, .. } => *prop,
            PropValue::RcpApiVersion(_) => PropId::RcpApiVersion,
            PropValue::RcpMinHostApiVersion(_) => PropId::RcpMinHostApiVersion,
        }
    }

    /// Appends the value's bytes (the inverse of [`PropValue::parse`]).
    pub fn emit(&self, out: &mut Vec<u8>) -> Result<(), SpinelError> {
        match self {
            PropValue::LastStatus(s) => write_packed(u32::from(*s), out),
            PropValue::ProtocolVersion { major, minor } => {
                write_packed(*major, out);
                write_packed(*minor, out);
            }
            PropValue::NcpVersion(s) => {
                out.extend_from_slice(s.as_bytes());
                out.push(0);
            }
            PropValue::InterfaceType(v)
            | PropValue::VendorId(v)
            | PropValue::RcpApiVersion(v)
            | PropValue::RcpMinHostApiVersion(v) => write_packed(*v, out),
            PropValue::Caps(caps) => caps.iter().for_each(|c| write_packed(c.0, out)),
            PropValue::HwAddr(e) => out.extend_from_slice(e),
            PropValue::PhyEnabled(b) => out.push(u8::from(*b)),
            PropValue::PhyChan(c) => out.push(*c),
            PropValue::MacPanId(p) => out.extend_from_slice(&p.to_le_bytes()),
            PropValue::StreamRaw { frame, metadata } => {
                let len =
                    u16::try_from(frame.len()).map_err(|_| SpinelError::OutOfRange("frame"))?;
                out.extend_from_slice(&len.to_le_bytes());
                out.extend_from_slice(frame);
                out.extend_from_slice(metadata);
            }
            PropValue::Log { text, .. } => {
                out.extend_from_slice(text.as_bytes());
                out.push(0);
            }
            PropValue::Other { bytes, .. } => out.extend_from_slice(bytes),
        }
        Ok(())
    }

    /// The value's bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, SpinelError> {
        let mut v = Vec::new();
        self.emit(&mut v)?;
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_uint_examples_from_the_spec() {
        // Spinel spec §3.2 examples: 0 -> 00, 127 -> 7F, 128 -> 80 01,
        // 1337 -> B9 0A, 16383 -> FF 7F, 16384 -> 80 80 01, 2097151 -> FF FF 7F.
        for (v, bytes) in [
            (0u32, &[0x00u8][..]),
            (127, &[0x7F]),
            (128, &[0x80, 0x01]),
            (1337, &[0xB9, 0x0A]),
            (16383, &[0xFF, 0x7F]),
            (16384, &[0x80, 0x80, 0x01]),
            (PACKED_MAX, &[0xFF, 0xFF, 0x7F]),
        ] {
            let mut out = Vec::new();
            write_packed(v, &mut out);
            assert_eq!(out, bytes, "{v}");
            assert_eq!(packed_len(v), bytes.len());
            assert_eq!(read_packed(bytes, "t"), Ok((v, bytes.len())));
        }
        assert_eq!(
            read_packed(&[0x80, 0x80, 0x80, 0x01], "t"),
            Err(SpinelError::IntTooLong("t"))
        );
        assert_eq!(
            read_packed(&[0x80], "t"),
            Err(SpinelError::TruncatedInt("t"))
        );
    }

    #[test]
    fn header_bits() {
        let h = Header::from_byte(0x81).unwrap();
        assert_eq!((h.iid(), h.tid()), (0, 1));
        let h = Header::from_byte(0xBF).unwrap();
        assert_eq!((h.iid(), h.tid()), (3, 15));
        assert_eq!(Header::from_byte(0x01), Err(SpinelError::BadHeader(0x01)));
        assert_eq!(Header::from_byte(0xC1), Err(SpinelError::BadHeader(0xC1)));
        assert_eq!(Header::new(4, 0), Err(SpinelError::OutOfRange("IID")));
        assert_eq!(Header::new(0, 16), Err(SpinelError::OutOfRange("TID")));
        assert_eq!(Header::new(2, 7).unwrap().to_byte(), 0xA7);
    }

    #[test]
    fn unknown_command_and_property_round_trip() {
        // Vendor command 15360 (SPINEL_CMD_VENDOR__BEGIN), packed as 80 78.
        let bytes = [0x83, 0x80, 0x78, 0x06, 0xB9, 0x0A, 0xAA, 0xBB];
        let f = Frame::parse(&bytes).unwrap();
        assert_eq!(f.command, Command::Other(15360));
        assert_eq!(f.prop, None);
        assert_eq!(f.payload, [0x06, 0xB9, 0x0A, 0xAA, 0xBB]);
        assert_eq!(f.to_bytes().unwrap(), bytes);

        let bytes = [0x80, 0x06, 0xB9, 0x0A, 0x01, 0x02];
        let f = Frame::parse(&bytes).unwrap();
        assert_eq!(f.prop, Some(PropId::Other(1337)));
        assert_eq!(
            f.value().unwrap(),
            Some(PropValue::Other {
                prop: PropId::Other(1337),
                bytes: vec![1, 2]
            })
        );
        assert_eq!(f.to_bytes().unwrap(), bytes);
    }

    #[test]
    fn bad_frames_are_errors() {
        assert_eq!(Frame::parse(&[]), Err(SpinelError::Empty));
        assert_eq!(
            Frame::parse(&[0x40, 0x02]),
            Err(SpinelError::BadHeader(0x40))
        );
        assert_eq!(
            Frame::parse(&[0x81]),
            Err(SpinelError::TruncatedInt("command"))
        );
        assert_eq!(Frame::parse(&[0x81, 0x02]), Err(SpinelError::MissingProp));
        assert_eq!(
            Frame::parse(&[0x81, 0x02, 0xFF]),
            Err(SpinelError::TruncatedInt("property id"))
        );
        assert_eq!(
            PropValue::parse(PropId::HwAddr, &[1, 2, 3]),
            Err(SpinelError::Truncated {
                prop: PropId::HwAddr,
                need: 8,
                have: 3
            })
        );
        assert_eq!(
            PropValue::parse(PropId::StreamRaw, &[5, 0, 1]),
            Err(SpinelError::Truncated {
                prop: PropId::StreamRaw,
                need: 7,
                have: 3
            })
        );
        assert_eq!(
            PropValue::parse(PropId::NcpVersion, &[0xFF, 0xFE, 0]),
            Err(SpinelError::BadUtf8(PropId::NcpVersion))
        );
    }

    #[test]
    fn emit_refuses_inconsistent_reprs() {
        let h = Header::new(0, 1).unwrap();
        let mut out = Vec::new();
        let r = Repr {
            header: h,
            command: Command::PropValueGet,
            prop: None,
            payload: &[],
        };
        assert_eq!(r.emit(&mut out), Err(SpinelError::MissingProp));
        let r = Repr {
            header: h,
            command: Command::Reset,
            prop: Some(PropId::Caps),
            payload: &[],
        };
        assert_eq!(r.emit(&mut out), Err(SpinelError::WrongProp(PropId::Caps)));
        let r = Repr {
            header: h,
            command: Command::Other(PACKED_MAX + 1),
            prop: None,
            payload: &[],
        };
        assert_eq!(r.emit(&mut out), Err(SpinelError::OutOfRange("command id")));
        assert!(out.is_empty(), "nothing written on error");
    }

    #[test]
    fn status_mapping() {
        assert_eq!(Status::from(112), Status::Reset(0));
        assert_eq!(Status::from(114), Status::Reset(2));
        assert_eq!(Status::from(127), Status::Reset(15));
        assert_eq!(Status::from(128), Status::Other(128));
        for n in [0, 1, 5, 13, 112, 120, 200, 5000] {
            assert_eq!(u32::from(Status::from(n)), n);
        }
    }
}
