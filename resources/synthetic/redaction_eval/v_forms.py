"""Held-out V's slots: people, places and numbers as V's documents write them.

Written in session 37 from the identifier classes (HIPAA Safe Harbor's eighteen, 45 CFR
164.514(b)(2)(i)) and the conventions of the countries V's documents come from, not from
any other split. Every slot starts with "v"; the generator hands them here (V_SLOTS).

Dates count back from the pinned day V_TODAY, never from the clock. National numbers are
drawn by this module's own check-digit code (Luhn, Verhoeff, ISO 7064 mod 97-10, the NHS
modulus 11, the VIN weights) and each is accepted only when `python-stdnum` accepts it too.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import ean
from stdnum import iban as iban_check
from stdnum.ar import cuit
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.co import nit
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.nz import ird
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import (
    DATE_PART,
    Ctx,
    Person,
    Value,
    _date_part,
)
from resources.synthetic.redaction_eval.world_names import world_names

V_TODAY = date(2026, 10, 23)


# Safe Harbor's eighteen classes and the V slots that carry each.
HIPAA_CLASSES = {
    "names": ("vper",),
    "geographic subdivisions smaller than a state": ("vaddr", "vtown", "vpost", "vgeo"),
    "dates (except year) and ages over 89": ("vdate", "vdob", "vage"),
    "telephone numbers": ("vtel",),
    "fax numbers": ("vfax",),
    "electronic mail addresses": ("vmail",),
    "social security numbers": ("vssn",),
    "medical record numbers": ("vmrn",),
    "health plan beneficiary numbers": ("vplan",),
    "account numbers": ("vacct", "vcard", "viban"),
    "certificate/license numbers": ("vlic",),
    "vehicle identifiers and serial numbers": ("vveh",),
    "device identifiers and serial numbers": ("vdev", "vmac"),
    "web universal resource locators": ("vurl",),
    "internet protocol addresses": ("vip",),
    "biometric identifiers": ("vbio",),
    "full-face photographs": ("vphoto",),
    "any other unique identifying number": ("vref", "vnat", "vpass"),
}


# --- check digits, written here and tested against published worked examples ---------


def luhn_digit(body: str) -> str:
    """The Luhn check digit for `body` (ISO/IEC 7812-1)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
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
    """The Verhoeff check digit for `body` (dihedral group D5)."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def iban_digits(country: str, bban: str) -> str:
    """The two IBAN check digits (ISO 13616, ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    number = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(number) % 97:02d}"


