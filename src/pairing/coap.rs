//! The pairing resources on the CoAP [`Router`]: each `/pair/*` request is
//! handed to one shared [`PairingService`] with the peer as the TLS
//! transport authenticated it, and its [`Reply`] becomes the CoAP
//! [`Response`] (Content-Format 60, Max-Age when set).

use std::sync::Arc;

use super::wire::{PATH_CONFIRM, PATH_PAKE, PATH_REDEEM, PATH_START};
use super::{CoreAccess, PairingService, PeerAuth, Reply};
use crate::coap::router::CONTENT_FORMAT_CBOR;
use crate::coap::router::{handler_fn, LinkAttrs, Peer, Request, Response, Router, RouterError};
use crate::refusal::Refusal;

pub use crate::coap::router::{code_pair, response_type};

/// The four pairing resources.
pub const PAIR_PATHS: [&str; 4] = [PATH_START, PATH_PAKE, PATH_CONFIRM, PATH_REDEEM];

/// The pairing identity of a CoAP peer: `None` for a peer the TLS
/// transport did not authenticate (UDP).
pub fn peer_auth(peer: &Peer) -> Option<PeerAuth> {
    match peer {
        Peer::Device {
            dac_fingerprint,
            vid,
            pid,
            exporter,
            dac,
            pai,
            ..
        } => Some(PeerAuth::Device {
            dac_fingerprint: dac_fingerprint.clone(),
            vid: *vid,
            pid: *pid,
            exporter: *exporter,
            chain: super::DeviceChain {
                dac: dac.clone(),
                pai: pai.clone(),
            },
        }),
        Peer::Operational { key, exporter, .. } => Some(PeerAuth::Operational {
            key: key.clone(),
            exporter: *exporter,
        }),
        Peer::Udp { .. } => None,
    }
}

/// The CoAP response for a pairing [`Reply`].
pub fn to_response(reply: Reply) -> Response {
    Response {
        code: response_type(reply.code),
        content_format: Some(CONTENT_FORMAT_CBOR),
        payload: reply.body,
        max_age: reply.max_age,
    }
}

/// Registers `/pair/start`, `/pair/pake`, `/pair/confirm` and
/// `/pair/redeem` (TLS only, never over UDP) on `router`, all answered by
/// `service`.
pub fn add_pairing_resources<C: CoreAccess>(
    router: &mut Router,
    service: Arc<PairingService<C>>,
) -> Result<(), RouterError> {
    for path in PAIR_PATHS {
        let service = service.clone();
        let handler = handler_fn(move |req: Request| {
            let service = service.clone();
            async move {
                match peer_auth(&req.peer) {
                    Some(peer) => {
                        let addr = Some(req.peer.addr().ip());
                        let reply = service
                            .handle_from(addr, &peer, &req.path, &req.payload)
                            .await;
                        to_response(reply)
                    }
                    None => Response::error(
                        Refusal::WrongPeerUnauthorized,
                        "pairing needs an authenticated TLS connection",
                    ),
                }
            }
        });
        router.add(
            path,
            false,
            LinkAttrs::new()
                .rt("threshold.pair")
                .ct(CONTENT_FORMAT_CBOR),
            handler,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use coap_lite::ResponseType;

    #[test]
    fn codes_round_trip() {
        for code in [
            (2, 1),
            (2, 4),
            (4, 0),
            (4, 1),
            (4, 3),
            (4, 4),
            (4, 9),
            (4, 13),
            (4, 29),
            (5, 0),
        ] {
            assert_eq!(code_pair(response_type(code)), code);
        }
        assert_eq!(response_type((4, 31)), ResponseType::InternalServerError);
        assert_eq!(response_type((9, 0)), ResponseType::InternalServerError);
    }
}
