"""Split L: held out in session 27, run once there and reported; DEV-side since session 28.

Session 28 reads L's leaks by value and tunes on them (as on D to K), so L no longer
measures generalisation: held-out M (heldout_m_templates.py), written before that tuning by
an author barred from L, does. What follows is how L was written: in session 26, by an
author barred from the redactor, from its results and from every other split's templates
and forms. Slots are L's own (l_forms.SLOTS); `[[...]]` marks text that must stay
readable. Seeds 84270001-84270400; seed i renders template i mod len(TEMPLATES).
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.l_forms import ID_COUNTRIES, NAME_COUNTRIES

DE = (("de_DE", 5), ("de_AT", 2), ("de_CH", 2))
FR = (("fr_FR", 5), ("fr_CA", 2), ("fr_CH", 1))
ES = (("es_ES", 3), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1))
US = (("en_US", 1),)
UK = (("en_GB", 3), ("en_IE", 1))
NORDIC = (("sv_SE", 1), ("da_DK", 1), ("no_NO", 1), ("fi_FI", 1))
ASIA = (("ja_JP", 1), ("zh_CN", 1), ("zh_TW", 1), ("ko_KR", 1), ("th_TH", 1), ("vi_VN", 1))

TEMPLATES: tuple[Template, ...] = (
    # --- clinical notes --------------------------------------------------------------------
    Template(
        "L26-clin-01",
        "clinical note",
        "PROGRESS NOTE\nPt: {lper1.last_first}   DOB {lborn1}   MRN {lmrn1}\n"
        "S: {lage1} y/o seen with daughter {lper2.first} for [[worsening dyspnoea]]. Lives at "
        "{lhome1} with a carer.\nO: BP 148/86, [[SpO2 93% on room air]].\n"
        "A/P: [[HFrEF, NYHA III]]. Increase [[furosemide 40 mg]] BD. Review {ldate1}.\n"
        "-- {lper3.initial_last}, MD",
    ),
    Template(
        "L26-clin-02",
        "clinical note",
        "Seen in clinic today. {lper1.first} tells me her GP, Dr {lper2.last}, started "
        "[[metformin 500 mg]] in the spring. HbA1c is [[58 mmol/mol]].\nContact number on file "
        "{lphone1}; she prefers text. Next of kin: husband, {lper3.full}.\n"
        "Plan: [[titrate to 1 g twice daily]], retinal screen. Letter copied to {lper2.initials}.",
        locales=UK,
    ),
    Template(
        "L26-clin-03",
        "clinical note",
        "Telehealth visit {ldate1.long} — connected from IP {lip1} (patient home).\n"
        "{lper1.caps}, identified by name and date of birth ({lborn1.us}).\n"
        "Reports [[low back pain radiating to left leg]], no [[saddle anaesthesia]].\n"
        "Will order [[MRI lumbar spine]]. Patient portal: {lurl1}\nSigned: {lper2.full}, DO",
        locales=US,
    ),
    Template(
        "L26-clin-04",
        "clinical note",
        "Sprechstunde {ldate1.dots}\nPatientin: {lper1.last}, {lper1.first}, geb. {lborn1.dots}\n"
        "Anschrift: {lhome1}\nVersichertennr.: {lplan1.kvnr}\n"
        "Befund: [[Vorhofflimmern]], Beginn [[Apixaban 5 mg]] 1-0-1.\nDr. med. {lper2.last}",
        locales=DE,
    ),
    Template(
        "L26-clin-05",
        "clinical note",
        "NURSING NOTE 0300\nMr {lper1.last} ({lmrn1}) restless overnight, pulled at "
        "[[PICC line]]. Son {lper2.first_last} phoned {lphone1.ext} at 0245, updated.\n"
        "Bed alarm on. [[Falls risk: high]].\n{lper3.first} {lper3.last_initial} RN",
    ),
    Template(
        "L26-clin-06",
        "clinical note",
        "Consultation — {lper1.native} ({lper1.latin})\nAge {lage1}. Interpreter: "
        "{lper2.full}.\nHistory of [[type 2 diabetes]] and [[CKD stage 3b]].\n"
        "Daughter's mobile: {lphone1}\nFollow-up on {ldate1}.",
        locales=ASIA,
    ),
    Template(
        "L26-clin-07",
        "clinical note",
        "pt {lper1.lower} seen on ward round, c/o [[nausea]]. wife {lper2.lower_first} at "
        "bedside.\n"
        "plan: [[ondansetron 4mg IV PRN]], recheck [[U&Es]] am.\nmrn {lmrn1} / bed 14",
    ),
    Template(
        "L26-clin-08",
        "clinical note",
        "Note de consultation du {ldate1.fr}\nM. {lper1.caps_last} {lper1.first}, né le "
        "{lborn1.fr}, domicilié {lhome1}.\nN° SS (NIR) : {lnat1.fr}\n"
        "Diagnostic : [[BPCO exacerbée]]. Traitement : [[amoxicilline 1 g]] x3/j.\n"
        "Dr {lper2.initial_last}",
        locales=FR,
    ),
    Template(
        "L26-clin-09",
        "clinical note",
        "Handover (SBAR)\nS — {lper1.last_first_initial}, bed 6, [[post-op day 2]].\n"
        "B — [[laparoscopic cholecystectomy]]; allergy [[penicillin]].\n"
        "A — afebrile, drain 40 ml.\nR — call {lper2.first} (daughter) on {lphone1} if any change.",
    ),
    Template(
        "L26-clin-10",
        "clinical note",
        "Home visit, {lhome1.rural}.\nPatient {lper1.first_middle_initial_last}, aged {lage1}, "
        "lives alone; neighbour {lper2.full} checks in daily.\n[[Pressure area care]] done. "
        "GPS of driveway for ambulance crews: {lgeo1}.",
        locales=US,
    ),
    Template(
        "L26-clin-11",
        "clinical note",
        "Nota clínica — {ldate1.es}\nPaciente: {lper1.full}; DNI {lnat1.es}; tel. {lphone1}\n"
        "Motivo: [[dolor torácico atípico]]. [[ECG sin cambios]].\n"
        "Dra. {lper2.last_space_first}",
        locales=ES,
    ),
    Template(
        "L26-clin-12",
        "clinical note",
        "ED triage {ldate1.iso}\nName: {lper1.caps_last_first}\nAge: {lage1}\n"
        "Brought by: neighbour ({lper2.first})\nComplaint: [[fall, hip pain]]\n"
        "Vehicle: arrived in private car {lveh1.plate}\n[[Triage category 3]]",
    ),
    # --- discharge summaries ------------------------------------------------------------------
    Template(
        "L26-dis-01",
        "discharge summary",
        "DISCHARGE SUMMARY for {lper1.last_first}\nAdmitted {ldate1.long}; discharged "
        "{ldate2.long}.\n"
        "Hospital no.: {lmrn1}   NHS No: {lnat1.gb}\nDiagnosis: [[community-acquired pneumonia]]\n"
        "Medications on discharge: [[doxycycline 100 mg]] OD for 5 days.\n"
        "GP: Dr {lper2.full}, {lhome1}\nDictated by {lper3.initials}",
        locales=UK,
    ),
    Template(
        "L26-dis-02",
        "discharge summary",
        "Discharge summary\n\nPatient name\n{lper1.full}\n\nDate of birth\n{lborn1}\n\n"
        "Discharge destination\n{lhome1.block}\n\nFollow-up\n[[Fracture clinic]] on {ldate1}\n\n"
        "Equipment issued\n[[Zimmer frame]], pendant alarm serial {ldev1.serial}",
    ),
    Template(
        "L26-dis-03",
        "discharge summary",
        "Entlassungsbrief\n\nLiebe Frau Kollegin {lper2.last},\nwir berichten über Ihren "
        "Patienten Herrn {lper1.full}, geb. am {lborn1.de}, wohnhaft {lhome1}, der sich vom "
        "{ldate1.dots} bis {ldate2.dots} in unserer stationären Behandlung befand.\n"
        "Diagnosen: [[NSTEMI]], [[arterielle Hypertonie]].\nMit freundlichen Grüßen\n"
        "{lper3.first_last}\nOberarzt",
        locales=DE,
    ),
    Template(
        "L26-dis-04",
        "discharge summary",
        "DC SUMMARY | {lper1.caps_full} | MRN: {lmrn1} | DOB: {lborn1.us0}\n"
        "Course: admitted with [[DKA]], resolved on [[insulin infusion]].\n"
        "PCP notified: {lper2.initial_last} (fax {lfax1}).\nOutpatient labs at {ltown1} lab on "
        "{ldate1.us}.",
        locales=US,
    ),
    Template(
        "L26-dis-05",
        "discharge summary",
        "Lettre de sortie — Service de neurologie\nPatient(e) : {lper1.caps_last_space_first}\n"
        "Né(e) le {lborn1.dots} à {ltown1}\nSortie le {ldate1.fr}\n"
        "Conclusion : [[AVC ischémique sylvien gauche]], [[thrombolyse]].\n"
        "Personne de confiance : {lper2.full} — {lphone1}",
        locales=FR,
    ),
    Template(
        "L26-dis-06",
        "discharge summary",
        "Discharge summary for {lper1.last}, {lper1.first} {lper1.last_initials}\n"
        "Transferred to {lhome1} (nursing home) by {lper2.full}.\n"
        "Advance directive: [[DNACPR in place]]. Age on admission: {lage1}.\n"
        "Pacemaker: serial {ldev1.pacer}, last check {ldate1}.",
    ),
    Template(
        "L26-dis-07",
        "discharge summary",
        "Alta hospitalaria\nNombre: {lper1.last_first}\nDocumento: {lnat1.ar} ({lnat1.label})\n"
        "Ingreso: {ldate1.es} · Egreso: {ldate2.es}\nDiagnóstico: [[apendicitis aguda]]\n"
        "Médico tratante: {lper2.full}, cédula profesional {llic1.state}",
        locales=ES,
    ),
    # --- radiology ----------------------------------------------------------------------------
    Template(
        "L26-rad-01",
        "radiology request",
        "RADIOLOGY REQUEST\nExam: [[CT abdomen/pelvis with contrast]]\nPatient: "
        "{lper1.caps_last_first}\n"
        "DOB: {lborn1}  MRN: {lmrn1}\nClinical: [[RLQ pain, raised CRP]]\neGFR 72. Allergies: "
        "nil.\n"
        "Requesting clinician: {lper2.last_first_initial} bleep 4471, ext {lphone1.ext}",
    ),
    Template(
        "L26-rad-02",
        "radiology request",
        "Ultrasound request — {lper1.full} — NHS {lnat1.gb}\nQuestion: [[?DVT left calf]]\n"
        "Transport: patient will attend from {lhome1.street}\nRequested {ldate1.brit} by "
        "{lper2.initial_last}",
        locales=UK,
    ),
    Template(
        "L26-rad-03",
        "radiology request",
        "MRI SAFETY SCREEN\nName: {lper1.boxed_last}   First name: {lper1.first}\n"
        "Implant: [[cochlear implant]] — device serial {ldev1}\nCardiac device? No\n"
        "Weight 84 kg. Screened by {lper2.first_initial} on {ldate1}.",
    ),
    Template(
        "L26-rad-04",
        "radiology report",
        "EXAM: [[XR chest PA and lateral]]\nPATIENT: {lper1.caps_last_first_all}  ACC#: "
        "{lref1.specimen}\n"
        "COMPARISON: {ldate1.us0}\nFINDINGS: [[No focal consolidation]]. Heart size normal.\n"
        "IMPRESSION: [[No acute intrathoracic abnormality]]; lines unchanged.\nRead by "
        "{lper2.full}, MD on {ldate2.us0}",
        locales=US,
    ),
    Template(
        "L26-rad-05",
        "radiology request",
        "Anforderung Radiologie: [[CT Schädel nativ]]\nPat.: {lper1.last_space_first}, "
        "*{lborn1.dots}\nFragestellung: [[Blutung nach Sturz?]]\nAngefordert von "
        "{lper2.initial_last}, "
        "Tel. {lphone1}",
        locales=DE,
    ),
    # --- insurance claims ---------------------------------------------------------------------
    Template(
        "L26-claim-01",
        "insurance claim",
        "CLAIM FORM — box 2: PATIENT NAME (Last, First, MI)\n{lper1.caps_last_first_all}\n"
        "box 3: DOB {lborn1.us0}   box 5: ADDRESS {lhome1.us}\nbox 1a: INSURED'S ID {lplan1}\n"
        "box 21: DX [[J45.909]]  box 24D: CPT [[99214]]\nbox 25: FED TAX ID {lnat1.us}\n"
        "box 31: SIGNATURE OF PHYSICIAN {lper2.full}  NPI {llic1.npi}",
        locales=US,
    ),
    Template(
        "L26-claim-02",
        "insurance claim",
        "Claim {lref1.claim} received {ldate1}.\nPolicyholder: {lper1.full} (member "
        "{lplan1.member})\n"
        "Treatment: [[physiotherapy, 6 sessions]] at {ltown1}.\nPay to account {lacct1} "
        "in the name of {lper1.caps_ascii}.",
    ),
    Template(
        "L26-claim-03",
        "insurance claim",
        "Motor claim — third party details\nDriver: {lper1.full}\nLicence no. {llic1.drive}\n"
        "Vehicle: {lveh1.vin}, reg {lveh2.plate}\nIncident {ldate1} at {lgeo1}\nWitness: "
        "{lper2.last_first}, {lphone1}",
    ),
    Template(
        "L26-claim-04",
        "insurance claim",
        "Leistungsantrag Zahnersatz\nVersicherte/r: {lper1.first} {lper1.caps_last}\n"
        "KV-Nummer: {lplan1.kvnr}\nBehandelnder Zahnarzt: Dr. {lper2.last}, {lhome1}\n"
        "[[Heil- und Kostenplan]] vom {ldate1.dots}",
        locales=DE,
    ),
    Template(
        "L26-claim-05",
        "insurance claim",
        "Medicare claim lodgement\nCard number: {lplan1.medicare}\nClaimant: {lper1.last_first}\n"
        "Service {ldate1.eu}, item [[23]] ([[Level B consultation]]) by provider {llic1.state}\n"
        "Refund to BSB/acct {lacct1.plain}",
        locales=(("en_AU", 1),),
    ),
    Template(
        "L26-claim-06",
        "insurance claim",
        "travel insurance claim\nname: {lper1.lower}\npassport: {lpass1}\nhospital abroad: "
        "{lhome1}\nadmitted {ldate1} with [[acute gastroenteritis]]\ncard used for deposit: "
        "{lcard1}",
    ),
    # --- insurance appeals --------------------------------------------------------------------
    Template(
        "L26-appeal-01",
        "insurance appeal",
        "Re: Level 1 appeal - claim {lref1.claim} (denied)\nMember: {lper1.full}  ID: {lplan1}\n\n"
        "To whom it may concern,\nI am writing on behalf of my mother, {lper1.first}, aged "
        "{lage1}, "
        "to appeal the denial of [[home oxygen therapy]]. Her pulmonologist, Dr. {lper2.last}, "
        "documented [[resting SpO2 86%]] on "
        "{ldate1.long}.\nSincerely,\n{lper3.full}\n{lhome1}\n{lmail1}",
    ),
    Template(
        "L26-appeal-02",
        "insurance appeal",
        "INTERNAL REVIEW REQUEST\nRequester — {lper1.last_first_middle}\nRelationship — self\n"
        "Policy/certificate no. {lplan1.member}\nReason: [[prior authorisation]] refused for "
        "[[adalimumab]].\nTreating rheumatologist {lper2.initials}, licence "
        "{llic1.state}.\nPhone {lphone1}",
    ),
    Template(
        "L26-appeal-03",
        "insurance appeal",
        "Widerspruch gegen Bescheid vom {ldate1.de}\n{lper1.full}\n{lhome1.block}\n\n"
        "Versichertennummer {lplan1.kvnr}\nHiermit lege ich Widerspruch gegen die Ablehnung der "
        "[[Rehabilitationsmaßnahme]] ein.\n\n{lper1.first_last}",
        locales=DE,
    ),
    # --- KYC, AML, fraud ----------------------------------------------------------------------
    Template(
        "L26-kyc-01",
        "KYC review",
        "CUSTOMER DUE DILIGENCE — individual\nFull legal name: {lper1.caps_full}\n"
        "Also known as: {lper1.latin_last_first}\nDate of birth: {lborn1.mon}\n"
        "ID document: passport {lpass1}, expires {ldate1.mon}\nResidential address: {lhome1.caps}\n"
        "Source of funds: [[salary and pension]]. [[PEP screening: no match]].\nReviewer: "
        "{lper2.handle}",
    ),
    Template(
        "L26-kyc-02",
        "KYC review",
        "Periodic review {ldate1.iso}\nClient {lper1.last_first} — risk rating [[medium]]\n"
        "Tax residency: {ltown1}; TIN {lnat1}\nSalary account {liban1}\n"
        "Selfie check image: {lurl1.photo}\nLiveness template ref {lbio1}\nAnalyst: "
        "{lper2.initials_caps_last}",
    ),
    Template(
        "L26-kyc-03",
        "KYC review",
        "Onboarding chat summary: applicant {lper1.first} {lper1.last} uploaded [[proof of "
        "address]] "
        "(utility bill for {lhome1}) from device {lip1}. Phone verified by OTP to {lphone1}. "
        "E-mail {lmail1} bounced once. Decision: [[approve with enhanced monitoring]].",
    ),
    Template(
        "L26-kyc-04",
        "KYC review",
        "KYC/Beneficial owners\n| Name | Nationality | DOB | ID no. | Share |\n"
        "| {lper1.caps_last_first} | {ltown1} | {lborn1.iso} | {lnat1} | 60% |\n"
        "| {lper2.caps_last_first} | {ltown2} | {lborn2.iso} | {lnat2} | 40% |\n"
        "[[UBO threshold 25%]] — both listed.",
    ),
    Template(
        "L26-kyc-05",
        "KYC review",
        "Verificación de identidad\nTitular: {lper1.last_first}\nNIE/DNI: {lnat1.es}\n"
        "Domicilio: {lhome1}\nCuenta: {liban1.grouped}\nRevisado por {lper2.initial_last} el "
        "{ldate1.es}",
        locales=ES,
    ),
    Template(
        "L26-aml-01",
        "AML alert",
        "ALERT #{lref1.case} — rule [[STR-07 structuring below threshold]]\n"
        "Subject: {lper1.caps_last_first}  CIF {lacct1.us}\n9 cash deposits of [[USD 9,500]] "
        "between "
        "{ldate1.us} and {ldate2.us} at branch {ltown1}.\nLinked counterparty: {lper2.full}, "
        "acct {lacct2}\nDisposition: [[escalate to SAR]] — {lper3.initial_nodot_last}",
        locales=US,
    ),
    Template(
        "L26-aml-02",
        "AML alert",
        "Transaction monitoring hit\nOriginator: {lper1.slash}\nBeneficiary: {lper2.slash}\n"
        "Beneficiary IBAN {liban1.tight}\n[[Jurisdiction risk: high]]\nCrypto off-ramp wallet "
        "{lacct1.btc}\nCase owner {lper3.handle_under}",
    ),
    Template(
        "L26-aml-03",
        "AML alert",
        "Sanctions screening — potential match\nInput name: {lper1.caps_ascii}\nList entry: "
        "[[OFAC SDN]] (score 0.87)\nDOB on file {lborn1}; list DOB differs.\nPlace of birth "
        "{ltown1}\n"
        "Resolved as [[false positive]] by {lper2.last_first_initial} on {ldate1}.",
    ),
    Template(
        "L26-fraud-01",
        "fraud case",
        "Fraud case {lref1.case}\nVictim: {lper1.full}, {lage1}, of {lhome1}\n"
        "Caller posing as bank staff ({lper2.first}) persuaded her to read out card {lcard1} and "
        "the "
        "one-time code. Callback number used: {lphone1}.\n[[Card blocked]], [[chargeback raised]].",
    ),
    Template(
        "L26-fraud-02",
        "fraud case",
        "Account takeover investigation\nLogin from {lip1} ({ltown1}) on {ldate1.iso}\n"
        "Device fingerprint {ldev1.hex}; MAC seen on Wi-Fi {lmac1}\nPassword reset e-mail "
        "sent to {lmail1}. Customer {lper1.last_first} denies the login.\n"
        "Mule account {liban1} frozen. Investigator {lper2.first_caps_last}",
    ),
    Template(
        "L26-fraud-03",
        "fraud case",
        "insurance fraud referral — claimant {lper1.caps_last}, {lper1.first}\nsame bank account "
        "{lacct1} on 4 claims; same phone {lphone1}\nvehicle {lveh1} reported stolen twice\n"
        "[[SIU review]] assigned to {lper2.first}",
    ),
    Template(
        "L26-fraud-04",
        "fraud case",
        "Betrugsverdacht Lastschrift\nKontoinhaber: {lper1.last}, {lper1.first}\nIBAN {liban1}\n"
        "Mandatsreferenz {lref1.loan}\n[[Rücklastschrift]] am {ldate1.dots}. Sachbearbeiterin: "
        "{lper2.initial_last}",
        locales=DE,
    ),
    # --- HR -----------------------------------------------------------------------------------
    Template(
        "L26-hr-01",
        "HR leave request",
        "LEAVE REQUEST\nEmployee: {lper1.last_first}   Staff no. {lref1.ticket}\nType: "
        "[[parental leave]]\n"
        "From {ldate1} to {ldate2}\nCover arranged with {lper2.first_last}\nApprover: "
        "{lper3.caps}\n"
        "Personal e-mail while away: {lmail1}",
    ),
    Template(
        "L26-hr-02",
        "HR leave request",
        "Hi {lper2.first},\nCould I take [[compassionate leave]] from {ldate1.brit}? My "
        "grandmother "
        "{lper3.full} passed away aged {lage1}; the funeral is in "
        "{ltown1}.\nThanks,\n{lper1.first}\n"
        "{lper1.full} | Payroll no. {lref1.ticket} | {lphone1}",
        locales=UK,
    ),
    Template(
        "L26-hr-03",
        "HR leave request",
        "Urlaubsantrag\nName, Vorname: {lper1.last_first}\nPersonalnummer: {lref1.ticket}\n"
        "Zeitraum: {ldate1.dots} – {ldate2.dots}\nVertretung: {lper2.full}\nGenehmigt: "
        "{lper3.initial_last}",
        locales=DE,
    ),
    Template(
        "L26-hr-04",
        "HR leave request",
        "Statement of Fitness for Work (fit note), page 1\nPatient's name: Mr/Mrs/Miss/Ms "
        "{lper1.full}\n"
        "I assessed your case on: {ldate1.brit}\nbecause of: [[lumbar disc prolapse]]\n"
        "I advise you that: [[you may be fit for work taking into account the following advice]] "
        "- [[a phased return to work]] over 4 weeks\nDoctor's signature: {lper2.initial_last}\n"
        "Surgery: {lhome1}",
        locales=UK,
    ),
    Template(
        "L26-hr-05",
        "HR case file",
        "Grievance meeting notes — {ldate1.long}\nPresent: {lper1.full} (employee), "
        "{lper2.full} (HR), {lper3.full} (companion)\n{lper1.first} said that {lper4.first_last} "
        "had shouted at her in front of the team. {lper4.last} denies this.\n"
        "Outcome: [[mediation offered]]. Next meeting {ldate2.long}.",
    ),
    Template(
        "L26-hr-06",
        "occupational health referral",
        "Occupational health referral\nEmployee {lper1.caps_last_first}, DOB {lborn1}\n"
        "Role: [[night-shift forklift operator]]\nReason: [[recurrent absence, back pain]]\n"
        "Manager {lper2.full}, {lphone1}\nEmployee consents to report being shared: yes",
    ),
    Template(
        "L26-pay-01",
        "payroll record",
        "PAYSLIP {ldate1.mon}\nEmployee {lper1.caps_last_first}   NI/SSN {lnat1}\n"
        "Tax code [[1257L]]   Gross [[3,410.00]]   Net [[2,618.42]]\nPaid to {lacct1.sortcode}\n"
        "Employer: Harbourside Logistics, {lhome1}",
        locales=UK,
    ),
    Template(
        "L26-pay-02",
        "payroll record",
        "emp_id,surname,given,iban,tax_id,start\n{lref1.ticket},{lper1.last},{lper1.first},{liban1.tight},"
        "{lnat1},{ldate1.iso}\n{lref2.ticket},{lper2.last},{lper2.first},{liban2.tight},{lnat2},{ldate2.iso}",
    ),
    Template(
        "L26-pay-03",
        "payroll record",
        "Garnishment order applied — employee {lper1.full} ({lnat1.us})\nCourt case {lref1.case}\n"
        "Deduct [[25% of disposable earnings]] from pay date {ldate1.us}\nRemit to {lhome1.pobox}",
        locales=US,
    ),
    # --- chat transcripts ---------------------------------------------------------------------
    Template(
        "L26-chat-01",
        "chat transcript",
        "[{ldate1.iso} 09:14] {lper1.handle}: hi, I need to change the address on my account\n"
        "[09:14] Agent {lper2.first}: Sure! Can you confirm your full name and date of birth?\n"
        "[09:15] {lper1.handle}: {lper1.lower}, born {lborn1}\n"
        "[09:16] {lper1.handle}: new address is {lhome1}\n"
        "[09:17] Agent {lper2.first}: Done ✅ Anything else?",
    ),
    Template(
        "L26-chat-02",
        "chat transcript",
        "{lper1.first}: my card {lcard1} was declined again\n{lper2.first_initial}: sorry about "
        "that "
        "— I see a [[fraud hold]]. Is {lphone1} still your number?\n{lper1.first}: yes\n"
        "{lper2.first_initial}: Thanks {lper1.first}, released. Reference {lref1.ticket}.",
    ),
    Template(
        "L26-chat-03",
        "chat transcript",
        "WhatsApp export\n{ldate1.eu}, 21:03 - {lper1.first_last}: Mum's in {ltown1} hospital, "
        "ward 7\n"
        "{ldate1.eu}, 21:04 - {lper2.first_last}: omg what happened\n"
        "{ldate1.eu}, 21:05 - {lper1.first_last}: [[stroke]] they think. her NHS number is "
        "{lnat1.gb} if you call\n"
        "{ldate1.eu}, 21:06 - {lper2.first_last}: ok calling now",
        locales=UK,
    ),
    Template(
        "L26-chat-04",
        "chat transcript",
        "Live chat — pharmacy\nCustomer ({lmail1}): is my [[atorvastatin]] ready?\n"
        "Pharmacist {lper1.first}: Hi! Under which name?\nCustomer: {lper2.caps_last} "
        "{lper2.first}, "
        "dob {lborn1.short}\nPharmacist {lper1.first}: Found it, Rx {lmrn1}. Ready after 3pm.",
    ),
    Template(
        "L26-chat-05",
        "chat transcript",
        "Teams chat\n{lper1.last_first} 10:02\ncan someone cover bed 12? {lper3.last} ({lmrn1}) "
        "needs "
        "[[IV antibiotics]] at 10\n{lper2.last_first} 10:03\non it\n{lper1.last_first} 10:03\nthx",
    ),
    Template(
        "L26-chat-06",
        "chat transcript",
        "Transcription d'appel\nConseiller : Bonjour, à qui ai-je l'honneur ?\nClient : "
        "{lper1.full}.\n"
        "Conseiller : Votre numéro client ?\nClient : {lacct1}.\nConseiller : Et votre adresse "
        "mail ?\n"
        "Client : {lmail1.spoken}.",
        locales=FR,
    ),
    # --- pharmacy, lab, pathology -------------------------------------------------------------
    Template(
        "L26-rx-01",
        "prescription",
        "Rx\n{lper1.full}   DOB {lborn1.us}\n{lhome1.us}\n\n[[Amoxicillin 500 mg capsules]]\n"
        "Sig: [[1 cap PO TID x 10 days]]\nDisp: [[#30]]  Refills: 0\n\n"
        "{lper2.full}, MD   DEA {llic1.dea}   NPI {llic2.npi}\n{lphone1}",
        locales=US,
    ),
    Template(
        "L26-rx-02",
        "pharmacy record",
        "Dispensing log {ldate1.iso}\nRx#{lmrn1}  {lper1.comma_tight}  [[sertraline 50mg tab]] "
        "qty 28\n"
        "Counselled: yes ({lper2.initials_nodot_last})\nCollected by: {lper3.full}, ID seen: "
        "driving licence {llic1.drive}",
    ),
    Template(
        "L26-rx-03",
        "pharmacy record",
        "Controlled drugs register — [[Morphine sulfate 10 mg/ml]]\nDate: {ldate1.eu}\n"
        "Patient: {lper1.full}, {lhome1}\nPrescriber: {lper2.initial_last} (GMC {llic1.gmc})\n"
        "Supplied by: {lper3.initials}\nBalance: [[14 ampoules]]",
        locales=UK,
    ),
    Template(
        "L26-lab-01",
        "lab report",
        "LABORATORY REPORT\nPatient: {lper1.caps_last_first}   Sex: F   DOB: {lborn1}\n"
        "Specimen: {lref1.specimen}   Collected: {ldate1} 07:40\nOrdering: "
        "{lper2.last_first_initial}\n\n"
        "[[Haemoglobin]]      [[121 g/L]]\n[[Ferritin]]         [[9 ug/L]]   L\n[[TSH]]          "
        "    [[2.1 mIU/L]]",
    ),
    Template(
        "L26-lab-02",
        "lab report",
        "MSH|^~\\&|LAB|{ltown1}|EHR|HOSP|{ldate1.hl7}0930||ORU^R01|{lref1.specimen}|P|2.5.1\n"
        "PID|1||{lmrn1}^^^HOSP^MR||{lper1.hl7}||{lborn1.hl7}|M|||{lhome1.hl7}||{lphone1}\n"
        "OBX|1|NM|[[2345-7]]^[[Glucose]]^LN||[[6.8]]|mmol/L|[[3.9-7.8]]|N",
    ),
    Template(
        "L26-lab-03",
        "genetic test report",
        "Genomic result\nProband: {lper1.full} (family ID {lref1.subject})\nMother: {lper2.full}\n"
        "Variant: [[BRCA2 c.5946delT]] — [[pathogenic]]\nCascade testing offered to sister "
        "{lper3.first} by letter to {lhome1}.\nReported {ldate1.long} by {lper4.full}, clinical "
        "scientist",
    ),
    Template(
        "L26-path-01",
        "pathology report",
        "SURGICAL PATHOLOGY\nCase {lref1.specimen}   Received {ldate1.mon}\nPatient "
        "{lper1.caps_last_first_all}   "
        "Hosp# {lmrn1}\nSpecimen: [[left breast, wide local excision]]\nDiagnosis: [[invasive "
        "ductal "
        "carcinoma, grade 2]], margins clear.\nPathologist: {lper2.full}, FRCPath",
    ),
    Template(
        "L26-path-02",
        "pathology report",
        "Befundbericht Pathologie\nEingangsnummer {lref1.specimen}\nPatient: {lper1.caps_last}, "
        "{lper1.first} "
        "(*{lborn1.dots})\nEinsender: {lper2.initial_last}, {lhome1}\n[[Tubuläres Adenom mit "
        "niedriggradiger Dysplasie]]",
        locales=DE,
    ),
    Template(
        "L26-path-03",
        "autopsy report",
        "POST-MORTEM EXAMINATION\nDeceased: {lper1.full}, aged {lage1}\nLast address: {lhome1}\n"
        "Identified by: {lper2.full} (nephew)\nCause of death: 1a [[bronchopneumonia]], "
        "1b [[Alzheimer's disease]]\nCoroner's ref {lref1.case}",
    ),
    # --- dental, mental health, ambulance -----------------------------------------------------
    Template(
        "L26-dent-01",
        "dental record",
        "Dental chart — {lper1.last_first}\nRecall: {ldate1}\n[[UR6 MOD composite]]; [[LL8 "
        "extraction "
        "advised]]\nX-ray sensor S/N {ldev1.serial}\nGuardian: {lper2.full}, {lphone1}",
    ),
    Template(
        "L26-dent-02",
        "dental record",
        "Ficha odontológica\nPaciente: {lper1.full}\nFecha: {ldate1.es}\n[[Caries en 36]]; "
        "[[endodoncia 21]]\nTeléfono: {lphone1}\nOdontóloga: {lper2.last_first}",
        locales=ES,
    ),
    Template(
        "L26-mh-01",
        "mental health intake",
        "MENTAL HEALTH INTAKE\nClient: {lper1.last_first} (prefers "
        "{lper1.lower_first})\nReferred by: "
        "{lper2.full} (GP)\nPresenting: [[low mood, early waking, PHQ-9 = 19]]\nRisk: [[passive "
        "SI, "
        "no plan]]\nSafety contact: partner {lper3.first}, {lphone1}\nSeen {ldate1} by "
        "{lper4.initials}",
    ),
    Template(
        "L26-mh-02",
        "mental health intake",
        "Crisis line call log\nCaller gave name as {lper1.first}, later full name {lper1.caps}.\n"
        "Calling from {lphone1}; located at {lgeo1} via handset.\nMentioned ex-partner "
        "{lper2.full} "
        "and [[overdose of paracetamol]]. Ambulance dispatched {ldate1} 23:41.",
    ),
    Template(
        "L26-mh-03",
        "psychotherapy note",
        "Session 6 — {ldate1.long}\n{lper1.first} arrived late, spoke about her father "
        "{lper2.first_last}, "
        "who lives in {ltown1}. [[CBT thought record]] reviewed. Homework: [[behavioural "
        "activation]].\n"
        "— {lper3.first_initial}, LCSW",
    ),
    Template(
        "L26-amb-01",
        "ambulance run sheet",
        "PATIENT CARE RECORD  Inc# {lref1.ticket}\nPt name: {lper1.caps_last_first}  Age: {lage1}\n"
        "Pickup: {lhome1}\nCoords: {lgeo1.dm}\nCC: [[SOB]]  GCS [[15]]  RR [[28]]\n"
        "Tx: [[salbutamol 5 mg neb]]\nNOK: {lper2.full} {lphone1}\nCrew: {lper3.last_initial} / "
        "{lper4.last_initial}  Unit plate {lveh1.plate}",
    ),
    Template(
        "L26-amb-02",
        "ambulance run sheet",
        "Einsatzprotokoll RTW\nEinsatzort: {lhome1}\nPatient: {lper1.last_space_first}, geb. "
        "{lborn1.dots}\n"
        "Verdachtsdiagnose: [[Hypoglykämie]]\nBZ [[38 mg/dl]] → [[Glukose 40% i.v.]]\nNotarzt: "
        "{lper2.initial_last}",
        locales=DE,
    ),
    # --- trials and adverse events ------------------------------------------------------------
    Template(
        "L26-crf-01",
        "clinical trial CRF",
        "CRF — Visit 3 (Week 12)\nSubject ID: {lref1.subject}   Initials: "
        "{lper1.initials_nodot_last}\n"
        "Date of visit: {ldate1.mon}\nAE since last visit? [[Yes — see AE log]]\n"
        "Investigator signature: {lper2.full}   Date: {ldate2.mon}",
    ),
    Template(
        "L26-crf-02",
        "clinical trial CRF",
        "Screening log\nsite | screening no | name | yob | consent date | outcome\n"
        "{ltown1} | {lref1.subject} | {lper1.last_first} | 1957 | {ldate1.iso} | [[enrolled]]\n"
        "{ltown1} | {lref2.subject} | {lper2.last_first} | 1949 | {ldate2.iso} | [[screen fail]]",
    ),
    Template(
        "L26-ae-01",
        "adverse event report",
        "Yellow-card style report: suspected reaction\nPatient initials + age: "
        "{lper1.initials_nodot_last}, {lage1}\n"
        "Suspect drug: [[apixaban]]  Reaction: [[GI bleed]]  Onset {ldate1}\n"
        "Reporter: {lper2.full}, {lmail1}, {lphone1}\nHospital record {lmrn1}",
    ),
    Template(
        "L26-ae-02",
        "adverse event report",
        "MedWatch-style device report\nDevice: [[insulin pump]] serial {ldev1.pump}\n"
        "Event: [[occlusion alarm failure, DKA]] on {ldate1.us}\nPatient: {lper1.first_initial}, "
        "{lage1} yrs\n"
        "Reporter {lper2.full}, {lhome1}",
        locales=US,
    ),
    Template(
        "L26-vacc-01",
        "vaccination record",
        "Immunisation record\nChild: {lper1.full}   DOB {lborn1}\nParent/guardian: {lper2.full}\n"
        "[[MMR dose 1]] given {ldate1}, lot on the card, by {lper3.initial_last}\n"
        "Address: {lhome1}",
    ),
    # --- mortgages, wires ---------------------------------------------------------------------
    Template(
        "L26-mort-01",
        "mortgage file",
        "UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1a\nBorrower name: {lper1.full}\n"
        "SSN: {lnat1.us}   DOB: {lborn1.us0}\nCurrent address: {lhome1.us}\nHow long at current "
        "address? [[4 yrs 2 mos]]\nCo-borrower: {lper2.full}\nLoan number: {lref1.loan}",
        locales=US,
    ),
    Template(
        "L26-mort-02",
        "mortgage file",
        "Valuation instruction\nApplicants: {lper1.caps_last_first} and {lper2.caps_last_first}\n"
        "Security address: {lhome1}\nAccess via agent, {lphone1}\nLoan ref {lref1.loan}; LTV "
        "[[85%]]; "
        "[[repayment, 30 years]]\nSolicitor: {lper3.initial_last}, {lmail1}",
    ),
    Template(
        "L26-mort-03",
        "mortgage file",
        "Nota simple / escritura\nComprador: {lper1.caps_last_first}, con DNI {lnat1.es}\n"
        "Finca sita en {lhome1}\nPréstamo hipotecario nº {lref1.loan}\nNotario: {lper2.full}, "
        "{ltown1}, {ldate1.es}",
        locales=ES,
    ),
    Template(
        "L26-wire-01",
        "SWIFT message",
        "{1:F01DEUTDEFFAXXX0000000000}{2:I103BNPAFRPPXXXXN}\n:20:{lref1.loan}\n:32A:[[EUR]]15400,00\n"
        ":50K:/{liban1.tight}\n{lper1.caps_ascii}\n{lhome1.caps}\n:59:/{liban2.tight}\n{lper2.caps_ascii}\n"
        ":70:INVOICE [[RENT DECEMBER]]\n:71A:[[SHA]]",
    ),
    Template(
        "L26-wire-02",
        "SEPA transfer",
        "SEPA Credit Transfer\nAuftraggeber: {lper1.full}\nIBAN Auftraggeber: {liban1}\n"
        "Empfänger: {lper2.last_first}\nIBAN Empfänger: {liban2}\nBetrag: [[250,00 EUR]]\n"
        "Verwendungszweck: Miete {lhome1.street}\nAusführung: {ldate1.dots}",
        locales=DE,
    ),
    Template(
        "L26-wire-03",
        "wire transfer request",
        "Outgoing wire — call-back verification\nCustomer {lper1.full} called from {lphone1} at "
        "14:20; verified with DOB {lborn1} and last deposit.\nBeneficiary {lper2.full}, account "
        "{lacct1.us}, routing number on file\nAmount [[USD 48,000.00]]\nApproved by "
        "{lper3.initials}",
        locales=US,
    ),
    Template(
        "L26-wire-04",
        "payment file",
        '{"pain001": {"debtor": {"name": "{lper1.caps_ascii}", "iban": "{liban1.tight}"}, '
        '"creditor": {"name": "{lper2.full}", "iban": "{liban2.tight}"}, "amount": "[[120.00]]", '
        '"remittance": "INV {lref1.loan}", "executionDate": "{ldate1.iso}"}}',
    ),
    Template(
        "L26-bank-01",
        "bank statement",
        "Statement of account — {lper1.caps_full}\n{lhome1.block}\nAccount {lacct1.sortcode}\n"
        "IBAN {liban1.grouped}\n\n{ldate1.brit}  CARD PAYMENT  [[TESCO STORES 2231]]  [[23.14]]\n"
        "{ldate2.brit}  FASTER PAYMENT FROM {lper2.caps_ascii}  [[150.00]]",
        locales=UK,
    ),
    Template(
        "L26-bank-02",
        "loan application",
        "Kreditantrag\nAntragsteller: {lper1.full}\nGeburtsdatum: {lborn1.dots}\nSteuer-ID: "
        "{lnat1.de}\n"
        "Arbeitgeber: [[Stadtwerke]]\nKonto: {liban1}\nTelefon: {lphone1}",
        locales=DE,
    ),
    Template(
        "L26-card-01",
        "card dispute",
        "CHARGEBACK FORM\nCardholder: {lper1.caps}\nCard number: {lcard1}\nTransaction date: "
        "{ldate1}\n"
        "Merchant: [[ONLINE ELECTRONICS LTD]]\nReason code: [[13.1 merchandise not received]]\n"
        "Contact: {lmail1} / {lphone1}",
    ),
    # --- immigration --------------------------------------------------------------------------
    Template(
        "L26-imm-01",
        "immigration file",
        "VISA APPLICATION — personal details\nSurname: {lper1.caps_last}\nGiven names: "
        "{lper1.caps_first}\n"
        "Passport no.: {lpass1}\nDate of birth: {lborn1.mon}\nPlace of birth: {ltown1}\n"
        "Application ref: {lref1.visa}\nSponsor: {lper2.full}, {lhome1}",
    ),
    Template(
        "L26-imm-02",
        "immigration file",
        "USCIS file {lref1.anumber}\nBeneficiary: {lper1.last_first_middle}\nPetitioner: "
        "{lper2.full} "
        "(spouse)\nMailing address: {lhome1.us}\nInterview scheduled {ldate1.long}\n"
        "Attorney: {lper3.full}, {lphone1}",
        locales=US,
    ),
    Template(
        "L26-imm-03",
        "immigration file",
        "Asylum interview record (extract)\nApplicant stated her name is {lper1.full}; in her "
        "passport "
        "it is written {lper1.latin}. She travelled via {ltown1} with her cousin {lper2.first}.\n"
        "Biometrics enrolled, record {lbio1}. Interpreter: {lper3.full}.",
        locales=(
            ("ru_RU", 1),
            ("uk_UA", 1),
            ("fa_IR", 1),
            ("ka_GE", 1),
            ("hy_AM", 1),
            ("bg_BG", 1),
        ),
    ),
    Template(
        "L26-imm-04",
        "immigration file",
        "Aufenthaltstitel — Verlängerung\nName: {lper1.caps_last}\nVorname: {lper1.first}\n"
        "Pass-Nr.: {lpass1}\nWohnort: {lhome1}\nTermin Ausländerbehörde: {ldate1.de}",
        locales=DE,
    ),
    Template(
        "L26-imm-05",
        "travel document scan",
        "P  {lper1.slash}\nPassport No / N° du passeport  {lpass1}\nNationality  [[REPUBLIC OF "
        "UTOPIA]]\nDate of birth  {lborn1.mon}\nPlace of birth  {ltown1}\nDate of expiry  "
        "{ldate1.mon}",
    ),
    # --- court and police ---------------------------------------------------------------------
    Template(
        "L26-court-01",
        "court record",
        "IN THE CIRCUIT COURT OF {ltown1}\nCase No. {lref1.case}\n{lper1.caps}, Petitioner,\nv.\n"
        "{lper2.caps}, Respondent.\nORDER OF PROTECTION\nRespondent shall stay 500 feet from "
        "{lhome1}. Entered {ldate1.long}.\n/s/ {lper3.full}, Judge",
        locales=US,
    ),
    Template(
        "L26-court-02",
        "court record",
        "Court list — Magistrates, Court 3, {ldate1.brit}\n10:00  {lper1.caps_last} {lper1.first}  "
        "[[s.5 Public Order Act]]\n10:30  {lper2.caps_last} {lper2.first}  [[drink driving]], reg "
        "{lveh1.plate}\n11:00  {lper3.caps_last} {lper3.first}  [[breach of bail]]",
        locales=UK,
    ),
    Template(
        "L26-court-03",
        "court record",
        "Aktenzeichen {lref1.case}\nIn der Betreuungssache\nder Frau {lper1.full}, geboren am "
        "{lborn1.de}, wohnhaft {lhome1},\nwird Herr {lper2.full} zum Betreuer bestellt.\n"
        "Amtsgericht {ltown1}, {ldate1.de}",
        locales=DE,
    ),
    Template(
        "L26-police-01",
        "police report",
        "INCIDENT REPORT {lref1.case}\nOfficer in case: PC {lper1.last} (collar 4471)\nVictim: "
        "{lper2.caps_last_first}, "
        "DOB {lborn1}, tel {lphone1}\nSuspect vehicle: {lveh1} (partial), dark hatchback\n"
        "Location: {lhome1}\nNarrative: Victim states that {lper3.full} took her phone (IMEI "
        "{ldev1.imei}) and left on foot.",
    ),
    Template(
        "L26-police-02",
        "police report",
        "Witness statement\nI, {lper1.full}, of {lhome1}, date of birth {lborn1}, state:\n"
        "On {ldate1} at about 2215 I saw a man I know as {lper2.first} kicking the door of "
        "number 14. "
        "He drove away in {lveh1.plate}.\nSigned {lper1.initial_last}  Witnessed "
        "{lper3.last_initial}",
    ),
    Template(
        "L26-police-03",
        "police report",
        "Procès-verbal d'audition\nL'an deux mille vingt-quatre, le {ldate1.fr}, nous entendons "
        "{lper1.caps_last} {lper1.first}, né(e) le {lborn1.fr} à {ltown1}, demeurant {lhome1}, "
        "téléphone {lphone1}.",
        locales=FR,
    ),
    Template(
        "L26-police-04",
        "traffic citation",
        "UNIFORM TRAFFIC CITATION\nDriver: {lper1.caps_last_first}   DL#: {llic1.drive}   State: "
        "[[NY]]\n"
        "Vehicle: plate {lveh1.plate}   VIN {lveh2.vin}\nViolation: [[VTL 1180(d) speeding]]\n"
        "Date/time: {ldate1.us} 17:42\nOfficer: {lper2.last} shield 2231",
        locales=US,
    ),
    # --- school and social care ---------------------------------------------------------------
    Template(
        "L26-school-01",
        "school record",
        "Pupil record\nLegal surname: {lper1.last}   Forename(s): {lper1.first}\nDate of birth: "
        "{lborn1}\n"
        "Parent/carer 1: {lper2.full} — {lphone1}\nParent/carer 2: {lper3.full} — {lmail1}\n"
        "SEN: [[EHCP in place, speech and language]]\nHome address: {lhome1}",
    ),
    Template(
        "L26-school-02",
        "school record",
        "Safeguarding log — entry {ldate1.brit}\n{lper1.first} (Y5) said that her stepdad "
        "{lper2.first} "
        "'gets angry'. Reported to DSL {lper3.initial_last}. Referral ref {lref1.case} to "
        "children's "
        "services, {ltown1}.",
        locales=UK,
    ),
    Template(
        "L26-school-03",
        "school record",
        "Bulletin scolaire — {lper1.caps_last} {lper1.first}\nClasse de [[4e B]]\nResponsable "
        "légal : "
        "{lper2.full}, {lhome1}\nAppréciation : [[Bon trimestre, travail régulier]].\nLe "
        "professeur "
        "principal, {lper3.initial_last}",
        locales=FR,
    ),
    Template(
        "L26-social-01",
        "social care record",
        "Care needs assessment\nPerson: {lper1.full}, aged {lage1}\nLives at {lhome1}, key safe "
        "code "
        "given to carers only.\nInformal carer: {lper2.first_last} (niece), {lphone1}\n"
        "Needs: [[support with washing and dressing]], [[medication prompts]]\nSocial worker: "
        "{lper3.first_last}, {lmail1}",
    ),
    Template(
        "L26-social-02",
        "social care record",
        "Case note {ldate1.iso} — home visit to {lper1.last_first}\nFamily: mother {lper1.first}, "
        "children {lper2.first} (7) and {lper3.first} (4)\nConcerns: [[neglect, school "
        "attendance 61%]]\n"
        "Next visit {ldate2.iso}. Worker: {lper4.handle_initial}",
    ),
    Template(
        "L26-social-03",
        "benefits application",
        "Claim for [[housing benefit]]\nClaimant: {lper1.full}\nNational Insurance number: "
        "{lnat1.gb}\n"
        "Partner: {lper2.full}\nAddress: {lhome1}\nLandlord: {lper3.full}, bank {lacct1.sortcode}",
        locales=UK,
    ),
    # --- call centres, e-mail, tickets --------------------------------------------------------
    Template(
        "L26-call-01",
        "call centre log",
        "CALL LOG {ldate1.iso} 16:02 inbound\nANI: {lphone1}\nCaller: {lper1.full} (account "
        "holder)\n"
        "ID&V: DOB {lborn1} ✔, postcode {lpost1} ✔\nIssue: [[direct debit failed]]\nAgent: "
        "{lper2.handle}",
    ),
    Template(
        "L26-call-02",
        "call centre log",
        "Call notes — spoke to {lper1.first} {lper1.last_initial} re her late husband "
        "{lper2.full}'s policy {lplan1.member}. Sent bereavement pack to {lhome1}. Callback booked "
        "{ldate1} on {lphone1}.",
    ),
    Template(
        "L26-call-03",
        "call centre log",
        "IVR transcript (ASR)\nsystem: please say or key your member number\ncaller: "
        "{lplan1.member}\n"
        "system: thank you. please say your date of birth\ncaller: {lborn1.long}\n"
        "system: connecting you to {lper1.first}",
    ),
    Template(
        "L26-mail-01",
        "e-mail thread",
        "From: {lper1.full} {lmail1}\nTo: {lmail2}\nSent: {ldate1.long} 08:12\nSubject: RE: my "
        "daughter's results\n\nHi Dr {lper2.last},\nThanks for calling. {lper3.first}'s [[ANA was "
        "negative]] — does she still need the [[rheumatology]] referral?\n{lper1.first}\n\n"
        "| On {ldate2.long}, {lper2.first_last} wrote:\n| Please call me on {lphone1}.",
    ),
    Template(
        "L26-mail-02",
        "e-mail thread",
        'From: "{lper1.last_first}" {lmail1}\nTo: {lper2.last_first_initial}; '
        "{lper3.last_first_initial}\nSubject: Fw: [[MDT outcome]] - {lper4.caps_last} {lmrn1}\n\n"
        "{lper2.first}, see below - plan is [[neoadjuvant chemotherapy]]; please book clinic for "
        "{ldate1}.\n\n{lper1.first_initial}",
    ),
    Template(
        "L26-mail-03",
        "e-mail thread",
        "-------- Forwarded message --------\nFrom: {lmail1.caps}\nDate: {ldate1}\nSubject: "
        "payment\n\n"
        "please transfer to my new account {liban1} asap, old one closed. {lper1.first}\n\n"
        "--\n{lper1.full}\n{lper1.first} {lper1.last} | Director | m: {lphone1}",
    ),
    Template(
        "L26-mail-04",
        "e-mail thread",
        "Subject: Urlaubsvertretung\nVon: {lper1.last}, {lper1.first} ({lmail1})\n\nHallo "
        "{lper2.first},\n"
        "ich bin ab {ldate1.dots} im Urlaub. Bei Fragen zu Frau {lper3.last} bitte an {lper4.full} "
        "wenden, Tel. {lphone1}.\nGruß {lper1.first}",
        locales=DE,
    ),
    Template(
        "L26-ticket-01",
        "IT ticket",
        "Ticket {lref1.ticket} — Priority P3\nRequester: {lper1.last_first} ({lmail1})\n"
        "Summary: laptop won't join VPN\nAsset tag: {ldev1.serial}  MAC {lmac1}  last IP {lip1}\n"
        "Assigned: {lper2.handle_dash}\nWorknote: user working from {ltown1} this week.",
    ),
    Template(
        "L26-ticket-02",
        "IT ticket",
        "JIRA HELP-{lref1.subject}\nReporter: {lper1.handle_under}\nDescription:\nPatient portal "
        "shows "
        "another person's letter. Logged in as {lmail1}; letter is addressed to {lper2.caps} at "
        "{lhome1}.\nURL: {lurl1}\nLabels: [[privacy-incident]]",
    ),
    Template(
        "L26-ticket-03",
        "privacy incident report",
        "Data breach log #{lref1.ticket}\nWhat happened: discharge letter for {lper1.full} "
        "(hospital "
        "no. {lmrn1}) e-mailed to {lmail1} in error.\nDiscovered {ldate1} by {lper2.full}.\n"
        "Containment: recipient confirmed deletion. [[Not reportable to regulator]].",
    ),
    # --- structured exports -------------------------------------------------------------------
    Template(
        "L26-csv-01",
        "CSV export",
        "patient_id,family,given,dob,phone,postcode\n{lmrn1},{lper1.last},{lper1.first},{lborn1.iso},"
        "{lphone1},{lpost1}\n{lmrn2},{lper2.last},{lper2.first},{lborn2.iso},{lphone2},{lpost2}\n"
        "{lmrn3},{lper3.last},{lper3.first},{lborn3.iso},{lphone3},{lpost3}",
    ),
    Template(
        "L26-csv-02",
        "TSV export",
        "member\tname\tplan\tcard\temail\n{lplan1.member}\t{lper1.caps_last_first}\t[[GOLD PPO]]\t"
        "{lcard1}\t{lmail1}\n{lplan2.member}\t{lper2.caps_last_first}\t[[BRONZE "
        "HMO]]\t{lcard2}\t{lmail2}",
    ),
    Template(
        "L26-csv-03",
        "CSV export",
        '"Name";"Geburtsdatum";"Anschrift";"IBAN"\n"{lper1.last_first}";"{lborn1.dots}";'
        '"{lhome1}";"{liban1}"\n"{lper2.last_first}";"{lborn2.dots}";"{lhome2}";"{liban2}"',
        locales=DE,
    ),
    Template(
        "L26-json-01",
        "JSON export",
        '{"resourceType": "Patient", "id": "{lmrn1}", "name": [{"family": "{lper1.last}", '
        '"given": ["{lper1.first}"]}], "telecom": [{"system": "phone", "value": "{lphone1}"}, '
        '{"system": "email", "value": "{lmail1}"}], "birthDate": "{lborn1.iso}", '
        '"address": [{"text": "{lhome1}"}]}',
    ),
    Template(
        "L26-json-02",
        "JSON export",
        '{"event":"login_failed","user":"{lmail1}","ip":"{lip1}","device":{"mac":"{lmac1}",'
        '"serial":"{ldev1.serial}"},"ts":"{ldate1.iso}T22:14:09Z","display_name":"{lper1.full}"}',
    ),
    Template(
        "L26-fhir-01",
        "FHIR fragment",
        'Observation/{lref1.specimen}\n  subject: Patient/{lmrn1} "{lper1.full}"\n  code: '
        "[[8867-4]] "
        "[[Heart rate]]\n  valueQuantity: [[112 /min]]\n  effectiveDateTime: {ldate1.iso}\n"
        '  performer: Practitioner/{llic1.npi} "{lper2.initial_last}"',
    ),
    Template(
        "L26-hl7-01",
        "HL7 message",
        "MSH|^~\\&|ADT|WARD|PAS|HOSP|{ldate1.hl7}1200||ADT^A01|{lref1.ticket}|P|2.3\n"
        "PID|||{lmrn1}||{lper1.hl7}||{lborn1.hl7}|F|||{lhome1.hl7}||{lphone1}|||||{lnat1.us}\n"
        "NK1|1|{lper2.hl7}|[[SPOUSE]]|||{lphone2}\nPV1||I|[[W7^12^B]]",
        locales=US,
    ),
    Template(
        "L26-log-01",
        "server log",
        "{ldate1.iso} 03:12:55 WARN auth: 5 failed logins for {lmail1} from {lip1}\n"
        "{ldate1.iso} 03:13:02 INFO session: user={lper1.handle} ip={lip2} ua=Mozilla/5.0\n"
        "{ldate1.iso} 03:13:40 INFO export: record {lmrn1} downloaded by {lper1.handle}",
    ),
    Template(
        "L26-dicom-01",
        "imaging header dump",
        "(0010,0010) PN  [{lper1.hl7}]\n(0010,0020) LO  [{lmrn1}]\n(0010,0030) DA  [{lborn1.hl7}]\n"
        "(0008,0090) PN  [{lper2.hl7}]\n(0018,1000) LO  [{ldev1.serial}]\n(0008,0080) LO  "
        "[[ST MARY RADIOLOGY]]\n(0008,1030) LO  [[MRI BRAIN WITHOUT CONTRAST]]",
    ),
    # --- scans, handwriting, forms ------------------------------------------------------------
    Template(
        "L26-ocr-01",
        "OCR scan",
        "REFERRAL LETTER (scanned, page 1 of 2)\nRe: {lper1.ocr}  D0B: {lborn1}\n"
        "Dear Co11eague,\nI w0uld be grateful if y0u could see this {lage1} year old with "
        "[[progressive dysphagia]].\nAddress: {lhome1.caps}\nTel: {lphone1}\nYours "
        "sincerely\n{lper2.ocr}",
    ),
    Template(
        "L26-ocr-02",
        "OCR scan",
        "~~ fax cover ~~  FROM: {lfax1}  TO: {lfax2}\nPAGES: 3   RE: {lper1.caps_last_first_all}\n"
        "MRN {lmrn1}   |   D.O.B. {lborn1.us0}\nURGENT - [[STAT CT RESULTS]]\n. . . . . . . .\n"
        "CONFIDENTIAL  if received in error call {lphone1}",
    ),
    Template(
        "L26-ocr-03",
        "OCR scan",
        "F0RM ID-2\nSurname {lper1.boxed_last}\nFirst name {lper1.caps_first}\n"
        "Date of birth {lborn1.dots}\nNational no. {lnat1}\nSignature ........ "
        "{lper1.initial_last}",
    ),
    Template(
        "L26-hand-01",
        "handwritten note (transcribed)",
        "[transcribed from handwritten phone message slip]\nMrs {lper1.last} — rang re: "
        "[[warfarin]] dose — INR [[3.4]] "
        "— told to omit tonight — son {lper2.first} will bring her in Thurs. ph {lphone1} "
        "[illegible] {lper3.initials_nodot_last} {ldate1.short}",
    ),
    Template(
        "L26-hand-02",
        "handwritten note (transcribed)",
        "[transcribed from sticky note on chart]\n{lper1.caps_last} — allergic to [[latex]]!!\n"
        "daughter = {lper2.first} {lphone1}\npharmacy: {lhome1.street}\n– {lper3.first_initial}",
    ),
    Template(
        "L26-form-01",
        "registration form",
        "Registering with the practice: new patient form (GMS1)\n[x] Mr [ ] Mrs [ ] Ms [ ] "
        "Mx\nSurname: {lper1.last}\n"
        "Forenames: {lper1.first}\nPrevious surname: {lper2.last}\nDate of birth: {lborn1.eu}\n"
        "Town of birth: {ltown1}\nNHS number (if known): {lnat1.gb}\nMobile: {lphone1}\n"
        "Email: {lmail1}",
        locales=UK,
    ),
    Template(
        "L26-form-02",
        "registration form",
        "Patient registration — emergency contact\nName ______ {lper2.full} ______\nRelationship "
        "[[sister]]\nPhone (day) {lphone1}   Phone (eve) {lphone2}\nPatient: {lper1.full}, born "
        "{lborn1.long}\nEmployer address: {lhome1}",
    ),
    Template(
        "L26-form-03",
        "consent form",
        "CONSENT FOR [[TOTAL KNEE REPLACEMENT]]\nI, {lper1.full}, agree to the procedure explained "
        "by {lper2.full}, Consultant Orthopaedic Surgeon, on {ldate1}.\n[[Risks discussed: "
        "infection, DVT, stiffness]].\nPatient signature: {lper1.initial_last}   Witness: "
        "{lper3.caps}"
        "\nInterpreter used? No",
    ),
    Template(
        "L26-ref-01",
        "referral letter",
        "Dear Dr {lper2.last},\n\nRe: {lper1.full}, d.o.b. {lborn1.brit}, {lhome1}\n\nThank you "
        "for "
        "seeing Mr {lper1.last}, who has [[recurrent epistaxis]] despite [[cautery]]. He is on "
        "[[clopidogrel]]. His wife {lper3.first} can be reached on {lphone1}.\n\nKind regards,\n\n"
        "Dr {lper4.first} {lper4.last}\nGeneral Practitioner",
        locales=UK,
    ),
    Template(
        "L26-ref-02",
        "referral letter",
        "Überweisung an: Dr. med. {lper2.full}, Facharzt für Kardiologie\nPatient: "
        "{lper1.last_first}, "
        "geb. {lborn1.dots}, {lhome1}\nDiagnose: [[V.a. koronare Herzkrankheit]]\nAuftrag: "
        "[[Belastungs-EKG]]\nKrankenkasse/Versichertennr.: {lplan1.kvnr}",
        locales=DE,
    ),
    Template(
        "L26-death-01",
        "death certificate",
        "MCCD - certificate of cause of death (copy for registrar)\nName of deceased: "
        "{lper1.caps_full}\nDate of death: "
        "{ldate1.long}   Age: {lage1}\nPlace of death: {lhome1}\nI [[Ia]] [[aspiration "
        "pneumonia]]\n"
        "Certifying doctor: {lper2.full}, registration {llic1.gmc}\nInformant: {lper3.full}",
    ),
    Template(
        "L26-birth-01",
        "birth registration",
        "Birth notification\nBaby: [[female]], born {ldate1} 04:12 at {ltown1}\nMother: "
        "{lper1.full}, "
        "DOB {lborn1}, address {lhome1}\nFather: {lper2.full}\nMidwife: {lper3.first_last}, NMC "
        "pin "
        "{llic1.nmc}",
    ),
    Template(
        "L26-travel-01",
        "airline booking",
        "Record locator {lref1.subject} — [[economy, 23 kg checked bag]]\n"
        "PAX 1  {lper1.slash} MRS\nPAX 2  {lper2.slash} MSTR\nContact: {lphone1} / {lmail1}\n"
        "FOID: passport {lpass1}\nCard on file: {lcard1}",
    ),
    Template(
        "L26-hotel-01",
        "hotel registration card",
        "Guest registration — room 412\nGuest: {lper1.first_caps_last}\nHome address: {lhome1}\n"
        "Arrival {ldate1} / departure {ldate2}\nID: {lnat1}\nVehicle plate (car park): "
        "{lveh1.plate}\n"
        "Signature: {lper1.initial_last}",
    ),
    Template(
        "L26-rent-01",
        "car rental agreement",
        "RENTAL AGREEMENT {lref1.loan}\nRenter: {lper1.caps_last_first}\nDL: {llic1.drive}, issued "
        "{ldate1}\nAdditional driver: {lper2.full}\nVehicle: [[Compact SUV]], VIN {lveh1.vin}, "
        "plate {lveh2.plate}\nTelematics unit: {ldev1.hex}",
    ),
    Template(
        "L26-tel-01",
        "telecom subscriber record",
        "Subscriber: {lper1.full}\nMSISDN: {lphone1}\nIMEI: {ldev1.imei}\nSIM/router MAC: {lmac1}\n"
        "Service address: {lhome1}\nLast session IPv6: {lip1.six}",
    ),
    Template(
        "L26-util-01",
        "utility account",
        "Final meter reading — account {lacct1}\nOccupier: {lper1.full} (moving to {lhome2})\n"
        "Supply address: {lhome1}\nForwarding e-mail {lmail1}\nSmart meter serial {ldev1.serial}",
    ),
    Template(
        "L26-opt-01",
        "optometry record",
        "Sight test {ldate1}\n{lper1.last_first}, age {lage1}\n[[R -2.25/-0.50x180]]  "
        "[[L -2.00 DS]]\n[[Early cataract both eyes]]. Refer to {lper2.initial_last}, "
        "ophthalmology.",
    ),
    Template(
        "L26-hosp-01",
        "hospice record",
        "Hospice admission — {lper1.full}, {lage1}\nLasting power of attorney (health): "
        "{lper2.full}, "
        "{lphone1}\nPreferred place of death: [[home]], {lhome1}\n[[Syringe driver]] pump "
        "{ldev1.pump}",
    ),
    Template(
        "L26-home-01",
        "home health visit",
        "Visit note — {lhome1.us}\nPatient {lper1.first_middle_initial_last} ({lmrn1})\n"
        "[[Wound VAC]] changed; device {ldev1.serial}\nCaregiver {lper2.first} present.\nNext "
        "visit "
        "{ldate1.us}. Nurse {lper3.first_initial}, RN, {lphone1}",
        locales=US,
    ),
    Template(
        "L26-vet-01",
        "veterinary record",
        "Owner: {lper1.last_first} — {lphone1} — {lhome1}\nPatient: [[Bella]] (Labrador, 9y)\n"
        "Microchip implanted, reader log {ldev1.serial}\n[[Carprofen 50 mg]] BID. Vet: "
        "{lper2.initial_last}",
    ),
    Template(
        "L26-donor-01",
        "blood donor record",
        "Donor {lref1.subject}\n{lper1.caps_last}, {lper1.first}  DOB {lborn1}\nBlood group [[O "
        "neg]]\n"
        "Last donation {ldate1}; deferral: [[none]]\nContact {lmail1}",
    ),
    Template(
        "L26-wc-01",
        "workers' compensation claim",
        "Employee's claim for compensation\nInjured worker: {lper1.full}, SSN {lnat1.us}\n"
        "Injury date {ldate1.us}, at {lhome1.us}\n[[Laceration left hand, 6 sutures]]\nEmployer "
        "contact {lper2.full}, {lphone1}\nTreating provider NPI {llic1.npi}",
        locales=US,
    ),
    Template(
        "L26-tenancy-01",
        "tenancy reference",
        "Tenant reference request\nApplicant: {lper1.full}, currently at {lhome1}\nCurrent "
        "landlord: "
        "{lper2.full}, {lmail1}\nRent [[£950 pcm]], paid from account {lacct1.sortcode}\n"
        "Guarantor: {lper3.caps_last_first}",
        locales=UK,
    ),
    Template(
        "L26-geo-01",
        "location data export",
        "Device location history ({ldev1.hex})\n{ldate1.iso} 07:58 {lgeo1.uri}\n{ldate1.iso} 08:31 "
        "{lgeo2.uri}\n{ldate1.iso} 18:02 {lgeo3.uri}\nOwner account {lmail1}, name {lper1.full}",
    ),
    Template(
        "L26-gym-01",
        "membership record",
        "Member {lref1.subject} — {lper1.full}\nDOB {lborn1}\nAccess card face photo: "
        "{lurl1.photo}\n"
        "Fingerprint entry enrolled: {lbio1}\nDirect debit {liban1}",
    ),
    # --- identity numbers of many countries ---------------------------------------------------
    Template(
        "L26-id-01",
        "identity verification log",
        "Document check results\n1. {lper1.full} - {lnat1.it} - [[MATCH]]\n2. {lper2.full} - "
        "{lnat2.nl} - [[MATCH]]\n3. {lper3.full} - {lnat3.br} - [[MISMATCH: name order]]\n"
        "Checked {ldate1} by {lper4.handle}",
    ),
    Template(
        "L26-id-02",
        "expatriate payroll record",
        "Assignees — tax numbers held\n{lper1.last_first}: {lnat1.se} ({lnat1.label})\n"
        "{lper2.last_first}: {lnat2.fi} ({lnat2.label})\n{lper3.last_first}: {lnat3.no} "
        "({lnat3.label})\n[[Shadow payroll]] run {ldate1}",
        locales=NORDIC,
    ),
    Template(
        "L26-id-03",
        "clinical trial CRF",
        "Site staff log\nPI: {lper1.full}, ID {lnat1.ch}\nSub-I: {lper2.full}, ID {lnat2.tr}\n"
        "Study nurse: {lper3.full}, ID {lnat3.in}\n[[GCP training current]]",
    ),
    Template(
        "L26-id-04",
        "KYC review",
        "Joint account holders\nA: {lper1.caps_last_first} | {lnat1.au} | {lborn1}\n"
        "B: {lper2.caps_last_first} | {lnat2.ca} | {lborn2}\n[[Source of wealth: property sale]]",
    ),
    Template(
        "L26-id-05",
        "immigration file",
        "Family members included in the application\n- spouse {lper1.full}, {lnat1.il}\n"
        "- child {lper2.first} {lper1.last}, {lnat2.pt}\n- parent {lper3.full}, {lnat3.ie}\n"
        "Case officer {lper4.initial_last}",
    ),
    Template(
        "L26-id-06",
        "insurance claim",
        "Overseas treatment claim\nInsured: {lper1.full}\nLocal ID: {lnat1.cl}\nTreating "
        "hospital in {ltown1}; second insured {lper2.full}, ID {lnat2.hr}\nAmount [[2 300 EUR]]",
    ),
    Template(
        "L26-id-07",
        "fraud case",
        "Synthetic identity ring — shared identifiers\n{lnat1.ro} used by {lper1.full} and "
        "{lper2.full}\n{lnat2.pk} used by {lper3.full}\n{lnat3.nz} used by {lper4.full}\n"
        "[[Refer to consortium database]]",
    ),
    Template(
        "L26-id-08",
        "HR case file",
        "Right-to-work check\nWorker {lper1.last_first}\nDocument: national ID {lnat1.jp}\n"
        "Second worker {lper2.last_first}, {lnat2.ua}\nThird worker {lper3.last_first}, "
        "{lnat3.ke}\n"
        "Checked on {ldate1} by {lper4.initials}",
    ),
    Template(
        "L26-id-09",
        "pharmacy record",
        "Repeat dispensing, patients abroad\n{lper1.full} - {lnat1.th}\n{lper2.full} - "
        "{lnat2.cn}\n{lper3.full} - {lnat3.pe}\n{lper4.full} - {lnat4.ar}\n[[Insulin glargine]]",
    ),
    # --- documents in the language of their country ------------------------------------------
    Template(
        "L26-it-01",
        "referral letter",
        "Impegnativa - richiesta di visita specialistica\n"
        "Cognome e nome: {lper1.caps_last_space_first}\n"
        "Codice fiscale: {lnat1.it}\nIndirizzo: {lhome1}\nQuesito diagnostico: [[dolore "
        "toracico da sforzo]]\nIl medico: dott. {lper2.last}, {ldate1.it}",
        locales=(("it_IT", 1),),
    ),
    Template(
        "L26-pl-01",
        "referral letter",
        "Skierowanie do poradni kardiologicznej\nPacjent: {lper1.full}\nPESEL: {lnat1.pl}\n"
        "Adres: {lhome1}\nRozpoznanie: [[nadciśnienie tętnicze]]\nData: {ldate1.pl}\n"
        "Lekarz: {lper2.initial_last}, tel. {lphone1}",
        locales=(("pl_PL", 1),),
    ),
    Template(
        "L26-pl-02",
        "HR leave request",
        "Podanie - urlop (dni wolne za rok bieżący)\nImię i nazwisko: {lper1.first_last}\nTermin: "
        "{ldate1.dots} - {ldate2.dots} (14 dni roboczych)\nZastępstwo: {lper2.full}\nPodpis: "
        "{lper1.initial_last}",
        locales=(("pl_PL", 1),),
    ),
    Template(
        "L26-nl-01",
        "discharge summary",
        "Ontslagbrief\nPatiënt: dhr. {lper1.last}, {lper1.first}\nBSN: {lnat1.nl}\nGeboren: "
        "{lborn1.nl}\nOpname {ldate1.dots} wegens [[hartfalen]]\nHuisarts: {lper2.initial_last}, "
        "{lhome1}",
        locales=(("nl_NL", 2), ("nl_BE", 1)),
    ),
    Template(
        "L26-pt-01",
        "clinical note",
        "Prontuário - evolução\nPaciente: {lper1.full}\nCPF: {lnat1.br}\nData de nascimento: "
        "{lborn1.eu}\nEndereço: {lhome1}\nConduta: [[losartana 50 mg]] 1x/dia\nDra. {lper2.full}",
        locales=(("pt_BR", 1),),
    ),
    Template(
        "L26-tr-01",
        "discharge summary",
        "Epikriz\nHasta adı soyadı: {lper1.caps_full}\nT.C. kimlik: {lnat1.tr}\nDoğum tarihi: "
        "{lborn1.tr}\nTanı: [[akut pankreatit]]\nAdres: {lhome1}\nDr. {lper2.full}",
        locales=(("tr_TR", 1),),
    ),
    Template(
        "L26-vi-01",
        "discharge summary",
        "GIẤY RA VIỆN\nHọ tên người bệnh: {lper1.caps_full}\nTuổi: {lage1}\nĐịa chỉ: {lhome1}\n"
        "Chẩn đoán: [[viêm phổi]]\nNgày ra viện: {ldate1.eu}\nĐiện thoại: {lphone1}",
        locales=(("vi_VN", 1),),
    ),
    Template(
        "L26-cy-01",
        "school record",
        "Adroddiad ysgol / School report\nDisgybl / Pupil: {lper1.full}\nRhiant / Parent: "
        "{lper2.full}\nCyfeiriad / Address: {lhome1}\nE-bost / E-mail: {lmail1}",
        locales=UK,
    ),
    Template(
        "L26-age-01",
        "clinical note",
        "Geriatric day hospital\nMrs {lper1.last}, now {lage1.words} years old, walks with "
        "[[rollator]]. Lives with her son {lper2.full} at {lhome1}.\n[[MMSE 24/30]]. Review "
        "{ldate1.long}. {lper3.initial_last}",
    ),
    Template(
        "L26-net-01",
        "privacy incident report",
        "Firewall alert\nSource {lip1.six} to portal host {lip2.four}\nSession user {lmail1}\n"
        "Records viewed: {lmrn1}, {lmrn2}\nDevice MAC {lmac1}; handset {ldev1.imei}\n"
        "Analyst {lper1.handle_last_initial}",
    ),
    # --- names after role words, in portal messages and dictation --------------------------
    Template(
        "L26-portal-01",
        "patient portal message",
        "Message to care team\nHello, my emergency contact is now my brother {lper2.first_last} "
        "({lphone1}), not my ex-husband {lper3.full}. Please also remove {lper3.first} from my "
        "[[HIPAA release]]. My new address is {lhome1}.\nThank you, {lper1.first_initial}\n"
        "Sent from {lip1} on {ldate1}",
    ),
    Template(
        "L26-dict-01",
        "dictated letter (speech recognition)",
        "dictation begins this is doctor {lper2.lower} dictating a clinic letter for {lper1.lower} "
        "date of birth {lborn1.long} hospital number {lmrn1} new paragraph she was reviewed with "
        "her husband {lper3.lower_first} today [[blood pressure one forty over ninety]] full stop "
        "copy to {lper4.lower} end of dictation",
    ),
    Template(
        "L26-sched-01",
        "appointment schedule",
        "Clinic list - {ldate1.long} - Dr {lper5.caps_last}\n08:30  {lper1.last_first}  "
        "[[new, ?melanoma]]\n08:50  {lper2.last_first}  [[follow-up]]\n09:10  {lper3.last_first}  "
        "[[post-op check]]\n09:30  {lper4.last_first}  interpreter booked (Polish)",
    ),
    Template(
        "L26-court-04",
        "court record",
        "Hearing transcript (extract)\nTHE COURT: Please state your name for the record.\n"
        "THE WITNESS: {lper1.full}.\nMR. {lper2.caps_last}: And where do you live?\nTHE WITNESS: "
        "{lhome1}.\nMR. {lper2.caps_last}: Do you know the defendant, {lper3.full}?\n"
        "THE WITNESS: Yes, {lper3.first} is my landlord.",
        locales=US,
    ),
    Template(
        "L26-fu-01",
        "care home handover",
        "Residents' handover - night to day\nRm 3 {lper1.caps_last_first} ({lage1}) - settled, "
        "[[catheter draining]]\nRm 5 {lper2.caps_last_first} - GP {lper4.last} to visit re "
        "[[UTI]]\nRm 9 {lper3.caps_last_first} - family visiting pm, call {lphone1}\n"
        "Signed {lper5.initials_nodot_last}",
    ),
)

LOCALES = (
    ("en_US", 8), ("en_GB", 5), ("en_IN", 3), ("en_AU", 2), ("en_CA", 2), ("en_IE", 1),
    ("en_NZ", 1), ("en_PH", 1), ("en_PK", 1), ("de_DE", 4), ("de_AT", 1), ("de_CH", 1),
    ("fr_FR", 3), ("fr_CA", 1), ("es_ES", 3), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1),
    ("es_CL", 1), ("it_IT", 3), ("pl_PL", 3), ("nl_NL", 2), ("nl_BE", 1), ("pt_BR", 2),
    ("pt_PT", 1), ("tr_TR", 2), ("vi_VN", 2), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1),
    ("fi_FI", 1), ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1),
    ("sl_SI", 1), ("el_GR", 1), ("ru_RU", 1), ("uk_UA", 1), ("bg_BG", 1), ("ja_JP", 1),
    ("ko_KR", 1), ("zh_CN", 1), ("zh_TW", 1), ("id_ID", 1), ("th_TH", 1), ("he_IL", 1),
    ("fa_IR", 1), ("hi_IN", 1), ("et_EE", 1), ("lt_LT", 1), ("lv_LV", 1), ("bn_BD", 1),
    ("ga_IE", 1), ("az_AZ", 1), ("ka_GE", 1), ("hy_AM", 1),
)  # fmt: skip

SPLIT = Split(
    name="heldout_l",
    templates=TEMPLATES,
    seeds=range(84270001, 84270401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES[:-1],  # generator.national_id's countries (PL: l_forms.pesel)
    # The generator's shape slots: L's templates write none of them (l_forms draws its own).
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("L##?##-#?",)
    ),
    date_formats=("%Y/%m/%d",),
)
