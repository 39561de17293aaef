"""Held-out M's values: identifiers as the registers, banks, clinics and courts of many
countries write them, drawn for M's own slots (generator.M_SLOTS).

Every value is drawn from the document's rng and Faker (seeded per document by
generator.Ctx), never from today's date, so a document renders the same on any day. A
value whose scheme has a check digit carries a valid one (national numbers through
python-stdnum; the New Zealand NHI, Ontario health numbers, Nigerian NUBAN account
numbers, cards, IMEIs and IBANs by their own rules, each with a test).

The slot's form names a variant where a slot has several (`{mtel1.e164}`,
`{mplan1.nhi}`, `{mdate1.ja}`); a value keeps the form of its first mention. Person forms
beyond generator.Person's (`fio_short`, `cjk`, `caret`, ...) live on `MPerson`.
"""

from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn

from resources.synthetic.redaction_eval import generator
from resources.synthetic.redaction_eval.generator import MONTHS, Ctx, Person, Value
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id
from resources.synthetic.redaction_eval.world_names import world_names

# M's slots and the kind each writes: its rows of generator.SLOT_KINDS.
SLOTS = {slot: generator.SLOT_KINDS[slot] for slot in sorted(generator.M_SLOTS)}
# Countries whose national numbers M draws (national_ids.NATIONAL_IDS, check digits valid).
# None of them is drawn from today's date: national_ids draws some countries' numbers from
# birth dates Faker places relative to today, so M draws those countries' numbers itself
# (DATED below) from a birth date of its own, and leaves out the others of that kind.
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "AU", "IE",
    "CH", "SE", "FI", "NO", "DK", "CZ", "RO", "GR", "PT", "CN", "KR", "EE", "ZA", "TH",
    "IL", "CL", "AR", "HR", "LT", "EC", "PK", "NZ", "JP", "UA", "RU", "DO", "KE",
)  # fmt: skip
# World-names countries drawn for about half of the people (world_names.COUNTRIES, Wales).
NAME_COUNTRIES = (
    "PL", "NG", "IT", "DE", "GB", "IE", "IN", "BD", "BR", "MX", "AR", "CO", "TR", "PH",
    "ID", "MY", "EG", "MA", "DZ", "IR", "IQ", "SA", "GH", "ET", "ZA", "FR", "ES", "PT",
    "NL", "BE", "SE", "FI", "DK", "NO", "HU", "CZ", "HR", "GR", "AL", "US", "CA", "JM",
    "HT", "CM", "AF", "WLS",
)  # fmt: skip
# Faker locales whose names come back in Latin letters only by fallback: their people are
# drawn from world names instead, so that a locale never means an American name.
_NO_OWN_NAMES = frozenset({"ar_EG", "mt_MT", "sr_BA", "am_ET", "lb_LU", "en_AU", "sw"})


class MPerson(Person):
    """A person with the forms registers of other countries write, beside Person's."""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        mine = {
            # "Петров И. С.", "Petrov I.S.": surname and initials, as CIS registers write.
            "fio_short": f"{last} {first[0]}.{middle[0] + '.' if middle else ''}",
            "fio": " ".join(w for w in (last, first, middle) if w),
            # Family name first, no space between Han, kana or Hangul names (a Latin-letter
            # name keeps one).
            "cjk": f"{last} {first}" if _latin(first + last) else f"{last}{first}",
            "caret": f"{last}^{first}" + (f"^{middle}" if middle else ""),  # HL7 XPN
            "caps_slash": f"{last.upper()}/{first.upper()}",  # airline and SWIFT style
            "initial_glued": f"{first[0]}.{last}",
            "login": re.sub(r"[^a-z]", "", unidecode(last).lower())[:7]
            + unidecode(first)[0].lower(),
            "last_comma_tight": f"{last},{first}",
            "caps_last_comma_first_caps": f"{last.upper()},{first.upper()}",
            "last_first_initial_nodot": f"{last} {first[0]}",
            "ocr": _ocr_misread(last.upper()),  # a scanned form's surname, as OCR read it
        }
        return mine[form] if form in mine else super().form(form)


