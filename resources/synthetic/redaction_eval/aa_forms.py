"""Held-out AA's values (session 42): casework across public services and messy input.

Every slot here starts with "aa". People come from Faker in the document's locale (any
script: Cyrillic, Greek, CJK, Arabic, Hebrew, Devanagari, Georgian, Armenian, Thai ...)
or from `names-dataset`'s world names; national numbers are built for each country's
published structure and kept only when `python-stdnum` accepts them; record, case and
licence numbers follow the shapes the services print. Every date counts back from
AA_TODAY, never from the clock, so the split renders the same on any day.

The check-digit helpers (Luhn, Verhoeff, ISO 7064 mod 97-10, NHS mod 11, VIN) are written
here from the published schemes and tested against their published worked examples.
"""

from __future__ import annotations

import itertools
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
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
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.ee import ik
from stdnum.es import dni
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
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import MONTHS, Ctx, Person, Value
from resources.synthetic.redaction_eval.world_names import world_names

AA_TODAY = date(2026, 11, 28)

# ---------------------------------------------------------------- check-digit schemes


def luhn_check(body: str) -> str:
    """The Luhn digit for `body` (ISO/IEC 7812-1): double every second digit from the right."""
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


def verhoeff_check(body: str) -> str:
    """The Verhoeff digit (dihedral group D5), as Aadhaar numbers carry it."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def mod97_check(country: str, bban: str) -> str:
    """The two IBAN check digits (ISO 13616, ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved.upper()))
    return f"{98 - number % 97:02d}"


def nhs_check(body: str) -> str:
    """The NHS number's check digit (weights 10..2, mod 11); "" where none exists (10)."""
    total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return "" if check == 10 else str(check % 11)


_VIN_VALUES = {**{str(d): d for d in range(10)}}
for _letters, _start in (("ABCDEFGH", 1), ("JKLMN", 1), ("P", 7), ("R", 9), ("STUVWXYZ", 2)):
    for _i, _ch in enumerate(_letters):
        _VIN_VALUES[_ch] = _start + _i
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(vin: str) -> str:
    """The VIN's ninth character (North American check digit, mod 11, 10 written X)."""
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


# ---------------------------------------------------------------- dates


def days_back(rng: random.Random, low: int, high: int) -> date:
    return AA_TODAY - timedelta(days=rng.randint(low, high))


def a_dob(rng: random.Random, min_age: int = 0, max_age: int = 96) -> date:
    return days_back(rng, min_age * 366, max_age * 365)


