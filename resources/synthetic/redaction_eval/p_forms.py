"""Held-out P's values: identifiers as the documents of many countries and trades write them.

Every slot of P starts with `p` (P_SLOTS in generator.py hands them here). A slot's form
picks a style or a country where the slot has several (`{pdate1.minguo}`,
`{pnat1.pl}`, `{pper1.r_caret}`); an unknown or empty form picks one at random.

P counts every date from its own pinned day, P_TODAY, never from the clock: national
numbers that embed a birth date are drawn through `Pinned`, which answers Faker's
`date_of_birth` from that day, and the countries whose Faker provider reads the
clock itself (PL, SE, NO, FI, MX, GR) are drawn here with python-stdnum's check digits.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker import Faker
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn
from stdnum.fi import hetu
from stdnum.gr import amka
from stdnum.mx import curp
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.se import personnummer

from resources.synthetic.redaction_eval import generator
from resources.synthetic.redaction_eval.generator import P_KINDS, Ctx, Person, Value
from resources.synthetic.redaction_eval.national_ids import (
    NATIONAL_IDS,
    NationalId,
    draw_national_id,
)
from resources.synthetic.redaction_eval.world_names import world_names

P_TODAY = date(2026, 3, 9)  # the day P's documents are written on, whatever the clock says

SLOTS = P_KINDS

# --- people -------------------------------------------------------------------------------

# Locales whose names Faker writes in another script; `r_` forms spell them in Latin.
OWN_SCRIPT = frozenset(
    {"el_GR", "ru_RU", "uk_UA", "bg_BG", "ka_GE", "hy_AM", "fa_IR", "ar_SA", "he_IL"}
    | {"hi_IN", "bn_BD", "ta_IN", "th_TH", "ja_JP", "ko_KR", "zh_CN", "zh_TW", "ne_NP"}
)
EAST = frozenset({"ja_JP", "ko_KR", "zh_CN", "zh_TW"})
TITLES = re.compile(r"^(Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Sr|Sra|Srta|Lic|Ing|Sig|pan|pani)\.?\s", re.I)
OCR_SWAPS = (("m", "rn"), ("l", "1"), ("o", "0"), ("e", "c"), ("i", "í"))


@dataclass
class PPerson(Person):
    """A person with P's extra written forms; `r_<form>` is `<form>` in Latin letters."""

    east: bool = False  # family name first without a space (Chinese, Korean, Japanese)
    ocr_swap: int = 0

    def form(self, form: str) -> str:
        if form.startswith("r_"):
            latin = PPerson(*(unidecode(w).strip() for w in (self.first, self.last, self.middle)))
            return latin.form(form[2:])
        first, last, middle = self.first, self.last, self.middle
        extra = {
            "native": f"{last}{first}" if self.east else f"{first} {last}",
            "native_sp": f"{last} {first}",
            "official": " ".join(w for w in (last, first, middle) if w),  # with the patronymic
            "caret": f"{last}^{first}^{middle}".rstrip("^").upper(),
            "slash": f"{last}/{first}".upper(),
            "spaced": " ".join(last.upper()),
            "last_first_mi": f"{last}, {first} {middle[:1]}".rstrip(),
            "dotted_initials": "".join(f"{w[0]}." for w in (first, middle) if w) + last,
            "last_dot_initials": f"{last} " + "".join(f"{w[0]}." for w in (first, middle) if w),
            "first_mid_last": " ".join(w for w in (first, middle, last) if w),
            "ocr": self._ocr(f"{first} {last}"),
            "ocr_caps": self._ocr(f"{last.upper()}, {first.upper()}"),
            "lastcomma_nospace": f"{last},{first}",
            "first_lower_last": f"{first.lower()} {last.lower()}",
            "caps_first_last_tight": f"{first.upper()}{last.upper()}",
            "paren_last": f"{first} ({last})",
        }
        if form in extra:
            return extra[form]
        return super().form(form)

    def _ocr(self, text: str) -> str:
        """The name as an OCR pass misreads it: one letter swapped for a look-alike."""
        swaps = [(a, b) for a, b in OCR_SWAPS if a in text.lower()]
        if not swaps:
            return text.replace(" ", "  ", 1)
        a, b = swaps[self.ocr_swap % len(swaps)]
        at = text.lower().index(a)
        piece = b.upper() if text[at].isupper() and b.isalpha() else b
        return text[:at] + piece + text[at + 1 :]


