"""Journal upload refuses each kind of tampering with its own reason, and stores nothing."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from app.core.journal import ChainState, JournalChain, JournalRecord, verify_jsonl
from app.core.keys import SigningKey
from app.core.receipt import verify_receipt
from app.server.models import JournalRow
from tests.server.harness import Harness, Workstation, new_workstation


def post(ws: Workstation, records: list[JournalRecord]) -> tuple[int, dict[str, Any]]:
    body = {"records": [r.to_line().decode() for r in records]}
    response, _ = ws.client._request("POST", "/v1/journal", json=body)
    return response.status_code, response.json()


@pytest.fixture(scope="module")
def setup(harness: Harness) -> tuple[Workstation, list[JournalRecord], list[JournalRecord]]:
    """A device whose first 3 records are stored, and the next 3 it will send."""
    ws = new_workstation(harness)
    stored = ws.journal(3)
    status, body = post(ws, stored)
    assert status == 200, body
    # The next records are built on a copy of the chain, so cases can reuse them.
    upcoming = JournalChain(ws.sign_key, ws.chain.state)
    nxt = [upcoming.append("item.viewed", {"n": i}, ts_ms=stored[-1].ts_ms + i) for i in range(3)]
    return ws, stored, nxt


def edited(s: list[JournalRecord], n: list[JournalRecord], ws: Workstation) -> list[JournalRecord]:
    changed = dataclasses.replace(n[1], entry={**n[1].entry, "data": {"n": 99}})
    return [n[0], changed, n[2]]


def removed(s: list[JournalRecord], n: list[JournalRecord], ws: Workstation) -> list[JournalRecord]:
    return [n[0], n[2]]


def reordered(
    s: list[JournalRecord], n: list[JournalRecord], ws: Workstation
) -> list[JournalRecord]:
    return [n[0], n[2], n[1]]


def replayed(
    s: list[JournalRecord], n: list[JournalRecord], ws: Workstation
) -> list[JournalRecord]:
    return list(s)


def fork(s: list[JournalRecord], n: list[JournalRecord], ws: Workstation) -> list[JournalRecord]:
    # A second, different entry with seq 3, properly signed and linked to seq 2.
    other = JournalChain(ws.sign_key, ChainState(ws.device_id, 2, s[1].hash, s[1].ts_ms))
    return [other.append("copy.blocked", {}, ts_ms=s[1].ts_ms)]


def other_key(
    s: list[JournalRecord], n: list[JournalRecord], ws: Workstation
) -> list[JournalRecord]:
    thief = JournalChain(SigningKey.generate(), ChainState(ws.device_id, 3, s[2].hash, s[2].ts_ms))
    return [thief.append("item.viewed", {}, ts_ms=s[2].ts_ms)]


def not_continuing(
    s: list[JournalRecord], n: list[JournalRecord], ws: Workstation
) -> list[JournalRecord]:
    elsewhere = JournalChain(ws.sign_key, ChainState(ws.device_id, 3, "ab" * 32, s[2].ts_ms))
    return [elsewhere.append("item.viewed", {}, ts_ms=s[2].ts_ms)]


def gap(s: list[JournalRecord], n: list[JournalRecord], ws: Workstation) -> list[JournalRecord]:
    return [n[1], n[2]]


def other_device(
    s: list[JournalRecord], n: list[JournalRecord], ws: Workstation
) -> list[JournalRecord]:
    foreign = JournalChain(ws.sign_key, ChainState.start("dev-someone-else"))
    return [foreign.append("item.viewed", {}, ts_ms=s[2].ts_ms)]


CASES: list[tuple[str, Callable[..., list[JournalRecord]], str]] = [
    ("edited entry", edited, "journal_edited"),
    ("removed entry", removed, "journal_removed"),
    ("reordered entries", reordered, "journal_reordered"),
    ("replayed batch", replayed, "journal_replayed"),
    ("fork", fork, "journal_fork"),
    ("signature by another key", other_key, "journal_signature"),
    ("chain does not continue", not_continuing, "journal_not_continuing"),
    ("entries missing before batch", gap, "journal_gap"),
    ("entry of another device", other_device, "journal_device"),
]


@pytest.mark.parametrize(("name", "make", "reason"), CASES, ids=[c[0] for c in CASES])
def test_rejected_with_reason(
    harness: Harness,
    setup: tuple[Workstation, list[JournalRecord], list[JournalRecord]],
    name: str,
    make: Callable[..., list[JournalRecord]],
    reason: str,
) -> None:
    ws, stored, nxt = setup
    status, body = post(ws, make(stored, nxt, ws))
    assert status == 409, body
    assert body["error"] == reason
    with harness.db() as db:
        assert db.query(JournalRow).filter_by(device_id=ws.device_id).count() == 3


def test_replay_answer_carries_receipt_for_what_is_stored(
    harness: Harness, setup: tuple[Workstation, list[JournalRecord], list[JournalRecord]]
) -> None:
    ws, stored, _ = setup
    status, body = post(ws, stored[1:])
    assert status == 409
    assert body["error"] == "journal_replayed"
    receipt = verify_receipt(body["receipt"], dict(ws.client.config.server_keys))
    assert (receipt.seq, receipt.hash) == (3, stored[2].hash)


def test_garbage_line_is_a_parse_reason(
    harness: Harness, setup: tuple[Workstation, list[JournalRecord], list[JournalRecord]]
) -> None:
    ws, _, _ = setup
    response, _ = ws.client._request("POST", "/v1/journal", json={"records": ["{not json"]})
    assert response.status_code == 409
    assert response.json()["error"] == "journal_parse"


def test_lone_surrogate_is_refused_not_a_server_error(
    harness: Harness, setup: tuple[Workstation, list[JournalRecord], list[JournalRecord]]
) -> None:
    ws, _, _ = setup
    # requests escapes it as "\\ud800" in the JSON body; the server decodes a lone surrogate.
    lone = '{"entry": "\ud800"}'
    response, _ = ws.client._request("POST", "/v1/journal", json={"records": [lone]})
    assert response.status_code == 422
    assert response.json()["error"] == "validation"


def test_after_all_refusals_the_true_continuation_is_accepted(
    harness: Harness, setup: tuple[Workstation, list[JournalRecord], list[JournalRecord]]
) -> None:
    ws, _stored, nxt = setup
    status, body = post(ws, nxt)
    assert status == 200, body
    assert body["receipt"]["seq"] == 6
    with harness.db() as db:
        lines = [
            r.line
            for r in db.query(JournalRow).filter_by(device_id=ws.device_id).order_by(JournalRow.seq)
        ]
    state = verify_jsonl(b"\n".join(lines), ws.sign_key.verify_key())
    assert (state.seq, state.hash) == (6, nxt[-1].hash)
