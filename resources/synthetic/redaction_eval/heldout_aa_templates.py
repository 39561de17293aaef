# ruff: noqa: E501 - template rows are documents, kept one line each as written
"""Split AA (written in session 42): casework across public services, and the messy input
people type.

Social care and child protection, housing and benefits, probation and prison, schools,
immigration and asylum, GP, dental, optician and pharmacy (labels, repeat slips),
ambulance dispatch and triage, veterinary records with owners, web forms and support
tickets, SMS and voicemail transcriptions (typos, emoji, no capitals, mixed scripts),
spreadsheets pasted into e-mail, tracked changes and review comments; beside ordinary
forms and prose in many languages and scripts, and structured formats (HL7 v2, FHIR
JSON, X12, EDIFACT, XML escaped as it is pasted into a web page, logs, e-mail headers,
chat exports, OCR'd scans). Written from the identifier classes and the services' own
conventions. Values: aa_forms.py. Dates count back from AA_TODAY, never from the clock.

Held out in session 44 (run once after the freeze), DEV-side (tuned on) since.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.aa_forms import AA_TODAY
from resources.synthetic.redaction_eval.generator import Split, Template

__all__ = ["AA_SAFE_HARBOR", "AA_TODAY", "SPLIT", "TEMPLATES"]

TEMPLATES: list[Template] = []


def T(
    tid: str,
    doc_type: str,
    locales: str,
    text: str,
    *,
    ids: tuple[str, ...] = (),
    dates: tuple[str, ...] = (),
) -> None:
    """One template: its locales ("en_GB fr_FR", equal weights), national-id countries and
    date styles (aa_forms.STYLES keys)."""
    TEMPLATES.append(
        Template(
            id=tid,
            doc_type=doc_type,
            text=text,
            locales=tuple((loc, 1) for loc in locales.split()),
            id_countries=ids,
            date_formats=dates,
        )
    )


# ---- Social care, child protection, housing, benefits (UK and Ireland first)
T(
    "aa-social-casenote-1",
    "social care case note",
    "en_GB",
    """\
CASE NOTE  |  Adult Social Care  |  Ref {aacase1.social}
Service user: {aaper1.caps_last_first}   DOB {aadob1.old}   NHS {aanat1.gb}
Address: {aaaddr1}
Contact type: [[home visit]]   Worker: {aaper2.initial_last}
Visited with OT. {aaper1.first} was in the front room, dressing gown on, heating off again.
Says daughter {aaper3.first_last} ({aatel1.uk}) "does the shopping Tuesdays". Discussed [[care and support plan]]
review + [[carers assessment]] for daughter. Key safe code changed. Next visit {aadate1}.
""",
    dates=("dmy", "long"),
)

T(
    "aa-social-casenote-2",
    "social care case note",
    "en_GB",
    """\
{aadate1.dmyshort} 14:20 tel call in from {aaper1.full} re her mum {aaper2.last_first} (age {aaage1})
- mum had a fall on the stairs at {aastreet1}, {aatown1}, no injuries seen but wont use the [[pendant alarm]]
- asked for urgent [[reablement]] package. told her duty team will ring back on {aatel1}
- LAS ref {aacase2.amb}. Logged by {aaper3.initials}, duty SW
""",
)

T(
    "aa-cp-strategy-1",
    "child protection strategy meeting minutes",
    "en_GB",
    """\
STRATEGY MEETING (s.47 Children Act 1989) — OFFICIAL-SENSITIVE
Date of meeting: {aadate1.long}      LCS no: {aacase1.social}
Child: {aaper1.full}, DOB {aadob1.child}, UPN {aacase2.upn}
Mother: {aaper2.full}   Mother's partner: {aaper3.full} (PNC {aacase3.pnc})
Home: {aaaddr1}
Present: {aaper4.initial_last} (SW), DC {aaper5.last} (police CAIT), school DSL {aaper6.first_last}
Concerns: bruising to upper arm noted by school on {aadate2}. Agreed: [[section 47 enquiry]] to proceed,
[[joint visit]] today, child to be seen alone. Outcome to be shared with GP {aaper7.caps_last_first}.
""",
    dates=("dmy",),
)

T(
    "aa-cp-referral-1",
    "safeguarding referral form",
    "en_IE",
    """\
TUSLA — Child Protection and Welfare Report Form
Name of child: {aaper1.first_last}       Date of birth: {aadob1.child}
Address: {aaaddr1}
Parent/guardian: {aaper2.full}, mobile {aatel1}
PPSN (if known): {aanat1.ie}
Reason for concern: [[neglect]]; child arriving at school hungry, same clothes all week.
Reported by: {aaper3.full}, Principal, tel {aatel2}, email {aamail1}
Date: {aadate1}
""",
    dates=("dmy",),
)

T(
    "aa-housing-repair-1",
    "housing repair ticket",
    "en_GB",
    """\
Repairs ticket #{aacase1.ticket}   Priority: [[emergency - 24h]]
Tenant: {aaper1.caps_last_first}   Tenancy ref {aacase2.housing}
Property: {aaaddr1}
Reported via web form {aadate1.iso} 23:41 from IP {aaip1}
"water coming thru the ceiling in the bathroom from upstairs flat, electrics tripped, 2 kids under 5 in the property.
pls call {aatel1} not the landline"
Operative assigned: {aaper2.first_initial}   Van reg {aaveh1.plate}
""",
)

T(
    "aa-housing-hb-1",
    "housing benefit assessment",
    "en_GB",
    """\
HOUSING BENEFIT / COUNCIL TAX REDUCTION — ASSESSMENT NOTICE
Claim ref: {aacase1.benefit}     Council tax account: {aaacct1.ct}
Claimant: {aaper1.full}   NI no: {aanat1.gbni}
Partner: {aaper2.full}   NI no: {aanat2.gbni}
Address: {aaaddr1.lines}
Date of claim: {aadate1.long}     Benefit week starts: Monday
Eligible rent £142.50 pw less [[non-dependant deduction]] £18.10.
Paid to landlord: sort code/account {aaacct2.uk}
""",
)

T(
    "aa-homeless-app-1",
    "homelessness application",
    "en_GB",
    """\
Homelessness Reduction Act — Initial assessment (Part 7)
Applicant: {aaper1.last_first}  | DOB {aadob1.adult} | Tel {aatel1.uk}
Household: applicant + {aaper2.first} (son, DOB {aadob2.child})
Last settled address: {aaaddr1}
Reason for loss of accommodation: [[section 21 notice]] served by landlord {aaper3.full}, agent email {aamail1}
Currently [[sofa surfing]] at friend's in {aatown1}.
Duty owed: [[prevention duty]] — PHP agreed {aadate1}.
""",
    dates=("dmy",),
)

T(
    "aa-uc-journal-1",
    "universal credit journal message",
    "en_GB",
    """\
Universal Credit | Journal
{aadate1.long}, 09:12 - You wrote:
hi its {aaper1.lower} my payment hasnt gone in my NI is {aanat1.gbni} and the acc is {aaacct1.uk}
i rang {aatel1.uk} and was on hold for 1hr. I have [[sanction]] letter dated {aadate2.long}?? i did go to the appointment
{aadate1.long}, 15:40 - Work coach {aaper2.first} wrote:
Hi {aaper1.first}, I've raised this with the [[advance payment]] team, ref {aacase1.dwp}.
""",
)

T(
    "aa-benefits-letter-ie",
    "social welfare decision letter",
    "en_IE",
    """\
