"""Plates in police narratives (issue 15, session 41, split W): the value after a radio
check's ten-code ("run a 10-28 on 7KQM214"), a short plate right after "vehicle" in a crash
report, a plate in brackets opening the line after a make and model, and a number after
Marathi's "क्र." (number). Engines, models and times stay readable. Values invented."""

from __future__ import annotations

import pytest

from app.redaction.radio_plates import find_ten_code_plates
from app.redaction.structured import find_structured


def _values(spans: list, text: str) -> set[str]:
    return {text[s.start : s.end] for s in spans}


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("OFC: Dispatch, run a 10-28 on 52217K. Traffic stop at the lights.", "52217K"),
        ("Requested a 10-28 for TRX 481 and waited.", "TRX 481"),
        ("10-29 on the tag, 4KXT20, came back clear", "4KXT20"),
    ],
)
def test_value_after_a_ten_code_is_masked(text: str, plate: str) -> None:
    assert plate in _values(find_ten_code_plates(text), text)
    assert plate in _values(find_structured(text), text)


@pytest.mark.parametrize(
    "text",
    ["Unit 3 went 10-8 at 10:28.", "10-28 on hold, stand by", "copy 10-28 on 12"],
)
def test_ten_code_without_a_plate_masks_nothing(text: str) -> None:
    assert find_ten_code_plates(text) == []


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Unit 1 (a driver, vehicle 317K) was traveling NB on Route 4", "317K"),
        ("He drove a 2011 Ford F-150\n(4HM Z17) that was impounded.", "4HM Z17"),
        ("दिनांक रोजी माझी मोटारसायकल क्र. ZPQ7712 चोरीला गेली.", "ZPQ7712"),
    ],
)
def test_plate_in_a_narrative_is_masked(text: str, plate: str) -> None:
    assert plate in _values(find_structured(text), text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The car 4WD was fine, my vehicle had a V8.", "4WD"),
        ("He drove a 2011 Ford F-150\nto the depot.", "F-150"),
    ],
)
def test_engines_and_models_stay_readable(text: str, word: str) -> None:
    at = text.index(word)
    assert not any(s.start <= at < s.end for s in find_structured(text) if s.kind == "VEHICLE_ID")
