#!/usr/bin/env bash
# Builds OpenThread's own simulation radio and node, `ot-rcp` and
# `ot-cli-ftd` (OT_PLATFORM=simulation), from the OpenThread source that the
# `openthread-sys` 0.4.0 crate bundles (vendor/openthread-sys/openthread), into target/ot-sim/:
#
#   target/ot-sim/bin/ot-rcp       the simulated RCP (spinel over HDLC on stdio)
#   target/ot-sim/bin/ot-cli-ftd   a simulated full Thread device (CLI on stdin)
#
# Cached: when both binaries exist and target/ot-sim/bin/SOURCE names the same
# source (crate version + checksum of the source tree listing), nothing is
# rebuilt. Needs cmake, ninja, clang (scripts/setup.d/40-ot-sim.sh installs
# them). The source is the one the daemon links: the patched copy of the
# crate in vendor/openthread-sys/ (vendor/README.md).
#
# Usage: scripts/ot-sim.sh [--force]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${CARGO_TARGET_DIR:-$root/target}/ot-sim"
ot_sys_version="0.4.0"
force=0
[ "${1:-}" = "--force" ] && force=1

mkdir -p "$out/bin"
src="$root/vendor/openthread-sys/openthread"
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
