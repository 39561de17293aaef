"""DEV-side address stress documents: street addresses, postcodes, towns and coordinates
written the way each country writes them (HIPAA Safe Harbor: every geographic unit
smaller than a state).

The parts come from Faker's locale providers (street names, house numbers, postcodes,
towns, flats); the shapes around them are written from national addressing conventions
(Universal Postal Union address formats, USPS Publication 28, Royal Mail, Canada Post,
Deutsche Post, PostNL, Poczta Polska, Correos, Poste Italiane, Correios, PTT, VNPost, India
Post), not from any evaluation document. Tuned on like the DEV split; not held out.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from faker import Faker

from resources.synthetic.redaction_eval.kinds import Entity, LabelledDoc

_LOCALES = (
    "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "de_DE", "de_AT", "nl_NL", "pl_PL", "it_IT",
    "es_ES", "pt_BR", "pt_PT", "fr_FR", "fr_BE", "tr_TR", "vi_VN", "es_MX", "en_NZ", "cs_CZ",
    "sv_SE", "da_DK", "ro_RO", "hu_HU",
)  # fmt: skip


def _s(f: Faker, method: str, default: str = "") -> str:
    try:
        return str(getattr(f, method)()).strip()
    except AttributeError:
        return default


def _n(rng: random.Random, hi: int = 250) -> int:
    return rng.randint(1, hi)


def _join(rng: random.Random, lines: list[str]) -> str:
    """One line with commas, or an address block of lines."""
    lines = [x for x in lines if x]
    return "\n".join(lines) if rng.random() < 0.4 else ", ".join(lines)


def _us(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'building_number')} {_s(f, 'street_name')}"
    unit = rng.choice(["", _s(f, "secondary_address"), f"Suite {_n(rng, 900)}", f"#{_n(rng)}"])
    zip_ = _s(f, "zipcode_plus4") if rng.random() < 0.5 else _s(f, "postcode")
    town = f"{_s(f, 'city')}, {_s(f, 'state_abbr')} {zip_}"
    country = rng.choice(["", "", "USA", "United States"])
    return rng.choice(
        [
            lambda: _join(rng, [f"{street} {unit}".strip(), town, country]),
            lambda: _join(rng, [street, unit, town]),
            lambda: _join(rng, [f"{_s(f, 'military_apo')}", f"APO AE {_s(f, 'postcode')}"]),
            lambda: _join(rng, [f"{_s(f, 'military_dpo')}", f"DPO AP {_s(f, 'postcode')}"]),
            lambda: f"{_s(f, 'military_ship')} {f.last_name()}, FPO AA {_s(f, 'postcode')}",
            lambda: _join(rng, [f"RR {_n(rng, 9)} Box {_n(rng, 400)}", town]),
            lambda: _join(rng, [f"PO Box {_n(rng, 9999)}", town]),
            lambda: f"{street}, {_s(f, 'city')} {_s(f, 'state_abbr')} {zip_}",
        ]
    )()


def _gb(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'building_number')} {_s(f, 'street_name')}"
    flat = rng.choice(
        [
            "",
            f"Flat {_n(rng, 60)}",
            f"Flat {_n(rng, 9)}{rng.choice('ABCD')}",
            f"Studio {_n(rng, 40)}",
            f"Apartment {_n(rng, 90)}",
        ]
    )
    pc = _s(f, "postcode")
    return rng.choice(
        [
            lambda: _join(rng, [flat, street, _s(f, "city"), pc]),
            lambda: _join(rng, [f"{flat} {street}".strip(), _s(f, "city"), pc, "UK"]),
            lambda: f"{street}, {_s(f, 'city')} {pc}",
            lambda: _join(rng, [f"{flat}, {f.last_name()} House", street, _s(f, "city"), pc]),
        ]
    )()


def _ca(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'building_number')} {_s(f, 'street_name')}"
    unit = rng.choice(["", _s(f, "secondary_address"), f"Unit {_n(rng)}"])
    town = f"{_s(f, 'city')} {_s(f, 'province_abbr')} {_s(f, 'postcode')}"
    if rng.random() < 0.4 and unit:
        return _join(rng, [f"{_n(rng, 30)}-{street}", town, "Canada"])
    return _join(rng, [f"{unit} {street}".strip(), town])


def _au(rng: random.Random, f: Faker) -> str:
    street = _s(f, "street_name")
    num = _s(f, "building_number")
    town = f"{_s(f, 'city').upper() if rng.random() < 0.3 else _s(f, 'city')}"
    tail = f"{town} {_s(f, 'state_abbr')} {_s(f, 'postcode')}"
    return rng.choice(
        [
            lambda: _join(rng, [f"Unit {_n(rng, 20)}/{num} {street}", tail]),
            lambda: _join(rng, [f"{_n(rng, 20)}/{num} {street}", tail]),
            lambda: _join(rng, [f"Level {_n(rng, 30)}, {num} {street}", tail]),
            lambda: _join(rng, [f"{num} {street}", tail, "Australia"]),
        ]
    )()


_IN_AREAS = ("Nagar", "Colony", "Layout", "Enclave", "Vihar", "Puram", "Bagh", "Extension")


def _in(rng: random.Random, f: Faker) -> str:
    area = f"{f.last_name()} {rng.choice(_IN_AREAS)}"
    pin = _s(f, "postcode")
    return rng.choice(
        [
            lambda: (
                f"Flat {_n(rng, 900)}, {f.last_name()} Apartments, {area}, {_s(f, 'city')} - {pin}"
            ),
            lambda: _join(
                rng,
                [
                    _s(f, "building_number") + ", " + _s(f, "street_name"),
                    area,
                    f"{_s(f, 'city')} {pin}",
                ],
            ),
            lambda: f"#{_n(rng)}, {_n(rng, 20)}th Cross, {area}, {_s(f, 'city')} {pin}",
            lambda: f"Plot No. {_n(rng)}, Sector {_n(rng, 60)}, {_s(f, 'city')} {pin}",
        ]
    )()


def _de(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'street_name')} {_s(f, 'building_number')}"
    town = f"{_s(f, 'postcode')} {_s(f, 'city')}"
    extra = rng.choice(["", f"Wohnung {_n(rng, 30)}", f"{_n(rng, 5)}. OG", "Hinterhaus"])
    co = f"c/o {f.last_name()}" if rng.random() < 0.2 else ""
    country = rng.choice(["", "", "Deutschland", "Österreich"])
    if rng.random() < 0.15:
        return _join(rng, [f"Postfach {_n(rng, 9999)}", town])
    return _join(rng, [co, street, extra, town, country])


def _nl(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'street_name')} {_s(f, 'building_number')}"
    suffix = rng.choice(["", "", "-II", " hs", "A", "-3"])
    pc = _s(f, "postcode")
    if " " not in pc and rng.random() < 0.5:
        pc = f"{pc[:4]} {pc[4:]}"
    return rng.choice(
        [
            lambda: _join(rng, [street + suffix, f"{pc} {_s(f, 'city')}"]),
            lambda: f"{street}{suffix}, postcode {pc}, {_s(f, 'city')}",
            lambda: _join(rng, [f"Postbus {_n(rng, 9999)}", f"{pc}  {_s(f, 'city').upper()}"]),
        ]
    )()


def _pl(rng: random.Random, f: Faker) -> str:
    kind = rng.choice(["ul.", "ul.", "al.", "pl.", "os."])
    flat = rng.choice([f"/{_n(rng, 90)}", "", f" m. {_n(rng, 90)}", f" lok. {_n(rng, 40)}"])
    street = f"{kind} {_s(f, 'street_name')} {_n(rng, 200)}{flat}"
    return _join(rng, [street, f"{_s(f, 'postcode')} {_s(f, 'city')}"])


def _it(rng: random.Random, f: Faker) -> str:
    street = _s(f, "street_name")
    num = rng.choice(
        [f"n. {_n(rng)}", f"{_n(rng)}", f"n.{_n(rng)}", f"{_n(rng)}/{rng.choice('ABC')}"]
    )
    prov = _s(f, "state_abbr", "RM")
    town = f"{_s(f, 'postcode')} {_s(f, 'city')} ({prov})"
    extra = rng.choice(
        ["", f"scala {rng.choice('ABC')}, interno {_n(rng, 30)}", f"piano {_n(rng, 8)}"]
    )
    return _join(
        rng, [f"{street} {num}" if rng.random() < 0.5 else f"{street}, {num}", extra, town]
    )


_ES_TYPES = ("C/", "Calle", "Avda.", "Av.", "Pza.", "Paseo", "Ctra.", "Camino")


def _es(rng: random.Random, f: Faker) -> str:
    name = f"{f.last_name()}" if rng.random() < 0.5 else f"{f.first_name()} {f.last_name()}"
    num = rng.choice([f"nº {_n(rng)}", f"{_n(rng)}", f"n.º {_n(rng)}", "s/n", f"núm. {_n(rng)}"])
    floor = rng.choice(
        [
            "",
            f"{_n(rng, 9)}º {rng.choice(['izq.', 'dcha.', 'A', 'B', '1ª'])}",
            f"piso {_n(rng, 9)}",
            f"{_n(rng, 9)}º{rng.choice('ABCD')}",
            f"portal {_n(rng, 5)}, escalera {rng.choice('ABC')}",
        ]
    )
    street = f"{rng.choice(_ES_TYPES)} {rng.choice(['', 'de ', 'del '])}{name}, {num}"
    town = f"{_s(f, 'postcode')} {_s(f, 'city')}"
    country = rng.choice(["", "", "España", "(Madrid)"])
    return _join(rng, [street, floor, f"{town} {country}".strip()])


def _mx(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'street_name')} {_s(f, 'building_number')}"
    col = f"Col. {f.last_name()}"
    return _join(
        rng, [street, col, f"C.P. {_s(f, 'postcode')}", f"{_s(f, 'city')}, {_s(f, 'state_abbr')}"]
    )


_BR_TYPES = ("Rua", "R.", "Av.", "Avenida", "Travessa", "Alameda", "Estrada", "Praça")


def _br(rng: random.Random, f: Faker) -> str:
    street = f"{rng.choice(_BR_TYPES)} {f.last_name()} {f.last_name()}"
    num = rng.choice([f"nº {_n(rng, 3000)}", f"{_n(rng, 3000)}", f"n. {_n(rng, 3000)}", "s/n"])
    flat = rng.choice(
        [
            "",
            f"apto {_n(rng, 300)}",
            f"apto. {_n(rng, 300)}, bloco {rng.choice('ABC')}",
            f"casa {_n(rng, 9)}",
            f"sala {_n(rng, 900)}",
        ]
    )
    cep = _s(f, "postcode")
    if "-" not in cep and len(cep) == 8:
        cep = f"{cep[:5]}-{cep[5:]}"
    town = (
        f"{_s(f, 'city')}/{_s(f, 'state_abbr')}"
        if rng.random() < 0.5
        else (f"{_s(f, 'city')} - {_s(f, 'state_abbr')}")
    )
    bairro = _s(f, "bairro")
    return rng.choice(
        [
            lambda: _join(rng, [f"{street}, {num}", flat, bairro, f"CEP {cep}", town]),
            lambda: _join(rng, [f"{street}, {num} {flat}".strip(), bairro, f"{cep} {town}"]),
            lambda: f"{street} {num} - {bairro} - {town} - CEP {cep}",
        ]
    )()


def _pt(rng: random.Random, f: Faker) -> str:
    street = f"{_s(f, 'street_name')}, {_n(rng)}"
    floor = rng.choice(["", f"{_n(rng, 9)}º Esq.", f"{_n(rng, 9)}º Dto.", "R/C"])
    return _join(rng, [f"{street} {floor}".strip(), f"{_s(f, 'postcode')} {_s(f, 'city')}"])


def _fr(rng: random.Random, f: Faker) -> str:
    num = rng.choice([f"{_n(rng)}", f"{_n(rng)} bis", f"{_n(rng)}ter", f"{_n(rng)},"])
    street = f"{num} {_s(f, 'street_name')}"
    extra = rng.choice(
        [
            "",
            f"Bât. {rng.choice('ABC')}",
            f"Appartement {_n(rng, 90)}",
            f"Résidence {f.last_name()}",
            f"Esc. {_n(rng, 5)}, {_n(rng, 9)}e étage",
        ]
    )
    town = f"{_s(f, 'postcode')} {_s(f, 'city')}"
    if rng.random() < 0.2:
        town = f"{town.upper()} CEDEX"
    return _join(rng, [extra, street, town, rng.choice(["", "", "France"])])


_TR_CITIES = (
    "İstanbul",
    "Ankara",
    "İzmir",
    "Bursa",
    "Antalya",
    "Konya",
    "Kayseri",
    "Eskişehir",
    "Trabzon",
    "Samsun",
    "Mersin",
    "Gaziantep",
    "Diyarbakır",
    "Erzurum",
)
_TR_DISTRICTS = (
    "Kadıköy",
    "Çankaya",
    "Bornova",
    "Nilüfer",
    "Muratpaşa",
    "Selçuklu",
    "Üsküdar",
    "Keçiören",
    "Karşıyaka",
    "Melikgazi",
    "Odunpazarı",
    "Tepebaşı",
)


def _tr(rng: random.Random, f: Faker) -> str:
    mah = f"{f.last_name()} {rng.choice(['Mah.', 'Mahallesi', 'Mh.'])}"
    street = f"{f.first_name()} {rng.choice(['Cad.', 'Caddesi', 'Sok.', 'Sokak', 'Sk.', 'Cd.'])}"
    num = rng.choice(
        [
            f"No: {_n(rng)}",
            f"No:{_n(rng)}",
            f"No: {_n(rng)}/{_n(rng, 20)}",
            f"No: {_n(rng)} D: {_n(rng, 20)}",
            f"No: {_n(rng)} Daire: {_n(rng, 20)}",
            f"No: {_n(rng)} Kat: {_n(rng, 9)}",
        ]
    )
    place = f"{rng.choice(_TR_DISTRICTS)}/{rng.choice(_TR_CITIES)}"
    pc = f"{rng.randint(1, 81):02d}{rng.randint(0, 999):03d}"
    return _join(rng, [f"{mah} {street} {num}", f"{pc} {place}" if rng.random() < 0.5 else place])


def _vn(rng: random.Random, f: Faker) -> str:
    num = rng.choice([f"Số {_n(rng)}", f"{_n(rng)}", f"{_n(rng)}/{_n(rng, 40)}", f"Số {_n(rng)}A"])
    street = f"{rng.choice(['đường', 'Đường', 'phố', 'Phố', ''])} {_s(f, 'street_name')}"
    ward = rng.choice(
        [
            f"Phường {_n(rng, 20)}",
            f"phường {f.last_name()} {f.first_name()}",
            f"Xã {f.first_name()} {f.last_name()}",
        ]
    )
    district = rng.choice(
        [
            f"Quận {_n(rng, 12)}",
            f"quận {f.first_name()} {f.last_name()}",
            f"Huyện {f.last_name()} {f.first_name()}",
        ]
    )
    return ", ".join([f"{num} {street}".replace("  ", " "), ward, district, _s(f, "city")])


def _generic(rng: random.Random, f: Faker) -> str:
    lines = [x.strip() for x in str(f.address()).splitlines() if x.strip()]
    return _join(rng, lines)


_FORMS: dict[str, Callable[[random.Random, Faker], str]] = {
    "US": _us,
    "GB": _gb,
    "CA": _ca,
    "AU": _au,
    "NZ": _generic,
    "IN": _in,
    "DE": _de,
    "AT": _de,
    "NL": _nl,
    "PL": _pl,
    "IT": _it,
    "ES": _es,
    "MX": _mx,
    "BR": _br,
    "PT": _pt,
    "FR": _fr,
    "BE": _fr,
    "TR": _tr,
    "VN": _vn,
}


def an_address(rng: random.Random, f: Faker, locale: str) -> str:
    """One street address in a form the locale's country writes."""
    form = _FORMS.get(locale.split("_")[1], _generic)
    return form(rng, f).replace(" ,", ",").strip()


