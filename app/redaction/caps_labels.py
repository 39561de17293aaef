"""A form's label of several words in capitals, read as a person.

Forms printed in capitals ("ADRES ZAMIESZKANIA: …", "ПОЛИС ОМС: …", "MÉDICO
SOLICITANTE: …", "CURRENT LANDLORD: …") put every label in the shape of a surname and a
given name in capitals, and spaCy's capitals pass reads it as a person. A person stands
before a colon at a line's start in a transcript ("OKAFOR: …"), where the speaker speaks
again. So a finding is the form's label when it opens its line, is two words or more in
capitals, none of them a given name, right before a colon and a value; it is written
nowhere else in the document; and the document is a form (other lines are "Label: value"
too). Written in lower case a label reads as common words to the model and is no finding.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.label_guards import LABEL_WORD, any_given
from app.redaction.spans import Span

# Right after the finding: (a blank,) the colon, then a value on the same line.
_COLON_VALUE = fast_regex.compile(r"[ \t]?[:：](?!//)[ \t]*[^\s:]")
# A "Label: value" line of a form.
_FIELD_LINE = fast_regex.compile(r"(?m)^[ \t]*\p{L}[^\n:：]{0,48}[:：][ \t]*[^\s:]")
_MIN_WORDS: Final = 2
_MIN_FIELD_LINES: Final = 3  # the label's own line and two more


def caps_label(text: str, span: Span) -> bool:
    """`span` is a form's label in capitals, not a person (see the module's docstring)."""
    line = text.rfind("\n", 0, span.start) + 1
    if text[line : span.start].strip(" \t") or _COLON_VALUE.match(text, span.end) is None:
        return False
    value = text[span.start : span.end]
    words = LABEL_WORD.findall(value)
    if len(words) < _MIN_WORDS or not all(w.isupper() for w in words):
        return False
    if any_given(words):
        return False
    if text.count(value) > 1:
        return False  # a speaker speaks again
    return sum(1 for _ in _FIELD_LINE.finditer(text)) >= _MIN_FIELD_LINES
