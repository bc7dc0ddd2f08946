# shellcheck shell=bash
# Sourced by scripts/setup.sh. The `openthread` / `openthread-sys` crates
# build OpenThread from source on the host (cmake + ninja, clang for
# bindgen), and scripts/ot-sim.sh builds OpenThread's simulated `ot-rcp`
# and `ot-cli-ftd` from the same source: the Thread tests (tests/thread_*.rs)
# run the daemon against them inside private network namespaces (iproute2).
# The radio helper's 40-* script installs an overlapping set: apt-get skips
# what is already there.
ot_need=()
command -v cmake >/dev/null 2>&1 || ot_need+=(cmake)
command -v ninja >/dev/null 2>&1 || ot_need+=(ninja-build)
command -v clang >/dev/null 2>&1 || ot_need+=(clang)
command -v ip >/dev/null 2>&1 || ot_need+=(iproute2)
dpkg-query -W -f='${Status}' libclang-dev 2>/dev/null | grep -q 'ok installed' || ot_need+=(libclang-dev)
if [ ${#ot_need[@]} -gt 0 ]; then
    echo "setup: installing ${ot_need[*]}" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${ot_need[@]}" >/dev/null
fi
unset ot_need
