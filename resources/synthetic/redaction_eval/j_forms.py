"""Value makers for held-out J's own slots; each returns a generator `Value`.

Invariant: every value is exactly the text its span covers, and its kind is one the
generator already labels (SLOTS below names the same kinds as generator.SLOT_KINDS).
Only slots in generator.J_SLOTS reach this module, so older splits draw nothing here.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import phonenumbers

from resources.synthetic.redaction_eval import generator

# Slot -> kind: J's own slots (generator.J_SLOTS), labelled in generator.SLOT_KINDS, where
# each is said in a word: govno a national number of the country the form names, stamp a
# date as machine exports write it, cell the locale's phone, folio a record number whose
# shape the form names, lane the street line alone.
SLOTS = {slot: generator.SLOT_KINDS[slot] for slot in sorted(generator.J_SLOTS)}
STAMP_FORMATS = {
    "hl": ("%Y%m%d", "%Y%m%d%H%M", "%Y%m%d%H%M%S"),
    "iso": ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%dT%H:%M:%S+00:00"),
    "log": ("%d/%b/%Y:%H:%M:%S", "%Y/%m/%d %H:%M", "%d-%b-%Y %H:%M"),
}
FOLIO_SHAPES = {
    "lab": ("L##-######", "ACC##########", "S##-#####"),
    "path": ("SP-##-#####", "H##/#####", "CY##-####"),
    "trial": ("###-####", "SUBJ-#####", "??-###-###"),
    "case": ("CR-####-######", "####/?/####", "AML-########"),
    "ticket": ("INC#######", "CS-######", "REQ########"),
    "": ("??######", "#########", "?-#######"),
}


def stamp(ctx: generator.Ctx, form: str) -> str:
    rng = ctx.rng
    moment = datetime(2019, 1, 1) + timedelta(
        days=rng.randint(0, 2400), seconds=rng.randint(0, 86399)
    )
    if form == "dob":
        moment = datetime.combine(
            date(1925, 1, 1) + timedelta(days=rng.randint(0, 35000)), datetime.min.time()
        )
        return moment.strftime(rng.choice(("%Y%m%d", "%Y-%m-%d")))
    text = moment.strftime(rng.choice(STAMP_FORMATS.get(form, STAMP_FORMATS["iso"])))
    return text.upper() if form == "log" and rng.random() < 0.3 else text


def cell(ctx: generator.Ctx) -> str:
    rng = ctx.rng
    try:
        raw = str(ctx.fake().phone_number())
        region = ctx.locale.rsplit("_", 1)[-1].upper()
    except AttributeError:  # a locale with names only
        raw, region = str(ctx.fake("en_GB").phone_number()), "GB"
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return raw
    if not phonenumbers.is_valid_number(number):
        return raw
    fmt = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(
        number, rng.choice((fmt.NATIONAL, fmt.INTERNATIONAL, fmt.E164))
    )


def new_entity(ctx: generator.Ctx, slot: str, form: str) -> object:
    if slot == "govno":
        entry, number = generator.national_id(ctx, form)
        return generator.Value(number, ctx.rng.choice(entry.labels))
    if slot == "stamp":
        return generator.Value(stamp(ctx, form))
    if slot == "cell":
        return generator.Value(cell(ctx))
    if slot == "folio":
        shape = ctx.rng.choice(FOLIO_SHAPES.get(form, FOLIO_SHAPES[""]))
        return generator.Value(ctx.fake("en_US").bothify(shape).upper())
    if slot == "lane":
        lines = str(ctx.fake().street_address()).splitlines()  # en_GB: "Flat 4\nX Court"
        return generator.Value(", ".join(line.strip() for line in lines if line.strip()))
    raise KeyError(slot)