# Misreadings of scanned capitals that leave a name a name: RN for M, CL for D, VV for W.
OCR_MISREADS = (("M", "RN"), ("D", "CL"), ("W", "VV"), ("E", "F"), ("O", "Q"))


def _ocr_misread(word: str) -> str:
    """The word with the first letter OCR_MISREADS knows (in their order) misread."""
    for right, wrong in OCR_MISREADS:
        if right in word:
            return word.replace(right, wrong, 1)
    return word


def _latin(text: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


# Locales whose own registers mostly hold people named in the local script.
_OWN_SCRIPT = frozenset({"ja_JP", "zh_CN", "zh_TW", "ko_KR", "ru_RU", "uk_UA", "el_GR"})


def new_person(ctx: Ctx) -> MPerson:
    """Half from world names (any of NAME_COUNTRIES), half from Faker in the document's
    locale (in its own script); a Russian, Ukrainian or Bulgarian person has a patronymic."""
    rng = ctx.rng
    share = 0.2 if ctx.locale in _OWN_SCRIPT else 0.5
    if rng.random() < share or ctx.locale in _NO_OWN_NAMES:
        names = world_names()[rng.choice(NAME_COUNTRIES)]
        firsts = [n for n in names["first"] if n != "None"]  # a dump's missing value
        first, last = rng.choice(firsts), rng.choice(names["last"])
        middle = rng.choice(firsts) if rng.random() < 0.15 else ""
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = ""
        if ctx.locale in ("ru_RU", "uk_UA", "bg_BG") and hasattr(f, "middle_name"):
            middle = str(f.middle_name()) if rng.random() < 0.7 else ""
        elif rng.random() < 0.12:
            middle = str(f.first_name())
    if middle.strip() == first.strip():
        middle = ""
    if rng.random() < 0.1 and ctx.locale[:2] in ("es", "pt"):  # two surnames
        second = str(ctx.fake().last_name()).strip()
        if second != last.strip():
            last = f"{last.strip()} {second}"
    return MPerson(first.strip(), last.strip(), middle.strip())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shape(rng: random.Random, shape: str) -> str:
    """'#' a digit, '?' a capital letter, anything else itself."""
    return "".join(
        rng.choice(string.digits) if c == "#" else rng.choice(string.ascii_uppercase)
        if c == "?" else c
        for c in shape
    )  # fmt: skip


def _region(locale: str) -> str:
    region = locale.rsplit("_", 1)[-1].upper()
    return region if len(region) == 2 else "US"


# --- places ---------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


def address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake()
    if form == "lines":
        return str(f.address()).strip()
    if form == "us":
        g = ctx.fake("en_US")
        unit = rng.choice(["Apt ", "Unit ", "Ste ", "#", "Bldg 2, Apt ", "Trlr "])
        return (
            f"{g.building_number()} {g.street_name()} {unit}{rng.randint(1, 990)}, "
            f"{g.city()} {g.state_abbr()} {g.zipcode_plus4()}"
        )
    if form == "rural":  # Canadian rural route and site/compartment
        g = ctx.fake("en_CA")
        return (
            f"RR {rng.randint(1, 9)} Site {rng.randint(1, 40)} Comp {rng.randint(1, 99)}, "
            f"{g.city()} {g.province_abbr()} {g.postcode()}"
        )
    if form == "pobox":
        g = ctx.fake("en_AU")
        return f"PO Box {rng.randint(10, 9999)}, {g.city()} {g.state_abbr()} {g.postcode()}"
    if form == "in":
        g = ctx.fake("en_IN")
        return (
            f"Flat {rng.randint(1, 20)}{rng.choice('ABCD')}, {g.last_name()} Apartments, "
            f"{g.last_name()} Nagar, {g.city()} {rng.randint(110001, 855126)}"
        )
    if form == "br":
        g = ctx.fake("pt_BR")
        return (
            f"{g.street_name()}, {rng.randint(1, 3999)}, apto {rng.randint(11, 1804)} - "
            f"{g.bairro()}, {g.city()} - {g.estado_sigla()}, {g.postcode()}"
        )
    if form == "mx":
        g = ctx.fake("es_MX")
        return (
            f"{g.street_name()} {rng.randint(1, 999)} Int. {rng.randint(1, 30)}, "
            f"Col. {g.last_name()}, C.P. {rng.randint(1000, 99999):05d}, {g.city()}"
        )
    if form == "nl":
        g = ctx.fake("nl_NL")
        return (
            f"{g.street_name()} {rng.randint(1, 300)}-{rng.choice(['I', 'II', 'III', 'hs'])}, "
            f"{g.postcode()} {g.city()}"
        )
    if form == "jp":
        return _one_line(str(ctx.fake("ja_JP").address()))
    if form == "ru":
        g = ctx.fake("ru_RU")
        return (
            f"{g.postcode()}, г. {g.city_name()}, {g.street_title()}, д. {rng.randint(1, 120)}, "
            f"кв. {rng.randint(1, 300)}"
        )
    if form == "street":
        return _one_line(str(f.street_address()))
    return _one_line(str(f.address()))


def postcode(ctx: Ctx, form: str) -> str:
    if form == "zip4":
        return str(ctx.fake("en_US").zipcode_plus4())
    return str(ctx.fake().postcode())


PLUS_ALPHABET = "23456789CFGHJMPQRVWX"


def geo(ctx: Ctx, form: str) -> str:
    """Coordinates as a map pin, a what3words-free plus code or a degree-minute reading."""
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 64.0), rng.uniform(-120.0, 150.0)
    if form == "plus":
        head = rng.choice("56789C") + rng.choice("CFGHJMPQRV")
        return head + _letters(rng, 6, PLUS_ALPHABET) + "+" + _letters(rng, 2, PLUS_ALPHABET)
    if form == "dm":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return (
            f"{ns}{int(abs(lat)):02d} {abs(lat) % 1 * 60:06.3f} "
            f"{ew}{int(abs(lon)):03d} {abs(lon) % 1 * 60:06.3f}"
        )
    return rng.choice([f"{lat:.5f},{lon:.5f}", f"{lat:.6f}, {lon:.6f}", f"{lat:.4f} {lon:.4f}"])