An Roinn Coimirce Sóisialaí | Department of Social Protection
{aaper1.full}
{aaaddr1.lines}
PPS Number: {aanat1.ie}
Date: {aadate1}
Dear {aaper1.first},
Your claim for [[Jobseeker's Allowance]] has been awarded from {aadate2}. Payments will be made to
IBAN {aaiban1}. If you disagree you may request a review within 21 days.
""",
    dates=("long", "dmy"),
)

# ---- Probation, prison, youth justice
T(
    "aa-probation-note-1",
    "probation supervision note",
    "en_GB",
    """\
nDelius Contact — CRN {aacase1.probation}   PNC {aacase2.pnc}
PoP: {aaper1.caps_last_first}   DOB: {aadob1.adult}
Contact: [[Planned Office Visit]] / Attended - Complied   {aadate1.dmy}
Notes: PoP reports living at {aaaddr1} with partner {aaper2.first_last}. Discussed [[licence conditions]] incl.
[[exclusion zone]] around {aatown1}. Electronic monitoring tag {aadev1.tag} checked, strap OK.
Next appt booked. OM: {aaper3.initial_last}
""",
)

T(
    "aa-psr-1",
    "pre-sentence report",
    "en_GB",
    """\
PRE-SENTENCE REPORT (Oral/Fast Delivery)
Name: {aaper1.full}     Date of birth: {aadob1.adult}     Age: 27
Court: Magistrates' Court   Case no: {aacase1.court}
Offence(s): [[theft from a shop]] x3
Sources: interview with {aaper1.first} on {aadate1.long}; CPS papers; [[OASys]] assessment.
{aaper1.first} lives with his grandmother, {aaper2.full} (aged {aaage1}), whom he cares for.
Proposal: [[community order]] with [[rehabilitation activity requirement]].
Author: {aaper3.first_last}, Probation Officer
""",
)

T(
    "aa-prison-release-1",
    "prison release licence",
    "en_GB",
    """\
HM PRISON & PROBATION SERVICE — LICENCE
Name: {aaper1.caps_last_first}   Prison no: {aacase1.prison}   CRO: {aacase2.pnc}
Date of release: {aadate1.dmy}   Licence expiry: 2027
Approved address: {aaaddr1}
You must report to {aaper2.full} at the probation office by 3pm on the day of release.
Standard conditions apply; additional: [[not to contact]] {aaper3.full} directly or indirectly.
""",
)

T(
    "aa-prison-health-1",
    "prison healthcare record",
    "en_GB",
    """\
SystmOne | HMP Healthcare | Reception screen
Patient: {aaper1.last_first} [{aacase1.prison}]  NHS no {aanat1.gb}  DOB {aadob1.adult}
[[First night screen]] completed {aadate1.dmy}. Reports [[methadone]] 60ml daily from community pharmacy
{aastreet1}. Verified with prescriber {aaper2.initial_last} (GMC {aalic1.gmc}). Next of kin {aaper3.full} {aatel1}.
""",
)

T(
    "aa-yot-note-1",
    "youth offending team note",
    "en_GB",
    """\
YOT ChildView — Intervention record
Young person: {aaper1.first_last} ({aadob1.child}) | school: {aatown1} Academy | UPN {aacase1.upn}
Session {aadate1}: [[victim awareness]] work. YP disclosed that an older lad, "{aaper2.first}", is asking him to
carry for him; snapchat {aaurl1}. Referred to [[NRM]] / [[county lines]] pathway. Mum ({aaper3.first}) informed on {aatel1}.
""",
    dates=("dmy",),
)

# ---- School and student support
T(
    "aa-school-attend-1",
    "school attendance record",
    "en_GB",
    """\
Pupil attendance summary — Autumn term
UPN,Surname,Forename,DOB,Year,Sessions,Present,Auth abs,Unauth abs
{aacase1.upn},{aaper1.caps_last},{aaper1.first},{aadob1.dmy},9,140,118,6,16
{aacase2.upn},{aaper2.caps_last},{aaper2.first},{aadob2.dmy},9,140,139,1,0
Note: {aaper1.first} below 90% — [[persistent absence]] letter sent {aadate1.dmy} to {aaaddr1}.
""",
)

T(
    "aa-ehcp-1",
    "education health and care plan",
    "en_GB",
    """\
EDUCATION, HEALTH AND CARE PLAN — Section A: the views of the child and family
Child: {aaper1.full}   Date of birth: {aadob1.child}   Plan ref: {aacase1.school}
Parent/carer: {aaper2.full}, {aaaddr1}, {aatel1}
"I like drawing and trains. I don't like when the hall is noisy." ({aaper1.first}, age 8)
Primary need: [[autism spectrum condition]]. Provision: [[speech and language therapy]] 1x fortnightly.
Plan issued {aadate1.long}; annual review due within 12 months.
""",
)

T(
    "aa-student-ticket-1",
    "student support ticket",
    "en_GB",
    """\
Student Hub — Enquiry {aacase1.ticket}
From: {aaper1.full} (Student ID {aacase2.school})
Email: {aamail1}
Subject: [[extenuating circumstances]] - medical
Body: hi, my nan passed away on {aadate1.dmy} and i also had covid, can i get an extension on my dissertation? i've attached
the death certificate and a note from Dr {aaper2.last}. my personal tutor is {aaper3.first_last}. thanks
Category: Wellbeing / [[Disability and Dyslexia Service]]
""",
)

T(
    "aa-exclusion-1",
    "school exclusion letter",
    "en_US",
    """\
{aaaddr1.lines}
{aadate1.longus}
Dear {aaper1.first_last},
This letter is to inform you that your child, {aaper2.first_last} (Student # {aacase1.school}, DOB {aadob1.child}),
has been suspended for three days following an incident on {aadate2.longus}. A [[manifestation determination review]]
will be held as {aaper2.first} has an [[IEP]]. Please call the Assistant Principal, {aaper3.initial_last}, at {aatel1.us}.
""",
)

# ---- Immigration and asylum
T(
    "aa-asylum-screen-1",
    "asylum screening interview record",
    "en_GB",
    """\
ASYLUM SCREENING INTERVIEW — Home Office ref {aacase1.ho}   Port ref {aacase2.ho}
Name (as stated): {aaper1.caps_last_first}   Also known as: {aaper2.first_last}
Date of birth (claimed): {aadob1.adult}   Nationality: [[Eritrea]]
Biometrics: fingerprints enrolled, IDENT1 {aabio1.finger}; photo {aaphoto1}
UAN {aaref1.uan}   ARC no: {aaref2}
Interpreter: {aaper3.full} (Tigrinya)   Date: {aadate1.dmy}
Q4.1 Route to UK: "by boat from Libya to Italy then lorry". Sister in {aatown1}, phone {aatel1}.
""",
)

T(
    "aa-visa-form-1",
    "visa application form",
    "en_IN",
    """\
VISA APPLICATION — Standard Visitor
1. Full name (as in passport): {aaper1.caps_full}
2. Passport number: {aapass1}   Place of issue: {aatown1}
3. Date of birth: {aadob1.adult}   Aadhaar: {aanat1.in}
4. Home address: {aaaddr1}
5. Email: {aamail1}  Mobile: {aatel1.intl}
6. Sponsor in UK: {aaper2.full}, {aaaddr2}
7. Purpose: [[family visit]] — sister's wedding on {aadate1.long}
""",
)

T(
    "aa-ho-decision-1",
    "immigration decision letter",
    "en_GB",
    """\
UK Visas and Immigration — Decision on your application
Our reference: {aacase1.ho}   Date: {aadate1.long}
{aaper1.full}
c/o {aaper2.full} (OISC adviser), {aaaddr1}
Your application for [[leave to remain]] on the basis of your [[family life]] with {aaper3.first_last}
(British citizen, DOB {aadob1.child}) has been refused. You have a right of appeal to the [[First-tier Tribunal]].
""",
)
# ---- Primary care, dental, optician, pharmacy
T(
    "aa-gp-consult-1",
    "GP consultation note",
    "en_GB",
    """\
EMIS Web — Consultation   {aadate1.dmy} 10:40   Clinician: Dr {aaper2.initial_last}
Patient: {aaper1.caps_last_first} ({aadob1.adult})  NHS No: {aanat1.gb}  Practice ID {aamrn1.gp}
History: 3/7 productive cough, fever. Lives with wife {aaper3.first}. Non-smoker.
Exam: chest [[coarse crackles left base]], sats 95% RA.
Plan: [[amoxicillin 500mg TDS 5/7]], safety-netted. Fit note issued. Review if not improving.
""",
)

T(
    "aa-gp-referral-1",
    "GP referral letter",
    "en_GB",
    """\
{aaaddr1.lines}
Tel {aatel1}   Fax {aafax1}
{aadate1.long}
Dear Dr {aaper2.last},
Re: {aaper1.full}, DOB {aadob1.adult}, NHS {aanat1.gb}
{aaaddr2}
UBRN {aaref1.ubrn}
Thank you for seeing this lady with [[post-menopausal bleeding]] under the [[two week wait]] pathway.
Yours sincerely, Dr {aaper3.full}
""",
)

T(
    "aa-dental-plan-1",
    "dental treatment plan",
    "en_GB",
    """\
NHS DENTAL TREATMENT PLAN (FP17DC)
Patient: {aaper1.full}    DOB: {aadob1}    Patient no: {aamrn1.dent}
Address: {aaaddr1}
Band: [[Band 2]]    Charge: £73.50    Exempt: no
UR6 [[root canal treatment]]; LL7 [[amalgam filling]]; scale & polish
Dentist: {aaper2.full}  GDC No. {aalic1.gdc}    Date accepted: {aadate1}
""",
    dates=("dmy",),
)

T(
    "aa-dental-us-1",
    "dental insurance claim",
    "en_US",
    """\
ADA Dental Claim Form (2019)
Policyholder: {aaper1.last_first}  |  DOB {aadob1.adult}  |  Member ID {aaplan1.us}
Patient: {aaper2.first_last}  |  relationship: child  |  DOB {aadob2.child}
Billing dentist: {aaper3.full}, DDS   NPI n/a   License {aalic1.us}   Tel {aatel1.us}
Procedure D2740 [[crown - porcelain/ceramic]] tooth #19 on {aadate1.us}   Fee $1,180.00
""",
)

T(
    "aa-optician-rx-1",
    "optical prescription",
    "en_GB",
    """\
SIGHT TEST PRESCRIPTION / STATEMENT (GOS)
Patient: {aaper1.caps_last_first}   DOB {aadob1.dmy}   Ref {aamrn1.opt}
{aaaddr1}
        SPH     CYL    AXIS   PRISM   ADD
R      -2.25   -0.50   180            +2.00
L      -2.00   -0.75   175            +2.00
[[Referral to HES]]: yes — [[raised IOP]] R 26 mmHg
Optometrist: {aaper2.initial_last} GOC {aalic1.goc}   Date of test {aadate1.dmy}
""",
)

T(
    "aa-pharmacy-label-1",
    "dispensing label",
    "en_GB",
    """\
[[Sertraline 50mg film-coated tablets]]  x28
Take ONE tablet daily
Mr {aaper1.initial_last}                      {aadate1.dmyshort}
{aastreet1}, {aapost1}
Keep out of the sight and reach of children
Boots ({aatown1})  Tel {aatel1}    Rx {aacase1.rx}
""",
)

T(
    "aa-pharmacy-label-2",
    "dispensing label",
    "en_US",
    """\
RX# {aacase1.rx}        {aadate1.usshort}
{aaper1.caps_last_first}
{aaaddr1.caps}
[[METFORMIN HCL 500MG TAB]]  QTY 60   REFILLS: 3
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS
DR. {aaper2.caps_last}   DEA {aalic1.dea}
""",
)

T(
    "aa-repeat-slip-1",
    "repeat prescription slip",
    "en_GB",
    """\
REPEAT PRESCRIPTION — tick the items you need and hand in / post
{aaper1.caps}     {aadob1.dmy}    NHS {aanat1.gb}
{aaaddr1}
[x] [[Levothyroxine 100mcg tablets]] 56   last issued {aadate1.dmy}
[ ] [[Ramipril 5mg capsules]] 28
[x] [[Atorvastatin 20mg tablets]] 28
Nominated pharmacy: {aatown1} Pharmacy — review due with Dr {aaper2.last}
""",
)

T(
    "aa-repeat-slip-2",
    "repeat prescription request (web form)",
    "en_GB",
    """\
--- Online repeat request ---
name: {aaper1.lower}
dob: {aadob1.dmyshort}
nhs number: {aanat1.gb}
meds: [[salbutamol inhaler]] x2 and my [[fostair]]
collect from: pharmacy on {aastreet1}
phone: {aatel1.sms}
message to GP: pls can i have 2 inhalers as going away till {aadate1.long}
submitted {aadate2.iso} from {aaip1}
""",
)

# ---- Ambulance, 111, emergency
T(
    "aa-amb-dispatch-1",
    "ambulance dispatch log",
    "en_GB",
    """\
CAD INCIDENT {aacase1.amb}   CAT 2   AMPDS 10-C-2 [[chest pain]]
{aadate1.dmy} 02:14:31 CALL RECEIVED from {aatel1}
02:14:58 ADDR {aaaddr1.caps}   GRID {aageo1}
02:15:10 PT {aaper1.caps_last_first} M approx 60 conscious breathing
02:15:44 CALLER {aaper2.full} (wife)
02:16:02 ALLOC 4731 (DCA) crew {aaper3.initial_last}/{aaper4.initial_last}
02:29:40 ON SCENE   02:58:12 CONVEYED [[PPCI centre]]
""",
)

T(
    "aa-amb-epr-1",
    "ambulance patient care record",
    "en_AU",
    """\
VACIS ePCR  Case {aacase1.amb}   Date {aadate1.dmy}
Pt: {aaper1.full}  DOB {aadob1.old}  Medicare {aaplan1.au}
Location: {aaaddr1}
HxPC: [[fall from standing]], hip pain R, shortened + externally rotated. Lives alone, daughter {aaper2.first} {aatel1}.
Rx: [[methoxyflurane]] 3ml. Tx to ED.  Paramedic {aaper3.initial_last} AHPRA {aalic1.hcpc}
""",
)

T(
    "aa-111-triage-1",
    "NHS 111 triage record",
    "en_GB",
    """\
NHS Pathways — 111 call {aacase1.amb}   {aadate1.long} 21:03
Caller: {aaper1.first_last} (self)   Callback: {aatel1.uk}
Patient: {aaper2.first} {aaper1.last}, child, DOB {aadob1.child}
Symptom: [[rash]] — non-blanching? caller unsure. Glass test advised.
Disposition: [[Dx011 ambulance response]] (Cat 2)
Address confirmed: {aaaddr1}   GP: {aatown1} Medical Centre
Health advisor: {aaper3.handle}
""",
)

T(
    "aa-amb-us-1",
    "911 dispatch log",
    "en_US",
    """\
CAD# {aacase1.amb}  {aadate1.us0} 17:22:08  NATURE: [[UNCONSCIOUS/FAINTING]]
LOC: {aaaddr1.caps}  X-ST: n/a  LAT/LON {aageo1}
RP: {aaper1.caps_last_first}  CB# {aatel1.us}
PT: {aaper2.caps_last_first} age {aaage1} F
NARR: RP states pt found on kitchen floor, breathing, [[history of diabetes]]. MEDIC 7 ENRT. ENGINE 3 ENRT.
VEH on scene: {aaveh1.plate}
""",
)

# ---- Veterinary
T(
    "aa-vet-record-1",
    "veterinary clinical record",
    "en_GB",
    """\
VetVision — Patient {aamrn1.vet}  "Biscuit"  Labrador, M(n), 9y
Owner: {aaper1.last_first}  |  {aaaddr1}  |  {aatel1}  |  {aamail1}
Microchip: {aachip1}
{aadate1.dmy}  Consult — [[vomiting x2 days]], ate a sock? Abdo palp: discomfort cranial abdomen.
Plan: [[abdominal radiographs]], admit. Estimate £850 given to owner; insurer policy {aaplan1}.
Vet: {aaper2.full} MRCVS ({aalic1.rcvs})
""",
)

T(
    "aa-vet-chip-1",
    "pet microchip registration",
    "en_US",
    """\
Pet Microchip Registration Confirmation
Microchip #: {aachip1}     Registered: {aadate1.us}
Pet: Luna — cat, DSH, spayed F
Owner: {aaper1.full}
Address: {aaaddr1}
Primary phone: {aatel1.us}   Alt contact: {aaper2.full} {aatel2.us}
Implanting clinic vet: {aaper3.initial_last}, license {aalic1.us}
""",
)

T(
    "aa-vet-de-1",
    "veterinary invoice",
    "de_DE",
    """\
Tierarztpraxis — Rechnung Nr. {aacase1.vet}
Tierhalter/in: {aaper1.full}, {aaaddr1}
Patient: "Momo", Katze, Chip {aachip1}
Behandlung am {aadate1}: [[Impfung RCP]], [[Entwurmung]], Krallen gekürzt
Betrag 96,40 € — zahlbar auf IBAN {aaiban1}
Tierärztin: {aaper2.first_last}
""",
)

# ---- The eight document types
T(
    "aa-clinical-note-1",
    "clinical note",
    "en_US",
    """\
PROGRESS NOTE — Internal Medicine   MRN: {aamrn1.us}   Acct: {aaacct1.us}
Pt: {aaper1.last_first}, {aaage1} y/o F, DOB {aadob1.old}
Admit date: {aadate1.us}   Attending: {aaper2.first_last}, MD
S: pt reports [[shortness of breath]] at rest improved overnight; daughter {aaper3.first} at bedside.
O: BP 138/76, HR 88, SpO2 93% 2L NC. [[bibasilar crackles]].
A/P: [[acute on chronic HFrEF]] — continue IV furosemide, daily weights, strict I/O.
""",
)

T(
    "aa-clinical-note-2",
    "clinical note",
    "de_DE",
    """\
Verlaufsbericht Station 4B — Pat.-Nr. {aamrn1.hosp}
Patientin: {aaper1.caps_last_first}, geb. {aadob1.old}
KVNR {aaplan1.de}   Aufnahme: {aadate1}
Pat. wach, orientiert. [[Diabetes mellitus Typ 2]], BZ nüchtern 164 mg/dl. Tochter ({aaper2.first_last}, Tel. {aatel1}) informiert.
Procedere: [[Insulinschema anpassen]]. Arzt: Dr. med. {aaper3.last}
""",
)

T(
    "aa-clinical-note-3",
    "clinical note",
    "ja_JP",
    """\
経過記録  患者ID {aamrn1}
氏名: {aaper1.cjk}  生年月日: {aadob1.cjk}
入院日: {aadate1.cjk}   主治医: {aaper2.cjk}
S) 咳嗽と微熱が続く。 O) 体温37.8℃。 A) [[市中肺炎]]  P) 抗菌薬継続。
緊急連絡先: {aaper3.cjk} {aatel1}
""",
)

T(
    "aa-discharge-1",
    "discharge summary",
    "en_GB",
    """\
DISCHARGE SUMMARY — General Surgery
Patient: {aaper1.full}   Hospital no: {aamrn1.hosp}   NHS: {aanat1.gb}
DOB: {aadob1.adult}   Address: {aaaddr1}
Admitted: {aadate1.dmy}   Discharged: {aadate2.dmy}   Ward: Elm (Surgical)
Diagnosis: [[acute appendicitis]] — [[laparoscopic appendicectomy]]
Medication on discharge: [[paracetamol 1g QDS PRN]]
Follow-up: none required. GP: Dr {aaper2.last}, {aastreet1}
Signed {aaper3.initial_last}, FY1  bleep 4471
""",
)

T(
    "aa-discharge-2",
    "discharge summary",
    "fr_FR",
    """\
