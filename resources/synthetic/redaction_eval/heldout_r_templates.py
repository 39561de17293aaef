# ruff: noqa: E501 -- template lines are document lines, as long as the documents write them
"""Split R: held out in session 34, run once there and reported; DEV-side since session 35.

Session 35 reads R's leaks by value and tunes on them (as on D to Q), so R no longer
measures generalisation: held-out S (heldout_s_templates.py), written before that tuning by
an author barred from R, does. What follows is how R was written, in session 32, by an
author barred from the redactor, its results and every other split's templates and forms.
It was merged unwired and run once, after the redactor was frozen (86ae666).

Slots are all r... (r_forms.py). `[[...]]` marks what must stay readable.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

R_SEEDS = range(84330001, 84330401)

LOCALES = (
    "en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_IN", "en_NZ", "en_PH", "en_NG", "en_KE",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CA", "fr_CH", "it_IT", "es_ES", "es_MX",
    "es_AR", "es_CL", "es_CO", "pt_BR", "pt_PT", "nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK",
    "hu_HU", "ro_RO", "bg_BG", "hr_HR", "sl_SI", "sv_SE", "no_NO", "da_DK", "fi_FI", "et_EE",
    "lt_LT", "lv_LV", "el_GR", "tr_TR", "ru_RU", "uk_UA", "he_IL", "ar_SA", "ar_EG", "fa_IR",
    "hi_IN", "ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH", "vi_VN", "id_ID", "zu_ZA", "ka_GE",
)  # fmt: skip


def T(
    tid: str,
    doc_type: str,
    text: str,
    loc: tuple[str, ...] = (),
    ids: tuple[str, ...] = (),
) -> Template:
    return Template(
        tid,
        doc_type,
        text.strip("\n"),
        locales=tuple((x, 1) for x in loc),
        id_countries=ids,
    )


TEMPLATES = [
    # --- clinical note ----------------------------------------------------------------
    T(
        "r-cn-soap",
        "clinical note",
        """
SOAP NOTE -- Family Medicine walk-in
Pt: {rper1.last_first}   DOB {rdob1.us0}   MRN {rmrn1}
Seen {rdate1.us} by Dr {rper2.initial_last}
S: 3/7 hx of [[productive cough]], worse at night. Lives alone in {rtown1}.
O: T 38.1, SpO2 94% RA, [[crackles R base]].
A: [[community-acquired pneumonia]], CURB-65 = 1.
P: [[amoxicillin 500 mg TDS]] x 5/7. Safety-net advice given. Daughter {rper3.first} ({rtel1}) aware.
""",
    ),
    T(
        "r-cn-geriatric",
        "clinical note",
        """
GERIATRIC ASSESSMENT / {rdate1.long}
{rper1.caps_last_first} is a {rage1} year old widow(er) seen at home, {raddr1}.
Mobility: [[Zimmer frame]] indoors. [[Timed Up and Go]] 24 s.
Cognition: [[MoCA 19/30]].
Next of kin: {rper2.full}, son, mobile {rtel2.intl}.
Plan: refer to [[falls clinic]]; OT home visit. -- {rper3.first_caps_last}, ANP
""",
    ),
    T(
        "r-cn-de",
        "clinical note",
        """
Verlaufsbericht Innere Medizin
Patient/in: {rper1.last_space_first}, geb. {rdob1.eu}
Versichertennummer: {rplan1}
Aufnahme am {rdate1.de} über die Notaufnahme.
Befund: [[Vorhofflimmern]] mit schneller Überleitung, [[NT-proBNP]] erhöht.
Therapie: [[Apixaban 5 mg]] 1-0-1, [[Bisoprolol 2,5 mg]].
Wohnort: {raddr1}. Hausarzt informiert (Fax {rfax1.national}).
gez. Dr. med. {rper2.last}
""",
        loc=("de_DE", "de_AT", "de_CH"),
    ),
    T(
        "r-cn-ja",
        "clinical note",
        """
【外来診療録】 {rdate1.jp}
患者氏名: {rper1.dual}
生年月日: {rdob1.reiwa}  年齢: {rage1.jp}
主訴: [[めまい]]、食欲低下
処方: [[アムロジピン 5mg]] 1日1回
連絡先: {rtel1.national}  住所: {raddr1}
担当医: {rper2.native}
""",
        loc=("ja_JP",),
    ),
    T(
        "r-cn-telehealth",
        "clinical note",
        """
Telehealth encounter (video) | provider: {rper2.last_first_initial}, {rlic1.label} {rlic1}
Patient {rper1.full} joined from IP {rip1} at {rdate1.fhir}
Verified identity with DOB {rdob1.iso} and address {rpost1}.
Issue: [[eczema flare]] on hands; photo uploaded to {rphoto1}
Rx: [[hydrocortisone 1% cream]] BD 7 days. Follow-up via portal {rurl1}
""",
    ),
    # --- discharge summary ------------------------------------------------------------
    T(
        "r-ds-uk",
        "discharge summary",
        """
DISCHARGE SUMMARY - WARD 7B (Acute Medicine)
Name        : {rper1.caps_last}, {rper1.first}
{rplan1.label}  : {rplan1}
Hosp no     : {rmrn1}
Admitted    : {rdate1.uk}          Discharged : {rdate2.uk}
Diagnosis   : [[Acute kidney injury stage 2]] secondary to [[dehydration]]
Medications on discharge: [[ramipril]] WITHHELD; [[furosemide 40 mg]] restart when eGFR stable
GP: Dr {rper2.last}, practice fax {rfax1}
Home: {raddr1.block}
""",
    ),
    T(
        "r-ds-es",
        "discharge summary",
        """
INFORME DE ALTA -- Servicio de Cirugía General
Paciente: {rper1.caps_full}   {rnat1.label}: {rnat1}
N.º historia clínica: {rmrn1}
Fecha de ingreso: {rdate1.es} -- Fecha de alta: {rdate2.es}
Juicio clínico: [[colecistitis aguda litiásica]]. Intervenido: [[colecistectomía laparoscópica]].
Tratamiento al alta: [[paracetamol 1 g]] cada 8 h.
Domicilio: {raddr1}. Teléfono de contacto: {rtel1}
Facultativo: Dra. {rper2.last_first}
""",
        loc=("es_ES", "es_MX", "es_AR", "es_CO"),
        ids=("es",),
    ),
    T(
        "r-ds-peds",
        "discharge summary",
        """
PAEDIATRIC DISCHARGE -- {rper1.first_last} (goes by "{rper1.lower_first}")
D.O.B. {rdob1.dmy_mon} / NHI-style ref {rmrn1}
Parent/guardian: {rper2.full}, {rmail1}
Admitted {rdate1.dmy_mon} with [[bronchiolitis]]; [[high-flow nasal cannula]] 36 h.
Discharged {rdate2.dmy_mon}. Community nurse to call {rtel1} within 48 h.
""",
    ),
    T(
        "r-ds-ocr",
        "discharge summary",
        """
D1SCHARGE SUMMARY  pg 1/2     [scan: fax header cut]
Patlent: {rper1.ocr}     MRN: {rmrn1}
Adm: {rdate1.us}  Disch: {rdate2.us}  Attending: {rper2.caps}
Dx: [[NSTEMI]] s/p [[PCI to LAD]]
F/u cardiology 2 wks.  Pt phone {rtel1.national}
addr on file: {raddr1.caps}
""",
    ),
    # --- radiology request ------------------------------------------------------------
    T(
        "r-rr-ct",
        "radiology request",
        """
IMAGING REQUEST
Modality: [[CT abdomen/pelvis with contrast]]
Patient: {rper1.last_first_middle} / sex F / born {rdob1.iso}
Accession: {rref1.accession}   MRN: {rmrn1}
Clinical info: [[RLQ pain]], raised CRP. ?[[appendicitis]]. eGFR 78.
Requested by {rper2.initials} bleep via switchboard {rtel1}
Transport: wheelchair from ward; contact {rper3.first} on arrival.
""",
    ),
    T(
        "r-rr-mri-fr",
        "radiology request",
        """
DEMANDE D'EXAMEN -- service d'imagerie médicale (bon n° 2)
NOM de naissance -- {rper1.caps_last} ; prénom(s) -- {rper1.first}
Né(e) le : {rdob1.fr}   {rnat1.label} : {rnat1}
Examen demandé : [[IRM cérébrale]] avec injection de [[gadolinium]]
Renseignements cliniques : [[céphalées]] inhabituelles depuis le {rdate1.fr}
Médecin prescripteur : Dr {rper2.first_caps_last} ({rlic1.label} {rlic1.rpps})
Tél. patient : {rtel1.national}
""",
        loc=("fr_FR", "fr_BE", "fr_CH"),
        ids=("fr", "be"),
    ),
    T(
        "r-rr-xr-hl7",
        "radiology request",
        """
MSH|^~\\&|ORDERCOMMS|WARD|RIS|IMAGING|{rdate1.hl7}||ORM^O01|ORD{rref1.ticket}|P|2.3
PID|1||{rmrn1}^^^MAIN^MR||{rper1.hl7}||{rdob1.hl7}|M|||{raddr1.street}^^{rtown1}^^{rpost1}||{rtel1.e164}
ORC|NW|{rref2.accession}
OBR|1|||[[XR CHEST PA]]|||{rdate1.hl7}|||||||||{rper2.hl7}
""",
    ),
    T(
        "r-rr-us-form",
        "radiology request",
        """
[ ] STAT   [x] Routine        ULTRASOUND REQUISITION
Patient name (Last, First): {rper1.last_first}
Medicare MBI: {rplan1.mbi}
Exam: [[US renal bilateral]]   ICD-10: [[N18.3]]
Ordering NPI: {rlic1.npi}  Name: {rper2.full}
Best callback: {rtel1}   Alt: {rtel2}
Scheduled: {rdate1.long}
""",
        loc=("en_US",),
    ),
    # --- insurance claim --------------------------------------------------------------
    T(
        "r-ic-cms1500",
        "insurance claim",
        """
HEALTH INSURANCE CLAIM FORM (1500) - typed export
1a. INSURED ID # (typed) .. {rplan1}
2.  PT NAME (typed) ...... {rper1.caps_last_first_all}
3.  PT DOB (typed) ....... {rdob1.us0}
5.  PT ADDR (typed) ...... {raddr1.caps}
    PT TEL (typed) ....... {rtel1.national}
11 INSURED'S POLICY GROUP ..... [[GRP-PPO]]
17 REFERRING PROVIDER ......... {rper2.caps}   17b NPI {rlic1.npi}
21 DIAGNOSIS .................. A. [[M54.50]]   B. [[M47.816]]
24 DATE OF SERVICE ............ {rdate1.us0}   CPT [[97110]]
26 PATIENT ACCOUNT NO ......... {racct1}
""",
        loc=("en_US",),
    ),
    T(
        "r-ic-motor",
        "insurance claim",
        """
Motor FNOL (first notice of loss) -- web form
Claim ref: {rref1.claim}
Policyholder: {rper1.first_last}, {raddr1}
Vehicle: reg {rveh1.plate}, VIN {rveh2.vin}
Incident: {rdate1.long}, rear-end collision at junction; third party {rper2.full} ({rtel2})
Injuries: [[whiplash]] reported, GP visit booked.
Dashcam clip link: {rurl1}
Pay settlement to {riban1}
""",
    ),
    T(
        "r-ic-travel-nl",
        "insurance claim",
        """
