"""Record, account, licence, device and vehicle numbers found by the words around them, and
the Safe Harbor identifiers with a fixed shape (MAC, VIN, DEA). Pure `re`; ages over 89
are in `ages.py`.

The shape of a record number is a hospital's or a bank's own choice ("MRN 123-456-78",
"patient ID PX-12345", "Policy No. ABC/2024/0099"), so no fixed pattern can know it. What
does not change is the word before it: a token that looks like an identifier (five
characters or more with three digits, four digits, or digits in groups joined by - / . or
a space) after an identifier word, in any of the languages below, is masked. The word may
be a compound ("Fahrgestellnummer", "számlaszám"), and up to three label words, signs, a
table cell's bar or one line break may stand between it and the value ("numéro de
dossier : ...", "| codice cliente | ...", "Licence No.:\n..."). A number that reads as a
measurement (a dose, a ratio, a decimal, a time, a year, a lab value) is not an
identifier and stops the search. A long code of letters and digits is masked even without
a word.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.ages import AGE_WITH_UNIT
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "RECORD_NUMBER"

# Identifier words; a word's plural and the abbreviations people write are included.
WORDS: Final = word_list(
    # English: records, health plans, finance, licences, devices, vehicles, people
    "mrn mrno mr-no medical-record record chart patient-id patient-no patient-number "
    "hospital-id hospital-no hospital-number nhs chi ihi hcn ohip medicare medicaid "
    "id ids identifier identification number no nos nr num ref reference "
    "account acct a/c acc iban sort-code routing aba swift bic "
    "policy claim member membership subscriber beneficiary group plan insurance insured "
    "certificate cert licence license lic permit registration reg regn registry "
    "passport visa national-insurance ni ssn sin tin itin ein tax vat "
    "npi dea gmc nmc hcpc ahpra upin provider prescriber "
    "serial s/n sn device imei udi lot batch asset tag mac "
    "plate vin vehicle chassis "
    "employee emp staff badge payroll personnel student "
    "customer client case file ticket incident invoice order booking contract application "
    "loan mortgage card wallet transaction voucher "
    "accession specimen sample encounter visit admission episode "
    # German, Dutch
    "nummer kennzeichen ausweis reisepass versicherten versichertennummer "
    "krankenversicherung steuer steuernummer steuer-id steuerid aktenzeichen fallnummer "
    "kundennummer konto burgerservicenummer bsn polisnummer rekeningnummer kenteken "
    # French
    "numéro numero n° nº dossier sécurité-sociale securite-sociale nir matricule "
    "immatriculation passeport permis compte contrat "
    # Spanish, Portuguese, Italian
    "número núm expediente historia-clínica pasaporte matrícula cuenta póliza "
    "dni nie nif cif curp rfc nss cpf cnpj rg cartão sus prontuário conta apólice "
    "tessera codice fiscale cartella conto polizza targa "
    # Polish, Turkish, Vietnamese
    "pesel nip regon numer dowód paszport konta polisa "
    "kimlik tc hesap poliçe sicil plaka ehliyet "
    "số mã cmnd cccd hộ-chiếu bhyt biển-số "
    # Plates and driving licences in more countries' words
    "placa placas rejestracja rejestracyjny rej nr-rej tablica spz ecv evč rz "
    "registreringsnummer regnr reg.nr reg-nr registreringsnr kjennemerke nummerplade "
    "rekisterinumero rekisteritunnus rendszám rendszáma înmatriculare numărul nr.-înmatriculare "
    "registarska registrska tablice targhe immatricolazione kfz kfz-kennzeichen amtliches "
    "dl führerschein führerscheinnummer fahrerlaubnis licencia licencias carnet carné "
    "patente prawo-jazdy rijbewijs rijbewijsnummer cnh carta-de-condução habilitação "
    "körkort körkortsnummer kørekort førerkort ajokortti ajokorttinumero jogosítvány "
    "vezetői-engedély řidičský-průkaz řidičák vodičský-preukaz permis-de-conducere "
    "permisul vozačka vozniško sürücü vehicle-registration registration-plate "
    "number-plate license-plate licence-plate tag-number driving driver's drivers "
    "permis-de-conduire carnet-de-conducir licencia-de-conducir licencia-de-manejo "
    "carteira-de-motorista patente-di-guida permis-de-conducere driving-licence "
    "driving-license driver's-license "
    # Compounds and labels of forms, registers and health systems written as one word, and
    # the national numbers' own names (their values may fail a check digit or have none)
    "chassis châssis bastidor telaio fahrgestellnummer fahrgestell serie série seriale "
    "serien seriennummer sarjanumero serienummer seri sériové "
    "ipp nhc rpps adeli lanr big colegiado crm pwz ahpra pin cns sus taj albo iscrizione "
    "pojištěnce pojistky cliente klienta klant client adhérent sinistre sprawy karty "
    "rachunku účtu smlouvy ügyszám dossiernummer zaaknummer protocolo saksnummer "
    "ärendenummer journalnummer asianumero vakuutusnumero tilinumero számlaszám kontonummer "
    "unit-number unit-no lab-no lab-number referral specimen "
    # Record words of more health systems, and device labels (a model number is no
    # identifier: "model" is not a word here, "model no." is one through "no")
    "ur urn ur-no nhi mbi hicn iccid meid esn imsi sim sim-no lote lotto partii partia "
    "chargen-nr chargennummer ch.-b ch.b. inventory inventar inventarnummer inventaire "
    "inventario equipment bme ser seri serienr seriennr seriennr. sériové serial/lot "
    "nosologico księgi hist hồ-sơ bệnh-nhân bhyt afiliación afiliado adhérent "
    "mitgliedsnummer aufnahmenummer nda requisition rx prescription study "
    "passaporto paspoort pasaport pasaportu paszportu pass pass-nr reisepassnummer "
    "personalausweis ausweisnummer cni identité identità osobisty op "
    "matricola matrikelnummer personalnummer personal-nr kunden-nr "
    "rut run-no cuil cuit oib egn jmbg cnp amka emso emšo nik ktp kennitala hetu "
    "henkilötunnus isikukood asmens personas kods cpr fnr fødselsnummer fødselsnr "
    "personnummer personnr pnr ppsn pps tfn ird abn nric fin hkid mykad ic aadhaar uid pan "
    "ahv avs svnr sv-nummer nas rrn rnokpp cnic nino nationality-number idnr idnummer "
    "steueridentifikationsnummer sozialversicherungsnummer versicherungsnummer "
    "rijksregisternummer burgerservicenummer codice-fiscale cf c.f. cpf c.p.f. "
    "curp rfc nss nhs chi ihi ppsn medicare-number sécu avs "
    "егн az sygn sygnatura geschäftszeichen "
    # Russian, Ukrainian, Bulgarian "number" (and its sign), Hebrew "number" and "file"
    "номер № מספר תיק "
    # Marathi and Hindi "number" and its abbreviation ("मोटारसायकल क्र. MH12AB1234"),
    # Persian "number" and "file" ("شماره پرونده ..."), Arabic "number" and "file" ("رقم
    # الملف: ...")
    "क्र क्रं क्रमांक नंबर नम्बर संख्या شماره پرونده رقم ملف الملف "
    # Bengali "number" and its abbreviation ("সনদ নং ...", "নম্বর")
    "নং নম্বর "
    # A court's docket, and the civil register's act (Spanish and Portuguese "acta" /
    # "acta de nacimiento", Romanian "act"): each numbered
    "docket docket-no acta "
    # Clinical trials' subject and participant numbers (CDISC SDTM's SUBJID / USUBJID, ICH
    # E6's "subject identification code": "Subject 101-004", "Screening no. S62-001")
    "subject subjid usubjid participant screening randomisation randomization "
    "enrolment enrollment "
    # Argentina's professional registrations (matrícula provincial / nacional, "M.P. 1234"),
    # and HIPAA's biometric identifiers by their words ("voice check VP-0601-b15259")
    "m.p. m.n. voiceprint voice-print voice-id voice-check faceprint face-id "
    # fingerprints by their capture ("Livescan LIVESCAN 7467...", a ten-print transaction),
    # and the criminal record numbers of the UK's Police National Computer and Criminal
    # Records Office ("PNC 87/639435W", "CRO: 14/367641V")
    "fingerprint fingerprints livescan live-scan pnc cro "
    # Doctors' licences by their registers' names: Poland's NPWZ (numer prawa wykonywania
    # zawodu), Bulgaria's УИН, Indonesia's SIP (surat izin praktik), South Africa's HPCSA,
    # Nigeria's MDCN, Kenya's KMPDC, Pakistan's PMDC, Bangladesh's BMDC, Sri Lanka's SLMC,
    # Malaysia's MMC, the Philippines' PRC, Belgium's INAMI / RIZIV, Switzerland's GLN and
    # ZSR; Croatian, Serbian and Bosnian "broj" (number: "Poslovni broj", a court's file);
    # French "gabarit" (a biometric template's, "Gabarit facial")
    "npwz уин sip hpcsa mdcn kmpdc pmdc bmdc slmc mmc prc inami riziv gln zsr broj gabarit "
    # A doctor's cédula (Portugal's Ordem dos Médicos, Mexico's cédula profesional)
    "cédula cedula"
)
# The word (a hyphen in the list is a space; "mrno" also matches "mr no"), then at most
# three filler words or signs, then the value. The word list is a trie: fast to reject.
# (and the weak words below: "Patient P-22709", a person's own number on their record; they
# are no identifier word to the other modules that read `WORDS`)
WEAK_WORDS: Final = frozenset({"patient"})
_PHRASES = sorted(
    {w.replace("-", " ") for w in WORDS} | {"mr no", "steuer id", "ch.-b"} | WEAK_WORDS
)
# (not after HGVS's "p." of a protein change: "p.Ser1982fs" is serine 1982, no serial;
# not a unit's denominator: "mg/dL|70-99" is a reference range per decilitre, no "DL")
CONTEXT = fast_regex.compile(
    rf"(?<![\w])(?<!p\.)(?<!g/)(?i:{trie_pattern(_PHRASES)})(?![^\W\d_])\.?"
    r"(?:\s{0,2}(?:(?i:number|num|nr|no|n|id|n°|nº|is|was|of|code)(?![^\W\d_])|[#:=–().-])\.?){0,3}"
    r"[\s:#=.-]{0,4}",
    word_led=True,
)
_GROUP = r"[^\W_](?:[^\W_]|[-/.](?=[^\W_])){0,40}"
# Short groups after a space belong to the value ("AB12 CDE", "19 H 71632"), and so does a
# court register's mixed-case letters between numbers (German "38 Ds 309/23", "4 OWi 12/24").
VALUE = fast_regex.compile(
    rf"{_GROUP}(?:[ ](?=[A-Z0-9]{{1,6}}\b|[A-Z][A-Za-z]{{1,3}}[ ]\d){_GROUP}){{0,3}}"
)
# A compound whose last part is a word for "number" ("Fahrgestellnummer", "sarjanumero",
# "számlaszám") or its abbreviation ("Fallnr.", "Personalnr.", "Vorgangsnr.": German,
# Dutch and Nordic write "Nr." for the number; no word of those languages ends in "nr"),
# or a number sign alone: led by a literal, so `regex` skips ahead fast.
COMPOUND = fast_regex.compile(
    r"(?<=[^\W\d_])(?i:nummer|numero|szám|tunnus|tunniste|nr)(?![^\W\d_])\.?[\s:#=.-]{0,4}"
    r"|(?<![\w&#])#(?!#)[\s:]{0,2}"  # "#40917-B", "#: 40917-B" (not "&#123;", not "##")
    # the sign written onto its label ("DOC# W6882UY", "Inmate# 40917", "Acct#: 5512"): a
    # word of two letters or more, so a language's name ("C#", "F#") stays one
    r"|#(?<=[^\W\d_]{2}#)(?!#)[ \t:]{0,2}"
)
# A CJK label whose last part is the word for "number" (Japanese 番号, Chinese 编号 / 號碼,
# Korean 번호: "カルテ番号：", "社員番号：", "등록번호:", "病历号："), then its colon:
# written without a space after the label's other characters, so no word boundary.
CJK_LABEL = fast_regex.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])"
    r"(?:番号|番號|编号|編號|号码|號碼|번호|号|號)[ \t\u3000]{0,2}[：:#＃]?[ \t\u3000]{0,2}"
)
_CJK_HINT = fast_regex.Trigger(
    fast_regex.compile(r"[番编編号號번]"), (), cased=tuple("番编編号號번")
)
_DIGIT = fast_regex.compile(r"\d")
_LETTER = fast_regex.compile(r"[^\W\d_]")
_ALNUM = fast_regex.compile(r"[^\W_]")

# Numbers that read as a measurement, not an identifier: a year or a range of years, a
# dose with its unit, a ratio or a score ("130/80", "15/15"), a decimal or a range of
# decimals ("38.2", "3.5-5.0"), a lab name with its value ("HbA1c 48", "SpO2 98") and a
# tumour's TNM stage ("pT3 N1 M0").
_MEASUREMENT = fast_regex.compile(
    r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?"
    r"|\d+(?:[.,]\d+)?\s?(?i:mg|mcg|µg|ug|g|kg|ml|l|iu|units?|mmol|mmhg|bpm|cm|mm|%|x|h|hrs?)"
    r"|\d{1,3}/\d{1,3}"
    r"|\d{1,3}[.,]\d{1,2}(?:-\d{1,3}(?:[.,]\d{1,2})?)?"
    r"|\d{1,3}(?:[.,]\d+)?[ ][^\W\d_]{1,4}"
    r"|[A-Z]?[a-z]{1,3}[A-Z][^\W_]{0,4}[ ]\d{1,3}(?:[.,]\d+)?"
    r"|[a-z]{0,3}T[0-4isxX][a-d]?(?:[ ]?N[0-3xX][a-c]?)?(?:[ ]?M[01xX][a-c]?)?"  # TNM stage
    # a date, its month in digits or Roman numerals as Central and Eastern Europe write it
    # ("29.XII.2024", "3.IV.2023"), and the hour of a time after it ("29.XII.2024 07:30")
    r"|(?:\d{1,2}[./-](?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|XI{0,2})[./-](?:19|20)?\d\d"
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2})(?:[ T]\d{1,2})?"
)
# One word before a number ("BP 130/80", "GCS 15/15") is the measurement's name; more
# ("II K 912/20", a Polish court's file) make a code.
_LEADING_WORDS = fast_regex.compile(r"^[^\W\d_]+[ ](?=\d)")
# A model or type number names a product, not the one device a person carries: "model
# W1DR01", "Model No. W1DR01" stay readable (its serial is masked).
MODEL_WORDS: Final = frozenset(
    {"model", "models", "modell", "modèle", "modelo", "modello", "typ", "type", "mod"}
)
# A study protocol's code names the trial, not its participant: "SCREENING LOG -- protocol
# ONC-301" (ICH E6's protocol identifier) stays readable; the subject's number after its own
# word is masked.
PROTOCOL_WORDS: Final = frozenset({"protocol", "protocole", "protokoll", "protocollo"})
_MODEL_BEFORE = fast_regex.compile(
    r"(?i:\b(?:model|modell|modèle|modelo|modello|typ|type)\s{1,2})$"
)
_NOT_VALUE_WORDS = frozenset(
    {"dob", "mrn", "ssn", "nhs", "dr", "mr", "ms", "age", "sex", "tel", "report", "no", "nr", "id"}
)
# An identifier word written in capitals after the value is the next field's label
# ("NPI 2054760287 DEA GG7060142"), not its part (before it, it may be the value's
# printed prefix: "BME 400701", an equipment tag).
_LABEL_GROUPS: Final = (
    frozenset(w.casefold() for w in WORDS if "-" not in w and w.isalpha() and len(w) >= 2)
    | _NOT_VALUE_WORDS
)


# A code drawn at random from capitals and digits (a vaccine's lot "NEBK-ULYT-MKK2", an
# enrolment "TPL-AMUZZ5FL", a booking reference): eight characters or more, a digit, and a
# run of letters no word has (no vowel: "TPL", "MKK"), so "HER2-POSITIVE" and "BRCA1-NEG"
# stay words.
_CAPS_CODE = fast_regex.compile(r"(?=(?:[A-Z-]*\d))[A-Z0-9]+(?:-[A-Z0-9]+)*")
_NO_VOWEL_RUN = fast_regex.compile(r"(?<![A-Z])[B-DF-HJ-NP-TV-XZ]{2,}(?![A-Z])")
_MIN_CODE = 8


def _random_code(value: str) -> bool:
    return (
        _CAPS_CODE.fullmatch(value) is not None
        and len(value.replace("-", "")) >= _MIN_CODE
        and _NO_VOWEL_RUN.search(value) is not None
    )


def _looks_like_id(value: str) -> bool:
    """Three digits in five letters and digits or more (PX-12345, 123-45), four digits
    (1234), two digits and two letters in six (AB12 CDE), or a random code of capitals
    with a digit (NEBK-ULYT-MKK2); not a measurement."""
    digits = len(_DIGIT.findall(value))
    if digits == 1 and _random_code(value):
        return True
    if digits < 2 or _MEASUREMENT.fullmatch(_LEADING_WORDS.sub("", value)):
        return False
    if digits <= 3 and AGE_WITH_UNIT.fullmatch(value):
        return False  # "Referral: 95-åriga", "(104yo)": an age (ages.py masks it)
    alnum = len(_ALNUM.findall(value))
    return (
        digits >= 4
        or (digits >= 3 and alnum >= 5)
        or (alnum - digits >= 2 and alnum >= 6 and len(_LETTER.findall(value)) >= 2)
    )


def _trim(value: str) -> str:
    """The value without trailing groups that hold no digit and read as a word (a plate's
    "AB12 CDE" keeps its letters; "12345678 DOB" loses the "DOB")."""
    parts = value.split(" ")
    while (
        len(parts) > 1
        and not _DIGIT.search(parts[-1])
        and (len(parts[-1]) > 3 or parts[-1].casefold() in _LABEL_GROUPS)
    ):
        parts.pop()
    return " ".join(parts)


# Between the word and its value: label words (at most three), signs, a table cell's bar,
# one line break; a sentence's end (". ", ";", ",", "!") or a blank line ends the search,
# but a full stop after a short label word is an abbreviation's ("nr rej. ", "cod. ").
_REACH = 64
_MAX_WORDS = 3
_BLANK_LINE = fast_regex.compile(r"\n[ \t]*\n")
_SENTENCE_END = fast_regex.compile(r"[;,!]|\n[ \t]*\n")
_FULL_STOP = fast_regex.compile(r"\.\s")


def _ends_label(gap: str, after_short_word: bool) -> bool:
    if _SENTENCE_END.search(gap):
        return True
    return not after_short_word and _FULL_STOP.search(gap) is not None


# An amount of money after a word that also means "not" or "number" ("de 3.500,00 €", "no
# 1.250 EUR"): a number grouped in thousands with a currency after it is no identifier.
_GROUPED_THOUSANDS = fast_regex.compile(r"\d{1,3}(?:[.,'’ ]\d{3})+")
_CURRENCY_AFTER = fast_regex.compile(
    r"(?:[.,]\d{2}|[.,]-)?[ \t]?(?:€|\$|£|¥|₹|₺|EUR|USD|GBP|CHF|PLN|CZK|HUF|SEK|NOK|DKK|TRY|"
    r"RON|BRL|MXN|INR|zł|Kč|Ft|kr|TL|lei|R\$)(?![^\W\d_])"
)


def _an_amount(text: str, start: int, end: int) -> bool:
    """Whether the value at `start`..`end` is an amount of money ("3.500,00 €")."""
    return (
        _GROUPED_THOUSANDS.fullmatch(text, start, end) is not None
        and _CURRENCY_AFTER.match(text, end) is not None
    )


# Words that say only the last digits follow ("card ending in 4417", "VIN ending 4829",
# "account ending 0042", "Karte endet auf 4417"): a truncated number, as PCI DSS (3.4)
# lets receipts and statements print the last four digits, identifies no one.
TRUNCATION_WORDS: Final = frozenset(
    word_list("ending ends endet endend terminant terminada terminado terminando termina")
)
_LAST_DIGITS = 4


def _value_after(text: str, pos: int, label: str = "") -> tuple[int, int] | None:
    """(start, end) of the identifier that a word ending at `pos` labels, if any (`label`:
    that word, case-folded)."""
    words = 0
    cursor = pos
    short_word = True
    truncated = False
    code_at = -1  # where a printed code word the value follows begins ("TCN 0189...")
    end = min(len(text), pos + _REACH)
    while (v := VALUE.search(text, cursor, end)) is not None:
        gap = text[cursor : v.start()]
        if _BLANK_LINE.search(gap) or (cursor > pos and _ends_label(gap, short_word)):
            return None
        value = _trim(v.group())
        at = v.start()
        # leading label groups ("INSURED'S ID 998-79-6823-C": the possessive's "S" and
        # "ID"; "INCIDENT REPORT UJ/7636/49918") are the label's, not the value's (an
        # identifier word may be its printed prefix: "BME 400701")
        while (
            " " in value
            and not _DIGIT.search(lead := value.split(" ", 1)[0])
            and (
                lead.casefold() in _NOT_VALUE_WORDS
                or (len(lead) == 1 and text[at - 1 : at] in "'’")
            )
        ):
            at += len(lead) + 1
            value = value[len(lead) + 1 :]
        if len(value) == 1 and text[at - 1 : at] in "'’" and _CODE_NEXT.match(text, at + 1):
            cursor = at + 1  # the label's possessive ("MRN's NHC 0138..."): no word of its own
            continue
        head = value.split(" ", 1)[0]
        if head != value and not _DIGIT.search(head) and not head.isupper():
            value = head  # a word before a number ("since 2012"): the word alone
        if _looks_like_id(value):
            if _an_amount(text, at, at + len(value)):
                return None
            if truncated and value.isdigit() and len(value) <= _LAST_DIGITS:
                return None  # "card ending in 4417": the last digits of a number
            if code_at >= 0 and at == cursor + 1 and text[cursor] == " ":
                return code_at, at + len(value)
            return at, at + len(value)
        if _DIGIT.search(value):
            return None  # a count or a measurement: the number the word was about
        words += 1
        truncated = truncated or head.casefold() in TRUNCATION_WORDS
        if words > _MAX_WORDS or head.casefold() in MODEL_WORDS | PROTOCOL_WORDS:
            return None  # "device model W1DR01": a model number names a product, not a device
        short_word = len(head) <= 3
        # the label's own word printed again as the scheme's prefix ("IPP : IPP 1265...")
        repeated = head.isupper() and head.casefold() == label
        code_at = at if words == 1 and (_code_word(head) or repeated) else -1
        cursor = at + len(head)
    return None


# A code word and a number right after a label's possessive ("MRN's NHC 01380968").
_CODE_NEXT = fast_regex.compile(r"[ ]{1,2}[A-Z]{2,5}[ ]\d")


# A scheme's code word printed before the number as part of it, as the first thing after
# the label ("Sample ID: TCN 018972945297", a ten-print control number): two to five
# capitals that are no identifier word of their own ("ID: MRN 1234567" keeps "MRN") but
# for the printed schemes below, and no currency ("Limit: EUR 50000").
_CODE_WORD = fast_regex.compile(r"[A-Z]{2,5}")
_NOT_CODE_WORDS: Final = frozenset(
    word_list(
        "eur usd gbp chf pln czk huf sek nok dkk try ron brl mxn inr jpy cny aud cad "
        "clabe bsb ifsc cbu cvu rib"  # bank codes' schemes: the label's, not the value's
    )
)
# Hospital record schemes whose letters a record prints as the number's own prefix, after
# a label of another language ("MRN NHC 72999252", "No dossier NHC ...", "Hosp no: IPP
# ..."): Spain's número de historia clínica, France's identifiant permanent du patient and
# numéro de dossier administratif. Other schemes' names after a label ("nr PWZ 6015467",
# "numer PESEL ...", "device UDI ...") stay the label's.
PRINTED_SCHEMES: Final = frozenset({"nhc", "ipp", "nda"})


def _code_word(word: str) -> bool:
    folded = word.casefold()
    return (
        _CODE_WORD.fullmatch(word) is not None
        and (folded not in _LABEL_GROUPS or folded in PRINTED_SCHEMES)
        and folded not in _NOT_CODE_WORDS
    )


# The word after the value, in brackets: "12-345-678 (MRN)", "AB-1234 (hospital no.)".
_WORD_AFTER = fast_regex.compile(
    r"(?<![\w/.-])(?P<v>[^\W_](?:[^\W_]|[-/.](?=[^\W_])){2,30})[ ]?\("
    r"(?i:mrn|ur|urn|nhi|nhs|mbi|chi|hospital[ ]no\.?|patient[ ]id|id|ref|case[ ]no\.?|claim"
    r"|policy|member[ ]id|vin|s/n|sn|serial|imei|plate|reg\.?)\)",
)


def _values_before_words(text: str) -> list[tuple[int, int]]:
    if "(" not in text:
        return []
    return [
        (m.start("v"), m.end("v")) for m in _WORD_AFTER.finditer(text) if _looks_like_id(m["v"])
    ]


# A police officer's collar (shoulder, warrant) number after the rank and the name, as
# British and Commonwealth forces print them ("PC Svobodová 31708/T", "DC 4521", "PS
# 1234 Jones", "PCSO Ahmed 7781"), German "PHK Müller, Dienstnr. ..." is a label and
# `CONTEXT`'s. Three to seven digits, a division's letters after a slash or before them;
# a year ("PC Jones 2021") is no collar number.
_OFFICER = fast_regex.compile(
    r"(?<![^\W\d_])(?:PC|WPC|DC|TDC|PS|DS|PCSO|Sgt\.?|Insp\.?|DI|DCI|DSU|"
    r"(?i:constable|sergeant|inspector|officer|ofc\.?|trooper|deputy|agent|badge))"
    r"[ \t]+(?:[^\W\d_a-z][^\W\d_'’-]*(?:['’-][^\W\d_]+)?[ \t,]+){0,2}"
    r"(?P<n>(?:[A-Z]{1,2}[ ]?)?\d{3,7}(?:[ ]?/[ ]?[A-Z]{1,3})?)(?![\w/])"
)
_OFFICER_HINT = fast_regex.Trigger(
    fast_regex.compile(
        r"\b(?:W?PC|PCSO|T?DC|PS|DS|Sgt|Insp|DCI?|DSU)\b|(?i:constable|sergeant|inspector|"
        r"officer|ofc|trooper|deputy|agent|badge)"
    ),
    ("constable", "sergeant", "inspector", "officer", "ofc", "trooper", "deputy", "agent", "badge"),
    cased=("PC", "DC", "PS", "DS", "Sgt", "Insp"),
)
_YEAR = fast_regex.compile(r"(?:19|20)\d\d")


def find_officer_numbers(text: str) -> list[Span]:
    """Collar numbers after a police rank and (at most two words of) the name."""
    if _OFFICER_HINT.search(text) is None:
        return []
    return [
        Span(m.start("n"), m.end("n"), KIND, "officer_collar_number", 0.7)
        for m in _OFFICER.finditer(text)
        if not _YEAR.fullmatch(m["n"])
    ]


# An OID as a URN (RFC 3061, "urn:oid:"; ITU-T X.660 arcs) names a registry node: the
# namespace of an identifier (FHIR `Identifier.system`, HL7 v3 `root`), a code system, an
# organisation; the "urn" is no Australian UR number's label. Only a node's short form
# (at most ten arcs of at most six digits) is read so: an instance UID (a DICOM study's,
# with its long timestamp arcs) stays a code.
_URN_OID = fast_regex.compile(
    r"(?<![\w-])(?i:urn:oid:)(?P<oid>[0-2](?:\.(?:0|[1-9]\d{0,5})){1,9})(?![\w.])"
)


def _node_oids(text: str) -> set[tuple[int, int]]:
    if "oid:" not in text and "OID:" not in text:
        return set()
    return {m.span("oid") for m in _URN_OID.finditer(text)}


# A protocol and its version after a request's path ("GET /chart/123 HTTP/1.1", RFC 9112's
# request line; SIP's and RTSP's the same): the protocol's, after a word like "chart".
_PROTOCOL = fast_regex.compile(r"(?:HTTPS?|SIP|RTSP)/\d(?:\.\d)?")


# A weak word labels a number only when it follows at once, is one token and mostly
# digits: "Patient P-22709" is a record's number, but "PATIENT REG1STRATION F0RM" an OCR'd
# title, "</patient\u003e" an escaped tag and "Patient IP 10.0.0.7" the next field's.
_WEAK_GAP = fast_regex.compile(r"[ \t]{0,3}(?::[ \t]{0,3})?")


def _weak_label_holds(text: str, label: re.Match[str], value: tuple[int, int]) -> bool:
    word = label.group().rstrip(" \t\n:#=.-").casefold()
    if word not in WEAK_WORDS:
        return True
    found = text[value[0] : value[1]]
    gap = _WEAK_GAP.fullmatch(text, label.start() + len(word), value[0])
    digits = len(_DIGIT.findall(found))
    return gap is not None and " " not in found and digits > len(_LETTER.findall(found))


def find_by_context(text: str) -> list[Span]:
    """Identifier-looking tokens after an identifier word (plates: `vehicles.py`), and
    police officers' collar numbers."""
    found: set[tuple[int, int]] = set()
    labels = [*CONTEXT.finditer(text), *COMPOUND.finditer(text)]
    if _CJK_HINT.search(text):
        labels += CJK_LABEL.finditer(text)
    for m in labels:
        if _MODEL_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # "Model No. W1DR01"
        label = m.group().split(None, 1)[0].rstrip(".:#=–()-").casefold()
        value = _value_after(text, m.end(), label)
        if value is not None and not _weak_label_holds(text, m, value):
            continue
        if value is not None:
            found.add(value)  # several words may label one value ("codice cliente")
    found.update(_values_before_words(text))
    found -= _node_oids(text)
    found = {v for v in found if _PROTOCOL.fullmatch(text, *v) is None}
    spans = [Span(start, end, KIND, "id_after_context", 0.65) for start, end in sorted(found)]
    return spans + find_officer_numbers(text)


