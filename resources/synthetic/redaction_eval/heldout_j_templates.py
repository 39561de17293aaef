"""Split J: held out in session 25, run once there and reported; DEV-side since session 26.

Session 26 reads J's leaks by value and tunes on them (as on D to I), so J no longer
measures generalisation: held-out K (heldout_k_templates.py), written before that tuning by
an author barred from J, does. What follows is how J was written: in session 24, by an
author barred from the redactor and from every other split's templates, as documents of
regulated industries. Seeds 84250001-84250400.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

_T: list[Template] = []


def t(
    doc_type: str,
    text: str,
    locales: tuple[str, ...] = (),
    id_countries: tuple[str, ...] = (),
    date_formats: tuple[str, ...] = (),
) -> None:
    """One template, its id J's own ("j-<n>", in the order written). A template that names
    locales is written in that country's language and draws only its values."""
    mix = tuple((loc, 1) for loc in locales)
    _T.append(Template(f"j-{len(_T) + 1:03d}", doc_type, text, mix, id_countries, date_formats))


# --- clinical note -----------------------------------------------------------------------
t(
    "clinical note",
    """PROGRESS NOTE  (dictated, not proofread)
Pt: {person1.caps_last_first}   DOB {dob1}   MRN {mrn1}
Seen today {date1} in clinic w/ daughter {person2.first_last} ({phone1}).
S: 3/7 hx of [[productive cough]], no [[haemoptysis]]. Lives alone at {addr1}.
P: [[amoxicillin 500 mg TDS]] x5/7, r/v if worse. -- {person3.initials}, FY2""",
)
t(
    "clinical note",
    """Clinic letter cc: GP
Re: {person1.first_last}, aged {age1}, NHS/ID {natid1.gb}
Dear Dr {person2.last},
I reviewed {person1.first} on {date1}. [[Atrial fibrillation]] remains rate-controlled on
[[bisoprolol 2.5 mg]]. [[CHA2DS2-VASc]] 4. Warfarin clinic: {phone1}.
Yours sincerely,
{person3.full}
Consultant Cardiologist""",
)
t(
    "clinical note",
    """SOAP // {stamp1.iso}
patient: {person1.lower} | acct {account1} | plan {plan1}
s) c/o [[lower back pain]] after lifting, denies saddle anaesthesia
o) SLR neg bilat, [[BP 142/88]]
a) [[mechanical back pain]]
p) [[naproxen]], physio referral -> {person2.initial_last}, PT (fax {fax1})""",
)
t(
    "clinical note",
    """Nursing handover - Ward 7B bed 12
{person1.last_space_first} ({age1}y) - {city1} resident, NOK {person2.full} tel {locphone1}
[[falls risk]] high; [[Waterlow 18]]; [[NEWS2 3]]
Pacemaker serial {serial1} - check at next visit {date1}""",
)
# --- discharge summary ---------------------------------------------------------------------
t(
    "discharge summary",
    """DISCHARGE SUMMARY
Name .......... {person1.caps_last_first}
Hosp. No ...... {mrn1}
Admitted ...... {date1}      Discharged ...... {date2}
Diagnosis: [[community-acquired pneumonia]], [[CURB-65]] 2
Meds on discharge: [[doxycycline 100 mg OD]], [[paracetamol 1 g QDS PRN]]
Follow-up: GP {person2.initials} at {addr1}
Discharging clinician: {person3.last_first_initial} (GMC {licence1})""",
)
t(
    "discharge summary",
    """Entlassungsbrief / discharge letter (translated)
Patient/in: {person1.last}, {person1.first}, geb. {dob1}
wohnhaft {addr1}
Versicherten-Nr.: {plan1}
Aufnahme {date1} -- Entlassung {date2}
[[Cholezystektomie]] laparoskopisch, komplikationslos.
Rückfragen: {person2.first_caps_last}, {locphone1}""",
)
t(
    "discharge summary",
    """Discharge summary - day surgery unit
{person1.caps}   {dob1}   {natid1.label}: {natid1}
Procedure {date1}: [[cataract extraction]] R eye, IOL lot {udi1}
Escort home: {person2.first_last}, mobile {cell1}
Email copy sent to {email1}""",
)
t(
    "discharge summary",
    """PATIENT: {person1.last_first_middle}
AGE: {age1}   ADMIT: {stamp1.hl}   D/C: {stamp2.hl}
DISPOSITION: home with [[home oxygen]] 2 L/min
PCP: {person2.caps_last_first} NPI {npi1}
HOME: {usaddr1}
Medicare: {mbi1}""",
)
# --- radiology request ---------------------------------------------------------------------
t(
    "radiology request",
    """RADIOLOGY REQUEST FORM
Surname: {person1.caps_last}     Forename(s): {person1.first}
DOB: {dob1}   Hospital number: {mrn1}   Ward/Clinic: [[Fracture clinic]]
Exam requested: [[XR left wrist AP/lateral]]
Clinical info: FOOSH {date1}
LMP / pregnancy: N/A
Referrer: {person2.initial_last}  bleep 4471  ext {phone1}""",
)
t(
    "radiology request",
    """Request for imaging (MRI)
{person1.full} / {dob1} / {govno1.fr}
[[MRI brain with gadolinium]] - ?[[demyelination]]
Implants: cochlear implant serial {serial1}  -- MR conditional? check
Requested by {person2.last_initial} on {date1}; report to {email1}""",
)
t(
    "radiology request",
    """CT ORDER  acc# {folio1.lab}
pt {person1.caps_last_first_all}   sex F   born {stamp1.dob}
[[CT abdomen/pelvis with contrast]]  eGFR 71
ordering: {person2.full}, DEA {dea1}
callback {usphone1}""",
)
t(
    "radiology request",
    """Ultrasound booking - obstetrics
Mother: {person1.first_last} ({age1}? - verify, chart says {dob1})
Address: {ukflat1}
[[dating scan]] requested, [[EDD]] by LMP {date1}
Midwife: {person2.first_initial}, {locphone1}""",
)
# --- insurance claim -----------------------------------------------------------------------
t(
    "insurance claim",
    """CLAIM FORM CMS-1500 (extract)
1a INSURED'S ID NUMBER        {plan1}
2  PATIENT'S NAME             {person1.caps_last_first}
3  PATIENT'S BIRTH DATE       {dob1}
5  PATIENT'S ADDRESS          {usaddr1}
   TELEPHONE                  {usphone1}
11 INSURED'S POLICY GROUP     [[GRP 0042]]
21 DIAGNOSIS                  [[J45.909]]
24 DOS {date1}  CPT [[99213]]
25 FEDERAL TAX I.D.           {natid1.us}
33 BILLING PROVIDER NPI       {npi1}""",
)
t(
    "insurance claim",
    """FNOL - private car (first notification of loss)
Policyholder: {person1.full}
Vehicle: VIN {vin1}, reg {plate1}
Loss date {date1}, loc. {city1} / TP driver {person2.last_first} (TP reg {plate2})
Our ref {claim1} - settlement a/c {iban1}
Contact: {email1} / {cell1}""",
)
t(
    "insurance claim",
    """Dental claim / pre-authorisation
Member {person1.first_last}   member no. {plan1}   DOB {dob1}
Provider: {person2.caps_last_first}, licence {licence1}
Tooth 36: [[root canal treatment]], [[crown PFM]]
Claim {claim1} submitted {date1}""",
)
t(
    "insurance claim",
    """travel insurance - medical expenses claim
insured: {person1.lower}
passport: {passport1}
treated at {city1} on {date1} for [[acute gastroenteritis]]
card used: {card1}
refund to: {iban1}  (account holder {person1.caps})""",
)

