"""Split Q: held out in session 33, run once there and reported; DEV-side since session 34.

Session 34 reads Q's leaks by value and tunes on them (as on D to P), so Q no longer
measures generalisation: held-out R (heldout_r_templates.py), written before that tuning by
an author barred from Q, does. What follows is how Q was written, in session 31, by an
author barred from the redactor, from its results and from every other split's templates
and forms.

Every name, number, date and place that could point at a person is a slot (drawn by
q_forms.py); `[[...]]` marks words that must stay readable. It was merged unwired and run once,
after the redactor was frozen (441143b).
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

DE = (("de_DE", 3), ("de_AT", 1), ("de_CH", 1))
FR = (("fr_FR", 3), ("fr_BE", 1), ("fr_CH", 1), ("fr_CA", 1))
ES = (("es_ES", 2), ("es_MX", 1), ("es_AR", 1), ("es_CL", 1), ("es_CO", 1))
NORDIC = (("sv_SE", 1), ("no_NO", 1), ("fi_FI", 1), ("da_DK", 1), ("is_IS", 1))
ASIA = (("ja_JP", 1), ("zh_CN", 1), ("zh_TW", 1), ("ko_KR", 1), ("th_TH", 1), ("vi_VN", 1))
MIDEAST = (("ar_SA", 1), ("ar_EG", 1), ("he_IL", 1), ("fa_IR", 1), ("tr_TR", 1))
SLAVIC = (("ru_RU", 1), ("uk_UA", 1), ("bg_BG", 1), ("pl_PL", 1), ("cs_CZ", 1), ("hr_HR", 1))


def T(
    id: str,
    doc_type: str,
    text: str,
    locales: tuple[tuple[str, int], ...] = (),
    ids: tuple[str, ...] = (),
) -> Template:
    return Template(f"q-{id}", doc_type, text, locales=locales, id_countries=ids)


TEMPLATES: list[Template] = []

# --- The eight document types ------------------------------------------------------
TEMPLATES += [
    T(
        "clin-soap",
        "clinical note",
        """PROGRESS NOTE (SOAP)       seen {qdate1.us}
Pt: {qper1.caps_last_first}   DOB {qdob1.us}   MRN {qmrn1}
Provider: {qper2.first_last}, NP

S: {qper1.first} returns for f/u of [[type 2 diabetes mellitus]]. Lives alone in {qtown1};
daughter {qper3.full} ({qtel1}) checks in twice a week.
O: BP 142/88, HbA1c [[8.1 %]] (was 8.9). Foot exam intact.
A/P: continue [[metformin 1000 mg BID]], add [[empagliflozin 10 mg daily]].
RTC 3 months. Signed electronically {qdate2.us} by {qper2.initials}
""",
    ),
    T(
        "clin-de",
        "clinical note",
        """Ambulanter Befund – [[Innere Medizin]]
Patientin: {qper1.last_first}, geb. {qdob1.eu}
Anschrift: {qaddr1}
Versicherten-Nr.: {qplan1}   {qnat1.label}: {qnat1}

Anamnese: seit {qdate1.eu} zunehmende Belastungsdyspnoe, kein Fieber.
Befund: feuchte RG basal bds., Unterschenkelödeme.
Therapie: [[Torasemid 10 mg]] 1-0-0, Kontrolle bei Dr. {qper2.last} in zwei Wochen.
Rückfragen: {qtel1.nat}
""",
        DE,
        ("DE", "AT", "CH"),
    ),
    T(
        "clin-ocr",
        "clinical note",
        """== scanned page 2/3 (OCR) ==
CL1NICAL N0TE    Patient narne: {qper1.caps}
D.O.B. {qdob1.uk}   Hosp no {qmrn1}   NHS {qnat1.gb}
Hx: {qage1} yr old, fall at home ({qaddr1}) on {qdate1.uk}, lay on floor ~6h.
0/E: bruising L hip, no shortening. [[X-ray pelvis]]: no fracture.
P1an: [[physiotherapy]], OT home visit, review by {qper2.initial_last}
    contact nephew {qper3.first_last} 0n {qtel1}
""",
        (("en_GB", 4), ("en_IE", 1)),
    ),
    T(
        "clin-psych",
        "clinical note",
        """Psychiatry outpatient — confidential
Name: {qper1.last_space_first} | Aged {qage1} | File {qmrn1}
Accompanied by carer {qper2.full}, who can be reached at {qmail1}.
Mental state: oriented, mood "low", no active [[suicidal ideation]].
Plan: [[sertraline 50 mg]] nocte; review on {qdate1.long} at the {qtown1} clinic.
Clinician: {qper3.first_caps_last}, registration {qlic1}
""",
    ),
    T(
        "dis-us",
        "discharge summary",
        """DISCHARGE SUMMARY
Patient: {qper1.last_first_middle}        Acct#: {qacct1}
MRN: {qmrn1}     Admit: {qdate1.us}     Discharge: {qdate2.us}
Attending: {qper2.first_last}, MD (NPI {qlic1.npi})

Principal diagnosis: [[community-acquired pneumonia]]
Hospital course: started on [[ceftriaxone]] and [[azithromycin]], defervesced day 2.
Discharge medications: [[amoxicillin-clavulanate 875 mg]] PO BID x 5 days.
Follow-up: PCP {qper3.initial_last}, {qtel1}. Home address on file: {qaddr1}
""",
        (("en_US", 5),),
        ("US",),
    ),
    T(
        "dis-fr",
        "discharge summary",
        """Compte-rendu de séjour hospitalier
Service de [[cardiologie]] — séjour du {qdate1.eu} au {qdate2.eu}
Patient(e) : {qper1.caps_last_space_first}, né(e) le {qdob1.long}
{qnat1.label} : {qnat1}
Domicile : {qaddr1.lines}

Motif : [[syndrome coronarien aigu]]. Coronarographie : sténose IVA traitée par stent.
Traitement de sortie : [[aspirine 75 mg]], [[ticagrélor 90 mg]] x2/j.
Médecin traitant : Dr {qper2.full}. Courrier adressé par messagerie à {qmail1}.
""",
        FR,
        ("FR", "BE", "CH"),
    ),
    T(
        "dis-table",
        "discharge summary",
        """| Field              | Value                      |
|--------------------|----------------------------|
| Patient            | {qper1.caps_last_first_all} |
| Date of birth      | {qdob1.iso}                |
| Hospital number    | {qmrn1}                    |
| Admitted           | {qdate1.iso}               |
| Discharged         | {qdate2.iso}               |
| Discharged to      | {qaddr1}                   |
| Next of kin        | {qper2.first_last} ({qtel1}) |
| Diagnosis          | [[acute kidney injury]]    |
| Key medication     | [[furosemide]] held        |
""",
    ),
    T(
        "dis-es",
        "discharge summary",
        """INFORME DE ALTA
Paciente: {qper1.full}   NHC: {qmrn1}   {qnat1.label}: {qnat1}
Fecha de ingreso: {qdate1.long}   Fecha de alta: {qdate2.long}
Edad: {qage1} años
Diagnóstico principal: [[fractura de cadera]] intervenida.
Tratamiento: [[enoxaparina 40 mg]] sc cada 24 h durante un mes.
Cuidadora: {qper2.first_last}, tel. {qtel1}, domicilio en {qtown1}.
""",
        ES,
        ("ES", "AR", "CL"),
    ),
    T(
        "rad-req",
        "radiology request",
        """RADIOLOGY REQUEST
Exam: [[CT abdomen/pelvis with contrast]]   Priority: urgent
Patient: {qper1.last_first}   DOB: {qdob1.mon}   MRN: {qmrn1}
Ward 7B, bed 12   Weight [[72 kg]]   eGFR [[58]]
Clinical question: RLQ pain, ?[[appendicitis]]
Requesting clinician: {qper2.initial_last}  {qmail1}
Pacemaker: {qdev1.sn} (MRI conditional? no)
""",
    ),
    T(
        "rad-mri",
        "radiology request",
        """MRI safety questionnaire + request — [[MRT Schädel]]
Name, Vorname: {qper1.last_first}
Geburtsdatum: {qdob1.eu}     Fall-Nr.: {qmrn1}
Implantat: Cochlea-Implantat, Seriennummer {qdev1}
Überweisender Arzt: {qper2.full}, Praxis in {qtown1}, Fax {qfax1}
Fragestellung: [[Schwindel]], Ausschluss Raumforderung
""",
        DE,
    ),
    T(
        "rad-hl7",
        "radiology request",
        """MSH|^~\\&|RIS|NORTHWARD|PACS|IMG|{qdate1.hl7}||ORM^O01|{qref1}|P|2.5
PID|1||{qmrn1}^^^NW^MR||{qper1.caps_last}^{qper1.caps_first}||{qdob1.hl7}|F|||{qaddr1}||{qtel1.e164}
ORC|NW|{qref2}
OBR|1|||[[71250^CT CHEST W/O CONTRAST^CPT]]|||{qdate1.hl7}
NTE|1||ordered by {qper2.caps_last_first}
""",
    ),
    T(
        "rad-us-dental",
        "radiology request",
        """Dental imaging referral
To: Oral radiology, {qtown1}
Please take [[OPG]] and [[CBCT lower left quadrant]] for {qper1.first_last} (born {qdob1.en}).
Patient's phone {qtel1}, e-mail {qmail1}. Insurer member ID {qplan1}.
Referring dentist {qper2.full}, licence {qlic1}
""",
    ),
    T(
        "claim-cms",
        "insurance claim",
        """CMS-1500 (transcribed)
