// A second, independent Matter controller for the tests: matter.js's
// CommissioningController (npm @project-chip/matter.js, pinned in
// package-lock.json), driven over JSON lines like tests/tools/matter_ctl.py.
//
//   node ctl.mjs --storage DIR --paa-dir DIR [--log FILE]
//                [--fabric-id N] [--vendor-id N] [--fabric-label S]
//
// Run it ONLY inside a network namespace: matter.js's mDNS binds UDP 5353 on
// every interface it finds.
//
// Standard output carries only JSON lines (matter.js's own log goes to
// --log, or standard error). The first line is
//   {"ok": true, "ready": true, "matterjs": VERSION, "node_id": ..., "fabric_id": ...}
// then one reply per request line; each reply carries the request's "id":
//   {"op": "commission", "code": MANUAL_OR_QR, "node_id"?: N, "timeout"?: S}
//       discovers the device by the code's discriminator (DNS-SD), PASE with
//       its passcode, attestation against --paa-dir, AddNOC, CASE,
//       CommissioningComplete -> {"ok", "node_id", "elapsed"} (seconds)
//   {"op": "commission", "ip": ADDR, "port": 5540, "passcode": N, ...}
//       the same at a known address
//   {"op": "read", "node_id": N}
//       over CASE (a fresh session): Basic Information (endpoint 0), every
//       Thread Border Router Management attribute (endpoint 1) and
//       GetActiveDatasetRequest -> {"ok", "basic": {...}, "tbr": {...},
//       "dataset": HEX}
//   {"op": "nodes"} -> {"ok", "nodes": [...]} (commissioned node ids)
//   {"op": "shutdown"} -> {"ok"}, then the driver exits
// A failure is {"ok": false, "error": TEXT}; an attestation rejection also
// carries "findings".
//
// Attestation: matter.js checks a device's DAC/PAI/CD in
// DeviceAttestationValidator when a DclCertificateService is registered in
// its environment. Here that service never reaches the network (no update
// timer, no DCL/GitHub download succeeds in a namespace) and holds only the
// PAA DER files of --paa-dir, added as test (non-production) roots that the
// policy accepts. The controller rejects every finding except the ones that
// only say what could not be checked offline (ACCEPTED_FINDINGS below).

import "@matter/nodejs";

import { createWriteStream, readdirSync, readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
    options: {
        storage: { type: "string" },
        "paa-dir": { type: "string" },
        log: { type: "string" },
        "fabric-id": { type: "string", default: "2" },
        "vendor-id": { type: "string", default: String(0xfff2) },
        "fabric-label": { type: "string", default: "matter.js test" },
    },
});
if (!args.storage || !args["paa-dir"]) {
    process.stderr.write("usage: ctl.mjs --storage DIR --paa-dir DIR [--log FILE]\n");
    process.exit(2);
}

// matter.js logs through console.*: keep standard output for replies.
mkdirSync(args.storage, { recursive: true });
const logStream = args.log ? createWriteStream(args.log, { flags: "a" }) : process.stderr;
const toLog = (...parts) =>
    logStream.write(parts.map(p => (typeof p === "string" ? p : String(p))).join(" ") + "\n");
for (const level of ["log", "info", "debug", "warn", "error", "trace"]) {
    console[level] = toLog;
}

const { Environment, StorageService, Logger, LogLevel } = await import("@matter/main");
const { ManualPairingCodeCodec, QrPairingCodeCodec, NodeId, EndpointNumber, VendorId, FabricId } = await import(
    "@matter/main/types"
);
const { DclCertificateService } = await import("@matter/main/protocol");
const { ThreadBorderRouterManagement } = await import("@matter/main/clusters/thread-border-router-management");
const { BasicInformation } = await import("@matter/main/clusters/basic-information");
const { CommissioningController } = await import("@project-chip/matter.js");

const require = createRequire(import.meta.url);
const VERSION = require("@project-chip/matter.js/package.json").version;

Logger.level = LogLevel.INFO;

/** Findings that say only what could not be checked without the network. */
const ACCEPTED_FINDINGS = new Set([
    // The SDK's test CD signing certificate is not in this offline trust
    // store and the DCL is unreachable: the CD's signature is not checked
    // (its vendor/product fields still are).
    "CdSignerVerificationSkipped",
    // The device's CD says certification_type=test (the SDK's test CD).
    "CertificationTypeTest",
    // The PAA was added to the store now, after the DAC was issued.
    "PaaTrustStoreTimeMismatch",
]);

function out(obj) {
    process.stdout.write(JSON.stringify(obj, (_k, v) => (typeof v === "bigint" ? Number(v) : v)) + "\n");
}

function jsonable(v) {
    if (v === null || v === undefined) return v ?? null;
    if (typeof v === "bigint") return Number(v);
    if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
    if (Array.isArray(v)) return v.map(jsonable);
    if (typeof v === "object") {
        const o = {};
        for (const [k, x] of Object.entries(v)) o[k] = jsonable(x);
        return o;
    }
    return v;
}

const env = Environment.default;
env.vars.set("storage", { ...env.vars.get("storage", {}), path: args.storage });

