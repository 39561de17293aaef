"""Held-out S's values: every "s..." slot, drawn as real documents of many countries write it.

Sources of variety, none chosen by the redactor's authors: Faker in the document's locale
(names, streets, towns, postcodes, e-mail domains, IBANs), `names-dataset`'s world names
(world_names.py), `phonenumbers`' numbering plans, and national numbers that
`python-stdnum` accepts, built here from their published structure (birth date, sex,
region, serial) with the check characters found by asking stdnum which one it accepts.
The check schemes stdnum lacks are written here from their specifications, each with a
worked example in the tests: the VIN check digit (49 CFR 565), the German health-insurance
number (KVNR), Australia's Medicare card number, the Mexican CLABE, the US NPI (Luhn over
the 80840 prefix) and the DEA registration number.

Every date is counted back from S_TODAY, never from the clock, so a document renders the
same whatever the day it is rendered on.
"""

from __future__ import annotations

import itertools
import random
import re
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import ean, luhn, verhoeff
from stdnum import iban as iban_check
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import MONTHS, Ctx, Person, Value
from resources.synthetic.redaction_eval.world_names import world_names

S_TODAY = date(2026, 2, 17)  # the day S's documents are written on
DIGITS = string.digits
UPPER = string.ascii_uppercase
CJK_LOCALES = frozenset({"ja_JP", "zh_CN", "zh_TW", "ko_KR"})
# Locales whose documents write names in their own script: world names (Latin) are rarer.
OWN_SCRIPT_LOCALES = CJK_LOCALES | {
    "el_GR", "el_CY", "ru_RU", "uk_UA", "bg_BG", "he_IL", "ar_EG", "ar_SA", "ar_JO", "fa_IR",
    "hi_IN", "th_TH", "ka_GE",
}  # fmt: skip


def fill(rng: random.Random, shape: str) -> str:
    """A shape's value: '#' a digit, '?' a capital letter, '@' a hex digit, else literal."""
    pools = {"#": DIGITS, "?": UPPER, "@": "0123456789ABCDEF"}
    return "".join(rng.choice(pools[c]) if c in pools else c for c in shape)


def region_of(locale: str) -> str:
    """The ISO country a Faker locale writes for ("de_AT" -> "AT"; "sw" -> "KE")."""
    tail = locale.rsplit("_", 1)[-1]
    return tail if len(tail) == 2 and tail.isupper() else {"sw": "KE", "th": "TH"}.get(locale, "GB")


# --- People ---------------------------------------------------------------------------


OCR_MISREADS = (("l", "1"), ("rn", "m"), ("O", "0"), ("I", "l"), ("o", "0"), ("e", "c"))


@dataclass
class SPerson(Person):
    """A person, with the forms S's documents add to the shared ones."""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        if form == "hl7":  # XPN: family^given^middle
            return "^".join((last, first, middle)).rstrip("^")
        if form == "hl7_caps":
            return "^".join((last, first, middle)).rstrip("^").upper()
        if form == "native":  # family name first, as Japanese, Chinese, Korean, Hungarian write
            cjk = any(ord(c) > 0x2E80 for c in first + last)
            return f"{last}{first}" if cjk else f"{last} {first}"
        if form == "ascii_caps":  # a payment message's ordering customer: no diacritics
            return unidecode(" ".join(w for w in (first, middle, last) if w)).upper()
        if form == "ocr":  # a scan misreads one shape: "l" as "1", "rn" as "m", "O" as "0"...
            name = f"{first} {last}"
            misread = next((pair for pair in OCR_MISREADS if pair[0] in name), ("", ""))
            return name.replace(*misread, 1) if misread[0] else name
        return super().form(form)


def new_person(ctx: Ctx) -> SPerson:
    rng = ctx.rng
    share = 0.0 if ctx.locale in CJK_LOCALES else 0.1 if ctx.locale in OWN_SCRIPT_LOCALES else 0.45
    if rng.random() < share:
        names = world_names()[rng.choice(ctx.split.name_countries)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.12 else ""
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if rng.random() < 0.1 else ""
        if ctx.locale[:2] in ("es", "pt") and rng.random() < 0.5:  # both family names
            second = str(f.last_name())
            if second != last:
                last = f"{last} {second}"
    if middle == first:
        middle = ""
    return SPerson(first.strip(), last.strip(), middle.strip())


def first_person(ctx: Ctx) -> SPerson:
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    return people[0] if people else new_person(ctx)  # type: ignore[return-value]


# --- Places ----------------------------------------------------------------------------


def _faker_text(ctx: Ctx, method: str) -> str:
    try:
        return str(getattr(ctx.fake(), method)()).strip()
    except AttributeError:  # a locale without that provider
        return str(getattr(ctx.fake("en_GB"), method)()).strip()


def address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "street":
        return _faker_text(ctx, "street_address")
    text = _faker_text(ctx, "address")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    return rng.choice([", ", ", ", " ", " - "]).join(lines)


def postcode(ctx: Ctx, form: str) -> str:
    code = _faker_text(ctx, "postcode")
    if form == "city":
        return f"{code} {_faker_text(ctx, 'city')}"
    return code


def coordinates(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-47.0, 64.0), rng.uniform(-123.0, 153.0)
    style = form or rng.choice(["dec", "dec", "dms", "hemi", "geo", "dm"])
    if style == "geo":  # RFC 5870 geo URI
        return f"geo:{lat:.6f},{lon:.6f}"
    if style == "hemi":
        return f"{abs(lat):.5f}{'N' if lat >= 0 else 'S'} {abs(lon):.5f}{'E' if lon >= 0 else 'W'}"
    if style == "dm":  # degrees and decimal minutes, as a marine or aviation log writes

        def dm(x: float, pos: str, neg: str) -> str:
            deg, minutes = int(abs(x)), (abs(x) % 1) * 60
            return f"{pos if x >= 0 else neg}{deg:02d} {minutes:06.3f}"

        return f"{dm(lat, 'N', 'S')} {dm(lon, 'E', 'W')}"
    if style == "dms":

        def dms(x: float, pos: str, neg: str) -> str:
            total = round(abs(x) * 3600)
            deg, rest = divmod(total, 3600)
            return f"{deg}°{rest // 60}′{rest % 60}″{pos if x >= 0 else neg}"

        return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
    return f"{lat:.5f}, {lon:.5f}" if rng.random() < 0.5 else f"{lat:.6f},{lon:.6f}"


# --- Phones and mail ---------------------------------------------------------------------

PHONE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)