1a INSURED'S I.D. NUMBER ........ {qplan1}
2  PATIENT'S NAME ............... {qper1.caps_last_first}
3  PATIENT'S BIRTH DATE ......... {qdob1.us}
5  PATIENT'S ADDRESS ............ {qaddr1.caps}
   TELEPHONE .................... {qtel1}
11 INSURED'S POLICY GROUP ....... [[GRP PPO-2]]
17 REFERRING PROVIDER ........... {qper2.caps}  17b NPI {qlic1.npi}
21 DIAGNOSIS .................... [[M54.5]]
24A DATE OF SERVICE ............. {qdate1.us}
26 PATIENT'S ACCOUNT NO ......... {qacct1}
""",
        (("en_US", 1),),
        ("US",),
    ),
    T(
        "claim-motor",
        "insurance claim",
        """Motor claim notification  (ref {qref1})
Policyholder: {qper1.first_last}, {qaddr1}
Vehicle: {qveh1.plate}   VIN {qveh2.vin}
Date of loss: {qdate1.long}, near {qtown1}
Third party: {qper2.full}, plate {qveh3.plate}, insurer ref {qref2}
Witness {qper3.last_first} — {qtel1}
Damage: [[rear bumper]], [[tailgate]]. Photos uploaded: {qurl1}
""",
    ),
    T(
        "claim-travel",
        "insurance claim",
        """Travel insurance — medical expenses claim
Claimant ....... {qper1.last_first}
Passport ....... {qpass1}
Policy ......... {qplan1}
Incident ....... [[appendectomy]] abroad, admitted {qdate1.en}
Clinic bill settled on card {qcard1}
Refund to ...... {qiban1}
Contact ........ {qmail1} / {qtel1.intl}
""",
    ),
    T(
        "claim-dental-csv",
        "insurance claim",
        """claim_id;member_no;patient;dob;service_date;code;amount
{qref1};{qplan1};{qper1.last_first};{qdob1.iso};{qdate1.iso};[[D2740]];1180.00
{qref2};{qplan1};{qper2.last_first};{qdob2.iso};{qdate2.iso};[[D0120]];65.00
""",
    ),
    T(
        "kyc-bank",
        "KYC review",
        """KYC PERIODIC REVIEW — retail customer
Customer: {qper1.full}
Date of birth: {qdob1.long}      Nationality document: {qpass1}
{qnat1.label}: {qnat1}
Residential address: {qaddr1}
Source of funds: salary ([[employment income]]), employer {qper2.last} & Partners
Account(s): {qiban1}
Selfie match: {qphoto1}   liveness [[PASS]]
Risk rating: [[LOW]]   Next review: {qdate1.iso}
Analyst: {qper3.initials}
""",
    ),
    T(
        "kyc-crypto",
        "KYC review",
        """[exchange-onboarding] case {qref1} escalated to L2
user: {qper1.handle}  email: {qmail1}  signup IP {qip1.v4}
declared name: {qper1.caps_full}  DOB {qdob1.iso}
ID doc: passport {qpass1}, biometric template {qbio1}
POA doc = utility bill @ {qaddr1}
flags: [[PEP screening: no match]], [[sanctions: clear]]
withdrawal wallet linked to card {qcard1}
reviewer: {qper2.first_initial}
""",
    ),
    T(
        "kyc-corp",
        "KYC review",
        """Beneficial ownership check – {qtown1} branch
UBO 1: {qper1.last_first}, {qnat1.label} {qnat1}, born {qdob1.eu}, 40 %
UBO 2: {qper2.last_first}, {qnat2.label} {qnat2}, born {qdob2.eu}, 35 %
Director: {qper3.full}, residing {qaddr1}
Registered office phone: {qtel1}
Company account: {qacct1}
Notes: [[enhanced due diligence]] not required.
""",
        SLAVIC + NORDIC,
    ),
    T(
        "kyc-ar",
        "KYC review",
        """مراجعة اعرف عميلك
الاسم: {qper1.full}
تاريخ الميلاد: {qdob1.iso}
رقم الجواز: {qpass1}
العنوان: {qaddr1}
الهاتف: {qtel1}
IBAN: {qiban1}
[[KYC status: approved]]
""",
        (("ar_SA", 2), ("ar_AE", 1), ("ar_EG", 1), ("ar_JO", 1)),
    ),
    T(
        "fraud-card",
        "fraud case",
        """FRAUD CASE {qref1} — card-not-present
Cardholder: {qper1.first_last}  ({qmail1})
Card: {qcard1}   blocked {qdate1.stamp}
Disputed txns: 4 x online gaming, first seen from IP {qip1}
Device fingerprint: {qmac1}
Cardholder called from {qtel1}, confirmed travel to {qtown1}.
Outcome: [[chargeback filed]], new card dispatched to {qaddr1}
Investigator {qper2.last_initial}
""",
    ),
    T(
        "fraud-app",
        "fraud case",
        """Suspected identity theft — mortgage application
Applicant as written: {qper1.caps_last_first}
Genuine customer: {qper1.first_last}, {qnat1.label} {qnat1}
Application lodged {qdate1.long} from {qip1.v6}
Payslips list employer e-mail {qmail1}; account for deposit {qiban1}
Genuine customer reached at {qtel1}, lives at {qaddr1}
Action: [[SAR submitted]], [[account frozen]]
""",
    ),
    T(
        "fraud-insurer",
        "fraud case",
        """SIU referral — staged collision?
Claim ref {qref1}; second claim {qref2} (same drivers)
Driver A: {qper1.full}, licence {qlic1}, vehicle {qveh1}
Driver B: {qper2.full}, licence {qlic2}, vehicle {qveh2}
Both treated by {qper3.initial_last} at a clinic in {qtown1} on {qdate1.dash}
Red flags: [[late notification]], [[soft-tissue injury only]]
""",
    ),
    T(
        "fraud-chat",
        "fraud case",
        """romance-scam report, transcribed by {qper1.initials}
victim {qper2.first_last}, {qage1}, sent {qdate1.en} a transfer to {qiban1}
the "suitor" used profile {qurl1} and number {qtel1}
his photo was lifted from {qphoto1}
victim's own contact: {qmail1}
[[Action Fraud]] reference {qref1}
""",
    ),
    T(
        "hr-leave",
        "HR leave request",
        """LEAVE REQUEST
Employee: {qper1.last_first}    Staff no: {qref1}
Manager: {qper2.first_last}
Type: [[parental leave]]    From {qdate1.uk} to {qdate2.uk}
Reachable while off at {qtel1} / {qmail1}
Approved by HR ({qper3.initial_last}) on {qdate3.uk}
""",
    ),
    T(
        "hr-leave-de",
        "HR leave request",
        """Urlaubsantrag
Name: {qper1.first_caps_last}   Personalnummer: {qref1}
Zeitraum: {qdate1.eu} – {qdate2.eu}  ([[Sonderurlaub]])
Vertretung: {qper2.full}
Anschrift während des Urlaubs: {qaddr1}
Genehmigt: {qper3.last}, {qdate3.eu}
""",
        DE,
    ),
    T(
        "hr-sick",
        "HR leave request",
        """From: {qmail1}
To: hr-absence@
Subject: sick leave — {qper1.full}

Hi {qper2.first},
my GP (Dr {qper3.last}, {qtown1}) has signed me off from {qdate1.en} for two weeks
with [[bronchitis]]. Fit note attached; my payroll number is {qacct1}.
Best, {qper1.first}
""",
    ),
    T(
        "hr-leave-json",
        "HR leave request",
        """{"leaveRequest": {
  "employee": "{qper1.first_last}",
  "employeeId": "{qref1}",
  "type": "[[BEREAVEMENT]]",
  "start": "{qdate1.iso}",
  "end": "{qdate2.iso}",
  "approver": "{qper2.handle}",
  "phone": "{qtel1.e164}"
}}
""",
    ),
    T(
        "chat-tele",
        "chat transcript",
        """[{qdate1.stamp}] {qper1.first}: hi, my mum {qper2.full} missed her [[warfarin]] dose
[{qdate1.stamp}] Nurse {qper3.first_initial}: is her [[INR]] due? what's her NHI/record no?
[{qdate1.stamp}] {qper1.first}: {qmrn1}. she's {qage1}, lives {qaddr1}
[{qdate1.stamp}] Nurse {qper3.first_initial}: ok, call us on {qtel1} if any bleeding
""",
    ),
    T(
        "chat-support",
        "chat transcript",
        """Agent {qper1.first}: Thanks for contacting support! Can I have the email on the account?
Customer: {qmail1}
Agent {qper1.first}: Thanks {qper2.first}. And the last payment card?
Customer: {qcard1}
Agent {qper1.first}: I see a login from {qip1} on {qdate1.long}, was that you?
Customer: no!! I'm in {qtown1}. my phone is {qtel1}
Agent {qper1.first}: I've [[reset your password]] and [[revoked all sessions]].
""",
    ),
    T(
        "chat-wa",
        "chat transcript",
        """{qdate1.uk}, 21:14 - {qper1.first_last}: Pls send me the clinic address again
{qdate1.uk}, 21:15 - {qper2.first_last}: {qaddr1}
{qdate1.uk}, 21:15 - {qper2.first_last}: and bring your insurance card {qplan1}
{qdate1.uk}, 21:16 - {qper1.first_last}: ok. appt w/ Dr {qper3.last} for [[allergy testing]]
""",
    ),
    T(
        "chat-ja",
        "chat transcript",
        """{qper1.last}さん: 明日の[[健康診断]]の件です
