"""Held-out split AD (written in session 45 by an author barred from the redactor).

Utility, telecom and energy accounts; travel, airline, hotel and car-hire papers; deeds,
tenancies and conveyancing; payslips and pensions; survey and research exports; machine
text (API and audit logs, crash reports, config dumps, ticket exports, OCR'd receipts);
and the issue's eight document types. Values come from ad_forms.py; dates count back from
AD_TODAY and nothing reads the clock.
"""

# ruff: noqa: E501 - template lines are document text, written as the document writes them
from __future__ import annotations

import datetime

from resources.synthetic.redaction_eval.ad_forms import AD_TODAY as _TODAY
from resources.synthetic.redaction_eval.ad_forms import COUNTRIES
from resources.synthetic.redaction_eval.generator import Split, Template

AD_TODAY: datetime.date = _TODAY


def _t(
    tid: str, doc_type: str, text: str, locales: tuple[str, ...] = (), ids: tuple[str, ...] = ()
) -> Template:
    return Template(
        id=f"ad-{tid}",
        doc_type=doc_type,
        text=text.strip("\n"),
        locales=tuple((loc, 1) for loc in locales),
        id_countries=ids,
    )


UTILITIES = [
    _t(
        "elec-bill",
        "electricity bill",
        """
POWERGRID RETAIL - ELECTRICITY STATEMENT
Account holder: {adpn1.caps_full}
Supply address: {adhome1.lines}
Account no. {adacct1}    Statement date {adwhen1.dmy}
Meter serial {adsn1}   Tariff: [[Economy 7 Variable]]
Units used (day/night): 412 / 188 kWh
Questions? Call {adtel1} or write to billing quoting your account number.
""",
    ),
    _t(
        "gas-reading",
        "gas meter reading card",
        """
Meter reading card -- please leave in porch
Name: {adpn1.last_first}   Property: {adhome1.street}, {adzip1}
MPRN {adacct1}   Meter {adsn1}
Reading taken {adwhen1.dot} by {adpn2.initial_last}: 04817 m3 ([[estimated reading]] no)
""",
    ),
    _t(
        "water-disconnect",
        "water disconnection notice",
        """
NOTICE OF INTENDED DISCONNECTION (water services)
To: {adpn1.full}, {adhome1}
Your water account {adacct1} is in arrears. Unless paid by {adwhen1.long}, supply
to this property may be restricted under the [[Water Industry Act]].
Contact our Hardship Team on {adtel1} (fax {adfx1}).
Officer: {adpn2.first_last}
""",
    ),
    _t(
        "mobile-contract",
        "mobile phone contract",
        """
MOBILE SERVICE AGREEMENT -- 24 MONTHS
Subscriber: {adpn1.first_last}    Date of birth: {adborn1.dmy}
ID checked: {adnid1.label} {adnid1}
Handset [[Pixel 8a 128GB]]  IMEI {adimei1}
Billing account {adacct1}   Direct debit from {adiban1}
Signed in store ({adtwn1}) on {adwhen1.iso} -- {adpn2.initials} for the retailer
""",
    ),
    _t(
        "sim-swap",
        "SIM swap request",
        """
SIM swap / port request
msisdn={adtel1.intl}
customer={adpn1.last_first}
reason=[[lost handset]]
new_iccid_imei={adimei1}
verified_with=last 4 of card {adcard1}, DOB {adborn1.iso}
agent={adpn2.handle} store={adtwn1}
""",
    ),
    _t(
        "broadband-fault",
        "broadband fault ticket",
        """
Fault ref {adref1} | Broadband -- no sync since {adwhen1.us_long}
Line owner: {adpn1.full} ({admail1})
Install address: {adhome1}
Router MAC {admac1}  WAN IP {adip1}
Engineer visit booked. Note from {adpn2.first}: [[copper line]] tested OK to the cabinet.
""",
    ),
    _t(
        "energy-switch",
        "energy supplier switch letter",
        """
Dear {adpn1.first},

We are sorry to see you go. Your switch of {adhome1.street} away from us completes on
{adwhen1.long}. A closing bill will follow to {admail1}.
Your final meter reading can be uploaded at {adweb1}.
Customer number: {adacct1}

Regards,
{adpn2.first_last}
[[Customer Loyalty Team]]
""",
    ),
    _t(
        "prepay-topup",
        "prepayment meter top-up receipt",
        """
*** TOP-UP RECEIPT ***
KEY/CARD NO  {adacct1}
METER        {adsn1}
VEND VALUE   20.00
DATE         {adwhen1.short}
CUST         {adpn1.caps_last_first}
[[THANK YOU FOR USING PAYPOINT]]
""",
    ),
    _t(
        "telco-porting",
        "number porting form",
        """
Number Porting Authorisation
I, {adpn1.full}, of {adhome1}, authorise the transfer of number {adtel1}
from my current provider. Account no. with losing provider: {adacct1}.
PAC code supplied: [[not required]]
Signature: {adpn1.initials}     Date: {adwhen1.mdy}
""",
    ),
    _t(
        "solar-feedin",
        "solar feed-in tariff statement",
        """
Feed-in Tariff generation statement -- installation {adsn1}
Generator: {adpn1.caps_last}, {adpn1.first}
Site: {adgps1}  ({adtwn1})
Export meter read {adwhen1.iso}: 11 204 kWh
Payments to account {adacct1}, sort code/IBAN {adiban1}
Technology: [[photovoltaic]], declared net capacity 3.96 kW
""",
    ),
    _t(
        "heat-pump",
        "heat pump installation certificate",
        """
INSTALLATION CERTIFICATE
Installer licence {adlic1}   Installer: {adpn2.first_last}
Householder: {adpn1.last_space_first}
Address: {adhome1.caps}
Equipment: [[air source heat pump]] serial {adsn1}
Commissioned: {adwhen1.dot}
""",
    ),
    _t(
        "ev-charger",
        "EV charger app account export",
        """
user_id,display_name,email,vehicle_reg,vin,home_charger_serial,last_session
{adref1},{adpn1.first_initial},{admail1},{adveh1},{advin1},{adsn1},{adwhen1.stamp}
""",
    ),
    _t(
        "telco-itemised",
        "itemised phone bill",
        """
ITEMISED CALLS   account {adacct1}   {adpn1.initials_caps_last}
DATE        TIME   NUMBER CALLED        DUR    COST
{adwhen1.dmy}  08:14  {adtel1}        00:04:12  0.00
{adwhen2.dmy}  19:55  {adtel2.intl}  00:31:40  2.17
[[Roaming Zone 2]] charges are shown separately.
""",
    ),
    _t(
        "utility-chat",
        "chat transcript (utility support)",
        """
[14:02] Bot: Welcome to [[EnergyHelp]]. What's your account number?
[14:02] {adpn1.first}: {adacct1}
[14:03] Bot: Thanks. Can you confirm the first line of the supply address?
[14:03] {adpn1.first}: {adhome1.street}
[14:05] {adpn2.first} (agent): Hi {adpn1.first}, I can see a smart meter {adsn1} was fitted on {adwhen1.long}.
[14:06] {adpn1.first}: yes and my bill doubled. ring me on {adtel1} pls
""",
    ),
    _t(
        "hardship",
        "utility hardship application",
        """
Hardship Fund application -- confidential
Applicant: {adpn1.full}   born {adborn1.long}
Household: 2 adults, 3 children. Age of eldest member: {adold1}
Benefits reference: {adnid1.label} {adnid1}
Water account {adacct1}; energy account {adacct2}
Reason: [[winter fuel debt]]; prescription costs for {adpn2.first}
""",
    ),
    _t(
        "meter-access",
        "meter access letter",
        """
{adpn1.caps}
{adhome1.lines}

We have tried to read the meter at this property three times without success.
Please call us on {adtel1} to arrange a time. Meter point reference {adacct1}.
Yours, {adpn2.dotted_last}, [[Field Operations]]
""",
    ),
    _t(
        "fibre-order",
        "fibre order confirmation",
        """
Order {adref1} confirmed!
Hi {adpn1.lower_first}, your fibre installation at {adhome1} is booked for {adwhen1.us_long}.
Plan: [[Full Fibre 900]] - your new router will be sent to this address.
Log in at {adweb1} with {admail1} to manage your order.
""",
    ),
    _t(
        "telco-lawful",
        "lawful intercept request log",
        """
LI-REQ {adclm1}  STATUS=EXECUTED
TARGET MSISDN: {adtel1.intl}   IMEI: {adimei1}
SUBSCRIBER OF RECORD: {adpn1.caps_last_first_all}
WARRANT ISSUED {adwhen1.oracle}, AUTHORISED BY {adpn2.caps_last}
[[RETENTION 12 MONTHS]]
""",
    ),
    _t(
        "gas-safety",
        "landlord gas safety record",
        """
Landlord Gas Safety Record
Landlord: {adpn1.full}, {adhome1}
Tenant: {adpn2.full}
Engineer: {adpn3.first_last}  Gas Safe reg. {adlic1}
Appliances: [[combi boiler]] (pass), hob (pass). Inspected {adwhen1.dmy}. Next due within 12 months.
""",
    ),
    _t(
        "pl-energy",
        "Polish electricity invoice",
        """
FAKTURA VAT nr {adref1}
Odbiorca: {adpn1.full}, PESEL {adnid1.pl}
Adres: {adhome1}
Nr klienta: {adacct1}   Okres rozliczeniowy do {adwhen1.pl}
Grupa taryfowa [[G11]]
""",
        ("pl_PL",),
        ("PL",),
    ),
    _t(
        "de-stadtwerke",
        "German municipal utility bill",
        """
Stadtwerke -- Jahresabrechnung Strom
Kunde: {adpn1.last}, {adpn1.first}
Verbrauchsstelle: {adhome1}
Kundennummer {adacct1}, Zählernummer {adsn1}
Abrechnungszeitraum bis {adwhen1.de}
Abbuchung vom Konto {adiban1} -- [[SEPA-Lastschrift]]
""",
        ("de_DE", "de_AT"),
    ),
    _t(
        "fr-edf",
        "French energy statement",
        """
Facture d'électricité -- Contrat {adacct1}
Titulaire : {adpn1.first_caps_last}
Lieu de consommation : {adhome1}
Relevé du {adwhen1.fr}, compteur [[Linky]] n° {adsn1}
Prélèvement sur {adiban1}
""",
        ("fr_FR", "fr_BE"),
    ),
    _t(
        "jp-denki",
        "Japanese electricity usage notice",
        """
電気ご使用量のお知らせ
お客さま名 {adpn1.full} 様 ({adpn1.latin})
ご使用場所 {adhome1}
お客さま番号 {adacct1}
検針日 {adwhen1.jp_era}
契約種別 [[従量電灯B]]
""",
        ("ja_JP",),
    ),
    _t(
        "roaming-sms",
        "roaming SMS log",
        """
SMSLOG|{adwhen1.stamp}|FROM={adtel1.intl}|TO={adtel2.intl}|CELL=LAC 4410 CI 22871|IMEI={adimei1}|SUB={adpn1.handle}
SMSLOG|{adwhen2.stamp}|FROM={adtel1.intl}|TO=[[SHORTCODE 8080]]|CELL=LAC 4410 CI 22871|IMEI={adimei1}|SUB={adpn1.handle}
""",
    ),
]

