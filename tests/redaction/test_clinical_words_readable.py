"""Clinical words built from medical combining forms, German compounds of clinical and
office vocabulary and companies named with their legal form stay readable in any language
the note is written in; names, the Baltic "-aitis"/"-ītis" surnames among them, stay
masked (session 28, utility on splits D, J, K and L)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.clinical_words import clinical_word
from app.redaction.name_guards import (
    clinical_phrase,
    company_name,
    german_compound_noun,
    guarded_persons,
    not_a_person,
)
from app.redaction.spans import Span
from app.redaction.text import find_spans

# A term per combining form, in the spelling of the language named.
CLINICAL = {
    "excision-de": "Cholezystektomie",
    "excision-es": "colecistectomía",
    "excision-en": "appendicectomy",
    "blood-de": "Hypoglykämie",
    "blood-en": "Leukaemia",
    "blood-fr": "anémie",
    "tension-de": "Hypertonie",
    "inflammation-cs": "bronchitida",
    "inflammation-es": "colecistitis",
    "inflammation-tr": "pankreatit",
    "inflammation-ear": "Otitis",
    "stones-it": "colelitiasi",
    "stones-cs": "cholecystolithiáza",
    "infarction-no": "Hjerteinfarkt",
    "joint-wear-nl": "coxartrose",
    "joint-wear-de": "Gonarthrose",
    "growth-de": "Dysplasie",
    "tumour-de": "Adenom",
    "breath-fr": "dyspnée",
    "lab-de": "Kreatinin",
    "lab-en": "Haemoglobin",
    "lab-de-sugar": "Glukose",
    "injury": "Polytrauma",
    "lung-de": "Pneumonie",
    "syndrome-de": "Koronarsyndrom",
}

# Names (given names and surnames of many countries) and ordinary words: never clinical.
NOT_CLINICAL = {
    "baltic-aitis": "Kalvaitis",
    "latvian-itis": "Apsītis",
    "latvian-itis-ascii": "Apsitis",
    "lithuanian-ytis": "Jankauskytis",
    "english-itt": "Everitt",
    "english-itt-2": "Hewitt",
    "dyson": "Dysart",
    "brady": "Bradyn",
    "italian-tromb": "Trombetta",
    "arabic-hamo": "Hamouda",
    "dutch-bronk": "Bronkhorst",
    "japanese-otomi": "Kotomi",
    "german-gluck": "Gluck",
    "italian-angio": "Angiolini",
    "italian-cardi": "Cardinale",
    "german-oster": "Ostermann",
    "russian-poly": "Polyakov",
    "rosemarie": "Rosemarie",
    "natalia": "Natalia",
    "antonia": "Antonia",
    "montrose": "Montrose",
    "graham": "Graham",
    "ordinary-en": "Hospital",
    "ordinary-de": "Krankenhaus",
    "short": "Otit",
}


@pytest.mark.parametrize("word", CLINICAL.values(), ids=CLINICAL.keys())
def test_clinical_word_by_its_combining_forms(word: str) -> None:
    assert clinical_word(word)


@pytest.mark.parametrize("word", NOT_CLINICAL.values(), ids=NOT_CLINICAL.keys())
def test_names_and_ordinary_words_are_not_clinical(word: str) -> None:
    assert not clinical_word(word)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_clinical_word_takes_any_text(value: str) -> None:
    assert isinstance(clinical_word(value), bool)
    assert isinstance(clinical_phrase(value), bool)


def test_a_given_name_keeps_the_finding() -> None:
    # "Antonia" ends as "Hypotonia" does; a given name is a name whatever its ending.
    assert not clinical_phrase("Antonia Hypertonie")
    assert clinical_phrase("arterielle Hypertonie")


@pytest.mark.parametrize(
    ("rule", "kind", "expected"),
    [
        ("unknown_proper_nouns", "PERSON", True),
        ("SpacyRecognizer", "PERSON", True),
        ("name_after_title", "PERSON", False),  # "Dr Hypertonie" is a name by its title
    ],
    ids=["unknown-word", "spacy", "after-title"],
)
def test_only_content_findings_are_dropped(rule: str, kind: str, expected: bool) -> None:
    text = "Diagnose: arterielle Hypertonie, seit 2019."
    start = text.index("Hypertonie")
    assert not_a_person(text, Span(start, start + 10, kind, rule, 0.85)) is expected


def test_spacy_place_of_a_condition_is_dropped() -> None:
    text = "Diagnose: Hjerteinfarkt, behandlet."
    start = text.index("Hjerteinfarkt")
    span = Span(start, start + len("Hjerteinfarkt"), "LOCATION", "SpacyRecognizer", 0.85)
    assert guarded_persons(text, [span]) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Befund: Hypoglykämie, Glukose 40% i.v. gegeben.\n", "Hypoglykämie"),
        ("Diagnóstico: colecistitis aguda. Plan: colecistectomía laparoscópica.\n", "colecistitis"),
        ("Labor: Kreatinin leicht erhöht.\n", "Kreatinin"),
    ],
    ids=["de-hypoglycaemia", "es-cholecystitis", "de-creatinine"],
)
def test_clinical_words_stay_readable(text: str, word: str) -> None:
    persons = [text[s.start : s.end] for s in find_spans(text) if s.kind in ("PERSON", "LOCATION")]
    assert not any(word in p for p in persons)


def test_baltic_surname_still_masked() -> None:
    text = "Patient: Ineta Kalvaitis, seen today for otitis media.\n"
    persons = " ".join(text[s.start : s.end] for s in find_spans(text) if s.kind == "PERSON")
    assert "Kalvaitis" in persons


# German compounds are read by their last part, the head noun.
GERMAN_COMPOUNDS = [
    "Sturzrisiko",
    "Verkehrsunfall",
    "Strafanzeige",
    "Nebenkosten",
    "Rücklastschrift",
]
# Surnames and places that end like nouns of other languages, or are German compounds of
# name parts: never dropped as a German head noun.
NOT_GERMAN_COMPOUNDS = ["Trinidad", "Rosenberg", "Hausmann", "Kaplan", "Schneider", "Pegnitz"]


@pytest.mark.parametrize("word", GERMAN_COMPOUNDS)
def test_german_compound_by_its_head(word: str) -> None:
    assert german_compound_noun(word)


@pytest.mark.parametrize("word", NOT_GERMAN_COMPOUNDS)
def test_names_and_places_are_no_german_compound(word: str) -> None:
    assert not german_compound_noun(word)


def test_spacy_place_of_a_german_compound_is_dropped() -> None:
    text = "Sturzrisiko hoch, Bettgitter hoch.\n"
    span = Span(0, len("Sturzrisiko"), "LOCATION", "SpacyRecognizer", 0.85)
    assert guarded_persons(text, [span]) == []


def test_real_place_after_a_compound_stays() -> None:
    text = "Impfung im Impfzentrum Pegnitz am 29.08.2025.\n"
    start = text.index("Pegnitz")
    span = Span(start, start + len("Pegnitz"), "LOCATION", "SpacyRecognizer", 0.85)
    assert guarded_persons(text, [span]) == [span]


# Companies by their legal form (ISO 20275 abbreviations): the finding, or the word after it.
COMPANIES = {
    "ltd-in-run": ("Disputed: ONLINE ELECTRONICS LTD on 5 Dec", "ONLINE ELECTRONICS LTD"),
    "ltd-after": ("Entity: Harbourline Logistics Ltd (company no. 1)", "Harbourline Logistics"),
    "sa-after": ("Beneficiary bank: BANCO SANTANDER S.A.   SWIFT", "BANCO SANTANDER"),
    "gmbh": ("Salary ACME GMBH   2,410.00", "ACME GMBH"),
    "co": ("Employer: Northwind Freight Co", "Northwind Freight Co"),
}
# Persons beside a word that looks like a legal form, or holding a given name.
NOT_COMPANIES = {
    "sole-trader": ("Supplier Anna Berg AB", "Anna Berg AB"),
    "english-as": ("PATIENT KOWALSKI AS DISCUSSED", "KOWALSKI"),
    "colorado": ("Denver office: OKAFOR CO 80202", "OKAFOR"),
    "hyphen": ("Kowalski Co-signed the form", "Kowalski"),
    "plain": ("seen by Kowalski today", "Kowalski"),
}


@pytest.mark.parametrize(("text", "value"), COMPANIES.values(), ids=COMPANIES.keys())
def test_company_by_its_legal_form(text: str, value: str) -> None:
    start = text.index(value)
    span = Span(start, start + len(value), "PERSON", "caps_run_in_text", 0.6)
    assert company_name(text, span)


@pytest.mark.parametrize(("text", "value"), NOT_COMPANIES.values(), ids=NOT_COMPANIES.keys())
def test_person_beside_a_legal_form_lookalike(text: str, value: str) -> None:
    start = text.index(value)
    span = Span(start, start + len(value), "PERSON", "unknown_proper_nouns", 0.45)
    assert not company_name(text, span)


def test_name_after_title_is_never_a_company() -> None:
    text = "Dr Kowalski Ltd"
    span = Span(3, 11, "PERSON", "name_after_title", 0.85)
    assert not company_name(text, span)


@pytest.mark.parametrize(
    "text",
    ["Blood group: KOWALSKI AB Rh+", "Bed 3 Kowalski HF exacerbation", "Attached: Kowalski CV"],
    ids=["blood-group", "heart-failure", "curriculum-vitae"],
)
def test_clinical_abbreviation_after_a_surname_is_no_legal_form(text: str) -> None:
    start = text.lower().index("kowalski")
    span = Span(start, start + 8, "PERSON", "unknown_proper_nouns", 0.45)
    assert not company_name(text, span)
