"""A name's given and family parts as sibling XML elements in an element no table knows
(escaped or not), and lower-case titles in speech-to-text: a surname English knows as a
noun after an English title, any surname after a French, Italian, Spanish or German one.
Invented values."""

from __future__ import annotations

from app.redaction.lower_case_names import lower_case_names
from app.redaction.text import redact_text


def test_given_and_family_in_an_unknown_element() -> None:
    text = "<reporter><given>Odalys</given><family>Quenneville</family></reporter>\n"
    out = redact_text(text).text
    assert "Odalys" not in out
    assert "Quenneville" not in out


def test_escaped_given_and_family_on_one_line_with_other_fields() -> None:
    text = (
        "msg=&lt;signer&gt;&lt;family&gt;Marchetti&lt;/family&gt; "
        "&lt;given&gt;Ilaria&lt;/given&gt;&lt;code&gt;XR-4&lt;/code&gt;&lt;/signer&gt;\n"
    )
    out = redact_text(text).text
    assert "Marchetti" not in out
    assert "Ilaria" not in out
    assert "XR-4" in out


def test_a_lone_given_element_is_left() -> None:
    text = "<flags><given>true</given><count>3</count></flags>\n"
    assert redact_text(text).text == text


def test_english_noun_surname_after_a_title_in_a_transcript() -> None:
    out = redact_text("[00:01:04] JUDGE HALE: ms butcher what is the address\n").text
    assert "butcher" not in out
    out = redact_text("reported by doctor hedge full stop\n").text
    assert "hedge" not in out
    out = redact_text("[00:02:10] CLERK: mr field please state your address\n").text
    assert "field" not in out


def test_title_as_a_noun_keeps_its_words() -> None:
    text = "seen by the doctor today. my doctor said rest. booked a doctor visit.\n"
    assert redact_text(text).text == text


def test_french_and_italian_titles_in_lower_case() -> None:
    out = redact_text("« oui ici le cabinet du docteur vaillancourt rappelez-nous »\n").text
    assert "vaillancourt" not in out
    out = redact_text("messaggio: la dottoressa ferrandi ha chiamato ieri\n").text
    assert "ferrandi" not in out


def test_speaker_introducing_themself_in_a_french_or_italian_voicemail() -> None:
    text = "« allô c'est anouk guerrette de la pharmacie rappelez-moi »\n"
    assert [text[s.start : s.end] for s in lower_case_names(text)] == ["anouk guerrette"]
    text = "segreteria: ciao sono giulia ferrante dello studio, richiamami\n"
    assert [text[s.start : s.end] for s in lower_case_names(text)] == ["giulia ferrante"]