TRAVEL = [
    _t(
        "eticket",
        "airline e-ticket receipt",
        """
ELECTRONIC TICKET PASSENGER ITINERARY RECEIPT
NAME: {adpn1.mrz}        BOOKING REF: {adpnr1}
TICKET NUMBER: {adref1}
FREQUENT FLYER: {adacct1}
FLIGHT  FROM  TO   DATE     CLASS  STATUS
[[LH 2471]]  FRA   WAW  {adwhen1.airline}  Y  OK
FORM OF PAYMENT: CC {adcard1.plain}
""",
    ),
    _t(
        "boarding",
        "boarding pass",
        """
BOARDING PASS   {adpn1.latin_caps}
PNR {adpnr1}   SEQ 114   SEAT 23C
DEP {adwhen1.airline}   GATE closes 20 min before departure
[[PRIORITY BOARDING]] - Group 2
""",
    ),
    _t(
        "apis",
        "advance passenger information record",
        """
APIS/{adpnr1}
SURNAME/GIVEN: {adpn1.mrz}
DOB: {adborn1.airline}  SEX: X
DOC TYPE: P  DOC NO: {adpass1}  EXPIRES: {adwhen1.airline}
NATIONALITY/ISSUING STATE: [[UTO]]
DEST ADDR: {adhome1}
""",
    ),
    _t(
        "hotel-reg",
        "hotel registration card",
        """
GUEST REGISTRATION CARD -- Room 612
Surname: {adpn1.caps_last}   First name: {adpn1.first}
Home address: {adhome1}
Passport/ID: {adpass1}   Date of birth: {adborn1.dmy}
Car registration: {adveh1}
Arrival {adwhen1.dmy}  Departure {adwhen2.dmy}
Rate: [[Bed & Breakfast]]   Signature ____ {adpn1.initials}
""",
    ),
    _t(
        "hotel-folio",
        "hotel folio",
        """
FOLIO No. {adref1}
Guest: {adpn1.last_first}     Company: [[Northwind Traders]]
Card on file: {adcard1}
Date        Description              Amount
{adwhen1.dot}  Accommodation            145.00
{adwhen1.dot}  Minibar                   12.50
E-folio sent to {admail1}
""",
    ),
    _t(
        "car-hire",
        "car hire agreement",
        """
RENTAL AGREEMENT {adref1}
Main driver: {adpn1.full}, licence {adlic1}
Born {adborn1.long}, address {adhome1}
Additional driver: {adpn2.initials}
Vehicle: [[Skoda Octavia Estate]] reg {adveh1}, VIN {advin1}
Out: {adwhen1.dmy} 09:40   Fuel [[full to full]]
Deposit pre-authorised on card {adcard1}
""",
    ),
    _t(
        "car-damage",
        "car hire damage report",
        """
Vehicle condition report -- return
Reg: {adveh1}    Renter: {adpn1.caps_last_first}
Damage noted: scratch rear bumper (N/S). Photo ref {adface1}
Checked in by {adpn2.first_initial} at {adtwn1} on {adwhen1.iso}
Renter contact {adtel1}. [[No dispute]] recorded.
""",
    ),
    _t(
        "visa-invite",
        "visa invitation letter",
        """
LETTER OF INVITATION

I, {adpn1.full}, residing at {adhome1}, invite my cousin {adpn2.latin}
(passport {adpass1}, born {adborn1.long}) to stay with me from {adwhen1.long}
for [[family visit]] purposes. I will cover accommodation.
Contact: {adtel1}, {admail1}
""",
    ),
    _t(
        "lost-baggage",
        "lost baggage report",
        """
PROPERTY IRREGULARITY REPORT  File {adclm1}
Passenger {adpn1.mrz}  Tag [[LH 224117]]
Delivery address: {adhome1}
Phone {adtel1.intl} / email {admail1}
Bag: black [[Samsonite]] hard shell, ribbon on handle
""",
    ),
    _t(
        "travel-insurance",
        "insurance claim (travel)",
        """
TRAVEL INSURANCE CLAIM FORM
Policy number {adpol1}   Claim number {adclm1}
Insured: {adpn1.full}, DOB {adborn1.dmy}
Incident: [[trip cancellation]] -- hospital admission of travelling companion {adpn2.full}
Treating doctor: Dr {adpn3.last}, reg. {adlic1}
Pay to {adiban1} (account holder {adpn1.last_first})
""",
    ),
    _t(
        "airbnb-msg",
        "chat transcript (holiday rental host)",
        """
{adpn1.first}: hi! we land at 11pm, is self check-in ok??
{adpn2.first}: Of course. Key box code is in the app. Address again is {adhome1}
{adpn1.first}: great, my number if anything: {adtel1}
{adpn2.first}: Wifi [[GuestNet-5G]], parking for {adveh1} is behind the building
""",
    ),
    _t(
        "ryokan",
        "Japanese inn booking",
        """
ご予約確認書
ご宿泊者名: {adpn1.full} 様
ご住所: {adhome1}
電話番号: {adtel1}
ご到着日: {adwhen1.cjk}
プラン: [[露天風呂付き客室]]
""",
        ("ja_JP",),
    ),
    _t(
        "kr-hotel",
        "Korean hotel voucher",
        """
예약 확인서 / Booking voucher
투숙객: {adpn1.full} ({adpn1.latin})
체크인 {adwhen1.ko}
연락처 {adtel1}
[[조식 포함]] breakfast included
""",
        ("ko_KR",),
    ),
    _t(
        "rail-pass",
        "rail pass",
        """
INTERRAIL GLOBAL PASS -- [[2nd class]]
Holder: {adpn1.caps_full}
Pass number {adref1}   Date of birth {adborn1.iso}
Valid from {adwhen1.iso}. Passport {adpass1} must be carried.
""",
    ),
    _t(
        "cruise-manifest",
        "cruise passenger manifest",
        """
MANIFEST  CABIN  NAME                      DOB          PASSPORT     EMERG CONTACT
          8121   {adpn1.caps_last_first_all}  {adborn1.oracle}  {adpass1}  {adtel1}
          8121   {adpn2.caps_last_first_all}  {adborn2.oracle}  {adpass2}  {adtel1}
[[MUSTER STATION C]]
""",
    ),
    _t(
        "taxi-receipt",
        "taxi receipt (OCR)",
        """
CITY CABS LTD
DRIVER LIC {adlic1}  CAB {adveh1}
FR0M: {adhome1.street}
T0: [[Terminal 2]]
FARE  34.50   TIP 3.00
CARD ****{adacct1}
{adwhen1.dmy} 05:12   THANK Y0U
""",
    ),
    _t(
        "frequent-flyer",
        "frequent flyer statement",
        """
Miles & More statement for {adpn1.initials_caps_last}
Card no. {adacct1}   Status [[Frequent Traveller]]
Mailing address: {adhome1}
Last activity {adwhen1.us_long}; e-mail on file {admail1}
""",
    ),
    _t(
        "border-form",
        "arrival card",
        """
ARRIVAL CARD
Family name {adpn1.caps_last}  Given names {adpn1.caps_first}
Date of birth {adborn1.spaced}   Passport no. {adpass1}
Flight no. [[QF 2]]   Intended address in country: {adhome1}
Occupation: [[teacher]]
""",
    ),
    _t(
        "th-hotel",
        "Thai guesthouse register",
        """
ทะเบียนผู้เข้าพัก
ชื่อ {adpn1.full}
เลขประจำตัว {adnid1.th}
วันที่เข้าพัก {adwhen1.thai_be}
โทร {adtel1}
ห้อง [[ห้องพัดลม]]
""",
        ("th_TH",),
    ),
    _t(
        "ta-invoice",
        "travel agency invoice",
        """
Agency invoice {adref1}
Client {adpn1.first_last} | {adhome1} | {admail1}
Package: [[7 nights Crete half board]] for 2 travellers, {adpn1.first} and {adpn2.first_last}
Deposit taken {adwhen1.dmy} on card {adcard1.dashed}
""",
    ),
    _t(
        "vaccine-travel",
        "clinical note (travel clinic)",
        """
Travel clinic consultation, seen by {adpn2.initial_last}
Patient: {adpn1.last_first} DOB {adborn1.dmy} MRN {admrn1}
Destination: [[sub-Saharan Africa]], departing {adwhen1.long}
Given: [[yellow fever vaccine]], [[typhoid Vi]]. Advised on [[malaria prophylaxis]] (atovaquone/proguanil).
Certificate of vaccination no. {adlic1} issued.
""",
    ),
    _t(
        "parking-fine",
        "parking charge notice",
        """
PARKING CHARGE NOTICE {adclm1}
Vehicle registration {adveh1}
Registered keeper {adpn1.full}, {adhome1}
Contravention: [[overstayed paid time]] on {adwhen1.dmy}
Pay online at {adweb1}
""",
    ),
]

