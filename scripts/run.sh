#!/usr/bin/env bash
# Runs the daemon on its embedded defaults: state in ./threshold-state,
# every socket on loopback, and the Thread network on OpenThread's simulated
# RCP (target/ot-sim/bin/ot-rcp, built by scripts/setup.sh -> ot-sim.sh):
# the first start forms a new simulated network. Extra arguments go to
# `threshold run` (e.g. --config config/threshold.toml). Stop it with Ctrl-C
# (SIGINT) or SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
cargo build --release --locked
exec ./target/release/threshold run "$@"