def new_person(ctx: Ctx) -> PPerson:
    rng = ctx.rng
    east = ctx.locale in EAST
    if rng.random() < 0.35 and ctx.locale not in OWN_SCRIPT:
        country = rng.choice(ctx.split.name_countries)
        names = world_names()[country]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = ""
        if ctx.locale in ("ru_RU", "uk_UA", "bg_BG") and hasattr(f, "middle_name"):
            middle = str(f.middle_name())  # the patronymic an official record writes
        elif rng.random() < 0.2:
            middle = str(f.first_name())
    first, last, middle = (TITLES.sub("", w).strip() for w in (first, last, middle))
    if middle in (first, last) or east:  # an eastern name has no middle name
        middle = ""
    if " " in first and not east:  # "Maria Emilia": keep one given name, the rest as middle
        first, rest = first.split(" ", 1)
        middle = middle or rest
    return PPerson(first, last, middle, east=east, ocr_swap=rng.randrange(5))


# --- dates and ages -----------------------------------------------------------------------


@dataclass
class Dated(Value):
    """A date's text and the day it writes (dates of birth and ages of one document agree)."""

    day: date = P_TODAY
    event: bool = False


ERAS = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
)
DATE_STYLES = (
    "iso", "dmy_dot", "mdy", "dmy_slash", "d_mon_y", "mon_d_y", "hl7", "swift", "oracle",
    "jp_era", "jp_era_short", "minguo", "minguo_slash", "be", "cjk", "ko", "de", "fr", "es",
    "pt", "pl", "it", "nl", "tr", "id", "sv", "mdy_short", "ordinal", "dmy_dash", "ymd_slash",
    "iso_t", "roman", "ru",
)  # fmt: skip
RU_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip


def write_date(day: date, style: str) -> str:
    """`day` written in one of DATE_STYLES."""
    months = generator.MONTHS
    if style in ("jp_era", "jp_era_short"):
        start, name, short = next(e for e in ERAS if day >= e[0])
        year = day.year - start.year + 1
        if style == "jp_era_short":
            return f"{short}{year}.{day.month}.{day.day}"
        return f"{name}{'元' if year == 1 else year}年{day.month}月{day.day}日"
    fixed = {
        "iso": day.isoformat(),
        "dmy_dot": f"{day:%d.%m.%Y}",
        "mdy": f"{day:%m/%d/%Y}",
        "dmy_slash": f"{day:%d/%m/%Y}",
        "d_mon_y": f"{day.day} {day:%b %Y}",
        "mon_d_y": f"{day:%B} {day.day}, {day.year}",
        "hl7": f"{day:%Y%m%d}",
        "swift": f"{day:%y%m%d}",
        "oracle": f"{day:%d-%b-%Y}".upper(),
        "minguo": f"民國{day.year - 1911}年{day.month}月{day.day}日",
        "minguo_slash": f"{day.year - 1911}/{day:%m/%d}",
        "be": f"{day.day}/{day.month}/{day.year + 543}",
        "cjk": f"{day.year}年{day.month}月{day.day}日",
        "ko": f"{day.year}년 {day.month}월 {day.day}일",
        "de": f"{day.day}. {months['de'][day.month - 1]} {day.year}",
        "fr": f"{day.day} {months['fr'][day.month - 1]} {day.year}",
        "es": f"{day.day} de {months['es'][day.month - 1]} de {day.year}",
        "pt": f"{day.day} de {months['pt'][day.month - 1]} de {day.year}",
        "pl": f"{day.day} {months['pl'][day.month - 1]} {day.year}",
        "it": f"{day.day} {months['it'][day.month - 1]} {day.year}",
        "nl": f"{day.day} {months['nl'][day.month - 1]} {day.year}",
        "tr": f"{day.day} {months['tr'][day.month - 1]} {day.year}",
        "id": f"{day.day} {months['id'][day.month - 1]} {day.year}",
        "sv": f"{day.day} {months['sv'][day.month - 1]} {day.year}",
        "ru": f"{day.day} {RU_MONTHS[day.month - 1]} {day.year}",
        "mdy_short": f"{day.month}/{day.day}/{day:%y}",
        "ordinal": f"{generator.ordinal(day.day)} {day:%B %Y}",
        "dmy_dash": f"{day:%d-%m-%Y}",
        "ymd_slash": f"{day:%Y/%m/%d}",
        "iso_t": f"{day.isoformat()}T{(day.toordinal() * 7) % 24:02d}:{day.day * 7 % 60:02d}:00Z",
        "roman": f"{day.day}.{generator.ROMAN[day.month - 1]}.{day.year}",
    }
    return fixed[style]