PROPERTY = [
    _t(
        "tenancy",
        "assured shorthold tenancy agreement",
        """
THIS AGREEMENT is made on {adwhen1.ordinal}
BETWEEN {adpn1.caps_full} ("the Landlord") of {adhome1}
AND {adpn2.caps_full} ("the Tenant")
for the letting of {adhome2} (the "Property") at a rent payable monthly in advance.
The deposit is protected under the [[Tenancy Deposit Scheme]], certificate {adlic1}.
Rent to be paid to account {adacct1}.
""",
    ),
    _t(
        "inventory",
        "tenancy inventory and check-in report",
        """
CHECK-IN INVENTORY -- {adhome1}
Tenant(s): {adpn1.first_last}; {adpn2.first_last}
Clerk: {adpn3.initials}, attended {adwhen1.dmy}
Kitchen: [[oak worktops]], minor burn mark by hob.
Keys handed over: 2 x front door, 1 x [[Yale lock]], fob no. {adsn1}
""",
    ),
    _t(
        "deposit-dispute",
        "deposit dispute submission",
        """
Dispute ID {adclm1}
Tenant: {adpn1.full} ({admail1})
Landlord/agent: {adpn2.full}
Property: {adhome1}
Tenancy ended {adwhen1.long}. The tenant disputes deductions for [[professional cleaning]] and a carpet.
Evidence uploaded: {adweb1}
""",
    ),
    _t(
        "conveyancing",
        "conveyancing completion statement",
        """
STATEMENT FOR COMPLETION (purchase)
Matter ref: {adref1}
Client: {adpn1.last_first_middle}
Property: {adhome1}
Purchase price 415,000.00
Less deposit paid {adwhen1.dmy}   41,500.00
[[Stamp Duty Land Tax]] 10,750.00
Balance to be sent to seller's solicitors, account {adiban1}
Fee earner: {adpn2.first_initial}
""",
    ),
    _t(
        "land-registry",
        "title register extract",
        """
Title number {adref1}
PROPERTY REGISTER: The Freehold land shown edged red on the plan being {adhome1}.
PROPRIETORSHIP REGISTER
1. (Registered {adwhen1.dmy}) PROPRIETOR: {adpn1.caps_full} of {adhome2}.
2. RESTRICTION: No disposition by a sole proprietor ... [[Form A]]
""",
    ),
    _t(
        "notary-es",
        "Spanish notarial deed",
        """
ESCRITURA DE COMPRAVENTA
NÚMERO {adref1}. En {adtwn1}, a {adwhen1.es}.
Ante mí, {adpn3.full}, Notario del Ilustre Colegio,
COMPARECEN: De una parte, Don {adpn1.full}, mayor de edad, con DNI {adnid1.es},
y domicilio en {adhome1}. De otra, Doña {adpn2.full}, con NIE/DNI {adnid2.es}.
EXPONEN: Que es dueño de la finca descrita, libre de cargas, [[referencia catastral]] adjunta.
""",
        ("es_ES", "es_MX", "es_AR"),
    ),
    _t(
        "notary-de",
        "German notarial purchase contract",
        """
Urkundenrolle Nr. {adref1}
Verhandelt zu {adtwn1} am {adwhen1.de}
Vor mir, dem Notar {adpn3.first_last}, erschienen:
1. Herr/Frau {adpn1.full}, geboren am {adborn1.dot}, wohnhaft {adhome1},
   ausgewiesen durch Personalausweis {adpass1},
2. {adpn2.full}, Steuer-IdNr. {adnid1.de}.
Gegenstand: [[Grundbuch]] von {adtwn2}, Blatt 4471
""",
        ("de_DE", "de_CH", "de_AT"),
    ),
    _t(
        "notary-fr",
        "French notarial deed",
        """
L'AN DEUX MILLE VINGT-SIX, le notaire soussigné, Maître {adpn3.first_caps_last},
a reçu le présent acte à la requête de :
Monsieur {adpn1.caps_last} {adpn1.first}, né le {adborn1.fr}, demeurant {adhome1},
numéro de sécurité sociale {adnid1.fr}
[[acte authentique]] de vente portant sur un appartement situé à {adtwn1}.
""",
        ("fr_FR", "fr_CA", "fr_CH"),
    ),
    _t(
        "notary-it",
        "Italian notarial deed",
        """
REPERTORIO N. {adref1}
Il giorno {adwhen1.it}, in {adtwn1}, davanti a me {adpn3.full}, notaio,
è comparso il signor {adpn1.full}, nato il {adborn1.dot}, codice fiscale {adnid1.it},
residente in {adhome1}, il quale dichiara di vendere l'immobile [[foglio 12 particella 88]].
""",
        ("it_IT",),
        ("IT",),
    ),
    _t(
        "notary-pt-br",
        "Brazilian public deed",
        """
ESCRITURA PÚBLICA DE COMPRA E VENDA
Aos {adwhen1.pt}, neste Tabelionato, compareceu {adpn1.caps_full},
inscrito(a) no CPF sob nº {adnid1.br}, residente à {adhome1}.
Imóvel: matrícula {adref1} do [[Registro de Imóveis]].
""",
        ("pt_BR",),
        ("BR",),
    ),
    _t(
        "lease-nl",
        "Dutch rental contract",
        """
HUUROVEREENKOMST WOONRUIMTE
Verhuurder: {adpn1.full}
Huurder: {adpn2.full}, BSN {adnid1.nl}, geboren {adborn1.nl}
Gehuurde: {adhome1}
Ingangsdatum {adwhen1.nl}. Huurprijs per maand incl. [[servicekosten]].
IBAN huurder: {adiban1}
""",
        ("nl_NL", "nl_BE"),
    ),
    _t(
        "mortgage-offer",
        "mortgage offer",
        """
MORTGAGE OFFER -- Application {adref1}
Borrower 1: {adpn1.full}, DOB {adborn1.dmy}
Borrower 2: {adpn2.full}, DOB {adborn2.dmy}
Security property: {adhome1}
Product: [[5 Year Fixed 4.29%]] -- offer valid until {adwhen1.long}
Broker: {adpn3.first_last}, FCA no. {adlic1}
""",
    ),
    _t(
        "survey-valuation",
        "property valuation report",
        """
RICS HOMEBUYER REPORT
Property address: {adhome1}
Client's name: {adpn1.last_first_initial}   Inspection date: {adwhen1.dmy}
Surveyor: {adpn2.first_last} MRICS, membership {adlic1}
Condition rating 3 for the [[flat roof]]; [[Japanese knotweed]] not seen.
""",
    ),
    _t(
        "rent-arrears",
        "rent arrears letter",
        """
{adpn1.full}
{adhome1.lines}

Dear {adpn1.first},
Our records show your rent account {adacct1} is in arrears. Please contact
{adpn2.first_last} on {adtel1} before {adwhen1.long} to agree a plan.
[[Housing Officer]]
""",
    ),
    _t(
        "hoa-minutes",
        "residents' association minutes",
        """
Minutes of the [[Annual General Meeting]], held {adwhen1.long}
Present: {adpn1.initial_last} (chair), {adpn2.initial_last}, {adpn3.initial_last}
Item 4: resident at Flat 9, {adhome1.street}, raised the [[lift replacement]]; {adpn2.first} to obtain quotes.
""",
    ),
    _t(
        "power-of-attorney",
        "lasting power of attorney",
        """
LASTING POWER OF ATTORNEY -- Property and financial affairs
Donor: {adpn1.full}, born {adborn1.long}, aged {adold1}
Address: {adhome1}
Attorney: {adpn2.full}, {adhome2}
Certificate provider: {adpn3.full}
Registered with the [[Office of the Public Guardian]] on {adwhen1.dmy}, ref. {adref1}
""",
    ),
    _t(
        "ru-dogovor",
        "Russian lease agreement",
        """
ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ № {adref1}
г. {adtwn1}, {adwhen1.dot}
Наймодатель: {adpn1.full}
Наниматель: {adpn2.full} ({adpn2.latin}), паспорт {adpass1}
Адрес помещения: {adhome1}
Оплата: [[ежемесячно]]
""",
        ("ru_RU",),
    ),
    _t(
        "gr-lease",
        "Greek lease declaration",
        """
ΔΗΛΩΣΗ ΜΙΣΘΩΣΗΣ
Εκμισθωτής: {adpn1.full}
Μισθωτής: {adpn2.full}
ΑΜΚΑ μισθωτή: {adnid1.gr}
Ακίνητο: {adhome1}
Έναρξη: {adwhen1.dot}  [[Κατοικία]]
""",
        ("el_GR",),
    ),
    _t(
        "keysafe",
        "letting agent key log",
        """
KEYLOG,{adwhen1.iso},{adhome1.street},issued,{adpn1.initials_nodot_last},[[set B]]
KEYLOG,{adwhen2.iso},{adhome1.street},returned,{adpn2.initials_nodot_last},[[set B]]
""",
    ),
    _t(
        "probate",
        "probate estate summary",
        """
ESTATE OF {adpn1.caps_full}, DECEASED
Date of death {adwhen1.long}; age at death {adold1}
Last address {adhome1}
Executor: {adpn2.full}; solicitor ref {adref1}
Assets: current account {adacct1}; [[premium bonds]]; property at {adhome2}
National Insurance / ID: {adnid1}
""",
    ),
]

