"""Held-out U's values (written in session 36): people, places, numbers and dates as U's
documents write them, drawn for U's own slots ("uper", "unat", ...).

Dates count back from a pinned day, U_TODAY, never from the clock. National numbers are
built body first and completed with the check characters that python-stdnum accepts, so
every number passes its country's own check. The check-digit schemes U uses directly
(Luhn, Verhoeff, ISO 7064 mod 97-10, the VIN's weighted mod 11) are written out here and
tested against published worked examples.
"""

from __future__ import annotations

import importlib
import itertools
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker import Faker
from faker.decode import unidecode

from resources.synthetic.redaction_eval.generator import (
    MONTHS,
    U_KINDS,
    Ctx,
    Person,
    Value,
    faker_for,
)
from resources.synthetic.redaction_eval.world_names import world_names

U_TODAY = date(2026, 9, 17)

# U's slots and the kind each is labelled with (generator.SLOT_KINDS holds the same).
SLOTS = U_KINDS

# HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(A)-(R): each class and U's slots for it.
SAFE_HARBOR = {
    "A names": ("uper",),
    "B geographic subdivisions smaller than a state": ("utown", "uaddr", "upost", "ugeo"),
    "C dates (except year) and ages over 89": ("udate", "udob", "uage"),
    "D telephone numbers": ("utel",),
    "E fax numbers": ("ufax",),
    "F e-mail addresses": ("umail",),
    "G social security numbers": ("ussn",),
    "H medical record numbers": ("umrn",),
    "I health plan beneficiary numbers": ("uplan",),
    "J account numbers": ("uacct", "ucard", "uiban"),
    "K certificate/license numbers": ("ulic",),
    "L vehicle identifiers and serial numbers, including license plates": ("uveh",),
    "M device identifiers and serial numbers": ("udev", "umac"),
    "N web universal resource locators": ("uurl",),
    "O internet protocol address numbers": ("uip",),
    "P biometric identifiers": ("ubio",),
    "Q full-face photographs and comparable images": ("uphoto",),
    "R any other unique identifying number, characteristic, or code": ("uref", "upass", "unat"),
}


# --- check-digit schemes -------------------------------------------------------------


def luhn_digit(body: str) -> str:
    """The Luhn (mod 10) check digit appended to `body`."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


_VD = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VP = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(body: str) -> str:
    """The Verhoeff check digit appended to `body`."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def mod97_valid(iban: str) -> bool:
    """ISO 7064 mod 97-10 as an IBAN uses it: first four characters moved to the end,
    letters as 10-35, the number modulo 97 is 1."""
    raw = iban.replace(" ", "").upper()
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def iban_check(country: str, bban: str) -> str:
    """The two IBAN check digits for `bban` in `country`."""
    moved = bban + country + "00"
    rest = int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{98 - rest:02d}"


