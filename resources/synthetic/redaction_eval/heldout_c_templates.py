"""HELD-OUT C split: never tuned on. DO NOT OPEN THIS FILE when working on app/redaction/.

Written 2026-11-26 by a separate author (helper h18-c), who never read the redactor
(app/redaction/), its stress split or any note or result about what it handles, and who
never ran it (or the evaluation) on these documents: the only checks made while writing were
that the generator renders C and that each labelled span holds its value. It was written
from the classes of identifier in issue 15 and HIPAA Safe Harbor's 18 identifiers
(45 CFR 164.514(b)(2)), after held-out A and B had been seen in aggregate by whoever tunes
the redactor, so that one split stays unseen. Nobody tunes recognizers, patterns, context
words or gazetteers with knowledge of these templates, seeds, locales, shapes or date
formats, or of the documents they produce; the evaluation prints only counts for it.
tests/redaction/test_eval_split.py checks that C shares no seed, template id, four-word run
of wording, number shape or date format with DEV, held-out A or held-out B.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

TEMPLATES = (
    # clinical note
    T(
        "hc-clin-01",
        "clinical note",
        """\
GP consultation — {date1}
{person1.caps_last_space_first} ({age1} J.), Versichertennr. {plan1}
Geb.-Datum {dob}
Bringt Tochter mit: {person2.first_caps_last}, Handy {locphone1}
Befund: [[Knöchelödem beidseits]], Diuretikum angepasst.
Wohnort {city1}. gez. Dr. med. {person3.last_first_initial}
""",
    ),
    T(
        "hc-clin-02",
        "clinical note",
        """\
Nurse practitioner note. Saw {person1.mid_initial} today with her neighbour
{person2.full}; {person2.first}'s car ({plate1}) was parked outside the practice.
{person1.first} is {agewords1} and still drives. [[Blood pressure 142/88]].
Pt identifier {mrn1} / beneficiary {mbi1}. Signed {person3.initials_caps_last}, NP, NPI {npi1}
""",
    ),
    T(
        "hc-clin-03",
        "clinical note",
        """\
Home visit log
  who:   {person1.last_initials}
  where: {street1}, {postcode1}
  GPS:   {geo1}
  when:  {date1}
Pacemaker interrogated remotely, generator serial {serial1}, programmer UDI {udi1}.
[[No arrhythmia recorded]]. Copy to cardiology, dr {person2.lower_last}.
""",
    ),
    T(
        "hc-clin-04",
        "clinical note",
        """\
Telehealth visit via {url1} (patient joined from {ip1}).
Mme {person1.caps_last}, {person1.first}, née le {dob}, n° dossier {mrn1}.
Conjoint : {person2.full}. [[Anxiety improving on sertraline]].
Next visit booked; confirmation texted to {locphone1}.
""",
    ),
    # discharge summary
    T(
        "hc-dis-01",
        "discharge summary",
        """\
ALTA HOSPITALARIA
Paciente .... {person1.caps_full}
Historia .... {mrn1}
{natid1.label} .. {natid1}
Ingreso {date1} / Egreso {date2}
Domicilio: {addr1}
Dx: [[neumonía adquirida en la comunidad]]
Médico tratante: Dra. {person2.first_last}, mat. {reg1}
""",
    ),
    T(
        "hc-dis-02",
        "discharge summary",
        """\
Re {person1.last_first}. {person1.first_last}'s wife asked that the summary go to her at
{email1} rather than the GP. Patient aged {age1}; admitted {date1} with [[urosepsis]].
Discharged to daughter {person2.last_space_first}, {usaddr1}. Tel {phone1}.
Summary author: {person3.first_initial}
""",
    ),
    T(
        "hc-dis-03",
        "discharge summary",
        """\
Wypis ze szpitala — {person1.full}, ur. {dob}, {natid1.label} {natid1}
Adres: {addr1.lines}
Rozpoznanie: [[zawał serca bez uniesienia ST]]
Lekarz prowadzący: lek. {person2.caps}, nr prawa wykonywania zawodu {licence1}
""",
    ),
    T(
        "hc-dis-04",
        "discharge summary",
        """\
