"""Names without a capital's help: surnames in capitals known by their language's endings,
names answered to a question for the name, the value of a lower-case "name" field, birth
names after their marker ("née"), the agent of what was done ("received by Dawn") and
the display name of an e-mail address that holds its words.

Cases come from the onomastics of each language (the endings `surname_shapes.ENDINGS`
lists) and from how chats and quick notes are typed; negatives are headings, clinical
words, drugs, places and ordinary replies.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction.given_names import contacted_given_names, lower_case_name_fields
from app.redaction.name_neighbours import birth_names, display_names
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
@given(st.text(alphabet=st.sampled_from("AEIOUDZKVSHNLĆÓabcz \n:-/(<[@."), max_size=200))
def test_the_finders_return_spans_inside_the_text(text: str) -> None:
    found = caps_surnames(text) + birth_names(text) + contacted_given_names(text)
    for span in found + display_names(text + "@x"):
        assert 0 <= span.start < span.end <= len(text)
    for span in lower_case_name_fields("name " + text):
        assert 0 <= span.start < span.end
        assert span.end <= len(text) + 5


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deceased: Karin Vik (née Schneider), ninety-six years", "Schneider"),
        ("Anna Nowak z d. Kowalska", "Kowalska"),  # Polish "z domu"
        ("Maria Huber geb. Müller-Lang", "Müller-Lang"),  # German "geborene"
        ("Jana Nováková, rozená Dvořáková", "Dvořáková"),  # Czech
        ("Lucia Rossi, nata Bianchi", "Bianchi"),  # Italian
        ("Anna Virtanen o.s. Korhonen", "Korhonen"),  # Finnish "omaa sukua"
    ],
)
def test_a_birth_name_after_its_marker_is_a_name(text: str, name: str) -> None:
    assert _found(birth_names(text), text) == [name]


@pytest.mark.parametrize(
    "text",
    ["Herr Huber, geb. 12.03.1980 in Wien", "Nata il 3 maggio 1950", "née en 1950 à Lyon"],
)
def test_a_birth_date_after_the_marker_is_no_name(text: str) -> None:
    assert birth_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the form's caption says the field is a surname: a common word is one there
        ("Sex: F   Maiden surname: BAKER\nOccupation: nurse", "BAKER"),
        ("Forename(s) ____ Ada\nPrevious surname Hope\nDate of birth", "Hope"),
        ("Maiden name (if any): Bell\n", "Bell"),
        ("Name at birth ....... Young\n", "Young"),
        ("Geburtsname: Bauer\n", "Bauer"),
        ("nom de naissance : ROY\n", "ROY"),
        ("nazwisko rodowe: Kos   imię: Ewa", "Kos"),
    ],
)
def test_a_birth_name_captions_value_is_a_name(text: str, name: str) -> None:
    assert name in _found(birth_names(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Maiden name: None\n",
        "Previous surname: N/A\n",
        "Previous names: Unknown\n",
        "Her previous name was changed in 2010.",  # prose: the value does not fill a field
        "Previous name Change Request form",
    ],
)
def test_a_birth_name_caption_without_a_name_gives_none(text: str) -> None:
    assert birth_names(text) == []


@_SETTINGS
@given(
    st.lists(
        st.sampled_from(["Maiden surname", "Previous name", ":", " ", "  ", "\n", "Ward", "é"]),
        max_size=12,
    ).map("".join)
)
def test_birth_name_captions_give_spans_inside_the_text(text: str) -> None:
    for span in birth_names(text):
        assert 0 <= span.start < span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bed 4: empty. Handed over by Andre, received by Dawn.", "Dawn"),
        ("Sample checked by Joy at 10:40", "Joy"),
        ("Consent witnessed by Grace.", "Grace"),
    ],
)
def test_the_agent_of_what_was_done_is_a_name(text: str, name: str) -> None:
    assert name in _found(contacted_given_names(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen by Cardiology at 10:00",
        "Must be received by May 3",
        "Discharged by Friday if stable",
        "Assessed by Nurse practitioner",
        "Collected by Courier",
    ],
)
def test_a_desk_or_a_date_after_by_is_no_name(text: str) -> None:
    assert contacted_given_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Solicitor: Sophie Hall (hallso91@yahoo.com)", "Sophie Hall"),  # "Hall" is a word
        ("Cc: Ana Ruiz <ana.r@example.es>", "Ana Ruiz"),  # RFC 5322 display name
        ("From: Joy Obi [mailto:joy.obi@example.ng]", "Joy Obi"),
    ],
)
def test_the_display_name_of_an_address_holding_its_words_is_a_name(text: str, name: str) -> None:
    assert _found(display_names(text), text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "To: Claims Team <claims@insurer.example>",
        "Contact Pharmacy (pharmacy@nhs.example)",
        "Support Desk (support@example.com)",
        "Bob Stone <helpdesk@example.com>",  # the address holds none of the words
    ],
)
def test_a_desk_or_an_unrelated_address_gives_no_display_name(text: str) -> None:
    assert display_names(text) == []
