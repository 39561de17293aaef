"""A name after the word that introduces someone by name in registers and reports of
other languages (Polish "imieniem", German "namens", Dutch "genaamd", Spanish "de
nombre"), a letter no accent-stripping reduces kept ("ł", "ø"). Invented values;
German nouns and "so-called" phrases stay."""

from __future__ import annotations

from app.redaction.name_named_cues import named_cue_names


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in named_cue_names(text)]


def test_names_after_a_naming_word() -> None:
    assert _found("ochrzczono dziecię imieniem Paweł, syna") == ["Paweł"]
    assert _found("ein Mann namens Henrik Vossberg erschien") == ["Henrik Vossberg"]
    assert _found("een kind genaamd Søren Dalby") == ["Søren Dalby"]
    assert _found("una niña de nombre Lucía Ferrándiz") == ["Lucía Ferrándiz"]


def test_nouns_and_so_called_phrases_stay() -> None:
    assert _found("namens Vorstand und Aufsichtsrat") == []
    assert _found("el llamado Plan Marshall") == []
    assert _found("der sogenannte Plan") == []
