"""Names of identifying fields (column headers, JSON/YAML/XML keys, form labels), by kind.

A header or key names a field; every value under it is that kind of identifier, whatever
its script or shape ("மகஷேவரி" under "given", "La Unión" under "city"). The words are the
field names of personal-data forms in English and 28 other languages (German, French,
Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Czech,
Slovak, Turkish, Russian, Ukrainian, Arabic, Persian, Hebrew, Chinese, Japanese, Korean,
Hindi, Tamil, Vietnamese, Indonesian/Malay, Romanian, Hungarian, Greek), plus HL7 FHIR's
element names (HumanName.family/given, Address.line/city/postalCode, Patient.birthDate,
ContactPoint, Identifier), the EU Digital COVID Certificate's (nam.fn / nam.gn, with
their transliterated nam.fnt / nam.gnt) and ISO 20022's postal address elements (StrtNm,
BldgNb, PstCd, TwnNm, DstrctNm, CtrySubDvsn: payment and account messages). No library
lists them, so they are written out here.

`field_kind` reads a header the way people write one: camelCase, snake_case, kebab-case,
dotted paths, "Phone (home)", "address_line_2", "Nom du patient"; words that only qualify
(patient, home, primary, emergency, of, de, number...) may stand around the field word.
A field word that is also an everyday word in configurations and measurement tables
("name", "first", "given", "family", "id", "contact"...) is WEAK: it counts only beside a
strong field in the same record (see tables.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from app.redaction.place_fields import place_header
from app.redaction.wordtrie import word_list

PERSON: Final = "PERSON"
DATE: Final = "DATE_TIME"
PHONE: Final = "PHONE_NUMBER"
EMAIL: Final = "EMAIL_ADDRESS"
ADDRESS: Final = "ADDRESS"
PLACE: Final = "LOCATION"
NATIONAL: Final = "NATIONAL_ID"
RECORD: Final = "RECORD_NUMBER"
ACCOUNT: Final = "ACCOUNT_NUMBER"
CARD: Final = "CREDIT_CARD"
LICENCE: Final = "LICENSE_NUMBER"
VEHICLE: Final = "VEHICLE_ID"
URL: Final = "URL"

# kind (and a note) -> field names ("|"-separated phrases, folded and split as `words` does).
_STRONG: Final = {
    PERSON: """
        full name|fullname|first name|firstname|last name|lastname|surname|surnames|
        family name|familyname|given name|given names|givenname|forename|forenames|
        middle name|maiden name|maiden surname|birth name|nickname|fname|lname|patient name|
        mother's maiden|mothers maiden|mother's maiden name|mothers maiden name|
        christian name|christian names|child's christian name|baptismal name|
        parents' names|parents names|
        username|user name|screen name|legal name|participant|
        nam fn|nam fnt|nam gn|nam gnt|
        next of kin|guardian|spouse|mother|father|policyholder|cardholder|account holder|
        created by|updated by|modified by|changed by|assigned to|assignee|reporter|
        requester|requested by|approved by|reviewed by|signed by|entered by|recorded by|
        verified by|performed by|ordered by|attending physician|referring physician|
        vorname|vornamen|nachname|familienname|geburtsname|rufname|patientenname|
        benutzername|prénom|prenom|prénoms|prénom usuel|nom de famille|nom de naissance|
        nom d'usage|nom usuel|
        nom de jeune fille|nom d'utilisateur|apellido|apellidos|primer apellido|
        segundo apellido|nombre completo|nombres|cognome|nome completo|sobrenome|
        apelido|voornaam|voornamen|achternaam|familienaam|geslachtsnaam|tussenvoegsel|
        imię|imie|imiona|nazwisko|nazwisko rodowe|förnamn|efternamn|tilltalsnamn|
        fornavn|efternavn|etternavn|mellemnavn|mellomnavn|etunimi|etunimet|sukunimi|
        jméno|jmeno|příjmení|prijmeni|meno|priezvisko|soyad|soyadı|soyadi|ad soyad|
        adı soyadı|adi soyadi|isim|имя|фамилия|отчество|фио|ф и о|ім'я|прізвище|
        по батькові|піб|الاسم|اسم|الاسم الكامل|اسم العائلة|اللقب|الاسم الأول|نام|
        نام خانوادگی|שם|שם פרטי|שם משפחה|姓名|名字|氏名|名前|フリガナ|ふりがな|이름|성명|
        성함|नाम|पूरा नाम|उपनाम|பெயர்|முழு பெயர்|குடும்பப் பெயர்|họ tên|họ và tên|
        nama|nama lengkap|nama depan|nama belakang|nume|numele|prenume|prenumele|név|vezetéknév|
        keresztnév|utónév|anyja neve|όνομα|επώνυμο|ονοματεπώνυμο
    """,
    DATE: """
        dob|d o b|date of birth|birth date|birthdate|birthday|born|date of death|
        death date|deathdate|dod|deceased date|admission date|discharge date|
        geburtsdatum|geb|geboren|geburtstag|sterbedatum|todesdatum|date de naissance|
        né le|née le|date de décès|fecha de nacimiento|fecha nacimiento|
        fecha de defunción|data di nascita|data de nascimento|geboortedatum|
        overlijdensdatum|data urodzenia|födelsedatum|fødselsdato|syntymäaika|
        datum narození|dátum narodenia|doğum tarihi|dogum tarihi|дата рождения|
        дата народження|تاريخ الميلاد|تاریخ تولد|תאריך לידה|出生日期|生日|生年月日|
        생년월일|जन्म तिथि|जन्मतिथि|பிறந்த தேதி|ngày sinh|tanggal lahir|tarikh lahir|
        data nașterii|data nasterii|születési dátum|születési idő|ημερομηνία γέννησης
    """,
    PHONE: """
        phone|telephone|tel|mobile|cellphone|cell phone|fax|msisdn|landline|pager|
        whatsapp|phone number|telephone number|mobile number|contact number|cell number|
        contact no|contact nr|
        telefon|telefonnummer|handy|mobil|mobilnummer|téléphone|portable|
        numéro de téléphone|teléfono|telefono|móvil|movil|celular|cellulare|telefone|
        telemóvel|telefoon|telefoonnummer|mobiel|komórka|puhelin|puhelinnumero|
        matkapuhelin|cep telefonu|телефон|тел|мобильный|الهاتف|هاتف|الجوال|رقم الهاتف|
        تلفن|تلفن همراه|موبایل|טלפון|נייד|电话|電話|手机|手機|联系电话|聯絡電話|電話番号|
        携帯|携帯電話|전화|전화번호|휴대폰|휴대전화|연락처|फ़ोन|फोन|मोबाइल|தொலைபேசி|
        கைபேசி|điện thoại|số điện thoại|telepon|ponsel|no hp|telefonszám|τηλέφωνο|κινητό
    """,
    EMAIL: """
        email|e mail|email address|mail address|courriel|correo|correo electrónico|
        e post|epost|sähköposti|e posta|eposta|эл почта|электронная почта|
        البريد الإلكتروني|ایمیل|דוא\"ל|דואל|邮箱|電子郵件|电子邮件|メール|メールアドレス|
        이메일|ईमेल|மின்னஞ்சல்|surel
    """,
    ADDRESS: """
        address|addr|street|street address|address line|house number|house no|
        apartment|postcode|post code|postal code|postalcode|zip|zip code|zipcode|
        adresse|anschrift|straße|strasse|hausnummer|plz|postleitzahl|rue|code postal|
        dirección|direccion|domicilio|calle|código postal|codigo postal|indirizzo|
        endereço|endereco|morada|cep|código postal|adres|straat|huisnummer|adress|
        gatuadress|postnummer|postnr|osoite|katuosoite|postinumero|adresa|ulice|ulica|
        psč|psc|kod pocztowy|sokak|cadde|posta kodu|адрес|улица|почтовый индекс|
        индекс|адреса|вулиця|العنوان|الشارع|الرمز البريدي|نشانی|آدرس|خیابان|کد پستی|
        כתובת|רחוב|מיקוד|地址|住址|邮编|邮政编码|郵遞區號|郵便番号|住所|주소|도로명주소|
        우편번호|पता|पिन कोड|பின்கோடு|முகவரி|அஞ்சல் குறியீடு|địa chỉ|mã bưu chính|
        alamat|kode pos|poskod|adresă|strada|cod poștal|cod postal|cím|lakcím|utca|
        irányítószám|διεύθυνση|οδός|ταχυδρομικός κώδικας|τ κ|место жительства|
        место проживания|місце проживання|tempat tinggal|
        strt nm|bldg nb|bldg nm|pst cd|pst bx|adr line|flr
    """,
    PLACE: """
        city|town|village|municipality|locality|suburb|county|neighbourhood|neighborhood|
        place of birth|birthplace|birth place|hometown|wohnort|stadt|gemeinde|geburtsort|
        ville|commune|localité|lieu de naissance|ciudad|localidad|municipio|población|
        lugar de nacimiento|città|citta|comune|località|luogo di nascita|cidade|
        município|concelho|localidade|naturalidade|local de nascimento|woonplaats|
        gemeente|geboorteplaats|miasto|miejscowość|gmina|miejsce urodzenia|kommun|
        födelseort|poststed|fødested|kaupunki|kunta|postitoimipaikka|syntymäpaikka|
        město|mesto|obec|místo narození|şehir|sehir|ilçe|ilce|doğum yeri|город|
        населенный пункт|населённый пункт|место рождения|місто|місце народження|
        المدينة|مكان الميلاد|شهر|محل تولد|עיר|ישוב|יישוב|מקום לידה|城市|出生地|市区町村|
        도시|출생지|शहर|जन्म स्थान|நகரம்|ஊர்|thành phố|nơi sinh|kota|bandar|kabupaten|
        tempat lahir|tempat tgl lahir|tempat tanggal lahir|oraș|oras|localitate|
        locul nașterii|város|település|születési hely|
        πόλη|τόπος γέννησης|
        twn nm|twn lctn nm|dstrct nm|ctry sub dvsn|
        place of residence|residence|heard at|
        lieu de résidence|lugar de residencia|luogo di residenza|local de residência|
        miejsce zamieszkania|ikamet yeri|
        место смерти|місце смерті|مكان الوفاة|مكان الإقامة|محل فوت|محل وفات|محل سکونت|
        محل اقامت|מקום פטירה|מקום מגורים|死亡地|死亡場所|居住地|사망 장소|사망장소|거주지|
        मृत्यु स्थान|nơi mất|nơi cư trú|tempat meninggal|tempat tinggal sekarang|
        ग्राम|गाँव|गांव|गाव|जिला|ज़िला|जनपद|तहसील|গ্রাম|জেলা|উপজেলা|শহর|گاؤں|ضلع|شہر|
        ગામ|જિલ્લો|ਪਿੰਡ|ਜ਼ਿਲ੍ਹਾ|கிராமம்|மாவட்டம்|గ్రామం|జిల్లా
    """,
    NATIONAL: """
        ssn|social security number|social security|national id|national identity number|
        nin|nino|national insurance number|tax id|tin|personnummer|bsn|burgerservicenummer|
        pesel|nir|cpr|cpr nummer|aadhaar|aadhar|passport|passport number|sin|dni|nie|nif|
        cpf|curp|rut|nric|codice fiscale|sozialversicherungsnummer|steuer id|
        steueridentifikationsnummer|versichertennummer|numéro de sécurité sociale|
        número de seguridad social|fødselsnummer|henkilötunnus|hetu|rodné číslo|
        rodne cislo|tc kimlik|tc kimlik no|kimlik no|снилс|инн|паспорт|рнокпп|رقم الهوية|
        کد ملی|תעודת זהות|ת ז|ת\"ז|身份证号|身份证|身分證字號|マイナンバー|주민등록번호|आधार|
        cccd|cmnd|nik|no ktp|cnp|taj|taj szám|αμκα|αφμ|pps|ppsn|nhi
    """,
    RECORD: """
        mrn|medical record number|record number|chart number|hospital number|nhs number|
        patient id|patient number|member id|member number|policy number|case number|
        subject id|patient identifier|patientennummer|fallnummer|numéro de dossier|
        número de historia|numero di cartella|prontuário|subjid|usubjid|
        subject number|screening number|randomisation number|randomization number
    """,
    ACCOUNT: "account number|account no|account nr|acct no|iban|bank account",
    # A payment card's number (ISO/IEC 7812's primary account number) as card statements
    # and payment exports head its column, in the languages above
    CARD: """
        card number|card no|card nr|credit card number|debit card number|
        kartennummer|kreditkartennummer|numéro de carte|numero de carte|
        número de tarjeta|numero de tarjeta|numero di carta|numero carta|número do cartão|
        numero do cartao|kaartnummer|numer karty|kortnummer|kortin numero|číslo karty|
        cislo karty|kart numarası|kart numarasi|номер карты|номер картки|رقم البطاقة|
        卡号|カード番号|카드번호|số thẻ|nomor kartu|kártyaszám
    """,
    # HIPAA Safe Harbor's (P) biometric identifiers and (Q) full-face photographs
    RECORD + " biometric": """
        biometric|biometric id|biometric reference|biometric template|fingerprint|
        fingerprint id|fingerprint hash|iris scan|iris template|face template|
        facial template|voiceprint|voice print|fingerabdruck|empreinte digitale|
        huella dactilar|impronta digitale|impressão digital|vingerafdruk|odcisk palca
    """,
    URL + " photo": """
        photo|photograph|portrait|selfie|id photo|passport photo|photo id|foto|lichtbild|
        passbild|photo d'identité|fotografía|fotografia|fotografie|zdjęcie|фото|фотография|
        照片|写真|사진
    """,
    LICENCE: "driver licence|driver license|driving licence|licence number|license number",
    # A vehicle's registration plate (HIPAA Safe Harbor (L)), as the registers call it
    VEHICLE: """
        license plate|licence plate|number plate|registration plate|plate number|
        vehicle registration|vehicle plate|registration mark|kfz kennzeichen|
        amtliches kennzeichen|kenteken|kentekennummer|número de placa|numero de placa|
        placa do veículo|placa del vehículo|plaque d'immatriculation|immatriculation|
        numero di targa|targa auto|tablica rejestracyjna|numer rejestracyjny|rendszám|
        rekisterinumero|registreringsnummer|spz|госномер|номерной знак|车牌号|车牌|
        車両番号|차량번호|biển số|biển số xe|plaka no|vin|vehicle identification number|
        fahrgestellnummer
    """,
}
# Field words that are everyday words too: counted only beside a strong field.
_WEAK: Final = {
    PERSON: """
        name|names|first|last|given|family|middle|patient|contact|customer|client|
        employee|user|login|handle|display name|insured|subscriber|beneficiary|author|
        reviewer|witness|physician|owner|operator|agent|analyst|clerk|officer|caseworker|
        approver|signatory|
        debtor|creditor|ultimate debtor|ultimate creditor|dbtr|cdtr|payer|payee|remitter|
        originator|ordering customer|ordering party|
        kunde|kundin|kunden|auftraggeber|zahlungsempfänger|empfänger|begünstigter|
        zahlungspflichtiger|zahler|donneur d'ordre|bénéficiaire|ordenante|beneficiario|
        ordinante|opdrachtgever|begunstigde|klant|klient|kund|asiakas|zákazník|müşteri|
        cliente|
        doctor|nurse|clinician|provider|consultant|cons|initials|nom|nombre|nome|naam|namn|
        navn|nimi|ad|
        adı|adi|姓|名|氏|성|họ|tên
    """,
    ADDRESS: "line|building|flat|apt|house|via|rua",
    PLACE: "ort|by|place|district|市|시",
    RECORD: "id|identifier",
    PHONE: "cell|cep|hp",
    VEHICLE: "plate|placa|placas|targa|plaque|plaka|kennzeichen|matrícula|matricula|patente",
    EMAIL: "mail",
}
# Words that only qualify a field word, on either side ("patient last name",
# "home phone", "nom du patient", "address line 2", "phone no.").
QUALIFIERS: Final = frozenset(
    word_list(
        """
    patient patients person personal subject member customer client employee user
    contact emergency primary secondary main other home work business office private
    legal preferred full current permanent mailing billing shipping residential residence
    postal delivery insured policyholder holder owner applicant beneficiary account card
    doctor physician gp referring attending kin guardian parent mother father spouse
    partner mother's father's patient's of the a de du des del della di da do dos das
    van von der le la el los las
    no nr number num n° nº # s is 's my your his her their ref reference hash template scan
    debtor creditor dbtr cdtr payer payee remitter ultimate
    """
    )
)

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_BRACKETED = re.compile(r"\([^()]*\)")
_SEPARATORS = re.compile(r"[\s_\-./:*()\[\]{}<>,;=?!…·#]+|\d+")


def _phrases(spaced: str) -> list[str]:
    return [p.strip() for p in spaced.replace("\n", " ").split("|") if p.strip()]


def _table(source: dict[str, str]) -> dict[str, str]:
    """Folded field name -> kind (a source key's first word is the kind)."""
    table: dict[str, str] = {}
    for key, spaced in source.items():
        kind = key.split()[0]
        for phrase in _phrases(spaced):
            table[" ".join(words(phrase))] = kind
    return table


def words(header: str) -> list[str]:
    """A header's words, folded: "patientLastName" -> patient last name, "address_line_2"
    -> address line, "Phone (home)" -> phone home."""
    header = header.strip().strip("\"'`")
    header = _CAMEL.sub(" ", header)
    return [w for w in _SEPARATORS.split(header.casefold()) if w]


STRONG: Final = _table(_STRONG)
WEAK: Final = _table(_WEAK)
# Every word of every field name: a text none of whose words is here has no field names.
FIELD_WORDS: Final = frozenset(
    w for table in (STRONG, WEAK) for phrase in table for w in phrase.split()
) | frozenset(phrase.replace(" ", "") for table in (STRONG, WEAK) for phrase in table)


# A header that ends in a word for "identifier" or "number" after the word for what is
# numbered ("screen_no", "study_id", "claim_no", "Sample ID", "file_nr"): an identifier's
# column, as data exports name them (snake_case "*_id" / "*_no"). A person's word before
# it makes the number the person's ("patient_no", "customer no": strong). Not the words
# that count or order rows and doses ("row_id", "visit_no", "dose_no", "line no") or
# that name a product or a class ("model no", "part no", "cat no").
ID_SUFFIXES: Final = frozenset(
    word_list("id no nr number num ref nummer numero número numer numéro n° nº")
)
NOT_ID_HEADS: Final = frozenset(
    word_list(
        """
    row line item seq sequence visit dose cycle page step version rev revision index idx
    position pos rank sort column col field question q task arm group cohort day week
    month year bed bay seat table model part cat catalog catalogue product article art
    type class code icd cpt atc loinc snomed ndc test assay
    """
    )
)


def _numbered(tokens: list[str]) -> tuple[str, bool] | None:
    """(RECORD, strong) for a header of a word or two and an identifier suffix."""
    if not 2 <= len(tokens) <= 3 or tokens[-1] not in ID_SUFFIXES:
        return None
    heads = tokens[:-1]
    if any(w in NOT_ID_HEADS or w in ID_SUFFIXES or not w.isalpha() for w in heads):
        return None
    return RECORD, any(w in _PERSON_QUALIFIERS for w in heads)


# Words of the instructions printed in brackets after a form's labels ("in BLOCK
# CAPITALS", "please print", "as on passport", "if different", "one letter per box").
_INSTRUCTION_WORDS: Final = frozenset(
    word_list(
        """
        block capital capitals caps letters letter print printed please in use write
        clearly legibly full as on shown passport id card if different optional required
        mandatory only one per box each character characters black ink
        """
    )
)

_DATE_MASK: Final = frozenset("dmy/.- ()")


def _instruction_dropped(bracketed: re.Match[str]) -> str:
    """A bracketed instruction gives way to a blank; anything else stays."""
    inner = words(bracketed.group())
    value = bracketed.group()
    date_mask = set(value.casefold()) <= _DATE_MASK  # "(DD/MM/YYYY)": the form of the answer
    if inner and (date_mask or all(w in _INSTRUCTION_WORDS for w in inner)):
        return " "
    return bracketed.group()


def _qualifier_dropped(bracketed: re.Match[str]) -> str:
    """An instruction, or any bracket in lower case ("(mobile)", "(wife)"), gives way."""
    return " " if bracketed.group().islower() else _instruction_dropped(bracketed)


@lru_cache(maxsize=4096)  # the same keys and labels come back in every record
def field_kind(header: str) -> tuple[str, bool] | None:
    """(kind, strong) of the field a header names, or None when it names none."""
    tokens = words(header)
    if "(" in header and _field_kind(tokens) is None:
        # "NAME (BLOCK CAPITALS)", "Surname (please print)": a form's instruction to the
        # one who fills it in, in brackets after the label, is no part of the label (a
        # name in brackets is: "AGENT (Mia)" names a speaker, not a field).
        tokens = words(_BRACKETED.sub(_instruction_dropped, header))
        if _field_kind(tokens) is None:
            # "Phone (mobile)", "Next of kin (wife)": a lower-case qualifier after a label
            # that names a field outright. Only a strong field: "Contact (daughter)" or
            # "Doctor (on call)" as weak person fields cost names their own rules found.
            loose = words(_BRACKETED.sub(_qualifier_dropped, header))
            found = _field_kind(loose)
            tokens = loose if found is not None and found[1] else tokens
    if not tokens or len(tokens) > 6:
        return None
    found = _field_kind(tokens)
    if found is None and not _CONJUNCTIONS.isdisjoint(tokens):
        found = _joined_name_parts(tokens)
    if found is None and place_header(tokens):
        return PLACE, True  # "Händlerort", "merchant_city": a place by its head word
    if found is None or found == (PERSON, False):
        return _numbered(tokens) or found  # "screen_no"; "patient_no" is no name
    return found


def _field_kind(tokens: list[str]) -> tuple[str, bool] | None:
    # the longest run of words, with only qualifiers around it, that is a field name
    n = len(tokens)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            outside = tokens[:i] + tokens[i + size :]
            if any(w not in QUALIFIERS for w in outside):
                continue
            phrase = " ".join(tokens[i : i + size])
            if phrase in STRONG:
                return STRONG[phrase], True
            if phrase in WEAK:
                return WEAK[phrase], _qualified(outside)
    return None


# "and" in the languages of the field names: "Nazwisko i imię", "Nom et prénom",
# "Vor- und Nachname", "Ad ve soyad", "Фамилия и имя".
_CONJUNCTIONS: Final = frozenset(
    word_list("and und et y e i a og och en ja és ve и і та й și si dan và και")
)


def _joined_name_parts(tokens: list[str]) -> tuple[str, bool] | None:
    """(PERSON, strong) for two person fields joined by "and" ("surname and first name",
    "nazwisko i imię"): each side alone names a part of a person's name, the pair the
    whole name. Strong when a side is ("given and family" stays weak, as each word is)."""
    for at, token in enumerate(tokens):
        if token not in _CONJUNCTIONS or at in (0, len(tokens) - 1):
            continue
        sides = [_field_kind(tokens[:at]), _field_kind(tokens[at + 1 :])]
        if all(side is not None and side[0] == PERSON for side in sides):
            return PERSON, any(side is not None and side[1] for side in sides)
    return None


def _qualified(outside: list[str]) -> bool:
    """A weak word with a person qualifier beside it is strong ("patient first",
    "contact name"): the qualifier says whose field it is."""
    return any(w in _PERSON_QUALIFIERS for w in outside)


_PERSON_QUALIFIERS: Final = frozenset(
    word_list(
        "patient patients person personal subject member customer client employee user "
        "contact emergency insured policyholder holder owner applicant beneficiary kin "
        "guardian parent mother father spouse partner legal preferred full mother's "
        "father's patient's"
    )
)
