"""Held-out O's values: identifiers as the documents of heldout_o_templates.py write them.

Every O slot (SLOTS, all prefixed "o") is drawn here from the document's rng and Faker
locale; nothing is read from today's date (O_TODAY pins the day every date and age is
counted from), so O renders the same whatever the clock says. National numbers are built
for O's own table of countries (ID_TABLE) and kept only where python-stdnum accepts them.

Slot forms ("{onat1.fi}", "{odate1.hl7}", "{oper1.caret}") choose a country, a scheme or a
way of writing; a form a slot does not know falls back to the slot's plain value.
"""

from __future__ import annotations

import functools
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import ean, imo, luhn, verhoeff
from stdnum import iban as iban_check
from stdnum.ar import cuit
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.co import nit as co_nit
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.ee import ik
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.gt import nit as gt_nit
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.py import ruc as py_ruc
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn
from stdnum.ve import rif
from stdnum.vn import mst
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import (
    O_KINDS,
    Ctx,
    Person,
    Value,
    card,
    faker_for,
    mac,
    world_names,
)
from resources.synthetic.redaction_eval.national_ids import complete, ok

# The day O's documents are written on: ages and dates of birth are counted from it.
O_TODAY = date(2026, 10, 19)

SLOTS = O_KINDS

# Locales whose Faker has names but no addresses or phones of its own: those are drawn
# from a neighbour's (a Yoruba name with a Lagos-style or a London address).
NAMES_ONLY = {
    "yo_NG": "en_GB", "ha_NG": "en_GB", "ig_NG": "en_GB", "sw": "en_KE", "tw_GH": "en_GB",
    "zu_ZA": "zu_ZA", "am_ET": "en_GB", "ga_IE": "en_IE", "uz_UZ": "ru_RU", "mt_MT": "en_GB",
    "lb_LU": "de_DE", "sq_AL": "it_IT", "es_VE": "es_CO", "sr_BA": "bs_BA", "bs_BA": "hr_HR",
    "fil_PH": "en_PH", "gu_IN": "en_IN", "or_IN": "en_IN", "si_LK": "en_IN", "fr_BE": "nl_BE",
    "it_CH": "de_CH",
    "en_PK": "en_GB", "ne_NP": "en_IN", "ar_AA": "ar_SA",
}  # fmt: skip
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR")


def place_locale(locale: str) -> str:
    return NAMES_ONLY.get(locale, locale)


# --- People ---------------------------------------------------------------------------


