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
FR_DATES = ("%d/%m/%Y", "{d} {month:fr} %Y", "le {d} {month:fr} %Y", "%d-%m-%Y")
ES_DATES = ("%d/%m/%Y", "{d} de {month:es} de %Y", "%d-%m-%Y", "{d}/{m}/%Y")
PT_DATES = ("%d/%m/%Y", "{d} de {month:pt} de %Y", "%d-%m-%Y")
IT_DATES = ("%d/%m/%Y", "{d} {month:it} %Y", "%d.%m.%Y")
NL_DATES = ("%d-%m-%Y", "{d} {month:nl} %Y", "%d/%m/%Y")
PL_DATES = ("%d.%m.%Y", "{d} {month:pl} %Y r.", "%d.%m.%Y r.", "{d}.{roman}.%Y")
NORDIC_DATES = ("%Y-%m-%d", "%d.%m.%Y", "{d}. {month:da} %Y", "{d} {month:sv} %Y", "%d.%m.%y")
CEE_DATES = ("%d.%m.%Y", "{d}. {month:cs} %Y", "%Y. {month:hu} {d}.", "{d} {month:ro} %Y")
US_DATES = ("%m/%d/%Y", "%m/%d/%y", "%b {d}, %Y", "%B {ord}, %Y", "%m-%d-%Y")
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
DATES = (
    "%d-%b-%Y", "%d %b %y", "{ord} %B %Y", "%b {d}, %Y", "%Y/%m/%d", "{d}-{roman}-%Y",
    "%d.%m.%Y", "%m/%d/%y", "{d} {month:fr} %Y", "{d}. {month:de} %Y",
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
