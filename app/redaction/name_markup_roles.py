"""A person's name as the text of an XML element that names a person or their role,
with attributes on the element or its brackets escaped: '&lt;Referrer
gmc="1234567"&gt;Ama Owusu&lt;/Referrer&gt;', '<Author role="GP">Ama Owusu</Author>',
as referral, message and audit payloads are logged or pasted into a ticket.

`tables.py` reads an element only with no attribute but "value", and keeps a weak
field's value only beside a strong one; escaped (`escaped_xml.py`), the model sees
"&gt;Ama Owusu&lt;" and rarely a person. Here the tag is a person field of
`field_names` or a role that refers, sends, treats, signs or reviews, and the text is one
to four capitalised words, none a common, role, heading or drug word ("&lt;Sender&gt;Duty
Team&lt;/Sender&gt;" stays). Gated on "&lt;" or "<" and "</" (substring tests).
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import field_kind
from app.redaction.name_neighbours import plain_word
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "markup_role_name"
SCORE: Final = 0.75

_ROLES: Final = frozenset(
    word_list(
        """
    referrer referringclinician referringdoctor referringphysician sender recipient
    practitioner clinician gp signatory signedby witness reviewer reviewedby approver
    approvedby requester requestedby orderingprovider orderedby attendingphysician
    assignee caseworker keyworker socialworker
    informant declarant deceased decedent executor executrix testator administrator heir
    guarantor tenant landlord lessee lessor grantor grantee subscriber
    accountholder guest spouse father mother child
    """
    )
)
_OPEN = r"(?:<|&lt;)"
_CLOSE = r"(?:>|&gt;)"
_ELEMENT = fast_regex.compile(
    rf"{_OPEN}(?P<tag>[A-Za-z][\w.-]{{0,40}})"
    r"(?:\s+[\w:.-]{1,30}=(?:\"[^\"<>\n]{0,100}\"|'[^'<>\n]{0,100}'|&quot;[^<>\n]{0,100}?&quot;))*"
    rf"\s*{_CLOSE}(?P<value>\p{{Lu}}\p{{Ll}}+(?:['’-]\p{{Lu}}?\p{{Ll}}+)?"
    r"(?:[ ]\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?){0,3})"
    rf"{_OPEN}/(?P=tag){_CLOSE}"
)


def _person_tag(tag: str) -> bool:
    bare = tag.rsplit(":", 1)[-1].replace("_", "").replace("-", "").casefold()
    if bare in _ROLES:
        return True
    found = field_kind(tag)
    return found is not None and found[0] == KIND


def markup_role_names(text: str) -> list[Span]:
    """Names in XML elements of a person or their role (see the module)."""
    if "</" not in text and "&lt;/" not in text:
        return []
    spans = []
    for m in _ELEMENT.finditer(text):
        if not _person_tag(m.group("tag")):
            continue
        if any(plain_word(w.casefold()) for w in m.group("value").split()):
            continue
        spans.append(Span(m.start("value"), m.end("value"), KIND, RULE, SCORE))
    return spans