class OPerson(Person):
    """A person as O writes them: Person's forms, O's own, and `r_` + any form for the
    name in Latin letters (a name drawn in another script keeps that script otherwise)."""

    def __init__(
        self,
        first: str,
        last: str,
        middle: str = "",
        locale: str = "",
        latin: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(first, last, middle)
        self.locale = locale
        self.latin = latin  # (first, last) as the person spells them in Latin letters, if drawn

    def form(self, form: str) -> str:
        if form.startswith("r_"):
            first, last, middle = (
                unidecode(w).strip() for w in (self.first, self.last, self.middle)
            )
            if self.latin[0]:
                first, last = self.latin
            return OPerson(first, last, middle).form(form[2:])
        first, last, middle = self.first, self.last, self.middle
        own = {
            "native": f"{last}{first}" if self.locale in CJK else f"{first} {last}",
            "caret": f"{last.upper()}^{first.upper()}" + (f"^{middle[0]}" if middle else ""),
            "slash": f"{last.upper()}/{first.upper()}",
            "dotted": f"{first[0]}.{middle[0] + '.' if middle else ''}{last}",
            "last_first_mi": f"{last}, {first}" + (f" {middle[0]}" if middle else ""),
            "spaced_comma": f"{last.upper()} ,{first.upper()}",
            "cell": f"{first}\n{last}",
            "first_mid_caps_last": " ".join(w for w in (first, middle) if w) + f" {last.upper()}",
            "ocr": ocr_damage(f"{first} {last}"),
            "ocr_caps": ocr_damage(f"{last.upper()} {first.upper()}"),
            "tsv": f"{last}\t{first}",
            "given_then_caps": f"{first} {last.upper()}",
            "sig": f"{first[0]}{last[0]}".upper() + f" {last}",
            "mention": re.sub(r"[^a-z0-9]", "", unidecode(f"{first}{last[:1]}").lower()),
        }
        if form in own:
            return own[form]
        return super().form(form)


# OCR's usual misreadings inside a word (one per name: "rn" read as "m", "l" as "1"...).
OCR_SWAPS = (("rn", "m"), ("m", "rn"), ("l", "I"), ("e", "c"), ("h", "b"), ("cl", "d"))
OCR_SWAPS += (("O", "0"), ("I", "l"), ("S", "5"), ("B", "8"), ("ii", "ü"), ("a", "o"))


def ocr_damage(text: str) -> str:
    for old, new in OCR_SWAPS:
        at = text.find(old, 1)
        if at > 0:
            return text[:at] + new + text[at + len(old) :]
    return text


NAME_COUNTRIES = (
    "NG", "GH", "ET", "CM", "EG", "MA", "DZ", "IR", "IQ", "AF", "BD", "IN", "PH", "ID",
    "MY", "TR", "AL", "GR", "HR", "HU", "CZ", "PL", "FI", "HT", "JM", "BR", "MX", "CO",
    "AR", "PT", "IE", "WLS", "NL", "BE", "DK", "NO", "SA", "ZA",
)  # fmt: skip


def new_person(ctx: Ctx) -> OPerson:
    rng = ctx.rng
    if rng.random() < 0.4:
        names = world_names()[rng.choice(NAME_COUNTRIES)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
        locale = "en_US"
    elif ctx.locale == "ja_JP":  # kanji with the reading the person romanises them by
        f = ctx.fake()
        (first, _, first_latin), (last, _, last_latin) = f.first_name_pair(), f.last_name_pair()
        return OPerson(first, last, "", "ja_JP", (first_latin, last_latin))
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if rng.random() < 0.15 else ""
        locale = ctx.locale
    first, last, middle = first.strip(), last.strip(), middle.strip()
    if middle == first or len(first) < 2 or len(last) < 2:
        middle = ""
    latin = all(ord(c) < 0x250 for c in last)
    if latin and rng.random() < 0.12:  # a double surname, as Iberian and Slavic records write
        second = str(ctx.fake().last_name()).strip()
        if second and second != last and all(ord(c) < 0x250 for c in second):
            last = f"{last}{rng.choice(['-', ' '])}{second}"
    return OPerson(first, last, middle, locale)


# --- Dates and ages --------------------------------------------------------------------

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MONTH_NAMES = {
    lang: tuple(names.split())
    for lang, names in {
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro "
        "novembro dezembro",
        "nl": "januari februari maart april mei juni juli augustus september oktober "
        "november december",
        "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
        "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober "
        "November Desember",
        "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie "
        "octombrie noiembrie decembrie",
        "hu": "január február március április május június július augusztus szeptember "
        "október november december",
    }.items()
}


def write_date(day: date, style: str) -> str:
    """`day` written in `style` (unknown styles: ISO)."""
    d, m, y = day.day, day.month, day.year
    mon = MONTHS_EN[m - 1]
    styles: dict[str, Callable[[], str]] = {
        "iso": day.isoformat,
        "us": lambda: f"{m:02d}/{d:02d}/{y}",
        "us_short": lambda: f"{m}/{d}/{y % 100:02d}",
        "eu": lambda: f"{d:02d}.{m:02d}.{y}",
        "dmy": lambda: f"{d:02d}/{m:02d}/{y}",
        "dash": lambda: f"{d:02d}-{m:02d}-{y}",
        "hl7": lambda: f"{y}{m:02d}{d:02d}",
        "mil": lambda: f"{d:02d}{mon[:3].upper()}{y}",
        "mil_short": lambda: f"{d:02d}{mon[:3].upper()}{y % 100:02d}",
        "long": lambda: f"{mon} {d}, {y}",
        "brit": lambda: f"{d} {mon[:3]} {y}",
        "dmon": lambda: f"{d:02d}-{mon[:3]}-{y}",
        "cjk": lambda: f"{y}年{m}月{d}日",
        "ko": lambda: f"{y}. {m}. {d}.",
        "ymd_dot": lambda: f"{y}.{m:02d}.{d:02d}",
        "fhir": lambda: f"{day.isoformat()}T{(d * 7) % 24:02d}:{(m * 13) % 60:02d}:00Z",
        "de": lambda: f"{d}. {MONTH_NAMES['de'][m - 1]} {y}",
        "pt": lambda: f"{d} de {MONTH_NAMES['pt'][m - 1]} de {y}",
        "nl": lambda: f"{d} {MONTH_NAMES['nl'][m - 1]} {y}",
        "tr": lambda: f"{d} {MONTH_NAMES['tr'][m - 1]} {y}",
        "id": lambda: f"{d} {MONTH_NAMES['id'][m - 1]} {y}",
        "ro": lambda: f"{d} {MONTH_NAMES['ro'][m - 1]} {y}",
        "hu": lambda: f"{y}. {MONTH_NAMES['hu'][m - 1]} {d}.",
        "ocr": lambda: ocr_date(f"{d:02d}/{m:02d}/{y}"),
        "arabic": lambda: f"{d}/{m}/{y}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        "persian": functools.partial(persian_date, day),
    }
    return styles.get(style, styles["iso"])()


def ocr_date(text: str) -> str:
    """A scanned date: a 0 read as O, a 1 as l, or a slash as a 1-like stroke."""
    for old, new in (("0", "O"), ("1", "l"), ("/", " / ")):
        if old in text[1:]:
            at = text.index(old, 1)
            return text[:at] + new + text[at + 1 :]
    return text


def persian_date(day: date) -> str:
    """The Solar Hijri date, in Persian digits (1 Farvardin falls on 20 or 21 March)."""
    gy = day.year
    start = date(gy, 3, 21) if (gy - 1) % 4 != 3 else date(gy, 3, 20)  # close enough: 2020s
    if day < start:
        gy -= 1
        start = date(gy, 3, 21) if (gy - 1) % 4 != 3 else date(gy, 3, 20)
    n = (day - start).days
    month = min(n // 31, 5) if n < 186 else 6 + (n - 186) // 30
    dom = n - (month * 31 if month < 6 else 186 + (month - 6) * 30) + 1
    text = f"{gy - 621}/{month + 1:02d}/{dom:02d}"
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def _text(ctx: Ctx) -> str:
    return ctx.template.text if ctx.template is not None else ""


def draw_day(ctx: Ctx, slot: str, form: str = "") -> date:
    """A date of birth, or an event date after the document's earlier event dates (a leave
    runs from its first day to its last; an admission comes before its discharge)."""
    if slot == "odob":
        return birth_day(ctx, form)
    last = ctx.entities.get(LAST_EVENT)
    if isinstance(last, date):
        day = min(last + timedelta(days=ctx.rng.randint(1, 120)), O_TODAY)
    else:
        day = O_TODAY - timedelta(days=ctx.rng.randint(150, 6 * 365))
    ctx.entities[LAST_EVENT] = day
    return day


# Where a document keeps its latest event date and the age it gives (no slot is named so:
# slot names are letters).
LAST_EVENT = "_o_last_event"
AGE_KEY = "_o_age"
# Date-of-birth forms may start with an age band ("kid_us"): a pupil's, a newborn's.
AGE_BANDS = {"kid": (4, 17), "baby": (0, 0)}


def birth_day(ctx: Ctx, form: str) -> date:
    """A date of birth; where the document also states an age over 89, the birth day of
    someone exactly that old on O_TODAY (a record's age and birth date agree)."""
    rng = ctx.rng
    band = form.split("_", 1)[0]
    if band == "baby":  # the document's events (a baptism, a registration) follow the birth
        day = O_TODAY - timedelta(days=rng.randint(30, 300))
        ctx.entities[LAST_EVENT] = day
        return day
    if band in AGE_BANDS:
        lo, hi = AGE_BANDS[band]
        years = rng.randint(lo, hi)
    elif ctx.template is not None and "{oage" in ctx.template.text:
        years = age_of(ctx, 99)
    else:
        return O_TODAY - timedelta(days=rng.randint(18 * 365, 94 * 365))
    base = O_TODAY.replace(year=O_TODAY.year - years)
    return base - timedelta(days=rng.randint(0, 364))


def dob_style(form: str) -> str:
    """The date style of a date-of-birth form, its age band ("kid_", "baby_") set aside."""
    band, _, style = form.partition("_")
    return (style if band in AGE_BANDS else form) or "iso"


def age_of(ctx: Ctx, oldest: int) -> int:
    """The document's one age over 89, drawn once and kept."""
    stored = ctx.entities.get(AGE_KEY)
    if isinstance(stored, int):
        return stored
    years = ctx.rng.randint(90, oldest)
    ctx.entities[AGE_KEY] = years
    return years


AGE_WORDS = {
    "en": lambda n: "ninety" + (f"-{UNITS_EN[n - 90]}" if n > 90 else ""),
    "de": lambda n: (f"{UNITS_DE[n - 90]}und" if n > 90 else "") + "neunzig",
    "es": lambda n: "noventa" + (f" y {UNITS_ES[n - 90]}" if n > 90 else ""),
}
UNITS_EN = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
UNITS_DE = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
UNITS_ES = ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")


def age(ctx: Ctx, form: str) -> str:
    n = age_of(ctx, 99 if form in AGE_WORDS or "{odob" in _text(ctx) else 106)
    if form in AGE_WORDS:
        return AGE_WORDS[form](n)
    return str(n)


# --- Places ----------------------------------------------------------------------------


def address(ctx: Ctx, form: str) -> str:
    return _address(ctx, form).strip()


def _address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    loc = place_locale(ctx.locale)
    f = ctx.fake(loc)
    if form == "pobox":
        g = ctx.fake("en_US")
        box = rng.choice(["P.O. Box", "PO Box", "POB", "Post Office Box"])
        return f"{box} {rng.randint(10, 99999)}, {g.city()}, {g.state_abbr()} {g.zipcode()}"
    if form == "rural":
        g = ctx.fake("en_US")
        route = rng.choice(["RR", "Rural Route", "HC", "RR#"])
        box = f"{route} {rng.randint(1, 9)} Box {rng.randint(1, 999)}"
        return f"{box}, {g.city()}, {g.state_abbr()} {g.zipcode()}"
    if form == "km":
        g = ctx.fake(rng.choice(["es_MX", "es_CO", "es_AR"]))
        road = rng.choice(["Carretera", "Ruta", "Autopista", "Camino"])
        return f"{road} {g.last_name()} Km {rng.randint(1, 180)}.{rng.randint(0, 9)}, {g.city()}"
    if form == "co":
        g = ctx.fake("en_GB")
        street = f"{g.building_number()} {g.street_name()}"
        return f"c/o {g.last_name()}, {street}, {g.city()} {g.postcode()}"
    own = own_address(ctx)
    if own:
        parts = own.split(", ")
        if form == "street":
            return parts[0]
        if form == "lines":
            return "\n".join(parts)
        return own.upper() if form == "caps" else own
    if form == "street":
        return str(f.street_address())
    if form == "lines":
        return str(f.address()).strip()
    text = str(f.address())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    sep = {"comma": ", ", "space": " ", "slash": " / ", "caps": ", "}.get(form, ", ")
    out = sep.join(lines)
    return out.upper() if form == "caps" else out


# Cities for the addresses O writes itself, where Faker's locale has none of its own.
OWN_CITIES = {
    "AE": ("Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman"),
    "SA": ("Riyadh", "Jeddah", "Dammam", "Khobar", "Madinah"),
    "EG": ("Cairo", "Giza", "Alexandria", "Mansoura", "Tanta"),
    "TR": ("Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"),
    "BG": ("София", "Пловдив", "Варна", "Бургас"),
    "LT": ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai"),
    "LV": ("Rīga", "Daugavpils", "Liepāja", "Jelgava"),
    "EE": ("Tallinn", "Tartu", "Narva", "Pärnu"),
    "IS": ("Reykjavík", "Kópavogur", "Akureyri", "Hafnarfjörður"),
    "KE": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
}
OWN_ADDRESS_LOCALES = {
    "ar_AE": "AE", "ar_SA": "SA", "ar_EG": "EG", "ar_AA": "SA", "tr_TR": "TR", "bg_BG": "BG",
    "lt_LT": "LT", "lv_LV": "LV", "et_EE": "EE", "is_IS": "IS", "en_KE": "KE", "sw": "KE",
}  # fmt: skip


def own_address(ctx: Ctx) -> str:
    """An address as the country writes it, for locales whose Faker writes US-shaped ones
    (a Gulf villa and community, a Turkish Mahalle/Sokak, a Kenyan P.O. Box)."""
    country = OWN_ADDRESS_LOCALES.get(ctx.locale, "")
    if not country:
        return ""
    rng = ctx.rng
    city = rng.choice(OWN_CITIES[country])
    n, flat = rng.randint(1, 240), rng.randint(1, 60)
    surname = str(ctx.fake().last_name()).split()[0]
    d = {k: _d(rng, k) for k in (3, 4, 5)}
    forms = {
        "AE": f"Villa {n}, Street {rng.randint(1, 40)}, Al Barsha {rng.randint(1, 3)}, {city}",
        "SA": f"Building {n}, King Fahd Road, P.O. Box {d[4]}, {city} {d[5]}",
        "EG": f"{n} {surname} St., Apt {flat}, {city}",
        "TR": f"{surname} Mah. {rng.choice(['Gül', 'Lale', 'Çınar'])} Sok. No: {n} D: {flat}, "
        f"{d[5]} {city}",
        "BG": f"ул. {surname} № {n}, ет. {rng.randint(1, 9)}, ап. {flat}, {d[4]} {city}",
        "LT": f"{surname} g. {n}-{flat}, LT-{d[5]} {city}",
        "LV": f"{surname} iela {n}-{flat}, {city}, LV-{d[4]}",
        "EE": f"{surname} tn {n}-{flat}, {d[5]} {city}",
        "IS": f"{rng.choice(['Lauga', 'Hverfis', 'Skóla', 'Berg'])}vegur {n}, {d[3]} {city}",
        "KE": f"P.O. Box {rng.randint(100, 99999)}-{d[5]}, {city}",
    }
    return forms[country]


def coordinates(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-120.0, 150.0)
    if form == "geo":
        return f"geo:{lat:.5f},{lon:.5f}"
    if form == "dm":  # degrees and decimal minutes, as marine and aviation logs write them
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        north = f"{ns}{int(abs(lat)):02d}°{abs(lat) % 1 * 60:06.3f}'"
        return f"{north} {ew}{int(abs(lon)):03d}°{abs(lon) % 1 * 60:06.3f}'"
    if form == "w3w":
        words = [rng.choice(W3W) for _ in range(3)]
        return "///" + ".".join(words)
    if form == "grid":  # a military grid reference, as ambulance and rescue sheets give one
        zone = f"{rng.randint(10, 60)}{rng.choice('CDEFGHJKLMNPQRSTUVWX')}"
        square = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPQRSTUV")
        return f"{zone} {square} {rng.randint(0, 99999):05d} {rng.randint(0, 99999):05d}"
    return f"{lat:.6f}, {lon:.6f}"


W3W = (
    "table", "lamp", "river", "basket", "orange", "quiet", "pilot", "silver", "garden",
    "ladder", "cotton", "window", "marble", "tunnel", "violin", "harbor", "pencil", "meadow",
)  # fmt: skip


def postcode(ctx: Ctx) -> str:
    f = ctx.fake(place_locale(ctx.locale))
    try:
        return str(f.postcode())
    except AttributeError:
        return str(ctx.fake("en_GB").postcode())


def town(ctx: Ctx) -> str:
    return str(ctx.fake(place_locale(ctx.locale)).city())


# --- Contacts --------------------------------------------------------------------------


# How an extension is written after a number, by the document's language.
EXTENSION_WORDS = {
    "de": (" Durchwahl ", " App. ", "-"),
    "fr": (" poste ", " p. "),
    "nl": (" toestel ", " tst. "),
    "pl": (" wewn. ",),
    "es": (" ext. ", " anexo "),
    "pt": (" ramal ",),
    "sv": (" ankn. ",),
}


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    loc = place_locale(ctx.locale)
    region = loc.rsplit("_", 1)[-1].upper() if "_" in loc else "GB"
    try:
        raw = str(ctx.fake(loc).phone_number())
    except AttributeError:
        raw, region = str(ctx.fake("en_GB").phone_number()), "GB"
    try:
        number = phonenumbers.parse(raw, region)
        valid = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        valid = False
    fmt = phonenumbers.PhoneNumberFormat
    if valid:
        if form == "intl":
            raw = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        elif form == "e164":
            raw = phonenumbers.format_number(number, fmt.E164)
        elif form == "rfc":
            raw = phonenumbers.format_number(number, fmt.RFC3966)
        elif form == "dots":
            raw = phonenumbers.format_number(number, fmt.INTERNATIONAL).replace(" ", ".")
        elif form == "zero":  # "00 49 30 ..." as European forms dial abroad
            raw = "00" + phonenumbers.format_number(number, fmt.INTERNATIONAL)[1:]
        elif form == "paren":  # "+44 (0)20 ..." the trunk zero kept in brackets
            intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
            cc, _, rest = intl.partition(" ")
            raw = f"{cc} (0){rest}" if region not in ("US", "CA") else intl
    if form == "ext":
        words = EXTENSION_WORDS.get(ctx.locale[:2], (" ext. ", " x", " ext ", " #"))
        raw += rng.choice(words) + str(rng.randint(10, 9999))
    return raw


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, OPerson)]
    f = ctx.fake(place_locale(ctx.locale))
    if people and rng.random() < 0.75:
        p = people[0]
        first, last = (re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (p.first, p.last))
        first, last = first or "x", last or "y"
        user = rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{last}.{first[0]}",
                f"{first}_{last}",
                f"{first}{rng.randint(1, 99)}",
                f"{last}{first[:2]}",
            ]
        )
        domain = rng.choice([str(f.free_email_domain()), str(f.domain_name())])
        address = f"{user}@{domain}"
    else:
        address = unidecode(str(f.email())).lower()
    if form == "obf":
        user, _, domain = address.partition("@")
        return f"{user} [at] {domain.replace('.', ' [dot] ')}"
    if form == "caps":
        return address.upper()
    return address


