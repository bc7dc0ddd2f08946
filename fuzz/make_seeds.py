#!/usr/bin/env python3
"""Writes the generated seeds of fuzz/corpus/<target>/ (docs/fuzzing.md).

Seeds come from the repository's own fixtures and documented examples:
docs/protocol.md bodies, the onboarding test vectors, the captured Thread
dataset, config/*.toml, tests/fixtures/matter-test-pki. Tokens are signed with
the fuzzing-only hub key of fuzz/checks/cwt_token.rs, so the cwt_token and
pairing_cbor targets start past the signature check. Needs Python 3 and the
`cryptography` package. Run from anywhere: `python3 fuzz/make_seeds.py`.
Output is deterministic (fixed keys, RFC 6979 signatures): files are named
after what they hold and rewritten identically; nothing is deleted.
"""

import hashlib
import os
import struct
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "corpus")

# fuzz/checks/cwt_token.rs HUB_PKCS8_HEX (a key made for fuzzing only).
HUB_PKCS8_HEX = (
    "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"
    "a224b58735e9afc7d811427ffb14e48c5541ddb3203b20351c7fc4588a96703ba1440342"
    "0004a378383bfb4fc8d2a3ac0af39c3331ef69f6313c60708cf01f476e1804115564536590"
    "308386b579fa0705ed8d8015b3b3f44ce0c0927e70297f2f8955fe553a"
)


