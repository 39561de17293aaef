"""The other-language half of a bilingual field label, and the English half beside it.

Identity papers, visas and the forms of a front desk print each field's label twice, in
the country's language and in English, joined by a slash ("Voornamen / Given names",
"Фамилия / Surname", "여권번호/Passport No.", "Nationality/国籍", "Doğum Tarihi / Date
of Birth"). spaCy, the unknown-word rule and the rule for runs of other scripts read the
other-language half as a name (it is an unknown capitalised word, or a run of han or
hangul in a Latin document), and a label word beside such a finding then grows into one
("Type" of "Type/型").

A finding is such a label half when all of these hold, so a layout this module does not
know stays masked ("fail towards masking"):
- the document is a bilingual form: at least two of its slash pairs join English label
  words to a field name `field_names` knows in another language ("Voornamen / Given
  names", "Doğum Tarihi / Date of Birth", "Surname/姓"). A contact list ("Nowak / Tel.
  …") or a name over its caption ("Müller / Surname: …") shows none, so nothing of it
  is read as a label;
- the finding is one to four words, none of them a given name, and not a word in
  capitals of a cased script ("SMITH / Surname" may be a value above its caption);
- either it opens a field (a line, or a column after a gap of two blanks or a tab, with
  at most three label words before it) and a slash, an English label and a value on the
  same line follow it, or an English label opening a field and a slash stand right before
  it, a value follows it and it is one word (a run that goes on past a space may hold the
  value: "Surname/姓 鈴木"), or it is itself English label words right beside the slash.

English label words are the captions ICAO 9303 prints on passports and identity cards
(Doc 9303 part 4 and 5: "Type", "Issuing country", "Passport No.", "Surname", "Given
names", "Nationality", "Date of birth", "Sex", "Place of birth", "Date of issue", "Date
of expiry", "Authority", "Holder's signature") and those of visas and residence permits
("Valid from / until", "Duration of stay", "Category", "Remarks"). None is a given name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import field_kind
from app.redaction.label_guards import LABEL_WORD, any_given
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

_ENGLISH: Final = word_list(
    """
    name names given surname surnames first last family middle full maiden birth date place
    of expiry expiration issue issued issuing in at by valid until from to holder holder's
    nationality citizenship sex gender type code country state authority office number no
    nr id personal identity identification document passport card licence license visa
    permit residence resident category class entries duration stay remarks signature
    height eyes colour color status purpose
    """
)
# Words of an English half that name nothing alone ("X / of" is no label).
_FUNCTION: Final = frozenset(word_list("of in at by to"))
_WORD: Final = rf"(?i:{trie_pattern(_ENGLISH)})(?:\.|\(s\))?(?![\p{{L}}\p{{Mn}}'’-])"
# An English half: its words, a country's code before them ("TR Identity No").
_ENGLISH_HALF = fast_regex.compile(
    rf"(?:\p{{Lu}}{{2,3}}[ \t]+)?(?P<words>{_WORD}(?:[ \t]+{_WORD})*)"
)
_SLASH = r"[ \t]*/[ \t]*"
# A slash between two words of a line (a pair's joint), and where a half ends after it: a
# colon, a column gap, the line's end.
_JOINT = fast_regex.compile(r"(?<=[\p{L}\p{Mn}.)])[ \t]*/[ \t]*(?=[\p{L}])")
_HALF_END = fast_regex.compile(r"[:：]|[ \t]{2}|\t|\n|$")
_MIN_PAIRS: Final = 2
# After an other-language half: its lower-case words or abbreviation ("Passaporto n.",
# "Rilasciato a", "Дата народження"), the slash.
_TO_SLASH = fast_regex.compile(
    rf"(?:[ \t]+(?:\p{{Ll}}[\p{{L}}\p{{Mn}}'’-]*|No|Nr|N[º°])\.?){{0,3}}{_SLASH}"
)
# Up to three label words between a field's start and the finding ("Seri No / …").
_PREFIX = fast_regex.compile(r"(?:[\p{L}][\p{L}\p{Mn}.'’-]*[ \t]){0,3}")
# English label words, then the slash (the finding is the first of them).
_ENGLISH_TO_SLASH = fast_regex.compile(rf"(?:[ \t]+{_WORD})*{_SLASH}")
# A slash and English label words right before the finding ("/ Date of birth").
_SLASH_ENGLISH_BEFORE = fast_regex.compile(rf"/[ \t]*(?:\p{{Lu}}{{2,3}}[ \t]+)?(?:{_WORD}[ \t]+)*$")
_MAX_WORDS: Final = 4
# Longest finding read as a half (four long words and the slash), and how far from the
# finding its slash may stand (the other half's words between): cheap tests first.
_MAX_CHARS: Final = 64
_NEAR: Final = 48
# A label's value on its line after it: a name over its caption ("Kowalska / Surname" and
# nothing after) is no label of a form.
_VALUE_AFTER = fast_regex.compile(r"[ \t]*[:：]?[ \t]*[^\s:：]")


def _field_start(text: str, start: int) -> int:
    """Where the field holding `start` opens: its line's start, or the end of the last gap
    of two blanks or a tab before it on the line."""
    line = text.rfind("\n", 0, start) + 1
    gap = max(text.rfind("  ", line, start), text.rfind("\t", line, start))
    if gap < 0:
        return line
    return gap + (2 if text.startswith("  ", gap) else 1)


def _english(value: str) -> bool:
    """`value` is English label words, one of them more than a function word."""
    m = _ENGLISH_HALF.fullmatch(value)
    if m is None:
        return False
    words = [w.strip(".").casefold() for w in m.group("words").split()]
    return any(w not in _FUNCTION for w in words)


def _given(words: list[str]) -> bool:
    """A word of `words` is a given name, folded or as written (a capitalised Cyrillic word
    is also read in its Latin spellings: "Алина" is "Alina")."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    return any_given(words) or any(is_given_name(w.strip(".'’-")) for w in words)


