"""Split P: held out in session 31, run once there and reported; DEV-side since session 32.

Session 32 reads P's leaks by value and tunes on them (as on D to O), so P no longer
measures generalisation: held-out Q (heldout_q_templates.py), written before that tuning by
an author barred from P, does. What follows is how P was written, in session 30: documents
of regulated work in many countries, by an author barred from the redactor, from its
results and from every other split's templates and forms. Values come from p_forms.py
(slots `p...`); every date counts from p_forms.P_TODAY, so the split renders the same on
any day.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.p_forms import ID_COUNTRIES

DE = (("de_DE", 4), ("de_AT", 1), ("de_CH", 1))
FR = (("fr_FR", 4), ("fr_CA", 1), ("fr_CH", 1))
ES = (("es_ES", 2), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1))
PT = (("pt_BR", 3), ("pt_PT", 1))
NORDIC = (("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1), ("is_IS", 1))
CJK = (("ja_JP", 1), ("zh_CN", 1), ("zh_TW", 1), ("ko_KR", 1))
SLAVIC = (("pl_PL", 2), ("cs_CZ", 1), ("sk_SK", 1), ("hr_HR", 1), ("sl_SI", 1), ("bg_BG", 1))
EN = (("en_US", 3), ("en_GB", 2), ("en_IE", 1), ("en_AU", 1), ("en_NZ", 1), ("en_CA", 1))
SOUTH = (("en_IN", 2), ("hi_IN", 1), ("ta_IN", 1), ("bn_BD", 1), ("ne_NP", 1))
AFRICA = (("en_KE", 1), ("sw", 1), ("zu_ZA", 1), ("yo_NG", 1), ("tw_GH", 1))
GULF = (("ar_SA", 1), ("fa_IR", 1), ("he_IL", 1), ("az_AZ", 1), ("en_US", 1))
SEA = (("id_ID", 2), ("vi_VN", 2), ("th_TH", 1), ("fil_PH", 1), ("en_MS", 1))
CAUCASUS = (("ka_GE", 1), ("hy_AM", 1), ("ru_RU", 2), ("uk_UA", 2))


def t(
    id_: str,
    doc_type: str,
    text: str,
    locales: tuple[tuple[str, int], ...] = (),
    ids: tuple[str, ...] = (),
) -> Template:
    return Template(f"p-{id_}", doc_type, text.strip("\n"), locales, ids)


TEMPLATES: list[Template] = [
    # --- the eight -----------------------------------------------------------------
    t(
        "clin-1",
        "clinical note",
        """
PROGRESS NOTE — Ward 7B (step-down)
Pt: {pper1.caps_last_first}   DOB {pdob1.mdy}   MRN# {pmrn1.dash}
Seen on rounds {pdate1.mdy}. {pper1.first} reports less dyspnoea overnight; sats 94% on 2 L.
Plan: continue [[piperacillin-tazobactam]], wean O2, repeat [[CBC with differential]] in AM.
Daughter ({pper2.first_last}, {ptel1}) updated at bedside.
— {pper3.initials}, PA-C
""",
    ),
    t(
        "clin-2",
        "clinical note",
        """
Hausärztliche Notiz vom {pdate1.de}
Patientin: {pper1.last}, {pper1.first} (geb. {pdob1.dmy_dot}), {paddr1}
Versichertennr. {pplan1.kvnr}
Beschwerden seit 3 Tagen, Fieber bis 38,9. Befund: Rachenring gerötet. Dx [[J02.9]].
Rp. [[Ibuprofen 400 mg]] 1-1-1. AU bis {pdate2.dmy_dot}.
Dr. med. {pper2.initial_last}
""",
        DE,
        ("DE", "AT", "CH"),
    ),
    t(
        "clin-3",
        "clinical note",
        """
Geriatrics consult, requested by {pper1.last_initial}: age {page1.plain}, lives alone in {ptown1}.
Chart {pmrn1.hosp}. Pt states her son "{pper2.first}" visits Sundays; his cell is {ptel1}.
Impression: [[delirium, hypoactive]]; r/o [[urinary tract infection]].
""",
    ),
    t(
        "clin-4",
        "clinical note",
        """
SOAP / tele-visit {pdate1.iso}
S: {pper1.first} ({pper1.r_native}) joined from {pip1} via {purl1}
O: BP 142/88 self-reported; weight 71 kg
A: [[essential hypertension]] — poorly controlled
P: start [[amlodipine 5 mg]] daily; labs at {paddr1}
Signed electronically: {pper2.caps_full} MD, NPI {plic1.npi}
""",
        CJK + EN,
    ),
    t(
        "dis-1",
        "discharge summary",
        """
DISCHARGE SUMMARY
Discharge summary for {pper1.last_first}. Admitted {pdate1.d_mon_y}; discharged {pdate2.d_mon_y}.
NHS No: {pnat1.gb}   Hospital no. {pmrn1.lab}
Principal diagnosis: [[community-acquired pneumonia]] ([[J18.9]]).
GP: Dr {pper2.last}, {paddr2}
Follow-up with respiratory clinic; district nurse to visit {paddr1}.
""",
        (("en_GB", 3), ("en_IE", 1)),
        ("GB",),
    ),
    t(
        "dis-2",
        "discharge summary",
        """
Compte rendu de sortie — hospitalisation du {pdate1.fr} au {pdate2.fr}
Mme {pper1.caps_last} {pper1.first}, née le {pdob1.fr}, NIR {pnat1.fr}
Adresse : {paddr1}
Traitement de sortie : [[apixaban 5 mg]] matin et soir ; [[bisoprolol 2,5 mg]].
Médecin traitant déclaré : Dr {pper2.first_caps_last} (tél. {ptel1})
""",
        FR,
        ("FR",),
    ),
    t(
        "dis-3",
        "discharge summary",
        """
出院小结
患者：{pper1.native}　性别：女　年龄：{page1.plain}岁
身份证号：{pnat1}
入院日期：{pdate1.cjk}　出院日期：{pdate2.cjk}
诊断：[[2型糖尿病]]；[[高血压病3级]]
联系人：{pper2.native}（{ptel1}）
""",
        (("zh_CN", 1),),
        ("CN",),
    ),
    t(
        "rad-1",
        "radiology request",
        """
RADIOLOGY REQUEST | priority: urgent
Exam: [[CT pulmonary angiogram]]
Patient: {pper1.caret}  |  Sex: M  |  DOB: {pdob1.hl7}
Acc#: {pref1.ticket}   MRN: {pmrn1.slash}
Clinical hx: [[pleuritic chest pain]], D-dimer raised. eGFR 58.
Contrast allergy? N. Pregnant? N/A. Implant: pacemaker s/n {pdev1.pacer}
Requested by: {pper2.initials} (bleep 4471), Dr {pper2.last}
""",
    ),
    t(
        "rad-2",
        "radiology request",
        """
Skierowanie na badanie: [[RTG klatki piersiowej PA i boczne]]
Pacjent: {pper1.full}, PESEL {pnat1.pl}
Adres: {paddr1}
Rozpoznanie: [[R05]] kaszel
Lekarz kierujący: lek. {pper2.full}, nr PWZ {plic1.gmc}
Data: {pdate1.pl}
""",
        (("pl_PL", 1),),
        ("PL",),
    ),
    t(
        "claim-1",
        "insurance claim",
        """
CMS-1500 (excerpt, keyed from paper)
1a INSURED'S ID NUMBER ________ {pplan1.member}
2  PATIENT'S NAME _____________ {pper1.caps_last_first_all}
3  BIRTH DATE _________________ {pdob1.mdy}
5  ADDRESS ____________________ {paddr1.street}
   CITY {ptown1}  ZIP {ppost1}  PHONE {ptel1}
11 GROUP NUMBER _______________ {pplan2.group}
24 DOS {pdate1.mdy_short}  CPT [[99214]]  ICD [[E11.65]]  $185.00
25 FEDERAL TAX I.D. ___________ {pnat1.us}
31 SIGNATURE OF PHYSICIAN _____ {pper2.caps}
""",
        (("en_US", 1),),
        ("US",),
    ),
    t(
        "claim-2",
        "insurance claim",
        """
Schadenmeldung Reisekrankenversicherung
Versicherte Person: {pper1.first_caps_last}
Policennr. {pref1.claim} · IBAN für Erstattung: {piban1}
Behandlung in {ptown1} am {pdate1.dmy_dot}; Rechnung des Spitals liegt bei.
Diagnose laut Arztbericht: [[Distorsion OSG rechts]]
Rückfragen an {pmail1} oder {ptel1}
""",
        DE,
        ("AT", "CH"),
    ),
    t(
        "kyc-1",
        "KYC review",
        """
KYC PERIODIC REVIEW — risk rating: MEDIUM
Customer        : {pper1.caps_last_first}
Also known as   : {pper1.r_first_last}
Date of birth   : {pdob1.d_mon_y}
Nationality ID  : {pnat1} ({pnat1.label})
Passport        : {ppass1}
Residential addr: {paddr1}
Source of funds : salary, [[rental income]]
Selfie match    : {pphoto1}
Reviewer note: address proof is a utility bill in the name of {pper2.full} (spouse).
""",
        CAUCASUS + SEA,
    ),
    t(
        "kyc-2",
        "KYC review",
        """
onboarding_check,result,detail
name_screening,clear,"{pper1.last_first}"
pep_screening,clear,
doc_type,passport,{ppass1.ng}
liveness,pass,score 0.97
address_match,partial,"{paddr1}"
phone_otp,verified,{ptel1}
device,seen_before,{pdev1.android}
ip_geo,mismatch,{pip1}
""",
        AFRICA,
    ),
    t(
        "fraud-1",
        "fraud case",
        """
Case {pref1.aml} — card-not-present fraud, disputed by cardholder
Cardholder: Mrs {pper1.first_initial} ({pmail1})
Card: {pcard1}  exp 09/29
Disputed txns between {pdate1.iso} and {pdate2.iso}: 14 x [[MCC 5967]]
Merchant descriptor: "SP * DIGITALGOODS"
Login IPs: {pip1}, {pip2}
Ship-to: {paddr1}, consignee "{pper2.caps}"
Outcome: chargeback raised under reason code [[10.4]].
""",
    ),
    t(
        "fraud-2",
        "fraud case",
        """
Investigator log — account takeover
{pdate1.iso_t} SIM swap reported on {ptel1}
{pdate2.iso_t} new payee added: {pper2.last_first}, {pacct1.uk}
{pdate3.iso_t} {pper1.handle} logged in from {pip1} (MAC {pmac1})
Called customer {pper1.last}; confirmed not her. Funds recalled via [[Faster Payments]].
""",
        (("en_GB", 1),),
    ),
    t(
        "hr-1",
        "HR leave request",
        """
Leave request #{pref1.employee}
Employee: {pper1.last_first_mi}    Dept: Sterile Services
Type: [[parental leave]] (shared)
From {pdate1.dmy_slash} to {pdate2.dmy_slash}
Partner: {pper2.full}; baby's expected date {pdate3.dmy_slash}
Manager approval: {pper3.first_last} — approved
Payroll ref / NI: {pnat1.gb}
""",
        (("en_GB", 2), ("en_IE", 1)),
        ("GB", "IE"),
    ),
    t(
        "hr-2",
        "HR leave request",
        """
Solicitud de licencia por enfermedad
Trabajador/a: {pper1.caps_full}
RUT: {pnat1.cl}
Periodo: del {pdate1.es} al {pdate2.es}
Licencia médica N° {pref1.police} emitida por {pper2.first_last}, [[médico cirujano]]
Domicilio durante el reposo: {paddr1}
Fono: {ptel1}
""",
        (("es_CL", 2), ("es_AR", 1)),
        ("CL",),
    ),
    t(
        "chat-1",
        "chat transcript",
        """
