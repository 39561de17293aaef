"""Coordinates in the notations `addresses.COORDINATES` does not read, and Open Location
Codes (Google's "plus codes"). Safe Harbor removes every geographic unit smaller than a
state; a position is one. Pure `regex`.

- decimal degrees with the hemisphere letter after or before ("12.3456N 7.8900W",
  "12.3456° N 7.89° E", "N 12.3456 W 7.89", "S33.8688 E151.2093"), separated by blanks
  only (addresses.py reads those with a comma, a semicolon or a slash);
- degrees, minutes and seconds with the letter first ("N 40° 26′ 46″ W 79° 58′ 56″"),
  or with colons or d/m/s letters ("40:26:46N 79:58:56W", "40d26m46sN");
- decimal degrees as a signed pair with no letters ("-41.093990,-115.420429", "44.42472,
  -158.30130", "51.5072 -0.1276"), the form GPS exports, EXIF readers and map links write
  (ISO 6709's decimal form, latitude first): both numbers with four decimals or more (a
  position to about ten metres; measurements rarely carry so many), the latitude within
  ±90 and the longitude within ±180, no unit after them, and not both below one (a pair of
  ratios or an interval "0.8123, 0.9345" is no place anyone lives);
- degrees and decimal minutes (ISO 6709's DDM, NMEA and aviation logs): "46°29.265'S,
  13°04.339'E", "S 46°29.265' E 13°04.339'", the minute mark optional after the decimals;
  signed degree-minute(-second) pairs with no letters ("-33°52'07.7\", 151°12'33.5\"");
  the seconds marked with two apostrophes (''); NMEA 0183's "4629.265,S,01304.339,E";
- a pair after its labels, in a query string or prose: "lat=-46.071227&lon=-51.921226",
  "latitude: 51.50 / longitude: -0.12", "mlat=.../mlon=..." (OpenStreetMap), "Breite"/
  "Länge"; a pair after a map link's key ("?q=51.5072,-0.1276", "&ll=", "center=",
  "destination=", "#map=15/51.50/-0.12") or after a coordinates label ("GPS: 51.50,
  -0.12", "Lat/Long 51.50 -0.12", "coordenadas: ..."), two decimals enough there; and
  the geo URI of RFC 5870 ("geo:48.2010,16.3695,183;u=40", integers allowed);
- grid references after their label (MGRS, UTM, the Ordnance Survey national grid), and
  MGRS and UTM references with no label, by their grid zone and 100 km square;
  what3words addresses ("///filled.count.soap");
- plus codes: a full code ("8FVC9G8F+6X", "8FVC9G00+", 8 characters of the OLC alphabet
  "23456789CFGHJMPQRVWX", a "+", 0 or 2-3 more) anywhere, a short one ("9G8F+6X") with a
  letter in it, the locality after it going with it ("9G8F+6X Zürich, Switzerland").
"""

from __future__ import annotations

import re
from typing import Any, Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

Match = Any  # a `regex` match (the module has no type stubs)

KIND: Final = "COORDINATES"

