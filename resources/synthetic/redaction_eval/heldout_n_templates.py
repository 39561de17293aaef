"""Split N: held out in session 29, run once there and reported; DEV-side since session 30.

Session 30 reads N's leaks by value and tunes on them (as on D to M), so N no longer
measures generalisation: held-out O (heldout_o_templates.py), written before that tuning by
an author barred from N, does. What follows is how N was written: documents of regulated
work from many countries, written in session 28 by an author barred from the redactor, from
its results and from every other split's templates and forms. Its values come from n_forms
(slots `n...`: Faker in many locales, names-dataset's world names, stdnum-checked national
numbers and the schemes n_forms checks itself).

Template text holds no identifier of its own: every name, number, date and place that
could point at a person is a slot, and so labelled. `[[...]]` marks words that must stay
readable: drug names, codes of diagnoses, tests and procedures, bank and payment terms.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

# The locales documents are drawn in (weights: how often), 50 and more of Faker's.
LOCALES = (
    ("en_US", 4), ("en_GB", 3), ("en_IN", 3), ("de_DE", 2), ("fr_FR", 2), ("es_ES", 2),
    ("it_IT", 2), ("pl_PL", 2), ("nl_NL", 2), ("pt_BR", 2), ("tr_TR", 2), ("vi_VN", 2),
    ("en_NG", 2), ("yo_NG", 2), ("ig_NG", 1), ("ha_NG", 1), ("en_KE", 2), ("sw", 1),
    ("tw_GH", 1), ("zu_ZA", 1), ("am_ET", 1), ("ar_EG", 1), ("ar_SA", 1), ("ar_AE", 1),
    ("fa_IR", 1), ("he_IL", 1), ("ja_JP", 2), ("zh_CN", 2), ("zh_TW", 1), ("ko_KR", 2),
    ("ru_RU", 2), ("uk_UA", 2), ("bg_BG", 1), ("el_GR", 1), ("ka_GE", 1), ("hy_AM", 1),
    ("hi_IN", 1), ("bn_BD", 1), ("ta_IN", 1), ("th_TH", 1), ("ne_NP", 1), ("si_LK", 1),
    ("id_ID", 2), ("fil_PH", 2), ("en_MS", 1), ("en_PK", 1), ("uz_UZ", 1), ("az_AZ", 1),
    ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1),
    ("sq_AL", 1), ("lt_LT", 1), ("lv_LV", 1), ("et_EE", 1), ("fi_FI", 1), ("sv_SE", 1),
    ("no_NO", 1), ("da_DK", 1), ("is_IS", 1), ("ga_IE", 1), ("mt_MT", 1), ("es_MX", 1),
    ("es_CO", 1), ("es_AR", 1), ("es_CL", 1), ("pt_PT", 1), ("fr_CA", 1), ("en_CA", 1),
    ("en_AU", 1), ("en_NZ", 1), ("de_AT", 1), ("de_CH", 1), ("nl_BE", 1),
)  # fmt: skip
# World-names countries drawn for about half of the people.
NAME_COUNTRIES = (
    "PL", "NG", "IT", "DE", "GB", "IE", "IN", "BD", "BR", "MX", "AR", "CO", "TR", "PH",
    "ID", "MY", "EG", "MA", "DZ", "IR", "IQ", "SA", "GH", "ET", "ZA", "FR", "ES", "PT",
    "NL", "BE", "SE", "FI", "DK", "NO", "HU", "CZ", "HR", "GR", "AL", "US", "CA", "JM",
    "HT", "CM", "AF", "WLS",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "AU", "IE", "AT",
    "CH", "SE", "FI", "NO", "DK", "CZ", "RO", "GR", "PT", "MX", "CN", "KR", "EE", "ZA", "TH",
    "IL", "BG", "SI", "CL", "AR", "HR", "BE", "IS", "LT", "SK", "PK", "MY", "NZ", "ID", "JP",
    "UA", "KE", "SG", "HK", "TW", "UY", "AE", "SA",
)  # fmt: skip


def T(
    tid: str, doc_type: str, text: str, loc: tuple[str, ...] = (), ids: tuple[str, ...] = ()
) -> Template:
    """One template; `loc` the locales it is written in (equal weights), `ids` its countries."""
    return Template(f"n-{tid}", doc_type, text.strip("\n"), tuple((x, 1) for x in loc), ids)


TEMPLATES = [
    # --- clinical note ---
    T(
        "clin-1",
        "clinical note",
        """
Progress note - Ward 7B
Pt: {nname1.chart}   DOB {ndob1.eu}   Hosp no {nmrn1.grouped}
Seen with daughter ({nname2.first_last}, tel {nphone1.national}).
S: more breathless overnight, no [[chest pain]]. O: SpO2 91% RA, [[bibasal crackles]].
A: [[decompensated heart failure]] ([[I50.9]]). P: [[furosemide 40 mg IV BD]], daily weights.
{nname3.initial_last}, FY2 (bleep 4471)
""",
    ),
    T(
        "clin-2",
        "clinical note",
        """
CONSULTA EXTERNA - MEDICINA INTERNA
Paciente: {nname1.full}   Fecha: {ndate1.eu}
Cédula: {nnat1.uy}   Historia clínica: {nmrn1.slash}
Domicilio: {nhome1}
Refiere [[poliuria]] y [[polidipsia]] de 3 meses. [[HbA1c 9.1%]].
Plan: iniciar [[metformina 850 mg]] c/12 h, control en 6 semanas.
Dr(a). {nname2.last_first}, matrícula {nlic1.cedula}
""",
        loc=("es_AR", "es_CL", "es_CO", "es_MX"),
    ),
    T(
        "clin-3",
        "clinical note",
        """
[Telehealth] Visit {ndate1.us_long} via {nurl1.meet}
Patient joined from IP {nip1} ; identity confirmed by DOB ({ndob1.us}) and ZIP {npost1.zip4}.
{nname1.first} reports [[low mood]], sleeping 4h. [[PHQ-9]] = 17.
Safety plan reviewed; crisis line given. Partner {nname2.full} aware.
-- {nname3.full}, LCSW
""",
        loc=("en_US",),
    ),
    T(
        "clin-4",
        "clinical note",
        """
外来診療記録
氏名: {nname1.native}（{nname1.kana}）
生年月日: {ndob1.ja}　患者ID: {nmrn1.kr}
保険者番号: {nplan1.jp}
主訴: [[咳嗽]]、[[発熱]] 3日間。[[胸部X線]]: 右下肺野に浸潤影。
処方: [[クラリスロマイシン 200mg]] 1日2回
担当医: {nname2.native}
""",
        loc=("ja_JP",),
    ),
    T(
        "clin-5",
        "clinical note",
        """
GP NOTE  {ndate1.dot}
{nname1.caps_last_first}, aged {nage1}, lives alone at {nhome1}.
Fell at home, found by neighbour {nname2.first_last} after ~6 h on floor.
No [[head injury]]. [[Pressure area]] L hip - grade 2. [[Rockwood frailty scale]] 7.
Referred to falls team; key safe code given to {nname2.first} (not recorded here).
""",
    ),
    # --- discharge summary ---
    T(
        "dis-1",
        "discharge summary",
        """
DISCHARGE SUMMARY
Name: {nname1.last_first}    NHS no.: {nnat1.gb}
Admitted: {ndate1.long}   Discharged: {ndate2.long}
Consultant: Mr {nname2.last}
Diagnosis: [[community-acquired pneumonia]], CURB-65 2.
Discharge medication: [[amoxicillin 500 mg TDS]] for 5 days.
Follow-up: GP practice at {nhome2}. Next of kin: {nname3.full} ({nphone1.intl}).
""",
        loc=("en_GB", "ga_IE"),
    ),
    T(
        "dis-2",
        "discharge summary",
        """
Entlassungsbrief
Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,
wir berichten über {nname1.full}, geb. {ndob1.dot}, wohnhaft {nhome1},
die/der vom {ndate1.dot} bis {ndate2.dot} stationär behandelt wurde.
Diagnosen: [[NSTEMI]] ([[I21.4]]), [[Diabetes mellitus Typ 2]].
Therapie: [[PCI mit DES]] RIVA. Entlassmedikation: [[ASS 100 mg]], [[Ticagrelor 90 mg]].
Mit kollegialen Grüßen
{nname2.initial_last}, Oberärztin / Oberarzt
""",
        loc=("de_DE", "de_AT", "de_CH"),
    ),
    T(
        "dis-3",
        "discharge summary",
        """
SUMMARY OF HOSPITALIZATION
Patient ... {nname1.caps}
Reg. No ... {nmrn1.thai}
Adm ....... {ndate1.be}     D/C ... {ndate2.be}
Dx: [[dengue hemorrhagic fever]] grade II
Platelets nadir [[22,000/uL]] day 5; no transfusion.
Relative: {nname2.full} (mother) {nphone1.national}
Attending: {nname3.full}, MD  Lic. {nlic1.cedula}
""",
        loc=("th_TH", "en_TH"),
    ),
    T(
        "dis-4",
        "discharge summary",
        """
Discharge summary (auto-generated from EHR)
-------------------------------------------
PATIENT_NAME: {nname1.caret_caps}
MRN: {nmrn1.site}
ADMIT_DT: {ndate1.compact}  DISCH_DT: {ndate2.compact}
DISPO: home with [[home health]]
PCP: {nname2.caret}
FOLLOW_UP_PHONE: {nphone1.e164}
CODES: [[J44.1]], [[Z99.81]]
""",
    ),
    T(
        "dis-5",
        "discharge summary",
        """
ВЫПИСНОЙ ЭПИКРИЗ
Ф.И.О.: {nname1.native}
Дата рождения: {ndob1.ru}
СНИЛС/ИНН: {nnat1.ru}
Находился на лечении с {ndate1.dot} по {ndate2.dot}.
Диагноз: [[гипертоническая болезнь III стадии]]. Рекомендовано: [[лизиноприл 10 мг]].
Лечащий врач: {nname2.native}
Латиницей (для страховой компании): {nname1.fio}
""",
        loc=("ru_RU",),
    ),
    # --- radiology request ---
    T(
        "rad-1",
        "radiology request",
        """
IMAGING REQUEST - CT HEAD NON-CONTRAST
Patient: {nname1.last_first} | DOB {ndob1.mon} | MRN {nmrn1.letter}
Clinical: [[sudden onset headache]], GCS 15. ?[[SAH]]
Pregnancy status: n/a. Contrast allergy: none.
Requesting clinician: Dr {nname2.first_initial} - ext 5512 - pager {nphone1.national}
Device: pt has [[pacemaker]] serial {ndev1.pacer} ([[MRI conditional]])
""",
    ),
    T(
        "rad-2",
        "radiology request",
        """
Bon de demande - imagerie médicale (cabinet de ville)
NOM DE NAISSANCE/ {nname1.caps_last} -- prénom usuel/ {nname1.first}
Né(e) le {ndob1.eu}   N° SS : {nnat1.fr}
Examen demandé : [[IRM lombaire]] - [[lombosciatique L5 gauche]]
Médecin prescripteur : Dr {nname2.full}, RPPS {nlic1.cedula}
Tél. cabinet : {nphone1.national}
""",
        loc=("fr_FR", "fr_BE", "fr_CH"),
    ),
    T(
        "rad-3",
        "radiology request",
        """
DICOM worklist entry
(0010,0010) PatientName           {nname1.caret_caps}
(0010,0020) PatientID             {nmrn1.padded}
(0010,0030) PatientBirthDate ..... {ndob1.compact}
(0010,1010) PatientAge            {nage1.dicom}
(0008,0090) ReferringPhysician    {nname2.caret}
(0032,1060) RequestedProcedure    [[CR CHEST PA AND LATERAL]]
(0008,0080) InstitutionAddress    {nhome1}
""",
    ),
    T(
        "rad-4",
        "radiology request",
        """
