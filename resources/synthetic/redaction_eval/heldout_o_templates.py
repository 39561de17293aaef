"""Split O: held out in session 30, run once there and reported; DEV-side since session 31.

Session 31 reads O's leaks by value and tunes on them (as on D to N), so O no longer
measures generalisation: held-out P (heldout_p_templates.py), written before that tuning by
an author barred from O, does. What follows is how O was written: in session 29, by an
author barred from the redactor, its results and every other split's templates and forms.

Documents of regulated work as they are really laid out: clinical, pharmacy, laboratory,
emergency and trial records; bank, payments, AML and lending files; HR, payroll,
immigration, court, police, school and social-care records; and the exports, messages,
scans and forms they travel in. Values come from o_forms.py (O's own slots, all "o...").
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.o_forms import ID_COUNTRIES, NAME_COUNTRIES

EU = (("de_DE", 3), ("fr_FR", 3), ("nl_NL", 2), ("pl_PL", 2), ("it_IT", 2), ("es_ES", 2))
ASIA = (("ja_JP", 2), ("zh_CN", 2), ("ko_KR", 2), ("vi_VN", 2), ("th_TH", 1), ("id_ID", 2))
ASIA += (("en_PH", 1), ("hi_IN", 1), ("bn_BD", 1), ("ne_NP", 1), ("zh_TW", 1))
AFRICA = (("yo_NG", 2), ("ha_NG", 1), ("ig_NG", 1), ("sw", 2), ("tw_GH", 1), ("zu_ZA", 1))
AFRICA += (("am_ET", 1), ("en_KE", 1), ("fr_DZ", 1), ("ar_EG", 1))
MIDEAST = (("fa_IR", 1), ("he_IL", 1), ("ar_SA", 1), ("ar_AE", 1), ("tr_TR", 2), ("az_AZ", 1))
EAST = (("ru_RU", 2), ("uk_UA", 2), ("ka_GE", 1), ("hy_AM", 1), ("bg_BG", 1), ("mk_MK", 1))
EAST += (("uz_UZ", 1), ("lt_LT", 1), ("lv_LV", 1), ("et_EE", 1), ("ro_RO", 1), ("hu_HU", 1))
AMERICAS = (("en_US", 3), ("es_MX", 2), ("pt_BR", 2), ("es_CO", 1), ("es_AR", 1))
AMERICAS += (("es_CL", 1), ("fr_CA", 1), ("en_CA", 1), ("es_VE", 1))
ISLES = (("en_GB", 3), ("en_IE", 1), ("ga_IE", 1), ("en_AU", 1), ("en_NZ", 1), ("mt_MT", 1))
NORDIC = (("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1), ("is_IS", 1))
ALL = EU + ASIA + AFRICA + MIDEAST + EAST + AMERICAS + ISLES + NORDIC + (("en_IN", 2),)
ALL += (("pt_PT", 1), ("cs_CZ", 1), ("sk_SK", 1), ("hr_HR", 1), ("sl_SI", 1), ("el_GR", 1))
ALL += (("de_AT", 1), ("de_CH", 1), ("fr_CH", 1), ("nl_BE", 1), ("fr_BE", 1), ("sq_AL", 1))

TEMPLATES: list[Template] = []


def t(doc_type: str, text: str, locales=(), ids=()) -> None:  # type: ignore[no-untyped-def]
    """One template, numbered in the order written."""
    n = len(TEMPLATES) + 1
    TEMPLATES.append(
        Template(f"o-{n:03d}", doc_type, text.strip("\n") + "\n", tuple(locales), tuple(ids))
    )


# --- Clinical ---------------------------------------------------------------------------

t(
    "clinical note",
    """
PROGRESS NOTE — Ward 7B
Pt: {oper1.caps_last_first}   DOB {odob1.us}   MRN {omrn1.mrn}
S: Seen with daughter ({oper2.first}), who reports {oper1.first} has been more confused since
the weekend. Denies [[chest pain]]. Still on [[apixaban 5 mg BD]].
O: Afebrile. Lives alone at {oaddr1.usaddr}.
A/P: [[delirium screen (4AT)]] repeated; call {oper2.first} on {otel1} before discharge planning.
— {oper3.initial_last}, FY2
""",
    locales=(("en_US", 3), ("en_CA", 1)),
)

t(
    "clinical note",
    """
Hausärztliche Dokumentation, {odate1.eu}
Patientin: {oper1.last_first}, geb. {odob1.eu}
Anschrift: {oaddr1}
Versicherten-Nr.: {oplan1.kvnr}
Befund: [[Blutdruck 150/95 mmHg]], Beinödeme bds. Therapie: [[Ramipril 5 mg]] fortgesetzt.
Rückruf erbeten unter {otel1.paren}. Gez. Dr. med. {oper2.last}
""",
    locales=(("de_DE", 3), ("de_AT", 1)),
)

t(
    "clinical note",
    """
Consultation du {odate1.dmy} — Dr {oper2.caps_last}
Mme {oper1.caps_last} {oper1.first}, née le {odob1.dmy}, {onat1.label} {onat1.fr}
Motif : [[lombalgie chronique]]. Traitement : [[paracétamol 1 g]] si douleur.
Adresse : {oaddr1.lines}
Tél. portable : {otel1}
""",
    locales=(("fr_FR", 1),),
)

t(
    "clinical note",
    """
OPD slip | Reg. no {omrn1.uhid} | Date {odate1.dmy}
Name: {oper1.caps}   S/O {oper2.caps}   Age/Sex: 34/M
Address: {oaddr1}
c/o [[fever with chills x 3 days]]; [[dengue NS1]] sent.
Aadhaar: {onat1.in}   Mob: {otel1.intl}
Consultant: Dr. {oper3.dotted}
""",
    locales=(("en_IN", 3), ("hi_IN", 1)),
)

t(
    "clinical note",
    """
初診カルテ  {odate1.cjk}
患者氏名: {oper1.native}（{oper1.r_caps_last_space_first}）
生年月日: {odob1.cjk}
住所: {oaddr1}
電話: {otel1}
主訴: [[心窩部痛]]。[[ピロリ菌検査]]予定。
担当医: {oper2.native}
""",
    locales=(("ja_JP", 1),),
)

t(
    "clinical note",
    """
Telehealth visit — audio only
Verified identity: {oper1.full}, DOB {odob1.long}, last four of phone {otel1}.
Patient calling from {otown1}; will collect [[amoxicillin 500 mg]] at the pharmacy near
{oaddr1.street}. Next video slot with NP {oper2.first_last} — see chart.
""",
    locales=(("en_US", 2), ("en_AU", 1), ("en_NZ", 1)),
)

t(
    "discharge summary",
    """
DISCHARGE SUMMARY
{oper1.last_first_mi} | Hosp# {omrn1.fall} | Admitted {odate1.brit} | Discharged {odate2.brit}
Discharged to: daughter's home, {oaddr1.lines}
Diagnosis: [[community-acquired pneumonia]], [[CURB-65 score 2]].
Follow-up with GP Dr {oper2.last} ({oplan1.member} on file). Age {oage1}.
Dictated by {oper3.first_last}, not yet proofread.
""",
    locales=(("en_GB", 2), ("en_IE", 1), ("en_AU", 1)),
)

t(
    "discharge summary",
    """
RESUMO DE ALTA HOSPITALAR
Paciente: {oper1.caps_full}
Prontuário: {omrn1.chart}     CPF: {onat1.br}
Nascimento: {odob1.pt}
Internação: {odate1.dmy}  Alta: {odate2.dmy}
Diagnóstico principal (CID): [[insuficiência cardíaca descompensada]]
Endereço: {oaddr1}
Responsável: {oper2.full} — tel. {otel1}
""",
    locales=(("pt_BR", 1),),
)

t(
    "discharge summary",
    """
Epikriisi / Discharge letter
Potilas: {oper1.last_space_first}, hetu {onat1.fi}
Osasto 4, tulo {odate1.eu}, lähtö {odate2.eu}
[[Eteisvärinä]], [[varfariini]] aloitettu. INR-seuranta terveysasemalla.
Kotiosoite: {oaddr1}
Omainen: {oper2.first_last}, {otel1.intl}
""",
    locales=(("fi_FI", 1),),
)

t(
    "discharge summary",
    """
Discharge — Transitional Care Unit
Name ............ {oper1.caps_last_first_all}
Medicare (AU) ... {oplan1.medicare_au}
URN ............. {omrn1.urn}
Age ............. {oage1} (DOB {odob1.dmy})
Discharge destination: RACF, {oaddr1}
Meds: [[metformin XR 1 g]], [[furosemide 40 mg mane]]
Nurse unit manager: {oper2.initials}
""",
    locales=(("en_AU", 2), ("en_NZ", 1)),
)

t(
    "radiology request",
    """
RADIOLOGY REQUEST — CT HEAD (non-contrast)
Patient: {oper1.last_first}  Sex: F  DOB: {odob1.dmon}
Accession: {omrn1.acc}   Ordering: Dr. {oper2.first_caps_last}, NPI {olic1.npi}
Clinical: fall at home ({oaddr1.street}), on [[rivaroxaban]]; [[GCS 14]].
Pacemaker: yes — model on card, serial {odev1.pacer}. MRI unsafe.
Call report to {otel1.ext}
""",
    locales=(("en_US", 1),),
)

t(
    "radiology request",
    """
Anforderung Radiologie – MRT Knie rechts
Name, Vorname: {oper1.last_first}
Geb.-Datum: {odob1.eu}     Fallnr.: {omrn1.fall}
Überweiser: {oper2.full}, LANR {olic1.lanr}
Fragestellung: [[Meniskusläsion]]? [[Kreuzbandruptur]]?
Implantat: Cochlea-Implantat, Seriennr. {odev1.aid} — Rücksprache Radiologe!
""",
    locales=(("de_DE", 2), ("de_CH", 1)),
)

t(
    "radiology request",
    """
US ABDOMEN REQUEST
Pt {oper1.caret}  MRN {omrn1.nhi}  DOB {odob1.hl7}
Referrer: {oper2.initials_nodot_last} (MCNZ {olic1.gmc})
Hx: [[RUQ pain]], [[raised ALP]]. Please book at {otown1} site.
Pt prefers texts: {otel1.e164}
""",
    locales=(("en_NZ", 1), ("en_AU", 1)),
)

t(
    "pharmacy dispensing record",
    """