def phone(ctx: Ctx, form: str) -> str:
    """A number valid in the numbering plan of the document's country, written in one of
    the ways people write it; Faker's own string for the locale a third of the time."""
    rng = ctx.rng
    region = form.upper() if len(form) == 2 else region_of(ctx.locale)
    if not form and rng.random() < 0.33:
        try:
            return str(ctx.fake().phone_number()).strip()
        except AttributeError:
            pass
    kind = phonenumbers.PhoneNumberType.FIXED_LINE if form == "fax" else rng.choice(PHONE_TYPES)
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        region, example = "GB", phonenumbers.example_number_for_type("GB", kind)
    assert example is not None
    national = str(example.national_number)
    number = example
    for attempt in range(60):  # keep the plan's leading digits, draw the rest
        keep = rng.randint(1, 3) if attempt < 40 else max(2, len(national) - rng.randint(4, 6))
        digits = national[:keep] + "".join(rng.choice(DIGITS) for _ in national[keep:])
        candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    styles = ("intl", "national", "e164", "rfc", "zeros")
    style = form if form in styles else rng.choice(("intl", *styles))
    if style == "national":
        return phonenumbers.format_number(number, fmt.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if style == "rfc":
        return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
    if style == "zeros":  # "0049 30 1234567" as a European letterhead writes it
        return "00" + phonenumbers.format_number(number, fmt.INTERNATIONAL)[1:]
    return phonenumbers.format_number(number, fmt.INTERNATIONAL)


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake()
    person = first_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (person.first, person.last)
    )
    first, last = first or "info", last or "contact"
    user = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}_{last}",
         f"{first}{rng.randint(1, 99)}", f"{last}-{first}"]
    )  # fmt: skip
    try:
        domain = rng.choice([str(f.free_email_domain()), str(f.domain_name())])
    except AttributeError:
        domain = str(ctx.fake("en_US").free_email_domain())
    domain = unidecode(domain).lower()
    if form == "obf":  # as a forum post or a chat hides it from harvesters
        return f"{user} [at] {domain.replace('.', ' [dot] ')}"
    if form == "caps":
        return f"{user}@{domain}".upper()
    return f"{user}@{domain}"


# --- National numbers --------------------------------------------------------------------


def birth_date(rng: random.Random, lo: int = 18, hi: int = 90) -> date:
    """A birth date between `lo` and `hi` years before S_TODAY."""
    return S_TODAY - timedelta(days=rng.randint(lo * 366, hi * 365))


def complete(body: str, module: object, alphabet: str = DIGITS, k: int = 1, tail: str = "") -> str:
    """`body` with the `k` check characters stdnum accepts ("" when none does)."""
    for check in itertools.product(alphabet, repeat=k):
        candidate = body + "".join(check) + tail
        if module.is_valid(candidate):  # type: ignore[attr-defined]
            return candidate
    return ""


