"""A DEV-side stress set for Safe Harbor's (L) vehicle identifiers and plates, (M) device
identifiers and serial numbers and (H)/(I)/(R) record, health-plan and other unique numbers,
written the many ways people write them; and, beside each, the codes and numbers that must
survive (model numbers, product names, ICD-10 and LOINC codes, lab values, TNM stages,
times, versions, rooms, wards, beds, years).

Variety comes from the classes, not from the redactor: licence plates in the formats the
countries issue (written here from their registration rules, and Faker's `license_plate`
per locale beside them), VINs by ISO 3779 (check digit right or not, grouped, lower case),
IMEI/ICCID with their Luhn digit, GS1 and HIBCC UDIs, serials, asset tags, record numbers
with prefixes, spaces, dots and slashes, in the labels of many languages. It is tuned on
like the DEV split; it is not a held-out set.
"""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Callable
from datetime import date, timedelta

from faker import Faker
from stdnum import ean, luhn

from resources.synthetic.redaction_eval.kinds import DocBuilder, LabelledDoc
from resources.synthetic.redaction_eval.national_ids import digits

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# World manufacturer identifiers (ISO 3780) of makers in many countries.
_WMI = (
    "1HG", "1FT", "2T1", "3VW", "4T1", "5YJ", "JHM", "JTD", "KMH", "KNA", "SAL", "SAJ",
    "WVW", "WBA", "WDD", "WAU", "VF1", "VF3", "ZFA", "ZAR", "VSS", "TMB", "YV1", "YS3",
    "SJN", "LSV", "LFV", "9BW", "93H", "MA3", "MAT", "NMT", "U5Y", "XTA", "VNK", "TRU",
)  # fmt: skip


def _vin(rng: random.Random) -> str:
    """A VIN: WMI, five characters, check digit (right in most), year, plant, serial."""
    body = rng.choice(_WMI) + "".join(rng.choice(_VIN_CHARS) for _ in range(5))
    tail = rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789") + rng.choice(_VIN_CHARS)
    tail += "".join(rng.choice(string.digits) for _ in range(6))
    vin = body + "0" + tail
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    check = "X" if total == 10 else str(total)
    if rng.random() < 0.25:  # European makers need no check digit
        check = rng.choice(_VIN_CHARS)
    vin = vin[:8] + check + vin[9:]
    style = rng.random()
    if style < 0.15:
        return vin.lower()
    if style < 0.25:
        return f"{vin[:3]} {vin[3:9]} {vin[9:]}"
    if style < 0.35:
        return f"{vin[:3]}-{vin[3:9]}-{vin[9:]}"
    if style < 0.42:
        return " ".join(vin[i : i + 4] for i in range(0, 17, 4))
    return vin


