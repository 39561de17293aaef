"""Phone and fax numbers of many countries, with extensions, through `phonenumbers`.

A cheap regex finds runs that could be a phone number ("+44 20 7946 0958", "001-212-555-0147
x12345", "(0)30 1234567 ext. 12"); each is kept when `phonenumbers` reads a "+" number as
possible for its country, when a national one has the length of a number of one of the
regions below (their metadata), or when it carries an international prefix, or when a
phone word stands just before it. (Calling phonenumbers' matcher once per region costs
more than spaCy on the same text; the lengths come from the same metadata.) Unassigned
ranges still count: people write them, and a number that reaches nobody today may reach
someone tomorrow. Pure Python, no NLP.
"""

from __future__ import annotations

import re
from typing import Final

import phonenumbers

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PHONE_NUMBER"
# The regions whose national formats are read without a "+" (the countries whose
# addresses and identity numbers this package knows, and the large English-speaking ones).
REGIONS: Final = (
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "TR", "VN", "IN", "CA",
    "AU", "IE", "BE", "CH", "AT", "SE", "DK", "FI", "NO", "MX", "CN", "ZA", "NG",
)  # fmt: skip

# Extension words of the countries above and their neighbours, as their directories
# write them: English "ext.", German "Durchwahl"/"DW"/"Nebenstelle", French "poste", Polish
# "wew."/"wewn.", Dutch "toestel"/"tst.", Italian "interno"/"int.", Spanish and Portuguese
# "anexo"/"ramal"/"extensión", Croatian and Serbian "lokal", Hungarian "mellék", Czech and
# Slovak "linka"/"klapka"/"kl.", Swedish "anknytning"/"ankn.", Turkish "dahili", Russian
# "доб.", Romanian "interior", Japanese 内線, Chinese 分机/转, Korean 내선; German "Apparat"
# / "App." (a switchboard's set), Swiss and Dutch "intern", French "interne", Russian
# "доп." (дополнительный), Ukrainian "дод.", Bulgarian "вътр.", Greek "εσωτ.", Thai "ต่อ",
# Indonesian "psw." (pesawat), Vietnamese "máy lẻ", Hebrew "שלוחה". (Word then number:
# "linka 24" is no extension alone, so only right after a phone number.)
EXT_WORDS: Final = word_list(
    """
    x ext ext. extn extn. xtn extension durchwahl dw dw. nebenstelle nst. poste wew wew. wewn
    wewn. toestel tst. interno int int. anexo ramal extensión extensão lokal lok lok.
    mellék mell. linka klapka kl. anknytning ankn. dahili доб. доб вн. interior
    apparat app app. intern interne доп. доп дод. дод вътр. εσωτ. ต่อ psw psw. máy_lẻ
    שלוחה
    内線 内线 分机 分機 转 轉 내선
    """
)
# The extension as the number's tail, the whole of it masked with the number, in the
# forms phonenumbers' parser reads (its extension patterns): a word or "#" or "~" with a
# separator ("x12", "ext. 12", "ext: 12", "ext-12", "ext #12", "x12#"), in brackets or not
# ("(ext 4654)", "(x12)"); RFC 3966's parameter (";ext=1076", a tel URI's form that
# phonenumbers writes in its RFC3966 format; ";isub=" is ISDN's subaddress); the phones'
# auto-dialling pause before the extension (",,12", ";12").
_EXT_ONE = (
    r"(?:;[ ]?(?i:ext|isub)=\d(?:[\d.-]{0,10}\d)?|(?:,,|;)\d{1,15}\#?(?![.,]\d)"
    rf"|,?\s{{0,2}}\(?[ ]?(?i:{trie_pattern(w.replace('_', ' ') for w in EXT_WORDS)}|\#|~)"
    r"(?![^\W\d_])"
    r"\s{0,2}[.:=#-]?\s{0,2}\d{1,6}(?:-\d{1,6})?\#?(?:[ ]?\))?)"
)
# ... and a second one after the first: a PBX's extension then a desk's or a voicemail
# box's ("x38935 ext. 1159"), or a tel URI's ";ext=" followed by a written one
# (";ext=5995 ext. 1090"): every group of the tail belongs to the number.
_EXT_TAIL = f"(?:{_EXT_ONE}){{0,2}}"
# (an extension may come in two groups: "x380-659", "ext. 12-34")
_EXT = _EXT_TAIL
# A number ends at a cell break or a line break: a tab or a newline between two runs of
# digits parts two cells of a table ("141077-7239<TAB>013 1286336"), never groups of one number.
# (Not the minutes of a time before it: "09:02 - 070 8446 4862" starts at "070".)
# Scripts written without spaces between words (Han, kana; Hangul's particles and Thai
# glue on too): a number touches the word before or after it ("请致电131 2342 1416",
# "電話03-1234-5678まで", "010-1234-5678로"), which a letter of a spaced script never does
# to a phone number (it would be a code: "AB1234567").
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}"
_LETTER_NOT_UNSPACED = rf"[^\W{_UNSPACED}]"
CANDIDATE = fast_regex.compile(
    rf"(?<!{_LETTER_NOT_UNSPACED}|[+/.\d-])(?<!\d:)(?:\+|00[ ]?|001[ .-]|011[ .-])?"
    r"\(?\d[\d \u00a0\u202f().\-/]{5,22}\d\)?"
    + f"(?P<ext>{_EXT})"
    + rf"(?!{_LETTER_NOT_UNSPACED}|[/-])",
    re.IGNORECASE,
)
_CONTEXT = fast_regex.compile(
    r"(?i:\b(?:phone|ph|tel|telephone|téléphone|teléfono|telefono|telefone|telefon|"
    r"mobile|mob|cell|cellphone|fax|call|contact|whatsapp|pager|bleep|beeper|landline|"
    r"handy|portable|móvil|cellulare|celular|numer|numara|điện thoại|đt|sđt|hotline)\b)"
    r"[^\n\d+]{0,12}$"
)
_DIGITS = fast_regex.compile(r"\d")
# A short in-house number right after its word: "ext. 4521", "bleep 0215", "Tel. 52436",
# "Durchwahl 12", "poste 123", "wew. 34" (a hospital's extensions and pagers are 2 to 6
# digits, and identify a person's desk as well as a full number does). A six-digit local
# number is written in groups too ("800 754", "80 07 54": the national plans of ITU-T
# E.164 with six-digit subscriber numbers), and the words are also Arabic's ("رقمي", my
# number; هاتف, جوال, موبايل as chat and call notes write them).
_ARABIC_PHONE_WORDS = (
    "رقمي|رقم[ ]هاتفي|رقم[ ]الهاتف|رقم[ ]الجوال|هاتفي|هاتف|الهاتف|جوالي|جوال|الجوال|موبايل|تلفون"
)
SHORT_AFTER_WORD = fast_regex.compile(
    r"(?i:(?<![\w])(?:ext|extn|extension|bleep|pager|beeper|tel|tél|phone|durchwahl|"
    rf"poste|wewn|wew|int\.|dahili|hotline|mobile|cell|fax|mellék|anknytning|{_ARABIC_PHONE_WORDS})"
    r"\.?:?[ ]{0,2}(?:no\.?[ ]?|#[ ]?)?)"
    r"(\d{3}[ ]\d{3}|\d{2}[ ]\d{2}[ ]\d{2}|\d{2,6})"
    r"(?![\w,/:-]|[.,]\d|[ ]?(?i:%|mg|ml|kg|mmol|units?|iu|bpm|hours?|days?|min|"
    r"tablets?|weeks?|years?|times)\b)"
)
# Vanity numbers in letters: "1-800-FLOWERS", "1-800-GO-FEDEX", "0800 REPAIRS".
VANITY = fast_regex.compile(
    r"(?<![\w-])(?:\+?1[-. ])?\(?(?:8(?:00|33|44|55|66|77|88)|0800|0900|1300|1800)\)?[-. ]"
    r"(?=[A-Z0-9-]{0,4}[A-Z])[A-Z0-9]{2,7}(?:-[A-Z0-9]{2,7}){0,2}(?![\w-])" + _EXT_TAIL
)
# Amounts and counts with their unit: "1 120 000 IU", "2 500 000 copies/mL", "EUR 1 234 567".
_UNIT_AFTER = fast_regex.compile(
    r"[ ]?(?:IU|U|mg|mcg|µg|g|kg|ml|mL|L|mmol|copies|cells|units?|tablets?|doses?|km|m|"
    r"EUR|USD|GBP|CHF|PLN|€|\$|£|%)(?![\w])"
)
_CURRENCY_BEFORE = fast_regex.compile(r"(?:EUR|USD|GBP|CHF|PLN|INR|Rs\.?|€|\$|£)[ ]?$")
# Shapes that are something else and are masked by their own rule or not at all:
# dates (2024-05-10, 10/05/2024, 10.05.2024) and decimal numbers.
_NOT_PHONE = fast_regex.compile(
    r"\d{3}-\d{2}-\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
)
# A date and a bracket after it ("13/12/1931 (92)": a date of birth and an age).
_DATE_THEN_BRACKET = fast_regex.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}[ ]{0,2}\(")
# A date with the hour of a time after it ("03/21/2022 14" of "03/21/2022 14:02").
_DATE_THEN_HOUR = fast_regex.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})[ \t]{1,2}\d{1,2}"
)
_MINUTES = fast_regex.compile(r"[:h][0-5]\d(?!\d)")
# A year before a slash: the national area codes written before a slash (DE, AT, CH, IT,
# BE "0201/123456") begin with their trunk "0", NANP's have three digits; "2020/606018" is
# a case or incident number of that year.
_YEAR_SLASH = fast_regex.compile(r"(?:19|20)\d\d[ ]?/")
_DECIMAL = fast_regex.compile(r"\.\d(?!\d)")  # "4.2": a measurement; phone groups have 2+ digits
# ... unless the number is international and written in dotted groups, as the French,
# Belgian, Swiss and Brazilian write theirs ("+33.6.42.16.63.38", "+55.19.98173-4132"):
# the country code and three groups or more make no decimal.
_DOTTED_INTERNATIONAL = fast_regex.compile(r"(?:\+|00)\d{1,3}(?:\.\d{1,5}){2,}(?:-\d{1,5})?")
# An amount with its cents and nothing else ("48000.00", "1312.44"): ISO 4217's minor unit
# of two digits after one point; a phone written with points has three groups or more.
_CENTS = fast_regex.compile(r"\d{1,12}\.\d{2}")
# Three blanks part two columns of a fixed-width layout; no one writes a number's groups so.
_COLUMN_GAP: Final = "   "
# A number in three groups or more, as phone numbers are written ("0121 230 1988").
_GROUPED = fast_regex.compile(r"\+?\(?\d{2,5}\)?(?:[ .-]\d{2,4}){2,4}")