AA_MONTHS = {
    lang: names.split()
    for lang, names in {
        "en": "January February March April May June July August September October "
        "November December",
        "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня "
        "листопада грудня",
        "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
        "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    }.items()
}
AA_MONTHS |= {k: list(v) for k, v in MONTHS.items()}
# Date styles a slot form can name ("{aadate1.iso}").
STYLES: dict[str, Callable[[date], str]] = {
    "iso": lambda d: d.isoformat(),
    "us": lambda d: f"{d.month}/{d.day}/{d.year}",
    "us0": lambda d: d.strftime("%m/%d/%Y"),
    "usshort": lambda d: f"{d.month}/{d.day}/{d.strftime('%y')}",
    "dmy": lambda d: d.strftime("%d/%m/%Y"),
    "dmyshort": lambda d: d.strftime("%d/%m/%y"),
    "dot": lambda d: d.strftime("%d.%m.%Y"),
    "dotshort": lambda d: f"{d.day}.{d.month}.{d.strftime('%y')}",
    "dash": lambda d: d.strftime("%d-%m-%Y"),
    "compact": lambda d: d.strftime("%Y%m%d"),
    "yymmdd": lambda d: d.strftime("%y%m%d"),
    "ymdslash": lambda d: d.strftime("%Y/%m/%d"),
    "long": lambda d: f"{d.day} {AA_MONTHS['en'][d.month - 1]} {d.year}",
    "longus": lambda d: f"{AA_MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
    "mon": lambda d: f"{d.day:02d}-{AA_MONTHS['en'][d.month - 1][:3].upper()}-{d.year}",
    "monlow": lambda d: f"{d.day} {AA_MONTHS['en'][d.month - 1][:3]} {d.year}",
    "cjk": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "ko": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    "ymddot": lambda d: f"{d.year}. {d.month}. {d.day}.",
    "hu": lambda d: d.strftime("%Y.%m.%d."),
    "be": lambda d: f"{d.day}/{d.month}/{d.year + 543}",
    **{
        lang: (lambda d, lang=lang: f"{d.day} {AA_MONTHS[lang][d.month - 1]} {d.year}")
        for lang in ("fr", "es", "it", "pt", "nl", "pl", "cs", "ro", "ru", "uk", "el", "tr")
    },
    "de": lambda d: f"{d.day}. {AA_MONTHS['de'][d.month - 1]} {d.year}",
    "da": lambda d: f"{d.day}. {AA_MONTHS['da'][d.month - 1]} {d.year}",
    "fi": lambda d: f"{d.day}. {AA_MONTHS['fi'][d.month - 1]} {d.year}",
    "sv": lambda d: f"{d.day} {AA_MONTHS['sv'][d.month - 1]} {d.year}",
    "lt": lambda d: f"{d.year} m. {AA_MONTHS['lt'][d.month - 1]} {d.day} d.",
}
# The styles a locale writes when the template names none.
LOCALE_STYLES = {
    "en_US": ("us", "us0", "longus", "iso"),
    "en_GB": ("dmy", "long", "monlow", "dmyshort"),
    "en_IE": ("dmy", "long"),
    "en_AU": ("dmy", "long"),
    "en_NZ": ("dmy", "long"),
    "en_CA": ("iso", "longus", "dmy"),
    "en_IN": ("dmy", "dash", "long"),
    "de_DE": ("dot", "de", "dotshort"),
    "de_AT": ("dot", "de"),
    "de_CH": ("dot", "de"),
    "fr_FR": ("dmy", "fr"),
    "fr_CA": ("iso", "fr"),
    "fr_BE": ("dmy", "fr"),
    "es_ES": ("dmy", "es"),
    "es_MX": ("dmy", "es"),
    "es_AR": ("dmy", "es"),
    "es_CO": ("dmy", "es"),
    "pt_BR": ("dmy", "pt"),
    "pt_PT": ("dmy", "pt"),
    "it_IT": ("dmy", "it"),
    "nl_NL": ("dash", "nl"),
    "nl_BE": ("dmy", "nl"),
    "pl_PL": ("dot", "pl"),
    "cs_CZ": ("dotshort", "dot", "cs"),
    "ro_RO": ("dot", "ro"),
    "ru_RU": ("dot", "ru"),
    "uk_UA": ("dot", "uk"),
    "el_GR": ("dmy", "el"),
    "tr_TR": ("dot", "tr"),
    "ja_JP": ("cjk", "ymdslash"),
    "zh_CN": ("cjk", "iso"),
    "zh_TW": ("cjk", "ymdslash"),
    "ko_KR": ("ko", "ymddot"),
    "hu_HU": ("hu",),
    "th_TH": ("be", "dmy"),
    "sv_SE": ("iso", "sv"),
    "da_DK": ("dash", "da"),
    "fi_FI": ("dotshort", "fi"),
    "lt_LT": ("iso", "lt"),
}


def date_text(ctx: Ctx, day: date, form: str) -> str:
    if form in STYLES:
        return STYLES[form](day)
    fmts = ctx.template.date_formats if ctx.template else ()
    if fmts:
        return STYLES[ctx.rng.choice(fmts)](day)
    return STYLES[ctx.rng.choice(LOCALE_STYLES.get(ctx.locale, ("iso", "dmy", "dot")))](day)


# ---------------------------------------------------------------- people

NON_LATIN = frozenset(
    {"ru_RU", "uk_UA", "el_GR", "bg_BG", "mk_MK", "ja_JP", "zh_CN", "zh_TW", "ko_KR"}
    | {"ar_AA", "ar_EG", "ar_SA", "fa_IR", "he_IL", "hi_IN", "bn_BD", "th_TH", "ka_GE"}
    | {"hy_AM", "ne_NP", "ta_IN"}
)
NAME_COUNTRIES = (
    "PL", "NG", "IN", "BD", "BR", "MX", "CO", "TR", "PH", "ID", "EG", "MA",
    "IR", "IQ", "GH", "ET", "ZA", "FR", "ES", "PT", "NL", "SE", "FI", "HU", "CZ",
    "HR", "GR", "AL", "JM", "HT", "CM", "AF", "IE", "GB", "WLS",
)  # fmt: skip
_LOOK = {"O": "0", "o": "0", "l": "1", "I": "l", "S": "5", "B": "8", "e": "c", "a": "o"}
_HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "A": "А", "E": "Е"}


def _swap(text: str, table: dict[str, str], every: int) -> str:
    """Every `every`-th character that has a look-alike, replaced by it (OCR, mixed script)."""
    out, seen = [], 0
    for ch in text:
        if ch in table:
            seen += 1
            if seen % every == 1 or every == 1:
                out.append(table[ch])
                continue
        out.append(ch)
    return "".join(out)


@dataclass
class AAPerson(Person):
    """A person with AA's extra written forms beside the generator's."""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        extra = {
            "hl7": "^".join(w for w in (last, first, middle) if w).upper(),
            "cjk": f"{last}{first}",
            "fio": " ".join(w for w in (last, first, middle) if w),
            "comma_tight": f"{last},{first}",
            "caps_comma_tight": f"{last},{first}".upper(),
            "lower_last_first": f"{last} {first}".lower(),
            "translit": unidecode(f"{first} {last}").strip(),
            "translit_caps_last_first": unidecode(f"{last.upper()}, {first}").strip(),
            "translit_last": unidecode(last).strip(),
            "ocr": _swap(f"{first} {last}", _LOOK, 3),
            "ocr_caps": _swap(f"{last}, {first}".upper(), _LOOK, 2),
            "homoglyph": _swap(f"{first} {last}", _HOMO, 2),
            "first_lower_last": f"{first.lower()} {last}",
            "spaced_caps_last": " ".join(last.upper()),
        }
        if form in extra:
            return extra[form]
        return super().form(form)


