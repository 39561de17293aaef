"""Addresses found by their postcode, for every country and every script: a number of one
of the shapes the world's postal services issue (`postal_shapes.SHAPES`, generated from
Google's address metadata) standing next to a town, in an address line that also holds a
house number. Pure `regex`, no NLP: the ingest analyzer and the workstation's second pass
both run it.

The shapes written around a postcode, from the postal formats (`fmt` in that metadata):
the town before it ("..., Town 12345", "Town-123456", "..., Town, 1234567": %C %Z, India,
Israel, Saudi Arabia, Iran) or after it ("12345 Town", a street line above: %Z %C, most of
Europe), or the postcode first and the rest after it ("120488, г. Город, ул. ..., д. 9":
the Russian and CIS index-first order that forms still use). Documents do not keep to their
country's format (a Russian form writes the index first, a table writes it last), so every
order is read for every shape; what makes a number a postcode here is its shape, a town
word next to it and a house number in the same address.

The address grows from the postcode over the words and numbers of its line, in any
script, segment by segment (",", the Arabic "،", ";"), and stops at a label ("Address:",
"住所：" or any word with a colon), at a table cell's bar, and, in the scripts with
capitals, at a lower-case word that is not a street, unit or settlement word. A line that
runs on past twelve words before reaching one of those edges is prose, not an address.
"""

from __future__ import annotations

import unicodedata
from typing import Final

import regex

from app.redaction import addresses, fast_regex
from app.redaction.postal_shapes import SHAPES
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "ADDRESS"
RULE: Final = "address_postcode_world"

# A postcode: one of the shapes, not inside a longer number, a decimal, a date, a phone
# number or a code ("12.345", "03-1298-2866", "ID-12345"); a hyphen before it only after a
# word of letters ("Asansol-713301", India Post's written form), never after a digit group
# (the last group of an IBAN or a card written with hyphens: "...-2692-4921").
# Shapes that start with any two or three capitals ("[A-Z]{2} ?\d{4}": Brunei, Malta,
# Somalia; Ireland's any-seven) would read lab tests, flight numbers and document codes
# ("CRP 12", "LH 1234", "DX 12345"): left out; the letters of the others are their own
# ("GY", "JE", "AD", "LV-").
_SHAPES = "|".join(s for s in SHAPES if not s.startswith(("[A-Z]{", "[\\dA-Z]{")))
_AFTER = r"(?![\w%°]|[.,:/-]\d|-\w)"
POSTCODE = fast_regex.compile(
    r"(?:(?<![\w.,+/@#:%$€£¥-])(?<!\d[ ])|(?<=[^\W\d_]{3}-))"
    # the country's letters before it, as some formats write it ("CH-%Z", "AX-%Z", "LV-")
    rf"(?:(?<![\w-])[A-Z]{{1,3}}-)?(?:{_SHAPES}){_AFTER}",
    starts=r"[\dA-Z]",  # (every shape starts with a digit or a capital)
)
# The longest postcode at a place ("100 00", not "100"): POSIX leftmost-longest matching,
# run only where POSTCODE matched.
_LONGEST = regex.compile(rf"(?p)(?:[A-Z]{{1,3}}-)?(?:{_SHAPES}){_AFTER}")
# Words that end an address going backwards or forwards: labels and the words that stand
# before an address in prose, in the languages of the scripts read here.
_STOP_WORDS: Final = frozenset(
    word_list(
        """
        address addresses addr adresse anschrift domicilio indirizzo adres adresa endereço
        home residence resident resides lives lived living patient client customer
        applicant subject at in near from to of and or the with for by on tel phone fax
        email mobile dob born date name id no. nr. ref invoice order account policy mrn
        адрес адреса проживания прописка регистрации телефон пациент
        כתובת הכתובת כתובתו כתובתה מען טלפון היא הוא של את עם גר גרה מתגורר מתגוררת
        العنوان عنوان عنوانه عنوانها هاتف في من إلى على مع هو هي يسكن تسكن
        نشانی آدرس نشاني تلفن در از به با است ساکن
        पता फोन में को से का की के और है रहता रहती रहते
        முகவரி தொலைபேசி மற்றும் ঠিকানা ফোন এবং থাকেন
        ที่อยู่ 주소 住所 地址 聯絡地址 联系地址
        """
    )
)
# Lower-case words an address line holds in the scripts with capitals: street, building,
# unit and settlement words (Russian Post's abbreviations among them: "д.", "кв.", "клх").
ADDRESS_LOWER: Final = frozenset(
    word_list(
        """
        ул. ул улица пр. пр-т просп. проспект пер. переулок ш. шоссе б-р бул. бульвар
        наб. набережная пл. площадь туп. тупик мкр. мкр мкр-н микрорайон проезд пр-д
        алл. аллея линия д. дом корп. корпус к. стр. строение кв. квартира оф. офис пом.
        г. город пос. посёлок поселок пгт пгт. п. с. село дер. д-ня деревня х. хутор ст-ца
        станица клх колхоз свх совхоз аул рп. рп кп. обл. область р-н район край респ.
        вул. вулиця м. смт буд. сел. улица бул. булевар ул.
        οδός οδ. λεωφ. λεωφόρος πλ. πλατεία
        """
    )
)
# A unit of measure or a clinical word after a number: the number is a measurement, not
# a house number or a postcode ("12500 mg", "13500 /µl").
_UNITS: Final = frozenset(
    word_list(
        """
        mg ml mcg µg ug g kg l dl mmol mmol/l mol iu ui u/l cm mm km m mmhg bpm % °c
        мг мл г кг см мм ммоль ед
        """
    )
)
# Labels of records and references: a number right after one is that record's
# ("ref 12345", "Policy 4471-09", "MRN 0897 1074"), never a postcode.
_RECORD_LABELS: Final = frozenset(
    word_list(
        """
        ref reference id no nr number invoice order account acct policy mrn case claim loan
        ticket booking member patient-id
        """
    )
)
_SEPARATORS: Final = ",،;"
_TOKEN = fast_regex.compile(r"[^\s,،;|\t]+|[,،;]")
_MAX_TOKENS = 12  # an address line: beyond this many words without an edge it is prose
_MAX_FORWARD = 16


