"""Held-out K's own value makers: identifiers as K's documents write them.

Every slot in `SLOTS` is K's alone (generator.K_SLOTS hands them here); none changes what
an older slot draws, so the other splits render as before. Values come from Faker in many
locales, from `names-dataset`'s world names (world_names.py), from python-stdnum's schemes
(national_ids.py) and from `phonenumbers`' regional metadata; the check digits of the
schemes that have one are computed here and checked by the tests.

Some slots carry context beside their value in `Value.label` (rendered by "{slot.label}"
with no span, as a national id's name is): what a document calls a national or health
number, a passport's issuing country, and the sort code, routing or branch code beside an
account number (a bank's, not a person's). No value holds "<" or ">" (metrics.py reads
those as the engines' placeholders).
"""

from __future__ import annotations

import contextlib
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.dk import cpr
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.kr import rrn
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pk import cnic
from stdnum.se import personnummer
from stdnum.us import itin
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

from resources.synthetic.redaction_eval.generator import (
    K_SLOTS,
    MONTHS,
    SLOT_KINDS,
    Ctx,
    Person,
    Value,
    new_person,
)
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id
from resources.synthetic.redaction_eval.world_names import world_names

# K's slots and the kinds they are labelled with: generator.SLOT_KINDS holds the table.
SLOTS = {slot: SLOT_KINDS[slot] for slot in sorted(K_SLOTS)}

# Locales whose names Faker writes in another script: K's people from them keep that
# spelling beside a Latin one (an English-language record transliterates).
SCRIPT_LOCALES = (
    "zh_CN", "zh_TW", "ja_JP", "ko_KR", "ru_RU", "uk_UA", "bg_BG", "mk_MK", "el_GR", "ka_GE",
    "hy_AM",
)  # fmt: skip
# (Abjads, Brahmic scripts and Thai are left out: `unidecode` spells them as no record
# would, dropping vowels or keeping the virama.)
# Faker locales whose own names are drawn (K's locales whose providers fall back to
# English names are left out: their people come from world names instead).
NAME_LOCALES = (
    "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "ga_IE", "tw_GH", "sw", "az_AZ", "uz_UZ", "pl_PL",
    "it_IT", "de_DE", "cs_CZ", "hu_HU", "fi_FI", "tr_TR", "vi_VN", "pt_BR", "es_MX", "fr_FR",
    "nl_NL", "ro_RO", "hr_HR", "lt_LT", "lv_LV", "et_EE", "id_ID", "en_IN", "fil_PH", "sl_SI",
    "en_US", "en_GB", "es_ES", "es_AR", "es_CO", "es_CL", "pt_PT", "sv_SE", "no_NO", "da_DK",
    "sk_SK", "en_NG", "en_KE", "en_PK", "fr_CA", "nl_BE", "de_AT", "de_CH", "fr_BE", "en_IE",
)  # fmt: skip
FAMILY_FIRST = frozenset({"zh_CN", "zh_TW", "ja_JP", "ko_KR", "hu_HU", "vi_VN"})


@dataclass
class KPerson(Person):
    """A person as K's documents write them: the generator's forms on the Latin spelling,
    K's own forms beside them, and the name in its own script where it has one."""

    script: str = ""  # the whole name in its own script and order ("王伟"); "" when Latin

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        given = [w for w in (first, middle) if w]
        dotted = "".join(f"{w[0]}." for w in given)
        own = {
            "script": self.script or f"{first} {last}",
            "last_comma_initials": f"{last}, {dotted}",
            "initial_caps_last": f"{first[0]}. {last.upper()}",
            "last_initials_nodot": f"{last} {''.join(w[0] for w in given)}",
            "caps_last_comma_first_mid": f"{last.upper()}, {' '.join(given).upper()}",
            "hl7": "^".join(
                [last.upper(), first.upper(), *([middle[0].upper()] if middle else [])]
            ),
            "mrz_style": f"{last.upper()} {first.upper()}",
            "initials_only": "".join(f"{w[0]}." for w in (*given, last)),
            "first_last_ocr": ocr_damage(f"{first} {last}"),
            "last_first_ocr": ocr_damage(f"{last}, {first}"),
            "family_first": f"{last} {' '.join(given)}",
            "title_last_first_mid": f"{last}, {first} {middle}".rstrip(),
            "given": " ".join(given),
            "spaced_caps_last": " ".join(last.upper()),
            "lower_last_first": f"{last}, {first}".lower(),
            # wrapped by a narrow table cell or form field
            "last_comma_wrap_first": f"{last},\n{first}",
        }
        if form in own:
            return own[form]
        return super().form(form)


