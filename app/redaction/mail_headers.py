"""What an e-mail's header machinery writes that names no one: the relays' host names of a
"Received:" line and the host part of a "Message-ID:".

RFC 5322 section 3.6.7 writes a trace line as "Received: from mail.example.net
(192.0.2.7) by mx.example.org; <date>": the hosts are the mail servers the message passed
through, an organisation's machines. The host finder and the handle rule read them as a
web address or a user's handle; they are kept (the sender's IP address and the date stay
masked by their own rules). A message identifier (section 3.6.4, "Message-ID:
<local@host>") is written like an address but is none: its local part is the message's
serial, masked as a record number, and its host part is again a server's name, kept.
"""

from __future__ import annotations

import functools
import re

from app.redaction.spans import Span

# A trace line's relay host: a dotted host name right after "from" or "by".
_TRACE_LINE = re.compile(r"(?im)^received:[^\n]*")
_RELAY_HOST = re.compile(
    r"(?i:(?<=\bfrom[ \t])|(?<=\bby[ \t]))[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?![\w.@-])"
)
# A header that holds message identifiers, to the end of its line.
_MESSAGE_ID_LINE = re.compile(r"(?im)^(?:message-id|in-reply-to|references):[^\n]*")
_RECORD_KIND = "RECORD_NUMBER"


def relay_host(text: str, span: Span) -> bool:
    """The finding lies in a relay's host name on a "Received:" line (see above)."""
    return any(a <= span.start and span.end <= b for a, b in _relay_hosts(text))


def message_id_serial(text: str, span: Span) -> Span:
    """An e-mail finding on a message-identifier header cut to its local part, a record
    number; any other finding as it is."""
    if span.kind not in ("EMAIL_ADDRESS", "EMAIL") or not _on_message_id_line(text, span):
        return span
    at = text.find("@", span.start, span.end)
    if at <= span.start:
        return span
    return Span(span.start, at, _RECORD_KIND, span.rule, span.score)


def message_id_host(text: str, span: Span) -> bool:
    """The finding lies in the host part (after the "@") of a message identifier."""
    if not _on_message_id_line(text, span):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    at = text.rfind("@", line_start, span.start + 1)
    return at >= 0 and not any(c.isspace() or c in "<>," for c in text[at : span.end])


def _on_message_id_line(text: str, span: Span) -> bool:
    """The finding lies on a message-identifier header's line."""
    return any(a <= span.start and span.end <= b for a, b in _message_id_lines(text))


# The findings of one text are asked in turn: each text's header lines are read once.
@functools.lru_cache(maxsize=8)
def _relay_hosts(text: str) -> tuple[tuple[int, int], ...]:
    """The relay host names of every "Received:" line of `text`."""
    if "eceived:" not in text and "ECEIVED:" not in text:
        return ()
    return tuple(
        (m.start(), m.end())
        for line in _TRACE_LINE.finditer(text)
        for m in _RELAY_HOST.finditer(text, line.start(), line.end())
    )


@functools.lru_cache(maxsize=8)
def _message_id_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The message-identifier header lines of `text`."""
    if "@" not in text:
        return ()
    return tuple((m.start(), m.end()) for m in _MESSAGE_ID_LINE.finditer(text))