# --- KYC review ------------------------------------------------------------------------------
t(
    "KYC review",
    """KYC PERIODIC REVIEW - RETAIL
Customer: {person1.caps_last_first}   CIF {account1}
DOB {dob1}  Nationality: see doc   ID: {natid1.label} {natid1}
Passport {passport1} (exp. checked)
Residential address verified (utility bill): {addr1}
Source of funds: [[salary]]; [[PEP screening]] negative; [[risk rating: medium]]
Reviewer {person2.initials_caps_last} {date1}""",
)
t(
    "KYC review",
    """Onboarding checklist
[x] Name matches ID ....... {person1.first_caps_last}
[x] Selfie match .......... {url1}
[x] Proof of address ...... {lane1}, {postcode1} {city1}
[ ] Tax residency ......... {govno1.de}
[x] Phone verified ........ {cell1}
Analyst: {person2.handle}""",
)
t(
    "KYC review",
    """EDD memo - beneficial owner
UBO: {person1.last_first_middle}
Holding 34% via [[nominee structure]] (BVI)
Aadhaar / PAN on file: {govno1.in}
Bank ref: {iban1}; Contact {email1}
Adverse media: none found {date1}""",
)
t(
    "KYC review",
    """Customer due diligence - business account
Director 1: {person1.full} born {dob1}, {natid1.label} {natid1}
Director 2: {person2.caps_full}
Registered office: {addr1}
Signatory mobile: {phone1}
[[SIC 62020]] [[IT consultancy]]""",
)
# --- fraud case ------------------------------------------------------------------------------
t(
    "fraud case",
    """FRAUD CASE {folio1.case}
Victim: {person1.first_last} ({age1}), {usaddr1}
Card {card1} used at 3 merchants {date1}
Device fingerprint: IMEI {imei1}; IP {ip1}
Suspect mule account: {account1} held by {person2.caps_last_first}
Status: [[chargeback initiated]]""",
)
t(
    "fraud case",
    """Case notes (fraud ops)
{stamp1.log} login from {ipsix1} - new device
{stamp2.log} payee added: {person1.caps} / {iban1}
{stamp3.log} customer {person2.last_first} called from {cell1}, denies
-> [[account frozen]], refer to [[Action Fraud]]""",
)
t(
    "fraud case",
    """Insurance fraud referral
Claimant {person1.full} (policy {plan1}) reported theft of vehicle {vin1} on {date1}.
Telematics place the vehicle at {geo1} that night.
Witness {person2.first_initial} - statement pending. Handler: {person3.handle_dash}""",
)
t(
    "fraud case",
    """SIU summary - provider billing
Provider {person1.caps_last_first} NPI {npi1} DEA {dea1}
billed [[99215]] x 41 on {date1} for patients incl. {person2.initials}, {person3.initial_last}
Practice site: {addr1}; website {url1}""",
)
# --- HR leave request ----------------------------------------------------------------------
t(
    "HR leave request",
    """LEAVE REQUEST
Employee: {person1.last_first}          Employee No: {account1}
Leave type: [[Sick leave]]  From {date1} To {date2}
Medical certificate by {person2.full} (reg. {licence1}) attached
Cover arranged with {person3.first}
Approved: {person4.initial_last}""",
)
t(
    "HR leave request",
    """From: {email1}
To: hr-leave@{person2.lower_last}.example
Subject: parental leave - {person1.first_last}
Hi, I'd like to start [[shared parental leave]] on {date1}; baby due {date2}.
My NI number is {natid1.gb}. Thanks, {person1.first}""",
)
t(
    "HR leave request",
    """Absence record (HRIS export)
emp_id,name,start,end,reason,approver
{account1},"{person1.last_first}",{stamp1.iso},{stamp2.iso},[[bereavement]],{person2.handle}""",
)
t(
    "HR leave request",
    """Antrag auf Erholungsurlaub (Formblatt P-12)
Name: {person1.caps_last_space_first}
Personalnummer: {account1}
Steuer-ID: {govno1.de}
Zeitraum: {date1} - {date2}
Vertretung: {person2.last}
Unterschrift: {person1.initial_nodot_last}""",
)
# --- chat transcript -----------------------------------------------------------------------
t(
    "chat transcript",
    """[{stamp1.log}] <{person1.handle}> hi, my order never arrived
[{stamp2.log}] <agent_{person2.lower_first}> sorry! can you confirm postcode?
[{stamp3.log}] <{person1.handle}> {postcode1}
[{stamp3.log}] <{person1.handle}> and the card was {card1}
[agent_{person2.lower_first}] please never share full card numbers here""",
)
t(
    "chat transcript",
    """WhatsApp export
{date1}, 21:14 - {person1.first}: running late, can u pick mum from {addr1}
{date1}, 21:15 - {person2.first_last}: ok. her new number?
{date1}, 21:15 - {person1.first}: {cell1}
{date1}, 21:17 - {person2.first_last}: <Media omitted>""",
)
t(
    "chat transcript",
    """Live chat #{folio1.ticket}
Visitor ({ip1}): hello I need my test results
Agent {person1.first_initial}: can I take your full name and DOB?
Visitor: {person2.lower} {dob1}
Agent {person1.first_initial}: thanks {person2.first}, your [[HbA1c]] is ready in the portal""",
)
t(
    "chat transcript",
    """Teams chat - ward group
{person1.last_initial} 08:02  bed 4 ({person2.caps_last}) [[K+ 6.1]] repeat sample pls
{person3.first} 08:05  done, also called wife {person4.first} on {locphone1}
{person1.last_initial} 08:07  thx""",
)

