# ruff: noqa: E501 - template text is written as documents are, lines of any length
"""Held-out split AC (session 44): education, social care, public services and logistics.

Written in session 44 as a held-out split that the redactor's tuners never read. Its
values come from ac_forms.py (slots "ac..."); dates count back from ac_forms.AC_TODAY.
Templates are grouped by field; each names the locales it is written for.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.ac_forms import AC_TODAY
from resources.synthetic.redaction_eval.generator import Split, Template

__all__ = ["AC_TODAY", "SPLIT", "TEMPLATES"]


def _t(tid: str, doc_type: str, locales: str, text: str) -> Template:
    return Template(
        id=f"ac-{tid}",
        doc_type=doc_type,
        text=text,
        locales=tuple((loc, 1) for loc in locales.split()),
    )


TEMPLATES: list[Template] = []
_add = TEMPLATES.append

# ---- health: the clinical documents, and the formats they travel in

_add(
    _t(
        "clin-1",
        "clinical note",
        "en_GB",
        """GP CONSULTATION NOTE - Riverside Health Centre
Patient: {acname1.caps_last_first}   DOB: {acdob1.dmy}   NHS No: {acnat1.gb}
Seen: {acdate1.dmy} by Dr {acname2.initial_last} (GMC {aclic1})
Presenting: 3/7 hx of [[productive cough]] and [[pleuritic chest pain]], worse on inspiration.
Lives at {acaddr1} with daughter {acname3.first} who attended with her.
Plan: [[amoxicillin 500 mg TDS for 5 days]]; safety-net advice given; review if no better.
Contact for results: {actel1}
""",
    )
)
_add(
    _t(
        "clin-2",
        "clinical note",
        "de_DE",
        """Ambulanter Befund vom {acdate1.dot}
Patientin: {acname1.last_first}, geb. {acdob1.dot}
Anschrift: {acaddr1}
Versichertennr.: {acben1}   Tel. {actel1}
Anamnese: seit zwei Wochen [[Belastungsdyspnoe]], keine Thoraxschmerzen.
Befund: [[Unterschenkelödeme beidseits]], Auskultation unauffällig.
Procedere: [[NT-proBNP]] und Echo veranlasst. Hausärztin {acname2.full}, {actown1}.
""",
    )
)
_add(
    _t(
        "clin-3",
        "clinical note",
        "ja_JP",
        """外来診療録
患者氏名：{acname1.native}　様（{acage1}歳）
生年月日：{acdob1.ja}　患者ID：{acmrn1}
住所：{acaddr1}
電話：{actel1}
主訴：[[めまい]]、[[食欲低下]]
担当医：{acname2.native_space}
""",
    )
)
_add(
    _t(
        "disch-1",
        "discharge summary",
        "en_US",
        """DISCHARGE SUMMARY
Name: {acname1.last_first_middle}          MRN: {acmrn1}
DOB: {acdob1.us}   Age: {acage1}   SSN: {acssn1}
Admitted: {acdate1.us}   Discharged: {acdate2.us}
Attending: {acname2.full}, MD
Diagnosis: [[community-acquired pneumonia]], [[acute kidney injury]] (resolved)
Follow-up with PCP in 7 days. Home health referral to {acaddr1}.
Emergency contact: {acname3.full} (son) {actel1}
""",
    )
)
_add(
    _t(
        "disch-2",
        "discharge summary",
        "fr_FR",
        """COMPTE RENDU D'HOSPITALISATION - médecine interne B
Service de médecine interne - sortie le {acdate2.long_fr}
Patient : M. {acname1.caps_last_space_first}, né le {acdob1.dmy}
N° de sécurité sociale : {acnat1.fr}
IPP : {acmrn1}
Entré le {acdate1.dmy} pour [[décompensation cardiaque]].
Traitement de sortie : [[furosémide 40 mg]] le matin.
Médecin traitant : Dr {acname2.full}, {acaddr1}
Personne de confiance : {acname3.first_last}, tél. {actel1}
""",
    )
)
_add(
    _t(
        "disch-3",
        "discharge summary",
        "es_ES",
        """INFORME DE ALTA HOSPITALARIA (Medicina Interna, planta 3)
Paciente: {acname1.full}     NHC: {acmrn1}     DNI: {acnat1.es}
Fecha de ingreso: {acdate1.dmy}   Fecha de alta: {acdate2.dmy}
Motivo de ingreso: [[fractura de cadera derecha]] tras caída en domicilio ({acaddr1}).
Edad: {acage1} años. Vive sola; avisar a su sobrino {acname2.full} ({actel1}).
Facultativo responsable: Dra. {acname3.last_first}
""",
    )
)
_add(
    _t(
        "rad-1",
        "radiology request",
        "en_AU",
        """RADIOLOGY REQUEST FORM - Imaging Dept, outpatients
Patient surname: {acname1.caps_last}     Given names: {acname1.first}
DOB: {acdob1.dmy}   Medicare/UR: {acmrn1}
Address: {acaddr1}
Examination requested: [[CT abdomen and pelvis with contrast]]
Clinical notes: [[RIF pain]], raised [[CRP]], ?appendicitis. eGFR 74.
Requesting practitioner: {acname2.full}  Provider no. {aclic1}
Phone results to {actel1} / fax {acfax1}
""",
    )
)
_add(
    _t(
        "rad-2",
        "radiology request",
        "it_IT",
        """RICHIESTA DI PRESTAZIONE RADIOLOGICA
Cognome e nome: {acname1.caps_last_space_first}
Codice fiscale: {acnat1.it}
Nato/a il {acdob1.dmy} a {actown1}
Esame: [[RM encefalo senza e con mezzo di contrasto]]
Quesito diagnostico: [[cefalea di nuova insorgenza]]
Medico richiedente: dott.ssa {acname2.full} - tel. {actel1}
""",
    )
)
_add(
    _t(
        "hl7-1",
        "HL7 ADT message",
        "en_US",
        """MSH|^~\\&|ADT1|GOODHLTH|LABADT|GOODHLTH|20261209083015||ADT^A01|MSG00001|P|2.5.1
EVN|A01|20261209083015
PID|1||{acmrn1}^^^GOODHLTH^MR||{acname1.hl7}||{acdob1.hl7}|F|||{acstreet1}^^{actown1}^^{acpost1}||{actel1}|||||{acbank1}|{acssn1}
NK1|1|{acname2.hl7}|SPO|||{actel2}
PV1|1|I|4W^412^B||||{aclic1}^{acname3.x12}|||[[MED]]
""",
    )
)
_add(
    _t(
        "fhir-1",
        "FHIR Patient resource",
        "en_IE en_NZ",
        """{
  "resourceType": "Patient", "active": true, "language": "en-IE",
  "identifier": [
    {"system": "urn:oid:2.16.840.1.113883.2.2.1", "value": "{acmrn1}"},
    {"type": {"text": "PPSN"}, "value": "{acnat1.ie}"}
  ],
  "name": [{"family": "{acname1.last}", "given": ["{acname1.first}"]}],
  "telecom": [
    {"system": "phone", "value": "{actel1}"},
    {"system": "email", "value": "{acmail1}"}
  ],
  "birthDate": "{acdob1.iso}",
  "address": [{"text": "{acaddr1}"}],
  "photo": [{"title": "{acphoto1}"}],
  "generalPractitioner": [{"display": "{acname2.full}"}]
}
""",
    )
)
_add(
    _t(
        "x12-1",
        "X12 837 claim",
        "en_US",
        """ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER01        *261209*1015*^*00501*000000905*0*P*:~
NM1*IL*1*{acname1.x12}****MI*{acben1}~
N3*{acstreet1}~
N4*{actown1}*NY*{acpost1}~
DMG*D8*{acdob1.hl7}*M~
CLM*{acinsclaim1}*1250***11:B:1*Y*A*Y*Y~
NM1*82*1*{acname2.x12}****XX*{aclic1}~
HI*ABK:[[J189]]~
""",
    )
)
_add(
    _t(
        "claim-1",
        "insurance claim",
        "en_GB",
        """PRIVATE MEDICAL INSURANCE - CLAIM FORM
Policy holder: {acname1.full}   Membership no: {acben1}
Date of birth: {acdob1.long_en}
Claim reference: {acinsclaim1}
Treatment: [[knee arthroscopy]] on {acdate1.long_en} at St Brigid's Clinic
Consultant: Mr {acname2.last}
Pay benefit to sort code / account: {acbank1}
Correspondence address: {acaddr1}; e-mail {acmail1}
""",
    )
)
_add(
    _t(
        "claim-2",
        "insurance claim",
        "pt_BR",
        """SOLICITAÇÃO DE REEMBOLSO - PLANO DE SAÚDE
Beneficiário: {acname1.full}
Carteirinha: {acben1}   CPF: {acnat1.br}
Data do atendimento: {acdate1.dmy}
Procedimento: [[consulta em cardiologia]]
Profissional: Dr. {acname2.full} - CRM {aclic1}
Dados bancários para depósito: conta {acbank1}
Endereço: {acaddr1} - telefone {actel1}
""",
    )
)
_add(
    _t(
        "kyc-1",
        "KYC review",
        "en_GB",
        """CUSTOMER DUE DILIGENCE - PERIODIC REVIEW
Customer: {acname1.caps_last_first} | Customer ref: {acref1}
DOB {acdob1.dmy} | Nationality: Dutch | BSN on file: {acnat1.nl}
Passport: {acpass1} (verified by video call from IP {acip1})
Residential address: {acaddr1}
Account under review: {aciban1}
Risk rating: [[medium]]; source of funds: [[salary and inheritance]].
Reviewer: {acname2.initials} - outcome [[no further action]].
""",
    )
)
_add(
    _t(
        "kyc-2",
        "KYC review",
        "pl_PL",
        """WERYFIKACJA KLIENTA (KYC)
Imię i nazwisko: {acname1.full}
PESEL: {acnat1.pl}
Dowód osobisty: {acpass1}
Adres zamieszkania: {acaddr1}
Rachunek: {aciban1}
Data weryfikacji: {acdate1.dot}; analityk: {acname2.first_last}
Wynik: [[zgodny]]. Źródło środków: [[wynagrodzenie]].
""",
    )
)
_add(
    _t(
        "fraud-1",
        "fraud case",
        "en_US en_CA",
        """FRAUD INVESTIGATION CASE {acfile1}
Opened {acdate1.us} - analyst {acname2.first_initial}
Cardholder: {acname1.full}   Card: {acpan1}
Disputed transactions from device {acimei1} at IP {acip1}
Shipping address on fraudulent orders: {acaddr1}
Linked e-mail: {acmail1}; phone {actel1}
Pattern: [[account takeover]] after [[SIM swap]]. Card blocked; reissue authorised.
""",
    )
)
_add(
    _t(
        "fraud-2",
        "fraud case",
        "nl_NL nl_BE",
        """MELDING VERDACHTE TRANSACTIE - dossier {acfile1}
