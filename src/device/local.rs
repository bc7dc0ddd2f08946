//! [`LocalExchange`]: the device's [`Exchange`] answered by a
//! [`PairingService`] in the same process, without sockets (tests and
//! benchmarks).

use std::sync::Arc;

use ring::rand::{SecureRandom, SystemRandom};

use super::{Exchange, ExchangeError, OperationalIdentity, PostFuture};
use crate::core_driver::CoreHandle;
use crate::pairing::{
    dac_fingerprint, CoreAccess, DeviceChain, PairingService, PeerAuth, EXPORTER_LEN,
};

/// An in-process connection: every POST is [`PairingService::handle`] with
/// a fixed [`PeerAuth`], as the TLS transport would authenticate it.
///
/// Everything but the sockets and TLS is real: the same service, core,
/// store and crypto. The exporter is random per connection, as a TLS
/// exporter is.
pub struct LocalExchange<C: CoreAccess = CoreHandle> {
    service: Arc<PairingService<C>>,
    peer: PeerAuth,
}

impl<C: CoreAccess> std::fmt::Debug for LocalExchange<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalExchange")
            .field("peer", &self.peer.audit_name())
            .finish_non_exhaustive()
    }
}

/// A fresh random exporter, as a new TLS session would have.
pub fn random_exporter() -> Result<[u8; EXPORTER_LEN], ExchangeError> {
    let mut e = [0u8; EXPORTER_LEN];
    SystemRandom::new()
        .fill(&mut e)
        .map_err(|_| ExchangeError::Transport("random generator failed".into()))?;
    Ok(e)
}

impl<C: CoreAccess> LocalExchange<C> {
    /// A connection from exactly this peer.
    pub fn new(service: Arc<PairingService<C>>, peer: PeerAuth) -> LocalExchange<C> {
        LocalExchange { service, peer }
    }

    /// A pairing connection from a device whose attested DAC is `dac_der`
    /// (issued by `pai_der`) with `vid`/`pid`, with a fresh exporter.
    pub fn device(
        service: Arc<PairingService<C>>,
        dac_der: &[u8],
        pai_der: &[u8],
        vid: u16,
        pid: u16,
    ) -> Result<LocalExchange<C>, ExchangeError> {
        Ok(LocalExchange::new(
            service,
            PeerAuth::Device {
                dac_fingerprint: dac_fingerprint(dac_der),
                vid,
                pid,
                exporter: random_exporter()?,
                chain: DeviceChain {
                    dac: dac_der.to_vec(),
                    pai: pai_der.to_vec(),
                },
            },
        ))
    }

    /// A connection presenting an operational certificate, with a fresh
    /// exporter.
    pub fn operational(
        service: Arc<PairingService<C>>,
        identity: &OperationalIdentity,
    ) -> Result<LocalExchange<C>, ExchangeError> {
        Ok(LocalExchange::new(
            service,
            PeerAuth::Operational {
                key: identity.public_key.clone(),
                exporter: random_exporter()?,
            },
        ))
    }

    /// The peer this connection authenticates as.
    pub fn peer(&self) -> &PeerAuth {
        &self.peer
    }
}

impl<C: CoreAccess> Exchange for LocalExchange<C> {
    fn post(&mut self, path: &str, cbor: Vec<u8>) -> PostFuture<'_> {
        let path = path.to_owned();
        Box::pin(async move {
            let reply = self.service.handle(&self.peer, &path, &cbor).await;
            Ok((reply.code.0, reply.code.1, reply.body))
        })
    }

    fn exporter(&self) -> [u8; EXPORTER_LEN] {
        *self.peer.exporter()
    }
}
