# shellcheck shell=bash
# Sourced by scripts/setup.sh. The mDNS tests (tests/mdns_*.rs), the mDNS
# benchmark (benches/mdns.rs) and scripts/mdns-demo.sh run real peers inside
# network namespaces they create:
#   * iproute2 (`ip netns`), dbus (a private bus per avahi-daemon),
#     avahi-daemon and avahi-utils (`avahi-browse`, `avahi-publish`);
#     installed with a policy-rc.d that keeps the host's own avahi-daemon
#     from being started by the install (nothing may multicast on the
#     host's interfaces);
#   * python-zeroconf (pinned) in the project venv ./.venv, the
#     independent DNS-SD browser.

mdns_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mdns_venv="$mdns_root/.venv"
mdns_pin="zeroconf==0.154.0"

mdns_need=()
command -v ip >/dev/null 2>&1 || mdns_need+=(iproute2)
command -v dbus-daemon >/dev/null 2>&1 || mdns_need+=(dbus)
command -v avahi-daemon >/dev/null 2>&1 || mdns_need+=(avahi-daemon)
command -v avahi-browse >/dev/null 2>&1 || mdns_need+=(avahi-utils)
command -v python3 >/dev/null 2>&1 || mdns_need+=(python3)
dpkg-query -W -f='${Status}' python3-venv 2>/dev/null | grep -q 'ok installed' || mdns_need+=(python3-venv)
if [ ${#mdns_need[@]} -gt 0 ]; then
    echo "setup: installing ${mdns_need[*]}" >&2
    mdns_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
        as_root chmod 755 /usr/sbin/policy-rc.d
        mdns_policy=1
    fi
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${mdns_need[@]}" >/dev/null
    [ "$mdns_policy" = 1 ] && as_root rm -f /usr/sbin/policy-rc.d
    unset mdns_policy
fi

if ! "$mdns_venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "setup: creating $mdns_venv" >&2
    rm -rf "$mdns_venv"
    python3 -m venv "$mdns_venv"
fi
# Also when the pinned version is listed but does not import (a venv copied
# without one of its dependencies, e.g. ifaddr).
if ! "$mdns_venv/bin/python" -m pip freeze --disable-pip-version-check 2>/dev/null | grep -qixF "$mdns_pin" \
    || ! "$mdns_venv/bin/python" -c 'import zeroconf' >/dev/null 2>&1; then
    echo "setup: installing $mdns_pin into $mdns_venv" >&2
    "$mdns_venv/bin/python" -m pip install -q --disable-pip-version-check "$mdns_pin"
fi
unset mdns_root mdns_venv mdns_pin mdns_need
