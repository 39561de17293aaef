"""Numbers read out digit by digit that `spoken_digits` leaves: shorter runs after the word
that asks for them ("hospital number oh nine double five oh two", "Best number is four
four zero one two", "numer telefonu osiem ..."), and the rest of a number that a
subtitle or a transcript carries over to the next cue or turn ("... is zero two zero
seven four" / "nine six zero three one seven."). Pure `re`.

A run of digit words (in the languages of `spoken_digits.DIGIT_WORDS`; "double" /
"triple" before a digit count it twice or thrice, as English speakers say "double five")
is masked when
- it says seven digits or more (a "double" makes a run of six words seven digits);
- it says four digits or more and a word for a number, a phone or a record stands
  shortly before it on its line ("number", "Nummer", "numer", "phone", "MRN", "plate");
- it says three digits or more, opens its line (after a speaker's tag) and the text line
  before it (cue numbers and timings skipped) ends in a run masked here or by
  `spoken_digits`: the number carried on.
A count in prose puts a noun after each number ("two beds, four nurses"); runs of bare
digit words after a number word are read out.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.cue_lines import SPEAKER, speech_after, speech_before
from app.redaction.spans import Span
from app.redaction.spoken_digits import DIGIT_WORDS
from app.redaction.wordtrie import trie_pattern, word_list

RULE: Final = "number_read_out"

_TIMES: Final = {
    w: (3 if w.startswith("tri") else 2)
    for w in word_list("double triple doble doppio duplo dubbel doppel dobro triplo")
}
_WORDS: Final = frozenset(DIGIT_WORDS)
# (a numeral alone counts too, as transcripts write digits one by one: "4 4 7 1 9 2")
_DIGIT = rf"(?:(?:{trie_pattern(set(_TIMES))})[ \t]+)?(?:{trie_pattern(set(DIGIT_WORDS))}|\d(?!\d))"
# Over the lowered text with commas, hyphens and full stops as blanks (the same length).
RUN = fast_regex.compile(rf"(?<!\w){_DIGIT}(?:[ \t]+{_DIGIT}(?!\w)){{2,19}}", word_led=True)
_TOKENS: Final = _WORDS | frozenset(_TIMES) | frozenset("0123456789")
_GATE: Final = b"\x01\x01\x01"

# Words that ask for a number: its kind is the finding's.
_PHONE_WORDS: Final = word_list(
    "number numbers phone telephone tel mobile cell cellphone landline contact callback "
    "call ring reach dial "
    "numer numeru nummer numéro numero número telefon telefonu telefoon téléphone teléfono "
    "telefono telefone handy portable móvil celular cellulare komórka komórki"
)
_RECORD_WORDS: Final = word_list(
    "mrn hospital unit id account acct policy claim reference ref code pin member card passport "
    "licence license nhs ssn zip postcode postal post extension ext digits dossier"
)
_PLATE_WORDS: Final = word_list("plate reg registration index kennzeichen matrícula targa")
_KINDS: Final = (
    *((w, "PHONE_NUMBER") for w in _PHONE_WORDS),
    *((w, "RECORD_NUMBER") for w in _RECORD_WORDS),
    *((w, "VEHICLE_ID") for w in _PLATE_WORDS),
)
_KIND_OF: Final = {**dict(_KINDS), "nummer": "PHONE_NUMBER", "numer": "PHONE_NUMBER"}
# (a compound ending in "number" counts: "Rückrufnummer", "telefonnummer")
_LABEL = fast_regex.compile(
    rf"(?:(?<!\w)(?:{trie_pattern(set(_KIND_OF))})|(?<=\w)(?:nummer|numer))(?!\w)",
    word_led=True,
)
_WINDOW = 40
_GLUED_NUMERAL = fast_regex.compile(r"\d[.:/-]|[.:/-]\d")
_ANSWER_OPENING = 30  # the answer's run opens its line: a speaker's tag, "yes it's"
_QUESTION_TAIL = 12  # the question ends with its word ("number please?")
_MIN_ALONE, _MIN_LABELLED, _MIN_CARRIED = 7, 4, 3


def _digits(run: str) -> int:
    count, times = 0, 1
    for token in run.split():
        if token in _TIMES:
            times = _TIMES[token]
            continue
        count += times
        times = 1
    return count


def find_read_out_numbers(text: str) -> list[Span]:
    """Runs of digit words read out as a number (see above)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = fast_regex.folded(text)
        if len(lowered) != len(text):
            return []
    lowered = lowered.replace(",", " ").replace("-", " ").replace(".", " ")
    if _GATE not in bytes(map(_TOKENS.__contains__, lowered.split())):
        return []
    spans: list[Span] = []
    for m in RUN.finditer(lowered):
        start, end = m.start(), m.end()
        if _GLUED_NUMERAL.search(text, start, end):
            continue  # "3.5-5.0", "12:30", "1/2": a decimal, a range or a time, not digits said
        digits = _digits(m.group())
        kind = _labelled(lowered, start) if digits >= _MIN_LABELLED else None
        if kind is None and digits >= _MIN_CARRIED:
            kind = _carried(text, lowered, start, spans)
        if kind is None and digits >= _MIN_ALONE:
            kind = "PHONE_NUMBER"
        if kind is not None:
            spans.append(Span(start, end, kind, RULE, 0.7))
    return spans