# --- pharmacy --------------------------------------------------------------------------------
t(
    "pharmacy record",
    """Rx #{folio1} filled {date1}
{person1.caps_last_first}  {usaddr1}
[[Atorvastatin 20 mg tab]] #30  Sig: [[1 PO QHS]]  Refills 3
Prescriber {person2.caps_last_first} DEA {dea1} NPI {npi1}
Pt phone {usphone1}""",
)
t(
    "pharmacy record",
    """Controlled drugs register - page 14
Date {date1} | Patient {person1.full} | Addr {lane1} | [[Morphine sulfate 10 mg/5 ml]] 100 ml
Collected by {person2.first_last} - ID seen: {natid1.label} {natid1}
Pharmacist {person3.initial_last} reg {licence1}""",
)
t(
    "pharmacy record",
    """medication label
{person1.first_last}
[[Metformin 500mg]] take ONE tablet TWICE daily with food
Qty 56   {date1}   Rx {folio1}
{addr1}  Tel {locphone1}""",
)
# --- laboratory ------------------------------------------------------------------------------
t(
    "laboratory report",
    """LABORATORY REPORT   Specimen {folio1.lab}
Patient  {person1.caps_last_first}   Sex M   DOB {dob1}   MRN {mrn1}
Collected {stamp1.iso}   Received {stamp2.iso}
[[Haemoglobin]] 118 g/L (L)   [[WCC]] 7.2   [[Platelets]] 210
[[CRP]] 54 mg/L (H)
Requesting: {person2.full}   Authorised: {person3.initials}""",
)
t(
    "laboratory report",
    """Lab result,csv
specimen_id,patient,dob,test,value,unit,collected
{folio1.lab},"{person1.caps_last_first_all}",{stamp1.dob},[[TSH]],4.1,mIU/L,{stamp2.iso}""",
)
t(
    "laboratory report",
    """Genetics report
Proband: {person1.full} (DOB {dob1}); sample {folio1.lab}
Variant: [[BRCA2 c.5946delT]] heterozygous, [[pathogenic]]
Cascade testing offered to sister {person2.first_last}, {addr1}
Counsellor {person3.last_first_initial} {phone1}""",
)
# --- pathology -------------------------------------------------------------------------------
t(
    "pathology report",
    """SURGICAL PATHOLOGY  {folio1.path}
Name: {person1.caps_last_first}   Age: {age1}   Hosp#: {mrn1}
Specimen: [[skin, left cheek, excision]]
Diagnosis: [[basal cell carcinoma, nodular type]], margins clear (2 mm)
Reported {date1} by {person2.full}, FRCPath""",
)
t(
    "pathology report",
    """Cytology - cervical screening
{person1.last}, {person1.first}  {dob1}  {natid1.label}: {natid1}
Result: [[HPV negative]]; recall [[5 years]]
Sample taker {person2.initial_nodot_last}, practice {addr1}""",
)
t(
    "pathology report",
    """Autopsy / post-mortem summary
Deceased: {person1.caps_full}, aged {agewords1}
Date of death {date1}, found at {addr1}
Cause: 1a [[ischaemic heart disease]]
Coroner's officer {person2.first_last} tel {phone1}; case {folio1.case}""",
)
# --- dental ------------------------------------------------------------------------------------
t(
    "dental record",
    """Dental chart - {person1.first_last} ({dob1})
18 [[missing]] | 16 [[MOD amalgam]] | 36 [[RCT + crown]]
BPE 2/1/2 / 2/2/1
X-ray sensor serial {serial1}
Recall {date1} - sms to {cell1}""",
)
t(
    "dental record",
    """Orthodontic referral
Pt: {person1.caps_last_first}  parent {person2.full}
{ukflat1}
[[Class II div 1]], overjet 8 mm, [[IOTN 4]]
From Dr {person3.last} (GDC {licence1})""",
)
# --- mental-health intake --------------------------------------------------------------------
t(
    "mental-health intake",
    """MENTAL HEALTH INTAKE (confidential)
Client: {person1.first_last}   pronouns they/them   DOB {dob1}
Lives with partner {person2.first} at {addr1}
Presenting: low mood 6 months; [[PHQ-9 19]], [[GAD-7 14]]
Risk: passive ideation, no plan; safety plan agreed
Emergency contact {person2.full} {locphone1}
Clinician {person3.initials_caps_last}, {date1}""",
)
t(
    "mental-health intake",
    """Self-referral web form
name={person1.lower}
email={email1}
phone={cell1}
what brings you here: panic attacks since {date1}, [[CBT]] previously helpful
GP: Dr {person2.caps_last}, {city1}""",
)
t(
    "mental-health intake",
    """Section 136 assessment record
Person detained: {person1.caps_last_first}, approx {age1}
Detained at {geo1} by PC {person2.last} (collar {folio1})
AMHP {person3.full}; [[Mental Health Act 1983]] s.2 applied {date1}""",
)
# --- ambulance ---------------------------------------------------------------------------------
t(
    "ambulance run sheet",
    """PATIENT CARE RECORD  Incident {folio1.case}
Call {stamp1.log}  At scene {stamp2.log}
Pt {person1.caps_last_first}  est. age {age1}
Scene: {usaddr1}  (GPS {geo1})
[[GCS 14]] [[SpO2 91% RA]] [[RR 24]] - [[salbutamol 5 mg neb]]
Conveyed to ED; handed to RN {person2.first_initial}
Crew: {person3.caps_last}/{person4.caps_last}  Unit {plate1}""",
)
t(
    "ambulance run sheet",
    """EMS run report
PT NAME: {person1.caps_full}  DOB: {dob1}  PH: {phone1}
CC: [[chest pain]] 8/10 radiating L arm; [[aspirin 324 mg]] PO, [[NTG 0.4 mg SL]] x2
12-lead transmitted from monitor SN {serial1}
Family: son {person2.first_last}""",
)
# --- clinical-trial CRF -----------------------------------------------------------------------
t(
    "clinical-trial CRF",
    """CASE REPORT FORM - Visit 3 (Week 12)
Protocol [[ABC-301]]   Site [[104]]   Subject {folio1.trial}
Initials: {person1.initials_nodot_last}   DOB: {dob1}
Visit date {date1}
[[ECOG 1]]; [[AE: Grade 2 nausea]] - ongoing
Investigator signature: {person2.full}  {date2}""",
)
t(
    "clinical-trial CRF",
    """eCRF audit trail
field,old,new,user,timestamp
DOB,,{stamp1.dob},{person1.handle_under},{stamp2.iso}
SUBJID,,{folio1.trial},{person1.handle_under},{stamp2.iso}
CONTACT,,{cell1},{person2.handle_initial},{stamp3.iso}""",
)
t(
    "clinical-trial CRF",
    """Informed consent log
Participant {person1.first_last} signed ICF v4.0 on {date1}
Witness: {person2.caps_last_first}
Participant ID {folio1.trial}; NHS/ID {govno1.gb}""",
)
# --- adverse-event report ----------------------------------------------------------------------
t(
    "adverse-event report",
    """MedWatch-style adverse event report
Patient identifier: {person1.initials}   Age: {age1}   Weight 61 kg
Event onset {date1}: [[Stevens-Johnson syndrome]] after [[lamotrigine]]
Reporter: {person2.full}, {addr1}, {email1}
Lot no. [[LM4471A]]""",
)
t(
    "adverse-event report",
    """Yellow Card report
Patient: {person1.last_initials}  DOB {dob1}  hospital no. {mrn1}
Suspect drug [[COVID-19 mRNA vaccine]], batch [[FH8020]]; reaction [[myocarditis]] {date1}
Reporter {person2.first_caps_last}, tel {locphone1}""",
)
t(
    "adverse-event report",
    """Device incident report
Device: insulin pump, UDI {udi1}
Patient {person1.first_last}, {age1}
Event {stamp1.iso}: [[occlusion alarm]] not triggered, [[DKA]]
Reported by {person2.last_first} ({email1})""",
)