def new_person(ctx: Ctx) -> AAPerson:
    rng = ctx.rng
    if ctx.locale in NON_LATIN or rng.random() < 0.55:
        f = ctx.fake()
        male = rng.random() < 0.5
        try:
            first = str(f.first_name_male() if male else f.first_name_female())
            last = str(f.last_name_male() if male else f.last_name_female())
        except AttributeError:
            first, last = str(f.first_name()), str(f.last_name())
        middle = ""
        if ctx.locale in ("ru_RU", "uk_UA", "bg_BG"):
            try:
                middle = str(f.middle_name_male() if male else f.middle_name_female())
            except AttributeError:
                middle = ""
        elif rng.random() < 0.12:
            middle = str(f.first_name())
    else:
        names = world_names()[rng.choice(NAME_COUNTRIES)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.12 else ""
    if middle == first:
        middle = ""
    return AAPerson(first.strip(), last.strip(), middle.strip())


# ---------------------------------------------------------------- national numbers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _complete(body: str, alphabet: str, n: int, valid: Callable[[str], bool]) -> str:
    for tail in itertools.product(alphabet, repeat=n):
        if valid(body + "".join(tail)):
            return body + "".join(tail)
    return ""


def _draw(
    rng: random.Random, make: Callable[[], str], alphabet: str, n: int, valid: Callable
) -> str:
    for _ in range(60):
        number = _complete(make(), alphabet, n, valid)
        if number:
            return number
    raise AssertionError("no valid number drawn")


@dataclass(frozen=True)
class AANat:
    country: str
    labels: tuple[str, ...]
    draw: Callable[[random.Random], str]  # the number as documents write it


def _dob6(rng: random.Random, lo: int = 18, hi: int = 90) -> date:
    return a_dob(rng, lo, hi)


def _pesel(rng: random.Random) -> str:
    d = _dob6(rng)
    month = d.month + (20 if d.year >= 2000 else 0)
    return _draw(
        rng, lambda: f"{d:%y}{month:02d}{d:%d}{_digits(rng, 4)}", "0123456789", 1, pesel.is_valid
    )


def _hetu(rng: random.Random) -> str:
    d = _dob6(rng)
    sign = "A" if d.year >= 2000 else "-"
    body = f"{d:%d%m%y}{rng.randint(2, 899):03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]
    number = f"{body[:6]}{sign}{body[6:]}{check}"
    assert hetu.is_valid(number)
    return number


def _cz(rng: random.Random) -> str:
    d = _dob6(rng, 20, 70)
    month = d.month + (50 if rng.random() < 0.5 else 0)
    n = _draw(
        rng, lambda: f"{d:%y}{month:02d}{d:%d}{_digits(rng, 3)}", "0123456789", 1, rc.is_valid
    )
    return f"{n[:6]}/{n[6:]}"


def _ee(rng: random.Random, mod: object = ik) -> str:
    d = _dob6(rng)
    g = (5 if d.year >= 2000 else 3) + rng.randrange(2)
    return _draw(rng, lambda: f"{g}{d:%y%m%d}{_digits(rng, 3)}", "0123456789", 1, mod.is_valid)  # type: ignore[attr-defined]


def _se(rng: random.Random) -> str:
    d = _dob6(rng)
    n = _draw(rng, lambda: f"{d:%y%m%d}{_digits(rng, 3)}", "0123456789", 1, personnummer.is_valid)
    return f"{n[:6]}-{n[6:]}"


def _no(rng: random.Random) -> str:
    d = _dob6(rng, 20, 70)
    low, high = (0, 499) if d.year < 2000 else (500, 999)
    n = _draw(
        rng,
        lambda: f"{d:%d%m%y}{rng.randint(low, high):03d}",
        "0123456789",
        2,
        fodselsnummer.is_valid,
    )
    return n if rng.random() < 0.6 else f"{n[:6]} {n[6:]}"


def _be(rng: random.Random) -> str:
    d = _dob6(rng, 20, 75)
    n = _draw(rng, lambda: f"{d:%y%m%d}{rng.randint(1, 997):03d}", "0123456789", 2, be_nn.is_valid)
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def _nl(rng: random.Random) -> str:
    return _draw(
        rng, lambda: str(rng.randint(1, 9)) + _digits(rng, 7), "0123456789", 1, bsn.is_valid
    )


def _gb_nhs(rng: random.Random) -> str:
    n = _draw(rng, lambda: str(rng.randint(4, 7)) + _digits(rng, 8), "0123456789", 1, nhs.is_valid)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def _us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        n = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if area != 666 and us_ssn.is_valid(n):
            return rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}", n, f"{n[:3]} {n[3:5]} {n[5:]}"])


def _br(rng: random.Random) -> str:
    n = _draw(rng, lambda: _digits(rng, 9), "0123456789", 2, cpf.is_valid)
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"


def _cl(rng: random.Random) -> str:
    body = str(rng.randint(5_000_000, 25_999_999))
    n = body + rut.calc_check_digit(body)
    assert rut.is_valid(n)
    return f"{int(body):,}".replace(",", ".") + "-" + n[-1]


def _ar(rng: random.Random) -> str:
    n = _draw(
        rng,
        lambda: rng.choice(["20", "27", "23"]) + _digits(rng, 8),
        "0123456789",
        1,
        cuit.is_valid,
    )
    return f"{n[:2]}-{n[2:10]}-{n[10]}"


