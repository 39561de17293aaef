"""Split I: held out in session 24, run once there and reported; DEV-side since session 25.

Session 25 reads I's leaks by value and tunes on them (as on D to H), so I no longer
measures generalisation: held-out J (heldout_j_templates.py), written before that tuning by
an author barred from I, does. What follows is how I was written: in session 24, by an
author barred from the redactor, its notes and every other split's templates.

The slots are held-out I's own (i_forms.SLOTS); the documents are modelled on how each
kind of record looks where it is kept (clinics, laboratories, banks, insurers, courts,
schools, payroll, call centres, message exports), in English and in the languages of some
of the countries whose records they are.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.world_names import world_names

DE = (("de_DE", 5), ("de_AT", 2), ("de_CH", 2))
FR = (("fr_FR", 5), ("fr_BE", 2), ("fr_CH", 1), ("fr_CA", 2))
ES = (("es_ES", 4), ("es_MX", 3), ("es_AR", 2), ("es_CO", 2), ("es_CL", 2))
IT = (("it_IT", 1),)
PL = (("pl_PL", 1),)
NL = (("nl_NL", 3), ("nl_BE", 2))
PT = (("pt_BR", 3), ("pt_PT", 2))
NORDIC = (("sv_SE", 2), ("da_DK", 2), ("no_NO", 2), ("fi_FI", 2))
US = (("en_US", 1),)
UK = (("en_GB", 3), ("en_IE", 1))
SLAVIC = (("ru_RU", 2), ("uk_UA", 2), ("bg_BG", 1))
ASIA = (("zh_CN", 2), ("ja_JP", 2), ("vi_VN", 2), ("id_ID", 1), ("fil_PH", 1))


def t(tid: str, doc_type: str, text: str, locales: tuple = (), ids: tuple = ()) -> Template:
    return Template(f"i-{tid}", doc_type, text.strip("\n"), locales=locales, id_countries=ids)


CLINICAL = [
    t(
        "clin-soap",
        "clinical note",
        """
S: {indiv1.first} is a pleasant {elder1} yo presenting w/ 3d productive cough. Lives alone at
{resid1.usunit}; daughter {indiv2.first_last} checks in daily ({voice1.us}).
O: T 38.1, SpO2 93% RA. Crackles R base. CXR ordered.
A: [[community-acquired pneumonia]], r/o [[sepsis]]. CURB-65 = 2.
P: [[amoxicillin-clavulanate]] 875 mg BID x7d, recheck {visit1.us}.
-- {indiv3.initials}, MD (NPI {permit1.npi})
""",
        US,
    ),
    t(
        "clin-consult",
        "clinical note",
        """
CONSULTATION — CARDIOLOGY
Pt: {indiv1.caps_last_first}    MRN: {chart1.mrn}    DOB: {birth1.us}
Referred by Dr {indiv2.last} for palpitations. Seen together with her husband, Mr. {indiv3.last}.
ECG: [[atrial fibrillation]] with RVR. Started [[apixaban]] 5 mg bd and [[bisoprolol]].
Echo booked. I have written to {indiv2.initial_last} at the practice.
""",
    ),
    t(
        "clin-ed-triage",
        "clinical note",
        """
ED TRIAGE   arr {visit1.stamp}   acuity 3
name: {indiv1.lower}   age/sex: {elder1}/F   NOK {indiv2.full} (son) tel {voice1}
brought in by neighbour from {resid1}
cc: fall at home, ?[[hip fracture]], on [[warfarin]], INR pending
""",
    ),
    t(
        "clin-de-arztbrief",
        "clinical note",
        """
Liebe Frau Kollegin {indiv2.last},

wir berichten über Ihre Patientin {indiv1.full}, geb. {birth1.eu}, wohnhaft {resid1},
die sich am {visit1.eu} in unserer Ambulanz vorstellte. Versichertennr. {policy1}.
Diagnose: [[Diabetes mellitus Typ 2]] ([[E11.9]]). Therapie: [[Metformin]] 1000 mg 1-0-1.

Mit freundlichen kollegialen Grüßen
Dr. med. {indiv3.first_last}, Oberarzt
""",
        DE,
    ),
    t(
        "clin-telehealth",
        "clinical note",
        """
Telehealth video visit (patient at home, clinician on site). Connected from IP {ipaddr1}.
Identity confirmed by patient stating name ({indiv1.first_last}) and DOB ({birth1.iso}).
Interpreter {indiv2.first} (Polish) on line. Mood low, sleep poor; PHQ-9 = 14.
Plan: [[sertraline]] 50 mg, follow-up {visit1.iso}. Callback number {voice1}.
""",
    ),
]

DISCHARGE = [
    t(
        "dc-summary-us",
        "discharge summary",
        """
DISCHARGE SUMMARY
Patient Name: {indiv1.caps_last_comma_first_middle}
Account #: {ledger1.us}     Med Rec #: {chart1.mrn}
Admit: {visit1.us}   Discharge: {visit2.us}
Attending: {indiv2.full}, MD   PCP: {indiv3.initials}
Principal dx: [[NSTEMI]]. Procedures: [[PCI]] to LAD with DES x1.
Discharged to home with wife {indiv4.first}. Home address on file: {resid1.usunit}.
Follow-up: cardiology clinic; call {voice1.us} with chest pain.
""",
        US,
    ),
    t(
        "dc-summary-uk",
        "discharge summary",
        """
Discharge summary for {indiv1.last_first}
NHS No. {ident1}   Hosp No. {chart1.mrn}
Ward 7B, admitted {visit1.eu}, discharged {visit2.eu}
Consultant: Mr {indiv2.initial_last} (GMC {permit1.gmc})
Dx: [[cellulitis]] left leg. IV [[flucloxacillin]] then oral.
GP: Dr {indiv3.last}, {resid1}
TTOs dispensed. District nurse to visit; key safe code held by son {indiv4.first}.
""",
        UK,
        ("GB",),
    ),
    t(
        "dc-fr-compte-rendu",
        "discharge summary",
        """
CRH — COMPTE RENDU DE SÉJOUR (pneumologie)
Patient(e) : {indiv1.caps_last} {indiv1.first}, né(e) le {birth1.eu}
NIR (n° INSEE) : {ident1}
Adresse : {resid1}
Séjour du {visit1.eu} au {visit2.eu} — service de pneumologie.
Diagnostic principal : [[exacerbation de BPCO]]. Traitement de sortie : [[tiotropium]].
Médecin traitant : Dr {indiv2.first_last}. Personne de confiance : {indiv3.full}, tél. {voice1}.
""",
        FR,
        ("FR",),
    ),
    t(
        "dc-es-informe",
        "discharge summary",
        """
INFORME DE ALTA
Paciente: {indiv1.last}, {indiv1.first}   NHC: {chart1.mrn}   {ident1.label}: {ident1}
Fecha de ingreso: {visit1.eu}  Fecha de alta: {visit2.eu}
Domicilio: {resid1}
Juicio clínico: [[colecistitis aguda]]; colecistectomía laparoscópica sin incidencias.
Firmado: Dra. {indiv2.full}, nº colegiado {permit1.board}
""",
        ES,
        ("ES",),
    ),
    t(
        "dc-short",
        "discharge summary",
        """
d/c summ — {indiv1.caps} ({elder1} y/o) — adm {visit1.mil} d/c {visit2.mil}
[[UTI]] w/ delirium, resolved. abx complete. → back to {resid1.street}, care agency to resume.
nok {indiv2.first_last} {voice1} aware. GP letter sent. {indiv3.last_initial} FY2
""",
    ),
]

RADIOLOGY = [
    t(
        "rad-request",
        "radiology request",
        """
IMAGING REQUEST
Exam: [[CT abdomen/pelvis with contrast]]      Priority: urgent
Patient: {indiv1.last_first}   DOB {birth1.us}   MRN {chart1.mrn}
Accession: {chart2.acc}
Clinical history: RLQ pain, raised [[CRP]], ?[[appendicitis]]. eGFR 74.
Requested by: {indiv2.initials}  bleep 4471   Contact: {voice1}
""",
    ),
    t(
        "rad-mri-safety",
        "radiology request",
        """
MRI SAFETY SCREENING
Name {indiv1.caps_last_first}    Weight 71 kg
Implants: yes — cardiac device, serial {implant1}, MR-conditional per card
Device clinic contact: {indiv2.first_last} ({epost1.work})
Screened by radiographer {indiv3.last_initials} on {visit1.iso}
""",
    ),
    t(
        "rad-report",
        "radiology request",
        """
EXAMINATION: [[XR CHEST PA AND LATERAL]]
PATIENT: {indiv1.caret}      ACC#: {chart1.acc}     DATE: {visit1.compact}
COMPARISON: prior from {visit2.us}.
FINDINGS: No focal consolidation. Sternotomy wires intact.
IMPRESSION: [[No acute cardiopulmonary process]].
Electronically signed by {indiv2.full}, MD on {visit3.stamp}
""",
    ),
    t(
        "rad-pl-skierowanie",
        "radiology request",
        """
SKIEROWANIE NA BADANIE USG
Pacjent: {indiv1.full}   PESEL {ident1}
Adres: {resid1}
Rozpoznanie: [[kamica żółciowa]] ([[K80.2]])
Lekarz kierujący: lek. {indiv2.full}, NPWZ {permit1.gmc}
Data: {visit1.eu}
""",
        PL,
        ("PL",),
    ),
]

CLAIMS = [
    t(
        "claim-cms1500",
        "insurance claim",
        """
1a. INSURED'S I.D. NUMBER (For Program in Item 1) {policy1}
2. PATIENT'S NAME (Last, First, MI)   {indiv1.caps_last_comma_first_middle}
3. PATIENT'S BIRTH DATE  {birth1.us}
5. PATIENT'S ADDRESS  {resid1.usunit}
   TELEPHONE {voice1.us}
4. INSURED'S NAME  {indiv2.caps_last_first}
21. DIAGNOSIS  A. [[M54.50]]   B. [[G47.33]]
24D. CPT [[99214]]  [[97110]]
25. FEDERAL TAX I.D. NUMBER  {ident1}
31. SIGNATURE OF PHYSICIAN  {indiv3.first_last}
33. BILLING PROVIDER NPI {permit1.npi}
""",
        US,
        ("US",),
    ),
    t(
        "claim-dental",
        "insurance claim",
        """
DENTAL CLAIM FORM
Subscriber: {indiv1.full}     Subscriber ID: {policy1}
Patient: {indiv2.first} (dependent child)   DOB {birth1.us}
Procedures: [[D1110]] prophylaxis, [[D0274]] bitewings, [[D2392]] posterior composite #19
Treating dentist: {indiv3.caps_last_first}, DDS  License {permit1.board}
Pay to: {ledger1.us}
""",
        US,
    ),
    t(
        "claim-travel",
        "insurance claim",
        """
Travel medical claim — reference {refno1.claim}
Insured traveller: {indiv1.first_last}, passport {travel1}
Incident: slipped on wet tiles at hotel in {hamlet1} on {visit1.eu}; [[distal radius fracture]].
Treating clinic invoice enclosed. Reimburse to IBAN {sepa1}.
Contact while abroad: {voice1} / {epost1}
""",
    ),
    t(
        "claim-auto",
        "insurance claim",
        """