def _style(ctx: Ctx, form: str) -> str:
    return form if form in DATE_STYLES else ctx.rng.choice(DATE_STYLES)


def event_date(ctx: Ctx, form: str) -> Dated:
    """A day in the five years before P_TODAY; a document's later event slots come later."""
    earlier = [e.day for e in ctx.entities.values() if isinstance(e, Dated) and e.event]
    low = max([P_TODAY - timedelta(days=1800), *earlier])
    day = low + timedelta(days=ctx.rng.randint(0, max(0, (P_TODAY - low).days)))
    return Dated(write_date(day, _style(ctx, form)), day=day, event=True)


def _age_entity(ctx: Ctx) -> Dated | None:
    return next((e for k, e in ctx.entities.items() if k.startswith("page")), None)  # type: ignore[return-value]


def birth_date(ctx: Ctx, form: str) -> Dated:
    """A date of birth: an adult's, or with form `kid_<style>` a child's and `new_<style>`
    a newborn's; it agrees with an age over 89 the document gave before it."""
    rng = ctx.rng
    aged = _age_entity(ctx)
    who, _, style = form.partition("_") if form.startswith(("kid_", "new_")) else ("", "", form)
    if aged is not None:  # born the age's number of years before P_TODAY
        years = int(re.sub(r"\D", "", aged.label) or "90")
        latest = P_TODAY.replace(year=P_TODAY.year - years)
        day = latest - timedelta(days=rng.randint(0, 364))
    elif who == "kid":
        day = P_TODAY - timedelta(days=rng.randint(2 * 366, 16 * 365))
    elif who == "new":
        day = P_TODAY - timedelta(days=rng.randint(1, 12))
    else:
        day = P_TODAY - timedelta(days=rng.randint(18 * 366, 99 * 365))
    return Dated(write_date(day, _style(ctx, style)), day=day)


AGE_FORMS = ("plain", "plain", "jahre", "ans", "anos", "lat", "yrs", "spelled", "y")


def age(ctx: Ctx, form: str) -> Value:
    """An age over 89; its label keeps the number (a later date of birth agrees with it)."""
    rng = ctx.rng
    born = next((e for k, e in ctx.entities.items() if k.startswith("pdob")), None)
    if isinstance(born, Dated):
        years = (
            P_TODAY.year
            - born.day.year
            - ((P_TODAY.month, P_TODAY.day) < (born.day.month, born.day.day))
        )
        years = max(years, 90)
    else:
        years = rng.randint(90, 106)
    style = form if form in AGE_FORMS else rng.choice(AGE_FORMS)
    if style == "spelled" and years < 100:
        unit = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        text = "ninety" + (f"-{unit[years - 90]}" if years > 90 else "")
    else:
        text = {
            "jahre": f"{years} Jahre",
            "ans": f"{years} ans",
            "anos": f"{years} anos",
            "lat": f"{years} lat",
            "yrs": f"{years} yrs",
            "y": f"{years}y",
        }.get(style, str(years))
    return Value(text, str(years))


# --- places -------------------------------------------------------------------------------


def address(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    f = ctx.fake()
    if form == "lines":
        return Value(str(f.address()).strip())
    if form == "pobox":
        town = str(f.city())
        return Value(f"P.O. Box {rng.randint(10, 99999)}-{rng.randint(100, 999)}00, {town}")
    if form == "apo":  # a US service member's military post address
        head = rng.choice(
            [
                f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(100, 9999)}",
                f"Unit {rng.randint(2000, 9999)}, Box {rng.randint(100, 9999)}",
                f"CMR {rng.randint(100, 499)}, Box {rng.randint(100, 9999)}",
            ]
        )
        region, zip3 = rng.choice([("AE", "09"), ("AP", "96"), ("AA", "34")])
        post = rng.choice(["APO", "FPO", "DPO"])
        return Value(f"{head}, {post} {region} {zip3}{rng.randint(0, 999):03d}")
    if form == "rural":
        ca = ctx.fake("en_CA")
        return Value(
            f"RR {rng.randint(1, 9)}, Site {rng.randint(1, 40)}, Comp {rng.randint(1, 99)}, "
            f"{ca.city()} {ca.province_abbr()} {ca.postcode()}"
        )
    if form == "in":
        fi = ctx.fake("en_IN")
        return Value(
            f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 9)}-{rng.randint(10, 999)}, "
            f"{fi.street_name()}, {fi.city()} - {fi.postcode()}"
        )
    if form == "jp":
        return Value(
            f"〒{rng.randint(100, 999)}-{rng.randint(0, 9999):04d} {ctx.fake('ja_JP').address()}"
        )
    if form == "street":
        return Value(", ".join(str(f.street_address()).split("\n")))
    text = str(f.address())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Value(rng.choice([", ", " ", " / "]).join(lines))


