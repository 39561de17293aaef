"""Names in fields, speaker tags and register forms, whatever the script
(app/redaction/name_fields.py, the chat speakers of names.py and name_slots.py, the initials
of name_forms.py): a label decides, not a capital letter.

The forms come from the conventions that write them: a register's comma inversion
("Surname, Given", as indexes and the ICAO 9303 name field order the parts), an initial
with a dot, a roster's pair joined by a slash, a bilingual form's bracketed field; the chat
lines from the export formats of WhatsApp (Android "d/m/yy, hh:mm - Name:", iOS
"[d/m/yy, hh:mm:ss] Name:" opened by U+200E on attachment lines, the long date with the
weekday), of Zoom ("hh:mm:ss From Name to Everyone:") and of Teams, Slack and Discord
("Name  hh:mm" or "Name — Today at hh:mm" before the message). Negatives: a value in
another script that is no person (a diagnosis, a language, a subject line, a sentence), and
English words ending like agent nouns.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.name_fields import names_in_fields, uncased_name_words
from app.redaction.name_forms import initials_without_dots, is_agent_noun
from app.redaction.name_slots import names_in_slots
from app.redaction.names import find_names

# Ordinary words a language model knows (what `text.py` asks spaCy's vocabulary).
_KNOWN = frozenset(
    {"paracetamol", "ibuprofen", "breakfast", "lunch", "dinner", "clinic", "given", "held"}
)


def in_fields(text: str) -> set[str]:
    return {text[s.start : s.end] for s in names_in_fields(text)}


def in_slots(text: str) -> set[str]:
    return {text[s.start : s.end] for s in names_in_slots(text, _KNOWN.__contains__)}


def by_position(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_names(text)}


FIELDS = {
    # "Surname, Given" after any label, in Han, Arabic, Devanagari, Bengali, Thai, Hebrew.
    "han comma form": ("Account holder: 陳, 志明\nBranch 0042", "陳, 志明"),
    "persian comma form after a role": ("Next of kin حسینی, مریم, tel. 0912", "حسینی, مریم"),
    "devanagari comma form": ("Tenant: गुप्ता, अनिल  Unit 4", "गुप्ता, अनिल"),
    "bengali comma form after an acronym": ("UBO: রহমান, সাকিব", "রহমান, সাকিব"),
    "hebrew comma form": ("Guarantor: כהן, דנה", "כהן, דנה"),
    # An initial with a dot and a surname.
    "bengali initial": ("Checked: ম. রহমান", "ম. রহমান"),
    "hangul initial after an agent noun": ("Pharmacist 민. 김 2024-03-01", "민. 김"),
    "han initial": ("Signed: 伟. 张", "伟. 张"),
    # A bilingual form's bracketed fields.
    "bracketed given name": ("Given name [ ناصر ]  Family name [ حسینی ]", "ناصر"),
    "bracketed family name": ("Given name [ ناصر ]  Family name [ حسینی ]", "حسینی"),
    # A roster's pair after a plural role.
    "thai pair": ("Paramedics: ศรีสุข/วงศ์ใหญ่  Vehicle 12", "ศรีสุข/วงศ์ใหญ่"),
    "devanagari crew pair": ("Crew: शर्मा/अधिकारी", "शर्मा/अधिकारी"),
    # A plain run after a word that leads to a person.
    "after with": ("Shift swapped with ফাহিম.", "ফাহিম"),
    "after by, two han parts": ("Report checked by 伟 王 (ext 221)", "伟 王"),
    "after an agent noun": ("Sonographer אורית לוי, room 3", "אורית לוי"),
    "a surname alone after a police rank": ("Arresting officer: DC 林 4471", "林"),
    "a german form's deputy": ("Vertretung: 王芳\nUnterschrift: F. Brandt", "王芳"),
    "hyphenated persian surname": ("Donor مریم رضایی-نیا DOB 1980", "مریم رضایی-نیا"),
}


@pytest.mark.parametrize(("text", "name"), FIELDS.values(), ids=FIELDS.keys())
def test_a_name_in_a_field_is_found_whatever_its_script(text: str, name: str) -> None:
    assert name in in_fields(text)


NOT_NAMES = {
    "diagnosis in han": "Diagnosis: 高血压\n",
    "language": "Preferred language: 普通话",
    "subject line": "Subject: 会议纪要",
    "a sentence after a role": "Nurse: كان المريض يشكو من ألم في الصدر اليوم",
    "a place after in": "Seen in 정신과 today",
    "a han word that fills a missing name": "Nurse: 患者",
    "one han letter that is no surname": "Approved by 好 yesterday",
    "a surname letter after a greeting alone": "Dear 王,",
    "a sex after a label": "Sex: 男",
    "a word after an ordinary noun": "Number: 三百",
    "a list of three": "Witness: 甲, 乙, 丙",
    "the ordinal indicator": "Nº 5 and 1ª vez",
}


@pytest.mark.parametrize("text", NOT_NAMES.values(), ids=NOT_NAMES.keys())
def test_other_values_in_another_script_stay(text: str) -> None:
    assert in_fields(text) == set()


SPEAKERS = {
    "android with the weekday": (
        "Friday, 4 October 2024, 20:31 - 美咲: on my way\n"
        "Friday, 4 October 2024, 20:32 - Tomás: ok\n",
        {"美咲", "Tomás"},
    ),
    "ios in brackets, with the left-to-right mark": (
        "[04/10/2024, 20:31:07] سارا: سلام\n"
        "\u200e[04/10/2024, 20:31:40] Jan Nowak: image omitted\n",
        {"سارا", "Jan Nowak"},
    ),
    "us order with a narrow space before PM": (
        "10/4/24, 8:31\u202fPM - অনিক: running late\n",
        {"অনিক"},
    ),
}


@pytest.mark.parametrize(("text", "names"), SPEAKERS.values(), ids=SPEAKERS.keys())
def test_a_stamped_speaker_is_a_name_in_any_script(text: str, names: set[str]) -> None:
    assert names <= by_position(text)


ZOOM = {
    "to everyone": (
        "21:14:05 From 美咲 to Everyone:\nhi all\n21:15:10 From Jan Nowak to Everyone:\nhi\n",
        {"美咲", "Jan Nowak"},
    ),
    "a direct message names both": (
        "09:02:11 From Jan Nowak to 美咲(Direct Message):\nsee you\n",
        {"Jan Nowak", "美咲"},
    ),
    "the older form": ("09:02:11\t From  Jan Nowak : hello\n", {"Jan Nowak"}),
}


@pytest.mark.parametrize(("text", "names"), ZOOM.values(), ids=ZOOM.keys())
def test_zoom_chat_senders_and_addressees(text: str, names: set[str]) -> None:
    assert names <= by_position(text)
    assert "Everyone" not in by_position(text)


def test_unstamped_speakers_in_another_script_take_turns_in_latin() -> None:
    text = "美咲: running late\nعلی رضا: ok\n美咲: see you\nعلی رضا: bye\n"
    assert {"美咲", "علی رضا"} <= by_position(text)


@pytest.mark.parametrize(
    "text",
    ["患者: 头痛\n患者: 发热\n", "患者: headache\n患者: fever\n"],
    ids=["a chinese record", "a role label before english"],
)
def test_an_unstamped_label_in_another_script_is_no_speaker(text: str) -> None:
    assert by_position(text) == set()


CHAT_HEADS = {
    "teams, one word and an initial": (
        "Ward chat\nOkonjo T. 07:58  bloods back\nRūta 08:01  thanks\nOkonjo T. 08:03  ok\n",
        {"Okonjo T.", "Rūta"},
    ),
    "slack, the message on the next line": (
        "Mateusz 9:14 AM\ncan you check bed 2\nSigrún 9:16 AM\ndone\n",
        {"Mateusz", "Sigrún"},
    ),
    "teams, surname comma given": (
        "Meyer, Joanna 09:12  can you check\nRūta 09:13  yes\n",
        {"Meyer, Joanna", "Rūta"},
    ),
    "discord, a dash and the day": (
        "Rūta — Today at 21:14\nhi all\nOkonjo T. — 04/10/2024 21:15\nhello\n",
        {"Rūta", "Okonjo T."},
    ),
    "a drug chart is no chat": ("Paracetamol 08:00  given\nIbuprofen 12:00  held\n", set()),
    "a timetable is no chat": ("Breakfast 08:00  ward\nLunch 12:30  ward\n", set()),
    "one stamped line is no chat": ("Rūta 08:01  thanks\n", set()),
}


@pytest.mark.parametrize(("text", "names"), CHAT_HEADS.values(), ids=CHAT_HEADS.keys())
def test_teams_and_slack_message_heads(text: str, names: set[str]) -> None:
    assert in_slots(text) == names


ROLE_INITIALS = {
    "agent noun in -or": ("Vaccinator R. Adeyemi; batch 44", {"R. Adeyemi"}),
    "agent noun in -ist": ("Optometrist K. Lindqvist (GOC 01-12345)", {"K. Lindqvist"}),
    "agent noun in -er": ("Phlebotomy: sampler D. Okafor", {"D. Okafor"}),
    "word of agency": ("bloods taken by M. Haddad", {"M. Haddad"}),
    "a shift log's signature": ("27.07.2021  Frühdienst N. Hug: Insulin 8 IE", {"N. Hug"}),
    "a designator before a colon": ("Hepatitis B. Results: negative", set()),
    "designator, not a name": ("Hepatitis A and B. Results were negative", set()),
    "a noun ending in -er": ("Number B. Smith", set()),
}


@pytest.mark.parametrize(("text", "names"), ROLE_INITIALS.values(), ids=ROLE_INITIALS.keys())
def test_initials_after_a_role_or_agent_noun(text: str, names: set[str]) -> None:
    assert {text[s.start : s.end] for s in initials_without_dots(text)} == names


@pytest.mark.parametrize(
    ("word", "agent"),
    [
        ("vaccinator", True),
        ("audiologist", True),
        ("physician", True),
        ("assignee", True),
        ("number", False),
        ("checklist", False),
        ("committee", False),
        ("monitor", False),
        ("other", False),
    ],
)
def test_agent_nouns_by_their_ending(word: str, agent: bool) -> None:
    assert is_agent_noun(word) is agent


ROMANISED = {
    "armenian with backticks": (
        "Detainee: KHACH`ATRYAN, Anahit, born 1970",
        "KHACH`ATRYAN, Anahit",
    ),
    "with a modifier apostrophe": ("Holder: T’SERETELI, Nino", "T’SERETELI, Nino"),
}


@pytest.mark.parametrize(("text", "name"), ROMANISED.values(), ids=ROMANISED.keys())
def test_romanised_surname_comma_given_with_marks(text: str, name: str) -> None:
    assert any(name in found for found in by_position(text))


def test_code_spans_are_not_ayin_names() -> None:
    assert by_position("Run `make test` and then `ruff check`.") == set()


def test_the_words_of_a_name_in_another_script_are_its_other_mentions() -> None:
    assert uncased_name_words("翼 山田") == {"翼", "山田"}
    assert uncased_name_words("দাস, আনিস") == {"দাস", "আনিস"}  # vowel signs kept
    assert uncased_name_words("Anna Nowak") == set()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Crew: [],./-\nবাসইম. 王伟ª林 شفي‌عabcé08", max_size=80))
def test_field_finders_take_any_text(text: str) -> None:
    for span in names_in_fields(text) + names_in_slots(text, _KNOWN.__contains__):
        assert 0 <= span.start < span.end <= len(text)
    for word in uncased_name_words(text):
        assert word in text
