"""Addresses written the way each country writes them, towns after residence cue words,
and the whole address block around one recognised line (Safe Harbor: every geographic
unit smaller than a state). Values are written for this test or drawn from Faker's
locale providers; none is copied from an evaluation document."""

from __future__ import annotations

import random

import pytest
from faker import Faker

from app.redaction.addresses import find_addresses
from app.redaction.places import find_places
from app.redaction.structured import find_structured


def covered(text: str, value: str) -> bool:
    """Every non-blank character of `value` in `text` lies in a structured finding."""
    start = text.index(value)
    spans = find_structured(text)
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(value))
        if not text[i].isspace()
    )


BLOCKS = [
    ("au level and unit", "Level 7, 12 Garrick Break, Wattleby QLD 4102"),
    ("au unit slash", "4/18 Banksia Quadrant, Emu Flat NSW 2790"),
    ("nz rural delivery", "88 Tarata Esplanade, RD 4, Hinemoaville 3172"),
    ("us rural route", "RR 3 Box 117, Millbrook, KS 67456-1021"),
    ("us zip+4 multi-line", "70 Orchard Crest Suite 12\nBellwater, OR 97031-4410"),
    ("uk flat named house", "Flat 2B, Hartley House\n9 Quarry Mews\nLower Ashby\nLE7 3QT"),
    ("canada unit dash", "14-310 Maple Ridge Drive, Kestrel Bay ON K2P 1L4, Canada"),
    ("india flat nagar pin", "Flat 402, Shanti Apartments, Ramesh Nagar, Pune - 411038"),
    ("india cross road", "#21, 5th Cross, Indira Layout, Mysuru 570012"),
    ("german block", "c/o Brandt\nLindenweg 14\n2. OG\n04109 Leipzig\nDeutschland"),
    ("dutch postcode word", "Zonnebloemstraat 33-II, postcode 2512 KJ, Den Haag"),
    ("polish ul flat", "ul. Słoneczna 8/14, 30-059 Kraków"),
    ("italian via n.", "Via dei Mille n. 27, scala B, interno 6, 80121 Napoli (NA)"),
    ("spanish c/ piso", "C/ de Goya, nº 41, 3º izq., 28001 Madrid"),
    ("spanish avda s/n", "Avda. del Puerto, s/n, portal 2, 46011 Valencia"),
    (
        "brazil rua cep",
        "Rua das Acácias, nº 120, apto 31, Jardim Paulista, CEP 01405-002, São Paulo/SP",
    ),
    ("brazil dash form", "Av. Brasil 455 - Centro - Londrina - PR - CEP 86010-200"),
    ("portugal floor", "Rua do Almada, 212 3º Esq.\n4050-031 Porto"),
    ("french comma street", "Bât. C, 12, rue des Tanneurs, 67000 Strasbourg, France"),
    ("french cedex", "Résidence Les Pins\n4 bis allée des Cèdres\n13008 MARSEILLE CEDEX"),
    ("turkish mah cad no d", "Bahar Mah. Lale Cad. No: 12 D: 3\n34710 Kadıköy/İstanbul"),
    ("vietnamese ward district", "Số 45 đường Lý Thường Kiệt, Phường 7, Quận 10, TP. Hồ Chí Minh"),
    ("danish alle", "Rosen Allé 17, 5000 Odense"),
    ("hungarian utca", "Rákóczi utca 9., H-6720 Szeged"),
    ("mexican colonia", "Calle Hidalgo 310, Col. Centro, C.P. 44100-2031, Guadalajara, JAL"),
]


def check_block(name: str, value: str) -> None:
    """The whole block is covered after a label line, and the clinical line after it
    survives (shared with test_address_blocks_world.py)."""
    text = f"Correspondence address:\n{value}\n\nNext review: chest pain resolved.\n"
    assert covered(text, value), name
    masked = "".join(text[s.start : s.end] for s in find_structured(text))
    assert "chest pain" not in masked
    assert "Next review" not in masked


