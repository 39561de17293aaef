"""Address forms of identity cards, envelopes and registration forms: a Korean address
with its postcode in brackets after the neighbourhood's, a Korean apartment's dong-ho
("103-761") opening a romanised address after a label with no colon, Brazilian street
types ("Viaduto", "Loteamento") and a name with two particles, a town's bracketed
qualifier ("г. Лесной (метеост.)") and address labels of more languages."""

from __future__ import annotations

import pytest

from app.redaction.addresses import find_addresses
from app.redaction.postal_addresses import find_postal_addresses


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    spans = find_addresses(text) + find_postal_addresses(text)
    return any(s.start <= start and end <= s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("주소 부산광역시 해운대구 좌동로 41-7 (우동) (48095)\n발급일 2024. 1. 2.", "(48095)"),
        ("거주지 강원도 원주시 단구로 118 (중앙동) (46211)\n", "(46211)"),
        ("거소 512-903, 18, Dalgubeol-daero, Suseong-gu, Daegu 42250\n", "512-903"),
        ("Stay 207-905, 33, Banpo-ro, Seocho-gu, Seoul 06591\n", "207-905, 33"),
        ("De: Carla Nunes - Viaduto Dom Pedro, 880, apto 12, Centro - SP, 01310200\n", "880"),
        ("Loteamento Bela Vista, 15, Lagoa Seca - PB", "Loteamento Bela Vista, 15"),
        ("Remetente: Travessa de da Silva, 204, Recife", "Travessa de da Silva, 204"),
        (
            "проживающей по адресу: ул. Садовая, д. 12, кв. 5, г. Лесной (метеост.), 624200\nтел.",
            "(метеост.), 624200",
        ),
        ("Heimilisfang: Lyngheiði 4, 310 Borgarnes\nSími", "Lyngheiði 4, 310 Borgarnes"),
        ("Alamat: Kenanga 12, Bandung\nTel", "Kenanga 12"),
        ("Lakcím: Petőfi 12, Eger\nTel", "Petőfi 12"),
    ],
)
def test_card_and_envelope_addresses_are_masked(text: str, value: str) -> None:
    assert _covered(text, value), text


def test_a_korean_bracket_of_a_name_is_not_a_postcode() -> None:
    text = "주소 부산광역시 해운대구 좌동로 41-7 (우동) (김민수)"
    assert not any("김민수" in text[s.start : s.end] for s in find_addresses(text))


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "Lived: 12 Oak Lane - Milltown, VA 22001 (current); 4 Elm Row, Troy, NY 12180 (prior)",
            "(current)",
        ),
        (
            "Lived: 12 Oak Lane - Milltown, VA 22001 (current); 4 Elm Row, Troy, NY 12180 (prior)",
            "(prior)",
        ),
        ("Endereço: Largo Sousa, 9, 4700-123 Lagoa\nCelular: 912 000 000", "Celular"),
    ],
)
def test_a_note_after_an_address_stays(text: str, note: str) -> None:
    assert not any(note in text[s.start : s.end] for s in find_addresses(text)), text
