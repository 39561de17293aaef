"""HELD-OUT B split: never tuned on. DO NOT OPEN THIS FILE when working on app/redaction/.

Written 2026-11-26 by a separate author (helper R4, who does not work on the redactor),
after held-out A (heldout_templates.py) had been seen once in aggregate by the lead
engineer and while another helper improved the redactor with that knowledge. B exists so
that one split stays unseen: it was written from the classes of identifier in issue 15 and
HIPAA Safe Harbor's list, not from the DEV or held-out A templates, and our redactor was
never run on it while it was written (only a generator check that each span holds its
value). Nobody tunes recognizers, patterns, context words or gazetteers with knowledge of
these templates, seeds, locales, shapes or date formats, or of the documents they
produce; the evaluation prints only counts for it. tests/redaction/test_eval_split.py
checks that B shares no seed, template id, four-word run of wording, number shape or date
format with DEV or held-out A.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

TEMPLATES = (
    # clinical note
    T(
        "hb-clinical-1",
        "clinical note",
        """\
Ward round, bay 4 — {date1}
Mrs {person1.last} ({age1}-year-old), unit ref. {mrn1}.
Overnight: [[delirium settling]]. Granddaughter {person2.first_last} visited;
her number {phone1}.
Reviewed: Prof. {person3.caps}
""",
    ),
    T(
        "hb-clinical-2",
        "clinical note",
        """\
Community nursing entry
Client    {person1.last_first_middle}
Ident.    {natid1.label} {natid1}
Residence {addr1.lines}
Wound on the left heel [[granulating well]]; dressing changed.
Landlord {person2.full} holds a key.
""",
    ),
    T(
        "hb-clinical-3",
        "clinical note",
        """\
Memo re {person1.caps_last}, {person1.first}: insulin pen paired with the app,
pen S/N {serial1}, phone Bluetooth id {mac1}. Readings sync from host {ip1}.
[[Hypoglycaemia overnight]] twice. Husband ({person2.first}) aware.
""",
    ),
    T(
        "hb-clinical-4",
        "clinical note",
        """\
Psychiatry liaison. Seen at the request of Sister {person2.last}.
{person1.full}, {age1} yrs, widowed, lives in {city1}.
Guardian appointed by the court: {person3.last_first}.
No [[suicidal ideation]]. Record {mrn1}.
""",
    ),
    T(
        "hb-clinical-5",
        "clinical note",
        """\
Physio session #6 for Mr. {person1.initials}
D.o.B {dob} · Insurer ref. {plan1}
Exercises: [[quadriceps strengthening]].
Transport booked to {usaddr1}; driver to ring {usphone1}.
-- {person2.first_initial} (PT)
""",
    ),
    # discharge summary
    T(
        "hb-discharge-1",
        "discharge summary",
        """\
DISCHARGE LETTER
Re: {person1.caps_last_first}   Hosp. Nr {mrn1}
In: {date1}  Out: {date2}
Diagnosis on leaving: [[cellulitis of the right leg]].
Her brother-in-law, {person2.full}, drives her home to {addr1}.
Kind regards,
Dr {person3.first_last}
Registrar, reg. no {reg1}
""",
    ),
    T(
        "hb-discharge-2",
        "discharge summary",
        """\
Summary sent to the family doctor, {person2.initial_last}, by e-mail ({email1}).
Pt {person1.first_last}, {natid1.label}: {natid1}, aged {age1},
went home {date1}. [[Oxygen weaned]]. Carer agency phone {phone1}, fax {fax1}.
""",
    ),
    T(
        "hb-discharge-3",
        "discharge summary",
        """\
Episode closed.
Patient:
{person1.first}
{person1.last}
Identifier {mrn1}; health fund {plan1}
Returned to barracks, postal address {miladdr1}
Follow-up: [[repeat ECG]].
""",
    ),
    T(
        "hb-discharge-4",
        "discharge summary",
        """\
{person1.lower} — leaving hospital today after [[hip replacement]].
Born {dob}. Stays with a friend, {person2.caps}, at {ukflat1} for two weeks.
Equipment loaned: walking frame, asset tag {serial1}.
""",
    ),
    T(
        "hb-discharge-5",
        "discharge summary",
        """\