PAYROLL = [
    _t(
        "payslip",
        "payslip",
        """
PAYSLIP  Period 9   Pay date {adwhen1.dmy}
Employee: {adpn1.caps_last_first}   Emp no. {adref1}
NI number: {adnid1}   Tax code [[1257L]]
Basic pay (monthly)   3,104.17
Pension (employee)    -145.83
Net pay to account {adacct1}
""",
    ),
    _t(
        "p45",
        "leaving certificate (payroll)",
        """
Details of employee leaving work
1. Employer PAYE reference [[120/AB456]]
2. Employee's National Insurance number {adnid1}
3. Surname {adpn1.caps_last}  First name(s) {adpn1.first}
4. Leaving date {adwhen1.spaced}
Employee's private address {adhome1}
""",
    ),
    _t(
        "w2",
        "US wage and tax statement",
        """
Form W-2  Wage and Tax Statement
a  SSN of employee: {adssn1}
e  Employee (first, initial): {adpn1.first_initial}
f  Employee address/ZIP: {adhome1}
1 Wages, tips, other compensation 58,211.40
Employer: [[Contoso Logistics Inc.]]
""",
        ("en_US",),
    ),
    _t(
        "pension-stmt",
        "pension benefit statement",
        """
Your yearly benefit statement, position at {adwhen1.long}
Member: {adpn1.initials} {adpn1.last}   Member no. {adpol1}
Date of birth: {adborn1.long}   Normal pension age 67
Projected pension [[(in today's money)]] 9,840 a year
Nominated beneficiary: {adpn2.full}
""",
    ),
    _t(
        "pension-transfer",
        "pension transfer request",
        """
TRANSFER OUT REQUEST
Scheme member: {adpn1.full}
Policy number: {adpol1}
Receiving scheme: [[Self-Invested Personal Pension]]
Receiving account: {adiban1}
Member declares he/she received [[Pension Wise]] guidance on {adwhen1.dmy}.
""",
    ),
    _t(
        "centenarian",
        "pension payroll exception",
        """
Payroll exception: pensioner record {adpol1}
Name {adpn1.full}, DOB {adborn1.iso}, age {adold1}
Life certificate due; last signed {adwhen1.iso} by {adpn2.first_last} ([[GP]])
Payments to {adacct1} suspended pending [[proof of life]].
""",
    ),
    _t(
        "hr-leave",
        "HR leave request",
        """
LEAVE REQUEST
Employee: {adpn1.first_last} ({adref1})
Type: [[Parental leave]]
From {adwhen1.dmy} to {adwhen2.dmy}
Approver: {adpn2.first_last}
Contact during leave: {adtel1}
""",
    ),
    _t(
        "hr-sick",
        "HR leave request (sickness)",
        """
Absence notification -- self-certified sickness
Name {adpn1.last_first} | payroll no. {adref1} | dept [[Warehouse B]]
First day of absence {adwhen1.us_long}; expected return {adwhen2.us_long}
Reason given: [[gastroenteritis]]
Line manager {adpn2.initial_last} informed by phone {adtel1}
""",
    ),
    _t(
        "expenses",
        "expense claim",
        """
EXPENSE CLAIM  {adref1}
Claimant {adpn1.full}   Cost centre [[CC-4100]]
{adwhen1.dmy}  Hotel, {adtwn1}   118.00
{adwhen2.dmy}  Rail              46.20
Reimburse to {adiban1}
Approved: {adpn2.initials_nodot_last}
""",
    ),
    _t(
        "salary-sacrifice",
        "salary sacrifice agreement",
        """
Salary sacrifice agreement: [[Cycle to Work]]
Employee {adpn1.full}, employee number {adref1}, NI {adnid1}
Bike serial {adsn1}. Agreement signed {adwhen1.long}.
""",
    ),
    _t(
        "gehalt",
        "German payslip",
        """
Verdienstabrechnung {adwhen1.de}
Name: {adpn1.last}, {adpn1.first}
Personal-Nr. {adref1}   Steuer-ID {adnid1.de}
Steuerklasse [[III]]   Konfession: [[rk]]
Auszahlung an {adiban1}
""",
        ("de_DE",),
        ("DE",),
    ),
    _t(
        "payroll-csv",
        "payroll bank file (CSV)",
        """
pay_date,employee_id,name,sort_iban,amount,ref
{adwhen1.iso},{adref1},"{adpn1.last_first}",{adiban1.compact},2411.09,[[SALARY]]
{adwhen1.iso},{adref2},"{adpn2.last_first}",{adiban2.compact},1988.40,[[SALARY]]
""",
    ),
    _t(
        "timesheet",
        "timesheet (fixed width)",
        """
EMP      NAME                 WEEK-END    HRS  OT  SITE
{adref1} {adpn1.caps_last_space_first}  {adwhen1.compact}   37.5 4.0 [[DEPOT 7]]
{adref2} {adpn2.caps_last_space_first}  {adwhen1.compact}   40.0 0.0 [[DEPOT 7]]
""",
    ),
    _t(
        "garnish",
        "earnings attachment order",
        """
ATTACHMENT OF EARNINGS ORDER
Debtor: {adpn1.full}, born {adborn1.dmy}
Employer reference for debtor: {adref1}
Normal deduction rate [[£120 per month]], protected earnings rate applies.
Court: {adtwn1} County Court. Order dated {adwhen1.dmy}. Claim no. {adclm1}
""",
    ),
    _t(
        "ee-pension",
        "pension application (Estonia)",
        """
Avaldus vanaduspensioni saamiseks
Nimi: {adpn1.full}
Isikukood: {adnid1.ee}
Aadress: {adhome1}
Pank: {adiban1}
Kuupäev: {adwhen1.dot} [[Sotsiaalkindlustusamet]]
""",
        ("et_EE",),
        ("EE",),
    ),
    _t(
        "se-pension",
        "Swedish pension letter",
        """
Pensionsbesked
{adpn1.full}, personnummer {adnid1.se}
{adhome1}
Din allmänna pension från {adwhen1.iso}: [[inkomstpension]] och [[premiepension]].
""",
        ("sv_SE",),
        ("SE",),
    ),
    _t(
        "hr-offboarding",
        "HR offboarding checklist",
        """
Offboarding: {adpn1.first_last}
[x] Laptop returned (serial {adsn1}, MAC {admac1})
[x] Badge deactivated ({adref1})
[ ] Final pay to {adacct1}
[ ] Forward e-mail {admail1} to {adpn2.handle}@corp for 30 days
Last day {adwhen1.iso}. [[Exit interview]] declined.
""",
    ),
    _t(
        "ref-letter",
        "employment reference",
        """
To whom it may concern,

{adpn1.full} worked with us as a [[forklift supervisor]] from {adwhen1.long} until {adwhen2.long}.
{adpn1.first} was reliable and popular with the team.
Please phone me on {adtel1} if you need more.

{adpn2.full}
Operations Manager
""",
    ),
]