def _n(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _us(rng: random.Random, d: date) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    raw = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return raw if us_ssn.is_valid(raw) else ""


def _gb(rng: random.Random, d: date) -> str:
    raw = complete(str(rng.randint(4, 7)) + _n(rng, 8), nhs)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if raw else ""


def _fr(rng: random.Random, d: date) -> str:
    dept = rng.choice(["75", "13", "69", "33", "59", "2A", "67", "31", "44", "971"])
    body = f"{rng.choice('12')}{d:%y%m}{dept}{_n(rng, 8 - len(dept))}"
    raw = complete(body, nir, k=2)
    if not raw:
        return ""
    return " ".join((raw[0], raw[1:3], raw[3:5], raw[5:7], raw[7:10], raw[10:13], raw[13:]))


def _de(rng: random.Random, d: date) -> str:
    # The first ten digits: one digit twice, eight others once, one left out, no leading 0.
    twice = rng.choice(DIGITS)
    body = [twice, twice, *rng.sample([c for c in DIGITS if c != twice], 8)]
    rng.shuffle(body)
    if body[0] == "0":
        return ""
    raw = complete("".join(body), idnr)
    return f"{raw[:2]} {raw[2:5]} {raw[5:8]} {raw[8:]}" if raw and rng.random() < 0.5 else raw


def _it(rng: random.Random, d: date) -> str:
    day = d.day + (40 if rng.random() < 0.5 else 0)
    consonants = "BCDFGLMNPRSTVZ"
    body = "".join(rng.choice(consonants) for _ in range(6))
    body += f"{d:%y}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}"
    body += rng.choice("ABCDEFGHLMH") + _n(rng, 3)
    return complete(body, codicefiscale, UPPER)


def _es(rng: random.Random, d: date) -> str:
    return complete(_n(rng, 8), dni, UPPER)


def _pt(rng: random.Random, d: date) -> str:
    raw = complete(rng.choice("123") + _n(rng, 7), nif)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if raw and rng.random() < 0.5 else raw


def _nl(rng: random.Random, d: date) -> str:
    raw = complete(_n(rng, 8), bsn)
    return f"{raw[:4]}.{raw[4:6]}.{raw[6:]}" if raw and rng.random() < 0.4 else raw


def _be(rng: random.Random, d: date) -> str:
    raw = complete(f"{d:%y%m%d}{_n(rng, 3)}", be_nn, k=2)
    return f"{raw[:2]}.{raw[2:4]}.{raw[4:6]}-{raw[6:9]}.{raw[9:]}" if raw else ""


def _se(rng: random.Random, d: date) -> str:
    raw = complete(f"{d:%y%m%d}{_n(rng, 3)}", personnummer)
    return f"{raw[:6]}-{raw[6:]}" if raw else ""


def _no(rng: random.Random, d: date) -> str:
    serial = rng.randint(0, 499) if d.year < 2000 else rng.randint(500, 999)
    return complete(f"{d:%d%m%y}{serial:03d}", fodselsnummer, k=2)


def _dk(rng: random.Random, d: date) -> str:
    serial = f"{rng.randint(0, 3)}{_n(rng, 3)}" if d.year < 2000 else f"4{_n(rng, 3)}"
    raw = f"{d:%d%m%y}-{serial}"
    return raw if cpr.is_valid(raw) else ""


def _fi(rng: random.Random, d: date) -> str:
    sign = "-" if d.year < 2000 else "A"
    return complete(
        f"{d:%d%m%y}{sign}{rng.randint(2, 899):03d}", hetu, "0123456789ABCDEFHJKLMNPRSTUVWXY"
    )


def _pl(rng: random.Random, d: date) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    return complete(f"{d:%y}{month:02d}{d:%d}{_n(rng, 4)}", pesel)


def _cz(rng: random.Random, d: date) -> str:
    month = d.month + (50 if rng.random() < 0.5 else 0)
    raw = complete(f"{d:%y}{month:02d}{d:%d}{_n(rng, 3)}", rc)
    return f"{raw[:6]}/{raw[6:]}" if raw else ""


def _ro(rng: random.Random, d: date) -> str:
    sex = rng.choice("12") if d.year < 2000 else rng.choice("56")
    return complete(f"{sex}{d:%y%m%d}{rng.randint(1, 46):02d}{_n(rng, 3)}", cnp)


def _bg(rng: random.Random, d: date) -> str:
    month = d.month + (40 if d.year >= 2000 else 0)
    return complete(f"{d:%y}{month:02d}{d:%d}{_n(rng, 3)}", egn)


def _hr(rng: random.Random, d: date) -> str:
    return complete(str(rng.randint(1, 9)) + _n(rng, 9), oib)


def _si(rng: random.Random, d: date) -> str:
    return complete(f"{d:%d%m}{d.year % 1000:03d}50{_n(rng, 3)}", emso)


def _ee(rng: random.Random, d: date) -> str:
    century = rng.choice("34") if d.year < 2000 else rng.choice("56")
    return complete(f"{century}{d:%y%m%d}{_n(rng, 3)}", ik)


def _lt(rng: random.Random, d: date) -> str:
    century = rng.choice("34") if d.year < 2000 else rng.choice("56")
    return complete(f"{century}{d:%y%m%d}{_n(rng, 3)}", asmens)


def _tr(rng: random.Random, d: date) -> str:
    return complete(str(rng.randint(1, 9)) + _n(rng, 8), tckimlik, k=2)


def _il(rng: random.Random, d: date) -> str:
    return complete(_n(rng, 8), il_idnr)


def _za(rng: random.Random, d: date) -> str:
    return complete(f"{d:%y%m%d}{_n(rng, 4)}{rng.choice('01')}8", za_idnr)


def _in(rng: random.Random, d: date) -> str:
    body = str(rng.randint(2, 9)) + _n(rng, 10)
    raw = body + verhoeff.calc_check_digit(body)
    if not aadhaar.is_valid(raw):
        return ""
    return f"{raw[:4]} {raw[4:8]} {raw[8:]}"


def _cn(rng: random.Random, d: date) -> str:
    area = rng.choice(["110101", "310104", "440106", "510107", "330106", "420102", "320102"])
    return complete(f"{area}{d:%Y%m%d}{_n(rng, 3)}", ric, DIGITS + "X")


def _kr(rng: random.Random, d: date) -> str:
    sex = rng.choice("12") if d.year < 2000 else rng.choice("34")
    raw = complete(f"{d:%y%m%d}{sex}{rng.randint(0, 95):02d}{_n(rng, 3)}", rrn)
    return f"{raw[:6]}-{raw[6:]}" if raw else ""


def _br(rng: random.Random, d: date) -> str:
    raw = complete(_n(rng, 9), cpf, k=2)
    return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}" if raw else ""


def _mx(rng: random.Random, d: date) -> str:
    letters = (
        rng.choice("GMRHLSPCBDT") + rng.choice("AEIOU") + "".join(rng.choice(UPPER) for _ in "ab")
    )
    consonants = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(3))
    state = rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "YN", "OC"])
    homoclave = rng.choice(DIGITS) if d.year < 2000 else rng.choice(UPPER)
    return complete(f"{letters}{d:%y%m%d}{rng.choice('HM')}{state}{consonants}{homoclave}", curp)


def _cl(rng: random.Random, d: date) -> str:
    raw = complete(str(rng.randint(5, 25)) + _n(rng, 6), rut, DIGITS + "K")
    if not raw:
        return ""
    body = raw[:-1]
    dotted = f"{int(body):,}".replace(",", ".")
    return f"{dotted}-{raw[-1]}"


