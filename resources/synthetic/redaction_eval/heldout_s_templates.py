"""Split S: held out in session 36, run once there and reported; DEV-side since session 37.

Session 37 reads S's leaks by value and tunes on them (as on D to R), so S no longer
measures generalisation: held-out T (heldout_t_templates.py), written before that tuning by
an author barred from S, does. What follows is how S was written, in session 33, by an
author who never read or ran the redactor, never saw its results and never opened another
split's templates or forms.

Documents as they are laid out in many countries and systems: clinical notes and discharge
letters, HL7 v2 and FHIR exports, claims, KYC and fraud files, payment messages, HR forms,
chat logs, e-mail threads, scans read by OCR. Values come from s_forms.py; every date is
counted back from s_forms.S_TODAY. It was merged unwired and run once, after the redactor was
frozen (9b8b932).
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.s_forms import SCHEMES
from resources.synthetic.redaction_eval.world_names import world_names

T = Template

CLINICAL = (
    T(
        "s-clinical-1",
        "clinical note",
        """PROGRESS NOTE -- Internal Medicine, ward 7B
Pt: {sper1.last_first}   DOB {sdob1}   MRN {smrn1.epic}
Seen {sdate1} 08:40 with the night registrar's handover.

S: feels "washed out", no chest pain overnight. Daughter {sper2.first_last} at bedside.
O: BP 138/84, HR 92 irregular, SpO2 95% RA, T 37.4.
A: [[atrial fibrillation]] with fast ventricular rate, likely precipitated by \
[[community-acquired pneumonia]].
P: continue [[apixaban 5 mg BD]]; rate control with [[bisoprolol 2.5 mg OD]]; repeat [[CRP]] \
tomorrow.
Call daughter on {stel1} if plan changes.
-- Dr {sper3.initial_last}, {slic1.gmc}""",
    ),
    T(
        "s-clinical-2",
        "clinical note",
        """Hausärztliche Dokumentation
Patient/in: {sper1.caps_last_space_first}, geb. {sdob1.dmy_dot}
Versichertennr.: {splan1.kvnr}
Anschrift: {saddr1}
Konsultation am {sdate1.dmy_dot}: Kontrolle [[Diabetes mellitus Typ 2]], [[HbA1c]] 7,9 %.
Medikation unverändert: [[Metformin 1000 mg]] 1-0-1.
Nächster Termin in drei Monaten. Rückruf unter {stel1.de}.""",
        locales=(("de_DE", 3), ("de_AT", 1), ("de_CH", 1)),
        id_countries=("DE", "CH"),
    ),
    T(
        "s-clinical-3",
        "clinical note",
        """SOAP | tele-visit | clinician: {sper2.first_last}, NP
patient {sper1.lower} ({sage1.yo}) joined from {stown1} via video, consent recorded verbally
subjective -- more breathless walking to the letterbox; sleeps on three pillows
objective -- weight up 2.1 kg since last call; ankles pitting to mid-shin on camera
assessment -- decompensated [[heart failure with reduced ejection fraction]]
plan -- increase [[furosemide 40 mg]] to twice daily x3 days, nurse visit to {saddr1}
next contact {sdate1.us_long}""",
    ),
    T(
        "s-clinical-4",
        "clinical note",
        """NOTE D'ÉVOLUTION -- Service de pneumologie
Nom : {sper1.caps_last}   Prénom : {sper1.first}
Né(e) le {sdob1.dmy}   IPP {smrn1}   {snat1.label} : {snat1.fr}
Le {sdate1.local}, patient(e) vu(e) en consultation de suivi de [[BPCO stade GOLD 3]].
Tabagisme sevré. [[VEMS]] à 41 % de la théorique.
Poursuite [[tiotropium]] et réhabilitation respiratoire à {stown1}.
Médecin : Dr {sper2.caps_last_space_first} -- RPPS {slic1.rpps}""",
        locales=(("fr_FR", 3), ("fr_BE", 1), ("fr_CH", 1)),
        id_countries=("FR",),
    ),
    T(
        "s-clinical-5",
        "clinical note",
        """门诊病历
姓名：{sper1.native}    性别：女    出生日期：{sdob1.jp}
身份证号：{snat1.cn}    病历号：{smrn1.jp}
就诊日期：{sdate1.jp}
主诉：[[咳嗽]]三天，伴低热。
诊断：[[上呼吸道感染]]
处理：[[阿莫西林]] 0.5g 每日三次。联系电话：{stel1.cn}
医师：{sper2.native}""",
        locales=(("zh_CN", 1),),
        id_countries=("CN",),
    ),
    T(
        "s-discharge-1",
        "discharge summary",
        """DISCHARGE SUMMARY
Name ........ {sper1.caps_last_first}
Hosp. no .... {smrn1.uk}     NHS no. {snat1.gb}
Admitted .... {sdate1.long}      Discharged .... {sdate2.long}
Consultant .. {sper2.initials_caps_last}
Principal diagnosis: [[fractured neck of femur]] (left), treated with [[hemiarthroplasty]].
Follow-up: fracture clinic in six weeks; GP to review [[Adcal-D3]] and [[alendronic acid]].
Discharged to: {saddr1.lines}
Next of kin: {sper3.full}, tel {stel1.gb}""",
        locales=(("en_GB", 3), ("en_IE", 1)),
        id_countries=("GB",),
    ),
    T(
        "s-discharge-2",
        "discharge summary",
        """Epikrise / Entlassungsbrief
Liebe Kolleginnen und Kollegen der Hausarztpraxis,
wir berichten über {sper1.full}, geb. am {sdob1.local}, wohnhaft {saddr1},
die sich vom {sdate1.dmy_dot} bis {sdate2.dmy_dot} in unserer stationären Behandlung befand.
Diagnosen: [[NSTEMI]], [[arterielle Hypertonie]], [[Hyperlipidämie]]
Therapie: Koronarangiographie mit Stent in die RIVA; [[ASS 100 mg]] und [[Ticagrelor 90 mg]] \
für zwölf Monate.
Mit kollegialem Gruß aus der Kardiologie
{sper2.first_caps_last}, Oberärztin Kardiologie""",
        locales=(("de_DE", 2), ("de_AT", 1)),
    ),
    T(
        "s-discharge-3",
        "discharge summary",
        """ВЫПИСНОЙ ЭПИКРИЗ
Пациент: {sper1.native}
Дата рождения: {sdob1.dmy_dot}    ИНН {snat1.ru}
Находился на лечении с {sdate1.dmy_dot} по {sdate2.dmy_dot}
Диагноз: [[внебольничная пневмония]], средней тяжести.
Рекомендовано: [[амоксициллин]] ещё 5 дней, контроль рентгенограммы через месяц.
Лечащий врач: {sper2.full}    Тел. отделения: {stel1.ru}""",
        locales=(("ru_RU", 1),),
        id_countries=("RU",),
    ),
    T(
        "s-discharge-4",
        "discharge summary",
        """Discharge Summary (auto-generated from EHR)
----------------------------------------------------------------
Patient Name:  {sper1.last_first_middle}        Sex: M     Age: {sage1}
DOB:           {sdob1.mdy_pad}       Acct #: {sacct1.us}
Attending:     {sper2.first_last}, MD (NPI {slic1.npi})
Admit/Disch:   {sdate1.mdy_pad} / {sdate2.mdy_pad}
----------------------------------------------------------------
Hospital course: admitted from SNF with [[urosepsis]]; blood cultures grew [[E. coli]].
Completed [[ceftriaxone]] then oral [[cefalexin]]. Goals of care discussed with son {sper3.first}.
Disposition: return to facility at {saddr1}.""",
        locales=(("en_US", 1),),
        id_countries=("US",),
    ),
    T(
        "s-discharge-5",
        "discharge summary",
        """RESUMO DE ALTA
Utente: {sper1.full}  |  N.º SNS/processo: {smrn1}
NIF {snat1.pt}  |  Data de nascimento {sdob1.dmy}
Internamento de {sdate1.local} a {sdate2.local}
Motivo: [[descompensação de insuficiência cardíaca]]
Medicação à saída: [[bisoprolol]], [[sacubitril/valsartan]], [[espironolactona]].
Contacto do cuidador: {sper2.first_last} -- {stel1.pt}""",
        locales=(("pt_PT", 1),),
        id_countries=("PT",),
    ),
    T(
        "s-radiology-1",
        "radiology request",
        """IMAGING REQUEST -- please complete all fields
Modality: [[CT pulmonary angiogram]]     Urgency: same day
Patient: {sper1.caps_last_first}   DOB {sdob1}   Hosp# {smrn1}
Weight 82 kg   eGFR 64   [[contrast allergy]]: none known
Clinical question: [[pulmonary embolism]]? Wells score 6.5, D-dimer raised.
Requested by {sper2.initial_last} on {sdate1.dt}
Accession {smrn2.acc}""",
    ),
    T(
        "s-radiology-2",
        "radiology request",
        """Solicitud de estudio radiológico
Paciente: {sper1.last_first}    DNI/NIE: {snat1.es}
Fecha nac.: {sdob1.dmy}    Tel.: {stel1}
Estudio solicitado: [[RM de rodilla derecha]] sin contraste
Sospecha clínica: [[rotura de menisco interno]]
Médico peticionario: {sper2.full} (n.º colegiado {slic1.cert})
Fecha de solicitud: {sdate1.local}""",
        locales=(("es_ES", 2), ("es_MX", 1), ("es_AR", 1)),
        id_countries=("ES",),
    ),
    T(
        "s-radiology-3",
        "radiology request",
        """ORM^O01 order as printed from the RIS queue
PID|1|{smrn2.visit}|{smrn1}^^^RIS^PI||{sper1.hl7_caps}^^^^^L||{sdob1.hl7}|F||||{saddr1}|||{stel1}
ORC|NW|{sref1.ticket}|||||^^^{sdate1.hl7ts}
OBR|1|||[[XR CHEST 2 VIEWS]]|||||||||||||{sper2.hl7}
NTE|1||[[shortness of breath]], rule out effusion""",
    ),
    T(
        "s-radiology-4",
        "radiology request",
        """Radiology referral -- Medicare bulk-billed
Name: {sper1.full}   Medicare: {splan1.medicare}
Address: {saddr1}
Examination: [[Ultrasound abdomen]] -- RUQ pain, ?[[cholelithiasis]]
Requesting practitioner: Dr {sper2.last} Prov. No. {slic1.ahpra}
Date of request: {sdate1.dmy}   Patient phone {stel1.au}""",
        locales=(("en_AU", 3), ("en_NZ", 1)),
        id_countries=("AU",),
    ),
    T(
        "s-referral-1",
        "referral letter",
        """診療情報提供書
紹介先：{stown1} 総合病院 循環器内科 御侍史
患者氏名：{sper1.native} 様　　生年月日：{sdob1.jp}
住所：{saddr1}
電話：{stel1.jp}
傷病名：[[労作性狭心症]]
紹介目的：精査加療のお願い。[[ニトログリセリン]]舌下で改善あり。
{sdate1.jp}
紹介元医師：{sper2.native}""",
        locales=(("ja_JP", 1),),
    ),
    T(
        "s-referral-2",
        "referral letter",
        """Dear Dr {sper2.last},

Re: {sper1.full}, born {sdob1.long}, of {saddr1}

Thank you for seeing this pleasant gentleman, whom I reviewed in surgery on {sdate1.long}.
He describes six months of [[dysphagia to solids]] and weight loss of about 6 kg.
He takes [[omeprazole 20 mg]] and [[amlodipine 5 mg]]. I would be grateful for an urgent
[[OGD]] under the two-week-wait pathway. His mobile is {stel1}.

Yours sincerely,
{sper3.first_last}
GP partner""",
    ),
    T(
        "s-referral-3",
        "referral letter",
        """Verwijsbrief huisarts
Naam patiënt: {sper1.last_first}      BSN {snat1.nl}
Geboortedatum: {sdob1.dmy_dash}
Adres: {saddr1}
Verwezen naar: dermatologie, [[verdenking basaalcelcarcinoom]] op de neus.
Huisarts: {sper2.initials_nodot_last} -- AGB-code {slic1.cert}
Datum: {sdate1.dmy_dash}""",
        locales=(("nl_NL", 2), ("nl_BE", 1)),
        id_countries=("NL",),
    ),
    T(
        "s-referral-4",
        "referral letter",
        """Skierowanie do poradni specjalistycznej
