"""Held-out split M: 400 documents from templates written in session 27 by an author barred
from the redactor, from its results and from every other split's templates and forms.

Its documents are those regulated work handles in many countries and languages (clinics,
pharmacies, labs, banks, payroll, courts, police, schools, social care, border agencies,
call centres), laid out as they are kept (forms, tables, exports, messages, scans). Its
values come from m_forms.py (slots `m...`); its seeds are 84280001-84280400. M is wired
into the evaluation (eval_redaction.SPLITS, HELD_OUT) in the next session, after the
redactor is frozen, and is run once.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.m_forms import ID_COUNTRIES, NAME_COUNTRIES


def t(
    key: str, doc_type: str, text: str, locales: tuple[str, ...] = (), ids: tuple[str, ...] = ()
) -> Template:
    """A template of M: its id "m-<key>", its own locales (each weighted alike) if any."""
    return Template(
        id=f"m-{key}",
        doc_type=doc_type,
        text=text.strip("\n") + "\n",
        locales=tuple((loc, 1) for loc in locales),
        id_countries=ids,
    )


# Locales a template without its own draws from (Faker, 48 of them).
LOCALES = (
    "en_US", "en_GB", "en_IN", "en_CA", "en_NZ", "en_IE", "en_NG", "en_KE", "en_PK",
    "en_PH", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CA", "fr_BE", "es_ES", "es_MX",
    "es_AR", "es_CO", "es_CL", "it_IT", "pl_PL", "nl_NL", "nl_BE", "pt_BR", "pt_PT",
    "tr_TR", "vi_VN", "sv_SE", "da_DK", "no_NO", "fi_FI", "cs_CZ", "sk_SK", "hu_HU",
    "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE", "id_ID", "zu_ZA", "yo_NG",
    "ha_NG", "ig_NG", "tw_GH", "is_IS", "ga_IE", "az_AZ", "fil_PH",
)  # fmt: skip


TEMPLATES_A = [
    # --- clinical notes ---------------------------------------------------------------
    t("clin-gp-nz", "clinical note", """
GENERAL PRACTICE CONSULTATION  |  NHI {mplan1.nhi}
Pt: {mper1.caps_last_first}   DOB {mdob1}   Ph {mtel1.national}
Seen by Dr {mper2.initial_last} on {mdate1}.
S: 3/7 hx productive cough, [[no haemoptysis]], afebrile at home. Lives alone at
{maddr1.street}, {mtown1}; daughter {mper3.first} visits weekly.
O: SpO2 96% RA, [[crackles R base]].
A/P: [[community-acquired pneumonia]], CURB-65 1. Start [[amoxicillin 500 mg TDS]] x5/7.
Review if worse. Safety-net advice given to pt and to {mper3.first} by phone.
""", ("en_NZ",)),
    t("clin-ward-ru", "clinical note", """
ДНЕВНИК НАБЛЮДЕНИЯ
Пациент: {mper1.fio}, {mdob1} г.р., полис ОМС {mplan1.jp}
Палата 4. Лечащий врач: {mper2.fio_short}
{mdate1}: жалобы на слабость, [[АД 140/90]], [[ЧСС 88]]. Назначено: [[эналаприл 10 мг]].
Связь с родственником: {mper3.fio_short}, тел. {mtel1}
Адрес проживания: {maddr1.ru}
""", ("ru_RU",), ("RU",)),
    t("clin-soap-us", "clinical note", """
SOAP NOTE -- Pediatrics Follow-up
Patient: {mper1.first} {mper1.last} (goes by "{mper1.lower_first}")   MRN: {mmrn1}
Guardian: {mper2.full}, cell {mtel1.nanp}
Visit: {mdate1}
S: Mom reports [[wheeze at night]] x2 wks, using [[albuterol HFA]] ~3x/wk.
O: [[Peak flow 78% predicted]].
A: [[Mild persistent asthma]] ([[J45.30]]).
P: Start [[fluticasone 44 mcg]] 2 puffs BID. School form faxed to nurse {mper3.last} at {mfax1.nanp}.
Electronically signed: {mper4.caps_last_first}, MD  NPI {mlic1.npi}
""", ("en_US",)),
    # --- discharge summaries ---------------------------------------------------------
    t("dis-de", "discharge summary", """
Entlassungsbrief

Sehr geehrte Frau Kollegin {mper2.last},

