"""Held-out T's value drawers: the "t..." slots (generator.T_SLOTS, kinds in SLOT_KINDS).

Written in session 34 by an author barred from the redactor and from every other split's
templates and forms. Values come from Faker in the document's locale, from `names-dataset`'s
world names (through generator.new_person), from national numbers whose check digits
python-stdnum accepts, and from the shapes real systems print for everything else. Every
date is counted back from T_TODAY, never from the clock, so the split renders the same on
any day it is run.
"""

from __future__ import annotations

import ipaddress
import random
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import import_module

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn

from resources.synthetic.redaction_eval.generator import MONTHS, Ctx, Person, Value, new_person

T_TODAY = date(2026, 5, 23)


# --- People ---------------------------------------------------------------------------------


class TPerson(Person):
    """A person with the forms T's documents write beside the generator's."""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        if form == "hl7":  # HL7 v2 XPN: family^given^middle, as the segment writes it
            return "^".join(w for w in (last, first, middle) if w).upper()
        if form == "pnr":  # an airline or booking record: FAMILY/GIVEN
            return unidecode(f"{last}/{first}").upper()
        if form == "ocr":  # a scanned page read by OCR: "m" read as "rn", "l" as "I", ...
            return ocr_damage(f"{first} {last}")
        if form == "ocr_caps":
            return ocr_damage(f"{last}, {first}".upper())
        if form == "family_given":  # family name first, no comma (East Asian, Hungarian)
            return f"{last} {first}"
        if form == "dotted":
            return f"{first}.{last}"
        return super().form(form)


OCR_SWAPS = (("m", "rn"), ("M", "RN"), ("l", "I"), ("e", "c"), ("O", "0"), ("E", "F"))


def ocr_damage(text: str) -> str:
    """One misread, the same for the same text (no draw: a form is applied at render)."""
    for a, b in OCR_SWAPS:
        if a in text[1:]:
            i = text.index(a, 1)
            return text[:i] + b + text[i + len(a) :]
    return text


def person(ctx: Ctx) -> TPerson:
    p = new_person(ctx)
    return TPerson(p.first, p.last, p.middle)


# --- Places ---------------------------------------------------------------------------------


def _faker_or(ctx: Ctx, method: str, fallback: str = "en_GB") -> str:
    try:
        return str(getattr(ctx.fake(), method)())
    except AttributeError:
        return str(getattr(ctx.fake(fallback), method)())


def town(ctx: Ctx) -> str:
    return _faker_or(ctx, "city")


def street_address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "us":
        f = ctx.fake("en_US")
        return f"{f.street_address()}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    if form == "street":
        return _faker_or(ctx, "street_address")
    text = _faker_or(ctx, "address")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    sep = rng.choice([", ", ", ", " - ", "; ", " "])
    return sep.join(lines)


def postcode(ctx: Ctx) -> str:
    try:
        return str(ctx.fake().postcode())
    except AttributeError:
        return str(ctx.fake("en_GB").postcode())


def coordinates(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-47.0, 64.0), rng.uniform(-124.0, 153.0)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = form or rng.choice(["dec", "dec", "uri", "ddm", "dms", "latlon"])
    if style == "uri":
        return f"geo:{lat:.6f},{lon:.6f}"
    if style == "ddm":  # degrees and decimal minutes, as a GPS receiver shows them
        la, lo = abs(lat), abs(lon)
        return (
            f"{ns} {int(la):02d}° {(la % 1) * 60:06.3f}' {ew} {int(lo):03d}° {(lo % 1) * 60:06.3f}'"
        )
    if style == "dms":

        def dms(x: float) -> str:
            sec = round(abs(x) * 3600)
            return f"{sec // 3600}°{(sec % 3600) // 60}'{sec % 60}\""

        return f"{dms(lat)}{ns}, {dms(lon)}{ew}"
    if style == "latlon":
        return f"{lat:.5f} {lon:.5f}"
    return f"{lat:.6f}, {lon:.6f}"


# --- Phones and mail ------------------------------------------------------------------------


