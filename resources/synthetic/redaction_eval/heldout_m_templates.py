"""Split M: held out in session 28, run once there and reported; DEV-side since session 29.

Session 29 reads M's leaks by value and tunes on them (as on D to L), so M no longer
measures generalisation: held-out N (heldout_n_templates.py), written before that tuning by
an author barred from M, does. What follows is how M was written: 400 documents from
templates written in session 27 by an author barred from the redactor, from its results and
from every other split's templates and forms.

Its documents are those regulated work handles in many countries and languages (clinics,
pharmacies, labs, banks, payroll, courts, police, schools, social care, border agencies,
call centres), laid out as they are kept (forms, tables, exports, messages, scans). Its
values come from m_forms.py (slots `m...`); its seeds are 84280001-84280400.
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
    t(
        "clin-gp-nz",
        "clinical note",
        """
GENERAL PRACTICE CONSULTATION  |  NHI {mplan1.nhi}
Pt: {mper1.caps_last_first}   DOB {mdob1}   Ph {mtel1.national}
Seen by Dr {mper2.initial_last} on {mdate1}.
S: 3/7 hx productive cough, [[no haemoptysis]], afebrile at home. Lives alone at
{maddr1.street}, {mtown1}; daughter {mper3.first} visits weekly.
O: SpO2 96% RA, [[crackles R base]].
A/P: [[community-acquired pneumonia]], CURB-65 1. Start [[amoxicillin 500 mg TDS]] x5/7.
Review if worse. Safety-net advice given to pt and to {mper3.first} by phone.
""",
        ("en_NZ",),
    ),
    t(
        "clin-ward-ru",
        "clinical note",
        """
ДНЕВНИК НАБЛЮДЕНИЯ
Пациент: {mper1.fio}, {mdob1} г.р., полис ОМС {mplan1.jp}
Палата 4. Лечащий врач: {mper2.fio_short}
{mdate1}: жалобы на слабость, [[АД 140/90]], [[ЧСС 88]]. Назначено: [[эналаприл 10 мг]].
Связь с родственником: {mper3.fio_short}, тел. {mtel1}
Адрес проживания: {maddr1.ru}
""",
        ("ru_RU",),
        ("RU",),
    ),
    t(
        "clin-soap-us",
        "clinical note",
        """
SOAP NOTE -- Pediatrics Follow-up
Patient: {mper1.first} {mper1.last} (goes by "{mper1.lower_first}")   MRN: {mmrn1}
Guardian: {mper2.full}, cell {mtel1.nanp}
Visit: {mdate1}
S: Mom reports [[wheeze at night]] x2 wks, using [[albuterol HFA]] ~3x/wk.
O: [[Peak flow 78% predicted]].
A: [[Mild persistent asthma]] ([[J45.30]]).
P: Start [[fluticasone 44 mcg]] 2 puffs BID. School form faxed to nurse {mper3.last} at \
{mfax1.nanp}.
Electronically signed: {mper4.caps_last_first}, MD  NPI {mlic1.npi}
""",
        ("en_US",),
    ),
    # --- discharge summaries ---------------------------------------------------------
    t(
        "dis-de",
        "discharge summary",
        """
Entlassungsbrief

Liebe Frau Kollegin {mper2.last}, sehr geehrte Damen und Herren,

wir berichten über Ihre Patientin {mper1.first_last}, geb. am {mdob1}, wohnhaft
{maddr1}, die sich vom {mdate1} bis {mdate2} in unserer stationären Behandlung befand.

Diagnosen: [[Cholezystolithiasis]], Z.n. [[laparoskopischer Cholezystektomie]]
Versichertennummer: {mplan1.ehic}
Medikation bei Entlassung: [[Pantoprazol 40 mg 1-0-0]], [[Metamizol bei Bedarf]]

Mit freundlichen Grüßen
{mper3.caps_last_space_first}, Oberarzt
""",
        ("de_DE", "de_AT"),
    ),
    t(
        "dis-es",
        "discharge summary",
        """
INFORME DE ALTA HOSPITALARIA
Servicio de Medicina Interna
Nombre: {mper1.caps_last_first}          NHC: {mmrn1}
DNI/NIE: {mnat1.es}           Fecha de nacimiento: {mdob1}
Ingreso: {mdate1}      Alta: {mdate2}
Motivo de ingreso: [[insuficiencia cardiaca descompensada]].
Tratamiento al alta: [[furosemida 40 mg]], [[bisoprolol 2,5 mg]].
Contacto familiar: {mper2.first_last} ({mtel1})
Médico responsable: Dr. {mper3.last}, col. nº {mlic1.cert}
""",
        ("es_ES",),
        ("ES",),
    ),
    t(
        "dis-in",
        "discharge summary",
        """
DISCHARGE CARD
Name of patient : {mper1.caps}
Age/Sex : {mage1} Yrs / F       IP No : {mmrn1}
Father's/Husband's name : {mper2.full}
Address : {maddr1.in}
Mobile : {mtel1}   {mnat1.label} : {mnat1.in}
D.O.A : {mdate1}   D.O.D : {mdate2}
Final diagnosis : [[Type 2 diabetes mellitus]] with [[diabetic foot ulcer]]
Condition at discharge : Stable. Advised [[insulin glargine 14 units HS]].
Consultant : {mper3.initials_caps_last}
""",
        ("en_IN",),
        ("IN",),
    ),
    # --- radiology requests -----------------------------------------------------------
    t(
        "rad-req-uk",
        "radiology request",
        """
IMAGING REQUEST
Examination: [[CT abdomen and pelvis with contrast]]
Patient: {mper1.last}, {mper1.first}   Hosp no: {mmrn1}   NHS: {mnat1.gb}
DOB: {mdob1}    Ward: Elm
Clinical question: ?[[appendiceal abscess]]. eGFR 64.
Referrer: {mper2.initial_last} (bleep via switchboard {mtel1})
IR(ME)R justified by: {mper3.initials_nodot_last}
""",
        ("en_GB",),
        ("GB",),
    ),
    t(
        "rad-req-fr",
        "radiology request",
        """
DEMANDE D'EXAMEN D'IMAGERIE
NOM (de naissance) / {mper1.caps_last} -- prénom usuel / {mper1.first}
Né(e) le : {mdob1}   NIR : {mnat1.fr}
Examen demandé : [[IRM lombaire]] sans injection
Renseignements cliniques : [[lombosciatique L5 gauche]] résistante au traitement.
Médecin prescripteur : Dr {mper2.first_caps_last} — RPPS {mlic1.gmc}
Tél. cabinet : {mtel1.ext}
""",
        ("fr_FR",),
        ("FR",),
    ),
    t(
        "rad-req-jp",
        "radiology request",
        """
放射線検査依頼票
患者氏名：{mper1.cjk}　様
生年月日：{mdob1}
患者ID：{mmrn1}
検査：[[胸部単純X線]]　2方向
依頼医：{mper2.cjk}
連絡先：{mtel1.national}
""",
        ("ja_JP",),
    ),
    # --- insurance claims -------------------------------------------------------------
    t(
        "claim-hcfa-us",
        "insurance claim",
        """
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
""",
        ("en_US",),
        ("US",),
    ),
    t(
        "claim-motor-pl",
        "insurance claim",
        """
ZGŁOSZENIE SZKODY KOMUNIKACYJNEJ
Poszkodowany: {mper1.first_last}, PESEL {mnat1.pl}
Adres: {maddr1}
Pojazd: nr rej. {mveh1.plate}, VIN {mveh2.vin}
Data zdarzenia: {mdate1}
Sprawca: {mper2.caps_last_space_first}
Opis: [[kolizja na skrzyżowaniu]], uszkodzony [[zderzak przedni]].
Konto do wypłaty odszkodowania: {miban1}
""",
        ("pl_PL",),
        ("PL",),
    ),
    t(
        "claim-travel-br",
        "insurance claim",
        """
Sinistro de seguro viagem -- reembolso médico
Segurado(a): {mper1.full}
CPF: {mnat1.br}
Apólice: {mref1.claim}
Despesa: atendimento em {mtown1} em {mdate1}, diagnóstico [[otite média aguda]]
Dados bancários: Banco 341, ag. 0412, c/c {macct1.br}
Cartão utilizado no exterior: {mcard1}
E-mail para retorno: {mmail1}
""",
        ("pt_BR",),
        ("BR",),
    ),
    # --- KYC reviews ------------------------------------------------------------------
    t(
        "kyc-periodic",
        "KYC review",
        """
PERIODIC KYC REFRESH -- RISK RATING: MEDIUM
Customer: {mper1.caps_last_comma_first_caps}
CIF: {macct1.cust}
Nationality docs: passport {mpass1}, national ID {mnat1} ({mnat1.label})
Residential address verified against utility bill: {maddr1}
Occupation: self-employed importer; expected turnover unchanged.
Source of wealth: sale of property in {mtown1} (deed dated {mdate1}).
PEP/sanctions screen clear; [[Adverse media: none]] on two engines.
Reviewer: {mper2.login}   Approver: {mper3.initial_glued}
""",
        (),
        ID_COUNTRIES[:20],
    ),
    t(
        "kyc-vn",
        "KYC review",
        """
HỒ SƠ KHÁCH HÀNG (eKYC) -- for group compliance, English summary
Full name (as on CCCD): {mper1.caps_full}
Date of birth: {mdob1}
Mobile: {mtel1.e164}
Home address: {maddr1}
Liveness check selfie: {murl1.photo}
Device fingerprint at onboarding: IP {mip1}, handset IMEI {mdev1.imei}
Outcome: [[approved -- tier 2]]
""",
        ("vi_VN",),
    ),
    t(
        "kyc-ubo-ch",
        "KYC review",
        """
Formular A -- Feststellung der wirtschaftlich berechtigten Person
Vertragspartner: {mper1.last_first}
Wirtschaftlich berechtigt: {mper2.full}, geboren {mdob1}, Staatsangehörigkeit CH
Wohnsitzadresse: {maddr1}
AHV/AVS: {mnat1.ch}
Konto: {miban1.grouped}
Unterschrift: ____________________  {mper2.first_initial}
Ort, Datum: {mtown1}, {mdate1}
""",
        ("de_CH", "fr_CH"),
        ("CH",),
    ),
    # --- fraud cases ----------------------------------------------------------------
    t(
        "fraud-ato",
        "fraud case",
        """
CASE: account takeover (suspected SIM swap)
Victim: {mper1.first_last}   customer no. {macct1.cust}
Timeline (UTC):
 {mdate1} 02:14  login from {mip1} (new device, MAC {mmac1})
 {mdate1} 02:16  payee added: {mper2.caps}, {miban1}
 {mdate1} 02:19  outbound transfer, [[faster payment]], flagged by [[velocity rule]]
Mobile number on file {mtel1} ported out the previous day per carrier.
Mule account holder resides at {maddr1}.
Investigator: {mper3.handle_under}
""",
        (),
    ),
    t(
        "fraud-card-ng",
        "fraud case",
        """