# --- phones and mail ------------------------------------------------------------------

EXTENSIONS = {
    "de": " Durchwahl {x}", "fr": " poste {x}", "es": " ext. {x}", "ja": " 内線{x}",
    "nl": " toestel {x}", "it": " int. {x}", "pt": " ramal {x}", "pl": " wew. {x}",
    "sv": " ankn. {x}", "en": " ext {x}",
}  # fmt: skip


def _valid_number(rng: random.Random, region: str) -> phonenumbers.PhoneNumber | None:
    """A valid number of the region: its example number with the last digits redrawn."""
    kind = rng.choice(
        [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
    )
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        return None
    national = str(example.national_number)
    for attempt in range(60):
        tail = max(2, len(national) - 3 - attempt // 20)
        candidate = national[:-tail] + _digits(rng, tail)
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if phonenumbers.is_valid_number(number):
            return number
    return example


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = _region(ctx.locale)
    fmt = phonenumbers.PhoneNumberFormat
    if form == "nanp":
        region = "US"
    number = _valid_number(rng, region) or _valid_number(rng, "GB")
    assert number is not None
    style = form if form in ("e164", "intl", "national", "dots", "ext") else ""
    if not style:
        style = rng.choice(["intl", "national", "national", "e164", "faker"])
    if style == "faker":
        try:
            return str(ctx.fake().phone_number())
        except AttributeError:  # a locale without phone numbers
            style = "intl"
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if style == "dots":
        digits = phonenumbers.format_number(number, fmt.E164)[1:]
        return "+" + ".".join(digits[i : i + 3] for i in range(0, len(digits), 3))
    text = phonenumbers.format_number(
        number, fmt.NATIONAL if style == "national" else fmt.INTERNATIONAL
    )
    if style == "ext":
        lang = ctx.locale[:2]
        text += EXTENSIONS.get(lang, EXTENSIONS["en"]).format(x=rng.randint(10, 9999))
    return text


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake("en_US")
    if not people or form == "any":
        return unidecode(str(ctx.fake().email())).lower().replace(" ", "")
    person = people[-1] if form == "last" else people[0]
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (person.first, person.last)
    )
    first, last = first or "x", last or "y"
    user = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{last}_{first}",
         f"{first}{rng.randint(1, 99)}", f"{first}.{last}+{rng.choice(['claims', 'hr'])}"]
    )  # fmt: skip
    domain = rng.choice(
        [str(f.free_email_domain()), str(f.domain_name()), "gmx.de", "yandex.ru", "naver.com",
         "qq.com", "libero.it", "wp.pl", "uol.com.br", "rediffmail.com", "orange.fr"]
    )  # fmt: skip
    return f"{user}@{domain}"


