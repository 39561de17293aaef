"""DEVELOPMENT split: templates, seeds, locale mix and number shapes you may look at and tune on.

The held-out split (heldout_templates.py) is written separately, from the classes of
identifier in issue 15, with other wording, seeds, locales and shapes; see that module's
header before opening it.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

TEMPLATES = (
    # --- clinical note ---
    T(
        "dev-clinical-1",
        "clinical note",
        """\
CLINIC NOTE
Patient: {person1.full}    DOB: {dob}    MRN {mrn1}
Seen on {date1} by Dr. {person2.last}.

{person1.first} reports [[shortness of breath]] on exertion for two weeks. Lives at
{addr1}. Daughter {person3.full} can be reached on {phone1}.
Plan: [[chest X-ray]], review in clinic. Signed, {person2.initials}
""",
    ),
    T(
        "dev-clinical-2",
        "clinical note",
        """\
Progress note — {date1}
{person1.caps_last_first} (patient ID {mrn1}), age {age1}, seen at home: {usaddr1}.
No new complaints. [[Blood pressure]] stable. Insulin pump serial {serial1} checked, MAC
{mac1}. Next visit booked; call {usphone1} to change it.
Dr. {person2.full}, clinician registration no. {reg1}
""",
    ),
    T(
        "dev-clinical-3",
        "clinical note",
        """\
Nursing note. My emergency contact is {person2.full}, said the patient ({person1.last_first}).
Hospital number: {mrn1}. Health plan member ID {plan1}.
Phone on file {phone1}; e-mail {email1}.
Patient {person1.initials} tolerated [[oral fluids]] well.
""",
    ),
    T(
        "dev-clinical-4",
        "clinical note",
        """\
Telephone consult with {person1.first_last} on {date1}.
{person1.last} lives in {city1}. Prior records from {url1}.
Referred by {person3.first_initial}; {person3.last} faxed notes from {fax1}.
Diagnosis: [[type 2 diabetes]].
""",
    ),
    # --- discharge summary ---
    T(
        "dev-discharge-1",
        "discharge summary",
        """\
DISCHARGE SUMMARY for {person1.last_first}
Admitted: {date1}   Discharged: {date2}   MRN: {mrn1}
Attending: {person2.caps}
Discharged to {addr1}.
Follow-up with GP {person3.full} ({phone1}). [[Warfarin]] stopped.
""",
    ),
    T(
        "dev-discharge-2",
        "discharge summary",
        """\
Discharge summary
Name: {person1.caps_last_first}
Date of birth: {dob}
Medical record no. {mrn1}; beneficiary number {plan1}
Home: {ukflat1}
Next of kin: {person2.full}, tel. {phone1}
Outcome: [[wound healing well]].
""",
    ),
    T(
        "dev-discharge-3",
        "discharge summary",
        """\
{person1.full} ({natid1.label} {natid1}) was admitted on {date1} and discharged on {date2}.
Address: {addr1}
She is {age1} years old. [[Physiotherapy]] arranged. Dictated by {person2.initial_last}.
""",
    ),
    T(
        "dev-discharge-4",
        "discharge summary",
        """\
Summary of stay — patient {person1.last}, {person1.first}
Record number {mrn1}. Service member; forwarding address {miladdr1}.
Contact: {email1} / {usphone1}
Signed: {person2.full}, MD
""",
    ),
    # --- radiology request ---
    T(
        "dev-radiology-1",
        "radiology request",
        """\
RADIOLOGY REQUEST
Patient name: {person1.full}
Patient ID: {mrn1}
DOB: {dob}
Exam: [[MRI lumbar spine]]
Requesting clinician: Dr {person2.full} (reg. {reg1})
Callback: {phone1}
""",
    ),
    T(
        "dev-radiology-2",
        "radiology request",
        """\
Please perform [[CT head without contrast]] for {person1.caps}, MRN {mrn1}.
Pacemaker in situ, device serial number {serial1}.
Requested {date1} by {person2.initials}, pager {usphone1}.
""",
    ),
    T(
        "dev-radiology-3",
        "radiology request",
        """\
