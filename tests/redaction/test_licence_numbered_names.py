"""The holder of a driving licence in the EU model: fields 1 (surname) and 2 (other names)
before field 3, the date of birth. Invented values; a numbered list stays."""

from __future__ import annotations

import pytest

from app.redaction.name_licence_fields import licence_holder_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "DRIVING LICENCE\n1. TREVELYAN\n2. Osric James\n3. 02.03.1961 Truro\n",
            ["TREVELYAN", "Osric James"],
        ),
        # one line, fields apart by gaps
        ("1. NÍ BHRIAIN  2. AOIFE  3. 12/07/1984 Gaillimh  4a. x", ["NÍ BHRIAIN", "AOIFE"]),
        ("PERMIS\r\n1. D'ALMEIDA-RUAS\r\n2. Inês\r\n3. 1.2.1990\r\n", ["D'ALMEIDA-RUAS", "Inês"]),
    ],
)
def test_numbered_fields(text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in licence_holder_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "1. Aspirin\n2. Rest\n3. Review in 2 weeks\n",
        "1. Bloods\n2. X-ray 4\n3. 12.03.2024 follow up\n",
        "Steps: 1. Open 2. Close\n",
    ],
)
def test_numbered_lists_stay(text: str) -> None:
    assert licence_holder_names(text) == []
