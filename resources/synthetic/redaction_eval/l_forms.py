"""Value makers for held-out L (heldout_l_templates.py): one slot per Safe Harbor class.

Written in session 26 by an author barred from the redactor, from its results and from
every other split's templates and forms. Every slot here is L's own (`SLOTS`); the
generator hands them over through `new_entity_l`. A slot's form (`{lphone1.ext}`) picks
how the value is written where a slot has several ways; a form the slot does not know
falls back to a random one.

Draws use only the document's rng and its seeded Fakers, never today's date (dates come
from fixed ranges), so a document does not change with the day it is rendered. National
numbers come from `national_ids.NATIONAL_IDS` (python-stdnum checks them) for countries
whose draw does not read the clock, and from `pesel` below for Poland.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn
from stdnum.pl import pesel as pl_pesel

from resources.synthetic.redaction_eval import generator
from resources.synthetic.redaction_eval.generator import (
    MONTHS,
    ROMAN,
    Ctx,
    Person,
    Value,
    national_id,
    ordinal,
)
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS
from resources.synthetic.redaction_eval.world_names import world_names

# L's slots and the kind each writes: its rows of generator.SLOT_KINDS.
SLOTS = {slot: generator.SLOT_KINDS[slot] for slot in sorted(generator.L_SLOTS)}

# Scripts whose people write the family name first and without a space.
EASTERN = frozenset({"ja_JP", "zh_CN", "zh_TW", "ko_KR"})
# Locales whose Faker has no phone numbers: a number of the region below instead.
PHONE_FALLBACK = {"en_PH": "en_US", "tl_PH": "en_US", "fil_PH": "en_US", "ar_AA": "en_GB"}
# Countries of world names drawn for half of the people (Welsh, Yoruba, Polish among them).
NAME_COUNTRIES = (
    "PL", "NG", "IT", "DE", "WLS", "IE", "IN", "BD", "PH", "TR", "GH", "ET", "MA", "EG",
    "IR", "BR", "MX", "CO", "HU", "HR", "GR", "AL", "CM", "HT", "JM", "FI", "NL", "PT",
    "AF", "DZ", "IQ", "MY", "ID", "CZ",
)  # fmt: skip


@dataclass
class LPerson(Person):
    """A person with the forms L's documents write beside the generator's own."""

    eastern: bool = False

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        ascii_first, ascii_last = unidecode(first).strip(), unidecode(last).strip()
        extra = {
            "hl7": "^".join(
                w for w in (ascii_last.upper(), ascii_first.upper(), middle[:1].upper()) if w
            ),
            "slash": f"{ascii_last.upper()}/{ascii_first.upper()}",
            "comma_tight": f"{last.upper()},{first.upper()}",
            "boxed_last": " ".join(c for c in last.upper() if c != " "),
            "caps_ascii": f"{ascii_first} {ascii_last}".upper(),
            "latin": f"{ascii_first} {ascii_last}",
            "latin_last_first": f"{ascii_last}, {ascii_first}",
            "native": f"{last}{first}" if self.eastern else f"{first} {last}",
            "ocr": _ocr(f"{first} {last}"),
            "first_middle_initial_last": (
                f"{first} {middle[0]}. {last}" if middle else f"{first} {last}"
            ),
            "last_dot": f"{last}.{first}".lower().replace(" ", ""),
        }
        if form in extra:
            return extra[form]
        return super().form(form)


def _ocr(text: str) -> str:
    """Text as a scanner misread it, in letters: one m as rn, else l as I, else e as c."""
    for wrong, misread in (("m", "rn"), ("l", "I"), ("e", "c"), ("n", "ri")):
        if wrong in text[1:]:
            i = text.index(wrong, 1)
            return text[:i] + misread + text[i + 1 :]
    return text


def new_person(ctx: Ctx) -> LPerson:
    rng = ctx.rng
    if ctx.locale not in EASTERN and rng.random() < 0.5:
        names = world_names()[rng.choice(NAME_COUNTRIES)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
        if rng.random() < 0.12:
            second = rng.choice(names["last"])
            if second != last:
                last = f"{last}{rng.choice(['-', ' '])}{second}"
    else:
        f = ctx.fake()
        first, last = str(f.first_name()).strip(), str(f.last_name()).strip()
        middle = str(f.first_name()).strip() if rng.random() < 0.15 else ""
    if middle == first:
        middle = ""
    return LPerson(first.strip(), last.strip(), middle.strip(), ctx.locale in EASTERN)


# --- places ----------------------------------------------------------------------------


def home(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "us":
        f = ctx.fake("en_US")
        unit = rng.choice(["Apt", "Apt.", "Unit", "Ste", "#", "Bldg 2, Apt", "Fl 3"])
        zip_ = f.zipcode_plus4() if rng.random() < 0.3 else f.zipcode()
        door = f"{rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
        street = f"{f.building_number()} {f.street_name()} {unit} {door}"
        return f"{street}, {f.city()}, {f.state_abbr()} {zip_}"
    if form == "pobox":
        f = ctx.fake("en_US")
        head = rng.choice(["PO Box", "P.O. Box", "POB", "Post Office Box"])
        return f"{head} {rng.randint(10, 99999)}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    if form == "rural":
        f = ctx.fake("en_US")
        head = rng.choice(["RR", "Rural Route", "HC"])
        route = f"{head} {rng.randint(1, 9)} Box {rng.randint(1, 999)}"
        return f"{route}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    if form == "hl7":
        f = ctx.fake("en_US")
        return f"{f.street_address()}^^{f.city()}^{f.state_abbr()}^{f.zipcode()}^USA"
    if form == "street":
        return str(ctx.fake().street_address())
    raw = str(ctx.fake().address())
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    if form == "block":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    if form == "semi":
        return "; ".join(lines)
    return rng.choice([", ", ", ", " "]).join(lines)


def geo(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 64.0), rng.uniform(-125.0, 150.0)
    style = form if form in ("uri", "dm", "plain") else rng.choice(["uri", "dm", "plain"])
    if style == "uri":
        return f"geo:{lat:.5f},{lon:.5f}"
    if style == "dm":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        lat_d, lat_m = divmod(abs(lat) * 60, 60)
        lon_d, lon_m = divmod(abs(lon) * 60, 60)
        return f"{ns}{int(lat_d):02d} {lat_m:06.3f} {ew}{int(lon_d):03d} {lon_m:06.3f}"
    return f"lat {lat:.4f} lon {lon:.4f}"


# --- numbers one calls or writes to -----------------------------------------------------


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    locale = PHONE_FALLBACK.get(ctx.locale, ctx.locale)
    raw = str(ctx.fake(locale).phone_number())
    region = locale.rsplit("_", 1)[-1].upper()
    try:
        number = phonenumbers.parse(raw, region)
        valid = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        valid = False
    fmt = phonenumbers.PhoneNumberFormat
    style = rng.choice(["asis", "intl", "e164", "national", "tel"])
    if valid and style != "asis":
        pick = {"intl": fmt.INTERNATIONAL, "e164": fmt.E164, "national": fmt.NATIONAL}
        raw = phonenumbers.format_number(number, pick.get(style, fmt.RFC3966))
    if form == "ext" or (form != "plain" and rng.random() < 0.25):
        n = str(rng.randint(2, 9999))
        raw += rng.choice([f" ext. {n}", f" x{n}", f" (ext {n})", f" Durchwahl {n}", f";ext={n}"])
    return raw


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake("en_US")
    if people and rng.random() < 0.75:
        p = people[-1] if rng.random() < 0.5 else people[0]
        first, last = (re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (p.first, p.last))
        user = rng.choice(
            [f"{first}.{last}", f"{first[:1]}{last}", f"{last}.{first[:1]}", f"{first}{last[:3]}"]
        )
        user = user or f.user_name()
        if rng.random() < 0.2:
            user += f"+{rng.choice(['portal', 'billing', 'appt', 'hr'])}"
        domain = rng.choice([str(ctx.fake().free_email_domain()), str(f.domain_name())])
        if rng.random() < 0.15:
            domain = f"{rng.choice(['mail', 'staff', 'nhs', 'med'])}.{domain}"
    else:
        user, domain = str(f.user_name()), str(ctx.fake().free_email_domain())
    if form == "spoken":
        return f"{user} at {domain.replace('.', ' dot ')}"
    if form == "caps":
        return f"{user}@{domain}".upper()
    return f"{user}@{domain}"


# --- identity numbers -------------------------------------------------------------------

# Countries whose NATIONAL_IDS draw reads no clock, plus Poland (drawn here).
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "TR", "CA", "AU", "IE", "CH",
    "SE", "FI", "NO", "RO", "PT", "CN", "TH", "IL", "CL", "AR", "HR", "PE", "PK", "NZ",
    "JP", "UA", "KE", "PL",
)  # fmt: skip
PESEL_LABELS = ("PESEL", "nr PESEL", "numer PESEL")


def pesel(ctx: Ctx) -> str:
    rng = ctx.rng
    born = date(1930, 1, 1) + timedelta(days=rng.randint(0, 28000))
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + "".join(
        rng.choice(string.digits) for _ in range(4)
    )
    return body + pl_pesel.calc_check_digit(body)


def national(ctx: Ctx, form: str) -> Value:
    country = form.upper() if len(form) == 2 else ctx.rng.choice(ID_COUNTRIES)
    if country == "PL":
        return Value(pesel(ctx), ctx.rng.choice(PESEL_LABELS))
    if not any(e.country == country for e in NATIONAL_IDS):
        country = ctx.rng.choice(ID_COUNTRIES[:-1])
    entry, number = national_id(ctx, country.lower())
    return Value(number, ctx.rng.choice(entry.labels))


def passport(ctx: Ctx) -> str:
    rng = ctx.rng
    shape = rng.choice(["?########", "??#######", "#########", "?#######", "??######"])
    return ctx.fake("en_US").bothify(shape).upper()


# --- record numbers ----------------------------------------------------------------------


def _digits(ctx: Ctx, n: int) -> str:
    return "".join(ctx.rng.choice(string.digits) for _ in range(n))


def mrn(ctx: Ctx) -> str:
    rng = ctx.rng
    d = _digits(ctx, 8)
    return rng.choice(
        [
            f"{d[:3]}-{d[3:6]}-{d[6:]}",
            f"{rng.choice(['E', 'M', 'H', 'RX'])}{d}",
            f"{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}",
            f"00{d}",
            f"{d[:7]}-{luhn.calc_check_digit(d[:7])}",
            f"{rng.choice(['PX', 'PT', 'PID', 'K'])}-{d[:5]}",
            f"{d[:4]} {d[4:]}",
        ]
    )


def kvnr(ctx: Ctx) -> str:
    """A German health-insurance number: letter, 8 digits, check digit (weights 1,2)."""
    rng = ctx.rng
    letter = rng.choice(string.ascii_uppercase)
    body = _digits(ctx, 8)
    digits = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, c in enumerate(digits):
        product = int(c) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return f"{letter}{body}{total % 10}"


def au_medicare(ctx: Ctx) -> str:
    """An Australian Medicare card number: 8 digits, weighted check digit, issue number."""
    rng = ctx.rng
    body = str(rng.randint(2, 6)) + _digits(ctx, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body[:4]} {body[4:]}{check} {rng.randint(1, 9)}"


def _kvnr_ok(number: str) -> bool:
    if not re.fullmatch(r"[A-Z]\d{9}", number):
        return False
    digits = f"{ord(number[0]) - 64:02d}" + number[1:9]
    total = sum(sum(divmod(int(c) * (1 + i % 2), 10)) for i, c in enumerate(digits))
    return total % 10 == int(number[9])


def _medicare_ok(number: str) -> bool:
    raw = number.replace(" ", "")
    if not re.fullmatch(r"[2-6]\d{9}", raw):
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(c) * w for c, w in zip(raw[:8], weights, strict=True)) % 10 == int(raw[8])


# Health-card schemes with a check digit, and the check each number must pass.
HEALTH_CHECKS = {"kvnr": _kvnr_ok, "medicare": _medicare_ok}


def plan(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form if form in ("kvnr", "medicare", "member") else rng.choice(["member"] * 3 + ["x"])
    if style == "kvnr":
        return kvnr(ctx)
    if style == "medicare":
        return au_medicare(ctx)
    if style == "member":
        return (
            ctx.fake("en_US")
            .bothify(rng.choice(["???#########", "?########-##", "###-##-####-?", "??-#######-##"]))
            .upper()
        )
    letters = "ACDEFGHJKMNPQRTUVWXY"
    return (
        str(rng.randint(1, 9))
        + rng.choice(letters)
        + rng.choice(letters + string.digits)
        + _digits(ctx, 1)
        + "-"
        + rng.choice(letters)
        + rng.choice(letters + string.digits)
        + _digits(ctx, 1)
        + "-"
        + rng.choice(letters)
        + rng.choice(letters)
        + _digits(ctx, 2)
    )


def reference(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    fake = ctx.fake("en_US")
    shapes = {
        "claim": ["CLM-####-######", "##########", "C#########", "####?######"],
        "case": ["####-??-#####", "??/####/#####", "##-CR-#####", "#:##-cv-#####"],
        "ticket": ["INC#######", "REQ-######", "#######", "SR-##-#####"],
        "specimen": ["S##-#####", "??##-######", "#######-#"],
        "subject": ["###-####", "??-###-###", "S###-##"],
        "visa": ["GWF0########", "A#########", "??#########"],
        "anumber": ["A###-###-###", "A########"],
        "loan": ["##########", "LN-########", "###-#######-###"],
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return fake.bothify(rng.choice(shapes[key])).upper()


def biometric(ctx: Ctx) -> str:
    rng = ctx.rng
    head = rng.choice(["FP", "BIO", "IRS", "VX", "FPT"])
    return f"{head}-{ctx.fake('en_US').hexify('^^^^^^^^').upper()}-{rng.randint(10, 99)}"


# --- money ----------------------------------------------------------------------------------


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form if form in ("sortcode", "us", "plain", "btc") else rng.choice(["us", "plain"])
    if style == "sortcode":
        s = _digits(ctx, 6)
        return f"{s[:2]}-{s[2:4]}-{s[4:]} {_digits(ctx, 8)}"
    if style == "us":
        return _digits(ctx, rng.randint(9, 12))
    if style == "btc":
        alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return "1" + "".join(rng.choice(alphabet) for _ in range(rng.randint(26, 33)))
    d = _digits(ctx, 10)
    return rng.choice([f"{d[:4]}-{d[4:]}", f"{d[:3]} {d[3:6]} {d[6:]}", d])


def card(ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.choice(["visa16", "mastercard", "amex", "discover", "jcb", "maestro"])
    raw = str(ctx.fake("en_US").credit_card_number(card_type=kind))
    assert luhn.is_valid(raw)
    sep = rng.choice(["", " ", "-", "."])
    if not sep or len(raw) not in (15, 16):
        return raw
    if len(raw) == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, 16, 4))


IBAN_LOCALES = (
    "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB", "fi_FI",
    "de_AT", "de_CH", "nl_BE", "tr_TR", "ro_RO", "hr_HR", "no_NO", "sv_SE", "da_DK", "el_GR",
    "cs_CZ", "sk_SK", "hu_HU", "en_IE", "sl_SI", "lt_LT", "lv_LV", "et_EE", "bg_BG",
)  # fmt: skip


def iban(ctx: Ctx, form: str) -> str:
    locale = ctx.locale if ctx.locale in IBAN_LOCALES else ctx.rng.choice(IBAN_LOCALES)
    raw = str(ctx.fake(locale).iban())
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake("de_DE").iban())
    if form == "grouped" or (form != "tight" and ctx.rng.random() < 0.5):
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


# --- the net --------------------------------------------------------------------------------


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    if form == "six" or (form != "four" and ctx.rng.random() < 0.2):
        raw = str(f.ipv6())
        return raw if ctx.rng.random() < 0.5 else raw.upper()
    return str(f.ipv4_public() if ctx.rng.random() < 0.6 else f.ipv4_private())


def link(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    handle = f.user_name()
    if people:
        p = people[0]
        handle = re.sub(r"[^a-z0-9]", "", unidecode(p.first + p.last).lower()) or handle
    if form == "photo":
        return rng.choice(
            [
                f"https://files.{f.domain_name()}/photos/{handle}_{rng.randint(100, 999)}.jpg",
                f"{f.domain_name()}/img/id/{f.uuid4()[:8]}.png",
            ]
        )
    return rng.choice(
        [
            f"https://mychart.{f.domain_name()}/p/{rng.randint(10**5, 10**7)}",
            f"http://{f.domain_name()}/~{handle}",
            f"https://www.facebook.com/{handle}{rng.randint(1, 99)}",
            f"https://t.me/{handle}",
            f"{f.domain_name()}/u/{handle}",
        ]
    )


# --- dates and ages -----------------------------------------------------------------------

DATE_STYLES = {
    "iso": "{Y}-{mm}-{dd}",
    "us": "{m}/{d}/{Y}",
    "us0": "{mm}/{dd}/{Y}",
    "eu": "{dd}/{mm}/{Y}",
    "dots": "{dd}.{mm}.{Y}",
    "long": "{month:en} {d}, {Y}",
    "brit": "{d} {month:en} {Y}",
    "ord": "{ordinal} of {month:en} {Y}",
    "mon": "{dd}-{MON}-{Y}",
    "hl7": "{Y}{mm}{dd}",
    "short": "{d}/{m}/{y}",
    "de": "{d}. {month:de} {Y}",
    "fr": "{d} {month:fr} {Y}",
    "es": "{d} de {month:es} de {Y}",
    "it": "{d} {month:it} {Y}",
    "pl": "{d} {month:pl} {Y}",
    "nl": "{d} {month:nl} {Y}",
    "pt": "{d} de {month:pt} de {Y}",
    "tr": "{d} {month:tr} {Y}",
    "roman": "{d}.{roman}.{Y}",
    "jp": "{Y}年{m}月{d}日",
    "cn": "{Y}-{m}-{d}",
    "abbr": "{mon:en} {d} {Y}",
}
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# The styles a document written in a locale's language may use beside the English ones.
LOCALE_STYLES = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pl": "pl",
    "nl": "nl",
    "pt": "pt",
    "tr": "tr",
    "ja": "jp",
    "zh": "cn",
}


def write_date(day: date, style: str) -> str:
    out = DATE_STYLES[style]
    names = {"en": tuple(EN_MONTHS)} | MONTHS
    out = re.sub(r"\{month:(\w\w)\}", lambda m: names[m.group(1)][day.month - 1], out)
    out = re.sub(r"\{mon:(\w\w)\}", lambda m: names[m.group(1)][day.month - 1][:3], out)
    parts = {
        "Y": str(day.year),
        "y": f"{day.year % 100:02d}",
        "mm": f"{day.month:02d}",
        "m": str(day.month),
        "dd": f"{day.day:02d}",
        "d": str(day.day),
        "MON": EN_MONTHS[day.month - 1][:3].upper(),
        "ordinal": ordinal(day.day),
        "roman": ROMAN[day.month - 1],
    }
    return re.sub(r"\{(\w+)\}", lambda m: parts[m.group(1)], out)


def a_date(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "lborn":
        day = date(1921, 1, 1) + timedelta(days=rng.randint(0, 31000))
    else:
        day = date(2019, 6, 1) + timedelta(days=rng.randint(0, 2300))
    if form in DATE_STYLES:
        style = form
    else:
        own = LOCALE_STYLES.get(ctx.locale[:2])
        english = ["iso", "us", "us0", "eu", "dots", "long", "brit", "mon", "abbr", "short"]
        style = own if own and rng.random() < 0.4 else rng.choice(english)
    return write_date(day, style)


def age(ctx: Ctx, form: str) -> str:
    n = ctx.rng.randint(90, 106)
    if form == "words":
        tens = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        if n < 100:
            return "ninety" + (f"-{tens[n - 90]}" if n > 90 else "")
        return "one hundred" + (f" and {tens[n - 100]}" if n > 100 else "")
    return str(n)


# --- licences, vehicles, devices --------------------------------------------------------------


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    fake = ctx.fake("en_US")
    if form == "npi":
        body = rng.choice("12") + _digits(ctx, 8)
        return body + luhn.calc_check_digit("80840" + body)
    if form == "dea":
        d = [rng.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return (
            rng.choice("ABFGM")
            + rng.choice(string.ascii_uppercase)
            + "".join(map(str, d))
            + str(check)
        )
    shapes = {
        "gmc": ["#######"],
        "nmc": ["##?####?"],
        "drive": ["?###-####-####", "?#######", "###-###-###", "??######"],
        "state": ["?#######", "MD.#######", "RN#######", "##-######"],
        "cert": ["CERT-####-####", "??-######", "#####-??"],
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return fake.bothify(rng.choice(shapes[key])).upper()


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (form != "plate" and ctx.rng.random() < 0.4):
        return str(ctx.fake("en_US").vin())
    return str(ctx.fake().license_plate()).strip()


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    fake = ctx.fake("en_US")
    if form == "imei":
        body = rng.choice(["35", "86", "49"]) + _digits(ctx, 12)
        return body + luhn.calc_check_digit(body)
    shapes = {
        "pump": ["??#######", "PM####-####?"],
        "pacer": ["???######?", "PJN######"],
        "serial": ["SN ##########", "#??##-####-##", "S/N ??#######"],
        "hex": ["^^^^-^^^^-^^^^"],
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return fake.hexify(fake.bothify(rng.choice(shapes[key]))).upper()


def mac(ctx: Ctx) -> str:
    raw = str(ctx.fake("en_US").mac_address())
    style = ctx.rng.randrange(3)
    if style == 1:
        return raw.replace(":", "-").upper()
    if style == 2:
        return raw.replace(":", "").upper()
    return raw


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """L's value for a slot of `SLOTS` (a person or a `Value`)."""
    if slot == "lper":
        return new_person(ctx)
    if slot == "lnat":
        return national(ctx, form)
    makers = {
        "ltown": lambda: str(ctx.fake().city()),
        "lhome": lambda: home(ctx, form),
        "lpost": lambda: str(ctx.fake().postcode()),
        "lgeo": lambda: geo(ctx, form),
        "lphone": lambda: phone(ctx, form),
        "lfax": lambda: phone(ctx, "plain"),
        "lmail": lambda: email(ctx, form),
        "lpass": lambda: passport(ctx),
        "lmrn": lambda: mrn(ctx),
        "lplan": lambda: plan(ctx, form),
        "lref": lambda: reference(ctx, form),
        "lbio": lambda: biometric(ctx),
        "lacct": lambda: account(ctx, form),
        "lcard": lambda: card(ctx),
        "liban": lambda: iban(ctx, form),
        "lip": lambda: ip(ctx, form),
        "lurl": lambda: link(ctx, form),
        "ldate": lambda: a_date(ctx, slot, form),
        "lborn": lambda: a_date(ctx, slot, form),
        "lage": lambda: age(ctx, form),
        "llic": lambda: licence(ctx, form),
        "lveh": lambda: vehicle(ctx, form),
        "ldev": lambda: device(ctx, form),
        "lmac": lambda: mac(ctx),
    }
    return Value(makers[slot]())
