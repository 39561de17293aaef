"""Every line-level edit, bit flip and truncation of the vector journal is caught by
verify_jsonl, and only JournalError subclasses ever escape it.

One caveat is by design: cutting the file exactly at a line boundary leaves a shorter
journal that is still a valid chain from seq 1 (nothing in a JSON Lines file marks its
end). The server catches that against the chain it already stored and the receipts it
signed; offline, the verified state must then say exactly how many entries were kept.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.errors import JournalError
from app.core.journal import ChainState, verify_jsonl
from tests.support.vector_files import EXPECTED, JOURNAL_KEY, read

DATA = read(EXPECTED["journal"]["file"])
LINES = DATA.splitlines()


def _outcome(data: bytes) -> ChainState | JournalError:
    try:
        return verify_jsonl(data, JOURNAL_KEY)
    except JournalError as exc:
        error = exc
    assert type(error) is not JournalError
    assert error.line is not None
    assert 1 <= error.line <= data.count(b"\n") + 1
    return error


def _join(lines: list[bytes]) -> bytes:
    return b"".join(line + b"\n" for line in lines)


def test_every_single_bit_flip_is_rejected() -> None:
    # Lines before the flip are untouched and verify as before, so each flip is checked
    # from the chain state just before its line, over its line and the next (a flipped
    # newline joins the two). That is verify_jsonl's own resume path, and 7x faster.
    states = [None, *(verify_jsonl(_join(LINES[:k]), JOURNAL_KEY) for k in range(1, len(LINES)))]
    accepted = []
    start = 0
    for k, line in enumerate(LINES):
        end = start + len(line) + 1
        window_end = end + (len(LINES[k + 1]) + 1 if k + 1 < len(LINES) else 0)
        for index in range(start, end):
            for bit in range(8):
                flipped = bytearray(DATA[start:window_end])
                flipped[index - start] ^= 1 << bit
                try:
                    verify_jsonl(bytes(flipped), JOURNAL_KEY, state=states[k])
                except JournalError:
                    continue
                accepted.append((index, bit))
        start = end
    assert start == len(DATA)
    assert accepted == []


def test_every_truncation_is_rejected_or_is_an_exact_prefix() -> None:
    ends = {sum(len(line) + 1 for line in LINES[:k]) for k in range(len(LINES) + 1)}
    for length in range(len(DATA)):
        outcome = _outcome(DATA[:length])
        kept = DATA[:length].count(b"\n")
        if length in ends or (length + 1 in ends and length > 0):
            # A cut at a line boundary (with or without its final newline) keeps whole
            # records; it verifies only as the prefix it is.
            if length == 0:
                assert isinstance(outcome, JournalError)
                continue
            whole = kept if length in ends else kept + 1
            assert isinstance(outcome, ChainState), f"cut at {length}"
            assert outcome.seq == whole
            assert (
                outcome.hash == EXPECTED["journal"]["entries"][whole]["prev"]
                if whole < len(LINES)
                else EXPECTED["journal"]["last_hash"]
            )
        else:
            assert isinstance(outcome, JournalError), f"cut at {length} was accepted"
            assert outcome.line == kept + 1


@pytest.mark.parametrize("index", range(len(LINES)))
def test_removing_any_line_except_the_last_is_rejected(index: int) -> None:
    outcome = _outcome(_join(LINES[:index] + LINES[index + 1 :]))
    if index == len(LINES) - 1:
        assert isinstance(outcome, ChainState)  # the tail cut of the module docstring
    else:
        assert isinstance(outcome, JournalError)
        assert type(outcome).__name__ == "JournalSequenceError"
        assert outcome.line == index + 1


def test_every_swap_duplicate_and_move_of_lines_is_rejected() -> None:
    n = len(LINES)
    for i in range(n):
        duplicated = [*LINES[: i + 1], LINES[i], *LINES[i + 1 :]]
        assert isinstance(_outcome(_join(duplicated)), JournalError)
        for j in range(n):
            if i == j:
                continue
            swapped = list(LINES)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            assert isinstance(_outcome(_join(swapped)), JournalError)
            moved = list(LINES)
            moved.insert(j, moved.pop(i))
            assert isinstance(_outcome(_join(moved)), JournalError)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, len(DATA) - 1), st.integers(1, 255)), min_size=1, max_size=6)
)
def test_random_byte_corruption_is_rejected(edits: list[tuple[int, int]]) -> None:
    corrupted = bytearray(DATA)
    for index, xor in edits:
        corrupted[index] ^= xor
    if bytes(corrupted) != DATA:
        assert isinstance(_outcome(bytes(corrupted)), JournalError)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(range(len(LINES))), min_size=1, max_size=10))
def test_any_other_sequence_of_lines_is_rejected_unless_it_is_a_prefix(picks: list[int]) -> None:
    outcome = _outcome(_join([LINES[i] for i in picks]))
    if picks == list(range(len(picks))):
        assert isinstance(outcome, ChainState)
        assert outcome.seq == len(picks)
    else:
        assert isinstance(outcome, JournalError)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
def test_random_bytes_raise_only_journal_errors(data: bytes) -> None:
    assert isinstance(_outcome(data), JournalError)