[09:14] {pper1.handle}: hi, my pharmacy says the prior auth for [[Ozempic]] was denied??
[09:15] Agent_Nia: Sorry to hear that! Can you confirm your member ID and DOB?
[09:15] {pper1.handle}: {pplan1.member} / {pdob1.mdy}
[09:17] Agent_Nia: Thanks {pper1.first}. I see the denial from {pdate1.mdy}.
[09:17] Agent_Nia: I'll open an appeal, ref {pref1.ticket}.
[09:18] {pper1.handle}: ok. also my address changed to {paddr1}
""",
        (("en_US", 1),),
    ),
    t(
        "chat-2",
        "chat transcript",
        """
{pper1.first_last}, [{pdate1.dmy_dot} 21:02]
Guten Abend, ich habe eine Frage zu meinem Befund vom Dienstag.
Praxis Team, [{pdate1.dmy_dot} 21:10]
Hallo {pper1.first}, bitte schicken Sie uns Ihre Versichertennummer.
{pper1.first_last}, [{pdate1.dmy_dot} 21:11]
{pplan1.kvnr}
{pper1.first_last}, [{pdate1.dmy_dot} 21:11]
und falls Sie zurückrufen: {ptel1}
""",
        DE,
    ),
    t(
        "chat-3",
        "chat transcript",
        """
*Support bot*: Welcome back! Which order?
*{pper1.r_first}*: the one to {paddr1}
*Support bot*: Found it. Card ending ****. Is {pmail1} still right?
*{pper1.r_first}*: yes. its for my grandmother {pper2.r_full}, she is {page1.plain}
*Agent {pper3.first}*: I've flagged it for a welfare check with the courier.
""",
        CAUCASUS + GULF,
    ),
]

HEALTH: list[Template] = [
    t(
        "pharm-1",
        "pharmacy dispensing record",
        """
DISPENSING LABEL (reprint)
{pper1.caps_last_first}                         Rx {pref1.ticket}
[[Sertraline 50 mg tablets]]  #30  TAKE ONE DAILY
Dr. {pper2.initial_last}   DEA {plic1.dea}
Filled {pdate1.mdy_short} · refills 2 · {paddr1}
""",
        (("en_US", 1),),
    ),
    t(
        "pharm-2",
        "pharmacy dispensing record",
        """
Apotheke — BtM-Abgabe
Abgabe am {pdate1.dmy_dot} an: {pper1.last}, {pper1.first}, {paddr1}
Verordnende Ärztin: {pper2.full}, LANR {plic1.gmc}
Präparat: [[Tilidin/Naloxon 50/4 mg]] N2
Abholer (nicht Patient): {pper3.first_last}, Ausweis-Nr. {ppass1.de}
""",
        DE,
    ),
    t(
        "pharm-3",
        "pharmacy dispensing record",
        """
薬剤情報提供書
{pper1.native} 様　（{pdob1.jp_era} 生）
処方日：{pdate1.jp_era}
[[アムロジピン錠5mg]]　1日1回　朝食後
お問い合わせ：{ptel1}
""",
        (("ja_JP", 1),),
    ),
    t(
        "lab-1",
        "lab report",
        """
LABORATORY REPORT                           Page 1 of 1
Name: {pper1.last_first_middle}      Sex: F   Age: {page1.plain}
DOB: {pdob1.mdy}   Lab No: {pmrn1.lab}
Collected: {pdate1.mdy}
Test                Result   Units    Ref range
[[Sodium]]             131 L   mmol/L   135-145
[[Potassium]]          5.4 H   mmol/L   3.5-5.1
[[Creatinine]]         1.9 H   mg/dL    0.6-1.1
Copy to: {pper2.initials}, {pfax1} (fax)
""",
    ),
    t(
        "lab-2",
        "lab report",
        """
OBX|1|NM|[[2345-7^Glucose^LN]]||211|mg/dL|70-99|HH|||F|||{pdate1.hl7}
PID|1||{pmrn1.long}^^^HOSP^MR||{pper1.caret}||{pdob1.hl7}|M|||{paddr1.street}^^{ptown1}^^{ppost1}||{ptel1}
NK1|1|{pper2.caret}|SPO|||{ptel2}
ORC|RE||{pref1.ticket}|||||||{pper3.caret}
""",
    ),
    t(
        "lab-3",
        "lab report",
        """
Laboratorio Clínico — Resultado
Paciente: {pper1.caps_full}   Documento: {pnat1}
Fecha de toma: {pdate1.dmy_slash}
[[Hemoglobina glicosilada (HbA1c)]]: 8.1 %
[[Colesterol LDL]]: 162 mg/dL
Médico solicitante: Dra. {pper2.last_first}
Entregar a: {pmail1}
""",
        ES,
        ("ES", "MX", "CL"),
    ),
    t(
        "path-1",
        "pathology report",
        """
SURGICAL PATHOLOGY — FINAL
Accession: {pmrn1.year}      Received: {pdate1.oracle}
Patient: {pper1.caps_last_first_all}     DOB: {pdob1.oracle}
Specimen: A. [[Sentinel lymph node, left axilla]]
DIAGNOSIS: A. [[Metastatic carcinoma]] in 1 of 2 nodes (2.1 mm), no extranodal extension.
Electronically signed {pdate2.oracle} by {pper2.first_last}, MD
{pper2.initials}/{pper3.handle_initial}
""",
    ),
    t(
        "path-2",
        "pathology report",
        """
Histopathologie Befund
Einsender: Dr. {pper2.last}, Praxis in {ptown1}
Name, Vorname: {pper1.caps_last}, {pper1.first}   geb.: {pdob1.dmy_dot}
Eingang: {pdate1.dmy_dot}  E-Nr.: {pmrn1.slash}
Befund: [[Tubuläres Adenom]] mit niedriggradiger intraepithelialer Neoplasie.
""",
        DE,
    ),
    t(
        "dent-1",
        "dental chart",
        """
DENTAL CHART — recall
Patient: {pper1.first} "{pper1.last}" ... file {pmrn1.px}
Teeth: 16 MOD [[composite]]; 36 [[root canal treatment]] started; 48 for extraction
Next appt {pdate1.d_mon_y}. Pays by direct debit from {piban1}.
Emergency contact: {pper2.first_last} {ptel1}
""",
        (("en_GB", 1), ("nl_NL", 1), ("en_IE", 1)),
    ),
    t(
        "dent-2",
        "dental chart",
        """
Odontograma / ficha clínica
Nombre y apellidos: {pper1.full}
CURP: {pnat1.mx}
Fecha: {pdate1.es}
Pieza 26: [[caries oclusal]] — obturación con resina
Pieza 11: fractura coronaria tras caída en {ptown1}
Tutor: {pper2.full}, cel. {ptel1}
""",
        (("es_MX", 1),),
        ("MX",),
    ),
    t(
        "mh-1",
        "mental-health intake",
        """
INTAKE — Community Mental Health Team
Referred by GP ({pper2.last_first}) on {pdate1.dmy_slash}
Client: {pper1.full} (pronouns: they/them), DOB {pdob1.dmy_slash}
Lives with: partner ({pper3.first}), at {paddr1}
Presenting: low mood, [[PHQ-9]] 19, passive ideation, no plan. [[GAD-7]] 14.
Risk formulation: moderate. Safety plan shared via {pmail1}.
Please do not call the landline; use mobile {ptel1} only.
""",
    ),
    t(
        "mh-2",
        "mental-health intake",
        """
Psykiatrisk bedömning — {pdate1.sv}
Patient: {pper1.last_first}, personnummer {pnat1.se}
Bor i {ptown1}. Anhörig: {pper2.first_last} (tel. {ptel1})
Bedömning: [[måttlig depressiv episod]] (F32.1). Ingen akut suicidrisk.
""",
        (("sv_SE", 1),),
        ("SE",),
    ),
    t(
        "amb-1",
        "ambulance run sheet",
        """
PATIENT CARE REPORT   Unit M14   Incident {pref1.police}
Dispatch {pdate1.mdy} 02:41  On scene 02:49
Location: {paddr1}  (GPS {pgeo1.dec})
Pt: {pper1.caps_last_space_first}  Age: {page1.plain}  Wt ~60 kg
CC: fall, hip pain. Hx [[atrial fibrillation]], on [[warfarin]].
Vitals: HR 112 irreg, BP 98/60, SpO2 93% RA
Refusal? No. Transported to ED. Crew: {pper2.initial_last} / {pper3.initial_last}
""",
    ),
    t(
        "amb-2",
        "ambulance run sheet",
        """
Rettungsdienstprotokoll
Einsatzort: {paddr1}
Koordinaten: {pgeo1.dms}
Patient: {pper1.full}  geb. {pdob1.dmy_dot}
Kostenträger-Nr. {pplan1.kvnr}
Notarzt: {pper2.initial_last}  Kfz-Kennz. RTW: {pveh1}
Maßnahmen: [[i.v.-Zugang]], [[12-Kanal-EKG]]
""",
        DE,
    ),
    t(
        "crf-1",
        "clinical-trial CRF",
        """
Study [[ABC-301]] — Case Report Form, Visit 4 (Week 12)
Site 017   Subject No. {pref1.subject}   Initials: {pper1.initials_nodot_last}
Visit date: {pdate1.oracle}
Vital signs: SBP 128 DBP 79 HR 71
AE since last visit? Yes → see AE form. Con-med: [[metformin 1000 mg BID]]
PI signature / date: {pper2.caps_full} / {pdate2.oracle}
Monitor query: subject's year of birth conflicts with DOB {pdob1.oracle} on screening form.
""",
    ),
    t(
        "ae-1",
        "adverse-event report",
        """
Suspected ADR — spontaneous report (yellow-card style)
Report ID: {pref1.ae}
Pt initials {pper1.last_dot_initials} · age {page1.plain} · male
Suspect drug: [[nivolumab]], lot no. [[AB1234]]
Reaction: [[immune-mediated colitis]], onset {pdate1.d_mon_y}
Reported by {pper2.full} (community pharmacist) — {pmail1} / {ptel1}
Reporter address: {paddr1}
""",
    ),
    t(
        "ae-2",
        "adverse-event report",
        """
Déclaration d'effet indésirable (patient)
Je m'appelle {pper1.first_last}, j'habite {paddr1}.
Après la 2e dose du vaccin le {pdate1.fr}, j'ai eu une [[paralysie faciale]].
Mon numéro de sécurité sociale : {pnat1.fr}
Vous pouvez me joindre au {ptel1} ou {pmail1}.
""",
        FR,
        ("FR",),
    ),
    t(
        "appeal-1",
        "insurance appeal",
        """
{pdate1.mon_d_y}

Appeals Unit
RE: Level 1 appeal — claim {pref1.claim}; member {pper1.full}, ID {pplan1.mbi}

To whom it may concern,
I am writing on behalf of my mother, {pper1.first_last}, who is {page1.spelled} years old, to
appeal the denial of [[skilled nursing facility]] days after her hip fracture.
Her physician, Dr. {pper2.last} (NPI {plic1.npi}), documented the need.
Please send correspondence to me, {pper3.full}, {paddr1}, or call {ptel1}.

Sincerely,
{pper3.first_last}
""",
    ),
    t(
        "appeal-2",
        "insurance appeal",
        """