Klant: {acname1.last_first}
Rekening: {aciban1}
Inlog vanaf IP-adres {acip1} op {acdate1.dash}, apparaat {acdev1}
Begunstigde: {acname2.full}, {acaddr1}
Beoordeling: [[phishing via sms]]; [[terugboeking aangevraagd]].
""",
    )
)
_add(
    _t(
        "leave-1",
        "HR leave request",
        "en_GB en_IE",
        """ANNUAL LEAVE / ABSENCE REQUEST
Employee: {acname1.full}       Payroll no: {acref1}
Manager: {acname2.full}
Type: [[compassionate leave]]
From {acdate1.dmy} to {acdate2.dmy} (3 working days)
Reason: funeral of grandmother, aged {acage1}, in {actown1}.
Contact while away: {actel1}
""",
    )
)
_add(
    _t(
        "leave-2",
        "HR leave request",
        "sv_SE",
        """LEDIGHETSANSÖKAN
Namn: {acname1.full}
Personnummer: {acnat1.se}
Typ av ledighet: [[föräldraledighet]]
Period: {acdate1.iso} - {acdate2.iso}
Barnets namn: {acname3.first} {acname1.last}
Närmaste chef: {acname2.full}
""",
    )
)
_add(
    _t(
        "chat-1",
        "chat transcript",
        "en_GB en_US",
        """[09/12/2026, 14:02:11] {acname1.first}: hi, parcel still hasn't arrived, tracking {acwb1}
[09/12/2026, 14:02:40] Support ({acname2.first_initial}): Sorry to hear that! Can you confirm the delivery address?
[09/12/2026, 14:03:15] {acname1.first}: {acaddr1}
[09/12/2026, 14:03:58] Support ({acname2.first_initial}): Thanks. The driver marked it [[left in safe place]]. Photo: {acurl1}
[09/12/2026, 14:04:30] {acname1.first}: that's not my door!! call me on {actel1}
""",
    )
)
_add(
    _t(
        "chat-2",
        "chat transcript",
        "ru_RU",
        """Чат поддержки - обращение {acfile1}
{acname1.first} {acname1.last}: Здравствуйте, не могу войти в личный кабинет.
Оператор {acname2.first}: Добрый день! Назовите, пожалуйста, дату рождения.
{acname1.first} {acname1.last}: {acdob1.dot}
Оператор {acname2.first}: Спасибо. Отправили код на {acmail1}.
{acname1.first} {acname1.last}: Пришёл. [[Проблема решена]], спасибо.
""",
    )
)
_add(
    _t(
        "chat-3",
        "chat transcript",
        "zh_CN",
        """客服聊天记录
[2026-12-08 10:15] 客户 {acname1.native}：你好，我的快递单号是 {acwb1}，一直没有更新。
[2026-12-08 10:16] 客服 {acname2.native}：您好，请提供收件人手机号码。
[2026-12-08 10:17] 客户 {acname1.native}：{actel1}
[2026-12-08 10:19] 客服 {acname2.native}：查到了，包裹在[[转运中心滞留]]，明天派送到 {acaddr1}。
""",
    )
)


# ---- schools and universities

_add(
    _t(
        "enrol-1",
        "school enrolment form",
        "en_GB",
        """PRIMARY SCHOOL ADMISSION / ENROLMENT FORM
Child's legal surname: {acname1.caps_last}    Forename(s): {acname1.first}
Date of birth: {acdob1.dmy}   UPN (if known): {acstu1}
Home address: {acaddr1}
Parent/carer 1: {acname2.full}   Mobile: {actel1}   Email: {acmail1}
Parent/carer 2: {acname3.full}   Mobile: {actel2}
Medical needs: [[nut allergy - EpiPen in office]]
Previous school: Oakfield Infants, {actown1}
""",
    )
)
_add(
    _t(
        "enrol-2",
        "school enrolment form",
        "fr_FR fr_BE",
        """FICHE D'INSCRIPTION SCOLAIRE - ANNÉE 2026-2027
Élève : {acname1.caps_last} {acname1.first}
Né(e) le : {acdob1.dmy} à {actown1}
Classe demandée : [[CE2]]
Responsable légal 1 : {acname2.full} - tél. portable {actel1}
Responsable légal 2 : {acname3.full} - courriel {acmail1}
Adresse : {acaddr1}
Autorisation de [[sortie seul]] : non
""",
    )
)
_add(
    _t(
        "enrol-3",
        "school enrolment form",
        "es_MX es_CO",
        """SOLICITUD DE INSCRIPCIÓN
Nombre del alumno: {acname1.full}
Fecha de nacimiento: {acdob1.long_es}
Matrícula: {acstu1}
Grado: [[tercero de secundaria]]
Padre, madre o tutor: {acname2.full}
Domicilio: {acaddr1}
Teléfono: {actel1}
""",
    )
)
_add(
    _t(
        "transcript-1",
        "academic transcript",
        "en_US",
        """OFFICIAL TRANSCRIPT - Office of the Registrar
Student: {acname1.last_first}          Student ID: {acstu1}
Date of birth: {acdob1.usl}           SSN (last 4 withheld): ***-**-****
Degree: [[B.S. Mechanical Engineering]]     Conferred: {acdate1.usl}
Term       Course      Title                       Cr  Grade
FA2023     MATH 221    [[Linear Algebra]]           3   A-
SP2024     ME 310      [[Thermodynamics I]]         4   B+
Issued to: {acname1.full}, {acaddr1}
""",
    )
)
_add(
    _t(
        "transcript-2",
        "academic transcript",
        "de_DE de_AT",
        """Leistungsübersicht / Transcript of Records
Name, Vorname: {acname1.last_first}
Matrikelnummer: {acstu1}
Geburtsdatum: {acdob1.dot}   Geburtsort: {actown1}
Studiengang: [[Master Wirtschaftsinformatik]]
Modul                           ECTS   Note
[[Datenbanksysteme]]               6    1,7
[[Operations Research]]            6    2,3
Ausgestellt am {acdate1.dot}, Prüfungsamt ({acname2.initials})
""",
    )
)
_add(
    _t(
        "transcript-3",
        "academic transcript",
        "ko_KR",
        """성적증명서
성명: {acname1.native}
학번: {acstu1}
생년월일: {acdob1.ko}
학과: [[컴퓨터공학과]]
과목명              학점   성적
[[자료구조]]          3     A+
[[운영체제]]          3     B0
발급일: {acdate1.ko}
""",
    )
)
_add(
    _t(
        "sen-1",
        "special educational needs plan",
        "en_GB",
        """EDUCATION, HEALTH AND CARE PLAN (EHCP) - Section A
Child/young person: {acname1.full}          Known as: {acname1.first}
Date of birth: {acdob1.long_en}      UPN: {acstu1}
NHS number: {acnat1.gb}
Lives with: mother {acname2.full}, {acaddr1}
Primary need: [[autism spectrum condition]]; secondary: [[speech, language and communication needs]]
Caseworker: {acname3.full}, SEN Team, tel {actel1}, e-mail {acmail1}
Annual review due: {acdate1.long_en}
""",
    )
)
_add(
    _t(
        "sen-2",
        "special educational needs plan",
        "en_AU en_NZ",
        """INDIVIDUAL EDUCATION PLAN
