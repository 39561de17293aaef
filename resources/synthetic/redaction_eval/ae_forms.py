"""Values for held-out AE (session 46): its people, dates and numbers.

Everything is drawn from the document's seeded rng and seeded Faker; nothing reads the clock.
Dates count back from AE_TODAY. National numbers are drawn here and completed with their
country's check characters, every one accepted by python-stdnum before it is written.
"""

from __future__ import annotations

import datetime
import importlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from faker.decode import unidecode

from resources.synthetic.redaction_eval.generator import AE_KINDS, Ctx, Person, Value

AE_TODAY = datetime.date(2026, 12, 27)
KINDS = AE_KINDS

# --- Check-digit schemes written here (each pinned to a published worked example in the tests)

_VERHOEFF_D = (
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
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
_VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_check(body: str) -> str:
    """The Verhoeff check digit appended to `body` (Aadhaar)."""
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def luhn_check(body: str) -> str:
    """The Luhn (mod 10) check digit appended to `body` (cards, IMEIs, SIN, personnummer)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def hetu_check(ddmmyy: str, serial: str) -> str:
    """The Finnish henkilötunnus control character: the nine digits mod 31."""
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + serial) % 31]


def dni_letter(number: str) -> str:
    """The Spanish DNI letter: the number mod 23."""
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(number) % 23]


def iban_check(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 minus (BBAN, country, 00) mod 97 (ISO 7064 mod 97-10)."""
    moved = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    return f"{98 - int(numeric) % 97:02d}"


# --- People ---------------------------------------------------------------------------------

# Locales whose names Faker writes in a script other than Latin.
NATIVE_LOCALES = (
    "zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU", "uk_UA", "el_GR", "bg_BG", "he_IL",
    "ar_SA", "fa_IR", "th_TH", "hi_IN", "ka_GE", "hy_AM", "mk_MK",
)  # fmt: skip
_NO_SPACE = ("zh_CN", "zh_TW", "ja_JP", "ko_KR")
_OCR = {"l": "1", "O": "0", "m": "rn", "e": "c", "S": "5", "i": "l", "B": "8"}


@dataclass
class AePerson(Person):
    """A person with AE's extra forms (own script, romanised, OCR damage, a typo)."""

    script: str = ""  # the Faker locale of a name written in another script ("" Latin)
    romaji: tuple[str, str] = ("", "")  # (first, last) as the locale itself romanises them

    def form(self, form: str) -> str:
        first, last = self.first, self.last
        if form == "native":
            if self.script in _NO_SPACE:
                return f"{last}{first}"
            return f"{first} {last}"
        if form == "native_last_first":
            return f"{last} {first}"
        lat_first, lat_last = self.romaji if self.romaji[0] else (_latin(first), _latin(last))
        if form == "latin":
            return f"{lat_first} {lat_last}"
        if form == "latin_caps_last":
            return f"{lat_last.upper()} {lat_first}"
        if form == "ocr":
            full = f"{first} {last}"
            for a, b in _OCR.items():
                if a in full[1:]:
                    return full[0] + full[1:].replace(a, b, 1)
            return full.upper()
        if form == "typo":
            w = last
            if len(w) > 3:
                w = w[0] + w[2] + w[1] + w[3:]
            return f"{first} {w}"
        return super().form(form)


def _latin(word: str) -> str:
    """A name word in Latin letters, capitalised as a record writes it."""
    words = unidecode(word).split()
    return " ".join(w if w != w.lower() else w.capitalize() for w in words)


def new_person(ctx: Ctx, native: bool = False) -> AePerson:
    loc = ctx.locale
    if native and loc not in NATIVE_LOCALES:
        loc = ctx.rng.choice(NATIVE_LOCALES)
    f = ctx.fake(loc)
    if loc == "ja_JP":  # kanji with the locale's own romanisation (unidecode reads Chinese)
        last_kanji, _, last_roman = f.last_name_pair()
        first_kanji, _, first_roman = f.first_name_pair()
        return AePerson(first_kanji, last_kanji, "", loc, (first_roman, last_roman))
    first = str(f.first_name()).strip()
    last = str(f.last_name()).strip()
    middle = ""
    if not native and ctx.rng.random() < 0.25:
        middle = str(f.first_name()).strip()
    first, last, middle = (" ".join(w.split()) for w in (first, last, middle))
    return AePerson(first, last, middle, loc if loc in NATIVE_LOCALES else "")


# --- Dates ----------------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio "
    "julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho "
    "julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _nth(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _era(d: datetime.date) -> str:
    if d >= datetime.date(2019, 5, 1):
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if d >= datetime.date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def date_text(d: datetime.date, style: str) -> str:
    m = d.month
    en = MONTHS["en"].split()[m - 1]
    styles: dict[str, Callable[[], str]] = {
        "iso": d.isoformat,
        "dmy": lambda: f"{d.day:02d}/{m:02d}/{d.year}",
        "mdy": lambda: f"{m:02d}/{d.day:02d}/{d.year}",
        "dot": lambda: f"{d.day:02d}.{m:02d}.{d.year}",
        "short": lambda: f"{d.day}/{m}/{d.year % 100:02d}",
        "long": lambda: f"{d.day} {en} {d.year}",
        "us_long": lambda: f"{en} {d.day}, {d.year}",
        "mon": lambda: f"{d.day:02d}-{en[:3].upper()}-{d.year}",
        "compact": lambda: f"{d.year}{m:02d}{d.day:02d}",
        "words": lambda: f"the {_nth(d.day)} of {en} {d.year}",
        "be": lambda: f"{d.day}/{m}/{d.year + 543}",
        "roc": lambda: f"民國{d.year - 1911}年{m}月{d.day}日",
        "wa": lambda: _era(d),
        "kr": lambda: f"{d.year}년 {m}월 {d.day}일",
        "cn": lambda: f"{d.year}年{m}月{d.day}日",
        "de": lambda: f"{d.day}. {MONTHS['de'].split()[m - 1]} {d.year}",
        "fr": lambda: f"{d.day} {MONTHS['fr'].split()[m - 1]} {d.year}",
        "es": lambda: f"{d.day} de {MONTHS['es'].split()[m - 1]} de {d.year}",
        "pt": lambda: f"{d.day} de {MONTHS['pt'].split()[m - 1]} de {d.year}",
        "nl": lambda: f"{d.day} {MONTHS['nl'].split()[m - 1]} {d.year}",
        "pl": lambda: f"{d.day} {MONTHS['pl'].split()[m - 1]} {d.year} r.",
        "roman": lambda: f"{d.day}.{_ROMAN[m - 1]}.{d.year}",
        "ymd_slash": lambda: f"{d.year}/{m:02d}/{d.day:02d}",
        "dash_dmy": lambda: f"{d.day:02d}-{m:02d}-{d.year}",
    }
    return styles[style]()


DATE_STYLES = (
    "iso", "dmy", "mdy", "dot", "short", "long", "us_long", "mon", "compact", "words",
    "ymd_slash", "dash_dmy", "roman",
)  # fmt: skip
ALL_STYLES = (*DATE_STYLES, "be", "roc", "wa", "kr", "cn", "de", "fr", "es", "pt", "nl", "pl")


def _style(ctx: Ctx, form: str) -> str:
    if form in ALL_STYLES:
        return form
    pool = ctx.template.date_formats if ctx.template and ctx.template.date_formats else ()
    return ctx.rng.choice(tuple(pool) or DATE_STYLES)


def event_day(ctx: Ctx) -> datetime.date:
    return AE_TODAY - datetime.timedelta(days=ctx.rng.randint(1, 6 * 365))


def birth_day(rng: random.Random) -> datetime.date:
    return AE_TODAY - datetime.timedelta(days=rng.randint(17 * 365, 95 * 365))


UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def age_words(n: int) -> str:
    return (
        "ninety" + ("" if n % 10 == 0 else "-" + UNITS[n % 10])
        if n < 100
        else ("one hundred" + ("" if n == 100 else " and " + UNITS[n - 100]))
    )


# --- National numbers -----------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


@dataclass(frozen=True)
class Scheme:
    country: str  # ISO 3166 alpha-2
    module: str  # python-stdnum module that validates it
    labels: tuple[str, ...]
    body: Callable[[random.Random, datetime.date], str]  # "?" marks check characters
    alphabet: str = "0123456789"

    def valid(self, value: str) -> bool:
        mod = importlib.import_module("stdnum." + self.module)
        return bool(mod.is_valid(value))


def _yymmdd(b: datetime.date) -> str:
    return f"{b.year % 100:02d}{b.month:02d}{b.day:02d}"


def _ddmmyy(b: datetime.date) -> str:
    return f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"


def _se(r: random.Random, b: datetime.date) -> str:
    body = _yymmdd(b) + _d(r, 3)
    return f"{body[:6]}-{body[6:]}{luhn_check(body)}"


def _fi(r: random.Random, b: datetime.date) -> str:
    serial = f"{r.randint(2, 899):03d}"
    sep = "-" if b.year < 2000 else "A"
    return f"{_ddmmyy(b)}{sep}{serial}{hetu_check(_ddmmyy(b), serial)}"


def _dk(r: random.Random, b: datetime.date) -> str:
    first = str(r.randint(0, 3)) if b.year < 2000 else "4"
    return f"{_ddmmyy(b)}-{first}{_d(r, 3)}"


def _no(r: random.Random, b: datetime.date) -> str:
    ind = f"{r.randint(0, 499):03d}" if b.year < 2000 else f"{r.randint(500, 999):03d}"
    return f"{_ddmmyy(b)}{ind}??"


def _pl(r: random.Random, b: datetime.date) -> str:
    mm = b.month + (20 if b.year >= 2000 else 0)
    return f"{b.year % 100:02d}{mm:02d}{b.day:02d}{_d(r, 4)}?"


def _es(r: random.Random, b: datetime.date) -> str:
    n = f"{r.randint(1, 99999999):08d}"
    return n + dni_letter(n)


def _fr(r: random.Random, b: datetime.date) -> str:
    dept = r.choice(("75", "69", "13", "33", "59", "44", "31", "67"))
    sex, commune, order = r.choice("12"), r.randint(1, 899), r.randint(1, 999)
    return f"{sex} {b.year % 100:02d} {b.month:02d} {dept} {commune:03d} {order:03d} ??"


def _be(r: random.Random, b: datetime.date) -> str:
    return f"{b.year % 100:02d}.{b.month:02d}.{b.day:02d}-{r.randint(1, 997):03d}.??"


def _at(r: random.Random, b: datetime.date) -> str:
    return f"{r.randint(100, 999)}? {_ddmmyy(b)}"


def _cz(r: random.Random, b: datetime.date) -> str:
    mm = b.month + (50 if r.random() < 0.5 else 0)
    return f"{b.year % 100:02d}{mm:02d}{b.day:02d}/{_d(r, 3)}?"


def _ee(r: random.Random, b: datetime.date) -> str:
    g = r.choice("34") if b.year < 2000 else r.choice("56")
    return f"{g}{_yymmdd(b)}{_d(r, 3)}?"


def _bg(r: random.Random, b: datetime.date) -> str:
    mm = b.month + (40 if b.year >= 2000 else 0)
    return f"{b.year % 100:02d}{mm:02d}{b.day:02d}{_d(r, 3)}?"


def _ro(r: random.Random, b: datetime.date) -> str:
    s = r.choice("12") if b.year < 2000 else r.choice("56")
    return f"{s}{_yymmdd(b)}{r.randint(1, 40):02d}{r.randint(1, 999):03d}?"


def _si(r: random.Random, b: datetime.date) -> str:
    return f"{b.day:02d}{b.month:02d}{b.year % 1000:03d}50{_d(r, 3)}?"


def _is(r: random.Random, b: datetime.date) -> str:
    return f"{_ddmmyy(b)}-{r.randint(20, 99)}?{'9' if b.year < 2000 else '0'}"


def _kr(r: random.Random, b: datetime.date) -> str:
    s = r.choice("12") if b.year < 2000 else r.choice("34")
    return f"{_yymmdd(b)}-{s}{r.randint(0, 92):02d}{_d(r, 3)}?"


def _za(r: random.Random, b: datetime.date) -> str:
    return f"{_yymmdd(b)}{_d(r, 4)}08?"


def _cn(r: random.Random, b: datetime.date) -> str:
    area = r.choice(("110101", "310104", "440106", "510104", "330102", "420102"))
    return f"{area}{b.year}{b.month:02d}{b.day:02d}{_d(r, 3)}?"


def _gr(r: random.Random, b: datetime.date) -> str:
    return f"{_ddmmyy(b)}{_d(r, 4)}?"


def _de(r: random.Random, b: datetime.date) -> str:
    ds = list("0123456789")
    r.shuffle(ds)
    body = ds[:9]
    body.insert(r.randint(1, 9), body[r.randint(0, 8)])
    if body[0] == "0":
        body[0], body[5] = body[5], body[0]
    return "".join(body) + "?"


def _in(r: random.Random, b: datetime.date) -> str:
    body = str(r.randint(2, 9)) + _d(r, 10)
    n = body + verhoeff_check(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _ca(r: random.Random, b: datetime.date) -> str:
    body = r.choice("1234567") + _d(r, 7)
    n = body + luhn_check(body)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def _il(r: random.Random, b: datetime.date) -> str:
    body = str(r.randint(1, 3)) + _d(r, 7)
    return body + luhn_check(body)


def _us(r: random.Random, b: datetime.date) -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


SCHEMES: tuple[Scheme, ...] = (
    Scheme("US", "us.ssn", ("SSN", "Social Security No."), _us),
    Scheme(
        "NL", "nl.bsn", ("BSN", "burgerservicenummer"), lambda r, b: f"{r.randint(1, 9)}{_d(r, 7)}?"
    ),
    Scheme("SE", "se.personnummer", ("personnummer", "pers.nr"), _se),
    Scheme("FI", "fi.hetu", ("henkilötunnus", "HETU"), _fi),
    Scheme("DK", "dk.cpr", ("CPR-nr.", "CPR"), _dk),
    Scheme("NO", "no.fodselsnummer", ("fødselsnummer", "f.nr."), _no),
    Scheme("PL", "pl.pesel", ("PESEL", "nr PESEL"), _pl),
    Scheme("ES", "es.dni", ("DNI", "D.N.I."), _es),
    Scheme(
        "PT", "pt.nif", ("NIF", "n.º contribuinte"), lambda r, b: f"{r.choice('12')}{_d(r, 7)}?"
    ),
    Scheme("FR", "fr.nir", ("NIR", "n° de sécurité sociale"), _fr),
    Scheme("BE", "be.nn", ("rijksregisternummer", "NISS"), _be),
    Scheme("AT", "at.vnr", ("SV-Nr.", "Versicherungsnummer"), _at),
    Scheme(
        "CH", "ch.ssn", ("AHV-Nr.", "n° AVS"), lambda r, b: f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 1)}?"
    ),
    Scheme("CZ", "cz.rc", ("rodné číslo", "RČ"), _cz),
    Scheme("SK", "sk.rc", ("rodné číslo (SK)", "RČ SK"), _cz),
    Scheme("EE", "ee.ik", ("isikukood", "IK"), _ee),
    Scheme("LT", "lt.asmens", ("asmens kodas", "AK"), _ee),
    Scheme("BG", "bg.egn", ("ЕГН", "EGN"), _bg),
    Scheme("RO", "ro.cnp", ("CNP", "cod numeric personal"), _ro),
    Scheme(
        "HR",
        "hr.oib",
        ("OIB", "osobni identifikacijski broj"),
        lambda r, b: f"{r.randint(1, 9)}{_d(r, 9)}?",
    ),
    Scheme("SI", "si.emso", ("EMŠO", "EMSO"), _si),
    Scheme("IS", "is_.kennitala", ("kennitala", "kt."), _is),
    Scheme(
        "IE", "ie.pps", ("PPSN", "PPS No."), lambda r, b: f"{_d(r, 7)}?", "ABCDEFGHIJKLMNOPQRSTUVW"
    ),
    Scheme("CA", "ca.sin", ("SIN", "NAS"), _ca),
    Scheme(
        "AU", "au.tfn", ("TFN", "tax file number"), lambda r, b: f"{r.randint(1, 9)}{_d(r, 7)}?"
    ),
    Scheme(
        "NZ", "nz.ird", ("IRD number", "IRD no."), lambda r, b: f"{r.randint(10, 99)}{_d(r, 6)}?"
    ),
    Scheme("IN", "in_.aadhaar", ("Aadhaar", "UID"), _in),
    Scheme("BR", "br.cpf", ("CPF", "CPF/MF"), lambda r, b: f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}-??"),
    Scheme(
        "CL",
        "cl.rut",
        ("RUT", "RUN"),
        lambda r, b: f"{r.randint(5, 25)}.{_d(r, 3)}.{_d(r, 3)}-?",
        "0123456789K",
    ),
    Scheme(
        "AR",
        "ar.cuit",
        ("CUIT", "CUIL"),
        lambda r, b: f"{r.choice(('20', '27'))}-{r.randint(10, 45)}{_d(r, 6)}-?",
    ),
    Scheme("ZA", "za.idnr", ("ID number", "SA ID"), _za),
    Scheme("IL", "il.idnr", ("מספר זהות", "Teudat Zehut"), _il),
    Scheme("KR", "kr.rrn", ("주민등록번호", "RRN"), _kr),
    Scheme(
        "TR",
        "tr.tckimlik",
        ("T.C. Kimlik No", "TCKN"),
        lambda r, b: f"{r.randint(1, 9)}{_d(r, 8)}??",
    ),
    Scheme(
        "TH",
        "th.pin",
        ("เลขประจำตัวประชาชน", "Thai ID"),
        lambda r, b: f"{r.randint(1, 8)}{_d(r, 11)}?",
    ),
    Scheme("CN", "cn.ric", ("身份证号", "resident ID"), _cn, "0123456789X"),
    Scheme("GR", "gr.amka", ("ΑΜΚΑ", "AMKA"), _gr),
    Scheme("DE", "de.idnr", ("Steuer-IdNr.", "IdNr"), _de),
    Scheme(
        "EC",
        "ec.ci",
        ("cédula", "C.I."),
        lambda r, b: f"{r.randint(1, 24):02d}{r.randint(0, 5)}{_d(r, 6)}?",
    ),
    Scheme("GB", "gb.utr", ("UTR", "Unique Taxpayer Reference"), lambda r, b: f"?{_d(r, 9)}"),
)
BY_COUNTRY = {s.country: s for s in SCHEMES}