def nhs_digit(body: str) -> str:
    """The NHS number check digit (modulus 11, weights 10..2); "" when 10 (no such number)."""
    total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return "0"
    return "" if check == 10 else str(check)


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_digit(vin: str) -> str:
    """The North American VIN check digit (position 9): weighted sum mod 11, 10 is "X"."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


# --- national numbers -------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _born(rng: random.Random, lo: int = 18, hi: int = 88) -> date:
    return V_TODAY - timedelta(days=rng.randint(365 * lo, 365 * hi))


def _complete(prefix: str, valid: Callable[[str], bool], width: int = 1) -> str:
    """`prefix` and the first check suffix (digits, then letters) that `valid` accepts."""
    if width == 1:
        options = list(string.digits + string.ascii_uppercase)
    else:
        options = [f"{i:0{width}d}" for i in range(10**width)]
    for tail in options:
        if valid(prefix + tail):
            return prefix + tail
    return ""


@dataclass(frozen=True)
class Scheme:
    country: str
    labels: tuple[str, ...]
    make: Callable[[random.Random], str]  # "" when the draw failed (the caller redraws)
    valid: Callable[[str], bool]


def _pl(rng: random.Random) -> str:
    d = _born(rng)
    month = d.month + (20 if d.year >= 2000 else 0)
    return _complete(f"{d:%y}{month:02d}{d:%d}{_digits(rng, 4)}", pesel.is_valid)


def _de(rng: random.Random) -> str:
    return _complete(str(rng.randint(1, 9)) + _digits(rng, 9), idnr.is_valid)


def _nl(rng: random.Random) -> str:
    return _complete(str(rng.randint(1, 9)) + _digits(rng, 7), bsn.is_valid)


def _be(rng: random.Random) -> str:
    d = _born(rng, 18, 70)
    return _complete(f"{d:%y%m%d}{rng.randint(1, 997):03d}", be_nn.is_valid, 2)


def _fr(rng: random.Random) -> str:
    d = _born(rng)
    dept = f"{rng.choice([1, 6, 13, 31, 33, 44, 59, 67, 69, 75, 92, 93]):02d}"
    body = f"{rng.choice('12')}{d:%y%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return _complete(body, nir.is_valid, 2)


def _es(rng: random.Random) -> str:
    return _complete(_digits(rng, 8), dni.is_valid)


def _es_nie(rng: random.Random) -> str:
    return _complete(rng.choice("XYZ") + _digits(rng, 7), nie.is_valid)


def _it(rng: random.Random) -> str:
    d = _born(rng)
    letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    day = d.day + (40 if rng.random() < 0.5 else 0)
    place = rng.choice(["H501", "F205", "F839", "L219", "A944", "G273", "D612", "C351"])
    body = f"{letters}{d:%y}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{place}"
    return body + codicefiscale.calc_check_digit(body)


def _pt(rng: random.Random) -> str:
    return _complete(rng.choice("123") + _digits(rng, 7), nif.is_valid)


def _se(rng: random.Random) -> str:
    d = _born(rng)
    body = f"{d:%y%m%d}{_digits(rng, 3)}"
    return f"{body[:6]}-{body[6:]}{luhn_digit(body)}"


def _no(rng: random.Random) -> str:
    d = _born(rng, 18, 70)
    return _complete(f"{d:%d%m%y}{rng.randint(0, 499):03d}", fodselsnummer.is_valid, 2)


def _fi(rng: random.Random) -> str:
    d = _born(rng)
    sign = "-" if d.year < 2000 else "A"
    serial = f"{rng.randint(2, 899):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{d:%d%m%y}{serial}") % 31]
    return f"{d:%d%m%y}{sign}{serial}{check}"


def _dk(rng: random.Random) -> str:
    d = _born(rng, 18, 70)
    return f"{d:%d%m%y}-{_digits(rng, 4)}"


def _in(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    raw = body + verhoeff_digit(body)
    return f"{raw[:4]} {raw[4:8]} {raw[8:]}"


def _br(rng: random.Random) -> str:
    body = _digits(rng, 9)
    raw = _complete(body, cpf.is_valid, 2)
    return f"{raw[:3]}.{raw[3:6]}.{raw[6:9]}-{raw[9:]}"


def _cl(rng: random.Random) -> str:
    body = str(rng.randint(5_000_000, 25_999_999))
    check = rut.calc_check_digit(body)
    return f"{int(body):,}".replace(",", ".") + f"-{check}"


def _ar(rng: random.Random) -> str:
    body = rng.choice(["20", "27", "23"]) + str(rng.randint(10_000_000, 45_999_999))
    raw = _complete(body, cuit.is_valid)
    return f"{raw[:2]}-{raw[2:10]}-{raw[10:]}" if raw else ""


def _cn(rng: random.Random) -> str:
    d = _born(rng)
    area = rng.choice(["110101", "310104", "440106", "510107", "330106", "420102"])
    body = f"{area}{d:%Y%m%d}{_digits(rng, 3)}"
    return body + ric.calc_check_digit(body)


def _kr(rng: random.Random) -> str:
    d = _born(rng, 18, 70)
    sex = rng.choice("12") if d.year < 2000 else rng.choice("34")
    raw = _complete(f"{d:%y%m%d}{sex}{rng.randint(0, 9)}{_digits(rng, 4)}", rrn.is_valid)
    return f"{raw[:6]}-{raw[6:]}" if raw else ""


def _tr(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    return body + tckimlik.calc_check_digits(body)


def _za(rng: random.Random) -> str:
    d = _born(rng)
    body = f"{d:%y%m%d}{_digits(rng, 4)}{rng.choice('01')}8"
    return body + luhn_digit(body)


def _il(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + luhn_digit(body)


def _gb(rng: random.Random) -> str:
    body = str(rng.randint(4, 7)) + _digits(rng, 8)
    check = nhs_digit(body)
    if not check:
        return ""
    raw = body + check
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _ca(rng: random.Random) -> str:
    body = str(rng.randint(1, 7)) + _digits(rng, 7)
    raw = body + luhn_digit(body)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _au(rng: random.Random) -> str:
    raw = _complete(str(rng.randint(1, 9)) + _digits(rng, 7), tfn.is_valid)
    return f"{raw[:3]} {raw[3:6]} {raw[6:]}" if raw else ""


def _nz(rng: random.Random) -> str:
    raw = _complete(str(rng.randint(10_000_000, 99_999_999)), ird.is_valid)
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}" if raw else ""


def _ee(rng: random.Random) -> str:
    d = _born(rng)
    century = (3 if d.year < 2000 else 5) + rng.randrange(2)
    body = f"{century}{d:%y%m%d}{_digits(rng, 3)}"
    return body + ik.calc_check_digit(body)


def _lt(rng: random.Random) -> str:
    d = _born(rng)
    century = (3 if d.year < 2000 else 5) + rng.randrange(2)
    body = f"{century}{d:%y%m%d}{_digits(rng, 3)}"
    return body + asmens.calc_check_digit(body)


def _ro(rng: random.Random) -> str:
    d = _born(rng)
    sex = rng.choice("12") if d.year < 2000 else rng.choice("56")
    body = f"{sex}{d:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    return body + cnp.calc_check_digit(body)


def _bg(rng: random.Random) -> str:
    d = _born(rng, 27, 80)
    body = f"{d:%y%m%d}{_digits(rng, 3)}"
    return body + egn.calc_check_digit(body)


def _hr(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 9)
    return _complete(body, oib.is_valid)


def _is(rng: random.Random) -> str:
    d = _born(rng, 18, 70)
    century = "9" if d.year < 2000 else "0"
    raw = _complete(f"{d:%d%m%y}{rng.randint(20, 99)}", lambda s: kennitala.is_valid(s + century))
    return f"{raw[:6]}-{raw[6:]}{century}" if raw else ""


def _th(rng: random.Random) -> str:
    body = str(rng.randint(1, 8)) + _digits(rng, 11)
    raw = body + th_pin.calc_check_digit(body)
    return f"{raw[0]}-{raw[1:5]}-{raw[5:10]}-{raw[10:12]}-{raw[12]}"


def _jp(rng: random.Random) -> str:
    body = _digits(rng, 11)
    raw = body + jp_in.calc_check_digit(body)
    return f"{raw[:4]} {raw[4:8]} {raw[8:]}"


def _ch(rng: random.Random) -> str:
    body = "756" + _digits(rng, 9)
    raw = body + ean.calc_check_digit(body)
    return f"{raw[:3]}.{raw[3:7]}.{raw[7:11]}.{raw[11:]}"


def _at(rng: random.Random) -> str:
    d = _born(rng)
    raw = _complete(f"{rng.randint(100, 999)}", lambda s: vnr.is_valid(s + f"{d:%d%m%y}"))
    return f"{raw} {d:%d%m%y}" if raw else ""


def _ie(rng: random.Random) -> str:
    return _complete(_digits(rng, 7), pps.is_valid) + ("W" if rng.random() < 0.1 else "")


def _gr(rng: random.Random) -> str:
    d = _born(rng)
    body = f"{d:%d%m%y}{_digits(rng, 4)}"
    return body + luhn_digit(body)


def _co(rng: random.Random) -> str:
    body = str(rng.randint(10_000_000, 1_099_999_999))
    return nit.format(body + nit.calc_check_digit(body))


def _us(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


SCHEMES = (
    Scheme("PL", ("PESEL", "nr PESEL"), _pl, pesel.is_valid),
    Scheme("DE", ("Steuer-IdNr.", "Steuerliche Identifikationsnummer"), _de, idnr.is_valid),
    Scheme("NL", ("BSN", "burgerservicenummer"), _nl, bsn.is_valid),
    Scheme(
        "BE", ("Rijksregisternummer", "numéro de registre national", "NISS"), _be, be_nn.is_valid
    ),
    Scheme("FR", ("NIR", "n° de sécurité sociale", "numéro INSEE"), _fr, nir.is_valid),
    Scheme("ES", ("DNI", "NIF"), _es, dni.is_valid),
    Scheme("ES", ("NIE",), _es_nie, nie.is_valid),
    Scheme("IT", ("Codice fiscale", "C.F."), _it, codicefiscale.is_valid),
    Scheme("PT", ("NIF", "n.º de contribuinte"), _pt, nif.is_valid),
    Scheme("SE", ("Personnummer", "pnr"), _se, personnummer.is_valid),
    Scheme("NO", ("Fødselsnummer", "f.nr."), _no, fodselsnummer.is_valid),
    Scheme("FI", ("Henkilötunnus", "HETU"), _fi, hetu.is_valid),
    Scheme("DK", ("CPR-nr.", "CPR"), _dk, cpr.is_valid),
    Scheme("IN", ("Aadhaar", "UID"), _in, aadhaar.is_valid),
    Scheme("BR", ("CPF",), _br, cpf.is_valid),
    Scheme("CL", ("RUT", "RUN"), _cl, rut.is_valid),
    Scheme("AR", ("CUIT", "CUIL"), _ar, cuit.is_valid),
    Scheme("CN", ("居民身份证号码", "身份证号"), _cn, ric.is_valid),
    Scheme("KR", ("주민등록번호",), _kr, rrn.is_valid),
    Scheme("TR", ("T.C. Kimlik No", "TCKN"), _tr, tckimlik.is_valid),
    Scheme("ZA", ("ID number", "RSA ID"), _za, za_idnr.is_valid),
    Scheme("IL", ("מספר זהות", "Teudat Zehut"), _il, il_idnr.is_valid),
    Scheme("GB", ("NHS number", "NHS No."), _gb, nhs.is_valid),
    Scheme("CA", ("SIN", "NAS"), _ca, sin.is_valid),
    Scheme("AU", ("TFN", "tax file number"), _au, tfn.is_valid),
    Scheme("NZ", ("IRD number", "IRD no."), _nz, ird.is_valid),
    Scheme("EE", ("isikukood",), _ee, ik.is_valid),
    Scheme("LT", ("asmens kodas",), _lt, asmens.is_valid),
    Scheme("RO", ("CNP",), _ro, cnp.is_valid),
    Scheme("BG", ("ЕГН",), _bg, egn.is_valid),
    Scheme("HR", ("OIB",), _hr, oib.is_valid),
    Scheme("IS", ("kennitala", "kt."), _is, kennitala.is_valid),
    Scheme("TH", ("เลขประจำตัวประชาชน",), _th, th_pin.is_valid),
    Scheme("JP", ("個人番号", "マイナンバー"), _jp, jp_in.is_valid),
    Scheme("CH", ("AHV-Nr.", "AVS"), _ch, ch_ssn.is_valid),
    Scheme("AT", ("SV-Nummer", "Versicherungsnummer"), _at, vnr.is_valid),
    Scheme("IE", ("PPS No.", "PPSN"), _ie, pps.is_valid),
    Scheme("GR", ("ΑΜΚΑ", "AMKA"), _gr, amka.is_valid),
    Scheme("US", ("SSN", "Social Security No."), _us, us_ssn.is_valid),
    Scheme("CO", ("NIT", "C.C."), _co, nit.is_valid),
    Scheme("PS", ("رقم الهوية",), _il, il_idnr.is_valid),  # the same nine digits and Luhn
)
SCHEME_COUNTRIES = tuple(dict.fromkeys(s.country for s in SCHEMES))


def draw_national(rng: random.Random, country: str) -> tuple[Scheme, str]:
    options = [s for s in SCHEMES if s.country == country]
    scheme = rng.choice(options)
    for _ in range(200):
        raw = scheme.make(rng)
        if raw and scheme.valid(raw):
            return scheme, raw
    raise AssertionError(f"no valid number for {country}")


# --- people ----------------------------------------------------------------------------

# Locales whose people are written family name first and without a space (CJK).
TIGHT = frozenset({"ja_JP", "zh_CN", "zh_TW", "ko_KR"})
# Where a locale's Faker names or places are another locale's (or English), draw them from:
NAME_LOCALE = {"ar_EG": "ar_PS", "ar_SA": "ar_PS", "ar_AE": "ar_PS", "ar_JO": "ar_PS"}
# Latin-script locales for which half the people come from names-dataset's countries.
WORLD_OF = {
    "en_US": ("US", "MX", "PH", "NG", "IN", "HT", "JM"),
    "en_GB": ("GB", "IN", "PL", "NG", "IE", "BD", "WLS"),
    "en_CA": ("CA", "HT", "PH", "IN", "FR"),
    "en_AU": ("GB", "PH", "IN", "GR"),
    "de_DE": ("DE", "TR", "PL", "IT", "HR"),
    "fr_FR": ("FR", "MA", "DZ", "PT", "CM"),
    "nl_NL": ("NL", "MA", "TR"),
    "sv_SE": ("SE", "IQ", "IR", "FI"),
    "es_ES": ("ES", "MA", "CO", "AR"),
    "it_IT": ("IT", "AL", "MA"),
}


@dataclass
class VPerson(Person):
    """A person with V's extra written forms."""

    tight: bool = False

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        initials = "".join(w[0] + "." for w in (first, middle) if w)
        extra = {
            "native": f"{last}{first}" if self.tight else f"{first} {last}",
            "family_given": f"{last} {first}",
            "fio": f"{last} {first} {middle}".rstrip(),
            "hl7": f"{last}^{first}^{middle}",
            "fhir_family": last,
            "fhir_given": first,
            "x12": f"{last.upper()}*{first.upper()}",
            "edi": f"{last.upper()}:{first.upper()}",
            "ocr": f"{first} {last}".upper().replace("O", "0").replace("I", "1"),
            "ocr_lower": f"{first} {last}".replace("l", "1").replace("o", "0"),
            "spaced": " ".join(f"{first} {last}".upper()),
            "pipe": f"{last}|{first}",
            "dotted_caps": f"{first}.{last}".upper(),
            "surname_comma_initials": f"{last}, {initials}",
            "title_last": last.title() if last.isupper() else last,
        }
        if form in extra:
            return extra[form]
        return super().form(form)