Obstetric US booking (12-week slot)
Name {nname1.full}  ({nname1.own_order} on ID card)
LMP {ndate1.iso}; [[dating scan]] requested at 12 weeks.
ID doc: {nnat1.label} {nnat1}
Husband/partner: {nname2.full}, mobile {nphone1.intl}
""",
        ids=("KR", "CN", "TW", "TH", "ID"),
    ),
    # --- insurance claim ---
    T(
        "claim-1",
        "insurance claim",
        """
CMS-1500 (transcribed)
1a INSURED ID NO. (box 1a) .... {nplan1.member}
2  PATIENT'S NAME ............. {nname1.caps_last_first_all}
3  BIRTH DATE ................. {ndob1.us}
5  PATIENT ADDRESS ............ {nhome1}
7  INSURED'S NAME ............. {nname2.caps_last_first_all}
11 GROUP NUMBER ............... {nplan2.group}
21 DIAGNOSIS .................. A [[M54.16]]  B [[G89.29]]
24 CPT ........................ [[62323]] [[J1040]]
25 FED TAX ID ................. {nnat1.us}
33 BILLING NPI ................ {nlic1.npi}
""",
        loc=("en_US",),
    ),
    T(
        "claim-2",
        "insurance claim",
        """
X12 837P segment dump
NM1*IL*1*{nname1.caps_last}*{nname1.caps_first}****MI*{nplan1.member}~
N3*{nhome1.street}~
DMG*D8*{ndob1.compact}*F~
NM1*82*1*{nname2.caps_last}*{nname2.caps_first}****XX*{nlic1.npi}~
CLM*{nref1.claim}*[[350]]***[[11:B:1]]*Y*A*Y*Y~
HI*ABK:[[E119]]*ABF:[[I10]]~
""",
        loc=("en_US",),
    ),
    T(
        "claim-3",
        "insurance claim",
        """
Travel insurance claim - medical expenses abroad
Policyholder: {nname1.full}
Passport: {ntravel1.passport}
Date of incident: {ndate1.long}, {nplace1}
Treating hospital invoice no. {nref1.order}
Claimed: [[EUR 4,320.00]] ([[emergency appendectomy]])
Reimburse to IBAN {niban1} / BIC [[COBADEFFXXX]]
Contact e-mail: {nmail1}
""",
    ),
    T(
        "claim-4",
        "insurance claim",
        """
Guia de consulta - Saúde Suplementar
Beneficiário: {nname1.full}
Cartão Nacional de Saúde: {nplan1.cns}
CPF: {nnat1.br}
Data do atendimento: {ndate1.eu}
Profissional: {nname2.full} - CRM-SP {nlic1.crm}
Procedimento: [[10101012]] [[consulta em consultório]]
""",
        loc=("pt_BR",),
    ),
    T(
        "claim-5",
        "insurance claim",
        """
Workers' compensation - first report of injury
Employee: {nname1.last_first_middle}   SSN: {nnat1.us}
Home: {nhome1}
Injury date {ndate1.us} at site {nspot1.dec}; [[laceration left forearm]], 12 sutures.
Forklift VIN {nveh1.vin}. Supervisor: {nname2.full} {nphone1.ext}
""",
        loc=("en_US",),
    ),
    # --- KYC review ---
    T(
        "kyc-1",
        "KYC review",
        """
CDD file - retail onboarding (enhanced)
Customer: {nname1.caps_last_space_first}
ID: {nnat1.label} {nnat1}
Second document: passport {ntravel1.passport}, selfie match 0.97 ({nphoto1})
Address proof: utility bill, {nhome1}
PEP screen: no hit. [[Risk rating: medium]] ([[non-resident]]).
Source of funds: salary; employer letter signed {nname2.full}.
""",
        ids=("SG", "HK", "AE", "SA", "TW", "UY"),
    ),
    T(
        "kyc-2",
        "KYC review",
        """
KYC refresh - {ndate1.iso}
name_on_id      | {nname1.caps_full}
name_in_core    | {nname1.last_first}
dob             | {ndob1.iso}
tax_id          | {nnat1}
phone_verified  | {nphone1.e164}
email_verified  | {nmail1}
device_ip       | {nip1}
outcome         | [[match with minor variance]]; analyst {nname2.handle}
""",
    ),
    T(
        "kyc-3",
        "KYC review",
        """
Sim-card registration (telecom KYC)
Subscriber: {nname1.full}
NIN / ID: {nnat1.label} {nnat1}
MSISDN: {nphone1.intl}   IMSI: {ndev1.imsi}
Address: {nhome1}
Agent: {nname2.first_initial} at kiosk {nplace1}
""",
        loc=("en_NG", "yo_NG", "en_KE", "tw_GH", "en_PK", "bn_BD"),
        ids=("KE", "PK", "ZA", "IN"),
    ),
    T(
        "kyc-4",
        "KYC review",
        """
Beneficial ownership declaration
Entity: [[private limited company]] - registered in {nplace1}
UBO 1: {nname1.full}, born {ndob1.long}, 62% - {nnat1.label} {nnat1}
UBO 2: {nname2.full}, born {ndob2.long}, 38% - passport {ntravel1.passport}
Residential address (UBO 1): {nhome1}
Declared by {nname1.initials} on {ndate1.long}
""",
    ),
    T(
        "kyc-5",
        "KYC review",
        """
Video-ident protocol
Session {nref1.session} started; customer camera IP {nip1.v6}
Agent reads ID front: surname {nname1.caps_last}, given names {nname1.caps_first}
Document number {ntravel1.passport}, expiry (not personal) checked.
Liveness: pass. Face template ref {nbio1.face}.
Outcome: [[identity verified]]
""",
        loc=("de_DE", "de_AT", "nl_NL", "pl_PL", "it_IT"),
    ),
    # --- fraud case ---
    T(
        "fraud-1",
        "fraud case",
        """
CASE {nref1.case} - card-not-present fraud
Cardholder: {nname1.first_last} ({nmail1})
Card: {ncard1.visa}
Disputed txns from IP {nip1} / device {nmac1.colon}
Shipping address used by fraudster: {nhome1}
Mule account identified: {nacct1.gb}, holder name {nname2.caps}
Action: [[chargeback reason code 10.4]]; card reissued.
""",
    ),
    T(
        "fraud-2",
        "fraud case",
        """
Investigation notes (insurance fraud unit)
- Claimant {nname1.last_first} states vehicle {nveh1} was stolen on {ndate1.dot}.
- Same plate seen by ANPR near {nspot1.osgb} on {ndate2.dot}, after the reported theft.
- Claimant's brother {nname2.full} is registered keeper of a second car, VIN {nveh2.vin}.
- Phone records: calls to {nphone1.national} around time of "theft".
Recommendation: refer to [[SIU]]; withhold payment.
""",
        loc=("en_GB", "en_IE"),
    ),
    T(
        "fraud-3",
        "fraud case",
        """
Authorised push payment scam - victim statement
I, {nname1.full}, of {nhome1}, received a call from a man who said he was from
the bank's fraud team. He knew my account ending and told me to move money to a
"safe account": {niban1}, name {nname2.caps_last_first}.
I sent [[GBP 9,850]] on {ndate1.long}. He called from {nphone1.intl}.
Signed: {nname1.full}
""",
    ),
    T(
        "fraud-4",
        "fraud case",
        """
Crypto-exchange fraud referral
User ID {nref1.order} / login {nmail1}
Withdrawal to {nacct1.btc} after password reset from {nip1}.
Second wallet linked by [[on-chain clustering]]: {nacct2.eth}
KYC name: {nname1.full}, ID {nnat1.label} {nnat1}
""",
    ),
    # --- HR leave request ---
    T(
        "hr-1",
        "HR leave request",
        """
Leave request #{nref1.jira}
Employee: {nname1.full} (emp no. {nref2.staff})
Type: [[maternity leave]] - expected week of childbirth {ndate1.long}
Return date: {ndate2.long}
Manager approval: {nname2.first_last}
Payroll: pay [[statutory maternity pay]] to account on file.
""",
    ),
    T(
        "hr-2",
        "HR leave request",
        """
Wniosek urlopowy
Imię i nazwisko: {nname1.full}
PESEL: {nnat1.pl}
Rodzaj urlopu: [[urlop opiekuńczy]] (opieka nad ojcem {nname2.first_last})
Termin: {ndate1.dot} - {ndate2.dot}
Podpis pracownika: {nname1.initial_last}
""",
        loc=("pl_PL",),
    ),
    T(
        "hr-3",
        "HR leave request",
        """
From: {nname1.full} [{nmail1}]
To: HR Shared Services
Subject: sick leave + fit note

Hi, attaching my fit note - [[lumbar disc prolapse]], signed off until {ndate1.long}.
GP: Dr {nname2.last}, {nhome1}.
My personal mobile while off: {nphone1.intl}
Thanks, {nname1.first}
""",
    ),
    T(
        "hr-4",
        "HR leave request",
        """
Hajj / Umrah leave application
Name (as in passport): {nname1.caps_full}
Iqama / ID: {nnat1.label} {nnat1}
Passport: {ntravel1.passport}
Leave: {ndate1.iso} to {ndate2.iso} ([[special leave - religious]])
Emergency contact in {nplace1}: {nname2.full}, {nphone1.intl}
""",
        loc=("ar_SA", "ar_AE", "en_PK", "en_MS", "id_ID"),
        ids=("SA", "AE", "PK", "MY", "ID"),
    ),
    # --- chat transcript ---
    T(
        "chat-1",
        "chat transcript",
        """
[{ndate1.eu}, 09:14:02] {nname1.first_last}: hi, my insulin pump keeps alarming
[{ndate1.eu}, 09:14:40] Support ({nname2.first}): sorry! read me the serial on the back?
[{ndate1.eu}, 09:15:22] {nname1.first_last}: {ndev1.pump}
[{ndate1.eu}, 09:16:05] Support ({nname2.first}): thanks. is this still {nhome1}?
[{ndate1.eu}, 09:16:31] {nname1.first_last}: yes. [[occlusion alarm]] again
""",
    ),
    T(
        "chat-2",
        "chat transcript",
        """
#claims-escalations
{nname1.handle}  10:02  anyone picking up {nref1.claim}? member {nname2.last_first} called 3x
{nname3.handle}  10:04  on it. member id {nplan1.member}, callback {nphone1.national}
{nname1.handle}  10:05  ty. note: she goes by {nname2.first} not her legal name
{nname3.handle}  10:31  resolved - [[EOB reprocessed]]
""",
    ),
    T(
        "chat-3",
        "chat transcript",
        """
Live chat - bank app
Customer: hello I cant log in
Agent {nname1.first_initial}: Hi! For security, please confirm your full name and DOB.
Customer: {nname2.lower} {ndob1.eu}
Agent {nname1.first_initial}: Thanks {nname2.first}. I see a login from {nip1} - is that you?
Customer: no!! I'm in {nplace1}
Agent {nname1.first_initial}: I've frozen card ending ... and opened case {nref1.case}.
""",
    ),
    T(
        "chat-4",
        "chat transcript",
        """
WhatsApp export - care home family group
{ndate1.eu} 18:02 - {nname1.first}: Mum had a fall again, at {nhome1}. Dr {nname2.last} coming
{ndate1.eu} 18:05 - {nname3.full}: omg. is she ok? she's {nage1} for gods sake
{ndate1.eu} 18:06 - {nname1.first}: [[hip x-ray]] tomorrow. call {nphone1.national} if u can
{ndate1.eu} 18:09 - {nname3.full}: ok will do x
""",
    ),
    # --- pharmacy dispensing record ---
    T(
        "pharm-1",
        "pharmacy dispensing record",
        """
