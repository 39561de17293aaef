"""Split T (session 34): written by an author barred from the redactor, its results and every
other split's templates and forms. Merged unwired; held out in session 37 (run once, after the
freeze); DEV-side (tuned on) since session 38.

Documents as they are laid out in many countries and systems: clinical notes and discharge
letters, HL7 v2 and FHIR, claims and KYC files, payment messages, e-mail threads, chats,
scans with OCR damage, exports and tables. Every identifier is a slot (t_forms.py draws
them); `[[...]]` marks words that must stay readable.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.t_forms import SCHEMES

T_SEEDS = range(84350001, 84350401)


def _t(  # noqa: PLR0917 - one call per template, read as a row
    tid: str,
    doc_type: str,
    text: str,
    locales: tuple[tuple[str, int], ...] = (),
    ids: tuple[str, ...] = (),
    dates: tuple[str, ...] = (),
) -> Template:
    return Template(f"t-{tid}", doc_type, text, locales, ids, dates)


DE = (("de_DE", 5), ("de_AT", 2), ("de_CH", 2))
FR = (("fr_FR", 5), ("fr_BE", 2), ("fr_CH", 1), ("fr_CA", 2))
ES = (("es_ES", 3), ("es_MX", 3), ("es_AR", 2), ("es_CO", 2), ("es_CL", 2))
PT = (("pt_BR", 3), ("pt_PT", 2))
NORDIC = (("sv_SE", 2), ("no_NO", 2), ("da_DK", 2), ("fi_FI", 2), ("is_IS", 1))
EAST = (("pl_PL", 2), ("cs_CZ", 2), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 2), ("hr_HR", 1))
ASIA = (("ja_JP", 2), ("ko_KR", 2), ("zh_CN", 2), ("zh_TW", 1), ("th_TH", 1), ("vi_VN", 1))
ENGLISH = (("en_US", 4), ("en_GB", 3), ("en_IE", 1), ("en_AU", 2), ("en_NZ", 1), ("en_CA", 2))
EN_WORLD = (("en_IN", 2), ("en_NG", 1), ("en_KE", 1), ("en_PH", 1), ("en_PK", 1))

TEMPLATES: list[Template] = [
    # --- clinical note -----------------------------------------------------------------
    _t(
        "clin-soap",
        "clinical note",
        """PROGRESS NOTE (SOAP)
Pt: {tper1.last_first}   DOB {tdob1}   MRN {tmrn1}
Seen {tdate1} by {tper2.initials}, [[GP registrar]]

S: {tper1.first} reports 3/7 of productive cough, worse at night. Lives with daughter
{tper3.first_last} at {taddr1}. Daughter's mobile {ttel1}.
O: [[SpO2]] 94% RA, T 38.1, RR 22. Coarse creps R base.
A: [[community-acquired pneumonia]], [[CURB-65]] score 1.
P: [[amoxicillin 500 mg]] TDS x5/7; safety-netting advice given; review if no better.
""",
    ),
    _t(
        "clin-geriatric",
        "clinical note",
        """Geriatrics clinic - {tdate1.long}
{tper1.caps_last_first} ({tage1} years), NHI/ID {tnat1}
Accompanied by son {tper2.full}, who holds lasting power of attorney.
History: falls x2 since spring; on [[apixaban 2.5 mg]] BD for [[atrial fibrillation]].
[[Timed Up and Go]] 24 s. [[MMSE]] 21/30.
Plan: OT home visit to {taddr1.street}; bloods incl. [[eGFR]]; return in 6 weeks.
Dictated by {tper3.initials}, not yet verified.
""",
    ),
    _t(
        "clin-ed-triage",
        "clinical note",
        """ED TRIAGE  |  arrival {tdate1.hl7t}  |  bay 14
name......: {tper1.caps}
born......: {tdob1.iso}     sex: F
contact...: {ttel1.intl}
NOK.......: {tper2.first_last} (partner) {ttel2}
complaint.: chest tightness radiating to L arm, onset 40 min
[[ECG]]: sinus rhythm, no ST elevation. [[Troponin]] sent.
triage cat: [[ATS 2]]   nurse: {tper3.first_initial}
""",
    ),
    _t(
        "clin-psych",
        "clinical note",
        """Mental health review
Client {tper1.full} (preferred name "{tper1.first}") was seen at home, {taddr1}.
Care coordinator: {tper2.last_first_initial}. GP: Dr {tper3.last}.
Mood low since losing job at the depot on {tdate1}. Denies active plan.
[[PHQ-9]] 17. Continues [[sertraline 100 mg]] mane.
Crisis line card given; next contact booked {tdate2}.
""",
    ),
    _t(
        "clin-de-arztbrief",
        "clinical note",
        """Ambulanter Befund vom {tdate1.de}
Patient/in: {tper1.last}, {tper1.first}, geb. {tdob1.de}
Versichertennr.: {tplan1}
Anschrift: {taddr1}

Anamnese: seit drei Tagen [[Dysurie]], kein Fieber.
Befund: Nierenlager frei. [[Urinstix]]: Leukozyten +++, Nitrit positiv.
Therapie: [[Fosfomycin 3 g]] einmalig.
Mit freundlichen Grüßen
{tper2.full}, Fachärztin für Allgemeinmedizin
""",
        DE,
        ("DE",),
    ),
    _t(
        "clin-jp-karte",
        "clinical note",
        """外来診療記録
患者氏名: {tper1.family_given}
生年月日: {tdob1.jp}
住所: {taddr1}
電話: {ttel1}
受診日: {tdate1.jp}
主訴: 頭痛、めまい
処方: [[ロキソプロフェン 60mg]] 1日3回
担当医: {tper2.family_given}
""",
        (("ja_JP", 1),),
    ),
    # --- discharge summary -------------------------------------------------------------
    _t(
        "dis-cardiac",
        "discharge summary",
        """DISCHARGE SUMMARY
Patient: {tper1.last_first_middle}        Hospital no: {tmrn1}
In from {tdate1.mon}, home on {tdate2.mon}
Consultant: {tper2.caps_last_first}

[[Diagnosis]]: [[NSTEMI]]; [[PCI]] to LAD with one drug-eluting stent.
[[Medications on discharge]]:
  [[aspirin 75 mg]] OD, [[ticagrelor 90 mg]] BD for 12 months, [[atorvastatin 80 mg]] ON
Follow-up: cardiac rehab; GP to check [[U&E]] in one week.
Copy to: {tper3.initials}, practice fax {tfax1}
""",
    ),
    _t(
        "dis-obstetric",
        "discharge summary",
        """Postnatal discharge
Mother: {tper1.first_last}, ID {tnat1}
Baby: {tper2.first} {tper1.last}, born {tdate1} at 03:12, [[3.4 kg]]
Feeding: breast. [[Vitamin K]] given IM. [[Newborn hearing screen]]: pass.
Community midwife {tper3.full} will visit {taddr1}.
Contact {ttel1} for any concerns.
""",
    ),
    _t(
        "dis-fr-cr",
        "discharge summary",
        """Pneumologie -- lettre de sortie du séjour
Patient(e) {tper1.caps_last} {tper1.first}, née/né le {tdob1.eu} -- IPP {tmrn1}
Sécurité sociale (NIR) {tnat1.fr}
Hospitalisé(e) du {tdate1.eu} au {tdate2.eu}

Motif d'entrée : [[exacerbation de BPCO]] sur infection virale.
À la sortie : [[tiotropium 18 µg]] le matin, [[prednisolone 30 mg]] pendant 5 jours.
Copie au médecin traitant, Dr {tper2.last_first}, {taddr1}
""",
        FR,
        ("FR",),
    ),
    _t(
        "dis-ortho-list",
        "discharge summary",
        """Orthopaedics :: discharge checklist
[x] Name band checked -- {tper1.caps_last_first_all}
[x] Wound: clean, dressing [[Mepore]] changed {tdate1.short}
[x] [[Enoxaparin 40 mg]] SC x 28 days, district nurse to {taddr1.lines}
[x] Next of kin informed: {tper2.last_space_first}, tel {ttel1}
[ ] Fracture clinic letter -- posted to {tpost1}
Signed {tper3.initial_last}
""",
    ),
    _t(
        "dis-es-informe",
        "discharge summary",
        """INFORME DE ALTA
Paciente: {tper1.first} {tper1.last}
{tnat1.label}: {tnat1}
Ingresó el {tdate1} y se va de alta el {tdate2}
Diagnóstico principal: [[colecistitis aguda]]
Procedimiento: [[colecistectomía laparoscópica]]
Tratamiento: [[paracetamol 1 g]] cada 8 h si dolor.
Médico responsable: Dra. {tper2.full}
""",
        ES,
        ("ES", "MX", "AR", "CL"),
        ("%d/%m/%Y", "{d} de {month:es} de %Y"),
    ),
    # --- radiology request ------------------------------------------------------------
    _t(
        "rad-ct",
        "radiology request",
        """REQUEST FOR IMAGING
Exam wanted: [[CT abdomen/pelvis with contrast]], portal venous phase
Patient {tper1.last_first} | MRN {tmrn1} | DOB {tdob1.us}
Weight 82 kg. [[eGFR]] 71. Allergies: [[iodinated contrast]] - none known.
Clinical question: ?[[appendicitis]], RIF pain, WCC 14.
Requested by {tper2.full} on {tdate1}, contact {ttel2}
Pregnancy status confirmed negative.
""",
    ),
    _t(
        "rad-mri-hl7",
        "radiology request",
        """MSH|^~\\&|ORDERCOMMS|WARD9|RIS|IMG|{tdate1.hl7t}||ORM^O01|{tref1}|P|2.3
PID|1||{tmrn1}^^^ORTHO^MR||{tper1.hl7}||{tdob1.hl7}|M||2106-3|{taddr1}||{ttel1}
ORC|NW|{tref2}||||||||||{tper2.hl7}
OBR|1|||[[MRI lumbar spine]]|||||||||[[cauda equina]] red flags
""",
    ),
    _t(
        "rad-de-anforderung",
        "radiology request",
        """Anforderung Röntgen
Name, Vorname: {tper1.last_first}
Geburtsdatum: {tdob1.de}
Station: Unfallchirurgie, Zimmer 12
Untersuchung: [[Röntgen Handgelenk]] in 2 Ebenen
Fragestellung: [[distale Radiusfraktur]]?
Anforderung durch: {tper2.full} am {tdate1.de}
Rückruf: {ttel1}
""",
        DE,
    ),
    _t(
        "rad-us-dental",
        "radiology request",
        """Dental radiograph request ({tdate1.iso})
Pt {tper1.first_last}, chart {tmrn1}
Region: [[lower left third molar]]; view: [[OPG]]
Reason: pericoronitis, planning extraction
Requesting dentist {tper2.initial_last} (reg. {tlic1.gmc})
""",
    ),
    # --- insurance claim --------------------------------------------------------------
    _t(
        "claim-cms",
        "insurance claim",
        """HEALTH INSURANCE CLAIM FORM
