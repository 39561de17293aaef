"""The redaction evaluation's generator and splits (resources/synthetic/redaction_eval).

The held-out splits (A, B, C, D, F, H, I, J, K, L, M and N) are imported here only to prove
that they are independent of the DEV split and of each other; these tests print none of their
text.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as iban_check
from stdnum import luhn

from resources.synthetic.redaction_eval import (
    dev_e_templates,
    dev_templates,
    f_forms,
    h_forms,
    heldout_b_templates,
    heldout_c_templates,
    heldout_d_templates,
    heldout_f_templates,
    heldout_h_templates,
    heldout_templates,
    local_forms,
)
from resources.synthetic.redaction_eval.generator import (
    SLOT,
    SLOT_KINDS,
    Ctx,
    Person,
    Split,
    Template,
    check_split,
    corpus,
    new_entity,
    render,
)
from resources.synthetic.redaction_eval.kinds import KINDS, LabelledDoc
from resources.synthetic.redaction_eval.metrics import Score, align, leaked
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id

DEV: Split = dev_templates.SPLIT
HELDOUT: Split = heldout_templates.SPLIT
HELDOUT_B: Split = heldout_b_templates.SPLIT
HELDOUT_C: Split = heldout_c_templates.SPLIT
HELDOUT_D: Split = heldout_d_templates.SPLIT
HELDOUT_F: Split = heldout_f_templates.SPLIT
ALL = [DEV, HELDOUT, HELDOUT_B]
IDS = ["dev", "heldout", "heldout_b"]
DOC_TYPES = {
    "clinical note", "discharge summary", "radiology request", "insurance claim",
    "KYC review", "fraud case", "HR leave request", "chat transcript",
}  # fmt: skip


def literal_pieces(template: Template) -> list[str]:
    """The template's own words: the text between slots, whitespace-normalised."""
    return [" ".join(p.split()) for p in SLOT.split(template.text)[::5] if p and p.strip()]


def word_ngrams(templates: list[Template], n: int) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for t in templates:
        for piece in literal_pieces(t):
            words = re.findall(r"\w+", piece.casefold())
            grams |= {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}
    return grams


def test_splits_share_no_seed() -> None:
    assert not set(DEV.seeds) & set(HELDOUT.seeds)


def test_splits_share_no_template_text() -> None:
    dev = list(DEV.templates)
    held = list(HELDOUT.templates)
    assert not {t.id for t in dev} & {t.id for t in held}
    assert not {t.text for t in dev} & {t.text for t in held}
    # No run of four words of template wording appears in both splits.
    assert word_ngrams(dev, 4) & word_ngrams(held, 4) == set()


def test_splits_share_no_number_shape_or_date_format() -> None:
    for slot, shapes in DEV.shapes.items():
        assert not set(shapes) & set(HELDOUT.shapes[slot]), slot
    assert not set(DEV.date_formats) & set(HELDOUT.date_formats)


def test_splits_differ_in_locale_and_country_mix() -> None:
    assert dict(DEV.locales) != dict(HELDOUT.locales)
    assert set(HELDOUT.id_countries) - set(DEV.id_countries)
    assert set(HELDOUT.name_countries) - set(DEV.name_countries)


@pytest.mark.parametrize("split", ALL, ids=IDS)
def test_split_covers_the_document_types_and_locales(split: Split) -> None:
    check_split(split)
    assert {t.doc_type for t in split.templates} == DOC_TYPES
    assert len({loc for loc, _ in split.locales}) >= 12
    assert len(split.seeds) >= 400


def test_issue_locales_and_twenty_countries() -> None:
    wanted = {"en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL"}
    wanted |= {"nl_NL", "pt_BR", "tr_TR", "vi_VN"}
    for split in ALL:
        assert wanted <= {loc for loc, _ in split.locales}
    assert len({e.country for e in NATIONAL_IDS}) >= 20


def test_same_seed_same_document() -> None:
    first = corpus(DEV, 12)
    second = corpus(DEV, 12)
    assert first == second
    assert corpus(HELDOUT, 3) == corpus(HELDOUT, 3)
    assert first[0].text != render(DEV.templates[0], DEV, DEV.seeds[1]).text


@pytest.mark.parametrize("split", ALL, ids=IDS)
def test_spans_point_at_their_values(split: Split) -> None:
    docs = corpus(split, len(split.templates) * 3)
    kinds, locales = set(), set()
    for doc in docs:
        assert "<" not in doc.text
        assert ">" not in doc.text
        last = 0
        for e in doc.entities:
            value = doc.value(e)
            assert value, (doc.doc_id, e.slot)
            assert value == value.strip(), (doc.doc_id, e.slot)
            assert e.start >= last, "entities do not overlap"
            last = e.end
            kinds.add(e.kind)
        for start, end in doc.keep:
            assert doc.text[start:end].strip()
        locales.add(doc.locale)
    assert kinds == set(KINDS)
    assert len(locales) >= 10


def _values(split: Split, seed: int, kind: str) -> list[str]:
    doc = render(split.templates[seed % len(split.templates)], split, seed)
    return [doc.value(e) for e in doc.entities if e.kind == kind]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(ALL))
def test_any_seed_gives_well_formed_documents(seed: int, split: Split) -> None:
    template = split.templates[seed % len(split.templates)]
    doc = render(template, split, seed)
    assert doc == render(template, split, seed)
    slots = {m.group(1) + m.group(2) for m in SLOT.finditer(template.text) if m.group(1)}
    assert {e.slot for e in doc.entities} <= slots
    for e in doc.entities:
        assert doc.text[e.start : e.end] == doc.value(e)
        if e.kind == "CARD":
            assert luhn.is_valid(re.sub(r"\D", "", doc.value(e)))
        if e.kind == "IBAN":
            assert iban_check.is_valid(doc.value(e))


def test_every_national_id_is_valid_for_its_country() -> None:
    import random

    from faker import Faker

    rng = random.Random(5)
    for entry in NATIONAL_IDS:
        fake = Faker(entry.locale)
        fake.seed_instance(5)
        for _ in range(5):
            assert entry.valid(draw_national_id(entry, fake, rng)), entry.country


def test_alignment_recovers_masked_characters() -> None:
    source = "Dr Jan Kowalski, MRN 123-456-78, phone 555-0101."
    output = "Dr <PERSON_1>, MRN <MRN_1>, phone 555-0101."
    labels = align(source, output)
    person, mrn = source.index("Jan Kowalski"), source.index("123-456-78")
    masked = {i for i, x in enumerate(labels) if x}
    assert masked == set(range(person, person + 12)) | set(range(mrn, mrn + 10))
    assert labels[person] == "PERSON"
    assert labels[mrn] == "MRN"


def test_alignment_handles_presidio_placeholders_at_the_edges() -> None:
    labels = align("Jan Kowalski lives here", "<PERSON> lives here")
    assert all(labels[:12])
    assert not any(labels[12:])
    labels = align("call 555-0101", "call <PHONE_NUMBER>")
    assert not any(labels[:5])
    assert all(labels[5:])


def test_alignment_reads_a_literal_tag_of_the_source_as_text() -> None:
    """XML and HL7 documents hold placeholder-shaped text of their own (`<IBAN>`): left
    unchanged by the engine, it is text, not a mask; the same tag as a mask is a mask."""
    source = "<IBAN>DE89 3704 0044 0532 0130 00</IBAN> for Jan Kowalski"
    output = "<IBAN><IBAN_CODE></IBAN> for <PERSON>"
    labels = align(source, output)
    iban, person = source.index("DE89"), source.index("Jan")
    masked = {i for i, x in enumerate(labels) if x}
    assert masked == set(range(iban, iban + 27)) | set(range(person, len(source)))
    assert labels[iban] == "IBAN_CODE"
    assert labels[person] == "PERSON"
    # The engine wrote <IBAN> for the value itself: the literal tags stay text around it.
    labels = align("<IBAN>GB82WEST12345698765432</IBAN>", "<IBAN><IBAN></IBAN>")
    assert [i for i, x in enumerate(labels) if x] == list(range(6, 28))
    # The tag masked whole (the engine's placeholder replaced the source's tag text).
    labels = align("a <IBAN> b", "a <ADDRESS> b")
    assert [i for i, x in enumerate(labels) if x] == list(range(2, 8))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["x ", "<IBAN>", "</IBAN>", "<PERSON>", "ab", "7"]),
            st.booleans(),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_alignment_recovers_any_masking_of_a_text_with_tags(pieces: list[tuple[str, bool]]) -> None:
    """Mask any pieces of a text that holds literal tags (each run of masked pieces becomes
    one placeholder): the alignment reads back a masking that masks no more characters
    than the true one and that rebuilds the output exactly."""
    source = "".join(text for text, _ in pieces)
    output = ""
    for mask, run in itertools.groupby(pieces, key=lambda piece: piece[1]):
        output += "<PERSON>" if mask else "".join(text for text, _ in run)
    labels = align(source, output)
    truly_masked = sum(len(text) for text, mask in pieces if mask)
    assert sum(1 for x in labels if x) <= truly_masked
    rebuilt = ""
    for label, run in itertools.groupby(zip(source, labels, strict=True), key=lambda c: c[1]):
        rebuilt += f"<{label}>" if label else "".join(c for c, _ in run)
    if "<PERSON><PERSON>" not in output:  # two masks side by side read back as one run
        assert rebuilt == output


def test_leak_rule() -> None:
    value = "Okafor, Adaeze"
    none = [False] * len(value)
    every = [True] * len(value)
    assert leaked(value, none, "PERSON")
    assert not leaked(value, every, "PERSON")
    only_first = [i < 6 for i in range(len(value))]
    assert leaked(value, only_first, "PERSON")  # the given name survives
    assert leaked("Li Wu", [True, True, True, False, False], "PERSON")  # two letters count
    assert not leaked("van Dijk", [False] * 4 + [True] * 4, "PERSON")  # a particle does not
    phone = "+1-415-555-0101"
    assert not leaked(phone, [i >= 2 for i in range(len(phone))], "PHONE")  # "+1" alone
    assert leaked(phone, [i < 11 for i in range(len(phone))], "PHONE")  # last four digits


def test_score_counts_recall_precision_and_kept_phrases() -> None:
    doc = render(DEV.templates[0], DEV, DEV.seeds[0])
    perfect = Score()
    perfect.add(doc, doc.text)  # nothing masked: everything leaks, kept phrases all survive
    assert perfect.recall == 0.0
    assert perfect.utility == 1.0
    masked_all = Score()
    masked_all.add(doc, "<X>")
    assert masked_all.recall == 1.0
    assert masked_all.utility == 0.0
    assert 0.0 < masked_all.precision < 1.0


# --- Held-out B: written after held-out A was seen, never tuned on -------------------------


@pytest.mark.parametrize("other", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_heldout_b_shares_nothing_with_the_other_splits(other: Split) -> None:
    b = list(HELDOUT_B.templates)
    assert not set(other.seeds) & set(HELDOUT_B.seeds)
    assert not {t.id for t in other.templates} & {t.id for t in b}
    assert not {t.text for t in other.templates} & {t.text for t in b}
    assert word_ngrams(list(other.templates), 4) & word_ngrams(b, 4) == set()
    for slot, shapes in HELDOUT_B.shapes.items():
        assert not set(shapes) & set(other.shapes[slot]), slot
    assert not set(other.date_formats) & set(HELDOUT_B.date_formats)
    assert HELDOUT_B.name != other.name


def test_heldout_b_brings_locales_names_and_ids_of_its_own() -> None:
    b_locales = {loc for loc, _ in HELDOUT_B.locales}
    seen = {loc for s in (DEV, HELDOUT) for loc, _ in s.locales}
    assert len(b_locales - seen) >= 12
    assert set(HELDOUT_B.name_countries) - set(DEV.name_countries) - set(HELDOUT.name_countries)
    assert set(HELDOUT_B.id_countries) - set(DEV.id_countries) - set(HELDOUT.id_countries)
    assert len(HELDOUT_B.templates) >= 32
    assert len({t.id for t in HELDOUT_B.templates}) == len(HELDOUT_B.templates)


def test_heldout_b_is_deterministic() -> None:
    assert corpus(HELDOUT_B, 6) == corpus(HELDOUT_B, 6)
    first = render(HELDOUT_B.templates[0], HELDOUT_B, HELDOUT_B.seeds[0])
    assert first.text != render(HELDOUT_B.templates[0], HELDOUT_B, HELDOUT_B.seeds[1]).text


def test_heldout_b_romanises_its_other_script_locales() -> None:
    """el_GR and uk_UA values are written in Latin letters, as an English record would."""
    import unicodedata

    seen = set()
    for doc in corpus(HELDOUT_B):
        if doc.locale not in HELDOUT_B.romanise:
            continue
        seen.add(doc.locale)
        for e in doc.entities:
            letters = [c for c in doc.value(e) if c.isalpha()]
            assert all("LATIN" in unicodedata.name(c, "") for c in letters), (doc.doc_id, e.slot)
    assert seen == set(HELDOUT_B.romanise)


# Every kind the generator labels, each rendered from a B template under many seeds (so
# across B's locales): the span holds exactly the value, and the value is well formed.
_B_KIND_TEMPLATES = {
    kind: [
        i
        for i, t in enumerate(HELDOUT_B.templates)
        if any(SLOT_KINDS.get(m.group(1) or "") == kind for m in SLOT.finditer(t.text))
    ]
    for kind in KINDS
}


def test_heldout_b_templates_cover_every_kind() -> None:
    assert all(_B_KIND_TEMPLATES.values()), [k for k, v in _B_KIND_TEMPLATES.items() if not v]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.sampled_from(KINDS), st.integers(min_value=0, max_value=10**7), st.data())
def test_heldout_b_spans_point_at_their_values(kind: str, seed: int, data: st.DataObject) -> None:
    index = data.draw(st.sampled_from(_B_KIND_TEMPLATES[kind]))
    template = HELDOUT_B.templates[index]
    doc = render(template, HELDOUT_B, seed)
    assert "<" not in doc.text
    assert ">" not in doc.text
    values = [doc.value(e) for e in doc.entities if e.kind == kind]
    assert values, (template.id, kind)
    last = 0
    for e in doc.entities:
        value = doc.value(e)
        assert value
        assert value == value.strip()
        assert e.start >= last
        last = e.end
    for value in values:
        if kind == "CARD":
            assert luhn.is_valid(re.sub(r"\D", "", value))
        if kind == "IBAN":
            assert iban_check.is_valid(value)
        if kind == "AGE":
            assert int(value) > 89
        if kind == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", value)


def test_heldout_b_national_ids_are_valid() -> None:
    """Every national id B draws passes its country's check (python-stdnum)."""
    by_country = {e.country for e in NATIONAL_IDS}
    assert set(HELDOUT_B.id_countries) <= by_country
    checks = [e.valid for e in NATIONAL_IDS if e.country in HELDOUT_B.id_countries]
    for doc in corpus(HELDOUT_B):
        for e in doc.entities:
            if e.kind == "NATIONAL_ID" and e.slot.startswith("natid"):
                assert any(check(doc.value(e)) for check in checks), doc.doc_id


def _covers_types_and_templates(split: Split, doc_types: int, templates: int) -> set[str]:
    """What every held-out split must be: well formed (check_split), the issue's document
    types and at least `doc_types` in all, at least `templates` templates with unique ids.
    Returns its document types."""
    check_split(split)
    types = {t.doc_type for t in split.templates}
    assert types >= DOC_TYPES
    assert len(types) >= doc_types
    assert len(split.templates) >= templates
    assert len({t.id for t in split.templates}) == len(split.templates)
    return types


def _shares_nothing(split: Split, other: Split) -> None:
    """A held-out split written apart shares no seed, template id or text, run of four
    words, number shape, date format, name or locale mix with another split."""
    own = list(split.templates)
    assert not set(other.seeds) & set(split.seeds)
    assert not {t.id for t in other.templates} & {t.id for t in own}
    assert not {t.text for t in other.templates} & {t.text for t in own}
    assert word_ngrams(list(other.templates), 4) & word_ngrams(own, 4) == set()
    for slot, shapes in split.shapes.items():
        assert not set(shapes) & set(other.shapes[slot]), slot
    assert not set(other.date_formats) & set(split.date_formats)
    assert split.name != other.name
    assert dict(split.locales) != dict(other.locales)


# --- Held-out C: written by a separate author who never read or ran the redactor ------------


@pytest.mark.parametrize("other", [DEV, HELDOUT, HELDOUT_B], ids=["dev", "heldout", "heldout_b"])
def test_heldout_c_shares_nothing_with_the_other_splits(other: Split) -> None:
    _shares_nothing(HELDOUT_C, other)


def test_heldout_c_is_wide_enough() -> None:
    _covers_types_and_templates(HELDOUT_C, doc_types=10, templates=40)
    assert len(HELDOUT_C.seeds) >= 400
    c_locales = {loc for loc, _ in HELDOUT_C.locales}
    assert len(c_locales) >= 20
    wanted = {"en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL"}
    assert wanted | {"nl_NL", "pt_BR", "tr_TR", "vi_VN"} <= c_locales
    seen = {loc for s in (DEV, HELDOUT, HELDOUT_B) for loc, _ in s.locales}
    assert len(c_locales - seen) >= 12
    others = {c for s in (DEV, HELDOUT, HELDOUT_B) for c in s.id_countries}
    assert len(set(HELDOUT_C.id_countries) - others) >= 8
    assert HELDOUT_C.compound_surname > 0


def test_heldout_c_is_deterministic() -> None:
    assert corpus(HELDOUT_C, 6) == corpus(HELDOUT_C, 6)
    first = render(HELDOUT_C.templates[0], HELDOUT_C, HELDOUT_C.seeds[0])
    assert first.text != render(HELDOUT_C.templates[0], HELDOUT_C, HELDOUT_C.seeds[1]).text


def test_every_span_of_heldout_c_holds_its_value() -> None:
    """All of C's documents: spans hold their values, do not overlap, cover every kind."""
    import unicodedata

    kinds, locales = set(), set()
    docs = corpus(HELDOUT_C)
    assert len(docs) == len(HELDOUT_C.seeds)
    for doc in docs:
        assert "<" not in doc.text
        assert ">" not in doc.text
        assert "{" not in doc.text, doc.doc_id  # every slot and date placeholder filled
        last = 0
        for e in doc.entities:
            value = doc.value(e)
            assert value, (doc.doc_id, e.slot)
            assert value == value.strip(), (doc.doc_id, e.slot)
            assert e.start >= last, (doc.doc_id, e.slot)
            last = e.end
            kinds.add(e.kind)
            if doc.locale in HELDOUT_C.romanise:
                letters = [c for c in value if c.isalpha()]
                assert all("LATIN" in unicodedata.name(c, "") for c in letters), doc.doc_id
        assert doc.keep, doc.doc_id
        for start, end in doc.keep:
            assert doc.text[start:end].strip()
        locales.add(doc.locale)
    assert kinds == set(KINDS)
    assert len(locales) >= 20


def test_heldout_c_national_ids_are_valid() -> None:
    checks = [e.valid for e in NATIONAL_IDS if e.country in HELDOUT_C.id_countries]
    assert {e.country for e in NATIONAL_IDS} >= set(HELDOUT_C.id_countries)
    for doc in corpus(HELDOUT_C):
        for e in doc.entities:
            if e.kind == "NATIONAL_ID" and e.slot.startswith("natid"):
                assert any(check(doc.value(e)) for check in checks), doc.doc_id


_C_KIND_TEMPLATES = {
    kind: [
        i
        for i, t in enumerate(HELDOUT_C.templates)
        if any(SLOT_KINDS.get(m.group(1) or "") == kind for m in SLOT.finditer(t.text))
    ]
    for kind in KINDS
}


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.sampled_from(KINDS), st.integers(min_value=0, max_value=10**7), st.data())
def test_heldout_c_spans_point_at_their_values(kind: str, seed: int, data: st.DataObject) -> None:
    index = data.draw(st.sampled_from(_C_KIND_TEMPLATES[kind]))
    doc = render(HELDOUT_C.templates[index], HELDOUT_C, seed)
    assert doc == render(HELDOUT_C.templates[index], HELDOUT_C, seed)
    values = [doc.value(e) for e in doc.entities if e.kind == kind]
    assert values
    for value in values:
        assert value == value.strip()
        if kind == "CARD":
            assert luhn.is_valid(re.sub(r"\D", "", value))
        if kind == "IBAN":
            assert iban_check.is_valid(value)
        if kind == "AGE":
            assert (value.isdigit() and int(value) > 89) or value.startswith(("ninety", "one"))


# --- Generator features added with held-out C (any split may use them) ----------------------


def _ctx(seed: int, **changes: object) -> Ctx:
    import dataclasses
    import random

    split = dataclasses.replace(DEV, **changes)  # type: ignore[arg-type]
    return Ctx(split, seed, random.Random(seed), "de_DE")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6))
def test_new_identifier_slots_carry_valid_check_digits(seed: int) -> None:
    from stdnum import ean

    ctx = _ctx(seed)

    def text(slot: str) -> str:
        value = new_entity(ctx, slot, "")
        return value.text  # type: ignore[attr-defined,no-any-return]

    assert luhn.is_valid("80840" + text("npi"))
    dea = text("dea")
    d = [int(c) for c in dea[2:]]
    assert re.fullmatch(r"[A-Z]{2}\d{7}", dea)
    assert (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
    imei = re.sub(r"\D", "", text("imei"))
    assert len(imei) == 15
    assert luhn.is_valid(imei)
    udi = re.sub(r"[()]", "", text("udi"))
    assert udi.startswith("01")
    assert ean.is_valid(udi[2:16])
    assert re.fullmatch(
        r"[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}", text("mbi").replace("-", "")
    )
    assert text("agewords").startswith(("ninety", "one hundred"))
    lat, lon = (float(x) for x in re.findall(r"-?\d+\.\d+", text("geo"))[:2])
    assert -90 <= lat <= 90
    assert -180 <= lon <= 180
    assert re.search(r"\d", text("locphone"))
    assert text("postcode").strip()
    assert text("street").strip()


def test_date_placeholders_and_two_part_surnames() -> None:
    formats = (
        "{d}. {month:de} %Y",
        "{d}.{roman}.%Y",
        "{ord} %B %Y",
        "{m}/{d}/%Y",
        "{d} {mon:fr} %Y",
    )
    seen = set()
    for seed in range(60):
        ctx = _ctx(seed, date_formats=formats, compound_surname=1.0)
        value = new_entity(ctx, "date", "").text  # type: ignore[attr-defined]
        assert "{" not in value
        assert re.search(r"20\d\d", value)
        seen.add(value)
        person = new_entity(ctx, "person", "")
        assert isinstance(person, Person)
        assert re.search(r"\w[- ]\w", person.last), person.last
        for form in ("last_first_initial", "last_initials", "first_caps_last", "handle_initial"):
            assert person.form(form).strip()
    assert any(re.fullmatch(r"\d{1,2}\.[IVX]+\.\d{4}", v) for v in seen)
    assert any(re.search(r"\d(st|nd|rd|th) ", v) for v in seen)


def test_dev_split_e_is_deterministic_and_labelled() -> None:
    """Split E (written apart from the redactor): 400 documents, the same on every run, every
    span holding a value of its kind, seeds of its own."""
    from resources.synthetic.redaction_eval import dev_e_templates

    e_split = dev_e_templates.SPLIT
    check_split(e_split)
    docs = corpus(e_split)
    assert len(docs) == 400
    assert [d.text for d in docs[:40]] == [d.text for d in corpus(e_split, 40)]
    assert not set(e_split.seeds) & set(DEV.seeds)
    assert len(e_split.templates) >= 60
    assert len({t.id for t in e_split.templates}) == len(e_split.templates)
    assert {d.doc_type for d in docs} >= DOC_TYPES
    assert len({d.doc_type for d in docs}) >= 18
    assert len(dict(e_split.locales)) >= 30
    assert len(set(e_split.name_countries)) >= 25
    countries = set(e_split.id_countries) | {c for t in e_split.templates for c in t.id_countries}
    assert len(countries) >= 20
    assert set(KINDS) <= {e.kind for d in docs for e in d.entities}
    for doc in docs:
        for entity in doc.entities:
            value = doc.value(entity)
            assert value.strip(), (doc.doc_id, entity.slot)
            assert entity.kind in KINDS
            if entity.slot.startswith("natid"):  # a check digit any listed scheme accepts
                assert any(n.valid(value) for n in NATIONAL_IDS), (doc.doc_id, entity.slot)
        for start, end in doc.keep:
            assert doc.text[start:end].strip()


# --- Held-out D: written by a separate author who never read or ran the redactor ------------

ISSUE_LOCALES = {"en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL"}
ISSUE_LOCALES |= {"nl_NL", "pt_BR", "tr_TR", "vi_VN"}
D_OTHERS = [DEV, HELDOUT, HELDOUT_B, HELDOUT_C]


@pytest.mark.parametrize("other", D_OTHERS, ids=["dev", "heldout", "heldout_b", "heldout_c"])
def test_heldout_d_shares_nothing_with_the_other_splits(other: Split) -> None:
    _shares_nothing(HELDOUT_D, other)


def test_heldout_d_is_wide_enough() -> None:
    _covers_types_and_templates(HELDOUT_D, doc_types=18, templates=60)
    assert len(HELDOUT_D.seeds) == 400
    d_locales = {loc for loc, _ in HELDOUT_D.locales}
    assert len(d_locales) >= 30
    assert d_locales >= ISSUE_LOCALES
    seen = {loc for s in D_OTHERS for loc, _ in s.locales}
    assert len(d_locales - seen) >= 10
    assert len(set(HELDOUT_D.name_countries)) >= 25
    assert len(set(HELDOUT_D.id_countries)) >= 20
    others = {c for s in D_OTHERS for c in s.id_countries}
    assert len(set(HELDOUT_D.id_countries) - others) >= 6
    assert HELDOUT_D.compound_surname > 0


def test_heldout_d_builds_400_documents_deterministically() -> None:
    first = corpus(HELDOUT_D)
    assert len(first) == 400
    assert first == corpus(HELDOUT_D)
    assert first[0].text != render(HELDOUT_D.templates[0], HELDOUT_D, HELDOUT_D.seeds[1]).text


def _is_age_over_89(value: str) -> bool:
    digits = re.fullmatch(r"(\d+)(yo|y|F|M)?", value)
    if digits:
        return int(digits.group(1)) > 89
    words = ("ninety", "one hundred", "neunzig", "quatre-vingt", "nonante", "noventa")
    words += ("novant", "negentig", "dziewięćdziesiąt")
    return any(w in value for w in words)


def test_every_span_of_heldout_d_holds_its_value() -> None:
    """All of D's documents: spans hold their values, do not overlap, cover every kind."""
    import unicodedata

    kinds, locales, doc_types = set(), set(), set()
    for doc in corpus(HELDOUT_D):
        for ch in "<>{}":
            assert ch not in doc.text, doc.doc_id  # every slot and date placeholder filled
        last = 0
        for e in doc.entities:
            value = doc.value(e)
            assert value, (doc.doc_id, e.slot)
            assert value == value.strip(), (doc.doc_id, e.slot)
            assert e.start >= last, (doc.doc_id, e.slot)
            last = e.end
            kinds.add(e.kind)
            if e.kind == "AGE":
                assert _is_age_over_89(value), doc.doc_id
            if e.kind == "CARD":
                assert luhn.is_valid(re.sub(r"\D", "", value))
            if e.kind == "IBAN":
                assert iban_check.is_valid(value)
            if e.kind == "EMAIL":
                assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", value)
            if doc.locale in HELDOUT_D.romanise:
                letters = [c for c in value if c.isalpha()]
                assert all("LATIN" in unicodedata.name(c, "") for c in letters), doc.doc_id
        assert doc.keep, doc.doc_id
        for start, end in doc.keep:
            assert doc.text[start:end].strip()
        locales.add(doc.locale)
        doc_types.add(doc.doc_type)
    assert kinds == set(KINDS)
    assert len(locales) >= 30
    assert len(doc_types) >= 18


def test_heldout_d_national_ids_are_valid() -> None:
    """Each national id D writes passes its country's check; at least 20 countries appear."""
    countries = set()
    for doc in corpus(HELDOUT_D):
        for e in doc.entities:
            if e.kind == "NATIONAL_ID" and e.slot.startswith("natid"):
                valid = {n.country for n in NATIONAL_IDS if n.valid(doc.value(e))}
                assert valid, doc.doc_id
                countries |= valid
    assert len(countries) >= 20


# --- Generator features added with held-out D (any split may use them) ----------------------


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6))
def test_d_identifier_slots_carry_valid_check_digits(seed: int) -> None:
    import uuid

    ctx = _ctx(seed)
    for form, label in local_forms.FORM_KEYS.items():
        check = local_forms.CHECKS.get(label)
        if check is None:
            continue
        slot = next(
            name
            for name, table in (
                ("hplan", local_forms.HEALTH_PLANS),
                ("bank", local_forms.BANK_ACCOUNTS),
                ("clinreg", local_forms.CLINICIAN_REGS),
            )
            if label in {row[0] for row in table}
        )
        value = new_entity(ctx, slot, form)
        assert value.label == label  # type: ignore[attr-defined]
        assert check(value.text), (label, value.text)  # type: ignore[attr-defined]
    for slot in ("hplan", "bank", "clinreg", "dl", "wplate"):
        value = new_entity(ctx, slot, "")
        assert value.text.strip()
        assert value.label
        if value.label in local_forms.CHECKS:  # type: ignore[attr-defined]
            assert local_forms.CHECKS[value.label](value.text)  # type: ignore[attr-defined]

    def text(slot: str, form: str = "") -> str:
        return new_entity(ctx, slot, form).text  # type: ignore[attr-defined,no-any-return]

    iccid = text("iccid").replace(" ", "")
    assert iccid.startswith("89")
    assert len(iccid) == 19
    assert luhn.is_valid(iccid)
    assert local_forms.hibc_valid(text("hibc"))
    uuid.UUID(text("uuid"))
    phone = text("natphone")
    assert local_forms.phone_valid(phone), phone  # valid in its country (phonenumbers)
    assert re.search(r"\d", text("place"))
    assert text("unitaddr").strip()
    assert re.match(r"(https?://|facebook\.com/)", text("social"))
    for lang in ("de", "fr", "be", "es", "it", "nl", "pt", "pl"):
        assert _is_age_over_89(text("agespell", lang)), lang
    assert _is_age_over_89(text("agecompact"))


def test_d_plus_codes_and_national_id_forms() -> None:
    assert local_forms.plus_code(47.0000625, 8.0000625) == "8FVC2222+22"
    assert local_forms.plus_code(-41.2730625, 174.7859375) == "4VCPPQGP+Q9"
    for seed in range(20):
        ctx = _ctx(seed)
        for country in ("br", "it", "fr", "tr", "no", "pl", "nl", "se", "ru", "cu", "ke"):
            value = new_entity(ctx, "natid", country)
            entry = [n for n in NATIONAL_IDS if n.country == country.upper()]
            assert any(n.valid(value.text) for n in entry), (country, seed)  # type: ignore[attr-defined]


def test_d_date_placeholders_and_person_forms() -> None:
    formats = (
        "{dd}/%m/{be}",
        "{d}. {month:no} %Y",
        "%Y. gada {d}. {month:lv}",
        "{d} {month:cy} %Y",
    )
    seen = set()
    for seed in range(80):
        ctx = _ctx(seed, date_formats=formats)
        value = new_entity(ctx, "date", "").text  # type: ignore[attr-defined]
        assert "{" not in value
        seen.add(value)
        person = new_entity(ctx, "person", "")
        assert isinstance(person, Person)
        for form in ("caps_last_first_all", "initial_nodot_last", "last_initial"):
            assert person.last in person.form(form) or person.last.upper() in person.form(form)
        assert re.fullmatch(r"[a-z0-9.]+", person.form("handle_last_initial"))
    buddhist = [v for v in seen if re.fullmatch(r"\d\d/\d\d/25\d\d", v)]
    assert buddhist
    assert all(2562 <= int(v[-4:]) <= 2569 for v in buddhist)  # 2019-2026 + 543
    assert any(re.search(r"\d\. (januar|mars|desember|oktober)", v) for v in seen)


def test_d_is_wired_into_the_evaluation_by_default_as_a_dev_side_split() -> None:
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["d"] == (
        "heldout_d_templates",
        "SPLIT D (DEV-side since session 20)",
    )
    assert "d" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.parse_splits("d, dev") == ["dev", "d"]
    assert list(eval_redaction.SPLITS) == ["dev", *"abcdfghijklmnopqrstuvwxyz", "aa", "ab", "ac"]
    assert eval_redaction.load_split("d") is HELDOUT_D


def test_d_check_digit_rules_accept_published_examples_and_reject_typos() -> None:
    """The hand-written checks agree with numbers published as valid, and catch a typo."""
    published = {
        local_forms.kvnr_valid: "A123456780",  # KVNR, the GKV example
        local_forms.clabe_valid: "002010077777777771",  # CLABE, the Banxico example
        local_forms.medicare_au_valid: "2123456701",  # Medicare card, the test card number
        local_forms.pwz_valid: "5425740",  # PWZ, the Naczelna Izba Lekarska example
    }
    for check, number in published.items():
        assert check(number), number
        typo = number[:-1] + str((int(number[-1]) + 1) % 10)
        if check is local_forms.pwz_valid:
            typo = str((int(number[0]) + 1) % 10) + number[1:]
        if check is local_forms.medicare_au_valid:
            typo = number[:8] + str((int(number[8]) + 1) % 10) + number[9:]
        assert not check(typo), typo
    assert not local_forms.hibc_valid("+A123BJC5D6E71/$+3TESTSERIALX")


@pytest.mark.parametrize("locale", sorted({loc for loc, _ in HELDOUT_D.locales}))
def test_d_phones_are_valid_numbers_of_their_country(locale: str) -> None:
    import random

    rng = random.Random(locale)
    for _ in range(10):
        phone = local_forms.national_phone(rng, locale)
        assert local_forms.phone_valid(phone), (locale, phone)


# --- Held-out F: written by a separate author who never read or ran the redactor ------------

F_OTHERS = [DEV, HELDOUT, HELDOUT_B, HELDOUT_C, HELDOUT_D, dev_e_templates.SPLIT]
F_OTHER_IDS = ["dev", "heldout", "heldout_b", "heldout_c", "heldout_d", "dev_e"]
# Document types the issue names beside the eight above, that F must also write.
F_DOC_TYPES = {
    "referral letter", "lab report", "pharmacy label", "court order", "tax letter",
    "shipping note", "e-mail thread", "SMS", "call-centre log", "CSV export", "JSON export",
    "HL7 message", "scanned form (OCR)", "spreadsheet paste",
}  # fmt: skip
UNFILLED = re.compile(r"\{[a-z]+\d*(\.[a-z_]+)?\}|\{(month|mon):|\{(roman|m|ord|be|dd|d)\}")


def _latin(text: str) -> bool:
    import unicodedata

    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def _f_age_over_89(value: str) -> bool:
    """An age F writes: its number (in any script's digits) is over 89."""
    import unicodedata

    number = "".join(
        str(unicodedata.digit(c)) for c in value if unicodedata.digit(c, None) is not None
    )
    return bool(number) and int(number) > 89


@pytest.mark.parametrize("other", F_OTHERS, ids=F_OTHER_IDS)
def test_heldout_f_shares_nothing_with_the_other_splits(other: Split) -> None:
    _shares_nothing(HELDOUT_F, other)


def test_heldout_f_is_wide_enough() -> None:
    templates = HELDOUT_F.templates
    doc_types = _covers_types_and_templates(HELDOUT_F, doc_types=28, templates=70)
    assert doc_types >= F_DOC_TYPES
    assert all(t.id.startswith("f-") for t in templates)
    assert HELDOUT_F.seeds == range(52520001, 52520401)
    declared = {loc for loc, _ in HELDOUT_F.locales} | {
        loc for t in templates for loc, _ in t.locales
    }
    assert len(declared) >= 45
    assert declared >= ISSUE_LOCALES
    others = {loc for s in F_OTHERS for loc, _ in s.locales}
    assert len(declared - others) >= 10
    assert len(set(HELDOUT_F.name_countries)) >= 25
    assert len(set(HELDOUT_F.id_countries)) >= 20
    assert HELDOUT_F.compound_surname > 0
    for t in templates:
        assert "[[" in t.text, t.id  # kept content in every template
    slots = {m.group(1) for t in templates for m in SLOT.finditer(t.text) if m.group(1)}
    assert slots >= set(f_forms.SLOTS)


def test_heldout_f_builds_400_documents_deterministically() -> None:
    first = corpus(HELDOUT_F)
    assert len(first) == 400
    assert first == corpus(HELDOUT_F)
    assert first[0].text != render(HELDOUT_F.templates[0], HELDOUT_F, HELDOUT_F.seeds[1]).text


def _check_document(doc: LabelledDoc, age_ok: Callable[[str], bool]) -> None:
    """Every slot filled; each span holds a well-formed value of its kind, in order and
    apart; kept phrases hold text and no entity."""
    assert not UNFILLED.search(doc.text), doc.doc_id  # every slot and date placeholder filled
    last = 0
    for e in doc.entities:
        value = doc.value(e)
        assert value, (doc.doc_id, e.slot)
        assert value == value.strip(), (doc.doc_id, e.slot)
        assert e.start >= last, (doc.doc_id, e.slot)  # spans do not overlap
        last = e.end
        if e.kind == "AGE":
            assert age_ok(value), doc.doc_id
        if e.kind == "CARD":
            assert luhn.is_valid(re.sub(r"\D", "", value)), doc.doc_id
        if e.kind == "IBAN":
            assert iban_check.is_valid(value), doc.doc_id
        if e.kind == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", value), doc.doc_id
        if e.kind == "PHONE":
            assert sum(c.isdigit() for c in value) >= 6, doc.doc_id
    assert doc.keep, doc.doc_id
    for start, end in doc.keep:
        assert doc.text[start:end].strip()
        assert not any(e.start < end and start < e.end for e in doc.entities), doc.doc_id


def _check_f_document(doc: LabelledDoc) -> None:
    _check_document(doc, _f_age_over_89)