RESEARCH = [
    _t(
        "consent",
        "research consent form",
        """
PARTICIPANT CONSENT FORM -- Study [[SLEEP-WELL 2]]
Participant ID: {adref1}
I, {adpn1.full}, confirm I have read the information sheet dated {adwhen1.dmy}.
I agree to my GP, Dr {adpn2.last}, being informed of my participation.
Signature: {adpn1.initials}      Researcher: {adpn3.initial_last}
""",
    ),
    _t(
        "survey-csv",
        "survey export (CSV)",
        """
respondent_id,start_time,name,email,postcode,q1_satisfaction,q2_comment,ip_address
{adref1},{adwhen1.stamp},{adpn1.first_last},{admail1},{adzip1},4,"[[Good value]]",{adip1}
{adref2},{adwhen2.stamp},{adpn2.lower},{admail2.other},{adzip2},2,"[[Too slow]]",{adip2}
""",
    ),
    _t(
        "survey-json",
        "survey export (JSON)",
        """
{"response_id": "{adref1}", "submitted": "{adwhen1.stamp}",
 "respondent": {"name": "{adpn1.full}", "phone": "{adtel1}", "dob": "{adborn1.iso}"},
 "answers": {"q7": "[[Strongly agree]]", "q8": "lives near {adtwn1}"},
 "meta": {"ip": "{adip1}", "user_agent": "[[Mozilla/5.0]]"}}
""",
    ),
    _t(
        "cohort-xml",
        "cohort study export (XML, escaped)",
        """
&lt;participant id="{adref1}"&gt;
  &lt;displayName&gt;{adpn1.last_first}&lt;/displayName&gt;
  &lt;birthDate&gt;{adborn1.iso}&lt;/birthDate&gt;
  &lt;nhs&gt;{adnid1.gb}&lt;/nhs&gt;
  &lt;arm&gt;[[placebo]]&lt;/arm&gt;
&lt;/participant&gt;
""",
        ids=("GB",),
    ),
    _t(
        "interview-transcript",
        "research interview transcript",
        """
INTERVIEW 14 -- transcribed {adwhen1.long}
I: Can you tell me where you grew up?
P ({adpn1.first}): In {adtwn1}, then we moved when I was nine. My gran, {adpn2.full}, is {adold1} now and still there.
I: [[(laughs)]] And work?
P: I drive a bus. Route [[N29]].
[Note: participant's name to be replaced with pseudonym before archiving]
""",
    ),
    _t(
        "questionnaire",
        "health questionnaire",
        """
Q1. Full name: {adpn1.lower}
Q2. Date of birth (dd/mm/yyyy): {adborn1.dmy}
Q3. Do you take any regular medicines? [[metformin 500 mg]], [[atorvastatin]]
Q4. Contact e-mail: {admail1}
Q5. Hospital number if known: {admrn1}
""",
    ),
    _t(
        "biobank",
        "biobank sample manifest",
        """
SAMPLE_ID   DONOR          COLLECTED   TYPE     FREEZER  FINGERPRINT_REF
{adref1}    {adpn1.initials_nodot_last}  {adwhen1.ymd_slash}  [[EDTA whole blood]]  F-02  {adbio1}
{adref2}    {adpn2.initials_nodot_last}  {adwhen2.ymd_slash}  [[serum]]  F-02  {adbio2}
""",
    ),
    _t(
        "ethics",
        "ethics committee correspondence",
        """
Dear Dr {adpn1.last},
REC reference: {adref1}
Thank you for the amendment submitted on {adwhen1.long}. The committee notes that participant
{adpn2.initial_last} was recruited before approval and asks for an explanation.
Please reply to {admail1}. [[Favourable opinion]] stands for the rest of the study.
""",
    ),
    _t(
        "diary-study",
        "diary study entry",
        """
Day 3 -- participant {adref1}
Woke at 6. Took [[ibuprofen]] for knee. Walked dog past the {adtwn1} [[allotments]].
Called my sister {adpn1.first} on {adtel1}.
""",
    ),
    _t(
        "focus-group",
        "focus group notes",
        """
FG2 notes ({adwhen1.dmy})
Attendees: {adpn1.first_initial}, {adpn2.first_initial}, {adpn3.first_initial} + moderator {adpn4.first}
Theme: [[public transport reliability]]
{adpn2.first}: buses in {adtwn1} never on time.
""",
    ),
    _t(
        "registry-ja",
        "Japanese patient registry export",
        """
患者ID,氏名,ローマ字,生年月日,郵便番号,電話
{admrn1},{adpn1.full},{adpn1.latin},{adborn1.jp_era},{adzip1},{adtel1}
""",
        ("ja_JP",),
    ),
    _t(
        "zh-survey",
        "Chinese survey export",
        """
问卷编号: {adref1}
姓名: {adpn1.full}
身份证号: {adnid1.cn}
联系电话: {adtel1}
填写日期: {adwhen1.cjk}
满意度: [[非常满意]]
""",
        ("zh_CN",),
        ("CN",),
    ),
    _t(
        "panel-recruit",
        "survey panel sign-up record",
        """
panel_member: {adpn1.handle_under}
legal_name: {adpn1.full}
date_joined: {adwhen1.iso}
household_income_band: [[C2]]
payout_account: {adacct1}
device_fingerprint: {adbio1}
""",
    ),
    _t(
        "withdrawal",
        "study withdrawal form",
        """
WITHDRAWAL FROM RESEARCH
Participant {adpn1.full} (study no. {adref1}) withdrew on {adwhen1.dmy}.
Samples already collected: [[may be retained]]
Witnessed by {adpn2.first_last}
""",
    ),
    _t(
        "fieldwork-gps",
        "fieldwork household roster",
        """
HH_ID={adref1}; HEAD={adpn1.caps_last_first}; GPS={adgps1}; VILLAGE={adtwn1}
MEMBERS: {adpn2.first} (spouse), {adpn3.first} (child), grandmother aged {adold1.words}
INTERVIEWER: {adpn4.initials_nodot_last}; [[CONSENT ORAL]]
""",
    ),
    _t(
        "clinical-trial-ae",
        "clinical trial adverse event report",
        """
ADVERSE EVENT REPORT -- protocol [[ABC-301]]
Subject {adref1}, initials {adpn1.initials_nodot_last}, DOB {adborn1.oracle}
Onset {adwhen1.oracle}: [[grade 2 neutropenia]]
Reporter: {adpn2.first_last}, {adtel1}
Site: {adtwn1}
""",
    ),
    _t(
        "tr-anket",
        "Turkish survey form",
        """
ANKET FORMU
Ad Soyad: {adpn1.full}
T.C. Kimlik No: {adnid1.tr}
Doğum tarihi: {adborn1.tr}
Telefon: {adtel1}
Görüş: [[Çok memnunum]]
""",
        ("tr_TR",),
        ("TR",),
    ),
    _t(
        "app-feedback",
        "app store review export",
        """
review_id|author|date|stars|text
{adref1}|{adpn1.handle}|{adwhen1.iso}|1|app crashes when I add my [[loyalty card]]. email me {admail1}
{adref2}|{adpn2.first_initial}|{adwhen2.iso}|5|[[Great app]]
""",
    ),
]

MACHINE = [
    _t(
        "api-log",
        "API access log",
        """
{adip1} - {adpn1.handle} [{adwhen1.stamp}] "GET /v2/accounts/{adacct1}/statements HTTP/1.1" 200 5812 "[[okhttp/4.12]]"
{adip1} - {adpn1.handle} [{adwhen1.stamp}] "POST /v2/payees HTTP/1.1" 201 211 "[[okhttp/4.12]]"
""",
    ),
    _t(
        "audit-log",
        "audit log (JSON lines)",
        """
{"ts":"{adwhen1.stamp}","actor":"{admail1}","action":"record.view","patient":"{admrn1}","src":"{adip1}","app":"[[ChartView]]"}
{"ts":"{adwhen2.stamp}","actor":"{admail1}","action":"record.export","patient":"{admrn1}","src":"{adip1}","app":"[[ChartView]]"}
""",
    ),
    _t(
        "crash-report",
        "crash report",
        """
Exception in thread "main" java.lang.NullPointerException
    at com.example.billing.InvoiceMailer.send(InvoiceMailer.java:88)
Context: customer={adpn1.full} account={adacct1} email={admail1}
Device: [[Galaxy A54]] imei={adimei1} wifi_mac={admac1}
Reported {adwhen1.stamp}
""",
    ),
    _t(
        "config-dump",
        "configuration dump",
        """
[owner]
name = {adpn1.full}
email = {admail1}
[network]
hostname = [[edge-router-02]]
wan_ip = {adip1}
lan_mac = {admac1.dash}
ipv6 = {adip2.six}
[support]
callback = {adtel1}
""",
    ),
    _t(
        "jira-export",
        "ticketing system export",
        """
Key,Summary,Reporter,Created,Description
{adref1},"Refund not received","{adpn1.last_first}",{adwhen1.iso},"Customer {adpn1.first} says card {adcard1} was charged twice for [[Annual Plan]]"
{adref2},"Address change","{adpn2.last_first}",{adwhen2.iso},"New address {adhome1}"
""",
    ),
    _t(
        "zendesk",
        "helpdesk ticket thread",
        """
Ticket #{adref1} -- Requester: {adpn1.full} ({admail1})
Status: [[Pending]]
---
{adpn1.first}: I can't log into the portal, my username is {adpn1.handle_dash}
Agent {adpn2.first}: I've reset it. Please don't share your passport number ({adpass1}) over chat again.
""",
    ),
    _t(
        "ocr-receipt",
        "receipt (OCR)",
        """
SUPERSAVE #0412
{adtwn1}
2x [[SEMI SKIMMED MILK]]  2.30
1x [[SOURDOUGH LOAF]]     1.95
T0TAL                     4.25
V1SA ********{adacct1}
CARDH0LDER {adpn1.caps}
{adwhen1.dmy} 17:41  AUTH 0O8812
""",
    ),
    _t(
        "syslog",
        "syslog excerpt",
        """
{adwhen1.stamp} fw01 kernel: DROP IN=eth0 SRC={adip1} DST={adip2.private} MAC={admac1} PROTO=TCP DPT=22
{adwhen1.stamp} fw01 sshd[2211]: Failed password for {adpn1.lower_last} from {adip1} port 51122 ssh2
{adwhen1.stamp} fw01 [[fail2ban]]: Ban {adip1}
""",
    ),
    _t(
        "dhcp-lease",
        "DHCP lease table",
        """
lease {adip1.private} {
  starts 4 {adwhen1.ymd_slash} 08:00:11;
  hardware ethernet {admac1};
  client-hostname "{adpn1.handle_initial}-laptop";
  [[binding state active]];
}
""",
    ),
    _t(
        "mdm-inventory",
        "device management inventory",
        """
asset_tag;user;serial;imei;mac;os;last_seen
{adref1};{admail1};{adsn1};{adimei1};{admac1.cisco};[[iOS 18.1]];{adwhen1.iso}
{adref2};{admail2.other};{adsn2};{adimei2};{admac2.cisco};[[Android 15]];{adwhen2.iso}
""",
    ),
    _t(
        "k8s-secret",
        "key-value dump",
        """
CUSTOMER_NAME={adpn1.full}
CUSTOMER_SSN={adssn1.plain}
CUSTOMER_CARD={adcard1.plain}
CALLBACK_URL={adweb1}
FEATURE_FLAG=[[dark_mode]]
""",
    ),
    _t(
        "webhook",
        "payment webhook payload",
        """
{"event":"charge.failed","data":{"billing_details":{"name":"{adpn1.first_last}","email":"{admail1}","address":"{adhome1}"},"card":"{adcard1.plain}","iban":"{adiban1.compact}","decline_code":"[[insufficient_funds]]"},"created":"{adwhen1.stamp}"}
""",
    ),
    _t(
        "sql-dump",
        "SQL dump",
        """
INSERT INTO patients (mrn, surname, forename, dob, phone) VALUES ('{admrn1}', '{adpn1.last}', '{adpn1.first}', '{adborn1.iso}', '{adtel1}');
INSERT INTO visits (mrn, visit_date, clinic) VALUES ('{admrn1}', '{adwhen1.iso}', '[[Diabetes Clinic]]');
""",
    ),
    _t(
        "email-headers",
        "e-mail headers",
        """
Return-Path: {admail1}
Received: from mail.example.net ([{adip1}]) by mx.example.org; {adwhen1.stamp}
From: "{adpn1.last_first}" {admail1}
To: {adpn2.first_last} {admail2.other}
Subject: [[Re: quarterly figures]]
X-Originating-IP: {adip1}
""",
    ),
    _t(
        "gps-track",
        "vehicle telematics log",
        """
veh={adveh1} vin={advin1} driver={adpn1.initial_nodot_last}
{adwhen1.stamp} pos={adgps1} speed=48 [[ignition on]]
{adwhen1.stamp} pos={adgps2} speed=0 [[ignition off]]
""",
    ),
    _t(
        "badge-log",
        "door access log",
        """
{adwhen1.stamp}  DOOR [[LAB-3 EAST]]  BADGE {adref1}  {adpn1.caps_last_first}  GRANTED
{adwhen1.stamp}  DOOR [[LAB-3 EAST]]  BADGE {adref2}  {adpn2.caps_last_first}  DENIED
{adwhen1.stamp}  DOOR [[SERVER ROOM]]  BIOMETRIC {adbio1}  {adpn1.caps_last_first}  GRANTED
""",
    ),
    _t(
        "cctv-index",
        "CCTV still index",
        """
still_file,camera,timestamp,subject,notes
{adface1},[[CAM 04 car park]],{adwhen1.stamp},{adpn1.full},face visible
{adface2},[[CAM 04 car park]],{adwhen1.stamp},unknown,plate {adveh1}
""",
    ),
    _t(
        "ocr-id",
        "identity document (OCR)",
        """
REPUBL1C 0F UT0PIA  IDENTITY CARD
Surname / Nom   {adpn1.caps_last}
Given names     {adpn1.caps_first}
D0B {adborn1.dmy}   D0C N0 {adpass1}
Addr: {adhome1.caps}
[[SPECIMEN]] not valid for travel
""",
    ),
    _t(
        "ocr-payslip",
        "payslip (OCR, damaged)",
        """
EMPL0YEE  {adpn1.caps_full}
N1 N0     {adnid1}
ACC0UNT   {adacct1.front}-
          {adacct2.back}
NET PAY   1,8O2.55  [[BACS]]
""",
    ),
    _t(
        "fax-cover",
        "fax cover sheet",
        """
FAX
To: {adpn1.full}    Fax: {adfx1}
From: {adpn2.full}  Fax: {adfx2}   Phone: {adtel1}
Date: {adwhen1.us_long}   Pages: 4
Re: [[prior authorisation]] for patient MRN {admrn1}
""",
    ),
    _t(
        "ivr-log",
        "IVR call log",
        """
call_id={adref1} ani={adtel1.plain} dnis=[[0800 BILLING]]
caller_said_account="{adacct1.words}" verified=true
caller_said_dob="{adborn1.us_long}"
transfer_to_agent={adpn1.handle_last_initial}
""",
    ),
    _t(
        "backup-manifest",
        "backup manifest",
        """
# backup of /home/{adpn1.lower_last}/ taken {adwhen1.stamp}
/home/{adpn1.lower_last}/Documents/passport_scan_{adpass1}.pdf
/home/{adpn1.lower_last}/Pictures/{adface1}
/home/{adpn1.lower_last}/[[README.txt]]
""",
    ),
    _t(
        "xml-claim",
        "insurance claim (XML export, escaped)",
        """
&lt;claim number="{adclm1}" policy="{adpol1}"&gt;
  &lt;claimant&gt;{adpn1.full}&lt;/claimant&gt;
  &lt;incidentDate&gt;{adwhen1.iso}&lt;/incidentDate&gt;
  &lt;vehicle reg="{adveh1}" vin="{advin1}"/&gt;
  &lt;cause&gt;[[rear-end collision]]&lt;/cause&gt;
&lt;/claim&gt;
""",
    ),
    _t(
        "git-log",
        "version control log",
        """
commit 9f3ac1e77b0d
Author: {adpn1.first_last} {admail1}
Date:   {adwhen1.stamp}

    Remove test fixture containing real card {adcard1.plain} ([[PCI cleanup]])
""",
    ),
    _t(
        "otp-sms",
        "SMS gateway log",
        """
{adwhen1.stamp} OUT to={adtel1.intl} body="Your [[verification code]] is 448120. Not you? Call {adtel2}"
{adwhen1.stamp} DLR to={adtel1.intl} status=DELIVRD
""",
    ),
    _t(
        "kv-hl",
        "hotel PMS key-value export",
        """
GUEST_NAME: {adpn1.caps_last_first}
GUEST_DOB: {adborn1.compact}
ID_DOC: {adpass1}
VEH_PLATE: {adveh1}
PAYMENT: {adcard1.dashed}
ROOM_TYPE: [[Deluxe King]]
""",
    ),
    _t(
        "printer-log",
        "print server log",
        """
job 88121 user={adpn1.handle} host={adip1.private} printer=[[HR-Floor2]] doc="Disciplinary_{adpn2.last}_{adref1}.docx" pages=3 {adwhen1.stamp}
""",
    ),
    _t(
        "vpn-log",
        "VPN session log",
        """
session_start={adwhen1.stamp} user={admail1} public_ip={adip1} assigned_ip={adip2.private} device={adsn1} client=[[WireGuard]]
""",
    ),
    _t(
        "error-mail",
        "bounced e-mail notice",
        """
Delivery to the following recipient failed permanently:
     {admail1}
Original message from {adpn1.first_last} about [[invoice overdue]], account {adacct1}.
""",
    ),
]

