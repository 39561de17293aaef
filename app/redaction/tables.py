"""Values under identifying field names in tabular and record text: every cell of a
CSV/TSV/semicolon/pipe (Markdown) table column headed by a field name, and every value of
a JSON / key=value / "key: value" / XML record whose key is one (field_names.py).

- Tables: a header row of two or more short labels, at least one of which names a field
  (a weak one only beside a strong one, so "name,dose,route" stays), then the rows below
  it with as many cells, up to a blank line or a line that is no row. Quoted cells
  (RFC 4180) may hold the delimiter; a row with a cell or two more than its header holds a
  name in parts under the name column ("family<TAB>given" under "name"). A two- or
  three-cell row whose first cell is a field name ("| Surname | Lazo |",
  "DOB<TAB>1950-01-01") masks the cells after it.
- JSON (RFC 8259): a key's string value, list of strings, or number. HL7 FHIR's nested
  elements are read by their container: `value` inside `telecom` is a phone or e-mail,
  inside `identifier` an id; `text`/`family`/`given` inside `name` are a person's;
  `line`/`text` inside `address` are the address.
- key=value pairs (log lines, query strings, XML attributes); "key: value" lines (YAML,
  forms, "Name: ... | DOB: ..." rows, and "key/ value" fields between spaced dashes; YAML's
  blank after the colon is required, so "tel:+44..." stays a URI); XML elements
  `<family>...</family>` and FHIR XML `<family value="..."/>`; generic elements by their
  parent as in JSON (`<text>` inside `<name>`, ISO 20022's `<Nm>` inside `<Dbtr>`/`<Cdtr>`).

Weak keys ("name", "given", "id"...) count only when the same text has a strong key in
one of these forms. Gated on the text's words before any regex runs. Pure Python.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import ADDRESS, FIELD_WORDS, PLACE, VEHICLE, field_kind
from app.redaction.field_names import words as header_words
from app.redaction.place_columns import site_columns, town_cell
from app.redaction.place_fields import compound_words
from app.redaction.prescriber_columns import prescriber_columns
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

_RULE: Final = "field_value"
_SCORE: Final = 0.9
_DELIMITERS: Final = ("\t", "|", ";", ",")
_MAX_LABEL: Final = 40
_MAX_VALUE: Final = 120
_MAX_HEADER: Final = 2000  # a header row of fifty columns; longer lines are prose
_MAX_FIXED_HEADER: Final = 400  # a fixed-width report's header (a printed page is ~130)

# A string value may hold one line break where a viewer wrapped minified JSON at its
# width ("Mehran Hashemi\n"); RFC 8259 strings hold none of their own.
# FHIR containers: the kind of a generic key ("value", "text", "line") inside them.
_CONTAINERS: Final = {
    "telecom": "PHONE_NUMBER",
    "identifier": "RECORD_NUMBER",
    "name": "PERSON",
    "address": "ADDRESS",
}
_GENERIC_KEYS: Final = frozenset({"value", "text", "line", "family", "given"})
# FHIR R4 elements of type Reference whose target is a person (Patient, RelatedPerson,
# Practitioner): the `display` of such a reference is that person's name
# (Coverage.beneficiary/subscriber/policyHolder, Encounter.participant.individual,
# Observation.performer, ServiceRequest.requester, AllergyIntolerance.recorder/asserter,
# Patient.generalPractitioner, ImagingStudy.referrer, DiagnosticReport.resultsInterpreter).
_FHIR_PERSON_REFERENCES: Final = frozenset(
    {
        "patient",
        "subject",
        "beneficiary",
        "subscriber",
        "policyholder",
        "individual",
        "practitioner",
        "performer",
        "requester",
        "recorder",
        "asserter",
        "author",
        "enterer",
        "informant",
        "referrer",
        "resultsinterpreter",
        "generalpractitioner",
    }
)
_JSON_VALUE = fast_regex.compile(
    r"""(?P<q>["'])(?P<key>[^"'\n]{1,60})(?P=q)\s*:\s*"""
    r"""(?:(?P<v>"(?:[^"\\\n]|\\.){1,300}(?:\n(?:[^"\\\n]|\\.){0,300})?"|'[^'\n]{1,300}'"""
    r"""|-?\d[\d.\-]{0,40}(?![\w.]))"""
    r"""|(?P<list>\[\s*(?:"(?:[^"\\\n]|\\.){0,300}"\s*,?\s*)+\]))"""
)
_LIST_ITEM = fast_regex.compile(r'"((?:[^"\\\n]|\\.)*)"')
# key=value and "key: value" are found from their "=" and ":" (few in a text, and the
# engine finds a literal fast), then the key is read back from there and the value on.
_EQUALS = fast_regex.compile(r"=")
_KEY_BEFORE_EQUALS = fast_regex.compile(r"(?<![\w.\-])(?P<key>[^\W\d][\w.\-]{0,40})[ \t]*$")
_EQUALS_VALUE = fast_regex.compile(
    r"""[ \t]*(?:"(?P<dq>[^"\n]{1,300})"|'(?P<sq>[^'\n]{1,300})'"""
    r"""|(?P<bare>[^\s&;,"'<>=][^&;,\n"'<>=]*?))"""
    r"""(?=[ \t]+[^\W\d][\w.\-]{0,40}[ \t]*=|[&;,\n"'<>]|[ \t]*$)"""
)
_BLANKS = fast_regex.compile(r"[ \t]*")
_KEY_BEFORE_COLON = fast_regex.compile(
    r"(?m)(?:^[ \t]*(?:-[ \t]+)?|[|\t;\u3000][ \t]*|[ ]{2}[ \t]*)"
    r"(?P<key>[^\W\d][^\n:|;\t=\"'\u3000]{0,38}?)[ \t]*$"
)
_COLON_VALUE = fast_regex.compile(r"[^\s|;\t{\[\u3000](?:[^\n|;\t\u3000 ]| (?! ))*")
# What ends a "key: value" value before its line does: a sentence ("DOB: 3 March 1950.
# Seen today."; a digit, a closing bracket or quote or a word of three letters before the
# stop, so "Dr." and initials do not), a gap of two blanks or an ideographic space (the
# next field of a form line: "Passport: X123   Nationality: ..."), or a comma before a
# lower-case word ("Name: JACQUET Adèle, né(e) le ...").
_VALUE_END = fast_regex.compile(
    r"(?:(?<=\w{3})|(?<=\d)|(?<=[)\]\"'»”]))(?P<sentence>[.!?]+)(?=\s)"
    r"|(?=[ \t]{2,}|\u3000)"
    r"|(?P<clause>,)(?=[ \t]*\p{Ll})"
)
_XML_ELEMENT = fast_regex.compile(
    r"<(?P<key>[A-Za-z][\w.\-]{0,40})(?:\s+value=\"(?P<attr>[^\"\n]{1,300})\"\s*/>"
    r"|>(?P<text>[^<>\n]{1,300})</(?P=key)>)"
)
# A remark in lower case in brackets after a name: a relation or a role, not the name.
_REMARK_AFTER = fast_regex.compile(r"[ \t]*\([\p{Ll} \t'’-]{1,30}\)[ \t]*$")
_NOT_VALUES: Final = frozenset({"true", "false", "null", "none", "n/a", "na", "-", "—", "?"})


def find_field_values(text: str, words: set[str]) -> list[Span]:
    """Values under identifying field names in `text` (`words`: its folded letter runs,
    see letter_runs.text_words)."""
    if words.isdisjoint(FIELD_WORDS) and not compound_words(words):
        return []
    found = _Found(text)
    _records(text, found)
    _tables(text, found)
    return found.strong + found.weak if found.strong else []


@dataclass
class _Found:
    """Values found so far: under strong keys, and under weak ones (kept only beside a
    strong one)."""

    text: str
    strong: list[Span] = field(default_factory=list)
    weak: list[Span] = field(default_factory=list)

    def add(self, start: int, end: int, kind: str, is_strong: bool) -> None:
        """A value span, trimmed of blanks and quotes, unless it holds nothing identifying."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in "\"'`"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "\"'`,"):
            end -= 1
        if kind == "PERSON" and (remark := _REMARK_AFTER.search(text, start, end)):
            end = remark.start()  # "Isaac Muhammad (brother)": the relation stays readable
        value = text[start:end]
        if end - start > _MAX_VALUE or value.casefold() in _NOT_VALUES:
            return
        if not any(c.isalnum() for c in value) or (value[0] in "([" and value[-1] in ")]"):
            return  # "(not given)", "[redacted]": a remark, not a value
        if kind == PLACE and (
            any(c.isdigit() for c in value) or text[end : end + 2].lstrip(" ")[:1].isdigit()
        ):
            kind = ADDRESS  # "Einsatzort: Hauptstr. 5, 10115 Berlin": a place with a number
        (self.strong if is_strong else self.weak).append(Span(start, end, kind, _RULE, _SCORE))


def _records(text: str, out: _Found) -> None:
    if ":" in text and ('":' in text or "':" in text or '" :' in text):
        _json(text, out)
    if "=" in text:
        for eq in _EQUALS.finditer(text):
            key = _KEY_BEFORE_EQUALS.search(text, max(0, eq.start() - 44), eq.start())
            found = field_kind(key.group("key")) if key is not None else None
            m = _EQUALS_VALUE.match(text, eq.end()) if found is not None else None
            if found is not None and m is not None:
                group = "dq" if m.group("dq") else "sq" if m.group("sq") else "bare"
                out.add(m.start(group), m.end(group), *found)
    if ":" in text or "：" in text:
        for colon in _positions(text, ":"):
            blanks = _BLANKS.match(text, colon + 1)
            if blanks is not None and blanks.end() > colon + 1:  # "key: value", not "tel:+1"
                _colon_value(text, colon, blanks.end(), out)
        for colon in _positions(text, "："):
            _colon_value(text, colon, _BLANKS.match(text, colon + 1).end(), out)
    if "/ " in text:
        for slash in _positions(text, "/ "):
            _slash_value(text, slash, out)
    if "</" in text or "/>" in text:
        _xml_elements(text, out)


def _xml_elements(text: str, out: _Found) -> None:
    for m in _XML_ELEMENT.finditer(text):
        found = field_kind(m.group("key"))
        if m.group("key").casefold() in _XML_GENERIC_KEYS:
            container = _xml_container(text, m.start())
            if container in _XML_CONTAINERS:
                found = (_XML_CONTAINERS[container], True)
            elif _NAME_PARTS.match(text, m.end()) or _NAME_PARTS_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                found = ("PERSON", True)  # <given> beside <family>: a name in any element
        if found is not None:
            group = "attr" if m.group("attr") is not None else "text"
            out.add(m.start(group), m.end(group), *found)


def xml_element_values(text: str) -> list[Span]:
    """The values of the XML elements of `text` alone, read as `find_field_values` reads
    them (`escaped_xml.py` hands it XML whose brackets were written as entities)."""
    found = _Found(text)
    _xml_elements(text, found)
    return found.strong + found.weak if found.strong else []


def _positions(text: str, char: str) -> Iterator[int]:
    """Where `char` stands in `text` (str.find: a regex character class is slower)."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def _colon_value(text: str, colon: int, after: int, out: _Found) -> None:
    """The value after a "key: " whose key names a field, up to its end (see _VALUE_END)."""
    line_start = text.rfind("\n", 0, colon) + 1
    key = _KEY_BEFORE_COLON.search(text, max(line_start, colon - 48), colon)
    found = field_kind(key.group("key")) if key is not None else None
    if found is not None and text.startswith("[", after):
        _flow_items(text, after, found, out)
        return
    m = _COLON_VALUE.match(text, after) if found is not None else None
    if found is None or m is None:
        return
    end = m.end()
    stop = _VALUE_END.search(text, m.start(), end)
    while stop is not None and stop.group("clause") is not None and found[0] == ADDRESS:
        stop = _VALUE_END.search(text, stop.start() + 1, end)  # "12 Rue X, bât. B"
    if stop is not None:
        end = stop.start() + (1 if stop.group("sentence") is not None else 0)
    if found[0] == "PERSON" and "," in text[m.start() : end]:
        end = _before_next_label(text, m.start(), end)
    if len(text[m.start() : end].split()) <= 8:
        out.add(m.start(), end, *found)


# A form filled in on one line with a slash after each label and a spaced dash between the
# fields ("NOM DE NAISSANCE/ DURAND -- prénom usuel/ Ginette"): the label right before
# the slash, no blank between them ("Surname / Nom" pairs two captions; "and/or", "Name/DOB"
# have no blank after), and its value up to the next field's dash.
_KEY_BEFORE_SLASH = fast_regex.compile(
    r"(?:^[ \t]*|[|\t;][ \t]*|[ ]{2}[ \t]*|(?:--|—|–)[ \t]+)"
    r"(?P<key>[^\W\d][^\n:|;\t=\"'/]{0,38}?)\Z"
)
_FIELD_DASH = fast_regex.compile(r"[ \t]+(?:--|—|–)[ \t]")


def _slash_value(text: str, slash: int, out: _Found) -> None:
    if not text[slash - 1 : slash].isalpha():
        return  # "Surname / Nom": two captions
    line_start = text.rfind("\n", 0, slash) + 1
    key = _KEY_BEFORE_SLASH.search(text, max(line_start, slash - 48), slash)
    found = field_kind(key.group("key")) if key is not None else None
    after = _BLANKS.match(text, slash + 1)
    m = _COLON_VALUE.match(text, after.end()) if found is not None and after else None
    if found is None or m is None:
        return
    dash = _FIELD_DASH.search(text, m.start(), m.end())
    end = dash.start() if dash is not None else m.end()
    if end > m.start() and len(text[m.start() : end].split()) <= 6:
        out.add(m.start(), end, *found)


# A YAML flow sequence of scalars on one line (YAML 1.2 section 7.4.1: "given: [Ann, Eva]",
# '["Ann"]'), as FHIR resources written in YAML hold HumanName.given and Address.line.
_FLOW_SEQUENCE = fast_regex.compile(r"\[(?P<items>[^\[\]{}\n]{1,200})\]")
_FLOW_ITEM = fast_regex.compile(r"[^,]+")


def _flow_items(text: str, after: int, found: tuple[str, bool], out: _Found) -> None:
    """Each item of the flow sequence at `after` as a value of the key's kind."""
    m = _FLOW_SEQUENCE.match(text, after)
    if m is None:
        return
    for item in _FLOW_ITEM.finditer(text, m.start("items"), m.end("items")):
        out.add(item.start(), item.end(), *found)


# A comma and a word after a name: the next field's label when it names another kind of
# field ("Asiakas: Kazim Mourib, HETU 111125A4210", "Name: Ana Ruiz, DOB 01/02/1950").
_COMMA_WORD = fast_regex.compile(r",[ \t]*(?P<word>[^\W\d_][\w.'’-]{0,30})")


def _before_next_label(text: str, start: int, end: int) -> int:
    """Where a person's value ends: at a comma before another field's label, or `end`."""
    for comma in _COMMA_WORD.finditer(text, start, end):
        kind = field_kind(comma.group("word"))
        if kind is not None and kind[0] != "PERSON":
            return int(comma.start())
    return end


def _json(text: str, out: _Found) -> None:
    for m in _JSON_VALUE.finditer(text):
        key = m.group("key")
        found = field_kind(key)
        if key.casefold() in _GENERIC_KEYS:
            container = _container(text, m.start())
            if container in _CONTAINERS:
                found = (_CONTAINERS[container], True)
        elif key == "display" and _container(text, m.start()) in _FHIR_PERSON_REFERENCES:
            found = ("PERSON", True)
        if found is None:
            continue
        if m.group("list") is not None:
            for item in _LIST_ITEM.finditer(text, m.start("list"), m.end("list")):
                out.add(item.start(1), item.end(1), *found)
        else:
            out.add(m.start("v"), m.end("v"), *found)


# XML elements read by their parent as in JSON: FHIR XML's `<text value="..."/>` inside
# `<name>`, and ISO 20022's party name `<Nm>` inside a debtor, creditor or initiating
# party (pain.001, pacs.008: `<Dbtr><Nm>...</Nm>`).
_XML_CONTAINERS: Final = {
    **_CONTAINERS,
    **dict.fromkeys(("dbtr", "cdtr", "ultmtdbtr", "ultmtcdtr", "initgpty"), "PERSON"),
}
_XML_GENERIC_KEYS: Final = _GENERIC_KEYS | {"nm"}
# A given name's element beside a family name's (HL7 v3's and FHIR's XML parts of a
# person's name, in whatever element holds them: assignedPerson, player1, assignedEntity).
_NAME_PARTS = fast_regex.compile(r"(?i)\s*<(?:family|given)>")
_NAME_PARTS_BEFORE = fast_regex.compile(r"(?i)</(?:family|given)>\s*\Z")
_XML_TAG = fast_regex.compile(r"<(?P<close>/)?(?P<tag>[A-Za-z][\w.\-]{0,40})[^<>]*?(?P<empty>/)?>")


def _xml_container(text: str, at: int) -> str | None:
    """The tag of the innermost XML element open at `at` (within 600 characters)."""
    stack: list[str] = []
    for m in _XML_TAG.finditer(text, max(0, at - 600), at):
        if m.group("close"):
            if m.group("tag") in stack:
                del stack[len(stack) - 1 - stack[::-1].index(m.group("tag")) :]
        elif not m.group("empty"):
            stack.append(m.group("tag"))
    return stack[-1].casefold() if stack else None


_KEY_BEFORE = fast_regex.compile(r'"([^"\n]{1,40})"\s*:\s*$')


def _container(text: str, at: int) -> str | None:
    """The key of the innermost JSON object or array holding position `at` that has a key
    ("telecom" for `"telecom": [{"system": "phone", "value": ...}]`), within 600 chars."""
    depth = 0
    for i in range(at - 1, max(-1, at - 600), -1):
        c = text[i]
        if c in "}]":
            depth += 1
        elif c in "{[":
            if depth:
                depth -= 1
                continue
            key = _KEY_BEFORE.search(text, max(0, i - 48), i)
            if key is not None:
                return str(key.group(1)).casefold()
    return None


def cells_of(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a delimited line; double-quoted cells may hold the
    delimiter (RFC 4180)."""
    cells: list[tuple[int, int]] = []
    start = 0
    if '"' not in line:  # the common case, without a loop over the characters
        for part in line.split(delimiter):
            cells.append((start, start + len(part)))
            start += len(part) + 1
        return cells
    quoted = False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == delimiter and not quoted:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    return cells


# A header cell may be one abbreviated word ("Huom.", "Tel.", "Geb.", "Anm.") or one
# compound ending in the abbreviation of "number" (German "-nr.": "Versichertennr.",
# "Kundennr."); a cell of several words ending in a full stop is a sentence, and its line
# prose.
_ABBREVIATION = fast_regex.compile(r"[^\W\d_]{1,6}\.|[^\W\d_]{2,24}(?i:nr|no)\.")
# A DICOM data element's tag (PS3.5 7.1: "(gggg,eeee)", as dcmdump and DICOM browsers print
# it) opens the line: its comma joins group and element, it parts no cells.
_DICOM_TAG = fast_regex.compile(r"[ \t]*\(?[0-9A-Fa-f]{4},[ ]?[0-9A-Fa-f]{4}\)?")
# A value written in the cell: a label holds no date or number of four digits or more
# ("DOB 08/08/18; previous GP ...": a line of two fields, not a header).
_VALUE_DIGITS = fast_regex.compile(r"\d(?:[\d/.:-]*\d){3}")


# A fleet log's or trip export's "vehicle" column beside a VIN or plate column holds the
# vehicle's registration or fleet number. (A "Vehicle: Toyota Corolla" line names a model:
# tables only.)
_VEHICLE_HEADERS: Final = frozenset(
    word_list("vehicle veh fahrzeug véhicule vehicule vehículo veículo veicolo voertuig pojazd")
)


def _vehicle_columns(
    cells: list[str], kinds: list[tuple[str, bool] | None]
) -> list[tuple[str, bool] | None]:
    if (VEHICLE, True) not in kinds:
        return kinds
    return [
        (VEHICLE, True) if k is None and _vehicle_header(c) else k
        for c, k in zip(cells, kinds, strict=True)
    ]


def _vehicle_header(cell: str) -> bool:
    tokens = header_words(cell)
    return bool(tokens) and tokens[-1] in _VEHICLE_HEADERS


def _header(line: str) -> tuple[str, list[tuple[str, bool] | None]] | None:
    """(delimiter, kind of each column) when `line` is a header row naming a field."""
    if len(line) > _MAX_HEADER:
        return None
    for delimiter in _DELIMITERS:
        if delimiter not in line or (delimiter == "," and _DICOM_TAG.match(line)):
            continue
        cells = [line[a:b].strip().strip("\"'") for a, b in cells_of(line, delimiter)]
        labels = [c for c in cells if c]
        if len(labels) < 2 or any(
            len(c) > _MAX_LABEL
            or (c.endswith(".") and not _ABBREVIATION.fullmatch(c))
            or len(c.split()) > 4
            # (a value in a bar or tab row is a label row's: "| DOB | 1950-01-01 |")
            or (delimiter in ";," and _VALUE_DIGITS.search(c))
            for c in labels
        ):
            return None
        kinds = _vehicle_columns(cells, [field_kind(c) if c else None for c in cells])
        kinds = prescriber_columns(cells, kinds)
        persons = sum(1 for k in kinds if k is not None and k[0] == "PERSON")
        if persons >= 2 or any(k is not None and k[1] for k in kinds):
            return delimiter, kinds  # "family,given": two name parts need no other field
        return None
    return None


def header_row(line: str) -> tuple[str, list[bool]] | None:
    """(delimiter, whether each cell names a field) when `line` is a table's header row
    naming a field (see `_header`), else None."""
    found = _header(line)
    if found is None:
        return None
    return found[0], [k is not None for k in found[1]]


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    at = 0
    for line in text.split("\n"):
        out.append((at, line.rstrip("\r")))
        at += len(line) + 1
    return out


def _tables(text: str, out: _Found) -> None:
    lines = _lines(text)
    i = 0
    while i < len(lines):
        at, line = lines[i]
        found = _header(line) if any(d in line for d in _DELIMITERS) else None
        if found is None and "  " in line:
            i = _fixed_width(text, lines, i, out)
            continue
        if found is None:
            _label_row(text, at, line, out)
            i += 1
            continue
        delimiter, kinds = found
        following = lines[i + 1][1] if i + 1 < len(lines) else ""
        if delimiter in "|\t" and _is_label_row(kinds) and not _SEPARATOR_ROW.match(following):
            _label_row(text, at, line, out)  # "| Surname | Lazo |": no header
            i += 1
            continue
        sites = site_columns([line[a:b] for a, b in cells_of(line, delimiter)])
        i += 1
        while i < len(lines):
            at, line = lines[i]
            # A quoted cell may hold line breaks (RFC 4180 2.6: "7 Main St\nRD 4"): the
            # record runs on until its quotes close.
            if not line.strip() or (delimiter not in line and not line.count('"') % 2):
                break
            if line.count('"') % 2:
                line, i = _quoted_record(text, lines, i, delimiter, len(kinds))
            cells = cells_of(line, delimiter)
            for (a, b), kind in _aligned(cells, kinds):
                if kind is not None:
                    out.add(at + a, at + b, kind[0], True)
            if sites and len(cells) == len(kinds):  # a "location"/"site" cell naming a town
                for c in sites:
                    a, b = cells[c]
                    if kinds[c] is None and town_cell(line[a:b]):
                        out.add(at + a, at + b, PLACE, True)
            i += 1


def _quoted_record(
    text: str, lines: list[tuple[int, str]], i: int, delimiter: str, width: int
) -> tuple[str, int]:
    """The record that opens on line `i` and runs on until its quotes close, and the
    index of its last line; line `i` alone when the record so read has not the header's
    `width` of cells (a stray quote, an inch mark: the lines stay rows of their own)."""
    at, line = lines[i]
    j = i
    while line.count('"') % 2 and j + 1 < len(lines) and len(line) < _MAX_HEADER:
        j += 1
        line = text[at : lines[j][0] + len(lines[j][1])]
    if line.count('"') % 2 == 0 and len(cells_of(line, delimiter)) == width:
        return line, j
    return lines[i][1], i


_MAX_NAME_PARTS: Final = 3


def _aligned(
    cells: list[tuple[int, int]], kinds: list[tuple[str, bool] | None]
) -> list[tuple[tuple[int, int], tuple[str, bool] | None]]:
    """Each cell of a row with the kind of its column. A row with one or two cells more
    than its header whose header has a name column holds the name in parts (an export
    that writes "family<TAB>given" under "name"): the name's cells are the first name
    column's, the cells after them the columns after it. Other rows of another length
    are no row of this table."""
    extra = len(cells) - len(kinds)
    if extra == 0:
        return list(zip(cells, kinds, strict=True))
    if not 0 < extra < _MAX_NAME_PARTS:
        return []
    name = next((i for i, k in enumerate(kinds) if k is not None and k[0] == "PERSON"), None)
    if name is None:
        return []
    spread = [*kinds[:name], *[kinds[name]] * (extra + 1), *kinds[name + 1 :]]
    return list(zip(cells, spread, strict=True))


# One or two capitalised name words, a cell of a name split in two (names.py reads a "name"
# column's rows so too).
NAME_CELL = fast_regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[ ]\p{Lu}[\p{L}\p{M}'’-]{1,30})?")


_FIXED_CELL = fast_regex.compile(r"\S+(?: \S+)*")


def _fixed_width(text: str, lines: list[tuple[int, str]], i: int, out: _Found) -> int:
    """A fixed-width report: a header of three or more short labels two blanks apart,
    one naming a field, over rows whose cells start where the labels start. Returns the
    index of the next line to read."""
    at, line = lines[i]
    if len(line) > _MAX_FIXED_HEADER:
        return i + 1
    labels = [(m.start(), m.group()) for m in _FIXED_CELL.finditer(line)]
    if len(labels) < 3 or any(
        len(c) > _MAX_LABEL or ":" in c or len(c.split()) > 4 for _, c in labels
    ):
        return i + 1
    kinds = [field_kind(c) for _, c in labels]
    persons = sum(1 for k in kinds if k is not None and k[0] == "PERSON")
    if persons < 2 and not any(k is not None and k[1] for k in kinds):
        return i + 1
    starts = {start: kind for (start, _), kind in zip(labels, kinds, strict=True)}
    # rows whose blanks drifted are read cell by cell only under a header of words ("BED
    # NAME CONS EDD"); "Protocol X-221   Site 014   Subject ID 516-1466" is a form's line
    drift = not any(c.isdigit() for _, label in labels for c in label)
    i += 1
    while i < len(lines) and lines[i][1].strip():
        at, row = lines[i]
        if _SEPARATOR_ROW.match(row):
            i += 1
            continue
        cells = [(m.start(), m.end()) for m in _FIXED_CELL.finditer(row)]
        keys = [next((x for x in (a, a - 1, a + 1) if x in starts), None) for a, _ in cells]
        if (
            drift
            and len(cells) == len(kinds)
            and keys[0] is not None
            and _names_under(row, cells, kinds)
        ):
            column = kinds  # a board copied by hand: cell for label, the blanks drifted
        elif len(cells) < 2 or None in keys:
            break  # not aligned under the header: prose again
        else:
            column = [starts[k] for k in keys if k is not None]
        for (a, b), kind in zip(cells, column, strict=True):
            if kind is not None:
                out.add(at + a, at + b, kind[0], True)
        i += 1
    return i


_SEPARATOR_ROW = fast_regex.compile(r"^[ \t|:+\-=]*-[ \t|:+\-=]*$")


def _names_under(
    row: str, cells: list[tuple[int, int]], kinds: list[tuple[str, bool] | None]
) -> bool:
    """Every cell of a row under a person column has a name's shape (`NAME_CELL`): a
    row of prose under "Name  Address  Notes" ("Seen today.") is none of the board's."""
    return all(
        NAME_CELL.fullmatch(row[a:b]) is not None
        for (a, b), kind in zip(cells, kinds, strict=True)
        if kind is not None and kind[0] == "PERSON"
    )


def _is_label_row(kinds: list[tuple[str, bool] | None]) -> bool:
    """A row of a label and its value(s): two or three cells, only the first a field."""
    named = [k is not None for k in kinds]
    return 2 <= len(kinds) <= 4 and named.count(True) == 1 and named.index(True) in (0, 1)


def _label_row(text: str, at: int, line: str, out: _Found) -> None:
    """A "| Surname | Lazo |" or "DOB<TAB>value" row: the cells after a field-name cell."""
    for delimiter in ("|", "\t"):
        if delimiter not in line:
            continue
        cells = [(a, b) for a, b in cells_of(line, delimiter) if line[a:b].strip()]
        if not 2 <= len(cells) <= 3:
            return
        label = line[cells[0][0] : cells[0][1]].strip().rstrip(":")
        found = field_kind(label) if len(label) <= _MAX_LABEL else None
        if found is not None:
            for a, b in cells[1:]:
                out.add(at + a, at + b, *found)
        return
