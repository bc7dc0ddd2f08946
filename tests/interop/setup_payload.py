#!/usr/bin/env python3
"""Independent decoder/encoder for the onboarding interop test.

Uses the Matter SDK's Python SetupPayload (PyPI home-assistant-chip-core,
installed by scripts/setup.d/20-python-chip.sh) to parse QR and manual
pairing codes into fields and to generate codes from fields.

Reads one JSON array of requests on standard input and writes one JSON
array of responses, in the same order, on standard output. Requests:

  {"op": "sdk_version"}
  {"op": "parse_qr", "code": "MT:..."}
  {"op": "parse_manual", "code": "34970112332"}
  {"op": "gen_qr", "passcode": n, "vid": n, "pid": n, "discriminator": n,
   "flow": n, "rendezvous": n}
  {"op": "gen_manual", ...same fields...}

Responses: {"ok": true, "fields": {...}} for parses, {"ok": true,
"code": "..."} for generation, {"ok": false, "error": "..."} when the SDK
refuses. Exit status 0, or 3 if the SDK cannot be loaded.

The SDK's native library logs on standard output, so the JSON goes to a
duplicate of the original standard output and fd 1 is pointed at standard
error before the SDK loads. The process ends with os._exit: the SDK
aborts in its own atexit teardown in some situations.
"""

import json
import os
import sys


def fields(p):
    attrs = p.attributes
    rendezvous = attrs.get("RendezvousInformation")
    return {
        "version": p.version,
        "vid": p.vendor_id,
        "pid": p.product_id,
        "flow": p.commissioning_flow,
        "rendezvous": int(rendezvous) if rendezvous is not None else None,
        "long_discriminator": p.long_discriminator,
        "short_discriminator": p.short_discriminator,
        "passcode": p.setup_passcode,
        "serial_number": attrs.get("SerialNumber"),
        "vendor": {str(tag): value for tag, value in p.vendor_attributes.items()},
    }


def check_gen_args(r):
    # The SDK aborts the process (VerifyOrDie) on some out-of-range values,
    # so refuse them here with an error response instead.
    limits = {
        "passcode": (0, 2**32 - 1),
        "vid": (0, 0xFFFF),
        "pid": (0, 0xFFFF),
        "discriminator": (0, 0xFFF),
        "flow": (0, 0xFF),
        "rendezvous": (0, 0xFF),
    }
    for key, (lo, hi) in limits.items():
        v = r.get(key)
        if not isinstance(v, int) or not lo <= v <= hi:
            raise ValueError(f"{key}={v!r} outside {lo}..={hi}")


def handle(SetupPayload, version, r):
    op = r.get("op")
    try:
        if op == "sdk_version":
            return {"ok": True, "version": version}
        if op == "parse_qr":
            return {"ok": True, "fields": fields(SetupPayload().ParseQrCode(r["code"]))}
        if op == "parse_manual":
            return {"ok": True, "fields": fields(SetupPayload().ParseManualPairingCode(r["code"]))}
        if op in ("gen_qr", "gen_manual"):
            check_gen_args(r)
            s = SetupPayload()
            gen = s.GenerateQrCode if op == "gen_qr" else s.GenerateManualPairingCode
            code = gen(r["passcode"], r["vid"], r["pid"], r["discriminator"], r["flow"], r["rendezvous"], 0)
            return {"ok": True, "code": code}
        return {"ok": False, "error": f"unknown op {op!r}"}
    except Exception as e:  # the SDK raises ChipStackError and others
        return {"ok": False, "error": f"{type(e).__name__}: {e}"}


def main():
    requests = json.load(sys.stdin)
    sys.stdout.flush()
    out_fd = os.dup(1)
    os.dup2(2, 1)
    try:
        from importlib.metadata import version as dist_version

        import chip.native
        chip.native.Init()
        from chip.setup_payload import SetupPayload
        version = dist_version("home-assistant-chip-core")
    except Exception as e:
        print(f"setup_payload.py: cannot load the Matter SDK ({type(e).__name__}: {e}); "
              "run scripts/setup.sh", file=sys.stderr)
        sys.stderr.flush()
        os._exit(3)
    responses = [handle(SetupPayload, version, r) for r in requests]
    with os.fdopen(out_fd, "w") as out:
        json.dump(responses, out)
        out.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
