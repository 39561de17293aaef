"""Labelled synthetic documents from templates and Faker, with the span of every identifier.

A template is text with slots. `{person1.last_first}` is entity `person1` (a person, the
same one wherever `person1` appears in that document) written in form `last_first`;
`{natid1.label}` is what the document calls national id `natid1` ("PESEL"), context that
is not itself an identifier; `[[chest pain]]` is a phrase that must survive redaction
(utility). Everything else is literal text.

Values come from Faker in the document's locale (names, addresses, phones, plates, IBANs,
e-mails, national ids), from `names-dataset`'s world names (world_names.py), from
python-stdnum-validated national numbers (national_ids.py), and from the split's own
shapes for numbers that have no standard form (record, licence, device numbers). Same
split, same seed: the same document (with the same Faker release).
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import phonenumbers
from faker import Faker
from faker.decode import unidecode
from stdnum import ean, luhn
from stdnum import iban as iban_check

from resources.synthetic.redaction_eval import local_forms
from resources.synthetic.redaction_eval.kinds import Entity, LabelledDoc
from resources.synthetic.redaction_eval.national_ids import (
    NATIONAL_IDS,
    NationalId,
    draw_national_id,
)
from resources.synthetic.redaction_eval.world_names import world_names

SLOT = re.compile(r"\{([a-z]+)(\d*)(?:\.([a-z_][a-z_0-9]*))?\}|\[\[(.+?)\]\]", re.DOTALL)
# Name particles: a surviving "van" or "de" alone does not identify anyone.
PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "dos"}
    | {"das", "al", "el", "bin", "ibn", "ap", "ter", "ten"}
)


@dataclass(frozen=True)
class Template:
    id: str  # unique across both splits, e.g. "dev-clinical-1"
    doc_type: str  # clinical note, discharge summary, ...
    text: str
    # Optional, for a document written in one country's language and conventions: its own
    # locale mix, national-id countries and date formats instead of the split's. Empty
    # (the default): the split's, so templates written before these fields render as before.
    locales: tuple[tuple[str, int], ...] = ()
    id_countries: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Split:
    """Everything that makes a split: templates, seeds, locale and country mixes, shapes."""

    name: str
    templates: Sequence[Template]
    seeds: range
    locales: Sequence[tuple[str, int]]  # (Faker locale, weight)
    name_countries: Sequence[str]  # world-names countries drawn for half of the people
    id_countries: Sequence[str]  # national ids drawn for `natid` slots
    shapes: dict[str, Sequence[str]]  # bothify shapes per slot: '#' digit, '?' letter
    date_formats: Sequence[str]  # strftime formats
    # Locales whose Faker values are in another script (el_GR, uk_UA): written in Latin
    # letters, as an English-language record transliterates them. Empty: values as drawn.
    romanise: frozenset[str] = frozenset()
    # Share of people given a two-part surname ("García López", "Nowak-Kowalska"); 0 draws
    # nothing, so splits written before this field render as they did.
    compound_surname: float = 0.0


@functools.cache
def faker_for(locale: str) -> Faker:
    fake = Faker(locale)
    if locale == "it_IT":  # its city list is built from a set: order set by PYTHONHASHSEED
        for provider in fake.providers:
            if isinstance(getattr(provider, "cities", None), list):
                provider.cities = sorted(provider.cities)  # type: ignore[attr-defined]
    return fake


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        initials = " ".join(f"{w[0]}." for w in (first, middle) if w)
        forms = {
            "full": " ".join(w for w in (first, middle, last) if w),
            "first": first,
            "last": last,
            "first_last": f"{first} {last}",
            "last_first": f"{last}, {first}",
            "last_first_middle": f"{last}, {first} {middle}".rstrip(),
            "caps": f"{first} {last}".upper(),
            "caps_last_first": f"{last.upper()}, {first}",
            "caps_last": last.upper(),
            "initials": f"{initials} {last}",
            "initial_last": f"{first[0]}. {last}",
            "first_initial": f"{first} {last[0]}.",
            "handle": unidecode(f"{first}.{last}").lower().replace(" ", ""),
            "lower": f"{first} {last}".lower(),
            # Forms added with held-out C (any split may use them).
            "last_first_initial": f"{last}, {first[0]}.",
            "last_initials": f"{last} {''.join(w[0] for w in (first, middle) if w)}",
            "first_caps_last": f"{first} {last.upper()}",
            "caps_last_space_first": f"{last.upper()} {first}",
            "last_space_first": f"{last} {first}",
            "lower_first": first.lower(),
            "lower_last": last.lower(),
            "caps_first": first.upper(),
            "caps_full": " ".join(w for w in (first, middle, last) if w).upper(),
            "handle_under": unidecode(f"{first}_{last}").lower().replace(" ", ""),
            "handle_initial": re.sub(r"[^a-z0-9]", "", unidecode(f"{first[0]}{last}").lower()),
            "initials_caps_last": f"{initials} {last.upper()}",
            "mid_initial": f"{first} {middle[0]}. {last}" if middle else f"{first} {last}",
            # Forms added with held-out D (any split may use them).
            "caps_last_first_all": f"{last}, {first}".upper(),
            "initial_nodot_last": f"{first[0]} {last}",
            "last_initial": f"{last} {first[0]}.",
            "initials_nodot_last": f"{''.join(w[0] for w in (first, middle) if w)} {last}",
            "handle_dash": unidecode(f"{first}-{last}").lower().replace(" ", "-"),
            "handle_last_initial": re.sub(
                r"[^a-z0-9.]", "", unidecode(f"{last}.{first[0]}").lower()
            ),
        }
        return forms[form]


@dataclass
class Ctx:
    """One document being rendered: its rng, locale, split and entities so far."""

    split: Split
    seed: int
    rng: random.Random
    locale: str
    entities: dict[str, object] = field(default_factory=dict)
    seeded: set[str] = field(default_factory=set)
    template: Template | None = None

    def fake(self, locale: str | None = None) -> Faker:
        loc = locale or self.locale
        f = faker_for(loc)
        if loc not in self.seeded:  # each Faker is reseeded once per document
            f.seed_instance(self.seed * 7919 + len(self.seeded))
            self.seeded.add(loc)
        return f

    def shape(self, slot: str) -> str:
        return self.fake("en_US").bothify(self.rng.choice(self.split.shapes[slot])).upper()


def new_person(ctx: Ctx) -> Person:
    surnames: Sequence[str] = ()
    if ctx.rng.random() < 0.5:
        country = ctx.rng.choice(ctx.split.name_countries)
        names = world_names()[country]
        first = ctx.rng.choice(names["first"])
        last = ctx.rng.choice(names["last"])
        middle = ctx.rng.choice(names["first"]) if ctx.rng.random() < 0.15 else ""
        surnames = names["last"]
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if ctx.rng.random() < 0.15 else ""
    if middle == first:
        middle = ""
    share = ctx.split.compound_surname
    if share and ctx.rng.random() < share:  # no draw at all when the split has none
        second = ctx.rng.choice(surnames) if surnames else str(ctx.fake().last_name())
        if second.strip() != last.strip():
            last = f"{last.strip()}{ctx.rng.choice(['-', ' ', '-'])}{second.strip()}"
    return Person(first.strip(), last.strip(), middle.strip())


def _one_line(address: str, rng: random.Random) -> str:
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    return (", " if rng.random() < 0.8 else " ").join(lines)


def address(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "usaddr":
        f = ctx.fake("en_US")
        unit = rng.choice(["Apt.", "Apt", "Suite", "Ste.", "Unit", "#", "Apartment"])
        line = f"{f.building_number()} {f.street_name()} {unit} {rng.randint(1, 2400)}"
        return f"{line}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    if slot == "miladdr":
        f = ctx.fake("en_US")
        state = rng.choice(["AE", "AP", "AA"])
        zip_ = {"AE": "09", "AP": "96", "AA": "34"}[state] + f"{rng.randint(0, 999):03d}"
        head = rng.choice(
            [
                f"PSC {rng.randint(1000, 9999)}, Box {rng.randint(1, 9999)}",
                f"Unit {rng.randint(1000, 9999)} Box {rng.randint(1, 9999)}",
                f"{f.military_ship()} {f.last_name()}",
                f"CMR {rng.randint(100, 999)} Box {rng.randint(100, 9999)}",
            ]
        )
        post = rng.choice(["APO", "FPO", "DPO"])
        return f"{head}, {post} {state} {zip_}"
    if slot == "ukflat":
        f = ctx.fake("en_GB")
        flat = rng.choice(["Flat", "Studio", "Apartment", "Flat"])
        no = rng.choice([str(rng.randint(1, 60)), f"{rng.randint(1, 9)}{rng.choice('ABCD')}"])
        return f"{flat} {no}, {f.building_number()} {f.street_name()}, {f.city()} {f.postcode()}"
    if slot == "city":
        return str(ctx.fake().city())
    f = ctx.fake()
    text = str(f.address())
    return text.strip() if form == "lines" else _one_line(text, rng)


def phone(ctx: Ctx, slot: str) -> str:
    rng = ctx.rng
    if slot == "phone" and rng.random() < 0.5:
        try:
            return str(ctx.fake().phone_number())
        except AttributeError:  # a locale without phone numbers (en_PH): the forms below
            pass
    area, exch, line = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    base = rng.choice(
        [
            f"({area}) {exch}-{line:04d}",
            f"{area}-{exch}-{line:04d}",
            f"{area}.{exch}.{line:04d}",
            f"+1-{area}-{exch}-{line:04d}",
            f"001-{area}-{exch}-{line:04d}",
            f"+1 ({area}) {exch}-{line:04d}",
            f"1-{area}-{exch}-{line:04d}",
        ]
    )
    if rng.random() < 0.45:
        ext = str(rng.randint(1, 99999))
        base += rng.choice([f"x{ext}", f" x{ext}", f" ext. {ext}", f" ext {ext}", f" Ext.{ext}"])
    return base


def email(ctx: Ctx, person: Person | None) -> str:
    f = ctx.fake()
    if person is None or ctx.rng.random() < 0.3:
        return unidecode(str(f.email())).lower()
    user = ctx.rng.choice(
        [
            f"{person.first}.{person.last}",
            f"{person.first[0]}{person.last}",
            f"{person.last}{ctx.rng.randint(1, 99)}",
        ]
    )
    user = re.sub(r"[^a-z0-9.]", "", unidecode(user).lower())
    domain = ctx.rng.choice([str(f.free_email_domain()), str(f.domain_name())])
    return f"{user}@{domain}"


def card(ctx: Ctx) -> str:
    rng = ctx.rng
    kind = rng.choice(["visa16", "mastercard", "amex", "discover", "jcb"])
    raw = str(ctx.fake("en_US").credit_card_number(card_type=kind))
    assert luhn.is_valid(raw)
    sep = rng.choice(["", " ", "-", " "])
    if not sep:
        return raw
    if len(raw) == 15:
        return sep.join((raw[:4], raw[4:10], raw[10:]))
    return sep.join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban(ctx: Ctx) -> str:
    raw = str(ctx.fake().iban())
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake("de_DE").iban())
    if ctx.rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def mac(ctx: Ctx) -> str:
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


# Month names as dates write them (genitive where the language uses it: "5 marca 2021").
MONTHS = {
    lang: tuple(names.split())
    for lang, names in {
        "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre",
        "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre",
        "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre",
        "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
        "dezembro",
        "nl": "januari februari maart april mei juni juli augustus september oktober november "
        "december",
        "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia",
        "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
        "sk": "januára februára marca apríla mája júna júla augusta septembra októbra "
        "novembra decembra",
        "sv": "januari februari mars april maj juni juli augusti september oktober november "
        "december",
        "da": "januar februar marts april maj juni juli august september oktober november december",
        "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
        "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
        "hu": "január február március április május június július augusztus szeptember "
        "október november december",
        "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
        "noiembrie decembrie",
        "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
        "studenoga prosinca",
        "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
        "lapkričio gruodžio",
        "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
        "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November "
        "Desember",
        "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
        "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre "
        "Disyembre",
        # Languages added with held-out D.
        "no": "januar februar mars april mai juni juli august september oktober november desember",
        "sl": "januar februar marec april maj junij julij avgust september oktober november "
        "december",
        "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober "
        "november detsember",
        "lv": "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris "
        "oktobris novembris decembris",
        "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru "
        "Diċembru",
        "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd "
        "Rhagfyr",
        "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
        "bs": "januar februar mart april maj juni juli august septembar oktobar novembar decembar",
        "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
        "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober "
        "November Desember",
    }.items()
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# Date-format placeholders beyond strftime (added with held-out C; `{d}` is older):
# {month:xx} / {mon:xx} the month's name / first three letters in language xx, {roman} the
# month in Roman numerals, {m} the month without a leading zero, {ord} "3rd". Added with
# held-out D: {be} the Buddhist-era year (Thailand: year + 543), {dd} the day zero-padded
# where strftime is not used (beside {be}).
DATE_PART = re.compile(r"\{(month|mon):([a-z]{2})\}|\{(roman|m|ord|be|dd)\}")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _date_part(day: date, m: re.Match[str]) -> str:
    if m.group(1):
        name = MONTHS[m.group(2)][day.month - 1]
        return name if m.group(1) == "month" else name[:3]
    parts = {"roman": ROMAN[day.month - 1], "m": str(day.month), "ord": ordinal(day.day)}
    parts |= {"be": str(day.year + 543), "dd": f"{day.day:02d}"}
    return parts[m.group(3)]


def a_date(ctx: Ctx, slot: str) -> str:
    f = ctx.fake()
    day: date
    if slot == "dob":
        day = f.date_of_birth(minimum_age=1, maximum_age=99)
    else:
        day = date(2019, 1, 1) + timedelta(days=ctx.rng.randint(0, 2400))
    formats = (ctx.template.date_formats if ctx.template else ()) or ctx.split.date_formats
    fmt = ctx.rng.choice(formats)
    text = day.strftime(fmt).replace("{d}", str(day.day))
    return DATE_PART.sub(lambda m: _date_part(day, m), text)


def url(ctx: Ctx) -> str:
    f = ctx.fake("en_US")
    rng = ctx.rng
    return rng.choice(
        [
            str(f.url()).rstrip("/")
            + f"/{rng.choice(['patient', 'u', 'case', 'profile'])}/"
            + str(rng.randint(1000, 999999)),
            f"https://{f.domain_name()}/{f.user_name()}",
            str(f.uri()),
            f"www.{f.domain_name()}/~{f.user_name()}",
        ]
    )


def national_id(ctx: Ctx, form: str = "") -> tuple[NationalId, str]:
    """A number of one of the split's countries, or of the country the slot form names
    ("{natid1.br}": a Brazilian CPF; added with held-out D, older templates name none)."""
    named = form.upper() if len(form) == 2 else ""
    if named and any(e.country == named for e in NATIONAL_IDS):
        country = named
    else:
        countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
        country = ctx.rng.choice(countries)
    entry = ctx.rng.choice([e for e in NATIONAL_IDS if e.country == country])
    return entry, draw_national_id(entry, ctx.fake(entry.locale), ctx.rng)


def vin(ctx: Ctx) -> str:
    return str(ctx.fake("en_US").vin())


# Slots added with held-out C (any split may use them; none changes what older slots draw).


def coordinates(ctx: Ctx) -> str:
    """A latitude/longitude pair, as a map link, a GPS log or a DMS reading writes it."""
    rng = ctx.rng
    lat, lon = rng.uniform(-55.0, 70.0), rng.uniform(-170.0, 178.0)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = rng.randrange(4)
    if style == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if style == 1:
        return f"{lat:.6f},{lon:.6f}"
    if style == 2:
        return f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}"

    def dms(x: float) -> str:
        tenths = round(abs(x) * 36000)  # tenths of an arc-second
        deg, rest = divmod(tenths, 36000)
        minute, sec = divmod(rest, 600)
        return f"{deg}°{minute:02d}'{sec // 10:02d}.{sec % 10}\""

    return f"{dms(lat)}{ns} {dms(lon)}{ew}"


def local_phone(ctx: Ctx) -> str:
    """A number of the document's country, as written there or in international form."""
    rng = ctx.rng
    try:
        raw = str(ctx.fake().phone_number())
        region = ctx.locale.rsplit("_", 1)[-1].upper()
    except AttributeError:  # a locale with names only
        raw, region = str(ctx.fake("en_GB").phone_number()), "GB"
    style = rng.randrange(4)
    if style in (1, 2):
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_valid_number(number):
            fmt = phonenumbers.PhoneNumberFormat
            raw = phonenumbers.format_number(number, fmt.INTERNATIONAL if style == 1 else fmt.E164)
    if style == 3 and raw[-1].isdigit():  # a direct-dial suffix ("030 1234 56-789")
        raw += f"-{rng.randint(10, 999)}"
    return raw


