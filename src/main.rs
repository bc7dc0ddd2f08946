//! The `threshold` binary: parses the command line and dispatches to
//! [`threshold::cli`].
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use threshold::cli::{
    AuditArgs, DashboardArgs, DeviceArgs, MatterArgs, OnboardingArgs, PairingArgs, PkiArgs,
    PolicyArgs, RunArgs, ThreadArgs, UserArgs, WindowArgs,
};

/// Threshold: border router for smart-home hubs.
#[derive(Debug, Parser)]
#[command(name = "threshold", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Debug, Subcommand)]
enum Commands {
    /// Run the daemon (until SIGTERM or SIGINT).
    Run(RunArgs),
    /// Inspect, verify and export the hash-chained audit log.
    Audit(AuditArgs),
    /// Parse and make Matter onboarding payloads (QR and manual codes).
    Onboarding(OnboardingArgs),
    /// Verify device attestation chains; mint TEST ONLY test devices.
    Pki(PkiArgs),
    /// Enroll, invite, list and revoke users (over the API).
    User(UserArgs),
    /// Open, list and close commissioning windows (over the API).
    Window(WindowArgs),
    /// List and lift pairing locks (over the API).
    Pairing(PairingArgs),
    /// List, show, approve, quarantine and remove devices (over the API).
    Device(DeviceArgs),
    /// Thread network status and dataset export/import (over the API).
    Thread(ThreadArgs),
    /// The Matter node: commissioning windows for Matter controllers and
    /// the fabrics the hub belongs to (over the API).
    Matter(MatterArgs),
    /// Show and change the device-class policy (over the API).
    Policy(PolicyArgs),
    /// The web dashboard: a one-time login link (over the API).
    Dashboard(DashboardArgs),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Commands::Run(args) => args.run(),
        Commands::Audit(args) => args.run(),
        Commands::Onboarding(args) => args.run(),
        Commands::Pki(args) => args.run(),
        Commands::User(args) => args.run(),
        Commands::Window(args) => args.run(),
        Commands::Pairing(args) => args.run(),
        Commands::Device(args) => args.run(),
        Commands::Thread(args) => args.run(),
        Commands::Matter(args) => args.run(),
        Commands::Policy(args) => args.run(),
        Commands::Dashboard(args) => args.run(),
    }
}