_DEC_LAT = r"\d{1,2}[.,]\d{2,8}"
_DEC_LON = r"\d{1,3}[.,]\d{2,8}"
# The degree sign, or what is typed for it: the masculine ordinal "º" and the ring "˚"
# (keyboards without "°"), or the word ("64.89871deg N", "12.5 degrees S", ICAO and
# maritime logs' "deg").
_DEG = r"(?:\s?(?:[°º˚]|(?i:deg(?:rees?|s)?)\.?))?"
# One latitude-longitude pair with its hemisphere letters after or before the numbers.
DECIMAL_WITH_HEMISPHERE = fast_regex.compile(
    rf"(?<![\w.,])(?:{_DEC_LAT}{_DEG}\s?[NS]\s{{0,3}}[,;/]?\s{{0,3}}{_DEC_LON}{_DEG}\s?[EWO]"
    rf"|[NS]\s?{_DEC_LAT}{_DEG}\s{{0,3}}[,;/]?\s{{0,3}}[EWO]\s?{_DEC_LON}{_DEG})"
    # (a full stop may end the sentence after it: "... collided at 24.43235N 99.21664E.")
    r"(?![\w]|[.,]\d)"
)
_DMS = (
    r"\d{1,3}\s?(?:[°º˚]|deg|d|:)\s?\d{1,2}\s?(?:['′’m]|:)\s?"
    r"(?:\d{1,2}(?:[.,]\d{1,4})?\s?(?:[\"″”s]|'')?)?"
)
DMS = fast_regex.compile(
    rf"(?<![\w.])(?:[NS]\s?{_DMS}\s{{0,3}}[,;/]?\s{{0,3}}[EWO]\s?{_DMS}"
    rf"|{_DMS}\s?[NS]\s{{0,3}}[,;/]?\s{{0,3}}{_DMS}\s?[EWO])(?![\w])"
)
# Degrees and decimal minutes (the degree sign required, the minute mark optional after the
# decimals), and degree-minute(-second) values as above with the degree sign: a pair with
# hemisphere letters after or before, or signed with no letters.
_DDM = r"\d{1,3}\s?[°º˚]\s?\d{1,2}[.,]\d{1,5}\s?['′’]?"
_DMS_SIGN = r"\d{1,3}\s?[°º˚]\s?\d{1,2}\s?['′’]\s?(?:\d{1,2}(?:[.,]\d{1,4})?\s?(?:''|[\"″”]))?"
_DEG_MIN = rf"(?:{_DDM}|{_DMS_SIGN})"
_LAT_WORD = r"(?:(?i:lat(?:itude|itud)?|breite)\.?\s?[:=]?\s{0,2})"
_LON_WORD = r"(?:(?i:lon(?:g(?:itude|itud)?)?|lng|länge)\.?\s?[:=]?\s{0,2})"
_PAIR_GAP = rf"\s{{0,3}}[,;/]?\s{{0,3}}{_LON_WORD}?"
DEGREE_MINUTES = fast_regex.compile(
    rf"(?<![\w.,]){_LAT_WORD}?(?:{_DEG_MIN}\s?[NS]{_PAIR_GAP}{_DEG_MIN}\s?[EWO]"
    rf"|[NS]\s?{_DEG_MIN}{_PAIR_GAP}[EWO]\s?{_DEG_MIN}"
    rf"|[-+−]?{_DEG_MIN}\s{{0,3}}[,;/]\s{{0,3}}[-+−]?{_DEG_MIN})(?![\w]|[.,]\d)"
)
# NMEA 0183 (GGA, RMC, GLL): latitude ddmm.mmmm, its letter, longitude dddmm.mmmm, its letter.
NMEA = fast_regex.compile(r"(?<![\w.])\d{4}\.\d{1,6},[NS],\d{5}\.\d{1,6},[EW](?![\w])")
_SIGNED = "[-+−]?"
# A latitude and a longitude each after its label, in prose, a form or a query string.
LABELLED_PAIR = fast_regex.compile(
    rf"(?<![\w])(?i:m?lat(?:itude|itud)?|breite)\.?\s?[:=]?\s{{0,2}}{_SIGNED}\d{{1,2}}\.\d{{1,10}}"
    r"(?:\s?°)?(?:\s?[NS](?![\w]))?"
    r"(?:\s{0,3}(?:&amp;|[,;&/|])\s{0,3}|\s{1,3})"
    rf"(?i:m?lon(?:g(?:itude|itud)?)?|lng|länge)\.?\s?[:=]?\s{{0,2}}{_SIGNED}\d{{1,3}}(?:\.\d{{1,10}})?"
    r"(?:\s?°)?(?:\s?[EWO](?![\w]))?(?![\w]|\.\d)"
)
# A pair after a map link's key or a coordinates label: the value only (the key stays).
_PAIR_KEYS = (
    r"(?<![\w-])(?:(?i:q|ll|sll|query|center|centre|destination|origin|daddr|saddr|latlng|"
    r"latlon|coords?|position|point|loc)=|#map=\d{1,2}/"
    r"|(?i:gps|coordinates|co-ordinates|coords?|lat\s?[/,]\s?long?|lat\s?/\s?lng|latlong|"
    r"lat-long|latlng|location|koordinaten|coordonnées|coordenadas|coordinate|koordinater|"
    r"koordinaatit|współrzędne|souřadnice)(?:\s?\([^)\n]{0,15}\))?\s{0,2}[:=]?\s{0,3})"
)
KEYED_PAIR = fast_regex.compile(
    rf"{_PAIR_KEYS}(?P<lat>{_SIGNED}\d{{1,2}}\.\d{{2,10}})"
    r"(?:\s{0,2}(?:[,;/]|%2C|%2c)\s{0,2}|\s{1,2})"
    rf"(?P<lon>{_SIGNED}\d{{1,3}}\.\d{{2,10}})(?![\w°%]|[.,]\d)"
)
# RFC 5870: "geo:" latitude, longitude, an optional altitude, then ";crs=", ";u=" and others.
GEO_URI = fast_regex.compile(
    r"(?<![\w])(?i:geo):[-+]?\d{1,2}(?:\.\d{1,10})?,[-+]?\d{1,3}(?:\.\d{1,10})?"
    r"(?:,[-+]?\d{1,5}(?:\.\d{1,6})?)?(?:;[\w-]{1,10}=[\w.-]{1,20}){0,4}"
)
# Grid references after their label: MGRS ("MGRS 33T WN 00000 49776", NATO STANAG 2211),
# UTM ("UTM 33T 500000mE 4649776mN"), the Ordnance Survey's national grid ("Grid ref SU
# 387 147", "NGR TQ 3000 8000"), or after a positioning label ("GPS: TQ 30080 80722").
_MGRS = r"\d{1,2}[C-HJ-NP-X][ ]?[A-HJ-NP-Z]{2}[ ]?(?:\d{5}[ ]?\d{5}|\d{4}[ ]?\d{4}|\d{3}[ ]?\d{3})"
_UTM = (
    r"\d{1,2}[ ]?[C-HJ-NP-X]?[ ]{1,2}\d{6}(?:\.\d{1,3})?[ ]?(?:m[ ]?)?E?,?[ ]{1,2}"
    r"\d{7}(?:\.\d{1,3})?(?:[ ]?m)?(?:[ ]?N)?"
)
_OS_GRID = r"[HJNOST][A-HJ-Z][ ]?(?:\d{5}[ ]?\d{5}|\d{4}[ ]?\d{4}|\d{3}[ ]?\d{3}|\d{2}[ ]?\d{2})"
GRID_REFERENCE = fast_regex.compile(
    r"(?<![\w])(?i:mgrs|utm|grid[ ]?ref(?:erence)?\.?|os[ ]grid(?:[ ]ref\.?)?|ngr|usng|gps|"
    r"position)"
    r"(?:[ ]?\([^)\n]{0,12}\))?[ ]?[:#=]?[ ]{0,3}"
    rf"(?P<value>{_MGRS}|{_UTM}|{_OS_GRID})(?![\w])"
)
_GRID_WORDS: Final = ("mgrs", "utm", "grid", "ngr", "usng", "gps", "position")
# MGRS and USNG references with no label: the grid zone (a UTM zone 1-60, a latitude band
# C-X without I and O), the 100 km square (a column letter from the zone's set: A-H in
# zones 1, 4, 7 ..., J-R in 2, 5, 8 ..., S-Z in 3, 6, 9 ...; a row letter A-V, no I or O),
# then an easting and a northing of the same number of digits (NATO STANAG 2211; the US
# National Grid, FGDC-STD-011-2001). With no label the digits are written apart ("14U KD
# 38293 61194", "18S UJ 234 064") or as the eight or ten of a full reference.
MGRS_UNLABELLED = fast_regex.compile(
    r"(?<![\w.,/:-])(?P<zone>\d{1,2})[C-HJ-NP-X][ ]?(?P<col>[A-HJ-NP-Z])[A-HJ-NP-V][ ]?"
    r"(?:(?P<e>\d{3,5})[ ](?P<n>\d{3,5})|(?P<en>\d{8}|\d{10}))(?![\w/-]|[.,]\d|[ ]\d)"
)
_MGRS_COLUMNS: Final = ("STUVWXYZ", "ABCDEFGH", "JKLMNPQR")  # by zone modulo 3
# UTM with no label: the zone and band, a six-digit easting, a seven-digit northing, the
# metre letters optional ("33T 512345 4678901", "33T 512345mE 4678901mN").
UTM_UNLABELLED = fast_regex.compile(
    r"(?<![\w.,/:-])(?:0?[1-9]|[1-5]\d|60)[C-HJ-NP-X][ ]{1,2}[1-9]\d{5}(?:[ ]?mE|[ ]?m[ ]?E)?,?"
    r"[ ]{1,2}\d{7}(?:[ ]?mN|[ ]?m[ ]?N)?(?![\w/-]|[.,]\d|[ ]\d)"
)
# (the band letter and what follows it, with `re`: a character class leading the pattern
# is the fastest scan of a text that holds no reference)
_GRID_SHAPE_HINT = re.compile(r"[C-HJ-NP-X](?:[ ]?[A-HJ-NP-Z][A-HJ-NP-V][ ]?\d{3}|[ ]{1,2}\d{6})")


