"""Places smaller than a state: a settlement named after its East Slavic type word
("хутір", "деревня", "вёска"), the dateline that closes a notice's last sentence on the
same line ("... is overleden. Valkenswaard, 3 mei 2024"), a court's seat and a land
register's district, and the Indic forms' village and district fields."""

from __future__ import annotations

import pytest

from app.redaction.datelines import find_datelines
from app.redaction.institution_towns import find_institution_towns
from app.redaction.places import find_places
from app.redaction.structured import find_structured


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Місце народження: хутір Зелений Яр\n", "хутір Зелений Яр"),
        ("Родился: деревня Малиновка\n", "деревня Малиновка"),
        ("Нарадзіўся: вёска Дубрава\n", "вёска Дубрава"),
    ],
)
def test_settlement_after_its_type_word(text: str, place: str) -> None:
    found = [text[s.start : s.end] for s in find_structured(text)]
    assert any(place in f for f in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("op 97-jarige leeftijd is overleden. Valkenswaard, 3 mei 2024\n", "Valkenswaard"),
        ("She died peacefully at home. Ambleside, 14 March 2023\n", "Ambleside"),
    ],
)
def test_dateline_after_last_sentence(text: str, place: str) -> None:
    assert [text[s.start : s.end] for s in find_datelines(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "See Dr. Okafor, 3 March 2024\n",  # a title's full stop is no sentence's end
        "Thank you for coming. Monday, 3 March 2024\n",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_datelines(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WARNED LIST -- County Court at Little Hadham\n", "Little Hadham"),
        ("In the Family Court sitting at Kettering\n", "Kettering"),
        ("Amtsgericht X -- Grundbuch von Oberwiesen  Blatt 4412\n", "Oberwiesen"),
        ("Gemarkung Unterau, Flur 3, Flurstück 17/2\n", "Unterau"),
    ],
)
def test_court_seat_and_register_district(text: str, place: str) -> None:
    assert place in [text[s.start : s.end] for s in find_institution_towns(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("खातेदार: क ख\nग्राम: रामपुरकलां\nतहसील: सदर\n", "रामपुरकलां"),
        ("নাম: ক খ\nগ্রাম: চরপাড়া\nজেলা: নওগাঁ\n", "চরপাড়া"),
    ],
)
def test_indic_village_and_district_fields(text: str, place: str) -> None:
    assert place in [text[s.start : s.end] for s in find_structured(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [("受理：令和5年3月2日　川崎市宮前区長\n", "川崎市宮前区"), ("签发：泉州市市长\n", "泉州市")],
)
def test_place_of_an_office_head(text: str, place: str) -> None:
    assert place in [text[s.start : s.end] for s in find_places(text)]


@pytest.mark.parametrize("text", ["市長の挨拶\n", "会長\n"])
def test_office_head_alone_is_no_place(text: str) -> None:
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Notariatssekretärin in Wangen an der Aare (2019-2022)\n", "Wangen an der Aare"),
        ("Księga zgonów parafii w Wieliczka, rok 1921\n", "Wieliczka"),
        ("the registers of the parish in Nether Wallop\n", "Nether Wallop"),
    ],
)
def test_river_towns_and_parish_towns(text: str, place: str) -> None:
    assert place in [text[s.start : s.end] for s in find_places(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ההלוויה תתקיים מחר בבית העלמין בגבעת עדה.\n", "גבעת עדה"),
        ("המנוחה תובא למנוחות בבית הקברות בכפר יונה\n", "כפר יונה"),
    ],
)
def test_town_of_a_hebrew_cemetery(text: str, place: str) -> None:
    assert place in [text[s.start : s.end] for s in find_institution_towns(text)]
