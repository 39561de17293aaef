"""The checked-in vectors: valid ones open to known content, each rejection case raises
exactly its class (not a parent, not a sibling, never a foreign exception)."""

from __future__ import annotations

import hashlib

import pytest

from app.core import errors
from app.core.encoding import canonical_json
from app.core.journal import verify_jsonl
from app.core.policy import verify_policy
from app.core.shard import OpenedShard, open_shard
from tests.support.vector_files import (
    CASES,
    EXPECTED,
    ISSUER_KEYS,
    JOURNAL_KEY,
    OPEN_AT,
    ORG_KEYS,
    SHARDS,
    SMALL_SHARD,
    VECTORS,
    open_and_read_all,
    read,
)


@pytest.mark.parametrize("name", sorted(SHARDS))
def test_vector_shard_opens_to_known_manifest_and_items(name: str) -> None:
    vector = SHARDS[name]
    shard = open_and_read_all(vector.data, vector)
    assert canonical_json(shard.header.to_json()) == canonical_json(vector.header)
    assert shard.manifest.to_json() == vector.manifest
    assert [i.item_id for i in shard.manifest.items] == list(vector.items)
    for item_id, expected in vector.items.items():
        data = shard.read_item(item_id)
        assert bytes(data) == expected
        assert (
            hashlib.sha256(data).hexdigest() == EXPECTED["shards"][name]["items"][item_id]["sha256"]
        )


def test_both_suites_have_a_vector() -> None:
    suites = {v.header["recipient"]["suite"] for v in SHARDS.values()}
    assert suites == {"hpke-mlkem768x25519-sha256-aes256gcm", "hpke-x25519-sha256-aes256gcm"}
    assert all(v.header["chunk_size"] == 64 for v in SHARDS.values())
    assert all(v.header["payload_length"] > 10 * 64 for v in SHARDS.values())


def test_every_case_file_exists_and_every_file_is_a_case() -> None:
    on_disk = {
        p.name
        for p in VECTORS.iterdir()
        if p.name.startswith(("shard_", "journal_", "policy_"))
        and p.name not in SHARDS
        and p.name not in {"journal.jsonl", "journal_device_key.json"}
    }
    assert on_disk == set(CASES)


def _error_class(case: dict[str, object]) -> type[errors.CleanroomError]:
    cls = getattr(errors, str(case["error"]))
    assert issubclass(cls, errors.CleanroomError)
    return cls


SHARD_CASES = sorted(n for n, c in CASES.items() if c["kind"] == "shard")
JOURNAL_CASES = sorted(n for n, c in CASES.items() if c["kind"] == "journal")
POLICY_CASES = sorted(n for n, c in CASES.items() if c["kind"] == "policy")


def _read_every_item(shard: OpenedShard) -> None:
    for item in shard.manifest.items:
        shard.read_item(item.item_id)


@pytest.mark.parametrize("name", SHARD_CASES)
def test_shard_case_raises_exactly_its_class(name: str) -> None:
    case = CASES[name]
    cls = _error_class(case)
    vector = SHARDS[SMALL_SHARD]
    allowed = tuple(case.get("allowed_suites", ("hpke-mlkem768x25519-sha256-aes256gcm",
                                                 "hpke-x25519-sha256-aes256gcm")))  # fmt: skip
    data = read(name)
    kwargs = {
        "issuer_keys": ISSUER_KEYS,
        "device_key": vector.device_key,
        "device_id": vector.device_id,
        "now": OPEN_AT,
        "allowed_suites": allowed,
    }
    if case["stage"] == "open":
        with pytest.raises(errors.CleanroomError) as caught:
            open_shard(data, **kwargs)
    else:
        shard = open_shard(data, **kwargs)  # the damage is not reached at open
        with pytest.raises(errors.CleanroomError) as caught:
            _read_every_item(shard)
    assert type(caught.value) is cls, caught.value.diagnostics()
    assert caught.value.message  # a sentence a person can act on


@pytest.mark.parametrize("name", JOURNAL_CASES)
def test_journal_case_raises_exactly_its_class_at_its_line(name: str) -> None:
    case = CASES[name]
    with pytest.raises(errors.JournalError) as caught:
        verify_jsonl(read(name), JOURNAL_KEY)
    assert type(caught.value) is _error_class(case), caught.value.diagnostics()
    assert caught.value.line == case["line"]
    assert f"line {case['line']}:" in caught.value.diagnostics()


@pytest.mark.parametrize("name", POLICY_CASES)
def test_policy_case_raises_exactly_its_class(name: str) -> None:
    with pytest.raises(errors.PolicyError) as caught:
        verify_policy(read(name), ORG_KEYS)
    assert type(caught.value) is _error_class(CASES[name]), caught.value.diagnostics()


def test_vector_journal_verifies_to_its_last_entry() -> None:
    spec = EXPECTED["journal"]
    state = verify_jsonl(read(spec["file"]), JOURNAL_KEY)
    assert (state.device_id, state.seq, state.hash) == (
        spec["device_id"],
        spec["last_seq"],
        spec["last_hash"],
    )


def test_vector_journal_lines_hold_the_known_entries() -> None:
    spec = EXPECTED["journal"]
    lines = read(spec["file"]).splitlines()
    for line, entry in zip(lines, spec["entries"], strict=True):
        assert line.startswith(b'{"entry":' + canonical_json(entry) + b',"hash":"')
        assert hashlib.sha256(canonical_json(entry)).hexdigest().encode() in line


def test_vector_policy_verifies_to_known_settings() -> None:
    policy = verify_policy(read("policy.json"), ORG_KEYS)
    assert policy.raw == EXPECTED["policy"]["policy"]
    assert policy.idle_lock_s == 300
    assert policy.server_url == "https://cleanroom.example.org"
    assert len(policy.allowed_shard_suites) == 2