def _check_and_survey(
    split: Split, check: Callable[[LabelledDoc], None]
) -> tuple[dict[str, int], set[str], set[str], int]:
    """`check` on every document of `split`; its entities per kind, locales and document
    types, and how many documents write a person in their own script and romanised."""
    kinds: dict[str, int] = {}
    locales, doc_types = set(), set()
    both_scripts = 0
    for doc in corpus(split):
        check(doc)
        by_slot: dict[str, list[str]] = {}
        for e in doc.entities:
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
            if e.kind == "PERSON":
                by_slot.setdefault(e.slot, []).append(doc.value(e))
        if any(
            any(_latin(v) for v in vals) and any(not _latin(v) for v in vals)
            for vals in by_slot.values()
        ):
            both_scripts += 1
        locales.add(doc.locale)
        doc_types.add(doc.doc_type)
    return kinds, locales, doc_types, both_scripts


def test_every_span_of_heldout_f_holds_its_value() -> None:
    """All of F's documents: spans hold their values, do not overlap, cover every kind;
    people appear in their own script and romanised, in the same document."""
    kinds, locales, doc_types, both_scripts = _check_and_survey(HELDOUT_F, _check_f_document)
    assert set(kinds) == set(KINDS)
    assert min(kinds.values()) >= 10
    assert len(locales) >= 45
    assert len(doc_types) >= 28
    assert both_scripts >= 20


def test_heldout_f_national_ids_are_valid() -> None:
    """Each identity or tax number F writes passes its country's check; 20+ countries."""
    countries = set()
    for doc in corpus(HELDOUT_F):
        for e in doc.entities:
            if e.kind != "NATIONAL_ID" or e.slot.startswith("passport"):
                continue
            value = doc.value(e)
            if e.slot.startswith(("natid", "natno")):
                valid = {n.country for n in NATIONAL_IDS if n.valid(value)}
            else:
                valid = {f.country for f in f_forms.ID_FORMS if f.valid(value)}  # type: ignore[operator]
            assert valid, doc.doc_id
            countries |= valid
    assert len(countries) >= 30


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**8), st.data())
def test_any_seed_gives_well_formed_heldout_f_documents(seed: int, data: st.DataObject) -> None:
    template = data.draw(st.sampled_from(list(HELDOUT_F.templates)))
    doc = render(template, HELDOUT_F, seed)
    _check_f_document(doc)
    assert doc == render(template, HELDOUT_F, seed)
    for e in doc.entities:
        if e.slot.startswith("idno"):
            assert f_forms.id_form_valid(doc.value(e)), template.id
        if e.slot.startswith(("natid", "natno")):
            assert any(n.valid(doc.value(e)) for n in NATIONAL_IDS), template.id


def test_f_calendars_agree_with_known_dates() -> None:
    from datetime import date

    assert f_forms.jalali(date(2021, 3, 21)) == (1400, 1, 1)  # Nowruz 1400
    assert f_forms.jalali(date(2024, 3, 19)) == (1402, 12, 29)
    assert f_forms.hijri(date(2021, 3, 12)) == (1442, 7, 28)
    assert f_forms.japanese_era(date(2019, 5, 1)) == ("令和", "R", 1)
    assert f_forms.japanese_era(date(2019, 4, 30)) == ("平成", "H", 31)
    assert f_forms.japanese_era(date(1989, 1, 7)) == ("昭和", "S", 64)
    assert f_forms.native("12/3", "fa") == "۱۲/۳"


def test_f_check_digit_rules_accept_published_examples_and_reject_typos() -> None:
    published = {
        f_forms.tw_valid: "A123456789",
        f_forms.hk_valid: "A123456(3)",
        f_forms.sg_valid: "S1234567D",
        f_forms.ir_valid: "0499370899",
        f_forms.taj_valid: "1111 11110",  # TAJ: the 3-7 weighted sum's last digit
    }
    for check, number in published.items():
        assert check(number), number
        typo = number[:3] + str((int(number[3]) + 1) % 10) + number[4:]
        assert not check(typo), typo


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6))
def test_f_identity_numbers_carry_valid_check_digits(seed: int) -> None:
    import random

    rng = random.Random(seed)
    for entry in f_forms.ID_FORMS:
        value = f_forms.identity_number(rng, entry.country)
        assert entry.valid(value.text), (entry.country, value.text)  # type: ignore[operator]
        assert value.label in entry.labels


@pytest.mark.parametrize("locale", sorted({loc for loc, _ in HELDOUT_F.locales}))
def test_f_phones_are_valid_numbers_of_their_country(locale: str) -> None:
    import random
    import unicodedata

    import phonenumbers

    rng = random.Random(locale)
    for _ in range(8):
        text = f_forms.local_phone(rng, locale)
        ascii_digits = "".join(
            str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c
            for c in text.removeprefix("tel:")
        )
        number = phonenumbers.parse(ascii_digits, f_forms.region_of(locale))
        assert phonenumbers.is_valid_number(number), (locale, text)
        assert _f_age_over_89(f_forms.local_age(rng, locale)), locale


def test_f_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["f"] == (
        "heldout_f_templates",
        "SPLIT F (DEV-side since session 21)",
    )
    assert "f" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.parse_splits("f, dev") == ["dev", "f"]
    assert eval_redaction.load_split("f") is HELDOUT_F


def test_f_names_in_other_scripts_keep_a_latin_spelling() -> None:
    """Every name table pairs a name in its own script with Latin spellings of it."""
    for lang, (firsts, lasts) in f_forms.NAME_PAIRS.items():
        for native, spellings in firsts + lasts:
            assert not _latin(native), (lang, native)
            assert spellings
            assert all(_latin(s) and s[0].isupper() for s in spellings), (lang, native)


def test_f_dates_follow_the_locale_calendar() -> None:
    import random
    from datetime import date

    rng = random.Random(7)
    day = date(2022, 6, 1)
    for _ in range(20):
        persian = f_forms.local_date(rng, "fa_IR", day)  # 11 Khordad 1401
        assert "1401" in persian or "۱۴۰۱" in persian
        assert re.search(r"(令和4|R4|2022)", f_forms.local_date(rng, "ja_JP", day))
        assert re.search(r"(民國111|111/06/01)", f_forms.local_date(rng, "zh_TW", day))
        assert re.search(r"(2565|๒๕๖๕)", f_forms.local_date(rng, "th_TH", day))
    assert f_forms.local_date(rng, "ru_RU", day) in ("1 июня 2022 г.", "01.06.2022 г.")


def test_heldout_f_uses_no_form_written_for_another_split() -> None:
    """F's values come from f_forms.py and the shared generator, never from the local
    forms held-out D added (local_forms.py) or from D's extra slots."""
    d_slots = {
        "natphone", "hplan", "bank", "clinreg", "dl", "wplate", "hibc", "iccid", "uuid",
        "place", "unitaddr", "social", "agespell", "agecompact",
    }  # fmt: skip
    used = {m.group(1) for t in HELDOUT_F.templates for m in SLOT.finditer(t.text) if m.group(1)}
    assert not used & d_slots
    assert "local_forms" not in f_forms.__dict__


def test_f_whole_names_follow_the_language_order() -> None:
    import random

    from resources.synthetic.redaction_eval.generator import Ctx as GenCtx

    for locale, spaced in (("ja_JP", False), ("zh_CN", False), ("ko_KR", False), ("hu_HU", True)):
        ctx = GenCtx(HELDOUT_F, 5, random.Random(5), locale)
        person = f_forms.local_person(ctx)
        whole = person.form("full")
        assert whole.startswith(person.last), locale  # family name first
        assert (" " in whole) is spaced, locale
        assert _latin(person.form("latin")), locale
        assert person.form("latin_caps") == person.form("latin").upper()


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.from_regex(r"[A-Z]{0,2}[0-9/-]{4,14}", fullmatch=True),
)
def test_f_ocr_misreads_keep_the_whole_number(seed: int, value: str) -> None:
    import random

    read = f_forms.ocr_misread(random.Random(seed), value)
    assert len(read) == len(value)
    assert read.replace("O", "0").replace("l", "1") == value.replace("O", "0")
    assert sum(a != b for a, b in zip(read, value, strict=True)) <= 2


# The 18 identifier classes of HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)) and the slots
# that write each in held-out F.
SAFE_HARBOR_SLOTS = {
    "names": {"who", "person"},
    "geographic subdivisions smaller than a state": {"home", "addr", "street", "city", "geo"},
    "dates and ages over 89": {"when", "born", "date", "dob", "age", "old"},
    "telephone numbers": {"tel", "usphone", "phone"},
    "fax numbers": {"fax"},
    "e-mail addresses": {"mail", "email"},
    "social security numbers": {"natid", "natno"},
    "medical record numbers": {"mrn", "scan"},
    "health plan beneficiary numbers": {"plan", "ins", "mbi"},
    "account numbers": {"account", "iban", "card"},
    "certificate and licence numbers": {"cert", "lic", "drv", "licence", "reg", "npi", "dea"},
    "vehicle identifiers and plates": {"vin", "car", "plate"},
    "device identifiers and serial numbers": {"dev", "serial", "imei", "udi", "mac"},
    "web URLs": {"link"},
    "IP addresses": {"ip", "ipsix"},
    "biometric identifiers": {"bio"},
    "full-face photographs": {"photo"},
    "any other unique identifying number": {"case", "crime", "rx", "idno", "passport", "claim"},
}


def test_heldout_f_writes_every_safe_harbor_class() -> None:
    assert len(SAFE_HARBOR_SLOTS) == 18
    used = {m.group(1) for t in HELDOUT_F.templates for m in SLOT.finditer(t.text) if m.group(1)}
    for name, slots in SAFE_HARBOR_SLOTS.items():
        assert used & slots, name
    assert any("{natid1.us}" in t.text for t in HELDOUT_F.templates)  # a US SSN itself


# --- Held-out G: written in session 21 by an author barred from the redactor ----------------

from resources.synthetic.redaction_eval import g_forms, heldout_g_templates  # noqa: E402

HELDOUT_G: Split = heldout_g_templates.SPLIT
G_OTHERS = [*F_OTHERS, HELDOUT_F]
G_OTHER_IDS = [*F_OTHER_IDS, "heldout_f"]
# G's own kinds of document beyond the issue's eight and the fourteen F_DOC_TYPES.
G_DOC_TYPES = {
    "death certificate", "vaccination record", "police report", "payslip", "bank statement",
    "loan application", "clinical trial CRF", "adverse event report", "prescription",
    "employment contract", "tenancy agreement", "customs declaration", "pension letter",
    "visa application", "dental chart", "school medical form", "device service log",
    "biometric enrolment record", "patient portal message", "fax cover sheet",
}  # fmt: skip
# Slots of the splits being tuned on (D's local forms, F's forms): G uses none of them.
TUNED_SLOTS = {
    "natphone", "hplan", "bank", "clinreg", "dl", "wplate", "hibc", "iccid", "uuid", "place",
    "unitaddr", "social", "agespell", "agecompact", "who", "when", "born", "tel", "home",
    "old", "idno", "natno", "mail", "link", "photo", "lic", "drv", "car", "dev", "rx", "case",
    "crime", "bio", "ins", "scan",
}  # fmt: skip
NON_LATIN_LOCALES = {
    "ja_JP", "zh_CN", "zh_TW", "ko_KR", "ru_RU", "uk_UA", "bg_BG", "el_GR", "ar_EG", "fa_IR",
    "he_IL", "hi_IN", "th_TH", "ka_GE",
}  # fmt: skip


def _g_slots() -> set[str]:
    return {m.group(1) for t in HELDOUT_G.templates for m in SLOT.finditer(t.text) if m.group(1)}


def _g_age_ok(value: str) -> bool:
    """An age G writes: digits of any script over 89, or the number in words (num2words)."""
    from num2words import num2words

    if _f_age_over_89(value):
        return True
    return any(
        value == num2words(n, lang=lang) for n in range(90, 109) for lang in g_forms.N2W_LANGS
    )


@pytest.mark.parametrize("other", G_OTHERS, ids=G_OTHER_IDS)
def test_heldout_g_shares_nothing_with_the_other_splits(other: Split) -> None:
    _shares_nothing(HELDOUT_G, other)


def test_heldout_g_is_wide_enough() -> None:
    templates = HELDOUT_G.templates
    doc_types = _covers_types_and_templates(HELDOUT_G, doc_types=28, templates=70)
    assert doc_types >= F_DOC_TYPES | G_DOC_TYPES
    assert all(t.id.startswith("g-") for t in templates)
    assert HELDOUT_G.seeds == range(61000001, 61000401)
    declared = {loc for loc, _ in HELDOUT_G.locales} | {
        loc for t in templates for loc, _ in t.locales
    }
    assert len(declared) >= 45
    assert declared >= ISSUE_LOCALES | NON_LATIN_LOCALES
    assert len(set(HELDOUT_G.id_countries)) >= 20
    for t in templates:
        assert "[[" in t.text, t.id  # kept content in every template
    assert _g_slots() >= set(g_forms.SLOTS)
    assert not _g_slots() & TUNED_SLOTS


def test_g_slots_are_wired_into_the_generator() -> None:
    from resources.synthetic.redaction_eval import generator

    assert {slot: SLOT_KINDS[slot] for slot in g_forms.SLOTS} == g_forms.SLOTS
    assert set(g_forms.SLOTS) == generator.G_SLOTS
    assert "local_forms" not in g_forms.__dict__
    assert "f_forms" not in g_forms.__dict__


def test_heldout_g_builds_400_documents_deterministically() -> None:
    first = corpus(HELDOUT_G)
    assert len(first) == 400
    assert first == corpus(HELDOUT_G)
    assert first[0].text != render(HELDOUT_G.templates[0], HELDOUT_G, HELDOUT_G.seeds[1]).text


def _check_g_document(doc: LabelledDoc) -> None:
    _check_document(doc, _g_age_ok)
    for e in doc.entities:
        if e.slot.startswith("citizen"):
            assert any(n.valid(doc.value(e)) for n in NATIONAL_IDS), doc.doc_id
        if e.slot.startswith("taxref"):
            assert g_forms.tax_valid(doc.value(e)), doc.doc_id


def test_every_span_of_heldout_g_holds_its_value() -> None:
    """All of G's documents: spans hold their values and cover every kind ten times;
    45+ locales and 28+ document types rendered; people in their script and romanised."""
    kinds, locales, doc_types, both_scripts = _check_and_survey(HELDOUT_G, _check_g_document)
    assert set(kinds) == set(KINDS)
    assert min(kinds.values()) >= 10
    assert len(locales) >= 45
    assert len(doc_types) >= 28
    assert both_scripts >= 30


def test_heldout_g_national_ids_are_valid_in_twenty_countries() -> None:
    countries: set[str] = set()
    for doc in corpus(HELDOUT_G):
        for e in doc.entities:
            if e.slot.startswith("citizen"):
                valid = {n.country for n in NATIONAL_IDS if n.valid(doc.value(e))}
                assert valid, doc.doc_id
                countries |= valid
    assert len(countries) >= 20


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**8), st.data())
def test_any_seed_gives_well_formed_heldout_g_documents(seed: int, data: st.DataObject) -> None:
    template = data.draw(st.sampled_from(list(HELDOUT_G.templates)))
    doc = render(template, HELDOUT_G, seed)
    _check_g_document(doc)
    assert doc == render(template, HELDOUT_G, seed)


@pytest.mark.parametrize("country", sorted(g_forms.CITIZEN_FORMS))
def test_g_identity_numbers_pass_their_country_check(country: str) -> None:
    import random

    ctx = Ctx(HELDOUT_G, 11, random.Random(country), "en_US")
    module = g_forms._module(g_forms.CITIZEN_FORMS[country][0])
    for _ in range(6):
        label, number = g_forms.citizen_number(ctx, country.lower())
        assert module.is_valid(number), (country, number)
        assert label in g_forms.CITIZEN_FORMS[country][1]


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6))
def test_g_tax_and_bank_numbers_carry_valid_check_digits(seed: int) -> None:
    import random

    from stdnum.no import kontonr
    from stdnum.us import rtn

    rng = random.Random(seed)
    for entry in g_forms.TAX_FORMS:
        label, number = g_forms.tax_number(rng, "en_US", entry.country.lower())
        assert g_forms._module(entry.module).is_valid(number), (entry.country, number)
        assert label in entry.labels
    assert rtn.is_valid(g_forms.aba_routing(rng))
    assert kontonr.is_valid(g_forms.domestic_account(rng, "no_NO"))
    assert g_forms.cnj_valid(g_forms.cnj_number(rng))


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6))
def test_g_cnj_check_digits_agree_with_iso_7064(seed: int) -> None:
    """Brazil's CNJ number carries ISO 7064 mod 97-10 check digits over the number with
    the check moved to the end: stdnum's implementation is the outside reference."""
    import random

    from stdnum.iso7064 import mod_97_10

    number = g_forms.cnj_number(random.Random(seed))
    digits = re.sub(r"\D", "", number)
    assert mod_97_10.calc_check_digits(digits[:7] + digits[9:]) == digits[7:9]
    typo = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not g_forms.cnj_valid(typo)


@pytest.mark.parametrize(
    "locale", sorted({loc for loc, _ in HELDOUT_G.locales} | {"ar_SA", "fa_IR", "bn_BD"})
)
def test_g_phones_are_valid_numbers_of_their_country(locale: str) -> None:
    import random
    import unicodedata

    import phonenumbers

    rng = random.Random(locale)
    for form in ("", "intl", "plus", "national"):
        text = g_forms.local_phone(rng, locale, form)
        ascii_digits = "".join(
            str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in text
        )
        number = phonenumbers.parse(ascii_digits, g_forms.region_of(locale))
        assert phonenumbers.is_valid_number(number), (locale, text)


def test_g_dates_follow_the_locale() -> None:
    import random
    from datetime import date

    rng = random.Random(3)
    day = date(2022, 6, 3)
    assert g_forms.japanese_era(date(2019, 5, 1)) == "令和元年5月1日"
    assert g_forms.japanese_era(date(2019, 4, 30)) == "平成31年4月30日"
    assert g_forms.thai_date(day, rng).endswith("2565")  # Buddhist era
    for _ in range(10):
        assert g_forms.local_date(rng, "de_DE", day) in {
            "03.06.22", "03.06.2022", "3. Juni 2022", "Freitag, 3. Juni 2022",
        }  # fmt: skip
    assert g_forms.local_date(rng, "en_US", day, "compact").startswith("20220603")
    assert g_forms.local_date(rng, "en_US", day, "iso") == "2022-06-03"


def test_g_names_pair_their_own_script_with_a_latin_spelling() -> None:
    import random

    for lang, (firsts, lasts) in g_forms.NAME_PAIRS.items():
        for native, latin in firsts + lasts:
            assert not _latin(native), (lang, native)
            assert _latin(latin), (lang, latin)
            assert latin[0].isupper(), (lang, latin)
    for locale in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "el_GR", "ka_GE", "he_IL"):
        ctx = Ctx(HELDOUT_G, 5, random.Random(5), locale)
        person = g_forms.local_person(ctx)
        assert not _latin(person.form("whole")), locale
        assert _latin(person.form("r_full")), locale
        assert person.form("passport").endswith(person.form("r_caps_first").replace(" ", "<"))


# The 18 identifier classes of HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)) and the slots
# that write each in held-out G.
G_SAFE_HARBOR_SLOTS = {
    "names": {"kin", "person"},
    "geographic subdivisions smaller than a state": {"abode", "town", "postcode"},
    "dates and ages over 89": {"on", "natal", "senior"},
    "telephone numbers": {"dial"},
    "fax numbers": {"telefax"},
    "e-mail addresses": {"inbox"},
    "social security numbers": {"citizen"},
    "medical record numbers": {"mrn"},
    "health plan beneficiary numbers": {"plan", "mbi"},
    "account numbers": {"bankno", "giro", "plastic", "account"},
    "certificate and licence numbers": {"licence", "reg", "cert", "npi", "dea"},
    "vehicle identifiers and plates": {"vin", "tag"},
    "device identifiers and serial numbers": {"serial", "imei", "udi", "mac"},
    "web URLs": {"site"},
    "IP addresses": {"host"},
    "biometric identifiers": {"biokey"},
    "full-face photographs": {"selfie"},
    "any other unique identifying number": {"docket", "taxref", "claim"},
}


def test_heldout_g_writes_every_safe_harbor_class() -> None:
    assert len(G_SAFE_HARBOR_SLOTS) == 18
    used = _g_slots()
    for name, slots in G_SAFE_HARBOR_SLOTS.items():
        assert used & slots, name
    assert any("{citizen1.us}" in t.text for t in HELDOUT_G.templates)  # a US SSN itself


def test_g_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["g"] == (
        "heldout_g_templates",
        "SPLIT G (DEV-side since session 22)",
    )
    assert "g" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.parse_splits("g, dev") == ["dev", "g"]
    assert eval_redaction.load_split("g") is HELDOUT_G


def test_g_clabe_matches_the_published_example() -> None:
    """Banxico's worked CLABE example: bank 002, branch 010, account 07777777777, check 1."""
    import random

    def check_digit(body: str) -> str:
        total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
        return str((10 - total % 10) % 10)

    assert check_digit("00201007777777777") == "1"  # the published example's own digit
    assert check_digit("00201007777777778") != "1"  # a typo changes it
    rng = random.Random(0)
    for _ in range(50):
        number = g_forms.clabe(rng)
        assert len(number) == 18
        assert number[17] == check_digit(number[:17])


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["de_DE", "el_GR", "en_US"]))
def test_g_ocr_misreads_keep_a_valid_number(seed: int, locale: str) -> None:
    """A phone as OCR read it differs in one or two look-alike letters; read back, it is
    the country's valid number again."""
    import random

    import phonenumbers

    from resources.synthetic.redaction_eval.generator import Value

    ctx = Ctx(HELDOUT_G, seed, random.Random(seed), locale)
    value = new_entity(ctx, "dial", "ocr")
    assert isinstance(value, Value)
    assert value.text != g_forms.ocr_restore(value.text)
    assert (
        sum(a != b for a, b in zip(value.text, g_forms.ocr_restore(value.text), strict=True)) <= 2
    )
    number = phonenumbers.parse(g_forms.ocr_restore(value.text), g_forms.region_of(locale))
    assert phonenumbers.is_valid_number(number)


@pytest.mark.parametrize("country", ["BG", "HU", "SE", "HR", "SA", "AE", "IL", "GE", "JO", "BR"])
def test_g_ibans_built_from_the_registry_are_valid(country: str) -> None:
    import random

    rng = random.Random(country)
    for _ in range(5):
        value = g_forms.bban_iban(rng, country)
        assert value.startswith(country)
        assert iban_check.is_valid(value), value


# --- Held-out H ---------------------------------------------------------------------------
# Written in session 23 by an author barred from the redactor. The other splits are read
# here only as sets of seeds, template ids and template lines; messages name H's ids only.

HELDOUT_H: Split = heldout_h_templates.SPLIT
OTHER_SPLIT_MODULES = (
    "dev_templates", "dev_e_templates", "heldout_templates", "heldout_b_templates",
    "heldout_c_templates", "heldout_d_templates", "heldout_f_templates", "heldout_g_templates",
)  # fmt: skip
# The held-out splits written since, in order (each a module of redaction_eval).
LATER_SPLIT_MODULES = (
    "heldout_h_templates", "heldout_i_templates", "heldout_j_templates", "heldout_k_templates",
    "heldout_l_templates", "heldout_m_templates", "heldout_n_templates", "heldout_o_templates",
    "heldout_p_templates", "heldout_q_templates", "heldout_r_templates", "heldout_s_templates",
    "heldout_t_templates", "heldout_u_templates", "heldout_v_templates", "heldout_w_templates",
    "heldout_x_templates", "heldout_y_templates", "heldout_z_templates", "heldout_aa_templates",
    "heldout_ab_templates",
)  # fmt: skip
ISSUE_DOC_TYPES = {
    "clinical note", "discharge summary", "radiology request", "insurance claim",
    "KYC review", "fraud case", "HR leave request", "chat transcript",
}  # fmt: skip


def _other_splits() -> list[Split]:
    import importlib

    base = "resources.synthetic.redaction_eval."
    return [importlib.import_module(base + m).SPLIT for m in OTHER_SPLIT_MODULES]


@functools.cache
def _h_docs() -> tuple[LabelledDoc, ...]:
    return tuple(corpus(HELDOUT_H, 400))


def _h_lines(text: str) -> set[str]:
    """A template's lines of literal text long enough to be written, not a field label."""
    out = set()
    for line in text.splitlines():
        literal = SLOT.sub(lambda m: m.group(4) or "", line).strip()
        if len(literal) >= 24:
            out.add(literal)
    return out


def assert_apart(split: Split, others: list[Split], common: frozenset[str] = frozenset()) -> None:
    """No seed, template id, template text or written line of `split` (but the `common`
    boilerplate lines) stands in another split. Messages name only `split`'s own template ids,
    never another split's text."""
    ids = {t.id for t in split.templates}
    assert len(ids) == len(split.templates)
    seeds = set(split.seeds)
    for other in others:
        assert other.name != split.name
        clash = sorted(seeds & set(other.seeds))
        assert not clash, f"{split.name} seeds also used elsewhere: {clash[:3]}"
        assert not sorted(ids & {t.id for t in other.templates}), f"{split.name} template ids"
        other_texts = {t.text for t in other.templates}
        other_lines = set().union(*(_h_lines(t.text) for t in other.templates))
        same = [t.id for t in split.templates if t.text in other_texts]
        assert not same, same
        echoed = [t.id for t in split.templates if (_h_lines(t.text) - common) & other_lines]
        assert not echoed, echoed


def assert_renders_the_same_later(
    split: Split,
    now: tuple[LabelledDoc, ...],
    later: tuple[int, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Faker's clock (its datetime and its date) moved to the day `later`, each template
    of `split` renders as in `now`, its documents rendered today. A split that drew a
    date from the clock would drift between the day it was written and the day it runs."""
    import datetime as dt

    import faker.providers.date_time as faker_dates

    class Later(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Later:
            return cls(*later, tzinfo=tz)

        @classmethod
        def today(cls) -> Later:
            return cls(*later)

    class LaterDate(dt.date):
        @classmethod
        def today(cls) -> LaterDate:
            return cls(*later)

    n = len(split.templates)
    today = [(d.text, d.entities) for d in now[:n]]  # rendered before the clock moves
    monkeypatch.setattr(faker_dates, "datetime", Later)
    monkeypatch.setattr(faker_dates, "dtdate", LaterDate)
    assert [(d.text, d.entities) for d in corpus(split, n)] == today


def test_h_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["h"] == (
        "heldout_h_templates",
        "SPLIT H (DEV-side since session 24)",
    )
    assert "h" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("h") is HELDOUT_H
    check_split(HELDOUT_H)


def test_heldout_h_shares_no_seed_or_template_text_with_the_other_splits() -> None:
    assert len(HELDOUT_H.seeds) >= 400
    assert_apart(HELDOUT_H, _other_splits())


def test_heldout_h_is_wide_enough() -> None:
    docs = _h_docs()
    assert len(docs) == 400
    templates = HELDOUT_H.templates
    assert len(templates) >= 120
    doc_types = {t.doc_type for t in templates}
    assert len(doc_types) >= 30
    assert doc_types >= ISSUE_DOC_TYPES
    assert {d.template_id for d in docs} == {t.id for t in templates}
    assert len({d.locale for d in docs}) >= 40
    assert {e.kind for d in docs for e in d.entities} == set(KINDS)
    assert len(h_forms.SCHEME_COUNTRIES) >= 20
    # Names from many cultures: people drawn from world names and from Faker's locales.
    people = {d.value(e) for d in docs for e in d.entities if e.kind == "PERSON"}
    assert len(people) >= 600
    assert any(not w.isascii() for w in people)
    assert sum(1 for d in docs if d.keep) >= 300


def test_heldout_h_is_deterministic() -> None:
    again = corpus(HELDOUT_H, 60)
    assert [(d.text, d.entities, d.keep) for d in again] == [
        (d.text, d.entities, d.keep) for d in _h_docs()[:60]
    ]


def _h_doc_problems(doc: LabelledDoc) -> list[str]:
    """What is wrong with one of H's documents (by template id only)."""
    problems = []
    spans = sorted((e.start, e.end) for e in doc.entities)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        if s2 < e1:
            problems.append("overlapping spans")
    values: dict[str, set[str]] = {}
    for e in doc.entities:
        value = doc.value(e)
        if e.kind not in KINDS or SLOT_KINDS[re.sub(r"\d+$", "", e.slot)] != e.kind:
            problems.append(f"kind of {e.slot}")
        if not value or value != value.strip() or "{" in value or "[[" in value:
            problems.append(f"value of {e.slot}")
        if e.kind != "PERSON":
            values.setdefault(e.slot, set()).add(value)
        if e.slot.startswith("gov") and not h_forms.valid_national_number(value):
            problems.append(f"national number {e.slot}")
        if e.kind == "CARD" and not luhn.is_valid(re.sub(r"[ -]", "", value)):
            problems.append(f"card {e.slot}")
        if e.kind == "IBAN" and not iban_check.is_valid(value):
            problems.append(f"iban {e.slot}")
    problems += [f"{slot} written two ways" for slot, v in values.items() if len(v) > 1]
    for start, end in doc.keep:
        if any(s < end and start < e for s, e in spans):
            problems.append("kept phrase overlaps a span")
    return [f"{doc.template_id}: {p}" for p in problems]


def test_heldout_h_spans_hold_exactly_their_values_and_numbers_are_valid() -> None:
    problems = [p for d in _h_docs() for p in _h_doc_problems(d)]
    assert not problems, problems[:10]
    ids = [d.value(e) for d in _h_docs() for e in d.entities if e.slot.startswith("gov")]
    assert len(ids) >= 100
    # The numbers come from at least 20 countries' schemes.
    countries = {next(s.country for s in h_forms.SCHEMES if s.valid(v)) for v in ids}
    assert len(countries) >= 20


def test_heldout_h_slots_are_the_generators() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(SLOT_KINDS) >= generator.H_SLOTS  # each labelled with a kind
    other_slots = set(SLOT_KINDS) - generator.H_SLOTS
    for other in _other_splits():
        used = {m.group(1) for t in other.templates for m in SLOT.finditer(t.text)}
        assert not (used - {None}) & generator.H_SLOTS
    assert generator.H_SLOTS.isdisjoint(generator.G_SLOTS)
    assert other_slots


def test_heldout_h_checks_what_they_should() -> None:
    assert h_forms.nino_valid("AB 12 34 56 C")
    assert not h_forms.nino_valid("BG 12 34 56 C")  # a prefix HMRC never issues
    import random

    rng = random.Random(23)
    assert all(re.fullmatch(r"[A-Z]\d{9}", h_forms.kvnr(rng)) for _ in range(20))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**4))
def test_heldout_h_any_seed_renders_labelled_documents(seed: int, pick: int) -> None:
    template = HELDOUT_H.templates[pick % len(HELDOUT_H.templates)]
    doc = render(template, HELDOUT_H, seed)
    assert not _h_doc_problems(doc), template.id
    assert doc.entities, template.id


# --- Every split ---------------------------------------------------------------------

# Any slot syntax left in a rendered text ("{pat1.hl7}", "{kdate1.iso}", "{ref2.RX}").
RESIDUE = re.compile(r"\{[a-z]+\d*(?:\.\w+)?\}")


def slots_used(split: Split) -> set[tuple[str, str | None]]:
    """The (slot, form) pairs a split's templates write."""
    return {(m.group(1), m.group(3)) for t in split.templates for m in SLOT.finditer(t.text)}


def splits_before(module: str) -> list[Split]:
    """Every split written before the one `module` defines (the ones it must stay apart from)."""
    import importlib

    order = (*OTHER_SPLIT_MODULES, *LATER_SPLIT_MODULES)
    base = "resources.synthetic.redaction_eval."
    return [importlib.import_module(base + m).SPLIT for m in order[: order.index(module)]]


def country_of(value: str) -> str:
    """The first country whose scheme accepts the number ("" for none)."""
    return next((e.country for e in NATIONAL_IDS if e.valid(value)), "")


@pytest.mark.parametrize("key", ["dev", *"abcdfghijklmnopqrstuvwxyz", "aa", "ab", "ac"])
def test_no_template_leaves_a_slot_unrendered(key: str) -> None:
    """A slot the generator cannot fill stays in the text as "{pat1.hl7}" with no entity
    under it: a document with less to find than it claims (H's HL7 messages did until
    session 24, when form names could not hold a digit). Messages name template ids only."""
    from resources.synthetic import eval_redaction

    split = eval_redaction.load_split(key)
    docs = corpus(split, len(split.templates))  # each template once
    residue = re.compile(r"\{[a-z]+\d*(?:\.[a-z_0-9]+)?\}")
    assert not [d.template_id for d in docs if residue.search(d.text)]


# --- Held-out I ---------------------------------------------------------------------------
# Written in session 24 by an author barred from the redactor. The other splits are read
# here only as sets of seeds, template ids, template lines and slot names; messages name
# I's template ids only.

from resources.synthetic.redaction_eval import heldout_i_templates, i_forms  # noqa: E402

HELDOUT_I: Split = heldout_i_templates.SPLIT
I_SEEDS = range(84240001, 84240401)


def test_i_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["i"] == (
        "heldout_i_templates",
        "SPLIT I (DEV-side since session 25)",
    )
    assert "i" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("i") is HELDOUT_I
    check_split(HELDOUT_I)


def test_heldout_i_slots_are_its_own_and_the_generators() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(i_forms.SLOTS) == generator.I_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in i_forms.SLOTS.items())
    assert set(i_forms.SLOTS.values()) == set(KINDS)
    assert generator.I_SLOTS.isdisjoint(generator.G_SLOTS | generator.H_SLOTS)
    for other in [*_other_splits(), HELDOUT_H]:
        used = {m.group(1) for t in other.templates for m in SLOT.finditer(t.text)}
        assert not (used - {None}) & generator.I_SLOTS
    # I writes through its own slots only.
    mine = {m.group(1) for t in HELDOUT_I.templates for m in SLOT.finditer(t.text)} - {None}
    assert mine <= generator.I_SLOTS, sorted(mine - generator.I_SLOTS)


@pytest.mark.parametrize("country", HELDOUT_I.id_countries)
def test_i_national_numbers_pass_their_country_check(country: str) -> None:
    template = Template("i-probe", "probe", "", id_countries=(country,))
    entries = [e for e in NATIONAL_IDS if e.country == country]
    for seed in range(8):
        ctx = Ctx(HELDOUT_I, seed, __import__("random").Random(seed), "en_US", template=template)
        value = new_entity(ctx, "ident", "")
        assert any(e.valid(value.text) for e in entries), country  # type: ignore[attr-defined]


# The 18 identifier classes of HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)) and the slots
# that write each in held-out I.
I_SAFE_HARBOR_SLOTS = {
    "A names": {"indiv"},
    "B geographic subdivisions smaller than a state": {"resid", "postal", "hamlet", "latlon"},
    "C dates and ages over 89": {"birth", "visit", "elder"},
    "D telephone numbers": {"voice"},
    "E fax numbers": {"faxno"},
    "F e-mail addresses": {"epost"},
    "G social security numbers": {"ident"},
    "H medical record numbers": {"chart"},
    "I health plan beneficiary numbers": {"policy"},
    "J account numbers": {"ledger", "sepa", "payc"},
    "K certificate/licence numbers": {"permit"},
    "L vehicle identifiers": {"veh"},
    "M device identifiers and serial numbers": {"implant", "hwaddr"},
    "N URLs": {"href"},
    "O IP addresses": {"ipaddr"},
    "P biometric identifiers (record numbers)": {"refno"},  # {refno.bio}
    "Q full-face photographs (where kept)": {"href"},
    "R any other unique identifying number": {"refno", "travel"},
}


@pytest.mark.parametrize("seed", range(20))
def test_i_ocr_misreads_keep_the_length_and_misread_a_digit(seed: int) -> None:
    import random

    clean = i_forms.shape(random.Random(seed), "MR##########")
    damaged = i_forms.ocr_damaged(random.Random(seed), clean)
    assert len(damaged) == len(clean)
    changed = [(a, b) for a, b in zip(clean, damaged, strict=True) if a != b]
    assert 1 <= len(changed) <= 3
    assert all(i_forms.OCR_MISREADS[a] == b for a, b in changed)


def test_i_documents_write_their_dates_of_one_family_in_one_style() -> None:
    template = Template("i-probe", "probe", "{visit1.us} {visit2.us} {visit3.us} {birth1.us}")
    for seed in range(30):
        doc = render(template, HELDOUT_I, seed)
        # One style: the same letters-and-digits pattern (runs of either collapsed).
        shapes = {
            re.sub(r"\d+", "9", re.sub(r"[A-Za-z]+", "a", doc.value(e))) for e in doc.entities
        }
        assert len(shapes) == 1, seed


@pytest.mark.parametrize("locale", ["zh_CN", "ja_JP", "ru_RU", "el_GR"])
def test_i_names_in_another_script_come_with_their_latin_spelling(locale: str) -> None:
    template = Template("i-probe", "probe", "{indiv1.native} / {indiv1.first_last}", ((locale, 1),))
    for seed in range(10):
        doc = render(template, HELDOUT_I, seed)
        native, latin = (doc.value(e) for e in doc.entities)
        assert not native.isascii()
        assert latin.isascii()


# --- Held-out J ---------------------------------------------------------------------------
# Written in session 24 by an author barred from the redactor and from every other split's
# templates. The other splits are read here only as sets of seeds, template ids, template
# lines and slot names; messages name J's template ids only. J is wired into the
# evaluation next session, after the freeze.

from resources.synthetic.redaction_eval import heldout_j_templates, j_forms  # noqa: E402

HELDOUT_J: Split = heldout_j_templates.SPLIT
J_SEEDS = range(84250001, 84250401)


def test_j_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    """Held out and run once in session 25 (redactor frozen at df7129a); tuned on since."""
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["j"] == (
        "heldout_j_templates",
        "SPLIT J (DEV-side since session 26)",
    )
    assert "j" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("j") is HELDOUT_J
    check_split(HELDOUT_J)