# --- insurance appeal ----------------------------------------------------------------------------
t(
    "insurance appeal",
    """Re: Appeal of denied claim {claim1}
Member: {person1.full}   ID: {plan1}   DOB: {dob1}
To whom it may concern,
I am writing on behalf of my mother, {person1.first}, who is {agewords1} years old, to appeal
the denial of [[inpatient rehabilitation]] dated {date1}.
Her physician, Dr. {person2.last} (NPI {npi1}), documented [[medical necessity]].
Sincerely, {person3.first_last}
{usaddr1} | {usphone1}""",
)
t(
    "insurance appeal",
    """INDEPENDENT REVIEW REQUEST
Enrollee name (Last, First, MI): {person1.last_first_middle}
Medicare #: {mbi1}
Denied service: [[CPAP device]] [[E0601]]
Date of notice: {date1}
Representative: {person2.caps_last_first}, phone {phone1}, fax {fax1}""",
)
# --- mortgage file -------------------------------------------------------------------------------
t(
    "mortgage file",
    """UNIFORM RESIDENTIAL LOAN APPLICATION (extract)
Borrower: {person1.first_last}   SSN {natid1.us}   DOB {dob1}
Co-borrower: {person2.first_last}
Subject property: {usaddr1}
Employer phone {usphone1}; years on job 6
Checking acct {account1}; [[LTV 80%]], [[DTI 36%]]""",
)
t(
    "mortgage file",
    """Valuation report - instruction
Applicants: {person1.caps_last_first} & {person2.caps_last_first}
Security address: {ukflat1}
Access: contact {person1.first} on {cell1}
Loan ref {folio1}; [[repayment mortgage]], [[25-year term]]""",
)
t(
    "mortgage file",
    """Underwriter notes
- borrower {person1.initial_last}: 2 yrs payslips ok, bank stmt shows deposits from {iban1}
- gift letter from {person2.full} ({addr1}) - need donor ID ({govno1.es})
- credit file: CCJ {date1} satisfied""",
)
# --- wire / SWIFT / SEPA -------------------------------------------------------------------------
t(
    "wire transfer message",
    """{1:F01KREDBEBBAXXX4471209934}{2:O1031342KBCBNL2AXXX}{3:{108:MT103}}{4:
:20:{folio1}
:32A:{stamp1.hl}EUR12500,00
:50K:/{iban1}
{person1.caps}
{addr1}
:59:/{iban2}
{person2.caps_full}
:70:[[INVOICE 2231]] RENT
:71A:SHA
-}""",
)
t(
    "wire transfer message",
    """<CdtTrfTxInf>
  <PmtId><EndToEndId>[[E2E-7781-CW]]</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">1312.44</InstdAmt></Amt>
  <Cdtr><Nm>{person1.full}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{iban1}</IBAN></Id><Ccy>EUR</Ccy></CdtrAcct>
  <RmtInf><Ustrd>[[Nebenkosten Q3]] {date1}</Ustrd><Strd/></RmtInf>
</CdtTrfTxInf>""",
)
t(
    "wire transfer message",
    """Outgoing wire - call-back verification
Originator {person1.last_first} acct {account1}
Beneficiary {person2.first_last}, {addr1}, IBAN {iban1}
Call-back to number on file {phone1} at {stamp1.log}: confirmed by {person1.first}""",
)
# --- AML alert -----------------------------------------------------------------------------------
t(
    "AML alert",
    """AML ALERT {folio1.case}  rule [[STRUCT-03 cash structuring]]
Subject: {person1.caps_last_first} (CIF {account1}), DOB {dob1}
9 cash deposits of [[EUR 9,500]] between {date1} and {date2}
Linked party: {person2.full} - shared address {addr1}
Analyst disposition: [[escalate to SAR]]""",
)
t(
    "AML alert",
    """Transaction monitoring export
alert_id;customer;iban;ip;amount;date
{folio1.case};{person1.last_space_first};{iban1};{ip1};[[48000.00]];{stamp1.iso}""",
)
t(
    "AML alert",
    """SAR narrative (draft)
{person1.full}, a national of [[Country X]], holding {natid1.label} {natid1}, received 14
incoming transfers from {person2.caps_last_first}. Funds moved on via card {card1}
within hours. Customer's stated occupation: [[student]]. Phone {cell1}.""",
)
# --- payroll -------------------------------------------------------------------------------------
t(
    "payroll record",
    """PAYSLIP   Period 09   Pay date {date1}
{person1.caps_last_first}            Emp no {account1}
NI no {natid1.gb}   Tax code [[1257L]]
[[Basic pay]] 2,875.00   [[PAYE]] 330.40   [[NI]] 212.11
Paid to {iban1}""",
)
t(
    "payroll record",
    """payroll_export.tsv
emp	name	ssn	dob	bank_acct	addr
{account1}	{person1.last_first}	{natid1.us}	{dob1}	{account2}	{usaddr1}""",
)
t(
    "payroll record",
    """Bulletin de paie (extrait)
Salarié : {person1.caps_last_space_first}
N° Sécurité sociale : {govno1.fr}
Entré le {date1}
[[Salaire de base]] 2 310,00 ; [[CSG déductible]] 143,22
Virement : {iban1}""",
)

# --- immigration and visa ------------------------------------------------------------------------
t(
    "immigration file",
    """VISA APPLICATION - biographic page
Surname(s): {person1.caps_last}
Given name(s): {person1.caps_first}
Date of birth (DD/MM/YYYY as in passport): {dob1}   Town/city of birth: {city1}
Passport No.: {passport1}
Address in host country: {addr1}
Sponsor: {person2.full}, tel {phone1}
Photo: {url1}""",
)
t(
    "immigration file",
    """Caseworker minute
Applicant {person1.last_first} (ref {folio1.case}) attended biometrics {date1}.
Fingerprint enrolment ref {folio2}. Spouse {person2.first_last}, {natid1.label} {natid1}.
Interpreter requested. Next: [[Tier 2 sponsor check]].""",
)
t(
    "immigration file",
    """I-9 Section 1 (transcribed)
Last Name (Family Name): {person1.caps_last}  First Name (Given Name): {person1.caps_first}
Address: {usaddr1}
Date of Birth: {dob1}   U.S. Social Security Number: {natid1.us}
Employee's E-mail: {email1}   Telephone: {usphone1}""",
)
t(
    "immigration file",
    """Residence permit renewal - checklist
Name {person1.caps_last_space_first}; permit no. {govno1.it}
Current address {addr1}; landlord {person2.last}
Health insurance card {plan1}
Appointment {date1} at [[Questura]]""",
)
# --- court and police ----------------------------------------------------------------------------
t(
    "court record",
    """IN THE COUNTY COURT AT {city1}
Claim No. {folio1.case}
BETWEEN
{person1.caps_full}                Claimant
-and-
{person2.caps_full}                Defendant
ORDER made by District Judge {person3.last} on {date1}
The Defendant shall pay [[£2,400]] by {date2}.""",
)
t(
    "court record",
    """Docket entry
{date1}  MOTION to suppress filed by counsel {person1.full} (Bar No. {licence1}) on behalf of
defendant {person2.caps_last_first} (DOB {dob1}). Hearing set {date2}. [[18 U.S.C. § 1343]]""",
)
t(
    "court record",
    """Family court - welfare report (extract)
Child: {person1.first} {person1.last}, born {dob1}
Mother: {person2.full}, {addr1}
Father: {person3.first_last}, last known {city1}
School: contact DSL {person4.initial_last} {phone1}""",
)
t(
    "police record",
    """INCIDENT REPORT {folio1.case}
OIC: PC {person1.caps_last} (shoulder no. 4471)
Date/time {stamp1.log}
Location {lane1}, {city1}
Victim: {person2.caps_last_first}, DOB {dob1}, mob {cell1}
Suspect vehicle: {plate1} (VIN {vin1}) - [[silver hatchback]]
Offence: [[theft from motor vehicle]]""",
)
t(
    "police record",
    """Witness statement (MG11)
Statement of: {person1.full}
Age if under 18: over 18   Occupation: [[nurse]]
This statement is true to the best of my knowledge and belief.
On {date1} I was at {addr1} when I saw a man I now know as {person2.first_last} ...
Signed: {person1.initial_last}""",
)
t(
    "police record",
    """Custody record
Detained person {person1.caps_last_first} aka {person1.handle}
Arrested {stamp1.log} at {geo1}
Phone seized IMEI {imei1}; SIM ICCID noted
Solicitor {person2.full} informed via {phone1}""",
)
# --- school and social care ----------------------------------------------------------------------
t(
    "school record",
    """Pupil record
Legal surname: {person1.caps_last}   Preferred name: {person1.first}
DOB {dob1}   UPN {folio1}
Parent/carer: {person2.full} - {cell1} - {email1}
Address {addr1}
SEN: [[EHCP]] for [[dyslexia]]""",
)
t(
    "school record",
    """Safeguarding log (CPOMS export)
{date1} - {person1.first_initial} (Y8) disclosed bruising;
DSL {person2.last_first_initial} informed.
Parent {person3.first_last} called {locphone1} - no answer. Referral to [[MASH]].""",
)
t(
    "social-care record",
    """Adult social care - assessment
Service user: {person1.last_first}, aged {age1}
Lives at {addr1} alone; daughter {person2.full} visits weekly ({phone1})
Needs: [[personal care]], [[meal preparation]]; [[Care Act eligible]]
Key safe code held by {person2.first}. Social worker {person3.initials}""",
)
t(
    "social-care record",
    """Child in need plan - review {date1}
Child: {person1.first_last} DOB {dob1}
Mum {person2.first} ({cell1}); stepfather {person3.first_last}
Health visitor {person4.initial_last}; NHS/ID {govno1.gb}""",
)

