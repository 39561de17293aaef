"""Split V: written in session 37 by a separate author; held out in session 39 (run once
after the freeze), DEV-side (tuned on) since.

Documents that de-identification meets outside a hospital's own notes as well as inside
them: letters, referrals, lab reports, court and police records, tax forms, shipping and
customs papers, school records, pharmacy labels, app exports, message exports and
machine formats (HL7 v2, FHIR JSON, X12, EDIFACT, escaped XML, logs, e-mail headers),
OCR'd scans, in many languages and scripts. Slots are V's own (v_forms.py). Dates count
back from V_TODAY. No document holds an angle bracket (metrics reads them as masks).
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.v_forms import V_TODAY

__all__ = ["SPLIT", "TEMPLATES", "V_TODAY"]


def _t(tid: str, doc_type: str, locale: str, text: str, ids: tuple[str, ...] = ()) -> Template:
    return Template(
        id=f"v-{tid}",
        doc_type=doc_type,
        text=text.strip("\n") + "\n",
        locales=((locale, 1),),
        id_countries=ids,
    )


TEMPLATES: list[Template] = []

# --- the eight kinds, in several countries each --------------------------------
TEMPLATES += [
    _t(
        "clin-us-1",
        "clinical note",
        "en_US",
        """
PROGRESS NOTE - Internal Medicine
Pt: {vper1.caps_last_first}   DOB {vdob1.mdy}   MRN {vmrn1.num}
Seen {vdate1.mdy} at the {vtown1} clinic. {vage1}-year-old with [[atrial fibrillation]] on
[[apixaban 5 mg BID]]; lives at {vaddr1.us}. Daughter {vper2.first_last} ({vtel1.us}) drives.
Plan: [[TSH and BMP]], recheck 6 wk. -- {vper3.initial_last}, MD  NPI {vlic1.npi}
""",
    ),
    _t(
        "clin-de-1",
        "clinical note",
        "de_DE",
        """
Ambulanter Verlaufsbericht, Hausarztpraxis {vper3.last}
Patientin: {vper1.last_first}, geb. {vdob1.dmy}, Vers.-Nr. {vplan1.de}
Anschrift: {vaddr1}
Vorstellung am {vdate1.de} wegen [[Belastungsdyspnoe]]. Pat. ist {vage1} J. alt,
lebt allein; Sohn {vper2.full} erreichbar unter {vtel1}.
Procedere: [[NT-proBNP]], [[Echokardiographie]] veranlasst.
""",
    ),
    _t(
        "clin-ja-1",
        "clinical note",
        "ja_JP",
        """
外来診療記録
患者氏名: {vper1.native}  生年月日: {vdob1.ja}  カルテ番号: {vmrn1.jp}
住所: {vaddr1}
受診日 {vdate1.ja}。主訴: [[心窩部痛]]。既往: [[2型糖尿病]]。
連絡先 {vtel1} (長男 {vper2.native})
担当医 {vper3.native}
""",
    ),
    _t(
        "clin-pl-1",
        "clinical note",
        "pl_PL",
        """
KARTA WIZYTY - Poradnia Kardiologiczna, {vtown1}
Pacjent: {vper1.caps_last_space_first}  PESEL {vnat1.pl}
Data wizyty: {vdate1.pl}. Rozpoznanie: [[I10 nadciśnienie tętnicze]].
Zalecenia: [[amlodypina 5 mg]] 1x dziennie. Kontakt z żoną ({vper2.first_last}): {vtel1}.
Lekarz: dr {vper3.first_last}, NPWZ {vlic1.med}
""",
    ),
    _t(
        "dis-gb-1",
        "discharge summary",
        "en_GB",
        """
DISCHARGE SUMMARY - Acute Medical Unit (electronic, v3)
Name: {vper1.caps_last_first}    NHS No: {vnat1.gb}    Hosp No: {vmrn1}
DOB: {vdob1.dmy_slash}    Address: {vaddr1.lines}
Admitted {vdate1.dmy_slash}, discharged {vdate2.dmy_slash} from [[Ward 7 (Acute Medicine)]].
Diagnosis: [[community-acquired pneumonia]]. TTO: [[amoxicillin 500 mg TDS 5/7]].
GP: Dr {vper2.initial_last}, {vaddr2}. Next of kin: {vper3.full}, tel {vtel1}.
""",
        ("GB",),
    ),
    _t(
        "dis-fr-1",
        "discharge summary",
        "fr_FR",
        """
COMPTE RENDU D'HOSPITALISATION - service de pneumologie (CRH n°2)
Patient(e) : {vper1.caps_last_space_first}, né(e) le {vdob1.fr}
NIR : {vnat1.fr}    IPP : {vmrn1.fr}
Séjour du {vdate1.fr} au {vdate2.fr}, service de [[pneumologie]].
Diagnostic de sortie : [[exacerbation de BPCO]]. Traitement : [[tiotropium]].
Médecin traitant : Dr {vper2.last}, {vaddr1}. Tél. {vtel1}
""",
    ),
    _t(
        "dis-es-1",
        "discharge summary",
        "es_MX",
        """
RESUMEN DE EGRESO
Nombre: {vper1.full}    Expediente: {vmrn1}    Edad: {vage1} años
Ingreso: {vdate1.es}   Egreso: {vdate2.es}
Dx: [[fractura de cadera derecha]], tratada con [[hemiartroplastia]].
Responsable: {vper2.full}, domicilio {vaddr1}, cel. {vtel1}
""",
    ),
    _t(
        "rad-us-1",
        "radiology request",
        "en_US",
        """
IMAGING ORDER / REQUISITION
Patient: {vper1.last_first}  Sex: F  DOB: {vdob1.mdy}  Acct#: {vacct1.us}
Ordering: {vper2.first_last} MD, fax {vfax1.us}
Exam: [[CT abdomen/pelvis with IV contrast]]  Priority: routine  Requested {vdate1.mdy}
Hx: [[RLQ pain, r/o appendicitis]]. Creatinine ok. Implant: pacemaker SN {vdev1.pump}
Ins: member ID {vplan1}
""",
    ),
    _t(
        "rad-it-1",
        "radiology request",
        "it_IT",
        """
RICHIESTA DI PRESTAZIONE - Diagnostica per immagini
Assistito: {vper1.caps_last_space_first}  C.F. {vnat1.it}
Nato il {vdob1.dmy_slash} a {vtown1}
Prestazione: [[RM encefalo senza e con mdc]]  Quesito: [[cefalea di nuova insorgenza]]
Data richiesta: {vdate1.dmy_slash}  Medico: {vper2.full}
""",
    ),
    _t(
        "rad-kr-1",
        "radiology request",
        "ko_KR",
        """
영상검사 의뢰서
환자명: {vper1.native}  주민등록번호: {vnat1.kr}
의뢰일: {vdate1.ko}  검사: [[흉부 CT]]  임상소견: [[만성 기침]]
의뢰의: {vper2.native}  연락처: {vtel1}
""",
    ),
    _t(
        "claim-us-1",
        "insurance claim",
        "en_US",
        """
CLAIM FOR BENEFITS
Claimant: {vper1.full}   SSN: {vssn1}   Policy/Member: {vplan1}
Date of service: {vdate1.mdy}   Claim no.: {vref1}
Provider: {vper2.caps}, NPI {vlic1.npi}, tax ID on file
Services: [[99214 office visit]], [[93000 ECG]]
Pay to: routing 021000021 acct {vacct1.us}
Mail: {vaddr1.us}
""",
    ),
    _t(
        "claim-de-1",
        "insurance claim",
        "de_DE",
        """
Leistungsantrag Krankenzusatzversicherung
Versicherte Person: {vper1.first_last}, geb. {vdob1.dmy}
Versicherungsnummer {vplan1.de}  Schadennummer {vref1}
Behandlungsdatum {vdate1.dmy}: [[Zahnersatz Krone 16]]
Erstattung auf IBAN {viban1.de} (Kontoinhaber {vper1.caps})
""",
    ),
    _t(
        "claim-br-1",
        "insurance claim",
        "pt_BR",
        """
SOLICITAÇÃO DE REEMBOLSO
Beneficiário: {vper1.caps}  CPF: {vnat1.br}  Carteirinha: {vplan1}
Atendimento em {vdate1.pt}, [[consulta em dermatologia]].
Conta para crédito: ag. 1234 c/c {vacct1}  Telefone {vtel1}  E-mail {vmail1}
""",
    ),
    _t(
        "kyc-gb-1",
        "KYC review",
        "en_GB",
        """
KYC PERIODIC REVIEW - Retail
Customer: {vper1.last_first}  DOB {vdob1.dmy_slash}
ID seen: passport {vpass1.gb}; proof of address: council tax bill, {vaddr1}
Selfie match: {vphoto1}   Liveness vendor ref {vbio1.face}
Risk rating: [[medium]] - reason: [[cash-intensive business]]
Reviewer: {vper2.first_initial}  Date {vdate1.dmy_slash}
""",
    ),
    _t(
        "kyc-in-1",
        "KYC review",
        "en_IN",
        """
Customer Due Diligence (re-KYC)
Name as per Aadhaar: {vper1.caps}
Aadhaar: {vnat1.in}   PAN verified: Y   Mobile: {vtel1.in}
Address: {vaddr1}
A/c no. {vacct1.in}   Branch: {vtown1}   Date: {vdate1.dmy_slash}
Observation: [[PEP screening negative]]
""",
    ),
    _t(
        "kyc-tr-1",
        "KYC review",
        "tr_TR",
        """
MÜŞTERİ TANIMA FORMU (Bireysel - periyodik güncelleme)
Ad Soyad: {vper1.caps}   T.C. Kimlik No: {vnat1.tr}
Doğum tarihi: {vdate1.tr}   Adres: {vaddr1}
IBAN: {viban1.tr}   Risk: [[düşük]]
""",
    ),
    _t(
        "fraud-us-1",
        "fraud case",
        "en_US",
        """
FRAUD INVESTIGATION CASE {vref1.kyc}
Subject: {vper1.full} (aka {vper1.handle})
Cards involved: {vcard1}, last used {vdate1.mdy} from IP {vip1}
Device fingerprint MAC {vmac1}; login from {vtown1}
Linked e-mail {vmail1}, phone {vtel1.us}
Finding: [[account takeover via SIM swap]]; loss [[USD 4,210.00]]
Analyst: {vper2.initial_last}
""",
    ),
    _t(
        "fraud-nl-1",
        "fraud case",
        "nl_NL",
        """
Fraudedossier - Bank
Klant: {vper1.first_last}, BSN {vnat1.nl}
Rekening {viban1.nl} - verdachte overboekingen op {vdate1.nl}
Gebruikte IP-adressen: {vip1}, {vip2.v6}
Conclusie: [[phishing (valse bankmedewerker)]]
""",
    ),
    _t(
        "hr-us-1",
        "HR leave request",
        "en_US",
        """
LEAVE OF ABSENCE REQUEST (FMLA)
Employee: {vper1.last_first}    Employee ID: {vref1.ticket}
Leave dates: {vdate1.mdy} through {vdate2.mdy}
Reason: [[bonding with newborn]]   Manager: {vper2.first_last}
Home phone {vtel1.us}  Personal e-mail {vmail1}
""",
    ),
    _t(
        "hr-se-1",
        "HR leave request",
        "sv_SE",
        """
Ansökan om ledighet - blankett P12, personalavdelningen
Namn: {vper1.first_last}   Personnummer: {vnat1.se}
Period: {vdate1.iso} - {vdate2.iso}   Typ: [[föräldraledighet]]
Närmaste chef: {vper2.full}   Telefon {vtel1}
""",
    ),
    _t(
        "hr-fi-1",
        "HR leave request",
        "fi_FI",
        """
LOMAHAKEMUS
Työntekijä: {vper1.last_space_first}  Henkilötunnus: {vnat1.fi}
Loma ajalle {vdate1.dmy} - {vdate2.dmy}, syy: [[vuosiloma]]
Hyväksyjä: {vper2.first_last}
""",
    ),
    _t(
        "chat-en-1",
        "chat transcript",
        "en_AU",
        """
[{vdate1.dmy_slash} 09:14] Support ({vper2.first}): Hi! Can I get your full name and DOB?
[{vdate1.dmy_slash} 09:15] Customer: {vper1.lower}, born {vdob1.dmy_slash}
[{vdate1.dmy_slash} 09:15] Support ({vper2.first}): Thanks. And the mobile on the account?
[{vdate1.dmy_slash} 09:16] Customer: {vtel1}
[{vdate1.dmy_slash} 09:17] Customer: my [[repeat prescription]] never arrived at {vaddr1}
[{vdate1.dmy_slash} 09:18] Support ({vper2.first}): Order {vref1.rx} shows [[returned to sender]].
""",
    ),
    _t(
        "chat-ru-1",
        "chat transcript",
        "ru_RU",
        """
Оператор: Здравствуйте! Назовите, пожалуйста, ФИО.
Клиент: {vper1.fio}
Оператор: Дата рождения?
Клиент: {vdob1.dmy}
Оператор: Вижу запись к врачу на [[флюорографию]]. Ваш телефон {vtel1}?
Клиент: да. И почта {vmail1}
""",
    ),
    _t(
        "chat-pt-1",
        "chat transcript",
        "pt_BR",
        """
{vdate1.dmy_slash} 21:03 - {vper1.first}: oi, é da farmácia?
{vdate1.dmy_slash} 21:03 - Farmácia Vida: Olá! Pode informar o CPF?
{vdate1.dmy_slash} 21:04 - {vper1.first}: {vnat1.br}
{vdate1.dmy_slash} 21:05 - Farmácia Vida: Seu [[losartana 50mg]] está pronto. Entregamos em \
{vaddr1}?
{vdate1.dmy_slash} 21:06 - {vper1.first}: sim, pode mandar pro {vper2.first} receber
""",
    ),
]

# --- letters, referrals, labs ------------------------------------------------------------
TEMPLATES += [
    _t(
        "ref-gb-1",
        "referral letter",
        "en_GB",
        """
{vaddr1.lines}
{vdate1.long_en}

Dear Dr {vper2.last},

Re: {vper1.full}, DOB {vdob1.dmy_slash}, NHS {vnat1.gb}
{vaddr2}

Thank you for seeing this {vage1}-year-old gentleman with [[progressive memory loss]]. His
wife, {vper3.first_last}, can be reached on {vtel1}. MMSE [[21/30]].

Yours sincerely (dictated but not signed),
Dr {vper4.initials}
""",
        ("GB",),
    ),
    _t(
        "ref-de-1",
        "referral letter",
        "de_AT",
        """
Überweisung an: Fachärztin für Neurologie Dr. {vper2.last}
Patient: {vper1.last_first}, SV-Nummer {vnat1.at}
Wohnhaft {vaddr1}
Fragestellung: [[Polyneuropathie? NLG erbeten]]
{vtown1}, am {vdate1.dmy}       Dr. {vper3.full}
""",
    ),
    _t(
        "ref-ie-1",
        "referral letter",
        "en_IE",
        """
Re: {vper1.first_last} (PPSN {vnat1.ie}), {vaddr1}
Referred for [[colposcopy]] following [[HSIL on cervical screening]] dated {vdate1.dmy_slash}.
Mobile {vtel1}. Kind regards, {vper2.initial_last}, GP, Medical Council No. {vlic1.med}
""",
    ),
    _t(
        "ref-nz-1",
        "referral letter",
        "en_NZ",
        """
