"""Split D: held out in session 19, run once there and reported; DEV-side since session 20.

Session 20 read D's leaks by value and tuned on them (as on split E), so D no longer
measures generalisation: held-out F (heldout_f_templates.py), written before that tuning
by an author barred from D, does. What follows is how D was written.

Written 2026-11-26 by a separate author (helper h19-d), who never read the redactor
(app/redaction/), its DEV-side stress sets or any note or result about what it handles, and
who never ran it (or the evaluation, or any other redactor) on these documents: the only
checks made while writing were that the generator renders D and that each labelled span
holds its value. It was written from the classes of identifier in issue 15 and HIPAA Safe
Harbor's 18 identifiers (45 CFR 164.514(b)(2)), and from how hospitals, banks, employers,
insurers and their customers in many countries write, after held-out A, B and C had been
seen in aggregate by whoever tunes the redactor, so that one split stays unseen. Nobody
tunes recognizers, patterns, context words or gazetteers with knowledge of these templates,
seeds, locales, shapes or date formats, or of the documents they produce; the evaluation
prints only counts for it. tests/redaction/test_eval_split.py checks that D shares no seed,
template id, four-word run of wording, number shape or date format with DEV, A, B or C.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

TEMPLATES = (
    # --- clinical note -------------------------------------------------------------------
    T(
        "hd-clin-01",
        "clinical note",
        """\
Hausärztliche Sprechstunde, {date1}
Pat.: {person1.last_first} ({agespell1.de} Jahre alt), KV-Nr. {hplan1.kvnr}
wohnhaft {unitaddr1}
Tel. {natphone1}
S: [[Schwindel seit drei Tagen]], kein Sturz.
O: RR 150/90, Puls 72 unregelm.
Begleitperson: Schwiegertochter {person2.first_caps_last}
Dr. {person3.initial_last}, LANR {clinreg1.lanr}
""",
    ),
    T(
        "hd-clin-02",
        "clinical note",
        """\
PROGRESS NOTE  {date1}  ward 7 east
{person1.caps_last_first_all}   UR {mrn1}   {agecompact1}
Seen with granddaughter ({person2.first}, mob {natphone1}).
[[Delirium resolving]]; family happy with plan.
Hearing aid left on the bedside table, s/n {serial1}.
-- {person3.initials_nodot_last} (reg), {clinreg1.label} {clinreg1}
""",
    ),
    T(
        "hd-clin-03",
        "clinical note",
        """\
Consultation de suivi du {date1}
Mme {person1.caps_last} {person1.first}, {agespell1.fr} ans, vit seule au {unitaddr1}.
N° de sécurité sociale : {natid1.fr}
Infirmière libérale : {person2.full} ({natphone2}).
Conclusion : [[insuffisance cardiaque stable]], contrôle dans un mois.
Dr {person3.last}, {clinreg1.label} {clinreg1}
""",
    ),
    T(
        "hd-clin-04",
        "clinical note",
        """\
telemed f/u — pt {person1.lower} joined video from {ip1} ({url1})
dob {dob}, addr on file {street1}, {city1}
cgm reader paired, device id {uuid1}
[[Glucose control acceptable]]. rtc 3/12.
{person2.handle_last_initial}
""",
    ),
    # --- discharge summary ---------------------------------------------------------------
    T(
        "hd-dis-01",
        "discharge summary",
        """\
EPICRISIS / INFORME DE ALTA
Apellidos, nombre: {person1.caps_last_first}
Nº historia clínica: {mrn1}      {natid1.label}: {natid1}
Fecha de ingreso: {date1}     Fecha de alta: {date2}
Domicilio: {unitaddr1}
Diagnóstico principal: [[fractura de cadera derecha]]
Familiar de contacto: {person2.first_last} (hija), tlf. {natphone1}
Facultativo: Dr. {person3.last_first_initial} — colegiado {reg1}
""",
    ),
    T(
        "hd-dis-02",
        "discharge summary",
        """\
Discharge letter

Name            {person1.last_first_middle}
Hospital no.    {mrn1}
Born            {dob}
Admitted        {date1}
Discharged      {date2} to {unitaddr1}

Mrs {person1.last} is a {age1} year old lady admitted with [[community-acquired pneumonia]].
Pacemaker checked (generator {hibc1}). Her son {person2.caps_full} will collect her.
GP: Dr {person3.first_initial}, fax {fax1}
""",
    ),
    T(
        "hd-dis-03",
        "discharge summary",
        """\
Wypis — Oddział Chorób Wewnętrznych
Pacjent(ka): {person1.caps_last_space_first}, lat {age1}, PESEL: {natid1.pl}
Data przyjęcia {date1}, data wypisu {date2}
Adres zamieszkania: {unitaddr1}
Rozpoznanie: [[niewydolność nerek przewlekła]]
Osoba upoważniona: {person2.full}, tel. {natphone1}
lek. med. {person3.initial_last}, nr PWZ {clinreg1.pwz}
""",
    ),
    # --- radiology request ---------------------------------------------------------------
    T(
        "hd-rad-01",
        "radiology request",
        """\