def telephone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    locale = "en_US" if form == "us" else ctx.locale
    try:
        raw = str(ctx.fake(locale).phone_number())
        region = locale.rsplit("_", 1)[-1].upper()
    except AttributeError:
        raw, region = str(ctx.fake("en_IE").phone_number()), "IE"
    raw = unidecode(raw) if not raw.isascii() and rng.random() < 0.5 else raw
    style = form if form in ("intl", "e164") else rng.choice(["as", "as", "intl", "e164"])
    try:
        number = phonenumbers.parse(raw, region)
        good = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        good = False
    if good and style != "as":
        fmt = phonenumbers.PhoneNumberFormat
        raw = phonenumbers.format_number(number, fmt.E164 if style == "e164" else fmt.INTERNATIONAL)
    if sum(c.isdigit() for c in raw) < 6:
        raw = f"+44 20 7946 {rng.randint(0, 9999):04d}"
    return raw


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake()
    if people and rng.random() < 0.75:
        p = people[0]
        first, last = (re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (p.first, p.last))
        first, last = first or "user", last or str(rng.randint(10, 99))
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
        try:
            domain = rng.choice([str(f.free_email_domain()), str(f.domain_name())])
        except AttributeError:
            domain = str(ctx.fake("en_US").free_email_domain())
        domain = unidecode(domain).lower()
    else:
        user, _, domain = unidecode(_faker_or(ctx, "email", "en_US")).lower().partition("@")
    if form == "obf":
        dom, _, tld = domain.rpartition(".")
        return f"{user} [at] {dom} [dot] {tld}"
    if form == "caps":
        return f"{user}@{domain}".upper()
    return f"{user}@{domain}"


# --- National numbers -----------------------------------------------------------------------


def _born(rng: random.Random) -> date:
    return T_TODAY - timedelta(days=rng.randint(18 * 365, 88 * 365))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


@dataclass(frozen=True)
class Scheme:
    """One country's national number: how to draw its body, which stdnum module checks it,
    the characters its check may take and how the country prints it."""

    country: str
    module: str  # stdnum module
    labels: tuple[str, ...]
    body: Callable[[random.Random], str]
    check: str = "0123456789"  # alphabet of the check character
    check_len: int = 1
    show: Callable[[str, random.Random], str] = lambda n, rng: n

    def valid(self, number: str) -> bool:
        return bool(import_module(f"stdnum.{self.module}").is_valid(number))

    def draw(self, rng: random.Random) -> str:
        for _ in range(400):
            body = self.body(rng)
            checks = list(_check_strings(self.check, self.check_len))
            rng.shuffle(checks)
            for c in checks:
                if self.valid(body + c):
                    return self.show(body + c, rng)
        raise AssertionError(self.country)


def _check_strings(alphabet: str, n: int) -> list[str]:
    out = [""]
    for _ in range(n):
        out = [s + c for s in out for c in alphabet]
    return out


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _ddmmyy(d: date) -> str:
    return d.strftime("%d%m%y")


def _b_pesel(rng: random.Random) -> str:
    d = _born(rng)
    month = d.month + (20 if d.year >= 2000 else 0)
    return f"{d:%y}{month:02d}{d:%d}" + _digits(rng, 4)


def _b_nir(rng: random.Random) -> str:
    d = _born(rng)
    dept = f"{rng.randint(1, 95):02d}"
    if dept == "20":
        dept = "2A"
    return f"{rng.choice('12')}{d:%y%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"


def _b_codice(rng: random.Random) -> str:
    d = _born(rng)
    cons = "BCDFGHJKLMNPRSTVWXZ"
    name = "".join(rng.choice(cons) for _ in range(3)) + "".join(rng.choice(cons) for _ in range(3))
    day = d.day + (40 if rng.random() < 0.5 else 0)
    place = rng.choice("ABCDEFGHILM") + f"{rng.randint(1, 999):03d}"
    return f"{name}{d:%y}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{place}"


def _b_be(rng: random.Random) -> str:
    d = _born(rng)
    return _yymmdd(d) + f"{rng.randint(1, 997):03d}"


def _b_se(rng: random.Random) -> str:
    return _yymmdd(_born(rng)) + _digits(rng, 3)


def _b_no(rng: random.Random) -> str:
    d = _born(rng)
    ind = rng.randint(0, 499) if d.year < 2000 else rng.randint(500, 999)
    return _ddmmyy(d) + f"{ind:03d}"


