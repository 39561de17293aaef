"""Places by the label or the words before them (issue 15, session 44, split Z): ISO
20022 postal elements, place-of-death and residence fields in several languages, a
Japanese place before a case particle, a town after a job or "works in", and plate words
of the Baltic languages with a comma after "plate". Values invented."""

from __future__ import annotations

import pytest

from app.redaction.field_names import field_kind
from app.redaction.structured import find_structured


def _covered(text: str, value: str, kinds: set[str] | None = None) -> bool:
    start = text.index(value)
    return any(
        s.start <= start and start + len(value) <= s.end and (kinds is None or s.kind in kinds)
        for s in find_structured(text)
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("<Dbtr><PstlAdr><StrtNm>Kastanienallee</StrtNm><PstCd>39112</PstCd>"
         "<TwnNm>Wendelsdorf</TwnNm></PstlAdr></Dbtr>", "39112"),
        ("نام: رضا کاظمی\nمحل فوت: روستای چشمه سفید\n", "روستای چشمه سفید"),
        ("Pupil: Amani Njoro\nResidence: Kapsowar\nClass: 4", "Kapsowar"),
        ("Claimant v Respondent\nHeard at: Barnwell Vale on 4 June 2024", "Barnwell Vale"),
    ],
)  # fmt: skip
def test_labelled_place_is_masked(text: str, value: str) -> None:
    assert _covered(text, value)


@pytest.mark.parametrize(
    ("element", "kind"),
    [("PstCd", "ADDRESS"), ("StrtNm", "ADDRESS"), ("BldgNb", "ADDRESS"), ("TwnNm", "LOCATION")],
)
def test_iso_20022_postal_elements_name_fields(element: str, kind: str) -> None:
    assert field_kind(element) == (kind, True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("話し手：昭和生まれ、瑞穂町の出身です。", "瑞穂町"),
        ("経過：今治市の病院に搬送。", "今治市"),
        ("勤務先：鶴見区で勤務している。", "鶴見区"),
    ],
)
def test_japanese_place_before_a_particle_is_masked(text: str, value: str) -> None:
    assert _covered(text, value, {"LOCATION", "ADDRESS"})


@pytest.mark.parametrize("text", ["大都市の生活について", "地方都市の病院に勤務。", "本市の方針"])
def test_japanese_common_words_stay(text: str) -> None:
    assert not any(s.kind == "LOCATION" for s in find_structured(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nos acompaña hoy una enfermera en Villarcayo.", "Villarcayo"),
        ("Elle est infirmière à Montbrison depuis dix ans.", "Montbrison"),
        ("He works in Thirsk and drives in daily.", "Thirsk"),
    ],
)
def test_town_after_a_job_is_masked(text: str, value: str) -> None:
    assert _covered(text, value, {"LOCATION"})


def test_department_after_works_in_stays() -> None:
    text = "She works in Finance and reports to the board."
    assert not any(text[s.start : s.end] == "Finance" for s in find_structured(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Registreerimismärk: 417 KTB\nMark: Škoda", "417 KTB"),
        ("Numura zīme: KM-4410", "KM-4410"),
        ("[WITNESS] I only saw the plate, 771 DRX, nothing else.", "771 DRX"),
    ],
)
def test_plate_after_its_word_is_masked(text: str, value: str) -> None:
    assert _covered(text, value, {"VEHICLE_ID"})


@pytest.mark.parametrize(
    "label",
    [
        "Place of incident",
        "Lugar del siniestro",
        "Lieu de l'accident",
        "Luogo dell'incidente",
        "Miejsce zdarzenia",
        "Town of issue",
    ],
)
def test_place_word_with_what_happened_there_names_a_place_field(label: str) -> None:
    assert field_kind(label) == ("LOCATION", True)


@pytest.mark.parametrize(
    "label", ["Place of service", "Local time", "Place", "Preferred place of death"]
)
def test_not_a_place_field_of_its_own(label: str) -> None:
    assert field_kind(label) != ("LOCATION", True)
