#!/usr/bin/env python3
"""A standard Matter controller for the tests: the Matter SDK's Python
controller (PyPI home-assistant-chip-core / home-assistant-chip-clusters
2025.7.0, the controller inside Home Assistant's Matter Server), driven by
JSON lines. Installed by scripts/setup.d/20-python-chip.sh; the Rust side is
tests/common/matter.rs.

Usage:
  matter_ctl.py --storage DIR --paa-dir DIR [--fabric-id N] [--vendor-id N]
                [--admin-node-id N] [--log FILE]

--storage DIR holds the SDK's persistent storage (chip.json: the CA keys,
the fabric, the controller's NOC), so a fabric survives a restart of this
driver. --paa-dir is the PAA trust store (DER files). --log sends the
SDK's log (and this script's) to FILE instead of standard error.

One JSON request per standard-input line, one JSON reply per standard-output
line, in order. A request may carry "id" (echoed in the reply) and
"controller" (the node id of a controller made by add_controller; default
the admin controller) and "timeout" (seconds; each op has a default). A
reply is {"ok": true, ...} or {"ok": false, "error": "...", ...}; a failure
from the device or the SDK adds what is known of it:
  "status": n, "status_name": "UNSUPPORTED_ACCESS"   an IM status code
  "cluster_status": n                                a cluster status code
  "chip_error": n                                    the SDK's CHIP_ERROR
  "sdk_errors": ["...", ...]   the SDK's error log lines during the request
                               (its exceptions often say only "Incorrect
                               state"; these say what failed)
  "stage": "SecurePairing" | "SendNOC" | ...   the commissioning stage that
                               failed (commission ops)
  "elapsed": s                 (commission ops)
A bad request gets an error reply; the driver never exits on one. A request
that exceeds its time limit gets {"ok": false, "error": "timeout: ..."}; a
PASE or commissioning attempt the SDK is still running then goes on, and
the next commission op on that controller waits for it to end first (the
SDK cannot cancel one, and would refuse a second with "Incorrect state").
The SDK itself gives up on a silent device after about 10.5 s (PASE).

The first line on standard output is {"ok": true, "ready": true, ...} once
the controller is up (or {"ok": false, "error": ...} and exit status 3 when
the SDK cannot start).

Requests (node ids, endpoints and cluster/attribute/command ids are numbers;
a cluster, attribute or command may also be named as in chip.clusters, e.g.
"BasicInformation", "VendorID", "GetActiveDatasetRequest"; byte strings are
hex both ways; command and struct fields use the SDK's field labels, e.g.
"activeDataset", "breadcrumb"):

  {"op": "ping"}
  {"op": "commission", "ip": "fd00:77::2", "port": 5540, "passcode": n,
   "node_id": n}
      PASE to ip:port (EstablishPASESessionIP), then the SDK's
      auto-commissioner: read commissioning info, arm the fail-safe,
      regulatory config, attestation against --paa-dir, CSR, AddTrustedRoot
      + AddNOC (admin ACL entry for our node id), then (commissioned over
      IP, so no network setup whatever the Network Commissioning features)
      operational discovery of the node (_matter._tcp), CASE,
      CommissioningComplete. Reply {"node_id", "elapsed", "pase_elapsed"}
      (seconds). A wrong passcode: {"ok": false, "error": "PASE failed:
      Failed to verify peer's MAC. ...", "stage": "SecurePairing"}.
  {"op": "pase", "ip": "fd00:77::2", "port": 5540, "passcode": n,
   "node_id": n}             PASE only (commands then go over it)
  {"op": "finish_commission", "node_id": n}
                             the commissioning steps over that session
  {"op": "commission_code", "code": "MT:... or 11/21 digits", "node_id": n,
   "discovery": "network" | "all"}
      The same from a setup code, finding the device by DNS-SD
      (_matterc._udp) on the network. Reply {"node_id", "elapsed"}.
  {"op": "discover", "seconds": 3, "filter": {"long_discriminator": n} |
   {"short_discriminator": n} | {"vendor_id": n} | {"commissioning_mode": 1}
   | {} }
      Commissionable nodes seen on _matterc._udp. Reply {"nodes": [...]}.
  {"op": "resolve", "node_id": n}
      CASE to the node (found by its _matter._tcp record). Reply
      {"address", "port"}.
  {"op": "read", "node_id": n, "endpoint": e, "cluster": c,
   "attributes": [a, ...]}
      Omit "attributes" for every attribute of the cluster. Reply
      {"values": {"<attribute name>": value}, "errors": {"<attribute
      name>": {"status", "status_name"}}} (names as in chip.clusters, the
      decimal id for an attribute it does not know). Uses the PASE session
      while the node is being commissioned, else CASE.
  {"op": "write", "node_id": n, "endpoint": e, "cluster": c,
   "attribute": a, "value": v, "timed_ms": n}
      Reply {"status", "status_name"} of the write (0 / SUCCESS), or a
      failure with the status.
  {"op": "invoke", "node_id": n, "endpoint": e, "cluster": c,
   "command": m, "args": {...}, "timed_ms": n}
      Reply {"response": {...fields...} | null, "response_command": name}.
      An IM status (UNSUPPORTED_ACCESS 0x7E, FAILURE 0x01, INVALID_IN_STATE
      0xCB, ...) is a failure reply with "status" and "status_name".
  {"op": "read_acl", "node_id": n}
      The node's ACL for our fabric: {"entries": [...]} as write_acl takes.
  {"op": "write_acl", "node_id": n, "entries": [{"privilege": "view" |
   "proxy_view" | "operate" | "manage" | "administer" | n, "auth_mode":
   "case" | "group" | "pase" | n, "subjects": [n, ...] | null, "targets":
   [{"cluster": n, "endpoint": n, "device_type": n}] | null}, ...]}
      Replaces the ACL of our fabric on the node with exactly these entries
      (keep an Administer entry for the admin controller, or it locks itself
      out). Reply {"status", "status_name"}.
  {"op": "open_window", "node_id": n, "seconds": 180, "enhanced": true,
   "iterations": 1000, "discriminator": n}
      OpenCommissioningWindow (enhanced: a fresh random passcode;
      basic: the device's own). Reply {"passcode", "manual_code",
      "qr_code"}.
  {"op": "add_controller", "node_id": n, "fabric_id": n}
      A second controller in this process (same CA; on the admin's fabric
      unless fabric_id differs). Requests name it with "controller": n.
      Reply {"node_id", "fabric_id", "compressed_fabric_id"}.
  {"op": "expire_sessions", "node_id": n}
      Drops our sessions with the node (the next request makes a new CASE
      session, e.g. after the device restarted).
  {"op": "unpair", "node_id": n}
      RemoveFabric of our fabric on the node (UnpairDevice).
  {"op": "forget", "node_id": n}
      Local only: expires and evicts our sessions with the node (the node
      keeps our fabric).
  {"op": "shutdown"}
      Replies, shuts the SDK down and exits 0 (also on end of input).

What the SDK asks of a device's DNS-SD (seen on the wire, SDK 2025.7.0):
  * every query is QTYPE ANY: browsing `_matterc._udp.local.` (discover),
    `_S<short>._sub._matterc._udp.local.` (manual code) or
    `_L<long>._sub._matterc._udp.local.` (QR code), and resolving
    `<compressed fabric id>-<node id>._matter._tcp.local.` (16 upper-case
    hex digits each) before every new CASE session, commissioning's
    operational discovery included. A responder must answer ANY on a
    service type or subtype name with the PTR records, as for PTR.
  * queries go out over IPv4 and IPv6, first as QU from an ephemeral port
    (legacy unicast: answer by unicast to that port, question repeated,
    TTL <= 10); browses are repeated as QM from port 5353. The operational
    resolve was only seen as QU from the ephemeral port.
  * commissionable: PTR, SRV, TXT (D=<long discriminator>, CM=1|2,
    VP=<vid>+<pid>; DN, PH... optional), A/AAAA. Operational: SRV and an
    address; the TXT may be anything (rs-matter sends DUMMY=DUMMY). The
    SDK collects answers for 200 ms and prefers a ULA/GUA IPv6 address
    (IPv4 and link-local score lower), so a new CASE session costs ~0.2 s.
    An answer without address records is followed by an AAAA query for
    the SRV target.
  * mdns-sd 0.21.7 (our responder's library) answered none of the three
    commissionable ANY queries (it answers a service type or subtype only
    for QTYPE PTR), so the SDK found nothing and commission_code ended in
    "Discovery timed out" after 30 s; the operational ANY query got SRV and
    TXT, then the AAAA query its address, and the resolve worked.

The SDK writes fixed files under /data (chip_config.ini, chip_counters.ini,
chip_factory.ini) and /tmp/chip_kvs: run one driver at a time (the Rust
harness holds a lock). The SDK's native library logs on standard output, so
replies go to a duplicate of the original standard output and fd 1 points
at the log. The process ends with os._exit: the SDK can abort in its own
atexit teardown.
"""