def _b_dk(rng: random.Random) -> str:
    d = _born(rng)
    seq = rng.randint(0, 3999) if d.year < 2000 else rng.randint(4000, 4999)
    return _ddmmyy(d) + f"{seq:04d}"[:3]


def _b_fi(rng: random.Random) -> str:
    d = _born(rng)
    sign = "-" if d.year < 2000 else "A"
    return _ddmmyy(d) + sign + f"{rng.randint(2, 899):03d}"


def _b_cn(rng: random.Random) -> str:
    d = _born(rng)
    area = rng.choice(["110101", "310104", "440106", "510107", "330106", "420102", "210102"])
    return area + d.strftime("%Y%m%d") + _digits(rng, 3)


def _b_za(rng: random.Random) -> str:
    return _yymmdd(_born(rng)) + _digits(rng, 4) + rng.choice("01") + "8"


def _b_cz(rng: random.Random) -> str:
    d = _born(rng)
    month = d.month + (50 if rng.random() < 0.5 else 0)
    return f"{d:%y}{month:02d}{d:%d}" + _digits(rng, 3)


def _b_ro(rng: random.Random) -> str:
    d = _born(rng)
    sex = rng.choice("12") if d.year < 2000 else rng.choice("56")
    return sex + _yymmdd(d) + f"{rng.randint(1, 46):02d}" + f"{rng.randint(1, 999):03d}"


def _b_bg(rng: random.Random) -> str:
    d = _born(rng)
    month = d.month + (40 if d.year >= 2000 else 0)
    return f"{d:%y}{month:02d}{d:%d}" + _digits(rng, 3)


def _b_ee(rng: random.Random) -> str:
    d = _born(rng)
    g = rng.choice("34") if d.year < 2000 else rng.choice("56")
    return g + _yymmdd(d) + _digits(rng, 3)


def _is_show(n: str, rng: random.Random) -> str:
    return n[:6] + "-" + n[6:]


def _b_is_full(rng: random.Random) -> str:
    d = _born(rng)
    return _ddmmyy(d) + f"{rng.randint(20, 99):02d}"


def _b_si(rng: random.Random) -> str:
    d = _born(rng)
    return f"{d:%d%m}{d.year % 1000:03d}50" + _digits(rng, 3)


def _b_kr(rng: random.Random) -> str:
    d = _born(rng)
    g = rng.choice("12") if d.year < 2000 else rng.choice("34")
    return _yymmdd(d) + g + f"{rng.randint(0, 95):02d}" + _digits(rng, 3)


def _b_mx(rng: random.Random) -> str:
    d = _born(rng)
    up = "BCDFGHJKLMNPQRSTVWXYZ"
    vow = "AEIOU"
    head = rng.choice(up) + rng.choice(vow) + rng.choice(up) + rng.choice(up)
    state = rng.choice(["AS", "BC", "CL", "DF", "GT", "JC", "MC", "NL", "PL", "VZ", "YN"])
    tail = rng.choice(up) + rng.choice(up) + rng.choice(up)
    return head + _yymmdd(d) + rng.choice("HM") + state + tail + ("0" if d.year < 2000 else "A")


def _b_th(rng: random.Random) -> str:
    return str(rng.randint(1, 8)) + _digits(rng, 11)


def _b_my(rng: random.Random) -> str:
    return _yymmdd(_born(rng)) + f"{rng.randint(1, 16):02d}" + _digits(rng, 3)


def _sep(pattern: tuple[int, ...], sep: str) -> Callable[[str, random.Random], str]:
    def show(n: str, rng: random.Random) -> str:
        if rng.random() < 0.3:
            return n
        out, i = [], 0
        for k in pattern:
            out.append(n[i : i + k])
            i += k
        if i < len(n):
            out.append(n[i:])
        return sep.join(out)

    return show


def _ssn_body(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666 and a < 900])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"[:-1]