def _in(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    n = body + verhoeff_check(body)
    if not aadhaar.is_valid(n):
        return _in(rng)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _cn(rng: random.Random) -> str:
    d = _dob6(rng)
    region = rng.choice(["110101", "110102", "110105", "110108", "310101", "310104"])
    return _draw(
        rng, lambda: f"{region}{d:%Y%m%d}{_digits(rng, 3)}", "0123456789X", 1, ric.is_valid
    )


def _kr(rng: random.Random) -> str:
    d = _dob6(rng)
    g = (3 if d.year >= 2000 else 1) + rng.randrange(2)
    n = _draw(rng, lambda: f"{d:%y%m%d}{g}{_digits(rng, 5)}", "0123456789", 1, rrn.is_valid)
    return f"{n[:6]}-{n[6:]}"


def _za(rng: random.Random) -> str:
    d = _dob6(rng)
    body = f"{d:%y%m%d}{rng.randint(0, 9999):04d}{rng.choice('01')}8"
    n = body + luhn_check(body)
    assert za_idnr.is_valid(n)
    return n if rng.random() < 0.6 else f"{n[:6]} {n[6:10]} {n[10:]}"


def _il(rng: random.Random) -> str:
    return _draw(rng, lambda: _digits(rng, 8), "0123456789", 1, il_idnr.is_valid)


def _tr(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    n = body + tckimlik.calc_check_digits(body)
    assert tckimlik.is_valid(n)
    return n


def _ca(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(rng, 7)
    n = body + luhn_check(body)
    assert sin.is_valid(n)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def _au(rng: random.Random) -> str:
    n = _draw(rng, lambda: _digits(rng, 8), "0123456789", 1, tfn.is_valid)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def _ie(rng: random.Random) -> str:
    return _draw(rng, lambda: _digits(rng, 7), string.ascii_uppercase, 1, pps.is_valid)


def _pt(rng: random.Random) -> str:
    body = rng.choice("123") + _digits(rng, 7)
    n = body + nif.calc_check_digit(body)
    assert nif.is_valid(n)
    return n


def _gr(rng: random.Random) -> str:
    d = _dob6(rng)
    body = f"{d:%d%m%y}{_digits(rng, 4)}"
    n = body + luhn_check(body)
    assert amka.is_valid(n), n
    return n


def _ro(rng: random.Random) -> str:
    d = _dob6(rng)
    s = (5 if d.year >= 2000 else 1) + rng.randrange(2)
    body = f"{s}{d:%y%m%d}{rng.randint(1, 46):02d}{rng.randint(1, 999):03d}"
    n = body + cnp.calc_check_digit(body)
    assert cnp.is_valid(n), n
    return n


def _bg(rng: random.Random) -> str:
    d = _dob6(rng, 20, 70)
    month = d.month + (40 if d.year >= 2000 else 0)
    body = f"{d:%y}{month:02d}{d:%d}{_digits(rng, 3)}"
    n = body + egn.calc_check_digit(body)
    assert egn.is_valid(n), n
    return n


def _hr(rng: random.Random) -> str:
    return _draw(rng, lambda: _digits(rng, 10), "0123456789", 1, oib.is_valid)


def _es(rng: random.Random) -> str:
    body = f"{rng.randint(1, 99_999_999):08d}"
    n = body + dni.calc_check_digit(body)
    return n if rng.random() < 0.6 else f"{n[:8]}-{n[8]}"


def _fr(rng: random.Random) -> str:
    d = _dob6(rng)
    dept = f"{rng.randint(1, 95):02d}"
    body = f"{rng.choice('12')}{d:%y%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    n = body + nir.calc_check_digits(body)
    assert nir.is_valid(n), n
    return rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def _de(rng: random.Random) -> str:
    def make() -> str:
        digits = list("0123456789")
        rng.shuffle(digits)
        core = digits[:9]
        core[rng.randrange(1, 9)] = core[0]  # one digit twice, as the scheme requires
        if core[0] == "0":
            core[0] = "1"
        return "".join(core) + "0"

    return _draw(rng, lambda: make()[:10], "0123456789", 1, idnr.is_valid)


_CF_MONTH = "ABCDEHLMPRST"


def _it(rng: random.Random) -> str:
    d = _dob6(rng)
    cons = "BCDFGLMNPRSTVZ"
    day = d.day + (40 if rng.random() < 0.5 else 0)
    body = (
        "".join(rng.choice(cons) for _ in range(6))
        + f"{d:%y}{_CF_MONTH[d.month - 1]}{day:02d}"
        + rng.choice("ABCDEFGHLM")
        + f"{rng.randint(1, 999):03d}"
    )
    n = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(n), n
    return n


def _jp(rng: random.Random) -> str:
    body = _digits(rng, 11)
    n = body + jp_in.calc_check_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _th(rng: random.Random) -> str:
    body = str(rng.randint(1, 8)) + _digits(rng, 11)
    n = body + pin.calc_check_digit(body)
    assert pin.is_valid(n)
    return f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}"


def _is(rng: random.Random) -> str:
    d = _dob6(rng, 20, 70)
    century = "9" if d.year < 2000 else "0"
    n = _draw(
        rng,
        lambda: f"{d:%d%m%y}{rng.randint(20, 99)}",
        "0123456789",
        1,
        lambda c: kennitala.is_valid(c + century),
    )
    return f"{n[:6]}-{n[6:]}{century}"


def _ua(rng: random.Random) -> str:
    body = _digits(rng, 9)
    n = body + rntrc.calc_check_digit(body)
    assert rntrc.is_valid(n)
    return n


def _mx(rng: random.Random) -> str:
    d = _dob6(rng)
    up = string.ascii_uppercase
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    body = (
        rng.choice(cons) + rng.choice("AEIOU") + rng.choice(up) + rng.choice(up)
        + f"{d:%y%m%d}" + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT"])
        + "".join(rng.choice(cons) for _ in range(3))
        + (rng.choice(up[:9]) if d.year >= 2000 else str(rng.randrange(10)))
    )  # fmt: skip
    n = body + curp.calc_check_digit(body)
    if not curp.is_valid(n):  # an offensive first four letters: the registry replaces them
        return _mx(rng)
    return n


def _vnr_check(number: str) -> str:
    """The VNR check digit, or "" for a serial the scheme never issues (check 10)."""
    try:
        return str(vnr.calc_check_digit(number))
    except (ValueError, IndexError, TypeError):
        return ""


def _at(rng: random.Random) -> str:
    d = _dob6(rng)
    for _ in range(50):
        serial = f"{rng.randint(100, 999)}"
        check = _vnr_check(serial + "0" + f"{d:%d%m%y}")
        n = serial + check + f"{d:%d%m%y}"
        if vnr.is_valid(n):
            return f"{n[:4]} {n[4:]}"
    raise AssertionError("no VNR")


def _ch(rng: random.Random) -> str:
    n = _draw(rng, lambda: "756" + _digits(rng, 9), "0123456789", 1, ch_ssn.is_valid)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def _dk(rng: random.Random) -> str:
    d = _dob6(rng, 20, 70)
    return f"{d:%d%m%y}-{rng.randint(1000, 3999)}"


def _gb_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = rng.choice(first) + rng.choice(second)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    d = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    return rng.choice([f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suffix}", f"{pre}{d}{suffix}"])


AA_NATIONAL: dict[str, AANat] = {
    n.country: n
    for n in (
        AANat("US", ("SSN", "Social Security No.", "SS#"), _us_ssn),
        AANat("GB", ("NHS number", "NHS No", "NHS #"), _gb_nhs),
        AANat("GBNI", ("NI number", "NINO", "National Insurance No."), _gb_nino),
        AANat("PL", ("PESEL", "nr PESEL"), _pesel),
        AANat("FI", ("henkilötunnus", "HETU", "hetu"), _hetu),
        AANat("CZ", ("rodné číslo", "RČ"), _cz),
        AANat("EE", ("isikukood", "IK"), _ee),
        AANat("LT", ("asmens kodas", "AK"), lambda rng: _ee(rng, asmens)),
        AANat("SE", ("personnummer", "pnr"), _se),
        AANat("NO", ("fødselsnummer", "fnr", "personnummer"), _no),
        AANat("DK", ("CPR-nr.", "CPR"), _dk),
        AANat("BE", ("rijksregisternummer", "numéro de registre national", "NISS"), _be),
        AANat("NL", ("BSN", "burgerservicenummer"), _nl),
        AANat("BR", ("CPF",), _br),
        AANat("CL", ("RUT", "RUN"), _cl),
        AANat("AR", ("CUIL", "CUIT"), _ar),
        AANat("IN", ("Aadhaar", "Aadhaar No.", "आधार"), _in),
        AANat("CN", ("身份证号", "居民身份证号码"), _cn),
        AANat("KR", ("주민등록번호", "RRN"), _kr),
        AANat("ZA", ("ID number", "ID No."), _za),
        AANat("IL", ("ת.ז.", "מספר זהות", "Teudat Zehut"), _il),
        AANat("TR", ("TC Kimlik No", "T.C. Kimlik Numarası"), _tr),
        AANat("CA", ("SIN", "NAS"), _ca),
        AANat("AU", ("TFN", "tax file number"), _au),
        AANat("IE", ("PPSN", "PPS No."), _ie),
        AANat("PT", ("NIF", "contribuinte"), _pt),
        AANat("GR", ("ΑΜΚΑ", "AMKA"), _gr),
        AANat("RO", ("CNP",), _ro),
        AANat("BG", ("ЕГН", "EGN"), _bg),
        AANat("HR", ("OIB",), _hr),
        AANat("ES", ("DNI", "NIF"), _es),
        AANat("FR", ("NIR", "n° de sécurité sociale", "numéro INSEE"), _fr),
        AANat("DE", ("Steuer-ID", "Steueridentifikationsnummer", "IdNr"), _de),
        AANat("IT", ("codice fiscale", "C.F."), _it),
        AANat("JP", ("マイナンバー", "個人番号"), _jp),
        AANat("TH", ("เลขประจำตัวประชาชน", "Thai ID"), _th),
        AANat("IS", ("kennitala", "kt."), _is),
        AANat("UA", ("РНОКПП", "ІПН"), _ua),
        AANat("MX", ("CURP",), _mx),
        AANat("AT", ("SVNR", "Versicherungsnummer"), _at),
        AANat("CH", ("AHV-Nr.", "AVS"), _ch),
    )
}
# The validator of each country's numbers (tests: every drawn number passes it).
AA_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "US": us_ssn.is_valid, "GB": nhs.is_valid, "PL": pesel.is_valid, "FI": hetu.is_valid,
    "CZ": rc.is_valid, "EE": ik.is_valid, "LT": asmens.is_valid,
    "SE": personnummer.is_valid, "NO": fodselsnummer.is_valid, "BE": be_nn.is_valid,
    "NL": bsn.is_valid, "BR": cpf.is_valid, "CL": rut.is_valid, "AR": cuit.is_valid,
    "IN": aadhaar.is_valid, "CN": ric.is_valid, "KR": rrn.is_valid, "ZA": za_idnr.is_valid,
    "IL": il_idnr.is_valid, "TR": tckimlik.is_valid, "CA": sin.is_valid, "AU": tfn.is_valid,
    "IE": pps.is_valid, "PT": nif.is_valid, "GR": amka.is_valid, "RO": cnp.is_valid,
    "BG": egn.is_valid, "HR": oib.is_valid, "ES": dni.is_valid, "FR": nir.is_valid,
    "DE": idnr.is_valid, "IT": codicefiscale.is_valid, "JP": jp_in.is_valid,
    "TH": pin.is_valid, "IS": kennitala.is_valid, "UA": rntrc.is_valid, "MX": curp.is_valid,
    "AT": vnr.is_valid, "CH": ch_ssn.is_valid,
}  # fmt: skip
DEFAULT_COUNTRIES = tuple(c for c in AA_NATIONAL if c != "GBNI")


def national(ctx: Ctx, form: str) -> Value:
    key = form.upper()
    if key not in AA_NATIONAL:
        countries = (ctx.template.id_countries if ctx.template else ()) or DEFAULT_COUNTRIES
        key = ctx.rng.choice(countries)
    entry = AA_NATIONAL[key]
    return Value(entry.draw(ctx.rng), ctx.rng.choice(entry.labels))


# ---------------------------------------------------------------- other numbers


def _shape(rng: random.Random, shape: str) -> str:
    """'#' a digit, '?' a capital letter, '*' either; anything else as written."""
    out = []
    for ch in shape:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "*":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
        else:
            out.append(ch)
    return "".join(out)


def upn(rng: random.Random) -> str:
    """A school unique pupil number: check letter, LA, school, year and serial digits."""
    body = f"{rng.randint(201, 938)}{rng.randint(1000, 7999)}{rng.randint(10, 26)}"
    body += f"{rng.randint(1, 999):03d}"
    total = sum(int(d) * w for d, w in zip(body, range(2, 14), strict=True))
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[total % 23] + body


# Shapes per scheme for the record-like slots (a slot form names the scheme).
SCHEMES: dict[str, dict[str, tuple[str, ...]]] = {
    "aamrn": {
        "": ("MRN-#######", "########", "H#######", "RX#######", "K###-####-#"),
        "hosp": ("RTH#######", "M######", "#######?"),
        "us": ("MR#########", "00#######", "##-###-###"),
        "hl7": ("#########", "H########"),
        "vet": ("P-#####", "ANI######", "#####/#"),
        "dent": ("D######", "DEN-#####"),
        "opt": ("OPT######", "C#####"),
        "gp": ("EMIS ######", "S1-#######", "#########"),
    },
    "aacase": {
        "": ("CASE-####-#####", "CS/######", "###-###-###"),
        "social": ("LCS-#######", "MOSAIC ######", "CP-##/#####", "ER########"),
        "housing": ("HOU/####/#####", "HB#########", "TEN-######", "HR-##-#####"),
        "probation": ("?######",),
        "prison": ("?####??",),
        "pnc": ("##/######?",),
        "ho": ("?#######", "?#######/#", "####-####-####-####"),
        "school": ("STU######", "#######"),
        "amb": ("CAD-######-####", "INC########", "#######"),
        "ticket": ("INC#######", "#######", "ZD-######", "SR-####-#####"),
        "benefit": ("UC-##########", "HB/#######", "##########"),
        "court": ("#####/##/#####", "T####/#####", "??##?#####"),
        "vet": ("V######", "CL-#####"),
        "rx": ("RX-#######", "#########", "Rx #######"),
        "dwp": ("??-###-###-###",),
    },
    "aaplan": {
        "": ("MEM#########", "W#########", "###########", "HP-########-##"),
        "us": ("XEK#########", "YRN#########", "ZGP#########", "MBR#####-##"),
        "ehic": ("80####0000########", "807560##########"),
        "de": ("?#########",),
        "au": ("#### ##### #", "##########"),
        "fr": ("########",),
        "nl": ("########",),
    },
    "aaclaim": {
        "": ("CLM-########", "C########", "##-#######-##", "CLAIM/####/#####"),
        "edi": ("##########", "CLM##########"),
    },
    "aaacct": {
        "": ("########", "ACC-#########", "#### #### ####"),
        "uk": ("##-##-## ########", "##-##-##, ########"),
        "us": ("#########", "############"),
        "ct": ("CT########", "#########"),
        "util": ("#########-##", "## #### ####"),
        "cust": ("CUST-######", "C########"),
        "swift": ("???????#XXX",),
    },
    "aalic": {
        "": ("LIC-######", "?#######", "##-######"),
        "gmc": ("#######",),
        "nmc": ("##?####?",),
        "gphc": ("20#####",),
        "gdc": ("######",),
        "goc": ("01-#####", "D-#####"),
        "rcvs": ("#######",),
        "hcpc": ("PA######", "SW######", "OT######"),
        "sia": ("#### #### #### ####",),
        "us": ("MD######", "A#######", "RN#######"),
        "dea": ("??#######",),
        "de": ("LANR #########",),
        "trn": ("#######",),
        "ukdl": ("?????######??#??",),
        "usdl": ("?#######", "#########", "?###-####-####"),
    },
    "aadev": {
        "": ("SN ??#######", "#########", "SER-####-####"),
        "pace": ("PJN######?", "RNA######?", "###########"),
        "pump": ("PUMP-#######", "T#######", "NG#######H"),
        "cgm": ("SM########", "#########C"),
        "hear": ("##########", "HA-########"),
        "aed": ("#########", "AED-####-####"),
        "conc": ("CC########",),
        "tag": ("GPS-#######", "EM######"),
        "phone": ("##-######-######-#",),
    },
    "aabio": {
        "": ("FP-##########", "VP-########", "IRIS-#######"),
        "finger": ("FP-##########", "LIVESCAN ##########", "#?##?##?##?##?##"),
        "voice": ("VP-########", "VOICEPRINT ########"),
        "face": ("FT-##########", "FRT-#########"),
    },
    "aaref": {
        "": ("REF-########", "########", "##########"),
        "ubrn": ("#### #### ####",),
        "chi": ("##########",),
        "tracking": ("??#########GB",),
        "order": ("ORD-########", "#########"),
        "uan": ("####-####-####-####",),
        "uln": ("##########",),
        "session": ("sess_****************",),
    },
}


def scheme_value(ctx: Ctx, slot: str, form: str) -> str:
    if slot == "aacase" and form == "upn":
        return upn(ctx.rng)
    table = SCHEMES[slot]
    shapes = table.get(form, table[""])
    text = _shape(ctx.rng, ctx.rng.choice(shapes))
    if slot == "aabio" and form == "" and ctx.rng.random() < 0.3:
        text = text.lower()
    return text


def vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "JHM", "WVW", "WBA", "SAL", "VF1", "YV1", "KMH"])
    vds = "".join(rng.choice(alphabet) for _ in range(5))
    year = rng.choice("GHJKLMNPRST")
    rest = rng.choice(alphabet) + _digits(rng, 6)
    draft = wmi + vds + "0" + year + rest
    return draft[:8] + vin_check(draft) + draft[9:]