DISPENSING LABEL / RECORD
Rx# {oref1.rx}    Filled {odate1.us_short}
{oper1.caps_last_first}
{oaddr1.usaddr}
[[Sertraline 50 mg tablets]] — take one daily. Qty 30. Refills 2.
Prescriber: {oper2.last}, {oper2.first} DEA {olic1.dl_us}
Ins BIN/PCN on file, member {oplan1.mbr}
""",
    locales=(("en_US", 1),),
)

t(
    "pharmacy dispensing record",
    """
Receta electrónica – dispensación
Farmacia {oper2.last} · {oaddr2.street}, {otown1}
Paciente: {oper1.first} {oper1.last}   DNI {onat1.es}
Fecha nacimiento: {odob1.dmy}
Medicamento: [[omeprazol 20 mg cápsulas]]  Envases: 2
Médico prescriptor: {oper3.initial_last}, nº colegiado {olic1.cedula}
""",
    locales=(("es_ES", 2), ("es_MX", 1)),
)

t(
    "lab report",
    """
LABORATORY REPORT                          Specimen {oref1.lab}
Patient ... {oper1.ocr_caps}   (scan)     DOB ... {odob1.ocr}
Ward ...... 3N    Collected {odate1.mil}
[[HbA1c 8.4 %]]  [[eGFR 52 mL/min/1.73m2]]  [[LDL 3.1 mmol/L]]
Copy to: {oper2.first_last}, {ofax1}
Validated by {oper3.initial_last} BMS
""",
    locales=(("en_GB", 2), ("en_IE", 1), ("en_KE", 1)),
)

t(
    "lab report",
    """
Laboratorium Diagnostyczne — wynik badania
Pacjent: {oper1.last_space_first}   PESEL: {onat1.pl}
Data pobrania: {odate1.eu}
[[Morfologia krwi]]: bez odchyleń. [[CRP 4 mg/l]].
Zleceniodawca: lek. {oper2.first_last}, NPWZ {olic1.cedula}
Adres do korespondencji: {oaddr1}
""",
    locales=(("pl_PL", 1),),
)

t(
    "pathology report",
    """
SURGICAL PATHOLOGY — {oref1.path}
Name: {oper1.last_first}        DOB: {odob1.us}    MRN: {omrn1.mrn}
Received: {odate1.us}. Specimen: [[sigmoid colon, resection]].
Final diagnosis: [[adenocarcinoma, moderately differentiated]], [[pT3 N1a]].
Surgeon: {oper2.first_last}, M.D.   Pathologist: {oper3.first_mid_caps_last}
""",
    locales=(("en_US", 2), ("en_CA", 1)),
)

t(
    "dental chart",
    """
DENTAL RECORD | Recall due {odate1.dmon}
Patient: {oper1.first} "{oper1.lower_first}" {oper1.last}   DOB {odob1.kid_dmy}
Guardian: {oper2.full}  (mobile {otel1})
Chart: [[18 MOD composite]], [[36 RCT]], [[47 extraction]]. [[BPE 2/1/2]].
Dentist: {oper3.initials_caps_last} — reg. {olic1.gmc}
""",
    locales=(("en_GB", 2), ("en_AU", 1), ("en_IE", 1)),
)

t(
    "mental-health intake",
    """
INTAKE — COMMUNITY MENTAL HEALTH TEAM
Client: {oper1.first_last} (prefers "{oper1.lower_first}")   Age {oage1}   DOB {odob1.long}
Referred by: GP {oper2.last}
Lives with: partner {oper3.full} at {oaddr1}
Presenting: [[low mood]], [[PHQ-9 score 19]], no [[active suicidal ideation]].
Safety plan shared with {oper3.first}; crisis line saved on {otel1}.
Key worker: {oper4.initial_last}
""",
    locales=(("en_GB", 1), ("en_US", 1), ("en_CA", 1)),
)

t(
    "mental-health intake",
    """
Aufnahmebogen – Psychiatrische Institutsambulanz (PIA)
{oper1.caps_last}, {oper1.first} — {oage1.de} Jahre alt (!), geb. {odob1.de}
Betreuer nach BtG: {oper2.full}, {oaddr2}
Diagnose: [[F32.2 schwere depressive Episode]]
Vorbehandlung in {otown1}. Angehörige: Tochter {oper3.first}, Tel. {otel1}
""",
    locales=(("de_DE", 1), ("de_AT", 1)),
)

t(
    "ambulance run sheet",
    """
PATIENT CARE REPORT — Unit M14   Run # {oref1.run}
Dispatch {odate1.iso} | Location: {ogeo1.grid} ({oaddr1.rural})
Pt: {oper1.caps}  approx. {oage1} y/o  DOB unk, per neighbor {oper2.first} {oper2.caps_last}
C/C: [[fall, hip pain]]. [[GCS 15]], [[BP 168/90]], [[SpO2 94% RA]]
Tx: [[IV access 18G]], [[fentanyl 50 mcg IN]]. Transported to {otown1} General.
Crew: {oper3.last_initial} / {oper4.last_initial}
""",
    locales=(("en_US", 2), ("en_CA", 1)),
)

t(
    "ambulance run sheet",
    """
SAMU — fiche d'intervention
Appel reçu {odate1.dmy}, lieu : {ogeo1.dm}
Victime : {oper1.caps_last} {oper1.first}, {oage1} ans
Témoin : {oper2.first_last}, joignable au {otel1}
Bilan : [[douleur thoracique]], [[ECG : sus-décalage ST]]
Véhicule : {oveh1}   Régulateur : Dr {oper3.last}
""",
    locales=(("fr_FR", 2), ("fr_BE", 1), ("fr_CH", 1)),
)

t(
    "clinical-trial CRF",
    """
CASE REPORT FORM — Visit 3 (Week 12)
Protocol ABX-221   Site 014   Subject ID {oref1.crf}
Initials: {oper1.last_initials}   Date of visit: {odate1.mil}   Year of birth: on file
[[ECOG 1]]  [[ALT 2x ULN]]  Concomitant: [[atorvastatin 20 mg]]
Informed consent re-signed by {oper1.first_last} on {odate2.mil}; witness {oper2.first_last}
Investigator: {oper3.sig}
""",
    locales=(("en_GB", 1), ("en_US", 1), ("de_DE", 1), ("pl_PL", 1)),
)

t(
    "adverse-event report",
    """
Yellow Card — suspected adverse drug reaction (paper copy)
Reported by {oper2.full} (community pharmacist) — {oaddr2.street}, {otown1}
Patient initials: {oper1.initials_nodot_last}   Age: {oage1}   Sex: M
Suspect drug: [[clozapine 200 mg]], batch shown on pack
Reaction: [[neutropenia]] onset {odate1.brit}; outcome [[recovering]]
Patient's NHS no.: {onat1.gb}   Contact: {omail1}
""",
    locales=(("en_GB", 2), ("en_IE", 1)),
)

t(
    "adverse-event report",
    """
{"resourceType": "AdverseEvent",
 "subject": {"display": "{oper1.full}", "identifier": "{omrn1.urn}"},
 "date": "{odate1.fhir}",
 "event": {"text": "[[anaphylaxis]] after [[amoxicillin]]"},
 "recorder": {"display": "{oper2.last_first}"},
 "location": {"display": "{oaddr1}"}}
""",
    locales=(("en_US", 1), ("en_AU", 1), ("nl_NL", 1), ("sv_SE", 1)),
)

t(
    "HL7 message",
    """
MSH|^~\\&|LAB|HOSP|EHR|HOSP|{odate1.hl7}||ORU^R01|MSG01|P|2.5
PID|1||{omrn1.mrn}^^^HOSP^MR||{oper1.caret}||{odob1.hl7}|F|||{oaddr1.street}^^{otown1}||{otel1.e164}
PV1|1|O|CLINIC^^^^^A|||||{olic1.npi}^{oper2.caret}
OBX|1|NM|[[2345-7^Glucose^LN]]||7.9|mmol/L
""",
    locales=(("en_US", 2), ("en_CA", 1), ("en_AU", 1)),
)

t(
    "FHIR fragment",
    """
{"resourceType":"Patient","meta":{"profile":["nl-core-Patient"]},
 "identifier":[{"system":"[[urn:oid:2.16.840.1.113883.2.4.6.3]]","value":"{onat1.nl}"}],
 "name":[{"use":"official","family":"{oper1.last}","given":["{oper1.first}"]}],
 "telecom":[{"system":"phone","use":"mobile","value":"{otel1.e164}"},
            {"system":"email","use":"home","value":"{omail1}"}],
 "birthDate":"{odob1.iso}","address":[{"use":"home","text":"{oaddr1}"}]}
""",
    locales=(("nl_NL", 2), ("nl_BE", 1)),
)

t(
    "vaccination certificate",
    """
INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS (IHR 2005), holder copy
This is to certify that {oper1.caps_full}
date of birth {odob1.brit}, sex F, nationality ___, national identification document, if
applicable {opass1.in}
whose signature follows ...{oper1.sig}...
has on the date indicated been vaccinated or received prophylaxis against
[[yellow fever]] (single dose, life-long).
Clinician: {oper2.first_last}   Official stamp: centre at {otown1}
""",
    locales=(("en_IN", 1), ("en_KE", 1), ("yo_NG", 1), ("sw", 1), ("en_GB", 1)),
)

t(
    "nursing handover",
    """
SBAR handover 19:00
S — Bed 12, {oper1.first} {oper1.caps_last} ({oage1}), [[post-op day 2 hemiarthroplasty]]
B — Lives at {oaddr1}; NOK son {oper2.first} ({otel1})
A — [[NEWS2 = 3]], pain controlled, [[catheter in situ]]
R — chase [[Hb]] in AM. Family asked about {oper1.first}'s glasses (left in ambulance {oveh1}).
{oper3.first} → {oper4.first}
""",
    locales=(("en_GB", 2), ("en_IE", 1), ("en_NZ", 1)),
)

t(
    "referral letter",
    """
Dear Dr {oper2.last},

Re: {oper1.first_last}, d.o.b. {odob1.dmy}, {oaddr1}
Hospital no. {omrn1.kt}

Thank you for seeing this gentleman with [[progressive dysphagia]] and [[weight loss of 6 kg]].
He is happy to be contacted on {otel1} or by e-mail at {omail1}.