ISSUE = [
    _t(
        "clin-dive",
        "clinical note (dive medicine)",
        """
Dive medical -- fitness to dive
Pt {adpn1.last_first}, {adborn1.dmy}, hosp no {admrn1}
Hx: [[spontaneous pneumothorax]] age 19, none since. Non-smoker.
O/E chest clear, [[Valsalva]] OK both ears. Plan: refer for CT chest before clearance.
Dr {adpn2.initial_last}, reg {adlic1}
""",
    ),
    _t(
        "clin-gp-phone",
        "clinical note (telephone consultation)",
        """
Tel consult {adwhen1.dmy} -- spoke to pt's daughter {adpn2.first} on {adtel1}
Pt {adpn1.full} ({adold1} yrs) fell at home last night, no head injury.
Meds: [[apixaban 2.5 mg]] BD, [[donepezil]].
Plan: home visit by {adpn3.first_initial} tomorrow.
""",
    ),
    _t(
        "clin-derm",
        "clinical note (teledermatology)",
        """
Teledermatology referral {adref1}
Patient: {adpn1.first_caps_last}   NHS {adnid1.gb}
Image files: {adface1}, {adface2}
Lesion L forearm, 7 mm, irregular border -- [[dermoscopy]] suggests [[seborrhoeic keratosis]].
""",
        ids=("GB",),
    ),
    _t(
        "discharge-ortho",
        "discharge summary (orthopaedics)",
        """
DISCHARGE SUMMARY
Patient: {adpn1.caps_last}, {adpn1.first}    MRN: {admrn1}   DOB: {adborn1.dmy}
Admitted {adwhen1.dmy} -- Discharged {adwhen2.dmy}
Procedure: [[total hip replacement]] (right)
Discharge meds: [[enoxaparin 40 mg]] daily x 28 days; [[paracetamol]]
Follow-up: fracture clinic, {adtwn1}. GP: Dr {adpn2.last}, fax {adfx1}
""",
    ),
    _t(
        "discharge-ped",
        "discharge summary (paediatric)",
        """
Paediatric discharge letter
Child: {adpn1.first_last}, DOB {adborn1.long}, hospital no. {admrn1}
Parent: {adpn2.full}, {adtel1}, {adhome1}
Dx: [[bronchiolitis]], [[RSV positive]]. Discharged on room air.
""",
    ),
    _t(
        "radiology-mri",
        "radiology request (MRI)",
        """
RADIOLOGY REQUEST -- MRI lumbar spine
Patient {adpn1.full}   MRN {admrn1}   DOB {adborn1.iso}
Clinical question: [[cauda equina]] to exclude
Implants: pacemaker serial {adsn1} -- [[MR conditional]]
Requested by {adpn2.first_last} (bleep 4471), {adwhen1.iso}
""",
    ),
    _t(
        "radiology-dx",
        "radiology request (plain film, ward)",
        """
XR REQ {adref1} | {adpn1.caps_last_first} | {admrn1} | age {adold1}
[[XR chest PA]] -- ?[[aspiration pneumonia]]
Mobility: trolley. Requester {adpn2.initials_nodot_last}.
""",
    ),
    _t(
        "claim-dental",
        "insurance claim (dental)",
        """
DENTAL CLAIM FORM
Member: {adpn1.full}   Member ID {adpol1}
Patient DOB {adborn1.mdy}
Provider: {adpn2.full}, licence {adlic1}
Treatment: [[root canal treatment]] tooth 36; date of service {adwhen1.mdy}
Claim no. {adclm1}
""",
    ),
    _t(
        "claim-motor",
        "insurance claim (motor)",
        """
Motor claim first notification -- claim {adclm1}
Policyholder {adpn1.full}, policy {adpol1}
Vehicle {adveh1} / VIN {advin1}
Third party: {adpn2.full}, {adtel1}, reg {adveh2}
Location: [[M6 junction 16]] on {adwhen1.long}
Dashcam file {adface1}
""",
    ),
    _t(
        "kyc-review",
        "KYC review",
        """
KYC PERIODIC REVIEW -- client {adref1}
Name: {adpn1.full}   Also known as: {adpn1.latin}
DOB {adborn1.iso}; nationality per passport {adpass1}
Residential address verified against [[utility bill]] dated {adwhen1.iso}: {adhome1}
Source of wealth: [[sale of business]]
PEP screening: no match. Reviewer {adpn2.initial_last}.
""",
    ),
    _t(
        "kyc-corp",
        "KYC review (corporate beneficial owner)",
        """
UBO declaration (beneficial owners)
Entity: [[Harbourline Holdings Ltd]]
UBO 1: {adpn1.caps_full}, born {adborn1.dmy}, {adnid1.label} {adnid1}, 40%
UBO 2: {adpn2.caps_full}, born {adborn2.dmy}, {adnid2.label} {adnid2}, 35%
Registered office: {adhome1}
""",
    ),
    _t(
        "fraud-card",
        "fraud case (card not present)",
        """
FRAUD CASE {adclm1} -- card not present
Cardholder {adpn1.full}; card {adcard1}
Disputed txns from IP {adip1} on {adwhen1.iso}, device id {adsn1}
Shiping adress on orders: {adhome1} (not cardholder's)
Linked e-mail: {admail1.other}
Status: [[chargeback raised]]
""",
    ),
    _t(
        "fraud-app",
        "fraud case (application fraud)",
        """
Referral: suspected application fraud
Applicant name {adpn1.last_first}; DOB {adborn1.dmy}; {adnid1.label} {adnid1}
Mobile {adtel1} used on 6 other applications this month
Payslip supplied shows employer [[Fabrikam plc]] -- employer denies.
Investigator: {adpn2.first_last}
""",
    ),
    _t(
        "chat-bank",
        "chat transcript (bank app)",
        """
You: hi, someone called me saying they were from the bank
Ava (virtual assistant): I'm sorry to hear that. Did you share any details?
You: I gave my card number {adcard1} and my address {adhome1}
Ava: Please freeze your card now. I'm connecting you to {adpn1.first} from [[Fraud Operations]].
{adpn1.first}: Hi {adpn2.first}, can you confirm your date of birth?
You: {adborn1.dmy}
""",
    ),
    _t(
        "chat-whatsapp",
        "chat transcript (messaging export)",
        """
{adwhen1.dmy}, 21:04 - {adpn1.first_last}: did u get the [[council tax]] letter
{adwhen1.dmy}, 21:05 - {adpn2.first_last}: yes its for {adhome1.street}, ref {adacct1}
{adwhen1.dmy}, 21:07 - {adpn1.first_last}: my new number btw {adtel1}
""",
    ),
    _t(
        "hr-leave-de",
        "HR leave request (German)",
        """
Urlaubsantrag
Name: {adpn1.last}, {adpn1.first}   Personalnummer {adref1}
Zeitraum: {adwhen1.dot} bis {adwhen2.dot}
Art: [[Erholungsurlaub]]
Vertretung: {adpn2.first_last}
""",
        ("de_DE", "de_CH"),
    ),
    _t(
        "clin-pl",
        "clinical note (Polish outpatient)",
        """
KARTA PORADY AMBULATORYJNEJ
Pacjent: {adpn1.full}, PESEL {adnid1.pl}
Adres: {adhome1}
Rozpoznanie: [[nadciśnienie tętnicze]] (I10)
Zalecenia: [[amlodypina 5 mg]] 1x1. Kontrola {adwhen1.pl}
Lekarz: {adpn2.full}, nr PWZ {adlic1}
""",
        ("pl_PL",),
        ("PL",),
    ),
    _t(
        "discharge-in",
        "discharge summary (India)",
        """
DISCHARGE SUMMARY
Name: {adpn1.caps_full}  UHID: {admrn1}
Aadhaar: {adnid1.in}
Address: {adhome1}
Diagnosis: [[dengue fever]] with thrombocytopenia
Attendant: {adpn2.full} ({adtel1})
""",
        ("en_IN", "hi_IN"),
        ("IN",),
    ),
    _t(
        "kyc-br",
        "KYC review (Brazil)",
        """
Cadastro de cliente -- revisão
Nome: {adpn1.full}
CPF: {adnid1.br}
Nascimento: {adborn1.dmy}
Endereço: {adhome1}
Renda comprovada por [[holerite]]
""",
        ("pt_BR",),
        ("BR",),
    ),
    _t(
        "fraud-sim",
        "fraud case (SIM swap)",
        """
Case {adclm1}: SIM swap followed by account takeover
Victim {adpn1.full}, MSISDN {adtel1.intl}, IMEI before/after {adimei1} / {adimei2}
Login from {adip1} at {adwhen1.stamp}, new payee {adiban1}
[[Confirmation of Payee]] returned no match.
""",
    ),
    _t(
        "clin-he",
        "clinical note (Hebrew clinic)",
        """
סיכום ביקור
שם המטופל: {adpn1.full} ({adpn1.latin})
ת.ז.: {adnid1.il}
תאריך: {adwhen1.dot}
אבחנה: [[דלקת גרון]]
""",
        ("he_IL",),
        ("IL",),
    ),
    _t(
        "radiology-ct-fr",
        "radiology request (French CT)",
        """
DEMANDE D'EXAMEN -- SCANNER THORACIQUE
Patient : {adpn1.caps_last} {adpn1.first}, né(e) le {adborn1.dmy}
N° de sécu : {adnid1.fr}
Indication : [[embolie pulmonaire]] ?
Médecin demandeur : Dr {adpn2.last}, tél. {adtel1}
""",
        ("fr_FR",),
        ("FR",),
    ),
    _t(
        "claim-health-ko",
        "insurance claim (Korean health)",
        """
보험금 청구서
피보험자: {adpn1.full}
주민등록번호: {adnid1.kr}
진료일: {adwhen1.ko}
병원: [[서울대학교병원]]
계좌: {adacct1}
""",
        ("ko_KR",),
        ("KR",),
    ),
    _t(
        "chat-support-uk",
        "chat transcript (energy supplier, Ukrainian customer)",
        """
Клієнт {adpn1.full}: Добрий день, мій рахунок {adacct1}
Agent {adpn2.first}: Hello! I can help in English, is that OK?
Клієнт {adpn1.full}: yes. I move from {adhome1.street} on {adwhen1.dmy}
Agent {adpn2.first}: Noted. Your [[final bill]] will go to {admail1}.
""",
        ("uk_UA",),
    ),
]