# --- call-centre log ----------------------------------------------------------------------------
t(
    "call-centre log",
    """CALL LOG  agent {person1.handle}  queue [[Billing]]
{stamp1.log} inbound from {cell1}
caller identified as {person2.first_last}, postcode {postcode1}, DOB {dob1}
issue: direct debit failed from acct {account1}
outcome: [[payment plan agreed]]""",
)
t(
    "call-centre log",
    """Speech-to-text transcript (auto)
AGENT: thank you for calling, who am I speaking with
CALLER: it's {person1.lower} l-a-s-t name {person1.caps_last}
AGENT: and the first line of the address
CALLER: {lane1}
AGENT: and your date of birth
CALLER: {dob1}""",
)
t(
    "call-centre log",
    """Nurse advice line - call summary
Caller {person1.full} re: {person2.first} ({age1}) - [[fever 39.2]], [[rash non-blanching]]
Advised [[999]] immediately; callback {phone1}; location {geo1}""",
)
# --- e-mail thread -------------------------------------------------------------------------------
t(
    "e-mail thread",
    """From: "{person1.last_first}" <{email1}>
Sent: {date1}
To: {person2.first_last}
Subject: RE: scan results

{person2.first} - results attached. Pls don't forward.
> On {date2}, {person2.full} wrote:
> Could you send {person3.first}'s MRI? Her MRN is {mrn1}.
--
{person1.first} {person1.last} | Radiology | {phone1}""",
)
t(
    "e-mail thread",
    """-----Ursprüngliche Nachricht-----
Von: {person1.caps_last}, {person1.first}
Cc: {email1}
Betreff: *EXTERN* Kontoauflösung {account1}
Sehr geehrte Damen und Herren, bitte lösen Sie mein Konto auf; Saldo an {iban1}.
Mit freundlichen Grüßen
{person1.initials}""",
)
t(
    "e-mail thread",
    """Subject: FW: reference for {person1.first_last}
Hi all - see below from her previous employer.
---------- Forwarded message ---------
From: {person2.full} <{email1}>
Date: {date1}
{person1.first} worked for us from {date2}; reliable. Call me on {cell1}.""",
)
# --- ticket system -------------------------------------------------------------------------------
t(
    "ticket system",
    """[{folio1.ticket}] Password reset request
Reporter: {person1.handle_dash}@corp   Priority [[P3]]
User {person1.first_last} locked out; last login from {ip1} ({stamp1.iso})
Laptop MAC {mac1}, asset serial {serial1}
Resolved by {person2.first_initial}""",
)
t(
    "ticket system",
    """JIRA-like export
key | summary | reporter | created
{folio1.ticket} | DOB wrong for {person1.caps_last_first} ({dob1}) | {person2.handle} | {stamp1.iso}
{folio2.ticket} | Merge duplicate MRNs {mrn1} / {mrn2} | {person2.handle} | {stamp2.iso}""",
)
t(
    "ticket system",
    """Helpdesk ticket #{folio1.ticket}
Customer: {person1.full} <{email1}>
Device IMEI {imei1} not activating; ICCID checked; IPv6 lease {ipsix1}
Ship replacement to {addr1}""",
)
# --- CSV / TSV exports ---------------------------------------------------------------------------
t(
    "CSV export",
    """patient_id,last_name,first_name,dob,phone,email,zip
{mrn1},{person1.last},{person1.first},{stamp1.dob},{phone1},{email1},{postcode1}
{mrn2},{person2.last},{person2.first},{stamp2.dob},{phone2},,{postcode2}""",
)
t(
    "CSV export",
    """"Name";"Geburtsdatum";"IBAN";"Telefon"
"{person1.last_first}";"{dob1}";"{iban1}";"{cell1}"
"{person2.last_first}";"{dob2}";"{iban2}";"{cell2}\"""",
)
t(
    "TSV export",
    """member	plan_id	birth	addr	pcp_npi
{person1.caps_last_first_all}	{plan1}	{dob1}	{usaddr1}	{npi1}""",
)
# --- JSON export ---------------------------------------------------------------------------------
t(
    "JSON export",
    """{"customer": {"name": "{person1.full}", "dob": "{stamp1.dob}",
  "national_id": "{natid1}", "phones": ["{cell1}"], "email": "{email1}",
  "address": "{addr1}", "risk": "[[low]]"}}""",
)
t(
    "JSON export",
    """[
  {"ts": "{stamp1.iso}", "user": "{person1.handle}", "ip": "{ip1}", "event": "[[login_success]]"},
  {"ts": "{stamp2.iso}", "user": "{person1.handle}", "ip": "{ipsix1}", "event": "[[export_pdf]]"}
]""",
)
t(
    "JSON export",
    """{"resourceType": "Patient", "id": "{folio1}",
 "name": [{"text": "{person1.full}", "family": "{person1.last}"}],
 "telecom": [{"system": "phone", "use": "mobile", "value": "{cell1}"}],
 "birthDate": "{stamp1.dob}", "address": [{"text": "{addr1}"}]}""",
)

# --- HL7 / FHIR-like ------------------------------------------------------------------------------
t(
    "HL7 message",
    """MSH|^~\\&|LAB|HOSP|EHR|HOSP|{stamp1.hl}||ORU^R01|{folio1}|P|2.5.1
PID|1||{mrn1}^^^HOSP^MR||{person1.caps_last}^{person1.caps_first}||{stamp2.dob}|F|||{lane1}^^{city1}^^{postcode1}||{cell1}
OBR|1||{folio2.lab}|[[24331-1^Lipid panel^LN]]|||{stamp3.hl}
OBX|1|NM|[[2093-3^Cholesterol^LN]]||5.8|mmol/L|<5.0|H""",
)
t(
    "HL7 message",
    """MSH|^~\\&|ADT|WARD|PAS|HOSP|{stamp1.hl}||ADT^A01|{folio1}|P|2.3
PID|||{mrn1}||{person1.caps_last}^{person1.caps_first}^^^^||{stamp2.dob}|M||||||{phone1}|||||{natid1.us}
NK1|1|{person2.caps_last}^{person2.caps_first}|[[SPO]]|{addr1}|{phone2}
PV1||I|[[ICU^04^B]]|||||{npi1}^{person3.caps_last}^{person3.caps_first}""",
)
t(
    "FHIR fragment",
    """{"resourceType": "Observation", "status": "final",
 "code": {"text": "[[Heart rate]]"}, "valueQuantity": {"value": 112},
 "subject": {"reference": "Patient/{mrn1}", "display": "{person1.full}"},
 "effectiveDateTime": "{stamp1.iso}",
 "device": {"display": "wearable {serial1} / {mac1}"}}""",
)
t(
    "FHIR fragment",
    """{"resourceType": "Coverage", "subscriberId": "{plan1}",
 "beneficiary": {"display": "{person1.last_first}"},
 "payor": [{"display": "[[Medicare Part B]]"}], "identifier": [{"value": "{mbi1}"}],
 "period": {"start": "{stamp1.iso}"}}""",
)
# --- OCR'd scans ---------------------------------------------------------------------------------
t(
    "OCR scan",
    """RErERRAL LETTER  (scanned, OCR)
Pat ient : {person1.caps_last_first}
D.O.B : {dob1}      Hosp. N o: {mrn1}
Addr ess: {addr1}
Dear Co11eague, thank you for seeing this {age1} year o1d with [[hypertension]]
Y ours sincerely , Dr {person2.initial_last}""",
)
t(
    "OCR scan",
    """~~ page 2 of 3 ~~  [illegible stamp]
Na me of insured  {person1.caps}
Po1icy Number    {plan1}
Date of 1oss     {date1}
Te1ephone        {phone1}
Sig nature       {person1.initial_last}   |||  [[FORM CL-7]]""",
)
t(
    "OCR scan",
    """SCANNED ID CARD (back)
<<{person1.caps_last}<<{person1.caps_first}<<<<<<<
ID no {govno1.pl}     issued {date1}
addr: {addr1}
[[valid for travel in EU]]""",
)
# --- handwritten notes transcribed ----------------------------------------------------------------
t(
    "handwritten note",
    """[handwritten, transcribed]
Mrs {person1.last} rang - wants Dr to call re husband {person2.first}'s [[INR]] (was 4.2)
her no. {locphone1} - after 3pm
pls also fax script to chemist {fax1}  -- {person3.first}""",
)
t(
    "handwritten note",
    """[transcription of sticky note on chart]
"{person1.first} - DNR discussed w/ son ({person2.first_last}) {date1}. Not signed yet.
Son's mob {cell1}. Lives {city1}."
   [initials illegible - ?{person3.initials_nodot_last}]""",
)
t(
    "handwritten note",
    """GP home visit jotter
{person1.caps_last} {person1.first} {age1}yo  {lane1}
bp 150/90  [[furosemide]] ↑ 80mg  [[ankle oedema]] ++
next visit {date1}""",
)
# --- forms with fields ---------------------------------------------------------------------------
t(
    "registration form",
    """NEW PATIENT REGISTRATION
Title [ Mx ]  First name [ {person1.first} ]  Surname [ {person1.last} ]
Date of birth [ {dob1} ]   Phone [ {phone1} ]
Email [ {email1} ]
Home address [ {addr1} ]
Previous GP [ Dr {person2.last}, {city1} ]
Emergency contact [ {person3.full} ]  [ {cell1} ]""",
)
t(
    "registration form",
    """Hotel registration card
Guest: {person1.caps_last_first}
Nationality / ID: {natid1.label} {natid1}
Address: {addr1}
Vehicle registration: {plate1}
Arrival {date1}  Departure {date2}
Card on file {card1}""",
)
# --- tables --------------------------------------------------------------------------------------
t(
    "ward list table",
    """| Bed | Patient                     | Age | MRN        | Consultant       |
|-----|-----------------------------|-----|------------|------------------|
| 1   | {person1.caps_last_first}   | {age1}  | {mrn1} | {person3.initial_last} |
| 2   | {person2.caps_last_first}   | 67  | {mrn2} | {person3.initial_last} |
Notes: bed 1 [[nil by mouth]] from midnight""",
)
t(
    "ward list table",
    """+------------------+--------------+-----------------+
| name             | dob          | allergy         |
+------------------+--------------+-----------------+
| {person1.full} | {dob1} | [[penicillin]] |
| {person2.full} | {dob2} | [[latex]]      |
+------------------+--------------+-----------------+""",
)

