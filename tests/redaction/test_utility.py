"""Utility: what the redactor must leave readable. Labels, units, lab names, staging and
diagnosis codes, versions, eponymous conditions and medicine brands are no identifier;
each case has the identifier beside it, which must still be masked (written from the
classes, not from any evaluation document)."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction.not_identifiers import glued_to_number, label_only, not_identifiers
from app.redaction.spans import Span
from app.redaction.text import keeps_date, redact_text


def _span(text: str, value: str, kind: str = "PERSON", rule: str = "SpacyRecognizer") -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, rule, 0.85)


# --- the guards alone (no model) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geburtsdatum: 12.03.1931", "Geburtsdatum"),
        ("Postleitzahl: 10115", "Postleitzahl"),
        ("Télécopie : +33 1 42 68 53 00", "Télécopie"),
        ("Telefax 030 1234567", "Telefax"),
        ("Tel: 0161 496 0000", "Tel"),
        ("Kundennummer 4471", "Kundennummer"),
        ("Alter 54", "Alter"),
        ("Alter: 92", "Alter"),
        ("thanks, Hb 95.", "Hb"),
        ("Yaş: 97", "Yaş"),
        ("usia 92 tahun", "tahun"),
        ("92 jaar geleden", "jaar geleden"),
        ("vor 92 Jahren", "Jahren"),
        ("il y a 92 ans", "il y"),
        ("acum 92 ani", "ani"),  # Romanian years, after their number
        ("Il medico: L. Quinn", "Il"),  # an article the gazetteer read as a given name
        ("burgerservicenummer 123456782", "burgerservicenummer"),
        ("PASSPORT NUMBER X1234567", "PASSPORT NUMBER"),
        ("número de pasaporte: XDA123456", "número de pasaporte"),
        ("pratica n. 2023/4471", "pratica n."),
        ("conta nº 12345-6", "conta nº"),
        ("Lot=39109771", "Lot"),
    ],
)
def test_labels_and_units_are_no_person(text: str, value: str) -> None:
    assert label_only(text, _span(text, value))
    assert not_identifiers(text, [_span(text, value)]) == []


@pytest.mark.parametrize(
    ("text", "value", "rule"),
    [
        ("Reg: hi, is the bed free?", "Reg", "SpacyRecognizer"),  # a speaker named Reg
        ("Alter Okafor rang", "Alter Okafor", "SpacyRecognizer"),
        ("Tel Aviv", "Tel Aviv", "SpacyRecognizer"),
        ("Dr Flag: 12", "Flag", "name_after_title"),
        ("Mobile, Alabama", "Mobile", "SpacyRecognizer"),
        ("seen by Adaeze Okafor", "Adaeze Okafor", "SpacyRecognizer"),
        ("Chi: hello, is the bed free?", "Chi", "SpacyRecognizer"),  # a chat's speaker
        ("Di Maria 4471", "Di Maria", "SpacyRecognizer"),
        ("Hola Ani, te reenvío el informe.", "Ani", "name_after_role_word"),  # no number
    ],
)
def test_names_and_places_beside_label_words_stay(text: str, value: str, rule: str) -> None:
    kind = "LOCATION" if value in ("Mobile", "Tel Aviv") else "PERSON"
    span = _span(text, value, kind, rule)
    assert not label_only(text, span)
    assert not_identifiers(text, [span]) == [span]


def test_a_lab_value_or_a_score_is_no_person() -> None:
    from app.redaction.not_identifiers import lab_value

    assert lab_value("HbA1c 7.2% today", _span("HbA1c 7.2% today", "HbA1c 7.2%", "LOCATION"))
    assert lab_value("Gleason 3+4 = 7", _span("Gleason 3+4 = 7", "Gleason"))
    assert lab_value("ASA II, NYHA III", _span("ASA II, NYHA III", "ASA II"))
    assert not lab_value("Okafor 12/03/2024", _span("Okafor 12/03/2024", "Okafor"))
    assert not lab_value("Di Maria 12", _span("Di Maria 12", "Di Maria"))


def test_a_piece_glued_to_a_number_is_no_name() -> None:
    for text, value in (("SpO2 92%", "SpO"), ("pT3 N1 M0", "pT"), ("v3.2", "v")):
        assert glued_to_number(text, _span(text, value))
    assert not glued_to_number("Li 2 beds", _span("Li 2 beds", "Li"))


def test_short_licence_codes_go_but_a_licence_after_its_word_stays() -> None:
    text = "T2 N0 M0, ICD-10 E11.9"
    spans = [_span(text, v, "US_DRIVER_LICENSE", "UsLicenseRecognizer") for v in ("T2", "E11")]
    assert not_identifiers(text, spans) == []
    text = "Driving licence: A12"
    span = _span(text, "A12", "US_DRIVER_LICENSE", "UsLicenseRecognizer")
    assert not_identifiers(text, [span]) == [span]
    text = "DL D1234567"
    span = _span(text, "D1234567", "US_DRIVER_LICENSE", "UsLicenseRecognizer")
    assert not_identifiers(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "finding", "kept"),
    [
        ("Dx K35.8 today", "Dx K", "Dx"),  # an ICD-10 code's letter
        ("Befund Hb A1c 7,2 %", "Befund Hb A", "Befund Hb"),
        ("Seen by Ana Ruiz 2x weekly", "Ana Ruiz", "Ana Ruiz"),  # ends before a space
    ],
)
def test_a_finding_never_ends_inside_a_code(text: str, finding: str, kept: str) -> None:
    out = not_identifiers(text, [_span(text, finding)])
    assert [text[s.start : s.end] for s in out] == [kept]


@pytest.mark.parametrize(
    ("text", "value", "kind", "dropped"),
    [
        ("root 1.3.6.1.4.1.21367.2005", "1.3.6.1", "IP_ADDRESS", True),  # an OID's arcs
        ("build 4.2.19.7.3", "2.19.7.3", "IP_ADDRESS", True),
        ("node 2.25.11.30.4", "2.25.11", "DATE_TIME", True),
        ("from 10.4.77.2 at 09:00", "10.4.77.2", "IP_ADDRESS", False),
        ("login 10.4.77.2.", "10.4.77.2", "IP_ADDRESS", False),  # a sentence's full stop
        ("DOB 3.11.1958.", "3.11.1958", "DATE_TIME", False),
    ],
)
def test_dotted_quads_and_dates_inside_longer_runs(
    text: str, value: str, kind: str, dropped: bool
) -> None:
    span = _span(text, value, kind, "IpRecognizer")
    assert (not_identifiers(text, [span]) == []) is dropped


def _aba(body: str) -> str:
    """An ABA routing number of eight digits and its check digit (weights 3, 7, 1)."""
    weighted = sum(int(d) * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return body + str(-weighted % 10)


@pytest.mark.parametrize(
    ("template", "kept"),
    [
        ("Beneficiary acct 7712004519  ABA {}", True),
        ("Routing number: {}\nAccount: 5583014466", True),
        ("RTN {} (bank of the payee)", True),
        ("ABA {} 7712004519", False),  # routing and account written as one pair
        ("Account no. {}", False),  # no routing label
    ],
)
def test_a_labelled_routing_number_names_the_bank(template: str, kept: bool) -> None:
    number = _aba("07300082")
    text = template.format(number)
    spans = [_span(text, number, "US_BANK_NUMBER", "UsBankRecognizer")]
    assert (not_identifiers(text, spans) == []) is kept
    bad = str((int(number[-1]) + 1) % 10)
    wrong = text.replace(number, number[:-1] + bad)
    spans = [_span(wrong, number[:-1] + bad, "US_BANK_NUMBER", "UsBankRecognizer")]
    assert not_identifiers(wrong, spans) == spans  # no check digit: a number of its own


def test_versions_and_durations_are_no_dates() -> None:
    assert not keeps_date("2.9.44", "software version ")
    assert not keeps_date("about 90 minutes")  # "about" holds "out" (outubro)
    assert keeps_date("2.9.44", "seen on ")
    for date in ("3 Sept. 2020", "7FEB1937", "10 de marzo", "12. März", "May 10"):
        assert keeps_date(date), date


# --- the whole text path (the spaCy model) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "masked"),
    [
        (
            "Staging T2 N0 M0, ICD-10 E11.9, software version 2.9.44. MRN 48213377.",
            ["T2 N0 M0", "E11.9", "version 2.9.44"],
            ["48213377"],
        ),
        (
            "Patient Gabriel Malka. SpO2 92%, Hb 95 g/L, pT3 N1 M0. DOB 12/03/1931.",
            ["SpO2 92%", "Hb 95 g/L", "pT3 N1 M0"],
            ["Gabriel", "Malka", "12/03/1931"],
        ),
        (
            "Geburtsdatum: 12.03.1931, Postleitzahl: 10115, Télécopie : +33 1 42 68 53 00",
            ["Geburtsdatum", "Postleitzahl", "Télécopie"],
            ["12.03.1931", "10115", "42 68 53 00"],
        ),
        (
            "Referral: 95-åriga with dementia. Alter 54. Seen by Ester Manzano.",
            ["-åriga", "Alter 54"],
            ["95", "Ester", "Manzano"],
        ),
        (
            "Januvia continued; Seretide held. Reviewed by Adaeze Okafor.",
            ["Januvia continued", "Seretide held"],
            ["Adaeze", "Okafor"],
        ),
        (
            "History of Huntington's disease and Behçet's disease. GP: Dr Rhys Pritchard.",
            ["Huntington's disease", "Behçet's disease"],
            ["Rhys", "Pritchard"],
        ),
        (
            "Started Insulin Glargine; an upgoing Babinski. Paid via WhatsApp, refunded "
            "through Klarna. Bonne journée, Mme Chantal Lefèvre.",
            ["Insulin Glargine", "Babinski", "Klarna", "Bonne journée"],
            ["Chantal", "Lefèvre"],
        ),
        (
            # a fixed combination and its doses (summary of product characteristics)
            "Abgabe: Oxycodon/Naloxon 10/5 mg N1 an Frau Henrike Albrecht-Sommer.",
            ["Oxycodon/Naloxon 10/5 mg"],
            ["Henrike", "Albrecht-Sommer"],
        ),
        (
            "DOB 13/12/1931 (92), Tel: 020 7946 0958.",
            ["(", ")"],
            ["13/12/1931", "92", "7946 0958"],
        ),
        (
            # (an age's unit word goes with the number: "usia <AGE_1>"; a span of time's stays)
            "usia 92 tahun; er starb vor 92 Jahren; seen for about 90 minutes on 3 May 2021.",
            ["usia", "Jahren", "about 90 minutes"],
            ["3 May", "92 tahun"],
        ),
    ],
)
def test_kept_phrases_survive_and_identifiers_beside_them_do_not(
    analyzer: Any, text: str, kept: list[str], masked: list[str]
) -> None:
    out = redact_text(text).text
    for phrase in kept:
        assert phrase in out, (phrase, out)
    for value in masked:
        assert value not in out, (value, out)


def test_addresses_after_vital_sign_words_stay_masked(analyzer: Any) -> None:
    out = redact_text("Obs: HR 92, route 95. Mail: BP 5704, RR 8 Box 158, Dallas TX.").text
    assert "HR 92, route 95" in out
    for value in ("5704", "Box 158"):
        assert value not in out, (value, out)


def test_names_with_the_guards_words_stay_masked(analyzer: Any) -> None:
    text = (
        "Okafor continued to improve. Adaeze Okafor held the baby. Mary Ward visited. "
        "Alter Kowalski signed. Paid via John Smith. Refund sent to Adaeze Okafor."
    )
    out = redact_text(text).text
    for value in ("Okafor", "Adaeze", "Mary Ward", "Kowalski", "John", "Smith"):
        assert value not in out, (value, out)