_VIN_VAL = {**{str(d): d for d in range(10)}}
_VIN_VAL |= dict(zip("ABCDEFGH", range(1, 9), strict=True))
_VIN_VAL |= dict(zip("JKLMN", range(1, 6), strict=True)) | {"P": 7, "R": 9}
_VIN_VAL |= dict(zip("STUVWXYZ", range(2, 10), strict=True))
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(vin: str) -> str:
    """The ninth character of a North American VIN (weighted sum mod 11, 10 as X)."""
    total = sum(_VIN_VAL[ch] * w for ch, w in zip(vin.upper(), _VIN_W, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


# --- national numbers ----------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _birth(rng: random.Random, lo: int = 1938, hi: int = 1999) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randint(0, (hi - lo) * 365))


@dataclass(frozen=True)
class Scheme:
    country: str
    labels: tuple[str, ...]
    module: str  # python-stdnum module that checks it
    body: Callable[[random.Random], str]
    tail: str  # characters a check position may take
    tail_len: int
    locale: str

    def valid(self, number: str) -> bool:
        return bool(importlib.import_module(self.module).is_valid(number))

    def draw(self, rng: random.Random) -> str:
        for _ in range(50):
            body = self.body(rng)
            for tail in itertools.product(self.tail, repeat=self.tail_len):
                number = body + "".join(tail)
                if self.valid(number):
                    return self.shown(number, rng)
        raise ValueError(self.country)

    def shown(self, number: str, rng: random.Random) -> str:
        mod = importlib.import_module(self.module)
        if rng.random() < 0.5 and hasattr(mod, "format"):
            shown = str(mod.format(number))
            if self.valid(shown):
                return shown
        return number


def _pesel(rng: random.Random) -> str:
    b = _birth(rng, 1940, 2008)
    month = b.month + (20 if b.year >= 2000 else 0)
    return f"{b:%y}{month:02d}{b:%d}" + _digits(rng, 4)


def _nir(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{rng.choice('12')}{b:%y%m}{rng.randint(1, 95):02d}" + _digits(rng, 6)


def _cf(rng: random.Random) -> str:
    b = _birth(rng)
    letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    day = b.day + (40 if rng.random() < 0.5 else 0)
    town = rng.choice(["H501", "F205", "L219", "G273", "D612", "A944", "L736", "F839"])
    return f"{letters}{b:%y}{'ABCDEHLMPRST'[b.month - 1]}{day:02d}{town}"


def _ymd6(rng: random.Random) -> str:
    return f"{_birth(rng):%y%m%d}"


def _hetu(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{b:%d%m%y}-{rng.randint(2, 899):03d}"


def _fnr(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{b:%d%m%y}{rng.randint(0, 499):03d}"


def _ric(rng: random.Random) -> str:
    area = rng.choice(["110101", "310104", "440106", "510107", "330106", "420102"])
    return f"{area}{_birth(rng):%Y%m%d}" + _digits(rng, 3)


def _za(rng: random.Random) -> str:
    return _ymd6(rng) + _digits(rng, 4) + rng.choice("01") + "8"


def _rrn(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{b:%y%m%d}{rng.choice('12')}{rng.randint(0, 8):02d}" + _digits(rng, 3)


def _ee(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{rng.choice('34')}{b:%y%m%d}" + _digits(rng, 3)


def _cnp(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{rng.choice('12')}{b:%y%m%d}{rng.randint(1, 40):02d}" + _digits(rng, 3)


def _egn(rng: random.Random) -> str:
    return _ymd6(rng) + _digits(rng, 3)


def _emso(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{b:%d%m}{b.year % 1000:03d}50{rng.randint(0, 499):03d}"


def _rc(rng: random.Random) -> str:
    b = _birth(rng, 1955, 2005)
    month = b.month + (50 if rng.random() < 0.5 else 0)
    return f"{b:%y}{month:02d}{b:%d}" + _digits(rng, 3)


def _amka(rng: random.Random) -> str:
    return f"{_birth(rng):%d%m%y}" + _digits(rng, 4)


def _lv(rng: random.Random) -> str:
    return f"{_birth(rng):%d%m%y}-" + rng.choice("012") + _digits(rng, 3)


def _nik(rng: random.Random) -> str:
    b = _birth(rng)
    day = b.day + (40 if rng.random() < 0.5 else 0)
    region = rng.choice(["317101", "327301", "357801", "517101", "110101"])
    return f"{region}{day:02d}{b:%m%y}" + f"{rng.randint(1, 9999):04d}"


def _kt(rng: random.Random) -> str:
    b = _birth(rng)
    return f"{b:%d%m%y}{rng.randint(20, 99):02d}"


SCHEMES: tuple[Scheme, ...] = (
    Scheme("PL", ("PESEL", "nr PESEL"), "stdnum.pl.pesel", _pesel, string.digits, 1, "pl_PL"),
    Scheme(
        "BR",
        ("CPF", "CPF nº"),
        "stdnum.br.cpf",
        lambda r: str(r.randint(1, 9)) + _digits(r, 8),
        string.digits,
        2,
        "pt_BR",
    ),
    Scheme(
        "NL",
        ("BSN", "burgerservicenummer"),
        "stdnum.nl.bsn",
        lambda r: str(r.randint(1, 6)) + _digits(r, 7),
        string.digits,
        1,
        "nl_NL",
    ),
    Scheme(
        "FR", ("NIR", "n° de sécurité sociale"), "stdnum.fr.nir", _nir, string.digits, 2, "fr_FR"
    ),
    Scheme(
        "ES",
        ("DNI", "NIF"),
        "stdnum.es.dni",
        lambda r: _digits(r, 8),
        "TRWAGMYFPDXBNJZSQVHLCKE",
        1,
        "es_ES",
    ),
    Scheme(
        "IT",
        ("codice fiscale", "C.F."),
        "stdnum.it.codicefiscale",
        _cf,
        string.ascii_uppercase,
        1,
        "it_IT",
    ),
    Scheme(
        "BE",
        ("rijksregisternummer", "n° de registre national"),
        "stdnum.be.nn",
        lambda r: _ymd6(r) + _digits(r, 3),
        string.digits,
        2,
        "nl_BE",
    ),
    Scheme(
        "SE",
        ("personnummer",),
        "stdnum.se.personnummer",
        lambda r: _ymd6(r) + "-" + _digits(r, 3),
        string.digits,
        1,
        "sv_SE",
    ),
    Scheme(
        "FI",
        ("henkilötunnus", "HETU"),
        "stdnum.fi.hetu",
        _hetu,
        "0123456789ABCDEFHJKLMNPRSTUVWXY",
        1,
        "fi_FI",
    ),
    Scheme("NO", ("fødselsnummer",), "stdnum.no.fodselsnummer", _fnr, string.digits, 2, "no_NO"),
    Scheme(
        "CN",
        ("居民身份证号码", "ID card no."),
        "stdnum.cn.ric",
        _ric,
        string.digits + "X",
        1,
        "zh_CN",
    ),
    Scheme(
        "IN",
        ("Aadhaar", "आधार संख्या"),
        "stdnum.in_.aadhaar",
        lambda r: str(r.randint(2, 9)) + _digits(r, 10),
        string.digits,
        1,
        "en_IN",
    ),
    Scheme("ZA", ("ID number", "identity no."), "stdnum.za.idnr", _za, string.digits, 1, "en_ZA"),
    Scheme(
        "IL",
        ("מספר זהות", "Teudat Zehut"),
        "stdnum.il.idnr",
        lambda r: _digits(r, 8),
        string.digits,
        1,
        "he_IL",
    ),
    Scheme("KR", ("주민등록번호", "RRN"), "stdnum.kr.rrn", _rrn, string.digits, 1, "ko_KR"),
    Scheme(
        "CL",
        ("RUT", "RUN"),
        "stdnum.cl.rut",
        lambda r: str(r.randint(5, 25)) + _digits(r, 6),
        string.digits + "K",
        1,
        "es_CL",
    ),
    Scheme(
        "AR",
        ("CUIT", "CUIL"),
        "stdnum.ar.cuit",
        lambda r: r.choice(["20", "23", "27"]) + _digits(r, 8),
        string.digits,
        1,
        "es_AR",
    ),
    Scheme(
        "TR",
        ("T.C. Kimlik No", "TCKN"),
        "stdnum.tr.tckimlik",
        lambda r: str(r.randint(1, 9)) + _digits(r, 8),
        string.digits,
        2,
        "tr_TR",
    ),
    Scheme(
        "PT",
        ("NIF", "contribuinte"),
        "stdnum.pt.nif",
        lambda r: r.choice("123") + _digits(r, 7),
        string.digits,
        1,
        "pt_PT",
    ),
    Scheme("EE", ("isikukood",), "stdnum.ee.ik", _ee, string.digits, 1, "et_EE"),
    Scheme("LT", ("asmens kodas",), "stdnum.lt.asmens", _ee, string.digits, 1, "lt_LT"),
    Scheme("RO", ("CNP", "cod numeric personal"), "stdnum.ro.cnp", _cnp, string.digits, 1, "ro_RO"),
    Scheme("BG", ("ЕГН", "EGN"), "stdnum.bg.egn", _egn, string.digits, 1, "bg_BG"),
    Scheme(
        "CA",
        ("SIN", "NAS"),
        "stdnum.ca.sin",
        lambda r: r.choice("1234567") + _digits(r, 7),
        string.digits,
        1,
        "en_CA",
    ),
    Scheme(
        "GB",
        ("NHS number", "NHS no."),
        "stdnum.gb.nhs",
        lambda r: r.choice("4567") + _digits(r, 8),
        string.digits,
        1,
        "en_GB",
    ),
    Scheme(
        "CH",
        ("AHV-Nr.", "n° AVS"),
        "stdnum.ch.ssn",
        lambda r: "756" + _digits(r, 9),
        string.digits,
        1,
        "de_CH",
    ),
    Scheme(
        "HR",
        ("OIB",),
        "stdnum.hr.oib",
        lambda r: str(r.randint(1, 9)) + _digits(r, 9),
        string.digits,
        1,
        "hr_HR",
    ),
    Scheme("SI", ("EMŠO",), "stdnum.si.emso", _emso, string.digits, 1, "sl_SI"),
    Scheme("IS", ("kennitala",), "stdnum.is_.kennitala", _kt, string.digits, 2, "is_IS"),
    Scheme("CZ", ("rodné číslo", "RČ"), "stdnum.cz.rc", _rc, string.digits, 1, "cs_CZ"),
    Scheme("GR", ("ΑΜΚΑ", "AMKA"), "stdnum.gr.amka", _amka, string.digits, 1, "el_GR"),
    Scheme("LV", ("personas kods",), "stdnum.lv.pvn", _lv, string.digits, 1, "lv_LV"),
    Scheme("ID", ("NIK",), "stdnum.id.nik", _nik, "", 0, "id_ID"),
)
SCHEME_BY_COUNTRY = {s.country: s for s in SCHEMES}


def ssn(rng: random.Random) -> str:
    """A US social security number in a range the SSA issues (not 000, 666, 9xx)."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    number = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return number if rng.random() < 0.7 else number.replace("-", rng.choice(["", " "]))


def national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = form.upper() if form.upper() in SCHEME_BY_COUNTRY else ""
    if not country:
        here = ctx.locale.rsplit("_", 1)[-1].upper()
        country = here if here in SCHEME_BY_COUNTRY else rng.choice(sorted(SCHEME_BY_COUNTRY))
    scheme = SCHEME_BY_COUNTRY[country]
    return Value(scheme.draw(rng), rng.choice(scheme.labels))


# --- people, places and contact ------------------------------------------------------

U_NAME_COUNTRIES = ("NG", "GH", "KE", "VN", "PH", "ID", "EG", "MA", "PE", "CO", "IE", "PK")


def fake(ctx: Ctx) -> Faker:
    try:
        f = ctx.fake()
        f.city()
    except AttributeError:
        return ctx.fake("en_US")
    return f


def person(ctx: Ctx) -> Person:
    rng = ctx.rng
    names = world_names()
    countries = [c for c in U_NAME_COUNTRIES if c in names]
    if countries and rng.random() < 0.3 and ctx.locale.startswith("en"):
        pool = names[rng.choice(countries)]
        first, last = rng.choice(pool["first"]), rng.choice(pool["last"])
        middle = ""
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if rng.random() < 0.12 else ""
    if middle == first:
        middle = ""
    return Person(first.strip(), last.strip(), middle.strip())


def town(ctx: Ctx) -> str:
    return str(fake(ctx).city())


def street_address(ctx: Ctx, form: str) -> str:
    f = fake(ctx)
    text = str(f.address()).strip()
    if form == "lines":
        return text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = ", ".join(lines)
    return joined.upper() if form == "caps" else joined


def postcode(ctx: Ctx) -> str:
    f = fake(ctx)
    try:
        return str(f.postcode())
    except AttributeError:
        return str(ctx.fake("en_US").zipcode())


def geo(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-120.0, 150.0)
    if form == "nmea":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        a, b = abs(lat), abs(lon)
        return f"{int(a):02d}{(a % 1) * 60:07.4f},{ns},{int(b):03d}{(b % 1) * 60:07.4f},{ew}"
    if form == "geojson":
        return f"[{lon:.6f}, {lat:.6f}]"
    return rng.choice([f"{lat:.5f}, {lon:.5f}", f"{lat:.6f},{lon:.6f}", f"{lat:+.4f} {lon:+.4f}"])


def tel(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = ctx.locale.rsplit("_", 1)[-1].upper()
    try:
        raw = str(ctx.fake().phone_number())
    except AttributeError:
        raw, region = str(ctx.fake("en_US").phone_number()), "US"
    if form in ("e164", "intl") or rng.random() < 0.3:
        try:
            number = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(number):
                fmt = phonenumbers.PhoneNumberFormat
                style = fmt.E164 if form == "e164" else fmt.INTERNATIONAL
                raw = phonenumbers.format_number(number, style)
        except phonenumbers.NumberParseException:
            pass
    return raw


MAIL_DOMAINS = (
    *("gmail.com", "outlook.com", "yahoo.co.jp", "web.de", "mail.ru", "proton.me", "gmx.at"),
    *("orange.fr", "libero.it", "seznam.cz", "wp.pl", "naver.com", "qq.com", "uol.com.br"),
)


def mail(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    domain = rng.choice(MAIL_DOMAINS)
    if people and rng.random() < 0.75:
        p = people[0]
        user = rng.choice([f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}_{p.first}"])
        user = re.sub(r"[^a-z0-9._]", "", unidecode(user).lower())
        if len(user.strip("._")) < 3:
            user = f"user{rng.randint(100, 99999)}"
        user += str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    else:
        user = str(ctx.fake("en_US").user_name())
    text = f"{user.strip('._')}@{domain}"
    return text.upper() if form == "caps" else text


# --- numbers -------------------------------------------------------------------------

_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def ocr(text: str, rng: random.Random) -> str:
    """One or two characters misread as OCR reads them (0 as O, 1 as l)."""
    places = [i for i, ch in enumerate(text) if ch in _OCR]
    chars = list(text)
    for i in rng.sample(places, min(len(places), rng.choice([1, 2]))):
        chars[i] = _OCR[chars[i]]
    return "".join(chars)


def shaped(ctx: Ctx, shapes: list[str]) -> str:
    return ctx.fake("en_US").bothify(ctx.rng.choice(shapes)).upper()


SHAPES = {
    "umrn": ["M########", "U#######", "########", "H##-###-####", "##-####-##", "PT#########"],
    "uplan": ["XU#########", "W#########", "###-##-####-A", "HP########", "M##########01"],
    "uref": ["CASE-####-######", "RF-##########", "U/####/####", "TKT-#######", "INC########"],
    "ubio": ["FP-##########", "IRIS-########", "VP#######-##", "BIO/#####/##"],
    "upass": ["?########", "??#######", "#########", "?#######?"],
    "ulic": ["?###-####-####", "DL########", "LIC-#######", "?##-###-###-###", "RN######"],
    "udev": ["SN########", "??-######-##", "#########???", "###-####-###", "DEV######?"],
    "uacct": ["##########", "####-######-##", "00########", "ACC#########", "#########-##"],
}


def card_number(rng: random.Random, form: str) -> str:
    prefix = rng.choice(["4", "51", "53", "55", "2221", "6011", "37", "34", "35"])
    length = 15 if prefix in ("37", "34") else 16
    body = prefix + _digits(rng, length - 1 - len(prefix))
    raw = body + luhn_digit(body)
    if form == "compact" or rng.random() < 0.3:
        return raw
    if form == "masked":
        return "*" * (len(raw) - 4) + raw[-4:]
    if length == 15:
        return f"{raw[:4]} {raw[4:10]} {raw[10:]}"
    sep = rng.choice([" ", "-", " "])
    return sep.join(raw[i : i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "DE": "########" + "##########",
    "FR": "##########" + "???????????##",
    "NL": "????##########",
    "IT": "?##########" + "????????????",
    "PL": "########" + "################",
    "DK": "##############",
    "AT": "################",
    "GB": "????##############",
    "PT": "#####################",
    "CH": "#################",
    "SE": "####################",
}


def iban_value(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    here = ctx.locale.rsplit("_", 1)[-1].upper()
    country = here if here in IBAN_BBAN else rng.choice(sorted(IBAN_BBAN))
    bban = ctx.fake("en_US").bothify(IBAN_BBAN[country]).upper()
    raw = country + iban_check(country, bban) + bban
    assert mod97_valid(raw)
    if form == "compact" or (form != "spaced" and rng.random() < 0.45):
        return raw
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    if form == "six" or (form != "four" and ctx.rng.random() < 0.2):
        return str(f.ipv6())
    return str(f.ipv4_public() if ctx.rng.random() < 0.75 else f.ipv4_private())


def web(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    if form == "photo":
        return rng.choice(
            [
                f"https://img.{f.domain_name()}/faces/{rng.randint(10**5, 10**7)}.jpg",
                f"https://{f.domain_name()}/media/id-photo-{rng.randint(1000, 99999)}.png",
                f"s3://kyc-{f.word()}-uploads/selfie/{rng.randint(10**6, 10**8)}.jpeg",
            ]
        )
    return rng.choice(
        [
            f"https://{f.domain_name()}/member/{rng.randint(1000, 999999)}",
            f"http://www.{f.domain_name()}/~{f.user_name()}",
            f"https://{f.domain_name()}/p?id={rng.randint(10**5, 10**9)}",
            f"{f.domain_name()}/{f.user_name()}",
        ]
    )


def vehicle(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "plate" or (form != "vin" and rng.random() < 0.45):
        try:
            return str(ctx.fake().license_plate())
        except AttributeError:
            return str(ctx.fake("en_US").license_plate())
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = [rng.choice(chars) for _ in range(17)]
    body[9] = rng.choice("LMNPRSTVWXY123456")  # model year 2020-2026 area
    body[8] = "0"
    vin = "".join(body)
    return vin[:8] + vin_check(vin) + vin[9:]


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "imei":
        body = rng.choice(["35", "86", "01"]) + _digits(rng, 12)
        return body + luhn_digit(body)
    return shaped(ctx, SHAPES["udev"])


def mac_address(ctx: Ctx) -> str:
    rng = ctx.rng
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFE
    style = rng.randrange(3)
    if style == 0:
        return ":".join(f"{o:02x}" for o in octets)
    if style == 1:
        return "-".join(f"{o:02X}" for o in octets)
    hexes = "".join(f"{o:02x}" for o in octets)
    return ".".join(hexes[i : i + 4] for i in range(0, 12, 4))


# --- dates and ages ------------------------------------------------------------------

_EN = "January February March April May June July August September October November December"
EN_MONTHS = tuple(_EN.split())


def date_text(day: date, form: str, rng: random.Random) -> str:
    lang = form if form in MONTHS else ""
    if lang:
        name = MONTHS[lang][day.month - 1]
        if lang in ("es", "pt"):
            return f"{day.day} de {name} de {day.year}"
        if lang in ("de", "da", "no", "fi", "hr", "sl"):
            return f"{day.day}. {name} {day.year}"
        if lang == "hu":
            return f"{day.year}. {name} {day.day}."
        return f"{day.day} {name} {day.year}"
    forms = {
        "iso": day.isoformat(),
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "eu": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "hl7": f"{day:%Y%m%d}",
        "long": f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}",
        "mdy": f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
        "mon": f"{day.day:02d}-{EN_MONTHS[day.month - 1][:3].upper()}-{day.year}",
        "ja": f"{day.year}年{day.month}月{day.day}日",
        "short": f"{day.month}/{day.day}/{day:%y}",
        "stamp": f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
        f"{rng.randint(0, 59):02d}Z",
        "edi": f"{day:%y%m%d}",
        "clf": f"{day.day:02d}/{EN_MONTHS[day.month - 1][:3]}/{day.year}:"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0000",
    }
    if form in forms:
        return forms[form]
    return forms[rng.choice(["iso", "us", "eu", "dot", "long", "mdy", "mon"])]


def a_day(ctx: Ctx, slot: str) -> date:
    rng = ctx.rng
    if slot == "udob":
        return U_TODAY - timedelta(days=rng.randint(365 * 2, 365 * 95))
    return U_TODAY - timedelta(days=rng.randint(0, 1500))


def age(ctx: Ctx, form: str) -> str:
    years = ctx.rng.randint(90, 107)
    if form == "words":
        tens = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        if years < 100:
            return "ninety" + (f"-{tens[years - 90]}" if years > 90 else "")
        return "one hundred" + (f" and {tens[years - 100]}" if years > 100 else "")
    return str(years)


# --- dispatch ------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "uper":
        return person(ctx)
    if slot == "unat":
        return national(ctx, form)
    makers: dict[str, Callable[[], str]] = {
        "utown": lambda: town(ctx),
        "uaddr": lambda: street_address(ctx, form),
        "upost": lambda: postcode(ctx),
        "ugeo": lambda: geo(ctx, form),
        "utel": lambda: tel(ctx, form),
        "ufax": lambda: tel(ctx, form),
        "umail": lambda: mail(ctx, form),
        "ussn": lambda: ssn(rng),
        "ucard": lambda: card_number(rng, form),
        "uiban": lambda: iban_value(ctx, form),
        "uip": lambda: ip(ctx, form),
        "uurl": lambda: web(ctx, form),
        "uphoto": lambda: web(ctx, "photo"),
        "udate": lambda: date_text(a_day(ctx, slot), form, rng),
        "udob": lambda: date_text(a_day(ctx, slot), form, rng),
        "uage": lambda: age(ctx, form),
        "uveh": lambda: vehicle(ctx, form),
        "udev": lambda: device(ctx, form),
        "umac": lambda: mac_address(ctx),
    }
    if slot in makers:
        return Value(makers[slot]())
    if slot in SHAPES:
        text = shaped(ctx, SHAPES[slot])
        return Value(ocr(text, rng) if form == "ocr" else text)
    raise KeyError(slot)


__all__ = ["SAFE_HARBOR", "SCHEMES", "SLOTS", "U_TODAY", "faker_for", "new_entity"]
