"""Names in file names without a dictionary given name or an eight-digit date beside them:
the one title-case part among lower-case parts and numbers, a part beside a date written
with separators, and two lower-case non-words before a word of what the file is. Invented
values; words, months and weekdays in file names stay."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text
from app.redaction.user_handles import names_in_file_names


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names_in_file_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2024-03-02  09:10   41,220 551-08-23-Vrettakos-bloods.xlsx", "Vrettakos"),
        ("saved to 4410987-Quarrington-bloods.xlsx", "Quarrington"),
        ("Open document: memo_Carver_20010314.docx", "Carver"),  # an English word: a number beside
        ("attached: consent.Dravnieks.88123.pdf", "Dravnieks"),  # another separator
        ("/srv/hr/sicknote_Öztürkmen_2023-10-09.jpg", "Öztürkmen"),
        ("C:\\scans\\Szczepaniak-09.11.1958-ecg.pdf", "Szczepaniak"),
    ],
)
def test_one_name_part_in_a_file_name(text: str, name: str) -> None:
    assert _found(text) == [name]
    assert name not in redact_text(text + "\n").text


def test_two_lower_case_name_parts_before_a_file_word() -> None:
    text = "rsync: sent /home/ops/Documents/HR/ilkay_zdravkovic_contract.docx\n"
    assert _found(text) == ["ilkay", "zdravkovic"]
    out = redact_text(text).text
    assert "zdravkovic" not in out
    assert "contract.docx" in out


def test_a_name_in_a_file_name_also_masks_its_other_mentions() -> None:
    text = "sent HR/ilkay_zdravkovic_contract.docx\nsent HR/sicknote_Zdravkovic_2024-01-05.jpg\n"
    assert "Zdravkovic" not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "notes_Monday_2024.txt",
        "setup_Windows.exe",
        "report_final_v2.pdf",
        "data_2023-11-12_export.csv",
        "scan_Report_2024.pdf",
        "jpeg_xl_test.png",
        "Quarterly_Report_Final.pdf",  # every part in title case: no one proper noun
        "minutes_March_2024-02-01.docx",
    ],
)
def test_file_names_of_words_hold_no_name(text: str) -> None:
    assert _found(text) == []