def a_postcode(rng: random.Random, f: Faker, locale: str) -> str:
    """A postcode alone, as a form field holds it."""
    pc = _s(f, "postcode", "10115")
    if locale == "en_US" and rng.random() < 0.5:
        return _s(f, "zipcode_plus4", pc)
    return pc


def a_town(f: Faker, locale: str) -> str:
    if locale == "tr_TR":
        return random.Random(f.random.random()).choice(_TR_DISTRICTS + _TR_CITIES)  # noqa: S311
    return _s(f, "city", "Springfield")


def coordinates(rng: random.Random) -> str:
    lat, lon = rng.uniform(-60, 70), rng.uniform(-170, 170)
    ns, ew = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")

    def dms(v: float) -> str:
        v = abs(v)
        d, m = int(v), int((v % 1) * 60)
        s = (v * 3600) % 60
        return f"{d}°{m:02d}′{s:04.1f}″" if rng.random() < 0.5 else f"{d}°{m}'{int(s)}\""

    return rng.choice(
        [
            f"{lat:.5f}, {lon:.5f}",
            f"{lat:.6f},{lon:.6f}",
            f"({lat:.4f}, {lon:.4f})",
            f"{abs(lat):.4f}° {ns}, {abs(lon):.4f}° {ew}",
            f"{dms(lat)}{ns} {dms(lon)}{ew}",
            f"{dms(lat)} {ns}, {dms(lon)} {ew}",
        ]
    )