# A code of eight or more capitals and digits mixed (a device serial, a lot, a booking
# reference, a VIN) with at least three digits, or a run of seven or more digits: masked
# with no word needed. A digit run may be one part of a token joined by "_" (a file name
# "scan_1234567_ecg.pdf", an export's key "mrn_1234567"): there "_" separates words.
# (A CJK label may touch it: "就诊卡号E00378976792", "患者番号A1234567".)
_NOT_BEFORE_CODE = r"(?<![0-9A-Za-z_\u00c0-\u024f\u0370-\u052f-])"
LONG_CODE = fast_regex.compile(
    _NOT_BEFORE_CODE
    + r"(?=(?:[A-Z-]*\d){3})(?=[0-9-]*[A-Z])[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){7,40}"
    r"(?![0-9A-Za-z_\u00c0-\u024f\u0370-\u052f-])"
    r"|(?<![^\W_]|[.,-])\d{7,}(?![^\W_]|-|[.,]\d)"
    r"|(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\d{7,}(?![\w-]|[.,]\d)"
)
# ISO 8601's basic date and time ("20240410T150000Z", iCalendar's DATE-TIME) is a date
# (`patterns.DATE`, "date_basic_time", masks its date), not a code.
_BASIC_DATE_TIME = fast_regex.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T\d{4}(?:\d\d)?Z?"
)
# A hash or token in lower-case hex (a biometric template, a document digest, an API key):
# "any other unique identifying number or code"; both digits and letters, 16 or more.
HEX_CODE = fast_regex.compile(
    r"(?<![0-9A-Za-z_])(?=[a-f]*\d[a-f]*\d[a-f]*\d)(?=\d*[a-f]\d*[a-f]\d*[a-f])"
    r"[0-9a-f]{16,128}(?![0-9A-Za-z_])"
)
_HEX_HINT = fast_regex.compile(r"[0-9a-f]{16}")
# A handle of a kind and a hex digest, as stores of biometric templates, blobs and keys
# name their objects ("face-tmpl/3f9a04c1b2d7", "IRIS:0be1c9d4a7", "sha1/9c4e7a0b31"):
# the kind is the store's, the digest the one person's; the handle is masked whole. Ten
# hex characters or more with digits and letters both; not inside a URL's path. A kind in
# capitals may be joined by a hyphen ("FACE-3f9a04c1b2d7", "FP-0be1c9d4a7e2").
KIND_DIGEST = fast_regex.compile(
    r"(?<![\w/.:-])(?:[A-Za-z][A-Za-z0-9]{0,11}(?:[-_][A-Za-z0-9]{1,12}){0,2}[/:]|[A-Z]{2,6}-)"
    r"(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{10,128}(?![\w/:-]|\.\w)"
)
_KIND_DIGEST_HINT = fast_regex.compile(r"[/:][0-9a-f]{10}|[A-Z]-[0-9a-f]{10}")
# A Eurodac reference (the EU's asylum fingerprint database, Regulation (EU) 603/2013):
# the system's name, the member state's code and the transaction's number, a whole.
EURODAC = fast_regex.compile(
    r"(?<![\w])(?i:eurodac)[ \t]?[:#]?[ \t]?[A-Z]{2}[ -]?(?=[A-Z]*\d)[0-9A-Z]{6,24}(?![\w-])"
)
# Digits only, in two or more slashed groups holding more digits than a date can
# ("890/99/37317", "2024/000/12345", "4410/55237", "0051/0332606"): a file, membership,
# staff or booking reference (a Czech or Slovak birth number, "735909/0321", too).
DIGIT_SLASH_CODE = fast_regex.compile(r"(?<![\w/.-])\d{1,8}(?:/\d{1,8}){1,4}(?![\w/]|[.-]\w)")
_MAX_DATE_DIGITS = 8
# A reference of three or more groups joined by slashes, capitals and digits mixed
# ("MR/71/76751", "7513/RE/45646", "ABC/2024/0099", "KR/2023/NB/0042"): a file, claim or
# case reference whatever word stands before it (or none). A date has no letter, a unit
# ("mg/kg/day") and a level list ("L4/L5/S1") too few digits.
SLASH_CODE = fast_regex.compile(
    r"(?<![\w/.-])(?=[A-Z0-9/]*[A-Z])(?:[A-Z0-9]{1,12}/){2,5}[A-Z0-9]{1,12}(?![\w/]|[.-]\w)"
)
_MIN_SLASH_CODE_DIGITS = 5
# A laboratory's accession number as pathology and cytology departments number their
# cases: the case type's letters, the year's two digits, a slash or a hyphen, and the
# year's running number ("H04/39501", "S22-01234", "C19/1234", "SP23-004512"; CAP's
# "specimen accession number", the UK's histology and cytology case numbers). A year
# after the slash ("FY23/2024") is a range of years, not a case.
# Digits in three or more groups joined by hyphens, twelve digits or more in all
# ("979-6975382-9974936", "4021-9987-3310-2245-07"): more digits than a date, a time or
# a measurement holds, as many as a register's number (a pupil's, a member's, a
# contract's) or a phone number in full (ITU-T E.164: up to 15 digits), either of which
# is masked: the "digits in groups", needing no word before it. A valid ISBN-13
# (a book's number, ISO 2108) stays.
GROUPED_DIGITS = fast_regex.compile(r"(?<![\w.,/+-])\d{1,8}(?:-\d{1,8}){2,7}(?![\w/-]|[.,]\d)")
_MIN_GROUPED_DIGITS = 12
_ISBN_DIGITS = 13