SCHEMES: tuple[Scheme, ...] = (
    Scheme(
        "US",
        "us.ssn",
        ("SSN", "Social Security No.", "SS#", "Soc. Sec. Number"),
        _ssn_body,
        show=_sep((3, 2, 4), "-"),
    ),
    Scheme(
        "GB",
        "gb.nhs",
        ("NHS No", "NHS number", "NHS #"),
        lambda r: str(r.randint(4, 6)) + _digits(r, 8),
        show=_sep((3, 3, 4), " "),
    ),
    Scheme(
        "DE",
        "de.idnr",
        ("Steuer-IdNr.", "IdNr", "Steuerliche Identifikationsnummer"),
        lambda r: str(r.randint(1, 9)) + _digits(r, 9),
        show=_sep((2, 3, 3, 3), " "),
    ),
    Scheme(
        "FR",
        "fr.nir",
        ("NIR", "n° de sécurité sociale", "N° SS"),
        _b_nir,
        check_len=2,
        show=_sep((1, 2, 2, 2, 3, 3), " "),
    ),
    Scheme(
        "ES",
        "es.dni",
        ("DNI", "D.N.I.", "NIF"),
        lambda r: _digits(r, 8),
        check="TRWAGMYFPDXBNJZSQVHLCKE",
        show=_sep((8,), "-"),
    ),
    Scheme(
        "IT",
        "it.codicefiscale",
        ("Codice Fiscale", "C.F.", "cod. fisc."),
        _b_codice,
        check="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    ),
    Scheme("PL", "pl.pesel", ("PESEL", "nr PESEL"), _b_pesel),
    Scheme(
        "NL",
        "nl.bsn",
        ("BSN", "burgerservicenummer"),
        lambda r: str(r.randint(1, 9)) + _digits(r, 7),
        show=_sep((4, 2, 3), "."),
    ),
    Scheme(
        "BE",
        "be.nn",
        ("Rijksregisternr.", "NISS", "n° national"),
        _b_be,
        check_len=2,
        show=lambda n, r: f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}",
    ),
    Scheme(
        "SE",
        "se.personnummer",
        ("personnummer", "pnr"),
        _b_se,
        show=lambda n, r: n[:6] + "-" + n[6:],
    ),
    Scheme(
        "NO",
        "no.fodselsnummer",
        ("fødselsnummer", "f.nr."),
        _b_no,
        check_len=2,
        show=_sep((6,), " "),
    ),
    Scheme("DK", "dk.cpr", ("CPR-nr.", "CPR"), _b_dk, show=lambda n, r: n[:6] + "-" + n[6:]),
    Scheme(
        "FI", "fi.hetu", ("henkilötunnus", "HETU"), _b_fi, check="0123456789ABCDEFHJKLMNPRSTUVWXY"
    ),
    Scheme(
        "PT",
        "pt.nif",
        ("NIF", "contribuinte n.º"),
        lambda r: r.choice("123") + _digits(r, 7),
        show=_sep((3, 3, 3), " "),
    ),
    Scheme(
        "BR",
        "br.cpf",
        ("CPF",),
        lambda r: _digits(r, 9),
        check_len=2,
        show=lambda n, r: f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}",
    ),
    Scheme(
        "CL",
        "cl.rut",
        ("RUT", "RUN"),
        lambda r: str(r.randint(5_000_000, 25_999_999)),
        check="0123456789K",
        show=lambda n, r: f"{int(n[:-1]):,}".replace(",", ".") + "-" + n[-1],
    ),
    Scheme(
        "AR",
        "ar.cuit",
        ("CUIL", "CUIT"),
        lambda r: r.choice(["20", "23", "27"]) + _digits(r, 8),
        show=lambda n, r: f"{n[:2]}-{n[2:10]}-{n[10:]}",
    ),
    Scheme(
        "IN",
        "in_.aadhaar",
        ("Aadhaar", "UID no.", "Aadhaar No."),
        lambda r: str(r.randint(2, 9)) + _digits(r, 10),
        show=_sep((4, 4, 4), " "),
    ),
    Scheme("CN", "cn.ric", ("身份证号", "Resident ID", "公民身份号码"), _b_cn, check="0123456789X"),
    Scheme("ZA", "za.idnr", ("ID number", "RSA ID"), _b_za),
    Scheme(
        "TR",
        "tr.tckimlik",
        ("T.C. Kimlik No", "TCKN"),
        lambda r: str(r.randint(1, 9)) + _digits(r, 8),
        check_len=2,
    ),
    Scheme("CZ", "cz.rc", ("rodné číslo", "RČ"), _b_cz, show=lambda n, r: n[:6] + "/" + n[6:]),
    Scheme("RO", "ro.cnp", ("CNP",), _b_ro),
    Scheme("BG", "bg.egn", ("ЕГН", "EGN"), _b_bg),
    Scheme("EE", "ee.ik", ("isikukood",), _b_ee),
    Scheme("LT", "lt.asmens", ("asmens kodas",), _b_ee),
    Scheme("IS", "is_.kennitala", ("kennitala", "kt."), _b_is_full, check_len=2, show=_is_show),
    Scheme("KR", "kr.rrn", ("주민등록번호", "RRN"), _b_kr, show=lambda n, r: n[:6] + "-" + n[6:]),
    Scheme(
        "CA",
        "ca.sin",
        ("SIN", "NAS", "Social Insurance No."),
        lambda r: str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(r, 7),
        show=_sep((3, 3, 3), " "),
    ),
    Scheme("IL", "il.idnr", ("ת.ז.", "Teudat Zehut"), lambda r: _digits(r, 8)),
    Scheme("HR", "hr.oib", ("OIB",), lambda r: str(r.randint(1, 9)) + _digits(r, 9)),
    Scheme("MX", "mx.curp", ("CURP",), _b_mx),
    Scheme(
        "TH",
        "th.pin",
        ("เลขประจำตัวประชาชน", "Thai ID"),
        _b_th,
        show=lambda n, r: f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}",
    ),
    Scheme("SI", "si.emso", ("EMŠO",), _b_si),
)
SCHEME_BY_COUNTRY = {s.country: s for s in SCHEMES}