# Plate formats of the countries' current and older series: # digit, ? letter (country's
# own set where it differs), literal otherwise.
_L = string.ascii_uppercase
_ES = "BCDFGHJKLMNPRSTVWXYZ"  # Spain: consonants only
_RU = "АВЕКМНОРСТУХ"  # Russia: the Cyrillic letters that have a Latin twin
PLATES: dict[str, tuple[str, ...]] = {
    "US": ("#???###", "???-####", "??? ####", "###-???", "#??-####", "??? ###", "###·???"),
    "GB": ("??## ???", "??##???", "?### ???"),
    "DE": ("?-?? ####", "? ?? ###", "??-?? ##", "???-? ###", "? ?? ####E", "??-? ####"),
    "FR": ("??-###-??", "?? ### ??", "#### ?? ##"),
    "IT": ("?? ### ??", "??###??"),
    "ES": ("#### {ES}{ES}{ES}", "####-{ES}{ES}{ES}", "?-####-??"),
    "NL": ("##-???-#", "?-###-??", "#-???-##", "??-###-?", "??-##-??", "##-??-??"),
    "PL": ("?? #####", "?? ####?", "??? ##??", "???-#####"),
    "BR": ("???#?##", "???-####", "??? #?##"),
    "TR": ("## ??? ###", "## ? ####", "## ?? ###"),
    "IN": ("?? ## ?? ####", "??-##-??-####", "??##??####", "?? # ?? ####"),
    "VN": ("##?-###.##", "##?-#####", "##?# ###.##", "##-?# ###.##"),
    "RU": ("{RU}###{RU}{RU} ##", "{RU} ### {RU}{RU} ###", "{RU}###{RU}{RU}###"),
    "SE": ("??? ###", "??? ##?"),
    "NO": ("?? #####",),
    "DK": ("?? ## ###",),
    "FI": ("???-###", "??-###"),
    "CZ": ("#?# ####", "#?? ####"),
    "HU": ("???-###", "?? ??-###"),
    "RO": ("? ### ???", "?? ## ???", "??-##-???"),
    "PT": ("??-##-??", "##-??-##", "##-##-??"),
    "BE": ("#-???-###", "???-###"),
    "CH": ("?? ######", "??-#####", "?? ### ###"),
    "AT": ("?-#####?", "? ### ??", "?? #### ?"),
    "AU": ("???-###", "#??-#??", "??-##-??", "#??? ###"),
    "CA": ("???? ###", "??? ###", "### ???"),
    "MX": ("???-###-?", "???-##-##"),
    "ZA": ("?? ###-###", "?? ## ?? GP", "??? ### ??"),
    "IE": ("##-D-#####", "###-D-####", "##-KY-###", "##-C-####"),
    "UA": ("??####??",),
    "AR": ("?? ### ??", "??? ###"),
    "KR": ("##가####", "###나####"),
}  # fmt: skip
# Plates with their own script.
_CN_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_JP_PLACES = ("品川", "練馬", "横浜", "大阪", "名古屋", "札幌", "神戸", "福岡", "多摩", "湘南")
_JP_KANA = "あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆらりるれろわ"
# Faker locales whose `license_plate` follows a country's format.
_FAKER_PLATES = (
    "en_GB", "de_DE", "de_AT", "de_CH", "fr_FR", "it_IT", "es_ES", "nl_NL", "nl_BE", "pl_PL",
    "pt_BR", "pt_PT", "tr_TR", "vi_VN", "ru_RU", "sv_SE", "no_NO", "da_DK", "fi_FI", "hu_HU",
    "ro_RO", "en_CA", "es_MX", "uk_UA", "el_GR", "sk_SK", "et_EE", "lt_LT", "id_ID", "az_AZ",
    "es_AR", "es_CO", "en_NZ", "en_PH", "he_IL", "en_US",
)  # fmt: skip


