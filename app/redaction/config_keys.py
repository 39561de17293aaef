"""A key of a YAML document, no chat's speaker.

A chat export writes a speaker's name in lower case before a colon at a line's start
("anna: ok", "piotr: see you"), and `name_forms.lower_case_speakers` reads such a label as
a person once two of them repeat. A YAML document (a job file, a study's participant list)
writes its keys the same way ("site: ...", "consent: 2025-05-30" under each list item),
and they repeat too. YAML's block layout says which it is: a sequence of mappings, an
item line "- key: value" with the same key's siblings indented under it. In a text with
two such item lines at least, a lower-case speaker finding that is no given name is a key
and is dropped; a given name stays ("maria: ..."), and so does every finding of a text
without that layout (a chat keeps its speakers).
"""

from __future__ import annotations

import functools
import re

from app.redaction import fast_regex
from app.redaction.spans import Span

_RULE = "chat_speaker_lower"
# "  - id: LRS-907", "- name: pull": an item of a block sequence that opens a mapping.
_MAPPING_ITEM = fast_regex.compile(r"^[ \t]*-[ ][\w.-]{1,40}:(?:[ \t]|$)", re.M)
_MIN_ITEMS = 2


@functools.lru_cache(maxsize=4)  # not_identifiers asks of every finding of one text
def _yaml_layout(text: str) -> bool:
    if "- " not in text:
        return False  # cheap: no sequence item at all
    return sum(1 for _ in _MAPPING_ITEM.finditer(text)) >= _MIN_ITEMS


def config_key(text: str, span: Span) -> bool:
    """`span` is a lower-case speaker finding that is a YAML key (see above)."""
    if span.rule != _RULE or not _yaml_layout(text):
        return False
    from app.redaction.given_names import is_given_name  # noqa: PLC0415 - no cycle

    return not is_given_name(text[span.start : span.end])