Student: {acname1.caps_full} | Year 4 | ID {acstu1}
Parent contact: {acname2.first_last} ({actel1})
Goal 1: [[decode CVC words with 80% accuracy]]
Goal 2: [[use visual timetable to transition between tasks]]
Support staff: {acname3.first} (teacher aide)
Review meeting: {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "sen-3",
        "special educational needs plan",
        "nl_NL",
        """ONTWIKKELINGSPERSPECTIEFPLAN (OPP)
Leerling: {acname1.full}, geboren {acdob1.dash}
BSN: {acnat1.nl}
School: De Regenboog, {actown1}
Ouders/verzorgers: {acname2.full}, {acaddr1}, tel. {actel1}
Uitstroomprofiel: [[vmbo basisberoepsgerichte leerweg]]
Intern begeleider: {acname3.last_first}
""",
    )
)
_add(
    _t(
        "exam-1",
        "exam board entry",
        "en_GB",
        """EXAMINATION ENTRIES - CANDIDATE STATEMENT OF ENTRY
Centre no. 54213   Candidate no. 4417
Candidate: {acname1.caps_last_first}
Date of birth: {acdob1.dmy}      ULN: {acstu1}
Entries: [[GCSE Mathematics (Higher)]], [[GCSE Combined Science]], [[GCSE English Literature]]
Access arrangements: [[25% extra time]]
Please check your details and tell the exams officer, {acname2.full}, by {acdate1.dmy}.
""",
    )
)
_add(
    _t(
        "exam-2",
        "exam board entry",
        "en_IN hi_IN",
        """BOARD EXAMINATION - ADMIT CARD
Roll No.: {acstu1}
Candidate Name: {acname1.caps}
Father's Name: {acname2.caps}
Date of Birth: {acdob1.dmy}
Aadhaar: {acnat1.in}
Examination Centre: Govt. Senior Secondary School, {actown1}
Subject: [[Physics (042)]] on {acdate1.dmy}
Photo ref: {acphoto1}
""",
    )
)
_add(
    _t(
        "loan-1",
        "student loan letter",
        "en_GB",
        """Student Finance - Your repayment statement
{acname1.full}
{acaddr1}
Customer reference number: {acref1}
Date: {acdate1.long_en}
Dear {acname1.first},
Your balance at 5 April was [[£41,208.33]]. Interest is charged at [[RPI + 3%]].
You can sign in with your e-mail ({acmail1}) at {acurl1}.
National Insurance number held: as supplied by your employer.
""",
    )
)
_add(
    _t(
        "loan-2",
        "student loan letter",
        "en_US",
        """FEDERAL STUDENT AID - NOTICE OF LOAN DISBURSEMENT
{acname1.caps}
{acaddr1}
Borrower SSN: {acssn1}
Loan ID: {acref1}
Disbursement date: {acdate1.us}
Amount: [[$3,500.00 Direct Subsidized Loan]]
Questions? Call your servicer at {actel1}.
""",
    )
)
_add(
    _t(
        "adm-1",
        "university admission letter",
        "pt_PT",
        """CARTA DE ADMISSÃO
Exmo(a). Sr(a). {acname1.full}
{acaddr1}
Lisboa, {acdate1.long_pt}
Temos o prazer de informar que foi admitido(a) no curso de [[Licenciatura em Enfermagem]].
N.º de estudante: {acstu1}   NIF: {acnat1.pt}
A matrícula deve ser efetuada até 15 dias após esta data.
Serviços Académicos ({acname2.initials})
""",
    )
)
_add(
    _t(
        "adm-2",
        "university admission letter",
        "it_IT",
        """Gentile {acname1.full},
con la presente La informiamo che la Sua domanda di immatricolazione al corso di laurea in
[[Scienze dell'Educazione]] è stata accolta.
Matricola: {acstu1}
Codice fiscale dichiarato: {acnat1.it}
Data di nascita: {acdob1.long_it}
Per informazioni: segreteria studenti, {actel1}
""",
    )
)
_add(
    _t(
        "attend-1",
        "school attendance report",
        "en_GB",
        """ATTENDANCE CONCERN - LETTER 2
Parent/Carer of {acname1.full} (DOB {acdob1.dmy})
{acaddr1}
Attendance this term: [[81.4%]] (persistent absence threshold 90%)
Unauthorised sessions: 14
Please contact {acname2.full}, Education Welfare Officer, on {actel1} before {acdate1.dmy}.
""",
    )
)
_add(
    _t(
        "attend-2",
        "school attendance export",
        "en_GB",
        """upn,surname,forename,dob,year,sessions_possible,sessions_attended,pa_flag
{acstu1},{acname1.last},{acname1.first},{acdob1.iso},Y9,[[142]],[[108]],Y
{acstu2},{acname2.last},{acname2.first},{acdob2.iso},Y9,[[142]],[[139]],N
{acstu3},{acname3.last},{acname3.first},{acdob3.iso},Y9,[[142]],[[121]],Y
""",
    )
)
_add(
    _t(
        "trip-1",
        "school trip consent form",
        "en_IE",
        """SCHOOL TOUR CONSENT FORM - 2nd Year trip to [[Dublin Zoo]]
Student name: {acname1.full}    Class: 2B
Parent/guardian: {acname2.full}
Emergency phone: {actel1}
Medical card / PPSN (for emergencies): {acnat1.ie}
Allergies / medication: [[asthma - blue inhaler]]
Signed: {acname2.initial_last}      Date: {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "ref-1",
        "teacher reference",
        "en_CA fr_CA",
        """CONFIDENTIAL REFERENCE - Teacher Candidate
Candidate: {acname1.full} (Ontario College of Teachers reg. {aclic1})
Referee: {acname2.full}, Principal
I supervised {acname1.first} during the [[Grade 5 practicum]] from {acdate1.usl}.
{acname1.first} showed [[excellent classroom management]].
Contact me at {acmail1} or {actel1}.
""",
    )
)
_add(
    _t(
        "report-1",
        "school report card",
        "ja_JP",
        """通知表（第2学期）
児童氏名：{acname1.native}
出席番号：12　学籍番号：{acstu1}
保護者：{acname2.native} 様
住所：{acaddr1}
[[国語]]：よくできる　[[算数]]：できる
担任：{acname3.native_space}
""",
    )
)
_add(
    _t(
        "report-2",
        "school report card",
        "pl_PL",
        """ŚWIADECTWO SZKOLNE PROMOCYJNE
{acname1.full}
urodzony(a) {acdob1.long_pl} w {actown1}
PESEL {acnat1.pl}
uczeń klasy [[czwartej]] otrzymuje promocję do klasy [[piątej]].
Wychowawca: {acname2.full}
""",
    )
)
_add(
    _t(
        "card-1",
        "university ID card scan",
        "en_GB",
        """OCR EXTRACT - student card (front)
UNIVERSlTY OF NORTHGATE
Narne: {acname1.ocr_caps}
Student N0: {acstu1.ocr}
D0B: {acdob1.dmy}
Va1id to: 31/08/2027
Library barc0de: {acref1.ocr}
""",
    )
)
_add(
    _t(
        "misconduct-1",
        "academic misconduct report",
        "en_AU",
        """ACADEMIC INTEGRITY - REPORT OF SUSPECTED BREACH
Student: {acname1.last_first} ({acstu1})
Unit: [[PSYC2011 Research Methods]]
Assessment: [[Lab report 2]]
Similarity report flagged overlap with a submission from {acname2.full} ({acstu2}).
Submission made from IP {acip1} on {acdate1.dmy}.
Academic integrity officer: {acname3.full}
""",
    )
)
_add(
    _t(
        "bursary-1",
        "bursary application",
        "zu_ZA en_GB",
        """BURSARY APPLICATION FORM
Applicant: {acname1.full}
SA ID number: {acnat1.za}
Student number: {acstu1}
Home address: {acaddr1}
Guardian: {acname2.full}, household income [[below R350,000]]
Bank account for payment: {acbank1}
Cell: {actel1}
""",
    )
)
_add(
    _t(
        "lms-1",
        "learning platform access log",
        "en_US",
        """2026-12-09T08:01:22Z login ok user={acname1.handle} ip={acip1} ua="Chrome/131"
2026-12-09T08:03:10Z quiz.submit user={acname1.handle} course=[[BIO-101]] score=[[17/20]]
2026-12-09T08:17:45Z login fail user={acname2.handle} ip={acip2} reason=[[bad password]]
2026-12-09T08:18:02Z password.reset user={acname2.handle} sent_to={acmail1}
""",
    )
)


# ---- safeguarding, social work, fostering and adoption

_add(
    _t(
        "safeg-1",
        "safeguarding referral",
        "en_GB",
        """MULTI-AGENCY REFERRAL FORM (MARF) - CHILDREN'S SERVICES
Child: {acname1.full}     DOB: {acdob1.dmy}     Gender: F
Address: {acaddr1}
School: Hillcrest Academy (DSL: {acname2.full}, {actel1})
Parent/carer: {acname3.full} - mobile {actel2}
Concern: child disclosed [[physical chastisement leaving marks]] on {acdate1.dmy}.
Child's words: "{acname3.first} hit me with the belt".
Referrer consent obtained: [[no - risk of significant harm]]
""",
    )
)
_add(
    _t(
        "safeg-2",
        "safeguarding referral",
        "en_AU",
        """CHILD PROTECTION REPORT - MANDATORY REPORTER
Child name: {acname1.caps_last_first}   Age 9   DOB {acdob1.dmy}
Suburb: {actown1}   Residential address: {acaddr1}
Reporter: {acname2.full} (school counsellor), ph {actel1}
Alleged person responsible: {acname3.full}, mother's partner, vehicle {acplate1}
Indicators: [[unexplained bruising]], [[hunger at school]], [[reluctance to go home]]
""",
    )
)
_add(
    _t(
        "safeg-3",
        "safeguarding referral",
        "de_DE de_CH",
        """MITTEILUNG GEMÄSS § 8a SGB VIII (Kindeswohlgefährdung)
Kind: {acname1.full}, geb. am {acdob1.dot}
Wohnhaft: {acaddr1}
Sorgeberechtigte: {acname2.full}, Tel. {actel1}
Meldende Fachkraft: {acname3.full}, Kita Sonnenschein
Beobachtungen: [[wiederholt verschmutzte Kleidung]], [[Gewichtsverlust]]
Aktenzeichen Jugendamt: {acfile1}
""",
    )
)
_add(
    _t(
        "cpconf-1",
        "child protection conference minutes",
        "en_GB",
        """INITIAL CHILD PROTECTION CONFERENCE - MINUTES
Held: {acdate1.long_en}   Chair: {acname4.full} (IRO)
Child(ren): {acname1.full} (DOB {acdob1.dmy}); {acname2.full} (DOB {acdob2.dmy})
Parents: {acname3.full} (present), father not present
Social worker: {acname5.full}, SWE reg. {aclic1}
Decision: plan under category of [[neglect]]; core group to meet within 10 working days.
Case ref: {acfile1}
""",
    )
)
_add(
    _t(
        "swnote-1",
        "social work case note",
        "en_GB",
        """Case note - {acfile1}
Date/time: {acdate1.dmy} 15:30     Worker: {acname2.first_last}
Type: [[unannounced home visit]]
Present: {acname1.first} (child), mum {acname3.first} {acname3.last}
Home at {acaddr1}: [[adequate food in cupboards]], bedroom shared with sibling.
{acname1.first} said her new phone ({actel1}) was given by "Uncle {acname4.first}".
Action: check {acname4.full} with police via MASH.
""",
    )
)
_add(
    _t(
        "swnote-2",
        "social work case note",
        "sv_SE no_NO",
        """JOURNALANTECKNING - Socialtjänsten
Ärende: {acfile1}
Klient: {acname1.full}, {acnat1.se}
Datum: {acdate1.iso}
Handläggare: {acname2.full}
Samtal med klientens mamma {acname3.full} på telefon {actel1}.
Bedömning: [[behov av stödfamilj]] kvarstår.
""",
    )
)
_add(
    _t(
        "swnote-3",
        "social work case note",
        "el_GR",
        """ΣΗΜΕΙΩΜΑ ΚΟΙΝΩΝΙΚΗΣ ΥΠΗΡΕΣΙΑΣ
Ωφελούμενος: {acname1.full}
Ημερομηνία γέννησης: {acdob1.dmy}
Διεύθυνση: {acaddr1}
Τηλέφωνο: {actel1}
Κοινωνική λειτουργός: {acname2.full}
Παρέμβαση: [[επίδομα θέρμανσης]] και [[παραπομπή σε ψυχολόγο]].
""",
    )
)
_add(
    _t(
        "foster-1",
        "foster carer assessment",
        "en_GB",
        """FORM F - FOSTERING ASSESSMENT (Section A)
Applicant 1: {acname1.full}, DOB {acdob1.dmy}, NI No. on file
Applicant 2: {acname2.full}, DOB {acdob2.dmy}
Address: {acaddr1}
Household: birth son {acname3.first} (14)
Referees: {acname4.full} ({actel1}); {acname5.full} ({actel2})
Approval sought: [[two children aged 0-11, short-term]]
Supervising social worker: {acname6.initials}
""",
    )
)
_add(
    _t(
        "foster-2",
        "foster placement record",
        "en_US",
        """PLACEMENT RECORD - Department of Children and Family Services
Youth: {acname1.last_first}    Case #: {acfile1}    DOB: {acdob1.us}
Placement: resource home of {acname2.full} and {acname3.full}
Address: {acaddr1}
Placement date: {acdate1.us}    Reason: [[parental substance use]]
Medicaid ID: {acben1}
Caseworker: {acname4.full}, cell {actel1}
""",
    )
)
_add(
    _t(
        "adopt-1",
        "adoption file",
        "en_GB",
        """ADOPTION AGENCY - CHILD'S PERMANENCE REPORT (extract)
Child: {acname1.full} (birth name {acname1.first} {acname2.last})
Born {acdob1.long_en} at {actown1}
Birth mother: {acname2.full}, last known address {acaddr1}
Birth father: [[not named]]
Prospective adopters: {acname3.full} and {acname4.full}
Placement order made: {acdate1.long_en}; court ref {acfile1}
""",
    )
)
_add(
    _t(
        "adopt-2",
        "adoption file",
        "ko_KR",
        """입양 기록 (요약)
아동 성명: {acname1.native}
출생일: {acdob1.ko}
출생지: {actown1}
친생모: {acname2.native}
입양 부모: {acname3.native}, {acname4.native}
주소: {acaddr1}
사건번호: {acfile1}
비고: [[국내 입양 우선 검토 완료]]
""",
    )
)
_add(
    _t(
        "leaver-1",
        "care leaver pathway plan",
        "en_GB",
        """PATHWAY PLAN - care leaver aged 19
Young person: {acname1.full}    DOB {acdob1.dmy}
Personal adviser: {acname2.full}, {actel1}
Accommodation: [[supported lodgings]] at {acaddr1}
Education: [[Level 3 Health and Social Care]], student ID {acstu1}
Bank: setting-up grant paid to account {acbank1}
""",
    )
)
_add(
    _t(
        "adultsc-1",
        "adult social care assessment",
        "en_GB",
        """CARE ACT ASSESSMENT - summary
Person: {acname1.full} (age {acage1})   NHS {acnat1.gb}
Lives alone at {acaddr1}; key safe code held by district nurses.
Carer: niece {acname2.full}, {actel1}
Eligible needs: [[managing nutrition]], [[maintaining personal hygiene]]
Outcome: [[domiciliary care 2 calls a day]] from {acdate1.dmy}
Assessor: {acname3.initials}
""",
    )
)
_add(
    _t(
        "adultsc-2",
        "adult social care assessment",
        "ja_JP",
        """介護認定調査票（概況調査）
対象者氏名：{acname1.native}（{acage1}歳）
被保険者番号：{acben1}
住所：{acaddr1}
連絡先：{actel1}（長男 {acname2.native}）
調査日：{acdate1.ja}
[[要介護2]]相当。[[歩行に一部介助]]を要する。
""",
    )
)
_add(
    _t(
        "marac-1",
        "domestic abuse risk referral",
        "en_GB",
        """MARAC REFERRAL
Victim: {acname1.full}  DOB {acdob1.dmy}  Safe phone: {actel1}
Safe address: [[withheld - refuge]]
Perpetrator: {acname2.full}  DOB {acdob2.dmy}  Vehicle: {acplate1}
Children in household: {acname3.first} (6)
DASH score: [[17 - high risk]]
Referring agency: police, officer {acname4.last}, collar no. {aclic1}
""",
    )
)
_add(
    _t(
        "dols-1",
        "deprivation of liberty authorisation",
        "en_GB",
        """DoLS - STANDARD AUTHORISATION REQUEST
Relevant person: {acname1.full}, aged {acage1}
Care home: Meadowview Nursing Home, {acaddr1}
Relevant person's representative: {acname2.full}, {actel1}
Diagnosis: [[vascular dementia]]
Restrictions: [[locked front door]], [[constant supervision at night]]
Best interests assessor: {acname3.full}
""",
    )
)
_add(
    _t(
        "youthj-1",
        "youth justice referral",
        "en_NZ en_AU",
        """YOUTH SERVICES REFERRAL
Young person: {acname1.full} (DOB {acdob1.dmy})
Address: {acaddr1}
Whānau contact: {acname2.full}, {actel1}
Referral reason: [[school exclusion]], [[shoplifting - first offence]]
Social worker: {acname3.first_last}, {acmail1}
""",
    )
)


# ---- welfare, housing and council services

_add(
    _t(
        "uc-1",
        "benefit claim",
        "en_GB",
        """UNIVERSAL CREDIT - CLAIM DETAILS (journal export)
Claimant: {acname1.full}   DOB: {acdob1.dmy}
Partner: {acname2.full}   DOB: {acdob2.dmy}
Address: {acaddr1}
Housing costs: rent [[£725 per month]] paid to landlord {acname3.full}
Payment account: {acbank1}
Work coach: {acname4.first}. Next appointment {acdate1.dmy} at 10:40.
""",
    )
)
_add(
    _t(
        "uc-2",
        "benefit claim",
        "fr_FR",
        """DEMANDE DE REVENU DE SOLIDARITÉ ACTIVE (RSA)
Demandeur : {acname1.caps_last} {acname1.first}
N° de sécurité sociale : {acnat1.fr}
N° allocataire CAF : {acref1}
Adresse : {acaddr1}
Conjoint : {acname2.full}, né le {acdob1.dmy}
Coordonnées bancaires (IBAN) : {aciban1}
Situation : [[sans activité depuis plus de 12 mois]]
""",
    )
)
_add(
    _t(
        "uc-3",
        "benefit claim",
        "de_DE",
        """ANTRAG AUF BÜRGERGELD - Hauptantrag
Antragsteller/in: {acname1.last_first}
Geburtsdatum: {acdob1.dot}   Geburtsort: {actown1}
Rentenversicherungsnummer: siehe Anlage
Steuer-ID: {acnat1.de}
Anschrift: {acaddr1}
Bankverbindung: {aciban1}
Bedarfsgemeinschaft: {acname2.full} (Partner), {acname3.first} (Kind)
Kosten der Unterkunft: [[Kaltmiete 480 EUR]]
""",
    )
)
_add(
    _t(
        "appeal-1",
        "benefit appeal",
        "en_GB",
        """SSCS1 - NOTICE OF APPEAL (extract)
Appellant: {acname1.full}
Address: {acaddr1}
Telephone: {actel1}   Email: {acmail1}
Benefit: [[Personal Independence Payment]]   Decision date: {acdate1.long_en}
Representative: {acname2.full}, Citizens Advice
Grounds: the assessor ignored my [[fibromyalgia]] and [[depression]].
""",
    )
)
_add(
    _t(
        "childben-1",
        "child benefit claim",
        "en_IE",
        """CHILD BENEFIT APPLICATION (CB1)
Applicant: {acname1.full}     PPSN: {acnat1.ie}
Date of birth: {acdob1.dmy}
Child: {acname2.full}, born {acdob2.dmy} at the Rotunda Hospital
Address: {acaddr1}
Payment to IBAN: {aciban1}
""",
    )
)
_add(
    _t(
        "pension-1",
        "pension credit application",
        "en_GB",
        """PENSION CREDIT - telephone claim notes
Caller: {acname1.full}, aged {acage1}
NI no. confirmed; DOB {acdob1.long_en}
Address: {acaddr1}
Spoke with daughter {acname2.full} on {actel1} (appointee)
Savings declared: [[under £10,000]]
Agent: {acname3.first_initial}
""",
    )
)
_add(
    _t(
        "foodbank-1",
        "food bank referral",
        "en_GB en_IE",
        """FOOD BANK VOUCHER / REFERRAL
Voucher no: {acref1}
Name: {acname1.full}     Postcode: {acpost1}
Adults: 1   Children: 2 (ages 3 and 7)
Reason: [[benefit delays]]
Referrer: {acname2.full}, housing support, {actel1}
Dietary: [[halal]]
""",
    )
)
_add(
    _t(
        "homeless-1",
        "homelessness application",
        "en_GB",
        """HOMELESSNESS APPLICATION - Housing Options
Applicant: {acname1.caps_last_first}   DOB: {acdob1.dmy}
Current address: {acaddr1} (sofa surfing with friend {acname2.full})
Household: applicant and son {acname3.first} (DOB {acdob2.dmy})
Priority need: [[dependent child]]
Contact: {actel1} / {acmail1}
Officer: {acname4.full}; case {acfile1}; s.184 decision due {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "homeless-2",
        "homelessness application",
        "en_US",
        """COORDINATED ENTRY INTAKE (HMIS)
Client: {acname1.first_last}   DOB {acdob1.us}   SSN {acssn1}
Last permanent address: {acaddr1}
Night before intake: [[place not meant for habitation]]
Phone: {actel1}
Veteran: no   VI-SPDAT score: [[11]]
Case manager: {acname2.full}
""",
    )
)
_add(
    _t(
        "housingreg-1",
        "housing register application",
        "nl_NL",
        """INSCHRIJVING WONINGZOEKENDE
Naam: {acname1.full}
Geboortedatum: {acdob1.dash}
BSN: {acnat1.nl}
Huidig adres: {acaddr1}
E-mail: {acmail1}   Telefoon: {actel1}
Medebewoner: {acname2.full}
Urgentieverklaring: [[ja - medische indicatie]]
""",
    )
)
_add(
    _t(
        "tenancy-1",
        "tenancy agreement",
        "en_GB",
        """AST - ROOM IN SHARED HOUSE - tenancy agreement no. 7 of the Lettings Desk
This agreement is made on {acdate1.long_en}
Landlord: {acname1.full} of {acaddr1}
Tenant: {acname2.full}
Property: {acaddr2}
Rent: [[£950 per calendar month]] payable to account {acbank1}
Deposit protected with [[the Deposit Protection Service]]
""",
    )
)
_add(
    _t(
        "repairs-1",
        "housing repairs log",
        "en_GB",
        """job_id|reported|tenant|address|phone|issue|priority
R-55812|{acdate1.iso}|{acname1.full}|{acaddr1}|{actel1}|[[damp and mould in bedroom]]|P2
R-55813|{acdate2.iso}|{acname2.full}|{acaddr2}|{actel2}|[[no hot water]]|P1
""",
    )
)
_add(
    _t(
        "ctax-1",
        "council tax appeal",
        "en_GB",
        """COUNCIL TAX - REQUEST FOR REVIEW / APPEAL
Account reference: {acref1}
Name: {acname1.full}
Property: {acaddr1}
I dispute the [[single person discount]] being removed from {acdate1.dmy}.
My lodger {acname2.full} moved out on {acdate2.dmy}.
Daytime phone: {actel1}
""",
    )
)
_add(
    _t(
        "ctax-2",
        "council tax bill",
        "en_GB",
        """CITY COUNCIL - COUNCIL TAX BILL 2026/27
MR {acname1.caps_full}
{acaddr1}
Account no: {acref1}     Band: [[C]]
Payment by Direct Debit from account {acbank1} on the 1st of each month.
""",
    )
)
_add(
    _t(
        "pcn-1",
        "parking penalty appeal",
        "en_GB",
        """PENALTY CHARGE NOTICE - INFORMAL CHALLENGE
PCN number: {acref1}
Vehicle registration: {acplate1}
Contravention code 01: [[parked in a restricted street during prescribed hours]]
Date: {acdate1.dmy} 11:52, Station Road
Keeper: {acname1.full}, {acaddr1}
I was loading my mother ({acname2.full}, blue badge holder) into the car.
Email: {acmail1}
""",
    )
)
_add(
    _t(
        "pcn-2",
        "parking penalty appeal",
        "fr_FR",
        """CONTESTATION D'UN FORFAIT POST-STATIONNEMENT (RAPO)
Avis de paiement n° {acref1}
Immatriculation : {acplate1}
Titulaire du certificat d'immatriculation : {acname1.full}
Adresse : {acaddr1}
Motif : [[ticket payé par application]], justificatif joint.
Fait à {actown1}, le {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "pcn-3",
        "parking penalty appeal",
        "it_IT es_ES",
        """RICORSO AL PREFETTO - verbale n. {acref1}
Il sottoscritto {acname1.full}, nato il {acdob1.dmy}, codice fiscale {acnat1.it},
residente in {acaddr1},
proprietario del veicolo targato {acplate1},
chiede l'annullamento del verbale per [[segnaletica non visibile]].
""",
    )
)
_add(
    _t(
        "foi-1",
        "freedom of information response",
        "en_GB",
        """FREEDOM OF INFORMATION ACT 2000 - RESPONSE
Our ref: {acfile1}      Date: {acdate1.long_en}
Dear {acname1.full},
You asked for correspondence about the closure of [[Elm Street library]].
Email from [REDACTED s.40(2)] to {acname2.full} ({acmail1}), sent {acdate2.dmy}:
  "Please ask ███████ to hold off until {acname3.first} has briefed members."
Some information is withheld under [[section 40(2) - personal information]].
""",
    )
)
_add(
    _t(
        "foi-2",
        "freedom of information response",
        "en_US",
        """FOIA RELEASE - PAGE 3 OF 11
From: (b)(6)
To: {acname1.full}
Cc: {acname2.last}, {acname3.initials}
Subject: RE: inspection at {acaddr1}
Inspector called the owner on {actel1}; no answer. (b)(6) (b)(7)(C)
Exemption applied: [[(b)(6) personal privacy]]
Requester: {acname4.full}, request no. {acfile1}
""",
    )
)
_add(
    _t(
        "foi-3",
        "freedom of information response",
        "de_DE de_AT",
        """ANTWORT AUF IHREN ANTRAG NACH DEM IFG
Ihr Zeichen: {acfile1}
Sehr geehrte/r {acname1.full},
anbei die Unterlagen zur [[Baugenehmigung Hafenstraße]]. Personenbezogene Daten Dritter
wurden geschwärzt, mit Ausnahme von {acname2.full} (Sachbearbeitung, Tel. {actel1}).
Mit freundlichen Grüßen, {acname3.last_first}
""",
    )
)
_add(
    _t(
        "badge-1",
        "blue badge application",
        "en_GB",
        """BLUE BADGE APPLICATION
Applicant: {acname1.full}    Date of birth: {acdob1.dmy}
National Insurance number: provided separately
Address: {acaddr1}
Qualifying condition: [[cannot walk more than 80 metres]]
Photo file: {acphoto1}
Vehicles the badge will be used in: {acplate1}
""",
    )
)
_add(
    _t(
        "elect-1",
        "electoral register canvass",
        "en_GB",
        """HOUSEHOLD ENQUIRY FORM - responses
Address: {acaddr1}
Resident 1: {acname1.caps_last_first}    Nationality: [[British]]
Resident 2: {acname2.caps_last_first}    Age 76+: yes, born {acdob1.dmy}
Responded online from {acip1} on {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "library-1",
        "library membership record",
        "fi_FI",
        """KIRJASTOKORTTI - asiakastiedot
Nimi: {acname1.full}
Henkilötunnus: {acnat1.fi}
Osoite: {acaddr1}
Puhelin: {actel1}
Kortin numero: {acref1}
Huoltaja: {acname2.full}
Lainat: [[3 kirjaa]]
""",
    )
)
_add(
    _t(
        "permit-1",
        "residents parking permit",
        "da_DK no_NO",
        """BEBOERLICENS - ANSØGNING
Navn: {acname1.full}
Adresse: {acaddr1}
Registreringsnummer: {acplate1}
Stelnummer: {acvin1}
E-mail: {acmail1}
Zone: [[K]]
""",
    )
)


# ---- occupational health, workplace injury, veterinary, gyms and clubs

_add(
    _t(
        "oh-1",
        "occupational health referral",
        "en_GB",
        """OCCUPATIONAL HEALTH MANAGEMENT REFERRAL
Employee: {acname1.full}   Employee no: {acref1}   DOB: {acdob1.dmy}
Job title: [[warehouse operative - nights]]
Manager: {acname2.full}, {acmail1}
Absence: since {acdate1.dmy}, [[lower back pain]]
Questions: fitness for [[manual handling over 15 kg]]; adjustments
Employee contact: {actel1}
""",
    )
)
_add(
    _t(
        "oh-2",
        "occupational health report",
        "nl_BE fr_BE",
        """RAPPORT DE MÉDECINE DU TRAVAIL
Travailleur : {acname1.last_first}
Numéro national : {acnat1.be}
Date de l'examen : {acdate1.dmy}
Conclusion : [[apte avec restrictions]] - pas de travail en hauteur
Médecin du travail : Dr {acname2.full}
""",
    )
)
_add(
    _t(
        "injury-1",
        "workplace injury report",
        "en_GB",
        """ACCIDENT BOOK ENTRY / RIDDOR CHECK
Injured person: {acname1.full}, {acaddr1}
Date/time of accident: {acdate1.dmy} 06:20
Location: loading bay 3, forklift {acdev1}
What happened: [[foot crushed by pallet truck]]; taken to A&E by {acname2.full}
Witness: {acname3.full}, tel {actel1}
Reportable under RIDDOR: [[yes - over 7 day incapacitation]]
""",
    )
)
_add(
    _t(
        "injury-2",
        "workplace injury report",
        "en_US",
        """OSHA FORM 301 - INJURY AND ILLNESS INCIDENT REPORT
1) Full name: {acname1.full}
2) Street: {acstreet1}   City: {actown1}   ZIP: {acpost1}
3) Date of birth: {acdob1.us}   4) Date hired: {acdate2.us}
6) Physician: {acname2.full}   Facility: Mercy Urgent Care
10) Case number from the Log: {acfile1}
14) What happened: [[worker slipped on ice while loading a truck]]
""",
    )
)
_add(
    _t(
        "injury-3",
        "workplace injury report",
        "es_AR es_CL",
        """DENUNCIA DE ACCIDENTE DE TRABAJO
Trabajador: {acname1.full}
CUIL: {acnat1.ar}
Fecha del accidente: {acdate1.dmy}
Lugar: depósito central, {actown1}
Descripción: [[corte en mano izquierda con cúter]]
Empleador: Logística del Sur S.A.; responsable {acname2.full}, tel. {actel1}
""",
    )
)
_add(
    _t(
        "fitnote-1",
        "fit note",
        "en_GB",
        """STATEMENT OF FITNESS FOR WORK
Patient's name: {acname1.caps_full}
I assessed your case on: {acdate1.dmy}
Condition: [[post-operative recovery - hernia repair]]
You may be fit for work taking account of: [[amended duties]]
This will be the case for 4 weeks from the date above.
Doctor: {acname2.full}   Address: {acaddr1}
""",
    )
)
_add(
    _t(
        "vet-1",
        "veterinary record",
        "en_GB",
        """CLINICAL HISTORY - Pet: [[Bella]] (Labrador, F, neutered)
Owner: {acname1.full}   Client no: {acref1}
Address: {acaddr1}
Mobile: {actel1}   Email: {acmail1}
Microchip: {acrfid1}
{acdate1.dmy} - vaccinated [[DHP + L4]]; weight 31.2 kg. Vet: {acname2.full} ({aclic1})
""",
    )
)
_add(
    _t(
        "vet-2",
        "veterinary record",
        "de_DE de_AT",
        """Patientenkartei - Tierarztpraxis
Tierhalter: {acname1.last_first}
Anschrift: {acaddr1}, Tel. {actel1}
Tier: Kater [[Felix]], EKH, geb. 2019
Transponder: {acrfid1}
{acdate1.dot}: [[Zahnsteinentfernung in Narkose]]
Rechnung an IBAN {aciban1} (Lastschrift)
""",
    )
)
_add(
    _t(
        "vet-3",
        "pet passport",
        "fr_FR es_ES it_IT",
        """PASSEPORT EUROPÉEN POUR ANIMAL DE COMPAGNIE
I. Propriétaire : {acname1.full}
   Adresse : {acaddr1}
   Téléphone : {actel1}
III. Identification : transpondeur n° {acrfid1}, lu le {acdate1.dmy}
IV. Vaccination antirabique : [[Nobivac Rabies]], vétérinaire {acname2.full}
""",
    )
)
_add(
    _t(
        "vet-4",
        "pet insurance claim",
        "en_AU en_NZ",
        """PET INSURANCE CLAIM FORM
Policy holder: {acname1.full}   Policy no. {acben1}
Pet: [[Milo]], Cavoodle, microchip {acrfid1}
Condition: [[cruciate ligament rupture]]; treatment date {acdate1.dmy}
Treating vet: Dr {acname2.last}, practice phone {actel1}
Pay to BSB/account: {acbank1}
""",
    )
)
_add(
    _t(
        "vet-5",
        "veterinary record",
        "ja_JP",
        """動物病院カルテ
飼い主：{acname1.native} 様
住所：{acaddr1}
電話：{actel1}
動物名：[[モモ]]（トイプードル・メス）
マイクロチップ番号：{acrfid1}
{acdate1.ja}　[[混合ワクチン接種]]　担当獣医師 {acname2.native_space}
""",
    )
)
_add(
    _t(
        "gym-1",
        "gym membership form",
        "en_GB",
        """MEMBERSHIP APPLICATION - FitZone
Member: {acname1.full}   DOB: {acdob1.dmy}
Email: {acmail1}   Mobile: {actel1}
Address: {acaddr1}
Membership no: {acref1}   Plan: [[Off-peak monthly]]
Direct debit: sort code/account {acbank1}
Emergency contact: {acname2.full} ({actel2})
Health declaration: [[no known conditions]]
""",
    )
)
_add(
    _t(
        "gym-2",
        "gym access log",
        "en_US",
        """timestamp,member_id,name,door,reader_mac,result
2026-12-10 05:58:11,{acref1},{acname1.first_last},Main entrance,{acmac1},GRANTED
2026-12-10 06:02:47,{acref2},{acname2.first_last},Main entrance,{acmac1},[[DENIED - membership frozen]]
2026-12-10 06:04:02,{acref3},{acname3.first_last},Pool,{acmac2},GRANTED
""",
    )
)
_add(
    _t(
        "gym-3",
        "gym membership form",
        "pt_BR es_MX",
        """FICHA DE MATRÍCULA - ACADEMIA
Aluno(a): {acname1.full}
CPF: {acnat1.br}
Nascimento: {acdob1.dmy}
Celular: {actel1}
Plano: [[trimestral com musculação e natação]]
Cartão de crédito (recorrência): {acpan1}
Biometria digital cadastrada: {acbio1}
""",
    )
)
_add(
    _t(
        "club-1",
        "sports club registration",
        "en_IE en_GB",
        """GAA CLUB - PLAYER REGISTRATION 2027
Player: {acname1.full}   DOB: {acdob1.dmy}   Age grade: [[U14]]
Parent/guardian: {acname2.full}   Mobile: {actel1}
Address: {acaddr1}
Email for club notices: {acmail1}
Medical info: [[none]]
Photo consent: yes; photo {acphoto1}
""",
    )
)
_add(
    _t(
        "club-2",
        "sports club registration",
        "de_DE",
        """AUFNAHMEANTRAG - TSV Blau-Weiß e.V.
Name: {acname1.full}
Geburtsdatum: {acdob1.dot}
Anschrift: {acaddr1}
Abteilung: [[Handball]]
SEPA-Lastschriftmandat: IBAN {aciban1}, Kontoinhaber {acname2.full}
Spielerpass-Nr.: {aclic1}
""",
    )
)
_add(
    _t(
        "club-3",
        "sports club registration",
        "tr_TR",
        """SPOR KULÜBÜ ÜYELİK FORMU
Adı Soyadı: {acname1.full}
T.C. Kimlik No: {acnat1.tr}
Doğum Tarihi: {acdob1.dot}
Adres: {acaddr1}
Veli: {acname2.full}, telefon {actel1}
Branş: [[yüzme]]
""",
    )
)
_add(
    _t(
        "race-1",
        "race entry results export",
        "en_NZ en_AU",
        """bib\tname\tage_cat\tclub\tchip_id\ttime
1042\t{acname1.caps_last_first}\t[[M50]]\t{actown1} Harriers\t{acdev1}\t[[01:38:22]]
1043\t{acname2.caps_last_first}\t[[F35]]\tunattached\t{acdev2}\t[[01:41:09]]
""",
    )
)


# ---- couriers, manifests, customs, ride-hailing and fleets

_add(
    _t(
        "waybill-1",
        "courier waybill",
        "en_GB",
        """EXPRESS WAYBILL   {acwb1}
SHIPPER: {acname1.caps}
         {acaddr1}
         Tel {actel1}
CONSIGNEE: {acname2.caps}
           {acaddr2}
           Tel {actel2}
Contents: [[2 x printed books]]   Weight: 1.8 kg   Service: [[next day before noon]]
""",
    )
)
_add(
    _t(
        "waybill-2",
        "courier waybill",
        "zh_CN zh_TW",
        """快递运单 运单号：{acwb1}
寄件人：{acname1.native}　电话：{actel1}
寄件地址：{acaddr1}
收件人：{acname2.native}　电话：{actel2}
收件地址：{acaddr2}
物品：[[衣服]]　保价：否
""",
    )
)
_add(
    _t(
        "waybill-3",
        "courier waybill",
        "pl_PL cs_CZ",
        """LIST PRZEWOZOWY nr {acwb1}
Nadawca: {acname1.full}, {acaddr1}, tel. {actel1}
Odbiorca: {acname2.full}, {acaddr2}, tel. {actel2}
Pobranie (COD): [[149,00 PLN]] na rachunek {aciban1}
Zawartość: [[części rowerowe]]
""",
    )
)
_add(
    _t(
        "waybill-4",
        "air waybill",
        "en_US ar_AE",
        """AIR WAYBILL {acwb1}
Shipper's Name and Address: {acname1.full}, {acaddr1}
Consignee's Name and Address: {acname2.full}, {acaddr2}
Consignee phone: {actel1}
Nature and Quantity of Goods: [[1 carton, machine spare parts]]
Executed on {acdate1.mon} at DXB - signature {acname3.initials}
""",
    )
)
_add(
    _t(
        "manifest-1",
        "delivery manifest",
        "en_GB",
        """DRIVER MANIFEST - Route 14 - {acdate1.dmy}
stop,tracking,recipient,address,postcode,phone,instructions
1,{acwb1},{acname1.full},{acstreet1},{acpost1},{actel1},[[leave with neighbour]]
2,{acwb2},{acname2.full},{acstreet2},{acpost2},{actel2},[[side gate]]
3,{acwb3},{acname3.full},{acstreet3},{acpost3},{actel3},[[signature required]]
""",
    )
)
_add(
    _t(
        "manifest-2",
        "delivery manifest",
        "de_DE",
        """Tourliste 0713 - Zusteller {acname4.first_initial} - Scanner {acdev1}
Pos;Sendungsnr;Empfänger;Straße;PLZ;Ort;Hinweis
1;{acwb1};{acname1.last_first};{acstreet1};{acpost1};{actown1};[[Ablageort Garage]]
2;{acwb2};{acname2.last_first};{acstreet2};{acpost2};{actown2};[[Nachbar Nr. 4]]
""",
    )
)
_add(
    _t(
        "manifest-3",
        "delivery manifest",
        "fr_FR",
        """FEUILLE DE ROUTE - tournée 22
| N° colis        | Destinataire             | Adresse                                  | Tél.           |
| {acwb1} | {acname1.caps_last_space_first} | {acaddr1} | {actel1} |
| {acwb2} | {acname2.caps_last_space_first} | {acaddr2} | {actel2} |
Remarque : [[colis fragile]] pour le second arrêt.
""",
    )
)
_add(
    _t(
        "manifest-4",
        "delivery manifest",
        "ja_JP",
        """配送リスト　{acdate1.ja}　ドライバー：{acname3.native}
伝票番号,お届け先,住所,電話番号,備考
{acwb1},{acname1.native},{acaddr1},{actel1},[[午前中指定]]
{acwb2},{acname2.native},{acaddr2},{actel2},[[置き配可]]
""",
    )
)
_add(
    _t(
        "pod-1",
        "proof of delivery log",
        "en_GB en_IE",
        """PROOF OF DELIVERY
Consignment: {acwb1}
Delivered: {acdate1.stamp}
Received by: {acname1.caps_last}
Signature image: {acphoto1}
GPS at delivery: {acgeo1}
Handheld: {acimei1}   Driver: {acname2.full}
Status: [[delivered - signed]]
""",
    )
)
_add(
    _t(
        "pod-2",
        "proof of delivery log",
        "en_US",
        """2026-12-09 13:44:02 POD scan={acwb1} device={acdev1} lat_lon={acgeo1} signer="{acname1.caps}" status=[[DELIVERED]]
2026-12-09 13:51:37 POD scan={acwb2} device={acdev1} lat_lon={acgeo2} signer="" status=[[NO ACCESS]] note="called {actel1}"
""",
    )
)
_add(
    _t(
        "pod-3",
        "proof of delivery log",
        "es_ES es_AR",
        """ACUSE DE RECIBO - envío {acwb1}
Entregado a: {acname1.full} (DNI {acnat1.es})
Fecha y hora: {acdate1.dmy} 12:07
Dirección: {acaddr1}
Repartidor: {acname2.first_last}
Observaciones: [[paquete entregado en conserjería]]
""",
    )
)
_add(
    _t(
        "customs-1",
        "customs declaration",
        "en_GB",
        """UNB+UNOC:3+SENDER01+HMRC+261209:1030+00001'
UNH+ME0001+CUSDEC:D:96B:UN'
BGM+830+DEC{acref1}'
NAD+CN+++{acname1.edi}+{acstreet1}+{actown1}++{acpost1}+GB'
NAD+CZ+++{acname2.edi}+{acstreet2}+{actown2}++{acpost2}+DE'
CTA+IC+:{acname2.ascii}'
COM+{actel1}:TE'
FTX+AAA+++[[USED CLOTHING AND PERSONAL EFFECTS]]'
UNT+8+1'
""",
    )
)
_add(
    _t(
        "customs-2",
        "customs declaration",
        "en_US fr_CA",
        """CN23 CUSTOMS DECLARATION   Item no. {acwb1}
From: {acname1.full}, {acaddr1}
To: {acname2.full}, {acaddr2}
Importer's tel/e-mail: {actel1} / {acmail1}
Detailed description of contents: [[knitted wool scarf]]  Qty 2  Value 60.00 USD
Category: [[gift]]
Sender's signature and date: {acname1.initials}, {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "customs-3",
        "customs declaration",
        "de_CH fr_CH",
        """ZOLLANMELDUNG - Privatsendung
Empfänger: {acname1.full}, {acaddr1}
AHV-Nr. (für Veranlagung): {acnat1.ch}
Sendungsnummer: {acwb1}
Warenbezeichnung: [[Kaffeemaschine, gebraucht]]
Warenwert: CHF 240.00
Zahlung per Karte {acpan1}
""",
    )
)
_add(
    _t(
        "customs-4",
        "customs declaration",
        "ko_KR",
        """개인통관 수입신고서
수하인: {acname1.native}
주민등록번호: {acnat1.kr}
주소: {acaddr1}
연락처: {actel1}
운송장번호: {acwb1}
품명: [[건강기능식품]]
""",
    )
)
_add(
    _t(
        "customs-5",
        "customs declaration",
        "th_TH",
        """ใบขนสินค้าขาเข้า (พัสดุ)
ผู้รับ: {acname1.full}
เลขประจำตัวประชาชน: {acnat1.th}
ที่อยู่: {acaddr1}
โทร: {actel1}
หมายเลขพัสดุ: {acwb1}
รายการสินค้า: [[เสื้อผ้า]]
""",
    )
)
_add(
    _t(
        "ride-1",
        "ride-hailing trip export",
        "en_GB en_US",
        """trip_id,requested_at,rider,rider_phone,driver,driver_licence,vehicle,pickup,dropoff,fare
T-88120,{acdate1.stamp},{acname1.first_initial},{actel1},{acname2.first_last},{aclic1},{acplate1},{acaddr1},{acaddr2},[[14.80]]
""",
    )
)
_add(
    _t(
        "ride-2",
        "ride-hailing trip export",
        "pt_BR",
        """{
  "viagem": "V-2291",
  "passageiro": {"nome": "{acname1.full}", "telefone": "{actel1}", "email": "{acmail1}"},
  "motorista": {"nome": "{acname2.full}", "cnh": "{aclic1}", "placa": "{acplate1}"},
  "origem": "{acaddr1}",
  "destino_gps": "{acgeo1}",
  "ip_app": "{acip1}",
  "avaliacao": "[[5 estrelas]]"
}
""",
    )
)
_add(
    _t(
        "ride-3",
        "ride-hailing complaint",
        "en_IN",
        """Support ticket {acfile1}
Rider {acname1.full} ({actel1}) reports driver {acname2.full}, vehicle {acplate1},
took a [[longer route]] on {acdate1.dmy}. Pickup {acaddr1}. Refund to card ending {acpan1}.
""",
    )
)
_add(
    _t(
        "fleet-1",
        "fleet telematics export",
        "en_GB en_IE",
        """vehicle_reg\tvin\tunit_serial\tdriver\tevent\ttimestamp\tposition\tspeed_kmh
{acplate1}\t{acvin1}\t{acdev1}\t{acname1.last_first}\t[[HARSH_BRAKE]]\t{acdate1.stamp}\t{acgeo1}\t[[64]]
{acplate1}\t{acvin1}\t{acdev1}\t{acname1.last_first}\t[[IDLE_OVER_10MIN]]\t{acdate1.stamp}\t{acgeo2}\t0
""",
    )
)
_add(
    _t(
        "fleet-2",
        "fleet telematics export",
        "fr_FR de_DE nl_NL",
        """# telematics gateway log
2026-12-10T07:12:44Z unit={acdev1} imei={acimei1} mac={acmac1} vin={acvin1} ign=ON driver_card={aclic1}
2026-12-10T07:12:45Z unit={acdev1} gps={acgeo1} fix=3D sats=9
2026-12-10T07:40:03Z unit={acdev1} event=[[GEOFENCE_EXIT]] zone=[[Depot North]]
""",
    )
)
_add(
    _t(
        "fleet-3",
        "fleet telematics export",
        "en_US",
        """VEHICLE,VIN,DRIVER,DRIVER_PHONE,DATE,START,END,MILES
{acplate1},{acvin1},{acname1.caps},{actel1},{acdate1.us},{acaddr1},{acaddr2},[[42.7]]
""",
    )
)
_add(
    _t(
        "tacho-1",
        "tachograph infringement record",
        "en_GB pl_PL ro_RO",
        """DRIVER INFRINGEMENT REPORT
Driver: {acname1.caps_last_first}     Driver card: {aclic1}
Vehicle: {acplate1}   Date: {acdate1.dmy}
Infringement: [[daily driving time exceeded by 45 min]]
Transport manager: {acname2.full}
Driver acknowledgement signed: {acname1.initials}
""",
    )
)
_add(
    _t(
        "returns-1",
        "returns form",
        "en_GB",
        """RETURNS FORM - order {acref1}
Customer: {acname1.full}
Collection address: {acaddr1}
Return label tracking: {acwb1}
Reason: [[item arrived damaged]]
Refund to card: {acpan1}
""",
    )
)
_add(
    _t(
        "lostparcel-1",
        "lost parcel claim",
        "en_AU",
        """LOST PARCEL CLAIM
Claimant: {acname1.full}   Phone: {actel1}   Email: {acmail1}
Tracking number: {acwb1}
Sent {acdate1.dmy} to {acname2.full}, {acaddr1}
Contents: [[laptop]]  Declared value AUD 1,250
Bank details for compensation: {acbank1}
""",
    )
)
_add(
    _t(
        "depot-1",
        "depot access log",
        "nl_NL nl_BE",
        """Toegangslog depot Venlo
2026-12-09 05:41 badge={acref1} naam={acname1.full} poort=[[Laadperron 2]] apparaat={acmac1}
2026-12-09 05:44 badge={acref2} naam={acname2.full} poort=[[Kantoor]] apparaat={acmac1}
2026-12-09 05:49 kenteken={acplate1} chauffeur={acname3.full} [[inrit vrachtwagen]]
""",
    )
)
_add(
    _t(
        "hazmat-1",
        "dangerous goods note",
        "en_GB en_US",
        """DANGEROUS GOODS NOTE
Consignor: {acname1.full}, {acaddr1}
Emergency contact (24h): {acname2.full}, {actel1}
UN number and proper shipping name: [[UN1263 PAINT, 3, III]]
Vehicle: {acplate1}   Trailer VIN: {acvin1}
Container: CSQU3054383
""",
    )
)
_add(
    _t(
        "postbox-1",
        "parcel locker notification",
        "uk_UA ru_RU",
        """Нова пошта - повідомлення
Отримувач: {acname1.full}
Телефон: {actel1}
ТТН: {acwb1}
Поштомат: {acaddr1}
Код отримання надіслано на {acmail1}. [[Зберігання 5 днів]].
""",
    )
)


# ---- e-mail, logs, escaped XML, and forms in further languages

_add(
    _t(
        "mail-1",
        "e-mail with headers",
        "en_GB",
        """Return-Path: {acmail1}
Received: from mail-out.example.net ([{acip1}]) by mx.council.example.gov.uk
From: {acmail1} ({acname1.full})
To: housing.options@council.example.gov.uk
Date: {acdate1.long_en} 22:14:09 +0000
Subject: URGENT - eviction notice

Hi, my landlord {acname2.full} has given me a section 21 notice for {acaddr1}.
I have two kids and [[nowhere else to go]]. Please ring me on {actel1}.
{acname1.first}
""",
    )
)
_add(
    _t(
        "mail-2",
        "e-mail with headers",
        "de_DE fr_CH",
        """Von: {acname1.full} [mailto:{acmail1}]
Gesendet: {acdate1.dot} 08:02
An: Schulsekretariat
Betreff: Krankmeldung {acname2.first} {acname1.last}, Klasse [[7b]]

Guten Morgen, mein Sohn {acname2.first} ist heute mit [[Fieber]] zu Hause.
Rückfragen gerne unter {actel1}.
""",
    )
)
_add(
    _t(
        "xml-1",
        "escaped XML payload in a log",
        "en_GB en_IE",
        """2026-12-09 11:02:13,884 DEBUG soap.client request body=
&lt;Claimant&gt;&lt;Surname&gt;{acname1.caps_last}&lt;/Surname&gt;&lt;Forename&gt;{acname1.first}&lt;/Forename&gt;
&lt;DateOfBirth&gt;{acdob1.iso}&lt;/DateOfBirth&gt;&lt;Postcode&gt;{acpost1}&lt;/Postcode&gt;
&lt;ClaimRef&gt;{acinsclaim1}&lt;/ClaimRef&gt;&lt;Status&gt;[[PENDING_EVIDENCE]]&lt;/Status&gt;&lt;/Claimant&gt;
2026-12-09 11:02:14,102 INFO soap.client response 200 from {acip1}
""",
    )
)
_add(
    _t(
        "xml-2",
        "escaped XML shipment notice",
        "nl_NL en_GB",
        """shipment_notice.xml (HTML-escaped preview)
&lt;Shipment id="{acwb1}"&gt;
  &lt;Receiver name="{acname1.full}" phone="{actel1}"&gt;{acaddr1}&lt;/Receiver&gt;
  &lt;Service&gt;[[EVENING_DELIVERY]]&lt;/Service&gt;
&lt;/Shipment&gt;
""",
    )
)
_add(
    _t(
        "weblog-1",
        "web server access log",
        "en_US en_CA",
        """{acip1} - {acname1.handle} [09/Dec/2026:10:12:44 +0000] "GET /portal/benefits/claim/{acinsclaim1} HTTP/1.1" 200 5120
{acip2} - - [09/Dec/2026:10:13:02 +0000] "POST /login HTTP/1.1" 401 312 "[[invalid credentials]]"
{acip1} - {acname1.handle} [09/Dec/2026:10:15:30 +0000] "GET /portal/profile?email={acmail1} HTTP/1.1" 200 880
""",
    )
)
_add(
    _t(
        "wifi-1",
        "campus wi-fi session log",
        "en_GB",
        """Dec 10 09:14:22 wlc01 AUTH: user {acname1.handle_initial}@student.example.ac.uk ok, client {acmac1}, ip {acip1}, ssid [[eduroam]]
Dec 10 09:14:58 wlc01 ROAM: client {acmac1} moved to ap [[LIB-2F-07]]
Dec 10 09:20:31 wlc01 AUTH: user {acname2.handle_initial}@staff.example.ac.uk failed, client {acmac2}
""",
    )
)
_add(
    _t(
        "payroll-1",
        "payroll record",
        "en_GB en_IE",
        """PAYSLIP - December 2026
Employee: {acname1.caps_last_first}    Employee no. {acref1}
Tax code: [[1257L]]   Period: 9
Paid to account: {acbank1}
Home address: {acaddr1}
Net pay: [[£2,114.60]]
""",
    )
)
_add(
    _t(
        "onboard-1",
        "new starter form",
        "it_IT",
        """MODULO DATI NUOVO DIPENDENTE
Cognome: {acname1.last}   Nome: {acname1.first}
Codice fiscale: {acnat1.it}
Data di nascita: {acdob1.dmy}   Luogo: {actown1}
Residenza: {acaddr1}
IBAN per accredito stipendio: {aciban1}
Contatto di emergenza: {acname2.full}, {actel1}
Mansione: [[magazziniere]]
""",
    )
)
_add(
    _t(
        "disc-1",
        "disciplinary hearing notes",
        "en_AU en_GB",
        """DISCIPLINARY HEARING - NOTES
Employee: {acname1.full} (ID {acref1})
Chair: {acname2.full}; HR: {acname3.full}; companion: {acname4.full}
Allegation: [[falsifying proof-of-delivery scans]] on route 9 ({acdate1.dmy})
Evidence: scanner {acdev1} logs; GPS {acgeo1} at time of 'delivery'.
Outcome: [[final written warning]]
""",
    )
)
_add(
    _t(
        "bank-1",
        "bank statement",
        "es_ES",
        """EXTRACTO DE CUENTA
Titular: {acname1.caps_full}
DNI: {acnat1.es}
IBAN: {aciban1}
Domicilio: {acaddr1}
Fecha        Concepto                                Importe
{acdate1.dmy}   [[Bizum]] a {acname2.full}                -25,00
{acdate2.dmy}   [[Recibo comunidad de propietarios]]      -60,00
""",
    )
)
_add(
    _t(
        "sepa-1",
        "SEPA direct debit mandate",
        "fr_FR nl_BE de_AT",
        """MANDAT DE PRÉLÈVEMENT SEPA
Référence unique du mandat : {acref1}
Débiteur : {acname1.full}
Adresse : {acaddr1}
IBAN : {aciban1}
Créancier : Crèche Les Petits Pas - motif [[frais de garde]]
Signé à {actown1}, le {acdate1.dmy}
""",
    )
)
_add(
    _t(
        "arabic-1",
        "benefit claim",
        "ar_EG ar_SA ar_JO",
        """طلب مساعدة اجتماعية
الاسم: {acname1.full}
تاريخ الميلاد: {acdob1.dmy}
العنوان: {acaddr1}
الهاتف: {actel1}
رقم الملف: {acfile1}
نوع المساعدة: [[دعم نقدي شهري]]
""",
    )
)
_add(
    _t(
        "hebrew-1",
        "school enrolment form",
        "he_IL",
        """טופס רישום לבית הספר
שם התלמיד: {acname1.full}
מספר זהות: {acnat1.il}
תאריך לידה: {acdob1.dmy}
כתובת: {acaddr1}
הורה: {acname2.full}, טלפון {actel1}
כיתה: [[ג׳]]
""",
    )
)
_add(
    _t(
        "persian-1",
        "clinical note",
        "fa_IR",
        """یادداشت بالینی
نام بیمار: {acname1.full}
شماره پرونده: {acmrn1}
تاریخ مراجعه: {acdate1.iso}
تلفن: {actel1}
شکایت اصلی: [[سرفه خشک]]
پزشک معالج: {acname2.full}
""",
    )
)
_add(
    _t(
        "georgian-1",
        "housing register application",
        "ka_GE",
        """საცხოვრებელი ფართის განაცხადი
განმცხადებელი: {acname1.full}
მისამართი: {acaddr1}
ტელეფონი: {actel1}
ელ-ფოსტა: {acmail1}
ოჯახის წევრი: {acname2.full}
სტატუსი: [[განხილვაშია]]
""",
    )
)
_add(
    _t(
        "armenian-1",
        "veterinary record",
        "hy_AM",
        """Անասնաբուժական քարտ
Տեր: {acname1.full}
Հասցե: {acaddr1}
Հեռախոս: {actel1}
Միկրոչիպ: {acrfid1}
Պատվաստում: [[կատաղության դեմ]], {acdate1.dot}
""",
    )
)
_add(
    _t(
        "hindi-1",
        "student loan letter",
        "hi_IN",
        """शिक्षा ऋण स्वीकृति पत्र
आवेदक: {acname1.full}
आधार संख्या: {acnat1.in}
पता: {acaddr1}
मोबाइल: {actel1}
ऋण खाता: {acbank1}
स्वीकृत राशि: [[₹4,50,000]]
""",
    )
)
_add(
    _t(
        "bengali-1",
        "courier waybill",
        "bn_BD",
        """কুরিয়ার রসিদ নং {acwb1}
প্রেরক: {acname1.full}, {actel1}
প্রাপক: {acname2.full}
ঠিকানা: {acaddr1}
পণ্য: [[বই]]
""",
    )
)
_add(
    _t(
        "viet-1",
        "gym membership form",
        "vi_VN",
        """PHIẾU ĐĂNG KÝ HỘI VIÊN
Họ và tên: {acname1.full}
Ngày sinh: {acdob1.dmy}
Số điện thoại: {actel1}
Email: {acmail1}
Địa chỉ: {acaddr1}
Gói tập: [[12 tháng]]
""",
    )
)
_add(
    _t(
        "indo-1",
        "delivery manifest",
        "id_ID",
        """MANIFES PENGIRIMAN - kurir {acname3.full}
No. Resi | Penerima | Alamat | Telepon
{acwb1} | {acname1.full} | {acaddr1} | {actel1}
{acwb2} | {acname2.full} | {acaddr2} | {actel2}
Catatan: [[COD Rp 150.000]]
""",
    )
)
_add(
    _t(
        "fil-1",
        "benefit claim",
        "fil_PH en_PH",
        """APPLICATION FOR SOCIAL PENSION
Name: {acname1.caps_last_first}
Birthdate: {acdob1.usl}  Age: {acage1}
Address: {acaddr1}
Contact no.: {actel1}
Authorized representative: {acname2.full}
Status: [[indigent senior citizen]]
""",
    )
)
_add(
    _t(
        "hu-1",
        "workplace injury report",
        "hu_HU",
        """MUNKABALESETI JEGYZŐKÖNYV
Sérült neve: {acname1.full}
Születési idő: {acdob1.ymd_dot}
Lakcím: {acaddr1}
Baleset ideje: {acdate1.ymd_dot}
Leírás: [[létráról leesés raktárban]]
Munkavezető: {acname2.full}
""",
    )
)
_add(
    _t(
        "ro-1",
        "social work case note",
        "ro_RO",
        """FIȘĂ DE EVALUARE SOCIALĂ
Beneficiar: {acname1.full}
CNP: {acnat1.ro}
Domiciliu: {acaddr1}
Telefon: {actel1}
Asistent social: {acname2.full}
Concluzie: [[risc de abandon școlar]]
""",
    )
)
_add(
    _t(
        "hr-1",
        "school enrolment form",
        "hr_HR sl_SI",
        """PRIJAVA ZA UPIS U PRVI RAZRED
Ime i prezime djeteta: {acname1.full}
OIB: {acnat1.hr}
Datum rođenja: {acdob1.dot}
Adresa: {acaddr1}
Roditelj: {acname2.full}, mob. {actel1}
Produženi boravak: [[da]]
""",
    )
)
_add(
    _t(
        "cz-1",
        "benefit claim",
        "cs_CZ sk_SK",
        """ŽÁDOST O PŘÍSPĚVEK NA BYDLENÍ
Žadatel: {acname1.full}
Rodné číslo: {acnat1.cz}
Adresa: {acaddr1}
Číslo účtu: {acbank1}
Telefon: {actel1}
Důvod: [[náklady na bydlení přesahují 30 % příjmu]]
""",
    )
)
_add(
    _t(
        "ee-1",
        "sports club registration",
        "et_EE lv_LV lt_LT",
        """SPORDIKLUBI LIIKMEAVALDUS
Nimi: {acname1.full}
Isikukood: {acnat1.ee}
Aadress: {acaddr1}
E-post: {acmail1}
Telefon: {actel1}
Ala: [[korvpall]]
""",
    )
)
_add(
    _t(
        "bg-1",
        "social work case note",
        "bg_BG",
        """СОЦИАЛЕН ДОКЛАД
Лице: {acname1.patronymic}
ЕГН: {acnat1.bg}
Адрес: {acaddr1}
Телефон: {actel1}
Социален работник: {acname2.full}
Препоръка: [[настаняване в приемно семейство]]
""",
    )
)
_add(
    _t(
        "is-1",
        "pet passport",
        "is_IS",
        """GÆLUDÝRAVEGABRÉF
Eigandi: {acname1.full}
Kennitala: {acnat1.is}
Heimilisfang: {acaddr1}
Örmerki: {acrfid1}
Bólusetning: [[hundaæði]], {acdate1.dot}
""",
    )
)
_add(
    _t(
        "uk-1",
        "school enrolment form",
        "uk_UA",
        """ЗАЯВА ПРО ЗАРАХУВАННЯ ДО ШКОЛИ
Дитина: {acname1.full}
Дата народження: {acdob1.dot}
РНОКПП батька: {acnat1.ua}
Батько/мати: {acname2.patronymic}
Адреса: {acaddr1}
Телефон: {actel1}
Клас: [[1-А]]
""",
    )
)
_add(
    _t(
        "ch-1",
        "immigration appointment letter",
        "zh_TW en_GB",
        """簽證面談通知
申請人：{acname1.native}
護照號碼：{acpass1}
出生日期：{acdob1.iso}
面談時間：{acdate1.iso} 上午 9:30
請攜帶[[財力證明]]及照片 {acphoto1}
""",
    )
)
_add(
    _t(
        "no-1",
        "clinical note",
        "no_NO da_DK",
        """JOURNALNOTAT - legevakt
Pasient: {acname1.full}, f.nr. {acnat1.no}
Dato: {acdate1.dot}
Adresse: {acaddr1}
Funn: [[distal radiusfraktur]], henvist ortopedisk poliklinikk.
Lege: {acname2.full}
""",
    )
)
_add(
    _t(
        "sim-1",
        "SIM registration record",
        "sw zu_ZA en_KE",
        """SIM REGISTRATION
Customer: {acname1.caps}
ID number: {acpass1}
MSISDN: {actel1}
Handset IMEI: {acimei1}
Agent: {acname2.full}, outlet [[Kibera 3]]
Biometric capture ref: {acbio1}
""",
    )
)
_add(
    _t(
        "hotel-1",
        "hotel guest registration",
        "es_ES pt_PT",
        """PARTE DE ENTRADA DE VIAJEROS - Hostal Las Dunas
Nombre: {acname1.first}   Apellidos: {acname1.last}
Documento: pasaporte {acpass1}
Fecha de nacimiento: {acdob1.dmy}
Fecha de entrada: {acdate1.dmy}
Matrícula del vehículo: {acplate1}
[[Habitación doble]]
""",
    )
)
_add(
    _t(
        "death-1",
        "death registration",
        "en_GB en_NZ",
        """REGISTER OF DEATHS - entry (copy)
Name and surname: {acname1.caps_full}
Date of death: {acdate1.long_en}   Place: {actown1}
Age: {acage1}
Usual address: {acaddr1}
Informant: {acname2.full}, son, present at the death
Cause: [[1a bronchopneumonia, 1b frailty of old age]]
""",
    )
)
_add(
    _t(
        "visa-1",
        "visa application",
        "en_GB ar_AE",
        """VISA APPLICATION - Personal details
Family name: {acname1.caps_last}      Given names: {acname1.caps_first}
Passport number: {acpass1}
Date of birth: {acdob1.dmy}
Home address: {acaddr1}
Sponsor in UK: {acname2.full}, {acaddr2}
Purpose: [[visit family]]   Photo: {acphoto1}   Fingerprints enrolled: {acbio1}
""",
    )
)


# ---- scans read back by OCR, and fixed-width exports

_add(
    _t(
        "ocr-2",
        "scanned benefit letter (OCR)",
        "en_GB",
        """[page 1 of 2 - OCR confidence 71%]
Departrnent for W0rk and Pensi0ns
{acname1.ocr_caps}
{acaddr1}
Y0ur reference: {acref1.ocr}
Dear {acname1.ocr},
We have decided y0u are entit1ed to [[Carer's A11owance]] from {acdate1.long_en}.
""",
    )
)
_add(
    _t(
        "ocr-3",
        "scanned waybill (OCR)",
        "de_DE nl_NL",
        """-- Scan 0044 / Lieferschein --
Sendungsnumrner: {acwb1.ocr}
Ernpfanger: {acname1.ocr}
Anschr1ft: {acaddr1}
Te1.: {actel1}
Unterschr1ft: [[unleserlich]]
""",
    )
)
_add(
    _t(
        "ocr-4",
        "scanned school form (OCR)",
        "fr_FR",
        """NUMÉRISATION - fiche sanitaire de liaison
Norn de l'enfant : {acname1.ocr_caps}
Né1e) le : {acdob1.dmy}
Responsab1e : {acname2.ocr}
Té1éphone : {actel1}
Vaccins : [[DTP à jour]]
""",
    )
)
_add(
    _t(
        "fixed-1",
        "delivery manifest (fixed width)",
        "en_GB en_IE",
        """ROUTE 31  DATE {acdate1.dmy}
STOP CONSIGNMENT          RECIPIENT                  POSTCODE  PHONE
0001 {acwb1}  {acname1.caps_last_first_all}   {acpost1}  {actel1}
0002 {acwb2}  {acname2.caps_last_first_all}   {acpost2}  {actel2}
TOTAL STOPS 0002   VAN {acplate1}   [[CHILLED: NO]]
""",
    )
)
_add(
    _t(
        "fixed-2",
        "benefit payment file (fixed width)",
        "en_GB",
        """HDR BACS PAYMENTS  RUN {acdate1.hl7}
{acbank1}  {acname1.caps_last_space_first}  0000064210  [[PIP DAILY LIVING]]
{acbank2}  {acname2.caps_last_space_first}  0000031295  [[CARERS ALLOWANCE]]
TRL 0002 RECORDS
""",
    )
)
_add(
    _t(
        "eduexport-1",
        "student records export (TSV)",
        "en_AU en_NZ",
        """student_id\tfamily_name\tgiven_name\tdob\tguardian\tguardian_mobile\tflags
{acstu1}\t{acname1.last}\t{acname1.first}\t{acdob1.iso}\t{acname3.full}\t{actel1}\t[[EAL]]
{acstu2}\t{acname2.last}\t{acname2.first}\t{acdob2.iso}\t{acname4.full}\t{actel2}\t[[NCCD-supplementary]]
""",
    )
)


SPLIT = Split(
    name="heldout_ac",
    templates=TEMPLATES,
    seeds=range(84440001, 84440401),
    locales=(("en_GB", 3), ("en_US", 2), ("fr_FR", 1), ("de_DE", 1)),
    name_countries=(),
    id_countries=(),
    # The generator's check asks for these older shape slots; AC's own templates use none.
    shapes={
        "mrn": ("AC#######",),
        "plan": ("ACP########",),
        "claim": ("ACL########",),
        "account": ("########",),
        "licence": ("L#######",),
        "reg": ("R######",),
        "cert": ("C######",),
        "serial": ("SN########",),
    },
    date_formats=("%d/%m/%Y", "%Y-%m-%d"),
)