def _capitals_only(value: str) -> bool:
    """Letters of a cased script, none in lower case ("SMITH", "ПАСПОРТ")."""
    return value == value.upper() and value != value.lower()  # two calls in C


def bilingual_label(text: str, span: Span) -> bool:
    """The finding is a half of a bilingual field label (see the module's doc)."""
    if span.end - span.start > _MAX_CHARS:
        return False  # a label half is short
    if text.find("/", max(0, span.start - _NEAR), span.end + _NEAR) < 0:
        return False  # and a slash stands near it
    line = text.rfind("\n", 0, span.start) + 1
    value = text[span.start : span.end]
    half = value.split("/", 1)[0]  # a finding over both halves: the first one's words
    words = LABEL_WORD.findall(half)
    if not 0 < len(words) <= _MAX_WORDS or _capitals_only(value) or _given(words):
        return False
    if value.count("/") == 1:
        return _across_joint(text, span, value) and _bilingual_form(text)
    if _english(value):
        beside = _ENGLISH_TO_SLASH.match(text, span.end) is not None
        beside = beside or _SLASH_ENGLISH_BEFORE.search(text, line, span.start) is not None
    else:
        beside = _other_half(text, span, value)
    return beside and _bilingual_form(text)


def _across_joint(text: str, span: Span, value: str) -> bool:
    """A finding over both halves and the slash ("Дата рождения / Date" of "… / Date of
    birth"): the other-language half before the slash, English label words after it."""
    cut = value.index("/")
    left = value[:cut].rstrip(" \t")
    right = value[cut + 1 :].strip(" \t")
    if not left or (right and not _english_start(right)) or _english(left):
        return False
    return _other_half(text, span.moved(span.start, span.start + len(left)), left)


@lru_cache(maxsize=8)  # asked once per candidate finding; a str caches its own hash
def _bilingual_form(text: str) -> bool:
    """At least two slash pairs of `text` join English label words to another language's
    field name (either order; the half after the slash read to a colon, a column gap or
    the line's end, or as its first word: "Surname/姓 SUZUKI")."""
    pairs = 0
    for joint in _JOINT.finditer(text):
        left = text[_field_start(text, joint.start()) : joint.start()].strip(" \t")
        stop = _HALF_END.search(text, joint.end())
        right = text[joint.end() : stop.start() if stop else len(text)].strip(" \t")
        if _known_pair(left, right) or _known_pair(right, left):
            pairs += 1
            if pairs >= _MIN_PAIRS:
                return True
    return False


def _known_pair(english: str, other: str) -> bool:
    """`english` is English label words and `other` (or its first word) another language's
    field name."""
    if not other or not _english_start(english) or _english(other):
        return False
    first = other.split(maxsplit=1)[0]
    return field_kind(other) is not None or (first != other and field_kind(first) is not None)


def _english_start(value: str) -> bool:
    """`value` opens with English label words ("Surname", "Date of birth  20.01.1982")."""
    m = _ENGLISH_HALF.match(value)
    return m is not None and _english(m.group())


def _other_half(text: str, span: Span, value: str) -> bool:
    """An other-language half: a field opens with it and a slash and English words follow,
    or a field opens with English words and a slash right before it (one word then)."""
    field = _field_start(text, span.start)
    prefix = text[field : span.start]
    if _PREFIX.fullmatch(prefix) and not _given(LABEL_WORD.findall(prefix)):
        slash = _TO_SLASH.match(text, span.end)
        after = _ENGLISH_HALF.match(text, slash.end()) if slash else None
        if after and _english(after[0]) and _VALUE_AFTER.match(text, after.end()):
            return True
    if any(c.isspace() for c in value):
        return False
    before = prefix.rstrip(" \t")
    if not before.endswith("/"):
        return False
    return _english(before[:-1].rstrip(" \t")) and _VALUE_AFTER.match(text, span.end) is not None