Motor claim — first notification of loss (FNOL)
Policyholder {indiv1.caps_full}  policy {policy1}
Vehicle reg {veh1.plate}   VIN {veh2.vin}
Third party: {indiv2.last_first}, {resid1}, phone {voice1}
Date of loss {visit1}, location: junction near {resid2.street}
Witness: {indiv3.full}
""",
    ),
    t(
        "claim-workcomp",
        "insurance claim",
        """
FIRST REPORT OF WORK INJURY
Employee: {indiv1.last}, {indiv1.first}   Employee No. {refno1.employee}
SSN: {ident1}    Date of injury: {visit1.us}
Home: {resid1.po}
Supervisor: {indiv2.full} ({voice1.us})
Nature: [[lumbar strain]] lifting pallets. Treated at occupational clinic by \
{indiv3.initial_last}, PA-C.
""",
        US,
        ("US",),
    ),
]

KYC = [
    t(
        "kyc-review",
        "KYC review",
        """
KYC PERIODIC REVIEW — retail, enhanced due diligence
Customer: {indiv1.caps_last_first}  (also known as {indiv1.native})
Nationality per passport no. {travel1}; national ID {ident1} ({ident1.label})
DOB {birth1.iso}   Residential address {resid1}
Source of wealth: sale of business; documents sighted.
[[PEP screening]]: no match. [[Adverse media]]: none.
Reviewer: {indiv2.initials}    Approver: {indiv3.last}
""",
        SLAVIC + ASIA + (("en_GB", 3),),
    ),
    t(
        "kyc-corporate",
        "KYC review",
        """
UBO declaration — {hamlet1} branch
Ultimate beneficial owners (>25%):
1) {indiv1.full} — {ident1.label} {ident1} — born {birth1.eu}
2) {indiv2.full} — passport {travel1} — born {birth2.eu}
Registered office: {resid1}
Authorised signatory: {indiv3.caps_last_space_first}; specimen signature on file.
""",
    ),
    t(
        "kyc-video",
        "KYC review",
        """
Video-ident session log
session={refno1.ticket} ip={ipaddr1} device_mac={hwaddr1}
subject_name="{indiv1.first_last}" doc_type=ID_CARD doc_no={ident1}
liveness=PASS face_match=0.97 agent={indiv2.handle}
selfie stored at {href1.photo}
""",
    ),
    t(
        "kyc-br-cadastro",
        "KYC review",
        """
Ficha cadastral — pessoa física
Nome completo: {indiv1.caps_full}
CPF: {ident1}    Data de nascimento: {birth1.eu}
Endereço: {resid1}
Celular: {voice1}    E-mail: {epost1}
Renda declarada compatível. Analista responsável: {indiv2.first_last}
""",
        PT,
        ("BR",),
    ),
]

FRAUD = [
    t(
        "fraud-card",
        "fraud case",
        """