def _ar(rng: random.Random, d: date) -> str:
    raw = complete(rng.choice(["20", "23", "27"]) + _n(rng, 8), cuit)
    return f"{raw[:2]}-{raw[2:10]}-{raw[10:]}" if raw else ""


def _ca(rng: random.Random, d: date) -> str:
    body = str(rng.randint(1, 7)) + _n(rng, 7)
    raw = body + luhn.calc_check_digit(body)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if sin.is_valid(raw) else ""


def _au(rng: random.Random, d: date) -> str:
    raw = complete(_n(rng, 8), tfn)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if raw else ""


def _ch(rng: random.Random, d: date) -> str:
    body = "756" + _n(rng, 9)
    raw = body + ean.calc_check_digit(body)
    return f"{raw[:3]}.{raw[3:7]}.{raw[7:11]}.{raw[11:]}" if ch_ssn.is_valid(raw) else ""


def _is(rng: random.Random, d: date) -> str:
    century = "9" if d.year < 2000 else "0"
    raw = complete(f"{d:%d%m%y}{rng.randint(20, 99)}", kennitala, tail=century)
    return f"{raw[:6]}-{raw[6:]}" if raw else ""


def _gr(rng: random.Random, d: date) -> str:
    return complete(f"{d:%d%m%y}{_n(rng, 4)}", amka)


def _ru(rng: random.Random, d: date) -> str:
    return complete(f"{rng.randint(1, 92):02d}{_n(rng, 8)}", inn, k=2)


def _ua(rng: random.Random, d: date) -> str:
    days = (d - date(1899, 12, 31)).days
    return complete(f"{days:05d}{_n(rng, 4)}", rntrc)


def _th(rng: random.Random, d: date) -> str:
    raw = complete(str(rng.randint(1, 8)) + _n(rng, 11), th_pin)
    return f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}" if raw else ""


@dataclass(frozen=True)
class Scheme:
    labels: tuple[str, ...]  # what a document of that country calls the number
    draw: Callable[[random.Random, date], str]


SCHEMES: dict[str, Scheme] = {
    "US": Scheme(("SSN", "Social Security No.", "SS#"), _us),
    "GB": Scheme(("NHS No.", "NHS number"), _gb),
    "FR": Scheme(("N° INSEE", "NIR", "N° de sécurité sociale"), _fr),
    "DE": Scheme(("Steuer-ID", "Steuerliche IdNr."), _de),
    "IT": Scheme(("Codice fiscale", "C.F."), _it),
    "ES": Scheme(("DNI", "D.N.I."), _es),
    "PT": Scheme(("NIF", "Contribuinte n.º"), _pt),
    "NL": Scheme(("BSN", "Burgerservicenummer"), _nl),
    "BE": Scheme(("Rijksregisternr.", "N° national"), _be),
    "SE": Scheme(("Personnummer", "Pnr"), _se),
    "NO": Scheme(("Fødselsnummer", "F.nr."), _no),
    "DK": Scheme(("CPR-nr.", "CPR"), _dk),
    "FI": Scheme(("Henkilötunnus", "HETU"), _fi),
    "PL": Scheme(("PESEL",), _pl),
    "CZ": Scheme(("Rodné číslo", "RČ"), _cz),
    "RO": Scheme(("CNP",), _ro),
    "BG": Scheme(("ЕГН", "EGN"), _bg),
    "HR": Scheme(("OIB",), _hr),
    "SI": Scheme(("EMŠO",), _si),
    "EE": Scheme(("Isikukood",), _ee),
    "LT": Scheme(("Asmens kodas",), _lt),
    "TR": Scheme(("T.C. Kimlik No", "TCKN"), _tr),
    "IL": Scheme(("Teudat Zehut", "ת.ז."), _il),
    "ZA": Scheme(("ID No.", "RSA ID"), _za),
    "IN": Scheme(("Aadhaar", "UID"), _in),
    "CN": Scheme(("身份证号", "Resident ID"), _cn),
    "KR": Scheme(("주민등록번호", "RRN"), _kr),
    "BR": Scheme(("CPF",), _br),
    "MX": Scheme(("CURP",), _mx),
    "CL": Scheme(("RUT", "RUN"), _cl),
    "AR": Scheme(("CUIL", "CUIT"), _ar),
    "CA": Scheme(("SIN", "NAS"), _ca),
    "AU": Scheme(("TFN",), _au),
    "CH": Scheme(("AHV-Nr.", "N° AVS"), _ch),
    "IS": Scheme(("Kennitala", "kt."), _is),
    "GR": Scheme(("ΑΜΚΑ", "AMKA"), _gr),
    "RU": Scheme(("ИНН", "INN"), _ru),
    "UA": Scheme(("РНОКПП", "ІПН"), _ua),
    "TH": Scheme(("เลขประจำตัวประชาชน", "Thai ID"), _th),
}