# Fewer digits do when one group holds six or more: a bank's branch, account and check
# digit ("262-8445728-5", "0012-345678-90"); no date, time or measurement has such a group.
_MIN_LONG_GROUP_DIGITS = 10
_LONG_GROUP = 6


def _grouped_identifier(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) < _MIN_GROUPED_DIGITS and not (
        len(digits) >= _MIN_LONG_GROUP_DIGITS
        and max(len(g) for g in value.split("-")) >= _LONG_GROUP
    ):
        return False
    isbn = len(digits) == _ISBN_DIGITS and value[:3] in ("978", "979")
    return not (isbn and sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0)


# Two groups of digits joined by a slash, with a letter or two at the start or the end and
# six digits or more in all: a criminal record's number (the Police National Computer's
# "87/639435W", year, serial and check letter; the Criminal Records Office's "14/367641V"),
# a court's or a file's ("T2454/36762"). A date or a fraction has no letter, a fiscal year
# ("FY2023/24") a year for its digits, a vertebra's level ("L4/L5") too few digits.
LETTERED_SLASH_CODE = fast_regex.compile(
    r"(?<![\w/.-])(?P<a>[A-Z]{1,2})?(?P<d1>\d{2,8})/(?P<d2>\d{2,8})(?P<b>[A-Z]{1,2})?"
    r"(?![\w/]|[.-]\w)"
)
_MIN_LETTERED_SLASH_DIGITS = 6
_A_YEAR = fast_regex.compile(r"(?:19|20)\d\d")


