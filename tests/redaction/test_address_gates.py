"""The address rules' cheap gates (a run of digits, a type word among the text's words)
only skip work: with every gate open, `find_addresses` finds exactly the same spans."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.redaction import address_forms, addresses
from app.redaction.addresses import find_addresses
from app.redaction.spans import Span
from resources.synthetic.redaction_eval.dev_templates import SPLIT as DEV
from resources.synthetic.redaction_eval.generator import corpus
from resources.synthetic.text_corpus import corpus as text_corpus

_ALL_WORLD_RULES = frozenset(rule for rule, _ in address_forms.WORLD_STREETS)


def _ungated(text: str) -> list[Span]:
    """`find_addresses` with every rule run on every text."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(addresses, "_closed_rules", lambda digits, words, folded: frozenset())
        patch.setattr(addresses, "world_gates", lambda text, folded: _ALL_WORLD_RULES)
        return find_addresses(text)


# One street of each gated rule, written as its postal standard writes it.
_GATED_STREETS = {
    "address_street": "Send it to 1600 Pennsylvania Avenue NW today.",
    "address_word_type": "Bor på Björkvägen 11, Umeå.",
    "address_word_type_spaced": "Lakik: Kossuth utca 12., Pécs",
    "address_de_street": "Wohnt in der Musterstraße 12a, Köln.",
    "address_de_led": "Praxis Am Markt 3, Bonn.",
    "address_nl_street": "Afleveren: CASPERLAAN 95",
    "address_fr_street": "Domicile : 12, rue de la Paix",
    "address_unit": "Flat 3, 12 Acacia Road",
    "address_block_lot": "Block 03 Lot 31, Dasmariñas",
    "address_designators": "House 11, Road 3, Dhanmondi",
    "address_postcode4_ca": "Apt. 668 449 Catherine Prairie, Amymouth ON B8A6P7",
    "address_in_town_pin": "12 MG Road,\nMysuru 570012",
    "address_hy": "Ուղարկել՝ ք. Գորիս, Անկախության 4",
}


@pytest.mark.parametrize("text", _GATED_STREETS.values(), ids=_GATED_STREETS.keys())
def test_a_gated_rule_still_finds_its_street(text: str) -> None:
    found = find_addresses(text)
    assert found, text
    assert found == _ungated(text)


def test_a_text_without_digits_or_type_words_runs_no_street_rule() -> None:
    text = "review dose reported since pain fever stable ward Tuesday " * 20
    folded = text.casefold()
    assert addresses._closed_rules(0, set(folded.split()), folded) >= {
        "address_street",
        "address_word_type",
        "address_postcode_town",
        "address_de_street",
    }
    assert find_addresses(text) == []


@pytest.mark.parametrize(
    "split",
    [
        pytest.param(lambda: [d.text for d in corpus(DEV, 150)], id="dev"),
        pytest.param(lambda: [d.text for d in text_corpus(150)], id="text_corpus"),
    ],
)
def test_gates_change_no_finding_on_dev_documents(split) -> None:  # type: ignore[no-untyped-def]
    for text in split():
        assert find_addresses(text) == _ungated(text), text


# Pieces of addresses and of prose, in the cases and with the separators text writes.
_PIECES = st.sampled_from(
    [
        "12", "3a", "570012", "1010", "00-950", "B8A6P7", "SW1A 1AA", "Main", "Street",
        "st.", "Road", "rd", "utca", "ulica", "vägen", "Kvarnstigen", "straße", "Str.",
        "Hauptstr.", "Am", "Markt", "laan", "Kerkstraat", "rue", "Flat", "apt", "Block",
        "Lot", "House", "Cross", "Wien", "Paris", "ON", "NSW", "IL", "CA", "pain", "dose",
        "ward", "Tuesday", ",", ".", "\n", "-", "/", "#", "No.", "Box", "PO", "Zip:",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=14), st.lists(st.sampled_from([" ", "", "  "]), max_size=14))
def test_gates_change_no_finding_on_any_mix(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    assert find_addresses(text) == _ungated(text)
