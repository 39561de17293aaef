"""Street addresses, military mail, postcodes and coordinates (Safe Harbor: every
geographic unit smaller than a state). Each case is an address shape of one country,
written for this test; the structured finder must cover the street, the number and the
place that follows."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import find_addresses
from app.redaction.second_pass import mask_text


def _covered(text: str, value: str) -> bool:
    start = text.index(value)
    spans = find_addresses(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


CASES = [
    (
        "us street with suite",
        "Send it to 4410 Larkspur Boulevard, Suite 210, today.",
        "4410 Larkspur Boulevard, Suite 210",
    ),
    (
        "us street with apt and town",
        "Home: 77 W. Orchard Ln Apt. 3C, Dunmore, PA 18512",
        "77 W. Orchard Ln Apt. 3C, Dunmore, PA 18512",
    ),
    ("us hash unit", "moved to 9 Quarry Road #12 last year", "9 Quarry Road #12"),
    ("military psc", "Mail: PSC 4821, Box 0917, APO AE 09204", "PSC 4821, Box 0917, APO AE 09204"),
    ("military unit dpo", "Unit 7720 Box 15\nDPO AP 96522", "Unit 7720 Box 15\nDPO AP 96522"),
    ("military ship fpo", "USNS Harlan Bell, FPO AA 34090", "USNS Harlan Bell, FPO AA 34090"),
    ("uk flat block", "Flat 14\n3 Tanners row\nLlanfair\nLL55 4TY\n", "Flat 14\n3 Tanners row"),
    ("uk postcode alone", "Postcode on file: EC1V 9HX.", "EC1V 9HX"),
    (
        "uk studio",
        "Studio 2, 41 Brook Mews, Harrowgate, HG1 2QP",
        "41 Brook Mews, Harrowgate, HG1 2QP",
    ),
    (
        "german street and town",
        "Anschrift: Lindenstraße 23a, 80331 München",
        "Lindenstraße 23a, 80331 München",
    ),
    ("german am street", "wohnt Am Kirchberg 4, 01067 Dresden", "Am Kirchberg 4, 01067 Dresden"),
    (
        "french rue with comma",
        "Domicile : 8, rue des Lilas, 69003 Lyon",
        "8, rue des Lilas, 69003 Lyon",
    ),
    ("french bis avenue", "au 14 bis avenue Jean Jaurès", "14 bis avenue Jean Jaurès"),
    (
        "french impasse",
        "3 impasse du Moulin, 33000 Bordeaux",
        "3 impasse du Moulin, 33000 Bordeaux",
    ),
    ("spanish calle", "Domicilio: Calle de Alcalá 120, 2º B, 28009 Madrid", "Calle de Alcalá 120"),
    ("spanish cp", "código postal 46002", "46002"),
    (
        "italian via",
        "Residenza: Via Garibaldi 18, 20121 Milano (MI)",
        "Via Garibaldi 18, 20121 Milano (MI)",
    ),
    ("dutch street", "Adres: Molenstraat 7-b, 3511 AB Utrecht", "Molenstraat 7-b, 3511 AB Utrecht"),
    ("polish ul", "Adres: ul. Kwiatowa 15/3, 31-042 Kraków", "ul. Kwiatowa 15/3"),
    ("brazil rua and cep", "Rua das Palmeiras, 455, CEP 04538-132", "Rua das Palmeiras, 455"),
    (
        "turkish mahalle",
        "Adres: Yıldız Mah. Çınar Cad. No: 14/2 Beşiktaş",
        "Yıldız Mah. Çınar Cad. No: 14/2",
    ),
    ("vietnamese units", "Địa chỉ: Phường 7, Quận 5", "Phường 7"),
    (
        "town and postcode after the street",
        "at 18 Harrow Lane Little Brimley KT4 9QS today",
        "18 Harrow Lane Little Brimley KT4 9QS",
    ),
    (
        "bare postcode segment",
        "Calle Río Duero 14 Piso 2, Zamora, 49012.",
        "Calle Río Duero 14 Piso 2, Zamora, 49012",
    ),
    (
        "military state code",
        "Apt 4, 22 Lagoon Road, Majuro, MH 96960",
        "22 Lagoon Road, Majuro, MH 96960",
    ),
    ("indian house number", "H.No. 14/2, Gandhi Marg, Jaipur 302001", "H.No. 14/2"),
    ("coordinates decimal", "found at 51.50735, -0.12776 by GPS", "51.50735, -0.12776"),
    ("coordinates dms", "site 40°26′46″N 79°58′56″W", "40°26′46″N 79°58′56″W"),
]


@pytest.mark.parametrize(("name", "text", "value"), CASES, ids=[c[0] for c in CASES])
def test_address_is_covered(name: str, text: str, value: str) -> None:
    assert _covered(text, value), name


def test_an_address_stops_at_the_end_of_its_sentence() -> None:
    text = "Moved to 12, rue des Acacias, 31000 Toulouse. Account frozen pending review."
    spans = find_addresses(text)
    assert "Account" not in "".join(text[s.start : s.end] for s in spans)
    assert _covered(text, "12, rue des Acacias, 31000 Toulouse")


def test_second_pass_masks_an_address_too() -> None:
    masked, counts = mask_text("Lives at 4410 Larkspur Boulevard, Springfield, IL 62704.")
    assert "Larkspur" not in masked
    assert "62704" not in masked
    assert counts.get("ADDRESS", 0) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Took 2 tablets daily for 3 days.",
        "The patient walked to the ward via the main corridor.",
        "In 2019 she started metformin; reviewed on Monday.",
        "Blood pressure 120/80, pulse 72, temperature 36.8.",
        "Patient R. Okonjo tolerated oral fluids well.",
    ],
)
def test_ordinary_sentences_hold_no_address(text: str) -> None:
    assert find_addresses(text) == []


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_addresses(text):
        assert 0 <= span.start < span.end <= len(text)