def _fill(body: str, fill: str) -> str:
    it = iter(fill)
    return re.sub(r"\?", lambda _m: next(it), body)


def national_number(rng: random.Random, scheme: Scheme) -> str:
    """A number of `scheme`'s country with its check characters, accepted by python-stdnum."""
    for _ in range(400):
        body = scheme.body(rng, birth_day(rng))
        holes = body.count("?")
        if not holes:
            if scheme.valid(body):
                return body
            continue
        fills = [""]
        for _ in range(holes):
            fills = [f + ch for f in fills for ch in scheme.alphabet]
        for fill in fills:
            value = _fill(body, fill)
            if scheme.valid(value):
                return value
    raise AssertionError(f"no valid number for {scheme.country}")


def valid_national(value: str) -> bool:
    return any(s.valid(value) for s in SCHEMES)


# --- Other numbers --------------------------------------------------------------------------

SHAPES: dict[str, tuple[str, ...]] = {
    # record numbers by what they number
    "mrn": ("AEH-##-#####", "MR ########", "K#######/##"),
    "donor": ("DNR-#####-??", "GA/####/####", "D######"),
    "order": ("ORD-####-####-##", "#??-#######-#######", "SO########"),
    "ret": ("RMA-??####", "RET#########"),
    "race": ("BIB ####", "R##-######"),
    "case": ("CASE-####-#####", "FRD/##/######", "INV-???-####"),
    "claim": ("CLM-##-########", "C#########?"),
    "ticket": ("LT-####-####-####", "TKT########"),
    "holding": ("###/####/####", "CPH ##/###/####"),
    "animal": ("UK ###### #####", "DE ## ### ## ####", "FR ## #### ####"),
    "voter": ("EL-??-####-###", "VR#########"),
    "ms": ("MS-20##-#####", "JAE-D-##-#####R#"),
    "loyalty": ("LYL ######## ##", "CLUB-#########"),
    "excl": ("SE-######-?", "EXC/#####/##"),
    "doping": ("DCF ########", "A#######"),
    "member": ("MEM-######", "M/####/###"),
    "jury": ("JS-####-######", "JUR/##/#####"),
    "crew": ("CRW-#####", "SID ???#######"),
}
BENE = ("HPB-#########", "MBR ### ### ###", "ZX#########", "#########-A")
BIO = ("FP-TPL-##########", "IRIS-####-####-####", "VOICE-########", "PALM-##-######")
PHOTO = ("IMG_####.JPG", "portrait_########.png", "face-####-####.jpeg", "PXL_########_######.jpg")
LICENCE: dict[str, tuple[str, ...]] = {
    "pilot": ("GBR.FCL.PPL.##########", "FAA ########", "ATPL-??-######"),
    "seafarer": ("CoC ######/##", "SDB-???-######", "GB#######"),
    "coach": ("UEFA-?-#####", "COACH/####/##"),
    "food": ("FBO-#####-####", "EC-??-###"),
    "vet": ("MRCVS ######", "VET-#####"),
    "medic": ("GMC #######", "LANR #########", "RPPS ###########"),
    "agent": ("AGT-##-######", "FIFA-LIC-######"),
    "gaming": ("PML-#####-###-###", "GLC-######"),
    "drive": ("??####?##", "DL-########"),
}
DEVICE = ("SN-###-####-####", "S/N ??##########", "TAG-#####-??", "HRM-##-########")
ACCOUNT = ("########", "##-####-#######-##", "###-#####-#", "ACC########")
DOMAINS = (
    "mailbox.example", "inbox.test", "post.example.net", "club-mail.example", "farmnet.example",
    "crewline.example", "givewell-mail.example", "runmail.test",
)  # fmt: skip
IBAN_SHAPES = {
    "DE": "##################",
    "GB": "NWBK##############",
    "NL": "ABNA##########",
    "IE": "AIBK##############",
    "AT": "################",
    "CH": "#################",
    "SE": "####################",
    "DK": "##############",
    "PL": "########################",
    "FI": "##############",
}