def test_heldout_j_slots_are_the_generators_and_its_own_are_nobody_elses() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(j_forms.SLOTS) == generator.J_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in j_forms.SLOTS.items())
    assert generator.J_SLOTS.isdisjoint(generator.G_SLOTS | generator.H_SLOTS)
    assert generator.J_SLOTS.isdisjoint(generator.I_SLOTS)
    for other in splits_before("heldout_j_templates"):
        assert not {s for s, _ in slots_used(other)} & generator.J_SLOTS
    mine = {s for s, _ in slots_used(HELDOUT_J)} - {None}
    assert mine <= set(SLOT_KINDS), sorted(mine - set(SLOT_KINDS))
    # Other splits' own slots are theirs: J writes none of them.
    theirs = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | set(f_forms.SLOTS)
    assert not mine & theirs, sorted(mine & theirs)


J_NAMED_COUNTRIES = sorted(
    {f.upper() for s, f in slots_used(HELDOUT_J) if s == "govno" and f}
    | set(HELDOUT_J.id_countries)
)


@pytest.mark.parametrize("country", J_NAMED_COUNTRIES)
def test_j_national_numbers_pass_their_country_check(country: str) -> None:
    import random

    entries = [e for e in NATIONAL_IDS if e.country == country]
    assert entries, country
    template = Template("j-probe", "probe", "", id_countries=(country,))
    for seed in range(6):
        ctx = Ctx(HELDOUT_J, seed, random.Random(seed), "en_US", template=template)
        value = new_entity(ctx, "govno", country.lower())
        assert any(e.valid(value.text) for e in entries), country  # type: ignore[attr-defined]


# The 18 identifier classes of HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)) and the slots
# that write each in held-out J.
J_SAFE_HARBOR_SLOTS = {
    "A names": {"person"},
    "B geographic subdivisions smaller than a state": {"addr", "city", "postcode", "geo"},
    "C dates and ages over 89": {"dob", "date", "stamp", "age", "agewords"},
    "D telephone numbers": {"phone", "cell", "locphone"},
    "E fax numbers": {"fax"},
    "F e-mail addresses": {"email"},
    "G social security numbers": {"natid", "govno"},
    "H medical record numbers": {"mrn"},
    "I health plan beneficiary numbers": {"plan", "mbi"},
    "J account numbers": {"account", "iban", "card"},
    "K certificate/licence numbers": {"licence", "npi", "dea"},
    "L vehicle identifiers": {"vin", "plate"},
    "M device identifiers and serial numbers": {"serial", "udi", "imei", "mac"},
    "N URLs": {"url"},
    "O IP addresses": {"ip", "ipsix"},
    "P biometric identifiers (record numbers)": {"folio"},
    "Q full-face photographs (where kept)": {"url"},
    "R any other unique identifying number": {"folio", "passport", "claim"},
}


# --- Held-out K ---------------------------------------------------------------------------
# Written in session 25 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name K's template ids only.
# K is wired into the evaluation next session, after the freeze.

from resources.synthetic.redaction_eval import heldout_k_templates, k_forms  # noqa: E402

HELDOUT_K: Split = heldout_k_templates.SPLIT
K_SEEDS = range(84260001, 84260401)
# Every module that defines another split (the DEV-side ones and the held-out ones).
K_OTHER_MODULES = (
    *OTHER_SPLIT_MODULES, "heldout_h_templates", "heldout_i_templates", "heldout_j_templates",
)  # fmt: skip
# The HIPAA Safe Harbor classes (45 CFR 164.514(b)(2)(i)) and the K slots that write each.
K_SAFE_HARBOR_SLOTS = {
    "A names": {"kname"},
    "B geographic subdivisions smaller than a state": {"kaddr", "kzip", "kcity", "kgeo"},
    "C dates and ages over 89": {"kdate", "kdob", "kage"},
    "D telephone numbers": {"ktel"},
    "E fax numbers": {"kfax"},
    "F e-mail addresses": {"kmail"},
    "G social security numbers": {"knat"},
    "H medical record numbers": {"kmrn"},
    "I health plan beneficiary numbers": {"kplan", "khealth"},
    "J account numbers": {"kacct", "kiban", "kcard"},
    "K certificate/licence numbers": {"klic"},
    "L vehicle identifiers and plates": {"kveh"},
    "M device identifiers and serial numbers": {"kdev", "kmac"},
    "N URLs": {"kurl"},
    "O IP addresses": {"kip"},
    "P biometric identifiers (record numbers)": {"kbio"},
    "Q full-face photographs (where kept)": {"kurl"},
    "R any other unique identifying number": {"kref", "kpass"},
}


def test_k_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    """Held out and run once in session 26 (redactor frozen at 7800f2f); tuned on since."""
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["k"] == (
        "heldout_k_templates",
        "SPLIT K (DEV-side since session 27)",
    )
    assert "k" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("k") is HELDOUT_K
    check_split(HELDOUT_K)


def test_heldout_k_writes_only_its_own_slots_and_nobody_else_writes_them() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(k_forms.SLOTS) == generator.K_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in k_forms.SLOTS.items())
    assert set(k_forms.SLOTS.values()) <= set(KINDS)
    older = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | generator.J_SLOTS
    assert generator.K_SLOTS.isdisjoint(older | set(f_forms.SLOTS))
    for other in splits_before("heldout_k_templates"):
        assert not {s for s, _ in slots_used(other)} & generator.K_SLOTS
    mine = {s for s, _ in slots_used(HELDOUT_K)} - {None}
    stray = [
        t.id
        for t in HELDOUT_K.templates
        if {m.group(1) for m in SLOT.finditer(t.text)} - {None} - generator.K_SLOTS
    ]
    assert not stray, stray
    assert mine == generator.K_SLOTS, sorted(generator.K_SLOTS - mine)


def test_k_mentions_of_one_entity_read_alike() -> None:
    """A value entity written twice in a document is the same text both times."""
    for doc in held_docs(HELDOUT_K):
        seen: dict[str, str] = {}
        for e in doc.entities:
            if e.kind == "PERSON":
                continue
            value = doc.value(e)
            assert seen.setdefault(e.slot, value) == value, doc.template_id


K_NAMED_COUNTRIES = sorted(
    {f.upper() for s, f in slots_used(HELDOUT_K) if s == "knat" and f and len(f) == 2}
    | set(HELDOUT_K.id_countries)
)


@pytest.mark.parametrize("country", K_NAMED_COUNTRIES)
def test_k_national_numbers_pass_their_country_check(country: str) -> None:
    import random

    entries = [e for e in NATIONAL_IDS if e.country == country]
    assert entries, country
    template = Template("k-probe", "probe", "", id_countries=(country,))
    for seed in range(6):
        ctx = Ctx(HELDOUT_K, seed, random.Random(seed), "en_US", template=template)
        value = new_entity(ctx, "knat", country.lower())
        assert any(e.valid(value.text) for e in entries), country  # type: ignore[attr-defined]


@pytest.mark.parametrize("scheme", sorted(k_forms.HEALTH_CHECKS))
def test_k_health_card_numbers_carry_valid_check_digits(scheme: str) -> None:
    import random

    valid = k_forms.HEALTH_CHECKS[scheme]
    for seed in range(20):
        ctx = Ctx(HELDOUT_K, seed, random.Random(seed), "en_GB")
        value = new_entity(ctx, "khealth", scheme.lower())
        assert valid(value.text), scheme  # type: ignore[attr-defined]
        text: str = value.text  # type: ignore[attr-defined]
        at = [i for i, c in enumerate(text) if c.isdigit()][3]  # a typo in the fourth digit
        typo = text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1 :]
        assert not valid(typo), scheme


@pytest.mark.parametrize(
    ("scheme", "number", "valid"),
    [
        ("GB", "943 476 5919", True),  # the NHS's published example
        ("GB", "943 476 5918", False),
        ("DE", "A123456780", True),  # worked by hand: 01 12 34 56 78, weights 1,2,...
        ("DE", "A123456781", False),
        ("AU", "2123 45670 1", True),  # weights 1,3,7,9,1,3,7,9 over 21234567: 120, check 0
        ("AU", "2123 45671 1", False),
        ("ON", "1234-567-897-AB", True),  # Luhn over 1234567897
        ("ON", "1234-567-890-AB", False),
    ],
)
def test_k_health_card_checks_agree_with_worked_examples(
    scheme: str, number: str, valid: bool
) -> None:
    assert k_forms.HEALTH_CHECKS[scheme](number) is valid


def test_k_dates_of_a_document_run_forward_in_one_style_per_style_name() -> None:
    import random

    from resources.synthetic.redaction_eval.k_forms import ANCHOR_KEY

    template = Template("k-probe", "probe", "{kdate1.iso} {kdate2.iso} {kdate3.iso}")
    for seed in range(30):
        doc = render(template, HELDOUT_K, seed)
        days = [doc.value(e) for e in doc.entities]
        assert days == sorted(days), seed
    ctx = Ctx(HELDOUT_K, 1, random.Random(1), "en_US")
    k_forms.k_date(ctx, "kdate", "us")
    assert ANCHOR_KEY in ctx.entities


K_EXTENSION = re.compile(
    r"\s(?:ext\.?|x|Durchwahl|App\.|Dw\.|intern|poste|toestel|extensión|ramal|extensão|int\."
    r"|tst\.|wew\.|ankn\.)\s?\d+$|x\d+$"
)


def _k_phone_is_valid(value: str, region: str) -> bool:
    """The number without its extension is valid for its region ("00" read as "+"; a
    German direct-dial suffix "-123" tried both on and off)."""
    import phonenumbers

    core = re.sub(r"^00", "+", K_EXTENSION.sub("", value))
    for candidate in (core, re.sub(r"-\d{1,4}$", "", core)):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(candidate, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


@pytest.mark.parametrize("region", k_forms.PHONE_REGIONS)
def test_k_phones_are_valid_numbers_of_their_region(region: str) -> None:
    import random

    for seed in range(8):
        ctx = Ctx(HELDOUT_K, seed, random.Random(seed), "en_US")
        value = k_forms.k_phone(ctx, region.lower())
        assert _k_phone_is_valid(value, region), region


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("full", "Adaeze Tolu Okafor"),
        ("last_comma_initials", "Okafor, A.T."),
        ("initial_caps_last", "A. OKAFOR"),
        ("last_initials_nodot", "Okafor AT"),
        ("caps_last_comma_first_mid", "OKAFOR, ADAEZE TOLU"),
        ("hl7", "OKAFOR^ADAEZE^T"),
        ("mrz_style", "OKAFOR ADAEZE"),
        ("initials_only", "A.T.O."),
        ("family_first", "Okafor Adaeze Tolu"),
        ("given", "Adaeze Tolu"),
        ("spaced_caps_last", "O K A F O R"),
        ("lower_last_first", "okafor, adaeze"),
        ("script", "Adaeze Okafor"),  # no other script: the Latin name
        ("first_last_ocr", "Adaeze 0kafor"),
    ],
)
def test_k_person_forms(form: str, expected: str) -> None:
    assert k_forms.KPerson("Adaeze", "Okafor", "Tolu").form(form) == expected


@pytest.mark.parametrize(
    ("name", "misread"),
    [
        ("William Smith", "Williarn Smith"),  # m read as rn
        ("Adaeze Okafor", "Adaeze 0kafor"),  # O read as zero
        ("Lola Reyes", "Lo1a Reyes"),  # l read as one
        ("Maria", "María"),  # i read with an accent
        ("Xu", "Xu"),  # nothing to misread
    ],
)
def test_k_ocr_damage_misreads_one_letter(name: str, misread: str) -> None:
    assert k_forms.ocr_damage(name) == misread


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_k_forces_addresses_and_driving_licence_numbers_keep_their_shape(seed: int) -> None:
    import random

    ctx = Ctx(HELDOUT_K, seed, random.Random(seed), "en_US")
    mil = k_forms.k_address(ctx, "mil")
    assert re.fullmatch(
        r"(PSC \d{4}, Box \d{4}|Unit \d{4} Box \d{4})(, |\n)[ADF]PO A[EPA] \d{5}", mil
    )
    ctx.entities["kname1"] = k_forms.KPerson("Siân", "ap Rhys", "")
    dvla = k_forms.dvla_number(ctx)
    # surname, decade, month (+50 for a woman), day, year, initials, digit, check letters
    assert re.fullmatch(r"APRHY\d[0156]\d{4}S9\d[A-Z]{2}", dvla), seed


def test_k_templates_write_no_identifier_of_their_own() -> None:
    """Every identifier in K is a slot: the literal text holds no mailbox and no run of
    seven or more digits (amounts, lab values and all-zero header fields aside)."""
    offenders = []
    for t in HELDOUT_K.templates:
        literal = SLOT.sub(" ", t.text)
        runs = [r for r in re.findall(r"\d{7,}", literal) if set(r) != {"0"}]
        if runs or re.search(r"[\w.+-]+@[\w-]+\.\w", literal):
            offenders.append(t.id)
    assert not offenders, offenders


# --- Held-out L ---------------------------------------------------------------------------
# Written in session 26 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name L's template ids only.
# L is wired into the evaluation next session, after the freeze.

from resources.synthetic.redaction_eval import heldout_l_templates, l_forms  # noqa: E402

HELDOUT_L: Split = heldout_l_templates.SPLIT
L_SEEDS = range(84270001, 84270401)
L_OTHER_MODULES = (*K_OTHER_MODULES, "heldout_k_templates")
# The HIPAA Safe Harbor classes (45 CFR 164.514(b)(2)(i)) and the L slots that write each.
L_SAFE_HARBOR_SLOTS = {
    "A names": {"lper"},
    "B geographic subdivisions smaller than a state": {"lhome", "lpost", "ltown", "lgeo"},
    "C dates and ages over 89": {"ldate", "lborn", "lage"},
    "D telephone numbers": {"lphone"},
    "E fax numbers": {"lfax"},
    "F e-mail addresses": {"lmail"},
    "G social security numbers": {"lnat"},
    "H medical record numbers": {"lmrn"},
    "I health plan beneficiary numbers": {"lplan"},
    "J account numbers": {"lacct", "liban", "lcard"},
    "K certificate/licence numbers": {"llic"},
    "L vehicle identifiers and plates": {"lveh"},
    "M device identifiers and serial numbers": {"ldev", "lmac"},
    "N URLs": {"lurl"},
    "O IP addresses": {"lip"},
    "P biometric identifiers (record numbers)": {"lbio"},
    "Q full-face photographs (where kept)": {"lurl"},
    "R any other unique identifying number": {"lref", "lpass"},
}


def test_l_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    """Held out and run once in session 27 (redactor frozen at fdd4793); tuned on since."""
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["l"] == (
        "heldout_l_templates",
        "SPLIT L (DEV-side since session 28)",
    )
    assert "l" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("l") is HELDOUT_L
    check_split(HELDOUT_L)


def test_heldout_l_writes_only_its_own_slots_and_nobody_else_writes_them() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(l_forms.SLOTS) == generator.L_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in l_forms.SLOTS.items())
    older = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | generator.J_SLOTS
    assert generator.L_SLOTS.isdisjoint(older | generator.K_SLOTS | set(f_forms.SLOTS))
    for other in splits_before("heldout_l_templates"):
        assert not {s for s, _ in slots_used(other)} & generator.L_SLOTS
    stray = [
        t.id
        for t in HELDOUT_L.templates
        if {m.group(1) for m in SLOT.finditer(t.text)} - {None} - generator.L_SLOTS
    ]
    assert not stray, stray
    mine = {s for s, _ in slots_used(HELDOUT_L)} - {None}
    assert mine == generator.L_SLOTS, sorted(generator.L_SLOTS - mine)


def test_l_mentions_of_one_entity_read_alike() -> None:
    """A value entity written twice in a document is the same text both times."""
    for doc in held_docs(HELDOUT_L):
        seen: dict[str, str] = {}
        for e in doc.entities:
            if e.kind != "PERSON":
                value = doc.value(e)
                assert seen.setdefault(e.slot, value) == value, doc.template_id


@pytest.mark.parametrize("country", sorted(l_forms.ID_COUNTRIES))
def test_l_national_numbers_pass_their_country_check(country: str) -> None:
    import random

    checks = [n.valid for n in NATIONAL_IDS if n.country == country]
    assert checks, country
    for seed in range(20):
        ctx = Ctx(HELDOUT_L, seed, random.Random(seed), "en_US", template=HELDOUT_L.templates[0])
        value = l_forms.national(ctx, country.lower())
        assert any(ok(value.text) for ok in checks), country
        assert value.label


@pytest.mark.parametrize(
    ("scheme", "number", "valid"),
    [
        ("kvnr", "A123456780", True),
        ("kvnr", "A123456781", False),
        ("medicare", "2123 45670 1", True),
        ("medicare", "2123 45671 1", False),
    ],
)
def test_l_health_card_checks_agree_with_worked_examples(
    scheme: str, number: str, valid: bool
) -> None:
    assert l_forms.HEALTH_CHECKS[scheme](number) is valid


@pytest.mark.parametrize("scheme", ["kvnr", "medicare"])
def test_l_health_card_numbers_carry_valid_check_digits(scheme: str) -> None:
    import random

    for seed in range(50):
        ctx = Ctx(HELDOUT_L, seed, random.Random(seed), "de_DE", template=HELDOUT_L.templates[0])
        assert l_forms.HEALTH_CHECKS[scheme](l_forms.plan(ctx, scheme)), scheme


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("iso", "2021-03-07"),
        ("us", "3/7/2021"),
        ("mon", "07-MAR-2021"),
        ("hl7", "20210307"),
        ("ord", "7th of March 2021"),
        ("de", "7. März 2021"),
        ("pl", "7 marca 2021"),
        ("roman", "7.III.2021"),
        ("jp", "2021年3月7日"),
    ],
)
def test_l_date_styles(style: str, expected: str) -> None:
    from datetime import date

    assert l_forms.write_date(date(2021, 3, 7), style) == expected


@pytest.mark.parametrize("year", [2027, 2031])
def test_heldout_l_renders_the_same_whatever_the_day(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """L draws no value from today's date (Faker's clock-relative dates are not used), so
    its documents do not drift between the day they were written and the day they run."""
    assert_renders_the_same_later(HELDOUT_L, held_docs(HELDOUT_L), (year, 6, 1), monkeypatch)


# --- Held-out M ---------------------------------------------------------------------------
# Written in session 27 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name M's template ids only.
# M was wired into the evaluation in session 28, after the freeze, and run once. The checks
# every held-out split shares (seeds and text apart, width, determinism, labels, Safe
# Harbor) run on it in the next section; its own stricter value checks stay here.

from resources.synthetic.redaction_eval import heldout_m_templates, m_forms  # noqa: E402

HELDOUT_M: Split = heldout_m_templates.SPLIT
M_SEEDS = range(84280001, 84280401)
M_RESIDUE = re.compile(r"\{[a-z]+\d*(?:\.[a-z_0-9]+)?\}")
M_OTHER_MODULES = (*L_OTHER_MODULES, "heldout_l_templates")
# The HIPAA Safe Harbor classes (45 CFR 164.514(b)(2)(i)) and the M slots that write each.
M_SAFE_HARBOR_SLOTS = {
    "A names": {"mper"},
    "B geographic subdivisions smaller than a state": {"maddr", "mpost", "mtown", "mgeo"},
    "C dates and ages over 89": {"mdate", "mdob", "mage"},
    "D telephone numbers": {"mtel"},
    "E fax numbers": {"mfax"},
    "F e-mail addresses": {"mmail"},
    "G social security numbers": {"mnat"},
    "H medical record numbers": {"mmrn"},
    "I health plan beneficiary numbers": {"mplan"},
    "J account numbers": {"macct", "miban", "mcard"},
    "K certificate/licence numbers": {"mlic"},
    "L vehicle identifiers and plates": {"mveh"},
    "M device identifiers and serial numbers": {"mdev", "mmac"},
    "N URLs": {"murl"},
    "O IP addresses": {"mip"},
    "P biometric identifiers (record numbers)": {"mbio"},
    "Q full-face photographs (where kept)": {"murl"},
    "R any other unique identifying number": {"mref", "mpass"},
}


@functools.cache
def _m_docs() -> tuple[LabelledDoc, ...]:
    return tuple(corpus(HELDOUT_M, 400))


def _m_others() -> list[Split]:
    import importlib

    base = "resources.synthetic.redaction_eval."
    return [importlib.import_module(base + m).SPLIT for m in M_OTHER_MODULES]


def _m_used(split: Split) -> set[tuple[str, str | None]]:
    """The (slot, form) pairs a split's templates write."""
    return {(m.group(1), m.group(3)) for t in split.templates for m in SLOT.finditer(t.text)}


def _m_ctx(seed: int, locale: str = "en_US") -> Ctx:
    import random

    return Ctx(HELDOUT_M, seed, random.Random(seed), locale, template=HELDOUT_M.templates[0])


def test_m_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    """Held out and run once in session 28 (redactor frozen at 8681d7f); tuned on since."""
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["m"] == (
        "heldout_m_templates",
        "SPLIT M (DEV-side since session 29)",
    )
    assert "m" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("m") is HELDOUT_M
    check_split(HELDOUT_M)


def test_heldout_m_writes_only_its_own_slots_and_nobody_else_writes_them() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(m_forms.SLOTS) == generator.M_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in m_forms.SLOTS.items())
    older = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | generator.J_SLOTS
    older |= generator.K_SLOTS | generator.L_SLOTS | set(f_forms.SLOTS)
    assert generator.M_SLOTS.isdisjoint(older)
    for other in _m_others():
        assert not {s for s, _ in _m_used(other)} & generator.M_SLOTS
    stray = [
        t.id
        for t in HELDOUT_M.templates
        if {m.group(1) for m in SLOT.finditer(t.text)} - {None} - generator.M_SLOTS
    ]
    assert not stray, stray
    mine = {s for s, _ in _m_used(HELDOUT_M)} - {None}
    assert mine == generator.M_SLOTS, sorted(generator.M_SLOTS - mine)


def _m_value_problem(kind: str, slot: str, value: str) -> str:
    """What is wrong with one value of a kind (empty: nothing): stricter than the shared
    `value_problem` for e-mail addresses, names and national numbers, as M's author wrote it."""
    import ipaddress

    if not value or value != value.strip():
        return "blank or padded"
    if "\n" in value and kind != "ADDRESS":
        return "spans lines"
    digits = re.sub(r"\D", "", value)
    checks: dict[str, Callable[[], bool]] = {
        "EMAIL": lambda: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value) is not None,
        "IBAN": lambda: iban_check.is_valid(value),
        "CARD": lambda: luhn.is_valid(digits),
        "IP": lambda: bool(ipaddress.ip_address(value)),
        "DATE": lambda: bool(digits),
        "PHONE": lambda: len(digits) >= 6,
        "MAC": lambda: len(re.sub(r"[^0-9a-fA-F]", "", value)) == 12,
        "AGE": lambda: not digits or 90 <= int(digits) <= 120,
        "PERSON": lambda: not digits and value != "None",
        "NATIONAL_ID": lambda: (
            not slot.startswith("mnat") or any(n.valid(value) for n in NATIONAL_IDS)
        ),
    }
    check = checks.get(kind)
    return "" if check is None or check() else f"not a valid {kind}"


def _m_doc_problems(doc: LabelledDoc) -> list[str]:
    problems = []
    if M_RESIDUE.search(doc.text):
        problems.append(f"{doc.template_id}: a slot left unrendered")
    if "<" in doc.text or ">" in doc.text:  # metrics.py reads these as placeholders
        problems.append(f"{doc.template_id}: an angle bracket in the text")
    for e in doc.entities:
        if e.kind != SLOT_KINDS[re.sub(r"\d+$", "", e.slot)]:
            problems.append(f"{doc.template_id}: {e.slot} labelled with another slot's kind")
        elif problem := _m_value_problem(e.kind, e.slot, doc.value(e)):
            problems.append(f"{doc.template_id}: {e.slot} {problem}")
    spans = sorted((e.start, e.end) for e in doc.entities)
    if any(b[0] < a[1] for a, b in itertools.pairwise(spans)):
        problems.append(f"{doc.template_id}: overlapping spans")
    for start, end in doc.keep:
        if any(s < end and start < e for s, e in spans):
            problems.append(f"{doc.template_id}: a kept phrase overlaps an entity")
    return problems


def test_every_span_of_heldout_m_holds_exactly_its_value() -> None:
    problems = [p for d in _m_docs() for p in _m_doc_problems(d)]
    assert not problems, problems[:10]


def test_m_mentions_of_one_entity_read_alike() -> None:
    """A value entity written twice in a document is the same text both times."""
    for doc in _m_docs():
        seen: dict[str, str] = {}
        for e in doc.entities:
            if e.kind != "PERSON":
                value = doc.value(e)
                assert seen.setdefault(e.slot, value) == value, doc.template_id


def test_no_m_template_leaves_a_slot_unrendered() -> None:
    docs = corpus(HELDOUT_M, len(HELDOUT_M.templates))
    assert not [d.template_id for d in docs if M_RESIDUE.search(d.text)]


def test_m_templates_write_no_identifier_of_their_own() -> None:
    """Outside its slots and kept phrases a template writes no run of six or more digits:
    every number that could identify someone is drawn, and so labelled."""
    written = [t.id for t in HELDOUT_M.templates if re.search(r"\d{6}", SLOT.sub(" ", t.text))]
    assert not written, written


def test_m_draws_national_numbers_of_its_own_countries_only() -> None:
    named = {
        m.group(3).upper()
        for t in HELDOUT_M.templates
        for m in SLOT.finditer(t.text)
        if m.group(1) == "mnat" and m.group(3) and len(m.group(3)) == 2
    }
    listed = {c for t in HELDOUT_M.templates for c in t.id_countries}
    assert named | listed | set(HELDOUT_M.id_countries) <= set(m_forms.ID_COUNTRIES)


@pytest.mark.parametrize("country", sorted(m_forms.ID_COUNTRIES))
def test_m_national_numbers_pass_their_country_check(country: str) -> None:
    checks = [n.valid for n in NATIONAL_IDS if n.country == country]
    assert checks, country
    for seed in range(20):
        value = m_forms.national(_m_ctx(seed), country.lower())
        assert any(ok(value.text) for ok in checks), country
        assert value.label


@pytest.mark.parametrize(
    ("scheme", "number", "valid"),
    [
        ("nhi", "ZAA0024", True),  # New Zealand Ministry of Health test numbers
        ("nhi", "ZZZ0016", True),
        ("nhi", "ZAA0025", False),
        ("nhi", "ZIO0016", False),  # I and O are never NHI letters
        ("ohip", "9876-543-217-AB", True),
        ("ohip", "9876-543-218-AB", False),
    ],
)
def test_m_health_checks_agree_with_worked_examples(scheme: str, number: str, valid: bool) -> None:
    assert m_forms.HEALTH_CHECKS[scheme](number) is valid


@pytest.mark.parametrize("scheme", ["nhi", "ohip"])
def test_m_health_numbers_carry_valid_check_digits(scheme: str) -> None:
    for seed in range(50):
        assert m_forms.HEALTH_CHECKS[scheme](m_forms.plan(_m_ctx(seed), scheme)), scheme


@pytest.mark.parametrize(
    "locale", ["de_DE", "fr_FR", "ja_JP", "en_NG", "pt_BR", "en_IN", "ko_KR", "pl_PL", "en_GB"]
)
def test_m_phones_in_international_form_are_valid_numbers_of_their_region(locale: str) -> None:
    import phonenumbers

    region = locale.rsplit("_", 1)[-1]
    for seed in range(20):
        number = phonenumbers.parse(m_forms.phone(_m_ctx(seed, locale), "e164"))
        assert phonenumbers.is_valid_number(number), locale
        assert phonenumbers.region_code_for_number(number) == region, locale


def test_m_nuban_account_numbers_carry_valid_check_digits() -> None:
    import random

    rng = random.Random(5)
    for _ in range(50):
        number = m_forms.nuban(rng)
        assert len(number) == 10
        assert any(m_forms.nuban_valid(number, bank) for bank in m_forms.NUBAN_BANKS)


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("iso", "2021-03-07"),
        ("us", "3/7/2021"),
        ("mon", "07-MAR-2021"),
        ("hl7", "20210307"),
        ("swift", "210307"),
        ("ord", "7th March 2021"),
        ("de", "7. März 2021"),
        ("es", "7 de marzo de 2021"),
        ("pl", "7 marca 2021"),
        ("hu", "2021. március 7."),
        ("roman", "7.III.2021"),
        ("ja_era", "令和3年3月7日"),
        ("roc", "民國110年3月7日"),
        ("be", "7/3/2564"),
        ("ko", "2021년 3월 7일"),
    ],
)
def test_m_date_styles(style: str, expected: str) -> None:
    from datetime import date

    assert m_forms.write_date(date(2021, 3, 7), style) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [((2019, 5, 1), "令和元年5月1日"), ((2019, 4, 30), "平成31年4月30日")],
)
def test_m_japanese_era_turns_over_on_its_first_day(
    day: tuple[int, int, int], expected: str
) -> None:
    from datetime import date

    assert m_forms.write_date(date(*day), "ja_era") == expected


@pytest.mark.parametrize(
    ("person", "form", "expected"),
    [
        (("Ivan", "Petrov", "Sergeyevich"), "fio_short", "Petrov I.S."),
        (("Ivan", "Petrov", ""), "fio_short", "Petrov I."),
        (("Ivan", "Petrov", "Sergeyevich"), "fio", "Petrov Ivan Sergeyevich"),
        (("Ivan", "Petrov", "Sergeyevich"), "caret", "Petrov^Ivan^Sergeyevich"),
        (("Ada", "Okafor", ""), "caps_slash", "OKAFOR/ADA"),
        (("太郎", "山田", ""), "cjk", "山田太郎"),
        (("Ada", "Okafor", ""), "cjk", "Okafor Ada"),
        (("Łucja", "Wróblewska", ""), "login", "wroblewl"),
        (("Ada", "Okafor", ""), "initial_glued", "A.Okafor"),
        (("Ada", "Okafor", ""), "last_comma_tight", "Okafor,Ada"),
        (("Ada", "Okafor", ""), "last_first", "Okafor, Ada"),  # Person's own forms still work
        (("Ada", "Mbadiwe", ""), "ocr", "RNBADIWE"),
        (("Ada", "Okafor", ""), "ocr", "QKAFOR"),
        (("Li", "Tan", ""), "ocr", "TAN"),
    ],
)
def test_m_person_forms(person: tuple[str, str, str], form: str, expected: str) -> None:
    assert m_forms.MPerson(*person).form(form) == expected


def test_m_event_dates_of_a_document_run_forward() -> None:
    for seed in range(30):
        ctx = _m_ctx(seed)
        days = []
        for n in range(1, 5):
            value = m_forms.a_date(ctx, "mdate", "iso")
            ctx.entities[f"mdate{n}"] = value
            days.append(value.day)
        assert days == sorted(days), seed
        assert len(set(days)) == len(days), seed


def test_m_templates_name_event_dates_in_the_order_they_happen() -> None:
    """A document's event dates are drawn in order of first mention, later ones after
    earlier ones: so a template numbers them in the order it first writes them."""
    late = []
    for t in HELDOUT_M.templates:
        order: list[int] = []
        for m in SLOT.finditer(t.text):
            if m.group(1) == "mdate" and int(m.group(2)) not in order:
                order.append(int(m.group(2)))
        if order != sorted(order):
            late.append(t.id)
    assert not late, late


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=10**4))
def test_heldout_m_any_seed_renders_labelled_documents(seed: int, pick: int) -> None:
    template = HELDOUT_M.templates[pick % len(HELDOUT_M.templates)]
    doc = render(template, HELDOUT_M, seed)
    assert not _m_doc_problems(doc), template.id
    assert doc.entities, template.id


@pytest.mark.parametrize("year", [2027, 2031])
def test_heldout_m_renders_the_same_whatever_the_day(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """M draws no value from today's date (Faker's clock-relative dates are not used), so
    its documents do not drift between the day they were written and the day they run."""
    assert_renders_the_same_later(HELDOUT_M, _m_docs(), (year, 6, 1), monkeypatch)


# --- Held-out N ---------------------------------------------------------------------------
# Written in session 28 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name N's template ids only.
# Held out and run once in session 29; DEV-side since session 30. The checks it shares with
# the other held-out splits are in HELD_OUT_SECTIONS below.

from resources.synthetic.redaction_eval import heldout_n_templates, n_forms  # noqa: E402

HELDOUT_N: Split = heldout_n_templates.SPLIT
N_SEEDS = range(84290001, 84290401)
N_OTHER_MODULES = (*M_OTHER_MODULES, "heldout_m_templates")
# The HIPAA Safe Harbor classes (45 CFR 164.514(b)(2)(i)) and the N slots that write each.
N_SAFE_HARBOR_SLOTS = {
    "A names": {"nname"},
    "B geographic subdivisions smaller than a state": {"nhome", "npost", "nplace", "nspot"},
    "C dates and ages over 89": {"ndate", "ndob", "nage"},
    "D telephone numbers": {"nphone"},
    "E fax numbers": {"nfax"},
    "F e-mail addresses": {"nmail"},
    "G social security numbers": {"nnat"},
    "H medical record numbers": {"nmrn"},
    "I health plan beneficiary numbers": {"nplan"},
    "J account numbers": {"nacct", "niban", "ncard"},
    "K certificate/licence numbers": {"nlic"},
    "L vehicle identifiers and plates": {"nveh"},
    "M device identifiers and serial numbers": {"ndev", "nmac"},
    "N URLs": {"nurl"},
    "O IP addresses": {"nip"},
    "P biometric identifiers (record numbers)": {"nbio"},
    "Q full-face photographs (where kept)": {"nphoto"},
    "R any other unique identifying number": {"nref", "ntravel"},
}
N_RESIDUE = re.compile(r"\{[a-z]+\d*(?:\.[a-z_0-9]+)?\}|\[\[|\]\]")


def _n_others() -> list[Split]:
    import importlib

    base = "resources.synthetic.redaction_eval."
    return [importlib.import_module(base + m).SPLIT for m in N_OTHER_MODULES]


def _n_ctx(seed: int, locale: str = "en_US") -> Ctx:
    import random

    return Ctx(HELDOUT_N, seed, random.Random(seed), locale, template=HELDOUT_N.templates[0])


def test_n_is_wired_into_the_evaluation_as_a_dev_side_split() -> None:
    """Held out and run once in session 29 (redactor frozen at 6b460d1); tuned on since."""
    from resources.synthetic import eval_redaction

    assert eval_redaction.SPLITS["n"] == (
        "heldout_n_templates",
        "SPLIT N (DEV-side since session 30)",
    )
    assert "n" not in eval_redaction.HELD_OUT  # tuned on: no longer in the held-out goal
    assert eval_redaction.load_split("n") is HELDOUT_N
    check_split(HELDOUT_N)


def test_n_text_holds_no_angle_bracket() -> None:
    """metrics.py reads `<...>` as a placeholder, so N writes none."""
    assert not [d.template_id for d in held_docs(HELDOUT_N) if "<" in d.text or ">" in d.text]


def test_heldout_n_writes_only_its_own_slots_and_nobody_else_writes_them() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(n_forms.SLOTS) == generator.N_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in n_forms.SLOTS.items())
    older = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | generator.J_SLOTS
    older |= generator.K_SLOTS | generator.L_SLOTS | generator.M_SLOTS | set(f_forms.SLOTS)
    assert generator.N_SLOTS.isdisjoint(older)
    for other in _n_others():
        assert not {s for s, _ in slots_used(other)} & generator.N_SLOTS
    stray = [
        t.id
        for t in HELDOUT_N.templates
        if {m.group(1) for m in SLOT.finditer(t.text)} - {None} - generator.N_SLOTS
    ]
    assert not stray, stray
    mine = {s for s, _ in slots_used(HELDOUT_N)} - {None}
    assert mine == generator.N_SLOTS, sorted(generator.N_SLOTS - mine)


def test_n_mentions_of_one_entity_read_alike() -> None:
    """A value entity written twice in a document is the same text both times."""
    for doc in held_docs(HELDOUT_N):
        seen: dict[str, str] = {}
        for e in doc.entities:
            if e.kind != "PERSON":
                value = doc.value(e)
                assert seen.setdefault(e.slot, value) == value, doc.template_id


def test_no_n_template_leaves_a_slot_unrendered() -> None:
    docs = corpus(HELDOUT_N, len(HELDOUT_N.templates))  # each template once
    assert not [d.template_id for d in docs if N_RESIDUE.search(d.text)]
    assert not [d.template_id for d in docs if not d.entities]


def test_n_templates_write_no_identifier_of_their_own() -> None:
    """Outside its slots and kept phrases a template writes no run of six or more digits:
    every number that could identify someone is drawn, and so labelled."""
    written = [t.id for t in HELDOUT_N.templates if re.search(r"\d{6}", SLOT.sub(" ", t.text))]
    assert not written, written


def test_n_draws_national_numbers_of_its_own_countries_only() -> None:
    named = {
        m.group(3).upper()
        for t in HELDOUT_N.templates
        for m in SLOT.finditer(t.text)
        if m.group(1) == "nnat" and m.group(3) and len(m.group(3)) == 2
    }
    listed = {c for t in HELDOUT_N.templates for c in t.id_countries}
    assert named | listed | set(HELDOUT_N.id_countries) <= set(n_forms.ID_COUNTRIES)


@pytest.mark.parametrize("country", sorted(n_forms.ID_COUNTRIES))
def test_n_national_numbers_pass_their_country_check(country: str) -> None:
    checks = [n.valid for n in NATIONAL_IDS if n.country == country]
    if country in n_forms.OWN_IDS:
        checks.append(n_forms.OWN_IDS[country][2])
    assert checks, country
    for seed in range(20):
        value = n_forms.national(_n_ctx(seed), country.lower())
        assert any(ok(value.text) for ok in checks), country
        assert value.label


@pytest.mark.parametrize(
    ("check", "number", "valid"),
    [
        ("nric", "S1234567D", True),  # the NRIC example published with the algorithm
        ("nric", "S1234567A", False),
        ("hkid", "A123456(3)", True),  # the HKID example on the Immigration Department's card
        ("hkid", "A123456(4)", False),
        ("tw", "A123456789", True),  # the ROC ID example used by its own ministry's forms
        ("tw", "A123456788", False),
        ("uy", "1.234.567-2", True),
        ("uy", "1.234.567-3", False),
        ("emirates", "784-1968-6570305-0", True),
        ("emirates", "784-1968-6570305-1", False),  # the check digit one off
    ],
)
def test_n_own_checks_agree_with_worked_examples(check: str, number: str, valid: bool) -> None:
    checks = {
        "nric": n_forms.nric_valid,
        "hkid": n_forms.hkid_valid,
        "tw": n_forms.tw_valid,
        "uy": n_forms.uy_valid,
        "emirates": n_forms.emirates_valid,
    }
    assert checks[check](number) is valid


