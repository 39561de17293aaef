"""A DEV-side stress set for identifiers next to an identifier word: record, case, claim,
policy and member numbers, licences and clinicians' registrations, passports and national
identity, health and tax numbers, accounts, staff and customer numbers, device serials and
plates, written the way forms, notes, letters, tables and chats write them, in many
languages; and the numbers that must survive beside them (doses, lab values, times, ward
and bed numbers, years, pages, versions, ICD-10 codes, ASA grades, TNM staging).

Variety comes from the classes, not from the redactor: the identifier words and their
abbreviations below were written from the forms people use ("No.", "Nr.", "n°", "#",
"Aktenzeichen", "sygn.", "póliza", "číslo"...), the separators and token shapes from how
numbers are grouped, and national ids from the evaluation's own generators
(`national_ids.py`, valid check digits via python-stdnum) with their local labels. It is
tuned on like the DEV split; it is not a held-out set.
"""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Callable

from faker import Faker
from stdnum import luhn
from stdnum.br import cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.nl import bsn
from stdnum.pl import nip, regon
from stdnum.us import ssn as us_ssn

from resources.synthetic.redaction_eval.kinds import DocBuilder, LabelledDoc
from resources.synthetic.redaction_eval.national_ids import (
    NATIONAL_IDS,
    NationalId,
    complete,
    digits,
    draw_national_id,
    ok,
)

# Identifier words by kind, as a label in a form or a note would write them.
LABELS: dict[str, tuple[str, ...]] = {
    "RECORD_NUMBER": (
        "MRN", "Medical record number", "Hospital No.", "Hosp. no", "Patient ID", "patient no.",
        "Pt ID", "Unit number", "Case No.", "case #", "Case number", "Claim No.", "claim #",
        "Claim number", "claim ref", "Policy No.", "Policy number", "policy #", "Member ID",
        "member no.", "Membership number", "Membership No", "Subscriber ID", "Group number",
        "Ticket #", "ticket no", "Ref.", "Ref:", "Reference", "Our ref", "Your reference",
        "Num.", "Number", "No.", "Nr.", "Id-Nr.", "ID-Nr.", "Fallnummer", "Fall-Nr.",
        "Aktenzeichen", "Az.", "Versichertennummer", "Versicherten-Nr.", "Patientennummer",
        "Krankenkassennummer", "numéro de dossier", "N° de dossier", "dossier n°", "dossier",
        "numéro d'adhérent", "n° de sinistre", "numéro de contrat", "IPP", "número de expediente",
        "expediente", "Nº de historia clínica", "NHC", "número de póliza", "póliza nº",
        "pratica n.", "numero pratica", "n. cartella clinica", "polizza n.", "numero polizza",
        "sygn. akt", "sygn.", "nr sprawy", "numer polisy", "nr karty", "číslo pojištěnce",
        "číslo smlouvy", "ügyszám", "TAJ szám", "biztosítási szám", "dossiernummer",
        "polisnummer", "zaaknummer", "número do prontuário", "nº da apólice", "protocolo nº",
        "dosya no", "poliçe no", "hasta no", "saksnummer", "ärendenummer", "journalnummer",
        "asianumero", "vakuutusnumero", "Accession #", "Specimen ID", "Encounter #",
        "Visit ID", "Episode no.", "Admission No", "Order #", "Invoice No.", "Booking ref",
        "Lab No.", "Referral ID",
    ),
    "LICENCE": (
        "Licence No.", "licence number", "License #", "license no", "Lic. No.", "DL #",
        "Driver's License", "Führerschein-Nr.", "Führerscheinnummer", "permis n°",
        "numéro de permis", "carnet de conducir nº", "licencia nº", "patente n.",
        "prawo jazdy nr", "rijbewijsnummer", "CNH nº", "ehliyet no", "körkortsnummer",
        "GMC", "GMC No.", "GMC number", "NMC PIN", "NMC", "HCPC reg.", "HCPC", "NPI",
        "NPI #", "DEA", "DEA No.", "BIG-nummer", "BIG", "RPPS", "N° RPPS", "ADELI", "LANR",
        "Arztnummer", "Colegiado nº", "nº colegiado", "número de colegiado", "CRM nº",
        "Reg. No.", "reg.", "Registration No.", "registration number", "Reg no", "AHPRA",
        "Certificate No.", "cert #", "Permit No.", "numero iscrizione albo", "PWZ",
        "nr prawa wykonywania zawodu",
    ),
    "NATIONAL_ID": (
        "Passport No.", "passport number", "Passport #", "passport", "Pass-Nr.", "Reisepass",
        "Reisepassnummer", "passeport n°", "numéro de passeport", "pasaporte nº",
        "número de pasaporte", "passaporto n.", "paszport nr", "numer paszportu",
        "paspoort", "passaporte nº", "pasaport no", "ID card No.", "Ausweisnummer",
        "Personalausweis-Nr.", "CNI n°", "carte d'identité n°", "DNI nº", "carta d'identità n.",
        "dowód osobisty nr", "číslo OP", "National ID", "national id no.", "Visa No.",
    ),
    "ACCOUNT": (
        "Account No.", "account number", "Acct #", "acct no", "A/C", "Konto", "Kontonummer",
        "Konto-Nr.", "compte n°", "numéro de compte", "cuenta nº", "número de cuenta",
        "conto n.", "numero di conto", "numer konta", "nr rachunku", "číslo účtu",
        "számlaszám", "rekeningnummer", "conta nº", "hesap no", "kontonummer", "tilinumero",
        "Customer No.", "customer number", "Customer ID", "Client ID", "client no.",
        "Kundennummer", "Kunden-Nr.", "numéro client", "n° client", "número de cliente",
        "codice cliente", "numer klienta", "klantnummer", "Employee ID", "employee no.",
        "Staff No.", "staff number", "Personnel number", "Personalnummer", "Personal-Nr.",
        "matricule", "numéro d'employé", "número de empleado", "matricola", "numer pracownika",
        "Payroll No.", "Badge #", "badge number", "Student ID", "student no.",
        "Matrikelnummer", "numéro étudiant", "Loan No.", "Card ID", "Wallet ID",
    ),
    "DEVICE_ID": (
        "Serial No.", "serial number", "S/N", "SN", "Serial #", "IMEI", "IMEI no.", "UDI",
        "Device ID", "device no.", "Lot", "Lot No.", "LOT", "Batch No.", "batch", "Seriennummer",
        "Serien-Nr.", "numéro de série", "n° de série", "número de serie", "nº de serie",
        "numero di serie", "matricola n.", "numer seryjny", "nr seryjny", "sériové číslo",
        "serienummer", "sarjanumero", "seri no", "Asset tag", "Model/serial", "Implant ID",
        "Pacemaker serial", "Pump S/N",
    ),
    "VEHICLE": (
        "VIN", "Chassis No.", "Fahrgestellnummer", "numéro de châssis", "número de bastidor",
        "telaio n.", "numer VIN", "Plate", "Reg. plate", "Kennzeichen", "immatriculation",
        "matrícula", "targa", "nr rej.", "kenteken", "placa", "plaka",
    ),
}  # fmt: skip