def check_faker_addresses(locale: str, seed: int) -> None:
    """Fifteen of the locale's Faker addresses, on several lines or one, are covered."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    for _ in range(15):
        lines = [x.strip() for x in str(fake.address()).splitlines() if x.strip()]
        value = "\n".join(lines) if rng.random() < 0.5 else ", ".join(lines)
        text = f"Address on file:\n{value}\n\nPlan: chest pain resolved.\n"
        assert covered(text, value), (locale, value)


@pytest.mark.parametrize(("name", "value"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_the_whole_address_block_is_covered(name: str, value: str) -> None:
    check_block(name, value)


def test_an_address_in_a_sentence_stops_where_the_sentence_goes_on() -> None:
    text = "She stays at 40 Wren Crescent, Fallowfield M14 6DR before surgery next week."
    spans = find_addresses(text)
    assert covered(text, "40 Wren Crescent, Fallowfield M14 6DR")
    assert not any("surgery" in text[s.start : s.end] for s in spans)


def test_a_label_line_before_a_block_is_kept() -> None:
    text = "Referral for chest pain.\nHome address:\nLevel 3, 5 Iris Break, Dunlow VIC 3550\n"
    spans = find_addresses(text)
    assert covered(text, "Level 3, 5 Iris Break, Dunlow VIC 3550")
    assert not any("address" in text[s.start : s.end].casefold() for s in spans)


TOWNS = [
    ("lives in", "The patient lives in Kirkby Stephen with her son.", "Kirkby Stephen"),
    ("resident of", "A resident of Bad Tölz, seen today.", "Bad Tölz"),
    ("moved to", "He moved to Stratford-upon-Avon in 2019.", "Stratford-upon-Avon"),
    ("domicilié à", "Patient domicilié à Saint-Malo, adressé par son médecin.", "Saint-Malo"),
    (
        "wohnhaft in",
        "Patientin, wohnhaft in Neustadt an der Weinstraße.",
        "Neustadt an der Weinstraße",
    ),
    (
        "residente en",
        "Paciente residente en Las Palmas de Gran Canaria.",
        "Las Palmas de Gran Canaria",
    ),
    ("zamieszkały w", "Pacjent zamieszkały w Nowy Targ, skierowany.", "Nowy Targ"),
    ("woonachtig te", "Cliënt woonachtig te Alphen aan den Rijn.", "Alphen aan den Rijn"),
]


@pytest.mark.parametrize(("name", "text", "town"), TOWNS, ids=[t[0] for t in TOWNS])
def test_a_town_after_a_residence_cue_is_found(name: str, text: str, town: str) -> None:
    assert [text[s.start : s.end] for s in find_places(text)] == [town], name


@pytest.mark.parametrize(
    "text",
    [
        "Moved to Monday clinic for review.",
        "Lives in the community with carers.",
        "Born in 1931; lives in sheltered housing.",
    ],
)
def test_a_cue_without_a_town_finds_nothing(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Glasgow Coma Scale 15, pupils equal and reactive.",
        "Seen in Clinic B on Level 2, Bed 12, at 10:30.",
        "Gleason 3+4, PSA 6.2, T2 N0 M0; plan MDT.",
        "Lead II shows sinus rhythm, rate 72, QTc 410.",
        "Follow the Mayo Clinic protocol, Grade 3 oedema, Apgar 9.",
        "Metformin 500 mg, 2 puffs twice daily, BMI 31.4, ECOG 1.",
        "Ward 7, Room 4: Patient Smith reviewed, HbA1c 7.2%.",
    ],
)
def test_clinical_sentences_hold_no_address_or_town(text: str) -> None:
    found = [
        text[s.start : s.end] for s in find_structured(text) if s.kind in ("ADDRESS", "LOCATION")
    ]
    assert found == []


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "en_AU", "de_DE", "fr_FR", "it_IT", "pl_PL"])
def test_faker_addresses_are_covered(locale: str) -> None:
    check_faker_addresses(locale, 1234)