def new_person(ctx: Ctx) -> VPerson:
    rng = ctx.rng
    locale = ctx.locale
    if locale in WORLD_OF and rng.random() < 0.5:
        names = world_names()[rng.choice(WORLD_OF[locale])]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.12 else ""
    else:
        f = ctx.fake(NAME_LOCALE.get(locale, locale))
        female = rng.random() < 0.5
        try:
            first = str(f.first_name_female() if female else f.first_name_male())
            last = str(f.last_name_female() if female else f.last_name_male())
        except AttributeError:
            first, last = str(f.first_name()), str(f.last_name())
        middle = ""
        if locale in ("ru_RU", "uk_UA", "bg_BG") and rng.random() < 0.6:
            try:
                middle = str(f.middle_name_female() if female else f.middle_name_male())
            except AttributeError:
                middle = ""
        elif locale in ("en_US", "pt_BR", "es_MX") and rng.random() < 0.2:
            middle = str(f.first_name())
    if middle == first:
        middle = ""
    return VPerson(first.strip(), last.strip(), middle.strip(), tight=locale in TIGHT)


# --- places and contacts ---------------------------------------------------------------


# Where a locale's Faker places are American-shaped: another locale of the same country.
PLACE_LOCALE = {"ga_IE": "en_IE"}


def _place_fake(ctx: Ctx):  # a Faker
    return ctx.fake(PLACE_LOCALE.get(ctx.locale) or NAME_LOCALE.get(ctx.locale, ctx.locale))