Dispute ref {mref1.ticket}
Cardholder: {mper1.caps_last_first}   PAN {mcard1}
NUBAN linked: {macct1.nuban} (GTBank)
Cardholder says she was in {mtown1} on {mdate1} when 4 POS debits went through in Lagos.
BVN holder's phone: {mtel1}
Recommendation: [[chargeback under reason code 10.4]]; block card; re-issue.
Logged by {mper2.first} {mper2.last_initial}
""",
        ("en_NG", "yo_NG", "ig_NG", "ha_NG"),
    ),
    t(
        "fraud-insur-it",
        "fraud case",
        """
SEGNALAZIONE ANTIFRODE -- SIU
Assicurato: {mper1.caps_last_space_first}, C.F. {mnat1.it}
Sinistro n. {mref1.claim} del {mdate1}
Veicolo: targa {mveh1.plate}
Testimone dichiarato: {mper2.full}, residente in {maddr1}
Anomalie: testimone già presente in altri due sinistri; [[officina convenzionata]] coincidente.
Perito incaricato: {mper3.initial_last}
""",
        ("it_IT",),
        ("IT",),
    ),
    # --- HR leave requests ----------------------------------------------------------
    t(
        "hr-leave-nl",
        "HR leave request",
        """
Verlofaanvraag -- zorgverlof
Medewerker: {mper1.last_first}   Personeelsnr.: {mref1.emp}
Afdeling: Logistiek  |  Leidinggevende: {mper2.first_last}
Periode: {mdate1} t/m {mdate2}
Reden: [[langdurend zorgverlof]] voor partner ({mper3.first})
BSN (voor UWV-melding): {mnat1.nl}
Bereikbaar op: {mtel1}
""",
        ("nl_NL",),
        ("NL",),
    ),
    t(
        "hr-leave-form",
        "HR leave request",
        """
Employee Self-Service / Absence / New request
 Requester ........ {mper1.first_caps_last}
 Employee ID ...... {mref1.emp}
 Type ............. [[Bereavement leave]]
 From ............. {mdate1}
 To ............... {mdate2}
 Comment .......... Funeral of my grandmother ({mage1}) in {mtown1}; travelling with {mper2.first}.
 Approver ......... {mper3.last_first_initial}
 Emergency contact  {mtel1} -- my emergency contact is {mper4.first_last}, my brother
""",
        (),
    ),
    t(
        "hr-leave-ko",
        "HR leave request",
        """
휴가 신청서
성명: {mper1.cjk}
사번: {mref1.emp}
기간: {mdate1} ~ {mdate2}
사유: [[출산휴가]]
비상연락처: {mtel1}
결재: 팀장 {mper2.cjk}
""",
        ("ko_KR",),
    ),
    # --- chat transcripts -----------------------------------------------------------
    t(
        "chat-bank",
        "chat transcript",
        """
[09:41] Bot: Hi! I'm Penny. Can I take your full name?
[09:41] Customer: {mper1.lower}
[09:42] Bot: Thanks. For security, the last 4 of your card and your date of birth?
[09:42] Customer: its {mcard1} dob {mdob1}
[09:43] Bot: Please don't share your full card number here. Transferring you to an agent.
[09:45] {mper2.first} (Agent): Hi {mper1.lower_first}, I've blocked that card. A new one goes \
to {maddr1}.
[09:46] Customer: can u send to my work instead, {maddr2}
""",
        (),
    ),
    t(
        "chat-telehealth",
        "chat transcript",
        """
Telehealth session chat log
{mper1.first_initial}: hi doctor, the rash is back, photo here {murl1.portal}
Dr. {mper2.last}: Thanks {mper1.first}. Any new soaps or meds since {mdate1}?
{mper1.first_initial}: started [[doxycycline]] from the walk-in clinic
Dr. {mper2.last}: That can cause [[photosensitivity]]. Please call the pharmacy at {mtel1}.
{mper1.first_initial}: ok. my mum {mper3.first_last} will pick it up
""",
        (),
    ),
    t(
        "chat-whatsapp-es",
        "chat transcript",
        """
[{mdate1}, 8:02:11] {mper1.first_last}: Buenos días, soy la hija de {mper2.full}
[{mdate1}, 8:02:40] {mper1.first_last}: Mi padre tiene {mage1} años y no contesta al teléfono
[{mdate1}, 8:05:03] Centro de Salud: ¿Nos confirma su dirección? La ambulancia va en camino
[{mdate1}, 8:05:30] {mper1.first_last}: {maddr1}
[{mdate1}, 8:06:12] {mper1.first_last}: Mi móvil es {mtel1}
""",
        ("es_ES", "es_MX", "es_AR"),
    ),
    # --- pharmacy ------------------------------------------------------------------
    t(
        "pharm-label",
        "pharmacy dispensing record",
        """
RX# {mref1.rx}        Dispensed {mdate1}
{mper1.caps}
{maddr1.us}
[[Metformin ER 750 mg]]  #60
Take 2 tablets by mouth with evening meal
Prescriber: {mper2.last_first_initial} DEA {mlic1.dea}
RPh: {mper3.initials_nodot_last}    Refills: 3
""",
        ("en_US",),
    ),
    t(
        "pharm-controlled-au",
        "pharmacy dispensing record",
        """
S8 REGISTER -- [[Oxycodone 10 mg CR]]
Date       | Patient                 | Address                         | Prescriber     | Qty | Bal
{mdate1} | {mper1.last_first} | {maddr1.pobox} | Dr {mper2.last} ({mlic1.ahpra}) | 20 | 34
Witness: {mper3.first_initial}
Medicare no.: {mplan1.member}
""",
        ("en_NZ", "en_GB"),
    ),
    t(
        "pharm-eprescr-cz",
        "pharmacy dispensing record",
        """
eRecept -- výdej
Identifikátor eReceptu: {mref1.rx}
Pacient: {mper1.caps_last_space_first}, r.č. {mnat1.cz}
Pojišťovna: [[111]]
Léčivý přípravek: [[Prestarium Neo 5 mg]], 30 tbl.
Předepsal: MUDr. {mper2.last}
Vydal: PharmDr. {mper3.first_last}, {mdate1}
""",
        ("cs_CZ",),
        ("CZ",),
    ),
    # --- laboratory ----------------------------------------------------------------
    t(
        "lab-cbc",
        "laboratory report",
        """
ACCESSION {mref1.lab}    COLLECTED {mdate1}
{mper1.caps_last_first}   SEX F   DOB {mdob1}   MRN {mmrn1}
ORDERING: {mper2.last_initials}
TEST                 RESULT   FLAG  REF
[[Haemoglobin]]          98    L   115-165 g/L
[[Ferritin]]              6    L   15-200 ug/L
[[CRP]]                   3         0-5 mg/L
Phoned to {mper3.first} on ward at 14:20 by {mper4.initial_nodot_last}.
""",
        (),
    ),
    t(
        "lab-micro-se",
        "laboratory report",
        """
Mikrobiologisk svar
Patient: {mper1.last_first}  Personnummer: {mnat1.se}
Provtagningsdatum: {mdate1}
Material: [[urin, mittstråle]]
Fynd: [[E. coli]] över 10^5 CFU/ml. Resistensbestämning bifogas.
Svar till: Vårdcentralen, {maddr1}
Ansvarig läkare: {mper2.initial_last}
""",
        ("sv_SE",),
        ("SE",),
    ),
    t(
        "lab-dna-paternity",
        "laboratory report",
        """
DNA RELATIONSHIP TEST -- CHAIN OF CUSTODY
Alleged father: {mper1.full}   ID presented: passport {mpass1}
Child: {mper2.first} {mper1.last}   DOB {mdob1}
Mother: {mper3.full}
Sample collected {mdate1} at {maddr1} by collector {mper4.last_initial}
Specimen barcode: {mbio1}
Result: [[probability of paternity 99.99%]]
""",
        (),
    ),
    # --- pathology -----------------------------------------------------------------
    t(
        "path-surg",
        "pathology report",
        """
SURGICAL PATHOLOGY REPORT          Case {mref1.lab}
Name: {mper1.caps_last_first_all}   Med Rec {mmrn1}   Age {mage1}
Received: {mdate1}. Surgeon: {mper2.last_initials}
SPECIMEN: [[skin, left cheek, shave biopsy]]
DIAGNOSIS: [[basal cell carcinoma, nodular type]], margins involved.
I have personally reviewed the slides. -- {mper3.caps_full}, MD
""",
        (),
    ),
    t(
        "path-cyto-fi",
        "pathology report",
        """
PAPA-näyte / cytologinen lausunto
Potilas: {mper1.last_space_first}, HETU {mnat1.fi}
Näytteenottopäivä: {mdate1}
Lausunto: [[ASC-US]]. Suositellaan [[HPV-testiä]].
Lähettäjä: {mper2.first_last}, {mtown1}
""",
        ("fi_FI",),
        ("FI",),
    ),
    t(
        "path-autopsy",
        "pathology report",
        """
POST-MORTEM EXAMINATION
Deceased: {mper1.full}, aged {mage1.words}
Last known address: {maddr1}
Identified by: {mper2.full} (nephew), {mtel1}
Coroner's ref: {mref1.case}
Cause of death: 1a [[bronchopneumonia]] 1b [[frailty of old age]]
Implanted device removed before cremation: pacemaker s/n {mdev1.implant}
""",
        ("en_GB", "en_IE"),
    ),
    # --- dental --------------------------------------------------------------------
    t(
        "dent-chart",
        "dental chart",
        """
DENTAL RECORD
Pt {mper1.last_comma_tight}   Chart {mmrn1}   Recall {mdate1}
| Tooth | Finding                | Tx planned          |
| 16    | [[MOD caries]]           | [[composite MOD]]     |
| 36    | [[periapical lesion]]    | [[RCT then crown]]    |
Hygienist: {mper2.first}   Dentist: Dr {mper3.first_initial}
Insurer member ID {mplan1.member}
""",
        (),
    ),
    t(
        "dent-forensic",
        "dental chart",
        """
Odontological identification (DVI) -- AM/PM comparison
Missing person: {mper1.caps_last_first}, born {mdob1}
Ante-mortem records from: {mper2.last}, dental surgery in {mtown1}
Post-mortem ref: {mbio1}
Concordant: [[amalgam 26 occlusal]], [[bridge 44-46]]
Conclusion: identification established. Signed {mper3.initials}
""",
        (),
    ),
    t(
        "dent-ortho-tr",
        "dental chart",
        """
Ortodonti hasta kartı
Hasta: {mper1.caps_last_space_first}
T.C. Kimlik No: {mnat1.tr}
Veli: {mper2.first_last}, cep {mtel1}
Başlangıç: {mdate1}
Tanı: [[Sınıf II div 1 maloklüzyon]]
Tedavi: [[sabit braket tedavisi]]
""",
        ("tr_TR",),
        ("TR",),
    ),
    # --- mental health ------------------------------------------------------------
    t(
        "mh-intake",
        "mental-health intake",
        """