Imię i nazwisko: {sper1.caps_full}
PESEL: {snat1.pl}
Adres zamieszkania: {saddr1}
Rozpoznanie: [[J45.0]] [[astma oskrzelowa]]
Cel skierowania: konsultacja alergologiczna
Data wystawienia: {sdate1.local}
Lekarz kierujący: {sper2.full}, nr prawa wykonywania zawodu {slic1.gmc}""",
        locales=(("pl_PL", 1),),
        id_countries=("PL",),
    ),
    T(
        "s-lab-1",
        "lab report",
        """LABORATORY REPORT                                Page 1 of 1
Patient      {sper1.caps_last_first}
Specimen     {smrn1.lab}      Collected {sdate1.dt}
Ordered by   {sper2.initials}
Test                 Result   Units      Ref range
[[Haemoglobin]]       102      g/L        115-165   L
[[Ferritin]]          9        ug/L       15-300    L
[[TSH]]               2.1      mIU/L      0.4-4.0
Comment: picture consistent with [[iron deficiency]]. Phoned to ward on {stel1}.""",
    ),
    T(
        "s-lab-2",
        "lab report",
        """ORU^R01 -- chemistry results
MSH|^~|LIS|CENTRAL LAB|EHR|WARD|{sdate1.hl7ts}||ORU^R01|{sref1.ticket}|P|2.5.1
PID|1||{smrn1.epic}^^^HOSP^MR~{snat1.us}^^^SSA^SS||{sper1.hl7_caps}||{sdob1.hl7}|M
OBX|1|NM|[[2345-7]]^[[Glucose]]^LN||11.2|mmol/L|3.9-5.5|H|||F
OBX|2|NM|[[4548-4]]^[[Hemoglobin A1c]]^LN||8.4|%|4.0-5.6|H|||F""",
        id_countries=("US",),
    ),
    T(
        "s-lab-3",
        "lab report",
        """Laboratorní nález -- biochemie
Jméno: {sper1.full}   RČ: {snat1.cz}
Pojišťovna: 111   Číslo pojištěnce: {splan1.polis}
Odběr: {sdate1.dmy_dot}
[[kreatinin]] 148 umol/l (vyšší), [[eGFR]] 41 ml/min/1,73m2
Vyšetřující lékař: {sper2.caps_last_space_first}""",
        locales=(("cs_CZ", 2), ("sk_SK", 1)),
        id_countries=("CZ",),
    ),
    T(
        "s-lab-4",
        "lab report",
        """Pathology -- histology report
Surname: {sper1.caps_last}   Forename: {sper1.caps_first}   Age {sage1}
Lab no. {smrn1.lab}   Received {sdate1.mon}
Specimen: skin ellipse, left forearm
Microscopy: [[nodular basal cell carcinoma]], completely excised, margins 2 mm.
Reported by {sper2.initials_caps_last}, consultant histopathologist, {sdate2.mon}""",
    ),
    T(
        "s-rx-1",
        "prescription",
        """Rx
{sper1.first_last}               DOB {sdob1.mdy}
{saddr1}
[[Lisinopril 10 mg tablet]] -- 1 tab PO daily, #90, refills 3
[[Atorvastatin 40 mg]] -- 1 tab at bedtime, #90, refills 3
Prescriber {sper2.first_last}, MD   DEA {slic1.dea}   NPI {slic2.npi}
Date written {sdate1.mdy}""",
        locales=(("en_US", 1),),
    ),
    T(
        "s-rx-2",
        "prescription",
        """RICETTA ELETTRONICA -- promemoria per l'assistito
Assistito: {sper1.caps_full}
Codice fiscale: {snat1.it}
Prescrizione: [[Pantoprazolo 20 mg]] cpr gastroresistenti, 1 confezione
Nota AIFA [[1]]
Data: {sdate1.dmy}
Medico: {sper2.last_first} -- tel. ambulatorio {stel1.it}""",
        locales=(("it_IT", 1),),
        id_countries=("IT",),
    ),
    T(
        "s-rx-3",
        "prescription",
        """e-Recept / vydaný {sdate1.dmy_dot}
pacient {sper1.last_space_first}, nar. {sdob1.dmy_dot}
přípravek [[Ibalgin 400]], [[Helicid 20]]
identifikátor eReceptu {sref1.ticket}
předepsal {sper2.full}""",
        locales=(("cs_CZ", 1),),
    ),
    T(
        "s-rx-4",
        "prescription",
        """PHARMACY LABEL
{sper1.caps}
Take ONE tablet by mouth every 12 hours WITH FOOD
[[METFORMIN HCL ER 500MG]]   Qty 60
Rx# {sref1.ticket}   Filled {sdate1.mdy_pad}
Dr. {sper2.caps_last}
{saddr1.caps}
Call {stel1.us} for refills""",
        locales=(("en_US", 3), ("en_CA", 1)),
    ),
    T(
        "s-hl7-1",
        "HL7 ADT message",
        """MSH|^~|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|ELAB-3|{sdate1.hl7ts}||ADT^A01|\
{sref1.ticket}|P|2.5
EVN|A01|{sdate1.hl7ts}
PID|1||{smrn1}^^^GHH^MR||{sper1.hl7_caps}||{sdob1.hl7}|F||2106-3|{saddr1.caps}||{stel1}|||S||\
{sacct1.us}|{snat1.us}
NK1|1|{sper2.hl7}|DAU|||{stel2}
PV1|1|I|2000^2012^01||||{slic1.npi}^{sper3.hl7}|||SUR||||ADM|A0""",
        id_countries=("US",),
    ),
    T(
        "s-hl7-2",
        "HL7 ADT message",
        """MSH|^~|PAS|QEH|PACS|RAD|{sdate1.hl7ts}||ADT^A08|{sref1.ticket}|P|2.4
PID|||{snat1.gb}^^^NHS^NH~{smrn1.uk}^^^QEH^MR||{sper1.hl7}||{sdob1.hl7}|M|||{saddr1}||{stel1.gb}
PD1|||[[SURGERY]]^^{slic1.gmc}
PV1||O|OPD^CLINIC 4|||||||[[RHEUMATOLOGY]]""",
        locales=(("en_GB", 1),),
        id_countries=("GB",),
    ),
    T(
        "s-hl7-3",
        "HL7 ADT message",
        """MSH|^~|HIS|KLINIKUM|LIS|LAB|{sdate1.hl7ts}||ADT^A04|{sref1}|P|2.5
PID|1||{smrn1.de}^^^KLIN^PI||{sper1.hl7_caps}||{sdob1.hl7}|F|||{saddr1}||{stel1.de}
IN1|1|[[AOK]]|{splan1.kvnr}""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-fhir-1",
        "FHIR Patient resource",
        """{"resourceType": "Patient", "id": "{smrn2.visit}", "active": true,
 "identifier": [{"use": "official", "system": "http://hl7.org/fhir/sid/us-ssn", "value": \
"{snat1.us}"},
   {"use": "usual", "type": {"text": "Medical record number"}, "value": "{smrn1.epic}"}],
 "name": [{"use": "official", "family": "{sper1.last}", "given": ["{sper1.first}"], "prefix": []}],
 "telecom": [{"system": "phone", "value": "{stel1}", "use": "mobile", "rank": 1}, {"system": \
"email", "value": "{smail1}", "rank": 2}],
 "gender": "unknown", "birthDate": "{sdob1.iso}",
 "address": [{"use": "home", "type": "both", "text": "{saddr1}", "period": {"start": \
"{sdate1.iso}"}}],
 "photo": [{"contentType": "image/jpeg", "url": "{sphoto1}"}]}""",
        id_countries=("US",),
    ),
    T(
        "s-fhir-2",
        "FHIR Patient resource",
        """resourceType: Observation
status: final
code: [[LOINC 8867-4]] [[Heart rate]]
subject:
  display: {sper1.first_last}
  identifier: {smrn1}
effectiveDateTime: {sdate1.dt}
device:
  display: wrist wearable, serial {sdev1.cgm}, MAC {smac1}
valueQuantity: 112 [[/min]]""",
    ),
    T(
        "s-fhir-3",
        "FHIR Patient resource",
        """GET /fhir/R4/Patient?identifier={snat1}&birthdate={sdob1.iso} HTTP/1.1
Host: {sip1}
-- 200 OK, 1 entry --
Patient/{smrn1.visit}: {sper1.full} | gender female | {saddr1} | {stel1}
generalPractitioner: {sper2.last_first}
managingOrganization: [[Regional Health Authority]]""",
    ),
    T(
        "s-vax-1",
        "vaccination record",
        """IMMUNISATION RECORD
Child: {sper1.first_last}     Born: {sdob1.long}
Parent/guardian: {sper2.full}     Tel: {stel1}
{sdate1.dmy}  [[DTaP/IPV/Hib/HepB]] dose 1   batch AB47C   given by {sper3.initials_nodot_last}
{sdate2.dmy}  [[PCV13]] dose 1                 batch 3MK9
{sdate3.dmy}  [[MenB]] dose 1                  batch RX2Q
Clinic: {saddr1}""",
    ),
    T(
        "s-vax-2",
        "vaccination record",
        """Impfbescheinigung / vaccination certificate
Name, Vorname: {sper1.last_first}
Geburtsdatum: {sdob1.iso}
Impfstoff: [[Comirnaty]]   Dosis 3/3   Datum: {sdate1.iso}
Impfstelle: {stown1}
Zertifikatkennung: URN:UVCI:01DE/{sref1.ticket}""",
    ),
    T(
        "s-vax-3",
        "vaccination record",
        """Carteira de vacinação -- registro
Nome: {sper1.full}
CPF: {snat1.br}    Cartão SUS: {splan1}
Nascimento: {sdob1.dmy}
[[Febre amarela]] -- dose única -- {sdate1.dmy} -- UBS {stown1}
[[Tríplice viral]] -- 2ª dose -- {sdate2.dmy}""",
        locales=(("pt_BR", 1),),
        id_countries=("BR",),
    ),
    T(
        "s-ambulance-1",
        "ambulance run sheet",
        """PATIENT CARE REPORT  unit M14  incident {sref1.ticket}
Dispatched {sdate1.hl7ts}  to {saddr1}  (GPS {sgeo1})
Pt {sper1.caps_last_first}, approx {sage1} y, found on floor by neighbour {sper2.first}
Chief complaint: [[fall]], unable to weight-bear R hip
Vitals: BP 102/60  P 110  RR 22  GCS 15
Tx: [[methoxyflurane]] 3 mL, scoop stretcher
Handover to ED triage nurse {sper3.first_initial}""",
    ),
    T(
        "s-ambulance-2",
        "ambulance run sheet",
        """ePCR export
incident_no,call_time,location,lat_lon,patient,dob,complaint,crew
{sref1.ticket},{sdate1.dt},"{saddr1}","{sgeo1.dec}","{sper1.last_first}",{sdob1.iso},[[chest \
pain]],"{sper2.initial_last}; {sper3.initial_last}\"""",
    ),
    T(
        "s-ambulance-3",
        "ambulance run sheet",
        """Rettungsdienst -- Protokoll des Einsatzes
Einsatznummer: {sref1}
Einsatzort: {saddr1}
Koordinaten: {sgeo1.dms}
Patient: {sper1.caps_last_space_first}, Alter {sage1}
Verdachtsdiagnose: [[Apoplex]], Lyse-Fenster offen
Übergabe an: Stroke Unit, {stown1}""",
        locales=(("de_DE", 2), ("de_AT", 1), ("de_CH", 1)),
    ),
)