MORE = [
    _t(
        "school-trip",
        "school trip consent",
        """
School trip consent -- [[Year 8 geography field trip]]
Pupil: {adpn1.first_last}   DOB {adborn1.dmy}
Parent/carer: {adpn2.full}, {adtel1}
Medical: [[asthma]], carries [[salbutamol inhaler]]
""",
    ),
    _t(
        "vehicle-v5",
        "vehicle registration certificate",
        """
REGISTRATION CERTIFICATE
Registration mark {adveh1}   VIN/Chassis {advin1}
Registered keeper: {adpn1.caps_full}
Address: {adhome1.caps}
Date of first registration {adwhen1.dmy}   Body type [[HATCHBACK]]
""",
    ),
    _t(
        "gym-member",
        "gym membership record",
        """
Member {adref1}: {adpn1.first_last}
Emergency contact: {adpn2.first} {adtel1}
Entry by fingerprint template {adbio1}
Direct debit {adiban1}
Plan [[Off-Peak]] since {adwhen1.iso}
""",
    ),
    _t(
        "library-notice",
        "library overdue notice",
        """
Dear {adpn1.first_last},
The following item is overdue: [[The Remains of the Day]]
Borrower card {adacct1}. Please return it to the {adtwn1} branch.
""",
    ),
    _t(
        "court-summons",
        "court summons",
        """
SUMMONS -- Case no. {adclm1}
Defendant: {adpn1.caps_full}, born {adborn1.dmy}, of {adhome1}
You must attend {adtwn1} [[Magistrates' Court]] on {adwhen1.long} at 10:00.
Issued by {adpn2.initial_last}, Legal Adviser
""",
    ),
    _t(
        "donation",
        "charity gift aid declaration",
        """
Gift Aid declaration
Title [[Mx]]  First name {adpn1.first}  Surname {adpn1.last}
Home address {adhome1}   Postcode {adzip1}
I want to Gift Aid my donation of 50.00 made on {adwhen1.dmy}.
""",
    ),
    _t(
        "vet-record",
        "veterinary record",
        """
Pet: [[Biscuit]] (Labrador), microchip {adsn1}
Owner: {adpn1.last_first}, {adtel1}, {adhome1}
Vaccinated {adwhen1.dmy} by {adpn2.first_initial}
""",
    ),
    _t(
        "voter-reg",
        "electoral registration form",
        """
HOUSEHOLD ENQUIRY FORM -- {adhome1}
Resident 1: {adpn1.full}, nationality [[British]], {adnid1.label} {adnid1}
Resident 2: {adpn2.full}, aged {adold1}
Signed {adwhen1.dmy}
""",
    ),
    _t(
        "ng-bank",
        "account opening form (Nigeria)",
        """
ACCOUNT OPENING FORM
Surname: {adpn1.caps_last}
Other names: {adpn1.first}
Phone: {adtel1}   Email: {admail1}
Residential address: {adhome1}
Date of birth: {adborn1.dmy}   [[BVN]] to be verified
""",
        ("en_NG", "yo_NG", "ig_NG"),
    ),
    _t(
        "vi-utility",
        "Vietnamese water bill",
        """
HÓA ĐƠN TIỀN NƯỚC
Khách hàng: {adpn1.full}
Địa chỉ: {adhome1}
Mã khách hàng: {adacct1}
Kỳ: {adwhen1.dmy}  [[Sinh hoạt]]
""",
        ("vi_VN",),
    ),
    _t(
        "ar-rental",
        "Arabic car rental contract",
        """
عقد تأجير سيارة رقم {adref1}
المستأجر: {adpn1.full} ({adpn1.latin})
رقم الجواز: {adpass1}
رقم اللوحة: {adveh1}
التاريخ: {adwhen1.hijri}
[[تأمين شامل]]
""",
        ("ar_SA", "ar_AE", "ar_EG"),
    ),
    _t(
        "zh-tw-lease",
        "Taiwanese lease",
        """
房屋租賃契約書
出租人: {adpn1.full}
承租人: {adpn2.full} ({adpn2.latin})
租賃地址: {adhome1}
簽約日期: {adwhen1.roc}
[[押金兩個月]]
""",
        ("zh_TW",),
    ),
    _t(
        "fi-tax",
        "Finnish tax card",
        """
VEROKORTTI
{adpn1.full}
Henkilötunnus {adnid1.fi}
{adhome1}
Voimassa alkaen {adwhen1.dot}  [[ennakonpidätysprosentti]] 21,5
""",
        ("fi_FI",),
        ("FI",),
    ),
    _t(
        "ca-sin",
        "Canadian employment form",
        """
TD1 -- Personal Tax Credits Return
Last name {adpn1.last}   First name and initial(s) {adpn1.first}
Social insurance number {adnid1.ca}
Address {adhome1}
Date of birth (YYYY/MM/DD) {adborn1.ymd_slash}
[[Basic personal amount]] claimed
""",
        ("en_CA", "fr_CA"),
        ("CA",),
    ),
    _t(
        "za-id-lease",
        "South African lease (FICA)",
        """
FICA documents received for {adpn1.full}
SA ID number: {adnid1.za}
Proof of residence: {adhome1}
Bank: {adacct1}
Recieved {adwhen1.iso} -- [[certified copy]]
""",
        ("zu_ZA", "en_US"),
        ("ZA",),
    ),
]

