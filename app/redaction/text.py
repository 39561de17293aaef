"""Text redaction: decode untrusted bytes, find identifiers, replace them with placeholders.

Placeholders are typed and consistent within one document: the first person found is
`<PERSON_1>` wherever that person appears (also by surname or first name alone), so the
text stays labelable. The report counts kinds and names the rules that fired; it never
holds a removed value.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from app.redaction.ages import ages_after_persons, is_span_of_time
from app.redaction.errors import TextDecodeError, TextTooLargeError
from app.redaction.name_fields import uncased_name_words
from app.redaction.name_forms import (
    COMMON,
    mail_name_values,
    names_filling_fields,
    surname_after_given,
)
from app.redaction.name_guards import guarded_persons, name_particle
from app.redaction.patterns import DAY_WORD_BEFORE, MONTH_STEMS, MONTHS
from app.redaction.recognizers import NONE, ProjectRecognizers
from app.redaction.settings import DEFAULT_MAX_TEXT_BYTES
from app.redaction.span_edges import NAME_COMMA_GAP
from app.redaction.spans import Span  # re-exported for callers of this module
from app.redaction.user_handles import login_forms
from app.redaction.wordtrie import trie_pattern

# Short placeholder names keep the text readable; unknown kinds keep their Presidio name.
PLACEHOLDER_NAMES = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "DATE_TIME": "DATE",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
    "MEDICAL_RECORD_NUMBER": "MRN",
    "ACCOUNT_NUMBER": "ACCOUNT",
    "EMPLOYEE_ID": "EMPLOYEE_ID",
    "US_SSN": "SSN",
    "UK_NHS": "NHS",
    "CREDIT_CARD": "CARD",
}


def decode_text(untrusted: bytes, *, max_bytes: int = DEFAULT_MAX_TEXT_BYTES) -> str:
    """UTF-8 text of `untrusted`, or TextDecodeError / TextTooLargeError (never another)."""
    if len(untrusted) > max_bytes:
        raise TextTooLargeError(
            f"The text item is {len(untrusted) // (1024 * 1024)} MiB, over the "
            f"{max_bytes // (1024 * 1024)} MiB limit; split it into smaller items."
        )
    try:
        text = untrusted.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TextDecodeError(
            f"The text item is not valid UTF-8 (first bad byte at offset {exc.start}); "
            "convert it to UTF-8 and ingest it again."
        ) from None
    if "\x00" in text:
        raise TextDecodeError("The text item holds NUL bytes; it looks binary, not text.")
    return text


@dataclass
class TextRedaction:
    """The redacted text and what was removed (kinds, counts, rules; no values)."""

    text: str
    spans: list[Span] = field(default_factory=list)
    # (start, end) in the input -> (start, end) of its placeholder in `text`, in order: the
    # offset map that moves imported spans onto the redacted text. Never stored.
    replacements: list[tuple[int, int, int, int]] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        counts = Counter(s.kind for s in self.spans)
        rules = Counter(s.rule for s in self.spans)
        return {
            "kinds": dict(sorted(counts.items())),
            "rules": dict(sorted(rules.items())),
            "total": len(self.spans),
        }


def merge_spans(spans: list[Span], preferred: frozenset[str] = frozenset()) -> list[Span]:
    """Overlapping findings become one span covering both (nothing half-masked); the kind
    of the stronger finding wins, structured identifiers beating NER labels on ties. A
    finding of a `preferred` kind (the project's own recognizers) always names the kind:
    spaCy often tags an unfamiliar id as PERSON or LOCATION with a higher score."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            first = (last.kind in preferred, *_strength(last))
            winner = last if first >= (span.kind in preferred, *_strength(span)) else span
            merged[-1] = winner.moved(last.start, max(last.end, span.end))
        else:
            merged.append(span)
    return merged


_NER_KINDS = {"PERSON", "LOCATION", "DATE_TIME"}


def _strength(span: Span) -> tuple[float, int, int]:
    return (span.score, 0 if span.kind in _NER_KINDS else 1, span.end - span.start)


def _norm(value: str) -> str:
    return re.sub(r"\W+", " ", value).strip().casefold()


class PlaceholderBook:
    """Gives each distinct value of a kind its own numbered placeholder, in order of first
    appearance. A person mention whose words are part of a known name (or hold one) reuses
    that name's number."""

    def __init__(self) -> None:
        self._numbers: dict[str, dict[str, int]] = {}
        self._taken: dict[str, set[int]] = {}  # placeholder name -> numbers already in the text

    def reserve(self, name: str, number: int) -> None:
        """A placeholder already in the text: a new value never gets its number."""
        self._taken.setdefault(name, set()).add(number)

    def placeholder(self, kind: str, value: str, same_as: str | None = None) -> str:
        """`same_as`: a value this one belongs to (the surname before a given name)."""
        book = self._numbers.setdefault(kind, {})
        key = _norm(value)
        number = book.get(key)
        if number is None and same_as is not None:
            number = book.get(_norm(same_as))
        if number is None and kind == "PERSON":
            number = self._person_alias(book, key)
        if number is None:
            taken = self._taken.get(PLACEHOLDER_NAMES.get(kind, kind), set())
            number = len(set(book.values())) + 1
            while number in taken or number in book.values():
                number += 1
        book[key] = number
        return f"<{PLACEHOLDER_NAMES.get(kind, kind)}_{number}>"

    @staticmethod
    def _person_alias(book: dict[str, int], key: str) -> int | None:
        """The number of a known name whose words hold all of `key`'s, or the reverse
        ("eze okonkwo" of "ngozi eze okonkwo", "smith" of "john smith")."""
        words = set(key.split())
        for known, number in book.items():
            known_words = set(known.split())
            if words <= known_words or known_words <= words:
                return number
        return None


def spans_from_results(results: list[Any]) -> list[Span]:
    """Presidio RecognizerResults -> Spans (the recognizer name is the rule)."""
    spans = []
    for r in results:
        meta = r.recognition_metadata or {}
        rule = str(meta.get("recognizer_name", "unknown"))
        spans.append(Span(int(r.start), int(r.end), str(r.entity_type), rule, float(r.score)))
    return spans


_NHS_CONTEXT = re.compile(r"\bnhs\b|health service", re.IGNORECASE)
_CONTEXT_CHARS = 40


def prefer_phone_over_nhs(text: str, spans: list[Span]) -> list[Span]:
    """A 3-3-4 digit number that passes the NHS checksum is also a phone number; one in
    ten phone numbers passes it. Without "NHS" shortly before, the UK_NHS reading of a span
    that a phone rule found too is dropped, so the report says PHONE_NUMBER (the value is
    masked either way)."""
    phones = {(s.start, s.end) for s in spans if s.kind == "PHONE_NUMBER"}
    if not phones:
        return spans
    return [
        s
        for s in spans
        if not (
            (s.kind == "UK_NHS" or s.rule == "gb_nhs")
            and (s.start, s.end) in phones
            and not _NHS_CONTEXT.search(text[max(0, s.start - _CONTEXT_CHARS) : s.start])
        )
    ]


# Our own placeholders (`<PERSON_1>`, `<EMAIL_2>`): text redacted by Cleanroom may come back
# (a Label Studio export ingested again); they carry no personal data and stay as they are.
OWN_PLACEHOLDER = re.compile(r"<([A-Z][A-Z0-9_]*)_([1-9][0-9]{0,5})>")


def outside_placeholders(text: str, spans: list[Span]) -> list[Span]:
    """`spans` less our own placeholders in `text` (a second pass over redacted text): a
    finding inside one is dropped; a finding across one keeps its parts outside it that
    hold a word other than a title, and a finding of titles alone ("Dr" before
    `<PERSON_1>`, which the first pass left) is dropped."""
    marks = [(m.start(), m.end()) for m in OWN_PLACEHOLDER.finditer(text)]
    if not marks:
        return spans
    out: list[Span] = []
    for span in spans:
        pieces = [(span.start, span.end)]
        for a, b in marks:
            if a < span.end and b > span.start:
                pieces = [
                    p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]
                ]
        for s, e in pieces:
            words = [
                w for w in re.finditer(r"\w+", text[s:e]) if w.group().casefold() not in _HONORIFICS
            ]
            if not words:
                continue
            if (s, e) == (span.start, span.end):
                out.append(span)
            else:
                first, last = s + words[0].start(), s + words[-1].end()
                out.append(span.moved(first, last))
    return out