def _mgrs(m: Match) -> bool:
    """Whether an unlabelled match is a reference: the column letter in its zone's set,
    the easting and the northing of one precision."""
    zone = int(m.group("zone"))
    if not 1 <= zone <= 60 or m.group("col") not in _MGRS_COLUMNS[zone % 3]:
        return False
    return m.group("en") is not None or len(m.group("e")) == len(m.group("n"))


# what3words (a three-word address for every 3 m square): "///filled.count.soap", or the
# three words after the name ("w3w: filled.count.soap").
WHAT3WORDS = fast_regex.compile(
    r"///[^\W\d_]{1,20}\.[^\W\d_]{1,20}\.[^\W\d_]{1,20}"
    r"|(?<![\w])(?i:what3words|w3w)[ ]?[:=-]?[ ]{0,2}(?:///)?"
    r"[^\W\d_]{1,20}\.[^\W\d_]{1,20}\.[^\W\d_]{1,20}(?![\w.])"
)
# (substring tests on the folded text: a regex alternation scanning every position costs
# more than the patterns it gates)
_LABEL_WORDS: Final = (
    "lat", "lon", "lng", "gps", "coord", "co-ord", "geo:", "koordin", "location", "breite",
    "współ", "souřad", "=",
)  # fmt: skip

# A signed decimal pair, comma, semicolon or blanks between; not inside a longer run of
# numbers, a version, a range or a list with a unit after it.
DECIMAL_PAIR = fast_regex.compile(
    r"(?<![\w.,/:-]|\d[ ]|\d[,;][ ]{0,2})(?P<lat>[-+−]?\d{1,2}\.\d{4,10})"
    r"(?:[ \t]{0,2}[,;][ \t]{0,3}|[ \t]{1,2})"
    r"(?P<lon>[-+−]?\d{1,3}\.\d{4,10})(?![\w°%]|[.,]\d|[ \t]?[,;][ \t]?[-+−]?\d)"
)
_UNIT_AFTER = fast_regex.compile(r"[ \t]{0,2}([/%°µ‰]|[^\W\d_]{1,5}(?:/[^\W\d_]{1,5})?)")
# Units of measure written after a value (SI and the clinical ones, UCUM's common codes;
# not the one-letter ones that are words too: "a", "in", "s").
_UNITS: Final = frozenset(
    word_list(
        """
        mg g kg µg ug mcg ng pg ml l dl µl ul mmol mol µmol nmol mmol/l mg/dl g/dl g/l iu
        ui u u/l meq cm mm km nm µm ft ms min hz khz mhz ghz mv kv ma kw kj cal kcal pa kpa
        mmhg bar psi db bpm rpm kb mb gb tb eur usd gbp chf / % ° µ ‰
        мг г кг мл л см мм км ммоль ед
        """
    )
)

