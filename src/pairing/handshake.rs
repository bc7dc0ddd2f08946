//! Carries the TLS server's handshake refusals to the core, which audits
//! them and decides which count towards the pairing lock
//! ([`crate::commissioning::handshake`]).

use tokio::sync::mpsc;

use super::CoreAccess;
use crate::coap::tls::TlsEvent;

/// Hands every client refused at the TLS handshake to the core
/// ([`crate::commissioning::Commissioner::handshake_refused`]) until the
/// TLS server ends (its sender is dropped) or the core stops.
pub async fn report_handshake_refusals<C: CoreAccess>(
    core: C,
    mut events: mpsc::Receiver<TlsEvent>,
) {
    while let Some(ev) = events.recv().await {
        let TlsEvent::ClientRejected {
            peer,
            reason,
            certificate,
        } = ev
        else {
            continue;
        };
        tracing::info!(%peer, %reason, "coaps+tcp client refused");
        let (failure, detail) = (reason.failure(), reason.to_string());
        if core
            .call(move |c, now| c.handshake_refused(now, peer, failure, certificate, detail))
            .await
            .is_err()
        {
            break;
        }
    }
}