Fraud case {refno1.case} — [[card-not-present]]
Cardholder {indiv1.full} disputes 6 transactions on card {payc1}.
Billing address on file: {resid1}. Shipping address used: {resid2} (not customer's).
Orders placed from IP {ipaddr1}, device fingerprint {implant1}.
Contacted cardholder on {voice1}; confirmed card in possession. Card blocked {visit1}.
Analyst: {indiv2.first_initial}
""",
    ),
    t(
        "fraud-app",
        "fraud case",
        """
APPLICATION FRAUD — synthetic identity suspected
Applicant presented as {indiv1.first_last}, DOB {birth1}, SSN {ident1}.
SSN issued after DOB+18y ([[synthetic identity]] pattern); address {resid1.usunit} is a mail drop.
Linked application: {indiv2.last_first}, same phone {voice1.us}, same email {epost1}.
Loan acct {ledger1.loan} frozen. Referred to {indiv3.caps}.
""",
        US,
        ("US",),
    ),
    t(
        "fraud-mule",
        "fraud case",
        """
Mule account investigation
Receiving account {sepa1}, holder {indiv1.caps_last_first}
Inbound: 14 instant payments from victims incl. {indiv2.full} and {indiv3.last_first}
Outbound: [[crypto exchange]], wallet link {href1}
Account opened online {visit1.iso} from {ipaddr1}. Recommend exit + SAR.
""",
    ),
]

HR = [
    t(
        "hr-leave-form",
        "HR leave request",
        """
LEAVE OF ABSENCE REQUEST FORM (LOA-2)
Employee name: {indiv1.first_last}          Staff ID: {refno1.employee}
Manager: {indiv2.full}
Type: [[Family and Medical Leave]] (continuous)
From {visit1.us} to {visit2.us}
Reason: care for parent ({indiv3.first}, {elder1}) after stroke.
Contact during leave: {voice1}, {epost1}
Approved ☑  HRBP {indiv4.initial_last}
""",
    ),
    t(
        "hr-leave-email",
        "HR leave request",
        """
From: {indiv1.full} <{epost1.work}>
To: HR Shared Services
Subject: [[parental leave]] – {indiv1.last}

Hi, writing to confirm my parental leave starting {visit1.eu}. Baby's expected date was
{visit2.eu}. Partner {indiv2.first_last} is taking the second block. My payroll ref is
{refno1.employee}. Thanks, {indiv1.first}
""",
    ),
    t(
        "hr-nl-verlof",
        "HR leave request",
        """
Verlofaanvraag
Naam medewerker: {indiv1.full}
Personeelsnummer: {refno1.employee}   BSN: {ident1}
Periode: {visit1.eu} t/m {visit2.eu}
Soort verlof: [[zorgverlof]]
Leidinggevende: {indiv2.initials}
""",
        NL,
        ("NL",),
    ),
    t(
        "hr-sick-note",
        "HR leave request",
        """
Fit note summary (occupational health)
{indiv1.first_last} has been assessed and is not fit for work.
Period: {visit1.eu} – {visit2.eu}. Condition: [[lower back pain]].
Assessed by {indiv2.initial_last}, registration {permit1.nurse}.
Employer contact: {indiv3.first} {indiv3.last}, {voice1}.
""",
    ),
]

CHAT = [
    t(
        "chat-support",
        "chat transcript",
        """
[{visit1.stamp}] {indiv1.first}: hi my card got declined at the pharmacy?? ([[3-D Secure]] failed)
[{visit1.stamp}] Agent {indiv2.first_initial}: Sorry to hear that {indiv1.first}! Can you \
confirm the last 4 and your postcode?
[{visit1.stamp}] {indiv1.first}: its the one ending in the number on file, postcode {postal1}
[{visit1.stamp}] Agent {indiv2.first_initial}: Thanks. I see a hold; full number {payc1} \
was flagged. Reissuing.
[{visit1.stamp}] {indiv1.first}: ok send it to {resid1} pls
""",
    ),
    t(
        "chat-whatsapp",
        "chat transcript",
        """
{visit1.eu}, 21:14 - {indiv1.first_last}: Hola, soy la hija de {indiv2.full}
{visit1.eu}, 21:14 - {indiv1.first_last}: mi padre tiene la cita mañana y perdió la \
[[tarjeta sanitaria]]
{visit1.eu}, 21:16 - Clínica: Sin problema, nos puede mandar su número? {policy1}?
{visit1.eu}, 21:17 - {indiv1.first_last}: sí ese es. Mi móvil {voice1}
""",
        ES,
    ),
    t(
        "chat-slack",
        "chat transcript",
        """
#ward-4-handover
{indiv1.handle}  07:02
bed 12 {indiv2.caps_last} still spiking, cultures sent. wife {indiv3.first} asking for \
update on {voice1}
{indiv4.handle_under}  07:05
ok. bed 14 mrn {chart1.mrn} going to [[cath lab]] at 10
{indiv1.handle}  07:06
:thumbsup:
""",
    ),
    t(
        "chat-bot",
        "chat transcript",
        """
BOT: Welcome to the claims assistant. What is your policy number?
USER: {policy1}
BOT: Thanks! And your date of birth?
USER: {birth1.us}
BOT: Hi {indiv1.first_last}. Which claim? We found {refno1.claim} ([[physiotherapy]], \
status: pending).
USER: yes that. also my new address is {resid1}
BOT: Address updated. Confirmation sent to {epost1}.
""",
    ),
]

PHARMACY = [
    t(
        "rx-label",
        "pharmacy record",
        """
Rx# {chart1.rx}        Refills: 2 before {visit1.us}
{indiv1.caps}
{resid1.usunit}
Take 1 tablet by mouth every 12 hours — [[METFORMIN ER 500 MG]] #60
Prescriber: {indiv2.caps_last_first}  DEA {permit1.dea}
Filled {visit2.us} by RPh {indiv3.last_initials}
""",
        US,
    ),
    t(
        "rx-controlled-log",
        "pharmacy record",
        """
CONTROLLED DRUGS REGISTER — [[Oxycodone 5 mg capsules]]
Date        Supplied to                       Prescriber        Qty  Balance
{visit1.eu}  {indiv1.last_first}, {resid1.street}   Dr {indiv2.last}    28   112
ID checked: driving licence {permit1.dl}. Collected by: {indiv3.full} (carer).
""",
        UK,
    ),
    t(
        "rx-it-ricetta",
        "pharmacy record",
        """
RICETTA ELETTRONICA — NRE {refno1.rx}
Assistito: {indiv1.caps_last} {indiv1.caps_first}   C.F. {ident1}
Prescrizione: [[ramipril 5 mg]] cpr, 1 conf.
Medico: dott. {indiv2.full}   Data {visit1.eu}
""",
        IT,
        ("IT",),
    ),
]

LAB = [
    t(
        "lab-report",
        "lab report",
        """
LABORATORY REPORT                         Specimen: {chart1.specimen}
Patient: {indiv1.caret}     DOB: {birth1.iso}     Sex: M
Collected: {visit1.stamp}    Ordering: {indiv2.initials_nodot_last}
[[HbA1c]]            8.4 %       (4.0–5.6)   H
[[Creatinine]]       1.31 mg/dL  (0.7–1.3)   H
[[LDL cholesterol]]  142 mg/dL
Verified by {indiv3.first_initial} MLS
""",
    ),
    t(
        "lab-microbiology",
        "lab report",
        """
MICROBIOLOGY — blood culture set 2 of 2
Name {indiv1.caps_last_first}, ward 9, hosp no {chart1.mrn}
Organism: [[Staphylococcus aureus]] (MSSA). Sensitive: [[flucloxacillin]], [[clindamycin]].
Critical result phoned to Dr {indiv2.last} at {visit1.stamp}, read back confirmed.
""",
    ),
    t(
        "lab-genetics",
        "lab report",
        """
Genetic test report — [[BRCA1/BRCA2]] panel
Proband: {indiv1.full} (DOB {birth1.eu}), family ID {refno1.specimen}
Result: [[c.68_69delAG]] pathogenic variant, heterozygous.
Cascade testing offered to sister {indiv2.first_last} and daughter {indiv3.first}.
Genetic counsellor: {indiv4.full}, {voice1}
""",
    ),
]

PATHOLOGY = [
    t(
        "path-surgical",
        "pathology report",
        """
SURGICAL PATHOLOGY   Case {chart1.acc}
Pt: {indiv1.last_first_middle}   Age: {elder1}   MRN {chart2.mrn}
Specimen: skin, left cheek, excision.
Diagnosis: [[basal cell carcinoma, nodular type]]; margins clear (closest 2 mm).
Pathologist: {indiv2.full}, MD — signed out {visit1.us}
""",
    ),
    t(
        "path-autopsy",
        "pathology report",
        """
POST-MORTEM EXAMINATION REPORT
Deceased: {indiv1.caps_full}   Date of death: {visit1.eu}   Age: {elder1}
Last address: {resid1}
Identified by {indiv2.full} (nephew). Coroner's ref {refno1.case}.
Cause of death: 1a [[ischaemic heart disease]].
""",
    ),
    t(
        "path-cytology",
        "pathology report",
        """
Cervical cytology — {indiv1.initials} ({birth1.eu})  lab no. {chart1.specimen}
Result: [[HPV negative]]; no further action. Recall 5 years.
Sample taker: {indiv2.last}, practice nurse, surgery at {resid1.street}
""",
        UK,
    ),
]

DENTAL = [
    t(
        "dental-chart",
        "dental record",
        """
Dental chart — {indiv1.first_last}   chart# {chart1.mrn}
Medical hx: [[penicillin allergy]], on [[alendronate]] (note: MRONJ risk)
18 missing | 16 MOD amalgam | 26 crown | 36 RCT + crown | 46 [[caries]] distal
Recall {visit1.us}. Emergency contact {indiv2.full} {voice1.us}.
Hygienist: {indiv3.lower_first}
""",
    ),
    t(
        "dental-ortho",
        "dental record",
        """
Orthodontic referral
Child: {indiv1.full}  ({birth1.eu})
Parent/guardian: {indiv2.caps_last_first}
Address: {resid1.lines}
[[IOTN grade 4]]; [[class II div 1]]. Referred by {indiv3.first_last}, GDC {permit1.gmc}
""",
    ),
    t(
        "dental-forensic",
        "dental record",
        """
Forensic odontology comparison — case {refno1.case}
Ante-mortem records obtained from dentist {indiv1.full} for missing person {indiv2.caps_full}
(last seen {visit1.eu}, {hamlet1}). Concordance: 11 points, no discrepancies.
""",
    ),
]

MENTAL = [
    t(
        "mh-intake",
        "mental-health intake",
        """
INTAKE ASSESSMENT — community mental health
Client: {indiv1.first} {indiv1.last} ("{indiv1.lower_first}")   DOB {birth1}
Referred by: GP {indiv2.initial_last}
Presenting: low mood since separation from partner {indiv3.first}. Passive SI, no plan.
Risk: moderate. Safety plan agreed; crisis line given.
Lives at {resid1} with 2 children. Phone {voice1} (ok to leave message: NO)
Meds: [[fluoxetine]] 20 mg. [[GAD-7]] 15, [[PHQ-9]] 19.
""",
    ),
    t(
        "mh-sectioning",
        "mental-health intake",
        """
Application for admission for assessment (s.2)
Patient: {indiv1.caps_last_first}, of {resid1}
Nearest relative: {indiv2.full} (mother), tel {voice1}
AMHP: {indiv3.full}   Recommending doctors: Dr {indiv4.last} and Dr {indiv5.last}
Date/time of application: {visit1.stamp}
""",
        UK,
    ),
    t(
        "mh-therapy-note",
        "mental-health intake",
        """
Session 6. {indiv1.first} arrived late, said bus from {hamlet1}. Discussed conflict with boss
({indiv2.first_last}) and flashbacks. [[EMDR]] phase 3. Homework: grounding log.
Next appt {visit1.us}. — {indiv3.initials}, LCSW #{permit1.board}
""",
    ),
]

AMBULANCE = [
    t(
        "ems-run-sheet",
        "ambulance run sheet",
        """
PATIENT CARE REPORT   Incident #{refno1.case}   Unit M14
Dispatched {visit1.stamp}   Scene: {resid1.usunit}
Pt: {indiv1.last}, {indiv1.first}   Age {elder1}   Wt est 60 kg
CC: SOB. Hx [[CHF]], [[COPD]]. Meds: [[furosemide]], [[tiotropium]].
Vitals 1: BP 168/94 HR 112 RR 28 SpO2 86% → [[CPAP]] 7.5
Transported to ED, report to RN {indiv2.first_initial}; crew: {indiv3.initial_last} / \
{indiv4.initial_last}
Scene GPS {latlon1}
""",
        US,
    ),
    t(
        "ems-handover",
        "ambulance run sheet",
        """
ATMIST handover
A: {elder1}  T: 14:20  M: fall down stairs  I: ?[[NOF]] R, lac scalp
S: GCS 14, BP 132/80  T: IV [[paracetamol]], splint
Name {indiv1.first_last}, lives {resid1}, daughter {indiv2.first} on {voice1}
""",
    ),
    t(
        "ems-de-einsatz",
        "ambulance run sheet",
        """
Einsatzprotokoll RTW 3/83-1
Einsatzort: {resid1}   Koordinaten {latlon1}
Patient: {indiv1.caps_last}, {indiv1.first}   geb. {birth1.eu}
Kostenträger-Nr. {policy1}
Verdachtsdiagnose: [[akutes Koronarsyndrom]]. Notarzt {indiv2.full} nachgefordert.
""",
        DE,
    ),
]

TRIAL = [
    t(
        "crf-demog",
        "clinical-trial CRF",
        """
Protocol ABX-301   Site 014   Subject ID {refno1.subject}
Initials: {indiv1.tight_initials}   Date of birth: {birth1.mil}
Informed consent signed {visit1.mil} by subject; witness {indiv2.first_last}
Visit 3 (Week 12) — [[ALT]] 34 U/L, [[ECG QTcF]] 431 ms
Investigator signature: {indiv3.caps_last_first}   Date {visit2.mil}
""",
    ),
    t(
        "crf-randomisation",
        "clinical-trial CRF",
        """
IWRS randomisation confirmation
Subject {refno1.subject}  ({indiv1.initials_nodot_last})
Kit number assigned: {implant1}   Randomised {visit1.stamp}
Site coordinator {indiv2.full} <{epost1.work}>
""",
    ),
    t(
        "crf-query",
        "clinical-trial CRF",
        """
DATA QUERY 00271 — Subject {refno1.subject}
The source document shows patient name "{indiv1.full}" and hospital number {chart1.mrn};
please redact identifiers before upload and re-enter date of SAE onset ({visit1.iso}).
Raised by CRA {indiv2.first_last}
""",
    ),
]

ADVERSE = [
    t(
        "ae-medwatch",
        "adverse-event report",
        """
MEDWATCH 3500A (summary)
A1. Patient identifier: {indiv1.initials}   A2. Age: {elder1}   A3. Sex: F
B5. Describe event: [[angioedema]] 2 days after starting [[lisinopril]]; ICU 24h.
C. Suspect product: lisinopril 10 mg, lot {implant1}
E. Reporter: {indiv2.full}, {resid1.usunit}, phone {voice1.us}, email {epost1.work}
""",
        US,
    ),
    t(
        "ae-vaccine",
        "adverse-event report",
        """
Vaccine adverse event — yellow card style
Patient: {indiv1.first_last}, DOB {birth1.eu}, NHS {ident1}
Vaccine: [[MMR]] batch {implant1}, given {visit1.eu} at clinic in {hamlet1}
Reaction: febrile seizure, recovered. Reporter: HV {indiv2.full}
""",
        UK,
        ("GB",),
    ),
    t(
        "ae-device",
        "adverse-event report",
        """
Device incident — insulin pump
Pump serial {implant1}   UDI {implant2.udi}
Patient {indiv1.last_first}, pump paired to phone IMEI {implant3.imei}, BT {hwaddr1}
Event: occlusion alarm not raised; [[DKA]] admission {visit1.iso}.
Reported by {indiv2.first_last}, diabetes nurse
""",
    ),
]

APPEAL = [
    t(
        "appeal-letter",
        "insurance appeal",
        """
{visit1.us}

Appeals Department
RE: Member {indiv1.full}, ID {policy1}, claim {refno1.claim}

To whom it may concern,
I am writing on behalf of my patient, {indiv1.first_last} (DOB {birth1.us}), to appeal the denial
of [[adalimumab]] for [[hidradenitis suppurativa]], Hurley stage II. She has failed
[[doxycycline]] and [[clindamycin]]/[[rifampin]].

Sincerely,
{indiv2.full}, MD
NPI {permit1.npi} · {voice1.us} · fax {faxno1.us}
""",
        US,
    ),
    t(
        "appeal-decision",
        "insurance appeal",
        """
INDEPENDENT REVIEW DECISION
Enrollee: {indiv1.caps_last_first}   Medicare ID {policy1.mbi}
Reviewer: {indiv2.initials}, board certified in neurology
Decision: OVERTURNED. [[Botulinum toxin]] for chronic migraine is medically necessary.
Copy to: {resid1}
""",
        US,
    ),
    t(
        "appeal-phone-note",
        "insurance appeal",
        """
Peer-to-peer call {visit1.stamp}: Dr {indiv1.last} (office {voice1}) vs medical director \
{indiv2.first_initial}
Case {refno1.claim} for patient {indiv3.first_last}. Upheld denial of inpatient stay; obs approved.
""",
    ),
]

MORTGAGE = [
    t(
        "mortgage-1003",
        "mortgage file",
        """
UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1
Borrower Name: {indiv1.full}     SSN: {ident1}     DOB: {birth1.us}
Current Address: {resid1.usunit}   Housing: Rent $1,850/mo
Co-Borrower: {indiv2.full}
Employer: Northwind Logistics  Phone {voice1.us}
Loan No. {ledger1.loan}   Property: {resid2.usunit}
""",
        US,
        ("US",),
    ),
    t(
        "mortgage-valuation",
        "mortgage file",
        """
Valuation report for lender — ref {refno1.case}
Applicant(s): {indiv1.last_first} & {indiv2.last_first}
Property: {resid1}  (coordinates {latlon1})
Tenure: leasehold 112 yrs. Valuer: {indiv3.full} MRICS, reg no. {permit1.board}
Inspection {visit1.eu}
""",
        UK,
    ),
    t(
        "mortgage-es-hipoteca",
        "mortgage file",
        """
SOLICITUD DE PRÉSTAMO HIPOTECARIO
Titular 1: {indiv1.full}, {ident1.label} {ident1}, nacido el {birth1.eu}
Titular 2: {indiv2.full}
Domicilio actual: {resid1}
Cuenta de cargo: {sepa1}
Tasación nº {refno1.case}. Notaría de {hamlet1}.
""",
        ES,
        ("ES",),
    ),
]

PAYMENTS = [
    t(
        "swift-mt103",
        "wire transfer",
        """
{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:
:20:{refno1.ticket}
:23B:CRED
:32A:240612EUR12500,00
:50K:/{sepa1}
{indiv1.swift}
{resid1.caps}
:59:/{sepa2}
{indiv2.swift}
:70:INVOICE 2024-117 RENT
:71A:SHA
-}
""",
    ),
    t(
        "wire-us-form",
        "wire transfer",
        """
OUTGOING DOMESTIC WIRE REQUEST
Originator: {indiv1.caps_last_first}   Acct {ledger1.us}
Beneficiary: {indiv2.full}   Acct {ledger2.us}   ABA 021000021
Beneficiary address: {resid1.usunit}
Amount $48,200.00 — purpose: home purchase closing
Callback verification to {voice1.us} by {indiv3.first_initial} at {visit1.stamp}
""",
        US,
    ),
    t(
        "sepa-xml",
        "SEPA payment",
        """
<CdtTrfTxInf>
  <PmtId><EndToEndId>{refno1.ticket}</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">740.00</InstdAmt></Amt>
  <Cdtr><Nm>{indiv1.ascii}</Nm><PstlAdr><Ctry>DE</Ctry><AdrLine>{resid1}</AdrLine></PstlAdr></Cdtr>
  <CdtrAcct><Id><IBAN>{sepa1}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Miete {indiv2.last}</Ustrd></RmtInf>
</CdtTrfTxInf>
""",
        DE,
    ),
    t(
        "sepa-statement",
        "SEPA payment",
        """
Buchungstag  Wertstellung  Verwendungszweck                               Betrag
{visit1.eu}    {visit2.eu}     SEPA-Lastschrift {indiv1.caps_full} IBAN {sepa1}     -89,90
{visit3.eu}    {visit3.eu}     Gutschrift von {indiv2.last_space_first}                    1.250,00
Kontoinhaber: {indiv3.full}
""",
        DE,
    ),
]

AML = [
    t(
        "aml-alert",
        "AML alert",
        """
ALERT {refno1.aml}   Scenario: [[rapid movement of funds]]   Score 87
Focal party: {indiv1.caps_last_first} (cust since {visit1.iso})
Counterparties: {indiv2.full} [{sepa1}], {indiv3.full} [{ledger1}]
Cash deposits at branches in {hamlet1} and {hamlet2} just under threshold.
Disposition: escalate to L2 — {indiv4.initials}
""",
    ),
    t(
        "aml-sar-narrative",
        "AML alert",
        """
[[SAR]] narrative (draft). Subject {indiv1.full}, DOB {birth1.us}, SSN {ident1}, of {resid1.usunit},
used personal account {ledger1.us} to receive 31 P2P transfers from unrelated individuals and
immediately withdraw cash. Subject's phone {voice1.us} and email {epost1} were also listed on
account {ledger2.us} held by {indiv2.first_last}. Prepared by {indiv3.first_last}.
""",
        US,
        ("US",),
    ),
    t(
        "aml-sanctions",
        "AML alert",
        """
[[Sanctions screening]] hit — [[false positive]]
Customer {indiv1.slash} (DOB {birth1.mil}, passport {travel1})
Matched list entry differs in year of birth and nationality. Cleared by \
{indiv2.last_tight_initials}.
""",
        (*SLAVIC, ("tr_TR", 2), ("en_GB", 2)),
    ),
]

PAYROLL = [
    t(
        "payroll-slip",
        "payroll record",
        """
PAYSLIP  period 06    Employee {refno1.employee}   Tax code 1257L   {ident1.label} {ident1}
{indiv1.caps_last_first}
{resid1.lines}
Basic 3,125.00   Overtime 212.40   PAYE -498.20   NI -221.93   Pension -156.25
Net pay to account ending — sort 40-11-62 acct {ledger1.uk}
""",
        (("en_IE", 1),),
        ("IE",),
    ),
    t(
        "payroll-w4",
        "payroll record",
        """
Form W-4 (summary entered by payroll)
(a) First name and middle initial: {indiv1.first}   Last name: {indiv1.last}
(b) Social security number: {ident1}
Address: {resid1.usunit}
Filing status: [[Married filing jointly]]. Direct deposit: routing 111000025, account {ledger1.us}
Processed by {indiv2.handle} on {visit1.us}
""",
        US,
        ("US",),
    ),
    t(
        "payroll-garnish",
        "payroll record",
        """
[[Income withholding order]] received for {indiv1.full} (emp {refno1.employee}).
Case no. {refno2.case}. Obligee: {indiv2.full}. Remit to state disbursement unit.
Start with pay date {visit1.us}.
""",
    ),
]

IMMIGRATION = [
    t(
        "imm-visa-file",
        "immigration file",
        """
VISA APPLICATION — [[Skilled Worker]]
Applicant: {indiv1.caps_last}, {indiv1.first}   ({indiv1.native})
Passport: {travel1}    Application ref: {refno1.visa}
DOB: {birth1.mil}   Place of birth (town): {hamlet1}
UK address: {resid1}
Sponsor licence holder contact: {indiv2.full}, {epost1.work}
Biometrics enrolled {visit1.eu}
""",
        SLAVIC + ASIA + (("en_IN", 3), ("tr_TR", 1)),
    ),
    t(
        "imm-i130",
        "immigration file",
        """
[[Petition for Alien Relative]] — case notes
Petitioner: {indiv1.full}, SSN {ident1}, {resid1.usunit}
Beneficiary: {indiv2.last_first} (spouse), receipt no. {refno1.visa}, passport {travel1}
Marriage date {visit1.us}. Interview scheduled; attorney {indiv3.full} ({voice1.us}).
""",
        US,
        ("US",),
    ),
    t(
        "imm-asylum",
        "immigration file",
        """
Screening interview record
Interviewee stated name as {indiv1.first_last}, also spelled {indiv1.ascii}.
Claims to have left {hamlet1} on {visit1.eu}; brother {indiv2.first} remains there.
Phone seized: IMEI {implant1.imei}. Interpreter: {indiv3.full}.
Case ID {refno1.visa}
""",
    ),
]

COURT = [
    t(
        "court-caption",
        "court record",
        """
IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT
Case No. {refno1.case}
{indiv1.caps_full}, Petitioner,
v.
{indiv2.caps_full}, Respondent.
ORDER ON [[TEMPORARY CUSTODY]]
The minor child, {indiv3.initials} (born {birth1.us}), shall reside with Petitioner at
{resid1.usunit}. Done and ordered on {visit1.us}.
{indiv4.full}, Circuit Judge
""",
        US,
    ),
    t(
        "court-fr-jugement",
        "court record",
        """
TRIBUNAL JUDICIAIRE — RG n° {refno1.case}
ENTRE : M. {indiv1.caps_last} {indiv1.first}, demeurant {resid1}
ET : Mme {indiv2.caps_last} {indiv2.first}, née le {birth1.eu}
Le tribunal, après en avoir délibéré, fixe la contribution à l'entretien de l'enfant.
Greffier : {indiv3.full}
""",
        FR,
    ),
    t(
        "court-docket-csv",
        "court record",
        """
case_no,party_role,party_name,dob,attorney,next_hearing
{refno1.case},defendant,"{indiv1.last_first}",{birth1.iso},{indiv2.full},{visit1.iso}
{refno1.case},victim,"{indiv3.last_first}",,{indiv4.full},{visit1.iso}
""",
    ),
]

POLICE = [
    t(
        "police-incident",
        "police report",
        """
INCIDENT REPORT   IR {refno1.case}
Reporting officer: PC {indiv1.initial_last} #4471
Victim: {indiv2.caps_last_first}, DOB {birth1.eu}, of {resid1}, mobile {voice1}
Suspect described as male, 30s. Vehicle seen: {veh1.plate}
Witness: {indiv3.full}, {resid2}
Offence: [[theft from the person]]. Property stolen: phone IMEI {implant1.imei}, bank card {payc1}
""",
    ),
    t(
        "police-traffic",
        "police report",
        """
TRAFFIC COLLISION REPORT
Driver 1: {indiv1.last_first}  DL# {permit1.dl}  Veh VIN {veh1.vin}
Driver 2: {indiv2.last_first}  DL# {permit2.dl}  Plate {veh2.plate}
Location {latlon1}, near {resid1.street}
Date/time {visit1.stamp}. Ped injured: {indiv3.first_last}, age {elder1}.
""",
        US,
    ),
    t(
        "police-statement",
        "police report",
        """
WITNESS STATEMENT
I, {indiv1.full}, of {resid1}, born {birth1.eu}, make this statement.
On {visit1.eu} at about 22:30 I saw a man I know as "{indiv2.lower_first}" kick the door of
number 14. I later heard {indiv3.first_last} shouting.
Signed: {indiv1.first_initial}     Witnessed: DC {indiv4.last}
""",
        UK,
    ),
]

SCHOOL = [
    t(
        "school-iep",
        "school record",
        """
INDIVIDUALIZED EDUCATION PROGRAM
Student: {indiv1.first_last}   Student ID {refno1.student}   DOB {birth1.us}   Grade 4
Parent/Guardian: {indiv2.full}   Phone {voice1.us}   Email {epost1}
Disability category: [[Specific Learning Disability]] (reading)
Case manager: {indiv3.initial_last}   Annual review {visit1.us}
""",
        US,
    ),
    t(
        "school-safeguarding",
        "school record",
        """
Safeguarding concern log
Pupil: {indiv1.caps_last_first} (Yr 8)   UPN {refno1.student}
[[Section 47]] concern raised by {indiv2.first_last} (form tutor) on {visit1.eu}: bruising \
to forearm.
Pupil said mum's partner "{indiv3.first}" grabbed her. DSL {indiv4.full} informed; MASH referral.
Home address: {resid1}
""",
        UK,
    ),
    t(
        "school-transcript",
        "school record",
        """
OFFICIAL TRANSCRIPT
Name: {indiv1.caps_full}    ID: {refno1.student}    Birthdate: {birth1.iso}
Program: BSc Nursing    Entered: {visit1.iso}
[[NUR 210 Pathophysiology]] A-   [[NUR 220 Pharmacology]] B+
Registrar: {indiv2.first_last}
""",
    ),
]

SOCIAL = [
    t(
        "social-assessment",
        "social-care record",
        """
Care Act assessment
Person: {indiv1.full} ({elder1})    Record no. {refno1.case}
Lives alone, {resid1}. Daughter {indiv2.full} lives in {hamlet1}, visits weekly.
Needs: washing, meals, medication prompts ([[donepezil]]). Lifeline pendant fitted.
Worker: {indiv3.first_last}   Date {visit1.eu}
""",
        UK,
    ),
    t(
        "social-child-visit",
        "social-care record",
        """
Home visit — {visit1.stamp}
Present: {indiv1.first} (mother), {indiv2.first} (age 3), {indiv3.first} (age 6 mths)
Flat at {resid1} clean; food in fridge. Father {indiv4.full} not present, whereabouts unknown.
Next visit in 10 days. SW {indiv5.initials}
""",
    ),
    t(
        "social-benefits",
        "social-care record",
        """
Benefits claim check
Claimant: {indiv1.last_first}   {ident1.label}: {ident1}
Appointee: {indiv2.full}, bank {ledger1}
Address confirmed by council tax record: {resid1}
""",
    ),
]

CALL = [
    t(
        "call-centre-log",
        "call-centre log",
        """
CALL LOG   agent={indiv1.handle_initial}   queue=BILLING   start={visit1.stamp}
ANI {voice1}  verified: name + DOB + postcode
Caller: {indiv2.first_last} (account holder), acct {ledger1}
Reason: [[charge dispute]] on card {payc1}; caller says husband {indiv3.first} made the purchase.
Wrap: credit issued, callback scheduled on {voice2}.
""",
    ),
    t(
        "call-nurse-line",
        "call-centre log",
        """
Nurse advice line — {visit1.stamp}
Caller {indiv1.full} re: son {indiv2.first} ({birth1.eu}), fever 39.4, rash non-blanching??
→ 999/911 advised; ambulance dispatched to {resid1}. Caller's number {voice1}.
Nurse {indiv3.last_initial}
""",
    ),
    t(
        "call-transcript-asr",
        "call-centre log",
        """
[agent] thank you for calling can i take your full name please
[caller] yeah its {indiv1.lower} l-a-s-t name spelled out as on the card
[agent] and the first line of the address
[caller] {resid1.street}
[agent] date of birth
[caller] {birth1.us}
[agent] thanks {indiv1.lower_first} im seeing the policy {policy1} here
""",
    ),
]

EMAIL = [
    t(
        "email-thread",
        "e-mail thread",
        """
From: "{indiv1.last_first}" <{epost1}>
Sent: {visit1.stamp}
To: "{indiv2.first_last}" <{epost2.work}>
Cc: {indiv3.full}
Subject: RE: RE: your mother's results

{indiv2.first}, thanks for calling back. Mum ({indiv4.full}, DOB {birth1.eu}) is in room 4.
Her hospital number is {chart1.mrn} if the ward asks.

> On {visit2.eu}, {indiv2.first_last} wrote:
> Could you send me the patient details so I can pull the record?

--
{indiv1.first} {indiv1.last} | {voice1}
""",
    ),
    t(
        "email-outlook-caps",
        "e-mail thread",
        """
From: {indiv1.caps_last_first_all} (EXT)
To: {indiv2.caps_last_first_all}; {indiv3.caps_last_first_all}
Subject: FW: new starter - laptop
Please image laptop MAC {hwaddr1} for {indiv4.first_last} starting {visit1.us}.
Asset tag {implant1}. Ship to home: {resid1}
""",
    ),
    t(
        "email-autoreply",
        "e-mail thread",
        """
Automatic reply: invoice query
I am out of the office until {visit1.eu}. For urgent matters contact {indiv1.full}
on {voice1}.
Kind regards
{indiv2.first_last}
{indiv2.caps_last}, {indiv2.first} | Accounts Payable | {voice2}
""",
    ),
]

TICKETS = [
    t(
        "ticket-jira",
        "ticket",
        """
SUP-{refno1.ticket}  [Bug] patient portal shows wrong name
Reporter: {indiv1.full}   Assignee: {indiv2.handle}
Description:
Patient {indiv3.last_first} (MRN {chart1.mrn}) logged in and saw the record of another patient,
{indiv4.caps_last_first}. Session from {ipaddr1}. URL: {href1}
Steps: login → Messages → open thread from {visit1.iso}
""",
    ),
    t(
        "ticket-itsm",
        "ticket",
        """
INC ticket — Priority P2
Caller: {indiv1.last_space_first}  Ext 5521  Location: Radiology, {hamlet1}
Short description: [[PACS]] workstation cannot reach [[modality]]
CI: workstation serial {implant1}, NIC {hwaddr1}, IP {ipaddr1.four}
Work notes: {indiv2.first_initial} rebooted switch; resolved {visit1.stamp}
""",
    ),
    t(
        "ticket-zendesk",
        "ticket",
        """
Ticket #{refno1.ticket} · via email · {visit1.stamp}
Requester: {indiv1.first_last} ({epost1})
"Hi, I moved to {resid1} and my statement still goes to the old address. Also my new number is
{voice1}. Thanks - {indiv1.lower_first}"
Internal note ({indiv2.first}): updated CRM, verified DOB {birth1.us}.
""",
    ),
]

EXPORTS = [
    t(
        "csv-patients",
        "CSV export",
        """
mrn,last_name,first_name,dob,phone,email,postcode
{chart1.mrn},{indiv1.last},{indiv1.first},{birth1.iso},{voice1},{epost1},{postal1}
{chart2.mrn},{indiv2.last},{indiv2.first},{birth2.iso},{voice2},,{postal2}
""",
    ),
    t(
        "tsv-payroll",
        "CSV export",
        """
EMP_ID\tNAME\tNATIONAL_ID\tIBAN\tGROSS
{refno1.employee}\t{indiv1.caps_last_first}\t{ident1}\t{sepa1}\t4210.00
{refno2.employee}\t{indiv2.caps_last_first}\t{ident2}\t{sepa2}\t3890.50
""",
        DE + NL + (("fr_FR", 3), ("it_IT", 2)),
        ("DE", "NL", "FR", "IT", "AT", "BE"),
    ),
    t(
        "csv-semicolon",
        "CSV export",
        """
Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon
{indiv1.last};{indiv1.first};{birth1.eu};{resid1.street};{postal1};{hamlet1};{voice1}
""",
        DE,
    ),
    t(
        "json-crm",
        "JSON export",
        """
{"customer": {"id": "{refno1.ticket}", "name": "{indiv1.full}", "dob": "{birth1.iso}",
 "contact": {"email": "{epost1}", "mobile": "{voice1}"},
 "address": "{resid1}", "last_login_ip": "{ipaddr1}", "cards": ["{payc1}"]}}
""",
    ),
    t(
        "json-app-log",
        "JSON export",
        """
{"ts":"{visit1.stamp}","level":"WARN","msg":"login from new device","user":"{indiv1.handle}",
"display_name":"{indiv1.first_last}","ip":"{ipaddr1}","mac":"{hwaddr1}","device":"{implant1.imei}"}
""",
    ),
    t(
        "json-nested",
        "JSON export",
        """
[
  {
    "member_id": "{policy1}",
    "subscriber": {"family": "{indiv1.last}", "given": ["{indiv1.first}"]},
    "dependents": [{"family": "{indiv2.last}", "given": ["{indiv2.first}"],\
 "birthDate": "{birth1.iso}"}],
    "homepage": "{href1.profile}"
  }
]
""",
    ),
]

HL7 = [
    t(
        "hl7-adt",
        "HL7 message",
        """
MSH|^~\\&|ADT1|GOOD HEALTH|EPIC|HOSP|{visit1.compact}||ADT^A01|MSG00001|P|2.5
PID|1||{chart1.mrn}^^^HOSP^MR||{indiv1.caret}||{birth1.compact}|F|||{resid1.usunit}||{voice1.us}||\
|||{ledger1.us}|{ident1}
NK1|1|{indiv2.caret}|SPO|||{voice2.us}
PV1|1|I|2000^2012^01||||{permit1.npi}^{indiv3.caret}
""",
        US,
        ("US",),
    ),
    t(
        "hl7-oru",
        "HL7 message",
        """
PID|||{chart1.mrn}||{indiv1.caret}||{birth1.compact}|M
OBR|1||{chart2.specimen}|[[24323-8^Comprehensive metabolic panel^LN]]|||{visit1.compact}
OBX|1|NM|[[2345-7^Glucose^LN]]||182|mg/dL|70-99|H|||F
NTE|1||Called to {indiv2.first_initial} RN at {visit2.compact}
""",
    ),
    t(
        "fhir-patient",
        "FHIR resource",
        """
{
  "resourceType" : "Patient", "active": true,
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{ident1}"},
                 {"type": {"text": "MRN"}, "value": "{chart1.mrn}"}],
  "name": [{"use": "official", "family": "{indiv1.last}", "given": ["{indiv1.first}"]}],
  "telecom": [{"system": "phone", "value": "{voice1}"}, {"system": "email", "value": "{epost1}"}],
  "birthDate": "{birth1.iso}",
  "address": [{"text": "{resid1}"}]
}
""",
        (("en_US", 4), ("en_GB", 1), ("en_AU", 1), ("en_CA", 1)),
        ("US", "GB", "AU", "CA"),
    ),
    t(
        "fhir-observation",
        "FHIR resource",
        """
{"resourceType":"Observation","status":"final",
 "code":{"coding":[{"system":"http://loinc.org","code":"[[8867-4]]","display":"[[Heart rate]]"}]},
 "subject":{"reference":"Patient/{chart1.mrn}","display":"{indiv1.full}"},
 "effectiveDateTime":"{visit1.stamp}",
 "device":{"display":"wearable {implant1}, BLE {hwaddr1}"},
 "valueQuantity":{"value":112,"unit":"beats/min"}}