COMPTE RENDU D'HOSPITALISATION — service de cardiologie
Patient(e) : {aaper1.caps_last_space_first}   né(e) le {aadob1}
N° de sécurité sociale : {aanat1.fr}   IPP : {aamrn1.hosp}
Adresse : {aaaddr1}
Entrée le {aadate1} — sortie le {aadate2}
Motif : [[décompensation cardiaque]]. Traitement de sortie : [[furosémide 40 mg]].
Médecin traitant : Dr {aaper2.last}. Rédigé par Dr {aaper3.first_last}.
""",
)

T(
    "aa-discharge-3",
    "discharge summary",
    "es_MX",
    """\
RESUMEN DE EGRESO — Hospital General
Nombre: {aaper1.full}   CURP: {aanat1.mx}
Expediente: {aamrn1}   Fecha de nacimiento: {aadob1}
Ingreso: {aadate1}  Egreso: {aadate2}
Diagnóstico: [[colecistitis aguda]]. Procedimiento: [[colecistectomía laparoscópica]].
Responsable: {aaper2.full}, tel. {aatel1}
Médico: Dr. {aaper3.first_last}, cédula profesional {aalic1}
""",
    dates=("dmy", "es"),
)

T(
    "aa-radiology-req-1",
    "radiology request",
    "en_GB",
    """\
RADIOLOGY REQUEST (ICE)   Order {aaref1.order}
Patient {aaper1.caps_last_first}  MRN {aamrn1.hosp}  DOB {aadob1.adult}
Exam: [[CT head non-contrast]]   Urgency: [[urgent]]
Clinical details: fall at home {aadate1.dmy}, on [[apixaban]], GCS 14. ?ICH
Requester: {aaper2.full} (ED reg), GMC {aalic1.gmc}, ext 5521
Pregnancy: N/A   eGFR 61   Contrast: no   Porter from Resus
""",
)

T(
    "aa-radiology-req-2",
    "radiology request",
    "nl_NL",
    """\
Aanvraag radiologie — {aadate1}
Patiënt: {aaper1.full}, geb. {aadob1}, BSN {aanat1.nl}
Ziekenhuisnr: {aamrn1}
Onderzoek: [[MRI knie links]]   Vraagstelling: [[meniscusletsel]]?
Aanvrager: {aaper2.initials} {aaper2.last}, BIG {aalic1}
""",
    dates=("dash",),
)

T(
    "aa-insurance-claim-1",
    "insurance claim",
    "en_US",
    """\
HEALTH INSURANCE CLAIM — CMS-1500 (extract)
1a INSURED'S ID: {aaplan1.us}        2 PATIENT: {aaper1.caps_last_first}
3 DOB {aadob1.us0}  SEX F            4 INSURED: {aaper2.caps_last_first}
5 ADDRESS: {aaaddr1.caps}   PHONE {aatel1.us}
11 GROUP: 77310   24A DOS {aadate1.us0}  24D CPT 99214 [[office visit, established]]
25 FED TAX ID 47-1234567  26 ACCT {aaacct1.us}  CLAIM {aaclaim1}
31 {aaper3.caps_full} MD
""",
)

T(
    "aa-insurance-claim-2",
    "insurance claim",
    "en_GB",
    """\
Motor claim notification — Policy {aaplan1}   Claim {aaclaim1}
Policyholder: {aaper1.full}, {aaaddr1}
Vehicle: {aaveh1.plate}   VIN {aaveh2.vin}
Incident {aadate1.long} approx 17:30 at roundabout, {aatown1}. [[Rear-end collision]].
Third party: {aaper2.full}, reg {aaveh3.plate}, insurer unknown, mob {aatel1}
Injuries: [[whiplash]] — seen at A&E.
""",
)

T(
    "aa-kyc-review-1",
    "KYC review",
    "en_GB",
    """\
KYC PERIODIC REVIEW — Retail, high risk (PEP-connected)
Customer: {aaper1.caps_last_first}   CIF {aaacct1.cust}   DOB {aadob1.adult}
Residential address (verified by utility bill {aadate1.dmy}): {aaaddr1}
ID: passport {aapass1}, exp 2031; NI {aanat1.gbni}
Accounts: {aaacct2.uk}; {aaiban1}
Source of wealth: [[sale of business]] 2023. Spouse {aaper2.full} is a [[politically exposed person]].
Analyst: {aaper3.handle_initial}  Outcome: [[enhanced due diligence]] maintained.
""",
)

T(
    "aa-kyc-review-2",
    "KYC review",
    "de_CH",
    """\
KYC-Überprüfung (Privatkunden)
Kunde: {aaper1.full}   geb. {aadob1}   AHV {aanat1.ch}
Wohnadresse: {aaaddr1}
Ausweis: Pass {aapass1.de}
Konto: {aaiban1}
Herkunft der Mittel: [[Erbschaft]]; Prüfung abgeschlossen am {aadate1}, Risiko [[mittel]].
Sachbearbeiter: {aaper2.initial_last}
""",
)

T(
    "aa-fraud-case-1",
    "fraud case",
    "en_GB",
    """\
FRAUD CASE {aacase1}   Typology: [[authorised push payment]] / romance
Victim: {aaper1.full}, aged {aaage1}, {aaaddr1}
Loss: £18,400 in 6 faster payments from {aaacct1.uk} to {aaiban1}
Suspect profile: "{aaper2.first_last}" — {aaurl1}, WhatsApp {aatel1.intl}, email {aamail1.second}
Login from new device {aamac1} / IP {aaip1} on {aadate1.dmy}
Action: [[CIFAS marker]], Action Fraud ref {aaref1}
""",
)

T(
    "aa-fraud-case-2",
    "fraud case",
    "pt_BR",
    """\
OCORRÊNCIA DE FRAUDE — Protocolo {aacase1}
Cliente: {aaper1.full}   CPF {aanat1.br}
Cartão: {aacard1}   Conta: {aaacct1}
Transações contestadas em {aadate1}: 3 compras online ([[golpe do falso atendente]]).
IP de origem {aaip1}; e-mail alterado para {aamail1}
Analista: {aaper2.first_last}
""",
    dates=("dmy",),
)

T(
    "aa-hr-leave-1",
    "HR leave request",
    "en_GB",
    """\
Leave request #{aaref1}
Employee: {aaper1.last_first}   Employee no. {aaacct1.cust}   Dept: Revenues & Benefits
Type: [[compassionate leave]]   From {aadate1.dmy} to {aadate2.dmy}
Reason: funeral of my father {aaper2.full} in {aatown1}
Manager: {aaper3.first_last} — approved
Contact while away: {aatel1}
""",
)

T(
    "aa-hr-leave-2",
    "HR leave request",
    "pl_PL",
    """\
WNIOSEK URLOPOWY (urlop wypoczynkowy)
Imię i nazwisko: {aaper1.full}   PESEL: {aanat1.pl}
Proszę o udzielenie [[urlopu wypoczynkowego]] w dniach od {aadate1} do {aadate2}.
Zastępstwo: {aaper2.full}
Podpis przełożonego: {aaper3.initial_last}
""",
    dates=("dot",),
)

T(
    "aa-chat-1",
    "chat transcript",
    "en_GB",
    """\
[live chat] Council Tax — transcript
{aadate1.iso} 19:02 Customer: hi
{aadate1.iso} 19:02 Customer: im {aaper1.first_last} account {aaacct1.ct}
{aadate1.iso} 19:03 Agent ({aaper2.first}): Hi {aaper1.first}, can you confirm the first line of your address and postcode?
{aadate1.iso} 19:03 Customer: {aastreet1} {aapost1}
{aadate1.iso} 19:04 Customer: i moved out on {aadate2.dmy}, new address is {aaaddr1}
{aadate1.iso} 19:06 Agent ({aaper2.first}): Thanks. I've applied [[single person discount]] end date and sent a [[final bill]].
""",
)

T(
    "aa-chat-2",
    "chat transcript",
    "es_ES",
    """\
Chat de atención al cliente
[{aadate1.iso} 10:14] Cliente: hola soy {aaper1.lower} 😊
[{aadate1.iso} 10:14] Cliente: mi DNI {aanat1.es} no me deja entrar en la app
[{aadate1.iso} 10:15] Agente {aaper2.first}: Hola, ¿me confirmas el teléfono asociado?
[{aadate1.iso} 10:15] Cliente: {aatel1}
[{aadate1.iso} 10:17] Agente {aaper2.first}: Listo, he [[desbloqueado el acceso]]. ¡Buen día!
""",
)
# ---- SMS, voicemail, web forms, support tickets (messy input)
T(
    "aa-sms-1",
    "SMS transcription",
    "en_GB",
    """\
SMS log — housing officer mobile
[{aadate1.dmyshort} 07:51] from {aatel1.sms}: hiya its {aaper1.lower_first} from flat 3 the boiler is broke AGAIN 😡😡 no hot water since sat
[{aadate1.dmyshort} 07:52] from {aatel1.sms}: my adress is {aaaddr1.lower} incase u forgot lol
[{aadate1.dmyshort} 08:30] to {aatel1.sms}: Hi, I've logged an [[emergency repair]], ref {aacase1.housing}. Engineer today 12-6. {aaper2.first}
""",
)

T(
    "aa-sms-2",
    "SMS transcription",
    "en_US",
    """\
text thread exported {aadate1.us0}
{aaper1.first_lower_last}: hey is this dr {aaper2.last}s office?? my son {aaper3.first} has a fever of 103 and hes on [[amoxicillin]] already
Office: Hi, this is the after-hours line. Please call {aatel1.us} or go to urgent care. What is his DOB?
{aaper1.first_lower_last}: {aadob1.usshort}
{aaper1.first_lower_last}: ok thx 🙏 going to the one on {aastreet1}
""",
)

T(
    "aa-sms-3",
    "SMS transcription",
    "ru_RU",
    """\
SMS {aadate1.dot} 22:47 от {aatel1}
здравствуйте это {aaper1.first} {aaper1.last} мама {aaper2.fio} в больнице с [[инсультом]], можно перенести приём?
наш адрес {aaaddr1} если нужно
ответ 22:59: Добрый вечер, перенесли на пятницу. Регистратура.
""",
)

T(
    "aa-sms-4",
    "SMS transcription",
    "uk_UA",
    """\
sms thread ({aadate1.iso})
+{aaper1.first}: Добрий день, це {aaper1.full}. my caseworker is {aaper2.first_last}?? мій номер справи {aacase1.ho}
Caseworker: Hello {aaper1.translit}, yes. Your [[biometric residence permit]] appointment is booked.
+{aaper1.first}: дякую!! 🙏 новий телефон {aatel1}
""",
)

T(
    "aa-voicemail-1",
    "voicemail transcription",
    "en_GB",
    """\
Voicemail (auto-transcribed, confidence 0.71) — received {aadate1.long} 16:05 from {aatel1}
"hi yeah this is er {aaper1.first_last} calling about my mum er {aaper2.full} she's
um date of birth {aadob1.long} she's meant to have the [[carers]] come in at tea time and nobody's turned up
can someone ring me back on {aatel2.words} thanks bye"
""",
)

T(
    "aa-voicemail-2",
    "voicemail transcription",
    "en_US",
    """\
VM transcript — Member Services queue 4
From: {aatel1.us}  Duration 0:48  {aadate1.us}
"hi my name is {aaper1.lower} member id is {aaplan1.us} um i got a bill for my [[MRI]] that was supposed to be covered
the claim number on the letter is {aaclaim1} you can call me back at {aatel2.words} or email {aamail1}. thank you"
""",
)

T(
    "aa-voicemail-3",
    "voicemail transcription",
    "fr_FR",
    """\
Messagerie vocale — transcription automatique — {aadate1} 09:12
« bonjour c'est {aaper1.lower} j'appelle pour le dossier de mon père {aaper2.full} il est sorti de l'hôpital
hier et il a besoin d'une [[aide à domicile]] rappelez-moi au {aatel1} merci »
""",
    dates=("dmy",),
)

T(
    "aa-webform-1",
    "web form submission",
    "en_GB",
    """\
Form: Report a missed bin collection
Submitted: {aadate1.iso}T08:14:22Z   Reference: {aaref1}
Name: {aaper1.lower}
Email: {aamail1}
Phone: {aatel1}
Address line 1: {aastreet1}
Postcode: {aapost1}
Bin type: [[garden waste]]
Details: 3rd week running!!! the lorry came down {aastreet2} and just skipped us
User agent: Mozilla/5.0 (iPhone)   IP: {aaip1}
""",
)

T(
    "aa-webform-2",
    "web form submission",
    "de_DE",
    """\
Kontaktformular — Bürgerbüro
Anrede: Frau
Vorname: {aaper1.first}
Nachname: {aaper1.last}
Geburtsdatum: {aadob1}
Straße/Hausnr.: {aastreet1}
PLZ/Ort: {aapost1} {aatown1}
Telefon: {aatel1}
E-Mail: {aamail1}
Anliegen: [[Ummeldung]] nach Umzug am {aadate1}; Steuer-ID {aanat1.de}
Absende-IP: {aaip1}
""",
    dates=("dot",),
)

T(
    "aa-webform-3",
    "web form submission",
    "en_AU",
    """\
ONLINE FORM — Request for copy of medical records (FOI)
full_name={aaper1.full}&dob={aadob1.dmy}&medicare={aaplan1.au}&tfn=&address={aaaddr1}&email={aamail1}&phone={aatel1}&records=[[ED attendance]]&dates={aadate1.dmy}
""",
)

T(
    "aa-ticket-1",
    "support ticket",
    "en_US",
    """\