| Field | Value |
| Patient | {person1.last_first} |
| MRN | {mrn1} |
| Date of birth | {dob} |
| Referrer | {person2.full} |
| Exam | [[ultrasound abdomen]] |
""",
    ),
    T(
        "dev-radiology-4",
        "radiology request",
        """\
Imaging order for {person1.first_last} ({natid1.label}: {natid1}), {addr1}.
Workstation {ip1} uploaded prior images to {url1}. [[Compare with prior study]].
""",
    ),
    # --- insurance claim ---
    T(
        "dev-claim-1",
        "insurance claim",
        """\
INSURANCE CLAIM FORM
Claim number: {claim1}
Policyholder: {person1.full}
Policy / member number: {plan1}
Social Security No. {natid1}
Address: {usaddr1}
Phone: {usphone1}
Treating provider: {person2.full}, licence {licence1}
Amount claimed: [[dental treatment]].
""",
    ),
    T(
        "dev-claim-2",
        "insurance claim",
        """\
Claim {claim1} submitted on {date1} by {person1.last_first}.
Vehicle involved: VIN {vin1}, reg. {plate1}.
Driver's licence number {licence1}. Other driver: {person2.full}.
Payment to IBAN {iban1}. Questions: {email1}.
""",
    ),
    T(
        "dev-claim-3",
        "insurance claim",
        """\
Dear {person1.full},
We received your claim for [[physiotherapy sessions]] on {date1}.
Beneficiary no. {plan1}; account {account1}.
Card ending used for the excess: {card1}.
Yours sincerely,
{person2.full}
Claims team
""",
    ),
    T(
        "dev-claim-4",
        "insurance claim",
        """\
Claimant: {person1.caps_last_first}   DOB {dob}
{natid1.label}: {natid1}
Address: {addr1}
Employer certificate no. {cert1}
Notes: [[fracture of the left wrist]].
""",
    ),
    # --- KYC review ---
    T(
        "dev-kyc-1",
        "KYC review",
        """\
KYC REVIEW
Customer: {person1.full}
Date of birth: {dob}
Passport number: {passport1}
{natid1.label}: {natid1}
Residential address: {addr1}
Mobile: {phone1}
E-mail: {email1}
Risk rating: [[low]]. Reviewer: {person2.initials}
""",
    ),
    T(
        "dev-kyc-2",
        "KYC review",
        """\
Know-your-customer check on {person1.last_first}, customer number {account1}.
IBAN {iban1} verified against bank statement dated {date1}.
Login seen from IP address {ip1} in {city1}. [[Source of funds]] is salary.
""",
    ),
    T(
        "dev-kyc-3",
        "KYC review",
        """\
Enhanced due diligence: {person1.caps}
ID document: {natid1.label} {natid1}
Address proof: utility bill for {ukflat1}
Linked card {card1}; account no. {account1}.
Analyst {person2.full}, {date1}.
""",
    ),
    T(
        "dev-kyc-4",
        "KYC review",
        """\
Customer {person1.full} ({person1.handle}) updated her address to {addr1} on {date1}.
Old contact number {phone1}; new {usphone1}. Device fingerprint {mac1}. [[No adverse media]].
""",
    ),
    # --- fraud case ---
    T(
        "dev-fraud-1",
        "fraud case",
        """\
FRAUD CASE
Subject: {person1.last_first}
Card {card1} used at three merchants within an hour on {date1}.
Transactions from IP {ip1} and {ipsix1}.
Account number {account1}. Case owner: {person2.full}.
""",
    ),
    T(
        "dev-fraud-2",
        "fraud case",
        """\
Case notes: caller claimed to be {person1.full} and gave date of birth {dob}.
Called from {phone1}. Asked to move funds to IBAN {iban1}.
Genuine customer lives at {addr1}. [[Account frozen]] pending review.
""",
    ),
    T(
        "dev-fraud-3",
        "fraud case",
        """\
Subject vehicle {plate1} (VIN {vin1}) seen near branch. Registered keeper {person1.caps}.
Mule account {account1} receives transfers from {person2.last_first}.
Phishing site: {url1}
""",
    ),
    T(
        "dev-fraud-4",
        "fraud case",
        """\
From: {person1.full} {email1}
To: fraud team
Subject: [[suspicious transfer]]