Transfer summary to the nursing home
Resident    | {person1.last_first}
Room/bed    | 14B
Date moved  | {date1}
Hearing aid | s/n {serial1}, paired phone MAC {mac1}
Next of kin | {person2.caps_last_first} (nephew), fax {fax1}
Plan        | [[continue wound care twice weekly]]
""",
    ),
    # radiology request
    T(
        "hc-rad-01",
        "radiology request",
        """\
CT ABDO/PELVIS w/ contrast — urgent
{person1.caps_last_first}  Hosp# {mrn1}  DOB {dob}
eGFR ok. Indication: [[suspected appendicitis]]
Req by {person2.initial_last} (bleep 4471), DEA {dea1}
""",
    ),
    T(
        "hc-rad-02",
        "radiology request",
        """\
Aanvraag echografie voor dhr. {person1.full}, geb. {dob}, {natid1.label} {natid1}.
Adres {addr1}; telefoon {locphone1}.
Vraagstelling: [[nierstenen links?]]
Aanvrager: {person2.first_last}, BIG-nummer {reg1}
""",
    ),
    T(
        "hc-rad-03",
        "radiology request",
        """\
PACS ticket: study for {person1.last_first_middle} won't open on reading station
Station IP {ipsix1}, NIC {mac1}; the study came from the mobile unit parked at {geo1}.
Accession tied to patient {mrn1}. Radiographer on shift: {person2.lower}.
[[Chest film, portable]]
""",
    ),
    T(
        "hc-rad-04",
        "radiology request",
        """\
Please scan: Mr {person1.first} {person1.last}, {age1}, with an implanted defibrillator
(device IMEI {imei1}, model serial {serial1}). [[MRI brain without contrast]].
Contact his carer {person2.first_last} on {phone1}. Signed {person3.caps_last}
""",
    ),
    # insurance claim
    T(
        "hc-ins-01",
        "insurance claim",
        """\
Schadenmeldung Kfz
Versicherungsnehmer: {person1.caps_last_space_first}
Kennzeichen: {plate1}; FIN {vin1}
Unfalltag: {date1}, Unfallort {geo1}
Unfallgegner: {person2.full}, {addr1}
Bankverbindung: {iban1}
Hergang: [[Auffahrunfall an der Ampel]]
""",
    ),
    T(
        "hc-ins-02",
        "insurance claim",
        """\
Claim form HB-7
1. Insured person ........ {person1.full}
2. Member number ......... {plan1}
3. Medicare (MBI) ........ {mbi1}
4. Treating provider ..... {person2.caps}, NPI {npi1}
5. Date(s) of service .... {date1} to {date2}
6. Diagnosis ............. [[type 2 diabetes]]
7. Claim reference ....... {claim1}
""",
    ),
    T(
        "hc-ins-03",
        "insurance claim",
        """\
Dear claims team, my husband {person2.full} passed away on {date1} at {age1}.
His policy {plan1} named me, {person1.first_last}, as beneficiary. Please pay to
account {account1} or card ending in the number on file ({card1}).
Cause of death on the certificate: [[heart failure]].
Regards, {person1.last_first_initial}   {email1}
""",
    ),
    T(
        "hc-ins-04",
        "insurance claim",
        """\
Sinistro n. {claim1} — assicurato {person1.caps}, {natid1.label} {natid1}, nato il {dob}.
Residente in {addr1}. Perito incaricato: geom. {person2.last_first}, albo {cert1}.
Danno: [[infiltrazione dal tetto]]. Recapito {locphone1}.
""",
    ),
    # KYC review
    T(
        "hc-kyc-01",
        "KYC review",
        """\
Periodic review — retail customer
Name on file: {person1.caps_last_first}
Name on ID:   {person1.caps_full}
{natid1.label}: {natid1}   Passport: {passport1}
Address proof: {addr1}
Ledger {account1}; IBAN {iban1}
[[PEP screening negative]]
""",
    ),
    T(
        "hc-kyc-02",
        "KYC review",
        """\
