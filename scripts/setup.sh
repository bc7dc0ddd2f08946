#!/usr/bin/env bash
# Installs what building and testing Threshold needs on a Debian machine.
# Idempotent: installs only what is missing. Sourced by run.sh and test.sh.
set -euo pipefail

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages: a C toolchain (SQLite and ring build C), pkg-config, and
# the sqlite3 CLI (the audit tamper tests edit the database with it).
need=()
command -v cc >/dev/null 2>&1 || need+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v curl >/dev/null 2>&1 || need+=(curl ca-certificates)
if [ ${#need[@]} -gt 0 ]; then
    echo "setup: installing ${need[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Rust: the MSRV is 1.94 (Yocto wrynose); Debian's own rustc is older, so a
# machine without cargo gets rustup's stable toolchain.
if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    else
        echo "setup: installing the Rust toolchain with rustup" >&2
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
fi

# Per-subsystem prerequisites (apt packages, Python tools): each file in
# scripts/setup.d/ installs what its tests or tools need, idempotently.
for part in "$(dirname "${BASH_SOURCE[0]}")"/setup.d/*.sh; do
    [ -e "$part" ] || continue
    # shellcheck source=/dev/null
    . "$part"
done