Betreff: Widerspruch gg. Ihren Bescheid vom {pdate1.dmy_dot}
Az. {pref1.cnr}
Sehr geehrte Damen und Herren der Widerspruchsstelle,
hiermit lege ich, {pper1.first} {pper1.last}, wohnhaft {paddr1}, Widerspruch gegen die
Ablehnung der [[Hilfsmittelversorgung]] (Rollator) ein.
Versichertennummer: {pplan1.kvnr}
Mit freundlichen Grüßen
{pper1.full}
""",
        DE,
    ),
    t(
        "donor-1",
        "blood bank record",
        """
Donor record — whole blood
Donor: {pper1.last_first}  donor no. {pmrn1.hosp}
Blood group: [[O RhD negative]]  Hb 141 g/L
Last donation {pdate1.dmy_slash}; deferral lifted {pdate2.dmy_slash}
Contact: {pmail1} / {ptel1}
""",
    ),
    t(
        "vacc-1",
        "vaccination record",
        """
Immunisation history (printout)
Child: {pper1.first_lower_last}   DOB {pdob1.kid_dmy_dash}   NHI {pmrn1.px}
[[MMR]] dose 1   {pdate1.dmy_dash}   given by {pper2.first_initial}
[[DTaP-IPV]]     {pdate2.dmy_dash}
Parent/guardian: {pper3.full}, {paddr1}
""",
        (("en_NZ", 1), ("en_AU", 1)),
    ),
    t(
        "occ-1",
        "occupational health record",
        """
Occupational health — fitness for work
Employee {pper1.first_mid_last} (staff no. {pref1.employee}), night shift porter
Seen {pdate1.d_mon_y}. Back pain after manual handling; [[lumbar strain]].
Fit for modified duties 4 weeks. Driving licence: {plic1.dvla}
Forklift certificate {plic2.cpr_cert}
""",
        (("en_GB", 1),),
    ),
    t(
        "hosp-1",
        "hospice note",
        """
Hospice day unit — visit {pdate1.ordinal}
{pper1.first} is {page1.plain} and frail; enjoys the garden.
Family: son {pper2.first_last} ({ptel1}), granddaughter {pper3.first}.
Syringe driver: [[morphine sulfate]] 10 mg / [[midazolam]] 5 mg over 24 h
Pump serial {pdev1.pump}. DNACPR in place.
""",
    ),
    t(
        "ivf-1",
        "fertility clinic record",
        """
Embryology lab sheet
Female partner: {pper1.caps_last_first} · DOB {pdob1.dmy_slash} · ID {pmrn1.dots}
Male partner:   {pper2.caps_last_first} · DOB {pdob2.dmy_slash}
Donor code (anonymous): {pbio1.fp}
Egg collection {pdate1.dmy_slash}: 11 oocytes; [[ICSI]]; day-5 [[blastocyst]] graded 4AA
""",
    ),
    t(
        "gen-1",
        "genetic counselling referral",
        """
Referral to clinical genetics
Proband: {pper1.full} ({pdob1.d_mon_y}), NHS {pnat1.gb}
Family history: mother {pper2.first_last} d. breast ca age 44; maternal aunt ovarian ca.
Request: [[BRCA1/BRCA2]] panel. Sample barcode {pbio1.iris}
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "home-1",
        "home-care visit log",
        """
Visit log — {pdate1.dmy_slash}
08:05 arrived {paddr1}; key safe code given by office
Client {pper1.first} ({pper1.last}) in bed, {page1.plain} y.o., catheter bag emptied
Meds from blister: [[levothyroxine]], [[donepezil]]
08:40 left. Carer: {pper2.first_initial}; next visit {pper3.first_initial} at 12:30
""",
    ),
]

