"""A case handler's or a call agent's name right after the noun of their role, with no
colon between ("Reviewer OKAFOR, 2nd line sign-off", "Chat soporte - operador Tenorio",
"L1 analyst brannigan: escalate"), as compliance memos, chat headers and case notes write
who handled the file. The role noun stays readable; only the word after it is the name:

- capitalised or in capitals (three letters or more, no acronym): a word English does
  not hold, or a dictionary given name;
- in lower case only before a colon (a caption: "analyst brannigan: ..."), a word
  English does not hold, or holds as a noun only (a surname in the plural's shape).

The name closes its clause: a comma, colon or semicolon, the line's end, or (for the
capitalised and the capitals) a word in lower case after it.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.given_names import is_given_name
from app.redaction.lower_case_names import english_senses, name_word
from app.redaction.name_neighbours import plain_word
from app.redaction.names import is_acronym
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "name_after_role_noun"
SCORE: Final = 0.7

# Roles of the staff who handle a case, a claim or a call, in English, Spanish and
# Portuguese (the languages of the chat and case records these come from), and the trades
# a claim's adjuster names by surname ("Contractor Alvarez est. USD 12k").
_ROLES: Final = word_list(
    """
    reviewer approver analyst operator agent clerk handler caseworker assessor
    investigator underwriter adjuster dispatcher adviser advisor
    contractor subcontractor inspector surveyor appraiser estimator
    operador operadora agente asesor asesora atendente
    """
)
_NAMED = fast_regex.compile(
    rf"(?<![\w-])(?i:{trie_pattern(_ROLES)})[ \t]+"
    r"(?P<name>\p{L}[\p{L}\p{M}'’-]{1,30})"
    r"(?=[ \t]*(?P<stop>[,:;]|\r?\n|$)|[ \t]+\p{Ll})",
    re.M,
)


def _named(name: str, stop: str | None) -> bool:
    folded = name.casefold()
    if plain_word(folded):
        return False
    if name[0].isupper():
        if name.isupper() and (len(name) < 3 or is_acronym(name)):
            return False
        return name_word(folded) is not None or is_given_name(folded)
    if stop != ":":
        return False
    noun, other = english_senses(folded)
    return name_word(folded) is not None or (noun and not other)


def role_noun_names(text: str) -> list[Span]:
    """Names right after a handler's role noun (see the module docstring)."""
    return [
        Span(m.start("name"), m.end("name"), KIND, RULE, SCORE)
        for m in _NAMED.finditer(text)
        if _named(m.group("name"), m.group("stop"))
    ]