def bothify(rng: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def card(rng: random.Random, form: str) -> str:
    prefix = rng.choice(("4", "51", "53", "55", "2221", "37", "6011"))
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    n = body + luhn_check(body)
    if form == "bare" or length == 15:
        return n
    sep = "-" if form == "dashed" else " "
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random, form: str) -> str:
    from stdnum import iban as stdnum_iban  # noqa: PLC0415

    country = rng.choice(sorted(IBAN_SHAPES))
    for _ in range(200):
        bban = bothify(rng, IBAN_SHAPES[country])
        value = country + iban_check(country, bban) + bban
        if stdnum_iban.is_valid(value):
            break
    else:
        raise AssertionError("no IBAN")
    if form == "bare":
        return value
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def imei(rng: random.Random) -> str:
    body = rng.choice(("35", "86", "01", "49")) + "".join(
        rng.choice("0123456789") for _ in range(12)
    )
    return body + luhn_check(body)


def mac(rng: random.Random, form: str) -> str:
    parts = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    if form == "cisco":
        joined = "".join(parts)
        return ".".join(joined[i : i + 4] for i in range(0, 12, 4))
    sep = "-" if form == "dash" else ":"
    out = sep.join(parts)
    return out.upper() if rng.random() < 0.5 else out


def ip(rng: random.Random, form: str) -> str:
    if form == "v6":
        return "2001:db8:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(6))
    first = rng.choice((81, 93, 145, 185, 203, 62, 77, 109))
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(("WVW", "VF1", "JHM", "1FT", "YV1", "SAL", "ZFA", "TMB"))
    return wmi + "".join(rng.choice(VIN_CHARS) for _ in range(14))


