"""DEV-side split E: documents written apart from the redactor, to be looked at and tuned on.

Written by someone who had not read the redactor, from HIPAA Safe Harbor's 18 identifier
classes (45 CFR 164.514(b)(2)) and from how clinicians, clerks, HR officers and customers
in many countries actually write: their languages, field orders, casing, tables,
signatures, e-mail headers and chat tags. It is a DEV-side split (the tuners read its
leaks value by value), not a held-out one; its seeds (77_000_001...) are its own.

Templates written in one country's language carry that country's locales, national-id
countries and date formats (Template.locales / id_countries / date_formats); the others
draw from the split's weighted mix of locales.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

# Locale groups for templates written in one language (Faker locale, weight).
DE = (("de_DE", 4), ("de_AT", 2), ("de_CH", 1))
FR = (("fr_FR", 4), ("fr_CH", 1), ("fr_CA", 1))
ES = (("es_ES", 3), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1))
PT = (("pt_BR", 3), ("pt_PT", 2))
IT = (("it_IT", 1),)
NL = (("nl_NL", 3), ("nl_BE", 2))
PL = (("pl_PL", 1),)
NORDIC = (("sv_SE", 2), ("da_DK", 2), ("no_NO", 2), ("fi_FI", 2))
CEE = (("cs_CZ", 2), ("sk_SK", 1), ("hu_HU", 2), ("ro_RO", 2), ("hr_HR", 1), ("sl_SI", 1))
ANGLO = (("en_GB", 4), ("en_IE", 2), ("en_AU", 2), ("en_NZ", 1), ("en_CA", 1))
US = (("en_US", 1),)
IN = (("en_IN", 1),)
ASIA = (("vi_VN", 1), ("id_ID", 1), ("en_PH", 1))

# Date formats as each language writes a date tied to a person.
DE_DATES = ("%d.%m.%Y", "{d}. {month:de} %Y", "%d.%m.%y", "{d}.{m}.%Y")
FR_DATES = ("%d/%m/%Y", "{d} {month:fr} %Y", "%d-%m-%Y", "{d} {mon:fr}. %Y")
ES_DATES = ("%d/%m/%Y", "{d} de {month:es} de %Y", "%d-%m-%Y", "{d}/{m}/%Y")
PT_DATES = ("%d/%m/%Y", "{d} de {month:pt} de %Y", "%d-%m-%Y")
IT_DATES = ("%d/%m/%Y", "{d} {month:it} %Y", "%d.%m.%Y")
NL_DATES = ("%d-%m-%Y", "{d} {month:nl} %Y", "%d/%m/%Y")
PL_DATES = ("%d.%m.%Y", "{d} {month:pl} %Y r.", "%d.%m.%Y r.", "{d}.{roman}.%Y")
NORDIC_DATES = ("%Y-%m-%d", "%d.%m.%Y", "{d}. {month:da} %Y", "{d} {month:sv} %Y", "%d.%m.%y")
CEE_DATES = ("%d.%m.%Y", "{d}. {month:cs} %Y", "%Y. {month:hu} {d}.", "{d} {month:ro} %Y")
US_DATES = ("%m/%d/%Y", "%m/%d/%y", "%b {d}, %Y", "%B {ord}, %Y", "%m-%d-%Y")
DATES = (
    "%d-%b-%Y", "%d %b %y", "{ord} %B %Y", "%b {d}, %Y", "%Y/%m/%d", "{d}-{roman}-%Y",
    "%d.%m.%Y", "%m/%d/%y", "{d} {month:fr} %Y", "{d}. {month:de} %Y",
)  # fmt: skip
UK_DATES = ("%d/%m/%Y", "{ord} %B %Y", "%d %b %Y", "%d-%b-%Y", "%d/%m/%y")

TEMPLATES = (
    # --- clinical note ---
    T(
        "e-clinical-1",
        "clinical note",
        """\
OUTPATIENT CLINIC -- [[CARDIOLOGY]]
Pt: {person1.caps_last_first}   D.O.B. {dob}   Hosp No: {mrn1}
Seen {date1}

Hx: 3/12 [[exertional chest tightness]]. Walks dog daily. Lives alone at
{addr1}, son ({person2.first}) visits weekends, mob {phone1}.
O/E: [[BP 142/88]], [[HR 76 reg]], HS I+II+0.
Imp: ?[[stable angina]]. Plan: [[exercise tolerance test]], start [[bisoprolol 2.5 mg od]].

{person3.initial_last}
Consultant Cardiologist, GMC {reg1}
""",
        locales=ANGLO,
        date_formats=UK_DATES,
    ),
    T(
        "e-clinical-2",
        "clinical note",
        """\
