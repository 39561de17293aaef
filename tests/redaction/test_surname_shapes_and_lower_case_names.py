"""Names without a capital's help: surnames in capitals known by their language's endings,
names answered to a question for the name, and the value of a lower-case "name" field.

Cases come from the onomastics of each language (the endings `surname_shapes.ENDINGS`
lists) and from how chats and quick notes are typed; negatives are headings, clinical
words, drugs, places and ordinary replies.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.given_names import lower_case_name_fields
from app.redaction.names import find_names
from app.redaction.surname_shapes import caps_surnames

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _found(spans: list, text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans if s.kind == "PERSON"]


@pytest.mark.parametrize(
    "surname",
    [
        "BERIDZE",  # Georgian -dze
        "KAPANADZE",
        "GELASHVILI",  # Georgian -shvili
        "SMIRNOVA",  # Russian feminine -ova
        "LEBEDEVA",  # -eva
        "IVANOV",
        "GRIGORYEV",
        "SHEVCHENKO",  # Ukrainian -enko
        "KOVALCHUK",  # Ukrainian -chuk
        "WIŚNIEWSKA",  # Polish -ska
        "ZIELIŃSKI",  # Polish -ski
        "MICKIEWICZ",  # Polish -wicz
        "HOVHANNISYAN",  # Armenian -yan
        "POPESCU",  # Romanian -escu
        "KARAOĞLU",  # Turkish -oğlu
        "PAPADOPOULOS",  # Greek -opoulos
        "KAZLAUSKAS",  # Lithuanian -auskas
        "NOVÁKOVÁ",  # Czech -ová
        "JOHANSSON",  # Swedish -sson
        "VIRTANEN",  # Finnish -nen
        "RODRIGUEZ",  # Spanish -ez
        "JOVANOVIĆ",  # South Slavic -ović
    ],
)
def test_a_surname_in_capitals_is_known_by_its_ending(surname: str) -> None:
    for text in (f"Subject: RE: claim 2045P338 - {surname}\n", f"Surname at birth: {surname}"):
        assert _found(caps_surnames(text), text) == [surname]


@pytest.mark.parametrize(
    "text",
    [
        "HISTORY OF PRESENTING COMPLAINT: chest pain. IMPRESSION: ANGINA.",
        "DIAGNOSIS: PNEUMONIA. PHYSICIAN REVIEW. PERSON, REASON, SEASON, CHOSEN.",
        "Transferred from ALASKA to NEBRASKA; conference in GENEVA.",
        "PLAN: IMPROVE MOBILITY, REVIEW IN CLINIC, EVALUATE RESPONSE",
        "Lot AB12CDOV; code XOV; VITAMIN, INSULIN, PROPOFOL",
        "Ivanov was seen by Dr Smirnova",  # title case: the other rules read these
    ],
)
def test_headings_clinical_words_places_and_title_case_are_no_caps_surname(text: str) -> None:
    assert caps_surnames(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("name otman malak // dob 1991-11-10 // ph +41785084467", "otman malak"),
        ("pt name: maria jose lopez\nage 34", "maria jose lopez"),
        ("Full name - ahmed karimi | dob 01/02/1980", "ahmed karimi"),
        ("name john smith, 45M", "john smith"),
    ],
)
def test_the_value_of_a_lower_case_name_field_is_a_name(text: str, name: str) -> None:
    assert _found(lower_case_name_fields(text), text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "name badge missing // escalate",
        "name of the drug withheld",
        "name change requested\n",
        "name and address on file",
        "brand name ibuprofen tablets",
    ],
)
def test_ordinary_words_after_name_are_no_name(text: str) -> None:
    assert lower_case_name_fields(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "[2024-04-29 04:18] Bot: Hi! What's your full name?\n"
            "[2024-04-29 04:18] Visitor: hyeonjun an\n",
            "hyeonjun an",
        ),
        ("Agent: may I have your name?\nCaller: it's potap tikhonov\n", "potap tikhonov"),
        ("09:14 Bot: Comment vous appelez-vous ?\n09:14 Client: amélie durand\n", "amélie durand"),
        ("Agent: Your full name, please?\nCustomer: my name is Wei Zhang\n", "Wei Zhang"),
    ],
)
def test_the_answer_to_a_question_for_the_name_is_a_name(text: str, name: str) -> None:
    assert name in _found(find_names(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: can I take your name please?\nCaller: sorry what\n",
        "Bot: What's your full name?\nVisitor: not telling you that\n",
        "Bot: What's your name?\nVisitor: yes\n",
    ],
)
def test_a_reply_that_gives_no_name_is_kept(text: str) -> None:
    reply = text.splitlines()[1].split(": ", 1)[1]
    assert not any(w in reply for w in _found(find_names(text), text))


@_SETTINGS
@given(st.text(alphabet=st.sampled_from("AEIOUDZKVSHNLĆÓabcz \n:-/"), max_size=200))
def test_the_finders_return_spans_inside_the_text(text: str) -> None:
    for span in caps_surnames(text) + lower_case_name_fields("name " + text):
        assert 0 <= span.start < span.end
        assert span.end <= len(text) + 5