MONEY = (
    T(
        "s-claim-1",
        "insurance claim",
        """CMS-1500 (as keyed by the billing office)
box 1a | insured member id     | {splan1.bcbs}
box 2  | patient (last, first) | {sper1.caps_last_first_all}
box 3  | patient dob           | {sdob1.mdy_pad}
box 5  | patient street/city   | {saddr1.caps}
box 5  | patient phone         | {stel1.us}
box 21 | icd indicator 0       | A. [[M54.5]]  B. [[M47.816]]
box 24 | from-to dos           | {sdate1.mdy_pad}   CPT [[97110]] x4 units
box 26 | pt acct no            | {sacct1.cust}
box 33 | billing npi           | {slic1.npi}""",
        locales=(("en_US", 1),),
    ),
    T(
        "s-claim-2",
        "insurance claim",
        """Claim notification -- motor
Claim ref: {sref1.claim}
Policyholder: {sper1.full}
Vehicle reg: {sveh1.gb}   VIN {sveh2.vin}
Date of loss: {sdate1.long} at approx 17:15
Location: junction near {spost1}, {stown1}
Third party: {sper2.first_last}, {stel1}, insurer not yet known
Description: third party reversed out of a driveway into the nearside rear door.""",
        locales=(("en_GB", 2), ("en_IE", 1)),
    ),
    T(
        "s-claim-3",
        "insurance claim",
        """Demande de remboursement -- mutuelle
Adhérent : {sper1.last_first}
N° adhérent : {splan1.member}     N° sécurité sociale : {snat1.fr}
Bénéficiaire des soins : {sper2.first} (enfant)
Date des soins : {sdate1.dmy}
Nature : [[séance d'orthophonie]] x 10, [[dépassement d'honoraires]]
Remboursement sur le compte {siban1}""",
        locales=(("fr_FR", 1),),
        id_countries=("FR",),
    ),
    T(
        "s-claim-4",
        "insurance claim",
        """TRAVEL INSURANCE -- MEDICAL EXPENSES CLAIM
Insured person: {sper1.full}   Passport: {spass1}
Policy / certificate no.: {splan1.member}
Treatment abroad at: {stown1}, on {sdate1.dmon}
Diagnosis per hospital invoice: [[acute appendicitis]], [[laparoscopic appendicectomy]]
Amount claimed: EUR 7 412,60
Pay to card ending -- full number for refund: {scard1}
Contact e-mail: {smail1}""",
    ),
    T(
        "s-kyc-1",
        "KYC review",
        """KYC PERIODIC REVIEW -- retail, risk tier MEDIUM
Customer:            {sper1.caps_last_first}
Date of birth:       {sdob1.iso}
Nationality:         [[PT]]
ID document:         passport {spass1}, verified by NFC chip read on {sdate1.iso}
Tax identifier:      {snat1.pt}
Residential address: {saddr1}
Source of funds:     salary; employer confirmed by payslip
Selfie match score:  0.97 ({sphoto1})
Analyst:             {sper2.handle}
Outcome:             [[no change to risk rating]]""",
        id_countries=("PT", "ES", "BR"),
    ),
    T(
        "s-kyc-2",
        "KYC review",
        """Onboarding case {sref1.sar} -- enhanced due diligence (PEP screening hit)
Applicant: {sper1.first_caps_last}, born {sdob1.long}, {stown1}
Screening hit: possible match to a regional council member -- same surname, different DOB
Documents: national ID {snat1}, utility bill for {saddr1}
Device fingerprint at signup: IP {sip1}, MAC of registered handset {smac1}
Decision by {sper2.full} on {sdate1.long}: [[false positive]], proceed with standard monitoring""",
    ),
    T(
        "s-kyc-3",
        "KYC review",
        """Kundenidentifizierung nach [[GwG]] -- VideoIdent-Protokoll
Vorgangsnummer: {sref1.sar}
Name: {sper1.last_first}
Geburtsdatum / -ort: {sdob1.dmy_dot}, {stown1}
Ausweisart: [[Personalausweis]], Nr. {spass1.de}
Meldeadresse: {saddr1}
Referenzkonto: {siban1}
Identifiziert durch: {sper2.initial_last}, {sdate1.dmy_dot}""",
        locales=(("de_DE", 2), ("de_AT", 1)),
    ),
    T(
        "s-kyc-4",
        "KYC review",
        """kyc_review.json
{"case": "{sref1.sar}",
 "subject": {"name": "{sper1.full}", "dob": "{sdob1.iso}", "id_number": "{snat1}", "id_type": \
"{snat1.label}"},
 "contact": {"email": "{smail1}", "phone": "{stel1.e164}"},
 "checks": {"[[sanctions]]": "clear", "[[adverse media]]": "clear", "[[liveness]]": "pass"},
 "reviewer": "{sper2.handle_under}",
 "reviewed_at": "{sdate1.dt}"}""",
    ),
    T(
        "s-fraud-1",
        "fraud case",
        """FRAUD CASE FILE {sref1.case}
Opened {sdate1.dmy} by {sper1.initial_last} (card fraud team)
Cardholder: {sper2.caps_last_first}, {saddr1}
Card: {scard1}
Disputed transactions (all card-not-present):
  {sdate2.dmy}  ONLINE ELECTRONICS  GBP 1,249.00
  {sdate2.dmy}  GIFT CARDS DIRECT   GBP 500.00
Login before the purchases came from {sip1}; the cardholder's usual device is {sdev1.imei}.
Status: [[confirmed fraud]], card blocked, replacement to be posted.""",
    ),
    T(
        "s-fraud-2",
        "fraud case",
        """Betrugsverdacht -- interner Vermerk
Fall: {sref1.case}
Betroffene: {sper1.full}, Konto {siban1}
Am {sdate1.local} wurde per Anruf von "{stel1}" ein angeblicher Bankmitarbeiter gemeldet
([[Call-ID-Spoofing]]). Überweisung an {siban2} über EUR 3.800.
Rückruf-Nummer der Kundin: {stel2.de}
Bearbeiter: {sper2.caps_last}""",
        locales=(("de_DE", 1), ("de_CH", 1), ("de_AT", 1)),
    ),
    T(
        "s-fraud-3",
        "fraud case",
        """Case {sref1.case} / insurance fraud unit / STRICTLY CONFIDENTIAL
Subject: {sper1.last_first}, DOB {sdob1.mdy}, SSN {snat1.us}
Claimed injury: [[whiplash]] after low-speed collision, vehicle {sveh1.vin}
Surveillance {sdate1.mdy}: subject observed lifting paving slabs at {saddr1}
Social media: {surl1.social}
Investigator: {sper2.first_last}, licence {slic1.cert}
Recommendation: refer to SIU counsel.""",
        id_countries=("US",),
    ),
    T(
        "s-fraud-4",
        "fraud case",
        """[ALERT] account takeover suspected
user={sper1.handle} email={smail1} last_ok_login={sdate1.dt} from {sip1}
new_login={sdate2.dt} from {sip2} device={sdev1.uuid} mac={smac1}
actions: password reset, new payee {sacct1.sort}, transfer 2,000.00
rule: [[ATO-17 new device + new payee within 10 min]]
assigned: {sper2.handle_dash}""",
    ),
    T(
        "s-swift-1",
        "SWIFT MT103 payment",
        """{1:F01RZBAATWWAXXX}{2:I103BKAUATWWXXXXN}{4:
:20:{sref1.mt}
:23B:CRED
:32A:{sdate1.swift}EUR12500,00
:50K:/{siban1.compact}
{sper1.ascii_caps}
{saddr1.caps}
:59:/{siban2.compact}
{sper2.ascii_caps}
:70:[[INVOICE SETTLEMENT]]
:71A:SHA
-}""",
    ),
    T(
        "s-swift-2",
        "SWIFT MT103 payment",
        """gpi tracker -- payment status
UETR: {sref1.uetr}
Debtor: {sper1.ascii_caps}  Account {sacct1.us}
Creditor: {sper2.ascii_caps}  IBAN {siban1}
Value date {sdate1.iso}  Status [[ACSC]] (settlement completed)
Charges: [[OUR]]""",
    ),
    T(
        "s-swift-3",
        "SWIFT MT103 payment",
        """Remittance advice
We have today remitted the sum below on your instructions.
Ordering customer  : {sper1.caps_full}, a/c {sacct1}
Beneficiary        : {sper2.caps_full}
Beneficiary bank   : [[BIC DEUTDEFF]]
Beneficiary a/c    : {siban1}
Value date         : {sdate1.dmon}
Our ref            : {sref1.mt}""",
    ),
    T(
        "s-sepa-1",
        "SEPA credit transfer",
        """pain.001 summary (flattened)
MsgId={sref1.mt};CreDtTm={sdate1.dt};NbOfTxs=1
Dbtr.Nm={sper1.ascii_caps};DbtrAcct.IBAN={siban1.compact}
Cdtr.Nm={sper2.ascii_caps};CdtrAcct.IBAN={siban2.compact}
RmtInf.Ustrd=[[RENT]] FLAT 2 -- {sdate2.swift}
EndToEndId={sref2.uetr}""",
    ),
    T(
        "s-sepa-2",
        "SEPA credit transfer",
        """Überweisungsbeleg
Empfänger: {sper1.full}
IBAN: {siban1}
BIC: [[GENODEF1S04]]
Betrag: 86,40 EUR
Verwendungszweck: Rechnung Physiotherapie {sdate1.dmy_dot}
Kontoinhaber: {sper2.last_first}   IBAN {siban2}
Datum: {sdate2.dmy_dot}   Unterschrift""",
        locales=(("de_DE", 2), ("de_AT", 1)),
    ),
    T(
        "s-sepa-3",
        "SEPA credit transfer",
        """Mandat de prélèvement SEPA
Référence unique du mandat (RUM) : {sref1.mt}
Débiteur : {sper1.caps_last_space_first}
Adresse : {saddr1}
IBAN : {siban1}
Signé à {stown1}, le {sdate1.dmy}""",
        locales=(("fr_FR", 2), ("fr_BE", 1)),
    ),
    T(
        "s-dispute-1",
        "card chargeback dispute",
        """Chargeback dispute form -- reason code [[13.1 merchandise not received]]
Cardholder name: {sper1.full}
Card number: {scard1}
Transaction date: {sdate1.us_long}
Merchant: online furniture retailer
Cardholder statement: "Ordered a sofa, tracking stopped at the depot, no reply to e-mails."
Contact: {smail1} / {stel1}
Signed {sdate2.mdy}""",
    ),
    T(
        "s-dispute-2",
        "card chargeback dispute",
        """Reclamação de transação -- cartão
Titular: {sper1.full}
Cartão: {scard1}
Data: {sdate1.dmy}
Valor: R$ 1.890,00 -- [[compra não reconhecida]]
CPF do titular: {snat1.br}
Protocolo: {sref1.claim}""",
        locales=(("pt_BR", 1),),
        id_countries=("BR",),
    ),
    T(
        "s-dispute-3",
        "card chargeback dispute",
        """Ticket {sref1.ticket} -- double charge
Customer {sper1.first} {sper1.last} says card {scard1} was charged twice on {sdate1.dmy_dot}.
Acquirer reference: [[ARN]] supplied by merchant.
Refund approved by {sper2.initial_last}.""",
    ),
    T(
        "s-loan-1",
        "loan application",
        """Application for an unsecured personal loan (branch copy)
Applicant .................. {sper1.full}
Date of birth .............. {sdob1.dmy}
Social insurance no. ....... {snat1.ca}
Home address ............... {saddr1}
Time at address ............ 4 yrs
Mobile ..................... {stel1.ca}
Employer / position ........ regional hospital / ward clerk
Bank: transit-inst-account . {sacct1.ca}
Amount requested ........... CAD 18,000 over 60 months -- purpose [[debt consolidation]]""",
        locales=(("en_CA", 2), ("fr_CA", 1)),
        id_countries=("CA",),
    ),
    T(
        "s-loan-2",
        "loan application",
        """Solicitud de crédito
Nombre completo: {sper1.caps_full}
CURP: {snat1.mx}
Domicilio: {saddr1}
CLABE para depósito: {sacct1.clabe}
Teléfono: {stel1.mx}
Correo: {smail1}
Fecha: {sdate1.local}
Aval: {sper2.full}""",
        locales=(("es_MX", 1),),
        id_countries=("MX",),
    ),
    T(
        "s-loan-3",
        "loan application",
        """Home loan pre-approval -- broker notes
Applicants: {sper1.first_last} and {sper2.first_last}
Security property: {saddr1}
Borrower 1 TFN sighted: {snat1.au}; DL {slic1}
BSB/account for repayments: {sacct1.bsb}
Valuation booked for {sdate1.dmy}
Notes: [[LVR 80%]], [[LMI not required]]""",
        locales=(("en_AU", 1),),
        id_countries=("AU",),
    ),
    T(
        "s-statement-1",
        "bank statement",
        """STATEMENT OF ACCOUNT                         period to {sdate1.long}
{sper1.caps_full}
{saddr1.lines}
Sort code and account: {sacct1.sort}
IBAN: {siban1}
DATE        DESCRIPTION                       OUT        IN
{sdate2.dmon}   CARD {scard1}  SUPERMARKET       54.20
{sdate3.dmon}   FASTER PAYMENT {sper2.caps}                 250.00
[[BALANCE CARRIED FORWARD]]""",
    ),
    T(
        "s-statement-2",
        "bank statement",
        """Kontoauszug Nr. 11
Inhaber: {sper1.full}, {saddr1}
IBAN {siban1}
{sdate1.dmy_dot}  Lastschrift  [[Krankenkasse Beitrag]]        -412,55
{sdate2.dmy_dot}  Gutschrift   Gehalt                         2.940,10
{sdate3.dmy_dot}  Überweisung an {sper2.last_first}             -75,00""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-statement-3",
        "bank statement",
        """date,description,amount,balance
{sdate1.iso},"ZELLE TO {sper1.caps}",-120.00,2210.44
{sdate2.iso},"ACH DEPOSIT PAYROLL",1850.32,4060.76
{sdate3.iso},"CHECKCARD {scard1} PHARMACY",-23.18,4037.58
account,{sacct1.us},owner,"{sper2.last_first}\"""",
    ),
    T(
        "s-sar-1",
        "suspicious activity report",
        """SUSPICIOUS ACTIVITY REPORT -- narrative
Filing ref {sref1.sar}. Subject {sper1.full} (DOB {sdob1.mdy}, SSN {snat1.us}) of {saddr1}
made 14 cash deposits of USD 9,000-9,900 between {sdate1.mdy} and {sdate2.mdy} at branches
near {stown1}, consistent with [[structuring]]. Funds were wired to {siban1}.
Subject's known phone {stel1}; e-mail {smail1}.
Prepared by {sper2.first_last}, BSA officer.""",
        id_countries=("US",),
    ),
    T(
        "s-sar-2",
        "suspicious activity report",
        """Melding ongebruikelijke transactie
Cliënt: {sper1.full}   geboren {sdob1.dmy_dash}   BSN {snat1.nl}
Rekening: {siban1}
Indicator: [[subjectieve indicator]] -- contante stortingen, herkomst onduidelijk
Meldingsdatum: {sdate1.dmy_dash}
Behandelaar: {sper2.initials_nodot_last}""",
        locales=(("nl_NL", 1),),
        id_countries=("NL",),
    ),
    T(
        "s-sar-3",
        "suspicious activity report",
        """Crypto exchange -- internal escalation
user: {sper1.first_last} ({smail1})
kyc doc: {spass1} | selfie {sphoto1}
withdrawals to 11 fresh wallets within 2h; logins from {sip1} and {sip2}
flag: [[mixer exposure]] | escalated {sdate1.dt} by {sper2.handle}""",
    ),
)