1a. INSURED'S I.D. NUMBER ........ {tplan1}
2.  PATIENT'S NAME (Last, First) .. {tper1.caps_last_first}
3.  PATIENT'S BIRTH DATE .......... {tdob1.us}
5.  PATIENT'S ADDRESS ............. {taddr1.us}
    TELEPHONE ..................... {ttel1.us}
11. INSURED'S POLICY GROUP ........ [[GRP PPO-2]]
21. DIAGNOSIS ..................... [[E11.9]]  [[I10]]
24. DATE OF SERVICE {tdate1.us}  CPT [[99214]]  CHARGES 185.00
25. FEDERAL TAX I.D. / SSN ........ {tnat1.us}
31. SIGNATURE OF PHYSICIAN ........ {tper2.full}  NPI {tlic1.npi}
""",
        ENGLISH,
    ),
    _t(
        "claim-travel",
        "insurance claim",
        """Travel insurance - medical expenses claim
Claim ref: {tref1}
Policy holder: {tper1.full}   Policy no. {tplan1}
Date of incident: {tdate1.long}
What happened: slipped on wet steps near the harbour in {ttown1}; treated at the local
clinic, [[X-ray]] showed [[fractured fibula]].
Paid out of pocket with card {tcard1}.
Please reimburse to IBAN {tiban1} (account holder {tper1.first_last}).
Passport: {tpass1}
""",
    ),
    _t(
        "claim-motor",
        "insurance claim",
        """MOTOR CLAIM NOTIFICATION
Our ref {tref1} | Policy {tplan1}
Driver: {tper1.last_first}, licence {tlic1}
Vehicle: {tveh1.plate}  VIN {tveh2.vin}
Third party: {tper2.full}, reg {tveh3.plate}, insurer unknown
Location: junction outside {taddr1}, approx. {tgeo1}
Date/time: {tdate1}
Damage: nearside rear quarter; [[no injuries reported]]
""",
    ),
    _t(
        "claim-dental-nl",
        "insurance claim",
        """Declaratie tandarts
Verzekerde: {tper1.first} {tper1.last}
BSN: {tnat1.nl}
Polisnummer: {tplan1}
Behandeldatum: {tdate1.nl}
Prestatie: [[C11]] periodiek mondonderzoek, [[M03]] gebitsreiniging
Rekeningnummer: {tiban1.grouped}
Handtekening verzekerde: {tper1.initials}
""",
        (("nl_NL", 4), ("nl_BE", 1)),
    ),
    _t(
        "claim-pet-excluded",
        "insurance claim",
        """Claim review worksheet -- life and disability
Claimant ........ {tper1.caps}
Date of birth ... {tdob1}
Employer ........ logistics firm (payroll contact {tper2.last_first})
Onset of illness  {tdate1}
Diagnosis ....... [[lumbar disc prolapse]] L4/5
Treating doctor . {tper3.full}, {tlic1}
Benefit account . {tacct1}
Assessor notes: [[own occupation]] definition applies; request [[MRI report]].
""",
    ),
    # --- KYC review --------------------------------------------------------------------
    _t(
        "kyc-onboard",
        "KYC review",
        """KYC REVIEW - RETAIL ONBOARDING
Case: {tref1}            Analyst: {tper2.initial_last}
Applicant: {tper1.full}
DOB: {tdob1.iso}        Nationality: see document
ID document: passport {tpass1.mrz} (check digit verified)
National ID: {tnat1} ({tnat1.label})
Residential address: {taddr1}
Address evidence: water bill of {tdate1}
Selfie match: {tphoto1}   score 0.93
Device IP at application: {tip1}
[[PEP screening]] clear; [[Sanctions screening]] clear (two lists).
Outcome: [[approved - standard due diligence]]
""",
    ),
    _t(
        "kyc-edd",
        "KYC review",
        """Enhanced due diligence memo
Subject: {tper1.caps_last_first}
Also known as: {tper1.last_initial}
Source of wealth: sale of a dental practice; proceeds received {tdate1} into {tiban1}
Beneficial owner of a holding company together with {tper2.full} (DOB {tdob2})
Adverse media: one local news item naming {tper1.last} ({turl1})
Risk rating: [[HIGH]], lowered to [[MEDIUM]] after review
Reviewer {tper3.caps_last}, 2nd line sign-off pending
""",
    ),
    _t(
        "kyc-br",
        "KYC review",
        """Análise cadastral - abertura de conta
Nome completo: {tper1.full}
CPF: {tnat1.br}
Data de nascimento: {tdob1.eu}
Endereço: {taddr1}
Celular: {ttel1}
E-mail: {tmail1}
Documento com foto: {tphoto1}
Resultado: [[aprovado]] - [[PEP]] não
Analista: {tper2.first_last}
""",
        PT,
        ("BR",),
    ),
    _t(
        "kyc-ocr-idcard",
        "KYC review",
        """[OCR extract - ID card front, confidence 0.81]
SURNAME / NOM      {tper1.ocr_caps}
GIVEN NAMES        (see above)
DATE OF BIRTH      {tdob1.monup}
DOCUMENT NO        {tpass1}
PERSONAL NO        {tnat1}
ADDRESS            {taddr1}
[check] face image stored at {tphoto1}
[[manual review required]]: surname field merged with given names
""",
    ),
    _t(
        "kyc-business",
        "KYC review",
        """Periodic review - sole trader
Account holder: {tper1.last_first}
Trading as: cleaning services
Business account: {tacct1}    sort/branch on file
Card on file: {tcard1}
Registered address: {taddr1}; correspondence to {tpost1}
Phone verified by OTP: {ttel1.e164}
Last login: {tdate1} from {tip1}
[[no change in risk]]
""",
    ),
    # --- fraud case --------------------------------------------------------------------
    _t(
        "fraud-card",
        "fraud case",
        """FRAUD CASE {tref1}
Type: [[card-not-present]]
Cardholder: {tper1.full} - card {tcard1}
Disputed transactions: 4, first on {tdate1}
Merchant: online electronics, ship-to {taddr1}
Ship-to name: {tper2.first_last} (not the cardholder)
Order IP: {tip1}; device fingerprint {tdev1}
Action: card blocked, [[chargeback reason code 10.4]]
Investigator: {tper3.last_first_initial}
""",
    ),
    _t(
        "fraud-app",
        "fraud case",
        """Application fraud referral
Applicant name: {tper1.first_last}
Stated DOB {tdob1} / SSN {tnat1.us}
[[synthetic identity]] indicators:
 - SSN issued after stated DOB pattern
 - phone {ttel1} shared with 3 other applications
 - email {tmail1} created the same day
 - address {taddr1.us} is a mail drop
Linked applicant: {tper2.caps_last_first} ({tref2})
Decision: [[decline]], report to bureau
""",
        ENGLISH,
    ),
    _t(
        "fraud-romance",
        "fraud case",
        """Case notes - suspected romance scam (customer vulnerable)
Customer {tper1.last_first}, aged {tage1}, called branch on {tdate1}.
Wanted to send a third payment to {tper2.full}, "a surgeon working abroad".
Beneficiary account {tiban1}; earlier payments {tdate2} and {tdate3}.
The contact's profile: {turl1}
Daughter {tper3.first} {tper1.last} joined the call, tel {ttel1}.
[[Banking Protocol]] invoked; police ref {tref1}.
""",
    ),
    _t(
        "fraud-insurance",
        "fraud case",
        """SIU referral - staged collision ring
Claimants: {tper1.caps}, {tper2.caps}, {tper3.caps}
Same repair garage, same recovery firm; vehicles {tveh1}, {tveh2}
Claimant 1 phone {ttel1} also on file for claimant 3.
Dashcam from insured vehicle {tveh3.vin} shows deliberate brake check.
Loss location {tgeo1}
[[refer to police]] -- SIU handler {tper4.initial_last}
""",
    ),
    _t(
        "fraud-de-geldwaesche",
        "fraud case",
        """Verdachtsmeldung (interne Vorprüfung)
Kunde: {tper1.last}, {tper1.first}
{tnat1.label}: {tnat1.de}
Konto: {tiban1}
Auffälligkeit: 11 Bareinzahlungen knapp unter Schwellenwert zwischen {tdate1} und {tdate2}
Gegenpartei: {tper2.full}, {taddr1}
Bewertung: [[Smurfing]] wahrscheinlich
Sachbearbeitung: {tper3.initial_last}
""",
        DE,
        ("DE",),
    ),
    # --- HR leave request -------------------------------------------------------------
    _t(
        "hr-leave-form",
        "HR leave request",
        """LEAVE APPLICATION
Employee name: {tper1.full}            Employee no: {tref1}
Manager: {tper2.last_first}
Type of leave: [[parental leave]]
From {tdate1} to {tdate2} inclusive
Reason / notes: birth of child expected {tdate3}
Contact while away: {ttel1} / {tmail1}
Approved [ ]  Declined [ ]    HR: {tper3.initials}
""",
    ),
    _t(
        "hr-leave-email",
        "HR leave request",
        """Subject: sick leave - {tper1.first_last}
From: {tmail1}
Date: {tdate1}

Hi {tper2.first},
My GP ({tper3.full}) has signed me off for two weeks with [[labyrinthitis]], fit note
attached. I won't be able to drive in. My cover for the {ttown1} accounts is {tper4.first}.
Thanks, {tper1.first}
""",
    ),
    _t(
        "hr-leave-fr",
        "HR leave request",
        """Demande de congé
Nom : {tper1.last}   Prénom : {tper1.first}
Matricule : {tref1}
Service : comptabilité
Nature : [[congés payés]]
Du {tdate1.eu} au {tdate2.eu} (10 jours ouvrés)
Adresse pendant le congé : {taddr1}
Visa du responsable : {tper2.full}
""",
        FR,
    ),
    _t(
        "hr-leave-hris",
        "HR leave request",
        """workday_export.csv (1 row)
worker_id,legal_name,preferred_name,absence_type,start,end,approver,approver_email
{tref1},"{tper1.last_first}",{tper1.first},[[Bereavement]],{tdate1.iso},{tdate2.iso},{tper2.full},{tmail2}
""",
    ),
    # --- chat transcript ---------------------------------------------------------------
    _t(
        "chat-bank",
        "chat transcript",
        """[Live chat - card services]
[10:02] Bot: Hi! Can I take your full name?
[10:02] Customer: {tper1.lower}
[10:03] Bot: Thanks. And date of birth?
[10:03] Customer: {tdob1.short}
[10:04] Agent {tper2.first}: I can see card {tcard1} was used at 09:51
[10:05] Customer: not me!! block it pls. my new number is {ttel1}
[10:06] Agent {tper2.first}: Done - [[card frozen]]. Replacement goes to {taddr1}.
""",
    ),
    _t(
        "chat-telehealth",
        "chat transcript",
        """Patient messaging thread - {tdate1}
{tper1.first_last}: hi doctor, the [[metformin]] is upsetting my stomach again
Dr {tper2.last}: Sorry to hear. Are you taking it with food?
{tper1.first_last}: yes. my sugar was 11 this morning. mum ({tper3.full}) says switch to the
  slow release one?