def _labelled(lowered: str, start: int) -> str | None:
    """The kind a number word shortly before `start` on its line names, if any; or, for a
    run near the start of its line, the word that ends the line of speech before (the
    question it answers: "And your member number?" / "yeah it's four four one two")."""
    line_start = lowered.rfind("\n", 0, start) + 1
    kinds = [
        _KIND_OF[m.group()]
        for m in _LABEL.finditer(lowered, max(line_start, start - _WINDOW), start)
    ]
    if not kinds and start - line_start <= _ANSWER_OPENING:
        end = speech_before(lowered, line_start)
        if end is not None:
            tail = lowered[max(0, end - _WINDOW) : end].rstrip(" \t?:.")
            asked = [m for m in _LABEL.finditer(tail) if m.end() >= len(tail) - _QUESTION_TAIL]
            kinds = [_KIND_OF[m.group()] for m in asked]
    if not kinds:
        return None
    # "hospital number", "plate number": the record's or the plate's word names the kind
    named = [k for k in kinds if k != "PHONE_NUMBER"]
    return named[-1] if named else kinds[-1]


def _carried(text: str, lowered: str, start: int, spans: list[Span]) -> str | None:
    """The kind of the run the text line before ends with, when this run opens its line
    (after a speaker's tag) and so carries that number on."""
    line_start = lowered.rfind("\n", 0, start) + 1
    if SPEAKER.fullmatch(text, line_start, start) is None:
        return None
    end = speech_before(text, line_start)
    if end is None:
        return None
    stop = len(lowered[:end].rstrip(" \t?!;:"))
    for span in reversed(spans):
        if span.end == stop:
            return span.kind
    return None


# The rest of a number in numerals that opens the next cue or turn ("Best number is 07700
# 900" / "CALLER: 461, yeah."): digit groups, three digits or more.
_NUMERAL_TAIL = fast_regex.compile(r"\d{1,6}(?:[ -]\d{1,6}){0,4}(?![\w/:.,]\d|\w)")
_CARRIED_KINDS: Final = frozenset({"PHONE_NUMBER", "RECORD_NUMBER", "ACCOUNT_NUMBER"})
_LINE_TAIL = fast_regex.compile(r"[ \t.,;-]*(?:\n|$)")
_TIMING = fast_regex.compile(r"\d{1,2}:\d{2}")


def numbers_carried_on(text: str, found: list[Span]) -> list[Span]:
    """The numerals that carry on a number found at the end of a line of speech, at the
    start of the next (a subtitle's next cue, or the same speaker's next turn)."""
    out: list[Span] = []
    for span in found:
        if span.kind not in _CARRIED_KINDS or _LINE_TAIL.match(text, span.end) is None:
            continue
        line_end = text.find("\n", span.end)
        if line_end < 0:
            continue
        start = speech_after(text, line_end)
        if start is None:
            continue
        speaker = SPEAKER.match(text, start)
        at = speaker.end() if speaker is not None else start
        if _TIMING.search(text, line_end, start) is None and not _same_turn(
            text, span.start, text[start:at]
        ):
            continue  # no cue nor turn: a form's next line ("Mobile: ...\nOdometer: 24 310")
        tail = _NUMERAL_TAIL.match(text, at)
        if tail is not None and sum(c.isdigit() for c in tail.group()) >= _MIN_CARRIED:
            out.append(Span(tail.start(), tail.end(), span.kind, RULE, 0.6))
    return out


def _same_turn(text: str, at: int, tag: str) -> bool:
    """Whether the line that holds `at` opens with the same speaker's tag `tag` (the
    speaker goes on: "CALLER: ... 0161 496" / "CALLER: 0321"); a form's labels differ."""
    if not tag.strip():
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return text.startswith(tag.rstrip(), line_start)
