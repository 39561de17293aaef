"""Words of a form that are no person (values made up for this test):

- a form's title of two words in capitals with a noun that names a document
  ("BIOMETRIC ENROLMENT", "WNIOSEK URLOPOWY") over a "Label: value" line;
- a label of several words in capitals before its colon in a form printed in capitals
  ("ADRES ZAMIESZKANIA: …", "ПОЛИС ОМС: …"), once in the document and no given name;
- a protocol's version after a request's path ("GET /chart/123 HTTP/1.1");
- the product, quantity and control segments of an EDI message ("LIN+1++…:EN'").
A name in the same shapes stays masked: a speaker who speaks twice, a given name.
"""

from __future__ import annotations

from app.redaction.caps_labels import caps_label
from app.redaction.form_titles import form_title
from app.redaction.record_numbers import find_by_context
from app.redaction.spans import Span
from app.redaction.text import redact_text

FORM = (
    "WNIOSEK URLOPOWY\n"
    "PRACOWNIK: TARNOWSKA Wiesława\n"
    "PESEL: 83041207516\n"
    "ADRES ZAMIESZKANIA: ul. Jaśminowa 14, 62-081 Przeźmierowo\n"
    "DATA: 12 maja 2024\n"
)


def _span(text: str, value: str, rule: str = "spacy_on_capitals") -> Span:
    at = text.index(value)
    return Span(at, at + len(value), "PERSON", rule, 0.85)


def test_two_word_title_with_a_document_noun() -> None:
    assert form_title(FORM, _span(FORM, "WNIOSEK URLOPOWY", "unknown_proper_nouns"))
    text = "BIOMETRIC ENROLMENT\nApplicant: DRUMMOND, Fenella\nTemplate: FP/2231/08\n"
    assert form_title(text, _span(text, "BIOMETRIC ENROLMENT", "unknown_proper_nouns"))


def test_two_word_name_over_a_form_stays() -> None:
    text = "MARGIT OKONJO\nAddress: 4 Birch Row\n"
    assert not form_title(text, _span(text, "MARGIT OKONJO", "unknown_proper_nouns"))
    # a title noun that heads an institution's name, or a place after the title: masked
    for text, value in (
        ("CLÍNICA QUENUIR\nPACIENTE: Soto\n", "CLÍNICA QUENUIR"),
        ("Ficha dental — Clínica Quenuir\nPaciente: Soto\n", "Clínica Quenuir"),
    ):
        assert not form_title(text, _span(text, value, "unknown_proper_nouns"))


def test_caps_label_in_a_caps_form() -> None:
    assert caps_label(FORM, _span(FORM, "ADRES ZAMIESZKANIA"))
    out = redact_text(FORM).text
    assert "ADRES ZAMIESZKANIA:" in out
    assert "Jaśminowa" not in out
    assert "TARNOWSKA" not in out


def test_cyrillic_caps_label() -> None:
    text = "ФИО: ЗАХАРЧЕНКО Олеся\nПОЛИС ОМС: KT40552177\nДАТА: 03.02.2024\n"
    assert caps_label(text, _span(text, "ПОЛИС ОМС"))


def test_caps_speaker_or_given_name_is_no_label() -> None:
    chat = "DATE: today\nOKONKWO ADEBAYO: hello\nNURSE: hi\nOKONKWO ADEBAYO: bye\n"
    assert not caps_label(chat, _span(chat, "OKONKWO ADEBAYO"))
    named = "DATE: today\nMARIA FERNANDES: hello\nNURSE: hi\n"
    assert not caps_label(named, _span(named, "MARIA FERNANDES"))
    not_form = "Seen today.\nADRES ZAMIESZKANIA: ul. Polna 3\n"
    assert not caps_label(not_form, _span(not_form, "ADRES ZAMIESZKANIA"))


def test_protocol_version_is_no_chart_number() -> None:
    text = '10.2.3.4 - - "GET /patients/QX4410932/chart HTTP/1.1" 200 812\n'
    values = {text[s.start : s.end] for s in find_by_context(text)}
    assert "HTTP/1.1" not in values


def test_edi_product_segments_stay_readable() -> None:
    text = (
        "UNB+UNOC:3+SHOP:14+BANK:14+230714:0815+ORD-5521'\n"
        "UNH+1+INVOIC:D:96A:UN'\n"
        "NAD+IV+++Vermeulen, Ilse+KASTANJELAAN 18, 5611 XK, EINDHOVEN'\n"
        "LIN+1++8712345678906:EN'\n"
        "QTY+47:12'\n"
        "UNT+5+1'\n"
    )
    out = redact_text(text).text
    assert "LIN+1++8712345678906:EN'" in out
    assert "KASTANJELAAN" not in out