def npi(ctx: Ctx) -> str:
    """A US National Provider Identifier: 10 digits, Luhn over the 80840 prefix."""
    body = str(ctx.rng.choice("12")) + "".join(str(ctx.rng.randrange(10)) for _ in range(8))
    return body + luhn.calc_check_digit("80840" + body)


def dea(ctx: Ctx) -> str:
    """A DEA registration number: two letters, six digits and a check digit."""
    rng = ctx.rng
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    letters = rng.choice("ABCFGMPR") + rng.choice("ABCDEFGHJKLMNPRSTWYZ")
    return letters + "".join(map(str, d)) + str(check)


def imei(ctx: Ctx) -> str:
    rng = ctx.rng
    body = rng.choice(["35", "86", "01", "99"]) + "".join(str(rng.randrange(10)) for _ in range(12))
    raw = body + luhn.calc_check_digit(body)
    if rng.random() < 0.5:
        return f"{raw[:2]}-{raw[2:8]}-{raw[8:14]}-{raw[14]}"
    return raw


def udi(ctx: Ctx) -> str:
    """A GS1 unique device identifier: GTIN (check digit), expiry and serial."""
    rng = ctx.rng
    body = "0" + "".join(str(rng.randrange(10)) for _ in range(12))
    gtin = body + ean.calc_check_digit(body)
    expiry = (date(2024, 1, 1) + timedelta(days=rng.randint(0, 1500))).strftime("%y%m%d")
    serial = ctx.fake("en_US").bothify("??#####").upper()
    if rng.random() < 0.6:
        return f"(01){gtin}(17){expiry}(21){serial}"
    return f"01{gtin}17{expiry}21{serial}"