def _letters(token: str) -> str:
    return "".join(c for c in token if c.isalpha())


def _cased(token: str) -> bool:
    """Whether `token`'s letters are of a script with capitals (Latin, Cyrillic, Greek)."""
    return any(c.isupper() or c.islower() for c in token)


def _is_number(token: str) -> bool:
    """A house, flat or box number: "69", "69/2062", "2б/8", "118-87", "12a" (a few letters
    at most beside its digits)."""
    bare = token.strip("()[]\"'.")
    digits = sum(c.isdigit() for c in bare)
    return 0 < digits <= 6 and len(bare) - digits <= 3 and "." not in bare and ":" not in bare


def _is_stop(token: str, forward: bool) -> bool:
    """Whether `token` ends an address: a label, a prose word, a measurement's unit."""
    if ":" in token or "：" in token or token in ("=",) or addresses.field_key(token):
        return True  # (a label; a record's key: "InstitutionAddress", "PstlAdr", "(0008,0080)")
    bare = token.strip("()[]\"'«»“”")
    folded = bare.casefold()
    if folded in ADDRESS_LOWER:
        return False  # ("г." is a town here, not grams)
    if folded in _STOP_WORDS or folded.rstrip(".") in _STOP_WORDS or folded.rstrip(".,") in _UNITS:
        return True
    letters = _letters(bare)
    if not letters or not _cased(letters):
        return False  # a number, or a word of a script without capitals
    if letters[0].isupper():
        return False
    # "(метеост.)", "д-ня": a short abbreviation of a settlement or a building, forwards
    return not (forward and (bare.endswith(".") or "-" in bare) and len(letters) <= 8)