MONEY: list[Template] = [
    t(
        "mort-1",
        "mortgage file",
        """
UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1a (borrower)
Name (First, Middle, Last, Suffix): {pper1.first_mid_last}
Social Security Number: {pnat1.us}
Date of Birth (mm/dd/yyyy): {pdob1.mdy}
Current Address: {paddr1}
How long at current address? 3 years 4 months   Housing: Rent ($1,850/month)
Co-borrower: {pper2.last_first}
Employer phone: {ptel1}    Account for escrow: {pacct1.us}
""",
        (("en_US", 1),),
        ("US",),
    ),
    t(
        "mort-2",
        "mortgage file",
        """
Valuation note (desktop)
Subject property: {paddr1}
Title register: proprietor {pper1.caps_full} and {pper2.caps_full}
Lender ref {pref1.trn}; loan account {pacct1.loan}
Inspection arranged with occupier by phone ({ptel1}) on {pdate1.d_mon_y}
Comparable sold for [[£412,000]] nearby.
""",
        (("en_GB", 2), ("en_IE", 1)),
    ),
    t(
        "swift-1",
        "SWIFT MT103 message",
        """
[[{1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}]]
:20:{pref1.trn}
:23B:CRED
:32A:{pdate1.swift}EUR12500,00
:50K:/{piban1.compact}
{pper1.caps}
{paddr1}
:59:/{piban2.compact}
{pper2.caps}
:70:INVOICE 2291 SCHOOL FEES
:71A:SHA
""",
    ),
    t(
        "swift-2",
        "wire transfer instruction",
        """
OUTGOING WIRE — call-back verification
Beneficiary: {pper1.caps_last_first}
Beneficiary acct: {pacct1.us}   ABA [[021000021]]
Beneficiary address: {paddr1}
Amount: USD 48,000.00   Value date: {pdate1.mdy}
Call-back done by {pper2.first_initial} to {ptel1} (number on file, not the one in the e-mail)
gpi UETR {pref1.uetr}
""",
        (("en_US", 1),),
    ),
    t(
        "sepa-1",
        "SEPA credit transfer export",
        """
{
  "MsgId": "{pref1.e2e}",
  "CreDtTm": "{pdate1.iso_t}",
  "Dbtr": {"Nm": "{pper1.full}", "PstlAdr": "{paddr1}"},
  "DbtrAcct": "{piban1.compact}",
  "Cdtr": {"Nm": "{pper2.caps}"},
  "CdtrAcct": "{piban2.compact}",
  "RmtInf": "[[Miete Maerz]]"
}
""",
        (("de_DE", 1), ("nl_NL", 1), ("fr_FR", 1), ("it_IT", 1), ("es_ES", 1)),
    ),
    t(
        "aml-1",
        "AML alert",
        """
TM ALERT {pref1.aml} | scenario [[rapid movement of funds]] | score 87/100
Subject: {pper1.caps_last_first} (customer since {pdate1.iso})
Account(s): {pacct1.uk}
Pattern: 31 inbound transfers from 19 senders, then outbound to {piban1}
Counterparty flagged: {pper2.last_first}, {ptown1}
Analyst: {pper3.handle_under} — escalated to MLRO; SAR ref {pref2.sar}
""",
    ),
    t(
        "aml-2",
        "sanctions screening hit",
        """
Screening hit review — potential match 0.91
Input name: {pper1.r_caps}
List entry: {pper2.r_caps_last_first_all}
DOB input {pdob1.iso} vs list {pdob2.iso}
Passport input {ppass1} — list has none
Decision: FALSE POSITIVE (different DOB and nationality). Reviewed by {pper3.first_last}.
""",
        CAUCASUS + GULF,
    ),
    t(
        "pay-1",
        "payroll export",
        """
emp_id\tsurname\tgiven\tni_number\tsort_acct\tgross\ttax_code
{pref1.employee}\t{pper1.last}\t{pper1.first}\t{pnat1.gb}\t{pacct1.uk}\t3,412.50\t[[1257L]]
{pref2.employee}\t{pper2.last}\t{pper2.first}\t{pnat2.gb}\t{pacct2.uk}\t2,118.00\t[[BR]]
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "pay-2",
        "payroll export",
        """
"Matricule";"Nom";"Prénom";"N° SS";"IBAN";"Net à payer"
"{pref1.employee}";"{pper1.caps_last}";"{pper1.first}";"{pnat1.fr}";"{piban1}";"2 184,37"
""",
        FR,
        ("FR",),
    ),
    t(
        "pay-3",
        "payslip",
        """
SALARY SLIP — {pdate1.d_mon_y}
Employee: {pper1.caps_full}     Emp. code {pref1.employee}
PAN: {pnat1}     UAN: {pmrn1.long}
Bank A/c: {pacct1.in}
Basic 42,000  HRA 16,800  [[Professional Tax]] 200  [[TDS]] 3,450
""",
        SOUTH,
        ("IN",),
    ),
    t(
        "credit-1",
        "credit report",
        """
CONSUMER CREDIT FILE (summary)
Subject: {pper1.last_first_middle}
Also reported as: {pper1.initials}; {pper1.caps_last_first}
Current address: {paddr1}
Previous address: {paddr2}
Tradelines: {pcard1} (revolving, [[30 days late]] x1); auto loan, VIN {pveh1.vin}
Inquiry by landlord on {pdate1.mdy}
""",
    ),
    t(
        "debt-1",
        "debt collection letter",
        """
{paddr1.lines}

{pdate1.mon_d_y}

Dear {pper1.first_last},
Account number: {pacct1.loan}   Original creditor: Metro Utilities
Our records show an outstanding balance of $1,204.17. This is an attempt to collect a debt.
Call us at {ptel1} or pay online at {purl1}.
""",
        (("en_US", 1),),
    ),
    t(
        "pension-1",
        "pension statement",
        """
Pensioenoverzicht {pdate1.nl}
{pper1.full}
{paddr1}
BSN: {pnat1.nl}
Opgebouwd ouderdomspensioen: € 7.412 per jaar vanaf [[AOW-leeftijd]]
Partner: {pper2.full}
""",
        (("nl_NL", 2), ("nl_BE", 1)),
        ("NL",),
    ),
    t(
        "crypto-1",
        "crypto exchange KYC",
        """
Withdrawal hold — enhanced due diligence
User {pper1.handle} (UID {pref1.student}) requested withdrawal to {pacct1.wallet}
Login from {pip1} / {pip2}; device {pdev1.android}
Document on file: {pnat1} ({pnat1.label})
Selfie: {pphoto1}
""",
        SEA + EN,
        ("MY", "ID", "TH", "US", "GB"),
    ),
    t(
        "tax-1",
        "tax return",
        """
Einkommensteuererklärung {pdate1.dmy_dot} eingegangen
Steuerpflichtige Person: {pper1.full}, Identifikationsnummer {pnat1.de}
Ehegatte: {pper2.full}
Anschrift: {paddr1}
Erstattung bitte auf das Konto {piban1.spaced}
[[Werbungskosten]] 3.214 €, [[Sonderausgaben]] 1.100 €
""",
        (("de_DE", 1),),
        ("DE",),
    ),
    t(
        "tax-2",
        "tax return",
        """
IRD — individual tax return, year ending 31 March
IRD number: {pnat1.nz}
Name: {pper1.caps_last_first}
Postal address: {paddr1}
Bank account for refunds: {pacct1.bsb}
Signed {pdate1.dmy_slash}
""",
        (("en_NZ", 1),),
        ("NZ",),
    ),
    t(
        "remit-1",
        "remittance receipt",
        """
MONEY TRANSFER RECEIPT
MTCN {pref1.student}
Sender: {pper1.caps_last_first}, {ptel1}
Receiver: {pper2.r_caps_last_first}, pick-up in {ptown1}
Sender ID: {ppass1}  issued {pdate1.dmy_slash}
Amount sent 350.00 USD   Fee 9.00   [[FX rate]] 1 USD = 25,210 VND
""",
        SEA + SOUTH,
    ),
    t(
        "micro-1",
        "microfinance loan file",
        """
Group loan — weekly meeting sheet
Member: {pper1.full}, M-Pesa {pacct1.mpesa}
ID: {pnat1.ke}
Guarantor: {pper2.full}
Business: vegetable kiosk near {ptown1} stage
Disbursed {pdate1.dmy_slash}: KES 20,000; [[repayment]] weekly
""",
        (("en_KE", 2), ("sw", 1)),
        ("KE",),
    ),
    t(
        "cheque-1",
        "scanned cheque (OCR)",
        """
PAY {pper1.ocr_caps} **** ORDER
THE SUM OF Three thousand two hundred dollars only
DATE {pdate1.dmy_dot}
A/C PAYEE   {pacct1.ca}
SIGNED {pper2.ocr}
""",
    ),
    t(
        "insure-1",
        "life insurance application",
        """
Section B — Life insured
Full name ............ {pper1.full}
Date of birth ........ {pdob1.d_mon_y}   Smoker: No
Height/weight ........ 178 cm / 84 kg
GP ................... Dr {pper2.last}, {paddr2}
Beneficiary .......... {pper3.full} (spouse)
Beneficiary bank ..... {piban1}
""",
    ),
    t(
        "card-1",
        "card dispute form",
        """
Dispute form — please print clearly
Name on card: {pper1.caps}
Card number: {pcard1}
Transaction date: {pdate1.mdy}  Amount: 219.99
Merchant: online electronics
[x] I did not authorise this transaction
Signature: {pper1.first_initial}   Phone: {ptel1}
""",
    ),
]

STATE: list[Template] = [
    t(
        "imm-1",
        "immigration file",
        """
FORM I-130 — NOTICE OF ACTION (receipt)
Receipt Number {ppass1.uscis}     Received {pdate1.mdy}
Petitioner: {pper1.caps_last_first_all}
Beneficiary: {pper2.r_caps_last_first_all}   A# {ppass2.anumber}
Beneficiary DOB: {pdob1.mdy}
Mailing address: c/o {pper1.first_last}, {paddr1}
""",
        (("en_US", 1), ("vi_VN", 1), ("fil_PH", 1), ("es_MX", 1), ("hi_IN", 1)),
    ),
    t(
        "imm-2",
        "visa application",
        """
Visa application — family visit
Applicant: {pper1.r_last_first}   ({pper1.native})
GWF reference: {pref1.gwf}
Passport: {ppass1}    Date of birth: {pdob1.d_mon_y}
Sponsor in the UK: {pper2.full}, {paddr2}, {ptel1}
Sponsor's relationship: brother-in-law
""",
        CJK + SOUTH + CAUCASUS,
    ),
    t(
        "imm-3",
        "residence permit file",
        """
Aktenvermerk Ausländerbehörde
Vorsprache am {pdate1.dmy_dot}: {pper1.caps_last}, {pper1.first}, Staatsangehörigkeit: syrisch
Aufenthaltstitel-Nr. {ppass1.brp}
Wohnanschrift lt. Meldebescheinigung: {paddr1}
Dolmetscher: {pper2.full}
Fiktionsbescheinigung ausgestellt bis {pdate2.dmy_dot}
""",
        DE,
    ),
    t(
        "imm-4",
        "work permit record",
        """
Iqama / residency renewal — HR file
Employee: {pper1.r_caps_full}
Iqama no. {ppass1.iqama}   Passport {ppass2}
Sponsor (kafeel): establishment no. 7-1149
Medical fitness: [[fit]], tested {pdate1.iso}
Mobile: {ptel1}
""",
        GULF + SOUTH + SEA,
    ),
    t(
        "court-1",
        "court record",
        """
UNITED STATES DISTRICT COURT FOR THE DISTRICT OF [[NEW JERSEY]]
Case No. {pref1.docket}
{pper1.caps}, Plaintiff,
v.
{pper2.caps}, Defendant.
DECLARATION OF {pper3.caps}
I, {pper3.first_mid_last}, declare: 1. I reside at {paddr1}. 2. On {pdate1.mon_d_y} I saw the
Defendant's vehicle (plate {pveh1}) leave the lot.
""",
        (("en_US", 1),),
    ),
    t(
        "court-2",
        "court record",
        """
Tribunale di {ptown1} — Sezione Lavoro
R.G. n. {pref1.cnr}
Ricorrente: {pper1.caps_last} {pper1.first}, C.F. {pnat1.it}, residente in {paddr1}
Resistente: società cooperativa
Udienza del {pdate1.it}. Il giudice, dott.ssa {pper2.full}, rinvia per [[prova testimoniale]].
""",
        (("it_IT", 1),),
        ("IT",),
    ),
    t(
        "court-3",
        "court record",
        """
ВИРОК
ІМЕНЕМ УКРАЇНИ
{pdate1.dmy_dot} суддя {pper2.native} розглянув справу № {pref1.cnr}
обвинувачений: {pper1.official}, РНОКПП {pnat1.ua}
""",
        (("uk_UA", 1),),
        ("UA",),
    ),
    t(
        "police-1",
        "police record",
        """
INCIDENT REPORT {pref1.police}
Reporting person: {pper1.last_first} DOB {pdob1.mdy} Tel {ptel1}
Address: {paddr1}
Suspect: W/M, approx 30s, known as "{pper2.first}"; vehicle {pveh1}
Narrative: RP states suspect removed a catalytic converter from RP's vehicle (VIN {pveh2.vin})
between 2300 and 0600. Prints lifted, AFIS ref {pbio1.afis}.
Officer {pper3.caps_last} #4471
""",
    ),
    t(
        "police-2",
        "police record",
        """
Procès-verbal d'audition de témoin
Le {pdate1.fr}, devant nous, {pper2.caps_last} {pper2.first}, brigadier,
comparaît {pper1.caps_last} {pper1.first}, né le {pdob1.fr} à {ptown1}, demeurant {paddr1},
titulaire du permis {plic1} et du téléphone {ptel1}, qui déclare : ...
""",
        FR,
        ("FR",),
    ),
    t(
        "police-3",
        "witness statement",
        """
WITNESS STATEMENT (CJ Act 1967, s.9)
Statement of: {pper1.full}    Age if under 18: over 18
Occupation: nurse
This statement consisting of 2 pages signed by me is true to the best of my knowledge.
On {pdate1.ordinal} I was walking my dog on {paddr1.street} when I saw a man I know as
{pper2.first_last} shouting at a woman outside number 14.
Signed: {pper1.initial_last}
""",
        (("en_GB", 1),),
    ),
    t(
        "prison-1",
        "custody record",
        """
CUSTODY RECORD {pref1.police}
Detained person: {pper1.caps_last_first}   Age: 34   DOB {pdob1.dmy_slash}
Biometrics taken: fingerprints ({pbio1.fp}), DNA swab
Property: phone IMEI {pdev1.imei}, keys, wallet with card {pcard1}
Solicitor: {pper2.full} ({ptel1})
Appropriate adult: not required
""",
        (("en_GB", 1),),
    ),
    t(
        "school-1",
        "school record",
        """
Pupil record — safeguarding flag
Pupil: {pper1.first_last}   Year 8   UPN {pref1.student}
DOB {pdob1.kid_dmy_slash}
Parents: {pper2.full} (resident), {pper3.full} (no contact order)
Home address: {paddr1}
Concern logged {pdate1.dmy_slash} by {pper4.initials}:
bruising to forearm, pupil says "fell off bike".
""",
        (("en_GB", 2), ("en_IE", 1)),
    ),
    t(
        "school-2",
        "school record",
        """
Zeugnis der Klasse 10b — Schuljahr
{pper1.first} {pper1.last}, geboren am {pdob1.kid_de} in {ptown1}
Deutsch 2 · Mathematik 3 · [[Englisch]] 2
Versäumte Tage: 4 (entschuldigt)
Klassenlehrerin: {pper2.full}
""",
        DE,
    ),
    t(
        "uni-1",
        "university admissions record",
        """
applicant_id,family_name,given_names,birth_date,email,phone,country
{pref1.student},{pper1.r_last},{pper1.r_first},{pdob1.iso},{pmail1},{ptel1},[[KR]]
{pref2.student},{pper2.r_last},{pper2.r_first},{pdob2.iso},{pmail2},{ptel2},[[VN]]
""",
        CJK + SEA,
    ),
    t(
        "social-1",
        "social-care record",
        """
Adult Social Care — case note (joint visit)
Service user: {pper1.full}, {page1.plain}, lives at {paddr1}
Visited with OT {pper2.first_last} on {pdate1.d_mon_y}.
Daughter {pper3.first} (LPA for health & welfare) present; her number {ptel1}.
Outcome: [[stair lift]] assessment; respite referral. Blue badge {plic1.cpr_cert} renewed.
""",
        (("en_GB", 1),),
    ),
    t(
        "social-2",
        "child-protection referral",
        """
Melding Veilig Thuis — {pdate1.nl}
Kind: {pper1.first} {pper1.last}, geb. {pdob1.kid_dmy_dash}, BSN {pnat1.nl}
Moeder: {pper2.full}; vader: {pper3.full}
Adres: {paddr1}
Melder: leerkracht, bereikbaar op {ptel1}
""",
        (("nl_NL", 1),),
        ("NL",),
    ),
    t(
        "death-1",
        "death certificate",
        """
MCCD (copy for the registrar) — cause of death
Name of deceased: {pper1.caps_full}
Date of death: {pdate1.ordinal}    Age as stated to me: {page1.plain}
Place of death: {paddr1}
I a) [[Bronchopneumonia]]  b) [[Alzheimer's disease]]
Certified by {pper2.full} (GMC no. {plic1.gmc})
Informant: {pper3.full}, son
""",
        (("en_GB", 1),),
    ),
    t(
        "birth-1",
        "birth registration",
        """
Registo de nascimento
Nome: {pper1.full}
Data de nascimento: {pdob1.new_pt}, às 04h12, em {ptown1}
Filiação: {pper2.full} e {pper3.full}
CPF do declarante: {pnat1.br}
""",
        (("pt_BR", 1),),
        ("BR",),
    ),
    t(
        "customs-1",
        "customs declaration",
        """
CN23 customs declaration
Sender: {pper1.r_full}, {paddr1}
Addressee: {pper2.full}, {paddr2}
Contents: [[prescription medicines for personal use]] (3), clothing
Sender's tel: {ptel1}   Importer's reference / tax no.: {pnat1}
Date and sender's signature: {pdate1.iso} {pper1.r_initial_last}
""",
        CAUCASUS + SOUTH,
    ),
    t(
        "apis-1",
        "airline passenger manifest",
        """
PNR {pref1.trn}  FLT 0417  {pdate1.oracle}
SSR DOCS YY HK1/P/{ppass1}/{pdob1.oracle}/M/{pdate2.oracle}/{pper1.slash}
SSR CTCM YY HK1/{ptel1}
SSR CTCE YY HK1/{pmail1}
SSR DOCA YY HK1/D/{paddr1}
OSI passenger travelling with infant {pper2.r_caps_first}
""",
        EN + SEA,
    ),
    t(
        "hotel-1",
        "hotel guest registration",
        """
宿泊者名簿
氏名：{pper1.native}（{pper1.r_caps}）
住所：{paddr1}
国籍：日本　電話：{ptel1}
到着日：{pdate1.cjk}
""",
        (("ja_JP", 1),),
    ),
    t(
        "hotel-2",
        "guest registration (police report)",
        """
Parte de entrada de viajeros
Primer apellido / nombre: {pper1.caps_last}, {pper1.caps_first}
Documento: {pnat1.es}   Fecha de expedición: {pdate1.dmy_slash}
Fecha de nacimiento: {pdob1.dmy_slash}
Fecha de entrada: {pdate2.dmy_slash}
Firma: {pper1.initials}
""",
        (("es_ES", 1),),
        ("ES",),
    ),
    t(
        "tenancy-1",
        "tenancy reference",
        """
Landlord reference — re: {pper1.first_last}
Property: {paddr1}
Tenancy from {pdate1.d_mon_y} to {pdate2.d_mon_y}, rent always on time.
Deposit protected, scheme ref {pref1.claim}.
Forwarding address given: {paddr2}
Referee: {pper2.full}, {pmail1}
""",
        (("en_GB", 1), ("en_AU", 1)),
    ),
    t(
        "probate-1",
        "probate file",
        """
IN THE ESTATE OF {pper1.caps_full}, deceased
Late of {paddr1}
Died {pdate1.mon_d_y}, aged {page1.plain}
Executors: {pper2.full} and {pper3.full}
Assets: current account {pacct1.uk}; premium bonds holder no. {pref1.student}
""",
    ),
    t(
        "notary-1",
        "notarial deed",
        """
Poder notarial
En {ptown1}, a {pdate1.es}.
Ante mí, {pper3.full}, Notario, comparece {pper1.full}, mayor de edad, con DNI {pnat1.es},
domiciliado en {paddr1}, quien otorga poder a favor de {pper2.full}, con documento {pnat2}.
""",
        (("es_ES", 1),),
        ("ES",),
    ),
]

WIRES: list[Template] = [
    t(
        "call-1",
        "call-centre log",
        """
CALL LOG  queue=billing  agent=a.{pper2.handle_last_initial}
00:00 caller verified: name {pper1.first_last}, postcode {ppost1}, DOB {pdob1.dmy_slash}
00:42 caller disputes direct debit; wants refund to {pacct1.uk}
01:55 caller: "my husband {pper3.first} set it up, his mobile is {ptel1}"
03:10 promised call back on {ptel2}
wrap code: [[COMPLAINT-BILLING]]
""",
        (("en_GB", 1),),
    ),
    t(
        "call-2",
        "call-centre log",
        """
Registro de llamada — aseguradora
Cliente: {pper1.last_first}
Nº póliza: {pplan1.member}
Motivo: reembolso de [[fisioterapia]]
Notas del agente: la cliente indica nueva dirección {paddr1} y correo {pmail1}.
Se envía enlace de firma a {ptel1}.
""",
        ES,
    ),
    t(
        "voice-1",
        "voicemail transcript",
        """
Voicemail — received {pdate1.mdy_short} 6:12 PM — transcription confidence: medium
"hi it's {pper1.lower} um calling about my dad {pper2.lower} he's in room four twelve
and he's {page1.plain} so please call me back on {ptel1} thank you bye"
""",
        (("en_US", 2), ("en_CA", 1)),
    ),
    t(
        "mail-1",
        "e-mail thread",
        """
From: {pper1.full} ({pmail1})
Sent: {pdate1.mon_d_y} 8:14 AM
To: Claims Team
Subject: RE: RE: claim {pref1.claim} — still waiting

Hi,
I sent the receipts on the {pdate2.ordinal}. My bank details haven't changed ({piban1}).

{pper1.first}

_____ earlier in this thread _____
From: {pper2.first_last} ({pmail2})
Please confirm the account to be credited and the member number ({pplan1.member}).
""",
        EN + DE,
    ),
    t(
        "mail-2",
        "e-mail thread",
        """
On {pdate1.d_mon_y}, {pper2.last_first} wrote:
| {pper1.first}, can you send me the scan of your passport ({ppass1}) again?
| The one from last week was blurry.

Sorry!! Attached. Also my new number {ptel1}
--
{pper1.caps_full}
{paddr1}
""",
    ),
    t(
        "mail-3",
        "e-mail thread",
        """
Von: {pmail1}
Gesendet: {pdate1.de}
An: personalabteilung
Betreff: Krankmeldung {pper1.last}

Hallo Frau {pper2.last},
anbei meine AU-Bescheinigung bis {pdate2.dmy_dot}.
Diagnose steht nicht drauf, nur [[Arbeitsunfähigkeit]].
VG {pper1.first}
""",
        DE,
    ),
    t(
        "ticket-1",
        "ticket system export",
        """
Ticket {pref1.ticket} — P2 — Assigned: {pper2.handle}
Requester: {pper1.first_last} (Radiology, ext 4421)
Summary: PACS workstation cannot reach print server
Details: host RAD-WS-12 ip {pip1} mac {pmac1}; last login by {pper1.handle_dash}
Work notes ({pdate1.iso}): reimaged. Asset tag [[IT-00417]] serial {pdev1.laptop}
""",
    ),
    t(
        "ticket-2",
        "ticket system export",
        """
id: {pref1.ticket}
status: resolved
reporter: {pmail1}
created: {pdate1.iso_t}
body: |
  Patient {pper1.last_first} appears twice in the index, MRNs {pmrn1.dash} and {pmrn2.dash}.
  Please merge into the older one. Her DOB is {pdob1.iso}.
resolution: merged by {pper2.handle_initial}
""",
    ),
    t(
        "csv-1",
        "CSV export",
        """
record_id,last_name,first_name,dob,sex,zip,phone,email,mrn
1,{pper1.last},{pper1.first},{pdob1.mdy},F,{ppost1},{ptel1},{pmail1},{pmrn1.hosp}
2,{pper2.last},{pper2.first},{pdob2.mdy},M,{ppost2},{ptel2},,{pmrn2.hosp}
3,"{pper3.last_first}",,{pdob3.mdy},U,,,,{pmrn3.hosp}
""",
        (("en_US", 1),),
    ),
    t(
        "csv-2",
        "TSV export",
        """
Nachname\tVorname\tGeburtsdatum\tStraße\tPLZ\tOrt\tKV-Nr
{pper1.last}\t{pper1.first}\t{pdob1.dmy_dot}\t{paddr1.street}\t{ppost1}\t{ptown1}\t{pplan1.kvnr}
{pper2.last}\t{pper2.first}\t{pdob2.dmy_dot}\t{paddr2.street}\t{ppost2}\t{ptown2}\t{pplan2.kvnr}
""",
        DE,
    ),
    t(
        "json-1",
        "JSON export",
        """
{"patients": [
  {"name": {"family": "{pper1.last}", "given": ["{pper1.first}"]},
   "birthDate": "{pdob1.iso}",
   "telecom": [{"system": "phone", "use": "mobile", "rank": 1, "value": "{ptel1}"},
               {"system": "email", "use": "home", "rank": 2, "value": "{pmail1}"}],
   "address": [{"use": "home", "type": "physical", "text": "{paddr1}"}],
   "identifier": [{"system": "[[urn:oid:2.16.840.1.113883.4.1]]", "value": "{pnat1.us}"}]}
]}
""",
        (("en_US", 1),),
        ("US",),
    ),
    t(
        "fhir-1",
        "FHIR resource",
        """
resourceType: Patient
id: {pref1.uetr}
identifier:
  - system: https://fhir.nhs.uk/Id/nhs-number
    value: "{pnat1.gb}"
name:
  - use: official
    family: {pper1.caps_last}
    given: [{pper1.first}]
    prefix: [Mrs]
birthDate: {pdob1.iso}
address:
  - postalCode: {ppost1}
generalPractitioner: [{display: "Dr {pper2.initial_last}"}]
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "hl7-1",
        "HL7 v2 message",
        """
MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|||{pdate1.hl7}0830||ADT^A01|{pref1.ticket}|P|2.5
EVN|A01|{pdate1.hl7}0830
PID|1||{pmrn1.long}^^^GHH^MR~{pnat1}^^^SS||{pper1.caret}||{pdob1.hl7}|F||2106-3|{paddr1.street}^^{ptown1}^^{ppost1}||{ptel1}
PV1|1|I|ICU^0412^02||||{plic1.npi}^{pper2.caret}
IN1|1|[[BCBS-PPO]]|||||||||||||||||||||||||||||||||{pplan1.member}
""",
        (("en_US", 1),),
        ("US",),
    ),
    t(
        "x12-1",
        "X12 837 claim segment",
        """
NM1*IL*1*{pper1.caps_last}*{pper1.caps_first}****MI*{pplan1.member}~
N3*{paddr1.street}~
N4*{ptown1}*[[TX]]*{ppost1}~
DMG*D8*{pdob1.hl7}*F~
NM1*82*1*{pper2.caps_last}*{pper2.caps_first}****XX*{plic1.npi}~
CLM*{pref1.claim}*250***11:B:1~
""",
        (("en_US", 1),),
    ),
    t(
        "ocr-1",
        "OCR'd scan",
        """
--- page 1 (OCR, 300 dpi) ---
PATlENT NAME: {pper1.ocr_caps}
D.O.B.: {pdob1.mdy}    M R N : {pmrn1.dash}
ADDRESS:  {paddr1}
Refer rlng physician: Dr. {pper2.ocr}
~~ illegible stamp ~~  RECEIVED {pdate1.mdy}
""",
    ),
    t(
        "ocr-2",
        "OCR'd scan",
        """
REPUBLIC OF THE PHILIPPINES — [OCR text, low confidence]
Surname / Apelyido: {pper1.caps_last}
Given names / Mga pangalan: {pper1.caps_first}
Date of birth / Petsa ng kapanganakan: {pdob1.d_mon_y}
Address / Tirahan: {paddr1}
PhilSys card no.: {ppass1.aadhaar_vid}
""",
        (("fil_PH", 1), ("en_PH", 1)),
    ),
    t(
        "hand-1",
        "handwritten note (transcribed)",
        """
[transcribed from handwritten note, faxed]
pls see {pper1.first_lower_last} asap — daughter worried, wt loss ++
hx [[COPD]], ?[[lung ca]]. lives {paddr1.street}
call dtr {pper2.first} on {ptel1} (not home no.)
thx — {pper3.initials_nodot_last}
""",
    ),
    t(
        "hand-2",
        "handwritten note (transcribed)",
        """
[note left at reception, transcribed]
Dr {pper1.last} — my mum {pper2.first_initial} is {page1.plain} now & cant manage stairs.
She had the flu jab {pdate1.dmy_slash}. Her NHS no is {pnat1.gb}
— {pper3.first} ({ptel1})
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "sms-1",
        "SMS thread",
        """
{ptel1}: Hi {pper1.first}, reminder: appt at Dental Care {pdate1.dmy_slash} 10:15.
Reply Y to confirm
{pper1.first}: Y
{ptel1}: Thanks! Please bring ID. To pay online: {purl1}
{pper1.first}: can my son {pper2.first} come instead? same surname {pper1.caps_last}
""",
    ),
    t(
        "slack-1",
        "team chat export",
        """
#ward-admin
@{pper1.handle}  10:02  anyone got the NOK number for {pper2.last_first}? chart {pmrn1.hosp}
@{pper3.handle_under}  10:03  it's {ptel1}, but call her sister {pper4.first_last} first
@{pper1.handle}  10:04  ta. also bed 6 is {pper5.caps_last}, not {pper2.caps_last}, board is wrong
""",
    ),
    t(
        "audit-1",
        "access audit log",
        """
ts,user,action,object,client_ip
{pdate1.iso_t},{pper1.handle},VIEW,patient:{pmrn1.long},{pip1}
{pdate2.iso_t},{pper1.handle},PRINT,patient:{pmrn1.long},{pip1}
{pdate3.iso_t},{pper2.handle_initial},BREAK_GLASS,patient:{pmrn2.long},{pip2}
""",
    ),
    t(
        "weblog-1",
        "web server log",
        """
{pip1} - {pmail1} [{pdate1.iso}] "GET /portal/results?id={pmrn1.long} HTTP/1.1" 200 5120 "{purl1}"
{pip2} - - [{pdate2.iso}] "POST /login HTTP/1.1" 302 0 "-"
""",
    ),
    t(
        "vcard-1",
        "contact card export",
        """
BEGIN:VCARD
VERSION:3.0
N:{pper1.last};{pper1.first};;;
FN:{pper1.full}
TEL;TYPE=CELL:{ptel1}
EMAIL:{pmail1}
ADR;TYPE=HOME:;;{paddr1.street};{ptown1};;{ppost1}
BDAY:{pdob1.iso}
NOTE:emergency contact for {pper2.full}
END:VCARD
""",
    ),
    t(
        "ical-1",
        "calendar invite",
        """
BEGIN:VEVENT
SUMMARY:Telehealth — {pper1.first_last} — [[CBT session 6]]
DTSTART:{pdate1.hl7}[[T150000Z]]
LOCATION:{purl1}
ATTENDEE;CN={pper2.full}:mailto:{pmail1}
DESCRIPTION:Client phone if video fails {ptel1}
END:VEVENT
""",
    ),
    t(
        "dicom-1",
        "DICOM header dump",
        """
(0010,0010) PN [{pper1.caret}]
(0010,0020) LO [{pmrn1.long}]
(0010,0030) DA [{pdob1.hl7}]
(0010,1040) LO [{paddr1}]
(0008,0090) PN [{pper2.caret}]
(0018,1000) LO [{pdev1.cpap}]
(0008,0020) DA [{pdate1.hl7}]
(0008,1030) LO [[CT CHEST W CONTRAST]]
""",
    ),
    t(
        "iot-1",
        "wearable device export",
        """
device_serial={pdev1.cgm} owner={pper1.handle} paired_phone_mac={pmac1}
last_sync={pdate1.iso_t} gateway_ip={pip1}
glucose_mmol=[[7.8]] trend=flat
""",
        EN + NORDIC,
    ),
    t(
        "fleet-1",
        "fleet telematics record",
        """
Telematics event — harsh braking
Vehicle {pveh1}  VIN {pveh2.vin}
Driver: {pper1.last_first} (licence {plic1})
Position {pgeo1.dec} at {pdate1.iso_t}
Speed 87 km/h in 60 zone near {ptown1}
""",
    ),
    t(
        "erx-1",
        "e-prescription payload",
        """
eRx|v2|{pref1.uetr}|{pper1.caps_last_space_first}|{pdob1.hl7}|{pmrn1.long}
|[[ATC N02AX02]]|[[tramadol 50 mg]]|qty 20
|{pper2.caps_last_space_first}|{plic1.rpps}|{pdate1.hl7}
""",
        FR,
    ),
]

WORLD: list[Template] = [
    t(
        "kr-1",
        "medical certificate",
        """
진 단 서
환자 성명: {pper1.native}   주민등록번호: {pnat1.kr}
주소: {paddr1}
병명: [[요추 염좌]] (S33.5)
발병일: {pdate1.ko}   진단일: {pdate2.ko}
의사: {pper2.native} (면허번호 {plic1.gmc})
""",
        (("ko_KR", 1),),
        ("KR",),
    ),
    t(
        "ru-1",
        "medical certificate",
        """
СПРАВКА
Выдана {pper1.official}, {pdob1.ru} г.р., проживающему по адресу: {paddr1},
в том, что он находился на стационарном лечении с {pdate1.dmy_dot} по {pdate2.dmy_dot}.
Диагноз: [[внебольничная пневмония]].
ИНН {pnat1.ru}
Врач: {pper2.native_sp}
""",
        (("ru_RU", 1),),
        ("RU",),
    ),
    t(
        "tr-1",
        "discharge summary",
        """
EPİKRİZ
Hasta adı soyadı: {pper1.caps_full}
T.C. Kimlik No: {pnat1.tr}
Doğum tarihi: {pdob1.dmy_dot}
Yatış: {pdate1.tr}   Çıkış: {pdate2.tr}
Kesin tanı: [[akut miyokard enfarktüsü]] (I21.9)
Taburcu önerileri: [[asetilsalisilik asit 100 mg]]; kontrol {pdate3.dmy_dot}
Hasta yakını: {pper2.full} — {ptel1}
""",
        (("tr_TR", 1),),
        ("TR",),
    ),
    t(
        "id-1",
        "referral letter",
        """
SURAT RUJUKAN
Kepada Yth. dr. Sp.PD di RSUD {ptown1}
Mohon pemeriksaan lebih lanjut pasien:
Nama: {pper1.full}
NIK: {pnat1.id}
Tgl lahir: {pdob1.id}
Alamat: {paddr1}
No. BPJS: {pplan1.sus}
Diagnosa kerja: [[demam berdarah dengue]] derajat I
Hormat kami, {pper2.full}
""",
        (("id_ID", 1),),
        ("ID",),
    ),
    t(
        "vn-1",
        "discharge summary",
        """
GIẤY RA VIỆN
Họ tên người bệnh: {pper1.caps_full}   Tuổi: {page1.plain}
Địa chỉ: {paddr1}
Vào viện lúc: {pdate1.dmy_slash}   Ra viện lúc: {pdate2.dmy_slash}
Chẩn đoán: [[Viêm phổi]]
Số thẻ BHYT: {pplan1.member}
""",
        (("vi_VN", 1),),
    ),
    t(
        "th-1",
        "clinical note",
        """
บันทึกการตรวจ OPD
ชื่อ-สกุล {pper1.native}  ({pper1.r_full})
เลขประจำตัวประชาชน {pnat1.th}
วันที่ {pdate1.be}
อาการสำคัญ: ไข้ ไอ 3 วัน  Dx: [[acute bronchitis]]
โทร {ptel1}
""",
        (("th_TH", 1),),
        ("TH",),
    ),
    t(
        "il-1",
        "clinical note",
        """
Kupat Holim visit summary (English copy for travel insurer)
Name: {pper1.r_full}   Teudat Zehut: {pnat1.il}
Visit {pdate1.dmy_slash} — [[otitis externa]]; drops prescribed.
Physician: Dr. {pper2.r_last}, lic. {plic1.gmc}
Insurer claim ref {pref1.claim}
""",
        (("he_IL", 1),),
        ("IL",),
    ),
    t(
        "gr-1",
        "clinical note",
        """
Ιατρική βεβαίωση
Ο/Η {pper1.native}, ΑΜΚΑ {pnat1.gr}, εξετάστηκε στις {pdate1.dmy_slash}.
Διάγνωση: [[οξεία γαστρεντερίτιδα]]
Τηλ.: {ptel1}
""",
        (("el_GR", 1),),
        ("GR",),
    ),
    t(
        "is-1",
        "clinical note",
        """
Komunóta — heilsugæslan
Sjúklingur: {pper1.full}, kt. {pnat1.is}
Heimili: {paddr1}
Koma {pdate1.dmy_dot}: [[háþrýstingur]], lyf endurnýjuð.
Læknir: {pper2.full}
""",
        (("is_IS", 1),),
        ("IS",),
    ),
    t(
        "fi-1",
        "lab report",
        """
LABORATORIOVASTAUS
Potilas: {pper1.caps_last} {pper1.first}   Hetu: {pnat1.fi}
Näyte otettu {pdate1.dmy_dot}
[[P-CRP]] 48 mg/l (suuri)   [[B-Leuk]] 12,1 E9/l
Lähettäjä: {pper2.initial_last}, {ptown1}
""",
        (("fi_FI", 1),),
        ("FI",),
    ),
    t(
        "no-1",
        "HR leave request",
        """
Søknad om permisjon
Navn: {pper1.full}   Fødselsnummer: {pnat1.no}
Permisjon fra {pdate1.dmy_dot} til {pdate2.dmy_dot} — [[omsorgspermisjon]]
Kontonummer for lønn: {pacct1.us}
Leder: {pper2.full}
""",
        (("no_NO", 1),),
        ("NO",),
    ),
    t(
        "dk-1",
        "social-care record",
        """
Journalnotat — hjemmeplejen
Borger: {pper1.first_last}, CPR {pnat1.dk}, {page1.plain} år
Adresse: {paddr1}
Pårørende: {pper2.first_last}, tlf. {ptel1}
Besøg {pdate1.dmy_dot}: [[sårpleje]] og medicindosering.
""",
        (("da_DK", 1),),
        ("DK",),
    ),
    t(
        "cz-1",
        "insurance claim",
        """
Žádost o úhradu léčebných nákladů
Pojištěnec: {pper1.caps_last} {pper1.first}, rodné číslo {pnat1.cz}
Bydliště: {paddr1}
Ošetření dne {pdate1.dmy_dot} v nemocnici {ptown1}
Číslo účtu: {piban1}
""",
        (("cs_CZ", 1),),
        ("CZ",),
    ),
    t(
        "hu-1",
        "clinical note",
        """
Ambuláns lap
Név: {pper1.last_space_first}   TAJ: {pplan1.group}
Születési idő: {pdob1.iso}
Lakcím: {paddr1}
Vizsgálat: {pdate1.iso} — [[II-es típusú diabetes mellitus]]
Orvos: dr. {pper2.last_space_first}
""",
        (("hu_HU", 1),),
    ),
    t(
        "ro-1",
        "sick-leave certificate",
        """
CERTIFICAT DE CONCEDIU MEDICAL
Asigurat: {pper1.caps_last} {pper1.first}   CNP {pnat1.ro}
Seria/nr. {pref1.police}
De la {pdate1.dmy_dot} până la {pdate2.dmy_dot}
Cod indemnizație [[01]] — boală obișnuită
Medic: {pper2.full}, parafa {plic1.gmc}
""",
        (("ro_RO", 1),),
        ("RO",),
    ),
    t(
        "bg-1",
        "clinical note",
        """
Амбулаторен лист № {pmrn1.long}
Пациент: {pper1.official}, ЕГН {pnat1.bg}
Адрес: {paddr1}
Дата: {pdate1.dmy_dot}
Диагноза: [[остър бронхит]]
""",
        (("bg_BG", 1),),
        ("BG",),
    ),
    t(
        "pt-1",
        "clinical note",
        """
Nota de consulta — USF
Utente: {pper1.full}   N.º utente SNS: {pmrn1.long}
NIF: {pnat1.pt}
Morada: {paddr1}
Data: {pdate1.pt}. Queixa de [[lombalgia mecânica]].
Médica de família: Dra. {pper2.last}
""",
        (("pt_PT", 1),),
        ("PT",),
    ),
    t(
        "br-1",
        "chat transcript",
        """
[{pdate1.dmy_slash} 19:41] {pper1.first}: boa noite doutora, o resultado do exame saiu
[{pdate1.dmy_slash} 19:42] {pper1.first}: meu cartão do SUS é {pplan1.sus}
[{pdate1.dmy_slash} 19:50] Dra. {pper2.last}: Oi {pper1.first}! Vi aqui, [[glicemia de jejum]] 132.
Vamos conversar na consulta.
[{pdate1.dmy_slash} 19:51] {pper1.first}: pode mandar a receita pro {pmail1}?
""",
        (("pt_BR", 1),),
    ),
    t(
        "in-1",
        "insurance pre-authorisation",
        """
CASHLESS PRE-AUTHORISATION REQUEST
Patient: {pper1.caps_full}  Age/Sex: 58/M
Policy no.: {pplan1.member}   ABHA: {ppass1.aadhaar_vid}
Aadhaar: {pnat1.in}
Proposed line of treatment: [[PTCA with stent]]; est. cost INR 2,40,000
Treating doctor: Dr. {pper2.initials} (Reg. {plic1.in_dl}), mobile {ptel1}
Date of admission: {pdate1.dmy_slash}
""",
        SOUTH,
        ("IN",),
    ),
    t(
        "ke-1",
        "clinical note",
        """
Outpatient card — sub-county hospital
Name: {pper1.caps_full}  OP No. {pmrn1.slash}
Village/estate: near {ptown1}; {paddr1.pobox}
NHIF/SHA no.: {pplan1.member}
Next of kin: {pper2.full} ({ptel1})
Dx: [[malaria, uncomplicated]] — mRDT positive; [[artemether-lumefantrine]]
""",
        AFRICA,
    ),
    t(
        "ng-1",
        "fraud case",
        """
Fraud desk memo
Customer: {pper1.caps_last_first}   BVN on file
Account: {pacct1.nuban}
Disputed POS withdrawals on {pdate1.dmy_slash} at {ptown1}
Customer reachable on {ptel1}; next of kin {pper2.full}
""",
        (("yo_NG", 2), ("en_US", 1)),
    ),
    t(
        "za-1",
        "HR leave request",
        """
Application for family responsibility leave
Employee: {pper1.full}   ID number: {pnat1.za}
Reason: death of {pper2.first_last} (grandmother), funeral at {ptown1} on {pdate1.d_mon_y}
Days: 3 · Supervisor: {pper3.initial_last}
""",
        (("zu_ZA", 2), ("en_US", 1)),
        ("ZA",),
    ),
    t(
        "pk-1",
        "KYC review",
        """
Account opening — CNIC verification
Title of account: {pper1.caps_full}
CNIC: {pnat1.pk}   Issue {pdate1.dmy_dash}
Father's/Husband's name: {pper2.caps_full}
Mailing address: {paddr1}
Mobile: {ptel1}
""",
        (("en_IN", 1), ("bn_BD", 1)),
        ("PK",),
    ),
    t(
        "my-1",
        "clinical note",
        """
Klinik Kesihatan — catatan
Nama: {pper1.full}   No. MyKad: {pnat1.my}
Tarikh: {pdate1.dmy_slash}
Diagnosis: [[asma]]; inhaler diberi.
Waris: {pper2.full}, {ptel1}
""",
        (("en_MS", 1), ("id_ID", 1)),
        ("MY",),
    ),
    t(
        "ge-1",
        "visa application",
        """
Schengen visa — application summary
Surname(s): {pper1.r_caps_last}    Surname at birth: {pper1.r_caps_last}
First name(s): {pper1.r_caps_first}
Name in own script: {pper1.native}
Date and place of birth: {pdob1.dmy_dot}, {ptown1}
Travel document: {ppass1}
Applicant's home address and e-mail: {paddr1}; {pmail1}
Inviting person: {pper2.full}, {ptel1}
""",
        (("ka_GE", 1), ("hy_AM", 1), ("az_AZ", 1)),
    ),
    t(
        "ir-1",
        "immigration file",
        """
Asylum screening interview — record of
Claimant: {pper1.r_full} (as written in own script: {pper1.native})
Stated DOB: {pdob1.dmy_slash}  Fingerprint ref: {pbio1.fp}
Family in country of origin: brother {pper2.r_first}, mother {pper3.r_first}
Phone seized: IMEI {pdev1.imei}
Legal rep: {pper4.full}, {pmail1}
""",
        (("fa_IR", 1), ("ar_SA", 1)),
    ),
    t(
        "ae-3",
        "employment contract",
        """
Employment contract — annex 1 (personal data)
Employee: {pper1.r_full}
Emirates ID: {ppass1.emirates}
Passport: {ppass2}
UAE mobile: {ptel1}
Home country address: {paddr1}
Salary transfer: {piban1}
""",
        GULF + SOUTH,
    ),
    t(
        "np-1",
        "clinical note",
        """
OPD ticket
Name: {pper1.r_full}   Age: {page1.plain}   Sex: F
Address: {ptown1}
Reg. no. {pmrn1.slash}
c/o dizziness x 2 days. BP 90/60. Dx: [[orthostatic hypotension]]
Sign: {pper2.r_initial_last}
""",
        (("ne_NP", 1), ("hi_IN", 1)),
    ),
    t(
        "tw-1",
        "lab report",
        """
檢驗報告
姓名：{pper1.native}　病歷號：{pmrn1.long}
出生日期：{pdob1.minguo_slash}
採檢日期：{pdate1.minguo}
[[糖化血色素]] 7.9 %
""",
        (("zh_TW", 1),),
    ),
    t(
        "jp-2",
        "HR leave request",
        """
休暇申請書
申請日：{pdate1.jp_era}
所属：総務部　氏名：{pper1.native}
期間：{pdate2.jp_era_short} 〜 {pdate3.jp_era_short}
事由：[[育児休業]]
連絡先：{ptel1}　{pmail1}
""",
        (("ja_JP", 1),),
    ),
    t(
        "mx-1",
        "insurance claim",
        """
Aviso de accidente — seguro de gastos médicos
Asegurado titular: {pper1.caps_last_first_all}
RFC/CURP: {pnat1.mx}
Fecha del accidente: {pdate1.es}
Lugar: {paddr1}
Hospital tratante en {ptown1}; médico: {pper2.full} (cédula prof. {plic1.gmc})
Cuenta CLABE para reembolso: {pacct1.us}
""",
        (("es_MX", 1),),
        ("MX",),
    ),
    t(
        "ar-1",
        "clinical note",
        """
Evolución — guardia
Paciente: {pper1.last_first}, CUIL {pnat1.ar}, {page1.plain} años
Domicilio: {paddr1}
Ingresa {pdate1.dmy_slash} por [[síndrome febril]]. Acompaña: {pper2.first} (nieto), cel {ptel1}.
""",
        (("es_AR", 1),),
        ("AR",),
    ),
]

MORE: list[Template] = [
    t(
        "vet-1",
        "veterinary record",
        """
Patient: "Biscuit" (canine, [[Labrador retriever]]), microchip {pdev1.hearing}
Owner: {pper1.last_first}, {paddr1}, {ptel1}
Seen {pdate1.dmy_slash}: [[otitis externa]]. Owner pays by card {pcard1}
""",
    ),
    t(
        "transp-1",
        "transplant waitlist record",
        """
Waiting list registration
Recipient: {pper1.caps_last_first}   Blood group [[B pos]]   DOB {pdob1.dmy_slash}
Registry ID {pbio1.iris}
Living donor work-up: {pper2.full} (sister), {ptel1}
Pager for offers: {ptel2}
""",
    ),
    t(
        "dial-1",
        "dialysis chart",
        """
HAEMODIALYSIS RUN SHEET {pdate1.dmy_slash}
{pper1.initials_caps_last}  unit no. {pmrn1.hosp}   Machine serial {pdev1.cpap}
Pre-weight 78.4, UF goal 2.5 L, [[heparin]] 2000 u bolus
Access: L [[AV fistula]], good thrill
Nurse: {pper2.first_initial}
""",
    ),
    t(
        "mat-1",
        "maternity notes",
        """
Antenatal booking
Name: {pper1.full}   Age 31   G2 P1
Partner: {pper2.full}, works nights, {ptel1}
EDD: {pdate1.d_mon_y}   Booking bloods: [[rubella immune]], [[HIV negative]]
Lives at: {paddr1}; interpreter needed (language: Tigrinya)
Midwife: {pper3.first_last}, {pmail1}
""",
    ),
    t(
        "eye-1",
        "ophthalmology record",
        """
EYE CLINIC — {pdate1.dmy_slash}
{pper1.caps_last}, {pper1.first}  MRN {pmrn1.dots}   {page1.plain} years
VA R 6/18 L 6/60. [[Neovascular AMD]] left; [[aflibercept]] injection given.
Drives? Yes — advised to inform licensing agency. Licence {plic1.dvla}
""",
    ),
    t(
        "audio-1",
        "audiology record",
        """
Hearing aid fitting
Client: {pper1.full}, DOB {pdob1.d_mon_y}
Aids: L {pdev1.hearing}  R {pdev2.hearing}
App paired with phone MAC {pmac1}
Follow-up call to {ptel1}
""",
    ),
    t(
        "implant-1",
        "implant registry entry",
        """
Joint registry — primary hip
Patient: {pper1.last_first}   NHS {pnat1.gb}
Operation date: {pdate1.dmy_slash}   Surgeon: {pper2.initial_last} (GMC {plic1.gmc})
Components: cup UDI {pdev1.udi}; stem [[cemented, size 4]]
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "sleep-1",
        "sleep study report",
        """
Polysomnography report
Patient: {pper1.first_mid_last}   Study date: {pdate1.mon_d_y}
AHI 34/h — [[severe obstructive sleep apnoea]]
CPAP issued: serial {pdev1.cpap}; modem reports to {purl1}
Referring: {pper2.full}
""",
    ),
    t(
        "ecg-1",
        "ECG export",
        """
ECG 12-lead | {pper1.caps_last_first} | ID {pmrn1.long} | {pdob1.dmy_slash} | Age {page1.plain}
Acq. {pdate1.iso_t} | device {pdev1.laptop} | site {ptown1}
Sinus rhythm with 1st degree AV block; [[QTc 478 ms]]
Confirmed by: {pper2.last_initials}
""",
    ),
    t(
        "sar-1",
        "data subject access request",
        """
Subject access request — received {pdate1.d_mon_y}
Requester: {pper1.full}
Identity checked against: {ppass1}
Data to be sent to: {pmail1}
Systems searched: CRM (customer {pref1.student}), call recordings (line {ptel1}), CCTV at {paddr1}
Deadline: one month. Handler: {pper2.handle}
""",
    ),
    t(
        "breach-1",
        "data breach notification",
        """
Personal data breach — internal log
Discovered {pdate1.iso}: e-mail with spreadsheet sent to wrong recipient ({pmail1}).
Affected: {pper1.full} and 212 others; fields: name, DOB, [[diagnosis code]], IBAN.
First row of the file: {pper1.last_first};{pdob1.iso};{piban1}
Recall attempted by {pper2.first_last}.
""",
    ),
    t(
        "ubo-1",
        "beneficial ownership declaration",
        """
UBO declaration — company [[private limited]]
Beneficial owner 1: {pper1.full}, born {pdob1.d_mon_y}, residing {paddr1}, 40 %
Beneficial owner 2: {pper2.full}, ID {pnat1}, 35 %
Signed at {ptown1} on {pdate1.d_mon_y}
""",
        EN + DE + FR,
        ("GB", "DE", "FR", "IE", "AT", "CH", "BE"),
    ),
    t(
        "telco-1",
        "telecom subscriber record",
        """
Subscriber record (lawful request, production order {pref1.cnr})
MSISDN: {ptel1}
Subscriber: {pper1.caps_last_first}
ID seen at activation: {pnat1}
Handset IMEI: {pdev1.imei}; SIM activated {pdate1.iso}
Billing address: {paddr1}
Last data session from {pip1}
""",
    ),
    t(
        "util-1",
        "utility account",
        """
Smart meter account
Account holder: {pper1.full}
Supply address: {paddr1}
Meter serial: {pdev1.laptop}   Hub MAC {pmac1}
Vulnerable customer register: yes (oxygen concentrator) — contact {ptel1}
""",
    ),
    t(
        "union-1",
        "union membership record",
        """
Membership card issued {pdate1.dmy_slash}
Member: {pper1.caps_last_space_first}   No. {pref1.employee}
Workplace: hospital in {ptown1}
Dues from account {piban1}
""",
    ),
    t(
        "benefit-1",
        "disability benefit application",
        """
Part 2 — about you
Surname: {pper1.last}   First and middle names: {pper1.first}
Your National Insurance (NI) number: {pnat1.gb}
Your address: {paddr1.lines}
Who helps you day to day? {pper2.full}, my neighbour, {ptel1}
What conditions do you have? [[fibromyalgia]]; [[chronic fatigue syndrome]]
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "wc-1",
        "workers' compensation claim",
        """
Employer's first report of injury
Employee: {pper1.last_first}   SSN (last 4 not accepted — full): {pnat1.us}
Injury date: {pdate1.mdy}, approx 14:30, loading dock at {paddr1.street}
Body part: [[right shoulder]]; nature: [[rotator cuff tear]]
Witness: {pper2.first_last} ({ptel1})
""",
        (("en_US", 1),),
        ("US",),
    ),
    t(
        "ship-1",
        "seafarer crew list",
        """
CREW LIST (IMO FAL Form 5)
No. | Family name, given names | Rank | Nationality | DOB | ID doc
1 | {pper1.caps_last_first} | Master | [[GR]] | {pdob1.dmy_dot} | {ppass1}
2 | {pper2.caps_last_first} | 2/O | [[PH]] | {pdob2.dmy_dot} | {ppass2.ph}
3 | {pper3.caps_last_first} | AB | [[IN]] | {pdob3.dmy_dot} | {ppass3.in}
""",
        (("el_GR", 1), ("fil_PH", 1), ("en_IN", 1)),
    ),
    t(
        "bac-1",
        "breath alcohol test record",
        """
Evidential breath test
Subject: {pper1.full}   DOB {pdob1.mdy}   DL {plic1.fl_dl}
Vehicle: {pveh1}
Instrument serial {pdev1.laptop}; result [[0.11 g/210L]]
Operator: {pper2.caps_last}
Time/date {pdate1.mdy}
""",
    ),
    t(
        "rt-1",
        "radiotherapy plan",
        """
RT prescription
{pper1.caret} | {pmrn1.long}
Site: [[left breast + SCF]] 40 Gy / 15 fx
Start {pdate1.dmy_slash}; transport arranged from {paddr1}
Consultant: {pper2.caps_last}
""",
    ),
    t(
        "nicu-1",
        "neonatal ICU note",
        """
NICU day 3
Baby of {pper1.last_first} ("Baby Girl {pper1.caps_last}") — MRN {pmrn1.hosp}
Born {pdob1.new_dmy_slash} at 29+2 weeks, 1.21 kg. On [[CPAP 6 cmH2O]], caffeine.
Father: {pper2.full}, {ptel1}
""",
    ),
    t(
        "unemp-1",
        "unemployment claim",
        """
Solicitud de prestación por desempleo
DNI/NIE: {pnat1.es}
Apellidos y nombre: {pper1.caps_last}, {pper1.first}
Fecha de baja en la empresa: {pdate1.dmy_slash}
Domicilio: {paddr1}
Cuenta para el abono: {piban1}
Teléfono: {ptel1}
""",
        (("es_ES", 1),),
        ("ES",),
    ),
    t(
        "gp-reg-1",
        "GP registration form",
        """
GMS1 — Family doctor services registration
Surname {pper1.spaced}
First names {pper1.first}
Previous surname {pper1.caps_last}
Date of birth {pdob1.dmy_slash}   NHS No. {pnat1.gb}
Home address {paddr1}
Previous GP {pper2.initial_last}, {ptown1}
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "clin-audit-1",
        "clinical audit spreadsheet",
        """
Audit: sepsis 6 within 1 h (sample)
row | patient | arrival | abx time | comment
1 | {pper1.last_initial} ({pmrn1.dash}) | {pdate1.dmy_slash} 03:12 | 04:40 | late: no [[lactate]]
2 | {pper2.last_initial} ({pmrn2.dash}) | {pdate2.dmy_slash} 11:05 | 11:41 | ok
""",
    ),
]