def mbi(ctx: Ctx) -> str:
    """A Medicare Beneficiary Identifier (11 characters in fixed letter/digit places)."""
    rng = ctx.rng
    letters = "ACDEFGHJKMNPQRTUVWXY"
    digit = "0123456789"
    places = ["123456789", letters, letters + digit, digit, letters, letters + digit, digit]
    places += [letters, letters, digit, digit]
    raw = "".join(rng.choice(p) for p in places)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}" if rng.random() < 0.5 else raw


UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def age_words(ctx: Ctx) -> str:
    """An age over 89 spelled out in English ("ninety-two", "one hundred and one")."""
    age = ctx.rng.randint(90, 104)
    if age < 100:
        return "ninety" + (f"-{UNITS[age - 90]}" if age > 90 else "")
    return "one hundred" + (f" and {UNITS[age - 100]}" if age > 100 else "")


# Slot name -> ground-truth kind.
# The slots of each held-out split since G, one table each: SLOT_KINDS spreads them, its
# *_SLOTS set is the table's keys, and its forms module may import the table.
# Held-out G (g_forms.py).
G_KINDS: dict[str, str] = {
    "kin": "PERSON",  # a person of the document's locale, in its script and romanised
    "on": "DATE",  # a date tied to the person, in the locale's CLDR forms
    "natal": "DATE",  # a date of birth, same forms
    "dial": "PHONE",  # a valid number of the locale's region (phonenumbers)
    "telefax": "PHONE",  # a fax number, same source
    "abode": "ADDRESS",  # a postal address in the locale's own order
    "town": "LOCATION",
    "inbox": "EMAIL",
    "citizen": "NATIONAL_ID",  # the locale's identity number, stdnum-formatted, local label
    "taxref": "NATIONAL_ID",  # a personal or sole-trader tax number with check digits
    "bankno": "ACCOUNT",  # a domestic account number as the country writes it
    "giro": "IBAN",
    "plastic": "CARD",
    "tag": "VEHICLE",  # a number plate of the locale
    "senior": "AGE",  # an age over 89, in digits of the locale's script or in words
    "site": "URL",
    "selfie": "URL",  # where a full-face photograph is kept
    "biokey": "RECORD_NUMBER",  # a fingerprint / iris enrolment record
    "docket": "RECORD_NUMBER",  # a court or police file number
    "host": "IP",
}

# Held-out H (h_forms.py).
H_KINDS: dict[str, str] = {
    "pat": "PERSON",
    "burg": "LOCATION",
    "spot": "ADDRESS",
    "zip": "ADDRESS",
    "gps": "ADDRESS",
    "ring": "PHONE",
    "mbox": "EMAIL",
    "gov": "NATIONAL_ID",
    "pp": "NATIONAL_ID",
    "hosp": "RECORD_NUMBER",
    "member": "RECORD_NUMBER",
    "uniq": "RECORD_NUMBER",
    "acct": "ACCOUNT",
    "cc": "CARD",
    "ibn": "IBAN",
    "net": "IP",
    "web": "URL",
    "face": "URL",
    "dt": "DATE",
    "bday": "DATE",
    "aged": "AGE",
    "cred": "LICENCE",
    "auto": "VEHICLE",
    "gadget": "DEVICE_ID",
    "nic": "MAC",
}

# Held-out I (i_forms.py).
I_KINDS: dict[str, str] = {
    "indiv": "PERSON",
    "hamlet": "LOCATION",
    "resid": "ADDRESS",
    "postal": "ADDRESS",
    "latlon": "ADDRESS",
    "voice": "PHONE",
    "faxno": "PHONE",
    "epost": "EMAIL",
    "ident": "NATIONAL_ID",
    "travel": "NATIONAL_ID",
    "chart": "RECORD_NUMBER",
    "policy": "RECORD_NUMBER",
    "refno": "RECORD_NUMBER",
    "ledger": "ACCOUNT",
    "payc": "CARD",
    "sepa": "IBAN",
    "ipaddr": "IP",
    "href": "URL",
    "visit": "DATE",
    "birth": "DATE",
    "elder": "AGE",
    "permit": "LICENCE",
    "veh": "VEHICLE",
    "implant": "DEVICE_ID",
    "hwaddr": "MAC",
}

# Held-out J (j_forms.py).
J_KINDS: dict[str, str] = {
    "govno": "NATIONAL_ID",
    "stamp": "DATE",
    "cell": "PHONE",
    "folio": "RECORD_NUMBER",
    "lane": "ADDRESS",
}

# Held-out K (k_forms.py).
K_KINDS: dict[str, str] = {
    "kname": "PERSON",
    "kcity": "LOCATION",
    "kaddr": "ADDRESS",
    "kzip": "ADDRESS",
    "kgeo": "ADDRESS",
    "ktel": "PHONE",
    "kfax": "PHONE",
    "kmail": "EMAIL",
    "knat": "NATIONAL_ID",
    "khealth": "NATIONAL_ID",  # health-card numbers
    "kpass": "NATIONAL_ID",
    "kmrn": "RECORD_NUMBER",
    "kplan": "RECORD_NUMBER",
    "kref": "RECORD_NUMBER",
    "kbio": "RECORD_NUMBER",
    "kacct": "ACCOUNT",
    "kcard": "CARD",
    "kiban": "IBAN",
    "kip": "IP",
    "kurl": "URL",
    "kdate": "DATE",
    "kdob": "DATE",
    "kage": "AGE",
    "klic": "LICENCE",
    "kveh": "VEHICLE",
    "kdev": "DEVICE_ID",
    "kmac": "MAC",
}

# Held-out L (l_forms.py).
L_KINDS: dict[str, str] = {
    "lper": "PERSON",
    "ltown": "LOCATION",
    "lhome": "ADDRESS",
    "lpost": "ADDRESS",
    "lgeo": "ADDRESS",
    "lphone": "PHONE",
    "lfax": "PHONE",
    "lmail": "EMAIL",
    "lnat": "NATIONAL_ID",
    "lpass": "NATIONAL_ID",
    "lmrn": "RECORD_NUMBER",
    "lplan": "RECORD_NUMBER",
    "lref": "RECORD_NUMBER",
    "lbio": "RECORD_NUMBER",
    "lacct": "ACCOUNT",
    "lcard": "CARD",
    "liban": "IBAN",
    "lip": "IP",
    "lurl": "URL",
    "ldate": "DATE",
    "lborn": "DATE",
    "lage": "AGE",
    "llic": "LICENCE",
    "lveh": "VEHICLE",
    "ldev": "DEVICE_ID",
    "lmac": "MAC",
}

# Held-out M (m_forms.py).
M_KINDS: dict[str, str] = {
    "mper": "PERSON",
    "mtown": "LOCATION",
    "maddr": "ADDRESS",
    "mpost": "ADDRESS",
    "mgeo": "ADDRESS",
    "mtel": "PHONE",
    "mfax": "PHONE",
    "mmail": "EMAIL",
    "mnat": "NATIONAL_ID",
    "mpass": "NATIONAL_ID",
    "mmrn": "RECORD_NUMBER",
    "mplan": "RECORD_NUMBER",
    "mref": "RECORD_NUMBER",
    "mbio": "RECORD_NUMBER",
    "macct": "ACCOUNT",
    "mcard": "CARD",
    "miban": "IBAN",
    "mip": "IP",
    "murl": "URL",
    "mdate": "DATE",
    "mdob": "DATE",
    "mage": "AGE",
    "mlic": "LICENCE",
    "mveh": "VEHICLE",
    "mdev": "DEVICE_ID",
    "mmac": "MAC",
}