def national_id(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    named = form.upper()
    if named in SCHEMES:
        country = named
    else:
        countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
        country = rng.choice(countries)
    scheme = SCHEMES[country]
    for _ in range(400):
        text = scheme.draw(rng, birth_date(rng))
        if text:
            return Value(text, rng.choice(scheme.labels))
    raise AssertionError(country)  # pragma: no cover - a scheme that never completes


def national_valid(value: str) -> str:
    """The first of S's countries whose stdnum scheme accepts the number ("" for none)."""
    checks = {
        "US": us_ssn, "GB": nhs, "FR": nir, "DE": idnr, "IT": codicefiscale, "ES": dni, "PT": nif,
        "NL": bsn, "BE": be_nn, "SE": personnummer, "NO": fodselsnummer, "DK": cpr, "FI": hetu,
        "PL": pesel, "CZ": rc, "RO": cnp, "BG": egn, "HR": oib, "SI": emso, "EE": ik,
        "LT": asmens, "TR": tckimlik, "IL": il_idnr, "ZA": za_idnr, "IN": aadhaar, "CN": ric,
        "KR": rrn, "BR": cpf, "MX": curp, "CL": rut, "AR": cuit, "CA": sin, "AU": tfn,
        "CH": ch_ssn, "IS": kennitala, "GR": amka, "RU": inn, "UA": rntrc, "TH": th_pin,
    }  # fmt: skip
    return next((c for c, m in checks.items() if m.is_valid(value)), "")


def passport(ctx: Ctx, form: str) -> str:
    """Passport, visa and residence-permit numbers in their issuers' published shapes."""
    rng = ctx.rng
    shapes = {
        "us": ["#########", "?########"],
        "gb": ["#########"],
        "de": ["C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))],
        "fr": ["##??#####"],
        "in": ["?#######"],
        "cn": ["E########", "EA#######"],
        "jp": ["T?#######", "M?#######"],
        "br": ["??######"],
        "ng": ["A########"],
        "ph": ["P#######?"],
        "ca": ["??######"],
        "visa": ["V########", "#########"],  # a Schengen or US visa foil
        "brp": ["R?#######", "ZU#######"],  # a UK biometric residence permit
        "eat": ["Y#######"],  # a German residence title
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return fill(rng, rng.choice(shapes[key]))


# --- Records ----------------------------------------------------------------------------


def kvnr_check(body: str) -> str:
    """The German KVNR's check digit: the letter as 01-26, then the ten digits weighted
    1, 2, 1, 2, ..., each product's digit sum added, modulo 10."""
    digits = f"{ord(body[0]) - 64:02d}" + body[1:]
    total = 0
    for i, c in enumerate(digits):
        product = int(c) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return str(total % 10)


def medicare_au_check(body: str) -> str:
    """Australia's Medicare card number: digits 1-8 weighted 1, 3, 7, 9, 1, 3, 7, 9, mod 10."""
    return str(sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10)


def clabe_check(body: str) -> str:
    """A Mexican CLABE's check digit: 17 digits weighted 3, 7, 1, ..., products mod 10,
    summed; the digit is (10 - sum mod 10) mod 10."""
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(body))
    return str((10 - total % 10) % 10)


def npi_check(body: str) -> str:
    """A US NPI's tenth digit: Luhn over the nine digits behind the card-issuer prefix 80840."""
    return luhn.calc_check_digit("80840" + body)


def dea_check(digits: str) -> str:
    """A DEA number's last digit: digits 1, 3, 5 plus twice digits 2, 4, 6, modulo 10."""
    d = [int(c) for c in digits]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def vin_check(vin: str) -> str:
    """The North American VIN's ninth character (49 CFR 565.15): letters transliterated,
    weighted 8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2, sum mod 11, 10 written X."""
    values = dict(zip("ABCDEFGH", range(1, 9), strict=True))
    values |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
    values |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    total = sum(
        (int(c) if c.isdigit() else values[c]) * w for c, w in zip(vin, weights, strict=True)
    )
    return "X" if total % 11 == 10 else str(total % 11)


def record_number(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "epic": ["E#######", "########"],
        "uk": ["K######", "RX#####", "H##########"],
        "hn": ["HN ## ## ##", "HN-######"],
        "va": ["##########V######"],  # an ICN
        "acc": ["ACC####-####", "A##########"],  # a radiology accession
        "lab": ["L##-####-##", "##?######"],
        "de": ["########", "#########"],
        "jp": ["########"],
        "visit": ["V########", "ENC-#########"],
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return fill(rng, rng.choice(shapes[key]))


def health_plan(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["kvnr", "medicare", "bcbs", "ehic", "mbi", "member", "polis"])
    if style == "kvnr":
        body = rng.choice(UPPER) + _n(rng, 8)
        return body + kvnr_check(body)
    if style == "medicare":
        body = str(rng.randint(2, 6)) + _n(rng, 7)
        raw = body + medicare_au_check(body) + str(rng.randint(1, 9))
        return f"{raw[:4]} {raw[4:9]} {raw[9]}" + (
            f"-{rng.randint(1, 5)}" if rng.random() < 0.4 else ""
        )
    if style == "bcbs":  # a three-letter prefix, then the member number
        return fill(rng, "???#########" if rng.random() < 0.5 else "???W########")
    if style == "ehic":  # the European card's personal identification number
        return fill(rng, "80276 ##### #####") if rng.random() < 0.5 else _n(rng, 20)
    if style == "mbi":
        letters = "ACDEFGHJKMNPQRTUVWXY"
        raw = str(rng.randint(1, 9)) + rng.choice(letters) + rng.choice(letters + DIGITS)
        raw += rng.choice(DIGITS) + rng.choice(letters) + rng.choice(letters + DIGITS)
        raw += rng.choice(DIGITS) + rng.choice(letters) + rng.choice(letters) + _n(rng, 2)
        return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}" if rng.random() < 0.5 else raw
    if style == "polis":
        return _n(rng, 9)
    return fill(rng, rng.choice(["MB########", "MEM-######-##", "#########-01", "ZH######"]))


def reference(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["uetr", "mt", "claim", "case", "ticket", "docket", "sar"])
    if style == "uetr":  # SWIFT gpi end-to-end tracking reference: a UUID v4
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if style == "mt":  # an MT103 field 20 sender's reference
        return fill(rng, rng.choice(["FT##???#####", "TRF####??####", "#####-??-####"]))
    if style == "claim":
        return fill(
            rng, rng.choice(["CLM-#######", "##-####-####-??", "C#########", "SIN/####/#####"])
        )
    if style == "case":
        return fill(rng, rng.choice(["FRD-####-#####", "FC########", "INV/##/#####"]))
    if style == "docket":
        return fill(rng, rng.choice(["#:##-cv-#####", "##-??-#####", "CR-##-####"]))
    if style == "sar":  # a suspicious-activity or KYC file reference
        return fill(rng, rng.choice(["SAR-##-######", "KYC#######", "CDD-??-#####"]))
    return fill(rng, rng.choice(["INC#######", "REQ########", "#####-#####", "CS########"]))


def biometric(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "fp": ["FP-@@@@@@@@", "##########?", "FPT-####-####"],
        "iris": ["IRIS-@@@@-@@@@", "IR########"],
        "voice": ["VP-#######", "VOX@@@@@@@@"],
        "face": ["FT-@@@@@@@@@@", "FACE#########"],
        "palm": ["PV-######-##"],
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return fill(rng, rng.choice(shapes[key]))


# --- Money ----------------------------------------------------------------------------


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["us", "sort", "bsb", "ca", "br", "clabe", "in", "cust", "ch"])
    if style == "us":
        return _n(rng, rng.randint(8, 12))
    if style == "sort":
        return f"{_n(rng, 2)}-{_n(rng, 2)}-{_n(rng, 2)} {_n(rng, 8)}"
    if style == "bsb":
        return f"{_n(rng, 3)}-{_n(rng, 3)} {_n(rng, 4)} {_n(rng, 4)}"
    if style == "ca":  # transit, institution, account
        return f"{_n(rng, 5)}-{_n(rng, 3)}-{_n(rng, 7)}"
    if style == "br":  # agência and conta, each with a check digit
        return f"{_n(rng, 4)}-{rng.choice(DIGITS)} / {_n(rng, 5)}-{rng.choice(DIGITS + 'X')}"
    if style == "clabe":
        body = rng.choice(["002", "012", "014", "021", "072"]) + _n(rng, 14)
        return body + clabe_check(body)
    if style == "in":
        return _n(rng, rng.choice([11, 12, 14, 16]))
    if style == "ch":  # a PostFinance account
        return f"{rng.randint(10, 99)}-{rng.randint(1000, 999999)}-{rng.randint(0, 9)}"
    return fill(rng, rng.choice(["ACCT-######", "CUST#########", "####-####-##"]))


CARD_PREFIXES = {
    "visa": ("4",), "mastercard": ("51", "53", "55", "2221", "2720"), "amex": ("34", "37"),
    "discover": ("6011", "65"), "jcb": ("3528", "3569"), "unionpay": ("62",),
    "maestro": ("6759",), "mir": ("2200", "2202"), "rupay": ("60", "6521"), "elo": ("6363",),
}  # fmt: skip


def card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    brand = form if form in CARD_PREFIXES else rng.choice(sorted(CARD_PREFIXES))
    length = (
        15
        if brand == "amex"
        else rng.choice([16, 16, 16, 19])
        if brand in ("unionpay", "maestro")
        else 16
    )
    body = rng.choice(CARD_PREFIXES[brand])
    body += _n(rng, length - 1 - len(body))
    raw = body + luhn.calc_check_digit(body)
    sep = rng.choice(["", " ", " ", "-"])
    if not sep:
        return raw
    if length == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, length, 4))


