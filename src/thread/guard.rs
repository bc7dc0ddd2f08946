//! A radio failure ends the Thread session as an error, never as a panic.
//!
//! The `openthread` crate's radio loop (`OpenThread::run`) unwraps the
//! result of the radio's configuration calls: `set_config`,
//! `set_src_match_config`, `set_receive` and `set_sleep`; and after a
//! failed `init` it asserts capabilities that a radio which did not answer
//! cannot report. With the crate's `SpinelRadio` each of those fails when
//! the RCP does not answer within the crate's 2 s command timeout (a USB
//! dongle re-enumerating while the link reconnects, docs/thread.md), so the
//! crate would panic.
//!
//! [`Guarded`] stands between the crate and the radio. An error from one
//! of those calls is recorded in the session's [`Fault`] and the call then
//! never returns: the crate's loop waits on it forever while the session's
//! `select!` sees [`Fault::wait`] end, drops the instance and rebuilds it
//! from the persisted settings, exactly what a caught panic did before.
//! Errors the crate handles itself (a failed `transmit`, `receive` or
//! `energy_scan` goes back to OpenThread as a failed operation) pass
//! through unchanged.
//!
//! So no panic is part of the daemon's normal operation, and the firmware
//! is built with `panic = "abort"` (Cargo.toml, docs/performance.md): a
//! panic left is a bug, and the daemon stops on it for systemd to restart
//! it (`Restart=on-failure`) rather than run on with a half-done change.
#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::fmt::Debug;

use openthread::{Config, PsduMeta, Radio, RadioCaps, SrcMatchConfig};
use tokio::sync::Notify;

/// The first radio failure of a session, and a wake-up for its waiter.
#[derive(Debug, Default)]
pub struct Fault {
    reason: RefCell<Option<String>>,
    notify: Notify,
}

impl Fault {
    /// Records a failure (the first one wins) and wakes the waiter.
    pub fn raise(&self, reason: String) {
        let mut slot = self.reason.borrow_mut();
        if slot.is_none() {
            *slot = Some(reason);
            self.notify.notify_one();
        }
    }

    /// The failure, once one has been raised.
    pub fn get(&self) -> Option<String> {
        self.reason.borrow().clone()
    }

    /// Waits until a failure is raised and returns it.
    pub async fn wait(&self) -> String {
        loop {
            if let Some(r) = self.get() {
                return r;
            }
            // `notify_one` keeps a permit when nobody waits yet, so a
            // failure raised between the check and this await is not lost.
            self.notify.notified().await;
        }
    }
}

/// A radio whose configuration failures end the session (module docs).
pub struct Guarded<'f, R> {
    inner: R,
    fault: &'f Fault,
}

impl<'f, R> Guarded<'f, R> {
    pub fn new(inner: R, fault: &'f Fault) -> Self {
        Guarded { inner, fault }
    }

    /// Passes `Ok` through; on `Err` raises the fault and never returns.
    async fn or_fault<T, E: Debug>(&self, what: &str, r: Result<T, E>) -> T {
        match r {
            Ok(v) => v,
            Err(e) => {
                self.fault.raise(format!("radio {what} failed: {e:?}"));
                std::future::pending().await
            }
        }
    }
}

