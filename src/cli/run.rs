//! `threshold run`: start the daemon.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::config::{Config, ConfigError, Settings};

/// `threshold run [--config FILE] [--state-dir DIR]`
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Configuration file (TOML). Without it the embedded defaults apply:
    /// state in ./threshold-state, every socket on loopback.
    #[arg(long, short = 'c', value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Override `state_dir` from the configuration.
    #[arg(long, value_name = "DIR")]
    pub state_dir: Option<PathBuf>,
    /// Run the Thread network whatever `[thread] enabled` says (with the
    /// configured radio URL; by default the simulated RCP that
    /// scripts/ot-sim.sh builds into target/ot-sim/bin).
    #[arg(long, conflicts_with = "no_thread")]
    pub thread: bool,
    /// Do not run the Thread network, whatever `[thread] enabled` says
    /// (the pairing service, API and mDNS still run).
    #[arg(long)]
    pub no_thread: bool,
    /// Do not run the Matter node, whatever `[matter] enabled` says (UDP
    /// port 5540 stays free).
    #[arg(long)]
    pub no_matter: bool,
}

impl RunArgs {
    /// Loads and checks the configuration (every section: a bad value
    /// exits 2 naming its key before anything starts), sets up logging,
    /// runs the daemon until SIGTERM or SIGINT; SIGHUP reloads the device
    /// trust set (docs/pki.md). Under systemd (`NOTIFY_SOCKET`) it reports
    /// readiness, stopping and watchdog keep-alives (docs/systemd.md).
    pub fn run(&self) -> ExitCode {
        let config = match self.settings() {
            Ok(c) => c,
            Err(e) => {
                eprintln!("threshold: {e}");
                return ExitCode::from(2);
            }
        };
        init_tracing(&config.log_level);
        // Read before any thread starts (docs/systemd.md).
        let notifier = crate::systemd::Notifier::from_env();
        let rt = match tokio::runtime::Builder::new_current_thread()
            .max_blocking_threads(MAX_BLOCKING_THREADS)
            .enable_all()
            .build()
        {
            Ok(rt) => rt,
            Err(e) => {
                eprintln!("threshold: cannot start the runtime: {e}");
                return ExitCode::FAILURE;
            }
        };
        let result = rt.block_on(async {
            // Handlers first: a signal during start-up must stop, not kill.
            let shutdown = shutdown_signal()?;
            let reloads = reload_signal()?;
            crate::daemon::run(config, shutdown, reloads, notifier)
                .await
                .map_err(|e| e.to_string())
        });
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                tracing::error!("{e}");
                eprintln!("threshold: {e}");
                ExitCode::FAILURE
            }
        }
    }

    /// The configuration file with the command-line overrides applied
    /// before the conversion (the runtime and Thread directories follow
    /// `--state-dir`).
    fn settings(&self) -> Result<Settings, ConfigError> {
        let mut config = Config::load(self.config.as_deref())?;
        if let Some(dir) = &self.state_dir {
            config.state_dir = dir.clone();
        }
        if self.thread {
            config.thread.enabled = true;
        }
        if self.no_thread {
            config.thread.enabled = false;
        }
        if self.no_matter {
            config.matter.enabled = false;
        }
        Settings::try_from(config)
    }
}

/// Threads for blocking work (file reads, PBKDF2 of a window's verifier):
/// tokio's default of 512 would let a burst of requests grow the process
/// by 512 stacks; 8 is plenty for a hub and bounds it.
///
/// The async work itself runs on one thread (a current-thread runtime):
/// a hub has 2-4 cores and already gives one thread each to OpenThread,
/// the Matter node, mDNS and the store, the CPU-heavy steps (PBKDF2) go to
/// the blocking threads, and one thread keeps a single malloc arena for
/// the connections' memory where two workers each kept their own, free
/// but fragmented (docs/performance.md, "Third round").
const MAX_BLOCKING_THREADS: usize = 8;

/// Where journald listens for its native protocol (sd_journal_sendv(3)):
/// its presence is what "journald runs here" means.
pub const JOURNALD_SOCKET: &str = "/run/systemd/journal/socket";

/// The prefix of the structured journal fields of audit records and
/// alerts: `audit_action` becomes `THRESHOLD_AUDIT_ACTION`
/// (docs/operations.md).
pub const JOURNAL_FIELD_PREFIX: &str = "THRESHOLD";