def apply_placeholders(
    text: str, spans: list[Span], preferred: frozenset[str] = frozenset()
) -> TextRedaction:
    """Replace each merged span with its placeholder, keeping the rest of the text (and
    our own placeholders already in it, which a second pass leaves unchanged)."""
    merged = merge_spans(outside_placeholders(text, spans), preferred)
    book = PlaceholderBook()
    for m in OWN_PLACEHOLDER.finditer(text):
        book.reserve(m.group(1), int(m.group(2)))
    parts: list[str] = []
    replacements: list[tuple[int, int, int, int]] = []
    cursor = written = 0
    last: Span | None = None
    for span in merged:
        kept = text[cursor : span.start]
        same_as = None  # the two parts of "Last, First" are one person
        if last and span.kind == last.kind == "PERSON" and NAME_COMMA_GAP.fullmatch(kept):
            same_as = text[last.start : last.end]
        placeholder = book.placeholder(span.kind, text[span.start : span.end], same_as)
        last = span
        written += len(kept)
        replacements.append((span.start, span.end, written, written + len(placeholder)))
        written += len(placeholder)
        parts += [kept, placeholder]
        cursor = span.end
    parts.append(text[cursor:])
    return TextRedaction("".join(parts), merged, replacements)


# Words inside a name that are not the person (a name token equal to one of these is not
# searched for elsewhere in the document).
_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev"})
# The combining signs of the Brahmic scripts and Arabic are no `\w`, yet part of a word.
_MARKS = "\u0300-\u036f\u064b-\u065f\u0670\u0900-\u0dff\u200c"
_NAME_TOKEN = re.compile(rf"[^\W\d_](?:[\w'-]|[{_MARKS}])*")
REPEAT_RULE = "repeat_of_finding"


_HANDLE_SPLIT = re.compile(r"[._]")


