"""Towns named after the institution that serves them, as official names put them.

- German and Austrian courts and authorities take their seat's name after the word
  ("Amtsgericht Burglengenfeld", "Landgericht Frankfurt am Main", "Staatsanwaltschaft
  Kiel", "Standesamt Bad Tölz", "Bezirksgericht Melk").
- Swedish, Norwegian and Danish primary care centres are named by their town in the
  same way ("Vårdcentralen Varberg", "Legevakten Bodø").
- Israeli courts name their seat with the locative prefix ב on the town's first word
  ("בית משפט השלום בחדרה", "בית המשפט המחוזי בבאר שבע"), and funeral notices their
  cemetery's ("בבית העלמין בקריית שמונה", "בית הקברות בעפולה").
- A Thai pharmacy's sign names its province or town after the word ร้านยา ("ร้านยา
  อุดรธานี"); Thai writes no capitals, so the town is the rest of the line.
- The courts of England and Wales by their seat ("County Court at Leeds"), and a German
  land register's district ("Grundbuch von Lindau", "Gemarkung Oberau").
- A club named for its town at a heading's end, after the heading's dash ("MEMBERSHIP
  FORM - Club Port Elwood").
- Kenya's administrative units below the county, as census and registration forms lay
  them out after the county's field on the same line ("County: Nakuru   Location: Njoro",
  "Sub-location: ..."): a location is a place smaller than a state. (The county itself is
  a first-level division, which Safe Harbor keeps.)

The town is masked; the institution's word is kept. Gated by substring tests on the
words before any regex runs.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.places import PLACE
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "LOCATION"

_GERMAN_WORDS = word_list(
    """
    amtsgericht landgericht oberlandesgericht sozialgericht landessozialgericht
    arbeitsgericht landesarbeitsgericht verwaltungsgericht finanzgericht bezirksgericht
    landesgericht staatsanwaltschaft generalstaatsanwaltschaft standesamt finanzamt
    landratsamt jobcenter polizeiinspektion polizeipräsidium polizeidirektion
    vårdcentralen vårdcentral hälsocentralen hälsocentral legevakten legevakt
    legesenteret lægehuset sundhedshuset
    """
)
# (the hint: the words' stems as they stand inside a capitalised or an all-capitals word,
# looked for in the text as it is: no folding of every text; "amt " ends Standesamt,
# Finanzamt and Landratsamt before their town)
_GERMAN_HINT: Final = (
    "gericht", "GERICHT", "amt ", "AMT ", "anwaltschaft", "ANWALTSCHAFT", "olizei",
    "OLIZEI", "obcenter", "rdcentral", "lsocentral", "egevakt", "egesenter", "ægehus",
    "undhedshus",
)  # fmt: skip
INSTITUTION_TOWN = fast_regex.compile(
    rf"(?<![\w-])(?i:{trie_pattern(_GERMAN_WORDS)})[ ]({PLACE})",
    word_led=True,
)
# A capitalised word after the institution that is no town ("Amtsgericht München II" is
# one; "Amtsgericht Abteilung 3", "Finanzamt Steuernummer" are not).
_NOT_TOWNS: Final = frozenset(
    word_list(
        """
        abteilung aktenzeichen az geschäftszeichen steuernummer der des die den dem für
        und im in am an zu vom von ist hat wird beschluss urteil verfügung ladung
        mitte nord süd ost west
        """
    )
)
_HE = "\u05d0-\u05ea"
# בית משפט / בית המשפט, the court's kind (at most two words), then ב and the town (one
# to three words, up to a sign, a column gap or the line's end).
HEBREW_COURT_TOWN = fast_regex.compile(
    rf"בית[ ]ה?(?:משפט|עלמין|קברות)(?:[ ][{_HE}\"'״׳]{{2,12}}){{0,2}}?[ ]ב"
    rf"(?P<town>[{_HE}][{_HE}'׳-]{{1,20}}(?:[ ][{_HE}][{_HE}'׳-]{{1,20}}){{0,2}})"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ ]{2}|\t)"
)
_THAI = "\u0e01-\u0e5b"
THAI_PHARMACY_TOWN = fast_regex.compile(
    rf"ร้านยา[ ](?P<town>[{_THAI}]{{2,30}})(?=[ \t]*(?:\n|$)|[ ]{{2}}|\t)"
)


# The courts of England and Wales by their seat, as cause lists and orders write them
# ("County Court at Leeds", "Magistrates' Court sitting at Bury", "Family Court at
# Milton Keynes"), and a German land register's district ("Grundbuch von Lindau",
# "Gemarkung Oberau": Grundbuchordnung § 2, the register is kept by districts named for
# their place).
COURT_SEAT = fast_regex.compile(
    r"(?<![\w-])(?:County|Crown|Magistrates['’]?|Family|Youth|Coroner['’]s|Combined|Sheriff)"
    rf"[ ]Court[ ](?:at|in|sitting[ ]at)[ ]({PLACE})"
)
REGISTER_DISTRICT = fast_regex.compile(
    rf"(?<![\w-])(?:(?:Wohnungs|Erbbau|Teileigentums)?[Gg]rundbuch[ ]von|Gemarkung)[ ]({PLACE})"
)
CLUB_TOWN = fast_regex.compile(rf"(?m)[ ][-–—][ ]Club[ ]({PLACE})[ \t]*$")
KENYA_LOCATION = fast_regex.compile(
    rf"(?m)^[ \t]*County[ ]?:[^\n]*?(?:[ ]{{2,}}|\t)(?:Sub-?)?[Ll]ocation[ ]?:[ \t]{{1,3}}({PLACE})"
)


def find_institution_towns(text: str) -> list[Span]:
    """Towns named after a court, an authority, a health centre or a pharmacy."""
    spans: list[Span] = []
    if any(w in text for w in _GERMAN_HINT):
        for m in INSTITUTION_TOWN.finditer(text):
            if m.group(1).split()[0].casefold() not in _NOT_TOWNS:
                spans.append(Span(m.start(1), m.end(1), KIND, "town_after_institution", 0.6))
    if "משפט" in text or "עלמין" in text or "קברות" in text:
        spans += [
            Span(m.start("town"), m.end("town"), KIND, "town_of_hebrew_court", 0.6)
            for m in HEBREW_COURT_TOWN.finditer(text)
        ]
    if "ร้านยา" in text:
        spans += [
            Span(m.start("town"), m.end("town"), KIND, "town_of_thai_pharmacy", 0.6)
            for m in THAI_PHARMACY_TOWN.finditer(text)
        ]
    if " Court " in text:
        spans += [
            Span(m.start(1), m.end(1), KIND, "town_of_court", 0.6)
            for m in COURT_SEAT.finditer(text)
        ]
    if "rundbuch von" in text or "Gemarkung " in text:
        spans += [
            Span(m.start(1), m.end(1), KIND, "register_district", 0.6)
            for m in REGISTER_DISTRICT.finditer(text)
            if m.group(1).split()[0].casefold() not in _NOT_TOWNS
        ]
    if " Club " in text:
        spans += [
            Span(m.start(1), m.end(1), KIND, "town_of_club", 0.6) for m in CLUB_TOWN.finditer(text)
        ]
    if "County" in text and "ocation" in text:
        spans += [
            Span(m.start(1), m.end(1), KIND, "kenya_location", 0.6)
            for m in KENYA_LOCATION.finditer(text)
        ]
    return spans
