"""Street types as the postal operators abbreviate them, written before the name with the
house number after it and the postcode last: Spain's INE / Correos "tipo de vía" list
("C.", "C/", "Avda.", "Pso.", "Pza.", "Gta.", "Ctra.", "Urb."), Catalan and Galician, Portugal's
CTT ("R.", "Av.", "Lg.", "Tv.", "Pç.", "Estr."), Poste Italiane's DUG ("V.", "P.zza", "P.le",
"C.so", "L.go", "Loc.", "Fraz."); an address after its label on any line of a form; and a
street named in another script before an English street type. An initial before a surname
("C. Smith"), a citation ("R. Jones 1990, Nature") and an age after a name stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import find_addresses


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_addresses(text))


@pytest.mark.parametrize(
    "value",
    [
        # Spain (INE / Correos)
        "C. Artemio Rivas 818, Almería, 02557",
        "C. Mayor 5, 3º B, 28013 Madrid",
        "C/ Mayor 5, 28013 Madrid",
        "Avda. de la Constitución 12, Sevilla",
        "Avd. Diagonal 640, 08017 Barcelona",
        "Pso. de Gracia 21, 08007 Barcelona",
        "P.º de la Castellana 89, Madrid",
        "Pza. Mayor 1, Salamanca",
        "Gta. de Bilbao 3, Madrid",
        "Ctra. de Valencia 14, Cuenca",
        "Rda. de Segovia 50, Madrid",
        "Trav. de Gracia 7, Barcelona",
        "Urb. Los Pinos 12, Marbella",
        "Rbla. de Catalunya 33, Barcelona",
        # Catalan and Galician
        "Avgda. Meridiana 350, Barcelona",
        "Passeig de Sant Joan 12, Barcelona",
        "Rúa do Franco 4, Santiago de Compostela",
        # Portugal (CTT)
        "R. Augusta, 1500 - 1100-053 Lisboa",
        "Lg. do Chiado 5, Lisboa",
        "Calçada do Combro 38, Lisboa",
        "Estr. de Benfica 201, Lisboa",
        # Italy (Poste Italiane DUG)
        "V. Roma 12, Milano",
        "P.zza Garibaldi 4, 20121 Milano",
        "P.le Loreto 2, Milano",
        "C.so Vittorio Emanuele 15, Torino",
        "L.go Argentina 8, Roma",
        "Fraz. Santa Lucia 3, Cava de' Tirreni",
        "Loc. Pian di Spille, Tarquinia",
    ],
)
def test_abbreviated_street_types(value: str) -> None:
    for text in (value, f"Domicilio actual: {value}\nCuenta de cargo: ES42", f"vive en {value}."):
        assert _covered(text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen by C. Smith 45, Male",
        "cf. R. Jones 1990, Nature 12",
        "Dr C. Smith reviewed the scan.",
        "V. Patel, consultant",
        "signed R. Moreau",
        "C. difficile 2 positive samples",
        "Loc. cit.",
    ],
)
def test_initials_citations_and_ages_stay(text: str) -> None:
    assert not find_addresses(text), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Name: Ana\nAddress: 12 Calle Sol, Lima\nPhone: 555", "12 Calle Sol, Lima"),
        (
            "Titular: Sami\nDomicilio actual: C. Artemio Rivas 818, Almería\nCuenta de cargo: ES42",
            "C. Artemio Rivas 818, Almería",
        ),
        ("Patient: X\nAdresse : 4 rue Haute, Lyon\nTél. : 06 01 02 03 04", "4 rue Haute, Lyon"),
    ],
)
def test_labelled_address_on_any_line(text: str, value: str) -> None:
    assert _covered(text, value), text
    line_after = text.rsplit("\n", 1)[1]
    assert not _covered(text, line_after), text  # the value ends at its own line's end


@pytest.mark.parametrize(
    "value",
    ["412 西村 Street", "0903 نشأت Rapids", "12 Ленина Road", "7 Σταδίου Avenue", "55 강남 Road"],
)
def test_street_name_in_another_script(value: str) -> None:
    text = f"location: junction near {value}"
    assert _covered(text, value), text


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("CRV. AaMmy5018,º\n西村Street/-"), max_size=60))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_addresses(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Current Address: 12 Oak Lane, Leeds LS1 4AB   Housing: Rent $1,850/mo", "Housing: Rent"),
        ("Domicilio: Calle Sol 5, Lima\tCelular: 999", "Celular"),
        ("Address: 4 Elm Row, Bath (3 yrs) — landlord notified", "landlord notified"),
        ("Current address: 4 Elm Row, Bath BA1 2AB, since 18-Dec-19", "since 18-Dec-19"),
    ],
)
def test_labelled_address_ends_where_the_next_field_starts(text: str, kept: str) -> None:
    start = text.index(kept)
    assert not any(s.start < start + len(kept) and start < s.end for s in find_addresses(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Address: Pl. Maniakiou 71, Korinthos. Son: Ioulios, 6903 583978.", "Son:"),
        ("Address: 12 Oak Lane, Leeds Tel: 0113 496 0000", "Tel:"),
        ("Адрес: г. Асбест, д. 1/8 к. 284, 002717. Тел.: +73011285851", "Тел.:"),
    ],
)
def test_labelled_address_ends_before_the_next_label(text: str, kept: str) -> None:
    start = text.index(kept)
    assert not any(
        s.rule == "address_labelled" and s.start < start + len(kept) and start < s.end
        for s in find_addresses(text)
    ), text


def test_house_and_flat_labels_stay_in_the_address() -> None:
    text = "Adres: Atatürk Cad. No: 12 D: 5 Çankaya/Ankara"
    assert any(
        s.rule == "address_labelled"
        and text[s.start :].startswith("Atatürk")
        and text[: s.end].endswith("Ankara")
        for s in find_addresses(text)
    )
