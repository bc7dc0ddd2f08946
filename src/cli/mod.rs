//! Command-line subcommands of the `threshold` binary.
//!
//! Each subcommand is a `clap` argument struct with a `run` method that
//! returns the process exit code; `src/main.rs` only parses and dispatches.
#![forbid(unsafe_code)]

pub mod audit;
pub mod dashboard;
pub mod device;
pub mod matter;
pub mod onboarding;
pub mod pairing;
pub mod pki;
pub mod policy;
pub mod remote;
pub mod run;
#[cfg(feature = "dev-tools")]
pub mod simulate;
pub mod thread;
pub mod user;
pub mod window;

pub use audit::{AuditArgs, AuditCommand};
pub use dashboard::{DashboardArgs, DashboardCommand};
pub use device::{DeviceArgs, DeviceCommand};
pub use matter::{MatterArgs, MatterCommand};
pub use onboarding::{OnboardingArgs, OnboardingCommand};
pub use pairing::{PairingArgs, PairingCommand};
pub use pki::{PkiArgs, PkiCommand};
pub use policy::{PolicyArgs, PolicyCommand};
pub use run::RunArgs;
pub use thread::{ThreadArgs, ThreadCommand};
pub use user::{UserArgs, UserCommand};
pub use window::{WindowArgs, WindowCommand};

/// Default `--state-dir` (the same as the configuration's default).
pub const DEFAULT_STATE_DIR: &str = "./threshold-state";
