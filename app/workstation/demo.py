"""`cleanroom demo`: a terminal walkthrough of the formats, end to end, on generated data.

It makes a device, seals a shard to it as a server would, opens one item in memory only,
writes and verifies a signed journal, and checks a signed policy, printing each step.
Nothing it prints is task content: item bytes are shown only as sizes and digests. The
workstation window replaces this walkthrough once the UI lands.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from app.core.encoding import canonical_json, sha256_hex
from app.core.journal import ChainState, JournalChain, to_jsonl, verify_jsonl
from app.core.keys import SUITE_HYBRID, DeviceEncryptionKey, SigningKey
from app.core.memory import wipe
from app.core.policy import sign_policy, verify_policy
from app.core.shard import ItemInput, build_payload, open_shard, seal_shard

T = TypeVar("T")

DEMO_ITEMS = (
    ItemInput("item-001", "text", "text/plain", b"Patient <PERSON_1> reports mild headache."),
    ItemInput("item-002", "text", "text/plain", b"Follow-up in two weeks at <LOCATION_1>."),
)
DEMO_SCHEMA = {"span_labels": ["SYMPTOM", "TIMEFRAME"], "classes": ["routine", "urgent"]}
DEMO_CA_PLACEHOLDER = "-----BEGIN CERTIFICATE-----\n(demo: no server)\n-----END CERTIFICATE-----\n"


def _step(number: int, title: str, action: Callable[[], T], verbose: bool) -> T:
    started = time.perf_counter()
    result = action()
    if verbose:
        elapsed_ms = (time.perf_counter() - started) * 1000
        print(f"[{number}] {title:<52} {elapsed_ms:8.1f} ms")
    return result


def run_demo(*, verbose: bool = True) -> int:
    """Run the walkthrough; returns 0 when every step verified."""
    say = print if verbose else (lambda *_: None)
    now = int(time.time())
    say("Cleanroom demo: the formats of DESIGN.md §5-7, end to end, in memory only.\n")

    device_id = "demo-device-1"
    device = _step(
        1, "make device key (ML-KEM-768 + X25519)", DeviceEncryptionKey.generate, verbose
    )
    journal_key = SigningKey.generate()
    server = SigningKey.generate()
    say(f"    device kid {device.public_key().kid}, server kid {server.kid}")

    payload = build_payload(DEMO_ITEMS, DEMO_SCHEMA, "Label symptoms and timeframes.")
    sealed = _step(
        2,
        "server seals a shard to the device",
        lambda: seal_shard(
            payload,
            shard_id="demo-shard-1",
            project_id="demo-project",
            user_id="demo-annotator",
            device_id=device_id,
            device_public=device.public_key(),
            issuer=server,
            issued_at=now,
            not_after=now + 3600,
            chunk_size=64,
        ),
        verbose,
    )
    say(f"    {len(sealed)} bytes sealed, suite {SUITE_HYBRID}")

    shard = _step(
        3,
        "workstation verifies and opens the shard",
        lambda: open_shard(
            sealed,
            issuer_keys={server.kid: server.verify_key()},
            device_key=device,
            device_id=device_id,
            now=now,
        ),
        verbose,
    )
    item = shard.manifest.items[0]
    data = _step(
        4,
        f"decrypt one item ({item.item_id}) in memory",
        lambda: shard.read_item(item.item_id),
        verbose,
    )
    say(f"    {len(data)} bytes, sha256 {sha256_hex(data)[:16]}… matches the manifest")
    wipe(data)
    shard.close()
    say("    plaintext wiped, payload key dropped")

    chain = JournalChain(journal_key, ChainState.start(device_id))

    def write_journal() -> bytes:
        base_ms = now * 1000
        records = [
            chain.append("enrolled", {"device_kid": device.public_key().kid}, ts_ms=base_ms),
            chain.append("login", {}, ts_ms=base_ms + 1, user_id="demo-annotator"),
            chain.append(
                "shard.opened", {"shard_id": "demo-shard-1", "items": 2}, ts_ms=base_ms + 2
            ),
            chain.append("item.viewed", {"item_id": item.item_id}, ts_ms=base_ms + 3),
            chain.append(
                "label.saved",
                {"item_id": item.item_id, "value_sha256": sha256_hex(canonical_json({"c": 1}))},
                ts_ms=base_ms + 4,
            ),
        ]
        return to_jsonl(records)

    jsonl = _step(5, "append 5 signed, hash-chained journal entries", write_journal, verbose)
    state = _step(
        6,
        "verify the journal (hashes, links, signatures)",
        lambda: verify_jsonl(jsonl, journal_key.verify_key()),
        verbose,
    )
    say(f"    chain ok up to seq {state.seq}, head {state.hash[:16]}…")

    org = SigningKey.generate()
    policy = {
        "server_url": "https://127.0.0.1:8443",
        "ca_cert_pem": DEMO_CA_PLACEHOLDER,
        "server_kids": [server.kid],
        "idle_lock_s": 300,
        "watermark": {"visible": True, "forensic": True, "opacity": 12},
        "capture_protection": "best_effort",
        "max_offline_s": 8 * 3600,
        "allowed_label_kinds": ["span", "class"],
    }
    envelope = sign_policy(policy, org)
    verified = _step(
        7,
        "sign and verify the managed policy",
        lambda: verify_policy(envelope, {org.kid: org.verify_key()}),
        verbose,
    )
    mark = verified.watermark
    say(f"    policy ok: idle lock {verified.idle_lock_s} s, watermark {mark.opacity}%")

    say("\nAll steps verified. The workstation window replaces this walkthrough once the UI lands.")
    return 0
