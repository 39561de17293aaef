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

from resources.synthetic.redaction_eval.kinds import DocBuilder, LabelledDoc

_LOCALES = (
    "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "de_DE", "de_AT", "nl_NL", "pl_PL", "it_IT",
    "es_ES", "pt_BR", "pt_PT", "fr_FR", "fr_BE", "tr_TR", "vi_VN", "es_MX", "en_NZ", "cs_CZ",
    "sv_SE", "da_DK", "ro_RO", "hu_HU", "es_CL", "es_CO", "es_AR", "az_AZ", "en_PH", "fi_FI",
    "fr_CA", "id_ID", "en_IE", "hr_HR", "sl_SI", "sk_SK",
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


def _cl(rng: random.Random, f: Faker) -> str:
    """Correos de Chile: the street has no type word; commune, region, seven-digit code."""
    street = f"{_s(f, 'street_name')} {_s(f, 'building_number')}"
    unit = rng.choice(["", f"Dpto. {_n(rng, 900)}", f"Of. {_n(rng, 2000)}", f"Casa {_n(rng, 40)}"])
    region = _s(f, "region")
    region = region if region.startswith("Región") else f"Región de {region}"
    tail = [_s(f, "commune"), region] + ([_s(f, "postcode")] if rng.random() < 0.6 else [])
    if rng.random() < 0.2:
        return f"Ruta {_n(rng, 200)}{rng.choice(['', '-CH', ' Sur'])}, km {_n(rng, 900)}, {region}"
    return _join(rng, [f"{street} {unit}".strip(), ", ".join(tail)])


_CO_TYPES = ("Calle", "Carrera", "Cl.", "Cra.", "Diagonal", "Transversal", "Av. Carrera", "Kr.")


def _co(rng: random.Random, f: Faker) -> str:
    """Colombia: a numbered street and the plate ("Carrera 7A Bis # 45-12 Sur")."""
    street = (
        f"{rng.choice(_CO_TYPES)} {_n(rng, 200)}{rng.choice(['', 'A', 'B', 'C', 'ª'])}"
        f"{rng.choice(['', ' Bis'])} # {_n(rng, 120)}{rng.choice(['', 'A', 'B'])}-{_n(rng, 99)}"
        f"{rng.choice(['', '', ' Sur', ' Este'])}"
    )
    unit = rng.choice(
        [
            "",
            f"Apto. {_n(rng, 900)}",
            f"Casa {_n(rng, 40)}",
            f"Torre {_n(rng, 9)} Apto {_n(rng, 900)}",
        ]
    )
    town = f"{_s(f, 'municipality', _s(f, 'city'))}, {_s(f, 'department')}"
    return _join(rng, [street, unit, _s(f, "postcode"), town])


def _ar(rng: random.Random, f: Faker) -> str:
    """Correo Argentino: "Av. San Martín N° 1234 Piso 3 Dto. B", then "Town 5500, Province"."""
    name = _s(f, "street_name")
    if not name.startswith(("Av", "Calle", "Diagonal", "Pasaje")) or rng.random() < 0.3:
        name = (
            f"{rng.choice(['Av.', 'Calle'])} {rng.choice([name.split(' ', 1)[-1], str(_n(rng))])}"
        )
    street = f"{name} N° {_n(rng, 3000)}"
    unit = rng.choice(
        ["", f" Piso {_n(rng, 20)} Dto. {rng.choice('ABCD')}", f" Local {_n(rng, 99)}"]
    )
    town = f"{_s(f, 'city')} {rng.randint(1000, 9499)}, {_s(f, 'province')}"
    return _join(rng, [street + unit, town])


def _az(rng: random.Random, f: Faker) -> str:
    """Azərpoçt: district, settlement or village, street, building (b.) and flat (m.)."""
    parts = [
        f"{_s(f, 'district')} {rng.choice(['ray.', 'rayonu', 'ş.', 'şəhəri'])}",
        f"{rng.choice([_s(f, 'settlement'), _s(f, 'village')])} "
        f"{rng.choice(['qəs.', 'qəsəbəsi', 'k.', 'kəndi'])}",
        f"{_s(f, 'street_name')} {rng.choice(['küç.', 'küçəsi', 'pr.', 'prospekti'])}",
    ]
    parts += [f"b. {_n(rng, 40)}", f"m. {_n(rng, 300)}"][: rng.choice([0, 1, 2, 2])]
    if rng.random() < 0.3:
        parts.append(f"AZ {rng.randint(1000, 6999)}")
    return ", ".join(p for p in parts if p)


def _ph(rng: random.Random, f: Faker) -> str:
    """PHLPost: subdivision block and lot, barangay, city, four-digit code and province."""
    lot = rng.choice(
        [
            f"B{_n(rng, 40)} L{_n(rng, 60)}",
            f"Blk {_n(rng, 40)} Lot {_n(rng, 60)}",
            f"Block {_n(rng, 40)} Lot {_n(rng, 60)}",
        ]
    )
    phase = rng.choice(["", f", Phase {_n(rng, 9)}"])
    street = f"{lot} {_s(f, 'street_name')}{phase}"
    brgy = f"Brgy. {f.last_name()}" if rng.random() < 0.5 else _s(f, "subdivision_name")
    return _join(rng, [street, brgy, _s(f, "city"), f"{_s(f, 'postcode')} {_s(f, 'province')}"])


def _ro(rng: random.Random, f: Faker) -> str:
    """Poșta Română: street, nr., bl., sc., et., ap., town, county (jud.), code."""
    kind = rng.choice(["Str.", "Strada", "Bulevardul", "Bd.", "Calea", "Aleea", "Șoseaua"])
    flat = rng.choice(
        [
            "",
            f" Bl. {_n(rng, 90)} Sc. {rng.choice('ABC')} Ap. {_n(rng, 200)}",
            f", bl. {_n(rng, 90)}, sc. {_n(rng, 9)}, et. {_n(rng, 10)}, ap. {_n(rng, 200)}",
        ]
    )
    street = f"{kind} {f.last_name()} {rng.choice(['Nr.', 'nr.'])} {_n(rng)}{flat}"
    county = f"jud. {_s(f, 'state')}"
    return _join(rng, [street, f"{_s(f, 'city')}, {county}", _s(f, "postcode")])


def _fi(rng: random.Random, f: Faker) -> str:
    """Posti: "Porinkatu 12 B 34" (staircase and flat), then "00100 Helsinki"."""
    flat = rng.choice(["", f" {rng.choice('ABCD')} {_n(rng, 60)}", f" as. {_n(rng, 60)}"])
    return _join(
        rng,
        [f"{_s(f, 'street_name')} {_n(rng, 200)}{flat}", f"{_s(f, 'postcode')} {_s(f, 'city')}"],
    )


def _nz(rng: random.Random, f: Faker) -> str:
    """NZ Post, rural delivery: "412 Kahikatea Road, RD 2, Tirau 3485"."""
    street = f"{_s(f, 'building_number')} {_s(f, 'street_name')}"
    if rng.random() < 0.5:
        return _join(rng, [street, f"RD {_n(rng, 9)}", f"{_s(f, 'city')} {_s(f, 'postcode')}"])
    return _join(rng, [street, f"{_s(f, 'city')} {_s(f, 'postcode')}"])


def _qc(rng: random.Random, f: Faker) -> str:
    """Canada Post, Quebec: "1234, rang Saint-Joseph, app. 5", "Town (Québec)  G1A 1A1"."""
    kind = rng.choice(["rue", "rang", "chemin", "montée", "boulevard", "avenue", "route"])
    street = f"{_s(f, 'building_number')}{rng.choice(['', ','])} {kind} {f.last_name()}"
    unit = rng.choice(["", f", app. {_n(rng, 90)}", f", bureau {_n(rng, 900)}"])
    town = f"{_s(f, 'city')} ({rng.choice(['Québec', 'QC'])})  {_s(f, 'postcode')}"
    return _join(rng, [street + unit, town])


def _id(rng: random.Random, f: Faker) -> str:
    """Pos Indonesia: "Jl. ... No. 12, RT 003/RW 005", kelurahan, kecamatan, city, code."""
    street = f"{rng.choice(['Jl.', 'Jalan', 'Gg.'])} {_s(f, 'street')} No. {_n(rng)}"
    rt = rng.choice(["", f"RT {_n(rng, 20):03d}/RW {_n(rng, 20):03d}"])
    kel = rng.choice(["", f"Kel. {f.last_name()}, Kec. {f.last_name()}"])
    return _join(rng, [street, rt, kel, f"{_s(f, 'city')}, {_s(f, 'state')} {_s(f, 'postcode')}"])


def _ie(rng: random.Random, f: Faker) -> str:
    """An Post: street, town, "Co. County", Eircode."""
    street = f"{_s(f, 'building_number')} {_s(f, 'street_name')}"
    county = f"Co. {_s(f, 'county')}" if rng.random() < 0.7 else _s(f, "county")
    return _join(rng, [street, _s(f, "city"), county, _s(f, "postcode")])


def _generic(rng: random.Random, f: Faker) -> str:
    lines = [x.strip() for x in str(f.address()).splitlines() if x.strip()]
    return _join(rng, lines)


_FORMS: dict[str, Callable[[random.Random, Faker], str]] = {
    "US": _us,
    "GB": _gb,
    "CA": _ca,
    "AU": _au,
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
    "CL": _cl,
    "CO": _co,
    "AR": _ar,
    "AZ": _az,
    "PH": _ph,
    "RO": _ro,
    "FI": _fi,
    "NZ": _nz,
    "ID": _id,
    "IE": _ie,
}


def an_address(rng: random.Random, f: Faker, locale: str) -> str:
    """One street address in a form the locale's country writes."""
    form = _qc if locale == "fr_CA" else _FORMS.get(locale.split("_")[1], _generic)
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


def render_address_doc(seed: int) -> LabelledDoc:
    """A short document holding an address, a town after a cue word, a postcode or
    coordinates, and phrases that must survive."""
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    locale = _LOCALES[seed % len(_LOCALES)]
    lang = locale.split("_")[0]
    f = Faker(locale)
    f.seed_instance(seed)
    cues = _TOWN_CUES.get(lang, _TOWN_CUES["en"])
    doc = DocBuilder()
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
    return doc.labelled(
        f"addr-{layout}", seed, split="dev-stress", doc_type="stress", locale=locale
    )


def address_corpus(n: int = 200, first_seed: int = 1) -> list[LabelledDoc]:
    return [render_address_doc(s) for s in range(first_seed, first_seed + n)]