MRI REQUEST — LUMBAR SPINE
Patient: {person1.caps_last_first_all}    MRN {mrn1}    DOB {dob}
Safety: neurostimulator in situ, device UDI {udi1}, IPG serial {serial1}
Clinical question: [[cauda equina syndrome?]]
Requesting clinician {person2.initials_caps_last} bleep 2290, {clinreg1.label} {clinreg1}
""",
    ),
    T(
        "hd-rad-02",
        "radiology request",
        """\
Richiesta di ecografia addome completo
Paziente: {person1.last_space_first}, anni {age1}, nato/a il {dob}, C.F. {natid1.it}
Recapito: {natphone1} — residenza {unitaddr1}
Quesito: [[colelitiasi sintomatica]]
Medico richiedente: dott.ssa {person2.full}
""",
    ),
    T(
        "hd-rad-03",
        "radiology request",
        """\
ct head non-con pls — {person1.first} {person1.last} bed 12, {agecompact1}
fell at home ({street1}), on apixaban. [[rule out subdural haematoma]]
ordered by {person2.lower_first} {person2.lower_last}, pager via {email1}
""",
    ),
    # --- insurance claim -----------------------------------------------------------------
    T(
        "hd-ins-01",
        "insurance claim",
        """\
SCHADENANZEIGE KRANKENVERSICHERUNG
Versicherte Person: {person1.last_first}
Versichertennummer: {hplan1.kvnr}
Geburtsdatum: {dob}
Behandlungszeitraum: {date1} bis {date2}
Leistungserbringer: Praxis Dr. {person2.last}, {unitaddr1}
Erstattung auf: {iban1}
Diagnose laut Rechnung: [[Bandscheibenvorfall L4/L5]]
""",
    ),
    T(
        "hd-ins-02",
        "insurance claim",
        """\
AUTO CLAIM — FIRST NOTICE OF LOSS
Claim #: {claim1}
Policyholder: {person1.caps_last_first}, driver's licence ({dl1.label}) {dl1}
Vehicle: VIN {vin1}, reg {wplate1} ({wplate1.label})
Loss date {date1}; location {place1}
Third party: {person2.first_last}, {natphone1}
Damage summary: [[rear bumper and tailgate]]
""",
    ),
    T(
        "hd-ins-03",
        "insurance claim",
        """\
Reembolso de despesas médicas
Beneficiário: {person1.full}  |  Carteirinha {plan1}
CPF: {natid1.br}
Data do atendimento: {date1}
Prestador: {person2.caps_full}, CRM {clinreg1.crm}
Conta para depósito: {bank1.label} {bank1}
Procedimento: [[consulta com cardiologista]]
""",
    ),
    # --- KYC review ----------------------------------------------------------------------
    T(
        "hd-kyc-01",
        "KYC review",
        """\
CUSTOMER DUE DILIGENCE — refresh
Legal name ............ {person1.caps_last_first_all}
Also known as ......... {person1.first_initial}
Date of birth ......... {dob}
ID document ........... {natid1.label} {natid1}; passport {passport1}
Residential address ... {unitaddr1}
Mobile ................ {natphone1}
Salary account ........ {bank1.label} {bank1}
Outcome: [[source of funds verified]]
Reviewer {person2.handle}
""",
    ),
    T(
        "hd-kyc-02",
        "KYC review",
        """\
Vérification d'identité — client particulier
Titulaire : {person1.caps_last} {person1.first}
Pièce d'identité : {natid1.label} n° {natid1}
Domicile déclaré : {unitaddr1}
Justificatif reçu le {date1}, facture d'énergie au nom de {person2.full}.
IBAN du compte principal : {iban1}
Avis du conseiller : [[aucune alerte sanctions]]
""",
    ),
    T(
        "hd-kyc-03",
        "KYC review",
        """\
onboarding exception queue
applicant: {person1.first_last} | alt spelling on passport: {person1.caps_full}
selfie check failed from device {uuid1} at {ip1}
doc: {dl1.label} {dl1}
notes: [[liveness retry requested]]. escalated to {person2.first_initial}
""",
    ),
    # --- fraud case ----------------------------------------------------------------------
    T(
        "hd-fraud-01",
        "fraud case",
        """\
CASE {claim1} — suspected account takeover
Victim: {person1.last_first}, {natid1.label} {natid1}
Card: {card1} (blocked {date1})
New payee added: {person2.caps_full}, {bank1.label} {bank1}
Logins from {ip1} and {ipsix1}; phone swapped to SIM {iccid1}
[[Chargeback initiated]]. Analyst: {person3.initial_nodot_last}
""",
    ),
    T(
        "hd-fraud-02",
        "fraud case",
        """\
