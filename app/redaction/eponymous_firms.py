"""The surname in a firm named after its founder: "Surname & Partners", "Surname & Sons",
"Surname Engineering Ltd" (the trading names of partnerships and small companies, the
employer or sponsor a KYC file or a study record names). The surname is a person's even
inside the firm's name; the firm's words after it stay readable.

Only a word English does not know (WordNet, `lower_case_names.english_senses`) and that
is no closed-class word: "Global Engineering Ltd", "Northern & Sons", "London
Consulting Ltd" keep their words.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.lower_case_names import closed_class_word, english_senses, known_word
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "eponymous_firm"
SCORE: Final = 0.7

_WORD = r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)"
_FIRM = fast_regex.compile(
    rf"(?<![\w&-]){_WORD}[ \t](?:"
    r"(?:&|and)[ \t](?:(?P<kin>Partners|Sons|Daughters)|Associates|Co\.?|Company)(?![\w])|"
    r"(?:Engineering|Consulting|Consultants|Construction|Holdings|Logistics|Trading|"
    r"Solutions|Services|Group|Industries|Enterprises|Transport|Builders|Motors|Partners|"
    r"Associates)[ \t](?:Ltd|Limited|LLC|Inc|GmbH|AG|plc|PLC|S\.A\.|SA|B\.V\.|BV|Pty)(?![\w]))"
)


def _compound(word: str) -> bool:
    """Two English words of three letters or more run together, as trading names are
    coined ("Harbourline", "Bridgewater"): no surname of a founder."""
    return any(known_word(word[:i]) and known_word(word[i:]) for i in range(3, len(word) - 2))


def _unknown_word(word: str) -> bool:
    """No English word, no closed-class word and no compound of English words, in any of
    its hyphen's parts."""
    return not any(known_word(p) or _compound(p) for p in word.casefold().split("-"))


def eponymous_firms(text: str) -> list[Span]:
    """Surnames that open a firm's name (see the module)."""
    if (
        "&" not in text
        and " and " not in text
        and not any(
            s in text
            for s in ("Ltd", "Limited", "LLC", "Inc", "GmbH", "AG", "plc", "PLC", "SA", "BV", "Pty")
        )
    ):
        return []
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _FIRM.finditer(text)
        if _unknown_word(m.group("name")) or (m.group("kin") and _noun_only(m.group("name")))
    ]


_MIN_NOUN_ONLY: Final = 5


def _noun_only(word: str) -> bool:
    """A word English holds as a noun only ("Valdez", a town; "Baker", a trade): before
    "& Sons" or "& Partners" it is the founder's surname, as trades gave surnames. A
    word with another sense ("Northern", "Premier") or of a closed class is none."""
    folded = word.casefold()
    noun, other = english_senses(folded)
    if len(folded) < _MIN_NOUN_ONLY or "-" in folded:
        return False  # "Law & Partners": a short noun names a trade's firm as often
    return noun and not other and not closed_class_word(folded)