@pytest.mark.parametrize(
    ("scheme", "check"),
    [
        ("cns", n_forms.cns_valid),
        ("imss", n_forms.imss_valid),
        ("jp", n_forms.jp_insurer_valid),
    ],
)
def test_n_health_plan_numbers_carry_valid_check_digits(
    scheme: str, check: Callable[[str], bool]
) -> None:
    for seed in range(50):
        assert check(n_forms.plan(_n_ctx(seed), scheme)), scheme


@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        ((2021, 3, 21), "jalali", "1400/01/01"),  # Nowruz 1400
        ((2024, 3, 20), "jalali", "1403/01/01"),  # Nowruz 1403, a day earlier
        ((2021, 3, 20), "jalali_fa", "۱۳۹۹/۱۲/۳۰"),
        ((2021, 9, 11), "ethiopic", "1/1/2014 E.C."),  # Enkutatash 2014
        ((2023, 9, 12), "ethiopic", "1/1/2016 E.C."),  # after an Ethiopian leap year
        ((2021, 3, 7), "roc", "110/03/07"),
        ((2021, 3, 7), "be", "7/3/2564"),
        ((2021, 3, 7), "aviation", "07MAR21"),
        ((2021, 3, 7), "vi", "ngày 7 tháng 3 năm 2021"),
    ],
)
def test_n_date_styles(day: tuple[int, int, int], style: str, expected: str) -> None:
    from datetime import date

    assert n_forms.write_date(date(*day), style) == expected


@pytest.mark.parametrize("locale", ["de_DE", "ja_JP", "en_NG", "ka_GE", "uz_UZ", "pt_BR", "is_IS"])
def test_n_phones_in_international_form_are_valid_numbers_of_their_region(locale: str) -> None:
    import phonenumbers

    for seed in range(20):
        number = phonenumbers.parse(n_forms.phone(_n_ctx(seed, locale), "e164"))
        assert phonenumbers.is_valid_number(number), locale
        assert phonenumbers.region_code_for_number(number) == locale[-2:], locale


def test_n_licence_numbers_built_from_the_holders_name() -> None:
    import random
    from datetime import date

    person = n_forms.NPerson("Jane", "MacDonald", "Ann")
    number = n_forms.dvla(person, date(1976, 7, 14), random.Random(1))
    assert number.startswith("MCDON")
    assert number[5:11] in ("707146", "757146")  # born 14 July 1976 (+50 for a woman)
    assert number[11:13] == "JA"
    assert len(number) == 16
    assert [n_forms.soundex(s) for s in ("Robert", "Tymczak", "Pfister")] == [
        "R163",
        "T522",
        "P236",
    ]


def test_n_bitcoin_addresses_carry_their_checksum() -> None:
    import hashlib
    import random

    rng = random.Random(3)
    for _ in range(20):
        payload = b"\0" + rng.getrandbits(160).to_bytes(20, "big")
        address = n_forms.base58check(payload)
        n = 0
        for c in address:
            n = n * 58 + n_forms.B58.index(c)
        raw = n.to_bytes(25, "big")
        assert raw[:21] == payload
        assert raw[21:] == hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]


@pytest.mark.parametrize(
    ("person", "form", "expected"),
    [
        (("Ada", "Okafor", ""), "caret_caps", "OKAFOR^ADA"),
        (("Ada", "Okafor", "Ngozi"), "chart", "OKAFOR, Ada N."),
        (("Ada", "Okafor", ""), "boxed_last", "O K A F O R"),
        (("Ada", "Okafor", ""), "semi", "Okafor;Ada;;;"),
        (("Ada", "Okafor", ""), "wrapped", "Ada Oka-\nfor"),
        (("Ada", "Okafor", ""), "ocr", "Ada 0kafor"),
        (("Ada", "Okafor", ""), "last_first", "Okafor, Ada"),  # Person's own forms still work
    ],
)
def test_n_person_forms(person: tuple[str, str, str], form: str, expected: str) -> None:
    assert n_forms.NPerson(*person).form(form) == expected


def test_n_names_in_their_own_script_keep_a_latin_spelling() -> None:
    for locale in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "el_GR", "ka_GE"):
        for seed in range(10):
            person = n_forms._native_person(_n_ctx(seed, locale))
            assert person.native[0], locale
            assert person.native[1], locale
            assert all(c.isascii() for c in person.first + person.last), locale


def test_n_event_dates_of_a_document_run_forward() -> None:
    for seed in range(30):
        ctx = _n_ctx(seed)
        days = []
        for n in range(1, 5):
            value = n_forms.a_date(ctx, "ndate", "iso")
            ctx.entities[f"ndate{n}"] = value
            days.append(value.day)
        assert days == sorted(days), seed