OCR_SWAPS = (("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "í"), ("S", "5"))


def ocr_damage(text: str) -> str:
    """The text as a poor scan reads it: the first misreadable letter misread (the same
    each time, so every mention of one name is damaged alike)."""
    for a, b in OCR_SWAPS:
        at = text.find(a, 1)
        if at > 0:
            return text[:at] + b + text[at + len(a) :]
    return text


def _latin(text: str) -> str:
    out = re.sub(r"[`']", "", unidecode(text)).strip()
    out = re.sub(r"\s+", " ", out)
    return " ".join(w[:1].upper() + w[1:] for w in out.split(" ")) or "X"


def new_kperson(ctx: Ctx) -> KPerson:
    rng = ctx.rng
    draw = rng.random()
    # A document written in one country's language names mostly that country's people.
    own_country = bool(ctx.template and ctx.template.locales) and ctx.locale in (
        *SCRIPT_LOCALES,
        *NAME_LOCALES,
    )
    if draw < (0.15 if own_country else 0.38):
        countries = ctx.split.name_countries
        names = world_names()[rng.choice(countries)]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
        return KPerson(first, last, "" if middle == first else middle)
    locale = ctx.locale
    if (draw >= 0.7 and not own_country) or locale not in (*SCRIPT_LOCALES, *NAME_LOCALES):
        locale = rng.choice(SCRIPT_LOCALES if rng.random() < 0.45 else NAME_LOCALES)
    f = ctx.fake(locale)
    if locale == "ja_JP":
        first_k, _, first_r = f.first_name_pair()
        last_k, _, last_r = f.last_name_pair()
        return KPerson(str(first_r), str(last_r), "", script=f"{last_k} {first_k}")
    first, last = str(f.first_name()).strip(), str(f.last_name()).strip()
    middle = str(f.first_name()).strip() if rng.random() < 0.12 else ""
    if middle == first:
        middle = ""
    if locale.startswith(("es_", "pt_")) and rng.random() < 0.5:  # two surnames
        second = str(f.last_name()).strip()
        if second != last:
            last = f"{last} {second}"
    if locale in SCRIPT_LOCALES:
        order = (last, first) if locale in FAMILY_FIRST else (first, last)
        sep = "" if locale in ("zh_CN", "zh_TW") else " "
        script = sep.join(order)
        return KPerson(_latin(first), _latin(last), "", script=script)
    return KPerson(first, last, middle)  # hu_HU, vi_VN: a template's form sets the order


def document_person(ctx: Ctx) -> Person:
    """The document's first person (the one a mailbox or a licence is made from)."""
    for value in ctx.entities.values():
        if isinstance(value, Person):
            return value
    return new_person(ctx)


# --- places -----------------------------------------------------------------------------


def form_locale(form: str, default: str) -> str:
    """The Faker locale a slot form names ("{kaddr1.de_at}": de_AT), else `default`."""
    m = re.fullmatch(r"([a-z]{2,3})_([a-z]{2})", form)
    return f"{m.group(1)}_{m.group(2).upper()}" if m else default


def k_address(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    locale = form_locale(form, ctx.locale)
    f = ctx.fake(locale)
    style = rng.randrange(10)
    if form == "mil":  # a US forces address: unit and box, then APO/FPO/DPO and a state code
        state = rng.choice(["AE", "AP", "AA"])
        zip_ = {"AE": "09", "AP": "96", "AA": "340"}[state]
        zip_ += "".join(rng.choice(string.digits) for _ in range(5 - len(zip_)))
        if rng.random() < 0.5:
            head, post = str(ctx.fake("en_US").military_apo()), rng.choice(["APO", "DPO"])
        else:
            head, post = str(ctx.fake("en_US").military_dpo()), rng.choice(["APO", "FPO"])
        return f"{head}{rng.choice([', ', chr(10)])}{post} {state} {zip_}"
    if locale == "en_US" and style == 0:
        return f"PO Box {rng.randint(10, 99999)}, {f.city()}, {f.state_abbr()} {f.zipcode_plus4()}"
    if locale == "en_US" and style == 1:
        route = f"RR {rng.randint(1, 9)} Box {rng.randint(10, 999)}"
        return f"{route}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    if locale == "en_GB" and style == 0:
        return (
            f"Flat {rng.randint(0, 4)}/{rng.randint(1, 3)}, {f.building_number()} "
            f"{f.street_name()}, {f.city()} {f.postcode()}"
        )
    if locale == "en_IN" and style < 3:
        return (
            f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 9)}-{rng.randint(10, 999)}, "
            f"{f.street_name()}, {f.city()} - {f.postcode()}"
        )
    text = str(f.address()).strip()
    lines = [line.strip().rstrip(",") for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    joiner = rng.choice([", ", ", ", " ", "; "])
    return joiner.join(lines)


def k_geo(ctx: Ctx) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-45.0, 65.0), rng.uniform(-125.0, 150.0)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = rng.randrange(4)
    if style == 0:
        return f"geo:{lat:.5f},{lon:.5f}"
    if style == 1:

        def ddm(x: float, width: int) -> str:
            deg = int(abs(x))
            minutes = (abs(x) - deg) * 60
            return f"{deg:0{width}d}° {minutes:06.3f}'"

        return f"{ns} {ddm(lat, 2)} {ew} {ddm(lon, 3)}"
    if style == 2:
        return f"{lat:+.6f} {lon:+.6f}"
    zone, band = rng.randint(1, 60), rng.choice("CDEFGHJKLMNPQRSTUVWX")
    square = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPQRSTUV")
    return f"{zone}{band} {square} {rng.randint(0, 99999):05d} {rng.randint(0, 99999):05d}"


def k_postcode(ctx: Ctx, form: str) -> str:
    locale = form_locale(form, ctx.locale)
    f = ctx.fake(locale)
    if locale == "en_US" and ctx.rng.random() < 0.5:
        return str(f.zipcode_plus4())
    return str(f.postcode()).strip()


def k_city(ctx: Ctx, form: str) -> str:
    return str(ctx.fake(form_locale(form, ctx.locale)).city()).strip()


# --- phones and mail --------------------------------------------------------------------

PHONE_REGIONS = (
    "US", "GB", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "VN", "IN", "NG", "KE",
    "ZA", "AU", "CA", "MX", "JP", "KR", "CN", "PH", "IE", "SE", "NO", "FI", "CH", "AT",
    "BE", "PT", "GR", "RO", "CZ", "HU", "IL", "AE", "SA", "EG", "PK", "BD", "AR", "CL",
    "CO", "NZ", "SG", "MY", "ID", "TH", "UA", "GH",
)  # fmt: skip
PHONE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)


