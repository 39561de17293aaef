"""Held-out Z's values (heldout_z_templates.py): regulated reporting and recorded speech.

Written in session 41 from the identifier classes and the conventions of the documents
themselves (CIOMS I, MedWatch, E2B(R3), SWIFT MT103/MT940, ISO 20022, SEPA, subtitles),
not from any other split. Every slot starts with "z". People and values can be written in
several forms in one document (`{zper1.spelt}`, `{ztel1.spoken}`, `{zdate1.hl7}`): each is
drawn once with all of its forms, and a template picks one per mention.

Dates count back from the pinned day Z_TODAY, never from the clock. National numbers are
drawn for the country the slot form names (`{znat1.pl}`) and pass python-stdnum's check.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import ean, luhn
from stdnum import iban as iban_check

from resources.synthetic.redaction_eval.generator import (
    MONTHS,
    Z_KINDS,
    Ctx,
    Person,
    Value,
    faker_for,
)
from resources.synthetic.redaction_eval.world_names import world_names

Z_TODAY = date(2026, 11, 27)


# HIPAA Safe Harbor's 18 classes (45 CFR 164.514(b)(2)(i)) -> the Z slots that carry them.
Z_HIPAA = {
    "A names": ("zper",),
    "B geographic subdivisions smaller than a state": ("zaddr", "ztown"),
    "C dates (except year) and ages over 89": ("zdate", "zdob", "zage"),
    "D telephone numbers": ("ztel",),
    "E fax numbers": ("zfax",),
    "F e-mail addresses": ("zmail",),
    "G social security numbers": ("zssn",),
    "H medical record numbers": ("zmrn",),
    "I health plan beneficiary numbers": ("zplan",),
    "J account numbers": ("zacct", "ziban", "zcard"),
    "K certificate/licence numbers": ("zlic",),
    "L vehicle identifiers and serial numbers, licence plates": ("zveh",),
    "M device identifiers and serial numbers": ("zdev", "zmac"),
    "N web URLs": ("zurl",),
    "O IP addresses": ("znet",),
    "P biometric identifiers": ("zbio",),
    "Q full-face photographs and comparable images": ("zphoto",),
    "R any other unique identifying number, characteristic or code": ("zcase", "zsubj", "zsample"),
}


@dataclass
class ZPerson(Person):
    """A person with the forms recorded speech and scans give a name."""

    extra: dict[str, str] = field(default_factory=dict)

    def form(self, form: str) -> str:
        if form in self.extra:
            return self.extra[form]
        return super().form(form)


@dataclass
class ZVal(Person):
    """A non-person value written in several forms ("plain" unless the mention names one).
    A Person subclass only so that the renderer asks it for the mention's form."""

    forms: dict[str, str] = field(default_factory=dict)

    def form(self, form: str) -> str:
        return self.forms.get(form, self.forms["plain"])


def zval(plain: str, **forms: str) -> ZVal:
    return ZVal("", "", "", forms={"plain": plain, **forms})


# --- people -------------------------------------------------------------------------

# Locales whose Faker names are a fallback or another language's: where the people come from.
PERSON_LOCALE = {"ar_EG": "ar_SA", "ar_AE": "ar_SA", "ar_JO": "ar_SA", "am_ET": "en_KE"}
PERSON_LOCALE |= {"sr_BA": "bs_BA", "lb_LU": "de_LU", "sw": "en_KE", "tw_GH": "en_US"}
# Latin-script locales -> the names-dataset country drawn for half of their people.
WORLD_COUNTRY = {
    "pl_PL": "PL", "de_DE": "DE", "de_AT": "DE", "de_CH": "DE", "it_IT": "IT", "fr_FR": "FR",
    "fr_BE": "BE", "nl_BE": "BE", "nl_NL": "NL", "es_ES": "ES", "es_MX": "MX", "es_AR": "AR",
    "es_CO": "CO", "pt_BR": "BR", "pt_PT": "PT", "sv_SE": "SE", "fi_FI": "FI", "da_DK": "DK",
    "no_NO": "NO", "hu_HU": "HU", "cs_CZ": "CZ", "ro_RO": "RO", "hr_HR": "HR", "tr_TR": "TR",
    "en_GB": "GB", "en_IE": "IE", "en_NG": "NG", "yo_NG": "NG", "en_KE": "KE", "en_IN": "IN",
    "en_PH": "PH", "id_ID": "ID", "vi_VN": "VN", "en_US": "US", "en_CA": "CA", "fr_CA": "CA",
    "en_PK": "PK", "sq_AL": "AL", "zu_ZA": "ZA",
}  # fmt: skip
# Locales whose Faker names are English ones: their people come from names-dataset only.
WORLD_ONLY = frozenset({"sq_AL"})
NON_LATIN = frozenset(
    {"ru_RU", "uk_UA", "bg_BG", "el_GR", "ar_SA", "fa_IR", "he_IL", "hi_IN", "ja_JP"}
    | {"zh_CN", "zh_TW", "ko_KR", "th_TH", "hy_AM", "ka_GE", "ne_NP", "bn_BD", "mk_MK"}
    | {"ta_IN", "ar_EG", "ar_AE"}
)
OCR_SWAP = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "e": "c", "m": "rn"}


def _spelt(word: str, sep: str) -> str:
    return sep.join(c.upper() for c in word if c.isalpha())


def _asr(text: str) -> str:
    out = text.lower()
    for a, b in (("ph", "f"), ("ck", "k"), ("th", "t"), ("w", "v"), ("sch", "sh"), ("y", "i")):
        out = out.replace(a, b)
    return re.sub(r"(.)\1", r"\1", out)


def _ocr(text: str, rng: random.Random) -> str:
    chars = list(text)
    spots = [i for i, c in enumerate(chars) if c in OCR_SWAP]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 2))):
        chars[i] = OCR_SWAP[chars[i]]
    return "".join(chars)


