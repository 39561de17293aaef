"""Values for held-out I's slots: identifiers as the documents of regulated trades write them.

Held-out I (session 24) was written by an author barred from the redactor. Its slots are
new names (`SLOTS`, one kind each from kinds.KINDS); generator.new_entity hands them here
before it looks at any other slot, so no older split draws differently. Everything is drawn
from the document's rng and its Faker instances: same seed, same value.

Invariants: a Value's text is exactly what the document prints for it (no surrounding
space, no slot syntax); a national number passes its country's python-stdnum check; a card
passes Luhn; an IBAN passes ISO 13616.
"""

from __future__ import annotations

import random
import re
import string
from datetime import date, datetime, timedelta

import phonenumbers
from faker.decode import unidecode
from stdnum import iban as iban_check
from stdnum import luhn

from resources.synthetic.redaction_eval import generator
from resources.synthetic.redaction_eval.generator import MONTHS, Ctx, Person, Value
from resources.synthetic.redaction_eval.national_ids import NATIONAL_IDS, draw_national_id

# Slot -> kind: I's own slots (generator.I_SLOTS), labelled in generator.SLOT_KINDS.
SLOTS = {slot: generator.SLOT_KINDS[slot] for slot in sorted(generator.I_SLOTS)}

# Locales whose Faker names are in another script: an English-language record writes the
# Latin spelling, and the `native` form gives the name as the person's own papers write it.
NATIVE_SCRIPT = frozenset({"ru_RU", "uk_UA", "el_GR", "bg_BG", "zh_CN", "ja_JP"})
# Locales whose Faker has no phone numbers: a neighbour's instead.
PHONE_FALLBACK = {"en_PH": "en_US", "fil_PH": "en_US"}


class IPerson(Person):
    """A person who may also have a name in another script (`native`)."""

    def __init__(self, first: str, last: str, middle: str = "", native: str = "") -> None:
        super().__init__(first, last, middle)
        self.native = native

    def form(self, form: str) -> str:
        first, last, middle = self.first, self.last, self.middle
        extra = {
            "native": self.native or f"{first} {last}",
            "slash": f"{last}/{first}".upper(),
            "caret": "^".join(w for w in (last, first, middle[:1]) if w).upper(),
            "swift": unidecode(" ".join(w for w in (first, middle, last) if w)).upper(),
            "ascii": unidecode(f"{first} {last}"),
            "tight_initials": "".join(f"{w[0]}." for w in (first, middle) if w) + f" {last}",
            "last_tight_initials": f"{last}, " + "".join(f"{w[0]}." for w in (first, middle) if w),
            "caps_last_comma_first_middle": f"{last.upper()}, {first} {middle}".rstrip(),
        }
        return extra[form] if form in extra else super().form(form)


def new_person(ctx: Ctx) -> IPerson:
    rng = ctx.rng
    if ctx.locale in NATIVE_SCRIPT:
        f = ctx.fake()
        if ctx.locale == "ja_JP":  # (kanji, katakana, romaji) of one name
            given, family = f.first_name_pair(), f.last_name_pair()
            return IPerson(given[2], family[2], "", f"{family[0]}{given[0]}")
        first, last = str(f.first_name()), str(f.last_name())
        if ctx.locale == "zh_CN":  # pinyin without tones, the given name's syllables joined
            native = f"{last}{first}"  # family name first, no space
            first = unidecode(first).replace(" ", "").capitalize()
            return IPerson(first, unidecode(last).strip(), "", native)
        native = f"{first} {last}"
        return IPerson(unidecode(first).strip(), unidecode(last).strip(), "", native)
    if rng.random() < 0.55:
        country = rng.choice(ctx.split.name_countries)
        names = generator.world_names()[country]
        first, last = rng.choice(names["first"]), rng.choice(names["last"])
        middle = rng.choice(names["first"]) if rng.random() < 0.2 else ""
    else:
        f = ctx.fake()
        first, last = str(f.first_name()), str(f.last_name())
        middle = str(f.first_name()) if rng.random() < 0.2 else ""
    if middle == first:
        middle = ""
    if rng.random() < 0.12 and " " not in last:
        second = str(ctx.fake().last_name()).strip()
        if second != last:
            last = f"{last}{rng.choice(['-', ' '])}{second}"
    return IPerson(first.strip(), last.strip(), middle.strip())