Betrugsverdacht Onlinebanking
Kundin: {person1.first} {person1.caps_last}, Kunden-Nr. {account1}
Überweisung am {date1} an {iban1} (Empfänger angeblich {person2.full})
Anruf des Täters von {natphone1}, gab sich als Bankmitarbeiter aus.
[[Strafanzeige erstattet]]; Sachbearbeiter {person3.last_initial}
""",
    ),
    T(
        "hd-fraud-03",
        "fraud case",
        """\
Romance scam file
Customer {person1.full} ({agecompact1}) sent 14 transfers to "{person2.first}".
Scammer's profile: {social1}
Contact e-mail used by scammer: {email1}
Customer's home: {unitaddr1}, GPS of ATM withdrawals {place1}
[[Safeguarding referral made]]
""",
    ),
    # --- HR leave request ----------------------------------------------------------------
    T(
        "hd-hr-01",
        "HR leave request",
        """\
Urlaubsantrag / Sonderurlaub
Mitarbeiter: {person1.last_first}, Personalnr. {account1}
Zeitraum: {date1} – {date2}
Grund: [[Pflege eines Angehörigen]] — Mutter {person2.full}, {agespell1.de} Jahre
Vertretung: {person3.first_last}
Erreichbar unter {natphone1}
""",
    ),
    T(
        "hd-hr-02",
        "HR leave request",
        """\
Subject: parental leave — {person1.first_last}
Employee ID {account1} · start {date1} · expected return {date2}
Baby's due date confirmed by midwife {person2.caps_last_first}, {clinreg1.label} {clinreg1}.
Home address for the payslips: {unitaddr1}
Manager sign-off: {person3.initials_nodot_last}   [[approved without pay adjustment]]
""",
    ),
    T(
        "hd-hr-03",
        "HR leave request",
        """\
AANVRAAG BUITENGEWOON VERLOF
Naam medewerker: {person1.caps_last_space_first}
BSN: {natid1.nl}
Periode: {date1} t/m {date2}
Reden: [[uitvaart van grootvader]] {person2.full}, overleden op {agespell1.nl}-jarige leeftijd
Telefoon: {natphone1}
""",
    ),
    # --- chat transcript -----------------------------------------------------------------
    T(
        "hd-chat-01",
        "chat transcript",
        """\
[09:14] {person1.handle_dash}: hi my card got eaten by the atm on {street1}
[09:14] agent_{person2.lower_first}: sorry to hear! can you confirm dob?
[09:15] {person1.handle_dash}: {dob}
[09:15] agent_{person2.lower_first}: and the last account you used?
[09:16] {person1.handle_dash}: {bank1}
[09:17] agent_{person2.lower_first}: thanks {person1.lower_first}, [[replacement card ordered]]
""",
    ),
    T(
        "hd-chat-02",
        "chat transcript",
        """\
Patient portal messages
{person1.first_initial} (patient) — can Dr {person2.last} call me on {natphone1}?
My mum {person3.full} is {agecompact1} now and staying with me at {unitaddr1}.
Clinic (reply) — [[Appointment moved to Thursday]]. Portal id {mrn1}.
""",
    ),
    T(
        "hd-chat-03",
        "chat transcript",
        """\
WhatsApp export
{date1}, 21:03 - {person1.first_last}: oi, chegou a receita?
{date1}, 21:05 - {person2.first}: sim! mandei pro teu email {email1}
{date1}, 21:05 - {person1.first_last}: o CPF da vó é {natid1.br}
{date1}, 21:06 - {person2.first}: ok, [[marquei a consulta]]
""",
    ),
    # --- referral letter -----------------------------------------------------------------
    T(
        "hd-ref-01",
        "referral letter",
        """\
Dear Dr {person1.last},

Re: {person2.caps_last_first}, D.O.B. {dob}, {natid1.label} {natid1}
{unitaddr1}

Thank you for seeing this gentleman who, at {agewords2} years of age, remains remarkably
independent. [[Progressive exertional dyspnoea]] over six months.

Yours sincerely,
{person3.full} MRCGP
GMC {clinreg1.gmc}
""",
    ),
    T(
        "hd-ref-02",
        "referral letter",
        """\
Verwijsbrief aan de dermatoloog
Betreft: dhr. {person1.initials_nodot_last}, geboren {dob}
Adres: {unitaddr1}
Tel.: {natphone1}
Vraagstelling: [[verdachte moedervlek rug]]
Met collegiale groet,
{person2.full}, huisarts, BIG {clinreg1.big}
""",
    ),
    T(
        "hd-ref-03",
        "referral letter",
        """\