def national_valid(value: str) -> bool:
    """Whether one of T's schemes accepts the number as printed."""
    return any(s.valid(value) for s in SCHEMES)


def national_number(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = form.upper() if form.upper() in SCHEME_BY_COUNTRY else ""
    if not country:
        own = [
            c for c in (ctx.template.id_countries if ctx.template else ()) if c in SCHEME_BY_COUNTRY
        ]
        country = rng.choice(own or [s.country for s in SCHEMES])
    scheme = SCHEME_BY_COUNTRY[country]
    number = scheme.draw(rng)
    if not scheme.valid(number):  # the printed form must still pass (a safety net, no draw)
        number = re.sub(r"[\s.]", "", number)
    return Value(number, rng.choice(scheme.labels))


# --- Travel documents -----------------------------------------------------------------------

ICAO_VALUES = {**{str(d): d for d in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}}


def icao_check_digit(field: str) -> str:
    """ICAO Doc 9303 check digit: weights 7, 3, 1 over the characters (A=10 ... Z=35, the
    filler 0), the sum modulo 10. Written here: no stdnum module covers it."""
    total = sum(ICAO_VALUES.get(c, 0) * (7, 3, 1)[i % 3] for i, c in enumerate(field))
    return str(total % 10)


PASSPORT_SHAPES = {
    "US": ("#########", "A########"),
    "GB": ("#########",),
    "DE": ("C@@@@@@@@",),
    "FR": ("##??#####",),
    "IN": ("?#######",),
    "CN": ("E########", "EA#######"),
    "JP": ("??#######",),
    "BR": ("??######",),
    "ES": ("???######",),
    "IT": ("??#######",),
    "PL": ("??#######",),
    "CA": ("??######",),
    "AU": ("?#######", "PA#######"),
    "NG": ("A########",),
    "PH": ("P#######?",),
    "MX": ("G########",),
}
PERMIT_SHAPES = ("ZU#######", "RF#######", "A###-###-###", "FRA#######", "Y#######X", "ITA#######")


def passport(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "permit":
        shape = rng.choice(PERMIT_SHAPES)
    else:
        country = (
            form.upper() if form.upper() in PASSPORT_SHAPES else rng.choice(sorted(PASSPORT_SHAPES))
        )
        shape = rng.choice(PASSPORT_SHAPES[country])
    alnum = "CFGHJKLMNPRTVWXYZ0123456789"
    text = "".join(
        str(rng.randrange(10))
        if c == "#"
        else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        if c == "?"
        else rng.choice(alnum)
        if c == "@"
        else c
        for c in shape
    )
    if form == "mrz":  # the number as the machine-readable zone prints it, check digit after
        text = text[:9].ljust(9, "0") if len(text) < 9 else text[:9]
        return text + icao_check_digit(text)
    return text


# --- Record numbers -------------------------------------------------------------------------


def _shape(rng: random.Random, shape: str) -> str:
    out = []
    for c in shape:
        if c == "#":
            out.append(str(rng.randrange(10)))
        elif c == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif c == "*":
            out.append(rng.choice("0123456789ABCDEF"))
        else:
            out.append(c)
    return "".join(out)


MRN_SHAPES = (
    "########",
    "E#######",
    "00#######",
    "K##-######",
    "RX#####?",
    "####-####",
    "H#########",
    "MR/##/######",
    "#######-#",
    "P########",
)
PLAN_SHAPES = (
    "???#########",
    "?#########",
    "W#########",
    "####-####-####-####-####",
    "###-##-####-A",
    "ZGP#######",
    "M########-##",
    "#########X",
)
REF_SHAPES = (
    "CLM-####-######",
    "CASE ##-#####",
    "FR-##-#####?",
    "KYC/####/######",
    "INC#######",
    "TKT-########",
    "V##########",
    "AZ ### Js ####/##",
    "SR-#######",
    "REF?##?####",
    "HR-LV-######",
    "****-****-****",
)
BIO_SHAPES = (
    "FP-********",
    "IRIS-####-????",
    "VP#########",
    "TCN ############",
    "DNA-##-?####",
    "FACE-*********",
    "PALM-#####-?",
)


def luhn_suffixed(rng: random.Random, n: int) -> str:
    body = _digits(rng, n)
    return body + luhn.calc_check_digit(body)


def record(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "tmrn":
        if form == "luhn" or rng.random() < 0.15:
            return luhn_suffixed(rng, 8)
        return _shape(rng, rng.choice(MRN_SHAPES))
    if slot == "tplan":
        return _shape(rng, rng.choice(PLAN_SHAPES))
    if slot == "tbio":
        return _shape(rng, rng.choice(BIO_SHAPES))
    if form == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if form == "year":
        return f"{T_TODAY.year}-{rng.randint(1, 99999):05d}"
    return _shape(rng, rng.choice(REF_SHAPES))


# --- Money ----------------------------------------------------------------------------------


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "us": ("#########", "############", "##########"),
        "gb": ("########",),
        "au": ("###-### ########", "######"),
        "in": ("###########", "##############"),
        "br": ("#####-#", "########-#"),
        "jp": ("#######",),
        "ca": ("#####-###-#######",),
        "util": ("####-####-##", "AC########"),
    }
    key = form if form in shapes else rng.choice(sorted(shapes))
    return _shape(rng, rng.choice(shapes[key]))


CARD_TYPES = ("visa16", "visa13", "mastercard", "amex", "discover", "jcb", "diners", "maestro")


def card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    raw = str(ctx.fake("en_US").credit_card_number(card_type=rng.choice(CARD_TYPES)))
    assert luhn.is_valid(raw)
    sep = "" if form == "plain" else rng.choice(["", " ", "-", " "])
    if not sep:
        return raw
    if len(raw) == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, len(raw), 4))