def _person_variants(value: str) -> set[str]:
    """The words of a found person's name (capitalised as written, or in title case when
    written all in capitals or as a handle), and the name as a handle and as words:
    "Oskar Jankowski" <-> "oskar.jankowski" / "oskar_jankowski". Lower-case single words
    are not searched ("Rose", not "rose"). A word with a digit is none of a name's: an
    escape ("u003e" of a JSON-escaped tag) that a finding took in with the name."""
    words = [
        w
        for w in _NAME_TOKEN.findall(_HANDLE_SPLIT.sub(" ", value))
        if len(w) >= 2
        and w.casefold().rstrip(".") not in _HONORIFICS
        and not any(c.isdigit() for c in w)
    ]
    out: set[str] = set()
    # each part of a double-barrelled name or a hyphenated handle is also written alone
    # ("Mrs Dumitrescu" of "Dumitrescu-Pușcașu", "thanks shehu" of "shehu-mohammed-garba")
    parts = [p for w in words if "-" in w for p in w.split("-") if len(p) >= 3]
    for word in words + parts:
        if len(words) > 1 and word.islower() and name_particle(word):
            continue  # "van" of "Naomi van Arnsberg" is no name alone ("een … van de rug")
        if word[0].isupper():
            out.add(word)
        if word.isupper() or word.islower():
            out.add(word.capitalize())
    out |= uncased_name_words(value)  # a script without capitals: its words as written
    if len(words) >= 2:
        lower = [w.casefold() for w in words]
        plain = [_ascii(w) for w in lower]  # handles are often written without accents
        out |= {".".join(lower), "_".join(lower), " ".join(w.capitalize() for w in words)}
        out |= {".".join(plain), "_".join(plain)}
        # "bruno.swic" of "Bruno Karol Świć": a handle of two of the name's words
        for i, first in enumerate(plain):
            for later in plain[i + 1 :]:
                out |= {f"{first}.{later}", f"{first}_{later}"}
        out |= login_forms(plain)  # "glassc" of "Christopher John Glass"
    return out


_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "ı": "i", "æ": "ae", "œ": "oe"})


def _ascii(word: str) -> str:
    """`word` without accents ("świć" -> "swic"), as people write it in a handle."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def repeated_mentions(
    text: str, spans: list[Span], preferred: frozenset[str] = frozenset()
) -> list[Span]:
    """Other mentions of a value already found in the same document, which the analyzer
    missed (spaCy finds "John Smith" but often not a later "Smith" alone). Each found
    value, and each word of a found person's name, is searched as a whole word, as
    written and in capitals. Mentions of a `preferred` kind's value are added even where
    another finding covers them, so the project's id keeps its kind and number."""
    wanted: dict[str, str] = {}
    expanded: set[tuple[str, str]] = set()  # a value's variants are added once
    for span in spans:
        if span.kind == "AGE":
            continue  # "92" of "92-year-old" is no value of its own: "HR 92" stays
        value = text[span.start : span.end].strip()
        if len(value) >= 2:
            wanted.setdefault(value, span.kind)
        if (span.kind, value) in expanded:
            continue
        expanded.add((span.kind, value))
        if span.kind == "PERSON":
            for variant in _person_variants(value):
                wanted.setdefault(variant, "PERSON")
        elif span.kind == "EMAIL_ADDRESS" and "@" in value:
            for part in mail_name_values(value.split("@", 1)[0]):
                wanted.setdefault(part, "PERSON")
    if not wanted:
        return []
    kind_of = wanted | {v.upper(): k for v, k in wanted.items() if v.upper() not in wanted}
    # A person's words are also searched in any case ("john" of "John Stephens"), except
    # common words ("Will", "May"), which only match as written.
    folded = {
        v.casefold(): "PERSON"
        for v, k in wanted.items()
        if k == "PERSON" and len(v) >= 3 and v.casefold() not in COMMON
    }
    covered = [(s.start, s.end) for s in spans]
    covered_preferred = [(s.start, s.end) for s in spans if s.kind in preferred]
    extra: list[Span] = []
    for start, end in _whole_word_matches(text, kind_of):
        value = text[start:end]
        # A preferred kind's mention counts as covered only by a finding of a preferred kind.
        cover = covered_preferred if kind_of[value] in preferred else covered
        if not any(a <= start and end <= b for a, b in cover):
            extra.append(Span(start, end, kind_of[value], REPEAT_RULE, 0.5))
    lowered = text.lower()
    if folded and len(lowered) == len(text):  # lower() kept every offset
        covered += [(s.start, s.end) for s in extra]
        for start, end in _whole_word_matches(lowered, {v.lower(): k for v, k in folded.items()}):
            if not any(a <= start and end <= b for a, b in covered):
                extra.append(Span(start, end, "PERSON", REPEAT_RULE, 0.5))
        # A handle writes a name without its accents ("arif.gul" of "Arif Gül"): the words
        # are also compared without accents, where folding kept every offset.
        # (ASCII text is its own accent-free form: nothing to fold or compare again.)
        plain = lowered if lowered.isascii() else _ascii(lowered)
        if len(plain) == len(text) and plain != lowered:
            covered += [(s.start, s.end) for s in extra]
            words = {_ascii(v.lower()) for v in folded}
            for start, end in _whole_word_matches(plain, words - COMMON):
                if not any(a <= start and end <= b for a, b in covered):
                    extra.append(Span(start, end, "PERSON", REPEAT_RULE, 0.5))
    return extra


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_" or unicodedata.category(c) in ("Mn", "Mc")


def _whole_word_matches(text: str, values: Iterable[str]) -> list[tuple[int, int]]:
    """Where any of `values` stands as a whole word, leftmost first and the longest value at
    a place winning, without overlaps: what one regex alternation of the values (longest
    first) between word boundaries finds, without compiling a regex per document."""
    found: list[tuple[int, int]] = []
    for value in values:
        if not value:
            continue
        at = text.find(value)
        while at >= 0:
            end = at + len(value)
            if (at == 0 or not _word_char(text[at - 1])) and (
                end == len(text) or not _word_char(text[end])
            ):
                found.append((at, end))
            at = text.find(value, at + 1)
    found.sort(key=lambda m: (m[0], -m[1]))
    out: list[tuple[int, int]] = []
    for start, end in found:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