SUBJECTIVE: {person1.first} is a {age1} y/o F here with her niece {person2.full} for f/u of
[[atrial fibrillation]]. Niece reports pt has been more confused since {date1}.
OBJECTIVE: [[T 36.8]], [[SpO2 94% RA]]. Pt wears hearing aid (serial {serial1}).
ASSESSMENT/PLAN: continue [[apixaban 2.5 mg BID]]. Niece's cell {usphone1}.
Medicare MBI {mbi1}.
-- {person3.full}, MD  NPI {npi1}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    T(
        "e-clinical-3",
        "clinical note",
        """\
Verlaufseintrag {date1}, [[Station 4B Innere Medizin]]
Pat. {person1.last_first}, geb. {dob}, Fall-Nr. {mrn1}
{age1}-jährige Patientin, Aufnahme über ZNA. [[Hb 9,1 g/dl]], [[Kreatinin 1,8 mg/dl]].
Angehörige: Tochter Fr. {person2.last}, Tel. {locphone1}
Wohnhaft: {addr1}
gez. Dr. med. {person3.full}, Stationsarzt
""",
        locales=DE,
        id_countries=("DE", "AT", "CH"),
        date_formats=DE_DATES,
    ),
    T(
        "e-clinical-4",
        "clinical note",
        """\
Consultation du {date1}
Mme {person1.caps_last} {person1.first}, née le {dob}, {age1} ans.
N° de sécurité sociale : {natid1}
Motif : [[douleurs lombaires]] depuis 10 jours. [[EVA 6/10]].
Traitement : [[paracétamol 1 g x 3/j]].
Adresse : {addr1}
Dr {person2.first_caps_last}, médecin généraliste, RPPS {reg1}
""",
        locales=FR,
        id_countries=("FR",),
        date_formats=FR_DATES,
    ),
    T(
        "e-clinical-5",
        "clinical note",
        """\
Nota de evolución — {date1}
Paciente: {person1.last_space_first} ({natid1.label} {natid1})
Edad: {age1} años. Vive en {street1}, {city1}.
Refiere [[disnea de moderados esfuerzos]]. [[Glucemia 182 mg/dl]].
Familiar responsable: {person2.full}, cel. {locphone1}
Firma: Dra. {person3.full} — Cédula profesional {licence1}
""",
        locales=ES,
        id_countries=("ES", "MX", "AR", "CL"),
        date_formats=ES_DATES,
    ),
    # --- discharge summary ---
    T(
        "e-discharge-1",
        "discharge summary",
        """\
DISCHARGE SUMMARY

Name:            {person1.caps_last_first}
MRN:             {mrn1}
DOB:             {dob}
Admit / D/C:     {date1} / {date2}
PCP:             Dr. {person2.last_first_initial}
Discharge dx:    [[community-acquired pneumonia]], [[CURB-65 score 2]]
Meds on d/c:     [[amoxicillin 500 mg TID x 5 days]]
Disposition:     home with daughter ({person3.full}), {usaddr1}
Contact:         {usphone1}
Dictated by {person4.initials}, transcribed {date2}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    T(
        "e-discharge-2",
        "discharge summary",
        """\
Entlassungsbrief

Sehr geehrte Frau Kollegin {person2.last},

wir berichten über Ihren Patienten Herrn {person1.full}, geb. am {dob},
wohnhaft {addr1}, der sich vom {date1} bis {date2} in unserer stationären
Behandlung befand.

Diagnosen: [[NSTEMI]], [[arterielle Hypertonie]]
Medikation: [[ASS 100 mg 1-0-0]], [[Atorvastatin 40 mg 0-0-1]]
Versichertennummer: {plan1}

Mit freundlichen Grüßen
{person3.full}
Oberarzt, [[Klinik für Kardiologie]]
""",
        locales=DE,
        date_formats=DE_DATES,
    ),
    T(
        "e-discharge-3",
        "discharge summary",
        """\
RESUMO DE ALTA
Paciente: {person1.caps_full}
Prontuário: {mrn1}   CPF/NIF: {natid1}
Internação: {date1}   Alta: {date2}
Diagnóstico: [[insuficiência cardíaca descompensada]]
Orientações: [[furosemida 40 mg]] pela manhã; retorno no ambulatório.
Endereço: {addr1}
Médico responsável: {person2.full} — CRM {reg1}
""",
        locales=PT,
        id_countries=("BR", "PT"),
        date_formats=PT_DATES,
    ),
    T(
        "e-discharge-4",
        "discharge summary",
        """\
Lettera di dimissione — [[U.O. Medicina Interna]]
Si dimette in data {date2} il/la sig./sig.ra {person1.caps_last_space_first},
nato/a il {dob}, C.F. {natid1}, ricoverato/a il {date1} per [[BPCO riacutizzata]].
Terapia: [[tiotropio 18 mcg]]. Controllo presso MMG dott. {person2.last}.
Recapito: {locphone1} — {addr1}
Il medico: {person3.initial_last}
""",
        locales=IT,
        id_countries=("IT",),
        date_formats=IT_DATES,
    ),
    # --- radiology request ---
    T(
        "e-radiology-1",
        "radiology request",
        """\
REQUEST FOR IMAGING
Surname: {person1.caps_last}          Forename(s): {person1.first}
DOB: {dob}   NHS/ID: {natid1}   Ward: [[AMU]]
Exam requested: [[CT pulmonary angiogram]]
Clinical info: [[Wells score 6]], [[D-dimer raised]]. eGFR [[58]].
MRI safety: cochlear implant? NO. Pacemaker serial {serial1}
Requester: {person2.first_last} (bleep 4471), GMC {reg1}
Date: {date1}
""",
        locales=ANGLO,
        id_countries=("GB", "IE", "AU", "NZ"),
        date_formats=UK_DATES,
    ),
    T(
        "e-radiology-2",
        "radiology request",
        """\
Verzoek radiologie — [[echo abdomen]]
Naam: {person1.last_first}   Geb.datum: {dob}   {natid1.label}: {natid1}
Patiëntnummer {mrn1}
Vraagstelling: [[galstenen?]] [[CRP 84]].
Aanvrager: {person2.initials}, huisarts, AGB-code {reg1}, tel {locphone1}
""",
        locales=NL,
        id_countries=("NL", "BE"),
        date_formats=NL_DATES,
    ),
    T(
        "e-radiology-3",
        "radiology request",
        """\
ORDER#{claim1} | MODALITY: MR | PRIORITY: ROUTINE
PATIENT: {person1.caps_last_first} | MRN: {mrn1} | DOB: {dob} | AGE: {age1}
EXAM: [[MRI BRAIN W/WO CONTRAST]]
DEVICE: neurostimulator UDI {udi1}
ORDERING: {person2.last_first}, NPI {npi1} | CALLBACK {usphone1} FAX {fax1}
PACS node {ip1}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    # --- insurance claim ---
    T(
        "e-claim-1",
        "insurance claim",
        """\
CMS-1500 (excerpt)
1a. INSURED'S I.D. NUMBER        {plan1}
2. PATIENT'S NAME (Last, First)   {person1.caps_last_first}
3. PATIENT'S BIRTH DATE          {dob}
5. PATIENT'S ADDRESS             {usaddr1}
   TELEPHONE                     {usphone1}
17. REFERRING PROVIDER           {person2.caps}  17b. NPI {npi1}
24. DOS {date1}  CPT [[99214]]  CHARGES [[$185.00]]
25. FEDERAL TAX I.D.             {natid1}
26. PATIENT'S ACCOUNT NO.        {account1}
""",
        locales=US,
        id_countries=("US",),
        date_formats=US_DATES,
    ),
    T(
        "e-claim-2",
        "insurance claim",
        """\
Schadenmeldung Kfz-Haftpflicht
Versicherungsschein-Nr.: {plan1}    Schaden-Nr.: {claim1}
Versicherungsnehmer: {person1.last}, {person1.first}
Anschrift: {addr1}
Amtl. Kennzeichen: {plate1}    FIN: {vin1}
Unfalltag: {date1}, Unfallort: {city1}
Unfallgegner: {person2.full}, Kennzeichen {plate2}
Bankverbindung: IBAN {iban1}
Schadenhöhe lt. Gutachten: [[2.340,00 EUR]]
""",
        locales=DE,
        date_formats=DE_DATES,
    ),
    T(
        "e-claim-3",
        "insurance claim",
        """\
Hi,

Submitting my claim for the [[dental crown]] done on {date1}. Policy number is {plan1}
and my member card says {mbi1}. Receipt attached ([[$1,240]]).

Please pay into account {account1} (BSB 062-000).

Cheers,
{person1.first_last}
{locphone1}
""",
        locales=(("en_AU", 3), ("en_NZ", 1)),
        date_formats=UK_DATES,
    ),
    T(
        "e-claim-4",
        "insurance claim",
        """\
DÉCLARATION DE SINISTRE — habitation
Assuré(e) : {person1.caps_last_space_first}
Contrat n° {plan1}  /  Dossier {claim1}
Survenance : {date1}
Adresse du risque : {addr1}
Nature : [[dégât des eaux]], [[salle de bains]]
Tél. : {locphone1}  Courriel : {email1}
RIB / IBAN : {iban1}
""",
        locales=FR,
        date_formats=FR_DATES,
    ),
    # --- KYC review ---
    T(
        "e-kyc-1",
        "KYC review",
        """\
CUSTOMER DUE DILIGENCE — INDIVIDUAL
Full legal name .......... {person1.caps_full}
Also known as ............ {person1.first_initial}
Date of birth ............ {dob}
Nationality .............. [[Indian]]
{natid1.label} ........... {natid1}
Passport no. ............. {passport1}
Current address .......... {addr1}
Mobile ................... {locphone1}
PEP screening: [[no match]]   Risk: [[MEDIUM]]
Reviewed by {person2.last_initials} on {date1}
""",
        locales=IN,
        id_countries=("IN",),
        date_formats=UK_DATES,
    ),
    T(
        "e-kyc-2",
        "KYC review",
        """\
Weryfikacja klienta (KYC)
Imię i nazwisko: {person1.full}
PESEL: {natid1}
Data urodzenia: {dob}
Adres zamieszkania: {addr1}
Dowód osobisty seria i nr: {cert1}
Rachunek: {iban1}
Telefon: {locphone1}
Wynik: [[weryfikacja pozytywna]]. Sprawdził: {person2.initial_last}, {date1}
""",
        locales=PL,
        id_countries=("PL",),
        date_formats=PL_DATES,
    ),
    T(
        "e-kyc-3",
        "KYC review",
        """\
KYC note {date1}: onboarding call with {person1.first_last}. Selfie matched
ID ({natid1.label} {natid1}). Device IMEI {imei1}, app login from {ip1} and {ipsix1}.
Employer letter lists address as {street1}, {postcode1} {city1}.
[[Source of wealth]]: sale of property. Analyst: {person2.caps_last}.
""",
        id_countries=("SE", "DK", "NO", "FI"),
        locales=NORDIC,
        date_formats=NORDIC_DATES,
    ),
    # --- fraud case ---
    T(
        "e-fraud-1",
        "fraud case",
        """\
Case #{claim1} — CARD-NOT-PRESENT
Cardholder: {person1.last_first} (acct {account1})
Disputed: 3 txns [[EUR 499.00]] each on {date1}
Card: {card1}
Order shipped to {addr1}, NOT the billing address.
Device: {mac1}   IP: {ip1}   Geo of IP: {geo1}
Merchant contact: {person2.full}, {email1}
Outcome: [[chargeback raised]]
""",
        date_formats=UK_DATES,
    ),
    T(
        "e-fraud-2",
        "fraud case",
        """\
Expediente de fraude nº {claim1}
Titular: {person1.caps_last_space_first}, {natid1.label} {natid1}
Transferencia no reconocida de [[3.500,00 €]] el {date1} hacia la cuenta {iban1}.
Beneficiario declarado: {person2.full}.
Llamada entrante desde {locphone1}. Vehículo visto en la sucursal: matrícula {plate1}.
Gestor: {person3.initial_last}
""",
        locales=ES,
        id_countries=("ES", "MX", "AR", "CL", "EC", "PE"),
        date_formats=ES_DATES,
    ),
    T(
        "e-fraud-3",
        "fraud case",
        """\
Investigator log
{date1} 14:02  Called victim {person1.full} on {phone1}. States she never opened
               account {account1}.
{date1} 14:40  Mule identified: {person2.caps_last_first}, DOB {dob}, SSN {natid1}.
{date2} 09:15  Phishing domain {url1} reported; host {ip1}.
{date2} 11:30  Vehicle {plate1} VIN {vin1} linked to mule.
""",
        locales=US,
        id_countries=("US",),
        date_formats=US_DATES,
    ),
    # --- HR leave request ---
    T(
        "e-hr-1",
        "HR leave request",
        """\
Urlaubsantrag / Antrag auf Sonderurlaub
Mitarbeiter/in: {person1.last_first}    Personalnr.: {account1}
Abteilung: [[Controlling]]
Zeitraum: {date1} bis {date2}
Grund: [[Pflege eines Angehörigen]] (Mutter, {age1} J., Pflegegrad 3)
Vertretung: {person2.full}
Genehmigt: ____ {person3.initials}
""",
        locales=DE,
        date_formats=DE_DATES,
    ),
    T(
        "e-hr-2",
        "HR leave request",
        """\
From: {person1.full} <{email1}>
To: {person2.full} (HR Business Partner)
Date: {date1}
Subject: FMLA request - {person1.caps_last}

Hi {person2.first},
I need to take [[intermittent FMLA leave]] starting {date2} to care for my father
({person3.full}), who is {age1} and just had a [[hip replacement]].
Employee ID {account1}. Best number: {usphone1}.
Thanks,
{person1.first}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    T(
        "e-hr-3",
        "HR leave request",
        """\
Ledighetsansökan
Namn: {person1.full}  Personnummer: {natid1}
Anställningsnummer: {account1}
Typ: [[föräldraledighet]], {date1} – {date2}
Adress: {addr1}
Chef: {person2.full}
""",
        locales=(("sv_SE", 1),),
        id_countries=("SE",),
        date_formats=("%Y-%m-%d", "{d} {month:sv} %Y"),
    ),
    # --- chat transcript ---
    T(
        "e-chat-1",
        "chat transcript",
        """\
[09:02] {person1.handle}: hi my card got blocked?? im abroad
[09:02] BankBot: I can help. Please confirm your full name.
[09:03] {person1.handle}: {person1.lower}
[09:03] BankBot: Thanks. And your date of birth?
[09:03] {person1.handle}: {dob}
[09:04] Agent {person2.first_initial} joined the chat
[09:05] {person2.first_initial}: I can see a login from {ip1}, is that you?
[09:05] {person1.handle}: yes thats the hotel wifi. card ends {card1}
[09:06] {person2.first_initial}: unblocked. [[You're all set]].
""",
        date_formats=UK_DATES,
    ),
    T(
        "e-chat-2",
        "chat transcript",
        """\
<{person1.lower_first}> hello, its about my mum {person2.full}
<{person1.lower_first}> she is {age1} and fell this morning
<triage_nurse> is she conscious? any [[head injury]]?
<{person1.lower_first}> yes conscious. address is {addr1}
<triage_nurse> ambulance booked. callback number?
<{person1.lower_first}> {phone1}
""",
    ),
    T(
        "e-chat-3",
        "chat transcript",
        """\
Cliente ({person1.first}): Boa tarde, quero atualizar meu endereço
Atendente: Claro! Pode informar o CPF?
Cliente ({person1.first}): {natid1}
Atendente: Obrigado, {person1.first_last}. Qual o novo endereço?
Cliente ({person1.first}): {addr1}
Atendente: E um telefone pra contato?
Cliente ({person1.first}): {locphone1}
Atendente: Pronto, [[cadastro atualizado]].
""",
        locales=(("pt_BR", 1),),
        id_countries=("BR",),
        date_formats=PT_DATES,
    ),
    # --- referral letter ---
    T(
        "e-referral-1",
        "referral letter",
        """\
{person2.full}
The Surgery, {street1}
{city1} {postcode1}
Tel {locphone1}  Fax {locphone2}

{date1}

Dear Colleague,

Re: {person1.caps_full}, DOB {dob}, NHS No {natid1}
    {ukflat1}

Thank you for seeing this pleasant {age1}-year-old lady with [[worsening dysphagia]]
and [[weight loss of 6 kg]]. She takes [[omeprazole 20 mg]].

Yours sincerely,

Dr {person2.initials}
""",
        locales=(("en_GB", 1),),
        id_countries=("GB",),
        date_formats=UK_DATES,
    ),
    T(
        "e-referral-2",
        "referral letter",
        """\
Lékařská zpráva – doporučení
Pacient: {person1.caps_last} {person1.first}, nar. {dob}, r.č. {natid1}
Pojišťovna: [[111]], číslo pojištěnce {plan1}
Bydliště: {addr1}
Doporučuji k vyšetření na [[neurologii]] pro [[parestezie dolních končetin]].
MUDr. {person2.full}, {date1}
""",
        locales=(("cs_CZ", 1),),
        id_countries=("CZ",),
        date_formats=("%d.%m.%Y", "{d}. {month:cs} %Y"),
    ),
    # --- lab report ---
    T(
        "e-lab-1",
        "lab report",
        """\
LABORATORY REPORT                                  Accession: {claim1}
Patient: {person1.caps_last_first}   Sex: M   DOB: {dob}   MRN: {mrn1}
Collected: {date1}   Received: {date1}   Reported: {date2}
Ordering: {person2.last_first_initial}
---------------------------------------------------------------
TEST                RESULT    FLAG   REF RANGE
[[Sodium]]              [[131]]       L      [[135-145 mmol/L]]
[[Potassium]]           [[5.6]]       H      [[3.5-5.1 mmol/L]]
[[HbA1c]]               [[8.2 %]]     H      [[4.0-5.6 %]]
---------------------------------------------------------------
Analyser S/N {serial1}   Verified by {person3.initials}, MLS cert {cert1}
""",
        date_formats=US_DATES + UK_DATES,
    ),
    # --- prescription ---
    T(
        "e-rx-1",
        "prescription",
        """\
Rx
{person2.full}, M.D.
{usaddr2}
Tel {usphone2}   Fax {fax1}
DEA# {dea1}   NPI {npi1}   State Lic. {licence1}

Patient: {person1.full}            DOB: {dob}
Address: {usaddr1}
Date: {date1}

[[Oxycodone 5 mg]] tab, #[[20]] (twenty), 1 PO q6h PRN [[pain]]
Refills: [[0]]          ______________ {person2.initials}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    T(
        "e-rx-2",
        "prescription",
        """\
Rp.
[[Metformin 850 mg]] — 1 tabl. 2 x dziennie, [[60 tabl.]]
Pacjent: {person1.caps_last} {person1.first}, PESEL {natid1}
Adres: {addr1}
Recepta nr {claim1}, data wystawienia {date1}
Lekarz: lek. med. {person2.full}, NPWZ {reg1}
""",
        locales=PL,
        id_countries=("PL",),
        date_formats=PL_DATES,
    ),
    # --- nursing handover ---
    T(
        "e-handover-1",
        "nursing handover",
        """\
SBAR handover — [[Ward 7 (Elderly Care)]], night shift {date1}
Bed 3: {person1.caps_last}, {person1.first} ({age1}), hosp no {mrn1}
  S: [[NEWS2 5]], new [[delirium]]
  B: lives {city1}, NOK daughter {person2.first_last} {phone1}
  A: [[catheter in situ]], infusion pump S/N {serial1}
  R: [[bloods at 06:00]], review by med reg
Bed 4: {person3.last_first_initial} -- MRN {mrn2}, d/c planned, [[TTOs ready]]
Handed over by {person4.first_initial} to {person5.first_initial}
""",
        locales=ANGLO,
        date_formats=UK_DATES,
    ),
    T(
        "e-handover-2",
        "nursing handover",
        """\
Overdracht avonddienst {date1}
K12-b: mw. {person1.last_first} (geb. {dob}), pt.nr. {mrn1}
- [[Glasgow Coma Scale 14]], [[pijnscore 3]]
- familie: zoon {person2.full}, {locphone1}
- pomp serienummer {serial1}
K14: dhr. {person3.caps_last} — ontslag morgen naar {addr1}
Verpleegkundige: {person4.initials}
""",
        locales=NL,
        date_formats=NL_DATES,
    ),
    # --- incident report ---
    T(
        "e-incident-1",
        "incident report",
        """\
DATIX / INCIDENT REPORT  Ref {claim1}
Date/time of incident: {date1} 03:40
Location: [[Ward 12 bay B]]
Person affected: {person1.full} (patient, hosp no {mrn1}, DOB {dob})
Description: patient ({age1} yrs) found on floor beside bed. [[No head injury]].
Bed sensor MAC {mac1} logged no alarm; bed asset S/N {serial1}.
Witness: {person2.caps_full}, HCA. Reported by {person3.last_first}, RN, NMC PIN {reg1}
""",
        locales=ANGLO,
        date_formats=UK_DATES,
    ),
    T(
        "e-incident-2",
        "incident report",
        """\
POLICE/ACCIDENT EXCHANGE OF DETAILS
Driver 1: {person1.caps_last_first}  DL# {licence1}
  Vehicle: plate {plate1}, VIN {vin1}
  Insurer policy: {plan1}
Driver 2: {person2.caps_last_first}  DL# {licence2}
  Vehicle: plate {plate2}
Location: {geo1} (dashcam GPS), near {city1}
Date: {date1}
Officer: {person3.initial_last}, badge [[4471]]
""",
        date_formats=US_DATES + UK_DATES,
    ),
    # --- e-mail thread ---
    T(
        "e-email-1",
        "e-mail thread",
        """\
From: "{person1.last_first}" <{email1}>
Sent: {date1} 16:22
To: {person2.full}
Cc: [[Medical Records]]
Subject: RE: records request for {person1.caps_last}

{person2.first} - the portal link you sent ({url1}) says expired. My hospital number is
{mrn1} and date of birth {dob}. Can you re-send?

-----Original Message-----
From: {person2.full}
Sent: {date2}
To: {person1.full}
Subject: records request for {person1.caps_last}

Dear {person1.initial_last}, please find the secure link below. [[Kind regards]],
{person2.caps_last_space_first} | Records Office | {locphone1}
""",
        date_formats=UK_DATES + US_DATES,
    ),
    T(
        "e-email-2",
        "e-mail thread",
        """\
Von: {person1.full} <{email1}>
Gesendet: {date1}
An: Personalabteilung
Betreff: AU-Bescheinigung

Hallo zusammen,
anbei meine [[Arbeitsunfähigkeitsbescheinigung]] bis {date2}. Ausgestellt von
Dr. {person2.last}, LANR {reg1}. Meine {natid1.label}: {natid1}.
VG {person1.first}
--
{person1.full} | {street1}, {postcode1} {city1} | Mobil {locphone1}
""",
        locales=DE,
        id_countries=("DE", "AT", "CH"),
        date_formats=DE_DATES,
    ),
    # --- wire transfer / loan form ---
    T(
        "e-wire-1",
        "wire-transfer form",
        """\
OUTGOING WIRE TRANSFER REQUEST
Originator name:       {person1.caps_full}
Originator account:    {account1}
Originator address:    {addr1}
Beneficiary name:      {person2.caps_last_first}
Beneficiary IBAN:      {iban1}
Beneficiary bank SWIFT: [[DEUTDEFF]]
Amount / currency:     [[USD 12,500.00]]
Purpose:               [[family support]]
Call-back verified on {phone1} by {person3.initials} at {date1}
""",
        date_formats=US_DATES + UK_DATES,
    ),
    T(
        "e-loan-1",
        "loan application",
        """\
Solicitud de préstamo personal — Nº {claim1}
Solicitante: {person1.last_space_first}
{natid1.label}: {natid1}    Fecha de nacimiento: {dob}
Domicilio: {addr1}
Teléfono: {locphone1}   Correo: {email1}
Cuenta para abono: {iban1}
Ingresos netos: [[2.150 € / mes]]   Importe: [[15.000 €]] a [[60 meses]]
Avalista: {person2.full}, {natid2.label} {natid2}
""",
        locales=ES,
        id_countries=("ES", "AR", "CL", "MX"),
        date_formats=ES_DATES,
    ),
    # --- payroll record ---
    T(
        "e-payroll-1",
        "payroll record",
        """\
PAYSLIP  Period: [[Month 07]]   Pay date: {date1}
Employee: {person1.caps_last_first}   Emp no. {account1}
NI number: {natid1}   Tax code: [[1257L]]
Address: {ukflat1}
----------------------------------------
Basic pay            [[2,916.67]]
Statutory sick pay   [[116.75]]
PAYE tax             [[-412.20]]
----------------------------------------
Net pay [[2,621.22]] paid to account {account2}
""",
        locales=(("en_GB", 1),),
        id_countries=("GB",),
        date_formats=UK_DATES,
    ),
    T(
        "e-payroll-2",
        "payroll record",
        """\
Employee | ID | {natid1.label} | Bank account | DOB
{person1.last_first} | {account1} | {natid1} | {iban1} | {dob}
{person2.last_first} | {account2} | {natid2} | {iban2} | {dob2}
Prepared by {person3.full}, [[Payroll Department]], {date1}
""",
    ),
    # --- call-centre transcript ---
    T(
        "e-call-1",
        "call-centre transcript",
        """\
CALL ID {claim1}   Agent: {person2.first_initial}   Started {date1} 10:31
AGENT: thank you for calling, who am I speaking with?
CALLER: it's {person1.first_last}, {person1.last} L-A-S-T... sorry, I'm calling for my
  husband {person3.first} actually, he's {age1} and can't hear well
AGENT: no problem. what's the member number on the card?
CALLER: {plan1}
AGENT: and the address we have on file?
CALLER: {addr1}
AGENT: great, I'll send the [[replacement card]] there. best callback?
CALLER: {phone1}
""",
    ),
    T(
        "e-call-2",
        "call-centre transcript",
        """\
Transcrição automática — chamada {claim1}
[00:00:04] OPERADOR: Bom dia, fala com {person2.first}. Com quem falo?
[00:00:07] CLIENTE: {person1.full}.
[00:00:12] OPERADOR: Pode confirmar o seu {natid1.label}?
[00:00:15] CLIENTE: {natid1}.
[00:00:40] CLIENTE: quero contestar um débito de [[89,90 €]] no cartão {card1}
[00:01:02] OPERADOR: Fica registado. Enviamos o comprovativo para {email1}.
""",
        locales=PT,
        id_countries=("PT", "BR"),
        date_formats=PT_DATES,
    ),
    # --- legal letter ---
    T(
        "e-legal-1",
        "legal letter",
        """\
{person2.caps_full} & PARTNERS LLP
Solicitors
{street1}, {city1} {postcode1}
DX [[12345 Anytown]]   T {locphone1}

Our ref: {claim1}/{person2.initials}
Your ref: [[PI/2024]]
{date1}

PRIVATE & CONFIDENTIAL
{person1.full}
{ukflat1}

Dear {person1.first_last},

RE: Personal injury claim following the collision of {date2}, vehicle {plate1}

We act for you in respect of the above. The other driver, {person3.full} (date of
birth {dob}), has admitted liability. [[Medical evidence]] is awaited.

Yours sincerely
{person2.initials_caps_last}
SRA No. {reg1}
""",
        locales=(("en_GB", 3), ("en_IE", 1)),
        date_formats=UK_DATES,
    ),
    T(
        "e-legal-2",
        "legal letter",
        """\
Maître {person2.caps_last} {person2.first}
Avocat au Barreau de [[Lyon]]
{addr2}

Lettre recommandée avec AR n° {cert1}

Objet : mise en demeure — {person1.caps_last_space_first}
Le {date1}

Madame, Monsieur,
Ma cliente, {person1.full}, née le {dob}, domiciliée {addr1},
vous a adressé le {date2} une demande restée sans réponse.
""",
        locales=FR,
        date_formats=FR_DATES,
    ),
    # --- home-care log ---
    T(
        "e-homecare-1",
        "home-care log",
        """\
home visit log - client {person1.last_first} ({age1}), {addr1}
{date1} 08:05 carer {person2.first_initial}: [[meds given]] ([[donepezil 10mg]]). client says
  her son {person3.first} rang from {phone1}. keysafe code not to be written here.
{date1} 12:30 carer {person2.first_initial}: lunch eaten 3/4. [[skin intact]].
{date1} 18:10 carer {person4.first_initial}: pendant alarm serial {serial1} tested ok.
GP: Dr {person5.last}, surgery tel {locphone1}
""",
    ),
    T(
        "e-homecare-2",
        "home-care log",
        """\
Pflegedokumentation ambulant — Klient/in: {person1.caps_last}, {person1.first}
Geb.: {dob} ({age1} J.)   Pflegekasse-Nr. {plan1}
{date1}  Frühdienst {person2.initials}: [[Insulin 8 IE s.c.]], [[BZ 164 mg/dl]]
{date1}  Spätdienst {person3.initials}: Hausnotruf-Gerät {serial1} geprüft
Angehörige: {person4.full}, {locphone1}
""",
        locales=DE,
        date_formats=DE_DATES,
    ),
    # --- SMS thread ---
    T(
        "e-sms-1",
        "SMS thread",
        """\
{person1.caps_first} ({phone1}):
hey its me, hospital said mum ({person2.first}) can go home on {date1}
can u pick her up from the [[ortho ward]]
Me:
yes. what's her hosp number again for the desk
{person1.caps_first} ({phone1}):
{mrn1} and she's born {dob}
Me:
ok see u there x
""",
    ),
    T(
        "e-sms-2",
        "SMS thread",
        """\
{locphone1}
Sayın {person1.caps_full}, {date1} tarihli randevunuz onaylandı. [[Kardiyoloji polikliniği]].
Protokol no: {mrn1}. İptal için {url1}
""",
        locales=(("tr_TR", 1),),
        id_countries=("TR",),
        date_formats=("%d.%m.%Y", "{d} {month:tr} %Y"),
    ),
    # --- pharmacy label ---
    T(
        "e-pharmacy-1",
        "pharmacy label",
        """\
{person1.caps_full}
[[AMOXICILLIN 500MG CAPSULES]]
Take ONE capsule THREE times a day. [[Complete the course]].
Qty: [[21]]   Rx# {claim1}   Filled {date1}
Dr. {person2.caps_last}   Refills: [[0]]
{city1} Pharmacy  {usphone1}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    T(
        "e-pharmacy-2",
        "pharmacy label",
        """\
[[Ramipril 5 mg]] — 1 x täglich morgens
für: {person1.last_space_first}, {dob}
Apotheke am Markt, {street1}, {postcode1} {city1}
abgegeben {date1}, Rezept-ID {claim1}
""",
        locales=DE,
        date_formats=DE_DATES,
    ),
    # --- appointment reminder ---
    T(
        "e-reminder-1",
        "appointment reminder",
        """\
Hi {person1.first}, reminder: your [[physiotherapy]] appointment with {person2.initial_last}
is on {date1} at 2:15pm at {street1}. Reply C to confirm or call {locphone1}.
Manage online: {url1} (ref {mrn1})
""",
        locales=ANGLO + US,
        date_formats=UK_DATES,
    ),
    T(
        "e-reminder-2",
        "appointment reminder",
        """\
Kedves {person1.last_space_first}!
Emlékeztetjük, hogy {date1} 9:30-kor időpontja van a [[bőrgyógyászati szakrendelésen]].
TAJ szám: {plan1}. Cím: {addr1}
Lemondás: {locphone1}
""",
        locales=(("hu_HU", 1),),
        date_formats=("%Y.%m.%d.", "%Y. {month:hu} {d}."),
    ),
    # --- dental chart ---
    T(
        "e-dental-1",
        "dental chart",
        """\
DENTAL RECORD
Patient: {person1.caps_last_first}   Chart # {mrn1}   DOB {dob}
Insurance: {plan1}
Visit {date1}: [[#14 MOD composite]], [[#30 crown prep]], [[BWX x4]].
Periodontal: [[probing depths 2-4 mm]].
Intraoral camera S/N {serial1}
Provider: {person2.full}, DDS, lic. {licence1}
""",
        locales=US + ANGLO,
        date_formats=US_DATES,
    ),
    # --- pre-authorisation ---
    T(
        "e-preauth-1",
        "insurance pre-authorisation",
        """\
PRIOR AUTHORIZATION REQUEST
Member: {person1.caps_last_first}   Member ID: {plan1}   MBI: {mbi1}
DOB: {dob}   Age: {agewords1}
Requested service: [[total knee arthroplasty]], [[CPT 27447]]
Diagnosis: [[M17.11 unilateral primary osteoarthritis, right knee]]
Requesting provider: {person2.last_first}, NPI {npi1}, ph {usphone1}, fax {fax1}
Facility: {usaddr1}
Submitted {date1} via portal {url1}
""",
        locales=US,
        date_formats=US_DATES,
    ),
    # --- proof of address ---
    T(
        "e-poa-1",
        "proof of address",
        """\
CERTIFICATE OF RESIDENCE
This is to certify that {person1.caps_full}, of legal age, is a bona fide resident of
{addr1} since {date1}.
{natid1.label}: {natid1}
Issued this {date2} upon request for [[bank account opening]].
{person2.caps_full}
[[Barangay Captain]]
""",
        locales=(("en_PH", 1),),
        id_countries=("MY", "ID", "IN"),
        date_formats=("{ord} day of %B %Y", "%B {d}, %Y"),
    ),
    T(
        "e-poa-2",
        "proof of address",
        """\
ELECTRICITY BILL — account {account1}
Supply address: {addr1}
Account holder: {person1.initials_caps_last}
Meter serial {serial1}   Smart hub MAC {mac1}
Bill date {date1}   Amount due [[£143.27]]   Direct debit from {account2}
""",
        locales=ANGLO,
        date_formats=UK_DATES,
    ),
    # --- customs / travel form ---
    T(
        "e-travel-1",
        "customs/travel form",
        """\
PASSENGER LOCATOR FORM
Surname: {person1.caps_last}   Given names: {person1.caps_first}
Passport: {passport1}   Date of birth: {dob}
Flight [[LH 1234]], seat [[23C]], arrival {date1}
Address during stay: {addr1}
Mobile (with country code): {locphone1}
E-mail: {email1}
Travelling companion: {person2.caps_full}, passport {passport2}
""",
        date_formats=DATES,
    ),
    T(
        "e-travel-2",
        "customs/travel form",
        """\
DECLARATION / DÉCLARATION
Name/Nom: {person1.last_first}
Vehicle / véhicule: {plate1}  VIN {vin1}
Home address / adresse: {addr1}
Date of return / date de retour: {date1}
Goods: [[2 bottles of wine]], [[1 kg cheese]]
""",
        locales=(("en_CA", 2), ("fr_CA", 2)),
        date_formats=("%Y-%m-%d", "{d} {month:fr} %Y", "%b {d}, %Y"),
    ),
    # --- more of the types, other countries ---
    T(
        "e-clinical-6",
        "clinical note",
        """\
Journalanteckning {date1}
Pat: {person1.full}, {natid1}
Kontaktorsak: [[yrsel]], [[blodtryck 165/95]].
Bor i {city1}. Anhörig: {person2.first_last}, tel {locphone1}.
Sign: {person3.initials}, leg. läkare ({reg1})
""",
        locales=NORDIC,
        id_countries=("SE", "NO", "DK", "FI"),
        date_formats=NORDIC_DATES,
    ),
    T(
        "e-kyc-4",
        "KYC review",
        """\
Fișă de cunoaștere a clientului
Nume, prenume: {person1.caps_last_space_first}
CNP: {natid1}
Data nașterii: {dob}
Domiciliu: {addr1}
Act identitate: seria [[RX]] nr. {cert1}
Cont: {iban1}
Verificat de: {person2.full} la {date1}
""",
        locales=(("ro_RO", 1),),
        id_countries=("RO",),
        date_formats=("%d.%m.%Y", "{d} {month:ro} %Y"),
    ),
    T(
        "e-fraud-4",
        "fraud case",
        """\
ALERT {claim1} | score [[0.97]] | rule [[velocity-3]]
acct={account1} name="{person1.caps_last_first}" dob={dob}
ip={ip1} ipv6={ipsix1} device={mac1} imei={imei1}
ship_to="{addr1}" phone="{phone1}" email="{email1}"
reviewer={person2.handle} disposition=[[confirmed fraud]]
""",
    ),
    T(
        "e-hr-4",
        "HR leave request",
        """\
Modulo richiesta permesso L.104
Il/La sottoscritto/a {person1.full}, matricola {account1}, C.F. {natid1},
residente in {addr1}, chiede [[3 giorni di permesso]] dal {date1} per assistere il padre
{person2.full}, nato il {dob}, di anni {age1}.
Firma ______ {person1.initial_last}
""",
        locales=IT,
        id_countries=("IT",),
        date_formats=IT_DATES,
    ),
    T(
        "e-chat-4",
        "chat transcript",
        """\
{date1}
{person1.first}: dr said my [[INR is 3.4]] should i skip tonight?
Nurse {person2.caps_last}: yes skip tonight's [[warfarin 5mg]], recheck Thurs
{person1.first}: ok. also my new address is {street1}, {city1}
Nurse {person2.caps_last}: updated. patient ID {mrn1} right?
{person1.first}: yep
""",
    ),
    T(
        "e-discharge-5",
        "discharge summary",
        """\
Discharge Summary — [[Department of General Medicine]]
UHID: {mrn1}   IP No: {claim1}
Name: {person1.caps_full}   Age/Sex: {age1}/F
S/o, D/o, W/o: {person2.full}
Address: {addr1}
{natid1.label}: {natid1}
DOA: {date1}   DOD: {date2}
Final diagnosis: [[Dengue fever with thrombocytopenia]], [[platelets 38,000]]
Consultant: Dr. {person3.full}, MCI Reg. No. {reg1}
Attendant mobile: {locphone1}
""",
        locales=IN,
        id_countries=("IN",),
        date_formats=("%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y"),
    ),
    T(
        "e-radiology-4",
        "radiology request",
        """\
Zlecenie badania [[RTG klatki piersiowej PA]]
Pacjent(ka): {person1.last_space_first}, lat {age1}
PESEL {natid1}, nr historii choroby {mrn1}
Skierowanie z dnia {date1}, lekarz kierujący {person2.full} ({reg1})
Aparat: {serial1}, stacja {ip1}
""",
        locales=PL,
        id_countries=("PL",),
        date_formats=PL_DATES,
    ),
    T(
        "e-claim-5",
        "insurance claim",
        """\
Korvaushakemus
Hakija: {person1.last_first}
Henkilötunnus: {natid1}
Osoite: {addr1}
Hoitopäivä: {date1}, [[hammashoito]], [[185,00 €]]
Tilinumero: {iban1}
Puhelin: {locphone1}
""",
        locales=(("fi_FI", 1),),
        id_countries=("FI",),
        date_formats=("%d.%m.%Y", "{d}. {month:fi} %Y"),
    ),
    T(
        "e-clinical-7",
        "clinical note",
        """\
Ghi chú khám bệnh — {date1}
Bệnh nhân: {person1.caps_full}, {age1} tuổi
Mã bệnh nhân: {mrn1}
Địa chỉ: {addr1}
Chẩn đoán: [[viêm phổi]]; [[SpO2 92%]].
Người nhà: {person2.full}, ĐT {locphone1}
Bác sĩ: {person3.full}
""",
        locales=(("vi_VN", 1),),
        date_formats=("%d/%m/%Y", "ngày %d tháng %m năm %Y"),
    ),
    T(
        "e-referral-3",
        "referral letter",
        """\
Surat Rujukan
Kepada Yth. dr. {person2.full}, Sp.PD
Mohon pemeriksaan lanjut pasien:
Nama: {person1.full}
NIK: {natid1}
Tgl lahir: {dob}
No. BPJS: {plan1}
Alamat: {addr1}
Diagnosa: [[diabetes melitus tipe 2]], [[GDS 312 mg/dL]]
{city1}, {date1}
dr. {person3.full}
""",
        locales=(("id_ID", 1),),
        id_countries=("ID",),
        date_formats=("%d-%m-%Y", "{d} {month:id} %Y"),
    ),
    T(
        "e-incident-3",
        "incident report",
        """\
IT SECURITY INCIDENT {claim1}
Reported {date1} by {person1.full} ({email1}, ext. 4471)
Laptop asset S/N {serial1}, MAC {mac1}, last seen on {ip1}
Stolen from car, reg {plate1}, parked at {street1}.
Laptop held exported records of patient {person2.caps_last_first}, MRN {mrn1}.
[[Encryption status: BitLocker enabled]]
""",
    ),
    T(
        "e-lab-2",
        "lab report",
        """\
Laborbefund — Auftragsnr. {claim1}
{person1.caps_last}, {person1.first} * {dob}
Einsender: Praxis Dr. {person2.last}, {street1}, {postcode1} {city1}
Eingang: {date1}
[[Leukozyten 11,2 /nl]] (H)   [[CRP 48 mg/l]] (H)   [[TSH 2,1 mU/l]]
Validiert: {person3.initials}
""",
        locales=DE,
        date_formats=DE_DATES,
    ),
    T(
        "e-rx-3",
        "prescription",
        """\
ORDONNANCE
Dr {person2.first_last}
N° ADELI/RPPS : {reg1}
{addr2}

Le {date1}
{person1.caps_last_space_first}, {age1} ans

[[Amoxicilline 1 g]] : 1 cp matin et soir pendant [[6 jours]]
[[Doliprane 1000 mg]] si douleur
""",
        locales=FR,
        date_formats=FR_DATES,
    ),
    T(
        "e-homecare-3",
        "home-care log",
        """\
Dnevnik kućne njege — korisnik/ca {person1.full}, OIB {natid1}
{date1}: obilazak sestre {person2.initial_last}. Korisnica u {age1}. godini života,
[[tlak 150/90]], [[rana na potkoljenici uredna]].
Kontakt kćeri: {locphone1}. Adresa: {addr1}
""",
        locales=(("hr_HR", 1),),
        id_countries=("HR",),
        date_formats=("%d.%m.%Y.", "{d}. {month:hr} %Y."),
    ),
    T(
        "e-clinical-8",
        "clinical note",
        """\
Εξέταση / Examination {date1}
Patient: {person1.caps_last_first}, AMKA {natid1}
{age1} eton (years), [[COPD GOLD 3]], [[FEV1 38%]].
Address: {addr1}. Son: {person2.first_last}, {locphone1}.
Iatros: {person3.initial_last}
""",
        locales=(("el_GR", 1),),
        id_countries=("GR",),
        date_formats=("%d/%m/%Y", "%d-%m-%Y"),
    ),
    T(
        "e-hr-5",
        "HR leave request",
        """\
Заява на відпустку / leave application (translated)
Employee: {person1.last_space_first}, taxpayer no. {natid1}
Reason: [[care for a relative]] - grandmother {person2.full}, aged {age1}
From {date1} to {date2}. Contact {locphone1}, {email1}
HR: {person3.initials}
""",
        locales=(("uk_UA", 1),),
        id_countries=("UA",),
        date_formats=("%d.%m.%Y",),
    ),
    T(
        "e-kyc-5",
        "KYC review",
        """\
Klantacceptatie — particulier
Naam:            {person1.last_initials}
Roepnaam:        {person1.first}
{natid1.label}:  {natid1}
Geboren:         {dob} te {city1}
Adres:           {addr1}
IBAN:            {iban1}
Kenteken auto:   {plate1}
[[Risicoclassificatie: laag]] — beoordeeld door {person2.full} op {date1}
""",
        locales=NL,
        id_countries=("NL", "BE"),
        date_formats=NL_DATES,
    ),
    T(
        "e-call-3",
        "call-centre transcript",
        """\
Agent: Good afternoon, {city1} Health Board, you're speaking to {person2.first}.
Caller: Hiya, I'm ringing about me nan, {person1.full}. She's {age1} on the {date1}.
Agent: Could I take her CHI or NHS number?
Caller: {natid1}
Agent: And her postcode?
Caller: {postcode1}
Agent: Lovely. The [[district nurse]] will ring you back on {locphone1}.
""",
        locales=(("en_GB", 1),),
        id_countries=("GB",),
        date_formats=("{ord} of %B", "{ord} %B %Y"),
    ),
    T(
        "e-preauth-2",
        "insurance pre-authorisation",
        """\
Kostenübernahmeantrag — [[stationäre Rehabilitation]]
Versicherte/r: {person1.first_caps_last}, geb. {dob}
Versichertennummer {plan1}, {natid1.label} {natid1}
Zuweisender Arzt: Dr. {person2.last}, ZSR-Nr. {reg1}
Hilfsmittel: Rollator, Seriennummer {serial1}
Rückfragen: {locphone1} / Fax {locphone2}
""",
        locales=(("de_CH", 2), ("de_AT", 1)),
        id_countries=("CH", "AT"),
        date_formats=DE_DATES,
    ),
    T(
        "e-dental-2",
        "dental chart",
        """\
Ficha dental — Clínica {city1}
Paciente: {person1.last_first} | {natid1.label} {natid1} | Fecha nac. {dob}
{date1}: [[pieza 3.6 obturación de resina]]; [[pieza 1.1 endodoncia]].
Radiovisiógrafo n/s {serial1}
Odontólogo/a: {person2.full}, reg. {reg1}
""",
        locales=(("es_CL", 2), ("es_AR", 1)),
        id_countries=("CL", "AR"),
        date_formats=ES_DATES,
    ),
)

LOCALES = (
    ("en_US", 6), ("en_GB", 4), ("en_IE", 1), ("en_AU", 2), ("en_NZ", 1), ("en_CA", 2),
    ("en_IN", 2), ("en_PH", 1), ("de_DE", 2), ("de_AT", 1), ("de_CH", 1), ("fr_FR", 2),
    ("fr_CA", 1), ("es_ES", 2), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("it_IT", 1),
    ("pt_BR", 2), ("pt_PT", 1), ("nl_NL", 1), ("nl_BE", 1), ("pl_PL", 1), ("cs_CZ", 1),
    ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1),
    ("fi_FI", 1), ("tr_TR", 1), ("el_GR", 1), ("vi_VN", 1), ("id_ID", 1), ("uk_UA", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "NG", "GH", "ET", "CM", "ZA", "EG", "MA", "DZ", "IQ", "IR", "AF", "SA", "BD", "IN",
    "PH", "ID", "MY", "ES", "TR", "GR", "AL", "HR", "HU", "CZ", "PL", "IE", "WLS", "JM", "HT",
    "MX", "CO", "AR", "BR", "PT", "FR", "DE", "IT", "NL", "BE", "SE", "FI", "NO", "DK",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "IE", "IN", "PK", "CA", "AU", "NZ", "ZA", "DE", "AT", "CH", "FR", "BE", "NL",
    "ES", "PT", "IT", "PL", "CZ", "SK", "RO", "HR", "SI", "BG", "SE", "NO", "DK", "FI", "EE",
    "LT", "TR", "IL", "BR", "MX", "AR", "CL", "MY", "ID", "KR",
)  # fmt: skip

SPLIT = Split(
    name="dev_e",
    templates=TEMPLATES,
    seeds=range(77_000_001, 77_000_401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("MR/##/#####", "#######-?", "E######", "UR ### ### ###", "##/######"),
        "plan": ("???#######", "###-###-###-#", "GKV?#########", "MBR########-##"),
        "claim": ("####/??/#####", "?#######-##", "SIN-#####-##"),
        "account": ("##########", "###-#######-#", "####.####.##", "E#####"),
        "licence": ("##########", "??-###-###", "?##-###-###-###"),
        "reg": ("#######", "##-####-##", "?#####", "###########"),
        "cert": ("???######", "??-######/##", "#####-?"),
        "serial": ("###??####?", "SN??#########", "####-####-####", "?#######??"),
    },
    date_formats=DATES,
    romanise=frozenset({"el_GR", "uk_UA", "bg_BG"}),
    compound_surname=0.12,
)