def _lettered_slash_code(m: re.Match[str]) -> bool:
    if (m["a"] is None) == (m["b"] is None):
        return False  # no letter (a date, a ratio), or letters at both ends (a range)
    if len(m["d1"]) + len(m["d2"]) < _MIN_LETTERED_SLASH_DIGITS:
        return False
    return not (_A_YEAR.fullmatch(m["d1"]) or _A_YEAR.fullmatch(m["d2"]))


# A prisoner's number in England and Wales (HMPPS's NOMIS prison number: a letter, four
# digits and two letters, "A1234BC"), printed beside the name on every prison and
# probation record, often with no word before it ("Jones, Marion [A1234BC]"). A vaccine's
# or a medicine's lot may have the shape: only in a text about prison or probation.
PRISON_NUMBER = fast_regex.compile(r"(?<![\w-])[A-Z]\d{4}[A-Z]{2}(?![\w-])")
_PRISON_HINT = fast_regex.Trigger(
    fast_regex.compile(
        r"(?i:prison|probation|custody|custodial|offender|inmate|parole|nomis|nDelius)|\bHMP"
    ),
    ("prison", "probation", "custod", "offender", "inmate", "parole", "nomis", "ndelius"),
    cased=("HMP",),
)


ACCESSION = fast_regex.compile(
    r"(?<![\w/.-])[A-Z]{1,3}\d{2}[/-](?!(?:19|20)\d\d(?!\d))\d{4,7}(?![\w/]|[.-]\w)"
)
MAC = fast_regex.compile(
    r"(?<![\w:-])(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}(?![\w:-])"
    r"|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])"
)
VIN = fast_regex.compile(r"\b[A-HJ-NPR-Z0-9]{17}\b")
# A cheap first look (a leading character class lets `re` skip ahead fast): most texts
# hold no 17-character code and skip that pattern (MAC addresses: `_may_hold_mac`).
_VIN_HINT = fast_regex.compile(r"[A-HJ-NPR-Z0-9]{17}")
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(vin: str) -> bool:
    """ISO 3779 / 49 CFR 565 check digit (position 9) of a North American VIN."""
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return vin[8] == ("X" if check == 10 else str(check))