# Faker's Arabic locales write towns as English patterns ("...shire"): real ones instead.
ARABIC_TOWNS = (
    "رام الله", "نابلس", "الخليل", "بيت لحم", "جنين", "عمّان", "إربد", "الزرقاء", "الرياض",
    "جدة", "الدمام", "القاهرة", "الإسكندرية", "طنطا", "دبي", "الشارقة",
)  # fmt: skip


# Faker's Nigerian locales have names but English-pattern towns: real ones instead.
NIGERIAN_TOWNS = (
    "Lagos", "Ibadan", "Kano", "Abuja", "Enugu", "Port Harcourt", "Abeokuta", "Onitsha",
    "Kaduna", "Benin City", "Jos", "Owerri", "Ilorin", "Zaria", "Osogbo", "Calabar",
)  # fmt: skip


KENYAN_TOWNS = (
    "Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Nyeri",
    "Kakamega", "Kericho", "Malindi", "Garissa",
)  # fmt: skip
# Turkish addresses as written there: neighbourhood, street, number, flat, postcode, district.
TR_PLACES = (
    ("34710", "Kadıköy", "İstanbul"), ("34365", "Şişli", "İstanbul"),
    ("06690", "Çankaya", "Ankara"),
    ("35220", "Konak", "İzmir"), ("16110", "Nilüfer", "Bursa"), ("07100", "Muratpaşa", "Antalya"),
    ("42060", "Selçuklu", "Konya"), ("01120", "Seyhan", "Adana"), ("61030", "Ortahisar", "Trabzon"),
)  # fmt: skip
TR_STREETS = (
    "Atatürk Cad.", "Cumhuriyet Cad.", "Gül Sok.", "Lale Sok.", "İnönü Cad.", "Menekşe Sok.",
    "Bahçe Sok.", "Fatih Cad.", "Mimar Sinan Sok.", "Zübeyde Hanım Cad.",
)  # fmt: skip
TR_QUARTERS = ("Fenerbahçe", "Cumhuriyet", "Yeni", "Bahçelievler", "Merkez", "Esentepe", "Kültür")