Name, Unit No, Admitted, Discharged, Consultant
"{person1.last_first}", {mrn1}, {date1}, {date2}, {person2.initials}
Outcome recorded: [[stable on discharge]]
""",
    ),
    # radiology request
    T(
        "hb-radiology-1",
        "radiology request",
        """\
XR REQ
Pt name ......... {person1.caps_last_first}
Pt no. .......... {mrn1}
Birthdate ....... {dob}
Examination ..... [[X-ray left ankle]]
Ordering doctor . {person2.full}, registration {reg1}
Ward phone ...... {phone1}
""",
    ),
    T(
        "hb-radiology-2",
        "radiology request",
        """\
Could radiology please book an [[echocardiogram]] for {person1.first} {person1.caps_last}?
She is {age1}. Chart {mrn1}. Lives alone at {addr1}; niece {person2.full} will escort.
""",
    ),
    T(
        "hb-radiology-3",
        "radiology request",
        """\
Modality worklist entry
AE title WS-4 at {ip1} ({ipsix1}), NIC {mac1}
Accession for {person1.last_first}: requested {date1}
Implant card: neurostimulator, serial no. {serial1}
[[MRI conditional]] — check before scanning.
""",
    ),
    T(
        "hb-radiology-4",
        "radiology request",
        """\
To: imaging bookings
From: {person2.full} [{email1}]
Re: [[mammogram]] for {person1.full}, {natid1.label} {natid1}
Please post the appointment to {usaddr1}.
Thanks — {person2.first}
""",
    ),
    T(
        "hb-radiology-5",
        "radiology request",
        """\
Ultrasound referral | Patient: {person1.caps} | ID-No. {mrn1}
Clinical question: [[gallstones?]] | Referring GP: Dr. {person2.last}
Images to be shared through {url1}
""",
    ),
    # insurance claim
    T(
        "hb-claim-1",
        "insurance claim",
        """\
Motor claim notification
Claim: {claim1}
Our customer: {person1.last}, {person1.first}
Licence: {licence1}
Car: registration {plate1}, VIN {vin1}
Other party: {person2.caps_last_first}, lives at {addr1}
Incident date: {date1}
""",
    ),
    T(
        "hb-claim-2",
        "insurance claim",
        """\
Reimbursement form (dental)
Member ...................... {person1.full}
Membership No ............... {plan1}
Dependant ................... {person2.first_last}, born {dob}
Bank details ................ {iban1}
Treatment ................... [[root canal]]
""",
    ),
    T(
        "hb-claim-3",
        "insurance claim",
        """\
Hello, I am writing about claim {claim1}. My late mother, {person2.full}, was {age1} and
lived at {ukflat1}. As executor I ask that the refund go to account {account1}.
Yours faithfully,
{person1.full}
{phone1}
""",
    ),
    T(
        "hb-claim-4",
        "insurance claim",
        """\
Provider invoice {claim1}
Billing clinician: {person1.caps}, cert. {cert1}, licence # {licence1}
Service date {date1}; patient {person2.initials}, policy {plan1}
Paid by card {card1}. [[Physiotherapy, 6 sessions]].
""",
    ),
    T(
        "hb-claim-5",
        "insurance claim",
        """\
Travel insurance — lost luggage
Insured: {person1.caps_last_first}
Passport {passport1}; {natid1.label} {natid1}
Contact e-mail {email1}, mobile {phone1}
Home address {addr1}
""",
    ),
    # KYC review
    T(
        "hb-kyc-1",
        "KYC review",
        """\
Customer due-diligence file
Full legal name: {person1.caps}
Also known as: {person1.last_first}
{natid1.label} — {natid1}
Travel document: {passport1}
Registered at: {addr1}
Reviewer sign-off: {person2.initial_last}, {date1}
""",
    ),
    T(
        "hb-kyc-2",
        "KYC review",
        """\
Account opening: applicant {person1.full} (born {dob}) presented a utility bill
showing {usaddr1}. Introducer: {person2.first_last}. [[Risk score medium]].
Salary account {account1}; card {card1} issued.
""",
    ),
    T(
        "hb-kyc-3",
        "KYC review",
        """\