Yours sincerely,
{oper3.initials}
GMC {olic1.gmc}
""",
    locales=(("en_GB", 2), ("en_IE", 1), ("ga_IE", 1)),
)

t(
    "sick note",
    """
Arbeitsunfähigkeitsbescheinigung (Ausfertigung für den Arbeitgeber)
Name, Vorname des Versicherten: {oper1.last}, {oper1.first}   geb. am {odob1.eu}
Versicherten-Nr. {oplan1.kvnr}
arbeitsunfähig seit {odate1.eu}, voraussichtlich bis einschließlich {odate2.eu}
[[Erstbescheinigung]]
Vertragsarztstempel: {oper2.full}, {oaddr2}, LANR {olic1.lanr}
""",
    locales=(("de_DE", 1),),
)

t(
    "dialysis run sheet",
    """
HAEMODIALYSIS RUN SHEET | {odate1.dmy} | Chair 6
{oper1.cell}
Unit no {omrn1.ipno}
Machine {odev1.tag} | [[dry weight 71.5 kg]] | [[UF goal 2.4 L]] | [[heparin 1000 IU bolus]]
Transport: hospital car {oveh1}, driver {oper2.first}
Signed {oper3.initial_last} / checked {oper4.initial_last}
""",
    locales=(("en_GB", 1), ("en_IN", 1), ("en_AU", 1)),
)

t(
    "genetic test report",
    """
GENOMIC TESTING REPORT
Proband: {oper1.last_first}   DOB {odob1.iso}   Lab ID {oref1.lab}
Mother: {oper2.full}   Father: {oper3.full} (sample via {otown1} clinic)
Result: [[BRCA2 c.5946delT (p.Ser1982fs)]], [[pathogenic]]
Genetic counsellor: {oper4.first_last}, {otel1.intl}, {omail1}
""",
    locales=(("he_IL", 1), ("en_US", 1), ("en_GB", 1)),
)
# --- Insurance, banking, payments -----------------------------------------------------

t(
    "insurance claim",
    """
CLAIM FORM — PART B (to be completed by the treating provider)
Claim no.: {oref1.claim}          Policy/Member: {oplan1.member}
Insured: {oper1.caps_last_first}   Relationship of patient to insured: SELF
Patient address: {oaddr1.usaddr}
Date(s) of service: {odate1.us} – {odate2.us}
CPT [[99214]], ICD-10 [[M54.5 low back pain]]
Rendering provider: {oper2.last_first}, NPI {olic1.npi}   Tax ID on file
Pay to: acct {oacct1.us}
""",
    locales=(("en_US", 1),),
)

t(
    "insurance claim",
    """
Schadenanzeige zur Kfz-Haftpflichtversicherung
Versicherungsnehmer: {oper1.full}, {oaddr1}
Vertrags-Nr.: {oplan1.polis}    Schaden-Nr.: {oref1.claim}
Schadentag: {odate1.eu}, Ort: {otown1}
Amtl. Kennzeichen: {oveh1}   FIN: {oveh2.vin}
Unfallgegner: {oper2.last_first}, Tel. {otel1}
Bankverbindung für Erstattung: {oiban1}
""",
    locales=(("de_DE", 2), ("de_AT", 1)),
)

t(
    "insurance claim",
    """
Travel insurance – medical expenses claim
Policyholder: {oper1.first} {oper1.last}   Passport: {opass1.uk}
Treated in {otown1} on {odate1.brit} for [[acute gastroenteritis]]
Hospital invoice paid by card {ocard1}
Reimburse to IBAN {oiban1}
Emergency contact during trip: {oper2.full}, {otel1.zero}
""",
    locales=(("en_GB", 2), ("en_IE", 1), ("nl_NL", 1), ("de_DE", 1)),
)

t(
    "insurance appeal",
    """
RE: Level 1 appeal — claim {oref1.claim}
Member: {oper1.last_first_middle}  |  Member ID: {oplan1.member}  |  Group: {oplan2.grp}

To the Appeals Unit,
I am writing on behalf of my mother, {oper1.first}, who is {oage1.en} years old, to appeal the
denial of [[inpatient rehabilitation]] following her [[stroke]] on {odate1.long}.
Her neurologist, Dr. {oper2.first_last}, documented [[NIHSS 9]] on admission.
Please reply to me at {oaddr2.usaddr} or {omail1}.
— {oper3.full} (POA)
""",
    locales=(("en_US", 1),),
)

t(
    "insurance appeal",
    """
Recours gracieux – refus de prise en charge
Assuré(e) : {oper1.caps_last} {oper1.first}
{onat1.label} : {onat1.fr}
Dossier : {oref1.claim}
Je conteste la décision du {odate1.dmy} concernant
[[la prothèse auditive]] (appareil n° {odev1.aid}).
Coordonnées : {oaddr1.lines}
{otel1} — {omail1}
""",
    locales=(("fr_FR", 1), ("fr_BE", 1)),
)

t(
    "KYC review",
    """
KYC REFRESH — RETAIL, HIGH RISK (PEP-adjacent)
Customer: {oper1.caps_last_first}
Alias/other spelling: {oper1.r_last_first}
DOB: {odob1.dmon}  Nationality: per passport {opass1}
Residential address: {oaddr1}  (proof: utility bill dated {odate1.dmon})
Source of funds: [[sale of property]]; [[salary]]
Screening hits: 0 sanctions; 1 adverse media (name match only, discounted)
Reviewer: {oper2.initial_last}   QA: {oper3.initial_last}
""",
    locales=(("ru_RU", 1), ("uk_UA", 1), ("ka_GE", 1), ("bg_BG", 1), ("el_GR", 1)),
)

t(
    "KYC review",
    """
Onboarding checklist — crypto exchange (tier 2)
user_handle: {oper1.mention}
full legal name: {oper1.full}
selfie: {ophoto1}
ID doc: national ID, number {onat1}
address: {oaddr1}
deposit wallet linked to card {ocard1}; withdrawal bank {oiban1}
device fingerprint: {odev1.androidid}   signup IP: {oip1}
[[liveness check passed]]; [[source of wealth: employment]]
""",
    locales=(("tr_TR", 1), ("vi_VN", 1), ("pt_BR", 1), ("es_AR", 1), ("pl_PL", 1)),
    ids=("TR", "VN", "BR", "AR", "PL"),
)

t(
    "KYC review",
    """
Customer due diligence — sole trader
Trading as "{oper1.last} & Daughters"
Proprietor: {oper1.full}, {onat1.label} {onat1}
Business address: {oaddr1}; home address same
Business account: {oacct1.uk}, sort code on file
Director's e-mail: {omail1}
Website: {ourl1}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_NZ", 1)),
    ids=("GB", "IE"),
)

t(
    "fraud case",
    """
FRAUD CASE NOTE #{oref1.ticket}
{odate1.iso} 09:14 Cust {oper1.first_last} called from {otel1} re: [[card-not-present transactions]]
Card {ocard1} blocked; replacement to {oaddr1}
Disputed merchant IP {oip1}, device {odev1.uuid}
Cust says only her ex-partner {oper2.full} knew the PIN.
Escalated to {oper3.first_initial} (L2).
""",
    locales=(("en_US", 1), ("en_GB", 1), ("en_AU", 1), ("en_CA", 1)),
)

t(
    "fraud case",
    """
Betrugsverdacht – Kontoübernahme
Kunde: {oper1.last_first}  ·  Kundennr. {oacct1}
Login am {odate1.eu} von IP {oip1.v6}
neue Empfänger-IBAN: {oiban1}  (Empfänger: {oper2.full})
Rückruf an hinterlegte Nummer {otel1} ohne Erfolg.
Sachbearbeitung: {oper3.initial_last}
""",
    locales=(("de_DE", 1), ("de_CH", 1), ("de_AT", 1)),
)

t(
    "fraud case",
    """
Romance-scam referral (vulnerable customer)
Victim: {oper1.full}, aged {oage1}
Sent {odate1.brit}: GBP to "{oper2.full}" via {oiban1}
Scammer contact: {omail1}, {ourl1}
Daughter {oper3.first} {oper1.last} holds LPA; call {otel1}
""",
    locales=(("en_GB", 1), ("en_IE", 1)),
)

t(
    "wire transfer",
    """
:20:{oref1.e2e}
:23B:CRED
:32A:{odate1.hl7}EUR12500,00
:50K:/{oiban1}
{oper1.caps}
{oaddr1.caps}
:59:/{oiban2}
{oper2.caps_full}
:70:[[INVOICE SETTLEMENT]] {oref2.loan}
:71A:SHA
""",
    locales=(("de_DE", 1), ("fr_FR", 1), ("it_IT", 1), ("nl_NL", 1), ("es_ES", 1)),
)

t(
    "wire transfer",
    """
SEPA credit transfer — confirmation (printout)
Debtor ................. {oper1.caps_last_first_all}
Debtor IBAN ............ {oiban1}
Creditor ............... {oper2.full}
Creditor IBAN .......... {oiban2}
Requested execution .... {odate1.iso}
Remittance info ........ Rent {oaddr1.street} / [[deposit refund]]
UETR ................... {oref1.uetr}
""",
    locales=(("fr_FR", 1), ("nl_BE", 1), ("pt_PT", 1), ("lt_LT", 1), ("lv_LV", 1), ("et_EE", 1)),
)

t(
    "remittance receipt",
    """
MONEY TRANSFER RECEIPT — keep for your records
Sender: {oper1.caps_last_space_first}, {otel1.intl}
ID presented: passport {opass1}
Receiver: {oper2.caps_full}
Payout city: {otown1}
Payout to mobile wallet {oacct1.wallet}
Sent {odate1.mil}. [[Fees and FX rate shown above]].
""",
    locales=(("en_PH", 1), ("yo_NG", 1), ("hi_IN", 1), ("bn_BD", 1), ("ne_NP", 1), ("es_MX", 1)),
)

t(
    "AML alert",
    """
ALERT {oref1.alert} | Rule: [[structuring below threshold]] | Score 87
Subject: {oper1.caps_last_first} (cust since {odate1.iso})
Accounts: {oacct1}, {oacct2}
Counterparties: {oper2.first_last}; {oper3.first_last}
Cash deposits at branches in {otown1}; ATM card {ocard1}
Analyst note: subject's employer listed as {oper4.last} Ltd, {oaddr1}
Disposition: escalate to SAR {oref2.sar}
""",
    locales=(("en_GB", 1), ("en_US", 1), ("en_IN", 1)),
)