def turkish_address(rng: random.Random) -> str:
    post, district, city = rng.choice(TR_PLACES)
    quarter, street = rng.choice(TR_QUARTERS), rng.choice(TR_STREETS)
    no, flat = rng.randint(1, 140), rng.randint(1, 24)
    return f"{quarter} Mah. {street} No: {no} D: {flat}, {post} {district}/{city}"


def town(ctx: Ctx) -> str:
    if ctx.locale.startswith("ar_"):
        return ctx.rng.choice(ARABIC_TOWNS)
    if ctx.locale.endswith("_NG"):
        return ctx.rng.choice(NIGERIAN_TOWNS)
    if ctx.locale in ("en_KE", "sw"):
        return ctx.rng.choice(KENYAN_TOWNS)
    if ctx.locale == "tr_TR":
        return ctx.rng.choice(TR_PLACES)[2]
    if ctx.locale == "fr_BE":
        return str(ctx.fake("nl_BE").city()).strip()
    try:
        return str(_place_fake(ctx).city()).strip()
    except AttributeError:
        return str(ctx.fake("en_GB").city())


def an_address(ctx: Ctx, form: str) -> str:
    if ctx.locale == "tr_TR":
        text = turkish_address(ctx.rng)
        return text.upper() if form == "caps" else text
    f = _place_fake(ctx)
    if form == "street":  # one line (en_GB's flats come on two)
        return ", ".join(
            line.strip() for line in str(f.street_address()).splitlines() if line.strip()
        )
    if form == "us":
        g = ctx.fake("en_US")
        return f"{g.street_address()}, {g.city()}, {g.state_abbr()} {g.zipcode()}"
    try:
        text = str(f.address())
    except AttributeError:
        text = str(ctx.fake("en_GB").address())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    return (", " if ctx.rng.random() < 0.75 else " ").join(lines)


def postcode(ctx: Ctx) -> str:
    try:
        return str(_place_fake(ctx).postcode()).strip()
    except AttributeError:
        return str(ctx.fake("en_US").zipcode())


def geo(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-120.0, 150.0)
    if form == "uri":
        return f"geo:{lat:.5f},{lon:.5f}"
    if form == "plus":  # an Open Location Code-shaped local code
        alphabet = "23456789CFGHJMPQRVWX"
        code = "".join(rng.choice(alphabet) for _ in range(8))
        return f"{code[:4]}+{code[4:7]}"
    if form == "dms":
        ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")

        def dms(x: float) -> str:
            deg = int(abs(x))
            minutes = (abs(x) - deg) * 60
            return f"{deg}°{int(minutes):02d}′{(minutes % 1) * 60:04.1f}″"

        return f"{dms(lat)}{ns} {dms(lon)}{ew}"
    return f"{lat:.6f}, {lon:.6f}" if rng.random() < 0.5 else f"{lat:.4f},{lon:.4f}"


# Locales whose Faker phone numbers are American-shaped: numbers from phonenumbers instead.
US_PHONES = frozenset(
    {"yo_NG", "ha_NG", "ig_NG", "en_NG", "en_PK", "si_LK", "gu_IN", "or_IN", "ar_PS", "uz_UZ"}
    | {"en_KE", "zu_ZA", "en_IE", "ga_IE", "is_IS", "es_MX"}
)


def a_phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = form.upper() if len(form) == 2 else ctx.locale.rsplit("_", 1)[-1].upper()
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    own = region == ctx.locale.rsplit("_", 1)[-1].upper() and ctx.locale not in US_PHONES
    if (rng.random() < 0.5 and own) or example is None:
        try:
            raw = str(_place_fake(ctx).phone_number())
        except AttributeError:
            raw = ""
        if raw and re.search(r"\d{3}", raw):
            return raw
    if example is None:
        example = phonenumbers.example_number("GB")
    national = str(example.national_number)
    keep = max(2, len(national) - 6)
    number = phonenumbers.PhoneNumber(
        country_code=example.country_code,
        national_number=int(national[:keep] + _digits(rng, len(national) - keep)),
    )
    fmt = phonenumbers.PhoneNumberFormat
    style = rng.choice([fmt.INTERNATIONAL, fmt.NATIONAL, fmt.E164, fmt.INTERNATIONAL])
    return phonenumbers.format_number(number, style)