# Held-out N (n_forms.py).
N_KINDS: dict[str, str] = {
    "nname": "PERSON",
    "nplace": "LOCATION",
    "nhome": "ADDRESS",
    "npost": "ADDRESS",
    "nspot": "ADDRESS",
    "nphone": "PHONE",
    "nfax": "PHONE",
    "nmail": "EMAIL",
    "nnat": "NATIONAL_ID",
    "ntravel": "NATIONAL_ID",  # passports, visas, residence permits, alien numbers
    "nmrn": "RECORD_NUMBER",
    "nplan": "RECORD_NUMBER",
    "nref": "RECORD_NUMBER",
    "nbio": "RECORD_NUMBER",
    "nacct": "ACCOUNT",
    "ncard": "CARD",
    "niban": "IBAN",
    "nip": "IP",
    "nurl": "URL",
    "nphoto": "URL",  # where a full-face photograph is kept
    "ndate": "DATE",
    "ndob": "DATE",
    "nage": "AGE",
    "nlic": "LICENCE",
    "nveh": "VEHICLE",
    "ndev": "DEVICE_ID",
    "nmac": "MAC",
}

# Held-out O (o_forms.py).
O_KINDS: dict[str, str] = {
    "oper": "PERSON",
    "otown": "LOCATION",
    "oaddr": "ADDRESS",
    "opost": "ADDRESS",
    "ogeo": "ADDRESS",
    "otel": "PHONE",
    "ofax": "PHONE",
    "omail": "EMAIL",
    "onat": "NATIONAL_ID",
    "opass": "NATIONAL_ID",  # passports, visas, residence permits
    "omrn": "RECORD_NUMBER",
    "oplan": "RECORD_NUMBER",
    "oref": "RECORD_NUMBER",
    "obio": "RECORD_NUMBER",  # a biometric template's record number
    "oacct": "ACCOUNT",
    "ocard": "CARD",
    "oiban": "IBAN",
    "oip": "IP",
    "ourl": "URL",
    "ophoto": "URL",  # where a full-face photograph is kept
    "odate": "DATE",
    "odob": "DATE",
    "oage": "AGE",
    "olic": "LICENCE",
    "oveh": "VEHICLE",
    "odev": "DEVICE_ID",
    "omac": "MAC",
}

# Held-out P (p_forms.py).
P_KINDS: dict[str, str] = {
    "pper": "PERSON",
    "ptown": "LOCATION",
    "paddr": "ADDRESS",
    "ppost": "ADDRESS",
    "pgeo": "ADDRESS",
    "ptel": "PHONE",
    "pfax": "PHONE",
    "pmail": "EMAIL",
    "pnat": "NATIONAL_ID",
    "ppass": "NATIONAL_ID",  # passports, visas, residence permits, alien numbers
    "pmrn": "RECORD_NUMBER",
    "pplan": "RECORD_NUMBER",
    "pref": "RECORD_NUMBER",
    "pbio": "RECORD_NUMBER",
    "pacct": "ACCOUNT",
    "pcard": "CARD",
    "piban": "IBAN",
    "pip": "IP",
    "purl": "URL",
    "pphoto": "URL",  # where a full-face photograph is kept
    "pdate": "DATE",
    "pdob": "DATE",
    "page": "AGE",
    "plic": "LICENCE",
    "pveh": "VEHICLE",
    "pdev": "DEVICE_ID",
    "pmac": "MAC",
}

# Held-out Q (q_forms.py).
Q_KINDS: dict[str, str] = {
    "qper": "PERSON",
    "qtown": "LOCATION",
    "qaddr": "ADDRESS",
    "qpost": "ADDRESS",
    "qgeo": "ADDRESS",
    "qtel": "PHONE",
    "qfax": "PHONE",
    "qmail": "EMAIL",
    "qnat": "NATIONAL_ID",
    "qpass": "NATIONAL_ID",  # passports, visas, residence permits
    "qmrn": "RECORD_NUMBER",
    "qplan": "RECORD_NUMBER",
    "qref": "RECORD_NUMBER",
    "qbio": "RECORD_NUMBER",
    "qacct": "ACCOUNT",
    "qcard": "CARD",
    "qiban": "IBAN",
    "qip": "IP",
    "qurl": "URL",
    "qphoto": "URL",  # where a full-face photograph is kept
    "qdate": "DATE",
    "qdob": "DATE",
    "qage": "AGE",
    "qlic": "LICENCE",
    "qveh": "VEHICLE",
    "qdev": "DEVICE_ID",
    "qmac": "MAC",
}

# Held-out R (r_forms.py).
R_KINDS: dict[str, str] = {
    "rper": "PERSON",
    "rtown": "LOCATION",
    "raddr": "ADDRESS",
    "rpost": "ADDRESS",
    "rgeo": "ADDRESS",
    "rtel": "PHONE",
    "rfax": "PHONE",
    "rmail": "EMAIL",
    "rnat": "NATIONAL_ID",
    "rpass": "NATIONAL_ID",  # passports, visas, residence permits
    "rmrn": "RECORD_NUMBER",
    "rplan": "RECORD_NUMBER",
    "rref": "RECORD_NUMBER",
    "rbio": "RECORD_NUMBER",
    "racct": "ACCOUNT",
    "rcard": "CARD",
    "riban": "IBAN",
    "rip": "IP",
    "rurl": "URL",
    "rphoto": "URL",  # where a full-face photograph is kept
    "rdate": "DATE",
    "rdob": "DATE",
    "rage": "AGE",
    "rlic": "LICENCE",
    "rveh": "VEHICLE",
    "rdev": "DEVICE_ID",
    "rmac": "MAC",
}

# Held-out S (s_forms.py).
S_KINDS: dict[str, str] = {
    "sper": "PERSON",
    "stown": "LOCATION",
    "saddr": "ADDRESS",
    "spost": "ADDRESS",
    "sgeo": "ADDRESS",
    "stel": "PHONE",
    "sfax": "PHONE",
    "smail": "EMAIL",
    "snat": "NATIONAL_ID",
    "spass": "NATIONAL_ID",  # passports, visas, residence permits
    "smrn": "RECORD_NUMBER",
    "splan": "RECORD_NUMBER",
    "sref": "RECORD_NUMBER",
    "sbio": "RECORD_NUMBER",
    "sacct": "ACCOUNT",
    "scard": "CARD",
    "siban": "IBAN",
    "sip": "IP",
    "surl": "URL",
    "sphoto": "URL",  # where a full-face photograph is kept
    "sdate": "DATE",
    "sdob": "DATE",
    "sage": "AGE",
    "slic": "LICENCE",
    "sveh": "VEHICLE",
    "sdev": "DEVICE_ID",
    "smac": "MAC",
}

# Held-out T (t_forms.py).
T_KINDS: dict[str, str] = {
    "tper": "PERSON",
    "ttown": "LOCATION",
    "taddr": "ADDRESS",
    "tpost": "ADDRESS",
    "tgeo": "ADDRESS",
    "ttel": "PHONE",
    "tfax": "PHONE",
    "tmail": "EMAIL",
    "tnat": "NATIONAL_ID",
    "tpass": "NATIONAL_ID",  # passports, visas, residence permits
    "tmrn": "RECORD_NUMBER",
    "tplan": "RECORD_NUMBER",
    "tref": "RECORD_NUMBER",
    "tbio": "RECORD_NUMBER",
    "tacct": "ACCOUNT",
    "tcard": "CARD",
    "tiban": "IBAN",
    "tip": "IP",
    "turl": "URL",
    "tphoto": "URL",  # where a full-face photograph is kept
    "tdate": "DATE",
    "tdob": "DATE",
    "tage": "AGE",
    "tlic": "LICENCE",
    "tveh": "VEHICLE",
    "tdev": "DEVICE_ID",
    "tmac": "MAC",
}

