"""The speaker column of a chat export laid out as "speaker  time  message" (Slack's and
Mattermost's plain-text exports and copied channels: "j.doe  10:14  paging again"): the
token before the time at a line's start is a person's handle, whatever letters it holds
(a handle transliterated with symbols, "x@yal.mir@l@mov", reads as no e-mail address or
login to the other rules). Two lines of the layout at least make it a column; bots and
integrations (alerting, CI) stay readable.

Messengers that bracket both ("[영철 서] [오후 3:12] 안녕하세요", "[Ines Baptista] [09:14] ok")
are read the same way: the bracket before a bracketed time at a line's start is the
speaker, unless it names a role, a bot or a log level ("[Agent]", "[INFO]").
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
_BRACKETED = fast_regex.compile(
    r"(?m:^[ \t]{0,4}\[(?P<speaker>[^\[\]\n\d:@#/<>=]{2,40})\][ \t]*"
    r"\[[^\[\]\n]{0,20}?\d{1,2}:\d{2}[^\[\]\n]{0,12}\][ \t]*\S)"
)
_LOG_LEVELS: Final = frozenset(
    word_list("info warn warning error debug trace fatal notice critical alert verbose")
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


def names_nobody(speaker: str) -> bool:
    """A speaker tag that names nobody: no letter, a bot, a log level, a role or field
    label, a cue word (the exports that write the time first read their tags the same way)."""
    from app.redaction.names import is_cue_word  # noqa: PLC0415
    from app.redaction.script_names import NAME_LABELS, ROLE_LABELS  # noqa: PLC0415

    return (
        not any(c.isalpha() for c in speaker)
        or _bot(speaker)
        or speaker.casefold() in _LOG_LEVELS
        or speaker in ROLE_LABELS
        or speaker in NAME_LABELS
        or (" " not in speaker and is_cue_word(speaker))
    )


def bracketed_speakers(text: str) -> list[Span]:
    """Speakers of a "[speaker] [time] message" export (see the module)."""
    if "] [" not in text and "][" not in text:
        return []
    found = list(_BRACKETED.finditer(text))
    if len(found) < 2:
        return []
    spans = []
    for m in found:
        speaker = m.group("speaker").strip()
        if names_nobody(speaker):
            continue
        start = m.start("speaker") + m.group("speaker").index(speaker)
        spans.append(Span(start, start + len(speaker), KIND, RULE, SCORE))
    return spans
