# shellcheck shell=bash
# Sourced by scripts/setup.sh (and by scripts/yocto-check.sh). The Yocto
# layer's static check (scripts/yocto-check.sh) lints every recipe with
# oelint-adv, pinned (9.11 knows `--release wrynose`), in the project venv
# ./.venv.

oelint_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
oelint_venv="$oelint_root/.venv"
oelint_pin="oelint-adv==9.11.2"

if ! command -v python3 >/dev/null 2>&1 \
    || ! dpkg-query -W -f='${Status}' python3-venv 2>/dev/null | grep -q 'ok installed'; then
    echo "setup: installing python3 python3-venv" >&2
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3 python3-venv >/dev/null
fi
if ! "$oelint_venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "setup: creating $oelint_venv" >&2
    rm -rf "$oelint_venv"
    python3 -m venv "$oelint_venv"
fi
# `oelint-adv --version` prints "oelint-adv 9.11.2" (pip freeze spells the
# name oelint_adv).
if [ "$("$oelint_venv/bin/oelint-adv" --version 2>/dev/null)" != "oelint-adv ${oelint_pin#*==}" ]; then
    echo "setup: installing $oelint_pin into $oelint_venv" >&2
    "$oelint_venv/bin/python" -m pip install -q --disable-pip-version-check "$oelint_pin"
fi
unset oelint_root oelint_venv oelint_pin
