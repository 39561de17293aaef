"""Held-out Q's value drawers: every "q..." slot of heldout_q_templates.py.

Written in session 31 by an author barred from the redactor and from every other split's
templates and forms. Sources of variety: Faker in the document's locale (names, streets,
towns, postcodes, phones, plates, IBANs, cards, domains), names-dataset's world names (via the
shared `world_names`), python-stdnum for every national number (drawn with its check digits
and kept only when stdnum accepts it), `phonenumbers` for phone layouts, and real-world
layouts for the rest (HL7 and FHIR dates, GS1 UDIs, IMEIs, NPIs, MACs, IPv4/IPv6).

Dates never come from Faker's clock: every date is counted back from `Q_TODAY`, so a
document renders the same whatever the day it is rendered on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import imei as imei_check
from stdnum import luhn
from stdnum.us import rtn

from resources.synthetic.redaction_eval.generator import (
    MONTHS,
    Q_KINDS,
    Ctx,
    Person,
    Value,
    mac,
    world_names,
)

Q_TODAY = date(2026, 5, 14)

# Slot -> kind (the same kinds as SLOT_KINDS gives the p... slots of the same suffix).
SLOTS = Q_KINDS

# --- National numbers: built with stdnum's own validation deciding the check characters ----

DIGITS = "0123456789"


@dataclass(frozen=True)
class Scheme:
    country: str  # ISO 3166 alpha-2
    module: str  # stdnum module
    labels: tuple[str, ...]
    # rng, birth date -> (text before the check characters, text after them)
    parts: Callable[..., tuple[str, str]]
    checks: tuple[str, ...]  # candidate check strings, tried in order


def _n(rng, k: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(k - 1))


def _two(k: int = 100) -> tuple[str, ...]:
    return tuple(f"{i:02d}" for i in range(k))


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _ddmmyy(d: date) -> str:
    return d.strftime("%d%m%y")


def _pesel_date(d: date) -> str:
    month = d.month + (20 if d.year >= 2000 else 0)
    return f"{d.year % 100:02d}{month:02d}{d.day:02d}"


def _cz_date(d: date, rng) -> str:
    month = d.month + (50 if rng.random() < 0.5 else 0)
    return f"{d.year % 100:02d}{month:02d}{d.day:02d}"


def _century_sex(d: date, rng, base: int) -> str:
    male = rng.random() < 0.5
    return str(base + (2 if d.year >= 2000 else 0) + (0 if male else 1))


SCHEMES = (
    Scheme(
        "US",
        "us.ssn",
        ("SSN", "Social Security No.", "SS#"),
        lambda r, d: (
            f"{r.randint(1, 665):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}",
            "",
        ),
        ("",),
    ),
    Scheme("GB", "gb.nhs", ("NHS No.", "NHS number"), lambda r, d: (_n(r, 9, "4"), ""), (*DIGITS,)),
    Scheme(
        "DE",
        "de.idnr",
        ("Steuer-ID", "IdNr."),
        lambda r, d: (_n(r, 10, "123456789"), ""),
        (*DIGITS,),
    ),
    Scheme(
        "FR",
        "fr.nir",
        ("NIR", "N° de sécurité sociale", "n° SS"),
        lambda r, d: (
            f"{r.choice('12')}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}"
            f"{r.randint(1, 990):03d}{r.randint(1, 999):03d}",
            "",
        ),
        _two(98),
    ),
    Scheme("ES", "es.dni", ("DNI",), lambda r, d: (_n(r, 8), ""), tuple("TRWAGMYFPDXBNJZSQVHLCKE")),
    Scheme(
        "ES",
        "es.nie",
        ("NIE",),
        lambda r, d: (r.choice("XYZ") + _n(r, 7), ""),
        tuple("TRWAGMYFPDXBNJZSQVHLCKE"),
    ),
    Scheme(
        "NL", "nl.bsn", ("BSN", "burgerservicenummer"), lambda r, d: (_n(r, 8, "1236"), ""), DIGITS
    ),
    Scheme(
        "BE",
        "be.nn",
        ("Rijksregisternummer", "N° national", "INSZ"),
        lambda r, d: (_yymmdd(d) + f"{r.randint(1, 997):03d}", ""),
        _two(),
    ),
    Scheme("PL", "pl.pesel", ("PESEL",), lambda r, d: (_pesel_date(d) + _n(r, 4), ""), DIGITS),
    Scheme(
        "SE",
        "se.personnummer",
        ("Personnummer", "Pnr"),
        lambda r, d: (_yymmdd(d) + "-" + _n(r, 3), ""),
        DIGITS,
    ),
    Scheme(
        "NO",
        "no.fodselsnummer",
        ("Fødselsnummer", "F.nr."),
        lambda r, d: (
            _ddmmyy(d)
            + (f"{r.randint(0, 499):03d}" if d.year < 2000 else f"{r.randint(500, 999):03d}"),
            "",
        ),
        _two(),
    ),
    Scheme(
        "FI",
        "fi.hetu",
        ("Henkilötunnus", "HETU"),
        lambda r, d: (
            _ddmmyy(d) + ("-" if d.year < 2000 else "A") + f"{r.randint(2, 899):03d}",
            "",
        ),
        tuple("0123456789ABCDEFHJKLMNPRSTUVWXY"),
    ),
    Scheme("PT", "pt.nif", ("NIF", "Contribuinte"), lambda r, d: (_n(r, 8, "123"), ""), DIGITS),
    Scheme("BR", "br.cpf", ("CPF",), lambda r, d: (_n(r, 9, "123456789"), ""), _two()),
    Scheme(
        "CL",
        "cl.rut",
        ("RUT", "RUN"),
        lambda r, d: (str(r.randint(5_000_000, 25_999_999)), ""),
        (*DIGITS, "K"),
    ),
    Scheme(
        "AR",
        "ar.cuit",
        ("CUIT", "CUIL"),
        lambda r, d: (r.choice(["20", "23", "27"]) + _n(r, 8, "123"), ""),
        DIGITS,
    ),
    Scheme(
        "CN",
        "cn.ric",
        ("居民身份证号码", "Resident ID", "身份证号"),
        lambda r, d: (
            r.choice(["110101", "310104", "440305", "510104", "330106"])
            + d.strftime("%Y%m%d")
            + _n(r, 3),
            "",
        ),
        (*DIGITS, "X"),
    ),
    Scheme(
        "IN", "in_.aadhaar", ("Aadhaar", "UID"), lambda r, d: (_n(r, 11, "23456789"), ""), DIGITS
    ),
    Scheme(
        "ZA",
        "za.idnr",
        ("ID Number", "SA ID"),
        lambda r, d: (_yymmdd(d) + _n(r, 4) + r.choice("01") + "8", ""),
        DIGITS,
    ),
    Scheme(
        "TR",
        "tr.tckimlik",
        ("T.C. Kimlik No", "TCKN"),
        lambda r, d: (_n(r, 9, "123456789"), ""),
        _two(),
    ),
    Scheme(
        "CZ", "cz.rc", ("Rodné číslo", "RČ"), lambda r, d: (_cz_date(d, r) + _n(r, 3), ""), DIGITS
    ),
    Scheme(
        "RO",
        "ro.cnp",
        ("CNP",),
        lambda r, d: (
            _century_sex(d, r, 1) + _yymmdd(d) + f"{r.randint(1, 46):02d}" + _n(r, 3),
            "",
        ),
        DIGITS,
    ),
    Scheme("BG", "bg.egn", ("ЕГН", "EGN"), lambda r, d: (_yymmdd(d) + _n(r, 3), ""), DIGITS),
    Scheme(
        "EE",
        "ee.ik",
        ("Isikukood",),
        lambda r, d: (_century_sex(d, r, 3) + _yymmdd(d) + _n(r, 3), ""),
        DIGITS,
    ),
    Scheme(
        "LT",
        "lt.asmens",
        ("Asmens kodas",),
        lambda r, d: (_century_sex(d, r, 3) + _yymmdd(d) + _n(r, 3), ""),
        DIGITS,
    ),
    Scheme(
        "IS",
        "is_.kennitala",
        ("Kennitala", "Kt."),
        lambda r, d: (_ddmmyy(d) + _n(r, 2, "23456789"), "9" if d.year < 2000 else "0"),
        DIGITS,
    ),
    Scheme("CA", "ca.sin", ("SIN", "NAS"), lambda r, d: (_n(r, 8, "1234567"), ""), DIGITS),
    Scheme(
        "AU", "au.tfn", ("TFN", "Tax File Number"), lambda r, d: (_n(r, 8, "123456789"), ""), DIGITS
    ),
    Scheme(
        "IE",
        "ie.pps",
        ("PPSN", "PPS No."),
        lambda r, d: (_n(r, 7), ""),
        tuple("WABCDEFGHIJKLMNOPQRSTUV"),
    ),
    Scheme("IL", "il.idnr", ("Teudat Zehut", "ת.ז."), lambda r, d: (_n(r, 8), ""), DIGITS),
    Scheme("HR", "hr.oib", ("OIB",), lambda r, d: (_n(r, 10, "123456789"), ""), DIGITS),
    Scheme("GR", "gr.amka", ("AMKA", "ΑΜΚΑ"), lambda r, d: (_ddmmyy(d) + _n(r, 4), ""), DIGITS),
    Scheme(
        "CH", "ch.ssn", ("AHV-Nr.", "N° AVS", "AHVN13"), lambda r, d: ("756" + _n(r, 9), ""), DIGITS
    ),
    Scheme(
        "AT",
        "at.vnr",
        ("SV-Nummer", "Versicherungsnummer"),
        lambda r, d: (_n(r, 3, "123456789"), _ddmmyy(d)),
        DIGITS,
    ),
    Scheme(
        "KR",
        "kr.rrn",
        ("주민등록번호", "RRN"),
        lambda r, d: (
            _yymmdd(d)
            + ("1" if d.year < 2000 else "3")
            + f"{r.randint(0, 8)}{r.randint(0, 9)}"
            + _n(r, 3),
            "",
        ),
        DIGITS,
    ),
)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _codice_fiscale(rng, d: date) -> tuple[str, str]:
    """Surname and name consonants, year, month letter, day (+40 for women), town code."""
    letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
    day = d.day + (40 if rng.random() < 0.5 else 0)
    town = rng.choice(["H501", "F205", "L219", "F839", "G273", "A662", "D612", "C351"])
    return f"{letters}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{town}", ""


SCHEMES = (
    *SCHEMES,
    Scheme("IT", "it.codicefiscale", ("Codice fiscale", "C.F."), _codice_fiscale, tuple(LETTERS)),
)
SCHEME_COUNTRIES = tuple(dict.fromkeys(s.country for s in SCHEMES))


def _module(name: str):
    return importlib.import_module("stdnum." + name)


def _birth(rng, young: int = 0, old: int = 95) -> date:
    return Q_TODAY - timedelta(days=rng.randint(young * 365 + 30, old * 365))


def draw_scheme(scheme: Scheme, rng) -> str:
    """A number of `scheme` that stdnum accepts, written as that country writes it."""
    mod = _module(scheme.module)
    for _ in range(200):
        head, tail = scheme.parts(rng, _birth(rng, 1, 90))
        for check in scheme.checks:
            candidate = head + check + tail
            try:
                if mod.is_valid(candidate):
                    break
            except Exception:  # noqa: S112 - a body stdnum cannot read: draw again
                continue
        else:
            continue
        if hasattr(mod, "format") and rng.random() < 0.6:
            return str(mod.format(candidate))
        return candidate
    raise AssertionError(scheme.module)


def national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    named = form.upper() if len(form) == 2 else ""
    countries = (
        (named,)
        if named in SCHEME_COUNTRIES
        else (ctx.template.id_countries if ctx.template else ()) or tuple(ctx.split.id_countries)
    )
    country = rng.choice(countries)
    scheme = rng.choice([s for s in SCHEMES if s.country == country])
    return Value(draw_scheme(scheme, rng), rng.choice(scheme.labels))


# --- People ---------------------------------------------------------------------------------


def person(ctx: Ctx) -> Person:
    rng = ctx.rng
    if rng.random() < 0.45:
        names = world_names()[rng.choice(ctx.split.name_countries)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.12 else ""
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if rng.random() < 0.12 else ""
        if rng.random() < ctx.split.compound_surname:
            second = str(f.last_name())
            if second != last:
                last = f"{last}{rng.choice(['-', ' '])}{second}"
    first, last, middle = first.strip(), last.strip(), middle.strip()
    if middle == first:
        middle = ""
    return Person(first, last, middle)


# --- Places ---------------------------------------------------------------------------------


def _try(ctx: Ctx, method: str, fallback: str = "en_GB") -> str:
    try:
        value = str(getattr(ctx.fake(), method)()).strip()
    except AttributeError:
        value = ""
    return value or str(getattr(ctx.fake(fallback), method)()).strip()


def address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "street":
        return _try(ctx, "street_address")
    text = _try(ctx, "address")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    return rng.choice([", ", " ", "; "]).join(lines)


def postcode(ctx: Ctx) -> str:
    return _try(ctx, "postcode")


def town(ctx: Ctx) -> str:
    return _try(ctx, "city")


def coordinates(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-47.0, 66.0), rng.uniform(-124.0, 153.0)
    style = {"dec": 0, "dms": 2, "geo": 3}.get(form, rng.randrange(5))
    if style == 0:
        return f"{lat:.6f}, {lon:.6f}"
    if style == 1:
        return f"{lat:.5f} {lon:.5f}"
    if style == 2:

        def dms(x: float, pos: str, neg: str) -> str:
            sec = round(abs(x) * 3600)
            d, rest = divmod(sec, 3600)
            m, s = divmod(rest, 60)
            return f"{d}°{m:02d}′{s:02d}″{pos if x >= 0 else neg}"

        return f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}"
    if style == 3:
        return f"geo:{lat:.5f},{lon:.5f}"
    return f"lat {lat:.4f} / lon {lon:.4f}"


# --- Contact --------------------------------------------------------------------------------

PHONE_FORMATS = {
    "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    "e164": phonenumbers.PhoneNumberFormat.E164,
    "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
    "rfc": phonenumbers.PhoneNumberFormat.RFC3966,
}


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    region = ctx.locale.rsplit("_", 1)[-1].upper()
    try:
        raw = str(ctx.fake().phone_number())
    except AttributeError:
        raw, region = str(ctx.fake("en_GB").phone_number()), "GB"
    key = form if form in PHONE_FORMATS else rng.choice([*PHONE_FORMATS, "raw", "raw"])
    if key != "raw":
        try:
            number = phonenumbers.parse(raw, region)
            if phonenumbers.is_valid_number(number):
                raw = phonenumbers.format_number(number, PHONE_FORMATS[key])
        except phonenumbers.NumberParseException:
            pass
    if sum(c.isdigit() for c in raw) < 6:  # a short or odd draw: a US line instead
        raw = f"+1 {rng.randint(201, 989)} {rng.randint(200, 999)} {rng.randint(0, 9999):04d}"
    return raw


def email(ctx: Ctx) -> str:
    rng = ctx.rng
    f = ctx.fake()
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    if people and rng.random() < 0.75:
        p = rng.choice(people)
        user = rng.choice(
            [
                f"{p.first}.{p.last}",
                f"{p.first[0]}{p.last}",
                f"{p.last}.{p.first[0]}{rng.randint(1, 99)}",
                f"{p.first}_{rng.randint(1950, 2008)}",
            ]
        )
        user = "".join(c for c in unidecode(user).lower() if c.isalnum() or c in "._")
        user = user.strip("._") or "user"
        try:
            domain = rng.choice([str(f.free_email_domain()), str(f.domain_name())])
        except AttributeError:
            domain = str(ctx.fake("en_US").free_email_domain())
        return f"{user}@{unidecode(domain).lower()}"
    try:
        return unidecode(str(f.email())).lower()
    except AttributeError:
        return str(ctx.fake("en_US").email())


# --- Record numbers -------------------------------------------------------------------------


def shaped(ctx: Ctx, slot: str, form: str) -> str:
    shapes = ctx.split.shapes
    key = f"{slot}.{form}" if f"{slot}.{form}" in shapes else slot
    return ctx.fake("en_US").bothify(ctx.rng.choice(shapes[key])).upper()


def passport(ctx: Ctx) -> str:
    rng = ctx.rng
    if rng.random() < 0.5:
        try:
            return str(ctx.fake().passport_number())
        except AttributeError:
            pass
    return (
        ctx.fake("en_US")
        .bothify(rng.choice(["??#######", "#########", "?#######", "??######"]))
        .upper()
    )


def npi_check_digit(body: str) -> str:
    """The NPI's check digit: Luhn over the card-issuer prefix 80840 and the 9 digits."""
    return luhn.calc_check_digit("80840" + body)


