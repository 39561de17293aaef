"""A value never crosses a cell's edge in a delimited row (RFC 4180 files written with the
";" that decimal-comma locales use, as spreadsheet exports and SEPA/CSV payment files do);
cutting a finding at an edge never unmasks a character of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.redaction.addresses import cell_bounds, cell_edge, cell_edges
from app.redaction.spans import Span
from app.redaction.structured import find_structured, within_cells

# Values made up here in each format's shape: a German street and PLZ, a French IBAN
# (ISO 13616 test number), an amount with a decimal point.
_ROW = "Berger, Anna;Lindenstraße 12, 10115 Berlin;DE89370400440532013000;42.50;Miete"
_HEADER = "Name;Anschrift;IBAN;Betrag;Zweck"


def test_cell_edges_are_glued_semicolons_of_a_row_of_three_cells_or_more() -> None:
    assert cell_edges(_HEADER) == [i for i, c in enumerate(_HEADER) if c == ";"]
    assert cell_edges("Elizastraat 216; 9834AD; Geffen") == []  # a written address's "; "
    assert cell_edges("a;b") == []  # one glued ";" alone is no row
    assert not cell_edge("dose 5 mg;10 mg", 8)


def test_cell_bounds_narrow_a_row_to_the_cell_holding_the_value() -> None:
    start = _ROW.index("10115")
    lo, hi = cell_bounds(_ROW, 0, len(_ROW), start, start + 5)
    assert _ROW[lo:hi] == "Lindenstraße 12, 10115 Berlin"
    text = "Elizastraat 216; 9834AD; Geffen"
    assert cell_bounds(text, 0, len(text), 18, 24) == (0, len(text))


def test_an_address_in_a_row_stays_in_its_cell() -> None:
    text = f"{_HEADER}\n{_ROW}\n"
    addresses = [s for s in find_structured(text) if s.kind == "ADDRESS"]
    assert addresses
    for span in addresses:
        assert ";" not in text[span.start : span.end]
        assert "\n" not in text[span.start : span.end]
    assert any("10115" in text[s.start : s.end] for s in addresses)  # still found


def test_an_iban_in_a_row_stays_in_its_cell() -> None:
    text = f"{_HEADER}\n{_ROW}\n"
    ibans = [s for s in find_structured(text) if s.kind == "IBAN_CODE"]
    assert [text[s.start : s.end] for s in ibans] == ["DE89370400440532013000"]


def test_a_written_address_keeps_its_semicolon_segments() -> None:
    text = "Wohnhaft: Lindenstraße 12; 10115 Berlin"
    addresses = [text[s.start : s.end] for s in find_structured(text) if s.kind == "ADDRESS"]
    assert any("Lindenstraße 12; 10115" in a for a in addresses)


def test_within_cells_cuts_a_finding_at_each_edge() -> None:
    text = "CS-1;Ana Sophia;FR7630006000011234567890189;12.00"
    span = Span(text.index("Ana"), text.index("FR") + 2, "PERSON", "ner", 0.85)
    cut = within_cells(text, [span])
    assert [text[s.start : s.end] for s in cut] == ["Ana Sophia", "FR"]


_CELL = st.text(alphabet="abcXYZ 019,.-", min_size=0, max_size=8)


@settings(max_examples=80, deadline=None)
@given(st.lists(_CELL, min_size=3, max_size=7), st.data())
def test_within_cells_keeps_every_character_but_the_edges(
    cells: list[str], data: st.DataObject
) -> None:
    text = ";".join(cells)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cut = within_cells(text, [Span(start, end, "PERSON", "x", 0.5)])
    edges = set(cell_edges(text))
    covered = {i for s in cut for i in range(s.start, s.end)}
    for i in range(start, end):
        if i not in edges and not text[i].isspace():
            assert i in covered
    assert not covered & edges


def test_the_last_group_of_a_hyphenated_iban_is_no_postcode() -> None:
    # ISO 13616's paper format groups by four; a hyphen after digits joins no town.
    text = "Street 12, Town 4021\n:59:/PL61-1090-1014-0000-0712-1981-2874\n"
    addresses = [text[s.start : s.end] for s in find_structured(text) if s.kind == "ADDRESS"]
    assert all("PL61" not in a for a in addresses)
    assert any("Town 4021" in a for a in addresses)


def test_a_header_cell_may_be_a_compound_number_abbreviation() -> None:
    # German compounds with "Nr." (Nummer): "Kundennr." heads a column like "Kunde Nr.".
    text = '"Name";"Kundennr.";"Anschrift"\n"Vogt, Ilse";"4711";"Am Hang 3, 01067 Dresden"\n'
    persons = [text[s.start : s.end] for s in find_structured(text) if s.kind == "PERSON"]
    assert any("Vogt, Ilse" in p for p in persons)
    prose = "Bitte melden.;Danke sehr.;Ende der Liste.\nVogt;4711;x\n"
    assert not [s for s in find_structured(prose) if s.kind == "PERSON"]


def test_a_labelled_national_drug_code_stays_readable() -> None:
    # FDA NDC shapes (21 CFR 207.35): 4-4-2, 5-3-2, 5-4-1 and the 5-4-2 billing form.
    for code in ("0002-3227-30", "50090-347-01", "00378-1805-1", "00378-1805-10"):
        text = f"Dispensed: atorvastatin 20 mg tablet, NDC {code}, qty 30\n"
        assert not [s for s in find_structured(text) if code in text[s.start : s.end]], code
    text = "Phone 0002-3227-30\n"  # the same digits without the label are still masked
    assert [s for s in find_structured(text) if "0002-3227-30" in text[s.start : s.end]]


def test_a_vcard_content_line_is_no_delimited_row() -> None:
    # RFC 6350's structured values ("N:", "ADR:") part their components with ";".
    assert cell_edges("N:Perreault;Simon;;;\nADR;TYPE=work:;;2875 Laurier;Quebec;QC") == []


def test_a_row_with_a_time_in_a_cell_is_still_a_row() -> None:
    assert cell_edges("AB12;Vogt;12:30;Dresden") == [4, 9, 15]