def url(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    n = rng.randint(10**5, 10**9)
    if slot == "ophoto":
        return rng.choice(
            [
                f"https://cdn.{f.domain_name()}/avatars/{n}.jpg",
                f"https://{f.domain_name()}/kyc/selfie/{f.uuid4()}.png",
                f"http://intranet.{f.domain_name()}/staff/photos/{f.user_name()}.jpeg",
            ]
        )
    people = [e for e in ctx.entities.values() if isinstance(e, OPerson)]
    handle = people[0].form("r_handle") if people else str(f.user_name())
    return rng.choice(
        [
            f"https://{f.domain_name()}/portal/patient?id={n}",
            f"https://vk.com/{handle.replace('.', '_')}",
            f"https://t.me/{handle.replace('.', '')}",
            f"https://wa.me/{rng.randint(10**10, 10**12)}",
            f"http://{f.domain_name()}/~{handle}",
            f"https://github.com/{handle.replace('.', '-')}",
            f"https://{f.domain_name()}/cases/{n}/documents",
        ]
    )


# --- National numbers ------------------------------------------------------------------


def _dob(rng: random.Random, lo: int = 1950, hi: int = 1999) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randint(0, (date(hi, 12, 28) - date(lo, 1, 1)).days))


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _two(body: str, valid: Callable[[str], bool]) -> str:
    for a in string.digits:
        for b in string.digits:
            if valid(body + a + b):
                return body + a + b
    return body + "00"


