"""Person names in every written form: capitals, "Last, First", initials, titles of several
languages, after role words, in signatures, e-mail headers, table cells and chat speaker
tags, from many cultures. Every name here is made up for this test."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.names import find_names
from app.redaction.text import redact_text

CASES = [
    ("all caps header", "PATIENT NAME: TOMASZ WIERZBICKI\nWARD 4", ["WIERZBICKI", "TOMASZ"]),
    ("all caps line", "REFERRAL FROM DR IFEOMA NWACHUKWU TO CARDIOLOGY", ["NWACHUKWU"]),
    ("last comma first", "Summary for Bamidele, Folasade; stable.", ["Bamidele", "Folasade"]),
    ("caps last comma first", "KOWALCZYK, Marianna  DOB 02/03/1961", ["KOWALCZYK", "Marianna"]),
    ("initials", "Reviewed by A. T. Pryce-Jenkins on the ward.", ["Pryce-Jenkins", "A. T."]),
    ("english title", "Mrs Eirlys Vaughan attended.", ["Eirlys", "Vaughan"]),
    ("german title", "Herr Jürgen Oberhuber wurde entlassen.", ["Jürgen", "Oberhuber"]),
    ("french title", "Mme Ségolène Vautrin est sortie.", ["Ségolène", "Vautrin"]),
    ("spanish title", "La Sra. Itziar Goikoetxea llamó.", ["Itziar", "Goikoetxea"]),
    ("italian title", "Sig.ra Donatella Ferraresi presente.", ["Donatella", "Ferraresi"]),
    ("polish title", "Pani Grażyna Szczepańska zadzwoniła.", ["Grażyna", "Szczepańska"]),
    ("turkish title", "Bayan Elif Karaoğlu geldi.", ["Elif", "Karaoğlu"]),
    ("vietnamese title", "Ông Trần Quốc Bảo đã đến.", ["Trần", "Bảo"]),
    (
        "emergency contact",
        "My emergency contact is Olumide Adeyemi-Bakare.",
        ["Olumide", "Adeyemi-Bakare"],
    ),
    ("next of kin", "Next of kin: Gwenllian Prydderch (sister).", ["Gwenllian", "Prydderch"]),
    ("referred by", "Referred by Chukwuemeka Obi for review.", ["Chukwuemeka", "Obi"]),
    (
        "signature",
        "Thanks for your help.\nKind regards,\nRhodri ap Iorwerth\n",
        ["Rhodri", "Iorwerth"],
    ),
    (
        "mail header",
        'From: "Szymańska, Bożena" <bszym@example.net>\nSubject: leave',
        ["Szymańska", "Bożena"],
    ),
    ("mail header plain", "To: Aurelio Bonfanti <ab@example.net>", ["Aurelio", "Bonfanti"]),
    (
        "table cell",
        "| Employee name | Days |\n| --- | --- |\n| Wojciech Brzęczyszczykiewicz | 4 |",
        ["Wojciech", "Brzęczyszczykiewicz"],
    ),
    ("tab table", "Patient\tWard\nHuw Llewelyn\t3B\n", ["Huw", "Llewelyn"]),
    ("chat stamp", "[09:14] Babatunde Olatunji: my card was declined", ["Babatunde", "Olatunji"]),
    (
        "chat repeated",
        "Siân Trefor: hello\nAgent: how can I help?\nSiân Trefor: my claim\n",
        ["Siân", "Trefor"],
    ),
]


@pytest.mark.parametrize(("name", "text", "words"), CASES, ids=[c[0] for c in CASES])
def test_name_is_masked(analyzer: Any, name: str, text: str, words: list[str]) -> None:
    out = redact_text(text).text
    for word in words:
        assert word not in out, f"{name}: {word!r} survived"


@pytest.mark.parametrize(
    "text",
    [
        "Plan: continue ramipril. Assessment: stable.",
        "Dr to review on Monday.",
        "Best practice is to check bloods weekly.",
        "Summary: patient improving.",
        "Travelled to Paris, France and London, Ontario.",
        "Plan: CT HEAD and MRI BRAIN today.",
    ],
)
def test_headings_and_titles_alone_are_no_names(text: str) -> None:
    assert find_names(text) == []


def test_titles_stay_readable(analyzer: Any) -> None:
    out = redact_text("Seen by Dr. Oyelaran Fashola today.").text
    assert "Dr." in out
    assert "Fashola" not in out


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for span in find_names(text):
        assert 0 <= span.start < span.end <= len(text)
