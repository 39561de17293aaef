"""Text redaction on the synthetic evaluation set, placeholders, and malformed input."""

from __future__ import annotations

import json
from typing import Any

import pytest

from app.redaction.errors import TextDecodeError, TextTooLargeError
from app.redaction.pipeline import redact_item
from app.redaction.text import (
    Span,
    apply_placeholders,
    decode_text,
    redact_text,
    repeated_mentions,
)
from resources.synthetic.eval_redaction import evaluate_text
from resources.synthetic.text_corpus import STRUCTURED, corpus

from .conftest import SECRET


@pytest.fixture(scope="module")
def text_eval(analyzer: Any) -> Any:
    return evaluate_text(corpus(120))


@pytest.mark.slow
def test_no_structured_identifier_survives(text_eval: Any) -> None:
    left = {k: text_eval.scores[k].survivors for k in STRUCTURED if text_eval.scores[k].survivors}
    assert left == {}


@pytest.mark.slow
def test_person_recall_at_least_095(text_eval: Any) -> None:
    assert text_eval.scores["PERSON"].recall >= 0.95


@pytest.mark.slow
def test_structured_recall_is_complete(text_eval: Any) -> None:
    assert {k: text_eval.scores[k].recall for k in STRUCTURED} == dict.fromkeys(STRUCTURED, 1.0)


def test_placeholders_are_consistent_per_document(analyzer: Any) -> None:
    text = (
        "John Smith saw Maria Garcia on Monday. Later Smith phoned Maria Garcia again, "
        "and John Smith signed the form."
    )
    out = redact_text(text).text
    assert "Smith" not in out
    assert "Garcia" not in out
    assert out.count("<PERSON_1>") == 3
    assert out.count("<PERSON_2>") == 2


def test_placeholder_numbering_restarts_per_document() -> None:
    spans = [Span(0, 4, "PERSON", "r", 1.0)]
    assert apply_placeholders("Anna came", spans).text == "<PERSON_1> came"
    assert apply_placeholders("Boris came", [Span(0, 5, "PERSON", "r", 1.0)]).text == (
        "<PERSON_1> came"
    )


def test_overlapping_findings_mask_their_union() -> None:
    spans = [Span(4, 10, "PHONE_NUMBER", "a", 0.6), Span(8, 14, "US_SSN", "b", 0.7)]
    assert apply_placeholders("abc 0123456789 end", spans).text == "abc <SSN_1> end"


def test_report_holds_kinds_counts_and_rules_never_values(analyzer: Any) -> None:
    secret_bits = ["Eleanor Rigby", "078-05-1120", "eleanor@example.org"]
    text = f"{secret_bits[0]} (SSN {secret_bits[1]}) wrote from {secret_bits[2]}."
    item = redact_item("text", text.encode(), project_secret=SECRET, settings={})
    assert item.redacted
    assert item.report["kinds"]["US_SSN"] == 1
    assert item.report["kinds"]["EMAIL_ADDRESS"] == 1
    assert "ssn_dashed" in item.report["rules"]
    dumped = json.dumps(item.report) + json.dumps(item.meta)
    for bit in secret_bits:
        assert bit not in dumped
        assert bit not in item.data.decode()


def test_json_record_drops_configured_fields(analyzer: Any) -> None:
    record = {"note": "stable after surgery", "patient_name": "Eleanor Rigby", "ward": "4B"}
    item = redact_item(
        "text",
        json.dumps(record).encode(),
        project_secret=SECRET,
        settings={"text_format": "json", "drop_fields": ["patient_name"]},
    )
    assert "patient_name" not in item.data.decode()
    assert "Rigby" not in item.data.decode()
    assert item.report["least_view"]["dropped_fields"] == 1


def test_non_utf8_text_is_refused_with_a_clear_message() -> None:
    with pytest.raises(TextDecodeError, match="not valid UTF-8"):
        redact_item("text", b"caf\xe9 au lait", project_secret=SECRET, settings={})


def test_binary_looking_text_is_refused() -> None:
    with pytest.raises(TextDecodeError, match="NUL"):
        decode_text(b"abc\x00def")


def test_50_mib_text_is_refused_before_analysis() -> None:
    big = b"All quiet on the ward. " * (50 * 1024 * 1024 // 23 + 1)
    with pytest.raises(TextTooLargeError, match="split"):
        redact_item("text", big, project_secret=SECRET, settings={})


def test_utf8_bom_is_accepted() -> None:
    assert decode_text("\ufeffhello".encode()) == "hello"


def test_other_mentions_of_a_found_name_are_masked_too() -> None:
    # spaCy finds "John Smith" but not the later "Smith" alone at a sentence start.
    text = "Patient John Smith was seen by Dr. Ana Lopez. Smith agreed; SMITH signed. Dr. Lopez"
    spans = [Span(8, 18, "PERSON", "SpacyRecognizer", 0.85), Span(35, 44, "PERSON", "s", 0.85)]
    out = apply_placeholders(text, spans + repeated_mentions(text, spans)).text
    assert out == (
        "Patient <PERSON_1> was seen by Dr. <PERSON_2>. <PERSON_1> agreed; <PERSON_1> signed. "
        "Dr. <PERSON_2>"
    )


def test_repeats_are_found_by_the_real_pipeline(analyzer: Any) -> None:
    text = "Patient John Smith (MRN 00123456) was admitted. Smith agreed to the plan."
    item = redact_item("text", text.encode(), project_secret=SECRET, settings={})
    assert "Smith" not in item.data.decode()
    assert item.data.decode().count("<PERSON_1>") == 2


def test_our_own_placeholders_survive_a_second_pass_unchanged() -> None:
    text = "Dr <PERSON_1> met Ann Lee in <LOCATION_1>; <PERSON_1> Smith called."
    at = text.index
    spans = [
        Span(4, 12, "PERSON", "ner", 0.85),  # "PERSON_1" inside its own placeholder
        Span(0, 2, "PERSON", "ner", 0.85),  # the title the first pass left
        Span(at("Ann"), at(" in"), "PERSON", "ner", 0.85),  # a new person
        Span(at("LOCATION"), at(">;"), "LOCATION", "ner", 0.85),
        Span(at("; <") + 2, at(" called"), "PERSON", "ner", 0.85),  # across a placeholder
    ]
    out = apply_placeholders(text, spans)
    # Placeholders stay as they were; new values take numbers not already in the text.
    assert out.text == "Dr <PERSON_1> met <PERSON_2> in <LOCATION_1>; <PERSON_1> <PERSON_3> called."
    assert [text[s.start : s.end] for s in out.spans] == ["Ann Lee", "Smith"]


def test_redacting_redacted_text_again_changes_nothing(analyzer: Any) -> None:
    source = "Seen in Springfield by Dr John Smith on 3 May 2021; write to jane@example.org."
    once = redact_text(source).text
    assert "<LOCATION_1>" in once
    assert redact_text(once).text == once  # not <<LOCATION_1>>