# An Indian driving licence (Sarathi, Central Motor Vehicles Rules form 7): the state's
# code, the issuing RTO's two digits, the year of issue and a 7-digit serial
# ("MH14 20110062821", "TN-0920070003412", "DL-04 2011 0149646").
_IN_STATES = (
    "AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|"
    "PY|RJ|SK|TN|TR|TS|UK|UP|WB"
)
IN_DRIVING_LICENCE = fast_regex.compile(
    rf"(?<![\w-])(?:{_IN_STATES})[ -]?\d{{2}}[ -]?(?:19[5-9]\d|20[0-4]\d)[ -]?\d{{7}}(?![\w-])"
)
# An Australian driver licence as the states print it on letters and forms: the issuing
# state's code, then its digits ("NSW 12345678", "QLD 087654321"); the three-letter codes
# name no other thing before six digits or more. After a licence word any region's code
# goes with the number ("licence no. SA 1234567", "DL CA D1234567", "Führerschein BY
# 12345678"): the region is part of the value, which means nothing without it.
AU_DRIVER_LICENCE = fast_regex.compile(
    r"(?<![\w-])(?:NSW|VIC|QLD|TAS|ACT)[ ]?\d{6,10}(?![\w-]|[.,]\d)"
)
REGION_AFTER_LICENCE = fast_regex.compile(
    r"(?<![\w])(?i:licen[cs]e|lic\.|dl|cdl|driver'?s[ ]licen[cs]e|driving[ ]licen[cs]e|"
    r"führerschein|permis(?:[ ]de[ ]conduire)?|licencia(?:[ ]de[ ]conducir)?|carnet)"
    r"(?:[ ](?i:no|nr|num|number|#)\.?)?[ \t]?[:#]?[ \t]{0,2}"
    r"(?!(?i:no|nr|num|id)(?![^\W\d_]))"
    r"(?P<v>[A-Z]{2,3}[ -][A-Z]?\d{5,12})(?![\w-]|[.,]\d)",
    word_led=True,
)
DEA = fast_regex.compile(r"\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}\b")