Ticket {aacase1.ticket}  |  Priority: High  |  Queue: Patient Portal
Requester: {aaper1.full} ({aamail1})
Subject: cant log in / locked out
Message: I've tried resetting my password 5 times. My MRN is {aamrn1.us} and DOB {aadob1.us}.
Portal profile: {aaurl1}
Internal note ({aaper2.first_initial}): account locked after failed logins from {aaip1}, device {aamac1}. [[MFA reset]] done.
""",
)

T(
    "aa-ticket-2",
    "support ticket",
    "nl_NL",
    """\
Ticket #{aacase1.ticket} — Klantenservice energie
Klant: {aaper1.full}   Klantnummer {aaacct1.util}
Adres: {aaaddr1}
Melding: [[slimme meter]] geeft geen standen door sinds {aadate1}. Meter-ID {aadev1}
Terugbellen op {aatel1}. IBAN voor terugbetaling: {aaiban1}
""",
    dates=("dash", "nl"),
)

T(
    "aa-ticket-3",
    "IT service desk ticket",
    "en_GB",
    """\
INC{aaref1}  Short description: laptop stolen from car — staff member
Caller: {aaper1.last_first} ({aaper1.handle})
Asset: Dell Latitude, serial {aadev1}, Wi-Fi MAC {aamac1}
Vehicle broken into: {aaveh1.plate} at {aatown1} station car park, {aadate1.dmy}
Crime ref from police: {aacase1.court}
Action: [[remote wipe]] issued, BitLocker key revoked.
""",
)

# ---- Spreadsheets pasted into e-mail; tracked changes; review comments
T(
    "aa-sheet-csv-1",
    "spreadsheet pasted into e-mail",
    "en_GB",
    """\
From: {aaper1.first_last}
Sent: {aadate1.long}
To: Safeguarding Hub
Subject: FW: caseload list

Hi, pasting the list below as the attachment wouldnt open.

Name,DOB,NHS no,Address,Worker,RAG
"{aaper2.last_first}",{aadob1.dmy},{aanat1.gb},"{aaaddr1}",{aaper3.initials},Red
"{aaper4.last_first}",{aadob2.dmy},{aanat2.gb},"{aaaddr2}",{aaper3.initials},Amber
"{aaper5.last_first}",{aadob3.dmy},{aanat3.gb},"{aaaddr3}",{aaper6.initials},Green
[[Red = weekly visit]]
""",
)

T(
    "aa-sheet-tsv-1",
    "spreadsheet pasted into e-mail",
    "en_US",
    """\
fyi — export from the scheduling tool (tab separated)

MRN\tPatient\tDOB\tPhone\tAppt
{aamrn1.us}\t{aaper1.caps_last_first}\t{aadob1.us0}\t{aatel1.us}\t{aadate1.us0} 09:30 [[colonoscopy]]
{aamrn2.us}\t{aaper2.caps_last_first}\t{aadob2.us0}\t{aatel2.us}\t{aadate2.us0} 11:00 [[EGD]]
{aamrn3.us}\t{aaper3.caps_last_first}\t{aadob3.us0}\t{aatel3.us}\t{aadate3.us0} 13:15 [[colonoscopy]]
""",
)

T(
    "aa-sheet-pipes-1",
    "spreadsheet pasted into e-mail",
    "en_GB",
    """\
| Pupil              | UPN            | DOB        | Parent contact       | Concern |
|--------------------|----------------|------------|----------------------|---------|
| {aaper1.full} | {aacase1.upn} | {aadob1.dmy} | {aatel1} | [[attendance]] |
| {aaper2.full} | {aacase2.upn} | {aadob2.dmy} | {aatel2} | [[free school meals]] |
| {aaper3.full} | {aacase3.upn} | {aadob3.dmy} | {aatel3} | [[young carer]] |
""",
)

T(
    "aa-sheet-fixed-1",
    "fixed-width extract",
    "en_US",
    """\
RUN DATE {aadate1.compact}            ELIGIBILITY EXTRACT            PAGE 1
MEMBER ID    LAST NAME        FIRST NAME   DOB       ZIP
{aaplan1.us}  {aaper1.caps_last}  {aaper1.caps_first}  {aadob1.compact}  {aapost1}
{aaplan2.us}  {aaper2.caps_last}  {aaper2.caps_first}  {aadob2.compact}  {aapost2}
{aaplan3.us}  {aaper3.caps_last}  {aaper3.caps_first}  {aadob3.compact}  {aapost3}
*** END [[ELIGIBILITY EXTRACT]] ***
""",
)

T(
    "aa-sheet-semicolon-1",
    "spreadsheet pasted into e-mail",
    "de_AT",
    """\
Hallo, anbei die Liste (aus Excel kopiert):

Nachname;Vorname;SVNR;Geb.datum;Wohnort;Pflegestufe
{aaper1.last};{aaper1.first};{aanat1.at};{aadob1.old};{aatown1};[[Stufe 4]]
{aaper2.last};{aaper2.first};{aanat2.at};{aadob2.old};{aatown2};[[Stufe 2]]
LG {aaper3.first}
""",
    dates=("dot",),
)

T(
    "aa-tracked-1",
    "document with tracked changes",
    "en_GB",
    """\
Child in Need Plan — DRAFT v3 (tracked changes shown)
Child: {aaper1.full} [deleted: {aaper1.last_first}]   DOB {aadob1.child}
[inserted by {aaper2.initial_last}, {aadate1.dmy}]: Mother {aaper3.full} now living at {aaaddr1}[/inserted]
[deleted by {aaper2.initial_last}]: Mother living with maternal grandmother in {aatown1}[/deleted]
Outcome 1: [[school attendance above 95%]]
Comment [{aaper4.initials}]: can we check the new address with housing? their ref {aacase1.housing}
""",
)

T(
    "aa-tracked-2",
    "document with review comments",
    "en_US",
    """\
Incident report — DRAFT for legal review
On {aadate1.longus}, resident {aaper1.full} (room 214, DOB {aadob1.us}) was found on the floor by CNA {aaper2.first_last}.
[Comment — {aaper3.first_last}, {aadate2.us}: do we need the DOB here? remove before sending to family]
[Comment — {aaper4.initial_last}: family contact is son {aaper5.full}, {aatel1.us}, {aamail1}]
Outcome: [[no fracture on x-ray]]; [[fall risk reassessed]].
""",
)

T(
    "aa-tracked-3",
    "document with tracked changes",
    "fr_BE",
    """\