# --- documents written in one country's language and conventions -------------------------------
t(
    "clinical note",
    """診療録（抜粋）
氏名：{person1.last_space_first}　様
生年月日：{dob1}
住所：{addr1}
電話：{cell1}
主訴：[[頭痛]]、[[めまい]]
担当医：{person2.last}""",
    ("ja_JP",),
    ("JP",),
    ("%Y年%m月%d日", "%Y/%m/%d"),
)
t(
    "insurance claim",
    """保险理赔申请
被保险人：{person1.last_space_first}
身份证号：{govno1.cn}
联系电话：{cell1}
住院日期：{date1}
诊断：[[急性阑尾炎]]""",
    ("zh_CN",),
    ("CN",),
    ("%Y年%m月%d日", "%Y-%m-%d"),
)
t(
    "KYC review",
    """고객확인서 (KYC)
성명: {person1.last_space_first}
주민등록번호: {govno1.kr}
연락처: {cell1}
주소: {addr1}
확인일: {date1}""",
    ("ko_KR",),
    ("KR",),
    ("%Y.%m.%d", "%Y-%m-%d"),
)
t(
    "HR leave request",
    """Wniosek urlopowy
Pracownik: {person1.first_last}
PESEL: {govno1.pl}
Urlop [[wypoczynkowy]] od {date1} do {date2}
Adres: {addr1}
Tel. {cell1}""",
    ("pl_PL",),
    ("PL",),
    ("%d.%m.%Y", "{d} {month:pl} %Y"),
)
t(
    "discharge summary",
    """Resumo de alta hospitalar
Paciente: {person1.caps_full}
CPF: {govno1.br}
Data de nascimento: {dob1}
Internação {date1}; alta {date2}
Diagnóstico: [[pneumonia adquirida na comunidade]]
Endereço: {addr1}""",
    ("pt_BR",),
    ("BR",),
    ("%d/%m/%Y",),
)
t(
    "fraud case",
    """Expediente de fraude
Titular: {person1.last_first}
CURP: {govno1.mx}
Tarjeta: {card1}
Fecha del cargo: {date1}
Domicilio: {addr1}
Teléfono: {cell1}""",
    ("es_MX",),
    ("MX",),
    ("%d/%m/%Y", "{d} de {month:es} de %Y"),
)
t(
    "payroll record",
    """Bordro / payslip
Personel: {person1.caps_last_space_first}
T.C. Kimlik No: {govno1.tr}
IBAN: {iban1}
Dönem: {date1}
[[Brüt ücret]] 42.000,00 TL""",
    ("tr_TR",),
    ("TR",),
    ("%d.%m.%Y", "{d} {month:tr} %Y"),
)
t(
    "immigration file",
    """Aufenthaltstitel - Antrag
Familienname: {person1.caps_last}
Vorname: {person1.first}
Geburtsdatum: {dob1}
Sozialversicherungsnummer: {govno1.at}
Anschrift: {addr1}""",
    ("de_AT",),
    ("AT",),
    ("%d.%m.%Y", "{d}. {month:de} %Y"),
)
t(
    "school record",
    """Fiche élève
NOM : {person1.caps_last}   Prénom : {person1.first}
Né(e) le {dob1}
Responsable légal : {person2.full} - {cell1}
Adresse : {addr1}
N° sécurité sociale du responsable : {govno1.fr}""",
    ("fr_FR",),
    ("FR",),
    ("%d/%m/%Y", "{d} {month:fr} %Y"),
)
t(
    "pathology report",
    """Referto istologico
Paziente: {person1.caps_last_space_first}
Codice fiscale: {govno1.it}
Nato/a il {dob1} a {city1}
Diagnosi: [[adenocarcinoma del colon G2]]
Medico refertante: {person2.full}""",
    ("it_IT",),
    ("IT",),
    ("%d/%m/%Y",),
)
t(
    "social-care record",
    """Zorgdossier (uittreksel)
Cliënt: {person1.full}
BSN: {govno1.nl}
Geboortedatum: {dob1}
Adres: {addr1}
Contactpersoon: {person2.first_last}, {cell1}""",
    ("nl_NL",),
    ("NL",),
    ("%d-%m-%Y", "{d} {month:nl} %Y"),
)
t(
    "laboratory report",
    """Laboratoriesvar
Patient: {person1.last_first}
Personnummer: {govno1.se}
Provtagning: {date1}
[[P-Glukos]] 6,1 mmol/L
Remitterande: {person2.full}""",
    ("sv_SE",),
    ("SE",),
    ("%Y-%m-%d",),
)
t(
    "court record",
    """Ylioikeuden päätös (ote)
Vastaaja: {person1.caps_last_first}
Henkilötunnus: {govno1.fi}
Osoite: {addr1}
Annettu {date1}""",
    ("fi_FI",),
    ("FI",),
    ("%d.%m.%Y", "{d}. {month:fi} %Y"),
)
t(
    "mortgage file",
    """Hypotečný úver - žiadosť
Žiadateľ: {person1.first_last}
Rodné číslo: {govno1.sk}
Trvalý pobyt: {addr1}
Telefón: {cell1}
Dátum: {date1}""",
    ("sk_SK",),
    ("SK",),
    ("%d.%m.%Y", "{d}. {month:sk} %Y"),
)
t(
    "clinical note",
    """Ambulantní zpráva
Pacient: {person1.caps_last} {person1.first}
Rodné číslo: {govno1.cz}
Vyšetřen {date1}: [[akutní bronchitida]]
Lékař: {person2.full}""",
    ("cs_CZ",),
    ("CZ",),
    ("%d.%m.%Y", "{d}. {month:cs} %Y"),
)
t(
    "KYC review",
    """Know-your-customer record
Name: {person1.full}
Aadhaar: {govno1.in}
Mobile: {cell1}
Address: {addr1}
DOB: {dob1}""",
    ("en_IN", "hi_IN"),
    ("IN",),
    ("%d/%m/%Y", "%d-%m-%Y"),
)
t(
    "insurance claim",
    """Claim form - medical
Insured: {person1.caps_last_first}
SA ID number: {govno1.za}
Medical aid no: {plan1}
Date of treatment: {date1}
Cell: {cell1}""",
    ("zu_ZA", "en_GB"),
    ("ZA",),
    ("%Y/%m/%d", "%d %B %Y"),
)
t(
    "HR leave request",
    """Leave application
Staff: {person1.first_last}
NRIC: {govno1.my}
Leave from {date1} to {date2}
HP: {cell1}""",
    ("en_US", "en_GB"),
    ("MY",),
    ("%d/%m/%Y", "{d} {month:ms} %Y"),
)
t(
    "immigration file",
    """Application for residence - copy
Applicant: {person1.caps_last_first}
IRD number: {govno1.nz}
Address: {addr1}
Phone: {cell1}
Arrived {date1}""",
    ("en_NZ",),
    ("NZ",),
    ("%d/%m/%Y",),
)
t(
    "chat transcript",
    """צ'אט שירות לקוחות
[{stamp1.log}] לקוח: שמי {person1.full}
[{stamp1.log}] לקוח: ת"ז {govno1.il}
[{stamp2.log}] נציג: תודה, הטלפון שלך {cell1}?""",
    ("he_IL",),
    ("IL",),
    ("%d/%m/%Y",),
)
t(
    "clinical note",
    """บันทึกการรักษา
ผู้ป่วย: {person1.full}
เลขบัตรประชาชน: {govno1.th}
วันที่: {date1}
โทร: {cell1}""",
    ("th_TH",),
    ("TH",),
    ("{dd}/%m/{be}", "%d/%m/%Y"),
)
t(
    "police record",
    """Протокол (перевод)
Потерпевший: {person1.last_first}
ИНН: {govno1.ru}
Адрес: {addr1}
Дата: {date1}
Телефон: {cell1}""",
    ("ru_RU",),
    ("RU",),
    ("%d.%m.%Y",),
)
t(
    "pharmacy record",
    """Συνταγή
Ασθενής: {person1.full}
ΑΜΚΑ: {govno1.gr}
Ημερομηνία: {date1}
[[Amoxicillin 1g]]""",
    ("el_GR",),
    ("GR",),
    ("%d/%m/%Y",),
)
t(
    "payroll record",
    """Fluturë page / payslip
Punonjësi: {person1.full}
Data: {date1}
IBAN: {iban1}""",
    ("sq_AL",),
    ("ES",),
    ("{d} {month:sq} %Y", "%d.%m.%Y"),
)
t(
    "school record",
    """Pupil enrolment
Name: {person1.first_last}
PPS number: {govno1.ie}
DOB: {dob1}
Guardian: {person2.full}, {cell1}""",
    ("en_IE", "ga_IE"),
    ("IE",),
    ("%d/%m/%Y",),
)
t(
    "clinical note",
    """Nota clínica
Paciente: {person1.full}
RUT: {govno1.cl}
Fecha: {date1}
[[Diabetes mellitus tipo 2]]
Fono: {cell1}""",
    ("es_CL",),
    ("CL",),
    ("%d-%m-%Y",),
)
t(
    "KYC review",
    """Ficha cliente
Nome: {person1.full}
NIF/Cartão de Cidadão: {govno1.pt}
Morada: {addr1}
Telemóvel: {cell1}""",
    ("pt_PT",),
    ("PT",),
    ("%d/%m/%Y", "{d} de {month:pt} de %Y"),
)
t(
    "discharge summary",
    """Epikrise
Pasient: {person1.last_first}
Fødselsnummer: {govno1.no}
Innlagt {date1}
[[Hjerteinfarkt]]""",
    ("no_NO",),
    ("NO",),
    ("%d.%m.%Y", "{d}. {month:no} %Y"),
)
t(
    "HR leave request",
    """Orlofsbeiðni
Starfsmaður: {person1.full}
Kennitala: {govno1.is}
Frá {date1} til {date2}""",
    ("is_IS",),
    ("IS",),
    ("%d.%m.%Y",),
)
t(
    "fraud case",
    """Dosar fraudă
Titular: {person1.caps_last_space_first}
CNP: {govno1.ro}
Data: {date1}
Card: {card1}""",
    ("ro_RO",),
    ("RO",),
    ("%d.%m.%Y", "{d} {month:ro} %Y"),
)