MORE += [
    _t(
        "dk-flyt",
        "Danish change of address",
        """
Flytteanmeldelse
Navn: {adpn1.full}
CPR-nummer: {adnid1.dk}
Ny adresse: {adhome1}
Flyttedato: {adwhen1.dot}   [[Borgerservice]]
""",
        ("da_DK",),
        ("DK",),
    ),
    _t(
        "no-lonn",
        "Norwegian salary slip",
        """
LØNNSSLIPP  {adwhen1.dot}
Ansatt: {adpn1.last_first}
Fødselsnummer: {adnid1.no}
Kontonummer: {adacct1}
Skattetrekk etter [[tabell 7100]]
""",
        ("no_NO",),
        ("NO",),
    ),
    _t(
        "ro-contract",
        "Romanian utility contract",
        """
CONTRACT DE FURNIZARE GAZE NATURALE nr. {adref1}
Client: {adpn1.caps_full}, CNP {adnid1.ro}
Domiciliu: {adhome1}
Cod loc de consum: {adacct1}  [[tarif reglementat]]
""",
        ("ro_RO",),
        ("RO",),
    ),
    _t(
        "cz-najem",
        "Czech tenancy agreement",
        """
NÁJEMNÍ SMLOUVA
Pronajímatel: {adpn1.full}
Nájemce: {adpn2.full}, r.č. {adnid1.cz}
Předmět nájmu: byt 2+1, {adhome1}
Nájem od {adwhen1.dot}  [[kauce]] ve výši dvou nájmů
""",
        ("cs_CZ", "sk_SK"),
        ("CZ",),
    ),
    _t(
        "bg-smetka",
        "Bulgarian electricity account",
        """
Сметка за електроенергия
Клиент: {adpn1.full} ({adpn1.latin})
ЕГН: {adnid1.bg}
Адрес: {adhome1}
Клиентски номер: {adacct1}  [[нощна тарифа]]
""",
        ("bg_BG",),
        ("BG",),
    ),
    _t(
        "lt-pensija",
        "Lithuanian pension notice",
        """
Pranešimas apie pensiją
{adpn1.full}, a.k. {adnid1.lt}
{adhome1}
Mokama nuo {adwhen1.iso} į sąskaitą {adiban1}  [[Sodra]]
""",
        ("lt_LT",),
        ("LT",),
    ),
    _t(
        "ch-ahv",
        "Swiss pension fund certificate",
        """
Vorsorgeausweis {adwhen1.dot}
Versicherte Person: {adpn1.first_last}
AHV-Nr. {adnid1.ch}
Geburtsdatum {adborn1.dot}
[[Altersguthaben]] per Stichtag gemäss Reglement
""",
        ("de_CH", "fr_CH", "it_CH"),
        ("CH",),
    ),
    _t(
        "at-meldezettel",
        "Austrian registration form",
        """
Meldezettel
Familienname: {adpn1.caps_last}
Vorname: {adpn1.first}
SVNR: {adnid1.at}
Unterkunft: {adhome1}
[[Hauptwohnsitz]] ja
""",
        ("de_AT",),
        ("AT",),
    ),
    _t(
        "be-loyer",
        "Belgian lease registration",
        """
Enregistrement du bail -- {adwhen1.fr}
Locataire : {adpn1.full}, registre national {adnid1.be}
Bien loué : {adhome1}
[[Précompte immobilier]] à charge du bailleur
""",
        ("fr_BE", "nl_BE"),
        ("BE",),
    ),
    _t(
        "is-leiga",
        "Icelandic rental record",
        """
Húsaleigusamningur
Leigjandi: {adpn1.full}, kt. {adnid1.is}
Íbúð: {adhome1}
Hefst {adwhen1.dot}  [[Húsnæðisbætur]]
""",
        ("is_IS",),
        ("IS",),
    ),
    _t(
        "pt-recibo",
        "Portuguese rent receipt",
        """
Recibo de renda eletrónico n.º {adref1}
Senhorio: {adpn1.full}, NIF {adnid1.pt}
Inquilino: {adpn2.full}
Local arrendado: {adhome1}
Data: {adwhen1.pt}  [[Autoridade Tributária]]
""",
        ("pt_PT",),
        ("PT",),
    ),
    _t(
        "hr-racun",
        "Croatian utility bill",
        """
RAČUN za vodne usluge
Korisnik: {adpn1.full}, OIB {adnid1.hr}
Adresa: {adhome1}
Poziv na broj: {adacct1}  [[naknada za razvoj]]
""",
        ("hr_HR",),
        ("HR",),
    ),
    _t(
        "ie-pps",
        "Irish pension application",
        """
State Pension (Contributory) application
Name: {adpn1.first_last}   PPSN: {adnid1.ie}
Address: {adhome1}, Eircode {adzip1}
Date of birth: {adborn1.dmy}   [[Class A PRSI]] contributions
""",
        ("en_IE", "ga_IE"),
        ("IE",),
    ),
    _t(
        "au-tfn",
        "Australian tax file number declaration",
        """
TFN declaration
1 Tax file number: {adnid1.au}
2 Name: {adpn1.caps_last}, {adpn1.first}
4 Home address: {adhome1}
7 Date of birth: {adborn1.dmy}   [[resident for tax purposes]]
""",
        ("en_AU",),
        ("AU",),
    ),
    _t(
        "nz-ird",
        "New Zealand payroll onboarding",
        """
IR330 tax code declaration
Full name {adpn1.full}
IRD number {adnid1.nz}
Tax code [[M SL]]
Start date {adwhen1.dmy}
""",
        ("en_NZ",),
        ("NZ",),
    ),
    _t(
        "mx-curp",
        "Mexican lease guarantor form",
        """
FORMATO DE AVAL
Nombre: {adpn1.caps_full}
CURP: {adnid1.mx}
Domicilio: {adhome1}
Teléfono: {adtel1}  [[inmueble libre de gravamen]]
""",
        ("es_MX",),
        ("MX",),
    ),
    _t(
        "cl-rut",
        "Chilean electricity bill",
        """
BOLETA ELECTRÓNICA N° {adref1}
Cliente: {adpn1.full}   RUT {adnid1.cl}
Suministro en: {adhome1}
Vencimiento: {adwhen1.es}  [[tarifa BT1]]
""",
        ("es_CL",),
        ("CL",),
    ),
    _t(
        "us-ssn-lease",
        "US rental application",
        """
RENTAL APPLICATION
Applicant {adpn1.first_last}   SSN {adssn1}   DOB {adborn1.mdy}
Current address {adhome1}
Employer [[Tailspin Toys]]; monthly income 5,400
Previous landlord {adpn2.full}, {adtel1}
Applicant e-mail (as given by phone): {admail1.spoken}
""",
        ("en_US",),
    ),
]

TEMPLATES: list[Template] = [*UTILITIES, *TRAVEL, *PROPERTY, *PAYROLL, *RESEARCH, *MACHINE]
TEMPLATES += [*ISSUE, *MORE]

LOCALES = (
    "en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "en_PH", "en_NG", "en_KE",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CA", "fr_CH", "it_IT", "es_ES", "es_MX",
    "es_AR", "es_CL", "es_CO", "pt_BR", "pt_PT", "nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK",
    "hu_HU", "ro_RO", "bg_BG", "hr_HR", "sl_SI", "sv_SE", "no_NO", "da_DK", "fi_FI", "et_EE",
    "lt_LT", "lv_LV", "el_GR", "tr_TR", "ru_RU", "uk_UA", "he_IL", "ar_SA", "fa_IR", "hi_IN",
    "th_TH", "vi_VN", "id_ID", "ja_JP", "ko_KR", "zh_CN", "zh_TW", "ka_GE", "hy_AM", "az_AZ",
    "fil_PH", "sq_AL", "mt_MT", "ga_IE", "lb_LU",
)  # fmt: skip

SPLIT = Split(
    name="heldout_ad",
    templates=TEMPLATES,
    seeds=range(84450001, 84450401),
    locales=[(loc, 1) for loc in LOCALES],
    name_countries=("PL", "TR", "IN", "NG"),  # unused: AD draws its people in ad_forms
    id_countries=COUNTRIES,
    shapes={
        "mrn": ("AD-M#######",),
        "plan": ("ADP########",),
        "claim": ("ADC-######",),
        "account": ("AD########",),
        "licence": ("ADL?######",),
        "reg": ("ADR######",),
        "cert": ("ADX######",),
        "serial": ("ADS##########",),
    },
    date_formats=("%d %b %Y",),
)

# HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i): the slots that write each of the 18 classes.
AD_SAFE_HARBOR: dict[str, tuple[str, ...]] = {
    "A names": ("adpn",),
    "B geographic subdivisions smaller than a state": ("adtwn", "adhome", "adzip", "adgps"),
    "C all elements of dates (except year) directly related to an individual, and ages over 89": (
        "adwhen", "adborn", "adold",
    ),
    "D telephone numbers": ("adtel",),
    "E fax numbers": ("adfx",),
    "F electronic mail addresses": ("admail",),
    "G social security numbers": ("adssn", "adnid"),
    "H medical record numbers": ("admrn",),
    "I health plan beneficiary numbers": ("adpol",),
    "J account numbers": ("adacct", "adiban", "adcard"),
    "K certificate/license numbers": ("adlic", "adpass"),
    "L vehicle identifiers and serial numbers, including license plate numbers": (
        "adveh", "advin",
    ),
    "M device identifiers and serial numbers": ("adsn", "adimei"),
    "N web universal resource locators (URLs)": ("adweb",),
    "O internet protocol (IP) address numbers": ("adip",),
    "P biometric identifiers, including finger and voice prints": ("adbio",),
    "Q full face photographic images and any comparable images": ("adface",),
    "R any other unique identifying number, characteristic, or code": (
        "adref", "adpnr", "adclm", "admac",
    ),
}  # fmt: skip