wir berichten über Ihre Patientin {mper1.first_last}, geb. am {mdob1}, wohnhaft
{maddr1}, die sich vom {mdate1} bis {mdate2} in unserer stationären Behandlung befand.

Diagnosen: [[Cholezystolithiasis]], Z.n. [[laparoskopischer Cholezystektomie]]
Versichertennummer: {mplan1.ehic}
Medikation bei Entlassung: [[Pantoprazol 40 mg 1-0-0]], [[Metamizol bei Bedarf]]

Mit freundlichen Grüßen
{mper3.caps_last_space_first}, Oberarzt
""", ("de_DE", "de_AT")),
    t("dis-es", "discharge summary", """
INFORME DE ALTA HOSPITALARIA
Servicio de Medicina Interna
Nombre: {mper1.caps_last_first}          NHC: {mmrn1}
DNI/NIE: {mnat1.es}           Fecha de nacimiento: {mdob1}
Ingreso: {mdate1}      Alta: {mdate2}
Motivo de ingreso: [[insuficiencia cardiaca descompensada]].
Tratamiento al alta: [[furosemida 40 mg]], [[bisoprolol 2,5 mg]].
Contacto familiar: {mper2.first_last} ({mtel1})
Médico responsable: Dr. {mper3.last}, col. nº {mlic1.cert}
""", ("es_ES",), ("ES",)),
    t("dis-in", "discharge summary", """
DISCHARGE CARD
Name of patient : {mper1.caps}
Age/Sex : {mage1} Yrs / F       IP No : {mmrn1}
Father's/Husband's name : {mper2.full}
Address : {maddr1.in}
Mobile : {mtel1}   Aadhaar : {mnat1.in}
D.O.A : {mdate1}   D.O.D : {mdate2}
Final diagnosis : [[Type 2 diabetes mellitus]] with [[diabetic foot ulcer]]
Condition at discharge : Stable. Advised [[insulin glargine 14 units HS]].
Consultant : {mper3.initials_caps_last}
""", ("en_IN",), ("IN",)),
    # --- radiology requests -----------------------------------------------------------
    t("rad-req-uk", "radiology request", """
IMAGING REQUEST
Examination: [[CT abdomen and pelvis with contrast]]
Patient: {mper1.last}, {mper1.first}   Hosp no: {mmrn1}   NHS: {mnat1.gb}
DOB: {mdob1}    Ward: Elm
Clinical question: ?[[appendiceal abscess]]. eGFR 64.
Referrer: {mper2.initial_last} (bleep via switchboard {mtel1})
IR(ME)R justified by: {mper3.initials_nodot_last}
""", ("en_GB",), ("GB",)),
    t("rad-req-fr", "radiology request", """
DEMANDE D'EXAMEN D'IMAGERIE
Nom de naissance : {mper1.caps_last}   Prénom : {mper1.first}
Né(e) le : {mdob1}   NIR : {mnat1.fr}
Examen demandé : [[IRM lombaire]] sans injection
Renseignements cliniques : [[lombosciatique L5 gauche]] résistante au traitement.
Médecin prescripteur : Dr {mper2.first_caps_last} — RPPS {mlic1.gmc}
Tél. cabinet : {mtel1.ext}
""", ("fr_FR",), ("FR",)),
    t("rad-req-jp", "radiology request", """
放射線検査依頼票
患者氏名：{mper1.cjk}　様
生年月日：{mdob1}
患者ID：{mmrn1}
検査：[[胸部単純X線]]　2方向
依頼医：{mper2.cjk}
連絡先：{mtel1.national}
""", ("ja_JP",)),
    # --- insurance claims -------------------------------------------------------------
    t("claim-hcfa-us", "insurance claim", """
HEALTH INSURANCE CLAIM
1a INSURED'S ID NUMBER        {mplan1.member}
2  PATIENT'S NAME             {mper1.caps_last_first_all}
3  PATIENT'S BIRTH DATE       {mdob1.us0}
5  PATIENT'S ADDRESS          {maddr1.us}
   TELEPHONE                  {mtel1.nanp}
11 INSURED'S POLICY GROUP     {mplan2.group}
21 DIAGNOSIS                  [[M54.16]]
24 DATE OF SERVICE            {mdate1.us0}   CPT [[97110]]
25 FEDERAL TAX ID             {mnat1.us}
33 BILLING PROVIDER           {mper2.caps_last_first_all}  NPI {mlic1.npi}
""", ("en_US",), ("US",)),
    t("claim-motor-pl", "insurance claim", """