# The national number lengths of the regions above, from phonenumbers' metadata (in
# practice 4 to 15 digits): a run of another length is no phone number of these regions.
def _region_lengths(region: str) -> tuple[int, ...]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = metadata.general_desc if metadata is not None else None
    return tuple(desc.possible_length or ()) if desc is not None else ()


_LENGTHS: Final = frozenset(n for region in REGIONS for n in _region_lengths(region))


def _possible(candidate: str, digits: int) -> bool:
    """A "+" number must be possible for its country; a national one must have a length
    of one of the regions, with or without its trunk prefix ("0", "1")."""
    if candidate.startswith("+"):
        try:
            return bool(phonenumbers.is_possible_number(phonenumbers.parse(candidate, None)))
        except phonenumbers.NumberParseException:
            return False
    return digits in _LENGTHS or digits - 1 in _LENGTHS


def find_phones(text: str) -> list[Span]:
    """Every phone or fax number in `text` (its extension included)."""
    spans: list[Span] = []
    for m in CANDIDATE.finditer(text):
        value = m.group().rstrip(")") if m.group().count(")") > m.group().count("(") else m.group()
        start = m.start()
        if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
            value, start = value[1:-1], start + 1  # "(0064 20 206 3850)": a remark's brackets
        # the number's length without its extension ("586-983-3078x3281-508": ten digits);
        # a pause's digits count (";48000" may be a semicolon table's next cell)
        ext = m.group("ext")
        pause = ext.startswith((";", ",,")) and "=" not in ext
        digits = len(_DIGITS.findall(value)) - (0 if pause else len(_DIGITS.findall(ext)))
        number = value[: m.start("ext") - start] if ext else value
        if _COLUMN_GAP in value and _GROUPED.fullmatch(cell := value[: value.index(_COLUMN_GAP)]):
            # a fixed-width row's cell that is a number in groups ("0121 230 1988   00:21:40"):
            # the number alone, the next column left out
            value = number = cell
            digits, ext = len(_DIGITS.findall(cell)), ""
        if (
            not 7 <= digits <= 20
            or _COLUMN_GAP in value  # "7909   -42.10": two columns of a fixed-width row
            or _NOT_PHONE.fullmatch(value.strip())
            or (_DECIMAL.search(value) and not _DOTTED_INTERNATIONAL.fullmatch(number.strip()))
        ):
            continue
        if _DATE_THEN_HOUR.fullmatch(value) and _MINUTES.match(text, start + len(value)):
            continue  # "03/21/2022 14:02": a date and a time of day
        context = _CONTEXT.search(text, max(0, m.start() - 30), m.start()) is not None
        international = value.startswith(("+", "00", "011"))
        if not context and (
            _an_amount(text, start, start + len(value))
            or _CENTS.fullmatch(text, start, start + len(number))
        ):
            continue
        if not context and _DATE_THEN_BRACKET.match(value):
            continue  # the date and the age are masked by their own rules
        if not context and _YEAR_SLASH.match(value):
            continue  # "2020/606018": a register's year and serial, not an area code
        if context or (international and digits >= 8) or _possible(value, digits):
            spans.append(Span(start, start + len(value), KIND, "phone_numbers", 0.75))
    if _SHORT_HINT.search(text) is not None:
        for m in SHORT_AFTER_WORD.finditer(text):
            spans.append(Span(m.start(1), m.end(1), KIND, "phone_short_after_word", 0.6))
    if "-" in text or " 0" in text:
        for m in VANITY.finditer(text):
            spans.append(Span(m.start(), m.end(), KIND, "phone_vanity", 0.6))
    return spans