def _region(ctx: Ctx, form: str) -> str:
    if len(form) == 2 and form.upper() in phonenumbers.SUPPORTED_REGIONS:
        return form.upper()
    here = ctx.locale.rsplit("_", 1)[-1].upper()
    if here in PHONE_REGIONS and ctx.rng.random() < 0.6:
        return here
    return ctx.rng.choice(PHONE_REGIONS)


def k_phone(ctx: Ctx, form: str) -> str:
    """A number `phonenumbers` holds valid for its region, written as that region's
    documents, an international form or a dial string, sometimes with an extension."""
    rng = ctx.rng
    region = _region(ctx, form)
    number = None
    for kind in PHONE_TYPES:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is not None:
            break
    assert example is not None, region
    national = str(example.national_number)
    for attempt in range(120):
        # Most of the number redrawn first (area codes and mobile prefixes vary), then,
        # where few such draws are valid, only its last digits.
        keep = 1 if attempt < 80 else max(2, len(national) - rng.randint(4, 6))
        digits = national[:keep] + "".join(
            rng.choice(string.digits) for _ in range(len(national) - keep)
        )
        candidate = phonenumbers.PhoneNumber(
            country_code=example.country_code, national_number=int(digits)
        )
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    number = number or example
    fmt = phonenumbers.PhoneNumberFormat
    if region in ("US", "CA") and rng.random() < 0.35:  # as North American forms dial out
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        digits = re.sub(r"\D", "", national)
        area, exchange, line = digits[:3], digits[3:6], digits[6:]
        return rng.choice(
            [
                f"001-{area}-{exchange}-{line}",
                f"+1-{area}-{exchange}-{line}",
                f"1 ({area}) {exchange}-{line}",
                f"{area}/{exchange}-{line}",
                f"({area}){exchange}-{line}",
            ]
        ) + rng.choice(["", "", f" x{rng.randint(10, 99999)}", f"x{rng.randint(10, 9999)}"])
    style = rng.randrange(7)
    if style in (0, 1):
        text = phonenumbers.format_number(number, fmt.NATIONAL)
    elif style == 2:
        text = phonenumbers.format_number(number, fmt.E164)
    elif style == 3:
        text = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        text = "00" + text[1:]
    elif style == 4:
        text = phonenumbers.format_number(number, fmt.INTERNATIONAL).replace(" ", ".")
    elif style == 5:
        text = phonenumbers.format_number(number, fmt.INTERNATIONAL)
        national_text = phonenumbers.format_number(number, fmt.NATIONAL)
        if national_text.startswith("0"):  # "+44 (0)20 7946 0958"
            text = f"+{number.country_code} (0){national_text[1:]}"
    else:
        text = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if rng.random() < 0.25:
        ext = str(rng.randint(2, 9999))
        words = EXTENSIONS.get(region, (" ext. ", " x", " ext "))
        text += rng.choice(words) + ext
    return text.strip()


# How a document of the region writes an extension after the number.
EXTENSIONS = {
    "DE": (" Durchwahl ", "-", " App. "),
    "AT": (" Dw. ", "-"),
    "CH": (" intern ",),
    "FR": (" poste ",),
    "BE": (" poste ", " toestel "),
    "CA": (" poste ", " ext. "),
    "ES": (" ext. ", " extensión "),
    "MX": (" ext. ",),
    "BR": (" ramal ",),
    "PT": (" extensão ",),
    "IT": (" int. ",),
    "NL": (" tst. ",),
    "PL": (" wew. ",),
    "SE": (" ankn. ",),
}


# Mail providers of many countries, beside Faker's (which repeats a few per locale).
MAIL_DOMAINS = (
    "nhs.net", "web.de", "gmx.at", "libero.it", "wp.pl", "orange.fr", "yahoo.co.in",
    "hotmail.co.uk", "icloud.com", "proton.me", "rediffmail.com", "seznam.cz", "mail.ru",
    "naver.com", "qq.com", "163.com", "ukr.net", "bol.com.br", "t-online.de", "telenet.be",
)  # fmt: skip


def k_email(ctx: Ctx, form: str) -> str:
    """A mailbox made from the document's first person's name, or from person n's where
    the form says "p" and n ("{kmail1.p3}": kname3's)."""
    rng = ctx.rng
    person = document_person(ctx)
    if re.fullmatch(r"p\d", form):  # made now if the template names the person later
        owner = ctx.entities.setdefault(f"kname{form[1:]}", new_kperson(ctx))
        assert isinstance(owner, Person)
        person = owner
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) or "x" for w in (person.first, person.last)
    )
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first[0]}",
            f"{first}_{last}{rng.randint(1, 99)}",
            f"{first}+{rng.choice(['clinic', 'bank', 'hr', 'claims'])}",
            f"{last}{first[:2]}{rng.randint(70, 99)}",
        ]
    )
    f = ctx.fake()
    draw = rng.random()
    if draw < 0.45:
        domain = str(f.free_email_domain())
    elif draw < 0.8:
        domain = str(f.domain_name())
    else:
        domain = rng.choice(MAIL_DOMAINS)
    address = f"{user}@{domain}"
    if form == "upper":
        return address.upper()
    if form == "spelled":  # written out in a chat so that it is not a link
        return address.replace("@", " [at] ").replace(".", " [dot] ")
    return address