受付: お名前と生年月日をお願いします
{qper1.last}さん: {qper1.full}、{qdob1.cjk}
受付: 保険証番号は {qplan1} ですね。連絡先 {qtel1} に確認します。
""",
        (("ja_JP", 3), ("zh_CN", 1), ("zh_TW", 1)),
    ),
]

# --- Clinical records, messages and registers ----------------------------------------------
TEMPLATES += [
    T(
        "ref-gp",
        "referral letter",
        """Dear Dr {qper1.last},

Re: {qper2.full}, DOB {qdob1.uk}, NHS number {qnat1.gb}
{qaddr1.lines}

Thank you for seeing this {qage1}-year-old gentleman with worsening [[aortic stenosis]].
He is on [[bisoprolol 2.5 mg]] and [[atorvastatin 40 mg]]. His son {qper3.first_last}
({qtel1}) would like to attend the appointment.

Yours sincerely,
{qper4.full}
""",
        (("en_GB", 1),),
    ),
    T(
        "ref-it",
        "referral letter",
        """Gentile collega {qper1.full},
le invio {qper2.last_first}, nato/a il {qdob1.long}, {qnat1.label} {qnat1},
per [[visita dermatologica]] (nevo atipico dorso).
Recapito del paziente: {qtel1}, {qaddr1}.
Cordiali saluti, dott. {qper3.last}
""",
        (("it_IT", 3), ("it_CH", 1)),
        ("IT", "CH"),
    ),
    T(
        "ref-nl",
        "referral letter",
        """Verwijsbrief huisarts
Patiënt: {qper1.initials} {qper1.last}   geb. {qdob1.dash}
BSN: {qnat1.nl}
Adres: {qaddr1}
Verwezen naar: [[orthopedie]], i.v.m. [[gonartrose]] rechts
Huisarts: {qper2.full}, AGB-code {qlic1}, tel. {qtel1}
""",
        (("nl_NL", 3), ("nl_BE", 1)),
    ),
    T(
        "lab-cbc",
        "lab report",
        """LABORATORY REPORT            Collected {qdate1.mon}  Reported {qdate2.mon}
Patient .... {qper1.caps_last_first}     Sex F   DOB {qdob1.mon}
Lab no ..... {qref1}            MRN {qmrn1}
Ordering ... {qper2.initials_caps_last}

[[Haemoglobin]]        [[98 g/L]]        L   (115-165)
[[White cell count]]   [[11.2 x10^9/L]]  H   (4.0-11.0)
[[Platelets]]          [[412 x10^9/L]]   H   (150-400)
[[Ferritin]]           [[9 ug/L]]        L
Comment: iron deficiency pattern; phoned to {qper2.last} at {qtel1}
""",
    ),
    T(
        "lab-hl7",
        "lab report",
        """MSH|^~\\&|LIS|CENTRAL LAB|EHR|WARD|{qdate1.hl7}||ORU^R01|{qref1}|P|2.3
PID|||{qmrn1}||{qper1.caps_last}^{qper1.caps_first}^^^^||{qdob1.hl7}|M|||{qaddr1}
OBR|1||{qref2}|[[GLU^Glucose fasting]]|||{qdate1.hl7}
OBX|1|NM|[[GLU]]||[[7.4]]|[[mmol/L]]|3.9-5.5|H
OBX|2|NM|[[HBA1C]]||[[62]]|[[mmol/mol]]|20-42|H
""",
    ),
    T(
        "lab-pt",
        "lab report",
        """Boletim de análises clínicas
Utente: {qper1.full}    N.º utente: {qplan1}
Data de nascimento: {qdob1.eu}   NIF {qnat1.pt}
Colheita: {qdate1.eu}
[[Creatinina]] [[1.4 mg/dL]]   [[TFG]] [[48 mL/min]]
Médico requisitante: {qper2.full}
""",
        (("pt_PT", 3), ("pt_BR", 1)),
        ("PT",),
    ),
    T(
        "path-biopsy",
        "pathology report",
        """SURGICAL PATHOLOGY
Accession {qref1}        Received {qdate1.en}
Patient: {qper1.last_first_initial}  Age: {qage1}  MRN: {qmrn1}
Surgeon: {qper2.full}
Specimen: [[left breast, core biopsy]]
Diagnosis: [[invasive ductal carcinoma, grade 2]]; [[ER positive]], [[HER2 negative]]
Pathologist: {qper3.first_last}, signed {qdate2.en}
""",
    ),
    T(
        "path-sv",
        "pathology report",
        """PAD-svar
Patient: {qper1.last_first}   {qnat1.label} {qnat1}
Remiss från {qper2.full}, vårdcentralen i {qtown1}
Material: [[hudexcision, rygg]]
Diagnos: [[basalcellscancer, radikalt exciderad]]
Besvarat {qdate1.iso} av {qper3.last_initials}
""",
        (("sv_SE", 1),),
        ("SE",),
    ),
    T(
        "rx-us",
        "prescription",
        """Rx
{qper1.full}    DOB {qdob1.usshort}
{qaddr1}
[[Oxycodone 5 mg tablets]] — #20 (twenty), 1 tab q6h prn pain
Refills: 0
Prescriber: {qper2.first_last}, MD   DEA-registered, NPI {qlic1.npi}
Date {qdate1.usshort}   Pharmacy fax {qfax1}
""",
        (("en_US", 1),),
    ),
    T(
        "rx-pl",
        "prescription",
        """RECEPTA
Pacjent: {qper1.first_last}
Adres: {qaddr1}
PESEL: {qnat1.pl}
Rp. [[Amoxicillinum 1 g]] 2 x dziennie przez 7 dni
Data wystawienia: {qdate1.long}
Lekarz: {qper2.full}, nr prawa wykonywania zawodu {qlic1}
""",
        (("pl_PL", 1),),
    ),
    T(
        "rx-erx-json",
        "prescription",
        """{"resourceType": "MedicationRequest",
 "status": "active",
 "medicationCodeableConcept": {"text": "[[Levothyroxine 75 microgram tablet]]"},
 "subject": {"identifier": "{qmrn1}", "display": "{qper1.full}"},
 "authoredOn": "{qdate1.iso}",
 "requester": {"display": "{qper2.last_first}"}}
""",
    ),
    T(
        "vax-card",
        "vaccination record",
        """IMMUNISATION RECORD
Name: {qper1.first_caps_last}     Born: {qdob1.uk}
Health card: {qplan1}
[[MMR]] dose 2 ......... given {qdate1.uk}   lot {qref1}
[[Tdap]] ............... given {qdate2.uk}   lot {qref2}
Administered by {qper2.initial_last}, {qtown1} community clinic
""",
    ),
    T(
        "vax-yellow",
        "vaccination record",
        """ICVP (yellow card) — transcription of page 3
This is to certify that {qper1.caps_full}
date of birth {qdob1.mon}, nationality document {qpass1}
has been vaccinated against [[Yellow fever]] on {qdate1.mon}
Signature of clinician: {qper2.full}
Official stamp of the administering centre: {qtown1}
""",
    ),
    T(
        "adt-a04",
        "HL7 ADT message",
        """MSH|^~\\&|ADMIT|EAST|HIS|EAST|{qdate1.hl7}||ADT^A04|{qref1}|P|2.5.1
EVN|A04|{qdate1.hl7}
PID|1||{qmrn1}^^^EAST^MR~{qnat1}^^^SS^SS||{qper1.caps_last}^{qper1.caps_first}||{qdob1.hl7}|F||||||{qtel1.e164}
NK1|1|{qper2.caps_last}^{qper2.caps_first}|[[SPO^Spouse]]|{qaddr1}|{qtel2.e164}
PV1|1|O|[[CLINIC^ENDO]]
IN1|1|[[PLAN01]]|||||||||||||||||||||||||||||||||||{qplan1}
""",
        (("en_US", 1),),
        ("US",),
    ),
    T(
        "adt-a08",
        "HL7 ADT message",
        """MSH|^~\\&|PAS|WEST|LAB|WEST|{qdate1.hl7}||ADT^A08|{qref1}|P|2.4
PID|1||{qmrn1}^^^WEST||{qper1.caps_last}^{qper1.caps_first}||{qdob1.hl7}|M|||{qaddr1}^^{qtown1}||^PRN^PH^^^^^^^^^{qtel1}|||||{qacct1}
PD1|||[[GP PRACTICE]]^^{qref2}|{qlic1}^{qper2.caps_last}
""",
    ),
    T(
        "fhir-patient",
        "FHIR Patient resource",
        """{
  "resourceType" : "Patient",
  "identifier": [{"system": "urn:mrn", "value": "{qmrn1}"},
                 {"system": "urn:national", "value": "{qnat1}"}],
  "name": [{"given": ["{qper1.first}"], "family": "{qper1.last}", "prefix": ["[[Ms]]"]}],
  "telecom": [{"system": "phone", "value": "{qtel1.e164}"},
              {"system": "email", "value": "{qmail1}"}],
  "birthDate": "{qdob1.iso}",
  "address": [{"type": "physical", "line": ["{qaddr1.street}"], "postalCode": "{qpost1}"}],
  "photo": [{"url": "{qphoto1}"}]
}
""",
    ),
    T(
        "fhir-device",
        "FHIR Device resource",
        """{"resourceType": "Device",
 "udiCarrier": [{"carrierHRF": "{qdev1.udi}"}],
 "serialNumber": "{qdev2.sn}",
 "type": {"text": "[[Insulin pump]]"},
 "patient": {"reference": "Patient/{qmrn1}", "display": "{qper1.full}"},
 "note": [{"text": "paired with phone {qmac1}, last sync {qdate1.stamp} from {qip1}"}]}