LATER: list[Template] = [
    t(
        "tricare-1",
        "military health claim",
        """
TRICARE claim — overseas provider
Sponsor: {pper1.caps_last_first}, SSN {pnat1.us}
Patient (dependent spouse): {pper2.first_last}, DOB {pdob1.mdy}
Mailing address: {paddr1.apo}
DoD benefits no.: {pplan1.member}
Host-nation hospital bill dated {pdate1.d_mon_y}; paid in EUR from {pacct1.us}
""",
        (("en_US", 1),),
        ("US",),
    ),
    t(
        "ec-1",
        "emergency contact form",
        """
New starter form — section 4
My emergency contact is {pper2.full} (partner).
If they cannot be reached, please try my brother {pper3.first_last} on {ptel2}.
Their phone: {ptel1}
Their address (if different from mine): {paddr1}
Signed: {pper1.first_last}
""",
    ),
    t(
        "cy-1",
        "GP letter (bilingual)",
        """
Annwyl {pper1.first},
Mae eich apwyntiad ar gyfer [[prawf gwaed]] ar {pdate1.d_mon_y}.
Dear {pper1.full}, your blood test appointment is on the date above.
Rhif GIG / NHS number: {pnat1.gb}
Cyfeiriad / Address: {paddr1}
Meddyg / Doctor: Dr {pper2.last}
""",
        (("en_GB", 1),),
        ("GB",),
    ),
    t(
        "pl-2",
        "sick-leave certificate",
        """
e-ZLA — zaświadczenie lekarskie
Ubezpieczony: {pper1.caps_last} {pper1.first}, PESEL {pnat1.pl}
Adres pobytu w czasie niezdolności: {paddr1}
Okres niezdolności: od {pdate1.dmy_dot} do {pdate2.dmy_dot}
Kod literowy: [[B]] (ciąża)
Lekarz: {pper2.full}
""",
        (("pl_PL", 1),),
        ("PL",),
    ),
    t(
        "it-2",
        "prescription (ricetta)",
        """
SERVIZIO SANITARIO NAZIONALE — ricetta elettronica
Cognome e nome dell'assistito: {pper1.caps_last} {pper1.caps_first}
Codice fiscale: {pnat1.it}
Indirizzo: {paddr1}
Prescrizione: [[metformina 850 mg]] 2 confezioni
Data: {pdate1.dmy_slash}   Medico: {pper2.last} {pper2.first}
""",
        (("it_IT", 1),),
        ("IT",),
    ),
    t(
        "de-3",
        "residence registration",
        """
Meldebestätigung
Familienname: {pper1.caps_last}   Vornamen: {pper1.first}
Geburtsdatum: {pdob1.dmy_dot}
Einzug am {pdate1.dmy_dot} in die Wohnung: {paddr1}
Steuer-ID: {pnat1.de}
Wohnungsgeber: {pper2.full}
""",
        (("de_DE", 1),),
        ("DE",),
    ),
    t(
        "ie-1",
        "medical card application",
        """
Medical card / GP visit card — application
Applicant: {pper1.full}   PPSN: {pnat1.ie}
Spouse / partner: {pper2.full}
Address: {paddr1}
Chosen GP: Dr {pper3.last}
Income: [[Jobseeker's Allowance]]
""",
        (("en_IE", 1),),
        ("IE",),
    ),
    t(
        "ca-1",
        "health card renewal",
        """
Health card renewal — in person, ServiceOntario
Name: {pper1.last_first}
Health number and version code: {pplan1.ohip}
Residential address: {paddr1.rural}
Proof of identity: driver's licence {plic1.ca_dl}
""",
        (("en_CA", 2), ("fr_CA", 1)),
    ),
    t(
        "au-1",
        "Medicare claim",
        """
Medicare claim — patient claim form
Patient: {pper1.caps_last_first}   Date of birth {pdob1.dmy_slash}
Tax file number (for the refund account check): {pnat1.au}
Refund to BSB/account {pacct1.bsb}
Service date {pdate1.dmy_slash}; item [[23]] (standard GP consultation)
""",
        (("en_AU", 1),),
        ("AU",),
    ),
    t(
        "label-1",
        "specimen label",
        """
{pper1.caps_last_first}  {pdob1.dmy_slash}  {pmrn1.lab}
[[EDTA 4 mL]]  {pdate1.dmy_slash} 07:45  {pper2.initials_nodot_last}
""",
    ),
    t(
        "fax-1",
        "pharmacy fax",
        """
FAX — refill authorisation request
To: Dr. {pper2.last}'s office   Fax {pfax1}
From: pharmacy, phone {ptel1}
Patient: {pper1.last_first}   DOB {pdob1.mdy}
Drug: [[atorvastatin 40 mg]] #90, last filled {pdate1.mdy}
[ ] Approved  [ ] Denied   Prescriber signature ____
""",
    ),
    t(
        "atmist-1",
        "ambulance handover",
        """
ATMIST handover — {pdate1.d_mon_y}
A: {page1.plain}-year-old, {pper1.caps_last_first}
T: found on floor 06:10 by neighbour ({pper2.first_last}, {ptel1})
M: [[long lie]], [[rhabdomyolysis]] suspected
I: IV access, fluids
S: GCS 14, HR 104, BP 112/70
T: ETA 8 min. Home: {paddr1}
""",
    ),
]