Hi, this is {person1.first}. My card {card1} was charged on {date1}.
Please call me at {usphone1}.
{person1.first_initial}
""",
    ),
    # --- HR leave request ---
    T(
        "dev-hr-1",
        "HR leave request",
        """\
LEAVE REQUEST
Employee: {person1.full}
Employee number: {account1}
Manager: {person2.full}
Dates: {date1} to {date2}
Reason: [[medical appointment]]
Home phone: {phone1}
""",
    ),
    T(
        "dev-hr-2",
        "HR leave request",
        """\
Hi {person2.first},
I would like to take [[parental leave]] from {date1}. My wife {person3.full} is due then.
Address during leave: {addr1}.
Thanks, {person1.full}
{email1} | {phone1}
""",
    ),
    T(
        "dev-hr-3",
        "HR leave request",
        """\
Sick leave certificate no. {cert1} for {person1.caps_last_first}, issued by
Dr. {person2.full} (medical licence {reg1}) on {date1}.
Payroll: account {account1}, {natid1.label} {natid1}.
""",
    ),
    T(
        "dev-hr-4",
        "HR leave request",
        """\
Name | Dates | Approved by
{person1.last_first} | {date1} | {person2.initials}
{person3.full} | {date2} | {person2.initials}
Reason for both: [[annual leave]].
""",
    ),
    # --- chat transcript ---
    T(
        "dev-chat-1",
        "chat transcript",
        """\
[{date1} 09:14] {person1.first_last}: hi, I need to change my appointment
[{date1} 09:15] Agent {person2.first}: sure, can you confirm your date of birth?
[{date1} 09:15] {person1.first_last}: {dob}
[{date1} 09:16] Agent {person2.first}: and your MRN?
[{date1} 09:16] {person1.first_last}: {mrn1}
""",
    ),
    T(
        "dev-chat-2",
        "chat transcript",
        """\
{person1.handle}: my new number is {phone1}
support: thanks. and the email?
{person1.handle}: {email1}
support: is {person1.full} still at {addr1}?
{person1.handle}: yes. [[thanks for your help]]
""",
    ),
    T(
        "dev-chat-3",
        "chat transcript",
        """\
{person1.caps}: can't log in since yesterday
Helpdesk ({person2.first}): what IP are you on?
{person1.caps}: {ip1}, laptop MAC {mac1}
Helpdesk ({person2.first}): ok, resetting. [[Try again in five minutes]].
""",
    ),
    T(
        "dev-chat-4",
        "chat transcript",
        """\
Customer: hi its {person1.lower}, my card number is {card1}
Bot: Please never share your full card number.
Customer: ok my account is {account1} and {natid1.label} {natid1}
Bot: A colleague, {person2.full}, will call you on {usphone1}.
""",
    ),
)

LOCALES = (
    ("en_US", 5), ("en_GB", 3), ("de_DE", 2), ("fr_FR", 2), ("es_ES", 2), ("it_IT", 2),
    ("pl_PL", 2), ("nl_NL", 2), ("en_IN", 1), ("pt_BR", 1), ("tr_TR", 1), ("vi_VN", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "PL", "IT", "DE", "GB", "WLS", "NG", "IN", "FR", "ES", "NL", "BR", "TR", "US", "PH", "EG",
)  # fmt: skip
ID_COUNTRIES = ("US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "AU")

SPLIT = Split(
    name="dev",
    templates=TEMPLATES,
    seeds=range(1, 417),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("###-###-##", "PX-#####", "########", "H#######", "##-#####-#"),
        "plan": ("W#########", "#??#-??#-??##", "XEH#########", "POL-####-######"),
        "claim": ("CLM-#######", "##########-##", "C#########"),
        "account": ("########", "##-####-#######", "####-######", "ACC-########"),
        "licence": ("?###-####-####", "?#######", "??######?"),
        "reg": ("#######", "??-#####", "#########"),
        "cert": ("####-??-######", "?#########"),
        "serial": ("SN-####-????-##", "??#####?##", "#??-####-###"),
    },
    date_formats=("%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%B {d}, %Y", "{d} %B %Y", "%d.%m.%Y"),
)