Dr {tper2.last}: Let's try [[metformin MR 500 mg]]. Sent to the pharmacy at {tpost1}.
  Book a [[HbA1c]] for {tdate2}.
""",
    ),
    _t(
        "chat-whatsapp",
        "chat transcript",
        """{tdate1.eu}, 21:14 - {tper1.first}: r u coming tmrw?
{tdate1.eu}, 21:15 - {tper2.first_initial}: ya, send me the address again
{tdate1.eu}, 21:15 - {tper1.first}: {taddr1}
{tdate1.eu}, 21:16 - {tper1.first}: ring {ttel1} when outside, buzzer broken
{tdate1.eu}, 21:20 - {tper2.first_initial}: ok. bringing {tper3.first} too
""",
    ),
    _t(
        "chat-support-es",
        "chat transcript",
        """Chat soporte - operador {tper2.first}
Cliente: hola, no me llega el código al {ttel1}
Operador: ¿Me confirma su nombre completo y {tnat1.label}?
Cliente: {tper1.full}, {tnat1}
Operador: Gracias. Veo un inicio de sesión desde {tip1} el {tdate1}, ¿fue usted?
Cliente: no!!
Operador: He [[bloqueado el acceso]]. Le escribimos a {tmail1}.
""",
        ES,
        ("ES", "MX", "AR", "CL"),
    ),
    _t(
        "chat-slack",
        "chat transcript",
        """#ward-7-handover
{tper1.handle}  07:41  anyone seen the [[Datix]] for bed 12?
{tper2.handle}  07:42  yes, mr {tper3.caps_last} fell overnight, no head injury
{tper2.handle}  07:42  son is {tper4.first_last} {ttel1} -- he wants a call before 10
{tper1.handle}  07:44  ok. [[neuro obs]] hourly til noon
""",
    ),
]
TEMPLATES += [
    # --- HL7 v2 admission ---------------------------------------------------------------
    _t(
        "hl7-adt-a01",
        "HL7 ADT message",
        """MSH|^~\\&|PAS|MAIN|EPR|MAIN|{tdate1.hl7t}||ADT^A01|{tref1}|P|2.4
EVN|A01|{tdate1.hl7t}
PID|1||{tmrn1}^^^PAS^MR~{tnat1}^^^GOV^NI||{tper1.hl7}||{tdob1.hl7}|F|||{taddr1}||{ttel1}|||||{tacct1}
NK1|1|{tper2.hl7}|SPO|{taddr2}|{ttel2}
PV1|1|I|AMU^BED4||||{tlic1}^{tper3.hl7}|||[[MED]]
""",
    ),
    _t(
        "hl7-oru",
        "HL7 ADT message",
        """MSH|^~\\&|LIS|LAB|EPR|WARD|{tdate1.hl7t}||ORU^R01|{tref1}|P|2.5.1
PID|||{tmrn1}||{tper1.hl7}||{tdob1.hl7}|M
OBR|1||{tref2}|[[24323-8^Comprehensive metabolic panel^LN]]
OBX|1|NM|[[2345-7^Glucose^LN]]||7.9|[[mmol/L]]|3.9-5.5|H
OBX|2|NM|[[2160-0^Creatinine^LN]]||131|[[umol/L]]|59-104|H
NTE|1||Phoned to {tper2.full} on ward, read back correct
""",
    ),
    _t(
        "hl7-vxu",
        "HL7 ADT message",
        """MSH|^~\\&|CLINIC|PEDS|IIS|STATE|{tdate1.hl7t}||VXU^V04|{tref1}|P|2.5.1
PID|1||{tmrn1}^^^CLINIC^MR||{tper1.hl7}|{tper2.hl7}|{tdob1.hl7}|M|||{taddr1.us}||{ttel1.us}
NK1|1|{tper2.hl7}|MTH
RXA|0|1|{tdate2.hl7}||[[08^Hep B, adolescent or pediatric^CVX]]|0.5|[[mL]]
""",
        ENGLISH,
    ),
    # --- FHIR -------------------------------------------------------------------------
    _t(
        "fhir-patient",
        "FHIR resource",
        """POST /fhir/R4/Patient  (body as logged by the integration engine)
{"resourceType":"Patient","active":true,
 "identifier":[{"type":{"text":"[[hospital number]]"},"value":"{tmrn1}"},
   {"type":{"text":"[[national identifier]]"},"value":"{tnat1}"}],
 "name":[{"given":["{tper1.first}"],"family":"{tper1.last}","use":"usual"}],
 "telecom":[{"value":"{ttel1.e164}","system":"phone","rank":1},
   {"value":"{tmail1}","system":"email","rank":2}],
 "gender":"female","birthDate":"{tdob1.iso}",
 "address":[{"use":"home","text":"{taddr1}","postalCode":"{tpost1}"}],
 "photo":[{"contentType":"image/jpeg","url":"{tphoto1}"}]}
""",
    ),
    _t(
        "fhir-obs",
        "FHIR resource",
        """Bundle entry 3 of 7
  Observation/[[blood-pressure]]
  status: final
  subject.display: {tper1.full}
  subject.reference: Patient/{tref1.uuid}
  effectiveDateTime: {tdate1.fhir}
  component[0]: [[systolic]] 148 [[mmHg]]
  component[1]: [[diastolic]] 92 [[mmHg]]
  device.display: home cuff serial {tdev1.serial}
  performer.display: {tper2.last_first}
""",
    ),
    _t(
        "fhir-coverage",
        "FHIR resource",
        """resourceType=Coverage
status=active
subscriberId={tplan1}
beneficiary=Patient ({tper1.first_last})
relationship=[[child]]
policyHolder={tper2.first_last}, born {tdob2.iso}
period.start={tdate1.iso}
payor.display=[[statutory health insurance]]
""",
    ),
    # --- lab report --------------------------------------------------------------------
    _t(
        "lab-fbc",
        "lab result report",
        """PATHOLOGY REPORT                         Lab no: {tref1}
Patient: {tper1.caps_last_first}    DOB: {tdob1}    Sex: M
Requesting: {tper2.initials}     Collected: {tdate1}
--------------------------------------------------------------
Test            Result     Units        Ref range
[[Haemoglobin]]     98      [[g/L]]       130-170   L
[[MCV]]             71      [[fL]]         80-100   L
[[Ferritin]]         6      [[ug/L]]       30-400   L
--------------------------------------------------------------
Comment: picture of [[iron deficiency]]; suggest coeliac serology.
Authorised by {tper3.full}
""",
    ),
    _t(
        "lab-pcr-pl",
        "lab result report",
        """WYNIK BADANIA
Pacjent: {tper1.full}
PESEL: {tnat1.pl}
Data pobrania: {tdate1.de}
Badanie: [[SARS-CoV-2 RT-PCR]]
Wynik: [[NIE WYKRYTO]]
Lekarz zlecający: {tper2.last_first}
Adres: {taddr1}
""",
        (("pl_PL", 1),),
        ("PL",),
    ),
    _t(
        "lab-genetic",
        "lab result report",
        """Molecular genetics - confidential
Proband: {tper1.full}, b. {tdob1}
Family no.: {tref1}    Sample ID: {tbio1}
Analysis requested: [[BRCA1/BRCA2 full gene sequencing]] (NGS panel)
Result: [[pathogenic variant]] [[c.68_69delAG]] in BRCA1 (heterozygous)
Her sister {tper2.first_last}, born {tdob2}, is offered a predictive test.
Genetic counsellor: {tper3.initial_last}, tel {ttel1}
""",
    ),
    _t(
        "lab-tox",
        "lab result report",
        """Toxicology - chain of custody
Donor: {tper1.last_first}   Donor ID: {tnat1}
Collection site: occupational health unit, {ttown1}
Collected {tdate1} by {tper2.full}
Specimen seal: {tref1}
[[Amphetamines]] neg  [[Opiates]] neg  [[THC]] POS (confirmed [[GC-MS]])
MRO review: {tper3.full}, {tlic1}
""",
    ),
    # --- prescription -----------------------------------------------------------------
    _t(
        "rx-us",
        "prescription",
        """Rx
{tper1.full}                         DOB {tdob1.us}
{taddr1.us}
[[Lisinopril 10 mg]] tab
Sig: 1 PO daily    Disp: #30    Refills: 3
Prescriber: {tper2.first_last}, MD    NPI {tlic1.npi}    DEA on file
Date: {tdate1.us}
""",
        ENGLISH,
    ),
    _t(
        "rx-it",
        "prescription",
        """RICETTA MEDICA
Assistito/a (cognome, nome): {tper1.caps_last} {tper1.first}
Codice fiscale: {tnat1.it}
Indirizzo: {taddr1}
Prescrizione: [[amoxicillina/acido clavulanico 875/125 mg]] 1 cp x 2/die per 6 giorni
Data: {tdate1.eu}
Medico: dott. {tper2.full}
""",
        (("it_IT", 3), ("it_CH", 1)),
        ("IT",),
    ),
    _t(
        "rx-eprescribe",
        "prescription",
        """ePrescription token
Patient    : {tper1.initials_caps_last}
Medicare # : {tplan1}
Item       : [[salbutamol 100 mcg/dose inhaler]]  qty 1  rpts 2
Prescriber : {tper2.full}  ({tlic1.ahpra})
Issued     : {tdate1}
Scan or quote token {tref1} at any pharmacy
""",
        (("en_AU", 3), ("en_NZ", 1)),
    ),
    _t(
        "rx-opioid",
        "prescription",
        """CONTROLLED DRUG PRESCRIPTION
Patient: {tper1.last_first}, {taddr1}
Drug: [[morphine sulfate m/r 10 mg]] tablets
Dose: one tablet twice daily
Total quantity: 56 (fifty-six) tablets
Prescriber: {tper2.full}, {tlic1}, surgery tel {ttel1}
Date {tdate1}
""",
    ),
    # --- referral letter --------------------------------------------------------------
    _t(
        "ref-letter",
        "referral letter",
        """Dear Dr {tper2.last},

Re: {tper1.full}, DOB {tdob1}, {taddr1}

Thank you for seeing this pleasant gentleman with a 6-month history of
[[dysphagia]] to solids and 5 kg weight loss. He is a smoker (30 pack-years).
Please consider [[urgent upper GI endoscopy]] under the two-week-wait pathway.

His wife {tper3.first} can be reached on {ttel1} to arrange the appointment.

