"""HELD-OUT split. DO NOT OPEN THIS FILE when working on the redactor (app/redaction/).

Whoever tunes recognizers, patterns, context words or gazetteers must not read these
templates, seeds, locale mix or shapes, nor the documents they produce, nor any listing
of their leaks (the evaluation prints only counts for this split). Tune on the DEV split
(dev_templates.py). These templates were written separately from the DEV ones, from the
classes of identifier named in issue 15 and HIPAA Safe Harbor's list, not by editing DEV
templates; tests/redaction/test_eval_split.py checks that the two splits share no template
text, no seed and no number shape.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

TEMPLATES = (
    # clinical note
    T(
        "ho-clinical-a",
        "clinical note",
        """\
OUTPATIENT REVIEW ({date1})
{person1.caps_last_first}, {age1}y, chart no. {mrn1}
Accompanied by her son, {person2.first_last}, who asked that we ring him on {usphone1}.
[[Mild cognitive decline]], no falls. Lives alone at {addr1}.
— {person3.initials}, consultant geriatrician, GMC {reg1}
""",
    ),
    T(
        "ho-clinical-b",
        "clinical note",
        """\
S: {person1.first} says the [[knee pain]] is worse at night.
O: BP 128/82. Hospital ID {mrn1}.
A/P: refer physio. Next of kin is {person2.last_first}
(phone {phone1}). Pt's own mobile {phone2}.
{person3.full}, ANP
""",
    ),
    T(
        "ho-clinical-c",
        "clinical note",
        """\
Home visit to {person1.full} at {ukflat1}.
The carer, {person2.full}, reports [[poor appetite]].
Glucose meter s/n {serial1}; readings uploaded from {ipsix1}.
Visit on {date1}. NHS-style ref {natid1.label} {natid1}.
""",
    ),
    T(
        "ho-clinical-d",
        "clinical note",
        """\
Pt. {person1.initials}, {person1.caps}, born {dob}.
Veteran, mail goes to {miladdr1}.
Seen with interpreter {person2.full}. Spouse: {person3.first}.
Impression: [[community-acquired pneumonia]].
""",
    ),
    # discharge summary
    T(
        "ho-discharge-a",
        "discharge summary",
        """\
Discharge summary for {person1.last_first}, unit number {mrn1}.
Date of admission {date1}; date of discharge {date2}.
GP: Dr {person2.last}, {addr1}.
Discharge medication: [[amoxicillin]].
Letter copied to {email1}.
""",
    ),
    T(
        "ho-discharge-b",
        "discharge summary",
        """\
PATIENT DISCHARGED
{person1.caps}
Born {dob}  |  Age {age1}
Insurance subscriber no. {plan1}
Going home to {usaddr1} with her husband {person2.first_last}.
[[Follow-up in six weeks]].
""",
    ),
    T(
        "ho-discharge-c",
        "discharge summary",
        """\
Transfer letter. {person1.full} ({natid1.label}: {natid1}), admitted {date1}.
Her partner {person2.full} is the main contact, tel {phone1}, fax {fax1}.
[[Sepsis resolved]]. Summary prepared by {person3.initial_last} ({reg1}).
""",
    ),
    T(
        "ho-discharge-d",
        "discharge summary",
        """\
Discharge — {person1.last}, {person1.first}
Case file {mrn1} / claim ref {claim1}
The patient's daughter ({person2.caps}) will collect her.
Discharge address: {addr1}
""",
    ),
    # radiology request
    T(
        "ho-radiology-a",
        "radiology request",
        """\
Request for imaging
Surname: {person1.last}
Forename: {person1.first}
Hospital no.: {mrn1}
D.O.B.: {dob}
Study: [[chest radiograph PA]]
Requested by {person2.full} ({reg1}), bleep {phone1}
""",
    ),
    T(
        "ho-radiology-b",
        "radiology request",
        """\
URGENT: [[CT pulmonary angiogram]] for {person1.caps_last_first} today.
Patient ref {mrn1}. Implanted defibrillator, serial {serial1}.
Scanner console {ip1} / {mac1}.
Please call {person2.full} on {usphone1} with the result.
""",
    ),
    T(
        "ho-radiology-c",
        "radiology request",
        """\