LAST_FIRST_RULE = "surname_before_comma"
# "Okafor, Adaeze" / "SMITH, JOHN": the model often finds only the given name after the comma.
# The comma may be spaced before the given name or after the surname ("BIRCH ,ALMA"), not
# closed up on both sides ("Sample_ID,Sample_Name": a CSV header).
_SURNAME_BEFORE = re.compile(r"(?<!\w)([^\W\d_][\w'’-]{1,40})(?:,[ \t]{1,3}|[ \t],[ \t]{0,3})$")


def surnames_before_given_names(text: str, spans: list[Span]) -> list[Span]:
    """A capitalised word and a comma right before a found person's name is taken as the
    surname of a "Last, First" name. Masking a word too many beats leaving a surname."""
    from app.redaction.names import is_cue_word  # noqa: PLC0415

    extra: list[Span] = []
    for span in spans:
        if span.kind != "PERSON" or span.rule == "foreign_runs":
            continue  # a run of a caseless script found by position has no Latin surname
        m = _SURNAME_BEFORE.search(text, max(0, span.start - 48), span.start)
        if (
            m
            and m.group(1)[0].isupper()
            and m.group(1).casefold() not in _HONORIFICS
            and not is_cue_word(m.group(1))  # "Thanks, Ana" / "Signed, Ana"
        ):
            extra.append(Span(m.start(1), m.end(1), "PERSON", LAST_FIRST_RULE, span.score))
    return extra


def person_spans(text: str, results: list[Any]) -> list[Span]:
    """The analyzer's findings plus the surnames of "Last, First" names."""
    spans = spans_from_results(results)
    return spans + surnames_before_given_names(text, spans)


# A DATE_TIME finding is kept when it holds a day or a month: Safe Harbor removes every
# element of a date but the year, and spaCy also tags "Monday", "today", "3 days", "2019".
# A whole word: "about" holds "out" (Portuguese "outubro"), "mayor" holds "may".
_MONTH_WORD = re.compile(
    rf"(?i:(?<![^\W\d_])(?:{trie_pattern(MONTHS + MONTH_STEMS)}|tháng)(?![^\W\d_]))"
)
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)\b")
_NUMERIC_DATE = re.compile(
    r"(?<![\d.,])(\d{1,4})\s?([/.-])\s?(\d{4}|\d{1,2})(?:\s?[/.-]\s?\d{1,4}|(\.))?(?![\d,])"
)
# Two numbers right after one of these are a measurement ("visual acuity 6/12", "pain
# score: 3/10"); any other word between ("pain began 3/10") leaves them a date. A Snellen
# acuity names its eye first, the other eye's after the first's ("VA R 6/12 L 6/9", "Visus
# OD 6/9": right/left, oculus dexter/sinister/uterque): ISO 8596 charts, one eye at a time.
_MEASURE_BEFORE = re.compile(
    r"(?i)(?:acuity|\bVA|vision|visus|snellen|\b[BU]CVA|pain|score|scale|rated|\bVAS|\bNRS|"
    r"\bGCS|power|grade|strength|\bBP|pressure|\bHR|rate|range|dose|\bINR|level|apgar)"
    r"(?:\s*(?:score|scale|rating|of|at|is|was|now|today|[:=(]"
    r"|(?:\d{1,2}/\d{1,3}\s*)?(?:R|L|RE|LE|OD|OS|OU|right|left)\b))*\s*$"
)


# Numbers after one of these are a version, not a date ("version 2.9.44", "v3.2.1").
_VERSION_BEFORE = re.compile(
    r"(?i)(?:\bversion|\bver\.?|\bv|\brelease|\bbuild|\bfirmware|\bsoftware)"
    r"[ \t:]*$"
)


# "92 years ago": "ago" is also Spanish and Italian for August ("3 ago 2020").
_AGO_AFTER_UNIT = re.compile(r"(?i)\b(?:years?|yrs?|months?|weeks?|days?|decades?)\s+ago\b")


_YEARS = (1800, 2199)


def _could_be_day_month(m: re.Match[str]) -> bool:
    """Whether two numbers joined by / . or - can be a day and a month (either order) or a
    year and a month: "3/10" can, "72-85" and "2.2 mg" cannot. Three parts always can."""
    first, sep, second, dot_after = m.group(1), m.group(2), m.group(3), m.group(4)
    if m.group(0).count(sep) >= 2 and dot_after is None:
        return True  # day, month and year
    a, b = int(first), int(second)
    if sep == "." and dot_after is None and len(second) == 1:
        return False  # a decimal ("2.2", "12.5"): a German day-month ends in a dot
    # (a year of the records' span: "4548-4", a LOINC code's number and check digit, is none)
    if len(first) == 4:
        return 1 <= b <= 12 and _YEARS[0] <= a <= _YEARS[1]
    if len(second) == 4:
        return 1 <= a <= 12 and _YEARS[0] <= b <= _YEARS[1]  # a month and a year
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def keeps_date(value: str, before: str = "") -> bool:
    """True when a date finding holds a day or month (not a weekday, a duration, a year
    alone, a range or a decimal); `before` is the text just before it, so that a score or
    an acuity ("pain 3/10") is not taken for a day and month."""
    value = _AGO_AFTER_UNIT.sub("", value)
    if _VERSION_BEFORE.search(before[-24:]) and not any(c.isalpha() for c in value):
        return False
    if _MONTH_WORD.search(value) or _ORDINAL_DAY.search(value):
        return True
    dates = [m for m in _NUMERIC_DATE.finditer(value) if _could_be_day_month(m)]
    if not dates:
        return False
    whole_pair = len(dates) == 1 and dates[0].group(0).count(dates[0].group(2)) == 1
    return not (whole_pair and _MEASURE_BEFORE.search(before[-40:]))