def plate(ctx: Ctx) -> str:
    try:
        raw = str(ctx.fake().license_plate())
    except AttributeError:
        raw = str(ctx.fake("en_GB").license_plate())
    return raw.strip()


# Issuer prefixes and lengths (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Mir).
CARD_PREFIXES = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15)]
CARD_PREFIXES += [("6011", 16), ("35", 16), ("62", 16), ("2200", 16), ("4", 13)]


def card(rng: random.Random) -> str:
    prefix, length = rng.choice(CARD_PREFIXES)
    body = prefix + _digits(rng, length - len(prefix) - 1)
    n = body + luhn_check(body)
    assert std_luhn.is_valid(n)
    style = rng.randrange(4)
    if style == 0 or length == 13:
        return n
    sep = " " if style in (1, 3) else "-"
    if length == 15:
        return sep.join((n[:4], n[4:10], n[10:]))
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


IBAN_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_GB", "pl_PL", "pt_PT")
IBAN_LOCALES += ("fi_FI", "sv_SE", "da_DK", "no_NO", "de_AT", "de_CH", "nl_BE", "en_IE")
IBAN_LOCALES += ("cs_CZ", "sk_SK", "hu_HU", "ro_RO", "bg_BG", "hr_HR", "sl_SI", "el_GR")
IBAN_LOCALES += ("lt_LT", "lv_LV", "et_EE", "tr_TR", "uk_UA")


