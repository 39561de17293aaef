"""Split H: held out in session 23, run once there and reported; DEV-side since session 24.

Session 24 reads H's leaks by value and tunes on them (as on D, E, F and G), so H no longer
measures generalisation: held-out I (heldout_i_templates.py), written before that tuning by
an author barred from H, does. What follows is how H was written: in session 23, by an
author barred from the redactor.

Templates of the documents regulated industries handle (care, insurance, banking, HR,
public services, law), written from how such documents look, not from anything the
redactor does. Its value makers are h_forms.py's.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template
DE = (("de_DE", 4), ("de_AT", 1), ("de_CH", 1))
FR = (("fr_FR", 4), ("fr_BE", 1), ("fr_CH", 1), ("fr_CA", 1))
ES = (("es_ES", 2), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1))
NORDIC = (("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1))
AFRICA = (("en_NG", 2), ("yo_NG", 1), ("en_KE", 1), ("zu_ZA", 1), ("tw_GH", 1))
ASIA = (("en_IN", 2), ("en_PK", 1), ("vi_VN", 1), ("id_ID", 1), ("tl_PH", 1), ("en_MS", 1))
EAST = (("pl_PL", 2), ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1))

TEMPLATES: tuple[Template, ...] = (
    # --- clinical note -----------------------------------------------------------------
    T(
        "h-cn-1",
        "clinical note",
        """PROGRESS NOTE
Pt: {pat1.caps_last_first}   DOB: {bday1}   MRN: {hosp1.mrn}
Seen {dt1} in clinic by {pat2.initial_last}, MD.
S: {pat1.first} reports 3 days of [[productive cough]] and [[low-grade fever]]. Lives with
daughter {pat3.first_last} at {spot1}. Daughter's cell {ring1}.
A/P: [[community-acquired pneumonia]], start [[amoxicillin 500 mg TID]]. RTC 1 wk.
-- {pat2.full}, MD (NPI {cred1.npi})""",
    ),
    T(
        "h-cn-2",
        "clinical note",
        """{dt1} 09:40  outpatient follow-up
patient {pat1.lower} ({aged1} y/o) accompanied by son, {pat2.first_last}.
hx [[type 2 diabetes mellitus]], [[CKD stage 3]]. HbA1c today 7.9%.
pt lives alone, {spot1.street}; contact son {ring1} or {mbox1}.
plan: continue [[metformin]], recheck [[eGFR]] in 3 months. — {pat3.last_initial}""",
    ),
    T(
        "h-cn-3",
        "clinical note",
        """Ambulanter Befund vom {dt1}
Patient: {pat1.last}, {pat1.first}, geb. {bday1}
Anschrift: {spot1}
Versichertennr.: {member1.kvnr}   Tel.: {ring1}
Diagnose: [[arterielle Hypertonie]], [[Vorhofflimmern]]
Therapie: [[Apixaban 5 mg]] 1-0-1. Kontrolle in 4 Wochen.
Dr. med. {pat2.first_last}""",
        locales=DE,
        id_countries=("DE", "AT", "CH"),
    ),
    T(
        "h-cn-4",
        "clinical note",
        """Clinic: Memory Assessment