WORK_AND_LAW = (
    T(
        "s-leave-1",
        "HR leave request",
        """LEAVE REQUEST FORM
Employee name: {sper1.full}             Staff no.: {sref1}
Department: pathology laboratory
Type of leave: [[sick leave]] (self-certified up to 7 days)
From {sdate1.dmy} to {sdate2.dmy} inclusive
Reason (optional): [[gastroenteritis]]
Contact while absent: {stel1}
Line manager: {sper2.first_last}   Approved [x]   Date {sdate3.dmy}""",
    ),
    T(
        "s-leave-2",
        "HR leave request",
        """From: {sper1.first_last} -- {smail1}
To: hr-absence@
Subject: parental leave -- notice

Hi team,
I'd like to give notice of [[shared parental leave]] starting {sdate1.long}, returning
{sdate2.long}. Our baby's due date is {sdate3.long}. MAT B1 attached.
My manager {sper2.first} is aware.
Thanks, {sper1.first}""",
    ),
    T(
        "s-leave-3",
        "HR leave request",
        """Urlaubsantrag
Mitarbeiter/in: {sper1.last_first}   Personalnummer: {sref1}
Art: [[Erholungsurlaub]]
Zeitraum: {sdate1.dmy_dot} -- {sdate2.dmy_dot} (12 Arbeitstage)
Vertretung: {sper2.full}
Genehmigt: {sper3.initial_last}, Abteilungsleitung""",
        locales=(("de_DE", 2), ("de_CH", 1), ("de_AT", 1)),
    ),
    T(
        "s-leave-4",
        "HR leave request",
        """Wniosek o urlop
Imię i nazwisko pracownika: {sper1.full}
Proszę o udzielenie [[urlopu wypoczynkowego]] w dniach od {sdate1.dmy_dot} do {sdate2.dmy_dot}.
{stown1}, dnia {sdate3.dmy_dot}
Podpis przełożonego: {sper2.initial_last}""",
        locales=(("pl_PL", 1),),
    ),
    T(
        "s-payslip-1",
        "payslip",
        """PAYSLIP  --  period ending {sdate1.dmy}
Employee: {sper1.caps_last_first}     NI/Tax ref on file
Employee no.: {sref1}
Basic pay ............ 2,916.67
[[PAYE tax]] ......... -371.20
[[NI contributions]] . -205.44
Net pay to {sacct1.sort}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "s-payslip-2",
        "payslip",
        """Lønnsslipp
Ansatt: {sper1.full}
Fødselsnummer: {snat1.no}
Periode: {sdate1.dmy_dot}
Bruttolønn 48 200,00 -- [[forskuddstrekk]] 14 060,00
Utbetalt til konto {siban1}""",
        locales=(("no_NO", 1),),
        id_countries=("NO",),
    ),
    T(
        "s-payslip-3",
        "payslip",
        """Bulletin de salaire
Salarié : {sper1.caps_last_space_first}
N° SS du salarié : {snat1.fr}
Emploi : infirmier(e) -- coefficient 350
Période du {sdate1.dmy} au {sdate2.dmy}
[[Salaire de base]] 2 480,00   [[CSG déductible]] -168,64
Virement sur {siban1}""",
        locales=(("fr_FR", 1),),
        id_countries=("FR",),
    ),
    T(
        "s-contract-1",
        "employment contract",
        """CONTRACT OF EMPLOYMENT
This agreement is made on {sdate1.long} between the Employer and
{sper1.full}, of {saddr1} (the "Employee").
1. Start date: {sdate2.long}. 2. Role: [[clinical coder]]. 3. Probation: six months.
4. Salary is paid monthly into the account the Employee nominates ({sacct1}).
Signed: {sper1.initial_last} ...........  for the Employer: {sper2.initial_last} ...........""",
    ),
    T(
        "s-contract-2",
        "employment contract",
        """Contrato de trabajo -- datos del trabajador
Nombre y apellidos: {sper1.full}
DNI: {snat1.es}    N.º afiliación SS: {splan1}
Domicilio: {saddr1}
Fecha de inicio: {sdate1.local}
Categoría: [[técnico en cuidados de enfermería]]""",
        locales=(("es_ES", 1),),
        id_countries=("ES",),
    ),
    T(
        "s-contract-3",
        "employment contract",
        """Työsopimus
Työntekijä: {sper1.full}, henkilötunnus {snat1.fi}
Osoite: {saddr1}
Työsuhde alkaa {sdate1.dmy_dot} ja on [[toistaiseksi voimassa oleva]].
Palkka maksetaan tilille {siban1}.""",
        locales=(("fi_FI", 1),),
        id_countries=("FI",),
    ),
    T(
        "s-background-1",
        "background check",
        """Screening outcome -- pre-hire consumer report
Candidate: {sper1.last_first_middle}
Also known as: {sper1.initials_nodot_last}
DOB: {sdob1.mdy_pad}    SSN (last verified): {snat1.us}
Address history: {saddr1} (current); {saddr2} (prior)
Driving record: licence {slic1.ca}, [[no violations]]
Education verified with registrar on {sdate1.mdy_pad}
Report prepared by {sper2.full}""",
        locales=(("en_US", 1),),
        id_countries=("US",),
    ),
    T(
        "s-background-2",
        "background check",
        """DBS enhanced check -- result summary
Applicant: {sper1.full}
Date of birth: {sdob1.long}
Certificate number: {slic1.cert}
Issue date: {sdate1.long}
Police records of convictions: [[NONE RECORDED]]
Registered body countersignatory: {sper2.initials_caps_last}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "s-background-3",
        "background check",
        """Vendor vetting -- contractor access
name {sper1.first_last} | id {snat1} ({snat1.label}) | born {sdob1.iso}
fingerprint record {sbio1.fp} | badge photo {sphoto1}
badge MAC whitelist {smac1}
cleared {sdate1.iso} -- [[site access level 2]]""",
    ),
    T(
        "s-police-1",
        "police incident report",
        """INCIDENT REPORT   CAD ref {sref1}
Reported {sdate1.dt} by {sper1.first_last} (tel {stel1})
Location: {saddr1}  -- grid {sgeo1}
Offence type: [[theft from motor vehicle]] (vehicle left locked)
Vehicle: {sveh1}, laptop and passport {spass1} taken from the boot
Suspect description: male, dark hoodie, left on a bicycle toward {stown1}
Officer: PC {sper2.last}""",
    ),
    T(
        "s-police-2",
        "police incident report",
        """Procès-verbal d'audition de témoin -- feuillet 1
Le {sdate1.dmy}, devant nous, officier de police judiciaire,
comparaît {sper1.caps_last_space_first}, né(e) le {sdob1.dmy} à {stown1},
demeurant {saddr1}, qui déclare :
« Mon téléphone ({sdev1.imei}) m'a été arraché devant la gare. »
Lecture faite, persiste et signe.""",
        locales=(("fr_FR", 2), ("fr_BE", 1)),
    ),
    T(
        "s-police-3",
        "police incident report",
        """Anzeige wegen Sachbeschädigung
Anzeigeerstatter: {sper1.full}, {saddr1}, Tel. {stel1}
Tatzeit: {sdate1.dmy_dot} zwischen 22 und 6 Uhr
Geschädigtes Fahrzeug: {sveh1.de}
Aktenzeichen: {sref1.docket}
Sachbearbeiter: POK {sper2.last}""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-court-1",
        "court filing",
        """IN THE CIRCUIT COURT
Case No. {sref1.docket}
{sper1.caps_full}, Petitioner,
v.
{sper2.caps_full}, Respondent.
PETITION FOR [[DISSOLUTION OF MARRIAGE]]
Petitioner resides at {saddr1}. The parties married on {sdate1.us_long} and separated on
{sdate2.us_long}. One minor child, {sper3.initials}, born {sdob1.us_long}.""",
        locales=(("en_US", 1),),
    ),
    T(
        "s-court-2",
        "court filing",
        """Sentenza n. {sref1.docket}
Il Tribunale, in composizione monocratica, nella causa promossa da
{sper1.full} (C.F. {snat1.it}), residente in {saddr1},
contro {sper2.full},
[[rigetta la domanda]] e compensa le spese.
Così deciso in {stown1}, il {sdate1.local}.""",
        locales=(("it_IT", 1),),
        id_countries=("IT",),
    ),
    T(
        "s-court-3",
        "court filing",
        """WITNESS STATEMENT (CJ Act 1967 s.9; MC Rules 1981 r.70)
Statement of: {sper1.full}
Age if under 18: over 18     Occupation: care assistant
I live at {saddr1}. On {sdate1.long} at about 21:30 I saw a grey hatchback, registration
{sveh1.gb}, mount the kerb outside number 12. The driver, whom I now know as
{sper2.first_last}, got out and walked off toward [[the railway bridge]].
Signed {sper1.initial_last}   Dated {sdate2.dmy}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "s-tenancy-1",
        "tenancy agreement",
        """ASSURED SHORTHOLD TENANCY -- letting of a furnished flat
Landlord: {sper1.full}, contact {smail1}
Tenant(s): {sper2.full} and {sper3.full}
Property: {saddr1}
Term: 12 months from {sdate1.long}
Rent: 1,150.00 per calendar month, payable to {sacct1.sort}
Deposit protected with [[the Deposit Protection Service]].""",
    ),
    T(
        "s-tenancy-2",
        "tenancy agreement",
        """Mietvertrag (Auszug)
Vermieter: {sper1.last_first}
Mieter: {sper2.full}, geboren am {sdob1.dmy_dot}
Mietobjekt: {saddr1}, 3 Zimmer, [[Kaltmiete]] 890 EUR
Mietbeginn: {sdate1.dmy_dot}
Kaution auf Konto {siban1}""",
        locales=(("de_DE", 1), ("de_AT", 1)),
    ),
    T(
        "s-tenancy-3",
        "tenancy agreement",
        """Contrato de arrendamiento de vivienda
Arrendador: {sper1.full}, RUT {snat1.cl}
Arrendatario: {sper2.full}
Inmueble: {saddr1}
Vigencia desde el {sdate1.local}
Garantía: un mes de renta, [[reajuste según IPC]].""",
        locales=(("es_CL", 1),),
        id_countries=("CL",),
    ),
    T(
        "s-utility-1",
        "utility bill",
        """ELECTRICITY BILL
Account holder: {sper1.caps}
Supply address: {saddr1.caps}
Account number: {sacct1.cust}   Meter serial: {sdev1.cpap}
Bill date: {sdate1.long}
[[Standing charge]] 61.64p/day   [[Unit rate]] 24.50p/kWh
Pay by Direct Debit from {sacct2.sort}""",
    ),
    T(
        "s-utility-2",
        "utility bill",
        """Factura de gas natural
Titular: {sper1.full}   NIF: {snat1.es}
Dirección de suministro: {saddr1}
Contador n.º {sdev1}
Periodo facturado: {sdate1.dmy} -- {sdate2.dmy}
[[Término fijo]] 12,33 EUR   [[Término de energía]] 47,10 EUR
Domiciliado en {siban1}""",
        locales=(("es_ES", 1),),
        id_countries=("ES",),
    ),
    T(
        "s-utility-3",
        "utility bill",
        """Broadband -- monthly invoice
Customer: {sper1.first_last}  ({smail1})
Service address: {saddr1}
Router: serial {sdev1.uuid}, WAN MAC {smac1}, static IP {sip1}
Invoice date {sdate1.us_long} -- [[Fibre 500]] plan
Card on file: {scard1}""",
    ),
    T(
        "s-travel-1",
        "travel booking",
        """BOOKING CONFIRMATION -- record locator {sref2.ticket}
Passenger 1: {sper1.caps_last}/{sper1.caps_first} MR
Passenger 2: {sper2.caps_last}/{sper2.caps_first} MS
Flight [[LH 400]] {stown1} -- {stown2}, {sdate1.dmon}, seat 32C
Frequent flyer: {sref1}
Passport (APIS): {spass1}, expires {sdate2.dmon}
Paid with {scard1}
Contact phone {stel1.e164}""",
    ),
    T(
        "s-travel-2",
        "travel booking",
        """予約確認書
お客様氏名：{sper1.native} 様
ご宿泊日：{sdate1.jp}　2泊
ご連絡先：{stel1.jp}
メール：{smail1}
[[朝食付きプラン]]""",
        locales=(("ja_JP", 1),),
    ),
    T(
        "s-travel-3",
        "travel booking",
        """Rail pass activation
Traveller: {sper1.full}, born {sdob1.iso}
Pass number: {sref1.ticket}   Passport: {spass1}
First travel day: {sdate1.iso}
[[Global Pass 15 days in 2 months]]""",
    ),
    T(
        "s-visa-1",
        "visa application",
        """APPLICATION FOR SCHENGEN VISA
1. Surname(s) [family name(s)]: {sper1.caps_last}
3. First name(s): {sper1.caps_first}
4. Date of birth: {sdob1.dmy_dash}
5. Place of birth: {stown1}
13. Passport / travel document no.: {spass1}
17. Applicant's home address and e-mail: {saddr1}; {smail1}
    Telephone: {stel1}
29. Intended date of arrival: {sdate1.dmy_dash}
[[Purpose of journey: medical reasons]]""",
    ),
    T(
        "s-visa-2",
        "visa application",
        """Biometrics appointment confirmation
Applicant {sper1.full}, GWF reference {sref1}
Fingerprints enrolled -- record {sbio1.fp}
Facial image -- {sphoto1}
Appointment {sdate1.long}, visa application centre, {stown1}
Bring: passport {spass1}, [[TB test certificate]]""",
    ),
    T(
        "s-visa-3",
        "visa application",
        """Residence permit renewal -- case worker notes
Applicant: {sper1.last_first}; permit no. {spass1.brp}; DOB {sdob1.dmy}
Current address {saddr1}; mobile {stel1}
Sponsor: {sper2.full}
Biometric enrolment {sbio1} on {sdate1.dmy}
Decision: [[granted]] -- leave to remain until {sdate2.dmy}""",
    ),
    T(
        "s-hotel-1",
        "hotel registration card",
        """GUEST REGISTRATION
Name / Nom: {sper1.caps_last_first}
Nationality: ________   Passport/ID: {spass1}
Home address: {saddr1}
Arrival {sdate1.dmy} -- Departure {sdate2.dmy}   Room 418
Car registration: {sveh1}
Signature: ________   [[Breakfast included]]""",
    ),
    T(
        "s-hotel-2",
        "hotel registration card",
        """Scheda di notifica alloggiati (questura)
Cognome: {sper1.caps_last}   Nome: {sper1.first}
Nato/a il {sdob1.dmy} a {stown1}
Documento: passaporto {spass1}
Arrivo: {sdate1.dmy}""",
        locales=(("it_IT", 1),),
    ),
    T(
        "s-hotel-3",
        "hotel registration card",
        """Folio / guest ledger
Guest: {sper1.first_last}  -- loyalty {sref1}
Check-in {sdate1.us_long}, room 1207, 3 nights, [[non-smoking king]]
Card pre-authorised: {scard1}
Wi-Fi device registered: {smac1}""",
    ),
    T(
        "s-rental-1",
        "car rental agreement",
        """RENTAL AGREEMENT
Renter: {sper1.full}   DL no. {slic1.dvla}
DOB {sdob1.dmy}   Phone {stel1}
Vehicle: [[Group C compact]], plate {sveh1}, VIN {sveh2.vin}
Out: {sdate1.dt}   Due back: {sdate2.dt}
Second authorised driver: {sper2.full} (licence {slic2})
Deposit held on {scard1}""",
    ),
    T(
        "s-rental-2",
        "car rental agreement",
        """Mietwagen-Übergabeprotokoll
Fahrzeug: {sveh1.de}   Kilometerstand 41 212
Mieter: {sper1.last_first}, Führerschein {slic1.de}
Übergabe: {sdate1.dmy_dot}, {stown1}
Schäden bei Übergabe: [[Kratzer Stoßstange hinten]]""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-accident-1",
        "vehicle accident report",
        """EUROPEAN ACCIDENT STATEMENT -- vehicle A
Driver: {sper1.caps_last}, {sper1.first}
Address: {saddr1}
Driving licence: {slic1}  valid until {sdate1.dmy}
Vehicle registration: {sveh1}
Insurer policy no.: {splan1.member}
Place of accident: {stown1}, {sgeo1}
Date: {sdate2.dmy}   Injuries: [[none]]
Circumstances: box 10 -- [[changing lanes]]""",
    ),
    T(
        "s-accident-2",
        "vehicle accident report",
        """Crash report narrative
Unit 1 ({sveh1.us}, VIN {sveh2.vin}) driven by {sper1.first_last}, DOB {sdob1.mdy},
OLN {slic1.ny}, was northbound when Unit 2 ({sveh3.us}) driven by {sper2.first_last}
failed to yield. Unit 2 driver transported to hospital with [[suspected minor injury]].
Reporting officer {sper3.last}, {sdate1.mdy}.""",
        locales=(("en_US", 1),),
    ),
    T(
        "s-parking-1",
        "parking fine",
        """PENALTY CHARGE NOTICE
PCN number: {sref1}
Vehicle registration mark: {sveh1.gb}
Registered keeper: {sper1.caps_full}, {saddr1.caps}
Contravention: [[code 01 parked in a restricted street during prescribed hours]]
Date and time: {sdate1.dmy} 10:42
Photographic evidence: {sphoto1}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "s-parking-2",
        "parking fine",
        """Avis de contravention
Immatriculation : {sveh1.fr}
Titulaire du certificat : {sper1.caps_last_space_first}
Adresse : {saddr1}
Date de l'infraction : {sdate1.dmy}
[[Stationnement gênant]] -- amende forfaitaire 35 EUR""",
        locales=(("fr_FR", 1),),
    ),
)