# Cue words before a town alone, by language.
_TOWN_CUES = {
    "en": (
        "lives in",
        "from",
        "resident of",
        "moved to",
        "born in",
        "resides in",
        "relocated to",
        "currently living in",
        "originally from",
        "transferred from",
    ),
    "de": ("wohnhaft in", "wohnt in", "aus", "geboren in", "zugezogen aus"),
    "fr": ("domicilié à", "domiciliée à", "habite à", "né à", "résidant à", "originaire de"),
    "es": ("residente en", "vive en", "natural de", "domiciliado en", "vecino de"),
    "it": ("residente a", "abita a", "nato a", "domiciliato a"),
    "pt": ("residente em", "mora em", "natural de", "domiciliado em"),
    "nl": ("woonachtig te", "woont in", "afkomstig uit"),
    "pl": ("zamieszkały w", "mieszka w", "zam."),
    "tr": ("ikamet:", "doğum yeri:"),
}
_KEEP = (
    "Glasgow Coma Scale 15", "type 2 diabetes", "HbA1c 7.2%", "ECOG 1", "metformin 500 mg",
    "Gleason 3+4", "T2 N0 M0", "Apgar 9", "BMI 31.4", "follow-up in 6 weeks", "ward 7",
    "2 puffs twice daily", "blood pressure 140/90", "the Mayo Clinic protocol",
    "Level 2 trauma centre", "Bed 12", "Room 4 at 10:30", "Grade 3 oedema", "Lead II",
)  # fmt: skip