LOCALES = (
    ("en_US", 6), ("en_GB", 4), ("en_IN", 2), ("en_AU", 1), ("en_CA", 1), ("en_NZ", 1),
    ("en_IE", 1), ("de_DE", 2), ("de_AT", 1), ("de_CH", 1), ("fr_FR", 2), ("fr_CA", 1),
    ("es_ES", 1), ("es_MX", 1), ("es_AR", 1), ("es_CO", 1), ("it_IT", 2), ("pt_BR", 2),
    ("pt_PT", 1), ("pl_PL", 2), ("nl_NL", 1), ("nl_BE", 1), ("tr_TR", 1), ("vi_VN", 1),
    ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1),
    ("da_DK", 1), ("sv_SE", 1), ("no_NO", 1), ("fi_FI", 1), ("et_EE", 1), ("lv_LV", 1),
    ("lt_LT", 1), ("el_GR", 1), ("ru_RU", 1), ("uk_UA", 1), ("ka_GE", 1), ("hy_AM", 1),
    ("az_AZ", 1), ("fa_IR", 1), ("he_IL", 1), ("hi_IN", 1), ("bn_BD", 1), ("th_TH", 1),
    ("id_ID", 1), ("ja_JP", 1), ("ko_KR", 1), ("zh_CN", 1), ("zh_TW", 1), ("fil_PH", 1),
    ("zu_ZA", 1), ("en_KE", 1), ("yo_NG", 1), ("tw_GH", 1), ("is_IS", 1), ("ga_IE", 1),
)  # fmt: skip

NAME_COUNTRIES = (
    "PL", "NG", "IT", "DE", "GB", "IE", "IN", "BD", "BR", "MX", "AR", "CO", "TR", "PH", "ID",
    "MY", "EG", "MA", "DZ", "IR", "IQ", "SA", "GH", "ET", "ZA", "FR", "ES", "PT", "NL", "BE",
    "SE", "FI", "DK", "NO", "HU", "CZ", "HR", "GR", "AL", "US", "CA", "JM", "HT", "CM", "AF",
    "WLS",
)  # fmt: skip

SPLIT = Split(
    name="heldout_p",
    templates=TEMPLATES + HEALTH + MONEY + STATE + WIRES + WORLD + MORE + LATER,
    seeds=range(84310001, 84310401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    # P's own slots draw their own shapes; these serve only the shared slot check.
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("P-########",)
    ),
    date_formats=("%Y-%m-%d",),
)
