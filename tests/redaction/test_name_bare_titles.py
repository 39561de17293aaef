"""A name after a title typed in lower case without its dot ("dr Mensahs office", "mrs
Lindqvist called"), as texts and chats write them. Invented values; an address's "dr"
(drive) and a common word after a title stay."""

from __future__ import annotations

import pytest

from app.redaction.name_bare_titles import bare_title_names
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi is this dr Adeyemis office?? my daughter has a rash", "Adeyemis"),
        ("mrs Thorvaldsen rang again about the boiler", "Thorvaldsen"),
        ("ok. mr Quispe Mamani will call back", "Quispe Mamani"),
        ("can u tell dr Nakashima Friday is fine", "Nakashima"),
    ],
)
def test_a_name_after_a_bare_title(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in bare_title_names(text)] == [name]
    assert name.split(maxsplit=1)[0] not in redact_text(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Flat 2, 14 Birch dr Ashcombe",
        "seen by dr Monday clinic",
        "Oak dr Northfield",
        "Dr Nakashima",
    ],
)
def test_no_name_there(text: str) -> None:
    assert bare_title_names(text) == []
