"""Addresses of the countries whose streets carry no type word or a number for a name
(Chile, Colombia, Argentina, Mexico), Azerbaijani, Philippine, Indonesian, Romanian,
Slavic, Finnish and Quebec forms, and English prose that uses a foreign street word ("paid
via Revolut") or a region without any address. Values are written for this test or drawn
from Faker's locale providers; none is copied from an evaluation document."""

from __future__ import annotations

import pytest

from app.redaction.addresses import find_addresses
from app.redaction.places import find_places
from app.redaction.structured import find_structured
from tests.redaction.test_address_blocks import check_block, check_faker_addresses, covered


def _address_text(text: str) -> list[str]:
    return [
        text[s.start : s.end] for s in find_structured(text) if s.kind in ("ADDRESS", "LOCATION")
    ]


BLOCKS = [
    ("chile region", "Los Aromos 418, Quilpué, Región de Valparaíso, 2430000"),
    ("chile office", "Esmeralda 1120 Of. 33\nTemuco, Región de La Araucanía"),
    ("chile route km", "Ruta 68, km 24, Región Metropolitana"),
    ("colombia plate", "Carrera 7A Bis # 45-12 Sur\nApto. 501\n110231\nBogotá, D.C."),
    ("colombia avenue carrera", "Av. carrera 30 # 12B-08, Torre 2 Apto 804, Chía, Cundinamarca"),
    ("colombia cl", "Cl. 53 # 8-41, 680003, Bucaramanga, Santander"),
    ("argentina n°", "Av. 9 de Julio N° 1230 Piso 4 Dto. B\nSanta Rosa 6300, La Pampa"),
    ("argentina numbered", "Calle 12 N° 845, Salta 4400, Salta"),
    ("mexico state code", "Privada Los Olivos 41 Edif. 7, Depto. 12\nLa Paz, BCS 23000-4410"),
    ("azerbaijan", "Quba ray., Qırmızı qəsəbə qəs., N.NƏRİMANOV küçəsi, b. 12, m. 44"),
    ("azerbaijan city", "Gəncə ş., Yeni kənd k., 28 MAY pr., b. 3"),
    ("philippines block lot", "B15 L43 Sampaguita St., Phase 6, Camella, Bacoor, 4102 Cavite"),
    ("indonesia", "Jl. K.H. Agus Salim No. 17, RT 004/RW 002, Bekasi, Jawa Barat 17113"),
    ("romania block", "Bulevardul Unirii Nr. 62 Bl. 65 Sc. 2 Ap. 122, Ploiești, jud. Prahova"),
    ("finland kuja", "Koivupuistokuja 5 B 12, 00860 Helsinki"),
    ("finland kunta", "Rantapolku 3, 66100 Maalahti kunta"),
    ("hungary lower-case name", "Petőfi sándor utca 22., H-7729 Bár"),
    ("slovenia particle", "Vinska pot 3a, 2230 Lenart v Slovenskih goricah"),
    ("slovakia namestie", "Mierové námestie 6, 911 01 Trenčín"),
    ("croatia title", "Trg kralja Tomislava 4, 10000 Zagreb"),
    ("quebec rang", "1248 rang Saint-Joseph, app. 3, Sainte-Mélanie (Québec)  J0K 3A0"),
    ("quebec five digits", "10421 montée Ryan, Mirabel, QC J7J 1R4"),
    ("brazil particle town", "Chácara Boa Vista, 62\nVila Nova\n39028-159 da Serra / PB"),
    ("vietnam khu", "Số 12 Khu 4 phố Trần Phú Phường 2 TP. Hồ Chí Minh 70000"),
    ("vietnam commune province", "432 Khu 84 phố Lê Lợi Xã Tân Phú tỉnh Đồng Nai"),
    ("brazil secao", "Chácara Pires, 62\n2ª Seção\n39028159 Cardoso / PB"),
    ("india hyphen pin", "56, Gandhi Road, Kurnool-518001"),
    ("new zealand access", "87 Kowhai Access, Tirau 3410"),
]


