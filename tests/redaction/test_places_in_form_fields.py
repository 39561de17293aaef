"""A town in a form's place field is masked whatever its words and script: after the label
with a colon, a printed form's leader of underscores or dots, or a tab ("Town of birth ___
Casa Grande", "Place of birth: ยะลา", "出生地：大阪"); a town after a hospital word and its
locative preposition ("Hospital en Guadalajara"); Cyrillic street types of the ФИАС table,
Ukraine, Belarus, Serbia and Macedonia with their house words; a postcode after its label and
a leader, and the label of the next line left out of the address before it. Beside them,
labels with no town, department names after "hospital in", prose and clinical words stay."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import find_addresses
from app.redaction.places import find_places
from app.redaction.postcodes import find_postcodes
from app.redaction.spans import Span
from app.redaction.structured import find_structured


def _covered(spans: Sequence[Span], text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in spans)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Date of birth ___ 06/01/2018    Town of birth ___ Casa Grande\n", "Casa Grande"),
        ("City of birth .......... Wagga Wagga\nSex ..... F", "Wagga Wagga"),
        ("5. Place of birth: ยะลา\n6. Country of birth: THAILAND", "ยะลา"),
        ("Place of birth: Ho Chi Minh\n", "Ho Chi Minh"),
        ("出生地：大阪\n", "大阪"),
        ("Место рождения: Екатеринбург\n", "Екатеринбург"),
        ("Місце народження ........ Сторожинець\n", "Сторожинець"),
        ("Τόπος γέννησης: Λάρισα\n", "Λάρισα"),
        ("Suburb\tParramatta\tState\tNSW", "Parramatta"),
        ("Locality: Broken Hill, NSW", "Broken Hill"),
        ("Gemeinde ____ Bad Tölz", "Bad Tölz"),
        ("Ville de naissance : Saint-Malo", "Saint-Malo"),
        ("Tempat lahir: Surabaya\n", "Surabaya"),
        ("محل تولد: اصفهان\n", "اصفهان"),
        ("District: Pune\nState: MH", "Pune"),
        ("County ______ Maricopa", "Maricopa"),
        ("Okres: Příbram", "Příbram"),
    ],
)
def test_town_in_a_place_field(text: str, value: str) -> None:
    assert _covered(find_places(text), text, value), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hospital en Vieja República Dominicana; médico tratante", "Vieja República Dominicana"),
        ("Treated at a hospital in Leeds on Monday.", "Leeds"),
        ("Ricoverato all'ospedale di Bari il 3 marzo.", "Bari"),
        ("Aufnahme im Krankenhaus in Fulda.", "Fulda"),
        ("Przyjęty przez szpital w Radomiu.", "Radomiu"),
        ("Internado no hospital em Braga.", "Braga"),
    ],
)
def test_town_after_a_hospital_and_its_preposition(text: str, value: str) -> None:
    assert _covered(find_places(text), text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "City: unknown",
        "Town of birth ___ N/A",
        "The ratio was 3:1 and town: fine.",
        "He was in hospital in March.",
        "Stayed in hospital in Intensive Care for two nights.",
        "Admitted to hospital in Emergency, then the ward.",
        "Village ____ see above",
        "Time\t12:30\tDose\t5 mg",
        "District nurse: Jane visits weekly",
    ],
)
def test_fields_and_phrases_without_a_town_stay(text: str) -> None:
    assert not find_places(text), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Landlord: сквер Ярмарковий, буд. 609 кв. 3, Сторожинець, 16247",
            "сквер Ярмарковий, буд. 609 кв. 3, Сторожинець, 16247",
        ),
        ("Premises: сквер Водний, буд. 80, Бахмут, 57238", "сквер Водний, буд. 80"),
        ("Адрес: проезд Серова, зд. 4, Москва", "проезд Серова, зд. 4"),
        ("ул. Ленина, влд. 5, пом. 12", "ул. Ленина, влд. 5, пом. 12"),
        ("Адрас: вуліца Незалежнасці, д. 4, кв. 7", "вуліца Незалежнасці, д. 4, кв. 7"),
        ("Адреса: Булевар краља Александра бр. 73, Београд", "Александра бр. 73"),
        ("проулок Тихий, д. 3", "проулок Тихий, д. 3"),
        ("в'їзд Ковальський, буд. 2", "в'їзд Ковальський, буд. 2"),
    ],
)
def test_cyrillic_street_types_with_their_house_words(text: str, value: str) -> None:
    assert _covered(find_addresses(text), text, value), text


@pytest.mark.parametrize(
    "text",
    [
        "Лекар је рекао да је сквер леп.",
        "Пацієнт гуляв у сквері біля лікарні.",
        "площа 45 м², кімнат 2",
        "Назначено: ряд анализов, повтор через 2 недели.",
    ],
)
def test_cyrillic_prose_stays(text: str) -> None:
    assert not find_addresses(text), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Postcode _______ 2419\nMobile ____ 0432 102 459", "2419"),
        ("PLZ.......... 80331\n", "80331"),
        ("Code postal …… 75011\n", "75011"),
        ("Zip ____ 30301", "30301"),
        ("Cap ....... 00184", "00184"),
    ],
)
def test_postcode_after_a_leader(text: str, value: str) -> None:
    assert _covered(find_postcodes(text), text, value), text


def test_the_next_lines_label_is_not_the_town_of_a_postcode() -> None:
    text = "Address ____ Level 2 13 Estrada Alleyway\nEast Lisa, NSW, 2622\nPostcode ____ 2419\n"
    spans = find_structured(text)
    assert _covered(spans, text, "2419")
    label = text.index("Postcode")
    assert not any(s.start <= label < s.end for s in spans)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("Town of birth Place: _.\t\nCasa Grande ยะลา 大阪 Сквер 12,")
        ),
        max_size=80,
    )
)
def test_any_text_is_read_without_error(text: str) -> None:
    for span in (*find_places(text), *find_postcodes(text), *find_addresses(text)):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "address", "after"),
    [
        (
            "Pt: 33479 Ishola Tunnel Apt. 101, Ilupejuport, MI 15300\nEDD 1 May 2018; HB 10.2",
            "33479 Ishola Tunnel Apt. 101, Ilupejuport, MI 15300",
            "EDD 1 May 2018",
        ),
        (
            "967 Daniel Tunnel Apt. 901; East Andrea, MH 21191\n    Sph   Cyl   Axis   Add\n",
            "967 Daniel Tunnel Apt. 901; East Andrea, MH 21191",
            "Sph   Cyl   Axis   Add",
        ),
        (
            "Flat 3, 12 Acacia Road\nLondon\nSW1A 1AA\nPlan Review In Clinic",
            "Flat 3, 12 Acacia Road\nLondon\nSW1A 1AA",
            "Plan Review In Clinic",
        ),
        (
            "3686 Richardson Dam, Phillipsmouth, ON K1A 0B1\nMedication Review Due",
            "3686 Richardson Dam, Phillipsmouth, ON K1A 0B1",
            "Medication Review Due",
        ),
    ],
)
def test_an_address_ends_at_its_last_lines_postcode(text: str, address: str, after: str) -> None:
    spans = find_addresses(text)
    assert _covered(spans, text, address), text
    start = text.index(after)
    assert not any(s.start <= start < s.end for s in spans), text


def test_a_town_after_the_postcode_on_its_line_stays_with_the_address() -> None:
    text = "Einsatzort: Flat 4\nHarriet Motorway, DT3B 4FY Carolynview — GPS S 10° 27.838'"
    assert _covered(find_addresses(text), text, "Harriet Motorway, DT3B 4FY Carolynview")


def test_a_swift_field_tag_ends_an_address() -> None:
    text = ":50K:/GB66 EMEK 0830 7295 9370 83\nRAJA LING\n3686 Richardson Dam\nPhillipsmouth"
    spans = find_addresses(text)
    assert _covered(spans, text, "3686 Richardson Dam")
    assert not any(s.start == 0 for s in spans)