MESSAGES = (
    T(
        "s-chat-1",
        "chat transcript",
        """[09:02] Agent {sper1.first} joined the chat
[09:02] {sper2.first_last}: hi, my insulin pump keeps alarming "no delivery"
[09:03] {sper1.first}: Sorry to hear that. Can you read me the serial on the back?
[09:03] {sper2.first_last}: {sdev1.pump}
[09:04] {sper1.first}: Thanks. And the date of birth on the account?
[09:04] {sper2.first_last}: {sdob1.dmy}
[09:06] {sper1.first}: A replacement ships today to {saddr1}. Meanwhile use [[rapid-acting \
insulin pen]] as your clinic advised.
[09:07] {sper2.first_last}: ok thx, call me on {stel1} if the courier can't find it""",
    ),
    T(
        "s-chat-2",
        "chat transcript",
        """WhatsApp chat export
{sdate1.dmy_dot}, 18:44 - {sper1.first}: Mama ist wieder im Krankenhaus, Station 3
{sdate1.dmy_dot}, 18:45 - {sper2.first_last}: Oh nein. Welches Krankenhaus?
{sdate1.dmy_dot}, 18:45 - {sper1.first}: in {stown1}, ruf mich an {stel1}
{sdate1.dmy_dot}, 18:47 - {sper2.first_last}: Hat sie wieder [[Vorhofflimmern]]?
{sdate1.dmy_dot}, 18:48 - {sper1.first}: ja, und sie ist jetzt {sage1.y} ... die Ärzte sind \
vorsichtig""",
        locales=(("de_DE", 2), ("de_AT", 1), ("de_CH", 1)),
    ),
    T(
        "s-chat-3",
        "chat transcript",
        """Support transcript #{sref1.ticket}
Customer ({smail1}): my card {scard1} was declined abroad
Bot: I can help with that. For security, please confirm the postcode on your account.
Customer: {spost1}
Bot: Thank you, {sper1.first}. I've noted [[travel notice]] for your card.
Agent {sper2.initial_last} took over at 14:10
Agent: the decline came from a terminal at {stown1}; was that you?""",
    ),
    T(
        "s-chat-4",
        "chat transcript",
        """#oncall-infra  (Slack export)
{sper1.handle}  10:14  db-replica-3 paging again, disk 97%
{sper2.handle}  10:15  on it. ssh from {sip1}?
{sper1.handle}  10:15  yes, and {sip2} is the bastion now. ping {sper3.first} if [[WAL \
archiving]] is stuck
{sper3.handle}  10:22  cleared. rotated logs, see {surl1}""",
    ),
    T(
        "s-chat-5",
        "chat transcript",
        """Telegram · группа «Волонтёры»
{sper1.full}: Нужен водитель отвезти {sper2.first} на [[диализ]] в четверг
{sper3.full}: Могу. Адрес?
{sper1.full}: {saddr1}, телефон {stel1}""",
        locales=(("ru_RU", 2), ("uk_UA", 1)),
    ),
    T(
        "s-email-1",
        "e-mail thread",
        """From: {sper1.full} -- {smail1}
Sent: {sdate1.us_long} 16:02
To: {sper2.first_last}
Subject: RE: results

Thanks, that's a relief. One more thing -- the pharmacy says the repeat for
[[levothyroxine 75 micrograms]] hasn't come through. Can you send it again?

| On {sdate2.us_long}, {sper2.first_last} wrote:
| Your [[thyroid function tests]] are back within range. No change needed.
| -- {sper2.first}""",
    ),
    T(
        "s-email-2",
        "e-mail thread",
        """De : {sper1.first_last} [{smail1}]
Envoyé : {sdate1.local}
À : secrétariat cardiologie
Objet : report de rendez-vous

Bonjour,
Je dois décaler l'[[échocardiographie]] de mon père, {sper2.full} (né le {sdob1.dmy}).
Mon portable : {stel1}, joignable après 17 h.
Cordialement""",
        locales=(("fr_FR", 2), ("fr_BE", 1), ("fr_CH", 1), ("fr_CA", 1)),
    ),
    T(
        "s-email-3",
        "e-mail thread",
        """----- forwarded from the finance mailbox -----
From: {smail1}
To: {smail2}
Date: {sdate1.dt}
Subject: Fwd: invoice + bank details changed!!

pls pay the new account from today: {siban1}
old one {siban2} is closed. thanks {sper1.first}
[[DO NOT PAY -- suspected business e-mail compromise, flagged by finance]]""",
    ),
    T(
        "s-email-4",
        "e-mail thread",
        """Hej {sper1.first},
tack för samtalet i går. Som vi sa flyttas din [[gastroskopi]] till {sdate1.local}.
Ta med legitimation och ditt personnummer ({snat1.se}).
Med vänliga hälsningar
{sper2.full}
Endoskopimottagningen, tfn {stel1}""",
        locales=(("sv_SE", 1),),
        id_countries=("SE",),
    ),
    T(
        "s-portal-1",
        "patient portal message",
        """MyChart-style message
From: {sper1.first_last}
To: care team
Subject: rash after new medicine
Started [[co-trimoxazole]] on {sdate1.mdy} and now have an itchy rash on my arms. No
lip swelling. Photo uploaded: {sphoto1}
Best number {stel1}""",
    ),
    T(
        "s-portal-2",
        "patient portal message",
        """Bericht via patiëntenportaal
Van: {sper1.full} (geb. {sdob1.dmy_dash})
Datum: {sdate1.dmy_dash}
Ik heb sinds twee weken last van [[duizeligheid]] na het opstaan. Kan de dosering van
[[amlodipine]] omlaag? U kunt mij bellen op {stel1}.""",
        locales=(("nl_NL", 1), ("nl_BE", 1)),
    ),
    T(
        "s-portal-3",
        "patient portal message",
        """Secure message -- reply from clinic
Dear {sper1.first},
Your [[INR]] today was 3.4. Please take [[warfarin]] 3 mg instead of 4 mg until your next
check on {sdate1.long}. If you notice bleeding, call {stel1} or attend A&E.
{sper2.first_last}, anticoagulation nurse""",
    ),
    T(
        "s-sms-1",
        "appointment reminder SMS",
        """SMS to {stel1}: Hi {sper1.first}, reminder of your [[physiotherapy]] appt on \
{sdate1.dmy} at 09:30 with {sper2.first}. Reply C to cancel.""",
    ),
    T(
        "s-sms-2",
        "appointment reminder SMS",
        """Msg from HOSPITAL: {sper1.caps_first}, your [[colonoscopy]] is booked {sdate1.dmon}. \
Start [[bowel prep]] the day before. Queries {stel1}""",
    ),
    T(
        "s-sms-3",
        "appointment reminder SMS",
        """Recordatorio: {sper1.first}, tu cita de [[vacunación antigripal]] es el {sdate1.dmy} \
en el centro de salud de {stown1}. Info: {stel1}""",
        locales=(("es_ES", 1), ("es_MX", 1), ("es_CO", 1), ("es_AR", 1)),
    ),
    T(
        "s-helpdesk-1",
        "IT helpdesk ticket",
        """Ticket {sref1.ticket}  |  Priority P3  |  Category: hardware
Requester: {sper1.last_first} ({smail1})
Asset: laptop, serial {sdev1}, MAC {smac1}
Issue: docking station not detected after [[BIOS update]]
Last seen on network {sdate1.dt} from {sip1}
Assigned to {sper2.handle}""",
    ),
    T(
        "s-helpdesk-2",
        "IT helpdesk ticket",
        """INC {sref1.ticket} -- clinician locked out of EHR
Caller: {sper1.full}, staff ID {sref2}
Callback: {stel1}
Workstation in the emergency department, IP {sip1}, NIC {smac1.cisco}
Resolution: password reset after identity check (DOB {sdob1.iso}); [[MFA re-enrolled]]""",
    ),
    T(
        "s-helpdesk-3",
        "IT helpdesk ticket",
        """Mobile device enrolment
User: {sper1.handle_initial}
Device: iPhone, IMEI {sdev1.imei}, Wi-Fi MAC {smac1.colon_up}
Enrolled {sdate1.iso} -- policy [[clinical-staff-BYOD]]
Personal number kept on file: {stel1}""",
    ),
    T(
        "s-log-1",
        "VPN access log",
        """{sdate1.dt} vpn-gw01 auth OK user={sper1.handle} src={sip1} assigned={sip3.private} \
client_mac={smac1}
{sdate1.dt} vpn-gw01 session start user={sper1.handle} [[split-tunnel disabled]]
{sdate2.dt} vpn-gw01 auth FAIL user={sper2.handle} src={sip2} reason=[[bad OTP]]""",
    ),
    T(
        "s-log-2",
        "VPN access log",
        """time=\"{sdate1.dt}\" level=warn msg=\"impossible travel\" user=\"{smail1}\" \
ip={sip1} geo=\"{sgeo1.dec}\" prev_ip={sip2} prev_geo=\"{sgeo2.dec}\"""",
    ),
    T(
        "s-log-3",
        "VPN access log",
        """# EHR audit trail, export for privacy officer
timestamp | user | patient | action
{sdate1.dt} | {sper1.handle_dash} | {sper2.last_first} ({smrn1.epic}) | [[VIEW chart]]
{sdate2.dt} | {sper1.handle_dash} | {sper2.last_first} ({smrn1.epic}) | [[PRINT discharge letter]]
workstation ip {sip1}""",
    ),
    T(
        "s-inventory-1",
        "device inventory export",
        """ward;type;serial;mac;assigned_to;location;last_seen
ICU;[[infusion pump]];{sdev1};{smac1.dash};{sper1.last_first};{stown1};{sdate1.iso}
5 North;[[patient monitor]];{sdev2};{smac2.dash};{sper2.last_first};{stown1};{sdate2.iso}""",
    ),
    T(
        "s-inventory-2",
        "device inventory export",
        """Implant registry entry
Patient: {sper1.full}   DOB {sdob1.dmy}   Hosp no. {smrn1}
Device: [[dual-chamber pacemaker]]  UDI {sdev1.udi}
Lead serial: {sdev2.pacer}
Implanted {sdate1.dmy} by {sper2.initial_last}
Remote monitoring transmitter: {sdev3}, home {saddr1}""",
    ),
    T(
        "s-inventory-3",
        "device inventory export",
        """DHCP leases
lease {sip1} { hardware ethernet {smac1}; client-hostname "{sper1.handle_under}-laptop"; starts \
{sdate1.dt}; }
lease {sip2} { hardware ethernet {smac2.colon}; client-hostname "{sper2.lower_first}-phone"; }""",
    ),
    T(
        "s-wearable-1",
        "wearable sync log",
        """sync ok  device={sdev1.cgm}  owner={smail1}
  [[glucose]] 11.8 mmol/L at {sdate1.dt}  trend rising
  last location {sgeo1} (shared with caregiver {sper1.first})
  app user id {sref1}""",
    ),
    T(
        "s-wearable-2",
        "wearable sync log",
        """Hearing aid fitting record
Client: {sper1.full}, {sage1}
Serials: L {sdev1.hearing} / R {sdev2.hearing}
Bluetooth addresses {smac1}, {smac2}
Fitted {sdate1.long}; [[NAL-NL2]] prescription, [[tinnitus masker]] on""",
    ),
)