def _us(rng: random.Random) -> str:
    return f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _gb(rng: random.Random) -> str:
    raw = complete(str(rng.randint(4, 7)) + _d(rng, 8), string.digits, ok(nhs))
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _in(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _d(rng, 10)
    raw = body + verhoeff.calc_check_digit(body)
    return (
        f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if rng.random() < 0.3
        else f"{raw[:4]} {raw[4:8]} {raw[8:]}"
    )


def _de(rng: random.Random) -> str:
    first = str(rng.randint(1, 9))
    picked = rng.sample([c for c in string.digits if c != first], 8)
    body = first + "".join(picked) + rng.choice(picked)
    body = body[0] + "".join(rng.sample(body[1:], 9))
    raw = complete(body, string.digits, ok(idnr))
    return f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}" if rng.random() < 0.5 else raw


def _fr(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{rng.randint(1, 2)}{d.year % 100:02d}{d.month:02d}{rng.randint(1, 95):02d}"
    body += f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def _es(rng: random.Random) -> str:
    n = rng.randint(10**6, 99_999_999)
    return f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def _pl(rng: random.Random) -> str:
    d = _dob(rng, 1940, 2015)
    month = d.month + (20 if d.year >= 2000 else 0)
    return complete(
        f"{d.year % 100:02d}{month:02d}{d.day:02d}{_d(rng, 4)}", string.digits, ok(pesel)
    )


def _nl(rng: random.Random) -> str:
    return complete(str(rng.randint(1, 9)) + _d(rng, 7), string.digits, ok(bsn))


def _br(rng: random.Random) -> str:
    raw = _two(_d(rng, 9), ok(cpf))
    return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"


def _tr(rng: random.Random) -> str:
    return _two(str(rng.randint(1, 9)) + _d(rng, 8), ok(tckimlik))


def _se(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{d:%y%m%d}{_d(rng, 3)}"
    sep = "+" if d.year < 1926 else "-"
    return f"{body[:6]}{sep}{body[6:]}{luhn.calc_check_digit(body)}"


def _no(rng: random.Random) -> str:
    d = _dob(rng)
    return _two(f"{d:%d%m%y}{rng.randint(0, 499):03d}", ok(fodselsnummer))


def _fi(rng: random.Random) -> str:
    d = _dob(rng, 1950, 2012)
    n = f"{d:%d%m%y}{rng.randint(2, 899):03d}"
    sign = "-" if d.year < 2000 else "A"
    return f"{n[:6]}{sign}{n[6:]}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(n) % 31]}"


def _be(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{d:%y%m%d}{rng.randint(1, 997):03d}"
    check = 97 - int(body) % 97
    return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{check:02d}"


def _ch(rng: random.Random) -> str:
    body = "756" + _d(rng, 9)
    raw = body + ean.calc_check_digit(body)
    return f"{raw[:3]}.{raw[3:7]}.{raw[7:11]}.{raw[11:]}"


def _cz(rng: random.Random) -> str:
    d = _dob(rng, 1960, 1999)
    month = d.month + (50 if rng.random() < 0.5 else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{_d(rng, 3)}"
    return f"{body[:6]}/{body[6:]}{(int(body) % 11) % 10}"


def _ro(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{rng.randint(1, 2)}{d:%y%m%d}{rng.randint(1, 46):02d}{_d(rng, 3)}"
    return complete(body, string.digits, ok(cnp))


def _cn(rng: random.Random) -> str:
    d = _dob(rng)
    area = rng.choice(["110105", "310104", "440106", "510107", "420102", "330106", "610113"])
    return complete(f"{area}{d:%Y%m%d}{_d(rng, 3)}", string.digits + "X", ok(ric))


def _kr(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{d:%y%m%d}{rng.choice('12')}{_d(rng, 5)}"
    return f"{body[:6]}-{body[6:]}{rrn.calc_check_digit(body)}"


def _za(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{d:%y%m%d}{_d(rng, 4)}0{rng.choice('89')}"
    return body + luhn.calc_check_digit(body)


def _th(rng: random.Random) -> str:
    body = str(rng.randint(1, 8)) + _d(rng, 11)
    raw = body + pin.calc_check_digit(body)
    return f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}"


def _il(rng: random.Random) -> str:
    body = _d(rng, 8)
    return body + luhn.calc_check_digit(body)


def _cl(rng: random.Random) -> str:
    body = str(rng.randint(5_000_000, 25_999_999))
    return str(rut.format(body + rut.calc_check_digit(body)))


def _ar(rng: random.Random) -> str:
    body = rng.choice(["20", "23", "27"]) + _d(rng, 8)
    return str(cuit.format(body + cuit.calc_check_digit(body)))


def _pt(rng: random.Random) -> str:
    return complete(rng.choice("123") + _d(rng, 7), string.digits, ok(nif))


def _hr(rng: random.Random) -> str:
    return complete(str(rng.randint(1, 9)) + _d(rng, 9), string.digits, ok(oib))


def _is(rng: random.Random) -> str:
    d = _dob(rng, 1930, 1999)
    for _ in range(40):
        head = f"{d:%d%m%y}{_d(rng, 2)}"
        for c in string.digits:
            if kennitala.is_valid(head + c + "9"):
                return f"{head[:6]}-{head[6:]}{c}9"
    return "000000-0000"


def _ee(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{rng.choice('34')}{d:%y%m%d}{_d(rng, 3)}"
    return body + ik.calc_check_digit(body)


def _bg(rng: random.Random) -> str:
    d = _dob(rng)
    body = f"{d:%y%m%d}{_d(rng, 3)}"
    return body + egn.calc_check_digit(body)


def _ca(rng: random.Random) -> str:
    body = str(rng.randint(1, 7)) + _d(rng, 7)
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def _ie(rng: random.Random) -> str:
    return complete(_d(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW", ok(pps))


def _gr(rng: random.Random) -> str:
    d = _dob(rng)
    return complete(f"{d:%d%m%y}{_d(rng, 4)}", string.digits, ok(amka))


def _co(rng: random.Random) -> str:
    raw = complete(str(rng.randint(10_000_000, 1_099_999_999)), string.digits, ok(co_nit))
    return str(co_nit.format(raw))


def _ve(rng: random.Random) -> str:
    raw = complete("V" + f"{rng.randint(3_000_000, 29_999_999):08d}", string.digits, ok(rif))
    return f"{raw[0]}-{raw[1:9]}-{raw[9]}"


def _vn(rng: random.Random) -> str:
    return complete(f"0{rng.randint(1, 99):02d}" + _d(rng, 6), string.digits, ok(mst))


def _gt(rng: random.Random) -> str:
    raw = complete(str(rng.randint(100_000, 9_999_999)), string.digits + "K", ok(gt_nit))
    return f"{raw[:-1]}-{raw[-1]}"


def _py(rng: random.Random) -> str:
    raw = complete(str(rng.randint(500_000, 6_999_999)), string.digits, ok(py_ruc))
    return f"{raw[:-1]}-{raw[-1]}"


def _it(rng: random.Random) -> str:
    consonants = "BCDFGHLMNPRSTVZ"
    d = _dob(rng)
    name = "".join(rng.choice(consonants) for _ in range(6))
    day = d.day + (40 if rng.random() < 0.5 else 0)
    place = rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}"
    body = f"{name}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{place}"
    return complete(body, string.ascii_uppercase, ok(codicefiscale))


@dataclass(frozen=True)
class OId:
    country: str
    labels: tuple[str, ...]
    draw: Callable[[random.Random], str]
    valid: Callable[[str], bool]


ID_TABLE: tuple[OId, ...] = (
    OId("US", ("SSN", "Soc. Sec. #", "SS#"), _us, ok(us_ssn)),
    OId("GB", ("NHS no.", "NHS Number"), _gb, ok(nhs)),
    OId("IN", ("Aadhaar", "UID no."), _in, ok(aadhaar)),
    OId("DE", ("Steuer-IdNr.", "IdNr"), _de, ok(idnr)),
    OId("FR", ("N° de sécu", "NIR"), _fr, ok(nir)),
    OId("ES", ("DNI", "DNI/NIF"), _es, ok(dni)),
    OId("IT", ("Cod. Fiscale", "C.F."), _it, ok(codicefiscale)),
    OId("PL", ("PESEL",), _pl, ok(pesel)),
    OId("NL", ("BSN", "sofinummer"), _nl, ok(bsn)),
    OId("BR", ("CPF", "CPF nº"), _br, ok(cpf)),
    OId("TR", ("TC Kimlik", "T.C. No"), _tr, ok(tckimlik)),
    OId("SE", ("pers.nr", "personnr"), _se, ok(personnummer)),
    OId("NO", ("f.nr.", "fødselsnr"), _no, ok(fodselsnummer)),
    OId("FI", ("hetu", "henkilötunnus"), _fi, ok(hetu)),
    OId("BE", ("INSZ", "NISS"), _be, ok(be_nn)),
    OId("CH", ("AHV-Nr.", "N° AVS"), _ch, ok(ch_ssn)),
    OId("CZ", ("r.č.", "rodné č."), _cz, ok(rc)),
    OId("RO", ("CNP",), _ro, ok(cnp)),
    OId("CN", ("身份证号", "ID card no."), _cn, ok(ric)),
    OId("KR", ("주민등록번호", "RRN"), _kr, ok(rrn)),
    OId("ZA", ("ID No.", "RSA ID"), _za, ok(za_idnr)),
    OId("TH", ("เลขประจำตัวประชาชน", "Thai ID"), _th, ok(pin)),
    OId("IL", ("ת.ז.", "Teudat Zehut"), _il, ok(il_idnr)),
    OId("CL", ("RUN", "R.U.T."), _cl, ok(rut)),
    OId("AR", ("CUIL", "C.U.I.T."), _ar, ok(cuit)),
    OId("PT", ("NIF", "N.º contribuinte"), _pt, ok(nif)),
    OId("HR", ("OIB",), _hr, ok(oib)),
    OId("IS", ("kt.", "kennitala"), _is, ok(kennitala)),
    OId("EE", ("isikukood", "IK"), _ee, ok(ik)),
    OId("BG", ("ЕГН", "EGN"), _bg, ok(egn)),
    OId("CA", ("SIN", "NAS"), _ca, ok(sin)),
    OId("IE", ("PPSN", "PPS No."), _ie, ok(pps)),
    OId("GR", ("ΑΜΚΑ", "AMKA"), _gr, ok(amka)),
    OId("CO", ("NIT", "C.C./NIT"), _co, ok(co_nit)),
    OId("VE", ("RIF", "R.I.F."), _ve, ok(rif)),
    OId("VN", ("MST", "mã số thuế"), _vn, ok(mst)),
    OId("GT", ("NIT",), _gt, ok(gt_nit)),
    OId("PY", ("RUC",), _py, ok(py_ruc)),
)
ID_COUNTRIES = tuple(dict.fromkeys(e.country for e in ID_TABLE))


def national_valid(value: str) -> str:
    """The first O country whose scheme accepts `value` ("" for none)."""
    return next((e.country for e in ID_TABLE if e.valid(value)), "")


def national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = form.upper() if form.upper() in ID_COUNTRIES else ""
    if not country:
        countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
        country = rng.choice(countries)
    entry = next(e for e in ID_TABLE if e.country == country)
    for _ in range(300):
        value = entry.draw(rng)
        if entry.valid(value):
            return Value(value, rng.choice(entry.labels))
    raise RuntimeError(f"no valid {country} number in 300 draws")


def passport(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    f = ctx.fake("en_US")
    shapes = {
        "us": ("#########", "passport no."),
        "uk": ("#########", "passport number"),
        "de": ("C??######", "Reisepass-Nr."),
        "in": ("?#######", "passport no."),
        "cn": ("E########", "护照号码"),
        "visa": ("##########", "visa foil no."),
        "brp": ("??#######", "BRP no."),
        "anum": ("A###-###-###", "A-Number"),
        "uci": ("####-####", "UCI"),
        "schengen": ("???#########", "Schengen visa no."),
    }
    shape, label = shapes.get(
        form, (rng.choice(["?#######", "??#######", "#########"]), "passport")
    )
    return Value(f.bothify(shape, letters="CFGHJKLMNPRTVWXYZ").upper(), label)


# --- Numbers with no national standard --------------------------------------------------

RECORD_SHAPES = {
    "omrn": {
        "urn": "#######",
        "uhid": "UHID########",
        "ipno": "IP/##/#####",
        "fall": "##########",
        "ipp": "8########",
        "kt": "K-####-####",
        "acc": "RAD########",
        "nhi": "???####",
        "mrn": "##-##-##-#",
        "chart": "#####/##",
    },
    "oplan": {
        "ehic": "80########0000######",
        "member": "???#########",
        "grp": "GRP-#####-##",
        "polis": "##########",
        "jp": "########",
        "mbr": "W#########",
    },
    "oref": {
        "claim": "CLM-####-#######",
        "inc": "INC#######",
        "case": "##-CR-#####",
        "cad": "CAD##-######",
        "court": "#:##-cv-#####",
        "crime": "##/#####/##",
        "uetr": "",
        "ticket": "SR-######",
        "sar": "SAR-####-####",
        "alert": "AML########",
        "crf": "###-####",
        "ae": "AE-####-#####",
        "emp": "E######",
        "student": "S########",
        "docket": "####-DR-#####",
        "run": "####-######",
        "appl": "???########",
        "rx": "RX########",
        "lab": "L##-######",
        "path": "S##-#####",
        "loan": "#########",
        "mandate": "MNDT-########",
        "e2e": "E2E########",
    },
    "obio": {
        "fp": "FP-########",
        "iris": "IRS########",
        "voice": "VP-####-####",
        "face": "FT#########",
    },
}


def record(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    shapes = RECORD_SHAPES[slot]
    if slot == "oref" and form == "uetr":
        return str(ctx.fake("en_US").uuid4())
    if slot == "oplan" and form == "medicare_au":
        return medicare_au(rng)
    if slot == "oplan" and form == "kvnr":
        return kvnr(rng)
    shape = shapes.get(form) or rng.choice([s for s in shapes.values() if s])
    return ctx.fake("en_US").bothify(shape, letters="ABCDEFGHJKLMNPRSTUVWXYZ").upper()


def medicare_au(rng: random.Random) -> str:
    """An Australian Medicare card number: the 9th digit checks the first 8."""
    body = str(rng.randint(2, 6)) + _d(rng, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    raw = f"{body}{check}{rng.randint(1, 9)}"
    return f"{raw[:4]} {raw[4:9]} {raw[9]}"


def kvnr_valid(value: str) -> bool:
    """A German health-insurance number (KVNR): a letter, 8 digits and a check digit."""
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    digits = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = 0
    for i, c in enumerate(digits):
        p = int(c) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10 == int(value[9])


def kvnr(rng: random.Random) -> str:
    body = rng.choice(string.ascii_uppercase) + _d(rng, 8)
    return complete(body, string.digits, kvnr_valid)


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "clabe":
        return clabe(rng)
    shapes = {
        "uk": "########",
        "us": "#########",
        "br": "#####-#",
        "in": "############",
        "ru": "40817810#############",
        "au": "##-###-####",
        "loan": "LN-#######",
        "wallet": "#### #### ####",
    }
    shape = shapes.get(form) or rng.choice(list(shapes.values()))
    return ctx.fake("en_US").bothify(shape)


def clabe_check(body: str) -> str:
    """The check digit of a Mexican CLABE's 17 digits (weights 3, 7, 1; products mod 10)."""
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def clabe_valid(value: str) -> bool:
    return bool(re.fullmatch(r"\d{18}", value)) and clabe_check(value[:17]) == value[17]


def clabe(rng: random.Random) -> str:
    body = rng.choice(["002", "012", "014", "021", "072"]) + _d(rng, 14)
    return body + clabe_check(body)


def medicare_au_valid(value: str) -> bool:
    digits = re.sub(r"\s", "", value)
    if not re.fullmatch(r"[2-6]\d{9}", digits):
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(c) * w for c, w in zip(digits, weights, strict=False)) % 10 == int(digits[8])


def iban(ctx: Ctx, form: str) -> str:
    loc = form if form else place_locale(ctx.locale)
    try:
        raw = str(ctx.fake(loc).iban())
    except AttributeError:
        raw = ""
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake(ctx.rng.choice(["de_DE", "fr_FR", "nl_NL", "pl_PL", "es_ES"])).iban())
    if ctx.rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "npi":
        body = str(rng.choice("12")) + _d(rng, 8)
        return body + luhn.calc_check_digit("80840" + body)
    if form == "rpps":
        body = "10" + _d(rng, 8)
        return body + luhn.calc_check_digit(body)
    if form == "lanr":
        body = _d(rng, 6)
        total = sum(int(c) * (4 if i % 2 == 0 else 9) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10) + rng.choice(["01", "23", "56", "99"])
    shapes = {
        "gmc": "#######",
        "nmc": "##?####?",
        "ahpra": "MED000#######",
        "mci": "MCI-#####",
        "crm": "CRM-?? ######",
        "big": "###########",
        "cedula": "#######",
        "dl_us": "?###-####-####",
        "dl_au": "#########",
        "cert": "BC-####-######",
        "death": "DC ####/#####",
        "firearm": "FAC/#####",
        "pilot": "ATPL-######",
        "notary": "NP-######",
        "bar": "SBN ######",
        "cdl": "CDL#########",
        "teacher": "TRN #######",
        "pharm": "GPhC #######",
    }
    shape = shapes.get(form) or rng.choice(list(shapes.values()))
    return ctx.fake("en_US").bothify(shape, letters="ABCDEFGHJKLMNPRSTUVWXYZ").upper()


def vehicle(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "vin":
        return str(ctx.fake("en_US").vin())
    if form == "imo":
        body = _d(rng, 6)
        return "IMO " + body + imo.calc_check_digit(body)
    if form == "tail":
        return rng.choice(["N", "G-", "D-", "VH-", "C-"]) + ctx.fake("en_US").bothify("???").upper()
    try:
        return str(ctx.fake(place_locale(ctx.locale)).license_plate())
    except AttributeError:
        return str(ctx.fake("en_GB").license_plate())


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    if form == "imei":
        body = rng.choice(["35", "86", "49"]) + _d(rng, 12)
        return body + luhn.calc_check_digit(body)
    if form == "udi":
        body = "0" + _d(rng, 12)
        gtin = body + ean.calc_check_digit(body)
        return f"(01){gtin}(21){f.bothify('??####').upper()}"
    if form == "uuid":
        return str(f.uuid4()).upper()
    if form == "androidid":
        return "".join(rng.choice("0123456789abcdef") for _ in range(16))
    shapes = {
        "pacer": "PJN######?",
        "pump": "SN-##-####-###",
        "cpap": "2323########",
        "aid": "##?#####",
        "laptop": "5CD####??#",
        "glucose": "?##########",
        "tag": "ASSET-######",
    }
    shape = shapes.get(form) or rng.choice(list(shapes.values()))
    return f.bothify(shape, letters="ABCDEFGHJKLMNPRSTUVWXYZ").upper()


def o_mac(ctx: Ctx, form: str) -> str:
    raw = mac(ctx)
    if form == "bare":
        return re.sub(r"[^0-9A-Fa-f]", "", raw).lower()
    return raw


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """One O entity: an OPerson for `oper`, a Value for every other slot."""
    if slot == "oper":
        return new_person(ctx)
    if slot == "onat":
        return national(ctx, form)
    if slot == "opass":
        return passport(ctx, form)
    makers: dict[str, Callable[[], str]] = {
        "otown": lambda: town(ctx),
        "oaddr": lambda: address(ctx, form),
        "opost": lambda: postcode(ctx),
        "ogeo": lambda: coordinates(ctx, form),
        "otel": lambda: phone(ctx, form),
        "ofax": lambda: phone(ctx, form),
        "omail": lambda: email(ctx, form),
        "omrn": lambda: record(ctx, slot, form),
        "oplan": lambda: record(ctx, slot, form),
        "oref": lambda: record(ctx, slot, form),
        "obio": lambda: record(ctx, slot, form),
        "oacct": lambda: account(ctx, form),
        "ocard": lambda: card(ctx),
        "oiban": lambda: iban(ctx, form),
        "oip": lambda: ip(ctx, form),
        "ourl": lambda: url(ctx, slot, form),
        "ophoto": lambda: url(ctx, slot, form),
        "odate": lambda: write_date(draw_day(ctx, slot), form or "iso"),
        "odob": lambda: write_date(draw_day(ctx, slot, form), dob_style(form)),
        "oage": lambda: age(ctx, form),
        "olic": lambda: licence(ctx, form),
        "oveh": lambda: vehicle(ctx, form),
        "odev": lambda: device(ctx, form),
        "omac": lambda: o_mac(ctx, form),
    }
    return Value(makers[slot]())


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    if form == "v6":
        return str(f.ipv6())
    if form == "private":
        return str(f.ipv4_private())
    return str(f.ipv4_public())


__all__ = ["O_TODAY", "SLOTS", "faker_for", "new_entity"]