# Held-out U (u_forms.py).
U_KINDS: dict[str, str] = {
    "uper": "PERSON",
    "utown": "LOCATION",
    "uaddr": "ADDRESS",
    "upost": "ADDRESS",
    "ugeo": "ADDRESS",
    "utel": "PHONE",
    "ufax": "PHONE",
    "umail": "EMAIL",
    "unat": "NATIONAL_ID",
    "ussn": "NATIONAL_ID",
    "upass": "NATIONAL_ID",
    "umrn": "RECORD_NUMBER",
    "uplan": "RECORD_NUMBER",
    "uref": "RECORD_NUMBER",
    "ubio": "RECORD_NUMBER",
    "uacct": "ACCOUNT",
    "ucard": "CARD",
    "uiban": "IBAN",
    "uip": "IP",
    "uurl": "URL",
    "uphoto": "URL",
    "udate": "DATE",
    "udob": "DATE",
    "uage": "AGE",
    "ulic": "LICENCE",
    "uveh": "VEHICLE",
    "udev": "DEVICE_ID",
    "umac": "MAC",
}

# Held-out V (v_forms.py).
V_KINDS: dict[str, str] = {
    "vper": "PERSON",
    "vtown": "LOCATION",
    "vaddr": "ADDRESS",
    "vpost": "ADDRESS",
    "vgeo": "ADDRESS",
    "vtel": "PHONE",
    "vfax": "PHONE",
    "vmail": "EMAIL",
    "vnat": "NATIONAL_ID",
    "vssn": "NATIONAL_ID",
    "vpass": "NATIONAL_ID",
    "vmrn": "RECORD_NUMBER",
    "vplan": "RECORD_NUMBER",
    "vref": "RECORD_NUMBER",
    "vbio": "RECORD_NUMBER",
    "vacct": "ACCOUNT",
    "vcard": "CARD",
    "viban": "IBAN",
    "vip": "IP",
    "vurl": "URL",
    "vphoto": "URL",
    "vdate": "DATE",
    "vdob": "DATE",
    "vage": "AGE",
    "vlic": "LICENCE",
    "vveh": "VEHICLE",
    "vdev": "DEVICE_ID",
    "vmac": "MAC",
}

# Held-out W (w_forms.py).
W_KINDS: dict[str, str] = {
    "wname": "PERSON",
    "wintl": "PERSON",
    "wtown": "LOCATION",
    "waddr": "ADDRESS",
    "wzip": "ADDRESS",
    "wgeo": "ADDRESS",
    "wtel": "PHONE",
    "wfax": "PHONE",
    "wmail": "EMAIL",
    "wnat": "NATIONAL_ID",
    "wssn": "NATIONAL_ID",
    "wpass": "NATIONAL_ID",
    "wmrn": "RECORD_NUMBER",
    "wins": "RECORD_NUMBER",
    "wclaim": "RECORD_NUMBER",
    "wcase": "RECORD_NUMBER",
    "wemp": "RECORD_NUMBER",
    "wbio": "RECORD_NUMBER",
    "wacct": "ACCOUNT",
    "wcard": "CARD",
    "wiban": "IBAN",
    "wip": "IP",
    "wurl": "URL",
    "wphoto": "URL",
    "wdate": "DATE",
    "wdob": "DATE",
    "wage": "AGE",
    "wlic": "LICENCE",
    "wveh": "VEHICLE",
    "wdev": "DEVICE_ID",
    "wmac": "MAC",
}

# Held-out X (x_forms.py).
X_KINDS: dict[str, str] = {
    "xper": "PERSON",
    "xscript": "PERSON",
    "xtown": "LOCATION",
    "xaddr": "ADDRESS",
    "xzip": "ADDRESS",
    "xgeo": "ADDRESS",
    "xtel": "PHONE",
    "xfax": "PHONE",
    "xspoken": "PHONE",
    "xmail": "EMAIL",
    "xnat": "NATIONAL_ID",
    "xssn": "NATIONAL_ID",
    "xpass": "NATIONAL_ID",
    "xmrn": "RECORD_NUMBER",
    "xplan": "RECORD_NUMBER",
    "xclaim": "RECORD_NUMBER",
    "xbio": "RECORD_NUMBER",
    "xuid": "RECORD_NUMBER",
    "xacct": "ACCOUNT",
    "xsaid": "ACCOUNT",
    "xcard": "CARD",
    "xiban": "IBAN",
    "xip": "IP",
    "xurl": "URL",
    "xphoto": "URL",
    "xdate": "DATE",
    "xdob": "DATE",
    "xage": "AGE",
    "xlic": "LICENCE",
    "xveh": "VEHICLE",
    "xdev": "DEVICE_ID",
    "xmac": "MAC",
}

# Held-out Y (y_forms.py).
Y_KINDS: dict[str, str] = {
    "yper": "PERSON",
    "ytown": "LOCATION",
    "yaddr": "ADDRESS",
    "ypost": "ADDRESS",
    "ytel": "PHONE",
    "yfax": "PHONE",
    "ymail": "EMAIL",
    "ynat": "NATIONAL_ID",
    "yopt": "NATIONAL_ID",
    "ypass": "NATIONAL_ID",
    "yperm": "NATIONAL_ID",
    "ymrn": "RECORD_NUMBER",
    "yplan": "RECORD_NUMBER",
    "yclaim": "RECORD_NUMBER",
    "ycase": "RECORD_NUMBER",
    "yrx": "RECORD_NUMBER",
    "ybio": "RECORD_NUMBER",
    "yref": "RECORD_NUMBER",
    "yacct": "ACCOUNT",
    "ycard": "CARD",
    "yiban": "IBAN",
    "yip": "IP",
    "yurl": "URL",
    "yphoto": "URL",
    "ydob": "DATE",
    "ydate": "DATE",
    "yexp": "DATE",
    "yage": "AGE",
    "ylic": "LICENCE",
    "yreg": "LICENCE",
    "yveh": "VEHICLE",
    "ydev": "DEVICE_ID",
    "ymac": "MAC",
    "ymzn": "NATIONAL_ID",
    "ymzb": "NATIONAL_ID",
    "ymze": "NATIONAL_ID",
    "ymzo": "NATIONAL_ID",
    "ymzc": "NATIONAL_ID",
    "ymzp": "NATIONAL_ID",
    "ymzq": "NATIONAL_ID",
    "ymzi": "NATIONAL_ID",
    "ymzk": "NATIONAL_ID",
    "ymzs": "NATIONAL_ID",
}