def dea_ok(value: str) -> bool:
    """The DEA registration check: (d1+d3+d5) + 2*(d2+d4+d6) ends in d7."""
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# The booking reference of an airline record, where the IATA and GDS formats put it: an
# IATA bar-coded boarding pass (Resolution 792 BCBP: "M1", the passenger's name, the
# e-ticket indicator "E", the PNR code, then the two airports and the carrier, "LHRDXBEK")
# and an Amadeus PNR's header line ("RP/" and the office and record references before the
# passenger names). Neither needs a word before it: the layout is the label.
BCBP_PNR = fast_regex.compile(
    r"(?m)^M[1-4][A-Z][A-Z/ .'-]{1,30}?[ ]E?([A-Z0-9][A-Z0-9/-]{4,14})[ ]{1,3}[A-Z]{6}[A-Z0-9]{2}\b"
)
AMADEUS_HEADER = fast_regex.compile(r"(?m)^[ \t]*RP/([A-Z0-9]{2,12}(?:/[A-Z0-9]{2,12}){0,3})/?")


def find_airline_records(text: str) -> list[Span]:
    """Booking references in a boarding pass's bar-code string and a PNR's header line."""
    spans: list[Span] = []
    if "M1" in text or "M2" in text or "M3" in text or "M4" in text:
        spans += [
            Span(m.start(1), m.end(1), KIND, "iata_bcbp_pnr", 0.85) for m in BCBP_PNR.finditer(text)
        ]
    if "RP/" in text:
        spans += [
            Span(m.start(1), m.end(1), KIND, "amadeus_record", 0.85)
            for m in AMADEUS_HEADER.finditer(text)
        ]
    return spans