def url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    p = next((e for k, e in ctx.entities.items() if k.startswith("aeppl")), None)
    who = p.form("handle_dash") if isinstance(p, AePerson) else f"user{rng.randint(1000, 99999)}"
    block = [rng.randint(1000, 9999) for _ in range(2)]
    paths = {
        "profile": f"https://social.example/{who}",
        "fund": f"https://give.example.org/fundraise/{who}-{rng.randint(10, 999)}",
        "athlete": f"https://results.example.com/athletes/{rng.randint(100000, 999999)}",
        "shop": f"https://shop.example.net/account/orders/{rng.randint(10**7, 10**8)}",
        "orcid": f"https://orcid.example/0000-000{rng.randint(1, 9)}-{block[0]}-{block[1]}",
    }
    return paths.get(form) or paths[rng.choice(sorted(paths))]


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    p = next((e for k, e in ctx.entities.items() if k.startswith("aeppl")), None)
    if not isinstance(p, AePerson) or rng.random() < 0.3:
        p = AePerson(str(ctx.fake("en_GB").first_name()), str(ctx.fake("en_GB").last_name()))
    style = rng.choice(("handle", "handle_under", "handle_initial", "handle_last_initial"))
    local = re.sub(r"[^a-z0-9._-]", "", p.form(style)) or f"u{rng.randint(100, 999)}"
    out = f"{local}{rng.choice(('', '', str(rng.randint(1, 99))))}@{rng.choice(DOMAINS)}"
    return out.upper() if form == "caps" else out


