"""Ages over 89 (Safe Harbor, 45 CFR 164.514(b)(2)(i)(C)) in the forms clinicians,
insurers, police, HR staff and chat users of many countries write them, each written from
its class (how a language writes an age), with the numbers that must survive beside them:
measurements, rooms and beds, durations, years, prices, "years ago" in each language and
ages up to 89. Only the number is masked. The structured rules run without spaCy (the
workstation's second pass finds these too); the last tests run the whole text path."""

from __future__ import annotations

from typing import Any

import pytest

from app.redaction import second_pass
from app.redaction.ages import find_ages, is_span_of_time
from app.redaction.text import redact_text


def _ages(text: str) -> list[str]:
    return sorted(text[s.start : s.end] for s in find_ages(text))


ENGLISH = [
    "92-year-old", "92 year old", "92 year-old", "92-years-old", "92 y/o", "92y/o", "92yo",
    "92 yo", "92 y.o.", "92y.o.", "92y", "92 yrs", "92yrs", "92-yr-old", "92 yr old",
    "92 yoa", "aged 92", "Aged: 92", "age 92", "Age: 92", "AGE: 92", "age of 92",
    "at the age of 92", "92 years of age", "92 yrs of age", "92 M", "92F", "92M", "M/92",
    "F/92", "92/F", "F, 92", "92yoF", "92 yo M", "turned 92", "turns 92", "92nd birthday",
    "her 92nd", "Age | 92", "| Age | 92 |", "Age (yrs): 92", "Age (years) 92",
    "Age/Sex: 92/F", "Age/Sex: 92 M", "Sex/Age: F/92", "age at entry: 92",
    "Age next birthday: 92", "died at 92", "still driving at 92", "(age 92)", "(92 yrs)",
    "I'm 92", "she's 92", "he is 92", "mum is 92", "Mrs Okafor (92)", "DOB 03/04/1931 (92)",
    "DOB 1931 (age 92)", "age approx. 92",
]  # fmt: skip

OTHER_LANGUAGES = [
    # German
    "92 Jahre alt", "92-jährige", "92-Jährige", "92jähriger", "im Alter von 92 Jahren",
    "Alter: 92", "Alter 92 J.", "92 Jahre", "92. Geburtstag", "im 92. Lebensjahr",
    # French
    "92 ans", "âgé de 92 ans", "âgée de 92 ans", "Âge : 92 ans", "à l'âge de 92 ans",
    "92e anniversaire",
    # Spanish, Italian, Portuguese
    "92 años", "de 92 años de edad", "edad: 92", "Edad 92", "tiene 92 años", "92 anni",
    "di 92 anni", "età: 92", "92enne", "una 92enne", "92 anos", "com 92 anos", "idade: 92",
    # Dutch, Polish, Czech, Slovak, Hungarian, Romanian, Turkish
    "92 jaar", "92-jarige", "leeftijd: 92", "92 jaar oud", "92 lata", "95 lat", "92-letni",
    "92-letnia", "lat 92", "wiek: 92", "w wieku 92 lat", "92 let", "92letý", "92letá",
    "věk: 92", "92 rokov", "92-ročný", "92 éves", "életkor: 92", "92 de ani",
    "în vârstă de 92 de ani", "vârsta: 92", "92 yaşında", "92 yaşındaki", "yaş: 92",
    # Nordic, Finnish, Vietnamese, Indonesian and Malay
    "92 år", "92-årig", "92 år gammal", "ålder: 92", "alder: 92", "92-vuotias",
    "92 vuotta", "ikä: 92", "92 tuổi", "tuổi: 92", "92 tahun", "umur 92 tahun", "usia: 92",
    # Greek, Russian, Ukrainian
    "92 ετών", "92 χρονών", "ηλικία: 92", "92 года", "95 лет", "92-летняя", "возраст: 92",
    "в возрасте 92 лет", "92 роки", "вік: 92", "92-річна", "у віці 92 років",
    # Japanese, Chinese, Korean (no spaces around the number)
    "92歳", "患者は92歳の女性", "92才", "年齢：92", "92岁", "92歲", "92周岁", "年龄：92",
    "92세", "92살", "나이: 92", "만 92세",
    # Other languages in Latin script
    "92 saal", "umri wa miaka 92", "92 taong gulang",
]  # fmt: skip


@pytest.mark.parametrize("form", ENGLISH + OTHER_LANGUAGES)
def test_ages_over_89_mask_only_the_number(form: str) -> None:
    text = f"Note: {form} today."
    assert _ages(text) == (["92"] if "92" in form else ["95"])
    masked = second_pass.mask_text(text)[0]
    assert not any(n in masked for n in ("92", "95"))
    assert all(w in masked for w in ("Note:", "today."))


@pytest.mark.parametrize("age", ["90", "101", "110", "129"])
def test_the_whole_range_of_ages_over_89(age: str) -> None:
    assert _ages(f"a {age}-year-old man, aged {age}") == [age, age]


@pytest.mark.parametrize(
    ("form", "words"),
    [("aged ninety-two", "ninety-two"), ("ninety two years old", "ninety two"),
     ("a ninety-year-old", "ninety"), ("one hundred and thirteen years of age",
     "one hundred and thirteen"), ("turned one hundred", "one hundred"),
     ("age one hundred and twenty-one", "one hundred and twenty-one")],
)  # fmt: skip
def test_ages_in_words(form: str, words: str) -> None:
    assert _ages(f"Patient {form}, frail.") == [words]