def write(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


# --------------------------------------------------------------------- CBOR


class Tag:
    def __init__(self, tag, value):
        self.tag, self.value = tag, value


def head(major, n):
    if n < 24:
        return bytes([major << 5 | n])
    for info, fmt, lim in ((24, ">B", 1 << 8), (25, ">H", 1 << 16), (26, ">I", 1 << 32)):
        if n < lim:
            return bytes([major << 5 | info]) + struct.pack(fmt, n)
    return bytes([major << 5 | 27]) + struct.pack(">Q", n)


def cbor(v):
    """Canonical-enough CBOR; a dict keeps its insertion order."""
    if v is True:
        return b"\xf5"
    if v is False:
        return b"\xf4"
    if v is None:
        return b"\xf6"
    if isinstance(v, int):
        return head(0, v) if v >= 0 else head(1, -1 - v)
    if isinstance(v, bytes):
        return head(2, len(v)) + v
    if isinstance(v, str):
        b = v.encode()
        return head(3, len(b)) + b
    if isinstance(v, list):
        return head(4, len(v)) + b"".join(cbor(x) for x in v)
    if isinstance(v, dict):
        return head(5, len(v)) + b"".join(cbor(k) + cbor(x) for k, x in v.items())
    if isinstance(v, Tag):
        return head(6, v.tag) + cbor(v.value)
    raise TypeError(v)


# ------------------------------------------------------------------ tokens

HUB = serialization.load_der_private_key(bytes.fromhex(HUB_PKCS8_HEX), None)
HUB_PUB = HUB.public_key().public_bytes(
    serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
)
KID = hashlib.sha256(HUB_PUB).digest()[:8]
HUB_ID = "threshold:" + KID.hex()
# The device key of the tokens: the hub key's point (the pairing target's
# operational peer presents the same key).
DEV_PUB = HUB_PUB


def claims(over=None):
    c = {
        1: HUB_ID,
        2: hashlib.sha256(DEV_PUB).hexdigest(),
        3: HUB_ID,
        4: 4102444800,  # 2100-01-01
        5: 1700000000,
        6: 1700000000,
        7: bytes(range(16)),
        8: {1: {1: 2, -1: 1, -2: DEV_PUB[1:33], -3: DEV_PUB[33:]}},
        9: "setup",
        "user": "u1",
        "window": 7,
    }
    c.update(over or {})
    return c


def sign1(payload, protected=None, tags=(61, 18)):
    prot = cbor(protected if protected is not None else {1: -7, 4: KID})
    tbs = cbor(["Signature1", prot, b"", payload])
    r, s = decode_dss_signature(HUB.sign(tbs, ec.ECDSA(hashes.SHA256(), deterministic_signing=True)))
    v = [prot, {}, payload, r.to_bytes(32, "big") + s.to_bytes(32, "big")]
    for t in reversed(tags):
        v = Tag(t, v)
    return cbor(v)


def token_seeds():
    t = "cwt_token"
    ok = sign1(cbor(claims()))
    write(t, "token_setup", ok)
    write(t, "token_full_untagged", sign1(cbor(claims({9: "full"})), tags=()))
    write(t, "token_cose_tag_only", sign1(cbor(claims()), tags=(18,)))
    write(t, "token_wrong_issuer", sign1(cbor(claims({1: "threshold:0000000000000000"}))))
    write(t, "token_extra_claim", sign1(cbor(claims({"x": 1}))))
    write(t, "token_es384_header", sign1(cbor(claims()), protected={1: -35}))
    bad = bytearray(ok)
    bad[-1] ^= 1
    write(t, "token_bad_signature", bytes(bad))
    write(t, "claims", cbor(claims()))
    write(t, "claims_int_user", cbor(claims({"user": 5})))
    return ok


# ------------------------------------------------------------------- CoAP


def options(opts):
    out, prev = b"", 0
    for num, val in sorted(opts, key=lambda o: o[0]):
        d, prev = num - prev, num
        parts = []
        ext = b""
        for v in (d, len(val)):
            if v < 13:
                parts.append(v)
            elif v < 269:
                parts.append(13)
                ext += bytes([v - 13])
            else:
                parts.append(14)
                ext += struct.pack(">H", v - 269)
        out += bytes([parts[0] << 4 | parts[1]]) + ext + val
    return out


def uri(path):
    return [(11, s.encode()) for s in path.split("/") if s]


def tcp(code, token=b"", opts=(), payload=b""):
    body = options(list(opts)) + ((b"\xff" + payload) if payload else b"")
    n = len(body)
    if n < 13:
        h = bytes([n << 4 | len(token)])
    elif n < 269:
        h = bytes([13 << 4 | len(token), n - 13])
    elif n < 65805:
        h = bytes([14 << 4 | len(token)]) + struct.pack(">H", n - 269)
    else:
        h = bytes([15 << 4 | len(token)]) + struct.pack(">I", n - 65805)
    return h + bytes([code]) + token + body


def udp(mtype, code, mid, token=b"", opts=(), payload=b""):
    h = bytes([0x40 | mtype << 4 | len(token), code]) + struct.pack(">H", mid)
    return h + token + options(list(opts)) + ((b"\xff" + payload) if payload else b"")


CF_CBOR = (12, bytes([60]))


def coap_seeds(pair_bodies):
    t = "coap_tcp_frame"
    csm = tcp(0xE1, opts=[(2, struct.pack(">H", 8192)), (4, b"")])
    get_hub = tcp(0x01, b"\x01\x02", uri("hub"))
    start = tcp(0x02, b"\x03", uri("pair/start") + [CF_CBOR], pair_bodies["start"])
    write(t, "csm", csm)
    write(t, "csm_get_hub", csm + get_hub)
    write(t, "csm_post_pair_start", csm + start)
    write(t, "csm_confirm_large", csm + tcp(0x02, b"\x04", uri("pair/confirm") + [CF_CBOR], pair_bodies["confirm"]))
    write(t, "response_content", csm + tcp(0x45, b"\x01\x02", [CF_CBOR], cbor({"ok": True})))
    write(t, "ping_pong", csm + tcp(0xE2, b"\x09", [(2, b"")]) + tcp(0xE3, b"\x09"))
    write(t, "release_hold_off", csm + tcp(0xE4, opts=[(4, b"\x3c")], payload=b"bye"))
    write(t, "abort_bad_csm", tcp(0xE5, opts=[(2, b"\x02")], payload=b"no"))
    write(t, "ext_len_2", csm + tcp(0x02, b"", uri("svc"), bytes(300)))

    t = "coap_udp"
    write(t, "con_get_well_known_core", udp(0, 0x01, 0x1001, b"\xaa\xbb", uri(".well-known/core")))
    write(t, "non_get_hub", udp(1, 0x01, 0x1002, b"\x01", uri("hub")))
    write(t, "con_post_hub", udp(0, 0x02, 0x1003, b"", uri("hub") + [CF_CBOR], b"\xa0"))
    write(t, "con_get_private", udp(0, 0x01, 0x1004, b"\x05", uri("pair/start")))
    write(t, "con_empty_ping", udp(0, 0x00, 0x1005))
    write(t, "ack", udp(2, 0x00, 0x1006))
    write(t, "con_critical_option", udp(0, 0x01, 0x1007, b"", uri("hub") + [(9, b"x")]))
    write(t, "con_query_accept", udp(0, 0x01, 0x1008, b"\x01", uri("hub") + [(15, b"a=b"), (17, b"\x3c")]))


# ----------------------------------------------------------------- pairing


def pairing_seeds(token):
    # The CSR the device sends in /pair/confirm (its operational key).
    key = ec.derive_private_key(0xC5C5, ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "device")]))
        .sign(key, hashes.SHA256(), ecdsa_deterministic=True)
        .public_bytes(serialization.Encoding.DER)
    )
    point = HUB_PUB  # a P-256 point (uncompressed SEC1)
    bodies = {
        "start": cbor({"disc": 3840}),
        "pake": cbor({"session": 1, "share_p": point}),
        "confirm": cbor({"session": 1, "confirm_p": bytes(32), "csr": csr, "firmware": 1}),
        "redeem": cbor({"token": token}),
    }
    t = "pairing_cbor"
    # Selector byte: low nibble picks the path (0 start, 3 pake, 6 confirm,
    # 9 redeem, 15 other), 0x10 an operational peer, 0x20 a window open
    # (discriminator 3840) with session 1 started.
    write(t, "start", b"\x00" + bodies["start"])
    write(t, "start_unknown_key", b"\x00" + cbor({"disc": 3840, "x": 1}))
    write(t, "start_text_disc", b"\x00" + cbor({"disc": "3840"}))
    write(t, "pake", b"\x03" + bodies["pake"])
    write(t, "pake_session_started", b"\x23" + bodies["pake"])
    write(t, "start_again_window_open", b"\x20" + bodies["start"])
    write(t, "confirm_session_started", b"\x26" + bodies["confirm"])
    write(t, "confirm", b"\x06" + bodies["confirm"])
    write(t, "redeem_operational", b"\x19" + bodies["redeem"])
    write(t, "redeem_device", b"\x09" + bodies["redeem"])
    write(t, "other_path", b"\x0f" + cbor({}))
    write(t, "error_reply", b"\x00" + cbor({"error": "no_window", "message": "no open window"}))
    svc = cbor({
        "services": [{
            "name": "Lamp",
            "type": "_matter._tcp",
            "port": 5540,
            "subtypes": ["_L3840", "_V65521"],
            "txt": {"VP": "65521+32769", "SII": "5000"},
        }],
        "lease": 7200,
    })
    write(t, "svc", b"\x10" + svc)
    # docs/protocol.md, "Service registration", the example's bytes.
    doc = bytes.fromhex(
        "a1 68 7365727669636573 81 a4 64 6e616d65 69 44656d6f204c616d70 64 74797065"
        " 6a 5f687474702e5f746370 64 706f7274 19 1f90 63 747874 a1 64 70617468 61 2f".replace(" ", "")
    )
    write(t, "svc_protocol_md_example", b"\x10" + doc)
    write(t, "svc_minimal", b"\x10" + cbor({"services": [{"name": "a", "type": "_x._udp", "port": 1}]}))
    return bodies