def npi(rng) -> str:
    """A US National Provider Identifier: 9 digits (the first 1 or 2) and its check digit."""
    body = rng.choice("12") + "".join(rng.choice(DIGITS) for _ in range(8))
    return body + npi_check_digit(body)


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "npi" or (not form and rng.random() < 0.2):
        return npi(rng)
    return shaped(ctx, "qlic", form)


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["us", "uk", "bban", "plain", "plain"])
    if style == "us":
        body = "".join(rng.choice(DIGITS) for _ in range(8))
        routing = body + rtn.calc_check_digit(body)
        return f"{routing} {rng.randint(10**7, 10**12 - 1)}"
    if style == "uk":
        sort_code = "-".join(f"{rng.randint(10, 99)}" for _ in range(3))
        return f"{sort_code} {rng.randint(10**7, 10**8 - 1)}"
    if style == "bban":
        try:
            return str(ctx.fake().bban())
        except AttributeError:
            return str(ctx.fake("de_DE").bban())
    return shaped(ctx, "qacct", "")


CARD_TYPES = ("visa16", "visa13", "mastercard", "amex", "discover", "jcb", "diners", "maestro")


def card(ctx: Ctx) -> str:
    rng = ctx.rng
    raw = str(ctx.fake("en_US").credit_card_number(card_type=rng.choice(CARD_TYPES)))
    assert luhn.is_valid(raw)
    sep = rng.choice(["", " ", " ", "-"])
    if not sep:
        return raw
    if len(raw) == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, len(raw), 4))


