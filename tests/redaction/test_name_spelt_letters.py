"""Names spelt out letter by letter in transcripts, subtitles and call notes: a name's
letters joined by hyphens, or by blanks when the text names that person. Invented values."""

from __future__ import annotations

from app.redaction.name_spelt_letters import spelt_names
from app.redaction.text import redact_text


def _spelt(text: str) -> list[str]:
    return [text[s.start : s.end] for s in spelt_names(text, [])]


def test_unknown_word_spelt_with_hyphens_is_a_name() -> None:
    text = "Q. And how is that written?\nA. B-R-Z-E-W-S-K-I, sir.\nQ. Thank you."
    assert _spelt(text) == ["B-R-Z-E-W-S-K-I"]
    assert "B-R-Z-E-W-S-K-I" not in redact_text(text).text


def test_lower_case_spelling_in_an_asr_transcript() -> None:
    text = "[00:12] agent: and the surname\n[00:15] caller: o-y-e-l-a-r-a-n, yes"
    assert "o-y-e-l-a-r-a-n" not in redact_text(text).text


def test_spelling_that_repeats_a_found_name() -> None:
    # an English word once spelt, but the name of the person just named; with blanks too
    text = "WITNESS: My name is Harriet Bell, that's B E L L.\nCOUNSEL: Thank you."
    out = redact_text(text).text
    assert "B E L L" not in out
    assert "COUNSEL: Thank you." in out


def test_part_of_a_name_after_a_spelling_cue() -> None:
    # French cue; the spelling is cut in two by a pause, each half alone
    text = "Agent : Comment ça s'écrit ?\n\nAppelant : C'est L-E-F\n\nAppelant : E-B-V-R-E, voilà."
    assert _spelt(text) == ["L-E-F", "E-B-V-R-E"]


def test_dutch_cue_before_a_common_given_name() -> None:
    text = "Interviewer: Hoe wordt dat gespeld?\nRespondent: E-V-A, met een E."
    assert _spelt(text) == ["E-V-A"]


def test_headings_acronyms_and_function_words_are_no_names() -> None:
    text = (
        "F A X   C O V E R\nD O B 02/02/1980\nThe Q-T-C interval was long.\n"
        "Please spell it -- L-A-S-T name first."
    )
    assert _spelt(text) == []
    out = redact_text(text).text
    assert "F A X" in out
    assert "Q-T-C" in out
    assert "L-A-S-T" in out


def test_short_spelling_without_cue_or_person_is_left() -> None:
    text = "Ward round: the T-E-D stockings were fitted."
    assert _spelt(text) == []