# --- numbers of people ------------------------------------------------------------------


# Birth-date numbers drawn here: the number up to its check character, from a birth date
# between 1955 and 1998 (the check character is then the one python-stdnum accepts).
DATED: dict[str, Callable[[date, random.Random], str]] = {
    "PL": lambda d, rng: f"{d:%y%m%d}{_digits(rng, 4)}",  # PESEL
    "DK": lambda d, rng: f"{d:%d%m%y}-{rng.randint(0, 3)}{_digits(rng, 2)}",  # CPR
    "CZ": lambda d, rng: (  # rodné číslo, a woman's month + 50
        f"{d:%y}{d.month + rng.choice([0, 50]):02d}{d:%d}/{_digits(rng, 3)}"
    ),
    "KR": lambda d, rng: f"{d:%y%m%d}-{rng.choice('12')}{_digits(rng, 5)}",  # RRN
    "ZA": lambda d, rng: f"{d:%y%m%d}{_digits(rng, 4)}{rng.choice('01')}8",  # SA ID
    "GR": lambda d, rng: f"{d:%d%m%y}{_digits(rng, 4)}",  # AMKA
    "EE": lambda d, rng: f"{rng.choice('34')}{d:%y%m%d}{_digits(rng, 3)}",  # isikukood
    "LT": lambda d, rng: f"{rng.choice('34')}{d:%y%m%d}{_digits(rng, 3)}",  # asmens kodas
}


def _dated(country: str, rng: random.Random) -> str:
    checks = [n.valid for n in NATIONAL_IDS if n.country == country]
    for _ in range(200):
        body = DATED[country](date(1955, 1, 1) + timedelta(days=rng.randint(0, 16000)), rng)
        for c in string.digits:
            if any(ok(body + c) for ok in checks):
                return body + c
    raise RuntimeError(f"no valid {country} number in 200 draws")


def national(ctx: Ctx, form: str) -> Value:
    """A national identity, health or tax number of the named country (form "pl"), else
    of the template's or split's countries; its label is what documents call it."""
    named = form.upper() if len(form) == 2 else ""
    countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
    country = named if any(n.country == named for n in NATIONAL_IDS) else ctx.rng.choice(countries)
    entry = ctx.rng.choice([n for n in NATIONAL_IDS if n.country == country])
    if country in DATED:
        return Value(_dated(country, ctx.rng), ctx.rng.choice(entry.labels))
    number = draw_national_id(entry, ctx.fake(entry.locale), ctx.rng)
    return Value(number, ctx.rng.choice(entry.labels))


def passport(ctx: Ctx) -> str:
    rng = ctx.rng
    if rng.random() < 0.6:
        return str(ctx.fake().passport_number()).replace(" ", "")
    return _shape(rng, rng.choice(["??#######", "#########", "?########", "??######"]))