""",
    ),
]

OCR = [
    t(
        "ocr-referral",
        "OCR scan",
        """
REFERRAI FORM      Page 1 ot 2
Patient narne: {indiv1.caps_last_first}      D.O.B.: {birth1.us}
Addre55: {resid1}
Te1: {voice1}       lnsurance |D: {policy1.ocr}
Reason f0r referra1: [[chronic kidney disease stage 3b]]
Referring physlcian: {indiv2.full}   5ignature: ___{indiv2.initial_last}___
""",
    ),
    t(
        "ocr-id-card",
        "OCR scan",
        """
~~~ scanned copy, low contrast ~~~
SURNAME / NOM   {indiv1.caps_last}
GIVEN NAMES / PRÉNOMS   {indiv1.caps_first}
DATE OF BIRTH {birth1.mil}    No {refno1.ocr}
|||||| {ident1} ||||||
""",
    ),
    t(
        "ocr-invoice",
        "OCR scan",
        """
lNVOlCE  #2291
Bi11 to: {indiv1.full}
         {resid1.lines}
Acc0unt: {ledger1.ocr}        Due: {visit1.eu}
Pay by bank transfer to IBAN {sepa1}
""",
    ),
]

HANDWRITTEN = [
    t(
        "hand-gp-note",
        "handwritten note (transcribed)",
        """