ZGŁOSZENIE SZKODY KOMUNIKACYJNEJ
Poszkodowany: {mper1.first_last}, PESEL {mnat1.pl}
Adres: {maddr1}
Pojazd: nr rej. {mveh1.plate}, VIN {mveh2.vin}
Data zdarzenia: {mdate1}
Sprawca: {mper2.caps_last_space_first}
Opis: [[kolizja na skrzyżowaniu]], uszkodzony [[zderzak przedni]].
Konto do wypłaty odszkodowania: {miban1}
""", ("pl_PL",), ("PL",)),
    t("claim-travel-br", "insurance claim", """
Sinistro de seguro viagem -- reembolso médico
Segurado(a): {mper1.full}
CPF: {mnat1.br}
Apólice: {mref1.claim}
Despesa: atendimento em {mtown1} em {mdate1}, diagnóstico [[otite média aguda]]
Dados bancários: Banco 341, ag. 0412, c/c {macct1.br}
Cartão utilizado no exterior: {mcard1}
E-mail para retorno: {mmail1}
""", ("pt_BR",), ("BR",)),
    # --- KYC reviews ------------------------------------------------------------------
    t("kyc-periodic", "KYC review", """
PERIODIC KYC REFRESH -- RISK RATING: MEDIUM
Customer: {mper1.caps_last_comma_first_caps}
CIF: {macct1.cust}
Nationality docs: passport {mpass1}, national ID {mnat1} ({mnat1.label})
Residential address verified against utility bill: {maddr1}
Occupation: self-employed importer; expected turnover unchanged.
Source of wealth: sale of property in {mtown1} (deed dated {mdate1}).
PEP screening: no match. [[Adverse media: none]].
Reviewer: {mper2.login}   Approver: {mper3.initial_glued}
""", (), ID_COUNTRIES[:20]),
    t("kyc-vn", "KYC review", """
HỒ SƠ KHÁCH HÀNG (eKYC) -- for group compliance, English summary
Full name (as on CCCD): {mper1.caps_full}
Date of birth: {mdob1}
Mobile: {mtel1.e164}
Home address: {maddr1}
Liveness check selfie: {murl1.photo}
Device fingerprint at onboarding: IP {mip1}, handset IMEI {mdev1.imei}
Outcome: [[approved -- tier 2]]
""", ("vi_VN",)),
    t("kyc-ubo-ch", "KYC review", """
Formular A -- Feststellung der wirtschaftlich berechtigten Person
Vertragspartner: {mper1.last_first}
Wirtschaftlich berechtigt: {mper2.full}, geboren {mdob1}, Staatsangehörigkeit CH
Wohnsitzadresse: {maddr1}
AHV/AVS: {mnat1.ch}
Konto: {miban1.grouped}
Unterschrift: ____________________  {mper2.first_initial}
Ort, Datum: {mtown1}, {mdate1}
""", ("de_CH", "fr_CH"), ("CH",)),
    # --- fraud cases ----------------------------------------------------------------
    t("fraud-ato", "fraud case", """
CASE: account takeover (suspected SIM swap)
Victim: {mper1.first_last}   customer no. {macct1.cust}
Timeline (UTC):
 {mdate1} 02:14  login from {mip1} (new device, MAC {mmac1})
 {mdate1} 02:16  payee added: {mper2.caps}, {miban1}
 {mdate1} 02:19  outbound transfer, [[faster payment]], flagged by [[velocity rule]]
Mobile number on file {mtel1} ported out the previous day per carrier.
Mule account holder resides at {maddr1}.
Investigator: {mper3.handle_under}
""", ()),
    t("fraud-card-ng", "fraud case", """
Dispute ref {mref1.ticket}
Cardholder: {mper1.caps_last_first}   PAN {mcard1}
NUBAN linked: {macct1.nuban} (GTBank)
Cardholder says she was in {mtown1} on {mdate1} when 4 POS debits went through in Lagos.
BVN holder's phone: {mtel1}
Recommendation: [[chargeback under reason code 10.4]]; block card; re-issue.
Logged by {mper2.first} {mper2.last_initial}
""", ("en_NG", "yo_NG", "ig_NG", "ha_NG")),
    t("fraud-insur-it", "fraud case", """