t(
    "suspicious activity report",
    """
SAR narrative (draft)
On {odate1.long}, {oper1.full} (DOB {odob1.us}, {onat1.label} {onat1.us}) of {oaddr1.usaddr}
made four deposits under [[$10,000]] at branches in {otown1}. Funds wired to
{oper2.full} at IBAN {oiban1}. Subject's phone {otel1}; e-mail {omail1}.
""",
    locales=(("en_US", 1),),
    ids=("US",),
)

t(
    "mortgage file",
    """
MORTGAGE APPLICATION — SUMMARY SHEET
Applicant 1: {oper1.last_first}   DOB {odob1.dmy}   NI no. on file
Applicant 2: {oper2.last_first}   DOB {odob2.dmy}
Property: {oaddr1}
Current address: {oaddr2}  (3 yrs)
Employer ref: payroll no. {oref1.emp}
Salary credited to {oacct1.uk}
Solicitor: {oper3.full}, {omail1}
[[LTV 85%]], [[2-year fixed]], [[affordability passed]]
""",
    locales=(("en_GB", 2), ("en_IE", 1)),
)

t(
    "mortgage file",
    """
Hypotheekdossier — notitie adviseur
Aanvrager: dhr. {oper1.initials}, BSN {onat1.nl}
Partner: mw. {oper2.full}, geb. {odob2.nl}
Onderpand: {oaddr1}
Taxatie ingepland op {odate1.nl}. [[NHG]] aangevraagd.
Contact: {otel1}
""",
    locales=(("nl_NL", 1),),
)

t(
    "loan application",
    """
SOLICITUD DE CRÉDITO PERSONAL
Solicitante: {oper1.caps_full}
{onat1.label}: {onat1}
Fecha de nacimiento: {odob1.dmy}
Domicilio: {oaddr1}
Teléfono: {otel1}
Cuenta CLABE para depósito: {oacct1.clabe}
Referencias: {oper2.full} ({otel2}); {oper3.full}
""",
    locales=(("es_MX", 2), ("es_CO", 1)),
    ids=("CO", "GT"),
)

t(
    "debt collection letter",
    """
{oper1.caps_full}
{oaddr1.lines}

Our ref: {oacct1.loan}        Date: {odate1.long}

Dear {oper1.first},
Your account remains in arrears. To discuss [[a payment plan]], call us on {otel1.ext}.
If you have already paid, please ignore this letter.
{oper2.initial_last}, Collections
""",
    locales=(("en_GB", 1), ("en_AU", 1), ("en_US", 1)),
)

t(
    "pension statement",
    """
Annual pension statement {odate1.dmy}
Member: {oper1.first_caps_last}
Member number: {oref1.emp}
{onat1.label}: {onat1}
Date of birth: {odob1.dmy}   Normal retirement age: [[67]]
Beneficiary nominated on file: {oper2.full} of {oaddr2}
""",
    locales=(("en_IE", 1), ("en_GB", 1), ("sv_SE", 1), ("da_DK", 1)),
    ids=("IE", "SE", "GB"),
)

t(
    "tax return summary",
    """
Steuerbescheid-Entwurf (interne Kopie)
Steuerpflichtiger: {oper1.full}   IdNr {onat1.de}
Ehegattin: {oper2.full}
Anschrift: {oaddr1}
Erstattung auf {oiban1}
Bearbeiter: {oper3.initial_last}, Durchwahl {otel1.ext}
""",
    locales=(("de_DE", 1),),
)

t(
    "payroll",
    """
employee_id,surname,forename,national_id,iban,gross,date_paid
{oref1.emp},{oper1.last},{oper1.first},{onat1},{oiban1},[[4210.00]],{odate1.iso}
{oref2.emp},{oper2.last},{oper2.first},{onat2},{oiban2},[[3987.50]],{odate1.iso}
{oref3.emp},{oper3.caps_last},{oper3.caps_first},{onat3},{oiban3},[[5120.75]],{odate1.iso}
""",
    locales=(("de_DE", 1), ("fr_FR", 1), ("es_ES", 1), ("it_IT", 1), ("pl_PL", 1)),
    ids=("DE", "FR", "ES", "IT", "PL", "NL", "BE"),
)

t(
    "payroll",
    """
PAYSLIP  period ending {odate1.dmy}
{oper1.caps}        Emp no. {oref1.emp}
Tax code [[1257L]]   NI no. on file   Pension: [[auto-enrolment 5%]]
Paid to: {oacct1.uk}
Address: {oaddr1.lines}
""",
    locales=(("en_GB", 1),),
)

t(
    "card dispute",
    """
Chargeback form — reason code [[10.4 other fraud]]
Cardholder: {oper1.first_last}    Card: {ocard1}
Transaction date: {odate1.us}   Merchant: {oper2.last} Hardware, {otown1}
Cardholder phone: {otel1}   E-mail: {omail1}
Statement: "I was in hospital at the time (admission letter attached)."
""",
    locales=(("en_US", 1), ("en_CA", 1)),
)
# --- HR, immigration, public records --------------------------------------------------

