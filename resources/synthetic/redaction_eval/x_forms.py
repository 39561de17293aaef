"""Held-out X's values: identifiers as records carry them between systems.

Written in session 39 from the identifier classes and their published conventions (HIPAA
Safe Harbor's list, python-stdnum's schemes, ITU-T E.164 and national numbering plans as
`phonenumbers` holds them, ISO 13616 IBANs, ISO 3779 VINs, iCalendar and HL7 date forms),
not from any other split. Every value is drawn from the document's rng and Faker (each
seeded per document by generator.Ctx); dates count back from X_TODAY, never from the
clock, so a split rendered on any day is the same split.

Slots (X_SLOTS in generator.py; every name starts with "x"):

    xper / xscript   a person (any script / a script other than Latin)
    xtown            a town or city alone
    xaddr, xzip, xgeo  a street address, a postcode, coordinates
    xtel, xfax, xspoken  phone and fax numbers; one read aloud ("oh seven seven, double five")
    xmail            an e-mail address
    xnat, xssn, xpass  a national number (country by form or template), a US SSN, a passport
    xmrn, xplan, xclaim, xbio, xuid  record numbers: chart, health plan, claim, biometric
                     template, any other unique code (badge, study subject, employee)
    xacct, xsaid     an account number; one read aloud over the phone
    xcard, xiban     a payment card (Luhn), an IBAN (ISO 7064 mod 97-10)
    xip, xurl, xphoto  an IP address, a URL (query strings included), a photograph's link
    xdate, xdob, xage  a date tied to a person, a birth date, an age over 89
    xlic             a licence or certificate number (NPI, DEA, medical register, driving)
    xveh, xdev, xmac  a vehicle (VIN, plate), a device serial (IMEI, UDI), a MAC address

A value slot's form picks a way of writing it where it has several ("{xdate1.ical}",
"{xnat1.pl}", "{xtel1.e164}"); "{xnat1.label}" is what the document calls the number.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Iterable
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
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
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import X_KINDS, Ctx, Person, Value
from resources.synthetic.redaction_eval.world_names import world_names

X_TODAY = date(2026, 10, 23)  # the split's pinned day: every date counts back from it

SLOTS = X_KINDS

# HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i): (A) to (R), and the X slots that carry each.
SAFE_HARBOR = {
    "A names": ("xper", "xscript"),
    "B geographic subdivisions smaller than a state": ("xtown", "xaddr", "xzip", "xgeo"),
    "C dates and ages over 89": ("xdate", "xdob", "xage"),
    "D telephone numbers": ("xtel", "xspoken"),
    "E fax numbers": ("xfax",),
    "F e-mail addresses": ("xmail",),
    "G social security numbers": ("xssn",),
    "H medical record numbers": ("xmrn",),
    "I health plan beneficiary numbers": ("xplan",),
    "J account numbers": ("xacct", "xsaid", "xcard", "xiban"),
    "K certificate and licence numbers": ("xlic",),
    "L vehicle identifiers and plates": ("xveh",),
    "M device identifiers and serial numbers": ("xdev", "xmac"),
    "N web URLs": ("xurl",),
    "O IP addresses": ("xip",),
    "P biometric identifiers": ("xbio",),
    "Q full-face photographs": ("xphoto",),
    "R any other unique identifying number or code": ("xuid", "xclaim", "xnat", "xpass"),
}

# Countries of the split's own people (world_names snapshot keys) and numbers.
NAME_COUNTRIES = (
    "NG", "IN", "BE", "BR", "MX", "TR", "PH", "ID", "EG", "MA", "IR", "GH", "ET", "ZA",
    "FR", "ES", "PT", "NL", "SE", "FI", "PL", "HU", "CZ", "GR", "AL", "US", "JM", "HT",
    "CM", "AF", "WLS", "IE", "CO", "AR", "DZ", "BD", "IQ", "SA", "MY", "HR", "DK", "NO",
)  # fmt: skip
# Locales whose people are written in their own script (xscript).
NATIVE_LOCALES = (
    "ja_JP", "zh_CN", "zh_TW", "ko_KR", "ru_RU", "uk_UA", "el_GR", "bg_BG", "he_IL",
    "ar_AA", "fa_IR", "hi_IN", "th_TH", "ka_GE", "hy_AM", "bn_BD", "ta_IN", "ne_NP",
)  # fmt: skip

# ---------------------------------------------------------------- check digits (own code)


def luhn_digit(body: str) -> str:
    """The Luhn (ISO/IEC 7812-1) check digit of a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # doubled: the rightmost body digit sits next to the check digit
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


_VD = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VP = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip
_VINV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(body: str) -> str:
    """The Verhoeff (dihedral group D5) check digit, as Aadhaar numbers end with."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def iban_digits(country: str, bban: str) -> str:
    """The two IBAN check digits (ISO 7064 mod 97-10 over BBAN + country + "00")."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


