"""Numbers read out digit by digit that a run of seven words alone does not find (issue
15, session 44, split Z): a shorter run after a number word, the rest of a number carried
to the next cue of a subtitle or transcript, "double" counted twice, Polish digit words,
a full stop after the last word. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.read_out_numbers import find_read_out_numbers
from app.redaction.spoken_digits import find_spoken_numbers
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("unit number two seven oh four one then the ward", "two seven oh four one",
         "RECORD_NUMBER"),
        ("Patient said her phone is eight three one five", "eight three one five",
         "PHONE_NUMBER"),
        ("then double seven double three oh nine one", "double seven double three oh nine one",
         "PHONE_NUMBER"),
        ("Rückrufnummer: vier acht null zwei eins", "vier acht null zwei eins",
         "PHONE_NUMBER"),
    ],
)  # fmt: skip
def test_short_run_after_a_number_word_is_masked(text: str, number: str, kind: str) -> None:
    found = [s for s in find_read_out_numbers(text) if text[s.start : s.end] == number]
    assert found
    assert found[0].kind == kind
    assert number in _values(find_structured(text), text)


def test_number_carried_to_the_next_cue_is_masked() -> None:
    text = (
        "12\n00:01:02,000 --> 00:01:05,500\nWITNESS: you can call me on five one one two\n\n"
        "13\n00:01:05,600 --> 00:01:07,000\nWITNESS: three nine eight, thanks.\n"
    )
    values = _values(find_read_out_numbers(text), text)
    assert {"five one one two", "three nine eight"} <= values


def test_a_turn_that_opens_with_digit_words_without_a_number_before_stays() -> None:
    text = "AGENT: how many were there?\nCALLER: one two three of them, maybe\n"
    assert find_read_out_numbers(text) == []


def test_polish_digit_words_and_a_final_full_stop() -> None:
    text = "Mój numer: dwa trzy siedem osiem jeden zero pięć sześć dziewięć."
    assert "dwa trzy siedem osiem jeden zero pięć sześć dziewięć" in _values(
        find_spoken_numbers(text), text
    )
    text = "Best to ring four one seven seven two zero nine."
    assert "four one seven seven two zero nine" in _values(find_spoken_numbers(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "We had two beds and one two three nurses on shift.",
        "number one priority, then two",
        "Score: one two three",
        "temperature 38.2, reference range 3.5-5.0",
        "reference 1.2.3 and 4-5-6",
    ],
)
def test_counts_stay_readable(text: str) -> None:
    assert find_read_out_numbers(text) == []


def test_answer_to_a_question_for_the_number_is_masked() -> None:
    text = "OPERATOR: and the claim number?\nINSURED: it's 5 0 8 8 1 3\n"
    assert "5 0 8 8 1 3" in _values(find_read_out_numbers(text), text)


def test_numerals_carried_to_the_next_cue_are_masked() -> None:
    text = (
        "3\n00:00:09,000 --> 00:00:12,000\nWITNESS: my mobile is 07911 204\n\n"
        "4\n00:00:12,100 --> 00:00:13,900\nWITNESS: 883, sorry.\n"
    )
    assert "883" in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    ["Tel: 0113 496 0321\n452 Oakfield Road\n", "Mobile: 0113 496 0321\nMileage: 452 miles\n"],
)
def test_a_form_line_after_a_phone_is_not_carried(text: str) -> None:
    assert "452" not in _values(find_structured(text), text)


def test_the_same_speaker_goes_on_with_the_numerals() -> None:
    text = "CALLER: my mobile is 0113 496\nCALLER: 0321, that's it\n"
    assert "0321" in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "Telefon: šest sedm osm nula jedna dva tři čtyři",
        "Telefon: altı yedi sekiz sıfır bir iki üç dört",
        "телефон: восемь девять ноль один два три четыре пять",
        "ring: sju åtta noll ett två tre fyra",
    ],
)
def test_more_languages_said_digit_by_digit(text: str) -> None:
    assert find_spoken_numbers(text)