Lettre d'adressage — consultation mémoire
Cher confrère,
Je vous adresse {person1.first} {person1.caps_last}, {agespell1.be} ans, domicilié(e) {unitaddr1},
accompagné(e) de sa fille {person2.full} ({email1}).
Motif : [[troubles cognitifs d'aggravation récente]].
Bien confraternellement, Dr {person3.last_initial}
""",
    ),
    # --- lab report ----------------------------------------------------------------------
    T(
        "hd-lab-01",
        "lab report",
        """\
LABORBEFUND
Name, Vorname : {person1.caps_last_first}
Geb.          : {dob}
Auftragsnr.   : {claim1}
Eingang       : {date1}
Einsender     : Praxis {person2.last}, {street1}, {postcode1}
---------------------------------------------
HbA1c          7.9 %     (Ref. 4.0-6.0)
[[Kreatinin leicht erhöht]]
Validiert: {person3.initial_last}
""",
    ),
    T(
        "hd-lab-02",
        "lab report",
        """\
PATHOLOGY REPORT
Specimen ID {mrn1}   Collected {date1}
Patient {person1.caps_full} ({person1.last_first}), {agecompact1}
Medicare no. {hplan1.medicare}
Requesting doctor {person2.first_last}, provider no. {reg1}
Diagnosis: [[invasive ductal carcinoma, grade 2]]
Reported by {person3.mid_initial}, FRCPA
""",
    ),
    T(
        "hd-lab-03",
        "lab report",
        """\
Resultado de laboratorio — {person1.caps_last_first}
Fecha de nacimiento {dob}, {natid1.label} {natid1}
Orden {claim1}, toma de muestra {date1}
Analizador Nº de serie {serial1}
[[Hemoglobina 9,8 g/dL]]
Bioquímico/a responsable: {person2.full}, matrícula {reg1}
""",
    ),
    # --- prescription / pharmacy record ---------------------------------------------------
    T(
        "hd-rx-01",
        "prescription record",
        """\
Rx  {date1}
For: {person1.full}  {dob}
Addr: {street1}, {city1}
[[Metformin 500 mg twice daily]] #60, 2 refills
Prescriber: {person2.last_first_initial}, DEA {dea1}, NPI {npi1}
Filled at store 0412, pharmacist {person3.initials_caps_last}
""",
    ),
    T(
        "hd-rx-02",
        "prescription record",
        """\
Apotheke — Abgabeprotokoll BtM
Patient: {person1.last_first}, {unitaddr1}
Versichertennr.: {hplan1.kvnr}
Verordnung vom {date1}, ausstellender Arzt {person2.caps_last}, LANR {clinreg1.lanr}
Abholer: {person3.full}, Ausweis {natid1}
Präparat: [[Fentanyl-Pflaster 25 µg/h]]
""",
    ),
    T(
        "hd-rx-03",
        "prescription record",
        """\
Ricetta dematerializzata
Assistito: {person1.caps_last_space_first}  CF {natid1.it}
Esenzione: [[ipertensione arteriosa]]
Prescrittore: dr. {person2.first_caps_last}
Data {date1} — farmacia di {city1}, tel. {natphone1}
""",
    ),
    # --- nursing handover ----------------------------------------------------------------
    T(
        "hd-nurse-01",
        "nursing handover",
        """\
SBAR handover — night to day
S: {person1.caps_last_first}, bay 3 bed 2, {agecompact1}, MRN {mrn1}
B: admitted {date1}; lives alone {unitaddr1}
A: [[pressure area sacrum grade 2]]
R: NOK {person2.first_last} wants a call on {natphone1} before 10.
Handed over by {person3.first} / received {person4.first_initial}
""",
    ),
    T(
        "hd-nurse-02",
        "nursing handover",
        """\
Übergabe Frühdienst Station 4B
Zi. 12: Fr. {person1.last}, {person1.first} — {agespell1.de}, [[Sturzrisiko hoch]]
Zi. 14: Hr. {person2.caps_last}, Ehefrau ruft an ({natphone1})
Perfusor-Pumpe Seriennr. {serial1} zur Wartung
übergeben von {person3.initials_nodot_last}
""",
    ),
    T(
        "hd-nurse-03",
        "nursing handover",
        """\
handoff notes | {date1}
- rm 5 {person1.lower_last}: insulin pump {hibc1} alarm x2, [[BG stable overnight]]
- rm 7 {person2.first_last}: wife {person3.full} staying over
- telemetry box MAC {mac1} swapped
-{person4.lower_first}
""",
    ),
    # --- ambulance / incident report -------------------------------------------------------
    T(
        "hd-amb-01",
        "ambulance report",
        """\
PATIENT CARE RECORD — ALS UNIT 17
Incident no. {claim1}   Date {date1}
Location: {unitaddr1}  (coords {place1})
Pt: {person1.caps_last_first}, approx {agecompact1}
Caller: neighbour {person2.full}, {natphone1}
Chief complaint: [[unresponsive, agonal breathing]]
Crew: {person3.initial_last} / {person4.initial_last}
Monitor s/n {serial1}
""",
    ),
    T(
        "hd-amb-02",
        "ambulance report",
        """\
Einsatzprotokoll Rettungsdienst
Einsatzort: {street1}, {postcode1} {city1} — GPS {place1}
Patient: {person1.full}, geb. {dob}
Unfallfahrzeug: {wplate1} ({wplate1.label}), FIN {vin1}
Verdachtsdiagnose: [[Polytrauma nach Verkehrsunfall]]
Notarzt: {person2.last_first}
""",
    ),
    T(
        "hd-amb-03",
        "incident report",
        """\
Datix-style incident form
Date of incident {date1}
Person affected: {person1.first_caps_last}, hosp no. {mrn1}
Witness: {person2.full} (visitor), contact {email1}
What happened: [[patient found on floor beside bed]]; bed sensor {uuid1} had no alert.
Reported by: {person3.last_first_initial}
""",
    ),
    # --- e-mail thread -------------------------------------------------------------------
    T(
        "hd-mail-01",
        "e-mail thread",
        """\
From: {email1} ({person1.first_last})
To: claims@insurer.example
Date: {date1}
Subject: Re: Re: claim {claim1}

Hi, I still haven't been reimbursed. My policy is {plan1} and I'm at {unitaddr1}.
Call me on {natphone1}. [[Invoice attached again]].

{person1.first}

On {date2}, {person2.full} wrote:
    We need your bank details; please send the account number.
""",
    ),
    T(
        "hd-mail-02",
        "e-mail thread",
        """\
Von: {person1.last_first} [{email1}]
Gesendet: {date1}
An: Personalabteilung
Betreff: AW: Krankmeldung

Hallo Frau {person2.last},
anbei die AU-Bescheinigung ([[arbeitsunfähig bis Freitag]]).
Meine neue Anschrift: {unitaddr1}
Viele Grüße
{person1.first} {person1.last}
Tel. {natphone1}
""",
    ),
    T(
        "hd-mail-03",
        "e-mail thread",
        """\
-----Original Message-----
From: "{person1.caps_last_first}" {email1}
Sent: {date1}
Subject: request for my deceased father's records

My father {person2.full} died on {date2} aged {age1}. His hospital number was {mrn1}
and his {natid1.label} was {natid1}. I'm his executor; my solicitors' site is {url1}.
[[Request under access to health records]].
""",
    ),
    # --- wire transfer / loan form ---------------------------------------------------------
    T(
        "hd-wire-01",
        "wire transfer form",
        """\
INTERNATIONAL PAYMENT ORDER
Ordering customer: {person1.caps_full}
Debit account: {bank1.label} {bank1}
Beneficiary: {person2.caps_last_first_all}
Beneficiary IBAN: {iban1}
Beneficiary address: {unitaddr1}
Value date: {date1}
Purpose: [[family maintenance]]
Customer signature verified by {person3.initials_caps_last}
""",
    ),
    T(
        "hd-wire-02",
        "loan application",
        """\
Solicitud de préstamo personal
Solicitante: {person1.caps_last_first}   {natid1.label}: {natid1}
Fecha de nacimiento: {dob}
Domicilio: {unitaddr1}
Teléfono móvil: {natphone1}   Correo: {email1}
Cuenta para el abono: {bank1.label} {bank1}
Vehículo en garantía: {wplate1}, VIN {vin1}
Finalidad: [[reforma de vivienda]]
""",
    ),
    T(
        "hd-wire-03",
        "loan application",
        """\
MORTGAGE APPLICATION — JOINT
Applicant 1: {person1.last_first}, born {dob}, {natid1.label} {natid1}
Applicant 2: {person2.last_first}, driving licence {licence1}
Property: {usaddr1}
Current landlord: {person3.full}, {phone1}
Employer payroll ref {account1}
[[Loan to value 85%]]
""",
    ),
    # --- payroll / HR record ---------------------------------------------------------------
    T(
        "hd-pay-01",
        "payroll record",
        """\
PAYSLIP  period ending {date1}
Employee:   {person1.caps_last_first_all}
Emp. no.:   {account1}
Tax ref:    {natid1.label} {natid1}
Paid to:    {bank1.label} {bank1}
Home:       {unitaddr1}
[[Basic pay 2,450.00]]   [[Overtime 312.50]]
""",
    ),
    T(
        "hd-pay-02",
        "payroll record",
        """\
Fiche salarié — dossier RH
Nom : {person1.caps_last}   Prénom : {person1.first}
Né(e) le : {dob}
N° SS : {natid1.fr}
Adresse : {unitaddr1}
Permis de conduire ({dl1.label}) : {dl1}
Véhicule de service : {wplate1}
Personne à prévenir : {person2.full}, {natphone1}
Poste : [[aide-soignante de nuit]]
""",
    ),
    # --- call-centre transcript ----------------------------------------------------------
    T(
        "hd-call-01",
        "call-centre transcript",
        """\
AGENT: Thank you for calling, who am I speaking with?
CALLER: It's {person1.first_last}, calling for my dad {person2.full}.
AGENT: Can I take his date of birth and postcode?
CALLER: {dob}, and it's {postcode1}.
AGENT: And his member number?
CALLER: {hplan1}. He's {agewords3} next month, so he can't do the phone himself.
AGENT: Understood, I've [[noted third-party authority]].
""",
    ),
    T(
        "hd-call-02",
        "call-centre transcript",
        """\
Atendente: Central de atendimento, bom dia.
Cliente: Bom dia, meu nome é {person1.full}, quero contestar uma compra.
Atendente: Pode confirmar o CPF?
Cliente: {natid1.br}. A compra foi no dia {date1}, no cartão número {card1}.
Atendente: Registrado, protocolo {claim1}. [[Cartão bloqueado preventivamente]].
""",
    ),
    # --- legal / claims letter -----------------------------------------------------------
    T(
        "hd-legal-01",
        "legal letter",
        """\
WITHOUT PREJUDICE

Our client: {person1.full}
Your insured: {person2.caps_last_first}
Your ref: {claim1}
Date of accident: {date1}

We act for the above, who sustained [[a fractured left wrist]] when your insured's vehicle
{wplate1} collided with her bicycle at {place1}. Our client resides at {unitaddr1}.

{person3.first_last}
Solicitor, SRA no. {reg1}
""",
    ),
    T(
        "hd-legal-02",
        "legal letter",
        """\
Avv. {person1.full}
Spett.le Compagnia — Ufficio Sinistri

Oggetto: sinistro n. {claim1}, danneggiato sig. {person2.caps_last_space_first},
nato il {dob}, C.F. {natid1.it}, residente in {unitaddr1}.
Si chiede il risarcimento per [[lesioni personali lievi]].
Distinti saluti. PEC {email1}
""",
    ),
    # --- home-care visit log -------------------------------------------------------------
    T(
        "hd-home-01",
        "home-care visit log",
        """\
VISIT LOG — domiciliary care
Client: {person1.last_first}   ({agewords1})
Key safe at {unitaddr1}, code with office (GPS {geo1})
Date        Carer                Notes
{date1}    {person2.first_initial}      [[meds prompted, ate breakfast]]
{date2}    {person3.first_initial}      daughter {person4.first} visiting, mob {natphone1}
Falls pendant ID {iccid1}
""",
    ),
    T(
        "hd-home-02",
        "home-care visit log",
        """\
Hemtjänst — besöksanteckning {date1}
Brukare: {person1.full}, personnummer {natid1.se}
Adress: {unitaddr1}
Trygghetslarm {serial1}
[[Hjälp med dusch och medicin]]. Sonen {person2.first} ringer på {natphone1}.
Sign. {person3.initials_nodot_last}
""",
    ),
    # --- SMS thread ----------------------------------------------------------------------
    T(
        "hd-sms-01",
        "SMS thread",
        """\
{natphone1}: hey its {person1.first}, mum's appointment got moved to {date1}
me: ok! still at {street1}?
{natphone1}: yep. also she's {agecompact1} now so they want a carer present. [[bring her meds list]]
me: I'll ask {person2.first} to drive her, plate {plate1}
""",
    ),
    T(
        "hd-sms-02",
        "SMS thread",
        """\
BANK: Your one-time code was requested for a payment to {person1.caps_full}.
Not you? Call {natphone1}.
Me: i didn't do this!! my account {bank1}
BANK: [[Payment stopped]]. Ref {claim1}. We'll call {natphone2} today.
""",
    ),
    # --- vehicle and device records -------------------------------------------------------
    T(
        "hd-fleet-01",
        "fleet record",
        """\
FLEET INCIDENT — company car
Driver: {person1.caps_last_first} (staff {account1})
Licence: {dl1.label} {dl1}
Vehicle {wplate1}, VIN {vin1}, telematics unit IMEI {imei1}
Date {date1}, position {place1}
Other party: {person2.full}, {natphone1}
[[Minor scrape, no injuries]]
""",
    ),
    T(
        "hd-it-01",
        "IT access request",
        """\
Ticket: new laptop for {person1.first_last} (ward clerk)
AD account: {person1.handle}
Old device MAC {mac1}, serial {serial1}, last seen {ip1}
Home broadband for VPN: {ipsix1}
Mobile SIM {iccid1}, line {natphone1}
[[Access to patient administration system only]]
Approved by {person2.last_first_initial}
""",
    ),
    # --- death / birth registration --------------------------------------------------------
    T(
        "hd-reg-01",
        "death certificate",
        """\
MEDICAL CERTIFICATE OF CAUSE OF DEATH
Name of deceased: {person1.caps_full}
Date of death: {date1}        Age: {age1}
Place of death: {unitaddr1}
Usual address:
{addr1.lines}
Cause: I(a) [[bronchopneumonia]]
Informant: {person2.full}, son
Certifying practitioner: {person3.first_last}, {clinreg1.label} {clinreg1}
Certificate no. {cert1}
""",
    ),
    T(
        "hd-reg-02",
        "birth registration",
        """\
Geburtsanzeige Standesamt
Kind: {person1.first} {person1.last}, geboren am {date1} um 04:12 Uhr
Mutter: {person2.caps_last_first}, geb. {dob}, {natid1.label} {natid1}
Vater: {person3.full}
Wohnung der Eltern: {unitaddr1}
Hebamme: {person4.full}, [[Spontangeburt ohne Komplikationen]]
Registernummer {cert1}
""",
    ),
    # --- more clinical and bank documents in other languages and orders -------------------
    T(
        "hd-clin-05",
        "clinical note",
        """\
Poliklinik — kontrol muayenesi
Hasta: {person1.caps_last_first}, T.C. no {natid1.tr}
Doğum tarihi: {dob}
Adres: {unitaddr1}
Yaş: {age1}
Yakını: {person2.full} (oğlu), GSM {natphone1}
[[Kan basıncı kontrol altında]]
Uzm. Dr. {person3.first_caps_last}
""",
    ),
    T(
        "hd-clin-06",
        "clinical note",
        """\
Konsultationsnotat {date1}
{person1.last_space_first} ({agecompact1}), fødselsnummer {natid1.no}
Bor i {city1}, {street1}
[[Stabil angina, ingen forandring]]
Pårørende: {person2.full}, tlf {natphone1}
{person3.initial_last}, lege
""",
    ),
    T(
        "hd-kyc-04",
        "KYC review",
        """\
KYC checklist — branch 118
[x] Name: {person1.first} {person1.last}
[x] {natid1.label}: {natid1}
[x] Proof of address: {unitaddr1}
[x] PAN/TIN on form matches
[ ] Nominee: {person2.full}, relation: spouse
Account opened: {bank1}
[[Risk category: low]]
""",
    ),
    T(
        "hd-fraud-04",
        "fraud case",
        """\
Alert {claim1}: insurance card shared between two patients
Card holder: {person1.caps_last_first}, {hplan1.label} {hplan1}
Used at clinic on {date1} by someone giving DOB {dob}
CCTV shows car {wplate1} in car park; registered keeper {person2.full}
[[Referred to counter-fraud]]
""",
    ),
    T(
        "hd-ins-04",
        "insurance claim",
        """\
Medicare claim — {person1.last_first}
Beneficiary {mbi1}; supplemental plan {plan1}
Service date {date1}, rendering provider {person2.caps_full} NPI {npi1}
Wheelchair DME serial {serial1}, UDI {udi1}
[[Power wheelchair, group 2]]
Mailing address: {miladdr1}
""",
    ),
    T(
        "hd-chat-04",
        "chat transcript",
        """\
(bot handed over to a human agent)
{person1.handle_under}: my dad {person2.first} {person2.last} is locked out of the health app
Agent {person3.caps_first}: What's his member number and the email on the account?
{person1.handle_under}: {hplan1} and {email1}
{person1.handle_under}: he's {agecompact1} and lives at {unitaddr1} if that helps
Agent {person3.caps_first}: [[Password reset link sent]]
""",
    ),
    T(
        "hd-hr-04",
        "HR leave request",
        """\
LEAVE FORM (SICK) — please print
SURNAME: {person1.caps_last}      GIVEN NAMES: {person1.caps_first}
STAFF NO.: {account1}
FROM {date1} TO {date2}
MEDICAL CERTIFICATE FROM: DR {person2.caps_full}, {clinreg1.label} {clinreg1}
CONTACT WHILE ON LEAVE: {natphone1} / {email1}
REASON: [[post-operative recovery]]
""",
    ),
    # --- further documents: tables, honorifics, family name first ---------------------------
    T(
        "hd-dis-04",
        "discharge summary",
        """\
ZÁRÓJELENTÉS
Név: {person1.caps_last_space_first}   Anyja neve: {person2.last_space_first}
Szül.: {dob}   TAJ: {hplan1.taj}
Lakcím: {unitaddr1}
Felvétel: {date1}   Távozás: {date2}
Diagnózis: [[pitvarfibrilláció, gyors kamrai válasszal]]
Kezelőorvos: dr. {person3.last_space_first}, pecsétszám {reg1}
""",
    ),
    T(
        "hd-vacc-01",
        "vaccination record",
        """\
IMMUNISATION RECORD
| Name          | {person1.last_first}
| Date of birth | {dob}
| Health no.    | {hplan1}
|---------------|-----------------------------------------
| Given         | Vaccine / batch        | Vaccinator
| {date1}  | [[Influenza, quadrivalent]] | {person2.initials_nodot_last}
| {date2}  | [[Pneumococcal PCV20]]      | {person3.last_initial}
Parent/guardian: {person4.full}, {natphone1}
""",
    ),
    T(
        "hd-roster-01",
        "staff roster",
        """\
ON-CALL ROSTER — anaesthetics, week of {date1}
Mon | {person1.caps_last_first}  | bleep 5521 | mob {natphone1}
Tue | {person2.initial_last}     | home {natphone2}
Wed | {person3.last_space_first} | {email1}
Registration numbers on file: {clinreg1.label} {clinreg1}, {clinreg2.label} {clinreg2}
[[Swaps must be agreed with the rota coordinator]]
""",
    ),
    T(
        "hd-clin-07",
        "clinical note",
        """\
Nota de evolución — Sra. {person1.last_first}, {age1} años
Acompañada por su nieto, el Sr. {person2.first_last} (cel. {natphone1}).
Vive en {unitaddr1}; cuidadora: Doña {person3.first}.
[[Úlcera venosa en mejoría]]. Próximo control {date1}.
Lic. en Enfermería {person4.initial_last}, M.P. {reg1}
""",
    ),
    T(
        "hd-kyc-05",
        "KYC review",
        """\
Müşteri tanıma formu
Ad Soyad: {person1.first_caps_last}   Uyruk: yabancı
Pasaport no: {passport1}   {natid1.label}: {natid1}
Doğum tarihi: {dob}   Yaş: {agecompact1}
İkamet adresi: {unitaddr1}
Cep: {natphone1}   E-posta: {email1}
Hesap: {iban1}
[[Gelir kaynağı belgelendi]]
""",
    ),
)

# The twelve issue-15 locales at low weight; most of the weight on locales DEV, A, B and C
# use little or not at all. mk_MK values are romanised (Split.romanise).
LOCALES = (
    ("en_US", 2), ("en_GB", 2), ("en_IN", 1), ("de_DE", 2), ("fr_FR", 1), ("es_ES", 1),
    ("it_IT", 1), ("pl_PL", 1), ("nl_NL", 1), ("pt_BR", 1), ("tr_TR", 1), ("vi_VN", 1),
    ("fr_CA", 3), ("en_BD", 3), ("en_TH", 2), ("zu_ZA", 2), ("ha_NG", 2), ("ig_NG", 2),
    ("no_NO", 3), ("hu_HU", 3), ("en_NZ", 2), ("fr_CH", 2), ("mk_MK", 2), ("da_DK", 2),
    ("fi_FI", 2), ("ro_RO", 2), ("cs_CZ", 1), ("sv_SE", 1), ("hr_HR", 2), ("sl_SI", 2),
    ("es_MX", 2), ("es_AR", 1), ("es_CO", 2), ("de_CH", 1), ("en_AU", 2), ("en_CA", 1),
    ("id_ID", 1), ("pt_PT", 1), ("de_AT", 1), ("en_IE", 1), ("fr_DZ", 2), ("es_CA", 1),
    ("de_LI", 1), ("tl_PH", 1), ("fil_PH", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "HU", "CZ", "GR", "DK", "NO", "FI", "JM", "ZA", "TR", "IN", "MX", "AR", "BR", "IT",
    "DE", "GB", "US", "CA", "ID", "EG", "MA", "NG", "GH", "PH", "HR", "ES", "IE", "BD",
    "WLS", "AL", "ET", "CM",
)  # fmt: skip
ID_COUNTRIES = (
    "RU", "CU", "DO", "MU", "CR", "KE", "US", "GB", "ES", "NL", "BR", "TR", "CA", "AU",
    "AT", "CH", "FI", "NO", "DK", "RO", "GR", "HR", "SI", "BG", "CL", "AR", "KR", "ZA",
    "IL", "TH", "MX", "CZ",
)  # fmt: skip

# Dates as written in many countries (generator.DATE_PART adds {month:xx}, {mon:xx}, {roman},
# {ord}, {m}, {be} the Buddhist-era year and {dd}).
DATE_FORMATS = (
    "{d}/{m}/%Y", "%d %B %Y", "%Y/{m}/{d}", "%Y. {m}. {d}.", "{d}. {month:no} %Y",
    "{d}. {month:sl} %Y", "{d}. {month:et} %Y", "%Y. gada {d}. {month:lv}",
    "{d} ta' {month:mt} %Y", "{d} {month:cy} %Y", "{d} {month:ms} %Y", "{d}. {month:bs} %Y.",
    "{d} {month:sq} %Y", "{d} {month:af} %Y", "{dd}/%m/{be}", "{d} {month:tr} %Y",
    "{d}. {month:da} %Y", "{d} {month:ro} %Y", "{d}. {month:hr} %Y.", "{d}. {month:sk} %Y",
    "%d.%m.%Y г.", "{d}-{mon:es}-%Y", "%B %d, %Y", "{d}.{m}.%y", "%m/%d/%y",
)  # fmt: skip

SPLIT = Split(
    name="heldout_d",
    templates=TEMPLATES,
    seeds=range(31_337_001, 31_337_401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("##-##-##-##", "U#######", "#####.###", "??-###-###", "P/########"),
        "plan": ("###-###-###-#", "??#######-#", "#?#-###-###", "ZQ########"),
        "claim": ("#/####/######", "??-#####-##", "#######??"),
        "account": ("########-##", "##-##-######", "?#-#######", "####/#######"),
        "licence": ("??-#######", "#######-??-#", "???######"),
        "reg": ("#-#####", "?#######?", "##/######"),
        "cert": ("#####-####-??", "??/#######"),
        "serial": ("####-??-#####", "??###-####-???", "#?#?#?#?#?#?"),
    },
    date_formats=DATE_FORMATS,
    romanise=frozenset({"mk_MK"}),
    compound_surname=0.12,
)