def an_email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake("en_US")
    if form == "org" or not people or rng.random() < 0.2:
        user = rng.choice(["info", "kontakt", "records", "intake", "hr", "claims"])
        user += str(rng.randint(1, 99))
        return f"{user}@{f.domain_name()}"
    p = people[0]
    first = re.sub(r"[^a-z]", "", unidecode(p.first).lower()) or "x"
    last = re.sub(r"[^a-z]", "", unidecode(p.last).lower()) or "y"
    user = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}", f"{first}_{last}"]
    )
    domain = rng.choice(
        [
            str(f.free_email_domain()),
            str(f.domain_name()),
            rng.choice(["gmx.de", "web.de", "yandex.ru", "naver.com", "qq.com", "orange.fr"]),
            rng.choice(["libero.it", "wp.pl", "seznam.cz", "yahoo.co.jp", "hotmail.com.br"]),
        ]
    )
    return f"{user}@{domain}"


# --- dates -----------------------------------------------------------------------------

V_DATE_FORMATS = {
    "iso": "%Y-%m-%d",
    "dmy": "%d.%m.%Y",
    "dmy_slash": "%d/%m/%Y",
    "mdy": "%m/%d/%Y",
    "dmy_dash": "%d-%m-%Y",
    "hl7": "%Y%m%d",
    "x12": "%Y%m%d",
    "edi": "%y%m%d",
    "long_en": "%B {d}, %Y",
    "dmon": "%d-%b-%Y",
    "ja": "%Y年{m}月{d}日",
    "ko": "%Y년 {m}월 {d}일",
    "de": "{d}. {month:de} %Y",
    "fr": "{d} {month:fr} %Y",
    "es": "{d} de {month:es} de %Y",
    "it": "{d} {month:it} %Y",
    "pt": "{d} de {month:pt} de %Y",
    "pl": "{d} {month:pl} %Y",
    "nl": "{d} {month:nl} %Y",
    "sv": "{d} {month:sv} %Y",
    "tr": "{d} {month:tr} %Y",
    "fi": "{d}. {month:fi} %Y",
    "cs": "{d}. {month:cs} %Y",
    "hu": "%Y. {month:hu} {d}.",
    "id": "{d} {month:id} %Y",
    "roman": "{d}.{roman}.%Y",
    "th": "{d}/{m}/{be}",
    "ymd_dot": "%Y.%m.%d",
    "ymd_slash": "%Y/%m/%d",
}


def _write_day(day: date, form: str, ctx: Ctx) -> str:
    fmt = V_DATE_FORMATS.get(form)
    if fmt is None:
        formats = (ctx.template.date_formats if ctx.template else ()) or ctx.split.date_formats
        fmt = ctx.rng.choice(formats)
    text = day.strftime(fmt).replace("{d}", str(day.day))
    return DATE_PART.sub(lambda m: _date_part(day, m), text)


@dataclass
class VDate(Value):
    """A date and the day it writes (a later date of the same document follows it)."""

    day: date = V_TODAY


def a_day(ctx: Ctx, slot: str, form: str) -> VDate:
    rng = ctx.rng
    earlier = [e.day for e in ctx.entities.values() if isinstance(e, VDate) and e.label == "event"]
    if slot == "vdob" and form.endswith("_child"):  # a pupil's or a newborn's
        day = V_TODAY - timedelta(days=rng.randint(30, 365 * 17))
        return VDate(_write_day(day, form.removesuffix("_child"), ctx), "birth", day)
    if slot == "vdob":
        ages = [e.age for e in ctx.entities.values() if isinstance(e, VAge)]
        if not ages and ctx.template and "{vage" in ctx.template.text:
            ages = [rng.randint(90, 107)]  # the age written later in the document
        if ages:  # a birthday that makes the document's age true on V_TODAY
            day = _years_before(V_TODAY, ages[0] + 1) + timedelta(days=rng.randint(1, 364))
        else:
            day = V_TODAY - timedelta(days=rng.randint(365 * 18, 365 * 95))  # an adult
        return VDate(_write_day(day, form, ctx), "birth", day)
    if earlier:  # discharge after admission, leave's end after its start
        day = min(V_TODAY, max(earlier) + timedelta(days=rng.randint(1, 45)))
    else:
        day = V_TODAY - timedelta(days=rng.randint(46, 1100))
    return VDate(_write_day(day, form, ctx), "event", day)


@dataclass
class VAge(Value):
    age: int = 90


def _years_before(day: date, years: int) -> date:
    return day.replace(year=day.year - years, day=min(day.day, 28))


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def an_age(ctx: Ctx, form: str) -> VAge:
    births = [e.day for e in ctx.entities.values() if isinstance(e, VDate) and e.label == "birth"]
    age = age_on(births[0], V_TODAY) if births else ctx.rng.randint(90, 107)
    return VAge(_age_text(age, form), "", age)


def _age_text(age: int, form: str) -> str:
    if form == "words":
        units = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
        if age < 100:
            return "ninety" + (f"-{units[age - 90]}" if age > 90 else "")
        return "one hundred" + (f" and {units[age - 100]}" if age > 100 else "")
    return str(age)


# --- numbers without a national standard: shapes of V's own ---------------------------


def _shape(rng: random.Random, shape: str) -> str:
    """'#' a digit, '?' an upper-case letter, '*' a hex digit; anything else literal."""
    out = []
    for ch in shape:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "*":
            out.append(rng.choice("0123456789abcdef"))
        else:
            out.append(ch)
    return "".join(out)


