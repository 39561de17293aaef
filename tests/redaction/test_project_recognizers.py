"""Recognizers a project configures: found and replaced like the built-ins, refused when
unsafe or malformed (at create and in the pipeline), built once per distinct setting."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction import analyzer as analyzer_module
from app.redaction.errors import ProjectSettingError, RedactionSettingsError
from app.redaction.pipeline import redact_item
from app.redaction.recognizers import parse_recognizers
from app.redaction.settings import RedactionSettings

from .conftest import SECRET

BADGE = {"kind": "BADGE_ID", "regex": r"BX\d{5}", "context": ["badge", "swipe"]}
SETTINGS = {"recognizers": [BADGE]}
TEXT = "Swipe badge BX40213 at gate 4. Later BX40213 and BX77881 were seen. Code BX55555."


def test_project_recognizer_finds_with_context_and_replaces(analyzer: Any) -> None:
    item = redact_item("text", TEXT.encode(), project_secret=SECRET, settings=SETTINGS)
    out = item.data.decode()
    assert "BX40213" not in out
    assert out.count("<BADGE_ID_1>") == 2  # the same badge keeps its number
    assert item.report["kinds"]["BADGE_ID"] >= 2
    assert item.report["rules"]["project_badge_id_1"] >= 1


def test_without_the_setting_the_custom_id_stays(analyzer: Any) -> None:
    item = redact_item("text", TEXT.encode(), project_secret=SECRET, settings={})
    assert "BADGE_ID" not in item.report["kinds"]


def test_context_only_recognizer_ignores_a_match_without_its_words(analyzer: Any) -> None:
    text = "The shipment code was BX12345 according to the log."
    item = redact_item("text", text.encode(), project_secret=SECRET, settings=SETTINGS)
    assert "BADGE_ID" not in item.report["kinds"]  # (spaCy may still mask it as another kind)


def test_recognizer_with_empty_context_always_counts(analyzer: Any) -> None:
    cfg = {"recognizers": [{"kind": "LAB_ID", "regex": r"LAB-\d{4}", "context": []}]}
    text = "Sample LAB-1234 arrived."
    item = redact_item("text", text.encode(), project_secret=SECRET, settings=cfg)
    assert item.data.decode() == "Sample <LAB_ID_1> arrived."


def test_recognizers_are_built_once_per_distinct_setting(analyzer: Any) -> None:
    before = analyzer_module.project_recognizers.cache_info()
    for n in range(3):
        fresh = copy.deepcopy(SETTINGS)  # equal settings from a new dict, as at ingest
        redact_item("text", f"badge BX1000{n}".encode(), project_secret=SECRET, settings=fresh)
    after = analyzer_module.project_recognizers.cache_info()
    assert after.misses - before.misses <= 1
    assert after.hits - before.hits >= 2
    assert analyzer_module.shared_analyzer.cache_info().misses == 1  # model loaded once


REFUSED = {
    "nested quantifier": ({"kind": "X_ID", "regex": r"(a+)+b", "context": []}, "nested"),
    "nested bounded": ({"kind": "X_ID", "regex": r"(?:\d{1,4}){2,3}", "context": []}, "nested"),
    "unbounded": ({"kind": "X_ID", "regex": r"ID\d+", "context": []}, "unbounded"),
    "too long": ({"kind": "X_ID", "regex": "a" * 201, "context": []}, "longer than"),
    "does not compile": ({"kind": "X_ID", "regex": r"ID(\d{3}", "context": []}, "compile"),
    "back-reference": ({"kind": "X_ID", "regex": r"(\d)\1", "context": []}, "back-reference"),
    "too many ways": ({"kind": "X_ID", "regex": r"\d{1,64}\d{1,64}", "context": []}, "ways"),
    "bad kind": ({"kind": "badge id", "regex": r"B\d{3}", "context": []}, "UPPER_SNAKE"),
    "unknown key": ({"kind": "X_ID", "regex": r"B\d", "context": [], "flags": "i"}, "'flags'"),
    "missing context": ({"kind": "X_ID", "regex": r"B\d"}, "needs 'context'"),
    "bad context": ({"kind": "X_ID", "regex": r"B\d", "context": ["Two words"]}, "lowercase"),
    "bad score": ({"kind": "X_ID", "regex": r"B\d", "context": [], "score": 2}, "score"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_bad_recognizer_is_refused_at_create(case: str) -> None:
    entry, words = REFUSED[case]
    with pytest.raises(RedactionSettingsError) as err:
        RedactionSettings.from_json({"recognizers": [entry]})
    assert words in err.value.message
    assert err.value.message.startswith("Redaction setting recognizers")


@pytest.mark.parametrize("kind", ["text", "image", "dicom"])
def test_bad_recognizer_refuses_the_item_in_the_pipeline(kind: str) -> None:
    bad = {"recognizers": [REFUSED["nested quantifier"][0]]}
    with pytest.raises(ProjectSettingError, match="nested quantifier"):
        redact_item(kind, b"badge BX40213", project_secret=SECRET, settings=bad)


@pytest.mark.parametrize("value", ["sometimes", "AUTO", 1, None])
def test_unknown_dicom_ocr_value_is_refused_in_the_pipeline(value: Any) -> None:
    with pytest.raises(ProjectSettingError, match="dicom_ocr"):
        redact_item("dicom", b"x", project_secret=SECRET, settings={"dicom_ocr": value})


def test_malformed_private_tag_allowlist_is_refused_in_the_pipeline() -> None:
    from pydicom.data import get_testdata_file

    data = open(get_testdata_file("CT_small.dcm"), "rb").read()  # noqa: SIM115
    cfg = {"dicom_ocr": "never", "private_tag_allowlist": ["0009-GEMS"]}
    with pytest.raises(ProjectSettingError, match="private_tag_allowlist"):
        redact_item("dicom", data, project_secret=SECRET, settings=cfg)


def test_duplicate_rule_names_are_refused() -> None:
    with pytest.raises(ProjectSettingError, match="repeats the rule name"):
        parse_recognizers([BADGE | {"name": "badge"}, BADGE | {"name": "badge"}])


_entry = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["BADGE_ID", "A_B9"]) | st.sampled_from(["X", "lower", 3]),
        "regex": st.sampled_from([r"BX\d{5}", r"(?i)lab-?\d{4}", r"(a|b){3}", r"\d{2,3}"])
        | st.text(alphabet="ab\\d()+*?{}[]|1-9,:^$.", max_size=30)
        | st.integers(),
        "context": st.lists(st.sampled_from(["badge", "swipe"]), max_size=3)
        | st.lists(st.sampled_from(["Bad", "", "x y", 5]), min_size=1, max_size=2),
    },
    optional={
        "score": st.floats(0.05, 1.0) | st.floats() | st.integers(-2, 2) | st.booleans(),
        "name": st.sampled_from(["rule_a", "rule_b"]) | st.text(max_size=8),
        "other": st.none(),
    },
)


@given(untrusted=st.lists(_entry, max_size=3) | st.none() | st.text(max_size=5))
@settings(max_examples=300, deadline=None)
def test_any_recognizers_value_parses_or_fails_with_one_error(untrusted: Any) -> None:
    message = None
    try:
        out = parse_recognizers(untrusted)
    except ProjectSettingError as exc:
        message = exc.message
    if message is not None:
        assert message.startswith("Redaction setting recognizers"), message
        return
    assert parse_recognizers(out) == out  # the full form is accepted again unchanged


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Call 555-201-3344 tomorrow.", "PHONE_NUMBER"),
        ("Phone: 555 201 3344", "PHONE_NUMBER"),
        ("NHS number 943 476 5919 on file.", "UK_NHS"),
    ],
)
def test_phone_that_passes_the_nhs_checksum_is_reported_as_phone(
    analyzer: Any, text: str, kind: str
) -> None:
    item = redact_item("text", text.encode(), project_secret=SECRET, settings={})
    assert not any(part in item.data.decode() for part in ("3344", "5919"))
    assert kind in item.report["kinds"]
    other = {"PHONE_NUMBER", "UK_NHS"} - {kind}
    assert not other & set(item.report["kinds"])


_valid_entry = st.fixed_dictionaries(
    {
        "kind": st.from_regex(r"[A-Z][A-Z0-9_]{1,39}", fullmatch=True),
        "regex": st.sampled_from([r"BX\d{5}", r"(?i)lab-?\d{4}", r"(a|b){3}", r"[A-Z]{2}\d{6}"]),
        "context": st.lists(st.from_regex(r"[a-z][a-z0-9'-]{0,31}", fullmatch=True), max_size=20),
    },
    optional={
        "score": st.floats(0.01, 1.0),
        "name": st.from_regex(r"[a-z][a-z0-9_]{0,39}", fullmatch=True),
    },
)


@given(entry=_valid_entry)
@settings(max_examples=100, deadline=None)
def test_every_well_formed_recognizer_is_accepted_and_stable(entry: dict[str, Any]) -> None:
    out = parse_recognizers([entry])
    assert out[0]["kind"] == entry["kind"]
    assert parse_recognizers(out) == out


def test_project_kind_wins_over_a_spacy_label_and_keeps_its_number(analyzer: Any) -> None:
    # spaCy reads these ids as PERSON or LOCATION with a higher score than the context rule.
    text = "His badge number is BX12345. The badge of John Smith, BX55555, was lost. BX55555 again."
    item = redact_item("text", text.encode(), project_secret=SECRET, settings=SETTINGS)
    out = item.data.decode()
    assert out.startswith("His badge number is <BADGE_ID_1>.")
    assert out.count("<BADGE_ID_2>") == 2
    assert item.report["kinds"]["BADGE_ID"] == 3
