//! RFC 8323 frames: [`tcp_frame::decode`] on arbitrary bytes (every frame
//! that decodes survives emit -> decode unchanged, at the length it
//! declared), then the sans-IO [`TcpConn`] in both roles fed the same bytes
//! in two reads, answering every request; whatever it transmits must decode
//! as frames.

use coap_lite::ResponseType;
use threshold::coap::router::Response;
use threshold::coap::tcp_conn::{ConnConfig, ConnEvent, Role, TcpConn};
use threshold::coap::tcp_frame::{self, Frame, FrameView, DEFAULT_MAX_FRAME};

pub fn check(data: &[u8]) {
    // Every frame in the buffer, back to back.
    let mut rest = data;
    while let Ok(Some((frame, used))) = tcp_frame::decode(rest, DEFAULT_MAX_FRAME) {
        assert!(used > 0 && used <= rest.len());
        round_trip(&frame);
        rest = &rest[used..];
    }
    // A checked view never claims more than the buffer holds.
    if let Ok(Some(view)) = FrameView::new_checked(data, usize::MAX) {
        assert!(view.total_len() <= data.len());
        if let Ok(frame) = Frame::parse(&view) {
            round_trip(&frame);
        }
    }
    let _ = tcp_frame::parse_options(data);

    let (cut, _, _) = super::split(data);
    let cut = usize::from(cut).min(data.len());
    for role in [Role::Server, Role::Client] {
        let mut conn = TcpConn::new(role, ConnConfig::default());
        drain(&mut conn);
        conn.receive(&data[..cut]);
        drain(&mut conn);
        conn.receive(&data[cut..]);
        drain(&mut conn);
        conn.receive_eof();
        drain(&mut conn);
    }
}

fn round_trip(frame: &Frame) {
    let Ok(bytes) = frame.to_bytes() else {
        return;
    };
    assert_eq!(frame.encoded_len(), Ok(bytes.len()));
    let again = tcp_frame::decode(&bytes, usize::MAX).expect("an emitted frame decodes");
    assert_eq!(again, Some((frame.clone(), bytes.len())));
}

/// Answers requests, then checks everything queued for the wire decodes.
fn drain(conn: &mut TcpConn) {
    while let Some(ev) = conn.poll_event() {
        if let ConnEvent::Request(req) = ev {
            let mut resp = Response::cbor(ResponseType::Content, req.payload.clone());
            resp.max_age = Some(60);
            conn.respond(&req.token, &resp);
        }
    }
    while let Some(out) = conn.poll_transmit() {
        let mut rest = &out[..];
        while !rest.is_empty() {
            match tcp_frame::decode(rest, usize::MAX) {
                Ok(Some((_, used))) => rest = &rest[used..],
                other => panic!("transmitted bytes do not decode: {other:?}"),
            }
        }
    }
}