def postcode(ctx: Ctx, form: str) -> Value:
    return Value(str(ctx.fake().postcode()).strip())


PLUS_ALPHABET = "23456789CFGHJMPQRVWX"


def geo(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-120.0, 150.0)
    style = form or rng.choice(["dec", "geo", "dms", "plus", "latlon"])
    if style == "geo":
        return Value(f"geo:{lat:.6f},{lon:.6f}")
    if style == "dms":

        def dms(x: float, pos: str, neg: str) -> str:
            secs = round(abs(x) * 3600)
            return f"{secs // 3600}°{secs % 3600 // 60}'{secs % 60}\"{pos if x >= 0 else neg}"

        return Value(f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}")
    if style == "plus":  # an Open Location Code as a map app shares it
        code = "".join(rng.choice(PLUS_ALPHABET) for _ in range(8))
        return Value(
            f"{code[:4]}{code[4:8]}+{rng.choice(PLUS_ALPHABET)}{rng.choice(PLUS_ALPHABET)}"
        )
    if style == "latlon":
        return Value(f"{lat:+08.4f}{lon:+09.4f}")  # ISO 6709, as a photo's metadata writes it
    return Value(f"{lat:.5f}, {lon:.5f}")


# --- contact ------------------------------------------------------------------------------


def telephone(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    locale = f"{form[:2]}_{form[3:].upper()}" if len(form) == 5 else ctx.locale
    try:
        raw = str(ctx.fake(locale).phone_number())
    except AttributeError:
        locale, raw = "en_GB", str(ctx.fake("en_GB").phone_number())
    region = locale.rsplit("_", 1)[-1].upper()
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        number = None
    style = rng.randrange(6)
    if number is not None and phonenumbers.is_valid_number(number) and style < 4:
        fmt = phonenumbers.PhoneNumberFormat
        chosen = (fmt.INTERNATIONAL, fmt.E164, fmt.NATIONAL, fmt.RFC3966)[style]
        raw = phonenumbers.format_number(number, chosen)
        if chosen == fmt.INTERNATIONAL and rng.random() < 0.3:
            raw = raw.replace("+", "00", 1)
    if rng.random() < 0.25 and raw[-1].isdigit() and not re.search(r"x|ext", raw, re.I):
        word = {"fr": " poste ", "de": " Durchwahl ", "es": " ext. ", "pt": " ramal "}
        raw += word.get(locale[:2], rng.choice([" ext. ", " x", " ext "])) + str(
            rng.randint(10, 9999)
        )
    return Value(raw.strip())


def mail(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake()
    if not people or rng.random() < 0.25:
        return Value(unidecode(str(f.email())).lower())
    p = people[0]
    first, last = (re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) or "x" for w in (p.first, p.last))
    tag = rng.choice(["claims", "hr", "bank", "rx"])
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first[0]}",
            f"{first}{rng.randint(1, 99)}",
            f"{first}.{last}+{tag}",
            f"{last}_{first}",
        ]
    )
    domain = rng.choice([str(f.free_email_domain()), str(f.domain_name())])
    text = f"{user}@{domain}"
    return Value(text.upper() if form == "caps" else text)


# --- national numbers ---------------------------------------------------------------------


class Pinned:
    """A Faker whose `date_of_birth` counts from P_TODAY (the rest is the Faker's own)."""

    def __init__(self, fake: Faker, rng: random.Random) -> None:
        self._fake, self._rng = fake, rng

    def date_of_birth(self, minimum_age: int = 0, maximum_age: int = 115) -> date:
        days = self._rng.randint(minimum_age * 366 + 1, maximum_age * 365)
        return P_TODAY - timedelta(days=days)

    def __getattr__(self, name: str) -> object:
        return getattr(self._fake, name)


def _born(rng: random.Random, low: int = 18, high: int = 85) -> date:
    return P_TODAY - timedelta(days=rng.randint(low * 366, high * 365))


def _pesel(f: Faker, rng: random.Random) -> str:
    d = _born(rng)
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{rng.randint(0, 9999):04d}"
    return body + pesel.calc_check_digit(body)