// The offline trust store (see the header).
const dcl = new DclCertificateService(env, {
    fetchTestCertificates: false,
    fetchGithubCertificates: false,
    acceptTestCertificates: true,
    updateInterval: null,
    timeout: 1000,
});
await dcl.construction;
for (const name of readdirSync(args["paa-dir"]).filter(n => n.endsWith(".der")).sort()) {
    await dcl.addCertificate(new Uint8Array(readFileSync(join(args["paa-dir"], name))), "PAA", {
        isProduction: false,
    });
}

const controller = new CommissioningController({
    environment: { environment: env, id: "threshold-test" },
    autoConnect: false,
    autoSubscribe: false,
    adminFabricLabel: args["fabric-label"],
    adminFabricId: FabricId(BigInt(args["fabric-id"])),
    adminVendorId: VendorId(Number(args["vendor-id"])),
});
await controller.start();

let lastFindings = [];
async function onAttestationFailure(findings) {
    lastFindings = findings.map(f => ({ level: f.level, type: f.type, message: f.message }));
    toLog("attestation findings:", JSON.stringify(lastFindings));
    const rejected = findings.filter(f => !ACCEPTED_FINDINGS.has(f.type));
    return rejected.length === 0 ? true : `attestation rejected: ${rejected.map(f => f.type).join(", ")}`;
}

function parseCode(code) {
    if (code.startsWith("MT:")) {
        const [p] = QrPairingCodeCodec.decode(code);
        return { passcode: p.passcode, identifierData: { longDiscriminator: p.discriminator } };
    }
    const p = ManualPairingCodeCodec.decode(code);
    return { passcode: p.passcode, identifierData: { shortDiscriminator: p.shortDiscriminator } };
}

async function withTimeout(promise, seconds, what) {
    let timer;
    const limit = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: timed out after ${seconds} s`)), seconds * 1000);
    });
    try {
        return await Promise.race([promise, limit]);
    } finally {
        clearTimeout(timer);
    }
}

async function commission(req) {
    const t0 = process.hrtime.bigint();
    lastFindings = [];
    let passcode, discovery;
    if (req.code !== undefined) {
        const c = parseCode(String(req.code));
        passcode = c.passcode;
        discovery = { identifierData: c.identifierData, timeout: (req.timeout ?? 60) * 1000 };
    } else {
        passcode = Number(req.passcode);
        discovery = {
            identifierData: {},
            knownAddress: { type: "udp", ip: req.ip, port: req.port ?? 5540 },
            timeout: (req.timeout ?? 60) * 1000,
        };
    }
    const options = {
        commissioning: {
            regulatoryLocation: 2, // IndoorOutdoor
            regulatoryCountryCode: "XX",
            onAttestationFailure,
        },
        discovery,
        passcode,
    };
    if (req.node_id !== undefined) {
        options.commissioning.nodeId = NodeId(BigInt(req.node_id));
    }
    const nodeId = await withTimeout(
        controller.commissionNode(options, { connectNodeAfterCommissioning: false }),
        req.timeout ?? 90,
        "commission",
    );
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    return { node_id: Number(nodeId), elapsed, findings: lastFindings };
}

async function read(req) {
    const nodeId = NodeId(BigInt(req.node_id));
    const client = await withTimeout(controller.createInteractionClient(nodeId), req.timeout ?? 60, "CASE");
    const basic = {};
    const bi = await client.getMultipleAttributes({
        attributes: [{ endpointId: EndpointNumber(0), clusterId: BasicInformation.id }],
    });
    for (const r of bi) basic[r.path.attributeName] = jsonable(r.value);
    const tbr = {};
    const tr = await client.getMultipleAttributes({
        attributes: [{ endpointId: EndpointNumber(1), clusterId: ThreadBorderRouterManagement.id }],
    });
    for (const r of tr) tbr[r.path.attributeName] = jsonable(r.value);
    const ds = await client.invoke({
        endpointId: EndpointNumber(1),
        clusterId: ThreadBorderRouterManagement.id,
        command: ThreadBorderRouterManagement.commands.getActiveDatasetRequest,
        request: undefined,
    });
    return { basic, tbr, dataset: jsonable(ds.dataset) };
}

out({
    ok: true,
    ready: true,
    matterjs: VERSION,
    node_id: String(controller.nodeId ?? ""),
    fabric_id: Number(controller.fabric.fabricId),
    vendor_id: Number(controller.fabric.rootVendorId),
    nodes: controller.getCommissionedNodes().map(Number),
});

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
    if (!line.trim()) continue;
    let req;
    try {
        req = JSON.parse(line);
    } catch (e) {
        out({ ok: false, error: `bad request: ${e}` });
        continue;
    }
    const id = req.id;
    try {
        switch (req.op) {
            case "commission":
                out({ id, ok: true, ...(await commission(req)) });
                break;
            case "read":
                out({ id, ok: true, ...(await read(req)) });
                break;
            case "nodes":
                out({ id, ok: true, nodes: controller.getCommissionedNodes().map(Number) });
                break;
            case "shutdown":
                await controller.close();
                await dcl.close();
                out({ id, ok: true });
                lines.close();
                break;
            default:
                out({ id, ok: false, error: `unknown op ${req.op}` });
        }
    } catch (e) {
        toLog("request failed:", e?.stack ?? e);
        const causes = [];
        for (let c = e?.cause; c; c = c.cause) causes.push(String(c.message ?? c));
        out({ id, ok: false, error: String(e?.message ?? e), causes, findings: lastFindings });
    }
    if (req.op === "shutdown") break;
}
logStream.end?.();
process.exit(0);
