"""The evaluation's documents do not depend on the day, or the minute, they are rendered."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from resources.synthetic.redaction_eval import dev_templates, heldout_f_templates
from resources.synthetic.redaction_eval.generator import Split, corpus


@pytest.mark.parametrize("split", [dev_templates.SPLIT, heldout_f_templates.SPLIT])
def test_a_split_renders_the_same_documents_on_any_day(split: Split) -> None:
    # Dates of birth come from Faker, which counts back from the clock: without the pinned
    # day these two renderings differ in their birth dates and date-bearing national numbers.
    with freeze_time("2031-06-15 13:37:00"):
        later = corpus(split, 60)
    with freeze_time("2027-01-02 00:01:00"):
        sooner = corpus(split, 60)
    assert [d.text for d in later] == [d.text for d in sooner]
    assert later == sooner