Rx label reprint
{nname1.caps}          DOB {ndob1.us}
{nhome1}
[[APIXABAN 5 MG TAB]]  Qty 60  Refills 5
Take 1 tablet by mouth twice daily. [[Do not stop without talking to your doctor]].
Prescriber: {nname2.last_first_initial}  DEA {nlic1.dea}
Rx# {nref1.loan}   Filled {ndate1.us}   Ph: {nphone1.national}
""",
        loc=("en_US",),
    ),
    T(
        "pharm-2",
        "pharmacy dispensing record",
        """
Controlled drugs register - [[morphine sulfate 10 mg/ml injection]]
Date       | Patient            | Address              | Prescriber    | Qty | Balance
{ndate1.dot} | {nname1.last_first} | {nhome1} | {nname2.initial_last} | 2 amp | 18
Witness: {nname3.first_initial}   Collected by: {nname4.full} (ID: {nnat1.label} {nnat1})
""",
        loc=("en_GB", "en_IE", "en_AU", "en_NZ"),
        ids=("GB", "IE", "AU", "NZ"),
    ),
    T(
        "pharm-3",
        "pharmacy dispensing record",
        """
處方箋 / Prescription
姓名 Name: {nname1.native} ({nname1.caps_last}, {nname1.first})
身分證字號: {nnat1.tw}
就醫日期: {ndate1.roc}
藥品: [[Amlodipine 5mg]] 1# QD x 28 天
醫師: {nname2.native}
""",
        loc=("zh_TW",),
    ),
    T(
        "pharm-4",
        "pharmacy dispensing record",
        """
MEDICATION ADMINISTRATION RECORD (home care)
Client {nname1.full} | Room n/a | DOB {ndob1.dot}
[[Levetiracetam 500 mg]] 08:00 given - {nname2.initials}
[[Levetiracetam 500 mg]] 20:00 refused - {nname3.initials}
Pharmacy: {nhome1}, fax {nfax1.national}
""",
        loc=("en_CA", "fr_CA", "en_AU", "en_NZ"),
    ),
    # --- lab result ---
    T(
        "lab-1",
        "lab result",
        """
LABORATORY REPORT
Pt name: {nname1.last_first} / sex F / born {ndob1.mon}
Lab no: {nmrn1.year}   Collected: {ndate1.stamp}
[[HbA1c]] ............ [[58 mmol/mol]] (H)
[[eGFR]] ............. [[52 mL/min/1.73m2]]
[[LOINC 4548-4]]
Requested by {nname2.initials_caps_last} at {nhome1}
""",
    ),
    T(
        "lab-2",
        "lab result",
        """
Genetic test report - [[BRCA1/BRCA2]] panel
Proband: {nname1.full}, born {ndob1.long}
Specimen ID {nbio1.dna}; family ID {nref1.protocol}
Result: [[pathogenic variant]] [[BRCA2 c.5946delT]]
Cascade testing offered to sister {nname2.full} ({nmail1})
Genetic counsellor: {nname3.full}
""",
    ),
    T(
        "lab-3",
        "lab result",
        """
Kết quả xét nghiệm
Họ tên: {nname1.caps}    Năm sinh: {ndob1.vi}
Mã thẻ BHYT: {nplan1.member}
Mã BN: {nmrn1.kr}
[[Glucose]] [[7.8 mmol/L]], [[HBsAg]] âm tính
Bác sĩ: {nname2.full}
""",
        loc=("vi_VN",),
    ),
    # --- pathology report ---
    T(
        "path-1",
        "pathology report",
        """
SURGICAL PATHOLOGY
Accession {nmrn1.site}    Patient {nname1.caps_last_first_all}    Age {nage1.yo}
Specimen: [[right hemicolectomy]]
Diagnosis: [[adenocarcinoma, moderately differentiated]], [[pT3 pN1a]],
[[0/18]] → corrected [[1/18]] LN
[[ICD-O 8140/3]]. [[MMR proteins retained]].
Pathologist: {nname2.full}, FRCPath
Copy to: {nname3.last_first}, {nhome1}
""",
    ),
    T(
        "path-2",
        "pathology report",
        """
Liquid-based cytology report - [[cervical screening]] programme
Name: {nname1.first} {nname1.boxed_last}
Health card: {nplan1.philhealth}
Sample taken {ndate1.eu} by nurse {nname2.first_last}
Result: [[LSIL]], [[HPV high-risk positive]]. Refer [[colposcopy]].
""",
        loc=("fil_PH", "en_PH", "tl_PH"),
    ),
    T(
        "path-3",
        "pathology report",
        """
Autopsy report (hospital post-mortem)
Deceased: {nname1.full}   Age at death: {nage1}   Date of death: {ndate1.long}
Place of death: {nhome1}
Cause: 1a [[pulmonary thromboembolism]] 1b [[deep vein thrombosis]]
Identified by: {nname2.full} (son) - {nphone1.intl}
Prosector: {nname3.initial_last}
""",
    ),
    # --- dental chart ---
    T(
        "dent-1",
        "dental chart",
        """
DENTAL RECORD
Patient: {nname1.last_first}  |  Recall {ndate1.eu}
Chart: [[16 MOD amalgam]], [[26 crown]], [[36 RCT]], [[48 impacted]]
[[BPE 2/2/3 - 2/3/2]]
Panoramic film ID {nmrn1.letter}
Dentist: {nname2.full} (GDC {nlic1.gmc})
""",
    ),
    T(
        "dent-2",
        "dental chart",
        """
Forensic odontology - ante-mortem record request
Missing person: {nname1.caps_full}
Last dentist: {nname2.full}, {nhome1}
Police ref: {nref1.police}
Known work: [[implant 46]] (implant lot/serial {ndev1.sn}), [[bridge 12-22]]
""",
        loc=("en_AU", "en_NZ", "en_GB", "en_CA"),
    ),
    # --- mental-health intake ---
    T(
        "mh-1",
        "mental-health intake",
        """
INTAKE ASSESSMENT - Community Mental Health Team
Name: {nname1.full}  Preferred name: {nname1.first}
DOB: {ndob1.eu}  NHS: {nnat1.gb}
Lives with: partner {nname2.first_last}
Presenting: [[panic attacks]], [[intrusive thoughts]]; no [[self-harm]].
Risk: low. Substance: alcohol 30 u/wk.
GP: Dr {nname3.last}, {nhome1}
""",
        loc=("en_GB",),
    ),
    T(
        "mh-2",
        "mental-health intake",
        """
Psychiatric emergency - involuntary hold documentation
Detained person: {nname1.caps_last_first}
Found at: {nspot1.dec} by officer {nname2.last} (badge {nlic1.ny})
Next of kin notified: {nname3.full} at {nphone1.national}
Belongings: phone (IMEI {ndev1.imei}), wallet with card {ncard1}
[[5150 hold]] initiated {ndate1.us}
""",
        loc=("en_US",),
    ),
    T(
        "mh-3",
        "mental-health intake",
        """
Formulario de admisión - Salud mental
Usuario/a: {nname1.full}
RUN: {nnat1.cl}
Derivado/a por: {nname2.full}
Motivo: [[episodio depresivo mayor]], [[ideación suicida pasiva]]
Contacto de emergencia: {nname3.first_last} {nphone1.intl}
""",
        loc=("es_CL",),
    ),
    # --- ambulance run sheet ---
    T(
        "amb-1",
        "ambulance run sheet",
        """
PATIENT CARE REPORT  Unit M14
Call rec'd {ndate1.stamp}
Scene: {nhome1} (x-street given by caller {nname1.first_last}, cb {nphone1.national})
Caller's app location: ///{nspot1.w3w}
Pt: {nname2.caps_last_first}  approx age {nage1}
C/C: [[unresponsive]], [[GCS 8]], [[BGL 1.9]]
Tx: [[glucagon 1 mg IM]] → GCS 14
Transport to ED; handover to RN {nname3.first_initial}
""",
    ),
    T(
        "amb-2",
        "ambulance run sheet",
        """
Einsatzprotokoll RTW (Durchschlag Klinik)
Einsatzort: {nhome1}
Koordinaten: {nspot1.dms}
Patient/in: {nname1.last_space_first}, geb. {ndob1.dot}
Versicherten-Nr.: {nplan1.member}
Verdachtsdiagnose: [[Schlaganfall]], [[Lyse-Fenster]] offen
Notarzt: {nname2.initial_last}   Fahrzeug: {nveh1}
""",
        loc=("de_DE", "de_AT", "de_CH"),
    ),
    T(
        "amb-3",
        "ambulance run sheet",
        """
EMS handover (voice-to-text)
"this is {nname1.first} {nname1.last} uh ninety-something, actually the daughter says {nage1.words},
from {nhome1.street}, [[hypotensive]] 80 over 40, [[sepsis alert]] called,
daughter {nname2.first} on {nphone1.intl}"
Crew: {nname3.handle}, {nname4.handle}
""",
    ),
    # --- clinical-trial CRF ---
    T(
        "crf-1",
        "clinical-trial CRF",
        """
CASE REPORT FORM - VISIT 3
Subject ID: {nref1.protocol}     Initials: {nname1.initials_nodot_last}
Site: {nplace1}   Investigator: {nname2.full}
Visit date: {ndate1.mon}
[[Adverse events since last visit? Y]]
[[Concomitant meds: paracetamol 1 g PRN]]
Source document: hospital no. {nmrn1.grouped}  (do not transcribe to eCRF)
""",
        loc=("en_GB", "en_US", "en_IN", "en_KE", "en_NG"),
    ),
    T(
        "crf-2",
        "clinical-trial CRF",
        """
eCRF audit trail export
field,old_value,new_value,user,timestamp,reason
DOB,{ndob1.iso},{ndob2.iso},{nname1.handle_dash},{ndate1.stamp},[[transcription error]]
SUBJ_EMAIL,,{nmail1},{nname1.handle_dash},{ndate1.stamp},[[consent to e-diary]]
DEVICE_MAC,,{nmac1.bare},{nname2.handle_dash},{ndate1.stamp},[[wearable paired]]
""",
        loc=("en_US", "de_DE", "fr_FR", "ja_JP", "ko_KR"),
    ),
    # --- adverse-event report ---
    T(
        "ae-1",
        "adverse-event report",
        """
MedWatch-style voluntary report
A. Patient identifier: {nname1.initials_nodot_last}   Age: {nage1}   Weight: 54 kg
B. Adverse event: [[Stevens-Johnson syndrome]] after [[lamotrigine]] titration
   Onset {ndate1.us}; hospitalised {ndate2.us}
D. Suspect product lot [[L1234A]]
E. Reporter: {nname2.full}, {nhome1}, {nphone1.national}, {nmail1}
""",
        loc=("en_US",),
    ),
    T(
        "ae-2",
        "adverse-event report",
        """
Yellow Card report (transcribed)
Patient initials: {nname1.initials}  Sex: M  Age: {nage1}
Hospital number: {nmrn1.luhn}
Suspected drug: [[amiodarone]] - [[pulmonary fibrosis]]
Reporter: pharmacist {nname2.full}, GPhC {nlic1.gphc}
Reporter e-mail: {nmail1}
""",
        loc=("en_GB",),
    ),
    T(
        "ae-3",
        "adverse-event report",
        """