IBAN_LOCALES = ("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB", "fi_FI")


def iban(ctx: Ctx) -> str:
    rng = ctx.rng
    try:
        raw = str(ctx.fake().iban())
    except AttributeError:
        raw = ""
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake(rng.choice(IBAN_LOCALES)).iban())
    if rng.random() < 0.55:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


# --- Network --------------------------------------------------------------------------------


def ip(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    style = form or ctx.rng.choice(["v4", "v4", "priv", "v6"])
    if style == "v6":
        return str(f.ipv6())
    if style == "priv":
        return str(f.ipv4_private())
    return str(f.ipv4_public())


def url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    handle = (
        "".join(c for c in unidecode(people[0].first + people[0].last).lower() if c.isalnum())
        if people
        else str(f.user_name())
    ) or str(f.user_name())
    host = str(f.domain_name())
    return rng.choice(
        [
            f"https://{host}/patients/{rng.randint(1000, 99999)}/summary",
            f"https://my.{host}/u/{handle}",
            f"http://{host}/~{handle}",
            f"https://www.linkedin.com/in/{handle}-{rng.randint(10, 999)}",
            f"https://t.me/{handle}{rng.randint(1, 99)}",
            f"https://{host}/case?id={rng.randint(1000, 99999)}&v=2",
        ]
    )


def photo(ctx: Ctx) -> str:
    rng = ctx.rng
    host = str(ctx.fake("en_US").domain_name())
    name = ctx.fake("en_US").bothify(rng.choice(["IMG_####", "DSC#####", "face_####", "####-id"]))
    ext = rng.choice(["jpg", "jpeg", "png", "heic"])
    return rng.choice(
        [
            f"https://{host}/photos/{name}.{ext}",
            f"https://cdn.{host}/kyc/selfies/{rng.randint(1000, 99999)}/{name}.{ext}",
            f"https://{host}/staff/portraits/{name}.{ext}",
        ]
    )


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    style = form or rng.choice(["imei", "udi", "sn", "sn"])
    if style == "imei":
        body = rng.choice(["35", "86", "49", "01"]) + "".join(rng.choice(DIGITS) for _ in range(12))
        raw = body + luhn.calc_check_digit(body)
        assert imei_check.is_valid(raw)
        return raw if rng.random() < 0.6 else f"{raw[:2]} {raw[2:8]} {raw[8:14]} {raw[14]}"
    if style == "udi":
        body = "0" + "".join(rng.choice(DIGITS) for _ in range(12))
        from stdnum import ean  # noqa: PLC0415

        gtin = body + ean.calc_check_digit(body)
        lot = ctx.fake("en_US").bothify("??####").upper()
        expiry = (Q_TODAY + timedelta(days=rng.randint(30, 1400))).strftime("%y%m%d")
        return f"(01){gtin}(17){expiry}(10){lot}"
    return shaped(ctx, "qdev", "")


# --- Dates and ages -------------------------------------------------------------------------

LANG_OF = {"de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl"}
LANG_OF |= {"cs": "cs", "sk": "sk", "sv": "sv", "da": "da", "fi": "fi", "hu": "hu", "ro": "ro"}
LANG_OF |= {"hr": "hr", "lt": "lt", "tr": "tr", "id": "id", "no": "no", "sl": "sl", "et": "et"}
LANG_OF |= {"lv": "lv"}
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


def write_date(ctx: Ctx, day: date, form: str) -> str:
    rng = ctx.rng
    lang = LANG_OF.get(ctx.locale.split("_")[0], "")
    months = MONTHS[lang] if lang else tuple(EN_MONTHS)
    styles = {
        "iso": day.isoformat,
        "us": lambda: f"{day.month:02d}/{day.day:02d}/{day.year}",
        "usshort": lambda: f"{day.month}/{day.day}/{day.year % 100:02d}",
        "eu": lambda: f"{day.day:02d}.{day.month:02d}.{day.year}",
        "uk": lambda: f"{day.day:02d}/{day.month:02d}/{day.year}",
        "long": lambda: f"{day.day} {months[day.month - 1]} {day.year}",
        "en": lambda: f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
        "mon": lambda: f"{day.day:02d}-{EN_MONTHS[day.month - 1][:3].upper()}-{day.year}",
        "hl7": lambda: day.strftime("%Y%m%d"),
        "cjk": lambda: f"{day.year}年{day.month}月{day.day}日",
        "dash": lambda: f"{day.day:02d}-{day.month:02d}-{day.year}",
        "stamp": lambda: f"{day.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
    }
    if form not in styles:
        form = rng.choice(["iso", "us", "eu", "uk", "long", "long", "en", "mon", "dash"])
    return styles[form]()


LAST_DAY = "_q_last_day"  # ctx.entities key (no slot is spelled so): the document's last date


def event_date(ctx: Ctx, form: str) -> str:
    """A document's dates run forward in the order it writes them (admitted, then
    discharged), all on or before Q_TODAY."""
    rng = ctx.rng
    last = ctx.entities.get(LAST_DAY)
    if isinstance(last, date):
        day = min(Q_TODAY, last + timedelta(days=rng.randint(0, 45)))
    else:
        day = Q_TODAY - timedelta(days=rng.randint(20, 1500))
    ctx.entities[LAST_DAY] = day
    return write_date(ctx, day, form)


def birth_date(ctx: Ctx, form: str) -> str:
    """A birth date 0-99 years back; a form ending "kid" ("ukkid") a child's, 1-15 years."""
    if form.endswith("kid"):
        return write_date(ctx, _birth(ctx.rng, 1, 15), form[:-3])
    return write_date(ctx, _birth(ctx.rng, 0, 99), form)


WORD_AGES = {
    "en": (
        "ninety",
        [
            "ninety-one",
            "ninety-two",
            "ninety-three",
            "ninety-four",
            "ninety-five",
            "ninety-six",
            "ninety-seven",
            "ninety-eight",
            "ninety-nine",
        ],
    ),
    "fr": (
        "quatre-vingt-dix",
        [
            "quatre-vingt-onze",
            "quatre-vingt-douze",
            "quatre-vingt-treize",
            "quatre-vingt-quatorze",
            "quatre-vingt-quinze",
            "quatre-vingt-seize",
            "quatre-vingt-dix-sept",
            "quatre-vingt-dix-huit",
            "quatre-vingt-dix-neuf",
        ],
    ),
    "es": (
        "noventa",
        [
            "noventa y uno",
            "noventa y dos",
            "noventa y tres",
            "noventa y cuatro",
            "noventa y cinco",
            "noventa y seis",
            "noventa y siete",
            "noventa y ocho",
            "noventa y nueve",
        ],
    ),
    "de": (
        "neunzig",
        [
            "einundneunzig",
            "zweiundneunzig",
            "dreiundneunzig",
            "vierundneunzig",
            "fünfundneunzig",
            "sechsundneunzig",
            "siebenundneunzig",
            "achtundneunzig",
            "neunundneunzig",
        ],
    ),
}


def age(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    years = rng.randint(90, 106)
    if form in WORD_AGES and years < 100:
        tens, units = WORD_AGES[form]
        return tens if years == 90 else units[years - 91]
    return str(years)


# --- Dispatch -------------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    rng = ctx.rng
    makers: dict[str, Callable[[], object]] = {
        "qper": lambda: person(ctx),
        "qtown": lambda: Value(town(ctx)),
        "qaddr": lambda: Value(address(ctx, form)),
        "qpost": lambda: Value(postcode(ctx)),
        "qgeo": lambda: Value(coordinates(ctx, form)),
        "qtel": lambda: Value(phone(ctx, form)),
        "qfax": lambda: Value(phone(ctx, form)),
        "qmail": lambda: Value(email(ctx)),
        "qnat": lambda: national(ctx, form),
        "qpass": lambda: Value(passport(ctx)),
        "qmrn": lambda: Value(shaped(ctx, "qmrn", form)),
        "qplan": lambda: Value(shaped(ctx, "qplan", form)),
        "qref": lambda: Value(shaped(ctx, "qref", form)),
        "qbio": lambda: Value(shaped(ctx, "qbio", form)),
        "qacct": lambda: Value(account(ctx, form)),
        "qcard": lambda: Value(card(ctx)),
        "qiban": lambda: Value(iban(ctx)),
        "qip": lambda: Value(ip(ctx, form)),
        "qurl": lambda: Value(url(ctx, form)),
        "qphoto": lambda: Value(photo(ctx)),
        "qdate": lambda: Value(event_date(ctx, form)),
        "qdob": lambda: Value(birth_date(ctx, form)),
        "qage": lambda: Value(age(ctx, form)),
        "qlic": lambda: Value(licence(ctx, form)),
        "qveh": lambda: Value(vehicle(ctx, form)),
        "qdev": lambda: Value(device(ctx, form)),
        "qmac": lambda: Value(mac(ctx)),
    }
    del rng
    return makers[slot]()


def vehicle(ctx: Ctx, form: str) -> str:
    style = form or ctx.rng.choice(["vin", "plate", "plate"])
    if style == "vin":
        return str(ctx.fake("en_US").vin())
    try:
        plate = str(ctx.fake().license_plate()).strip()
    except AttributeError:
        plate = ""
    return plate or str(ctx.fake("en_GB").license_plate()).strip()
