"""Surnames in capitals known by their shape: the endings that make a word a family name
in the language it comes from, as registers, passports and e-mail subject lines write a
surname alone in capitals ("claim 2045P338815 - MOSIASHVILI", "Surname at birth: KOTOVA").

The endings are the patronymic and derivational suffixes the onomastics of each language
describes (for Georgian, Russian, Ukrainian, Polish, Armenian, Romanian, Turkish, Greek,
Lithuanian, Latvian, Czech, Scandinavian, Finnish and Spanish surnames): -shvili/-dze (Georgian),
-ov/-ova/-ev/-eva/-ovich/-skaya (East Slavic and Bulgarian), -enko/-chuk/-yuk (Ukrainian),
-ski/-ska/-cki/-cka/-wicz/-czyk (Polish), -yan (Armenian), -escu/-eanu (Romanian),
-oğlu (Turkish), -opoulos/-akis/-idis (Greek), -auskas/-ienė/-aitė/-ytė (Lithuanian),
-iņš/-iņa (Latvian: the diminutive suffix of the commonest surnames, Bērziņš, Kalniņa),
-ová/-ská (Czech and Slovak), -sson/-dóttir (Scandinavian and Icelandic), -nen (Finnish),
-ez (Spanish patronymics) and -ić/-ović (South Slavic, with its diacritic); the East Slavic,
Ukrainian, Georgian and Armenian endings also as Cyrillic writes them ("ГРОМОВА" on a
Russian ward list), but only the feminine, patronymic and adjectival ones: -ов/-ев are also
the genitive plural of Russian nouns ("АНАЛИЗОВ"). Only endings
that ordinary English words of six letters or more do not have are kept: -ian ("PHYSICIAN"),
-ia ("ANAEMIA"), -ina ("ANGINA"), -son ("PERSON") and -sen ("CHOSEN") are left out.

A word in capitals (six letters or more) with such an ending is a surname unless it is a
heading, a drug or a function word. Pure `regex`; a text holding no capital run of six
letters costs one scan.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.name_guards import HEADING_WORDS, looks_like_drug
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "surname_shape"
SCORE: Final = 0.5

ENDINGS: Final = tuple(
    word_list(
        """
    shvili dze ov ova ev eva ovich evich ovna evna skaya skiy skii enko chuk yuk iuk
    ski ska cki cka dzki dzka wicz czyk czak yan escu eanu oğlu oglu opoulos opoulou
    akis idis iadis auskas auskienė auskiene ienė aitė ytė iņš iņa ová ská sson dóttir dottir
    nen ez ić ič vić
    """
    )
)
# The same endings in Cyrillic, as the Latin ones transliterate them (ГОСТ 7.79-2000);
# -ов/-ев are left out (genitive plurals), and -ина as in the Latin list.
CYRILLIC_ENDINGS: Final = tuple(
    word_list(
        """
    ова ева ович евич овна евна ская ский цкая цкий енко чук юк швили дзе ян
    """
    )
)
_ENDING = "|".join(
    sorted((e.upper() for e in (*ENDINGS, *CYRILLIC_ENDINGS)), key=len, reverse=True)
)
# A word in capitals of six letters or more, alone (not a run of capitals: `caps_names`
# reads those), ending in one of the endings.
_CAPS_SURNAME = fast_regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’.-])(?P<word>\p{{Lu}}{{2,}}(?:{_ENDING}))"
    r"(?![\p{L}\p{M}\p{N}]|[-'’.]\p{L})"
)
_MIN_LETTERS: Final = 6
# Places and words that end so: a place in capitals is masked by the place rules or kept.
_NOT_SURNAMES: Final = frozenset(
    word_list(
        """
    alaska nebraska geneva moldova kishinev chisinau rostov saratov kharkov pskov tambov
    casanova supernova основа голова корова подкова молдова женева
    """
    )
)


def _excluded(word: str) -> bool:
    folded = word.casefold()
    return folded in _NOT_SURNAMES or folded in HEADING_WORDS or looks_like_drug(word.capitalize())


def caps_surnames(text: str) -> list[Span]:
    """Words in capitals that end as a family name does (see the module's docstring)."""
    spans = []
    for m in _CAPS_SURNAME.finditer(text):
        word = m.group("word")
        if len(word) >= _MIN_LETTERS and not _excluded(word):
            spans.append(Span(m.start("word"), m.end("word"), KIND, RULE, SCORE))
    return spans