class _Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[Entity] = []
        self.keep: list[tuple[int, int]] = []

    def text(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def entity(self, s: str, kind: str, slot: str) -> None:
        self.entities.append(Entity(self.pos, self.pos + len(s), kind, slot))
        self.text(s)

    def kept(self, s: str) -> None:
        self.keep.append((self.pos, self.pos + len(s)))
        self.text(s)


def render_address_doc(seed: int) -> LabelledDoc:
    """A short document holding an address, a town after a cue word, a postcode or
    coordinates, and phrases that must survive."""
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    locale = _LOCALES[seed % len(_LOCALES)]
    lang = locale.split("_")[0]
    f = Faker(locale)
    f.seed_instance(seed)
    cues = _TOWN_CUES.get(lang, _TOWN_CUES["en"])
    doc = _Doc()
    layout = (seed // len(_LOCALES)) % 4
    if layout == 0:  # referral with an address block
        doc.text("Referral. The patient ")
        doc.text(f"{rng.choice(cues)} ")
        doc.entity(a_town(f, locale), "LOCATION", "town1")
        doc.text(", presented with ")
        doc.kept(rng.choice(_KEEP))
        doc.text(".\nAddress:\n")
        doc.entity(an_address(rng, f, locale), "ADDRESS", "addr1")
        doc.text("\nPlan: ")
        doc.kept(rng.choice(_KEEP))
        doc.text(".\n")
    elif layout == 1:  # chat, one line
        doc.text("[10:02] nurse: where are you staying?\n[10:03] patient: at ")
        doc.entity(an_address(rng, f, locale).replace("\n", ", "), "ADDRESS", "addr1")
        doc.text(f", before that i was {rng.choice(['in', 'at'])} ")
        doc.entity(an_address(rng, f, locale).replace("\n", " "), "ADDRESS", "addr2")
        doc.text("\n[10:04] nurse: ok, ")
        doc.kept(rng.choice(_KEEP))
        doc.text(" noted\n")
    elif layout == 2:  # form with a postcode field and a home visit with coordinates
        doc.text("Home visit form\nPostcode: ")
        doc.entity(a_postcode(rng, f, locale), "ADDRESS", "pc1")
        doc.text("\nVisit site (GPS): ")
        doc.entity(coordinates(rng), "ADDRESS", "gps1")
        doc.text("\nFindings: ")
        doc.kept(rng.choice(_KEEP))
        doc.text(f"; {rng.choice(cues)} ")
        doc.entity(a_town(f, locale), "LOCATION", "town1")
        doc.text(".\n")
    else:  # claim letter, care of a relative
        doc.text("Claim correspondence to:\nc/o ")
        doc.entity(f"{f.first_name()} {f.last_name()}", "PERSON", "person1")
        doc.text("\n")
        doc.entity(an_address(rng, f, locale), "ADDRESS", "addr1")
        doc.text("\n\nDiagnosis: ")
        doc.kept(rng.choice(_KEEP))
        doc.text(". Previous address ")
        doc.entity(an_address(rng, f, locale).replace("\n", ", "), "ADDRESS", "addr2")
        doc.text(".\n")
    text = "".join(doc.parts)
    return LabelledDoc(
        doc_id=f"addr-{layout}/{seed}",
        split="dev-stress",
        template_id=f"addr-{layout}",
        doc_type="stress",
        locale=locale,
        text=text,
        entities=tuple(doc.entities),
        keep=tuple(doc.keep),
    )


def address_corpus(n: int = 200, first_seed: int = 1) -> list[LabelledDoc]:
    return [render_address_doc(s) for s in range(first_seed, first_seed + n)]