@pytest.mark.parametrize("year", [2027, 2031])
def test_heldout_n_renders_the_same_whatever_the_day(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """N draws no value from today's date (Faker's clock-relative dates are not used), so
    its documents do not drift between the day they were written and the day they run."""
    assert_renders_the_same_later(HELDOUT_N, held_docs(HELDOUT_N), (year, 6, 1), monkeypatch)


# --- Held-out O ---------------------------------------------------------------------------
# Written in session 29 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name O's template ids only.
# Held out and run once in session 30; DEV-side since session 31. The checks it shares with
# the other held-out splits are in HELD_OUT_SECTIONS below.

from resources.synthetic.redaction_eval import heldout_o_templates, o_forms  # noqa: E402

HELDOUT_O: Split = heldout_o_templates.SPLIT
O_SEEDS = range(84300001, 84300401)
O_OTHER_MODULES = (*N_OTHER_MODULES, "heldout_n_templates")
# The HIPAA Safe Harbor classes (45 CFR 164.514(b)(2)(i)) and the O slots that write each.
O_SAFE_HARBOR_SLOTS = {
    "A names": {"oper"},
    "B geographic subdivisions smaller than a state": {"oaddr", "opost", "otown", "ogeo"},
    "C dates and ages over 89": {"odate", "odob", "oage"},
    "D telephone numbers": {"otel"},
    "E fax numbers": {"ofax"},
    "F e-mail addresses": {"omail"},
    "G social security numbers": {"onat"},
    "H medical record numbers": {"omrn"},
    "I health plan beneficiary numbers": {"oplan"},
    "J account numbers": {"oacct", "oiban", "ocard"},
    "K certificate/licence numbers": {"olic"},
    "L vehicle identifiers and plates": {"oveh"},
    "M device identifiers and serial numbers": {"odev", "omac"},
    "N URLs": {"ourl"},
    "O IP addresses": {"oip"},
    "P biometric identifiers (record numbers)": {"obio"},
    "Q full-face photographs (where kept)": {"ophoto"},
    "R any other unique identifying number": {"oref", "opass"},
}


def _o_age_ok(value: str) -> bool:
    """An age over 89, in digits or in words (O writes Spanish and German words too)."""
    digits = re.sub(r"\D", "", value)
    if digits:
        return 90 <= int(digits) <= 120
    return value.startswith(("ninety", "noventa")) or value.endswith("neunzig")


O_RESIDUE = re.compile(r"\{[a-z]+\d*(?:\.[a-z_0-9]+)?\}|\[\[|\]\]")


def _o_ctx(seed: int, locale: str = "en_US") -> Ctx:
    import random

    return Ctx(HELDOUT_O, seed, random.Random(seed), locale, template=HELDOUT_O.templates[0])


def test_split_o_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 30; DEV-side (tuned on) since session 31."""
    from resources.synthetic import eval_redaction

    title = "SPLIT O (DEV-side since session 31)"
    assert eval_redaction.SPLITS["o"] == ("heldout_o_templates", title)
    assert "o" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("o") is HELDOUT_O
    check_split(HELDOUT_O)


def test_heldout_o_writes_only_its_own_slots_and_nobody_else_writes_them() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(o_forms.SLOTS) == generator.O_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in o_forms.SLOTS.items())
    older = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | generator.J_SLOTS
    older |= generator.K_SLOTS | generator.L_SLOTS | generator.M_SLOTS | generator.N_SLOTS
    older |= set(f_forms.SLOTS)
    assert generator.O_SLOTS.isdisjoint(older)
    for other in splits_before("heldout_o_templates"):
        assert not {s for s, _ in slots_used(other)} & generator.O_SLOTS
    stray = [
        t.id
        for t in HELDOUT_O.templates
        if {m.group(1) for m in SLOT.finditer(t.text)} - {None} - generator.O_SLOTS
    ]
    assert not stray, stray
    mine = {s for s, _ in slots_used(HELDOUT_O)} - {None}
    assert mine == generator.O_SLOTS, sorted(generator.O_SLOTS - mine)


def test_o_mentions_of_one_value_read_alike() -> None:
    """A value entity written twice in a document is the same text both times."""
    for doc in held_docs(HELDOUT_O):
        seen: dict[str, str] = {}
        for e in doc.entities:
            if e.kind != "PERSON":
                value = doc.value(e)
                assert seen.setdefault(e.slot, value) == value, doc.template_id


def test_no_o_template_leaves_a_slot_unrendered() -> None:
    docs = corpus(HELDOUT_O, len(HELDOUT_O.templates))  # each template once
    assert not [d.template_id for d in docs if O_RESIDUE.search(d.text)]
    assert not [d.template_id for d in docs if not d.entities]


def test_o_templates_write_no_identifier_of_their_own() -> None:
    """Outside its slots and kept phrases a template writes no run of six or more digits:
    every number that could identify someone is drawn, and so labelled."""
    written = [t.id for t in HELDOUT_O.templates if re.search(r"\d{6}", SLOT.sub(" ", t.text))]
    assert not written, written


def test_o_draws_national_numbers_of_its_own_countries_only() -> None:
    named = {
        m.group(3).upper()
        for t in HELDOUT_O.templates
        for m in SLOT.finditer(t.text)
        if m.group(1) == "onat" and m.group(3) and len(m.group(3)) == 2
    }
    listed = {c for t in HELDOUT_O.templates for c in t.id_countries}
    assert named | listed | set(HELDOUT_O.id_countries) <= set(o_forms.ID_COUNTRIES)
    assert len(o_forms.ID_COUNTRIES) >= 20


@pytest.mark.parametrize("country", o_forms.ID_COUNTRIES)
def test_o_national_numbers_pass_their_country_check(country: str) -> None:
    entry = next(e for e in o_forms.ID_TABLE if e.country == country)
    for seed in range(25):
        value = o_forms.national(_o_ctx(seed), country.lower())
        assert entry.valid(value.text), country
        assert value.label in entry.labels


@pytest.mark.parametrize(
    ("check", "number", "valid"),
    [
        ("kvnr", "A123456780", True),  # the KVNR example of the health insurers' own leaflets
        ("kvnr", "A123456781", False),
        ("medicare", "2123 45670 1", True),  # Services Australia's card example
        ("medicare", "2123 45680 1", False),
        ("clabe", "032180000118359719", True),  # the CLABE example of Banco de México's rules
        ("clabe", "032180000118359718", False),
    ],
)
def test_o_own_checks_agree_with_worked_examples(check: str, number: str, valid: bool) -> None:
    checks = {
        "kvnr": o_forms.kvnr_valid,
        "medicare": o_forms.medicare_au_valid,
        "clabe": o_forms.clabe_valid,
    }
    assert checks[check](number) is valid


def test_o_scheme_numbers_carry_valid_check_digits() -> None:
    import random

    for seed in range(50):
        rng = random.Random(seed)
        assert o_forms.kvnr_valid(o_forms.kvnr(rng))
        assert o_forms.medicare_au_valid(o_forms.medicare_au(rng))
        assert o_forms.clabe_valid(o_forms.clabe(rng))
        npi = o_forms.licence(_o_ctx(seed), "npi")
        assert luhn.is_valid("80840" + npi)
        assert luhn.is_valid(o_forms.licence(_o_ctx(seed), "rpps"))
        assert luhn.is_valid(o_forms.device(_o_ctx(seed), "imei"))


@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        ((2021, 3, 21), "persian", "۱۴۰۰/۰۱/۰۱"),  # Nowruz 1400
        ((2024, 3, 20), "persian", "۱۴۰۳/۰۱/۰۱"),  # Nowruz 1403, a day earlier
        ((2021, 3, 20), "persian", "۱۳۹۹/۱۲/۳۰"),
        ((2021, 3, 7), "mil", "07MAR2021"),
        ((2021, 3, 7), "hl7", "20210307"),
        ((2021, 3, 7), "cjk", "2021年3月7日"),
        ((2021, 3, 7), "ko", "2021. 3. 7."),
        ((2021, 3, 7), "pt", "7 de março de 2021"),
        ((2021, 3, 7), "hu", "2021. március 7."),
        ((2021, 3, 7), "arabic", "٧/٣/٢٠٢١"),
    ],
)
def test_o_date_styles(day: tuple[int, int, int], style: str, expected: str) -> None:
    from datetime import date

    assert o_forms.write_date(date(*day), style) == expected


@pytest.mark.parametrize(
    ("person", "form", "expected"),
    [
        (("Ada", "Okafor", ""), "caret", "OKAFOR^ADA"),
        (("Ada", "Okafor", "Ngozi"), "last_first_mi", "Okafor, Ada N"),
        (("Ada", "Okafor", ""), "slash", "OKAFOR/ADA"),
        (("Ada", "Okafor", ""), "spaced_comma", "OKAFOR ,ADA"),
        (("Ada", "Okafor", ""), "cell", "Ada\nOkafor"),
        (("Ada", "Okafor", ""), "tsv", "Okafor\tAda"),
        (("Ada", "Okafor", ""), "sig", "AO Okafor"),
        (("Ada", "Okafor", ""), "last_first", "Okafor, Ada"),  # Person's own forms still work
    ],
)
def test_o_person_forms(person: tuple[str, str, str], form: str, expected: str) -> None:
    assert o_forms.OPerson(*person).form(form) == expected


def test_o_names_in_their_own_script_keep_a_latin_spelling() -> None:
    for locale in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "el_GR", "ka_GE", "he_IL", "fa_IR"):
        for seed in range(10):
            ctx = _o_ctx(seed, locale)
            person = o_forms.new_person(ctx)
            latin = person.form("r_full")
            assert latin.strip(), locale
            assert all(c.isascii() for c in latin), locale


def test_o_event_dates_of_a_document_run_forward() -> None:
    for seed in range(30):
        ctx = _o_ctx(seed)
        days = [o_forms.draw_day(ctx, "odate") for _ in range(4)]
        assert days == sorted(days), seed
        assert days[-1] <= o_forms.O_TODAY


@pytest.mark.parametrize("year", [2028, 2033])
def test_heldout_o_renders_the_same_whatever_the_day(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """O counts every date from its own pinned day (o_forms.O_TODAY), never from Faker's
    clock, so its documents do not drift between the day they were written and the day
    they run."""
    assert_renders_the_same_later(HELDOUT_O, held_docs(HELDOUT_O), (year, 2, 1), monkeypatch)


def test_o_ages_and_dates_of_birth_of_a_document_agree() -> None:
    """A record that gives both an age over 89 and a date of birth gives the same person's."""
    from datetime import date

    for seed in range(40):
        ctx = _o_ctx(seed)
        ctx = Ctx(
            HELDOUT_O, seed, ctx.rng, "en_US", template=Template("o-t", "t", "{oage1} {odob1}")
        )
        years = int(o_forms.age(ctx, ""))
        born = o_forms.birth_day(ctx, "iso")
        today = o_forms.O_TODAY
        assert today.year - born.year - ((today.month, today.day) < (born.month, born.day)) == years
        assert isinstance(born, date)


def test_o_writes_no_angle_bracket() -> None:
    """metrics.py reads "<...>" as a placeholder, so O's text holds none."""
    assert not [d.template_id for d in held_docs(HELDOUT_O) if "<" in d.text or ">" in d.text]


# --- Held-out P ---------------------------------------------------------------------------
# Written in session 30 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name P's template ids only.
# Held out and run once in session 31; DEV-side since session 32. The checks it shares with
# the other held-out splits are in HELD_OUT_SECTIONS below.

from resources.synthetic.redaction_eval import heldout_p_templates, p_forms  # noqa: E402

HELDOUT_P: Split = heldout_p_templates.SPLIT
P_SEEDS = range(84310001, 84310401)
# The HIPAA Safe Harbor classes (45 CFR 164.514(b)(2)(i)) and the P slots that write each.
P_SAFE_HARBOR_SLOTS = {
    "A names": {"pper"},
    "B geographic subdivisions smaller than a state": {"paddr", "ppost", "ptown", "pgeo"},
    "C dates and ages over 89": {"pdate", "pdob", "page"},
    "D telephone numbers": {"ptel"},
    "E fax numbers": {"pfax"},
    "F e-mail addresses": {"pmail"},
    "G social security numbers": {"pnat"},
    "H medical record numbers": {"pmrn"},
    "I health plan beneficiary numbers": {"pplan"},
    "J account numbers": {"pacct", "piban", "pcard"},
    "K certificate/licence numbers": {"plic"},
    "L vehicle identifiers and plates": {"pveh"},
    "M device identifiers and serial numbers": {"pdev", "pmac"},
    "N URLs": {"purl"},
    "O IP addresses": {"pip"},
    "P biometric identifiers (record numbers)": {"pbio"},
    "Q full-face photographs (where kept)": {"pphoto"},
    "R any other unique identifying number": {"pref", "ppass"},
}
P_RESIDUE = re.compile(r"\{[a-z]+\d*(?:\.[a-z_0-9]+)?\}|\[\[|\]\]")


def _p_ctx(seed: int, locale: str = "en_US", text: str = "") -> Ctx:
    import random

    template = Template("p-t", "t", text) if text else HELDOUT_P.templates[0]
    return Ctx(HELDOUT_P, seed, random.Random(seed), locale, template=template)


def test_split_p_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 31; DEV-side (tuned on) since session 32."""
    from resources.synthetic import eval_redaction

    title = "SPLIT P (DEV-side since session 32)"
    assert eval_redaction.SPLITS["p"] == ("heldout_p_templates", title)
    assert "p" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("p") is HELDOUT_P
    check_split(HELDOUT_P)


def test_heldout_p_writes_only_its_own_slots_and_nobody_else_writes_them() -> None:
    from resources.synthetic.redaction_eval import generator

    assert set(p_forms.SLOTS) == generator.P_SLOTS
    assert all(SLOT_KINDS[s] == k for s, k in p_forms.SLOTS.items())
    older = generator.G_SLOTS | generator.H_SLOTS | generator.I_SLOTS | generator.J_SLOTS
    older |= generator.K_SLOTS | generator.L_SLOTS | generator.M_SLOTS | generator.N_SLOTS
    older |= generator.O_SLOTS | set(f_forms.SLOTS)
    assert generator.P_SLOTS.isdisjoint(older)
    for other in splits_before("heldout_p_templates"):
        assert not {s for s, _ in slots_used(other)} & generator.P_SLOTS
    stray = [
        t.id
        for t in HELDOUT_P.templates
        if {m.group(1) for m in SLOT.finditer(t.text)} - {None} - generator.P_SLOTS
    ]
    assert not stray, stray
    mine = {s for s, _ in slots_used(HELDOUT_P)} - {None}
    assert mine == generator.P_SLOTS, sorted(generator.P_SLOTS - mine)


def test_p_mentions_of_one_value_read_alike() -> None:
    """A value entity written twice in a document is the same text both times."""
    for doc in held_docs(HELDOUT_P):
        seen: dict[str, str] = {}
        for e in doc.entities:
            if e.kind != "PERSON":
                value = doc.value(e)
                assert seen.setdefault(e.slot, value) == value, doc.template_id


def test_no_p_template_leaves_a_slot_unrendered() -> None:
    docs = corpus(HELDOUT_P, len(HELDOUT_P.templates))  # each template once
    assert not [d.template_id for d in docs if P_RESIDUE.search(d.text)]
    assert not [d.template_id for d in docs if not d.entities]


def test_p_templates_write_no_identifier_of_their_own() -> None:
    """Outside its slots and kept phrases a template writes no run of six or more digits:
    every number that could identify someone is drawn, and so labelled."""
    written = [t.id for t in HELDOUT_P.templates if re.search(r"\d{6}", SLOT.sub(" ", t.text))]
    assert not written, written


def test_p_draws_national_numbers_of_its_own_countries_only() -> None:
    named = {
        m.group(3).upper()
        for t in HELDOUT_P.templates
        for m in SLOT.finditer(t.text)
        if m.group(1) == "pnat" and m.group(3) and len(m.group(3)) == 2
    }
    listed = {c for t in HELDOUT_P.templates for c in t.id_countries}
    assert named | listed | set(HELDOUT_P.id_countries) <= set(p_forms.ID_COUNTRIES)
    assert len(p_forms.ID_COUNTRIES) >= 20
    assert {e.country for e in p_forms.ID_TABLE} == set(p_forms.ID_COUNTRIES)


@pytest.mark.parametrize("country", p_forms.ID_COUNTRIES)
def test_p_national_numbers_pass_their_country_check(country: str) -> None:
    entries = [e for e in p_forms.ID_TABLE if e.country == country]
    for seed in range(25):
        value = p_forms.national(_p_ctx(seed), country.lower())
        assert any(e.valid(value.text) for e in entries), country
        assert any(value.label in e.labels for e in entries), country


@pytest.mark.parametrize(
    ("check", "number", "valid"),
    [
        ("kvnr", "A123456780", True),  # the KVNR example of the health insurers' own leaflets
        ("kvnr", "A123456781", False),
        ("pesel", "44051401359", True),  # the PESEL example of the Polish registry's leaflet
        ("pesel", "44051401358", False),
        ("hetu", "131052-308T", True),  # the henkilötunnus example of Finland's DVV
        ("hetu", "131052-308U", False),
    ],
)
def test_p_checks_agree_with_worked_examples(check: str, number: str, valid: bool) -> None:
    checks = {
        "kvnr": p_forms.kvnr_valid,
        "pesel": p_forms.OWN_DRAWS["PL"].valid,
        "hetu": p_forms.OWN_DRAWS["FI"].valid,
    }
    assert checks[check](number) is valid


def test_p_scheme_numbers_carry_valid_check_digits() -> None:
    import random

    for seed in range(50):
        rng = random.Random(seed)
        assert p_forms.kvnr_valid(p_forms.kvnr(rng))
        assert p_forms.chi_valid(p_forms.chi(rng))
        assert luhn.is_valid(re.sub(r"\D", "", p_forms.ohip(rng)))
        assert luhn.is_valid(p_forms.rpps(rng))
        nuban = p_forms.nuban(rng)
        assert len(nuban) == 10
        assert nuban.isdigit()
        assert luhn.is_valid("80840" + p_forms.licence(_p_ctx(seed), "npi").text)
        assert luhn.is_valid(p_forms.device(_p_ctx(seed), "imei").text.replace("-", ""))
        for entry in p_forms.OWN_DRAWS.values():
            assert entry.valid(entry.draw(None, rng)), entry.country  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        ((2019, 5, 1), "jp_era", "令和元年5月1日"),  # the first day of Reiwa
        ((2019, 4, 30), "jp_era", "平成31年4月30日"),  # the last day of Heisei
        ((2024, 3, 2), "jp_era_short", "R6.3.2"),
        ((2024, 3, 2), "minguo", "民國113年3月2日"),
        ((2024, 3, 2), "minguo_slash", "113/03/02"),
        ((2024, 3, 2), "be", "2/3/2567"),
        ((2024, 3, 2), "swift", "240302"),
        ((2024, 3, 2), "oracle", "02-MAR-2024"),
        ((2024, 3, 2), "ru", "2 марта 2024"),
        ((2024, 3, 2), "roman", "2.III.2024"),
        ((2024, 3, 2), "ko", "2024년 3월 2일"),
    ],
)
def test_p_date_styles(day: tuple[int, int, int], style: str, expected: str) -> None:
    from datetime import date

    assert p_forms.write_date(date(*day), style) == expected


@pytest.mark.parametrize(
    ("person", "form", "expected"),
    [
        (("Ada", "Okafor", "Ngozi"), "caret", "OKAFOR^ADA^NGOZI"),
        (("Ada", "Okafor", ""), "caret", "OKAFOR^ADA"),
        (("Ada", "Okafor", ""), "slash", "OKAFOR/ADA"),
        (("Ada", "Okafor", ""), "spaced", "O K A F O R"),
        (("Ada", "Okafor", "Ngozi"), "last_dot_initials", "Okafor A.N."),
        (("Ada", "Okafor", "Ngozi"), "official", "Okafor Ada Ngozi"),
        (("Łucja", "Wójcik", ""), "r_caps_last_first", "WOJCIK, Lucja"),
        (("Ada", "Okafor", ""), "last_first", "Okafor, Ada"),  # Person's own forms still work
    ],
)
def test_p_person_forms(person: tuple[str, str, str], form: str, expected: str) -> None:
    assert p_forms.PPerson(*person).form(form) == expected


def test_p_eastern_names_run_family_name_first() -> None:
    assert p_forms.PPerson("太郎", "山田", east=True).form("native") == "山田太郎"
    assert p_forms.PPerson("Taro", "Yamada").form("native") == "Taro Yamada"


def test_p_ocr_misreads_one_letter_of_a_name() -> None:
    person = p_forms.PPerson("Emma", "Colombo", ocr_swap=0)
    read = person.form("ocr")
    assert read != "Emma Colombo"
    assert read.replace("rn", "m") == "Emma Colombo"


def test_p_names_in_their_own_script_keep_a_latin_spelling() -> None:
    for locale in ("ja_JP", "zh_CN", "ko_KR", "ru_RU", "el_GR", "ka_GE", "he_IL", "th_TH"):
        for seed in range(10):
            person = p_forms.new_person(_p_ctx(seed, locale))
            latin = person.form("r_full")
            assert latin.strip(), locale
            assert all(c.isascii() for c in latin), locale


def test_p_event_dates_of_a_document_run_forward() -> None:
    for seed in range(30):
        ctx = _p_ctx(seed)
        days = []
        for i in range(4):
            value = p_forms.event_date(ctx, "iso")
            ctx.entities[f"pdate{i}"] = value
            days.append(value.day)
        assert days == sorted(days), seed
        assert days[-1] <= p_forms.P_TODAY


def test_p_children_and_newborns_are_young() -> None:
    for seed in range(30):
        kid = p_forms.birth_date(_p_ctx(seed), "kid_iso").day
        new = p_forms.birth_date(_p_ctx(seed), "new_iso").day
        assert (p_forms.P_TODAY - kid).days < 17 * 366
        assert 0 < (p_forms.P_TODAY - new).days < 14


def test_p_ages_and_dates_of_birth_of_a_document_agree() -> None:
    """A record that gives an age over 89 and then a date of birth gives the same person's."""
    for seed in range(40):
        ctx = _p_ctx(seed)
        aged = p_forms.age(ctx, "plain")
        ctx.entities["page1"] = aged
        born = p_forms.birth_date(ctx, "iso").day
        today = p_forms.P_TODAY
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        assert years == int(aged.label) >= 90


@pytest.mark.parametrize("year", [2029, 2034])
def test_heldout_p_renders_the_same_whatever_the_day(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """P counts every date from its own pinned day (p_forms.P_TODAY), never from Faker's
    clock, so its documents do not drift between the day they were written and the day
    they run."""
    assert_renders_the_same_later(HELDOUT_P, held_docs(HELDOUT_P), (year, 7, 1), monkeypatch)


def _p_age_ok(value: str) -> bool:
    """An age over 89, in digits or in English words."""
    digits = re.sub(r"\D", "", value)
    return 90 <= int(digits) <= 120 if digits else value.startswith("ninety")


def test_p_writes_no_angle_bracket_or_slot_bracket() -> None:
    """metrics.py reads "<...>" as a placeholder, so P's text holds none, nor a "]]" of
    its own slot syntax."""
    docs = held_docs(HELDOUT_P)
    assert not [d.template_id for d in docs if "<" in d.text or ">" in d.text]
    assert not [d.template_id for d in docs if P_RESIDUE.search(d.text)]


# --- What every held-out section since I checks -------------------------------------------
# One set of checks over the splits written by barred authors since session 24; each
# section above keeps only what is its own (its slots, its forms, its number schemes).


@dataclass(frozen=True)
class HeldOut:
    """One held-out split and what its checks need to know of it."""

    split: Split
    module: str
    seeds: range
    national_slots: tuple[str, ...]  # slots whose numbers pass a country's check
    safe_harbor: dict[str, set[str]]  # HIPAA class -> the slots that write it
    forms: frozenset[tuple[str, str | None]] = frozenset()  # (slot, form) pairs it must write
    non_latin_people: int = 1  # names in a script other than Latin, at least
    extra_checks: tuple[tuple[str, Callable[[str], bool]], ...] = ()  # slot prefix, check
    # Literal lines of a standard's boilerplate that an earlier split also writes (a segment
    # or a stock phrase with its slots left out), named one by one so nothing else may echo.
    common_lines: frozenset[str] = frozenset()
    # The split's pinned day (its dates count back from it, never from the clock), and the
    # modules (of redaction_eval) whose source must read no clock.
    today: dt.date | None = None
    clock_free: tuple[str, ...] = ()


# --- Held-out Q ---------------------------------------------------------------------------
# Written in session 31 by an author barred from the redactor, from its results and from
# every other split's templates and forms. The other splits are read here only as sets of
# seeds, template ids, template lines and slot names; messages name Q's template ids only.
# Wired into the evaluation in session 33, after the redactor was frozen: held out.

from resources.synthetic.redaction_eval import heldout_q_templates, q_forms  # noqa: E402

HELDOUT_Q = heldout_q_templates.SPLIT
Q_SEEDS = range(84320001, 84320401)
Q_SAFE_HARBOR_SLOTS = {
    "names": {"qper"},
    "geographic subdivisions smaller than a state": {"qtown", "qaddr", "qpost", "qgeo"},
    "dates tied to a person, and ages over 89": {"qdate", "qdob", "qage"},
    "telephone numbers": {"qtel"},
    "fax numbers": {"qfax"},
    "e-mail addresses": {"qmail"},
    "social security numbers": {"qnat"},
    "medical record numbers": {"qmrn"},
    "health plan beneficiary numbers": {"qplan"},
    "account numbers": {"qacct", "qcard", "qiban"},
    "certificate and licence numbers": {"qlic", "qpass"},
    "vehicle identifiers, serial numbers and plates": {"qveh"},
    "device identifiers and serial numbers": {"qdev", "qmac"},
    "web URLs": {"qurl"},
    "IP addresses": {"qip"},
    "biometric identifiers": {"qbio"},
    "full-face photographs": {"qphoto"},
    "any other unique identifying number": {"qref"},
}
Q_WORD_AGES = {w for tens, units in q_forms.WORD_AGES.values() for w in (tens, *units)}
Q_IMAGE = (".jpg", ".jpeg", ".png", ".heic")


def _q_age_ok(value: str) -> bool:
    return value in Q_WORD_AGES or (value.isdigit() and 90 <= int(value) <= 120)


HELD_Q = HeldOut(
    HELDOUT_Q,
    "heldout_q_templates",
    Q_SEEDS,
    ("qnat",),
    Q_SAFE_HARBOR_SLOTS,
    frozenset(
        {("qnat", "us"), ("qlic", "npi"), ("qage", "en"), ("qveh", "vin"), ("qdev", "imei")}
        | {("qdev", "udi"), ("qdob", "hl7"), ("qtel", "e164"), ("qaddr", "lines")}
    ),
    non_latin_people=10,
    extra_checks=(
        ("qper", lambda v: not any(c.isdigit() for c in v) and v != "None"),
        ("qurl", lambda v: v.startswith(("https://", "http://"))),
        ("qphoto", lambda v: v.startswith("https://") and v.endswith(Q_IMAGE)),
        ("qage", _q_age_ok),
        ("qmac", lambda v: len(re.sub(r"[^0-9A-Fa-f]", "", v)) == 12),
    ),
)


def test_heldout_q_slots_are_its_own() -> None:
    """Q's slots are its own: none is a slot any split before it writes. (Seeds, ids and
    lines apart, width, determinism and labels: the shared checks of HELD_OUT_SECTIONS.)"""
    check_split(HELDOUT_Q)
    older = set().union(*({s for s, _ in slots_used(o)} for o in splits_before(HELD_Q.module)))
    assert not ({s for s, _ in slots_used(HELDOUT_Q)} & older) - {None}


def test_heldout_q_slots_are_the_p_slots_kinds() -> None:
    assert set(q_forms.SLOTS) == {s for s in SLOT_KINDS if s.startswith("q")}
    for slot, kind in q_forms.SLOTS.items():
        assert SLOT_KINDS[slot] == kind
        assert SLOT_KINDS["p" + slot[1:]] == kind, slot
    assert {s for s, _ in slots_used(HELDOUT_Q)} - {None} == set(q_forms.SLOTS)


def test_heldout_q_template_text_holds_no_identifier_of_its_own() -> None:
    """No '<' or '>' (metrics reads them as placeholders), no run of 6+ digits outside a
    slot, and every slot is one of Q's."""
    bad = []
    for t in HELDOUT_Q.templates:
        literal = SLOT.sub(lambda m: m.group(4) or " ", t.text)
        if "<" in t.text or ">" in t.text or re.search(r"\d{6,}", literal):
            bad.append(t.id)
        if any(m.group(1) and m.group(1) not in q_forms.SLOTS for m in SLOT.finditer(t.text)):
            bad.append(t.id)
    assert not bad, bad


def test_heldout_q_renders_the_same_whatever_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every date counts back from q_forms.Q_TODAY, never from Faker's clock."""
    assert_renders_the_same_later(HELDOUT_Q, held_docs(HELDOUT_Q), (2033, 2, 3), monkeypatch)


def test_heldout_q_npi_check_digit_worked_example() -> None:
    """CMS's published example: the NPI 123456789 takes check digit 3 (Luhn over the prefix
    80840 and the nine digits: 24 + 43 = 67, next multiple of ten 70, 70 - 67 = 3)."""
    assert q_forms.npi_check_digit("123456789") == "3"
    assert luhn.is_valid("80840" + "1234567893")
    import random

    rng = random.Random(7)
    for _ in range(50):
        number = q_forms.npi(rng)
        assert len(number) == 10
        assert number[0] in "12"
        assert q_forms.npi_check_digit(number[:9]) == number[9]


def test_heldout_q_national_numbers_pass_their_own_country_scheme() -> None:
    import importlib
    import random

    assert len(q_forms.SCHEME_COUNTRIES) >= 20
    rng = random.Random(31)
    for scheme in q_forms.SCHEMES:
        module = importlib.import_module("stdnum." + scheme.module)
        for _ in range(10):
            number = q_forms.draw_scheme(scheme, rng)
            assert module.is_valid(number), scheme.module
            assert country_of(number), scheme.module


def test_heldout_q_dates_count_back_from_q_today() -> None:
    import random
    from datetime import date, timedelta

    assert date(2026, 5, 14) == q_forms.Q_TODAY
    ctx = Ctx(HELDOUT_Q, 1, random.Random(1), "en_US")
    day = q_forms.Q_TODAY - timedelta(days=3)
    assert q_forms.write_date(ctx, day, "iso") == "2026-05-11"
    assert q_forms.write_date(ctx, day, "hl7") == "20260511"
    assert q_forms.write_date(ctx, day, "us") == "05/11/2026"
    assert q_forms.write_date(ctx, day, "cjk") == "2026年5月11日"


def test_split_q_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 33; DEV-side (tuned on) since session 34."""
    from resources.synthetic import eval_redaction

    title = "SPLIT Q (DEV-side since session 34)"
    assert eval_redaction.SPLITS["q"] == ("heldout_q_templates", title)
    assert "q" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("q") is HELDOUT_Q


# --- Held-out R ---------------------------------------------------------------------------
# Written in session 32 by an author barred from the redactor, its results and every other
# split's templates and forms. Merged unwired; wired into the evaluation in session 34, after
# the redactor was frozen, and run once as held out; DEV-side (tuned on) since session 35.
# Its checks are the shared ones above (HeldOut, doc_problems, assert_apart, ...) run on R.

from resources.synthetic.redaction_eval import heldout_r_templates, r_forms  # noqa: E402
from resources.synthetic.redaction_eval.generator import R_SLOTS  # noqa: E402

HELDOUT_R: Split = heldout_r_templates.SPLIT
R_SEEDS = range(84330001, 84330401)
# HIPAA Safe Harbor's 18 classes (45 CFR 164.514(b)(2)(i)) -> the R slots that write them.
R_SAFE_HARBOR_SLOTS = {
    "A names": {"rper"},
    "B geographic subdivisions smaller than a state": {"rtown", "raddr", "rpost", "rgeo"},
    "C dates (except year) and ages over 89": {"rdate", "rdob", "rage"},
    "D telephone numbers": {"rtel"},
    "E fax numbers": {"rfax"},
    "F e-mail addresses": {"rmail"},
    "G social security numbers": {"rnat"},
    "H medical record numbers": {"rmrn"},
    "I health plan beneficiary numbers": {"rplan"},
    "J account numbers": {"racct", "riban", "rcard"},
    "K certificate/licence numbers": {"rlic"},
    "L vehicle identifiers and serial numbers, licence plates": {"rveh"},
    "M device identifiers and serial numbers": {"rdev", "rmac"},
    "N web URLs": {"rurl"},
    "O IP addresses": {"rip"},
    "P biometric identifiers": {"rbio"},
    "Q full-face photographs": {"rphoto"},
    "R any other unique identifying number": {"rref", "rpass"},
}


def _r_vin_ok(value: str) -> bool:
    """A 17-character VIN carries its check digit; a plate is taken as written."""
    if len(value) != 17 or " " in value:
        return True
    return r_forms.vin_check(value) == value[8]


HELD_R = HeldOut(
    HELDOUT_R,
    "heldout_r_templates",
    R_SEEDS,
    ("rnat",),
    R_SAFE_HARBOR_SLOTS,
    frozenset({("rnat", "us"), ("rper", "dual"), ("rplan", "au"), ("rveh", "vin")}),
    non_latin_people=10,
    extra_checks=(
        ("rper", lambda v: not any(c.isdigit() for c in v)),
        ("rurl", lambda v: v.startswith(("https://", "http://"))),
        ("rphoto", lambda v: v.startswith(("https://", "http://"))),
        ("rveh", _r_vin_ok),
    ),
)


def test_heldout_r_writes_latin_spellings_beside_other_scripts() -> None:
    """At least 10 of R's names in another script carry their Latin spelling beside them."""
    people = {d.value(e) for d in held_docs(HELDOUT_R) for e in d.entities if e.kind == "PERSON"}
    other_script = [w for w in people if any(ord(c) > 0x370 and c.isalpha() for c in w)]
    both = [w for w in other_script if re.search(r"\([A-Za-z' -]+ [A-Za-z' -]+\)", w)]
    assert len(both) >= 10


def test_heldout_r_template_text_holds_no_identifier_of_its_own() -> None:
    """No run of 6+ digits and no angle bracket outside the slots (metrics reads < > as
    placeholders). Messages name template ids only."""
    long_digits = [t.id for t in HELDOUT_R.templates if re.search(r"\d{6,}", SLOT.sub("", t.text))]
    assert not long_digits
    assert not [t.id for t in HELDOUT_R.templates if "<" in t.text or ">" in t.text]
    assert all(t.id.startswith("r-") for t in HELDOUT_R.templates)
    slots = {s for s, _ in slots_used(HELDOUT_R)} - {None}
    assert slots <= R_SLOTS
    assert not slots & {"refno", "reg", "resid", "ring", "rx"}


def test_heldout_r_renders_the_same_whatever_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    assert r_forms.R_TODAY.isoformat() == "2026-08-19"
    assert_renders_the_same_later(HELDOUT_R, held_docs(HELDOUT_R), (2031, 2, 3), monkeypatch)


def test_heldout_r_check_digits_match_published_examples() -> None:
    from datetime import date

    # VIN 1M8GDM9AXKP042788: the check digit worked example of 49 CFR 565 as Wikipedia's
    # "Vehicle identification number" article gives it (check digit X).
    assert r_forms.vin_check("1M8GDM9AXKP042788") == "X"
    # DEA number AB1234563: (1+3+5) + 2*(2+4+6) = 33, check digit 3 (DEA's published rule).
    assert r_forms.dea_check("1234563") == "3"
    # Australian Medicare card 2123 45670 1 (Services Australia's example): check digit 0.
    assert r_forms.medicare_au_check("21234567") == "0"
    # NPI 1234567893 (CMS, "Requirements for NPI check digit"): Luhn over 80840 + 9 digits.
    assert luhn.calc_check_digit("80840" + "123456789") == "3"
    # Finnish HETU 131052-308T (Digital and Population Data Services Agency's example).
    assert r_forms.hetu_check("131052308") == "T"
    # Spanish DNI 12345678Z (Ministerio del Interior's worked example of the letter).
    assert r_forms.dni_letter(12345678) == "Z"
    # Open Location Code 8FVC9G8F+6X for 47.365590, 8.524997 (the OLC specification's
    # reference test data).
    assert r_forms.plus_code(47.365590, 8.524997) == "8FVC9G8F+6X"
    # Japanese eras: 7 January 1989 was Showa 64, the next day Heisei 1 (元年), and
    # 1 May 2019 Reiwa 1 (the Cabinet Office's era-change announcements).
    assert r_forms.wareki(date(1989, 1, 7)) == "昭和64年1月7日"
    assert r_forms.wareki(date(1989, 1, 8)) == "平成元年1月8日"
    assert r_forms.wareki(date(2019, 5, 1)) == "令和元年5月1日"


def test_heldout_r_draws_valid_numbers_of_every_scheme_it_writes() -> None:
    """Each national scheme of r_forms gives numbers some NATIONAL_IDS entry accepts, and
    R's cards pass Luhn and its IBANs the ISO 7064 check, across many draws."""
    import random

    for key, draw in r_forms.NATIONAL.items():
        rng = random.Random(f"r-{key}")
        assert all(country_of(draw(rng)[1]) for _ in range(200)), key
    for i in range(200):
        ctx = Ctx(HELDOUT_R, i, random.Random(i), "en_US")
        assert luhn.is_valid(re.sub(r"\D", "", r_forms.card(ctx, "")))
        assert iban_check.is_valid(r_forms.iban(ctx, ""))
        assert _r_vin_ok(r_forms.vin(ctx.rng))
        lic = r_forms.npi(ctx.rng)
        assert luhn.is_valid("80840" + lic)


def test_split_r_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 34; DEV-side (tuned on) since session 35."""
    from resources.synthetic import eval_redaction

    title = "SPLIT R (DEV-side since session 35)"
    assert eval_redaction.SPLITS["r"] == ("heldout_r_templates", title)
    assert "r" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("r") is HELDOUT_R


# --- Held-out S ---------------------------------------------------------------------------
# Written in session 33 by an author barred from the redactor, its results and every other
# split's templates (s_forms.py, heldout_s_templates.py); merged unwired; wired into the
# evaluation in session 36, after the redactor was frozen, and run once as held out;
# DEV-side (tuned on) since session 37. Its checks are the shared ones below run on S
# (HELD_OUT_SECTIONS), and these of its own.

from resources.synthetic.redaction_eval import heldout_s_templates, s_forms  # noqa: E402

HELDOUT_S: Split = heldout_s_templates.SPLIT
S_SEEDS = range(84340001, 84340401)
# HIPAA Safe Harbor's 18 classes (45 CFR 164.514(b)(2)(i)) -> the S slots that write them.
S_SAFE_HARBOR_SLOTS = {
    "names": {"sper"},
    "geographic subdivisions smaller than a state": {"stown", "saddr", "spost", "sgeo"},
    "dates (except year) and ages over 89": {"sdate", "sdob", "sage"},
    "telephone numbers": {"stel"},
    "fax numbers": {"sfax"},
    "e-mail addresses": {"smail"},
    "social security numbers": {"snat"},
    "medical record numbers": {"smrn"},
    "health plan beneficiary numbers": {"splan"},
    "account numbers": {"sacct", "scard", "siban"},
    "certificate and licence numbers": {"slic"},
    "vehicle identifiers and serial numbers, licence plates": {"sveh"},
    "device identifiers and serial numbers": {"sdev", "smac"},
    "web URLs": {"surl"},
    "IP addresses": {"sip"},
    "biometric identifiers": {"sbio"},
    "full-face photographs": {"sphoto"},
    "any other unique identifying number or code": {"sref", "spass"},
}
S_SLOT_NAMES = (
    "sper", "stown", "saddr", "spost", "sgeo", "stel", "sfax", "smail", "snat", "spass",
    "smrn", "splan", "sref", "sbio", "sacct", "scard", "siban", "sip", "surl", "sphoto",
    "sdate", "sdob", "sage", "slic", "sveh", "sdev", "smac",
)  # fmt: skip


# A MAC as S writes it: six octets with ':' or '-' or none, or Cisco's three dotted groups.
S_MAC = re.compile(r"[0-9A-Fa-f]{2}([:-]?[0-9A-Fa-f]{2}){5}|[0-9a-f]{4}(\.[0-9a-f]{4}){2}")


def _s_age_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return 90 <= int(digits) <= 120 if digits else value.isalpha() or "-" in value or " " in value


HELD_S = HeldOut(
    HELDOUT_S,
    "heldout_s_templates",
    S_SEEDS,
    ("snat",),
    S_SAFE_HARBOR_SLOTS,
    forms=frozenset({("snat", "us"), ("sphoto", None), ("sbio", "fp"), ("sfax", None)}),
    non_latin_people=10,
    extra_checks=(
        ("snat", lambda v: bool(s_forms.national_valid(v))),  # S's own stdnum schemes too
        ("sage", _s_age_ok),
        ("surl", lambda v: v.startswith(("https://", "http://"))),
        ("sphoto", lambda v: v.startswith(("https://", "http://"))),
        ("smac", lambda v: S_MAC.fullmatch(v) is not None),
    ),
)


def test_heldout_s_slots_name_the_kinds_of_the_p_slots_of_the_same_suffix() -> None:
    for slot in S_SLOT_NAMES:
        assert SLOT_KINDS[slot] == SLOT_KINDS["p" + slot[1:]], slot
    from resources.synthetic.redaction_eval.generator import S_SLOTS

    assert set(S_SLOT_NAMES) == S_SLOTS
    written = {s for s, _ in slots_used(HELDOUT_S)} - {None}  # None: a kept phrase
    assert written == S_SLOTS  # S writes only its own slots


def test_heldout_s_template_text_holds_no_identifier_of_its_own() -> None:
    """Literal text: no run of six digits, no angle bracket (metrics reads placeholders)."""
    bad = []
    for t in HELDOUT_S.templates:
        literal = SLOT.sub(" ", t.text)
        if re.search(r"\d{6}", literal) or "<" in t.text or ">" in t.text:
            bad.append(t.id)
    assert not bad, bad


def test_heldout_s_is_wider_than_the_shared_floor() -> None:
    """S was written to more than the shared width check asks of every split."""
    templates = HELDOUT_S.templates
    assert len(templates) >= 150
    assert len({t.doc_type for t in templates}) >= 40
    people = {d.value(e) for d in held_docs(HELDOUT_S) for e in d.entities if e.kind == "PERSON"}
    assert len(people) >= 700


def test_heldout_s_renders_the_same_whatever_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every date is counted back from s_forms.S_TODAY: moving Faker's clock changes nothing."""
    assert_renders_the_same_later(HELDOUT_S, held_docs(HELDOUT_S), (2034, 7, 4), monkeypatch)


@pytest.mark.parametrize("country", sorted(s_forms.SCHEMES))
def test_heldout_s_national_numbers_pass_their_country_check(country: str) -> None:
    import random

    rng = random.Random(country)
    scheme = s_forms.SCHEMES[country]
    drawn = [scheme.draw(rng, s_forms.birth_date(rng)) for _ in range(60)]
    numbers = [n for n in drawn if n]
    assert len(numbers) >= 20, country
    assert all(s_forms.national_valid(n) for n in numbers), country
    assert all(country_of(n) for n in numbers), country


@pytest.mark.parametrize(
    ("check", "body", "digit"),
    [
        # 49 CFR 565: the VIN printed in the rule's own worked example, and the all-ones VIN.
        ("vin", "1M8GDM9AXKP042788", "X"),
        ("vin", "11111111111111111", "1"),
        # KVNR: A -> 01, then 0 1 1 2 3 4 5 6 7 8 weighted 1 2 1 2 ...: digit sums total 40.
        ("kvnr", "A12345678", "0"),
        # Medicare (AU): 2 1 2 3 4 5 6 7 weighted 1 3 7 9 1 3 7 9 -> 170 -> 0.
        ("medicare", "21234567", "0"),
        # CLABE: the Banco de México example 032180000118359719.
        ("clabe", "03218000011835971", "9"),
        # NPI: CMS's example 1234567893 (Luhn over 80840 123456789 -> 3).
        ("npi", "123456789", "3"),
        # DEA: AB1234563 -- (1 + 3 + 5) + 2 x (2 + 4 + 6) = 33 -> 3.
        ("dea", "123456", "3"),
    ],
    ids=["vin-rule-example", "vin-all-ones", "kvnr", "medicare-au", "clabe", "npi", "dea"],
)
def test_heldout_s_check_digit_worked_examples(check: str, body: str, digit: str) -> None:
    schemes = {
        "vin": s_forms.vin_check,
        "kvnr": s_forms.kvnr_check,
        "medicare": s_forms.medicare_au_check,
        "clabe": s_forms.clabe_check,
        "npi": s_forms.npi_check,
        "dea": s_forms.dea_check,
    }
    assert schemes[check](body) == digit


def test_heldout_s_drawn_check_digits_hold() -> None:
    docs = held_docs(HELDOUT_S)
    values = [(e.slot, d.value(e)) for d in docs for e in d.entities]
    vin = re.compile(r"[A-HJ-NPR-Z0-9]{17}")
    vins = [v for s, v in values if s.startswith("sveh") and vin.fullmatch(v)]
    assert vins
    assert all(s_forms.vin_check(v) == v[8] for v in vins)
    kvnrs = [v for s, v in values if s.startswith("splan") and re.fullmatch(r"[A-Z]\d{9}", v)]
    assert kvnrs
    assert all(s_forms.kvnr_check(v[:9]) == v[9] for v in kvnrs)
    licences = [v for s, v in values if s.startswith("slic")]
    npis = [v for v in licences if re.fullmatch(r"[12]\d{9}", v)]
    deas = [v for v in licences if re.fullmatch(r"[A-Z]{2}\d{7}", v)]
    assert npis
    assert deas
    assert all(s_forms.npi_check(v[:9]) == v[9] for v in npis)
    assert all(s_forms.dea_check(v[2:8]) == v[8] for v in deas)


def test_split_s_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 36; DEV-side (tuned on) since session 37."""
    from resources.synthetic import eval_redaction

    title = "SPLIT S (DEV-side since session 37)"
    assert eval_redaction.SPLITS["s"] == ("heldout_s_templates", title)
    assert "s" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("s") is HELDOUT_S


# --- Held-out T ---------------------------------------------------------------------------
# Written in session 34 by an author barred from the redactor, its results and every other
# split's templates and forms; merged unwired; wired into the evaluation in session 37, after
# the redactor was frozen, and run once as held out; DEV-side (tuned on) since session 38.
# Its checks are the shared ones below run on T (HELD_OUT_SECTIONS), and these of its own.

from resources.synthetic.redaction_eval import heldout_t_templates, t_forms  # noqa: E402
from resources.synthetic.redaction_eval.generator import T_SLOTS  # noqa: E402

HELDOUT_T: Split = heldout_t_templates.SPLIT
T_SEEDS = range(84350001, 84350401)
T_SAFE_HARBOR_SLOTS = {
    "names": {"tper"},
    "geographic subdivisions smaller than a state": {"taddr", "tpost", "ttown", "tgeo"},
    "dates and ages over 89": {"tdate", "tdob", "tage"},
    "telephone numbers": {"ttel"},
    "fax numbers": {"tfax"},
    "e-mail addresses": {"tmail"},
    "social security numbers": {"tnat"},
    "medical record numbers": {"tmrn"},
    "health plan beneficiary numbers": {"tplan"},
    "account numbers": {"tacct", "tiban", "tcard"},
    "certificate and licence numbers": {"tlic"},
    "vehicle identifiers and serial numbers": {"tveh"},
    "device identifiers and serial numbers": {"tdev", "tmac"},
    "web URLs": {"turl"},
    "IP addresses": {"tip"},
    "biometric identifiers": {"tbio"},
    "full-face photographs": {"tphoto"},
    "any other unique identifying number": {"tref", "tpass"},
}
T_SPELLED_AGES = re.compile(r"(ninety|one hundred|neunzig|hundert|noventa|cien)", re.I)


def _t_age_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if not digits:
        return T_SPELLED_AGES.search(value) is not None
    return 90 <= int(digits) <= 110


HELD_T = HeldOut(
    HELDOUT_T,
    "heldout_t_templates",
    T_SEEDS,
    ("tnat",),
    T_SAFE_HARBOR_SLOTS,
    frozenset({("tnat", "us"), ("tpass", "mrz"), ("tper", "hl7"), ("tper", "ocr")}),
    non_latin_people=10,
    extra_checks=(
        ("tper", lambda v: sum(c.isdigit() for c in v) <= 1),  # OCR may read O as 0, once
        ("tage", _t_age_ok),
        ("turl", lambda v: v.startswith(("https://", "http://"))),
        ("tphoto", lambda v: v.startswith(("https://", "http://")) and "." in v[-5:]),
        (
            "tmail",
            lambda v: (
                re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+|\S+ \[at\] \S+ \[dot\] \S+", v) is not None
            ),
        ),
        ("tpass", lambda v: v.isascii() and len(re.sub(r"\W", "", v)) >= 7),
    ),
    today=dt.date(2026, 5, 23),
    clock_free=("t_forms", "heldout_t_templates"),
)


def test_heldout_t_slots_are_new_and_mirror_the_p_slots() -> None:
    suffixes = {s[1:] for s in T_SLOTS}
    assert len(T_SLOTS) == 27
    assert all(SLOT_KINDS["t" + x] == SLOT_KINDS["p" + x] for x in suffixes)
    assert {s for s, _ in slots_used(HELDOUT_T)} - {None} == set(T_SLOTS)


def test_heldout_t_is_wider_than_the_shared_floor() -> None:
    """T was written to more than the shared width check asks of every split."""
    templates = HELDOUT_T.templates
    assert len(templates) >= 150
    assert len({t.doc_type for t in templates}) >= 40
    people = {d.value(e) for d in held_docs(HELDOUT_T) for e in d.entities if e.kind == "PERSON"}
    assert len(people) >= 700


def test_heldout_t_template_text_holds_no_identifier_of_its_own() -> None:
    """No run of 6+ digits and no angle bracket outside the slots; every slot is known."""
    bad = []
    for t in HELDOUT_T.templates:
        literal = SLOT.sub(lambda m: m.group(4) or "", t.text)  # kept phrases stay in
        if re.search(r"\d{6,}", literal) or re.search(r"[<>]", literal):
            bad.append(t.id)
        bad += [t.id for m in SLOT.finditer(t.text) if m.group(1) and m.group(1) not in T_SLOTS]
    assert not bad, bad


@pytest.mark.parametrize("later", [(2026, 12, 31), (2031, 2, 28)])
def test_heldout_t_renders_the_same_whatever_the_day(
    later: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """T counts its dates back from T_TODAY, never from Faker's clock."""
    assert_renders_the_same_later(HELDOUT_T, held_docs(HELDOUT_T), later, monkeypatch)


def test_t_forms_icao_check_digit_worked_examples() -> None:
    """ICAO Doc 9303's specimen passport: number L898902C3 (check 6), birth 740812 (2),
    expiry 120415 (9); a changed character changes the check digit."""
    assert t_forms.icao_check_digit("L898902C3") == "6"
    assert t_forms.icao_check_digit("740812") == "2"
    assert t_forms.icao_check_digit("120415") == "9"
    assert t_forms.icao_check_digit("L898902C4") != "6"
    assert t_forms.icao_check_digit("740813") != "2"


@pytest.mark.parametrize("country", [s.country for s in t_forms.SCHEMES])
def test_t_forms_national_numbers_pass_their_country_check(country: str) -> None:
    import random

    scheme = t_forms.SCHEME_BY_COUNTRY[country]
    rng = random.Random(84350000 + len(country))
    for _ in range(25):
        number = scheme.draw(rng)
        assert scheme.valid(number), country
        assert country_of(number), country
        assert t_forms.national_valid(number), country


def test_t_forms_ocr_damage_is_one_misread() -> None:
    assert t_forms.ocr_damage("Amelia Smith") == "Arnelia Smith"
    assert t_forms.ocr_damage("Lola Bell") == "LoIa Bell"
    assert t_forms.ocr_damage("Xu Ya") == "Xu Ya"


def test_t_dates_never_pass_t_today() -> None:
    import datetime as dt

    iso = re.compile(r"\d{4}-\d{2}-\d{2}")
    for d in held_docs(HELDOUT_T):
        for e in d.entities:
            if e.kind == "DATE" and (m := iso.match(d.value(e))):
                assert dt.date.fromisoformat(m.group()) <= t_forms.T_TODAY, d.template_id


def test_split_t_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 37; DEV-side (tuned on) since session 38."""
    from resources.synthetic import eval_redaction

    title = "SPLIT T (DEV-side since session 38)"
    assert eval_redaction.SPLITS["t"] == ("heldout_t_templates", title)
    assert "t" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("t") is HELDOUT_T


# --- Held-out U ---------------------------------------------------------------------------
# Written in session 36 by a separate author; merged unwired; wired into the evaluation in
# session 38, after the redactor was frozen, and run once as held out; DEV-side (tuned on)
# since session 39. Its checks are the shared ones below run on U (HELD_OUT_SECTIONS), and
# these of its own.

from resources.synthetic.redaction_eval import heldout_u_templates  # noqa: E402
from resources.synthetic.redaction_eval import u_forms as _u_forms  # noqa: E402

HELDOUT_U = heldout_u_templates.SPLIT
HELD_U = HeldOut(
    HELDOUT_U,
    "heldout_u_templates",
    range(84360001, 84360401),
    ("unat",),
    {k: set(v) for k, v in _u_forms.SAFE_HARBOR.items()},
    non_latin_people=10,
    # A receipt or a fixed-width export masks the middle of a card: no Luhn digit to check.
    extra_checks=(("ucard", lambda v: "*" in v or luhn.is_valid(re.sub(r"\D", "", v))),),
    today=dt.date(2026, 9, 17),
    clock_free=("u_forms",),
    # Boilerplate with its slots left out, as splits before U also write it: FHIR resource
    # keys (F, G, I, J), an X12 claim segment and an HL7 OBR segment (R), and stock phrases of
    # Polish leave (J), Russian discharge (S) and English discharge (N) forms.
    common_lines=frozenset(
        {
            '"name": [{"family": "", "given": [""]}],',
            '"address": [{"text": ""}],',
            '"telecom": [{"system": "phone", "value": ""}, {"system": "email", "value": ""}],',
            '"subject": {"reference": "Patient/", "display": ""},',
            '"effectiveDateTime": "",',
            "CLM**250***11:B:1*Y*A*Y*Y~",
            "OBR|1|||HBA1C^Haemoglobin A1c|||",
            "Urlop wypoczynkowy od  do",
            "Находился на лечении с  по",
            "Admitted:    Discharged:",
        }
    ),
)


def test_heldout_u_is_wider_than_the_shared_floor() -> None:
    """U was written to more than the shared width check asks of every split."""
    templates = HELDOUT_U.templates
    assert len(templates) >= 150
    assert len({t.doc_type for t in templates}) >= 60
    assert all(t.id.startswith("u-") for t in templates)


def test_heldout_u_is_deterministic() -> None:
    import os
    import subprocess
    import sys

    from resources.synthetic.split_hashes import split_hash

    here = split_hash(HELDOUT_U, 120)
    code = (
        "from resources.synthetic.split_hashes import split_hash;"
        "from resources.synthetic.redaction_eval.heldout_u_templates import SPLIT;"
        "print(split_hash(SPLIT, 120))"
    )
    for hashseed in ("1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        assert out.stdout.strip() == here


def test_heldout_u_slots_registered() -> None:
    from resources.synthetic.redaction_eval import generator, u_forms

    assert set(u_forms.SLOTS) == generator.U_SLOTS
    for slot, kind in u_forms.SLOTS.items():
        assert generator.SLOT_KINDS[slot] == kind
    older = (
        generator.G_SLOTS
        | generator.H_SLOTS
        | generator.I_SLOTS
        | generator.J_SLOTS
        | generator.K_SLOTS
        | generator.L_SLOTS
        | generator.M_SLOTS
        | generator.N_SLOTS
        | generator.O_SLOTS
        | generator.P_SLOTS
        | generator.Q_SLOTS
        | generator.R_SLOTS
        | generator.S_SLOTS
        | generator.T_SLOTS
    )
    assert not generator.U_SLOTS & older


def test_heldout_u_check_digits_match_published_worked_examples() -> None:
    import random

    from stdnum import iban, luhn, verhoeff
    from stdnum.gb import nhs

    from resources.synthetic.redaction_eval import u_forms

    # Luhn: the worked example 7992739871 -> 3 (ISO/IEC 7812-1 annex; Wikipedia "Luhn algorithm").
    assert u_forms.luhn_digit("7992739871") == "3"
    # Verhoeff: the worked example 236 -> 3 (Wikipedia "Verhoeff algorithm").
    assert u_forms.verhoeff_digit("236") == "3"
    assert u_forms.verhoeff_digit("12345") == "1"
    # IBAN mod 97-10: the ECBS / Wikipedia example GB82 WEST 1234 5698 7654 32.
    assert u_forms.mod97_valid("GB82 WEST 1234 5698 7654 32")
    assert not u_forms.mod97_valid("GB83 WEST 1234 5698 7654 32")
    assert u_forms.iban_check("GB", "WEST12345698765432") == "82"
    # VIN (49 CFR 565): the worked example 1M8GDM9AXKP042788, check character X.
    assert u_forms.vin_check("1M8GDM9AXKP042788") == "X"
    # NHS number: the NHS Data Dictionary's example 943 476 5919.
    assert nhs.is_valid("9434765919")
    rng = random.Random(84360000)
    for _ in range(200):
        body = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 18)))
        assert u_forms.luhn_digit(body) == luhn.calc_check_digit(body)
        assert u_forms.verhoeff_digit(body) == verhoeff.calc_check_digit(body)
    for d in held_docs(HELDOUT_U):
        for e in d.entities:
            if e.kind == "CARD" and "*" not in d.value(e):
                assert luhn.is_valid(d.value(e).replace(" ", "").replace("-", "")), d.template_id
            if e.kind == "IBAN":
                assert iban.is_valid(d.value(e)), d.template_id
            if e.kind == "VEHICLE" and len(d.value(e)) == 17 and d.value(e).isalnum():
                vin = d.value(e)
                assert u_forms.vin_check(vin) == vin[8], d.template_id


@pytest.mark.parametrize("country", sorted(_u_forms.SCHEME_BY_COUNTRY))
def test_heldout_u_national_numbers_pass_their_country_check(country: str) -> None:
    import random

    from resources.synthetic.redaction_eval import u_forms

    scheme = u_forms.SCHEME_BY_COUNTRY[country]
    rng = random.Random(84360000 + sum(map(ord, country)))
    for _ in range(25):
        assert scheme.valid(scheme.draw(rng)), country
    assert len(u_forms.SCHEME_BY_COUNTRY) >= 20


def test_split_u_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 38; DEV-side (tuned on) since session 39."""
    from resources.synthetic import eval_redaction

    title = "SPLIT U (DEV-side since session 39)"
    assert eval_redaction.SPLITS["u"] == ("heldout_u_templates", title)
    assert "u" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("u") is HELDOUT_U


# --- Held-out V ---------------------------------------------------------------------------
# Written in session 37 by a separate author; merged unwired; wired into the evaluation in
# session 39, after the redactor was frozen, and run once as held out; DEV-side (tuned on)
# since. Its checks are the shared ones below run on V (HELD_OUT_SECTIONS), and these of its
# own.

from resources.synthetic.redaction_eval import heldout_v_templates  # noqa: E402
from resources.synthetic.redaction_eval import v_forms as _v_forms  # noqa: E402

HELDOUT_V = heldout_v_templates.SPLIT
HELD_V = HeldOut(
    HELDOUT_V,
    "heldout_v_templates",
    range(84370001, 84370401),
    ("vnat", "vssn"),
    {k: set(v) for k, v in _v_forms.HIPAA_CLASSES.items()},
    non_latin_people=10,
    extra_checks=(("vnat", lambda v: any(s.valid(v) for s in _v_forms.SCHEMES)),),
    today=dt.date(2026, 10, 23),
    clock_free=("v_forms", "heldout_v_templates"),
    # Boilerplate with its slots left out, as splits before V also write it: an HL7 PV1 segment,
    # two W-2 box captions, a death certificate's heading and rows of field labels.
    common_lines=frozenset(
        {
            "CERTIFICATE OF DEATH   State file no.",
            "PV1|1|I|2000^2012^01||||^",
            "Patient:    DOB:    MRN:",
            "Student:    Student ID:    DOB:",
            "Surname:    Other names:",
            "a Employee's social security number",
            "f Employee's address and ZIP code",
        }
    ),
)


def test_heldout_v_slots_are_its_own() -> None:
    from resources.synthetic.redaction_eval import generator

    for slot in generator.V_SLOTS:
        assert slot.startswith("v")
    older = [
        getattr(generator, name)
        for name in dir(generator)
        if name.endswith("_SLOTS") and name != "V_SLOTS"
    ]
    for table in older:
        assert not generator.V_SLOTS & table
    for t in heldout_v_templates.TEMPLATES:
        for m in generator.SLOT.finditer(t.text):
            if m.group(1) is not None:
                assert m.group(1) in generator.V_SLOTS, t.id


def test_heldout_v_is_wider_than_the_shared_floor() -> None:
    """V was written to more than the shared width check asks of every split."""
    templates = HELDOUT_V.templates
    assert len(templates) >= 150
    assert len({t.doc_type for t in templates}) >= 60
    assert all(t.id.startswith("v-") for t in templates)
    for d in held_docs(HELDOUT_V):
        assert "<" not in d.text, d.template_id
        assert ">" not in d.text, d.template_id


def test_heldout_v_national_numbers_check_out() -> None:
    from resources.synthetic.redaction_eval import v_forms
    from resources.synthetic.redaction_eval.generator import SLOT

    by_template = {t.id: t for t in heldout_v_templates.TEMPLATES}
    countries: set[str] = set()
    checked = 0
    for d in held_docs(HELDOUT_V):
        forms = {
            m.group(1) + m.group(2): (m.group(3) or "")
            for m in SLOT.finditer(by_template[d.template_id].text)
            if m.group(1) in ("vnat", "vssn")
        }
        for e in d.entities:
            if e.slot not in forms:
                continue
            country = "US" if e.slot.startswith("vssn") else forms[e.slot].upper()
            schemes = [s for s in v_forms.SCHEMES if s.country == country]
            assert schemes, d.template_id
            assert any(s.valid(d.value(e)) for s in schemes), d.template_id
            countries.add(country)
            checked += 1
    assert checked >= 100
    assert len(countries) >= 20


@pytest.mark.parametrize("country", sorted({"PL", "DE", "NL", "BE", "FR", "ES", "IT", "IN", "GB"}))
def test_heldout_v_schemes_draw_valid_numbers(country: str) -> None:
    import random

    from resources.synthetic.redaction_eval import v_forms

    rng = random.Random(84370000)
    for _ in range(30):
        scheme, number = v_forms.draw_national(rng, country)
        assert scheme.valid(number), country
    assert len(v_forms.SCHEME_COUNTRIES) >= 20


def _v_check_spans(doc, template) -> None:  # a LabelledDoc and a Template
    """The document is the template with each slot replaced by exactly its span's value."""
    from resources.synthetic.redaction_eval.generator import SLOT, SLOT_KINDS

    entities = iter(doc.entities)
    pos = cursor = 0
    values: dict[str, str] = {}
    for m in SLOT.finditer(template.text):
        literal = template.text[cursor : m.start()]
        assert doc.text.startswith(literal, pos), template.id
        pos += len(literal)
        cursor = m.end()
        if m.group(4) is not None:
            phrase = m.group(4)
            assert doc.text.startswith(phrase, pos), template.id
            assert (pos, pos + len(phrase)) in doc.keep, template.id
            pos += len(phrase)
            continue
        assert m.group(3) != "label", template.id
        e = next(entities)
        key = m.group(1) + m.group(2)
        assert (e.slot, e.kind, e.start) == (key, SLOT_KINDS[m.group(1)], pos), template.id
        value = doc.value(e)
        assert value, template.id
        assert value == value.strip(), template.id
        if e.kind != "PERSON":
            assert values.setdefault(key, value) == value, template.id
        pos = e.end
    assert doc.text[pos:] == template.text[cursor:], template.id
    assert next(entities, None) is None, template.id


def test_heldout_v_every_span_holds_its_value() -> None:
    by_template = {t.id: t for t in heldout_v_templates.TEMPLATES}
    for d in held_docs(HELDOUT_V):
        _v_check_spans(d, by_template[d.template_id])


def test_heldout_v_check_digits_match_worked_examples() -> None:
    from stdnum import iban as _iban
    from stdnum import luhn as _luhn
    from stdnum import verhoeff as _verhoeff
    from stdnum.gb import nhs as _nhs

    from resources.synthetic.redaction_eval import v_forms

    # Luhn: the worked example 7992739871 -> 3 (ISO/IEC 7812-1, as Wikipedia works it).
    assert v_forms.luhn_digit("7992739871") == "3"
    assert _luhn.is_valid("79927398713")
    # Verhoeff: 236 -> 3 (Verhoeff 1969, the usual worked example).
    assert v_forms.verhoeff_digit("236") == "3"
    assert _verhoeff.is_valid("2363")
    # IBAN: ISO 13616's example GB82 WEST 1234 5698 7654 32.
    assert v_forms.iban_digits("GB", "WEST12345698765432") == "82"
    assert _iban.is_valid("GB82WEST12345698765432")
    # NHS number: the NHS Data Dictionary's 943 476 5919 (modulus 11).
    assert v_forms.nhs_digit("943476591") == "9"
    assert _nhs.is_valid("9434765919")
    # VIN: 1M8GDM9AXKP042788, check digit X (49 CFR 565's weights).
    assert v_forms.vin_digit("1M8GDM9AXKP042788") == "X"


def test_split_v_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 39; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction

    title = "SPLIT V (DEV-side since session 39)"
    assert eval_redaction.SPLITS["v"] == ("heldout_v_templates", title)
    assert "v" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("v") is heldout_v_templates.SPLIT


def test_heldout_v_ages_and_dates_agree() -> None:
    """A document's age is the one its birth date gives on V_TODAY, and its second date
    (a discharge, a leave's end) does not come before its first."""
    import datetime as dt

    from resources.synthetic.redaction_eval import v_forms
    from resources.synthetic.redaction_eval.generator import SLOT

    formats = {"mdy": "%m/%d/%Y", "dmy": "%d.%m.%Y", "dmy_slash": "%d/%m/%Y", "iso": "%Y-%m-%d"}
    by_template = {t.id: t for t in heldout_v_templates.TEMPLATES}
    ages = order = 0
    for d in held_docs(HELDOUT_V):
        forms = {
            m.group(1) + m.group(2): (m.group(3) or "")
            for m in SLOT.finditer(by_template[d.template_id].text)
            if m.group(1) is not None
        }
        values = {e.slot: d.value(e) for e in d.entities}

        def day(
            slot: str, forms: dict[str, str] = forms, values: dict[str, str] = values
        ) -> dt.date | None:
            fmt = formats.get(forms.get(slot, ""))
            if fmt is None or slot not in values:
                return None
            return dt.datetime.strptime(values[slot], fmt).date()

        born = day("vdob1")
        if born is not None and "vage1" in values:
            assert v_forms.age_on(born, v_forms.V_TODAY) == int(values["vage1"]), d.template_id
            ages += 1
        first, second = day("vdate1"), day("vdate2")
        if first is not None and second is not None:
            assert first <= second <= v_forms.V_TODAY, d.template_id
            order += 1
    assert ages >= 5
    assert order >= 10


# --- Held-out W ---------------------------------------------------------------------------
# Written in session 38 by a separate author; merged unwired; wired into the evaluation in
# session 40, after the redactor was frozen, and run once as held out; DEV-side (tuned on)
# since. Its checks are the shared ones below run on W (HELD_OUT_SECTIONS), and these of its
# own.

from resources.synthetic.redaction_eval import heldout_w_templates  # noqa: E402
from resources.synthetic.redaction_eval import w_forms as _w_forms  # noqa: E402

HELDOUT_W = heldout_w_templates.SPLIT
HELD_W = HeldOut(
    HELDOUT_W,
    "heldout_w_templates",
    range(84380001, 84380401),
    ("wnat", "wssn"),
    {
        "names": {"wname", "wintl"},
        "geographic subdivisions smaller than a state": {"wtown", "waddr", "wzip", "wgeo"},
        "dates tied to a person, and ages over 89": {"wdate", "wdob", "wage"},
        "telephone numbers": {"wtel"},
        "fax numbers": {"wfax"},
        "e-mail addresses": {"wmail"},
        "social security numbers": {"wssn"},
        "medical record numbers": {"wmrn"},
        "health plan beneficiary numbers": {"wins"},
        "account numbers": {"wacct", "wiban", "wcard"},
        "certificate and licence numbers": {"wlic"},
        "vehicle identifiers, serial numbers and plates": {"wveh"},
        "device identifiers and serial numbers": {"wdev", "wmac"},
        "web URLs": {"wurl"},
        "IP addresses": {"wip"},
        "biometric identifiers": {"wbio"},
        "full-face photographs": {"wphoto"},
        "any other unique identifying number": {"wcase", "wemp", "wclaim", "wpass"},
    },
    non_latin_people=10,
    # A dictated or voicemail number is spelt out in words.
    extra_checks=(("wtel", lambda v: len(re.sub(r"\D", "", v)) >= 6 or len(v.split()) >= 6),),
    today=dt.date(2026, 11, 11),
    clock_free=("w_forms", "heldout_w_templates"),
    # Boilerplate with its slots left out, as splits before W also write it: FHIR JSON
    # members, a Turkish and a Lithuanian patient line, a Swedish journal heading, a German
    # discharge letter's stock phrases and rows of field labels.
    common_lines=frozenset(
        {
            '"address": [{"text": ""}],',
            '"identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": ""},',
            '"name": [{"family": "", "given": [""]}],',
            '{"system": "email", "value": ""}],',
            "Emergency contact:  (spouse)",
            "Hasta:    T.C. Kimlik No:",
            "Journalanteckning - Vårdcentralen",
            "Legal name:    Preferred:",
            "Médico responsable: Dra.",
            "Pacientas: , asmens kodas",
            "Sehr geehrte Frau Kollegin ,",
            "die sich vom  bis  in unserer stationären Behandlung befand.",
            "wir berichten über Ihre Patientin , geb. , wohnhaft ,",
        }
    ),
)


def _w_tokens(doc, template):  # type: ignore[no-untyped-def]
    """Walk a W document against its template: every literal stretch of the template is
    found verbatim where it should be, and every slot is one span, in order. Returns
    [(slot key, slot, form, value, entity)]; fails naming the template id only."""
    spans = sorted(doc.entities, key=lambda e: e.start)
    keeps = sorted(doc.keep)
    out = []
    pos = cursor = 0
    si = ki = 0
    for m in SLOT.finditer(template.text):
        literal = template.text[cursor : m.start()]
        assert doc.text[pos : pos + len(literal)] == literal, template.id
        pos += len(literal)
        cursor = m.end()
        if m.group(4) is not None:
            assert keeps[ki] == (pos, pos + len(m.group(4))), template.id
            assert doc.text[pos : pos + len(m.group(4))] == m.group(4), template.id
            pos += len(m.group(4))
            ki += 1
            continue
        entity = spans[si]
        si += 1
        key = m.group(1) + m.group(2)
        assert entity.start == pos, template.id
        assert entity.slot == key, template.id
        assert entity.kind == SLOT_KINDS[m.group(1)], template.id
        out.append((key, m.group(1), m.group(3) or "", doc.value(entity), entity))
        pos = entity.end
    assert doc.text[pos:] == template.text[cursor:], template.id
    assert si == len(spans), template.id
    assert ki == len(keeps), template.id
    return out


def _w_value_ok(slot: str, form: str, first_form: str, value: str, kind: str) -> bool:
    """A value holds what its kind says: checksums, shapes, parseable addresses."""
    import importlib
    import ipaddress

    from stdnum import iban as std_iban
    from stdnum import luhn as std_luhn

    if not value or value != value.strip() or "<" in value or ">" in value:
        return False
    digits = "".join(c for c in value if c.isdigit())
    if kind == "EMAIL":
        return re.fullmatch(r"[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}", value) is not None
    if kind == "IBAN":
        return bool(std_iban.is_valid(value))
    if kind == "CARD":
        return len(digits) in (15, 16) and bool(std_luhn.is_valid(digits))
    if kind == "IP":
        ipaddress.ip_address(value)
        return True
    if kind == "MAC":
        return re.fullmatch(r"[0-9a-fA-F]{12}", re.sub(r"[:.-]", "", value)) is not None
    if kind == "AGE":
        return not value.isdigit() or int(value) >= 90
    if slot == "wnat":
        country = first_form.split("_", maxsplit=1)[0]
        module = importlib.import_module("stdnum." + _w_forms.NATIONAL_MODULES[country])
        return bool(module.is_valid(value))
    if slot == "wssn":
        from stdnum.us import ssn

        return len(digits) == 9 and bool(ssn.is_valid(digits))
    if slot == "wveh" and first_form.startswith("vin"):
        vin = value.upper()
        return len(vin) == 17 and _w_forms.vin_digit(vin) == vin[8]
    if slot == "wdev" and first_form.startswith("imei"):
        return len(digits) == 15 and bool(std_luhn.is_valid(digits))
    if slot == "wdev" and first_form.startswith("udi"):
        from stdnum import ean

        return bool(ean.is_valid(value[4:18]))
    if slot == "wlic" and first_form == "npi":
        return len(value) == 10 and bool(std_luhn.is_valid("80840" + value))
    if slot == "wlic" and first_form == "dea":
        return _w_forms.dea_digit(value[2:8]) == value[8]
    if kind == "PHONE" and form == "spoken":
        return len(value.split()) >= 6 and not digits
    if kind == "PHONE":
        return sum(c.isdigit() for c in value) >= 6
    if kind == "DATE":
        return sum(c.isdigit() for c in value) >= 4
    return True


def _w_check_doc(doc, template) -> dict[str, str]:  # type: ignore[no-untyped-def]
    firsts: dict[str, str] = {}
    for key, slot, form, value, entity in _w_tokens(doc, template):
        firsts.setdefault(key, form)
        assert _w_value_ok(slot, form, firsts[key], value, entity.kind), template.id
    return firsts


def test_heldout_w_shape() -> None:
    """W's slots are its own (prefix w, clear of the older slots that start with w), and its
    template ids start with "w-"."""
    from resources.synthetic.redaction_eval.generator import W_SLOTS

    split = HELDOUT_W
    assert split.name == "heldout_w"
    assert len(split.templates) >= 150
    assert all(t.id.startswith("w-") for t in split.templates)
    check_split(split)
    taken = ("web", "when", "who", "wplate")
    for slot in W_SLOTS:
        assert slot.startswith("w")
        assert not any(slot.startswith(t) or t.startswith(slot) for t in taken), slot
    for t in split.templates:
        assert "<" not in t.text, t.id
        assert ">" not in t.text, t.id
        for m in re.finditer(r"\{([a-z]+)\d*(?:\.[a-z_0-9]+)?\}", t.text):
            assert m.group(1) in W_SLOTS, t.id


def test_heldout_w_width_beyond_the_floor() -> None:
    """More document types than the shared floor, and national numbers of 20 countries
    whose check digits python-stdnum verifies, read by the country each value was written
    for (the US SSN and the Danish CPR carry none, so they are not counted)."""
    docs = held_docs(HELDOUT_W)
    assert len({d.doc_type for d in docs}) >= 60
    by_id = {t.id: t for t in HELDOUT_W.templates}
    countries: set[str] = set()
    for d in docs:
        firsts = _w_check_doc(d, by_id[d.template_id])
        countries |= {firsts[e.slot].split("_")[0] for e in d.entities if e.slot.startswith("wnat")}
    assert countries <= set(_w_forms.NATIONAL_MODULES)
    assert len(countries - {"us", "dk"}) >= 20


def test_heldout_w_every_span_holds_its_value() -> None:
    by_id = {t.id: t for t in HELDOUT_W.templates}
    for d in held_docs(HELDOUT_W):
        _w_check_doc(d, by_id[d.template_id])
        spans = sorted(d.entities, key=lambda e: e.start)
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start, d.template_id


def test_heldout_w_worked_examples() -> None:
    """W's check-digit code against published worked examples."""
    from stdnum import ean, iban, verhoeff

    # Luhn: the worked example of ISO/IEC 7812-1 as usually shown, 7992739871 -> 3.
    assert _w_forms.luhn_digit("7992739871") == "3"
    assert luhn.is_valid("79927398713")
    # IBAN (ISO 13616, ECBS example): GB82 WEST 1234 5698 7654 32.
    assert _w_forms.iban_digits("GB", "WEST12345698765432") == "82"
    assert iban.is_valid("GB82WEST12345698765432")
    # VIN check digit (49 CFR 565.15): 1M8GDM9A?KP042788 -> X.
    assert _w_forms.vin_digit("1M8GDM9A0KP042788") == "X"
    # Verhoeff: 236 -> 2363.
    assert _w_forms.verhoeff_digit("236") == "3"
    assert verhoeff.is_valid("2363")
    # GS1 check digit: 629104150021 -> 6291041500213.
    assert _w_forms.gs1_digit("629104150021") == "3"
    assert ean.is_valid("6291041500213")
    # ICAO Doc 9303 specimen passport: number L898902C3 -> 6, birth 740812 -> 2, expiry
    # 120415 -> 9.
    assert _w_forms.icao_digit("L898902C3") == "6"
    assert _w_forms.icao_digit("740812") == "2"
    assert _w_forms.icao_digit("120415") == "9"
    # DEA registration number AB1234563: (1+3+5) + 2*(2+4+6) = 33 -> 3.
    assert _w_forms.dea_digit("123456") == "3"


def test_heldout_w_ages_and_event_order_hold_on_its_pinned_day() -> None:
    """Dates in any of W's formats (the shared check reads ISO ones) are not after W_TODAY,
    a written age is the one the birth date gives on it, and a second event date does not
    come before the first."""
    formats = {"iso": "%Y-%m-%d", "dmy": "%d/%m/%Y", "mdy": "%m/%d/%Y", "dmy_dot": "%d.%m.%Y"}
    formats |= {"compact": "%Y%m%d", "x12": "%Y%m%d", "dmy_dash": "%d-%m-%Y"}
    by_id = {t.id: t for t in heldout_w_templates.TEMPLATES}
    ages = order = dated = 0
    for d in held_docs(HELDOUT_W):
        days: dict[str, dt.date] = {}
        age = None
        for key, slot, form, value, _ in _w_tokens(d, by_id[d.template_id]):
            if slot in ("wdate", "wdob") and form in formats:
                days[key] = dt.datetime.strptime(value, formats[form]).date()
                assert days[key] <= _w_forms.W_TODAY, d.template_id
                dated += 1
            if slot == "wage" and value.isdigit():
                age = int(value)
        born = days.get("wdob1")
        if born is not None and age is not None:
            t = _w_forms.W_TODAY
            years = t.year - born.year - ((t.month, t.day) < (born.month, born.day))
            assert years == age, d.template_id
            ages += 1
        if "wdate1" in days and "wdate2" in days:
            assert days["wdate1"] <= days["wdate2"], d.template_id
            order += 1
    assert dated >= 100
    assert ages >= 3
    assert order >= 10


def test_split_w_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 40; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction

    title = "SPLIT W (DEV-side since session 40)"
    assert eval_redaction.SPLITS["w"] == ("heldout_w_templates", title)
    assert "w" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("w") is HELDOUT_W


@settings(max_examples=200, deadline=None)
@given(body=st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_heldout_w_check_digits_agree_with_stdnum(body: str) -> None:
    """W's own Luhn, Verhoeff, GS1 and IBAN code agrees with python-stdnum on any body."""
    from stdnum import ean, verhoeff
    from stdnum import iban as std_iban

    assert _w_forms.luhn_digit(body) == luhn.calc_check_digit(body)
    assert _w_forms.verhoeff_digit(body) == verhoeff.calc_check_digit(body)
    if len(body) in (7, 11, 12, 13):
        assert ean.is_valid(body + _w_forms.gs1_digit(body))
    bban = (body * 2)[:18]
    if len(bban) == 18:
        assert std_iban.is_valid("DE" + _w_forms.iban_digits("DE", bban) + bban)


# --- Held-out X ---------------------------------------------------------------------------
# Written in session 39 by a separate author, without reading the redactor or any other
# split's templates; merged unwired; wired into the evaluation in session 41, after the
# redactor was frozen, and run once as held out; DEV-side (tuned on) since. Its checks are
# the shared ones below run on X (HELD_OUT_SECTIONS), and these of its own.

from resources.synthetic.redaction_eval import heldout_x_templates  # noqa: E402
from resources.synthetic.redaction_eval import x_forms as _x_forms  # noqa: E402

HELDOUT_X = heldout_x_templates.SPLIT
HELD_X = HeldOut(
    HELDOUT_X,
    "heldout_x_templates",
    range(84390001, 84390401),
    ("xnat", "xssn"),
    {name.split(" ", 1)[1]: set(slots) for name, slots in _x_forms.SAFE_HARBOR.items()},
    non_latin_people=10,
    extra_checks=(
        # A number read aloud mixes words and digits ("oh seven 7, double five"), or is
        # spelt in another script.
        ("xspoken", lambda v: len(re.findall(r"\d|\w+", v)) >= 6 or not v.isascii()),
        # A scan's text layer reads some characters as their look-alikes.
        ("xnat", lambda v: any(country_of(r) for r in _x_readings(v))),
        ("xiban", lambda v: any(iban_check.is_valid(r) for r in _x_readings(v))),
    ),
    today=dt.date(2026, 10, 23),
    clock_free=("x_forms", "heldout_x_templates"),
    # Boilerplate with its slots left out, as splits before X also write it: FHIR JSON
    # members, mail clients' forward and reply markers, a HL7 glucose result, a SWIFT
    # header block, a Spanish, a Russian and an English form's stock lines.
    common_lines=frozenset(
        {
            '"address": [{"text": ""}],',
            '"name": [{"family": "", "given": [""]}],',
            '"resourceType": "Patient",',
            '"telecom": [{"system": "phone", "value": ""}, {"system": "email", "value": ""}],',
            "---------- Forwarded message ---------",
            "-----Original Message-----",
            "13. Travel document no.:",
            "Certifying doctor: , GMC",
            "Médico responsable: Dra.",
            "Nominated beneficiary: ,",
            "OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L|3.9-5.5|H",
            "{1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}",
            "Находился на лечении с  по",
        }
    ),
)


def look_alike_readings(value: str, look_alike: dict[str, str]) -> list[str]:
    """Every text a scanned value may have been before its look-alike characters were
    misread (a split's table of them, read back both ways)."""
    back: dict[str, str] = {}
    for a, b in look_alike.items():
        back.setdefault(b, a)
    choices = [(ch, back[ch]) if ch in back else (ch,) for ch in value]
    if sum(len(c) > 1 for c in choices) > 12:
        return [value]
    return ["".join(p) for p in itertools.product(*choices)]


_x_readings = functools.partial(look_alike_readings, look_alike=_x_forms.LOOKALIKE)


# Templates whose values sit against a letter or digit by the format's own rule: a JSON
# "\u003e" escape before a name, a SWIFT ":32A:" field that runs date and currency together.
_X_GLUED_OK = frozenset({"x-xml-2", "x-swift-1"})


def _x_check_doc(doc) -> None:  # type: ignore[no-untyped-def]
    """No angle bracket anywhere (metrics.py reads those as masks), a value recurs with the
    same text, and a value stands apart from a letter or digit beside it (but where the
    format glues them)."""
    text = doc.text
    tid = doc.template_id
    assert "<" not in text, tid
    assert ">" not in text, tid
    values: dict[str, str] = {}
    for e in doc.entities:
        value = text[e.start : e.end]
        if e.kind != "PERSON":
            assert values.setdefault(e.slot, value) == value, (tid, e.slot)
        if tid not in _X_GLUED_OK:
            before = text[e.start - 1] if e.start else " "
            after = text[e.end] if e.end < len(text) else " "
            for inner, outer in ((value[0], before), (value[-1], after)):
                glued = inner.isascii() and inner.isalnum() and outer.isascii() and outer.isalnum()
                assert not glued, (tid, e.slot)


def test_heldout_x_slots_are_its_own() -> None:
    from resources.synthetic.redaction_eval import generator

    assert HELDOUT_X.name == "heldout_x"
    assert all(t.id.startswith("x-") for t in HELDOUT_X.templates)
    check_split(HELDOUT_X)
    assert set(_x_forms.SLOTS) == set(generator.X_SLOTS)
    for slot, kind in _x_forms.SLOTS.items():
        assert slot.startswith("x"), slot
        assert generator.SLOT_KINDS[slot] == kind, slot
    older = [s for s in generator.SLOT_KINDS if s not in _x_forms.SLOTS]
    clashes = [(x, s) for x in _x_forms.SLOTS for s in older if x.startswith(s) or s.startswith(x)]
    assert not clashes
    for t in HELDOUT_X.templates:
        for m in SLOT.finditer(t.text):
            if m.group(1) is not None:
                assert m.group(1) in _x_forms.SLOTS, (t.id, m.group(1))


def test_heldout_x_width_beyond_the_floor() -> None:
    """More templates and document types than the shared floor."""
    assert len(HELDOUT_X.templates) >= 150
    assert len({t.doc_type for t in HELDOUT_X.templates}) >= 60


def test_heldout_x_values_stand_apart_and_hold_no_angle_bracket() -> None:
    for doc in held_docs(HELDOUT_X):
        _x_check_doc(doc)


def test_heldout_x_check_digits_match_published_worked_examples() -> None:
    # Luhn: the textbook worked example (Wikipedia, "Luhn algorithm"): 7992739871 -> 3.
    assert _x_forms.luhn_digit("7992739871") == "3"
    # Verhoeff: the worked example in Wikipedia's "Verhoeff algorithm": 236 -> 3 (2363).
    assert _x_forms.verhoeff_digit("236") == "3"
    # IBAN: the example IBAN of ISO 13616 and the ECBS guide, GB82 WEST 1234 5698 7654 32.
    assert _x_forms.iban_digits("GB", "WEST12345698765432") == "82"
    # VIN (49 CFR 565 weights): the worked example 1M8GDM9A?KP042788 -> X (Wikipedia, VIN).
    assert _x_forms.vin_digit("1M8GDM9AXKP042788") == "X"
    # NPI: CMS's check-digit example, 123456789 -> 3 (Luhn with the 80840 prefix).
    assert _x_forms.npi_digit("123456789") == "3"


@settings(max_examples=200, deadline=None)
@given(body=st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_heldout_x_check_digits_agree_with_stdnum(body: str) -> None:
    from stdnum import iban as std_iban
    from stdnum import verhoeff as std_verhoeff

    assert _x_forms.luhn_digit(body) == luhn.calc_check_digit(body)
    assert _x_forms.verhoeff_digit(body) == std_verhoeff.calc_check_digit(body)
    bban = (body * 3)[:18]
    if len(bban) == 18:
        assert std_iban.is_valid("DE" + _x_forms.iban_digits("DE", bban) + bban)


def test_heldout_x_national_numbers_are_valid_for_the_country_written() -> None:
    """Each national number passes the check of the country its form names (python-stdnum),
    20 countries at least; OCR'd numbers, whose look-alike characters break the check, are
    left out."""
    by_id = {t.id: t for t in HELDOUT_X.templates}
    countries: set[str] = set()
    checked = 0
    for d in held_docs(HELDOUT_X):
        forms = {}
        for m in SLOT.finditer(by_id[d.template_id].text):
            if m.group(1) in ("xnat", "xssn") and m.group(3) and m.group(3) != "label":
                forms[m.group(1) + m.group(2)] = m.group(3)
        for e in d.entities:
            if not re.fullmatch(r"x(nat|ssn)\d+", e.slot) or forms.get(e.slot) == "ocr":
                continue
            value = d.value(e)
            form = "us" if e.slot.startswith("xssn") else forms.get(e.slot, "")
            if form.upper() in _x_forms.VALIDATORS:
                valid = _x_forms.VALIDATORS[form.upper()]
                assert valid(value) or valid(value.replace(" ", "")), (d.template_id, e.slot)
                countries.add(form.upper())
            else:
                assert any(v(value) for v in _x_forms.VALIDATORS.values()), d.template_id
            checked += 1
    assert checked >= 60
    assert len(countries) >= 20, sorted(countries)


def test_heldout_x_event_order_holds() -> None:
    """A second ISO event date does not come before the first (the shared check pins the
    days to X_TODAY)."""
    assert _x_forms.X_TODAY == heldout_x_templates.X_TODAY
    ordered = 0
    for d in held_docs(HELDOUT_X):
        days = {
            e.slot: dt.date.fromisoformat(d.value(e))
            for e in d.entities
            if e.kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value(e))
        }
        if "xdate1" in days and "xdate2" in days:
            assert days["xdate1"] <= days["xdate2"], d.template_id
            ordered += 1
    assert ordered >= 5


def test_split_x_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 41; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction

    title = "SPLIT X (DEV-side since session 41)"
    assert eval_redaction.SPLITS["x"] == ("heldout_x_templates", title)
    assert "x" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("x") is HELDOUT_X


# --- Held-out Y ---------------------------------------------------------------------------
# Written in session 40 by a separate author (identity papers, labels, front-desk paper),
# without reading the redactor or any other split's templates; merged unwired; wired into
# the evaluation in session 42, after the redactor was frozen, and run once as held out;
# DEV-side (tuned on) since. Its checks are the shared ones below run on Y
# (HELD_OUT_SECTIONS), and these of its own.

from resources.synthetic.redaction_eval import heldout_y_templates  # noqa: E402
from resources.synthetic.redaction_eval import y_forms as _y_forms  # noqa: E402

HELDOUT_Y = heldout_y_templates.SPLIT


@functools.cache
def _y_schemes() -> tuple[ModuleType, ...]:
    """The stdnum modules of the schemes Y writes, imported once."""
    import importlib

    return tuple(importlib.import_module(f"stdnum.{m}") for m, _ in _y_forms.NATIONAL.values())


def _y_national_valid(value: str) -> bool:
    """A number some country's check accepts: ours, or one of the stdnum schemes Y writes
    (Saudi Arabia's Luhn among them), read back from a scan's look-alike characters."""
    readings = look_alike_readings(value, _y_forms.LOOK_ALIKE)
    return any(country_of(r) or any(s.is_valid(r) for s in _y_schemes()) for r in readings)


HELD_Y = HeldOut(
    HELDOUT_Y,
    "heldout_y_templates",
    range(84400001, 84400401),
    ("ynat",),
    {name.split(" ", 1)[1]: set(slots) for name, slots in _y_forms.SAFE_HARBOR.items()},
    non_latin_people=10,
    extra_checks=(
        ("ynat", _y_national_valid),
        # A voicemail reads a number back word by word.
        ("ytel", lambda v: len(re.sub(r"\D", "", v)) >= 6 or len(v.split()) >= 6),
    ),
    # Not pinned for the shared window check: Y writes expiry dates after Y_TODAY (its own
    # test below pins births, events and expiries to it and reads no clock).
    # Boilerplate with its slots left out, as splits before Y also write it: FHIR JSON
    # members, an X12 claim segment, a mail header, stock field labels of identity papers,
    # payroll, insurance and clinical forms in nine languages.
    common_lines=frozenset(
        {
            '"address": [{"text": ""}]',
            '"name": [{"family": "", "given": [""]}],',
            '"telecom": [{"system": "phone", "value": ""}, {"system": "email", "value": ""}],',
            "ALLERGY: PENICILLIN   FALL RISK",
            "CLM**250***11:B:1*Y*A*Y*Y~",
            "Data de nascimento:    Naturalidade:",
            "Data di nascita:    Luogo:",
            "Date of birth:    Place of birth:",
            "EMS PATIENT CARE REPORT   Incident",
            "Father's/Husband's name:",
            "Geburtsdatum:    Staatsangehörigkeit: siehe Pass",
            "Hausarzt: Dr. med. , Tel.",
            "Kontonummer för utbetalning:",
            "Medewerker:    Personeelsnr.:",
            "Message-ID: @mail.example.net",
            "N° de sécurité sociale :",
            "Pasient:    Fødselsnummer:",
            "Poisťovňa: VšZP   Číslo poistenca:",
            "Provider: , registration",
            "Selfie match:    liveness PASS",
            "Surname:    Forename(s):",
            "Vehicle registration mark:",
        }
    ),
)


def test_heldout_y_slots_are_its_own() -> None:
    """Y's slots are in SLOT_KINDS with y_forms' kinds, none clashes with an older slot
    (equal to it, starting with it, or its start), and its templates write no other."""
    from resources.synthetic.redaction_eval import generator

    assert HELDOUT_Y.name == "heldout_y"
    assert all(t.id.startswith("y-") for t in HELDOUT_Y.templates)
    assert set(generator.Y_SLOTS) == set(_y_forms.Y_KINDS)
    for slot, kind in _y_forms.Y_KINDS.items():
        assert slot.startswith("y")
        assert generator.SLOT_KINDS[slot] == kind
        assert kind in KINDS
    older = [s for s in generator.SLOT_KINDS if s not in generator.Y_SLOTS]
    clashes = [
        (y, o) for y in generator.Y_SLOTS for o in older if y.startswith(o) or o.startswith(y)
    ]
    assert not clashes
    for t in HELDOUT_Y.templates:
        for m in generator.SLOT.finditer(t.text):
            if m.group(1) is not None:
                assert m.group(1) in generator.Y_SLOTS, t.id


def test_heldout_y_width_beyond_the_floor() -> None:
    """More templates and document types than the shared floor, 600 distinct people."""
    assert len(HELDOUT_Y.templates) >= 150
    assert len({t.doc_type for t in HELDOUT_Y.templates}) >= 60


def test_heldout_y_national_numbers_valid() -> None:
    """A national number whose country the template names validates under python-stdnum;
    more than 20 countries with a check digit appear."""
    import importlib

    named = re.compile(r"\{(ynat|yopt)(\d+)\.([a-z]{2})\}")
    no_check = {"US", "DK"}  # SSNs and post-2007 CPR numbers carry no check digit
    countries = set()
    for i, d in enumerate(held_docs(HELDOUT_Y)):
        template = HELDOUT_Y.templates[i % len(HELDOUT_Y.templates)]
        assert template.id == d.template_id
        for m in named.finditer(template.text):
            country = m.group(3).upper()
            module = importlib.import_module(f"stdnum.{_y_forms.NATIONAL[country][0]}")
            values = [d.value(e) for e in d.entities if e.slot == m[1] + m[2]]
            assert values, template.id
            for value in values:
                assert module.is_valid(value), (template.id, country)
            if country not in no_check:
                countries.add(country)
    assert len(countries) >= 20, len(countries)


def test_heldout_y_worked_examples() -> None:
    """Check-digit schemes against published worked examples: ICAO 9303 (the specimen
    passport of Doc 9303 Part 4: fields and composite), Verhoeff, Luhn, Taiwan's national
    ID, ISO 7064 mod 97."""
    from stdnum import verhoeff

    for field_text, digit in _y_forms.WORKED_EXAMPLES["icao_9303"]:
        assert _y_forms.icao_check_digit(field_text) == digit
    composite = "L898902C36" + "7408122" + "1204159" + "ZE184226B<<<<<1"
    assert _y_forms.icao_check_digit(composite) == "0"
    assert _y_forms.icao_check_digit("ZE184226B" + "\u2039" * 5) == "1"  # the OCR'd filler
    assert _y_forms.verhoeff_check("236") == "3" == verhoeff.calc_check_digit("236")
    assert verhoeff.is_valid("2363")
    assert luhn.calc_check_digit("7992739871") == "3"
    for body, digit in _y_forms.WORKED_EXAMPLES["tw_id"]:
        assert _y_forms.tw_id_check(body) == digit
    assert iban_check.is_valid("GB82WEST12345698765432")
    assert not iban_check.is_valid("GB82WEST12345698765433")


def test_heldout_y_mrz_check_digits() -> None:
    """Every TD3 second line Y writes holds correct ICAO 9303 check digits."""
    line2 = re.compile(r"^([0-9A-Z]{9})(\d)([A-Z]{3})(\d{6})(\d)([FM])(\d{6})(\d)(.{14})(.)(\d)$")
    seen = 0
    for d in held_docs(HELDOUT_Y):
        for line in d.text.splitlines():
            m = line2.match(line)
            if not m:
                continue
            cd = _y_forms.icao_check_digit
            assert cd(m[1]) == m[2], d.template_id
            assert cd(m[4]) == m[5], d.template_id
            assert cd(m[7]) == m[8], d.template_id
            body = m[1] + m[2] + m[4] + m[5] + m[7] + m[8] + m[9] + m[10]
            assert cd(body) == m[11], d.template_id
            seen += 1
    assert seen >= 10


def test_heldout_y_td1_check_digits() -> None:
    """Every TD1 card (three lines of 30) Y writes holds correct ICAO 9303 check digits,
    the composite over line 1 from its sixth character and line 2's dates and options."""
    one = re.compile(r"^I[A-Z\u2039][A-Z\u2039]{3}([0-9A-Z]{9})(\d)(.{15})$")
    two = re.compile(r"^(\d{6})(\d)([FM])(\d{6})(\d)[A-Z\u2039]{3}(.{11})(\d)$")
    cd = _y_forms.icao_check_digit
    seen = 0
    for d in held_docs(HELDOUT_Y):
        lines = d.text.splitlines()
        for first, second in itertools.pairwise(lines):
            m1, m2 = one.match(first), two.match(second)
            if not (m1 and m2):
                continue
            assert cd(m1[1]) == m1[2], d.template_id
            assert cd(m2[1]) == m2[2], d.template_id
            assert cd(m2[4]) == m2[5], d.template_id
            body = first[5:30] + m2[1] + m2[2] + m2[4] + m2[5] + m2[6]
            assert cd(body) == m2[7], d.template_id
            seen += 1
    assert seen >= 5


def test_heldout_y_today_pinned() -> None:
    """Dates count from Y_TODAY, never from the clock: births and events before it,
    expiries after it, a document's later date after its earlier one."""
    import random
    from datetime import date
    from pathlib import Path

    from resources.synthetic.redaction_eval.generator import Ctx

    assert date(2026, 11, 20) == _y_forms.Y_TODAY == heldout_y_templates.Y_TODAY
    source = Path(_y_forms.__file__).read_text("utf-8")
    for clock in ("today(", "now(", "date_of_birth(", "date_this", "utcnow", "time.time"):
        assert clock not in source, clock
    y = HELDOUT_Y
    for seed in range(200):
        ctx = Ctx(y, seed, random.Random(seed), "en_US")
        dob = _y_forms.new_date(ctx, "ydob")
        ctx.entities["ydate1"] = first = _y_forms.new_date(ctx, "ydate")
        second = _y_forms.new_date(ctx, "ydate")
        expiry = _y_forms.new_date(ctx, "yexp")
        assert dob.day < first.day <= second.day <= _y_forms.Y_TODAY < expiry.day
    seen = 0
    for d in held_docs(HELDOUT_Y):
        for e in d.entities:
            value = d.text[e.start : e.end]
            if e.kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                day = date.fromisoformat(value)
                if e.slot.rstrip("0123456789") == "yexp":
                    assert day > _y_forms.Y_TODAY, d.template_id
                else:
                    assert date(1930, 1, 1) <= day <= _y_forms.Y_TODAY, d.template_id
                seen += 1
    assert seen >= 30


def test_split_y_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 42; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction

    title = "SPLIT Y (DEV-side since session 42)"
    assert eval_redaction.SPLITS["y"] == ("heldout_y_templates", title)
    assert "y" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("y") is HELDOUT_Y


# --- Held-out Z ---------------------------------------------------------------------------
# Written in session 41 by a separate author (regulated reporting and recorded speech),
# without reading the redactor or any other split's templates; merged unwired; wired into
# the evaluation in session 43, after the redactor was frozen, and run once as held out;
# DEV-side (tuned on) since. Its checks are the shared ones below run on Z
# (HELD_OUT_SECTIONS), and these of its own.

from resources.synthetic.redaction_eval import heldout_z_templates as _z_templates  # noqa: E402
from resources.synthetic.redaction_eval import z_forms as _z_forms  # noqa: E402

HELDOUT_Z = _z_templates.SPLIT


def _z_slot(key: str) -> str:
    return key.rstrip("0123456789")


def _z_spoken_date(value: str) -> bool:
    """A date in digits, or read aloud with its month's name ("the ninth of May")."""
    return any(c.isdigit() for c in value) or any(m in value for m in _z_forms.EN_MONTHS)


HELD_Z = HeldOut(
    HELDOUT_Z,
    "heldout_z_templates",
    range(84410001, 84410401),
    ("znat",),
    {name.split(" ", 1)[1]: set(slots) for name, slots in _z_forms.Z_HIPAA.items()},
    non_latin_people=10,
    extra_checks=(
        # Recorded speech reads a number back word by word (a subtitle may split it between
        # two cues) and a birthday by its month.
        ("ztel", lambda v: len(re.sub(r"\D", "", v)) >= 6 or len(v.split()) >= 4),
        ("zdob", _z_spoken_date),
    ),
    # Boilerplate with its slots left out, as splits before Z also write it: FHIR JSON
    # members, CMS-1500 box captions, an X12 envelope, HL7 segments, a signature line and
    # stock field labels.
    common_lines=frozenset(
        {
            '"address": [{"line": [""], "city": "", "postalCode": ""}],',
            '"name": [{"family": "", "given": [""]}],',
            '"telecom": [{"system": "phone", "value": ""}, {"system": "email", "value": ""}],',
            "2. PATIENT'S NAME (Last, First, MI)",
            "26. PATIENT'S ACCOUNT NO.",
            "Applicant:    Passport:    DOB:",
            "DG1|1||J18.9^Pneumonia, unspecified organism^I10",
            "Electronically signed by , MD on",
            "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER02        "
            "**1200*^*00501*000000905*0*P*:~",
            "Investigator signature:    Date:",
            "NTE|1||Result phoned to  on",
            "N° de sécurité sociale :",
            "Patient/in: , geb. , AHV-Nr.",
            '{"type": {"text": "MRN"}, "value": ""}',
        }
    ),
    today=_z_forms.Z_TODAY,
    clock_free=("z_forms", "heldout_z_templates"),
)


def test_heldout_z_slots_are_its_own() -> None:
    """Z's slots start with "z", none equals or prefixes an older slot, and the generator
    hands every one of them to z_forms with the kind z_forms gives it."""
    from resources.synthetic.redaction_eval.generator import SLOT, SLOT_KINDS, Z_SLOTS

    assert set(_z_forms.Z_KINDS) == set(Z_SLOTS)
    older = [s for s in SLOT_KINDS if s not in Z_SLOTS]
    for slot, kind in _z_forms.Z_KINDS.items():
        assert slot.startswith("z"), slot
        assert SLOT_KINDS[slot] == kind, slot
        clash = [o for o in older if o == slot or o.startswith(slot) or slot.startswith(o)]
        assert not clash, slot
    for t in HELDOUT_Z.templates:
        for m in SLOT.finditer(t.text):
            if m.group(1) is not None:
                assert m.group(1) in Z_SLOTS, t.id


def test_heldout_z_width_beyond_the_floor() -> None:
    """More templates and document types than the shared floor."""
    assert len(HELDOUT_Z.templates) >= 150
    assert len({t.doc_type for t in HELDOUT_Z.templates}) >= 60


def test_heldout_z_is_deterministic() -> None:
    """Same seed, same document: twice in this process, and in a fresh interpreter with
    another hash seed (a draw that hangs on set order would move)."""
    import hashlib
    import os
    import subprocess
    import sys

    from resources.synthetic.redaction_eval.generator import corpus

    first = list(held_docs(HELDOUT_Z))
    assert first == corpus(HELDOUT_Z)
    digest = hashlib.sha256(repr([(d.text, d.entities, d.keep) for d in first]).encode())
    code = (
        "import hashlib\n"
        "from resources.synthetic.redaction_eval.generator import corpus\n"
        "from resources.synthetic.redaction_eval.heldout_z_templates import SPLIT\n"
        "docs = corpus(SPLIT)\n"
        "print(hashlib.sha256(repr([(d.text, d.entities, d.keep) for d in docs]).encode())"
        ".hexdigest())\n"
    )
    env = dict(os.environ, PYTHONHASHSEED="4141")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == digest.hexdigest()


def test_heldout_z_worked_examples() -> None:
    """Z's check-digit schemes against published worked examples, and against stdnum."""
    from stdnum import verhoeff
    from stdnum.us import rtn

    # Luhn (ISO/IEC 7812-1): 7992739871 -> 3.
    assert _z_forms.luhn_digit("7992739871") == "3"
    assert luhn.is_valid("79927398713")
    # IBAN (ISO 13616): GB82 WEST 1234 5698 7654 32.
    assert _z_forms.mod97_check("GB", "WEST12345698765432") == "82"
    assert iban_check.is_valid("GB82WEST12345698765432")
    # Verhoeff: 236 -> 3.
    assert _z_forms.verhoeff_digit("236") == "3"
    assert verhoeff.is_valid("2363")
    # North American VIN check digit (49 CFR 565): 1M8GDM9AXKP042788.
    assert _z_forms.vin_check("1M8GDM9A0KP042788") == "X"
    # ABA routing number: 111000025.
    assert _z_forms.aba_check("11100002") == "5"
    assert rtn.is_valid("111000025")
    for body in ("4111111111111", "1234567", "99999999999"):
        assert _z_forms.luhn_digit(body) == luhn.calc_check_digit(body)
        assert _z_forms.verhoeff_digit(body) == verhoeff.calc_check_digit(body)


def test_heldout_z_card_iban_vin_check_digits() -> None:
    """Cards pass Luhn, IBANs mod 97, VINs their ninth character, in every document."""
    for d in held_docs(HELDOUT_Z):
        for e in d.entities:
            value = d.text[e.start : e.end]
            slot = _z_slot(e.slot)
            if slot == "zcard" and value[0].isdigit():
                assert luhn.is_valid(re.sub(r"\D", "", value)), d.template_id
            if slot == "ziban":
                assert iban_check.is_valid(value), d.template_id
            if slot == "zveh" and len(value) == 17 and re.fullmatch(r"[A-Z0-9]{17}", value):
                assert _z_forms.vin_check(value[:8] + "0" + value[9:]) == value[8], d.template_id


def test_heldout_z_national_numbers() -> None:
    """Every national number passes python-stdnum for the country its template names,
    and Z holds numbers of 20 countries or more."""
    import importlib

    from resources.synthetic.redaction_eval.generator import SLOT

    countries: dict[str, dict[str, str]] = {}
    for t in HELDOUT_Z.templates:
        named: dict[str, str] = {}
        for m in SLOT.finditer(t.text):
            if m.group(1) == "znat":
                key = "znat" + m.group(2)
                named.setdefault(key, (m.group(3) or "").upper())
        countries[t.id] = named
    seen: set[str] = set()
    for d in held_docs(HELDOUT_Z):
        for e in d.entities:
            if _z_slot(e.slot) != "znat":
                continue
            country = countries[d.template_id][e.slot]
            assert country in _z_forms.NAT_MODULES, d.template_id
            module = importlib.import_module("stdnum." + _z_forms.NAT_MODULES[country])
            value = d.text[e.start : e.end]
            if not re.search(r"[a-z]{3}", value):  # spoken forms are read, not checked
                assert module.is_valid(value), (d.template_id, e.slot, country)
                seen.add(country)
    assert len(seen) >= 20, sorted(seen)


def test_heldout_z_ages_agree_with_birth_dates() -> None:
    """Birth dates agree with ages over 89, and a document's later dates follow its first,
    counted back from Z_TODAY (the shared check reads no clock in z_forms)."""
    import random

    from resources.synthetic.redaction_eval.generator import Ctx

    assert dt.date(2026, 11, 27) == _z_forms.Z_TODAY == _z_templates.Z_TODAY
    for seed in range(150):
        ctx = Ctx(HELDOUT_Z, seed, random.Random(seed), "en_US")
        age = _z_forms.new_entity(ctx, "zage", "")
        ctx.entities["zage1"] = age
        dob = _z_forms.new_entity(ctx, "zdob", "")
        born = dt.date.fromisoformat(dob.form("iso"))
        years = (_z_forms.Z_TODAY - born).days / 365.25
        assert int(years) == int(age.form("plain")), seed
        ctx.entities["zdate1"] = first = _z_forms.new_entity(ctx, "zdate", "")
        second = _z_forms.new_entity(ctx, "zdate", "")
        assert first.form("iso") <= second.form("iso") < _z_forms.Z_TODAY.isoformat()


def test_heldout_z_dates_in_slot_order() -> None:
    """Within a document, zdate1 is no later than zdate2 and so on, whatever order the
    text names them in (a letter's date heads it; the events it reports came before)."""
    from resources.synthetic.redaction_eval.generator import SLOT

    parsers = {
        "iso": "%Y-%m-%d",
        "hl7": "%Y%m%d",
        "swift": "%y%m%d",
        "us": "%m/%d/%Y",
        "eu": "%d.%m.%Y",
        "slash": "%d/%m/%Y",
        "long_gb": "%d %B %Y",
        "long_us": "%B %d, %Y",
        "cioms": "%d %b %Y",
        "dmy_mon": "%d-%b-%Y",
    }
    templates = {t.id: t for t in HELDOUT_Z.templates}
    checked = 0
    for d in held_docs(HELDOUT_Z):
        mentions = [
            (m.group(1) + m.group(2), m.group(3) or "")
            for m in SLOT.finditer(templates[d.template_id].text)
            if m.group(1) is not None and m.group(3) != "label"
        ]
        assert len(mentions) == len(d.entities), d.template_id
        days: dict[int, dt.date] = {}
        for (key, form), e in zip(mentions, d.entities, strict=True):
            assert key == e.slot, d.template_id
            if re.fullmatch(r"zdate\d+", key) and form in parsers:
                value = d.text[e.start : e.end]
                day = dt.datetime.strptime(value.title(), parsers[form]).date()
                days.setdefault(int(key[5:]), day)
        ordered = [days[n] for n in sorted(days)]
        assert ordered == sorted(ordered), d.template_id
        checked += len(ordered) > 1
    assert checked >= 50, checked


def test_split_z_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 43; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction
    from resources.synthetic.redaction_eval import heldout_z_templates

    title = "SPLIT Z (DEV-side since session 43)"
    assert eval_redaction.SPLITS["z"] == ("heldout_z_templates", title)
    assert "z" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("z") is heldout_z_templates.SPLIT


# --- Held-out AA ---------------------------------------------------------------------------
# Written in session 42 by a separate author (casework across public services, and the messy
# input people type), without reading the redactor or any other split's templates; merged
# unwired; wired into the evaluation in session 44, after the redactor was frozen, and run
# once as held out; DEV-side (tuned on) since. Its checks are the shared ones below run on AA
# (HELD_OUT_SECTIONS), and these of its own.

import random  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from resources.synthetic.redaction_eval import aa_forms as _aa_forms  # noqa: E402
from resources.synthetic.redaction_eval import generator as _aa_gen  # noqa: E402
from resources.synthetic.redaction_eval import heldout_aa_templates as _aa_mod  # noqa: E402

HELDOUT_AA = _aa_mod.SPLIT
AA_PACKAGE = Path(_aa_gen.__file__).parent


def _aa_national_valid(value: str) -> bool:
    """A number one of AA's schemes accepts; a UK National Insurance number (no check digit)
    by its shape, and a Danish CPR number (no check digit since 2007) by its date."""
    from stdnum.dk import cpr

    bare = re.sub(r"[ .\-/]", "", value)
    if any(ok(value) or ok(bare) for ok in _aa_forms.AA_VALIDATORS.values()):
        return True
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", bare)) or cpr.is_valid(bare)


HELD_AA = HeldOut(
    HELDOUT_AA,
    "heldout_aa_templates",
    range(84420001, 84420401),
    ("aanat",),
    {name.split(" ", 1)[1]: set(slots) for name, slots in _aa_mod.AA_SAFE_HARBOR.items()},
    non_latin_people=10,
    extra_checks=(
        # AA's own schemes (a UK National Insurance number among them), and a caller's number
        # read out word by word in a voicemail transcript.
        ("aanat", lambda v: _aa_national_valid(v)),
        ("aatel", lambda v: len(re.sub(r"\D", "", v)) >= 6 or len(v.split()) >= 4),
    ),
    # Boilerplate with its slots left out, as splits before AA also write it: FHIR JSON
    # members, an X12 claim segment, a mail header, a death and a birth certificate's boxes, a
    # pharmacy label's direction and stock field labels in ten languages.
    common_lines=frozenset(
        {
            '"address": [{"text": ""}],',
            '"identifier": [{"system": "http://ns.electronichealth.net.au/id/medicare-number", '
            '"value": ""},',
            '"name": [{"family": "", "given": [""]}],',
            '"telecom": [{"system": "phone", "value": ""}, {"system": "email", "value": ""}],',
            "1. Date and place of death: ,",
            "4. Date and place of birth: ,",
            "CLM**250***11:B:1*Y*A*Y*Y~",
            "Date of birth:    Contact no.:",
            "Hasta:    T.C. Kimlik No:",
            "Imię i nazwisko:    PESEL:",
            "Message-ID: @mail.example.net",
            "N° de sécurité sociale :",
            "Pacientas: , asmens kodas",
            "Pasient:    Fødselsnummer:",
            "Proszę o udzielenie urlopu wypoczynkowego w dniach od  do .",
            "Surname:    Forename(s):",
            "TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS",
            "Находился на лечении с  по .",
            "Пациент: , дата рождения",
            "תאריך קבלה:    תאריך שחרור:",
        }
    ),
    today=_aa_forms.AA_TODAY,
    clock_free=("aa_forms", "heldout_aa_templates"),
)


def _aa_spans_in_step(doc: LabelledDoc) -> bool:
    """The document's spans name the slots its template writes, in the template's order."""
    template = next(t for t in HELDOUT_AA.templates if t.id == doc.template_id)
    mentions = [
        m.group(1) + m.group(2)
        for m in SLOT.finditer(template.text)
        if m.group(1) is not None and m.group(3) != "label"
    ]
    return mentions == [e.slot for e in doc.entities]


def test_heldout_aa_names_are_its_own() -> None:
    """AA's slots start with "aa" and neither equal nor prefix an older slot; its template
    ids start with "aa-"."""
    mine = {k for k in SLOT_KINDS if k.startswith("aa")}
    assert mine == set(_aa_gen.AA_SLOTS)
    others = [k for k in SLOT_KINDS if k not in mine]
    clashes = sorted(a for a in mine for o in others if a.startswith(o) or o.startswith(a))
    assert not clashes, clashes
    assert HELDOUT_AA.name == "heldout_aa"
    bad = [t.id for t in HELDOUT_AA.templates if not t.id.startswith("aa-")]
    assert not bad, bad
    used = {
        m.group(1)
        for t in HELDOUT_AA.templates
        for m in SLOT.finditer(t.text)
        if m.group(1) is not None
    }
    assert used <= mine, sorted(used - mine)
    check_split(HELDOUT_AA)


def test_heldout_aa_width_beyond_the_floor() -> None:
    """More templates and document types than the shared floor, and national numbers of 20
    countries named by the templates themselves."""
    assert len(HELDOUT_AA.templates) >= 150
    assert len({t.doc_type for t in HELDOUT_AA.templates}) >= 60
    countries = {
        m.group(3).upper()
        for t in HELDOUT_AA.templates
        for m in SLOT.finditer(t.text)
        if m.group(1) == "aanat" and m.group(3) and m.group(3).upper() in _aa_forms.AA_VALIDATORS
    }
    assert len(countries) >= 20, sorted(countries)


def test_heldout_aa_is_deterministic_across_hash_seeds() -> None:
    """Two interpreters with different string-hash seeds render the same documents."""
    import os

    code = (
        "from resources.synthetic.split_hashes import split_hash;"
        "from resources.synthetic.redaction_eval.heldout_aa_templates import SPLIT;"
        "print(split_hash(SPLIT, 80))"
    )
    root = AA_PACKAGE.parents[2]
    hashes = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        hashes.add(out.stdout.strip())
    assert len(hashes) == 1


def test_heldout_aa_spans_follow_the_template() -> None:
    out_of_step = [d.template_id for d in held_docs(HELDOUT_AA) if not _aa_spans_in_step(d)]
    assert not out_of_step, out_of_step[:10]


def test_heldout_aa_check_digits_match_worked_examples() -> None:
    """Published worked examples of each scheme, then the scheme against python-stdnum."""
    from stdnum import iban as std_iban
    from stdnum import luhn as std_luhn
    from stdnum import verhoeff as std_verhoeff
    from stdnum.gb import nhs as std_nhs

    # Luhn: "79927398713" (ISO/IEC 7812-1; the example Wikipedia's article works through).
    assert _aa_forms.luhn_check("7992739871") == "3"
    # Verhoeff: 236 takes the check digit 3 (the worked example of Verhoeff's scheme).
    assert _aa_forms.verhoeff_check("236") == "3"
    # ISO 13616 / ISO 7064 mod 97-10: the IBAN standard's example GB82 WEST 1234 5698 7654 32.
    assert _aa_forms.mod97_check("GB", "WEST12345698765432") == "82"
    # NHS number: the NHS Data Dictionary's example 943 476 5919.
    assert _aa_forms.nhs_check("943476591") == "9"
    # VIN (49 CFR 565): 1M8GDM9AXKP042788, check character X.
    assert _aa_forms.vin_check("1M8GDM9AXKP042788") == "X"
    rng = random.Random(42)
    for _ in range(200):
        body = "".join(str(rng.randrange(10)) for _ in range(rng.randint(5, 18)))
        assert std_luhn.is_valid(body + _aa_forms.luhn_check(body))
        assert std_verhoeff.is_valid(body + _aa_forms.verhoeff_check(body))
        nine = body[:9].rjust(9, "1")
        check = _aa_forms.nhs_check(nine)
        if check:
            assert std_nhs.is_valid(nine + check)
        bban = body.ljust(18, "0")
        assert std_iban.is_valid("DE" + _aa_forms.mod97_check("DE", bban) + bban)
        vin = _aa_forms.vin(rng)
        assert _aa_forms.vin_check(vin) == vin[8]


def test_heldout_aa_national_numbers_pass_stdnum() -> None:
    rng = random.Random(84420042)
    assert len(_aa_forms.AA_VALIDATORS) >= 20
    for country, validate in _aa_forms.AA_VALIDATORS.items():
        entry = _aa_forms.AA_NATIONAL[country]
        for _ in range(25):
            number = entry.draw(rng)
            ok = validate(number) or validate(re.sub(r"[ .\-/]", "", number))
            assert ok, country


def test_heldout_aa_dates_pinned_to_aa_today() -> None:
    """Beyond the shared pinned-day check: more clock calls, and dates written as eight
    digits."""
    assert dt.date(2026, 11, 28) == _aa_forms.AA_TODAY
    assert _aa_mod.AA_TODAY is _aa_forms.AA_TODAY
    source = Path(_aa_forms.__file__).read_text("utf-8")
    for call in ("today(", "now(", "date_of_birth(", "date_between(", "date_time(", "time()"):
        assert call not in source, call
    checked = 0
    lowest = _aa_forms.AA_TODAY - dt.timedelta(days=97 * 366)
    for d in held_docs(HELDOUT_AA):
        for e in d.entities:
            value = d.value(e)
            if e.kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{8}", value):
                day = dt.datetime.strptime(value.replace("-", ""), "%Y%m%d").date()
                assert lowest <= day <= _aa_forms.AA_TODAY, d.template_id
                checked += 1
    assert checked >= 100, checked
    # Every date helper counts back from AA_TODAY: the newest date it can draw is that day.
    rng = random.Random(0)
    assert max(_aa_forms.days_back(rng, 0, 3) for _ in range(50)) == _aa_forms.AA_TODAY


def test_split_aa_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 44; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction

    title = "SPLIT AA (DEV-side since session 44)"
    assert eval_redaction.SPLITS["aa"] == ("heldout_aa_templates", title)
    assert "aa" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("aa") is HELDOUT_AA


# --- Held-out AB ---------------------------------------------------------------------------
# Written in session 43 by a separate author (civil registration, property and inheritance,
# recruitment and telecoms), without reading the redactor or any other split's templates;
# merged unwired; wired into the evaluation in session 45, after the redactor was frozen, and
# run once as held out; DEV-side (tuned on) since. Its checks are the shared ones below run on
# AB (HELD_OUT_SECTIONS), and these of its own.

from stdnum import iban as _ab_iban  # noqa: E402
from stdnum import luhn as _ab_luhn  # noqa: E402
from stdnum import verhoeff as _ab_verhoeff  # noqa: E402
from stdnum.us import ssn as _ab_ssn  # noqa: E402

from resources.synthetic.redaction_eval import ab_forms as _ab_forms  # noqa: E402
from resources.synthetic.redaction_eval import heldout_ab_templates as _ab_mod  # noqa: E402

HELDOUT_AB = _ab_mod.SPLIT


def _ab_luhn_or_masked(value: str) -> bool:
    """A card, IMEI or SIM number passes Luhn; a card on a receipt or statement shows only
    its first six and last four digits."""
    bare = re.sub(r"[ -]", "", value)
    return _ab_luhn.is_valid(bare) or re.fullmatch(r"\d{6}\*{6}\d{4}", bare) is not None


HELD_AB = HeldOut(
    HELDOUT_AB,
    "heldout_ab_templates",
    range(84430001, 84430401),
    ("abnat", "abssn"),
    {name.split(" ", 1)[1]: set(slots) for name, slots in _ab_forms.HIPAA_CLASSES.items()},
    non_latin_people=10,
    extra_checks=(
        ("abssn", _ab_ssn.is_valid),
        ("abcard", _ab_luhn_or_masked),
        ("abimei", _ab_luhn_or_masked),
        ("abiccid", _ab_luhn_or_masked),
    ),
    # Boilerplate with its slots left out, as splits before AB also write it: FHIR Patient
    # members, an HL7 PID segment, and stock field labels in four languages.
    common_lines=frozenset(
        {
            '"address": [{"text": ""}],',
            '"name": [{"family": "", "given": [""]}],',
            '"telecom": [{"system": "phone", "value": ""}, {"system": "email", "value": ""}],',
            "Geburtsdatum:    Geburtsort:",
            "Kontonummer for utbetaling:",
            "Nom :    Prénom :    Matricule :",
            "PID|1||^^^HOSP^MR|||||F|||||||||||",
            "Surname:    Other names:",
            '{"resourceType": "Patient", "id": "",',
        }
    ),
)


def test_heldout_ab_slots_are_its_own() -> None:
    ab = set(_aa_gen.AB_SLOTS)
    for slot in ab:
        assert slot.startswith("ab"), slot
        assert not slot.startswith("abo"), slot
        assert not "abode".startswith(slot), slot
    older = set(SLOT_KINDS) - ab
    clashes = sorted(
        (s, o) for s in ab for o in older if s == o or s.startswith(o) or o.startswith(s)
    )
    assert not clashes, clashes
    used = {m.group(1) for t in HELDOUT_AB.templates for m in SLOT.finditer(t.text)}
    assert used - {None} <= ab, sorted(used - ab - {None})


def test_heldout_ab_width_beyond_the_floor() -> None:
    templates = HELDOUT_AB.templates
    assert len(templates) >= 150, len(templates)
    assert len({t.doc_type for t in templates}) >= 60
    assert {t.doc_type for t in templates} >= ISSUE_DOC_TYPES


def test_heldout_ab_national_numbers_carry_their_countrys_check_digits() -> None:
    """Each national number passes the python-stdnum module of the country its template names
    (the shared check asks only that some country's scheme accepts it)."""
    import importlib

    countries: set[str] = set()
    checked = 0
    for d in held_docs(HELDOUT_AB):
        template = next(t for t in HELDOUT_AB.templates if t.id == d.template_id)
        forms: dict[str, str] = {}
        for m in SLOT.finditer(template.text):
            if m.group(1) == "abnat":
                forms.setdefault("abnat" + m.group(2), m.group(3) or "")
        for e in d.entities:
            if e.slot in forms:
                country = forms[e.slot]
                module = importlib.import_module("stdnum." + _ab_forms.NATIONAL[country][0])
                assert module.is_valid(d.value(e)), (d.template_id, country)
                countries.add(country)
                checked += 1
    assert len(countries) >= 20, sorted(countries)
    assert checked >= 100, checked
    # Every abnat use names its country, so the check above sees every national number.
    for t in HELDOUT_AB.templates:
        for m in SLOT.finditer(t.text):
            if m.group(1) == "abnat":
                assert m.group(3) in _ab_forms.NATIONAL, t.id


def test_heldout_ab_writes_each_value_the_same_way_each_time() -> None:
    """A person is written in many forms; any other value in one, wherever it repeats."""
    for d in held_docs(HELDOUT_AB):
        values: dict[str, str] = {}
        for e in d.entities:
            if e.kind != "PERSON":
                assert values.setdefault(e.slot, d.value(e)) == d.value(e), (d.template_id, e.slot)


def test_heldout_ab_check_digits_match_worked_examples() -> None:
    # Luhn: the worked example 7992739871 -> check digit 3 (ISO/IEC 7812-1 illustrations).
    assert _ab_forms.luhn_digit("7992739871") == "3"
    assert _ab_luhn.calc_check_digit("7992739871") == "3"
    # Verhoeff: 236 -> check digit 3 (Verhoeff's scheme, the common worked example).
    assert _ab_forms.verhoeff_digit("236") == "3"
    assert _ab_verhoeff.is_valid("2363")
    # IBAN: GB82 WEST 1234 5698 7654 32, the ECBS/ISO 13616 example.
    assert _ab_forms.iban_digits("GB", "WEST12345698765432") == "82"
    assert _ab_iban.is_valid("GB82WEST12345698765432")
    # Spanish DNI: 12345678 -> letter Z (12345678 mod 23 = 14).
    assert _ab_forms.dni_letter("12345678") == "Z"


def test_heldout_ab_dates_count_back_from_ab_today() -> None:
    """AB writes births of up to 161 years before its pinned day (old registers), so it keeps
    its own window rather than the shared 96 years."""
    assert dt.date(2026, 12, 4) == _ab_forms.AB_TODAY
    assert _ab_mod.AB_TODAY is _ab_forms.AB_TODAY
    for module in (_ab_forms, _ab_mod):
        source = Path(module.__file__).read_text("utf-8")
        for call in ("today(", "now(", "date_of_birth(", "date_between(", "date_time(", "time()"):
            assert call not in source, (module.__name__, call)
    checked = 0
    for d in held_docs(HELDOUT_AB):
        for e in d.entities:
            value = d.value(e)
            if e.kind == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                day = dt.date.fromisoformat(value)
                assert day <= _ab_forms.AB_TODAY, d.template_id
                assert day >= _ab_forms.AB_TODAY - dt.timedelta(days=161 * 366)
                checked += 1
    assert checked >= 50, checked


def test_split_ab_is_wired_into_the_evaluation_as_dev_side() -> None:
    """Held out and run once in session 45; DEV-side (tuned on) since."""
    from resources.synthetic import eval_redaction

    title = "SPLIT AB (DEV-side since session 45)"
    assert eval_redaction.SPLITS["ab"] == ("heldout_ab_templates", title)
    assert "ab" not in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("ab") is HELDOUT_AB


# --- The shared checks, run on every section above since I ----------------------------------

HELD_OUT_SECTIONS = (
    HeldOut(
        HELDOUT_I,
        "heldout_i_templates",
        I_SEEDS,
        ("ident",),
        I_SAFE_HARBOR_SLOTS,
        frozenset({("refno", "bio"), ("href", "photo"), ("faxno", "us"), ("elder", None)}),
    ),
    HeldOut(
        HELDOUT_J,
        "heldout_j_templates",
        J_SEEDS,
        ("natid", "govno"),
        J_SAFE_HARBOR_SLOTS,
        frozenset({("natid", "us")}),
    ),
    HeldOut(
        HELDOUT_K,
        "heldout_k_templates",
        K_SEEDS,
        ("knat",),
        K_SAFE_HARBOR_SLOTS,
        frozenset({("knat", "us")}),
        non_latin_people=10,
        extra_checks=(("khealth", lambda v: any(ok(v) for ok in k_forms.HEALTH_CHECKS.values())),),
    ),
    HeldOut(
        HELDOUT_L,
        "heldout_l_templates",
        L_SEEDS,
        ("lnat",),
        L_SAFE_HARBOR_SLOTS,
        non_latin_people=10,
    ),
    HeldOut(
        HELDOUT_M,
        "heldout_m_templates",
        M_SEEDS,
        ("mnat",),
        M_SAFE_HARBOR_SLOTS,
        non_latin_people=10,
    ),
    HeldOut(
        HELDOUT_N,
        "heldout_n_templates",
        N_SEEDS,
        ("nnat",),
        N_SAFE_HARBOR_SLOTS,
        non_latin_people=10,
        extra_checks=(
            ("nnat", n_forms.national_valid),  # its own schemes too (NRIC, HKID, ...)
            ("nname", lambda v: sum(c.isdigit() for c in v) <= 1 and v != "None"),  # OCR'd O
            ("nurl", lambda v: v.startswith("https://")),
        ),
    ),
    HeldOut(
        HELDOUT_O,
        "heldout_o_templates",
        O_SEEDS,
        ("onat",),
        O_SAFE_HARBOR_SLOTS,
        non_latin_people=10,
        extra_checks=(
            ("onat", lambda v: bool(o_forms.national_valid(v))),  # its own schemes too
            ("oper", lambda v: sum(c.isdigit() for c in v) <= 1),  # a scan reads O as 0
            ("odate", lambda v: re.search(r"[O\d]", v) is not None),  # a scan reads 0 as O
            ("oage", _o_age_ok),
            ("ourl", lambda v: v.startswith(("https://", "http://"))),
        ),
    ),
    HeldOut(
        HELDOUT_P,
        "heldout_p_templates",
        P_SEEDS,
        ("pnat",),
        P_SAFE_HARBOR_SLOTS,
        non_latin_people=10,
        extra_checks=(
            ("pnat", lambda v: bool(p_forms.national_valid(v))),  # its own schemes too
            ("pper", lambda v: sum(c.isdigit() for c in v) <= 1),  # a scan reads l as 1
            ("pmail", lambda v: re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", v, re.I) is not None),
            ("page", _p_age_ok),
            ("purl", lambda v: v.startswith(("https://", "http://"))),
        ),
    ),
    HELD_Q,
    HELD_R,
    HELD_S,
    HELD_T,
    HELD_U,
    HELD_V,
    HELD_W,
    HELD_X,
    HELD_Y,
    HELD_Z,
    HELD_AA,
    HELD_AB,
)
HELD_OUT_IDS = [h.split.name for h in HELD_OUT_SECTIONS]


@functools.cache
def _held_docs(name: str) -> tuple[LabelledDoc, ...]:
    split = next(h.split for h in HELD_OUT_SECTIONS if h.split.name == name)
    return tuple(corpus(split, 400))


def held_docs(split: Split) -> tuple[LabelledDoc, ...]:
    """A held-out split's 400 documents, rendered once per test run."""
    return _held_docs(split.name)


def value_problem(held: HeldOut, kind: str, slot: str, value: str) -> str:
    """What is wrong with one labelled value (empty: nothing)."""
    import ipaddress

    if not value or value != value.strip() or "{" in value or "[[" in value:
        return "blank, padded or unrendered"
    if "\n" in value and kind not in ("ADDRESS", "PERSON"):  # addresses, wrapped names
        return "spans lines"
    digits = re.sub(r"\D", "", value)
    checks: dict[str, Callable[[], bool]] = {
        "EMAIL": lambda: "@" in value or re.search(r"[\[( ]at[\]) ]", value) is not None,
        "IBAN": lambda: iban_check.is_valid(value),
        "CARD": lambda: luhn.is_valid(digits),
        "IP": lambda: bool(ipaddress.ip_address(value)),
        "MAC": lambda: len(re.sub(r"[^0-9A-Fa-f]", "", value)) == 12,
        "DATE": lambda: bool(digits),
        "PHONE": lambda: len(digits) >= 6,
        "AGE": lambda: not digits or 90 <= int(digits) <= 120,
    }
    if slot.startswith(held.national_slots):
        checks["NATIONAL_ID"] = lambda: bool(country_of(value))
    for prefix, check in held.extra_checks:
        if slot.startswith(prefix):
            checks[kind] = lambda check=check: check(value)  # type: ignore[misc]
    ok = checks.get(kind, lambda: True)
    return "" if ok() else f"not a valid {kind}"


def doc_problems(held: HeldOut, doc: LabelledDoc) -> list[str]:
    """What is wrong with one document, by template id and slot only (never its text)."""
    problems = []
    if RESIDUE.search(doc.text) or UNFILLED.search(doc.text) or "[[" in doc.text:
        problems.append("slot syntax left in the text")
    for e in doc.entities:
        if e.kind not in KINDS or e.kind != SLOT_KINDS[re.sub(r"\d+$", "", e.slot)]:
            problems.append(f"{e.slot} labelled with another slot's kind")
        elif problem := value_problem(held, e.kind, e.slot, doc.value(e)):
            problems.append(f"{e.slot} {problem}")
    spans = sorted((e.start, e.end) for e in doc.entities)
    if any(b[0] < a[1] for a, b in itertools.pairwise(spans)):
        problems.append("overlapping spans")
    if any(any(s < end and start < e for s, e in spans) for start, end in doc.keep):
        problems.append("a kept phrase overlaps an entity")
    return [f"{doc.template_id}: {p}" for p in problems]


@pytest.mark.parametrize("held", HELD_OUT_SECTIONS, ids=HELD_OUT_IDS)
def test_held_out_split_shares_no_seed_or_template_text_with_the_splits_before_it(
    held: HeldOut,
) -> None:
    assert held.split.seeds == held.seeds
    assert_apart(held.split, splits_before(held.module), held.common_lines)


@pytest.mark.parametrize("held", HELD_OUT_SECTIONS, ids=HELD_OUT_IDS)
def test_held_out_split_is_wide_enough(held: HeldOut) -> None:
    docs = held_docs(held.split)
    assert len(docs) == 400
    templates = held.split.templates
    assert len(templates) >= 130
    doc_types = {t.doc_type for t in templates}
    assert len(doc_types) >= 35
    lowered = [t.lower() for t in doc_types]
    missing = [w for w in ISSUE_DOC_TYPES if not any(w.lower() in t for t in lowered)]
    assert not missing, missing
    assert {d.template_id for d in docs} == {t.id for t in templates}
    assert len({d.locale for d in docs}) >= 40
    assert {e.kind for d in docs for e in d.entities} == set(KINDS)
    people = {d.value(e) for d in docs for e in d.entities if e.kind == "PERSON"}
    assert len(people) >= 600
    other_script = [w for w in people if any(ord(c) > 0x370 and c.isalpha() for c in w)]
    assert len(other_script) >= held.non_latin_people
    assert sum(1 for d in docs if d.keep) >= 200
    # National numbers of 20 countries at least (a number two schemes accept counts once).
    ids = [d.value(e) for d in docs for e in d.entities if e.slot.startswith(held.national_slots)]
    assert len({country_of(v) for v in ids} - {""}) >= 20


# I and J (both written in session 24) write angle brackets, which the metric reads as masks;
# every split written since writes none.
BRACKET_FREE = HELD_OUT_SECTIONS[2:]


@pytest.mark.parametrize("held", BRACKET_FREE, ids=[h.split.name for h in BRACKET_FREE])
def test_held_out_split_holds_no_angle_bracket(held: HeldOut) -> None:
    """metrics.py reads "<...>" as a mask: XML is escaped, an MRZ's filler is written "‹"
    and a subtitle cue's arrow is not "-->"."""
    bracketed = [d.template_id for d in held_docs(held.split) if "<" in d.text or ">" in d.text]
    assert not bracketed, bracketed[:5]


@pytest.mark.parametrize("held", HELD_OUT_SECTIONS, ids=HELD_OUT_IDS)
def test_held_out_split_is_deterministic(held: HeldOut) -> None:
    again = corpus(held.split, 60)
    assert [(d.text, d.entities, d.keep) for d in again] == [
        (d.text, d.entities, d.keep) for d in held_docs(held.split)[:60]
    ]


@pytest.mark.parametrize("held", HELD_OUT_SECTIONS, ids=HELD_OUT_IDS)
def test_every_span_of_a_held_out_split_holds_exactly_its_value(held: HeldOut) -> None:
    problems = [p for d in held_docs(held.split) for p in doc_problems(held, d)]
    assert not problems, problems[:10]


@pytest.mark.parametrize("held", HELD_OUT_SECTIONS, ids=HELD_OUT_IDS)
def test_held_out_common_lines_each_stand_in_the_split_and_in_a_split_before_it(
    held: HeldOut,
) -> None:
    """The boilerplate exempted from the apartness check is exactly that, and no more."""
    before = splits_before(held.module)
    earlier = set().union(*(_h_lines(t.text) for s in before for t in s.templates))
    mine = set().union(*(_h_lines(t.text) for t in held.split.templates))
    assert held.common_lines <= mine & earlier


PINNED = [h for h in HELD_OUT_SECTIONS if h.today is not None]


@pytest.mark.parametrize("held", PINNED, ids=[h.split.name for h in PINNED])
def test_held_out_dates_count_back_from_the_pinned_day(held: HeldOut) -> None:
    """No module of the split reads the clock, and every ISO date it writes lies within
    96 years before its pinned day (the sections since T; Q, R and S write some dates
    outside that window, a trip among them, and check their days their own way)."""
    import importlib
    import inspect

    assert held.today is not None
    module = importlib.import_module("resources.synthetic.redaction_eval." + held.module)
    assert module.SPLIT is held.split
    others = [importlib.import_module(f"{module.__package__}.{n}") for n in held.clock_free]
    for other in others:
        source = inspect.getsource(other)
        for clock in ("today()", ".now(", "time.time", "date_of_birth("):
            assert clock not in source, other.__name__
    # The day each module pins (its *_TODAY) is the one the section names.
    pins = {getattr(m, a) for m in (module, *others) for a in dir(m) if a.endswith("_TODAY")}
    assert pins == {held.today}
    iso = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
    seen = 0
    for d in held_docs(held.split):
        for e in d.entities:
            if e.kind == "DATE" and (m := iso.match(d.value(e))):
                day = dt.date(*map(int, m.groups()))
                assert held.today - dt.timedelta(days=365 * 96) <= day <= held.today, d.template_id
                seen += 1
    assert seen >= 40


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(HELD_OUT_SECTIONS),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**4),
)
def test_any_seed_renders_labelled_held_out_documents(held: HeldOut, seed: int, pick: int) -> None:
    template = held.split.templates[pick % len(held.split.templates)]
    doc = render(template, held.split, seed)
    assert not doc_problems(held, doc), template.id
    assert doc.entities, template.id


@pytest.mark.parametrize("held", HELD_OUT_SECTIONS, ids=HELD_OUT_IDS)
def test_held_out_split_writes_every_safe_harbor_class(held: HeldOut) -> None:
    """The 18 identifier classes of HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i))."""
    assert len(held.safe_harbor) == 18
    used = slots_used(held.split)
    missing = [c for c, slots in held.safe_harbor.items() if not slots <= {s for s, _ in used}]
    assert not missing, missing
    assert held.forms <= used, sorted(held.forms - used, key=str)


# --- Held-out AC ---
# Written in session 44 by a separate author: schools, social care, public services and
# logistics. Every module-level name here starts with `_ac_`, `AC_` or `test_..._ac_`.
# Messages name AC's template ids only; no other split's text is ever printed.

_ac_hypothesis = __import__("hypothesis.strategies")

AC_MODULE = "resources.synthetic.redaction_eval.heldout_ac_templates"
AC_FORMS = "resources.synthetic.redaction_eval.ac_forms"
AC_REQUIRED_TYPES = (
    "clinical note",
    "discharge summary",
    "radiology request",
    "insurance claim",
    "KYC review",
    "fraud case",
    "HR leave request",
    "chat transcript",
)
# HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(A)-(R): the AC slots that carry each class.
AC_HIPAA = {
    "A names": ("acname",),
    "B geographic subdivisions smaller than a state": (
        "acaddr",
        "acstreet",
        "actown",
        "acpost",
        "acgeo",
    ),
    "C dates and ages over 89": ("acdate", "acdob", "acage"),
    "D telephone numbers": ("actel",),
    "E fax numbers": ("acfax",),
    "F e-mail addresses": ("acmail",),
    "G social security numbers": ("acssn",),
    "H medical record numbers": ("acmrn",),
    "I health plan beneficiary numbers": ("acben",),
    "J account numbers": ("acbank", "acref", "aciban", "acpan"),
    "K certificate/licence numbers": ("aclic",),
    "L vehicle identifiers and plates": ("acplate", "acvin"),
    "M device identifiers and serials": ("acdev", "acimei", "acrfid"),
    "N URLs": ("acurl",),
    "O IP addresses": ("acip",),
    "P biometric identifiers": ("acbio",),
    "Q full-face photographs": ("acphoto",),
    "R other unique numbers": ("acnat", "acpass", "acinsclaim", "acfile", "acstu", "acwb"),
}
AC_HIPAA_KINDS = {
    "A names": {"PERSON"},
    "D telephone numbers": {"PHONE"},
    "E fax numbers": {"PHONE"},
    "F e-mail addresses": {"EMAIL"},
    "G social security numbers": {"NATIONAL_ID"},
    "N URLs": {"URL"},
    "O IP addresses": {"IP"},
}


def _ac_split():
    import importlib

    return importlib.import_module(AC_MODULE).SPLIT


def _ac_forms():
    import importlib

    return importlib.import_module(AC_FORMS)


_ac_cache: dict = {}


def _ac_corpus():
    if "docs" not in _ac_cache:
        from resources.synthetic.redaction_eval.generator import corpus

        _ac_cache["docs"] = corpus(_ac_split())
    return _ac_cache["docs"]


def _ac_walk(template, doc):
    """Walk a template beside its document: every literal, kept phrase and span in order.

    Returns (slot, form, value) for each span; fails (naming the AC template) when a span
    holds anything but its value or the literals around it moved."""
    from resources.synthetic.redaction_eval.generator import SLOT

    text, pos, cursor = doc.text, 0, 0
    spans = list(doc.entities)
    keeps = list(doc.keep)
    out = []
    for m in SLOT.finditer(template.text):
        literal = template.text[cursor : m.start()]
        assert text.startswith(literal, pos), (template.id, "literal moved")
        pos += len(literal)
        cursor = m.end()
        if m.group(4) is not None:
            start, end = keeps.pop(0)
            assert (start, end) == (pos, pos + len(m.group(4))), (template.id, "kept phrase")
            assert text[start:end] == m.group(4), (template.id, "kept phrase")
            pos = end
            continue
        assert m.group(3) != "label", (template.id, "AC writes no label slots")
        entity = spans.pop(0)
        assert entity.start == pos, (template.id, entity.slot)
        assert entity.slot == m.group(1) + m.group(2), (template.id, entity.slot)
        value = text[entity.start : entity.end]
        assert value, (template.id, entity.slot, "empty")
        assert value == value.strip(), (template.id, entity.slot, "padded")
        assert "\n" not in value, (template.id, entity.slot, "line break")
        out.append((m.group(1), m.group(3) or "", value, entity))
        pos = entity.end
    assert text[pos:] == template.text[cursor:], (template.id, "tail")
    assert not spans, (template.id, "spans left over")
    assert not keeps, (template.id, "kept phrases left over")
    return out


def _ac_check_doc(template, doc):
    from resources.synthetic.redaction_eval.generator import SLOT_KINDS

    assert "<" not in doc.text, (template.id, "no '<' (read as a mask)")
    assert ">" not in doc.text, (template.id, "no '>' (read as a mask)")
    values: dict = {}
    for slot, _form, value, entity in _ac_walk(template, doc):
        assert entity.kind == SLOT_KINDS[slot], (template.id, entity.slot)
        if entity.kind != "PERSON":
            # one entity, one value, wherever the document repeats it
            assert values.setdefault(entity.slot, value) == value, (template.id, entity.slot)


def _ac_other_splits():
    """Every split written before AC, as Split objects only (their text is never printed):
    split_hashes.MODULES is in writing order, and the DEV-side stress sets are older. A split
    written after AC answers for its apartness in its own section."""
    import importlib
    import pathlib

    from resources.synthetic import split_hashes

    base = "resources.synthetic.redaction_eval."
    keys = list(split_hashes.MODULES)
    names = {split_hashes.MODULES[k] for k in keys[: keys.index("ac")]}
    folder = pathlib.Path(importlib.import_module(AC_MODULE).__file__).parent
    names |= {p.stem for p in folder.glob("dev_*templates.py")}
    splits = []
    for name in sorted(names):
        split = getattr(importlib.import_module(base + name), "SPLIT", None)
        if split is not None:
            splits.append(split)
    return splits


def test_heldout_ac_apart_from_every_other_split():
    split = _ac_split()
    others = _ac_other_splits()
    assert len(others) >= 25
    ac_ids = {t.id for t in split.templates}
    assert all(i.startswith("ac-") for i in ac_ids)
    assert len(ac_ids) == len(split.templates)
    seeds = set(split.seeds)
    other_lines = set()
    for other in others:
        assert other.name != split.name
        assert not seeds & set(other.seeds), "AC's seeds overlap another split's"
        clash = sorted(ac_ids & {t.id for t in other.templates})
        assert not clash, clash
        for t in other.templates:
            other_lines |= {line.strip() for line in t.text.splitlines()}
    # Only AC's template ids are reported: the set itself is never shown in a failure.
    shared_ids = sorted(
        {
            t.id
            for t in split.templates
            for line in t.text.splitlines()
            if len(line.strip()) >= 20 and line.strip() in other_lines
        }
    )
    other_lines.clear()
    assert shared_ids == [], "AC templates sharing a line with another split"


def test_heldout_ac_seeds_and_name():
    split = _ac_split()
    assert split.name == "heldout_ac"
    assert split.seeds == range(84440001, 84440401)


def test_heldout_ac_width():
    from resources.synthetic.redaction_eval.kinds import KINDS

    split = _ac_split()
    docs = _ac_corpus()
    assert len(split.templates) >= 150
    types = {t.doc_type for t in split.templates}
    assert len(types) >= 60
    assert set(AC_REQUIRED_TYPES) <= types
    assert {d.template_id for d in docs} == {t.id for t in split.templates}
    assert len({d.locale for d in docs}) >= 40
    assert sum(1 for d in docs if d.keep) >= 200
    assert {e.kind for d in docs for e in d.entities} == set(KINDS)
    people, scripts = set(), set()
    for d in docs:
        longest: dict = {}
        for e in d.entities:
            if e.kind == "PERSON":
                v = d.text[e.start : e.end]
                if len(v) > len(longest.get(e.slot, "")):
                    longest[e.slot] = v
        for v in longest.values():
            people.add(v.casefold())
            if any(ch.isalpha() and not ch.isascii() and _ac_non_latin(ch) for ch in v):
                scripts.add(v)
    assert len(people) >= 600, len(people)
    assert len(scripts) >= 10, len(scripts)


def _ac_non_latin(ch):
    import unicodedata

    return "LATIN" not in unicodedata.name(ch, "LATIN")


def test_heldout_ac_no_slot_clashes():
    from resources.synthetic.redaction_eval import generator

    ours = generator.AC_SLOTS
    assert ours <= set(generator.SLOT_KINDS)
    for slot in ours:
        assert slot.startswith("ac"), slot
        assert not slot.startswith("acc"), slot
        for other in set(generator.SLOT_KINDS) - ours:
            assert not slot.startswith(other), (slot, other)
            assert not other.startswith(slot), (slot, other)


def test_heldout_ac_deterministic():
    from resources.synthetic.redaction_eval.generator import corpus

    split = _ac_split()
    n = len(split.templates)
    assert corpus(split, n) == _ac_corpus()[:n]


def test_heldout_ac_same_under_another_hash_seed():
    import os
    import subprocess
    import sys

    code = (
        "import hashlib;from resources.synthetic.redaction_eval.generator import corpus;"
        f"from {AC_MODULE} import SPLIT;h=hashlib.sha256();"
        "[h.update(repr((d.text,d.entities,d.keep,d.locale)).encode()) for d in corpus(SPLIT,180)];"
        "print(h.hexdigest())"
    )
    import importlib.util
    import pathlib

    root = pathlib.Path(importlib.util.find_spec(AC_MODULE).origin).parents[3]
    outs = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outs.add(
            subprocess.run(
                [sys.executable, "-c", code],
                env=env,
                cwd=root,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
    assert len(outs) == 1


def test_heldout_ac_every_span_holds_its_value():
    split = _ac_split()
    by_id = {t.id: t for t in split.templates}
    for d in _ac_corpus():
        _ac_check_doc(by_id[d.template_id], d)


@_ac_hypothesis.given(
    _ac_hypothesis.strategies.integers(min_value=0, max_value=2**40),
    _ac_hypothesis.strategies.integers(min_value=0, max_value=10_000),
)
@_ac_hypothesis.settings(max_examples=40, deadline=None)
def test_heldout_ac_spans_hold_values_at_any_seed(seed, which):
    from resources.synthetic.redaction_eval.generator import render

    split = _ac_split()
    template = split.templates[which % len(split.templates)]
    _ac_check_doc(template, render(template, split, seed))


def test_heldout_ac_national_numbers_valid():
    import importlib

    forms = _ac_forms()
    split = _ac_split()
    by_id = {t.id: t for t in split.templates}
    countries = set()
    for d in _ac_corpus():
        for slot, form, value, _e in _ac_walk(by_id[d.template_id], d):
            if slot == "acnat":
                module = importlib.import_module("stdnum." + forms.AC_NATIONAL[form][1])
                assert module.is_valid(value), (d.template_id, form)
                countries.add(form)
            elif slot == "acssn":
                assert importlib.import_module("stdnum.us.ssn").is_valid(value), d.template_id
                countries.add("us")
            elif slot == "aciban":
                assert importlib.import_module("stdnum.iban").is_valid(value), d.template_id
            elif slot in ("acpan", "acimei"):
                assert importlib.import_module("stdnum.luhn").is_valid(
                    "".join(ch for ch in value if ch.isdigit())
                ), d.template_id
            elif slot == "acvin":
                assert forms.vin_digit(value) == value[8], d.template_id
    assert len(countries) >= 20, sorted(countries)


@_ac_hypothesis.given(_ac_hypothesis.strategies.integers(min_value=0, max_value=2**40))
@_ac_hypothesis.settings(max_examples=60, deadline=None)
def test_heldout_ac_national_makers_at_any_seed(seed):
    import importlib
    import random

    from resources.synthetic.redaction_eval.generator import Ctx

    forms = _ac_forms()
    for country, (maker, module, _labels) in sorted(forms.AC_NATIONAL.items()):
        ctx = Ctx(_ac_split(), seed, random.Random(seed), "en_GB")
        assert importlib.import_module("stdnum." + module).is_valid(maker(ctx)), country


def test_heldout_ac_worked_examples():
    """Check-digit schemes against examples published with them."""
    from stdnum import iban, iso6346, luhn, verhoeff
    from stdnum.gb import nhs

    forms = _ac_forms()
    # Luhn: the worked example 7992739871 -> 3 (79927398713).
    assert forms.luhn_digit("7992739871") == "3"
    assert luhn.is_valid("79927398713")
    # Verhoeff: 236 -> check digit 3 (2363).
    assert forms.verhoeff_digit("236") == "3"
    assert verhoeff.is_valid("2363")
    # ISO 7064 mod 97-10 as in ISO 13616: GB82 WEST 1234 5698 7654 32 leaves remainder 1.
    assert forms.mod97_remainder("GB82 WEST 1234 5698 7654 32") == 1
    assert iban.is_valid("GB82WEST12345698765432")
    # NHS number: 943 476 591 -> 9 (943 476 5919).
    assert forms.nhs_digit("943476591") == "9"
    assert nhs.is_valid("9434765919")
    # VIN (49 CFR 565): 1M8GDM9AXKP042788 carries check digit X.
    assert forms.vin_digit("1M8GDM9AXKP042788") == "X"
    # ISO 6346 container code: CSQU305438 -> 3.
    assert forms.iso6346_digit("CSQU305438") == "3"
    assert iso6346.is_valid("CSQU3054383")


@_ac_hypothesis.given(
    _ac_hypothesis.strategies.text(alphabet="0123456789", min_size=1, max_size=30)
)
@_ac_hypothesis.settings(max_examples=100, deadline=None)
def test_heldout_ac_schemes_agree_with_stdnum(body):
    from stdnum import luhn, verhoeff

    forms = _ac_forms()
    assert forms.luhn_digit(body) == luhn.calc_check_digit(body)
    assert forms.verhoeff_digit(body) == verhoeff.calc_check_digit(body)


def test_heldout_ac_hipaa_classes():
    split = _ac_split()
    by_id = {t.id: t for t in split.templates}
    seen: dict = {}
    for d in _ac_corpus():
        for slot, _form, _value, e in _ac_walk(by_id[d.template_id], d):
            for cls, slots in AC_HIPAA.items():
                if slot in slots:
                    seen.setdefault(cls, set()).add(d.doc_id)
                    if cls in AC_HIPAA_KINDS:
                        assert e.kind in AC_HIPAA_KINDS[cls], (d.template_id, cls)
    assert len(AC_HIPAA) == 18
    for cls in AC_HIPAA:
        assert len(seen.get(cls, ())) >= 3, cls


def test_heldout_ac_today_pinned():
    import datetime
    import pathlib

    forms = _ac_forms()
    assert datetime.date(2026, 12, 11) == forms.AC_TODAY
    assert _ac_module().AC_TODAY == forms.AC_TODAY
    for path in (pathlib.Path(forms.__file__), pathlib.Path(_ac_module().__file__)):
        source = path.read_text(encoding="utf-8")
        for clock in ("today()", "now(", "time.time", "utcnow"):
            assert clock not in source, (path.name, clock)
    split = _ac_split()
    by_id = {t.id: t for t in split.templates}
    checked = 0
    for d in _ac_corpus():
        for slot, form, value, _e in _ac_walk(by_id[d.template_id], d):
            if slot in ("acdate", "acdob") and form == "iso":
                day = datetime.date.fromisoformat(value)
                assert day < forms.AC_TODAY, d.template_id
                assert day > forms.AC_TODAY - datetime.timedelta(days=93 * 366), d.template_id
                if slot == "acdate":
                    assert forms.AC_TODAY - day <= datetime.timedelta(days=800), d.template_id
                checked += 1
    assert checked >= 10


def _ac_module():
    import importlib

    return importlib.import_module(AC_MODULE)


def test_heldout_ac_is_wired_into_the_evaluation_as_held_out():
    """Wired in session 46, after the redactor was frozen: held out, and the stress run
    (which lists leaks by value) imports nothing of it."""
    import ast
    import importlib
    import importlib.util
    import pathlib

    eval_redaction = importlib.import_module("resources.synthetic.eval_redaction")
    heldout_ac = importlib.import_module("resources.synthetic.redaction_eval.heldout_ac_templates")
    assert eval_redaction.SPLITS["ac"] == ("heldout_ac_templates", "HELD-OUT AC split")
    assert "ac" in eval_redaction.HELD_OUT
    assert eval_redaction.load_split("ac") is heldout_ac.SPLIT
    path = pathlib.Path(importlib.util.find_spec("resources.synthetic.eval_stress").origin)
    stress = path.read_text(encoding="utf-8")
    imported = []
    for node in ast.walk(ast.parse(stress)):
        if isinstance(node, ast.Import):
            imported += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            imported += [node.module or ""] + [a.name for a in node.names]
    assert not any("heldout_ac" in n or "ac_forms" in n for n in imported), "stress imports AC"
    assert "heldout_ac" not in stress, "eval_stress names AC"
    assert "ac_forms" not in stress, "eval_stress names AC"


# --- Held-out AD ---
# Written in session 45 by an author barred from the redactor (resources/synthetic/
# redaction_eval/heldout_ad_templates.py, values in ad_forms.py). Messages name AD's own
# template ids and slots only, never another split's text.

AD_MODULE = "heldout_ad_templates"
AD_SEEDS = range(84450001, 84450401)
AD_ISSUE_WORDS = (
    "clinical note", "discharge summary", "radiology request", "insurance claim",
    "kyc review", "fraud case", "hr leave request", "chat transcript",
)  # fmt: skip
AD_CLOCK_CALLS = ("today(", "now(", "date_of_birth(", "date_between(", "time()")


def _ad_module() -> ModuleType:
    import importlib

    return importlib.import_module("resources.synthetic.redaction_eval." + AD_MODULE)


def _ad_forms() -> ModuleType:
    import importlib

    return importlib.import_module("resources.synthetic.redaction_eval.ad_forms")


def _ad_split() -> Split:
    return _ad_module().SPLIT


@functools.cache
def _ad_docs() -> tuple[LabelledDoc, ...]:
    return tuple(corpus(_ad_split(), 400))


def _ad_held() -> HeldOut:
    mod = _ad_module()
    return HeldOut(
        split=mod.SPLIT,
        module=AD_MODULE,
        seeds=AD_SEEDS,
        national_slots=("adnid", "adssn"),
        safe_harbor={k: set(v) for k, v in mod.AD_SAFE_HARBOR.items()},
        non_latin_people=10,
        today=mod.AD_TODAY,
        clock_free=("ad_forms", AD_MODULE),
    )


def _ad_earlier_splits() -> list[Split]:
    """Every split written before AD (split_hashes.MODULES is in writing order). A split
    written after AD answers for its apartness in its own section."""
    import importlib

    from resources.synthetic import split_hashes

    base = "resources.synthetic.redaction_eval."
    keys = list(split_hashes.MODULES)
    return [
        importlib.import_module(base + split_hashes.MODULES[key]).SPLIT
        for key in keys[: keys.index("ad")]
    ]


def test_ad_slots_are_its_own() -> None:
    from resources.synthetic.redaction_eval import generator

    kinds = generator.AD_KINDS
    assert set(kinds) == set(generator.AD_SLOTS)
    assert {s: SLOT_KINDS[s] for s in kinds} == kinds
    assert set(kinds.values()) <= set(KINDS)
    others = set(SLOT_KINDS) - set(kinds)
    for slot in kinds:
        assert slot.startswith("ad"), slot
        assert not slot.startswith("addr"), slot
        clash = [o for o in others if o.startswith(slot) or slot.startswith(o)]
        assert not clash, slot
        # AD's slots are dispatched before any other split's.
        assert not any(slot in getattr(generator, f"{k}_SLOTS", ()) for k in "GHIJKLMNOPQ")
    used = {slot for slot, _ in slots_used(_ad_split())} - {None}
    assert used <= set(kinds), sorted(used - set(kinds))
    assert used == set(kinds)  # every slot AD registers is written


def test_ad_is_apart_from_every_split_before_it() -> None:
    split = _ad_split()
    assert split.name == "heldout_ad"
    assert split.seeds == AD_SEEDS
    assert all(t.id.startswith("ad-") for t in split.templates)
    assert_apart(split, _ad_earlier_splits())


def test_ad_is_wide_enough() -> None:
    split = _ad_split()
    check_split(split)
    docs = _ad_docs()
    assert len(docs) == 400
    assert len(split.templates) >= 150
    doc_types = {t.doc_type for t in split.templates}
    assert len(doc_types) >= 60
    missing = [w for w in AD_ISSUE_WORDS if not any(w in t.lower() for t in doc_types)]
    assert not missing, missing
    assert {d.template_id for d in docs} == {t.id for t in split.templates}
    assert len({d.locale for d in docs}) >= 40
    assert {e.kind for d in docs for e in d.entities} == set(KINDS)
    people = {d.value(e) for d in docs for e in d.entities if e.kind == "PERSON"}
    assert len(people) >= 600
    other_script = {w for w in people if any(ord(c) > 0x370 and c.isalpha() for c in w)}
    assert len(other_script) >= 10
    # Written with their Latin spelling beside them (one person, two spellings), and alone.
    beside = alone = 0
    for d in docs:
        by_slot: dict[str, list[str]] = {}
        for e in d.entities:
            if e.kind == "PERSON":
                by_slot.setdefault(e.slot, []).append(d.value(e))
        for values in by_slot.values():
            scripts = {any(ord(c) > 0x370 and c.isalpha() for c in v) for v in values}
            if scripts == {True, False}:
                beside += 1
            elif scripts == {True}:
                alone += 1
    assert beside >= 10, beside
    assert alone >= 10, alone
    assert sum(1 for d in docs if d.keep) >= 200


def test_ad_every_document_is_well_formed() -> None:
    held = _ad_held()
    problems = [p for d in _ad_docs() for p in doc_problems(held, d)]
    assert not problems, problems[:10]
    bracketed = [d.template_id for d in _ad_docs() if "<" in d.text or ">" in d.text]
    assert not bracketed, bracketed[:5]
    for d in _ad_docs():
        for e in d.entities:
            assert d.text[e.start : e.end] == d.value(e)
            assert SLOT_KINDS[re.sub(r"\d+$", "", e.slot)] == e.kind, (d.template_id, e.slot)


def test_ad_spans_in_template_order() -> None:
    """Each entity stands where its slot stands: the kinds in the text's order are the
    kinds of the template's slots in order (labels and kept phrases left out)."""
    split = _ad_split()
    for t in split.templates:
        doc = render(t, split, AD_SEEDS[0])
        want = [
            SLOT_KINDS[m.group(1)]
            for m in SLOT.finditer(t.text)
            if m.group(1) is not None and m.group(3) != "label"
        ]
        assert [e.kind for e in doc.entities] == want, t.id
        for start, end in doc.keep:
            assert doc.text[start:end].strip(), t.id


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**9))
def test_ad_any_seed_gives_well_formed_documents(seed: int) -> None:
    split = _ad_split()
    template = split.templates[seed % len(split.templates)]
    doc = render(template, split, seed)
    assert doc == render(template, split, seed)
    assert not doc_problems(_ad_held(), doc)
    assert "<" not in doc.text, template.id
    assert ">" not in doc.text, template.id
    slots = {m.group(1) + m.group(2) for m in SLOT.finditer(template.text) if m.group(1)}
    assert {e.slot for e in doc.entities} <= slots


def test_ad_is_deterministic_under_another_hash_seed() -> None:
    import hashlib
    import os
    import subprocess
    import sys

    def digest(docs: list[LabelledDoc] | tuple[LabelledDoc, ...]) -> str:
        h = hashlib.sha256()
        for d in docs:
            h.update(repr((d.doc_id, d.locale, d.text, d.entities, d.keep)).encode())
        return h.hexdigest()

    split = _ad_split()
    assert corpus(split, 60) == list(_ad_docs()[:60])
    here = digest(_ad_docs())
    code = (
        "import hashlib\n"
        "from resources.synthetic.redaction_eval.generator import corpus\n"
        f"from resources.synthetic.redaction_eval.{AD_MODULE} import SPLIT\n"
        "h = hashlib.sha256()\n"
        "for d in corpus(SPLIT, 400):\n"
        "    h.update(repr((d.doc_id, d.locale, d.text, d.entities, d.keep)).encode())\n"
        "print(h.hexdigest())\n"
    )
    for hash_seed in ("1", "4045"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip().splitlines()[-1] == here, hash_seed


def test_ad_writes_every_safe_harbor_class() -> None:
    mod = _ad_module()
    harbor = mod.AD_SAFE_HARBOR
    assert len(harbor) == 18
    assert [k.split()[0] for k in harbor] == list("ABCDEFGHIJKLMNOPQR")
    assert harbor["A names"] == ("adpn",)
    assert "B geographic subdivisions smaller than a state" in harbor
    assert "R any other unique identifying number, characteristic, or code" in harbor
    used = {slot for slot, _ in slots_used(mod.SPLIT)} - {None}
    labelled = {re.sub(r"\d+$", "", e.slot) for d in _ad_docs() for e in d.entities}
    for cls, slots in harbor.items():
        assert slots, cls
        assert set(slots) <= used, cls
        assert set(slots) <= labelled, cls
        assert all(s in SLOT_KINDS for s in slots), cls


def test_ad_national_numbers_pass_stdnum() -> None:
    import random

    forms = _ad_forms()
    # Every country's drawer yields numbers its python-stdnum module accepts.
    rng = random.Random(84450001)
    for country, (draw, valid, labels) in forms.NATIONAL.items():
        assert labels, country
        for _ in range(40):
            number = draw(rng)
            assert valid(number), country
    assert len(forms.NATIONAL) >= 25
    # In the corpus: every labelled national number is some country's, 25 countries at least.
    values = [
        d.value(e) for d in _ad_docs() for e in d.entities if e.slot.startswith(("adnid", "adssn"))
    ]
    assert values
    assert all(country_of(v) for v in values)
    assert len({country_of(v) for v in values}) >= 25
    # Templates written in one country's conventions write that country's number.
    split = _ad_split()
    for t in split.templates:
        pinned = [m.group(3) for m in SLOT.finditer(t.text) if m.group(1) == "adnid"]
        for form in pinned:
            if form and form.upper() in forms.NATIONAL:
                doc = render(t, split, AD_SEEDS[1])
                nums = [doc.value(e) for e in doc.entities if e.slot.startswith("adnid")]
                assert any(forms.NATIONAL[form.upper()][1](n) for n in nums), t.id


def test_ad_check_digits_match_published_examples_and_stdnum() -> None:
    import random

    from stdnum import verhoeff
    from stdnum.be import nn as be_nn
    from stdnum.br import cpf
    from stdnum.ch import ssn as ch_ssn
    from stdnum.es import dni
    from stdnum.fi import hetu
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.ie import pps
    from stdnum.is_ import kennitala
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.tr import tckimlik

    f = _ad_forms()
    # Luhn: Wikipedia, "Luhn algorithm": account number 7992739871, check digit 3.
    assert f.luhn_digit("7992739871") == "3" == luhn.calc_check_digit("7992739871")
    # Verhoeff: Wikipedia, "Verhoeff algorithm": 236 gives check digit 3 (2363).
    assert f.verhoeff_digit("236") == "3" == verhoeff.calc_check_digit("236")
    # PESEL: Wikipedia, "PESEL": 44051401359 (check digit 9).
    assert f.pesel_digit("4405140135") == "9"
    assert pesel.is_valid("44051401359")
    # BSN: Wikipedia (nl), "Burgerservicenummer", 11-proef: 111222333 passes.
    assert f.bsn_valid("111222333")
    assert bsn.is_valid("111222333")
    assert not f.bsn_valid("111222334")
    assert not bsn.is_valid("111222334")
    # DNI: Spanish Ministry of the Interior's letter table; 12345678 mod 23 = 14 -> Z.
    assert f.dni_letter("12345678") == "Z"
    assert dni.is_valid("12345678Z")
    # NHS number: Wikipedia, "NHS number": 943 476 5919 (check digit 9).
    assert f.nhs_digit("943476591") == "9"
    assert nhs.is_valid("9434765919")
    # HETU: Wikipedia, "National identification number" (Finland): 131052-308T.
    assert f.hetu_char("131052308") == "T"
    assert hetu.is_valid("131052-308T")
    # CPF: Wikipedia (pt), "Cadastro de Pessoas Físicas": 111.444.777-35.
    assert f.cpf_digits("111444777") == "35"
    assert cpf.is_valid("111.444.777-35")
    # T.C. Kimlik No: python-stdnum's documentation for stdnum.tr.tckimlik: 17291716060.
    assert f.tckn_digits("172917160") == "60"
    assert tckimlik.is_valid("17291716060")
    # PPS: python-stdnum's documentation for stdnum.ie.pps: 6433435F.
    assert f.pps_char("6433435") == "F"
    assert pps.is_valid("6433435F")
    # AHV: Wikipedia (de), "Sozialversicherungsnummer" (Schweiz): 756.9217.0769.85.
    assert f.ean_digit("756921707698") == "5"
    assert ch_ssn.is_valid("756.9217.0769.85")
    # NIR: Wikipedia (fr), "Numéro de sécurité sociale en France": 2 55 08 14 168 025 38.
    assert f.mod97_key("2550814168025") == "38"
    assert nir.is_valid("2550814168025 38")
    # Belgian national number: python-stdnum's documentation for stdnum.be.nn: 85073003328.
    assert f.mod97_key("850730033") == "28"
    assert be_nn.is_valid("85.07.30-033 28")
    # Kennitala: Wikipedia, "Kennitala": 120174-3399 (check digit 9).
    assert f.kennitala_digit("12017433") == "9"
    assert kennitala.is_valid("120174-3399")
    # IBAN: Wikipedia, "International Bank Account Number": GB82 WEST 1234 5698 7654 32.
    assert f.iban_digits("GB", "WEST12345698765432") == "82"
    assert iban_check.is_valid("GB82WEST12345698765432")
    # And each agrees with python-stdnum on numbers it never saw.
    rng = random.Random(45)
    for _ in range(300):
        body = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 15)))
        assert f.luhn_digit(body) == luhn.calc_check_digit(body)
        assert f.verhoeff_digit(body) == verhoeff.calc_check_digit(body)
        nine = body.ljust(9, "7")[:9]
        nine = "1" + nine[1:]
        assert f.bsn_valid(nine) == bsn.is_valid(nine)
        assert dni.is_valid(nine[:8] + f.dni_letter(nine[:8]))
        assert cpf.is_valid(nine + f.cpf_digits(nine)) or len(set(nine)) == 1
        assert tckimlik.is_valid(nine + f.tckn_digits(nine))
        assert pps.is_valid(nine[:7] + f.pps_char(nine[:7]))
        ahv = "756" + nine
        assert ch_ssn.is_valid(ahv + f.ean_digit(ahv))
        if check := f.nhs_digit(nine):
            assert nhs.is_valid(nine + check)
        else:
            assert not any(nhs.is_valid(nine + str(d)) for d in range(10))
        pesel_body = "44051401" + nine[:2]
        assert pesel.is_valid(pesel_body + f.pesel_digit(pesel_body))
    for country, draw in f.IBAN_BBAN.items():
        bban = draw(rng)
        digits = f.iban_digits(country, bban)
        assert digits == iban_check.calc_check_digits(f"{country}00{bban}"), country