""",
    ),
    T(
        "fhir-encounter",
        "FHIR Encounter resource",
        """resourceType: Encounter
status: finished
class: [[AMB]]
subject:
  display: {qper1.last_first}
  identifier: {qmrn1}
period:
  start: {qdate1.iso}
participant:
  - individual: {qper2.first_last}
serviceProvider: clinic in {qtown1}
reasonCode: [[Z00.00 general adult medical examination]]
""",
    ),
    T(
        "nurse-handover",
        "nursing handover",
        """SBAR handover, bay 3
S: {qper1.first_last} ({qage1}), post-op day 1 [[total knee replacement]]
B: lives with wife {qper2.first} at {qaddr1}; NOK number {qtel1}
A: [[NEWS2 score 3]], pain controlled on [[PCA morphine]]
R: mobilise with physio; daughter {qper3.full} visiting after 6pm
Handed over by {qper4.first_initial} to {qper5.first_initial}
""",
    ),
    T(
        "nurse-fr",
        "nursing handover",
        """Transmissions ciblées — nuit du {qdate1.eu}
Chambre 214 : M. {qper1.caps_last} {qper1.first}, {qage1} ans
Cible : [[douleur]] — EVA 6, [[paracétamol 1 g]] IV à 2h
Famille : sa fille {qper2.full} a appelé du {qtel1}
IDE : {qper3.first}
""",
        FR,
    ),
    T(
        "ems-run",
        "ambulance run sheet",
        """EMS PATIENT CARE REPORT   Incident {qref1}
Dispatched {qdate1.stamp}   Unit M-14
Scene: {qaddr1}  ({qgeo1})
Pt: {qper1.caps_last_first}, approx age {qage1}, no ID; neighbour {qper2.full} identified
Chief complaint: [[chest pain]]; [[12-lead ECG]]: [[STEMI inferior]]
Tx: [[aspirin 324 mg PO]], [[nitroglycerin 0.4 mg SL]]
Transported to cath lab; crew {qper3.initial_last} / {qper4.initial_last}
""",
    ),
    T(
        "ems-de",
        "ambulance run sheet",
        """RD-Protokoll (Notfalleinsatz), Seite 1
Einsatznummer: {qref1}    Datum: {qdate1.eu}
Einsatzort: {qaddr1}
GPS: {qgeo1.dms}
Patient: {qper1.last_first}, geb. {qdob1.eu}
Krankenkasse / Versichertennummer: {qplan1}
Diagnose: [[Hypoglykämie]], BZ [[38 mg/dl]], [[Glucose 40 %]] i.v.
Notarzt: {qper2.full}
""",
        DE,
    ),
    T(
        "pharm-log",
        "pharmacy dispensing log",
        """DISPENSING LOG — controlled drugs
date       | patient              | address           | item                 | prescriber
{qdate1.iso} | {qper1.last_first} | {qaddr1} | [[Methadone 1mg/ml 100ml]] | {qper2.initial_last}
{qdate2.iso} | {qper3.last_first} | {qaddr2} | [[Diazepam 5mg x28]]        | {qper4.initial_last}
collected by ID check: {qlic1}
""",
    ),
    T(
        "tele-log",
        "telehealth session log",
        """session_id={qref1} start={qdate1.stamp} patient="{qper1.full}" patient_ip={qip1}
clinician="{qper2.first_last}" clinician_ip={qip2.priv} codec=[[VP8]] duration=[[00:14:32]]
consent_recorded=true callback={qtel1}
device_mac={qmac1}
""",
    ),
    T(
        "consent",
        "consent form",
        """CONSENT TO [[COLONOSCOPY]] UNDER [[SEDATION]]
I, {qper1.full}, born {qdob1.en}, of {qaddr1},
agree to the procedure explained to me by {qper2.first_last}.
Interpreter used: {qper3.full} (language: [[Tigrinya]])
Signed on {qdate1.en}. Witness: {qper4.first_last}
""",
    ),
    T(
        "death-cert",
        "death certificate",
        """Cause-of-death certificate (MCCD) — copy for registrar
