"""A party's name on the line above its part in the title of proceedings ("Applicant",
"Second Respondent", "(Claimant)"), as court orders and their PDF-to-text copies set it
out. Invented values; a council, a firm or a word line above a party word stays."""

from __future__ import annotations

from app.redaction.name_party_lines import party_lines
from app.redaction.text import redact_text

_ORDER = (
    "IN THE FAMILY COURT AT Dunmere                  Case No. FD7731200045\n"
    "BETWEEN\n"
    "CIARAN MACGIOLLA\n"
    "Applicant\n"
    "and\n"
    "MARY O'DONNELLAN\n"
    "Respondent\n"
    "ORDER made on 3 April 2026. The child Aoife (born 17 October 2019) shall live with "
    "the appli-\n"
    "cant.\n"
)


def test_party_names_above_their_parts() -> None:
    found = [_ORDER[s.start : s.end] for s in party_lines(_ORDER)]
    assert found == ["CIARAN MACGIOLLA", "MARY O'DONNELLAN"]
    out = redact_text(_ORDER).text
    assert "DONNELLAN" not in out
    assert "Respondent" in out


def test_a_blank_line_and_an_ordinal_between() -> None:
    text = "BETWEEN\n\nTemitope Adeyemi-Okoro\n\nSecond Respondent\n"
    assert [text[s.start : s.end] for s in party_lines(text)] == ["Temitope Adeyemi-Okoro"]


def test_firms_councils_and_words_stay() -> None:
    text = (
        "LONDON BOROUGH OF GREYWATER\nFirst Respondent\n"
        "HARBOUR INSURANCE LIMITED\n(Claimant)\n"
        "and\nDefendant\n"
    )
    assert party_lines(text) == []