SEGNALAZIONE ANTIFRODE -- SIU
Assicurato: {mper1.caps_last_space_first}, C.F. {mnat1.it}
Sinistro n. {mref1.claim} del {mdate1}
Veicolo: targa {mveh1.plate}
Testimone dichiarato: {mper2.full}, residente in {maddr1}
Anomalie: testimone già presente in altri due sinistri; [[officina convenzionata]] coincidente.
Perito incaricato: {mper3.initial_last}
""", ("it_IT",), ("IT",)),
    # --- HR leave requests ----------------------------------------------------------
    t("hr-leave-nl", "HR leave request", """
Verlofaanvraag -- zorgverlof
Medewerker: {mper1.last_first}   Personeelsnr.: {mref1.emp}
Afdeling: Logistiek  |  Leidinggevende: {mper2.first_last}
Periode: {mdate1} t/m {mdate2}
Reden: [[langdurend zorgverlof]] voor partner ({mper3.first})
BSN (voor UWV-melding): {mnat1.nl}
Bereikbaar op: {mtel1}
""", ("nl_NL",), ("NL",)),
    t("hr-leave-form", "HR leave request", """
Employee Self-Service / Absence / New request
 Requester ........ {mper1.first_caps_last}
 Employee ID ...... {mref1.emp}
 Type ............. [[Bereavement leave]]
 From ............. {mdate1}
 To ............... {mdate2}
 Comment .......... Funeral of my grandmother ({mage1}) in {mtown1}; travelling with {mper2.first}.
 Approver ......... {mper3.last_first_initial}
 Emergency contact  {mtel1}
""", ()),
    t("hr-leave-ko", "HR leave request", """
휴가 신청서
성명: {mper1.cjk}
사번: {mref1.emp}
기간: {mdate1} ~ {mdate2}
사유: [[출산휴가]]
비상연락처: {mtel1}
결재: 팀장 {mper2.cjk}
""", ("ko_KR",)),
    # --- chat transcripts -----------------------------------------------------------
    t("chat-bank", "chat transcript", """
[09:41] Bot: Hi! I'm Penny. Can I take your full name?
[09:41] Customer: {mper1.lower}
[09:42] Bot: Thanks. For security, the last 4 of your card and your date of birth?
[09:42] Customer: its {mcard1} dob {mdob1}
[09:43] Bot: Please don't share your full card number here. Transferring you to an agent.
[09:45] {mper2.first} (Agent): Hi {mper1.lower_first}, I've blocked that card. A new one goes to {maddr1}.
[09:46] Customer: can u send to my work instead, {maddr2}
""", ()),
    t("chat-telehealth", "chat transcript", """
Telehealth session chat log
{mper1.first_initial}: hi doctor, the rash is back, photo here {murl1.portal}
Dr. {mper2.last}: Thanks {mper1.first}. Any new soaps or meds since {mdate1}?
{mper1.first_initial}: started [[doxycycline]] from the walk-in clinic
Dr. {mper2.last}: That can cause [[photosensitivity]]. Please call the pharmacy at {mtel1}.
{mper1.first_initial}: ok. my mum {mper3.first_last} will pick it up
""", ()),
    t("chat-whatsapp-es", "chat transcript", """
[{mdate1}, 8:02:11] {mper1.first_last}: Buenos días, soy la hija de {mper2.full}
[{mdate1}, 8:02:40] {mper1.first_last}: Mi padre tiene {mage1} años y no contesta al teléfono
[{mdate1}, 8:05:03] Centro de Salud: ¿Nos confirma su dirección? La ambulancia va en camino
[{mdate1}, 8:05:30] {mper1.first_last}: {maddr1}
[{mdate1}, 8:06:12] {mper1.first_last}: Mi móvil es {mtel1}
""", ("es_ES", "es_MX", "es_AR")),
    # --- pharmacy ------------------------------------------------------------------
    t("pharm-label", "pharmacy dispensing record", """
RX# {mref1.rx}        Dispensed {mdate1}
{mper1.caps}
{maddr1.us}
[[Metformin ER 750 mg]]  #60
Take 2 tablets by mouth with evening meal
Prescriber: {mper2.last_first_initial} DEA {mlic1.dea}
RPh: {mper3.initials_nodot_last}    Refills: 3
""", ("en_US",)),
    t("pharm-controlled-au", "pharmacy dispensing record", """
S8 REGISTER -- [[Oxycodone 10 mg CR]]
Date       | Patient                 | Address                         | Prescriber     | Qty | Bal
{mdate1} | {mper1.last_first} | {maddr1.pobox} | Dr {mper2.last} ({mlic1.ahpra}) | 20 | 34
Witness: {mper3.first_initial}
Medicare no.: {mplan1.member}
""", ("en_NZ", "en_GB")),
    t("pharm-eprescr-cz", "pharmacy dispensing record", """