# spaCy tags "93 years old" and "aged 101" as dates; Safe Harbor removes ages over 89.
_OLD_AGE = re.compile(r"(?<![\w.,/-])(?:9\d|1[0-2]\d)(?![\d.,/])")
_SHORT_UNIT = re.compile(r"(?i)\b(?:day|week|month|hour|minute|min|hr|wk|sec)")


def age_finding(value: str) -> bool:
    """True when a date finding is an age over 89 ("93 years old", "aged 101"), not a
    duration ("90 days") or a number alone."""
    # A number alone ("98" of a code the model read as a date) is no age: a word says so.
    return (
        bool(_OLD_AGE.search(value))
        and any(c.isalpha() for c in value)
        and not _SHORT_UNIT.search(value)
    )


# A column gap (three blanks or a tab): the model's date run across one may hold the next
# column's cell ("11/19/2023   CPT 97110": the date, then a procedure code). Such cells
# at the run's end, or with no digit at its start, are cut off; a year or a day cell
# stays with the date ("March 3   2021", "12   March 2021").
_COLUMN_GAP = re.compile(r"[ ]{3,}|\t+")
_BARE_NUMBER = re.compile(r"\d{1,4}[.,]?")


def _date_cells(text: str, s: Span) -> Span:
    """A date finding without the other columns' cells across its column gaps."""
    if s.kind != "DATE_TIME" or _COLUMN_GAP.search(text, s.start, s.end) is None:
        return s
    cells, start = [], s.start
    for gap in _COLUMN_GAP.finditer(text, s.start, s.end):
        cells.append((start, gap.start()))
        start = gap.end()
    cells.append((start, s.end))
    while len(cells) > 1 and not _date_part(text[slice(*cells[-1])], lead=False):
        cells.pop()
    while len(cells) > 1 and not _date_part(text[slice(*cells[0])], lead=True):
        cells.pop(0)
    return s.moved(cells[0][0], cells[-1][1])


def _date_part(cell: str, *, lead: bool) -> bool:
    if keeps_date(cell) or _BARE_NUMBER.fullmatch(cell.strip()):
        return True
    return lead and any(c.isdigit() for c in cell)


def dates_and_ages(text: str, spans: list[Span]) -> list[Span]:
    """The analyzer's findings with its dates narrowed to those Safe Harbor removes: a
    date holding a day or month is kept, one holding an age over 89 becomes an age, and
    a weekday, a duration or a year alone is dropped."""
    out = []
    for s in (_date_cells(text, found) for found in spans):
        value = text[s.start : s.end]
        if s.kind != "DATE_TIME" or keeps_date(value, text[max(0, s.start - 40) : s.start]):
            day = DAY_WORD_BEFORE.search(text, max(0, s.start - 8), s.start)
            if s.kind == "DATE_TIME" and day:  # "ngày 11 tháng 3": the day word too
                out.append(s.moved(day.start(), s.end))
            else:
                out.append(s)
        elif (
            age_finding(value)
            and (m := _OLD_AGE.search(value))
            and not is_span_of_time(text, s.start + m.start(), s.start + m.end())
        ):
            # Only the number: "<AGE_1> years old" still reads as an age ("92 years ago",
            # "for 92 years" are no age).
            out.append(
                Span(s.start + m.start(), s.start + m.end(), "AGE", "spacy_date_age", s.score)
            )
    return out


# Runs of two or more words in capitals (a header line "PATIENT OKAFOR ADAEZE"): spaCy
# reads names in capitals poorly, so these runs are read again in title case.
_CAPS_RUN = re.compile(r"\b[^\W\d_a-z]{2,}(?:[ \t,.'’-]{1,3}[^\W\d_a-z]{2,}){1,}\b")
_CAPS_RULE = "spacy_on_capitals"


def caps_names(text: str) -> list[Span]:
    """Persons in ALL-CAPS runs, found by running the analyzer's NER on a copy of the
    lines that hold them with those runs in title case (same length, same offsets)."""
    runs = [m for m in _CAPS_RUN.finditer(text) if any(c.isupper() for c in m.group())]
    if not runs:
        return []
    from app.redaction.analyzer import persons_in_lines  # noqa: PLC0415

    chars = list(text)
    for m in runs:
        titled = m.group().title()
        if len(titled) == len(m.group()):  # a letter whose case changes length is left alone
            chars[m.start() : m.end()] = titled
    # Only the lines holding runs are analysed: the rest of the text was read already.
    starts = sorted({text.rfind("\n", 0, m.start()) + 1 for m in runs})
    ends = [len(text) if (e := text.find("\n", s)) < 0 else e for s in starts]
    lines = ["".join(chars[s:e]) for s, e in zip(starts, ends, strict=True)]
    spans: list[Span] = []
    for line_start, persons in zip(starts, persons_in_lines(lines), strict=True):
        for s, e, score in persons:
            start, end = line_start + s, line_start + e
            if any(m.start() < end and start < m.end() for m in runs):
                spans.append(Span(start, end, "PERSON", _CAPS_RULE, score))
    return spans