def iban(ctx: Ctx) -> str:
    loc = ctx.locale if ctx.locale in IBAN_LOCALES else ctx.rng.choice(IBAN_LOCALES)
    raw = str(ctx.fake(loc).iban())
    if not std_iban.is_valid(raw):  # a BBAN of the shape, own check digits
        bban = _digits(ctx.rng, 18)
        raw = "DE" + mod97_check("DE", bban) + bban
    assert std_iban.is_valid(raw)
    return (
        " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if ctx.rng.random() < 0.5 else raw
    )


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    try:
        raw = str(ctx.fake().phone_number())
        region = ctx.locale.rsplit("_", 1)[-1].upper()
    except AttributeError:
        raw, region = str(ctx.fake("en_GB").phone_number()), "GB"
    if form in ("intl", "e164", "sms"):
        try:
            number = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(number):
                fmt = phonenumbers.PhoneNumberFormat
                raw = phonenumbers.format_number(
                    number, fmt.E164 if form in ("e164", "sms") else fmt.INTERNATIONAL
                )
        except phonenumbers.NumberParseException:
            pass
        if form == "sms":
            raw = raw.replace("+", rng.choice(["+", "00", "+"]))
    if form == "words":
        words = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        digits = [c for c in raw if c.isdigit()][-11:]
        return " ".join(words[int(c)] for c in digits)
    if form == "uk":
        raw = rng.choice(["07", "01", "02"]) + _digits(rng, 9)
        if rng.random() < 0.6:
            raw = f"{raw[:5]} {raw[5:]}"
    if form == "us":
        a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
        raw = rng.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}"])
    return raw


MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "mail.ru", "gmx.at")
MAIL_DOMAINS += ("icloud.com", "hotmail.fr", "libero.it", "wp.pl", "seznam.cz", "naver.com")
MAIL_DOMAINS += ("qq.com", "yandex.ru")


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake("en_US")
    if not people or rng.random() < 0.25:
        return unidecode(str(f.email())).lower()
    p = people[0] if form != "second" or len(people) < 2 else people[1]
    user = rng.choice(
        [f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{rng.randint(1, 99)}",
         f"{p.first}_{p.last[:1]}{rng.randint(70, 9999)}"]
    )  # fmt: skip
    user = re.sub(r"[^a-z0-9._]", "", unidecode(user).lower()).strip("._") or "user"
    domain = rng.choice([*MAIL_DOMAINS, str(f.domain_name())])
    return f"{user}@{domain}"


def url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    if form == "photo":
        return rng.choice(
            [
                f"https://files.{f.domain_name()}/photos/{rng.randint(10**5, 10**7)}.jpg",
                f"https://{f.domain_name()}/media/id-photo-{rng.randint(1000, 99999)}.png",
                f"https://cdn.{f.domain_name()}/u/{f.user_name()}/avatar.jpg",
                f"https://intranet.{f.domain_name()}/custody/img/{rng.randint(10**6, 10**8)}.jpeg",
            ]
        )
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    handle = unidecode(f"{people[0].first}{people[0].last}").lower() if people else f.user_name()
    handle = re.sub(r"[^a-z0-9]", "", handle) or "user"
    return rng.choice(
        [
            f"https://www.facebook.com/{handle}.{rng.randint(1, 999)}",
            f"https://portal.{f.domain_name()}/cases/{rng.randint(10**5, 10**7)}",
            f"https://{f.domain_name()}/patient/{rng.randint(1000, 999999)}",
            f"www.instagram.com/{handle}_{rng.randint(1, 99)}",
            f"https://t.me/{handle}",
            f"https://www.tiktok.com/@{handle}",
            f"http://{f.domain_name()}/~{f.user_name()}",
        ]
    )


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    if form == "v6" or (not form and ctx.rng.random() < 0.2):
        return str(f.ipv6())
    return str(f.ipv4_public() if ctx.rng.random() < 0.75 else f.ipv4_private())


