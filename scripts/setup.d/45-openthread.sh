# shellcheck shell=bash
# Sourced by scripts/setup.sh. The Thread tests (tests/thread_*.rs) and the
# RCP-recovery bench run the hub and OpenThread's simulated nodes inside
# private network namespaces: they need `ip` (iproute2). The C build tools
# the `openthread` crate needs (cmake, ninja, clang, libclang-dev) and the
# simulated ot-rcp / ot-cli-ftd come from 40-ot-sim.sh.
if ! command -v ip >/dev/null 2>&1; then
    echo "setup: installing iproute2" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq iproute2 >/dev/null
fi