Intake assessment -- Community Mental Health Team
Client: {mper1.first} "{mper1.lower_first}" {mper1.last}
Referred by GP Dr {mper2.last} on {mdate1}.
Presenting: [[low mood]], [[early-morning waking]], [[passive suicidal ideation]] without plan.
Protective factors: her dog; sister {mper3.first} ({mtel1}). {mper3.first}'s partner
{mper5.first} drives her to appointments.
Risk: moderate. Safety plan agreed. PHQ-9 = 19.
Next of kin address: {maddr1}
Clinician: {mper4.full}, CPN
""",
        (),
    ),
    t(
        "mh-crisis-ca",
        "mental-health intake",
        """
Mobile Crisis Team -- Form 1 context
Individual: {mper1.caps_last_first}   Health no. {mplan1.ohip}
Location attended: {maddr1.rural}
Informant: neighbour {mper2.first_last}, {mtel1}
Observations: [[pressured speech]], [[grandiose beliefs]], not sleeping x4 nights.
Disposition: transported to ED by police unit {mveh1.plate}.
""",
        ("en_CA", "fr_CA"),
    ),
    t(
        "mh-therapy-letter",
        "mental-health intake",
        """
To whom it may concern,

I confirm that {mper1.full} has attended weekly [[cognitive behavioural therapy]] with
me since {mdate1}. {mper1.first} has asked me to share this with their employer.

Kind regards,
{mper2.first_last}
Registered psychologist, reg. no. {mlic1.cert}
{mmail1.last}
""",
        (),
    ),
    # --- ambulance --------------------------------------------------------------
    t(
        "amb-run-sheet",
        "ambulance run sheet",
        """
PATIENT CARE RECORD         Incident {mref1.case}
Unit {mveh1.plate}   Crew: {mper2.last_initial} / {mper3.last_initial}
Pt: {mper1.caps}  Age {mage1}  DOB {mdob1}
Scene: {maddr1}   GPS {mgeo1}
Called by: carer {mper4.first} on {mtel1}
Obs 14:02  GCS 14  HR 112  BP 92/60  [[NEWS2 7]]
Impression: [[?sepsis -- urinary source]]
Handover to {mper5.initial_last}, ED triage.
""",
        (),
    ),
    t(
        "amb-de",
        "ambulance run sheet",
        """
Einsatzprotokoll RTW (Notfallrettung, Primäreinsatz)
Einsatznr.: {mref1.case}   RTW: {mveh1.plate}
Patient: {mper1.last}, {mper1.first}   geb. {mdob1}
Einsatzort: {maddr1}
Koordinaten: {mgeo1.dm}
Verdachtsdiagnose: [[STEMI]]
Maßnahmen: [[12-Kanal-EKG]], [[ASS 250 mg i.v.]]
Übergabe an Herzkatheterlabor, Arzt: {mper2.first_caps_last}
""",
        ("de_DE", "de_AT"),
    ),
    t(
        "amb-dispatch-log",
        "ambulance run sheet",
        """
CAD LOG
t+0:00 call from {mtel1.e164} -- caller {mper1.first} states husband {mper2.first} \
{mper1.last} collapsed
t+0:40 address confirmed: {maddr1}; plus code {mgeo1.plus}
t+1:15 [[CPR instructions given]]
t+6:02 unit on scene
t+18:44 transport, pt aged {mage1}, to {mtown1} General
""",
        (),
    ),
]


TEMPLATES_B = [
    # --- clinical-trial CRFs ----------------------------------------------------------
    t(
        "crf-demog",
        "clinical-trial CRF",
        """
PROTOCOL [[ONC-301]]  CRF PAGE 2: DEMOGRAPHICS          Site 014
Subject number: {mref1.subject}        Screening date: {mdate1.mon}
Subject initials: ___   (do not write the name on this page)
Year of birth: ____   Sex: M
Consent obtained by: {mper1.initials_nodot_last}   on {mdate2.mon}
Query 3 (DM): "Subject initials field contains full name {mper2.caps_slash} -- please correct"
Query raised by: {mper3.handle}
""",
        (),
    ),
    t(
        "crf-ae-log",
        "clinical-trial CRF",
        """
Adverse Event Log -- Subject {mref1.subject}
AE# | Term                   | Onset      | Grade | Related
1   | [[Nausea]]               | {mdate1.iso} | 1     | Possible
2   | [[Neutropenia]]          | {mdate2.iso} | 3     | Probable
Source note: called subject's wife {mper1.first} ({mtel1}) to confirm onset of AE 2.
PI sign-off / {mper2.full} / dated {mdate3.iso}
""",
        (),
    ),
    t(
        "crf-pk-fr",
        "clinical-trial CRF",
        """
CAHIER D'OBSERVATION -- PRÉLÈVEMENTS PHARMACOCINÉTIQUES
N° patient : {mref1.subject}   Centre : {mtown1}
Date de la visite J1 : {mdate1}
Tube | Heure théorique | Heure réelle | Code-barres
PK1  | H0              | 08:05        | {mbio1}
PK2  | H2              | 10:07        | {mbio2}
Infirmière : {mper1.first_last}   Vérifié par : {mper2.initial_last}
Note : le patient {mper3.caps_last} a oublié son carnet de suivi.
""",
        ("fr_FR", "fr_BE", "fr_CA"),
    ),
    # --- adverse-event reports --------------------------------------------------------
    t(
        "ae-cioms",
        "adverse-event report",
        """
CIOMS I -- SUSPECT ADVERSE REACTION REPORT
1. PATIENT INITIALS: {mper1.initials_nodot_last}   1a. COUNTRY: {mtown1}
2. DATE OF BIRTH: {mdob1}   2a. AGE: {mage1}
4-6. REACTION ONSET: {mdate1}
7+13. DESCRIBE REACTION: [[Stevens-Johnson syndrome]] after [[lamotrigine]] titration.
14. SUSPECT DRUG: [[lamotrigine 25 mg]]  LOT: [[not known]]
24b. MFR CONTROL NO: {mref1.aer}
REPORTER: {mper2.full}, pharmacist, {maddr1}, tel {mtel1}
""",
        (),
    ),
    t(
        "ae-device-us",
        "adverse-event report",
        """
MEDWATCH 3500 (voluntary) -- device problem
Patient identifier: {mper1.initials}   Age: {mage1}   Weight: 61 kg
Event date: {mdate1.us}
Device: [[insulin pump]], serial {mdev1.serial}, UDI {mdev2.udi}
Describe event: pump alarmed [[occlusion]] repeatedly; pt found hypoglycaemic by son {mper2.first}.
Reporter: {mper3.last_first}, RN, {mmail1.last}, {mtel1.nanp}
""",
        ("en_US",),
    ),
    t(
        "ae-vigi-jp",
        "adverse-event report",
        """
副作用報告（医療機関）
患者：{mper1.cjk}（イニシャルのみ記載のこと）
生年月日：{mdob1}
被疑薬：[[ワルファリン]]
発現日：{mdate1}
副作用：[[消化管出血]]
報告者：{mper2.cjk}　薬剤師
施設住所：{maddr1.jp}
""",
        ("ja_JP",),
    ),
    # --- insurance appeals -----------------------------------------------------------
    t(
        "appeal-letter",
        "insurance appeal",
        """
{maddr1.lines}
{mdate1}

Appeals Unit
Re: Member {mper1.full}, ID {mplan1.member}, claim {mref1.claim}

Dear Sir or Madam,

I am writing to appeal the denial of [[proton beam therapy]] for my husband. His
oncologist, Dr. {mper2.first_last} (NPI {mlic1.npi}), documented why [[IMRT]] is not safe
for a tumour this close to the [[optic chiasm]]. Please call me on {mtel1}.

Yours faithfully,
{mper3.first_last}
""",
        ("en_US", "en_CA"),
    ),
    t(
        "appeal-decision-de",
        "insurance appeal",
        """
Widerspruchsbescheid
In dem Widerspruchsverfahren der/des
{mper1.first_last}, {maddr1}
{mnat1.label} {mnat1.de}
gegen den Bescheid vom {mdate1} wird dem Widerspruch teilweise abgeholfen.
Die Kosten für [[Hilfsmittel: Rollator]] werden übernommen.
Sachbearbeitung: {mper2.initial_last}, Tel. {mtel1.ext}
""",
        ("de_DE",),
        ("DE",),
    ),
    t(
        "appeal-ombud-ie",
        "insurance appeal",
        """
Financial Services and Pensions Ombudsman -- complaint form (extract)
Complainant: {mper1.caps_last_first}
PPSN: {mnat1.ie}
Policy number: {mref1.claim}
Provider's final response dated: {mdate1}
Summary: income-protection claim for [[long COVID]] declined citing a [[pre-existing condition]].
Representative: {mper2.full}, solicitor, {mmail1.last}
""",
        ("en_IE", "ga_IE"),
        ("IE",),
    ),
    # --- mortgage files ---------------------------------------------------------------
    t(
        "mort-1003",
        "mortgage file",
        """
UNIFORM RESIDENTIAL LOAN APPLICATION -- Section 1a
Name:            {mper1.full}
{mnat1.label}: {mnat1.us}
Date of Birth:   {mdob1.us0}
Current Address: {maddr1.us}     Housing: Rent
Co-Borrower:     {mper2.full}
Employer:        Harbor Freight Lines, since {mdate1.us0}
Loan number:     {mref1.loan}
Checking acct (verified): {macct1.us}
""",
        ("en_US",),
        ("US",),
    ),
    t(
        "mort-valuation-uk",
        "mortgage file",
        """
MORTGAGE VALUATION REPORT
Applicant(s): Mr {mper1.initial_last} and Ms {mper2.full}
Property: {maddr1}
Tenure: [[Leasehold]], 96 years unexpired
Type: [[converted flat, second floor]]
Valuer: {mper3.first_last} MRICS, RICS no. {mlic1.rn}
Inspected {mdate1}. [[Market value: see schedule]].
""",
        ("en_GB",),
    ),
    t(
        "mort-underwriter-notes",
        "mortgage file",
        """
UW notes -- file {mref1.loan}
- borrower {mper1.caps_last} has a 2nd acct at credit union, stmts show NSF x2 ({mdate1}, {mdate2})
- gift letter from mother {mper2.first} {mper1.last}, funds from {miban1} (foreign acct, needs \
FX trail)
- VOE called {mtel1}, spoke w/ {mper3.first}, HR
- condition: explain large deposit; [[DTI 44%]] ok w/ comp factors
""",
        (),
    ),
    # --- wire transfers / SWIFT / SEPA -------------------------------------------------
    t(
        "swift-mt103",
        "wire transfer message",
        """
[[{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}]]
:20:{mref1.ticket}
:23B:CRED
:32A:{mdate1.swift}EUR12500,00
:50K:/{miban1.compact}
{mper1.caps_full}
{maddr1}
:59:/{miban2.compact}
{mper2.caps_full}
:70:INV 2231 [[SCHOOL FEES]]
:71A:SHA
""",
        (),
    ),
    t(
        "sepa-xml",
        "wire transfer message",
        """
  Dbtr
    Nm {mper1.full} /Nm
    PstlAdr
      AdrLine {maddr1} /AdrLine
  DbtrAcct Id IBAN {miban1.compact} /IBAN /Id /DbtrAcct
  CdtrAgt BIC [[COBADEFFXXX]] /BIC /CdtrAgt
  Cdtr Nm {mper2.caps} /Nm /Cdtr
  RmtInf Ustrd Miete {mdate1} Whg 3 /Ustrd /RmtInf
  UETR {mref1.uetr}