# --- national, health and travel numbers ------------------------------------------------

# The scheme's own formatter, by the first name national_ids.py gives the scheme.
FORMATTERS: dict[str, Callable[[str], str]] = {
    "SSN": us_ssn.format,
    "ITIN": itin.format,
    "NHS number": nhs.format,
    "Aadhaar": aadhaar.format,
    "CPF": cpf.format,
    "SIN": sin.format,
    "AHV-Nr.": ch_ssn.format,
    "RUT": rut.format,
    "CPR-nr.": cpr.format,
    "NIR": nir.format,
    "Teudat Zehut": il_idnr.format,
    "RRN": rrn.format,
    "MyKad": nric.format,
    "BSN": bsn.format,
    "CNIC": cnic.format,
    "personnummer": personnummer.format,
    "ID number": za_idnr.format,
}


def k_national(ctx: Ctx, form: str) -> Value:
    """A national identity or tax number of the form's country (or one of the template's
    or split's), in one of the ways that still passes its check: as drawn, without
    separators, or as the scheme's own formatter writes it."""
    rng = ctx.rng
    named = form.upper() if len(form) == 2 else ""
    countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
    country = named if any(e.country == named for e in NATIONAL_IDS) else rng.choice(countries)
    entry = rng.choice([e for e in NATIONAL_IDS if e.country == country])
    raw = draw_national_id(entry, ctx.fake(entry.locale), rng)
    variants = [raw, re.sub(r"[\s.\-/]", "", raw)]
    formatter = FORMATTERS.get(entry.labels[0])
    if formatter is not None:
        with contextlib.suppress(Exception):  # a formatter that cannot read the draw
            variants.append(formatter(raw))
    valid = [v for v in variants if v and entry.valid(v)]
    return Value(rng.choice(valid or [raw]), rng.choice(entry.labels))


def medicare_au_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 11) or digits[0] not in "23456":
        return False
    weights = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(d) * w for d, w in zip(digits[:8], weights, strict=True)) % 10 == int(digits[8])


def kvnr_ok(value: str) -> bool:
    """A German health-insurance number (Krankenversichertennummer): a letter, eight
    digits and a check digit over the letter's two-digit number and the digits."""
    if not re.fullmatch(r"[A-Z]\d{9}", value):
        return False
    body = f"{ord(value[0]) - 64:02d}{value[1:9]}"
    total = 0
    for i, c in enumerate(body):
        product = int(c) * (1 if i % 2 == 0 else 2)
        total += product // 10 + product % 10
    return total % 10 == int(value[9])


def ohip_ok(value: str) -> bool:
    digits = re.sub(r"\D", "", value[:12] if value[-2:].isalpha() else value)
    return len(digits) == 10 and luhn.is_valid(digits)


def nhs_ok(value: str) -> bool:
    return nhs.is_valid(value.replace(" ", ""))


# Health-card schemes: label, validator and maker.
HEALTH_CHECKS: dict[str, Callable[[str], bool]] = {
    "AU": medicare_au_ok,
    "DE": kvnr_ok,
    "ON": ohip_ok,
    "GB": nhs_ok,
}