eRecept -- výdej
Identifikátor eReceptu: {mref1.rx}
Pacient: {mper1.caps_last_space_first}, r.č. {mnat1.cz}
Pojišťovna: [[111]]
Léčivý přípravek: [[Prestarium Neo 5 mg]], 30 tbl.
Předepsal: MUDr. {mper2.last}
Vydal: PharmDr. {mper3.first_last}, {mdate1}
""", ("cs_CZ",), ("CZ",)),
    # --- laboratory ----------------------------------------------------------------
    t("lab-cbc", "laboratory report", """
ACCESSION {mref1.lab}    COLLECTED {mdate1}
{mper1.caps_last_first}   SEX F   DOB {mdob1}   MRN {mmrn1}
ORDERING: {mper2.last_initials}
TEST                 RESULT   FLAG  REF
[[Haemoglobin]]          98    L   115-165 g/L
[[Ferritin]]              6    L   15-200 ug/L
[[CRP]]                   3         0-5 mg/L
Phoned to {mper3.first} on ward at 14:20 by {mper4.initial_nodot_last}.
""", ()),
    t("lab-micro-se", "laboratory report", """
Mikrobiologisk svar
Patient: {mper1.last_first}  Personnummer: {mnat1.se}
Provtagningsdatum: {mdate1}
Material: [[urin, mittstråle]]
Fynd: [[E. coli]] över 10^5 CFU/ml. Resistensbestämning bifogas.
Svar till: Vårdcentralen, {maddr1}
Ansvarig läkare: {mper2.initial_last}
""", ("sv_SE",), ("SE",)),
    t("lab-dna-paternity", "laboratory report", """
DNA RELATIONSHIP TEST -- CHAIN OF CUSTODY
Alleged father: {mper1.full}   ID presented: passport {mpass1}
Child: {mper2.first} {mper1.last}   DOB {mdob1}
Mother: {mper3.full}
Sample collected {mdate1} at {maddr1} by collector {mper4.last_initial}
Specimen barcode: {mbio1}
Result: [[probability of paternity 99.99%]]
""", ()),
    # --- pathology -----------------------------------------------------------------
    t("path-surg", "pathology report", """
SURGICAL PATHOLOGY REPORT          Case {mref1.lab}
Name: {mper1.caps_last_first_all}   Med Rec {mmrn1}   Age {mage1}
Received: {mdate1}. Surgeon: {mper2.last_initials}
SPECIMEN: [[skin, left cheek, shave biopsy]]
DIAGNOSIS: [[basal cell carcinoma, nodular type]], margins involved.
I have personally reviewed the slides. -- {mper3.caps_full}, MD
""", ()),
    t("path-cyto-fi", "pathology report", """
PAPA-näyte / cytologinen lausunto
Potilas: {mper1.last_space_first}, HETU {mnat1.fi}
Näytteenottopäivä: {mdate1}
Lausunto: [[ASC-US]]. Suositellaan [[HPV-testiä]].
Lähettäjä: {mper2.first_last}, {mtown1}
""", ("fi_FI",), ("FI",)),
    t("path-autopsy", "pathology report", """
POST-MORTEM EXAMINATION
Deceased: {mper1.full}, aged {mage1.words}
Last known address: {maddr1}
Identified by: {mper2.full} (nephew), {mtel1}
Coroner's ref: {mref1.case}
Cause of death: 1a [[bronchopneumonia]] 1b [[frailty of old age]]
Implanted device removed before cremation: pacemaker s/n {mdev1.implant}
""", ("en_GB", "en_IE")),
    # --- dental --------------------------------------------------------------------
    t("dent-chart", "dental chart", """
DENTAL RECORD
Pt {mper1.last_comma_tight}   Chart {mmrn1}   Recall {mdate1}
| Tooth | Finding                | Tx planned          |
| 16    | [[MOD caries]]           | [[composite MOD]]     |
| 36    | [[periapical lesion]]    | [[RCT then crown]]    |
Hygienist: {mper2.first}   Dentist: Dr {mper3.first_initial}
Insurer member ID {mplan1.member}
""", ()),
    t("dent-forensic", "dental chart", """
