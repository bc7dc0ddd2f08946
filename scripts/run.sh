#!/usr/bin/env bash
# Runs the daemon on its embedded defaults: state in ./threshold-state,
# every socket on loopback. Extra arguments go to `threshold run`
# (e.g. --config config/threshold.toml). Stop it with Ctrl-C (SIGINT) or SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
cargo build --release --locked
exec ./target/release/threshold run "$@"