# --- more of what regulated industries handle ---------------------------------------------------
t(
    "vaccination record",
    """Immunisation record
{person1.first_last}   DOB {dob1}
[[MMR]] dose 2 given {date1}, batch [[AB1234]], site [[L deltoid]]
Vaccinator {person2.initial_last}; registration {licence1}""",
)
t(
    "birth registration",
    """Birth notification
Baby {person1.caps_last} (sex F) born {stamp1.iso} at {addr1}
Mother {person2.full}, {natid1.label} {natid1}
Father {person3.first_last}
Midwife {person4.caps_last_first}""",
)
t(
    "death certificate",
    """Cause of death certificate (copy for registrar)
Name of deceased {person1.caps_full}
Date of death {date1}   Age {age1}
Place of death {addr1}
I(a) [[metastatic carcinoma of pancreas]]
Certifying practitioner {person2.full}, GMC {licence1}""",
)
t(
    "tenancy file",
    """Tenancy reference check
Applicant {person1.first_last}, current address {ukflat1}
Landlord reference: {person2.full}, {cell1}
Rent paid from sort code/acct {account1}
Guarantor {person3.last_first}, DOB {dob1}""",
)
t(
    "telecom subscriber record",
    """SUBSCRIBER RECORD (lawful request)
MSISDN {cell1}   IMEI {imei1}
Subscriber {person1.caps_last_first}, {addr1}
Registered {date1}; last cell site {geo1}
Top-up card {card1}""",
)
t(
    "card dispute",
    """Chargeback dispute form
Cardholder: {person1.full}
Card number: {card1}
Transaction date: {date1}   Merchant: [[ONLINE ELECTRONICS LTD]]
Reason: [[goods not received]]
Signature: {person1.initial_last}   Tel: {phone1}""",
)
t(
    "debt collection letter",
    """FINAL NOTICE
{person1.caps_full}
{addr1}
Account {account1}: [[£1,204.50]] overdue since {date1}.
Call {person2.first} on {phone1} or pay via {url1}.""",
)
t(
    "pension record",
    """Pension statement
Member {person1.last_first}   Scheme no {folio1}
Date of birth {dob1} (age {age1})
Nominated beneficiary: {person2.full}
Paid to {iban1}""",
)
t(
    "tax return",
    """Self Assessment (extract)
Name {person1.caps_last_first}
UTR/TIN {natid1.label}: {natid1}
Address {addr1}
Employer PAYE ref [[123/AB456]]
Signed {date1}""",
)
t(
    "vehicle registration",
    """Vehicle registration certificate (V5C extract)
Registration mark {plate1}
VIN/Chassis {vin1}
Registered keeper {person1.caps_full}
{addr1}
Date of registration {date1}""",
)
t(
    "airline passenger record",
    """PNR {folio1.ticket}
1.1{person1.caps_last}/{person1.caps_first}MS
SSR DOCS YY HK1/P/XX/{passport1}/XX/{dob1}/F
SSR CTCM YY HK1/{cell1}
SSR CTCE YY HK1/{email1}
[[WCHR]] requested""",
)
t(
    "telehealth session log",
    """Telehealth session {folio1.ticket}
Patient {person1.first_last} joined from {ip1} at {stamp1.iso}
Video link {url1}
Clinician {person2.last_first_initial}; [[consent to video recorded]]""",
)
t(
    "occupational health report",
    """OH fitness assessment - return to work
Employee: {person1.full}, staff no {account1}
Seen {date1}; [[carpal tunnel syndrome]] R
Recommend [[modified duties 6 weeks]]
OH physician {person2.initials_caps_last}, {email1}""",
)
t(
    "workers' compensation claim",
    """Workers' compensation - employer report of injury
Employee {person1.last_first}   SSN {natid1.us}   DOB {dob1}
Injury {date1} at {usaddr1}: [[fall from ladder]], [[fractured calcaneus]]
Treating physician {person2.full} NPI {npi1}
Claim {claim1}""",
)
t(
    "optometry record",
    """Optometry record
{person1.caps_last_first} {dob1}
R [[-2.25/-0.50x180]] L [[-2.00DS]]  [[IOP 16/17]]
Contact lens order to {addr1}; tel {phone1}""",
)
t(
    "audiology record",
    """Audiology fitting
Client {person1.first_last} ({age1})
Hearing aid L serial {serial1}, R serial {serial2}
Bluetooth MAC {mac1}
Audiologist {person2.initial_last} (HCPC {licence1})""",
)
t(
    "biobank consent",
    """Biobank consent record
Donor {person1.full} DOB {dob1}
Sample IDs {folio1.lab}, {folio2.lab}
Facial photograph for identity: {url1}
Consent withdrawn? no. Witness {person2.caps_last_first}""",
)
t(
    "subject access request",
    """Data subject access request
Requester: {person1.full} <{email1}>
Customer no {account1}; previous address {addr1}
Received {date1}; statutory deadline {date2}
Handled by {person2.handle}""",
)
t(
    "DICOM header dump",
    """(0010,0010) PatientName        {person1.caps_last}^{person1.caps_first}
(0010,0020) PatientID          {mrn1}
(0010,0030) PatientBirthDate   {stamp1.dob}
(0008,0090) ReferringPhysician {person2.caps_last}^{person2.caps_first}
(0018,1000) DeviceSerialNumber {serial1}
(0008,0060) Modality           [[MR]]""",
)
t(
    "device log",
    """pump.log
{stamp1.log} INFO  paired to phone {mac1}
{stamp2.log} INFO  owner={person1.handle} sn={serial1}
{stamp2.log} WARN  [[reservoir low 10U]]
{stamp3.log} INFO  upload -> {ip1}""",
)
t(
    "referral letter",
    """URGENT 2WW REFERRAL
Patient {person1.first_last}  ({dob1})  {govno1.gb}
Address {addr1}   Mobile {cell1}
Suspected [[breast cancer]]: 2 cm lump, [[axillary lymphadenopathy]]
Interpreter needed: yes.  Referrer {person2.full}""",
)
t(
    "sick note",
    """Statement of fitness for work
Patient {person1.caps_full}
I assessed your case on {date1} and advise that you are not fit for work because of
[[acute lumbar strain]] for 2 weeks.
Doctor {person2.initial_last}, {addr1}""",
)
t(
    "home-care visit log",
    """Visit log - home care
{date1} 07:30  carer {person1.first_initial} at {person2.caps_last}'s ({lane1})
[[meds prompted]]; key safe used; {person2.first} asked for son {person3.first} ({cell1})
{date1} 12:15  carer {person4.first_initial}: [[lunch prepared]]""",
)
t(
    "hospice record",
    """Hospice admission
{person1.last_first}, {agewords1}, [[end-stage COPD]]
Next of kin {person2.full}, {phone1}; [[DNACPR]] in place since {date1}
Chaplain visit requested""",
)
t(
    "prison healthcare record",
    """Reception health screen
Prisoner {person1.caps_last_first} no. {folio1}
DOB {dob1}; previous GP {person2.last}, {city1}
[[methadone 60 ml]] continued; [[hepatitis C antibody positive]]""",
)
t(
    "prescription fax",
    """FAX COVER
To: {person1.caps_last} Pharmacy   Fax: {fax1}
From: Dr {person2.full}   Tel: {phone1}
Re: {person3.first_last}, DOB {dob1} - new Rx [[sertraline 50 mg]]
Pages: 2""",
)
t(
    "email signature block",
    """Thanks,
{person1.full}
Senior Claims Handler | [[Property & Casualty]]
{phone1} (direct) | {cell1} (mobile)
{email1} | {url1}
{addr1}""",
)
t(
    "research interview transcript",
    """Interview {folio1.trial} (pseudonymised? NO - check)
INT: and where did you grow up?
P: {city1}, then we moved to {addr1} when I was {age1}... no, sorry, when mum was.
INT: and your mum's name?
P: {person1.first} - {person1.full}""",
)


