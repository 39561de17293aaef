"""XML inside a JSON string with its brackets escaped as \\u003c and \\u003e (HTML-safe JSON
encoders): a name's `given` and `family` parts are masked as in XML written plainly.
Invented values; other elements' text stays."""

from __future__ import annotations

from app.redaction.escaped_xml import escaped_xml_values
from app.redaction.spans import Span
from app.redaction.text import redact_text, repeated_mentions

_LT, _GT = "\\u003c", "\\u003e"


def _doc(lt: str = _LT, gt: str = _GT) -> str:
    def tag(name: str, value: str) -> str:
        return f"{lt}{name}{gt}{value}{lt}/{name}{gt}"

    body = (
        f"{lt}patient{gt}{lt}name{gt}"
        + tag("given", "Quillon")
        + tag("family", "Astrabeck-Morrow")
        + f"{lt}/name{gt}{lt}/patient{gt}"
        + tag("title", "Transfer Summary")
    )
    return '{"kind":"CDA","body":"' + body + '"}\n'


def test_given_and_family_in_json_escaped_xml() -> None:
    doc = _doc()
    found = sorted(doc[s.start : s.end] for s in escaped_xml_values(doc) if s.kind == "PERSON")
    assert found == ["Astrabeck-Morrow", "Quillon"]
    out = redact_text(doc).text
    assert "Quillon" not in out
    assert "Astrabeck" not in out
    assert "Transfer Summary" in out


def test_upper_case_hex_digits() -> None:
    doc = _doc("\\u003C", "\\u003E")
    found = sorted(doc[s.start : s.end] for s in escaped_xml_values(doc) if s.kind == "PERSON")
    assert found == ["Astrabeck-Morrow", "Quillon"]


def test_escapes_keep_offsets_and_mixed_entities() -> None:
    doc = "note=&lt;name&gt;&lt;given&gt;Orsolya&lt;/given&gt;&lt;/name&gt; " + _doc()
    found = {doc[s.start : s.end] for s in escaped_xml_values(doc) if s.kind == "PERSON"}
    assert found == {"Orsolya", "Quillon", "Astrabeck-Morrow"}


def test_given_outside_a_name_is_no_person() -> None:
    doc = '{"x":"' + _LT + "drug" + _GT + _LT + "given" + _GT + "Ibuprofen" + _LT + "/given"
    doc += _GT + _LT + "/drug" + _GT + '"}\n'
    assert escaped_xml_values(doc) == []


def test_an_escape_taken_into_a_person_finding_is_not_searched_elsewhere() -> None:
    """A finding that took in a tag's escape with the name ("...\\u003eKana Ngono") seeds
    the name's words, not "u003e": the other tags stay."""
    doc = _doc()
    start = doc.index("family") - len(_LT) - 7
    end = doc.index("Astrabeck-Morrow") + len("Astrabeck-Morrow")
    seed = Span(start, end, "PERSON", "test", 0.85)
    repeats = repeated_mentions(doc, [seed])
    assert all("u003" not in doc[s.start : s.end] for s in repeats)
