#!/usr/bin/env bash
# Builds OpenThread's own simulation radio and node, `ot-rcp` and
# `ot-cli-ftd` (OT_PLATFORM=simulation), from the OpenThread source that the
# `openthread-sys` 0.4.0 crate bundles, into target/ot-sim/:
#
#   target/ot-sim/bin/ot-rcp       the simulated RCP (spinel over HDLC on stdio)
#   target/ot-sim/bin/ot-cli-ftd   a simulated full Thread device (CLI on stdin)
#
# Cached: when both binaries exist and target/ot-sim/bin/SOURCE names the same
# source (crate version + checksum of the source tree listing), nothing is
# rebuilt. Needs cmake, ninja, clang (scripts/setup.d/40-ot-sim.sh installs
# them). The crate's source comes from cargo's registry through a throw-away
# manifest under target/ot-sim/fetch/, so the project does not depend on
# openthread-sys itself.
#
# Usage: scripts/ot-sim.sh [--force]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${CARGO_TARGET_DIR:-$root/target}/ot-sim"
ot_sys_version="0.4.0"
force=0
[ "${1:-}" = "--force" ] && force=1

mkdir -p "$out/fetch/src" "$out/bin"
cat >"$out/fetch/Cargo.toml" <<TOML
[package]
name = "ot-sim-fetch"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
openthread-sys = "=$ot_sys_version"

[workspace]
TOML
[ -f "$out/fetch/src/lib.rs" ] || : >"$out/fetch/src/lib.rs"

# `cargo fetch` downloads the crate once; `cargo metadata` says where cargo
# unpacked it (this works offline once it is in the registry).
cargo fetch --quiet --manifest-path "$out/fetch/Cargo.toml"
manifest="$(cargo metadata --quiet --format-version 1 --manifest-path "$out/fetch/Cargo.toml" |
    python3 -c 'import json,sys
m = json.load(sys.stdin)
print(next(p["manifest_path"] for p in m["packages"] if p["name"] == "openthread-sys"))')"
crate_dir="$(dirname "$manifest")"
src="$crate_dir/openthread"
if [ ! -f "$src/CMakeLists.txt" ]; then
    echo "ot-sim: no OpenThread source at $src" >&2
    exit 1
fi

# The cache key: crate version plus a checksum of the source's file list and sizes.
key="openthread-sys-$ot_sys_version $(cd "$src" && find . -type f -printf '%p %s\n' | LC_ALL=C sort | sha256sum | cut -d' ' -f1)"
if [ "$force" = 0 ] && [ -x "$out/bin/ot-rcp" ] && [ -x "$out/bin/ot-cli-ftd" ] &&
    [ "$(cat "$out/bin/SOURCE" 2>/dev/null)" = "$key" ]; then
    exit 0
fi

echo "ot-sim: building ot-rcp and ot-cli-ftd from $src (about 2-4 minutes)" >&2
# The registry copy is read-only by convention: build from a private copy.
rm -rf "$out/src" "$out/build"
cp -r "$src" "$out/src"
cmake -S "$out/src" -B "$out/build" -GNinja -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_TESTING=OFF -DOT_PLATFORM=simulation -DOT_COMPILE_WARNING_AS_ERROR=OFF \
    -DOT_APP_CLI=ON -DOT_APP_RCP=ON -DOT_APP_NCP=OFF -DOT_FTD=ON -DOT_MTD=OFF -DOT_RCP=ON \
    -DOT_JOINER=ON -DOT_SRP_CLIENT=ON -DOT_ECDSA=ON >"$out/cmake.log" 2>&1 ||
    { tail -n 40 "$out/cmake.log" >&2; exit 1; }
ninja -C "$out/build" ot-rcp ot-cli-ftd >"$out/ninja.log" 2>&1 ||
    { tail -n 40 "$out/ninja.log" >&2; exit 1; }
install -m 0755 "$out/build/examples/apps/ncp/ot-rcp" "$out/bin/ot-rcp"
install -m 0755 "$out/build/examples/apps/cli/ot-cli-ftd" "$out/bin/ot-cli-ftd"
printf '%s\n' "$key" >"$out/bin/SOURCE"
echo "ot-sim: built $out/bin/ot-rcp and $out/bin/ot-cli-ftd" >&2
