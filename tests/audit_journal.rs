//! Audit records and alerts as structured `tracing` events: what the log
//! sinks send to journald as `THRESHOLD_*` fields (docs/operations.md).
//!
//! * A real daemon in-process, a capturing `tracing` layer installed as
//!   the global subscriber (the store writer thread emits the records): each
//!   durable record is one event on `threshold::audit_log` carrying its
//!   seq, action, actor, outcome and reason, equal to the stored record;
//!   an alert is one event on `threshold::alert`.
//! * The journald path itself: with journald's socket present, the
//!   daemon's journald layer writes a record that `journalctl` reads back
//!   with its `THRESHOLD_*` fields and `PRIORITY`; without journald (no
//!   `/run/systemd/journal/socket`, as on a machine without systemd as
//!   PID 1) it says `skipped:`. tests/qemu_boot.rs checks the same path
//!   under real systemd and journald.

mod common;
use common::hub::*;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

#[derive(Debug, Clone)]
struct Captured {
    target: String,
    level: tracing::Level,
    fields: BTreeMap<String, String>,
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().to_owned(), value.to_string());
    }
}

impl<S: tracing::Subscriber> Layer<S> for Capture {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let meta = event.metadata();
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        if let Ok(mut v) = self.0.lock() {
            v.push(Captured {
                target: meta.target().to_owned(),
                level: *meta.level(),
                fields,
            });
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_durable_audit_record_and_alert_is_a_structured_event() {
    let capture = Capture::default();
    tracing::subscriber::set_global_default(
        tracing_subscriber::registry().with(
            capture
                .clone()
                .with_filter(threshold::cli::run::structured_records()),
        ),
    )
    .expect("the only subscriber of this test binary");

    let mut hub = Hub::start_with(|c| {
        c.anomaly.failure_threshold = 3;
        c.anomaly.lock_on_alert = false;
    })
    .await;
    let _owner = hub.owner().await;
    hub.refused_enrollments(3).await;
    let records = hub.audit().await;
    hub.stop().await;

    let seen = capture.0.lock().expect("capture").clone();
    let audit: Vec<&Captured> = seen
        .iter()
        .filter(|e| e.target == threshold::store::AUDIT_TARGET)
        .collect();
    // Every record durable before the stop, in order, with its fields
    // (the stop's own `daemon.stop` comes after `records` was read).
    assert!(audit.len() > records.len(), "{} events", audit.len());
    for (ev, rec) in audit.iter().zip(&records) {
        let f = &ev.fields;
        assert_eq!(f["audit_seq"], rec.seq.to_string());
        assert_eq!(f["audit_action"], rec.event.action);
        assert_eq!(f["actor"], rec.event.actor);
        assert_eq!(f["audit_subject"], rec.event.subject);
        assert_eq!(f["audit_channel"], rec.event.channel);
        assert_eq!(f["audit_outcome"], rec.event.outcome.as_str());
        assert_eq!(f["audit_reason"], rec.event.reason);
        assert!(f["message"].contains(&rec.event.action), "{f:?}");
        let warn = matches!(
            rec.event.outcome,
            threshold::audit::Outcome::Denied | threshold::audit::Outcome::Failure
        );
        let want = if warn {
            tracing::Level::WARN
        } else {
            tracing::Level::INFO
        };
        assert_eq!(ev.level, want, "{f:?}");
    }
    assert_eq!(audit[0].fields["audit_action"], "daemon.start");
    assert_eq!(
        audit.last().expect("events").fields["audit_action"],
        "daemon.stop"
    );
    assert!(
        audit
            .iter()
            .any(|e| e.fields["audit_action"] == "enroll.redeem"
                && e.fields["audit_outcome"] == "denied"),
        "a refused enrollment is audited and traced"
    );
    // The owner code is a secret: no event carries it.
    for e in &seen {
        for v in e.fields.values() {
            assert!(!v.contains("ABCDE-FGHJK"), "{e:?}");
        }
    }

    let alerts: Vec<&Captured> = seen
        .iter()
        .filter(|e| e.target == threshold::core_driver::ALERT_TARGET)
        .collect();
    assert_eq!(alerts.len(), 1, "{seen:?}");
    let a = &alerts[0].fields;
    assert_eq!(a["alert"], "failure_burst");
    assert_eq!(a["alert_count"], "3");
    assert!(a.contains_key("alert_scope") && a.contains_key("alert_key"));
    assert_eq!(alerts[0].level, tracing::Level::WARN);
}

/// The journald layer against the real journald, when there is one.
#[test]
fn journald_stores_the_fields_when_it_runs_here() {
    if !std::path::Path::new(threshold::cli::run::JOURNALD_SOCKET).exists() {
        common::skip(&format!(
            "journald does not run here ({} absent: no systemd as PID 1); tests/qemu_boot.rs covers it",
            threshold::cli::run::JOURNALD_SOCKET
        ));
        return;
    }
    let layer = threshold::cli::run::journald_layer().expect("journald takes datagrams");
    let marker = format!("test-{}-{}", std::process::id(), line!());
    let sub = tracing_subscriber::registry()
        .with(layer.with_filter(threshold::cli::run::structured_records()));
    tracing::subscriber::with_default(sub, || {
        let rec = threshold::audit::AuditRecord::chain(
            7,
            threshold::time::UnixMillis(0),
            threshold::audit::AuditEvent::new(
                "system",
                threshold::audit::AuditAction::DaemonStart,
                marker.as_str(),
                "system",
                threshold::audit::Outcome::Denied,
                "journald_test",
            ),
            threshold::audit::GENESIS_HASH,
        );
        threshold::store::audit::trace_record(&rec);
    });
    let filter = format!("THRESHOLD_AUDIT_SUBJECT={marker}");
    let out = common::wait_until(
        std::time::Duration::from_secs(10),
        "journalctl to show the record",
        || {
            let out = std::process::Command::new("journalctl")
                .args(["--no-pager", "-o", "export", &filter])
                .output()
                .expect("journalctl");
            let text = String::from_utf8_lossy(&out.stdout).into_owned();
            if text.contains("THRESHOLD_AUDIT_SEQ=7") {
                Ok(text)
            } else {
                Err(format!("{text}{}", String::from_utf8_lossy(&out.stderr)))
            }
        },
    );
    assert!(out.contains("THRESHOLD_AUDIT_ACTION=daemon.start"), "{out}");
    assert!(out.contains("THRESHOLD_ACTOR=system"), "{out}");
    assert!(out.contains("PRIORITY=4"), "denied is a warning: {out}");
    assert!(out.contains("SYSLOG_IDENTIFIER=threshold"), "{out}");
}
