"""Ages over 89 written in words in about 30 languages, checked against an outside
reference: the `num2words` package spells every number from 90 to 129 in each language,
and each spelling, put after that language's word for "age" or between commas after a
name, must be masked. Beside them: the same words as counts, durations and scores stay.
The vocabulary file must equal what resources/age_words.py writes from the pinned
num2words."""

from __future__ import annotations

import pytest
from num2words import num2words

from app.redaction import spelled_ages
from app.redaction.ages import find_ages
from resources import age_words


def _masked(text: str, value: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and end <= s.end for s in find_ages(text))


def test_vocabulary_file_is_what_num2words_spells() -> None:
    assert age_words.OUT.read_text(encoding="utf-8") == age_words.render()


# Each language's word for "age" on a form, from its own dictionary (not our generator).
AGE_LABELS = {
    "en": "Age", "de": "Alter", "fr": "Âge", "fr_BE": "Âge", "es": "Edad", "it": "Età",
    "pt": "Idade", "pt_BR": "Idade", "nl": "Leeftijd", "pl": "Wiek", "cs": "Věk",
    "sk": "Vek", "hu": "Életkor", "tr": "Yaş", "fi": "Ikä", "sv": "Ålder", "da": "Alder",
    "no": "Alder", "ro": "Vârsta", "ru": "Возраст", "uk": "Вік", "vi": "Tuổi", "id": "Umur",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(AGE_LABELS))
def test_every_spelling_after_an_age_label_is_masked(lang: str) -> None:
    missed = []
    for n in range(90, 130):
        words = num2words(n, lang=lang)
        text = f"Name: X\n{AGE_LABELS[lang]}: {words}\nDiagnose: Z"
        if not _masked(text, words):
            missed.append(words)
    assert missed == []


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "hu", "ru"])
@pytest.mark.parametrize("n", [90, 94, 99, 100, 103, 117, 129])
def test_a_spelling_between_commas_after_a_name_is_masked(lang: str, n: int) -> None:
    words = num2words(n, lang=lang)
    text = f"Mrs Okafor, {words}, was seen today."
    assert _masked(text, words)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She is ninety-four and lives alone.", "ninety-four"),
        ("He is now ninety six.", "ninety six"),
        ("Patient turned one hundred and three last week.", "one hundred and three"),
        ("Grandma is a hundred and two!", "a hundred and two"),
        ("Die Patientin ist neunundneunzig und lebt allein.", "neunundneunzig"),
        ("Frau Müller, zweiundneunzig, wurde aufgenommen.", "zweiundneunzig"),
        ("Alter: hundertdrei", "hundertdrei"),
        ("La paciente tiene noventa y dos años.", "noventa y dos"),
        ("Elle a quatre-vingt-seize ans.", "quatre-vingt-seize"),
        ("Pacjentka, dziewięćdziesiąt sześć lat.", "dziewięćdziesiąt sześć"),
        ("Wiek: dziewiecdziesiat szesc", "dziewiecdziesiat szesc"),
        ("Hon är nittiofem.", "nittiofem"),
        ("Возраст: девяносто шесть", "девяносто шесть"),
    ],
)
def test_ages_in_words_in_context(text: str, value: str) -> None:
    assert _masked(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bewohnerin seit 2019, jetzt neunundneunzig.", "neunundneunzig"),
        ("Il a fêté ses quatre-vingt-seize.", "quatre-vingt-seize"),
        ("Valeur : cent vingt", "cent vingt"),
    ],
)
def test_a_spelling_that_ends_its_clause_is_masked_with_no_age_word(text: str, value: str) -> None:
    # Measured on the DEV-side sets (resources/synthetic/eval_stress): every spelled
    # 90..129 before a punctuation mark or a line's end was an age; counts have a noun
    # after them ("ninety minutes"). So this fails toward masking ("cent vingt" alone).
    assert _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "The infusion ran for ninety minutes.",
        "One hundred patients were enrolled in the trial.",
        "She walked a hundred metres without rest.",
        "Le patient a reçu cent milligrammes.",
        "Die Studie umfasste neunzig Teilnehmer.",
        "Ninety percent of the dose was absorbed.",
        "Das Haus wurde vor neunzig Jahren gebaut.",
        "The clinic has served the town for one hundred years.",
        "He scored ninety-four on the exam.",
        "Hace noventa años se fundó el hospital.",
        "Il y a quatre-vingt-dix ans, la clinique ouvrait.",
        "Sto a casa oggi; the percent of recent stops; el paciente.",
        "Valeur : cent vingt euros",
        "Sto a casa oggi.",
    ],
)
def test_numbers_in_words_that_are_not_ages_stay(text: str) -> None:
    assert find_ages(text) == []


def test_the_gate_skips_texts_without_a_word_for_ninety_or_a_hundred() -> None:
    assert not spelled_ages.may_hold("the patient was seen; el paciente; 5 percent; recent")
    assert spelled_ages.may_hold("sechsundneunzig")
    assert spelled_ages.may_hold("sto dwa")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("92J, weiblich, Sturz", "92"),
        ("101a, mujer, caída", "101"),
        ("Paciente 92 a. mujer", "92"),
        ("Female, 99, fall at home", "99"),
        ("Die Patientin ist 92 und lebt allein.", "92"),
        ("La paciente tiene 101.", "101"),
        ("Hon är 95 och bor ensam.", "95"),
    ],
)
def test_numeric_ages_with_a_glued_unit_and_sex_or_said_in_other_languages(
    text: str, value: str
) -> None:
    assert _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Sie ist 92 cm groß.",
        "Elle a 92 euros sur son compte.",
        "Il paziente ha 92 battiti al minuto.",
        "Gate 92 A, Terminal 2",
        "Room 92, bed 4.",
        "Female, 99 kg",
    ],
)
def test_numbers_near_person_words_that_are_not_ages_stay(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient Age: 096Y", "096Y"),  # DICOM Age String (PS3.5, VR AS)
        ("(0010,1010) AS 102Y", "102Y"),
        ("Hon är en 96-åring från stan.", "96"),
        ("Geschlecht/Alter: w/96", "96"),
        ("Frau X (w, 96)", "96"),
        ("Wiek pacjenta: 96", "96"),
        ("Alter des Patienten: 101", "101"),
        ("Edad del paciente: 94", "94"),
        ("Âge du patient : 99", "99"),
        ("Patientenalter: 92", "92"),
    ],
)
def test_dicom_age_strings_nordic_nouns_and_german_sex_letter(text: str, value: str) -> None:
    assert _masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Discharged w/ 96 tablets",
        "w/ 100 patients",
        "Part 096X",
        "Size 096YR2",
        "Alter des Patienten: 45",
        "Numer pacjenta: 96 1234",
    ],
)
def test_with_abbreviation_and_codes_stay(text: str) -> None:
    assert find_ages(text) == []
