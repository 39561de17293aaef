"""Ages over 89 (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): "all ages over 89" are
folded into "90 or older"), in the forms people write them. Pure `re`; only the number is
masked, so "aged <AGE_1>" and "<AGE_1>-year-old" still read as an age.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

# The forms people write: "aged 95", "age: 101", "Alter 92", "âgée de 93 ans", "(94)" after
# a word, "92-year-old", "94 y/o", "93yo", "97 yrs", "92 years of age", "91 ans", "92 Jahre",
# "95 años", "96 anni", "93 lat", "94 yaşında", "91 let", "98 år", "96 éves", "101 de ani",
# "95 vuotta", "92 tuổi".
_AGE_BEFORE = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        age aged age: aged: age_is ages âge âgé âgée âgé_de âgée_de alter im_alter_von
        edad de_edad età di_età wiek w_wieku leeftijd idade com_idade yaş yaşı věk
        ve_věku vo_veku vârsta vârstă în_vârstă_de ålder alder i_en_alder_af ikä
        életkor kor umur edad: tuổi
        """
    )
)
_AGE_AFTER = trie_pattern(
    w.replace("_", " ")
    for w in word_list(
        """
        year years year-old years-old year_old years_old yr yrs yr-old yrs-old yr_old y/o
        y.o. y.o yo y ans jahre jahren jähriger jährige jährigen jahre_alt años
        anos anni anno lat lata roku let rokov roků rok jaar jarige år årig åriga årige
        vuotta vuotias vuotiaana éves évesen éve ani de_ani yaş yaşında yaşındaki yaşlı
        tuổi godina godine let tahun taon anyos metai metų gadi gadus aastat
        """
    )
)
# "Age (yrs): 94", "age approx. 94", "aged about 94": a unit or a hedge between word and number
_AGE_UNIT = r"(?:\((?:in\s)?(?:y|yrs?|years?)\)\s{0,2})?"
_ABOUT = r"(?:approx\.?\s?|approximately\s|about\s|around\s|circa\s|ca\.?\s?|~\s?)"
_NINETY = (
    r"ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one)\s(?:hundred)(?:(?:\sand)?\s(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
)
AGE_OVER_89 = fast_regex.compile(
    rf"(?i:(?<![\w])(?:{_AGE_BEFORE})(?![^\W\d_])\.?\s{{0,2}}{_AGE_UNIT}[:=-]?\s{{0,2}}"
    rf"(?:is\s|of\s|de\s|{_ABOUT})?"
    r"(?P<a>9\d|1[0-2]\d)(?![\d.,]\d|[\d])"
    # Spelled out in English: "aged ninety-four", "ninety-one years old"
    rf"|(?<![\w])(?:(?:{_AGE_BEFORE})\s{{1,2}}(?:{_ABOUT})?(?P<d>{_NINETY})"
    rf"|(?P<e>{_NINETY})(?=(?:\s{{1,2}}|-)(?:years?|yrs?|year-old)\b))"
    rf"|(?<![\w.,/-])(?P<b>9\d|1[0-2]\d)(?:\s{{0,2}}|-)(?:{_AGE_AFTER})(?![^\W\d_])"
    r"(?!\s{1,2}(?:ago|later|earlier|before|after|since)\b))"
    # "Mrs Okafor (94)", "Anna K. (101 y)": a bracketed age right after a word
    r"|(?:(?<=[^\W\d_][ \t])|(?<=[^\W\d_]\.[ \t]))"
    r"\((?P<c>9\d|1[0-2]\d)(?:\s?(?i:y|yrs?|yo|j|a|l|ans?))?\)",
    word_led=True,
)


# A cheap test that skips the pattern on a text it cannot match (the second pass runs on
# every view): an age over 89 needs such a number or its word.
_AGE_NUMBER = fast_regex.compile(r"(?<!\d)(?:9\d|1[0-2]\d)(?!\d)")


def _may_hold_age(text: str) -> bool:
    folded = text.casefold()
    return bool(_AGE_NUMBER.search(text)) or "ninety" in folded or "hundred" in folded


# An age over 89 said as a decade or a word: "in her mid-nineties", "a centenarian".
_AGE_WORD = fast_regex.compile(
    r"(?i:(?<![\w-])(?:(?:early|mid|late)[- ]?)?nineties(?![\w])"
    r"|(?<![\w-])(?:super)?centenarians?(?![\w])|(?<![\w-])nonagenarians?(?![\w]))"
)


def _age_words(text: str) -> list[Span]:
    folded = text.casefold()
    if "ninet" not in folded and "centenarian" not in folded and "nonagenarian" not in folded:
        return []
    return [
        Span(m.start(), m.end(), "AGE", "age_word_over_89", 0.7) for m in _AGE_WORD.finditer(text)
    ]


def find_ages(text: str) -> list[Span]:
    """Ages over 89: the number after an age word or before an age unit, a bracketed age
    after a name, and the decade and age words ("mid-nineties", "centenarian")."""
    spans = []
    for m in AGE_OVER_89.finditer(text) if _may_hold_age(text) else ():
        group = next(g for g in "abcde" if m.group(g))
        spans.append(Span(m.start(group), m.end(group), "AGE", "age_over_89", 0.8))
    return spans + _age_words(text)