_VERSION_WORDS: Final = frozenset(
    word_list("version versions ver ver. v v. build release firmware fw sw software")
)


def _position(m: Match) -> bool:
    """Whether a decimal pair is a position: in range, not two ratios, no unit after it."""
    lat, lon = (float(m.group(k).replace("−", "-")) for k in ("lat", "lon"))
    if abs(lat) > 90 or abs(lon) > 180 or (abs(lat) < 1 and abs(lon) < 1):
        return False
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1].casefold().rstrip(":") in _VERSION_WORDS:
        return False  # "version 1.2345, 2.3456"
    unit = _UNIT_AFTER.match(m.string, m.end())
    return unit is None or unit.group(1).casefold() not in _UNITS


_OLC = "23456789CFGHJMPQRVWX"
# A full code: 8 characters (the first a latitude digit, 2-9 or C; the second a longitude
# digit, up to V), "+", then 2-3 more or none ("8FVC9G00+" padded with zeros).
FULL_PLUS_CODE = fast_regex.compile(
    rf"(?<![\w+])[2-9C][{_OLC[:-2]}](?:[{_OLC}]{{6}}|[{_OLC}]{{4}}00|[{_OLC}]{{2}}0000)"
    rf"\+(?:[{_OLC}]{{2,3}})?(?![\w+])"
)
# A short code (4 to 6 characters, "+", 2-3 more) holding a letter, and the locality after
# it (up to three capitalised words, a comma between).
SHORT_PLUS_CODE = fast_regex.compile(
    rf"(?<![\w+])(?=[{_OLC}+]*[CFGHJMPQRVWX])[{_OLC}]{{4,6}}\+[{_OLC}]{{2,3}}(?![\w+])"
    r"(?:[ \t]{1,2}(?:[A-ZÀ-Þ][\w'’-]{1,30})(?:,?[ \t][A-ZÀ-Þ][\w'’-]{1,30}){0,2})?"
)