_INITIALS_BEFORE = re.compile(r"(?:(?<![\w.])[A-Z]\.[ \t]?){1,3}$")


def with_initials(text: str, spans: list[Span]) -> list[Span]:
    """A person's initials before the name found ("A. T." of "A. T. Smith") join it."""
    out = []
    for span in spans:
        m = None
        if span.kind == "PERSON":
            m = _INITIALS_BEFORE.search(text, max(0, span.start - 9), span.start)
        out.append(span.moved(m.start(), span.end) if m else span)
    return out


_LEADING_TITLE = re.compile(r"[^\W\d_]+\.?[ \t]*")


_PARTICLES = frozenset(
    {"van", "von", "de", "da", "del", "der", "den", "ter", "ten", "dos", "das", "du"}
)


# Titles that are family names too, in the culture that uses the title: Sheikh (Shaikh)
# is among the commonest surnames of Pakistan, India and Bangladesh ("SHEIKH HOSSEN"),
# Major, Judge and Lord are English surnames, Don an English given name as well as the
# Spanish and Italian title, Kumari (Hindi "Miss") one of India's commonest given names and
# surnames. Failing towards masking, they stay in the finding; the other
# titles ("Dr.", "Frau") stay readable.
_TITLES_ALSO_NAMES: Final = frozenset({"sheikh", "major", "judge", "lord", "don", "kumari"})


# A field's value opens here: a label's colon, a pipe or a tab before.
_FIELD_OPENS = re.compile(r"[:：|\t][ \t]*\Z")


