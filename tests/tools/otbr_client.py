"""Drives a border router's REST API with python-otbr-api, as Home
Assistant's OTBR and Thread integrations do (tests/otbr_rest.rs).

    otbr_client.py URL [--source ADDR] OP [ARGS...]
    otbr_client.py URL [--source ADDR] raw METHOD PATH CONTENT_TYPE BODY

Prints one JSON line: {"ok": result} or {"error": exception class name,
"message": ...}. Bytes are printed as hex.
"""

import argparse
import asyncio
import json

import aiohttp
import python_otbr_api
from python_otbr_api import OTBR
from python_otbr_api.models import ActiveDataSet


async def run(api: OTBR, op: str, args: list[str]):
    if op == "active_tlvs":
        tlvs = await api.get_active_dataset_tlvs()
        return tlvs.hex() if tlvs is not None else None
    if op == "active":
        ds = await api.get_active_dataset()
        return ds.as_json() if ds is not None else None
    if op == "pending_tlvs":
        tlvs = await api.get_pending_dataset_tlvs()
        return tlvs.hex() if tlvs is not None else None
    if op == "create_active":
        name, channel, pan_id, ext_pan_id = args
        await api.create_active_dataset(
            ActiveDataSet(
                network_name=name,
                channel=int(channel),
                pan_id=int(pan_id, 16),
                extended_pan_id=ext_pan_id,
            )
        )
        return None
    if op == "set_active_tlvs":
        await api.set_active_dataset_tlvs(bytes.fromhex(args[0]))
        return None
    if op == "set_enabled":
        await api.set_enabled(args[0] == "true")
        return None
    if op == "set_channel":
        await api.set_channel(int(args[0]), int(args[1]))
        return None
    if op == "ba_id":
        return (await api.get_border_agent_id()).hex()
    if op == "ext_address":
        return (await api.get_extended_address()).hex()
    if op == "coprocessor_version":
        return await api.get_coprocessor_version()
    if op == "factory_reset":
        await api.factory_reset()
        return None
    raise SystemExit(f"unknown op {op}")


async def raw(session: aiohttp.ClientSession, url: str, args: list[str]):
    """METHOD PATH CONTENT_TYPE BODY (BODY `@N`: N bytes of `A`)."""
    method, path, ctype, body = args
    data = b"A" * int(body[1:]) if body.startswith("@") else body.encode()
    async with session.request(
        method, url + path, data=data, headers={"Content-Type": ctype}
    ) as r:
        return {"status": r.status, "body": await r.text()}


async def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("--source")
    p.add_argument("op")
    p.add_argument("args", nargs="*")
    a = p.parse_args()
    connector = aiohttp.TCPConnector(local_addr=(a.source, 0)) if a.source else None
    async with aiohttp.ClientSession(connector=connector) as session:
        if a.op == "raw":
            print(json.dumps({"ok": await raw(session, a.url, a.args)}))
            return
        api = OTBR(a.url, session)
        try:
            print(json.dumps({"ok": await run(api, a.op, a.args)}))
        except python_otbr_api.OTBRError as e:
            print(json.dumps({"error": type(e).__name__, "message": str(e)}))


asyncio.run(main())