def test_ad_dates_are_pinned_to_its_day() -> None:
    import datetime as _dt
    import inspect

    mod, forms = _ad_module(), _ad_forms()
    assert mod.AD_TODAY == _dt.date(2026, 12, 19) == forms.AD_TODAY
    for module in (mod, forms):
        source = inspect.getsource(module)
        calls = [c for c in AD_CLOCK_CALLS if c in source]
        assert not calls, (module.__name__, calls)
    # Every date a document carries in digits and a Gregorian year lies in the 96 years
    # before AD_TODAY (other calendars: checked on the day they were drawn from, below).
    year_re = re.compile(r"(?:19|20)\d\d")
    low = mod.AD_TODAY.year - 96
    for d in _ad_docs():
        for e in d.entities:
            if e.kind != "DATE":
                continue
            years = [int(y) for y in year_re.findall(d.value(e))]
            assert all(low <= y <= mod.AD_TODAY.year for y in years[:1]), (d.template_id, e.slot)
    # The drawn days themselves, for both date slots.
    rng_split = mod.SPLIT
    for seed in range(200):
        ctx = Ctx(rng_split, seed, __import__("random").Random(seed), "en_US")
        for slot in ("adwhen", "adborn"):
            day = forms.a_day(ctx, slot)
            assert mod.AD_TODAY - _dt.timedelta(days=96 * 365) <= day < mod.AD_TODAY, slot
    # Ages are over 89 (and so labelled AGE).
    for d in _ad_docs():
        for e in d.entities:
            if e.kind == "AGE":
                digits = re.sub(r"\D", "", d.value(e))
                assert not digits or 90 <= int(digits) <= 104, d.template_id
    # Calendars other than the Gregorian: a worked example each.
    day = _dt.date(2019, 5, 1)
    assert forms.write_date(day, "jp_era") == "令和元年5月1日"  # the first day of Reiwa
    assert forms.write_date(_dt.date(2024, 1, 1), "thai_be") == "1/1/2567"  # BE = CE + 543
    assert forms.write_date(_dt.date(2024, 1, 1), "roc") == "民國113年1月1日"  # ROC = CE - 1911
    assert forms.hijri(_dt.date(2024, 3, 12)) == (1445, 9, 2)  # tabular: 1 Ramadan 1445 = 11 March


