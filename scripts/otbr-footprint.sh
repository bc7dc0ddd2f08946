#!/usr/bin/env bash
# otbr-agent's footprint, for the footprint bench's same-run comparison
# (OTBR_MEASURE=scripts/otbr-footprint.sh; docs/performance.md, "Footprint
# and restart"). Prints `p50 <metric> <value>` lines in the bench's units.
#
# Needs root, an otbr-agent and its ot-ctl built from ot-br-posix outside
# this repository (OTBR_AGENT, OTBR_CTL), and the simulated RCP
# (scripts/ot-sim.sh). Each run (FOOTPRINT_RUNS, default 5), in a network
# namespace of its own with a veth pair as the infrastructure link:
#   fresh start -> leader: spawn, then `dataset init new`, `dataset commit
#     active`, `ifconfig up`, `thread start` over ot-ctl, until `ot-ctl
#     state` says leader (polled every 100 ms);
#   idle RSS: VmRSS once it has not changed for 3 one-second samples;
#   restart -> leader: SIGTERM, the RCP gone, spawn again on the saved
#     settings, until `state` says leader.
# otbr-agent keeps its settings where its build says (/var/lib/thread by
# default, a path relative to its working directory in some builds): the
# script runs it in a fresh directory per run, in a mount namespace of its
# own with a tmpfs on /var/lib/thread, so the host's settings are untouched.
set -euo pipefail
if [ -z "${OTBR_FOOTPRINT_PRIVATE:-}" ]; then
    OTBR_FOOTPRINT_PRIVATE=1 exec unshare --mount --propagation private "$0" "$@"
fi
cd "$(dirname "$0")/.."
agent=${OTBR_AGENT:?OTBR_AGENT: path of otbr-agent}
ctl_bin=${OTBR_CTL:?OTBR_CTL: path of its ot-ctl}
rcp=${CARGO_TARGET_DIR:-$PWD/target}/ot-sim/bin/ot-rcp
runs=${FOOTPRINT_RUNS:-5}
ns=otbr-footprint-$$
work=$(mktemp -d)
mkdir -p /var/lib/thread
mount -t tmpfs tmpfs /var/lib/thread
cleanup() {
    pkill -f "$rcp" 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

cp "$agent" "$work/agent"
strip "$work/agent"
size=$(stat -c %s "$work/agent")
now() { date +%s.%N; }
ctl() { ip netns exec "$ns" "$ctl_bin" -I wpan0 "$@" 2>/dev/null; }
spawn() {
    (cd "$work/run" && exec ip netns exec "$ns" "$agent" -I wpan0 -B eth0 \
        "spinel+hdlc+forkpty://$rcp?forkpty-arg=1" trel://eth0 >"$work/agent.log" 2>&1) &
    pid=$!
}
wait_leader() {
    for _ in $(seq 1200); do
        [ "$(ctl state | head -1 | tr -d '\r')" = leader ] && return 0
        sleep 0.1
    done
    echo "otbr-footprint: never led" >&2
    exit 1
}
settled_rss() {
    local prev=0 same=0 r=0
    for _ in $(seq 30); do
        r=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
        if [ "$r" = "$prev" ]; then
            same=$((same + 1))
            [ "$same" -ge 3 ] && break
        else
            same=0
        fi
        prev=$r
        sleep 1
    done
    echo "$r"
}
stop() {
    kill -TERM "$pid"
    wait "$pid" || true
    pkill -f "$rcp" 2>/dev/null || true
}
fresh=() idle=() restart=()
for run in $(seq "$runs"); do
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    ip -n "$ns" link add eth0 type veth peer name eth1
    ip -n "$ns" link set eth1 up
    ip -n "$ns" link set eth0 up
    rm -rf /var/lib/thread/* "$work/run"
    mkdir "$work/run"
    t0=$(now)
    spawn
    for _ in $(seq 100); do ctl state >/dev/null && break; sleep 0.1; done
    ctl dataset init new >/dev/null
    ctl dataset commit active >/dev/null
    ctl ifconfig up >/dev/null
    ctl thread start >/dev/null
    wait_leader
    fresh+=("$(echo "$(now) - $t0" | bc)")
    idle+=("$(settled_rss)")
    stop
    t0=$(now)
    spawn
    wait_leader
    restart+=("$(echo "$(now) - $t0" | bc)")
    stop
    ip netns del "$ns"
    echo "otbr-agent run $run: fresh ${fresh[-1]} s, idle ${idle[-1]} KiB, restart ${restart[-1]} s" >&2
done
p50() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
echo "p50 stripped_binary_mb $(echo "scale=3; $size / 1000000" | bc)"
echo "p50 fresh_start_to_leader_s $(p50 "${fresh[@]}")"
echo "p50 idle_rss_mib $(echo "scale=3; $(p50 "${idle[@]}") / 1024" | bc)"
echo "p50 restart_to_leader_s $(p50 "${restart[@]}")"
