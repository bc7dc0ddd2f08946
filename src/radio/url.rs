//! Radio URLs, written as the reference border router (ot-br-posix) writes
//! them:
//!
//! ```text
//! spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800&uart-flow-control
//! spinel+hdlc+forkpty:///path/to/ot-rcp?forkpty-arg=1
//! spinel+hdlc+forkpty://target/ot-sim/bin/ot-rcp?forkpty-arg=1   (relative path)
//! ```
//!
//! As in ot-br-posix, the path is everything between `://` and `?` (so two
//! slashes give a relative path, three an absolute one), and the query is
//! `&`-separated `key=value` or bare `key` parameters. No percent-decoding.
//! Known parameters are typed; unknown ones (ot-br-posix has many, e.g.
//! `region`, `bus-latency`) are kept in [`RadioUrl::other`] so the URL
//! round-trips, and the driver logs that it ignores them. [`RadioUrl`]'s
//! `Display` writes the canonical form back.

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;

/// The default UART speed when `uart-baudrate` is absent (ot-br-posix's).
pub const DEFAULT_BAUD: u32 = 115_200;

/// Baud rates the serial transport can set.
pub const SUPPORTED_BAUDS: [u32; 13] = [
    9600, 19_200, 38_400, 57_600, 115_200, 230_400, 460_800, 500_000, 576_000, 921_600, 1_000_000,
    2_000_000, 3_000_000,
];

/// Why a radio URL was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UrlError {
    /// No `://` after the scheme.
    #[error("radio URL {0:?} is not of the form spinel+hdlc+uart:///dev/tty... or spinel+hdlc+forkpty:///path/ot-rcp")]
    Malformed(String),
    /// A scheme other than `spinel+hdlc+uart` / `spinel+hdlc+forkpty`.
    #[error("unsupported radio URL scheme {0:?}: use spinel+hdlc+uart or spinel+hdlc+forkpty")]
    Scheme(String),
    /// An empty device or program path.
    #[error("radio URL has an empty path")]
    EmptyPath,
    /// `uart-baudrate` is not a number or not supported.
    #[error("uart-baudrate {0:?} is not one of {SUPPORTED_BAUDS:?}")]
    Baud(String),
    /// A known parameter given a value it does not take, or without a value it needs.
    #[error("radio URL parameter {0:?} is malformed")]
    Param(String),
    /// A parameter that does not apply to this transport.
    #[error("radio URL parameter {param:?} does not apply to {scheme}")]
    WrongTransport {
        /// The parameter.
        param: String,
        /// The URL's scheme.
        scheme: &'static str,
    },
}

/// Where the RCP is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RadioTarget {
    /// A serial device (USB CDC-ACM dongle, on-board UART).
    Uart {
        /// The device node, e.g. `/dev/ttyACM0`.
        device: PathBuf,
        /// Line speed (8N1).
        baud: u32,
        /// RTS/CTS hardware flow control.
        flow_control: bool,
    },
    /// A program (the simulated `ot-rcp`) run on a pseudo-terminal.
    Forkpty {
        /// The program.
        program: PathBuf,
        /// Its arguments, in URL order.
        args: Vec<String>,
    },
}

/// A parsed radio URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RadioUrl {
    /// The transport and its settings.
    pub target: RadioTarget,
    /// Parameters this driver does not use, in order (`key`, optional value).
    pub other: Vec<(String, Option<String>)>,
}

const UART: &str = "spinel+hdlc+uart";
const FORKPTY: &str = "spinel+hdlc+forkpty";

impl FromStr for RadioUrl {
    type Err = UrlError;

    fn from_str(s: &str) -> Result<Self, UrlError> {
        let (scheme, rest) = s
            .split_once("://")
            .ok_or_else(|| UrlError::Malformed(s.to_owned()))?;
        let (path, query) = match rest.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (rest, None),
        };
        if path.is_empty() {
            return Err(UrlError::EmptyPath);
        }
        let params: Vec<(&str, Option<&str>)> = query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (p, None),
            })
            .collect();
        let mut other = Vec::new();
        let target = match scheme {
            UART => {
                let mut baud = DEFAULT_BAUD;
                let mut flow_control = false;
                for (k, v) in params {
                    match (k, v) {
                        ("uart-baudrate", Some(v)) => {
                            baud = v
                                .parse()
                                .ok()
                                .filter(|b| SUPPORTED_BAUDS.contains(b))
                                .ok_or_else(|| UrlError::Baud(v.to_owned()))?;
                        }
                        ("uart-flow-control", None) => flow_control = true,
                        ("uart-baudrate" | "uart-flow-control", _) => {
                            return Err(UrlError::Param(k.to_owned()))
                        }
                        ("forkpty-arg", _) => {
                            return Err(UrlError::WrongTransport {
                                param: k.to_owned(),
                                scheme: UART,
                            })
                        }
                        _ => other.push((k.to_owned(), v.map(str::to_owned))),
                    }
                }
                RadioTarget::Uart {
                    device: PathBuf::from(path),
                    baud,
                    flow_control,
                }
            }
            FORKPTY => {
                let mut args = Vec::new();
                for (k, v) in params {
                    match (k, v) {
                        ("forkpty-arg", Some(v)) => args.push(v.to_owned()),
                        ("forkpty-arg", None) => return Err(UrlError::Param(k.to_owned())),
                        ("uart-baudrate" | "uart-flow-control", _) => {
                            return Err(UrlError::WrongTransport {
                                param: k.to_owned(),
                                scheme: FORKPTY,
                            })
                        }
                        _ => other.push((k.to_owned(), v.map(str::to_owned))),
                    }
                }
                RadioTarget::Forkpty {
                    program: PathBuf::from(path),
                    args,
                }
            }
            other => return Err(UrlError::Scheme(other.to_owned())),
        };
        Ok(RadioUrl { target, other })
    }
}

