"""Lines of speech in a subtitle file or a transcript (SRT, WebVTT, a call's log): what
stands between a cue's number and timing and the next, after a speaker's tag. A value
asked for or begun in one cue is often answered or finished in the next ("... your post
code" / "59157 okay"); these helpers find the line of speech before or after a line.
"""

from __future__ import annotations

from app.redaction import fast_regex

# A line that holds no speech: a cue's number, a timing ("00:00:33.400 --> ..."), blank.
NOT_SPEECH = fast_regex.compile(r"[ \t]*(?:\d+|[\d:.,]{8,}[ \t]*\S{1,3}[ \t]*[\d:.,]{8,}.*)?")
# A speaker's tag before the words ("CALLER: ", "[AGENT] ", "- ", a deposition's "A. ").
SPEAKER = fast_regex.compile(
    r"[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|[^\W\d][\w .'-]{0,30}:[ \t]*|-[ \t]*|[QA]\.[ \t]+)?"
)


def speech_before(text: str, line_start: int) -> int | None:
    """Where the line of speech before the line at `line_start` ends (cue numbers,
    timings and blank lines skipped), or None when there is none."""
    end = line_start - 1
    while end > 0:
        prev_start = text.rfind("\n", 0, end) + 1
        if NOT_SPEECH.fullmatch(text, prev_start, end) is None:
            return end
        end = prev_start - 1
    return None


def speech_after(text: str, line_end: int) -> int | None:
    """Where the line of speech after the line that ends at `line_end` starts (cue
    numbers, timings and blank lines skipped), or None when there is none."""
    start = line_end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if NOT_SPEECH.fullmatch(text, start, end) is None:
            return start
        start = end + 1
    return None