def k_health(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    scheme = form.upper() if form.upper() in HEALTH_CHECKS else rng.choice(sorted(HEALTH_CHECKS))

    def digits(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))

    if scheme == "AU":
        body = rng.choice("23456") + digits(7)
        weights = (1, 3, 7, 9, 1, 3, 7, 9)
        check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10
        raw = f"{body}{check}{rng.randint(1, 9)}"
        text = f"{raw[:4]} {raw[4:9]} {raw[9]}" if rng.random() < 0.6 else raw
        return Value(text, "Medicare card no.")
    if scheme == "DE":
        letter = rng.choice(string.ascii_uppercase)
        body = letter + digits(8)
        for digit in string.digits:
            if kvnr_ok(body + digit):
                return Value(body + digit, "Versichertennummer")
        raise AssertionError("no check digit fits")  # pragma: no cover - one always fits
    if scheme == "ON":
        body = rng.choice("123456789") + digits(8)
        raw = body + luhn.calc_check_digit(body)
        version = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        text = rng.choice([f"{raw[:4]}-{raw[4:7]}-{raw[7:]}-{version}", f"{raw} {version}", raw])
        return Value(text, "OHIP")
    while True:  # NHS England / CHI Scotland: mod-11, a check of 10 is never issued
        body = rng.choice("4679") + digits(8)
        total = sum(int(d) * (10 - i) for i, d in enumerate(body))
        check = (11 - total % 11) % 11
        if check != 10:
            raw = body + str(check)
            break
    text = rng.choice([f"{raw[:3]} {raw[3:6]} {raw[6:]}", raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"])
    return Value(text, rng.choice(["NHS No.", "CHI", "NHS number"]))


# Passport number shapes by issuing country: '#' digit, '@' letter, '*' either.
PASSPORT_SHAPES = {
    "USA": ("#########", "@########"),
    "GBR": ("#########",),
    "DEU": ("C********", "@@#######"),
    "IND": ("@#######",),
    "FRA": ("##@@#####",),
    "CAN": ("@@######",),
    "AUS": ("@#######", "P@#######"),
    "CHN": ("E########", "G########"),
    "NGA": ("@########",),
    "BRA": ("@@######",),
    "JPN": ("@@#######",),
    "ITA": ("@@#######",),
    "POL": ("@@#######",),
    "TUR": ("U########",),
    "VNM": ("@########",),
    "PHL": ("P#######@",),
    "MEX": ("G########",),
    "KEN": ("AK#######",),
}


def bothify(rng: random.Random, shape: str) -> str:
    out = []
    for c in shape:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif c == "*":
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        elif c == "%":
            out.append(rng.choice("123456789"))
        else:
            out.append(c)
    return "".join(out)


def k_passport(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = (
        form.upper() if form.upper() in PASSPORT_SHAPES else rng.choice(sorted(PASSPORT_SHAPES))
    )
    return Value(bothify(rng, rng.choice(PASSPORT_SHAPES[country])), country)


# --- record, plan, reference and biometric numbers --------------------------------------

# Number shapes by the family a template names ("{kmrn1.acc}"); '#', '@', '%' as above.
RECORD_SHAPES = {
    "mrn": ("###-###-##", "M%######", "00######", "%#######", "MR-%#####", "#######-@"),
    "pid": ("P@-%####", "PT%######", "%##.###.###", "@@@%######", "PID-%#####-@"),
    "enc": ("E%########", "ENC-####-######", "V%#######", "%########"),
    "acc": ("S2#-#####", "SP-2#-######", "H2#-%####", "C2#-%###", "@@2#-######"),
    "lab": ("%########", "L@%######", "#####-##-###"),
    "rx": ("Rx%######", "%######-##", "%#######"),
    "claim": ("CLM-20##-%######", "%###########", "@@%########", "20##@######"),
    "case": ("CR-20##-%#####", "20##-%#####", "%##-##-####", "FR%########"),
    "ticket": ("INC%######", "CS-%#####", "#%######", "REQ%######"),
    "member": ("@@@%########", "%########-##", "W%#######", "@%#######-0#"),
    "policy": ("POL-%#######", "@@-%######", "%##-###-###"),
    "emp": ("E%#####", "%######", "EMP-%####"),
    "student": ("S%#######", "%########", "20##%####"),
    "visa": ("GWF0########", "@%########", "EAC20##%#####", "IOE0%########"),
    "court": ("%:2#-cv-%####", "%:2#-cr-00%##", "20##-CF-%#####", "FD2#P%####"),
    "inmate": ("%####-###", "A%#####", "%######"),
    "bio": ("FP-%#######", "BIO%#######", "IRIS-%####-##", "DNA-2#-%#####"),
    "trial": ("%##-%##", "SUBJ-%####", "%#-%##-###"),
    "aer": ("AE-20##-%#####", "%#######", "EV-%######"),
    "dental": ("D%#####", "CH-%#####"),
    "sch": ("UPN @%###########@", "%#########", "ULN %#########"),
}


# What a poor scan reads for a digit (the whole number is still the identifier).
DIGIT_MISREADS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}


def misread_digit(rng: random.Random, value: str) -> str:
    places = [i for i, c in enumerate(value) if c in DIGIT_MISREADS]
    if not places:
        return value
    at = rng.choice(places)
    return value[:at] + DIGIT_MISREADS[value[at]] + value[at + 1 :]


def k_record(ctx: Ctx, slot: str, form: str) -> str:
    """A number of the form's family ("{kmrn1.acc}"); "_ocr" after the family: as a poor
    scan reads it, one digit misread as a letter ("{kmrn1.mrn_ocr}")."""
    rng = ctx.rng
    defaults = {"kmrn": "mrn", "kplan": "member", "kref": "case", "kbio": "bio"}
    scanned = form.endswith("_ocr")
    family = form.removesuffix("_ocr")
    family = family if family in RECORD_SHAPES else defaults[slot]
    value = bothify(rng, rng.choice(RECORD_SHAPES[family]))
    value = value.removeprefix("UPN ").removeprefix("ULN ")
    return misread_digit(rng, value) if scanned else value


# --- money ------------------------------------------------------------------------------


def k_account(ctx: Ctx, form: str) -> Value:
    """An account number and, as its label, the bank's own code written beside it."""
    rng = ctx.rng
    countries = ("US", "GB", "AU", "IN", "CA", "LOAN")
    country = form.upper() if form.upper() in countries else rng.choice(countries)

    def digits(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))

    if country == "US":
        body = "0" + digits(7)  # an ABA routing number: weights 3, 7, 1, total 0 mod 10
        weighted = sum(int(d) * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
        routing = body + str(-weighted % 10)
        return Value(rng.choice([digits(10), digits(12), f"{digits(4)}-{digits(6)}"]), routing)
    if country == "GB":
        return Value(digits(8), f"{digits(2)}-{digits(2)}-{digits(2)}")
    if country == "AU":
        return Value(
            rng.choice([digits(9), f"{digits(4)} {digits(5)}"]), f"{digits(3)}-{digits(3)}"
        )
    if country == "IN":
        bank = rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "PUNB"])
        return Value(digits(rng.choice([11, 14, 16])), f"{bank}0{digits(6)}")
    if country == "CA":
        return Value(digits(7), f"{digits(5)}-{digits(3)}")
    return Value(
        rng.choice([f"ML-{digits(10)}", f"{digits(3)}-{digits(7)}-{digits(2)}", digits(13)]), ""
    )