@pytest.mark.parametrize(("name", "value"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_the_whole_address_block_is_covered(name: str, value: str) -> None:
    check_block(name, value)


@pytest.mark.parametrize(("name", "value"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_an_address_on_one_line_in_a_sentence_is_covered(name: str, value: str) -> None:
    line = value.replace("\n", ", ")
    text = f"Seen on 3 May near {line}. Damage to the left wing."
    assert covered(text, line), name
    assert not any("Damage" in found or "near" in found for found in _address_text(text))


def test_a_postcode_after_its_label_masks_the_value_only() -> None:
    text = "Home visit form\nPostcode: H-6890\nFindings: stable."
    assert [text[s.start : s.end] for s in find_addresses(text)] == ["H-6890"]


@pytest.mark.parametrize(
    "text",
    [
        "Paid via Revolut to Monzo; flagged by Visa.",
        "Referred via NHS Direct and seen by Dr Patel.",
        "Sent via Royal Mail to the GP surgery.",
        "Transfer via Santander, confirmed by the bank.",
        "He travelled via Dover and Calais before admission.",
        "The courier route covers Santiago, Región Metropolitana, weekly.",
        "Supplies come from Mendoza, Mendoza and from Salta.",
        "Grade 3 oedema, Cauca protocol arm B, Meta-analysis 2 of 5.",
        "Cr. 1.4 mg/dL, Av. 2 readings per day, Ruta de manejo 3.",
        "Stage 2, Phase 3 trial, Block 4 of the ward, ECOG 1.",
        "Visit 12 at 10:30, Room 4, Bed 7, Lead II, Apgar 9.",
    ],
)
def test_prose_with_foreign_street_or_region_words_holds_no_address(text: str) -> None:
    assert _address_text(text) == []


def test_an_italian_via_with_its_number_is_still_a_street() -> None:
    text = "Trasferita da via Garibaldi 14, 20121 Milano."
    assert covered(text, "via Garibaldi 14, 20121 Milano")


@pytest.mark.parametrize(
    "locale", ["es_CL", "es_CO", "es_AR", "az_AZ", "en_PH", "hr_HR", "sk_SK", "fi_FI"]
)
def test_faker_addresses_are_covered(locale: str) -> None:
    check_faker_addresses(locale, 4321)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Login seen from 10.0.0.1 in Vitry-sur-Seine. Funds: salary.", "Vitry-sur-Seine"),
        ("Parcel returned from Newcastle-upon-Tyne on Monday.", "Newcastle-upon-Tyne"),
        ("Seen at the Châlons-en-Champagne clinic.", "Châlons-en-Champagne"),
    ],
)
def test_a_town_joined_by_a_place_particle_is_found_anywhere(text: str, town: str) -> None:
    assert [text[s.start : s.end] for s in find_places(text)] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Jean-de-Dieu Martin and Marie-Claire Dubois attended; follow-up in 2 weeks.",
        "A well-to-do man, day-to-day care, mother-in-law present, end-on view.",
    ],
)
def test_double_names_and_hyphenated_words_are_not_towns(text: str) -> None:
    assert find_places(text) == []


def test_coordinates_in_parentheses_after_a_gps_label_are_covered() -> None:
    text = "Visit site (GPS): (-36.7671, 35.1039)\nFindings: stable."
    assert covered(text, "-36.7671, 35.1039")
    assert _address_text(text) == []  # coordinates are their own kind


def test_a_label_before_an_azerbaijani_address_is_kept() -> None:
    text = "Plan: rest. Previous address Qubadlı ş., Hingar k., N.NƏRİMANOV pr., b. 18, m. 144."
    found = _address_text(text)
    assert covered(text, "Qubadlı ş., Hingar k., N.NƏRİMANOV pr., b. 18, m. 144")
    assert not any("address" in f or "Previous" in f for f in found)
