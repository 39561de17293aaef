"""The speaker column of a chat export laid out as "speaker  time  message" (Slack's and
Mattermost's plain-text exports and copied channels: "j.doe  10:14  paging again"): the
token before the time at a line's start is a person's handle, whatever letters it holds
(a handle transliterated with symbols, "x@yal.mir@l@mov", reads as no e-mail address or
login to the other rules). Two lines of the layout at least make it a column; bots and
integrations (alerting, CI) stay readable.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "chat_export_speaker"
SCORE: Final = 0.9  # above an e-mail finding inside the handle: the whole token is the name

_LINE = fast_regex.compile(
    r"(?m:^[ \t]{0,4}(?P<speaker>[^\s\d#\[\]()|:][^\s|]{1,40})[ \t]{2,}"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[ \t]{2,}\S)"
)
_BOTS: Final = frozenset(
    word_list(
        """
    system admin root bot slackbot jenkins github gitlab pagerduty opsgenie alertmanager
    grafana sentry datadog nagios zabbix deploy deployer ci cd monitor monitoring
    """
    )
)


def _bot(speaker: str) -> bool:
    folded = speaker.casefold().rstrip(":")
    return folded in _BOTS or folded.endswith("bot") or folded.endswith("-bot")


def chat_export_speakers(text: str) -> list[Span]:
    """Speakers of a "speaker  time  message" export (see the module)."""
    if ":" not in text:
        return []
    found = list(_LINE.finditer(text))
    if len(found) < 2:
        return []
    return [
        Span(m.start("speaker"), m.end("speaker"), KIND, RULE, SCORE)
        for m in found
        if any(c.isalpha() for c in m.group("speaker")) and not _bot(m.group("speaker"))
    ]