def mac(ctx: Ctx) -> str:
    raw = _digits(ctx.rng, 0) + "".join(ctx.rng.choice("0123456789abcdef") for _ in range(12))
    pairs = [raw[i : i + 2] for i in range(0, 12, 2)]
    style = ctx.rng.randrange(4)
    if style == 0:
        return ":".join(pairs)
    if style == 1:
        return "-".join(pairs).upper()
    if style == 2:
        return ".".join(raw[i : i + 4] for i in range(0, 12, 4))
    return ":".join(pairs).upper()


def chip(rng: random.Random) -> str:
    """A pet microchip (ISO 11784/11785 FDX-B: a 3-digit country or maker code, 12 digits)."""
    code = rng.choice(["985", "981", "977", "900", "826", "250", "276", "941", "956"])
    n = code + _digits(rng, 12)
    return n if rng.random() < 0.7 else f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:12]} {n[12:]}"


def geo(rng: random.Random) -> str:
    lat, lon = rng.uniform(-40.0, 65.0), rng.uniform(-120.0, 150.0)
    style = rng.randrange(3)
    if style == 0:
        return f"{lat:.5f},{lon:.5f}"
    if style == 1:
        return f"{lat:.4f}, {lon:.4f}"
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    return f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"


AR_CITIES = (
    "القاهرة",
    "الإسكندرية",
    "عمّان",
    "الرياض",
    "جدة",
    "نابلس",
    "رام الله",
    "إربد",
    "الزرقاء",
)


def arabic_address(ctx: Ctx, slot: str) -> str:
    """Faker's Arabic locales mix English street words in: written here the local way."""
    rng, f = ctx.rng, ctx.fake()
    city = rng.choice(AR_CITIES)
    if slot == "aatown":
        return city
    if slot == "aapost":
        return f"{rng.randint(10000, 99999)}"
    street = f"{rng.randint(1, 240)} شارع {f.last_name()}"
    if slot == "aastreet":
        return street
    return f"{street}، {rng.choice(['حي', 'عمارة'])} {rng.randint(1, 60)}، {city}"


def address(ctx: Ctx, slot: str, form: str) -> str:
    if ctx.locale.startswith("ar_"):
        return arabic_address(ctx, slot)
    f = ctx.fake()
    try:
        if slot == "aatown":
            return str(f.city()).strip()
        if slot == "aapost":
            return str(f.postcode()).strip()
        text = str(f.street_address() if slot == "aastreet" else f.address()).strip()
    except AttributeError:
        g = ctx.fake("en_GB")
        return str(
            g.city() if slot == "aatown" else g.postcode() if slot == "aapost" else g.address()
        )
    if form == "lines":
        return text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    one = ", ".join(lines)
    if form == "caps":
        return one.upper()
    if form == "ocr":
        return _swap(one, _LOOK, 4)
    if form == "lower":
        return one.lower()
    return one


def age(rng: random.Random, form: str) -> str:
    n = rng.randint(90, 106)
    if form == "words":
        tens = {9: "ninety", 10: "one hundred"}[n // 10 if n < 100 else 10]
        units = ["one", "two", "three", "four", "five", "six"]
        if n < 100:
            return tens + ("" if n == 90 else "-" + ["", *units, "seven", "eight", "nine"][n - 90])
        return tens + ("" if n == 100 else " and " + units[n - 101])
    return str(n)


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "aaper":
        return new_person(ctx)
    if slot in ("aatown", "aapost", "aastreet", "aaaddr"):
        return Value(address(ctx, slot, form))
    if slot == "aageo":
        return Value(geo(rng))
    if slot in ("aatel", "aafax"):
        return Value(phone(ctx, form))
    if slot == "aamail":
        return Value(email(ctx, form))
    if slot == "aanat":
        return national(ctx, form)
    if slot == "aapass":
        shape = {"gb": "#########", "us": "?########", "de": "C??######"}.get(form, "")
        shape = shape or rng.choice(["??#######", "#########", "?########", "##??#####"])
        return Value(_shape(rng, shape), "passport")
    if slot in SCHEMES:
        return Value(scheme_value(ctx, slot, form))
    if slot == "aacard":
        return Value(card(rng))
    if slot == "aaiban":
        return Value(iban(ctx))
    if slot == "aaip":
        return Value(ip(ctx, form))
    if slot in ("aaurl", "aaphoto"):
        return Value(url(ctx, "photo" if slot == "aaphoto" else form))
    if slot == "aamac":
        return Value(mac(ctx))
    if slot == "aachip":
        return Value(chip(rng))
    if slot == "aadob":
        lo, hi = {"child": (0, 17), "adult": (18, 85), "old": (60, 89)}.get(form, (0, 95))
        return Value(date_text(ctx, a_dob(rng, lo, hi), form))
    if slot == "aadate":
        return Value(date_text(ctx, days_back(rng, 0, 1100), form))
    if slot == "aaage":
        return Value(age(rng, form))
    if slot == "aaveh":
        if form == "vin" or (form != "plate" and rng.random() < 0.35):
            return Value(vin(rng))
        return Value(plate(ctx))
    raise KeyError(slot)
