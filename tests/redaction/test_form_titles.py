"""A form's title on line 1, over a "Label: value" line, is no person; a name on line 1
stays one (values invented for this test)."""

from __future__ import annotations

import pytest

from app.redaction.form_titles import form_title
from app.redaction.name_guards import not_a_person
from app.redaction.spans import Span
from app.redaction.text import redact_text


def _first(text: str, value: str, rule: str = "SpacyRecognizer") -> Span:
    return Span(0, len(value), "PERSON", rule, 0.85)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Versandbestätigung Eilpost\nEmpfänger: Ruth Obermaier\n", "Versandbestätigung Eilpost"),
        ("Kwartaaloverzicht — zakelijk\nKlant: Jeroen Pels\n", "Kwartaaloverzicht"),
        (
            "Zahnärztlicher Kurzbefund vom 03.02.2021\nPat.: Lenz, Ida\n",
            "Zahnärztlicher Kurzbefund",
        ),
    ],
)
def test_title_over_a_field_is_no_person(text: str, title: str) -> None:
    span = _first(text, title)
    assert form_title(text, span)
    assert not_a_person(text, span)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("OKWUOSA ADEYEMI\nDOB: 02/03/1961\n", "OKWUOSA ADEYEMI"),  # capitals alone: a name
        ("Okwuosa Adeyemi Obinze\nDOB: 02/03/1961\n", "Okwuosa Adeyemi Obinze"),
        ("Schwarzenbacher Tadeusz\nDOB: 02/03/1961\n", "Schwarzenbacher Tadeusz"),  # given
        (  # the long word comes back as a field's value: the form names that person
            "Schwarzenbachero family\nName: Schwarzenbachero\n",
            "Schwarzenbachero",
        ),
        ("Wertpapierdepotauszug\nno field below\n", "Wertpapierdepotauszug"),
        ("Claimant: Wertpapierdepotauszug\nDOB: 1\n", "Wertpapierdepotauszug"),
    ],
)
def test_names_and_lines_without_a_form_stay(text: str, value: str) -> None:
    start = text.index(value)
    span = Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)
    assert not form_title(text, span)


def test_title_readable_in_output() -> None:
    text = "Versandbestätigung Eilpost\nEmpfänger: Ruth Obermaier\nPaket: 2 kg\n"
    out = redact_text(text).text
    assert out.startswith("Versandbestätigung Eilpost\n")
    assert "Obermaier" not in out