[transcribed from handwritten GP note; illegible words marked ??]
Pt {indiv1.initial_last} c/o SOB ?? 2/52. ↑ ankle swelling.
BP 150/95. Rx [[furosemide]] 40mg od. ?? bloods. Daughter {indiv2.first} to bring in pt Thurs.
Phone dtr {voice1}
""",
    ),
    t(
        "hand-fridge-note",
        "handwritten note (transcribed)",
        """
[photo of note on fridge, transcribed by carer]
MUM'S MEDS — {indiv1.caps_first}
morning: [[amlodipine]] 5, [[aspirin]] 75
night: [[atorvastatin]] 20
Dr {indiv2.last} — {voice1}
me ({indiv3.first}) — {voice2}
""",
    ),
    t(
        "hand-ward-board",
        "handwritten note (transcribed)",
        """
[whiteboard photo, bay C]
C1 {indiv1.caps_last} — NBM, theatre pm
C2 {indiv2.caps_last} — d/c today, TTO ready, son {indiv3.first} collecting
C3 {indiv4.caps_last} — [[falls risk]], {elder1}yo
""",
    ),
]

LETTERS = [
    t(
        "referral-letter",
        "referral letter",
        """
{resid1.lines}

{visit1.eu}

Dear Dr {indiv1.last},

