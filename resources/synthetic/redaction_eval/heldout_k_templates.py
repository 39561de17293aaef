"""Split K: held out in session 26, run once there and reported; DEV-side since session 27.

Session 27 reads K's leaks by value and tunes on them (as on D to J), so K no longer
measures generalisation: held-out L (heldout_l_templates.py), written before that tuning by
an author barred from K, does. What follows is how K was written: in session 25, by an
author barred from the redactor, from its results and from every other split's templates
and forms. Its documents use only K's own slots (k_forms.py): names
from names-dataset and from Faker in many locales and scripts, addresses, phones and
numbers of many countries, written the way each kind of document writes them (forms,
tables, exports, messages, scans). Kept phrases ([[...]]) are clinical, financial and
technical words and codes that identify nobody and must stay readable.

No template writes "<" or ">" (metrics.py reads them as the engines' placeholders), and no
literal text holds an identifier: every name, place, number and date is a slot.
"""

from __future__ import annotations

from collections.abc import Sequence

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.world_names import world_names

# (Faker locale, weight): the twelve first, then forty more across six continents.
LOCALES = (
    ("en_US", 10), ("en_GB", 6), ("en_IN", 5), ("de_DE", 4), ("fr_FR", 4), ("es_ES", 3),
    ("it_IT", 3), ("pl_PL", 3), ("nl_NL", 3), ("pt_BR", 3), ("tr_TR", 3), ("vi_VN", 3),
    ("en_CA", 2), ("en_AU", 2), ("en_IE", 2), ("en_NZ", 2), ("en_NG", 2), ("en_KE", 2),
    ("en_PH", 2), ("en_PK", 2), ("de_AT", 2), ("de_CH", 2), ("fr_BE", 2), ("fr_CA", 2),
    ("nl_BE", 2), ("es_MX", 2), ("es_AR", 2), ("es_CO", 2), ("es_CL", 2), ("pt_PT", 2),
    ("sv_SE", 2), ("no_NO", 2), ("da_DK", 2), ("fi_FI", 2), ("cs_CZ", 2), ("sk_SK", 2),
    ("hu_HU", 2), ("ro_RO", 2), ("hr_HR", 2), ("sl_SI", 2), ("el_GR", 2), ("bg_BG", 2),
    ("ru_RU", 2), ("uk_UA", 2), ("lt_LT", 2), ("lv_LV", 2), ("et_EE", 2), ("ja_JP", 2),
    ("ko_KR", 2), ("zh_CN", 2), ("id_ID", 2), ("th_TH", 1), ("he_IL", 1), ("ar_AE", 1),
    ("yo_NG", 2), ("zu_ZA", 1), ("ga_IE", 1), ("az_AZ", 1), ("ka_GE", 1), ("hy_AM", 1),
)  # fmt: skip

ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "AU", "IE",
    "AT", "CH", "SE", "FI", "NO", "DK", "CZ", "RO", "GR", "PT", "MX", "KR", "ZA", "IL",
    "BE", "CL", "AR", "HR", "PK", "MY", "NZ", "EE", "LT", "BG", "SI", "IS",
)  # fmt: skip

# The generator's older slots need shapes to pass check_split; K's templates use none of
# them (its numbers come from k_forms), so these are never drawn.
SHAPES: dict[str, Sequence[str]] = {
    "mrn": ("K-unused-##",),
    "plan": ("K-unused-##",),
    "claim": ("K-unused-##",),
    "account": ("K-unused-##",),
    "licence": ("K-unused-##",),
    "reg": ("K-unused-##",),
    "cert": ("K-unused-##",),
    "serial": ("K-unused-##",),
}