CARE_AND_RECORDS = (
    T(
        "s-triage-1",
        "emergency triage note",
        """ED TRIAGE  {sdate1.dt}
Name: {sper1.caps_last_first}  Age: {sage1}  Sex: F
Brought by: daughter {sper2.first_last} ({stel1})
Presenting complaint: [[confusion]], [[reduced oral intake]] 3/7
Obs: RR 24, SpO2 93%, HR 108, BP 96/58, T 38.3 -- [[NEWS2 7]]
Category: [[ESI 2]]   Triage RN: {sper3.initial_last}""",
    ),
    T(
        "s-triage-2",
        "emergency triage note",
        """Triage-Bogen Notaufnahme -- [[Manchester-Triage]] orange
{sper1.last_first}, {sage1} J., aus Pflegeheim in {stown1}
Versichertennummer {splan1.kvnr}
Leitsymptom: [[Dyspnoe]]
Ankunft {sdate1.dmy_dot}""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-triage-3",
        "emergency triage note",
        """Fiche de tri -- urgences
Patient : {sper1.first_caps_last}, {sage1.ans}
Motif : [[douleur thoracique]] depuis 2 h
Accompagnant : {sper2.full}, {stel1}
Tri [[CIMU 2]] -- {sdate1.dt}""",
        locales=(("fr_FR", 1), ("fr_CH", 1), ("fr_BE", 1)),
    ),
    T(
        "s-operative-1",
        "operative note",
        """OPERATION NOTE
Patient: {sper1.full}   Hosp no: {smrn1.uk}   Date: {sdate1.dmy}
Surgeon: {sper2.initials_caps_last}   Assistant: {sper3.initial_last}
Anaesthetic: [[GA + TAP block]]
Operation performed: [[laparoscopic cholecystectomy]], four ports
Findings: thick-walled gallbladder, single large stone in Hartmann's pouch
Implants: none. Clips: 4 (Ligaclip).
Post-op: home same day if eating and passing urine.""",
    ),
    T(
        "s-operative-2",
        "operative note",
        """Operationsbericht
Patient: {sper1.caps_last_space_first}, geb. {sdob1.dmy_dot}
OP-Datum: {sdate1.dmy_dot}
Eingriff: [[Hüft-TEP links, zementfrei]]
Implantat-UDI: {sdev1.udi}
Operateur: {sper2.full}""",
        locales=(("de_DE", 1), ("de_CH", 1)),
    ),
    T(
        "s-trial-1",
        "clinical trial enrolment",
        """SCREENING LOG -- protocol [[ONC-301]]
Site 14 | Participant ID assigned after consent
Name (source docs only): {sper1.last_first}
Initials on CRF: {sper1.last_initials}
DOB: {sdob1.mon}   Consent signed: {sdate1.mon}
Eligibility: [[ECOG 1]], [[EGFR exon 19 deletion]] confirmed
Study coordinator: {sper2.full}, {smail1}""",
    ),
    T(
        "s-trial-2",
        "clinical trial enrolment",
        """Informed consent witness page
I, {sper1.full}, confirm that the study was explained to me in my own language.
Participant signature ......... date {sdate1.dmy}
Impartial witness: {sper2.full}, address {saddr1}
Contact for questions: {stel1}
[[Version 4.0 of the participant information sheet]]""",
    ),
    T(
        "s-trial-3",
        "clinical trial enrolment",
        """randomisation.csv
subject,site,dob,arm,randomised_on,email
"{sper1.last_first}",{stown1},{sdob1.iso},[[ARM B placebo]],{sdate1.iso},{smail1}
"{sper2.last_first}",{stown2},{sdob2.iso},[[ARM A active]],{sdate2.iso},{smail2}""",
    ),
    T(
        "s-adverse-1",
        "adverse event report",
        """MEDWATCH-style voluntary report
A. Patient: initials {sper1.initials_nodot_last}   age {sage1}   weight 61 kg
B. Adverse event: [[Stevens-Johnson syndrome]] began {sdate1.mdy_pad}
C. Suspect product: [[lamotrigine 100 mg]], lot 7K21A
D. Reporter: {sper2.first_last}, {saddr1}, {stel1}, {smail1}""",
    ),
    T(
        "s-adverse-2",
        "adverse event report",
        """Yellow Card report
Patient: {sper1.first_initial}, sex M, DOB {sdob1.dmy}, NHS {snat1.gb}
Suspected reaction: [[angioedema]] after [[ramipril]]
Onset {sdate1.dmy}; recovered
Reporter: {sper2.full}, community pharmacist""",
        id_countries=("GB",),
    ),
    T(
        "s-adverse-3",
        "adverse event report",
        """Device incident -- field safety
Device: [[insulin pump]], serial {sdev1.pump}
User: {sper1.full}, {saddr1}
Event {sdate1.iso}: occlusion alarm failed; [[diabetic ketoacidosis]] required admission
Hospital record {smrn1}""",
    ),
    T(
        "s-mh-1",
        "mental health intake",
        """MENTAL HEALTH TRIAGE -- telephone
Caller: {sper1.first_last} (self)   DOB {sdob1}   Tel {stel1}
Lives: alone at {saddr1}
Presenting: low mood 6 weeks, early waking, [[passive suicidal ideation]] without plan
Protective factors: sister {sper2.first}, dog
Risk: [[moderate]] -- same-week assessment booked {sdate1}
Clinician: {sper3.initial_last}""",
    ),
    T(
        "s-mh-2",
        "mental health intake",
        """Psychiatric intake (abridged)
{sper1.last_first}, {sage1} years, referred by GP {sper2.first_caps_last}
History: [[bipolar affective disorder]] since early twenties; lithium stopped by patient.
Current meds: [[quetiapine 300 mg nocte]]
Social: retired teacher, widowed, lives near {stown1}""",
    ),
    T(
        "s-mh-3",
        "mental health intake",
        """Erstgespräch Psychotherapie
Klient/in: {sper1.full}, geb. {sdob1.local}
Kontakt: {smail1}, {stel1}
Anlass: [[Panikattacken]] seit Umzug nach {stown1}
Krankenkasse: {splan1.kvnr}
Therapeutin: {sper2.first_last}, {sdate1.local}""",
        locales=(("de_DE", 1), ("de_AT", 1)),
    ),
    T(
        "s-homecare-1",
        "home care visit log",
        """VISIT LOG -- domiciliary care
Client: {sper1.full}  ({sage1.yrs})   Key safe: code held in office
Address: {saddr1}
{sdate1.dmy} 07:45  {sper2.first_initial}  [[personal care]], breakfast, meds prompted
{sdate1.dmy} 12:30  {sper3.first_initial}  lunch; client says knee worse
{sdate1.dmy} 18:00  {sper2.first_initial}  [[pressure areas checked]], intact""",
    ),
    T(
        "s-homecare-2",
        "home care visit log",
        """Pflegedokumentation ambulant
Klient: {sper1.caps_last_first}, {sage1} Jahre
Adresse: {saddr1}
{sdate1.dmy_dot} -- [[Insulingabe s.c.]], BZ 182 mg/dl -- Pflegekraft {sper2.last}
Angehörige informiert: {sper3.full}, {stel1}""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-homecare-3",
        "home care visit log",
        """Community nurse -- wound care
Patient {sper1.first_last}, {saddr1}
GPS check-in {sgeo1} at {sdate1.dt}
[[Venous leg ulcer]] L gaiter 4x3 cm, [[compression bandaging]] reapplied
Next visit: {sdate2.dmy}""",
    ),
    T(
        "s-death-1",
        "death certificate",
        """MCCD -- cause of death, copy for the registrar
Name of deceased: {sper1.caps_full}
Date of death as stated to me: {sdate1.long}     Age as stated to me: {sage1}
Place of death: {saddr1}
I(a) [[aspiration pneumonia]]
I(b) [[advanced Parkinson's disease]]
Certifying practitioner: {sper2.full}, GMC {slic1.gmc}
Informant: {sper3.full}, {saddr2}""",
    ),
    T(
        "s-death-2",
        "death certificate",
        """Certificat de décès -- volet administratif
Commune du décès : {stown1}
Nom : {sper1.caps_last}   Prénoms : {sper1.first}
Né(e) le : {sdob1.dmy}   Décédé(e) le : {sdate1.dmy}
Domicile : {saddr1}
[[Obstacle médico-légal : non]]""",
        locales=(("fr_FR", 1), ("fr_BE", 1)),
    ),
    T(
        "s-birth-1",
        "birth registration",
        """BIRTH NOTIFICATION
Baby: {sper1.last}, boy, born {sdate1.dt}, 3.42 kg, [[Apgar 9/10]]
Mother: {sper2.full}, DOB {sdob1.dmy}, NHS {snat1.gb}
Father: {sper3.full}
Usual address: {saddr1}
Midwife: {sper4.initial_last}""",
        id_countries=("GB",),
    ),
    T(
        "s-birth-2",
        "birth registration",
        """Acta de nacimiento (extracto)
Inscrito: {sper1.full}
Fecha de nacimiento: {sdob1.local}, en {stown1}
Padre: {sper2.full}   Madre: {sper3.full}
Registro civil, {sdate1.local}""",
        locales=(("es_MX", 1), ("es_CO", 1), ("es_AR", 1), ("es_CL", 1)),
    ),
    T(
        "s-dental-1",
        "dental chart",
        """DENTAL RECORD
Patient {sper1.last_first}   DOB {sdob1.dmy}   Recall: 6 months
{sdate1.dmy}  [[UR6 MOD composite]]; [[LL8 extraction]] advised; BPE 2/2/1 1/2/2
Radiographs: 2 bitewings ({sphoto1})
Dentist {sper2.initial_last}   GDC {slic1.gmc}""",
    ),
    T(
        "s-dental-2",
        "dental chart",
        """Zahnärztlicher Befund
Patient: {sper1.full}, Versichertennummer {splan1.kvnr}
Datum: {sdate1.dmy_dot}
Befund: [[36 Karies profunda]], [[47 fehlt]]
Behandler: {sper2.last_first}""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-occ-1",
        "occupational health report",
        """Occupational health -- fitness for work
Employee: {sper1.full}   Payroll {sref1}
Seen {sdate1.long} after 8 weeks' absence with [[lumbar radiculopathy]]
Opinion: fit for [[phased return]] over 4 weeks, no lifting over 10 kg
Copy to manager {sper2.first_last} with the employee's consent""",
    ),
    T(
        "s-occ-2",
        "occupational health report",
        """Työterveyshuolto -- lausunto
Työntekijä: {sper1.full}, {snat1.fi}
Käynti {sdate1.dmy_dot}: [[työkyky alentunut]], suositellaan osa-aikatyötä
Lääkäri: {sper2.full}""",
        locales=(("fi_FI", 1),),
        id_countries=("FI",),
    ),
    T(
        "s-social-1",
        "social services case note",
        """Case note -- adult safeguarding
Adult at risk: {sper1.full}, {sage1}, {saddr1}
Concern raised {sdate1.long} by neighbour {sper2.first_last}: [[financial abuse]] suspected;
a nephew, {sper3.full}, has her bank card ({scard1}) and online login.
Action: visit with police; bank contacted to place [[protective marker]].""",
    ),
    T(
        "s-social-2",
        "social services case note",
        """Jugendamt -- Aktenvermerk
Kind: {sper1.first}, geb. {sdob1.dmy_dot}
Mutter: {sper2.full}, {saddr1}, Tel. {stel1}
Hausbesuch am {sdate1.dmy_dot}: Wohnung aufgeräumt, Kind wirkt altersgerecht entwickelt.
[[Keine akute Kindeswohlgefährdung]]""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-school-1",
        "school medical form",
        """SCHOOL HEALTH CARE PLAN
Pupil: {sper1.first_last}   Class 4B   DOB {sdob1.dmy}
Condition: [[type 1 diabetes]]; carries [[glucagon]] and a CGM ({sdev1.cgm})
Parent 1: {sper2.full}, {stel1}
Parent 2: {sper3.full}, {stel2}
GP: {sper4.initial_last}""",
    ),
    T(
        "s-school-2",
        "school medical form",
        """Fiche sanitaire de liaison
Enfant : {sper1.caps_last_space_first}, né(e) le {sdob1.dmy}
Allergies : [[arachide]] -- trousse d'urgence avec [[adrénaline auto-injectable]]
Responsable légal : {sper2.full}, {stel1}, {smail1}""",
        locales=(("fr_FR", 1), ("fr_CA", 1)),
    ),
    T(
        "s-student-1",
        "student record",
        """STUDENT RECORD -- registrar extract
Student: {sper1.last_first_middle}
Student number: {sref1}
Date of birth: {sdob1.iso}
Term address: {saddr1}
University e-mail: {smail1}
Programme: [[BSc Nursing (Adult)]], year 2
Disability support: [[dyslexia]] -- extra time in exams""",
    ),
    T(
        "s-student-2",
        "student record",
        """Matrícula -- dados do estudante
Nome: {sper1.full}
NIF {snat1.pt}   Data de nascimento {sdob1.dmy}
Morada: {saddr1}
Curso: [[Licenciatura em Enfermagem]]""",
        locales=(("pt_PT", 1),),
        id_countries=("PT",),
    ),
    T(
        "s-student-3",
        "student record",
        """Transcript request
I, {sper1.full}, request an official transcript to be sent to {saddr1}.
Student ID {sref1}; former name {sper1.first} {sper2.last}
Pay by card: {scard1}
Signature ..........  Date {sdate1.mdy}""",
    ),
)

WORLD = (
    T(
        "s-native-ko",
        "referral letter",
        """진료의뢰서
환자 성명: {sper1.native}
주민등록번호: {snat1.kr}
주소: {saddr1}
연락처: {stel1.kr}
진단명: [[제2형 당뇨병]], [[고혈압]]
의뢰일: {sdate1.ko}
의뢰 의사: {sper2.native}""",
        locales=(("ko_KR", 1),),
        id_countries=("KR",),
    ),
    T(
        "s-native-he",
        "discharge summary",
        """סיכום אשפוז
שם המטופל: {sper1.full}
מספר זהות: {snat1.il}
תאריך לידה: {sdob1.dmy}
אושפז/ה בין {sdate1.dmy} ל-{sdate2.dmy}
אבחנה: [[דלקת ריאות]]
רופא משחרר: {sper2.full}   טלפון: {stel1.il}""",
        locales=(("he_IL", 1),),
        id_countries=("IL",),
    ),
    T(
        "s-native-ar",
        "clinical note",
        """تقرير طبي
اسم المريض: {sper1.full}
تاريخ الميلاد: {sdob1.dmy}
العنوان: {saddr1}
الهاتف: {stel1.eg}
التشخيص: [[التهاب الزائدة الدودية]]
الطبيب المعالج: {sper2.full}
التاريخ: {sdate1.dmy}""",
        locales=(("ar_EG", 2), ("ar_SA", 1), ("ar_JO", 1)),
    ),
    T(
        "s-native-el",
        "clinical note",
        """ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ
Ονοματεπώνυμο: {sper1.full}
ΑΜΚΑ: {snat1.gr}
Ημερομηνία γέννησης: {sdob1.dmy}
Διεύθυνση: {saddr1}
Κύρια διάγνωση: [[σακχαρώδης διαβήτης τύπου 2]], μη ρυθμισμένος
Ημερομηνία: {sdate1.dmy}   Ιατρός: {sper2.full}""",
        locales=(("el_GR", 2), ("el_CY", 1)),
        id_countries=("GR",),
    ),
    T(
        "s-native-th",
        "medical certificate",
        """ใบรับรองแพทย์
ชื่อผู้ป่วย {sper1.full}
เลขประจำตัวประชาชน {snat1.th}
ที่อยู่ {saddr1}
ได้มาตรวจรักษาเมื่อวันที่ {sdate1.be}
วินิจฉัยว่าเป็น [[ไข้หวัดใหญ่]] ควรพักรักษาตัว 3 วัน
แพทย์ผู้ตรวจ {sper2.full}""",
        locales=(("th_TH", 1),),
        id_countries=("TH",),
    ),
    T(
        "s-native-hi",
        "discharge summary",
        """डिस्चार्ज सारांश
रोगी का नाम: {sper1.full}
आधार संख्या: {snat1.in}
पता: {saddr1}
मोबाइल: {stel1.in}
भर्ती तिथि: {sdate1.dmy}   छुट्टी तिथि: {sdate2.dmy}
निदान: [[डेंगू बुखार]]
चिकित्सक: {sper2.full}""",
        locales=(("hi_IN", 1),),
        id_countries=("IN",),
    ),
    T(
        "s-native-uk",
        "lab report",
        """Результати аналізів
Пацієнт: {sper1.full}
РНОКПП: {snat1.ua}
Дата народження: {sdob1.dmy_dot}
Дата забору: {sdate1.dmy_dot}
[[Глюкоза]] 6,8 ммоль/л; [[Гемоглобін]] 128 г/л
Лікар: {sper2.full}, тел. {stel1.ua}""",
        locales=(("uk_UA", 1),),
        id_countries=("UA",),
    ),
    T(
        "s-native-bg",
        "clinical note",
        """АМБУЛАТОРЕН ЛИСТ
Пациент: {sper1.full}
ЕГН: {snat1.bg}
Адрес: {saddr1}
Дата: {sdate1.dmy_dot}
Диагноза: [[остър бронхит]]
Лекар: {sper2.full}""",
        locales=(("bg_BG", 1),),
        id_countries=("BG",),
    ),
    T(
        "s-native-ka",
        "chat transcript",
        """{sper1.first}: გამარჯობა, ექიმთან ჩაწერა მინდა
ოპერატორი {sper2.first}: თქვენი სახელი და გვარი?
{sper1.first}: {sper1.full}
ოპერატორი {sper2.first}: ტელეფონი?
{sper1.first}: {stel1.ge}
ოპერატორი {sper2.first}: ჩაწერილი ხართ {sdate1.dmy}, [[კარდიოლოგი]]""",
        locales=(("ka_GE", 1),),
    ),
    T(
        "s-native-tw",
        "medical certificate",
        """診斷證明書
姓名：{sper1.native}
出生日期：{sdob1.ymd_slash}
住址：{saddr1}
病名：[[急性腸胃炎]]
醫囑：宜休養三日。
就診日期：{sdate1.ymd_slash}
醫師：{sper2.native}""",
        locales=(("zh_TW", 1),),
    ),
    T(
        "s-native-fa",
        "prescription",
        """نسخه
نام بیمار: {sper1.full}
تاریخ تولد: {sdob1.iso}
تلفن: {stel1.ir}
[[آموکسی سیلین ۵۰۰]] هر هشت ساعت
پزشک: {sper2.full}
تاریخ: {sdate1.iso}""",
        locales=(("fa_IR", 1),),
    ),
    T(
        "s-native-ja2",
        "HR leave request",
        """休暇届
所属：看護部
氏名：{sper1.native}
期間：{sdate1.jp}から{sdate2.jp}まで
事由：[[年次有給休暇]]
緊急連絡先：{stel1.jp}
承認者：{sper2.native}""",
        locales=(("ja_JP", 1),),
    ),
    T(
        "s-native-ru2",
        "fraud case",
        """Обращение о мошенничестве № {sref1.case}
Заявитель: {sper1.full}, тел. {stel1.ru}
{sdate1.dmy_dot} с карты {scard1} списано 48 000 руб. после звонка «службы безопасности банка».
Номер звонившего: {stel2}
Вывод: [[социальная инженерия]]""",
        locales=(("ru_RU", 1),),
    ),
    T(
        "s-ocr-1",
        "scanned letter (OCR)",
        """--- page 1 (OCR, confidence 71%) ---
R0YAL C0UNTY H0SPITAL     0utpatients
Patlent: {sper1.ocr}    D.O.B. {sdob1.ocr}
Hosp N0: {smrn1}
Addrees: {saddr1}
Dear Dr {sper2.last},
I saw this patlent in the [[rheumat0logy]] clinic on {sdate1.ocr}. She has
[[seropositive rheumatoid arthritis]] and I have started [[methotrexate 15 mg weekly]].""",
    ),
    T(
        "s-ocr-2",
        "scanned letter (OCR)",
        """[scan 3/4] ...ing to confirm that
Mr {sper1.caps_last} ({sdob1.ocr}) of
{saddr1.lines}
attended for [[spirometry]] on {sdate1.ocr}; FEV1/FVC 0.61.
Yours faithful1y
{sper2.ocr}""",
    ),
    T(
        "s-ocr-3",
        "scanned letter (OCR)",
        """Scanned fax -- header: FROM {sfax1} TO {sfax2} {sdate1.dt} P.02
REFERRAL F0RM
Name ..{sper1.ocr}..  Tel ..{stel1}..
Insurance ..{splan1}..
Reason: [[suspected DVT]] right calf, Wells 3""",
    ),
    T(
        "s-ocr-4",
        "scanned letter (OCR)",
        """Document image text (auto-extracted)
| Name | {sper1.caps_last_first} |
| Date of birth | {sdob1.ocr} |
| Passport No | {spass1} |
| Issued | {sdate1.dmon} |
| Photo | {sphoto1} |
[[MACHINE READABLE ZONE NOT READ]]""",
    ),
    T(
        "s-fax-1",
        "fax cover sheet",
        """FAX
To: {sper1.full}, medical records
Fax: {sfax1}    Phone: {stel1}
From: {sper2.full}
Fax: {sfax2}
Date: {sdate1.us_long}     Pages incl. cover: 6
Re: records request for patient {sper3.last_first}, DOB {sdob1.mdy}
[[CONFIDENTIAL -- PROTECTED HEALTH INFORMATION]]""",
    ),
    T(
        "s-fax-2",
        "fax cover sheet",
        """TELEFAX -- Praxis
An: Labor, Fax {sfax1.de}
Von: {sper1.full}, Tel. {stel1.de}
Betreff: Befundanforderung {sper2.last_first}, geb. {sdob1.dmy_dot}
[[Eilt]]""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-sicknote-1",
        "medical certificate",
        """Statement of Fitness for Work
Patient's name: {sper1.first_last}
Assessment date (your case): {sdate1.dmy}
and, because of the following condition(s): [[acute lumbar back pain]]
I advise you that: you may be fit for work taking account of the following advice:
[[amended duties]] -- no heavy lifting
This will be the case for 4 weeks.
Doctor's signature: {sper2.initial_last}   Date of statement: {sdate2.dmy}""",
        locales=(("en_GB", 1),),
    ),
    T(
        "s-sicknote-2",
        "medical certificate",
        """Arbeitsunfähigkeitsbescheinigung
Versicherte/r: {sper1.last_first}, geb. {sdob1.dmy_dot}
Versichertennummer: {splan1.kvnr}
arbeitsunfähig seit {sdate1.dmy_dot}, voraussichtlich bis {sdate2.dmy_dot}
Diagnose: [[J06.9 G]]
Arzt-Nr. {slic1.cert}""",
        locales=(("de_DE", 1),),
    ),
    T(
        "s-genetic-1",
        "genetic test report",
        """MOLECULAR GENETICS REPORT
Patient: {sper1.full}   DOB {sdob1.dmy}   Lab ID {smrn1.lab}
Referring clinician: {sper2.first_last}
Test: [[BRCA1/BRCA2 full gene sequencing]]
Result: [[pathogenic variant detected]] -- BRCA2 c.5946delT
Family: sister {sper3.first_last} advised to attend cascade testing.
Authorised {sdate1.dmy}""",
    ),
    T(
        "s-genetic-2",
        "genetic test report",
        """Direct-to-consumer DNA kit -- account
user {smail1} | kit {sdev1.uuid} | activated {sdate1.iso}
relative matches shared: {sper1.first_last} ([[2nd cousin]]), {sper2.first_last}
profile link {surl1}""",
    ),
    T(
        "s-donor-1",
        "blood donor record",
        """Blood donor session record
Donor: {sper1.caps_last_first}   Donor no.: {sref1}
DOB: {sdob1.dmy}   Blood group [[O RhD negative]]
Session {sdate1.dmy} at {stown1}; Hb 138 g/L (copper sulphate pass)
Next eligible: {sdate2.dmy}
Contact: {stel1}, {smail1}""",
    ),
    T(
        "s-donor-2",
        "blood donor record",
        """Registro de donante
Nombre: {sper1.full}
RUN: {snat1.cl}
Fecha: {sdate1.dmy}
Grupo: [[A Rh positivo]]""",
        locales=(("es_CL", 1),),
        id_countries=("CL",),
    ),
    T(
        "s-complaint-1",
        "customer complaint letter",
        """{saddr1.lines}
{sdate1.long}

Dear Sir or Madam,
Complaint about my late mother's account, ref {sacct1}
My mother, {sper1.full}, died on {sdate2.long}. Despite sending the [[death certificate]] twice,
letters still arrive addressed to her. Please write to me, {sper2.full}, at the address above,
or e-mail {smail1}.
Yours faithfully,
{sper2.first_last}""",
    ),
    T(
        "s-complaint-2",
        "customer complaint letter",
        """Reclamo -- libro de quejas
Consumidor: {sper1.full}, CUIL {snat1.ar}
Domicilio: {saddr1}
Teléfono: {stel1}
Fecha: {sdate1.dmy}
Detalle: [[cobro indebido]] en la tarjeta {scard1}""",
        locales=(("es_AR", 1),),
        id_countries=("AR",),
    ),
    T(
        "s-sar-access-1",
        "subject access request",
        """SUBJECT ACCESS REQUEST (UK GDPR art. 15)
Full name: {sper1.full}
Previous names: {sper1.first} {sper2.last}
Date of birth: {sdob1.long}
Current address: {saddr1}
I request copies of [[all CCTV footage]] showing me at your store on {sdate1.long}
between 14:00 and 15:00, and my [[loyalty account]] data ({sacct1.cust}).""",
    ),
    T(
        "s-sar-access-2",
        "subject access request",
        """Auskunftsersuchen nach [[Art. 15 DSGVO]]
Name: {sper1.full}
Anschrift: {saddr1}
Kundennummer: {sacct1.cust}
E-Mail: {smail1}
Datum: {sdate1.dmy_dot}""",
        locales=(("de_DE", 1), ("de_AT", 1)),
    ),
    T(
        "s-debt-1",
        "debt collection letter",
        """FINAL NOTICE BEFORE LEGAL ACTION
{sper1.caps_full}
{saddr1.caps}
Our ref: {sref1.claim}   Original creditor account: {sacct1}
Balance due: 1,284.16
Pay online or call {stel1}. If you are in financial difficulty, [[free debt advice]] is \
available.""",
    ),
    T(
        "s-debt-2",
        "debt collection letter",
        """Aanmaning
Geachte heer/mevrouw {sper1.last},
Volgens onze administratie staat factuur {sref1} nog open.
Wij verzoeken u het bedrag binnen 14 dagen over te maken op {siban1}
onder vermelding van uw klantnummer {sacct1.cust}.
[[Buitengerechtelijke incassokosten]] kunnen in rekening worden gebracht.""",
        locales=(("nl_NL", 1), ("nl_BE", 1)),
    ),
    T(
        "s-pension-1",
        "pension statement",
        """Your yearly pension summary
Member: {sper1.last_first}      Member no.: {splan1.member}
Date of birth: {sdob1.long}      Normal retirement date: {sdate1.long}
National insurance / tax no.: {snat1}
Fund value at statement date: 84,210.55  [[Lifestyle strategy]]
Nominated beneficiary: {sper2.full}""",
    ),
    T(
        "s-pension-2",
        "pension statement",
        """Renteninformation
Versicherungsnummer: {splan1}
{sper1.full}
{saddr1}
Ihre bisher erreichte Rentenanwartschaft: 1.142,30 EUR -- [[Regelaltersrente]] ab \
{sdate1.dmy_dot}""",
        locales=(("de_DE", 1),),
    ),
)

