# shellcheck shell=bash
# Sourced by scripts/setup.sh. OpenThread's own simulated radio and node
# (target/ot-sim/bin/ot-rcp, ot-cli-ftd) are the dev default radio of
# `threshold run` and the peers of the radio and Thread tests. This installs
# the C build tools they need (cmake, ninja, clang; libclang-dev is also what
# the openthread-sys crate's bindgen needs), then builds them with
# scripts/ot-sim.sh, which does nothing when they are already built; and
# iproute2 (`ip netns`) for the tests' private network namespaces and procps
# (`sysctl`: the border-routing test turns on IPv6 forwarding in its hub
# namespace and RIO acceptance in its LAN namespace).
ot_need=()
command -v cmake >/dev/null 2>&1 || ot_need+=(cmake)
command -v ninja >/dev/null 2>&1 || ot_need+=(ninja-build)
command -v clang >/dev/null 2>&1 || ot_need+=(clang)
command -v python3 >/dev/null 2>&1 || ot_need+=(python3)
# The radio tests run each simulated RCP in its own network namespace.
command -v ip >/dev/null 2>&1 || ot_need+=(iproute2)
command -v sysctl >/dev/null 2>&1 || ot_need+=(procps)
dpkg-query -W -f='${Status}' libclang-dev 2>/dev/null | grep -q 'ok installed' || ot_need+=(libclang-dev)
if [ ${#ot_need[@]} -gt 0 ]; then
    echo "setup: installing ${ot_need[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${ot_need[@]}" >/dev/null
fi
unset ot_need
"$(dirname "${BASH_SOURCE[0]}")/../ot-sim.sh"