Name ........ {pat1.caps_last_inits}
Age ......... {aged1} (born {bday1})
NHS No ...... {gov1.gb_nhs}
GP .......... Dr {pat2.last}, {spot1}
MMSE 21/30, consistent with [[mild Alzheimer's dementia]]. Carer: {pat3.full} ({ring1}).""",
        locales=(("en_GB", 3), ("en_IE", 1)),
    ),
    # --- discharge summary ------------------------------------------------------------------
    T(
        "h-ds-1",
        "discharge summary",
        """DISCHARGE SUMMARY
Discharge summary for {pat1.last_first}, admitted {dt1}, discharged {dt2}.
Hospital no. {hosp1.mrn}; encounter {hosp2.enc}.
Principal diagnosis: [[acute decompensated heart failure]].
Discharge meds: [[furosemide 40 mg daily]], [[bisoprolol 2.5 mg]].
Follow-up with {pat2.initials} in cardiology clinic. Next of kin: {pat3.first_last}
(wife), {ring1}. Address on file: {spot1.lines}""",
    ),
    T(
        "h-ds-2",
        "discharge summary",
        """Name: {pat1.caps}
D.O.B.: {bday1} | Sex: F | MRN {hosp1.mrn}
Admission Date: {dt1}   Discharge Date: {dt2}
Attending: {pat2.last_first_initial}
Hospital course: presented with [[diabetic ketoacidosis]]; insulin infusion per protocol.
Discharged home to {spot1} with home health ({pat3.full}, RN, {ring1}).
Insulin pump serial {gadget1.pump} checked before discharge.""",
    ),
    T(
        "h-ds-3",
        "discharge summary",
        """CRH - service de pneumologie, unité 3
Patiente : Mme {pat1.caps_last_space_first}, née le {bday1}
{gov1.label} : {gov1}
Domicile : {spot1}
Hospitalisée du {dt1} au {dt2} ; motif : [[pneumopathie d'inhalation]] (J69.0)
Médecin traitant : Dr {pat2.first_last} — tél. {ring1}
Ordonnance de sortie : [[amoxicilline-acide clavulanique 1 g/125 mg]] x 7 j""",
        locales=FR,
        id_countries=("FR",),
    ),
    T(
        "h-ds-4",
        "discharge summary",
        """Patient {pat1.first_last}, a {aged1}-year-old resident of {burg1}, was admitted on
{dt1} after a fall at home ({spot1.street}, {zip1}). CT head negative for
[[intracranial hemorrhage]]. [[Hip fracture]] repaired {dt2}. Discharged to
a [[skilled nursing facility]]. Son {pat3.full} holds power of attorney; phone {ring1}.
Electronically signed: {pat4.initials}, DO""",
    ),
    # --- radiology request ----------------------------------------------------------------
    T(
        "h-rr-1",
        "radiology request",
        """Req: [[MR L-spine w/o]]  (outpt, routine)
Patient: {pat1.last_first_middle}   DOB {bday1.us}   MRN {hosp1.mrn}
Accession: {hosp2.acc}
Hx: L5 [[radiculopathy]] R>L, 6/52 PT no better
Ordering: {pat2.initial_last} (NPI {cred1.npi}) Ph {ring1} Fax {ring2}
Has PPM (SN {gadget1.serial}), MR-conditional per card""",
    ),
    T(
        "h-rr-2",
        "radiology request",
        """To: Radiology | From: ED
pt {pat1.caps_last} {pat1.first}, {aged1}yo M
req CT angiogram chest ?[[pulmonary embolism]]
Acc# {hosp1.acc} / Visit {hosp2.enc}
callback {pat2.last_initial} ext via {ring1}""",
    ),
    T(
        "h-rr-3",
        "radiology request",
        """Röntgenanforderung
Name, Vorname: {pat1.caps_last_first}
Geburtsdatum: {bday1}
Fallnummer: {hosp1.enc}
Fragestellung: [[Pneumothorax]]? Zustand nach [[Pleurapunktion]].
Anforderer: OA {pat2.last}, Tel. {ring1}""",
        locales=DE,
    ),
    # --- insurance claim ----------------------------------------------------------------
    T(
        "h-ic-1",
        "insurance claim",
        """CMS-1500 HEALTH INSURANCE CLAIM
1a. INSURED'S I.D. NUMBER: {member1.us}
2. PATIENT'S NAME (Last, First, MI): {pat1.caps_last_first_all}
3. PATIENT'S BIRTH DATE: {bday1.us}
5. PATIENT'S ADDRESS: {spot1.us}   TELEPHONE: {ring1.us}
11. INSURED'S POLICY GROUP: {member2.group}
17. REFERRING PROVIDER: {pat2.caps_full}   17b. NPI {cred1.npi}
21. DIAGNOSIS: [[E11.9 type 2 diabetes]]
26. PATIENT'S ACCOUNT NO.: {acct1.us}
Claim {hosp1.claim} received {dt1}.""",
    ),
    T(
        "h-ic-2",
        "insurance claim",
        """Claim reference: {hosp1.claim}
Policyholder: {pat1.first_last} ({pat1.initials})
Policy no. {member1.policy}
Incident: [[rear-end collision]] on {dt1} near {burg1}.
Vehicle VIN {auto1.vin}, reg. {auto2.plate}. Third party {pat2.full}, tel {ring1}.
Payout to IBAN {ibn1}.""",
    ),
    T(
        "h-ic-3",
        "insurance claim",
        """Medicare claim — beneficiary {pat1.last_comma_nospace}
MBI: {member1.mbi}
Service dates {dt1} – {dt2}: [[durable medical equipment]] ([[oxygen concentrator]]
serial {gadget1.serial}). Supplier contact {pat2.first_last}, {mbox1}.""",
    ),
    T(
        "h-ic-4",
        "insurance claim",
        """Medicare Australia claim form
Patient name: {pat1.first} {pat1.caps_last}
Medicare card number: {member1.medicare}
Date of service: {dt1}
Provider: Dr {pat2.initial_last}, provider no. {cred1.medprov}
Home: {spot1}
Bank: BSB 062-000, account {acct1.uk}""",
        locales=(("en_AU", 1),),
    ),
    # --- KYC review -------------------------------------------------------------------
    T(
        "h-kyc-1",
        "KYC review",
        """CUSTOMER DUE DILIGENCE — REVIEW
Customer ID: {uniq1.cust}
Full legal name: {pat1.caps_full}
Date of birth: {bday1}
Nationality / ID: {gov1.label} {gov1}
Passport no. {pp1}, expiry {dt1}
Residential address: {spot1}
Source of funds: [[salary]] and [[sale of property]]. [[PEP screening]]: no match.
Selfie check: {face1}
Reviewer: {pat2.last_first_initial} on {dt2}""",
    ),
    T(
        "h-kyc-2",
        "KYC review",
        """Onboarding notes
applicant {pat1.first_last} / mobile {ring1} / email {mbox1}
document: national ID card, number {gov1}
proof of address: utility bill, {spot1}
device fingerprint {nic1} from IP {net1}
risk rating: [[medium]]; [[enhanced due diligence]] not required.""",
        locales=EAST,
        id_countries=("PL", "CZ", "RO", "HR"),
    ),
    T(
        "h-kyc-3",
        "KYC review",
        """KYC | Periodic refresh
| Field | Value |
| Name | {pat1.last_first} |
| DOB | {bday1} |
| {gov1.label} | {gov1} |
| Account | {acct1} |
| Phone | {ring1} |
| Address | {spot1} |
Outcome: [[no adverse media]]; next review {dt1}.""",
        locales=ASIA,
        id_countries=("IN", "PK", "MY", "ID"),
    ),
    T(
        "h-kyc-4",
        "KYC review",
        """Revisão KYC — cliente {pat1.caps_last_first}
CPF: {gov1.br}  RG emitido em {dt1}
Endereço: {spot1}
Conta: agência 0001, conta {acct1.br}
Telefone: {ring1}
Parecer: [[perfil de risco baixo]].""",
        locales=(("pt_BR", 1),),
        id_countries=("BR",),
    ),
    # --- fraud case --------------------------------------------------------------------
    T(
        "h-fr-1",
        "fraud case",
        """FRAUD CASE {hosp1.case}
Opened {dt1} by analyst {pat1.initial_last}.
Victim: {pat2.caps_last_first}, card ending in ... full PAN {cc1}.
Disputed [[card-not-present transactions]] from IP {net1} and {net2}.
Shipping address used by fraudster: {spot1}; phone given {ring1}; e-mail {mbox1}.
Mule account {acct1.us}, beneficiary IBAN {ibn1}.""",
    ),
    T(
        "h-fr-2",
        "fraud case",
        """Case notes ({hosp1.case})
{dt1}: customer {pat1.first} {pat1.last} called re: [[account takeover]].
Login from new device IMEI {gadget1.imei}, MAC {nic1}.
Funds moved to wallet {acct1.wallet}.
{dt2}: police ref {uniq1.ticket}; officer {pat2.last_first}.""",
    ),
    T(
        "h-fr-3",
        "fraud case",
        """SUSPECTED IDENTITY THEFT
Applicant used SSN {gov1.us_ssn} belonging to {pat1.caps}, DOB {bday1}.
Application IP {net1}; device MAC {nic1}.
Mailing address {spot1.pobox}.
Referred to SIU ({pat2.full}) on {dt1}.""",
        id_countries=("US",),
    ),
    T(
        "h-fr-4",
        "fraud case",
        """Betrugsverdacht — Vorgang {hosp1.case}
Kontoinhaber: {pat1.first_caps_last}
IBAN: {ibn1}
[[Phishing]]-Anruf am {dt1} von {ring1}; Überweisung an {pat2.full}.
Zugriff von IP {net1}. Bearbeiter: {pat3.initial_last}""",
        locales=DE,
    ),
    # --- HR leave request --------------------------------------------------------------
    T(
        "h-hr-1",
        "HR leave request",
        """LEAVE OF ABSENCE REQUEST
Employee: {pat1.last_first}     Employee ID: {uniq1.emp}
Type: [[Family and Medical Leave]] (FMLA)
From {dt1} to {dt2}
Reason: care for parent {pat2.full}, aged {aged1}.
Contact during leave: {ring1} / {mbox1}
Manager approval: {pat3.first_initial}""",
    ),
    T(
        "h-hr-2",
        "HR leave request",
        """Hi {pat1.first},
Your [[parental leave]] from {dt1} has been approved. Please confirm your home address
({spot1}) and bank details (account {acct1.uk}) for statutory pay.
NI number on record: {gov1.gb_nino}.
Kind regards,
{pat2.full}
People Team""",
        locales=(("en_GB", 1),),
        id_countries=("GB",),
    ),
    T(
        "h-hr-3",
        "HR leave request",
        """Antrag auf Freistellung (kurzzeitige Arbeitsverhinderung)
Beschäftigte/r: {pat1.last}, {pat1.first} - PersNr {uniq1.emp}
Zeitraum: {dt1} bis {dt2}
Grund: akute [[Pflegesituation]] der Mutter ({pat2.first_last})
Vertretung: {pat3.full}
Unterschrift: {pat1.initial_last}""",
        locales=DE,
    ),
    T(
        "h-hr-4",
        "HR leave request",
        """Sick note received
Employee: {pat1.caps_last}, {pat1.first}
Certificate signed by {pat2.initials}, GMC {cred1.gmc}
Unfit for work {dt1}–{dt2}: [[lower back pain]].
Return-to-work meeting: {dt3}.""",
    ),
    # --- chat transcript -----------------------------------------------------------------
    T(
        "h-chat-1",
        "chat transcript",
        """[{dt1} 14:02] {pat1.handle}: hi, i need to change the address on my policy
[{dt1} 14:02] Agent {pat2.first}: Sure! Can you confirm your full name and date of birth?
[{dt1} 14:03] {pat1.handle}: {pat1.lower}, {bday1}
[{dt1} 14:03] {pat1.handle}: new address is {spot1}
[{dt1} 14:04] Agent {pat2.first}: Thanks {pat1.first}. Policy {member1.policy} updated.""",
    ),
    T(
        "h-chat-2",
        "chat transcript",
        """{pat1.first_initial}: is dr {pat2.lower_last} in today??
Reception: Yes, from 2pm. Can I take your mobile?
{pat1.first_initial}: {ring1}
Reception: And your hospital number?
{pat1.first_initial}: {hosp1.mrn}
Reception: Booked. Bring your [[inhaler]] and [[peak flow diary]].""",
    ),
    T(
        "h-chat-3",
        "chat transcript",
        """<{pat1.handle_under}> my card {cc1} was charged twice
<support_{pat2.lower_first}> sorry about that! which email is on the account?
<{pat1.handle_under}> {mbox1}
<support_{pat2.lower_first}> refund of the [[duplicate charge]] issued, ref {uniq1.ticket}""",
    ),
    T(
        "h-chat-4",
        "chat transcript",
        """WhatsApp export
{dt1}, 21:14 - {pat1.first_last}: Mama is back at {burg1} hospital
{dt1}, 21:15 - {pat2.first_last}: which ward? bed?
{dt1}, 21:15 - {pat1.first_last}: ward 7, her MRN is {hosp1.mrn}
{dt1}, 21:16 - {pat1.first_last}: call {pat3.first} on {ring1}""",
        locales=AFRICA,
    ),
    T(
        "h-chat-5",
        "chat transcript",
        """Chat started {dt1}
VISITOR ({pat1.caps_first}): I was charged for a [[prior authorization]] that was denied
AGENT (Mia): Member ID please?
VISITOR ({pat1.caps_first}): {member1.us}
AGENT (Mia): And last name?
VISITOR ({pat1.caps_first}): {pat1.caps_last}""",
    ),
    # --- referral letter -----------------------------------------------------------------
    T(
        "h-ref-1",
        "referral letter",
        """{spot1.lines}

{dt1}

Dear Dr {pat1.last},

Re: {pat2.full}, DOB {bday1}, NHS {gov1.gb_nhs}
{spot2}

Thank you for seeing this {aged1}-year-old gentleman with [[progressive dysphagia]].

Yours sincerely,

{pat3.initials}
GMC {cred1.gmc}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "h-ref-2",
        "referral letter",
        """Referral to Dermatology
RE: {pat1.caps_last_caps_first}   DOB {bday1}   Chart {hosp1.mrn}
Referring clinician: {pat2.first_last}, NP, tel. {ring1}, fax {ring2}
[[Pigmented lesion]] left shoulder, changing over 3 months.
Please contact patient at {mbox1}.""",
    ),
    T(
        "h-ref-3",
        "referral letter",
        """Verwijsbrief
Betreft: mevrouw {pat1.first_last}, geboren {bday1}
BSN: {gov1.nl}
Adres: {spot1}
Verwezen naar [[cardiologie]] wegens [[palpitaties]].
Met vriendelijke groet, {pat2.full}, huisarts""",
        locales=(("nl_NL", 3), ("nl_BE", 1)),
        id_countries=("NL",),
    ),
    # --- lab report ---------------------------------------------------------------------
    T(
        "h-lab-1",
        "lab report",
        """LABORATORY REPORT
PATIENT: {pat1.caps_last_first_all}     MRN: {hosp1.mrn}
DOB: {bday1}   COLLECTED: {dt1}   SPECIMEN: {hosp2.lab}
[[Hemoglobin]] 10.2 g/dL (L)   [[Ferritin]] 8 ng/mL (L)
Critical value phoned to {pat2.first_initial} at {ring1} by {pat3.initials_nodot_last}.""",
    ),
    T(
        "h-lab-2",
        "lab report",
        """Result: [[SARS-CoV-2 PCR]] NOT DETECTED
Name: {pat1.first_last}
Passport: {pp1}
Date of birth: {bday1}
Sample taken: {dt1} at {spot1}
Sample ID {hosp1.lab}. Verify at {web1}""",
    ),
    T(
        "h-lab-3",
        "lab report",
        """Befundbericht Labor
{pat1.caps_last} {pat1.first} * {bday1}
Auftragsnr. {hosp1.lab} vom {dt1}
[[TSH basal]] 5,9 mU/l (erhöht)
Einsender: Praxis Dr. {pat2.last}, {spot1}""",
        locales=DE,
    ),
    # --- prescription ----------------------------------------------------------------------
    T(
        "h-rx-1",
        "prescription",
        """Rx
Patient: {pat1.full}   DOB {bday1.us}
Address: {spot1.us}
[[Oxycodone 5 mg]] tab, #20, 1 q6h prn pain
Prescriber: {pat2.first_last}, MD   DEA {cred1.dea}   NPI {cred2.npi}
Script no. {hosp1.rx}   Date {dt1}""",
    ),
    T(
        "h-rx-2",
        "prescription",
        """RECETA MÉDICA
Paciente: {pat1.caps_last_first}
{gov1.label}: {gov1}
Fecha: {dt1}
[[Losartán 50 mg]], 1 comprimido cada 24 horas.
Dr(a). {pat2.full} — Cédula profesional {cred1.cedprof}""",
        locales=ES,
        id_countries=("ES", "MX", "AR", "CL"),
    ),
    T(
        "h-rx-3",
        "prescription",
        """ePrescription {hosp1.rx}
To pharmacy: {spot1}
For: {pat1.last_space_first} ({aged1} yrs)
[[Warfarin 3 mg]] — INR target 2–3
Issued {dt1} by {pat2.inits_last_nospace}""",
    ),
    # --- nursing handover --------------------------------------------------------------
    T(
        "h-nh-1",
        "nursing handover",
        """SBAR handover, bay 4
S: {pat1.last_first_initial} ({aged1}), post-op day 2
B: [[laparoscopic cholecystectomy]] {dt1}; allergic to [[penicillin]]
A: obs stable, [[PCA morphine]] pump {gadget1.pump}
R: daughter {pat2.first} ({ring1}) to be called if any change.
Handed over by {pat3.first_initial}""",
    ),
    T(
        "h-nh-2",
        "nursing handover",
        """Bed | Patient | Notes
12 | {pat1.caps_last}, {pat1.first} | [[falls risk]], NOK {pat2.full} {ring1}
14 | {pat3.last_comma_nospace} | [[NBM from midnight]], MRN {hosp1.mrn}
15 | {pat4.caps_last_inits} | [[IV antibiotics]] due 18:00""",
    ),
    T(
        "h-nh-3",
        "nursing handover",
        """Overdracht avonddienst {dt1}
Kamer 3: mevr. {pat1.last} ({aged1} jr), [[delier]], dochter {pat2.first_last} tel {ring1}
Kamer 5: dhr. {pat3.first_last}, [[decubitus graad 2]].
Overgedragen door {pat4.first}""",
        locales=(("nl_NL", 1), ("nl_BE", 1)),
    ),
    # --- ED triage -----------------------------------------------------------------------
    T(
        "h-ed-1",
        "emergency department triage",
        """ED TRIAGE {dt1} 03:12
Name {pat1.caps_last_first}  Age {aged1}  MRN {hosp1.mrn}
Arrived by EMS from {spot1}
CC: [[chest pain]] radiating to left arm, onset 02:30
ESI 2. Triage RN {pat2.initial_last}
Emergency contact: {pat3.full} (husband) {ring1}""",
    ),
    T(
        "h-ed-2",
        "emergency department triage",
        """TRIAGE
unknown male, later identified as {pat1.first_last} via driver licence {cred1.dl}
found at {gps1}
[[hypothermia]], GCS 13. Belongings: phone (IMEI {gadget1.imei}), wallet with card {cc1}""",
    ),
    T(
        "h-ed-3",
        "emergency department triage",
        """Urgences — fiche IOA
Nom : {pat1.caps_last}  Prénom : {pat1.first}  Né(e) le : {bday1}
Motif : [[douleur abdominale]] FID
Personne à prévenir : {pat2.full}, {ring1}
IOA : {pat3.first_initial}""",
        locales=FR,
    ),
    # --- operative note --------------------------------------------------------------------
    T(
        "h-op-1",
        "operative note",
        """OPERATIVE REPORT
Patient: {pat1.last_first}   MRN {hosp1.mrn}   Date of surgery: {dt1}
Surgeon: {pat2.full}, MD   Assistant: {pat3.initials}
Procedure: [[total knee arthroplasty, right]]
Implants: femoral component UDI {gadget1.udi}; tibial tray lot/serial {gadget2.serial}
EBL 200 mL. No complications.""",
    ),
    T(
        "h-op-2",
        "operative note",
        """Op note {dt1}
{pat1.caps} — [[laparoscopic appendicectomy]]
Surgeon {pat2.last_initial}, anaesthetist {pat3.last_initial}
GMC {cred1.gmc}; theatre list {hosp1.enc}""",
    ),
    T(
        "h-op-3",
        "operative note",
        """OP-BERICHT
Patient: {pat1.full}, geb. {bday1}
Operateur: Prof. Dr. {pat2.last}; Assistenz: Dr. {pat3.last}
Eingriff: [[Implantation eines Herzschrittmachers]]
Aggregat Seriennr. {gadget1.serial}, Implantationsdatum {dt1}""",
        locales=DE,
    ),
    # --- consent form --------------------------------------------------------------------
    T(
        "h-con-1",
        "consent form",
        """CONSENT FOR RELEASE OF HEALTH INFORMATION
I, {pat1.full}, born {bday1}, of {spot1}, authorise release of my records
(MRN {hosp1.mrn}) to {pat2.first_last}, Esq., {spot2.street}.
Purpose: [[legal proceedings]].
Signature: /s/ {pat1.full}      Date: {dt1}
Witness: {pat3.caps}""",
    ),
    T(
        "h-con-2",
        "consent form",
        """Research consent — study {uniq1.trial}
Participant initials/name: {pat1.initials}
Phone: {ring1}    Email: {mbox1}
Consent taken by {pat2.first_last} on {dt1}.
Participant agrees to [[storage of blood samples]] for 10 years.""",
    ),
    T(
        "h-con-3",
        "consent form",
        """Consentimiento informado
Yo, {pat1.first_last}, con {gov1.label} {gov1}, autorizo la [[colonoscopia]]
programada para el {dt1}.
Firma del paciente: {pat1.caps}
Médico: {pat2.full}""",
        locales=ES,
        id_countries=("ES", "MX", "AR", "CL"),
    ),
    # --- death certificate -------------------------------------------------------------
    T(
        "h-dc-1",
        "death certificate",
        """CERTIFICATE OF DEATH   State file no. {cred1.cert}
Decedent's legal name: {pat1.caps_full}
SSN: {gov1.us_ssn}
Date of birth: {bday1}   Age: {aged1}
Date of death: {dt1}
Residence: {spot1.us}
Informant: {pat2.first_last}, son
Cause: [[acute myocardial infarction]] due to [[coronary artery disease]]
Certifier: {pat3.full}, MD, licence {cred2.state}""",
        id_countries=("US",),
    ),
    T(
        "h-dc-2",
        "death certificate",
        """Medical certificate of cause of death
Deceased: {pat1.last_first_middle}, aged {aged1.words}
Died {dt1} at {spot1}
I(a) [[aspiration pneumonia]]  I(b) [[Parkinson's disease]]
Certifying practitioner: {pat2.initials_caps_last}""",
    ),
    T(
        "h-dc-3",
        "death certificate",
        """Autopsy report {hosp1.case}
Name: {pat1.caps_last}, {pat1.first}
Found {dt1} at {gps1}; identified by fingerprint record {hosp2.bio}
Tattoo on forearm reads "{pat2.first}".
Pathologist: {pat3.full}""",
    ),
    # --- mental health ----------------------------------------------------------------
    T(
        "h-mh-1",
        "mental health progress note",
        """Session #6 — {dt1}
Client: {pat1.first_last} (pref. name {pat1.first})
[[Generalized anxiety disorder]]; PHQ-9 12, GAD-7 14.
Client discussed conflict with partner {pat2.first} and sister {pat3.first_last}.
Safety plan reviewed; crisis line given. Next: {dt2}. — {pat4.last_first}, LCSW""",
    ),
    T(
        "h-mh-2",
        "mental health progress note",
        """Psych liaison review
{pat1.caps_last_first} {hosp1.mrn}
Detained under s.2 on {dt1}. [[Bipolar affective disorder]], current episode manic.
Nearest relative: {pat2.full}, {spot1}, {ring1}
AMHP: {pat3.first_last}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "h-mh-3",
        "mental health progress note",
        """Notatka psychologiczna
Pacjent: {pat1.first_last}, PESEL {gov1.pl_pesel}
Data wizyty: {dt1}
[[Zaburzenia depresyjne nawracające]]. Kontakt z żoną, {pat2.first} ({ring1}).
Psycholog: mgr {pat3.full}""",
        locales=(("pl_PL", 1),),
        id_countries=("PL",),
    ),
    # --- telehealth ------------------------------------------------------------------
    T(
        "h-th-1",
        "telehealth visit log",
        """Telehealth visit {dt1}
Link: {web1}
Patient joined from IP {net1} ({burg1}); verified with DOB {bday1}.
Provider {pat1.full}, NP. Patient {pat2.last_first}.
[[Medication reconciliation]] done; [[lisinopril]] dose unchanged.
Callback number: {ring1}""",
    ),
    T(
        "h-th-2",
        "telehealth visit log",
        """video consult | {pat1.first} {pat1.last} | {dt1}
connected via {web1} from {net1}
dr {pat2.lower} noted [[rash]] on both forearms, photo uploaded {face1}""",
    ),
    T(
        "h-th-3",
        "telehealth visit log",
        """Remote monitoring alert
Device {gadget1.serial} (MAC {nic1}) for {pat1.caps_last_first}
[[Blood pressure]] 182/104 at {dt1}.
Escalated to {pat2.first_last} on {ring1}.""",
    ),
    # --- dental ------------------------------------------------------------------------
    T(
        "h-den-1",
        "dental record",
        """Dental chart — {pat1.full}
DOB {bday1}, patient #{hosp1.mrn}
{dt1}: [[composite restoration]] 36 MO; [[periapical radiograph]] taken.
Dentist: {pat2.first_last}, DDS, licence {cred1.state}
Recall {dt2}. Insurance member {member1.us}""",
    ),
    T(
        "h-den-2",
        "dental record",
        """Forensic odontology comparison
Antemortem records for {pat1.caps_last}, {pat1.first_middle},
supplied by {pat2.initial_last}, {spot1}
Case {hosp1.case}; [[amalgam restorations]] 16, 26 consistent.""",
    ),
    # --- immunisation ---------------------------------------------------------------
    T(
        "h-vax-1",
        "immunisation record",
        """Vaccination certificate
Name / Nom: {pat1.caps_last_first}
Date of birth: {bday1}
Passport: {pp1}
[[Yellow fever vaccine]] given {dt1} at {burg1}, batch 4471X.
Clinician: {pat2.full}""",
        locales=AFRICA,
    ),
    T(
        "h-vax-2",
        "immunisation record",
        """Impfausweis-Eintrag
{pat1.first} {pat1.last}, geb. {bday1}
[[Tetanus-Diphtherie-Impfung]] am {dt1}
Arzt: Dr. {pat2.last}, LANR {cred1.lanr}""",
        locales=DE,
    ),
    T(
        "h-vax-3",
        "immunisation record",
        """Immunisation history
Child: {pat1.first_last}   DOB {bday1.child}
Parent/guardian: {pat2.full}, {spot1}, {ring1}
[[MMR dose 2]] {dt1}; [[DTaP booster]] {dt2}""",
    ),
    # --- home care -------------------------------------------------------------------
    T(
        "h-home-1",
        "home care visit",
        """Home visit {dt1}
Client {pat1.last_first}, {aged1}, lives at {spot1}
Key safe code held by office. Daughter {pat2.first_last} {ring1}.
[[Pressure area care]] done; [[catheter]] bag changed. Carer: {pat3.first_initial}""",
    ),
    T(
        "h-home-2",
        "home care visit",
        """VISIT LOG
{dt1}  {pat1.caps}  {spot1.street}  arrival 08:05  departure 08:40
{dt2}  {pat1.caps}  {spot1.street}  arrival 18:00  departure 18:30
Notes: [[medication prompt]] given; oxygen concentrator serial {gadget1.serial}.""",
    ),
    T(
        "h-home-3",
        "home care visit",
        """Kotihoitokäynti {dt1}
Asiakas: {pat1.first_last}, {gov1.label} {gov1}
Osoite: {spot1}
Omainen: {pat2.full}, puh. {ring1}""",
        locales=(("fi_FI", 1),),
        id_countries=("FI",),
    ),
    # --- loan application ------------------------------------------------------------
    T(
        "h-loan-1",
        "loan application",
        """UNIFORM RESIDENTIAL LOAN APPLICATION
Borrower Name: {pat1.first_last}   SSN: {gov1.us_ssn}   DOB: {bday1.us}
Current Address: {spot1.us}
Employer phone (HR verification): {ring1}; HR contact {pat2.full}
Co-borrower: {pat3.full}
Checking acct {acct1.us}; [[debt-to-income ratio]] 34%.""",
        id_countries=("US",),
    ),
    T(
        "h-loan-2",
        "loan application",
        """Loan application {acct1.loan}
Applicant: {pat1.caps_last}, {pat1.first}
{gov1.label}: {gov1}
Monthly income: INR 85,000. [[CIBIL score]] 742.
Address: {spot1}
Mobile: {ring1}; e-mail: {mbox1}""",
        locales=(("en_IN", 1),),
        id_countries=("IN",),
    ),
    T(
        "h-loan-3",
        "loan application",
        """PRÉSTAMO CONSUMO - alta de operación
Titular: {pat1.full}
{gov1.label}: {gov1}
Domicilio: {spot1}
IBAN abono: {ibn1}
Firmado el {dt1}; [[TAE]] 7,9 %""",
        locales=(("es_ES", 1),),
        id_countries=("ES",),
    ),
    T(
        "h-loan-4",
        "loan application",
        """Credit application — guarantor section
Guarantor: {pat1.initials_caps_last}
Date of birth: {bday1}
{gov1.label}: {gov1}
Relationship to applicant {pat2.first_last}: [[parent]]""",
        id_countries=("CA", "AU", "NZ", "IE"),
    ),
    # --- suspicious activity report ----------------------------------------------------------
    T(
        "h-sar-1",
        "suspicious activity report",
        """SAR narrative
Subject {pat1.caps_last_first} (DOB {bday1}, passport {pp1}) made 14 [[cash deposits]]
just below the reporting threshold between {dt1} and {dt2} into account {acct1.us}.
Funds then [[wire transfer]]red to IBAN {ibn1} held by {pat2.full}.
Subject's phone {ring1}, address {spot1}.""",
    ),
    T(
        "h-sar-2",
        "suspicious activity report",
        """Internal STR — {hosp1.case}
Customer: {pat1.first_last}; customer no. {uniq1.cust}
Online banking sessions from {net1}, {net2}; device {nic1}.
Crypto [[off-ramp]] to {acct1.wallet}. MLRO: {pat2.last_first}""",
    ),
    T(
        "h-sar-3",
        "suspicious activity report",
        """Verdachtsmeldung nach § 43 GwG
Betroffene Person: {pat1.last}, {pat1.first}, geb. am {bday1} in {burg1}
Anschrift: {spot1}
{gov1.label}: {gov1}
Konto: {ibn1}""",
        locales=DE,
        id_countries=("DE",),
    ),
    # --- card dispute -----------------------------------------------------------------
    T(
        "h-cd-1",
        "card dispute",
        """Chargeback form
Cardholder: {pat1.caps}
Card number: {cc1}
Transaction date: {dt1}; merchant [[online electronics store]]
Reason: [[goods not received]]. Contact {mbox1} / {ring1}""",
    ),
    T(
        "h-cd-2",
        "card dispute",
        """Dear {pat1.first_last},
We received your dispute of {dt1} for card {cc1}.
A provisional credit has been applied to account {acct1}. Ref {uniq1.ticket}.
Regards, {pat2.first} {pat2.last_initial}
Card Services""",
    ),
    T(
        "h-cd-3",
        "card dispute",
        """Réclamation carte bancaire
Titulaire : {pat1.first_caps_last}
Carte n° {cc1}
Opération contestée du {dt1}, [[paiement sans contact]]
IBAN de remboursement : {ibn1}""",
        locales=FR,
    ),
    # --- payroll ------------------------------------------------------------------------
    T(
        "h-pay-1",
        "payroll record",
        """PAYSLIP   Period ending {dt1}
Employee: {pat1.last_first}   Payroll no. {uniq1.emp}
NI No: {gov1.gb_nino}   Tax code 1257L
Net pay paid to sort code 20-45-77 account {acct1.uk}
[[Statutory sick pay]] included.""",
        locales=(("en_GB", 1),),
        id_countries=("GB",),
    ),
    T(
        "h-pay-2",
        "payroll record",
        """W-2 Wage and Tax Statement
a Employee's SSN: {gov1.us_ssn}
e Employee's name: {pat1.first} {pat1.last}
f Employee's address: {spot1.us}
1 Wages: 61,240.00   2 [[Federal income tax withheld]]: 7,114.00""",
        id_countries=("US",),
    ),
    T(
        "h-pay-3",
        "payroll record",
        """Lohnabrechnung {dt1}
{pat1.first_last}
{spot1.lines}
Steuer-ID: {gov1.de}   SV-Nr.: siehe Anlage
Auszahlung auf IBAN {ibn1}""",
        locales=(("de_DE", 1),),
        id_countries=("DE",),
    ),
    T(
        "h-pay-4",
        "payroll record",
        """employee_id,surname,given_name,dob,tax_id,iban
{uniq1.emp},{pat1.last},{pat1.first},{bday1.iso},{gov1},{ibn1}
{uniq2.emp},{pat2.last},{pat2.first},{bday2.iso},{gov2},{ibn2}""",
        id_countries=("NL", "BE", "SE", "DK", "NO", "FI"),
    ),
    # --- background check ---------------------------------------------------------------
    T(
        "h-bg-1",
        "background check",
        """BACKGROUND SCREENING REPORT
Subject: {pat1.caps_full}   AKA: {pat1.first_initial}
SSN (verified): {gov1.us_ssn}
Address history: {spot1.us}; {spot2.us}
Driver licence {cred1.dl}; vehicle plate {auto1.plate}
Criminal search: [[no records found]].""",
        id_countries=("US",),
    ),
    T(
        "h-bg-2",
        "background check",
        """Reference request
Candidate {pat1.first_last} lists {pat2.full} ({mbox1}, {ring1}) as referee.
Employment dates {dt1} to {dt2}. Right to work checked: passport {pp1}.""",
    ),
    T(
        "h-bg-3",
        "background check",
        """Certificado de antecedentes
Nombre: {pat1.caps_last_first}
{gov1.label}: {gov1}
Fecha de emisión: {dt1}
Folio: {cred1.cert}""",
        locales=(("es_CL", 1), ("es_AR", 1)),
        id_countries=("CL", "AR"),
    ),
    # --- workers' compensation ----------------------------------------------------------
    T(
        "h-wc-1",
        "workers' compensation claim",
        """EMPLOYER'S FIRST REPORT OF INJURY
Employee: {pat1.last_first_middle}  SSN {gov1.us_ssn}  DOB {bday1}
Home: {spot1.us}   Phone {ring1.us}
Injury {dt1}: [[laceration to left hand]] from box cutter.
Treating physician {pat2.first_last}, NPI {cred1.npi}. Claim {hosp1.claim}""",
        id_countries=("US",),
    ),
    T(
        "h-wc-2",
        "workers' compensation claim",
        """WorkSafe claim {hosp1.claim}
Worker: {pat1.full}
Date of injury: {dt1}
Forklift reg. {auto1.plate}; supervisor {pat2.caps_last} ({ring1})
[[Rotator cuff tear]] confirmed on ultrasound.""",
        locales=(("en_AU", 1), ("en_NZ", 1)),
    ),
    T(
        "h-wc-3",
        "workers' compensation claim",
        """Accident du travail — déclaration
Victime : {pat1.last_first}
NIR : {gov1.fr_nir}
Date de l'accident : {dt1}
Témoin : {pat2.full}, {ring1}""",
        locales=(("fr_FR", 1),),
        id_countries=("FR",),
    ),
    # --- adverse event --------------------------------------------------------------
    T(
        "h-ae-1",
        "adverse event report",
        """SERIOUS ADVERSE EVENT REPORT
Study {uniq1.trial}; subject initials {pat1.initials_nodot_last}
Event: [[anaphylaxis]] after dose 2 on {dt1}
Reporter: {pat2.full}, site PI, {mbox1}, {ring1}
Outcome: [[recovered without sequelae]].""",
    ),
    T(
        "h-ae-2",
        "adverse event report",
        """MedWatch 3500 (voluntary)
Patient identifier: {pat1.initials} Age: {aged1} DOB {bday1}
Product: [[infusion pump]], serial {gadget1.serial}, UDI {gadget2.udi}
Event date {dt1}. Reporter {pat2.last_first}, {spot1}""",
    ),
    T(
        "h-ae-3",
        "adverse event report",
        """Pharmacovigilance case {hosp1.case}
Consumer {pat1.first_last} ({mbox1}) reported [[hair loss]] with [[isotretinoin]],
start {dt1}. Prescriber {pat2.initial_last}.""",
    ),
    # --- patient e-mail ---------------------------------------------------------------
    T(
        "h-em-1",
        "patient e-mail",
        """From: {pat1.first_last} <{mbox1}>
To: clinic-admin
Date: {dt1}
Subject: Re: appointment for {pat1.first}

Hi, I can't make Tuesday. My son {pat2.first} has his [[asthma review]] then.
Please call {ring1}.
Thanks, {pat1.first}""",
    ),
    T(
        "h-em-2",
        "patient e-mail",
        """From: "{pat1.last_first}" <{mbox1}>
Sent: {dt1}
Cc: {pat2.full}
Subject: MRN {hosp1.mrn} - test results

Dr. {pat3.last}, could you explain my [[lipid panel]]?
--
{pat1.initial_last}
{spot1}""",
    ),
    T(
        "h-em-3",
        "patient e-mail",
        """________________________________
From: {pat1.caps_last} {pat1.first} [mailto:{mbox1}]
Sent: {dt1}
To: {pat2.full}
Subject: sick leave

pls find attached the fit note from {pat3.first_last} ([[acute bronchitis]]), off til friday
{pat1.first}""",
    ),
    # --- call-centre log --------------------------------------------------------------
    T(
        "h-cc-1",
        "call-centre log",
        """CALL LOG {dt1}
Caller: {pat1.first_last} (policyholder), callback {ring1}
ID&V passed: DOB {bday1}, postcode {zip1}
Query: [[excess]] on home insurance claim {hosp1.claim}
Agent: {pat2.first_initial}""",
    ),
    T(
        "h-cc-2",
        "call-centre log",
        """inbound | {dt1} | ANI {ring1}
caller said she is {pat1.first} {pat1.last}'s wife, {pat2.first}.
could not verify; no info disclosed. acct {acct1}""",
    ),
    T(
        "h-cc-3",
        "call-centre log",
        """Gesprächsnotiz {dt1}
Anrufer: Herr {pat1.last} ({ring1}), Kundennr. {uniq1.cust}
Anliegen: [[Adressänderung]] auf {spot1}
Bearbeitet von {pat2.first}""",
        locales=DE,
    ),
    # --- legal / subpoena ------------------------------------------------------------------
    T(
        "h-leg-1",
        "subpoena for records",
        """SUBPOENA DUCES TECUM   Case No. {hosp1.case}
To the Custodian of Records: produce all records for {pat1.caps_full},
DOB {bday1}, SSN {gov1.us_ssn}, for treatment between {dt1} and {dt2}.
Attorney: {pat2.full}, State Bar No. {cred1.bar}, {spot1.us}, {ring1}""",
        id_countries=("US",),
    ),
    T(
        "h-leg-2",
        "subpoena for records",
        """IN THE MATTER OF {pat1.caps_last_first_all}
Witness statement of {pat2.full}, of {spot1}
I have known the claimant since {dt1}. On {dt2} I saw him at {burg1}.
Statement of truth signed: {pat2.initial_last}""",
    ),
    T(
        "h-leg-3",
        "subpoena for records",
        """Court order — disclosure of bank records
Account holder: {pat1.first_last}
Accounts: {acct1}; {ibn1}
Card {cc1}
Period: {dt1} to {dt2}""",
    ),
    # --- pathology -------------------------------------------------------------------------
    T(
        "h-path-1",
        "pathology report",
        """SURGICAL PATHOLOGY
Patient: {pat1.caps_last_first}   MRN {hosp1.mrn}   Accession {hosp2.lab}
Received {dt1}. Clinician {pat2.last_initials}.
Diagnosis: [[invasive ductal carcinoma]], grade 2; margins clear.
Pathologist: {pat3.full}, MD""",
    ),
    T(
        "h-path-2",
        "pathology report",
        """Cytology {hosp1.lab}
{pat1.last_first_initial} DOB {bday1}
[[HPV high risk detected]]; [[LSIL]].
Copy to {pat2.first_last}, {spot1}""",
    ),
    T(
        "h-path-3",
        "pathology report",
        """Rapporto istologico n. {hosp1.lab}
Paziente: {pat1.caps_last} {pat1.first}
C.F. {gov1.it}
Data prelievo: {dt1}
Diagnosi: [[adenocarcinoma del colon]] pT2 N0.
Il patologo: dott. {pat2.full}""",
        locales=(("it_IT", 1),),
        id_countries=("IT",),
    ),
    # --- ambulance --------------------------------------------------------------------
    T(
        "h-ems-1",
        "ambulance run sheet",
        """PCR {hosp1.enc}  Unit M14  {dt1}
Pt: {pat1.last_first}  age {aged1}  DOB {bday1}
Pickup: {spot1}  GPS {gps1}
CC: [[shortness of breath]]; SpO2 84% RA.
Meds: [[nebulized albuterol]]. Crew: {pat2.last_initial} / {pat3.last_initial}
Vehicle {auto1.plate}""",
    ),
    T(
        "h-ems-2",
        "ambulance run sheet",
        """Call received {dt1} from {ring1}
Address given: {spot1.street}, apt 3, {zip1}
Patient {pat1.first} ({aged1}), [[fall from standing]]; family member {pat2.full} on scene.""",
    ),
    # --- HL7 message ------------------------------------------------------------------
    T(
        "h-hl7-1",
        "HL7 message",
        """MSH|^~\\&|LAB|HOSP|EHR|HOSP|{dt1.hl7}1200||ORU^R01|{hosp2.lab}|P|2.5
PID|1||{hosp1.mrn}^^^HOSP^MR||{pat1.hl7}||{bday1.hl7}|F|||{spot1.street}^^{burg1}^^{zip1}||{ring1}
OBX|1|NM|2345-7^[[Glucose]]^LN||182|mg/dL|70-99|H""",
    ),
    T(
        "h-hl7-2",
        "HL7 message",
        """PID|1||{hosp1.mrn}^^^MRN||{pat1.hl7}||{bday1.hl7}|M||||||||||{acct1.us}|{gov1.us_ssn}
NK1|1|{pat2.hl7}|SPO|{spot1.street}|{ring1}
PV1|1|I|4W^412^B||||{cred1.npi}^{pat3.last}^{pat3.first}""",
        id_countries=("US",),
    ),
    # --- access audit log ----------------------------------------------------------------
    T(
        "h-aud-1",
        "access audit log",
        """{dt1.iso}T10:14:22Z user={pat1.handle} action=VIEW record={hosp1.mrn} src={net1}
{dt1.iso}T10:15:03Z user={pat1.handle} action=PRINT record={hosp1.mrn} src={net1}
{dt1.iso}T10:20:41Z user={pat2.handle_dash} action=EXPORT
  patient="{pat3.last_first}" src={net2}""",
    ),
    T(
        "h-aud-2",
        "access audit log",
        """Break-the-glass access
Clinician: {pat1.full} ({mbox1}) accessed chart of {pat2.caps_last_first} on {dt1}
Workstation MAC {nic1}, IP {net1}. Reason given: [[emergency care]].""",
    ),
    T(
        "h-aud-3",
        "access audit log",
        """VPN session report
user {pat1.lower} connected from {net1} (geo {gps1}) device {nic1}
badge {uniq1.emp} swiped at 07:58""",
    ),
    # --- immigration --------------------------------------------------------------
    T(
        "h-imm-1",
        "visa application",
        """VISA APPLICATION FORM
Surname: {pat1.caps_last}
Given names: {pat1.caps_first}
Date of birth: {bday1}   Place of birth: {burg1}
Passport number: {pp1}   Date of issue: {dt1}
Home address: {spot1}
Telephone: {ring1}   E-mail: {mbox1}
Sponsor: {pat2.full}, {spot2}""",
        locales=ASIA + AFRICA,
    ),
    T(
        "h-imm-2",
        "visa application",
        """Residence permit renewal
Applicant {pat1.last_first}, {gov1.label} {gov1}
Spouse: {pat2.first_last}, born {bday1}
Children: {pat3.first}, {pat4.first}
Current address {spot1}""",
        locales=NORDIC,
        id_countries=("SE", "DK", "NO", "FI"),
    ),
    # --- tenancy -----------------------------------------------------------------
    T(
        "h-ten-1",
        "tenancy application",
        """Rental application
Applicant: {pat1.full}   DOB: {bday1}
Current address: {spot1}, since {dt1}
Landlord reference: {pat2.first_last}, {ring1}
Vehicle: {auto1.plate}
Bank account for deposit return: {ibn1}""",
    ),
    T(
        "h-ten-2",
        "tenancy application",
        """Tenant ledger
Tenant: {pat1.last_comma_nospace}
Rent paid by card {cc1} on {dt1}
Guarantor {pat2.full}, {gov1.label} {gov1}""",
        id_countries=("US", "CA", "GB"),
    ),
    # --- social work --------------------------------------------------------------
    T(
        "h-sw-1",
        "social work case note",
        """Case note {dt1}
Family: {pat1.last} household, {spot1}
Mother {pat1.first_last} ({bday1}); children {pat2.first} and {pat3.first}.
School contact: {pat4.full}, {mbox1}.
Concerns re: [[food insecurity]]; referral to [[food bank]] made.""",
    ),
    T(
        "h-sw-2",
        "social work case note",
        """Safeguarding referral
Adult at risk: {pat1.caps_last_first}, age {aged1}
Alleged perpetrator: nephew {pat2.first_last}, {spot1}
Reported by {pat3.full} ({ring1}) on {dt1}.
[[Financial abuse]] suspected: card {cc1} used without consent.""",
    ),
    # --- pharmacy --------------------------------------------------------------
    T(
        "h-ph-1",
        "pharmacy dispensing record",
        """DISPENSED {dt1}
{pat1.caps_last}, {pat1.first}  DOB {bday1}
[[Sertraline 50 mg]] x 28  Rx {hosp1.rx}
Prescriber {pat2.initial_last}  DEA {cred1.dea}
Pt phone {ring1}; delivery to {spot1}""",
    ),
    T(
        "h-ph-2",
        "pharmacy dispensing record",
        """CD REG - Sch.2 - [[MST Continus 10mg]] tabs
{dt1} | supplied to: {pat1.full} | addr {spot1.street} | collector {pat2.full}
collector ID checked (DL {cred1.dl}) | qty 56 | bal. fwd 112""",
    ),
    # --- prior authorisation -----------------------------------------------------------
    T(
        "h-pa-1",
        "prior authorization",
        """Pre-cert / prior auth request (pharmacy benefit)
Member: {pat1.last_first}  Member ID {member1.us}  Group {member2.group}
DOB {bday1.us}
Drug requested: [[adalimumab 40 mg/0.4 mL pen]] — dx [[seropositive RA]], failed [[MTX]]
Prescriber: {pat2.first_last}, NPI {cred1.npi}, fax {ring1}
Submitted {dt1}; reference {hosp1.claim}""",
    ),
    T(
        "h-pa-2",
        "prior authorization",
        """Denial letter
Dear {pat1.first_last}:
Your request of {dt1} for [[bariatric surgery]] was not approved.
You may appeal within 180 days. Questions: {ring1}.
Member ID: {member1.us}
{spot1.us}""",
    ),
    # --- occupational health ------------------------------------------------------------------
    T(
        "h-occ-1",
        "occupational health assessment",
        """Fitness-for-work assessment {dt1}
Employee {pat1.first_last}, staff no. {uniq1.emp}, DOB {bday1}
[[Audiometry]]: mild high-frequency loss. Fit with [[hearing protection]].
OH nurse {pat2.full}, NMC {cred1.nmc}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "h-occ-2",
        "occupational health assessment",
        """Drug & alcohol test chain of custody
Donor: {pat1.caps_last_first}
Donor ID: {cred1.dl}
Specimen ID {hosp1.lab}; collected {dt1} by {pat2.initial_last}
Result: [[negative]]""",
    ),
    # --- school / student health ------------------------------------------------------------
    T(
        "h-sch-1",
        "school health record",
        """Student health form
Student: {pat1.first_last}   Student ID {uniq1.cust}   DOB {bday1.child}
[[Peanut allergy]] — [[epinephrine auto-injector]] in office.
Parent: {pat2.full}, cell {ring1}, work {ring2.ext}
Pediatrician: {pat3.last_first}""",
    ),
    T(
        "h-sch-2",
        "school health record",
        """Incident report {dt1}
{pat1.first} {pat1.last_initial} (Year 4) bumped head in playground; [[ice pack]] applied.
Parent {pat2.first_last} informed by phone {ring1}.""",
    ),
    # --- genetic counselling -------------------------------------------------------------
    T(
        "h-gen-1",
        "genetic counselling letter",
        """Dear {pat1.first_last},
Your [[BRCA2 pathogenic variant]] result (lab no. {hosp1.lab}, reported {dt1}) was discussed.
Relatives who may wish testing: sister {pat2.full}, brother {pat3.full}.
Biobank sample ID {hosp2.bio}.
{pat4.first_last}, Genetic Counsellor""",
    ),
    T(
        "h-gen-2",
        "genetic counselling letter",
        """Pedigree notes
Proband: {pat1.caps_last}, {pat1.first} ({bday1})
Mother {pat2.first_middle} {pat1.last}, deceased {dt1} aged {aged1}, [[ovarian cancer]]
Maternal aunt {pat3.full}, alive, {burg1}""",
    ),
    # --- vehicle / motor -----------------------------------------------------------------
    T(
        "h-mv-1",
        "motor insurance claim",
        """FNOL (first notice of loss) - motor
Our insured: {pat1.full}; DL no. {cred1.dl}
Insured veh: reg {auto1.plate} / VIN {auto2.vin}
TP driver {pat2.last_first}, TP reg {auto3.plate}, TP insurer ref {member1.policy}
Loss date {dt1}, junction of {spot1.street} ({burg1}); TP alleges [[whiplash]]""",
    ),
    T(
        "h-mv-2",
        "motor insurance claim",
        """Zgłoszenie szkody komunikacyjnej
Poszkodowany: {pat1.first_last}, PESEL {gov1.pl_pesel}
Pojazd: {auto1.plate}, VIN {auto2.vin}
Data zdarzenia: {dt1}; tel. {ring1}""",
        locales=(("pl_PL", 1),),
        id_countries=("PL",),
    ),
    # --- benefits / public services ------------------------------------------------------------
    T(
        "h-ben-1",
        "benefits application",
        """Application for disability benefit
Claimant: {pat1.caps_full}
{gov1.label}: {gov1}
Date of birth: {bday1}
Address: {spot1.lines}
Appointee: {pat2.full} ({ring1})
Condition: [[multiple sclerosis]], diagnosed {dt1}.""",
        id_countries=("GB", "IE", "AU", "NZ", "CA"),
    ),
    T(
        "h-ben-2",
        "benefits application",
        """Başvuru formu — engelli aylığı
Ad Soyad: {pat1.caps}
{gov1.label}: {gov1}
Doğum tarihi: {bday1}
Adres: {spot1}
Telefon: {ring1}""",
        locales=(("tr_TR", 1),),
        id_countries=("TR",),
    ),
    T(
        "h-ben-3",
        "benefits application",
        """Đơn đề nghị trợ cấp
Họ và tên: {pat1.caps}
Ngày sinh: {bday1}
Địa chỉ: {spot1}
Điện thoại: {ring1}
Người giám hộ: {pat2.full}""",
        locales=(("vi_VN", 1),),
    ),
    # --- clinical trial screening ------------------------------------------------------------
    T(
        "h-ct-1",
        "clinical trial screening log",
        """Screening log
Screen # | Initials | Name | DOB | Outcome
{uniq1.trial} | {pat1.initials_nodot_last} | {pat1.last_first} | {bday1} | [[eligible]]
{uniq2.trial} | {pat2.initials_nodot_last} | {pat2.last_first} | {bday2} | [[screen failure]]""",
    ),
    # --- banking statement / transfer ---------------------------------------------------------
    T(
        "h-bank-1",
        "wire transfer instruction",
        """SWIFT MT103
:50K:/{ibn1}
{pat1.caps_full}
{spot1}
:59:/{ibn2}
{pat2.caps_full}
:70:[[consulting fees]] Q3
Value date {dt1}""",
    ),
    T(
        "h-bank-2",
        "wire transfer instruction",
        """Payment instruction from {pat1.first_last} ({mbox1})
Please send 12,500 EUR to {pat2.full}, IBAN {ibn1}, reference "loan repayment".
Authorised by phone {ring1} on {dt1}; caller verified with card {cc1}.""",
    ),
    # --- Nigerian / Kenyan / Indian clinical ---------------------------------------------------
    T(
        "h-cn-5",
        "clinical note",
        """OUTPATIENT CARD
Name: {pat1.caps_last} {pat1.first}   Hosp No: {hosp1.mrn}
Age/Sex: {aged1}/F   Address: {spot1}
NOK: {pat2.first_last} (husband), {ring1}
Dx: [[malaria]], [[anaemia]]. Rx: [[artemether-lumefantrine]].
Dr {pat3.initial_nodot_last}""",
        locales=AFRICA,
    ),
    T(
        "h-cn-6",
        "clinical note",
        """OPD slip — {dt1}
Pt: {pat1.first_last}, {aged1} yrs, UHID {hosp1.mrn}
Aadhaar: {gov1.in_aadhaar}
c/o [[fever with chills]] x 4 days. [[Dengue NS1]] positive.
Attending: Dr. {pat2.caps_last} ({cred1.state})""",
        locales=(("en_IN", 1),),
        id_countries=("IN",),
    ),
    T(
        "h-ds-5",
        "discharge summary",
        """Wypis ze szpitala
Pacjent: {pat1.caps_last_first}
PESEL: {gov1.pl_pesel}
Adres: {spot1}
Przyjęty: {dt1}, wypisany: {dt2}
Rozpoznanie: [[zawał serca]]. Lekarz prowadzący: dr {pat2.full}""",
        locales=(("pl_PL", 1),),
        id_countries=("PL",),
    ),
    T(
        "h-rr-4",
        "radiology request",
        """Impegnativa - RX polso dx
Assistito: {pat1.caps_last} {pat1.first}
Codice fiscale: {gov1.it}
Data di nascita: {bday1}
Q.d.: [[trauma distorsivo]], escludere frattura
MMG: dott.ssa {pat2.full}""",
        locales=(("it_IT", 1),),
        id_countries=("IT",),
    ),
    T(
        "h-ic-5",
        "insurance claim",
        """Declaración de siniestro
Asegurado: {pat1.last_first}
{gov1.label}: {gov1}
Póliza: {member1.policy}
Fecha del siniestro: {dt1}
Domicilio: {spot1}
Cuenta: {ibn1}""",
        locales=(("es_ES", 1),),
        id_countries=("ES",),
    ),
    T(
        "h-kyc-5",
        "KYC review",
        """Customer file refresh (corporate UBO)
Ultimate beneficial owner: {pat1.first_last}, {aged1}
{gov1.label} {gov1}; tax residency [[Sweden]]
Contact {ring1}; home {spot1}
Director: {pat2.caps_last_first}""",
        locales=NORDIC,
        id_countries=("SE", "NO", "DK", "FI"),
    ),
    T(
        "h-fr-5",
        "fraud case",
        """APP scam report
Victim {pat1.last_first} sent 3 payments on {dt1} to account {acct1.uk}
(payee name given as "{pat2.full}"). Scammer spoofed number {ring1}.
Victim address {spot1}; vulnerable customer flag: [[bereavement]].""",
    ),
    T(
        "h-hr-5",
        "HR leave request",
        """Demande de congé maladie
Salarié(e) : {pat1.first_last}
Matricule : {uniq1.emp}
Arrêt de travail du {dt1} au {dt2}
Médecin : Dr {pat2.last}, RPPS {cred1.rpps}""",
        locales=FR,
    ),
    T(
        "h-chat-6",
        "chat transcript",
        """[Teams] {pat1.last_first} 09:12
can someone pull the chart for {pat2.first_last}? dob {bday1}
[Teams] {pat3.last_first} 09:13
mrn {hosp1.mrn}, she's in bay 2
[Teams] {pat1.last_first} 09:13
ty""",
    ),
    T(
        "h-lab-4",
        "lab report",
        """Toxicology — chain of custody
Subject: {pat1.first_last}   Specimen {hosp1.lab}
Collector: {pat2.full}   Date {dt1}
Employer site: {spot1}; MRO {pat3.full}
[[Amphetamines]]: negative; [[Cannabinoids]]: negative.""",
    ),
    T(
        "h-em-4",
        "patient e-mail",
        """On {dt1}, {pat1.first_last} <{mbox1}> wrote:
> Dear Dr {pat2.last}, my mother {pat3.full} ({aged1}) is refusing her [[dialysis]].
> Can we talk? My number is {ring1}.""",
        locales=(("en_GB", 1), ("en_CA", 1), ("en_AU", 1)),
    ),
    T(
        "h-it-1",
        "IT asset register",
        """asset_tag,assigned_to,email,hostname,mac,ip,serial
{gadget1.asset},{pat1.last_first},{mbox1},WS-CARDIO-07,{nic1},{net1},{gadget2.serial}
{gadget3.asset},{pat2.last_first},,LT-HR-22,{nic2},{net2},{gadget4.serial}""",
    ),
    T(
        "h-it-2",
        "IT asset register",
        """Lost device report ({dt1})
Reported by: {pat1.full} <{mbox1}>
Device: work phone, IMEI {gadget1.imei}, Wi-Fi MAC {nic1}
Last seen online from {net1}. Remote wipe requested; [[no patient data cached]].""",
    ),
    T(
        "h-web-1",
        "patient portal message",
        """Portal message — sent {dt1}
From: {pat1.first_last} (portal user {pat1.handle_initial})
I changed my address to {spot1}. My emergency contact is {pat2.full} and her
number is {ring1}. My pharmacy profile: {web1}
Thank you!""",
    ),
    T(
        "h-web-2",
        "patient portal message",
        """New account registration
name={pat1.first_last}; dob={bday1.iso}; email={mbox1}; ip={net1}
profile photo uploaded: {face1}
referrer={web1}""",
    ),
    T(
        "h-mil-1",
        "clinical note",
        """Military treatment facility — outpatient record
SM: {pat1.caps_last_first}, DoD ID {uniq1.cust}
Mailing address: {spot1.mil}
Dependent spouse {pat2.first_last}, phone {ring1.us}
[[Tinnitus]] after range exposure; referred to [[audiology]].
Signed,
{pat3.first}
{pat3.caps_last}, CPT, MC""",
    ),
    T(
        "h-ukh-1",
        "housing repair request",
        """Repairs request {dt1}
Tenant: {pat1.title_case_last}
Address: {spot1.ukflat}
Issue: [[damp and mould]] in bedroom; tenant has [[COPD]].
Please contact tenant's support worker {pat2.first_last} on {ring1} to book access.""",
        locales=(("en_GB", 1),),
    ),
    T(
        "h-ukh-2",
        "housing repair request",
        """Gas safety visit
Occupier: {pat1.first} {pat1.last}
{spot1.lines}
Appointment {dt1} AM. Key holder: {pat2.first_last} ({ring1})""",
        locales=(("en_GB", 2), ("en_IE", 1)),
    ),
    T(
        "h-csv-1",
        "appointment export",
        """Datum;Uhrzeit;Name;Vorname;Geb.-Datum;Telefon;Kasse;Vers.-Nr.
{dt1};08:30;{pat1.last_semicolon_first};{bday1};{ring1};[[AOK]];{member1.kvnr}
{dt1};08:45;{pat2.last_semicolon_first};{bday2};{ring2};[[TK]];{member2.kvnr}""",
        locales=DE,
    ),
    T(
        "h-sms-1",
        "SMS reminder log",
        """outbound SMS to {ring1} ({dt1} 17:02):
"Hi {pat1.first}, reminder of your [[colonoscopy]] tomorrow 9am. Reply C to confirm."
inbound from {ring1}: "C - {pat1.first_last_initial_nodot}"
inbound from {ring1}: "sorry its {pat1.lower_first} not my husband {pat2.first}, he's at work" """,
    ),
)

LOCALES = (
    ("en_US", 10), ("en_GB", 5), ("en_IN", 3), ("en_CA", 2), ("en_AU", 2), ("en_IE", 1),
    ("en_NZ", 1), ("en_NG", 2), ("en_KE", 1), ("en_PK", 1), ("en_PH", 1), ("de_DE", 2),
    ("de_AT", 1), ("de_CH", 1), ("fr_FR", 2), ("fr_BE", 1), ("fr_CA", 1), ("es_ES", 2),
    ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1), ("it_IT", 2), ("pl_PL", 2),
    ("nl_NL", 1), ("nl_BE", 1), ("pt_BR", 2), ("pt_PT", 1), ("tr_TR", 1), ("vi_VN", 1),
    ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1),
    ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1), ("id_ID", 1), ("yo_NG", 1),
    ("zu_ZA", 1), ("ga_IE", 1), ("lt_LT", 1), ("el_GR", 1), ("ru_RU", 1), ("uk_UA", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "PL", "NG", "IT", "DE", "GB", "IE", "IN", "CM", "BD", "BR", "MX", "TR", "DZ", "PH",
    "ID", "EG", "MA", "IR", "GH", "IQ", "ET", "ZA", "FR", "ES", "PT", "NL", "SE", "FI",
    "HU", "CZ", "NO", "HR", "GR", "AL", "US", "JM", "HT", "CO", "AF", "WLS", "SA", "MY",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "AU", "IE",
    "AT", "CH", "SE", "FI", "NO", "DK", "CZ", "RO", "MX", "ZA", "KR", "CL", "AR", "BE",
    "PK", "MY", "NZ", "ID", "PT", "HR", "KE",
)  # fmt: skip

SPLIT = Split(
    name="heldout_h",
    templates=TEMPLATES,
    seeds=range(84_230_001, 84_230_401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("H########",)
    ),
    date_formats=("%d/%m/%Y",),
    romanise=frozenset({"el_GR", "ru_RU", "uk_UA"}),
    compound_surname=0.12,
)