NOT_AGES = [
    # measurements and vital signs, in the places ages stand
    "92 mg", "BP 92/60", "HR 92", "SpO2 92%", "sats 92% on air", "92 kg", "Hb 92 g/L",
    "92 mmHg", "pulse 96", "glucose 95", "FEV1 92%", "temp 99F", "Tmax 101 F", "99°F",
    "95% CI", "score 92/100", "90-95", "insulin 96 units", "92 cm",
    # places, counts, money, running numbers
    "room 92", "bed 92", "ward 9", "page 92", "route 95", "bus 93", "top 100", "£92",
    "$100", "€95", "No. 92", "#92", "92 patients", "over 100 staff", "92 points",
    # durations and years gone by, in each language
    "92 days", "90 minutes", "92 years ago", "in 1992", "92 years later", "for 92 years",
    "vor 92 Jahren", "seit 92 Jahren", "il y a 92 ans", "depuis 92 ans", "hace 92 años",
    "92 anni fa", "da 92 anni", "há 92 anos", "92 jaar geleden", "92 lat temu",
    "92 år sedan", "92 vuotta sitten", "acum 92 de ani", "92 года назад", "92年前",
    "92 tahun yang lalu", "100 years of history", "92 years since",
    # ages up to 89 (Safe Harbor keeps them)
    "aged 45", "45-year-old", "age 67", "89 years old", "aged 89", "Alter 54", "54 ans",
    "67 años", "Age: 23", "she's 45",
    # a number after a verb that also says an age ("sats still low at 92")
    "sats still low at 92.", "HR 110, now 96.", "patient is 92 kg",
]  # fmt: skip


@pytest.mark.parametrize("phrase", NOT_AGES)
def test_numbers_that_are_no_age_over_89_stay(phrase: str) -> None:
    assert _ages(f"Seen today: {phrase} noted.") == []


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [("for 92 years", 4, 6, True), ("92 years ago", 0, 2, True), ("vor 92 Jahren", 4, 6, True),
     ("92 years old", 0, 2, False), ("aged 92", 5, 7, False), ("92 Jahre alt", 0, 2, False)],
)  # fmt: skip
def test_spans_of_time(text: str, start: int, end: int, expected: bool) -> None:
    assert is_span_of_time(text, start, end) is expected


def test_an_age_is_not_masked_again_where_the_number_is_a_measurement(analyzer: Any) -> None:
    out = redact_text("A 92-year-old woman. HR 92, BP 92/60, room 92.").text
    assert "92-year-old" not in out
    assert all(kept in out for kept in ("HR 92", "BP 92/60", "room 92"))


@pytest.mark.parametrize(
    "text", ["The hospital was founded 92 years ago.", "She smoked for 92 years, she says."]
)
def test_years_gone_by_stay_on_the_whole_text_path(analyzer: Any, text: str) -> None:
    assert "92 years" in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    ["Mr Haddad, a 97 y/o man, fell.", "Pani Zofia Nowak, lat 97, upadła w domu.",
     "Frau Berger (97) stürzte.", "[10:02] kasia: my gran is 97 and has a cough"],
)  # fmt: skip
def test_ages_over_89_leave_the_whole_text_path_masked(analyzer: Any, text: str) -> None:
    assert "97" not in redact_text(text).text


@pytest.mark.parametrize(
    ("text", "age"),
    [("| Name | Age |\n|---|---|\n| Okafor | 92 |", "92"),
     ("Name\tAge (yrs)\tWard\nOkafor\t101\tB", "101"),
     ("name;Alter;Station\nMüller;93;4B", "93"),
     ("Adaeze Okafor, 94, was admitted overnight.", "94"),
     ("The patient, 96, lives alone.", "96"),
     ("Female, 97, presents with confusion.", "97"),
     ("97, female, presents with confusion.", "97"),
     ("A widow in her 90s, she lives alone.", "90")],
)  # fmt: skip
def test_ages_by_their_place_in_a_table_or_a_sentence(text: str, age: str) -> None:
    assert _ages(text) == [age]


@pytest.mark.parametrize(
    "text",
    ["| Ward | Beds |\n|---|---|\n| B | 92 |", "HR, 92, BP 120/80.", "Room 92, male ward.",
     "Popular in the 90s.", "Sats in the mid-90s on air.", "Glucose 1,92 mmol", "Page 92, line 3."],
)  # fmt: skip
def test_numbers_in_tables_and_lists_that_are_no_age_stay(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [("Sie ist zweiundneunzig Jahre alt.", "zweiundneunzig"),
     ("Die Zweiundneunzigjährige stürzte.", "Zweiundneunzigjährige"),
     ("Elle a quatre-vingt-douze ans.", "quatre-vingt-douze"),
     ("Tiene noventa y dos años.", "noventa y dos"),
     ("Una donna di novantadue anni.", "novantadue"),
     ("Hij is tweeënnegentig jaar.", "tweeënnegentig"),
     ("Ma dziewięćdziesiąt dwa lata.", "dziewięćdziesiąt dwa"),
     ("Tem noventa e dois anos.", "noventa e dois"),
     ("Ей девяносто два года.", "девяносто два")],
)  # fmt: skip
def test_ages_in_the_words_of_other_languages(text: str, words: str) -> None:
    assert _ages(text) == [words]


@pytest.mark.parametrize(
    "text", ["vor neunzig Jahren", "il y a quatre-vingt-dix ans", "neunzig Minuten",
             "quatre-vingt-douze euros", "noventa días"],
)  # fmt: skip
def test_numbers_in_words_that_are_no_age_stay(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    "text", ["The claimant is 96.", "Age/DOB: 96 / 01.02.1928", "My aunt is 96, she says."]
)
def test_more_people_said_to_be_an_age(text: str) -> None:
    assert _ages(text) == ["96"]


@pytest.mark.parametrize("text", ["HR was 96.", "The rate is 96.", "Sats were 96 on air."])
def test_a_measurement_said_to_be_a_number_stays(text: str) -> None:
    assert _ages(text) == []
