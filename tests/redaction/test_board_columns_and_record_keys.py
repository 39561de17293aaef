"""Names under the columns of a hand-copied ward board whose blanks drifted from its
header's, under a "participant" column, under the name keys of an EU vaccination
certificate's decoded payload ("nam.fn=", "nam.gn="), and in a fleet host name that puts
the device word first ("LAPTOP-<surname>"). Invented values; the labels stay readable."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text
from app.redaction.user_handles import device_owners

BOARD = """WARD BOARD (photo transcribed)
BED  NAME                 CONS        EDD        NOTES
1    TALLAKSEN ORBE    MWANGI-ESTRELA   04/02/21   NBM
2    QUEVILLON    MWANGI-ESTRELA   12/08/22   falls risk
3    BRANDSMA    VUKOVAR   17/05/23   side room
"""


def test_board_rows_by_their_order_of_cells() -> None:
    out = redact_text(BOARD).text
    for name in ("TALLAKSEN ORBE", "QUEVILLON", "BRANDSMA", "MWANGI-ESTRELA", "VUKOVAR"):
        assert name not in out
    assert "BED  NAME                 CONS        EDD        NOTES" in out
    assert "falls risk" in out


def test_prose_under_a_fixed_width_header_is_no_row() -> None:
    text = "NAME  CONS  EDD  NOTES\nthe board was wiped at handover and rewritten later today\n"
    assert "wiped at handover" in redact_text(text).text


def test_form_line_with_values_is_no_board_header() -> None:
    text = (
        "Protocol QRT-310   Site 022   Subject ID 733-2051\n"
        "ECOG 0  ALT 1x ULN  Concomitant: metformin 500 mg\n"
    )
    assert "metformin 500 mg" in redact_text(text).text


def test_participant_column() -> None:
    text = (
        "sample_id\tparticipant\tcollected\tsite\ttype\n"
        "SMP-10442-A\tR. Thorvaldsen\t2021-03-02\tNorth Ward\tserum\n"
        "SMP-10443-B\tÆ. Kristrunsdóttir\t2022-04-19\tEast Ward\tplasma\n"
    )
    out = redact_text(text).text
    assert "Thorvaldsen" not in out
    assert "Kristrunsdóttir" not in out
    assert "participant" in out


@pytest.mark.parametrize(("family", "given"), [("DEVEREUX", "OTTILIE"), ("NAKASHIMA", "REI")])
def test_vaccination_payload_name_keys(family: str, given: str) -> None:
    text = f"payload (decoded)\nnam.fn={family}\nnam.gn={given}\ndob=1990-01-02\n"
    out = redact_text(text).text
    assert family not in out
    assert given not in out
    assert "nam.fn=" in out


@pytest.mark.parametrize(
    ("host", "owner"), [("LAPTOP-DRUMMOND", "DRUMMOND"), ("PC-Okonkwo", "Okonkwo")]
)
def test_owner_after_the_device_word(host: str, owner: str) -> None:
    text = f"DHCPACK to 00:11:22:33:44:55 ({host}) via eth0"
    assert [text[s.start : s.end] for s in device_owners(text, lambda _w: False)] == [owner]


@pytest.mark.parametrize("host", ["LAPTOP-RECEPTION", "DESKTOP-KQHZTRM", "PC-LENOVO"])
def test_no_owner_after_the_device_word(host: str) -> None:
    text = f"DHCPACK to 00:11:22:33:44:55 ({host}) via eth0"
    assert device_owners(text, lambda _w: False) == []
