"""Structured identifiers in the written forms of many languages (issue 15, second round):
each case is written from its class (a date form, an age form, a plate next to a plate
word, a postcode shape), not copied from any generated document. These run without spaCy:
the workstation's second pass finds them too."""

from __future__ import annotations

import pytest

from app.redaction import second_pass
from app.redaction.structured import find_structured
from app.redaction.text import merge_spans


def _found(text: str, kinds: set[str]) -> list[str]:
    return [text[s.start : s.end] for s in merge_spans(find_structured(text)) if s.kind in kinds]


def _masked(text: str, value: str) -> bool:
    """True when every character of `value` (its first occurrence) lies in a finding."""
    start = text.index(value)
    spans = merge_spans(find_structured(text))
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value)))


DATES = [
    "3rd of March 1950",
    "March 3, 1950",
    "03-Mar-1950",
    "3 Mar '50",
    "03MAR1950",
    "Monday, 3 March 1950",
    "Fri Mar 3, 1950",
    "12. März 1950",
    "Dez. 27, 2004",
    "3 de marzo de 1950",
    "3 marca 1950",
    "3. března 1950",
    "3 martie 1950",
    "3 maart 1950",
    "3 mars 1950",
    "3. maaliskuuta 1950",
    "1950. március 3.",
    "ngày 3 tháng 3 năm 1950",  # "ngày" (day) is a word, the date follows it
    "3 Şubat 1950",
    "woensdag, 3 mei 1950",
    "1950.03.03.",
    "3. 3. 1950",
    "03.03.50",
    "3 3 1950",
    "1950-3-3",
]


@pytest.mark.parametrize("form", DATES)
def test_dates_in_every_common_form_are_found_whole(form: str) -> None:
    text = f"Date of birth: {form}. Seen today."
    assert _masked(text, form.removeprefix("ngày "))
    assert not _masked(text, "Date of birth")
    assert not _masked(text, "Seen today")
    assert second_pass.find(text)


@pytest.mark.parametrize(
    "phrase",
    ["on Monday", "in 2019", "for 3 days", "BP 130/80", "did 3 sets of 10", "every 2 weeks"],
)
def test_year_weekday_and_duration_alone_stay(phrase: str) -> None:
    assert _found(f"Patient seen {phrase} as planned.", {"DATE_TIME"}) == []


AGES = [
    "aged 92",
    "92-year-old",
    "92 y/o",
    "92yo",
    "92 yrs",
    "age: 92",
    "Age 92",
    "Mrs Okafor (92)",
    "92 years of age",
    "92 Jahre",
    "92 ans",
    "92 años",
    "92 anni",
    "92 lat",
    "92 jaar",
    "92 anos",
    "92 yaşında",
    "92 let",
    "92 år",
    "92 éves",
    "92 de ani",
    "92 tuổi",
    "âgée de 92 ans",
    "Alter: 92",
    "Age (yrs): 92",
    "age approx. 92",
    "aged about 92",
]


@pytest.mark.parametrize("form", AGES)
def test_ages_over_89_mask_the_number(form: str) -> None:
    # the number, with the unit word written after it ("92 ans": a form's value)
    found = _found(f"Patient {form} today.", {"AGE"})
    assert found == ["92"] or (len(found) == 1 and found[0][:2] == "92" and form.endswith(found[0]))


@pytest.mark.parametrize(
    "phrase", ["aged 89", "age 45", "92 mg", "room 92", "BP 92/60", "92 patients", "92 years ago"]
)
def test_ages_up_to_89_and_other_numbers_stay(phrase: str) -> None:
    assert _found(f"Patient {phrase} today.", {"AGE"}) == []


@pytest.mark.parametrize(
    ("form", "number"),
    [
        ("aged ninety-two", "ninety-two"),
        ("ninety-two years old", "ninety-two"),
        ("age one hundred and two", "one hundred and two"),
    ],
)
def test_ages_over_89_spelled_out_mask_the_number(form: str, number: str) -> None:
    found = _found(f"Patient {form} today.", {"AGE"})
    assert len(found) == 1
    assert found[0].startswith(number)
    assert found[0] in form


@pytest.mark.parametrize("phrase", ["walked ninety metres", "ninety patients", "ninety minutes"])
def test_spelled_out_numbers_that_are_no_age_stay(phrase: str) -> None:
    assert _found(f"Patient {phrase} today.", {"AGE"}) == []


@pytest.mark.parametrize(
    "cue",
    ["Kennzeichen:", "immatriculation", "matrícula", "targa", "nr rej.", "kenteken", "placa",
     "plaka", "registreringsnummer", "rendszám", "SPZ"],
)  # fmt: skip
def test_plates_after_a_plate_word_in_many_languages(cue: str) -> None:
    text = f"Vehicle {cue} KX-482-PB seen at the gate."
    assert _masked(text, "KX-482-PB")
    assert not _masked(text, "seen at the gate")


def test_a_plate_a_line_after_its_word_is_masked() -> None:
    text = "[10:01] agent: and your plate?\n[10:02] caller: TR7-WQ, thanks"
    assert _masked(text, "TR7-WQ")


@pytest.mark.parametrize(
    "cue",
    ["Führerschein", "permis de conduire", "licencia de conducir", "patente di guida",
     "prawo jazdy", "rijbewijs", "CNH", "ehliyet", "körkort", "jogosítvány"],
)  # fmt: skip
def test_licence_numbers_after_licence_words_in_many_languages(cue: str) -> None:
    text = f"Driver holds {cue} B.625.387 since then."
    assert _masked(text, "B.625.387")


ADDRESSES = [
    "Lindgatan 4, 123 45 Exempelby",
    "Havnevej 12, 8000 Aarhus",
    "Kuusitie 5\n00100 Helsinki",
    "Dlouhá 7\n110 00 Praha",
    "Fő utca 12., H-1011 Budapest",
    "Strada Lungă Nr. 5, Brașov, 500001",
    "Ilica ulica 9, 1000 Ljubljana",
    "Jalan Merdeka No. 4, Bandung, Jawa Barat 40111",
    "12 Wattle Reach, Eastwood, NSW, 2122",
    "Rua do Sol, 45, 4000-123 Porto",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_street_lines_before_a_postcode_go_with_it(address: str) -> None:
    text = f"Home address:\n{address}\n\nThe patient was seen in clinic today."
    found = _found(text, {"ADDRESS"})
    assert any(address in f for f in found), found


@pytest.mark.parametrize(
    "box",
    ["PO Box 4821", "P.O. Box 4821", "Postfach 4821", "BP 4821", "Apartado de correos 4821",
     "Casella postale 4821", "Postbus 4821", "Skrytka pocztowa 4821", "Caixa Postal 4821",
     "Posta kutusu 4821", "Postboks 4821"],
)  # fmt: skip
def test_post_office_boxes_in_many_languages(box: str) -> None:
    assert _found(f"Reply to {box} before Friday.", {"ADDRESS"}) == [box]


def test_blood_pressure_is_no_post_office_box() -> None:
    assert _found("BP 130/80 sitting, HR 72.", {"ADDRESS"}) == []