def nhi(rng: random.Random) -> str:
    """A New Zealand National Health Index number (old form: 3 letters, 3 digits, check)."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O; A = 1 ... Z = 24
    while True:
        head = _letters(rng, 3, letters)
        body = _digits(rng, 3)
        total = sum(w * (letters.index(c) + 1) for w, c in zip((7, 6, 5), head, strict=True))
        total += sum(w * int(c) for w, c in zip((4, 3, 2), body, strict=True))
        check = 11 - total % 11
        if total % 11 and check != 10:
            return head + body + str(check % 10)


def nhi_valid(value: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    total = sum(w * (letters.index(c) + 1) for w, c in zip((7, 6, 5), value[:3], strict=True))
    total += sum(w * int(c) for w, c in zip((4, 3, 2), value[3:6], strict=True))
    check = 11 - total % 11
    return bool(total % 11) and check != 10 and check % 10 == int(value[6])


def ohip(rng: random.Random) -> str:
    """An Ontario health number (10 digits, Luhn) with its two-letter version code."""
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}-{_letters(rng, 2)}"


def ohip_valid(value: str) -> bool:
    return luhn.is_valid(re.sub(r"\D", "", value)) and len(re.sub(r"\D", "", value)) == 10


HEALTH_CHECKS: dict[str, Callable[[str], bool]] = {"nhi": nhi_valid, "ohip": ohip_valid}


def plan(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    makers: dict[str, Callable[[], str]] = {
        "nhi": lambda: nhi(rng),
        "ohip": lambda: ohip(rng),
        "mbi": lambda: generator.mbi(ctx),
        "ehic": lambda: "80" + _digits(rng, 18),
        "member": lambda: _shape(rng, rng.choice(["???#########", "W#########", "?##-####-###"])),
        "group": lambda: _shape(rng, rng.choice(["GRP-######", "######-###"])),
        "jp": lambda: f"{_digits(rng, 8)}",
        "sus": lambda: f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


MRN_SHAPES = (
    "########", "###-###-##", "PX-#####", "MRN#######", "##-####-#", "E#########",
    "H#######", "###.###.###", "K/##/#####", "#######-#", "UR######", "A##-###-###",
)  # fmt: skip


def record(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "mmrn":
        number = _shape(rng, rng.choice(MRN_SHAPES))
        if form == "ocr":  # as a scan read it: 0 as O, 1 as l, 5 as S
            number = number.translate(str.maketrans("015", "OlS"))
        return number
    if slot == "mbio":
        return _shape(rng, rng.choice(["FP-########", "AF######-##", "BIO#######", "IR-######-?"]))
    shapes = {
        "case": ["##-CR-#####", "CR-####-######", "###/####", "####-???-#####"],
        "court": ["#:##-cv-#####", "CV-####-######", "#### ?? ###"],
        "claim": ["CLM########", "##-#######-##", "C######"],
        "ticket": ["INC#######", "SR-######", "CS#########"],
        "emp": ["E######", "######", "EMP-#####"],
        "student": ["S########", "#########"],
        "subject": ["###-####", "SUBJ-##-###", "#####-###"],
        "visa": ["V##########", "GWF0#####", "W#########", "IOE09########"],
        "uci": ["####-####", "##-####-####"],
        "anum": ["A#########"],
        "uetr": ["uetr"],
        "rx": ["RX#######", "#######-#####"],
        "lab": ["L########", "##-###-####", "?##########"],
        "aer": ["##-???-####-######", "????######"],
        "loan": ["LN-##########", "##########"],
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    shape = rng.choice(shapes[key])
    if shape == "uetr":
        hexes = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return f"{hexes[:8]}-{hexes[8:12]}-4{hexes[13:16]}-a{hexes[17:20]}-{hexes[20:]}"
    return _shape(rng, shape)


NUBAN_BANKS = ("058", "044", "011", "033", "057", "214", "232")  # CBN three-digit bank codes


def nuban(rng: random.Random) -> str:
    """A Nigerian NUBAN account number: bank code, nine-digit serial and a check digit."""
    bank, serial = rng.choice(NUBAN_BANKS), _digits(rng, 9)
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(w * int(c) for w, c in zip(weights, bank + serial, strict=True))
    return serial + str((10 - total % 10) % 10)


def nuban_valid(value: str, bank: str) -> bool:
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(w * int(c) for w, c in zip(weights, bank + value[:9], strict=True))
    return (10 - total % 10) % 10 == int(value[9])


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    makers: dict[str, Callable[[], str]] = {
        "nuban": lambda: nuban(rng),
        "us": lambda: _digits(rng, rng.choice([9, 10, 12])),
        "uk": lambda: _digits(rng, 8),
        "br": lambda: f"{_digits(rng, 5)}-{rng.randint(0, 9)}",
        "in": lambda: _digits(rng, rng.choice([11, 14, 16])),
        "au": lambda: f"{_digits(rng, 3)}-{_digits(rng, 3)} {_digits(rng, 8)}",
        "jp": lambda: _digits(rng, 7),
        "cust": lambda: _shape(rng, rng.choice(["CIF#########", "KD-#######", "C-####-####"])),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


def _luhn_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    kind = form if form in ("unionpay", "mir", "rupay", "elo", "faker") else ""
    kind = kind or rng.choice(["unionpay", "mir", "rupay", "elo", "faker", "faker"])
    raw = {
        "unionpay": lambda: _luhn_card(rng, "62" + _digits(rng, 4), rng.choice([16, 19])),
        "mir": lambda: _luhn_card(rng, "220" + str(rng.randint(0, 4)), 16),
        "rupay": lambda: _luhn_card(rng, rng.choice(["6521", "6522", "6080"]), 16),
        "elo": lambda: _luhn_card(rng, rng.choice(["636368", "438935", "504175"]), 16),
        "faker": lambda: str(ctx.fake("en_US").credit_card_number(
            card_type=rng.choice(["visa16", "mastercard", "amex", "jcb", "diners", "maestro"]))),
    }[kind]()  # fmt: skip
    sep = rng.choice(["", " ", "-", " "])
    if not sep or len(raw) not in (15, 16, 19):
        return raw
    if len(raw) == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, len(raw), 4))


IBAN_LOCALES = ("de_DE", "fr_FR", "nl_NL", "pl_PL", "es_ES", "it_IT", "tr_TR", "pt_PT", "fi_FI")


def iban(ctx: Ctx, form: str) -> str:
    raw = ""
    for loc in (ctx.locale, *IBAN_LOCALES):
        try:
            raw = str(ctx.fake(loc).iban())
        except AttributeError:
            continue
        if iban_check.is_valid(raw):
            break
    assert iban_check.is_valid(raw)
    if form == "compact" or (form != "grouped" and ctx.rng.random() < 0.5):
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# --- machines and links --------------------------------------------------------------


def ip(ctx: Ctx, form: str) -> str:
    f, rng = ctx.fake("en_US"), ctx.rng
    if form == "v6" or (not form and rng.random() < 0.2):
        return str(f.ipv6())
    if form == "mapped":
        return f"::ffff:{f.ipv4_public()}"
    return str(f.ipv4_public() if rng.random() < 0.75 else f.ipv4_private())


def url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    who = people[-1] if people else new_person(ctx)  # the person last named before it
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(f"{who.first} {who.last}").lower()).strip("-")
    token = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
    choices = {
        "photo": f"https://files.{f.domain_name()}/id-photos/{slug}-{rng.randint(100, 9999)}.jpg",
        "portal": f"https://portal.{f.domain_name()}/r/{token}",
        "profile": rng.choice(
            [f"https://vk.com/{slug.replace('-', '_')}{rng.randint(1, 999)}",
             f"https://www.xing.com/profile/{slug.title().replace('-', '_')}{rng.randint(2, 9)}",
             f"https://t.me/{slug.replace('-', '')}{rng.randint(1, 99)}",
             f"https://www.linkedin.com/in/{slug}-{token[:6].lower()}"]
        ),
        "short": f"https://bit.ly/{token[:7]}",
    }  # fmt: skip
    return choices[form] if form in choices else choices[rng.choice(sorted(choices))]


# --- dates and ages ------------------------------------------------------------------

ERAS = (("令和", date(2019, 5, 1)), ("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25)))


def write_date(day: date, style: str) -> str:
    """One date as a style writes it (tests hold a worked example of each)."""
    d, m, y = day.day, day.month, day.year
    if style in ("de", "fr", "es", "it", "pt", "pl", "nl", "sv", "tr", "cs", "hu", "fi", "ro"):
        month = MONTHS[style][m - 1]
        return {
            "de": f"{d}. {month} {y}", "es": f"{d} de {month} de {y}",
            "pt": f"{d} de {month} de {y}", "hu": f"{y}. {month} {d}.",
            "fi": f"{d}. {month} {y}", "cs": f"{d}. {month} {y}",
        }.get(style, f"{d} {month} {y}")  # fmt: skip
    if style == "ja_era":
        name, start = next((n, s) for n, s in ERAS if day >= s)
        year = y - start.year + 1
        return f"{name}{'元' if year == 1 else year}年{m}月{d}日"
    if style == "roc":
        return f"民國{y - 1911}年{m}月{d}日"
    if style == "be":
        return f"{d}/{m}/{y + 543}"
    en_month = day.strftime("%B")
    return {
        "iso": f"{y}-{m:02d}-{d:02d}", "us": f"{m}/{d}/{y}", "us0": f"{m:02d}/{d:02d}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}", "slash": f"{d:02d}/{m:02d}/{y}",
        "dash": f"{d:02d}-{m:02d}-{y}", "short": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "mon": f"{d:02d}-{en_month[:3].upper()}-{y}", "hl7": f"{y}{m:02d}{d:02d}",
        "long": f"{en_month} {d}, {y}", "dmy": f"{d} {en_month} {y}",
        "ord": f"{generator.ordinal(d)} {en_month} {y}", "ymd": f"{y}/{m:02d}/{d:02d}",
        "cjk": f"{y}年{m}月{d}日", "ko": f"{y}년 {m}월 {d}일",
        "roman": f"{d}.{generator.ROMAN[m - 1]}.{y}",
        "abbr": f"{d} {en_month[:3]} {y}", "swift": f"{y % 100:02d}{m:02d}{d:02d}",
    }[style]  # fmt: skip


# Each language's styles; a document takes one of them (by its seed) for all its dates.
LANG_STYLES = {
    "en": ("long", "dmy", "us", "iso", "abbr", "ord", "dot", "slash"),
    "de": ("dot", "de"), "fr": ("slash", "fr"),
    "es": ("slash", "es"), "it": ("slash", "it"), "pt": ("slash", "pt"), "pl": ("dot", "pl"),
    "nl": ("dash", "nl"), "sv": ("iso", "sv"), "tr": ("dot", "tr"), "cs": ("dot", "cs"),
    "hu": ("ymd", "hu"), "fi": ("dot", "fi"), "ro": ("dot", "ro"), "ja": ("cjk", "ja_era", "ymd"),
    "zh": ("cjk", "iso"), "ko": ("ko", "iso"), "th": ("be",), "ru": ("dot",), "uk": ("dot",),
    "bg": ("dot",), "el": ("slash",), "he": ("dot",), "ar": ("slash", "iso"), "fa": ("ymd",),
    "vi": ("slash",), "id": ("slash", "dmy"), "hr": ("dot", "roman"), "sk": ("dot",),
    "da": ("dash", "dot"), "no": ("dot",), "lt": ("iso",), "lv": ("dot",), "et": ("dot",),
}  # fmt: skip
STYLES = frozenset(
    {"iso", "us", "us0", "dot", "slash", "dash", "short", "mon", "hl7", "long", "dmy", "ord"}
    | {"ymd", "cjk", "ko", "roman", "abbr", "swift", "ja_era", "roc", "be"}
    | {"de", "fr", "es", "it", "pt", "pl", "nl", "sv", "tr", "cs", "hu", "fi", "ro"}
)


@dataclass
class DateValue(Value):
    """A date and the day it writes: a document's later dates follow its earlier ones."""

    day: date = date(2000, 1, 1)


