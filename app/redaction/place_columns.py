"""A table's "location" or "site" column, read as a town where its cell holds one: an
asset register's "location" ("ward;type;serial;mac;assigned_to;location" over "...;
Roskilde"), a trial's randomisation list's "site" ("subject,site,dob" over "...,Östersund,
..."). Those headers name a room, a ward or a study centre's number as often as a town, so
`field_names` lists them nowhere: a column counts only in a table that names an identifying
field already (`tables._header`), and a cell only when it reads as a town's name
(capitalised words, no digit, no ward or building word). Pure Python.
"""

from __future__ import annotations

from typing import Final

from app.redaction.field_names import words as header_words
from app.redaction.wordtrie import word_list

# Header words for where something is or was ("location", "site", "standort", "lieu",
# "sede", "ubicación", "localização", "locatie", "lokalizacja", "sijainti", "plats").
_SITE_HEADERS: Final = frozenset(
    word_list(
        """
        location site standort lieu emplacement sede ubicación ubicacion localización
        localizacion localização localizacao locatie lokalizacja sijainti plats placering
        """
    )
)
# Qualifiers a site header may carry ("study site", "current location", "site name").
_SITE_QUALIFIERS: Final = frozenset(
    word_list("study trial current last home device asset patient name city town")
)
# Particles town names hold ("San Nicolás de los Garza", "Bad Tölz", "Saint-Malo").
_PARTICLES: Final = frozenset(
    word_list("de del de la di da do dos das du des la le les los las el am an der upon on sur")
)
# Words of a room, a ward, a building or a store: a cell holding one is no town.
_NOT_TOWN_WORDS: Final = frozenset(
    word_list(
        """
        ward wards room rooms bay bed floor level wing block building unit units theatre
        theatres icu hdu ccu nicu picu ed er a&e lab labs laboratory pharmacy store stores
        storage stock warehouse depot office offices clinic clinics department dept suite
        north south east west main central home remote onsite offsite site campus annex
        basement ground upper lower outpatients inpatients reception radiology endoscopy
        dialysis maternity oncology cardiology surgery recovery isolation station desk
        cupboard cabinet shelf locker van ambulance vehicle unknown n/a none tbd tbc pending
        other various multiple all
        """
    )
)
_MAX_WORDS: Final = 5


def site_columns(header_cells: list[str]) -> list[int]:
    """Indices of the header cells that name a location or site column."""
    out = []
    for i, cell in enumerate(header_cells):
        tokens = header_words(cell)
        if not tokens or len(tokens) > 2:
            continue
        if any(t in _SITE_HEADERS for t in tokens) and all(
            t in _SITE_HEADERS or t in _SITE_QUALIFIERS for t in tokens
        ):
            out.append(i)
    return out


def town_cell(value: str) -> bool:
    """Whether a cell reads as a town's name: capitalised words (particles between them),
    no digit, no word of a room, ward or building."""
    value = value.strip().strip("\"'").strip()
    if not value or any(c.isdigit() for c in value) or len(value) > 60:
        return False
    parts = value.replace("-", " ").split()
    if len(parts) > _MAX_WORDS:
        return False
    for i, part in enumerate(parts):
        word = part.strip(".,'’()")
        if not word:
            return False
        if word.casefold() in _NOT_TOWN_WORDS:
            return False
        if i and word.casefold() in _PARTICLES:
            continue
        letters = [c for c in word if c.isalpha()]
        if not letters or not letters[0].isupper():
            return False
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return False  # "ICU", "MRI": an acronym, not a town
    return True