Schadeformulier reisverzekering
Verzekerde: {rper1.last_first}  (BSN {rnat1})
Polisnummer: {rplan1}
Datum gebeurtenis: {rdate1.nl}, plaats: {rtown1}
Omschrijving: [[gebroken enkel]] tijdens wandeling, opname in ziekenhuis.
Uitbetaling op rekening {riban1}
E-mail: {rmail1}
""",
        loc=("nl_NL", "nl_BE"),
        ids=("nl",),
    ),
    T(
        "r-ic-dental-au",
        "insurance claim",
        """
Extras claim -- dental
Member: {rper1.caps_last_first}   Medicare {rplan1.au}
Fund membership: {racct1}
Provider: {rper2.initial_last}, {rlic1.ahpra}
Service date: {rdate1.uk}   Item [[011]] comprehensive exam, item [[114]] scale and clean
Pay to: BSB/acct on file; SMS confirmation to {rtel1}
""",
        loc=("en_AU",),
    ),
    # --- KYC review -------------------------------------------------------------------
    T(
        "r-kyc-onboard",
        "KYC review",
        """
CUSTOMER DUE DILIGENCE -- RETAIL ONBOARDING
Risk rating: [[MEDIUM]]   Reviewer: {rper2.handle}
Full legal name: {rper1.full}
Date of birth: {rdob1.iso}   Nationality document: {rpass1.label} {rpass1}
National ID ({rnat1.label}): {rnat1}
Residential address: {raddr1}
Proof of address: utility bill dated {rdate1.iso}
Selfie liveness: PASS, image {rphoto1}
Device at onboarding: IP {rip1}, MAC {rmac1}
[[PEP screening]]: no match. [[Sanctions screening]]: no match.
""",
    ),
    T(
        "r-kyc-periodic",
        "KYC review",
        """
Periodic review (3-yearly) - case {rref1.case}
Client: {rper1.caps_last_first}
Account(s): {racct1} ; {riban1}
Source of wealth: [[salaried employment]] + inheritance ({rdate1.long})
Contact details confirmed: {rmail1} / {rtel1}
Outcome: [[no change to risk rating]]. Next review {rdate2.iso}.
""",
    ),
    T(
        "r-kyc-corp-ubo",
        "KYC review",
        """
UBO declaration check
Entity: [[private limited company]]
Beneficial owner 1: {rper1.last_first}, {rnat1.label} {rnat1}, born {rdob1.uk}, resident {rtown1}
Beneficial owner 2: {rper2.last_first}, passport {rpass2}, born {rdob2.uk}
Director (nominee): {rper3.full}
Registered office contact: {rtel1.intl}
Analyst note: ownership chain verified against [[company registry extract]].
""",
    ),
    T(
        "r-kyc-tr",
        "KYC review",
        """
MÜŞTERİ TANIMA FORMU
Ad Soyad: {rper1.caps_full}
{rnat1.label}: {rnat1}
Doğum Tarihi: {rdob1.tr}
Adres: {raddr1}
Cep Tel: {rtel1.national}
Meslek: [[serbest meslek]]  Gelir kaynağı: [[kira geliri]]
Kontrol eden: {rper2.initial_last} / {rdate1.tr}
""",
        loc=("tr_TR",),
        ids=("tr",),
    ),
    # --- fraud case -------------------------------------------------------------------
    T(
        "r-fc-card",
        "fraud case",
        """
FRAUD CASE {rref1.case}   Status: [[OPEN - chargeback pending]]
Cardholder: {rper1.full}   Card: {rcard1}
Disputed txns between {rdate1.iso} and {rdate2.iso}, merchant category [[5732 electronics]]
Login from unfamiliar IP {rip1} ({rtown1}) and device {rdev1.imei}
Cardholder reached on {rtel1}; confirms card still in possession.
Investigator: {rper2.last_first_initial}
""",
    ),
    T(
        "r-fc-app",
        "fraud case",
        """
Suspected first-party application fraud -- referral
Applicant name given: {rper1.first_last}
Applicant DOB: {rdob1.us}  SSN provided: {rnat1.us}
Address given: {raddr1}
Mismatch: the same e-mail {rmail1} used on 3 applications; another applicant {rper2.full} listed the same phone {rtel1}
Vehicle offered as collateral: {rveh1.vin}
Recommend [[decline]] and file SAR.
""",
        loc=("en_US",),
    ),
    T(
        "r-fc-insurance",
        "fraud case",
        """
SIU referral / staged accident indicators
Claimant: {rper1.caps_last_first}  Claim {rref1.claim}
Treating clinic billed [[12 physiotherapy sessions]] in 9 days
Passenger {rper2.full} also on claim {rref2.claim}
Both list address {raddr1}
Plates involved: {rveh1.plate} / {rveh2.plate}
Photos from adjuster: {rurl1}
""",
    ),
    T(
        "r-fc-apppush",
        "fraud case",
        """
APP scam report -- authorised push payment
Victim: {rper1.full}, aged {rage1}
Called by person claiming to be from bank security ({rtel1.intl}) on {rdate1.long}
Transferred to account {racct1} (payee name given: {rper2.full})
Second transfer to {riban1}
Remote-access app installed; session from {rip1}
Safeguarding: [[vulnerable customer flag]] applied, niece {rper3.first_last} informed.
""",
    ),
    # --- HR leave request -------------------------------------------------------------
    T(
        "r-hr-leave",
        "HR leave request",
        """
Leave Request #{rref1.employee}
Employee: {rper1.last_first}   Manager: {rper2.last_first}
Type: [[Parental leave]]   From {rdate1.uk} to {rdate2.uk}
Emergency contact during leave: {rper3.full}, {rtel1}
Personal email for payroll letters: {rmail1}
Approved: [ ] yes  [ ] no
""",
    ),
    T(
        "r-hr-sick-de",
        "HR leave request",
        """
Krankmeldung / Arbeitsunfähigkeit
Mitarbeiter/in: {rper1.first_caps_last}, Personalnr. {rref1.employee}
AU-Bescheinigung vom {rdate1.eu} bis {rdate2.eu}
Arzt: {rper2.last}, {rlic1.lanr}
Krankenkasse: [[AOK]]  Vers.-Nr. {rplan1}
Private Anschrift: {raddr1}
""",
        loc=("de_DE", "de_AT"),
        ids=("de",),
    ),
    T(
        "r-hr-bereave",
        "HR leave request",
        """
From: {rmail1}
Subject: compassionate leave
Hi {rper2.first}, my grandmother {rper3.full} passed away on {rdate1.long} aged {rage1}.
The funeral is in {rtown1} so I'd like to take [[bereavement leave]] from {rdate2.long}.
I can be reached on {rtel1} -- thanks, {rper1.first}
""",
    ),
    T(
        "r-hr-portal",
        "HR leave request",
        """
workday_export.csv
employee_id,worker,leave_type,start,end,status,approver
{rref1.employee},"{rper1.last_first}",[[FMLA - intermittent]],{rdate1.iso},{rdate2.iso},[[In Progress]],{rper2.handle}
""",
    ),
    # --- chat transcript --------------------------------------------------------------
    T(
        "r-ct-support",
        "chat transcript",
        """
[09:12] Agent {rper2.first}: Thanks for contacting support, can I take your full name?
[09:12] Customer: {rper1.lower}
[09:13] Agent {rper2.first}: And the email on the account?
[09:13] Customer: {rmail1}
[09:14] Customer: my card ending... actually full number is {rcard1}, it was declined
[09:15] Agent {rper2.first}: please never share the full card number in chat. I've masked it. [[Case escalated]].
""",
    ),
    T(
        "r-ct-whatsapp",
        "chat transcript",
        """
{rdate1.uk}, 21:04 - {rper1.first}: mum's in {rtown1} hospital again, ward 4
{rdate1.uk}, 21:05 - {rper2.first_initial}: oh no what happened
{rdate1.uk}, 21:06 - {rper1.first}: [[fall]] at home, they think [[hip fracture]]. her NHS no is {rnat1} if you ring them
{rdate1.uk}, 21:06 - {rper1.first}: ward number {rtel1}
{rdate1.uk}, 21:09 - {rper2.first_initial}: ok will call tomorrow x
""",
        loc=("en_GB",),
        ids=("gb",),
    ),
    T(
        "r-ct-telegram-ru",
        "chat transcript",
        """
{rper1.native}, [{rdate1.eu} 10:41]
Скинь, пожалуйста, адрес доставки ещё раз
{rper2.native}, [{rdate1.eu} 10:43]
{raddr1}, домофон 47
{rper2.native}, [{rdate1.eu} 10:43]
и телефон {rtel1}
""",
        loc=("ru_RU", "uk_UA"),
    ),
    T(
        "r-ct-bot",
        "chat transcript",
        """
bot: Welcome to [[MyPharmacy]] refill assistant. Date of birth?
user: {rdob1.us}
bot: Thanks. Rx number?
user: {rref1.rx}
bot: Found [[atorvastatin 20 mg]] for {rper1.initial_last}. Deliver to {raddr1}?
user: yes pls, and text me at {rtel1}
bot: Done. Ref {rref2.ticket}
""",
    ),
    # --- HL7 v2 -----------------------------------------------------------------------
    T(
        "r-hl7-adt",
        "HL7 message",
        """
MSH|^~\\&|PAS|GENHOSP|EPR|GENHOSP|{rdate1.hl7}0930||ADT^A01|{rref1.ticket}|P|2.5.1
EVN|A01|{rdate1.hl7}0930
PID|1||{rmrn1}^^^GENHOSP^MR~{rnat1}^^^NATION^NI||{rper1.hl7}||{rdob1.hl7}|F|||{raddr1.street}^^{rtown1}^^{rpost1}||{rtel1.e164}^PRN^PH~{rmail1}^NET^Internet
NK1|1|{rper2.hl7}|SON|||{rtel2.e164}
PV1|1|I|[[AMU^BAY2^BED4]]||||{rper3.hl7}
""",
    ),
    T(
        "r-hl7-oru",
        "HL7 message",
        """
MSH|^~\\&|LIS|PATHLAB|EHR|CLINIC|{rdate1.hl7}1415||ORU^R01|{rref1.accession}|P|2.4
PID|||{rmrn1}||{rper1.hl7}||{rdob1.hl7}|M
OBR|1||{rref2.accession}|[[HBA1C^Haemoglobin A1c]]|||{rdate1.hl7}
OBX|1|NM|[[4548-4^Hemoglobin A1c/Hemoglobin.total in Blood]]||[[7.9]]|[[%]]|4.0-6.0|H|||F
NTE|1||Result phoned to {rper2.initial_last} on {rtel1.national}
""",
    ),
    T(
        "r-hl7-vxu",
        "HL7 message",
        """
MSH|^~\\&|IMMS|PHARM|REGISTRY|STATE|{rdate1.hl7}||VXU^V04|{rref1.ticket}|P|2.5.1
PID|1||{rmrn1}^^^PHARM^PI||{rper1.hl7}^^^^L||{rdob1.hl7}|U|||{raddr1.street}^^{rtown1}^^{rpost1}
PD1|||||||||||02
RXA|0|1|{rdate1.hl7}||[[208^COVID-19 mRNA^CVX]]|0.3|[[mL]]||00^new^NIP001|{rper2.hl7}
""",
    ),
    T(
        "r-hl7-mdm",
        "HL7 message",
        """