_VIN_VALUE = {**{str(d): d for d in range(10)}}
for _letters, _start in (("ABCDEFGH", 1), ("JKLMN", 1), ("P", 7), ("R", 9), ("STUVWXYZ", 2)):
    for _i, _ch in enumerate(_letters):
        _VIN_VALUE[_ch] = _start + _i
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_digit(vin: str) -> str:
    """The ISO 3779 / 49 CFR 565 check character (position 9) of a 17-character VIN."""
    total = sum(_VIN_VALUE[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


def npi_digit(body9: str) -> str:
    """A US NPI's check digit: Luhn over the card-issuer prefix 80840 and nine digits."""
    return luhn_digit("80840" + body9)


# ---------------------------------------------------------------- helpers


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def past_day(rng: random.Random, lo: int, hi: int) -> date:
    """A day lo..hi days before X_TODAY."""
    return X_TODAY - timedelta(days=rng.randint(lo, hi))


def birth_day(rng: random.Random, lo_years: int = 1, hi_years: int = 88) -> date:
    return past_day(rng, 365 * lo_years, 365 * hi_years)


PAIRS = tuple(f"{k:02d}" for k in range(100))


def complete(
    body: str, valid: Callable[[str], bool], alphabet: Iterable[str] = string.digits
) -> str:
    """body plus the one character (or two digits) that makes it valid, or "" if none."""
    for ch in alphabet:
        if valid(body + ch):
            return body + ch
    return ""


# ---------------------------------------------------------------- people


class XPerson(Person):
    """A person with one more form: "native", family name then given name with no space
    (as Chinese, Japanese and Korean write a name in their own script)."""

    def form(self, form: str) -> str:
        if form == "native":
            return f"{self.last}{self.first}"
        return super().form(form)


def new_person(ctx: Ctx, native: bool) -> Person:
    rng = ctx.rng
    if native:
        loc = ctx.locale if ctx.locale in NATIVE_LOCALES else rng.choice(NATIVE_LOCALES)
        f = ctx.fake(loc)
        return XPerson(str(f.first_name()).strip(), str(f.last_name()).strip())
    if rng.random() < 0.45:
        names = world_names()[rng.choice(NAME_COUNTRIES)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
        if rng.random() < 0.12:
            second = rng.choice(names["last"])
            if second != last:
                last = f"{last}{rng.choice(['-', ' '])}{second}"
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if rng.random() < 0.15 else ""
    if middle == first:
        middle = ""
    return XPerson(first.strip(), last.strip(), middle.strip())


# ---------------------------------------------------------------- places


def _fake_or(ctx: Ctx, method: str) -> str:
    try:
        return str(getattr(ctx.fake(), method)())
    except AttributeError:
        return str(getattr(ctx.fake("en_US"), method)())


def street_address(ctx: Ctx, form: str) -> str:
    text = _fake_or(ctx, "address").strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "street":
        return _fake_or(ctx, "street_address").strip()
    sep = ctx.rng.choice([", ", ", ", " ", "; "])
    return sep.join(lines)


def geo(rng: random.Random, form: str) -> str:
    lat, lon = rng.uniform(-50.0, 66.0), rng.uniform(-160.0, 175.0)
    style = form or rng.choice(["dec", "geo", "dms", "pair"])
    if style == "geo":  # RFC 5870 / iCalendar GEO
        return f"{lat:.6f};{lon:.6f}" if form == "geo" else f"geo:{lat:.5f},{lon:.5f}"
    if style == "dms":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")

        def dms(x: float) -> str:
            sec = round(abs(x) * 3600)
            return f"{sec // 3600}°{sec % 3600 // 60}'{sec % 60}\""

        return f"{dms(lat)}{ns} {dms(lon)}{ew}"
    if style == "pair":
        return f"{lat:.4f} {lon:.4f}"
    return f"{lat:.5f},{lon:.5f}"


# ---------------------------------------------------------------- phones


def region_of(locale: str) -> str:
    region = locale.rsplit("_", 1)[-1].upper()
    if region == "AA" or len(region) != 2:
        return "AE"
    return region


def phone_number(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = region_of(ctx.locale)
    if form in ("us", "nanp"):
        region = "US"
    mobile = phonenumbers.PhoneNumberType.MOBILE
    example = phonenumbers.example_number_for_type(region, mobile) if rng.random() < 0.5 else None
    example = example or phonenumbers.example_number(region) or phonenumbers.example_number("US")
    assert example is not None
    nsn = str(example.national_number)
    number = example
    for attempt in range(120):
        keep = 1 if attempt < 60 else max(2, len(nsn) - 6)  # wide first, then near the example
        candidate = phonenumbers.parse(
            f"+{example.country_code}{nsn[:keep]}{digits(rng, len(nsn) - keep)}", None
        )
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    style = form if form in ("intl", "e164", "national", "rfc", "dots", "plain") else ""
    style = style or rng.choice(["intl", "intl", "e164", "national", "national", "dots"])
    if style == "intl":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if style == "rfc":
        return phonenumbers.format_number(number, fmt.RFC3966)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    if style == "dots":
        return "".join(ch if ch.isdigit() else "." for ch in national).strip(".").replace("..", ".")
    if style == "plain":
        return "".join(ch for ch in national if ch.isdigit())
    return national


SPOKEN = {
    "en": ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
}
DOUBLE = {"en": "double", "de": "doppel", "fr": "deux fois", "es": "doble", "nl": "dubbel"}


def read_aloud(rng: random.Random, number: str, lang: str) -> str:
    """A number as someone reads it down the line: grouped, spaced, partly spelled."""
    words = SPOKEN.get(lang, SPOKEN["en"])
    style = rng.randrange(4)
    groups: list[str] = []
    i = 0
    while i < len(number):
        size = rng.choice([2, 3, 3, 4])
        groups.append(number[i : i + size])
        i += size
    if style == 0:  # every digit spaced
        return " ".join(number)
    if style == 1:  # groups, as digits
        return rng.choice([" ", " - ", ", ", "... "]).join(groups)
    out: list[str] = []
    for g in groups:
        said: list[str] = []
        j = 0
        while j < len(g):
            d = g[j]
            if lang in DOUBLE and j + 1 < len(g) and g[j + 1] == d and style == 2:
                said.append(f"{DOUBLE[lang]} {words[int(d)]}")
                j += 2
                continue
            said.append(words[int(d)] if style == 2 or rng.random() < 0.5 else d)
            j += 1
        out.append(" ".join(said))
    return ", ".join(out)


# ---------------------------------------------------------------- national numbers


def _born(rng: random.Random) -> date:
    return birth_day(rng, 18, 85)


def _us(rng: random.Random) -> str:
    while True:
        n = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(n):
            return us_ssn.format(n) if rng.random() < 0.7 else n


def _gb(rng: random.Random) -> str:
    while True:
        n = complete(str(rng.randint(4, 7)) + digits(rng, 8), nhs.is_valid)
        if n:
            return nhs.format(n) if rng.random() < 0.6 else n


def _ca(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 4, 5, 6, 7, 9])) + digits(rng, 7)
    n = body + luhn_digit(body)
    return sin.format(n) if rng.random() < 0.6 else n


def _fr(rng: random.Random) -> str:
    b = _born(rng)
    dep = rng.choice(["75", "13", "69", "33", "59", "2A", "44", "67", "31", "06"])
    body = f"{rng.choice('12')}{b:%y%m}{dep}{rng.randint(1, 989):03d}{rng.randint(1, 999):03d}"
    n = complete(body, nir.is_valid, PAIRS)
    return nir.format(n) if rng.random() < 0.6 else n


def _de(rng: random.Random) -> str:
    while True:
        n = complete(str(rng.randint(1, 9)) + digits(rng, 9), idnr.is_valid)
        if n:
            return idnr.format(n) if rng.random() < 0.4 else n


def _it(rng: random.Random, f: object) -> str:
    while True:
        n = str(f.ssn()).upper()  # type: ignore[attr-defined]
        if codicefiscale.is_valid(n):
            return n


def _es(rng: random.Random) -> str:
    n = f"{rng.randint(1, 99999999):08d}"
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def _pt(rng: random.Random) -> str:
    while True:
        n = complete(str(rng.choice("12")) + digits(rng, 7), nif.is_valid)
        if n:
            return n


def _nl(rng: random.Random) -> str:
    while True:
        n = complete(str(rng.randint(1, 6)) + digits(rng, 7), bsn.is_valid)
        if n:
            return n if rng.random() < 0.6 else f"{n[:4]}.{n[4:6]}.{n[6:]}"


def _be(rng: random.Random) -> str:
    b = _born(rng)
    body = f"{b:%y%m%d}{rng.randint(1, 997):03d}"
    n = complete(body, be_nn.is_valid, PAIRS)
    return be_nn.format(n) if rng.random() < 0.6 else n


def _pl(rng: random.Random) -> str:
    b = _born(rng)
    month = b.month + (20 if b.year >= 2000 else 0)
    return complete(f"{b:%y}{month:02d}{b:%d}{digits(rng, 4)}", pesel.is_valid)


def _cz(rng: random.Random) -> str:
    while True:
        b = _born(rng)
        if b.year < 1954:
            continue
        month = b.month + (50 if rng.random() < 0.5 else 0)
        n = complete(f"{b:%y}{month:02d}{b:%d}{digits(rng, 3)}", rc.is_valid)
        if n:
            return rc.format(n) if rng.random() < 0.7 else n


def _se(rng: random.Random) -> str:
    b = _born(rng)
    body = f"{b:%y%m%d}{digits(rng, 3)}"
    n = body + luhn_digit(body)
    assert personnummer.is_valid(n)
    return f"{b.year // 100}{n[:6]}-{n[6:]}" if rng.random() < 0.4 else f"{n[:6]}-{n[6:]}"


def _no(rng: random.Random) -> str:
    while True:
        b = _born(rng)
        if b.year >= 2000:
            continue
        n = complete(f"{b:%d%m%y}{rng.randint(0, 499):03d}", fodselsnummer.is_valid, PAIRS)
        if n:
            return n if rng.random() < 0.5 else f"{n[:6]} {n[6:]}"


def _dk(rng: random.Random) -> str:
    while True:
        b = _born(rng)
        n = f"{b:%d%m%y}{digits(rng, 4)}"
        if cpr.is_valid(n):
            return cpr.format(n)


def _fi(rng: random.Random) -> str:
    while True:
        b = _born(rng)
        sep = "A" if b.year >= 2000 else "-"
        n = complete(f"{b:%d%m%y}{sep}{rng.randint(2, 899):03d}", hetu.is_valid,
                     string.digits + "ABCDEFHJKLMNPRSTUVWXY")  # fmt: skip
        if n:
            return n


def _in(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + digits(rng, 10)
    n = body + verhoeff_digit(body)
    assert aadhaar.is_valid(n)
    return aadhaar.format(n) if rng.random() < 0.7 else n


def _kr(rng: random.Random) -> str:
    while True:
        b = _born(rng)
        sex = rng.choice("12") if b.year < 2000 else rng.choice("34")
        n = complete(f"{b:%y%m%d}{sex}{digits(rng, 5)}", rrn.is_valid)
        if n:
            return rrn.format(n)


def _tr(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 8)
        n = complete(body, tckimlik.is_valid, PAIRS)
        if n:
            return n


def _br(rng: random.Random) -> str:
    while True:
        n = complete(digits(rng, 9), cpf.is_valid, PAIRS)
        if n:
            return cpf.format(n) if rng.random() < 0.7 else n


def _za(rng: random.Random) -> str:
    b = _born(rng)
    body = f"{b:%y%m%d}{rng.randint(0, 9999):04d}{rng.choice('01')}8"
    n = body + luhn_digit(body)
    assert za_idnr.is_valid(n)
    return n if rng.random() < 0.6 else f"{n[:6]} {n[6:10]} {n[10:]}"


def _il(rng: random.Random) -> str:
    body = digits(rng, 8)
    return complete(body, il_idnr.is_valid)


def _au(rng: random.Random) -> str:
    while True:
        n = complete(str(rng.randint(1, 9)) + digits(rng, 7), tfn.is_valid)
        if n:
            return tfn.format(n)


def _cl(rng: random.Random) -> str:
    body = str(rng.randint(5_000_000, 25_999_999))
    n = complete(body, rut.is_valid, string.digits + "K")
    return rut.format(n) if n else _cl(rng)


def _ar(rng: random.Random) -> str:
    body = rng.choice(["20", "27", "23"]) + f"{rng.randint(10_000_000, 45_999_999)}"
    n = complete(body, cuit.is_valid)
    if not n:
        return _ar(rng)
    return cuit.format(n)


def _ro(rng: random.Random) -> str:
    b = _born(rng)
    sex = rng.choice("12") if b.year < 2000 else rng.choice("56")
    body = f"{sex}{b:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return complete(body, cnp.is_valid) or _ro(rng)


def _hr(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + digits(rng, 9)
    return complete(body, oib.is_valid) or _hr(rng)


def _is(rng: random.Random) -> str:
    while True:
        b = _born(rng)
        century = "9" if b.year < 2000 else "0"
        n = complete(f"{b:%d%m%y}{rng.randint(20, 99):02d}", kennitala.is_valid,
                     [f"{k}{century}" for k in range(10)])  # fmt: skip
        if n:
            return kennitala.format(n)


def _ie(rng: random.Random) -> str:
    n = complete(digits(rng, 7), pps.is_valid, string.ascii_uppercase)
    return n + ("W" if rng.random() < 0.1 and pps.is_valid(n + "W") else "")


def _ch(rng: random.Random) -> str:
    body = "756" + digits(rng, 9)
    n = complete(body, ch_ssn.is_valid)
    return ch_ssn.format(n)


NATIONAL: dict[str, tuple[tuple[str, ...], Callable[[random.Random], str]]] = {
    "US": (("SSN", "Social Security No.", "SS#"), _us),
    "GB": (("NHS number", "NHS No"), _gb),
    "CA": (("SIN", "NAS", "Social Insurance Number"), _ca),
    "FR": (("NIR", "n° de sécurité sociale", "numéro INSEE"), _fr),
    "DE": (("Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr"), _de),
    "ES": (("DNI", "D.N.I."), _es),
    "PT": (("NIF", "Número de contribuinte"), _pt),
    "NL": (("BSN", "burgerservicenummer"), _nl),
    "BE": (("Rijksregisternummer", "numéro national", "NISS"), _be),
    "PL": (("PESEL",), _pl),
    "CZ": (("rodné číslo", "RČ"), _cz),
    "SE": (("personnummer", "pnr"), _se),
    "NO": (("fødselsnummer", "fnr"), _no),
    "DK": (("CPR-nr.", "CPR"), _dk),
    "FI": (("henkilötunnus", "HETU"), _fi),
    "IN": (("Aadhaar", "आधार"), _in),
    "KR": (("주민등록번호", "RRN"), _kr),
    "TR": (("T.C. Kimlik No", "TCKN"), _tr),
    "BR": (("CPF",), _br),
    "ZA": (("ID number", "SA ID"), _za),
    "IL": (("מספר זהות", "Teudat Zehut"), _il),
    "AU": (("TFN", "Tax File Number"), _au),
    "CL": (("RUT", "RUN"), _cl),
    "AR": (("CUIL", "CUIT"), _ar),
    "RO": (("CNP", "cod numeric personal"), _ro),
    "HR": (("OIB",), _hr),
    "IS": (("kennitala", "kt."), _is),
    "CH": (("AHV-Nr.", "AVS", "N° AVS"), _ch),
    "IE": (("PPS No.", "PPSN"), _ie),
}
VALIDATORS: dict[str, Callable[[str], bool]] = {
    "US": us_ssn.is_valid, "GB": nhs.is_valid, "CA": sin.is_valid, "FR": nir.is_valid,
    "DE": idnr.is_valid, "ES": dni.is_valid, "PT": nif.is_valid, "NL": bsn.is_valid,
    "BE": be_nn.is_valid, "PL": pesel.is_valid, "CZ": rc.is_valid,
    "SE": personnummer.is_valid, "NO": fodselsnummer.is_valid, "DK": cpr.is_valid,
    "FI": hetu.is_valid, "IN": aadhaar.is_valid, "KR": rrn.is_valid,
    "TR": tckimlik.is_valid, "BR": cpf.is_valid, "ZA": za_idnr.is_valid,
    "IL": il_idnr.is_valid, "AU": tfn.is_valid, "CL": rut.is_valid, "AR": cuit.is_valid,
    "RO": cnp.is_valid, "HR": oib.is_valid, "IS": kennitala.is_valid, "CH": ch_ssn.is_valid,
    "IT": codicefiscale.is_valid,
    "IE": pps.is_valid,
}  # fmt: skip
# Locale -> the country whose number a document of that locale carries by default.
LOCALE_COUNTRY = {
    "en_US": "US", "en_GB": "GB", "en_CA": "CA", "fr_CA": "CA", "fr_FR": "FR", "de_DE": "DE",
    "es_ES": "ES", "pt_PT": "PT", "nl_NL": "NL", "nl_BE": "BE", "fr_BE": "BE", "pl_PL": "PL",
    "cs_CZ": "CZ", "sv_SE": "SE", "no_NO": "NO", "da_DK": "DK", "fi_FI": "FI", "hi_IN": "IN",
    "en_IN": "IN", "ko_KR": "KR", "tr_TR": "TR", "pt_BR": "BR", "zu_ZA": "ZA", "he_IL": "IL",
    "en_AU": "AU", "es_CL": "CL", "es_AR": "AR", "ro_RO": "RO", "hr_HR": "HR", "it_IT": "IT",
    "de_CH": "CH",
    "en_IE": "IE", "fr_CH": "CH",
}  # fmt: skip


def national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = form.upper() if form.upper() in VALIDATORS else ""
    if not country:
        pool = ctx.template.id_countries if ctx.template and ctx.template.id_countries else ()
        country = (
            rng.choice(pool)
            if pool
            else LOCALE_COUNTRY.get(ctx.locale) or rng.choice(sorted(NATIONAL))
        )
    if country == "IT":
        text = _it(rng, ctx.fake("it_IT"))
        return Value(text, rng.choice(["codice fiscale", "C.F.", "CF"]))
    labels, draw = NATIONAL[country]
    return Value(draw(rng), rng.choice(labels))


def ssn(rng: random.Random, form: str) -> str:
    while True:
        n = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(n):
            break
    style = form or rng.choice(["dash", "dash", "space", "plain"])
    if style == "space":
        return f"{n[:3]} {n[3:5]} {n[5:]}"
    if style == "plain":
        return n
    return f"{n[:3]}-{n[3:5]}-{n[5:]}"


def passport(ctx: Ctx) -> str:
    rng = ctx.rng
    style = rng.randrange(4)
    if style == 0:
        try:
            return str(ctx.fake().passport_number())
        except AttributeError:
            pass
    if style == 1:  # ICAO-style letters and digits
        return letters(rng, 2) + digits(rng, 7)
    if style == 2:
        return letters(rng, 1) + digits(rng, 8)
    return digits(rng, 9)


# ---------------------------------------------------------------- record numbers


def record(rng: random.Random, slot: str, form: str) -> str:
    if slot == "xmrn":
        style = form or rng.choice(["digits", "dash", "prefixed", "year", "zeros"])
        if style == "dash":
            return f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"
        if style == "prefixed":
            return f"{letters(rng, rng.choice([1, 2, 3]))}{digits(rng, 7)}"
        if style == "year":
            return f"{rng.randint(2015, 2026)}-{digits(rng, 6)}"
        if style == "zeros":
            return "000" + digits(rng, 6)
        return str(rng.randint(10**6, 10**9))
    if slot == "xplan":
        style = form or rng.choice(["bcbs", "kvnr", "member", "medicaid", "ehic"])
        if style == "kvnr":  # German health insurance number: letter + 9 digits
            return letters(rng, 1) + digits(rng, 9)
        if style == "bcbs":
            return letters(rng, 3) + digits(rng, 9)
        if style == "medicaid":
            return letters(rng, 2) + digits(rng, 5) + letters(rng, 1)
        if style == "ehic":
            return "80" + digits(rng, 18)
        return f"{digits(rng, 9)}-{digits(rng, 2)}"
    if slot == "xclaim":
        style = form or rng.choice(["icn", "dash", "letters"])
        if style == "icn":
            return digits(rng, 13)
        if style == "dash":
            return f"CLM-{rng.randint(2019, 2026)}-{digits(rng, 7)}"
        return letters(rng, 2) + digits(rng, 10)
    if slot == "xbio":
        kind = rng.choice(["FP", "VP", "IRIS", "FACE", "PALM"])
        return f"{kind}-{digits(rng, 4)}-{letters(rng, 2, 'ABCDEF0123456789')}{digits(rng, 4)}"
    # xuid: other unique codes
    style = form or rng.choice(["badge", "subject", "emp", "hex", "ticket"])
    if style == "badge":
        return f"B{digits(rng, 6)}"
    if style == "subject":
        return f"{letters(rng, 3)}-{digits(rng, 3)}-{digits(rng, 4)}"
    if style == "emp":
        return f"E{digits(rng, 5)}"
    if style == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(12))
    return f"{letters(rng, 3)}{digits(rng, 7)}"


# ---------------------------------------------------------------- money


def card(rng: random.Random, form: str) -> str:
    prefix = rng.choice(["4", "51", "52", "55", "2221", "34", "37", "6011", "35"])
    length = 15 if prefix in ("34", "37") else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    n = body + luhn_digit(body)
    assert std_luhn.is_valid(n)
    style = form or rng.choice(["plain", "space", "dash", "space"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if length == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


IBAN_SHAPES = {
    "DE": "8n10n", "GB": "4a14n", "NL": "4a10n", "AT": "16n", "CH": "17n", "PL": "24n",
    "SE": "20n", "DK": "14n", "FI": "14n", "IE": "4a14n", "LT": "16n", "LU": "16n",
    "HU": "24n", "RO": "4a16n", "CZ": "20n", "SK": "20n", "TR": "22n", "GR": "23n",
    "SA": "20n", "AE": "19n", "IL": "19n", "CY": "24n", "LV": "4a13n", "EE": "16n",
}  # fmt: skip


def iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    country = form.upper() if form.upper() in IBAN_SHAPES else ""
    country = country or {"de": "DE", "nl": "NL", "pl": "PL", "sv": "SE"}.get(ctx.locale[:2], "")
    country = country or rng.choice(sorted(IBAN_SHAPES))
    for _ in range(200):
        bban = ""
        for part in IBAN_SHAPES[country].replace("n", "n ").replace("a", "a ").split():
            size, kind = int(part[:-1]), part[-1]
            bban += letters(rng, size) if kind == "a" else digits(rng, size)
        raw = country + iban_digits(country, bban) + bban
        if std_iban.is_valid(raw):
            break
    if rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def account(rng: random.Random, form: str) -> str:
    style = form or rng.choice(["us", "uk", "plain", "dash", "routing"])
    if style == "uk":
        return f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} {digits(rng, 8)}"
    if style == "dash":
        return f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}"
    if style == "routing":
        return f"{digits(rng, 9)} {digits(rng, 10)}"
    if style == "plain":
        return digits(rng, rng.choice([8, 10, 12]))
    return digits(rng, 10)


# ---------------------------------------------------------------- net


def ip(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    style = form or rng.choice(["v4", "v4", "v4", "private", "v6"])
    if style == "v6":
        return str(f.ipv6())
    if style == "private":
        return str(f.ipv4_private())
    return str(f.ipv4_public())


def url_for(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    who = people[0] if people else new_person(ctx, False)
    first, last = (
        "".join(ch for ch in unidecode(w).lower() if ch.isalnum()) or "x"
        for w in (who.first, who.last)
    )
    host = str(f.domain_name())
    style = form or rng.choice(["query", "profile", "share", "path", "deep"])
    if style == "query":
        return (
            f"https://portal.{host}/patient/view?id={rng.randint(10**5, 10**8)}"
            f"&name={last}%2C{first}&dob={rng.randint(1930, 2010)}"
        )
    if style == "profile":
        return f"https://www.{host}/people/{first}-{last}"
    if style == "share":
        return f"https://share.{host}/s/{letters(rng, 10, string.ascii_letters + string.digits)}"
    if style == "deep":
        return f"{host}/records/{rng.randint(1000, 99999)}?ref=mail&u={first}.{last}"
    return f"http://{host}/~{first[:1]}{last}/cv.pdf"


def photo(ctx: Ctx) -> str:
    rng = ctx.rng
    host = str(ctx.fake("en_US").domain_name())
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    tag = "".join(ch for ch in unidecode(people[0].last).lower() if ch.isalnum()) if people else ""
    name = f"{tag or 'id'}_{digits(rng, 6)}_face.{rng.choice(['jpg', 'png', 'jpeg'])}"
    return rng.choice(
        [
            f"https://img.{host}/portraits/{name}",
            f"https://{host}/badge-photos/{digits(rng, 5)}.jpg",
            f"s3://{host.split('.', maxsplit=1)[0]}-ids/photos/{name}",
        ]
    )


def mac(rng: random.Random, form: str) -> str:
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFC
    style = form or rng.choice(["colon", "dash", "cisco", "upper"])
    hexes = [f"{o:02x}" for o in octets]
    if style == "dash":
        return "-".join(hexes).upper()
    if style == "cisco":
        flat = "".join(hexes)
        return ".".join(flat[i : i + 4] for i in range(0, 12, 4))
    if style == "upper":
        return ":".join(hexes).upper()
    return ":".join(hexes)


# ---------------------------------------------------------------- dates and ages

MONTHS_EN = [
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
MONTHS_X = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
    "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "vi": "tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|"
    "tháng 11|tháng 12",
}
ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
]


def month_name(lang: str, month: int) -> str:
    if lang == "en":
        return MONTHS_EN[month - 1]
    table = MONTHS_X[lang]
    names = table.split("|") if "|" in table else table.split()
    return names[month - 1]


DATE_STYLES = (
    "iso", "us", "eu", "slash", "hl7", "ical", "long", "mdy_long", "de", "fr", "es", "ja",
    "ko", "zh", "ru", "rfc", "spoken", "dash_mon", "serial", "yymmdd", "pl", "it", "nl",
    "pt", "tr", "el", "sv", "dotted_short", "id", "vi", "uk", "hl7ts", "fhir",
    "icallocal", "dash_eu",
)  # fmt: skip
LOCALE_STYLES = {
    "en_US": ("us", "mdy_long", "iso"), "en_GB": ("slash", "long", "iso"),
    "de": ("eu", "de"), "fr": ("slash", "fr"), "es": ("slash", "es"), "ja": ("ja", "iso"),
    "ko": ("ko", "iso"), "zh": ("zh", "iso"), "ru": ("eu", "ru"), "pl": ("eu", "pl"),
    "it": ("slash", "it"), "nl": ("dash_eu", "nl"), "pt": ("slash", "pt"), "tr": ("eu", "tr"),
    "el": ("slash", "el"), "sv": ("iso", "sv"), "id": ("slash", "id"), "vi": ("slash", "vi"),
    "uk": ("eu", "uk"),
}  # fmt: skip


def write_date(rng: random.Random, day: date, style: str) -> str:
    d, m, y = day.day, day.month, day.year
    if style == "iso":
        return day.isoformat()
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}" if rng.random() < 0.6 else f"{m}/{d}/{y}"
    if style == "eu":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash_eu":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "hl7":
        return f"{y}{m:02d}{d:02d}"
    if style == "hl7ts":
        return f"{y}{m:02d}{d:02d}{rng.randint(6, 22):02d}{rng.choice([0, 15, 30, 45]):02d}"
    if style == "icallocal":
        return f"{y}{m:02d}{d:02d}T{rng.randint(7, 18):02d}{rng.choice([0, 30]):02d}00"
    if style == "ical":
        return f"{y}{m:02d}{d:02d}T{rng.randint(7, 18):02d}{rng.choice([0, 30]):02d}00Z"
    if style == "fhir":
        return f"{day.isoformat()}T{rng.randint(6, 22):02d}:{rng.choice([0, 15, 30]):02d}:00Z"
    if style == "long":
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if style == "mdy_long":
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if style == "dash_mon":
        return f"{d:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}"
    if style == "dotted_short":
        return f"{d}.{m}.{y % 100:02d}"
    if style == "yymmdd":
        return f"{y % 100:02d}{m:02d}{d:02d}"
    if style == "serial":  # a spreadsheet's day number (1900 date system)
        return str((day - date(1899, 12, 30)).days)
    if style == "rfc":
        wd = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
        zone = rng.choice(["+0000", "+0100", "+0200", "-0500", "+0530", "+0900"])
        hh, mm, ss = rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59)
        return f"{wd}, {d} {MONTHS_EN[m - 1][:3]} {y} {hh:02d}:{mm:02d}:{ss:02d} {zone}"
    if style == "spoken":
        return f"the {ORDINAL_WORDS[d - 1]} of {MONTHS_EN[m - 1]} {y}"
    if style == "ja":
        return f"{y}年{m}月{d}日"
    if style == "zh":
        return f"{y}年{m:02d}月{d:02d}日" if rng.random() < 0.5 else f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "de":
        return f"{d}. {month_name('de', m)} {y}"
    if style == "es":
        return f"{d} de {month_name('es', m)} de {y}"
    if style == "pt":
        return f"{d} de {month_name('pt', m)} de {y}"
    if style == "ru":
        return f"{d} {month_name('ru', m)} {y} г."
    if style == "vi":
        return f"ngày {d} {month_name('vi', m)} năm {y}"
    if style in MONTHS_X:
        return f"{d} {month_name(style, m)} {y}"
    return day.isoformat()


DAYS_KEY = "_xdays"  # not a slot: where a document keeps the days its dates drew, in order


def date_value(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "xdob":
        day = birth_day(rng, 1, 88)
    else:
        # A document's later dates follow its first (admitted, then discharged; sent, then
        # replied), each within weeks of the one before and none after X_TODAY.
        days = ctx.entities.setdefault(DAYS_KEY, [])
        assert isinstance(days, list)
        if days:
            last = days[-1]
            day = last + timedelta(days=rng.randint(0, min(60, (X_TODAY - last).days)))
        else:
            day = past_day(rng, 0, 1100)
        days.append(day)
    style = form if form in DATE_STYLES else ""
    if not style:
        styles = LOCALE_STYLES.get(ctx.locale) or LOCALE_STYLES.get(ctx.locale[:2])
        style = rng.choice(styles or ("iso", "slash", "long", "us"))
    return write_date(rng, day, style)


AGE_WORDS = {
    "en": ("ninety", "one hundred"),
    "de": ("neunzig", "hundert"),
    "fr": ("quatre-vingt-dix", "cent"),
    "es": ("noventa", "cien"),
}
UNITS = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": [
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
    ],
    "es": ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
}


def age(rng: random.Random, form: str) -> str:
    n = rng.randint(90, 104)
    if form not in AGE_WORDS:
        return str(n)
    tens, hundred = AGE_WORDS[form]
    u = n % 10
    if n >= 100:
        if u == 0:
            return hundred
        joiner = {"en": " and ", "de": "", "fr": " ", "es": "to "}[form]
        word = UNITS[form][u - 1] if form != "fr" else ["un", "deux", "trois", "quatre"][u - 1]
        return f"{hundred}{joiner}{word}" if form != "es" else f"ciento {UNITS['es'][u - 1]}"
    if u == 0:
        return tens
    if form == "en":
        return f"{tens}-{UNITS['en'][u - 1]}"
    if form == "de":
        return f"{UNITS['de'][u - 1]}und{tens}"
    if form == "fr":
        return f"quatre-vingt-{UNITS['fr'][u - 1]}"
    return f"{tens} y {UNITS['es'][u - 1]}"


# ---------------------------------------------------------------- licences, vehicles, devices


def licence(rng: random.Random, form: str) -> str:
    style = form or rng.choice(["npi", "dea", "gmc", "state", "dl", "rn", "lanr"])
    if style == "npi":
        body = rng.choice("12") + digits(rng, 8)
        return body + npi_digit(body)
    if style == "dea":
        d = [rng.randrange(10) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return rng.choice("ABFGM") + letters(rng, 1) + "".join(map(str, d)) + str(check)
    if style == "gmc":
        return str(rng.randint(2_000_000, 7_999_999))
    if style == "state":
        return f"{letters(rng, 2)}-{rng.choice(['MD', 'DO', 'RN', 'PA'])}-{digits(rng, 6)}"
    if style == "rn":
        return f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 4)}{letters(rng, 1)}"
    if style == "lanr":  # German physician number: 6 digits + check + 2-digit specialty
        return digits(rng, 9)
    # a driving licence: letters and digits, as most issuers print them
    return f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "JHM", "WVW", "WBA", "VF1", "KMH", "YV1"])
    vds = "".join(rng.choice(VIN_CHARS) for _ in range(5))
    year = rng.choice("ABCDEFGHJKLMNPRST123456789")
    plant = rng.choice(VIN_CHARS)
    serial = digits(rng, 6)
    raw = wmi + vds + "0" + year + plant + serial
    return raw[:8] + vin_digit(raw) + raw[9:]