# Between the word and the value.
SEPARATORS = (": ", " ", " - ", "=", ":\n", " : ", ":", ": #", " #", "\t", " (", " is ", " – ")
# Local labels for the national ids of `national_ids.py` beside the ones it carries.
MORE_LABELS: dict[str, tuple[str, ...]] = {
    "US": ("SSN#", "Soc. Sec. No.", "SS#"),
    "GB": ("NHS no.", "NHS #", "N.H.S. number"),
    "DE": ("Steuer-IdNr.", "Steueridentifikationsnummer", "IdNr", "Steuer-Nr."),
    "FR": ("numéro de sécurité sociale", "n° sécu", "N° SS", "NIR :"),
    "ES": ("NIF", "DNI/NIF", "documento nº"),
    "IT": ("C.F.", "cod. fiscale", "codice fiscale:"),
    "PL": ("numer PESEL", "PESEL nr"),
    "NL": ("BSN-nummer", "burgerservicenummer:"),
    "BR": ("CPF nº", "C.P.F."),
    "TR": ("TC Kimlik No", "T.C. No", "kimlik no"),
    "CA": ("SIN #", "NAS", "numéro d'assurance sociale"),
    "AU": ("TFN:", "tax file no."),
    "IE": ("PPSN", "PPS No."),
    "AT": ("SV-Nummer", "Versicherungsnummer"),
    "CH": ("AHV-Nummer", "AHV", "N° AVS", "numéro AVS"),
    "SE": ("personnr", "pnr"),
    "FI": ("hetu", "henkilötunnus:"),
    "NO": ("fnr", "fødselsnr."),
    "DK": ("CPR nr.", "cpr-nummer"),
    "RO": ("cod numeric personal", "C.N.P."),
    "MX": ("CURP:",),
    "CL": ("RUT:", "R.U.T."),
    "BG": ("ЕГН", "EGN:"),
    "IN": ("Aadhaar number", "UID"),
    "MY": ("MyKad no.", "IC No.", "NRIC No."),
    "NZ": ("IRD #",),
}
# Formats the countries' own documents print (groups and separators).
FORMATS: dict[str, Callable[[str], str]] = {
    "BR": cpf.format,
    "CH": ch_ssn.format,
    "GB": nhs.format,
    "FR": nir.format,
    "NL": bsn.format,
    "US": us_ssn.format,
}