client {person1.lower} onboarded via the app from {ip1}; selfie matched to licence {licence1}.
Employer letter signed by {person2.first_caps_last}. Declared residence {street1}, {city1}
{postcode1}. [[Expected turnover low]]. Reviewer {person3.handle_initial}, {date1}.
""",
    ),
    T(
        "hc-kyc-03",
        "KYC review",
        """\
Beneficial owners (company register, extracted {date1})
{person1.last_space_first};{dob};{natid1.label} {natid1};62%
{person2.caps_last_space_first};{natid2.label} {natid2};38%
Website: {url1}
[[Ownership structure verified]]
""",
    ),
    T(
        "hc-kyc-04",
        "KYC review",
        """\
Enhanced due diligence: the customer, {person1.full}, wired funds to her cousin
{person2.first} {person2.caps_last} in {city1}. Vehicle used as collateral:
VIN {vin1}, plate {plate1}. [[Risk rating raised to high]]. Tel. {phone1}
""",
    ),
    # fraud case
    T(
        "hc-fraud-01",
        "fraud case",
        """\
Case {claim1} — account takeover
Victim: {person1.first_last} ({person1.handle_under} on the forum)
Attacker logins: {ip1}, {ipsix1}
New device registered: IMEI {imei1}
Card reissued: {card1}
[[Chargeback filed]]
""",
    ),
    T(
        "hc-fraud-02",
        "fraud case",
        """\
Investigator's note, {date1}. {person1.caps_last} told me that {person2.first_last} had
used her identity and her late mother's details (mother born {dob}, {age1} when she died)
to open account {account1}. Cash withdrawn near {geo1}. [[Referred to police]].
""",
    ),
    T(
        "hc-fraud-03",
        "fraud case",
        """\
Cheque fraud — payee {person1.caps_full}, drawn on {iban1}
Presented at the branch at {street1} by a man giving the name {person2.last_first}
and licence no. {licence1}. Getaway car {plate1}. [[Footage retained 90 days]]
""",
    ),
    T(
        "hc-fraud-04",
        "fraud case",
        """\
Phishing report: site {url1} imitates our login page, registrant e-mail {email1}.
Complaint from {person1.initials}, {locphone1}, {date1}. [[Domain takedown requested]]
""",
    ),
    # HR leave request
    T(
        "hc-hr-01",
        "HR leave request",
        """\
Urlaubsantrag / leave form
Mitarbeiter: {person1.last}, {person1.first}   Personalnr. {account1}
Zeitraum: {date1} bis {date2}
Vertretung: {person2.first_caps_last}
Art: [[Erholungsurlaub, 10 Arbeitstage]]
Genehmigt: {person3.last_initials}
""",
    ),
    T(
        "hc-hr-02",
        "HR leave request",
        """\
hi {person2.lower_first}, i need [[bereavement leave]] next week — {person3.full}, my
grandad, died on {date1}, he was {agewords1}. funeral is in {city1}.
can reach me on {locphone1}. thanks, {person1.lower_first}
""",
    ),
    T(
        "hc-hr-03",
        "HR leave request",
        """\
Parental leave application
Employee: {person1.caps_full}; {natid1.label} {natid1}
Expected birth: {date1}
Partner: {person2.full}
Home: {addr1.lines}
Pay to: {iban1}
Leave type: [[statutory maternity leave, 26 weeks]]
""",
    ),
    T(
        "hc-hr-04",
        "HR leave request",
        """\
Sick note received for {person1.first_last} (staff no. {account1}) from Dr {person2.last}
(registration {reg1}, practice fax {fax1}), certificate {cert1}, valid from {date1}.
[[Phased return after four weeks]].
""",
    ),
    # chat transcript
    T(
        "hc-chat-01",
        "chat transcript",
        """\
{person1.lower_first}: did u get the scan results for my dad
{person2.lower_first}: yes {person1.first}, {person3.first_last} is fine
{person1.lower_first}: his new number is {locphone1}
{person2.lower_first}: noted. [[no fracture seen]]
""",
    ),
    T(
        "hc-chat-02",
        "chat transcript",
        """\