MSH|^~\\&|DICT|RAD|DOCREPO|HOSP|{rdate1.hl7}||MDM^T02|{rref1.ticket}|P|2.3
PID|1||{rmrn1}||{rper1.hl7}||{rdob1.hl7}|F||||||||||{racct1}
TXA|1|[[RAD REPORT]]|TX|{rdate1.hl7}|{rper2.hl7}
OBX|1|TX|||[[No acute cardiopulmonary process.]] Compared with prior of {rdate2.iso}.
""",
    ),
    # --- FHIR ------------------------------------------------------------------------
    T(
        "r-fhir-patient",
        "FHIR resource",
        """
{
  "resourceType": "Patient", "active": true,
  "identifier": [
    {"system": "urn:oid:hospital-mrn", "value": "{rmrn1}"},
    {"type": {"text": "{rnat1.label}"}, "value": "{rnat1}"}
  ],
  "name": [{"use": "usual", "text": "{rper1.full}", "family": "{rper1.last}", "given": ["{rper1.first}"]}],
  "telecom": [{"system": "phone", "use": "mobile", "value": "{rtel1.e164}"}, {"system": "email", "use": "home", "value": "{rmail1}"}],
  "birthDate": "{rdob1.iso}",
  "address": [{"line": ["{raddr1.street}"], "city": "{rtown1}", "postalCode": "{rpost1}"}],
  "photo": [{"url": "{rphoto1}"}]
}
""",
    ),
    T(
        "r-fhir-coverage",
        "FHIR resource",
        """
{"resourceType":"Coverage","id":"cov-r1","status":"active",
 "subscriberId":"{rplan1}",
 "beneficiary":{"display":"{rper1.full}"},
 "period":{"start":"{rdate1.iso}"},
 "class":[{"type":{"text":"[[group]]"},"value":"[[PPO-GOLD]]"}],
 "payor":[{"display":"[[Regional Health Plan]]"}]}
""",
    ),
    T(
        "r-fhir-device",
        "FHIR resource",
        """
resourceType: Device
udiCarrier:
  - carrierHRF: "{rdev1.udi}"
serialNumber: {rdev2.pacer}
type: [[Implantable cardiac pacemaker]]
patient:
  display: {rper1.last_first}
  identifier: {rmrn1}
note: implanted {rdate1.iso}; remote monitor MAC {rmac1}, last upload from {rip1}
""",
    ),
    # --- e-mail thread ---------------------------------------------------------------
    T(
        "r-em-referral",
        "e-mail thread",
        """
From: {rper2.full} via secure mail
To: {rmail1}
Date: {rdate1.long}
Subject: RE: RE: referral for {rper1.initial_last}

Thanks -- I've attached the letter. Her {rplan1.label} is {rplan1} and the hospital number {rmrn1}.

| On {rdate2.long}, {rper3.full} wrote:
| Could you send me the referral for Mrs {rper1.last}? She's moved to {raddr1}.
| Her new mobile is {rtel1}.
""",
    ),
    T(
        "r-em-landlord",
        "e-mail thread",
        """
-----Original Message----- [mobile client]
From: {rmail1}
Sent: {rdate1.us} 7:42 PM
Subject: deposit return

Hello {rper2.first}, I moved out of {raddr1} on {rdate2.us}. Please return my deposit to:
IBAN {riban1}
Account holder {rper1.full}
-----
Reply: noted, inspection on {rdate3.us}. -- {rper2.first_initial}
""",
    ),
    T(
        "r-em-school",
        "e-mail thread",
        """
De : {rper1.full} [{rmail1}]
Envoyé : {rdate1.fr}
À : vie scolaire
Objet : absence de {rper2.first}

Bonjour, mon fils {rper2.first_last} (classe de [[5e B]]) sera absent du {rdate2.fr} au {rdate3.fr} pour raison médicale ([[varicelle]]).
Vous pouvez me joindre au {rtel1.national}.
Cordialement
""",
        loc=("fr_FR", "fr_BE", "fr_CA"),
    ),
    T(
        "r-em-autofwd",
        "e-mail thread",
        """
---- Begin forwarded message (iOS Mail) ----
From: no-reply notifications
Date: {rdate1.fhir}
Subject: Your appointment is confirmed

Dear {rper1.first},
Your [[MRI knee]] appointment is on {rdate2.long}. Bring your {rplan1.label} card ({rplan1}).
Manage the booking: {rurl1}
---------------------------------------
FYI - this came to my old address {rmail1}, can you update it? {rper1.first_initial}
""",
    ),
    # --- payment message -------------------------------------------------------------
    T(
        "r-pay-mt103",
        "payment message",
        """
{1:F01BANKBEBBAXXX}{2:I103BANKDEFFXXXXN}{4:
:20:{rref1.ticket}
:23B:CRED
:32A:{rdate1.swift}EUR4250,00
:50K:/{riban1.compact}
{rper1.caps}
{raddr1.caps}
:59:/{riban2.compact}
{rper2.caps}
:70:[[INVOICE PAYMENT]] RENT
:71A:SHA
-}
""",
    ),
    T(
        "r-pay-pain001",
        "payment message",
        """
  CdtTrfTxInf
    PmtId EndToEndId {rref1.uetr}
    Amt InstdAmt Ccy=EUR 180.00
    Cdtr Nm {rper1.full}
    CdtrAcct IBAN {riban1.compact}
    RmtInf Ustrd [[Physiotherapy session]] {rdate1.iso}
  Dbtr Nm {rper2.full}
  DbtrAcct IBAN {riban2.compact}
""",
    ),
    T(
        "r-pay-pix",
        "payment message",
        """
Comprovante de transferência Pix
Data: {rdate1.pt} 14:22
Valor: R$ 350,00
De: {rper1.caps_full}  CPF {rnat1}
Para: {rper2.caps_full}
Chave Pix (e-mail): {rmail1}
ID da transação: {rref1.uetr}
""",
        loc=("pt_BR",),
        ids=("br",),
    ),
    T(
        "r-pay-ach",
        "payment message",
        """
ACH return notice (R03 No account / unable to locate)
Originator trace: {rref1.ticket}
Receiver name: {rper1.caps_last_first_all}
Receiver account: {racct1}
Effective date: {rdate1.us0}
Amount: $1,212.40   Company entry description: [[PAYROLL]]
Contact payroll: {rper2.first_last} {rtel1}
""",
        loc=("en_US",),
    ),
    # --- court record ----------------------------------------------------------------
    T(
        "r-court-docket",
        "court record",
        """
IN THE DISTRICT COURT
Case No. {rref1.court}
{rper1.caps}, Plaintiff, v. {rper2.caps}, Defendant.
Docket entry {rdate1.us0}: [[MOTION to Dismiss]] filed by counsel {rper3.last_first}.
Defendant's last known address: {raddr1}.
Service attempted {rdate2.us0}; process server {rper4.full}.
""",
    ),
    T(
        "r-court-family",
        "court record",
        """
Family Court -- Child Arrangements Order (draft)
Applicant: {rper1.full} (mother), DOB {rdob1.uk}
Respondent: {rper2.full} (father)
Child: {rper3.first_last}, DOB {rdob2.uk}
The child shall live with the Applicant at {raddr1}.
Contact: alternate weekends; [[handover at a supervised contact centre]].
Hearing listed {rdate1.long}.
""",
        loc=("en_GB", "en_IE", "en_NZ"),
    ),
    T(
        "r-court-pl",
        "court record",
        """
SĄD REJONOWY -- WYDZIAŁ CYWILNY
Sygn. akt {rref1.case}
Powód: {rper1.full}, PESEL {rnat1}, zam. {raddr1}
Pozwany: {rper2.full}
o [[zapłatę]] -- termin rozprawy {rdate1.eu}
""",
        loc=("pl_PL",),
        ids=("pl",),
    ),
    # --- police report ---------------------------------------------------------------
    T(
        "r-pol-rtc",
        "police report",
        """
ROAD TRAFFIC COLLISION REPORT   Ref {rref1.police}
Date/time: {rdate1.uk} approx 17:40
Location: {rgeo1}  (junction near {rtown1})
Driver 1: {rper1.caps_last_first}, DL {rlic1.driving}, vehicle {rveh1.plate}
Driver 2: {rper2.caps_last_first}, licence {rlic2.dl}, vehicle VIN {rveh2.vin}
Witness: {rper3.full}, tel {rtel1}
[[Breath test negative]]. [[No injuries reported]].
""",
    ),
    T(
        "r-pol-missing",
        "police report",
        """
MISPER (graded HIGH) -- initial log
Name: {rper1.full}   Age: {rage1}
Last seen: {rdate1.long} at {raddr1}
Description: [[grey hair, walks with a stick]], wearing blue coat.
Has [[dementia]]; may try to reach former home in {rtown1}.
Mobile phone: {rtel1} (last cell site fix {rgeo1.dms})
Reporting person: {rper2.full}, {rtel2}
""",
    ),
    T(
        "r-pol-theft-es",
        "police report",
        """
DENUNCIA -- HURTO
Denunciante: {rper1.last_first}, {rnat1.label} {rnat1}
Domicilio: {raddr1}
Hechos: el día {rdate1.es} le sustrajeron el teléfono móvil con IMEI {rdev1.imei}
y la tarjeta {rcard1}.
Teléfono de contacto: {rtel1}
Instructor: agente {rlic1}
""",
        loc=("es_ES",),
        ids=("es",),
    ),
    # --- prescription / pharmacy -----------------------------------------------------
    T(
        "r-rx-label",
        "pharmacy label",
        """
{rper1.caps}
[[TAKE ONE TABLET TWICE DAILY WITH FOOD]]
[[Metformin 500mg tablets]]  x56
Rx {rref1.rx}   Disp {rdate1.uk}
Dr {rper2.initial_last}
{raddr1.caps}
""",
    ),
    T(
        "r-rx-us",
        "prescription",
        """
Rx
Patient: {rper1.first_last}    DOB: {rdob1.us}
Address: {raddr1}
[[Oxycodone 5 mg]] tab, #20 (twenty), 1 tab q6h prn [[severe pain]]
Refills: 0
Prescriber {rper2.full} MD | DEA# {rlic1.dea} | NPI# {rlic2.npi}
Date written: {rdate1.us}
""",
        loc=("en_US",),
    ),
    T(
        "r-rx-kr",
        "prescription",
        """
처 방 전
교부번호: {rref1.rx}
환자 성명: {rper1.dual}
주민등록번호: {rnat1}
처방 의약품: [[아목시실린 500mg]] 1일 3회 5일분
의료기관 전화: {rtel1.national}
교부일: {rdate1.kr}
""",
        loc=("ko_KR",),
        ids=("kr",),
    ),
    T(
        "r-rx-refill",
        "pharmacy record",
        """
REFILL LOG  (pharmacy system screen print)
PT   {rper1.caps_last_first}   DOB {rdob1.us0}   PH {rtel1.national}
INS  {rplan1}
RX#  {rref1.rx}  [[LISINOPRIL 10MG TAB]]   QTY 90  DS 90  RF 3
RX#  {rref2.rx}  [[ATORVASTATIN 40MG TAB]] QTY 90  DS 90  RF 2
Last fill {rdate1.us0}   Pickup by: {rper2.caps} (spouse)
""",
    ),
    # --- lab result ------------------------------------------------------------------
    T(
        "r-lab-cbc",
        "lab result",
        """
LABORATORY REPORT
Name: {rper1.last_first}   Lab no.: {rref1.accession}
Collected: {rdate1.iso}   Sex/Age: M/{rage1}
[[Haemoglobin]]  98 g/L  (L)
[[WBC]]          11.2 x10^9/L (H)
[[Platelets]]    210 x10^9/L
Requesting clinician: {rper2.full}
Copy to: GP fax {rfax1}
""",
    ),
    T(
        "r-lab-genetic",
        "lab result",
        """