def _luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _npi(rng: random.Random) -> str:
    body = str(rng.randint(1, 2)) + digits(rng, 8)
    check = luhn.calc_check_digit("80840" + body)
    return body + check


def _chi(rng: random.Random) -> str:
    """Scotland's CHI: ddmmyy + four digits, the last a mod-11 check like the NHS number."""
    while True:
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(0, 99):02d}"
        body += digits(rng, 3)
        total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def _jmbg(rng: random.Random) -> str:
    """Former Yugoslavia's JMBG: ddmmyyy rr bbb k (mod 11)."""
    while True:
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(930, 999):03d}"
        body += f"{rng.choice([71, 10, 30, 50, 80]):02d}{digits(rng, 3)}"
        d = [int(c) for c in body]
        m = 11 - sum((7 - i % 6) * (d[i] + d[i + 6]) for i in range(6)) % 11
        if m <= 9:
            return body + str(m)
        if m == 11:
            return body + "0"


def _medicare_au(rng: random.Random) -> str:
    body = str(rng.randint(2, 6)) + digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{check}{rng.randint(1, 9)}"


def _nric_sg(rng: random.Random) -> str:
    prefix = rng.choice("ST")
    body = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if prefix == "T" else 0
    return f"{prefix}{body}{'JZIHGFEDCBA'[total % 11]}"