[09:02] {person1.caps_first}: Moin, Kunde {person2.caps_last_first} ruft wegen Karte an
[09:03] {person1.caps_first}: Karte {card1}, Konto {account1}
[09:04] Supervisor: Geburtsdatum?
[09:04] {person1.caps_first}: {dob}
[09:05] Supervisor: [[Karte sperren]]
""",
    ),
    T(
        "hc-chat-03",
        "chat transcript",
        """\
Bot: Welcome back! Verify your identity please.
User ({person1.handle_initial}): {person1.first_last}, {natid1.label} {natid1}
Bot: Thanks. Delivery address?
User ({person1.handle_initial}): {ukflat1}
Bot: Your router {mac1} will be replaced. [[Engineer visit booked]]
""",
    ),
    T(
        "hc-chat-04",
        "chat transcript",
        """\
team chat, ward 5
{person1.first_initial} › has anyone seen {person2.last}'s labs
{person3.first_initial} › in the portal under {mrn1}
{person1.first_initial} › the one born {dob}? mrs {person2.lower_last}
{person3.first_initial} › yes, [[potassium is low]]
""",
    ),
    # pharmacy dispensing record
    T(
        "hc-pharm-01",
        "pharmacy dispensing record",
        """\
Rx {claim1} dispensed {date1}
Patient: {person1.caps_last_first}   DOB {dob}
Prescriber: {person2.caps_last_first}, DEA {dea1}, NPI {npi1}
Item: [[metformin 500 mg tablets]] x 56
Collected by: {person3.initial_last}
""",
    ),
    T(
        "hc-pharm-02",
        "pharmacy dispensing record",
        """\
Farmacia — receta electrónica
Titular: {person1.full}   {natid1.label}: {natid1}
Tarjeta sanitaria {plan1}
Medicamento: [[amoxicilina 875 mg]]
Retirado por su nieta {person2.first_last} el {date1}
""",
    ),
    T(
        "hc-pharm-03",
        "pharmacy dispensing record",
        """\
Controlled drugs register
date | patient | address | prescriber | witness
{date1} | {person1.last_first} | {addr1} | Dr {person2.caps_last} | {person3.initials}
Drug: [[morphine sulfate oral solution]]
""",
    ),
    # incident report
    T(
        "hc-inc-01",
        "incident report",
        """\
INCIDENT REPORT — security
Reported by: {person1.caps_full}, badge {account1}
Date/time: {date1}
Location: car park, bay 12 ({geo1})
Vehicle involved: {plate1} (VIN {vin1})
Owner: {person2.last_first}, {addr1}
Summary: [[minor collision, no injuries]]
""",
    ),
    T(
        "hc-inc-02",
        "incident report",
        """\
Police statement of {person1.full}, aged {age1}, of {street1}, {city1}.
On {date1} I saw {person2.first_last} take a laptop (serial {serial1}) from the ward office.
Officer: PC {person3.caps_last}, collar no. {reg1}. [[Statement read back and signed]]
""",
    ),
    T(
        "hc-inc-03",
        "incident report",
        """\
Datix-style entry: infusion pump alarm failed. Pump UDI {udi1}, Wi-Fi MAC {mac1},
last seen by the server at {ip1}. Patient {person1.last_first}, {mrn1}.
Noticed by {person2.first_caps_last}. [[No harm to patient]].
""",
    ),
    # lab report
    T(
        "hc-lab-01",
        "lab report",
        """\
LABORATORY REPORT
Name: {person1.caps_last_first}   Sex: F   Age: {age1}
Lab no: {claim1}   Chart: {mrn1}
Collected: {date1}
[[HbA1c 7.9 %]]
Validated by {person2.first_last}, biomedical scientist, HCPC {reg1}
""",
    ),
    T(
        "hc-lab-02",
        "lab report",
        """\
