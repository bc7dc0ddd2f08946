#!/usr/bin/env python3
"""Captures raw Spinel/HDLC bytes from OpenThread's simulated ot-rcp.

Writes tests/fixtures/spinel/<name>.rcp.bin (exactly the bytes ot-rcp wrote
on its stdout for one exchange, HDLC framing included) and <name>.host.bin
(the request bytes sent to it). The HDLC encoder here is written from
RFC 1662 independently of the Rust codec, so the fixtures check the codec
against OpenThread, not against itself.

Usage: scripts/capture-spinel.py [target/ot-sim/bin/ot-rcp] [out_dir]
Node ids 31 and 32 are used (UDP ports 9031/9032 on 127.0.0.1).
"""
import os
import select
import subprocess
import sys
import time


def fcs16(data):
    fcs = 0xFFFF
    for b in data:
        fcs ^= b
        for _ in range(8):
            fcs = (fcs >> 1) ^ 0x8408 if fcs & 1 else fcs >> 1
    return fcs ^ 0xFFFF


def hdlc(payload):
    body = bytes(payload) + fcs16(payload).to_bytes(2, "little")
    out = bytearray([0x7E])
    for b in body:
        if b in (0x7E, 0x7D, 0x11, 0x13, 0xF8):
            out += bytes([0x7D, b ^ 0x20])
        else:
            out.append(b)
    out.append(0x7E)
    return bytes(out)


def frames(raw):
    """Un-escaped frames (FCS checked and removed) in raw bytes."""
    out, cur, esc = [], bytearray(), False
    for b in raw:
        if b == 0x7E:
            if len(cur) > 2 and fcs16(cur[:-2]) == int.from_bytes(cur[-2:], "little"):
                out.append(bytes(cur[:-2]))
            cur, esc = bytearray(), False
        elif b == 0x7D:
            esc = True
        else:
            cur.append(b ^ 0x20 if esc else b)
            esc = False
    return out


class Rcp:
    def __init__(self, binary, node):
        self.p = subprocess.Popen([binary, str(node)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, bufsize=0)

    def read_until(self, pred, timeout=2.0):
        raw = bytearray()
        end = time.time() + timeout
        while time.time() < end:
            r, _, _ = select.select([self.p.stdout], [], [], max(0, end - time.time()))
            if not r:
                break
            chunk = os.read(self.p.stdout.fileno(), 4096)
            if not chunk:
                break
            raw += chunk
            if any(pred(f) for f in frames(raw)):
                # A flag may follow in the next read: take what is already there.
                time.sleep(0.02)
                r, _, _ = select.select([self.p.stdout], [], [], 0)
                if r:
                    raw += os.read(self.p.stdout.fileno(), 4096)
                return bytes(raw)
        raise SystemExit(f"no expected frame; got {raw.hex()}")

    def exchange(self, payload, pred):
        req = hdlc(payload)
        self.p.stdin.write(req)
        return req, self.read_until(pred)

    def close(self):
        self.p.kill()
        self.p.wait()


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/ot-sim/bin/ot-rcp"
    out_dir = sys.argv[2] if len(sys.argv) > 2 else "tests/fixtures/spinel"
    os.makedirs(out_dir, exist_ok=True)

    def save(name, req, resp):
        if req is not None:
            open(os.path.join(out_dir, name + ".host.bin"), "wb").write(req)
        open(os.path.join(out_dir, name + ".rcp.bin"), "wb").write(resp)
        print(name, "host", req.hex() if req else "-", "rcp", resp.hex())

    a, b = Rcp(binary, 31), Rcp(binary, 32)
    try:
        # RESET (stack): the RCP answers with an unsolicited (TID 0) LAST_STATUS reset.
        tid_of = lambda f: f[0] & 0x0F
        req, resp = a.exchange([0x80, 0x01, 0x02], lambda f: f[1:3] == b"\x06\x00")
        save("reset", req, resp)
        b.exchange([0x80, 0x01, 0x02], lambda f: f[1:3] == b"\x06\x00")
        gets = [
            ("protocol_version", 0x01),
            ("ncp_version", 0x02),
            ("interface_type", 0x03),
            ("caps", 0x05),
            ("hwaddr", 0x08),
            ("rcp_api_version", 0xB0),
            ("last_status", 0x00),
        ]
        for tid, (name, prop) in enumerate(gets, start=1):
            pkt = bytes([0x80 | tid, 0x02]) + bytes([prop]) if prop < 0x80 else \
                bytes([0x80 | tid, 0x02, (prop & 0x7F) | 0x80, prop >> 7])
            req, resp = a.exchange(pkt, lambda f, t=tid: tid_of(f) == t)
            save("get_" + name, req, resp)
        # An unknown property: the RCP answers LAST_STATUS PROP_NOT_FOUND.
        req, resp = a.exchange([0x89, 0x02, 0xFF, 0x7F], lambda f: tid_of(f) == 9)
        save("get_unknown_prop", req, resp)
        # Both radios on channel 11, receiving.
        for r in (a, b):
            r.exchange([0x8A, 0x03, 0x21, 11], lambda f: tid_of(f) == 10)
            r.exchange([0x8B, 0x03, 0x20, 1], lambda f: tid_of(f) == 11)
            r.exchange([0x8D, 0x03, 0x37, 1], lambda f: tid_of(f) == 13)
        # b transmits a broadcast data frame; a receives it as an unsolicited
        # (TID 0) PROP_VALUE_IS STREAM_RAW.
        psdu = bytes([0x41, 0xD8, 0x07, 0xFF, 0xFF, 0xFF, 0xFF, 0x11, 0x22, 0x33,
                      0x44, 0x55, 0x66, 0x77, 0x88, 0x7E, 0x7D, 0x13]) + b"\x00\x00"
        tx = bytes([0x8C, 0x03, 0x71]) + len(psdu).to_bytes(2, "little") + psdu + bytes([11])
        req, resp = b.exchange(tx, lambda f: tid_of(f) == 12)
        save("tx_stream_raw", req, resp)
        resp = a.read_until(lambda f: f[1:3] == b"\x06\x71")
        save("rx_stream_raw", None, resp)
    finally:
        a.close()
        b.close()


if __name__ == "__main__":
    main()