# Held-out Z's slots (session 41; values in z_forms.py, which imports this table).
Z_KINDS: dict[str, str] = {
    "zper": "PERSON",
    "ztown": "LOCATION",
    "zaddr": "ADDRESS",
    "ztel": "PHONE",
    "zfax": "PHONE",
    "zmail": "EMAIL",
    "znat": "NATIONAL_ID",
    "zssn": "NATIONAL_ID",
    "zpass": "NATIONAL_ID",
    "zmrn": "RECORD_NUMBER",
    "zplan": "RECORD_NUMBER",
    "zclaim": "RECORD_NUMBER",
    "zcase": "RECORD_NUMBER",
    "zsubj": "RECORD_NUMBER",
    "zsample": "RECORD_NUMBER",
    "zbio": "RECORD_NUMBER",
    "zphoto": "RECORD_NUMBER",
    "zacct": "ACCOUNT",
    "zcard": "CARD",
    "ziban": "IBAN",
    "znet": "IP",
    "zurl": "URL",
    "zdate": "DATE",
    "zdob": "DATE",
    "zage": "AGE",
    "zlic": "LICENCE",
    "zveh": "VEHICLE",
    "zdev": "DEVICE_ID",
    "zmac": "MAC",
}
# Held-out AA's slots (aa_forms.py).
AA_KINDS: dict[str, str] = {
    "aaper": "PERSON",
    "aatown": "LOCATION",
    "aastreet": "ADDRESS",
    "aaaddr": "ADDRESS",
    "aapost": "ADDRESS",
    "aageo": "ADDRESS",
    "aatel": "PHONE",
    "aafax": "PHONE",
    "aamail": "EMAIL",
    "aanat": "NATIONAL_ID",
    "aapass": "NATIONAL_ID",
    "aamrn": "RECORD_NUMBER",
    "aacase": "RECORD_NUMBER",
    "aaplan": "RECORD_NUMBER",
    "aaclaim": "RECORD_NUMBER",
    "aabio": "RECORD_NUMBER",
    "aaref": "RECORD_NUMBER",
    "aaacct": "ACCOUNT",
    "aacard": "CARD",
    "aaiban": "IBAN",
    "aaip": "IP",
    "aaurl": "URL",
    "aaphoto": "URL",
    "aadob": "DATE",
    "aadate": "DATE",
    "aaage": "AGE",
    "aalic": "LICENCE",
    "aaveh": "VEHICLE",
    "aadev": "DEVICE_ID",
    "aachip": "DEVICE_ID",
    "aamac": "MAC",
}
# Held-out AB's slots (ab_forms.py; written in session 43).
AB_KINDS: dict[str, str] = {
    "abname": "PERSON",
    "abtown": "LOCATION",
    "abaddr": "ADDRESS",
    "abpost": "ADDRESS",
    "abgeo": "ADDRESS",
    "abtel": "PHONE",
    "abfax": "PHONE",
    "abmsisdn": "PHONE",
    "abmail": "EMAIL",
    "abnat": "NATIONAL_ID",
    "abssn": "NATIONAL_ID",
    "abpass": "NATIONAL_ID",
    "abmrn": "RECORD_NUMBER",
    "abplan": "RECORD_NUMBER",
    "abclaim": "RECORD_NUMBER",
    "abcase": "RECORD_NUMBER",
    "abtitle": "RECORD_NUMBER",
    "abref": "RECORD_NUMBER",
    "abbio": "RECORD_NUMBER",
    "abacct": "ACCOUNT",
    "abcard": "CARD",
    "abiban": "IBAN",
    "abip": "IP",
    "aburl": "URL",
    "abphoto": "URL",
    "abdate": "DATE",
    "abdob": "DATE",
    "abage": "AGE",
    "abcert": "LICENCE",
    "ablic": "LICENCE",
    "abveh": "VEHICLE",
    "abdev": "DEVICE_ID",
    "abimei": "DEVICE_ID",
    "abiccid": "DEVICE_ID",
    "abimsi": "DEVICE_ID",
    "abmac": "MAC",
}
# Held-out AC's slots (session 44; values in ac_forms.py)
AC_KINDS: dict[str, str] = {
    "acname": "PERSON",
    "actown": "LOCATION",
    "acaddr": "ADDRESS",
    "acstreet": "ADDRESS",
    "acpost": "ADDRESS",
    "acgeo": "ADDRESS",
    "actel": "PHONE",
    "acfax": "PHONE",
    "acmail": "EMAIL",
    "acnat": "NATIONAL_ID",
    "acssn": "NATIONAL_ID",
    "acpass": "NATIONAL_ID",
    "acmrn": "RECORD_NUMBER",
    "acben": "RECORD_NUMBER",
    "acinsclaim": "RECORD_NUMBER",
    "acfile": "RECORD_NUMBER",
    "acstu": "RECORD_NUMBER",
    "acwb": "RECORD_NUMBER",
    "acbio": "RECORD_NUMBER",
    "acphoto": "RECORD_NUMBER",
    "acbank": "ACCOUNT",
    "acref": "ACCOUNT",
    "acpan": "CARD",
    "aciban": "IBAN",
    "acip": "IP",
    "acurl": "URL",
    "acdate": "DATE",
    "acdob": "DATE",
    "acage": "AGE",
    "aclic": "LICENCE",
    "acplate": "VEHICLE",
    "acvin": "VEHICLE",
    "acdev": "DEVICE_ID",
    "acimei": "DEVICE_ID",
    "acrfid": "DEVICE_ID",
    "acmac": "MAC",
}
# Held-out AD's slots (session 45; values in ad_forms.py, which imports this table).
AD_KINDS: dict[str, str] = {
    "adpn": "PERSON",
    "adtwn": "LOCATION",
    "adhome": "ADDRESS",
    "adzip": "ADDRESS",
    "adgps": "ADDRESS",
    "adtel": "PHONE",
    "adfx": "PHONE",
    "admail": "EMAIL",
    "adnid": "NATIONAL_ID",
    "adssn": "NATIONAL_ID",
    "adpass": "NATIONAL_ID",
    "admrn": "RECORD_NUMBER",
    "adpol": "RECORD_NUMBER",
    "adclm": "RECORD_NUMBER",
    "adref": "RECORD_NUMBER",
    "adpnr": "RECORD_NUMBER",
    "adbio": "RECORD_NUMBER",
    "adface": "RECORD_NUMBER",
    "adacct": "ACCOUNT",
    "adcard": "CARD",
    "adiban": "IBAN",
    "adip": "IP",
    "adweb": "URL",
    "adwhen": "DATE",
    "adborn": "DATE",
    "adold": "AGE",
    "adlic": "LICENCE",
    "adveh": "VEHICLE",
    "advin": "VEHICLE",
    "adsn": "DEVICE_ID",
    "adimei": "DEVICE_ID",
    "admac": "MAC",
}

AE_KINDS: dict[str, str] = {
    "aeppl": "PERSON",
    "aenative": "PERSON",
    "aetown": "LOCATION",
    "aestreet": "ADDRESS",
    "aepost": "ADDRESS",
    "aetel": "PHONE",
    "aefax": "PHONE",
    "aemail": "EMAIL",
    "aessn": "NATIONAL_ID",
    "aenid": "NATIONAL_ID",
    "aepass": "NATIONAL_ID",
    "aemrn": "RECORD_NUMBER",
    "aebene": "RECORD_NUMBER",
    "aeref": "RECORD_NUMBER",
    "aebio": "RECORD_NUMBER",
    "aephoto": "RECORD_NUMBER",
    "aeacct": "ACCOUNT",
    "aecard": "CARD",
    "aeiban": "IBAN",
    "aeip": "IP",
    "aeurl": "URL",
    "aeday": "DATE",
    "aebirth": "DATE",
    "aeold": "AGE",
    "aelic": "LICENCE",
    "aevin": "VEHICLE",
    "aeplate": "VEHICLE",
    "aedev": "DEVICE_ID",
    "aeimei": "DEVICE_ID",
    "aemac": "MAC",
}

SLOT_KINDS = {
    "person": "PERSON",
    "city": "LOCATION",
    "addr": "ADDRESS",
    "usaddr": "ADDRESS",
    "miladdr": "ADDRESS",
    "ukflat": "ADDRESS",
    "phone": "PHONE",
    "usphone": "PHONE",
    "fax": "PHONE",
    "email": "EMAIL",
    "natid": "NATIONAL_ID",
    "passport": "NATIONAL_ID",
    "mrn": "RECORD_NUMBER",
    "plan": "RECORD_NUMBER",
    "claim": "RECORD_NUMBER",
    "account": "ACCOUNT",
    "card": "CARD",
    "iban": "IBAN",
    "ip": "IP",
    "ipsix": "IP",
    "url": "URL",
    "dob": "DATE",
    "date": "DATE",
    "age": "AGE",
    "licence": "LICENCE",
    "reg": "LICENCE",
    "cert": "LICENCE",
    "vin": "VEHICLE",
    "plate": "VEHICLE",
    "serial": "DEVICE_ID",
    "mac": "MAC",
    # Added with held-out C. Coordinates and a postcode alone place a person as precisely as
    # an address does, so they are ADDRESS (structured: none may survive).
    "street": "ADDRESS",
    "postcode": "ADDRESS",
    "geo": "ADDRESS",
    "locphone": "PHONE",
    "mbi": "RECORD_NUMBER",
    "npi": "LICENCE",
    "dea": "LICENCE",
    "imei": "DEVICE_ID",
    "udi": "DEVICE_ID",
    "agewords": "AGE",
    # Added with held-out D (local_forms.py): identifiers as one country writes them.
    "natphone": "PHONE",
    "hplan": "RECORD_NUMBER",
    "bank": "ACCOUNT",
    "clinreg": "LICENCE",
    "dl": "LICENCE",
    "wplate": "VEHICLE",
    "hibc": "DEVICE_ID",
    "iccid": "DEVICE_ID",
    "uuid": "DEVICE_ID",
    "place": "ADDRESS",
    "unitaddr": "ADDRESS",
    "social": "URL",
    "agespell": "AGE",
    "agecompact": "AGE",
    # Added with held-out F (f_forms.py): values as one country's own documents write them.
    "who": "PERSON",
    "when": "DATE",
    "born": "DATE",
    "tel": "PHONE",
    "home": "ADDRESS",
    "old": "AGE",
    "idno": "NATIONAL_ID",
    "natno": "NATIONAL_ID",  # the document's own country's number (national_ids.py)
    "mail": "EMAIL",
    "link": "URL",
    "photo": "URL",  # where a full-face photograph is kept
    "lic": "LICENCE",
    "drv": "LICENCE",
    "car": "VEHICLE",
    "dev": "DEVICE_ID",
    "rx": "RECORD_NUMBER",
    "case": "RECORD_NUMBER",  # a court case number
    "crime": "RECORD_NUMBER",  # a police incident reference
    "bio": "RECORD_NUMBER",  # a fingerprint, voice or iris template's record number
    "ins": "RECORD_NUMBER",  # a health-insurance (beneficiary) number
    "scan": "RECORD_NUMBER",  # a record number as OCR read it (0 as O, 1 as l)
    # Each held-out split's own slots since G: the tables above.
    **G_KINDS,
    **H_KINDS,
    **I_KINDS,
    **J_KINDS,
    **K_KINDS,
    **L_KINDS,
    **M_KINDS,
    **N_KINDS,
    **O_KINDS,
    **P_KINDS,
    **Q_KINDS,
    **R_KINDS,
    **S_KINDS,
    **T_KINDS,
    **U_KINDS,
    **V_KINDS,
    **W_KINDS,
    **X_KINDS,
    **Y_KINDS,
    **Z_KINDS,
    **AA_KINDS,
    **AB_KINDS,
    **AC_KINDS,
    **AD_KINDS,
    **AE_KINDS,
}
# Held-out G's slots, handed to g_forms before any other slot is looked at: none of them
# is an older slot, and the check draws nothing, so older splits render as before.
G_SLOTS = frozenset(G_KINDS)
# Held-out H's slots (h_forms.py), handed over the same way: none is an older slot.
H_SLOTS = frozenset(H_KINDS)
# Held-out I's slots (i_forms.py), handed over the same way: none is an older slot.
I_SLOTS = frozenset(I_KINDS)
# Held-out J's slots (j_forms.py), handed over the same way: none is an older slot.
J_SLOTS = frozenset(J_KINDS)
# Held-out K's slots (k_forms.py), handed over the same way: none is an older slot.
K_SLOTS = frozenset(K_KINDS)
# Held-out L's slots (l_forms.py), handed over the same way: none is an older slot.
L_SLOTS = frozenset(L_KINDS)
# Held-out M's slots (m_forms.py), handed over the same way: none is an older slot.
M_SLOTS = frozenset(M_KINDS)
# Held-out N's slots (n_forms.py), handed over the same way: none is an older slot.
N_SLOTS = frozenset(N_KINDS)
# Held-out O's slots (o_forms.py), handed over the same way: none is an older slot.
O_SLOTS = frozenset(O_KINDS)
# Held-out P's slots (p_forms.py), handed over the same way: none is an older slot.
P_SLOTS = frozenset(P_KINDS)
# Held-out Q's slots (q_forms.py), handed over the same way: none is an older slot.
Q_SLOTS = frozenset(Q_KINDS)
# Held-out R's slots (r_forms.py), handed over the same way: none is an older slot.
R_SLOTS = frozenset(R_KINDS)
# Held-out S's slots (s_forms.py), handed over the same way: none is an older slot.
S_SLOTS = frozenset(S_KINDS)
# Held-out T's slots (t_forms.py), handed over the same way: none is an older slot.
T_SLOTS = frozenset(T_KINDS)