IBAN_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "fi_FI", "no_NO")


def iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    try:
        raw = str(ctx.fake().iban())
    except AttributeError:
        raw = ""
    if not iban_check.is_valid(raw) or (raw.startswith("GB") and rng.random() < 0.6):
        raw = str(ctx.fake(rng.choice(IBAN_LOCALES)).iban())
    if form == "compact" or (form != "grouped" and rng.random() < 0.45):
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# --- Network --------------------------------------------------------------------------------


def ip(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    style = form or rng.choice(["v4", "v4", "v4", "private", "v6", "v6short", "mapped"])
    if style == "private":
        return str(f.ipv4_private())
    if style == "v6":
        return str(f.ipv6())
    if style == "v6short":
        return str(ipaddress.IPv6Address(str(f.ipv6())))
    if style == "mapped":
        return f"::ffff:{f.ipv4_public()}"
    return str(f.ipv4_public())


def url(ctx: Ctx, slot: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    token = _shape(rng, "*" * rng.choice([8, 12, 16])).lower()
    if slot == "tphoto":
        return rng.choice(
            [
                f"https://cdn.{f.domain_name()}/photos/{token}.jpg",
                f"https://{f.domain_name()}/media/id-photo/{token}.png",
                f"https://files.{f.domain_name()}/kyc/selfie_{token}.jpeg",
                f"http://{f.domain_name()}/staff/portraits/{token}.jpg",
            ]
        )
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    handle = ""
    if people:
        p = people[0]
        handle = re.sub(r"[^a-z0-9]", "", unidecode(p.first + p.last).lower())
    handle = handle or str(f.user_name())
    return rng.choice(
        [
            f"https://www.linkedin.com/in/{handle}{rng.randint(1, 999)}",
            f"https://mychart.{f.domain_name()}/patient/{token}",
            f"https://{f.domain_name()}/u/{handle}",
            f"https://t.me/{handle}",
            f"https://portal.{f.domain_name()}/cases/{rng.randint(10000, 99999)}?uid={token}",
            f"http://{f.domain_name()}/~{handle}",
        ]
    )


# --- Dates and ages -------------------------------------------------------------------------

DATE_FORMATS = {
    "iso": "%Y-%m-%d",
    "hl7": "%Y%m%d",
    "hl7t": "%Y%m%d%H%M",
    "us": "%m/%d/%Y",
    "eu": "%d/%m/%Y",
    "de": "%d.%m.%Y",
    "nl": "%d-%m-%Y",
    "long": "%B %d, %Y",
    "brit": "{d} %B %Y",
    "mon": "%d-%b-%Y",
    "monup": "%d%b%Y",
    "jp": "%Y年%m月%d日",
    "ymd": "%Y/%m/%d",
    "fhir": "%Y-%m-%dT%H:%M:%SZ",
    "short": "%d/%m/%y",
}


def _format(day: date, fmt: str, rng: random.Random) -> str:
    day_time = day.strftime(fmt.replace("%H", "{H}").replace("%M", "{M}").replace("%S", "{S}"))
    text = day_time.replace("{d}", str(day.day))
    text = text.replace("{H}", f"{rng.randint(0, 23):02d}").replace(
        "{M}", f"{rng.randint(0, 59):02d}"
    )
    text = text.replace("{S}", f"{rng.randint(0, 59):02d}")
    if "{month:" in text:
        text = re.sub(r"\{month:([a-z]{2})\}", lambda m: MONTHS[m.group(1)][day.month - 1], text)
    if "%b" in fmt and "monup" in fmt:
        text = text.upper()
    return text


SPLIT_DATE_KEYS = ("iso", "us", "eu", "de", "long", "brit", "mon", "nl", "ymd", "short")


def a_date(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "tdob" and form.startswith("adult"):  # a driver, a borrower: 18 or over
        day = T_TODAY - timedelta(days=rng.randint(18 * 366, 90 * 365))
        form = form[5:]
    elif slot == "tdob":
        day = T_TODAY - timedelta(days=rng.randint(200, 99 * 365))
    else:
        day = T_TODAY - timedelta(days=rng.randint(0, 5 * 365))
    if form in DATE_FORMATS:
        fmt = DATE_FORMATS[form]
    elif form.startswith("lang") and len(form) == 6:  # "{tdate1.langde}": 5. März 2025
        lang = form[4:]
        if lang in ("es", "pt"):  # "5 de marzo de 2025"
            fmt = "{d} de {month:" + lang + "} de %Y"
        else:
            dot = "." if lang in ("de", "da", "no") else ""
            fmt = "{d}" + dot + " {month:" + lang + "} %Y"
    else:
        own = ctx.template.date_formats if ctx.template else ()
        fmt = rng.choice(own) if own else DATE_FORMATS[rng.choice(SPLIT_DATE_KEYS)]
    text = _format(day, fmt, rng)
    if form == "monup":
        text = text.upper()
    return text


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EINS = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
UNO = ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")


def age(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    years = rng.randint(90, 106)
    unit = years % 10
    if form == "en":
        if years >= 100:
            return "one hundred" + (f" and {ONES[years - 100]}" if years > 100 else "")
        return "ninety" + (f"-{ONES[unit]}" if unit else "")
    if form == "de":
        if years >= 100:
            return "hundert" + (
                EINS[years - 100] + ("s" if years == 101 else "") if years > 100 else ""
            )
        return (f"{EINS[unit]}und" if unit else "") + "neunzig"
    if form == "es":
        if years >= 100:
            return "cien" if years == 100 else f"ciento {UNO[years - 100]}"
        return "noventa" + (f" y {UNO[unit]}" if unit else "")
    if form == "y":
        return rng.choice([f"{years}y", f"{years} y/o", f"{years} yrs", f"{years}Y", f"{years} J."])
    return str(years)


# --- Licences, vehicles, devices ------------------------------------------------------------


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "ca": ("?#######",),
        "ny": ("### ### ###",),
        "fl": ("?###-###-##-###-#",),
        "uk": ("?????######??#??",),
        "gmc": ("#######",),
        "nmc": ("##?####?",),
        "lanr": ("#########",),
        "ahpra": ("MED##########", "NMW##########"),
        "de": ("?##########",),
        "in": ("??##-###########",),
    }
    if form == "npi":
        body = rng.choice("12") + _digits(rng, 8)
        return body + luhn.calc_check_digit("80840" + body)
    if form == "rpps":
        return luhn_suffixed(rng, 10)
    key = form if form in shapes else rng.choice(sorted(shapes))
    return _shape(rng, rng.choice(shapes[key]))


def vehicle(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "vin" or (form != "plate" and rng.random() < 0.4):
        return str(ctx.fake("en_US").vin())
    try:
        plate = str(ctx.fake().license_plate())
    except AttributeError:
        plate = str(ctx.fake("en_GB").license_plate())
    plate = plate.strip()
    if sum(c.isalnum() for c in plate) < 4:
        plate = str(ctx.fake("nl_NL").license_plate())
    return plate


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["imei", "serial", "serial", "udi", "asset"])
    if style == "imei":
        body = rng.choice(["35", "86", "49", "01"]) + _digits(rng, 12)
        return body + luhn.calc_check_digit(body)
    if style == "udi":
        return f"(01)0{_digits(rng, 13)}(21){_shape(rng, '??####')}"
    if style == "asset":
        return _shape(rng, rng.choice(["IT-#####", "BM-####-??", "AST#######"]))
    return _shape(
        rng, rng.choice(["PJN######?", "SN?##-####-##", "###??####", "G7?#####*", "MMT-####??"])
    )


def mac(ctx: Ctx, form: str) -> str:
    raw = str(ctx.fake("en_US").mac_address())
    style = ctx.rng.randrange(4)
    if style == 1:
        return raw.upper()
    if style == 2:
        return raw.replace(":", "-").upper()
    if style == 3:
        hexes = raw.replace(":", "")
        return ".".join(hexes[i : i + 4] for i in range(0, 12, 4))
    return raw


# --- Dispatch -------------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "tper":
        return person(ctx)
    form = "" if form == "label" else form
    makers: dict[str, Callable[[], str]] = {
        "ttown": lambda: town(ctx),
        "taddr": lambda: street_address(ctx, form),
        "tpost": lambda: postcode(ctx),
        "tgeo": lambda: coordinates(ctx, form),
        "ttel": lambda: telephone(ctx, form),
        "tfax": lambda: telephone(ctx, form),
        "tmail": lambda: email(ctx, form),
        "tmrn": lambda: record(ctx, slot, form),
        "tplan": lambda: record(ctx, slot, form),
        "tref": lambda: record(ctx, slot, form),
        "tbio": lambda: record(ctx, slot, form),
        "tacct": lambda: account(ctx, form),
        "tcard": lambda: card(ctx, form),
        "tiban": lambda: iban(ctx, form),
        "tip": lambda: ip(ctx, form),
        "turl": lambda: url(ctx, slot),
        "tphoto": lambda: url(ctx, slot),
        "tdate": lambda: a_date(ctx, slot, form),
        "tdob": lambda: a_date(ctx, slot, form),
        "tage": lambda: age(ctx, form),
        "tlic": lambda: licence(ctx, form),
        "tveh": lambda: vehicle(ctx, form),
        "tdev": lambda: device(ctx, form),
        "tmac": lambda: mac(ctx, form),
    }
    if slot == "tnat":
        return national_number(ctx, form)
    if slot == "tpass":
        label = {"permit": "residence permit"}.get(form, "passport")
        return Value(passport(ctx, form), label)
    return Value(makers[slot]())