Genomic test result -- [[BRCA1/BRCA2 panel]]
Proband: {rper1.full}   DOB {rdob1.uk}   Sample ID {rbio1}
Result: [[pathogenic variant detected]]
Cascade testing offered to sister {rper2.full} ({rmail1}).
Biobank consent ref {rbio2}
""",
    ),
    T(
        "r-lab-csv",
        "lab result",
        """
sample_id,patient_name,dob,test,result,unit,collected_at,ordering
{rref1.accession},{rper1.last_first_initial},{rdob1.iso},[[TSH]],[[4.8]],[[mIU/L]],{rdate1.fhir},{rper2.handle_initial}
{rref2.accession},{rper1.last_first_initial},{rdob1.iso},[[Free T4]],[[11]],[[pmol/L]],{rdate1.fhir},{rper2.handle_initial}
""",
    ),
    # --- telecom ---------------------------------------------------------------------
    T(
        "r-tel-sim",
        "SIM registration",
        """
SIM REGISTRATION (prepaid)
Subscriber: {rper1.caps_full}
ID type: {rnat1.label}   ID no: {rnat1}
MSISDN: {rtel1.e164}
ICCID: {rdev1.iccid}   Handset IMEI: {rdev2.imei}
Address: {raddr1}
Registered at agent outlet on {rdate1.iso}; agent {rper2.handle_under}
Photo of customer: {rphoto1}
""",
    ),
    T(
        "r-tel-cdr",
        "call detail record",
        """
# CDR extract, lawful request {rref1.police}
start_time;a_party;b_party;duration_s;cell_id;imei
{rdate1.fhir};{rtel1.e164};{rtel2.e164};[[312]];[[LAC 4417 CI 20913]];{rdev1.imei}
{rdate2.fhir};{rtel1.e164};{rtel3.e164};[[45]];[[LAC 4417 CI 20977]];{rdev1.imei}
subscriber of a_party: {rper1.last_first}, {raddr1}
""",
    ),
    T(
        "r-tel-port",
        "number port request",
        """
Port-in request / Letter of authorisation
Account holder: {rper1.full}
Number(s) to port: {rtel1.national}, {rtel2.national}
Losing carrier account no.: {racct1}
Service address: {raddr1}
Requested port date: {rdate1.long}
Signed: {rper1.initials} -- this is not a wet signature, accepted via {rip1}
""",
    ),
    T(
        "r-tel-bill-jp",
        "telecom bill",
        """
ご利用料金のお知らせ
契約者名: {rper1.native} 様
電話番号: {rtel1.national}
ご請求額: ¥6,820 ([[基本料金]]、[[通話料]])
お支払い: クレジットカード {rcard1}
請求日: {rdate1.jp}
""",
        loc=("ja_JP",),
    ),
    # --- education -------------------------------------------------------------------
    T(
        "r-edu-transcript",
        "school record",
        """
OFFICIAL TRANSCRIPT (unofficial copy for applicant)
Student: {rper1.last_first_middle}   Student ID: {rref1.student}
Date of birth: {rdob1.us}
Home address: {raddr1}
[[AP Calculus BC]] ..... A
[[English Literature]] . A-
[[Chemistry]] .......... B+
Counselor: {rper2.full}  {rmail1}
Issued {rdate1.us}
""",
    ),
    T(
        "r-edu-iep",
        "school record",
        """
Individual Education Plan -- review meeting
Pupil: {rper1.first_last}  (DOB {rdob1.uk}, UPN-style ref {rref1.student})
Parent/carer: {rper2.full}, phone {rtel1}
Need: [[dyslexia]]; [[speech and language therapy]] weekly.
Attendees: {rper3.initial_last} (SENCO), {rper4.initial_last} (class teacher)
Next review: {rdate1.long}
""",
    ),
    T(
        "r-edu-enrol-id",
        "school record",
        """
FORMULIR PENDAFTARAN SISWA BARU
Nama lengkap: {rper1.caps_full}
Tempat/tgl lahir: {rtown1}, {rdob1.id}
{rnat1.label}: {rnat1}
Nama ayah: {rper2.full}   Nama ibu: {rper3.full}
Alamat: {raddr1}
No. HP orang tua: {rtel1}
""",
        loc=("id_ID",),
    ),
    # --- logistics -------------------------------------------------------------------
    T(
        "r-log-pod",
        "delivery record",
        """
PROOF OF DELIVERY
Tracking: {rref1.tracking}
Consignee: {rper1.caps}
Delivered to: {raddr1.caps}
Signed for by: {rper2.caps_last}  at {rdate1.fhir}
GPS at scan: {rgeo1.short}
Driver device: {rdev1.serial}
Note: [[left with neighbour]]
""",
    ),
    T(
        "r-log-awb",
        "shipping manifest",
        """
AIR WAYBILL {rref1.awb}
Shipper: {rper1.full}, {raddr1}, tel {rtel1.intl}
Consignee: {rper2.full}, {raddr2}, tel {rtel2.intl}
Nature of goods: [[PERSONAL EFFECTS - USED CLOTHING]]  2 pcs 14 kg
Customs: [[NO COMMERCIAL VALUE]]
Consignee ID for clearance: {rpass1.label} {rpass1}
""",
    ),
    T(
        "r-log-cold",
        "shipping manifest",
        """
Cold-chain courier log -- [[specimen transport]]
Pickup {rdate1.fhir} from clinic ({rpost1})
Box 1: [[2-8 C]] logger {rdev1.serial}, specimens for {rper1.last_initial} and {rper2.last_initial}
Courier: {rper3.first_initial}, van {rveh1.plate}
Handover to lab receptionist {rper4.first}
""",
    ),
    # --- OCR scans -------------------------------------------------------------------
    T(
        "r-ocr-idcard",
        "scanned ID card",
        """
OCR OUTPUT (confidence 0.71)  --  ID CARD FRONT
SURNAME / NOM      {rper1.caps_last}
GIVEN NAMES        {rper1.caps_first}
DATE OF BIRTH      {rdob1.eu}
PLACE OF BIRTH     {rtown1.caps}
DOCUMENT NO        {rpass1}
PERSONAL NO        {rnat1}
EXPIRY             {rdate1.eu}
~~ hologram glare ~~ | |  ll|
""",
    ),
    T(
        "r-ocr-referral",
        "scanned letter",
        """
Page 1 of 1  -- scanned {rdate1.iso}  -- quality: low
Dear Dr {rper2.ocr},
Re: {rper1.ocr}, D O B {rdob1.uk}, hosp no {rmrn1}
I would be grateful if you would see this pleasant lady w1th [[worsen1ng dyspnoea]].
She lives at {raddr1} and her daughter's number is {rtel1}.
Yours sincerely, Dr {rper3.last} ({rlic1.gmc})
""",
    ),
    T(
        "r-ocr-receipt",
        "scanned receipt",
        """
*** PHARMACIE ***
TICKET N° {rref1.rx}
{rdate1.short} 10:31
PATIENT {rper1.caps}
[[DOLIPRANE 1000MG CPR]]    2,18
[[SPASFON LYOC 80MG]]       3,54
CB **** {rcard1}
CARTE VITALE {rnat1}
""",
        loc=("fr_FR",),
        ids=("fr",),
    ),
    # --- exports ---------------------------------------------------------------------
    T(
        "r-csv-crm",
        "CRM export",
        """
"Contact ID","First Name","Last Name","Email","Mobile","Street","City","Postcode","Birthdate","Notes"
"{rref1.ticket}","{rper1.first}","{rper1.last}","{rmail1}","{rtel1}","{raddr1.street}","{rtown1}","{rpost1}","{rdob1.iso}","[[Do not call]] after 8pm"
"{rref2.ticket}","{rper2.first}","{rper2.last}","{rmail2}","{rtel2}","{raddr2.street}","{rtown2}","{rpost2}","{rdob2.iso}","[[VIP]]"
""",
    ),
    T(
        "r-csv-tsv-hr",
        "HR export",
        """
emp_no	name	hire_date	national_id	bank_iban	home_phone
{rref1.employee}	{rper1.last_space_first}	{rdate1.iso}	{rnat1}	{riban1.compact}	{rtel1}
{rref2.employee}	{rper2.last_space_first}	{rdate2.iso}	{rnat2}	{riban2.compact}	{rtel2}
""",
    ),
    T(
        "r-csv-fixed",
        "mainframe export",
        """
MBRID     LNAME          FNAME       DOB        ZIP       PHONE
{rplan1} {rper1.caps_last} {rper1.caps_first} {rdob1.hl7} {rpost1} {rtel1.national}
{rplan2} {rper2.caps_last} {rper2.caps_first} {rdob2.hl7} {rpost2} {rtel2.national}
* [[END OF FILE]] *
""",
        loc=("en_US",),
    ),
    T(
        "r-json-log",
        "application log",
        """
{"ts":"{rdate1.fhir}","level":"WARN","msg":"[[login failed]]","user":"{rmail1}","ip":"{rip1}","ua":"Mozilla/5.0"}
{"ts":"{rdate1.fhir}","level":"INFO","msg":"[[password reset requested]]","user":"{rmail1}","ip":"{rip2.v6}"}
{"ts":"{rdate2.fhir}","level":"INFO","msg":"profile updated","user":"{rmail1}","phone":"{rtel1.e164}","name":"{rper1.full}"}
""",
    ),
    # --- referral letter -------------------------------------------------------------
    T(
        "r-ref-gp",
        "referral letter",
        """
{raddr2.block}
{rdate1.long}

Dear Colleague,
Re: {rper1.first_last}   DOB {rdob1.uk}   NHS No. {rnat1}
{raddr1}
Many thanks for seeing this {rage1}-year-old gentleman with [[painless jaundice]] and weight loss.
[[Urgent suspected cancer referral]] -- 2 week wait.
Yours, Dr {rper2.full}
""",
        loc=("en_GB",),
        ids=("gb",),
    ),
    T(
        "r-ref-it",
        "referral letter",
        """
IMPEGNATIVA -- richiesta di visita specialistica
Assistito: {rper1.caps_last} {rper1.caps_first}
Codice fiscale: {rnat1}
Prestazione: [[visita cardiologica]] + [[ECG]]
Priorità: [[B (entro 10 giorni)]]
Medico: dott. {rper2.last}   Data: {rdate1.it}
Residenza: {raddr1}
""",
        loc=("it_IT",),
        ids=("it",),
    ),
    T(
        "r-ref-physio",
        "referral letter",
        """
Referral to Physiotherapy (MSK)
{rper1.caps_last_first} | {rdob1.iso} | {rmrn1}
Reason: [[rotator cuff tendinopathy]], failed 6 wk home exercise.
Contact pref: text {rtel1}, or email {rmail1}
Referrer: {rper2.initial_last} / {rlic1.label} {rlic1}
""",
    ),
    # --- ambulance -------------------------------------------------------------------
    T(
        "r-amb-prf",
        "ambulance record",
        """
PATIENT REPORT FORM   Incident {rref1.police}
Call received {rdate1.fhir}   Unit {rveh1.plate}
Scene: {raddr1}  ({rgeo1})
Pt: {rper1.full}, approx {rage1} yrs
Chief complaint: [[chest pain]] radiating L arm, onset 40 min
GCS 15. [[Aspirin 300 mg]] given. [[12-lead ECG]]: STE II, III, aVF.
Handed to ED at 14:52 to {rper2.first_initial}
""",
    ),
    T(
        "r-amb-dispatch",
        "dispatch log",
        """
