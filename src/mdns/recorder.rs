//! [`Recorder`]: an [`Advertiser`] that records every call, for unit tests
//! of the event flow. It validates like the real one, so a test that
//! passes here does not hide an instance the responder would refuse.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use super::{AdvertiseError, Advertiser, InstanceKey, ServiceInstance};

/// One recorded call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Call {
    /// [`Advertiser::publish`].
    Publish(ServiceInstance),
    /// [`Advertiser::withdraw`].
    Withdraw(InstanceKey),
    /// [`Advertiser::shutdown`].
    Shutdown,
}

#[derive(Debug, Default)]
struct Inner {
    calls: Vec<Call>,
    published: BTreeMap<InstanceKey, ServiceInstance>,
    stopped: bool,
}

/// Records calls; clones share the record (hand one to the code under
/// test, keep one to look).
#[derive(Debug, Clone, Default)]
pub struct Recorder {
    inner: Arc<Mutex<Inner>>,
}

impl Recorder {
    /// An empty recorder.
    pub fn new() -> Recorder {
        Recorder::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread poisons the lock; the record is still
        // what it was.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every call so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Removes and returns the calls so far.
    pub fn take_calls(&self) -> Vec<Call> {
        std::mem::take(&mut self.lock().calls)
    }

    /// What is published now, by key.
    pub fn published(&self) -> BTreeMap<InstanceKey, ServiceInstance> {
        self.lock().published.clone()
    }

    /// The published instance with this key.
    pub fn get(&self, instance: &str, service_type: &str) -> Option<ServiceInstance> {
        self.lock()
            .published
            .get(&InstanceKey::new(instance, service_type))
            .cloned()
    }

    /// Whether [`Advertiser::shutdown`] was called.
    pub fn is_stopped(&self) -> bool {
        self.lock().stopped
    }
}

impl Advertiser for Recorder {
    fn publish(&mut self, service: &ServiceInstance) -> Result<(), AdvertiseError> {
        let mut g = self.lock();
        if g.stopped {
            return Err(AdvertiseError::Responder("stopped".into()));
        }
        service.validate()?;
        g.calls.push(Call::Publish(service.clone()));
        g.published.insert(service.key(), service.clone());
        Ok(())
    }

    fn withdraw(&mut self, key: &InstanceKey) -> Result<(), AdvertiseError> {
        let mut g = self.lock();
        if g.stopped {
            return Err(AdvertiseError::Responder("stopped".into()));
        }
        g.calls.push(Call::Withdraw(key.clone()));
        g.published.remove(key);
        Ok(())
    }

    fn shutdown(&mut self) -> Result<(), AdvertiseError> {
        let mut g = self.lock();
        let keys: Vec<InstanceKey> = g.published.keys().cloned().collect();
        for k in keys {
            g.calls.push(Call::Withdraw(k));
        }
        g.published.clear();
        g.calls.push(Call::Shutdown);
        g.stopped = true;
        Ok(())
    }
}