Odontological identification (DVI) -- AM/PM comparison
Missing person: {mper1.caps_last_first}, born {mdob1}
Ante-mortem records from: {mper2.last}, dental surgery in {mtown1}
Post-mortem ref: {mbio1}
Concordant: [[amalgam 26 occlusal]], [[bridge 44-46]]
Conclusion: identification established. Signed {mper3.initials}
""", ()),
    t("dent-ortho-tr", "dental chart", """
Ortodonti hasta kartı
Hasta: {mper1.caps_last_space_first}
T.C. Kimlik No: {mnat1.tr}
Veli: {mper2.first_last}, cep {mtel1}
Başlangıç: {mdate1}
Tanı: [[Sınıf II div 1 maloklüzyon]]
Tedavi: [[sabit braket tedavisi]]
""", ("tr_TR",), ("TR",)),
    # --- mental health ------------------------------------------------------------
    t("mh-intake", "mental-health intake", """
Intake assessment -- Community Mental Health Team
Client: {mper1.first} "{mper1.lower_first}" {mper1.last}
Referred by GP Dr {mper2.last} on {mdate1}.
Presenting: [[low mood]], [[early-morning waking]], [[passive suicidal ideation]] without plan.
Protective factors: her dog; sister {mper3.first} ({mtel1}).
Risk: moderate. Safety plan agreed. PHQ-9 = 19.
Next of kin address: {maddr1}
Clinician: {mper4.full}, CPN
""", ()),
    t("mh-crisis-ca", "mental-health intake", """
Mobile Crisis Team -- Form 1 context
Individual: {mper1.caps_last_first}   Health no. {mplan1.ohip}
Location attended: {maddr1.rural}
Informant: neighbour {mper2.first_last}, {mtel1}
Observations: [[pressured speech]], [[grandiose beliefs]], not sleeping x4 nights.
Disposition: transported to ED by police unit {mveh1.plate}.
""", ("en_CA", "fr_CA")),
    t("mh-therapy-letter", "mental-health intake", """
To whom it may concern,

I confirm that {mper1.full} has attended weekly [[cognitive behavioural therapy]] with
me since {mdate1}. {mper1.first} has asked me to share this with their employer.

Kind regards,
{mper2.first_last}
Registered psychologist, reg. no. {mlic1.cert}
{mmail1.last}
""", ()),
    # --- ambulance --------------------------------------------------------------
    t("amb-run-sheet", "ambulance run sheet", """
PATIENT CARE RECORD         Incident {mref1.case}
Unit {mveh1.plate}   Crew: {mper2.last_initial} / {mper3.last_initial}
Pt: {mper1.caps}  Age {mage1}  DOB {mdob1}
Scene: {maddr1}   GPS {mgeo1}
Called by: carer {mper4.first} on {mtel1}
Obs 14:02  GCS 14  HR 112  BP 92/60  [[NEWS2 7]]
Impression: [[?sepsis -- urinary source]]
Handover to {mper5.initial_last}, ED triage.
""", ()),
    t("amb-de", "ambulance run sheet", """
Einsatzprotokoll Rettungsdienst
Einsatznr.: {mref1.case}   RTW: {mveh1.plate}
Patient: {mper1.last}, {mper1.first}   geb. {mdob1}
Einsatzort: {maddr1}
Koordinaten: {mgeo1.dm}
Verdachtsdiagnose: [[STEMI]]
Maßnahmen: [[12-Kanal-EKG]], [[ASS 250 mg i.v.]]
Übergabe an Herzkatheterlabor, Arzt: {mper2.first_caps_last}
""", ("de_DE", "de_AT")),
    t("amb-dispatch-log", "ambulance run sheet", """
CAD LOG
t+0:00 call from {mtel1.e164} -- caller {mper1.first} states husband {mper2.first} {mper1.last} collapsed
t+0:40 address confirmed: {maddr1}; plus code {mgeo1.plus}
t+1:15 [[CPR instructions given]]
t+6:02 unit on scene
t+18:44 transport, pt aged {mage1}, to {mtown1} General
""", ()),
]


TEMPLATES = [*TEMPLATES_A]

SPLIT = Split(
    name="heldout_m",
    templates=TEMPLATES,
    seeds=range(84280001, 84280401),
    locales=tuple((loc, 1) for loc in LOCALES),
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    # M writes none of the shape slots; check_split asks every split for them.
    shapes={
        slot: ("M-########",)
        for slot in ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial")
    },
    date_formats=("%Y-%m-%d",),
)