Patient | Hospital no. | Born | Study
{person1.caps} | {mrn1} | {dob} | [[MRI brain]]
Referrer: {person2.initials}; results portal {url1}
""",
    ),
    T(
        "ho-radiology-d",
        "radiology request",
        """\
{person1.first_last}, {natid1.label} {natid1}, presents for [[bone densitometry]].
Address on the form: {addr1}. Other contact: {person2.first_last} ({email1}).
""",
    ),
    # insurance claim
    T(
        "ho-claim-a",
        "insurance claim",
        """\
CLAIM REF {claim1}
Insured person: {person1.last_first}
Subscriber number: {plan1}
Date of loss: {date1}
Vehicle: {plate1}, chassis no. {vin1}
Third party: {person2.full}, driving licence {licence1}
Pay to: {iban1}
""",
    ),
    T(
        "ho-claim-b",
        "insurance claim",
        """\
To whom it may concern,
I, {person1.full}, of {usaddr1}, claim for [[hearing aids]].
My member no. is {plan1} and my {natid1.label} is {natid1}.
Reach me at {usphone1} or {email1}.
Regards,
{person1.caps}
""",
    ),
    T(
        "ho-claim-c",
        "insurance claim",
        """\
Claim {claim1}: provider {person1.full}, licence no. {licence1}, certificate {cert1}.
Patient {person2.last_first}, beneficiary {plan1}, seen {date1}.
Refund to account {account1}.
""",
    ),
    T(
        "ho-claim-d",
        "insurance claim",
        """\
Claimant {person1.initials} (aged {age1}) — {miladdr1}
Card charged: {card1}
Policy holder's spouse: {person2.full}
[[Claim approved]].
""",
    ),
    # KYC review
    T(
        "ho-kyc-a",
        "KYC review",
        """\
Onboarding check
Applicant: {person1.caps_last_first}
Born: {dob}
{natid1.label}: {natid1}
Passport no. {passport1}
Current address: {addr1}
Email {email1} · mobile {phone1}
[[Politically exposed person]]: no.
""",
    ),
    T(
        "ho-kyc-b",
        "KYC review",
        """\
Periodic review of client {account1} ({person1.first_last}).
Salary credited to {iban1}. Spouse {person2.full} is a joint holder.
Last login {date1} from {ip1}. [[No change in risk]].
""",
    ),
    T(
        "ho-kyc-c",
        "KYC review",
        """\
Client: {person1.full}
Previous address: {ukflat1}
New address: {addr1}
Verified by {person2.initials} on {date1} using {natid1.label} {natid1}.
""",
    ),
    T(
        "ho-kyc-d",
        "KYC review",
        """\
Beneficial owner {person1.last_first} holds 40%. Director {person2.caps}.
Company website {url1}. Owner's card on file {card1}.
[[Sanctions screening clear]].
""",
    ),
    # fraud case
    T(
        "ho-fraud-a",
        "fraud case",
        """\
Investigation {claim1}
Suspect: {person1.caps_last_first}, last seen driving {plate1}.
Victim {person2.full} lost the funds from account {account1}.
Funds moved to {iban1} via {url1}.
""",
    ),
    T(
        "ho-fraud-b",
        "fraud case",
        """\
Alert: 14 card-not-present payments on {card1} from {ip1}.
Cardholder {person1.full} confirms she was at home ({addr1}).
Called back on {phone1}. [[Card blocked]].
""",
    ),
    T(
        "ho-fraud-c",
        "fraud case",
        """\
Sent: {date1}
From: {person1.full} {email1}
Subject: my account

Someone opened a loan using my {natid1.label} ({natid1}). Please help.
{person1.first}
""",
    ),
    T(
        "ho-fraud-d",
        "fraud case",
        """\
Device {mac1} / {serial1} linked to accounts of {person1.last_first} and {person2.last_first}.
Both logged in from {ipsix1}. [[Escalated to compliance]].
""",
    ),
    # HR leave request
    T(
        "ho-hr-a",
        "HR leave request",
        """\