def _hkid(rng: random.Random) -> str:
    letter = rng.choice(string.ascii_uppercase)
    body = digits(rng, 6)
    total = 36 * 9 + (ord(letter) - 55) * 8
    total += sum(int(c) * w for c, w in zip(body, range(7, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{body}({'A' if check == 10 else check})"


def _cns(rng: random.Random) -> str:
    """Brazil's Cartão Nacional de Saúde: 15 digits whose weighted sum is 0 mod 11."""
    while True:
        body = rng.choice("789") + digits(rng, 14)
        if sum(int(c) * (15 - i) for i, c in enumerate(body)) % 11 == 0:
            return f"{body[:3]} {body[3:7]} {body[7:11]} {body[11:]}"


def _pl(module: object, n: int) -> Callable[[random.Random], str]:
    return lambda rng: complete(digits(rng, n - 1), string.digits, ok(module))


# National numbers the evaluation's generator module does not carry: (labels, draw).
EXTRA_IDS: tuple[tuple[tuple[str, ...], Callable[[random.Random], str]], ...] = (
    (("NIP", "nr NIP", "numer NIP"), _pl(nip, 10)),
    (("REGON", "nr REGON"), _pl(regon, 9)),
    (("NPI", "NPI number", "National Provider Identifier"), _npi),
    (("CHI", "CHI number", "CHI no."), _chi),
    (("JMBG", "matični broj"), _jmbg),
    (("Medicare number", "Medicare card no.", "Medicare No"), _medicare_au),
    (("NRIC", "NRIC No.", "FIN"), _nric_sg),
    (("HKID", "HKID No.", "HK identity card"), _hkid),
    (("CNS", "Cartão SUS", "cartão nacional de saúde"), _cns),
    (("IMEI", "IMEI no."), lambda rng: _luhn_complete(digits(rng, 14))),
)

# Token shapes of the identifiers people invent: # digit, ? capital, ! lower-case letter.
SHAPES = (
    "########", "###-###-##", "### ### ###", "##.###.###", "####/####", "##/####/##",
    "??-#####", "?#######", "??######", "#######?", "?-####-#####", "???-####-###",
    "????#######", "##-??-####", "#####-##", "# #### ####", "## ### ### ###", "??/####/#####",
    "!!#####", "!#######", "####-####-####", "?##-###-###", "#########?", "??? ######",
    "##-#######", "?.###.###", "####.##.##.###", "#####/##", "??#-####", "????-##-######",
)  # fmt: skip

# Numbers that must survive, some right after a word that also names identifiers.
NEGATIVES = (
    "metformin 500 mg twice daily", "paracetamol 1 g four times daily", "HbA1c 48",
    "HbA1c 48 mmol/mol", "Hb 132 g/L", "eGFR 67", "CRP 12 mg/L", "INR 2.5", "BP 130/80",
    "SpO2 98%", "GCS 15/15", "temperature 38.2", "weight 72 kg", "BMI 27.4",
    "at 14:30", "at 09:15", "ward 7", "bed 12", "Room 204", "Ward 4B, bed 3", "in 2019",
    "since 2015", "page 2 of 3", "version 2.4.1", "v3.2", "E11.9", "I10", "J45.909",
    "ASA II", "ASA 3", "T2 N0 M0", "pT3 N1 M0", "ID badge was lost", "NEWS2 score 3",
    "Gleason 3+4=7", "PSA 4.2 ng/mL", "for 7 days", "every 4 hours", "insulin 10 units",
    "policy covers 80%", "member since 2012", "case discussed at the 09:00 meeting",
    "claim of 250 EUR", "account for the new symptoms", "number of falls: 2",
    "lot of pain", "serial measurements of troponin", "No. of tablets: 28",
    "reference range 3.5-5.0", "licence renewal due", "registration pending",
)  # fmt: skip

# Document frames: {ID} an identifier with its word, {NEG} a number that must survive.
FRAMES = (
    "{ID}\n{ID}\nNotes: {NEG}.",
    "Clinical note. {ID}. Seen today; {NEG}. Plan: {NEG}.",
    "Please quote {ID} in all correspondence. {NEG}.",
    "| field | value |\n|---|---|\n| {LABEL} | {VALUE} |\n| notes | {NEG} |",
    "Claim filed ({ID}); {NEG}.",
    "{ID}, {ID}. {NEG}",
    "agent: can you confirm the {LABEL}?\ncustomer: {VALUE}\nagent: thanks. {NEG}",
    "Discharge summary\n{ID}\n{NEG}; {NEG}.",
    "Fraud case opened. {ID} flagged together with {ID}. {NEG}.",
    "HR record. {ID}; {NEG}.",
    "Device log: {ID} implanted; {NEG}.",
    "{LABEL}\n{VALUE}\n\n{NEG}",
)


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def _case(rng: random.Random, label: str) -> str:
    r = rng.random()
    if r < 0.12:
        return label.upper()
    if r < 0.24:
        return label.lower()
    return label


def _national(rng: random.Random) -> tuple[str, str]:
    """(label, value): a national id of one of the countries, with a local label."""
    if rng.random() < 0.25:
        labels, draw = rng.choice(EXTRA_IDS)
        return rng.choice(labels), draw(rng)
    entry: NationalId = rng.choice(NATIONAL_IDS)
    fake = _faker(entry.locale)
    fake.seed_instance(rng.randint(0, 10**9))
    value = draw_national_id(entry, fake, rng)
    fmt = FORMATS.get(entry.country)
    if fmt is not None and rng.random() < 0.5:
        value = fmt(value)
    return rng.choice(entry.labels + MORE_LABELS.get(entry.country, ())), value


def _shaped(rng: random.Random) -> str:
    shape = rng.choice(SHAPES)
    out = []
    for c in shape:
        if c == "#":
            out.append(rng.choice(string.digits))
        elif c == "?":
            out.append(rng.choice(string.ascii_uppercase))
        elif c == "!":
            out.append(rng.choice(string.ascii_lowercase))
        else:
            out.append(c)
    return "".join(out)


def _identifier(rng: random.Random) -> tuple[str, str, str]:
    """(label, value, kind) of one identifier."""
    if rng.random() < 0.3:
        label, value = _national(rng)
        return label, value, "NATIONAL_ID"
    kind = rng.choice(sorted(LABELS))
    label = rng.choice(LABELS[kind])
    if label.startswith("IMEI"):
        value = _luhn_complete(digits(rng, 14))
    elif kind == "VEHICLE" and label.upper() in ("VIN", "CHASSIS NO.", "NUMER VIN"):
        value = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    elif kind == "VEHICLE":
        fake = _faker(rng.choice(("en_GB", "de_DE", "fr_FR", "es_ES", "nl_NL")))
        fake.seed_instance(rng.randint(0, 10**9))
        value = str(fake.license_plate())
    else:
        value = _shaped(rng)
    return label, value, kind


def render(seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    frame = FRAMES[seed % len(FRAMES)]
    doc = DocBuilder()
    n = 0
    current: tuple[str, str, str] | None = None
    for piece in frame.replace("{", "\x00{").replace("}", "}\x00").split("\x00"):
        if piece == "{ID}":
            label, value, kind = _identifier(rng)
            sep = rng.choice(SEPARATORS)
            n += 1
            doc.text(_case(rng, label) + sep)
            doc.entity(value, kind, f"id{n}")
            if sep == " (":
                doc.text(")")
        elif piece == "{LABEL}":
            current = _identifier(rng)
            doc.text(_case(rng, current[0]))
        elif piece == "{VALUE}":
            assert current is not None
            n += 1
            doc.entity(current[1], current[2], f"id{n}")
        elif piece == "{NEG}":
            doc.kept(rng.choice(NEGATIVES))
        else:
            doc.text(piece)
    return doc.labelled(
        f"ids-{seed % len(FRAMES)}", seed, split="dev-ids", doc_type="identifiers", locale="mixed"
    )


def ids_corpus(n: int = 400, first_seed: int = 1) -> list[LabelledDoc]:
    """`n` identifier stress documents (seed i: frame i mod the frames)."""
    return [render(s) for s in range(first_seed, first_seed + n)]