Laborbefund für {person1.first_caps_last} (geb. {dob}), Einsender Praxis {person2.last},
Fax {fax1}. [[CRP 4 mg/l]]. Analysator Seriennr. {serial1}.
""",
    ),
    T(
        "hc-lab-03",
        "lab report",
        """\
Genetics result letter to {person1.full}
{addr1.lines}
Dear {person1.first},
Your sample taken on {date1} showed [[no pathogenic variant]]. Your sister {person2.first_last}
may wish to be tested. Results portal: {url1}
""",
    ),
    # e-mail thread
    T(
        "hc-mail-01",
        "e-mail thread",
        """\
From: {person1.caps_last_first} [{email1}]
Sent: {date1}
To: {person2.full}
Subject: RE: RE: my mum

{person2.first}, thanks for calling back. Mum ({person3.full}) is {age1} now and lives
at {usaddr1}. Her member ID is {plan1}. [[Please send the forms by post]].
{person1.first}
""",
    ),
    T(
        "hc-mail-02",
        "e-mail thread",
        """\
-----Original Message-----
From: {person1.handle_under} (personal)
Subject: licence renewal
Hello, attaching scans for the [[renewal of my licence]].
Driving licence {licence1}, {natid1.label} {natid1}.
Regards
{person1.full}
{locphone1}
""",
    ),
    T(
        "hc-mail-03",
        "e-mail thread",
        """\
On {date1}, {person1.first_last} wrote:
| can you check the VPN log for {ip1}? it's {person2.first_caps_last}'s laptop, MAC {mac1}
Yes — that session also came from {ipsix1}. [[Access revoked]].
""",
    ),
    # tenancy or benefits letter
    T(
        "hc-ten-01",
        "tenancy or benefits letter",
        """\
HOUSING BENEFIT — decision notice
Claimant: {person1.caps_full}
National Insurance / {natid1.label}: {natid1}
Property: {ukflat1}
Landlord: {person2.last_first}
Award starts {date1}. [[You do not need to do anything]].
""",
    ),
    T(
        "hc-ten-02",
        "tenancy or benefits letter",
        """\
Lease agreement between {person1.full} (landlord) and {person2.full} (tenant) for the
premises at {street1}, {postcode1} {city1}, from {date1}. Deposit paid to {iban1}.
Tenant's guarantor: {person3.caps_last_first}, born {dob}. [[Pets allowed]].
""",
    ),
    # call-centre log
    T(
        "hc-call-01",
        "call-centre log",
        """\
