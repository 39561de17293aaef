"""Column headers and keys that name a place by a compound word or a modified place word
("Händlerort", "Geburtsstadt", "woonplaats", "hemort", "kotikunta", "merchant_city"), read
the way the languages build them: in German, Dutch and the Nordic and Finnish languages a
compound's last part is its head ("Händler|ort", merchant's place, is a place; Duden's and
the Nederlandse Taalunie's compound rules), and in an English header the last noun is the
head ("merchant city", ISO 8583's card acceptor city; "issuing town").

`field_names.field_kind` asks here when no field name matches a header whole. Pure Python.
"""

from __future__ import annotations

from typing import Final

from app.redaction.wordtrie import word_list

KIND: Final = "LOCATION"

# Heads of compounds that name a place: German Ort, Stadt, Gemeinde, Ortschaft, Wohnsitz;
# Dutch plaats, stad, gemeente; Swedish ort, stad, kommun; Danish and Norwegian kommune;
# Finnish kunta, paikka, kaupunki. Each with the length its shortest compound has.
_HEADS: Final = (
    ("ortschaft", 10),
    ("wohnsitz", 12),
    ("gemeinde", 10),
    ("gemeente", 10),
    ("stadt", 8),
    ("plaats", 8),
    ("stad", 7),
    ("kommune", 9),
    ("kommun", 8),
    ("kunta", 7),
    ("paikka", 8),
    ("kaupunki", 10),
)
# "-ort" ends many words that are no place ("Export", "Passwort", "Komfort", "Abort"): a
# place's compound joins Ort after a stem or a linking "s" ("Wohn|ort", "Geburt|s|ort",
# "Sterbe|ort"), never after p, f, w, b, c or h.
_ORT_BEFORE: Final = frozenset("nrltdeszgkm")
_NOT_ORT: Final = frozenset(
    word_list("resort ressort konsort consort assort distort contort retort extort")
)
# Nordic compounds of "sted" (place), spelled out: "-sted" also ends English participles
# ("posted", "trusted").
_STED: Final = frozenset(
    word_list("fødested fødselssted bosted hjemsted dødssted dødested oppholdssted")
)
# English headers whose last word is a place field word ("merchant city", "issuing_town").
_ENGLISH_PLACES: Final = frozenset(word_list("city town village municipality locality suburb"))


# What a compound place word ends in (a text none of whose words does holds none).
COMPOUND_ENDINGS: Final = ("ort", *(head for head, _ in _HEADS), *_STED)


def compound_words(words: set[str]) -> bool:
    """Whether any of a text's folded words is a compound place word ("händlerort")."""
    return any(w.endswith(COMPOUND_ENDINGS) and _compound_place(w) for w in words)


# Romance and English headers that open with the place word and say of what after a
# preposition ("Place of incident", "Lieu de l'accident", "Lugar del siniestro", "Luogo di
# rilascio", "Local do acidente", "Town of issue"), and Polish "miejsce" with its genitive
# ("Miejsce zdarzenia"). A place of service (CMS-1500's code) names no place.
_LEADING_PLACES: Final = frozenset(
    word_list("place lieu lugar luogo local localidade town city village miejsce plaats")
)
_OF: Final = frozenset(word_list("of de del di do da du des dell della dello d van"))
# (nor a place of death in a Latin script: "Preferred place of death: home", a wish)
_NOT_OF: Final = frozenset(
    word_list(
        "service servicio servizio serviço death décès deces fallecimiento defunción morte "
        "decesso óbito obito zgonu overlijden"
    )
)


def place_header(tokens: list[str]) -> bool:
    """Whether a header's folded words (`field_names.words`) name a place field by their
    head: one compound word, or two or three plain words ending in a place word, or a
    place word, a preposition and what happened there."""
    if len(tokens) == 1:
        return _compound_place(tokens[0])
    if 2 <= len(tokens) <= 3 and tokens[-1] in _ENGLISH_PLACES:
        return all(w.isalpha() for w in tokens)
    if 2 <= len(tokens) <= 5 and tokens[0] in _LEADING_PLACES:
        rest = tokens[1:]
        if tokens[0] != "miejsce":
            head, _, elided = rest[0].replace("’", "'").partition("'")
            if rest[0] not in _OF and not (elided and head in _OF):
                return False  # ("dell'incidente": the article elided onto the noun)
            rest = [elided, *rest[1:]] if elided else rest[1:]
        return bool(rest) and all(
            w.replace("'", "").replace("’", "").isalpha() and w not in _NOT_OF for w in rest
        )
    return False


def _compound_place(word: str) -> bool:
    if not word.isalpha():
        return False
    if word in _STED:
        return True
    if word.endswith("ort"):
        return len(word) >= 6 and word[-4] in _ORT_BEFORE and word not in _NOT_ORT
    return any(word.endswith(head) and len(word) >= size for head, size in _HEADS)