TEMPLATES: tuple[Template, ...] = (
    CLINICAL + MONEY + WORK_AND_LAW + MESSAGES + CARE_AND_RECORDS + WORLD
)

# Faker locales of the documents that name none of their own: Latin-script ones carry the
# weight, a few in other scripts write their own names (Faker's values, as drawn).
LOCALES = (
    ("en_US", 6), ("en_GB", 4), ("en_IE", 1), ("en_AU", 2), ("en_NZ", 1), ("en_CA", 2),
    ("en_IN", 2), ("en_NG", 1), ("en_PH", 1), ("en_KE", 1), ("en_PK", 1), ("de_DE", 2),
    ("de_AT", 1), ("de_CH", 1), ("fr_FR", 2), ("fr_BE", 1), ("fr_CH", 1), ("fr_CA", 1),
    ("es_ES", 2), ("es_MX", 1), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1), ("it_IT", 2),
    ("pt_PT", 1), ("pt_BR", 2), ("nl_NL", 1), ("nl_BE", 1), ("sv_SE", 1), ("no_NO", 1),
    ("da_DK", 1), ("fi_FI", 1), ("pl_PL", 2), ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1),
    ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1), ("et_EE", 1), ("lt_LT", 1), ("lv_LV", 1),
    ("tr_TR", 2), ("id_ID", 1), ("vi_VN", 1), ("tl_PH", 1), ("sw", 1), ("zu_ZA", 1),
    ("sq_AL", 1), ("bs_BA", 1), ("mt_MT", 1), ("ga_IE", 1), ("is_IS", 1), ("az_AZ", 1),
    ("yo_NG", 1), ("ha_NG", 1), ("ig_NG", 1), ("tw_GH", 1), ("lb_LU", 1), ("fil_PH", 1),
    ("el_GR", 1), ("ru_RU", 1), ("uk_UA", 1), ("he_IL", 1), ("ja_JP", 1), ("ko_KR", 1),
)  # fmt: skip

SPLIT = Split(
    name="heldout_s",
    templates=TEMPLATES,
    seeds=range(84340001, 84340401),
    locales=LOCALES,
    name_countries=tuple(sorted(world_names())),
    id_countries=tuple(sorted(SCHEMES)),
    # s_forms draws none of these (its own shapes are by form); check_split asks for them.
    shapes={
        "mrn": ["MRN########"],
        "plan": ["???#########"],
        "claim": ["CLM-#######"],
        "account": ["##########"],
        "licence": ["?#######"],
        "reg": ["#######"],
        "cert": ["CERT-#####"],
        "serial": ["SN-########"],
    },
    # s_forms' date styles (format_date), not strftime formats: a date slot with no form
    # of its own is written in one of these.
    date_formats=("iso", "dmy", "dmy_dot", "mdy", "long", "us_long", "mon", "local", "dmy_dash"),
)
