"""Every single-bit flip and every truncation of the small vector shard is rejected with a
specific ShardError subclass, and random multi-byte corruption never escapes as anything
else. The shard is small (about 2 KiB, 64-byte chunks), so the loops cover every position.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import ShardError
from app.core.shard import PREFIX_LEN
from tests.support.vector_files import SHARDS, SMALL_SHARD, open_and_read_all

VECTOR = SHARDS[SMALL_SHARD]
DATA = VECTOR.data


def _rejected(data: bytes) -> type[ShardError] | None:
    """The class that rejected `data`, or None if it opened and every item read back.

    Anything that is not a ShardError propagates and fails the test.
    """
    try:
        open_and_read_all(data, VECTOR)
    except ShardError as exc:
        rejected_by = type(exc)
    else:
        return None
    assert rejected_by is not ShardError, "the base class is not a specific error"
    return rejected_by


def test_the_unaltered_vector_opens() -> None:
    assert _rejected(DATA) is None


@pytest.mark.slow
def test_every_single_bit_flip_is_rejected() -> None:
    body_offset = len(DATA) - VECTOR.header["payload_length"] - 16 * _chunk_count()
    hsig = range(body_offset - 64, body_offset)
    accepted, wrong_class = [], []
    for index in range(len(DATA)):
        for bit in range(8):
            flipped = bytearray(DATA)
            flipped[index] ^= 1 << bit
            cls = _rejected(bytes(flipped))
            if cls is None:
                accepted.append((index, bit))
                continue
            # Where the flip lands decides which check must catch it.
            expected = (
                "ShardMagicError"
                if index < 8
                else "ShardSignatureError"
                if index in hsig
                else "ShardChunkError"
                if index >= body_offset
                else None  # length or header: parse, issuer or signature, by what it hits
            )
            if expected is not None and cls.__name__ != expected:
                wrong_class.append((index, bit, cls.__name__))
    assert accepted == []
    assert wrong_class == []


def _chunk_count() -> int:
    size, length = VECTOR.header["chunk_size"], VECTOR.header["payload_length"]
    return max(1, -(-length // size))


def test_every_truncation_is_rejected() -> None:
    classes = {}
    for length in range(len(DATA)):
        cls = _rejected(DATA[:length])
        assert cls is not None, f"truncation to {length} bytes was accepted"
        classes[length] = cls.__name__
    # Each region fails with its own error: magic, header, signature, then the body.
    assert classes[0] == classes[PREFIX_LEN - 5] == "ShardMagicError"
    assert classes[PREFIX_LEN + 1] == "ShardHeaderError"
    assert classes[len(DATA) - 1] == "ShardTruncatedError"
    assert set(classes.values()) == {
        "ShardMagicError",
        "ShardHeaderError",
        "ShardSignatureError",
        "ShardTruncatedError",
    }


def test_every_appended_length_up_to_a_chunk_is_rejected() -> None:
    for extra in range(1, 81):
        assert _rejected(DATA + bytes(extra)) is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, len(DATA) - 1), st.integers(1, 255)), min_size=1, max_size=8)
)
def test_random_multi_byte_corruption_is_rejected(edits: list[tuple[int, int]]) -> None:
    corrupted = bytearray(DATA)
    for index, xor in edits:
        corrupted[index] ^= xor
    if bytes(corrupted) != DATA:  # two edits of one byte can cancel out
        assert _rejected(bytes(corrupted)) is not None


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(DATA)), st.binary(min_size=1, max_size=200))
def test_random_splices_are_rejected(at: int, junk: bytes) -> None:
    spliced = DATA[:at] + junk + DATA[at:]
    assert _rejected(spliced) is not None
