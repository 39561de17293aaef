"""`cleanroom-journal/1`: append, chain, sign, export, verify (DESIGN.md §6)."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.encoding import b64u_encode, canonical_json, parse_json
from app.core.errors import (
    CleanroomError,
    EncodingError,
    JournalClockError,
    JournalError,
    JournalParseError,
    JournalSequenceError,
)
from app.core.journal import (
    EVENT_TYPES,
    ChainState,
    JournalChain,
    genesis_hash,
    parse_record,
    to_jsonl,
    verify_jsonl,
    verify_records,
)
from app.core.keys import SigningKey
from tests.support.vector_files import EXPECTED, JOURNAL_KEY, read, signing_key

KEY = SigningKey.generate()


def _chain(device_id: str = "dev-1") -> JournalChain:
    return JournalChain(KEY, ChainState.start(device_id))


def test_genesis_is_the_design_formula() -> None:
    expected = hashlib.sha256(b"cleanroom-journal/1\x00dev-1").hexdigest()
    assert genesis_hash("dev-1") == expected
    assert ChainState.start("dev-1").hash == expected


def test_records_hash_sign_and_link_as_designed() -> None:
    chain = _chain()
    first = chain.append("login", {"n": 1}, ts_ms=1000, user_id="u")
    second = chain.append("logout", {}, ts_ms=2000, user_id="u")
    assert first.entry["prev"] == genesis_hash("dev-1")
    assert second.entry["prev"] == first.hash
    assert first.hash == hashlib.sha256(canonical_json(first.entry)).hexdigest()
    assert KEY.verify_key().verify(first.sig, bytes.fromhex(first.hash))
    line = parse_json(first.to_line())
    assert line == {"entry": first.entry, "hash": first.hash, "sig": b64u_encode(first.sig)}
    assert first.to_line() == canonical_json(line)


def test_make_does_not_advance_until_commit() -> None:
    chain = _chain()
    record = chain.make("login", {}, ts_ms=1)
    assert chain.state.seq == 0
    chain.commit(record)
    assert chain.state.seq == 1
    with pytest.raises(JournalSequenceError):
        chain.commit(record)  # the same record cannot be committed twice


def test_unknown_event_types_are_refused_at_append() -> None:
    with pytest.raises(JournalParseError):
        _chain().append("item.exported", {}, ts_ms=1)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(EVENT_TYPES)),
            st.integers(0, 2_000_000),
            st.dictionaries(st.text(max_size=6), st.integers() | st.text(max_size=6), max_size=3),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_append_export_verify_round_trip(events: list[tuple[str, int, dict[str, object]]]) -> None:
    chain = _chain()
    records = []
    ts = 10**12
    for event_type, step, data in events:
        ts += step - 250_000  # goes back by at most 250 s, within the default 300 s
        try:
            records.append(chain.append(event_type, data, ts_ms=ts, session_id="s"))
        except CleanroomError:
            return  # generated text with lone surrogates is not canonical JSON
    state = verify_jsonl(to_jsonl(records), KEY.verify_key())
    assert state == chain.state
    # The server path: continue from a stored state with the rest of the records.
    middle = len(records) // 2
    stored = verify_records(records[:middle], KEY.verify_key(), ChainState.start("dev-1"))
    assert verify_records(records[middle:], KEY.verify_key(), stored) == chain.state


def test_clock_step_tolerance_is_configurable() -> None:
    chain = _chain()
    records = [
        chain.append("login", {}, ts_ms=1_000_000),
        chain.append("logout", {}, ts_ms=1_000_000 - 60_000),
    ]
    data = to_jsonl(records)
    assert verify_jsonl(data, KEY.verify_key()).seq == 2
    assert verify_jsonl(data, KEY.verify_key(), max_clock_step_s=60).seq == 2
    with pytest.raises(JournalClockError) as caught:
        verify_jsonl(data, KEY.verify_key(), max_clock_step_s=59)
    assert caught.value.line == 2


def test_continuing_from_the_wrong_state_is_refused() -> None:
    chain = _chain()
    records = [chain.append("login", {}, ts_ms=t) for t in range(3)]
    with pytest.raises(JournalSequenceError):
        verify_records(records[1:], KEY.verify_key(), ChainState.start("dev-1"))


def test_vector_journal_signing_key_reproduces_its_signatures() -> None:
    key = signing_key("journal_device_key.json")
    assert key.verify_key() == JOURNAL_KEY
    first = parse_record(read("journal.jsonl").splitlines()[0])
    assert key.sign(bytes.fromhex(first.hash)) == first.sig  # Ed25519 is deterministic
    assert first.entry == EXPECTED["journal"]["entries"][0]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_into_parse_record_raise_only_journal_parse_errors(data: bytes) -> None:
    with pytest.raises(JournalParseError):
        parse_record(data, line=7)


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "entry": st.dictionaries(
                st.sampled_from(["v", "device_id", "seq", "prev", "ts_ms", "user_id",
                                 "session_id", "type", "data"]),
                st.none() | st.booleans() | st.integers(-2, 2) | st.text(max_size=3)
                | st.just({}) | st.just("a" * 64),
            ),
            "hash": st.text(max_size=3) | st.just("a" * 64) | st.integers(),
            "sig": st.text(max_size=4) | st.just("A" * 86) | st.none(),
        }
    )
)  # fmt: skip
def test_random_record_shapes_raise_only_journal_errors(record: dict[str, object]) -> None:
    try:
        line = canonical_json(record)
    except CleanroomError:
        return
    with pytest.raises(JournalError) as caught:
        verify_jsonl(line, JOURNAL_KEY)
    assert caught.value.line == 1


def test_a_float_in_data_is_refused_at_append_not_at_verify() -> None:
    # Regression: make() used to sign entries holding floats, which no verifier can parse.
    chain = _chain()
    with pytest.raises(EncodingError):
        chain.append("label.saved", {"score": 0.5}, ts_ms=1)
    assert chain.state.seq == 0