import argparse
import asyncio
import dataclasses
import enum
import json
import logging
import os
import re
import sys
import time
import traceback
import typing

# Replies go to the original stdout; the SDK's native logging goes to fd 1,
# which from here on is the log.
_REPLY = os.fdopen(os.dup(1), "w", buffering=1)


def reply(obj):
    try:
        _REPLY.write(json.dumps(obj, separators=(",", ":")) + "\n")
        _REPLY.flush()
    except OSError:
        # Nobody reads the replies any more: nothing left to do.
        os._exit(0)


def parse_args():
    p = argparse.ArgumentParser(description="Matter SDK Python controller, JSON lines")
    p.add_argument("--storage", required=True, help="directory of the SDK's persistent storage")
    p.add_argument("--paa-dir", required=True, help="PAA trust store (DER files)")
    p.add_argument("--fabric-id", type=lambda s: int(s, 0), default=1)
    p.add_argument("--vendor-id", type=lambda s: int(s, 0), default=0xFFF1)
    p.add_argument("--admin-node-id", type=lambda s: int(s, 0), default=112233)
    p.add_argument("--log", help="log file (default: standard error)")
    return p.parse_args()


ARGS = parse_args()
if ARGS.log:
    _log_fd = os.open(ARGS.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(_log_fd, 2)
    os.close(_log_fd)
os.dup2(2, 1)
sys.stdout = sys.stderr
logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                    format="%(asctime)s %(name)s %(levelname)s %(message)s")
LOG = logging.getLogger("matter_ctl")

