"""Postcodes standing alone after their label, in the words of many countries ("PLZ ist
80331", "kod pocztowy to 31-042", "PSČ: 110 00", "irányítószám: 1051", "Postnr. 0150",
"почтовый индекс 101000", "PIN code 560 001", "my zip is 30301", a chat's answer on the
next line). Safe Harbor removes postcodes (all but the first three digits of a US ZIP, and
those too for small areas): a postcode alone is masked whole. Pure `re`.

The value must have one of the shapes the postal services issue (Universal Postal Union
addressing: five digits; 2-3 with a hyphen (PL); 3 3 (CZ, SK, SE, GR, IN); four (AT, CH,
HU, DK, NO, BE, AU...); six (RU, UA, IN, CN, RO, VN, KZ); 5-3 (BR); 4-3 (PT); 5-4 (US);
4 AA (NL); A99 A9A9 (IE Eircode); 3-4 (JP); a country letter before ("H-1051", "D-80331")).
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ADDRESS"

# The postcode's name on forms and in speech, by language (a space matches any blanks).
_LABELS = (
    "zip code", "zip-code", "zipcode", "postcode", "post code", "postal code", "post-code",
    "pin code", "pincode", "eircode", "plz", "postleitzahl", "code postal", "código postal",
    "codigo postal", "cód. postal", "cod. postal", "codice postale", "cep",
    "kod pocztowy", "kod poczt.", "psč", "poštovní směrovací číslo",
    "poštové smerovacie číslo", "irányítószám", "irsz.", "irsz", "postnummer", "postnr",
    "postnr.", "post nr.", "postinumero", "postinro", "poštanski broj", "postanski broj",
    "poštna številka", "cod poștal", "cod postal", "codul poștal", "почтовый индекс",
    "поштовий індекс", "пощенски код", "posta kodu", "mã bưu chính", "mã bưu điện",
    "ταχυδρομικός κώδικας", "postikoodi", "pasta indekss", "pašto kodas", "sihtnumber",
    "kode pos", "poskod", "郵便番号",
    # Iran Post's ten-digit code (کد پستی), the Arab states' (الرمز البريدي), Urdu, Hebrew,
    # Chinese and Korean (UPU addressing pages of those operators)
    "کد پستی", "کدپستی", "كود پستى", "الرمز البريدي", "رمز بريدي", "پوسٹل کوڈ", "מיקוד",
    "邮编", "邮政编码", "郵遞區號", "우편번호",
)  # fmt: skip
# Labels that are ordinary words too ("cap the dose", "pin site", "kod rabatowy"): only
# in capitals, or with a colon, a form's leader or "is" before the value ("CAP 00184", "Zip:
# 30301", "Zip ____ 30301", "my zip is 30301", "PIN: 560 001").
_SHORT_LABELS = ("zip", "cap", "pin", "kod", "cp", "c.p.", "c. p.", "tk", "τ.κ.", "psc",
                 "индекс", "індекс", "postal")  # fmt: skip
_SHORT_SAID = (
    r"(?:[ \t]?[:=|#][ \t]{0,3}|[ \t]?[._…·]{2,40}[:：]?[ \t]{1,3}"
    r"|\s+(?i:is|was|ist|lautet|es|est|to|jest|je|är|er)\s+)"
)
# Between the label and the value: a sign, a table cell's bar, a printed form's leader of
# underscores or dots ("Postcode _______ 2419", "PLZ ........ 80331"), up to four words that say
# "is" or "and town" ("is", "ist", "lautet", "to", "est le", "i miejscowość"), or a
# question and its answer on the next line after the speaker's name ("... zip?\nCaller:
# It's 30301").
_FILL_WORDS = trie_pattern(
    word_list(
        """
    is was it's its it is ist lautet war le la est c'est es era é è to jest je är er on
    of the your my his her and & i y et und e och og a és ve и і та town city ort ville
    miejscowość miasto město obec mesto város település localidad ciudad località città
    cidade localidade plaats woonplaats stad by sted kaupunki postort poststed город
    місто no nr number numer číslo
    """
    )
)
_FILL = (
    rf"(?:[^\S\n]{{0,3}}(?:[:=|#–—?()/-]|[._…·]{{2,40}}|(?i:{_FILL_WORDS})(?![^\W\d_])"
    r"|(?<=\?)[^\S\n]{1,3}[^\W\d_]{2,15}[ \t]?:)){0,6}"
    r"(?:[^\S\n]{0,3}\n[ \t]{0,3}(?:[^\W\d_]{2,15}[ \t]?:)?"
    rf"(?:[^\S\n]{{0,3}}(?:(?i:{_FILL_WORDS}|yes|yeah|sure|ja|oui|sí|si|tak|ano|igen)"
    r"(?![^\W\d_])|[,:.])){0,3})?"
)
_VALUE = (
    r"(?:[A-Z]{1,2}-)?(?:\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4}[ ]?[A-Z]{2}"
    r"|\d{3}[ ]\d{3}|\d{3}[ ]\d{2}|\d{5}-?\d{5}|\d{4,6}"  # (ten digits: Iran)
    r"|[AC-FHKNPRTV-Y]\d{2}[ ]?[0-9AC-FHKNPRTV-Y]{4})"
)
_SHORT_UPPER = "|".join(x.upper() for x in _SHORT_LABELS if x.isalpha())
LABELLED_POSTCODE = fast_regex.compile(
    rf"(?<![\w.])(?:(?i:{trie_pattern(_LABELS)})(?![^\W\d_]){_FILL}[^\S\n]{{0,3}}"
    rf"|(?i:{trie_pattern(_SHORT_LABELS)}){_SHORT_SAID}"
    rf"|(?:{_SHORT_UPPER})(?:[ \t]{{1,3}}|{_FILL}[^\S\n]{{0,3}}))"
    rf"(?P<value>{_VALUE})(?![\w-]|[.,:/]\d)",
    word_led=True,
)


# A call's question for the postcode with other things, and the answer on the next line
# that gives it last ("Can I take his date of birth and postcode?\nCALLER: 20 May 1984,
# and it's 73-058."): the value after "it's" / "it is" / "that's".
ANSWERED_POSTCODE = fast_regex.compile(
    rf"(?i:{trie_pattern(_LABELS)}|zip)[^\n?]{{0,20}}\?[ \t]*\n[^\n]{{0,80}}?"
    r"(?i:it's|it’s|it is|that's|that’s)[ \t]{1,3}"
    rf"(?P<value>{_VALUE})(?![\w-]|[.,:/]\d)",
    word_led=True,
)


# A chat's or a call's question for the postcode and the answer that is the value alone,
# on the next line or the one after, after the speaker's name or tag ("can you confirm
# postcode?\n[13:43] <j.doe> 68288", "Zip code?\nCaller: 30301"): the message is the code.
ANSWERED_ALONE = fast_regex.compile(
    rf"(?i:{trie_pattern(_LABELS)}|zip)[^\n?]{{0,20}}\?[ \t]*\n(?:[^\n]{{0,120}}\n)?"
    r"(?:[^\n]{0,60}?[>:\]][ \t]{1,3}|[ \t]{0,3})"
    rf"(?P<value>{_VALUE})[ \t]*(?:\.[ \t]*)?(?=\n|$)",
    word_led=True,
)


# A postcode alone after a word for "address", the clause or the line ending after it
# ("verified identity with DOB ... and address 40213.", "Adresse: 75011"): a caller or a
# form gave the code as the whole address. A number that goes on ("address 4021 Main
# Street", "address 10.0.0.1") is another thing.
_ADDRESS_WORDS = (
    "address", "addr", "adresse", "anschrift", "adres", "adresa", "adress", "dirección",
    "direccion", "domicilio", "indirizzo", "endereço", "endereco", "morada", "osoite",
    "cím", "címe", "lakcím", "adresă", "adresas", "adrese", "aadress", "địa chỉ",
)  # fmt: skip
LONE_AFTER_ADDRESS = fast_regex.compile(
    rf"(?<![\w.])(?i:{trie_pattern(_ADDRESS_WORDS)})(?![^\W\d_])\.?[ \t]?[:=]?[ \t]{{1,3}}"
    rf"(?P<value>{_VALUE})(?=[ \t]*(?:[.;,!?)](?!\w)|\n|$))",
    word_led=True,
)


# A postcode alone as where a letter, a parcel or a prescription goes ("Fracture clinic
# letter -- posted to 02955", "correspondence to 57148", "Sent to the pharmacy at 87895."),
# the clause or the line ending after it: the sender wrote the code for the whole address.
# A year ("posted to 2024") is a date's; a number that goes on ("sent to 14 Elm Road") is
# another thing.
_SENT_WORDS = (
    "posted", "sent", "mailed", "delivered", "shipped", "forwarded", "dispatched",
    "redirected", "correspondence", "post", "mail", "send", "ship", "deliver", "forward",
)  # fmt: skip
SENT_TO_CODE = fast_regex.compile(
    rf"(?<![\w.])(?i:{trie_pattern(_SENT_WORDS)})[ \t]+(?i:to|at)"
    r"(?:[ \t]+(?i:the|our|your|his|her|their)[ \t]+[^\W\d_]{2,20}[ \t]+(?i:at|in))?[ \t]{1,3}"
    rf"(?!(?:19|20)\d\d(?!\d))(?P<value>{_VALUE})(?=[ \t]*(?:[.;,!?)](?!\w)|\n|$))",
    word_led=True,
)


# An Eircode anywhere (Ireland, Eircode's published format): a routing key (a letter of
# A C D E F H K N P R T V W X Y and two digits, or D6W) and a unique identifier of four
# characters from the digits and those letters. No other code has that alphabet with
# that spacing; the identifier must mix letters and digits ("A65 F4E2", "D02 X285"), so
# "E11 2345" or "T12 TEXT" stays.
_EIRCODE_CHAR = "0-9ACDEFHKNPRTV-Y"
EIRCODE = fast_regex.compile(
    r"(?<![\w-])(?:[ACDEFHKNPRTV-Y]\d{2}|D6W)[ ]?"
    rf"(?=[{_EIRCODE_CHAR}]{{0,3}}[ACDEFHKNPRTV-Y])(?=[{_EIRCODE_CHAR}]{{0,3}}\d)"
    rf"[{_EIRCODE_CHAR}]{{4}}(?![\w-])"
)
_EIRCODE_HINT = fast_regex.compile(r"(?:[ACDEFHKNPRTV-Y]\d\d|D6W) ?[0-9A-Y]{4}\b")
# A WHO ATC code (Anatomical Therapeutic Chemical classification, level 5: a letter, two
# digits, two letters, two digits, "N02AX02") after its label shares an unspaced Eircode's
# shape; it names a drug, never a place.
_ATC_CODE = fast_regex.compile(r"(?<![\w-])ATC[ \t]*:?[ \t]*[A-Z]\d\d[A-Z]{2}\d\d$")


def find_postcodes(text: str) -> list[Span]:
    """Postcodes after a postcode label in many languages, and Eircodes anywhere."""
    spans = [
        Span(m.start("value"), m.end("value"), KIND, "postcode_after_label", 0.8)
        for m in LABELLED_POSTCODE.finditer(text)
    ]
    spans.extend(
        Span(m.start("value"), m.end("value"), KIND, "postcode_after_address_word", 0.7)
        for m in LONE_AFTER_ADDRESS.finditer(text)
    )
    spans.extend(
        Span(m.start("value"), m.end("value"), KIND, "postcode_sent_to", 0.7)
        for m in SENT_TO_CODE.finditer(text)
    )
    if "?" in text:
        spans.extend(
            Span(m.start("value"), m.end("value"), KIND, "postcode_answered", 0.8)
            for m in ANSWERED_POSTCODE.finditer(text)
        )
        spans.extend(
            Span(m.start("value"), m.end("value"), KIND, "postcode_answered_alone", 0.8)
            for m in ANSWERED_ALONE.finditer(text)
        )
    if _EIRCODE_HINT.search(text):
        labelled = {(s.start, s.end) for s in spans}
        spans.extend(
            Span(m.start(), m.end(), KIND, "postcode_eircode", 0.8)
            for m in EIRCODE.finditer(text)
            if m.span() not in labelled
            and not _ATC_CODE.search(text, max(0, m.start() - 6), m.end())
        )
    return spans
