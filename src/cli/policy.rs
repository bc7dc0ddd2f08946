//! `threshold policy device-classes | set-device-classes |
//! reset-device-classes`: the device-class policy, over the controller API
//! (`/v1/policy/device-classes`, docs/api.md).
//!
//! Exit codes: 0 success; 1 the hub refused (its code is printed); 2 a
//! usage, connection or local file error.

use std::io::Write;
use std::process::ExitCode;

use hyper::Method;

use crate::api::types::{DeviceClasses, SetDeviceClasses};
use crate::commissioning::policy::{DeviceClass, DeviceClassRule, TableOrigin};

use super::onboarding::parse_u16;
use super::remote::{call, emit, emit_json, finish, table, ConnArgs, Failure};

const PATH: &str = "/v1/policy/device-classes";

/// `threshold policy ...`: the hub's policies.
#[derive(Debug, Clone, clap::Args)]
pub struct PolicyArgs {
    /// The policy subcommand.
    #[command(subcommand)]
    pub cmd: PolicyCommand,
    /// How to reach the hub.
    #[command(flatten)]
    pub conn: ConnArgs,
}

/// The policy subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
#[non_exhaustive]
pub enum PolicyCommand {
    /// Show the device-class policy in force (owner, admin, member).
    DeviceClasses,
    /// Replace the device-class policy (owner, admin): stored, it replaces
    /// the configuration's, across restarts, until `reset-device-classes`.
    SetDeviceClasses {
        /// Class of a device no rule names.
        #[arg(long, default_value = "high")]
        unknown: DeviceClass,
        /// A rule `VID=CLASS` (every product of the vendor) or
        /// `VID/PID=CLASS` (one product); ids decimal or 0x hex. Repeat it.
        #[arg(long = "rule", value_name = "VID[/PID]=CLASS", value_parser = parse_rule)]
        rules: Vec<DeviceClassRule>,
    },
    /// Drop the policy set with `set-device-classes`: the configuration's
    /// is in force again (owner, admin).
    ResetDeviceClasses,
}

/// Parses `VID=CLASS` or `VID/PID=CLASS`.
fn parse_rule(s: &str) -> Result<DeviceClassRule, String> {
    let (ids, class) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?} is not VID[/PID]=CLASS"))?;
    let class: DeviceClass = class.trim().parse()?;
    let (vid, pid) = match ids.split_once('/') {
        Some((v, p)) => (parse_u16(v)?, Some(parse_u16(p)?)),
        None => (parse_u16(ids)?, None),
    };
    Ok(DeviceClassRule { vid, pid, class })
}

impl PolicyArgs {
    /// Runs the subcommand on standard output and error.
    pub fn run(&self) -> ExitCode {
        self.run_with(&mut std::io::stdout().lock(), &mut std::io::stderr().lock())
    }

    /// Runs the subcommand with explicit streams.
    pub fn run_with(&self, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
        finish(err, || self.go(out))
    }

    fn go(&self, out: &mut dyn Write) -> Result<(), Failure> {
        let client = self.conn.client()?;
        let p: DeviceClasses = match &self.cmd {
            PolicyCommand::DeviceClasses => call(&client, Method::GET, PATH, None::<&()>)?,
            PolicyCommand::SetDeviceClasses { unknown, rules } => {
                let body = SetDeviceClasses {
                    unknown_device_class: *unknown,
                    device_classes: rules.clone(),
                };
                call(&client, Method::PUT, PATH, Some(&body))?
            }
            PolicyCommand::ResetDeviceClasses => call(&client, Method::DELETE, PATH, None::<&()>)?,
        };
        if self.conn.json {
            return emit_json(out, &p);
        }
        let rows: Vec<Vec<String>> = p
            .device_classes
            .iter()
            .map(|r| {
                vec![
                    format!("{:#06x}", r.vid),
                    r.pid
                        .map_or_else(|| "any".to_owned(), |p| format!("{p:#06x}")),
                    r.class.to_string(),
                ]
            })
            .collect();
        emit(
            out,
            &format!(
                "device classes (from the {}); unknown devices: {}",
                match p.origin {
                    TableOrigin::Config => "configuration",
                    TableOrigin::Api => "API",
                },
                p.unknown_device_class
            ),
        )?;
        if rows.is_empty() {
            return Ok(());
        }
        emit(out, &table(&["VID", "PID", "CLASS"], &rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_parse() {
        assert_eq!(
            parse_rule("0xFFF1=low"),
            Ok(DeviceClassRule {
                vid: 0xFFF1,
                pid: None,
                class: DeviceClass::Low
            })
        );
        assert_eq!(
            parse_rule("65521/0x8123=high"),
            Ok(DeviceClassRule {
                vid: 0xFFF1,
                pid: Some(0x8123),
                class: DeviceClass::High
            })
        );
        for bad in [
            "0xFFF1",
            "0xFFF1=lowest",
            "x=low",
            "1/2/3=low",
            "0x10000=low",
        ] {
            assert!(parse_rule(bad).is_err(), "{bad}");
        }
    }
}