def _personnummer(f: Faker, rng: random.Random) -> str:
    d = _born(rng)
    body = f"{d:%y%m%d}{rng.randint(0, 999):03d}"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def _fodselsnummer(f: Faker, rng: random.Random) -> str:
    d = _born(rng, 30, 80)  # born 1946-1996: individual numbers 000-499
    for _ in range(100):
        body = f"{d:%d%m%y}{rng.randint(0, 499):03d}"
        first = fodselsnummer.calc_check_digit1(body)
        second = fodselsnummer.calc_check_digit2(body + first)
        if len(first + second) == 2:  # a check digit of 10 is no number: draw again
            return body + first + second
    return ""


def _hetu(f: Faker, rng: random.Random) -> str:
    d = _born(rng, 27, 85)  # born in the 1900s: century sign '-'
    body = f"{d:%d%m%y}-{rng.randint(2, 899):03d}"
    return body + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body[:6] + body[7:]) % 31]


MX_STATES = ("AS", "BC", "CH", "DF", "JC", "MC", "NL", "OC", "PL", "VZ", "YN", "GT", "SP")


def _curp(f: Faker, rng: random.Random) -> str:
    d = _born(rng)
    consonants = "BCDFGHJKLMNPRSTVXZ"
    head = (
        rng.choice(consonants)
        + rng.choice("AEIOU")
        + rng.choice(consonants)
        + rng.choice(consonants)
    )
    tail = "".join(rng.choice(consonants) for _ in range(3))
    clave = rng.choice(string.digits) if d.year < 2000 else rng.choice(string.ascii_uppercase)
    body = f"{head}{d:%y%m%d}{rng.choice('HM')}{rng.choice(MX_STATES)}{tail}{clave}"
    return body + curp.calc_check_digit(body)


def _amka(f: Faker, rng: random.Random) -> str:
    body = f"{_born(rng):%d%m%y}{rng.randint(0, 9999):04d}"
    return body + luhn.calc_check_digit(body)


OWN_DRAWS = {
    "PL": NationalId("PL", ("PESEL", "nr PESEL"), "pl_PL", _pesel, pesel.is_valid),
    "SE": NationalId("SE", ("personnummer", "pnr"), "sv_SE", _personnummer, personnummer.is_valid),
    "NO": NationalId(
        "NO", ("fødselsnummer", "f.nr."), "no_NO", _fodselsnummer, fodselsnummer.is_valid
    ),
    "FI": NationalId("FI", ("henkilötunnus", "hetu"), "fi_FI", _hetu, hetu.is_valid),
    "MX": NationalId("MX", ("CURP",), "es_MX", _curp, curp.is_valid),
    "GR": NationalId("GR", ("AMKA", "ΑΜΚΑ"), "el_GR", _amka, amka.is_valid),
}
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR", "TR", "CA", "AU", "IE", "AT", "CH",
    "DK", "CZ", "RO", "GR", "PT", "KR", "EE", "ZA", "TH", "IL", "BG", "SI", "CL", "HR", "BE",
    "IS", "LT", "SK", "PK", "MY", "NZ", "JP", "KE", "CN", "MX", "ID", "UA", "LV", "PL", "SE",
    "NO", "FI", "RU", "AR",
)  # fmt: skip
ID_TABLE = tuple(
    e for e in NATIONAL_IDS if e.country in ID_COUNTRIES and e.country not in OWN_DRAWS
) + tuple(OWN_DRAWS.values())


def national(ctx: Ctx, form: str) -> Value:
    """A valid national number of the named country, the template's or the split's."""
    rng = ctx.rng
    named = form.upper()
    if named in ID_COUNTRIES:
        country = named
    else:
        countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
        country = rng.choice(countries)
    entry = rng.choice([e for e in ID_TABLE if e.country == country])
    fake = Pinned(ctx.fake(entry.locale), rng)
    return Value(draw_national_id(entry, fake, rng), rng.choice(entry.labels))  # type: ignore[arg-type]


def national_valid(value: str) -> str:
    """The country whose check a number passes ("" if none)."""
    return next((e.country for e in ID_TABLE if e.valid(value)), "")