CARD_BRANDS = (
    (("4",), 16),
    (("51", "52", "53", "54", "55", "2221", "2720"), 16),
    (("34", "37"), 15),
    (("6011", "65"), 16),
    (("3528", "3589"), 16),
    (("36", "38"), 14),
    (("6759", "5018", "6304"), 19),
    (("62",), 16),
    (("2200", "2204"), 16),
    (("60", "6521"), 16),
)


def k_card(ctx: Ctx) -> str:
    rng = ctx.rng
    prefixes, length = rng.choice(CARD_BRANDS)
    body = rng.choice(prefixes)
    body += "".join(rng.choice(string.digits) for _ in range(length - len(body) - 1))
    raw = body + luhn.calc_check_digit(body)
    sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return raw
    if length == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    if length == 14:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, length, 4))


IBAN_LOCALES = (
    "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB", "fi_FI", "no_NO",
    "sv_SE", "cs_CZ", "sk_SK", "tr_TR", "de_AT", "de_CH", "en_IE", "nl_BE", "ro_RO", "hu_HU",
    "el_GR", "hr_HR", "lt_LT", "lv_LV", "et_EE", "sl_SI", "bg_BG", "uk_UA", "az_AZ", "pt_BR",
)  # fmt: skip


def k_iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    here = ctx.locale if ctx.locale in IBAN_LOCALES else rng.choice(IBAN_LOCALES)
    locale = form_locale(form, here)
    raw = ""
    for loc in (locale, "de_DE"):
        try:
            raw = str(ctx.fake(loc).iban())
        except AttributeError:
            continue
        if iban_check.is_valid(raw):
            break
    style = rng.randrange(4)
    if style == 0:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style == 1 and len(raw) > 20:
        return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


# --- network ----------------------------------------------------------------------------


def k_ip(ctx: Ctx) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    style = rng.randrange(6)
    if style == 0:
        return str(f.ipv6())
    if style == 1:  # compressed: the longest run of zero groups as "::"
        groups = [f"{rng.randrange(1, 0x10000):x}" for _ in range(3)]
        prefix = rng.choice(["2a02", "2001:67c", "2600", "240e", "2c0f", "2804", "2400"])
        return f"{prefix}:" + ":".join(groups[:2]) + "::" + groups[2]
    if style == 2:
        return f"::ffff:{f.ipv4_public()}"
    if style == 3:
        return str(f.ipv4_private())
    return str(f.ipv4_public())


def k_url(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    person = document_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) or "x" for w in (person.first, person.last)
    )
    token = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(22))
    hexed = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    choices = {
        "photo": [
            f"https://cdn.{f.domain_name()}/ids/{hexed}.jpg",
            f"https://files.{f.domain_name()}/kyc/selfie_{first}_{last}_{rng.randint(1, 99)}.png",
            f"s3://kyc-uploads/{hexed[:8]}/{hexed[8:20]}/face.jpeg",
        ],
        "portal": [
            f"https://mychart.{f.domain_name()}/patient/{rng.randint(10**5, 10**8)}?t={token}",
            f"https://portal.{f.domain_name()}/u/{first}.{last}",
        ],
        "meet": [
            f"https://zoom.us/j/{rng.randint(10**9, 10**11)}?pwd={token}",
            f"https://meet.{f.domain_name()}/{first}-{last}-{rng.randint(100, 999)}",
        ],
        "social": [
            f"https://www.linkedin.com/in/{first}{last}{rng.randint(1, 99)}",
            f"https://www.facebook.com/profile.php?id={rng.randint(10**13, 10**15)}",
            f"https://t.me/{first}_{last}",
            f"https://github.com/{first[0]}{last}",
        ],
    }
    family = form if form in choices else rng.choice(sorted(choices))
    return rng.choice(choices[family])


# --- dates and ages ---------------------------------------------------------------------

RU_MONTHS = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip
# Date styles by the name a template gives ("{kdate1.de}"); "{d}" the day unpadded,
# "{month:xx}" a month's name in language xx (generator.MONTHS), "{ru}" Russian genitive.
DATE_STYLES = {
    "iso": ("%Y-%m-%d",),
    "us": ("%m/%d/%Y", "%-m/%-d/%Y", "%m/%d/%y", "%B %-d, %Y", "%b %-d, %Y", "%b. %-d, %Y"),
    "eu": ("%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %Y"),
    "crf": ("%d%b%Y", "%d-%b-%Y", "%d/%b/%Y"),  # upper-cased: "05APR2023"
    "hl7": ("%Y%m%d",),
    "ts": ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y%m%d%H%M%S"),
    "de": ("%d.%m.%Y", "{d}. {month:de} %Y", "%d.%m.%y"),
    "fr": ("%d/%m/%Y", "{d} {month:fr} %Y"),
    "es": ("%d/%m/%Y", "{d} de {month:es} de %Y"),
    "it": ("%d/%m/%Y", "{d} {month:it} %Y"),
    "pl": ("%d.%m.%Y", "{d} {month:pl} %Y"),
    "nl": ("%d-%m-%Y", "{d} {month:nl} %Y"),
    "pt": ("%d/%m/%Y", "{d} de {month:pt} de %Y"),
    "tr": ("%d.%m.%Y", "{d} {month:tr} %Y"),
    "ja": ("%Y年{m}月{d}日", "%Y/%m/%d"),
    "ko": ("%Y년 {m}월 {d}일", "%Y.%m.%d."),
    "zh": ("%Y年{m}月{d}日",),
    "ru": ("%d.%m.%Y", "{d} {ru} %Y"),
    "long": ("%A, %B %-d, %Y", "%A %-d %B %Y", "the {ord} of %B %Y"),
    "month": ("%m/%Y", "%B %Y", "%b-%Y"),  # a month and year: still a date element
}
ORD = {1: "st", 2: "nd", 3: "rd"}