# Held-out U's slots (u_forms.py), handed over the same way: none is an older slot.
U_SLOTS = frozenset(U_KINDS)
# Held-out V's slots (v_forms.py), handed over the same way: none is an older slot.
V_SLOTS = frozenset(V_KINDS)
# Held-out W's slots (w_forms.py), handed over the same way: none is an older slot.
W_SLOTS = frozenset(W_KINDS)

# Held-out X's slots (x_forms.py), handed over the same way: none is an older slot.
X_SLOTS = frozenset(X_KINDS)

# Held-out Y's slots (y_forms.py), handed over the same way: none is an older slot.
Y_SLOTS = frozenset(Y_KINDS)


# Held-out Z's slots (z_forms.py), handed over the same way: none is an older slot.
Z_SLOTS = frozenset(Z_KINDS)


# Held-out AA's slots (aa_forms.py), handed over the same way: none is an older slot.
AA_SLOTS = frozenset(AA_KINDS)


# Held-out AB's slots (ab_forms.py), handed over the same way: none is an older slot.
AB_SLOTS = frozenset(AB_KINDS)
AC_SLOTS = frozenset(AC_KINDS)
AD_SLOTS = frozenset(AD_KINDS)
AE_SLOTS = frozenset(AE_KINDS)


@dataclass
class Value:
    """A non-person entity: its text and, for national ids, what documents call it."""

    text: str
    label: str = ""


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot in AE_SLOTS:
        return new_entity_ae(ctx, slot, form)
    if slot in AD_SLOTS:
        return new_entity_ad(ctx, slot, form)
    if slot in AC_SLOTS:
        return new_entity_ac(ctx, slot, form)
    if slot in AB_SLOTS:
        return new_entity_ab(ctx, slot, form)
    if slot in AA_SLOTS:
        return new_entity_aa(ctx, slot, form)
    if slot in Z_SLOTS:
        return new_entity_z(ctx, slot, form)
    if slot in Y_SLOTS:
        return new_entity_y(ctx, slot, form)
    if slot in X_SLOTS:
        return new_entity_x(ctx, slot, form)
    if slot in W_SLOTS:
        return new_entity_w(ctx, slot, form)
    if slot in G_SLOTS:
        return new_entity_g(ctx, slot, form)
    if slot in H_SLOTS:
        return new_entity_h(ctx, slot, form)
    if slot in I_SLOTS:
        return new_entity_i(ctx, slot, form)
    if slot in J_SLOTS:
        return new_entity_j(ctx, slot, form)
    if slot in K_SLOTS:
        return new_entity_k(ctx, slot, form)
    if slot in L_SLOTS:
        return new_entity_l(ctx, slot, form)
    if slot in M_SLOTS:
        return new_entity_m(ctx, slot, form)
    if slot in N_SLOTS:
        return new_entity_n(ctx, slot, form)
    if slot in O_SLOTS:
        return new_entity_o(ctx, slot, form)
    if slot in P_SLOTS:
        return new_entity_p(ctx, slot, form)
    if slot in Q_SLOTS:
        return new_entity_q(ctx, slot, form)
    if slot in R_SLOTS:
        return new_entity_r(ctx, slot, form)
    if slot in S_SLOTS:
        return new_entity_s(ctx, slot, form)
    if slot in T_SLOTS:
        return new_entity_t(ctx, slot, form)
    if slot in U_SLOTS:
        return new_entity_u(ctx, slot, form)
    if slot in V_SLOTS:
        return new_entity_v(ctx, slot, form)
    rng = ctx.rng
    if slot == "person":
        return new_person(ctx)
    if slot in ("addr", "usaddr", "miladdr", "ukflat", "city"):
        return Value(address(ctx, slot, form))
    if slot in ("phone", "usphone", "fax"):
        return Value(phone(ctx, slot))
    if slot == "email":
        people = [e for e in ctx.entities.values() if isinstance(e, Person)]
        return Value(email(ctx, people[0] if people else None))
    if slot == "natid":
        entry, number = national_id(ctx, form)
        return Value(number, rng.choice(entry.labels))
    if slot == "passport":
        return Value(str(ctx.fake().passport_number()))
    if slot in ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"):
        return Value(ctx.shape(slot))
    if slot == "card":
        return Value(card(ctx))
    if slot == "iban":
        return Value(iban(ctx))
    if slot == "ip":
        f = ctx.fake("en_US")
        return Value(str(f.ipv4_public() if rng.random() < 0.7 else f.ipv4_private()))
    if slot == "ipsix":
        return Value(str(ctx.fake("en_US").ipv6()))
    if slot == "url":
        return Value(url(ctx))
    if slot in ("dob", "date"):
        return Value(a_date(ctx, slot))
    if slot == "age":
        return Value(str(rng.randint(90, 104)))
    if slot == "vin":
        return Value(vin(ctx))
    if slot == "plate":
        return Value(str(ctx.fake().license_plate()))
    if slot == "mac":
        return Value(mac(ctx))
    return new_entity_c(ctx, slot, form)


def new_entity_c(ctx: Ctx, slot: str, form: str = "") -> object:
    """The slots added with held-out C."""
    if slot == "street":
        return Value(str(ctx.fake().street_address()))
    if slot == "postcode":
        return Value(str(ctx.fake().postcode()))
    makers = {
        "geo": coordinates,
        "locphone": local_phone,
        "mbi": mbi,
        "npi": npi,
        "dea": dea,
        "imei": imei,
        "udi": udi,
        "agewords": age_words,
    }
    if slot in makers:
        return Value(makers[slot](ctx))
    return new_entity_d(ctx, slot, form)


def social_url(ctx: Ctx) -> str:
    """A profile link made from the document's first person's name, as people paste them."""
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    rng = ctx.rng
    person = people[0] if people else new_person(ctx)
    first, last = (
        re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in (person.first, person.last)
    )
    return rng.choice(
        [
            f"https://www.linkedin.com/in/{first}-{last}-{rng.randint(100, 9999)}",
            f"facebook.com/{first}.{last}{rng.choice(['', str(rng.randint(1, 99))])}",
            f"https://instagram.com/{first}_{last[:4]}{rng.randint(1, 99)}",
            f"https://x.com/{first[:1]}{last}",
            f"https://portal.{ctx.fake('en_US').domain_name()}/records"
            f"?pid={rng.randint(10**6, 10**8)}",
        ]
    )