UBO register extract
Owner 1\t{person1.last_first}\t51%
Owner 2\t{person2.caps_last_first}\t49%
Trust website {url1}; settlement into {iban1}.
""",
    ),
    T(
        "hb-kyc-4",
        "KYC review",
        """\
Refresh of client file {account1}
Online banking sessions from {ipsix1} and {ip1}; device {mac1}.
Client {person1.initials} confirmed by video call on {date1}.
Attorney for the client: {person2.full}, tel {usphone1}.
""",
    ),
    T(
        "hb-kyc-5",
        "KYC review",
        """\
Onboarding of a pensioner: {person1.first_last}, aged {age1}, moving to {city1}.
Power of attorney held by her son {person2.caps}. ID card {natid1.label} {natid1}.
[[Source of wealth: pension]].
""",
    ),
    # fraud case
    T(
        "hb-fraud-1",
        "fraud case",
        """\
SAR draft — ref {claim1}
Subject A: {person1.caps_last_first} (DOB {dob})
Subject B: {person2.last_first}
Cash deposits to {account1}, onward to {iban1}.
Subject A drives a car with plates {plate1}.
""",
    ),
    T(
        "hb-fraud-2",
        "fraud case",
        """\
Date: {date1}
From: "{person1.caps_last_first}" ({email1})
To: disputes
Subject: not me

I never made these payments on card {card1}. My phone is {phone1}.
— {person1.first_initial}
""",
    ),
    T(
        "hb-fraud-3",
        "fraud case",
        """\
Romance scam case. Victim {person1.full}, {age1}, of {addr1}, sent money to a
profile named {person2.full} on {url1}. Logins from {ipsix1}. [[Police informed]].
""",
    ),
    T(
        "hb-fraud-4",
        "fraud case",
        """\
Mule network map
node  | holder                 | account
1     | {person1.last_first}   | {account1}
2     | {person2.caps}         | {iban1}
Witness statement taken from {person3.initials} on {date1}.
""",
    ),
    T(
        "hb-fraud-5",
        "fraud case",
        """\
ATM skimming: device serial {serial1} recovered, MAC {mac1}.
Footage shows vehicle {plate1}, VIN {vin1}, registered to {person1.first_last}
of {miladdr1}. [[Bank notified]].
""",
    ),
    # HR leave request
    T(
        "hb-hr-1",
        "HR leave request",
        """\
Request for carer's leave
From {person1.caps_last_first}, payroll {account1}
I care for my grandmother, {person2.full}, aged {age1}, at {addr1}.
Leave from {date1} until {date2}.
Signature: {person1.initial_last}
""",
    ),
    T(
        "hb-hr-2",
        "HR leave request",
        """\
Subject: study leave
From: {person1.full} / {email1}
Sent: {date1}

Hi {person2.first}, may I take [[two days of study leave]]? Cover: {person3.first_last}.
{person1.first}
Mobile {phone1}
""",
    ),
    T(
        "hb-hr-3",
        "HR leave request",
        """\
Occupational health referral: {person1.last}, {person1.first} (staff ID {account1}).
Medical certificate {cert1} from Dr {person2.caps_last_first}, GMC-equivalent {reg1}.
[[Adjusted duties]] for four weeks. {natid1.label} {natid1} on file.
""",
    ),
    T(
        "hb-hr-4",
        "HR leave request",
        """\
Leave roster (week of {date1})
{person1.initials}\tholiday
{person2.caps}\t[[jury service]]
{person3.first_initial}\tsick
""",
    ),
    T(
        "hb-hr-5",
        "HR leave request",
        """\
Compassionate leave granted to {person1.first_last}. Funeral of her uncle,
{person2.full}, in {city1}. Forwarding address while away: {ukflat1}.
Approver: {person3.full}, Head of Unit.
""",
    ),
    # chat transcript
    T(
        "hb-chat-1",
        "chat transcript",
        """\
@{person1.handle}: morning, anyone in pharmacy?
@pharmacy-bot: Ask away.
@{person1.handle}: refill for {person2.full}, hosp number {mrn1}
@pharmacy-bot: Ready on {date1}. [[Bring your card]].
""",
    ),
    T(
        "hb-chat-2",
        "chat transcript",
        """\