CALL 22:14 inbound {locphone1}
Caller: {person1.first} {person1.last} (says she is {person2.caps_last}'s carer)
Verified: DOB {dob}, postcode {postcode1}
Issue: [[repeat prescription not received]]
Agent: {person3.handle_initial}
""",
    ),
    T(
        "hc-call-02",
        "call-centre log",
        """\
ticket {claim1} · agent {person1.lower} · customer {person2.caps_last_first}
cust reports router {mac1} offline since {date1}; line at {addr1}
callback {phone1} · [[escalated to field team]]
""",
    ),
    # school nurse letter
    T(
        "hc-school-01",
        "school nurse letter",
        """\
Dear Parent/Carer of {person1.first_last} (date of birth {dob}),
During the [[hearing screen]] on {date1} your child was referred to audiology.
Please contact the school nurse, {person2.first_initial}, on {locphone1}.
NHS / {natid1.label}: {natid1}
""",
    ),
    T(
        "hc-school-02",
        "school nurse letter",
        """\
Epipen plan — {person1.caps_last_space_first}, class 4C
Parents: {person2.full} / {person3.full}
Emergency: {phone1} or {locphone1}
Allergy: [[peanut anaphylaxis]]
""",
    ),
    # research consent form
    T(
        "hc-res-01",
        "research consent form",
        """\
Participant ID {mrn1}
I, {person1.caps_full}, born {dob}, agree to take part in the [[sleep study]].
Wearable sensor IMEI {imei1}; data uploads to {url1}.
Witness: {person2.last_first_initial}
Signature ________   Date {date1}
""",
    ),
    T(
        "hc-res-02",
        "research consent form",
        """\
Consentimento informado
Nome: {person1.full}   {natid1.label}: {natid1}
Morada: {addr1}   Telemóvel: {locphone1}
Investigador: {person2.caps_last_first}, cédula profissional {cert1}
[[Pode retirar-se a qualquer momento]]
""",
    ),
)

# The twelve issue-15 locales at the lowest weight; most of the weight on locales DEV, A and
# B use little or not at all. bg_BG and ru_RU values are romanised (Split.romanise).
LOCALES = (
    ("en_US", 1), ("en_GB", 1), ("en_IN", 1), ("de_DE", 1), ("fr_FR", 1), ("es_ES", 1),
    ("it_IT", 1), ("pl_PL", 1), ("nl_NL", 1), ("pt_BR", 1), ("tr_TR", 1), ("vi_VN", 1),
    ("lv_LV", 3), ("lt_LT", 3), ("et_EE", 2), ("sk_SK", 2), ("es_CL", 3), ("pt_PT", 2),
    ("nl_BE", 3), ("de_AT", 2), ("en_PH", 2), ("en_PK", 2), ("en_NG", 2), ("yo_NG", 1),
    ("en_KE", 1), ("tw_GH", 1), ("az_AZ", 1), ("ga_IE", 1), ("is_IS", 1), ("de_LU", 1),
    ("it_CH", 1), ("fr_BE", 1), ("en_MS", 1), ("uz_UZ", 1), ("bg_BG", 1), ("ru_RU", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "MY", "PH", "GH", "EG", "MA", "SA", "IQ", "AF", "PT", "CO", "SE", "NL", "FR", "ES",
    "DZ", "IE", "WLS", "NG", "PL", "CM", "BE", "ET", "HT", "AL", "IR", "BD",
)  # fmt: skip
ID_COUNTRIES = (
    "LV", "SK", "EC", "PE", "PK", "MY", "NZ", "ID", "JP", "UA", "US", "GB", "IN", "BE",
    "IS", "PT", "CL", "IT", "FR", "DE",
)  # fmt: skip

# Dates in several languages and orders (generator.DATE_PART: {month:xx}, {roman}, {ord}, {m}).
DATE_FORMATS = (
    "{d}. {month:de} %Y", "{d} {month:fr} %Y", "{d} de {month:es} de %Y", "{d}.{roman}.%Y",
    "%Y. {month:hu} {d}.", "{ord} %B %Y", "%B {ord}, %Y", "%d-%m-%Y", "%Y.%m.%d", "{d}.{m}.%Y",
    "{m}/{d}/%Y", "{d} {month:pl} %Y r.", "{d}. {month:cs} %Y", "{d} {month:it} %Y",
    "{d} {month:nl} %Y", "{d} de {month:pt} de %Y", "{d} {month:sv} %Y", "{d}. {month:fi} %Y",
    "%Y m. {month:lt} {d} d.", "{d} {mon:fr}. %Y", "%d %b %y", "{d} {month:tl} %Y",
    "{d} {month:id} %Y",
)  # fmt: skip

SPLIT = Split(
    name="heldout_c",
    templates=TEMPLATES,
    seeds=range(52_600_001, 52_600_401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("####-####-#", "E-######", "###.###.####", "?-##-#####", "#######/#"),
        "plan": ("??#-###-###-###", "#########-##", "?#?-##-#####", "BEN########"),
        "claim": ("####/??/#####", "###-#######-#", "?#######-##"),
        "account": ("###-######-#", "#### ## ### #", "???#########", "####.####.##"),
        "licence": ("##-???-#####", "?##-??-####", "######?#"),
        "reg": ("##-#####-?", "#######?", "?? ######"),
        "cert": ("??-#####/##", "#######-??"),
        "serial": ("????-######", "#?##-#?##-##?#", "??.####.####.?"),
    },
    date_formats=DATE_FORMATS,
    romanise=frozenset({"bg_BG", "ru_RU"}),
    compound_surname=0.15,
)
