//! The service manager's side channel (sd_notify(3)): readiness, status,
//! stopping, and the watchdog, as datagrams to `$NOTIFY_SOCKET` through
//! the `sd-notify` crate. Without `NOTIFY_SOCKET` (not under systemd, or
//! a unit that is not `Type=notify`) every call does nothing.
//!
//! Layer 4 (a driver): it knows the protocol, not the daemon. What counts
//! as ready and what proves the daemon alive is decided by the daemon
//! (`threshold run`), which hands this module a probe; the contract is
//! written down in docs/systemd.md.
//!
//! * [`Notifier::ready`]: `READY=1` with a `STATUS=` line, once;
//! * [`Notifier::status`]: a `STATUS=` line (what `systemctl status`
//!   shows) while starting or waiting;
//! * [`Notifier::stopping`]: `STOPPING=1` when the daemon begins to stop;
//! * [`watchdog`]: `WATCHDOG=1` every half interval, only after the probe
//!   answered within that half interval; a probe that fails or hangs
//!   means no keep-alive, and systemd restarts the service when
//!   `WatchdogSec=` passes without one.
//!
//! The variables stay in the daemon's environment (the crate reads them
//! per call; removing them is `unsafe` once threads run). Child processes
//! do not get them: the one child the daemon starts, a simulated RCP, is
//! spawned without them ([`crate::radio::transport::spawn_pty`]), and
//! `NotifyAccess=main` in the unit makes systemd ignore any other sender.
#![forbid(unsafe_code)]

use std::future::Future;
use std::time::Duration;

use sd_notify::NotifyState;

/// The smallest watchdog interval honoured: systemd's own floor is 1 µs,
/// but a half interval below 1 ms would only burn CPU.
const MIN_INTERVAL: Duration = Duration::from_millis(2);

/// Sends notifications to the service manager, if there is one.
#[derive(Debug, Clone)]
pub struct Notifier {
    enabled: bool,
    watchdog: Option<Duration>,
}

impl Notifier {
    /// Reads the environment: `NOTIFY_SOCKET`, and `WATCHDOG_USEC` with
    /// `WATCHDOG_PID` (the watchdog is ours only if that pid is ours, or
    /// if it is absent).
    pub fn from_env() -> Notifier {
        let enabled = std::env::var_os("NOTIFY_SOCKET").is_some_and(|s| !s.is_empty());
        let watchdog = if enabled {
            sd_notify::watchdog_enabled()
                .filter(|d| !d.is_zero())
                .map(|d| d.max(MIN_INTERVAL))
        } else {
            None
        };
        Notifier { enabled, watchdog }
    }

    /// A notifier that sends nothing (not under a service manager).
    pub fn disabled() -> Notifier {
        Notifier {
            enabled: false,
            watchdog: None,
        }
    }

    /// Whether a service manager listens (`NOTIFY_SOCKET` is set).
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// The watchdog interval systemd set for this process
    /// (`WatchdogSec=`), if any.
    pub fn watchdog_interval(&self) -> Option<Duration> {
        self.watchdog
    }

    /// `READY=1` and `STATUS=<status>`: start-up is complete.
    pub fn ready(&self, status: &str) {
        self.send(&[NotifyState::Ready, NotifyState::Status(&one_line(status))]);
    }

    /// `STATUS=<status>`: a line for `systemctl status`.
    pub fn status(&self, status: &str) {
        self.send(&[NotifyState::Status(&one_line(status))]);
    }

    /// `STOPPING=1` and `STATUS=<status>`: the daemon is stopping.
    pub fn stopping(&self, status: &str) {
        self.send(&[
            NotifyState::Stopping,
            NotifyState::Status(&one_line(status)),
        ]);
    }

    fn send(&self, states: &[NotifyState<'_>]) {
        if !self.enabled {
            return;
        }
        // Losing a notification is not a reason to stop the daemon: systemd
        // then times the start out (or the watchdog fires), which is logged.
        if let Err(e) = sd_notify::notify(states) {
            tracing::warn!(error = %e, "cannot notify the service manager");
        }
    }
}

/// The protocol is line-based: a status must be one line.
fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// Why the watchdog probe did not prove the daemon alive.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProbeError {
    /// The probe answered with a failure.
    #[error("{0}")]
    Failed(String),
    /// The probe did not answer within half the watchdog interval.
    #[error("no answer within {0:?}")]
    TimedOut(Duration),
}

/// Pets the watchdog of `notifier` every half interval while `probe`
/// answers `Ok` within that half interval; never returns (abort the task
/// to stop it). Returns at once if systemd configured no watchdog.
///
/// A probe that fails or times out is logged and the keep-alive skipped:
/// if the daemon stays stuck, systemd sees no `WATCHDOG=1` for a whole
/// interval, kills it (SIGABRT by default) and, with `Restart=`, starts it
/// again. If the probe answers again before that, petting resumes.
pub async fn watchdog<F, Fut>(notifier: Notifier, mut probe: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), String>>,
{
    let Some(interval) = notifier.watchdog_interval() else {
        return;
    };
    let half = interval / 2;
    let mut tick = tokio::time::interval(half);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut failing = false;
    loop {
        tick.tick().await;
        let answer = match tokio::time::timeout(half, probe()).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(ProbeError::Failed(e)),
            Err(_) => Err(ProbeError::TimedOut(half)),
        };
        match answer {
            Ok(()) => {
                if failing {
                    tracing::info!("watchdog: the daemon answers again");
                    failing = false;
                }
                // Off the workers: a send on a full socket buffer blocks.
                let n = notifier.clone();
                let _ = tokio::task::spawn_blocking(move || {
                    n.send(&[NotifyState::Watchdog]);
                })
                .await;
            }
            Err(e) => {
                failing = true;
                tracing::error!(error = %e, "watchdog: the daemon did not answer; not petting the watchdog");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_one_line() {
        assert_eq!(one_line("a\nb\r\nc"), "a b  c");
    }

    #[tokio::test]
    async fn without_a_watchdog_the_task_ends_at_once() {
        watchdog(Notifier::disabled(), || async { Ok(()) }).await;
    }
}