SHAPES: dict[str, dict[str, tuple[str, ...]]] = {
    "vmrn": {
        "": ("########", "MRN-#######", "#######-#", "??#######", "H#########"),
        "num": ("########", "#########", "#######"),
        "de": ("#########", "PID ########"),
        "fr": ("IPP ##########", "##########"),
        "jp": ("########", "#-#######"),
        "hl7": ("########",),
    },
    "vplan": {
        "": ("???#########", "W#########", "XEH#########", "#########-##", "???G#####-##"),
        "de": ("?#########",),
        "ehic": ("80276###############", "80250###############", "80380###############"),
        "mx": ("###########",),
        "kr": ("#-##########",),
    },
    "vref": {
        "": ("CLM-####-######", "CASE-#####", "##-??-#####", "REF/####/#####", "??########"),
        "court": ("##-CV-#####", "#:##-cr-#####", "## ? ###/##", "##/####"),
        "court_tr": ("202#/###", "202#/####"),
        "court_il": ("#####-##-2#",),
        "court_ru": ("2-####/202#", "02-####/202#"),
        "court_hr": ("P-###/202#", "Pn-####/2#"),
        "court_de": ("# C ###/2#", "## O ###/2#"),
        "police": ("####-######", "?#########", "RB-####-#####"),
        "ticket": ("INC#######", "SR-######", "#######"),
        "awb": ("###-########",),
        "tax": ("##-#######",),
        "dod": ("##########",),
        "ke_id": ("########", "#######"),
        "emp": ("E#####", "#######", "EMP-####"),
        "school": ("S########", "#########"),
        "rx": ("Rx ########", "#######-##", "RX#######"),
        "kyc": ("KYC-####-#####", "AML######"),
    },
    "vbio": {
        "": ("FP-************", "IRIS:****************", "VP-****-****-****"),
        "fp": ("FP-************", "FPT-##########"),
        "face": ("FACE-************",),
        "voice": ("VP-****-****-****",),
    },
    "vacct": {
        "": ("##########", "####-######-##", "#########", "###-#######-#"),
        "us": ("############", "##########"),
        "jp": ("普通 #######", "#######"),
        "in": ("##############", "############"),
        "x12": ("##########",),
    },
    "vlic": {
        "": ("?#######", "??######", "#########", "?###-####-####"),
        "dl": ("?###-####-####", "?#######", "#########", "??#####?"),
        "jp_dl": ("############",),
        "med": ("#######", "MD######", "?-#####"),
        "de": ("#########",),
        "bar": ("#######",),
        "cert": ("CERT-######", "??-####-###"),
    },
    "vdev": {
        "": ("SN ??#######", "??###-#####", "########??", "PJN######?"),
        "pump": ("??#######",),
        "cgm": ("?#########",),
    },
    "vpass": {
        "": ("?########", "#########", "??#######"),
        "us": ("#########", "?########"),
        "gb": ("#########",),
        "de": ("C########",),
        "fr": ("##??#####",),
        "in": ("?#######",),
        "cn": ("E########",),
        "jp": ("??#######",),
        "kr": ("M########",),
        "ng": ("A########",),
        "br": ("??######",),
    },
}


def a_card(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("51", 16),
            ("55", 16),
            ("2221", 16),
            ("34", 15),
            ("37", 15),
            ("6011", 16),
            ("35", 16),
            ("62", 16),
        ]
    )
    body = prefix + _digits(rng, length - 1 - len(prefix))
    raw = body + luhn_digit(body)
    if form == "masked":  # a receipt that prints the number whole (a leak to catch)
        return raw
    sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return raw
    if length == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, 16, 4))


IBAN_BBAN = {
    "DE": "##################",
    "FR": "#######################",
    "ES": "####################",
    "IT": "?######################",
    "NL": "????##########",
    "BE": "############",
    "PL": "########################",
    "PT": "#####################",
    "GB": "????##############",
    "CH": "#################",
    "AT": "################",
    "SE": "####################",
    "NO": "###########",
    "DK": "##############",
    "FI": "##############",
    "IE": "????##############",
    "SA": "####################",
    "AE": "###################",
    "TR": "######################",
    "BR": "#######################??",
    "GR": "#######################",
    "RO": "????################",
    "HU": "########################",
    "CZ": "####################",
    "LT": "################",
    "EE": "################",
}


# Where a country's BBAN holds its own check characters (index into the BBAN); elsewhere
# the last two characters are tried.
BBAN_CHECK_AT = {"ES": 8, "IT": 0, "BR": 0}


def an_iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    country = form.upper() if form.upper() in IBAN_BBAN else ""
    if not country:
        region = ctx.locale.rsplit("_", 1)[-1].upper()
        country = region if region in IBAN_BBAN else rng.choice(sorted(IBAN_BBAN))
    raw = ""
    for _ in range(20):
        bban = _shape(rng, IBAN_BBAN[country])
        at = BBAN_CHECK_AT.get(country, len(bban) - 2)
        width = 1 if country == "IT" else 2
        fills = string.ascii_uppercase if country == "IT" else [f"{i:02d}" for i in range(100)]
        for fill in fills:  # the national check characters: the first that validates
            trial = bban[:at] + fill + bban[at + width :]
            if iban_check.is_valid(country + iban_digits(country, trial) + trial):
                raw = country + iban_digits(country, trial) + trial
                break
        if raw:
            break
    else:
        raise AssertionError(country)
    if rng.random() < 0.55:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def a_vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JHM", "KMH", "WBA", "WVW", "YV1"])
    vds = "".join(rng.choice(alphabet) for _ in range(5))
    year = rng.choice("GHJKLMNPRST")
    vis = rng.choice(alphabet) + "".join(str(rng.randrange(10)) for _ in range(6))
    body = wmi + vds + "0" + year + vis
    return body[:8] + vin_digit(body) + body[9:]