def passport(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    up, dg = string.ascii_uppercase, string.digits

    def pick(alphabet: str, n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    shapes = {
        "us": lambda: pick(dg, 9),
        "in": lambda: pick("JKLMNPRSTUVZ", 1) + pick(dg, 7),
        "de": lambda: pick("CFGHJK", 1) + pick("CFGHJKLMNPRTVWXYZ0123456789", 8),
        "gb": lambda: pick(dg, 9),
        "cn": lambda: "E" + pick(dg, 8),
        "ng": lambda: "A" + pick(dg, 8),
        "ph": lambda: "P" + pick(dg, 7) + pick(up, 1),
        "anumber": lambda: f"A{pick(dg, 3)}-{pick(dg, 3)}-{pick(dg, 3)}",
        "brp": lambda: pick("RZ", 1) + pick(up, 1) + pick(dg, 7),
        "uscis": lambda: pick(["IOE", "EAC", "WAC", "LIN", "SRC", "MSC"], 1) + pick(dg, 10),
        "visa": lambda: pick(dg, 8),
        "emirates": lambda: f"784-{rng.randint(1950, 2005)}-{pick(dg, 7)}-{pick(dg, 1)}",
        "iqama": lambda: "2" + pick(dg, 9),
        "aadhaar_vid": lambda: " ".join(pick(dg, 4) for _ in range(4)),
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return Value(shapes[key]())


# --- record numbers -----------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def record(ctx: Ctx, slot: str, form: str) -> Value:
    rng = ctx.rng
    d, a = (lambda n: _digits(rng, n)), (lambda n: _letters(rng, n))
    shapes = {
        "pmrn": {
            "dash": lambda: f"{d(3)}-{d(3)}-{d(2)}",
            "px": lambda: f"{a(2)}-{d(5)}",
            "hosp": lambda: f"{a(1)}{d(7)}",
            "slash": lambda: f"{d(2)}/{d(6)}",
            "year": lambda: f"{rng.randint(2015, 2025)}-{d(6)}",
            "dots": lambda: f"{d(3)}.{d(3)}.{d(3)}",
            "chi": lambda: chi(rng),
            "long": lambda: d(10),
            "lab": lambda: f"{a(1)}{d(2)}-{d(6)}",
        },
        "pplan": {
            "mbi": lambda: generator.mbi(ctx),
            "kvnr": lambda: kvnr(rng),
            "ohip": lambda: ohip(rng),
            "member": lambda: f"{a(3)}{d(9)}",
            "group": lambda: f"{d(3)}-{d(4)}-{d(2)}",
            "ehic": lambda: f"80{rng.choice(['276', '250', '380', '724', '616'])}{d(15)}",
            "sus": lambda: f"{rng.choice('789')}{d(2)} {d(4)} {d(4)} {d(4)}",
        },
        "pref": {
            "claim": lambda: f"CLM-{d(4)}-{d(6)}",
            "docket": lambda: (
                f"{rng.randint(1, 9)}:{rng.randint(18, 25)}-{rng.choice(['cv', 'cr', 'mj'])}-{d(5)}"
            ),
            "police": lambda: f"{a(2)}{rng.randint(18, 25)}{d(6)}",
            "ticket": lambda: f"{rng.choice(['INC', 'REQ', 'CASE'])}{d(7)}",
            "uetr": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "trn": lambda: f"{a(4)}{d(8)}{a(2)}",
            "e2e": lambda: f"E2E{d(4)}{a(3)}{d(6)}",
            "aml": lambda: f"AML-{rng.randint(2021, 2026)}-{d(6)}",
            "subject": lambda: f"{d(3)}-{d(4)}",
            "cnr": lambda: f"{a(4)}{d(2)}{d(6)}{rng.randint(2016, 2025)}",
            "gwf": lambda: f"GWF{d(9)}",
            "sar": lambda: f"SAR/{rng.randint(2022, 2026)}/{d(5)}",
            "student": lambda: f"S{d(8)}",
            "employee": lambda: f"E{d(6)}",
            "ae": lambda: (
                f"{rng.choice(['GB', 'DE', 'FR', 'US'])}-{a(3)}-{rng.randint(2022, 2026)}{d(6)}"
            ),
        },
        "pbio": {
            "afis": lambda: f"AFIS-{d(10)}",
            "iris": lambda: f"IR{d(4)}-{a(2)}{d(4)}",
            "voice": lambda: f"VP-{d(8)}",
            "fp": lambda: f"FP{a(1)}{d(9)}",
        },
    }[slot]
    key = form if form in shapes else rng.choice(sorted(shapes))
    return Value(shapes[key]())


def chi(rng: random.Random) -> str:
    """A Scottish CHI number: date of birth, three digits, a mod-11 check digit."""
    for _ in range(100):
        d = _born(rng)
        body = f"{d:%d%m%y}{_digits(rng, 3)}"
        check = (
            11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
        ) % 11
        if check != 10:
            return body + str(check)
    return ""


def chi_valid(value: str) -> bool:
    body = re.sub(r"\D", "", value)
    if len(body) != 10:
        return False
    check = (
        11 - sum(int(c) * w for c, w in zip(body[:9], range(10, 1, -1), strict=True)) % 11
    ) % 11
    return check == int(body[9])


def kvnr(rng: random.Random) -> str:
    """A German Krankenversichertennummer: letter, eight digits, a check digit."""
    letter = rng.choice(string.ascii_uppercase)
    body = _digits(rng, 8)
    return letter + body + _kvnr_check(letter, body)


def _kvnr_check(letter: str, body: str) -> str:
    digits = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, c in enumerate(digits):
        n = int(c) * (1 if i % 2 == 0 else 2)
        total += n // 10 + n % 10
    return str(total % 10)


def kvnr_valid(value: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z]\d{9}", value)) and _kvnr_check(value[0], value[1:9]) == value[9]
    )


def ohip(rng: random.Random) -> str:
    """An Ontario health card number: ten digits (Luhn) and a two-letter version code."""
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}-{_letters(rng, 2)}"


# --- money --------------------------------------------------------------------------------


def nuban(rng: random.Random) -> str:
    """A Nigerian NUBAN: a bank code's weights over nine digits give the tenth."""
    bank = rng.choice(["058", "044", "033", "011", "057"])
    serial = _digits(rng, 9)
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(int(c) * w for c, w in zip(bank + serial, weights, strict=True))
    return serial + str((10 - total % 10) % 10)


def account(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    d = lambda n: _digits(rng, n)  # noqa: E731
    shapes = {
        "uk": lambda: f"{d(2)}-{d(2)}-{d(2)} {d(8)}",
        "us": lambda: d(rng.randint(9, 12)),
        "bsb": lambda: f"{d(3)}-{d(3)} {d(4)} {d(4)}",
        "ca": lambda: f"{d(5)}-{d(3)}-{d(7)}",
        "br": lambda: f"{d(5)}-{d(1)}",
        "in": lambda: d(rng.choice([11, 12, 14, 16])),
        "nuban": lambda: nuban(rng),
        "jp": lambda: d(7),
        "loan": lambda: f"{d(4)}-{d(6)}-{d(3)}",
        "wallet": lambda: (
            "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
        ),
        "mpesa": lambda: f"07{d(2)} {d(3)} {d(3)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return Value(shapes[key]())


def card(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    kind = rng.choice(["visa16", "mastercard", "amex", "discover", "jcb", "maestro", "visa19"])
    raw = str(ctx.fake("en_US").credit_card_number(card_type=kind))
    if not luhn.is_valid(raw):
        raw = str(ctx.fake("en_US").credit_card_number(card_type="visa16"))
    sep = form if form in ("", " ", "-") else rng.choice(["", " ", "-", " "])
    if form == "tight" or not sep:
        return Value(raw)
    if len(raw) == 15:
        return Value(sep.join((raw[:4], raw[4:10], raw[10:])))
    return Value(sep.join(raw[i : i + 4] for i in range(0, len(raw), 4)))


IBAN_LOCALES = (
    "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "tr_TR", "cs_CZ", "ro_RO",
    "hu_HU", "sk_SK", "da_DK", "fi_FI", "no_NO", "sv_SE", "el_GR", "hr_HR", "et_EE", "lt_LT",
)  # fmt: skip


def iban(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    raw = str(ctx.fake().iban())
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake(rng.choice(IBAN_LOCALES)).iban())
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake("de_DE").iban())
    if form == "compact" or (form != "spaced" and rng.random() < 0.5):
        return Value(raw)
    return Value(" ".join(raw[i : i + 4] for i in range(0, len(raw), 4)))


# --- network, web, devices, vehicles, licences --------------------------------------------


def ip(ctx: Ctx, form: str) -> Value:
    f = ctx.fake("en_US")
    if form == "v6" or (not form and ctx.rng.random() < 0.25):
        return Value(str(f.ipv6()))
    return Value(str(f.ipv4_public() if ctx.rng.random() < 0.75 else f.ipv4_private()))


def web(ctx: Ctx, slot: str, form: str) -> Value:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    who = people[0] if people else new_person(ctx)
    handle = re.sub(r"[^a-z0-9]", "", unidecode(f"{who.first}{who.last}").lower()) or "user"
    if slot == "pphoto":
        selfie = uuid.UUID(int=rng.getrandbits(128), version=4)
        return Value(
            rng.choice(
                [
                    f"https://files.{f.domain_name()}/id-photos/{rng.randint(10**5, 10**7)}.jpg",
                    f"https://{f.domain_name()}/kyc/selfie/{selfie}.png",
                    f"http://intranet.{f.domain_word()}.local/staff/photo/{handle}.jpeg",
                ]
            )
        )
    return Value(
        rng.choice(
            [
                f"https://www.linkedin.com/in/{handle}{rng.randint(1, 999)}",
                f"https://t.me/{handle}",
                f"https://wa.me/{rng.randint(10**10, 10**12)}",
                f"https://vk.com/id{rng.randint(10**6, 10**9)}",
                f"https://mychart.{f.domain_name()}/patient/{rng.randint(10**5, 10**8)}",
                f"https://{f.domain_name()}/u/{handle}",
                f"https://github.com/{handle}",
                f"https://meet.{f.domain_word()}.health/room/{handle}-{rng.randint(100, 999)}",
            ]
        )
    )


def licence(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    d, a = (lambda n: _digits(rng, n)), (lambda n: _letters(rng, n))
    shapes = {
        "npi": lambda: generator.npi(ctx),
        "dea": lambda: generator.dea(ctx),
        "gmc": lambda: d(7),
        "nmc": lambda: f"{d(2)}{a(1)}{d(4)}{a(1)}",
        "ahpra": lambda: f"MED{d(10)}",
        "rpps": lambda: rpps(rng),
        "ca_dl": lambda: f"{a(1)}{d(7)}",
        "fl_dl": lambda: f"{a(1)}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
        "in_dl": lambda: (
            f"{rng.choice(['MH', 'KA', 'DL', 'TN'])}{d(2)} {rng.randint(2005, 2024)}{d(7)}"
        ),
        "dvla": lambda: dvla(ctx),
        "cpr_cert": lambda: f"{a(2)}-{d(6)}",
        "gphc": lambda: f"2{d(6)}",
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return Value(shapes[key]())


def rpps(rng: random.Random) -> str:
    body = "10" + _digits(rng, 8)
    return body + luhn.calc_check_digit(body)


def dvla(ctx: Ctx) -> str:
    """A GB driving licence number built from the document's first person, as DVLA builds it."""
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    who = people[0] if people else new_person(ctx)
    surname = (re.sub(r"[^A-Z]", "", unidecode(who.last).upper()) + "99999")[:5]
    born = _born(rng)
    month = born.month + (50 if rng.random() < 0.5 else 0)
    initials = (re.sub(r"[^A-Z]", "", unidecode(who.first + who.middle).upper()) + "99")[:2]
    return (
        f"{surname}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}"
        f"{initials}{rng.randint(0, 9)}{_letters(rng, 2)}"
    )


def vehicle(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    if form == "vin" or (not form and rng.random() < 0.4):
        return Value(generator.vin(ctx))
    try:
        return Value(str(ctx.fake().license_plate()).strip())
    except AttributeError:
        return Value(str(ctx.fake("en_GB").license_plate()).strip())


def device(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    d, a = (lambda n: _digits(rng, n)), (lambda n: _letters(rng, n))
    shapes = {
        "imei": lambda: generator.imei(ctx),
        "udi": lambda: generator.udi(ctx),
        "pacer": lambda: f"{a(3)}{d(6)}{a(1)}",
        "pump": lambda: f"NG{d(7)}{a(1)}",
        "cpap": lambda: f"{d(11)}",
        "hearing": lambda: f"{d(2)}{a(1)}{d(6)}",
        "cgm": lambda: f"{a(1)}{d(1)}{a(2)}{d(1)}{a(3)}{d(2)}",
        "laptop": lambda: f"{a(3)}{d(4)}{a(2)}{d(2)}",
        "android": lambda: "".join(rng.choice("0123456789abcdef") for _ in range(16)),
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return Value(shapes[key]())


def mac(ctx: Ctx, form: str) -> Value:
    return Value(generator.mac(ctx))


def town(ctx: Ctx, form: str) -> Value:
    return Value(str(ctx.fake().city()).strip())


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """The value of one of P's slots (generator.P_SLOTS)."""
    makers = {
        "ptown": town,
        "paddr": address,
        "ppost": postcode,
        "pgeo": geo,
        "ptel": telephone,
        "pfax": telephone,
        "pmail": mail,
        "pnat": national,
        "ppass": passport,
        "pacct": account,
        "pcard": card,
        "piban": iban,
        "pip": ip,
        "pdate": event_date,
        "pdob": birth_date,
        "page": age,
        "plic": licence,
        "pveh": vehicle,
        "pdev": device,
        "pmac": mac,
    }
    if slot == "pper":
        return new_person(ctx)
    if slot in makers:
        return makers[slot](ctx, form)
    if slot in ("pmrn", "pplan", "pref", "pbio"):
        return record(ctx, slot, form)
    return web(ctx, slot, form)
