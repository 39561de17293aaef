"""Interoperability: app.core and the independent implementation (crformats.py, written
from DESIGN.md alone) open each other's shards and verify each other's journals.

This module reads the vector files itself, so the independent side never touches `app`.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from app.core import errors
from app.core.encoding import b64u_decode
from app.core.journal import ChainState, JournalChain, to_jsonl, verify_jsonl
from app.core.keys import DeviceEncryptionKey, SigningKey, VerifyKey
from app.core.shard import ItemInput, build_payload, open_shard, seal_shard
from tests.independent import crformats as indep

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
EXPECTED = json.loads((VECTORS / "expected.json").read_text())
CASES = json.loads((VECTORS / "cases.json").read_text())
NOW = EXPECTED["open_at"]


def _file_json(name: str) -> Any:
    return json.loads((VECTORS / name).read_text())


def _raw(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


ISSUER = _file_json("issuer_key.json")
ISSUER_SEED, ISSUER_PUB = _raw(ISSUER["ed25519_seed"]), _raw(ISSUER["public"])
APP_ISSUER = SigningKey.from_raw(ISSUER_SEED)
APP_ISSUER_KEYS = {APP_ISSUER.kid: APP_ISSUER.verify_key()}
ITEMS = [
    ("a-1", "text", "text/plain", "Ünïcode text, twice over. ".encode() * 9, {"n": 1}),
    ("a-2", "image", "image/png", bytes(range(256)) * 3, {}),
    ("a-3", "dicom", "application/dicom", b"", {"empty": True}),
    ("a-4", "text", "text/plain", b"tail", {}),
]
SCHEMA = {"classes": ["x", "y"]}


@pytest.mark.parametrize("name", sorted(EXPECTED["shards"]))
def test_independent_opens_the_vector_shards(name: str) -> None:
    spec = EXPECTED["shards"][name]
    shard = indep.open_shard(
        (VECTORS / name).read_bytes(),
        issuer_publics=[ISSUER_PUB],
        device_secret=_file_json(spec["device_secret"]),
        device_id=spec["device_id"],
        now=NOW,
    )
    assert shard.header == spec["header"]
    assert shard.manifest == spec["manifest"]
    for item_id, item in spec["items"].items():
        assert shard.read_item(item_id) == _raw(item["b64u"])


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c["kind"] == "shard"))
def test_independent_rejects_every_shard_case(name: str) -> None:
    spec = EXPECTED["shards"]["shard_x25519.crshard"]
    allowed = tuple(CASES[name].get("allowed_suites", (indep.HYBRID, indep.X25519)))
    with pytest.raises(indep.Rejected):
        _open_and_read_all((VECTORS / name).read_bytes(), spec, allowed)


def _open_and_read_all(data: bytes, spec: dict[str, Any], allowed: tuple[str, ...]) -> None:
    shard = indep.open_shard(
        data,
        issuer_publics=[ISSUER_PUB],
        device_secret=_file_json(spec["device_secret"]),
        device_id=spec["device_id"],
        now=NOW,
        allowed_suites=allowed,
    )
    for item in shard.manifest["items"]:
        shard.read_item(item["item_id"])


@pytest.mark.parametrize("secret_file", ["device_hybrid_secret.json", "device_x25519_secret.json"])
def test_app_seals_independent_opens(secret_file: str) -> None:
    device = DeviceEncryptionKey.from_secret_bytes((VECTORS / secret_file).read_bytes())
    app_items = [ItemInput(i, k, m, d, meta) for i, k, m, d, meta in ITEMS]
    payload = build_payload(app_items, SCHEMA, "do it")
    assert payload == indep.build_payload(ITEMS, SCHEMA, "do it")  # byte for byte
    for chunk_size in (1, 7, 64, 4096):
        data = seal_shard(
            payload,
            shard_id="s-app",
            project_id="p",
            user_id="u",
            device_id="d-app",
            device_public=device.public_key(),
            issuer=APP_ISSUER,
            issued_at=NOW,
            not_after=NOW + 60,
            chunk_size=chunk_size,
            policy={"k": [1, "v"]},
        )
        shard = indep.open_shard(
            data,
            issuer_publics=[ISSUER_PUB],
            device_secret=_file_json(secret_file),
            device_id="d-app",
            now=NOW,
        )
        assert shard.header["policy"] == {"k": [1, "v"]}
        for item_id, _, _, blob, _ in ITEMS:
            assert shard.read_item(item_id) == blob


@pytest.mark.parametrize("secret_file", ["device_hybrid_secret.json", "device_x25519_secret.json"])
def test_independent_seals_app_opens(secret_file: str) -> None:
    secret = _file_json(secret_file)
    for chunk_size in (1, 7, 64, 4096):
        data = indep.seal(
            indep.build_payload(ITEMS, SCHEMA, "do it"),
            issuer_seed=ISSUER_SEED,
            device_public_raw=indep.device_public(secret),
            shard_id="s-indep",
            project_id="p",
            user_id="u",
            device_id="d-indep",
            issued_at=NOW,
            not_after=NOW + 60,
            chunk_size=chunk_size,
        )
        shard = open_shard(
            data,
            issuer_keys=APP_ISSUER_KEYS,
            device_key=DeviceEncryptionKey.from_secret(secret),
            device_id="d-indep",
            now=NOW,
        )
        assert shard.header.recipient.suite == secret["suite"]
        assert [i.item_id for i in shard.manifest.items] == [i[0] for i in ITEMS]
        for item_id, kind, media_type, blob, meta in ITEMS:
            assert bytes(shard.read_item(item_id)) == blob
            item = shard.item(item_id)
            assert (item.kind, item.blob.media_type, item.meta) == (kind, media_type, meta)


JOURNAL = EXPECTED["journal"]
JOURNAL_KEY = _file_json(JOURNAL["device_key"])
JOURNAL_PUB = _raw(JOURNAL_KEY["public"])


def test_independent_verifies_the_vector_journal() -> None:
    data = (VECTORS / JOURNAL["file"]).read_bytes()
    assert indep.verify_journal(data, JOURNAL_PUB) == (JOURNAL["last_seq"], JOURNAL["last_hash"])


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c["kind"] == "journal"))
def test_independent_rejects_every_journal_case_at_the_same_line(name: str) -> None:
    with pytest.raises(indep.Rejected) as caught:
        indep.verify_journal((VECTORS / name).read_bytes(), JOURNAL_PUB)
    assert caught.value.line == CASES[name]["line"]
    with pytest.raises(errors.JournalError) as app_caught:
        verify_jsonl((VECTORS / name).read_bytes(), VerifyKey(JOURNAL_PUB))
    assert app_caught.value.line == caught.value.line


def test_app_journal_verifies_independently() -> None:
    key = SigningKey.generate()
    chain = JournalChain(key, ChainState.start("dev-app"))
    records = [
        chain.append("login", {}, ts_ms=1_000, user_id="u"),
        chain.append("item.viewed", {"item_id": "é"}, ts_ms=900, user_id="u"),
        chain.append("label.saved", {"value_sha256": "0" * 64, "n": -3}, ts_ms=2_000),
    ]
    seq, last = indep.verify_journal(to_jsonl(records), key.verify_key().raw)
    assert (seq, last) == (3, chain.state.hash)


def test_independent_journal_verifies_in_app() -> None:
    seed = bytes(range(32))
    events = [("enrolled", 5, {}), ("login", 6, {"a": [1, None]}), ("logout", 4, {"z": "ü"})]
    data = indep.journal_lines(seed, "dev-indep", events)
    state = verify_jsonl(data, SigningKey.from_raw(seed).verify_key())
    assert (state.device_id, state.seq) == ("dev-indep", 3)
    assert state.hash == indep.verify_journal(data, SigningKey.from_raw(seed).verify_key().raw)[1]


def test_vector_keys_agree_between_implementations() -> None:
    for spec in EXPECTED["shards"].values():
        secret = _file_json(spec["device_secret"])
        app_key = DeviceEncryptionKey.from_secret(secret).public_key()
        assert indep.device_public(secret) == app_key.raw
        assert indep.kid(app_key.raw) == spec["header"]["recipient"]["kid"]
    assert b64u_decode(ISSUER["public"]) == ISSUER_PUB
    assert (
        indep.kid(ISSUER_PUB) == EXPECTED["shards"]["shard_x25519.crshard"]["header"]["issuer_kid"]
    )
