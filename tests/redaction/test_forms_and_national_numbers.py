"""Names by their written form and structured identifiers by their national convention
(session 29): "Surname, Given", initials or a title in capitals, and the surname first
filling a field; a surname and an initial without its dot in an HL7 provider field; a
role noun before "A Surname"; Brazil's FEBRABAN branch and account with its check digit;
South Africa's street words in its official languages (SANS 1883); Argentina's numbered
caminos; German rescue vehicles and plates written with hyphens. Each case comes from the
convention; the negatives are the clinical and ordinary words the same shapes write."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.accounts import find_accounts
from app.redaction.name_forms import names_filling_fields
from app.redaction.name_initials import provider_initial_forms
from app.redaction.name_layouts import caption_names
from app.redaction.places import find_places
from app.redaction.spans import Span
from app.redaction.structured import find_structured


def _values(text: str, spans: list[Span], kind: str | None = None) -> list[str]:
    return [text[s.start : s.end] for s in spans if kind is None or s.kind == kind]


def _person(text: str, value: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), "PERSON", "SpacyRecognizer", 0.85)


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        pytest.param(
            "Vertragspartner: Comment, Julie\n", "Julie", ["Comment, Julie"], id="inverted"
        ),
        pytest.param("IR(ME)R justified by: MS Raj\n", "Raj", ["MS Raj"], id="title in capitals"),
        pytest.param("Referred by: AR Rahman  Ward: 4", "Rahman", ["AR Rahman"], id="initials"),
        pytest.param(
            "通報者：Torres Francisco　藥師", "Francisco", ["Torres Francisco"], id="first"
        ),
        pytest.param("Seen by: GP Julie\n", "Julie", [], id="credential is no initials"),
        pytest.param("Note: Thanks, Julie\n", "Julie", [], id="sign-off is no surname"),
        pytest.param("Ward: Anna Julie\n", "Julie", [], id="given name is no surname"),
        pytest.param("Plan: Review Julie today", "Julie", [], id="name does not close value"),
        pytest.param("Contact: Hospital Julie\n", "Julie", [], id="institution word"),
    ],
)
def test_names_filling_fields(text: str, found: str, expected: list[str]) -> None:
    spans = names_filling_fields(text, [_person(text, found)])
    assert _values(text, spans) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ORDERING: Kiss J\nTEST", ["Kiss J"], id="ordering provider"),
        pytest.param("Verified by: Kiss J", ["Kiss J"], id="verified by"),
        pytest.param("Attending: R Okafor  Bed: 4", ["R Okafor"], id="initial first"),
        pytest.param("Officer A Rodriguez: refused", ["A Rodriguez"], id="role then A"),
        pytest.param("Requested: Vitamin D", [], id="a test requested"),
        pytest.param("Requested by: Vitamin D", [], id="vitamin"),
        pytest.param("Ordering: Factor V", [], id="coagulation factor"),
        pytest.param("Blood group: Type A", [], id="blood group"),
        pytest.param("Nurse A Practitioner", [], id="role word after role"),
        pytest.param("Referrer: Hepatitis B", [], id="clinical word"),
    ],
)
def test_provider_initial_forms(text: str, expected: list[str]) -> None:
    assert _values(text, provider_initial_forms(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Banco 341, ag. 0412, c/c 06438-1", ["06438-1"], id="c/c with check digit"),
        pytest.param("conta corrente nº 12345-X", ["12345-X"], id="check digit X"),
        pytest.param("Conta: 000123456", ["000123456"], id="written out, bare digits"),
        pytest.param("C/P 1234-5", ["1234-5"], id="savings"),
        pytest.param("5 cc 10-2", [], id="cubic centimetres"),
        pytest.param("conta 3 dias", [], id="a count"),
        pytest.param("contagem 12345-6", [], id="another word"),
        pytest.param("c/c 12345", [], id="abbreviation needs check digit"),
    ],
)
def test_brazilian_accounts(text: str, expected: list[str]) -> None:
    assert _values(text, find_accounts(text)) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        pytest.param(
            "Location: 224 York Indlela, Welkom, 8045\n",
            "ADDRESS",
            "224 York Indlela",
            id="isiZulu indlela",
        ),
        pytest.param(
            "Woon: 12 Kerk Straat, Stellenbosch", "ADDRESS", "12 Kerk Straat", id="straat"
        ),
        pytest.param(
            "Scene: Camino 5 N° 7086 Torre 2, Formosa",
            "ADDRESS",
            "Camino 5 N° 7086",
            id="numbered camino",
        ),
        pytest.param("Einsatznr.: 74   RTW: UN-F-94", "VEHICLE_ID", "UN-F-94", id="RTW"),
        pytest.param("SUSP1: male; vehicle 0D-WEVI", "VEHICLE_ID", "0D-WEVI", id="joined groups"),
    ],
)
def test_structured_by_convention(text: str, kind: str, expected: str) -> None:
    values = _values(text, find_structured(text), kind)
    assert any(expected in v for v in values), values


@pytest.mark.parametrize(
    "text",
    [
        "vehicle with 4WD and a V8 engine",
        "the car had ABS 4 times",
        "Type 2 diabetes; walked the camino 5 days, pasaje 3 nights",
        "12 patients seen on the ward, indlela ye-clinic",
    ],
)
def test_readable_beside_conventions(text: str) -> None:
    kinds = {"VEHICLE_ID", "ADDRESS", "ACCOUNT_NUMBER"}
    assert [s for s in find_structured(text) if s.kind in kinds] == []


_TEXT = st.text(
    alphabet=st.sampled_from(list("AJKMRSTXcdlnoprt:：/-,.º° \n\t0123456789")), max_size=80
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_form_parsers_stay_inside_text(text: str) -> None:
    spans = find_accounts(text) + provider_initial_forms(text)
    spans += names_filling_fields(text, [Span(0, len(text), "PERSON", "x", 0.5)] if text else [])
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Despesa: atendimento em Castro em 08/02/2018", ["Castro"], id="care given in"
        ),
        pytest.param("hospitalised in Faro for 3 days", ["Faro"], id="hospitalised in"),
        pytest.param("N° patient : 936-6968   Centre : L' Leduc\n", ["L' Leduc"], id="centre"),
        pytest.param("N° patient : 13223   Centre : Blot\n", ["Blot"], id="centre one word"),
        pytest.param("internado em UTI desde ontem", [], id="intensive care unit"),
        pytest.param("Centre : Cardiologie", [], id="department"),
        pytest.param("admitted in March, treated in A&E", [], id="month and department"),
        pytest.param("Centre: Site 12", [], id="site number"),
    ],
)
def test_places_where_care_was_given(text: str, expected: list[str]) -> None:
    assert _values(text, find_places(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("NOM (de naissance) / UY -- prénom usuel / Alvin\n", ["UY"], id="slash"),
        pytest.param("SURNAME / DUPONT\n", ["DUPONT"], id="slash, line end"),
        pytest.param("Name / DOB / MRN\n", [], id="header columns"),
        pytest.param("Nom / NIR\n", [], id="identifier caption"),
        pytest.param("Surname / NAME\n", [], id="bilingual caption"),
        pytest.param("Name / Signature\n", [], id="not in capitals"),
    ],
)
def test_caption_value_after_slash(text: str, expected: list[str]) -> None:
    assert _values(text, caption_names(text)) == expected