def _leading_non_name(word: str, text: str = "", start: int = 0) -> bool:
    """A title ("Dr."), or a role or kinship word ("Daughter", "Patient") that is no
    particle: it stands before a name without being part of it."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415
    from app.redaction.names import is_cue_at, is_cue_word, is_title  # noqa: PLC0415
    from app.redaction.role_words import is_role_word  # noqa: PLC0415

    bare = word.strip().rstrip(".")
    if len(bare) == 1 and not word.strip().endswith("."):
        return False  # "M Garrido": a capital without its dot is an initial, not "M."
    if is_title(word):
        return bare.casefold() not in _TITLES_ALSO_NAMES
    if (
        text
        and _FIELD_OPENS.search(text, max(0, start - 8), start)
        and is_given_name(bare)
        and not is_cue_at(text, start, bare)
    ):
        return False  # "Next of kin: Line Eliassen": "line" is a role only in "line manager"
    if is_role_word(bare):  # "Kollegin", "Sonen", "RN": no cue, yet no name either
        return True
    return len(bare) >= 3 and bare.casefold() not in _PARTICLES and is_cue_word(bare)


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+\.?)[ \t]+\Z")


_GAP = re.compile(r"\n|[ \t]{3,}")  # a line break or a column gap: a name stops there


def _glued_handle(text: str, title: re.Match[str]) -> bool:
    """A one-letter "title" glued to a lower-case word is a handle's initial ("m.rossi"),
    not "M." ("dr.ssa Rossi" keeps its title)."""
    glued = title.group()[-1:] not in " \t" and len(title.group().rstrip(".")) == 1
    return glued and text[title.end() : title.end() + 1].islower()


def without_titles(text: str, spans: list[Span]) -> list[Span]:
    """Person findings lose a leading title ("Dr." stays readable), role or kinship word
    ("Daughter Jan Blom"), and what follows a line break or a column gap ("Nienke\nDate");
    a finding that is only such a word is dropped: "Dr" alone is not a person."""
    from app.redaction.names import is_title  # noqa: PLC0415
    from app.redaction.role_words import is_role_word  # noqa: PLC0415

    out = []
    for span in spans:
        start, end = span.start, span.end
        if span.kind == "PERSON":
            # after a title (in the finding or just before it) a name follows, not a role
            # word: "dr. Hasta Wibisono" ("hasta", Turkish "patient", is a cue elsewhere)
            before = _WORD_BEFORE.search(text, max(0, start - 16), start)
            titled = before is not None and is_title(before.group(1))
            while (
                (m := _LEADING_TITLE.match(text, start, end))
                and _leading_non_name(m.group(), text, m.start())
                # "dr. Hasta Wibisono"; a role word is none ("Frau Kollegin Wendt")
                and (not titled or is_title(m.group()) or is_role_word(m.group()))
                and not m.group().rstrip().endswith(",")
                and not text.startswith(",", m.start() + len(m.group().rstrip(" \t")))
                and not _glued_handle(text, m)
            ):
                titled = titled or is_title(m.group())
                start = m.end()  # "KUMARI, Rohit": a title word before a comma is a surname
            while (gap := _GAP.search(text, start, end)) and gap.start() == start:
                start = gap.end()  # a finding that starts on the line before
            if gap := _GAP.search(text, start, end):
                end = gap.start()
            if start >= end or not text[start:end].strip():
                continue
        changed = (start, end) != (span.start, span.end)
        out.append(span.moved(start, end) if changed else span)
    return out


_DASH_TAIL = re.compile(r"[ \t]+[-–—:][ \t]+(?P<tail>[^\n]*)$")


def without_lower_case_tails(text: str, spans: list[Span]) -> list[Span]:
    """Person findings lose a lower-case tail after a dash or colon: the model reads
    "NIELS HOLM - fall at home" as one name; the complaint is not part of it."""
    out = []
    for span in spans:
        m = _DASH_TAIL.search(text, span.start, span.end) if span.kind == "PERSON" else None
        keep = m is None or any(c.isupper() for c in m.group("tail"))
        out.append(span if keep or m is None else span.moved(span.start, m.start()))
    return out


def find_spans(text: str, project: ProjectRecognizers = NONE) -> list[Span]:
    """Every finding in `text`, unmerged: Presidio's default recognizers and spaCy (plus
    the project's own recognizers), the structured recognizers, names by position, names
    in capitals, and the surnames of "Last, First" names."""
    from app.redaction.address_heads import without_leading_findings  # noqa: PLC0415
    from app.redaction.analyzer import analyze_doc  # noqa: PLC0415 - loads the model lazily
    from app.redaction.bracketed_age_names import names_before_age_brackets  # noqa: PLC0415
    from app.redaction.bracketed_kin_names import bracketed_kin_names  # noqa: PLC0415
    from app.redaction.chat_export_speakers import (  # noqa: PLC0415
        bracketed_speakers,
        chat_export_speakers,
    )
    from app.redaction.chat_time_speakers import chat_time_speakers  # noqa: PLC0415
    from app.redaction.cjk_names import cjk_field_names  # noqa: PLC0415
    from app.redaction.comma_place_names import names_read_as_places  # noqa: PLC0415
    from app.redaction.content_line_names import outside_property_names  # noqa: PLC0415
    from app.redaction.dated_caps_names import dated_caps_names  # noqa: PLC0415
    from app.redaction.edi_segments import within_edi_segments  # noqa: PLC0415
    from app.redaction.edifact import edifact_contacts, edifact_party_names  # noqa: PLC0415
    from app.redaction.eponymous_firms import eponymous_firms  # noqa: PLC0415
    from app.redaction.eponymous_practices import eponymous_practices  # noqa: PLC0415
    from app.redaction.escaped_xml import escaped_xml_values  # noqa: PLC0415
    from app.redaction.foreign_runs import runs_in_latin_text  # noqa: PLC0415
    from app.redaction.given_names import (  # noqa: PLC0415
        contacted_given_names,
        find_given_names,
        lower_case_given_names,
        lower_case_name_fields,
        words_of,
    )
    from app.redaction.han_role_names import han_role_names  # noqa: PLC0415
    from app.redaction.line_opening_nouns import without_line_opening_nouns  # noqa: PLC0415
    from app.redaction.lower_case_names import lower_case_names  # noqa: PLC0415
    from app.redaction.name_answered_turns import answered_names  # noqa: PLC0415
    from app.redaction.name_attendee_lists import attendee_names  # noqa: PLC0415
    from app.redaction.name_bare_titles import bare_title_names  # noqa: PLC0415
    from app.redaction.name_caps_parties import (  # noqa: PLC0415
        case_parties,
        heads_before_bracketed_names,
    )
    from app.redaction.name_cause_titles import cause_title_parties  # noqa: PLC0415
    from app.redaction.name_cjk_captions import cjk_caption_names  # noqa: PLC0415
    from app.redaction.name_cjk_turns import cjk_turn_names  # noqa: PLC0415
    from app.redaction.name_csv_cells import csv_name_cells, given_cells_beside  # noqa: PLC0415
    from app.redaction.name_forms import mentions_and_possessors  # noqa: PLC0415
    from app.redaction.name_id_card_lines import id_card_lines  # noqa: PLC0415
    from app.redaction.name_initial_runs import initial_runs  # noqa: PLC0415
    from app.redaction.name_layouts import names_from_layout  # noqa: PLC0415
    from app.redaction.name_licence_fields import licence_holder_names  # noqa: PLC0415
    from app.redaction.name_markup_roles import markup_role_names  # noqa: PLC0415
    from app.redaction.name_memorial_lines import memorial_names  # noqa: PLC0415
    from app.redaction.name_named_cues import named_cue_names  # noqa: PLC0415
    from app.redaction.name_neighbours import (  # noqa: PLC0415
        birth_names,
        display_names,
        handle_names,
        initial_forms_more,
        initial_without_dot,
        logins,
        names_beside_persons,
    )
    from app.redaction.name_party_lines import party_lines  # noqa: PLC0415
    from app.redaction.name_quoted_appositions import quoted_appositions  # noqa: PLC0415
    from app.redaction.name_rank_surnames import rank_surnames  # noqa: PLC0415
    from app.redaction.name_romanised_cells import romanised_beside  # noqa: PLC0415
    from app.redaction.name_signature_lines import signature_lines  # noqa: PLC0415
    from app.redaction.name_slots import names_in_slots  # noqa: PLC0415
    from app.redaction.name_speaker_titles import titled_speakers  # noqa: PLC0415
    from app.redaction.name_spelt_letters import spelt_names  # noqa: PLC0415
    from app.redaction.name_x12_practices import practice_surnames  # noqa: PLC0415
    from app.redaction.names import find_names  # noqa: PLC0415
    from app.redaction.not_identifiers import not_identifiers  # noqa: PLC0415
    from app.redaction.ocr_reading import names_in_reading  # noqa: PLC0415
    from app.redaction.role_noun_names import role_noun_names  # noqa: PLC0415
    from app.redaction.romanised_name_fields import romanised_name_fields  # noqa: PLC0415
    from app.redaction.script_comma_names import comma_names_in_scripts  # noqa: PLC0415
    from app.redaction.script_kin_names import bracketed_script_kin_names  # noqa: PLC0415
    from app.redaction.script_kin_prose import script_kin_prose  # noqa: PLC0415
    from app.redaction.script_names import names_in_other_scripts  # noqa: PLC0415
    from app.redaction.script_runs import names_in_latin_lines  # noqa: PLC0415
    from app.redaction.staff_names import staff_names  # noqa: PLC0415
    from app.redaction.structured import find_structured, settled  # noqa: PLC0415
    from app.redaction.surname_shapes import caps_surnames  # noqa: PLC0415
    from app.redaction.surname_suffixes import suffix_surnames  # noqa: PLC0415
    from app.redaction.user_handles import account_names, handles_beside_persons  # noqa: PLC0415
    from app.redaction.vocative_names import vocative_names  # noqa: PLC0415
    from app.redaction.vpn_log_peers import vpn_log_peers  # noqa: PLC0415

    results, doc = analyze_doc(text, project=project)
    found = dates_and_ages(text, spans_from_results(results))
    found += find_structured(text) + find_names(text) + caps_names(text) + caps_surnames(text)
    given = find_given_names(text, words_of(doc))
    found += without_line_opening_nouns(text, given)
    found += lower_case_given_names(text)
    found += contacted_given_names(text) + lower_case_name_fields(text)
    found += mentions_and_possessors(text) + handle_names(text) + initial_without_dot(text)
    found += initial_forms_more(text) + names_in_other_scripts(text)
    found += comma_names_in_scripts(text) + bracketed_speakers(text) + escaped_xml_values(text)
    found += edifact_contacts(text) + edifact_party_names(text) + dated_caps_names(text)
    found += names_in_latin_lines(text) + birth_names(text) + display_names(text)
    found += runs_in_latin_text(text) + cjk_field_names(text) + staff_names(text)
    found += role_noun_names(text) + bracketed_kin_names(text) + bracketed_script_kin_names(text)
    found += suffix_surnames(text) + vocative_names(text) + names_before_age_brackets(text)
    found += romanised_name_fields(text) + chat_export_speakers(text) + eponymous_firms(text)
    found += eponymous_practices(text) + han_role_names(text) + chat_time_speakers(text)
    found += script_kin_prose(text) + vpn_log_peers(text) + cjk_caption_names(text)
    found += csv_name_cells(text) + licence_holder_names(text) + cjk_turn_names(text)
    found += party_lines(text) + id_card_lines(text) + signature_lines(text)
    found += rank_surnames(text) + case_parties(text) + practice_surnames(text)
    found += bare_title_names(text) + markup_role_names(text) + quoted_appositions(text)
    found += names_in_slots(text, doc.vocab.has_vector)
    found += lower_case_names(text, doc.vocab.has_vector)
    found += names_from_layout(text, doc.vocab.has_vector) + logins(text, doc.vocab.has_vector)
    found += account_names(text, doc.vocab.has_vector) + answered_names(text)
    found += attendee_names(text) + titled_speakers(text)
    found += memorial_names(text) + cause_title_parties(text) + named_cue_names(text)
    found += names_beside_persons(text, found) + handles_beside_persons(text, found)
    found += romanised_beside(text, found) + given_cells_beside(text, found)
    found += spelt_names(text, found) + heads_before_bracketed_names(text, found)
    found = with_initials(text, without_lower_case_tails(text, without_titles(text, found)))
    found = initial_runs(text, found)
    verdicts: dict[Span, Span | None] = {}  # the second guarding reads only new findings
    found = guarded_persons(text, found, verdicts)
    found += surname_after_given(text, found) + names_filling_fields(text, found)
    found = guarded_persons(text, found + surnames_before_given_names(text, found), verdicts)
    found += ages_after_persons(text, [(s.start, s.end) for s in found if s.kind == "PERSON"])
    found = settled(text, not_identifiers(text, found))
    found += names_in_reading(text, lambda reading: find_spans(reading, project))
    found = within_edi_segments(text, without_leading_findings(text, found))
    found = names_read_as_places(text, outside_property_names(text, found))
    return prefer_phone_over_nhs(text, found)


def redact_text(text: str, project: ProjectRecognizers = NONE) -> TextRedaction:
    """Find identifiers (see `find_spans`), add their other mentions in the same document
    (also those only a reading of OCR damage shows), and replace them all with placeholders."""
    from app.redaction.ocr_reading import mentions_in_reading  # noqa: PLC0415
    from app.redaction.role_words import without_leading_roles  # noqa: PLC0415
    from app.redaction.span_edges import without_separators  # noqa: PLC0415

    spans = find_spans(text, project)
    kinds = frozenset(project.kinds)
    merged = merge_spans(spans, kinds)  # repeats take the kind that won
    seeds = merged + swallowed_persons(spans)
    repeats = repeated_mentions(text, seeds, kinds)
    repeats += mentions_in_reading(
        text, seeds, lambda read, moved: repeated_mentions(read, moved, kinds)
    )
    found = without_leading_roles(text, without_separators(text, spans + repeats))
    return apply_placeholders(text, found, kinds)


def swallowed_persons(spans: list[Span]) -> list[Span]:
    """Person findings that no finding of another kind overlaps, kept as seeds for their
    other mentions even where a wider finding took them into its merge: "Marie Mendès
    (marie.mendes@example.org)" merges into one e-mail span, yet "marie" later in the
    text is still her."""
    others = [(s.start, s.end) for s in spans if s.kind != "PERSON"]
    return [
        s
        for s in spans
        if s.kind == "PERSON" and not any(a < s.end and s.start < b for a, b in others)
    ]
