//! CoAP over UDP: a datagram through [`UdpEndpoint::on_datagram`], the
//! router's answer for a dispatched request ([`Router::dispatch`] with the
//! built-in public resources) and [`UdpEndpoint::complete`]; every reply
//! parses as CoAP and carries the request's Message ID and token (CON) or
//! token (NON); a retransmitted CON gets the very same reply.

use std::net::SocketAddr;
use std::time::Instant;

use coap_lite::{MessageType, Packet};
use threshold::coap::router::Router;
use threshold::coap::udp::{Incoming, UdpConfig, UdpEndpoint};

fn handle(
    ep: &mut UdpEndpoint,
    router: &Router,
    from: SocketAddr,
    data: &[u8],
    now: Instant,
) -> Option<Vec<u8>> {
    match ep.on_datagram(from, data, now) {
        Incoming::Reply(b) => Some(b),
        Incoming::Dispatch(p) => {
            let resp = super::ready(router.dispatch(p.request.clone()));
            Some(ep.complete(&p.reply_to, &resp))
        }
        _ => None,
    }
}

pub fn check(data: &[u8]) {
    let router = Router::new("threshold:00112233aabbccdd", &"cd".repeat(32));
    let mut ep = UdpEndpoint::new(UdpConfig::default(), 0x1234);
    let from: SocketAddr = "[fe80::1]:5683".parse().expect("address");
    let now = Instant::now();
    let first = handle(&mut ep, &router, from, data, now);
    if let Some(reply) = &first {
        let p = Packet::from_bytes(reply).expect("a reply parses as CoAP");
        let mid = u16::from_be_bytes([data[2], data[3]]);
        match p.header.get_type() {
            MessageType::Acknowledgement | MessageType::Reset => {
                assert_eq!(p.header.message_id, mid)
            }
            MessageType::NonConfirmable => {}
            MessageType::Confirmable => panic!("the server never sends a CON"),
        }
        if p.header.get_type() != MessageType::Reset {
            let req = Packet::from_bytes(data).expect("answered, so it parsed");
            assert_eq!(p.get_token(), req.get_token());
        }
    }
    // A CON retransmission: the same bytes back (or nothing for both).
    let confirmable = data.len() >= 4 && data[0] >> 6 == 1 && (data[0] >> 4) & 3 == 0;
    let second = handle(&mut ep, &router, from, data, now);
    if confirmable {
        assert_eq!(first, second);
    }
}