Device incident - insulin pump over-delivery
Device serial: {ndev1.pump}; paired CGM transmitter {ndev2.cgm}
Patient: {nname1.full}, DOB {ndob1.eu}
Event {ndate1.eu}: [[severe hypoglycaemia]], ambulance attended.
Pump log downloaded from phone (MAC {nmac1.colon_up}) by {nname2.full}
""",
    ),
    # --- insurance appeal ---
    T(
        "appeal-1",
        "insurance appeal",
        """
Re: Appeal of denial, claim {nref1.claim}
Member: {nname1.full}   Member ID: {nplan1.member}
Dear Appeals Coordinator,
I am writing on behalf of my patient {nname1.last_first}, DOB {ndob1.us}, regarding the
denial of [[adalimumab]] for [[moderate-to-severe Crohn's disease]] ([[K50.90]]).
She has failed [[azathioprine]] and [[methotrexate]].
Sincerely, {nname2.full}, MD - NPI {nlic1.npi} - fax {nfax1.national}
""",
        loc=("en_US",),
    ),
    T(
        "appeal-2",
        "insurance appeal",
        """
Widerspruch gegen den Bescheid vom {ndate1.dot}
Versicherte/r: {nname1.full}, {nhome1}
Versichertennummer: {nplan1.member}
gegen die Ablehnung meiner [[Rehabilitationsmaßnahme]] lege ich fristgerecht Widerspruch ein.
Anlagen: Attest von Dr. {nname2.last}
{nname1.first_initial}
""",
        loc=("de_DE", "de_AT"),
    ),
    T(
        "appeal-3",
        "insurance appeal",
        """
Independent medical review - request form
Applicant: {nname1.caps_last_first}   Plan: [[HMO]]   ID {nplan1.group}
Treatment denied: [[proton beam therapy]]
Authorised representative: {nname2.full}, relationship: son
Rep. address: {nhome1}; email {nmail1}
""",
        loc=("en_US",),
    ),
    # --- mortgage file ---
    T(
        "mort-1",
        "mortgage file",
        """
Uniform Residential Loan Application (excerpt)
Borrower: {nname1.full}    SSN: {nnat1.us}    DOB: {ndob1.us}
Co-borrower: {nname2.full}    SSN: {nnat2.us}
Subject property: {nhome1}
Employer: [[self-employed]]; phone {nphone1.national}
Asset: checking {nacct1.us}; retirement acct {nacct2.us}
Loan no. {nref1.loan}
""",
        loc=("en_US",),
    ),
    T(
        "mort-2",
        "mortgage file",
        """
Valuation report - residential
Applicant(s): {nname1.last_first} and {nname2.last_first}
Property: {nhome1}, title no. {nref1.order}
Land registry plan grid ref {nspot1.osgb}
[[Loan-to-value 85%]]; [[Standard variable rate]]
Solicitor: {nname3.full}, {nmail1}
""",
        loc=("en_GB",),
    ),
    T(
        "mort-3",
        "mortgage file",
        """
Hypotheekofferte
Aanvrager: {nname1.full}, geboren {ndob1.dot}
BSN: {nnat1.nl}
Adres onderpand: {nhome1}
Rekening voor incasso: {niban1}
Notaris: mr. {nname2.full}
[[annuïteitenhypotheek]], [[Nationale Hypotheek Garantie]]
""",
        loc=("nl_NL", "nl_BE"),
    ),
    # --- wire transfer / SWIFT ---
    T(
        "swift-1",
        "wire transfer message",
        """
{1:F01BANKDEFFAXXX}{2:I103BANKGB2LXXXXN}
:20:{nref1.swift20}
:23B:CRED
:32A:[[EUR]]12500,00
:50K:/{niban1.compact}
{nname1.caps_full}
{nhome1.lines}
:59:/{niban2.compact}
{nname2.caps_full}
:70:[[INVOICE SETTLEMENT]]
:71A:[[SHA]]
""",
    ),
    T(
        "swift-2",
        "wire transfer message",
        """
pacs.008 (flattened for case review)
GrpHdr.MsgId = {nref1.order}
CdtTrfTxInf.PmtId.UETR = {nref2.uetr}
Dbtr.Nm = {nname1.full}
Dbtr.PstlAdr = {nhome1}
DbtrAcct.IBAN = {niban1.compact}
Cdtr.Nm = {nname2.caps}
CdtrAcct.Othr.Id = {nacct1.in}
RmtInf.Ustrd = [[FAMILY MAINTENANCE]]
""",
    ),
    T(
        "swift-3",
        "wire transfer message",
        """
Remittance slip (money transfer operator)
Sender: {nname1.full}, ID {nnat1.label} {nnat1}, tel {nphone1.intl}
Receiver: {nname2.full}, {nplace1}
Payout: mobile wallet {nacct1.wallet}
Control number (MTCN): {nref1.loan}
Purpose: [[school fees]]. Amount [[USD 450.00]]
""",
        loc=("en_PH", "fil_PH", "en_NG", "en_KE", "en_PK", "bn_BD", "ne_NP", "hi_IN"),
    ),
    # --- SEPA export ---
    T(
        "sepa-1",
        "SEPA payment export",
        """
Sammler-Überweisung (SEPA) - Export
Auftraggeber;IBAN;BIC;Betrag;Verwendungszweck
{nname1.last_first};{niban1.compact};[[GENODEF1S04]];[[1.250,00]];Miete {ndate1.dot}
{nname2.last_first};{niban2.compact};[[COBADEFFXXX]];[[89,90]];[[Kita-Beitrag]]
""",
        loc=("de_DE", "de_AT"),
    ),
    T(
        "sepa-2",
        "SEPA payment export",
        """
SEPA direct debit mandate
Mandate reference: {nref1.order}
Debtor name: {nname1.full}
Debtor address: {nhome1}
Debtor IBAN: {niban1}
Signed at {nplace1} on {ndate1.eu}
Creditor identifier: [[FR72ZZZ123456]]  [[Recurrent payment]]
""",
        loc=("fr_FR", "it_IT", "es_ES", "pt_PT", "nl_NL", "fi_FI", "et_EE", "lt_LT"),
    ),
    # --- AML alert ---
    T(
        "aml-1",
        "AML alert",
        """
TM ALERT {nref1.alert}  Scenario: [[rapid movement of funds]]
Focal party: {nname1.caps_last_first}  CIF {nacct1.us}
Inbound: 14 cash deposits just below [[CTR threshold]] at branches in {nplace1}
Outbound: wire to {niban1} ({nname2.full})
Linked party by shared phone {nphone1.e164}: {nname3.full}
Disposition: [[escalate to SAR]] - {nref2.sar}
""",
    ),
    T(
        "aml-2",
        "AML alert",
        """
Sanctions screening hit review
Input name: {nname1.caps}
List entry: [[OFAC SDN - similar name]]
DOB input {ndob1.iso} vs list [[1961]] - mismatch
Passport input {ntravel1.passport} - no match
Conclusion: [[false positive]], cleared by {nname2.initial_last}
""",
    ),
    T(
        "aml-3",
        "AML alert",
        """
Crypto travel-rule record
originator_name: {nname1.full}
originator_wallet: {nacct1.btc}
originator_geo: {nspot1.dec_tight}
beneficiary_name: {nname2.full}
beneficiary_wallet: {nacct2.eth}
beneficiary_vasp: [[unhosted wallet]]
login_ip: {nip1}
""",
    ),
    # --- payroll ---
    T(
        "pay-1",
        "payroll record",
        """
PAYSLIP  period [[M06]]
Employee {nname1.last_first}   No. {nref1.staff}
NI number {nnat1.label} {nnat1}
Tax code [[1257L]]   Bank: {nacct1.gb}
Gross [[3,412.50]]  PAYE [[472.20]]  NI [[203.40]]  Net [[2,736.90]]
""",
        ids=("GB", "IE"),
    ),
    T(
        "pay-2",
        "payroll record",
        """
payroll_export.csv
emp_id,last,first,dob,tax_id,iban,gross
{nref1.staff},{nname1.last},{nname1.first},{ndob1.iso},{nnat1},{niban1.compact},[[4210.00]]
{nref2.staff},{nname2.last},{nname2.first},{ndob2.iso},{nnat2},{niban2.compact},[[3875.50]]
""",
        ids=("IT", "ES", "PT", "PL", "RO", "BG", "HR", "SI"),
    ),
    T(
        "pay-3",
        "payroll record",
        """
給与明細書
社員番号 {nref1.staff}
氏名 {nname1.native} 様
マイナンバー {nnat1.jp}
振込先 普通 {nacct1.jp}
[[基本給]] [[健康保険料]] [[厚生年金]]
""",
        loc=("ja_JP",),
    ),
    # --- immigration / visa ---
    T(
        "imm-1",
        "immigration file",
        """
Form I-130 supporting notes
Petitioner: {nname1.last_first_middle}   A-Number: {ntravel1.anumber}
Beneficiary: {nname2.caps_last_first}   Country of birth: [[Nigeria]]
Receipt: {nref1.order} / USCIS online {ntravel2.uscis}
Marriage on {ndate1.us} in {nplace1}
Beneficiary's prior address: {nhome1}
""",
        loc=("en_NG", "yo_NG", "ig_NG", "ha_NG"),
    ),
    T(
        "imm-2",
        "immigration file",
        """
Residence permit renewal - caseworker minute
Applicant {nname1.full} (BRP {ntravel1.brp})
Passport {ntravel2.passport}; biometrics enrolled, fingerprint ref {nbio1.afis}
Sponsor: {nname2.full}, {nhome1}
Interpreter ([[Tigrinya]]) booked. Decision due {ndate1.long}.
""",
        loc=("en_GB", "am_ET"),
    ),
    T(
        "imm-3",
        "immigration file",
        """
在留資格変更許可申請 (抜粋)
氏名 Name: {nname1.caps_last} {nname1.caps_first}
在留カード番号: {ntravel1.zairyu}
旅券番号: {ntravel2.passport}
住居地: {nhome1}
勤務先担当者: {nname2.native}
""",
        loc=("vi_VN", "id_ID", "fil_PH", "ne_NP", "zh_CN"),
    ),
    T(
        "imm-4",
        "immigration file",
        """
Schengen visa application - consulate notes
Applicant: {nname1.full}, born {ndob1.long} in {nplace1}
Visa sticker: {ntravel1.schengen}
Host in EU: {nname2.full}, {nhome1}, {nphone1.idd}
Travel insurance policy {nref1.order}
[[VIS fingerprints]] taken, ref {nbio1.afis}
""",
        loc=("uz_UZ", "az_AZ", "ka_GE", "hy_AM", "ar_EG", "tr_TR", "uk_UA"),
    ),
    # --- court record ---
    T(
        "court-1",
        "court record",
        """
IN THE U.S. DISTRICT COURT, SOUTHERN DIVISION
Case No. {nref1.court}
{nname1.caps}, Plaintiff, v. [[MERIDIAN HEALTH PLAN]], Defendant.
DECLARATION OF {nname2.caps}
I, {nname2.full}, declare: I reside at {nhome1}. I am the plaintiff's spouse.
Executed on {ndate1.us_long}.  /s/ {nname2.full}
""",
        loc=("en_US",),
    ),
    T(
        "court-2",
        "court record",
        """
Sąd Rejonowy - Wydział Rodzinny
Sygn. akt {nref1.case}
w sprawie z wniosku {nname1.full} (PESEL {nnat1.pl})
z udziałem {nname2.full}
o [[ustalenie kontaktów z małoletnim]] {nname3.first} {nname2.last}
""",
        loc=("pl_PL",),
    ),
    T(
        "court-3",
        "court record",
        """
Probate - grant of representation (extract)
In the estate of {nname1.caps_full} deceased, late of {nhome1}
who died on {ndate1.long} aged {nage1}
Executor: {nname2.full} of {nhome2}
Gross value [[under the IHT threshold]]
""",
        loc=("en_GB", "en_IE", "en_AU", "en_NZ"),
    ),
    # --- police report ---
    T(
        "police-1",
        "police report",
        """
INCIDENT REPORT {nref1.police}
Reporting officer: PC {nname1.last} {nlic1.firearm}
Victim: {nname2.caps_last_first}, DOB {ndob1.eu}, {nhome1}
Suspect vehicle: {nveh1} (partial seen by witness {nname3.full})
Dashcam handed over by witness; phone {nphone1.national}
Offence: [[theft from the person]]
""",
    ),
    T(
        "police-2",
        "police report",
        """
Protokół zatrzymania
Zatrzymany: {nname1.caps_last} {nname1.first}, s. {nname2.first}
PESEL: {nnat1.pl}   Dowód osobisty: {ntravel1.travel_doc}
Miejsce: {nhome1}
Pojazd: {nveh1} (VIN {nveh2.vin})
Funkcjonariusz: {nname3.initial_last}
""",
        loc=("pl_PL",),
    ),
    T(
        "police-3",
        "police report",
        """
Domestic incident - DASH risk checklist (summary)
Victim: {nname1.first_last} ({nphone1.intl})
Perpetrator: {nname2.caps}, born {ndob1.eu}
Children in household: {nname3.first}, {nname4.first}
Victim's safe contact e-mail: {nmail1}
[[High risk - refer to MARAC]]
""",
    ),
    # --- school record ---
    T(
        "school-1",
        "school record",
        """
Pupil record - safeguarding chronology
Pupil: {nname1.full}   UPN {nref1.order}
DOB {ndob1.eu}   Year 4
Parents: {nname2.full} / {nname3.full}
Note {ndate1.eu}: arrived with bruising L upper arm; [[DSL informed]].
Note {ndate2.eu}: {nname2.first} phoned from {nphone1.national}, says fell from bike.
""",
        loc=("en_GB",),
    ),
    T(
        "school-2",
        "school record",
        """
Certificado de matrícula escolar
Alumno/a: {nname1.last_first}
CURP: {nnat1.mx}
Tutor: {nname2.full}   Tel: {nphone1.national}
Domicilio: {nhome1}
[[Alergia a la penicilina]] - [[requiere epinefrina]]
""",
        loc=("es_MX",),
    ),
    T(
        "school-3",
        "school record",
        """
University transcript request
Student: {nname1.first_caps_last}   Student no. {nref1.staff}
Former name: {nname2.last}
Send to: {nhome1}; copy by e-mail to {nmail1}
Reason: [[credential evaluation]] for nursing registration ({nlic1.nmc})
""",
    ),
    # --- social-care record ---
    T(
        "social-1",
        "social-care record",
        """
Adult social care - case note
Service user: {nname1.full} ({nname1.own_order})   Age {nage1}
Address: {nhome1}   Key safe: yes
Lasting power of attorney: {nname2.full}, {nphone1.intl}
Visit {ndate1.eu}: fridge empty, [[self-neglect]] concerns. Referral to [[safeguarding]].
Worker: {nname3.first_initial}
""",
    ),
    T(
        "social-2",
        "social-care record",
        """
Kinderschutz - Gefährdungseinschätzung
Kind: {nname1.first} {nname1.last}, geb. {ndob1.dot}
Mutter: {nname2.full}, Tel. {nphone1.ext}
Vater: {nname3.full}, Aufenthalt unbekannt, zuletzt {nhome1}
[[Kindeswohlgefährdung]] nach [[§ 8a SGB VIII]] geprüft.
Fachkraft: {nname4.initial_last}
""",
        loc=("de_DE",),
    ),
    T(
        "social-3",
        "social-care record",
        """
Foster placement agreement
Child: {nname1.full}, born {ndob1.long}
Foster carers: {nname2.full} and {nname3.full}, {nhome1}
School: [[St. Mary's primary]]; GP: Dr {nname4.last}
Contact with birth mother {nname5.first_last}: supervised, fortnightly.
""",
    ),
    # --- call-centre log ---
    T(
        "call-1",
        "call-centre log",
        """
CALL LOG  agent={nname1.handle_under}  queue=[[Billing-Tier2]]
ANI: {nphone1.e164}  DNIS: [[8000]]
Caller verified: {nname2.first_last}, postcode {npost1}, last 4 of acct
Notes: disputes [[late payment fee]]; asked to update email to {nmail1}
Wrap: [[fee waived as goodwill]]
""",
    ),
    T(
        "call-2",
        "call-centre log",
        """
Appel entrant - plateforme de téléconsultation
Appelant : {nname1.caps_last} {nname1.first}
N° sécu (carte Vitale) : {nnat1.fr}
Rappel au {nphone1.ext}
Motif : [[renouvellement d'ordonnance]] - [[lévothyroxine 75 µg]]
Opérateur : {nname2.first_initial}
""",
        loc=("fr_FR", "fr_BE"),
    ),
    T(
        "call-3",
        "call-centre log",
        """
Hotline transcript (auto) - pharmacy benefits
IVR: Please say or enter your member ID.
Caller: {nplan1.member}
IVR: Please say your date of birth.
Caller: {ndob1.us_long}
Agent {nname1.first}: Thank you, {nname2.first_last}. I see [[prior authorization pending]]
for [[semaglutide]].
Caller: can you fax the form to Dr {nname3.last} at {nfax1.national}?
""",
        loc=("en_US",),
    ),
    # --- e-mail thread ---
    T(
        "mail-1",
        "e-mail thread",
        """
From: "{nname1.last_first}" [{nmail1}]
Sent: {ndate1.us_long}
To: Patient Relations
Subject: RE: RE: complaint ref {nref1.case}

| On {ndate1.us_long}, Patient Relations wrote:
| We have asked Dr {nname2.last} to review your mother's care.
My mother is {nname3.full}, hospital number {nmrn1.letter}. Nobody has called.
{nname1.first}
""",
    ),
    T(
        "mail-2",
        "e-mail thread",
        """
Von: {nname1.full} ({nmail1})
An: personal@[[example-klinik]].de
Betreff: Krankmeldung {nname1.last}

Hallo zusammen, ich bin bis einschließlich {ndate1.dot} krankgeschrieben
([[AU-Bescheinigung]] folgt).
Vertretung: {nname2.first}.
--
{nname1.full} | Station 3 | Mobil {nphone1.national}
""",
        loc=("de_DE", "de_CH", "de_AT"),
    ),
    T(
        "mail-3",
        "e-mail thread",
        """
-- forwarded by HR intake --
From: {nname1.full} [{nmail1}]
To: {nname2.dotted} (HR)
Subject: FW: background check - {nname3.full}

Forwarding the report for {nname3.first}. Note criminal record check came back with a
[[caution]] from {ndate1.long}. Candidate's DOB {ndob1.eu}, DL {nlic1.dvla}.
""",
    ),
    # --- support ticket ---
    T(
        "ticket-1",
        "support ticket",
        """
Ticket {nref1.ticket} | Priority [[P2]] | Category: [[Access request]]
Requester: {nname1.last_first} ({nmail1.role})
Description: new starter {nname2.full} needs EHR access, role [[ward clerk]].
Laptop asset {ndev1.asset}, MAC {nmac1.dash}, assigned IP {nip1.private}
Approver: {nname3.full}
""",
    ),
    T(
        "ticket-2",
        "support ticket",
        """
[{nref1.jira}] Patient portal - cannot upload photo ID
Reporter: {nname1.handle}
Steps: user {nname2.full} uploads passport scan; error 500.
Request log: {nip1} - - "POST /kyc/upload" 500
Stored file: {nphoto1}
Assignee: {nname3.handle}
""",
    ),
    T(
        "ticket-3",
        "support ticket",
        """
Zendesk export
id,subject,requester_name,requester_email,requester_phone,created_at
{nref1.loan},[[Refund not received]],{nname1.full},{nmail1},{nphone1.e164},{ndate1.stamp}
""",
    ),
    # --- CSV / TSV export ---
    T(
        "csv-1",
        "CSV export",
        """
"MRN","Last Name","First Name","DOB","Zip","Phone","Dx"
"{nmrn1.padded}","{nname1.caps_last}","{nname1.caps_first}","{ndob1.us}","{npost1.zip4}","{nphone1.national}","[[E66.01]]"
"{nmrn2.padded}","{nname2.caps_last}","{nname2.caps_first}","{ndob2.us}","{npost2.zip4}","{nphone2.national}","[[F32.1]]"
""",
        loc=("en_US",),
    ),
    T(
        "csv-2",
        "CSV export",
        """
patient_id\tname\tbirth\tpostcode\tgp_practice\tlast_visit
{nmrn1.grouped}\t{nname1.last_first}\t{ndob1.iso}\t{npost1}\t[[practice code only]]\t{ndate1.iso}
{nmrn2.grouped}\t{nname2.last_first}\t{ndob2.iso}\t{npost2}\t[[practice code only]]\t{ndate2.iso}
{nmrn3.grouped}\t{nname3.last_first}\t{ndob3.iso}\t{npost3}\t[[practice code only]]\t{ndate3.iso}
""",
        loc=("en_GB", "nl_NL", "en_CA", "pl_PL", "sv_SE"),
    ),
    T(
        "csv-3",
        "CSV export",
        """
Timestamp;Kunde;Kartennummer;Händlerort;IP;Betrag
{ndate1.stamp};{nname1.last_first};{ncard1.mc};{nplace1};{nip1};[[129,99 EUR]]
{ndate2.stamp};{nname1.last_first};{ncard1.mc};{nplace2};{nip2.v6};[[1.499,00 EUR]]
""",
    ),
    # --- JSON export ---
    T(
        "json-1",
        "JSON export",
        """
{"event": "account.updated",
 "actor": {"name": "{nname1.full}", "email": "{nmail1}", "ip": "{nip1}"},
 "changes": {"phone": ["{nphone1.e164}", "{nphone2.e164}"],
             "address": "{nhome1}"},
 "device": {"id": "{ndev1.sn}", "mac": "{nmac1.colon}"},
 "note": "[[2FA re-enrolled]]"}
""",
    ),
    T(
        "json-2",
        "JSON export",
        """
[{"subject": "{nref1.protocol}", "initials": "{nname1.initials_nodot_last}",
  "dob": "{ndob1.iso}", "site_city": "{nplace1}",
  "wearable": {"serial": "{ndev1.hearing}", "paired_phone_imei": "{ndev2.imei}"},
  "gps_home": "{nspot1.dec_tight}", "arm": "[[placebo]]"}]
""",
    ),
    T(
        "json-3",
        "JSON export",
        """
{"customer":{"fullName":"{nname1.caps_full}","nationalId":"{nnat1}","taxResidency":"[[DE]]"},
"accounts":[{"iban":"{niban1.compact}","type":"[[current]]"},{"number":"{nacct1.ru}","type":"[[savings]]"}],
"cards":[{"pan":"{ncard1.mir}","status":"[[blocked]]"}]}
""",
        loc=("ru_RU", "uk_UA", "bg_BG", "ka_GE", "hy_AM", "az_AZ"),
        ids=("RU", "UA", "BG", "LT", "LV", "EE"),
    ),
    # --- HL7 message ---
    T(
        "hl7-1",
        "HL7 message",
        """
MSH|^~\\&|ADT|[[SITE-A]]|LAB|[[SITE-A]]|{ndate1.compact}||ADT^A04|{nref1.loan}|P|2.5
PID|1||{nmrn1.padded}^^^HOSP^MR~{nnat1.us}^^^SSA^SS||{nname1.caret_caps}||{ndob1.compact}|M|||{nhome1}||{nphone1.national}
NK1|1|{nname2.caret_caps}|[[SPO]]|||{nphone2.national}
PV1|1|O|[[CLINIC^^^^]]||||{nlic1.npi}^{nname3.caret}
""",
        loc=("en_US",),
    ),
    T(
        "hl7-2",
        "HL7 message",
        """
MSH|^~\\&|RIS|[[HOSP]]|PACS|[[HOSP]]|{ndate1.compact}||ORM^O01|{nref1.loan}|P|2.3
PID|||{nmrn1.kr}||{nname1.caret_caps}||{ndob1.compact}|F
ORC|NW|{nref2.order}
OBR|1|||[[71020^CHEST 2 VIEWS]]|||||||||[[R06.02]]|||{nname2.caret}
""",
        loc=("ko_KR", "en_US", "en_AU", "de_DE"),
    ),
    # --- FHIR resource ---
    T(
        "fhir-1",
        "FHIR resource",
        """
{"resourceType":"Patient","id":"[[example-bundle-entry-3]]",
 "identifier":[{"type":{"text":"[[SSN]]"},"value":"{nnat1.us}"},
  {"type":{"text":"[[MRN]]"},"value":"{nmrn1.letter}"}],
 "name":[{"use":"official","family":"{nname1.last}","given":["{nname1.first}"]},
  {"use":"nickname","given":["{nname1.lower_first}"]}],
 "telecom":[{"system":"phone","value":"{nphone1.e164}"},{"system":"email","value":"{nmail1}"}],
 "birthDate": "{ndob1.iso}",
 "address": [{"text": "{nhome1}"}]}
""",
        loc=("en_US",),
    ),
    T(
        "fhir-2",
        "FHIR resource",
        """
{"resourceType": "Device", "udiCarrier": [{"carrierHRF": "{ndev1.udi}"}],
 "serialNumber": "{ndev2.pacer}", "patient": {"display": "{nname1.full}"},
 "owner": {"display": "[[Cardiology]]"}}
{"resourceType": "Observation", "code": {"text": "[[Heart rate]]"},
 "subject": {"display": "{nname1.last_first}"}, "effectiveDateTime": "{ndate1.stamp}"}
""",
    ),
    T(
        "fhir-3",
        "FHIR resource",
        """
{"resourceType":"Coverage","status":"active",
"subscriberId":"{nplan1.imss}","beneficiary":{"display":"{nname1.full}"},
"payor":[{"display":"[[Instituto Mexicano del Seguro Social]]"}],
"relationship":{"text":"[[self]]"}}
""",
        loc=("es_MX",),
    ),
    # --- OCR'd scan ---
    T(
        "ocr-1",
        "OCR scan",
        """
~~ page 1 of 2 ~~  [scan quality: poor]
REFERRAL LETTER
Re: {nname1.ocr}   D0B: {ndob1.dot}
Addr: {nhome1}
Dear Dr {nname2.ocr},
Thank y0u for seeing this pleasant {nage1} year old lady with [[macular degeneration]].
Hosp. N°: {nmrn1.dotted}
""",
    ),
    T(
        "ocr-2",
        "OCR scan",
        """
|NAME (BLOCK CAPITALS)| {nname1.boxed_first} | {nname1.boxed_last} |
|DATE OF BIRTH| {ndob1.dot} |
|TELEPHONE| {nphone1.national} |
|SIGNATURE| {nname1.ocr_caps} |
[[form HC2 - help with health costs]]
""",
        loc=("en_GB", "en_IE"),
    ),
    T(
        "ocr-3",
        "OCR scan",
        """
Scanned fax header: {nfax1.intl}  {ndate1.mon}  P.02
PRIOR AUTH REQUEST
Member: {nname1.wrapped}
ID# {nplan1.member}
Drug: [[dupilumab 300 mg]] q2w - [[atopic dermatitis]]
Prescriber: {nname2.caps_last_first}  NPI {nlic1.npi}
""",
        loc=("en_US",),
    ),
    # --- handwritten note ---
    T(
        "hand-1",
        "handwritten note (transcribed)",
        """
[transcribed from handwritten ward note; illegible parts marked ?]
pt {nname1.lower} c/o ?chest tightness o/n
wife ({nname2.lower_first}) says [[GTN spray]] x2 helped
obs stable. [[ECG NSR]].
plan d/w Dr {nname2.lower_last} ?? → [[troponin at 6h]]
son's no. {nphone1.national}
- {nname3.initials}
""",
    ),
    T(
        "hand-2",
        "handwritten note (transcribed)",
        """
Transcription of handwritten consent form
"I {nname1.full} consent to the release of my records to my solicitor {nname2.full}
of {nhome1}."
Signed: {nname1.initial_last}   Dated: {ndate1.dot_short}
Witness: {nname3.caps_last}
""",
    ),
    # --- vaccination certificate ---
    T(
        "vax-1",
        "vaccination certificate",
        """
ICVP (yellow card) - certificate of vaccination, transcribed
This is to certify that {nname1.caps_full}
date of birth {ndob1.long}   sex F   nationality [[Ghanaian]]
national identification document, if applicable {ntravel1.passport}
has been vaccinated against [[yellow fever]] on {ndate1.long}
Signature of supervising clinician: {nname2.full}
Official stamp of the administering centre: [[Korle Bu]]
""",
        loc=("tw_GH", "en_NG", "en_KE", "am_ET"),
    ),
    T(
        "vax-2",
        "vaccination certificate",
        """
Impfausweis - Nachtrag
{nname1.last_space_first}, geb. {ndob1.dot}
[[Masern-Mumps-Röteln]] Ch.-B. [[T1234]] am {ndate1.dot}
Arztstempel: {nname2.full}, LANR {nlic1.gmc}
""",
        loc=("de_DE", "de_AT", "de_CH"),
    ),
    # --- death certificate ---
    T(
        "death-1",
        "death certificate",
        """
MCCD (copy for registrar)
Name of deceased: {nname1.caps_full}
Date of death: {ndate1.long}   Age: {nage1}
Place of death: {nhome1}
I (a) [[aspiration pneumonia]]  (b) [[advanced dementia]]
Certifying practitioner: {nname2.full}  GMC {nlic1.gmc}
Informant: {nname3.full} (granddaughter), {nhome2}
""",
        loc=("en_GB",),
    ),
    T(
        "death-2",
        "death certificate",
        """
Acta de defunción (extracto)
Nombre: {nname1.caps_full}   DNI: {nnat1.es}
Fallecido/a el {ndate1.eu} en {nplace1}, a los {nage1} años
Causa: [[insuficiencia cardiaca congestiva]]
Declarante: {nname2.full}, domicilio {nhome1}
""",
        loc=("es_ES",),
    ),
    # --- birth registration ---
    T(
        "birth-1",
        "birth registration",
        """
Notification of birth
Baby: [[female]], born {ndate1.stamp} at {nplace1}
Mother: {nname1.full}, DOB {ndob1.eu}, NHI/ID {nnat1.label} {nnat1}
Father: {nname2.full}
Midwife: {nname3.full}, reg. {nlic1.nmc}
Newborn hearing screen device {ndev1.hearing}
""",
        ids=("NZ", "AU", "IE", "ZA", "IS"),
    ),
    T(
        "birth-2",
        "birth registration",
        """
Đăng ký khai sinh
Họ, chữ đệm, tên: {nname1.caps}
Ngày sinh: {ndate1.vi}
Nơi sinh: {nplace1}
Họ tên mẹ: {nname2.full}    Họ tên cha: {nname3.full}
Nơi cư trú: {nhome1}
""",
        loc=("vi_VN",),
    ),
    # --- tenancy agreement ---
    T(
        "tenancy-1",
        "tenancy agreement",
        """
ASSURED SHORTHOLD TENANCY AGREEMENT
Landlord: {nname1.full} of {nhome1}
Tenant(s): {nname2.full} and {nname3.full}
Property: {nhome2}
Term: 12 months from {ndate1.long}. Rent [[GBP 1,150]] pcm.
Deposit protected with [[DPS]], certificate {nlic1.cert}.
""",
        loc=("en_GB",),
    ),
    T(
        "tenancy-2",
        "tenancy agreement",
        """
Договор найма жилого помещения
Наймодатель: {nname1.native}, паспорт {ntravel1.passport}
Наниматель: {nname2.native}
Адрес: {nhome1}
Срок: с {ndate1.dot}. Оплата на карту {ncard1.mir}
""",
        loc=("ru_RU", "uk_UA"),
    ),
    # --- home-care visit log ---
    T(
        "home-1",
        "home-care visit log",
        """
EVV visit record
Caregiver: {nname1.first_initial}  ({nref1.staff})
Client: {nname2.last_first}
Check-in {ndate1.stamp} at {nspot1.dec}
Tasks: [[bathing]], [[medication reminder]], [[meal prep]]
Check-out phone: {nphone1.national}  device {ndev1.imei}
""",
    ),
    T(
        "home-1b",
        "home-care visit log",
        """
Hausbesuch Pflegedienst
Klient: {nname1.caps_last}, {nname1.first}
Adresse: {nhome1}
Angehörige: {nname2.full}, {nphone1.intl}
[[Dekubitusprophylaxe]], [[Insulingabe nach Schema]]
Pflegekraft: {nname3.initials}
""",
        loc=("de_DE", "de_AT", "de_CH", "de"),
    ),
    # --- blood donor record ---
    T(
        "donor-1",
        "blood donor record",
        """
Donor session record
Donor no. {nref1.order}   Name {nname1.last_first}   DOB {ndob1.eu}
[[Hb 142 g/L]]  [[Blood group O RhD negative]]
Deferral: none. Contact for recall: {nmail1}
""",
    ),
    T(
        "donor-2",
        "organ donor registry",
        """
Organ donor registry - family consent form
Potential donor: {nname1.full}, {nage1}
Registry ID: {nref1.protocol}
Family member consenting: {nname2.full}, {nphone1.intl}
[[Donation after circulatory death]] - [[kidneys, corneas]]
SNOD: {nname3.first_last}
""",
    ),
    # --- IVF clinic ---
    T(
        "ivf-1",
        "fertility clinic record",
        """
Embryology lab - witness record
Female partner: {nname1.full}  DOB {ndob1.dot}  ID {nmrn1.site}
Male partner: {nname2.full}  DOB {ndob2.dot}  ID {nmrn2.site}
Donor code: {nbio1.dna}
[[ICSI]] on {ndate1.dot}; [[5 oocytes, 3 fertilised (2PN)]]
Witness: {nname3.initials}  RI witness tag {ndev1.sn}
""",
    ),
    # --- veterinary (owner data) ---
    T(
        "vet-1",
        "veterinary record",
        """
Clinic record - canine
Patient: "Bruno" [[Labrador retriever]], microchip scanned at reception
Owner: {nname1.full}, {nhome1}, {nphone1.national}, {nmail1}
[[Parvovirus]] vaccination {ndate1.eu}
Note: owner is also a client under a second name {nname2.full} (joint account)
""",
    ),
    # --- occupational health ---
    T(
        "occ-1",
        "occupational health record",
        """
Occupational health - fitness for work
Employee: {nname1.full}  Staff no. {nref1.staff}  Dept: [[night shift, warehouse]]
Forklift licence {nlic1.cert}; driving licence {nlic2.dvla}
[[Audiometry: mild high-frequency loss]] (audiometer serial {ndev1.sn})
Fit with adjustments. OH physician: {nname2.full}
""",
    ),
    # --- prison healthcare ---
    T(
        "prison-1",
        "prison healthcare record",
        """
Reception health screen
Prisoner: {nname1.caps_last_first}   Prison no. {nref1.staff}   PNC {nref2.police}
DOB {ndob1.eu}
[[Opiate substitution: methadone 60 ml]] - verified with community pharmacy at {nhome1}
Next of kin: {nname2.full}, {nphone1.intl}
""",
    ),
    # --- hotel / guest registration ---
    T(
        "hotel-1",
        "hotel guest registration",
        """
Schedina alloggiati (guest registration for police)
Cognome: {nname1.caps_last}   Nome: {nname1.caps_first}
Data di nascita: {ndob1.eu}   Luogo: {nplace1}
Documento: [[passaporto]] n. {ntravel1.passport}
Arrivo: {ndate1.eu}
Accompagnatore: {nname2.full}
""",
        loc=("it_IT",),
    ),
    T(
        "hotel-2",
        "hotel guest registration",
        """
TM30 - notification of residence of foreigners
House master: {nname1.full}, {nphone1.intl}
Foreigner: {nname2.caps_last} {nname2.caps_first}   Passport: {ntravel1.passport}
Arrival: {ndate1.be}   Address of stay: {nhome1}
""",
        loc=("th_TH",),
    ),
    # --- customs declaration ---
    T(
        "customs-1",
        "customs declaration",
        """
Cash declaration (over [[EUR 10,000]])
Traveller: {nname1.full}, born {ndob1.dot}
Passport: {ntravel1.passport}   Flight [[LH 573]]
Address in country of residence: {nhome1}
Owner of cash if different: {nname2.full}
Amount [[USD 18,400]] - origin declared: [[sale of livestock]]
""",
        loc=("de_DE", "fr_FR", "nl_NL", "hy_AM", "ka_GE", "uz_UZ"),
    ),
    # --- microfinance ---
    T(
        "mfi-1",
        "microfinance loan application",
        """
Group loan - member application
Member: {nname1.full}   Group: [[Umoja Women Group]]
ID: {nnat1.ke}   Mobile money: {nphone1.intl}
Business: [[vegetable kiosk]] at {nplace1}
Guarantor: {nname2.full}, ID {nnat2.ke}
Loan account {nacct1.wallet}
""",
        loc=("en_KE", "sw"),
    ),
    T(
        "mfi-2",
        "microfinance loan application",
        """
Loan appraisal - field officer
Borrower: {nname1.full} (husband: {nname2.first_last})
NID: {nnat1.label} {nnat1}
Homestead location: {nspot1.dec}
Collateral: [[motorcycle]], plate {nveh1}
""",
        loc=("bn_BD", "en_PK", "ne_NP", "en_IN", "hi_IN"),
        ids=("IN", "PK"),
    ),
    # --- pawn / casino ---
    T(
        "pawn-1",
        "pawnbroker ledger",
        """
Pledge book
Ticket | Date | Pledger | ID seen | Address | Item
{nref1.loan} | {ndate1.eu} | {nname1.last_first} | {nlic1.dvla} | {nhome1} | [[18ct gold ring]]
{nref2.loan} | {ndate2.eu} | {nname2.last_first} | {ntravel1.passport} | {nhome2} | [[laptop]]
  (laptop s/n {ndev1.sn})
""",
        loc=("en_GB", "en_IE"),
    ),
    T(
        "casino-1",
        "casino transaction report",
        """
Currency transaction report (casino)
Patron: {nname1.caps_last_first}   Player card {nacct1.us}
SSN: {nnat1.us}   DOB: {ndob1.us}
Cash-in [[USD 12,500]] at cage on {ndate1.us}
Patron's vehicle (valet ticket): {nveh1}
Prepared by: {nname2.full}
""",
        loc=("en_US",),
    ),
    # --- debt collection / credit ---
    T(
        "debt-1",
        "debt collection letter",
        """
{nname1.caps}
{nhome1.lines}

Account reference: {nacct1.gb}
Original creditor: [[mobile network]]
Dear {nname1.first_last},
Our client has instructed us to recover [[GBP 612.44]]. Call {nphone1.national} or pay at
{nurl1.track}.
""",
        loc=("en_GB",),
    ),
    T(
        "credit-1",
        "credit report dispute",
        """
Dispute submitted online
Consumer: {nname1.full}   SSN: {nnat1.us}
Current address: {nhome1}
Previous address (2 yrs): {nhome2}
Item disputed: [[collection account - not mine]], account {nacct1.us}
Also known as: {nname2.full}
IP at submission: {nip1}
""",
        loc=("en_US",),
    ),
    # --- contact and calendar exports ---
    T(
        "vcard-1",
        "contact export (vCard)",
        """
BEGIN:VCARD
VERSION:3.0
N:{nname1.semi}
FN:{nname1.full}
TEL;TYPE=CELL:{nphone1.e164}
EMAIL;TYPE=HOME:{nmail1}
ADR;TYPE=HOME:;;{nhome1.street};{nplace1};;{npost1};
BDAY:{ndob1.iso}
NOTE:[[Caregiver for patient - do not share]]
END:VCARD
""",
    ),
    T(
        "ical-1",
        "calendar export (iCalendar)",
        """
BEGIN:VEVENT
DTSTART;VALUE=DATE:{ndate1.compact}
SUMMARY:[[Chemotherapy cycle 3 - FOLFOX]]
ORGANIZER;CN={nname1.full}:mailto:{nmail1}
ATTENDEE;CN={nname2.last_first};PARTSTAT=NEEDS-ACTION:mailto:{nmail2}
LOCATION:{nhome1}
DESCRIPTION:Video link {nurl1.meet}
END:VEVENT
""",
    ),
    # --- logs ---
    T(
        "log-1",
        "web server log",
        """
{nip1} - {nmail1} [{ndate1.iso} 08:14:22] "GET /records/[[lab-results]] HTTP/1.1" 200 5120
{nip1} - {nmail1} [{ndate1.iso} 08:14:29] "GET /profile/photo HTTP/1.1" 302 0 "{nphoto1}"
{nip2.v6} - - [{ndate1.iso} 08:15:03] "POST /login HTTP/1.1" 401 88 "user={nname1.handle}"
""",
    ),
    T(
        "log-2",
        "network log",
        """
dhcpd: DHCPACK on {nip1.private} to {nmac1.colon} ({nname1.handle_initial}-iphone) via [[vlan120]]
wlc: client {nmac1.colon} associated to AP [[WARD-4-EAST]], user {nmail1}
nac: posture [[compliant]] for {nmac2.cisco} ({ndev1.asset}) owner {nname2.last_first}
""",
    ),
    T(
        "log-3",
        "audit log",
        """
EHR access audit - break-the-glass
time={ndate1.stamp} user={nname1.handle_dash} role=[[ED registrar]]
patient={nname2.caret_caps} mrn={nmrn1.letter}
reason="[[unconscious patient, identity unknown until]] {ndate2.stamp}"
workstation={ndev1.asset} ip={nip1.private}
""",
    ),
    # --- messaging exports ---
    T(
        "slack-1",
        "team chat export",
        """
{nname1.first_last} [9:02 AM]
can someone call bed 12's son back - {nname2.first} - {nphone1.national}
{nname3.first_last} [9:05 AM]
done. he wants the [[DNACPR]] discussion w/ consultant
{nname1.first_last} [9:06 AM]
fyi pt is {nname4.last_first}, NOT the other {nname4.last} on the ward
""",
    ),
    T(
        "sms-1",
        "SMS thread",
        """
From {nphone1.intl}: Hi its {nname1.first} from [[the surgery]] - reminder:
[[smear test]] {ndate1.eu} 10:40
To {nphone1.intl}: cant make it, can my sister {nname2.full} take my slot lol
From {nphone1.intl}: Sorry {nname3.first}, appointments are personal. Reply CALL for a callback
""",
    ),
    # --- more regional clinical forms ---
    T(
        "kr-1",
        "clinical note",
        """
진료기록
환자명: {nname1.native}   등록번호: {nmrn1.kr}
주민등록번호: {nnat1.kr}
내원일: {ndate1.ko}
진단: [[제2형 당뇨병]] ([[E11.9]])
처방: [[메트포르민 500mg]] 1일 2회
담당의: {nname2.native}  연락처 {nphone1.national}
""",
        loc=("ko_KR",),
    ),
    T(
        "cn-1",
        "discharge summary",
        """
出院小结
姓名：{nname1.native}　性别：女　年龄：{nage1}岁
身份证号：{nnat1.cn}
住院号：{nmrn1.kr}
入院日期：{ndate1.ja}　出院日期：{ndate2.ja}
出院诊断：[[2型糖尿病]]、[[高血压3级]]
家属：{nname2.native}　电话：{nphone1.national}
""",
        loc=("zh_CN",),
    ),
    T(
        "gr-1",
        "lab result",
        """
ΑΠΟΤΕΛΕΣΜΑΤΑ ΕΞΕΤΑΣΕΩΝ
Ονοματεπώνυμο: {nname1.native}
ΑΜΚΑ: {nnat1.gr}
Ημερομηνία: {ndate1.el}
[[Χοληστερόλη]] [[245 mg/dl]]
Ιατρός: {nname2.native} ({nname2.latin_caps_last})
""",
        loc=("el_GR",),
    ),
    T(
        "ge-1",
        "clinical note",
        """
სამედიცინო ცნობა (ფორმა IV-100)
პაციენტი: {nname1.native} ({nname1.full})
დაბადების თარიღი: {ndob1.ka}
პირადი ნომერი: {nref1.loan}
მისამართი: {nhome1}
დიაგნოზი: [[J18.9]]
""",
        loc=("ka_GE",),
    ),
    T(
        "am-1",
        "clinical note",
        """
Բժշկական քարտ
Հիվանդ՝ {nname1.native} ({nname1.caps})
Ծննդյան ամսաթիվ՝ {ndob1.dot}
Հեռախոս՝ {nphone1.intl}
Ախտորոշում՝ [[I10]], [[E78.5]]
""",
        loc=("hy_AM",),
    ),
    T(
        "in-1",
        "outpatient slip",
        """
OPD REGISTRATION SLIP
UHID: {nmrn1.year}    Token [[A-42]]
Name: {nname1.caps}  S/o {nname2.caps}
Age/Sex: {nage1}/M   Mobile: {nphone1.national}
Aadhaar: {nnat1.in}
ABHA no.: {nplan1.abha}
Address: {nhome1}
Dept: [[Cardiology]]   Consultant: Dr. {nname3.full}
""",
        loc=("en_IN", "hi_IN", "ta_IN", "mr_IN", "gu_IN"),
    ),
    T(
        "ng-1",
        "hospital card",
        """
TEACHING HOSPITAL - PATIENT CARD
Hospital No: {nmrn1.slash}
Surname: {nname1.caps_last}   Other names: {nname1.first}
Next of kin: {nname2.full} ({nphone1.national})
Address: {nhome1}
NHIS: {nplan1.nhif}
[[Sickle cell disease (HbSS)]] - [[folic acid 5 mg daily]]
""",
        loc=("en_NG", "yo_NG", "ig_NG", "ha_NG"),
    ),
    T(
        "ir-1",
        "clinical note",
        """
Outpatient note (Tehran clinic) - dates in Solar Hijri
Patient: {nname1.full}
Visit: {ndate1.jalali} ({ndate2.jalali_fa})
National card: {nref1.loan}
[[Thalassemia minor]]; [[ferritin 15 ng/mL]]
Mobile: {nphone1.intl}
""",
        loc=("fa_IR",),
    ),
    T(
        "et-1",
        "clinical note",
        """
Health centre register (Ethiopian calendar)
Name: {nname1.full}    Father's name: {nname2.first}
Visit: {ndate1.ethiopic}
Kebele: {nplace1}; phone {nphone1.national}
[[Malaria RDT positive (P. falciparum)]]; [[artemether-lumefantrine]]
""",
        loc=("am_ET",),
    ),
    T(
        "tr-1",
        "clinical note",
        """
Poliklinik muayene kaydı
Hasta: {nname1.caps_last} {nname1.first}
T.C. Kimlik No: {nnat1.tr}
Doğum tarihi: {ndob1.dot}
Tanı: [[akut bronşit]] ([[J20.9]]); [[azitromisin 500 mg]]
Refakatçi: {nname2.full}, {nphone1.national}
""",
        loc=("tr_TR",),
    ),
    T(
        "ae-uae-1",
        "KYC review",
        """
Customer onboarding - UAE
Name as per Emirates ID: {nname1.caps_full}
Emirates ID: {nnat1.ae}
Visa file no.: {nref1.case}
Residence: {nhome1}
Salary transfer IBAN: {niban1}
Mobile (OTP): {nphone1.intl}
""",
        loc=("ar_AE",),
    ),
    T(
        "sg-1",
        "HR leave request",
        """
Leave application - childcare
Staff: {nname1.full} ({nname1.caps_last_space_first})
NRIC/FIN: {nnat1.sg}
Child: {nname2.first}, birth cert no. {nlic1.cert}
Dates: {ndate1.eu} to {ndate2.eu}
Approving officer: {nname3.full}
""",
        loc=("en_MS", "zh_CN", "ta_IN", "en_GB"),
    ),
    T(
        "hk-1",
        "insurance claim",
        """
Outpatient claim form (Hong Kong)
Insured member: {nname1.caps_last}, {nname1.first} ({nname1.native})
HKID: {nnat1.hk}
Policy: {nplan1.member}
Clinic visit {ndate1.eu}: [[acute gastroenteritis]]
Payee bank a/c: {nacct1.gb}
""",
        loc=("zh_TW", "zh_CN"),
    ),
    T(
        "is-1",
        "clinical note",
        """
Komunótu - heilsugæslustöð
Sjúklingur: {nname1.full}, kt. {nnat1.is}
Heimilisfang: {nhome1}
[[Háþrýstingur]]; [[amlodipín 5 mg]]
Læknir: {nname2.full}
""",
        loc=("is_IS",),
    ),
    T(
        "mt-1",
        "school record",
        """
Student medical form
Student: {nname1.full}   ID card: {nref1.staff}
Parent: {nname2.full}, {nphone1.intl}
Address: {nhome1}
[[Asthma - salbutamol inhaler in school office]]
""",
        loc=("mt_MT",),
    ),
    T(
        "uy-1",
        "insurance claim",
        """
Reintegro de gastos médicos - mutualista
Afiliado/a: {nname1.last_first}
C.I.: {nnat1.uy}
Fecha de atención: {ndate1.eu}
Importe: [[UYU 3.450]]; cuenta para depósito {nacct1.br}
""",
        loc=("es_AR", "es_CL"),
    ),
    T(
        "za-1",
        "clinical note",
        """
Clinic note - {nplace1}
Patient: {nname1.full}   SA ID: {nnat1.za}
Medical aid no.: {nplan1.member}   Dependant code [[01]]
[[HIV viral load suppressed]]; continue [[TLD]]
Next appointment {ndate1.iso}; SMS reminders to {nphone1.intl}
""",
        loc=("zu_ZA",),
    ),
    T(
        "lk-1",
        "discharge summary",
        """
Discharge ticket
Name: {nname1.full}
BHT No: {nmrn1.slash}   Ward [[12]]
Admitted {ndate1.eu}, discharged {ndate2.eu}
[[Snake bite - Russell's viper]]; [[20 vials AVS]]
Guardian: {nname2.full}, {nhome1}
""",
        loc=("si_LK",),
    ),
    T(
        "np-1",
        "lab result",
        """
Laboratory report
Patient: {nname1.full}   Age: {nage1}
Lab ID: {nmrn1.year}   Sample: {ndate1.iso}
[[Widal test: TO 1:160]]
Referred by: {nname2.full}
""",
        loc=("ne_NP", "hi_IN", "bn_BD"),
    ),
    T(
        "th-1",
        "pharmacy dispensing record",
        """
ใบสั่งยา
ชื่อผู้ป่วย: {nname1.native}
เลขประจำตัวประชาชน: {nnat1.th}
HN: {nmrn1.thai}   วันที่: {ndate1.be}
[[Paracetamol 500 mg]] 1 เม็ด ทุก 6 ชม.
""",
        loc=("th_TH",),
    ),
    T(
        "ua-1",
        "social-care record",
        """
Довідка ВПО (внутрішньо переміщена особа)
ПІБ: {nname1.native}
РНОКПП: {nnat1.ua}
Адреса фактичного проживання: {nhome1}
Дата взяття на облік: {ndate1.dot}
Латиницею: {nname1.caps_last} {nname1.first}
""",
        loc=("uk_UA",),
    ),
    T(
        "bg-1",
        "HR leave request",
        """
Молба за отпуск
От: {nname1.native}, ЕГН {nnat1.bg}
Длъжност: [[медицинска сестра]]
Период: {ndate1.dot} - {ndate2.dot}
Заместник: {nname2.native}
""",
        loc=("bg_BG",),
    ),
    # --- more layouts where an identifier sits somewhere unexpected ---
    T(
        "rental-1",
        "car rental agreement",
        """
RENTAL AGREEMENT  RA# {nref1.order}
Renter: {nname1.caps_last_first}   DL {nlic1.ca} (exp. n/a)
Additional driver: {nname2.full}, DL {nlic2.fl}
Vehicle: [[compact SUV]], plate {nveh1}, VIN {nveh2.vin}
Pre-auth on card {ncard1.amex}
Return GPS ping: {nspot1.dec}
""",
        loc=("en_US",),
    ),
    T(
        "parking-1",
        "parking penalty notice",
        """
PENALTY CHARGE NOTICE
Vehicle registration: {nveh1}
Registered keeper (per DVLA): {nname1.full}, {nhome1}
Contravention observed {ndate1.long} by CEO {nname2.initials}
Photo evidence: {nurl1.track}
Pay online or call {nphone1.national}
""",
        loc=("en_GB",),
    ),
    T(
        "telematics-1",
        "telematics insurance record",
        """
Black-box policy - driving event
Policyholder {nname1.last_first}, policy {nplan1.bupa}
Box IMEI {ndev1.imei}; paired phone MAC {nmac1.colon_up}
Event: [[harsh braking]] at {nspot1.dms}, {ndate1.stamp}
Vehicle {nveh1.vin}; named driver {nname2.first_last}
""",
        loc=("en_GB", "it_IT", "es_ES", "fr_FR"),
    ),
    T(
        "wifi-1",
        "guest Wi-Fi log",
        """
Hospital guest Wi-Fi - captive portal sign-ins
{ndate1.stamp}  {nmac1.bare}  {nip1.private}  room-based login: {nname1.caps_last} (bed [[B-14]])
{ndate2.stamp}  {nmac2.dash}  {nip2.private}  email login: {nmail1}
{ndate3.stamp}  {nmac3.cisco}  {nip3.private}  visitor: {nname2.first_initial}
""",
    ),
    T(
        "consent-1",
        "photo consent form",
        """
Medical illustration - consent for photographs
Patient: {nname1.full}   Hospital no. {nmrn1.letter}
Images: [[wound, left heel]] - for [[medical record and teaching]]
Stored at: {nphoto1}
Signed (patient) {nname1.initial_last} / witnessed by {nname2.full}
""",
    ),
    T(
        "harass-1",
        "online harassment report",
        """
Report to platform trust & safety
Reporter: {nname1.full} ({nmail1})
Abusive accounts:
  1. {nurl1.tiktok}
  2. {nurl2.social}
Believed to be my ex-partner {nname2.full}, who knows my address ({nhome1}).
Police reference given: {nref1.police}
""",
    ),
    T(
        "crowd-1",
        "crowdfunding page",
        """
Help Grandpa {nname1.first} get home!
Organiser: {nname2.full} - {nplace1}
On {ndate1.long} my grandfather {nname1.first_last} ({nage1.yo}) was hit by a car.
He is in ICU at [[the regional trauma centre]]. Donations go to {niban1}.
Updates: {nurl1.blog} - family contact {nmail1.obf}
""",
    ),
    T(
        "romance-1",
        "fraud case",
        """
Romance-scam case summary
Victim: {nname1.full}, {nage1}, widow, {nplace1}
Scammer profile: "{nname2.full}" - {nurl1.social}; photos stolen from {nphoto1}
Payments: gift cards, then card {ncard1.visa} to crypto wallet {nacct1.btc}
Scammer phone (WhatsApp): {nphone1.intl}
""",
    ),
    T(
        "dialysis-1",
        "dialysis session log",
        """
HD session - chair [[7]]
Pt {nname1.last_initial}   MRN {nmrn1.luhn}
Machine S/N {ndev1.sn}  [[dialyser FX80]]  [[UF goal 2.5 L]]
Access: [[L brachiocephalic AVF]], cannulated by {nname2.first_initial}
Transport home: taxi to {nhome1}; driver cb {nphone1.national}
""",
    ),
    T(
        "optom-1",
        "optometry prescription",
        """
SPECTACLE PRESCRIPTION
{nname1.first_caps_last}, DOB {ndob1.eu}
[[R: -2.25 / -0.50 x 180  L: -2.00 / -0.75 x 170  Add +1.50]]
Optometrist {nname2.full}, registration {nlic1.gphc}
Practice: {nhome1}
""",
        loc=("en_GB", "en_IE", "en_AU", "en_NZ"),
    ),
    T(
        "audio-1",
        "audiology report",
        """
Audiology - hearing aid fitting
Client: {nname1.full} ({nage1})
Right aid serial {ndev1.hearing}; left aid serial {ndev2.hearing}
Paired to phone IMEI {ndev3.imei}
[[Bilateral moderate sensorineural hearing loss]]
Audiologist: {nname2.full}
""",
    ),
    T(
        "refugee-1",
        "refugee registration",
        """
Registration record (humanitarian agency)
Principal applicant: {nname1.caps_full}   Case no. {nref1.case}
Born {ndob1.dot} in {nplace1} (as declared, no document)
Family: spouse {nname2.full}; children {nname3.first}, {nname4.first}
Biometrics: iris template {nbio1.iris}
Contact (relative abroad): {nphone1.intl}
""",
        loc=("ar_JO", "ar_PS", "fa_IR", "uk_UA", "am_ET", "en_PK"),
    ),
    T(
        "military-1",
        "military medical record",
        """
SERVICE MEDICAL RECORD - extract
Service no. {nref1.staff}   Rank/Name: [[Cpl]] {nname1.caps_last}, {nname1.first}
Unit address: {nhome1}
Injury: [[blast exposure, mild TBI]] on {ndate1.aviation}, casevac from grid {nspot1.mgrs}
Next of kin: {nname2.full}, {nphone1.intl}
Dog tag (blood group only): [[O POS]]
""",
    ),
    T(
        "doping-1",
        "doping control form",
        """
Doping control form (athlete copy)
Athlete: {nname1.full}   Sport: [[athletics]]
Sample codes on bottles A/B; chaperone {nname2.first_initial}
Declared medication: [[salbutamol inhaler]]
Whereabouts address for the quarter: {nhome1}
Athlete e-mail: {nmail1}
""",
    ),
]

SPLIT = Split(
    name="heldout_n",
    templates=TEMPLATES,
    seeds=range(84290001, 84290401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    # The generator's own shape slots are not written by N; the shapes are there because
    # every split declares them (check_split), never drawn.
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("N#######",)
    ),
    date_formats=("%Y-%m-%d",),
)
