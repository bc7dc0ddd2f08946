#!/usr/bin/env bash
# Runs every check and test: formatting, clippy, unit, property,
# integration and end-to-end tests, and compiles the benchmarks.
# This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
# A clean CI clone builds everything once: incremental state would only add
# ~13 GB of disk that no later build reads.
if [ "${CI:-}" = "true" ]; then
    export CARGO_INCREMENTAL=0
fi

echo "== cargo fmt --check" >&2
cargo fmt --all -- --check
echo "== cargo clippy" >&2
cargo clippy --locked --all-targets -- -D warnings
# The hub image's build: the binary without the developer's tools.
cargo clippy --locked --lib --bins --no-default-features -- -D warnings
echo "== cargo test" >&2
cargo test --locked --all-targets
echo "== doc tests and docs" >&2
cargo test --locked --doc
RUSTDOCFLAGS="-D warnings" cargo doc --locked --no-deps
echo "== yocto layer (oelint-adv, crate list)" >&2
scripts/yocto-check.sh
echo "all checks passed" >&2