def a_date(ctx: Ctx, slot: str, form: str) -> DateValue:
    """A birth date (1926-2013), or an event date after the document's previous event date
    (the first between 2018 and 2024). The style: the form's if it names one, else one of
    the document's language's styles, the same for all its dates (picked by the seed); a
    template written in English for any locale writes English or numeric dates."""
    rng = ctx.rng
    if slot == "mdob":
        day = date(1926, 1, 1) + timedelta(days=rng.randint(0, 32000))
    else:
        earlier = [
            e.day
            for k, e in ctx.entities.items()
            if k.startswith("mdate") and isinstance(e, DateValue)
        ]
        start = max(earlier) if earlier else date(2018, 1, 1)
        day = start + timedelta(days=rng.randint(1, 150) if earlier else rng.randint(0, 2400))
    if form in STYLES:
        style = form
    else:
        own = ctx.template is not None and bool(ctx.template.locales)
        lang = ctx.locale.split("_")[0] if own else "en"
        styles = LANG_STYLES.get(lang, LANG_STYLES["en"])
        style = styles[ctx.seed % len(styles)]
    return DateValue(write_date(day, style), day=day)


def age(ctx: Ctx, form: str) -> str:
    years = ctx.rng.randint(90, 106)
    if form == "words":
        return generator.age_words(ctx)
    return str(years)