IBAN_LOCALES = (
    "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB", "fi_FI", "de_AT",
    "nl_BE", "de_CH", "sv_SE", "da_DK", "no_NO", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "tr_TR", "el_GR", "en_IE", "et_EE", "lt_LT", "lv_LV", "sl_SI", "bg_BG", "pt_BR",
)  # fmt: skip


def iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    locale = (
        ctx.locale
        if ctx.locale in IBAN_LOCALES and rng.random() < 0.6
        else rng.choice(IBAN_LOCALES)
    )
    raw = ""
    for loc in (locale, "de_DE"):
        try:
            raw = str(ctx.fake(loc).iban())
        except AttributeError:
            continue
        if iban_check.is_valid(raw):
            break
    if form == "compact" or (not form and rng.random() < 0.4):
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# --- Network ----------------------------------------------------------------------------


def ip_address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    style = form or rng.choice(["v4", "v4", "v4", "private", "v6", "v6short"])
    if style == "private":
        return str(f.ipv4_private())
    if style == "v6":
        return str(f.ipv6())
    if style == "v6short":
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
        return f"2a0{rng.randint(0, 9)}:{rng.randint(1, 0xFFFF):x}::" + ":".join(groups[:2])
    return str(f.ipv4_public())


def web_url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    person = first_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) or "x" for w in (person.first, person.last)
    )
    domain = str(ctx.fake("en_US").domain_name())
    choices = [
        f"https://portal.{domain}/patients/{rng.randint(10**5, 10**8)}/summary",
        f"https://www.linkedin.com/in/{first}-{last}-{fill(rng, '@@@@@@').lower()}",
        f"https://t.me/{first}{last[:3]}{rng.randint(1, 999)}",
        f"http://{first}{last}.{rng.choice(['blogspot.com', 'wordpress.com', 'github.io'])}",
        f"https://{domain}/track?ref={fill(rng, '@@@@@@@@').lower()}"
        f"&uid={rng.randint(10**6, 10**9)}",
        f"https://vk.com/id{rng.randint(10**6, 10**9)}",
        f"https://wa.me/{rng.randint(10**10, 10**12)}",
    ]
    if form == "social":
        return rng.choice(choices[1:4] + choices[5:])
    return rng.choice(choices)


