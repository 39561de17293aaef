"""The user a VPN server's log names before the peer's address: OpenVPN writes each line
of a client's session as "common_name/real_address:port message" ("openvpn[2211]:
j.doe/203.0.113.9:51544 MULTI_sva: pool returned ..."), the common name being the
user's login or certificate name ("selena.jones"), which no other rule reads as a person
when it stands glued to the address.

Only a name with a letter in it, after the log line's "]: " or ": ", and not OpenVPN's
own "UNDEF" (a peer not yet authenticated). The search starts at the "/" before a dotted
address (a literal the regex engine skips to); the name is read back from there.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "PERSON"
RULE: Final = "vpn_log_peer"
SCORE: Final = 0.8

_ADDRESS = fast_regex.compile(r"/(?:\d{1,3}\.){3}\d{1,3}:\d{1,5}(?![\d.])")
_NAME_BEFORE = fast_regex.compile(r"[:\]][ ](?P<name>[^\W\d_][\w.@-]{1,63})\Z")
_NOT_USERS: Final = frozenset(("UNDEF",))


def vpn_log_peers(text: str) -> list[Span]:
    """Users before a peer's "address:port" in a VPN log line (see the module)."""
    if "/" not in text:
        return []
    spans = []
    for m in _ADDRESS.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, m.start() - 66), m.start())
        if before is not None and before.group("name") not in _NOT_USERS:
            spans.append(Span(before.start("name"), before.end("name"), KIND, RULE, SCORE))
    return spans