# -------------------------------------------------------------- onboarding

B38 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-."


def b38_decode(s):
    out = b""
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = 0
        for c in reversed(chunk):
            v = v * 38 + B38.index(c)
        n = {5: 3, 4: 2, 2: 1}[len(chunk)]
        out += v.to_bytes(n, "little")
    return out


def b38_encode(b):
    out = ""
    for i in range(0, len(b), 3):
        chunk = b[i:i + 3]
        v = int.from_bytes(chunk, "little")
        n = {3: 5, 2: 4, 1: 2}[len(chunk)]
        for _ in range(n):
            out += B38[v % 38]
            v //= 38
    return out


def onboarding_seeds():
    qr = "MT:-24J0AFN00KA0648G00"
    fixed = b38_decode(qr[3:])
    assert b38_encode(fixed) == qr[3:]
    tlv = bytes([0x15, 0x2D, 0x00, 3, 0, ord("S"), ord("N"), ord("1"), 0x22, 0x80, 5, 0, 0, 0, 0x18])
    t = "onboarding_qr"
    write(t, "example", qr)
    write(t, "example_spaces", "  " + qr + "\n")
    write(t, "device_integration", "MT:-24J0YDA13FW4U1R500")
    write(t, "with_tlv", "MT:" + b38_encode(fixed + tlv))
    write(t, "concatenated", qr + "*" + qr[3:])
    write(t, "bits_example", fixed)
    write(t, "bits_with_tlv", fixed + tlv)
    t = "onboarding_manual"
    for name, code in (
        ("eleven", "34970112332"),
        ("eleven_dashes", "3497-011-2332"),
        ("twentyone", "749701123365521327694"),
        ("twentyone_dashes", "7497-0112-3365-5213-27694"),
        ("twenty_digits", "34970112336552132769"),
        ("vid_out_of_range", "74970112339999932769"),
    ):
        write(t, name, code)
    t = "onboarding_tlv"
    write(t, "serial_and_vendor", tlv)
    write(t, "empty_struct", bytes([0x15, 0x18]))
    write(t, "nested", bytes([0x17, 0x36, 0x01, 0x04, 0x07, 0x18, 0x18]))
    write(t, "floats", bytes([0x0A, 0, 0, 0xC0, 0x7F, 0x0B]) + struct.pack("<d", 1.5))
    write(t, "fully_qualified", bytes([0xE4, 0xF1, 0xFF, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x2A]))


# ------------------------------------------------------------------ thread