try:
    import chip.logging
    import chip.native
    chip.native.Init()
    import chip.CertificateAuthority as CertificateAuthority
    import chip.clusters as Clusters
    import chip.discovery as discovery
    from chip.ChipStack import ChipStack
    from chip.clusters import Attribute as ClusterAttribute
    from chip.clusters.ClusterObjects import (ClusterAttributeDescriptor, ClusterCommand,
                                              ClusterObject)
    from chip.clusters.Types import Nullable, NullValue
    from chip.exceptions import ChipStackError
    from chip.interaction_model import InteractionModelError, Status
except Exception as e:  # the wheel or a native library is missing
    reply({"ok": False, "error": f"cannot load the Matter SDK: {e!r}"})
    sys.stderr.flush()
    os._exit(3)


class SdkErrors(logging.Handler):
    """The SDK's error-level log lines (its native log is routed through
    Python logging) and the commissioning stages it went through, since the
    start of the current request: the SDK's exceptions alone often say only
    "Incorrect state" where the log says what failed."""

    STAGE = re.compile(r"Commissioning stage next step: '(.*)' -> '(.*)'")
    FAILED = re.compile(r"Going from commissioning step '(.*)' with lastErr = '(.*)' -> ")

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.reset()

    def reset(self):
        self.errors = []
        self.stage = None
        self.failed_stage = None

    def emit(self, record):
        msg = record.getMessage()
        m = self.STAGE.search(msg)
        if m:
            self.stage = m.group(2)
        m = self.FAILED.search(msg)
        if m:
            self.failed_stage = m.group(1)
        if record.levelno >= logging.ERROR and msg not in self.errors:
            self.errors.append(msg)


SDK_LOG = SdkErrors()
logging.getLogger("chip.native").addHandler(SDK_LOG)
logging.getLogger("chip.native").setLevel(logging.DEBUG)
chip.logging.RedirectToPythonLogging()


def sdk_version():
    try:
        from importlib.metadata import version
        return version("home-assistant-chip-core")
    except Exception:
        return None


class BadRequest(Exception):
    """The request itself is wrong (missing field, unknown name)."""


# ---------------------------------------------------------------- values

def status_name(code):
    """SDK Status enum name in the spec's spelling (UNSUPPORTED_ACCESS)."""
    try:
        name = Status(code).name
    except ValueError:
        return f"0x{code:02X}"
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