def shape(rng: random.Random, pattern: str) -> str:
    """`#` a digit, `?` a capital letter, `@` a digit or capital; anything else as is."""
    out = []
    for c in pattern:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "?":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif c == "@":
            out.append(rng.choice(string.digits + "ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def _fake_or(ctx: Ctx, method: str, fallback: str = "en_US") -> str:
    try:
        return str(getattr(ctx.fake(), method)())
    except AttributeError:
        return str(getattr(ctx.fake(fallback), method)())


# --- places -------------------------------------------------------------------------------


def residence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "street":
        return _fake_or(ctx, "street_address")
    if form == "po":
        f = ctx.fake("en_US")
        head = rng.choice(
            [
                f"PO Box {rng.randint(10, 99999)}",
                f"P.O. Box {rng.randint(10, 9999)}",
                f"RR {rng.randint(1, 9)} Box {rng.randint(1, 299)}",
                f"HC {rng.randint(60, 89)} Box {rng.randint(100, 9999)}",
            ]
        )
        return f"{head}, {f.city()}, {f.state_abbr()} {f.zipcode()}"
    if form == "usunit":
        f = ctx.fake("en_US")
        unit = rng.choice(["Apt", "Apt.", "Unit", "Ste", "#", "Bldg 4, Apt", "Lot", "Rm"])
        sep = rng.choice([" ", ", "])
        return (
            f"{f.building_number()} {f.street_name()}{sep}{unit} {rng.randint(1, 40)}"
            f"{rng.choice(['', 'B', 'F'])}, {f.city()}, {f.state_abbr()} {f.zipcode_plus4()}"
        )
    text = _fake_or(ctx, "address", "en_GB")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if form == "lines":
        return "\n".join(lines)
    if form == "caps":
        return ", ".join(lines).upper()
    return rng.choice([", ", " ", " - "]).join(lines) if rng.random() < 0.3 else ", ".join(lines)


def coordinates(ctx: Ctx) -> str:
    rng = ctx.rng
    lat, lon = rng.uniform(-50.0, 65.0), rng.uniform(-125.0, 150.0)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
    style = rng.randrange(5)
    if style == 0:
        return f"{ns}{abs(lat):.5f} {ew}{abs(lon):.5f}"
    if style == 1:

        def ddm(x: float) -> str:
            deg = int(abs(x))
            return f"{deg}°{(abs(x) - deg) * 60:06.3f}'"

        return f"{ddm(lat)}{ns}, {ddm(lon)}{ew}"
    if style == 2:
        return f"lat={lat:.6f}&lon={lon:.6f}"
    if style == 3:
        return f"{lat:+.4f}{lon:+.4f}/"
    return f"{lat:.5f} / {lon:.5f}"


# --- contact ------------------------------------------------------------------------------


def phone(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "us" or (not form and rng.random() < 0.3):
        a, b, c = rng.randint(201, 989), rng.randint(201, 999), rng.randint(0, 9999)
        base = rng.choice(
            [
                f"({a}) {b}-{c:04d}",
                f"{a} {b} {c:04d}",
                f"{a}/{b}-{c:04d}",
                f"1 ({a}) {b}-{c:04d}",
                f"+1.{a}.{b}.{c:04d}",
                f"{a}{b}{c:04d}",
            ]
        )
        if rng.random() < 0.4:
            ext = rng.randint(2, 9999)
            base += rng.choice(
                [f" ext. {ext}", f" #{ext}", f", x{ext}", f" (ext {ext})", f"x{ext}"]
            )
        return base
    locale = PHONE_FALLBACK.get(ctx.locale, ctx.locale)
    try:
        raw = str(ctx.fake(locale).phone_number())
    except AttributeError:
        raw = str(ctx.fake("en_GB").phone_number())
    region = locale.rsplit("_", 1)[-1].upper()
    style = rng.randrange(4)
    if style in (1, 2):
        try:
            number = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            return raw
        if phonenumbers.is_possible_number(number):
            fmt = phonenumbers.PhoneNumberFormat
            if style == 1:
                return phonenumbers.format_number(number, fmt.INTERNATIONAL)
            return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
    return raw


def email(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    f = ctx.fake()
    if not people or rng.random() < 0.2:
        return unidecode(str(f.email())).lower()
    p = people[0]
    first, last = (re.sub(r"[^a-z]", "", unidecode(w).lower()) or "x" for w in (p.first, p.last))
    user = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}{rng.randint(1, 99)}",
            f"{last}.{first[0]}",
            f"{first}_{last}",
            f"{first}.{last}+{rng.choice(['claims', 'bank', 'hr', 'portal'])}",
            f"{last}{first[:2]}",
        ]
    )
    if form == "work":
        domain = str(ctx.fake("en_US").domain_name())
    else:
        domain = rng.choice([str(f.free_email_domain()), str(f.domain_name())])
    return f"{user}@{domain}"


def link(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    f = ctx.fake("en_US")
    people = [e for e in ctx.entities.values() if isinstance(e, Person)]
    who = re.sub(r"[^a-z]", "", unidecode(people[0].last).lower()) if people else "user"
    choices = [
        f"https://mychart.{f.domain_name()}/MyChart/Messaging?msgId={rng.randint(10**7, 10**9)}",
        f"https://{f.domain_word()}.sharepoint.com/:f:/s/claims/E{shape(rng, '@@@@@@@@@@@')}",
        f"https://drive.google.com/file/d/1{shape(rng, '@@@@@@@@@@@@@@@@@@@@@@@@@')}/view",
        f"https://www.{f.domain_name()}/~{who}",
        f"https://{who}{rng.randint(1, 99)}.github.io",
        f"https://t.me/{who}_{rng.randint(10, 999)}",
        f"http://{f.domain_name()}/portal/patient.aspx?id={rng.randint(10**5, 10**7)}",
        f"https://wa.me/{rng.randint(10**10, 10**11)}",
    ]
    if form == "photo":  # where a full-face photograph is kept
        choices = [
            f"https://s3.eu-west-1.amazonaws.com/{f.domain_word()}-kyc/faces/"
            f"{who}_{rng.randint(1, 999)}.jpg",
            f"https://cdn.{f.domain_name()}/id-photos/{shape(rng, '@@@@@@@@')}.png",
            f"https://{f.domain_name()}/staff/photos/{who}.jpeg",
        ]
    if form == "profile":
        choices = [*choices[3:6], f"https://www.tiktok.com/@{who}.{rng.randint(1, 999)}"]
    return rng.choice(choices)


def ip_address(ctx: Ctx, form: str) -> str:
    f = ctx.fake("en_US")
    # Forms are letters only (the template syntax has no digits in a form).
    if form == "six" or (form != "four" and ctx.rng.random() < 0.25):
        return str(f.ipv6())
    return str(f.ipv4_public() if ctx.rng.random() < 0.8 else f.ipv4_private())


# --- dates --------------------------------------------------------------------------------

# Date styles by family; `{mon}` is the month's name in the document's language, `{MON}`
# its three capitals in English.
DATE_STYLES = {
    "us": ("%m/%d/%Y", "%-m/%-d/%y", "%b. %-d, %Y", "%B %-d %Y", "%m-%d-%Y"),
    "eu": ("%d.%m.%Y", "%-d.%-m.%Y", "%d/%m/%Y", "%d-%m-%y", "%-d {mon} %Y"),
    "iso": ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"),
    "compact": ("%Y%m%d", "%Y%m%d%H%M"),
    "stamp": ("%Y-%m-%dT%H:%M:%SZ", "%d-{MON}-%Y %H:%M", "%a %d %b %Y %H:%M"),
    "mil": ("%d{MON}%y", "%d {MON} %Y"),
    "prose": ("the {ord} of %B %Y", "%A, %B {ord}, %Y", "%B {ord}"),
}
LANG_OF = {
    "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl",
    "cs": "cs", "sk": "sk", "sv": "sv", "da": "da", "fi": "fi", "hu": "hu", "ro": "ro",
    "hr": "hr", "lt": "lt", "tr": "tr", "id": "id", "no": "no", "sl": "sl", "et": "et",
    "lv": "lv", "mt": "mt",
}  # fmt: skip
ENGLISH_MONTHS = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)


def write_date(ctx: Ctx, moment: datetime, form: str) -> str:
    """A document writes its dates of one family in one style: chosen at the first date and
    kept in the document's context under a key no slot can have."""
    rng = ctx.rng
    key = f"date style {form}"
    if key not in ctx.entities:
        family = form if form in DATE_STYLES else rng.choice(list(DATE_STYLES))
        ctx.entities[key] = rng.choice(DATE_STYLES[family])
    fmt = str(ctx.entities[key])
    lang = LANG_OF.get(ctx.locale.split("_")[0], "")
    mon = MONTHS[lang][moment.month - 1] if lang else moment.strftime("%B")
    fmt = fmt.replace("{mon}", mon).replace("{MON}", ENGLISH_MONTHS[moment.month - 1])
    fmt = fmt.replace("{ord}", generator.ordinal(moment.day))
    return moment.strftime(fmt)


def a_date(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if slot == "birth":
        day = date(1925, 1, 1) + timedelta(days=rng.randint(0, 365 * 82))
    else:
        day = date(2020, 6, 1) + timedelta(days=rng.randint(0, 2000))
    moment = datetime(day.year, day.month, day.day, rng.randint(0, 23), rng.randint(0, 59))
    return write_date(ctx, moment, form)


def age(ctx: Ctx, form: str) -> str:
    years = ctx.rng.randint(90, 106)
    if form == "words":
        return generator.age_words(ctx)
    return str(years)


# --- numbers ------------------------------------------------------------------------------


def national_number(ctx: Ctx, form: str) -> Value:
    rng = ctx.rng
    named = form.upper() if len(form) == 2 else ""
    countries = (ctx.template.id_countries if ctx.template else ()) or ctx.split.id_countries
    country = named if named else rng.choice(countries)
    entry = rng.choice([e for e in NATIONAL_IDS if e.country == country])
    return Value(draw_national_id(entry, ctx.fake(entry.locale), rng), rng.choice(entry.labels))


def passport(ctx: Ctx) -> str:
    rng = ctx.rng
    if rng.random() < 0.5:
        try:
            return str(ctx.fake().passport_number())
        except AttributeError:
            pass
    return shape(rng, rng.choice(["?########", "??#######", "#########", "?#######?"]))


RECORD_SHAPES = {
    "mrn": ("###-###-##", "MR######", "0########", "?##-####-#", "#### ### ###", "E#######"),
    "acc": ("ACC####?######", "RAD-####-######", "?#########", "####-R-#####"),
    "plan": ("???#########", "?########-##", "#########??", "MEM-######-#", "###-##-####-A"),
    "claim": ("CLM-####-#######", "##?######", "CL########", "####/#####/##"),
    "case": ("CR-####-######", "##-?-#####", "FC####-####", "INC#######", "SR-#######"),
    "subject": ("###-####", "S##-###", "SUBJ-####-###", "???-##-####"),
    "student": ("S########", "##########", "STU-#####-#"),
    "visa": ("GWF#########", "??########", "IOE#########", "#####?###"),
    "employee": ("E######", "EMP-#####", "#######", "HR######?"),
    "specimen": ("SP-##-######", "?##-#####", "##?#######", "BB####-####"),
    "rx": ("RX#######", "#######-####", "Rx ######"),
    "ticket": ("TKT-######", "#######", "CS-####-#####", "CASE-########"),
    "aml": ("ALR-####-######", "SAR####-###", "STR/####/#####"),
    "bio": ("FP-####-######", "IRIS#########", "BIO/##/######", "TPL-@@@@@@@@"),
}


# How an OCR engine misreads digits on a poor scan: the record prints as it was read.
OCR_MISREADS = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}


def ocr_damaged(rng: random.Random, text: str) -> str:
    """`text` with one to three of its digits misread (at least one where it has a digit)."""
    places = [i for i, c in enumerate(text) if c in OCR_MISREADS]
    chosen = rng.sample(places, min(len(places), rng.randint(1, 3)))
    return "".join(OCR_MISREADS[c] if i in chosen else c for i, c in enumerate(text))


def record_number(ctx: Ctx, slot: str, form: str) -> str:
    rng = ctx.rng
    if form == "ocr":
        clean = shape(rng, rng.choice(("##########", "MR########", "###-###-###", "#########")))
        return ocr_damaged(rng, clean)
    if slot == "policy":
        if form == "mbi" or (not form and rng.random() < 0.2):
            return generator.mbi(ctx)
        family = "plan"
    elif slot == "chart":
        family = form if form in ("mrn", "acc", "specimen", "rx") else "mrn"
    else:
        family = form if form in RECORD_SHAPES else rng.choice(list(RECORD_SHAPES))
    return shape(rng, rng.choice(RECORD_SHAPES[family]))


def account(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "us": ("##########", "####-####-##", "00########", "#########"),
        "uk": ("########",),
        "loan": ("LN-######-##", "#########-###", "ML#########"),
        "es": ("####-####-##-##########",),
        "in": ("############", "##############"),
        "au": ("###-###-#########", "######-########"),
    }
    if form == "ocr":
        return ocr_damaged(rng, shape(rng, rng.choice(shapes["us"])))
    family = form if form in shapes else rng.choice(list(shapes))
    return shape(rng, rng.choice(shapes[family]))


def card(ctx: Ctx) -> str:
    rng = ctx.rng
    raw = str(ctx.fake("en_US").credit_card_number(card_type=rng.choice(["visa16", "mastercard"])))
    assert luhn.is_valid(raw)
    return rng.choice([raw, " ".join(raw[i : i + 4] for i in range(0, 16, 4))])


def iban(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    # A form names a locale in lower case ("{sepa1.nl_nl}": slot forms have no capitals).
    locale = f"{form[:2]}_{form[3:].upper()}" if len(form) == 5 else ctx.locale
    try:
        raw = str(ctx.fake(locale).iban())
    except AttributeError:
        raw = ""
    if not iban_check.is_valid(raw):
        raw = str(ctx.fake(rng.choice(["nl_NL", "fr_FR", "it_IT", "pl_PL"])).iban())
    assert iban_check.is_valid(raw)
    if rng.random() < 0.55:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def licence(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    shapes = {
        "dl": (
            "?#######",
            "### ### ###",
            "?###-###-##-###-#",
            "??######",
            "#########",
            "?##-##-####",
        ),
        "gmc": ("#######",),
        "nurse": ("RN#######", "##?####?", "NMC ##?####?"),
        "board": ("MD.######", "ME######", "PE-#####", "CPA ######", "LIC-#####-##"),
        "firearm": ("FAC/####/#####", "##-?-######"),
        "teacher": ("TRN ### ####", "#######?"),
    }
    if form == "npi":
        return generator.npi(ctx)
    if form == "dea":
        return generator.dea(ctx)
    family = form if form in shapes else rng.choice(list(shapes))
    return shape(rng, rng.choice(shapes[family]))


def vehicle(ctx: Ctx, form: str) -> str:
    if form == "vin" or (not form and ctx.rng.random() < 0.4):
        return generator.vin(ctx)
    return _fake_or(ctx, "license_plate").strip()


def device(ctx: Ctx, form: str) -> str:
    rng = ctx.rng
    if form == "imei":
        return generator.imei(ctx)
    if form == "udi":
        return generator.udi(ctx)
    return shape(
        rng,
        rng.choice(
            [
                "?##?######?",
                "SN ###-###-####",
                "PJN######",
                "NG#######H",
                "@@@@-@@@@-@@@@",
                "######?##",
            ]
        ),
    )


def mac(ctx: Ctx) -> str:
    rng = ctx.rng
    octets = [rng.randrange(256) for _ in range(6)]
    style = rng.randrange(4)
    if style == 0:
        return "-".join(f"{o:02x}" for o in octets)
    if style == 1:
        return "".join(f"{o:02X}" for o in octets)
    if style == 2:
        return ":".join(f"{o:02X}" for o in octets)
    return ":".join(f"{o:02x}" for o in octets)


def new_entity(ctx: Ctx, slot: str, form: str) -> object:
    if slot == "indiv":
        return new_person(ctx)
    if slot == "ident":
        return national_number(ctx, form)
    makers = {
        "hamlet": lambda: _fake_or(ctx, "city"),
        "resid": lambda: residence(ctx, form),
        "postal": lambda: _fake_or(ctx, "postcode"),
        "latlon": lambda: coordinates(ctx),
        "voice": lambda: phone(ctx, form),
        "faxno": lambda: phone(ctx, form),
        "epost": lambda: email(ctx, form),
        "travel": lambda: passport(ctx),
        "chart": lambda: record_number(ctx, slot, form),
        "policy": lambda: record_number(ctx, slot, form),
        "refno": lambda: record_number(ctx, slot, form),
        "ledger": lambda: account(ctx, form),
        "payc": lambda: card(ctx),
        "sepa": lambda: iban(ctx, form),
        "ipaddr": lambda: ip_address(ctx, form),
        "href": lambda: link(ctx, form),
        "visit": lambda: a_date(ctx, slot, form),
        "birth": lambda: a_date(ctx, slot, form),
        "elder": lambda: age(ctx, form),
        "permit": lambda: licence(ctx, form),
        "veh": lambda: vehicle(ctx, form),
        "implant": lambda: device(ctx, form),
        "hwaddr": lambda: mac(ctx),
    }
    return Value(makers[slot]().strip())


def valid_national_number(value: str) -> bool:
    """The number passes the check of some country's scheme (national_ids.NATIONAL_IDS)."""
    return any(e.valid(value) for e in NATIONAL_IDS)
