"""Every structured identifier in a text, by patterns and validators only (no NLP).

The one list both passes run: the ingest analyzer adds these findings to Presidio's and
spaCy's, and the workstation's second pass runs exactly this before text is shown, so an
identifier one pass knows the other knows too.
"""

from __future__ import annotations

from app.redaction import fast_regex
from app.redaction.accounts import find_accounts
from app.redaction.addresses import cell_edges, find_addresses
from app.redaction.ages import ages_with_units, find_ages
from app.redaction.answered_places import answered_places
from app.redaction.asked_postcodes import find_asked_postcodes
from app.redaction.calendar_dates import find_era_dates
from app.redaction.case_titles import find_case_title_numbers
from app.redaction.cldr_dates import find_cldr_dates
from app.redaction.commit_hashes import find_commit_hashes
from app.redaction.coordinates import find_coordinates
from app.redaction.court_numbers import find_court_numbers
from app.redaction.craft_marks import find_craft_marks
from app.redaction.cued_streets import streets_after_cues
from app.redaction.datelines import find_datelines
from app.redaction.devices import find_devices
from app.redaction.edifact import (
    find_edifact_addresses,
    find_edifact_phones,
    find_edifact_references,
    without_item_numbers,
)
from app.redaction.hl7 import find_hl7
from app.redaction.institution_towns import find_institution_towns
from app.redaction.letter_runs import text_words
from app.redaction.mail_dates import find_zoned_times
from app.redaction.masked_cards import find_masked_cards
from app.redaction.munged_emails import find_munged_emails
from app.redaction.national_ids import find_national_ids
from app.redaction.ocr_labels import ids_after_misread_labels
from app.redaction.ocr_misreads import find_misread_numbers
from app.redaction.ordinal_dates import find_ordinal_dates
from app.redaction.path_identifiers import find_path_identifiers
from app.redaction.path_towns import find_path_towns
from app.redaction.patterns import DAY_WORD_BEFORE, SECOND_PASS_PATTERNS, IdPattern
from app.redaction.phones import find_phones, named_by_kind
from app.redaction.phonetic_spellings import find_phonetic_spellings
from app.redaction.photo_file_names import find_photo_file_names
from app.redaction.places import find_places
from app.redaction.postal_addresses import find_postal_addresses
from app.redaction.postcodes import find_postcodes
from app.redaction.radio_plates import find_ten_code_plates
from app.redaction.read_back_numbers import find_read_back_numbers
from app.redaction.read_out_numbers import find_read_out_numbers, numbers_carried_on
from app.redaction.record_numbers import find_by_context, find_fixed_shapes
from app.redaction.register_sheets import find_register_sheets
from app.redaction.residence_addresses import find_residence_addresses
from app.redaction.scheme_prefixes import find_scheme_prefixes
from app.redaction.serial_dates import find_serial_dates
from app.redaction.serial_lists import find_serial_lists
from app.redaction.signed_places import find_signed_places
from app.redaction.slashed_references import find_slashed_references
from app.redaction.spans import Span
from app.redaction.spoken_digits import find_spoken_numbers
from app.redaction.standard_uris import without_standard_uris
from app.redaction.swift_mt import find_swift, without_message_codes
from app.redaction.tables import find_field_values
from app.redaction.trial_subjects import find_trial_subject_pairs
from app.redaction.uris import find_uris
from app.redaction.vcard import find_vcard
from app.redaction.vehicle_lists import vehicle_list_items
from app.redaction.vehicles import find_vehicles
from app.redaction.wallets import find_wallets
from app.redaction.weekdays import weekday_spans
from app.redaction.x12 import find_x12_payments, find_x12_references, without_claim_codes

# How far before a weak match a context word may stand (about five words).
_CONTEXT_CHARS = 40
_WORD = fast_regex.compile(r"[A-Za-z]+")


def has_context(text: str, start: int, pattern: IdPattern) -> bool:
    """True when one of `pattern`'s context words stands shortly before `start`."""
    window = text[max(0, start - _CONTEXT_CHARS) : start].casefold()
    words = set(_WORD.findall(window))
    return any(c in words for c in pattern.context)


def pattern_spans(
    text: str,
    patterns: tuple[IdPattern, ...] = SECOND_PASS_PATTERNS,
    words: set[str] | None = None,
) -> list[Span]:
    """Matches of `patterns` whose checksum passes and whose context word, if needed, is near.
    `words` is `text_words(text)` when the caller has it (built here once a pattern needs it)."""
    spans: list[Span] = []
    for pattern in patterns:
        if pattern.needs_word is not None:
            if words is None:
                words = text_words(text)
            if words.isdisjoint(pattern.needs_word):
                continue
        value_group = "v" in pattern.regex.groupindex  # the value after its label
        for m in pattern.regex.finditer(text):
            if pattern.validate is not None and not pattern.validate(m.group()):
                continue
            if pattern.needs_context and not has_context(text, m.start(), pattern):
                continue
            start, end = m.span("v") if value_group else m.span()
            if pattern.kind == "DATE_TIME" and (
                day := DAY_WORD_BEFORE.search(text, max(0, start - 8), start)
            ):
                start = day.start()  # "ngày 11 tháng 3 năm 2023": the day word too
            spans.append(Span(start, end, pattern.kind, pattern.name, pattern.score))
    return spans