# Locale mixes for documents written in one country's language and conventions.
GERMAN = (("de_DE", 4), ("de_AT", 2), ("de_CH", 1))
FRENCH = (("fr_FR", 4), ("fr_BE", 1), ("fr_CA", 1), ("fr_CH", 1))
SPANISH = (("es_ES", 3), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1))
AMERICAN = (("en_US", 1),)
BRITISH = (("en_GB", 3), ("en_IE", 1))
INDIAN = (("en_IN", 1),)
NORDIC = (("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1))

# --- Care: clinics, wards, labs, pharmacies, ambulances, trials ---------------------------

CARE: tuple[Template, ...] = (
    Template(
        "k-clin-1",
        "clinical note",
        """PROGRESS NOTE  |  Internal Medicine
Pt: {kname1.caps_last_first}   DOB {kdob1.us}   MRN {kmrn1.mrn}
Seen {kdate1.us} with daughter ({kname2.first_last}, cell {ktel1.us}).
S: {kage1}-year-old with [[type 2 diabetes mellitus]] and [[CKD stage 3b]], c/o worsening
ankle swelling x2 wks. Lives alone at {kaddr1.en_us}; neighbour checks in daily.
O: BP [[148/92]], HR 88, SpO2 96% RA. [[HbA1c 8.1%]]. 2+ pitting edema bilat.
A/P: [[furosemide 40 mg PO daily]], BMP in 1 wk. RTC 2 wks.
-- e-signed {kname3.last_first}, MD (NPI {klic1.npi}) {kdate2.ts}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-clin-2",
        "clinical note",
        """Consultation — Respiratory clinic
Patient: {kname1.title_last_first_mid}
NHS number: {khealth1.gb}     Hospital no.: {kmrn1.mrn}
Address: {kaddr1.lines}
GP: Dr {kname2.initial_last}, tel {ktel1.gb}

Thank you for referring this gentleman, whom I reviewed today. He reports
breathlessness on one flight of stairs. Spirometry: [[FEV1/FVC 0.62]], consistent with
[[moderate COPD (GOLD 2)]]. I have started [[tiotropium 18 micrograms inhaled once daily]]
and arranged pulmonary rehab. Mr {kname1.last} is happy for us to text {ktel2.gb}.

{kname3.full}
Consultant Respiratory Physician, GMC {klic1.gmc}
""",
        locales=BRITISH,
    ),
    Template(
        "k-clin-3",
        "clinical note",
        """Arztbrief / Ambulanz Kardiologie
Patientin: {kname1.last_first}, geb. {kdob1.de}
Versichertennummer: {khealth1.de}
Anschrift: {kaddr1.de_de}

Sehr geehrte Frau Dr. {kname2.last}, liebe Kollegin,
wir berichten über Ihre Patientin, die sich am {kdate1.de} in unserer Ambulanz vorstellte.
Diagnosen: [[Vorhofflimmern, paroxysmal (I48.0)]]; [[arterielle Hypertonie (I10)]].
Therapie: [[Apixaban 5 mg 1-0-1]], [[Bisoprolol 2,5 mg 1-0-0]].
Rückfragen gerne unter {ktel1.de}.
Mit freundlichen Grüßen
Dr. med. {kname3.first_last}
""",
        locales=GERMAN,
        id_countries=("DE",),
    ),
    Template(
        "k-clin-4",
        "clinical note",
        """nurse practitioner note, walk-in
name {kname1.lower} // dob {kdob1.iso} // ph {ktel1}
pt {kname1.lower_first} states she fell on ice outside her building ({kaddr1})
- R wrist pain, [[FOOSH injury]]
- xr: [[nondisplaced distal radius fx]]
- splint, [[ibuprofen 600 mg q6h prn]]
- f/u ortho clinic; school note given for her son {kname2.first}
np {kname3.initials_only}
""",
    ),
    Template(
        "k-clin-5",
        "clinical note",
        """HISTORY & PHYSICAL
Name: {kname1.caps_full}      Age: {kage1} yrs      Sex: F
Admit date: {kdate1.long}      Attending: {kname2.initial_caps_last}
Source: patient and granddaughter {kname3.full} (HCP; phone {ktel1})
HPI: {kage1}F nursing-home resident from {kcity1} admitted with [[community-acquired
pneumonia]] and [[delirium]]. Per {kname3.first}, baseline she knows family and feeds
herself. CODE STATUS: [[DNR/DNI]] (MOLST on file dated {kdate2.us}).
""",
    ),
    Template(
        "k-clin-6",
        "clinical note",
        """Note de consultation — Médecine générale
Nom : {kname1.caps_last}   Prénom : {kname1.first}
Né(e) le {kdob1.fr} à {kcity1.fr_fr}
NIR : {knat1.fr}
Adresse : {kaddr1.fr_fr}
Motif : [[lombalgie aiguë]] depuis 5 jours, sans signe de gravité.
Traitement : [[paracétamol 1 g x3/j]], arrêt de travail jusqu'au {kdate1.fr}.
Dr {kname2.caps_last_space_first} — RPPS {klic1.md}
""",
        locales=FRENCH,
        id_countries=("FR",),
    ),
    Template(
        "k-dis-1",
        "discharge summary",
        """DISCHARGE SUMMARY
{kname1.caps_last_comma_first_mid}          MRN: {kmrn1.mrn}   Acct: {kmrn2.enc}
Admitted: {kdate1.us}   Discharged: {kdate2.us}   LOS: 6 days
Attending: {kname2.last_first}, MD     PCP: {kname3.last_first_initial}

Principal diagnosis: [[acute decompensated heart failure (I50.23)]]
Hospital course: diuresed 7 L on [[IV furosemide]]; [[echo EF 30%]].
Discharge meds: [[sacubitril/valsartan 24/26 mg BID]], [[metoprolol succinate 25 mg daily]].
Disposition: home with home health ({kname4.full}, RN, agency line {ktel1.us}).
Discharged to: {kaddr1.en_us}
Follow-up: HF clinic within 7 days. Pt's wife {kname5.first} will drive.
Portal invite sent: {kurl1.portal}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-dis-2",
        "discharge summary",
        """Discharge Summary — Obstetrics
Mother: {kname1.full}   Hosp ID {kmrn1.mrn}   Aadhaar {knat1.in}
Husband: {kname2.full}   Mobile {ktel1.in}
Address: {kaddr1.en_in}
Delivery: {kdate1.eu}, [[LSCS]] for [[fetal distress]]; baby girl, 2.9 kg, Apgar 8/9.
Baby's hospital no. {kmrn2.mrn}
Advice: [[iron + folic acid]] daily, review in OPD on {kdate2.eu}.
Signed: Dr. {kname3.initials} (Reg. No. {klic1.md})
""",
        locales=INDIAN,
        id_countries=("IN",),
    ),
    Template(
        "k-dis-3",
        "discharge summary",
        """Epikrise
Pasient: {kname1.last_first}   Fødselsnr./personnr.: {knat1}
Innlagt {kdate1.eu} – utskrevet {kdate2.eu}
Diagnose: [[Akutt hjerteinfarkt (I21.4)]]
Behandling: [[PCI med DES]] mot LAD. Videre [[ASA 75 mg]] og [[ticagrelor 90 mg x 2]].
Pårørende: {kname2.full}, tlf. {ktel1}
Kontroll hos fastlege {kname3.first_last} om 2 uker.
""",
        locales=NORDIC,
        id_countries=("NO", "SE", "DK", "FI"),
    ),
    Template(
        "k-dis-4",
        "discharge summary",
        """Name/DOB: {kname1.last_first} / {kdob1.eu}
Ward: 7B     Consultant: {kname2.initial_last}
Discharged {kdate1.eu} to daughter's home at
{kaddr1.lines}
Summary: [[Fractured neck of femur (S72.0)]], [[hemiarthroplasty]] day 2. Mobilising with
frame. District nurse referral sent; contact {kname3.full} on {ktel1}.
Pharmacy: [[enoxaparin 40 mg SC for 28 days]]; [[Adcal-D3]].
""",
        locales=(("en_GB", 2), ("en_AU", 1), ("en_NZ", 1), ("en_IE", 1)),
    ),
    Template(
        "k-rad-1",
        "radiology request",
        """RADIOLOGY REQUEST — CT
Patient {kname1.last_first_middle}   DOB {kdob1.us}   MRN {kmrn1.mrn}
Exam: [[CT abdomen/pelvis with IV contrast]]
Indication: RLQ pain, r/o [[appendicitis]]. eGFR 74. No contrast allergy.
Pregnant? No (LMP {kdate1.us}).
Ordering: {kname2.last_first} (cb {ktel1.us})
Accession: {kmrn2.acc}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-rad-2",
        "radiology request",
        """MRI Safety Questionnaire + Request
Name: {kname1.full}    Weight: 82 kg
Date of birth: {kdob1.eu}
Implant: [[cardiac pacemaker]] — serial {kdev1.pacer}, implanted {kdate1.eu}
Requested by Dr {kname2.last} ({klic1.gmc}); please phone {ktel1} before scanning.
Clinical question: [[?cervical myelopathy]].
""",
    ),
    Template(
        "k-rad-3",
        "radiology request",
        """Anforderung Röntgen Thorax
{kname1.caps_last}, {kname1.first} * {kdob1.de}
Station 3 Nord, Zimmer 12
Fragestellung: [[Pneumonie?]] [[Pleuraerguss?]]
Anforderer: {kname2.initial_last}, Durchwahl {ktel1.de}
Fall-Nr. {kmrn1.enc}
""",
        locales=GERMAN,
    ),
    Template(
        "k-rad-4",
        "radiology report",
        """EXAM: [[US RENAL BILATERAL]]   ACC#: {kmrn1.acc}
PATIENT: {kname1.hl7}   MRN: {kmrn2.mrn}   DOB: {kdob1.hl7}
COMPARISON: outside study from {kdate1.us}.
FINDINGS: Right kidney 10.8 cm, left 11.2 cm. [[No hydronephrosis]].
IMPRESSION: [[Normal renal ultrasound]].
Dictated by {kname2.first_last}, MD; transcribed {kdate2.ts} by {kname3.initials_nodot_last}.
""",
    ),
    Template(
        "k-pharm-1",
        "pharmacy dispensing record",
        """RX LABEL REPRINT
{kname1.caps}
{kaddr1.en_us}
Rx# {kmrn1.rx}     Filled {kdate1.us}
[[ATORVASTATIN 40MG TAB]] Qty 90   Refills 3
TAKE 1 TABLET BY MOUTH AT BEDTIME
Prescriber: {kname2.caps_last_first}  DEA {klic1.dea}
[[NDC 0093-5058-98]]
""",
        locales=AMERICAN,
    ),
    Template(
        "k-pharm-2",
        "prescription",
        """Rezept (Muster 16)
Krankenkasse: [[AOK]]
Name, Vorname des Versicherten: {kname1.last_first}   geb. am {kdob1.de}
Versicherten-Nr.: {khealth1.de}
{kaddr1.de_de}
Rp. [[Metamizol 500 mg Tbl. N2]]  1-1-1-1
Arzt-Nr. {klic1.md}   Datum {kdate1.de}
""",
        locales=GERMAN,
        id_countries=("DE",),
    ),
    Template(
        "k-pharm-3",
        "pharmacy dispensing record",
        """Controlled drug register — [[Oxycodone 10 mg m/r tablets]]
Date | Supplied to | Address | Prescriber | Qty | Collected by | ID seen (driving licence)
{kdate1.eu} | {kname1.full} | {kaddr1} | {kname2.initial_last} | 56 | {kname3.full} | {klic1.dvla}
Balance: 112. Checked: {kname4.initials_only}
""",
        locales=BRITISH,
    ),
    Template(
        "k-pharm-4",
        "pharmacy dispensing record",
        """Medication reconciliation call
Called pt {kname1.first_last} at {ktel1} on {kdate1.us}.
Pharmacy on file: patient states she now uses the mail-order pharmacy; member ID
{kplan1.member}. Confirmed [[levothyroxine 75 mcg]], [[apixaban 5 mg BID]].
Stopped: [[glipizide]] (hypoglycaemia). -- {kname2.first_initial}, PharmD
""",
    ),
    Template(
        "k-lab-1",
        "lab report",
        """LABORATORY REPORT
Patient: {kname1.last_first}    Sex/Age: M/{kage1}Y
Specimen ID: {kmrn1.lab}   Collected: {kdate1.ts}   Received: {kdate2.ts}
Ordering physician: {kname2.last_first_initial}
TEST                    RESULT    UNITS     REF
[[Sodium]]              131 L     mmol/L    135-145
[[Potassium]]           5.6 H     mmol/L    3.5-5.1
[[Creatinine]]          2.1 H     mg/dL     0.7-1.3
[[eGFR (CKD-EPI 2021)]] 29        mL/min
Critical value phoned to {kname3.first_last} by {kname4.initials_only} at 14:12.
""",
    ),
    Template(
        "k-lab-2",
        "lab report",
        """Laboratorium Klinische Chemie
Naam: {kname1.last_first}   Geb.datum: {kdob1.nl}
BSN: {knat1.nl}   Patiëntnr.: {kmrn1.mrn}
Afnamedatum: {kdate1.nl}
[[Hemoglobine]] 6,1 mmol/l (L)   [[Ferritine]] 9 µg/l (L)
Aanvrager: {kname2.initials} (huisarts), tel. {ktel1.nl}
""",
        locales=(("nl_NL", 3), ("nl_BE", 1)),
        id_countries=("NL",),
    ),
    Template(
        "k-lab-3",
        "lab report",
        """SPECIMEN LABEL (transcribed)
{kname1.caps_last_first_all}
{kdob1.crf}   {kmrn1.mrn}
Coll: {kdate1.crf} 0715   [[LAV 4mL]]  [[CBC w/ diff]]
Drawn by: {kname2.initials_nodot_last}
Barcode: {kmrn2.lab}
""",
    ),
    Template(
        "k-path-1",
        "pathology report",
        """SURGICAL PATHOLOGY REPORT
Case: {kmrn1.acc}          Patient: {kname1.last_first}   MRN {kmrn2.mrn}
Received: {kdate1.us}   Surgeon: {kname2.last_first}, MD
Specimen: [[left breast, lumpectomy]]
DIAGNOSIS: [[Invasive ductal carcinoma, Nottingham grade 2]]; [[margins negative]].
[[ER positive (95%)]], [[PR positive (60%)]], [[HER2 negative (IHC 1+)]].
Signed out electronically by {kname3.full}, MD on {kdate2.ts}.
""",
    ),
    Template(
        "k-path-2",
        "pathology report",
        """Cytology — cervical screening
Name: {kname1.first} {kname1.last}   CHI: {khealth1.gb}
Sample taker: {kname2.initial_last} (PIN {klic1.nmc})
Practice tel: {ktel1.gb}
Taken {kdate1.eu}; result: [[HPV negative]] — routine recall in 5 years.
""",
        locales=BRITISH,
    ),
    Template(
        "k-path-3",
        "pathology report",
        """Genetics laboratory — variant report
Proband: {kname1.full} (DOB {kdob1.eu}); family ID {kbio1.bio}
Referred by {kname2.last_first} for [[hereditary breast/ovarian cancer panel]].
Result: [[BRCA2 c.5946delT (p.Ser1982fs) — pathogenic]].
Cascade testing offered to sister {kname3.first_last} (sample {kbio2.bio}).
""",
    ),
    Template(
        "k-dent-1",
        "dental record",
        """DENTAL CHART NOTE
Pt: {kname1.last_first}   Chart {kmrn1.dental}   Ins. ID {kplan1.member}
{kdate1.us}: [[MOD composite #30]]; [[4 carpules lidocaine 2% w/ epi 1:100k]].
Pt's mom ({kname2.first_last}) present — consent on file. Next: [[prophy + BWX]].
Provider: {kname3.first_last}, DDS  Lic {klic1.dentist}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-dent-2",
        "dental record",
        """Forensic dental comparison (unidentified remains)
Ante-mortem records obtained from {kname1.full}'s dentist, {kname2.initial_last}, {kcity1}.
Missing person report ref. {kref1.case}; reported by {kname3.full} on {kdate1.eu}.
Matches: [[UL6 amalgam]], [[LR7 RCT]], [[UR1 crown]].
Odontologist: {kname4.first_last}
""",
    ),
    Template(
        "k-mh-1",
        "mental-health intake",
        """BEHAVIORAL HEALTH INTAKE
Client name: {kname1.first_last}      Preferred name: {kname1.first}
DOB: {kdob1.us}      Age: {kage1}
Emergency contact: my son {kname2.full} — {ktel1.us}
Referral source: PCP ({kname3.last_first})
Presenting problem (client's words): "since {kname4.first} died I can't sleep"
[[PHQ-9 score 17]] — [[moderately severe depression]]. [[C-SSRS: passive SI, no plan]].
Plan: [[CBT-I]], start [[mirtazapine 7.5 mg qHS]]. Next appt {kdate1.us}.
Clinician: {kname5.first_last}, LCSW #{klic1.cert}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-mh-2",
        "mental-health intake",
        """Section 136 assessment (transcribed from handwritten notes)
brought in by police ({kname1.first} {kname1.last}, collar no. {kref1.emp}) from {kaddr1}
pt gives name as "{kname2.first}", later confirmed as {kname2.caps_last_first} dob {kdob1.eu}
says lives w/ partner {kname3.first} -- tel {ktel1}
[[? first-episode psychosis]]; [[no drug screen yet]]
AMHP: {kname4.initial_last}   s12 dr: {kname5.first_initial}
""",
        locales=BRITISH,
    ),
    Template(
        "k-mh-3",
        "mental-health intake",
        """Aufnahmebogen Psychiatrische Institutsambulanz
Name: {kname1.caps_last}, {kname1.first}       Geburtsdatum: {kdob1.de}
Krankenkasse/Nr.: {khealth1.de}
Betreuerin (gesetzl.): {kname2.first_last}, Tel. {ktel1.de}
Diagnose: [[F33.1 rezidivierende depressive Störung, gegenwärtig mittelgradig]]
""",
        locales=GERMAN,
    ),
    Template(
        "k-ems-1",
        "ambulance run sheet",
        """EMS PATIENT CARE REPORT
Incident # {kref1.case}   Unit M12   Dispatched {kdate1.ts}
Location: {kaddr1.en_us}   GPS {kgeo1}
Pt: {kname1.caps_last_first}   Age {kage1}   DOB {kdob1.us}
Caller: neighbor {kname2.first_last} ({ktel1.us})
CC: [[unresponsive]]. BGL 38 → [[D10 250 mL IV]] → GCS 15.
Refused transport; AMA signed. Pt's daughter {kname3.first} notified.
Crew: {kname4.last_first_initial} (EMT-P #{klic1.cert}) / {kname5.last_initial}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-ems-2",
        "ambulance run sheet",
        """PCR — ePCR export
CAD ref: {kref1.ticket}
Scene: {kaddr1}
Grid: {kgeo1}
Patient: {kname1.last_first} ({kage1}), NHS {khealth1.gb}
NOK: {kname2.full}, {ktel1.gb}
Obs 1 ({kdate1.ts}): RR 28, SpO2 88%, HR 124, BP 96/60, [[NEWS2 9]]
Handover to {kname3.initial_last} at ED.
""",
        locales=BRITISH,
    ),
    Template(
        "k-ems-3",
        "ambulance run sheet",
        """Notfallprotokoll (DIVI-Muster), Abschrift
Einsatz-Nr.: {kref1.ticket}   Alarm: {kdate1.ts}
Einsatzadresse: {kaddr1.de_de} | GPS: {kgeo1}
Patient: {kname1.last_first}, {kage1} J.
Angehörige vor Ort: {kname2.first_last}, Tel. {ktel1.de}
Verdachtsdiagnose: [[ACS / NSTEMI]]; [[ASS 250 mg i.v.]], [[Heparin 5000 IE]].
Notarzt: {kname3.initial_last}
""",
        locales=GERMAN,
    ),
    Template(
        "k-crf-1",
        "clinical-trial CRF",
        """PROTOCOL [[ABC-301]]   CASE REPORT FORM — VISIT 4
Site: 112   Subject ID: {kref1.trial}   Initials: {kname1.initials_only}
Date of visit (DD-MMM-YYYY): {kdate1.crf}
Date of birth (DD-MMM-YYYY): {kdob1.crf}
Investigator: {kname2.last_first}     CRA: {kname3.first_last}
Concomitant medications: [[omeprazole 20 mg QD]]
[[ECOG performance status 1]]
Source documents verified against hospital record {kmrn1.mrn}.
""",
    ),
    Template(
        "k-crf-2",
        "clinical-trial CRF",
        """SCREENING LOG (CSV extract)
screen_no,subject_name,dob,phone,eligible,reason
{kref1.trial},"{kname1.last_first}",{kdob1.iso},{ktel1},N,[[eGFR below 45]]
{kref2.trial},"{kname2.last_first}",{kdob2.iso},{ktel2},Y,
{kref3.trial},"{kname3.last_first}",{kdob3.iso},{ktel3},N,[[prior anthracycline]]
""",
    ),
    Template(
        "k-ae-1",
        "adverse-event report",
        """MedWatch-style report (voluntary)
A. PATIENT: initials {kname1.initials_only}   Age {kage1}   Weight 61 kg
B. EVENT: [[Stevens-Johnson syndrome]] onset {kdate1.us}; hospitalised.
C. SUSPECT PRODUCT: [[lamotrigine 25 mg]], lot [[K8823A]]
E. REPORTER: {kname2.full}, {kaddr1.en_us}, phone {ktel1.us}, e-mail {kmail1.p2}
Manufacturer case no.: {kref1.aer}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-ae-2",
        "adverse-event report",
        """Yellow Card — suspected adverse reaction
Patient: {kname1.initial_last} ({kage1}, F), hospital no. {kmrn1.mrn}
Reaction: [[angioedema]] after [[ramipril 5 mg]], started {kdate1.eu}
Reporter: {kname2.full}, pharmacist, GPhC {klic1.pharm}
Contact: {kmail1.p2} / {ktel1.gb}
Ref: {kref1.aer}
""",
        locales=BRITISH,
    ),
    Template(
        "k-vax-1",
        "vaccination record",
        """Immunization record — school entry
Child: {kname1.first_last}   DOB {kdob1.us}
Parent/guardian: {kname2.last_first}
[[DTaP]] dose 5 {kdate1.us} — [[IPV]] dose 4 {kdate2.us} — [[MMR]] dose 2 {kdate3.us}
Administered by {kname3.initial_last}, RN; state registry ID {kref1.student}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-vax-2",
        "vaccination record",
        """Impfnachweis (Abschrift)
{kname1.first_last}, geb. {kdob1.de}
[[Comirnaty]] Ch.-B. [[FK5127]] — {kdate1.de} — Impfzentrum {kcity1.de_de}
[[Spikevax]] Ch.-B. [[000154A]] — {kdate2.de}
Praxisstempel: Dr. {kname2.last}, {kaddr1.de_de}, Tel. {ktel1.de}
""",
        locales=GERMAN,
    ),
    Template(
        "k-ref-1",
        "referral letter",
        """Dear Dr {kname1.last},

Re: {kname2.first_last}, DOB {kdob1.eu}, {kaddr1}
Hospital number {kmrn1.mrn}

I would be grateful if you could see this {kage1}-year-old lady with a 3-month history of
[[dysphagia to solids]] and 6 kg weight loss. Her [[ferritin is 8]]. She is accompanied
to appointments by her nephew, {kname3.full}, who can be reached on {ktel1}.

Yours sincerely,

{kname4.first_last}
""",
        locales=(("en_GB", 3), ("en_IE", 2), ("en_AU", 1), ("en_NZ", 1)),
    ),
    Template(
        "k-ref-2",
        "referral letter",
        """Lettre d'adressage
Cher confrère,
Je vous adresse Mme {kname1.caps_last} {kname1.first}, née le {kdob1.fr}, demeurant
{kaddr1.fr_fr}, pour avis concernant une [[dyspnée d'effort]] avec [[BNP à 890]].
Numéro de sécurité sociale : {knat1.fr}. Téléphone : {ktel1.fr}.
Confraternellement, Dr {kname2.first_last}
""",
        locales=FRENCH,
        id_countries=("FR",),
    ),
    Template(
        "k-cons-1",
        "consent form",
        """CONSENT FOR PROCEDURE
I, {kname1.full}, consent to [[colonoscopy with possible polypectomy]] to be performed by
Dr {kname2.last_first}. I understand the risks including [[perforation]] and [[bleeding]].
Patient signature: /s/ {kname1.first_last}      Date: {kdate1.us}
Witness: {kname3.first_initial}
Interpreter (if used): {kname4.full}, ID {klic1.cert}, language: Vietnamese
""",
    ),
    Template(
        "k-op-1",
        "operative note",
        """OPERATIVE NOTE
Patient: {kname1.last_first}   MRN: {kmrn1.mrn}   DOS: {kdate1.us}
Surgeon: {kname2.first_last}, MD   Assistant: {kname3.first_last}, PA-C
Anesthesia: [[general endotracheal]] — {kname4.last_initial}, CRNA
Procedure: [[laparoscopic cholecystectomy]]
Implants: [[Hem-o-lok clips x4]]; [[mesh]] UDI {kdev1.udi}
EBL 20 mL. Specimen to pathology ({kmrn2.acc}).
""",
    ),
    Template(
        "k-nurse-1",
        "nursing handover",
        """SBAR handover 19:00 — Bay 3
Bed 1: {kname1.last_initial} ({kage1}), [[post-op day 1 TKR]], [[PCA morphine]];
       wife {kname2.first} staying.
Bed 2: {kname3.first_caps_last} — [[NBM for OGD]], IDDM, BMs 4-hourly.
Bed 3: {kname4.last_space_first} — [[falls risk]], son {kname5.first_last} wants a call on {ktel1}.
Bed 4: empty. Handed over by {kname6.first}, received by {kname7.first}.
""",
        locales=BRITISH,
    ),
    Template(
        "k-tele-1",
        "telehealth session log",
        """Telehealth visit log
Meeting: {kurl1.meet}
Patient joined from IP {kip1} ({kcity1}), device {kdev1.phone}
Verified identity: name {kname1.first_last}, DOB {kdob1.us}, callback {ktel1}
Provider: {kname2.last_first}. Duration 18 min. Dx: [[acute sinusitis (J01.90)]]
Rx: [[amoxicillin 875 mg BID x7d]] sent to pharmacy.
""",
    ),
    Template(
        "k-home-1",
        "home-health visit note",
        """HOME VISIT — community nursing
Client: {kname1.full}   Key safe code given by daughter {kname2.first_last}
Address: {kaddr1.lines}
Access notes: blue door at rear; dog. Park on the street.
Visit {kdate1.eu}: [[leg ulcer dressing]] — [[Aquacel Ag]], [[compression 2-layer]].
Next visit {kdate2.eu}. Nurse: {kname3.first_initial}
""",
    ),
    Template(
        "k-occ-1",
        "occupational health report",
        """OCCUPATIONAL HEALTH — fitness for work
Employee: {kname1.last_first}   Staff no. {kref1.emp}
Manager: {kname2.full} ({kmail1.p2})
Seen {kdate1.eu}. [[Lumbar disc prolapse]], improving. Recommend [[phased return over
4 weeks]], no lifting above 10 kg. Reviewed by {kname3.first_last}, OH physician.
""",
    ),
    Template(
        "k-death-1",
        "death certificate",
        """MEDICAL CERTIFICATE OF CAUSE OF DEATH (copy)
Name of deceased: {kname1.caps_full}
Date of death: {kdate1.long}     Age: {kage1.en}
Place of death: {kaddr1}
I (a) [[Bronchopneumonia]] (b) [[Alzheimer's disease]]
Informant: {kname2.full} (daughter), {kaddr2}
Certifying doctor: {kname3.first_last}, GMC {klic1.gmc}
""",
        locales=BRITISH,
    ),
    Template(
        "k-hl7-1",
        "HL7 message",
        """MSH|^~\\&|LAB|MAIN|EHR|MAIN|{kdate1.hl7}||ORU^R01|{kref1.ticket}|P|2.5.1
PID|1||{kmrn1.mrn}^^^MAIN^MR||{kname1.hl7}||{kdob1.hl7}|F|||{kaddr1}||{ktel1}
PV1|1|O|CLINIC^^^MAIN||||{klic1.npi}^{kname2.hl7}
OBR|1||{kmrn2.lab}|[[2345-7^Glucose^LN]]
OBX|1|NM|[[2345-7^Glucose^LN]]||212|mg/dL|70-99|H|||F
""",
    ),
    Template(
        "k-hl7-2",
        "HL7 message",
        """MSH|^~\\&|ADT|WARD|PAS|TRUST|{kdate1.hl7}||ADT^A01|{kref1.ticket}|P|2.4
EVN|A01|{kdate1.hl7}
PID|1||{khealth1.gb}^^^NHS^NH~{kmrn1.mrn}^^^TRUST^MR||{kname1.hl7}||{kdob1.hl7}|M
NK1|1|{kname2.hl7}|SON|{kaddr1}|{ktel1.gb}
PV1|1|I|W7^B3^1|||||{klic1.gmc}^{kname3.hl7}
""",
        locales=BRITISH,
    ),
    Template(
        "k-fhir-1",
        "FHIR resource",
        """Bundle entry 3 of 12 (minified, wrapped at 100 columns by the viewer)
{"search":{"mode":"match"},"resource":{"resourceType":"Patient","identifier":[{"sys
tem":"http://hl7.org/fhir/sid/us-ssn","value":"{knat1.us}"},{"type":{"text":"MRN"},"value":"{kmrn1.mrn}
"}],"name":[{"use":"official","family":"{kname1.last}","given":["{kname1.first}"]}],"telecom":[{"sy
stem":"phone","value":"{ktel1}","use":"mobile"},{"system":"email","value":"{kmail1}"}],"gender":"f
emale","birthDate":"{kdob1.iso}","address":[{"text":"{kaddr1}"}],"contact":[{"name":{"text":"{kname2.full}
"},"relationship":[{"text":"spouse"}]}]}}
""",
        id_countries=("US",),
    ),
    Template(
        "k-fhir-2",
        "FHIR resource",
        """{
  "status" : "final",
  "resourceType" : "Observation",
  "subject" : { "display" : "{kname1.first_last}", "reference" : "Patient/{kmrn1.mrn}" },
  "code" : { "coding" : [ { "code" : "[[8867-4]]", "display" : "[[Heart rate]]" } ] },
  "effectiveDateTime" : "{kdate1.ts}",
  "device" : { "display" : "wrist wearable {kdev1.uuid}" },
  "performer" : [ { "display" : "{kname2.last_first}" } ],
  "valueQuantity" : { "unit" : "beats/minute", "value" : 112 }
}
""",
    ),
    Template(
        "k-prior-1",
        "prior authorization request",
        """PRIOR AUTHORIZATION REQUEST — SPECIALTY DRUG
Member: {kname1.last_first}     Member ID: {kplan1.member}   Group: [[GRP-44120]]
DOB: {kdob1.us}   Phone: {ktel1.us}
Medication: [[adalimumab 40 mg/0.4 mL SC q2wk]]   Dx: [[L40.50 psoriatic arthritis]]
Prescriber: {kname2.first_last}, MD   NPI {klic1.npi}   Fax {kfax1.us}
Prior therapies: [[methotrexate]] (failed), [[sulfasalazine]] (intolerant)
""",
        locales=AMERICAN,
    ),
    Template(
        "k-gen-1",
        "genetic test report",
        """DIRECT-TO-CONSUMER DNA KIT — RAW DATA EXPORT HEADER
# kit {kbio1.bio}
# account holder: {kname1.full} ({kmail1})
# generated {kdate1.ts} from IP {kip1}
# rsid  chromosome  position  genotype
[[rs4477212  1  82154  AA]]
[[rs3094315  1  752566  AG]]
""",
    ),
    Template(
        "k-dev-1",
        "implant registry entry",
        """Implant registry — device record
Patient: {kname1.last_first} ({kdob1.iso})
Device: [[insulin pump]]   Serial {kdev1.pump}   Paired CGM transmitter {kdev2.cgm}
Bluetooth address {kmac1}
Phone app installed on handset IMEI {kdev3.imei}
Registered by {kname2.first_last} on {kdate1.iso}
""",
    ),
    Template(
        "k-ocr-1",
        "OCR scan",
        """[scanned fax, page 1 of 2 — OCR]
FR0M: {kfax1}     T0: Medical Records
RE: {kname1.last_first_ocr}     D0B: {kdob1.us}
Please release records for the above pt to her attorney, {kname2.first_last_ocr}.
Pt signature ..... {kname1.first_last_ocr}
Date: {kdate1.us}   MRN {kmrn1.mrn_ocr}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-hand-1",
        "handwritten note transcription",
        """[transcribed from handwritten ward sticky note]
Mrs {kname1.last} bed 14 -- dtr ({kname2.first}) ringing back on {ktel1} re: DNACPR chat
pls don't give [[metoclopramide]] - hx [[dystonia]]
also her [[warfarin]] INR due tmrw
-- {kname3.first}
""",
    ),
    Template(
        "k-clin-7",
        "clinical note",
        """Consulta de Medicina Familiar
Paciente: {kname1.last_first}   Fecha de nacimiento: {kdob1.es}
DNI/NIE: {knat1.es}   Tel.: {ktel1.es}
Domicilio: {kaddr1.es_es}
Motivo: [[dolor torácico atípico]]. ECG: [[ritmo sinusal, sin alteraciones]].
Acompañado de su esposa {kname2.first_last}.
Firmado: Dra. {kname3.first_last}, nº col. {klic1.md}
""",
        locales=(("es_ES", 1),),
        id_countries=("ES",),
    ),
    Template(
        "k-clin-8",
        "clinical note",
        """診療記録（外来）
患者氏名：{kname1.script}（{kname1.family_first}）
生年月日：{kdob1.ja}   年齢：{kage1}歳
住所：{kaddr1.ja_jp}
電話：{ktel1.jp}
主訴：[[胸痛]]、[[動悸]]。既往：[[高血圧]]。
担当医：{kname2.script}
""",
        locales=(("ja_JP", 1),),
    ),
    Template(
        "k-clin-9",
        "clinical note",
        """Karta wizyty — poradnia diabetologiczna
Pacjent: {kname1.caps_last} {kname1.first}, PESEL {knat1.pl}
Data urodzenia: {kdob1.pl}; adres: {kaddr1.pl_pl}
Wizyta {kdate1.pl}: [[HbA1c 7,4%]], [[metformina 1000 mg 2x1]].
Lekarz: {kname2.first_last} (PWZ {klic1.pharm})
""",
        locales=(("pl_PL", 1),),
        id_countries=("PL",),
    ),
    Template(
        "k-clin-10",
        "clinical note",
        """Ghi chú khám bệnh
Bệnh nhân: {kname1.family_first}   Ngày sinh: {kdob1.eu}
Số điện thoại: {ktel1.vn}   Địa chỉ: {kaddr1.vi_vn}
Chẩn đoán: [[viêm phổi]]; điều trị [[amoxicillin]].
Bác sĩ: {kname2.family_first}
""",
        locales=(("vi_VN", 1),),
    ),
    Template(
        "k-dis-5",
        "discharge summary",
        """Alta hospitalar — resumo
Paciente: {kname1.full}   CPF {knat1.br}
Data de nascimento: {kdob1.pt}   Prontuário {kmrn1.mrn}
Internação {kdate1.pt} — alta {kdate2.pt}
Diagnóstico: [[dengue com sinais de alarme]]. Hidratação venosa.
Responsável: {kname2.first_last} (mãe), celular {ktel1.br}
Endereço: {kaddr1.pt_br}
""",
        locales=(("pt_BR", 1),),
        id_countries=("BR",),
    ),
)

# --- Money: insurers, banks, lenders, payroll ---------------------------------------------

MONEY: tuple[Template, ...] = (
    Template(
        "k-claim-1",
        "insurance claim",
        """CMS-1500 (transcribed fields)
1a INSURED'S ID NUMBER ........ {kplan1.member}
2  PATIENT'S NAME (Last, First, MI) {kname1.caps_last_comma_first_mid}
3  PATIENT'S BIRTH DATE ....... {kdob1.us}
5  PATIENT'S ADDRESS .......... {kaddr1.en_us}
   TELEPHONE .................. {ktel1.us}
4  INSURED'S NAME ............. {kname2.caps_last_first_all}
21 DIAGNOSIS .................. [[M54.50]]  [[G89.29]]
24 DATE OF SERVICE ............ {kdate1.us}   CPT [[97110]] x4   $ 240.00
25 FEDERAL TAX I.D. ........... [[EIN]]
26 PATIENT'S ACCOUNT NO. ...... {kacct1.loan}
31 SIGNATURE OF PHYSICIAN ..... {kname3.first_last}
33 BILLING PROVIDER NPI ....... {klic1.npi}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-claim-2",
        "insurance claim",
        """Motor claim notification — first notice of loss
Policyholder: {kname1.full}   Policy {kref1.policy}
Vehicle: {kveh1.plate} (VIN {kveh2.vin})
Third party: {kname2.last_first}, reg. {kveh3.plate}, insurer ref {kref2.claim}
Accident {kdate1.eu} at junction near {kaddr1}
Injuries: passenger {kname3.first_last} ({kage1}) — [[whiplash]], seen at A&E.
Claimant contact: {ktel1} / {kmail1}
""",
    ),
    Template(
        "k-claim-3",
        "insurance claim",
        """Travel insurance medical claim
Claim no.: {kref1.claim}
Insured: {kname1.last_first}   Passport: {kpass1.gbr}
Treated abroad at {kcity1} on {kdate1.eu} for [[acute appendicitis]].
Hospital invoice: EUR [[8,420.00]]; paid by card {kcard1}.
Reimburse to IBAN {kiban1} (account holder {kname1.first_last}).
Emergency contact at home: {kname2.full}, {ktel1.gb}
""",
        locales=BRITISH,
    ),
    Template(
        "k-claim-4",
        "insurance claim",
        """Zahnarztrechnung zur Erstattung — Private Krankenversicherung
Versicherungsnehmer: {kname1.first_last}, Vers.-Nr. {kplan1.member}
Behandelte Person: {kname2.first} {kname1.last} (Kind), geb. {kdob1.de}
Behandlungszeitraum: {kdate1.de} – {kdate2.de}
[[GOZ 2197 adhäsive Befestigung]] 3x, [[GOZ 0100]] 1x
Bankverbindung: {kiban1.de_de}
""",
        locales=GERMAN,
    ),
    Template(
        "k-claim-5",
        "workers' compensation claim",
        """EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS (form copy)
Employee: {kname1.last_first_middle}   SSN: {knat1.us}   DOB: {kdob1.us}
Home: {kaddr1.en_us}   Phone: {ktel1.us}
Date of injury: {kdate1.us}   Hired: {kdate2.us}   Employee ID {kref1.emp}
Description: slipped from ladder in warehouse; [[left calcaneus fracture]].
Supervisor: {kname2.full}   Witness: {kname3.full}
Treating facility NPI {klic1.npi}; carrier claim {kref2.claim}
""",
        locales=AMERICAN,
        id_countries=("US",),
    ),
    Template(
        "k-eob-1",
        "explanation of benefits",
        """Your Explanation of Benefits (EOB) · This is not a bill
{kname1.caps}
{kaddr1.lines}
Member ID {kplan1.member}     Claim {kref1.claim}     Processed {kdate1.us}
Patient: {kname2.first_last} (dependent)
Provider: {kname3.caps_last_first}
Service            Billed     Allowed    Plan paid   You owe
[[99214 office visit]]  $210.00    $134.50    $104.50     $30.00 [[copay]]
Questions? Call the number on your card.
""",
        locales=AMERICAN,
    ),
    Template(
        "k-appeal-1",
        "insurance appeal",
        """Re: Appeal of denied claim {kref1.claim} — member {kname1.full}, ID {kplan1.member}

To the Appeals Department,

I am writing on behalf of my husband, {kname1.first_last} (date of birth {kdob1.long}),
to appeal your denial dated {kdate1.us} of [[continuous glucose monitoring]]. His
endocrinologist, Dr. {kname2.last}, documented [[recurrent severe hypoglycemia]] on
{kdate2.us}. His current device serial number is {kdev1.cgm}.

Please contact me at {ktel1.us} or {kmail1.p3}.

Sincerely,
{kname3.full}
{kaddr1.lines}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-appeal-2",
        "insurance appeal",
        """Demande de révision — refus de prise en charge
Assuré(e) : {kname1.caps_last_space_first}
N° d'immatriculation (NIR) : {knat1.fr}
N° adhérent mutuelle : {kplan1.member}
Objet : refus du {kdate1.fr} concernant [[séances de kinésithérapie]]
Pièces jointes : ordonnance du Dr {kname2.last} ; courrier de {kname3.first_last}.
Contact : {ktel1.fr}, {kaddr1.fr_fr}
""",
        locales=FRENCH,
        id_countries=("FR",),
    ),
    Template(
        "k-kyc-1",
        "KYC review",
        """CUSTOMER DUE DILIGENCE — PERIODIC REVIEW
Customer: {kname1.caps_last_first}      CIF {kref1.ticket}
Nationality: Nigeria      Date of birth: {kdob1.eu}
ID verified: passport {kpass1.nga}, expiry {kdate1.eu}
Residential address: {kaddr1}
Source of funds: salary ([[Petroleum engineer]]) and rental income.
Selfie/liveness image: {kurl1.photo}
Screening — PEP: [[no match]]; sanctions: [[clear]]; adverse media: [[none found]].
Reviewer: {kname2.initial_last}     Approver: {kname3.initials_only}
""",
    ),
    Template(
        "k-kyc-2",
        "KYC review",
        """Onboarding — document check (auto + manual)
applicant_name      : {kname1.first_last}
name_on_document    : {kname1.mrz_style}
document_type       : national ID card
document_number     : {knat1}
document_label      : {knat1.label}
dob_extracted       : {kdob1.iso}
address_proof       : utility bill, {kaddr1}
device_ip           : {kip1}
device_id           : {kdev1.uuid}
phone               : {ktel1}
decision            : [[REFER]] (name mismatch: middle name missing)
""",
    ),
    Template(
        "k-kyc-3",
        "KYC review",
        """Enhanced due diligence — beneficial owners
Entity: [[Harbourline Logistics Ltd]] (company no. [[SC612004]])
UBO 1: {kname1.last_first} — 40% — born {kdob1.eu} — {knat1}
UBO 2: {kname2.last_first} — 35% — born {kdob2.eu} — passport {kpass1.deu}
UBO 3: {kname3.last_first} — 25% — born {kdob3.eu} — resident at {kaddr1}
Director's personal account for dividends: {kiban1}
ID scans: {kurl1.photo}
Analyst note: UBO 2's address could not be verified; requested utility bill from {kmail1}.
""",
    ),
    Template(
        "k-kyc-4",
        "KYC review",
        """Video-KYC transcript (agent screen notes)
Customer reads name aloud: "{kname1.full}"
First ID shown: {knat1.in} ({knat1.label})   second ID: {knat2.in} ({knat2.label})
Father's name: {kname2.full}
Current address matches {kaddr1.en_in}
Geo-tag of call: {kgeo1}
Call recording ID {kref1.ticket}, agent {kname3.first_initial}
""",
        locales=INDIAN,
        id_countries=("IN",),
    ),
    Template(
        "k-fraud-1",
        "fraud case",
        """FRAUD CASE {kref1.case} — ACCOUNT TAKEOVER
Victim: {kname1.first_last} ({kmail1}), account {kacct1.us} (routing {kacct1.label})
Timeline:
 {kdate1.ts}  login from {kip1} (new device {kdev1.uuid})
 {kdate2.ts}  phone number changed to {ktel1}
 {kdate3.ts}  P2P transfer $4,980 to {kname2.full}
Card {kcard1} blocked and reissued. Police report filed by customer: {kref2.case}.
Investigator: {kname3.last_first}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-fraud-2",
        "fraud case",
        """Scam report — authorised push payment
Customer {kname1.title_last_first_mid} says she was called by someone claiming to be from
the bank's fraud team ("{kname2.first}") on {ktel1} and moved her savings to a "safe
account": {kiban1}, name given as {kname3.caps}.
Amount [[GBP 12,400.00]] on {kdate1.eu}. Her account/sort code: {kacct1.gb} / {kacct1.label}.
Caller's profile used: {kurl1.social}.
Vulnerability flag added ([[recent bereavement]]). Handler: {kname4.initials_only}
""",
        locales=BRITISH,
    ),
    Template(
        "k-fraud-3",
        "fraud case",
        """chargeback_dispute.json
{"case": "{kref1.case}", "cardholder": "{kname1.caps}", "pan": "{kcard1}",
 "merchant": "[[ELECTRO-MART ONLINE]]", "txn_date": "{kdate1.iso}",
 "amount": "[[1299.00 EUR]]", "reason_code": "[[10.4]]",
 "shipping_to": "{kaddr1}", "ip_at_checkout": "{kip1}",
 "cardholder_email": "{kmail1}", "notes": "cardholder says she never lived at that address"}
""",
    ),
    Template(
        "k-fraud-4",
        "fraud case",
        """Betrugsverdacht — interne Meldung
Kunde: {kname1.last_first}, Kto. {kiban1.de_de}
Am {kdate1.de} wurden drei Überweisungen an {kname2.first_last} ({kiban2}) freigegeben.
Freigabe-Handy laut Protokoll: {ktel1.de}; Gerät {kdev1.phone}.
Kunde bestreitet. Anzeige bei der Polizei, Az. {kref1.case}.
Sachbearbeiter: {kname3.initial_last}
""",
        locales=GERMAN,
    ),
    Template(
        "k-aml-1",
        "AML alert",
        """TRANSACTION MONITORING ALERT {kref1.ticket}
Rule: [[TM-STRUCT-03 structuring below reporting threshold]]
Subject: {kname1.caps_last_first_all}   Customer since {kdate1.iso}
Accounts: {kacct1.us}, {kacct2.us}
Cash deposits of $9,500, $9,800, $9,400 on {kdate2.us}, {kdate3.us}, {kdate4.us}
Linked party: {kname2.full} (shares address {kaddr1.en_us})
Disposition: [[escalate to SAR]]   Analyst: {kname3.last_first_initial}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-aml-2",
        "AML alert",
        """Sanctions screening hit — manual review
Input name: {kname1.caps_full}
List entry: different person (DOB on list differs from customer DOB {kdob1.iso})
Customer ID: {knat1}
Address: {kaddr1}
Phone: {ktel1}
Outcome: [[FALSE POSITIVE — cleared]] by {kname2.first_last} on {kdate1.ts}
""",
    ),
    Template(
        "k-aml-3",
        "AML alert",
        """STR draft (Suspicious Transaction Report)
Reporting entity: [[money service business]]
Subject 1: {kname1.last_first} ({kdob1.eu}), {knat1}, tel {ktel1}
Subject 2: {kname2.last_first}, beneficiary, IBAN {kiban1}
Grounds: 14 remittances in 9 days, each just under [[EUR 1,000]], sent from {kcity1}.
IP addresses used for the app: {kip1}; {kip2}
Compliance officer: {kname3.full}
""",
    ),
    Template(
        "k-wire-1",
        "SWIFT MT103",
        """{1:F01BANKGB2LAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:
:20:{kref1.ticket}
:23B:CRED
:32A:{kdate1.hl7}EUR25000,00
:50K:/{kiban1}
{kname1.caps}
{kaddr1}
:59:/{kiban2}
{kname2.caps}
:70:INVOICE {kref2.ticket} [[SCHOOL FEES]]
:71A:SHA
-}
""",
    ),
    Template(
        "k-wire-2",
        "wire transfer request",
        """OUTGOING WIRE REQUEST (branch form)
Originator: {kname1.full}   Acct # {kacct1.us}
Beneficiary name: {kname2.full}
Beneficiary address: {kaddr1}
Beneficiary bank: [[BANCO SANTANDER S.A.]]   SWIFT [[BSCHESMM]]
Beneficiary IBAN: {kiban1.es_es}
Purpose: [[purchase of property]]
Customer verified with {klic1.ca_dl} (driver license); callback to {ktel1.us} at 10:42.
Banker: {kname3.first_initial}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-sepa-1",
        "SEPA transfer",
        """SEPA credit transfer — payment file line (semicolon-separated)
EndToEndId;Debtor;DebtorIBAN;Creditor;CreditorIBAN;Amount;Remittance
{kref1.ticket};{kname1.caps};{kiban1};{kname2.last_first};{kiban2};[[350.00]];Miete
{kref2.ticket};{kname1.caps};{kiban1};{kname3.last_first};{kiban3};[[89.90]];Rechnung
""",
    ),
    Template(
        "k-mort-1",
        "mortgage file",
        """UNIFORM RESIDENTIAL LOAN APPLICATION — summary sheet
Borrower: {kname1.first_last}   SSN {knat1.us}   DOB {kdob1.us}
Co-borrower: {kname2.first_last}   SSN {knat2.us}
Present address: {kaddr1.en_us} (2 yrs, rent)
Subject property: {kaddr2.en_us}
Employer phone (VOE): {ktel1.us}
Loan number: {kacct1.loan}   [[30-yr fixed 6.875%]]   LTV [[80%]]
Asset: checking {kacct2.us}
Loan officer: {kname3.full}, NMLS {klic1.cert}
""",
        locales=AMERICAN,
        id_countries=("US",),
    ),
    Template(
        "k-mort-2",
        "mortgage file",
        """Mortgage offer — conditions
Applicants: {kname1.title_last_first_mid} and {kname2.title_last_first_mid}
Security address: {kaddr1.en_gb}
Completion expected {kdate1.eu}. Solicitor: {kname3.full} ({kmail1.p3})
Monthly payment by direct debit from account {kacct1.gb}, sort code {kacct1.label}.
[[Early repayment charge 3% in year 1]].
""",
        locales=BRITISH,
    ),
    Template(
        "k-loan-1",
        "loan application",
        """Personal loan application — online form dump
first_name={kname1.first}
last_name={kname1.last}
email={kmail1}
mobile={ktel1}
dob={kdob1.eu}
address_line={kaddr1}
postcode={kzip1}
employer_contact={kname2.full}
monthly_income=[[3,200]]
ip={kip1}
""",
    ),
    Template(
        "k-pay-1",
        "payroll record",
        """PAYSLIP — Period 08
Employee: {kname1.caps_last_first}      Employee no.: {kref1.emp}
NI number: see HR record      Tax code: [[1257L]]
Pay date: {kdate1.eu}
Basic pay          2,916.67
[[Pension 5%]]       -145.83
[[PAYE tax]]          -373.20
Net pay to account {kacct1.gb} (sort code {kacct1.label})
""",
        locales=BRITISH,
    ),
    Template(
        "k-pay-2",
        "payroll record",
        """payroll_export_{kdate1.hl7}.tsv
emp_id	name	ssn	dob	bank_acct	net
{kref1.emp}	{kname1.last_first}	{knat1.us}	{kdob1.us}	{kacct1.us}	[[2104.55]]
{kref2.emp}	{kname2.last_first}	{knat2.us}	{kdob2.us}	{kacct2.us}	[[1988.10]]
{kref3.emp}	{kname3.last_first}	{knat3.us}	{kdob3.us}	{kacct3.us}	[[3311.42]]
""",
        locales=AMERICAN,
        id_countries=("US",),
    ),
    Template(
        "k-pay-3",
        "payroll record",
        """Lohnabrechnung {kdate1.month}
Name: {kname1.first_last}   Pers.-Nr. {kref1.emp}
Steuerliche IdNr. {knat1.de} / SV-Nummer: siehe Anlage
Steuerklasse [[III]], Kinderfreibeträge [[1,0]]
Auszahlung auf {kiban1.de_de}
""",
        locales=GERMAN,
        id_countries=("DE",),
    ),
    Template(
        "k-tax-1",
        "tax form",
        """Form W-2 Wage and Tax Statement (keyed entry)
a Employee's social security number  {knat1.us}
c Employer's name, address          [[Northwind Freight Co]]
e Employee's first name and initial  {kname1.first}    Last name {kname1.last}
f Employee's address and ZIP code   {kaddr1.en_us}
1 Wages, tips, other compensation   [[48,211.07]]
""",
        locales=AMERICAN,
        id_countries=("US",),
    ),
    Template(
        "k-tax-2",
        "tax form",
        """Tax residency self-certification (CRS)
Account holder: {kname1.last_first}
Born {kdob1.eu} in {kcity1}
Residence for tax purposes    TIN
  country of residence        {knat1}
  second country              {knat2}
Signed {kdate1.eu} — {kname1.full}
""",
    ),
    Template(
        "k-stmt-1",
        "bank statement",
        """STATEMENT OF ACCOUNT
{kname1.caps}
{kaddr1.lines}
IBAN {kiban1}      Statement date {kdate1.eu}
Date        Description                         Debit      Credit
{kdate2.eu}  Transfer to {kname2.caps}              150.00
{kdate3.eu}  Salary [[ACME GMBH]]                           2,410.00
{kdate4.eu}  Card {kcard1} [[SUPERMARKT]]                  62.18
""",
    ),
    Template(
        "k-card-1",
        "card dispute",
        """Card dispute call summary
Caller: {kname1.first_last}, verified with DOB {kdob1.us} and ZIP {kzip1.en_us}
Card ending in [[4417]] (full PAN on file: {kcard1})
Disputed: 3 x [[ONLINE GAMING]] on {kdate1.us}
Cardholder's son {kname2.first} may have used the card; customer declined to file.
Agent {kname3.first} {kname3.last_initial}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-bg-1",
        "background check",
        """PRE-EMPLOYMENT SCREENING REPORT
Candidate: {kname1.full}   Also known as: {kname1.last_first}
SSN trace: {knat1.us} — addresses found:
  {kaddr1.en_us} ({kdate1.month} to present)
  {kaddr2.en_us}
Driving record: {klic1.ny_dl}, [[no violations]]
Education verified: [[B.S. Nursing]]; nursing licence {klic2.rn}
Criminal: court case {kref1.court} — [[dismissed]]
Online presence reviewed: {kurl1.social}
Requested by {kname2.first_last} ({kmail1.p2})
""",
        locales=AMERICAN,
        id_countries=("US",),
    ),
    Template(
        "k-ins-1",
        "life insurance application",
        """Life cover — underwriting note
Proposer: {kname1.full}, born {kdob1.long}
Beneficiary: {kname2.full} (spouse), {kaddr1}
GP: Dr {kname3.initial_last}, {ktel1}
Disclosures: [[BMI 31]], [[ex-smoker since 2015]], father died of [[MI]] aged 58.
Decision: [[standard rates +25%]]. Policy {kref1.policy}.
""",
    ),
    Template(
        "k-pension-1",
        "pension record",
        """Pension transfer — member details
Member: {kname1.last_first}   National insurance / tax no.: {knat1}
Date of birth {kdob1.eu}, now aged {kage1}
Scheme member no. {kplan1.policy}
Nominated beneficiary: {kname2.full}, {kaddr1}
Pay to: {kiban1}
""",
    ),
)

# --- Administration: HR, messages, public bodies, exports, logs ---------------------------

ADMIN: tuple[Template, ...] = (
    Template(
        "k-hr-1",
        "HR leave request",
        """LEAVE REQUEST
Employee: {kname1.last_first}        Staff ID: {kref1.emp}
Type: [[Family and Medical Leave (FMLA)]] — intermittent
From {kdate1.us} to {kdate2.us}
Reason: caring for my mother, {kname2.full} ({kage1}), after her stroke.
Certification from Dr. {kname3.last} attached (fax {kfax1.us}).
Approver: {kname4.first_last}       HRBP: {kname5.initials_only}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-hr-2",
        "HR leave request",
        """Hi {kname1.first},

Following our call, I'd like to request parental leave starting {kdate1.long}. Our baby is
due {kdate2.long}; my partner {kname2.first_last} is registered at the maternity unit
under hospital number {kmrn1.mrn}. While I'm off, please use my personal e-mail
{kmail1.p3} or mobile {ktel1}.

Thanks,
{kname3.first}
--
{kname3.full} | [[Senior Analyst, Finance Operations]]
""",
    ),
    Template(
        "k-hr-3",
        "HR leave request",
        """Antrag auf Sonderurlaub (Trauerfall)
Name, Vorname: {kname1.last_first}     Personalnummer: {kref1.emp}
Zeitraum: {kdate1.de} bis {kdate2.de}
Anlass: Beerdigung meines Vaters, {kname2.first_last}, verstorben am {kdate3.de} in {kcity1.de_de}
Vertretung: {kname3.first_last}
Genehmigt: {kname4.initial_last}
""",
        locales=GERMAN,
    ),
    Template(
        "k-hr-4",
        "HR leave request",
        """Sick note intake (HR portal)
Employee: {kname1.caps_last}, {kname1.first} / {kref1.emp}
Fit note from {kname2.initial_last}, surgery tel {ktel1.gb}, dated {kdate1.eu}
Condition: [[stress-related illness]] — not fit for work for 4 weeks
Employee's home address for correspondence: {kaddr1.en_gb}
Next of kin: {kname3.full}
""",
        locales=BRITISH,
    ),
    Template(
        "k-hr-5",
        "HR disciplinary record",
        """Investigation meeting — notes
Present: {kname1.full} (employee), {kname2.full} (investigating manager),
{kname3.full} (note taker), {kname4.first_last} (union rep)
Allegation: use of a colleague's badge ({kdev1.laptop}) to access the records system on
{kdate1.eu}. Access log shows workstation {kmac1} / {kip1}.
{kname1.first} said: "{kname5.first} lent it to me, I didn't think."
Evidence: post on {kurl1.social}
""",
    ),
    Template(
        "k-chat-1",
        "chat transcript",
        """[{kdate1.ts}] Bot: Hi! What's your full name?
[{kdate1.ts}] Visitor: {kname1.lower}
[{kdate1.ts}] Bot: Thanks. And your policy or member number?
[{kdate1.ts}] Visitor: {kplan1.member}
[{kdate1.ts}] Agent {kname2.first}: hi {kname1.lower_first}, I can see your claim from {kdate2.us}
[{kdate1.ts}] Visitor: yes for my daughter {kname3.first}, the [[MRI]]
[{kdate1.ts}] Visitor: call me on {ktel1} pls
""",
    ),
    Template(
        "k-chat-2",
        "chat transcript",
        """{kname1.handle}: hey is this the pharmacy?
pharmacy_support: yes! how can we help
{kname1.handle}: need refill of my [[sertraline 100mg]], rx {kmrn1.rx}
pharmacy_support: can you confirm DOB?
{kname1.handle}: {kdob1.us}
pharmacy_support: thanks {kname1.first} -- it'll ship to {kaddr1} by friday
{kname1.handle}: my new email is {kmail1.spelled}
""",
    ),
    Template(
        "k-chat-3",
        "chat transcript",
        """WhatsApp export — group "Mum care rota"
{kdate1.eu}, 08:14 - {kname1.first_last}: Mum's new carer is {kname2.first}, from the agency
{kdate1.eu}, 08:15 - {kname3.first}: ok. is her NHS number still {khealth1.gb}? pharmacy asking
{kdate1.eu}, 08:21 - {kname1.first_last}: yes. and GP changed to Dr {kname4.last}
{kdate1.eu}, 09:02 - {ktel1.gb}: This is {kname5.first} from the district nurses, will visit at 2
{kdate1.eu}, 09:03 - {kname3.first}: 👍
""",
        locales=BRITISH,
    ),
    Template(
        "k-chat-4",
        "chat transcript",
        """Live chat — bank
{kname1.caps_first} (customer): Moin, ich komme nicht mehr ins Online-Banking
Service ({kname2.first}): Können Sie mir bitte Ihre IBAN nennen?
{kname1.caps_first} (customer): {kiban1.de_de}
Service ({kname2.first}): Danke, Frau {kname1.last}. Geburtsdatum?
{kname1.caps_first} (customer): {kdob1.de}
Service ({kname2.first}): Ich sende einen neuen Aktivierungsbrief an {kaddr1.de_de}.
""",
        locales=GERMAN,
    ),
    Template(
        "k-chat-5",
        "chat transcript",
        """Teams chat — #ward-4-nurses
{kname1.last_first} 07:02  anyone seen the handover sheet for {kname2.first_caps_last}?
{kname3.last_first} 07:03  in the drawer. FYI her son {kname4.first} called, he's on {ktel1}
{kname1.last_first} 07:05  thx. bed 9 {kname5.last_initial} is going to theatre at 10
{kname6.last_first} 07:11  [[NBM from midnight]] confirmed
""",
    ),
    Template(
        "k-sms-1",
        "SMS export",
        """From: {ktel1}   To: clinic shortcode   {kdate1.ts}
hi its {kname1.first_last} dob {kdob1.eu} need to cancel my appt with dr {kname2.lower_last} tmrw
From: clinic   To: {ktel1}   {kdate1.ts}
Thanks {kname1.first}, cancelled. Reply BOOK to rebook. Ref {kmrn1.enc}
""",
    ),
    Template(
        "k-vm-1",
        "voicemail transcription",
        """Voicemail (auto-transcribed, {kdate1.ts}, from {ktel1}):
"hi um this is {kname1.first_last} calling about my mother {kname2.full} her date of birth
is {kdob1.long} she was seen um on {kdate2.long} and we still haven't had the biopsy
results could someone call me back on {ktel1} or my work number {ktel2} thanks bye"
""",
    ),
    Template(
        "k-mail-1",
        "e-mail thread",
        """From: {kname1.last_first} [mailto:{kmail1}]
Sent: {kdate1.long} 16:42
To: Claims Team
Cc: {kname2.first_last}
Subject: RE: claim {kref1.claim} - {kname3.caps_last}

Hello,
Attached is the invoice for {kname3.first}'s physiotherapy. Bank details: {kiban1}.

____ original message below ____
From: Claims Team
Sent: {kdate2.long}
Subject: claim {kref1.claim} - {kname3.caps_last}
Dear {kname1.first}, please send the invoice and your bank details.
""",
    ),
    Template(
        "k-mail-2",
        "e-mail thread",
        """On {kdate1.long}, {kname1.first_last} wrote:
| Hi {kname2.first}, can you add {kname3.full} (DOB {kdob1.us}) to the
| dental plan? Her SSN is {knat1.us}. Thanks!

{kname2.first} replied:
Done - member ID {kplan1.member}. Cards go to {kaddr1.en_us}.
{kname2.full}
Benefits Administrator | direct {ktel1.us}
""",
        id_countries=("US",),
    ),
    Template(
        "k-mail-3",
        "e-mail thread",
        """Von: {kname1.first_last} ({kmail1})
Gesendet: {kdate1.ts}
An: Personalabteilung
Betreff: Adressänderung

Guten Tag,
ab dem {kdate2.de} lautet meine neue Anschrift: {kaddr1.de_de}.
Meine Telefonnummer bleibt {ktel1.de}.
Viele Grüße
{kname1.first_initial}
""",
        locales=GERMAN,
    ),
    Template(
        "k-mail-4",
        "e-mail thread",
        """De : {kname1.caps_last} {kname1.first} ({kmail1})
Envoyé : {kdate1.fr}
À : secrétariat médical
Objet : demande de copie de dossier

Madame, Monsieur,
Je souhaite obtenir la copie du dossier médical de mon père, {kname2.first_last},
né le {kdob1.fr}, hospitalisé du {kdate2.fr} au {kdate3.fr}. Vous pouvez me joindre
au {ktel1.fr}.
Cordialement, {kname1.first_last}
""",
        locales=FRENCH,
    ),
    Template(
        "k-mail-5",
        "e-mail thread",
        """Subject: Out of office: RE: {kname1.caps_last} referral
Auto-reply from {kmail1.p3}:
I am away until {kdate1.long}. For urgent matters regarding patients on the
[[warfarin]] clinic please contact {kname2.full} on {ktel1} or {kmail2.p2}.
{kname3.full}
[[Anticoagulation Nurse Specialist]]
""",
    ),
    Template(
        "k-tkt-1",
        "support ticket",
        """Ticket {kref1.ticket} | Priority: P2 | Status: Open
Reporter: {kname1.handle_under} ({kmail1})
Affected user: {kname2.last_first}
Summary: laptop {kdev1.laptop} won't join VPN since {kdate1.iso}
Details: client IP {kip1}, MAC {kmac1}, last seen on switch port Gi1/0/14
Assignee: {kname3.handle_initial}
Comment ({kname3.first}): asked user to call {ktel1}
""",
    ),
    Template(
        "k-tkt-2",
        "support ticket",
        """JIRA  PRIV-{kref1.student}  "Subject access request"
Requester: {kname1.full}
Email: {kmail1}
Account ID: {kacct1.loan}
Verification: passport {kpass1.gbr} (checked by {kname2.first_last} {kdate1.iso})
Export link (expires 7d): {kurl1.portal}
""",
    ),
    Template(
        "k-call-1",
        "call-centre log",
        """CALL LOG  {kdate1.ts}  queue: claims  agent: {kname1.handle_dash}
ANI {ktel1}   verified: name, DOB {kdob1.us}, ZIP {kzip1.en_us}
Caller {kname2.caps} asking status of claim {kref1.claim}; explained [[pending medical
records]]. Caller's wife {kname3.first_last} is authorised rep (POA on file {kdate2.us}).
Wrap code: [[STATUS-INQ]]
""",
    ),
    Template(
        "k-call-2",
        "call-centre log",
        """Customer contact history
{kdate1.ts}  inbound  {ktel1}  "{kname1.first}" says card stolen at {kcity1} station
{kdate2.ts}  outbound {ktel1}  no answer, left VM
{kdate3.ts}  inbound  {ktel2}  spoke to {kname1.first_last}; new card to {kaddr1}
Customer ref {kref1.ticket}; card blocked {kcard1}
""",
    ),
    Template(
        "k-imm-1",
        "immigration file",
        """VISA APPLICATION — CASEWORKER SUMMARY
Application ref: {kref1.visa}
Applicant: {kname1.caps_last_first}   Passport: {kpass1.ind}   DOB: {kdob1.eu}
Sponsor: {kname2.full}, {kaddr1.en_gb}, tel {ktel1.gb}
Sponsor's passport: {kpass2.gbr}
Biometrics enrolled {kdate1.eu}; fingerprint record {kbio1.bio}; photo {kurl1.photo}
Relationship evidence: marriage certificate {klic1.cert}, photos, chat logs.
Decision: [[GRANT — Appendix FM]]
""",
        locales=BRITISH,
    ),
    Template(
        "k-imm-2",
        "immigration file",
        """I-130 petition — intake checklist
Petitioner: {kname1.full}   A-Number: {kref1.visa}   SSN {knat1.us}
Beneficiary: {kname2.last_first}   Passport ({kpass1.label}) {kpass1}
Beneficiary's address abroad: {kaddr1}
Prior marriage of petitioner to {kname3.full} ended {kdate1.us}
Attorney: {kname4.first_last}, bar no. {klic1.bar}
""",
        id_countries=("US",),
    ),
    Template(
        "k-imm-3",
        "immigration file",
        """Asylum screening interview (interpreter present)
Applicant states name as {kname1.script}, recorded as {kname1.first_last}.
Date of birth given: {kdob1.eu}; place of birth {kcity1}.
Travel document: {kpass1}; phone seized at border: IMEI {kdev1.imei}
Relatives in the country: cousin {kname2.full}, {kaddr1}
Interpreter: {kname3.first_last}, ID {klic1.cert}
""",
    ),
    Template(
        "k-court-1",
        "court record",
        """IN THE SUPERIOR COURT OF THE STATE
Case No. {kref1.court}
{kname1.caps}, Petitioner,
v.
{kname2.caps}, Respondent.
ORDER FOR PROTECTION — Respondent shall not come within 500 feet of Petitioner's
residence at {kaddr1.en_us} or the minor child {kname3.initials_only} (DOB {kdob1.us}).
Entered {kdate1.long}.  /s/ {kname4.first_last}, Judge
""",
        locales=AMERICAN,
    ),
    Template(
        "k-court-2",
        "court record",
        """Court list — Magistrates (extract)
10:00  {kname1.caps_last} {kname1.first}, age {kage1}, of {kaddr1} — [[theft (s.1 Theft Act 1968)]]
10:00  {kname2.caps_last} {kname2.first}, DOB {kdob1.eu} — [[driving whilst disqualified]]
       (vehicle {kveh1.plate})
11:30  {kname3.caps_last} {kname3.first} — [[breach of community order]]
Prosecutor: {kname4.initial_last}   Legal adviser: {kname5.initial_last}
""",
        locales=BRITISH,
    ),
    Template(
        "k-court-3",
        "court record",
        """Probate — grant application
Deceased: {kname1.full}, formerly of {kaddr1}, died {kdate1.long} aged {kage1.en}
Executors: {kname2.full} and {kname3.full}
Solicitor reference: {kref1.case}
Estate account: {kacct1.gb}
""",
        locales=BRITISH,
    ),
    Template(
        "k-police-1",
        "police report",
        """INCIDENT REPORT  {kref1.case}
Reported {kdate1.ts} by {kname1.first_last} ({ktel1})
Location: {kaddr1}   ({kgeo1})
Suspect vehicle: dark SUV, plate {kveh1.plate}, partial VIN ending [[4829]]
Victim: {kname2.last_first}, {kage1} — [[minor abrasion]], declined EMS
Witness: {kname3.full}, {kaddr2}
Officer: {kname4.last_initial} #{klic1.cert}
""",
    ),
    Template(
        "k-police-2",
        "police report",
        """Custody record — detained person
Name: {kname1.caps_last_first_all}   AKA: {kname1.handle}
DOB: {kdob1.eu}   PNC ID: {kbio1.bio}   Fingerprints taken: yes ({kbio2.bio})
Address given: {kaddr1}
Appropriate adult: {kname2.full}, {ktel1}
Solicitor: {kname3.full}
Property: mobile phone (IMEI {kdev1.imei}), bank card {kcard1}
""",
        locales=BRITISH,
    ),
    Template(
        "k-police-3",
        "police report",
        """Strafanzeige (Abschrift)
Anzeigende: {kname1.first_last}, geb. {kdob1.de}, wohnhaft {kaddr1.de_de}
Beschuldigter: {kname2.caps_last}, {kname2.first}; Kfz-Kennzeichen {kveh1.plate}
Tatzeit: {kdate1.ts}
Sachverhalt: Beschädigung des Pkw; Zeuge {kname3.first_last}, Tel. {ktel1.de}
Aktenzeichen: {kref1.case}
""",
        locales=GERMAN,
    ),
    Template(
        "k-school-1",
        "school record",
        """PUPIL RECORD — confidential
Pupil: {kname1.last_first}   UPN: {kref1.sch}   DOB: {kdob1.eu}
Parents/carers: {kname2.full} ({ktel1}), {kname3.full} ({ktel2})
Address: {kaddr1}
SEN: [[dyslexia]]; [[EHCP in place]]. Allergy: [[peanut (adrenaline auto-injector in office)]]
Safeguarding lead: {kname4.initial_last}. Not to be collected by {kname5.full}.
""",
        locales=BRITISH,
    ),
    Template(
        "k-school-2",
        "school record",
        """STUDENT TRANSCRIPT REQUEST
Student name: {kname1.first_last}   Student ID: {kref1.student}
Date of birth: {kdob1.us}
Send to: {kaddr1.en_us}
Requester email: {kmail1}
Status link: {kurl1.portal}
Signature: {kname1.first_last}   Date {kdate1.us}
""",
    ),
    Template(
        "k-social-1",
        "social-care record",
        """Adult social care — case note
Service user: {kname1.full}   Person ID {kref1.case}   NHS {khealth1.gb}
{kdate1.eu} home visit with OT {kname2.first_last}. Mr {kname1.last} ({kage1}) lives with
his wife {kname3.first}, who has [[dementia]]. Key safe at {kaddr1}.
Carer: {kname4.full} (agency), {ktel1}. Concern: [[financial abuse]] — nephew
{kname5.full} has his bank card ({kcard1}).
""",
        locales=BRITISH,
    ),
    Template(
        "k-social-2",
        "child protection record",
        """Strategy discussion — minutes
Child: {kname1.first_last}, DOB {kdob1.eu}, school: year 4
Mother: {kname2.full}   Father: {kname3.full} (no contact order, case {kref1.court})
Present: {kname4.initial_last} (social worker), {kname5.initial_last} (police),
{kname6.initial_last} (school nurse)
Home address: {kaddr1}
Actions: [[section 47 enquiry]]; health assessment by {kdate1.eu}.
""",
    ),
    Template(
        "k-housing-1",
        "housing benefit application",
        """Housing benefit / council tax reduction — application
Claimant: {kname1.title_last_first_mid}   National insurance/ID: {knat1}
Partner: {kname2.full}   DOB {kdob1.eu}
Address: {kaddr1}
Landlord: {kname3.full}, {kaddr2}, tel {ktel1}
Rent [[GBP 725 per month]]; paid to landlord account {kacct1.gb} (sort code {kacct1.label})
""",
        locales=BRITISH,
    ),
    Template(
        "k-tenancy-1",
        "tenancy agreement",
        """RESIDENTIAL LEASE — parties
Landlord: {kname1.full}, {kaddr1}
Tenant(s): {kname2.full} and {kname3.full}
Premises: {kaddr2.lines}
Term from {kdate1.long} to {kdate2.long}. Deposit held in scheme ref {kref1.policy}.
Emergency contact for tenant: {kname4.full}, {ktel1}
""",
    ),
    Template(
        "k-csv-1",
        "CSV export",
        """patient_id,last_name,first_name,dob,sex,phone,email,zip
{kmrn1.mrn},{kname1.last},{kname1.first},{kdob1.iso},F,{ktel1},{kmail1},{kzip1}
{kmrn2.mrn},{kname2.last},{kname2.first},{kdob2.iso},M,{ktel2},,{kzip2}
{kmrn3.mrn},{kname3.last},{kname3.first},{kdob3.iso},F,,,{kzip3}
""",
    ),
    Template(
        "k-csv-2",
        "CSV export",
        """"Full Name";"Geburtsdatum";"Adresse";"Versichertennr.";"Diagnose"
"{kname1.last_first}";"{kdob1.de}";"{kaddr1.de_de}";"{khealth1.de}";"[[E11.9]]"
"{kname2.last_first}";"{kdob2.de}";"{kaddr2.de_de}";"{khealth2.de}";"[[I10]]"
""",
        locales=GERMAN,
    ),
    Template(
        "k-csv-3",
        "CSV export",
        """vehicle_vin,plate,owner,owner_licence,registered
{kveh1.vin},{kveh2.plate},"{kname1.caps_last_first_all}",{klic1.tx_dl},{kdate1.iso}
{kveh3.vin},{kveh4.plate},"{kname2.caps_last_first_all}",{klic2.tx_dl},{kdate2.iso}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-json-1",
        "JSON export",
        """{"users": [
  {"id": "{kref1.ticket}", "displayName": "{kname1.first_last}", "mail": "{kmail1}",
   "mobilePhone": "{ktel1}", "lastSignIn": {"ip": "{kip1}", "at": "{kdate1.ts}"}},
  {"id": "{kref2.ticket}", "displayName": "{kname2.last_first}", "mail": null,
   "mobilePhone": "{ktel2}", "lastSignIn": {"ip": "{kip2}", "at": "{kdate2.ts}"}}
]}
""",
    ),
    Template(
        "k-json-2",
        "JSON export",
        """{"event": "checkout.completed", "ts": "{kdate1.ts}",
 "customer": {"name": "{kname1.full}", "email": "{kmail1}", "phone": "{ktel1}"},
 "billing": {"line1": "{kaddr1}", "postal_code": "{kzip1}", "city": "{kcity1}"},
 "payment": {"card_number": "{kcard1}", "brand": "[[visa]]"},
 "client": {"ip": "{kip1}", "device_id": "{kdev1.uuid}"}}
""",
    ),
    Template(
        "k-log-1",
        "access audit log",
        """EHR access audit — break-glass review
{kdate1.ts} user={kname1.handle_initial} ip={kip1} VIEW pt={kmrn1.mrn} ({kname2.last_first})
{kdate2.ts} user={kname1.handle_initial} ip={kip1} PRINT pt={kmrn1.mrn}
{kdate3.ts} user={kname3.handle_initial} ip={kip2} VIEW pt={kmrn2.mrn} ({kname4.last_first})
Reviewer note: {kname1.first_last} is not on {kname2.first}'s care team — refer to privacy office.
""",
    ),
    Template(
        "k-log-2",
        "device telemetry log",
        """gateway-ingest  {kdate1.ts}  src={kmac1}  fw=[[4.2.1]]  dev={kdev1.cpap}
  owner_profile: {kname1.first_last} / {kmail1}
  home_wifi_public_ip={kip1}
  [[AHI 3.1]]  [[leak 12 L/min]]  [[usage 7h02]]
gateway-ingest  {kdate2.ts}  src={kmac1}  dev={kdev1}  location={kgeo1}
""",
    ),
    Template(
        "k-form-1",
        "registration form",
        """GMS1-style new patient registration (transcribed)
Surname ________ {kname1.caps_last}
Forename(s) ____ {kname1.given}
Previous surname {kname2.last}
Date of birth ___ {kdob1.eu}          Town of birth ___ {kcity1}
Address ________ {kaddr1.lines}
Postcode _______ {kzip1}
Mobile _________ {ktel1}
Email __________ {kmail1}
Previous GP ____ Dr {kname3.last}, {kaddr2}
""",
    ),
    Template(
        "k-form-2",
        "registration form",
        """Fiche d'inscription — crèche municipale
Enfant : {kname1.first} {kname1.caps_last}, né(e) le {kdob1.fr}
Parent 1 : {kname2.caps_last_space_first}, tél. {ktel1.fr}, courriel {kmail1.p2}
Parent 2 : {kname3.caps_last_space_first}, tél. {ktel2.fr}
Adresse : {kaddr1.fr_fr}
Personnes autorisées à récupérer l'enfant : {kname4.first_last}, {kname5.first_last}
Allergies : [[protéines de lait de vache]]
""",
        locales=FRENCH,
    ),
    Template(
        "k-form-3",
        "registration form",
        """Modulo di iscrizione al servizio sanitario
Cognome: {kname1.caps_last}   Nome: {kname1.caps_first}
Codice fiscale: {knat1.it}
Nato/a a {kcity1.it_it} il {kdob1.it}
Residenza: {kaddr1.it_it}
Medico scelto: dott. {kname2.first_last}
""",
        locales=(("it_IT", 1),),
        id_countries=("IT",),
    ),
    Template(
        "k-form-4",
        "registration form",
        """Hasta Kayıt Formu
Ad Soyad: {kname1.first_last}
T.C. Kimlik No: {knat1.tr}
Doğum tarihi: {kdob1.tr}
Adres: {kaddr1.tr_tr}
Telefon: {ktel1.tr}
Yakını: {kname2.first_last} ({ktel2.tr})
""",
        locales=(("tr_TR", 1),),
        id_countries=("TR",),
    ),
    Template(
        "k-form-5",
        "registration form",
        """Регистрационная карта пациента
ФИО: {kname1.script}
Дата рождения: {kdob1.ru}
Адрес: {kaddr1.ru_ru}
Телефон: {ktel1.ru}
Контактное лицо: {kname2.script}, {ktel2.ru}
""",
        locales=(("ru_RU", 1),),
    ),
    Template(
        "k-form-6",
        "registration form",
        """환자 등록 카드
성명: {kname1.script} ({kname1.family_first})
주민등록번호: {knat1.kr}
생년월일: {kdob1.ko}
주소: {kaddr1.ko_kr}
연락처: {ktel1.kr}
""",
        locales=(("ko_KR", 1),),
        id_countries=("KR",),
    ),
    Template(
        "k-form-7",
        "registration form",
        """患者登记表
姓名：{kname1.script}（{kname1.family_first}）
出生日期：{kdob1.zh}
住址：{kaddr1.zh_cn}
联系电话：{ktel1.cn}
紧急联系人：{kname2.script}
""",
        locales=(("zh_CN", 1),),
    ),
    Template(
        "k-form-8",
        "registration form",
        """Formulir pendaftaran pasien
Nama lengkap: {kname1.full}
NIK: {knat1}
Tanggal lahir: {kdob1.eu}
Alamat: {kaddr1.id_id}
No. HP: {ktel1.id}
""",
        locales=(("id_ID", 1),),
    ),
    Template(
        "k-ocr-2",
        "OCR scan",
        """[OCR — photocopied ID card, low contrast]
SURNAME / NOM   {kname1.spaced_caps_last}
GIVEN NAMES     {kname1.caps_first}
D.O.B.  {kdob1.crf}     SEX  F
No.  {knat1}
ADDRESS  {kaddr1}
SIGNATURE  {kname1.first_last_ocr}
""",
    ),
    Template(
        "k-ocr-3",
        "OCR scan",
        """[scanned invoice — OCR output, columns merged]
Bill To {kname1.first_last} {kaddr1} Acct {kacct1.loan}
lnvoice Date {kdate1.us} Due {kdate2.us} Patient {kname2.last_first_ocr} DOB {kdob1.us}
Member {kplan1.member_ocr}
Svc [[99213]] [[36415]] Total [[$184.00]] Pay online {kurl1.portal}
""",
    ),
    Template(
        "k-hand-2",
        "handwritten note transcription",
        """[transcription of handwritten message pad, reception]
Date {kdate1.eu}  Time 11.20
For: Dr {kname1.initial_last}
From: {kname2.first_last} (pt's sister)   Tel: {ktel1}
Message: {kname3.first} [[not taking her lithium]] again, very worried, pls ring back
Taken by: {kname4.first}
""",
    ),
    Template(
        "k-table-1",
        "staff rota",
        """Ward 12 rota — week beginning {kdate1.eu}
| Name                  | Mon | Tue | Wed | Registration |
|-----------------------|-----|-----|-----|--------------|
| {kname1.last_first}   | E   | E   | off | {klic1.nmc}  |
| {kname2.last_first}   | L   | off | N   | {klic2.nmc}  |
| {kname3.last_first}   | N   | N   | N   | {klic3.nmc}  |
Bank nurse on call: {kname4.first_last} ({ktel1})
""",
        locales=BRITISH,
    ),
    Template(
        "k-table-2",
        "vehicle fleet register",
        """Fleet register (pool cars)
Plate        VIN                   Assigned to             Fuel card
{kveh1.plate}    {kveh2.vin}     {kname1.last_first}     {kcard1}
{kveh3.plate}    {kveh4.vin}     {kname2.last_first}     {kcard2}
Driver licence check: {kname1.first_last} {klic1.dvla}
""",
        locales=BRITISH,
    ),
    Template(
        "k-cust-1",
        "customs declaration",
        """Passenger declaration — unaccompanied baggage
Name: {kname1.caps_last_first}   Passport: {kpass1}
Arrival: {kdate1.eu}   Local address: {kaddr1}
Contact: {ktel1} / {kmail1}
Contents: [[prescription medicines for personal use (insulin glargine)]]
""",
    ),
    Template(
        "k-elect-1",
        "electoral register objection",
        """Objection to registration
I, {kname1.full}, of {kaddr1}, object to the registration of {kname2.full} at
{kaddr2}, who I believe has not lived there since {kdate1.month}.
Signed {kname1.first_last}   Dated {kdate2.eu}
""",
    ),
    Template(
        "k-gun-1",
        "firearms licence renewal",
        """Firearm certificate renewal — referee statement
Applicant: {kname1.full}, certificate {klic1.firearm}
Referee: {kname2.full}, {kaddr1}, tel {ktel1}; known applicant 12 years
GP confirmation from Dr {kname3.last}: [[no relevant medical conditions]]
""",
        locales=BRITISH,
    ),
    Template(
        "k-dl-1",
        "driving licence record",
        """DVLA medical enquiry — drivers with [[epilepsy]]
Driver number: {klic1.dvla}
Name: {kname1.title_last_first_mid}   DOB {kdob1.eu}
Address: {kaddr1.en_gb}
Consultant: {kname2.initial_last}; last seizure {kdate1.eu}
""",
        locales=BRITISH,
    ),
    Template(
        "k-ride-1",
        "ride-share incident report",
        """Trip incident — safety team
Rider: {kname1.first_initial} (account {kmail1}, phone {ktel1})
Driver: {kname2.first_last}, licence {klic1.cdl}, vehicle {kveh1.plate}
Pickup {kgeo1} → drop-off {kaddr1}
Trip time {kdate1.ts}. Rider reports [[verbal harassment]]; driver deactivated pending review.
""",
    ),
    Template(
        "k-prison-1",
        "prison health record",
        """Reception health screen — custody
Inmate: {kname1.caps_last_first}   Booking/inmate no. {kref1.inmate}   DOB {kdob1.us}
Transferred from county jail on {kdate1.us}
Meds verified with outside pharmacy ({ktel1}): [[buprenorphine 8 mg SL daily]]
Emergency contact: {kname2.full}, {kaddr1}
Screened by {kname3.last_first_initial}, RN
""",
        locales=AMERICAN,
    ),
    Template(
        "k-gp-1",
        "clinical note",
        """Telephone consultation
Spoke to: patient's husband {kname1.first_last} (patient {kname2.first_last} consented)
Patient DOB {kdob1.eu}; NHS {khealth1.gb}
[[UTI symptoms]] 3 days; no fever. [[nitrofurantoin 100 mg m/r BD 3 days]] to pharmacy.
Safety-netted. Callback no. {ktel1}. — {kname3.initials_only}
""",
        locales=BRITISH,
    ),
    Template(
        "k-au-1",
        "insurance claim",
        """Medicare / private health claim (AU)
Patient: {kname1.full}   Medicare No. {khealth1.au}
DOB {kdob1.eu}   Address {kaddr1.en_au}
Provider: {kname2.first_last}, AHPRA {klic1.ahpra}
Item [[23]] on {kdate1.eu}; fund member no. {kplan1.member}
""",
        locales=(("en_AU", 1),),
    ),
    Template(
        "k-ca-1",
        "clinical note",
        """Walk-in clinic — Ontario
Patient {kname1.last_first}   OHIP {khealth1.on}   DOB {kdob1.iso}
Address {kaddr1.en_ca}   Tel {ktel1.ca}
[[Otitis media]]; [[amoxicillin 80 mg/kg/day]]. Parent: {kname2.full}.
Physician {kname3.first_last}, CPSO {klic1.md}
""",
        locales=(("en_CA", 2), ("fr_CA", 1)),
        id_countries=("CA",),
    ),
    Template(
        "k-za-1",
        "clinical note",
        """Clinic card — primary health care
Name: {kname1.full}   ID no.: {knat1.za}
Folder no.: {kmrn1.mrn}   Cell: {ktel1.za}
[[ART: TLD 1 tab daily]]; [[viral load suppressed]] ({kdate1.eu}).
Treatment supporter: {kname2.first_last}
""",
        locales=(("zu_ZA", 1), ("en_GB", 1)),
        id_countries=("ZA",),
    ),
    Template(
        "k-ng-1",
        "clinical note",
        """Antenatal clinic record
Client: {kname1.full}   Hosp. no. {kmrn1.mrn}   Phone {ktel1.ng}
Husband/next of kin: {kname2.full}
Address: {kaddr1}
EDD {kdate1.eu}; [[HB 10.2 g/dL]]; [[IPTp-SP dose 2 given]]
Midwife: {kname3.first_last}
""",
        locales=(("en_NG", 2), ("yo_NG", 2)),
    ),
    Template(
        "k-nordic-1",
        "registration form",
        """Anmälan — byte av vårdcentral
Namn: {kname1.first_last}
Personnummer: {knat1.se}
Adress: {kaddr1.sv_se}
Telefon: {ktel1.se}
E-post: {kmail1}
""",
        locales=(("sv_SE", 1),),
        id_countries=("SE",),
    ),
    Template(
        "k-fin-1",
        "KYC review",
        """Asiakastietojen tarkistus
Nimi: {kname1.last_first}
Henkilötunnus: {knat1.fi}
Osoite: {kaddr1.fi_fi}
Puhelin: {ktel1.fi}
Tili: {kiban1.fi_fi}
""",
        locales=(("fi_FI", 1),),
        id_countries=("FI",),
    ),
    Template(
        "k-arg-1",
        "KYC review",
        """Alta de cliente — verificación
Apellido y nombre: {kname1.caps_last}, {kname1.first}
CUIL: {knat1.ar}
Fecha de nacimiento: {kdob1.es}
Domicilio: {kaddr1.es_ar}
Celular: {ktel1.ar}
""",
        locales=(("es_AR", 1),),
        id_countries=("AR",),
    ),
    Template(
        "k-mx-1",
        "insurance claim",
        """Reclamación de gastos médicos mayores
Asegurado: {kname1.full}   CURP: {knat1.mx}
Póliza {kref1.policy}   Certificado {kplan1.member}
Fecha del siniestro: {kdate1.es}
Hospital en {kcity1.es_mx}; médico tratante {kname2.first_last}
Depositar a CLABE/cuenta: {kacct1.loan}
""",
        locales=(("es_MX", 1),),
        id_countries=("MX",),
    ),
)

# --- Everyday records that carry identifiers in the shapes their systems use --------------

EXTRA: tuple[Template, ...] = (
    Template(
        "k-vcard-1",
        "contact card export",
        """BEGIN:VCARD
VERSION:3.0
N:{kname1.last};{kname1.first};;;
FN:{kname1.first_last}
TEL;TYPE=CELL:{ktel1}
TEL;TYPE=WORK,FAX:{kfax1}
EMAIL;TYPE=INTERNET:{kmail1}
ADR;TYPE=HOME:;;{kaddr1};;;;
BDAY:{kdob1.iso}
NOTE:emergency contact for {kname2.first_last} (patient {kmrn1.pid})
END:VCARD
""",
    ),
    Template(
        "k-ics-1",
        "calendar invitation",
        """BEGIN:VEVENT
DTSTART:{kdate1.hl7}T093000
SUMMARY:Follow-up - {kname1.last_first} - [[post-op wound check]]
ORGANIZER;CN={kname2.full}:mailto:{kmail1.p2}
ATTENDEE;CN={kname1.full};ROLE=REQ-PARTICIPANT:mailto:{kmail2.p1}
LOCATION:Room 4 / video link {kurl1.meet}
DESCRIPTION:Pt ID {kmrn1.pid}. Call {ktel1} if running late.
END:VEVENT
""",
    ),
    Template(
        "k-bcbp-1",
        "airline passenger record",
        """Special assistance request — passenger name record
Passenger (as on boarding pass): {kname1.mrz_style}
Booking reference: {kref2.ticket}   Frequent flyer no. {kref1.ticket}
Travel document: {kpass1}   Date of birth: {kdob1.crf}
Assistance: [[WCHC]] — own [[portable oxygen concentrator]], serial {kdev1.cpap}
Contact on arrival: {kname2.full}, {ktel1}
""",
    ),
    Template(
        "k-cheque-1",
        "cheque image record",
        """Deposited item — image capture (MICR line read by OCR)
Payee: {kname1.caps}
Drawer: {kname2.full}, {kaddr1.en_us}
Drawer account: {kacct1.us}
Memo: rent {kdate1.month}
MICR: ⑆{kacct1.label}⑆ {kacct1.us}⑈ 0412
Deposited to account {kacct2.us} on {kdate2.us} via mobile app (device {kdev1.phone})
""",
        locales=AMERICAN,
    ),
    Template(
        "k-rental-1",
        "car rental agreement",
        """RENTAL AGREEMENT {kref1.ticket}
Renter: {kname1.caps_last_first}   DL {klic1.fl_dl} (FL)   DOB {kdob1.us}
Additional driver: {kname2.caps_last_first}   DL {klic2.il_dl} (IL)
Vehicle: [[2023 compact SUV]]  plate {kveh1.plate}  VIN {kveh2.vin}
Out {kdate1.ts} / due {kdate2.ts}
Deposit card: {kcard1}
Home address: {kaddr1.en_us}   Mobile: {ktel1.us}
""",
        locales=AMERICAN,
    ),
    Template(
        "k-vet-1",
        "veterinary record",
        """Small animal clinic — patient card
Pet: "Biscuit" (canine, [[Labrador retriever]]), microchip {kdev1.chip}
Owner: {kname1.last_first}, {kaddr1}
Phone: {ktel1}   Alt. contact: {kname2.first_last} {ktel2}
Visit {kdate1.eu}: [[otitis externa]], [[Surolan drops]] BID 7d.
Vet: {kname3.initial_last}, RCVS {klic1.gmc}
""",
    ),
    Template(
        "k-eye-1",
        "optometry prescription",
        """SPECTACLE PRESCRIPTION
Name: {kname1.full}          D.O.B. {kdob1.eu}
Address: {kaddr1}
        Sph     Cyl     Axis   Add
R     [[-2.25  -0.75   180    +2.00]]
L     [[-2.00  -0.50   170    +2.00]]
Tested {kdate1.eu} by {kname2.first_last}, GOC reg. {klic1.cert}
""",
    ),
    Template(
        "k-blood-1",
        "blood bank record",
        """TRANSFUSION LAB — crossmatch
Recipient: {kname1.caps_last_first}   Hosp no. {kmrn1.mrn}   DOB {kdob1.eu}
Wristband checked by {kname2.initials_only} and {kname3.initials_only}
Group [[O RhD negative]]; antibody screen [[negative]]
Units issued: [[2 units red cells, irradiated]]
Sample taken {kdate1.ts}; valid 72 h.
""",
    ),
    Template(
        "k-donor-1",
        "organ donor registration",
        """Organ donor register — registration confirmation
{kname1.title_last_first_mid}
{kaddr1.lines}
Your registration number: {kref1.policy}
Date of birth: {kdob1.long}
Decision: donate [[all organs and tissue]]
Next of kin informed: {kname2.full} ({ktel1})
""",
    ),
    Template(
        "k-toll-1",
        "toll and parking record",
        """Penalty charge notice
Vehicle registration: {kveh1.plate}
Registered keeper: {kname1.full}, {kaddr1}
Contravention: [[parked in a restricted street during prescribed hours]]
Observed: {kdate1.ts} at {kgeo1}
Civil enforcement officer: {klic1.cert}
Pay online quoting {kref1.case}.
""",
    ),
    Template(
        "k-funeral-1",
        "funeral arrangement record",
        """Funeral director's arrangement sheet — confidential
Deceased: {kname1.full} (née {kname2.last}), {kage1.en} years
Died {kdate1.long} at {kaddr1}
Arranged by: {kname3.full} (son), {ktel1}, {kmail1.p3}
Service {kdate2.long}; cremation certificate signed by Dr {kname4.last} (GMC {klic1.gmc})
""",
    ),
    Template(
        "k-hotel-1",
        "hotel registration card",
        """Registration card — guest
Apellidos / Surname: {kname1.caps_last}
Nombre / Name: {kname1.first}
Documento / ID: {knat1} ({knat1.label})
Fecha de nacimiento / DOB: {kdob1.es}
Llegada {kdate1.es} · Salida {kdate2.es}
Firma: {kname1.first_last_ocr}
""",
        locales=SPANISH,
    ),
    Template(
        "k-ship-1",
        "shipping label",
        """SHIP TO:
{kname1.caps}
{kaddr1.lines}
TEL {ktel1}
[[TEMPERATURE-SENSITIVE MEDICATION — keep 2-8 °C]]
Order {kref1.ticket} / Rx {kmrn1.rx}
""",
    ),
    Template(
        "k-dial-1",
        "dialysis run record",
        """HAEMODIALYSIS RUN SHEET   Unit: satellite 2   Chair 7
Patient: {kname1.last_first}   ID {kmrn1.pid}   Dry weight [[71.5 kg]]
Machine serial {kdev1.cpap}   Dialyser [[FX80]]
Access: [[L radiocephalic AVF]] — needled by {kname2.first}
Pre BP 162/90 · post 138/80 · UF [[2.4 L]]
Transport home booked: {kaddr1}, driver to call {ktel1}
""",
    ),
    Template(
        "k-band-1",
        "patient wristband",
        """[wristband print file]
{kname1.caps_last}, {kname1.caps_first}
DOB: {kdob1.us}   Sex: M   MRN: {kmrn1.mrn}
FIN: {kmrn2.enc}   Adm: {kdate1.us}
ALLERGY: [[PENICILLIN]]   [[FALL RISK]]
""",
        locales=AMERICAN,
    ),
    Template(
        "k-emerg-1",
        "clinical note",
        """Patient questionnaire (free-text answers, typed by the patient)
Q: Who should we call in an emergency?
A: my emergency contact is {kname1.first_last}, my brother-in-law, {ktel1}
Q: Who is your GP?
A: i see dr {kname2.lower_last} at the practice on {kaddr1}
Q: Anything else we should know?
A: {kname3.first} (my carer) has power of attorney, her email is {kmail1.p3}
""",
    ),
    Template(
        "k-mil-1",
        "clinical note",
        """TRICARE referral — active duty family member
Sponsor: {kname1.caps_last_first}   DoD ID: {kref1.emp}
Patient: {kname2.first_last} (spouse)   DOB {kdob1.us}
Mailing address:
{kaddr1.mil}
Phone (DSN/commercial): {ktel1.us}
Reason: [[gestational diabetes]] — MFM consult.
Referring: {kname3.last_first}, MD
""",
        locales=AMERICAN,
    ),
    Template(
        "k-mil-2",
        "insurance claim",
        """Household goods damage claim
Claimant: {kname1.full}   Claim {kref1.claim}
Delivery address: {kaddr1.mil}
Prior residence: {kaddr2.en_us}
Contact: {ktel1.us}, {kmail1}
Items: [[dresser (cracked top)]], [[television]]
""",
        locales=AMERICAN,
    ),
    Template(
        "k-anon-1",
        "research data extract",
        """Research extract — pseudonymised (check before release)
study_id | initials | yob | postcode | dx
{kref1.trial} | {kname1.initials_nodot_last} | 1952 | {kzip1} | [[C50.9]]
{kref2.trial} | {kname2.initials_nodot_last} | 1948 | {kzip2} | [[C18.7]]
Note from data manager {kname3.first_last}: row 2 still has a surname in "initials".
""",
    ),
    Template(
        "k-obit-1",
        "bereavement leave request",
        """Subject: bereavement leave — {kname1.first_last}

{kname1.first}'s grandmother, {kname2.full}, passed away on {kdate1.long} at the age of
{kage1.en}. The funeral is on {kdate2.long} in {kcity1}. {kname1.first} will be off until
{kdate3.long}; cover for the clinic list is {kname3.first_last}.

{kname4.full}
Practice Manager
""",
    ),
    Template(
        "k-wa-1",
        "chat transcript",
        """[{kdate1.iso} 21:14] {kname1.first}: ok so the doctor is {kname2.first_last}
[{kdate1.iso} 21:14] {kname1.first}: hospital no is {kmrn1.pid}
[{kdate1.iso} 21:15] ~{kname3.first_initial}: mum's medicare card? {khealth1.au}
[{kdate1.iso} 21:15] {kname1.first}: yep thats it. her address on file is still {kaddr1.en_au}
[{kdate1.iso} 21:16] ~{kname3.first_initial}: grr they have the old mobile {ktel1.au}
""",
        locales=(("en_AU", 1),),
    ),
    Template(
        "k-it-1",
        "support ticket",
        """Service desk — lost device report
Reported by {kname1.first_last} ({kmail1}) at {kdate1.ts}
Device: laptop {kdev1.laptop}, phone {kdev2.phone} (IMEI {kdev3.imei}), SIM ICCID {kdev4.iccid}
Last check-in: {kip1} ({kcity1}); Wi-Fi MAC {kmac1}
Action: remote wipe issued by {kname2.handle_under}
""",
    ),
    Template(
        "k-wage-1",
        "wage garnishment order",
        """INCOME WITHHOLDING FOR SUPPORT
Employee/Obligor: {kname1.caps_last_first}   SSN: {knat1.us}
Custodial party: {kname2.full}
Child(ren): {kname3.first_last}, DOB {kdob1.us}; {kname4.first_last}, DOB {kdob2.us}
Case identifier: {kref1.court}
Remit to SDU referencing {kref2.case}; employer contact {ktel1.us}
""",
        locales=AMERICAN,
        id_countries=("US",),
    ),
)

# --- Country forms with their own numbers, and narrow tables ------------------------------

COUNTRY: tuple[Template, ...] = (
    Template(
        "k-board-1",
        "ward whiteboard export",
        """Bed board (export, column width 14)
Bed | Patient         | Cons.        | EDD
----+-----------------+--------------+-----------
 4  | {kname1.last_comma_wrap_first} | {kname2.last_initial} | {kdate1.eu}
 5  | {kname3.last_comma_wrap_first} | {kname4.last_initial} | {kdate2.eu}
 6  | {kname5.last_comma_wrap_first} | {kname2.last_initial} | [[TBC]]
""",
    ),
    Template(
        "k-schengen-1",
        "visa application form",
        """Application for Schengen Visa (keyed from the paper form)
1. Surname(s) (family name(s)): {kname1.caps_last}
2. Surname(s) at birth (former family name(s)): {kname2.caps_last}
3. First name(s) (given name(s)): {kname1.caps_first}
4. Date of birth (day-month-year): {kdob1.eu}
5. Place of birth: {kcity1}
13. Number of travel document: {kpass1}
17. Applicant's home address and e-mail address: {kaddr1} / {kmail1}
    Telephone number(s): {ktel1}
31. Inviting person: {kname3.full}, {kaddr2}, {ktel2}
""",
    ),
    Template(
        "k-nl-1",
        "referral letter",
        """Verwijsbrief huisarts
Betreft: dhr./mevr. {kname1.last_first}, geboren {kdob1.nl}
BSN {knat1.nl}, {kaddr1.nl_nl}
Geachte collega {kname2.last},
Graag uw beoordeling i.v.m. [[progressieve heupklachten]], [[coxartrose]] op de foto.
Met collegiale groet, {kname3.initials} {kname3.last}, huisarts, tel. {ktel1.nl}
""",
        locales=(("nl_NL", 1),),
        id_countries=("NL",),
    ),
    Template(
        "k-pl-2",
        "sick leave certificate",
        """Zaświadczenie lekarskie e-ZLA (wydruk)
Ubezpieczony: {kname1.first_last}
PESEL: {knat1.pl}
Adres pobytu w okresie niezdolności: {kaddr1.pl_pl}
Okres niezdolności do pracy: od {kdate1.pl} do {kdate2.pl}
Kod choroby: [[J06.9]]   Wskazania lekarskie: [[chory powinien leżeć]]
Lekarz: {kname2.first_last}
""",
        locales=(("pl_PL", 1),),
        id_countries=("PL",),
    ),
    Template(
        "k-gr-1",
        "referral letter",
        """Παραπεμπτικό (transliterated copy for the insurer)
Asthenis: {kname1.last_first}   AMKA {knat1.gr}
Imerominia gennisis: {kdob1.eu}
Diefthynsi: {kaddr1}
Exetasi: [[triplex karotidon]]
Iatros: {kname2.first_last}, tel. {ktel1.gr}
""",
        locales=(("el_GR", 1),),
        id_countries=("GR",),
    ),
    Template(
        "k-ro-1",
        "KYC review",
        """Formular de deschidere cont — persoană fizică
Nume și prenume: {kname1.caps_last} {kname1.first}
CNP: {knat1.ro}
Domiciliu: {kaddr1.ro_ro}
Telefon: {ktel1.ro}   E-mail: {kmail1}
IBAN alocat: {kiban1.ro_ro}
""",
        locales=(("ro_RO", 1),),
        id_countries=("RO",),
    ),
    Template(
        "k-ie-1",
        "social welfare claim",
        """Illness Benefit claim — intake
Name: {kname1.full}   PPSN: {knat1.ie}
Date of birth: {kdob1.eu}   Eircode: {kzip1}
Address: {kaddr1.en_ie}
Employer: contact {kname2.full}, {ktel1.ie}
Medical cert from Dr {kname3.last} dated {kdate1.eu}: [[lumbar strain]]
Payment to IBAN {kiban1.en_ie}
""",
        locales=(("en_IE", 2), ("ga_IE", 1)),
        id_countries=("IE",),
    ),
    Template(
        "k-il-1",
        "clinical note",
        """Clinic visit (English summary for travel insurer)
Patient: {kname1.first_last}   Teudat Zehut: {knat1.il}
DOB {kdob1.eu}; phone {ktel1.il}
Seen {kdate1.eu} for [[acute gastroenteritis]]; [[oral rehydration]], [[ondansetron 4 mg]].
Physician: {kname2.first_last}, licence {klic1.md}
""",
        locales=(("he_IL", 1), ("en_US", 1)),
        id_countries=("IL",),
    ),
    Template(
        "k-cz-1",
        "discharge summary",
        """Propouštěcí zpráva
Pacient: {kname1.caps_last} {kname1.first}, r. č. {knat1.cz}
Bydliště: {kaddr1.cs_cz}
Hospitalizace {kdate1.eu} – {kdate2.eu}
Dg.: [[cholecystolithiáza]], st.p. [[LCHE]]
Ošetřující lékař: {kname2.first_last}; kontakt na rodinu: {kname3.full}, {ktel1.cz}
""",
        locales=(("cs_CZ", 1),),
        id_countries=("CZ",),
    ),
    Template(
        "k-dk-1",
        "registration form",
        """Indmeldelse — tandlæge
Navn: {kname1.first_last}
CPR-nr.: {knat1.dk}
Adresse: {kaddr1.da_dk}
Mobil: {ktel1.dk}
Forælder/værge: {kname2.first_last}
""",
        locales=(("da_DK", 1),),
        id_countries=("DK",),
    ),
    Template(
        "k-ch-1",
        "insurance claim",
        """Rückforderungsbeleg Krankenkasse
Versicherte Person: {kname1.last_first}, {kdob1.de}
AHV-Nr.: {knat1.ch}
Adresse: {kaddr1.de_ch}
Leistungserbringer: Dr. {kname2.last}, ZSR-Nr. {klic1.md}
Behandlung vom {kdate1.de}: [[Konsultation, erste 5 Min.]] TARMED [[00.0010]]
""",
        locales=(("de_CH", 1),),
        id_countries=("CH",),
    ),
    Template(
        "k-pk-1",
        "KYC review",
        """Account opening — individual (branch)
Name: {kname1.full}   Father/Husband name: {kname2.full}
CNIC: {knat1.pk}
Date of birth: {kdob1.eu}
Mailing address: {kaddr1}
Mobile: {ktel1.pk}
Nominee: {kname3.full}, CNIC {knat2.pk}
""",
        locales=(("en_PK", 1),),
        id_countries=("PK",),
    ),
    Template(
        "k-my-1",
        "insurance claim",
        """Borang tuntutan / Claim form
Nama / Name: {kname1.caps_full}
No. MyKad: {knat1.my}
Alamat: {kaddr1}
Tel: {ktel1.my}
Hospital admission {kdate1.eu}; diagnosis [[dengue fever]]
""",
        locales=(("en_MS", 1), ("id_ID", 1)),
        id_countries=("MY",),
    ),
    Template(
        "k-cl-1",
        "clinical note",
        """Ficha de atención — urgencia
Paciente: {kname1.full}   RUT: {knat1.cl}
Previsión: [[FONASA tramo B]]
Domicilio: {kaddr1.es_cl}   Fono: {ktel1.cl}
Acompañante: {kname2.first_last}
Dg: [[neumonía adquirida en la comunidad]]
""",
        locales=(("es_CL", 1),),
        id_countries=("CL",),
    ),
)

TEMPLATES: tuple[Template, ...] = (*CARE, *MONEY, *ADMIN, *EXTRA, *COUNTRY)

SPLIT = Split(
    name="heldout_k",
    templates=TEMPLATES,
    seeds=range(84260001, 84260401),
    locales=LOCALES,
    # Every country of the world-names snapshot, Wales included.
    name_countries=tuple(sorted(world_names())),
    id_countries=ID_COUNTRIES,
    shapes=SHAPES,
    date_formats=("%d~%m~%Y",),  # never drawn: K's dates are k_forms' own
)