def format_day(ctx: Ctx, day: date | datetime, style: str) -> str:
    """The day in the style's format, one format per style in a document (a record writes
    its dates alike), drawn the first time the style is used."""
    rng = ctx.rng
    chosen = ctx.entities.setdefault(DATE_FORMATS_KEY, {})
    assert isinstance(chosen, dict)
    if style not in DATE_STYLES:
        style = chosen.setdefault("", rng.choice(["iso", "us", "eu", "crf", "long"]))
    fmt = chosen.setdefault(style, rng.choice(DATE_STYLES[style]))
    suffix = "th" if 10 <= day.day % 100 <= 20 else ORD.get(day.day % 10, "th")
    fmt = fmt.replace("{d}", str(day.day)).replace("{m}", str(day.month))
    fmt = fmt.replace("{ord}", f"{day.day}{suffix}").replace("{ru}", RU_MONTHS[day.month - 1])
    fmt = re.sub(r"\{month:(\w\w)\}", lambda m: MONTHS[m.group(1)][day.month - 1], fmt)
    text = day.strftime(fmt)
    return text.upper() if style == "crf" else text


# Keys of ctx.entities that hold no entity (no slot name has an underscore): the formats a
# document's dates use, and its latest day so far (each new day falls on or after it).
DATE_FORMATS_KEY = "k_date_formats"
ANCHOR_KEY = "k_date_anchor"


def k_date(ctx: Ctx, slot: str, form: str) -> str:
    """A date of birth, or a day up to three weeks after the document's previous one."""
    rng = ctx.rng
    if slot == "kdob":
        day: date | datetime = ctx.fake("en_US").date_of_birth(minimum_age=1, maximum_age=97)
    else:
        last = ctx.entities.get(ANCHOR_KEY)
        if isinstance(last, date):  # later than the document's previous day, as events run
            day = last + timedelta(days=rng.randint(0, 21))
        else:
            day = date(2018, 1, 1) + timedelta(days=rng.randint(0, 2900))
        ctx.entities[ANCHOR_KEY] = day
        if form == "ts":
            day = datetime(
                day.year,
                day.month,
                day.day,
                rng.randint(0, 23),
                rng.randint(0, 59),
                rng.randint(0, 59),
            )
    return format_day(ctx, day, form)


UNIT_WORDS = {
    "en": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "es": ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
}


def spelled_age(age: int, language: str) -> str:
    """An age of 90 to 109 in words ("ninety-four", "vierundneunzig", "ciento dos")."""
    unit = UNIT_WORDS[language][age % 10 - 1] if age % 10 else ""
    if language == "en":
        if age < 100:
            return f"ninety-{unit}" if unit else "ninety"
        return f"one hundred and {unit}" if unit else "one hundred"
    if language == "de":
        if age < 100:
            return f"{unit}undneunzig" if unit else "neunzig"
        return "hundert" + ("eins" if unit == "ein" else unit)
    if age < 100:
        return f"noventa y {unit}" if unit else "noventa"
    return f"ciento {unit}" if unit else "cien"


def k_age(ctx: Ctx, form: str) -> str:
    age = ctx.rng.randint(90, 107)
    return spelled_age(age, form) if form in UNIT_WORDS else str(age)


# --- licences, vehicles, devices --------------------------------------------------------


def dvla_number(ctx: Ctx) -> str:
    """A GB driving licence number made from its holder's surname, birth date and initials."""
    rng = ctx.rng
    person = document_person(ctx)
    surname = re.sub(r"[^A-Z]", "", unidecode(person.last).upper())
    surname = (surname + "99999")[:5]
    year = rng.randint(1930, 2005)
    month = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
    day = rng.randint(1, 28)
    initials = re.sub(r"[^A-Z]", "", unidecode(person.first + (person.middle or "9")).upper())
    initials = (initials[0] + (initials[1] if person.middle and len(initials) > 1 else "9"))[:2]
    tail = rng.choice(string.digits) + "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)
    )
    return f"{surname}{str(year)[2]}{month:02d}{day:02d}{str(year)[3]}{initials}{tail}"