def photo_url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    domain = str(ctx.fake("en_US").domain_name())
    day = S_TODAY - timedelta(days=rng.randint(0, 900))
    return rng.choice(
        [
            f"https://{domain}/media/photos/{day:%Y/%m}/IMG_{rng.randint(1000, 9999)}.jpg",
            f"https://s3.eu-west-1.amazonaws.com/{domain.split('.', 1)[0]}-kyc/selfie/"
            f"{uuid.UUID(int=rng.getrandbits(128), version=4)}.jpeg",
            f"https://pacs.{domain}/wado?requestType=WADO&studyUID=1.2.840."
            f"{rng.randint(10**5, 10**7)}.{rng.randint(1, 999)}&contentType=image/jpeg",
            f"https://{domain}/staff/badge/{rng.randint(10**4, 10**6)}_portrait.png",
            f"http://cdn.{domain}/id-docs/{fill(rng, '@@@@@@@@@@').lower()}/face.webp",
        ]
    )


def mac_address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFE  # unicast
    hexes = "".join(f"{o:02x}" for o in octets)
    style = form or rng.choice(["colon", "colon_up", "dash", "cisco", "bare"])
    if style == "colon_up":
        return ":".join(hexes[i : i + 2] for i in range(0, 12, 2)).upper()
    if style == "dash":
        return "-".join(hexes[i : i + 2] for i in range(0, 12, 2)).upper()
    if style == "cisco":
        return ".".join(hexes[i : i + 4] for i in range(0, 12, 4))
    if style == "bare":
        return hexes.upper()
    return ":".join(hexes[i : i + 2] for i in range(0, 12, 2))


# --- Dates and ages ---------------------------------------------------------------------

LANGUAGE_OF = {"nb": "no", "dk": "da", "fil": "tl", "ga": "en", "lb": "de"}


def format_date(day: date, style: str, locale: str, rng: random.Random) -> str:
    base = locale.split("_", 1)[0]
    lang = LANGUAGE_OF.get(base, base)
    styles: dict[str, Callable[[], str]] = {
        "iso": day.isoformat,
        "dmy": lambda: f"{day:%d/%m/%Y}",
        "dmy_dot": lambda: f"{day:%d.%m.%Y}",
        "dmy_dash": lambda: f"{day:%d-%m-%Y}",
        "mdy": lambda: f"{day.month}/{day.day}/{day:%Y}",
        "mdy_pad": lambda: f"{day:%m/%d/%Y}",
        "hl7": lambda: f"{day:%Y%m%d}",
        "swift": lambda: f"{day:%y%m%d}",
        "long": lambda: f"{day.day} {day:%B %Y}",
        "us_long": lambda: f"{day:%B} {day.day}, {day:%Y}",
        "mon": f"{day:%d-%b-%Y}".upper,
        "dmon": f"{day:%d%b%Y}".upper,
        "ymd_slash": lambda: f"{day:%Y/%m/%d}",
        "jp": lambda: f"{day.year}年{day.month}月{day.day}日",
        "ko": lambda: f"{day.year}년 {day.month}월 {day.day}일",
        "be": lambda: f"{day.day}/{day.month}/{day.year + 543}",
        "ocr": lambda: f"{day:%d/%m/%Y}".replace("0", "O", 1),
        "local": lambda: (
            (
                f"{day.day}. {MONTHS[lang][day.month - 1]} {day.year}"
                if lang in ("de", "da", "no", "cs", "sk", "sl", "hr", "fi", "et")
                else f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
            )
            if lang in MONTHS
            else f"{day.day} {day:%B %Y}"
        ),
        "dt": lambda: f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
        "hl7ts": lambda: f"{day:%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
    }
    if style not in styles:
        style = rng.choice(["iso", "dmy", "dmy_dot", "mdy", "long", "us_long", "mon", "local"])
    return styles[style]()


@dataclass
class DateValue(Value):
    """A date's text and the day it writes (later dates of a document follow the first)."""

    day: date | None = None


def a_date(ctx: Ctx, slot: str, form: str) -> DateValue:
    rng = ctx.rng
    earlier = [e.day for e in ctx.entities.values() if isinstance(e, DateValue) and e.day]
    if slot == "sdob":
        day = birth_date(rng, 0, 99)
    elif earlier and slot == "sdate":  # admission then discharge, leave from then to
        day = max(earlier) + timedelta(days=rng.randint(0, 24))
    else:
        day = S_TODAY - timedelta(days=rng.randint(-60, 1100))
    style = form or rng.choice(
        list((ctx.template.date_formats if ctx.template else ()) or ctx.split.date_formats)
    )
    return DateValue(format_date(day, style, ctx.locale, rng), day=None if slot == "sdob" else day)


AGE_WORDS = {
    "en": ("ninety", "one hundred"),
    "de": ("neunzig", "hundert"),
    "es": ("noventa", "cien"),
    "fr": ("quatre-vingt-dix", "cent"),
}


