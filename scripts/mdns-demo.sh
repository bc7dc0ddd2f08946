#!/usr/bin/env bash
# mDNS demo: watch the hub and a paired simulated device appear in
# avahi-browse. Everything runs in a private network namespace (nothing is
# multicast on this machine's interfaces); needs root (ip netns).
#
#   sudo ./scripts/mdns-demo.sh          # runs the demo, prints avahi-browse, cleans up
#   sudo ./scripts/mdns-demo.sh --wait   # ... then keeps it running until Enter
#
# Steps: a namespace `thr-demo-<pid>` with a veth (10.77.0.1/24, its peer in
# a second namespace); avahi-daemon with its own D-Bus inside; the hub
# (`threshold run`, mDNS on the veth) with a TEST ONLY device's PAA trusted;
# owner enrollment, a commissioning window (the pairing service appears),
# `threshold device simulate` pairing the device and registering
# "Demo Lamp" (_http._tcp, port 8080) from the other namespace, as a LAN
# device would; `avahi-browse -artpk` after each step.
set -euo pipefail
cd "$(dirname "$0")/.."
WAIT=0
[ "${1:-}" = "--wait" ] && WAIT=1
if [ "$(id -u)" != 0 ]; then
    echo "mdns-demo: needs root (network namespaces); run it with sudo" >&2
    exit 2
fi
. scripts/setup.sh
cargo build --locked -q
BIN="$PWD/target/debug/threshold"

NS="thr-demo-$$"
PEER="thr-demop-$$"
WORK="$(mktemp -d /tmp/threshold-demo.XXXXXX)"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    ip netns del "$NS" 2>/dev/null || true
    ip netns del "$PEER" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM
# Background processes are started with `ip netns exec` directly (it execs
# the program), so that $! is the program and cleanup can stop it.
in_ns() { ip netns exec "$NS" "$@"; }
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$WORK/bus"

echo "== namespace $NS (veth th0 10.77.0.1/24)"
ip netns add "$NS"
ip netns add "$PEER"
for n in "$NS" "$PEER"; do
    ip -n "$n" link set lo up
    ip netns exec "$n" sysctl -qw net.ipv6.conf.all.disable_ipv6=1
    ip netns exec "$n" sysctl -qw net.ipv6.conf.default.disable_ipv6=1
done
ip -n "$NS" link add th0 type veth peer name th0 netns "$PEER"
ip -n "$NS" addr add 10.77.0.1/24 dev th0
ip -n "$PEER" addr add 10.77.0.2/24 dev th0
for n in "$NS" "$PEER"; do
    ip -n "$n" link set th0 multicast on up
    ip -n "$n" route add 224.0.0.0/4 dev th0
done

echo "== avahi-daemon (own D-Bus at $WORK/bus)"
cat >"$WORK/dbus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>system</type><listen>unix:path=$WORK/bus</listen><auth>EXTERNAL</auth>
<policy context="default"><allow user="*"/><allow own="*"/><allow send_type="method_call"/>
<allow send_type="signal"/><allow send_type="method_return"/><allow send_type="error"/>
<allow receive_type="method_call"/><allow receive_type="signal"/>
<allow receive_type="method_return"/><allow receive_type="error"/></policy></busconfig>
CONF
ip netns exec "$NS" dbus-daemon --config-file="$WORK/dbus.conf" --nofork --nopidfile 2>/dev/null &
PIDS+=($!)
for _ in $(seq 50); do [ -S "$WORK/bus" ] && break; sleep 0.1; done
cat >"$WORK/avahi.conf" <<CONF
[server]
host-name=demo-avahi
use-ipv4=yes
use-ipv6=no
allow-interfaces=th0
[publish]
publish-workstation=no
CONF
ip netns exec "$NS" sh -c "mkdir -p /run/avahi-daemon && mount -t tmpfs none /run/avahi-daemon && exec avahi-daemon --no-drop-root --no-chroot --no-rlimits -s -f $WORK/avahi.conf" &
PIDS+=($!)
for _ in $(seq 100); do in_ns avahi-browse -atp >/dev/null 2>&1 && break; sleep 0.2; done

echo "== a TEST ONLY device, its PAA trusted by the hub"
STATE="$WORK/state"
mkdir -p "$STATE/paa-roots"
"$BIN" pki mint-test-device --vid FFF1 --pid 8001 --out "$WORK/device" >/dev/null
cp "$WORK/device/TEST-ONLY-paa-cert.pem" "$STATE/paa-roots/"
QR=$(sed -n 's/^qr = "\(.*\)"$/\1/p' "$WORK/device/TEST-ONLY-setup-payload.toml")
cat >"$WORK/threshold.toml" <<CONF
state_dir = "$STATE"
# The TEST ONLY vendor's devices are low risk here (unknown devices are high).
[[commissioning.device_classes]]
vid = 0xFFF1
class = "low"
[coap]
# Devices reach the hub over the veth, from the other namespace.
tls_listen = "10.77.0.1:5684"
udp_listen = "10.77.0.1:5683"
[mdns]
interfaces = ["th0"]
instance_name = "Demo Hub"
host_name = "demo-hub"
[thread]
# This demo is about mDNS: no simulated radio in the namespace.
enabled = false
CONF

echo "== the hub: threshold run (log: $WORK/hub.log)"
ip netns exec "$NS" "$BIN" run --config "$WORK/threshold.toml" >"$WORK/hub.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do grep -q "mDNS advertising" "$WORK/hub.log" 2>/dev/null && break; sleep 0.2; done
grep -q "mDNS advertising" "$WORK/hub.log" || { cat "$WORK/hub.log"; exit 1; }
C=(--config "$WORK/threshold.toml")
in_ns "$BIN" user enroll "${C[@]}" --code "$(cat "$STATE/run/owner-code")" --name Alice --out "$WORK/me" >/dev/null
browse() {
    sleep 2
    echo "== avahi-browse -artpk (resolved services, as avahi-daemon sees them)"
    in_ns avahi-browse -artpk | grep '^=' | grep -E '_threshold|_http' | sort
}
browse
echo "== window open: the pairing service appears"
in_ns "$BIN" window open "${C[@]}" --payload "$QR" --class low
browse
echo "== device simulate (in $PEER, 10.77.0.2): pairs, then registers \"Demo Lamp\" (_http._tcp, 8080)"
ip netns exec "$PEER" "$BIN" device simulate "${C[@]}" --hub 10.77.0.1:5684 --payload "$QR" \
    --dac "$WORK/device/TEST-ONLY-dac-cert.pem" --dac-key "$WORK/device/TEST-ONLY-dac-key.pem" \
    --pai "$WORK/device/TEST-ONLY-pai-cert.pem" \
    --service-name "Demo Lamp" --service-type _http._tcp --service-port 8080 --service-txt path=/
echo "(the window closed when the device was admitted: the pairing service said goodbye)"
browse
if [ "$WAIT" = 1 ]; then
    echo
    echo "Running. In another shell, as root:"
    echo "  DBUS_SYSTEM_BUS_ADDRESS=unix:path=$WORK/bus ip netns exec $NS avahi-browse -a -r -k"
    echo "  ip netns exec $NS $BIN device list --config $WORK/threshold.toml"
    read -r -p "Press Enter to stop (goodbyes are sent, everything is removed) " _
fi