Rapport social — version révisée
Bénéficiaire : {aaper1.full} ~~{aaper1.caps_last_space_first}~~
NISS : {aanat1.be}
[ajout {aaper2.initials}, {aadate1}] Adresse actuelle : {aaaddr1} [fin ajout]
[suppression] ancienne adresse à {aatown1} [fin suppression]
Aide sollicitée : [[revenu d'intégration sociale]]
""",
    dates=("dmy",),
)
# ---- Structured formats
T(
    "aa-hl7-adt-1",
    "HL7 v2 ADT message",
    "en_US",
    """\
MSH|^~\\&|EPIC|MAINHOSP|RADIS|RAD|{aadate1.compact}0815||ADT^A01|MSG{aaref1}|P|2.5.1
EVN|A01|{aadate1.compact}0815
PID|1||{aamrn1.hl7}^^^MAINHOSP^MR~{aanat1.us}^^^SSA^SS||{aaper1.hl7}||{aadob1.compact}|F|||{aastreet1}^^{aatown1}^^{aapost1}^USA||{aatel1.us}|||||{aaacct1.us}
NK1|1|{aaper2.hl7}|SPO|||{aatel2.us}
PV1|1|I|4W^412^B||||{aalic1.us}^{aaper3.caps_last}^{aaper3.caps_first}|||MED||||||||||{aaacct2.us}
DG1|1||I50.9^[[Heart failure, unspecified]]^I10
""",
)

T(
    "aa-hl7-oru-1",
    "HL7 v2 lab result message",
    "en_GB",
    """\
MSH|^~\\&|WINPATH|LAB|GP|{aatown1}|{aadate1.compact}1402||ORU^R01|{aaref1}|P|2.4
PID|||{aanat1.gb}^^^NHS^NH~{aamrn1.hosp}^^^RTH^MR||{aaper1.hl7}||{aadob1.compact}|M
OBR|1||{aaref2.order}|[[FBC^Full blood count]]|||{aadate1.compact}0930
OBX|1|NM|HB^Haemoglobin||[[98]]|g/L|130-180|L
NTE|1||Phoned to Dr {aaper2.last} on {aatel1} — result [[low haemoglobin]]
""",
)

T(
    "aa-fhir-patient-1",
    "FHIR Patient resource",
    "en_AU",
    """\
{
  "resourceType": "Patient", "language": "en-AU", "active": true,
  "id": "{aaref1}",
  "identifier": [{"system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "{aaplan1.au}"},
    {"system": "urn:oid:1.2.36.146.595.217.0.1", "value": "{aamrn1}"}
  ],
  "name": [{"family": "{aaper1.last}", "given": ["{aaper1.first}"]}],
  "telecom": [{"system": "phone", "value": "{aatel1}"}, {"system": "email", "value": "{aamail1}"}],
  "birthDate": "{aadob1.iso}",
  "address": [{"text": "{aaaddr1}"}],
  "photo": [{"url": "{aaphoto1}"}],
  "extension": [{"url": "[[http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired]]", "valueBoolean": true}]
}
""",
)

T(
    "aa-fhir-bundle-1",
    "FHIR Bundle",
    "en_US",
    """\
{"resourceType":"Bundle","type":"collection","entry":[
 {"resource":{"resourceType":"Patient","id":"p1","name":[{"text":"{aaper1.full}"}],"birthDate":"{aadob1.iso}","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"{aanat1.us}"}]}},
 {"resource":{"resourceType":"Coverage","subscriberId":"{aaplan1.us}","beneficiary":{"reference":"Patient/p1"}}},
 {"resource":{"resourceType":"Device","serialNumber":"{aadev1.pump}","type":{"text":"[[insulin pump]]"}}},
 {"resource":{"resourceType":"Encounter","period":{"start":"{aadate1.iso}"},"reasonCode":[{"text":"[[diabetic ketoacidosis]]"}]}}
]}
""",
)

T(
    "aa-x12-837-1",
    "X12 837 claim",
    "en_US",
    """\
ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *{aadate1.yymmdd}*1200*^*00501*000000905*0*P*:~
NM1*85*2*{aaper3.caps_last} MEDICAL GROUP*****XX*1992753880~
NM1*IL*1*{aaper1.caps_last}*{aaper1.caps_first}****MI*{aaplan1.us}~
N3*{aastreet1}~
N4*{aatown1}*NY*{aapost1}~
DMG*D8*{aadob1.compact}*F~
CLM*{aaclaim1.edi}*250***11:B:1*Y*A*Y*Y~
DTP*472*D8*{aadate2.compact}~
HI*ABK:J45909~
SV1*HC:94640*250*UN*1***1~
""",
)

T(
    "aa-x12-270-1",
    "X12 270 eligibility inquiry",
    "en_US",
    """\
ST*270*20731*005010X279A1~
BHT*0022*13*{aaref1}*{aadate1.compact}*1319~
NM1*PR*2*[[ACME HEALTH PLAN]]*****PI*87726~
NM1*1P*2*{aatown1} CLINIC*****XX*1093817465~
NM1*IL*1*{aaper1.caps_last}*{aaper1.caps_first}*{aaper1.caps_first}***MI*{aaplan1.us}~
DMG*D8*{aadob1.compact}~
DTP*291*D8*{aadate2.compact}~
EQ*30~
SE*9*20731~
""",
)

T(
    "aa-edifact-1",
    "EDIFACT message",
    "de_DE",
    """\
UNA:+.? 'UNB+UNOC:3+SENDER+KASSE+{aadate1.yymmdd}:1015+{aaref1}'
UNH+1+MEDRPT:D:96A:UN'
NAD+PAT+++{aaper1.caps_last}:{aaper1.caps_first}+{aastreet1}+{aatown1}++{aapost1}+DE'
RFF+ACD:{aaplan1.de}'
DTM+329:{aadob1.compact}:102'
FTX+AAI+++[[Arbeitsunfähigkeit]] bis {aadate2.compact}'
NAD+DOC+++{aaper2.caps_last}:{aaper2.caps_first}'
RFF+AHI:{aalic1.de}'
UNT+8+1'
""",
)

T(
    "aa-xml-escaped-1",
    "XML document (escaped)",
    "en_GB",
    """\
Error: payload rejected — echoing request body:
&lt;Referral&gt;&lt;Patient nhsNumber="{aanat1.gb}"&gt;&lt;Name&gt;{aaper1.full}&lt;/Name&gt;&lt;BirthDate&gt;{aadob1.iso}&lt;/BirthDate&gt;
&lt;Address&gt;{aaaddr1}&lt;/Address&gt;&lt;Phone&gt;{aatel1}&lt;/Phone&gt;&lt;/Patient&gt;
&lt;Service&gt;[[Community Mental Health Team]]&lt;/Service&gt;&lt;Referrer gmc="{aalic1.gmc}"&gt;{aaper2.full}&lt;/Referrer&gt;&lt;/Referral&gt;
""",
)

T(
    "aa-xml-escaped-2",
    "XML document (escaped)",
    "fr_CA",
    """\
&lt;?xml version="1.0"?&gt;
&lt;dossier&gt;&lt;usager nom="{aaper1.last}" prenom="{aaper1.first}" naissance="{aadob1.iso}"/&gt;
&lt;nas&gt;{aanat1.ca}&lt;/nas&gt;&lt;adresse&gt;{aaaddr1}&lt;/adresse&gt;
&lt;motif&gt;[[évaluation gériatrique]]&lt;/motif&gt;&lt;/dossier&gt;
""",
)

T(
    "aa-log-1",
    "server access log",
    "en_US",
    """\
{aaip1} - {aaper1.handle} [{aadate1.iso}T10:22:31Z] "GET /api/v2/patients/{aamrn1.us}/records HTTP/1.1" 200 5123 "-" "okhttp/4.9"
{aaip1} - {aaper1.handle} [{aadate1.iso}T10:22:34Z] "POST /api/v2/messages HTTP/1.1" 201 88 "{aaurl1}" "okhttp/4.9"
{aaip2} - - [{aadate1.iso}T10:23:02Z] "GET /[[health]] HTTP/1.1" 200 2 "-" "kube-probe/1.27"
""",
)

T(
    "aa-log-2",
    "application log",
    "en_GB",
    """\
{aadate1.iso} 03:14:07,221 WARN  auth.LoginService - failed login user={aamail1} src={aaip1} mac={aamac1} attempts=5
{aadate1.iso} 03:14:07,225 INFO  audit.Access - record viewed nhs={aanat1.gb} by user={aaper1.handle_under} role=[[receptionist]]
{aadate1.iso} 03:14:09,003 ERROR sms.Gateway - delivery failed to={aatel1.e164} body="Your appointment on {aadate2.dmy} is confirmed"
""",
)

T(
    "aa-log-3",
    "wifi access log",
    "en_GB",
    """\
{aadate1.iso}T22:41:09 ap-ward7 hostapd: wlan0: STA {aamac1} IEEE 802.11: associated (user {aaper1.handle})
{aadate1.iso}T22:41:10 ap-ward7 dhcpd: DHCPACK on {aaip1} to {aamac1} ({aaper1.handle_dash}-iphone)
{aadate1.iso}T22:55:43 ap-ward7 hostapd: wlan0: STA {aamac2} IEEE 802.11: associated — device {aadev1.cgm} [[telemetry gateway]]
""",
)

T(
    "aa-email-headers-1",
    "e-mail with headers",
    "en_GB",
    """\
Return-Path: {aamail1}
Received: from mail.example.net ({aaip1}) by mx.council.gov.uk; {aadate1.long} 11:02:14 +0000
From: {aamail1} ({aaper1.full})
To: adult.social.care@council.gov.uk
Subject: re my dad {aaper2.full} - [[direct payments]]
Message-ID: {aaref1}@mail.example.net
X-Originating-IP: {aaip2}

hi, dads NHS number is {aanat1.gb} and his DOB {aadob1.old}. he's at {aaaddr1}. can you call me {aatel1}
""",
)

T(
    "aa-email-headers-2",
    "e-mail with headers",
    "de_DE",
    """\
Von: {aaper1.full} ({aamail1})
Gesendet: {aadate1}
An: Jugendamt
Betreff: AW: Hilfeplangespräch {aaper2.first}

Sehr geehrte Frau {aaper3.last},
unser Sohn {aaper2.first} (geb. {aadob1.child}) kann am Termin nicht teilnehmen. Bitte um Rückruf unter {aatel1}.
Mit freundlichen Grüßen und vielen Dank
{aaper1.full}
{aaaddr1}
-- [[Hilfe zur Erziehung]] --
""",
    dates=("de",),
)

T(
    "aa-whatsapp-1",
    "chat export",
    "en_IN",
    """\
[{aadate1.dmyshort}, 9:14:02 PM] {aaper1.first_last}: Sir my father {aaper2.full} is admitted in ward 5 since {aadate2.dmy}
[{aadate1.dmyshort}, 9:14:30 PM] {aaper1.first_last}: his aadhaar {aanat1.in} and UHID {aamrn1}
[{aadate1.dmyshort}, 9:20:11 PM] Dr {aaper3.last}: Ok. [[Dialysis]] is scheduled tomorrow morning. Please bring reports.
[{aadate1.dmyshort}, 9:21:48 PM] {aaper1.first_last}: 🙏🙏 thank you sir. my number {aatel1}
""",
)

T(
    "aa-whatsapp-2",
    "chat export",
    "pt_PT",
    """\
{aadate1.dmy} 08:02 - {aaper1.first}: Bom dia, a consulta da minha mãe {aaper2.full} é hoje?
{aadate1.dmy} 08:05 - Centro de Saúde: Bom dia. Sim, às 11h. Traga o cartão de utente e o NIF ({aanat1.pt}).
{aadate1.dmy} 08:06 - {aaper1.first}: ok obg 👍 a morada mudou para {aaaddr1}
{aadate1.dmy} 08:07 - Centro de Saúde: Atualizado. [[Consulta de diabetes]] às 11h00.
""",
)

T(
    "aa-teams-1",
    "chat export",
    "en_GB",
    """\
Teams chat — Duty MASH
{aaper1.first_last} {aadate1.dmyshort} 14:02
anyone know the family at {aastreet1}? police PPN in for {aaper2.full}, DOB {aadob1.child}
{aaper2.first} {aadate1.dmyshort} 14:05
yes — open [[Early Help]] case, worker {aaper3.first_last}. mum's number {aatel1}
{aaper1.first_last} {aadate1.dmyshort} 14:06
thanks, will do [[RAG rating]] and pass to strategy
""",
)

T(
    "aa-ocr-id-1",
    "OCR'd identity document",
    "en_GB",
    """\
[OCR output — scan quality LOW]
DRIVING LlCENCE  UK
1. {aaper1.ocr_caps}
3. {aadob1.dotshort} UNITED KINGDOM
4b. 2034
5. {aalic1.ukdl}
8. {aaaddr1.ocr}
9. [[AM/A/B1/B/f/k/l/n/p/q]]
""",
)

T(
    "aa-ocr-scan-1",
    "OCR'd scanned letter",
    "en_US",
    """\
--- page 1 of 2 (OCR) ---
{aaaddr1.ocr}
RE: Patient {aaper1.ocr}   Acc0unt # {aaacct1.us}
Date 0f Service: {aadate1.us}
Thank y0u f0r y0ur payment. Y0ur remaining ba1ance f0r [[physica1 therapy]] is $312.00.
Questions? Ca11 {aatel1.us}
""",
)

T(
    "aa-ocr-id-2",
    "OCR'd identity document",
    "de_DE",
    """\
BUNDESREPUBLIK DEUTSCHLAND   PERSONALAUSWEIS
Name/Surname {aaper1.caps_last}
Vornamen/Given names {aaper1.caps_first}
Geburtstag/Date of birth {aadob1.dot}
Geburtsort/Place of birth {aatown1}
Gültig bis/Date of expiry 2031
Ausweisnummer {aapass1.de}
Anschrift {aaaddr1.ocr}
[[Größe 178 cm]]
""",
)

T(
    "aa-photo-custody-1",
    "custody record",
    "en_GB",
    """\
CUSTODY RECORD {aacase1.pnc}    Station: {aatown1}
Detained person: {aaper1.caps_last_first}   DOB {aadob1.adult}   Age 31
Home address: {aaaddr1}
Arrested {aadate1.dmy} 23:10 by PC {aaper2.last} — [[suspicion of burglary]]
Fingerprints: Livescan {aabio1.finger}   DNA: taken
Custody photograph: {aaphoto1}
Appropriate adult: n/a   Solicitor: {aaper3.full}, {aatel1}
""",
)

T(
    "aa-biometric-1",
    "biometric enrolment record",
    "en_US",
    """\
Biometric Time Clock — Enrollment
Employee: {aaper1.full}   Emp ID {aaacct1.cust}
Fingerprint template ID: {aabio1.finger}   Face template: {aabio2.face}
Enrolled on device {aadev1} (MAC {aamac1}) at {aaip1} on {aadate1.us}
Consent form signed: [[BIPA consent]] yes
""",
)

T(
    "aa-voiceprint-1",
    "voice biometrics log",
    "en_GB",
    """\
Voice ID enrolment — contact centre
Customer {aaper1.full}, account {aaacct1.uk}
Voiceprint ref {aabio1.voice} created {aadate1.dmy}; passphrase [[my voice is my password]]
Caller number {aatel1.intl}
""",
)
# ---- Other languages and scripts
T(
    "aa-it-cartella-1",
    "clinical note",
    "it_IT",
    """\
CARTELLA CLINICA — Diario clinico
Paziente: {aaper1.caps_last} {aaper1.first}   C.F. {aanat1.it}
Nato/a il {aadob1} a {aatown1}   Tessera sanitaria {aaplan1}
Residenza: {aaaddr1}
{aadate1}: paziente vigile, [[dolore addominale]] in miglioramento. Figlia ({aaper2.first_last}) informata al {aatel1}.
Medico di guardia: dott.ssa {aaper3.last}
""",
    dates=("dmy", "it"),
)

T(
    "aa-it-servizi-1",
    "social services case note",
    "it_IT",
    """\
Servizi Sociali del Comune — scheda colloquio del {aadate1}
Utente: {aaper1.full} (cod. fisc. {aanat1.it}), anni {aaage1}
Vive solo in {aastreet1}; nipote di riferimento {aaper2.full}, cell. {aatel1}.
Richiesta: [[assistenza domiciliare]] e [[pasti a domicilio]]. Assistente sociale: {aaper3.initial_last}
""",
    dates=("dmy",),
)

T(
    "aa-cs-zprava-1",
    "discharge summary",
    "cs_CZ",
    """\
PROPOUŠTĚCÍ ZPRÁVA – ortopedické oddělení
Pacient: {aaper1.full}, r. č. {aanat1.cz}
Bydliště: {aaaddr1}
Hospitalizace: {aadate1} – {aadate2}
Dg.: [[zlomenina krčku stehenní kosti]]. Operace: [[totální endoprotéza kyčle]].
Ošetřující lékař: MUDr. {aaper2.full}
""",
    dates=("dot", "cs"),
)

T(
    "aa-sk-ziadost-1",
    "social benefit application",
    "sk_SK",
    """\
Žiadosť o [[príspevok na opatrovanie]]
Žiadateľ: {aaper1.full}, nar. {aadob1}
Adresa: {aaaddr1}
Opatrovaná osoba: {aaper2.full}
Telefón: {aatel1}   E-mail: {aamail1}
Číslo účtu (IBAN): {aaiban1}
V {aatown1}, dňa {aadate1}
""",
    dates=("dot",),
)

T(
    "aa-hu-zarojelentes-1",
    "discharge summary",
    "hu_HU",
    """\
ZÁRÓJELENTÉS — Belgyógyászati Osztály
Név: {aaper1.last_space_first}   Szül.: {aadob1}   TAJ: {aaplan1}
Lakcím: {aaaddr1}
Felvétel: {aadate1}   Távozás: {aadate2}
Diagnózis: [[pneumonia]]   Kezelőorvos: Dr. {aaper2.last_space_first}
""",
)

T(
    "aa-ro-fisa-1",
    "patient registration form",
    "ro_RO",
    """\
FIȘĂ DE ÎNSCRIERE — medic de familie
Nume și prenume: {aaper1.caps_last} {aaper1.first}
CNP: {aanat1.ro}
Domiciliu: {aaaddr1}
Telefon: {aatel1}
Data înscrierii: {aadate1}
Asigurat: [[da, CNAS]]
""",
    dates=("dot", "ro"),
)

T(
    "aa-bg-epikriza-1",
    "discharge summary",
    "bg_BG",
    """\
ЕПИКРИЗА — Клиника по кардиология
Пациент: {aaper1.fio}, ЕГН {aanat1.bg}
Адрес: {aaaddr1}
Постъпил на {aadate1}, изписан на {aadate2}
Диагноза: [[остър миокарден инфаркт]]
Лекуващ лекар: д-р {aaper2.full}
""",
    dates=("dot",),
)

T(
    "aa-hr-uputnica-1",
    "referral letter",
    "hr_HR",
    """\
UPUTNICA — specijalistički pregled
Pacijent: {aaper1.full}   OIB: {aanat1.hr}
Datum rođenja: {aadob1}   Adresa: {aaaddr1}
Uputna dijagnoza: [[hipertenzija]]   Datum: {aadate1}
Liječnik: dr. {aaper2.full}
""",
    dates=("dot",),
)

T(
    "aa-sl-obvestilo-1",
    "appointment letter",
    "sl_SI",
    """\
Obvestilo o terminu
Spoštovani {aaper1.full},
vaš pregled [[kardiologija]] bo {aadate1} ob 9.30. Naslov: {aaaddr1}.
Za spremembe pokličite {aatel1}. E-pošta: {aamail1}
""",
    dates=("dot",),
)

T(
    "aa-sv-journal-1",
    "clinical note",
    "sv_SE",
    """\
Journalanteckning — Vårdcentral
Patient: {aaper1.full}, pnr {aanat1.se}
Adress: {aaaddr1}
Besök {aadate1}: [[förkylning]], feber sedan tre dagar. Anhörig: {aaper2.full} tel {aatel1}
Ansvarig läkare: {aaper3.first_last}
""",
)

T(
    "aa-sv-soc-1",
    "social services decision",
    "sv_SE",
    """\
BESLUT — Socialtjänsten
Ärende: {aacase1.social}
Sökande: {aaper1.full} ({aanat1.se})
Beslut fattat {aadate1}: [[ekonomiskt bistånd]] beviljas för december.
Utbetalning till konto {aaacct1}
Handläggare: {aaper2.full}
""",
)

T(
    "aa-da-brev-1",
    "municipal letter",
    "da_DK",
    """\
{aaper1.full}
{aaaddr1.lines}
CPR-nr.: {aanat1.dk}
Dato: {aadate1}
Afgørelse om [[hjemmehjælp]]: Du er bevilget praktisk hjælp hver anden uge.
Sagsbehandler: {aaper2.full}, tlf. {aatel1}
""",
)

T(
    "aa-no-epikrise-1",
    "discharge summary",
    "no_NO",
    """\
EPIKRISE — Nevrologisk avdeling
Pasient: {aaper1.full}   Fødselsnummer: {aanat1.no}
Adresse: {aaaddr1}
Innlagt {aadate1}, utskrevet {aadate2}.
Diagnose: [[hjerneslag]]. Oppfølging hos fastlege {aaper2.full}.
""",
    dates=("dot",),
)

T(
    "aa-fi-lahete-1",
    "referral letter",
    "fi_FI",
    """\
LÄHETE
Potilas: {aaper1.last_space_first}, hetu {aanat1.fi}
Osoite: {aaaddr1}
Puhelin: {aatel1}
Lähetteen syy: [[polven nivelrikko]]. Päiväys {aadate1}.
Lähettävä lääkäri: {aaper2.full}
""",
)

T(
    "aa-et-tervis-1",
    "clinical note",
    "et_EE",
    """\
Ambulatoorne vastuvõtt {aadate1}
Patsient: {aaper1.full}, isikukood {aanat1.ee}
Elukoht: {aaaddr1}
Kaebused: [[köha ja palavik]]. Arst: {aaper2.full}
""",
    dates=("dot",),
)

T(
    "aa-lt-israsas-1",
    "discharge summary",
    "lt_LT",
    """\
IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ
Pacientas: {aaper1.full}, asmens kodas {aanat1.lt}
Adresas: {aaaddr1}
Gydytas {aadate1} – {aadate2}. Diagnozė: [[cukrinis diabetas]].
Gydytojas: {aaper2.full}
""",
)

T(
    "aa-lv-izraksts-1",
    "discharge summary",
    "lv_LV",
    """\
IZRAKSTS
Pacients: {aaper1.full}
Dzimšanas datums: {aadob1}   Adrese: {aaaddr1}
Tālrunis: {aatel1}
Diagnoze: [[akūts bronhīts]]. Ārsts: {aaper2.full}. Datums: {aadate1}.
""",
    dates=("dot",),
)

T(
    "aa-el-iatriko-1",
    "clinical note",
    "el_GR",
    """\
ΙΑΤΡΙΚΗ ΒΕΒΑΙΩΣΗ
Ονοματεπώνυμο: {aaper1.full}   ΑΜΚΑ: {aanat1.gr}
Ημερομηνία γέννησης: {aadob1}
Διεύθυνση: {aaaddr1}
Ο/Η ασθενής εξετάστηκε στις {aadate1} για [[οξεία γαστρεντερίτιδα]].
Ιατρός: {aaper2.full}, τηλ. {aatel1}
""",
    dates=("dmy", "el"),
)

T(
    "aa-tr-epikriz-1",
    "discharge summary",
    "tr_TR",
    """\
EPİKRİZ
Hasta: {aaper1.caps_full}   T.C. Kimlik No: {aanat1.tr}
Doğum tarihi: {aadob1}   Adres: {aaaddr1}
Yatış: {aadate1}   Taburcu: {aadate2}
Tanı: [[akut apandisit]]   Hekim: Dr. {aaper2.full}   Tel: {aatel1}
""",
    dates=("dot", "tr"),
)

T(
    "aa-ar-report-1",
    "medical report",
    "ar_PS",
    """\
تقرير طبي — قسم الباطنة
اسم المريض: {aaper1.full}
تاريخ الميلاد: {aadob1.iso}
العنوان: {aaaddr1}
الهاتف: {aatel1}
التشخيص: [[التهاب رئوي]]
الطبيب المعالج: د. {aaper2.full}
التاريخ: {aadate1.iso}
""",
)

T(
    "aa-ar-sms-1",
    "SMS transcription",
    "ar_SA",
    """\
SMS {aadate1.iso} 19:22 from {aatel1}
السلام عليكم، أنا {aaper1.full}. my appointment ref {aacase1.ho} — هل يمكن تغيير الموعد؟ 🙏
reply: Dear {aaper1.translit}, your [[biometric appointment]] is moved to Thursday.
""",
)

T(
    "aa-fa-form-1",
    "asylum support form",
    "fa_IR",
    """\
ASYLUM SUPPORT (Section 95) — interpreter's notes
Applicant: {aaper1.full} / {aaper1.translit_caps_last_first}
HO ref {aacase1.ho}   DOB {aadob1.dmy}
نشانی فعلی: {aaaddr1}
Dependants: {aaper2.full} (همسر), {aaper3.first} (child, {aadob2.dmy})
Support type: [[accommodation and subsistence]]   Phone {aatel1}
""",
)

T(
    "aa-he-summary-1",
    "discharge summary",
    "he_IL",
    """\
סיכום אשפוז — מחלקה פנימית ב
שם המטופל: {aaper1.full}   ת.ז. {aanat1.il}
כתובת: {aaaddr1}   טלפון: {aatel1}
תאריך קבלה: {aadate1.dmy}   תאריך שחרור: {aadate2.dmy}
אבחנה עיקרית: [[דלקת ריאות קהילתית]]
רופא: {aaper2.full}
""",
)

T(
    "aa-hi-prescription-1",
    "prescription",
    "hi_IN",
    """\
पर्चा / Prescription
रोगी का नाम: {aaper1.full}   आयु: 54
आधार: {aanat1.in}   UHID: {aamrn1}
पता: {aaaddr1}
मोबाइल: {aatel1}
[[टैबलेट मेटफॉर्मिन 500 mg]] दिन में दो बार
डॉक्टर: {aaper2.full}, पंजीकरण सं. {aalic1}   दिनांक {aadate1.dmy}
""",
)

T(
    "aa-bn-ticket-1",
    "hospital registration ticket",
    "bn_BD",
    """\
বহির্বিভাগ টিকিট — {aadate1.dmy}
রোগীর নাম: {aaper1.full}
পিতা/স্বামী: {aaper2.full}
ঠিকানা: {aaaddr1}
মোবাইল: {aatel1}
বিভাগ: [[মেডিসিন]]   রেজি. নং {aamrn1}
""",
)

T(
    "aa-zh-bingli-1",
    "clinical note",
    "zh_CN",
    """\
门诊病历
姓名：{aaper1.cjk}   身份证号：{aanat1.cn}
出生日期：{aadob1.cjk}   联系电话：{aatel1}
住址：{aaaddr1}
就诊日期：{aadate1.cjk}
诊断：[[2型糖尿病]]   处理：[[二甲双胍]] 0.5g bid
医师：{aaper2.cjk}
""",
)

T(
    "aa-zh-tw-1",
    "insurance claim",
    "zh_TW",
    """\
保險理賠申請書
被保險人：{aaper1.cjk}   出生日期：{aadob1.cjk}
保單號碼：{aaplan1}   理賠編號：{aaclaim1}
地址：{aaaddr1}   電話：{aatel1}
事故日期：{aadate1.cjk}   原因：[[車禍骨折]]
匯款帳號：{aaacct1}
""",
)

T(
    "aa-ko-uirye-1",
    "referral letter",
    "ko_KR",
    """\
진료의뢰서
환자명: {aaper1.cjk}   주민등록번호: {aanat1.kr}
주소: {aaaddr1}   연락처: {aatel1}
의뢰일: {aadate1.ko}
상병명: [[급성 충수염]]
의뢰 의사: {aaper2.cjk} (면허번호 {aalic1})
""",
)

T(
    "aa-ja-kaigo-1",
    "care plan",
    "ja_JP",
    """\
居宅サービス計画書（１）
利用者名：{aaper1.cjk} 様　生年月日：{aadob1.cjk}
住所：{aaaddr1}
マイナンバー：{aanat1.jp}
作成日：{aadate1.cjk}　介護支援専門員：{aaper2.cjk}
要介護状態区分：[[要介護３]]
家族連絡先：{aaper3.cjk}（長女）{aatel1}
""",
)

T(
    "aa-th-record-1",
    "clinical note",
    "th_TH",
    """\
บันทึกการรักษา — แผนกผู้ป่วยนอก
ชื่อผู้ป่วย: {aaper1.full}   เลขประจำตัวประชาชน: {aanat1.th}
วันเกิด: {aadob1.be}   ที่อยู่: {aaaddr1}
โทร: {aatel1}   วันที่: {aadate1.be}
การวินิจฉัย: [[ไข้เลือดออก]]
แพทย์: {aaper2.full}
""",
)

T(
    "aa-vi-giayra-1",
    "discharge summary",
    "vi_VN",
    """\
GIẤY RA VIỆN — Khoa Nội tổng hợp
Họ tên người bệnh: {aaper1.caps_full}
Ngày sinh: {aadob1.dmy}   Địa chỉ: {aaaddr1}
Số thẻ BHYT: {aaplan1}
Vào viện: {aadate1.dmy}   Ra viện: {aadate2.dmy}
Chẩn đoán: [[viêm phổi]]   Bác sĩ: {aaper2.full}
""",
)

T(
    "aa-id-rujukan-1",
    "referral letter",
    "id_ID",
    """\
SURAT RUJUKAN — Puskesmas
Nama pasien: {aaper1.full}
Tanggal lahir: {aadob1.dmy}   No. BPJS: {aaplan1}
Alamat: {aaaddr1}   HP: {aatel1}
Diagnosa: [[demam berdarah dengue]]   Tanggal: {aadate1.dmy}
Dokter: dr. {aaper2.full}
""",
)

T(
    "aa-ka-record-1",
    "clinical note",
    "ka_GE",
    """\
სამედიცინო ჩანაწერი
პაციენტი: {aaper1.full}
დაბადების თარიღი: {aadob1.dot}
მისამართი: {aaaddr1}
ტელეფონი: {aatel1}
დიაგნოზი: [[ჰიპერტენზია]]   ექიმი: {aaper2.full}   თარიღი: {aadate1.dot}
""",
)

T(
    "aa-hy-record-1",
    "clinical note",
    "hy_AM",
    """\
Բժշկական գրառում
Հիվանդ՝ {aaper1.full}
Ծննդյան ամսաթիվ՝ {aadob1.dot}
Հասցե՝ {aaaddr1}
Հեռախոս՝ {aatel1}
Ախտորոշում՝ [[շաքարային դիաբետ]]   Բժիշկ՝ {aaper2.full}
""",
)

T(
    "aa-is-bref-1",
    "municipal letter",
    "is_IS",
    """\
{aaper1.full}
{aaaddr1}
Kennitala: {aanat1.is}
Dagsetning: {aadate1.dot}
Umsókn um [[fjárhagsaðstoð]] hefur verið samþykkt. Ráðgjafi: {aaper2.full}, sími {aatel1}.
""",
)

T(
    "aa-es-ar-1",
    "social services report",
    "es_AR",
    """\
INFORME SOCIAL
Nombre y apellido: {aaper1.full}   CUIL: {aanat1.ar}
Domicilio: {aaaddr1}
Teléfono: {aatel1}
Fecha de entrevista: {aadate1}
Grupo familiar: conviviente {aaper2.full}; hijos menores. Se sugiere [[asignación universal por hijo]].
Trabajadora social: {aaper3.full}
""",
    dates=("dmy", "es"),
)

T(
    "aa-es-co-1",
    "clinical note",
    "es_CO",
    """\
HISTORIA CLÍNICA — Consulta externa
Paciente: {aaper1.caps_full}   Documento ({aanat1.label}): {aanat1}
Fecha: {aadate1}   Teléfono: {aatel1}
Dirección: {aaaddr1}
Motivo de consulta: [[dolor lumbar]]. Médico: {aaper2.full}, RM {aalic1}
""",
    ids=("CL", "AR", "MX"),
    dates=("dmy",),
)

T(
    "aa-es-cl-1",
    "pharmacy receipt",
    "es_CL",
    """\
BOLETA — Farmacia
Cliente: {aaper1.full}   RUT {aanat1.cl}
Receta N° {aacase1.rx}   Fecha {aadate1}
[[Losartán 50 mg]] x30
Médico: {aaper2.full}
""",
    dates=("dmy",),
)
# ---- More services, more English-speaking countries
T(
    "aa-nz-acc-1",
    "accident compensation claim",
    "en_NZ",
    """\
ACC45 Injury Claim
Claimant: {aaper1.full}   DOB {aadob1.dmy}   NHI {aamrn1}
Address: {aaaddr1}   Ph {aatel1}   Email {aamail1}
Date of accident: {aadate1.dmy}   Scene: home — garden
Injury: [[sprained ankle]], right.   Treating provider: {aaper2.full} (reg {aalic1})
Bank account for weekly compensation: {aaacct1}
""",
)

T(
    "aa-ca-ohip-1",
    "clinical note",
    "en_CA",
    """\
ENCOUNTER NOTE — Family Health Team
Patient: {aaper1.last_first}   HCN {aaplan1}   DOB {aadob1.iso}
SIN on file: {aanat1.ca}
Addr: {aaaddr1}   Tel {aatel1}
{aadate1.iso}: [[type 2 diabetes follow-up]]; A1c 7.9%. Wife {aaper2.first} present.
Plan: titrate metformin, refer [[diabetes education program]]. — {aaper3.initial_last}, NP
""",
)

T(
    "aa-ng-clinic-1",
    "outpatient card",
    "en_NG",
    """\
GENERAL HOSPITAL — OUTPATIENT CARD
Hosp. No: {aamrn1}      Date: {aadate1.dmy}
Name: {aaper1.caps_full}
Age/Sex: 42/F     Phone: {aatel1}
Address: {aaaddr1}
NOK: {aaper2.full} (husband)
C/O: [[fever and joint pains]] x 4/7. Imp: [[malaria]]. Rx: ACT.
Seen by: Dr {aaper3.last}
""",
)

T(
    "aa-ph-philhealth-1",
    "health insurance claim form",
    "en_PH",
    """\
PhilHealth CLAIM FORM 1
Member: {aaper1.caps_last_first}   PIN: {aaplan1}
Date of birth: {aadob1.dmy}   Contact no.: {aatel1}
Mailing address: {aaaddr1}
Patient is the member's: [[dependent - child]]   Patient: {aaper2.full}
Confinement: {aadate1.dmy} to {aadate2.dmy}
""",
)

T(
    "aa-ke-referral-1",
    "referral letter",
    "en_KE",
    """\
REFERRAL FORM — County Referral Hospital
Patient: {aaper1.full}   IP No: {aamrn1}   NHIF No: {aaplan1}
Date: {aadate1.dmy}   Phone: {aatel1}
Reason: [[obstructed labour]]; referred by {aaper2.full}, clinical officer.
Escort: {aaper3.first_last} (husband)
""",
)

T(
    "aa-za-sassa-1",
    "social grant application",
    "zu_ZA",
    """\
SASSA — Application for [[Older Person's Grant]]
Applicant: {aaper1.full}   ID No: {aanat1.za}
Date of birth: {aadob1.old}
Residential address: {aaaddr1}
Cell: {aatel1}
Bank: {aaacct1}
Date of application: {aadate1.dmy}   Official: {aaper2.initial_last}
""",
)

T(
    "aa-ie-hse-1",
    "home support referral",
    "en_IE",
    """\
HSE Home Support Service — Application
Name: {aaper1.full}   PPSN: {aanat1.ie}   DOB: {aadob1.old}
Eircode/Address: {aaaddr1}
GP: Dr {aaper2.last}   Medical card no: {aaplan1}
Next of kin: {aaper3.full}, {aatel1}
Need: [[personal care]] am and pm; lives alone since wife died {aadate1.dmy}.
""",
)

T(
    "aa-us-cps-1",
    "child protective services intake",
    "en_US",
    """\
CPS INTAKE REPORT #{aacase1.social}   Received {aadate1.us} 15:42
Reporter: mandated — school nurse {aaper1.full}, {aatel1.us}
Child: {aaper2.first_last}, DOB {aadob1.us}, age 7
Caretaker: {aaper3.full}, {aaaddr1}
Allegation: [[physical neglect]] — untreated head lice and dental pain reported over 3 months.
Screening decision: [[screened in - 72 hour response]]
""",
)

T(
    "aa-us-snap-1",
    "benefits application",
    "en_US",
    """\
SNAP / Medicaid Combined Application
Head of household: {aaper1.full}   SSN {aanat1.us}   DOB {aadob1.us}
Household member: {aaper2.full}   SSN {aanat2.us}   DOB {aadob2.us}
Home address: {aaaddr1}
Phone: {aatel1.us}   Email: {aamail1}
Employer: [[laid off]] {aadate1.us}
Bank acct for EBT refunds: {aaacct1.us}
""",
)

T(
    "aa-us-parole-1",
    "parole supervision note",
    "en_US",
    """\
Supervision Contact Note — Parole
Offender: {aaper1.caps_last_first}   DOC# {aacase1.prison}   DOB {aadob1.us}
Contact {aadate1.us}: [[home visit]] at {aaaddr1}; parolee present with girlfriend {aaper2.first_last}.
UA collected: [[negative]]. Vehicle in driveway {aaveh1.plate}, VIN {aaveh2.vin}.
Next report date set. PO {aaper3.last}, cell {aatel1.us}
""",
)

T(
    "aa-us-immig-1",
    "immigration intake form",
    "es_MX en_US",
    """\
LEGAL AID — Immigration Intake / Formulario de admisión
Client / Cliente: {aaper1.full}   A-Number: {aacase1.ho}
DOB / Fecha de nacimiento: {aadob1.dmy}
Country of birth: México — town {aatown1}
US address: {aaaddr2}
Phone: {aatel1}   WhatsApp ok
Spouse: {aaper2.full}   Children in US: {aaper3.first} ({aadob2.dmy})
Relief sought: [[cancellation of removal]]
""",
)

T(
    "aa-us-vaccine-1",
    "vaccination record",
    "en_US",
    """\
IMMUNIZATION RECORD — Pediatrics
Name: {aaper1.full}   DOB: {aadob1.us}   Patient ID {aamrn1.us}
Parent/Guardian: {aaper2.full}   Phone {aatel1.us}
Vaccine: [[MMR]] dose 2 — given {aadate1.us}, lot EX123, site L arm, by {aaper3.initial_last}, RN
Vaccine: [[Tdap]] — given {aadate2.us}
""",
)

T(
    "aa-au-ndis-1",
    "disability support plan",
    "en_AU",
    """\
NDIS Participant Plan — summary
Participant: {aaper1.full}   NDIS no: {aaref1}   DOB {aadob1.dmy}
Address: {aaaddr1}
Nominee: {aaper2.full} (mother) {aatel1}
Goals: [[independent travel to TAFE]]; [[social participation]].
Plan approved {aadate1.dmy}. Support coordinator {aaper3.first_last}.
""",
)

T(
    "aa-uk-blue-badge-1",
    "blue badge application",
    "en_GB",
    """\
Blue Badge application — online
Applicant: {aaper1.full}    NI number: {aanat1.gbni}
Date of birth: {aadob1.dmy}
Address: {aaaddr1}
Email: {aamail1}   Phone: {aatel1}
Eligibility: [[PIP mobility 8 points]]   Vehicle (optional): {aaveh1.plate}
Photo upload: {aaphoto1}
Submitted {aadate1.dmy} from {aaip1}
""",
)

T(
    "aa-uk-pcn-1",
    "parking penalty appeal",
    "en_GB",
    """\
Penalty Charge Notice appeal — PCN {aaref1}
Vehicle registration: {aaveh1.plate}
Keeper: {aaper1.full}, {aaaddr1}
Contravention date: {aadate1.dmy}
Grounds: I was at the hospital with my son who has [[type 1 diabetes]]; his hospital number {aamrn1.hosp}
Email: {aamail1}
""",
)

T(
    "aa-uk-coroner-1",
    "coroner's referral",
    "en_GB",
    """\
REFERRAL TO HM CORONER
Deceased: {aaper1.caps_last_first}   DOB {aadob1.old}   Date of death {aadate1.dmy}
Age: {aaage1}
Last address: {aaaddr1}
Place of death: [[care home]]
Informant: {aaper2.full} (nephew) {aatel1}
Referring doctor: Dr {aaper3.full}, GMC {aalic1.gmc}
""",
)

T(
    "aa-uk-death-reg-1",
    "death registration",
    "en_GB",
    """\
Register of Deaths — entry (copy)
1. Date and place of death: {aadate1.long}, {aaaddr1}
2. Name and surname: {aaper1.full}
4. Date and place of birth: {aadob1.long}, {aatown1}
5. Occupation: [[retired bus driver]]
7. Informant: {aaper2.full}, son, {aaaddr2}
8. Cause of death: I(a) [[bronchopneumonia]]
""",
)

T(
    "aa-uk-birth-1",
    "birth notification",
    "en_GB",
    """\
NN4B — Birth notification
Baby: {aaper1.last}, male, born {aadate1.dmy} 04:12, weight 3.41 kg
NHS number: {aanat1.gb}
Mother: {aaper2.full}, DOB {aadob1.adult}, NHS {aanat2.gb}
Address: {aaaddr1}
Midwife: {aaper3.full}, NMC PIN {aalic1.nmc}
[[Vitamin K given]]
""",
)

T(
    "aa-uk-maternity-1",
    "maternity booking",
    "en_GB",
    """\
Antenatal booking — BadgerNet
Woman: {aaper1.full}   Hosp no {aamrn1.hosp}   DOB {aadob1.adult}
Partner: {aaper2.full}   Tel {aatel1}
LMP {aadate1.dmy}   EDD {aadate2.dmy}
Interpreter needed: yes — Romanian.   [[Safeguarding screen]]: no concerns.
Address: {aaaddr1}
""",
)

T(
    "aa-uk-mha-1",
    "mental health act assessment",
    "en_GB",
    """\
AMHP REPORT — Mental Health Act 1983 assessment
Patient: {aaper1.full}   DOB {aadob1.adult}   NHS {aanat1.gb}
Address: {aaaddr1}
Nearest relative: {aaper2.full} (mother) — consulted by phone {aatel1} on {aadate1.dmy}
Doctors: Dr {aaper3.last} (s12), Dr {aaper4.last}
Outcome: [[detained under section 2]]; bed at {aatown1} Hospital.
AMHP: {aaper5.first_last}
""",
)

T(
    "aa-uk-carehome-1",
    "care home admission record",
    "en_GB",
    """\
Resident admission — {aatown1} Lodge
Resident: {aaper1.full}   Room 12   DOB {aadob1.old}   NHS {aanat1.gb}
Previous address: {aaaddr1}
Lasting power of attorney (health & welfare): {aaper2.full}, {aatel1}, {aamail1}
DNACPR in place: yes (dated {aadate1.dmy})
Diet: [[soft and bite-sized]]   Mobility: [[hoist x2]]
""",
)

T(
    "aa-uk-domcare-1",
    "domiciliary care visit log",
    "en_GB",
    """\
Visit log — {aaper1.full}, {aaaddr1}
{aadate1.dmy} 07:45-08:15  {aaper2.first_initial}  Assisted with wash and dress. [[Meds prompted]] - taken.
{aadate1.dmy} 12:30-12:50  {aaper3.first_initial}  Lunch made. Said her son {aaper4.first} visits sat.
{aadate1.dmy} 17:10-17:30  {aaper2.first_initial}  Key safe code wrong?? called office {aatel1}
""",
)

T(
    "aa-uk-foster-1",
    "foster placement record",
    "en_GB",
    """\
PLACEMENT PLAN — looked after child
Child: {aaper1.full}   DOB {aadob1.child}   LCS {aacase1.social}
Placed with: {aaper2.full} and {aaper3.full}, {aaaddr1}
Placement start: {aadate1.dmy}   Legal status: [[section 20]]
Contact with birth mother {aaper4.first_last}: fortnightly, supervised.
Social worker: {aaper5.first_last}   IRO: {aaper6.initial_last}
""",
)

T(
    "aa-uk-interp-1",
    "interpreter booking",
    "en_GB",
    """\
Interpreter booking confirmation — job {aaref1}
Language: [[Dari]]   Mode: face to face
Client: {aaper1.full}   Home Office ref {aacase1.ho}
Venue: {aaaddr1}   Date: {aadate1.long} 10:00
Interpreter: {aaper2.full}, mob {aatel1}
Booked by {aaper3.first_last} ({aamail1})
""",
)

T(
    "aa-uk-sar-1",
    "subject access request",
    "en_GB",
    """\
Dear Data Protection Officer,
I am writing to make a [[subject access request]] under Article 15 UK GDPR.
Full name: {aaper1.full}
Previous name: {aaper1.first} {aaper2.last}
Date of birth: {aadob1.long}
Current address: {aaaddr1}
Customer number: {aaacct1.cust}
Please send the information to {aamail1}. Yours faithfully, {aaper1.first_last}
""",
)

T(
    "aa-uk-jobapp-1",
    "job application form",
    "en_GB",
    """\
APPLICATION FOR EMPLOYMENT — Care Assistant
Surname: {aaper1.caps_last}   Forename(s): {aaper1.first}
Address: {aaaddr1}   Tel: {aatel1}   Email: {aamail1}
NI number: {aanat1.gbni}   Driving licence: {aalic1.ukdl}
Referee 1: {aaper2.full}, manager — {aatel2}
[[DBS check]] consent: yes
""",
)

T(
    "aa-uk-payslip-1",
    "payslip",
    "en_GB",
    """\
PAYSLIP   Period 8   Pay date {aadate1.dmy}
Employee: {aaper1.caps_last_first}   Employee no {aaacct1.cust}   NI {aanat1.gbni}   Tax code 1257L
Basic pay 2,145.00   [[Statutory Sick Pay]] 116.75   PAYE 239.40   NI 98.22
Paid to: {aaacct2.uk}
""",
)

T(
    "aa-uk-tenancy-1",
    "tenancy agreement",
    "en_GB",
    """\
ASSURED SHORTHOLD TENANCY AGREEMENT (Housing Act 1988, s.19A)
Landlord: {aaper1.full} of {aaaddr1}
Tenant(s): {aaper2.full} and {aaper3.full}
Property: {aaaddr2}
Term: 12 months from {aadate1.long}. Rent: £950 pcm payable to {aaacct1.uk}
[[Deposit protected]] with DPS, ref {aaref1}
""",
)

T(
    "aa-uk-court-list-1",
    "court hearing list",
    "en_GB",
    """\
FAMILY COURT — Daily cause list   Court 3   {aadate1.long}
10:00  {aacase1.court}  Re: {aaper1.initials} (a child) — [[care proceedings]] CMH
11:30  {aacase2.court}  {aaper2.caps_last} v {aaper3.caps_last} — [[non-molestation order]]
14:00  {aacase3.court}  Re: {aaper4.last} children — [[child arrangements]]
""",
)

T(
    "aa-uk-police-1",
    "police incident report",
    "en_GB",
    """\
STORM log {aaref1}   {aadate1.dmy} 01:33
Caller {aaper1.full} reports neighbour {aaper2.full} shouting and banging at {aaaddr1}.
Caller's number {aatel1}. Previous [[domestic abuse]] markers on address.
Suspect vehicle {aaveh1.plate} seen leaving. Unit 27 dispatched. [[DASH risk assessment]] to follow.
""",
)

T(
    "aa-uk-dvla-1",
    "vehicle registration letter",
    "en_GB",
    """\
V5C registration certificate — change of keeper
Registration number: {aaveh1.plate}
VIN/Chassis: {aaveh2.vin}
Registered keeper: {aaper1.caps_full}
Address: {aaaddr1.caps}
Date of acquisition: {aadate1.dmy}
[[Taxation class: PETROL CAR]]
""",
)

T(
    "aa-uk-hosp-transport-1",
    "patient transport booking",
    "en_GB",
    """\
Non-emergency patient transport — booking {aaref1}
Patient: {aaper1.full} (DOB {aadob1.old}) NHS {aanat1.gb}
Pick-up: {aaaddr1}   Contact {aatel1}
Destination: Renal Unit — [[haemodialysis]] Mon/Wed/Fri 07:30
Escort: {aaper2.full}   Mobility: [[wheelchair]]
""",
)

T(
    "aa-uk-blood-1",
    "blood donor record",
    "en_GB",
    """\
NHSBT donor record
Donor: {aaper1.full}   Donor no {aaref1}   DOB {aadob1.adult}
Blood group: [[O RhD negative]]
Address: {aaaddr1}   Mobile {aatel1}
Last donation {aadate1.dmy} at {aatown1} session. Deferral: none.
""",
)

T(
    "aa-uk-trial-1",
    "clinical trial enrolment",
    "en_GB",
    """\
TRIAL ENROLMENT LOG — confidential, site file only
Screening no  | Initials | Patient     | NHS no       | DOB        | Consent date
{aaref1}       | {aaper1.initials_nodot_last} | {aaper1.full} | {aanat1.gb} | {aadob1.dmy} | {aadate1.dmy}
{aaref2}       | {aaper2.initials_nodot_last} | {aaper2.full} | {aanat2.gb} | {aadob2.dmy} | {aadate2.dmy}
Arm allocation by [[IWRS]]. PI: Prof {aaper3.last}
""",
)

T(
    "aa-uk-audiology-1",
    "audiology record",
    "en_GB",
    """\
Audiology — hearing aid fitting
Patient {aaper1.last_first}  {aadob1.old}  Hosp no {aamrn1.hosp}
Fitted {aadate1.dmy}: L aid serial {aadev1.hear}, R aid serial {aadev2.hear}
Programme: [[P1 general, P2 loop]]. Battery size 312.
Audiologist {aaper2.first_initial}
""",
)

T(
    "aa-uk-pacing-1",
    "pacemaker clinic check",
    "en_GB",
    """\
Cardiac device clinic — follow-up
Patient: {aaper1.full}   NHS {aanat1.gb}
Device: dual chamber pacemaker, serial {aadev1.pace}, implanted {aadate1.dmy}
Remote monitor serial {aadev2}   Battery 8.5 years
[[Normal device function]]. Next remote check 3 months.
Physiologist {aaper2.initial_last}
""",
)

T(
    "aa-us-pump-1",
    "insulin pump download report",
    "en_US",
    """\
Pump download — {aadate1.us}
Patient: {aaper1.full}   DOB {aadob1.us}   MRN {aamrn1.us}
Pump serial: {aadev1.pump}   CGM sensor serial: {aadev2.cgm}   Phone IMEI {aadev3.phone}
Time in range 64%.  [[Basal rate adjusted]] 02:00-06:00.
Uploaded from {aaip1}
""",
)

T(
    "aa-us-telehealth-1",
    "telehealth session log",
    "en_US",
    """\
Telehealth session — {aadate1.us0}
Provider: {aaper1.full}, LCSW   License {aalic1.us}
Client: {aaper2.full}   DOB {aadob1.us}
Client location (self-reported): {aatown1}
Connection: {aaip1}  (IPv6 {aaip2.v6})  device MAC {aamac1}
Session type: [[individual psychotherapy 53 min]]
""",
)

T(
    "aa-uk-cctv-1",
    "CCTV footage request",
    "en_GB",
    """\
Request for CCTV footage (personal data) — ref {aaref1}
Requester: {aaper1.full}, {aaaddr1}, {aatel1}
Incident: {aadate1.long} approx 18:40 on the number 36 bus — [[assault]]
Description of requester for identification: red coat, grey rucksack. Photo provided: {aaphoto1}
Bus registration: {aaveh1.plate}
""",
)

T(
    "aa-uk-energy-1",
    "energy account letter",
    "en_GB",
    """\
{aaper1.full}
{aaaddr1.lines}
Account number: {aaacct1.util}    {aadate1.long}
Your [[Priority Services Register]] details
We've noted that someone in your home relies on [[medical equipment that needs power]].
Meter serial: {aadev1}. If you have a power cut, call 105 or {aatel1}.
""",
)

T(
    "aa-uk-library-1",
    "council complaint",
    "en_GB",
    """\
Complaint ref {aaref1} — Stage 1
Complainant: {aaper1.full}, {aaaddr1}
Email {aamail1}
"I reported [[damp and mould]] in my daughter's bedroom on {aadate1.dmy} and nobody has come.
She has [[asthma]] and her consultant Dr {aaper2.last} has written to you."
Assigned to: {aaper3.first_last}, Housing Services
""",
)


# ---- Ordinary prose and forms, more languages for the types
T(
    "aa-prose-obit-1",
    "death notice",
    "en_IE",
    """\
{aaper1.caps_last} ({aaper1.first}) — {aatown1}. Peacefully, at [[St. Vincent's Hospice]], on {aadate1.long}, aged {aaage1},
late of {aaaddr1}. Beloved husband of the late {aaper2.first}; sadly missed by his daughter {aaper3.first_last} and son-in-law {aaper4.first}.
Reposing at his home. [[House private on Sunday morning, please]].
""",
)

T(
    "aa-prose-letter-1",
    "letter of support",
    "en_GB",
    """\
To whom it may concern at the housing allocations team,
I have known {aaper1.full} for six years as her support worker at the [[Women's Aid refuge]]. She fled {aatown1}
after years of abuse by her ex-partner, {aaper2.full} (date of birth {aadob1.long}), who still contacts her on {aatel1}.
Her daughter {aaper3.first} attends school under a different name. Please treat her application for [[a management transfer]]
as urgent. You can reach me at {aamail1}.
{aaper4.full}
""",
)

T(
    "aa-prose-news-1",
    "local newsletter item",
    "en_US",
    """\
Congratulations to {aaper1.full} of {aatown1}, who turned {aaage1} on {aadate1.longus}! {aaper1.first} was born on a farm near
{aatown2} and worked 40 years as a [[school librarian]]. Her grandson {aaper2.first_last} says the secret is "coffee and crosswords".
""",
)

T(
    "aa-hr-leave-3",
    "HR leave request",
    "fr_FR",
    """\
DEMANDE DE CONGÉ
Nom : {aaper1.caps_last}   Prénom : {aaper1.first}   Matricule : {aaacct1.cust}
Type : [[congé maladie]] — arrêt de travail du {aadate1} au {aadate2}
N° de sécurité sociale : {aanat1.fr}
Responsable : {aaper2.full}
""",
    dates=("dmy",),
)

T(
    "aa-hr-leave-4",
    "HR leave request",
    "ja_JP",
    """\
休暇申請書
申請者：{aaper1.cjk}　社員番号：{aaacct1.cust}
休暇種別：[[育児休業]]
期間：{aadate1.cjk}〜{aadate2.cjk}
承認者：{aaper2.cjk}
""",
)

T(
    "aa-kyc-review-3",
    "KYC review",
    "pt_BR",
    """\
REVISÃO CADASTRAL (KYC)
Cliente: {aaper1.full}   CPF: {aanat1.br}
Data de nascimento: {aadob1.dmy}   Endereço: {aaaddr1}
Conta: {aaacct1}   Celular: {aatel1}
Classificação: [[pessoa politicamente exposta]] — não. Revisado em {aadate1.dmy} por {aaper2.initial_last}
""",
)

T(
    "aa-kyc-review-4",
    "KYC review",
    "ko_KR",
    """\
고객확인(KYC) 검토서
성명: {aaper1.cjk}   주민등록번호: {aanat1.kr}
주소: {aaaddr1}
계좌번호: {aaacct1}   연락처: {aatel1}
검토일: {aadate1.ko}   위험등급: [[저위험]]
""",
)

T(
    "aa-fraud-case-3",
    "fraud case",
    "de_DE",
    """\
Betrugsfall {aacase1}
Geschädigte: {aaper1.full}, {aaaddr1}
Vorgang: [[Enkeltrick]] am {aadate1} — Abhebung von 9.000 € von {aaiban1}
Täterhinweis: Anruf von {aatel1}, Abholer fuhr {aaveh1.plate}
Sachbearbeiter: KHK {aaper2.last}
""",
    dates=("dot",),
)

T(
    "aa-chat-3",
    "chat transcript",
    "zh_CN",
    """\
客服聊天记录 {aadate1.iso}
用户：你好，我是{aaper1.cjk}，手机号{aatel1}
客服（{aaper2.cjk}）：您好，请提供身份证号后四位以外的订单号。
用户：订单号{aaref1.order}，地址改成{aaaddr1}
客服：已为您修改，[[预计三天送达]]。
""",
)

T(
    "aa-chat-4",
    "chat transcript",
    "tr_TR",
    """\
Canlı destek — {aadate1.dot}
Müşteri: merhaba ben {aaper1.lower} 🙂 kartım {aacard1} bloke oldu
Temsilci ({aaper2.first}): Merhaba, T.C. kimlik numaranızı doğrular mısınız?
Müşteri: {aanat1.tr}
Temsilci ({aaper2.first}): Teşekkürler, [[kart blokesi kaldırıldı]].
""",
)

T(
    "aa-radiology-req-3",
    "radiology request",
    "es_ES",
    """\
PETICIÓN DE RADIOLOGÍA
Paciente: {aaper1.last_first}   NHC: {aamrn1}   DNI: {aanat1.es}
Fecha de nacimiento: {aadob1}
Exploración: [[ecografía abdominal]]   Prioridad: preferente
Solicitante: Dr. {aaper2.full}, nº colegiado {aalic1}   Fecha: {aadate1}
""",
    dates=("dmy",),
)

T(
    "aa-insurance-claim-3",
    "insurance claim",
    "it_IT",
    """\
DENUNCIA DI SINISTRO — Polizza {aaplan1}
Assicurato: {aaper1.full}, C.F. {aanat1.it}
Residenza: {aaaddr1}
Data del sinistro: {aadate1}   Veicolo: {aaveh1.plate}   Telaio: {aaveh2.vin}
Controparte: {aaper2.full}, tel. {aatel1}
Descrizione: [[tamponamento a bassa velocità]]
IBAN per il rimborso: {aaiban1}
""",
    dates=("dmy",),
)

T(
    "aa-discharge-4",
    "discharge summary",
    "ru_RU",
    """\
ВЫПИСНОЙ ЭПИКРИЗ — хирургическое отделение
Пациент: {aaper1.fio}, дата рождения {aadob1}
Адрес: {aaaddr1}
Полис ОМС: {aaplan1}   Телефон: {aatel1}
Находился на лечении с {aadate1} по {aadate2}.
Диагноз: [[острый панкреатит]]
Лечащий врач: {aaper2.fio}
""",
    dates=("dot", "ru"),
)

T(
    "aa-clinical-note-4",
    "clinical note",
    "el_GR",
    """\
Σημείωμα εφημερίας — {aadate1.el}
Ασθενής: {aaper1.full} (ΑΜΚΑ {aanat1.gr}), ηλικία {aaage1}
Συνοδός: {aaper2.full}, τηλ. {aatel1}
[[Πτώση από κλίνη]], χωρίς κάκωση. Ιατρός: {aaper3.full}
""",
)

T(
    "aa-sms-5",
    "SMS transcription",
    "hi_IN en_IN",
    """\
SMS {aadate1.dmy}: Namaste {aaper1.first} ji, aapka [[Ayushman card]] approve ho gaya. Card no {aaplan1}. Helpline {aatel1}
reply: thik hai. mera naya address {aaaddr1} 👍
""",
)


# HIPAA Safe Harbor's 18 identifier classes (45 CFR 164.514(b)(2)(i)) and the slots that
# carry each here; the tests check that every class is drawn and labelled.
AA_SAFE_HARBOR: dict[str, tuple[str, ...]] = {
    "A names": ("aaper",),
    "B geographic subdivisions smaller than a state": (
        "aaaddr",
        "aastreet",
        "aatown",
        "aapost",
        "aageo",
    ),
    "C dates (except year) and ages over 89": ("aadob", "aadate", "aaage"),
    "D telephone numbers": ("aatel",),
    "E fax numbers": ("aafax",),
    "F e-mail addresses": ("aamail",),
    "G social security numbers": ("aanat",),
    "H medical record numbers": ("aamrn",),
    "I health plan beneficiary numbers": ("aaplan",),
    "J account numbers": ("aaacct", "aaiban", "aacard"),
    "K certificate/licence numbers": ("aalic",),
    "L vehicle identifiers, serial numbers and plates": ("aaveh",),
    "M device identifiers and serial numbers": ("aadev", "aachip", "aamac"),
    "N web URLs": ("aaurl",),
    "O IP addresses": ("aaip",),
    "P biometric identifiers": ("aabio",),
    "Q full-face photographs and comparable images": ("aaphoto",),
    "R any other unique identifying number or code": ("aacase", "aaref", "aaclaim", "aapass"),
}

SPLIT = Split(
    name="heldout_aa",
    templates=TEMPLATES,
    seeds=range(84420001, 84420401),
    locales=[("en_GB", 1)],  # every template names its own
    name_countries=["PL", "NG", "IN", "BR", "TR", "PH", "GB", "WLS"],
    id_countries=["GB", "US"],
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("AA-########",)
    ),
    date_formats=["%d/%m/%Y"],
)