""",
        ("de_DE", "nl_NL", "fr_FR", "it_IT", "es_ES", "fi_FI"),
    ),
    t(
        "wire-confirm-mx",
        "wire transfer message",
        """
COMPROBANTE DE TRANSFERENCIA SPEI
Ordenante: {mper1.caps_full}
Cuenta ordenante: {macct1.in}
Beneficiario: {mper2.caps_last_space_first}
Cuenta CLABE beneficiario: {macct2.us}
Concepto: [[PAGO RENTA]]
Fecha de operación: {mdate1}
Clave de rastreo: {mref1.ticket}
""",
        ("es_MX",),
    ),
    # --- AML alerts ------------------------------------------------------------------
    t(
        "aml-structuring",
        "AML alert",
        """
ALERT {mref1.ticket}  SCENARIO: [[Structuring -- cash deposits below threshold]]
Focal entity: {mper1.caps_last_first_all} (DOB {mdob1}, {mnat1.label} {mnat1})
Accounts: {macct1.us}, {macct2.us}
9 cash deposits of 9,400 at branches in {mtown1} between {mdate1} and {mdate2}.
Related party: {mper2.first_last} (same address {maddr1}, same phone {mtel1}).
L1 analyst {mper3.login}: escalate to [[SAR decision]].
""",
        (),
        ("US", "CA", "GB", "AU", "NZ", "IE"),
    ),
    t(
        "aml-sanctions",
        "AML alert",
        """
Sanctions screening hit -- payment held
Screened name: {mper1.caps_slash}
List entry: [[OFAC SDN]]  match score 0.91
Payment: {mref1.uetr}, beneficiary IBAN {miban1}
Discounting evidence: customer DOB {mdob1} vs listed DOB 1961; passport {mpass1} (ours) vs listed.
Disposition: [[false positive -- released]] by {mper2.initial_last} on {mdate1}
""",
        (),
    ),
    t(
        "aml-crypto",
        "AML alert",
        """
Transaction monitoring -- VASP on-ramp
Customer {mper1.full} ({mmail1})
Login IPs last 30d: {mip1}, {mip2.v6}
Card funding: {mcard1}
Withdrawal to self-hosted wallet within 6 min of deposit ([[rapid movement of funds]]).
Phone verified by OTP: {mtel1.e164}
Case owner: {mper2.first_initial}
""",
        (),
    ),
    # --- payroll --------------------------------------------------------------------
    t(
        "payroll-csv",
        "payroll export",
        """
emp_id,surname,forename,ppsn,rpn_basis,iban,gross,net
{mref1.emp},{mper1.caps_last},{mper1.caps_first},{mnat1.ie},[[Cumulative]],{miban1.compact},\
2450.00,1932.17
{mref2.emp},{mper2.caps_last},{mper2.caps_first},{mnat2.ie},[[Emergency]],{miban2.compact},\
3100.00,2398.40
""",
        ("en_IE",),
        ("IE",),
    ),
    t(
        "payslip-fr",
        "payroll export",
        """
BULLETIN DE PAIE -- période du {mdate1} au {mdate2}
Salarié : {mper1.caps_last} {mper1.first}
N° sécurité sociale : {mnat1.fr}
Matricule : {mref1.emp}
Emploi : [[aide-soignante]], coefficient 225
Adresse : {maddr1}
Virement sur : {miban1.grouped}
[[Net à payer avant impôt]] : 1 842,33
""",
        ("fr_FR",),
        ("FR",),
    ),
    t(
        "payroll-ph",
        "payroll export",
        """
PAYROLL REGISTER -- 2nd cutoff
Employee: {mper1.last_first_middle}
TIN: {mref1.emp}   SSS/PhilHealth: {mplan1.member}
Pag-IBIG MID: {mref2.emp}
Basic: 18,500.00   [[13th month accrual]]: 1,541.67
Credited to payroll card {mcard1} on {mdate1}
Prepared: {mper2.initials_caps_last}
""",
        ("fil_PH", "en_PH"),
    ),
    # --- immigration and visa files ---------------------------------------------------
    t(
        "visa-uk",
        "immigration file",
        """
Home Office -- application reference {mref1.visa}
Applicant: {mper1.caps_last_first_all}
Travel document no. {mpass1}; born {mdob1}
Sponsor: {mper2.full}, [[British citizen]], of {maddr1}
Biometric enrolment: {mbio1}, attended {mdate1}
Caseworker note: sponsor's P60s show income above [[minimum income requirement]].
""",
        ("en_GB",),
    ),
    t(
        "visa-ca-ircc",
        "immigration file",
        """
IRCC -- GCMS notes (extract)
Client ID (UCI): {mref1.uci}
{mper1.caps_last}, {mper1.first}   DOB {mdob1.iso}
{mdate1.iso} -- file received, [[study permit]], DLI letter reviewed.
{mdate2.iso} -- biometrics on file ({mbio1}).
{mdate3.iso} -- spoke w/ applicant's rep {mper2.full}, {mmail1.last}
Officer {mper3.initials_nodot_last}: [[refused -- 216(1)(b)]]
""",
        ("en_CA", "fr_CA"),
    ),
    t(
        "uscis-receipt",
        "immigration file",
        """
I-797C, NOTICE OF ACTION
Receipt Number: {mref1.visa}
Received Date: {mdate1.us0}
Applicant: A# {mref2.anum}
{mper1.caps_full}
c/o {mper2.caps_full}
{maddr1.us}
Case type: [[I-130 Petition for Alien Relative]]
""",
        ("en_US",),
    ),
    # --- court records --------------------------------------------------------------
    t(
        "court-docket-us",
        "court record",
        """
UNITED STATES DISTRICT COURT
Case No. {mref1.court}
{mper1.caps_full},
        Plaintiff,
    v.
{mper2.caps_full},
        Defendant.
