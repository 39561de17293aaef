"""`cleanroom demo`: a terminal walkthrough of the workstation, end to end, on generated data.

It runs the real parts in a folder of its own (default `./cleanroom-demo`): device keys in
the documented demo keyring (`DemoFileKeyring`, a 0600 file in that folder; NOT a secure
keyring), the SQLCipher store, a signed policy checked, a shard sealed to the device as the
server would seal it and opened through the shard gate (ADR 5), one item read in memory
only, the second pass on text, a label saved with its journal entry in one transaction, a
comment with an e-mail address refused, the journal verified, and finally every file in
the folder scanned for the items' text.
Run it again and it reopens the same device and store.

Nothing it prints is task content: sizes, digests, counts and ids only. The server is
played in-process by `_DemoServer` (its signing key lives only for the run). With a display,
`cleanroom demo` opens the window instead (app/demo/).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from app.core.clock import now_ms
from app.core.encoding import sha256_hex
from app.core.journal import verify_jsonl
from app.core.keys import DevicePublicKey, SigningKey, VerifyKey
from app.core.labels import LabelDraft
from app.core.policy import sign_policy, verify_policy
from app.core.shard import ItemInput, build_payload, seal_shard
from app.workstation.enrolment import enrol_workstation
from app.workstation.errors import CommentPiiError
from app.workstation.hygiene import harden_process
from app.workstation.identity import IDENTITY_ENTRY
from app.workstation.keystore import DemoFileKeyring, KeyStore
from app.workstation.paths import STORE_FILE, ensure_private_dir
from app.workstation.shard_gate import ShardGate
from app.workstation.store import Store, open_vault
from app.workstation.textguard import save_label_checked, text_for_view

T = TypeVar("T")

DEMO_SERVICE = "cleanroom-demo"
DEMO_USER = "demo-annotator"
DEMO_PROJECT = "demo-project"
# Already redacted at ingest; the phone number stands for one that slipped through, so the
# workstation's second pass has something to mask.
DEMO_TEXTS = (
    b"Patient <PERSON_1> reports mild headache since Monday.",
    b"Follow-up in two weeks at <LOCATION_1>; call 212-555-0187 to book.",
)
DEMO_SCHEMA = {"span_labels": ["SYMPTOM", "TIMEFRAME"], "classes": ["routine", "urgent"]}
DEMO_CA_PLACEHOLDER = "-----BEGIN CERTIFICATE-----\n(demo: no server)\n-----END CERTIFICATE-----\n"
LEAK_PROBES = (b"mild headache", b"212-555-0187", b"Follow-up in two weeks")


class _DemoServer:
    """The server's part, played in-process: registers the device, signs shards."""

    def __init__(self) -> None:
        self.key = SigningKey.generate()
        self.devices: dict[str, DevicePublicKey] = {}

    def enrol(
        self, code: str, device_id: str, enc_public: DevicePublicKey, sign_public: VerifyKey
    ) -> dict[str, Any]:
        self.devices[device_id] = enc_public
        return {"device_id": device_id, "user_id": DEMO_USER, "server_kid": self.key.kid}

    def seal(self, device_id: str, public: DevicePublicKey, shard_id: str, now: int) -> bytes:
        items = [
            ItemInput(f"item-{n:03}", "text", "text/plain; charset=utf-8", text)
            for n, text in enumerate(DEMO_TEXTS, start=1)
        ]
        return seal_shard(
            build_payload(items, DEMO_SCHEMA, "Label symptoms and timeframes."),
            shard_id=shard_id,
            project_id=DEMO_PROJECT,
            user_id=DEMO_USER,
            device_id=device_id,
            device_public=public,
            issuer=self.key,
            issued_at=now,
            not_after=now + 3600,
            chunk_size=64,
        )


class _Steps:
    def __init__(self, verbose: bool) -> None:
        self.say: Callable[..., None] = print if verbose else (lambda *_: None)
        self.number = 0

    def run(self, title: str, action: Callable[[], T]) -> T:
        self.number += 1
        started = time.perf_counter()
        result = action()
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.say(f"[{self.number:>2}] {title:<56} {elapsed_ms:8.1f} ms")
        return result


def _leaks(folder: Path) -> list[str]:
    """Files under `folder` holding any probe in the clear (UTF-8 or UTF-16)."""
    probes = [p for probe in LEAK_PROBES for p in (probe, probe.decode().encode("utf-16-le"))]
    return [
        path.name
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(p in path.read_bytes() for p in probes)
    ]