def _in_range(m: Match) -> bool:
    lat, lon = (float(m.group(k).replace("−", "-")) for k in ("lat", "lon"))
    return abs(lat) <= 90 and abs(lon) <= 180 and (abs(lat) >= 1 or abs(lon) >= 1)


def _labelled_pairs(text: str) -> list[Span]:
    """Pairs after their labels, after a map link's key or a coordinates label, geo URIs."""
    spans = [
        Span(m.start(), m.end(), KIND, "coordinates_labelled", 0.85)
        for m in LABELLED_PAIR.finditer(text)
    ]
    spans += [
        Span(m.start("lat"), m.end("lon"), KIND, "coordinates_keyed", 0.85)
        for m in KEYED_PAIR.finditer(text)
        if _in_range(m)
    ]
    if "geo:" in text.casefold():
        spans += [
            Span(m.start(), m.end(), KIND, "coordinates_geo_uri", 0.85)
            for m in GEO_URI.finditer(text)
        ]
    return spans


def find_coordinates(text: str) -> list[Span]:
    """Coordinates with hemisphere letters, degrees-minutes-seconds with the letter first,
    and plus codes."""
    spans: list[Span] = []
    if "+" in text:
        for regex in (FULL_PLUS_CODE, SHORT_PLUS_CODE):
            spans += [
                Span(m.start(), m.end(), KIND, "plus_code", 0.85) for m in regex.finditer(text)
            ]
    if "." in text:
        spans += [
            Span(m.start(), m.end(), KIND, "coordinates_pair", 0.85)
            for m in DECIMAL_PAIR.finditer(text)
            if _position(m)
        ]
    if any(c in text for c in "°º˚"):
        spans += [
            Span(m.start(), m.end(), KIND, "coordinates", 0.85)
            for m in DEGREE_MINUTES.finditer(text)
        ]
    if ",N," in text or ",S," in text:
        spans += [
            Span(m.start(), m.end(), KIND, "coordinates_nmea", 0.85) for m in NMEA.finditer(text)
        ]
    folded = text.casefold()
    if any(w in folded for w in _LABEL_WORDS):
        spans += _labelled_pairs(text)
    if "///" in text or "w3w" in folded or "what3words" in folded:
        spans += [
            Span(m.start(), m.end(), KIND, "what3words", 0.85) for m in WHAT3WORDS.finditer(text)
        ]
    grids: set[tuple[int, int]] = set()
    if _GRID_SHAPE_HINT.search(text):
        # (the zone and square letters checked as a check digit is: the score of a
        # validated number, so that a ten-digit number inside is not named instead)
        for m in (*MGRS_UNLABELLED.finditer(text), *UTM_UNLABELLED.finditer(text)):
            if m.re is UTM_UNLABELLED or _mgrs(m):
                grids.add(m.span())
                spans.append(Span(m.start(), m.end(), KIND, "grid_reference", 0.9))
    if any(w in folded for w in _GRID_WORDS):
        spans += [
            Span(m.start("value"), m.end("value"), KIND, "grid_reference", 0.85)
            for m in GRID_REFERENCE.finditer(text)
            if m.span("value") not in grids
        ]
    if any(c in text for c in "NSEWO"):
        for regex in (DECIMAL_WITH_HEMISPHERE, DMS):
            spans += [
                Span(m.start(), m.end(), KIND, "coordinates", 0.85) for m in regex.finditer(text)
            ]
    return spans