def test_ad_is_not_wired() -> None:
    from pathlib import Path

    from resources.synthetic import eval_redaction

    assert "ad" not in eval_redaction.SPLITS
    assert "heldout_ad" not in eval_redaction.SPLITS
    assert all("heldout_ad" not in str(v) for v in eval_redaction.SPLITS.values())
    stress = Path(__file__).resolve().parents[2] / "resources/synthetic/eval_stress.py"
    text = stress.read_text(encoding="utf-8")
    assert "heldout_ad" not in text
    assert "ad_forms" not in text


# --- Held-out AE ---
# Written in session 46 by an author barred from the redactor, its results and every other
# split's templates and value modules. Other splits are read here only as seeds, template
# ids, template lines and slot names (assert_apart); messages name AE's template ids only.


def _ae_split() -> Split:
    from resources.synthetic.redaction_eval import heldout_ae_templates

    return heldout_ae_templates.SPLIT


@functools.cache
def _ae_docs() -> tuple[LabelledDoc, ...]:
    return tuple(corpus(_ae_split()))


def _ae_held() -> HeldOut:
    from resources.synthetic.redaction_eval import ae_forms, heldout_ae_templates

    return HeldOut(
        split=_ae_split(),
        module="heldout_ae_templates",
        seeds=range(84460001, 84460401),
        national_slots=(),
        safe_harbor={k: set(v) for k, v in heldout_ae_templates.AE_SAFE_HARBOR.items()},
        extra_checks=(("aenid", ae_forms.valid_national), ("aessn", ae_forms.valid_national)),
        today=heldout_ae_templates.AE_TODAY,
        clock_free=("ae_forms", "heldout_ae_templates"),
    )