LICENCE_SHAPES = {
    "ca_dl": ("@#######",),
    "ny_dl": ("### ### ###", "#########"),
    "fl_dl": ("@###-###-##-###-#",),
    "il_dl": ("@###-####-####",),
    "tx_dl": ("%#######",),
    "de_dl": ("@##@@@#@##",),
    "fr_dl": ("##@@#####",),
    "au_dl": ("########", "@#######"),
    "gmc": ("%######",),
    "nmc": ("##@####@",),
    "md": ("MD%#####", "G%#####", "A%#####", "%##.######"),
    "rn": ("RN%######", "%######RN"),
    "pharm": ("%######", "RPH-%####"),
    "ahpra": ("MED000%######", "NMW000%######"),
    "bar": ("%######", "SBN %#####"),
    "dentist": ("DDS-%####", "D%#####"),
    "cdl": ("@########",),
    "cert": ("CERT-%######", "%###-####-##"),
    "firearm": ("FAC/%####/2#", "%#########"),
}


def k_licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    from resources.synthetic.redaction_eval import generator  # noqa: PLC0415

    if form == "dvla":
        return dvla_number(ctx)
    if form == "npi":
        return generator.npi(ctx)
    if form == "dea":
        return generator.dea(ctx)
    family = form if form in LICENCE_SHAPES else rng.choice(sorted(LICENCE_SHAPES))
    return bothify(rng, rng.choice(LICENCE_SHAPES[family]))


PLATE_LOCALES = (
    "en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "pt_BR", "tr_TR",
    "en_IN", "ru_RU", "ja_JP", "en_AU", "en_CA", "de_AT", "sv_SE", "fi_FI", "hu_HU", "cs_CZ",
)  # fmt: skip


def k_vehicle(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "vin" or (form != "plate" and rng.random() < 0.4):
        return str(ctx.fake("en_US").vin())
    locale = ctx.locale if ctx.locale in PLATE_LOCALES else rng.choice(PLATE_LOCALES)
    return str(ctx.fake(locale).license_plate()).strip()


DEVICE_SHAPES = {
    "pacer": ("PJN%#####@", "RNA%#####", "%##-####-##"),
    "pump": ("NG%######@", "PA%#####", "SN%#######"),
    "cgm": ("8G%###", "%@%@%@", "0M%#####@@"),
    "hearing": ("%#####@@", "HA-%######"),
    "chip": ("9##%###########", "%##%###########"),  # an ISO 11784 animal microchip
    "cpap": ("2%#########", "23%#########"),
    "phone": ("F2L@%@@@%@@@", "%@@@%####@#"),
    "laptop": ("PF%@@@#@", "C02@%@@@@@@@", "5CG%####@@"),
}


def k_device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    from resources.synthetic.redaction_eval import generator  # noqa: PLC0415

    if form == "imei":
        return generator.imei(ctx)
    if form == "udi":
        return generator.udi(ctx)
    if form == "iccid":
        body = (
            "89"
            + rng.choice(["44", "49", "33", "01", "91", "234"])
            + "".join(rng.choice(string.digits) for _ in range(13))
        )
        return body[:18] + luhn.calc_check_digit(body[:18])
    if form == "uuid":
        return str(ctx.fake("en_US").uuid4()).upper()
    family = form if form in DEVICE_SHAPES else rng.choice(sorted(DEVICE_SHAPES))
    return bothify(rng, rng.choice(DEVICE_SHAPES[family]))


def k_mac(ctx: Ctx) -> str:
    rng = ctx.rng
    octets = [rng.randrange(256) for _ in range(6)]
    octets[0] &= 0xFE  # unicast
    hexes = [f"{o:02x}" for o in octets]
    style = rng.randrange(4)
    if style == 0:
        return "-".join(hexes)
    if style == 1:
        return ":".join(hexes).upper()
    if style == 2:
        joined = "".join(hexes)
        return ".".join(joined[i : i + 4] for i in range(0, 12, 4))
    return ":".join(hexes)


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    """K's value for `slot` in `form` (the form names a family, country or style)."""
    if slot == "kname":
        return new_kperson(ctx)
    labelled: dict[str, Callable[[], Value]] = {
        "knat": lambda: k_national(ctx, form),
        "khealth": lambda: k_health(ctx, form),
        "kpass": lambda: k_passport(ctx, form),
        "kacct": lambda: k_account(ctx, form),
    }
    if slot in labelled:
        return labelled[slot]()
    plain: dict[str, Callable[[], str]] = {
        "kcity": lambda: k_city(ctx, form),
        "kaddr": lambda: k_address(ctx, form),
        "kzip": lambda: k_postcode(ctx, form),
        "kgeo": lambda: k_geo(ctx),
        "ktel": lambda: k_phone(ctx, form),
        "kfax": lambda: k_phone(ctx, form),
        "kmail": lambda: k_email(ctx, form),
        "kmrn": lambda: k_record(ctx, slot, form),
        "kplan": lambda: k_record(ctx, slot, form),
        "kref": lambda: k_record(ctx, slot, form),
        "kbio": lambda: k_record(ctx, slot, form),
        "kcard": lambda: k_card(ctx),
        "kiban": lambda: k_iban(ctx, form),
        "kip": lambda: k_ip(ctx),
        "kurl": lambda: k_url(ctx, form),
        "kdate": lambda: k_date(ctx, slot, form),
        "kdob": lambda: k_date(ctx, slot, form),
        "kage": lambda: k_age(ctx, form),
        "klic": lambda: k_licence(ctx, form),
        "kveh": lambda: k_vehicle(ctx, form),
        "kdev": lambda: k_device(ctx, form),
        "kmac": lambda: k_mac(ctx),
    }
    return Value(plain[slot]())