impl<R: Radio> Radio for Guarded<'_, R> {
    type Error = R::Error;

    async fn init(&mut self) -> Result<RadioCaps, Self::Error> {
        let r = self.inner.init().await;
        Ok(self.or_fault("init", r).await)
    }

    async fn set_config(&mut self, config: &Config) -> Result<(), Self::Error> {
        let r = self.inner.set_config(config).await;
        self.or_fault("configuration", r).await;
        Ok(())
    }

    async fn set_src_match_config(&mut self, config: &SrcMatchConfig) -> Result<(), Self::Error> {
        let r = self.inner.set_src_match_config(config).await;
        self.or_fault("source-match table", r).await;
        Ok(())
    }

    async fn set_receive(&mut self, channel: u8) -> Result<(), Self::Error> {
        let r = self.inner.set_receive(channel).await;
        self.or_fault("receive", r).await;
        Ok(())
    }

    async fn set_sleep(&mut self) -> Result<(), Self::Error> {
        let r = self.inner.set_sleep().await;
        self.or_fault("sleep", r).await;
        Ok(())
    }

    async fn energy_scan(&mut self, channel: u8, duration_millis: u16) -> Result<i8, Self::Error> {
        self.inner.energy_scan(channel, duration_millis).await
    }

    async fn transmit(
        &mut self,
        psdu: &[u8],
        channel: u8,
        power: i8,
        cca_threshold: Option<i8>,
        ack_psdu_buf: Option<&mut [u8]>,
    ) -> Result<Option<PsduMeta>, Self::Error> {
        self.inner
            .transmit(psdu, channel, power, cca_threshold, ack_psdu_buf)
            .await
    }

    async fn receive(&mut self, psdu_buf: &mut [u8]) -> Result<PsduMeta, Self::Error> {
        self.inner.receive(psdu_buf).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use openthread::{Capabilities, MacCapabilities, RadioErrorKind};
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    /// A radio whose calls answer from a script: `fail` makes the named
    /// call return an error.
    #[derive(Default)]
    struct Scripted {
        fail: &'static str,
        calls: Vec<&'static str>,
    }

    impl Scripted {
        fn answer(&mut self, call: &'static str) -> Result<(), RadioErrorKind> {
            self.calls.push(call);
            if self.fail == call {
                Err(RadioErrorKind::Other)
            } else {
                Ok(())
            }
        }
    }

    impl Radio for Scripted {
        type Error = RadioErrorKind;
        async fn init(&mut self) -> Result<RadioCaps, Self::Error> {
            self.answer("init").map(|()| RadioCaps {
                phy: Capabilities::empty(),
                mac: MacCapabilities::all(),
                ..RadioCaps::default()
            })
        }
        async fn set_config(&mut self, _: &Config) -> Result<(), Self::Error> {
            self.answer("set_config")
        }
        async fn set_src_match_config(&mut self, _: &SrcMatchConfig) -> Result<(), Self::Error> {
            self.answer("set_src_match_config")
        }
        async fn set_receive(&mut self, _: u8) -> Result<(), Self::Error> {
            self.answer("set_receive")
        }
        async fn set_sleep(&mut self) -> Result<(), Self::Error> {
            self.answer("set_sleep")
        }
        async fn transmit(
            &mut self,
            _: &[u8],
            _: u8,
            _: i8,
            _: Option<i8>,
            _: Option<&mut [u8]>,
        ) -> Result<Option<PsduMeta>, Self::Error> {
            self.answer("transmit").map(|()| None)
        }
        async fn receive(&mut self, _: &mut [u8]) -> Result<PsduMeta, Self::Error> {
            self.answer("receive").map(|()| PsduMeta {
                len: 0,
                channel: 11,
                rssi: None,
                lqi: None,
            })
        }
    }

    fn poll_once<F: Future>(f: F) -> Poll<F::Output> {
        let mut f = pin!(f);
        f.as_mut().poll(&mut Context::from_waker(Waker::noop()))
    }

    #[test]
    fn a_failed_configuration_call_raises_the_fault_and_never_returns() {
        for call in [
            "init",
            "set_config",
            "set_src_match_config",
            "set_receive",
            "set_sleep",
        ] {
            let fault = Fault::default();
            let mut radio = Guarded::new(
                Scripted {
                    fail: call,
                    ..Scripted::default()
                },
                &fault,
            );
            let pending = match call {
                "init" => poll_once(radio.init()).is_pending(),
                "set_config" => poll_once(radio.set_config(&Config::new())).is_pending(),
                "set_src_match_config" => {
                    poll_once(radio.set_src_match_config(&SrcMatchConfig::new())).is_pending()
                }
                "set_receive" => poll_once(radio.set_receive(11)).is_pending(),
                _ => poll_once(radio.set_sleep()).is_pending(),
            };
            assert!(pending, "{call}: the crate must not see the error");
            let reason = fault.get().expect("fault raised");
            assert!(reason.contains("failed: Other"), "{call}: {reason}");
            assert_eq!(radio.inner.calls, [call]);
        }
    }

    #[test]
    fn the_calls_the_crate_handles_pass_their_errors_through() {
        let fault = Fault::default();
        let mut radio = Guarded::new(
            Scripted {
                fail: "transmit",
                ..Scripted::default()
            },
            &fault,
        );
        assert!(matches!(
            poll_once(radio.transmit(&[0; 5], 11, 0, None, None)),
            Poll::Ready(Err(RadioErrorKind::Other))
        ));
        radio.inner.fail = "receive";
        assert!(matches!(
            poll_once(radio.receive(&mut [0; 127])),
            Poll::Ready(Err(RadioErrorKind::Other))
        ));
        assert!(fault.get().is_none(), "the session goes on");
        radio.inner.fail = "";
        assert!(matches!(
            poll_once(radio.set_receive(11)),
            Poll::Ready(Ok(()))
        ));
        assert!(fault.get().is_none());
    }

    #[test]
    fn the_first_failure_wins_and_wakes_the_waiter() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let fault = Fault::default();
        let got = rt.block_on(async {
            let wait = fault.wait();
            let raise = async {
                tokio::task::yield_now().await;
                fault.raise("first".into());
                fault.raise("second".into());
            };
            tokio::join!(wait, raise).0
        });
        assert_eq!(got, "first");
        assert_eq!(fault.get().as_deref(), Some("first"));
    }
}