eReferral - Orthopaedics
NHI: {vmrn1}   Name: {vper1.caps_last_first}   DOB: {vdob1.dmy_slash}   IRD {vnat1.nz}
Address: {vaddr1}
Clinical question: [[persistent knee effusion after twisting injury]]
Referrer: {vper2.full}, {vtel1}, {vmail1}
""",
    ),
    _t(
        "lab-us-1",
        "lab report",
        "en_US",
        """
LABORATORY REPORT                               Accession: {vref1}
PATIENT: {vper1.caps_last_first}     DOB: {vdob1.mdy}     MRN: {vmrn1}
COLLECTED: {vdate1.mdy} 07:42        ORDERING: {vper2.caps_last_first}
TEST                RESULT    FLAG   REFERENCE INTERVAL
[[HbA1c]]           8.1       H      4.0-5.6 %
[[LDL cholesterol]] 142       H      0-99 mg/dL
[[eGFR]]            58        L      above 60
Phone results to {vtel1.us}; fax copy {vfax1.us}
""",
    ),
    _t(
        "lab-fr-1",
        "lab report",
        "fr_BE",
        """
LABORATOIRE DE BIOLOGIE CLINIQUE - {vtown1}
Patient : {vper1.caps_last_space_first}   NISS : {vnat1.be}
Prélèvement du {vdate1.dmy}   Dossier : {vmrn1}
[[Ferritine]] ........ 9 µg/L   (30-400)
[[Hémoglobine]] ...... 10,2 g/dL
Prescripteur : Dr {vper2.first_last}
""",
    ),
    _t(
        "lab-cn-1",
        "lab report",
        "zh_CN",
        """
检验报告单
姓名: {vper1.native}  身份证号: {vnat1.cn}  住院号: {vmrn1.num}
采样日期: {vdate1.ja}  科室: [[内分泌科]]
项目: [[空腹血糖]] 7.8 mmol/L ↑
送检医生: {vper2.native}  电话: {vtel1}
""",
    ),
    _t(
        "lab-es-1",
        "lab report",
        "es_AR",
        """
INFORME DE LABORATORIO
Paciente: {vper1.caps_last_first}   CUIL: {vnat1.ar}
Fecha de extracción: {vdate1.dmy_slash}   Protocolo: {vref1}
[[Hemograma completo]]: sin particularidades. [[VSG]] 38 mm/h.
Médico solicitante: {vper2.full}
""",
    ),
    _t(
        "path-nl-1",
        "pathology report",
        "nl_BE",
        """
PATHOLOGISCH ONDERZOEK - T-nummer {vref1}
Patiënt: {vper1.caps_last_space_first}, geboren {vdob1.dmy}, rijksregisternr. {vnat1.be}
Materiaal: [[huidexcisie rug]]. Conclusie: [[basaalcelcarcinoom, radicaal verwijderd]].
Aanvrager: dr. {vper2.last}; ontvangen {vdate1.dmy}
""",
    ),
    _t(
        "gen-us-1",
        "genetic test report",
        "en_US",
        """
GENETIC TESTING REPORT - Hereditary Cancer Panel
Patient {vper1.full} | DOB {vdob1.iso} | Specimen ID {vref1} | Kit serial {vdev1}
Result: [[pathogenic variant detected in BRCA2]]
Genetic counselor: {vper2.first_last}, {vtel1.us} | portal {vurl1}
""",
    ),
]

# --- court, police, tax -----------------------------------------------------------------
TEMPLATES += [
    _t(
        "court-us-1",
        "court record",
        "en_US",
        """
IN THE SUPERIOR COURT OF THE STATE, COUNTY OF {vtown1}
Case No. {vref1.court}
PEOPLE v. {vper1.caps}
Defendant's date of birth: {vdob1.mdy}. Address of record: {vaddr1.us}.
Charge: [[Vehicle Code 23152(a) driving under the influence]].
Counsel for defendant: {vper2.full}, State Bar No. {vlic1.bar}
Hearing held {vdate1.long_en}.
""",
    ),
    _t(
        "court-de-1",
        "court record",
        "de_DE",
        """
Amtsgericht {vtown1}
Az.: {vref1.court_de}
In dem Rechtsstreit
{vper1.first_last}, {vaddr1}, - Kläger -
gegen
{vper2.first_last}, {vaddr2}, - Beklagte -
wegen [[Mietzahlung]] hat das Gericht am {vdate1.de} für Recht erkannt: \
[[Die Klage wird abgewiesen.]]
""",
    ),
    _t(
        "court-fr-1",
        "court record",
        "fr_FR",
        """