Re: {indiv2.full}, DOB {birth1.eu}, {resid2}

Thank you for seeing this {elder1}-year-old gentleman with progressive memory loss over
18 months. MMSE 21/30. [[B12]] and [[TSH]] normal. His wife, {indiv3.first}, is his carer.

Yours sincerely,

{indiv4.full}
General Practitioner
""",
        (*UK, ("en_AU", 1), ("en_NZ", 1)),
    ),
    t(
        "referral-vi",
        "referral letter",
        """
GIẤY CHUYỂN TUYẾN
Họ và tên người bệnh: {indiv1.caps_full}
Ngày sinh: {birth1.eu}    Địa chỉ: {resid1}
Số thẻ BHYT: {policy1}
Chẩn đoán: [[viêm phổi]]. Bác sĩ: {indiv2.full}
""",
        (("vi_VN", 1),),
    ),
    t(
        "referral-tr",
        "referral letter",
        """
SEVK BELGESİ
Hasta adı soyadı: {indiv1.full}   T.C. Kimlik No: {ident1}
Doğum tarihi: {birth1.eu}   Adres: {resid1}
Tanı: [[akut apandisit]]   Sevk eden hekim: Dr. {indiv2.full}
Tel: {voice1}
""",
        (("tr_TR", 1),),
        ("TR",),
    ),
]

CONSENT = [
    t(
        "consent-surgery",
        "consent form",
        """
CONSENT FOR OPERATION OR PROCEDURE
I, {indiv1.full}, consent to [[laparoscopic cholecystectomy]] to be performed by
{indiv2.full} and assistants. Risks including bleeding, infection and [[bile leak]] explained.

Patient signature: {indiv1.first_last}       Date: {visit1.us}
Interpreter (if used): {indiv3.first_last}, cert. {permit1.board}
Witness: {indiv4.initial_last}
""",
    ),
    t(
        "consent-research",
        "consent form",
        """
Biobank consent — sample {chart1.specimen}
☑ I agree that my samples and data may be used for future research.
☐ I wish to be recontacted.
Name (block capitals): {indiv1.caps_full}
Signature: {indiv1.initials}   Date: {visit1.eu}
Person taking consent: {indiv2.full}
""",
    ),
    t(
        "consent-photo",
        "consent form",
        """
Consent to clinical photography
Patient {indiv1.last_first}, hospital no. {chart1.mrn}
Images will be stored at {href1}. Not for publication.
Parent/guardian (if under 16): {indiv2.full}, tel {voice1}
""",
    ),
]

VACCINE = [
    t(
        "vax-record",
        "vaccination record",
        """
IMMUNIZATION RECORD
Name: {indiv1.first_last}   DOB: {birth1.us}   State registry ID: {refno1.student}
[[DTaP]]  dose 4  {visit1.us}  lot {implant1}  admin by {indiv2.initials}
[[MMR]]   dose 2  {visit2.us}  lot {implant2}
Parent: {indiv3.full}  {voice1.us}
""",
        US,
    ),
    t(
        "vax-travel",
        "vaccination record",
        """
INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS
This is to certify that {indiv1.caps_full}, date of birth {birth1.mil}, sex F,
nationality —, national identification document {travel1},
has on the date indicated been vaccinated against [[yellow fever]].
Clinician: {indiv2.full}   Official stamp of centre in {hamlet1}
""",
    ),
    t(
        "vax-jp",
        "vaccination record",
        """
予防接種済証
氏名: {indiv1.native}  ({indiv1.first_last})
生年月日: {birth1.iso}
住所: {resid1}
ワクチン: [[インフルエンザHAワクチン]]  接種日 {visit1.iso}
""",
        (("ja_JP", 1),),
    ),
]

DEATH = [
    t(
        "death-cert",
        "death certificate",
        """