/// The log sinks (docs/operations.md, "Logs and journald"):
/// * stderr: everything `[log] level` (or `RUST_LOG`) lets through, as
///   text lines; under systemd journald stores them as they are;
/// * journald, when its socket exists: the audit records
///   ([`crate::store::AUDIT_TARGET`]) and alerts
///   ([`crate::core_driver::ALERT_TARGET`]), whatever the level filter
///   says, each with its fields as `THRESHOLD_*` journal fields and
///   `PRIORITY` from its level. When stderr already is the journal
///   (`JOURNAL_STREAM` names it), those records leave the stderr stream,
///   so the journal holds each once.
fn init_tracing(level: &str) {
    // `target=level` directives (tracing-subscriber's `Targets`): what a
    // hub's operator writes, without EnvFilter's regex engine (~0.3 MB).
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::{Layer, SubscriberExt};
    use tracing_subscriber::util::SubscriberInitExt;
    let parse = |s: &str| s.parse::<Targets>().ok();
    let mut filter = std::env::var("RUST_LOG")
        .ok()
        .as_deref()
        .and_then(parse)
        .or_else(|| parse(level))
        .unwrap_or_else(|| Targets::new().with_default(tracing::Level::INFO));
    let journald = journald_layer();
    if journald.is_some() && stderr_is_journal() {
        filter = filter
            .with_target(crate::store::AUDIT_TARGET, LevelFilter::OFF)
            .with_target(crate::core_driver::ALERT_TARGET, LevelFilter::OFF);
    }
    let stderr = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(filter);
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(journald.map(|j| j.with_filter(structured_records())))
        .try_init();
}

/// What goes to journald: the audit records and alerts, at every level.
pub fn structured_records() -> tracing_subscriber::filter::Targets {
    tracing_subscriber::filter::Targets::new()
        .with_target(crate::store::AUDIT_TARGET, tracing::Level::TRACE)
        .with_target(crate::core_driver::ALERT_TARGET, tracing::Level::TRACE)
}

/// The journald layer (fields prefixed [`JOURNAL_FIELD_PREFIX`],
/// `SYSLOG_IDENTIFIER=threshold`), or `None` when journald does not run
/// here: no [`JOURNALD_SOCKET`], or it does not take a datagram.
pub fn journald_layer() -> Option<tracing_journald::Layer> {
    if !std::path::Path::new(JOURNALD_SOCKET).exists() {
        return None;
    }
    match tracing_journald::layer() {
        Ok(l) => Some(
            l.with_field_prefix(Some(JOURNAL_FIELD_PREFIX.into()))
                .with_syslog_identifier("threshold".into()),
        ),
        Err(e) => {
            eprintln!(
                "threshold: journald socket present but unusable ({e}): logging to stderr only"
            );
            None
        }
    }
}

/// Whether stderr is the journal stream systemd gave the service:
/// `JOURNAL_STREAM` is `<device>:<inode>` of that stream (systemd.exec(5)).
fn stderr_is_journal() -> bool {
    let Ok(stream) = std::env::var("JOURNAL_STREAM") else {
        return false;
    };
    let Some((dev, ino)) = stream.split_once(':') else {
        return false;
    };
    let (Ok(dev), Ok(ino)) = (dev.parse::<u64>(), ino.parse::<u64>()) else {
        return false;
    };
    // `st_dev` and `st_ino` are not u64 on every target libc.
    #[allow(clippy::unnecessary_cast)]
    match nix::sys::stat::fstat(std::io::stderr()) {
        Ok(st) => st.st_dev as u64 == dev && st.st_ino as u64 == ino,
        Err(_) => false,
    }
}

/// Installs the SIGHUP handler now; the stream yields once per signal
/// (several signals during one reload may yield once).
fn reload_signal() -> Result<impl futures_util::Stream<Item = ()> + Unpin, String> {
    use tokio::signal::unix::{signal, SignalKind};
    let hup = signal(SignalKind::hangup()).map_err(|e| format!("cannot handle SIGHUP: {e}"))?;
    Ok(Box::pin(futures_util::stream::unfold(
        hup,
        |mut hup| async move { hup.recv().await.map(|()| ((), hup)) },
    )))
}

/// Installs SIGTERM and SIGINT handlers now; the future resolves on either.
fn shutdown_signal() -> Result<impl std::future::Future<Output = ()>, String> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term =
        signal(SignalKind::terminate()).map_err(|e| format!("cannot handle SIGTERM: {e}"))?;
    let mut int =
        signal(SignalKind::interrupt()).map_err(|e| format!("cannot handle SIGINT: {e}"))?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    })
}