def run_demo(folder: Path | None = None, *, verbose: bool = True) -> int:
    """Run the walkthrough in `folder`; returns 0 when every step verified."""
    steps = _Steps(verbose)
    say = steps.say
    folder = ensure_private_dir(Path(folder or "cleanroom-demo").resolve())
    now = now_ms() // 1000
    say(f"Cleanroom demo in {folder} (demo keyring: NOT a secure keyring)\n")

    hardening = steps.run("harden the process (no core dumps, private umask)", harden_process)
    say(f"     core dumps off: {hardening.core_dumps_disabled}")
    keys = KeyStore(DEMO_SERVICE, DemoFileKeyring(folder), allow_demo=True)
    server = _DemoServer()
    store_file = folder / STORE_FILE

    org = SigningKey.generate()
    policy = {
        "server_url": "https://127.0.0.1:8443",
        "ca_cert_pem": DEMO_CA_PLACEHOLDER,
        "server_kids": [server.key.kid],
        "idle_lock_s": 300,
        "watermark": {"visible": True, "forensic": True, "opacity": 12},
        "capture_protection": "best_effort",
        "max_offline_s": 8 * 3600,
        "allowed_label_kinds": ["span", "class"],
        "server_keys": {server.key.kid: server.key.verify_key().b64u()},
    }
    verified = steps.run(
        "sign and verify the managed policy",
        lambda: verify_policy(sign_policy(policy, org), {org.kid: org.verify_key()}),
    )
    mark = verified.watermark.opacity
    say(f"     policy ok: idle lock {verified.idle_lock_s} s, watermark {mark}%")

    store: Store
    if keys.get(IDENTITY_ENTRY) is None:
        identity, store = steps.run(
            "enrol: make keys (ML-KEM-768+X25519, Ed25519, db key)",
            lambda: enrol_workstation(keys, server, "demo-code", path=store_file),
        )
        say(f"     device {identity.device_id}, journal starts with 'enrolled'")
    else:
        identity, store = steps.run(
            "reopen the enrolled device and its store", lambda: open_vault(keys, store_file)
        )
        say(f"     device {identity.device_id}, {store.label_count()} labels kept from before")
    public = identity.encryption_key.public_key()
    gate = ShardGate.from_policy(verified, identity.device_id)

    with store:
        shard_id = f"demo-shard-{now}"
        sealed = steps.run(
            "server seals a shard to this device",
            lambda: server.seal(identity.device_id, public, shard_id, now),
        )
        steps.run(
            "cache it in the store, still sealed", lambda: store.cache_shard(shard_id, sealed)
        )
        say(f"     {len(sealed)} bytes, suite {public.suite}")
        store.append_journal("shard.received", {"shard_id": shard_id}, user_id=DEMO_USER)
        # The in-process server just answered: that is this demo's sync, and the gate
        # opens shards only within the policy's max_offline_s of the last one.
        store.set_last_sync_ms(now * 1000)

        cached = store.cached_shard(shard_id) or b""
        shard = steps.run(
            "open the shard through the gate (offline limit, key, device)",
            lambda: gate.open(
                cached,
                identity.encryption_key,
                last_sync_ms=store.last_sync_ms(),
                now_ms=now * 1000,
            ),
        )
        store.append_journal(
            "shard.opened", {"shard_id": shard_id, "items": len(shard.manifest.items)}
        )
        item = shard.manifest.items[1]
        data = steps.run(
            f"decrypt one item ({item.item_id}) in memory", lambda: shard.read_item(item.item_id)
        )
        say(f"     {len(data)} bytes, sha256 {sha256_hex(data)[:16]}… matches the manifest")
        view = steps.run(
            "second pass: mask identifiers before the view",
            lambda: text_for_view(store, data, shard_id=shard_id, item_id=item.item_id),
        )
        last = store.journal_records(after_seq=store.chain_state.seq - 1)[-1].entry
        say(f"     journal: {last['type']} {last['data'].get('kinds')}; buffer wiped")
        del view  # the view would show the masked text; the demo prints none of it
        shard.close()
        store.append_journal("item.viewed", {"shard_id": shard_id, "item_id": item.item_id})

        def save(value: dict[str, Any]) -> Any:
            draft = LabelDraft(DEMO_PROJECT, shard_id, item.item_id, "class", value)
            return save_label_checked(store, draft, user_id=DEMO_USER)

        label = steps.run(
            "save a label (commit + signed journal entry, one txn)",
            lambda: save({"labels": ["routine"]}),
        )
        say(f"     annotation {label.annotation_id[:8]}… version {label.version} committed")

        def refused_comment() -> str:
            try:
                save({"labels": ["urgent"], "comment": "ask jane.roe@example.org"})
            except CommentPiiError as exc:
                return exc.message
            raise AssertionError("The comment check let an e-mail address through.")

        message = steps.run("a comment holding an e-mail address is refused", refused_comment)
        say(f"     {message}")

        state = steps.run(
            "verify the journal (hashes, links, signatures)",
            lambda: verify_jsonl(store.export_journal_jsonl(), identity.signing_key.verify_key()),
        )
        say(f"     chain ok up to seq {state.seq}, head {state.hash[:16]}…")
        problems = steps.run("check the store (page MACs, integrity)", store.check_integrity)
        if problems:
            say(f"     store problems: {'; '.join(problems)}")
            return 1

    leaks = steps.run("scan every file in the demo folder for item text", lambda: _leaks(folder))
    if leaks:
        say(f"     item text found in the clear in: {', '.join(leaks)}")
        return 1
    say("     none found: the store and its WAL are encrypted")
    say(f"\nAll steps verified. `cleanroom doctor --demo-folder {folder}` checks this device.")
    return 0