MEDICAL CERTIFICATE OF CAUSE OF DEATH (MCCD) — copy for registrar
Name of deceased: {indiv1.caps_full}
Date of death: {visit1.eu}   Age as stated to me: {elder1}
Place of death: {resid1}
I (a) [[aspiration pneumonia]] (b) [[Parkinson's disease]]
Informant: {indiv2.full}, son, of {resid2}
Certifying practitioner: {indiv3.full}, reg. {permit1.gmc}
""",
    ),
    t(
        "death-funeral",
        "death certificate",
        """
Funeral arrangement sheet
Deceased {indiv1.last_first_middle}, born {birth1.us}
Next of kin {indiv2.full} ({voice1.us}); service at {resid1.usunit}
Death certificate copies x6 mailed to {resid2.po}
""",
        US,
    ),
]

HOMECARE = [
    t(
        "homecare-visit",
        "home-care visit",
        """
Visit 07:30–08:00  carer {indiv1.first_initial}
Client {indiv2.first} {indiv2.last}, key safe at {resid1.street} (code in app).
Assisted with wash, breakfast. Meds given from blister: [[levodopa]]. Skin intact.
Daughter-in-law {indiv3.full} rang, will visit Sat.
""",
    ),
    t(
        "homecare-no-access",
        "home-care visit",
        """
NO ACCESS — {visit1.stamp}
Client: {indiv1.caps_last_first}, {resid1}
No answer at door; phone {voice1} rang out. Neighbour {indiv2.first_last} has not seen her since
Tuesday. Escalated to on-call coordinator {indiv3.first}; police welfare check requested.
""",
    ),
]

TENANCY = [
    t(
        "tenancy-application",
        "tenancy application",
        """
RENTAL APPLICATION
Applicant: {indiv1.full}   DOB {birth1.us}   SSN {ident1}
Current address: {resid1.usunit} (3 yrs) — landlord {indiv2.full} {voice1.us}
Employer: St. Mary's Hospital, supervisor {indiv3.first_last}
Vehicle: {veh1.plate}
Emergency contact: {indiv4.last_first}
""",
        US,
        ("US",),
    ),
    t(
        "tenancy-deposit",
        "tenancy application",
        """
Deposit protection certificate
Tenant(s): {indiv1.first_last}; {indiv2.first_last}
Property: {resid1}
Landlord: {indiv3.full}, {epost1}
[[Deposit]] £1,450 protected on {visit1.eu}. Certificate ref {refno1.case}
""",
        UK,
    ),
]

AUDIT = [
    t(
        "audit-ehr-access",
        "audit log",
        """
timestamp            user          action  patient_mrn   patient_name          workstation
{visit1.stamp}   {indiv1.handle}  VIEW    {chart1.mrn}  {indiv2.caps_last_first}  {ipaddr1}
{visit2.stamp}   {indiv1.handle}  PRINT   {chart1.mrn}  {indiv2.caps_last_first}  {ipaddr1}
flag: user is patient's relative (same surname); privacy officer {indiv3.full} notified
""",
    ),
    t(
        "audit-wifi",
        "audit log",
        """
Jun 12 03:14:07 ap-ward7 hostapd: wlan0: STA {hwaddr1} IEEE 802.11: associated
Jun 12 03:14:08 radius: Login OK: [{indiv1.handle_dash}] (from client ward7 port 0 cli {hwaddr1})
Jun 12 03:14:09 dhcpd: DHCPACK on {ipaddr1.four} to {hwaddr1} ({indiv1.lower_first}-iphone)
""",
    ),
]

DISPUTE = [
    t(
        "dispute-chargeback",
        "card dispute",
        """
CHARGEBACK FORM — reason code [[13.1]] [[merchandise not received]]
Cardholder name: {indiv1.caps}
Card number: {payc1}
Transaction date {visit1.us}, amount $312.40, merchant ref {refno1.ticket}
Cardholder contacted merchant by email from {epost1} on {visit2.us}; no reply.
Signature: {indiv1.first_last}
""",
    ),
    t(
        "dispute-letter",
        "card dispute",
        """
{indiv1.full}
{resid1.lines}

Dear Sir/Madam, I do not recognise the payment taken from my account {ledger1} on {visit1.eu}.
My card ending in the number on the statement was in my possession. Please refund.
{indiv1.first_initial}
""",
    ),
]

MORE = [
    t(
        "telco-subscriber",
        "telecom subscriber record",
        """
SUBSCRIBER DETAILS (response to lawful request {refno1.case})
MSISDN {voice1}   ICCID/IMEI {implant1.imei}
Registered to: {indiv1.caps_last_first}, {resid1}
ID presented at activation: {ident1.label} {ident1}
Activated {visit1.iso} at store in {hamlet1}
""",
    ),
    t(
        "dmv-registration",
        "vehicle registration",
        """
CERTIFICATE OF TITLE
VIN {veh1.vin}   Plate {veh2.plate}   Year 2019  Make TOYT
Owner: {indiv1.caps_last_first}
{resid1.usunit}
Lienholder: credit union, loan {ledger1.loan}
Issued {visit1.us}
""",
        US,
    ),
    t(
        "birth-registration",
        "birth registration",
        """
Birth registration worksheet
Child: {indiv1.first} {indiv1.last}   born {birth1.stamp} at {resid1}
Mother: {indiv2.full}, maiden surname {indiv3.last}, born {birth2.eu}
Father: {indiv4.full}
Midwife: {indiv5.initial_last}, PIN {permit1.nurse}
""",
    ),
    t(
        "occ-health",
        "occupational health record",
        """
Pre-placement health assessment — {indiv1.last_first} (staff {refno1.employee})
Role: theatre nurse. [[Hepatitis B]] immune (anti-HBs 210). [[TB]] IGRA negative.
Fit for role with no restrictions. OH nurse {indiv2.full}, {visit1.eu}
""",
    ),
    t(
        "optometry",
        "optometry record",
        """
Sight test — {indiv1.full}, {birth1.eu}
R -2.25/-0.50x180  L -2.00 DS   IOP 16/17   [[early cataract]] both eyes
DVLA standard met. Glasses ordered, collect from {resid1.street}.
Optometrist {indiv2.first_last} GOC {permit1.gmc}
""",
        UK,
    ),
    t(
        "physio",
        "physiotherapy note",
        """
Physio s/e — {indiv1.first} {indiv1.caps_last}
Post [[ACL reconstruction]] wk 6. ROM 0–115. Quad lag nil. Walking without crutches.
Home programme emailed to {epost1}. Next {visit1.us}. — {indiv2.initials}
""",
    ),
    t(
        "vet-owner",
        "veterinary record",
        """
Client: {indiv1.last_first}    Tel {voice1}    {resid1}
Patient: "Biscuit", canine, microchip {implant1}
Dx: [[otitis externa]]. Dispensed [[Surolan]]. Pay by card {payc1}.
""",
    ),
    t(
        "blood-donor",
        "blood donation record",
        """
DONOR SESSION
Donor no. {refno1.specimen}   {indiv1.caps_last}, {indiv1.first}   DOB {birth1.eu}
[[Hb]] 14.2 g/dL — accepted. Unit {implant1.udi}
Deferred next 12 weeks. Address check: {resid1}
""",
    ),
    t(
        "credit-report",
        "credit report",
        """
CONSUMER CREDIT FILE
Subject: {indiv1.caps_last_first_all}   AKA: {indiv1.initials_caps_last}
SSN: {ident1}   DOB: {birth1.us}
Addresses reported: {resid1.usunit}; {resid2.po}
[[Tradelines]]: revolving {payc1} (open), auto loan {ledger1.loan} (30 days late x1)
Inquiry by {indiv2.full} (landlord) on {visit1.us}
""",
        US,
        ("US",),
    ),
    t(
        "life-underwriting",
        "life insurance underwriting",
        """
Underwriting summary — proposal {refno1.claim}
Life assured {indiv1.full}, {birth1.eu}, non-smoker. BMI 31.
Medical: [[type 2 diabetes]] diet-controlled; [[hypertension]] on [[ramipril]].
GP report requested from {indiv2.full} at {resid1}. Beneficiary {indiv3.first_last}.
""",
    ),
    t(
        "tax-return",
        "tax return",
        """
Form 1040 — worksheet
Your first name and middle initial {indiv1.first}   Last name {indiv1.last}   SSN {ident1}
Spouse {indiv2.first_last}  SSN {ident2}
Home address {resid1.usunit}
Refund direct deposit: account {ledger1.us}
Paid preparer {indiv3.full}, PTIN {permit1.board}
""",
        US,
        ("US",),
    ),
    t(
        "prison-health",
        "prison health record",
        """
Reception health screen — prisoner no. {refno1.case}
Name {indiv1.caps_last_first}, DOB {birth1.eu}
Substance use: [[opioid dependence]]; started [[methadone]] 30 mg.
NOK: {indiv2.full}, {voice1}
""",
    ),
    t(
        "hosp-bill",
        "hospital bill",
        """
STATEMENT OF ACCOUNT   Guarantor: {indiv1.full}   Acct {ledger1.us}
Patient: {indiv2.first_last}   Date of service {visit1.us}
[[CPT 70450]] CT head w/o contrast .......... $2,140.00
Insurance paid ..................................... -$1,620.00
Pay online at {href1} or call {voice1.us}
""",
        US,
    ),
    t(
        "se-journal",
        "clinical note",
        """
Journalanteckning {visit1.iso}
Patient: {indiv1.full}, {ident1}
Kontaktorsak: [[förmaksflimmer]] ([[I48.9]]), uppföljning. Anhörig: {indiv2.first_last}, \
tel {voice1}.
Signerad: {indiv3.full}, leg. läkare
""",
        (("sv_SE", 1),),
        ("SE",),
    ),
    t(
        "dk-henvisning",
        "referral letter",
        """
Henvisning til [[ortopædkirurgisk ambulatorium]]: [[gonartrose]]
Patient: {indiv1.full}  CPR-nr.: {ident1}
Adresse: {resid1}
Henvisende læge: {indiv2.full}, {voice1}
""",
        (("da_DK", 1),),
        ("DK",),
    ),
    t(
        "zh-menzhen",
        "clinical note",
        """
门诊病历
姓名: {indiv1.native}  (拼音 {indiv1.caps_last_space_first})
身份证号: {ident1}
就诊日期: {visit1.iso}
诊断: [[2型糖尿病]]
联系电话: {voice1}
""",
        (("zh_CN", 1),),
        ("CN",),
    ),
    t(
        "it-anamnesi",
        "clinical note",
        """
Anamnesi — sig.ra {indiv1.full}, nata a {hamlet1} il {birth1.eu}
Residente in {resid1}. Tessera sanitaria/C.F. {ident1}.
Riferisce [[dispnea da sforzo]]. Accompagnata dal figlio {indiv2.first}.
""",
        IT,
        ("IT",),
    ),
    t(
        "pl-wyciag",
        "bank statement",
        """
Wyciąg z rachunku nr {sepa1}
Posiadacz: {indiv1.caps_full}, ul. {resid1.street}
{visit1.eu}  PRZELEW PRZYCHODZĄCY od {indiv2.full}  tytuł: czynsz   +1 800,00 PLN
{visit2.eu}  BLIK zakup, tel. {voice1}                              -129,99 PLN
""",
        PL,
    ),
    t(
        "bank-statement-us",
        "bank statement",
        """
{indiv1.caps}
{resid1.po}
Statement period {visit1.us} – {visit2.us}       Account number {ledger1.us}
Zelle to {indiv2.caps} ........... 250.00
Online transfer from {indiv3.last_first} .. 1,000.00
Questions? {voice1.us}
""",
        US,
    ),
    t(
        "fertility",
        "fertility clinic record",
        """
IVF cycle 2 — couple ref {refno1.specimen}
Partner A: {indiv1.full} ({birth1.eu})   Partner B: {indiv2.full} ({birth2.eu})
[[ICSI]]; donor gametes: no. Embryos frozen: 3, straw IDs on cryo log.
Consultant {indiv3.initial_last}. Counselling with {indiv4.first} booked.
""",
    ),
    t(
        "ru-spravka",
        "KYC review",
        """
Customer file translation (certified)
Full name as in passport: {indiv1.native} / {indiv1.caps_full}
Taxpayer number: {ident1}
Registered at: {resid1}
Translator: {indiv2.full}, {epost1}
""",
        (("ru_RU", 1),),
        ("RU",),
    ),
    t(
        "fi-loma",
        "HR leave request",
        """
Lomahakemus
Työntekijä: {indiv1.full}   HETU {ident1}
[[Vuosiloma]]: lomakausi {visit1.eu} – {visit2.eu}
Esihenkilö: {indiv2.first_last}
""",
        (("fi_FI", 1),),
        ("FI",),
    ),
    t(
        "ng-clinic",
        "clinical note",
        """
OPD card — {indiv1.caps_last} {indiv1.first}
Hosp no {chart1.mrn}. Lives {resid1}. Husband {indiv2.first_last}, {voice1}.
c/o fever x4/7, RDT [[malaria]] positive. Rx [[artemether-lumefantrine]].
""",
        (("en_NG", 2), ("yo_NG", 2), ("ig_NG", 2)),
    ),
    t(
        "in-discharge",
        "discharge summary",
        """
Discharge card — {indiv1.full} S/o {indiv2.full}, age {elder1}
UHID {chart1.mrn}   {ident1.label} {ident1}
Address: {resid1}
Dx: [[dengue fever]] with thrombocytopenia, recovered. Mobile {voice1}
""",
        (("en_IN", 1),),
        ("IN",),
    ),
    t(
        "au-medicare",
        "insurance claim",
        """
Medicare claim — patient {indiv1.first_last}
Medicare card no. {policy1} ref 2   DOB {birth1.eu}
Item [[23]] general attendance; provider {indiv2.full}, provider no. {permit1.board}
Claimant bank: BSB/acct {ledger1.au}
""",
        (("en_AU", 1),),
    ),
]

EXTRA = [
    t(
        "kr-insurance",
        "insurance claim",
        """
Overseas treatment claim (Korea) — insured {indiv1.caps_last_space_first}
{ident1.label}: {ident1}   Passport {travel1}
Clinic visit {visit1.iso}: [[acute gastroenteritis]]. Receipts attached. Contact {epost1}.
""",
        (("en_US", 1), ("en_GB", 1)),
        ("KR",),
    ),
    t(
        "za-clinic-card",
        "clinical note",
        """
Clinic card — {indiv1.first_last}   {ident1.label} {ident1}
Medical aid no. {policy1}   Cell {voice1}
[[HIV viral load]] suppressed; continue [[TLD]]. Next collection {visit1.eu}.
""",
        (("zu_ZA", 1),),
        ("ZA",),
    ),
    t(
        "cz-poukaz",
        "referral letter",
        """
Poukaz na vyšetření
Pojištěnec: {indiv1.full}, {ident1.label} {ident1}
Bydliště: {resid1}
Diagnóza: [[J45.9]] — astma. Odesílající lékař: MUDr. {indiv2.full}
""",
        (("cs_CZ", 1),),
        ("CZ",),
    ),
    t(
        "ro-trimitere",
        "referral letter",
        """
Bilet de trimitere — pacient {indiv1.caps_last} {indiv1.first}, {ident1.label} {ident1}
Domiciliu: {resid1}   Tel. {voice1}
Diagnostic: [[hipertensiune arterială]]. Medic de familie: dr. {indiv2.full}
""",
        (("ro_RO", 1),),
        ("RO",),
    ),
    t(
        "pt-utente",
        "HR leave request",
        """
Pedido de férias — colaborador {indiv1.full}
{ident1.label}: {ident1}   N.º mecanográfico {refno1.employee}
Período: {visit1.eu} a {visit2.eu}. Aprovado por {indiv2.first_last}.
""",
        (("pt_PT", 1),),
        ("PT",),
    ),
    t(
        "mx-curp",
        "KYC review",
        """
Alta de cliente — persona física
Nombre: {indiv1.caps_full}   {ident1.label}: {ident1}
Domicilio: {resid1}   Celular: {voice1}
Referencia laboral: {indiv2.full}
""",
        (("es_MX", 1),),
        ("MX",),
    ),
    t(
        "cl-rut",
        "payroll record",
        """
Liquidación de sueldo — {indiv1.full}, {ident1.label} {ident1}
AFP y [[FONASA]] descontados. Depósito en cuenta {ledger1}.
""",
        (("es_CL", 1),),
        ("CL",),
    ),
    t(
        "hr-oib",
        "tax return",
        """
Porezna prijava — obveznik {indiv1.full}, {ident1.label} {ident1}
Adresa: {resid1}   IBAN za povrat: {sepa1}
""",
        (("hr_HR", 1),),
        ("HR",),
    ),
    t(
        "no-fnr",
        "clinical note",
        """
Epikrise — {indiv1.full}, {ident1.label} {ident1}
Innlagt {visit1.eu} med [[lungebetennelse]]. Pårørende: {indiv2.first_last}, tlf. {voice1}.
""",
        (("no_NO", 1),),
        ("NO",),
    ),
    t(
        "ch-ahv",
        "insurance claim",
        """
Leistungsabrechnung Krankenkasse — {indiv1.full}, {ident1.label} {ident1}
Versichertenkarte {policy1}   Behandlung {visit1.eu} bei Dr. {indiv2.last}
""",
        (("de_CH", 2), ("fr_CH", 1)),
        ("CH",),
    ),
    t(
        "parking-notice",
        "penalty notice",
        """
PENALTY CHARGE NOTICE
Vehicle registration: {veh1.plate}   Contravention code 01
Registered keeper: {indiv1.caps_full}, {resid1}
Observed {visit1.stamp} outside a hospital entrance, pay-and-display expired.
Pay online at {href1} quoting PCN {refno1.case}
""",
    ),
    t(
        "ecommerce-order",
        "JSON export",
        """
order_id={refno1.ticket} placed={visit1.stamp} ip={ipaddr1}
buyer="{indiv1.full}" email={epost1} phone={voice1}
ship_to="{resid1}"
payment=card pan={payc1} 3ds=frictionless
gift_message="Happy birthday {indiv2.first}! love, {indiv1.first}"
""",
    ),
    t(
        "mdm-inventory",
        "device inventory",
        """
MDM export — clinical devices assigned to staff
user,display_name,device,serial,imei,wifi_mac,last_seen_ip
{indiv1.handle},"{indiv1.last_first}",iPad,{implant1},{implant2.imei},{hwaddr1},{ipaddr1.four}
{indiv2.handle},"{indiv2.last_first}",Zebra TC52,{implant3},{implant4.imei},{hwaddr2},{ipaddr2.four}
""",
    ),
    t(
        "toll-statement",
        "toll account statement",
        """
Toll account {ledger1} — {indiv1.full}
Tag/plate: {veh1.plate}   Second vehicle: VIN {veh2.vin}
Auto top-up card {payc1}
Trips this month: 14. Statement e-mailed to {epost1}.
""",
    ),
    t(
        "hotel-registration",
        "hotel registration card",
        """
GUEST REGISTRATION CARD   Room 512   Arrival {visit1.eu}   Departure {visit2.eu}
Surname {indiv1.caps_last}   First name {indiv1.first}   Nationality —
Passport / ID {travel1}   Date of birth {birth1.eu}
Home address {resid1}
Car plate {veh1.plate}   Guarantee card {payc1}
Accompanied by {indiv2.first_last}
""",
    ),
    t(
        "timeclock-biometric",
        "HR biometric enrolment",
        """
Time & attendance — biometric enrolment receipt
Employee: {indiv1.caps_last_first}   Badge {refno1.employee}
Fingerprint template ID: {refno2.bio}   Enrolled at terminal {implant1} ({ipaddr1.four})
Consent under [[BIPA]] signed {visit1.us}. Enrolling supervisor: {indiv2.first_initial}
""",
        US,
    ),
    t(
        "border-biometrics",
        "immigration file",
        """
Border crossing record
Traveller: {indiv1.slash}   Travel document {travel1}
Face image ref: {href1.photo}   Iris template: {refno1.bio}
Entry {visit1.stamp} via {hamlet1}. Sponsor on arrival card: {indiv2.full}, {voice1}
""",
    ),
    t(
        "teams-transcript",
        "chat transcript",
        """
{indiv1.last_first} (EXT)   10:02 AM
Morning all — did anyone get the consent back for {indiv2.first_last}?
{indiv3.last_first}   10:04 AM
yes, signed {visit1.prose}. scanned to the shared drive: {href1}
{indiv1.last_first} (EXT)   10:05 AM
great, her NOK is {indiv4.full} btw, mobile {voice1}
""",
    ),
    t(
        "sms-log",
        "chat transcript",
        """
SMS reminder log — clinic outbound
to={voice1}  name={indiv1.first}  body="Hi {indiv1.first}, reminder: [[colonoscopy]] prep \
starts {visit1.prose}. Reply STOP to opt out."  status=DELIVERED
to={voice2}  name={indiv2.first}  body="Your results are ready in the portal."  status=FAILED
""",
    ),
    t(
        "portal-message",
        "patient portal message",
        """
Subject: question about my dad's meds
Hi Dr. {indiv1.last}, this is {indiv2.first} again. My emergency contact is {indiv3.full} if you
can't reach me. Dad ({indiv4.first_last}, {elder1}) has been dizzy since the [[amlodipine]] went
up. His date of birth is {birth1.prose}. Can someone call me at {voice1.us}?
""",
        US,
    ),
    t(
        "prior-auth",
        "prior authorization",
        """
PRIOR AUTHORIZATION REQUEST — pharmacy benefit
Member: {indiv1.last_first_middle}   Member ID: {policy1}   Group: 0047731
Drug: [[semaglutide]] 1 mg weekly   Dx: [[E66.01]] / [[E11.65]]
Prescriber: {indiv2.first_last}, MD   NPI {permit1.npi}   DEA {permit2.dea}
Prescriber fax: {faxno1.us}   Office contact: {indiv3.first} ({voice1.us})
Previous therapies: [[metformin]] (2 yrs), [[empagliflozin]] (6 mo)
""",
        US,
    ),
    t(
        "subpoena",
        "court record",
        """
SUBPOENA DUCES TECUM
TO: Custodian of Records
You are commanded to produce all medical and billing records for {indiv1.full}
(DOB {birth1.us}; last four of SSN on file; MRN {chart1.mrn}) for dates of service
{visit1.us} through {visit2.us}, at the office of {indiv2.full}, Esq., {resid1.usunit}.
Case: {indiv3.caps_last} v. {indiv1.caps_last}, No. {refno1.case}
""",
        US,
    ),
    t(
        "pension-letter",
        "pension record",
        """
Pension scheme — notification of a death in service
Member: {indiv1.full}
Scheme ref {refno1.employee}   {ident1.label} {ident1}
Date of death: {visit1.eu}
Eligible dependant: {indiv2.full} (spouse), {resid1}
Lump sum payable to account {sepa1}
""",
    ),
    t(
        "student-loan",
        "loan application",
        """
STUDENT FINANCE APPLICATION — household income
Student: {indiv1.full}   Customer ref {refno1.student}
Parent 1: {indiv2.full}, {ident1.label} {ident1}, employer payroll no. {refno2.employee}
Parent 2: {indiv3.full}
Household address: {resid1}
Bank for payments: {ledger1}
""",
    ),
    t(
        "loan-broker-notes",
        "loan application",
        """
Broker call notes — {visit1.prose}
Spoke to Mr {indiv1.last} and Mrs {indiv2.last} re remortgage. His salary confirmed with HR
({indiv3.first_last}, {epost1.work}). Credit search shows old address {resid1}.
Car finance on {veh1.plate} ends next spring. Wants to overpay from {sepa1}.
""",
        UK,
    ),
    t(
        "nursing-home-mar",
        "medication administration record",
        """
MAR — {indiv1.caps_last_first}   Room 14   Allergies: [[NKDA]]   DOB {birth1.us}
Med                    0800   1200   1700   2100
[[Donepezil 10 mg]]     .      .      .     {indiv2.initials_nodot_last}
[[Sertraline 50 mg]]   {indiv3.initials_nodot_last}      .      .      .
[[Senna 8.6 mg]]       .      .      .     refused
PRN [[Lorazepam]] given 1430 by {indiv2.first_initial} for agitation; \
daughter {indiv4.first} notified
""",
    ),
    t(
        "interpreter-booking",
        "interpreter booking",
        """
Interpreter booking confirmation #{refno1.ticket}
Language: Tigrinya   Mode: on-site   Date {visit1.prose}, 09:30
Patient: {indiv1.first_last} ({indiv1.native})   Clinic: maternity, {resid1}
Interpreter assigned: {indiv2.full}, NRPSI {permit1.board}
""",
        (*SLAVIC, *ASIA, ("en_GB", 2)),
    ),
    t(
        "genomics-sample-sheet",
        "CSV export",
        """
[Header]
Investigator Name,{indiv1.full}
Experiment Name,WGS_batch_17
Date,{visit1.iso}
[Data]
Sample_ID,Sample_Name,Patient_MRN,Description
{refno1.specimen},{indiv2.handle_initial},{chart1.mrn},[[germline]]
{refno2.specimen},{indiv3.handle_initial},{chart2.mrn},[[tumour]]
""",
    ),
    t(
        "insurance-fnol-phone",
        "call-centre log",
        """
FNOL call {visit1.stamp} — home insurance
Caller: "it's {indiv1.lower}, policy {policy1}, my flat at {resid1} flooded from upstairs,
the neighbour is {indiv2.first} {indiv2.last}, I don't have her number"
Agent {indiv3.handle}: loss adjuster booked; claim {refno1.claim}; caller's mobile {voice1}
""",
    ),
]


TEMPLATES = (
    CLINICAL
    + DISCHARGE
    + RADIOLOGY
    + CLAIMS
    + KYC
    + FRAUD
    + HR
    + CHAT
    + PHARMACY
    + LAB
    + PATHOLOGY
    + DENTAL
    + MENTAL
    + AMBULANCE
    + TRIAL
    + ADVERSE
    + APPEAL
    + MORTGAGE
    + PAYMENTS
    + AML
    + PAYROLL
    + IMMIGRATION
    + COURT
    + POLICE
    + SCHOOL
    + SOCIAL
    + CALL
    + EMAIL
    + TICKETS
    + EXPORTS
    + HL7
    + OCR
    + HANDWRITTEN
    + LETTERS
    + CONSENT
    + VACCINE
    + DEATH
    + HOMECARE
    + TENANCY
    + AUDIT
    + DISPUTE
    + MORE
    + EXTRA
)

# The issue's twelve locales weigh most; the rest bring other languages' names, streets,
# phones and plates, and six locales whose names are written in another script.
LOCALES = (
    ("en_US", 10), ("en_GB", 6), ("en_IN", 4), ("de_DE", 4), ("fr_FR", 4), ("es_ES", 4),
    ("it_IT", 4), ("pl_PL", 4), ("nl_NL", 3), ("pt_BR", 3), ("tr_TR", 3), ("vi_VN", 3),
    ("en_AU", 2), ("en_CA", 2), ("en_IE", 2), ("en_NZ", 1), ("en_PH", 2), ("en_KE", 1),
    ("en_NG", 2), ("yo_NG", 1), ("ig_NG", 1), ("de_AT", 1), ("de_CH", 1), ("fr_BE", 1),
    ("fr_CA", 2), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1), ("pt_PT", 1),
    ("nl_BE", 1), ("ro_RO", 1), ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("hr_HR", 1),
    ("sl_SI", 1), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1), ("et_EE", 1),
    ("lv_LV", 1), ("lt_LT", 1), ("id_ID", 1), ("zu_ZA", 1), ("sq_AL", 1), ("mt_MT", 1),
    ("ga_IE", 1), ("az_AZ", 1), ("ru_RU", 1), ("uk_UA", 1), ("el_GR", 1), ("bg_BG", 1),
    ("zh_CN", 1), ("ja_JP", 1),
)  # fmt: skip

ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "AU", "IE",
    "AT", "CH", "SE", "FI", "NO", "DK", "CZ", "RO", "PT", "MX", "KR", "ZA", "BE", "CL",
    "HR", "NZ", "BG", "LT",
)  # fmt: skip

SPLIT = Split(
    name="heldout_i",
    templates=TEMPLATES,
    seeds=range(84240001, 84240401),
    locales=LOCALES,
    name_countries=tuple(sorted(world_names())),
    id_countries=ID_COUNTRIES,
    # I writes its numbers through its own slots (i_forms); these shapes only satisfy
    # check_split and are used by no I template.
    shapes={
        slot: (f"I{i}-#?#?#",)
        for i, slot in enumerate(
            ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial")
        )
    },
    date_formats=("%Y·%m·%d",),
)