def _is_word(token: str) -> bool:
    """A word that can be a town's, a street's or a region's ("KY", "ص.ب", ")שבט(")."""
    letters = _letters(token)
    if token.casefold() in ADDRESS_LOWER:
        return True  # "д.", "к.", "с.": a house, a block, a village
    return len(letters) >= 2 or (bool(letters) and not _cased(letters))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the line (or table cell, or delimited row's cell) holding
    `start`..`end`."""
    lo = max(text.rfind(c, 0, start) for c in "\n|\t") + 1
    ends = [i for i in (text.find(c, end) for c in "\n|\t") if i >= 0]
    hi = min(ends, default=len(text))
    # a value in square brackets is a field of its own ("(0010,0020) LO  [0897 1074]", a
    # DICOM dump's element; "key=[...]"): the address lies inside them
    if (opening := text.rfind("[", lo, start)) >= 0 and (closing := text.find("]", end, hi)) >= 0:
        lo, hi = opening + 1, closing
    return addresses.cell_bounds(text, lo, hi, start, end)


def _measurement_after(text: str, end: int) -> bool:
    after = text[end : end + 8].split(maxsplit=1)
    return bool(after) and after[0].casefold().rstrip(".,;") in _UNITS


def _back(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of the address's first token, going back from token `i` (exclusive);
    None when the line runs on like prose."""
    first = i
    words = 0
    for k in range(i - 1, -1, -1):
        token = tokens[k][2]
        if token in _SEPARATORS:
            continue
        if _is_stop(token, forward=False):
            return first
        words += 1
        if words > _MAX_TOKENS:
            return None
        first = k
    return first


def _sentence_end(token: str, after: str) -> bool:
    """Whether `token` (ending in a full stop) closes a sentence rather than abbreviating
    a word ("д.", "ул.", "St."): a number, a double stop, or a word of four letters or
    more before a capitalised word."""
    if token.casefold() in ADDRESS_LOWER:
        return False
    if _is_number(token[:-1]) or token.endswith(".."):
        return True
    return len(_letters(token)) >= 4 and after[:1].isupper()


def _forward(tokens: list[tuple[int, int, str]], i: int) -> int:
    """The index of the address's last token, going on from token `i` (inclusive)."""
    last = i
    for k in range(i + 1, min(len(tokens), i + 1 + _MAX_FORWARD)):
        token = tokens[k][2]
        if token in _SEPARATORS:
            continue
        if _is_stop(token, forward=True):
            break
        last = k
        if token.endswith(".") and _sentence_end(
            token, tokens[k + 1][2] if k + 1 < len(tokens) else ""
        ):
            break  # "кв. 210." or "Bogotá, D.C.. Damage": the sentence ends
    return last


# Street, building, box and settlement words of the scripts without capitals, as their
# postal services write them: Hebrew (Israel Post), Arabic and Persian, Devanagari, Tamil,
# Bengali, Thai; the Cyrillic and Greek ones are `ADDRESS_LOWER`.
STREET_WORDS: Final = (
    frozenset(
        word_list(
            """
        רחוב רח' רח׳ רח שדרות שד' שד׳ דרך סמטת שכונת כיכר ת.ד. ת"ד דירה בית
        شارع طريق حي جادة ص.ب ص.ب. صندوق بريد مبنى عمارة شقة الرمز البريدي
        خیابان کوچه بلوار میدان پلاک واحد طبقه کدپستی کد جاده بن بست محله
        मार्ग रोड गली घर मकान नगर कॉलोनी सड़क जिला ग्राम गाँव गांव मोहल्ला सेक्टर फ्लैट
        தெரு சாலை வீதி நகர் வீடு மாவட்டம் கிராமம் குறுக்குத் பிளாட்
        রোড সড়ক বাড়ি গ্রাম জেলা লেন বাসা ফ্ল্যাট
        ถนน ซอย หมู่ ตำบล แขวง อำเภอ เขต จังหวัด เลขที่
        """
        )
    )
    | ADDRESS_LOWER
)
_ALL_STREET_WORDS: Final = STREET_WORDS | frozenset(
    w.casefold()
    for w in (*addresses.STREET_TYPES, *addresses.TYPE_FIRST_WORDS, *addresses.UNIT_WORDS)
)


def _has_street_word(words: list[str]) -> bool:
    return any(w.casefold().strip("()\"'«»,") in _ALL_STREET_WORDS for w in words)


def _street_line(words: list[str]) -> bool:
    """A street line of an address block: a street word and a number ("ул. Ленина, д. 5",
    "רחוב הרצל 12"), or a house number first ("12 Main Street", "69/2062 गोयल")."""
    if not any(_is_number(w) for w in words) or any(_year(w) for w in words):
        return False  # ("22nd August 1972": a date)
    first = words[0].casefold()
    ordinal = first.endswith(("st", "nd", "rd", "th")) and first[:-2].isdigit()
    return _has_street_word(words) or (_is_number(first) and not ordinal and len(words) >= 2)


def _label_or_prose(word: str) -> bool:
    """A label ("Adresa:") or a word of prose ("the", "with") on a line above an address
    (a lower-case word of a street name may stand there: "Партизански одреди 2б/8")."""
    return ":" in word or "：" in word or word.casefold().strip(".,") in _STOP_WORDS


def _block_above(text: str, lo: int) -> tuple[int, bool]:
    """The start of the address lines above the line starting at `lo` (up to three short
    lines with no label or prose word), and whether one of them is a street line."""
    start, street = lo, False
    for _ in range(3):
        if start < 2 or text[start - 1] != "\n":
            break
        above = text.rfind("\n", 0, start - 1) + 1
        tokens = [t for t in _tokens(text, above, start - 1) if t[2] not in _SEPARATORS]
        words = [t[2] for t in tokens]
        labels = [
            k
            for k, t in enumerate(tokens)
            if ":" in t[2] or "：" in t[2] or addresses.residence_word(words, k)
        ]
        if labels:  # "Mailing address: Street 12": the value after its label, the block's top
            tokens = tokens[labels[-1] + 1 :]
            if len(tokens) > 1 and tokens[0][2].islower() and len(tokens[0][2]) <= 3:
                tokens = tokens[1:]  # "Vive en Alameda …": the preposition after the verb
        words = [t[2] for t in tokens]
        if not 1 <= len(words) <= 8 or any(_label_or_prose(w) for w in words):
            break
        start, street = tokens[0][0], street or _street_line(words)
        if labels:
            break
        if street:
            break
    return start, street


Tokens = list[tuple[int, int, str]]


def normalise(value: str) -> str:
    """The digits of `value`, as ASCII digits (Arabic-Indic, Devanagari... included)."""
    return "".join(str(unicodedata.digit(c)) for c in value if c.isdigit())


def _segments(tokens: Tokens) -> list[list[str]]:
    """The words of each comma segment of `tokens`."""
    out: list[list[str]] = [[]]
    for _, _, token in tokens:
        if token in _SEPARATORS:
            out.append([])
        else:
            out[-1].append(token)
    return [seg for seg in out if seg]


# A building's and a flat's numbers joined by a hyphen (six digits at most, `_is_number`):
# a Korean apartment's dong-ho ("103-761"), a house and its flat ("118-87").
_HOUSE_FLAT = fast_regex.compile(r"\d{1,4}-\d{1,4}")


def _street_like(words: list[str]) -> bool:
    """A street line, a box or a flat: a few words and one house number at its start or
    its end ("רחבת פנינה 69", "9369 قاضی کوه", "ص.ب 95691", "кв. 104"), not a list of
    values ("ضغط الدم 120 على 80")."""
    numbers = [k for k, w in enumerate(words) if _is_number(w)]
    if not numbers or not 2 <= len(words) <= 7:
        return False
    if sum(c.isdigit() for c in words[numbers[0]]) > 5 and not _HOUSE_FLAT.fullmatch(
        words[numbers[0]]
    ):
        return False
    if any(not _is_word(w) for k, w in enumerate(words) if k not in numbers):
        return False
    # one number at either end, or the house number first and a flat's number later
    # ("9369 قاضی کوه سوئیت 195"); a value list has its numbers inside
    return (len(numbers) == 1 and numbers[0] in (0, len(words) - 1)) or (
        numbers[0] == 0 and len(numbers) == 2 and len(words) >= 4
    )


def _address_end(tokens: Tokens, k: int) -> int | None:
    """The last token of an address whose postcode ends its segment at token `k`: the
    postcode itself at the end of the line or before a label or a prose word, or a short
    segment after it with no number (a region, a country); None when the line goes on."""
    if k + 1 >= len(tokens) or _is_stop(tokens[k + 1][2], forward=True):
        return k
    if tokens[k + 1][2] in ("-", "–", "—"):
        return k  # "GU 88803 - please confirm": a dash ends the clause
    if tokens[k + 1][2] not in _SEPARATORS:
        return None
    last = k
    for j in range(k + 2, min(len(tokens), k + 6)):
        token = tokens[j][2]
        if token in _SEPARATORS or _is_stop(token, forward=True):
            return last if last > k else k if _is_stop(token, forward=True) else None
        if not _is_word(token):
            return None
        last = j
        if token.endswith(".") and _sentence_end(
            token, tokens[j + 1][2] if j + 1 < len(tokens) else ""
        ):
            return last  # "..., La Pampa. Damage to": the sentence ends with the region
    return last if last == len(tokens) - 1 else None


def _year(value: str) -> bool:
    """Whether a number could be a year of these two centuries ("2021")."""
    digits = normalise(value)
    return len(digits) == 4 and len(value.strip(".,;")) == 4 and 1900 <= int(digits) <= 2099


def _postcode_token(tokens: Tokens, start: int, end: int) -> Tokens:
    """`tokens` with the postcode's ("100 00", "ASCN 1ZZ") made one, and a dash before it
    dropped ("Town - 1340")."""
    inside = [k for k, t in enumerate(tokens) if t[0] < end and start < t[1]]
    if not inside:
        return tokens
    a, b = inside[0], inside[-1]
    merged = (tokens[a][0], tokens[b][1], " ".join(t[2] for t in tokens[a : b + 1]))
    if a > 0 and tokens[a - 1][2] in ("-", "–", "—"):
        a -= 1
    return [*tokens[:a], merged, *tokens[b + 1 :]]


def _words_only(text: str, lo: int, hi: int) -> bool:
    """Whether the line `lo`..`hi` is a town or a region: a few words, no number, no label."""
    words = _words(text, lo, hi)
    return 1 <= len(words) <= 4 and not any(_is_number(w) or _label_or_prose(w) for w in words)


def _own_line(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The address block around a postcode on a line of its own: the street line above it
    and its town above it ("Street 12\nTown\n101000") or below it ("Street 12\n1001\nTown")."""
    below = _next_line(text, hi)
    if below is not None and _words_only(text, *below):  # "12345\nTown\nStreet 12" (CN, TW)
        street_line = _next_line(text, below[1])
        if street_line is not None and _street_line(_words(text, *street_line)):
            return lo, street_line[1]
    above, street = _block_above(text, lo)
    if not street or above == lo:
        return None
    line_above = text.rfind("\n", 0, lo - 1) + 1
    if _words_only(text, line_above, lo - 1) or (
        above < line_above and _words_only(text, above, text.find("\n", above))
    ):
        return above, hi  # "Street 12\nTown\n101000" (RU), "Town\nStreet 12\n1037" (HU)
    if below is not None and _words_only(text, *below):
        return above, below[1]  # "Street 12\n1001\nTown" (AF)
    return None


def _next_line(text: str, hi: int) -> tuple[int, int] | None:
    """The bounds of the line after the one ending at `hi`, if there is one."""
    if hi >= len(text) or text[hi] != "\n":
        return None
    end = text.find("\n", hi + 1)
    return hi + 1, len(text) if end < 0 else end


def _words(text: str, lo: int, hi: int) -> list[str]:
    return [t[2] for t in _tokens(text, lo, hi) if t[2] not in _SEPARATORS]


def _town_line_end(tokens: Tokens, at: int, last: int) -> int:
    """The last token of a postcode-first town line after its street ("Ring 9, 2666
    Stockerau, 3 Zimmer, Miete 890 EUR"): a later segment holding a number is the next
    field's (rooms, rent); a region or a country's word after the town stays."""
    for j in range(at + 2, last + 1):
        if tokens[j][2] in _SEPARATORS:
            continue
        if tokens[j - 1][2] in _SEPARATORS and any(
            c.isdigit() for k in range(j, last + 1) for c in tokens[k][2]
        ):
            end = j - 1
            while end > at and tokens[end][2] in _SEPARATORS:
                end -= 1
            return end
    return last


def _address(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The address around the postcode at `start`..`end`, or None when it is not one."""
    value = text[start:end]
    if (value.isdigit() and len(value) < 4) or _measurement_after(text, end):
        return None  # three digits alone are too many other things
    lo, hi = _line(text, start, end)
    tokens = _postcode_token(_tokens(text, lo, hi), start, end)
    at = next((k for k, t in enumerate(tokens) if t[0] <= start < t[1]), None)
    if at is None:
        return None
    if len(tokens) == 1 and tokens[0][0] >= start and tokens[0][1] <= end + 1:  # a line of its own
        return _own_line(text, lo, hi)
    before = tokens[at - 1][2] if at > 0 else ""
    after = tokens[at + 1][2] if at + 1 < len(tokens) else ""
    joined = tokens[at][0] < start  # "Asansol-713301": the town joined by a hyphen
    town = before
    if before.casefold().rstrip(":.#") in _RECORD_LABELS:
        return None  # "Loan ref LN-86988116": a record's number after its label
    last = _address_end(tokens, at)
    if before in _SEPARATORS and at > 1 and _is_word(tokens[at - 2][2]):
        # "..., Town, 1234567": the postcode after a comma, the town's segment a word or
        # two ("..., דוב"ב, 8245195 והטלפון": prose may go on after it)
        if last is None and _is_word(after) and len(_segments(tokens[:at])[-1]) <= 2:
            last = at
        if last is not None:
            town = tokens[at - 2][2]
    if joined or (town not in _SEPARATORS and _is_word(town) and not _is_stop(town, False)):
        # the town before: the postcode ends the address ("..., Town 12345")
        first = _back(tokens, at)
        if last is None or first is None:
            return None
        span = tokens[first : last + 1]
        segments = _segments(tokens[first : at + 1])
        evidence = any(_street_like(seg) or _street_line(seg) for seg in segments[:-1]) or (
            # "69/2062 गोयल अमरोहा 333790": house number, street, town, postcode on one line
            _is_number(span[0][2])
            and sum(len(seg) for seg in segments) >= 4 - joined
            and not _year(text[start:end])
        )
        span_start = span[0][0]
        if not evidence and first == 0:  # "Street 12\nTown 12345": the street line above
            span_start, evidence = _block_above(text, lo)
        return (span_start, span[-1][1]) if evidence else None
    label = ":" in before or "：" in before or before.casefold() in _STOP_WORDS
    if not (at == 0 or before in _SEPARATORS or label):
        return None  # inside a run of words and numbers ("Study 12345 Visit 3")
    if after in _SEPARATORS and _year(text[start:end]):
        return None  # "2019, BP 120/80": a year, not an index written first
    # the postcode starts its segment: the town or the address after it ("80331 München",
    # "120488, г. Город, ул. ..., д. 9")
    if not (_is_word(after) or after in _SEPARATORS) or tokens[at][2].endswith("."):
        return None  # (a postcode before its town ends no sentence: "March 3, 1950.")
    last = _forward(tokens, at)
    first = at
    if before in _SEPARATORS and (back := _back(tokens, at)) is not None:
        first = back
    if first < at:  # a street before the postcode: the town line closes the address
        last = _town_line_end(tokens, at, last)
    segments = _segments(tokens[first : last + 1])
    evidence = any(_street_like(seg) for seg in segments if tokens[at][2] not in seg)
    span_start = tokens[first][0]
    if first == at:
        above, street = _block_above(text, lo)
        if street and at == 0:
            span_start, evidence = above, True
    if not evidence or last == at:
        return None
    return span_start, tokens[last][1]


_THREE_DIGITS = fast_regex.compile(r"\d{3}|[A-Z]\d|\d[A-Z]")  # (or a letter code: "1ZZ")


def find_postal_addresses(text: str) -> list[Span]:
    """Address lines around a postcode of any country's shape, in any script."""
    if _THREE_DIGITS.search(text) is None:  # (in any script)
        return []
    spans = []
    for m in POSTCODE.finditer(text):
        longest = _LONGEST.match(text, m.start())
        found = _address(text, m.start(), longest.end() if longest else m.end())
        if found is not None:
            spans.append(Span(found[0], found[1], KIND, RULE, 0.85))
    return spans