TRIBUNAL JUDICIAIRE DE {vtown1}
RG n° {vref1.court}
Jugement du {vdate1.fr}
Entre : M. {vper1.caps_last_space_first}, né le {vdob1.fr}, demeurant {vaddr1}
Et : Mme {vper2.caps_last_space_first}
Objet : [[fixation de la résidence habituelle de l'enfant]]
""",
    ),
    _t(
        "police-gb-1",
        "police report",
        "en_GB",
        """
CRIME REPORT  Ref: {vref1.police}
Victim: {vper1.caps_last_first}  DOB {vdob1.dmy_slash}
Home address: {vaddr1}   Contact: {vtel1}
Offence: [[Theft from motor vehicle]]. Vehicle reg {vveh1.plate}, VIN {vveh2.vin}.
Suspect seen by witness {vper2.full}. OIC: PC {vper3.last}.
Date/time of offence: {vdate1.dmy_slash} approx 02:30
""",
    ),
    _t(
        "police-es-1",
        "police report",
        "es_ES",
        """
ATESTADO POLICIAL Nº {vref1.police}
Denunciante: D. {vper1.full}, con DNI {vnat1.es}, domiciliado en {vaddr1}
Teléfono: {vtel1}
Hechos: [[sustracción de teléfono móvil]] (IMEI {vdev1.imei}) el día {vdate1.es}.
Instructor: agente {vper2.last}
""",
    ),
    _t(
        "police-za-1",
        "police report",
        "zu_ZA",
        """
SAPS CASE {vref1.police} - STATEMENT
I, {vper1.full}, ID number {vnat1.za}, residing at {vaddr1},
state that on {vdate1.dmy_slash} my vehicle {vveh1.plate} was [[hijacked at gunpoint]].
Cell {vtel1}. Signed before {vper2.initial_last}, Constable.
""",
    ),
    _t(
        "tax-us-1",
        "tax form",
        "en_US",
        """
Form W-2 Wage and Tax Statement
a Employee's social security number   {vssn1}
e Employee's first name and initial / Last name   {vper1.first} {vper1.last}
f Employee's address and ZIP code   {vaddr1.us}
1 Wages, tips, other compensation   [[48,210.77]]
b Employer identification number  {vref1.tax}
""",
    ),
    _t(
        "tax-de-1",
        "tax form",
        "de_DE",
        """
Einkommensteuererklärung - Anlage N
Steuerpflichtige Person: {vper1.last_first}
Identifikationsnummer: {vnat1.de}
Straße, Hausnummer, PLZ, Ort: {vaddr1}
Bankverbindung IBAN: {viban1.de}
[[Werbungskosten: Fahrten zwischen Wohnung und erster Tätigkeitsstätte]]
""",
    ),
    _t(
        "tax-pt-1",
        "tax form",
        "pt_PT",
        """
DECLARAÇÃO MODELO 3 IRS
Sujeito passivo A: {vper1.caps}  NIF: {vnat1.pt}
Morada: {vaddr1}
IBAN para reembolso: {viban1.pt}
Anexo H: [[despesas de saúde]]
""",
    ),
    _t(
        "tax-au-1",
        "tax form",
        "en_AU",
        """
Individual tax return
Tax file number (TFN): {vnat1.au}
Full name: {vper1.caps_last_first}   Date of birth: {vdob1.dmy_slash}
Home address: {vaddr1}
Daytime phone: {vtel1}   Email: {vmail1}
[[Medicare levy surcharge]] - private health cover policy {vplan1}
""",
    ),
    _t(
        "tax-ca-1",
        "tax form",
        "fr_CA",
        """
Déclaration de revenus - Renseignements d'identification
Nom : {vper1.caps_last_space_first}  NAS : {vnat1.ca}
Adresse : {vaddr1}
Date de naissance : {vdob1.iso}
[[Crédit d'impôt pour solidarité]]
""",
    ),
]

# --- shipping, customs, school, pharmacy ------------------------------------------------
TEMPLATES += [
    _t(
        "ship-us-1",
        "bill of lading",
        "en_US",
        """
STRAIGHT BILL OF LADING - NOT NEGOTIABLE        B/L No. {vref1.awb}
SHIPPER: {vper1.caps}, {vaddr1.us}  TEL {vtel1.us}
CONSIGNEE: {vper2.caps}, {vaddr2.us}
CARRIER TRAILER VIN {vveh1.vin}   SEAL [[SL-CLASS 3]]
DESCRIPTION: [[2 pallets household goods, not hazardous]]   SHIP DATE {vdate1.mdy}
""",
    ),
    _t(
        "ship-de-1",
        "courier waybill",
        "de_DE",
        """
Paketschein / Sendungsnummer {vref1.awb}
Empfänger: {vper1.first_last}
{vaddr1.lines}
Tel. für Avis: {vtel1}
Absender: {vper2.caps}, {vaddr2}
Inhalt: [[Medikamente, gekühlt 2-8 °C]]
""",
    ),
    _t(
        "ship-jp-1",
        "courier waybill",
        "ja_JP",
        """
宅急便 送り状  伝票番号 {vref1.awb}
お届け先: {vpost1} {vaddr1}  {vper1.native} 様  電話 {vtel1}
ご依頼主: {vper2.native}  お届け予定日 {vdate1.ja}
品名: [[書類]]
""",
    ),
    _t(
        "customs-gb-1",
        "customs declaration",
        "en_GB",
        """
CN23 CUSTOMS DECLARATION (may be opened officially)
From: {vper1.full}, {vaddr1}   Tel {vtel1}
To: {vper2.full}, {vaddr2}
Importer's reference (if any): EORI on file, passport {vpass1.gb}
Detailed description: [[hand-knitted wool jumper]]  HS tariff no. [[6110.11]]
Value GBP 45.00   Date {vdate1.dmy_slash}
""",
    ),
    _t(
        "customs-cn-1",
        "customs declaration",
        "zh_TW",
        """
海關進口報單 (個人物品)
納稅義務人: {vper1.native}  統一證號: {vref1}
地址: {vaddr1}   電話: {vtel1}
貨名: [[保健食品 魚油膠囊]]  日期: {vdate1.ymd_slash}
""",
    ),
    _t(
        "edifact-cusdec-1",
        "customs declaration (EDIFACT)",
        "de_DE",
        """
UNB+UNOC:3+SENDERID+CUSTOMS+{vdate1.edi}:1022+1'
UNH+1+CUSDEC:D:96B:UN'
BGM+929+{vref1}+9'
NAD+DT+++{vper1.edi}+{vaddr1.street}+{vtown1}++{vpost1}+DE'
COM+{vtel1}:TE'
FTX+AAA+++[[Gebrauchte Maschinenteile]]'
UNT+6+1'
UNZ+1+1'
""",
    ),
    _t(
        "school-us-1",
        "school record",
        "en_US",
        """
STUDENT CUMULATIVE RECORD
Student: {vper1.last_first}   Student ID: {vref1.school}   DOB: {vdob1.mdy_child}
Parent/guardian: {vper2.first_last}, {vtel1.us}, {vmail1}
Home address: {vaddr1.us}
Grade 7 - [[IEP in place for dyslexia]]; [[504 plan: extended time]]
Enrolled {vdate1.mdy}
""",
    ),
    _t(
        "school-fr-1",
        "school report card",
        "fr_FR",
        """
BULLETIN TRIMESTRIEL - Collège de {vtown1}
Élève : {vper1.caps_last_space_first}   INE : {vref1.school}
Né(e) le {vdob1.dmy_slash_child}
[[Mathématiques]] 14,5 ; [[Français]] 12 ; Appréciation : [[Bon trimestre, participation active.]]
Responsable légal : {vper2.full}, {vaddr1}
""",
    ),
    _t(
        "school-ko-1",
        "school record",
        "ko_KR",
        """
학교생활기록부
성명: {vper1.native}  생년월일: {vdob1.ko_child}
주소: {vaddr1}
보호자: {vper2.native} ({vtel1})
[[창의적 체험활동]]: 봉사 32시간
""",
    ),
    _t(
        "rx-us-1",
        "pharmacy label",
        "en_US",
        """
{vper1.caps}
Rx# {vref1.rx}   Filled {vdate1.mdy}
[[METFORMIN HCL 500MG TAB]]  Qty 60
[[TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS]]
Dr. {vper2.caps_last}   Refills: 3
{vaddr1.us}   ({vtel1.us})
""",
    ),
    _t(
        "rx-gb-1",
        "pharmacy label",
        "en_GB",
        """
[[Sertraline 50mg tablets]]   28
[[Take ONE tablet daily]]
{vper1.caps}   {vdate1.dmy_slash}
Keep out of the reach and sight of children
{vaddr1}
""",
    ),
    _t(
        "rx-th-1",
        "pharmacy label",
        "th_TH",
        """
ร้านยา {vtown1}
ชื่อผู้ป่วย: {vper1.first_last}  วันที่ {vdate1.th}
[[พาราเซตามอล 500 มก.]] รับประทานครั้งละ 1 เม็ด
โทร {vtel1}
""",
    ),
    _t(
        "rx-es-1",
        "prescription",
        "es_CL",
        """
RECETA MÉDICA
Nombre: {vper1.full}   RUT: {vnat1.cl}   Edad: {vage1} años
Rp/ [[Losartán 50 mg, 1 comp. cada 12 h]]
Fecha: {vdate1.dmy_dash}   Dr. {vper2.full}, RUT {vnat2.cl}
""",
    ),
    _t(
        "erx-xml-1",
        "e-prescription (escaped XML)",
        "en_US",
        """
2026-10-20T08:11:02Z INFO gateway payload="&lt;NewRx&gt;&lt;Patient&gt;&lt;Name&gt;&lt;Last&gt;\
{vper1.last}&lt;/Last&gt;&lt;First&gt;{vper1.first}&lt;/First&gt;&lt;/Name&gt;&lt;DOB&gt;\
{vdob1.iso}&lt;/DOB&gt;&lt;Phone&gt;{vtel1.us}&lt;/Phone&gt;&lt;/Patient&gt;&lt;Drug&gt;\
[[Lisinopril 10 mg]]&lt;/Drug&gt;&lt;Prescriber NPI=&quot;{vlic1.npi}&quot;/&gt;&lt;/NewRx&gt;"
""",
    ),
]

# --- machine formats ---------------------------------------------------------------------
TEMPLATES += [
    _t(
        "hl7-adt-1",
        "HL7 v2 ADT message",
        "en_US",
        """
MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|GHH|{vdate1.hl7}0830||ADT^A01|MSG00001|P|2.5
EVN|A01|{vdate1.hl7}0830
PID|1||{vmrn1.hl7}^^^GHH^MR||{vper1.hl7}||{vdob1.hl7}|F|||{vaddr1.street}^^{vtown1}^^{vpost1}||\
{vtel1.us}|||||{vacct1.x12}|{vssn1.bare}
NK1|1|{vper2.hl7}|SPO||{vtel2.us}
PV1|1|I|[[2000^2012^01]]||||{vlic1.npi}^{vper3.hl7}
DG1|1||[[J18.9]]^[[Pneumonia, unspecified organism]]^I10
""",
    ),
    _t(
        "hl7-oru-1",
        "HL7 v2 ORU result",
        "en_GB",
        """
MSH|^~\\&|LIMS|PATH|EPR|TRUST|{vdate1.hl7}1102||ORU^R01|{vref1}|P|2.4
PID|1||{vmrn1}^^^TRUST^MR~{vnat1.gb}^^^NHS^NH||{vper1.hl7}||{vdob1.hl7}|M
OBR|1||{vref2}|[[FBC^Full blood count]]
OBX|1|NM|[[HB^Haemoglobin]]||131|g/L|130-180|N
""",
        ("GB",),
    ),
    _t(
        "fhir-patient-1",
        "FHIR Patient resource",
        "en_CA",
        """
{
  "resourceType": "Patient", "id": "pat-0007",
  "identifier": [ { "system": "urn:oid:2.16.840.1.113883.4.59", "value": "{vmrn1}" } ],
  "name": [ { "family": "{vper1.fhir_family}", "given": [ "{vper1.fhir_given}" ] } ],
  "telecom": [ { "system": "phone", "value": "{vtel1}" }, { "system": "email", "value": "\
{vmail1}" } ],
  "birthDate": "{vdob1.iso}",
  "address": [ { "text": "{vaddr1}" } ],
  "communication": [ { "language": { "text": "[[French]]" } } ]
}
""",
    ),
    _t(
        "fhir-obs-1",
        "FHIR Observation bundle",
        "de_CH",
        """
{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":"p1","identifier":\
[{"system":"urn:oid:2.16.756.5.32","value":"{vnat1.ch}"}],"name":[{"text":"{vper1.full}"}],"bir\
thDate":"{vdob1.iso}"}},{"resource":{"resourceType":"Observation","code":{"text":"\
[[Blutdruck systolisch]]"},"valueQuantity":{"value":151,"unit":"mmHg"},"effectiveDateTime":"\
{vdate1.iso}","device":{"display":"{vdev1}"}}}]}
""",
    ),
    _t(
        "x12-837-1",
        "X12 837 claim",
        "en_US",
        """
ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261020*1200*^*00501*00000\
0905*0*P*:~
ST*837*0021*005010X222A1~
NM1*IL*1*{vper1.x12}****MI*{vplan1}~
N3*{vaddr1.street}~
N4*{vtown1}*CA*{vpost1}~
DMG*D8*{vdob1.x12}*F~
CLM*{vref1}*125***11:B:1*Y*A*Y*Y~
HI*ABK:[[E11.9]]~
DTP*472*D8*{vdate1.x12}~
NM1*82*1*{vper2.x12}****XX*{vlic1.npi}~
SE*10*0021~
""",
    ),
    _t(
        "x12-270-1",
        "X12 270 eligibility inquiry",
        "en_US",
        """
ST*270*1234*005010X279A1~BHT*0022*13*{vref1}*20261020*1319~HL*1**20*1~NM1*PR*2*\
[[MEDICARE PART B]]*****PI*00435~HL*2*1*21*1~NM1*1P*2*CLINIC*****XX*{vlic1.npi}~HL*3*2*22*0~NM1\
*IL*1*{vper1.x12}****MI*{vplan1}~DMG*D8*{vdob1.x12}~DTP*291*D8*{vdate1.x12}~SE*11*1234~
""",
    ),
    _t(
        "log-nginx-1",
        "web server access log",
        "en_US",
        """
{vip1} - - [20/Oct/2026:10:01:07 +0000] "GET /portal/records?mrn={vmrn1.num} HTTP/1.1" 200 5120\
 "-" "Mozilla/5.0"
{vip1} - - [20/Oct/2026:10:01:09 +0000] "POST /portal/login HTTP/1.1" 302 0 "{vurl1}" "Mozilla/5.0"
{vip2} - - [20/Oct/2026:10:02:44 +0000] "GET /static/[[app.css]] HTTP/1.1" 200 901 "-" "curl/8.5"
""",
    ),
    _t(
        "log-auth-1",
        "application audit log",
        "en_GB",
        """
2026-10-21 14:02:11,231 AUDIT user={vmail1} action=VIEW_RECORD patient="{vper1.full}" nhs=\
{vnat1.gb} src_ip={vip1}
2026-10-21 14:02:15,010 AUDIT user={vmail1} action=PRINT doc=[[discharge letter]] printer=WARD7-HP
2026-10-21 14:03:40,778 WARN  session from new device mac={vmac1} ua="Edge/129"
""",
        ("GB",),
    ),
    _t(
        "log-dhcp-1",
        "DHCP lease log",
        "en_US",
        """
Oct 21 07:58:02 dhcpd[811]: DHCPDISCOVER from {vmac1.colon} ({vper1.handle}-iphone) via eth1
Oct 21 07:58:02 dhcpd[811]: DHCPOFFER on {vip1.private} to {vmac1.colon} via eth1
Oct 21 07:58:03 dhcpd[811]: DHCPACK on {vip1.private} to {vmac1.colon} ({vper1.handle}-iphone) \
[[lease 86400]]
""",
    ),
    _t(
        "log-vpn-1",
        "VPN connection log",
        "de_DE",
        """
date=2026-10-22 time=06:40:19 type=event subtype=vpn action=tunnel-up user="{vmail1}" remip=\
{vip1} tunnelip={vip2.private} assigned_mac={vmac1.dash} reason=[[login successful]]
date=2026-10-22 time=18:02:51 type=event subtype=vpn action=tunnel-down user="{vmail1}" remip=\
{vip1} duration=40352
""",
    ),
    _t(
        "mail-hdr-1",
        "e-mail",
        "en_US",
        """
Return-Path: {vmail1}
Received: from mail.example.net ({vip1}) by mx.example.org; Tue, 20 Oct 2026 16:03:11 -0400
From: {vmail1} ({vper1.full})
To: {vmail2.org}
Subject: Re: balance on account {vacct1.us}
Date: Tue, 20 Oct 2026 16:03:09 -0400

Hi, I was charged twice for my [[colonoscopy]] on {vdate1.mdy}. My card ending is on file,
the full number is {vcard1} (sorry!). Call me at {vtel1.us}.
{vper1.first}
""",
    ),
    _t(
        "mail-fr-1",
        "e-mail",
        "fr_FR",
        """
De : {vmail1} ({vper1.first_last})
À : {vmail2.org}
Objet : arrêt maladie

Bonjour, veuillez trouver ci-joint mon [[arrêt de travail]] du {vdate1.dmy_slash} au \
{vdate2.dmy_slash}.
Mon numéro de sécurité sociale est le {vnat1.fr}.
Cordialement, {vper1.first_last} - {vtel1}
""",
    ),
    _t(
        "ocr-us-1",
        "OCR'd scanned form",
        "en_US",
        """
PAT1ENT REG1STRAT10N F0RM  (scan p.1/2, OCR)
Name: {vper1.ocr}
D.O.B.: {vdob1.mdy}     S5N: {vssn1}
Addr: {vaddr1.us}
Ph0ne: {vtel1.us}
lnsurance: [[BLUE SH1ELD PP0]]  Member# {vplan1}
""",
    ),
    _t(
        "ocr-de-1",
        "OCR'd scanned letter",
        "de_DE",
        """
-- OCR Seite 1 --
Sehr geehrte Frau Dr. {vper2.last},
wir berichten über lhre Patientin {vper1.ocr_lower}, geb. {vdob1.dmy}, wohnhaft
{vaddr1}, die sich am {vdate1.dmy} mit [[Vorhofflimmern]] vorstellte.
Versichertennr. {vplan1.de}   Tel. {vtel1}
""",
    ),
]

# --- tables, exports, messages ----------------------------------------------------------
TEMPLATES += [
    _t(
        "csv-crm-1",
        "CRM export (CSV)",
        "en_GB",
        """
customer_id,full_name,email,mobile,postcode,last_contact,notes
{vref1},"{vper1.last_first}",{vmail1},{vtel1},{vpost1},{vdate1.iso},"\
[[asked about hearing aid warranty]]"
{vref2},"{vper2.last_first}",{vmail2.org},{vtel2},{vpost2},{vdate2.iso},"[[no further action]]"
""",
    ),
    _t(
        "tsv-roster-1",
        "ward roster (TSV)",
        "en_AU",
        """
bed\tpatient\tDOB\tURN\tconsultant\talert
4A\t{vper1.caps_last_first}\t{vdob1.dmy_slash}\t{vmrn1}\t{vper3.initial_last}\t[[falls risk]]
4B\t{vper2.caps_last_first}\t{vdob2.dmy_slash}\t{vmrn2}\t{vper3.initial_last}\t[[nil by mouth]]
""",
    ),
    _t(
        "pipe-appt-1",
        "clinic appointment list (pipes)",
        "en_IN",
        """
| Token | Patient           | Age | Mobile        | UHID     | Dept          |
|-------|-------------------|-----|---------------|----------|---------------|
| 014   | {vper1.caps} | {vage1} | {vtel1.in} | {vmrn1} | [[Cardiology]] |
| 015   | {vper2.caps} | 61  | {vtel2.in} | {vmrn2} | [[Nephrology]] |
""",
    ),
    _t(
        "fixed-bank-1",
        "bank statement (fixed width)",
        "de_DE",
        """
KONTOAUSZUG  Nr. 10/2026   Kontoinhaber: {vper1.caps}   IBAN {viban1.de}
BU-TAG   WERT     VORGANG                                      BETRAG EUR
{vdate1.dmy} {vdate1.dmy} SEPA-LASTSCHRIFT [[Krankenkasse Beitrag]]        -412,90
{vdate2.dmy} {vdate2.dmy} GUTSCHRIFT {vper2.caps_last_space_first}                    +1.250,00
          Gegenkonto {viban2.at}
""",
    ),
    _t(
        "csv-fit-1",
        "fitness app export (CSV)",
        "en_US",
        """
# export for {vmail1} device={vdev1.uuid}
date,steps,resting_hr,sleep_h,location
{vdate1.iso},8412,61,7.2,"{vgeo1}"
{vdate2.iso},3010,66,5.1,"{vgeo2}"
# [[heart rate alerts: 2 above 120 bpm at rest]]
""",
    ),
    _t(
        "json-app-1",
        "health app export (JSON)",
        "ko_KR",
        """
{"user":{"name":"{vper1.native}","phone":"{vtel1}","email":"{vmail1}"},"device":{"model":"Watch\
","serial":"{vdev1}","mac":"{vmac1}"},"records":[{"type":"[[혈압]]","value":"132/85","ts":"\
{vdate1.iso}T07:30:00+09:00"}]}
""",
    ),
    _t(
        "json-cgm-1",
        "CGM device export",
        "en_US",
        """
{"patient":"{vper1.full}","dob":"{vdob1.iso}","transmitter_sn":"{vdev1.cgm}","receiver_udi":"\
{vdev2.udi}","readings":[{"t":"{vdate1.iso}T03:10","mg_dl":54,"flag":"[[urgent low]]"}],"shared\
_with":"{vmail1}"}
""",
    ),
    _t(
        "wa-export-1",
        "WhatsApp chat export",
        "es_ES",
        """
{vdate1.dmy_slash}, 18:02 - {vper1.first_last}: Hola, soy la hija de {vper2.full}
{vdate1.dmy_slash}, 18:03 - Residencia: Buenas tardes. ¿En qué podemos ayudarle?
{vdate1.dmy_slash}, 18:04 - {vper1.first_last}: mi madre tiene {vage1} años y cita de \
[[geriatría]] mañana
{vdate1.dmy_slash}, 18:05 - {vper1.first_last}: su DNI es {vnat1.es} y vive en {vaddr1}
{vdate1.dmy_slash}, 18:06 - Residencia: Gracias, lo anotamos ([[traslado en ambulancia]]).
""",
    ),
    _t(
        "tg-export-1",
        "Telegram chat export",
        "uk_UA",
        """
[{vdate1.dmy} 20:41] {vper1.first_last}: Доброго вечора, це {vper1.first}
[{vdate1.dmy} 20:42] Клініка: Вітаємо! Ваш номер картки пацієнта?
[{vdate1.dmy} 20:42] {vper1.first_last}: {vmrn1}
[{vdate1.dmy} 20:43] Клініка: Запис на [[УЗД щитоподібної залози]] підтверджено. Телефон для зв\
'язку {vtel1}?
""",
    ),
    _t(
        "sms-remind-1",
        "appointment reminder SMS",
        "nl_NL",
        """
Herinnering: {vper1.first}, u heeft op {vdate1.nl} om 09:40 een afspraak voor [[bloedafname]]
in {vtown1}. Verzetten? Bel {vtel1} of ga naar {vurl1}. Uw patiëntnummer: {vmrn1}
""",
    ),
    _t(
        "voicemail-1",
        "voicemail transcript",
        "en_CA",
        """
Voicemail from {vtel1} ({vdate1.long_en}, 4:12 PM), auto-transcribed:
"hi this is {vper1.lower} calling about my mom {vper2.lower}, she's {vage1.words} and
she fell again, we need the [[home care assessment]] moved up, her health card is {vplan1},
call me back at {vtel2}, thanks"
""",
    ),
    _t(
        "ticket-jira-1",
        "support ticket",
        "en_US",
        """
{vref1.ticket} - Patient cannot log in to portal
Reporter: {vper1.first_last} ({vmail1})   Created: {vdate1.iso}
Description: user reports [[password reset link expired]]. Last login IP {vip1}, browser finger\
print {vbio1}.
Profile URL: {vurl1}
Comment ({vper2.initial_last}): reset done, called back on {vtel1.us}.
""",
    ),
    _t(
        "git-log-1",
        "commit log",
        "en_US",
        """
commit 3f9c2ab1d07e5b4c8d2e6f1a0b9c7d5e4f3a2b1c
Author: {vper1.full} ({vmail1})
Date:   Tue Oct 20 11:04:22 2026 +0200

    [[Fix rounding in dosage calculator]]

    Reproduced with test patient MRN {vmrn1} (remove before merge!)
""",
    ),
    _t(
        "mdm-1",
        "MDM device inventory",
        "en_GB",
        """
assigned_to;email;device;serial;imei;wifi_mac;last_seen_ip;enrolled
{vper1.last_first};{vmail1};[[iPad 10th gen]];{vdev1};{vdev2.imei};{vmac1.upper};{vip1};{vdate1.iso}
""",
    ),
]

# --- civil, legal, money -----------------------------------------------------------------
TEMPLATES += [
    _t(
        "birth-1",
        "birth registration",
        "en_PH",
        """
CERTIFICATE OF LIVE BIRTH - Registry No. {vref1}
Name of child: {vper1.caps}   Date of birth: {vdob1.long_en_child}
Place of birth: {vtown1}
Mother: {vper2.caps}   Father: {vper3.caps}
Residence of mother: {vaddr1}
[[Type of birth: single]]
""",
    ),
    _t(
        "death-1",
        "death certificate",
        "en_US",
        """
CERTIFICATE OF DEATH   State file no. {vref1}
Decedent: {vper1.caps}   Age: {vage1}   Date of death: {vdate1.long_en}
SSN: {vssn1}   Residence: {vaddr1.us}
Immediate cause: [[aspiration pneumonia]] due to [[advanced Parkinson disease]]
Informant: {vper2.full}, relationship: son
Certifier: {vper3.full}, license {vlic1.med}
""",
    ),
    _t(
        "marriage-1",
        "marriage certificate",
        "ro_RO",
        """
CERTIFICAT DE CĂSĂTORIE  Seria CC nr. {vref1}
Soțul: {vper1.caps_last_space_first}, CNP {vnat1.ro}
Soția: {vper2.caps_last_space_first}, CNP {vnat2.ro}
Data încheierii căsătoriei: {vdate1.dmy}  Locul: {vtown1}
[[Numele de familie după căsătorie: comun]]
""",
    ),
    _t(
        "will-1",
        "probate record",
        "en_GB",
        """
In the High Court of Justice - Probate Registry
Grant of Representation in the estate of {vper1.full}, late of {vaddr1},
who died on {vdate1.long_en} aged {vage1}.
Executor: {vper2.full} of {vaddr2}. [[Gross value of estate: £412,000]]
""",
    ),
    _t(
        "notary-1",
        "notarial deed",
        "it_IT",
        """
REPERTORIO N. {vref1}  ATTO DI COMPRAVENDITA
Davanti a me, notaio {vper3.full}, sono comparsi:
{vper1.first_last}, nato a {vtown1} il {vdob1.it}, C.F. {vnat1.it}
{vper2.first_last}, C.F. {vnat2.it}
che convengono la vendita dell'immobile sito in {vaddr1}, [[categoria catastale A/2]].
""",
    ),
    _t(
        "land-1",
        "land registry extract",
        "pl_PL",
        """
KSIĘGA WIECZYSTA nr {vref1}
Dział II - Własność: {vper1.caps_last_space_first}, PESEL {vnat1.pl}, imiona rodziców: \
{vper2.first}, {vper3.first}
Adres nieruchomości: {vaddr1}
Wpis z dnia {vdate1.pl}
""",
    ),
    _t(
        "loan-1",
        "loan application",
        "es_CO",
        """
SOLICITUD DE CRÉDITO DE LIBRANZA
Solicitante: {vper1.caps}   C.C. {vnat1.co}   Fecha de nacimiento: {vdob1.dmy_slash}
Dirección: {vaddr1}   Celular: {vtel1}   Correo: {vmail1}
Cuenta de ahorros para desembolso: {vacct1}
Destino: [[compra de cartera]]   Monto: [[$ 18.000.000]]
""",
    ),
    _t(
        "swift-1",
        "SWIFT MT103 wire",
        "de_CH",
        """
{1:F01BANKCHZZAXXX0000000000}{2:I103BANKDEFFXXXXN}
:20:{vref1}
:32A:261020EUR12500,00
:50K:/{viban1.ch}
{vper1.caps}
{vaddr1.caps}
:59:/{viban2.de}
{vper2.caps}
:70:[[INVOICE 2026-118 DENTAL IMPLANTS]]
:71A:SHA
""",
    ),
    _t(
        "chargeback-1",
        "card chargeback",
        "en_CA",
        """
Chargeback case {vref1.kyc}
Cardholder: {vper1.full}   Card: {vcard1}   Exp [[09/29]]
Disputed transaction {vdate1.iso}, merchant [[PHARMAPLUS #442]], CAD 219.40
Cardholder phone {vtel1}, e-mail {vmail1}; reason code [[10.4 other fraud]]
""",
    ),
    _t(
        "payslip-1",
        "payslip",
        "en_GB",
        """
PAYSLIP  Period 07  Pay date {vdate1.dmy_slash}
Employee: {vper1.caps_last_first}   Payroll no: {vref1.emp}   NI number: on file
Tax code: [[1257L]]   Bank: sort code 20-00-00 acct {vacct1}
Gross pay [[£3,412.50]]   Net pay [[£2,618.03]]
Home: {vaddr1}
""",
    ),
    _t(
        "utility-1",
        "utility bill",
        "fr_FR",
        """
FACTURE D'ÉLECTRICITÉ n° {vref1}
Titulaire : {vper1.caps_last_space_first}
Adresse de consommation : {vaddr1}
Point de livraison : [[PDL 14 chiffres]]   Prélèvement sur IBAN {viban1.fr}
Date d'échéance : {vdate1.dmy_slash}
""",
    ),
    _t(
        "rental-1",
        "rental agreement",
        "de_DE",
        """
Mietvertrag über Wohnraum
Vermieter: {vper1.first_last}, {vaddr1}
Mieter: {vper2.first_last}, geb. {vdob1.dmy}, bisher wohnhaft {vaddr2}
Mietbeginn: {vdate1.dmy}. [[Kaltmiete 780,00 EUR, Nebenkosten 210,00 EUR]]
Kaution auf Konto IBAN {viban1.de}
""",
    ),
]

# --- more countries, more kinds of paper -------------------------------------------------
TEMPLATES += [
    _t(
        "vacc-cz-1",
        "vaccination certificate",
        "cs_CZ",
        """
POTVRZENÍ O OČKOVÁNÍ
Jméno a příjmení: {vper1.first_last}   Datum narození: {vdob1.cs}
Očkovací látka: [[Boostrix (Tdap)]]   Šarže: [[AC37B512AA]]
Datum aplikace: {vdate1.dmy}   Očkující lékař: MUDr. {vper2.first_last}, {vtown1}
""",
    ),
    _t(
        "vacc-yellow-1",
        "international vaccination certificate",
        "en_NG",
        """
INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS (IHR 2005, annex 6)
This is to certify that {vper1.caps}, date of birth {vdob1.dmy_slash}, sex M,
nationality Nigerian, passport no. {vpass1.ng}, has on the date indicated been vaccinated
against [[yellow fever]]. Date: {vdate1.dmy_slash}. Clinician: {vper2.full}.
""",
    ),
    _t(
        "hotel-1",
        "hotel registration card",
        "hu_HU",
        """
VENDÉGBEJELENTŐ LAP / REGISTRATION CARD
Név / Name: {vper1.caps_last_space_first}
Születési idő / Date of birth: {vdob1.hu}
Útlevélszám / Passport: {vpass1}
Lakcím / Address: {vaddr1}
Érkezés / Arrival: {vdate1.ymd_dot}   Szoba / Room: [[312]]   Rendszám / Car: {vveh1.plate}
""",
    ),
    _t(
        "pnr-1",
        "airline passenger record",
        "en_US",
        """
RP/NYC1S2195/
  1.{vper1.caps_last}/{vper1.caps_first} MR   2.{vper2.caps_last}/{vper2.caps_first} MRS
  3  UA 914 Y 20OCT 2 IADFRA HK2  1755 0805+1 *1A/E*
  4 AP {vtel1.us}
  5 APE {vmail1}
  6 SSR DOCS UA HK1 P/USA/{vpass1.us}/USA/{vdob1.dmon}/M/{vdate1.dmon}/{vper1.caps_last}/\
{vper1.caps_first}
  7 SSR WCHR UA HK1 [[wheelchair to aircraft door]]
""",
    ),
    _t(
        "carrent-1",
        "car rental agreement",
        "it_IT",
        """
CONTRATTO DI NOLEGGIO n. {vref1}
Conducente: {vper1.caps_last_space_first}, nato il {vdob1.dmy_slash}
Patente n. {vlic1.dl} rilasciata il {vdate1.dmy_slash}
Veicolo: [[Fiat Panda 1.0 Hybrid]] targa {vveh1.plate}, telaio {vveh2.vin}
Carta di garanzia: {vcard1}
""",
    ),
    _t(
        "ticket-traffic-1",
        "traffic citation",
        "en_US",
        """
NOTICE TO APPEAR - Citation No. {vref1.police}
Driver: {vper1.caps_last_first}   DL# {vlic1.dl}  State: WA   DOB {vdob1.mdy}
Address: {vaddr1.us}
Vehicle plate {vveh1.plate}  VIN {vveh2.vin}
Violation: [[RCW 46.61.400 speeding 52 in a 35 zone]]  Date {vdate1.mdy}
Officer: {vper2.last} #{vref2.emp}
""",
    ),
    _t(
        "parking-1",
        "parking fine",
        "nl_NL",
        """
Naheffingsaanslag parkeerbelasting {vref1}
Kenteken: {vveh1.plate}   Datum: {vdate1.dmy_dash} 14:22
Locatie: {vaddr1.street}, {vtown1}
Aanslag verzonden aan: {vper1.first_last}, {vaddr2}
[[Bedrag: EUR 72,90 (incl. parkeerbelasting)]]
""",
    ),
    _t(
        "vehreg-1",
        "vehicle registration",
        "sv_SE",
        """
REGISTRERINGSBEVIS del 1
Registreringsnummer: {vveh1.plate}   Chassinummer: {vveh2.vin}
Ägare: {vper1.last_first}, {vnat1.se}
Adress: {vaddr1}
[[Fordonsslag: personbil]]   Datum: {vdate1.iso}
""",
    ),
    _t(
        "homecare-1",
        "home care visit log",
        "da_DK",
        """
Hjemmeplejen - besøgsnotat
Borger: {vper1.first_last}, CPR {vnat1.dk}, {vaddr1}
Besøg {vdate1.dmy} kl. 08:15 ved {vper2.first}. [[Hjælp til bad og påklædning]].
Pårørende: {vper3.full}, tlf. {vtel1}. Nøgleboks kode: [[udleveret]]
""",
    ),
    _t(
        "ambulance-1",
        "ambulance run sheet",
        "en_AU",
        """
PATIENT CARE RECORD  Case {vref1}
Pt: {vper1.caps_last_first}  Age {vage1}  Medicare {vplan1}
Location: {vaddr1} (GPS {vgeo1.dms})
Chief complaint: [[fall from standing, ?NOF]]  GCS 14
Meds given: [[methoxyflurane 3 mL inhaled]]
Crew: {vper2.initial_last} / {vper3.initial_last}   Vehicle {vveh1.plate}
""",
    ),
    _t(
        "dental-1",
        "dental chart",
        "no_NO",
        """
Tannlegejournal
Pasient: {vper1.last_first}   Fødselsnummer: {vnat1.no}
Dato: {vdate1.dmy}  Behandler: {vper2.first_last}
[[46 karies distalt, fylling kompositt]]; [[tannsteinsfjerning]]
Tlf. {vtel1}
""",
    ),
    _t(
        "eye-1",
        "ophthalmology report",
        "is_IS",
        """
Augnlæknaskýrsla
Nafn: {vper1.first_last}   Kennitala: {vnat1.is}
Skoðun {vdate1.dmy}: [[gláka á byrjunarstigi]], augnþrýstingur 24/23
Læknir: {vper2.full}, sími {vtel1}
""",
    ),
    _t(
        "consent-1",
        "consent form",
        "et_EE",
        """
NÕUSOLEK OPERATSIOONIKS
Patsient: {vper1.first_last}   Isikukood: {vnat1.ee}
Protseduur: [[laparoskoopiline koletsüstektoomia]]
Kuupäev: {vdate1.dmy}   Arst: {vper2.first_last}
Allkiri: ____________
""",
    ),
    _t(
        "telehealth-1",
        "telehealth session log",
        "lt_LT",
        """
Nuotolinė konsultacija
Pacientas: {vper1.first_last}, asmens kodas {vnat1.lt}
Data: {vdate1.iso}  Prisijungta iš IP {vip1}, įrenginys {vdev1.uuid}
Skundai: [[kosulys, temperatūra 38,2]]
Gydytojas: {vper2.full}
""",
    ),
    _t(
        "pacer-1",
        "pacemaker interrogation report",
        "en_US",
        """
DEVICE INTERROGATION REPORT
Patient: {vper1.full}   DOB: {vdob1.mdy}   MRN: {vmrn1}
Device: [[dual-chamber pacemaker]]  Model [[ADDR01]]  Serial {vdev1.pump}
Remote monitor MAC {vmac1}   Transmission {vdate1.mdy}
Battery: [[8.5 years remaining]]. Events: [[2 AHRE episodes under 6 min]]
Clinic: {vtel1.us}
""",
    ),
    _t(
        "social-1",
        "social services case note",
        "en_GB",
        """
CASE NOTE - Adult Social Care   Case ref {vref1}
Service user: {vper1.full}, aged {vage1}, {vaddr1}
Visited {vdate1.dmy_slash} with {vper2.first_last} (daughter, {vtel1}).
Concerns: [[self-neglect; hoarding]]. Outcome: [[referral to occupational therapy]].
Worker: {vper3.initial_last}
""",
    ),
    _t(
        "immig-1",
        "immigration interview record",
        "en_CA",
        """
RECORD OF INTERVIEW - UCI {vref1}
Applicant: {vper1.caps_last_first}   DOB: {vdob1.iso}   Passport: {vpass1}
Interpreter: {vper2.full}
Applicant states he lived at {vaddr1} and worked as [[a taxi driver]]. Biometrics
enrolled, fingerprint record {vbio1.fp}. Photo: {vphoto1}
""",
    ),
    _t(
        "blood-1",
        "blood donation record",
        "de_CH",
        """
Blutspende - Spenderkarte
Spender/in: {vper1.last_first}   Geburtsdatum: {vdob1.dmy}
Spendernummer: {vref1}   AHV-Nr.: {vnat1.ch}
Letzte Spende: {vdate1.dmy}   [[Blutgruppe 0 Rh negativ]]
""",
    ),
    _t(
        "crf-1",
        "clinical trial case report form",
        "en_GB",
        """
CRF - Visit 4   Site [[014]]   Subject [[014-0231]]
Initials: {vper1.initials_nodot_last}   DOB: {vdob1.dmon}
Visit date: {vdate1.dmon}
[[Adverse event: grade 2 nausea, related]]
Investigator: {vper2.full}   Monitor e-mail: {vmail1.org}
""",
    ),
    _t(
        "ae-1",
        "adverse event report",
        "en_US",
        """
MEDWATCH - VOLUNTARY REPORT
A. Patient: initials {vper1.initials_nodot_last}, age {vage1}, sex F
B. Event date {vdate1.mdy}: [[angioedema after starting lisinopril]]
D. Suspect product lot [[K2231]]
G. Reporter: {vper2.full}, {vaddr1.us}, {vtel1.us}, {vmail1}
""",
    ),
    _t(
        "obit-1",
        "obituary",
        "en_IE",
        """
{vper1.caps} (née {vper2.caps_last}), {vaddr1}, peacefully at [[St. Vincent's Hospice]] on
{vdate1.long_en}, aged {vage1}. Beloved wife of the late {vper3.first_last}.
Reposing at her home. Messages of condolence via {vurl1}.
""",
    ),
    _t(
        "census-1",
        "census form",
        "en_KE",
        """
KENYA POPULATION AND HOUSING CENSUS - Household Questionnaire
County: [[Nairobi]]   Location: {vtown1}
1. Name of head of household: {vper1.caps}
2. Age: {vage1} (born {vdob1.dmy_slash})   3. ID number: {vref1.ke_id}
4. Phone: {vtel1}
5. Second member: {vper2.caps}, relationship to head: [[grandchild]]
""",
    ),
    _t(
        "voter-1",
        "voter registration",
        "en_US",
        """
VOTER REGISTRATION APPLICATION
Last name {vper1.last}  First name {vper1.first}
Home address {vaddr1.us}
Date of birth {vdob1.mdy}   ID: last four of SSN or DL# {vlic1.dl}
Party choice: [[no party preference]]   Signed {vdate1.mdy}
""",
    ),
    _t(
        "prison-1",
        "prison intake record",
        "en_GB",
        """
RECEPTION SCREENING   Prison no. {vref1.police}
Name: {vper1.caps_last_first}   DOB: {vdob1.dmy_slash}   PNC: [[on file]]
Next of kin: {vper2.full}, {vaddr1}, {vtel1}
Health: [[opioid substitution therapy - methadone 60 mL]]
Reception officer: {vper3.initial_last}   {vdate1.dmy_slash}
""",
    ),
    _t(
        "child-1",
        "child protection referral",
        "fr_FR",
        """
INFORMATION PRÉOCCUPANTE
Enfant : {vper1.first_last}, né(e) le {vdob1.dmy_slash_child}
Parents : {vper2.first_last} et {vper3.first_last}, {vaddr1}, tél. {vtel1}
Établissement : école de {vtown1}
Faits : [[absentéisme répété, ecchymoses signalées par l'enseignante]]
Date : {vdate1.dmy_slash}
""",
    ),
    _t(
        "occ-1",
        "occupational health report",
        "de_DE",
        """
Arbeitsmedizinische Vorsorge - Bescheinigung
Beschäftigte/r: {vper1.first_last}, geb. {vdob1.dmy}
Personalnummer: {vref1.emp}
Anlass: [[Tätigkeiten mit Lärmexposition (G20)]]
Nächste Vorsorge: {vdate1.dmy}   Betriebsärztin {vper2.first_last}
""",
    ),
    _t(
        "wcomp-1",
        "workers' compensation claim",
        "en_CA",
        """
EMPLOYER'S REPORT OF INJURY - Claim {vref1}
Worker: {vper1.last_first}   SIN: {vnat1.ca}   Health card: {vplan1}
Date of accident: {vdate1.iso}   Address: {vaddr1}
Injury: [[right wrist fracture, fall from ladder]]
Supervisor: {vper2.full}  {vtel1}
""",
    ),
    _t(
        "pension-1",
        "pension statement",
        "nl_NL",
        """
Uniform Pensioenoverzicht {vdate1.iso}
Naam: {vper1.first_last}   Geboortedatum: {vdob1.dmy_dash}
BSN: {vnat1.nl}   Adres: {vaddr1}
[[Verwacht ouderdomspensioen vanaf 67 jaar en 3 maanden]]
""",
    ),
    _t(
        "gym-1",
        "gym membership form",
        "en_AU",
        """
MEMBERSHIP FORM - Club {vtown1}
Member: {vper1.first_last}   Mobile: {vtel1}   Email: {vmail1}
Emergency contact: {vper2.first_last} ({vtel2})
Direct debit BSB [[062-000]] account {vacct1}
Key fob serial {vdev1}   Photo on file {vphoto1}
[[Medical: asthma]]
""",
    ),
    _t(
        "library-1",
        "library record",
        "fi_FI",
        """
Kirjastokortti - asiakastiedot
Nimi: {vper1.last_space_first}   Kortin numero: {vref1}
Osoite: {vaddr1}   Puhelin: {vtel1}
Lainat {vdate1.fi}: [[Seitsemän veljestä]], [[Tuntematon sotilas]]
""",
    ),
]

# --- scripts and languages beyond Latin Europe -----------------------------------------
TEMPLATES += [
    _t(
        "clin-he-1",
        "clinical note",
        "he_IL",
        """
סיכום ביקור - מרפאה כללית
שם המטופל: {vper1.first_last}   מספר זהות: {vnat1.il}
תאריך: {vdate1.dmy_slash}   טלפון: {vtel1}
אבחנה: [[דלקת גרון סטרפטוקוקלית]]   טיפול: [[אמוקסיצילין]]
רופא/ה: {vper2.first_last}
""",
    ),
    _t(
        "kyc-ar-1",
        "KYC review",
        "ar_PS",
        """
نموذج اعرف عميلك - تحديث البيانات الدوري
اسم العميل: {vper1.first_last}
رقم الهوية: {vnat1.ps}   تاريخ الميلاد: {vdob1.dmy_slash}
العنوان: {vtown1}   الهاتف: {vtel1}
رقم الحساب الدولي: {viban1.sa}
درجة المخاطر: [[منخفضة]]
""",
    ),
    _t(
        "dis-fa-1",
        "discharge summary",
        "fa_IR",
        """
خلاصه پرونده ترخیص
نام بیمار: {vper1.first_last}   شماره پرونده: {vmrn1}
تاریخ پذیرش: {vdate1.iso}   تاریخ ترخیص: {vdate2.iso}
تشخیص: [[آپاندیسیت حاد]]   تلفن همراه: {vtel1}
پزشک معالج: {vper2.first_last}
""",
    ),
    _t(
        "lab-hi-1",
        "lab report",
        "hi_IN",
        """
प्रयोगशाला रिपोर्ट
रोगी का नाम: {vper1.first_last}   आयु: {vage1} वर्ष
आधार संख्या: {vnat1.in}   मोबाइल: {vtel1}
जाँच: [[थायरॉयड प्रोफ़ाइल]]   दिनांक: {vdate1.dmy_slash}
चिकित्सक: डॉ. {vper2.first_last}
""",
    ),
    _t(
        "rad-el-1",
        "radiology request",
        "el_GR",
        """
ΠΑΡΑΠΕΜΠΤΙΚΟ ΑΠΕΙΚΟΝΙΣΤΙΚΗΣ ΕΞΕΤΑΣΗΣ
Ασθενής: {vper1.caps_last_space_first}   ΑΜΚΑ: {vnat1.gr}
Ημερομηνία: {vdate1.dmy_slash}   Εξέταση: [[Υπερηχογράφημα κοιλίας]]
Ιατρός: {vper2.first_last}   Τηλ. {vtel1}
""",
    ),
    _t(
        "hr-bg-1",
        "HR leave request",
        "bg_BG",
        """
ДО УПРАВИТЕЛЯ
МОЛБА ЗА ОТПУСК
от {vper1.fio}, ЕГН {vnat1.bg}
Моля да ми бъде разрешен [[платен годишен отпуск]] от {vdate1.dmy} до {vdate2.dmy}.
Тел.: {vtel1}
""",
    ),
    _t(
        "police-ka-1",
        "police report",
        "ka_GE",
        """
ოქმი N {vref1.police}
განმცხადებელი: {vper1.first_last}
მისამართი: {vaddr1}   ტელეფონი: {vtel1}
თარიღი: {vdate1.dmy}
შემთხვევა: [[მობილური ტელეფონის ქურდობა]]
""",
    ),
    _t(
        "school-hy-1",
        "school record",
        "hy_AM",
        """
Աշակերտի անձնական գործ
Անուն Ազգանուն: {vper1.first_last}
Ծննդյան ամսաթիվ: {vdob1.dmy_child}
Հասցե: {vaddr1}
Ծնող: {vper2.first_last}, հեռ. {vtel1}
[[Դասարան 5Բ]]
""",
    ),
    _t(
        "claim-vi-1",
        "insurance claim",
        "vi_VN",
        """
GIẤY YÊU CẦU BỒI THƯỜNG BẢO HIỂM
Người được bảo hiểm: {vper1.caps_last_space_first}
Số thẻ BHYT: {vplan1}   Ngày sinh: {vdob1.dmy_slash}
Địa chỉ: {vaddr1}   Điện thoại: {vtel1}
Chẩn đoán: [[sốt xuất huyết Dengue]]   Ngày khám: {vdate1.dmy_slash}
""",
    ),
    _t(
        "rx-id-1",
        "prescription",
        "id_ID",
        """
RESEP DOKTER
Nama pasien: {vper1.first_last}   Umur: {vage1} th
Alamat: {vaddr1}
R/ [[Amlodipin 10 mg]] no. XXX, s 1 dd 1
Tanggal: {vdate1.id}   dr. {vper2.first_last}, SIP {vlic1.med}
""",
    ),
    _t(
        "chat-sw-1",
        "chat transcript",
        "sw",
        """
[{vdate1.dmy_slash} 10:02] Mhudumu: Habari! Tafadhali taja jina lako kamili.
[{vdate1.dmy_slash} 10:03] Mteja: {vper1.first_last}
[{vdate1.dmy_slash} 10:03] Mhudumu: Namba yako ya simu?
[{vdate1.dmy_slash} 10:04] Mteja: {vtel1.ke}
[{vdate1.dmy_slash} 10:05] Mhudumu: Miadi yako ya [[kliniki ya kisukari]] imethibitishwa.
""",
    ),
    _t(
        "hr-fil-1",
        "HR leave request",
        "fil_PH",
        """
APLIKASYON PARA SA LEAVE
Pangalan: {vper1.caps_last_first}   Employee No.: {vref1.emp}
Uri ng leave: [[sick leave]]   Mula {vdate1.mdy} hanggang {vdate2.mdy}
Telepono: {vtel1.ph}   Superbisor: {vper2.first_last}
""",
    ),
    _t(
        "court-hr-1",
        "court record",
        "hr_HR",
        """
OPĆINSKI SUD U {vtown1}
Poslovni broj: {vref1.court_hr}
Tužitelj: {vper1.first_last}, OIB {vnat1.hr}, {vaddr1}
Tuženik: {vper2.first_last}, OIB {vnat2.hr}
Predmet: [[naknada štete iz prometne nezgode]]   Ročište {vdate1.dmy}
""",
    ),
    _t(
        "fraud-sl-1",
        "fraud case",
        "sl_SI",
        """
Prijava suma zlorabe kartice
Imetnik: {vper1.first_last}   Številka kartice: {vcard1}
Datum transakcije: {vdate1.dmy}   IP naslov: {vip1}
Opis: [[nakup v spletni trgovini, ki ga imetnik ne prepozna]]
""",
    ),
    _t(
        "lab-sk-1",
        "lab report",
        "sk_SK",
        """
VÝSLEDKY LABORATÓRNYCH VYŠETRENÍ
Pacient: {vper1.caps_last_space_first}   Dátum odberu: {vdate1.dmy}
Poisťovňa: [[VšZP]]   Číslo poistenca: {vplan1}
[[CRP]] 48 mg/l ↑   Odosielajúci lekár: MUDr. {vper2.last}
""",
    ),
    _t(
        "vacc-lv-1",
        "vaccination certificate",
        "lv_LV",
        """
Vakcinācijas apliecība
Vārds, uzvārds: {vper1.first_last}
Dzimšanas datums: {vdob1.dmy}
Vakcīna: [[gripas vakcīna 2026/2027]]   Datums: {vdate1.dmy}
Ārsts: {vper2.first_last}, tālr. {vtel1}
""",
    ),
    _t(
        "ins-ru-1",
        "insurance policy schedule",
        "ru_RU",
        """
ПОЛИС ДОБРОВОЛЬНОГО МЕДИЦИНСКОГО СТРАХОВАНИЯ № {vplan1}
Застрахованный: {vper1.fio}
Дата рождения: {vdob1.dmy}   Адрес: {vaddr1}
Телефон: {vtel1}   Эл. почта: {vmail1}
Программа: [[амбулаторно-поликлиническая помощь]]
""",
    ),
    _t(
        "rx-zh-1",
        "pharmacy label",
        "zh_CN",
        """
取药单  {vdate1.ja}
患者: {vper1.native}  就诊卡号: {vmrn1}
药品: [[阿莫西林胶囊 0.25g]] 每日三次 每次两粒
医师: {vper2.native}   药房电话: {vtel1}
""",
    ),
    _t(
        "ref-ja-1",
        "referral letter",
        "ja_JP",
        """
診療情報提供書
{vdate1.ja}
{vper2.native} 先生 御侍史
患者氏名 {vper1.native} 様 ({vage1}歳)  住所 {vaddr1}  電話 {vtel1}
傷病名: [[慢性腎臓病 ステージ3]]
紹介目的: [[腎臓内科的評価をお願いいたします]]
{vper3.native}
""",
    ),
    _t(
        "kyc-jp-1",
        "KYC review",
        "ja_JP",
        """
本人確認記録
氏名: {vper1.native}  生年月日: {vdob1.ja}
個人番号: {vnat1.jp}
確認書類: [[運転免許証]] 番号 {vlic1.jp_dl}
口座番号: {vacct1.jp}
""",
    ),
    _t(
        "tax-kr-1",
        "tax form",
        "ko_KR",
        """
근로소득 원천징수영수증
성명: {vper1.native}   주민등록번호: {vnat1.kr}
주소: {vaddr1}
[[총급여 48,000,000원]]   발행일: {vdate1.ko}
""",
    ),
    _t(
        "chat-th-1",
        "chat transcript",
        "th_TH",
        """
{vdate1.th} 19:20 {vper1.first}: สวัสดีค่ะ ขอนัดตรวจ [[ตรวจสุขภาพประจำปี]]
{vdate1.th} 19:21 โรงพยาบาล: รบกวนขอเลขบัตรประชาชนค่ะ
{vdate1.th} 19:22 {vper1.first}: {vnat1.th}
{vdate1.th} 19:22 {vper1.first}: เบอร์ {vtel1}
""",
    ),
    _t(
        "court-tr-1",
        "court record",
        "tr_TR",
        """
T.C. {vtown1} 3. ASLİYE HUKUK MAHKEMESİ
ESAS NO: {vref1.court_tr}
DAVACI: {vper1.caps}, TCKN {vnat1.tr}, {vaddr1}
DAVALI: {vper2.caps}
KONU: [[Boşanma ve velayet]]   DURUŞMA TARİHİ: {vdate1.tr}
""",
    ),
]

# --- more formats, more places ---------------------------------------------------------
TEMPLATES += [
    _t(
        "hl7-siu-1",
        "HL7 v2 scheduling message",
        "en_US",
        """
MSH|^~\\&|SCHED|CLINIC|EHR|CLINIC|{vdate1.hl7}1415||SIU^S12|{vref1.ticket}|P|2.3
SCH|{vref2}||||||[[FOLLOW-UP^Follow-up visit]]|||30|MIN
PID|1||{vmrn1.hl7}^^^CLINIC||{vper1.hl7}||{vdob1.hl7}|M|||^^{vtown1}^^{vpost1}||^PRN^PH^^^^^^^^\
^{vtel1.us}~^NET^Internet^{vmail1}
AIP|1||{vlic1.npi}^{vper2.hl7}|[[ATTENDING]]
""",
    ),
    _t(
        "x12-835-1",
        "X12 835 remittance",
        "en_US",
        """
ST*835*0001~BPR*I*412.55*C*ACH*CCP*01*011000015*DA*{vacct1.x12}*1512345678**01*021000021*DA*\
{vacct2.x12}*{vdate1.x12}~
TRN*1*{vref1}*1512345678~CLP*{vref2}*1*600*412.55*50*12*{vref3}*11*1~
NM1*QC*1*{vper1.x12}****MI*{vplan1}~SVC*HC:[[99213]]*600*412.55**1~CAS*CO*[[45]]*137.45~SE*8*0001~
""",
    ),
    _t(
        "edifact-paxlst-1",
        "EDIFACT PAXLST passenger list",
        "de_DE",
        """
UNA:+.? '
UNB+UNOA:4+AIRLINE+BPOL+{vdate1.edi}:0930+{vref1}'
UNH+1+PAXLST:D:05B:UN:IATA'
NAD+FL+++{vper1.edi}'
ATT+2++M'
DTM+329:{vdob1.edi}'
LOC+178+FRA'
NAT+2+DEU'
DOC+P:110:111+{vpass1.de}'
FTX+AAA+++[[TRANSIT PASSENGER]]'
UNT+10+1'
""",
    ),
    _t(
        "cda-escaped-1",
        "CDA document in a JSON envelope",
        "en_GB",
        """
{"channel":"mesh","received":"2026-10-19T10:22:31Z","payload":"&lt;ClinicalDocument&gt;&lt;reco\
rdTarget&gt;&lt;patientRole&gt;&lt;id extension=&quot;{vnat1.gb}&quot; root=&quot;2.16.840.1.11\
3883.2.1.4.1&quot;/&gt;&lt;addr&gt;{vaddr1}&lt;/addr&gt;&lt;telecom value=&quot;tel:{vtel1}&quo\
t;/&gt;&lt;patient&gt;&lt;name&gt;{vper1.full}&lt;/name&gt;&lt;birthTime value=&quot;\
{vdob1.hl7}&quot;/&gt;&lt;/patient&gt;&lt;/patientRole&gt;&lt;/recordTarget&gt;&lt;title&gt;\
[[Outpatient letter]]&lt;/title&gt;&lt;/ClinicalDocument&gt;"}
""",
        ("GB",),
    ),
    _t(
        "winevent-1",
        "Windows security event log",
        "en_US",
        """
Log Name: Security  Source: Microsoft-Windows-Security-Auditing  Event ID: 4624
Logged: {vdate1.mdy} 7:02:44 AM  Task Category: [[Logon]]
Account Name: {vper1.handle}  Account Domain: CLINIC
Workstation Name: RECEPTION-07  Source Network Address: {vip1}  Source Port: 51514
""",
    ),
    _t(
        "syslog-1",
        "router syslog",
        "fr_FR",
        """
# export journal box-fibre (priorités retirées)
oct. 21 22:14:09 box-fibre dnsmasq-dhcp[922]: DHCPACK(br0) {vip1.private} {vmac1.colon} PC-\
{vper1.caps_last}
oct. 21 22:14:10 box-fibre kernel: [[WAN up]] ip={vip2} gw={vip3}
""",
    ),
    _t(
        "takeout-1",
        "location history export",
        "en_GB",
        """
{"timelineObjects":[{"placeVisit":{"location":{"latitudeE7":"see coords","address":"{vaddr1}","\
name":"[[GP surgery]]"},"coords":"{vgeo1}","duration":{"startTimestamp":"{vdate1.iso}T09:12:00Z\
"}}},{"placeVisit":{"location":{"address":"{vaddr2}"},"coords":"{vgeo2.uri}"}}],"owner":"{vmail1}"}
""",
    ),
    _t(
        "vcard-1",
        "contact card (vCard)",
        "de_CH",
        """
BEGIN:VCARD
VERSION:3.0
N:{vper1.last};{vper1.first};;;
FN:{vper1.full}
TEL;TYPE=CELL:{vtel1}
EMAIL;TYPE=HOME:{vmail1}
ADR;TYPE=HOME:;;{vaddr1.street};{vtown1};;{vpost1};Schweiz
BDAY:{vdob1.iso}
NOTE:[[Allergie: Penicillin]]
END:VCARD
""",
    ),
    _t(
        "ics-1",
        "calendar invitation (iCalendar)",
        "nl_NL",
        """
BEGIN:VEVENT
DTSTART:{vdate1.hl7}T083000
SUMMARY:[[Intakegesprek GGZ]] - {vper1.first_last}
LOCATION:{vaddr1}
ORGANIZER;CN={vper2.full}:mailto:{vmail1.org}
DESCRIPTION:Cliëntnummer {vmrn1}\\nTelefoon {vtel1}
END:VEVENT
""",
    ),
    _t(
        "sql-dump-1",
        "database dump",
        "pt_BR",
        """
INSERT INTO pacientes (nome, cpf, nascimento, telefone, endereco, obs) VALUES
('{vper1.caps}', '{vnat1.br}', '{vdob1.iso}', '{vtel1}', '{vaddr1}', '\
[[gestante, pré-natal de alto risco]]'),
('{vper2.caps}', '{vnat2.br}', '{vdob2.iso}', '{vtel2}', '{vaddr2}', '[[hipertensa]]');
""",
    ),
    _t(
        "yaml-1",
        "app config with test data",
        "en_US",
        """
# fixtures/patients.yaml -- [[do not commit real data]]
- name: "{vper1.full}"
  dob: {vdob1.iso}
  ssn: "{vssn1}"
  portal: {vurl1}
  device_mac: "{vmac1}"
""",
    ),
    _t(
        "fixed-payroll-1",
        "payroll file (fixed width)",
        "en_CA",
        """
H PAYROLL {vdate1.hl7} [[BATCH 0042]]
D {vper1.caps_last_first}                {vnat1.ca}    {vacct1}    0003412.50
D {vper2.caps_last_first}                {vnat2.ca}    {vacct2}    0002980.00
T 000002
""",
    ),
    _t(
        "ocr-fr-1",
        "OCR'd scanned form",
        "fr_FR",
        """
CERFA n° 12345*01 - [[Demande de carte vitale]] (lecture automatique)
N0M : {vper1.ocr}
Né(e) le : {vdob1.dmy_slash}    N° séc. soc. : {vnat1.fr}
Adresse : {vaddr1.caps}
Tél : {vtel1}    Courriel : {vmail1}
""",
    ),
    _t(
        "ocr-receipt-1",
        "OCR'd pharmacy receipt",
        "en_US",
        """
WALKWAY PHARMACY #0412   {vaddr1.us}
{vdate1.mdy} 18:22   REG 02
RX {vref1.rx}   [[AMOXICILLIN 500MG CAP]]   COPAY 10.00
PATIENT: {vper1.caps_last_first}
VISA {vcard1.masked}   AUTH 00512Z
""",
    ),
    _t(
        "ng-clinic-1",
        "clinical note",
        "yo_NG",
        """
OUTPATIENT CLINIC NOTE - General Hospital, {vtown1}
Name: {vper1.caps_last_first}   Hospital No: {vmrn1}   Age: {vage1}
Presenting complaint: [[fever and joint pains x 4/7]]; malaria RDT [[positive]].
Next of kin: {vper2.first_last} (son), {vtel1.ng}
Seen by Dr {vper3.last}, {vdate1.dmy_slash}
""",
    ),
    _t(
        "ng-bank-1",
        "account opening form",
        "ha_NG",
        """
ACCOUNT OPENING FORM - INDIVIDUAL
Surname: {vper1.caps_last}   Other names: {vper1.first}
Date of birth: {vdob1.dmy_slash}   State of origin: [[Kano]]
Phone: {vtel1.ng}   E-mail: {vmail1}
Account no. (NUBAN): {vacct1}   Branch: {vtown1}
Next of kin: {vper2.full}
""",
    ),
    _t(
        "ng-school-1",
        "school record",
        "ig_NG",
        """
SCHOOL LEAVING CERTIFICATE
This is to certify that {vper1.caps}, born {vdob1.dmy_slash_child}, attended this school from
{vdate1.dmy_slash}. Admission number: {vref1.school}. Conduct: [[very good]].
Parent: {vper2.first_last}, {vtel1.ng}
""",
    ),
    _t(
        "mk-police-1",
        "police report",
        "mk_MK",
        """
ЗАПИСНИК
Пријавител: {vper1.first_last}, {vaddr1}
Телефон: {vtel1}
Датум: {vdate1.dmy}
Опис: [[кражба на велосипед од влез на зграда]]
""",
    ),
    _t(
        "az-lab-1",
        "lab report",
        "az_AZ",
        """
LABORATORİYA NƏTİCƏSİ
Xəstə: {vper1.first_last}   Doğum tarixi: {vdob1.dmy}
Ünvan: {vaddr1}   Telefon: {vtel1}
[[Qanda qlükoza]] 6,9 mmol/l   Tarix: {vdate1.dmy}
""",
    ),
    _t(
        "ne-rx-1",
        "prescription",
        "ne_NP",
        """
प्रेस्क्रिप्सन
बिरामीको नाम: {vper1.first_last}   उमेर: {vage1}
ठेगाना: {vtown1}   फोन: {vtel1}
औषधि: [[सिटामोल ५०० मि.ग्रा.]]
मिति: {vdate1.iso}   चिकित्सक: {vper2.first_last}
""",
    ),
    _t(
        "bn-claim-1",
        "insurance claim",
        "bn_BD",
        """
বীমা দাবি ফরম
দাবিদার: {vper1.first_last}   ফোন: {vtel1}
ঠিকানা: {vaddr1}
ভর্তির তারিখ: {vdate1.dmy_slash}   রোগ নির্ণয়: [[ডেঙ্গু জ্বর]]
""",
    ),
    _t(
        "mr-hr-1",
        "HR leave request",
        "mr_IN",
        """
रजा अर्ज
नाव: {vper1.first_last}   कर्मचारी क्रमांक: {vref1.emp}
रजेचा कालावधी: {vdate1.dmy_slash} ते {vdate2.dmy_slash}   कारण: [[वैद्यकीय रजा]]
मोबाईल: {vtel1}
""",
    ),
    _t(
        "dz-ref-1",
        "referral letter",
        "fr_DZ",
        """
Lettre d'orientation
Cher confrère, je vous adresse {vper1.first_last}, âgé(e) de {vage1} ans, demeurant {vaddr1},
pour [[avis cardiologique: souffle systolique]]. Tél. {vtel1}.
Dr {vper2.last}, le {vdate1.dmy_slash}
""",
    ),
    _t(
        "ch-fr-1",
        "insurance claim",
        "fr_CH",
        """
Demande de remboursement - assurance de base LAMal
Assuré(e) : {vper1.caps_last_space_first}   N° AVS : {vnat1.ch}
N° d'assuré : {vplan1}   Adresse : {vaddr1}
Traitement du {vdate1.dmy} : [[physiothérapie 9 séances]]
""",
    ),
    _t(
        "be-nl-1",
        "HR leave request",
        "nl_BE",
        """
Aanvraag verlof - personeelsdienst
Naam: {vper1.last_first}   Rijksregisternummer: {vnat1.be}
Van {vdate1.dmy} tot {vdate2.dmy}: [[ouderschapsverlof]]
Gsm: {vtel1}
""",
    ),
]

# --- orders, casings, context words ----------------------------------------------------
TEMPLATES += [
    _t(
        "clin-us-2",
        "clinical note",
        "en_US",
        """
s: pt {vper1.lower} here for f/u of [[CHF]], says sob better. wife {vper2.lower_first} at bedside
o: bp 128/76. wt down 2 kg since {vdate1.mdy}
a/p: cont [[furosemide 40 mg daily]]; call {vtel1.us} if wt up. pt is {vage1} y/o, lives alone \
@ {vaddr1.us}
""",
    ),
    _t(
        "clin-es-2",
        "clinical note",
        "es_ES",
        """
EVOLUCIÓN CLÍNICA - {vdate1.es}
{vper1.caps_last_first}, NHC {vmrn1}, {vage1} años.
Refiere [[dolor torácico atípico]]. ECG sin cambios. Acompañada por su nieto {vper2.first}.
Se cita de nuevo; teléfono de contacto {vtel1}.
""",
    ),
    _t(
        "dis-it-2",
        "discharge summary",
        "it_IT",
        """
LETTERA DI DIMISSIONE OSPEDALIERA - U.O. Medicina Interna
Sig.ra {vper1.caps_last_space_first} (C.F. {vnat1.it}), ricoverata dal {vdate1.dmy_slash} al \
{vdate2.dmy_slash}
Diagnosi: [[scompenso cardiaco acuto]]. Terapia: [[bisoprololo 2,5 mg]].
Il medico curante, dott. {vper2.last}, è pregato di controllare [[creatinina ed elettroliti]].
""",
    ),
    _t(
        "dis-us-2",
        "discharge summary",
        "en_US",
        """
Discharge Summary
PATIENT NAME: {vper1.caps_last_first_all}
MEDICAL RECORD #: {vmrn1}      ACCOUNT #: {vacct1.us}
ADMIT: {vdate1.mdy}   DISCHARGE: {vdate2.mdy}
Discharge dx: [[acute on chronic kidney injury]]; [[hyperkalemia, resolved]]
Follow up with {vper2.full}, MD in 1 week. Home health via [[VNA]]; caregiver \
{vper3.first_last} {vtel1.us}
""",
    ),
    _t(
        "rad-de-2",
        "radiology request",
        "de_DE",
        """
Anforderung Radiologie
Name, Vorname: {vper1.last_first}   Geb.: {vdob1.dmy}
Station [[3B Unfallchirurgie]], Zimmer [[12]]
Untersuchung: [[CT Schädel nativ]]   Frage: [[Blutung nach Sturz?]]
Anfordernder Arzt: {vper2.initial_last}, Piepser 4412, {vdate1.dmy}
""",
    ),
    _t(
        "rad-fr-2",
        "radiology request",
        "fr_CA",
        """
REQUÊTE EN IMAGERIE MÉDICALE
Nom : {vper1.caps_last}  Prénom : {vper1.first}  RAMQ : {vplan1}
Examen demandé : [[échographie abdominale]]
Renseignements cliniques : [[douleur hypocondre droit]]
Médecin : {vper2.full}, permis {vlic1.med}   Date : {vdate1.iso}
""",
    ),
    _t(
        "claim-fr-2",
        "insurance claim",
        "fr_FR",
        """
Déclaration de sinistre - habitation
Assuré : M. {vper1.last_space_first}   Contrat n° {vplan1}
Date du sinistre : {vdate1.fr}   Lieu : {vaddr1}
Nature : [[dégât des eaux, fuite sous évier]]
Tiers : {vper2.first_last}, {vtel1}
""",
    ),
    _t(
        "claim-in-2",
        "insurance claim",
        "en_IN",
        """
CLAIM FORM - PART A (to be filled by insured)
Policy no: {vplan1}   Name of patient: {vper1.caps}   Age: {vage1}
Hospital: [[City Multispeciality Hospital]], {vtown1}
Date of admission: {vdate1.dmy_slash}
PAN/Aadhaar: {vnat1.in}   Bank a/c: {vacct1.in}   Mobile {vtel1.in}
""",
    ),
    _t(
        "kyc-de-2",
        "KYC review",
        "de_DE",
        """
Legitimationsprüfung (GwG)
Kunde: {vper1.caps_last_space_first}, geb. am {vdob1.dmy} in {vtown1}
Ausweisart: [[Personalausweis]]   Nr.: {vpass1.de}
Wohnanschrift: {vaddr1}
Steuer-ID: {vnat1.de}   Geprüft durch: {vper2.initial_last} am {vdate1.dmy}
""",
    ),
    _t(
        "kyc-br-2",
        "KYC review",
        "pt_BR",
        """
FICHA CADASTRAL - PESSOA FÍSICA
Nome completo: {vper1.caps}
CPF: {vnat1.br}   Data de nascimento: {vdob1.dmy_slash}
Endereço: {vaddr1}
Celular: {vtel1}   E-mail: {vmail1}
Renda declarada: [[R$ 7.500,00]]   Selfie: {vphoto1}
""",
    ),
    _t(
        "fraud-gb-2",
        "fraud case",
        "en_GB",
        """
Case {vref1.kyc} - APP scam
Victim {vper1.full} (age {vage1}) transferred [[£9,800]] to {viban1.gb} on {vdate1.dmy_slash}
after a call from {vtel1} claiming to be from the bank. Mule account holder: \
{vper2.caps_last_first}.
Victim's device IP {vip1}. Reported by daughter {vper3.first_last}.
""",
    ),
    _t(
        "fraud-es-2",
        "fraud case",
        "es_MX",
        """
EXPEDIENTE DE FRAUDE {vref1.kyc}
Cliente: {vper1.caps}   Tarjeta: {vcard1}
Cargos no reconocidos el {vdate1.dmy_slash} desde la IP {vip1}
Correo asociado: {vmail1}   Teléfono: {vtel1}
Dictamen: [[clonación de tarjeta en cajero]]
""",
    ),
    _t(
        "hr-de-2",
        "HR leave request",
        "de_DE",
        """
Urlaubsantrag
Mitarbeiter/in: {vper1.last_first}   Personal-Nr.: {vref1.emp}
Zeitraum: {vdate1.dmy} bis {vdate2.dmy} ([[Sonderurlaub Umzug]])
Vertretung: {vper2.first_last}   Genehmigt: {vper3.initial_last}
""",
    ),
    _t(
        "hr-ja-2",
        "HR leave request",
        "ja_JP",
        """
休暇届
所属: [[経理部]]  氏名: {vper1.native}
休暇期間: {vdate1.ja} から {vdate2.ja}
種類: [[年次有給休暇]]   連絡先: {vtel1}
""",
    ),
    _t(
        "chat-de-2",
        "chat transcript",
        "de_DE",
        """
Kundendienst-Chat, exportiert {vdate1.iso}
[Agentin {vper2.first}] Guten Tag! Wie ist Ihre Kundennummer?
[Kunde] {vref1}
[Agentin {vper2.first}] Danke, Herr {vper1.last}. Und Ihre Anschrift zur Prüfung?
[Kunde] {vaddr1}
[Kunde] das [[Blutzuckermessgerät]] zeigt Fehler E-3, Seriennr. {vdev1}
""",
    ),
    _t(
        "chat-ko-2",
        "chat transcript",
        "ko_KR",
        """
[{vdate1.ko} 오후 3:02] {vper1.native}: 안녕하세요 예약 변경하고 싶어요
[{vdate1.ko} 오후 3:03] 상담원: 성함과 연락처 부탁드립니다
[{vdate1.ko} 오후 3:03] {vper1.native}: {vtel1}
[{vdate1.ko} 오후 3:04] 상담원: [[건강검진]] 예약을 다음 주로 변경했습니다
""",
    ),
    _t(
        "chat-fr-2",
        "chat transcript",
        "fr_FR",
        """
[{vdate1.dmy_slash} 11:20] Conseiller : Bonjour, pouvez-vous me confirmer votre nom ?
[{vdate1.dmy_slash} 11:21] Client : {vper1.caps_last_space_first}
[{vdate1.dmy_slash} 11:21] Conseiller : Et votre IBAN pour le remboursement ?
[{vdate1.dmy_slash} 11:22] Client : {viban1.fr}
[{vdate1.dmy_slash} 11:23] Conseiller : Merci, [[remboursement des lunettes]] enregistré.
""",
    ),
    _t(
        "sig-block-1",
        "e-mail signature thread",
        "en_AU",
        """
---- Forwarded message (Outlook for iOS), clinic inbox ----
Sent: {vdate1.dmy_slash} 4:51 PM   From: {vper1.full}
Hi {vper2.first}, attached are mum's [[echo results]]. Her Medicare no. is {vplan1}.
Thanks,
{vper1.first}
M: {vtel1} | {vmail1}
""",
    ),
    _t(
        "reg-counter-1",
        "GP registration form",
        "en_GB",
        """
GMS1 - Family doctor services registration
Surname {vper1.caps_last}  First names {vper1.first}  Previous surname {vper2.caps_last}
Date of birth {vdob1.dmy_slash}   NHS number {vnat1.gb}
Home address {vaddr1}
Previous GP: Dr {vper3.last}, {vtown1}
[[I have been in the Armed Forces: no]]
""",
        ("GB",),
    ),
    _t(
        "usaddr-mil-1",
        "military medical record",
        "en_US",
        """
SF 600 CHRONOLOGICAL RECORD OF MEDICAL CARE
{vdate1.dmon}  [[Sick call: L ankle inversion injury]]
Patient: {vper1.caps_last_first}  DoD ID: {vref1.dod}  SSN: {vssn1}
Unit mailing address: {vaddr1.us}
Provider: {vper2.caps_last_first}, PA-C
""",
    ),
    _t(
        "age-de-1",
        "nursing home admission",
        "de_DE",
        """
Heimaufnahme - Stammblatt
Bewohnerin: {vper1.first_last}, {vage1} Jahre, Pflegegrad [[4]]
Geburtsdatum: {vdob1.dmy}   Krankenkasse: Vers.-Nr. {vplan1.de}
Betreuer: {vper2.first_last}, {vtel1}
Hausarzt: Dr. {vper3.last}
""",
    ),
    _t(
        "age-ja-1",
        "care plan",
        "ja_JP",
        """
介護サービス計画書
利用者名: {vper1.native} 様  ({vage1}歳)  要介護 [[3]]
住所: {vaddr1}
家族: {vper2.native} (長女)  電話 {vtel1}
作成日: {vdate1.ja}
""",
    ),
    _t(
        "eu-ehic-1",
        "European health card claim",
        "pl_PL",
        """
Wniosek o zwrot kosztów leczenia za granicą
Imię i nazwisko: {vper1.first_last}   PESEL: {vnat1.pl}
Numer karty EKUZ: {vplan1.ehic}   Data leczenia: {vdate1.pl}
Kraj: [[Hiszpania]]   Numer rachunku: {viban1.pl}
""",
    ),
    _t(
        "sepa-1",
        "SEPA direct debit mandate",
        "nl_NL",
        """
Doorlopende machtiging SEPA
Naam: {vper1.first_last}   Adres: {vaddr1}
IBAN: {viban1.nl}   Kenmerk machtiging: {vref1}
Plaats en datum: {vtown1}, {vdate1.dmy_dash}
[[Incassant: Zorgverzekeraar, premie maandelijks]]
""",
    ),
    _t(
        "pl-sick-1",
        "sick note",
        "pl_PL",
        """
ZAŚWIADCZENIE LEKARSKIE e-ZLA seria [[ZL]] nr {vref1}
Ubezpieczony: {vper1.caps_last_space_first}, PESEL {vnat1.pl}
Niezdolność do pracy od {vdate1.dmy} do {vdate2.dmy}
Wskazania: [[chory powinien leżeć]]   Lekarz: {vper2.first_last}
""",
    ),
]

# --- devices, vehicles, biometrics, the web --------------------------------------------
TEMPLATES += [
    _t(
        "cpap-1",
        "CPAP therapy data export",
        "en_CA",
        """
Therapy Report  {vdate1.iso} to {vdate2.iso}
Patient: {vper1.last_first}   DOB: {vdob1.iso}
Device: [[AutoSet CPAP]]  SN {vdev1}   Modem MAC {vmac1.dash}
Usage: [[94% of nights over 4 h]]   AHI 3.1
Uploaded from {vip1} by {vmail1}
""",
    ),
    _t(
        "hearing-1",
        "hearing aid fitting record",
        "da_DK",
        """
Høreapparatudlevering
Borger: {vper1.first_last}, CPR-nr. {vnat1.dk}
Apparat venstre: serienr. {vdev1}   højre: serienr. {vdev2}
Bluetooth-adresse: {vmac1.upper}
Tilpasset {vdate1.dmy} - [[let til moderat sensorineuralt høretab]]
""",
    ),
    _t(
        "pump-1",
        "insulin pump upload",
        "en_US",
        """
Pump upload summary - clinic portal
Name: {vper1.first_last} | MRN {vmrn1} | Pump SN {vdev1.pump} | CGM {vdev2.cgm}
Upload: {vdate1.mdy} from phone IMEI {vdev3.imei}
[[Time in range 71%]], [[2 severe lows]]
Parent/guardian contact {vtel1.us}
""",
    ),
    _t(
        "motor-claim-1",
        "motor insurance claim",
        "en_GB",
        """
MOTOR CLAIM NOTIFICATION  Claim ref {vref1}
Policyholder: {vper1.full}   Policy no. {vplan1}
Our vehicle: reg {vveh1.plate}, VIN {vveh2.vin}
Third party: {vper2.full}, reg {vveh3.plate}, tel {vtel1}
Accident {vdate1.dmy_slash} at {vaddr1.street}, {vtown1}: [[rear-end collision at junction]]
Dashcam footage: {vurl1}
""",
    ),
    _t(
        "motor-claim-2",
        "motor insurance claim",
        "es_ES",
        """
DECLARACIÓN AMISTOSA DE ACCIDENTE
Vehículo A: matrícula {vveh1.plate}   Conductor: {vper1.full}, DNI {vnat1.es}
Permiso de conducir nº {vlic1.dl}
Vehículo B: matrícula {vveh2.plate}   Conductor: {vper2.full}, NIE {vnat2.es}
Fecha: {vdate1.dmy_slash}   Lugar: {vaddr1}
Circunstancias: [[B circulaba marcha atrás]]
""",
    ),
    _t(
        "timeclock-1",
        "time clock export",
        "en_US",
        """
employee,badge,fingerprint_template,clock_in,clock_out,terminal_mac
"{vper1.last_first}",{vref1.emp},{vbio1.fp},{vdate1.iso} 06:58,{vdate1.iso} 15:31,{vmac1}
"{vper2.last_first}",{vref2.emp},{vbio2.fp},{vdate1.iso} 07:02,{vdate1.iso} 15:30,{vmac1}
""",
    ),
    _t(
        "voiceid-1",
        "voice biometrics enrolment log",
        "en_GB",
        """
2026-10-12T08:41:03Z enrol ok customer={vref1} name="{vper1.full}" voiceprint={vbio1.voice} cha\
nnel=IVR ani={vtel1}
2026-10-12T08:41:05Z consent recorded [[voice ID opt-in]] agent={vper2.first_initial}
""",
    ),
    _t(
        "faceid-1",
        "identity verification result",
        "fr_FR",
        """
Vérification d'identité - résultat
Demandeur : {vper1.first_last}   Date de naissance : {vdob1.dmy_slash}
Pièce : [[carte nationale d'identité]] n° {vpass1.fr}
Gabarit facial : {vbio1.face}   Photo : {vphoto1}
Adresse IP : {vip1}   Résultat : [[correspondance 0,97]]
""",
    ),
    _t(
        "modreport-1",
        "content moderation report",
        "en_US",
        """
Trust and Safety - report #{vref1.ticket}
Reported account: {vurl1.social} (display name "{vper1.first_last}")
Reporter: {vper2.handle} from {vip1}
Category: [[doxxing - posted home address]]
Posted content included {vaddr1.us} and {vtel1.us}
Action: [[content removed, account warned]] on {vdate1.mdy}
""",
    ),
    _t(
        "dating-1",
        "dating app data export",
        "pt_PT",
        """
{"perfil":{"nome":"{vper1.first_last}","nascimento":"{vdob1.iso}","telemovel":"{vtel1}","email"\
:"{vmail1}","fotos":["{vphoto1}"]},"localizacao":"{vgeo1}","ultimo_acesso_ip":"{vip1}","bio":"\
[[adoro caminhadas e café]]"}
""",
    ),
    _t(
        "rideshare-1",
        "ride-hailing trip receipt",
        "en_IN",
        """
Trip receipt - {vdate1.dmy_slash}
Rider: {vper1.first_last}   Phone: {vtel1.in}
Driver: {vper2.first_last}   Vehicle: [[Maruti Dzire]] {vveh1.plate}
Pickup: {vaddr1}   Drop: {vaddr2}
Paid by card {vcard1}   [[Fare Rs 412.00]]
""",
    ),
    _t(
        "telematics-1",
        "vehicle telematics log",
        "de_DE",
        """
ts;vin;lat_lon;speed_kmh;driver_card;event
{vdate1.iso}T07:12:09;{vveh1.vin};{vgeo1};54;{vlic1};[[ignition on]]
{vdate1.iso}T07:40:51;{vveh1.vin};{vgeo2};0;{vlic1};[[harsh braking]]
""",
    ),
    _t(
        "toll-1",
        "toll invoice",
        "fr_FR",
        """
FACTURE PÉAGE n° {vref1}
Titulaire du badge : {vper1.caps_last_space_first}
Badge : [[Liber-t]] n° {vdev1}   Immatriculation : {vveh1.plate}
Trajet du {vdate1.dmy_slash} : [[classe 1, véhicule léger]]   Prélevé sur {viban1.fr}
""",
    ),
    _t(
        "eob-1",
        "explanation of benefits",
        "en_US",
        """
EXPLANATION OF BENEFITS (EOB) - medical plan - THIS IS NOT A BILL
Member: {vper1.full}   Member ID: {vplan1}   Group [[004410]]
Patient: {vper2.first_last}   Claim #: {vref1}
Service date {vdate1.mdy} | Provider {vper3.full} | [[Office visit, established]] | You owe $35.00
Questions? Call {vtel1.us} or visit {vurl1}
""",
    ),
    _t(
        "hipaa-auth-1",
        "HIPAA authorization form",
        "en_US",
        """
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: {vper1.full}   Date of birth: {vdob1.mdy}   MRN: {vmrn1}
I authorize release to: {vper2.full}, {vaddr1.us}, fax {vfax1.us}
Information: [[records of treatment for substance use disorder (42 CFR Part 2)]]
Signature ____________  Date {vdate1.mdy}
""",
    ),
    _t(
        "se-journal-1",
        "clinical note",
        "sv_SE",
        """
Journalanteckning - Vårdcentralen {vtown1}
Patient: {vper1.last_first}, {vnat1.se}
Besöksdatum: {vdate1.iso}   Besökstyp: [[mottagningsbesök]]
Aktuellt: [[ryggsmärta sedan tre veckor]]
Anhörig: {vper2.first_last}, tel {vtel1}
Signerad: {vper3.first_last}, leg. läkare
""",
    ),
    _t(
        "cn-hr-1",
        "employee record",
        "zh_CN",
        """
员工入职登记表
姓名: {vper1.native}   身份证号: {vnat1.cn}
手机: {vtel1}   邮箱: {vmail1}
户籍地址: {vaddr1}
紧急联系人: {vper2.native}
入职日期: {vdate1.ja}   部门: [[财务部]]
""",
    ),
    _t(
        "es-rent-1",
        "rental agreement",
        "es_ES",
        """
CONTRATO DE ARRENDAMIENTO DE VIVIENDA
De una parte, D.ª {vper1.full}, con NIE {vnat1.es}, en calidad de arrendadora.
De otra, D. {vper2.full}, con DNI {vnat2.es}, domiciliado en {vaddr1}.
Fianza: [[una mensualidad]]. Pago mensual a la cuenta {viban1.es}.
En {vtown1}, a {vdate1.es}.
""",
    ),
    _t(
        "gr-pharm-1",
        "pharmacy label",
        "el_GR",
        """
ΦΑΡΜΑΚΕΙΟ - ΕΚΤΕΛΕΣΗ ΣΥΝΤΑΓΗΣ
Ασθενής: {vper1.first_last}   ΑΜΚΑ: {vnat1.gr}
[[Μετφορμίνη 850 mg]] 1x2   Ημερομηνία: {vdate1.dmy_slash}
Ιατρός: {vper2.first_last}
""",
    ),
    _t(
        "ua-dis-1",
        "discharge summary",
        "uk_UA",
        """
ВИПИСКА З МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО
ПІБ: {vper1.fio}
Дата народження: {vdob1.dmy}   Адреса: {vaddr1}
Перебував з {vdate1.dmy} по {vdate2.dmy} з діагнозом [[гострий бронхіт]].
Лікар: {vper2.first_last}
""",
    ),
    _t(
        "ru-court-1",
        "court record",
        "ru_RU",
        """
РЕШЕНИЕ ИМЕНЕМ РОССИЙСКОЙ ФЕДЕРАЦИИ
Дело № {vref1.court_ru}
Истец: {vper1.fio}, проживающий по адресу: {vaddr1}
Ответчик: {vper2.fio}
Предмет: [[взыскание алиментов]]. Дата решения: {vdate1.dmy}
""",
    ),
]

# --- a last round of places and papers --------------------------------------------------
TEMPLATES += [
    _t(
        "ga-letter-1",
        "referral letter",
        "ga_IE",
        """
A Dhochtúir {vper2.last}, a chara,
Maidir le: {vper1.full}, dáta breithe {vdob1.dmy_slash}, {vaddr1}
Tá an t-othar seo ag fulaingt ó [[phian droma ainsealach]]. Fón póca: {vtel1.ie}
Le meas, {vper3.first_last}
""",
    ),
    _t(
        "cy-school-1",
        "school record",
        "en_GB",
        """
ADRODDIAD DISGYBL / PUPIL REPORT - Ysgol Gyfun {vtown1}
Enw / Name: {vper1.first_last}   Rhif UPN: {vref1.school}
Dyddiad geni / DOB: {vdob1.dmy_slash_child}
Rhiant / Parent: {vper2.first_last}, {vtel1}
[[Cymraeg iaith gyntaf: gradd A]]
""",
    ),
    _t(
        "uz-clinic-1",
        "clinical note",
        "uz_UZ",
        """
AMBULATOR KARTA
Bemor: {vper1.last_space_first}   Tug'ilgan sana: {vdob1.dmy}
Telefon: {vtel1.uz}   Shahar: [[Toshkent viloyati]]
Tashxis: [[o'tkir bronxit]]   Ko'rik sanasi: {vdate1.dmy}
Shifokor: {vper2.first_last}
""",
    ),
    _t(
        "tw-insurance-1",
        "insurance claim",
        "zh_TW",
        """
保險理賠申請書
被保險人: {vper1.native}   保單號碼: {vplan1}
出生日期: {vdob1.ymd_slash}   聯絡電話: {vtel1}
通訊地址: {vaddr1}
事故日期: {vdate1.ymd_slash}   事故原因: [[車禍導致右腳骨折]]
匯款帳號: {vacct1}
""",
    ),
    _t(
        "he-court-1",
        "court record",
        "he_IL",
        """
בית משפט השלום ב{vtown1}
ת"א {vref1.court_il}
התובע: {vper1.first_last}, ת.ז. {vnat1.il}
הנתבע: {vper2.first_last}, ת.ז. {vnat2.il}
מהות התביעה: [[נזקי רכוש בתאונת דרכים]]   מועד הדיון: {vdate1.dmy_slash}
""",
    ),
    _t(
        "ar-dis-1",
        "discharge summary",
        "ar_PS",
        """
ملخص الخروج من المستشفى
اسم المريض: {vper1.first_last}   رقم الملف الطبي: {vmrn1}
تاريخ الدخول: {vdate1.dmy_slash}   تاريخ الخروج: {vdate2.dmy_slash}
التشخيص: [[التهاب الزائدة الدودية الحاد]]
هاتف المرافق ({vper2.first_last}): {vtel1}
""",
    ),
    _t(
        "fa-school-1",
        "school record",
        "fa_IR",
        """
کارنامه تحصیلی
نام و نام خانوادگی: {vper1.first_last}
تاریخ تولد: {vdob1.iso_child}   شماره دانش‌آموزی: {vref1.school}
نام ولی: {vper2.first_last}   تلفن: {vtel1}
[[معدل کل: ۱۸٫۲۵]]
""",
    ),
    _t(
        "in-pan-1",
        "tax form",
        "en_IN",
        """
FORM 16 - Certificate under section 203 of the Income-tax Act
Name and address of the employee: {vper1.caps}, {vaddr1}
Employee reference no.: {vref1.emp}   Aadhaar: {vnat1.in}
Assessment year [[2026-27]]   Period with employer: {vdate1.dmy_slash} to {vdate2.dmy_slash}
""",
    ),
    _t(
        "ar-es-1",
        "clinical note",
        "es_AR",
        """
HISTORIA CLÍNICA - evolución
{vdate1.dmy_slash} - Paciente {vper1.last_first} (DNI en legajo, CUIL {vnat1.ar}), {vage1} años,
consulta por [[mareos y caídas reiteradas]]. Vive con su hija {vper2.first} en {vaddr1}.
Tel. de la hija: {vtel1}.   Firma: Dra. {vper3.last}
""",
    ),
    _t(
        "br-school-1",
        "school record",
        "pt_BR",
        """
HISTÓRICO ESCOLAR
Aluno(a): {vper1.caps}   RA: {vref1.school}   CPF: {vnat1.br}
Data de nascimento: {vdob1.dmy_slash}   Naturalidade: {vtown1}
Responsável: {vper2.full}   Telefone: {vtel1}
[[Ensino Fundamental concluído]] em {vdate1.dmy_slash}
""",
    ),
    _t(
        "hu-lab-1",
        "lab report",
        "hu_HU",
        """
LABORATÓRIUMI LELET
Név: {vper1.last_space_first}   TAJ szám: {vplan1}
Születési dátum: {vdob1.hu}   Lakcím: {vaddr1}
[[Koleszterin]] 6,8 mmol/l (magas)   Mintavétel: {vdate1.ymd_dot}
""",
    ),
    _t(
        "cz-police-1",
        "police report",
        "cs_CZ",
        """
ÚŘEDNÍ ZÁZNAM č. j. {vref1.police}
Oznamovatel: {vper1.first_last}, nar. {vdob1.dmy}, bytem {vaddr1}
Telefon: {vtel1}
Věc: [[vloupání do sklepní kóje]]   Datum: {vdate1.dmy}
Zpracoval: {vper2.initial_last}
""",
    ),
    _t(
        "ro-school-1",
        "school record",
        "ro_RO",
        """
FOAIE MATRICOLĂ
Elev: {vper1.caps_last_space_first}   CNP: {vnat1.ro}
Data nașterii: {vdob1.dmy_child}   Domiciliu: {vaddr1}
Părinte: {vper2.first_last}, tel. {vtel1}
[[Media generală: 9,45]]
""",
    ),
    _t(
        "bg-clinic-1",
        "clinical note",
        "bg_BG",
        """
АМБУЛАТОРЕН ЛИСТ № {vref1}
Пациент: {vper1.fio}, ЕГН {vnat1.bg}
Телефон: {vtel1}
Дата: {vdate1.dmy}   Диагноза: [[остър фарингит]]
Лекар: {vper2.first_last}, УИН {vlic1.med}
""",
    ),
    _t(
        "nz-acc-1",
        "accident compensation claim",
        "en_NZ",
        """
ACC45 INJURY CLAIM
Claimant: {vper1.caps_last_first}   NHI: {vmrn1}   DOB: {vdob1.dmy_slash}
Address: {vaddr1}   Phone: {vtel1}
Accident date: {vdate1.dmy_slash}   Description: [[slipped on wet deck, left wrist]]
Provider: {vper2.full}, registration {vlic1.med}
""",
    ),
    _t(
        "ke-mpesa-1",
        "mobile money statement",
        "en_KE",
        """
M-PESA STATEMENT
Customer Name: {vper1.caps}   Mobile Number: {vtel1.ke}
ID Number: {vref1.ke_id}   Statement period: {vdate1.dmy_slash} - {vdate2.dmy_slash}
Receipt No. {vref2}  Paid to {vper2.caps}  Amount 2,450.00
""",
    ),
    _t(
        "ph-philhealth-1",
        "health insurance claim",
        "fil_PH",
        """
CLAIM FORM 1 - PhilHealth
Member: {vper1.caps_last_first}   PIN: {vplan1}
Mailing address: {vaddr1}
Patient (dependent): {vper2.caps_last_first}, relationship [[anak]]
Date admitted: {vdate1.mdy}   Contact no.: {vtel1.ph}
""",
    ),
    _t(
        "ee-eesti-1",
        "prescription",
        "et_EE",
        """
DIGIRETSEPT nr {vref1.rx}
Patsient: {vper1.first_last}, isikukood {vnat1.ee}
Ravim: [[Atorvastatiin 20 mg N30]]   Annustamine: 1 tablett õhtul
Välja kirjutatud {vdate1.dmy}, arst {vper2.first_last}
""",
    ),
    _t(
        "lt-bank-1",
        "bank statement",
        "lt_LT",
        """
SĄSKAITOS IŠRAŠAS
Klientas: {vper1.first_last}, a. k. {vnat1.lt}
Sąskaita: {viban1}   Laikotarpis: {vdate1.iso} - {vdate2.iso}
[[Mokėjimas už vaistus]] -23,40 EUR
""",
    ),
    _t(
        "is-tax-1",
        "tax form",
        "is_IS",
        """
SKATTFRAMTAL EINSTAKLINGA
Nafn: {vper1.first_last}   Kennitala: {vnat1.is}
Netfang: {vmail1}   Sími: {vtel1}
Bankareikningur: {vacct1}   [[Vaxtabætur sóttar]]
""",
    ),
]

# --- lists of many people ---------------------------------------------------------------
TEMPLATES += [
    _t(
        "class-list-1",
        "school class list (CSV)",
        "en_US",
        """
student_id,last,first,dob,guardian,guardian_phone,notes
{vref1.school},{vper1.last},{vper1.first},{vdob1.iso_child},{vper5.first_last},{vtel1.us},\
[[peanut allergy - EpiPen in office]]
{vref2.school},{vper2.last},{vper2.first},{vdob2.iso_child},{vper6.first_last},{vtel2.us},
{vref3.school},{vper3.last},{vper3.first},{vdob3.iso_child},{vper7.first_last},{vtel3.us},\
[[custody order on file]]
{vref4.school},{vper4.last},{vper4.first},{vdob4.iso_child},{vper8.first_last},{vtel4.us},
""",
    ),
    _t(
        "handover-1",
        "nursing handover sheet",
        "en_GB",
        """
HANDOVER - Ward 9 - night to day - {vdate1.dmy_slash}
Bay 1  {vper1.caps_last_first} ({vage1})  [[post-op day 2 hemicolectomy, NBM]]
Bay 2  {vper2.caps_last_first}  [[delirium, 1:1 at night]]; son {vper5.first} rang twice ({vtel1})
Bay 3  {vper3.caps_last_first}  [[awaiting care package]]
Bay 4  {vper4.caps_last_first}  [[IV abx day 5]]; MRN {vmrn1}
Nurse in charge: {vper6.first_initial}
""",
    ),
    _t(
        "minutes-1",
        "meeting minutes",
        "de_DE",
        """
Protokoll der Fallkonferenz vom {vdate1.dmy}
Anwesend: {vper1.first_last} (Jugendamt), {vper2.first_last} (Schule), {vper3.first_last} (Kind\
erärztin),
{vper4.first_last} (Mutter)
Betroffenes Kind: {vper5.first_last}, geb. {vdob1.dmy_child}, wohnhaft {vaddr1}
Beschluss: [[ambulante Familienhilfe ab sofort]]. Nächster Termin: {vdate2.dmy}
""",
    ),
    _t(
        "manifest-1",
        "passenger manifest",
        "es_MX",
        """
MANIFIESTO DE PASAJEROS - Autobús [[ruta 14, servicio de primera]] - {vdate1.dmy_slash}
ASIENTO | NOMBRE | PASAPORTE/ID | TELÉFONO
01 | {vper1.caps_last_first} | {vpass1} | {vtel1}
02 | {vper2.caps_last_first} | {vpass2} | {vtel2}
03 | {vper3.caps_last_first} | {vpass3} | {vtel3}
04 | {vper4.caps_last_first} | {vpass4} | {vtel4}
""",
    ),
    _t(
        "koseki-1",
        "family register extract",
        "ja_JP",
        """
戸籍全部事項証明書
本籍: {vaddr1}
筆頭者: {vper1.native}
戸籍に記録されている者: {vper2.native} (生年月日 {vdob1.ja})
戸籍に記録されている者: {vper3.native} (生年月日 {vdob2.ja})
[[婚姻]] {vdate1.ja}
""",
    ),
    _t(
        "kr-family-1",
        "family relation certificate",
        "ko_KR",
        """
가족관계증명서
본인: {vper1.native}  주민등록번호 {vnat1.kr}
부: {vper2.native}   모: {vper3.native}
배우자: {vper4.native}
등록기준지: {vaddr1}
[[발급일]] {vdate1.ko}
""",
    ),
    _t(
        "jury-1",
        "court docket",
        "en_AU",
        """
DAILY COURT LIST - Local Court {vtown1} - {vdate1.dmy_slash}
10:00  POLICE v {vper1.caps}     [[mention - drive while suspended]]
10:00  POLICE v {vper2.caps}     [[plea - common assault]]
11:30  {vper3.caps} v {vper4.caps}  [[AVO application]]
Registrar: {vper5.initial_last}
""",
    ),
    _t(
        "rota-1",
        "staff rota (TSV)",
        "nl_NL",
        """
naam\tfunctie\tdienst {vdate1.iso}\tmobiel
{vper1.last_first}\t[[verpleegkundige]]\tvroeg\t{vtel1}
{vper2.last_first}\t[[verpleegkundige]]\tlaat\t{vtel2}
{vper3.last_first}\t[[arts-assistent]]\tnacht\t{vtel3}
{vper4.last_first}\t[[zorgassistent]]\tvroeg\t{vtel4}
""",
    ),
    _t(
        "vax-roster-1",
        "vaccination clinic roster",
        "pl_PL",
        """
LISTA SZCZEPIEŃ - [[grypa sezonowa]] - {vdate1.dmy}
Lp. | Nazwisko i imię | PESEL | Telefon
1 | {vper1.caps_last_space_first} | {vnat1.pl} | {vtel1}
2 | {vper2.caps_last_space_first} | {vnat2.pl} | {vtel2}
3 | {vper3.caps_last_space_first} | {vnat3.pl} | {vtel3}
""",
    ),
    _t(
        "guardians-1",
        "team contact sheet",
        "en_CA",
        """
U11 Hockey - emergency contacts (do not share)
{vper1.first_last} - parent {vper4.full} {vtel1} - [[asthma]]
{vper2.first_last} - parent {vper5.full} {vtel2}
{vper3.first_last} - parent {vper6.full} {vtel3} - [[diabetes type 1, CGM]]
Coach: {vper7.full}, {vmail1.org}
""",
    ),
]

# --- the split ---------------------------------------------------------------------------

SPLIT = Split(
    name="heldout_v",
    templates=TEMPLATES,
    seeds=range(84370001, 84370401),
    locales=(("en_US", 3), ("en_GB", 2), ("en_CA", 1)),
    name_countries=("US", "GB", "IN", "NG", "MX", "PL", "PH"),
    id_countries=("US", "GB", "CA", "IN", "DE", "FR"),
    shapes={
        "mrn": ("V#######",),
        "plan": ("V??#########",),
        "claim": ("VC##########",),
        "account": ("##########",),
        "licence": ("V#######",),
        "reg": ("V??####",),
        "cert": ("VC-######",),
        "serial": ("VS########",),
    },
    date_formats=("%d/%m/%Y", "%Y-%m-%d", "%d %b %Y", "%B {d}, %Y"),
)