_SHORT_HINT = fast_regex.Trigger(
    fast_regex.compile(
        r"(?i:ext|bleep|pager|beeper|tel|phone|durchwahl|poste|wew|dahili|hotline|mobile|cell|"
        r"fax|\bint\.|mellék|anknytning|رقم|هاتف|جوال|موبايل|تلفون)"
    ),
    (
        *("ext", "bleep", "pager", "beeper", "tel", "phone", "durchwahl", "poste", "wew"),
        *("dahili", "hotline", "mobile", "cell", "fax", "int.", "mellék", "anknytning"),
        *("رقم", "هاتف", "جوال", "موبايل", "تلفون"),
    ),
)


def _an_amount(text: str, start: int, end: int) -> bool:
    """Whether the number at `start`..`end` is an amount or a count with its unit ("1 120
    000 IU", "EUR 1 234 567"), not a phone number (unless a phone word stands before)."""
    if _UNIT_AFTER.match(text, end) is not None:
        return True
    return _CURRENCY_BEFORE.search(text, max(0, start - 5), start) is not None


_IPV4_RULES: Final = frozenset({"ipv4", "IpRecognizer"})
# A number written as people write phones stays a phone after "number:" or "no.": with a
# "+", an international or trunk prefix ("0161 496 0000", "07700 900123"), or NANP's
# 3-3-4 groups ("(212) 555-0147").
_PHONE_SHAPED = fast_regex.compile(r"[+(0]|\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}$")


def named_by_kind(text: str, spans: list[Span]) -> list[Span]:
    """Numbers another rule names better lose their phone (or checksum) reading: a dotted
    quad of octets is an IPv4 address (RFC 791's dotted decimal), never a phone or a Polish
    NIP; a number after an identifier word ("Medicare no.", "Portal id") with no phone
    word before it, and not written as a phone, is that record's number. The value is
    masked either way."""
    ips = {(s.start, s.end) for s in spans if s.rule in _IPV4_RULES}
    labelled = [(s.start, s.end) for s in spans if s.rule == "id_after_context"]
    if not ips and not labelled:
        return spans
    out = []
    for s in spans:
        if (s.start, s.end) in ips and s.kind != "IP_ADDRESS":
            continue
        if (
            s.rule == "phone_numbers"
            and any(a <= s.start and s.end <= b for a, b in labelled)
            and _CONTEXT.search(text, max(0, s.start - 30), s.start) is None
            and _PHONE_SHAPED.match(text, s.start, s.end) is None
        ):
            continue
        out.append(s)
    return out