def to_json(v):
    """A value decoded by the SDK, as JSON (bytes as hex)."""
    if v is None or v is NullValue or isinstance(v, Nullable):
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, enum.Enum):
        return int(v.value) if isinstance(v.value, int) else str(v.value)
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v)
    if isinstance(v, str):
        return v
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).hex()
    if isinstance(v, ClusterAttribute.ValueDecodeFailure):
        return {"decode_failure": str(v.Reason), "tlv": to_json(v.TLVValue)}
    if dataclasses.is_dataclass(v):
        return {f.name: to_json(getattr(v, f.name)) for f in dataclasses.fields(v)}
    if isinstance(v, dict):
        return {str(k): to_json(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_json(x) for x in v]
    return repr(v)


def from_json(v, t):
    """JSON `v` as the SDK type `t` of a command field or attribute."""
    origin = typing.get_origin(t)
    if origin is typing.Union:
        args = typing.get_args(t)
        if v is None:
            return NullValue if Nullable in args else None
        last = None
        for a in args:
            if a in (Nullable, type(None)):
                continue
            try:
                return from_json(v, a)
            except (BadRequest, ValueError, TypeError, KeyError) as e:
                last = e
        raise BadRequest(f"{v!r} fits none of {t}: {last}")
    if origin in (list, typing.List):
        (inner,) = typing.get_args(t)
        if not isinstance(v, list):
            raise BadRequest(f"expected a list, got {v!r}")
        return [from_json(x, inner) for x in v]
    if t is bytes:
        if isinstance(v, str):
            try:
                return bytes.fromhex(v)
            except ValueError as e:
                raise BadRequest(f"bad hex {v!r}: {e}")
        if isinstance(v, list):
            return bytes(v)
        raise BadRequest(f"expected hex bytes, got {v!r}")
    if isinstance(t, type) and issubclass(t, ClusterObject):
        if not isinstance(v, dict):
            raise BadRequest(f"expected an object for {t.__name__}, got {v!r}")
        fields = {f.Label: f for f in t.descriptor.Fields}
        unknown = set(v) - set(fields)
        if unknown:
            raise BadRequest(f"{t.__name__} has no field(s) {sorted(unknown)}; "
                             f"fields: {sorted(fields)}")
        return t(**{k: from_json(x, fields[k].Type) for k, x in v.items()})
    if isinstance(t, type) and issubclass(t, enum.Enum):
        if isinstance(v, str):
            try:
                return t[v]
            except KeyError:
                raise BadRequest(f"{t.__name__} has no member {v!r}")
        return t(v)
    if isinstance(t, type) and issubclass(t, bool):
        return bool(v)
    if isinstance(t, type) and issubclass(t, int):
        if not isinstance(v, int):
            raise BadRequest(f"expected an integer, got {v!r}")
        return t(v)
    if isinstance(t, type) and issubclass(t, float):
        return t(v)
    if isinstance(t, type) and issubclass(t, str):
        if not isinstance(v, str):
            raise BadRequest(f"expected a string, got {v!r}")
        return v
    return v


def failure(e):
    """An exception as an error reply, with what the SDK logged about it."""
    r = _failure(e)
    if SDK_LOG.errors:
        r["sdk_errors"] = SDK_LOG.errors[-10:]
    if SDK_LOG.failed_stage:
        r["stage"] = SDK_LOG.failed_stage
    return r


# SDK log lines that say why PASE failed, most telling first.
PASE_REASONS = ("Failed to verify peer's MAC", "timed out while waiting",
                "Received error", "StatusReport", "PASE")


def pase_reason():
    for key in PASE_REASONS:
        for line in SDK_LOG.errors:
            if key in line and "Failed during PASE session setup" not in line:
                return line
    return SDK_LOG.errors[0] if SDK_LOG.errors else None


def _failure(e):
    if isinstance(e, InteractionModelError):
        r = {"ok": False, "error": str(e), "status": int(e.status),
             "status_name": status_name(int(e.status))}
        if e.hasClusterStatus:
            r["cluster_status"] = e.clusterStatus
        return r
    if isinstance(e, ChipStackError):
        code = int(e.code)
        r = {"ok": False, "error": str(e), "chip_error": code}
        # CHIP_ERROR of the SDK range (bits 24..31 zero) in the IM global
        # status part (bits 8..10 = 5) or cluster status part (6).
        if code >> 24 == 0 and (code >> 8) & 0x7 == 5:
            r["status"] = code & 0xFF
            r["status_name"] = status_name(code & 0xFF)
        elif code >> 24 == 0 and (code >> 8) & 0x7 == 6:
            r["cluster_status"] = code & 0xFF
        return r
    if isinstance(e, (asyncio.TimeoutError, TimeoutError)):
        return {"ok": False, "error": f"timeout: {e}" if str(e) else "timeout"}
    if isinstance(e, BadRequest):
        return {"ok": False, "error": f"bad request: {e}"}
    return {"ok": False, "error": f"{type(e).__name__}: {e}"}


# ------------------------------------------------------- names and ids

def _clusters():
    out = {}
    for name in dir(Clusters.Objects):
        c = getattr(Clusters.Objects, name)
        if isinstance(c, type) and hasattr(c, "id") and hasattr(c, "descriptor") \
                and hasattr(c, "Attributes"):
            out[name] = c
    return out


CLUSTERS = _clusters()
CLUSTERS_BY_ID = {c.id: c for c in CLUSTERS.values()}


def cluster_of(ref):
    if isinstance(ref, int):
        c = CLUSTERS_BY_ID.get(ref)
        if c is None:
            raise BadRequest(f"cluster 0x{ref:04X} is not in chip.clusters")
        return c
    if isinstance(ref, str):
        if ref in CLUSTERS:
            return CLUSTERS[ref]
        try:
            return cluster_of(int(ref, 0))
        except ValueError:
            pass
    raise BadRequest(f"unknown cluster {ref!r}")


def _members(ns, base):
    return [getattr(ns, n) for n in dir(ns)
            if isinstance(getattr(ns, n), type) and issubclass(getattr(ns, n), base)]


def attribute_of(cluster, ref):
    attrs = _members(cluster.Attributes, ClusterAttributeDescriptor)
    for a in attrs:
        if (isinstance(ref, int) and a.attribute_id == ref) or a.__name__ == ref:
            return a
    if isinstance(ref, str):
        try:
            return attribute_of(cluster, int(ref, 0))
        except ValueError:
            pass
    raise BadRequest(f"{cluster.__name__} has no attribute {ref!r}; "
                     f"attributes: {sorted(a.__name__ for a in attrs)}")


def command_of(cluster, ref):
    cmds = [c for c in _members(cluster.Commands, ClusterCommand) if c.is_client]
    for c in cmds:
        if (isinstance(ref, int) and c.command_id == ref) or c.__name__ == ref:
            return c
    if isinstance(ref, str):
        try:
            return command_of(cluster, int(ref, 0))
        except ValueError:
            pass
    raise BadRequest(f"{cluster.__name__} has no client command {ref!r}; "
                     f"commands: {sorted(c.__name__ for c in cmds)}")


def need(req, key, kind=None):
    if key not in req:
        raise BadRequest(f"missing {key!r}")
    v = req[key]
    if kind is int and (not isinstance(v, int) or isinstance(v, bool)):
        raise BadRequest(f"{key!r} must be an integer")
    if kind is str and not isinstance(v, str):
        raise BadRequest(f"{key!r} must be a string")
    return v


PRIVILEGES = {"view": 1, "proxy_view": 2, "operate": 3, "manage": 4, "administer": 5}
AUTH_MODES = {"pase": 1, "case": 2, "group": 3}


# ------------------------------------------------------------ the driver

class Driver:
    def __init__(self):
        os.makedirs(ARGS.storage, exist_ok=True)
        self.stack = ChipStack(persistentStoragePath=os.path.join(ARGS.storage, "chip.json"),
                               enableServerInteractions=False)
        self.cam = CertificateAuthority.CertificateAuthorityManager(chipStack=self.stack)
        self.cam.LoadAuthoritiesFromStorage()
        if not self.cam.activeCaList:
            self.cam.NewCertificateAuthority()
        self.ca = self.cam.activeCaList[0]
        self.admins = {a.fabricId: a for a in self.ca.adminList}
        admin = self.fabric_admin(ARGS.fabric_id)
        self.ctl = admin.NewController(nodeId=ARGS.admin_node_id, paaTrustStorePath=ARGS.paa_dir)
        self.controllers = {ARGS.admin_node_id: self.ctl}
        self.inflight = {}

    def fabric_admin(self, fabric_id):
        if fabric_id not in self.admins:
            self.admins[fabric_id] = self.ca.NewFabricAdmin(vendorId=ARGS.vendor_id,
                                                            fabricId=fabric_id)
        return self.admins[fabric_id]

    def hello(self):
        return {"ok": True, "ready": True, "sdk": sdk_version(),
                "fabric_id": self.ctl.fabricId, "node_id": self.ctl.nodeId,
                "compressed_fabric_id": f"{self.ctl.GetCompressedFabricId():016X}"}

    def controller(self, req):
        n = req.get("controller", ARGS.admin_node_id)
        if n not in self.controllers:
            raise BadRequest(f"no controller {n!r}; add_controller first")
        return self.controllers[n]

    def shutdown(self):
        for c in self.controllers.values():
            try:
                c.Shutdown()
            except Exception:
                LOG.exception("controller shutdown")
        try:
            self.cam.Shutdown()
            self.stack.Shutdown()
        except Exception:
            LOG.exception("stack shutdown")

    # Default time limits (seconds) of each op; "timeout" overrides.
    TIMEOUTS = {"commission": 90, "commission_code": 120, "open_window": 30, "discover": 30}

    async def handle(self, req):
        if not isinstance(req, dict):
            raise BadRequest("a request is a JSON object")
        op = req.get("op")
        fn = getattr(self, f"op_{op}", None) if isinstance(op, str) else None
        if fn is None:
            raise BadRequest(f"unknown op {op!r}")
        limit = req.get("timeout", self.TIMEOUTS.get(op, 30))
        if not isinstance(limit, (int, float)) or limit <= 0:
            raise BadRequest("'timeout' must be a positive number of seconds")
        try:
            return await asyncio.wait_for(fn(req, self.controller(req)), limit)
        except asyncio.TimeoutError:
            raise TimeoutError(f"{op} did not finish within {limit} s")

    async def op_ping(self, req, ctl):
        return {}

    async def op_commission(self, req, ctl):
        t0 = time.monotonic()
        r = await self.op_pase(req, ctl)
        if r.get("ok") is False:
            r["stage"] = "SecurePairing"
            r["elapsed"] = time.monotonic() - t0
            return r
        pase = time.monotonic() - t0
        r = await self.op_finish_commission(req, ctl)
        r["elapsed"] = time.monotonic() - t0
        if r.get("ok") is not False:
            r["pase_elapsed"] = pase
        return r

    async def op_pase(self, req, ctl):
        """PASE only: commands then go over the PASE session (what a
        commissioner sends before AddNOC); `finish_commission` goes on."""
        ip = need(req, "ip", str)
        passcode = need(req, "passcode", int)
        node_id = need(req, "node_id", int)
        # A previous attempt cut short by our time limit ends first, and
        # what it logged is not this request's.
        await self.drain(ctl)
        SDK_LOG.reset()
        t0 = time.monotonic()
        try:
            await self.sdk_call(ctl, ctl.EstablishPASESessionIP(ip, passcode, node_id,
                                                                req.get("port", 5540)))
        except ChipStackError as e:
            await self.settle()
            r = failure(e)
            r["error"] = f"PASE failed: {pase_reason() or e}"
            return r
        return {"elapsed": time.monotonic() - t0}

    async def op_finish_commission(self, req, ctl):
        """The SDK's commissioning steps over the PASE session `pase` made."""
        node_id = need(req, "node_id", int)
        t0 = time.monotonic()
        try:
            effective = await self.sdk_call(ctl, ctl.Commission(node_id))
        except ChipStackError as e:
            await self.settle()
            r = failure(e)
            r["error"] = f"commissioning failed at {SDK_LOG.failed_stage or '?'}: {e}"
            return r
        return {"node_id": effective, "elapsed": time.monotonic() - t0}

    async def sdk_call(self, ctl, coro):
        """Runs a pairing call of the SDK so that a time limit of ours does
        not cut it short: the SDK cannot cancel a PASE or commissioning
        attempt, and a new one started while it runs fails with "Incorrect
        state". On our time-out the reply goes out at once, the attempt goes
        on, and the next pairing call on this controller waits for it."""
        await self.drain(ctl)
        task = asyncio.ensure_future(coro)
        self.inflight[id(ctl)] = task
        return await asyncio.shield(task)

    async def drain(self, ctl):
        task = self.inflight.get(id(ctl))
        if task is None:
            return
        if not task.done():
            LOG.info("waiting for the SDK's previous pairing attempt to end")
            await asyncio.wait([task])
            await self.settle()
        self.inflight.pop(id(ctl), None)
        if not task.cancelled():
            task.exception()  # retrieved: no "never retrieved" warning

    async def settle(self):
        """Waits until the Matter thread has finished what it was doing when
        a failure was reported. On a PASE failure the SDK calls the pairing
        callback twice (OnStatusUpdate, then OnPairingComplete); a request
        started in between would receive the second, stale call as its own
        result and leave its own PASE attempt running. Tasks on the Matter
        thread run in order, so a no-op posted now runs after both."""
        await self.stack.CallAsyncWithResult(lambda: None)

    async def op_commission_code(self, req, ctl):
        code = need(req, "code", str)
        node_id = need(req, "node_id", int)
        kind = {"network": discovery.DiscoveryType.DISCOVERY_NETWORK_ONLY,
                "all": discovery.DiscoveryType.DISCOVERY_ALL}.get(req.get("discovery", "network"))
        if kind is None:
            raise BadRequest("'discovery' is 'network' or 'all'")
        # A previous attempt cut short by our time limit ends first, and
        # what it logged is not this request's.
        await self.drain(ctl)
        SDK_LOG.reset()
        t0 = time.monotonic()
        try:
            effective = await self.sdk_call(ctl, ctl.CommissionWithCode(code, node_id, kind))
        except ChipStackError as e:
            await self.settle()
            r = failure(e)
            stage = SDK_LOG.failed_stage
            if stage is None and SDK_LOG.stage is None:
                r["error"] = f"PASE or discovery failed: {pase_reason() or e}"
            else:
                r["error"] = f"commissioning failed at {stage or SDK_LOG.stage}: {e}"
            r["elapsed"] = time.monotonic() - t0
            return r
        return {"node_id": effective, "elapsed": time.monotonic() - t0}

    async def op_discover(self, req, ctl):
        seconds = req.get("seconds", 3)
        f = req.get("filter") or {}
        kinds = {"short_discriminator": discovery.FilterType.SHORT_DISCRIMINATOR,
                 "long_discriminator": discovery.FilterType.LONG_DISCRIMINATOR,
                 "vendor_id": discovery.FilterType.VENDOR_ID,
                 "device_type": discovery.FilterType.DEVICE_TYPE,
                 "commissioning_mode": discovery.FilterType.COMMISSIONING_MODE,
                 "instance_name": discovery.FilterType.INSTANCE_NAME}
        if len(f) > 1 or any(k not in kinds for k in f):
            raise BadRequest(f"'filter' has at most one of {sorted(kinds)}")
        ftype, fval = (kinds[next(iter(f))], next(iter(f.values()))) if f \
            else (discovery.FilterType.NONE, None)
        nodes = await ctl.DiscoverCommissionableNodes(ftype, fval, stopOnFirst=False,
                                                      timeoutSecond=seconds)
        return {"nodes": [to_json({k: v for k, v in dataclasses.asdict(n).items()
                                   if not k.startswith("_")}) for n in nodes or []]}

    async def op_resolve(self, req, ctl):
        node_id = need(req, "node_id", int)
        await ctl.GetConnectedDevice(node_id, allowPASE=False,
                                     timeoutMs=int(req.get("timeout", 30) * 1000))
        addr = ctl.GetAddressAndPort(node_id)
        if addr is None:
            return {"address": None, "port": None}
        return {"address": addr[0], "port": addr[1]}

    async def op_read(self, req, ctl):
        node_id = need(req, "node_id", int)
        endpoint = need(req, "endpoint", int)
        cluster = cluster_of(need(req, "cluster"))
        names = req.get("attributes")
        if names is None:
            attrs = None
            paths = [ClusterAttribute.AttributePath(EndpointId=endpoint, ClusterId=cluster.id)]
        else:
            if not isinstance(names, list) or not names:
                raise BadRequest("'attributes' is a non-empty list")
            attrs = [attribute_of(cluster, a) for a in names]
            paths = [ClusterAttribute.AttributePath(EndpointId=endpoint, ClusterId=cluster.id,
                                                    AttributeId=a.attribute_id) for a in attrs]
        res = await ctl.Read(node_id, attributes=paths)
        tlv = res.tlvAttributes.get(endpoint, {}).get(cluster.id, {})
        decoded = res.attributes.get(endpoint, {}).get(cluster, {})
        values, errors = {}, {}
        if attrs is None:
            by_id = {a.attribute_id: a for a in _members(cluster.Attributes,
                                                         ClusterAttributeDescriptor)}
            attrs = [by_id.get(i, i) for i in sorted(tlv)]
        for a in attrs:
            aid = a if isinstance(a, int) else a.attribute_id
            key = str(a) if isinstance(a, int) else a.__name__
            raw = tlv.get(aid)
            if isinstance(raw, ClusterAttribute.ValueDecodeFailure):
                reason = raw.Reason
                if isinstance(reason, InteractionModelError):
                    errors[key] = {"status": int(reason.status),
                                   "status_name": status_name(int(reason.status))}
                else:
                    errors[key] = {"error": str(reason)}
                continue
            if aid not in tlv:
                errors[key] = {"error": "not in the report"}
                continue
            v = decoded.get(a) if not isinstance(a, int) else None
            if isinstance(v, ClusterAttribute.ValueDecodeFailure) or v is None and raw is not None:
                values[key] = to_json(raw)
            else:
                values[key] = to_json(v)
        return {"values": values, "errors": errors}

    async def op_write(self, req, ctl):
        node_id = need(req, "node_id", int)
        endpoint = need(req, "endpoint", int)
        cluster = cluster_of(need(req, "cluster"))
        attr = attribute_of(cluster, need(req, "attribute"))
        value = from_json(need(req, "value"), attr.attribute_type.Type)
        return await self._write(ctl, node_id, endpoint, attr(value), req.get("timed_ms"))

    async def _write(self, ctl, node_id, endpoint, attr_value, timed_ms):
        res = await ctl.WriteAttribute(node_id, [(endpoint, attr_value)],
                                       timedRequestTimeoutMs=timed_ms)
        st = res[0].Status if res else Status.Success
        code = int(st)
        if code != 0:
            return {"ok": False, "error": f"write refused: {status_name(code)}",
                    "status": code, "status_name": status_name(code)}
        return {"status": 0, "status_name": "SUCCESS"}

    async def op_invoke(self, req, ctl):
        node_id = need(req, "node_id", int)
        endpoint = need(req, "endpoint", int)
        cluster = cluster_of(need(req, "cluster"))
        cmd = command_of(cluster, need(req, "command"))
        args = req.get("args") or {}
        payload = from_json(args, cmd)
        resp = await ctl.SendCommand(node_id, endpoint, payload,
                                     timedRequestTimeoutMs=req.get("timed_ms"))
        if resp is None:
            return {"response": None, "response_command": None}
        return {"response": to_json(resp), "response_command": type(resp).__name__}

    async def op_read_acl(self, req, ctl):
        node_id = need(req, "node_id", int)
        acl = Clusters.AccessControl.Attributes.Acl
        res = await ctl.ReadAttribute(node_id, [(0, acl)])
        entries = res[0][Clusters.AccessControl][acl]
        if isinstance(entries, ClusterAttribute.ValueDecodeFailure):
            raise entries.Reason or RuntimeError("ACL read failed")
        names = {v: k for k, v in PRIVILEGES.items()}
        modes = {v: k for k, v in AUTH_MODES.items()}
        out = []
        for e in entries:
            targets = None
            if e.targets is not NullValue and e.targets is not None:
                targets = [{"cluster": to_json(t.cluster), "endpoint": to_json(t.endpoint),
                            "device_type": to_json(t.deviceType)} for t in e.targets]
            out.append({"privilege": names.get(int(e.privilege), int(e.privilege)),
                        "auth_mode": modes.get(int(e.authMode), int(e.authMode)),
                        "subjects": None if e.subjects in (None, NullValue)
                        else [int(s) for s in e.subjects],
                        "targets": targets, "fabric_index": int(e.fabricIndex)})
        return {"entries": out}

    async def op_write_acl(self, req, ctl):
        node_id = need(req, "node_id", int)
        entries = need(req, "entries")
        if not isinstance(entries, list):
            raise BadRequest("'entries' is a list")
        AC = Clusters.AccessControl
        built = []
        for e in entries:
            if not isinstance(e, dict):
                raise BadRequest("an ACL entry is an object")
            priv = e.get("privilege")
            priv = PRIVILEGES.get(priv, priv)
            mode = e.get("auth_mode", "case")
            mode = AUTH_MODES.get(mode, mode)
            if not isinstance(priv, int) or not isinstance(mode, int):
                raise BadRequest(f"bad privilege or auth_mode in {e!r}")
            subjects = e.get("subjects")
            targets = e.get("targets")
            built.append(AC.Structs.AccessControlEntryStruct(
                privilege=AC.Enums.AccessControlEntryPrivilegeEnum(priv),
                authMode=AC.Enums.AccessControlEntryAuthModeEnum(mode),
                subjects=NullValue if subjects is None else [int(s) for s in subjects],
                targets=NullValue if targets is None else [
                    AC.Structs.AccessControlTargetStruct(
                        cluster=NullValue if t.get("cluster") is None else int(t["cluster"]),
                        endpoint=NullValue if t.get("endpoint") is None else int(t["endpoint"]),
                        deviceType=NullValue if t.get("device_type") is None
                        else int(t["device_type"]))
                    for t in targets],
                fabricIndex=0))
        return await self._write(ctl, node_id, 0, AC.Attributes.Acl(built), req.get("timed_ms"))

    async def op_open_window(self, req, ctl):
        node_id = need(req, "node_id", int)
        enhanced = req.get("enhanced", True)
        opt = ctl.CommissioningWindowPasscode.kTokenWithRandomPin if enhanced \
            else ctl.CommissioningWindowPasscode.kOriginalSetupCode
        params = await ctl.OpenCommissioningWindow(
            node_id, req.get("seconds", 180), req.get("iterations", 1000),
            req.get("discriminator", 3840), opt)
        return {"passcode": params.setupPinCode, "manual_code": params.setupManualCode,
                "qr_code": params.setupQRCode}

    async def op_add_controller(self, req, ctl):
        node_id = need(req, "node_id", int)
        if node_id in self.controllers:
            raise BadRequest(f"controller {node_id} exists")
        admin = self.fabric_admin(req.get("fabric_id", ARGS.fabric_id))
        new = admin.NewController(nodeId=node_id, paaTrustStorePath=ARGS.paa_dir)
        self.controllers[node_id] = new
        return {"node_id": new.nodeId, "fabric_id": new.fabricId,
                "compressed_fabric_id": f"{new.GetCompressedFabricId():016X}"}

    async def op_expire_sessions(self, req, ctl):
        ctl.ExpireSessions(need(req, "node_id", int))
        return {}

    async def op_unpair(self, req, ctl):
        await ctl.UnpairDevice(need(req, "node_id", int))
        return {}

    async def op_forget(self, req, ctl):
        node_id = need(req, "node_id", int)
        ctl.ExpireSessions(node_id)
        ctl.MarkSessionForEviction(node_id)
        return {}


async def main():
    try:
        drv = Driver()
    except Exception as e:
        LOG.exception("start-up")
        reply(failure(e) | {"error": f"controller start-up failed: {e}"})
        sys.stderr.flush()
        os._exit(3)
    reply(drv.hello())
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        rid = None
        try:
            req = json.loads(line)
            rid = req.get("id") if isinstance(req, dict) else None
            if isinstance(req, dict) and req.get("op") == "shutdown":
                reply({"ok": True} | ({"id": rid} if rid is not None else {}))
                break
            LOG.info("request %s", line)
            SDK_LOG.reset()
            out = await drv.handle(req)
            out = out if "ok" in out else {"ok": True} | out
        except json.JSONDecodeError as e:
            out = {"ok": False, "error": f"bad request: not JSON: {e}"}
        except Exception as e:
            LOG.warning("request failed: %s", traceback.format_exc())
            out = failure(e)
        if rid is not None:
            out["id"] = rid
        reply(out)
    drv.shutdown()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except BaseException:
        # Never hang in the SDK's or the interpreter's teardown (the stdin
        # reader thread, the SDK's atexit handlers): log and leave.
        LOG.exception("driver failed")
        sys.stderr.flush()
        os._exit(1)