Name of deceased: {qper1.caps_full}
Date of death: {qdate1.long}    Age: {qage1}
Place of death: {qaddr1}
I(a) [[bronchopneumonia]]   I(b) [[Alzheimer's disease]]
Certifying practitioner: {qper2.full}, registration {qlic1}
Informant: {qper3.first_last}, {qtel1}
""",
    ),
    T(
        "birth-reg",
        "birth registration",
        """BIRTH REGISTRATION (draft)
Child: {qper1.first} {qper2.last}    born {qdate1.long} at {qtown1}
Mother: {qper3.last_first}, {qnat1.label} {qnat1}, date of birth {qdob1.eu}
Father: {qper2.last_first}, {qnat2.label} {qnat2}
Usual address: {qaddr1}
Registrar: {qper4.initial_last}
""",
    ),
    T(
        "dental-chart",
        "dental chart",
        """Odontogram notes — {qper1.last_first} ({qdob1.ukkid})
Recall due {qdate1.uk}
[[16 MOD amalgam]] sound; [[36 distal caries]] — plan [[composite]]
Guardian contact: {qper2.full}, {qtel1}
Dentist: {qper3.initials}, GDC {qlic1}
""",
    ),
    T(
        "eye-exam",
        "optometry record",
        """Eye examination — {qdate1.dash}
Patient {qper1.full}, {qage1} y
[[VA R 6/12 L 6/9]]; [[IOP 24/22 mmHg]] — refer ?[[glaucoma]]
Driving licence seen: {qlic1}
Referred to {qper2.first_last}, ophthalmology, {qtown1}
""",
    ),
]

# --- Money ---------------------------------------------------------------------------------
TEMPLATES += [
    T(
        "mt103",
        "SWIFT payment message",
        """{1:F01BANKDEFFXXXX}{2:I103BANKGB2LXXXXN}
:20:{qref1}
:23B:[[CRED]]
:32A:{qdate1.hl7}[[EUR]]12500,00
:50K:/{qiban1}
{qper1.caps_full}
{qaddr1.caps}
:59:/{qiban2}
{qper2.caps_full}
:70:INVOICE {qref2}
:71A:[[SHA]]
""",
    ),
    T(
        "sepa-csv",
        "SEPA credit transfer batch",
        """EndToEndId,Creditor,CreditorIBAN,Amount,Currency,Remittance,ExecutionDate
{qref1},{qper1.caps_last_first_all},{qiban1},240.00,[[EUR]],rent,{qdate1.iso}
{qref2},{qper2.caps_last_first_all},{qiban2},89.90,[[EUR]],physio,{qdate1.iso}
{qref3},{qper3.caps_last_first_all},{qiban3},1500.00,[[EUR]],deposit,{qdate1.iso}
""",
    ),
    T(
        "statement",
        "bank statement",
        """STATEMENT OF ACCOUNT
{qper1.caps}
{qaddr1.lines}
Account {qacct1}      IBAN {qiban1}
Period {qdate1.uk} - {qdate2.uk}

{qdate1.uk}  CARD {qcard1}  [[GROCERY]]            -54.10
{qdate3.uk}  FPS FROM {qper2.caps_last}            +300.00
{qdate2.uk}  [[STANDING ORDER]] RENT                -950.00
""",
    ),
    T(
        "loan-app",
        "loan application",
        """PERSONAL LOAN APPLICATION
1. Applicant: {qper1.last_first}
2. Date of birth: {qdob1.en}        3. {qnat1.label}: {qnat1}
4. Address: {qaddr1}   Years at address: 6
5. Employer: [[self-employed]]     Monthly income: 4,200
6. Co-applicant: {qper2.full}, {qtel1}
7. Salary account: {qacct1}
Declaration signed {qdate1.en}
""",
        (("en_US", 2), ("en_CA", 1), ("en_AU", 1), ("en_NZ", 1)),
        ("US", "CA", "AU"),
    ),
    T(
        "card-dispute",
        "card dispute form",
        """Formulario de reclamación de cargos
Titular: {qper1.full}
Tarjeta: {qcard1}
Fecha de la operación: {qdate1.eu}   Importe: 329,00 [[EUR]]
Motivo: [[mercancía no recibida]]
Teléfono: {qtel1}   Correo: {qmail1}
""",
        ES,
    ),
    T(
        "payroll",
        "payroll record",
        """PAYSLIP   period ending {qdate1.uk}
Employee: {qper1.caps_last_first}   Employee no {qref1}
{qnat1.label}: {qnat1}
Tax code [[1257L]]
Basic pay 2,950.00   [[Income tax]] 380.40   [[National Insurance]] 240.12
Paid to sort code/account {qacct1.uk}
""",
        (("en_GB", 1),),
        ("GB", "IE"),
    ),
    T(
        "invoice",
        "invoice",
        """RECHNUNG Nr. {qref1}
an: {qper1.full}
{qaddr1.lines}
Leistungsdatum: {qdate1.eu}
Pos. 1  [[Physiotherapie KG]] 6 x 28,50
Bitte überweisen Sie auf {qiban1}
Steuernummer der Praxis {qper2.last}: {qnat1.de}
""",
        DE,
    ),
    T(
        "receipt-pos",
        "payment receipt",
        """*** CUSTOMER COPY ***
MERCHANT: [[PHARMACY]] {qtown1}
CARD: {qcard1}
AUTH: {qref1}   {qdate1.stamp}
[[CONTACTLESS]] APPROVED
CARDHOLDER: {qper1.caps_last_first_all}
""",
    ),
    T(
        "crypto-aml",
        "AML alert",
        """AML ALERT {qref1}  rule: [[structuring below threshold]]
customer {qper1.first_last} ({qmail1}), {qnat1.label} {qnat1}
12 cash deposits between {qdate1.iso} and {qdate2.iso} into {qacct1}
linked login IPs: {qip1}, {qip2.v6}
recommendation: [[escalate to MLRO]] ({qper2.initial_last})
""",
    ),
]

# --- Law, police, government ---------------------------------------------------------------
TEMPLATES += [
    T(
        "police",
        "police incident report",
        """INCIDENT REPORT  #{qref1}
Reported: {qdate1.stamp}
Location: {qaddr1}  (grid {qgeo1.dec})
Complainant: {qper1.last_first}, DOB {qdob1.us}, cell {qtel1}
Suspect: {qper2.caps_full}, DL {qlic1}, vehicle {qveh1} ({qveh2.vin})
Narrative: complainant states suspect [[shoplifting]] and left in vehicle toward {qtown1}.
Officer {qper3.caps_last}
""",
    ),
    T(
        "court",
        "court filing",
        """IN THE COUNTY COURT
Case No. {qref1}
{qper1.caps_full}, Claimant
v.
{qper2.caps_full}, Defendant

WITNESS STATEMENT of {qper3.full}, of {qaddr1}
1. I have known the Claimant since {qdate1.en}.
2. On {qdate2.en} I saw the Defendant at [[the premises]].
[[Statement of truth]]: I believe the facts stated are true.
""",
    ),
    T(
        "traffic",
        "traffic citation",
        """NOTICE OF INTENDED PROSECUTION
Vehicle registration: {qveh1.plate}
Registered keeper: {qper1.caps_last_first}, {qaddr1}
Offence: [[exceeding 30 mph limit]], recorded 41 mph
Date/time: {qdate1.stamp}   Camera site near {qtown1} ({qgeo1})
Driver details to be returned by {qdate2.uk}
""",
        (("en_GB", 3), ("en_IE", 1)),
    ),
    T(
        "visa-app",
        "visa application",
        """VISA APPLICATION FORM (Schengen)
1. Surname: {qper1.caps_last}        3. First name(s): {qper1.caps_first}
4. Date of birth: {qdob1.eu}      5. Place of birth: {qtown1}
13) Passport / travel doc no. {qpass1}
17. Home address: {qaddr1}   e-mail {qmail1}   tel {qtel1.intl}
31. Inviting person: {qper2.full}, {qaddr2}
[[Type of visa: C]]  [[Number of entries: multiple]]
Fingerprints collected: ref {qbio1}
""",
    ),
    T(
        "customs",
        "customs declaration",
        """CN 23 — declaration for customs (parcel)
Sender: {qper1.full}, {qaddr1}, {qtel1}
Addressee: {qper2.full}, {qaddr2}
Contents: [[medicines]] ([[insulin pens x 10]]) — value 120 [[USD]]
Importer's tax ref: {qnat1}
Signed by sender on {qdate1.uk}
""",
    ),
    T(
        "immigration",
        "residence permit record",
        """Antrag: Verlängerung des Aufenthaltstitels
Antragsteller/in: {qper1.last_first}
Staatsangehörigkeit lt. Pass Nr. {qpass1}
Geburtsdatum: {qdob1.eu}
Wohnanschrift: {qaddr1}
Fingerabdruck-Datensatz: {qbio1}
Lichtbild: {qphoto1}
Sachbearbeitung: {qper2.initial_last}, [[Ausländerbehörde]]
""",
        DE,
    ),
    T(
        "tenancy",
        "tenancy agreement",
        """AST — tenancy agreement for a dwelling-house
Landlord: {qper1.full}, of {qaddr1}
Tenant(s): {qper2.full} and {qper3.full}
Property: {qaddr2}
Term: 12 months from {qdate1.long}
Rent paid monthly to {qacct1.uk}
Deposit protected under scheme ref {qref1}
""",
        (("en_GB", 1),),
    ),
    T(
        "probate",
        "probate notice",
        """NOTICE TO CREDITORS
Estate of {qper1.caps_full}, deceased, late of {qaddr1},
who died on {qdate1.en} aged {qage1}.
Claims to the executor {qper2.full}, {qmail1}, by {qdate2.en}.
[[Trustee Act 1925 s.27]]
""",
    ),
    T(
        "gdpr-dsar",
        "data subject access request",
        """Subject: Data subject access request ([[Art. 15 GDPR]])

To whom it may concern,
I, {qper1.full}, customer number {qacct1}, request a copy of all personal data you hold
about me, including call recordings linked to {qtel1} and device logs for {qmac1}.
Please reply to {qmail1} or by post to {qaddr1}.
Date of birth for verification: {qdob1.eu}
""",
    ),
]

# --- Travel and hospitality ----------------------------------------------------------------
TEMPLATES += [
    T(
        "pnr",
        "airline booking",
        """RP/{qref1}/
  1.{qper1.caps_last}/{qper1.caps_first} MRS  2.{qper2.caps_last}/{qper2.caps_first} MR
  3  [[LH 401 Y]] {qdate1.mon} FRAJFK HK2
  4 APE {qmail1}
  5 APM {qtel1.e164}
  6 SSR DOCS YY HK1/P/{qpass1}/{qdob1.mon}/F/{qper1.caps_last}/{qper1.caps_first}
  7 SSR [[WCHR]] YY HK1/P1
  8 FP CC{qcard1}
""",
    ),
    T(
        "hotel",
        "hotel registration card",
        """HOTEL REGISTRATION
Guest: {qper1.last_first}     Room 512
Arrival {qdate1.eu}   Departure {qdate2.eu}
Passport/ID: {qpass1}    Nationality: see document
Home address: {qaddr1}
Mobile: {qtel1}   E-mail: {qmail1}
Vehicle plate: {qveh1.plate}
Guarantee: card {qcard1}
[[Breakfast included]]
""",
    ),
    T(
        "car-rental",
        "car rental agreement",
        """RENTAL AGREEMENT {qref1}
Renter: {qper1.full}   licence {qlic1}
Additional driver: {qper2.full}   licence {qlic2}
Vehicle: {qveh1.vin} / plate {qveh2.plate}
Pick-up {qdate1.stamp} — {qtown1} airport
[[Fuel policy: full-to-full]]   [[CDW accepted]]
Deposit on {qcard1}
""",
    ),
    T(
        "boarding",
        "boarding pass data",
        """M1{qper1.caps_last}/{qper1.caps_first}  E{qref1} LHRDXB[[EK 0008]] 141Y042A0001 100
passenger dob {qdob1.iso}, frequent flyer {qacct1}
""",
    ),
    T(
        "lost-prop",
        "lost property report",
        """Lost property — rail
Owner: {qper1.first_last}, {qtel1}
Item: [[black rucksack]] containing laptop (MAC {qmac1}) and passport {qpass1}
Lost on {qdate1.long} between {qtown1} and {qtown2}
Return address: {qaddr1}
""",
    ),
]

# --- IT, logs and devices ------------------------------------------------------------------
TEMPLATES += [
    T(
        "helpdesk",
        "IT helpdesk ticket",
        """Ticket {qref1} | Priority P3 | Opened {qdate1.stamp}
Requester: {qper1.last_first}, reachable on {qtel1}
Summary: laptop won't join [[eduroam]]
Asset tag {qdev1.sn}, Wi-Fi MAC {qmac1}, last IP {qip1.priv}
Work notes ({qper2.first_initial}): reissued cert; user to bring device to room 2.14.
""",
    ),
    T(
        "vpn-log",
        "authentication log",
        """{qdate1.stamp} sshd[2211]: Accepted publickey for {qper1.handle} from {qip1} port 51514
{qdate1.stamp} vpn-gw: user={qmail1} assigned={qip2.priv} client_mac={qmac1}
{qdate2.stamp} vpn-gw: user={qmail1} [[MFA push approved]] device={qdev1.imei}
{qdate2.stamp} sshd[2290]: Failed password for {qper2.handle_under} from {qip3.v6} port 40022
""",
    ),
    T(
        "mdm-inventory",
        "device inventory export",
        """"Device","Serial","IMEI","Wi-Fi MAC","Assigned to","Enrolled"
"[[iPhone 14]]","{qdev1.sn}","{qdev2.imei}","{qmac1}","{qper1.last_first}","{qdate1.iso}"
"[[Galaxy Tab S8]]","{qdev3.sn}","{qdev4.imei}","{qmac2}","{qper2.last_first}","{qdate2.iso}"
""",
    ),
    T(
        "web-access",
        "web server access log",
        """{qip1} - {qper1.handle} [{qdate1.stamp}] "GET /portal/records?patient={qmrn1} HTTP/1.1" 200 5120 "{qurl1}"
{qip2} - - [{qdate2.stamp}] "POST /login HTTP/1.1" 302 0 "-" "[[Mozilla/5.0]]"
""",  # noqa: E501
    ),
    T(
        "iot-pump",
        "medical device event log",
        """INFUSION PUMP EVENT LOG
Pump S/N {qdev1.sn}   UDI {qdev2.udi}   MAC {qmac1}
Patient ID {qmrn1} ({qper1.caps_last})
{qdate1.stamp}  [[OCCLUSION DOWNSTREAM]] alarm
{qdate1.stamp}  rate [[4.0 mL/h]] [[heparin 25000 units/250 mL]]
Cleared by {qper2.initials}
""",
    ),
    T(
        "cgm-share",
        "device data share",
        """Your [[CGM]] data is now shared
Follower: {qper1.first_last} ({qmail1})
Sensor serial: {qdev1}
Transmitter: {qdev2.sn}
Shared from phone {qtel1} on {qdate1.en}
Open the dashboard: {qurl1}
""",
    ),
    T(
        "sim-swap",
        "telecom account change",
        """SIM swap request — retail store {qtown1}
Account holder: {qper1.full}, {qaddr1}
MSISDN: {qtel1.intl}
Old SIM ICC: {qdev1.sn}   New handset IMEI {qdev2.imei}
ID shown: {qlic1} (driving licence)
Agent {qper2.first_initial} — [[one-time PIN verified]]
""",
    ),
    T(
        "cctv",
        "CCTV request",
        """Request for CCTV footage (subject access)
Requester: {qper1.full}, DOB {qdob1.uk}, {qtel1}
Camera location: {qgeo1}
Time window: {qdate1.stamp}
Description: [[wearing red coat]], with {qper2.first}
Photo supplied for identification: {qphoto1}
""",
    ),
    T(
        "biometric-enrol",
        "biometric enrolment record",
        """BIOMETRIC ENROLMENT
Subject: {qper1.caps_last_first}   Born {qdob1.mon}
Fingerprint template ID: {qbio1}
Iris template ID: {qbio2}
Facial image: {qphoto1}
Enrolment station IP {qip1}, operator {qper2.handle}
[[Quality score: 87]]
""",
    ),
]

# --- E-mail, letters, messages ---------------------------------------------------------------
TEMPLATES += [
    T(
        "thread-clinic",
        "e-mail thread",
        """From: {qper1.full} {qmail1}
Sent: {qdate1.en}
To: {qper2.full}
Subject: RE: RE: results for {qper3.last_first}

{qper2.first} — the [[troponin]] came back negative, happy for discharge.
{qper1.first}

--- earlier in this thread ---
From: {qper2.full} {qmail2}
Sent: {qdate2.en}
Can you chase the bloods on MRN {qmrn1}? Family ({qtel1}) asking.
""",
    ),
    T(
        "thread-hr",
        "e-mail thread",
        """| On {qdate1.en}, {qper1.first_last} wrote:
| Could payroll update my bank details? New account {qiban1}.
| Also my address changed to {qaddr1}.

Hi {qper1.first}, done — effective next run. For security we've texted {qtel1}.
Regards, {qper2.full} | [[People Operations]]
""",
    ),
    T(
        "sms-remind",
        "appointment reminder SMS",
        """[{qdate1.usshort}] Reminder: {qper1.first}, your [[MRI scan]] is tomorrow at 08:40.
Reply Y to confirm. Questions? {qtel1}. Ref {qref1}
""",
    ),
    T(
        "sms-otp",
        "SMS log",
        """to={qtel1.e164} from=[[BANK]] body="Code for card {qcard1} at {qtown1}"
to={qtel2.e164} from=[[CLINIC]] body="Hi {qper1.first}, results ready: {qurl1}"
""",
    ),
    T(
        "complaint",
        "complaint letter",
        """{qaddr1.lines}
{qdate1.long}

Patient Advice and Liaison Service

Dear Sir or Madam,
I write about the care my father, {qper1.full} ({qage1}), received on ward 9 on
{qdate2.long}. He was left without [[pain relief]] for hours. His hospital number is
{qmrn1}. Please reply to me, {qper2.full}, at {qmail1}.
""",
    ),
    T(
        "voicemail",
        "voicemail transcription",
        """Voicemail from {qtel1} — {qdate1.stamp} — transcribed automatically
"hi it's um {qper1.lower} calling about my mother {qper2.lower} she was born on
{qdob1.en} and her [[blood pressure tablets]] ran out can someone call back on
{qtel2} thanks"
""",
    ),
    T(
        "letter-ko",
        "patient letter",
        """{qper1.full} 님께
{qaddr1}

[[정기 검진]] 결과를 알려드립니다. 진료일: {qdate1.iso}
환자번호: {qmrn1}
{qnat1.label}: {qnat1.kr}
문의: {qtel1}
담당의 {qper2.full}
""",
        (("ko_KR", 1),),
        ("KR",),
    ),
    T(
        "letter-ru",
        "patient letter",
        """Уважаемый(ая) {qper1.full}!
Ваша запись на [[УЗИ брюшной полости]] подтверждена: {qdate1.eu}.
Полис ОМС: {qplan1}
Адрес: {qaddr1}
Телефон для справок: {qtel1}
Врач: {qper2.last_first}
""",
        (("ru_RU", 3), ("uk_UA", 1), ("bg_BG", 1)),
    ),
    T(
        "letter-zh",
        "patient letter",
        """尊敬的 {qper1.full}：
您的[[体检报告]]已生成。
病历号：{qmrn1}
{qnat1.label}：{qnat1.cn}
联系电话：{qtel1}
地址：{qaddr1}
医生：{qper2.full}　日期：{qdate1.cjk}
""",
        (("zh_CN", 3), ("zh_TW", 1)),
        ("CN",),
    ),
    T(
        "letter-he",
        "patient letter",
        """לכבוד {qper1.full}
הנדון: [[תוצאות בדיקת דם]]
מספר תיק: {qmrn1}   {qnat1.label} {qnat1.il}
כתובת: {qaddr1}
טלפון: {qtel1}
ד"ר {qper2.last}, {qdate1.eu}
""",
        (("he_IL", 1),),
        ("IL",),
    ),
]

# --- Work, school, everyday life -------------------------------------------------------------
TEMPLATES += [
    T(
        "onboard",
        "new starter form",
        """NEW STARTER DETAILS
Legal name: {qper1.last_first_middle}   Preferred: {qper1.first}
Home: {qaddr1}
Personal e-mail: {qmail1}   Mobile: {qtel1}
{qnat1.label}: {qnat1}
Bank: {qiban1}
Emergency contact: {qper2.full} ([[spouse]]) {qtel2}
Start date: {qdate1.iso}
""",
    ),
    T(
        "incident-work",
        "workplace incident report",
        """RIDDOR-style incident form
Injured person: {qper1.caps}   Age {qage1}
Date/time: {qdate1.stamp}   Site: warehouse, {qaddr1}
What happened: [[forklift]] reversed into racking; [[laceration to left forearm]]
First aider: {qper2.full}   Witness: {qper3.full}
Vehicle/asset: {qveh1.plate}
""",
    ),
    T(
        "background",
        "background check report",
        """BACKGROUND SCREENING — CONFIDENTIAL
Candidate: {qper1.full}
Aliases: {qper1.initials_caps_last}
DOB: {qdob1.us}  SSN: {qnat1.us}
Address history: {qaddr1}; previously {qaddr2}
Driver record: licence {qlic1}, [[no violations]]
Criminal search: [[no records found]]
Report ID {qref1}, completed {qdate1.us}
""",
        (("en_US", 1),),
        ("US",),
    ),
    T(
        "school",
        "school enrolment form",
        """Inscription scolaire — année en cours
Élève : {qper1.caps_last} {qper1.first}, né(e) le {qdob1.eukid}
Responsable légal 1 : {qper2.full}, {qtel1}, {qmail1}
Responsable légal 2 : {qper3.full}, {qtel2}
Adresse : {qaddr1}
[[PAI asthme]] : oui — [[salbutamol]] à l'infirmerie
""",
        FR,
    ),
    T(
        "gym",
        "membership record",
        """MEMBER PROFILE
Member: {qper1.first_last}  #{qacct1}
Born {qdob1.uk}; photo on file {qphoto1}
Direct debit from {qiban1}
Access card serial {qdev1.sn}
[[PAR-Q]]: declared [[hypertension]]
""",
    ),
    T(
        "delivery",
        "delivery note",
        """DELIVERY NOTE  {qref1}
Deliver to: {qper1.full}
{qaddr1.lines}
Phone: {qtel1}
Contents: [[home oxygen concentrator]] serial {qdev1.sn}
Delivered {qdate1.stamp}, signed by {qper2.first_initial}, GPS {qgeo1}
""",
    ),
    T(
        "utility",
        "utility bill",
        """ELECTRICITY BILL
Account holder: {qper1.caps}
Supply address: {qaddr1.caps}
Account number: {qacct1}
Billing period {qdate1.eu} - {qdate2.eu}
[[Priority Services Register]]: yes (medical equipment)
Payment by direct debit from {qiban1}
""",
    ),
    T(
        "mobile-contract",
        "mobile phone contract",
        """Contrato de línea móvil
Titular: {qper1.full}   {qnat1.label}: {qnat1}
Número asignado: {qtel1}
Terminal: IMEI {qdev1.imei}
Domiciliación: {qiban1}
Fecha de alta: {qdate1.eu}
[[Permanencia: 12 meses]]
""",
        ES,
        ("ES",),
    ),
    T(
        "parking",
        "parking permit application",
        """Resident parking permit
Applicant {qper1.last_first}, {qaddr1}
Vehicle registration {qveh1.plate}; V5C keeper {qper2.full}
Blue badge no. {qref1} ([[disabled person's parking]])
Permit valid from {qdate1.uk}
""",
        (("en_GB", 1),),
    ),
]

# --- More of the types, from other countries and systems --------------------------
TEMPLATES += [
    T(
        "clin-tr",
        "clinical note",
        """POLİKLİNİK MUAYENE NOTU
Hasta: {qper1.full}   T.C. Kimlik No: {qnat1.tr}
Doğum tarihi: {qdob1.eu}   Protokol no: {qmrn1}
Şikayet: [[öksürük]], [[ateş]] 3 gündür
Tedavi: [[amoksisilin 1000 mg]] 2x1
Hekim: Dr. {qper2.full}   Tel: {qtel1}
""",
        (("tr_TR", 1),),
    ),
    T(
        "clin-th",
        "clinical note",
        """บันทึกการตรวจผู้ป่วยนอก
ชื่อ {qper1.full}   HN {qmrn1}
วันที่ {qdate1.iso}
อาการ: [[ไข้เลือดออก]] สงสัย
แพทย์ {qper2.full}
โทร {qtel1}
""",
        (("th_TH", 1),),
    ),
    T(
        "clin-el",
        "clinical note",
        """ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ
Ασθενής: {qper1.last_first}
ΑΜΚΑ: {qnat1.gr}
Ημ. γέννησης: {qdob1.eu}
Διάγνωση: [[σακχαρώδης διαβήτης τύπου 2]]
Θεράπων ιατρός: {qper2.full}, τηλ. {qtel1}
""",
        (("el_GR", 3), ("el_CY", 1)),
    ),
    T(
        "clin-ed-triage",
        "clinical note",
        """ED TRIAGE  {qdate1.stamp}
NAME {qper1.caps_last_first}  AGE {qage1}  SEX M
ARRIVED BY [[ambulance]] FROM {qaddr1}
PRESENTING: [[fall]], [[head strike]], on [[apixaban]]
[[GCS 14]]  [[HR 96]]  [[BP 168/90]]
TRIAGE CAT [[2]]  NURSE {qper2.caps_last}
NOK: {qper3.first_last} {qtel1}
""",
    ),
    T(
        "dis-pl",
        "discharge summary",
        """KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Pacjent: {qper1.last_first}   PESEL: {qnat1.pl}
Adres: {qaddr1}
Przyjęty: {qdate1.eu}   Wypisany: {qdate2.eu}
Rozpoznanie: [[zapalenie trzustki]] (K85)
Zalecenia: dieta, [[pantoprazol 40 mg]]
Lekarz prowadzący: {qper2.full}
""",
        (("pl_PL", 1),),
    ),
    T(
        "dis-ocr",
        "discharge summary",
        """D1SCHARGE  SUMMARY  (scan, p.1)
Narne ..... {qper1.caps_last_first}
DOB ...... {qdob1.uk}      Unit No ..... {qmrn1}
Adm1tted .. {qdate1.uk}    Disch ....... {qdate2.uk}
Dx: [[left lower lobe pneumonia]] / [[COPD exacerbation]]
GP: Dr {qper2.last}, surgery in {qtown1}; fax {qfax1}
""",
    ),
    T(
        "rad-report-fi",
        "radiology request",
        """LÄHETE — [[thoraxin natiivi-TT]]
Potilas: {qper1.last_first}   {qnat1.label}: {qnat1.fi}
Osoite: {qaddr1}
Lähettävä lääkäri: {qper2.full}
Kysymys: [[keuhkoembolia?]]   Kreatiniini [[88 µmol/l]]
Päivämäärä: {qdate1.eu}
""",
        (("fi_FI", 1),),
        ("FI",),
    ),
    T(
        "claim-ehic",
        "insurance claim",
        """Demande de remboursement de soins reçus à l'étranger
Assuré : {qper1.full}   {qnat1.label} : {qnat1.fr}
Carte européenne n° {qplan1}
Soins reçus le {qdate1.eu} à {qtown1} : [[consultation]], [[radiographie]]
Remboursement sur {qiban1}
Signature : {qper1.last}
""",
        FR,
        ("FR",),
    ),
    T(
        "claim-pet-no",
        "insurance claim",
        """Skademelding — reiseforsikring
Forsikringstaker: {qper1.full}
{qnat1.label}: {qnat1.no}
Polisenummer: {qplan1}
Skadedato: {qdate1.eu}   Sted: {qtown1}
Beskrivelse: [[stjålet bagasje]]
Kontonummer for utbetaling: {qacct1.bban}
""",
        (("no_NO", 1),),
        ("NO",),
    ),
    T(
        "kyc-in",
        "KYC review",
        """e-KYC VERIFICATION SUMMARY
Customer: {qper1.caps_full}
Aadhaar (masked on screen, full in audit): {qnat1.in}
Mobile linked: {qtel1}
Address as per document: {qaddr1}
Face match score [[0.94]] against {qphoto1}
Account opened: {qacct1}   on {qdate1.dash}
""",
        (("en_IN", 3), ("hi_IN", 1), ("ta_IN", 1)),
    ),
    T(
        "kyc-br",
        "KYC review",
        """Cadastro de cliente — revisão PLD
Nome: {qper1.full}   CPF: {qnat1.br}
Nascimento: {qdob1.eu}
Endereço: {qaddr1}   CEP {qpost1}
Celular: {qtel1}
Chave Pix (e-mail): {qmail1}
[[Risco: médio]]  Analista {qper2.first}
""",
        (("pt_BR", 1),),
    ),
    T(
        "fraud-atm",
        "fraud case",
        """Case {qref1}: ATM skimming cluster
Affected: {qper1.last_first} (card {qcard1}), {qper2.last_first} (card {qcard2})
Terminal at {qgeo1}; compromised {qdate1.iso} - {qdate2.iso}
Suspect vehicle {qveh1.plate} seen on footage
[[Card scheme notified]]
""",
    ),
    T(
        "fraud-za",
        "fraud case",
        """Fraud desk note — {qdate1.iso}
Caller claimed to be {qper1.full}, ID {qnat1.za}, phoning from {qtel1}
Real client reached on registered number {qtel2}; denies call.
Attempted EFT to {qacct1} blocked. [[SAFPS listing requested]]
""",
        (("zu_ZA", 1),),
    ),
    T(
        "hr-leave-form-sv",
        "HR leave request",
        """Ansökan om ledighet
Namn: {qper1.full}   {qnat1.label}: {qnat1.se}
Typ: [[föräldraledighet]]
Period: {qdate1.iso} – {qdate2.iso}
Chef: {qper2.full}
Telefon: {qtel1}
""",
        (("sv_SE", 1),),
        ("SE",),
    ),
    T(
        "hr-leave-sms",
        "HR leave request",
        """text from {qtel1} to rota line, {qdate1.usshort}:
hey its {qper1.first} {qper1.last_initial} from night shift — need [[compassionate leave]]
wed-fri, grandma {qper2.full} passed. my supervisor {qper3.first} knows
""",
    ),
    T(
        "chat-bank-es",
        "chat transcript",
        """Asistente: Hola, ¿me confirma su nombre completo?
Cliente: {qper1.full}
Asistente: Gracias. ¿Y su {qnat1.label}?
Cliente: {qnat1}
Asistente: Veo un cargo en la tarjeta {qcard1} del {qdate1.eu}. ¿Lo reconoce?
Cliente: no, yo estaba en {qtown1}
Asistente: [[Tarjeta bloqueada]]. Le enviamos una nueva a {qaddr1}.
""",
        ES,
        ("ES", "AR", "CL"),
    ),
    T(
        "chat-slack",
        "chat transcript",
        """#ward-7-coordination
@{qper1.handle}  11:02  bed 4 — {qper2.initial_last} needs [[PICC line]] today
@{qper3.handle_dash}  11:05  IR slot at 14:00. her phone {qtel1}, daughter {qper4.first} will come
@{qper1.handle}  11:06  also MRN {qmrn1} has an allergy to [[penicillin]]
""",
    ),
    T(
        "chat-ar",
        "chat transcript",
        """المريض: مرحبا، أنا {qper1.full}
الممرضة: أهلا، ما هو رقم الملف؟
المريض: {qmrn1}
الممرضة: موعدك يوم {qdate1.iso} مع الدكتور {qper2.last}
المريض: رقمي {qtel1}
""",
        (("ar_EG", 1), ("ar_JO", 1), ("ar_AE", 1)),
    ),
    T(
        "chat-vi",
        "chat transcript",
        """[Zalo] {qper1.full}: bác sĩ ơi, con tôi bị [[sốt]] từ hôm qua
[Zalo] Phòng khám: anh/chị cho xin ngày sinh của bé
[Zalo] {qper1.full}: {qdob1.eukid}, tên bé là {qper2.full}
[Zalo] Phòng khám: mời đến khám lúc 9h, địa chỉ gửi tới {qmail1}
""",
        (("vi_VN", 1),),
    ),
]

# --- Research, care and cover --------------------------------------------------------------
TEMPLATES += [
    T(
        "trial",
        "clinical trial enrolment log",
        """SCREENING & ENROLMENT LOG — protocol [[ONC-2231]]
Subj ID | Initials | Full name (site file only) | DOB | Consent date | Status
{qref1} | {qper1.initials_nodot_last} | {qper1.full} | {qdob1.mon} | {qdate1.mon} | [[RANDOMISED]]
{qref2} | {qper2.initials_nodot_last} | {qper2.full} | {qdob2.mon} | {qdate2.mon} | [[SCREEN FAIL]]
Site PI: {qper3.full}   Monitor e-mail: {qmail1}
""",
    ),
    T(
        "donor",
        "blood donor record",
        """Donor: {qper1.last_first}   Donor no. {qref1}
Born {qdob1.eu}   Blood group [[O Rh(D) negative]]
Last donation {qdate1.eu} at mobile session, {qtown1}
[[Haemoglobin 142 g/L]] — accepted
Contact: {qtel1} / {qmail1}
""",
    ),
    T(
        "genetic",
        "genetic test report",
        """GENOMIC TESTING REPORT
Proband: {qper1.full}  (DOB {qdob1.iso}, MRN {qmrn1})
Sample ID {qbio1}   received {qdate1.iso}
Result: [[BRCA2 c.5946delT]] — [[pathogenic]]
Cascade testing offered to sister {qper2.full} ({qtel1}) and brother {qper3.full}
Genetic counsellor: {qper4.first_last}
""",
    ),
    T(
        "care-home",
        "care home admission",
        """ADMISSION ASSESSMENT — residential care
Resident: {qper1.first_last} ("{qper1.first}"), aged {qage1.en}
Previous address: {qaddr1}
Lasting power of attorney: {qper2.full}, {qtel1}, {qmail1}
GP: {qper3.full}
[[Waterlow score 16]]; [[DNACPR in place]]
Hearing aid serials: {qdev1.sn}, {qdev2.sn}
""",
    ),
    T(
        "social-care",
        "social services assessment",
        """Needs assessment (Care Act) — {qdate1.long}
Person: {qper1.full}, {qage1}, lives at {qaddr1}
Informal carer: {qper2.full} (neighbour), {qtel1}
Outcomes: [[personal care twice daily]], [[meals on wheels]]
Social worker: {qper3.first_last}; case {qref1}
""",
    ),
    T(
        "policy-schedule",
        "insurance policy schedule",
        """POLICY SCHEDULE — private medical insurance
Policy number {qplan1}   Renewal {qdate1.en}
Policyholder: {qper1.full}, {qaddr1}
Insured lives:
  {qper1.full}  born {qdob1.en}   member {qplan2}
  {qper2.full}  born {qdob2.en}   member {qplan3}
[[Excess: 250]] [[Outpatient limit: 1,000]]
Premium collected from {qacct1}
""",
    ),
    T(
        "life-claim-de",
        "insurance claim",
        """Leistungsantrag Berufsunfähigkeit
Versicherungsnehmer: {qper1.full}, geb. {qdob1.long}
Vertragsnummer: {qplan1}
Behandelnde Ärztin: {qper2.full}, {qaddr1}
Diagnose laut Attest: [[lumbale Spinalkanalstenose]]
Auszahlung auf IBAN {qiban1}
Ort, Datum: {qtown1}, {qdate1.eu}
""",
        DE,
    ),
    T(
        "pharmacy-card",
        "prescription benefit card",
        """[[PRESCRIPTION BENEFITS]]   [[PCN MEDDPRIME]]
Member: {qper1.caps}
Member ID: {qplan1}
Group: [[RX4421]]
Issued {qdate1.us}   Customer service {qtel1}
""",
        (("en_US", 1),),
    ),
    T(
        "adoption",
        "foster care placement record",
        """PLACEMENT RECORD (restricted)
Child: {qper1.first_last}, born {qdob1.ukkid}
Birth mother: {qper2.full}; birth father: {qper3.full}
Foster carers: {qper4.full} and {qper5.full}, {qaddr1}
Placed on {qdate1.uk}; [[contact supervised fortnightly]]
Allocated worker phone {qtel1}
""",
    ),
    T(
        "vet",
        "veterinary record",
        """Patient: "Biscuit" ([[Labrador]], 9 y)
Owner: {qper1.last_first}, {qaddr1}, {qtel1}
Microchip: {qdev1.sn}
Seen {qdate1.uk}: [[otitis externa]], [[Surolan]] drops
Vet: {qper2.initial_last}
""",
    ),
    T(
        "funeral",
        "funeral arrangement form",
        """Funeral arrangements
Deceased: {qper1.full}, died {qdate1.long} aged {qage1}
Applicant (next of kin): {qper2.full}, {qaddr1}, {qtel1}
Service at {qtown1} crematorium on {qdate2.long}
[[Cremation form 4]] completed by {qper3.full}
""",
    ),
    T(
        "id-scan",
        "identity card scan",
        """-- OCR of identity card, front --
NAME/NOM {qper1.caps_last}
GIVEN NAMES/PRÉNOMS {qper1.caps_first}
DATE 0F BIRTH {qdob1.eu}   PLACE {qtown1}
PERSONAL N0. {qnat1}
D0CUMENT N0. {qpass1}
-- back --
ADDRESS {qaddr1.caps}
""",
    ),
    T(
        "exam-registration",
        "exam registration",
        """Candidate registration
Candidate: {qper1.full}  Candidate no. {qref1}
Date of birth: {qdob1.en}
[[Access arrangements: 25% extra time]] (dyslexia report by {qper2.full})
Login for results: {qurl1} from registered IP {qip1}
""",
    ),
]

LOCALES = (
    ("en_US", 6), ("en_GB", 4), ("en_CA", 2), ("en_AU", 2), ("en_IE", 1), ("en_IN", 2),
    ("en_NZ", 1), ("en_NG", 1), ("en_KE", 1), ("en_PH", 1), ("de_DE", 2), ("de_AT", 1),
    ("de_CH", 1), ("fr_FR", 2), ("fr_BE", 1), ("fr_CA", 1), ("fr_CH", 1), ("es_ES", 2),
    ("es_MX", 1), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1), ("it_IT", 2), ("pt_PT", 1),
    ("pt_BR", 2), ("nl_NL", 1), ("nl_BE", 1), ("pl_PL", 1), ("cs_CZ", 1), ("sk_SK", 1),
    ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1), ("bg_BG", 1), ("ru_RU", 1),
    ("uk_UA", 1), ("el_GR", 1), ("tr_TR", 1), ("sv_SE", 1), ("no_NO", 1), ("da_DK", 1),
    ("fi_FI", 1), ("is_IS", 1), ("et_EE", 1), ("lt_LT", 1), ("lv_LV", 1), ("ja_JP", 1),
    ("zh_CN", 1), ("zh_TW", 1), ("ko_KR", 1), ("th_TH", 1), ("vi_VN", 1), ("id_ID", 1),
    ("hi_IN", 1), ("ar_SA", 1), ("ar_EG", 1), ("he_IL", 1), ("fa_IR", 1), ("ka_GE", 1),
    ("hy_AM", 1), ("az_AZ", 1), ("ga_IE", 1), ("sq_AL", 1), ("mt_MT", 1), ("zu_ZA", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "AF", "AL", "AR", "BD", "BR", "CM", "CO", "DZ", "EG", "ET", "GH", "GR", "HT", "ID", "IN",
    "IQ", "IR", "JM", "MA", "MX", "MY", "NG", "PH", "PL", "PT", "SA", "TR", "US", "ZA", "HU",
)  # fmt: skip

SPLIT = Split(
    name="heldout_q",
    templates=TEMPLATES,
    seeds=range(84320001, 84320401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=(
        "US",
        "GB",
        "DE",
        "FR",
        "ES",
        "NL",
        "BE",
        "PL",
        "SE",
        "NO",
        "FI",
        "PT",
        "BR",
        "CL",
        "AR",
        "CN",
        "IN",
        "ZA",
        "TR",
        "CZ",
        "RO",
        "BG",
        "EE",
        "LT",
        "IS",
        "CA",
        "AU",
        "IE",
        "IL",
        "HR",
        "GR",
        "CH",
        "AT",
        "KR",
    ),
    shapes={
        # The generator's own shape slots (check_split wants them; Q's templates use none).
        "mrn": ("Q#######",),
        "plan": ("QP########",),
        "claim": ("QC########",),
        "account": ("##########",),
        "licence": ("QL#######",),
        "reg": ("QR######",),
        "cert": ("QT######",),
        "serial": ("QS########",),
        # Q's record, licence, account and device numbers.
        "qmrn": ("########", "??######", "H#######", "E##-###-####", "#### ### ###", "K#######"),
        "qplan": ("???#########", "W#########", "#########-##", "ZH#######", "?##########"),
        "qref": ("#########", "CL-####-#####", "??-########", "####/#####", "INC#######"),
        "qbio": ("FP-########", "BIO#########", "IRIS-??####-##", "####-????-####"),
        "qacct": ("########", "##########", "###-######-#", "####-####-####"),
        "qlic": ("?#######", "???##??#?#", "#########", "??########", "?###-####-####"),
        "qdev": ("SN??#####", "#??########", "??##-####-####", "A#########", "###?####"),
    },
    date_formats=("%Y-%m-%d",),
    compound_surname=0.08,
)