def vehicle(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["vin", "plate", "plate"])
    if style == "vin":
        return vin(rng)
    try:
        return str(ctx.fake().license_plate())
    except AttributeError:
        return str(ctx.fake("en_GB").license_plate())


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["imei", "udi", "pacer", "pump", "hex"])
    if style == "imei":
        body = rng.choice(["35", "86", "01"]) + digits(rng, 12)
        return body + luhn_digit(body)
    if style == "udi":
        body = "0" + digits(rng, 12)
        odd = sum(int(c) for c in body[-1::-2]) * 3 + sum(int(c) for c in body[-2::-2])
        gtin = body + str((10 - odd % 10) % 10)
        lot = letters(rng, 2) + digits(rng, 5)
        return f"(01){gtin}(21){lot}"
    if style == "pacer":
        return f"{letters(rng, 3)}{digits(rng, 6)}{letters(rng, 1)}"
    if style == "pump":
        return f"SN {digits(rng, 4)}-{digits(rng, 5)}"
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(16))


# ---------------------------------------------------------------- dispatch

LOOKALIKE = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "O": "0", "I": "1", "S": "5"}


def ocr(rng: random.Random, text: str) -> str:
    """text with some characters read as their look-alikes (at least one where any can be)."""
    places = [i for i, ch in enumerate(text) if ch in LOOKALIKE]
    if not places:
        return text
    chosen = {i for i in places if rng.random() < 0.3} or {rng.choice(places)}
    return "".join(LOOKALIKE[ch] if i in chosen else ch for i, ch in enumerate(text))


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    form = "" if form == "label" else form
    if form == "ocr":  # as a scanner's text layer reads it: look-alike characters
        value = new_entity(ctx, slot, "")
        if isinstance(value, Value):
            return Value(ocr(rng, value.text), value.label)
        return value
    if slot == "xper":
        return new_person(ctx, False)
    if slot == "xscript":
        return new_person(ctx, True)
    if slot == "xtown":
        return Value(_fake_or(ctx, "city").strip())
    if slot == "xaddr":
        return Value(street_address(ctx, form))
    if slot == "xzip":
        return Value(_fake_or(ctx, "postcode").strip())
    if slot == "xgeo":
        return Value(geo(rng, form))
    if slot in ("xtel", "xfax"):
        return Value(phone_number(ctx, form))
    if slot == "xspoken":
        number = "".join(ch for ch in phone_number(ctx, "national") if ch.isdigit())
        return Value(read_aloud(rng, number, form or "en"))
    if slot == "xmail":
        return Value(mail(ctx, form))
    if slot == "xnat":
        return national(ctx, form)
    if slot == "xssn":
        return Value(ssn(rng, form), rng.choice(["SSN", "Social Security No.", "SS#"]))
    if slot == "xpass":
        return Value(passport(ctx), rng.choice(["Passport No.", "passport", "Reisepass-Nr."]))
    if slot in ("xmrn", "xplan", "xclaim", "xbio", "xuid"):
        return Value(record(rng, slot, form))
    if slot == "xacct":
        return Value(account(rng, form))
    if slot == "xsaid":
        return Value(read_aloud(rng, digits(rng, rng.choice([8, 10, 12])), form or "en"))
    if slot == "xcard":
        return Value(card(rng, form))
    if slot == "xiban":
        return Value(iban(ctx, form))
    if slot == "xip":
        return Value(ip(ctx, form))
    if slot == "xurl":
        return Value(url_for(ctx, form))
    if slot == "xphoto":
        return Value(photo(ctx))
    if slot in ("xdate", "xdob"):
        return Value(date_value(ctx, slot, form))
    if slot == "xage":
        return Value(age(rng, form))
    if slot == "xlic":
        return Value(licence(rng, form))
    if slot == "xveh":
        return Value(vehicle(ctx, form))
    if slot == "xdev":
        return Value(device(ctx, form))
    if slot == "xmac":
        return Value(mac(rng, form))
    raise KeyError(slot)


def mail(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    domain = rng.choice(
        ["gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "naver.com",
         "mail.ru", "icloud.com", "proton.me", "gmx.at", "libero.it", "seznam.cz"]
    )  # fmt: skip
    if form == "work" or rng.random() < 0.3:
        domain = str(ctx.fake("en_US").domain_name())
    if not people or rng.random() < 0.2:
        return f"{ctx.fake('en_US').user_name()}@{domain}"
    who = rng.choice(people)
    first, last = (
        "".join(ch for ch in unidecode(w).lower() if ch.isalnum()) for w in (who.first, who.last)
    )
    first = first or "info"
    last = last or str(rng.randint(10, 99))
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first[0]}",
            f"{first}{rng.randint(1, 99)}",
            f"{first}_{last}",
        ]
    )
    return f"{user}@{domain}"
