"""Party and claimant role labels of court records and claim forms in Hebrew and Bengali,
and Hebrew roles written for both genders ("רופא/ה:"). Invented values."""

from __future__ import annotations

import pytest

from app.redaction.script_names import names_in_other_scripts
from app.redaction.text import redact_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("התובעת: מירב אלקלעי, ת.ז. 000000018", "מירב אלקלעי"),
        ("הנתבע: גדעון שטרוסברג, ת.ז. 000000018", "גדעון שטרוסברג"),
        ("רופא/ה: נוגה פרידלנדר\n", "נוגה פרידלנדר"),
        ("רוקח(ת): עדי ברזילי\n", "עדי ברזילי"),
        ("দাবিদার: তাহমিনা মজুমদার   ফোন: ০১৭০০-০০০০০০", "তাহমিনা মজুমদার"),
    ],
)
def test_name_after_party_role(text: str, name: str) -> None:
    found = [text[s.start : s.end] for s in names_in_other_scripts(text)]
    assert name in found
    assert name not in redact_text(text).text


def test_role_in_running_text_needs_a_colon() -> None:
    text = "התובע הגיש את הבקשה בזמן"
    assert names_in_other_scripts(text) == []
