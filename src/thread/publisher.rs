//! The `_meshcop._udp` publisher: keeps the border agent's mDNS record
//! equal to the Thread state ([`super::meshcop`] builds it, sans-IO).
//!
//! After each Thread event (radio up, lost, recovered...: the `changed`
//! notification of [`super::audit::audit_events`]) and each OpenThread
//! state change ([`super::ThreadHandle::subscribe_changes`]) it reads the
//! status and the active dataset and republishes when the record differs.
//! A refused publish (the name taken by a device's registration) is logged
//! and retried only on the next change. [`MeshcopPublisher::stop`]
//! withdraws the record (goodbye) before the task ends; stop it before the
//! Thread service, so nothing is advertised that no longer answers.
#![forbid(unsafe_code)]

use std::sync::Arc;

use tokio::sync::{oneshot, watch, Notify};

use super::meshcop::{service_instance, AgentInfo, MeshcopRecord, MeshcopTarget};
use super::ThreadHandle;
use crate::mdns::driver::MdnsHandle;

/// The running publisher task.
#[derive(Debug)]
pub struct MeshcopPublisher {
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl MeshcopPublisher {
    /// Starts publishing `target` for the network `thread` runs.
    pub fn spawn(
        thread: ThreadHandle,
        mdns: MdnsHandle,
        target: MeshcopTarget,
        agent: AgentInfo,
        changed: Arc<Notify>,
    ) -> MeshcopPublisher {
        let (stop, stop_rx) = oneshot::channel();
        let state_changes = thread.subscribe_changes();
        let task = tokio::spawn(publish(
            thread,
            mdns,
            target,
            agent,
            changed,
            state_changes,
            stop_rx,
        ));
        MeshcopPublisher { stop, task }
    }

    /// Withdraws the record (goodbye) and waits for the task to end.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }
}

async fn publish(
    thread: ThreadHandle,
    mdns: MdnsHandle,
    target: MeshcopTarget,
    agent: AgentInfo,
    changed: Arc<Notify>,
    mut state_changes: watch::Receiver<u64>,
    mut stop: oneshot::Receiver<()>,
) {
    let mut record = MeshcopRecord::new();
    loop {
        if let Ok(status) = thread.status().await {
            // Empty while the radio is down: `at` is then left out.
            let dataset = thread.export_dataset().await.unwrap_or_default();
            let inst = service_instance(&target, &status, &dataset, &agent);
            if let Some(inst) = record.update(inst) {
                match mdns.publish_external(inst).await {
                    Some(Ok(())) => {
                        tracing::info!(role = %status.role, "_meshcop._udp published")
                    }
                    // Not retried until the state changes again.
                    Some(Err(e)) => tracing::error!(error = %e, "_meshcop._udp refused"),
                    None => {
                        tracing::warn!("_meshcop._udp: mDNS has stopped");
                        return;
                    }
                }
            }
        }
        tokio::select! {
            _ = &mut stop => break,
            _ = changed.notified() => {}
            // An error means OpenThread's thread has ended: only `stop`
            // is left to wait for.
            r = state_changes.changed() => if r.is_err() {
                let _ = (&mut stop).await;
                break;
            },
        }
    }
    if let Some(key) = record.key() {
        if mdns.withdraw_external(key).await == Some(true) {
            tracing::info!("_meshcop._udp withdrawn");
        }
    }
}
