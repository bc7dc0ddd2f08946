#!/usr/bin/env bash
# Builds OpenThread's border router agent, `otbr-agent` (ot-br-posix), with
# its REST server, for the comparison in benches/otbr_rest.rs
# (docs/performance.md, "OTBR REST: Threshold vs otbr-agent"). Not part of
# the project's build: nothing here is installed, and no ot-br-posix source
# goes into this repository.
#
# Usage: scripts/build-otbr-agent.sh OTBR_SRC OT_SRC [OUT]
#
#   OTBR_SRC  an ot-br-posix source tree with its cJSON and cpp-httplib
#             submodules in place (third_party/cJSON/repo,
#             third_party/cpp-httplib/repo); its OpenThread submodule is
#             not used. The figures in docs/performance.md are from commit
#             70056146abf327b76227b2564210b71ea4244ca9 (2025-11-03), cJSON
#             cf97c6f0, cpp-httplib 03cf43eb (the submodule commits it pins).
#   OT_SRC    an OpenThread source tree: the daemon's own,
#             vendor/openthread-sys/openthread (so both border routers run
#             the same OpenThread core; ot-br-posix 70056146 builds with it).
#   OUT       where to build (default /work/otbr); the binary ends up in
#             OUT/build/src/agent/otbr-agent, ot-ctl in
#             OUT/build/third_party/openthread/repo/src/posix/ot-ctl.
#
# The sources must be fetched by hand: the build machine has no GitHub
# access. For example, on a machine that has it:
#
#   git clone https://github.com/openthread/ot-br-posix && cd ot-br-posix
#   git checkout 70056146abf327b76227b2564210b71ea4244ca9
#   git submodule update --init third_party/cJSON/repo third_party/cpp-httplib/repo
#
# then copy the tree over. Needs cmake, ninja, a C++ compiler and pkg-config
# (apt-get install -y cmake ninja-build g++ pkg-config); no other -dev
# package: DBus, the web GUI and avahi/mDNSResponder are off (OpenThread's
# own mDNS), libsystemd is used only if present. The build is niced and
# single-job (`nice -n 10 ninja -j1`, about 20-30 minutes on 2 cores) so it
# does not starve other work; set OTBR_JOBS to change -j.
#
# Configuration: ot-br-posix's defaults (border routing, NAT64, TREL, SRP
# advertising proxy through OpenThread's mDNS) with the REST server on, DBus
# and the web GUI off, the backbone router off, a release build, and
# OT_POSIX_SETTINGS_PATH relative ("otbr-settings"): otbr-agent keeps its
# settings under the directory it is started in (the bench starts each run
# in a fresh one) rather than in /var/lib/thread.
#
# The backbone router (Thread 1.2 multicast across the backbone) is off
# because it needs IPv6 multicast routing in the kernel (CONFIG_IPV6_MROUTE):
# on a kernel without it, otbr-agent exits as soon as it becomes leader
# ("InitMulticastRouterSock() at multicast_routing.cpp: Protocol not
# available"), as it did on the development VM. It plays no part in REST.
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n '2,/^set -euo/p' "$0" | sed 's/^# \{0,1\}//;/^set -euo/d' >&2
    exit 2
fi
otbr_src="$(cd "$1" && pwd)"
ot_src="$(cd "$2" && pwd)"
out="${3:-/work/otbr}"
jobs="${OTBR_JOBS:-1}"

for f in "$otbr_src/CMakeLists.txt" "$otbr_src/src/rest/rest_web_server.cpp" \
    "$otbr_src/third_party/cJSON/repo/cJSON.c" "$otbr_src/third_party/cpp-httplib/repo/httplib.h" \
    "$ot_src/CMakeLists.txt" "$ot_src/third_party/mbedtls/repo/include/mbedtls/ssl.h"; do
    [ -f "$f" ] || { echo "build-otbr-agent: missing $f" >&2; exit 1; }
done

mkdir -p "$out"
# A private copy with OpenThread where ot-br-posix expects its submodule.
rm -rf "$out/src"
cp -r "$otbr_src" "$out/src"
rm -rf "$out/src/third_party/openthread/repo"
cp -r "$ot_src" "$out/src/third_party/openthread/repo"

cmake -S "$out/src" -B "$out/build" -GNinja \
    -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_TESTING=OFF \
    -DOTBR_REST=ON \
    -DOTBR_DBUS=OFF \
    -DOTBR_WEB=OFF \
    -DOTBR_MDNS=openthread \
    -DOTBR_BACKBONE_ROUTER=OFF \
    -DOTBR_NOTIFY_UPSTART=OFF \
    -DOT_COMPILE_WARNING_AS_ERROR=OFF \
    -DOT_POSIX_SETTINGS_PATH='"otbr-settings"' \
    -DOT_FULL_LOGS=OFF
nice -n 10 ninja -C "$out/build" -j"$jobs" otbr-agent ot-ctl
echo "build-otbr-agent: $out/build/src/agent/otbr-agent"
"$out/build/src/agent/otbr-agent" --version || true