def _fill(rng: random.Random, shape: str) -> str:
    shape = shape.replace("{ES}", "\x01").replace("{RU}", "\x02")
    out = []
    for c in shape:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "?":
            out.append(rng.choice(_L))
        elif c == "\x01":
            out.append(rng.choice(_ES))
        elif c == "\x02":
            out.append(rng.choice(_RU))
        else:
            out.append(c)
    return "".join(out)


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def _plate(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.05:
        digits = "".join(rng.choice(string.digits) for _ in range(5))
        return f"{rng.choice(_CN_PROVINCES)}{rng.choice(_L)}{rng.choice('·- ')}{digits}"
    if r < 0.09:
        kana = rng.choice(_JP_KANA)
        place = rng.choice(_JP_PLACES)
        return f"{place} {rng.randint(300, 599)} {kana} {rng.randint(10, 99)}-{rng.randint(10, 99)}"
    if r < 0.3:
        fake = _faker(rng.choice(_FAKER_PLATES))
        fake.seed_instance(rng.randint(0, 10**9))
        return str(fake.license_plate())
    country = rng.choice(sorted(PLATES))
    return _fill(rng, rng.choice(PLATES[country]))


def _luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _imei(rng: random.Random) -> str:
    raw = _luhn(rng.choice(("35", "86", "01", "99", "49")) + digits(rng, 12))
    style = rng.randrange(4)
    if style == 0:
        return f"{raw[:2]}-{raw[2:8]}-{raw[8:14]}-{raw[14]}"
    if style == 1:
        return f"{raw[:2]} {raw[2:8]} {raw[8:14]} {raw[14]}"
    if style == 2:
        return f"{raw[:8]} {raw[8:]}"
    return raw


def _iccid(rng: random.Random) -> str:
    raw = _luhn("89" + rng.choice(("44", "49", "33", "01", "31")) + digits(rng, 14))
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw


def _meid(rng: random.Random) -> str:
    return rng.choice("AB") + "".join(rng.choice("0123456789ABCDEF") for _ in range(13))


def _udi(rng: random.Random) -> str:
    body = "0" + digits(rng, 12)
    gtin = body + ean.calc_check_digit(body)
    expiry = (date(2024, 1, 1) + timedelta(days=rng.randint(0, 1500))).strftime("%y%m%d")
    lot = _fill(rng, rng.choice(("?####", "##??##", "#######?")))
    serial = _fill(rng, rng.choice(("??#####", "########", "#####?###")))
    style = rng.randrange(5)
    if style == 0:
        return f"(01){gtin}(17){expiry}(10){lot}(21){serial}"
    if style == 1:
        return f"(01) {gtin} (21) {serial}"
    if style == 2:
        return f"01{gtin}17{expiry}21{serial}"
    if style == 3:  # HIBCC: labeler, product, unit of measure, check
        return f"+H{_fill(rng, '???')}{_fill(rng, '####??#')}1/$${digits(rng, 5)}{lot}"
    return f"(01){gtin}(11){expiry}(21){serial}"


_SERIAL_SHAPES = (
    "??######", "???######?", "#######", "??-####-###", "?#?#?#?#", "####-####-####",
    "??#####?", "#???####", "SN######", "####?####", "??? ### ###", "##/#####", "?-######",
    "######-##", "?#######?", "????-######", "##??###",
)  # fmt: skip
_ASSET_SHAPES = ("AT-######", "IT-#####", "ASSET-#####", "BME ######", "#####", "EQ-####-##")


def _device(rng: random.Random) -> tuple[str, str]:
    """(label, value) of a device identifier."""
    r = rng.random()
    if r < 0.18:
        return rng.choice(
            ("IMEI", "IMEI no.", "IMEI:", "IMEI 1", "IMEI-Nummer", "numéro IMEI")
        ), _imei(rng)
    if r < 0.24:
        return rng.choice(("ICCID", "SIM ICCID", "SIM no.", "SIM card number")), _iccid(rng)
    if r < 0.28:
        return rng.choice(("MEID", "MEID no.", "MEID/ESN")), _meid(rng)
    if r < 0.42:
        return rng.choice(DEVICE_UDI_LABELS), _udi(rng)
    if r < 0.5:
        return rng.choice(DEVICE_ASSET_LABELS), _fill(rng, rng.choice(_ASSET_SHAPES))
    if r < 0.57:
        return rng.choice(DEVICE_LOT_LABELS), _fill(
            rng, rng.choice(("?####", "####??", "#######", "??-####"))
        )
    return rng.choice(DEVICE_SERIAL_LABELS), _fill(rng, rng.choice(_SERIAL_SHAPES))


DEVICE_SERIAL_LABELS = (
    "S/N", "SN", "SN:", "S/N:", "Serial No.", "serial number", "Serial #", "serial", "Ser. No.",
    "Seriennummer", "Serien-Nr.", "SerienNr.", "n° de série", "numéro de série", "N° série",
    "número de serie", "nº de serie", "núm. serie", "numero di serie", "n. serie", "matricola",
    "numer seryjny", "nr seryjny", "nr ser.", "sériové číslo", "serienummer", "serienr.",
    "sarjanumero", "seri no", "seri numarası", "số seri", "Pacemaker serial",
    "pacemaker S/N", "ICD serial number", "Pump S/N", "insulin pump serial", "pump serial no.",
    "Implant serial", "hearing aid serial", "hearing aid S/N (left)", "CGM sensor serial",
    "Transmitter SN", "cochlear implant S/N", "Device serial", "device S/N",
    "Device ID", "device no.", "Gerätenummer", "Geräte-ID", "numéro d'appareil",
    "ventilator serial", "Serial/Lot",
)  # fmt: skip
DEVICE_UDI_LABELS = (
    "UDI",
    "UDI:",
    "UDI-DI/PI",
    "UDI (GS1)",
    "Unique Device Identifier",
    "UDI barcode",
    "implant UDI",
)
DEVICE_ASSET_LABELS = (
    "Asset tag",
    "asset #",
    "Asset No.",
    "Inventory No.",
    "Inventarnummer",
    "n° d'inventaire",
    "BME no.",
    "Equipment ID",
)
DEVICE_LOT_LABELS = (
    "Lot",
    "LOT",
    "Lot No.",
    "lot #",
    "Batch No.",
    "Ch.-B.",
    "Charge",
    "lote",
    "lotto n.",
    "nr partii",
)

PLATE_LABELS = (
    "plate", "Plate:", "plate no.", "plate number", "licence plate", "license plate",
    "License plate #", "number plate", "reg.", "Reg:", "reg no", "Reg. No.", "registration",
    "registration mark", "vehicle registration", "car reg", "reg plate", "tag", "tag #",
    "tags", "Kennzeichen", "amtl. Kennzeichen", "Kfz-Kennzeichen", "KFZ-Kennz.",
    "immatriculation", "plaque", "plaque d'immatriculation", "n° d'immatriculation",
    "matrícula", "matrícula nº", "placa", "placa nº", "placas", "targa", "targa n.",
    "kenteken", "kentekennummer", "tablica rejestracyjna", "nr rej.", "numer rejestracyjny",
    "plaka", "plaka no", "biển số", "biển số xe", "biển kiểm soát", "SPZ", "EČV", "rendszám",
    "rendszáma", "rekisterinumero", "rek.nro", "registreringsnummer", "reg.nr.", "regnr",
    "nummerplade", "kjennemerke", "număr de înmatriculare", "nr. înmatriculare",
    "госномер", "гос. номер", "номер автомобиля", "车牌号", "车牌", "ナンバー",
    "registarska oznaka", "matrícula do veículo", "placa do carro", "patente",
)  # fmt: skip
VIN_LABELS = (
    "VIN", "VIN:", "VIN #", "VIN no.", "VIN number", "vin", "Vehicle Identification Number",
    "chassis no.", "Chassis number", "chassis", "Fahrgestellnummer", "FIN", "Fahrzeug-Ident.-Nr.",
    "numéro de série/VIN", "numéro VIN", "n° de châssis", "número de bastidor",
    "nº de chasis", "número de chasis", "número do chassi", "telaio", "numero di telaio",
    "n. telaio", "numer VIN", "numer nadwozia", "nr nadwozia", "şasi no", "şase no",
    "số khung", "số VIN", "chassisnummer", "VIN-kód", "alustanumero", "chassinummer",
    "номер кузова", "VIN-код", "车架号",
)  # fmt: skip
RECORD_LABELS = (
    "MRN", "MRN:", "MR#", "Med. Rec. No.", "medical record no.", "UR", "UR No.", "URN",
    "UR number", "Hospital no.", "Hosp. No", "hospital number", "NHI", "NHI No.",
    "Unit No.", "Patient ID", "pt. ID", "Patient No", "Fallnummer", "Fall-Nr.",
    "Patienten-ID", "Aufnahmenummer", "numéro de dossier", "n° de dossier", "N° dossier",
    "IPP", "NDA", "número de historia clínica", "nº historia", "NHC", "Nº HC",
    "cartella clinica", "n. cartella", "numero nosologico", "numer historii choroby",
    "nr hist. chor.", "nr księgi głównej", "dosya no", "protokol no", "hasta no",
    "Case No.", "case number", "Claim No.", "claim #", "Claim ID", "Policy No.", "policy #",
    "Policy number", "Member ID", "Member #", "member no.", "Group No.", "group #",
    "Group number", "Beneficiary ID", "beneficiary no.", "MBI", "Subscriber ID",
    "Encounter #", "Encounter ID", "encounter no.", "Visit ID", "Visit #", "visit no.",
    "Accession #", "Accession No.", "acc. no.", "Specimen ID", "Specimen #", "specimen no.",
    "Sample ID", "Lab No.", "Episode No.", "Admission #", "Referral no.", "Rx #",
    "Prescription No.", "Order #", "Requisition #", "Study ID", "Account #",
    "Versichertennummer", "Mitgliedsnummer", "n° d'adhérent", "número de afiliación",
    "número de afiliado", "nº de póliza", "numero polizza", "numer polisy", "poliçe no",
    "số hồ sơ", "mã bệnh nhân", "số BHYT",
)  # fmt: skip
_RECORD_SHAPES = (
    "###-###-##", "## ### ###", "########", "??-#####", "???-####-#####", "?#######",
    "####.###.###", "##/#####", "####/######", "?-###-###", "###.###.###", "# ### ### ###",
    "??######", "???#####", "??#-###-###", "####-??-####", "#######-#", "??/##/######",
    "??? ####", "#### ####", "!!######", "?##-####", "##-####-##", "######/##",
)  # fmt: skip
_RECORD_PREFIXES = (
    "PX-",
    "PT-",
    "ACC-",
    "ENC-",
    "CLM-",
    "POL-",
    "MBR-",
    "SPC-",
    "H",
    "E",
    "S",
    "RX",
)


def _record(rng: random.Random) -> tuple[str, str]:
    label = rng.choice(RECORD_LABELS)
    r = rng.random()
    if r < 0.25:
        prefix = rng.choice(_RECORD_PREFIXES)
        year = str(rng.randint(2015, 2026)) + "-" if rng.random() < 0.5 else ""
        return label, f"{prefix}{year}{digits(rng, rng.randint(4, 7))}"
    if r < 0.3:  # NZ NHI: three letters (no I, O), four digits; or the 2025 form
        return label if "NHI" in label else "NHI", _fill(
            rng, "???####"
        ) if rng.random() < 0.5 else _fill(rng, "???##??")
    shape = rng.choice(_RECORD_SHAPES).replace("!", "\x03")
    value = _fill(rng, shape)
    return label, "".join(rng.choice(string.ascii_lowercase) if c == "\x03" else c for c in value)


MAKES = (
    "Toyota Corolla", "Ford Focus", "VW Golf", "Volkswagen Passat", "BMW 320d", "Audi A4",
    "Renault Clio", "Peugeot 208", "Fiat Panda", "Seat Ibiza", "Skoda Octavia", "Opel Astra",
    "Honda Civic", "Nissan Qashqai", "Hyundai i30", "Kia Ceed", "Tesla Model 3", "Volvo XC60",
    "Mercedes C-Class", "Dacia Sandero", "Chevrolet Silverado", "Ram 1500", "Ford F-150",
    "Honda CBR600", "Yamaha scooter", "Vespa", "Mazda CX-5", "Suzuki Swift", "Lada Vesta",
    "Tata Nexon", "Maruti Swift", "Hyundai Creta", "Toyota Hilux", "Fiat Strada", "VW Gol",
)  # fmt: skip
VEHICLE_NOUNS = (
    "car", "vehicle", "van", "truck", "lorry", "motorbike", "motorcycle", "taxi", "ambulance",
    "Auto", "Wagen", "Fahrzeug", "voiture", "véhicule", "coche", "vehículo", "carro",
    "macchina", "auto", "samochód", "pojazd", "araç", "xe", "bil", "auto", "autó",
)  # fmt: skip

# Codes and numbers that must survive beside them.
NEGATIVES = (
    "model W1DR01", "Model 3", "iPhone 15", "iPhone 15 Pro", "Galaxy S23", "Apple Watch Series 9",
    "Azure XT DR MRI", "Dexcom G7", "Omnipod 5", "MiniMed 780G", "FreeStyle Libre 2",
    "ICD-10 I21.4", "E11.9", "I10", "Z95.0", "N18.3", "LOINC 2345-7", "CPT 99213",
    "HbA1c 48 mmol/mol", "eGFR 67", "Hb 132 g/L", "CRP 12 mg/L", "K+ 4.1", "INR 2.5",
    "pT2 N0 M0", "T3 N1 M0", "at 14:30", "at 09:15", "firmware 4.2.1", "v3.2", "version 12.1",
    "Room 204", "ward 7", "Ward 4B", "bed 12", "bay 3", "in 2019", "since 2015",
    "metformin 500 mg", "insulin 10 units", "ramipril 5 mg", "20 mph", "120 km/h",
    "Euro 6", "1.6 TDI", "2.0 litre", "MOT due", "200 mL", "size 42", "page 2 of 3",
    "NYHA class II", "EF 35%", "battery 2.9 V", "pacing 60 bpm", "GCS 15/15", "BP 130/80",
)  # fmt: skip

FRAMES = (
    "Road traffic collision. Patient was the driver of a {MAKE}, {PLATE_ID}. {NEG}.",
    "Incident report\n{PLATE_ID}\n{VIN_ID}\nNotes: {NEG}; {NEG}.",
    "Vehicle details: {MAKE}; {VIN_ID}; {PLATE_ID}.",
    "| vehicle | {MAKE} |\n|---|---|\n| {PLATE_LABEL} | {PLATE} |\n| {VIN_LABEL} | {VIN} |\n"
    "| notes | {NEG} |",
    "agent: what is the car's {PLATE_LABEL}?\ncustomer: {PLATE}\n"
    "agent: and the {VIN_LABEL}?\ncustomer: {VIN}",
    "Fraud case: claimant's {MAKE} ({PLATE}) was reported stolen. {NEG}.",
    "His {MAKE}, plate {PLATE}, was parked outside. {NEG}.",
    "Parking permit issued for {NOUN} {PLATE}. {NEG}.",
    "The {NOUN} ({MAKE}) with {PLATE_ID} was towed; {VIN} stamped on the frame.",
    "Device record: {DEV_ID}. {NEG}; {NEG}.",
    "Implant card\n{DEV_ID}\n{DEV_ID}\n{NEG}",
    "Pacemaker check: {NEG}, {DEV_ID}. {NEG}. {NEG}.",
    "| device | identifier |\n|---|---|\n| {NEG} | {DEV_VALUE_CELL} |\n"
    "| {NEG} | {DEV_VALUE_CELL} |",
    "Lost phone reported: {NEG}, {DEV_ID}.",
    "Discharge summary\n{REC_ID}\n{REC_ID}\nDiagnosis {NEG}. Seen in {NEG}.",
    "Please quote {REC_ID} on all correspondence. {NEG}.",
    "| {REC_LABEL} | {REC_VALUE} |\n| {REC_LABEL} | {REC_VALUE} |\n| result | {NEG} |",
    "Insurance claim: {REC_ID}, {REC_ID}. {NEG}.",
    "{REC_LABEL}\n{REC_VALUE}\n{NEG}",
    "Lab report ({REC_ID}): {NEG}, {NEG}.",
    "Inspection: the {NOUN} {VIN} was checked; {NEG}.",
    "VIN {VIN} / {PLATE}. {NEG}.",
    "Witness statement: the plates were {PLATE} and {PLATE}. {NEG}.",
    "Registration\n{PLATE}\n\nMake/model\n{MAKE}",
    "chat: pls send ur {PLATE_LABEL} for the parking pass\nvisitor: {PLATE_LOWER} thx",
    "Vehicle (reg. no. {PLATE}) owned by the claimant; {VIN_LABEL} ending {VIN_TAIL}.",
    "Device: {NEG}; s/n {SERIAL_LOWER}; {NEG}.",
    "{REC_LABEL}: {REC_VALUE} / {REC_LABEL}: {REC_VALUE}",
)
SEPARATORS = (": ", " ", " - ", ":\n", " : ", ":", " #", "\t", " is ", " = ", ": #")


def _case(rng: random.Random, label: str) -> str:
    r = rng.random()
    if r < 0.1:
        return label.upper()
    if r < 0.2:
        return label.lower()
    return label


def render(seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    frame = FRAMES[seed % len(FRAMES)]
    doc = DocBuilder()
    n = 0
    pending: dict[str, tuple[str, str]] = {}

    def entity(value: str, kind: str) -> None:
        nonlocal n
        n += 1
        doc.entity(value, kind, f"id{n}")

    def labelled(label: str, value: str, kind: str) -> None:
        doc.text(_case(rng, label) + rng.choice(SEPARATORS))
        entity(value, kind)

    draws: dict[str, Callable[[], tuple[str, str]]] = {
        "PLATE": lambda: (rng.choice(PLATE_LABELS), _plate(rng)),
        "VIN": lambda: (rng.choice(VIN_LABELS), _vin(rng)),
        "DEV": lambda: _device(rng),
        "REC": lambda: _record(rng),
    }
    kinds = {"PLATE": "VEHICLE", "VIN": "VEHICLE", "DEV": "DEVICE_ID", "REC": "RECORD_NUMBER"}
    for piece in frame.replace("{", "\x00{").replace("}", "}\x00").split("\x00"):
        if not piece.startswith("{"):
            doc.text(piece)
            continue
        slot = piece[1:-1]
        if slot == "NEG":
            doc.kept(rng.choice(NEGATIVES))
        elif slot == "MAKE":
            doc.text(rng.choice(MAKES))
        elif slot == "NOUN":
            doc.text(rng.choice(VEHICLE_NOUNS))
        elif slot in ("PLATE", "VIN"):
            entity(draws[slot]()[1], kinds[slot])
        elif slot.endswith("_ID"):
            group = slot[:-3]
            labelled(*draws[group](), kinds[group])
        elif slot.endswith("_LABEL"):
            group = slot[:-6]
            pending[group] = draws[group]()
            doc.text(_case(rng, pending[group][0]))
        elif slot == "PLATE_LOWER":
            entity(_plate(rng).lower(), "VEHICLE")
        elif slot == "VIN_TAIL":
            entity(_vin(rng).replace(" ", "").replace("-", "")[-6:], "VEHICLE")
        elif slot == "SERIAL_LOWER":
            entity(_fill(rng, rng.choice(_SERIAL_SHAPES)).lower(), "DEVICE_ID")
        elif slot == "DEV_VALUE_CELL":
            label, value = _device(rng)
            doc.text(label + " ")
            entity(value, "DEVICE_ID")
        else:  # a *_VALUE after its label
            group = slot[:-6]
            entity(pending[group][1], kinds[group])
    return doc.labelled(
        f"veh-{seed % len(FRAMES)}", seed, split="dev-vehicles", doc_type="vehicles", locale="mixed"
    )


def vehicles_corpus(n: int = 400, first_seed: int = 1) -> list[LabelledDoc]:
    """`n` vehicle, device and record-number stress documents (seed i: frame i mod the
    frames)."""
    return [render(s) for s in range(first_seed, first_seed + n)]
