//! RCP probe and firmware check against OpenThread's simulated RCP. The
//! refusal cases wrap the REAL ot-rcp link in a fault injector that rewrites
//! one reply (STYLE.md #11), they do not fake an RCP.

mod common;
use common::{netns, otsim};

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use netns::NetNs;
use threshold::radio::hdlc::{self, Decoder};
use threshold::radio::rcp::{self, RcpError, FIRMWARE_NEEDED};
use threshold::radio::spinel::{Cap, Frame, PropId, PropValue};
use threshold::radio::transport::{self, FdStream};
use threshold::radio::{self, connect, Options, RadioError};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

const WAIT: Duration = Duration::from_secs(10);

/// Reads the real transport, decodes its frames and re-encodes each one
/// after `rewrite` (frames it does not touch pass unchanged).
struct Rewriter {
    inner: FdStream,
    decoder: Decoder,
    out: Vec<u8>,
    rewrite: fn(&mut Frame),
}

impl AsyncRead for Rewriter {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        while this.out.is_empty() {
            let mut tmp = [0u8; 1024];
            let mut rb = ReadBuf::new(&mut tmp);
            match Pin::new(&mut this.inner).poll_read(cx, &mut rb) {
                Poll::Ready(Ok(())) if rb.filled().is_empty() => return Poll::Ready(Ok(())),
                Poll::Ready(Ok(())) => {
                    let mut input = rb.filled();
                    while let Ok(Some(raw)) = this.decoder.decode(&mut input) {
                        let mut frame = Frame::parse(&raw).expect("ot-rcp sends valid spinel");
                        (this.rewrite)(&mut frame);
                        hdlc::encode(&frame.to_bytes().unwrap(), &mut this.out);
                    }
                }
                other => return other,
            }
        }
        let n = this.out.len().min(buf.remaining());
        buf.put_slice(&this.out[..n]);
        this.out.drain(..n);
        Poll::Ready(Ok(()))
    }
}

impl AsyncWrite for Rewriter {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

async fn probe_rewritten(rewrite: fn(&mut Frame)) -> Result<rcp::RcpInfo, RadioError> {
    let ns = NetNs::new("radio");
    let opened = transport::open(&otsim::rcp_url(ns.name(), 1))
        .await
        .unwrap();
    let wrapped = Rewriter {
        inner: opened.stream,
        decoder: Decoder::default(),
        out: Vec::new(),
        rewrite,
    };
    let (conn, handle) = connect(wrapped, opened.child, Options::default());
    tokio::spawn(conn.run());
    let r = tokio::time::timeout(WAIT, rcp::probe_and_check(&handle))
        .await
        .expect("in time");
    handle.shutdown().await;
    r
}

#[tokio::test]
async fn the_simulated_rcp_is_probed_and_accepted() {
    let ns = NetNs::new("radio");
    let (conn, handle) = radio::open(&otsim::rcp_url(ns.name(), 7)).await.unwrap();
    tokio::spawn(conn.run());
    let info = tokio::time::timeout(WAIT, rcp::probe_and_check(&handle))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(info.protocol, (4, 3));
    assert!(info.ncp_version.starts_with("OPENTHREAD/"), "{info}");
    assert_eq!(info.interface_type, 3);
    assert!(info.caps.contains(&Cap::CONFIG_RADIO));
    assert_eq!(info.rcp_api_version, Some(11));
    // The simulation derives the EUI-64 from the node id.
    assert_eq!(info.eui64, [0x18, 0xB4, 0x30, 0, 0, 0, 0, 7]);
    handle.shutdown().await;
}

#[tokio::test]
async fn an_rcp_reporting_an_unsupported_version_is_refused() {
    let r = probe_rewritten(|f| {
        if f.prop == Some(PropId::ProtocolVersion) {
            f.payload = PropValue::ProtocolVersion { major: 5, minor: 0 }
                .to_bytes()
                .unwrap();
        }
    })
    .await;
    let Err(RadioError::Unsupported(e)) = r else {
        panic!("{r:?}")
    };
    assert!(
        matches!(
            e,
            RcpError::ProtocolVersion {
                major: 5,
                minor: 0,
                ..
            }
        ),
        "{e:?}"
    );
    let text = e.to_string();
    assert!(
        text.contains("it speaks Spinel protocol 5.0, this hub needs 4.3"),
        "{text}"
    );
    assert!(
        text.contains("OPENTHREAD/"),
        "names the firmware it found: {text}"
    );
    assert!(text.ends_with(FIRMWARE_NEEDED), "{text}");
}

#[tokio::test]
async fn an_ncp_is_refused_as_not_an_rcp() {
    let r = probe_rewritten(|f| {
        if f.prop == Some(PropId::Caps) {
            f.payload = PropValue::Caps(vec![Cap(5), Cap::CONFIG_FTD])
                .to_bytes()
                .unwrap();
        }
    })
    .await;
    let Err(RadioError::Unsupported(e)) = r else {
        panic!("{r:?}")
    };
    assert!(matches!(e, RcpError::NotRcp { ncp: true, .. }), "{e:?}");
    assert!(e.to_string().contains("not a radio co-processor"), "{e}");
}

#[tokio::test]
async fn an_rcp_with_an_old_api_is_refused() {
    let r = probe_rewritten(|f| {
        if f.prop == Some(PropId::RcpApiVersion) {
            f.payload = PropValue::RcpApiVersion(3).to_bytes().unwrap();
        }
    })
    .await;
    assert!(
        matches!(
            r,
            Err(RadioError::Unsupported(RcpError::RcpApiTooOld {
                found: 3,
                ..
            }))
        ),
        "{r:?}"
    );
}