def new_person(ctx: Ctx) -> ZPerson:
    rng = ctx.rng
    loc = PERSON_LOCALE.get(ctx.locale, ctx.locale)
    country = WORLD_COUNTRY.get(loc)
    reading: tuple[str, str, str] | None = None
    world_share = 1.0 if loc in WORLD_ONLY else 0.5
    if country and country in world_names() and rng.random() < world_share:
        names = world_names()[country]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
    elif loc == "ja_JP":  # kanji with their kana reading and romanisation, drawn together
        f = ctx.fake(loc)
        sex = rng.choice(("female", "male"))
        first, kana_first, roman_first = getattr(f, f"first_name_{sex}_pair")()
        last, kana_last, roman_last = f.last_name_pair()
        middle = ""
        reading = (f"{kana_last} {kana_first}", roman_first, roman_last)
    else:
        f = ctx.fake(loc)
        sex = rng.choice(("female", "male"))  # Slavic and Baltic surnames agree with it
        first = str(getattr(f, f"first_name_{sex}")())
        last = str(getattr(f, f"last_name_{sex}")())
        middle = ""
        if rng.random() < 0.2 and loc not in NON_LATIN:
            middle = str(getattr(f, f"first_name_{sex}")())
    first, last, middle = first.strip(), last.strip(), middle.strip()
    if middle == first:
        middle = ""
    full = " ".join(w for w in (first, middle, last) if w)
    ascii_first, ascii_last = unidecode(first).strip(), unidecode(last).strip()
    kana = ""
    if reading:
        kana, ascii_first, ascii_last = reading
    extra = {
        "spelt": _spelt(last, "-"),
        "spelt_sp": _spelt(last, " "),
        "spelt_dots": _spelt(last, ". ") + ".",
        "spelt_first": _spelt(first, "-"),
        "spelt_a": _spelt(last[: max(2, len(last) // 2)], "-"),
        "spelt_b": _spelt(last[max(2, len(last) // 2) :], "-") or _spelt(last, "-"),
        "east": f"{last}{first}",
        "east_sp": f"{last} {first}",
        "translit": f"{ascii_first} {ascii_last}",
        "translit_caps": f"{ascii_last.upper()} {ascii_first.upper()}",
        "translit_last": ascii_last,
        "translit_first": ascii_first,
        "asr": _asr(f"{ascii_first} {ascii_last}"),
        "asr_last": _asr(ascii_last),
        "ocr": _ocr(full, rng),
        "ocr_caps": _ocr(f"{last.upper()}, {first}", rng),
        "swift": unidecode(full).upper(),
        "swift_last_first": unidecode(f"{last} {first}").upper(),
        "dotted_initials": f"{first[0]}.{middle[0] + '.' if middle else ''} {last}",
        "title_case_bad": full.lower().title() if rng.random() < 0.5 else full.swapcase(),
        "hyph": f"{first}-{last}".lower(),
    }
    if kana:
        extra["kana"] = kana
    return ZPerson(first, last, middle, extra=extra)


# --- places ---------------------------------------------------------------------------

# Locales whose Faker addresses are an English fallback: where their addresses come from.
ADDR_LOCALE = {
    "ar_EG": "en_US", "ar_SA": "en_US", "ar_AE": "en_US", "am_ET": "en_KE", "sr_BA": "bs_BA",
    "lb_LU": "de_LU", "sw": "en_KE", "yo_NG": "en_NG", "ha_NG": "en_NG", "ig_NG": "en_NG",
    "tw_GH": "en_US", "bg_BG": "ru_RU", "gu_IN": "en_IN", "uz_UZ": "ru_RU", "is_IS": "da_DK",
    "ga_IE": "en_IE", "ka_GE": "ka_GE", "mk_MK": "mk_MK", "en_KE": "en_KE",
}  # fmt: skip


def _addr_fake(ctx: Ctx):
    return ctx.fake(ADDR_LOCALE.get(ctx.locale, ctx.locale))


# Countries whose Faker locale has no addresses of its own (it would give a US one): a few
# real towns, the country's street pattern and postcode shape, the street named after a
# surname of the locale. "{n}" house number, "{s}" surname.
HAND_ADDRESS = {
    "ar": (("الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة"), "{n} شارع {s}", "#####"),
    "KE": (("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"), "{n} {s} Road", "00###"),
    "NG": (("Lagos", "Ibadan", "Abuja", "Kano", "Enugu"), "{n} {s} Street", "1#####"),
    "EE": (("Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"), "{s} tn {n}", "1####"),
    "BE": (("Liège", "Namur", "Charleroi", "Mons", "Bruxelles"), "Rue {s} {n}", "%###"),
    "LT": (("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"), "{s} g. {n}", "LT-#####"),
    "LV": (("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Ventspils"), "{s} iela {n}", "LV-%###"),
    "AL": (("Tiranë", "Durrës", "Vlorë", "Shkodër", "Elbasan"), "Rruga {s} {n}", "%###"),
    "TR": (("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"), "{s} Sokak No: {n}", "#####"),
    "LU": (
        ("Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange"),
        "{n}, rue {s}",
        "L-%###",
    ),
}
HAND_LOCALE = {"ar_SA": "ar", "ar_EG": "ar", "ar_AE": "ar", "en_KE": "KE", "sw": "KE"}
HAND_LOCALE |= {"am_ET": "KE", "en_NG": "NG", "yo_NG": "NG", "ha_NG": "NG", "ig_NG": "NG"}
HAND_LOCALE |= {"et_EE": "EE", "fr_BE": "BE", "lt_LT": "LT", "lv_LV": "LV", "sq_AL": "AL"}
HAND_LOCALE |= {"tr_TR": "TR", "de_LU": "LU", "lb_LU": "LU"}


def _hand_address(ctx: Ctx, key: str) -> tuple[str, str, str]:
    towns, pattern, postcode = HAND_ADDRESS[key]
    rng = ctx.rng
    country = WORLD_COUNTRY.get(ctx.locale, "")
    if country in world_names():
        surname = rng.choice(world_names()[country]["last"])
    else:
        surname = str(ctx.fake(PERSON_LOCALE.get(ctx.locale, ctx.locale)).last_name()).strip()
    street = pattern.format(n=rng.randint(1, 180), s=surname)
    post = "".join(
        str(rng.randrange(10)) if c == "#" else str(rng.randint(1, 9)) if c == "%" else c
        for c in postcode
    )
    return street, post, rng.choice(towns)


def new_address(ctx: Ctx) -> ZVal:
    if ctx.locale in HAND_LOCALE:
        street, post, city = _hand_address(ctx, HAND_LOCALE[ctx.locale])
        return _address_forms([street, f"{post} {city}"], street, post, city)
    f = _addr_fake(ctx)
    street = ", ".join(ln.strip() for ln in str(f.street_address()).splitlines() if ln.strip())
    city = str(f.city()).strip()
    post = str(f.postcode()).strip()
    lines = [ln.strip() for ln in str(f.address()).splitlines() if ln.strip()]
    return _address_forms(lines, street, post, city)


def _address_forms(lines: list[str], street: str, post: str, city: str) -> ZVal:
    return zval(
        ", ".join(lines),
        lines="\n".join(lines),
        street=street,
        post=post,
        caps=", ".join(lines).upper(),
        swift=unidecode(", ".join(lines)).upper()[:70],
        sc=" ; ".join(lines),
        city_street=f"{city}, {street}",
        street_city=f"{street}, {post} {city}",
    )


def new_town(ctx: Ctx) -> ZVal:
    if ctx.locale in HAND_LOCALE:
        city = ctx.rng.choice(HAND_ADDRESS[HAND_LOCALE[ctx.locale]][0])
    else:
        city = str(_addr_fake(ctx).city()).strip()
    return zval(city, caps=city.upper(), translit=unidecode(city).strip())


# --- numbers read aloud -----------------------------------------------------------------

DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
}


def spoken(digits: str, lang: str = "en", british: bool = False) -> str:
    words = DIGIT_WORDS[lang].split()
    ds = [d for d in digits if d.isdigit()]
    out: list[str] = []
    i = 0
    while i < len(ds):
        w = "oh" if british and ds[i] == "0" else words[int(ds[i])]
        if british and i + 1 < len(ds) and ds[i + 1] == ds[i]:
            out.append(f"double {w}")
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


NATO = [
    "Alfa",
    "Bravo",
    "Charlie",
    "Delta",
    "Echo",
    "Foxtrot",
    "Golf",
    "Hotel",
    "India",
    "Juliett",
    "Kilo",
    "Lima",
    "Mike",
    "November",
    "Oscar",
    "Papa",
    "Quebec",
    "Romeo",
    "Sierra",
    "Tango",
    "Uniform",
    "Victor",
    "Whiskey",
    "X-ray",
    "Yankee",
    "Zulu",
]


def nato(text: str) -> str:
    """Letters in the ICAO spelling alphabet, digits as English words, as read over a radio
    or a phone line ("Alfa Bravo five one")."""
    words = DIGIT_WORDS["en"].split()
    out = []
    for c in text.upper():
        if c.isdigit():
            out.append(words[int(c)])
        elif "A" <= c <= "Z":
            out.append(NATO[ord(c) - ord("A")])
    return " ".join(out)


def _digit_forms(text: str) -> dict[str, str]:
    ds = "".join(c for c in text if c.isdigit())
    half = len(ds) // 2
    forms = {f"spoken_{lang}": spoken(ds, lang) for lang in DIGIT_WORDS}
    forms |= {
        "spoken": spoken(ds),
        "spoken_gb": spoken(ds, british=True),
        "digits_sp": " ".join(ds),
        "digits_dash": "-".join(ds),
        "spoken_a": spoken(ds[:half]),
        "spoken_b": spoken(ds[half:]),
        "bare": ds,
    }
    return forms


# --- phones ---------------------------------------------------------------------------


def _valid_phone(raw: str, region: str) -> bool:
    """A valid number of the region itself (Canada: of North America)."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return False
    home = phonenumbers.region_code_for_number(number)
    return phonenumbers.is_valid_number(number) and region in (home, "CA")


def _region_phone(rng: random.Random, region: str) -> str:
    """A valid mobile number of the region (its example number with other digits), written
    nationally: for locales whose Faker numbers are another country's."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    head = str(example.national_number)
    for _ in range(20):
        number = phonenumbers.parse(f"+{example.country_code}{head[:-6]}{_d(rng, 6)}")
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return ""


def new_phone(ctx: Ctx) -> ZVal:
    loc = ADDR_LOCALE.get(ctx.locale, ctx.locale)
    region = ctx.locale.rsplit("_", 1)[-1].upper() if "_" in ctx.locale else "KE"
    try:
        raw = str(ctx.fake(loc).phone_number())
    except AttributeError:  # a locale without phone numbers: the region's own example, varied
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        digits = str(example.national_number)[:-4] + _d(ctx.rng, 4) if example else _d(ctx.rng, 9)
        raw = f"0{digits}" if example else digits
    nanp = region in ("US", "CA")
    if not nanp and ("x" in raw or not _valid_phone(raw, region)):
        raw = _region_phone(ctx.rng, region) or raw
    forms: dict[str, str] = {"local": raw}
    try:
        num = phonenumbers.parse(raw, region)
        if phonenumbers.is_valid_number(num):
            fmt = phonenumbers.PhoneNumberFormat
            forms["intl"] = phonenumbers.format_number(num, fmt.INTERNATIONAL)
            forms["e164"] = phonenumbers.format_number(num, fmt.E164)
            forms["national"] = phonenumbers.format_number(num, fmt.NATIONAL)
            forms["rfc"] = phonenumbers.format_number(num, fmt.RFC3966)
    except phonenumbers.NumberParseException:
        pass
    forms.setdefault("intl", raw)
    forms.setdefault("e164", raw)
    plain = forms["intl"] if ctx.rng.random() < 0.5 else raw
    return ZVal("", "", "", forms={"plain": plain, **forms, **_digit_forms(raw)})


# --- e-mail, URL, IP, MAC --------------------------------------------------------------


def new_mail(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, ZPerson)]
    domain = rng.choice(
        [
            *("gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "libero.it"),
            *("proton.me", "gmx.at", "wp.pl", "seznam.cz", "mail.ru", "naver.com", "qq.com"),
            str(ctx.fake("en_US").domain_name()),
        ]
    )
    if people:
        p = people[0]
        words = (p.extra["translit_first"], p.extra["translit_last"])  # romanised as written
        first, last = (re.sub(r"[^a-z0-9]", "", unidecode(w).lower()) for w in words)
        first, last = first or "pt", last or str(rng.randint(10, 99))
        user = rng.choice(
            [
                *(f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}"),
                *(f"{first}_{last[:1]}", f"{last}.{first}"),
            ]
        )
    else:
        user = str(ctx.fake("en_US").user_name())
    plain = f"{user}@{domain}"
    return zval(
        plain,
        caps=plain.upper(),
        spoken=plain.replace("@", " at ").replace(".", " dot "),
        mailto=f"mailto:{plain}",
    )


def new_url(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, ZPerson)]
    slug = "patient"
    if people:
        slug = re.sub(r"[^a-z0-9-]", "", unidecode(f"{people[0].first}-{people[0].last}").lower())
    plain = rng.choice(
        [
            f"https://portal.{f.domain_name()}/cases/{rng.randint(10**5, 10**7)}",
            f"https://www.linkedin.com/in/{slug}-{rng.randint(10, 999)}",
            f"https://{f.domain_name()}/u/{slug}",
            f"http://{f.domain_name()}/trial/subject?id={rng.randint(1000, 99999)}",
            f"https://drive.{f.domain_name()}/share/{f.bothify('??##??##')}",
            f"www.{f.domain_name()}/~{slug}",
        ]
    )
    return zval(plain)


def new_ip(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    f = ctx.fake("en_US")
    draw = rng.random()
    if draw < 0.55:
        plain = str(f.ipv4_public())
    elif draw < 0.8:
        plain = str(f.ipv4_private())
    else:
        plain = str(f.ipv6())
    return zval(plain)


def new_mac(ctx: Ctx) -> ZVal:
    raw = [ctx.rng.randrange(256) for _ in range(6)]
    hexes = "".join(f"{b:02x}" for b in raw)
    style = ctx.rng.randrange(4)
    plain = [
        ":".join(hexes[i : i + 2] for i in range(0, 12, 2)),
        "-".join(hexes[i : i + 2] for i in range(0, 12, 2)).upper(),
        ".".join(hexes[i : i + 4] for i in range(0, 12, 4)),
        hexes.upper(),
    ][style]
    return zval(plain)


# --- check-digit schemes (each tested against a published worked example) ---------------


def luhn_digit(body: str) -> str:
    """The Luhn check digit of a digit string (ISO/IEC 7812-1)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def mod97_check(country: str, bban: str) -> str:
    """The two IBAN check digits (ISO 13616, ISO 7064 MOD 97-10)."""
    moved = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{98 - number % 97:02d}"


VIN_VALUES = {
    c: v
    for v, cs in enumerate(["", "AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "IRZ"])
    for c in cs
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(vin: str) -> str:
    """The ninth character of a North American VIN (49 CFR 565.15)."""
    total = sum(
        (int(c) if c.isdigit() else VIN_VALUES[c]) * w
        for c, w in zip(vin, VIN_WEIGHTS, strict=True)
    )
    return "X" if total % 11 == 10 else str(total % 11)


def aba_check(body: str) -> str:
    """The ninth digit of an ABA routing transit number (weights 3, 7, 1)."""
    total = sum(int(d) * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return str((10 - total % 10) % 10)


VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip
VERHOEFF_INV = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


# --- national numbers -----------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _born(rng: random.Random, lo: int = 1930, hi: int = 1999) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _complete(body: str, alphabet: str, valid: Callable[[str], bool]) -> str | None:
    for c in alphabet:
        if valid(body + c):
            return body + c
    return None


DIGITS = "0123456789"


def _nat_makers() -> dict[str, tuple[str, tuple[str, ...], Callable[[random.Random], str | None]]]:
    from stdnum import (  # noqa: PLC0415  # noqa: PLC0415
        ar,
        bg,
        br,
        ca,
        ch,
        cl,
        cn,
        cz,
        de,
        ee,
        gb,
        gr,
        hr,
        ie,
        il,
        it,
        kr,
        lt,
        mx,
        nl,
        no,
        pl,
        pt,
        ro,
        se,
        th,
        tr,
        za,
    )

    def d6(rng: random.Random, order: str = "ymd") -> str:
        b = _born(rng)
        parts = {"y": f"{b.year % 100:02d}", "m": f"{b.month:02d}", "d": f"{b.day:02d}"}
        return "".join(parts[k] for k in order)

    def de_idnr(rng: random.Random) -> str | None:
        ds = list(DIGITS)
        rng.shuffle(ds)
        ds[rng.randrange(1, 10)] = ds[rng.randrange(1, 10)]
        if ds[0] == "0":
            ds[0] = "7"
        return _complete("".join(ds[:10]), DIGITS, de.idnr.is_valid)

    def fr_nir(rng: random.Random) -> str | None:
        b = _born(rng)
        body = f"{rng.choice('12')}{b.year % 100:02d}{b.month:02d}{rng.randint(1, 95):02d}"
        body += _d(rng, 6)
        return body + f"{97 - int(body) % 97:02d}"

    def it_cf(rng: random.Random) -> str | None:
        b = _born(rng)
        letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        day = b.day + (40 if rng.random() < 0.5 else 0)
        body = f"{letters}{b.year % 100:02d}{'ABCDEHLMPRST'[b.month - 1]}{day:02d}"
        body += rng.choice("ADFHLMZ") + f"{rng.randint(1, 999):03d}"
        return body + it.codicefiscale.calc_check_digit(body)

    def be_nn(rng: random.Random) -> str:
        body = d6(rng) + f"{rng.randint(1, 997):03d}"
        return body + f"{97 - int(body) % 97:02d}"

    def fi_hetu(rng: random.Random) -> str:
        b = _born(rng)
        n = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
        ind = f"{rng.randint(2, 899):03d}"
        return f"{n}-{ind}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(n + ind) % 31]

    def no_fnr(rng: random.Random) -> str | None:
        for _ in range(40):
            body = d6(rng, "dmy") + f"{rng.randint(0, 499):03d}"
            for a in DIGITS:
                got = _complete(body + a, DIGITS, no.fodselsnummer.is_valid)
                if got:
                    return got
        return None

    def cn_ric(rng: random.Random) -> str | None:
        b = _born(rng)
        region = rng.choice(["110101", "310104", "440305", "510107", "330106", "420102"])
        return _complete(f"{region}{b:%Y%m%d}{_d(rng, 3)}", DIGITS + "X", cn.ric.is_valid)

    def mx_curp(rng: random.Random) -> str | None:
        b = _born(rng)
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        head = rng.choice("BCGHLMPRSV") + rng.choice("AEIOU") + rng.choice(up) + rng.choice(up)
        body = head + f"{b:%y%m%d}" + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL"])
        body += "".join(rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + "0"
        return _complete(body, DIGITS, mx.curp.is_valid)

    def digits_then(n: int, check: Callable[[str], bool], lead: str = "123456789"):
        def make(rng: random.Random) -> str | None:
            return _complete(rng.choice(lead) + _d(rng, n - 2), DIGITS, check)

        return make

    def two_check(n: int, check: Callable[[str], bool], lead: str = "123456789"):
        def make(rng: random.Random) -> str | None:
            body = rng.choice(lead) + _d(rng, n - 3)
            for a in DIGITS:
                got = _complete(body + a, DIGITS, check)
                if got:
                    return got
            return None

        return make

    def dated(
        prefix: Callable[[random.Random], str],
        n_more: int,
        check: Callable[[str], bool],
        alphabet: str = DIGITS,
    ):
        def make(rng: random.Random) -> str | None:
            return _complete(prefix(rng) + _d(rng, n_more), alphabet, check)

        return make

    def ie_pps(rng: random.Random) -> str | None:
        return _complete(_d(rng, 7), "ABCDEFGHIJKLMNOPQRSTUVW", ie.pps.is_valid)

    def es_dni(rng: random.Random) -> str:
        n = rng.randint(10**6, 10**8 - 1)
        return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]

    def cl_rut(rng: random.Random) -> str | None:
        return _complete(str(rng.randint(5 * 10**6, 25 * 10**6)), DIGITS + "K", cl.rut.is_valid)

    def ar_cuit(rng: random.Random) -> str | None:
        return _complete(rng.choice(["20", "27", "23"]) + _d(rng, 8), DIGITS, ar.cuit.is_valid)

    def ch_ahv(rng: random.Random) -> str | None:
        return _complete("756" + _d(rng, 9), DIGITS, ch.ssn.is_valid)

    def gb_nhs(rng: random.Random) -> str | None:
        return _complete(rng.choice("4679") + _d(rng, 8), DIGITS, gb.nhs.is_valid)

    def kr_rrn(rng: random.Random) -> str | None:
        for _ in range(20):
            got = _complete(d6(rng) + rng.choice("12") + _d(rng, 5), DIGITS, kr.rrn.is_valid)
            if got:
                return got
        return None

    def in_aadhaar(rng: random.Random) -> str:
        body = rng.choice("23456789") + _d(rng, 10)
        return body + verhoeff_digit(body)

    return {
        "GB": ("en_GB", ("NHS No.", "NHS number"), gb_nhs),
        "DE": ("de_DE", ("Steuer-IdNr.", "IdNr"), de_idnr),
        "FR": ("fr_FR", ("NIR", "n° de sécurité sociale"), fr_nir),
        "ES": ("es_ES", ("DNI", "NIF"), es_dni),
        "IT": ("it_IT", ("Codice fiscale", "C.F."), it_cf),
        "NL": ("nl_NL", ("BSN", "burgerservicenummer"), digits_then(9, nl.bsn.is_valid)),
        "BE": ("nl_BE", ("Rijksregisternummer", "NN"), be_nn),
        "PL": ("pl_PL", ("PESEL",), dated(d6, 4, pl.pesel.is_valid)),
        "SE": (
            "sv_SE",
            ("Personnummer", "Pnr"),
            dated(d6, 3, se.personnummer.is_valid),
        ),
        "FI": ("fi_FI", ("Henkilötunnus", "HETU"), fi_hetu),
        "NO": ("no_NO", ("Fødselsnummer", "F.nr."), no_fnr),
        "CZ": ("cs_CZ", ("Rodné číslo", "RČ"), dated(lambda r: d6(r, "ymd"), 3, cz.rc.is_valid)),
        "PT": ("pt_PT", ("NIF", "Contribuinte"), digits_then(9, pt.nif.is_valid, "123")),
        "BR": ("pt_BR", ("CPF",), two_check(11, br.cpf.is_valid)),
        "AR": ("es_AR", ("CUIT", "CUIL"), ar_cuit),
        "CL": ("es_CL", ("RUT", "RUN"), cl_rut),
        "MX": ("es_MX", ("CURP",), mx_curp),
        "IN": ("en_IN", ("Aadhaar", "UIDAI No."), in_aadhaar),
        "ZA": (
            "en_ZA",
            ("ID No.", "RSA ID"),
            dated(lambda r: d6(r) + r.choice("05") + _d(r, 3) + "08", 0, za.idnr.is_valid),
        ),
        "CN": ("zh_CN", ("身份证号", "公民身份号码"), cn_ric),
        "KR": ("ko_KR", ("주민등록번호", "RRN"), kr_rrn),
        "TR": ("tr_TR", ("T.C. Kimlik No", "TCKN"), two_check(11, tr.tckimlik.is_valid)),
        "IL": ("he_IL", ("תעודת זהות", "ת.ז."), digits_then(9, il.idnr.is_valid, "0123")),
        "CA": ("en_CA", ("SIN", "NAS"), digits_then(9, ca.sin.is_valid, "1234567")),
        "EE": (
            "et_EE",
            ("Isikukood",),
            dated(lambda r: r.choice("3456") + d6(r), 3, ee.ik.is_valid),
        ),
        "RO": (
            "ro_RO",
            ("CNP",),
            dated(lambda r: r.choice("12") + d6(r) + f"{r.randint(1, 40):02d}", 3, ro.cnp.is_valid),
        ),
        "HR": ("hr_HR", ("OIB",), digits_then(11, hr.oib.is_valid)),
        "CH": ("de_CH", ("AHV-Nr.", "AVS"), ch_ahv),
        "GR": ("el_GR", ("ΑΜΚΑ", "AMKA"), dated(lambda r: d6(r, "dmy"), 4, gr.amka.is_valid)),
        "TH": ("th_TH", ("เลขประจำตัวประชาชน",), digits_then(13, th.pin.is_valid, "12345678")),
        "LT": (
            "lt_LT",
            ("Asmens kodas",),
            dated(lambda r: r.choice("3456") + d6(r), 3, lt.asmens.is_valid),
        ),
        "IE": ("en_IE", ("PPSN", "PPS No."), ie_pps),
        "BG": ("bg_BG", ("ЕГН",), dated(d6, 3, bg.egn.is_valid)),
    }


NAT_MAKERS = _nat_makers()
# stdnum module per country, for the tests' check.
NAT_MODULES = {
    "GB": "gb.nhs", "DE": "de.idnr", "FR": "fr.nir", "ES": "es.dni", "IT": "it.codicefiscale",
    "NL": "nl.bsn", "BE": "be.nn", "PL": "pl.pesel", "SE": "se.personnummer", "FI": "fi.hetu",
    "NO": "no.fodselsnummer", "CZ": "cz.rc", "PT": "pt.nif", "BR": "br.cpf", "AR": "ar.cuit",
    "CL": "cl.rut", "MX": "mx.curp", "IN": "in_.aadhaar", "ZA": "za.idnr", "CN": "cn.ric",
    "KR": "kr.rrn", "TR": "tr.tckimlik", "IL": "il.idnr", "CA": "ca.sin", "EE": "ee.ik",
    "RO": "ro.cnp", "HR": "hr.oib", "CH": "ch.ssn", "GR": "gr.amka", "TH": "th.pin",
    "LT": "lt.asmens", "IE": "ie.pps", "BG": "bg.egn",
}  # fmt: skip
# How each country writes its number (index: compact; others: the country's usual grouping).
NAT_SHOW: dict[str, Callable[[str], str]] = {
    "GB": lambda s: f"{s[:3]} {s[3:6]} {s[6:]}",
    "NL": lambda s: f"{s[:4]}.{s[4:6]}.{s[6:]}",
    "BE": lambda s: f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}",
    "SE": lambda s: f"{s[:6]}-{s[6:]}",
    "CZ": lambda s: f"{s[:6]}/{s[6:]}",
    "BR": lambda s: f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}",
    "AR": lambda s: f"{s[:2]}-{s[2:10]}-{s[10:]}",
    "CL": lambda s: f"{int(s[:-1]):,}".replace(",", ".") + f"-{s[-1]}",
    "IN": lambda s: f"{s[:4]} {s[4:8]} {s[8:]}",
    "CA": lambda s: f"{s[:3]} {s[3:6]} {s[6:]}",
    "CH": lambda s: f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}",
    "KR": lambda s: f"{s[:6]}-{s[6:]}",
    "TR": lambda s: s,
    "PL": lambda s: s,
    "TH": lambda s: f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}",
}


def new_national(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    country = form.upper() if form.upper() in NAT_MAKERS else rng.choice(sorted(NAT_MAKERS))
    _loc, labels, make = NAT_MAKERS[country]
    number = None
    while number is None:
        number = make(rng)
    shown = NAT_SHOW[country](number) if country in NAT_SHOW and rng.random() < 0.6 else number
    # The generator's own Value: "{znat1.label}" is then context, not a span.
    return Value(shown, rng.choice(labels))


def new_ssn(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    area = rng.choice([n for n in range(1, 900) if n != 666])
    raw = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    plain = f"{raw[:3]}-{raw[3:5]}-{raw[5:]}" if rng.random() < 0.75 else raw
    return ZVal("", "", "", forms={"plain": plain, **_digit_forms(raw)})


def new_passport(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    f = ctx.fake("en_US")
    plain = rng.choice(
        [
            f.bothify("??#######"),
            f.bothify("#########"),
            f.bothify("?########"),
            f.bothify("??######"),
        ]
    ).upper()
    return zval(plain, nato=nato(plain))


# --- money ----------------------------------------------------------------------------

IBAN_LOCALES = ("de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "pl_PL", "pt_PT", "fi_FI")
IBAN_LOCALES += ("de_AT", "nl_BE", "en_GB", "en_IE", "sv_SE", "no_NO", "cs_CZ", "hu_HU")


IBAN_LOCALES += ("sk_SK", "de_CH", "fr_CH", "ro_RO", "tr_TR", "az_AZ", "el_GR", "uk_UA")
IBAN_LOCALES += ("da_DK", "mk_MK", "pt_BR")
# Countries whose Faker locale draws a British IBAN: the BBAN's shape ("#" digit, "A"
# capital letter), then ISO 7064 check digits (Belgium adds its own mod-97 pair).
IBAN_BBAN = {
    "SI": "#" * 15, "LV": "AAAA" + "#" * 13, "LT": "#" * 16, "EE": "#" * 16, "HR": "#" * 17,
    "BG": "AAAA" + "#" * 14, "IL": "#" * 19, "SA": "#" * 20, "LU": "#" * 16, "IS": "#" * 22,
    "AL": "#" * 24, "GE": "AA" + "#" * 16, "BE": "#" * 10,
}  # fmt: skip


def built_iban(rng: random.Random, country: str) -> str:
    for _ in range(50):
        bban = "".join(
            str(rng.randrange(10)) if c == "#" else rng.choice("BCDEFGHJKLMNPRSTUVWXZ")
            for c in IBAN_BBAN[country]
        )
        if country == "BE":
            bban += f"{int(bban) % 97 or 97:02d}"
        raw = country + mod97_check(country, bban) + bban
        if iban_check.is_valid(raw):
            return raw
    return ""


def new_iban(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    country = ctx.locale.rsplit("_", 1)[-1].upper()
    if country in IBAN_BBAN and ctx.locale not in IBAN_LOCALES:
        raw = built_iban(rng, country)
        if raw:
            grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
            return zval(grouped if rng.random() < 0.5 else raw, compact=raw, grouped=grouped)
    loc = ctx.locale if ctx.locale in IBAN_LOCALES else rng.choice(IBAN_LOCALES[:16])
    raw = ""
    for _ in range(30):
        raw = str(ctx.fake(loc).iban())
        if iban_check.is_valid(raw):
            break
        loc = "de_DE"
    grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    plain = grouped if rng.random() < 0.5 else raw
    return zval(plain, compact=raw, grouped=grouped)


def new_card(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    brand = rng.choice(["4", "51", "52", "53", "54", "55", "34", "37", "6011", "35"])
    length = 15 if brand in ("34", "37") else 16
    body = brand + _d(rng, length - len(brand) - 1)
    raw = body + luhn_digit(body)
    assert luhn.is_valid(raw)
    if length == 15:
        grouped = f"{raw[:4]} {raw[4:10]} {raw[10:]}"
    else:
        grouped = " ".join(raw[i : i + 4] for i in range(0, 16, 4))
    plain = rng.choice([raw, grouped, grouped.replace(" ", "-")])
    return ZVal("", "", "", forms={"plain": plain, "compact": raw, **_digit_forms(raw)})


def new_account(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    raw = _d(rng, rng.choice([8, 9, 10, 11, 12, 14]))
    shapes = [raw, f"{raw[:4]}-{raw[4:]}", f"{raw[:3]} {raw[3:6]} {raw[6:]}"]
    plain = rng.choice(shapes)
    return ZVal("", "", "", forms={"plain": plain, "compact": raw, **_digit_forms(raw)})


# --- vehicles and devices -------------------------------------------------------------

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def new_vehicle(ctx: Ctx, form: str) -> ZVal:
    rng = ctx.rng
    body = "".join(rng.choice(VIN_CHARS) for _ in range(17))
    body = rng.choice(["1", "2", "3", "W", "J", "K", "V", "Z", "S"]) + body[1:]
    vin = body[:8] + "0" + body[9:]
    vin = vin[:8] + vin_check(vin) + vin[9:]
    loc = ADDR_LOCALE.get(ctx.locale, ctx.locale)
    try:
        plate = str(ctx.fake(loc).license_plate())
    except AttributeError:
        plate = str(ctx.fake("en_GB").license_plate())
    plain = plate if form == "plate" else vin
    return zval(plain, vin=vin, plate=plate, nato=nato(plate), nato_vin=nato(vin[-6:]))


def new_device(ctx: Ctx) -> ZVal:
    rng = ctx.rng
    f = ctx.fake("en_US")
    imei_body = rng.choice(["35", "86", "01", "99"]) + _d(rng, 12)
    gtin_body = "0" + _d(rng, 12)
    gtin = gtin_body + ean.calc_check_digit(gtin_body)
    serial = f.bothify(rng.choice(["??#######", "SN-####-####", "#??######", "PJN######?"])).upper()
    udi = f"(01){gtin}(17){(Z_TODAY + timedelta(days=rng.randint(30, 900))):%y%m%d}(21){serial}"
    return zval(serial, imei=imei_body + luhn_digit(imei_body), udi=udi, serial=serial)


# --- record numbers -------------------------------------------------------------------

RECORD_SHAPES = {
    "zmrn": ("MRN-########", "########", "#######-#", "??-######", "K########"),
    "zplan": ("???#########", "W#########", "##########-##", "???-###-###-###"),
    "zclaim": ("CLM-####-######", "##-#######-##", "??########", "####/??/#####"),
    "zcase": ("##-###-#####", "????-####-######", "SAR-####-#####", "####-??-#####"),
    "zsubj": ("###-####", "??-###-###", "S####", "###/##"),
    "zsample": ("BB-####-#####", "??########", "S##-#####-?", "####-?###"),
    "zbio": ("FP-########", "VPR-####-####", "IRIS-#######", "BIO#########"),
    "zphoto": ("IMG_####", "DSC#####", "PHOTO-#######", "face_######"),
    "zlic": ("?#######", "??-######", "#########", "???######"),
}


def new_record(ctx: Ctx, slot: str) -> ZVal:
    raw = ctx.fake("en_US").bothify(ctx.rng.choice(RECORD_SHAPES[slot])).upper()
    if slot == "zphoto":
        raw = raw.replace("FACE_", "face_") + ctx.rng.choice([".jpg", ".JPG", ".png", ".heic"])
    return ZVal("", "", "", forms={"plain": raw, **_digit_forms(raw)})


# --- dates and ages -------------------------------------------------------------------

ORD_EN = [
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
RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def date_forms(day: date) -> dict[str, str]:
    mon = EN_MONTHS[day.month - 1]
    forms = {
        "iso": day.isoformat(),
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "us_short": f"{day.month}/{day.day}/{day.year % 100:02d}",
        "eu": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "long_us": f"{mon} {day.day}, {day.year}",
        "long_gb": f"{day.day} {mon} {day.year}",
        "cioms": f"{day.day:02d} {mon[:3].upper()} {day.year}",
        "dmy_mon": f"{day.day:02d}-{mon[:3]}-{day.year}",
        "hl7": f"{day:%Y%m%d}",
        "swift": f"{day:%y%m%d}",
        "spoken": f"the {ORD_EN[day.day - 1]} of {mon}",
        "spoken_us": f"{mon} {ORD_EN[day.day - 1]}",
        "ja": f"{day.year}年{day.month}月{day.day}日",
        "ko": f"{day.year}년 {day.month}월 {day.day}일",
        "ru": f"{day.day} {RU_MONTHS[day.month - 1]} {day.year} г.",
        "roman": f"{day.day}.{(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'])[day.month - 1]}.{day.year}",  # noqa: E501
        "ymd_dot": f"{day.year}.{day.month:02d}.{day.day:02d}",
        "month_year": f"{mon} {day.year}",
        "clf": f"{day.day:02d}/{mon[:3]}/{day.year}",
        "syslog": f"{mon[:3]} {day.day:2d}",
    }
    for lang, names in MONTHS.items():
        forms[f"long_{lang}"] = f"{day.day} {names[day.month - 1]} {day.year}"
    forms["long_de"] = f"{day.day}. {MONTHS['de'][day.month - 1]} {day.year}"
    forms["long_es"] = f"{day.day} de {MONTHS['es'][day.month - 1]} de {day.year}"
    forms["long_pt"] = f"{day.day} de {MONTHS['pt'][day.month - 1]} de {day.year}"
    forms["long_hu"] = f"{day.year}. {MONTHS['hu'][day.month - 1]} {day.day}."
    for lang in ("da", "no", "fi", "cs", "sk", "sl", "et"):  # "9. lokakuuta 2025"
        forms[f"long_{lang}"] = f"{day.day}. {MONTHS[lang][day.month - 1]} {day.year}"
    forms["long_hr"] = f"{day.day}. {MONTHS['hr'][day.month - 1]} {day.year}."
    forms["long_lt"] = f"{day.year} m. {MONTHS['lt'][day.month - 1]} {day.day} d."
    forms["long_lv"] = f"{day.year}. gada {day.day}. {MONTHS['lv'][day.month - 1]}"
    for lang in ("es", "pt", "fr", "it", "nl", "sv", "de"):  # nominative month names
        forms[f"month_year_{lang}"] = f"{MONTHS[lang][day.month - 1]} {day.year}"
    forms["month_year_es"] = f"{MONTHS['es'][day.month - 1]} de {day.year}"
    forms["month_year_pt"] = f"{MONTHS['pt'][day.month - 1]} de {day.year}"
    return forms


def _slot_number(ctx: Ctx, slot: str) -> int:
    """The number of the `slot` entity being drawn ("zdate3": 3). The renderer draws a
    document's entities in the order they first appear, so the k-th drawn is the k-th
    key to appear in the template; a document's dates then run in slot-number order."""
    text = ctx.template.text if ctx.template else ""
    keys = list(dict.fromkeys(re.findall(r"\{" + slot + r"(\d+)[.}]", text)))
    drawn = sum(1 for k in ctx.entities if re.fullmatch(slot + r"\d+", k))
    return int(keys[drawn]) if drawn < len(keys) else drawn + 1


def new_date(ctx: Ctx, slot: str, number: int) -> ZVal:
    rng = ctx.rng
    if slot == "zdob":
        text = ctx.template.text if ctx.template else ""
        later = re.search(r"\{(zage\d+)[.}]", text)
        if later and later.group(1) not in ctx.entities:  # the age comes later in the text:
            ctx.entities[later.group(1)] = new_age(ctx)  # drawn now, so the two agree
        ages = [v for k, v in ctx.entities.items() if k.startswith("zage") and isinstance(v, ZVal)]
        if ages:  # a document that gives an age (over 89) gives a birth date that agrees
            years = int(ages[0].forms["plain"])
            day = Z_TODAY - timedelta(days=int(years * 365.25) + rng.randint(5, 355))
        else:
            day = Z_TODAY - timedelta(days=rng.randint(18 * 365, 88 * 365))
    else:
        anchor = ctx.entities.get("_zanchor")
        if not isinstance(anchor, date):
            anchor = Z_TODAY - timedelta(days=rng.randint(200, 1600))
            ctx.entities["_zanchor"] = anchor
        day = anchor + timedelta(days=(number - 1) * 25 + rng.randint(0, 20))
    forms = date_forms(day)
    return ZVal("", "", "", forms={"plain": forms["iso"], **forms})


UNITS_EN = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS_DE = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
TEENS_FR = [
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
UNITS_FR = ["un", "deux", "trois", "quatre"]
UNITS_ES = ["uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]


def age_in(lang: str, age: int) -> str:
    """An age from 90 to 104 in words."""
    u = age % 10 if age < 100 else age - 100
    if lang == "en":
        if age < 100:
            return "ninety" + (f"-{UNITS_EN[u - 1]}" if u else "")
        return "one hundred" + (f" and {UNITS_EN[u - 1]}" if u else "")
    if lang == "de":
        if age < 100:
            return (f"{UNITS_DE[u - 1]}und" if u else "") + "neunzig"
        return "hundert" + ("eins" if u == 1 else UNITS_DE[u - 1] if u else "")
    if lang == "fr":
        if age < 100:
            return "quatre-vingt-" + (TEENS_FR[u - 1] if u else "dix")
        return "cent" + (f" {UNITS_FR[u - 1]}" if u else "")
    if age < 100:
        return "noventa" + (f" y {UNITS_ES[u - 1]}" if u else "")
    return f"ciento {UNITS_ES[u - 1]}" if u else "cien"


AGE_LANGS = ("en", "de", "fr", "es")


def new_age(ctx: Ctx) -> ZVal:
    age = ctx.rng.randint(90, 104)
    forms = {f"words_{lang}": age_in(lang, age) for lang in AGE_LANGS}
    return zval(str(age), words=forms["words_en"], **forms)


# --- dispatch -------------------------------------------------------------------------


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "zper":
        return new_person(ctx)
    if slot == "zaddr":
        return new_address(ctx)
    if slot == "ztown":
        return new_town(ctx)
    if slot in ("ztel", "zfax"):
        return new_phone(ctx)
    if slot == "zmail":
        return new_mail(ctx)
    if slot == "zurl":
        return new_url(ctx)
    if slot == "znet":
        return new_ip(ctx)
    if slot == "zmac":
        return new_mac(ctx)
    if slot == "znat":
        return new_national(ctx, form)
    if slot == "zssn":
        return new_ssn(ctx)
    if slot == "zpass":
        return new_passport(ctx)
    if slot == "ziban":
        return new_iban(ctx)
    if slot == "zcard":
        return new_card(ctx)
    if slot == "zacct":
        return new_account(ctx)
    if slot == "zveh":
        return new_vehicle(ctx, form)
    if slot == "zdev":
        return new_device(ctx)
    if slot in ("zdate", "zdob"):
        return new_date(ctx, slot, _slot_number(ctx, slot))
    if slot == "zage":
        return new_age(ctx)
    if slot in RECORD_SHAPES:
        return new_record(ctx, slot)
    raise KeyError(slot)


__all__ = ["Z_HIPAA", "Z_KINDS", "Z_TODAY", "faker_for", "new_entity"]