t(
    "HR leave request",
    """
Leave request #{oref1.ticket}
Employee: {oper1.last_first} ({oref2.emp})
Type: [[parental leave]]   From {odate1.dmy} to {odate2.dmy}
Manager: {oper2.first_last}    Cover: {oper3.first}
While away I can be reached at {otel1} / {omail1}.
Approved — {oper2.sig}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_AU", 1)),
)

t(
    "HR leave request",
    """
Wniosek urlopowy
Imię i nazwisko: {oper1.first} {oper1.caps_last}
Nr ewidencyjny: {oref1.emp}
Proszę o udzielenie [[urlopu wypoczynkowego]] w dniach {odate1.eu}–{odate2.eu}.
Zastępstwo: {oper2.full}
Podpis przełożonego: {oper3.initial_last}
""",
    locales=(("pl_PL", 1),),
)

t(
    "HR leave request",
    """
休暇申請書
申請日: {odate1.cjk}
氏名: {oper1.native}
社員番号: {oref1.emp}
期間: {odate2.cjk} 〜 {odate3.cjk}（[[介護休暇]]）
緊急連絡先: {otel1}
承認者: {oper2.native}
""",
    locales=(("ja_JP", 1),),
)

t(
    "HR leave request",
    """
From: {oper1.first_last} ({omail1})
To: HR Shared Services
Subject: compassionate leave — {oper1.last_first}

Hi, my father {oper2.full} passed away on {odate1.long} in {otown1}. I'd like to request
[[bereavement leave]] for the funeral. Payroll no. {oref1.emp}.
Thanks, {oper1.first}
""",
    locales=(("en_US", 1), ("en_GB", 1), ("en_IN", 1), ("en_PH", 1)),
)

t(
    "occupational health referral",
    """
OCCUPATIONAL HEALTH REFERRAL (manager)
Employee: {oper1.full}    Staff no. {oref1.emp}    Role: [[forklift operator]]
Home: {oaddr1}
Absence since {odate1.dmon}; reports [[lower back pain]]
Does the employee hold a current licence? Yes — {olic1.cdl}
Manager: {oper2.last_first}, ext. {otel1.ext}
""",
    locales=(("en_GB", 1), ("en_US", 1), ("en_CA", 1)),
)

t(
    "disciplinary record",
    """
Disziplinarvermerk — vertraulich
Beschäftigte/r: {oper1.caps_last}, {oper1.first} — Pers.-Nr. {oref1.emp}
Vorfall am {odate1.eu} im Lager {otown1}: Zugriff mit Badge {odev1.tag} außerhalb der Schicht.
Zeuge: {oper2.full}
Betriebsrat informiert ({oper3.initial_last}).
""",
    locales=(("de_DE", 1), ("de_CH", 1)),
)

t(
    "immigration file",
    """
CASE SUMMARY — Skilled Worker visa
Applicant: {oper1.caps_last_first}   UCI/ref: {opass2.uci}
Passport: {opass1}   DOB: {odob1.brit}   Place of birth: {otown1}
Sponsor: {oper2.last} Engineering Ltd, contact {omail1}
UK address: {oaddr1}
Dependants: spouse {oper3.full}, child {oper4.first} {oper1.last}
Biometrics enrolled: record {obio1.fp}
""",
    locales=(("hi_IN", 1), ("en_IN", 1), ("yo_NG", 1), ("en_PH", 1)),
)

t(
    "immigration file",
    """
Notice to Appear — working copy
Respondent: {oper1.caps_full}   A-Number: {opass1.anum}
Country of citizenship: ____   DOB: {odob1.us}
Current address: {oaddr1.usaddr}
Counsel of record: {oper2.full}, Bar no. {olic1.bar}, {otel1}
Hearing before IJ {oper3.last}
""",
    locales=(("es_MX", 1), ("es_CO", 1), ("es_VE", 1), ("pt_BR", 1)),
)

t(
    "immigration file",
    """
Aufenthaltstitel – Verlängerungsantrag
Name: {oper1.last}   Vorname(n): {oper1.first}
Geburtsdatum: {odob1.eu}   Staatsangehörigkeit: siehe Pass {opass1}
Aktueller Titel: {opass2.brp}
Wohnanschrift: {oaddr1}
Arbeitgeber: {oper2.full}, {otel1}
""",
    locales=(("tr_TR", 1), ("uk_UA", 1), ("ar_SA", 1), ("fa_IR", 1), ("ru_RU", 1)),
)

t(
    "visa application",
    """
SCHENGEN VISA APPLICATION — page 1 (typed from paper)
1. Surname (family name): {oper1.caps_last}
3. First name(s): {oper1.caps_first}
4. Date of birth: {odob1.dmy}   5. Place of birth: {otown1}
13. Travel document no.: {opass1}
17. Home address and e-mail: {oaddr1} / {omail1}
   Telephone: {otel1.intl}
31. Inviting person: {oper2.full}, {oaddr2}
""",
    locales=(("ka_GE", 1), ("hy_AM", 1), ("az_AZ", 1), ("uz_UZ", 1), ("th_TH", 1), ("vi_VN", 1)),
)

t(
    "court record",
    """
IN THE CIRCUIT COURT — CASE NO. {oref1.court}
{oper1.caps_full}, Petitioner,
v.
{oper2.caps_full}, Respondent.
ORDER ON [[temporary custody]]
The minor child, {oper3.initials} (DOB {odob1.kid_us}), shall reside with
Petitioner at {oaddr1.usaddr}.
Entered {odate1.long}.   Judge {oper4.first_mid_caps_last}
""",
    locales=(("en_US", 1),),
)

t(
    "court record",
    """
Tribunal judiciaire — extrait du registre
Affaire n° RG {oref1.docket}
Demandeur : M. {oper1.caps_last} {oper1.first}, demeurant {oaddr1}
Défendeur : {oper2.full}
Audience du {odate1.dmy}. Avocat : Me {oper3.last}, barreau de {otown1}
""",
    locales=(("fr_FR", 1), ("fr_BE", 1)),
)

t(
    "police report",
    """
INCIDENT REPORT  Crime ref {oref1.crime}
Reported by: {oper1.full} (victim), DOB {odob1.dmy}, tel {otel1}
Location: outside {oaddr1}
Vehicle involved: {oveh1} (silver hatchback), VIN from DVLA check {oveh2.vin}
Suspect described as male, 30s; named by victim as "{oper2.first}"
OIC: PC {oper3.last} (collar no. on file)
""",
    locales=(("en_GB", 2), ("en_IE", 1)),
)

t(
    "police report",
    """
CAD event {oref1.cad}
{odate1.iso}  caller {oper1.last_first}  cb# {otel1}
loc: {ogeo1} / {oaddr1.usaddr}
nature: [[welfare check]] elderly male {oage1}yo, {oper2.caps}
veh: {oveh1} parked in drive
disp: unit 2A12, 2A14
""",
    locales=(("en_US", 1),),
)

t(
    "prison healthcare record",
    """
HEALTHCARE RECEPTION SCREEN (first night)
Prisoner no.: {oref1.docket}   Name: {oper1.caps_last_first}
DOB: {odob1.dmy}   Landing: [[B2]]
[[Opiate substitution therapy]] continued from community pharmacy at {oaddr1.street}
NOK: {oper2.first_last} ({otel1})
Screened by {oper3.initial_last}, RMN
""",
    locales=(("en_GB", 1), ("en_IE", 1)),
)

t(
    "school record",
    """
Student Information Sheet
Student: {oper1.last_first}   Student #: {oref1.student}   Grade 7
DOB: {odob1.kid_us}
Parent/Guardian 1: {oper2.full} — {otel1} — {omail1}
Parent/Guardian 2: {oper3.full} — {otel2}
Home address: {oaddr1.usaddr}
[[IEP on file]]; [[peanut allergy — EpiPen in nurse's office]]
""",
    locales=(("en_US", 1), ("en_CA", 1)),
)

t(
    "school record",
    """
Leerlingdossier — zorgmelding
Leerling: {oper1.first} {oper1.last} (groep 6), geb. {odob1.kid_nl}
Ouders: {oper2.full} en {oper3.full}
Adres: {oaddr1}
Melding: [[verzuim]] sinds {odate1.nl}; afspraak met jeugdarts {oper4.last}
""",
    locales=(("nl_NL", 1), ("nl_BE", 1)),
)

t(
    "social-care record",
    """
Case note — Adult Social Care
Service user: {oper1.first} {oper1.last} (aged {oage1})
Visited at {oaddr1}. Key safe code held by {oper2.full} (niece, {otel1}).
[[Care package: 4 calls/day]]. [[Waterlow score 16]].
Concerns re: financial abuse by lodger "{oper3.first}".
SW: {oper4.initials_caps_last}
""",
    locales=(("en_GB", 2), ("en_IE", 1)),
)

t(
    "home-care visit log",
    """
VISIT LOG  {odate1.dmy}
07:30  {oper2.first} — [[personal care]], [[meds prompted]] — {oper1.first} in good spirits
12:15  {oper3.first} — lunch; GP {oper4.last} phoned re bloods
17:45  {oper2.first} — key returned to box at {oaddr1.street}
Client DOB {odob1.dmy}; carer rota {omail1}
""",
    locales=(("en_GB", 1), ("en_AU", 1), ("en_NZ", 1)),
)

t(
    "birth registration",
    """
REGISTRATION OF BIRTH
Child: {oper1.first_last}   Sex: M   Date of birth: {odob1.baby_long}
Place of birth: {oaddr1}
Mother: {oper2.full}, maiden surname {oper2.caps_last}
Father: {oper3.full}
Informant: {oper2.first_last}, mother
Certificate no.: {olic1.cert}
""",
    locales=(("en_GB", 1), ("en_NZ", 1), ("en_KE", 1), ("tw_GH", 1)),
)

t(
    "death certificate",
    """
MCCD (Medical Certificate of Cause of Death), working copy
Name of deceased: {oper1.caps_full}
Died on {odate1.brit}, aged {oage1}
Place of death: {oaddr1}
I(a) [[aspiration pneumonia]]  I(b) [[advanced dementia]]
Certified by {oper2.first_last} (GMC {olic1.gmc})
Registration no. {olic2.death}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_AU", 1)),
)

t(
    "funeral home record",
    """
Arrangement sheet
Deceased: {oper1.last_first_middle}   b. {odob1.long}   d. {odate1.long}
Age at death: {oage1.en}
Next of kin: {oper2.full}, {oaddr2.usaddr}, {otel1}
Obituary to run in {otown1} Gazette; photo: {ophoto1}
""",
    locales=(("en_US", 1), ("en_CA", 1)),
)

t(
    "notary deed",
    """
ACTE DE VENTE — extrait
Par-devant Maître {oper3.full}, notaire à {otown1},
ONT COMPARU : {oper1.caps_last} {oper1.first}, né le {odob1.dmy}, demeurant {oaddr1},
ET {oper2.caps_last} {oper2.first}, né le {odob2.dmy}.
Prix payé par virement depuis le compte {oiban1}.
""",
    locales=(("fr_FR", 1), ("fr_CA", 1), ("fr_CH", 1)),
)

t(
    "tenancy application",
    """
Rental application
Applicant: {oper1.full}   DOB {odob1.dmy}
Current address: {oaddr1}
Employer: {oper2.last} Pty Ltd — reference {oper2.first_last}, {otel1}
Driver licence: {olic1.dl_au}
Vehicle rego: {oveh1}
Previous landlord: {oper3.full}, {omail1}
""",
    locales=(("en_AU", 2), ("en_NZ", 1)),
)

t(
    "hotel guest registration",
    """
REGISTRO DE VIAJEROS (parte de entrada)
Apellidos: {oper1.caps_last}      Nombre: {oper1.first}
Documento: pasaporte {opass1}     Expedido: {odate1.dmy}
Fecha de nacimiento: {odob1.dmy}
Domicilio: {oaddr1}
Habitación [[214]] — entrada {odate2.dmy}
""",
    locales=(("de_DE", 1), ("fr_FR", 1), ("it_IT", 1), ("en_GB", 1), ("nl_NL", 1), ("sv_SE", 1)),
)

t(
    "SIM registration",
    """
SIM REGISTRATION FORM
Full name: {oper1.caps_full}
NIN/ID: {onat1}
MSISDN: {otel1.e164}   SIM ICCID: {odev1.tag}
IMEI: {odev2.imei}
Address: {oaddr1}
Agent: {oper2.first_initial}
""",
    locales=(("yo_NG", 1), ("ha_NG", 1), ("ig_NG", 1), ("sw", 1), ("en_KE", 1), ("tw_GH", 1)),
    ids=("ZA", "IN", "GB"),
)

t(
    "vehicle rental agreement",
    """
RENTAL AGREEMENT {oref1.ticket}
Renter: {oper1.last_first}    DL: {olic1.dl_us}  exp. {odate1.us}
Additional driver: {oper2.full}
Vehicle: {oveh1}   VIN {oveh2.vin}   Fuel [[full]]
Card on file: {ocard1}
Home address: {oaddr1.usaddr}   Cell {otel1}
""",
    locales=(("en_US", 1),),
)

t(
    "customs declaration",
    """
CUSTOMS DECLARATION CN23 — sender/addressee
From: {oper1.full}, {oaddr1}, tel. {otel1.intl}
To: {oper2.full}, {oaddr2.lines}
Contents: [[medicines for personal use]], [[2 x insulin pens]]
Importer's reference: {oref1.appl}
Sender's signature and date: {oper1.sig}  {odate1.dmy}
""",
    locales=(("ru_RU", 1), ("uk_UA", 1), ("ko_KR", 1), ("zh_CN", 1), ("ja_JP", 1), ("th_TH", 1)),
)

t(
    "pawnshop ledger",
    """
DATE        | TICKET     | CUSTOMER              | ID                | ITEM
{odate1.us} | {oref1.ticket} | {oper1.caps_last_first} | {olic1.dl_us} | [[14k gold chain]]
{odate2.us} | {oref2.ticket} | {oper2.caps_last_first} | {olic2.dl_us} | laptop s/n {odev1.laptop}
""",
    locales=(("en_US", 1),),
)

t(
    "firearms licence renewal",
    """
Firearm certificate renewal
Holder: {oper1.full}   Certificate no.: {olic1.firearm}
Address where firearms kept: {oaddr1}
GP surgery: Dr {oper2.last}, {otown1}
Countersignatory: {oper3.full}, {otel1}
""",
    locales=(("en_GB", 1),),
)
# --- Messages, logs, exports, scans ---------------------------------------------------

t(
    "chat transcript",
    """
[{odate1.iso} 14:02] Agent ({oper2.first}): Hi, thanks for contacting us. Who am I speaking with?
[{odate1.iso} 14:02] {oper1.first_last}: hi its {oper1.lower_first}, my card got eaten at the atm
[{odate1.iso} 14:03] Agent ({oper2.first}): Sorry to hear that! Can you confirm your date of birth?
[{odate1.iso} 14:03] {oper1.first_last}: {odob1.us_short}
[{odate1.iso} 14:04] {oper1.first_last}: and the card was {ocard1}
[{odate1.iso} 14:05] Agent ({oper2.first}): Blocked. New card goes to {oaddr1} — still correct?
""",
    locales=(("en_US", 1), ("en_CA", 1), ("en_PH", 1)),
)

t(
    "chat transcript",
    """
{oper1.mention}: @{oper2.mention} can u cover my shift on sat? mums in hospital
{oper2.mention}: ya np. which ward
{oper1.mention}: 5 east, under dr {oper3.lower_last}
{oper2.mention}: ok. send me her room no and ill drop flowers, u still at {oaddr1.street}?
{oper1.mention}: yep. my number changed btw {otel1}
""",
    locales=(("en_GB", 1), ("en_AU", 1), ("en_NZ", 1), ("en_IE", 1)),
)

t(
    "chat transcript",
    """
WhatsApp export — "{oper1.last} family"
{odate1.dmy}, 21:14 - {oper2.first}: Papa's results came back. [[Creatinine]] is up again
{odate1.dmy}, 21:15 - {oper3.full}: Did Dr {oper4.last} call?
{odate1.dmy}, 21:15 - {oper2.first}: Not yet. The clinic number is {otel1}
{odate1.dmy}, 21:17 - {oper1.first_last}: His NHI is {omrn1.nhi} if they ask
""",
    locales=(("en_NZ", 1), ("en_AU", 1), ("en_GB", 1), ("hi_IN", 1), ("fil_PH", 1)),
)

t(
    "chat transcript",
    """
Клиент ({oper1.first}): Здравствуйте, не приходит код подтверждения
Оператор {oper2.first}: Назовите, пожалуйста, ФИО полностью
Клиент ({oper1.first}): {oper1.last_space_first}
Оператор {oper2.first}: Спасибо. Номер телефона {otel1} актуален?
Клиент ({oper1.first}): да. карта {ocard1}
""",
    locales=(("ru_RU", 1), ("uk_UA", 1)),
)

t(
    "call-centre log",
    """
CALL LOG — Inbound, Benefits Helpline
{odate1.iso} 10:41  ANI {otel1.e164}   queue: [[claims status]]
Caller ID'd as {oper1.caps_last_first} via DOB {odob1.iso} + postcode {opost1}
Caller says payment not received to {oacct1}
Third party on line: {oper2.full} (carer) — consent NOT on file, limited disclosure
Agent {oper3.handle}, wrap code [[CS04]]
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_AU", 1)),
)

t(
    "call-centre log",
    """
ticket_id={oref1.inc} channel=voice agent={oper2.handle_under} caller="{oper1.full}"
ani={otel1.e164} verified=dob:{odob1.iso} acct_last=*** callback={otel2}
note="[[password reset]] + address change to {oaddr1}"
""",
    locales=(("en_US", 1), ("en_GB", 1), ("de_DE", 1), ("fr_FR", 1), ("es_ES", 1)),
)

t(
    "e-mail thread",
    """
From: {oper1.last_first} [mailto:{omail1}]
Sent: {odate1.long} 08:12
To: {oper2.caps_last}, {oper2.first}
Cc: Ward 9 Coordinators
Subject: RE: bed for Mr {oper3.last}

{oper2.first} — {oper3.first} {oper3.last} ({omrn1.mrn}) can go to
[[step-down]] once [[physio clears]].
Family asked that updates go to his son {oper4.full} on {otel1}.

{oper1.initials}
Bed Manager
""",
    locales=(("en_GB", 1), ("en_US", 1), ("en_AU", 1)),
)

t(
    "e-mail thread",
    """
=== original message (quoted by gateway) ===
From: "{oper1.full}" ({omail1})
Date: {odate1.iso}
To: compliance
Subject: Fwd: KYC docs for {oper2.caps_last}

Forwarding the scans. Passport {opass1}, proof of address for {oaddr1}.
Client's wife {oper3.full} is the second account holder ({oiban1}).
| On {odate2.iso}, {oper2.full} wrote:
| please find attached, my new number is {otel1}
""",
    locales=(("en_GB", 1), ("de_CH", 1), ("fr_CH", 1), ("it_IT", 1), ("lb_LU", 1)),
)

t(
    "e-mail thread",
    """
Von: {oper1.full} ({omail1})
Gesendet: {odate1.de}
An: Personalabteilung
Betreff: Krankmeldung {oper1.last_first}

Guten Morgen, ich bin bis einschließlich {odate2.eu} krankgeschrieben ([[AU folgt per Post]]).
Mein Vertreter {oper2.first} {oper2.last} hat die Schlüssel.
Mit freundlichen Grüßen
{oper1.first}
""",
    locales=(("de_DE", 1), ("de_AT", 1)),
)

t(
    "ticket system",
    """
[SEC-INCIDENT] Lost laptop — {oref1.inc}
Reporter: {oper1.handle_initial} ({oper1.full})
Asset: {odev1.laptop} / MAC {omac1} / last IP {oip1.private}
Last seen: train to {otown1}, {odate1.iso}
Disk encrypted: [[yes (BitLocker)]]. Patient list on desktop? unknown
Assignee: {oper2.handle}
""",
    locales=(("en_GB", 1), ("en_US", 1), ("nl_NL", 1), ("sv_SE", 1)),
)

t(
    "ticket system",
    """
Issue #{oref1.ticket}: Duplicate patient records
Description: {oper1.caps_last_first} (MRN {omrn1.mrn}) and
{oper1.ocr_caps} (MRN {omrn2.mrn}) look like
the same person — same DOB {odob1.iso}, same address {oaddr1}.
Steps: merge via [[MPI tool]]. @{oper2.mention} please confirm with HIM.
""",
    locales=(("en_US", 1), ("en_AU", 1), ("en_CA", 1)),
)

t(
    "CSV export",
    """
"MRN","Last","First","DOB","Phone","Email","Postcode","Dx"
"{omrn1.urn}","{oper1.last}","{oper1.first}","{odob1.dmy}","{otel1}","{omail1}","{opost1}","[[T2DM]]"
"{omrn2.urn}","{oper2.last}","{oper2.first}","{odob2.dmy}","{otel2}","{omail2}","{opost2}","[[asthma]]"
""",
    locales=(("en_AU", 1), ("en_GB", 1), ("en_NZ", 1), ("en_IE", 1)),
)

t(
    "TSV export",
    """
patient_id\tname\tdob\tcity\tdevice_serial\tlast_sync_ip
{omrn1.kt}\t{oper1.tsv}\t{odob1.iso}\t{otown1}\t{odev1.glucose}\t{oip1}
{omrn2.kt}\t{oper2.tsv}\t{odob2.iso}\t{otown2}\t{odev2.glucose}\t{oip2.v6}
""",
    locales=(("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1), ("is_IS", 1)),
)

t(
    "JSON export",
    """
{"customer": {"name": "{oper1.full}", "dob": "{odob1.iso}", "tax_id": "{onat1}",
  "contact": {"mobile": "{otel1.e164}", "email": "{omail1}"},
  "address": {"line": "{oaddr1.street}", "city": "{otown1}", "zip": "{opost1}"}},
 "accounts": [{"iban": "{oiban1}"}], "risk": "[[medium]]", "kyc_reviewer": "{oper2.handle}"}
""",
    locales=(("it_IT", 1), ("es_ES", 1), ("pt_PT", 1), ("el_GR", 1), ("hr_HR", 1), ("ro_RO", 1)),
    ids=("IT", "ES", "PT", "GR", "HR", "RO"),
)

t(
    "JSON export",
    """
[{"ts": "{odate1.fhir}", "event": "login", "user": "{omail1}", "ip": "{oip1}",
  "mac": "{omac1.bare}"},
 {"ts": "{odate1.fhir}", "event": "export", "user": "{omail1}", "rows": 212,
  "note": "[[scheduled report]]", "device": "{odev1.uuid}"}]
""",
    locales=(("en_US", 1), ("de_DE", 1), ("ja_JP", 1), ("pl_PL", 1)),
)

t(
    "OCR'd scan",
    """
REFERRAL F0RM    page 1 of 2    [illegible stamp]
Patlent name: {oper1.ocr}        D0B: {odob1.ocr}
Addr: {oaddr1.caps}
Te1: {otel1}
Medicare / Ins #: {oplan1.member}
Reason: [[?cellulitis L leg]]   Urgency: [[routine]]
Referring Dr: {oper2.ocr_caps}
""",
    locales=(("en_US", 1), ("en_AU", 1), ("en_GB", 1)),
)

t(
    "OCR'd scan",
    """
ORDONNANCE — Dr {oper2.ocr_caps}
{oaddr2}   RPPS {olic1.rpps}
Le {odate1.ocr}
M0nsieur {oper1.ocr}
[[Amoxicilline 1 g]] 3 fois par jour pendant 7 jours
N° sécu : {onat1.fr}
""",
    locales=(("fr_FR", 1),),
)

t(
    "handwritten note (transcribed)",
    """
[transcribed from handwritten sticky note on chart]
pls call {oper1.first}'s wife → {otel1} (not the landline!!)
she's {oper2.first} — speaks [[Portuguese]] mainly
lives at {oaddr1.street} ... bus 42
pt allergic to [[penicillin]] - rash
— {oper3.sig}
""",
    locales=(("pt_BR", 1), ("pt_PT", 1), ("en_US", 1), ("en_GB", 1)),
)

t(
    "handwritten note (transcribed)",
    """
[carer's notebook, transcribed]
Mon {odate1.dmy}: Mrs {oper1.last} very tired, ate half sandwich. [[BM 11.2]]
Tue: daughter {oper2.first} came (car {oveh1}). GP {oper3.last} to visit Thu.
remember: blister packs from pharmacy on {oaddr1.street}
{oper1.first}'s hearing aid s/n {odev1.aid} — battery low
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_NZ", 1)),
)

t(
    "form with fields",
    """
APPLICATION FOR DISABLED PERSON'S PARKING PERMIT
[1] Surname ____________ {oper1.caps_last}
[2] Forename(s) ________ {oper1.caps_first}
[3] Date of birth (DD MM YYYY) {odob1.dmy}
[4] National Insurance / ID no. {onat1}
[5] Address {oaddr1}
[6] Vehicle registration (optional) {oveh1}
[7] Condition: [[MS, walks under 50 m]]
Signature ..........{oper1.sig}........
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("mt_MT", 1)),
    ids=("GB", "IE"),
)

t(
    "table",
    """
| Bed | Patient                | Age  | Consultant        | Alerts              |
|-----|------------------------|------|-------------------|---------------------|
| 1   | {oper1.caps_last_first} | {oage1} | {oper4.initial_last} | [[falls risk]]      |
| 2   | {oper2.caps_last_first} | 67   | {oper4.initial_last} | [[MRSA +]]          |
| 3   | {oper3.caps_last_first} | 81   | {oper5.initial_last} | [[DNACPR in place]] |
""",
    locales=(("en_GB", 1), ("en_AU", 1), ("en_NZ", 1), ("en_IE", 1)),
)

t(
    "network log",
    """
{odate1.iso}T02:11:09Z dhcpd: DHCPACK on {oip1.private} to {omac1} ({oper1.handle_initial}-iphone)
{odate1.iso}T02:11:15Z vpn: user={oper1.handle} src={oip2} assigned {oip1.private}
{odate1.iso}T02:14:40Z ehr-audit: user={oper1.handle} opened chart {omrn1.mrn} ([[break-glass]])
""",
    locales=(("en_US", 1), ("en_GB", 1), ("en_AU", 1)),
)

t(
    "telematics export",
    """
vehicle,vin,driver,date,start_lat_lon,end_addr
{oveh1},{oveh2.vin},"{oper1.last_first}",{odate1.iso},"{ogeo1}","{oaddr1}"
Driver licence {olic1.cdl}; fleet card {ocard1}
""",
    locales=(("en_US", 1), ("en_CA", 1)),
)
# --- More care settings, more languages -----------------------------------------------

t(
    "blood bank record",
    """
DONOR SESSION RECORD — {odate1.dmon}
Donor: {oper1.last_first}   Donor no. {obio1.fp}   Group [[O RhD negative]]
DOB {odob1.dmy} | Mobile {otel1} | {oaddr1}
Deferral history: [[travel — malaria risk area]] ({otown1})
Phlebotomist {oper2.initial_last}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_AU", 1)),
)

t(
    "IVF clinic record",
    """
Couple file {omrn1.chart}
Partner A: {oper1.full}, {odob1.dmy}
Partner B: {oper2.full}, {odob2.dmy}
Donor code on straw label: {obio1.iris}
[[ICSI]] cycle started {odate1.dmy}; [[AMH 1.2 ng/mL]]
Consent witnessed by {oper3.first_last}; counselling booked, {omail1}
""",
    locales=(("es_ES", 1), ("cs_CZ", 1), ("el_GR", 1), ("pt_PT", 1), ("da_DK", 1)),
)

t(
    "optometry prescription",
    """
SPECTACLE PRESCRIPTION
{oper1.first_last}   DOB {odob1.dmy}
{oaddr1}
R [[-2.25 / -0.50 x 180]]  L [[-2.00 / -0.75 x 170]]  Add [[+1.50]]
[[DVLA standard met]]
Optometrist: {oper2.full}, GOC {olic1.gmc}   Next test {odate1.dmy}
""",
    locales=(("en_GB", 1), ("en_IE", 1)),
)

t(
    "audiology fitting record",
    """
Hearing aid fitting — {odate1.iso}
Client: {oper1.caps_last}, {oper1.first}   Age {oage1}
Left aid serial {odev1.aid}, right aid serial {odev2.aid}
Paired phone MAC {omac1}
[[REM completed]], [[speech in noise improved]]
Audiologist: {oper2.initial_last}
""",
    locales=(("en_US", 1), ("en_CA", 1), ("de_DE", 1), ("nl_NL", 1)),
)

t(
    "physiotherapy note",
    """
Physio — {odate1.dmy}
{oper1.first} {oper1.last}, [[ACL reconstruction week 6]]
[[ROM 0-115°]], [[quads lag 5°]]
Drives a manual car ({oveh1}) — advised not yet.
Next: {odate2.dmy}. Texts to {otel1}.
{oper2.first} (physio)
""",
    locales=(("en_AU", 1), ("en_NZ", 1), ("en_GB", 1)),
)

t(
    "veterinary record",
    """
PATIENT: "Biscuit" (canine, [[Labrador retriever]])   Microchip {odev1.glucose}
Owner: {oper1.last_first}   {oaddr1}
Tel {otel1}   E-mail {omail1}
Seen {odate1.dmy}: [[otitis externa]]; [[Surolan drops]] dispensed.
Owner's partner {oper2.first} to collect; card payment {ocard1}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_AU", 1), ("en_NZ", 1)),
)

t(
    "ICU flowsheet",
    """
ICU FLOWSHEET  Bed 4  {odate1.dmy}
{oper1.caps_last_first} | MRN {omrn1.urn} | Age {oage1}
Vent: [[SIMV PC 18/8]], FiO2 [[0.40]]
Infusions: [[noradrenaline 0.12 mcg/kg/min]], [[propofol 2%]]
Pump serials: {odev1.pump}, {odev2.pump}
Family contact: {oper2.full} ({otel1})
""",
    locales=(("en_AU", 1), ("en_GB", 1), ("en_NZ", 1), ("en_IE", 1)),
)

t(
    "discharge summary",
    """
Informe de alta
Paciente: {oper1.caps_last}, {oper1.first}
NHC: {omrn1.fall}   Fecha de ingreso: {odate1.dmy}   Alta: {odate2.dmy}
Juicio clínico: [[neumonía adquirida en la comunidad]]
Domicilio: {oaddr1}
Médico responsable: Dra. {oper2.last}, col. {olic1.cedula}
""",
    locales=(("es_ES", 1), ("es_AR", 1), ("es_CL", 1), ("es_CO", 1)),
)

t(
    "discharge summary",
    """
Lettera di dimissione
Sig.ra {oper1.full}, nata il {odob1.dmy} a {otown1}
C.F. {onat1.it}
Ricovero dal {odate1.dmy} al {odate2.dmy} per [[frattura di femore]]
Indirizzo: {oaddr1}
Medico curante: dott. {oper2.last}
""",
    locales=(("it_IT", 1), ("it_CH", 1)),
)

t(
    "discharge summary",
    """
TABURCU ÖZETİ
Hasta: {oper1.caps_full}   TC Kimlik: {onat1.tr}
Doğum tarihi: {odob1.tr}
Yatış: {odate1.eu}  Çıkış: {odate2.eu}
Tanı: [[akut miyokard enfarktüsü]]
Adres: {oaddr1}
Yakını: {oper2.full} — {otel1}
""",
    locales=(("tr_TR", 1),),
)

t(
    "discharge summary",
    """
GIẤY RA VIỆN
Họ tên người bệnh: {oper1.caps_full}
Ngày sinh: {odob1.dmy}   Mã số thuế/CCCD: {onat1.vn}
Vào viện: {odate1.dmy}   Ra viện: {odate2.dmy}
Chẩn đoán: [[viêm phổi]]
Địa chỉ: {oaddr1}
Người nhà: {oper2.full}, SĐT {otel1}
""",
    locales=(("vi_VN", 1),),
)

t(
    "discharge summary",
    """
RINGKASAN PULANG
Nama pasien: {oper1.caps}   No. RM: {omrn1.kt}
Tanggal lahir: {odob1.id}
Masuk: {odate1.id}   Pulang: {odate2.id}
Diagnosis: [[demam berdarah dengue]]
Alamat: {oaddr1}
Penanggung jawab: {oper2.full} ({otel1})
""",
    locales=(("id_ID", 1),),
)

t(
    "clinical note",
    """
진료기록  {odate1.ko}
환자명: {oper1.native} ({oper1.r_caps_last_space_first})
주민등록번호: {onat1.kr}
주소: {oaddr1}
연락처: {otel1}
진단: [[제2형 당뇨병]]
담당의: {oper2.native}
""",
    locales=(("ko_KR", 1),),
)

t(
    "clinical note",
    """
门诊病历  {odate1.cjk}
姓名: {oper1.native}   身份证号: {onat1.cn}
住址: {oaddr1}
电话: {otel1}
主诉: [[咳嗽三天]]
医师: {oper2.native}
""",
    locales=(("zh_CN", 1),),
)

t(
    "clinical note",
    """
Ιατρική σημείωση {odate1.eu}
Ασθενής: {oper1.full} ({oper1.r_full})
ΑΜΚΑ: {onat1.gr}
Διεύθυνση: {oaddr1}
Τηλ.: {otel1}
[[Υπέρταση]], συνέχεια θεραπείας.
""",
    locales=(("el_GR", 1),),
)

t(
    "clinical note",
    """
ბინადრის სამედიცინო ბარათი — {odate1.eu}
პაციენტი: {oper1.full} / {oper1.r_caps_last_first}
მისამართი: {oaddr1}
ტელ.: {otel1}
დიაგნოზი: [[ჰიპერტენზია]]
ექიმი: {oper2.full}
""",
    locales=(("ka_GE", 1),),
)

t(
    "clinical note",
    """
תיק רפואי — ביקור {odate1.dmy}
שם המטופל: {oper1.full} ({oper1.r_first_last})
{onat1.label}: {onat1.il}
כתובת: {oaddr1}
טלפון: {otel1}
[[סוכרת סוג 2]]
""",
    locales=(("he_IL", 1),),
)

t(
    "clinical note",
    """
پرونده بیمار — تاریخ مراجعه {odate1.persian}
نام بیمار: {oper1.full} ({oper1.r_first_last})
نشانی: {oaddr1}
تلفن همراه: {otel1}
تشخیص: [[فشار خون بالا]]
پزشک معالج: دکتر {oper2.last}
""",
    locales=(("fa_IR", 1),),
)

t(
    "clinical note",
    """
سجل المريض — تاريخ الزيارة {odate1.arabic}
الاسم: {oper1.full} ({oper1.r_caps_last_first})
الهاتف: {otel1.intl}
العنوان: {oaddr1}
[[داء السكري من النوع الثاني]]
""",
    locales=(("ar_SA", 1), ("ar_AE", 1), ("ar_EG", 1)),
)

t(
    "clinical note",
    """
บันทึกการตรวจ {odate1.dmy}
ชื่อผู้ป่วย: {oper1.full} ({oper1.r_caps_full})
{onat1.label}: {onat1.th}
ที่อยู่: {oaddr1}
โทร: {otel1}
วินิจฉัย: [[ไข้เลือดออก]]
""",
    locales=(("th_TH", 1),),
)

t(
    "clinical note",
    """
Медицинская карта амбулаторного больного
Ф.И.О.: {oper1.last_space_first} ({oper1.r_caps_last_first})
Дата рождения: {odob1.eu}
Адрес: {oaddr1}
Тел.: {otel1}
Диагноз: [[гипертоническая болезнь II стадии]]
Врач: {oper2.initial_last}
""",
    locales=(("ru_RU", 1), ("uk_UA", 1), ("bg_BG", 1)),
)

t(
    "insurance claim",
    """
診療報酬明細書（控）
被保険者氏名: {oper1.native}
保険者番号: {oplan1.jp}
生年月日: {odob1.cjk}
住所: {oaddr1}
診療開始日: {odate1.cjk}
傷病名: [[急性気管支炎]]
""",
    locales=(("ja_JP", 1),),
)

t(
    "fraud case",
    """
Caso de fraude — golpe do PIX
Cliente: {oper1.full}, CPF {onat1.br}
Data: {odate1.pt}
Chave PIX do golpista: {omail1}
Conta de destino: {oacct1.br} em nome de {oper2.caps_full}
Contato do cliente: {otel1}
Analista: {oper3.initial_last}
""",
    locales=(("pt_BR", 1),),
)

t(
    "KYC review",
    """
Müşteri tanıma formu
Ad Soyad: {oper1.caps_full}
T.C. Kimlik No: {onat1.tr}
Doğum tarihi: {odob1.tr}
Adres: {oaddr1}
Cep: {otel1}
IBAN: {oiban1}
[[Gelir kaynağı: maaş]]
""",
    locales=(("tr_TR", 1),),
)

t(
    "HR leave request",
    """
휴가 신청서
성명: {oper1.native}
사번: {oref1.emp}
기간: {odate1.ko} ~ {odate2.ko} ([[연차]])
비상연락처: {otel1}
결재: {oper2.native}
""",
    locales=(("ko_KR", 1),),
)

t(
    "clinical-trial CRF",
    """
SCREENING LOG — Site 022 (Kraków / Warszawa)
Screen no. | Initials | YOB | Consent date | Eligible
{oref1.crf} | {oper1.last_initials} | on file | {odate1.eu} | [[yes]]
{oref2.crf} | {oper2.last_initials} | on file | {odate2.eu} | [[no — eGFR below 30]]
Coordinator: {oper3.full}, {omail1}
""",
    locales=(("pl_PL", 1), ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1)),
)

t(
    "adverse-event report",
    """
CIOMS I (extract)
1. Patient initials: {oper1.initials_nodot_last}   1a. Country: ___   2. Date of birth: {odob1.mil}
2a. Age: {oage1}
7+13. Describe reaction: [[Stevens-Johnson syndrome]] after [[lamotrigine]]
Reporter: {oper2.full}, {oaddr2}
Manufacturer control no.: {oref1.ae}
""",
    locales=(("en_GB", 1), ("de_DE", 1), ("fr_FR", 1), ("ja_JP", 1), ("pt_BR", 1)),
)

t(
    "lab requisition",
    """
LAB REQUISITION
Pt: {oper1.last_first}   HCN: {oplan1.member}   DOB {odob1.iso}
Tests: [[CBC]], [[lytes]], [[TSH]], [[HbA1c]]
Ordering clinician: {oper2.first_last} — billing no. {olic1.cedula}
Copy to: {oper3.first_last}, fax {ofax1}
""",
    locales=(("en_CA", 1), ("fr_CA", 1)),
)

t(
    "maritime crew medical",
    """
SEAFARER MEDICAL CERTIFICATE
Name: {oper1.caps_last_first}   Date of birth: {odob1.dmy}
Nationality: ____  Seaman's book / passport: {opass1}
Vessel: {oveh1.imo}   Master: Capt. {oper2.caps_last}
[[Fit for lookout duties]] — [[colour vision: normal]]
Approved doctor: {oper3.full}, {otown1}
Valid until {odate1.dmy}
""",
    locales=(("en_PH", 1), ("fil_PH", 1), ("uk_UA", 1), ("ru_RU", 1), ("hi_IN", 1)),
)

t(
    "aviation medical",
    """
CLASS 1 MEDICAL — AME REPORT
Applicant: {oper1.full}   Licence: {olic1.pilot}
DOB {odob1.iso}   Aircraft normally flown: {oveh1.tail}
Address: {oaddr1}
[[ECG normal]], [[audiogram within limits]]
AME: {oper2.initial_last}, next due {odate1.iso}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("sv_SE", 1), ("de_DE", 1), ("es_ES", 1)),
)

t(
    "utility bill",
    """
{oper1.caps}
{oaddr1.lines}
Account number: {oacct1}     Bill date: {odate1.brit}
Meter serial: {odev1.tag}
[[Standing charge 53.35p/day]]
Priority Services Register: yes ([[medical equipment at home]])
Questions? {otel1}
""",
    locales=(("en_GB", 1),),
)

t(
    "church register",
    """
Baptism register (transcribed), entry 112
Child: {oper1.first} {oper1.last}
Born {odob1.baby_long}, baptised {odate1.long}
Parents: {oper2.full} and {oper3.full}, of {oaddr1}
Godparents: {oper4.full}
Officiant: Rev. {oper5.initial_last}
""",
    locales=(("en_IE", 1), ("ga_IE", 1), ("en_GB", 1), ("mt_MT", 1)),
)

t(
    "genealogy request",
    """
Subject: family history — my great-grandmother
Hi, I'm researching {oper1.full} who emigrated to {otown1} around 1920. My grandmother
{oper2.full} (born {odob1.long}) is still alive and {oage1.en}. Could your archive check for
a death record? Reply to {omail1}, or post to {oaddr1}.
— {oper3.first}
""",
    locales=(("en_US", 1), ("en_CA", 1), ("en_AU", 1), ("sq_AL", 1), ("ga_IE", 1)),
)

# --- Names and numbers in unexpected places ----------------------------------------------

t(
    "document management index",
    """
Scanned documents — indexing queue
scan_{oper1.lower_last}_{odob1.hl7}_consent.pdf        uploaded by {oper2.handle}
scan_{oper1.lower_last}_{odob1.hl7}_[[ECG]].pdf            uploaded by {oper2.handle}
{omrn1.urn}-{oper3.caps_last}-referral.tif              OCR status: [[failed, re-queue]]
Share link: {ourl1}
""",
    locales=(("en_GB", 1), ("en_AU", 1), ("en_US", 1)),
)

t(
    "medical device inventory",
    """
asset_tag,device,serial,mac,ip,location,assigned_patient
{odev1.tag},[[infusion pump]],{odev2.pump},{omac1},{oip1.private},ICU bed 3,{oper1.caps_last_first}
{odev3.tag},[[telemetry pack]],{odev4.glucose},{omac2},{oip2.private},Ward 4,{oper2.caps_last_first}
""",
    locales=(("en_US", 1), ("en_GB", 1), ("de_DE", 1), ("nl_NL", 1)),
)

t(
    "patient portal audit log",
    """
{odate1.iso} 22:41:07 GET {ourl1} 200 user={omail1} ip={oip1}
{odate1.iso} 22:41:19 POST /messages 201 user={omail1} to="Dr {oper2.last}" ip={oip1}
{odate1.iso} 22:43:55 GET /proxy-access 403 user={omail2} ip={oip2.v6} for="{oper1.full}"
""",
    locales=(("en_US", 1), ("en_CA", 1), ("en_AU", 1)),
)

t(
    "online harassment report",
    """
Report to platform trust & safety — case {oref1.ticket}
Reporter: {oper1.full} ({omail1})
Impersonating account: {ourl1}
Profile photo stolen from: {ophoto1}
The account posts my home address ({oaddr1}) and my car plate {oveh1}.
First seen {odate1.long}. Suspected person: {oper2.first_last} (ex-colleague).
""",
    locales=(("en_GB", 1), ("en_US", 1), ("en_IN", 1), ("en_AU", 1)),
)

t(
    "version control log",
    """
commit history (export from the research data repository)
Author: {oper1.full} ({omail1})
Date:   {odate1.fhir}
    remove [[pseudonymised extract]] for participant {oref1.crf} (withdrew consent)
Author: {oper2.handle_dash} ({omail2})
Date:   {odate2.fhir}
    fix join on {oper3.lower_last}'s cohort key
""",
    locales=(("en_GB", 1), ("en_US", 1), ("de_DE", 1), ("sv_SE", 1)),
)

t(
    "specimen label",
    """
*{omrn1.mrn}*
{oper1.spaced_comma}   {odob1.mil}   F
[[EDTA 4 mL]]  [[FBC]]  collected {odate1.mil_short} 07:40
ward [[AMU]]   by {oper2.handle_initial}
""",
    locales=(("en_GB", 1), ("en_IE", 1), ("en_AU", 1), ("en_NZ", 1)),
)

t(
    "airline passenger medical form",
    """
MEDIF — Part 1 (passenger)
Passenger: {oper1.r_slash} MRS    Booking ref: {oref1.appl}
Flight on {odate1.mil}, {otown1} to {otown2}
Wheelchair: [[WCHC]]   Oxygen: [[2 L/min POC]], device serial {odev1.cpap}
Escort: {oper2.r_slash} MR, passport {opass1}
Attending physician: {oper3.full}, {otel1.intl}, {ofax1.intl}
""",
    locales=(("en_GB", 1), ("ar_AE", 1), ("tr_TR", 1), ("th_TH", 1), ("en_IN", 1), ("es_ES", 1)),
)

t(
    "consent form",
    """
AUTHORISATION TO DISCLOSE PROTECTED HEALTH INFORMATION (HIPAA 164.508)
I, {oper1.r_first_caps_last} (date of birth {odob1.long}), authorise release of my records
for [[dates of treatment listed below]] to {oper2.r_full} of {oaddr2}.
Records may be sent by fax to {ofax1} or by e-mail to {omail1}.
Signed: {oper1.native}          Witness: {oper3.initials_caps_last}
""",
    locales=(("en_US", 1), ("en_CA", 1), ("ko_KR", 1), ("zh_TW", 1), ("ja_JP", 1)),
)


SPLIT = Split(
    name="heldout_o",
    templates=tuple(TEMPLATES),
    seeds=range(84300001, 84300401),
    locales=ALL,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    # O draws no value from the generator's shape slots; these satisfy check_split only.
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("O-#######",)
    ),
    date_formats=("%Y-%m-%d",),
)