[{person1.caps}] hi, it's about my late father's account
[Advisor {person2.first}] sorry for your loss. His name?
[{person1.caps}] {person3.last_first}, born {dob}
[Advisor {person2.first}] thanks, and the account no.?
[{person1.caps}] {account1}
""",
    ),
    T(
        "hb-chat-3",
        "chat transcript",
        """\
Visitor 4821: hello, can you update my address
Agent ({person1.first_initial}): of course, new address please
Visitor 4821: {addr1}
Agent ({person1.first_initial}): and the name on the policy?
Visitor 4821: {person2.lower}, policy {plan1}
""",
    ),
    T(
        "hb-chat-4",
        "chat transcript",
        """\
{person1.first} {person1.last}: the portal says error again
IT desk: your machine?
{person1.first} {person1.last}: hostname ward7, ip {ip1} and {ipsix1}
IT desk: ok, reset sent to {email1}. [[Restart the browser]].
""",
    ),
    T(
        "hb-chat-5",
        "chat transcript",
        """\
11:40 Caller: I want to report my car stolen. Reg {plate1}.
11:41 Operator {person1.caps_last}: your full name?
11:41 Caller: {person2.last_first}. Licence number {licence1}.
11:42 Operator {person1.caps_last}: call-back number?
11:42 Caller: {usphone1}
""",
    ),
)

# Twelve issue-15 locales at low weight; most of the weight on locales neither DEV nor
# held-out A uses. el_GR and uk_UA are romanised (Split.romanise).
LOCALES = (
    ("en_US", 1), ("en_GB", 1), ("en_IN", 1), ("de_DE", 1), ("fr_FR", 1), ("es_ES", 1),
    ("it_IT", 1), ("pl_PL", 1), ("nl_NL", 1), ("pt_BR", 1), ("tr_TR", 1), ("vi_VN", 1),
    ("cs_CZ", 2), ("ro_RO", 2), ("da_DK", 2), ("no_NO", 2), ("fi_FI", 2), ("hu_HU", 2),
    ("sk_SK", 1), ("hr_HR", 1), ("sl_SI", 1), ("de_CH", 1), ("fr_CH", 1), ("fr_CA", 1),
    ("es_AR", 1), ("es_MX", 1), ("es_CO", 1), ("id_ID", 1), ("en_NZ", 1), ("zu_ZA", 1),
    ("el_GR", 1), ("uk_UA", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "HU", "CZ", "HR", "GR", "FI", "DK", "NO", "SE", "BE", "PT", "CO", "DZ", "MY", "ZA",
    "CA", "NG", "WLS", "TR", "JM", "ET", "AL", "HT", "BD",
)  # fmt: skip
ID_COUNTRIES = (
    "BG", "SI", "CL", "AR", "HR", "BE", "IS", "LT", "CZ", "RO", "DK", "NO", "FI", "SE",
    "GR", "EE", "KR", "ZA", "US", "GB", "IN", "PL", "MX", "CH",
)  # fmt: skip

SPLIT = Split(
    name="heldout_b",
    templates=TEMPLATES,
    seeds=range(7_000_001, 7_000_401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("#####/##", "MRN-??-#####", "##.###.###", "K########", "#-###-###-#"),
        "plan": ("???-#######-#", "#########?", "GHP#######", "##/####/####"),
        "claim": ("?????-####", "#######/##", "ZC-###-####"),
        "account": ("### ### ###", "#####-#####", "??-####-####", "00#######"),
        "licence": ("?##-###-###", "####?????#", "??-######-##"),
        "reg": ("###/#####", "?-######", "#####?"),
        "cert": ("CERT/#####", "##-??-####"),
        "serial": ("####-????-####", "?#?#?#####", "DEV.#####.##"),
    },
    date_formats=("%Y/%m/%d", "%m-%d-%Y", "%d.%m.%y", "%a {d} %b %Y", "{d}/%m/%Y", "%b. {d}, %Y"),
    romanise=frozenset({"el_GR", "uk_UA"}),
)