DATASET = (
    "0e080000000000010000000300000d4a0300001235060004001fffe00208fb1dc28b0d0261e1"
    "0708fde8d0d5cc9e3b640510f9b1d5e5493ba07912bbff652f40f164030f4f70656e546872"
    "6561642d663631360102f61604105731bb2c620c01d1c989a1fcc8cf24710c0402a0f7f8"
)


def thread_seeds():
    t = "thread_dataset"
    ds = bytes.fromhex(DATASET)
    write(t, "dataset", ds)
    write(t, "dataset_hex", DATASET + "\n")
    write(t, "dataset_truncated", ds[:-3])
    # settings.bin without its digest (the target appends it): magic,
    # count, then key u16 | len u16 | value records.
    recs = [(0x0001, ds), (0x0003, bytes(16)), (0x0003, b"\x01\x02")]
    body = b"THRSET1\n" + struct.pack("<I", len(recs))
    for k, v in recs:
        body += struct.pack("<HH", k, len(v)) + v
    write(t, "settings_file", body)
    write(t, "settings_empty", b"THRSET1\n" + struct.pack("<I", 0))


# ------------------------------------------------------------------- TOML


def toml_seeds():
    t = "config_toml"
    for name in ("threshold.toml", "vulnerable-firmware.toml", "attestation-denylist.toml"):
        write(t, name, read("config/" + name))
    write(t, "denylist_entries", (
        '[[deny]]\nski = "88:DD:E7:B3:00:38:29:32:CF:F7:34:C0:46:24:81:0F:44:16:8A:6F"\n'
        'reason = "example"\n\n[[deny]]\n'
        'issuer = "CN=Matter Dev PAI 0xFFF1 no PID, 1.3.6.1.4.1.37244.2.1=FFF1"\n'
        'serial = "69cdf10de9e54ed1"\n'
    ))
    write(t, "firmware_advisory", (
        '[[advisory]]\nid = "TEST-2026-0001"\nvid = 0xFFF1\npid = 0x8001\n'
        'min_version = 1\nmax_version = 3\naction = "quarantine"\nsummary = "why"\n\n'
        '[[advisory]]\nid = "TEST-2026-0002"\nvid = 0xFFF1\nmax_version = 7\naction = "refuse"\n'
    ))
    write(t, "sections", (
        "state_dir = \"/var/lib/threshold\"\n[coap]\nudp_listen = \"[::]:5683\"\n"
        "[api]\nlisten = \"127.0.0.1:8443\"\nserver_name = \"hub.local\"\n"
        "[mdns]\nenabled = true\ninterfaces = [\"lo\"]\n"
        "[thread]\nradio_url = \"spinel+hdlc+uart:///dev/ttyACM0?uart-baudrate=460800\"\n"
        "dataset = \"" + DATASET + "\"\n"
    ))


# ------------------------------------------------------------------- X.509


def x509_seeds():
    t = "x509_pem_der"
    pki = "tests/fixtures/matter-test-pki/"
    for f in sorted(os.listdir(os.path.join(ROOT, pki))):
        if f.endswith("-Cert.der") or f.endswith("-Cert.pem"):
            write(t, f, read(pki + f))
    write(t, "pem_chain", read(pki + "Matter-Dev-DAC-FFF1-8001-Cert.pem") + read(pki + "Matter-Dev-PAI-FFF1-noPID-Cert.pem"))
    # Leaf and PAI in one input: first byte = leaf length (clipped).
    dac = read(pki + "Matter-Dev-DAC-FFF1-8001-Cert.der")
    write(t, "split_short", bytes([255]) + dac)
    # A CRL naming the test PAI as issuer, signed by a throwaway key
    # (loading checks structure, verification checks the signature).
    pai = x509.load_der_x509_certificate(read(pki + "Matter-Dev-PAI-FFF1-noPID-Cert.der"))
    key = ec.derive_private_key(0xC41C41, ec.SECP256R1())
    when = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    crl = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(pai.subject)
        .last_update(when)
        .next_update(when + datetime.timedelta(days=30))
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(
                pai.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
            ),
            critical=False,
        )
        .add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(0x69CDF10DE9E54ED1).revocation_date(when).build()
        )
        .sign(key, hashes.SHA256(), ecdsa_deterministic=True)
    )
    write(t, "crl.der", crl.public_bytes(serialization.Encoding.DER))
    write(t, "crl.pem", crl.public_bytes(serialization.Encoding.PEM))
    write(t, "key_block.pem", read(pki + "Matter-Dev-DAC-FFF1-8001-Key.pem"))


def main():
    token = token_seeds()
    bodies = pairing_seeds(token)
    coap_seeds(bodies)
    onboarding_seeds()
    thread_seeds()
    toml_seeds()
    x509_seeds()


if __name__ == "__main__":
    main()