def a_vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (form != "plate" and ctx.rng.random() < 0.5):
        return a_vin(ctx.rng)
    try:
        return str(_place_fake(ctx).license_plate()).strip()
    except AttributeError:
        return str(ctx.fake("en_US").license_plate())


def a_device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "imei":
        body = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
        return body + luhn_digit(body)
    if form == "udi":
        body = "0" + _digits(rng, 12)
        gtin = body + ean.calc_check_digit(body)
        return f"(01){gtin}(21){_shape(rng, '??#####')}"
    if form == "uuid":
        return _shape(rng, "********-****-4***-a***-************").upper()
    options = SHAPES["vdev"].get(form) or SHAPES["vdev"][""]
    return _shape(rng, rng.choice(options))


def a_mac(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFE
    hexes = [f"{o:02x}" for o in octets]
    style = form or rng.choice(["colon", "dash", "dot", "upper"])
    if style == "dash":
        return "-".join(hexes).upper()
    if style == "dot":
        joined = "".join(hexes)
        return ".".join(joined[i : i + 4] for i in range(0, 12, 4))
    if style == "upper":
        return ":".join(hexes).upper()
    return ":".join(hexes)


def an_ip(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "v6" or (form == "" and rng.random() < 0.2):
        groups = [f"{rng.randrange(65536):x}" for _ in range(6)]
        if rng.random() < 0.3:
            return "2001:db8:" + ":".join(groups)
        return "2a02:" + ":".join([*groups, f"{rng.randrange(65536):x}"])
    if form == "private":
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"
    first = rng.choice([24, 31, 46, 62, 77, 81, 89, 93, 109, 151, 176, 185, 203, 213])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def a_url(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    handle = ""
    if people:
        p = people[0]
        handle = re.sub(r"[^a-z0-9]", "", unidecode(p.first + p.last).lower())
    handle = handle or str(f.user_name())
    if slot == "vphoto":
        name = rng.choice(["portrait", "face", "headshot", "id_photo", "selfie"])
        return rng.choice(
            [
                f"https://{f.domain_name()}/media/{rng.randint(10000, 999999)}/{name}.jpg",
                f"https://cdn.{f.domain_name()}/u/{handle}/{name}_{rng.randint(1, 99)}.png",
                f"s3://{f.domain_word()}-kyc/selfies/{_shape(rng, '********')}.jpeg",
            ]
        )
    if form == "social":
        site = rng.choice(["facebook.com", "instagram.com", "x.com", "vk.com", "linkedin.com/in"])
        return f"https://www.{site}/{handle}{rng.randint(1, 999)}"
    return rng.choice(
        [
            f"https://portal.{f.domain_name()}/patients/{rng.randint(10000, 9999999)}",
            f"https://{f.domain_name()}/track?id={_shape(rng, '??########')}",
            f"http://{f.domain_word()}.{rng.choice(['de', 'fr', 'jp', 'com.br', 'in'])}/~{handle}",
            f"https://{f.domain_name()}/case/{rng.randint(100000, 999999)}/view",
        ]
    )


# --- the dispatcher ----------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "vper":
        return new_person(ctx)
    if slot == "vtown":
        return Value(town(ctx))
    if slot == "vaddr":
        return Value(an_address(ctx, form))
    if slot == "vpost":
        return Value(postcode(ctx))
    if slot == "vgeo":
        return Value(geo(ctx, form))
    if slot in ("vtel", "vfax"):
        return Value(a_phone(ctx, form))
    if slot == "vmail":
        return Value(an_email(ctx, form))
    if slot == "vssn":
        scheme, number = draw_national(rng, "US")
        return Value(number if form != "bare" else number.replace("-", ""), scheme.labels[0])
    if slot == "vnat":
        country = form.upper() if form.upper() in SCHEME_COUNTRIES else ""
        if not country:
            named = ctx.template.id_countries if ctx.template else ()
            country = rng.choice(named or SCHEME_COUNTRIES)
        scheme, number = draw_national(rng, country)
        return Value(number, rng.choice(scheme.labels))
    if slot in ("vdate", "vdob"):
        return a_day(ctx, slot, form)
    if slot == "vage":
        return an_age(ctx, form)
    if slot == "vcard":
        return Value(a_card(ctx, form))
    if slot == "viban":
        return Value(an_iban(ctx, form))
    if slot == "vip":
        return Value(an_ip(ctx, form))
    if slot in ("vurl", "vphoto"):
        return Value(a_url(ctx, slot, form))
    if slot == "vveh":
        return Value(a_vehicle(ctx, form))
    if slot == "vdev":
        return Value(a_device(ctx, form))
    if slot == "vmac":
        return Value(a_mac(ctx, form))
    if slot == "vlic" and form == "npi":
        body = str(rng.choice("12")) + _digits(rng, 8)
        return Value(body + luhn_digit("80840" + body))
    table = SHAPES[slot]
    return Value(_shape(rng, rng.choice(table.get(form) or table[""])))