Yours sincerely,
{tper4.full}
""",
    ),
    _t(
        "ref-sv",
        "referral letter",
        """Remiss till ortopedmottagningen
Patient: {tper1.first_last}, personnummer {tnat1.se}
Adress: {taddr1}
Frågeställning: [[främre korsbandsruptur]] höger knä?
Anamnes: vridvåld vid fotboll {tdate1}
Remitterande läkare: {tper2.full}, tel {ttel1}
""",
        (("sv_SE", 1),),
        ("SE",),
    ),
    _t(
        "ref-physio",
        "referral letter",
        """Physiotherapy referral (self-referral web form)
name: {tper1.first_last}
date_of_birth: {tdob1.iso}
email: {tmail1}
phone: {ttel1}
postcode: {tpost1}
problem: [[plantar fasciitis]] both feet, 4 months
submitted: {tdate1.fhir} from {tip1}
""",
    ),
    _t(
        "ref-mx",
        "referral letter",
        """HOJA DE REFERENCIA
Nombre del paciente: {tper1.caps}
CURP: {tnat1.mx}
Fecha de nacimiento: {tdob1.eu}
Unidad que refiere: centro de salud rural
Motivo: [[hipertensión arterial descontrolada]], cifras 180/110
Médico que refiere: {tper2.full}, cédula profesional {tlic1}
""",
        (("es_MX", 1),),
        ("MX",),
    ),
    # --- pharmacy record ---------------------------------------------------------------
    _t(
        "pharm-label",
        "pharmacy dispensing record",
        """[[KEEP OUT OF THE REACH AND SIGHT OF CHILDREN]]
{tper1.caps}                                  {tdate1.short}
[[Sertraline 50 mg tablets]]   28
Take ONE tablet each morning.
[[Do not drink alcohol]]
Rx no {tref1}  Dr {tper2.last}
""",
    ),
    _t(
        "pharm-log",
        "pharmacy dispensing record",
        """CD register page 14 -- [[oxycodone 5 mg capsules]]
date | patient, address | prescriber | qty | collected by (ID seen)
{tdate1.iso} | {tper1.last_first}, {taddr1} | {tper2.initial_last} | 28 |
  {tper3.full} ({tlic1})
""",
    ),
    _t(
        "pharm-de",
        "pharmacy dispensing record",
        """Apotheken-Abgabeprotokoll
Kunde: {tper1.full}
Krankenkasse / Vers.-Nr.: {tplan1}
Abgabe: {tdate1.de}
Artikel: [[Ibuprofen 600 mg]] N2, [[Pantoprazol 20 mg]] N1
Zuzahlung: 10,00 EUR, bar
Verordner: {tper2.full}, LANR {tlic1.lanr}
""",
        DE,
    ),
    # --- e-mail thread -----------------------------------------------------------------
    _t(
        "mail-thread",
        "e-mail thread",
        """From: {tper1.full} ({tmail1})
To: {tmail2}
Sent: {tdate1.long}
Subject: RE: RE: Mum's care package

{tper2.first} - thanks for calling back. Mum ({tper3.full}, DOB {tdob1}) is
still at {taddr1}. The carers are only coming twice a day.

___ earlier in this conversation ___
From: {tper2.full}
Sent: {tdate2.long}
We can review the [[care and support plan]]. Is {ttel1} still the best number?
""",
    ),
    _t(
        "mail-forward-it",
        "e-mail thread",
        """--- messaggio inoltrato ---
Da: {tper1.first_last} ({tmail1})
Data: {tdate1.eu}
Oggetto: certificato medico

Buongiorno, in allegato il certificato per mio figlio {tper2.first} {tper1.last},
nato il {tdob1.eu}. Codice fiscale {tnat1.it}. Cellulare {ttel1}.
Cordiali saluti
""",
        (("it_IT", 1),),
        ("IT",),
    ),
    _t(
        "mail-hr-grievance",
        "e-mail thread",
        """| On {tdate1}, {tper1.full} wrote:
| I want to raise a formal grievance about comments made by {tper2.full}
| during the team meeting. Witness: {tper3.first_last}.
|
Hi {tper1.first},
Acknowledged. An investigation meeting is set for {tdate2}. You may bring a
companion. Contact me on {ttel1} or {tmail1}.
{tper4.first} ([[Employee Relations]])
""",
    ),
    _t(
        "mail-bounce",
        "e-mail thread",
        """Delivery Status Notification (Failure)
Your message to {tmail1} couldn't be delivered.
Reported-By: mx relay {tip1}
Arrival-Date: {tdate1.fhir}
Original subject: Appointment letter for {tper1.full}
Original recipient: {tmail1}
[[550 5.1.1 user unknown]]
""",
    ),
]
TEMPLATES += [
    # --- payment messages --------------------------------------------------------------
    _t(
        "pay-mt103",
        "SWIFT payment message",
        """{1:F01COBADEFFXXXX}{2:I103NWBKGB2LXXXXN}
:20:{tref1}
:23B:CRED
:32A:{tdate1.hl7}EUR2450,00
:50K:/{tiban1.compact}
{tper1.caps}
{taddr1}
:59:/{tiban2.compact}
{tper2.caps}
:70:[[INVOICE]] RENT FLAT 3
:71A:SHA
""",
    ),
    _t(
        "pay-pacs-json",
        "SWIFT payment message",
        """{"msgType": "pacs.008", "uetr": "{tref1.uuid}",
 "intrBkSttlmDt": "{tdate1.iso}", "amount": {"ccy": "[[EUR]]", "value": "1250.00"},
 "debtor": {"name": "{tper1.full}", "postalAddress": "{taddr1}"},
 "debtorAccount": {"iban": "{tiban1.compact}"},
 "creditor": {"name": "{tper2.full}"},
 "creditorAccount": {"iban": "{tiban2.compact}"},
 "remittanceInformation": "[[school fees]] term 2"}
""",
    ),
    _t(
        "pay-wire-us",
        "SWIFT payment message",
        """OUTGOING WIRE - FEDWIRE
Originator ........ {tper1.caps_last_first_all}
Orig. account ..... {tacct1.us}
Orig. address ..... {taddr1.us}
Beneficiary ....... {tper2.caps}
Benef. account .... {tacct2.us}
Amount ............ USD 9,800.00
Value date ........ {tdate1.us}
OBI ............... [[GIFT]] / for {tper3.first}
Call-back verified with {ttel1.us} by {tper4.initial_last}
""",
        ENGLISH,
    ),
    _t(
        "pay-sepa-confirm",
        "bank transfer confirmation",
        """Überweisungsbestätigung
Auftraggeber: {tper1.full}
IBAN Auftraggeber: {tiban1.grouped}
Empfänger: {tper2.full}
IBAN Empfänger: {tiban2.grouped}
Betrag: 380,00 EUR
Verwendungszweck: [[Miete]] Mai, Whg. {taddr1.street}
Ausgeführt am: {tdate1.de}
""",
        DE,
    ),
    _t(
        "pay-pix",
        "bank transfer confirmation",
        """Comprovante de transferência - Pix
Valor: R$ 150,00
Data: {tdate1.eu} 14:22
Origem: {tper1.full} - CPF {tnat1.br}
Destino: {tper2.full}
Chave Pix (e-mail): {tmail1}
ID da transação: {tref1}
""",
        PT,
        ("BR",),
    ),
    _t(
        "pay-upi",
        "bank transfer confirmation",
        """UPI payment successful
Paid to: {tper2.first_last}
From: {tper1.first_last} (A/c {tacct1.in})
Mobile: {ttel1}
UPI Ref No: {tref1}
Date: {tdate1.long}
Note: [[maintenance]] flat {taddr1.street}
""",
        EN_WORLD,
    ),
    # --- chargeback --------------------------------------------------------------------
    _t(
        "cb-dispute",
        "chargeback dispute",
        """Chargeback representment pack
Case {tref1}   Reason [[13.1 Merchandise/Services Not Received]]
Cardholder: {tper1.first_last}, card {tcard1}
Order placed {tdate1} from IP {tip1}
Delivered {tdate2} to {taddr1}, signed for by "{tper2.first_initial}"
Carrier proof: {turl1}
Merchant contact: {tper3.full}, {tmail1}
""",
    ),
    _t(
        "cb-letter",
        "chargeback dispute",
        """Dear {tper1.first_last},

We have received your dispute for the transaction of 89.99 on {tdate1} on the
card {tcard1.plain}. While we investigate, a temporary credit has been applied.

If you have a delivery note or e-mails from the merchant, send them to
{tmail1} quoting {tref1}.

[[Card Disputes Team]]
""",
    ),
    _t(
        "cb-csv",
        "chargeback dispute",
        """case_id;opened;cardholder;pan;amount;reason;status
{tref1};{tdate1.iso};{tper1.caps_last_first_all};{tcard1.plain};42.50;[[duplicate processing]];open
{tref2};{tdate2.iso};{tper2.caps_last_first_all};{tcard2.plain};310.00;[[fraud - card absent]];won
""",
    ),
    # --- police / court ----------------------------------------------------------------
    _t(
        "pol-incident",
        "police incident report",
        """INCIDENT REPORT            Ref: {tref1}
Reported: {tdate1}   Officer: PC {tper3.last} ({tlic1})
Victim: {tper1.full}, DOB {tdob1}, of {taddr1}
Offence: [[burglary - dwelling]]
Property taken: laptop (serial {tdev1}), phone (IMEI {tdev2.imei})
Suspect description: male, 20s; possibly {tper2.first_last}, known to victim
Vehicle seen: {tveh1.plate}
[[CCTV requested]]
""",
    ),
    _t(
        "pol-statement",
        "police incident report",
        """WITNESS STATEMENT
Statement of: {tper1.caps}
Age if under 18: over 18     Occupation: bus driver
This statement is true to the best of my knowledge.

On {tdate1.long} I was driving the route past {taddr1.street} when I saw a man I now
know to be {tper2.full} strike the cyclist. I stopped and called 999 from my phone
{ttel1}. The cyclist, {tper3.first}, was conscious.

Signed: {tper1.initial_last}      Witnessed by: {tper4.initial_last}
""",
        (("en_GB", 3), ("en_IE", 1)),
    ),
    _t(
        "pol-fr-pv",
        "police incident report",
        """PROCÈS-VERBAL D'AUDITION