def phone(ctx: Ctx, form: str) -> str:
    raw = re.split(r"\s*(?:x|ext\.?)\s*\d", str(ctx.fake().phone_number()), flags=re.I)[0]
    raw = raw.strip()
    if sum(ch.isdigit() for ch in raw) < 7:
        raw = f"+44 20 {ctx.rng.randint(3000, 8999)} {ctx.rng.randint(1000, 9999)}"
    if form == "bare":
        return re.sub(r"[^\d+]", "", raw)
    return raw


def street(ctx: Ctx, form: str) -> str:
    f = ctx.fake()
    line = " ".join(str(f.street_address()).split())
    if form == "full":
        return f"{line}, {f.postcode()} {f.city()}"
    if form == "lines":
        return f"{line}\n{f.postcode()} {f.city()}"
    if form == "caps":
        return line.upper()
    return line


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    if slot == "aeppl":
        return new_person(ctx)
    if slot == "aenative":
        return new_person(ctx, native=True)
    if slot == "aetown":
        return Value(str(ctx.fake().city()))
    if slot == "aestreet":
        return Value(street(ctx, form))
    if slot == "aepost":
        return Value(str(ctx.fake().postcode()))
    if slot in ("aetel", "aefax"):
        return Value(phone(ctx, form))
    if slot == "aemail":
        return Value(email(ctx, form))
    if slot == "aessn":
        return Value(national_number(rng, BY_COUNTRY["US"]), "SSN")
    if slot == "aenid":
        country = form.upper() if form.upper() in BY_COUNTRY else ""
        if not country:
            pool = ctx.template.id_countries if ctx.template and ctx.template.id_countries else ()
            country = rng.choice(tuple(pool) or tuple(ctx.split.id_countries))
        scheme = BY_COUNTRY[country]
        return Value(national_number(rng, scheme), rng.choice(scheme.labels))
    if slot == "aepass":
        return Value(bothify(rng, rng.choice(("??#######", "#########", "?########"))), "passport")
    if slot == "aemrn":
        return Value(bothify(rng, rng.choice(SHAPES["mrn"])))
    if slot == "aebene":
        return Value(bothify(rng, rng.choice(BENE)))
    if slot == "aeref":
        return Value(bothify(rng, rng.choice(SHAPES.get(form) or SHAPES["case"])))
    if slot == "aebio":
        return Value(bothify(rng, rng.choice(BIO)))
    if slot == "aephoto":
        return Value(bothify(rng, rng.choice(PHOTO)))
    if slot == "aeacct":
        return Value(bothify(rng, rng.choice(ACCOUNT)))
    if slot == "aecard":
        return Value(card(rng, form))
    if slot == "aeiban":
        return Value(iban(rng, form))
    if slot == "aeip":
        return Value(ip(rng, form))
    if slot == "aeurl":
        return Value(url(ctx, form))
    if slot == "aeday":  # a document's later dates follow its first (admitted, discharged)
        last = ctx.entities.get("_aeday_last")
        day = event_day(ctx)
        if isinstance(last, datetime.date):
            day = min(AE_TODAY, last + datetime.timedelta(days=ctx.rng.randint(1, 45)))
        ctx.entities["_aeday_last"] = day
        return Value(date_text(day, _style(ctx, form)))
    if slot == "aebirth":
        return Value(date_text(birth_day(rng), _style(ctx, form)))
    if slot == "aeold":
        n = rng.randint(90, 104)
        return Value(age_words(n) if form == "words" else str(n))
    if slot == "aelic":
        return Value(bothify(rng, rng.choice(LICENCE.get(form) or LICENCE["drive"])))
    if slot == "aevin":
        return Value(vin(rng))
    if slot == "aeplate":
        return Value(" ".join(str(ctx.fake().license_plate()).split()))
    if slot == "aedev":
        return Value(bothify(rng, rng.choice(DEVICE)))
    if slot == "aeimei":
        return Value(imei(rng))
    if slot == "aemac":
        return Value(mac(rng, form))
    raise KeyError(slot)
