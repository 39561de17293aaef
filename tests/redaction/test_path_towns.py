"""A town as a folder of a file path ("Directory of S:\\Referrals\\Wallaceside"): masked
when its name ends in a settlement suffix; folders of common words stay."""

from __future__ import annotations

import pytest

from app.redaction.path_towns import find_path_towns


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_path_towns(text)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Directory of S:\\Clinics\\Amberside\n\n2024-01-02  09:00  1,024 a.pdf", "Amberside"),
        ("Directory of S:\\Referrals\\Port Tessashire\n", "Port Tessashire"),
        ("rsync: sent /srv/scans/North Kellyland/2024/ct.dcm", "North Kellyland"),
        ("Copied to \\\\fileserver\\teams\\Lake Dorisburgh\\minutes.docx", "Lake Dorisburgh"),
        ("find /data/Westerberg/ -name '*.pdf'", "Westerberg"),
        # two paths on one line, the town not the last folder
        ("mv /a/Johnstad/x.txt /b/Fort Millerview/y.txt", "Fort Millerview"),
    ],
)
def test_a_town_folder_is_masked(text: str, town: str) -> None:
    assert town in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "C:\\Users\\Support\\Outside\\Reports\\Transport\\file.txt",
        "/mnt/Backside/Island/England/Export/",
        "Directory of S:\\Referrals\\Archive\n",
        "Port Tessashire is lovely",  # no path
    ],
)
def test_common_word_folders_stay(text: str) -> None:
    assert _found(text) == [], text