impl fmt::Display for RadioUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut params: Vec<String> = Vec::new();
        match &self.target {
            RadioTarget::Uart {
                device,
                baud,
                flow_control,
            } => {
                write!(f, "{UART}://{}", device.display())?;
                params.push(format!("uart-baudrate={baud}"));
                if *flow_control {
                    params.push("uart-flow-control".into());
                }
            }
            RadioTarget::Forkpty { program, args } => {
                write!(f, "{FORKPTY}://{}", program.display())?;
                params.extend(args.iter().map(|a| format!("forkpty-arg={a}")));
            }
        }
        params.extend(self.other.iter().map(|(k, v)| match v {
            Some(v) => format!("{k}={v}"),
            None => k.clone(),
        }));
        if !params.is_empty() {
            write!(f, "?{}", params.join("&"))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uart_url_as_otbr_writes_it() {
        let u: RadioUrl = "spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800&uart-flow-control"
            .parse()
            .unwrap();
        assert_eq!(
            u.target,
            RadioTarget::Uart {
                device: "/dev/ttyACM0".into(),
                baud: 460_800,
                flow_control: true
            }
        );
        assert_eq!(
            u.to_string(),
            "spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800&uart-flow-control"
        );
        let u: RadioUrl = "spinel+hdlc+uart:///dev/ttyUSB0".parse().unwrap();
        assert_eq!(
            u.target,
            RadioTarget::Uart {
                device: "/dev/ttyUSB0".into(),
                baud: DEFAULT_BAUD,
                flow_control: false
            }
        );
    }

    #[test]
    fn forkpty_args_keep_order_and_relative_paths() {
        let u: RadioUrl =
            "spinel+hdlc+forkpty:///opt/ot-rcp?forkpty-arg=-v&forkpty-arg=1&region=US"
                .parse()
                .unwrap();
        assert_eq!(
            u.target,
            RadioTarget::Forkpty {
                program: "/opt/ot-rcp".into(),
                args: vec!["-v".into(), "1".into()]
            }
        );
        assert_eq!(u.other, vec![("region".to_owned(), Some("US".to_owned()))]);
        assert_eq!(
            u.to_string(),
            "spinel+hdlc+forkpty:///opt/ot-rcp?forkpty-arg=-v&forkpty-arg=1&region=US"
        );
        let u: RadioUrl = "spinel+hdlc+forkpty://target/ot-sim/bin/ot-rcp?forkpty-arg=1"
            .parse()
            .unwrap();
        assert!(
            matches!(u.target, RadioTarget::Forkpty { ref program, .. } if program.is_relative())
        );
        assert_eq!(
            u.to_string(),
            "spinel+hdlc+forkpty://target/ot-sim/bin/ot-rcp?forkpty-arg=1"
        );
    }

    #[test]
    fn bad_urls_have_clear_errors() {
        let e = |s: &str| s.parse::<RadioUrl>().unwrap_err();
        assert_eq!(
            e("/dev/ttyACM0"),
            UrlError::Malformed("/dev/ttyACM0".into())
        );
        assert_eq!(
            e("spinel+spi:///dev/spidev0.0"),
            UrlError::Scheme("spinel+spi".into())
        );
        assert_eq!(
            e("spinel+hdlc+uart://?uart-baudrate=9600"),
            UrlError::EmptyPath
        );
        assert_eq!(
            e("spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=12345"),
            UrlError::Baud("12345".into())
        );
        assert_eq!(
            e("spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=fast"),
            UrlError::Baud("fast".into())
        );
        assert_eq!(
            e("spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate"),
            UrlError::Param("uart-baudrate".into())
        );
        assert_eq!(
            e("spinel+hdlc+forkpty:///x?forkpty-arg"),
            UrlError::Param("forkpty-arg".into())
        );
        assert_eq!(
            e("spinel+hdlc+forkpty:///x?uart-baudrate=9600"),
            UrlError::WrongTransport {
                param: "uart-baudrate".into(),
                scheme: FORKPTY
            }
        );
        assert!(e("spinel+spi:///dev/spidev0.0")
            .to_string()
            .contains("spinel+hdlc+uart"));
    }
}
