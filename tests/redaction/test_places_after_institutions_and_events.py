"""Towns named by the institution or the event they go with (places.py): after a doctor's
practice, a Romance hospital word and its adjective, an accident word; a hospital named by
its town (Czech, Slovak, German, Austrian, Swiss official names); a German claim's town
between its event and its date; Spanish saints' towns with their qualifier; Czech, Slovak
and Polish "nad"/"pod" towns. Beside them,
the same words before a common noun, a number or a lower-case phrase stay."""

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
        ("Zuweiser: Dr. Huber, Praxis in Baar\nBefund", "Baar"),
        ("Ordination in Ybbsitz, Termin folgt", "Ybbsitz"),
        ("Hospital tratante en Santa Lucía del Camino; médico", "Santa Lucía del Camino"),
        ("internado na clínica privada em Viseu.", "Viseu"),
        ("hospitalisé à l'hôpital privé à Nantes", "Nantes"),
        ("ricoverato all'ospedale civile a Lecco", "Lecco"),
        ("lesión tras caída en Nuevo Progreso\n", "Nuevo Progreso"),
        ("accidente ocurrido en San Martín de los Andes.", "San Martín de los Andes"),
        ("chute à Brive-la-Gaillarde le 3 mai", "Brive-la-Gaillarde"),
        ("hospitalizace v nemocnici Havlíčkův Brod od 3.2.", "Havlíčkův Brod"),
        ("Přeložen do Nemocnice Kostelec nad Orlicí.", "Kostelec nad Orlicí"),
        ("Verlegung ins Kantonsspital Frauenfeld", "Frauenfeld"),
        ("Behandlung in Bad Ischl am 3.4.2022; Rechnung anbei", "Bad Ischl"),
        ("Unfall in Scheibbs vom 12.05.2023", "Scheibbs"),
        ("Sucursal San Abelardo los altos, caja 3", "San Abelardo los altos"),
        ("llegó a Santa María del Tule ayer", "Santa María del Tule"),
        ("bydliště Brandýs nad Labem, okres Praha", "Brandýs nad Labem"),
        ("Urodzony: Kazimierz nad Wisłą", "Kazimierz nad Wisłą"),
        ("Rožnov pod Radhoštěm, 12. 3. 2021", "Rožnov pod Radhoštěm"),
    ],
)  # fmt: skip
def test_town_with_its_institution_or_event_is_found(text: str, place: str) -> None:
    assert place in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Behandlung in Narkose am 12.03.2021",  # under anaesthesia
        "Behandlung in Rückenlage am 2. Tag",  # lying on the back
        "Abreise mit dem Zug am 3.4., Zug um Zug",  # the train
        "Praxis in der Altstadt, Praxis in 2. Etage",
        "caída en la ducha; accidente en la vía pública",
        "Hospital tratante en la ciudad",
        "The hospital ordered a CT and the clinic sent a Letter",  # English "a"
        "Paciente de Nuevo Ingreso, Vieja Escuela",
        "Hospital San Juan de Dios; Colegio San Francisco de Asís",  # saints' epithets
        "San Pedro Pérez, Santa Claus de vacaciones",
        "Tlak nad 140, Teplota pod 37",  # Czech: pressure above 140, temperature below 37
        "Nemocnice 12, nemocnici v pondělí",
        "Kantonsspital, Notfall: 144",
    ],
)  # fmt: skip
def test_same_words_before_common_nouns_stay(text: str) -> None:
    assert _found(text) == [], text


_PIECES = st.sampled_from(
    [
        "Praxis in", "Behandlung in", "am", "12.03.", "Hospital tratante en", "caída en",
        "v nemocnici", "Kantonsspital", "nad", "pod", " u ", "Rychnov", "Labem", "Zug",
        "San", "Santa", "de la", "Montaña", "Dios", "los bajos", "Nueva", "ö", " ", ", ",
        "\n", "-", "1",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=25).map(" ".join))
def test_finding_any_mix_of_these_words_stays_inside(text: str) -> None:
    for span in find_places(text):
        assert 0 <= span.start < span.end <= len(text)
