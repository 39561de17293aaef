"""Titles before a surname that were read as no title (session 41): the US officer and
trooper of police reports ("Ofc.", "Tpr"), the Polish sergeant and aspirant ("sierż.",
"asp."), the Bulgarian and Russian doctor, Mr and Mrs ("д-р", "г-н", "г-жа")."""

from __future__ import annotations

from app.redaction.text import find_spans, redact_text


def test_officer_titles_keep_the_title_and_hide_the_surname() -> None:
    text = "At 0140 hrs I, Ofc. Vanterpool #5512, arrived on scene.\nTpr Kowalczyk took photos.\n"
    out = redact_text(text).text
    assert "Vanterpool" not in out
    assert "Kowalczyk" not in out
    assert "Ofc." in out


def test_polish_ranks_are_read_as_titles() -> None:
    out = redact_text("0,9 promila. Pasażer Jan Kos. sierż. Grzebień\nasp. Wierzbicki").text
    assert "sierż. <PERSON_" in out
    assert "asp. <PERSON_" in out


def test_cyrillic_titles() -> None:
    for text, name in (
        ("Лекуващ лекар: д-р Пчеларов", "Пчеларов"),
        ("Прегледан от г-жа Пчеларова", "Пчеларова"),
    ):
        found = [text[s.start : s.end] for s in find_spans(text) if s.rule == "name_after_title"]
        assert found == [name]