CAD EVENT LOG
{rdate1.fhir}  CALL  caller {rper1.full} cb {rtel1}
{rdate1.fhir}  LOC   {raddr1} / xy {rgeo1.geojson}
{rdate1.fhir}  NATURE [[FALL - ELDERLY - ON FLOOR]]
{rdate1.fhir}  ASSIGN unit plate {rveh1.plate}
{rdate1.fhir}  NOTE  key safe code given to crew; pt {rper2.full} aged {rage1}
""",
    ),
    T(
        "r-amb-de",
        "ambulance record",
        """
Notarzteinsatzprotokoll
Name: {rper1.last}, Vorname: {rper1.first}, geb.: {rdob1.eu}
Einsatzort: {raddr1}
Alarm: {rdate1.eu} 03:12
Verdachtsdiagnose: [[Hypoglykämie]]; BZ 38 mg/dl, [[Glukose 40% i.v.]]
Transport: [[nein]], Patient/in lehnt ab. Angehörige: {rper2.full}, Tel. {rtel1}
""",
        loc=("de_DE", "de_CH", "de_AT"),
    ),
    # --- vaccination -----------------------------------------------------------------
    T(
        "r-vax-card",
        "vaccination record",
        """
VACCINATION RECORD CARD
Last name: {rper1.last}   First name: {rper1.first}
Date of birth: {rdob1.us0}   Patient no.: {rmrn1}
1st dose [[COMIRNATY]] lot [[FL8095]]  {rdate1.us0}  site: {rtown1} pharmacy
2nd dose [[COMIRNATY]] lot [[FN6201]]  {rdate2.us0}
Administered by {rper2.initial_last}
""",
    ),
    T(
        "r-vax-cert",
        "vaccination record",
        """
International Certificate of Vaccination or Prophylaxis
Certified hereby: {rper1.caps_full}, born {rdob1.long}, sex [[F]],
nationality ___, national identification document {rpass1.label} {rpass1},
has on the date indicated been vaccinated against [[Yellow fever]].
Date: {rdate1.long}  Clinician: {rper2.full}
""",
    ),
    T(
        "r-vax-child-th",
        "vaccination record",
        """
สมุดบันทึกสุขภาพแม่และเด็ก
ชื่อเด็ก: {rper1.dual}
วันเกิด: {rdob1.iso}
เลขประจำตัวประชาชน: {rnat1}
[[BCG]] {rdate1.iso}  [[HBV1]] {rdate1.iso}
โทรศัพท์ผู้ปกครอง: {rtel1}
""",
        loc=("th_TH",),
        ids=("th",),
    ),
    # --- death and birth -------------------------------------------------------------
    T(
        "r-death-cert",
        "death certificate",
        """
