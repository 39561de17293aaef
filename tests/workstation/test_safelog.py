"""The one logger never carries item text, label free text or PII."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.workstation.errors import LogPolicyError
from app.workstation.safelog import ID_PATTERN, LOGGER_NAME, SafeLogFilter, install, log_event

PII = "Jane Q. Doe, DOB 1970-01-02, MRN 4471-22, 12 Elm Street"


@pytest.fixture
def output() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = install(handler)
    yield stream
    logger.removeHandler(handler)


def test_allowed_event_is_written(output: io.StringIO) -> None:
    log_event("shard.opened", shard_id="shard-7", items=3)
    assert "shard.opened items=3 shard_id=shard-7" in output.getvalue()


@pytest.mark.parametrize(
    ("event", "fields"),
    [
        ("item.text", {}),
        ("label.saved", {"comment": "short"}),
        ("label.saved", {"annotation_id": PII}),
        ("item.viewed", {"item_id": "has space"}),
        ("item.viewed", {"item_id": "x" * 200}),
        ("item.viewed", {"item_id": b"bytes"}),
    ],
    ids=["unknown-event", "unknown-field", "pii-as-id", "space-in-id", "long-id", "bytes"],
)
def test_refused_calls_raise_without_echoing(
    output: io.StringIO, event: str, fields: dict[str, object]
) -> None:
    with pytest.raises(LogPolicyError) as caught:
        log_event(event, **fields)  # type: ignore[arg-type]
    assert PII not in caught.value.message
    assert output.getvalue() == ""


def test_direct_logging_and_tracebacks_are_replaced(output: io.StringIO) -> None:
    logging.getLogger(LOGGER_NAME).info("item text: %s", PII)
    logging.getLogger(LOGGER_NAME + ".ui").warning(PII)
    try:
        raise ValueError(PII)
    except ValueError:
        logging.getLogger(LOGGER_NAME).exception("failed")
    text = output.getvalue()
    assert PII not in text
    assert "Jane" not in text
    assert "Traceback" not in text
    assert text.count("log.refused") == 3


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_value_is_refused_or_an_id(value: str) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(SafeLogFilter())
    logger = install(handler)
    try:
        log_event("item.viewed", item_id=value)
    except LogPolicyError:
        assert stream.getvalue() == ""
    else:
        assert ID_PATTERN.fullmatch(value)
        assert " " not in value
    finally:
        logger.removeHandler(handler)