Absence form
Staff name: {person1.last_first}
Staff no: {account1}
Line manager: {person2.caps}
First day of absence: {date1}
Return to work: {date2}
Type: [[bereavement leave]]
""",
    ),
    T(
        "ho-hr-b",
        "HR leave request",
        """\
Dear {person2.full},
Please accept this request for [[unpaid leave]] starting {date1}; I need to look after
my father, {person3.full}, who lives at {addr1}.
Best wishes,
{person1.first}
{person1.full} | {phone1}
""",
    ),
    T(
        "ho-hr-c",
        "HR leave request",
        """\
Fit note {cert1} signed by {person1.initials} (registration {reg1}) for employee
{person2.full}, {natid1.label} {natid1}, from {date1}. [[Phased return]] advised.
""",
    ),
    T(
        "ho-hr-d",
        "HR leave request",
        """\
Approved: {person1.first_last} — maternity leave — starts {date1}
Emergency contact: {person2.full} (in {city1}), {usphone1}
Payslip to {email1}
""",
    ),
    # chat transcript
    T(
        "ho-chat-a",
        "chat transcript",
        """\
{person1.first}: Hello? is this the clinic
Reception: Yes, how can we help?
{person1.first}: I'm {person1.full}, hospital number {mrn1}
Reception: Thank you. Your appointment is on {date1}.
{person1.first}: great [[see you then]]
""",
    ),
    T(
        "ho-chat-b",
        "chat transcript",
        """\
*{person1.handle}* hey, got locked out again
*it-support* which machine?
*{person1.handle}* {ip1}, the one with mac {mac1}
*it-support* ok {person1.first}, [[reboot and retry]]
""",
    ),
    T(
        "ho-chat-c",
        "chat transcript",
        """\
User: my name is {person1.lower} and I was born {dob}
Assistant: Thanks. Which account?
User: {account1}, and my card is {card1}
Assistant: I've passed this to {person2.full}.
""",
    ),
    T(
        "ho-chat-d",
        "chat transcript",
        """\
10:02 {person1.caps}: Please send the results to {email1}
10:03 Nurse {person2.last}: Which address should the letter go to?
10:03 {person1.caps}: {addr1}
10:04 Nurse {person2.last}: [[Thank you]].
""",
    ),
)

LOCALES = (
    ("en_US", 2), ("en_GB", 2), ("en_IN", 2), ("de_DE", 2), ("fr_FR", 2), ("es_ES", 2),
    ("it_IT", 1), ("pl_PL", 2), ("nl_NL", 1), ("pt_BR", 2), ("tr_TR", 2), ("vi_VN", 2),
    ("en_CA", 1), ("en_AU", 1), ("en_IE", 1), ("de_AT", 1), ("pt_PT", 1), ("sv_SE", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "PL", "WLS", "NG", "IT", "DE", "GH", "MX", "IR", "GR", "HU", "ET", "ID", "IE", "JM",
    "AR", "CZ", "BD", "MA", "SA", "CM", "HR", "AF", "IQ", "HT", "AL",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "IE", "AT", "CH", "SE", "FI", "NO", "DK", "CZ", "RO", "GR", "PT", "MX",
    "CN", "KR", "EE", "ZA", "TH", "IL", "IN", "PL",
)  # fmt: skip

SPLIT = Split(
    name="heldout",
    templates=TEMPLATES,
    seeds=range(900_001, 900_417),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("MR/####/##", "#######-?", "??######", "RX##-####", "0#########"),
        "plan": ("???#######", "###-##-####-??", "M########", "HP/######/##"),
        "claim": ("?##/####/###", "#####?####", "CR######"),
        "account": ("#### #### ####", "??######", "######-###", "#########"),
        "licence": ("?????######??#??", "DL########", "#####-#####"),
        "reg": ("?#####", "####-####", "??/######"),
        "cert": ("FN-######", "###/####/??"),
        "serial": ("?##?-?##?-####", "##########??", "SER#######"),
    },
    date_formats=("%d %b %Y", "%d-%b-%Y", "%b {d} %Y", "%A, {d} %B %Y", "%d/%m/%y", "%Y%m%d"),
)