MCCD (cause of death) -- copy for registrar
Name of deceased: {rper1.caps_full}
Died on {rdate1.long}; age as stated to certifier {rage1}
Place of death: {raddr1}
I(a) [[Bronchopneumonia]]
I(b) [[Alzheimer's disease]]
II  [[Chronic obstructive pulmonary disease]]
Certifier -- {rper2.full}, {rlic1.gmc}
Informant: {rper3.full}, relationship: grandson, phone {rtel1}
""",
    ),
    T(
        "r-death-notice",
        "obituary",
        """
{rper1.caps}, peacefully at home in {rtown1} on {rdate1.long}, aged {rage1.words}.
Beloved wife of the late {rper2.first}, mother of {rper3.first} and {rper4.first}.
Funeral service {rdate2.long}. Donations to [[Alzheimer's Society]].
Enquiries to {rper5.full}, {rtel1}.
""",
    ),
    T(
        "r-birth-reg",
        "birth registration",
        """
BIRTH NOTIFICATION
Baby: {rper1.last}, [[male]], born {rdate1.fhir}
Birth weight [[3.42 kg]]   Hospital number (baby): {rmrn1}
Mother: {rper2.full}, DOB {rdob1.iso}, {rnat1.label} {rnat1}
Address: {raddr1}
Midwife: {rper3.initial_last}
""",
    ),
    # --- housing ---------------------------------------------------------------------
    T(
        "r-lease",
        "tenancy agreement",
        """
ASSURED SHORTHOLD TENANCY AGREEMENT (extract)
Landlord: {rper1.full} of {raddr1}
Tenant: {rper2.full}, date of birth {rdob1.uk}
Property: {raddr2}
Term: 12 months from {rdate1.long}. Rent payable to sort code/account {racct1}.
Deposit protected with [[the Deposit Protection Service]], certificate {rref1.ticket}.
Tenant's contact: {rtel1} / {rmail1}
""",
    ),
    T(
        "r-lease-de",
        "tenancy agreement",
        """
Mietvertrag über Wohnraum -- Auszug
zwischen {rper1.full} (Vermieter), {raddr1}
und {rper2.full} (Mieter), bisher wohnhaft {raddr2}
Mietbeginn: {rdate1.de}
Miete: [[850,00 EUR kalt]] zzgl. [[Nebenkostenvorauszahlung]]
Bankverbindung Vermieter: {riban1}
""",
        loc=("de_DE", "de_AT"),
    ),
    T(
        "r-housing-app",
        "housing application",
        """
Social housing application -- household members
1. {rper1.last_first}  DOB {rdob1.uk}  {rnat1.label} {rnat1}  [[applicant]]
2. {rper2.last_first}  DOB {rdob2.uk}  [[partner]]
3. {rper3.last_first}  DOB {rdob3.uk}  [[child]]
Current address: {raddr1}
Medical priority: [[wheelchair user]] -- supporting letter from {rper4.full}
""",
    ),
    # --- vehicles --------------------------------------------------------------------
    T(
        "r-veh-pcn",
        "parking ticket",
        """
PENALTY CHARGE NOTICE  {rref1.police}
Vehicle registration: {rveh1.plate}
Contravention code [[01]] -- [[restricted street, prescribed hours]]
Observed {rdate1.uk} 11:02-11:09, location {rgeo1.plus}
Registered keeper: {rper1.caps_last_first}, {raddr1.caps}
Pay online within 14 days at [[the council website]].
""",
    ),
    T(
        "r-veh-v5",
        "vehicle registration",
        """
VEHICLE REGISTRATION CERTIFICATE
Registration number: {rveh1.plate}
VIN/Chassis: {rveh2.vin}
Registered keeper: {rper1.full}
{raddr1.block}
Date of first registration: {rdate1.uk}
Make: [[VOLKSWAGEN]]  Model: [[GOLF]]  Colour: [[GREY]]
""",
    ),
    T(
        "r-veh-service",
        "workshop job card",
        """
JOB CARD  #{rref1.ticket}
Customer: {rper1.first_last}  Tel: {rtel1}
Vehicle: {rveh1.plate} / VIN {rveh2.vin}  Odometer 84,112
Work: [[replace front brake pads and discs]], [[MOT]]
Telematics unit SN {rdev1.serial} reflashed
Collected {rdate1.uk} by {rper2.first}
""",
    ),
    T(
        "r-veh-rental",
        "car rental agreement",
        """
RENTAL AGREEMENT {rref1.ticket}
Renter: {rper1.last_first}
Driver licence: {rlic1.label} {rlic1}  Issued in {rtown1}
DOB: {rdob1.iso}
Additional driver: {rper2.last_first}, licence {rlic2}
Vehicle: plate {rveh1.plate}, VIN {rveh2.vin}
Pick-up {rdate1.iso}  Return {rdate2.iso}
Deposit card: {rcard1}
""",
    ),
    # --- hospitality and travel ------------------------------------------------------
    T(
        "r-hotel-card",
        "hotel registration card",
        """
GUEST REGISTRATION CARD
Room [[412]]   Arrival {rdate1.eu}   Departure {rdate2.eu}
Surname: {rper1.caps_last}   First name: {rper1.first}
Nationality / Passport: {rpass1}
Home address: {raddr1}
E-mail: {rmail1}   Mobile: {rtel1.intl}
Card guarantee: {rcard1}
Signature: ______
""",
    ),
    T(
        "r-pnr",
        "travel booking",
        """
RP/HDQ1A/ 1.{rper1.caps_last}/{rper1.caps_first} MS  2.{rper2.caps_last}/{rper2.caps_first} MR
  3  [[LH 401 Y]] 14SEP FRAJFK HK2  1035 1300
  4 AP {rtel1.e164}
  5 APE {rmail1}
  6 SSR DOCS YY HK1 P/{rpass1}/{rdob1.dmy_mon}/F/{rper1.caps_last}/{rper1.caps_first}
  7 SSR WCHR YY NN1 [[WHEELCHAIR RAMP]]
  8 FP CC {rcard1.plain}
""",
    ),
    T(
        "r-boarding",
        "travel booking",
        """
BOARDING PASS
{rper1.caps_last_first_all}
Frequent flyer: {racct1}
Seat [[23A]]  Gate [[B14]]  Boarding [[06:45]]
Booking ref link: {rurl1}
Date {rdate1.dmy_mon}
""",
    ),
    T(
        "r-airbnb-msg",
        "chat transcript",
        """
Host {rper2.first}: Hi {rper1.first}! Check-in is after 3pm. The address is {raddr1}.
Guest {rper1.first}: great, we're landing at 1. Can I send you my ID? Local rules ask for it.
Guest {rper1.first}: passport {rpass1}, my husband is {rper3.full}
Host {rper2.first}: Thanks, the lockbox code will come by SMS to {rtel1}.
""",
    ),
    # --- immigration -----------------------------------------------------------------
    T(
        "r-imm-visa",
        "visa application",
        """
APPLICATION FOR SCHENGEN VISA (data page summary)
1. Surname(s): {rper1.caps_last}
3. First name(s): {rper1.caps_first}
4. Date of birth: {rdob1.eu}
5. Place of birth: {rtown1}
13) travel doc. no.: {rpass1}
19. Applicant's home address and e-mail: {raddr1}, {rmail1}
   Telephone: {rtel1.intl}
Inviting person: {rper2.full}, {raddr2}
Fingerprints collected: {rbio1}
""",
    ),
    T(
        "r-imm-uscis",
        "immigration form",
        """
Part 1. Information About You
1. Alien Registration Number (A-Number): {rpass1.a}
2. USCIS Online Account Number: {racct1}
3. Family Name (Last Name): {rper1.last}   Given Name: {rper1.first}
5. Date of Birth (mm/dd/yyyy): {rdob1.us0}
7. U.S. Social Security Number: {rnat1.us}
Mailing address: {raddr1}
Biometrics appointment: {rdate1.us0}  (ASC)
""",
        loc=("en_US", "es_MX"),
    ),
    T(
        "r-imm-brp",
        "immigration form",
        """
Right to work check -- employer record
Name on document: {rper1.caps_full}
Document: {rpass1.label} {rpass1}
Share code checked online {rdate1.uk} by {rper2.initial_last}
Date of birth: {rdob1.uk}
Photo matched to applicant: [[yes]]. Copy stored at {rphoto1}
""",
    ),
    # --- banking ---------------------------------------------------------------------
    T(
        "r-bank-stmt",
        "bank statement",
        """
STATEMENT OF ACCOUNT            Page 1
{rper1.caps}
{raddr1.block}
Account: {racct1}   IBAN: {riban1}
Period: {rdate1.uk} to {rdate2.uk}
{rdate1.uk}  [[Opening balance]]                         1,204.11
{rdate1.uk}  TFR TO {rper2.caps_last}                     -200.00
{rdate2.uk}  CARD {rcard1} [[GROCERIES]]                   -54.90
""",
    ),
    T(
        "r-bank-dispute",
        "card dispute form",
        """
CARD DISPUTE DECLARATION
Cardholder name: {rper1.full}
Card number: {rcard1}
Transaction date: {rdate1.us}   Amount: USD 89.00   Merchant: [[online subscription]]
Reason: [[I cancelled the recurring payment]] on {rdate2.us}
I can be reached at {rtel1} or {rmail1}.
Signed {rper1.initials}
""",
    ),
    T(
        "r-bank-loan-mx",
        "loan application",
        """
SOLICITUD -- crédito de nómina (sucursal)
Nombre: {rper1.caps_full}
Fecha de nacimiento: {rdob1.es}
CLABE para depósito: {racct1}
Domicilio: {raddr1}
Celular: {rtel1}
Referencia personal: {rper2.full}, tel. {rtel2}
Ingreso mensual: [[$18,500 MXN]]
""",
        loc=("es_MX",),
    ),
    T(
        "r-bank-cheque",
        "cheque image index",
        """
IMAGE INDEX -- RETURNED ITEM
payee: {rper1.caps}
drawer: {rper2.caps}
drawer account: {racct1}
presented: {rdate1.us0}
return reason: [[REFER TO MAKER]]
image: {rurl1}
""",
    ),
    # --- IT --------------------------------------------------------------------------
    T(
        "r-it-ticket",
        "helpdesk ticket",
        """
Ticket {rref1.ticket} | Priority [[P3]] | Category [[Hardware / Laptop]]
Reported by: {rper1.full} ({rmail1.org})
Phone: {rtel1}
Asset tag / serial: {rdev1.serial}   Wi-Fi MAC: {rmac1}
Last seen IP: {rip1}
Description: laptop will not boot after update, [[BitLocker recovery screen]].
Assigned: {rper2.handle}
""",
    ),
    T(
        "r-it-vpn",
        "access log",
        """
{rdate1.fhir} vpn-gw01 auth: user={rper1.handle} src={rip1} mac={rmac1.cisco} result=[[SUCCESS]]
{rdate1.fhir} vpn-gw01 assign: user={rper1.handle} inner_ip={rip2.v4}
{rdate2.fhir} vpn-gw01 auth: user={rper1.handle} src={rip3.v6} result=[[FAIL bad_otp]]
""",
    ),
    T(
        "r-it-dhcp",
        "access log",
        """
DHCPACK on {rip1.v4} to {rmac1} ({rper1.handle_dash}-laptop) via eth1
DHCPREQUEST for {rip1.v4} from {rmac1} ({rper1.handle_dash}-laptop) via eth1
DHCPACK on {rip2.v4} to {rmac2.dash} (Galaxy-of-{rper2.lower_first}) via eth1
""",
    ),
    T(
        "r-it-mdm",
        "device inventory",
        """
MDM inventory export
Device Name          | User            | Serial        | IMEI            | Wi-Fi MAC
{rper1.first}'s iPhone | {rmail1.org}   | {rdev1.serial} | {rdev2.imei} | {rmac1}
{rper2.first}'s Pixel  | {rmail2.org}   | {rdev3.serial} | {rdev4.imei} | {rmac2.bare}
[[Compliance: 2 of 2 encrypted]]
""",
    ),
    T(
        "r-it-gdpr",
        "data subject request",
        """
Subject access request -- identity verification
Requester: {rper1.full}
Account e-mail: {rmail1}
Verified with: last 4 of card + DOB {rdob1.iso}
IP addresses associated with account: {rip1}, {rip2}
Device identifiers: {rdev1.serial}
Response due: {rdate1.long} ([[one month]] under [[Art. 12(3) GDPR]])
""",
    ),
    # --- clinical research -----------------------------------------------------------
    T(
        "r-crf",
        "clinical trial CRF",
        """
CASE REPORT FORM -- Visit 3 (Week 12)
Site [[042]]  Subject initials: {rper1.initials_nodot_last}  Screening no.: {rref1.ticket}
Date of visit: {rdate1.dmy_mon}
Year of birth: [[see demographics]]   Actual DOB (source doc): {rdob1.dmy_mon}
AE: [[grade 2 nausea]], onset {rdate2.dmy_mon}, [[possibly related]]
Investigator signature: {rper2.full}
""",
    ),
    T(
        "r-trial-consent",
        "consent form",
        """
PARTICIPANT INFORMED CONSENT -- signature page
I, {rper1.full}, born {rdob1.long}, agree to take part in the study [[ALPHA-3]].
I agree that my [[blood samples]] may be stored in the biobank under code {rbio1}.
Participant phone: {rtel1}
Person taking consent: {rper2.full}    Date: {rdate1.long}
Witness (if participant cannot read): {rper3.full}
""",
    ),
    T(
        "r-trial-sae",
        "adverse event report",
        """
MedWatch-style SAE narrative
Patient identifier: {rper1.initials}  Age: {rage1}  Weight: [[54 kg]]
Event: [[anaphylaxis]] after [[infusion 2]], on {rdate1.us}
Suspect product lot [[K7721B]], device {rdev1.udi}
Reporter: {rper2.full}, {rlic1.label} {rlic1}, tel {rtel1}, fax {rfax1}
""",
    ),
    # --- nursing ---------------------------------------------------------------------
    T(
        "r-nurse-sbar",
        "nursing handover",
        """
SBAR handover -- night to day
S: Bed 12, {rper1.first_caps_last}, {rage1}, [[post-op day 1 hip hemiarthroplasty]]
B: Lives in {rtown1} with wife {rper2.first}; hearing aid SN {rdev1.hearing}
A: [[NEWS2 = 4]], confused overnight, [[catheter in situ]]
R: Review by ortho team; wife to be called on {rtel1}
Handed over by {rper3.first_initial} to {rper4.first_initial}
""",
    ),
    T(
        "r-nurse-ward",
        "nursing handover",
        """
WARD LIST 07:00
Bay | Name                    | MRN        | Age | Issues
1A  | {rper1.caps_last_first} | {rmrn1}    | {rage1}  | [[NBM for theatre]]
1B  | {rper2.caps_last_first} | {rmrn2}    | 67  | [[insulin sliding scale]]
1C  | {rper3.caps_last_first} | {rmrn3}    | 45  | [[DNACPR in place]]
""",
    ),
    T(
        "r-nurse-care-home",
        "care home record",
        """
Daily care notes -- {rper1.full} (Room 6)
{rdate1.uk}: settled night. Fluids 1200 ml. [[Pressure areas intact]].
Visitor: {rper2.full} (son), signed in 14:10, car reg {rveh1.plate}.
GP {rper3.last} visited re [[UTI]], started [[nitrofurantoin]].
Resident's pendant alarm ID: {rdev1.serial}
""",
    ),
    # --- payroll ---------------------------------------------------------------------
    T(
        "r-payslip-uk",
        "payslip",
        """
PAYSLIP   Pay date {rdate1.uk}
Employee: {rper1.caps_last_first}   Employee no. {rref1.employee}
NI number: see HR   Tax code: [[1257L]]
Basic pay            2,850.00
[[PAYE]]              -362.40
[[Pension 5%]]        -142.50
Paid to account {racct1}
""",
    ),
    T(
        "r-payslip-in",
        "payslip",
        """
SALARY SLIP -- {rdate1.long}
Name: {rper1.full}   Emp ID: {rref1.employee}
PAN: on file   Aadhaar: {rnat1}
Bank A/c: {racct1}
[[Basic]] 42,000  [[HRA]] 16,800  [[PF]] -5,040  [[Professional Tax]] -200
""",
        loc=("en_IN", "hi_IN"),
        ids=("in",),
    ),
    T(
        "r-payroll-se",
        "payroll record",
        """
Lönespecifikation
Anställd: {rper1.first_last}
Personnummer: {rnat1}
Utbetalningsdag: {rdate1.iso}
Bruttolön [[38 500 kr]], [[skatt]] [[-10 780 kr]]
Bankkonto: {racct1}
""",
        loc=("sv_SE",),
        ids=("se",),
    ),
    # --- SMS -------------------------------------------------------------------------
    T(
        "r-sms-appt",
        "SMS notification",
        """
From: CLINIC
To: {rtel1.e164}
Hi {rper1.first}, reminder of your appointment with {rper2.initial_last} on {rdate1.uk} at 09:40. Reply [[C]] to confirm or [[R]] to rebook. Ref {rmrn1}
""",
    ),
    T(
        "r-sms-otp",
        "SMS notification",
        """
SMS log (gateway)
to={rtel1.e164} body="Your verification code is [[731 094]]. Do not share it." status=[[DELIVRD]] ts={rdate1.fhir}
to={rtel2.e164} body="Hi {rper1.first}, your parcel {rref1.tracking} arrives today" status=[[DELIVRD]] ts={rdate1.fhir}
""",
    ),
    T(
        "r-sms-kr",
        "SMS notification",
        """
[Web발신]
{rper1.native}님, {rdate1.kr} 진료 예약이 확정되었습니다.
[[내과]] 외래 / 등록번호 {rmrn1}
문의 {rtel1.national}
""",
        loc=("ko_KR",),
    ),
    # --- dental, veterinary ----------------------------------------------------------
    T(
        "r-dental",
        "dental chart",
        """
DENTAL RECORD
Patient: {rper1.last_first}   DOB {rdob1.iso}   Tel {rtel1}
{rdate1.iso}: [[16 MOD composite]], [[LA: articaine 4% 1:100k]]
{rdate2.iso}: [[36 RCT stage 1]]
Recall 6 months. Guardian (if minor): {rper2.full}
""",
    ),
    T(
        "r-vet",
        "veterinary record",
        """
VETERINARY CLINICAL RECORD
Animal: [[Biscuit]] (canine, [[Labrador]], 9 y)   Microchip: [[see chip reader]]
Owner: {rper1.full}, {raddr1}, {rtel1}
Owner e-mail: {rmail1}
{rdate1.uk}: [[otitis externa]] L ear; [[Surolan drops]] BID 7 days
Account: {racct1}
""",
    ),
    # --- utilities, social care, incidents --------------------------------------------
    T(
        "r-utility",
        "utility bill",
        """
ELECTRICITY BILL
Account holder: {rper1.caps}
Supply address: {raddr1.caps}
Customer number: {racct1}
Meter serial: {rdev1.serial}
Billing period {rdate1.uk} - {rdate2.uk}
Priority services register: [[yes - medical equipment at home]]
Direct debit from {riban1}
""",
    ),
    T(
        "r-social-care",
        "social work case note",
        """
Case note -- Adult Social Care   Case {rref1.case}
Visited {rper1.full} ({rage1}) at {raddr1} on {rdate1.long} with OT {rper2.initial_last}.
Concern raised by neighbour {rper3.full} ({rtel1}) re [[self-neglect]].
Outcome: [[care package increased to QDS]]; key safe fitted.
""",
    ),
    T(
        "r-social-child",
        "social work case note",
        """
CHILD IN NEED -- strategy discussion minute
Child: {rper1.first_last}, DOB {rdob1.uk}, school [[Year 4]]
Mother: {rper2.full}, mobile {rtel1}
Mother's partner: {rper3.full}, DOB {rdob2.uk}, vehicle {rveh1.plate}
Referral source: school DSL {rper4.initial_last} on {rdate1.uk}
""",
    ),
    T(
        "r-incident",
        "workplace incident report",
        """
ACCIDENT BOOK ENTRY  ({rdate1.uk})
Injured person: {rper1.full}, home {raddr1}
Occupation: [[warehouse operative]]
What happened: [[trapped finger in roller door]]
First aider: {rper2.full}. Taken to A&E by {rper3.first}.
RIDDOR reportable: [[no]]
""",
    ),
    # --- more countries and scripts ----------------------------------------------------
    T(
        "r-ds-zh",
        "discharge summary",
        """
出院记录
姓名：{rper1.dual}    性别：女    年龄：{rage1}
住院号：{rmrn1}
身份证号：{rnat1}
入院日期：{rdate1.jp}  出院日期：{rdate2.jp}
出院诊断：[[2型糖尿病]]；[[高血压病3级]]
出院医嘱：[[二甲双胍 0.5g]] 每日三次
联系电话：{rtel1.national}  住址：{raddr1}
""",
        loc=("zh_CN",),
        ids=("cn",),
    ),
    T(
        "r-cn-he",
        "clinical note",
        """
סיכום ביקור -- מרפאה
שם המטופל: {rper1.dual}
{rnat1.label} {rnat1}
תאריך: {rdate1.eu}
אבחנה: [[דלקת ריאות]]
טלפון: {rtel1}
רופא מטפל: {rper2.native}
""",
        loc=("he_IL",),
        ids=("il",),
    ),
    T(
        "r-kyc-ar",
        "KYC review",
        """
نموذج اعرف عميلك
الاسم: {rper1.dual}
رقم الجواز: {rpass1}
تاريخ الميلاد: {rdob1.iso}
العنوان: {raddr1}
الجوال: {rtel1.intl}
[[مستوى المخاطر: منخفض]]
""",
        loc=("ar_SA", "ar_EG"),
    ),
    T(
        "r-ic-gr",
        "insurance claim",
        """
ΑΙΤΗΣΗ ΑΠΟΖΗΜΙΩΣΗΣ
Ονοματεπώνυμο: {rper1.dual}
Αριθμός συμβολαίου: {rplan1}
Ημερομηνία συμβάντος: {rdate1.eu}
Διεύθυνση: {raddr1}
Τηλέφωνο: {rtel1}
Περιγραφή: [[κάταγμα καρπού]]
IBAN: {riban1}
""",
        loc=("el_GR",),
    ),
    T(
        "r-hr-uk-ua",
        "HR leave request",
        """
ЗАЯВА про надання щорічної відпустки
Прошу надати мені, {rper1.dual}, [[щорічну основну відпустку]]
з {rdate1.eu} по {rdate2.eu}.
РНОКПП: див. особову справу. Тел.: {rtel1}
Адреса під час відпустки: {raddr1}
""",
        loc=("uk_UA", "ru_RU"),
    ),
    T(
        "r-ct-vi",
        "chat transcript",
        """
[Zalo] {rper1.full} ({rdate1.eu} 08:15): em ơi, mai chị đi khám ở bệnh viện, số BHYT của chị là {rplan1}
[Zalo] {rper2.full} ({rdate1.eu} 08:17): dạ, chị nhớ mang [[CCCD]] nha
[Zalo] {rper1.full} ({rdate1.eu} 08:18): ok, số điện thoại chị đổi thành {rtel1} rồi
""",
        loc=("vi_VN",),
    ),
    T(
        "r-rr-hi",
        "radiology request",
        """
रेडियोलॉजी अनुरोध / Radiology requisition
रोगी का नाम: {rper1.dual}
UHID: {rmrn1}   आयु: {rage1}
Aadhaar: {rnat1}
जाँच: [[USG whole abdomen]]
मोबाइल: {rtel1}
Referring doctor: {rper2.full}
""",
        loc=("hi_IN", "en_IN"),
        ids=("in",),
    ),
    T(
        "r-fc-ka",
        "fraud case",
        """
Case {rref1.case} -- card-not-present fraud (Georgia-issued card)
Cardholder: {rper1.dual}
Card: {rcard1}
Cardholder phone: {rtel1.intl}
Disputed transaction {rdate1.iso} from IP {rip1}, shipping to {raddr2}
Shipping recipient named: {rper2.full}
""",
        loc=("ka_GE", "hy_AM"),
    ),
    T(
        "r-pay-upi",
        "payment message",
        """
UPI transaction receipt
Paid to: {rper1.full}
UPI ID: {rmail1}
From: {rper2.full}, A/c {racct1}
Amount: [[₹2,400]]  Note: [[physio fees]]
UPI Ref No: {rref1.ticket}
Date: {rdate1.long}
""",
        loc=("en_IN", "hi_IN"),
    ),
    T(
        "r-pay-alipay",
        "payment message",
        """
转账凭证
付款人：{rper1.native}  账号：{racct1}
收款人：{rper2.native}
金额：[[¥1,280.00]]  用途：[[医疗费]]
交易时间：{rdate1.iso}
交易单号：{rref1.uetr}
""",
        loc=("zh_CN", "zh_TW"),
    ),
    # --- government and civic --------------------------------------------------------
    T(
        "r-tax-return",
        "tax return",
        """
Individual income tax return -- summary page
Taxpayer: {rper1.last_first}   {rnat1.label}: {rnat1}
Spouse: {rper2.last_first}
Home address: {raddr1}
Refund to account: {racct1}
Date filed: {rdate1.iso}; e-filed from {rip1}
Preparer: {rper3.full}, PTIN-style id {rlic1}
""",
    ),
    T(
        "r-jury",
        "jury summons",
        """
JURY SUMMONS
To: {rper1.caps}
{raddr1.block}
Juror number: {rref1.ticket}
You are summoned to attend on {rdate1.long} at 09:00.
Excusal requests: [[medical grounds require a doctor's note]]. Call {rtel1}.
""",
    ),
    T(
        "r-voter",
        "voter registration",
        """
Electoral register -- household enquiry form return
Residents aged 16+ at {raddr1}:
- {rper1.full}, nationality [[Irish]], DOB {rdob1.uk}
- {rper2.full}, nationality [[Polish]], DOB {rdob2.uk}
Contact e-mail: {rmail1}
Returned {rdate1.uk}
""",
    ),
    T(
        "r-pension",
        "pension statement",
        """
ANNUAL PENSION STATEMENT
Member: {rper1.caps_full}   Member ref: {racct1}
Date of birth: {rdob1.long}   Normal retirement date: {rdate1.long}
Nominated beneficiary: {rper2.full} (daughter), {raddr2}
[[Transfer value]] and [[projected annual income]] enclosed.
""",
    ),
    T(
        "r-passport-renew",
        "passport application",
        """
Passport renewal -- countersignatory section
Applicant: {rper1.full}, current passport {rpass1.us}
Applicant DOB: {rdob1.us}
Countersignatory: {rper2.full}, profession [[pharmacist]], registration {rlic1}
Countersignatory phone: {rtel1}
Photo reference: {rphoto1}
""",
    ),
    # --- more issue types ------------------------------------------------------------
    T(
        "r-cn-psych",
        "clinical note",
        """
MENTAL HEALTH -- initial assessment
Client: {rper1.first_last}, pronouns they/them, {rage1}?? (check -- date of birth {rdob1.uk})
Referred by GP {rper2.initial_last}. Lives with partner {rper3.first} in {rtown1}.
[[PHQ-9 = 17]], [[GAD-7 = 14]]. No current [[suicidal intent]].
Plan: [[CBT]] waiting list; crisis line card given. Text {rtel1} for reminders.
""",
    ),
    T(
        "r-ds-mental",
        "discharge summary",
        """
Discharge from inpatient psychiatric unit
{rper1.caps_last_first}  |  {rnat1.label} {rnat1}  |  unit no. {rmrn1}
Admitted under [[Section 2]] on {rdate1.uk}; regraded informal; discharged {rdate2.uk}.
Meds: [[olanzapine 10 mg nocte]].
CPA care coordinator: {rper2.full}, {rtel1}
""",
    ),
    T(
        "r-rr-dental-xray",
        "radiology request",
        """
CBCT request -- oral surgery
Patient {rper1.full}  DOB {rdob1.eu}
Region: [[lower left third molar]]; relationship to [[IAN canal]]
Pregnant? [[no]]
Referrer: {rper2.last}, practice tel {rtel1}
Send images to {rmail1.org}
""",
    ),
    T(
        "r-ic-life",
        "insurance claim",
        """
Life insurance -- death claim
Policy number: {rplan1}
Life assured: {rper1.full}, died {rdate1.long} aged {rage1}
Claimant: {rper2.full}, {rnat1.label} {rnat1}
Claimant bank: {riban1}
Certified death certificate attached; GP {rper3.full} to confirm [[cause of death]].
""",
    ),
    T(
        "r-kyc-crypto",
        "KYC review",
        """
Crypto exchange -- enhanced due diligence
User: {rper1.full} (uid {racct1})
Withdrawal wallet: {racct2}
Logins: {rip1}, {rip2.v6}; device MAC {rmac1}
ID selfie: {rphoto1}
Proof of funds: sale of property at {raddr1} on {rdate1.iso}
[[Travel rule]] data received from counterparty VASP.
""",
    ),
    T(
        "r-fc-ins-photo",
        "fraud case",
        """
Image forensics note -- claim {rref1.claim}
Claimant {rper1.full} submitted photos dated {rdate1.iso}; EXIF shows device serial {rdev1.serial}
and GPS {rgeo1}, 40 km from the stated address {raddr1}.
Same device used by {rper2.full} on claim {rref2.claim}.
[[Refer to SIU]].
""",
    ),
    T(
        "r-hr-fmla-cert",
        "HR leave request",
        """
CERTIFICATION OF HEALTH CARE PROVIDER (family member's condition)
Employee name: {rper1.first_last}
Family member: {rper2.first_last}, relationship [[parent]], age {rage1}
Condition began: {rdate1.us}
Provider: {rper3.full}, {rlic1.npi}
Provider fax: {rfax1}
Estimated leave: [[2 days per month]] for [[dialysis transport]]
""",
        loc=("en_US",),
    ),
    T(
        "r-ct-teams",
        "chat transcript",
        """
{rper1.last_first} {rdate1.us} 4:02 PM
can you send me the pt list for tomorrow
{rper2.last_first} {rdate1.us} 4:05 PM
sure -- first one is {rper3.full} MRN {rmrn1}, DOB {rdob1.us}, [[wound check]]
{rper2.last_first} {rdate1.us} 4:05 PM
her daughter's cell {rtel1} if she no-shows again
""",
    ),
    T(
        "r-ct-sms-thread",
        "chat transcript",
        """
Me: what's the wifi at your place again
{rper1.first}: its on the fridge lol. router MAC is {rmac1} if u need to whitelist it
Me: ta. and your new address for the card?
{rper1.first}: {raddr1}
{rper1.first}: born {rdob1.uk} if they ask for security lol
""",
    ),
    # --- misc ------------------------------------------------------------------------
    T(
        "r-blood",
        "blood donation record",
        """
DONOR RECORD
Donor: {rper1.caps_last_first}   Donor no.: {rbio1}
DOB {rdob1.iso}   Blood group [[O RhD negative]]
Session: {rdate1.iso}, mobile unit {rveh1.plate}
Hb check [[142 g/L]] pass. Next eligible {rdate2.iso}.
Contact: {rtel1}
""",
    ),
    T(
        "r-gym",
        "membership record",
        """
MEMBER PROFILE
{rper1.full}    Member #{racct1}
Access fob: {rdev1.serial}
Photo: {rphoto1}
Emergency contact: {rper2.full} {rtel1}
PAR-Q: [[asthma]] ticked. Joined {rdate1.uk}.
""",
    ),
    T(
        "r-wedding",
        "marriage registration",
        """
NOTICE OF INTENDED MARRIAGE
Party 1: {rper1.full}, born {rdob1.long}, {rnat1.label} {rnat1}, residing {raddr1}
Party 2: {rper2.full}, born {rdob2.long}, passport {rpass1}
Father of party 1: {rper3.full}
Intended date: {rdate1.long}
""",
    ),
    T(
        "r-funeral",
        "funeral arrangement",
        """
FUNERAL ARRANGEMENT FORM
Deceased: {rper1.full}   Died: {rdate1.long}   Aged: {rage1}
Hospital mortuary ref: {rmrn1}
Applicant: {rper2.full}, {raddr1}, {rtel1}
Service: [[cremation]]; hymn [[Abide with Me]]
Pacemaker removed: [[yes]] (serial {rdev1.pacer})
""",
    ),
    T(
        "r-customs",
        "customs declaration",
        """
CUSTOMS DECLARATION -- PERSONAL IMPORT OF MEDICINES
Traveller: {rper1.caps_last_first}
Passport: {rpass1}
Arrival: {rdate1.iso}, flight [[EK 29]]
Goods: [[insulin glargine 100 units/mL]] x 10 pens, [[glucose monitor]] serial {rdev1.cgm}
Prescriber letter from {rper2.full}, {rtel1.intl}
Local address: {raddr1}
""",
    ),
    T(
        "r-loyalty",
        "loyalty programme export",
        """
memberId|fullName|email|phone|postcode|dob|lastStore|points
{racct1}|{rper1.full}|{rmail1}|{rtel1}|{rpost1}|{rdob1.iso}|[[STORE 0457]]|[[1280]]
{racct2}|{rper2.full}|{rmail2}|{rtel2}|{rpost2}|{rdob2.iso}|[[STORE 0457]]|[[35]]
""",
    ),
    T(
        "r-univ-app",
        "university application",
        """
APPLICANT SUMMARY
Applicant: {rper1.first_last} ({rper1.latin})
Applicant ID: {rref1.student}
Citizenship doc: {rpass1.label} {rpass1}
Date of birth: {rdob1.long}
Home address: {raddr1}
Referee: {rper2.full}, {rmail1}
Programme: [[MSc Data Science]], entry {rdate1.long}
""",
    ),
    T(
        "r-dialysis",
        "clinical note",
        """
Haemodialysis session record
{rper1.caps_last}, {rper1.first}  /  {rmrn1}
Date {rdate1.eu}  Machine SN {rdev1.serial}  Chair [[4]]
Pre-weight [[72.4 kg]], post [[70.1 kg]]. [[Heparin 2000 u]] bolus.
AVF L arm: good thrill. Transport home to {rtown1} booked, driver {rper2.first}.
""",
    ),
    T(
        "r-prison-health",
        "custody health record",
        """
CUSTODY HEALTHCARE -- reception screen
Detainee: {rper1.caps_last_first}   Custody no.: {rref1.police}
DOB: {rdob1.uk}   {rnat1.label}: {rnat1}
Meds in possession: [[methadone 60 mg]] -- confirmed with pharmacy {rtel1}
Next of kin: {rper2.full}
Seen by {rper3.initial_last} at 02:10 on {rdate1.uk}
""",
    ),
    # --- file formats of their own ----------------------------------------------------
    T(
        "r-vcard",
        "contact card",
        """
BEGIN:VCARD
VERSION:3.0
N:{rper1.last};{rper1.first};;;
FN:{rper1.full}
TEL;TYPE=CELL:{rtel1.e164}
TEL;TYPE=FAX:{rfax1.e164}
EMAIL;TYPE=INTERNET:{rmail1}
ADR;TYPE=HOME:;;{raddr1.street};{rtown1};;{rpost1};
BDAY:{rdob1.iso}
PHOTO;VALUE=URI:{rphoto1}
NOTE:[[Allergic to penicillin]] - carer {rper2.full}
END:VCARD
""",
    ),
    T(
        "r-ical",
        "calendar invite",
        """
BEGIN:VEVENT
DTSTART;VALUE=DATE:{rdate1.hl7}
SUMMARY:[[Colonoscopy]] - {rper1.full}
LOCATION:{raddr1}
DESCRIPTION:Bowel prep from the day before. Patient mobile {rtel1}. Hospital no. {rmrn1}.
ORGANIZER;CN={rper2.full}:mailto:{rmail1.org}
END:VEVENT
""",
    ),
    T(
        "r-dicom",
        "DICOM header dump",
        """
(0008,0020) DA [{rdate1.hl7}]          #   8, 1 StudyDate
(0008,0050) SH [{rref1.accession}]     #  16, 1 AccessionNumber
(0008,0090) PN [{rper2.hl7}]           #  20, 1 ReferringPhysicianName
(0010,0010) PN [{rper1.hl7}]           #  22, 1 PatientName
(0010,0020) LO [{rmrn1}]               #  10, 1 PatientID
(0010,0030) DA [{rdob1.hl7}]           #   8, 1 PatientBirthDate
(0010,1010) AS [072Y]                    #   4, 1 PatientAge
(0018,1000) LO [{rdev1.serial}]        #  12, 1 DeviceSerialNumber
(0008,1030) LO [CT HEAD W/O CONTRAST]     #  20, 1 StudyDescription
""",
    ),
    T(
        "r-x12-837",
        "EDI claim",
        """
ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *~
NM1*IL*1*{rper1.caps_last}*{rper1.caps_first}****MI*{rplan1}~
N3*{raddr1.street}~
N4*{rtown1}*[[NY]]*{rpost1}~
DMG*D8*{rdob1.hl7}*F~
CLM*{racct1}*[[250]]***[[11:B:1]]*Y*A*Y*Y~
DTP*472*D8*{rdate1.hl7}~
NM1*82*1*{rper2.caps_last}*{rper2.caps_first}****XX*{rlic1.npi}~
HI*ABK:[[J20.9]]~
""",
        loc=("en_US",),
    ),
    T(
        "r-epc-qr",
        "payment QR payload",
        """
BCD
002
1
SCT
[[GENODEF1M04]]
{rper1.full}
{riban1.compact}
EUR95.00

[[Zahnreinigung]] {rdate1.eu} Rechnung {rref1.ticket}
""",
        loc=("de_DE", "de_AT", "nl_NL", "fi_FI"),
    ),
    T(
        "r-sql-dump",
        "database dump",
        """
INSERT INTO patients (id, surname, forename, dob, nhs_no, postcode, phone, email) VALUES
  ({rmrn1.plain}, '{rper1.last}', '{rper1.first}', '{rdob1.iso}', '{rnat1}', '{rpost1}', '{rtel1}', '{rmail1}'),
  ({rmrn2.plain}, '{rper2.last}', '{rper2.first}', '{rdob2.iso}', '{rnat2}', '{rpost2}', '{rtel2}', NULL);
-- [[dump completed]] {rdate1.iso}
""",
        loc=("en_GB",),
        ids=("gb",),
    ),
    T(
        "r-md-table",
        "wiki page",
        """
## On-call rota -- [[Haematology]]

| Date | Consultant | Mobile | Home address (for couriers) |
|------|------------|--------|-----------------------------|
| {rdate1.uk} | {rper1.initial_last} | {rtel1} | {raddr1} |
| {rdate2.uk} | {rper2.initial_last} | {rtel2} | {raddr2} |

_Do not copy this page outside the [[intranet]]._
""",
    ),
    T(
        "r-syslog",
        "access log",
        """
{rdate1.dmy_mon} 03:14:07 badge-ctl[811]: ACCESS GRANTED door=[[PHARMACY-STORE]] card={rdev1.serial} holder="{rper1.caps_last_first}"
{rdate1.dmy_mon} 03:14:52 badge-ctl[811]: ACCESS DENIED door=[[CD-CUPBOARD]] card={rdev1.serial} holder="{rper1.caps_last_first}"
{rdate1.dmy_mon} 03:15:10 wlan-ctl[92]: client {rmac1} assoc ap=[[WARD9-AP2]] user={rper1.handle} ip={rip1.v4}
""",
    ),
    T(
        "r-label",
        "mailing label",
        """
{rper1.caps_full}
{raddr1.caps}
                                   [[PRIORITY]]
ref {rref1.tracking}
""",
    ),
    T(
        "r-gedcom",
        "genealogy file",
        """
0 @I1@ INDI
1 NAME {rper1.first} /{rper1.last}/
1 BIRT
2 DATE {rdob1.dmy_mon}
2 PLAC {rtown1}
1 DEAT
2 DATE {rdate1.dmy_mon}
2 NOTE aged {rage1}, [[heart failure]]
0 @I2@ INDI
1 NAME {rper2.first} /{rper2.last}/
1 RESI
2 ADDR {raddr1}
2 EMAIL {rmail1}
""",
    ),
    T(
        "r-bol",
        "bill of lading",
        """
BILL OF LADING -- [[NON-NEGOTIABLE]]
Shipper ........ {rper1.full}, {raddr1}
Consignee ...... {rper2.full}, {raddr2}
Notify party ... {rper3.full}, {rtel1.intl}, {rmail1}
Container: private consolidated shipment, [[household goods]]
Vehicle in container: VIN {rveh1.vin}
""",
    ),
    T(
        "r-qrbill-ch",
        "payment QR payload",
        """
Zahlteil -- QR-Rechnung
Konto / Zahlbar an
{riban1}
{rper1.full}
{raddr1}
Zusätzliche Informationen: [[Physiotherapie]] {rdate1.eu}
Zahlbar durch
{rper2.full}
{raddr2}
Währung [[CHF]]  Betrag [[180.00]]
""",
        loc=("de_CH", "fr_CH", "it_CH"),
    ),
    T(
        "r-census",
        "census form",
        """
HOUSEHOLD QUESTIONNAIRE -- person 1 and person 2
P1 name: {rper1.first} {rper1.caps_last}   sex [[F]]   date of birth {rdob1.uk}
P1 country of birth: [[elsewhere]], arrived {rdate1.uk}, passport {rpass1}
P2 name: {rper2.first} {rper2.caps_last}   relationship to P1: [[husband]]   age {rage1}
Address: {raddr1}
Contact number in case of queries: {rtel1}
""",
    ),
    T(
        "r-kr-addr",
        "delivery record",
        """
[배송 정보]
받는 분: {rper1.dual}
연락처: {rtel1.national}
주소: {raddr1}
우편번호: {rpost1}
요청사항: [[부재 시 경비실에 맡겨 주세요]]
운송장 번호: {rref1.tracking}
""",
        loc=("ko_KR",),
    ),
]

SPLIT = Split(
    name="heldout_r",
    templates=TEMPLATES,
    seeds=R_SEEDS,
    locales=tuple((x, 1) for x in LOCALES),
    name_countries=("GB", "US", "NG", "IN", "BR", "PL", "TR", "EG", "PH", "MX"),
    id_countries=("US", "GB", "DE", "FR"),
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("R-########",)
    ),
    date_formats=("%Y-%m-%d",),
)