# Faker locales and weights for templates that name none: English-language records from
# many countries, with people, addresses and numbers of the whole world.
LOCALES = (
    ("en_US", 14), ("en_GB", 8), ("en_CA", 3), ("en_AU", 3), ("en_IE", 2), ("en_IN", 3),
    ("en_NZ", 1), ("en_PH", 1), ("de_DE", 3), ("de_AT", 1), ("de_CH", 1), ("fr_FR", 3),
    ("fr_CA", 1), ("fr_CH", 1), ("es_ES", 3), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1),
    ("it_IT", 2), ("pt_PT", 1), ("pt_BR", 2), ("nl_NL", 2), ("nl_BE", 1), ("pl_PL", 2),
    ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1),
    ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1), ("et_EE", 1), ("lv_LV", 1),
    ("lt_LT", 1), ("tr_TR", 2), ("bg_BG", 1), ("uk_UA", 1), ("ka_GE", 1), ("hy_AM", 1),
    ("id_ID", 1), ("vi_VN", 1), ("fil_PH", 1), ("bn_BD", 1), ("ne_NP", 1), ("fa_IR", 1),
    ("ar_EG", 1), ("ja_JP", 1), ("zh_CN", 1), ("ko_KR", 1), ("zh_TW", 1), ("tw_GH", 1),
)  # fmt: skip

NAME_COUNTRIES = (
    "NG", "GH", "ET", "CM", "EG", "MA", "DZ", "SA", "IQ", "IR", "AF", "BD", "IN", "MY",
    "ID", "PH", "TR", "GR", "AL", "HR", "PL", "CZ", "HU", "FI", "NO", "SE", "DK", "NL",
    "BE", "DE", "FR", "IE", "GB", "WLS", "ES", "PT", "IT", "BR", "AR", "MX", "CO", "HT",
    "JM", "US", "CA", "ZA",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "CA", "AU", "NZ", "IE", "IN", "PK", "ZA", "KE", "MU",
    "DE", "FR", "ES", "IT", "PT", "NL", "BE", "CH", "AT", "PL", "CZ", "SK", "SE", "NO",
    "DK", "FI", "IS", "EE", "LT", "HR", "SI", "RO", "BG", "GR", "TR", "IL", "BR", "MX",
    "AR", "CL", "PE", "EC", "CN", "KR", "JP", "MY", "ID", "TH",
)  # fmt: skip
DATE_FORMATS = (
    "%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d-%b-%Y", "%d %B %Y", "%B %d, %Y", "%d.%m.%Y",
    "%b %d %Y", "%d/%m/%y", "%m/%d/%y", "%d %b %Y", "%Y%m%d", "{ord} %B %Y", "%d-%m-%Y",
    "{d}/{m}/%Y", "%d.{roman}.%Y", "%A, %d %B %Y",
)  # fmt: skip

SPLIT = Split(
    name="heldout-j",
    templates=tuple(_T),
    seeds=range(84250001, 84250401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("MRN#######", "########", "H#######?", "RX#-###-###", "K##########"),
        "plan": ("???#########", "W#########", "XEH#########", "##########-##"),
        "claim": ("CLM-##########", "C#########", "####-??-######"),
        "account": ("##########", "########", "ACC-####-####", "E#####"),
        "licence": ("#######", "??######", "L-######", "RN#######"),
        "reg": ("REG######", "########"),
        "cert": ("CERT-#######", "?########"),
        "serial": ("SN##########", "??#######??", "####-####-####", "P#########"),
    },
    date_formats=DATE_FORMATS,
    romanise=frozenset({"bg_BG", "uk_UA", "ka_GE", "hy_AM"}),
    compound_surname=0.12,
)