def _ae_digest(docs: tuple[LabelledDoc, ...] | list[LabelledDoc]) -> str:
    import hashlib

    digest = hashlib.sha256()
    for d in docs:
        digest.update(repr((d.doc_id, d.locale, d.text, d.entities, d.keep)).encode())
    return digest.hexdigest()


def _ae_non_latin(value: str) -> bool:
    import unicodedata

    return any(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "") for ch in value)


AE_ISSUE_TYPES = (
    "clinical note", "discharge summary", "radiology request", "insurance claim",
    "kyc review", "fraud case", "hr leave request", "chat transcript",
)  # fmt: skip


def test_ae_slots_are_its_own() -> None:
    from resources.synthetic.redaction_eval import generator

    ae = generator.AE_KINDS
    assert frozenset(ae) == generator.AE_SLOTS
    assert all(generator.SLOT_KINDS[s] == k for s, k in ae.items())
    assert set(ae.values()) == set(KINDS)
    older = set(generator.SLOT_KINDS) - set(ae)
    for s in ae:
        assert s.startswith("ae"), s
        assert not [o for o in older if o.startswith(s) or s.startswith(o)], s
        assert not [o for o in ae if o != s and o.startswith(s)], s
    used = {slot for slot, _ in slots_used(_ae_split()) if slot}
    assert used == set(ae), sorted(set(ae) ^ used)


def test_heldout_ae_is_apart_from_every_earlier_split() -> None:
    import importlib

    from resources.synthetic import split_hashes

    modules = list(split_hashes.MODULES.values())
    assert modules[-1] == "heldout_ae_templates"
    assert modules[-2] == "heldout_ad_templates"
    base = "resources.synthetic.redaction_eval."
    others = [importlib.import_module(base + m).SPLIT for m in modules[:-1]]
    split = _ae_split()
    assert split.name == "heldout_ae"
    assert split.seeds == range(84460001, 84460401)
    assert all(t.id.startswith("ae-") for t in split.templates)
    assert_apart(split, others)


def test_heldout_ae_is_wide_enough() -> None:
    split = _ae_split()
    check_split(split)
    docs = _ae_docs()
    assert len(docs) == 400
    assert len(split.templates) >= 150
    assert len({t.doc_type for t in split.templates}) >= 60
    assert {d.template_id for d in docs} == {t.id for t in split.templates}
    assert len({d.locale for d in docs}) >= 40
    for issue in AE_ISSUE_TYPES:
        assert any(issue in d.doc_type.casefold() for d in docs), issue
    assert {e.kind for d in docs for e in d.entities} == set(KINDS)
    assert sum(bool(d.keep) for d in docs) >= 200
    people: set[str] = set()
    native: set[str] = set()
    for d in docs:
        seen: set[str] = set()
        for e in d.entities:
            if e.kind == "PERSON" and e.slot not in seen:
                seen.add(e.slot)
                people.add(d.value(e).casefold())
            if e.kind == "PERSON" and _ae_non_latin(d.value(e)):
                native.add(d.value(e))
    assert len(people) >= 600, len(people)
    assert len(native) >= 10, len(native)
    # Other-script names with a Latin spelling beside them, and without.
    beside = {t.id for t in split.templates if re.search(r"\{aenative\d\.latin", t.text)}
    alone = {t.id for t in split.templates if "{aenative" in t.text} - beside
    assert len(beside) >= 3, sorted(beside)
    assert len(alone) >= 3, sorted(alone)
    assert not [d.template_id for d in docs if "<" in d.text or ">" in d.text]


def test_heldout_ae_writes_the_forms_real_text_has() -> None:
    forms = {f for s, f in slots_used(_ae_split()) if s in ("aeppl", "aenative")}
    assert {"last_first", "initials", "caps", "lower", "handle", "ocr", "typo"} <= forms
    texts = [t.text for t in _ae_split().templates]
    assert any("&lt;" in t for t in texts)  # XML, escaped
    assert any(t.lstrip().startswith("{") for t in texts)  # JSON
    assert sum(t.count(",") >= 12 and "\n" in t for t in texts) >= 3  # CSV and the like
    assert any("From:" in t and "Subject:" in t for t in texts)  # e-mail headers
    styles = {f for s, f in slots_used(_ae_split()) if s in ("aeday", "aebirth")}
    assert len(styles) >= 15
    assert {"be", "roc", "wa", "words"} <= styles


def test_heldout_ae_is_deterministic() -> None:
    import os
    import subprocess
    import sys

    split = _ae_split()
    assert corpus(split, 40) == corpus(split, 40)
    assert _ae_digest(corpus(split)) == _ae_digest(_ae_docs())
    code = (
        "from resources.synthetic.redaction_eval.heldout_ae_templates import SPLIT\n"
        "from resources.synthetic.redaction_eval.generator import corpus\n"
        "import hashlib\n"
        "h = hashlib.sha256()\n"
        "for d in corpus(SPLIT):\n"
        "    h.update(repr((d.doc_id, d.locale, d.text, d.entities, d.keep)).encode())\n"
        "print(h.hexdigest())\n"
    )
    for hash_seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == _ae_digest(_ae_docs()), hash_seed


def test_every_span_of_heldout_ae_holds_its_value() -> None:
    held = _ae_held()
    problems = [p for d in _ae_docs() for p in doc_problems(held, d)]
    assert not problems, problems[:10]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**9), st.data())
def test_heldout_ae_spans_hold_their_values_for_any_seed(seed: int, data: st.DataObject) -> None:
    split = _ae_split()
    template = data.draw(st.sampled_from(list(split.templates)))
    doc = render(template, split, seed)
    assert not doc_problems(_ae_held(), doc)
    assert render(template, split, seed) == doc


def test_heldout_ae_writes_every_safe_harbor_class() -> None:
    from resources.synthetic.redaction_eval import heldout_ae_templates
    from resources.synthetic.redaction_eval.generator import AE_KINDS

    classes = heldout_ae_templates.AE_SAFE_HARBOR
    assert [k[0] for k in classes] == list("ABCDEFGHIJKLMNOPQR")
    assert set().union(*classes.values()) == set(AE_KINDS)
    labelled = {re.sub(r"\d+$", "", e.slot) for d in _ae_docs() for e in d.entities}
    for name, slots in classes.items():
        assert slots, name
        assert set(slots) <= labelled, name


def test_heldout_ae_national_numbers_pass_stdnum_for_their_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    from resources.synthetic.redaction_eval import ae_forms

    drawn: list[tuple[str, str]] = []
    original = ae_forms.national_number

    def recording(rng: object, scheme: ae_forms.Scheme) -> str:
        value = original(rng, scheme)  # type: ignore[arg-type]
        drawn.append((scheme.country, value))
        return value

    monkeypatch.setattr(ae_forms, "national_number", recording)
    docs = corpus(_ae_split())
    assert _ae_digest(docs) == _ae_digest(_ae_docs())
    for country, value in drawn:
        module = importlib.import_module("stdnum." + ae_forms.BY_COUNTRY[country].module)
        assert module.is_valid(value), country
    assert len({c for c, _ in drawn}) >= 25, sorted({c for c, _ in drawn})
    written = {
        d.value(e) for d in docs for e in d.entities if e.slot.startswith(("aenid", "aessn"))
    }
    assert written <= {v for _, v in drawn}


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=10**9))
def test_heldout_ae_every_scheme_draws_valid_numbers(seed: int) -> None:
    import random

    from resources.synthetic.redaction_eval import ae_forms

    rng = random.Random(seed)
    for scheme in ae_forms.SCHEMES:
        value = ae_forms.national_number(rng, scheme)
        assert scheme.valid(value), scheme.country


def test_ae_check_digits_match_published_worked_examples() -> None:
    from resources.synthetic.redaction_eval import ae_forms

    # Luhn: "7992739871" takes check digit 3 (Wikipedia, "Luhn algorithm", worked example).
    assert ae_forms.luhn_check("7992739871") == "3"
    # Verhoeff: "236" takes check digit 3 (Wikipedia, "Verhoeff algorithm", worked example).
    assert ae_forms.verhoeff_check("236") == "3"
    # Finnish henkilötunnus 131052-308T (Digital and Population Data Services Agency, and
    # Wikipedia "National identification number", Finland): 131052308 mod 31 = 25 -> "T".
    assert ae_forms.hetu_check("131052", "308") == "T"
    # Spanish DNI 12345678Z (Ministerio del Interior, "Cálculo del dígito de control del
    # NIF/NIE"): 12345678 mod 23 = 14 -> "Z".
    assert ae_forms.dni_letter("12345678") == "Z"
    # IBAN GB82 WEST 1234 5698 7654 32 (ECBS/ISO 13616 example, Wikipedia "IBAN").
    assert ae_forms.iban_check("GB", "WEST12345698765432") == "82"


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_ae_check_digits_agree_with_stdnum(body: str) -> None:
    from stdnum import verhoeff
    from stdnum.es import dni
    from stdnum.fi import hetu

    from resources.synthetic.redaction_eval import ae_forms

    assert ae_forms.luhn_check(body) == luhn.calc_check_digit(body)
    assert ae_forms.verhoeff_check(body) == verhoeff.calc_check_digit(body)
    number = body[-8:].rjust(8, "0")
    assert ae_forms.dni_letter(number) == dni.calc_check_digit(number)
    serial = f"{int(body[-3:]) % 898 + 2:03d}"
    value = f"131052-{serial}{ae_forms.hetu_check('131052', serial)}"
    assert hetu.is_valid(value)
    bban = "WEST" + body[-14:].rjust(14, "0")
    assert iban_check.is_valid("GB" + ae_forms.iban_check("GB", bban) + bban)


def test_heldout_ae_dates_are_pinned_to_its_day() -> None:
    import importlib.util
    import pathlib
    import random

    from resources.synthetic.redaction_eval import ae_forms, heldout_ae_templates

    today = dt.date(2026, 12, 27)
    assert heldout_ae_templates.AE_TODAY == ae_forms.AE_TODAY == today
    for name in _ae_held().clock_free:
        spec = importlib.util.find_spec("resources.synthetic.redaction_eval." + name)
        assert spec
        assert spec.origin
        source = pathlib.Path(spec.origin).read_text(encoding="utf-8")
        for word in ("today(", "now(", "date_of_birth(", "date_between(", "time()", "ssn("):
            assert word not in source, (name, word)
    rng = random.Random(5)
    oldest = today - dt.timedelta(days=96 * 365)
    for _ in range(2000):
        assert oldest < ae_forms.birth_day(rng) < today
    for d in _ae_docs():
        for e in d.entities:
            value = d.value(e)
            if e.kind == "AGE":
                digits = re.sub(r"\D", "", value)
                assert not digits or 90 <= int(digits) <= 104, d.template_id
            if e.kind != "DATE":
                continue
            for year in map(int, re.findall(r"(?<!\d)(\d{4})(?!\d)", value)):
                if year > 2400:  # Buddhist era
                    year -= 543
                if 1800 < year < 2400:
                    assert oldest.year <= year <= today.year, (d.template_id, e.slot)


def test_ae_is_not_wired() -> None:
    import pathlib

    from resources.synthetic import eval_redaction

    names = {str(k) for k in eval_redaction.SPLITS}
    assert "heldout_ae" not in names
    assert "ae" not in names
    assert not any("heldout_ae" in repr(v) for v in eval_redaction.SPLITS.values())
    path = pathlib.Path(__file__).resolve().parents[2] / "resources/synthetic/eval_stress.py"
    text = path.read_text(encoding="utf-8")
    assert "heldout_ae" not in text
    assert "ae_forms" not in text