def new_entity_d(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out D (local_forms.py). `form` names a scheme where a slot
    has several ("{clinreg1.lanr}", local_forms.FORM_KEYS) or the language of a spelled age."""
    rng = ctx.rng
    labelled = {
        "hplan": lambda: local_forms.health_plan(rng, ctx.fake(), form),
        "bank": lambda: local_forms.bank_account(rng, ctx.fake(), form),
        "clinreg": lambda: local_forms.clinician_reg(rng, ctx.fake(), form),
        "dl": lambda: local_forms.driving_licence(rng, ctx.fake("en_GB"), form),
        "wplate": lambda: local_forms.world_plate(rng),
    }
    if slot in labelled:
        label, text = labelled[slot]()
        return Value(text, label)
    plain = {
        "natphone": lambda: local_forms.national_phone(rng, ctx.locale),
        "hibc": lambda: local_forms.hibc(rng),
        "iccid": lambda: local_forms.iccid(rng),
        "uuid": lambda: local_forms.device_uuid(rng),
        "place": lambda: local_forms.place_code(rng),
        "unitaddr": lambda: local_forms.unit_address(rng, ctx.fake(), ctx.locale),
        "social": lambda: social_url(ctx),
        "agespell": lambda: local_forms.spelled_age(rng, form or "fr"),
        "agecompact": lambda: local_forms.compact_age(rng),
    }
    if slot in plain:
        return Value(plain[slot]())
    return new_entity_f(ctx, slot, form)


def new_entity_f(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out F (f_forms.py, which builds on this module: imported
    here rather than at the top so that neither import waits for the other)."""
    from resources.synthetic.redaction_eval import f_forms  # noqa: PLC0415

    return f_forms.new_entity(ctx, slot, form)


def new_entity_g(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out G (g_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import g_forms  # noqa: PLC0415

    return g_forms.new_entity(ctx, slot, form)


def new_entity_h(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out H (h_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import h_forms  # noqa: PLC0415

    return h_forms.new_entity(ctx, slot, form)


def new_entity_i(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out I (i_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import i_forms  # noqa: PLC0415

    return i_forms.new_entity(ctx, slot, form)


def new_entity_j(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out J (j_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import j_forms  # noqa: PLC0415

    return j_forms.new_entity(ctx, slot, form)


def new_entity_k(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out K (k_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import k_forms  # noqa: PLC0415

    return k_forms.new_entity(ctx, slot, form)


def new_entity_l(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out L (l_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import l_forms  # noqa: PLC0415

    return l_forms.new_entity(ctx, slot, form)


def new_entity_m(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out M (m_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import m_forms  # noqa: PLC0415

    return m_forms.new_entity(ctx, slot, form)


def new_entity_n(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out N (n_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import n_forms  # noqa: PLC0415

    return n_forms.new_entity(ctx, slot, form)


def new_entity_o(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out O (o_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import o_forms  # noqa: PLC0415

    return o_forms.new_entity(ctx, slot, form)


def new_entity_p(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out P (p_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import p_forms  # noqa: PLC0415

    return p_forms.new_entity(ctx, slot, form)


def new_entity_q(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out Q (q_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import q_forms  # noqa: PLC0415

    return q_forms.new_entity(ctx, slot, form)


def new_entity_r(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out R (r_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import r_forms  # noqa: PLC0415

    return r_forms.new_entity(ctx, slot, form)


def new_entity_s(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out S (s_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import s_forms  # noqa: PLC0415

    return s_forms.new_entity(ctx, slot, form)


def new_entity_t(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out T (t_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import t_forms  # noqa: PLC0415

    return t_forms.new_entity(ctx, slot, form)


def new_entity_u(ctx: Ctx, slot: str, form: str) -> object:
    from resources.synthetic.redaction_eval import u_forms  # noqa: PLC0415

    return u_forms.new_entity(ctx, slot, form)


def new_entity_v(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out V (v_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import v_forms  # noqa: PLC0415

    return v_forms.new_entity(ctx, slot, form)


def new_entity_w(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out W (w_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import w_forms  # noqa: PLC0415

    return w_forms.new_entity(ctx, slot, form)


def new_entity_x(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out X (x_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import x_forms  # noqa: PLC0415

    return x_forms.new_entity(ctx, slot, form)


def new_entity_y(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out Y (y_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import y_forms  # noqa: PLC0415

    return y_forms.new_entity(ctx, slot, form)


def new_entity_z(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out Z (z_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import z_forms  # noqa: PLC0415

    return z_forms.new_entity(ctx, slot, form)


def new_entity_aa(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out AA (aa_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import aa_forms  # noqa: PLC0415

    return aa_forms.new_entity(ctx, slot, form)


def new_entity_ab(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out AB (ab_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import ab_forms  # noqa: PLC0415

    return ab_forms.new_entity(ctx, slot, form)


def new_entity_ac(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out AC (ac_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import ac_forms  # noqa: PLC0415

    return ac_forms.new_entity(ctx, slot, form)


def new_entity_ad(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out AD (ad_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import ad_forms  # noqa: PLC0415

    return ad_forms.new_entity(ctx, slot, form)


def new_entity_ae(ctx: Ctx, slot: str, form: str) -> object:
    """The slots added with held-out AE (ae_forms.py; imported here for the same reason)."""
    from resources.synthetic.redaction_eval import ae_forms  # noqa: PLC0415

    return ae_forms.new_entity(ctx, slot, form)


def romanised(entity: object) -> object:
    """The entity with its text in Latin letters (Greek, Cyrillic: `unidecode`)."""
    if isinstance(entity, Person):
        first, last, middle = (
            unidecode(w).strip() for w in (entity.first, entity.last, entity.middle)
        )
        return type(entity)(first, last, middle)  # H's people keep their own forms
    assert isinstance(entity, Value)
    return Value(unidecode(entity.text).strip(), entity.label)


def render(template: Template, split: Split, seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data, not secrets
    locales, weights = zip(*(template.locales or split.locales), strict=True)
    locale = rng.choices(locales, weights)[0]
    ctx = Ctx(split, seed, rng, locale, template=template)
    out: list[str] = []
    spans: list[Entity] = []
    keep: list[tuple[int, int]] = []
    pos = cursor = 0
    for m in SLOT.finditer(template.text):
        literal = template.text[cursor : m.start()]
        out.append(literal)
        pos += len(literal)
        cursor = m.end()
        if m.group(4) is not None:  # [[kept phrase]]
            keep.append((pos, pos + len(m.group(4))))
            out.append(m.group(4))
            pos += len(m.group(4))
            continue
        slot, number, form = m.group(1), m.group(2), m.group(3) or ""
        key = slot + number
        if key not in ctx.entities:
            ctx.entities[key] = new_entity(ctx, slot, form)
            if locale in split.romanise:
                ctx.entities[key] = romanised(ctx.entities[key])
        entity = ctx.entities[key]
        if isinstance(entity, Person):
            text = entity.form(form or "full")
        elif form == "label":
            assert isinstance(entity, Value)
            out.append(entity.label)
            pos += len(entity.label)
            continue
        else:
            assert isinstance(entity, Value)
            text = entity.text
        spans.append(Entity(pos, pos + len(text), SLOT_KINDS[slot], key))
        out.append(text)
        pos += len(text)
    out.append(template.text[cursor:])
    text = "".join(out)
    return LabelledDoc(
        doc_id=f"{template.id}/{seed}",
        split=split.name,
        template_id=template.id,
        doc_type=template.doc_type,
        locale=locale,
        text=text,
        entities=tuple(spans),
        keep=tuple(keep),
    )


def corpus(split: Split, n: int | None = None) -> list[LabelledDoc]:
    """The split's documents: seed i renders template i mod (number of templates)."""
    seeds = split.seeds if n is None else split.seeds[:n]
    templates = split.templates
    return [render(templates[i % len(templates)], split, s) for i, s in enumerate(seeds)]


def check_split(split: Split) -> None:
    """Every slot a template names is known and every shape slot has shapes."""
    for t in split.templates:
        for m in SLOT.finditer(t.text):
            if m.group(1) is not None:
                assert m.group(1) in SLOT_KINDS, (t.id, m.group(1))
    assert set(split.name_countries) <= set(world_names()), split.name
    for slot in ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"):
        assert split.shapes.get(slot), (split.name, slot)
