"""Writes app/redaction/age_words.json: the numbers 90 to 129 in words, in the languages
people write case notes in, as the `num2words` package spells them (an outside reference,
not our own lists), with the variants people write beside its spelling ("a hundred and
two", "hundertdrei", undotted letters). Run it after changing the pinned num2words:

    .venv/bin/python -m resources.age_words

num2words is in the `test` extra only; the redactor reads the JSON file (tests check that
it equals what this script writes).
"""

from __future__ import annotations

import json
import unicodedata
from importlib.metadata import version
from pathlib import Path
from typing import Any

from num2words import num2words

OUT = Path(__file__).resolve().parent.parent / "app" / "redaction" / "age_words.json"
FIRST, LAST = 90, 129
# num2words' language codes whose script separates words with blanks (Latin, Cyrillic):
# the redactor's word boundaries hold for them. Japanese, Korean, Chinese and Thai ages are
# written in digits with a counter (ages.py reads "92歳"); Arabic and Hebrew are left out.
LANGUAGES = (
    "az", "be", "ca", "cs", "da", "de", "en", "es", "fi", "fr", "fr_BE", "fr_CH", "hu", "id",
    "is", "it", "lt", "lv", "nl", "no", "pl", "pt", "pt_BR", "ro", "ru", "sk", "sl", "sr",
    "sv", "tr", "uk", "vi",
)  # fmt: skip
# "one hundred" is also written without its "one" ("a hundred and two", "hundertdrei").
_HUNDRED_ALONE = {
    "en": ("one hundred", ("a hundred", "hundred")),
    "de": ("einhundert", ("hundert", "ein hundert")),
    "sv": ("etthundra", ("hundra", "ett hundra")),
    "da": ("ethundrede", ("hundrede", "et hundrede")),
    "no": ("en hundre", ("hundre", "ett hundre", "etthundre")),
    "is": ("eitt hundrað", ("hundrað",)),
    "lt": ("vienas šimtas", ("šimtas", "šimtą")),
    "vi": ("một trăm", ("trăm",)),
}
# ... and without the "and" ("one hundred two").
_AND = {"en": " and ", "da": " og ", "no": " og ", "vi": " lẻ "}
_AND_ALSO = {"vi": " linh "}


def _plain(form: str) -> str:
    """`form` without diacritics ("dziewiecdziesiat"), as typed on a plain keyboard."""
    decomposed = unicodedata.normalize("NFKD", form.replace("ł", "l").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variants(lang: str, form: str) -> set[str]:
    forms = {form}
    if lang in _HUNDRED_ALONE:
        whole, alone = _HUNDRED_ALONE[lang]
        if form.startswith(whole):
            forms |= {a + form[len(whole) :] for a in alone}
    if lang in _AND:
        forms |= {f.replace(_AND[lang], " ") for f in forms}
        if lang in _AND_ALSO:
            forms |= {f.replace(_AND[lang], _AND_ALSO[lang]) for f in forms}
    forms |= {f.replace("'", "’") for f in forms}
    forms |= {_plain(f) for f in forms}
    return {f.casefold() for f in forms}


def build() -> dict[str, Any]:
    """The file's content: per language, every spelling of 90..129, sorted."""
    languages = {}
    for lang in LANGUAGES:
        forms: set[str] = set()
        for n in range(FIRST, LAST + 1):
            forms |= _variants(lang, num2words(n, lang=lang))
        languages[lang] = sorted(forms)
    return {
        "source": f"num2words {version('num2words')}",
        "numbers": [FIRST, LAST],
        "languages": languages,
    }


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
