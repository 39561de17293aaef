"""Canonical JSON, base64url and kid, as DESIGN.md §4 defines them."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.encoding import (
    b64u_decode,
    b64u_encode,
    canonical_json,
    is_sha256_hex,
    kid,
    parse_canonical_object,
    parse_json,
)
from app.core.errors import EncodingError

# JSON values as signed objects hold them: no floats.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def test_canonical_json_is_the_design_formula() -> None:
    value = {"b": [1, True, None], "a": "é\u2028", "c": {"z": 1, "y": ""}}
    assert (
        canonical_json(value)
        == b'{"a":"\xc3\xa9\xe2\x80\xa8","b":[1,true,null],"c":{"y":"","z":1}}'
    )


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), {1: object()}, {"a": b"x"}, "\ud800"])
def test_canonical_json_refuses_what_it_cannot_write(bad: object) -> None:
    with pytest.raises(EncodingError):
        canonical_json(bad)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_canonical_json_round_trips_and_is_unique(value: object) -> None:
    try:
        encoded = canonical_json(value)
    except EncodingError:
        return  # lone surrogates in generated text cannot be UTF-8
    assert parse_json(encoded) == value
    if isinstance(value, dict):
        assert parse_canonical_object(encoded) == value
        spaced = json.dumps(value, sort_keys=True, ensure_ascii=True).encode()
        if spaced != encoded:
            with pytest.raises(EncodingError):
                parse_canonical_object(spaced)


@pytest.mark.parametrize(
    "text",
    [
        b'{"b":1,"a":2}',  # unsorted
        b'{"a": 1}',  # spaces
        b'{"a":1}\n',  # trailing newline
        b'{"a":"\\u00e9"}',  # escaped where CJ writes UTF-8
        b'{"a":1,"a":1}',  # duplicate keys
        b'{"a":1.0}',  # a float
        b'{"a":NaN}',
        b"[1]",  # not an object
        b"\xff",  # not UTF-8
        b"",
    ],
)
def test_non_canonical_or_invalid_objects_are_refused(text: bytes) -> None:
    with pytest.raises(EncodingError):
        parse_canonical_object(text)


def test_deep_nesting_is_an_encoding_error_not_a_recursion_error() -> None:
    with pytest.raises(EncodingError):
        parse_json(b"[" * 100_000 + b"]" * 100_000)


def test_huge_integer_is_an_encoding_error() -> None:
    with pytest.raises(EncodingError):
        parse_json(b"1" * 10_000)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=80))
def test_b64u_round_trips_without_padding(data: bytes) -> None:
    text = b64u_encode(data)
    assert "=" not in text
    assert "+" not in text
    assert "/" not in text
    assert b64u_decode(text) == data
    assert b64u_decode(text, length=len(data)) == data


@pytest.mark.parametrize(
    "text",
    [
        "AA==",  # padded
        "AA=",
        "AB",  # non-zero trailing bits: "AA" and "AB" would both mean b"\x00"
        "A",  # impossible length
        "AA+/",  # standard alphabet
        "A A",
        "AÀ",
        "AA\n",
    ],
)
def test_b64u_rejects_padding_and_non_canonical_forms(text: str) -> None:
    with pytest.raises(EncodingError):
        b64u_decode(text)


def test_b64u_checks_length_and_type() -> None:
    with pytest.raises(EncodingError):
        b64u_decode(b64u_encode(bytes(31)), length=32)
    with pytest.raises(EncodingError):
        b64u_decode(None)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_b64u_decode_of_any_text_is_canonical_or_an_encoding_error(text: str) -> None:
    try:
        raw = b64u_decode(text)
    except EncodingError:
        return
    assert b64u_encode(raw) == text
    assert base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)) == raw


def test_kid_is_first_16_hex_of_sha256() -> None:
    pub = bytes(range(32))
    assert kid(pub) == hashlib.sha256(pub).hexdigest()[:16]
    assert len(kid(pub)) == 16


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_parse_json_raises_only_encoding_errors(data: bytes) -> None:
    with contextlib.suppress(EncodingError):
        parse_json(data)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0123456789abcdef" * 4, True),
        ("0123456789abcdef" * 4 + "\n", False),  # `$` would accept a trailing newline
        ("0123456789ABCDEF" * 4, False),
        ("0123456789abcdef" * 4 + "0", False),
        ("0123456789abcde" + "g" + "0123456789abcdef" * 3, False),
        (b"0123456789abcdef" * 4, False),
        (None, False),
    ],
)
def test_is_sha256_hex(value: object, expected: bool) -> None:
    assert is_sha256_hex(value) is expected