ORDER GRANTING [[MOTION TO SEAL]]
The Clerk shall seal Exhibit C (medical records of Plaintiff's minor child, {mper3.initials}).
Dated: {mdate1.long}          /s/ {mper4.full}
""",
        ("en_US",),
    ),
    t(
        "court-family-br",
        "court record",
        """
PODER JUDICIÁRIO -- VARA DE FAMÍLIA
Processo nº {mref1.case}
Requerente: {mper1.caps_full}, CPF {mnat1.br}
Requerido: {mper2.caps_full}
Menor: {mper3.initials}, nascido em {mdob1}
DECISÃO: fixo [[alimentos provisórios]] em 30% dos rendimentos líquidos do requerido,
a serem depositados na conta {macct1.br}.
{mtown1}, {mdate1}.
""",
        ("pt_BR",),
        ("BR",),
    ),
    t(
        "court-hu",
        "court record",
        """
VÉGZÉS
A bíróság a {mref1.case} számú ügyben
{mper1.caps_last_space_first} (születési idő: {mdob1}, lakcím: {maddr1})
felperesnek {mper2.last_space_first} alperes ellen indított [[gyermekelhelyezés]] iránti perében
a tárgyalást {mdate1} napjára tűzi ki.
""",
        ("hu_HU",),
    ),
    # --- police reports ------------------------------------------------------------
    t(
        "police-incident",
        "police report",
        """
INCIDENT REPORT {mref1.case}
Reporting officer: PC {mper1.last} {mlic1.bar}
Date/time: {mdate1} 23:40
Location: {maddr1}  ({mgeo1})
IP1 (injured party): {mper2.caps_last_first}, dob {mdob1}, tel {mtel1}
SUSP1: male, approx 30, known as "{mper3.lower_first}"; vehicle {mveh1.plate}
Narrative: IP1 states SUSP1 took her phone (IMEI {mdev1.imei}) and pushed her.
[[No injuries requiring treatment]].
""",
        (),
    ),
    t(
        "police-accident-dk",
        "police report",
        """
Færdselsuheld -- rapport
Journalnr.: {mref1.case}
Fører 1: {mper1.first_last}, CPR-nr. {mnat1.dk}, kørekort {mlic1.dl}
Køretøj 1: {mveh1.plate}
Fører 2: {mper2.caps}, bosat {maddr1}
Tid: {mdate1} kl. 07.55
Skade: [[materielskade]], ingen personskade.
""",
        ("da_DK",),
        ("DK",),
    ),
    t(
        "police-missing",
        "police report",
        """
MISSING PERSON -- HIGH RISK
Name: {mper1.full}    Also known as: {mper1.handle}
Age: {mage1}  (dementia, may say she is "going home to {mtown1}")
Last seen: {mdate1}, {maddr1}
Phone: {mtel1} -- last cell site ping near {mgeo1}
Carries: bus pass, bank card {mcard1}
Informant: son {mper2.first_last}
""",
        (),
    ),
    # --- school records ------------------------------------------------------------
    t(
        "school-iep",
        "school record",
        """
INDIVIDUALIZED EDUCATION PROGRAM -- confidential
Student: {mper1.first_last}   Student ID: {mref1.student}   DOB: {mdob1.us0}
Parent/Guardian: {mper2.full}, {mtel1.nanp}, {mmail1.last}
Home ZIP: {mpost1.zip4}
Eligibility: [[Specific Learning Disability -- reading]]
Accommodations: [[extended time 1.5x]], [[text-to-speech]]
Case manager: {mper3.initial_last}   Meeting date: {mdate1.us0}
""",
        ("en_US",),
    ),
    t(
        "school-nl-oso",
        "school record",
        """
Onderwijskundig rapport (OSO-overdracht)
Leerling: {mper1.first} {mper1.last}
Geboortedatum: {mdob1}   BSN: {mnat1.nl}
Ouder/verzorger: {mper2.first_last}, {maddr1.nl}
Bijzonderheden: [[dyslexieverklaring]] aanwezig, leerling krijgt [[extra tijd bij toetsen]].
Opgesteld door juf {mper3.first} op {mdate1}
""",
        ("nl_NL",),
        ("NL",),
    ),
    t(
        "school-incident-za",
        "school record",
        """
Learner incident record
Learner: {mper1.caps_last_first}  Grade 7
ID no.: {mnat1.za}
Parent: {mper2.first_last} -- {mtel1}
On {mdate1}, learner reported bullying in WhatsApp group; screenshots from number {mtel2}.
Action: [[referred to school-based support team]]. Educator: {mper3.initial_last}
""",
        ("zu_ZA", "en_GB"),
        ("ZA",),
    ),
    # --- social care --------------------------------------------------------------
    t(
        "social-care-assess",
        "social-care record",
        """
Care Act assessment -- summary
Person: {mper1.full} ("{mper1.first}")   LAS ID: {mmrn1}
Address: {maddr1}
Aged {mage1}; lives with grandson {mper2.first} who is her main carer.
Needs: [[personal care am/pm]], [[meal preparation]], [[falls risk]].
Key safe code held by duty team. GP: Dr {mper3.last}.
Assessor: {mper4.first_last}, {mdate1}
""",
        ("en_GB",),
    ),
    t(
        "social-child-no",
        "social-care record",
        """
Barnevernet -- bekymringsmelding
Barn: {mper1.first_last}, født {mdob1}
Fødselsnummer: {mnat1.no}
Foreldre: {mper2.full} og {mper3.full}
Adresse: {maddr1}
Melder: helsesykepleier {mper4.last}, tlf. {mtel1}
Innhold: [[gjentatt fravær fra skolen]], barnet sier det er lite mat hjemme.
""",
        ("no_NO",),
        ("NO",),
    ),
    t(
        "social-housing-note",
        "social-care record",
        """
case note {mdate1} -- tenancy sustainment
visited {mper1.lower} at {maddr1}. rent arrears approx 8 weeks. she showed me letters from
the council tax office addressed to her ex-partner {mper2.caps_last_space_first}.
agreed: apply for [[discretionary housing payment]]; refer to [[foodbank]].
her new number: {mtel1}. next visit with {mper3.first} (money adviser).
""",
        (),
    ),
    # --- call-centre logs --------------------------------------------------------
    t(
        "callcentre-transcript",
        "call-centre log",
        """
CALL ID {mref1.ticket}  QUEUE: Card Services  AGENT: {mper1.first} ({mper1.login})
00:00:04 AGENT: thank you for calling, who am I speaking with
00:00:07 CALLER: yeah it's {mper2.lower} uh {mper2.lower_last} l-a-s-t
00:00:15 AGENT: and the date of birth please
00:00:18 CALLER: {mdob1}
00:00:40 CALLER: my card ending er the whole number is {mcard1}
00:01:02 AGENT: I'll just note you're at {maddr1}, is that still right
""",
        (),
    ),
    t(
        "callcentre-wrap",
        "call-centre log",
        """
Wrap-up code: [[COMPLAINT-BILLING]]
Customer: {mper1.caps_last_first}   Acct {macct1.cust}
Callback: {mtel1}   Preferred time: after 6pm
Summary: customer says direct debit taken twice on {mdate1} from {miban1}. Refund raised.
Escalated to {mper2.first_initial} (team lead).
""",
        (),
    ),
    t(
        "callcentre-ivr",
        "call-centre log",
        """
ivr_session ani={mtel1.e164} dnis=[[0800]] lang=es
  menu=1 (seguros) then input_dni={mnat1.es}
  auth=ok name_on_policy="{mper1.caps_full}"
  transfer agent={mper2.handle}
  note="titular pide baja por fallecimiento de cónyuge {mper3.first_last} el {mdate1}"
""",
        ("es_ES",),
        ("ES",),
    ),
    # --- e-mail threads ----------------------------------------------------------
    t(
        "email-referral",
        "e-mail thread",
        """
From: {mper1.full} ({mmail1})
To: intake team
Cc: {mper2.full}
Date: {mdate1}
Subject: FW: referral -- {mper3.last_first} ({mdob1})

Hi both, forwarding the below. {mper3.first}'s mum is happy to be called on {mtel1}.
{mper1.first}

________ forwarded message follows ________
From: {mper4.caps_last_first}
Please see attached [[audiology report]]; [[bilateral sensorineural hearing loss]].
""",
        (),
    ),
    t(
        "email-hr-sick",
        "e-mail thread",
        """
Subject: Re: sick note
From: {mmail1}

Hiya {mper2.first},

Sorry for the late reply, been in bed with the [[shingles]]. Fit note attached from
Dr {mper3.last}, signed off till {mdate1}. Can you let payroll know? My NHS number is {mnat1.gb}.

Ta,
{mper1.first_initial}
Sent from my phone
""",
        ("en_GB",),
        ("GB",),
    ),
    t(
        "email-bank-pl",
        "e-mail thread",
        """
Od: {mper1.first_last}
Wysłano: {mdate1}
Do: reklamacje
Temat: reklamacja transakcji kartą {mcard1}

Dzień dobry,
nie rozpoznaję transakcji z dnia {mdate2}. Proszę o zwrot na rachunek {miban1}.
Mój numer telefonu: {mtel1}, PESEL {mnat1.pl}.

Z poważaniem
{mper1.caps_last}
""",
        ("pl_PL",),
        ("PL",),
    ),
    # --- tickets -------------------------------------------------------------------
    t(
        "ticket-it",
        "support ticket",
        """
#{mref1.ticket}  [P2] VPN drops for clinical user
Reporter: {mper1.handle_dash} ({mmail1})
Asset: laptop s/n {mdev1.serial}, Wi-Fi MAC {mmac1}
Last seen IP: {mip1}
Comment by {mper2.first_initial}: user works from home at {maddr1}, ISP router reboots nightly.
Status: [[waiting on vendor]]
""",
        (),
    ),
    t(
        "ticket-jira-ehr",
        "support ticket",
        """
EHR-4512: Merge duplicate patient records
Description:
  Two charts for the same person: {mmrn1} and {mmrn2}.
  {mper1.caret} (DOB {mdob1.hl7}) vs {mper1.caps_last_first} (DOB {mdob1.hl7})
  Registered at different sites; same phone {mtel1}.
Assignee: {mper2.login}
Labels: [[HIM]], [[MPI]]
""",
        (),
    ),
    t(
        "ticket-gdpr",
        "support ticket",
        """
Data subject access request -- SR {mref1.ticket}
Requester: {mper1.first_last} (verified by passport {mpass1})
Email: {mmail1}
Scope: all call recordings and chat logs since {mdate1}
Also named in records: ex-husband {mper2.full}, to be redacted before release.
Due: {mdate2}  Owner: {mper3.initial_glued}
""",
        (),
    ),
]


TEMPLATES_C = [
    # --- CSV / TSV exports -----------------------------------------------------------
    t(
        "csv-appointments",
        "CSV export",
        """
"appt_id";"patient";"dob";"phone";"postcode";"clinic";"reason"
"{mref1.ticket}";"{mper1.last_comma_tight}";"{mdob1.dot}";"{mtel1}";"{mpost1}";"[[Diabetology]]";\
"[[HbA1c review]]"
"{mref2.ticket}";"{mper2.last_comma_tight}";"{mdob2.dot}";"{mtel2}";"{mpost2}";"[[Podiatry]]";\
"[[nail surgery]]"
""",
        (),
    ),
    t(
        "tsv-lab-import",
        "CSV export",
        """
MRN\tNAME\tSEX\tDOB\tTEST\tVALUE\tUNITS
{mmrn1}\t{mper1.caps_last_comma_first_caps}\tM\t{mdob1.hl7}\t[[K]]\t6.1\tmmol/L
{mmrn2}\t{mper2.caps_last_comma_first_caps}\tF\t{mdob2.hl7}\t[[NA]]\t129\tmmol/L
""",
        (),
    ),
    t(
        "csv-bank-statement",
        "CSV export",
        """
Date,Description,Amount,Balance
{mdate1.iso},CARD PAYMENT TO [[TESCO STORES]],-23.40,1204.11
{mdate1.iso},FASTER PAYMENT FROM {mper1.caps} REF RENT {mper2.caps_last},650.00,1854.11
{mdate2.iso},DIRECT DEBIT [[COUNCIL TAX]],-142.00,1712.11
{mdate2.iso},TRANSFER TO {miban1.compact},-300.00,1412.11
""",
        ("en_GB", "en_IE"),
    ),
    # --- JSON exports -----------------------------------------------------------------
    t(
        "json-crm",
        "JSON export",
        """
{"customer": {"id": "{macct1.cust}", "displayName": "{mper1.full}",
  "email": "{mmail1}", "phones": ["{mtel1.e164}", "{mtel2.e164}"],
  "dob": "{mdob1.iso}", "address": {"line": "{maddr1}"},
  "segment": "[[retail-premier]]", "lastLoginIp": "{mip1}"},
 "notes": "spoke to {mper2.first} (daughter, POA)"}
""",
        (),
    ),
    t(
        "json-wearable",
        "JSON export",
        """
{
  "device": {"model": "[[HR band v3]]", "serial": "{mdev1.serial}", "bt_mac": "{mmac1}"},
  "owner": {"name": "{mper1.first_last}", "birthDate": "{mdob1.iso}"},
  "lastSync": {"at": "{mdate1.iso}T06:12:00Z", "from": "{mip1.v6}"},
  "homeLocation": "{mgeo1}"
}
""",
        (),
    ),
    t(
        "json-event-log",
        "JSON export",
        """
{"ts":"{mdate1.iso}T10:02:11Z","actor":"{mper1.login}","action":"[[chart.view]]",\
"patient_mrn":"{mmrn1}","src_ip":"{mip1}"}
{"ts":"{mdate1.iso}T10:02:59Z","actor":"{mper1.login}","action":"[[chart.print]]",\
"patient_mrn":"{mmrn1}","src_ip":"{mip1}"}
{"ts":"{mdate1.iso}T10:04:31Z","actor":"{mper1.login}","action":"[[export.pdf]]",\
"target":"{mper2.handle_under}.pdf"}
""",
        (),
    ),
    # --- HL7 v2 ------------------------------------------------------------------------
    t(
        "hl7-adt",
        "HL7 message",
        """
MSH|^~\\&|ADT|[[GENHOSP]]|LAB||{mdate1.hl7}0842||ADT^A04|{mref1.lab}|P|2.5
PID|1||{mmrn1}^^^GENHOSP^MR||{mper1.caret}||{mdob1.hl7}|F|||{maddr1.us}||{mtel1.nanp}
NK1|1|{mper2.caret}|[[SPO]]
PV1|1|O|CLINIC^^^||||{mlic1.npi}^{mper3.caret}
""",
        ("en_US",),
    ),
    t(
        "hl7-oru",
        "HL7 message",
        """
PID|||{mmrn1}||{mper1.caret}||{mdob1.hl7}|M
OBR|1|{mref1.lab}||[[24323-8^Comprehensive metabolic panel^LN]]||{mdate1.hl7}|||F
OBX|1|NM|[[2345-7^Glucose^LN]]||11.2|mmol/L|3.9-7.8|H
NTE|1||Critical value phoned to {mper2.first} {mper2.last} at {mtel1}
""",
        (),
    ),
    t(
        "hl7-vxu-ca",
        "HL7 message",
        """
PID|1||{mplan1.ohip}^^^ON^JHN||{mper1.caret}||{mdob1.hl7}|F||||||{mtel1}
RXA|0|1|{mdate1.hl7}||[[08^HepB-Peds^CVX]]|0.5|mL
RXA|0|1|{mdate2.hl7}||[[20^DTaP^CVX]]|0.5|mL
""",
        ("en_CA", "fr_CA"),
    ),
    # --- FHIR --------------------------------------------------------------------------
    t(
        "fhir-patient",
        "FHIR resource",
        """
{"resourceType": "Patient",
 "identifier": [{"system": "[[urn:oid:2.16.840.1.113883.2.1.4.1]]", "value": "{mnat1.gb}"},
                {"type": {"text": "local hospital number"}, "value": "{mmrn1}"}],
 "name": [{"use": "usual", "text": "{mper1.first} {mper1.last}", "family": "{mper1.last}"}],
 "telecom": [{"system": "phone", "use": "mobile", "value": "{mtel1}"},
             {"system": "email", "use": "home", "value": "{mmail1}"}],
 "birthDate": "{mdob1.iso}",
 "address": [{"use": "home", "text": "{maddr1}"}],
 "generalPractitioner": [{"display": "Dr {mper2.first_last}"}]}
""",
        ("en_GB",),
        ("GB",),
    ),
    t(
        "fhir-coverage",
        "FHIR resource",
        """
resourceType: Coverage
status: active
subscriberId: {mplan1.member}
beneficiary:
  display: {mper1.caps_last_first}
relationship: [[child]]
payor:
  - display: [[Aetna]]
period:
  start: {mdate1.iso}
""",
        (),
    ),
    t(
        "fhir-device",
        "FHIR resource",
        """
{"resourceType":"Device","udiCarrier":[{"carrierHRF":"{mdev1.udi}"}],
 "serialNumber":"{mdev2.implant}","type":{"text":"[[Implantable cardioverter-defibrillator]]"},
 "patient":{"display":"{mper1.full}","reference":"Patient/{mmrn1}"},
 "note":[{"text":"remote monitoring via gateway {mmac1} at {mip1}"}]}
""",
        (),
    ),
    # --- OCR'd scans -----------------------------------------------------------------
    t(
        "ocr-fax-referral",
        "OCR scanned document",
        """
--- Page 1 of 2 --- FAX FROM: {mfax1} --- {mdate1} 14:3l ---
REFERRAL F0RM
Patient narne: {mper1.ocr}, {mper1.caps_first}
D.0.B.: {mdob1}      Hosp. N o: {mmrn1.ocr}
Reas0n for referra1: [[suspected giant cell arteritis]]
Referr1ng clinician: {mper2.initial_last}
""",
        (),
    ),
    t(
        "ocr-id-card",
        "OCR scanned document",
        """
ocr_confidence=0.71
REPUBLICA ... CARTE D'IDENTITE / IDENTITY CARD
Nom/Surname  {mper1.caps_last}
Prenoms/Given names  {mper1.caps_first}
Ne(e) le/Date of birth  {mdob1.dot}
N°  {mpass1}
Adresse {maddr1}
""",
        ("fr_FR", "fr_BE", "fr_CH"),
    ),
    t(
        "ocr-receipt",
        "OCR scanned document",
        """
PHARMACIE DU CENTRE
    [[DOLIPRANE 1000MG CPR]]        3,20
    [[SPASFON LYOC 80MG]]           4,35
CB  {mcard1}
{mdate1}   12:44
Patient: {mper1.caps_last} {mper1.caps_first}
Carte Vitale: {mnat1.fr}
MERCI DE VOTRE VISITE
""",
        ("fr_FR",),
        ("FR",),
    ),
    # --- handwritten notes transcribed ------------------------------------------------
    t(
        "hand-nursing",
        "handwritten note transcription",
        """
[transcribed from handwritten nursing kardex; illegible words marked (?)]
nights -- {mper1.caps_last} settled, [[pressure areas intact]]. Son ({mper2.first}?) rang at 0200,
number left: {mtel1}. Said mum is {mage1} next week & wants to go home to {mtown1}.
[[Obs stable]]. -- {mper3.initial_nodot_last} (?) SN
""",
        (),
    ),
    t(
        "hand-gp-home",
        "handwritten note transcription",
        """
[scan of handwritten home-visit sheet]
Mrs {mper1.last} -- {maddr1}
seen w/ her niece {mper2.first_last}
[[BP 168/94]], [[ankles ++ oedema]]
then inc [[furosemide]] to 40mg
rv 1/52   {mper3.initials}
""",
        (),
    ),
    t(
        "hand-postit",
        "handwritten note transcription",
        """
(sticky note attached to file, transcribed)
call {mper1.first} back re: her dad's {mplan1.member} -- insurer wants the [[discharge letter]]
cell {mtel1}  after 4
-- {mper2.lower_first}
""",
        (),
    ),
    # --- civil registry ---------------------------------------------------------------
    t(
        "death-cert",
        "civil registry record",
        """
CERTIFIED COPY OF AN ENTRY -- DEATH
1. Date and place of death: {mdate1}, {maddr1}
2. Name and surname: {mper1.caps_full}
3. Sex: Female   Maiden surname: {mper2.caps_last}
4. Date and place of birth: {mdob1}, {mtown1}
5. Occupation and usual address: retired teacher, {maddr1}
7. Informant: {mper3.full}, daughter, present at the death
8. Cause of death: Ia [[metastatic carcinoma of the breast]]
""",
        ("en_GB", "en_IE", "en_NZ"),
    ),
    t(
        "birth-reg-ro",
        "civil registry record",
        """
CERTIFICAT DE NAȘTERE
Numele: {mper1.caps_last}    Prenumele: {mper1.first}
CNP: {mnat1.ro}
Data nașterii: {mdob1}
Locul nașterii: municipiul {mtown1}
Tatăl: {mper2.first_last}
Mama: {mper3.first_last}
Data eliberării: {mdate1}
""",
        ("ro_RO",),
        ("RO",),
    ),
    t(
        "marriage-gr",
        "civil registry record",
        """
ΛΗΞΙΑΡΧΙΚΗ ΠΡΑΞΗ ΓΑΜΟΥ
Σύζυγος Α: {mper1.caps_full}, ΑΜΚΑ {mnat1.gr}
Σύζυγος Β: {mper2.caps_full}
Ημερομηνία τέλεσης: {mdate1}
Τόπος: {mtown1}
Ληξίαρχος: {mper3.first_last}
""",
        ("el_GR",),
        ("GR",),
    ),
    # --- vaccination ------------------------------------------------------------------
    t(
        "vax-card",
        "vaccination record",
        """
Vaccination record / Carnet de vaccination
{mper1.caps_last_first}    née le {mdob1}
Vaccine                  | Date        | Lot        | Vaccinator
[[Comirnaty]]              | {mdate1}  | [[FK5618]]   | {mper2.initial_last}
[[Boostrix]]               | {mdate2}  | [[AC37B]]    | {mper3.initial_last}
""",
        ("fr_FR", "fr_CA", "fr_BE"),
    ),
    t(
        "vax-register-in",
        "vaccination record",
        """
Beneficiary reference ID: {mref1.ticket}
Name: {mper1.first_last}   Age: {mage1}   Gender: Female
ID verified: {mnat1.label} {mnat1.in}
Dose 2: [[COVISHIELD]] on {mdate1} at PHC {mtown1}, PIN {mpost1}
Vaccinated by: {mper2.full}
Registered mobile: {mtel1}
""",
        ("en_IN", "hi_IN"),
        ("IN",),
    ),
    t(
        "vax-travel-yellow",
        "vaccination record",
        """
INTERNATIONAL CERTIFICATE OF VACCINATION
This is to certify that {mper1.full}
date of birth {mdob1}, nationality ____, passport no. {mpass1}
whose signature follows ..{mper1.initial_last}..
has on the date indicated been vaccinated against: [[Yellow fever]]
Date {mdate1}  Signature of clinician {mper2.last}  Centre stamp: {mtown1}
""",
        (),
    ),
    # --- telematics and vehicles ---------------------------------------------------------
    t(
        "telematics-claim",
        "vehicle telematics report",
        """
Black-box report -- policy {mref1.claim}
Policyholder: {mper1.first_last}   Named driver: {mper2.first_last}
Vehicle: {mveh1.vin} (reg {mveh2.plate})
Event: [[harsh braking 0.62 g]] at {mdate1} 22:17
Position: {mgeo1}
Unit IMEI: {mdev1.imei}
""",
        (),
    ),
    t(
        "parking-fine-at",
        "vehicle telematics report",
        """
Anonymverfügung / Organstrafverfügung
Kennzeichen: {mveh1.plate}
Zulassungsbesitzer: {mper1.last_first}, {maddr1}
Tatzeit: {mdate1}, 09:12
Tatort: {mtown1}, [[Kurzparkzone]]
Überweisung auf: {miban1}
""",
        ("de_AT",),
    ),
    t(
        "fleet-log",
        "vehicle telematics report",
        """
fleet_id | driver           | plate       | vin                 | last_ping
[[F-07]]   | {mper1.initial_nodot_last} | {mveh1.plate} | {mveh2.vin} | {mgeo1}
[[F-12]]   | {mper2.initial_nodot_last} | {mveh3.plate} | {mveh4.vin} | {mgeo2}
""",
        (),
    ),
    # --- housing and tenancy -----------------------------------------------------------
    t(
        "tenancy-deposit",
        "tenancy record",
        """
TENANCY DEPOSIT CERTIFICATE
Landlord: {mper1.full}, {maddr1}
Tenant(s): {mper2.full}; {mper3.full}
Property: {maddr2}
Start date: {mdate1}
Deposit held in: {macct1.uk}
Lead tenant contact: {mtel1}, {mmail1.last}
""",
        ("en_GB",),
    ),
    t(
        "housing-benefit-lt",
        "tenancy record",
        """
Prašymas dėl būsto nuomos kompensacijos
Pareiškėjas: {mper1.caps_full}
Asmens kodas: {mnat1.lt}
Gyvenamoji vieta: {maddr1}
Šeimos nariai: {mper2.first_last} (sutuoktinė), {mper3.first} (vaikas)
Sąskaita kompensacijai: {miban1}
Data: {mdate1}
""",
        ("lt_LT",),
        ("LT",),
    ),
    t(
        "eviction-notice",
        "tenancy record",
        """
NOTICE TO QUIT
To: {mper1.caps_full} and all other occupiers
Of: {maddr1.us}
You are required to quit and deliver up possession on or before {mdate1.long}
for non-payment of rent ([[arrears as per schedule]]).
Served by: {mper2.full}, agent for the landlord, tel {mtel1.nanp}
""",
        ("en_US",),
    ),
    # --- pensions -----------------------------------------------------------------------
    t(
        "pension-stmt",
        "pension statement",
        """
ANNUAL BENEFIT STATEMENT
Member: {mper1.last_first}   Member no.: {macct1.cust}
Date of birth: {mdob1}   Date joined: {mdate1}
Nominated beneficiaries: {mper2.full} (60%), {mper3.full} (40%)
[[Projected annual pension at retirement]] shown in today's money.
""",
        (),
    ),
    t(
        "pension-ee",
        "pension statement",
        """
Pensionikeskus -- väljavõte
Nimi: {mper1.caps_last_space_first}
Isikukood: {mnat1.ee}
Pensionifond: [[II sammas]]
Kontonumber: {miban1}
Väljastatud: {mdate1}
""",
        ("et_EE",),
        ("EE",),
    ),
    t(
        "pension-centenarian",
        "pension statement",
        """
Life certificate (proof of existence) for pension payment abroad
Pensioner: {mper1.full}, aged {mage1}
Pension reference: {mref1.claim}
Residing at: {maddr1}
Witnessed by: {mper2.full}, notary public, on {mdate1}
Payment to: {miban1}
""",
        (),
    ),
    # --- probation and prison -----------------------------------------------------------
    t(
        "probation",
        "probation record",
        """
OFFENDER MANAGEMENT -- contact log
PNC: {mref1.case}   Name: {mper1.caps_last_first}   aka {mper1.handle}
{mdate1}: attended. Reports new partner {mper2.first_last}, lives at {maddr1}.
Licence condition: not to contact {mper3.full}. [[Risk level: medium]].
Tagged: EM device {mdev1.serial}
""",
        ("en_GB",),
    ),
    t(
        "prison-visit",
        "probation record",
        """
Visitor booking -- HMP
Prisoner: {mper1.caps_last}, {mper1.first}  No. {mref1.case}
Visitor 1: {mper2.first_last}, DOB {mdob1}, ID: driving licence {mlic1.dl}
Visitor 2: {mper3.first} (child, age 7)
Visit date: {mdate1}
Visitor vehicle: {mveh1.plate}
""",
        (),
    ),
    # --- home care -------------------------------------------------------------------
    t(
        "homecare-visits",
        "home care visit log",
        """
Carer app -- visit record
Client: {mper1.first_last} | Address: {maddr1}
| Time  | Carer       | Task                          |
| 07:30 | {mper2.first_initial} | [[medication prompt]], breakfast |
| 12:15 | {mper3.first_initial} | [[catheter bag change]]       |
| 18:00 | {mper2.first_initial} | meal, key safe locked          |
Check-in GPS: {mgeo1}
""",
        (),
    ),
    t(
        "homecare-it",
        "home care visit log",
        """
Assistenza domiciliare integrata -- diario
Assistito: {mper1.caps_last_space_first}, anni {mage1}
Indirizzo: {maddr1}
{mdate1}: [[medicazione lesione da pressione sacrale]], parametri stabili.
Caregiver: figlia {mper2.first_last}, cell. {mtel1}
Infermiere: {mper3.initial_last}
""",
        ("it_IT",),
    ),
    # --- SMS / messenger exports ----------------------------------------------------------
    t(
        "sms-export",
        "SMS export",
        """
sms_backup.xml (flattened)
address={mtel1.e164} date={mdate1.iso} type=received body="hi its {mper1.first} from the \
surgery, your [[smear test]] is due"
address={mtel1.e164} date={mdate1.iso} type=sent body="thanks can u book me in, my nhs number \
is {mnat1.gb}"
address={mtel2.e164} date={mdate2.iso} type=received body="{mper2.first_initial}: running late,\
 at {maddr1}"
""",
        ("en_GB",),
        ("GB",),
    ),
    t(
        "telegram-ua",
        "SMS export",
        """
Експорт чату
{mper1.first_last}, [{mdate1} 10:14]
Добрий день, це {mper1.first}. Мій номер картки для переказу: {mcard1}
{mper2.first_last}, [{mdate1} 10:20]
Надіслала. Номер РНОКПП для довідки: {mnat1.ua}
""",
        ("uk_UA",),
        ("UA",),
    ),
    # --- audit and access logs -------------------------------------------------------
    t(
        "audit-ehr",
        "access log",
        """
[{mdate1.iso} 03:12:44] WARN break-glass access: user={mper1.login} \
patient="{mper1.caps_last_comma_first_caps}" mrn={mmrn1}
[{mdate1.iso} 03:12:44] INFO client ip={mip1} mac={mmac1}
[{mdate1.iso} 03:13:02] INFO reason="[[emergency -- unconscious patient]]"
[{mdate1.iso} 03:40:19] INFO reviewed by privacy officer {mper2.full}
""",
        (),
    ),
    t(
        "apache-log",
        "access log",
        """
{mip1} - {mper1.handle} [{mdate1.dmy}:11:02:03 +0000] "GET /portal/results?mrn={mmrn1} \
HTTP/1.1" 200 5120
{mip2.v6} - - [{mdate1.dmy}:11:02:09 +0000] "POST /login HTTP/1.1" 302 0 "{murl1.portal}"
""",
        (),
    ),
    t(
        "wifi-radius",
        "access log",
        """
radius: Login OK: [{mper1.handle_under}] (from client [[ap-ward-3b]] port 0 cli {mmac1})
dhcpd: DHCPACK on {mip1} to {mmac1} ({mper1.first}-iPhone) via eth1
radius: Login OK: [{mper2.handle_under}] (from client [[ap-pharmacy]] port 0 cli {mmac2})
""",
        (),
    ),
    # --- customs -----------------------------------------------------------------------
    t(
        "customs-decl",
        "customs declaration",
        """
CN23 CUSTOMS DECLARATION
Sender: {mper1.full}, {maddr1}, tel {mtel1}
Addressee: {mper2.caps_full}, {maddr2}
Importer's reference (tax code/VAT no.): {mnat1}
Contents: [[prescription medication for personal use]], 3 boxes
Date: {mdate1}   Signature: {mper1.initial_last}
""",
        (),
        ("BR", "IN", "TR", "CN", "KR", "CL", "AR", "ZA"),
    ),
    t(
        "customs-seizure",
        "customs declaration",
        """
Notice of seizure -- postal item
Item: [[EMS parcel]] tracking {mref1.ticket}
Addressed to: {mper1.last_first}, {maddr1}
Declared: "vitamins". Found: [[tramadol 225 mg x 300]].
Recipient phone on label: {mtel1}
Officer: {mper2.last} (badge {mlic1.bar})
""",
        (),
    ),
    # --- transplant and genetics ----------------------------------------------------
    t(
        "organ-donor",
        "transplant registry record",
        """
Living donor work-up -- kidney
Donor: {mper1.full}, DOB {mdob1}, relationship: [[brother]]
Recipient: {mper2.full}, {mmrn1}
HLA typing sample: {mbio1}
Donor coordinator: {mper3.first_last}, {mtel1}
Decision date: {mdate1}. [[Crossmatch negative]].
""",
        (),
    ),
    t(
        "genetic-pedigree",
        "genetic counselling letter",
        """
Dear {mper1.first},

Thank you for coming to see me with your sister {mper2.first_last} on {mdate1}. As we
discussed, your mother's [[BRCA2]] variant ([[c.5946delT]]) means you have a 50% chance of
carrying it. Your aunt {mper3.full} in {mtown1} has agreed to share her result.

{mper4.first_last}
Genetic Counsellor, reg. {mlic1.cert}
""",
        (),
    ),
    t(
        "genetic-lab-req",
        "genetic counselling letter",
        """
Molecular genetics request
Proband: {mper1.caps_last_first}   DOB {mdob1}   NHS {mnat1.gb}
Family number: {mref1.lab}
Affected relative: {mper2.full} (deceased), [[Huntington disease]]
Sample: [[EDTA blood]]  Barcode {mbio1}
Requested by {mper3.initial_last}
""",
        ("en_GB",),
        ("GB",),
    ),
    # --- workers' compensation ---------------------------------------------------------
    t(
        "workcomp-first",
        "workers' compensation claim",
        """
FIRST REPORT OF OCCUPATIONAL INJURY -- employer's copy
Employee: {mper1.last_first_middle}   {mnat1.label}: {mnat1.us}
Home: {maddr1.us}   Phone: {mtel1.nanp}
Date of injury: {mdate1.us0}   Employee no.: {mref1.emp}
Description: [[fall from ladder]], [[fractured left wrist]].
Treating physician: {mper2.full}, {mfax1.nanp} (fax)
Supervisor: {mper3.caps_last_first}
""",
        ("en_US",),
        ("US",),
    ),
    t(
        "workcomp-au",
        "workers' compensation claim",
        """
Workers compensation claim form -- part B
Worker: {mper1.first_last}
Date of birth: {mdob1}   Tax file number: {mnat1.au}
Injury: [[lumbar strain]] lifting patient, {mdate1}
Nominated treating doctor: Dr {mper2.last}, provider no. {mlic1.ahpra}
Bank for weekly payments: {macct1.au}
""",
        ("en_NZ",),
        ("AU",),
    ),
]


TEMPLATES_D = [
    t(
        "dis-zh",
        "discharge summary",
        """
出院小结
姓名：{mper1.cjk}　　性别：女　　年龄：{mage1}岁
身份证号：{mnat1.cn}
住院号：{mmrn1}
入院日期：{mdate1}　　出院日期：{mdate2}
出院诊断：[[社区获得性肺炎]]
出院医嘱：[[阿莫西林克拉维酸钾]]，门诊随访。
家属：{mper2.cjk}，电话 {mtel1}
主治医师：{mper3.cjk}
""",
        ("zh_CN",),
        ("CN",),
    ),
    t(
        "clin-he",
        "clinical note",
        """
סיכום ביקור במרפאה
שם המטופל: {mper1.first_last}
{mnat1.label}: {mnat1.il}
תאריך: {mdate1}
אבחנה: [[יתר לחץ דם]]
טלפון: {mtel1}
רופא מטפל: ד"ר {mper2.last}
""",
        ("he_IL",),
        ("IL",),
    ),
    t(
        "kyc-th",
        "KYC review",
        """
แบบฟอร์มรู้จักลูกค้า (KYC)
ชื่อ-นามสกุล: {mper1.first_last}
เลขประจำตัวประชาชน: {mnat1.th}
วันเกิด: {mdob1.be}
ที่อยู่: {maddr1}
โทรศัพท์มือถือ: {mtel1}
ผลการตรวจสอบ: [[ผ่าน]]
""",
        ("th_TH",),
        ("TH",),
    ),
    t(
        "kyc-jp-mynumber",
        "KYC review",
        """
本人確認記録（犯罪収益移転防止法）
氏名：{mper1.cjk}
生年月日：{mdob1.ja_era}
住所：{maddr1.jp}
確認書類：[[マイナンバーカード]]（個人番号 {mnat1.jp} は記録しないこと）
確認日：{mdate1.cjk}
担当：{mper2.cjk}
""",
        ("ja_JP",),
        ("JP",),
    ),
    t(
        "appeal-kr",
        "insurance appeal",
        """
보험금 청구 이의신청서
신청인: {mper1.cjk}
주민등록번호: {mnat1.kr}
증권번호: {mref1.claim}
연락처: {mtel1}
주소: {maddr1}
내용: [[입원 일당]] 지급 거절에 대한 이의
신청일: {mdate1.ko}
""",
        ("ko_KR",),
        ("KR",),
    ),
    t(
        "ae-tw",
        "adverse-event report",
        """
藥品不良反應通報表
病人代號：{mper1.initials_nodot_last}
出生日期：{mdob1.roc}
病歷號：{mmrn1}
懷疑藥品：[[Carbamazepine]]
不良反應發生日期：{mdate1.roc}
通報者：{mper2.cjk}　藥師　電話 {mtel1}
""",
        ("zh_TW",),
    ),
    t(
        "fraud-romance",
        "fraud case",
        """
Romance-scam referral -- customer vulnerability flag
Customer: {mper1.first_last}, aged {mage1}
Sent 11 payments to "{mper2.first_last}", met on a dating site.
Profiles used by the scammer: {murl1.profile} and {murl2.profile}
Photos traced to an unrelated person: {murl3.photo}
Payments went to {miban1} and a card ending in the full number {mcard1} (reported by customer).
Branch contact: {mper3.initial_last}, {mtel1}
""",
        (),
    ),
    t(
        "telecom-cdr",
        "telecom subscriber record",
        """
PRODUCTION IN RESPONSE TO COURT ORDER {mref1.court}
Subscriber: {mper1.caps_last_first}
Billing address: {maddr1}
MSISDN: {mtel1.e164}   IMEI: {mdev1.imei}
Alt contact e-mail: {mmail1}
CALL DETAIL (extract)
{mdate1.iso} 21:04  MO  to {mtel2.e164}  dur 00:03:12  cell [[LAC 40213]]
{mdate1.iso} 21:40  MT  fr {mtel3.e164}  dur 00:00:41
""",
        (),
    ),
    t(
        "doc-metadata",
        "document metadata export",
        """
File: C:\\Users\\{mper1.login}\\Documents\\Referrals\\{mper2.last}_{mper2.first}_referral.docx
Title: [[Referral to memory clinic]]
Author: {mper1.full}
Last saved by: {mper3.caps_last_first}
Created: {mdate1.iso}
Company: {mtown1} Family Practice
Comments: [Comment 1] check pt's son's number {mtel1}
""",
        (),
    ),
    t(
        "photo-evidence",
        "evidence log",
        """
EXHIBIT LOG
Exh | Description                          | Link
1   | Custody photo, front                 | {murl1.photo}
2   | Injury photos taken by {mper1.initial_last} | {murl2.portal}
3   | Witness statement of {mper2.full}    | {murl3.short}
Subject: {mper3.caps_full}, DOB {mdob1}
Seized device: laptop MAC {mmac1}, serial {mdev1.serial}
""",
        (),
    ),
    t(
        "hr-slack",
        "chat transcript",
        """
#people-ops-private
{mper1.handle}  10:02  @{mper2.handle} can you check {mper3.first}'s fit note? it's in \
{murl1.portal}
{mper2.handle}  10:05  yep, [[occupational health]] referral done. her personal mail is \
{mmail1.last}
{mper1.handle}  10:06  ty. don't paste her mobile ({mtel1}) in here again pls
""",
        (),
    ),
    t(
        "schengen-visa",
        "immigration file",
        """
APPLICATION FOR SCHENGEN VISA -- fields 1-20 (keyed from paper form)
1. Surname (Family name): {mper1.caps_last}
3. First name(s): {mper1.caps_first}
4. Date of birth: {mdob1.dot}
5. Place of birth: {mtown1}
13. Travel document number: {mpass1}
17. Applicant's home address and e-mail: {maddr1}, {mmail1}
    Telephone: {mtel1}
20. Inviting person: {mper2.full}, {maddr2}
""",
        ("tr_TR", "az_AZ", "en_IN", "en_NG", "vi_VN", "id_ID", "en_PK"),
    ),
    t(
        "pharm-refill-call",
        "call-centre log",
        """
[pharmacy refill line -- voicemail transcript, auto-generated]
"hi this is {mper1.first} {mper1.last} calling about my mum's [[warfarin]] refill, her name is
{mper2.full}, date of birth {mdob1}, uh the prescription number is {mref1.rx},
you can call me back on {mtel1} thanks bye"
""",
        (),
    ),
    t(
        "school-enrol-ar",
        "school record",
        """
استمارة تسجيل طالب
اسم الطالب: {mper1.first_last}
تاريخ الميلاد: {mdob1.iso}
اسم ولي الأمر: {mper2.first_last}
رقم الجوال: {mtel1}
العنوان: {maddr1}
الرقم المدرسي: {mref1.student}
""",
        ("ar_SA",),
    ),
    t(
        "lab-ka",
        "laboratory report",
        """
ლაბორატორიული კვლევის შედეგი
პაციენტი: {mper1.first_last}
დაბადების თარიღი: {mdob1.dot}
ნიმუშის ნომერი: {mref1.lab}
[[ჰემოგლობინი]]: 132 g/L
ექიმი: {mper2.first_last}
ტელ.: {mtel1}
""",
        ("ka_GE",),
    ),
]

TEMPLATES_E = [
    t(
        "clin-id",
        "clinical note",
        """
CATATAN PERKEMBANGAN PASIEN TERINTEGRASI
Nama pasien : Ibu {mper1.first_last}        No. RM : {mmrn1}
Tgl. lahir  : {mdob1}          No. kartu BPJS : {mplan1.member}
Alamat      : {maddr1}
Tanggal     : {mdate1}
S : [[demam 3 hari]], mual. O : [[suhu 38,6]]. A : [[suspek demam berdarah]].
P : cek [[trombosit]] ulang besok. Keluarga (suami, Bapak {mper2.first}) dapat dihubungi di {mtel1}.
Dokter jaga : dr. {mper3.first_last}
""",
        ("id_ID",),
    ),
    t(
        "kyc-vn-branch",
        "KYC review",
        """
PHIẾU CẬP NHẬT THÔNG TIN KHÁCH HÀNG
Họ và tên: {mper1.caps_last_space_first}
Ngày sinh: {mdob1}
Số điện thoại: {mtel1}
Địa chỉ thường trú: {maddr1}
Số tài khoản: {macct1.us}
Người giới thiệu: {mper2.last_space_first}
Ngày cập nhật: {mdate1}
""",
        ("vi_VN",),
    ),
    t(
        "claim-tr",
        "insurance claim",
        """
Sayın {mper1.first_caps_last},

{mdate1} tarihli [[tamamlayıcı sağlık sigortası]] tazminat talebiniz alınmıştır.
Dosya no: {mref1.claim}
T.C. Kimlik No: {mnat1.tr}
Ödeme yapılacak IBAN: {miban1}
Eksik belge: [[epikriz raporu]]. Belgeyi {mmail1.any} adresine iletebilirsiniz.
Saygılarımızla, {mper2.initial_last}
""",
        ("tr_TR",),
        ("TR",),
    ),
    t(
        "police-fir-in",
        "police report",
        """
FIRST INFORMATION REPORT (Under Section 154 Cr.P.C.)
FIR No.: {mref1.case}     Date: {mdate1}
Complainant: Shri {mper1.full} S/o {mper2.full}
R/o: {maddr1.in}
Mobile: {mtel1}   PAN: {mnat1.in}
Accused: {mper3.caps} alias "{mper3.lower_first}", vehicle no. {mveh1.plate}
Brief facts: complainant's [[two-wheeler]] was stolen from outside the clinic.
""",
        ("en_IN",),
        ("IN",),
    ),
    t(
        "hr-leave-ke",
        "HR leave request",
        """
LEAVE APPLICATION FORM
Name of officer: {mper1.caps_last_first}   P/No. {mref1.emp}
KRA PIN: {mnat1.ke}
Type of leave: [[Annual leave]] / days applied: 14
Leave address: {maddr1}
Tel. while on leave: {mtel1}
Duties handed over to: {mper2.full}
Recommended by HOD: {mper3.initials}        Date: {mdate1}
""",
        ("en_KE", "sw"),
        ("KE",),
    ),
    t(
        "dis-it",
        "discharge summary",
        """
LETTERA DI DIMISSIONE
Gentile Collega,
la Sig.ra {mper1.first_caps_last}, nata il {mdob1} a {mtown1}, C.F. {mnat1.it},
ricoverata dal {mdate1} per [[frattura pertrocanterica femore destro]] trattata con
[[chiodo endomidollare]], viene dimessa in data odierna ({mdate2}).
Terapia: [[enoxaparina 4000 UI]] per 30 giorni.
Il medico di reparto, dott. {mper2.last}
""",
        ("it_IT",),
        ("IT",),
    ),
    t(
        "email-fr",
        "e-mail thread",
        """
De : {mper1.caps_last} {mper1.first}
Envoyé : {mdate1}
À : secrétariat médical
Objet : RE: RDV de ma mère, Mme {mper2.caps_last_space_first}

Bonjour,
Ma mère ne pourra pas venir jeudi, elle est hospitalisée à {mtown1}.
Vous pouvez me joindre au {mtel1}. Son numéro de sécurité sociale : {mnat1.fr}.
Cordialement,
{mper1.first_caps_last}
""",
        ("fr_FR",),
        ("FR",),
    ),
    t(
        "chat-remit-ph",
        "chat transcript",
        """
{mper1.first}: ate pa-send naman ng pambili ng gamot ni nanay, [[losartan]] ubos na
{mper2.first}: sige, GCash mo na lang. anong number ulit?
{mper1.first}: {mtel1}
{mper2.first}: ok sent na 2,000. ref {mref1.ticket}
{mper1.first}: salamat! ipapakita ko kay dok {mper3.last} bukas
""",
        ("fil_PH", "en_PH"),
    ),
    t(
        "rad-req-pt",
        "radiology request",
        """
REQUISIÇÃO DE MEIOS COMPLEMENTARES DE DIAGNÓSTICO
Utente: {mper1.full}
N.º de utente SNS: {mplan1.jp}
NIF: {mnat1.pt}
Data de nascimento: {mdob1}
Exame: [[ecografia abdominal]]
Informação clínica: [[elevação das transaminases]]
Médico requisitante: Dra. {mper2.first_last}, cédula prof. {mlic1.pharm}
""",
        ("pt_PT",),
        ("PT",),
    ),
    t(
        "amb-ng",
        "ambulance run sheet",
        """
EMERGENCY RESPONSE -- LASAMBUS
Patient: Alhaji {mper1.first_last}   Age: {mage1}
Pickup: {maddr1}
Caller: Chief {mper2.last} (landlord), {mtel1}
Landmark: opposite the [[filling station]]
Findings: [[left-sided weakness]], [[slurred speech]], onset 40 min.
Destination: [[LASUTH]]. Crew lead: {mper3.first_initial}
""",
        ("en_NG", "yo_NG", "ha_NG", "ig_NG"),
    ),
    t(
        "mort-nl",
        "mortgage file",
        """
Hypotheekaanvraag -- persoonsgegevens
Aanvrager 1: dhr. {mper1.initials} {mper1.last}, geboren {mdob1}
BSN: {mnat1.nl}
Aanvrager 2: mevr. {mper2.full}
Adres onderpand: {maddr1.nl}
Werkgeversverklaring ondertekend door {mper3.first_last} op {mdate1}
Rekeningnummer voor incasso: {miban1}
""",
        ("nl_NL",),
        ("NL",),
    ),
    t(
        "payroll-w2",
        "payroll export",
        """
box a -- employee SSN/ITIN ........ {mnat1.us}
b Employer identification number      [[see box c]]
e Employee's first name and initial   {mper1.first}
  Last name                           {mper1.caps_last}
box f -- employee mailing address .. {maddr1.us}
1 Wages, tips, other compensation     48210.55
14 Other  [[CASDI]] 530.31
Control number: {mref1.emp}
""",
        ("en_US",),
        ("US",),
    ),
]

TEMPLATES = [*TEMPLATES_A, *TEMPLATES_B, *TEMPLATES_C, *TEMPLATES_D, *TEMPLATES_E]

SPLIT = Split(
    name="heldout_m",
    templates=TEMPLATES,
    seeds=range(84280001, 84280401),
    locales=tuple((loc, 1) for loc in LOCALES),
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    # M writes none of the shape slots; check_split asks every split for them.
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("M-########",)
    ),
    date_formats=("%Y-%m-%d",),
)