L'an deux mille vingt-six, le {tdate1.langfr},
Nous, {tper2.full}, officier de police judiciaire,
entendons {tper1.caps_last} {tper1.first}, né(e) le {tdob1.eu},
demeurant {taddr1}, téléphone {ttel1},
qui déclare : [[vol à l'arraché]] de son sac contenant sa carte d'identité {tpass1.fr}.
""",
        FR,
    ),
    _t(
        "court-summons",
        "court filing",
        """IN THE COUNTY COURT
Claim No: {tref1}
Between
{tper1.caps}                     Claimant
and
{tper2.caps}                     Defendant
of {taddr1}

NOTICE OF HEARING
The claim will be heard on {tdate1.long} at 10:00. The defendant must bring
the [[tenancy agreement]] and any rent receipts.
""",
    ),
    _t(
        "court-us-docket",
        "court filing",
        """CASE SUMMARY
Case No. {tref1}
{tper1.caps} v. {tper2.caps}
Filed: {tdate1.us}     Judge: Hon. {tper3.full}
Plaintiff counsel: {tper4.full}, Bar No. {tlic1}, {tmail1}
Defendant DOB: {tdob1.us}   Last known address: {taddr1.us}
[[MOTION FOR DEFAULT JUDGMENT]] - granted
""",
        ENGLISH,
    ),
    _t(
        "court-de-beschluss",
        "court filing",
        """Amtsgericht - Familiengericht
Az.: {tref1}
Beschluss
In der Familiensache
{tper1.full}, geb. am {tdob1.de}, wohnhaft {taddr1},
                                   - Antragstellerin -
gegen
{tper2.full}, geb. am {tdob2.de}
                                   - Antragsgegner -
wegen [[Kindesunterhalt]] für das Kind {tper3.first} {tper2.last}
""",
        DE,
    ),
    # --- vehicles ---------------------------------------------------------------------
    _t(
        "veh-accident",
        "vehicle accident report",
        """EUROPEAN ACCIDENT STATEMENT
Date of accident: {tdate1}     Place: {ttown1}, {tgeo1}
VEHICLE A                              VEHICLE B
Driver: {tper1.last_first}             Driver: {tper2.last_first}
Licence: {tlic1}                       Licence: {tlic2}
Reg.: {tveh1.plate}                    Reg.: {tveh2.plate}
Insurer policy: {tplan1}               Insurer policy: {tplan2}
Circumstances: B [[reversing]], A [[stationary]]
""",
    ),
    _t(
        "veh-crash-us",
        "vehicle accident report",
        """TRAFFIC CRASH REPORT (supplement)
Unit 1 operator: {tper1.caps_last_first}, DOB {tdob1.adultus}
DL# {tlic1.ca}   Plate {tveh1.plate}   VIN {tveh2.vin}
Unit 2 operator: {tper2.caps_last_first}
Passenger injured: {tper3.full}, age {tage1}, transported by EMS
Location lat/long {tgeo1.dec}
[[Contributing factor]]: failure to yield
""",
        ENGLISH,
    ),
    _t(
        "veh-telematics",
        "vehicle accident report",
        """eCall data record
trigger=[[automatic]] severity=2
timestamp={tdate1.fhir}
vin={tveh1.vin}
position={tgeo1.dec}
passengers=2
callback={ttel1.e164}
registered_keeper={tper1.full}
""",
    ),
    _t(
        "rent-car",
        "car rental agreement",
        """RENTAL AGREEMENT {tref1}
Renter: {tper1.full}
Driving licence: {tlic1}   Issued: {tdate1}
Passport: {tpass1}
Home address: {taddr1}
Vehicle: [[compact automatic]]  Reg {tveh1.plate}
Pick-up {tdate2}  Return {tdate3}
Second driver named on this hire: {tper2.first_last} (DL {tlic2})
Deposit held on card {tcard1}
""",
    ),
    _t(
        "rent-car-checkout",
        "car rental agreement",
        """VEHICLE CHECK-OUT
Agreement: {tref1}
Customer: {tper1.caps_last_first}
Mobile: {ttel1}
Odometer out: 24 310 km, fuel [[FULL]]
Damage marked: front bumper scuff
Unit VIN: {tveh1.vin}
Agent: {tper2.first}
""",
    ),
    _t(
        "rent-car-es",
        "car rental agreement",
        """CONTRATO DE ALQUILER
Arrendatario: {tper1.full}
{tnat1.label}: {tnat1}
Permiso de conducir: {tlic1}
Domicilio: {taddr1}
Matrícula: {tveh1.plate}
Entrega: {tdate1} - Devolución: {tdate2}
Seguro: [[a todo riesgo sin franquicia]]
""",
        ES,
        ("ES",),
    ),
]

TEMPLATES += [
    # --- travel and lodging -------------------------------------------------------------
    _t(
        "hotel-card",
        "hotel registration card",
        """GUEST REGISTRATION CARD
Room 412     Arrival {tdate1}     Departure {tdate2}
Surname: {tper1.caps_last}        First name: {tper1.first}
Date of birth: {tdob1}            Nationality: ________
Passport / ID no.: {tpass1}
Home address: {taddr1}
E-mail: {tmail1}     Mobile: {ttel1}
Accompanying: {tper2.first_last}
[[Breakfast included]]   Guarantee: {tcard1}
""",
    ),
    _t(
        "hotel-es-parte",
        "hotel registration card",
        """PARTE DE ENTRADA DE VIAJEROS
Nº de documento: {tnat1}
Tipo: {tnat1.label}
Primer apellido: {tper1.caps_last}
Nombre: {tper1.first}
Fecha de nacimiento: {tdob1.eu}
Fecha de entrada: {tdate1.eu}
Firma del viajero: {tper1.initials}
""",
        ES,
        ("ES",),
    ),
    _t(
        "hotel-pms-note",
        "hotel registration card",
        """PMS profile note (front desk)
VIP guest {tper1.last_first} -- prefers high floor, [[feather-free pillows]].
Last stay {tdate1}; complained about noise. Spouse {tper2.first}.
Loyalty no. {tacct1.util}. Car {tveh1.plate} in garage level -2.
Wi-Fi device {tmac1} whitelisted on guest network.
""",
    ),
    _t(
        "pnr-record",
        "airline passenger record",
        """RP/AMS1A0980/
  1.{tper1.pnr} MRS   2.{tper2.pnr} MR
  3  KL1009 Y {tdate1.monup} AMSLHR HK2  0715 0730
  4 AP {ttel1}
  5 APE {tmail1}
  6 SSR DOCS YY HK1-P-{tpass1}-{tdob1.monup}-F
  7 SSR [[WCHR]] YY NN1 /P1
  8 FP CC{tcard1.plain}
""",
    ),
    _t(
        "manifest",
        "airline passenger record",
        """PASSENGER MANIFEST - charter flight
seat | name                    | doc no     | DOB
 1A  | {tper1.caps_last_first_all} | {tpass1} | {tdob1.mon}
 1C  | {tper2.caps_last_first_all} | {tpass2} | {tdob2.mon}
 2A  | {tper3.caps_last_first_all} | {tpass3} | {tdob3.mon}
[[UMNR]] escort: {tper4.full}
""",
    ),
    _t(
        "boarding-ocr",
        "airline passenger record",
        """boarding pass (photo, OCR)
PASSENGER NAME  {tper1.ocr_caps}
FROM ........ [[GATE CLOSES 20 MIN BEFORE DEPARTURE]]
DATE {tdate1.monup}   SEAT 23F   SEQ 118
FREQUENT FLYER {tacct1.util}
""",
    ),
    _t(
        "visa-app",
        "visa application",
        """Short-stay visa application (uniform form), typed copy
1. Family name ........ {tper1.caps_last}
3. First name(s): {tper1.first}
4. Date of birth: {tdob1.eu}
13. Travel document no. {tpass1}
19. Lives at {taddr1}; e-mail {tmail1}
    Telephone: {ttel1}
21. Current occupation: nurse
31. Inviting person: {tper2.full}, {taddr2}, tel {ttel2}
[[Purpose of journey: visiting family]]
""",
    ),
    _t(
        "visa-us-ds",
        "visa application",
        """Nonimmigrant visa - confirmation page
Applicant: {tper1.last_first}
Date of birth: {tdob1.long}
Passport number: {tpass1}
National identification number: {tnat1}
U.S. point of contact: {tper2.full}, {taddr1.us}, {ttel1.us}
Photo: {tphoto1}
Application submitted from {tip1} on {tdate1.long}
[[Barcode]] see printout
""",
    ),
    _t(
        "visa-permit",
        "visa application",
        """Residence permit renewal -- caseworker note
Applicant {tper1.full}, permit {tpass1.permit}, expires {tdate1}
Sponsor (spouse): {tper2.full}, ID {tnat1}
Address: {taddr1}
Biometrics enrolled {tdate2}, record {tbio1}
Missing: [[proof of health insurance]]
Caseworker: {tper3.initial_last}
""",
    ),
    # --- housing and bills ------------------------------------------------------------
    _t(
        "lease",
        "tenancy agreement",
        """Tenancy agreement (assured shorthold) for a flat
The Landlord: {tper1.full} of {taddr1}
The Tenant(s): {tper2.full} and {tper3.full}
The Property: {taddr2}
Term: 12 months from {tdate1.brit}
Rent: 1,150.00 per month, paid to account {tacct1.gb}
[[Deposit protection scheme]] certificate: {tref1}
Signed by the Tenant: {tper2.initial_last}
""",
        (("en_GB", 3), ("en_IE", 1)),
    ),
    _t(
        "lease-fr",
        "tenancy agreement",
        """CONTRAT DE LOCATION (loi du 6 juillet 1989)
Bailleur : {tper1.full}, demeurant {taddr1}
Locataire : {tper2.full}, né(e) le {tdob1.eu}
Logement : {taddr2}
Date de prise d'effet : {tdate1.eu}
Loyer mensuel : 780 EUR, [[charges comprises]]
Garant : {tper3.full}, tél. {ttel1}
""",
        FR,
    ),
    _t(
        "lease-inspection",
        "tenancy agreement",
        """Move-out inspection - photos uploaded
Tenant: {tper1.first_last}     Forwarding address: {taddr1}
Unit: {taddr2.street}
Inspection {tdate1}; keys returned by {tper2.first}
Photos: {turl1}
Deductions: carpet cleaning; [[no structural damage]]
Refund to IBAN {tiban1}
""",
    ),
    _t(
        "bill-power",
        "utility bill",
        """ELECTRICITY BILL
Account holder: {tper1.initials_caps_last}
Account number: {tacct1.util}
Supply address: {taddr1.lines}
Bill date: {tdate1}     Due: {tdate2}
Meter serial: {tdev1.serial}
Usage: 412 [[kWh]]   [[Standing charge]] 0.53/day
Pay by direct debit from {tiban1}
""",
    ),
    _t(
        "bill-water-au",
        "utility bill",
        """Water and sewerage notice
{tper1.caps}
{taddr1.lines}
Customer no. {tacct1.au}
Meter read {tdate1}: 1 840 [[kL]] (actual)
BPAY biller code on reverse. Enquiries {ttel1}.
""",
        (("en_AU", 1),),
    ),
    _t(
        "bill-phone",
        "utility bill",
        """Mobile statement
{tper1.full} - {taddr1}
Number: {ttel1}
SIM: {tdev1}
Period ending {tdate1}
Calls to {ttel2}: 47 min. Roaming data: 1.2 [[GB]]
Handset IMEI {tdev2.imei}
""",
    ),
    # --- work ---------------------------------------------------------------------------
    _t(
        "payslip",
        "payslip",
        """PAYSLIP              Pay date: {tdate1}
Employee: {tper1.full}       Emp no: {tref1}
NI number / tax ID: {tnat1}
Tax code: [[1257L]]    Period: 2
Basic pay ............ 2,816.67
[[PAYE]] ............... -331.20
[[Pension]] (5%) ....... -140.83
Net pay paid to account {tacct1.gb}
""",
    ),
    _t(
        "payslip-de",
        "payslip",
        """Entgeltabrechnung
Personalnr.: {tref1}
{tper1.full}
{taddr1.lines}
Steuer-ID: {tnat1.de}
Sozialversicherungsnr.: {tplan1}
Auszahlung auf {tiban1.grouped}
[[Lohnsteuer]] / [[Solidaritätszuschlag]] / [[Kirchensteuer]] siehe Anlage
""",
        DE,
        ("DE",),
    ),
    _t(
        "payslip-in",
        "payslip",
        """Salary slip
Employee Name: {tper1.caps}
Employee Code: {tref1}
PAN / Aadhaar: {tnat1.in}
Bank A/c: {tacct1.in}
Date of joining: {tdate1}
[[Basic]] 42,000  [[HRA]] 16,800  [[PF]] -5,040
""",
        EN_WORLD,
        ("IN",),
    ),
    _t(
        "contract",
        "employment contract",
        """STATEMENT OF MAIN TERMS OF EMPLOYMENT
Employer: care home operator (registered office on file)
Employee: {tper1.full}, of {taddr1}
Date of birth: {tdob1.brit}
Start date: {tdate1.brit}
Job title: [[senior care assistant]]
Right-to-work check: passport {tpass1}, checked by {tper2.full}
Salary paid into: {tacct1.gb}
""",
    ),
    _t(
        "contract-nl",
        "employment contract",
        """ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD
Werknemer: {tper1.full}, geboren {tdob1.nl}
Adres: {taddr1}
BSN: {tnat1.nl}
Ingangsdatum: {tdate1.nl}
Functie: [[logistiek medewerker]]
Proeftijd: [[één maand]]
Handtekening werkgever: {tper2.initial_last}
""",
        (("nl_NL", 1),),
        ("NL",),
    ),
    _t(
        "contract-offer",
        "employment contract",
        """Offer letter
Dear {tper1.first},
We are delighted to offer you the role of [[Data Engineer]], starting {tdate1.long}.
Your manager will be {tper2.full} ({tmail1}). Please bring your SIN ({tnat1.ca}) and a
void cheque for deposit to account {tacct1.ca}.
Sincerely, {tper3.full}
""",
        (("en_CA", 2), ("fr_CA", 1)),
        ("CA",),
    ),
    # --- IT -----------------------------------------------------------------------------
    _t(
        "it-ticket",
        "IT helpdesk ticket",
        """Ticket {tref1}  |  Priority: P3  |  Opened {tdate1.fhir}
Requester: {tper1.full} ({tmail1})
Asset: laptop {tdev1.asset}, Wi-Fi MAC {tmac1}
Summary: can't reach [[VPN]] since password reset
Last seen from {tip1}
Assigned to: {tper2.handle}
Resolution: cleared cached credentials; [[MFA]] re-enrolled on {ttel1}
""",
    ),
    _t(
        "it-access-log",
        "server access log",
        """access.log, excerpt
{tip1} - {tper1.handle} [{tdate1.iso}:08:14:55 +0000] "GET /r?pid={tmrn1} HTTP/1.1" 200 512
{tip1} - {tper1.handle} [{tdate1.iso}:08:15:02 +0000] "GET /records/print HTTP/1.1" 200 880
{tip2} - - [{tdate1.iso}:08:15:40 +0000] "POST /login HTTP/1.1" 401 [[invalid credentials]]
""",
    ),
    _t(
        "it-dhcp",
        "server access log",
        """dhcpd: DHCPACK on {tip1.v4} to {tmac1} (LAPTOP-{tper1.caps_last}) via eth1
dhcpd: DHCPREQUEST for {tip2.private} from {tmac2} via eth1
radius: user {tper2.handle} authenticated, calling-station {tmac2}
[[lease time 86400]]
""",
    ),
    _t(
        "it-audit",
        "server access log",
        """EHR audit trail export
when,user,role,action,patient,ip
{tdate1.fhir},{tper1.handle},nurse,[[VIEW]],{tmrn1},{tip1}
{tdate2.fhir},{tper2.handle},clerk,[[EXPORT]],{tmrn1},{tip2}
flagged: clerk {tper2.full} viewed record of relative {tper3.full}
""",
    ),
    _t(
        "it-mdm",
        "device telemetry record",
        """MDM inventory
owner: {tper1.last_first}
serial: {tdev1.serial}
imei: {tdev2.imei}
wifi_mac: {tmac1}
last_ip: {tip1}
last_checkin: {tdate1.fhir}
compliance: [[encrypted]], [[passcode set]]
""",
    ),
    # --- devices ------------------------------------------------------------------------
    _t(
        "dev-implant",
        "implant registry entry",
        """IMPLANT REGISTRY - cardiac device
Patient: {tper1.full}    DOB: {tdob1}    Hospital no.: {tmrn1}
Device: [[dual-chamber pacemaker]]  serial {tdev1.serial}
UDI: {tdev2.udi}
Implanted {tdate1} by {tper2.full}
Remote monitor: bedside unit {tdev3.serial}, MAC {tmac1}
[[MRI conditional]]: yes
""",
    ),
    _t(
        "dev-cgm",
        "implant registry entry",
        """Continuous glucose monitor upload
user: {tper1.first_last}
sensor serial: {tdev1.serial}
transmitter: {tdev2}
phone: {ttel1}
period {tdate1} .. {tdate2}
[[time in range]] 68%   [[GMI]] 7.1%
clinic: shared with {tper2.full}
""",
    ),
    _t(
        "dev-hearing",
        "implant registry entry",
        """Cochlear implant follow-up
{tper1.caps_last_first}, aged {tage1}
Processor serial L {tdev1.serial}  R {tdev2.serial}
Audiologist {tper2.full}
Mapping updated {tdate1}; [[speech perception]] improved.
""",
    ),
]


TEMPLATES += [
    # --- emergency and registration -------------------------------------------------------
    _t(
        "ems-run",
        "ambulance run sheet",
        """PATIENT CARE RECORD        Incident {tref1}
Call received {tdate1.hl7t}    Unit M-7
Pt: {tper1.last_first}   Age: {tage1}   Sex: M
Scene: {taddr1}   GPS {tgeo1}
Caller: neighbour {tper2.full}, {ttel1}
Obs: GCS 13, BP 92/60, HR 118, [[BM 2.1]]
Tx: [[glucagon 1 mg IM]], oral glucose after. Conveyed, handed to {tper3.initial_last}.
""",
    ),
    _t(
        "ems-no",
        "ambulance run sheet",
        """AMK-logg
Innringer: {tper1.full}, tlf {ttel1}
Pasient: {tper2.full}, f.nr. {tnat1.no}
Adresse: {taddr1}
Posisjon: {tgeo1.ddm}
Hendelse: [[brystsmerter]], hastegrad [[RØD]]
Tid: {tdate1.iso}
""",
        (("no_NO", 1),),
        ("NO",),
    ),
    _t(
        "ems-handover",
        "ambulance run sheet",
        """ATMIST handover
A: {tage1.en} years old, {tper1.first} {tper1.last}
T: found on floor at {tdate1}, lying approx. 12 h
M: [[long lie]], ?hip
I: shortened, externally rotated L leg
S: BP 104/70, HR 96, SpO2 95%
T: [[morphine 2.5 mg IV]], splinted
NOK: {tper2.full} {ttel1}
""",
    ),
    _t(
        "death-cert",
        "death registration",
        """Cause-of-death certificate (doctor's copy)
Deceased ........ {tper1.caps}
Born ............ {tdob1.brit}   aged {tage1}
Died ............ {tdate1.brit}
Where ........... {taddr1}
Part 1, line a .. [[bronchopneumonia]]
Part 1, line b .. due to [[Alzheimer's disease]]
Certified by {tper2.full}, {tlic1.gmc}
Informant: {tper3.full} (daughter)
""",
        (("en_GB", 2), ("en_IE", 1), ("en_AU", 1)),
    ),
    _t(
        "death-de",
        "death registration",
        """Todesbescheinigung (vertraulicher Teil)
Familienname: {tper1.last}   Vorname: {tper1.first}
Geburtsdatum: {tdob1.de}     Alter: {tage1.de} Jahre
Sterbedatum: {tdate1.de}
Letzte Wohnanschrift: {taddr1}
Todesursache: [[Herz-Kreislauf-Versagen]]
Ärztin: {tper2.full}
""",
        DE,
    ),
    _t(
        "birth-reg",
        "birth registration",
        """BIRTH NOTIFICATION
Baby: {tper1.first} {tper2.last}   Sex: F   Weight [[3.12 kg]]
Born: {tdate1}   Time: 06:48
Mother: {tper2.full}, DOB {tdob1}, NHS/ID {tnat1}
Address: {taddr1}
Father/co-parent: {tper3.full}
Midwife: {tper4.initial_last}
""",
    ),
    _t(
        "birth-kr",
        "birth registration",
        """출생신고서
성명: {tper1.family_given}
출생일시: {tdate1.iso}
부: {tper2.family_given}  주민등록번호 {tnat1.kr}
모: {tper3.family_given}
주소: {taddr1}
전화: {ttel1}
[[신고인 서명]]
""",
        (("ko_KR", 1),),
        ("KR",),
    ),
    _t(
        "vacc-card",
        "vaccination record",
        """IMMUNISATION RECORD
Child: {tper1.first_last}   DOB: {tdob1}
Parent/guardian: {tper2.full}   Tel: {ttel1}
[[DTaP-IPV-Hib-HepB]] dose 1 ... {tdate1}  batch on file
[[MMR]] dose 1 ................. {tdate2}
[[MenB]] ....................... {tdate3}
Clinic nurse: {tper3.initials}
""",
    ),
    _t(
        "vacc-travel",
        "vaccination record",
        """Vaccination certificate for international travel (copy)
This is to certify that {tper1.caps}
date of birth {tdob1.mon}, passport {tpass1}
received one dose of [[yellow fever]] vaccine (valid for life).
Date: {tdate1.mon}   Clinician: {tper2.full}
""",
    ),
    _t(
        "vacc-qr",
        "vaccination record",
        """Scanned certificate payload (decoded)
nam.fn={tper1.caps_last}
nam.gn={tper1.caps_first}
dob={tdob1.iso}
v.mp=[[EU/1/20/1528]]
v.dt={tdate1.iso}
v.ci={tref1}
""",
    ),
    _t(
        "tele-confirm",
        "telehealth appointment confirmation",
        """Your video appointment is confirmed
Hi {tper1.first},
When: {tdate1.long}, 15:40
With: {tper2.full}, [[Dermatology]]
Join link: {turl1}
If you can't make it, call {ttel1} or reply to {tmail1}.
Please have your photo ID ready; for minors, a parent ({tper3.first_last}) must attend.
""",
    ),
    _t(
        "tele-sms",
        "SMS notification",
        """SMS to {ttel1} ({tdate1}): Hi {tper1.first}, reminder: [[blood test]] tomorrow 08:20
at the clinic. Fasting from midnight. Reply C to cancel.
SMS to {ttel1} ({tdate2}): Your results are ready. Log in: {turl1}
""",
    ),
    _t(
        "sms-bank",
        "SMS notification",
        """From: BANK
{tdate1.short} 23:02 - A payment of 499.00 to {tper2.caps} from your account
{tacct1} was declined. Not you? Call {ttel1}. [[Never share your passcode]].
""",
    ),
    _t(
        "sms-courier",
        "SMS notification",
        """Courier: {tper1.first}, your parcel will arrive {tdate1} between 10:00-11:00.
Driver {tper2.first_initial}, van {tveh1.plate}. Track: {turl1}
Safe place chosen: [[porch]] at {taddr1.street}, {tpost1}
""",
    ),
    _t(
        "dental-chart",
        "dental chart",
        """DENTAL CHART
Patient {tper1.last_first}   DOB {tdob1}   File {tmrn1}
18 [[missing]]  17 [[MOD amalgam]]  16 [[crown]]  ... 36 [[RCT]] 46 [[implant]]
Implant system lot / serial: {tdev1}
BPE 2/2/1 - 2/3/2
Next recall {tdate1}; hygienist {tper2.first}
""",
    ),
    _t(
        "dental-fi",
        "dental chart",
        """Hammaslääkärin merkinnät
Potilas: {tper1.full}, hetu {tnat1.fi}
Käynti: {tdate1.de}
Toimenpide: [[juurihoito]] 26, [[paikkaus]] 35
Seuraava käynti: {tdate2.de}
Hammaslääkäri: {tper2.full}
""",
        (("fi_FI", 1),),
        ("FI",),
    ),
    _t(
        "nurse-sbar",
        "nursing handover",
        """SBAR - night to day
S: {tper1.first_last}, bed 6, became confused at 02:00.
B: admitted {tdate1} with [[urosepsis]]; lives alone at {taddr1}.
A: temp 38.6, new [[delirium]]; [[4AT]] 6.
R: medical review this morning; daughter {tper2.first} ({ttel1}) to be updated.
Handed over by {tper3.initial_last} to {tper4.initial_last}
""",
    ),
    _t(
        "nurse-board",
        "nursing handover",
        """WARD BOARD (photo transcribed)
BED  NAME                 CONS        EDD        NOTES
1    {tper1.caps_last}    {tper2.caps_last}   {tdate1.short}   [[NBM]]
2    {tper3.caps_last}    {tper2.caps_last}   {tdate2.short}   [[falls risk]]
3    {tper4.caps_last}    {tper5.caps_last}   {tdate3.short}   side room, [[C. diff]]
""",
    ),
    _t(
        "school-enrol",
        "school enrolment form",
        """STUDENT ENROLMENT
Student legal name: {tper1.last_first}
Preferred name: {tper1.first}
Date of birth: {tdob1}
Home address: {taddr1}
Parent/carer 1: {tper2.full}, {ttel1}, {tmail1}
Parent/carer 2: {tper3.full}, {ttel2}
Medical: [[anaphylaxis]] to peanuts - [[adrenaline auto-injector]] in office
GP: {tper4.full}
""",
    ),
    _t(
        "school-incident",
        "school enrolment form",
        """Safeguarding log (restricted)
Pupil: {tper1.first_last}, year 8
Date: {tdate1}
Disclosure made to {tper2.full}: pupil says step-parent {tper3.full} [[hit her]].
DSL informed at 11:10; referral {tref1} made to children's services.
""",
    ),
    _t(
        "call-transcript",
        "call centre transcript",
        """[Call recording - auto transcript, low confidence]
AGENT: thank you for calling, you're through to {tper2.first}, can I take your
  policy number
CALLER: yeah it's {tplan1}
AGENT: and the name on the policy
CALLER: {tper1.lower} ... {tper1.last} with a double
AGENT: first line of the address and postcode
CALLER: {taddr1.street}, {tpost1}
AGENT: lovely, and you're calling about [[windscreen damage]]?
""",
    ),
    _t(
        "call-debt",
        "call centre transcript",
        """Agent notes (collections)
Spoke to {tper1.full} on {ttel1} at 14:05 on {tdate1}.
Third party {tper2.first_last} on speaker, consent given.
Agreed [[payment plan]]: 50/month from card {tcard1} starting {tdate2}.
Customer mentioned [[bereavement]] - vulnerability flag added.
""",
    ),
    _t(
        "export-csv",
        "spreadsheet export",
        """patients_due_recall.csv
nhs_number,surname,forename,dob,postcode,mobile,last_visit
{tnat1.gb},{tper1.caps_last},{tper1.first},{tdob1.iso},{tpost1},{ttel1},{tdate1.iso}
{tnat2.gb},{tper2.caps_last},{tper2.first},{tdob2.iso},{tpost2},{ttel2},{tdate2.iso}
{tnat3.gb},{tper3.caps_last},{tper3.first},{tdob3.iso},{tpost3},{ttel3},{tdate3.iso}
""",
        (("en_GB", 1),),
    ),
    _t(
        "export-tsv",
        "spreadsheet export",
        """Sheet1 (tab separated)
Name\tEmail\tIP\tSigned up
{tper1.full}\t{tmail1}\t{tip1}\t{tdate1}
{tper2.full}\t{tmail2}\t{tip2}\t{tdate2}
[[Total rows: 2]]
""",
    ),
    _t(
        "export-md",
        "spreadsheet export",
        """| Member | Card | Birth date | Plan |
|---|---|---|---|
| {tper1.last_first} | {tplan1} | {tdob1} | [[Gold]] |
| {tper2.last_first} | {tplan2} | {tdob2} | [[Silver]] |
| {tper3.last_first} | {tplan3} | {tdob3} | [[Bronze]] |
""",
    ),
    _t(
        "ocr-form",
        "scanned form (OCR)",
        """PATIENT REG1STRATION F0RM  (scan p.1/2)
Narne: {tper1.ocr}
D.O.B: {tdob1}   Te1: {ttel1}
Addres: {taddr1}
Emergency contact: {tper2.ocr}
lnsurance no: {tplan1}
Signature: ~~~~   [[I consent to treatment]]
""",
    ),
    _t(
        "ocr-letter",
        "scanned form (OCR)",
        """-- page 2 of 3 (OCR) --
...and therefore the appllcant {tper1.ocr_caps} (born {tdob1.mon}) is
eligible for [[Attendance Allowance]] at the higher rate from {tdate1.mon}.
Payments to acc0unt {tacct1}. Any questions: {ttel1}.
Decision maker: {tper2.initial_last}
""",
    ),
    _t(
        "ocr-fax",
        "scanned form (OCR)",
        """FAX COVER   Pages: 4   From: {tfax1}   To: {tfax2}
Re: {tper1.caps_last_first}  DOB {tdob1.us}
Urgent [[prior authorization]] for [[adalimumab]]
Member ID {tplan1}
Prescriber {tper2.full}  NPI {tlic1.npi}
CONFIDENTIALITY NOTICE: intended only for the named recipient.
""",
    ),
    _t(
        "loan-app",
        "loan application",
        """Unsecured loan - online application summary
Applicant: {tper1.full}   DOB: {tdob1.adult}
{tnat1.label}: {tnat1}
Address (3 yrs): {taddr1}; previously {taddr2}
Employer contact: {tper2.full}, {ttel1}
Monthly income: 3,400   Purpose: [[debt consolidation]]
Pay into: {tiban1}
Consent to [[credit search]]: Y    IP {tip1}
""",
    ),
    _t(
        "loan-mortgage",
        "loan application",
        """Mortgage fact-find (adviser notes)
Clients: {tper1.full} and {tper2.full}
DOBs: {tdob1} / {tdob2}
Property: {taddr1} - valuation booked {tdate1}
Deposit from gift by {tper3.full} (gifted deposit letter pending)
Current accounts: {tacct1}, {tacct2}
[[Affordability]] passes at stressed rate.
""",
    ),
    _t(
        "policy-sched",
        "insurance policy schedule",
        """POLICY SCHEDULE - HOME
Policy number: {tplan1}
Policyholder: {tper1.full}
Insured address: {taddr1}
Period: {tdate1} to {tdate2}
Named persons: {tper2.first_last}
[[Buildings sum insured]]: 350,000   [[Excess]]: 250
Direct debit from {tacct1}
""",
    ),
    _t(
        "policy-life",
        "insurance policy schedule",
        """Life cover certificate
Life assured: {tper1.caps}    DOB {tdob1.mon}
Beneficiary: {tper2.full} (spouse), {tper3.full} (child)
Cover starts {tdate1.mon}
[[Level term]] 25 years. Smoker status: [[non-smoker]]
Medical evidence: GP report from {tper4.full}
""",
    ),
    _t(
        "mh-intake",
        "mental health intake",
        """SELF-REFERRAL - talking therapies
Name: {tper1.first_last}     Pronouns: they/them
DOB: {tdob1}   Postcode: {tpost1}
Phone (ok to leave message?): {ttel1} - NO messages
[[GAD-7]] 15   [[PHQ-9]] 19   item 9: 1
Who else is involved: partner {tper2.first}
Preferred contact: email {tmail1}
""",
    ),
    _t(
        "mh-crisis",
        "mental health intake",
        """Crisis team contact record
{tdate1} 23:40 - call from {tper1.full} about her brother {tper2.full}
Location: {taddr1}
Concern: [[suicidal ideation]], has [[paracetamol]] stockpile.
Police welfare check requested, ref {tref1}.
""",
    ),
    _t(
        "biobank",
        "biobank consent",
        """BIOBANK PARTICIPANT CONSENT
Participant: {tper1.full}
Study ID: {tbio1}
Date of birth: {tdob1}
I agree that my samples ([[blood]], [[saliva]]) and [[whole genome sequence]]
may be used for research. I may withdraw at any time by writing to {tmail1}.
Fingerprint template ref: {tbio2}
Signature: {tper1.initials}   Date: {tdate1}
Witness: {tper2.full}
""",
    ),
    _t(
        "biobank-sample",
        "biobank consent",
        """sample_manifest.tsv
sample_id\tparticipant\tcollected\tsite\ttype
{tbio1}\t{tper1.initials}\t{tdate1.iso}\t{ttown1}\t[[EDTA plasma]]
{tbio2}\t{tper2.initials}\t{tdate2.iso}\t{ttown2}\t[[buffy coat]]
""",
    ),
]


TEMPLATES += [
    # --- more of the eight, in other systems and languages ----------------------------
    _t(
        "clin-ru",
        "clinical note",
        """ОСМОТР ТЕРАПЕВТА
Пациент: {tper1.last} {tper1.first}
Дата рождения: {tdob1.de}
Адрес: {taddr1}
Телефон: {ttel1}
Жалобы: кашель, температура 38,2.
Диагноз: [[ОРВИ]]. Назначено: [[парацетамол 500 мг]].
Врач: {tper2.last} {tper2.first}
""",
        (("ru_RU", 1),),
    ),
    _t(
        "dis-tr",
        "discharge summary",
        """EPİKRİZ
Hasta adı soyadı: {tper1.caps}
T.C. Kimlik No: {tnat1.tr}
Yatış tarihi: {tdate1.de}   Çıkış tarihi: {tdate2.de}
Tanı: [[akut pankreatit]]
Taburculuk önerileri: [[yağsız diyet]], kontrol {tdate3.de}
Sorumlu hekim: Dr. {tper2.full}
""",
        (("tr_TR", 1),),
        ("TR",),
    ),
    _t(
        "rad-zh",
        "radiology request",
        """影像检查申请单
姓名: {tper1.family_given}   身份证号: {tnat1.cn}
检查项目: [[胸部CT平扫]]
临床诊断: 咳嗽两周
申请医生: {tper2.family_given}
申请日期: {tdate1.jp}
""",
        (("zh_CN", 1),),
        ("CN",),
    ),
    _t(
        "claim-za",
        "insurance claim",
        """MEDICAL AID CLAIM
Main member: {tper1.last_first}
ID number: {tnat1.za}
Membership no: {tplan1}
Dependant: {tper2.first} (code 02), DOB {tdob1}
Practice: {tper3.full}, practice no. {tlic1}
Date of service {tdate1}; [[ICD-10 J06.9]]; tariff [[0190]]
""",
        (("zu_ZA", 1), ("en_US", 1)),
        ("ZA",),
    ),
    _t(
        "kyc-cl",
        "KYC review",
        """Verificación de identidad - cuenta vista
Cliente: {tper1.full}
RUT: {tnat1.cl}
Fecha de nacimiento: {tdob1.eu}
Dirección: {taddr1}
Cédula (foto anverso): {tphoto1}
Prueba de vida: [[superada]]
IP de registro: {tip1.v6}
""",
        (("es_CL", 1),),
        ("CL",),
    ),
    _t(
        "fraud-sim-swap",
        "fraud case",
        """SIM-swap alert triage
Customer: {tper1.caps_last_first}
MSISDN: {ttel1.intl}
Old SIM {tdev1}, new SIM {tdev2}, swapped {tdate1.fhir}
Within 2 h: new payee {tper2.full} added, {tiban1} -- transfer attempted
Login IP {tip1} (first seen), device {tmac1}
[[Outcome]]: payment held, customer confirmed fraud
""",
    ),
    _t(
        "hr-leave-pl",
        "HR leave request",
        """WNIOSEK URLOPOWY
Imię i nazwisko: {tper1.full}
Nr ewidencyjny: {tref1}
Rodzaj urlopu: [[urlop na żądanie]]
Termin: {tdate1.de} - {tdate2.de}
Zastępstwo: {tper2.full}
Podpis przełożonego: {tper3.initial_last}
""",
        (("pl_PL", 1),),
    ),
    _t(
        "chat-vet-triage",
        "chat transcript",
        """Messenger export
[{tdate1.iso} 19:02] {tper1.full}: Hello? my grandad {tper2.first_last} is {tage1} and
  confused since this afternoon
[{tdate1.iso} 19:03] NurseLine ({tper3.first}): Is he breathing normally? Any new
  weakness in his face or arms? Please give me your address.
[{tdate1.iso} 19:03] {tper1.full}: {taddr1}
[{tdate1.iso} 19:04] NurseLine ({tper3.first}): Calling 999 for you now. Stay on
  {ttel1}. [[FAST]] check: face drooping?
""",
    ),
    _t(
        "lab-gr",
        "lab result report",
        """ΑΠΟΤΕΛΕΣΜΑΤΑ ΕΞΕΤΑΣΕΩΝ
Ονοματεπώνυμο: {tper1.full}
Ημ. γέννησης: {tdob1.de}
Ημερομηνία: {tdate1.de}
[[Γλυκόζη]] 102 [[mg/dL]]   [[Χοληστερόλη]] 231 [[mg/dL]]
Ιατρός: {tper2.full}
""",
        (("el_GR", 1),),
    ),
    _t(
        "police-he",
        "police incident report",
        """דו"ח אירוע
שם המתלונן: {tper1.full}
ת.ז.: {tnat1.il}
כתובת: {taddr1}
טלפון: {ttel1}
תאריך: {tdate1.de}
תיאור: [[גניבת רכב]], מספר רישוי {tveh1.plate}
""",
        (("he_IL", 1),),
        ("IL",),
    ),
]


TEMPLATES += [
    # --- a few more systems ------------------------------------------------------------------
    _t(
        "care-home-es",
        "care home admission",
        """Residencia de mayores - ficha de ingreso
Residente: {tper1.last}, {tper1.first}
Edad: {tage1.es} años
Fecha de ingreso: {tdate1.langes}
Familiar de referencia: {tper2.full} (hija), teléfono {ttel1}
Tarjeta sanitaria: {tplan1}
Dieta: [[triturada]], sin sal. [[Riesgo de caídas]]: alto.
""",
        ES,
    ),
    _t(
        "care-home-uk",
        "care home admission",
        """Admission checklist - residential care
Resident: {tper1.caps_last_first}   Age on admission: {tage1}
Room: 3 (ground floor)
Previous address: {taddr1}
[[DNACPR]] form seen: yes, signed by {tper2.full} on {tdate1}
Power of attorney: {tper3.full}, {ttel1}, {tmail1}
Valuables: wedding ring, hearing aids (serial {tdev1.serial})
""",
        (("en_GB", 2), ("en_IE", 1)),
    ),
    _t(
        "rx-fr",
        "prescription",
        """Ordonnance
Dr {tper2.full} - médecin généraliste - RPPS {tlic1.rpps}
Le {tdate1.langfr}
Mme {tper1.caps_last} {tper1.first}, {tage1} ans
[[Paracétamol 1 g]] : 1 comprimé 3 fois par jour pendant 5 jours
[[Ne pas dépasser 3 g par jour]]
""",
        FR,
    ),
    _t(
        "pay-boleto",
        "bank transfer confirmation",
        """Comprovante de TED
Remetente: {tper1.full}
Agência 0001 - Conta corrente {tacct1.br}
Favorecido: {tper2.full}, CPF {tnat1.br}
Data: {tdate1.eu}
Finalidade: [[pagamento de aluguel]]
""",
        PT,
        ("BR",),
    ),
    _t(
        "payslip-jp",
        "payslip",
        """給与明細書
氏名: {tper1.family_given} 様
社員番号: {tref1}
支給日: {tdate1.jp}
振込口座: {tacct1.jp}
[[基本給]] / [[健康保険料]] / [[厚生年金]]
""",
        (("ja_JP", 1),),
    ),
    _t(
        "dl-check",
        "driving licence check",
        """Right-to-drive check (fleet)
Driver: {tper1.full}
Licence number: {tlic1.uk}
Check code used: shared by driver on {tdate1}
Endorsements: [[SP30]] x1 (3 points)
Company vehicle allocated: {tveh1.plate}
Checked by {tper2.initial_last}
""",
        (("en_GB", 1),),
    ),
    _t(
        "dl-dmv",
        "driving licence check",
        """DMV RECORD ABSTRACT
Name: {tper1.caps_last_first_all}
DL: {tlic1.ny}   Class [[D]]
DOB: {tdob1.adultus}   Eyes BRN  Ht 5-09
Address: {taddr1.us}
Violations: [[speeding 11-20 mph over]], conviction {tdate1.us}
Second licence on file (out of state): {tlic2.fl}
""",
        ENGLISH,
    ),
    _t(
        "forum-post",
        "community forum post",
        """Re: anyone else had this with their pump?
posted by {tper1.dotted} on {tdate1.long}

My son's [[insulin pump]] (serial {tdev1}) keeps throwing [[occlusion alarms]]. Support
ticket {tref1} has gone nowhere. If anyone at the manufacturer reads this, mail me at
{tmail1.obf} -- or find me at {turl1}
""",
    ),
    _t(
        "forum-review",
        "community forum post",
        """Review of a clinic (1 star)
by {tper1.first_initial}, {ttown1}
Waited 3 hours on {tdate1.langde}; the receptionist ({tper2.first}) shouted my
diagnosis across the waiting room. Complaint sent from {tmail1.obf}.
""",
        DE,
    ),
]


# --- The split --------------------------------------------------------------------------
SPLIT = Split(
    name="heldout_t",
    templates=TEMPLATES,
    seeds=T_SEEDS,
    locales=(
        *ENGLISH,
        *EN_WORLD,
        *DE,
        *FR,
        *ES,
        *PT,
        *NORDIC,
        *EAST,
        *ASIA,
        ("it_IT", 2),
        ("nl_NL", 2),
        ("nl_BE", 1),
        ("el_GR", 1),
        ("tr_TR", 2),
        ("ru_RU", 2),
        ("uk_UA", 1),
        ("bg_BG", 1),
        ("he_IL", 1),
        ("fa_IR", 1),
        ("hi_IN", 1),
        ("id_ID", 2),
        ("fil_PH", 1),
        ("ka_GE", 1),
        ("hy_AM", 1),
        ("lt_LT", 1),
        ("lv_LV", 1),
        ("et_EE", 1),
        ("sl_SI", 1),
        ("ga_IE", 1),
        ("zu_ZA", 1),
        ("yo_NG", 1),
        ("sw", 1),
        ("az_AZ", 1),
        ("bn_BD", 1),
    ),
    name_countries=(
        "AF",
        "AL",
        "BD",
        "CM",
        "CO",
        "DZ",
        "EG",
        "ET",
        "GH",
        "HT",
        "HU",
        "ID",
        "IN",
        "IQ",
        "IR",
        "JM",
        "MA",
        "MY",
        "NG",
        "PH",
        "SA",
        "TR",
        "ZA",
        "GR",
        "PT",
        "MX",
        "BR",
        "FI",
    ),
    id_countries=tuple(s.country for s in SCHEMES),
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("T-####-??",)
    ),
    date_formats=("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d %b %Y"),
    compound_surname=0.08,
)
