"""Ships' and aircraft's identifiers (Safe Harbor (L), vehicle identifiers): the IMO ship
identification number and an aircraft's nationality and registration marks. Pure `re`.

- IMO numbers (SOLAS chapter XI-1, regulation 3; IMO resolution A.1117(30)): "IMO" and
  seven digits, the last a check digit ("IMO 9074729"), as a ship's papers, crew and
  seafarers' medical certificates print them. The prefix is part of the mark the ship
  carries, so it is masked with the digits; after a label ("IMO No.: 9074729") the digits
  alone.
- Aircraft registrations (ICAO Annex 7, table 1; the ITU's allocation of call-sign
  series): a nationality mark, a hyphen, the registration mark ("G-ABCD", "D-EFGH",
  "VH-ABC", "C-FABC", "9H-AEO", "B-1234", "RA-85001"), and the marks written without a
  hyphen: the United States' N-numbers (FAA, 14 CFR 47.15: "N123AB"), Japan's "JA8089" and
  Korea's "HL7611". "G-ABCD" has the shape of ordinary capitals ("X-RAY", "T-CELL",
  "B-ALL"), so a mark counts only after a word for an aircraft or its registration on the
  same line ("Aircraft normally flown: D-ABCD", "tail no. N512RG", "Reg: VH-OQA").
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "VEHICLE_ID"

# "IMO 9074729", "IMO9074729", "IMO No. 9074729", "IMO number: 9074729".
IMO_NUMBER = fast_regex.compile(
    r"(?<![\w-])IMO(?P<label>[ \t]?(?:(?i:no|nr|number|n[°º])\.?[ \t]?:?|:|#))?[ \t]?"
    r"(?P<n>\d{7})(?![\w-]|[.,]\d)"
)
# Nationality marks of ICAO Annex 7 that are written before a hyphen (the marks the ICAO
# publishes per state: one letter, two characters, or three for a few small states).
_NATIONALITY_MARKS: Final = word_list(
    """
    B C D F G I M P Z 2
    A2 A3 A5 A6 A7 A8 A9C A4O AP C2 C3 C5 C6 C9 CC CN CP CS CU CX D2 D4 D6 DQ E3 E5 E7
    EC EI EJ EK EL EP ER ES ET EW EX EY EZ H4 HA HB HC HH HI HK HP HR HS HZ J2 J3 J5 J6
    J7 J8 JU JY LN LQ LV LX LY LZ OB OD OE OH OK OM OO OY P2 P4 PH PJ PK PP PR PS PT PU
    PZ RA RF RP S2 S5 S7 S9 SE SP ST SU SX T7 T8A T9 TC TF TG TI TJ TL TN TR TS TT TU TY
    TZ UK UN UR V2 V3 V4 V5 V6 V7 V8 VH VN VP VQ VT XA XB XC XT XU XY XZ YA YI YJ YK YL
    YN YR YS YU YV Z3 ZA ZK ZP ZS ZT ZU 3A 3B 3C 3D 3X 4K 4L 4O 4R 4X 5A 5B 5H 5N 5R 5T
    5U 5V 5W 5X 5Y 6O 6V 6Y 7O 7P 7Q 7T 8P 8Q 8R 9A 9G 9H 9J 9K 9L 9M 9N 9Q 9U 9V 9XR 9Y
    """
)
# After the hyphen: letters (most states), or digits (China and Taiwan "B-1234", Russia
# "RA-85001", and other former Soviet states), four or five of them, so that a type
# designator written with a hyphen ("B-737", "C-130") stays.
_MARK = (
    rf"(?:{'|'.join(sorted(set(_NATIONALITY_MARKS) - {'B'}, key=len, reverse=True))})"
    r"-(?:[A-Z][A-Z0-9]{1,4}|\d{4,5}[A-Z]?)"
    # China's and Taiwan's digits ("B-1234", "B-123A"), Hong Kong's and Macau's letters
    # after H and M ("B-HKE", "B-MAC"): "B-ALL", "B-CELL" stay
    r"|B-(?:\d{4,5}|\d{3}[A-Z]|[HM][A-Z]{2})"
    # without a hyphen: the FAA's N-number (a digit 1-9, up to five characters, at most
    # two letters at the end, no I or O), Japan's JA and Korea's HL with four characters
    r"|N[1-9]\d{0,4}[A-HJ-NP-Z]{0,2}(?<=\w\w\w)|JA(?:\d{4}|\d{3}[A-Z]|\d{2}[A-Z]{2})|HL\d{4}"
)
AIRCRAFT_MARK = fast_regex.compile(rf"(?<![\w-])(?:{_MARK})(?![\w-])")
# Words for an aircraft and its registration, in the languages of the vehicle words
# (vehicles.py); a hyphen in the list is a space.
AIRCRAFT_WORDS: Final = word_list(
    """
    aircraft airplane aeroplane plane airframe helicopter glider sailplane microlight
    gyrocopter balloon a/c acft tail tail-no tail-number flown fly flew flying
    registration reg regn registration-mark
    flugzeug luftfahrzeug hubschrauber segelflugzeug kennzeichen avion aéronef aeronef
    hélicoptère helicoptere planeur immatriculation immat aeronave avión avioneta
    helicóptero matrícula matricula aereo aeromobile velivolo elicottero immatricolazione
    vliegtuig luchtvaartuig helikopter samolot śmigłowiec szybowiec uçak letadlo
    lentokone flygplan fly fartøy
    """
)
_AIRCRAFT_WORD = fast_regex.compile(
    rf"(?<![^\W\d_])(?i:{trie_pattern(sorted({w.replace('-', ' ') for w in AIRCRAFT_WORDS}))})"
    r"(?![^\W\d_])",
    word_led=True,
)
_AIRCRAFT_HINT = fast_regex.Trigger(
    _AIRCRAFT_WORD,
    (
        "aircraft", "airplane", "aeroplane", "plane", "airframe", "helicopter", "glider",
        "microlight", "gyrocopter", "balloon", "a/c", "acft", "tail", "flown", "fly",
        "flew", "reg", "flugzeug", "hubschrauber", "kennzeichen", "avion", "aéronef",
        "aeronef", "hélicoptère", "helicoptere", "planeur", "immat", "aeronave", "avión",
        "helicóptero", "matr", "aereo", "aeromobile", "velivolo", "elicottero",
        "vliegtuig", "luchtvaartuig", "helikopter", "samolot", "śmigłowiec", "szybowiec",
        "uçak", "letadlo", "lentokone", "flygplan", "fartøy",
    ),
)  # fmt: skip
_REACH: Final = 80
# What ends the search for the mark: the line's end, a sentence's end (not the stop of an
# abbreviation: "Reg. no. G-ABCD", "tail no. N512RG").
_STOP = fast_regex.compile(r"\n|;|(?:(?<=[^\W\d_]{3})|(?<=\d))[.!?](?:\s|$)")


def _imo_numbers(text: str) -> list[Span]:
    spans = []
    for m in IMO_NUMBER.finditer(text):
        start = m.start() if m.group("label") is None else m.start("n")
        spans.append(Span(start, m.end("n"), KIND, "imo_number", 0.8))
    return spans


def _aircraft_marks(text: str) -> list[Span]:
    spans: list[Span] = []
    seen: set[int] = set()
    for w in _AIRCRAFT_WORD.finditer(text):
        at = w.end() + (text[w.end() : w.end() + 1] == ".")  # "Reg. G-ABCD"
        end = min(len(text), at + _REACH)
        stop = _STOP.search(text, at, end)
        end = stop.start() if stop is not None else end
        m = AIRCRAFT_MARK.search(text, at, end)
        if m is not None and m.start() not in seen:
            seen.add(m.start())
            spans.append(Span(m.start(), m.end(), KIND, "aircraft_registration", 0.7))
    return spans


def find_craft_marks(text: str) -> list[Span]:
    """IMO ship numbers anywhere, aircraft registration marks after an aircraft word."""
    spans = _imo_numbers(text) if "IMO" in text else []
    if _AIRCRAFT_HINT.holds(text):
        spans += _aircraft_marks(text)
    return spans
