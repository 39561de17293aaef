"""Cheap triggers (`fast_regex.Trigger`) answer exactly as the hint patterns they guard.

A trigger skips its pattern only when the lowered text holds none of its literals; that
is sound only if every case-insensitive match of a literal survives `fast_regex.folded`.
The first test checks that for every code point against every letter the triggers use,
in both engines; the Hypothesis test compares the trigger with its pattern on texts
built from the literals, their capitals and the characters that fold oddly.
"""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction import (
    accounts,
    devices,
    fast_regex,
    munged_emails,
    name_neighbours,
    national_ids,
    phones,
    postal_addresses,
    record_numbers,
    user_handles,
)

TRIGGERS = {
    "device words": devices._DEVICE_HINT,
    "short phone words": phones._SHORT_HINT,
    "officer ranks": record_numbers._OFFICER_HINT,
    "CJK number labels": record_numbers._CJK_HINT,
    "Zengin account types": accounts._ZENGIN_HINT,
    "birth-name captions": name_neighbours._BIRTH_CAPTION_GATE,
    "account key stems": user_handles._KEY_GATE,
}
_EVERY_CHARACTER = "".join(
    chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF
)
_LETTERS = sorted({c for t in TRIGGERS.values() for w in t.literals for c in w if c.isalpha()})


@pytest.mark.parametrize("letter", _LETTERS)
def test_every_case_insensitive_match_of_a_letter_folds_to_it(letter: str) -> None:
    for compiled in (regex.compile(f"(?i:{letter})"), re.compile(letter, re.IGNORECASE)):
        for m in compiled.finditer(_EVERY_CHARACTER):
            assert fast_regex.folded(m.group()) == letter, (hex(ord(m.group())), letter)


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("device words", "Dexcom TRANSMITTER 8BQLSU", True),
        ("device words", "Hörgerät rechts", True),
        ("device words", "HÖRGERÄT rechts", True),
        ("device words", "Creatinine 88, potassium 4.1", False),
        ("short phone words", "Bleep 4417", True),
        ("short phone words", "INT. 2231", True),
        ("short phone words", "Mellék: 12", True),
        ("short phone words", "Haemoglobin 131 g/L", False),
        ("officer ranks", "PC 4417 attended", True),
        ("officer ranks", "pc 4417 attended", False),
        ("officer ranks", "SERGEANT Lowe 2231", True),
        ("officer ranks", "Seen on the ward round", False),
        ("CJK number labels", "患者番号A1234567", True),
        ("CJK number labels", "患者A1234567", False),
        ("Zengin account types", "普通 1234567", True),
        ("Zengin account types", "口座 1234567", False),
        ("birth-name captions", "GEBURTSNAME: Roth", True),
        ("birth-name captions", "Nom de jeune fille : Vidal", True),
        ("birth-name captions", "Nazwisko RODOWE: Sowa", True),
        ("birth-name captions", "Seen on the ward round", False),
        ("account key stems", '{"UserPrincipalName": "k.ilves"}', True),
        ("account key stems", "LastModifiedBy=t_okoro", True),
        ("account key stems", "Haemoglobin 131 g/L", False),
    ],
)
def test_trigger_answers_as_its_pattern(name: str, text: str, found: bool) -> None:
    trigger = TRIGGERS[name]
    assert (trigger.search(text) is not None) is found
    assert (trigger.pattern.search(text) is not None) is found


_ODD_FOLDS = "İıſKÅ\u0307ẞß"


def _pieces(trigger: fast_regex.Trigger) -> list[str]:
    words = [*trigger.literals, *trigger.cased]
    return [*words, *(w.upper() for w in words), *(w.title() for w in words), *_ODD_FOLDS]


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_trigger_matches_its_pattern_on_any_text(name: str) -> None:
    trigger = TRIGGERS[name]
    pieces = st.sampled_from(_pieces(trigger)) | st.text(max_size=4)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(pieces, max_size=8).map(" ".join))
    def check(text: str) -> None:
        ours, theirs = trigger.search(text), trigger.pattern.search(text)
        assert (ours and ours.span()) == (theirs and theirs.span())

    check()


# Characters a postcode, a phone or a date is made of, and those that part them.
_SHAPE_CHARACTERS = "0123456789ABCDEHKLMNPSTWXYZaeiost -./,:+()#@\n\t٣é"


@pytest.mark.parametrize(("starts", "pattern", "flags"), fast_regex.LED)
def test_a_led_pattern_matches_as_the_pattern_alone(starts: str, pattern: str, flags: int) -> None:
    led, alone = regex.compile(f"(?={starts}){pattern}", flags), regex.compile(pattern, flags)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(alphabet=_SHAPE_CHARACTERS, max_size=40))
    def check(text: str) -> None:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in alone.finditer(text)]
        assert all(regex.match(starts, text[m.start()], flags) for m in alone.finditer(text))

    check()


def test_postcodes_are_led_by_their_first_character() -> None:
    # (every postcode shape of postal_shapes starts with a digit or a capital)
    assert postal_addresses.POSTCODE.pattern.startswith("(?=[\\dA-Z])")
    assert any(p == postal_addresses.POSTCODE.pattern[11:] for _, p, _ in fast_regex.LED)


# Gates split into one search per alternative: a text holds a match of the alternation
# exactly when it holds a match of one of them.
SPLIT_GATES = {
    "lettered national ids": national_ids._LETTERED_HINTS,
    "munged e-mail addresses": munged_emails._HINTS,
}


@pytest.mark.parametrize("name", sorted(SPLIT_GATES))
def test_a_split_gate_answers_as_its_alternation(name: str) -> None:
    hints = SPLIT_GATES[name]
    joined = regex.compile("|".join(h.pattern for h in hints))
    alphabet = "0123456789ABKZkaedot.-+@ \t[](){}<>\n"

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(alphabet=alphabet, max_size=40) | st.sampled_from(_GATE_CASES))
    def check(text: str) -> None:
        assert any(h.search(text) for h in hints) == (joined.search(text) is not None)

    check()


_GATE_CASES = [
    "CPR 010190-1234",
    "A1234567",
    "12.345.678-K",
    "jane [at] example [dot] org",
    "jane @ example.org",
    "arroba",
    "Potassium 4.1 mmol/L",
]