def _may_hold_mac(text: str) -> bool:
    return text.count(":") + text.count("-") >= 5 or text.count(".") >= 2


def find_fixed_shapes(text: str) -> list[Span]:
    """MAC addresses, VINs (check digit), Indian driving licences, DEA numbers (check),
    long codes, slashed references."""
    spans = (
        [Span(m.start(), m.end(), "MAC_ADDRESS", "mac_address", 0.9) for m in MAC.finditer(text)]
        if _may_hold_mac(text)
        else []
    )
    if _VIN_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), "VEHICLE_ID", "vin_check_digit", 0.9)
            for m in VIN.finditer(text)
            if vin_ok(m.group())
        ]
    spans += [
        Span(m.start(), m.end(), "LICENSE_NUMBER", "in_driving_licence", 0.9)
        for m in IN_DRIVING_LICENCE.finditer(text)
    ]
    if "NSW" in text or "VIC" in text or "QLD" in text or "TAS" in text or "ACT" in text:
        spans += [
            Span(m.start(), m.end(), "LICENSE_NUMBER", "au_driver_licence", 0.8)
            for m in AU_DRIVER_LICENCE.finditer(text)
        ]
    spans += [
        Span(m.start("v"), m.end("v"), "LICENSE_NUMBER", "region_after_licence_word", 0.8)
        for m in REGION_AFTER_LICENCE.finditer(text)
    ]
    spans += [
        Span(m.start(), m.end(), "LICENSE_NUMBER", "dea_check_digit", 0.9)
        for m in DEA.finditer(text)
        if dea_ok(m.group())
    ]
    if "/" in text or "-" in text:
        spans += [
            Span(m.start(), m.end(), KIND, "accession_number", 0.6)
            for m in ACCESSION.finditer(text)
        ]
    if "-" in text:
        spans += [
            Span(m.start(), m.end(), KIND, "grouped_digits", 0.6)
            for m in GROUPED_DIGITS.finditer(text)
            if _grouped_identifier(m.group())
        ]
    if "/" in text:
        spans += [
            Span(m.start(), m.end(), KIND, "slash_reference", 0.6)
            for m in SLASH_CODE.finditer(text)
            if sum(c.isdigit() for c in m.group()) >= _MIN_SLASH_CODE_DIGITS
        ]
        spans += [
            Span(m.start(), m.end(), KIND, "slash_reference", 0.6)
            for m in DIGIT_SLASH_CODE.finditer(text)
            if sum(c.isdigit() for c in m.group()) > _MAX_DATE_DIGITS
        ]
        spans += [
            Span(m.start(), m.end(), KIND, "lettered_slash_reference", 0.6)
            for m in LETTERED_SLASH_CODE.finditer(text)
            if _lettered_slash_code(m)
        ]
    if _PRISON_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), KIND, "prison_number", 0.6)
            for m in PRISON_NUMBER.finditer(text)
        ]
    if _HEX_HINT.search(text):
        spans += [Span(m.start(), m.end(), KIND, "hex_code", 0.6) for m in HEX_CODE.finditer(text)]
    if _KIND_DIGEST_HINT.search(text):
        spans += [
            Span(m.start(), m.end(), KIND, "kind_digest_handle", 0.6)
            for m in KIND_DIGEST.finditer(text)
        ]
    if "EURODAC" in text or "Eurodac" in text:
        spans += [Span(m.start(), m.end(), KIND, "eurodac", 0.7) for m in EURODAC.finditer(text)]
    spans += find_airline_records(text)
    return spans + [
        Span(m.start(), m.end(), KIND, "long_code", 0.6)
        for m in LONG_CODE.finditer(text)
        if not _BASIC_DATE_TIME.fullmatch(m.group())
    ]