# --- licences, vehicles, devices ----------------------------------------------------------


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    makers: dict[str, Callable[[], str]] = {
        "npi": lambda: generator.npi(ctx),
        "dea": lambda: generator.dea(ctx),
        "gmc": lambda: _digits(rng, 7),
        "ahpra": lambda: "MED" + _digits(rng, 10),
        "crm": lambda: f"{_digits(rng, 5)}/{rng.choice(['SP', 'RJ', 'MG', 'RS'])}",
        "rn": lambda: _shape(rng, rng.choice(["RN######", "NR-#####-?"])),
        "bar": lambda: _digits(rng, 6),
        "dl": lambda: _shape(
            rng, rng.choice(["?###-####-####", "##-###-###", "?#######", "#########"])
        ),
        "pharm": lambda: _shape(rng, rng.choice(["PH-#####", "#######"])),
        "cert": lambda: _shape(rng, rng.choice(["CERT-####-#####", "?####/##"])),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (form != "plate" and ctx.rng.random() < 0.4):
        return str(ctx.fake("en_US").vin())
    try:
        return str(ctx.fake().license_plate())
    except AttributeError:
        return str(ctx.fake("en_GB").license_plate())


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    makers: dict[str, Callable[[], str]] = {
        "imei": lambda: generator.imei(ctx),
        "udi": lambda: generator.udi(ctx),
        "serial": lambda: _shape(rng, rng.choice(["SN##??####", "???######?", "#####-####-##"])),
        "implant": lambda: _shape(rng, rng.choice(["PJN######", "RNL######?", "?##?######"])),
        "cgm": lambda: _shape(rng, "#??###??##?"),
    }
    key = form if form in makers else rng.choice(sorted(makers))
    return makers[key]()


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "mper":
        return new_person(ctx)
    if slot == "mnat":
        return national(ctx, form)
    if slot in ("mdate", "mdob"):
        return a_date(ctx, slot, form)
    makers: dict[str, Callable[[], str]] = {
        "mtown": lambda: str(ctx.fake().city()),
        "maddr": lambda: address(ctx, form),
        "mpost": lambda: postcode(ctx, form),
        "mgeo": lambda: geo(ctx, form),
        "mtel": lambda: phone(ctx, form),
        "mfax": lambda: phone(ctx, form),
        "mmail": lambda: email(ctx, form),
        "mpass": lambda: passport(ctx),
        "mmrn": lambda: record(ctx, slot, form),
        "mplan": lambda: plan(ctx, form),
        "mref": lambda: record(ctx, slot, form),
        "mbio": lambda: record(ctx, slot, form),
        "macct": lambda: account(ctx, form),
        "mcard": lambda: card(ctx, form),
        "miban": lambda: iban(ctx, form),
        "mip": lambda: ip(ctx, form),
        "murl": lambda: url(ctx, form),
        "mage": lambda: age(ctx, form),
        "mlic": lambda: licence(ctx, form),
        "mveh": lambda: vehicle(ctx, form),
        "mdev": lambda: device(ctx, form),
        "mmac": lambda: generator.mac(ctx),
    }
    return Value(makers[slot]().strip())
