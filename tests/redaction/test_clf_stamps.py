"""A web server log's stamp in the Common Log Format ("[dd/Mon/yyyy:HH:MM:SS +zzzz]",
Apache's and nginx's %t) is one field, masked whole; a date written otherwise before a
log's clock time keeps the time readable (clock_times.py)."""

from __future__ import annotations

import pytest

from app.redaction.text import redact_text


@pytest.mark.parametrize(
    "stamp",
    ["09/Mar/2023:07:41:02 +0000", "30/Nov/2019:23:05:59 -0500", "01/Feb/2027:00:00:13 +0130"],
)
def test_clf_stamp_is_masked_whole(stamp: str) -> None:
    line = f'10.20.30.40 - - [{stamp}] "GET /records/view HTTP/1.1" 200 734 "-" "wget/1.21"'
    out = redact_text(line).text
    assert "[<DATE_1>]" in out
    day, time_and_zone = stamp.split(":", 1)
    assert day not in out
    assert time_and_zone not in out


def test_other_date_before_a_log_time_keeps_the_time() -> None:
    out = redact_text('10.20.30.40 - - [14 August 2021:06:12:44 +0000] "GET /"').text
    assert "06:12:44 +0000" in out
    assert "August" not in out
