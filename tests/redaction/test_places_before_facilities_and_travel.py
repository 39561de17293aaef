"""Towns named by what stands around them (places.py), session 34: a town before the
facility it names ("the Tromsø clinic", "Bergen branch"), in a clinic's or branch's title
after its dash, after a travel or heading word in any tense, after "born <date> at", and
after a numeric date and a Romance or Dutch preposition. Beside them, a service's or an
office's name before the same nouns, acronyms and clinical words stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.places import find_places


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_places(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Follow-up booked at the Tromsø clinic next week.", "Tromsø"),
        ("Committal at Hereford crematorium, 11am", "Hereford"),
        ("Account review – Drammen branch\nHolder: X", "Drammen"),
        ("Return 2024-01-02 — Stavanger airport", "Stavanger"),
        ("transferred from the Alcobendas hospital", "Alcobendas"),
        ("Clinic note - Mbombela\nPatient:", "Mbombela"),
        ("Branch report – Vila Real\n", "Vila Real"),
        ("customer confirmed travel to Ushuaia.", "Ushuaia"),
        ("drove off towards Zaragoza at speed", "Zaragoza"),
        ("she was heading for Tarbes when stopped", "Tarbes"),
        ("Child born 3 March 2021 at Wavre\nMother", "Wavre"),
        ("Soins reçus le 02.11.2022 à Quimper : radiographie", "Quimper"),
        ("atendido el 04/05/2023 en Teruel por fractura", "Teruel"),
        ("ongeval op 3-4-2023 te Hoorn", "Hoorn"),
    ],
)  # fmt: skip
def test_town_by_facility_title_travel_or_date_is_found(text: str, place: str) -> None:
    assert place in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen at the Diabetes clinic; next at the Fracture clinic.",
        "Referred to the HIV clinic and the ENT clinic",
        "Letter sent from the Post office to the Police station",
        "Pick up at the Main branch or the Central station",
        "Review at the Cholecystectomy clinic",  # a clinical word
        "Clinic letter - Cardiology\nDear Dr",
        "Clinic note - Summary\n",
        "Consultation — Respiratory clinic\n",
        "Travel to Theatre at 14:00; heading for Recovery",
        "towards Christmas the pain settled",
        "Vu le 12.03.2023 à 14h30, revu le 13.03.2023 à domicile",
        "ingreso el 03/04/2023 en Urgencias",
    ],
)  # fmt: skip
def test_service_names_and_times_stay(text: str) -> None:
    assert _found(text) == [], text


_PIECES = st.sampled_from(
    [
        "at the", "clinic", "branch", "airport", "–", "—", " - ", "Clinic note", "travel to",
        "towards", "born", "12.03.2023", "à", "en", "te", "Leeds", "Vila Real", "Diabetes",
        "HIV", "\n", " ", ", ", "ö", "1",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_finding_any_mix_of_these_words_stays_inside(text: str) -> None:
    for span in find_places(text):
        assert 0 <= span.start < span.end <= len(text)