def age(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    years = rng.randint(90, 106)
    if form in AGE_WORDS:
        ninety, hundred = AGE_WORDS[form]
        if form == "en":
            units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
            if years < 100:
                return ninety + (f"-{units[years - 90]}" if years > 90 else "")
            return hundred + (f" and {units[years - 100]}" if years > 100 else "")
        return ninety if years < 100 or form == "fr" else hundred
    suffix = {
        "yo": " y/o",
        "y": "y",
        "yrs": " yrs",
        "j": " J.",
        "ans": " ans",
        "jp": "歳",
        "lat": " lat",
    }
    return f"{years}{suffix.get(form, '')}"


# --- Licences, vehicles, devices -----------------------------------------------------------


def dvla(person: SPerson, rng: random.Random) -> str:
    """A GB driving licence number: surname, birth decade, month (+5 for women), day,
    year, initials, a digit and two check letters (DVLA's published layout)."""
    surname = re.sub(r"[^A-Z]", "", unidecode(person.last).upper())[:5].ljust(5, "9")
    born = birth_date(rng)
    month = born.month + (50 if rng.random() < 0.5 else 0)
    initials = re.sub(r"[^A-Z]", "", unidecode(person.first + person.middle).upper())[:2].ljust(
        2, "9"
    )
    decade, year = str(born.year)[2], str(born.year)[3]
    tail = f"{initials}{rng.randint(0, 9)}{fill(rng, '??')}"
    return f"{surname}{decade}{month:02d}{born:%d}{year}{tail}"


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(
        ["dvla", "ca", "ny", "fl", "npi", "dea", "gmc", "ahpra", "rpps", "in", "de"]
    )
    if style == "dvla":
        return dvla(first_person(ctx), rng)
    if style == "npi":
        body = rng.choice("12") + _n(rng, 8)
        return body + npi_check(body)
    if style == "rpps":
        body = "10" + _n(rng, 8)
        return body + luhn.calc_check_digit(body)
    if style == "dea":
        digits = _n(rng, 6)
        return rng.choice("ABFGM") + rng.choice(UPPER) + digits + dea_check(digits)
    shapes = {
        "ca": "?#######",
        "ny": "### ### ###",
        "fl": "?###-###-##-###-#",
        "gmc": "#######",
        "ahpra": "MED##########",
        "in": "??## ###########",
        "de": "?##?##??#?#",
        "cert": "CERT-####-#####",
    }
    return fill(rng, shapes.get(style, "LIC-########"))


PLATES = {
    "GB": ["??## ???"], "DE": ["M-?? ####", "B-? ###", "HH-?? ##"], "FR": ["??-###-??"],
    "NL": ["##-???-#", "?-###-??"], "PL": ["WA #####", "KR ###??"], "IT": ["?? ###??"],
    "ES": ["#### ???"], "US": ["#???###", "???-####"], "BR": ["???#?##"], "CH": ["ZH ######"],
    "SE": ["??? ##?"], "AU": ["#??-###"], "IN": ["MH ## ?? ####", "DL #? ?? ####"],
    "IE": ["###-D-#####"], "NO": ["?? #####"], "AT": ["W-#####?"], "CZ": ["#?# ####"],
}  # fmt: skip


def vehicle(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "vin" or (not form and rng.random() < 0.4):
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = rng.choice(["1HG", "WVW", "JHM", "SAL", "VF1", "ZFA", "5YJ", "KMH", "WBA", "YV1"])
        body = wmi + "".join(rng.choice(alphabet) for _ in range(5))
        tail = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(alphabet)
        tail += "".join(rng.choice(DIGITS) for _ in range(6))
        return body + vin_check(body + "0" + tail) + tail
    country = form.upper() if form.upper() in PLATES else region_of(ctx.locale)
    shapes = PLATES.get(country) or PLATES[rng.choice(sorted(PLATES))]
    # Most registries leave out I and O (read as 1 and 0): none is drawn.
    return fill(rng, rng.choice(shapes)).replace("I", "J").replace("O", "P")


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["imei", "udi", "pacer", "pump", "uuid", "cpap", "hearing", "cgm"])
    if style == "imei":
        body = rng.choice(["35", "86", "49", "01"]) + _n(rng, 12)
        return body + luhn.calc_check_digit(body)
    if style == "udi":  # GS1: (01) GTIN-14 with its check digit, (17) expiry, (21) serial
        body = "0" + _n(rng, 12)
        gtin = body + ean.calc_check_digit(body)
        expiry = S_TODAY + timedelta(days=rng.randint(100, 1500))
        return f"(01){gtin}(17){expiry:%y%m%d}(21){fill(rng, '??####')}"
    if style == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    shapes = {
        "pacer": ["PJN######S", "RNA######R", "???######"],
        "pump": ["NG#######H", "######-##"],
        "cpap": ["########?##", "22######???"],
        "hearing": ["##?####", "HA-#######"],
        "cgm": ["#??????###", "SM########"],
    }
    return fill(rng, rng.choice(shapes.get(style, ["DEV-########"])))


# --- Dispatch ---------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """A fresh entity for one of S's slots; `form` picks a country or a style where the slot
    has several ("{snat1.pl}", "{sdate1.hl7}"); "label" picks none."""
    form = "" if form == "label" else form
    if slot == "sper":
        return new_person(ctx)
    if slot == "snat":
        return national_id(ctx, form)
    if slot in ("sdate", "sdob"):
        return a_date(ctx, slot, form)
    makers: dict[str, Callable[[], str]] = {
        "stown": lambda: _faker_text(ctx, "city"),
        "saddr": lambda: address(ctx, form),
        "spost": lambda: postcode(ctx, form),
        "sgeo": lambda: coordinates(ctx, form),
        "stel": lambda: phone(ctx, form),
        "sfax": lambda: phone(ctx, form or "fax"),
        "smail": lambda: email(ctx, form),
        "spass": lambda: passport(ctx, form),
        "smrn": lambda: record_number(ctx, form),
        "splan": lambda: health_plan(ctx, form),
        "sref": lambda: reference(ctx, form),
        "sbio": lambda: biometric(ctx, form),
        "sacct": lambda: account(ctx, form),
        "scard": lambda: card(ctx, form),
        "siban": lambda: iban(ctx, form),
        "sip": lambda: ip_address(ctx, form),
        "surl": lambda: web_url(ctx, form),
        "sphoto": lambda: photo_url(ctx, form),
        "sage": lambda: age(ctx, form),
        "slic": lambda: licence(ctx, form),
        "sveh": lambda: vehicle(ctx, form),
        "sdev": lambda: device(ctx, form),
        "smac": lambda: mac_address(ctx, form),
    }
    return Value(makers[slot]().strip())