def find_structured(text: str) -> list[Span]:
    """Every structured identifier in `text` (overlapping; merge them before masking)."""
    words = text_words(text)
    ages = find_ages(text)
    found = [
        *pattern_spans(text, words=words),
        *find_cldr_dates(text, words),
        *find_ordinal_dates(text, words),
        *find_era_dates(text, words),
        *find_zoned_times(text),
        *find_addresses(text, words),
        *find_coordinates(text),
        *find_places(text),
        *find_path_towns(text),
        *find_institution_towns(text),
        *answered_places(text),
        *find_signed_places(text),
        *find_datelines(text),
        *streets_after_cues(text),
        *find_postcodes(text),
        *find_asked_postcodes(text, words),
        *find_postal_addresses(text),
        *find_residence_addresses(text),
        *find_phones(text),
        *find_spoken_numbers(text),
        *find_read_back_numbers(text),
        *find_read_out_numbers(text),
        *find_edifact_phones(text),
        *find_edifact_addresses(text),
        *find_edifact_references(text),
        *find_x12_payments(text),
        *find_x12_references(text),
        *find_national_ids(text),
        *find_accounts(text),
        *find_masked_cards(text),
        *find_wallets(text),
        *find_by_context(text),
        *ids_after_misread_labels(text),
        *find_fixed_shapes(text),
        *find_commit_hashes(text),
        *find_path_identifiers(text),
        *find_photo_file_names(text),
        *find_court_numbers(text),
        *find_case_title_numbers(text),
        *find_register_sheets(text),
        *find_slashed_references(text),
        *find_trial_subject_pairs(text),
        *ages,
        *ages_with_units(text, ages),
        *find_vehicles(text),
        *find_ten_code_plates(text),
        *find_phonetic_spellings(text, words),
        *find_craft_marks(text),
        *find_devices(text),
        *find_scheme_prefixes(text),
        *find_serial_lists(text),
        *find_serial_dates(text, words),
        *find_hl7(text),
        *find_swift(text),
        *find_uris(text, words),
        *find_field_values(text, words),
        *find_vcard(text),
        *find_munged_emails(text),
        *find_misread_numbers(text, words),
    ]
    found = named_by_kind(text, found)
    found += vehicle_list_items(text, found)
    found += numbers_carried_on(text, found)
    return settled(text, found + weekday_spans(text, found))


def settled(text: str, spans: list[Span]) -> list[Span]:
    """`spans` cut at delimited rows' cell edges, without the findings inside a SWIFT MT
    message's header blocks and amounts, inside a labelled National Drug Code, an EDIFACT
    line item's trade number (`edifact.py`) or an X12 claim's codes (`x12.py`), and
    the URL findings that are a standard's own URI (`standard_uris.py`): the last
    step of the structured findings and, over all findings, of the text path."""
    spans = without_message_codes(text, within_cells(text, spans))
    spans = without_item_numbers(text, without_drug_codes(text, spans))
    return without_standard_uris(text, without_claim_codes(text, spans))


# The FDA's National Drug Code after its label (21 CFR 207.35: ten digits as 4-4-2, 5-3-2
# or 5-4-1, and the 5-4-2 billing form): a product and its package, no one's identifier.
_NDC = fast_regex.compile(
    r"(?<![\w])NDC[ \t]{0,2}[:#]?[ \t]{0,2}"
    r"(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2})(?![\w-])"
)


def without_drug_codes(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the findings that lie inside a labelled National Drug Code."""
    if "NDC" not in text:
        return spans
    codes = [m.span(1) for m in _NDC.finditer(text)]
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in codes)]


def within_cells(text: str, spans: list[Span]) -> list[Span]:
    """`spans` cut at the cell edges of delimited rows: a value never crosses a cell's
    ";" ("Ana Sophia;FR76..." is a name and an IBAN, two values). Every character but the
    edge stays in a span, so cutting never unmasks a value."""
    edges = cell_edges(text)
    if not edges:
        return spans
    out: list[Span] = []
    for span in spans:
        inside = [e for e in edges if span.start <= e < span.end]
        if not inside:
            out.append(span)
            continue
        start = span.start
        for edge in [*inside, span.end]:
            if text[start:edge].strip():
                out.append(span.moved(start, edge))
            start = edge + 1
    return out
