# Log lines, JSON bodies and escaped XML payloads are one line in the documents they copy.
# ruff: noqa: E501
"""Split AB (written in session 43): civil registration, property and inheritance,
recruitment and telecoms, beside ordinary forms and prose, in many languages and scripts.

Written from the identifier classes and real-world conventions by a separate author; held
out in session 45 (run once after the freeze), DEV-side (tuned on) since. Values come from ab_forms.py (AB_SLOTS); dates count back
from AB_TODAY, never from the clock. Seeds 84430001-84430400.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.ab_forms import AB_TODAY
from resources.synthetic.redaction_eval.generator import Split, Template

__all__ = ["AB_TODAY", "SPLIT", "TEMPLATES"]


def _t(tid: str, doc_type: str, locales: str, text: str) -> Template:
    return Template(
        id=f"ab-{tid}",
        doc_type=doc_type,
        text=text.strip("\n"),
        locales=tuple((loc, 1) for loc in locales.split()),
    )


TEMPLATES: list[Template] = []

# ---------------------------------------------------------------- civil registration
TEMPLATES += [
    _t(
        "birth-cert-gb",
        "birth certificate",
        "en_GB",
        """
CERTIFIED COPY OF AN ENTRY OF BIRTH                      GRO Index ref: {abref1}
Registration district: {abtown1}        Sub-district: {abtown2}
1. Date and place of birth: {abdate1.en_long}, {abaddr1}
2. Name and surname: {abname1.full}                3. Sex: [[Female]]
4. Name and surname of father: {abname2.full}
5. Place of birth of father: {abtown3}
6. Name and surname of mother: {abname3.full}
7. Maiden surname of mother: {abname4.caps_last}
8. Usual address (if different): {abaddr2}
9. Informant: {abname3.full}, [[Mother]]
Registered {abdate2.en_long} by {abname5.initial_last}, Registrar.   Certificate no. {abcert1}
""",
    ),
    _t(
        "birth-cert-fr",
        "birth certificate",
        "fr_FR fr_BE",
        """
EXTRAIT D'ACTE DE NAISSANCE (avec filiation)
Acte n° {abref1}
Le {abdate1.long_fr}, à {abtown1}, est né(e) {abname1.caps_last_space_first}, [[de sexe masculin]],
de {abname2.first_last}, né le {abdob1.dmy} à {abtown2},
et de {abname3.first_last}, domiciliés {abaddr1}.
Mentions marginales : [[néant]]
Délivré le {abdate2.dmy} par l'officier de l'état civil, {abname4.initial_last}
N° sécurité sociale de l'enfant (si attribué) : {abnat1.fr}
""",
    ),
    _t(
        "birth-cert-mx",
        "birth certificate",
        "es_MX",
        """
ESTADOS UNIDOS MEXICANOS - ACTA DE NACIMIENTO
Entidad de registro: {abtown1}   Libro: {abref1}   Acta: {abcert1}
CURP: {abnat1.mx}
Nombre(s): {abname1.first}   Primer apellido: {abname1.last}
Fecha de nacimiento: {abdate1.long_es}   Lugar: {abtown2}
Datos de la madre: {abname2.caps}, CURP {abnat2.mx}
Datos del padre: {abname3.caps}
Testigos: {abname4.full}; {abname5.full}
[[Se expide la presente para los fines legales que procedan.]]
""",
    ),
    _t(
        "birth-register-de",
        "birth register entry",
        "de_DE de_AT",
        """
Geburtenregister Nr. {abref1}                                   Standesamt {abtown1}
{abname1.last_first} -- geboren am {abdate1.de_long} in {abtown1}
Geschlecht: [[männlich]]
Mutter: {abname2.full}, geb. {abname3.last}, wohnhaft {abaddr1}
Vater:  {abname4.full}, Steuer-ID {abnat1.de}
Beurkundet am {abdate2.dots}.  Die Standesbeamtin: {abname5.initial_last}
""",
    ),
    _t(
        "birth-register-gb-fixed",
        "birth register entry",
        "en_GB en_IE",
        """
GRO BIRTHS INDEX EXTRACT (fixed width)          printed {abdate3.iso}
SURNAME         FORENAMES            MOTHER'S MAIDEN  DISTRICT        REG DATE   ENTRY
{abname1.caps_last}  {abname1.first}  {abname2.caps_last}  {abtown1}  {abdate1.iso}  {abref1}
{abname3.caps_last}  {abname3.first}  {abname4.caps_last}  {abtown2}  {abdate2.iso}  {abref2}
[[Index entries are not certificates.]]
""",
    ),
    _t(
        "birth-cert-jp",
        "birth certificate",
        "ja_JP",
        """
出生届（写し）
子の氏名：{abname1.cjk}　　性別：[[女]]
生まれたとき：{abdate1.jp}
生まれたところ：{abaddr1}
父の氏名：{abname2.cjk}　　母の氏名：{abname3.cjk}
届出人電話：{abtel1}
個人番号（マイナンバー）：{abnat1.jp}
受理：{abdate2.jp}　{abtown1}長
""",
    ),
    _t(
        "marriage-cert-ie",
        "marriage certificate",
        "en_IE en_GB",
        """
MARRIAGE CERTIFICATE -- Civil Registration Service
Date of marriage: {abdate1.en_long}     Place: {abaddr1}
PARTY 1: {abname1.full}, age at marriage 31, occupation [[Civil engineer]], PPS No. {abnat1.ie}
PARTY 2: {abname2.full}, previous surname {abname2.last}, address {abaddr2}
Father of party 1: {abname3.full}   Mother of party 1: {abname4.full}
Witnesses: {abname5.full} and {abname6.first_last}
Solemniser: {abname7.caps}    Registered {abdate2.dmy}, entry no. {abcert1}
""",
    ),
    _t(
        "marriage-cert-it",
        "marriage certificate",
        "it_IT",
        """
ESTRATTO PER RIASSUNTO DELL'ATTO DI MATRIMONIO
Comune di {abtown1} -- Anno {abref1}
Il giorno {abdate1.long_it} sono stati uniti in matrimonio:
{abname1.caps_last_space_first}, nato a {abtown2} il {abdob1.dots}, C.F. {abnat1.it}
e {abname2.caps_last_space_first}, nata a {abtown3} il {abdob2.dots}, C.F. {abnat2.it}
Regime patrimoniale: [[separazione dei beni]]
L'ufficiale dello stato civile: {abname3.initial_last}
""",
    ),
    _t(
        "marriage-cert-pl",
        "marriage certificate",
        "pl_PL",
        """
ODPIS SKRÓCONY AKTU MAŁŻEŃSTWA   nr aktu {abcert1}
Kierownik USC w {abtown1}
Mąż: {abname1.full}, PESEL {abnat1.pl}, urodzony {abdob1.long_pl} w {abtown2}
Żona: {abname2.full}, PESEL {abnat2.pl}, nazwisko rodowe {abname3.last}
Data zawarcia małżeństwa: {abdate1.long_pl}
Nazwisko noszone po zawarciu małżeństwa: [[wspólne]]
""",
    ),
    _t(
        "marriage-register-el",
        "marriage certificate",
        "el_GR el_CY",
        """
ΛΗΞΙΑΡΧΙΚΗ ΠΡΑΞΗ ΓΑΜΟΥ   Αριθμός πράξης: {abcert1}
Σύζυγος: {abname1.full}, ΑΜΚΑ {abnat1.gr}
Σύζυγος: {abname2.full}, ΑΜΚΑ {abnat2.gr}
Ημερομηνία τελέσεως: {abdate1.dots}   Τόπος: {abtown1}
Διεύθυνση: {abaddr1}   Τηλ. {abtel1}
Είδος γάμου: [[πολιτικός]]
""",
    ),
    _t(
        "civil-partnership-gb",
        "civil partnership certificate",
        "en_GB",
        """
CIVIL PARTNERSHIP CERTIFICATE          Certificate no: {abcert1}
Formation of civil partnership at {abaddr1} on {abdate1.en_long}
Partner 1: {abname1.caps_last_first} | Date of birth {abdob1.dmy} | [[Occupation: Pharmacist]]
Partner 2: {abname2.caps_last_first} | Date of birth {abdob2.dmy} | Occupation: Teacher
Witnessed by {abname3.full}, {abname4.full}
Registrar {abname5.initial_last}; Superintendent Registrar {abname6.initial_last}
""",
    ),
    _t(
        "civil-partnership-nl",
        "civil partnership certificate",
        "nl_NL nl_BE",
        """
AKTE VAN REGISTRATIE VAN EEN PARTNERSCHAP   aktenummer {abcert1}
Op {abdate1.long_nl} is te {abtown1} een [[geregistreerd partnerschap]] aangegaan door:
1. {abname1.full}, geboren {abdob1.dash}, BSN {abnat1.nl}, wonende {abaddr1};
2. {abname2.full}, geboren {abdob2.dash}, BSN {abnat2.nl}.
Getuigen: {abname3.last_first}; {abname4.last_first}.
De ambtenaar van de burgerlijke stand, {abname5.initials}
""",
    ),
    _t(
        "death-cert-us",
        "death certificate",
        "en_US",
        """
CERTIFICATE OF DEATH -- STATE FILE NUMBER {abref1}
1. DECEDENT'S LEGAL NAME: {abname1.caps_full}     2. SEX: M
3. SOCIAL SECURITY NUMBER: {abssn1}     4a. AGE-Last Birthday (Years): {abage1}
5. DATE OF BIRTH: {abdob1.aged_mdy}     6. BIRTHPLACE: {abtown1}
7a. RESIDENCE: {abaddr1}
16. INFORMANT'S NAME: {abname2.full}   RELATIONSHIP: [[Daughter]]
24. DATE PRONOUNCED DEAD: {abdate1.mdy}
32. PART I. Immediate cause: [[Congestive heart failure]]
Certifier: {abname3.full}, M.D., License {ablic1}   Funeral facility: {abaddr2}
""",
    ),
    _t(
        "death-cert-ru",
        "death certificate",
        "ru_RU",
        """
СВИДЕТЕЛЬСТВО О СМЕРТИ   серия {abcert1}
Гражданин(ка) {abname1.last_space_first}
дата рождения {abdob1.aged_dots}, место рождения {abtown1},
умер(ла) {abdate1.ru_long} в возрасте {abage1} лет.
Место смерти: {abtown2}
Запись акта о смерти № {abref1}
Место государственной регистрации: [[Отдел ЗАГС]]
ИНН умершего: {abnat1.ru}.  Дата выдачи {abdate2.dots}
""",
    ),
    _t(
        "death-cert-br",
        "death certificate",
        "pt_BR",
        """
CERTIDÃO DE ÓBITO   Matrícula {abref1}
Nome: {abname1.caps}   CPF: {abnat1.br}
Data do falecimento: {abdate1.dmy}   Local: {abaddr1}
Causa da morte: [[insuficiência respiratória aguda]]
Declarante: {abname2.full}, tel. {abtel1}
Médico: {abname3.full}, CRM {ablic1}
Sepultamento em {abtown1}
""",
    ),
    _t(
        "death-register-se",
        "death register extract",
        "sv_SE",
        """
Personbevis -- Dödsfall
Personnummer: {abnat1.se}   Namn: {abname1.last_first}
Avliden: {abdate1.iso}   Folkbokföringsort: {abtown1}
Senaste adress: {abaddr1}
Civilstånd: [[änka]]   Efterlevande make/maka: —
Anhörig: {abname2.full}, tfn {abtel1}
""",
    ),
    _t(
        "death-register-fi",
        "death register extract",
        "fi_FI",
        """
VÄESTÖTIETOJÄRJESTELMÄN OTE -- KUOLINTIEDOT
Henkilötunnus: {abnat1.fi}
Sukunimi: {abname1.last}   Etunimet: {abname1.first}
Kuolinpäivä: {abdate1.dots}   Kuolinkunta: {abtown1}
Viimeisin osoite: {abaddr1}
Omaiset: {abname2.full} (puoliso), {abname3.full}
[[Ote on annettu perunkirjoitusta varten.]]
""",
    ),
    _t(
        "death-notice-registry-th",
        "death certificate",
        "th_TH",
        """
ใบมรณบัตร  เลขที่ {abcert1}
ชื่อผู้ตาย {abname1.full}  เลขประจำตัวประชาชน {abnat1.th}
อายุ {abage1} ปี  ตายเมื่อวันที่ {abdate1.th_be}
สถานที่ตาย {abaddr1}
สาเหตุการตาย [[ชราภาพ]]
ผู้แจ้ง {abname2.full}  โทร {abtel1}
""",
    ),
    _t(
        "cert-order-form",
        "certificate order form",
        "en_GB en_AU en_NZ",
        """
Online order: copy of a death certificate          Order {abref1}
Applicant: {abname1.first_last}   e-mail {abmail1}   phone {abtel1}
Deceased: {abname2.last_first}, died {abdate1.dmy} in {abtown1}
Applicant's relationship: [[Grandchild]]
Delivery address: {abaddr1}
Paid by card {abcard1.masked}; IP of order {abip1}
""",
    ),
    _t(
        "certificate-xml-escaped",
        "civil registry export",
        "nl_NL de_DE en_GB",
        """
2026-11-30T08:14:55Z INFO register.sync payload=&lt;Registration type="death"&gt;&lt;Person&gt;&lt;Name&gt;{abname1.full}&lt;/Name&gt;&lt;BirthDate&gt;{abdob1.iso}&lt;/BirthDate&gt;&lt;DeathDate&gt;{abdate1.iso}&lt;/DeathDate&gt;&lt;Place&gt;{abtown1}&lt;/Place&gt;&lt;/Person&gt;&lt;Informant&gt;{abname2.full}&lt;/Informant&gt;&lt;Ref&gt;{abref1}&lt;/Ref&gt;&lt;Status&gt;[[accepted]]&lt;/Status&gt;&lt;/Registration&gt;
""",
    ),
    _t(
        "adoption-record-ko",
        "adoption record",
        "ko_KR",
        """
입양신고서 사본
양자: {abname1.cjk}  주민등록번호 {abnat1.kr}
양부: {abname2.cjk}  양모: {abname3.cjk}
신고일: {abdate1.ko}
주소: {abaddr1}
연락처: {abtel1}
[[가정법원 허가서 첨부]]
""",
    ),
    _t(
        "residence-registration-de",
        "residence registration",
        "de_DE de_CH",
        """
Meldebestätigung nach § 24 Abs. 2 BMG
Name: {abname1.caps_last}, Vorname: {abname1.first}
Geburtsdatum: {abdob1.dots}   Geburtsort: {abtown1}
Einzugsdatum: {abdate1.dots}   Neue Wohnung: {abaddr1}
Art der Wohnung: [[Hauptwohnung]]
Wohnungsgeber: {abname2.full}, Tel. {abtel1}
""",
    ),
]

# ---------------------------------------------------------------- property and inheritance
TEMPLATES += [
    _t(
        "will-gb",
        "will",
        "en_GB en_AU",
        """
THIS IS THE LAST WILL AND TESTAMENT of me {abname1.caps_full} of {abaddr1}
1. I REVOKE all former wills and codicils.
2. I APPOINT my daughter {abname2.full} of {abaddr2} and my solicitor {abname3.full}
   (SRA no. {ablic1}) to be my executors and trustees.
3. I GIVE my property known as {abaddr3} (title number {abtitle1}) to {abname4.first_last}.
4. I GIVE [[the residue of my estate]] to my grandchildren in equal shares.
SIGNED by the testator on {abdate1.en_long} in our presence:
Witness 1: {abname5.full}, {abaddr4}        Witness 2: {abname6.full}
""",
    ),
    _t(
        "will-de",
        "will",
        "de_DE de_AT de_CH",
        """
Mein Testament
Ich, {abname1.full}, geboren am {abdob1.dots} in {abtown1}, wohnhaft {abaddr1},
setze hiermit meine Nichte {abname2.full} zu meiner [[Alleinerbin]] ein.
Mein Konto {abiban1.de} bei der Sparkasse soll {abname3.first_last} als Vermächtnis erhalten.
Zum Testamentsvollstrecker bestimme ich {abname4.full}.
{abtown1}, den {abdate1.de_long}
gez. {abname1.first_last}
""",
    ),
    _t(
        "will-codicil-us",
        "will",
        "en_US en_CA",
        """
FIRST CODICIL TO THE LAST WILL OF {abname1.caps}
I, {abname1.full}, being {abage1} years of age and of sound mind, amend my Will dated
{abdate1.us_long} as follows: Article III is revoked; my 2019 vehicle, VIN {abveh1.vin},
passes to {abname2.full}. [[All other provisions remain in full force.]]
Executed {abdate2.us_long}. Notary: {abname3.full}, commission no. {ablic1}, expires {abdate3.mdy}
""",
    ),
    _t(
        "probate-application-gb",
        "probate application",
        "en_GB",
        """
Apply for probate -- application reference {abcase1}
Deceased: {abname1.last_first_middle}  Date of death: {abdate1.dmy}  Date of birth: {abdob1.dmy}
Last permanent address: {abaddr1}
Did the person leave a will? Yes -- original will dated {abdate2.dmy}
Applicant (executor): {abname2.full}, {abaddr2}, {abmail1}, {abtel1}
Gross value of estate: [[under the inheritance tax threshold]]
Statement of truth signed online from IP {abip1} on {abdate3.dmy}
""",
    ),
    _t(
        "grant-of-probate",
        "grant of probate",
        "en_GB en_IE",
        """
IN THE HIGH COURT OF JUSTICE -- The Principal Registry of the Family Division
BE IT KNOWN that {abname1.caps_full} of {abaddr1} died on {abdate1.en_long} domiciled in
[[England and Wales]]. AND BE IT FURTHER KNOWN that at the date hereunder the last Will
was proved and registered and Administration granted to {abname2.full} of {abaddr2}, the
executor named in the said Will.       Dated {abdate2.en_long}.   Grant no. {abcase1}
""",
    ),
    _t(
        "letters-administration-au",
        "estate administration account",
        "en_AU en_NZ",
        """
ESTATE OF THE LATE {abname1.caps}  -- Administration account  (Supreme Court ref {abcase1})
Administrator: {abname2.full}, {abaddr1}, mobile {abtel1}
Receipts
  Bank account {abacct1} closed {abdate1.dmy} ............ 48,211.07
  Sale of {abaddr2} settled {abdate2.dmy} ........ 712,000.00
Payments
  Funeral director invoice (paid to {abname3.full}) ......... 9,850.00
  [[Legal costs]] .................................................. 6,140.00
Distribution: {abname4.full} one half; {abname5.full} one half (TFN {abnat1.au})
""",
    ),
    _t(
        "inheritance-certificate-pl",
        "inheritance certificate",
        "pl_PL",
        """
AKT POŚWIADCZENIA DZIEDZICZENIA   Repertorium A nr {abref1}
Notariusz {abname1.full} w {abtown1} poświadcza, że spadek po
{abname2.full} (PESEL {abnat1.pl}), zmarłym dnia {abdate1.long_pl} w {abtown2},
ostatnio zamieszkałym {abaddr1}, na podstawie ustawy nabyli:
żona {abname3.full} oraz syn {abname4.full} -- [[po 1/2 części każde z nich]].
""",
    ),
    _t(
        "succession-fr",
        "notarial deed",
        "fr_FR fr_CH fr_BE",
        """
ACTE DE NOTORIÉTÉ -- Étude de Maître {abname1.full}, notaire à {abtown1}
L'AN DEUX MILLE VINGT-SIX, le {abdate1.long_fr},
A COMPARU : {abname2.caps_last_space_first}, demeurant {abaddr1},
Lequel a déclaré que {abname3.caps_last_space_first}, né(e) le {abdob1.dmy} à {abtown2},
N° de sécurité sociale {abnat1.fr}, est décédé(e) le {abdate2.dmy},
laissant pour [[seuls héritiers]] ses enfants {abname4.first_last} et {abname5.first_last}.
Référence dossier : {abref1}  -- Tél. de l'étude {abtel1}
""",
    ),
    _t(
        "escritura-es",
        "notarial deed",
        "es_ES es_AR",
        """
ESCRITURA DE COMPRAVENTA  -- Número {abref1} de protocolo
En {abtown1}, a {abdate1.long_es}. Ante mí, {abname1.full}, Notario del Ilustre Colegio,
COMPARECEN: De una parte, {abname2.caps}, mayor de edad, con DNI {abnat1.es}, domiciliado en
{abaddr1}. De otra parte, {abname3.caps}, con DNI {abnat2.es}.
EXPONEN: Que la parte vendedora es dueña de la finca registral {abtitle1}, sita en {abaddr2}.
El precio se abona mediante transferencia a la cuenta {abiban1.es}. [[Libre de cargas.]]
""",
    ),
    _t(
        "akte-nl",
        "notarial deed",
        "nl_NL",
        """
LEVERING REGISTERGOED -- Kenmerk: {abref1}
Heden, {abdate1.long_nl}, verschenen voor mij, mr. {abname1.full}, notaris te {abtown1}:
1. {abname2.full}, geboren te {abtown2} op {abdob1.dash}, BSN {abnat1.nl}, hierna: [[verkoper]];
2. {abname3.full}, wonende {abaddr1}, hierna: koper.
Kadastraal bekend gemeente {abtown1}, sectie en nummer {abtitle1}.
Koopsom gestort op derdengeldrekening {abiban1.nl}.
""",
    ),
    _t(
        "land-registry-gb",
        "land registry extract",
        "en_GB",
        """
Official copy of register of title        Title number {abtitle1}
Edition date {abdate1.dmy}
A: Property Register -- The Freehold land shown edged with red on the plan of the above
   title filed at the Registry and being {abaddr1}.
B: Proprietorship Register -- [[Title absolute]]
   1. ({abdate2.dmy}) PROPRIETOR: {abname1.caps_full} and {abname2.caps_full} of {abaddr2}.
   2. ({abdate2.dmy}) The price stated to have been paid on {abdate3.dmy} was £385,000.
C: Charges Register -- REGISTERED CHARGE dated {abdate3.dmy}, lender's account {abacct1}.
""",
    ),
    _t(
        "grundbuch-de",
        "land registry extract",
        "de_DE de_AT",
        """
Amtsgericht {abtown1} -- Grundbuch von {abtown2}  {abtitle1}
Bestandsverzeichnis: Flur 7, Flurstück 112/4, Gebäude- und Freifläche, {abaddr1}
Abteilung I (Eigentümer):
  1. {abname1.last_first}, geb. {abdob1.dots}
  2. {abname2.last_first}, geb. {abdob2.dots} -- [[je zur Hälfte]]
Abteilung III: Grundschuld ohne Brief zu 250.000 EUR für die Bank; eingetragen am {abdate1.dots}.
""",
    ),
    _t(
        "ksiega-wieczysta-pl",
        "land registry extract",
        "pl_PL",
        """
KSIĘGA WIECZYSTA nr {abtitle1} -- Dział II Własność
Właściciel: {abname1.caps}, PESEL {abnat1.pl}, imię ojca {abname2.first}, imię matki {abname3.first}
Podstawa nabycia: akt notarialny z dnia {abdate1.dmy}, Rep. A nr {abref1}
Położenie: {abaddr1}
[[Dział III -- brak wpisów]]
""",
    ),
    _t(
        "conveyancing-file-note",
        "conveyancing file note",
        "en_GB en_IE",
        """
FILE NOTE -- matter {abcase1}       fee earner {abname1.initials}        {abdate1.dmy}
Call from buyer {abname2.first_last} ({abtel1}): mortgage offer received, lender ref {abacct1}.
Searches back; [[no adverse entries]]. Seller's solicitors ({abname3.last}) chasing TA6.
ID check on buyer done via passport {abpass1} and utility bill for {abaddr1}.
Completion target {abdate2.dmy}. Deposit to client account {abiban1.gb}.
""",
    ),
    _t(
        "conveyancing-completion-statement",
        "completion statement",
        "en_GB",
        """
COMPLETION STATEMENT
Re: {abaddr1}    Your ref: {abcase1}
Client: {abname1.caps_last_first}            Completion date: {abdate1.en_long}
Purchase price                                     425,000.00
Less deposit paid {abdate2.dmy}                     42,500.00
Stamp Duty Land Tax                                  11,250.00
[[Balance required to complete]]                    393,750.00
Please transfer from account ending in your bank to sort code 20-45-77, a/c {abacct1}.
""",
    ),
    _t(
        "tenancy-gb",
        "tenancy agreement",
        "en_GB",
        """
Assured Shorthold Tenancy -- agreement for letting a furnished dwelling
The Landlord: {abname1.full} of {abaddr1}
The Tenant(s): {abname2.full} (date of birth {abdob1.dmy}) and {abname3.full}
The Property: {abaddr2}
The Term: 12 months commencing on {abdate1.en_long}
The Rent: £1,350 per calendar month, payable to {abiban1.gb}
The Deposit: £1,557.69, protected with [[a government-authorised scheme]] within 30 days.
Emergency contact for the tenant: {abname4.first_last}, {abtel1}
""",
    ),
    _t(
        "bail-fr",
        "tenancy agreement",
        "fr_FR fr_BE",
        """
CONTRAT DE LOCATION -- [[Logement nu, loi du 6 juillet 1989]]
Bailleur : {abname1.caps_last_space_first}, demeurant {abaddr1}, tél. {abtel1}
Locataire : {abname2.caps_last_space_first}, né(e) le {abdob1.dmy}, courriel {abmail1}
Désignation des locaux : {abaddr2}
Date de prise d'effet : {abdate1.dmy}
Dépôt de garantie : 1 200 EUR versé par virement depuis {abiban1.fr}
Garant : {abname3.full}
""",
    ),
    _t(
        "mietvertrag-de",
        "tenancy agreement",
        "de_DE de_CH",
        """
WOHNRAUMMIETVERTRAG
zwischen {abname1.full}, {abaddr1} (Vermieter)
und {abname2.full}, geboren am {abdob1.dots}, bisher wohnhaft {abaddr2} (Mieter)
§1 Mietsache: {abaddr3}, 3 Zimmer, [[Kellerabteil Nr. 4]]
§2 Mietbeginn: {abdate1.dots}
§5 Kaution: drei Nettokaltmieten, zu zahlen auf {abiban1.de}
""",
    ),
    _t(
        "deposit-certificate",
        "deposit protection certificate",
        "en_GB",
        """
DEPOSIT PROTECTION CERTIFICATE       Certificate number: {abcert1}
Deposit ID {abref1} was protected on {abdate1.dmy}.
Landlord/agent: {abname1.full}, {abmail1}
Lead tenant: {abname2.full}, {abtel1}
Tenancy address: {abaddr1}
Amount protected: £1,200.00.  [[Repayment is made at the end of the tenancy.]]
""",
    ),
    _t(
        "deposit-dispute",
        "deposit dispute form",
        "en_GB en_NZ",
        """
Deposit dispute -- adjudication case {abcase1}
Tenant: {abname1.last_first}   Landlord: {abname2.last_first}
Tenancy ended {abdate1.dmy}; property {abaddr1}
Deductions claimed: [[cleaning 180.00; carpet damage 320.00]]
Tenant evidence: photos uploaded from {abip1}; check-in report dated {abdate2.dmy}
Return any award to sort code 60-83-71, account {abacct1}
""",
    ),
    _t(
        "tenant-ledger-csv",
        "rent ledger",
        "en_US en_CA",
        """
tenant_name,unit_address,tenant_phone,lease_start,deposit_held,note
"{abname1.last_first}","{abaddr1}",{abtel1},{abdate1.iso},1800.00,[[late fee waived]]
"{abname2.last_first}","{abaddr2}",{abtel2},{abdate2.iso},2150.00,
"{abname3.last_first}","{abaddr3}",{abtel3},{abdate3.iso},1600.00,pet deposit
""",
    ),
    _t(
        "power-of-attorney-gb",
        "power of attorney",
        "en_GB",
        """
LASTING POWER OF ATTORNEY -- [[Property and financial affairs]]    LPA ref {abcase1}
Section 1 The donor: {abname1.full}, date of birth {abdob1.dmy}, {abaddr1}, {abmail1}
Section 2 The attorneys: {abname2.full} ({abdob2.dmy}); {abname3.full} ({abdob3.dmy})
Section 5 Certificate provider: {abname4.full}, {abaddr2}
Registered on {abdate1.dmy}.
""",
    ),
    _t(
        "deed-poll",
        "change of name deed",
        "en_GB en_AU",
        """
CHANGE OF NAME DEED
BY THIS DEED OF CHANGE OF NAME made by myself the undersigned {abname1.full}
of {abaddr1}, formerly known as {abname2.full}, a [[British citizen]] under section 11(1)
of the British Nationality Act 1981: I absolutely renounce my former name.
SIGNED AS A DEED on {abdate1.en_long} in the presence of {abname3.full} of {abaddr2}.
Passport to be reissued: {abpass1}
""",
    ),
]

# ---------------------------------------------------------------- genealogy, obituaries, courts
TEMPLATES += [
    _t(
        "gedcom-family",
        "GEDCOM file",
        "en_US en_GB de_DE",
        """
0 HEAD
1 SOUR FamilyTreeMaker
1 GEDC
2 VERS 5.5.1
1 CHAR UTF-8
0 @I1@ INDI
1 NAME {abname1.gedcom}
1 SEX M
1 BIRT
2 DATE {abdob1.gedcom}
2 PLAC {abtown1}
1 RESI
2 ADDR {abaddr1}
1 EMAIL {abmail1}
0 @I2@ INDI
1 NAME {abname2.gedcom}
1 SEX F
1 BIRT
2 DATE {abdob2.gedcom}
1 DEAT
2 DATE {abdate1.gedcom}
2 PLAC {abtown2}
1 NOTE [[Emigrated after the war]]
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 MARR
2 DATE {abdate2.old_gedcom}
0 TRLR
""",
    ),
    _t(
        "gedcom-living",
        "GEDCOM file",
        "en_AU en_CA fr_CA",
        """
0 @I7@ INDI
1 NAME {abname1.gedcom}
2 GIVN {abname1.first}
2 SURN {abname1.last}
1 BIRT
2 DATE {abdob1.gedcom}
1 PHON {abtel1}
1 _FSFTID {abref1}
1 OBJE
2 FILE {abphoto1}
2 TITL [[Portrait]]
0 @I8@ INDI
1 NAME {abname2.gedcom}
1 BIRT
2 DATE {abdob2.aged_gedcom}
1 NOTE Still living aged {abage1}
""",
    ),
    _t(
        "parish-register-en",
        "parish register transcription",
        "en_GB",
        """
Parish of {abtown1} -- Register of Baptisms (transcribed)
No. | When baptised | Child's Christian name | Parents' names | Abode | Quality, trade | By whom
{abref1} | {abdate1.old_en_long} | {abname1.first} | {abname2.first} & {abname3.first} {abname2.last} | {abtown2} | [[Labourer]] | {abname4.initial_last}, Curate
{abref2} | {abdate2.old_en_long} | {abname5.first} | {abname6.first} & {abname7.first} {abname6.last} | {abtown1} | Weaver | same
Transcriber's note: entry {abref2} partly illegible.
""",
    ),
    _t(
        "parish-register-pl",
        "parish register transcription",
        "pl_PL",
        """
Księga chrztów parafii w {abtown1}, rok {abref1}
Nr 41. Dnia {abdate1.old_long_pl} ochrzczono dziecię imieniem {abname1.first},
syna {abname2.first} {abname2.last}, rolnika, i {abname3.full}, [[prawowitych małżonków]].
Chrzestni: {abname4.full} i {abname5.full}.
Uwaga transkrybenta: indeks osobowy w bazie pod adresem {aburl1}
""",
    ),
    _t(
        "parish-register-la",
        "parish register transcription",
        "it_IT es_ES",
        """
Liber Baptizatorum -- {abtown1}
Anno Domini, die {abdate1.old_dots}, ego infrascriptus baptizavi infantem natum ex
{abname1.full} et {abname2.full}, coniugibus huius paroeciae, cui impositum est nomen
{abname3.first}. Patrini fuerunt {abname4.full} et {abname5.full}. [[In fidem.]]
""",
    ),
    _t(
        "family-tree-csv",
        "family tree export",
        "en_US es_MX pt_BR",
        """
id;name;born;birthplace;died;father_id;mother_id;notes
1;{abname1.full};{abdob1.iso};{abtown1};;2;3;[[living]]
2;{abname2.full};{abdob2.aged_iso};{abtown2};{abdate1.iso};;;
3;{abname3.full};{abdob3.iso};{abtown2};;;;DNA kit {abbio1}
""",
    ),
    _t(
        "family-tree-tsv-ru",
        "family tree export",
        "ru_RU uk_UA bg_BG",
        """
Имя	Дата рождения	Место	Телефон	Примечание
{abname1.last_space_first}	{abdob1.dots}	{abtown1}	{abtel1}	[[прадед по отцу]]
{abname2.last_space_first}	{abdob2.dots}	{abtown2}	-	-
{abname3.last_space_first}	{abdob3.aged_dots}	{abtown1}		возраст {abage1}
""",
    ),
    _t(
        "dna-match-report",
        "DNA match report",
        "en_US en_GB",
        """
DNA Matches for kit {abbio1} ({abname1.first_last})
Match: {abname2.first_initial}   Shared cM: 1,742   Longest segment: 89 cM   [[Predicted: first cousin]]
Match: {abname3.handle}   Shared cM: 412
Contact this match: {abmail1}
Tree link: {aburl1}
""",
    ),
    _t(
        "obituary-en",
        "obituary",
        "en_US en_CA",
        """
{abname1.caps}, {abage1}, of {abtown1}, passed away peacefully on {abdate1.us_long}
surrounded by family. Born {abdob1.aged_us_long} in {abtown2} to {abname2.full} and {abname3.full},
she worked for 34 years as a [[school librarian]]. She is survived by her son {abname4.first_last}
(Karen) and daughter {abname5.first_last}. Visitation will be held at {abaddr1}.
Condolences may be left at {aburl1}. In lieu of flowers, donations to the Alzheimer's Association.
""",
    ),
    _t(
        "obituary-gb-press",
        "obituary",
        "en_GB en_IE en_AU",
        """
{abname1.caps_last}, {abname1.first} ({abname1.first_initial}) Died peacefully at home in {abtown1}
on {abdate1.en_long}, aged {abage1}. Beloved wife of the late {abname2.first}, much loved mother
of {abname3.first} and {abname4.first}. Funeral service at St Mary's, {abtown1}, on {abdate2.en_long}
at 11am. [[Family flowers only.]] Enquiries to {abname5.full} Funeral Directors, tel. {abtel1}.
""",
    ),
    _t(
        "traueranzeige-de",
        "funeral notice",
        "de_DE de_AT de_CH",
        """
In Liebe und Dankbarkeit nehmen wir Abschied von
{abname1.full}
* {abdob1.aged_dots}    † {abdate1.dots}
In stiller Trauer: {abname2.first} und {abname3.full} mit Familie
Die Trauerfeier findet am {abdate2.de_long} um 14 Uhr in der [[Friedhofskapelle]] {abtown1} statt.
Traueradresse: {abaddr1}
""",
    ),
    _t(
        "funeral-notice-it",
        "funeral notice",
        "it_IT it_CH",
        """
È mancato all'affetto dei suoi cari
{abname1.caps}
di anni {abage1}
Ne danno il triste annuncio la moglie {abname2.first}, i figli {abname3.first} e {abname4.first}.
I funerali avranno luogo il {abdate1.long_it} alle ore 10 nella [[Chiesa parrocchiale]] di {abtown1}.
Onoranze funebri {abname5.last}, tel. {abtel1}
""",
    ),
    _t(
        "funeral-notice-nl",
        "funeral notice",
        "nl_NL nl_BE",
        """
Verdrietig, maar dankbaar voor alles wat zij voor ons betekende, delen wij mede dat
{abname1.full}
weduwe van {abname2.full}
op de leeftijd van {abage1} jaar is overleden. {abtown1}, {abdate1.long_nl}
Correspondentieadres: {abaddr1}
[[De crematie vindt plaats in besloten kring.]]
""",
    ),
    _t(
        "funeral-notice-pl",
        "funeral notice",
        "pl_PL",
        """
Z głębokim żalem zawiadamiamy, że dnia {abdate1.long_pl} zmarł
ś.p. {abname1.full}
przeżywszy {abage1} lat. Msza żałobna zostanie odprawiona w kościele w {abtown1}.
[[Pogrążona w smutku rodzina]] -- kontakt: {abname2.full}, tel. {abtel1}
""",
    ),
    _t(
        "funeral-notice-he",
        "funeral notice",
        "he_IL",
        """
בצער רב אנו מודיעים על פטירתו של
{abname1.full}
ז"ל, בגיל {abage1}
ההלוויה תתקיים ביום {abdate1.dots} בבית העלמין ב{abtown1}.
[[המשפחה יושבת שבעה]] בכתובת {abaddr1}
טלפון: {abtel1}
""",
    ),
    _t(
        "funeral-notice-ar",
        "funeral notice",
        "ar_SA ar_EG ar_JO",
        """
انتقل إلى رحمة الله تعالى
{abname1.full}
عن عمر يناهز {abage1} عاماً
وسيصلى عليه يوم {abdate1.dots} في {abtown1}
[[إنا لله وإنا إليه راجعون]]
للتواصل: {abname2.full} {abtel1}
""",
    ),
    _t(
        "funeral-director-invoice",
        "funeral director invoice",
        "en_GB en_IE",
        """
INVOICE {abref1}                        {abname1.last} & Sons Funeral Directors
To: {abname2.full}, {abaddr1}
Re: the late {abname3.full}, died {abdate1.dmy}, cremation {abdate2.dmy}
Professional services .......... 2,450.00
Coffin: [[oak veneer]] .......... 895.00
Crematorium fee ................ 1,120.00
Pay by card (ref {abcard1.masked}) or to account {abacct1}.
""",
    ),
    _t(
        "cemetery-register",
        "cemetery plot register",
        "en_US fr_CA es_AR",
        """
PLOT  | NAME                 | BORN       | INTERRED   | DEED HOLDER          | CONTACT
C-114 | {abname1.caps_last_first} | {abdob1.aged_mdy} | {abdate1.mdy} | {abname2.full} | {abtel1}
C-115 | {abname3.caps_last_first} | {abdob2.mdy} | {abdate2.mdy} | {abname2.full} | {abmail1}
[[Section C reserved for family plots.]]
""",
    ),
    _t(
        "judgment-gb-gap",
        "court judgment",
        "en_GB",
        """
Neutral Citation Number: [2026] EWHC {abcase1} (Fam)
IN THE MATTER OF THE ESTATE OF A.B. (DECEASED)
Before: {abname1.caps}   Between: C.D. (Claimant) and E.F. (Defendant)
1. The claimant, the deceased's daughter, seeks [[reasonable financial provision]] under the 1975 Act.
2. The deceased, {abname2.full}, died on {abdate1.en_long} at her home, {abaddr1}.
3. The defendant's evidence, including e-mails sent from {abmail1}, is considered below.
(Anonymisation gap: paragraph 2 names the deceased in full.)
""",
    ),
    _t(
        "judgment-de-gap",
        "court judgment",
        "de_DE de_AT",
        """
LANDGERICHT {abtown1} -- Urteil  Az. {abcase1}
In dem Rechtsstreit des Herrn K. (Kläger) gegen Frau M. (Beklagte)
Tatbestand: Der Kläger begehrt die Räumung der Wohnung {abaddr1}. Die Beklagte,
Frau {abname1.full}, geboren am {abdob1.dots}, bewohnt diese seit {abdate1.dots}.
Entscheidungsgründe: Die Klage ist [[begründet]]. Der Kläger, {abname2.last_first}, ...
""",
    ),
    _t(
        "judgment-fr",
        "court judgment",
        "fr_FR",
        """
COUR D'APPEL DE {abtown1} -- Arrêt du {abdate1.long_fr}  -- RG n° {abcase1}
APPELANT : M. X..., né le {abdob1.dmy}, demeurant {abaddr1}
INTIMÉE : Mme {abname1.caps_last} {abname1.first}, représentée par Me {abname2.full}
Sur la demande en partage successoral, la Cour [[confirme le jugement entrepris]].
Numéro de sécurité sociale figurant à la pièce 12 : {abnat1.fr}
""",
    ),
    _t(
        "judgment-es",
        "court judgment",
        "es_ES",
        """
SENTENCIA Nº {abcase1}  -- Juzgado de Primera Instancia de {abtown1}
En {abtown1}, a {abdate1.long_es}. Vistos los autos de [[división de herencia]] promovidos por
D. {abname1.full} con DNI {abnat1.es}, contra Dña. ***, representada por el procurador
{abname2.full}. HECHOS: El causante falleció en {abaddr1} el {abdate2.dmy}.
""",
    ),
    _t(
        "judgment-in",
        "court judgment",
        "en_IN hi_IN",
        """
IN THE HIGH COURT OF JUDICATURE -- Civil Revision No. {abcase1}
{abname1.caps} ... Petitioner
Versus
{abname2.caps} & Ors. ... Respondents
The petitioner, Aadhaar {abnat1.in}, resident of {abaddr1}, claims title to the
ancestral property through the will dated {abdate1.dmy}. [[Petition dismissed.]]
Mobile number stated in the plaint: {abtel1}
""",
    ),
    _t(
        "court-hearing-list",
        "court hearing list",
        "en_GB en_AU",
        """
DAILY CAUSE LIST {abdate1.dmy} -- County Court at {abtown1}
10:00  {abcase1}  {abname1.caps_last} v {abname2.caps_last}   [[Possession hearing]]
10:30  {abcase2}  Re {abname3.initials} (a minor)            Directions
11:00  {abcase3}  {abname4.caps_last} v {abname5.caps_last}   Small claims
""",
    ),
]

# ---------------------------------------------------------------- recruitment
TEMPLATES += [
    _t(
        "cv-en",
        "CV",
        "en_GB en_US en_IE",
        """
{abname1.caps}
{abaddr1} | {abtel1} | {abmail1} | {aburl1}

PROFILE
[[Chartered accountant]] with ten years in audit and probate accounting.

EXPERIENCE
2019-now  Senior Associate, Whitfield LLP, {abtown1}
2014-2019 Audit Senior, Hartley & Co

REFERENCES: {abname2.full} (former partner), {abtel2}
""",
    ),
    _t(
        "cv-de",
        "CV",
        "de_DE de_AT de_CH",
        """
LEBENSLAUF
Persönliche Daten
Name:           {abname1.full}
Geburtsdatum:   {abdob1.dots} in {abtown1}
Anschrift:      {abaddr1}
Telefon:        {abtel1}
E-Mail:         {abmail1}
Berufserfahrung
seit 2020       [[Sachbearbeiterin Nachlassabteilung]], Amtsgericht {abtown2}
Führerschein:   Klasse B, Nr. {ablic1}
""",
    ),
    _t(
        "cv-fr",
        "CV",
        "fr_FR fr_CA fr_CH",
        """
{abname1.first} {abname1.caps_last}
{abaddr1}
Tél. : {abtel1} -- {abmail1}
Née le {abdob1.dmy} -- [[Permis B]]
EXPÉRIENCE : Clerc de notaire, Office notarial de {abtown1} (2018-2025)
FORMATION : Diplôme des métiers du notariat
""",
    ),
    _t(
        "cv-jp",
        "CV",
        "ja_JP",
        """
履 歴 書　　{abdate1.jp}現在
ふりがな
氏名　{abname1.cjk_space}
生年月日　{abdob1.jp}
現住所　{abaddr1}
電話　{abtel1}
メール　{abmail1}
学歴・職歴
[[通信会社にて法人営業を担当]]
""",
    ),
    _t(
        "cv-zh",
        "CV",
        "zh_CN zh_TW",
        """
个人简历
姓名：{abname1.cjk}　　出生日期：{abdob1.zh}
联系电话：{abtel1}　　电子邮箱：{abmail1}
现住址：{abaddr1}
身份证号：{abnat1.cn}
求职意向：[[数据分析师]]
""",
    ),
    _t(
        "cv-ko",
        "CV",
        "ko_KR",
        """
이력서
성명: {abname1.cjk}
생년월일: {abdob1.ko}
휴대전화: {abtel1}
이메일: {abmail1}
주소: {abaddr1}
경력: [[통신사 고객센터 팀장 5년]]
""",
    ),
    _t(
        "cv-pt",
        "CV",
        "pt_PT pt_BR",
        """
CURRICULUM VITAE
Nome: {abname1.full}
Data de nascimento: {abdob1.dmy}
Morada: {abaddr1}
Telemóvel: {abtel1}  Email: {abmail1}
NIF: {abnat1.pt}
Competências: [[Excel avançado, SAP]]
""",
    ),
    _t(
        "cv-lowercase-plain",
        "CV",
        "en_US en_PH en_NG en_KE",
        """
curriculum vitae -- {abname1.lower}
address: {abaddr1}
cell: {abtel1}
email: {abmail1}
objective: [[entry level customer service role]]
ref: {abname2.lower} ({abtel2})
""",
    ),
    _t(
        "job-application-form",
        "job application form",
        "en_GB en_AU en_NZ",
        """
APPLICATION FOR EMPLOYMENT -- Vacancy ref {abref1}
Title / Surname: {abname1.last}     Forenames: {abname1.first}
Address: {abaddr1}
Telephone (day): {abtel1}    Email: {abmail1}
NHS number (for occupational health): {abnat1.gb}
Do you hold a full driving licence? Yes -- {ablic1}
Have you any unspent convictions? [[No]]
Declaration signed {abdate1.dmy}
""",
    ),
    _t(
        "job-application-es",
        "job application form",
        "es_ES es_CO es_CL",
        """
SOLICITUD DE EMPLEO -- Proceso {abref1}
Apellidos y nombre: {abname1.last_first}
Documento de identidad: {abnat1.es}
Fecha de nacimiento: {abdob1.dmy}
Domicilio: {abaddr1}
Teléfono: {abtel1}   Correo: {abmail1}
Disponibilidad: [[inmediata]]
""",
    ),
    _t(
        "cover-letter",
        "cover letter",
        "en_US en_CA",
        """
{abname1.full}
{abaddr1}
{abmail1} | {abtel1}

{abdate1.us_long}

Dear {abname2.first_last},
I am writing to apply for the [[Paralegal -- Trusts & Estates]] position (req. {abref1}).
I currently assist {abname3.initial_last} with probate filings in {abtown1}.
Sincerely,
{abname1.first_last}
""",
    ),
    _t(
        "reference-letter",
        "reference letter",
        "en_GB en_IE",
        """
Employment reference -- confidential
Re: {abname1.full}, date of birth {abdob1.dmy}
I confirm that {abname1.first} was employed by us from {abdate1.dmy} to {abdate2.dmy} as a
[[Lettings Negotiator]]. Her sickness absence was within normal limits. I would re-employ her.
{abname2.full}, Branch Manager, {abtel1}, {abmail1}
""",
    ),
    _t(
        "reference-request",
        "reference request",
        "en_GB en_AU",
        """
Reference request for {abname1.first_last} (candidate ID {abref1})
Referee: {abname2.full}, {abmail1}
Dates employed: from {abdate1.dmy} to {abdate2.dmy}
Reason for leaving: [[relocation]]
Please complete via the secure link {aburl1} before {abdate3.dmy}.
""",
    ),
    _t(
        "background-check",
        "background check report",
        "en_US",
        """
CONSUMER REPORT -- Employment screening     Order {abref1}     Completed {abdate1.mdy}
Subject: {abname1.caps_last_first}   DOB: {abdob1.mdy}   SSN: {abssn1}
Address history: {abaddr1} (current); {abaddr2} (previous)
Motor vehicle record: licence {ablic1}, status [[VALID]], vehicles: plate {abveh1.plate}
County criminal search ({abtown1}): No records found
Employment verification: {abname2.full} confirmed dates; phone {abtel1}
""",
    ),
    _t(
        "background-check-uk",
        "background check report",
        "en_GB",
        """
Basic DBS check -- certificate number {abcert1}, issued {abdate1.dmy}
Applicant: {abname1.caps_full}   Date of birth: {abdob1.dmy}   Place of birth: {abtown1}
Police records of convictions, cautions, reprimands: [[NONE RECORDED]]
Identity verified using passport {abpass1} and driving licence {ablic1}
Right to work share code checked by {abname2.initial_last}
""",
    ),
    _t(
        "right-to-work",
        "right-to-work check",
        "en_GB",
        """
RIGHT TO WORK CHECK RECORD
Employee: {abname1.full}   DOB {abdob1.dmy}   Nationality: [[Polish]]
Document seen: passport {abpass1}, PESEL shown on ID card {abnat1.pl}
Date of check: {abdate1.dmy}   Checked by: {abname2.full}
Copy stored at {aburl1}
""",
    ),
    _t(
        "interview-notes",
        "interview notes",
        "en_GB en_US en_IN",
        """
Interview notes -- Network Engineer II -- panel: {abname1.initials}, {abname2.initials}
Candidate: {abname3.first_last} -- {abdate1.dmy}, video call
Q1 routing experience: strong, described [[BGP migration]] at previous employer
Q2 on-call: ok with 1 in 4 weekends
Salary expectation: 62k. Notice: 1 month.
Candidate mentioned her mother {abname4.first_last} is unwell; may need flexible start.
Follow-up: send tech test to {abmail1}
""",
    ),
    _t(
        "interview-schedule-tsv",
        "interview schedule",
        "en_US de_DE nl_NL sv_SE",
        """
date	time	candidate	phone	interviewer	room
{abdate1.iso}	09:00	{abname1.full}	{abtel1}	{abname4.last}	[[Room 3B]]
{abdate1.iso}	10:30	{abname2.full}	{abtel2}	{abname4.last}	Room 3B
{abdate1.iso}	13:00	{abname3.full}	{abtel3}	{abname5.last}	video
""",
    ),
    _t(
        "offer-letter",
        "offer letter",
        "en_GB en_US",
        """
{abdate1.en_long}
Private & confidential
{abname1.full}
{abaddr1}
Dear {abname1.first},
We are delighted to offer you the role of [[Senior Data Engineer]] starting {abdate2.en_long}.
Your salary will be paid monthly into account {abacct1}. This offer is subject to a satisfactory
background check and proof of right to work.
Yours sincerely, {abname2.full}, Head of People -- {abtel1}
""",
    ),
    _t(
        "offer-letter-de",
        "offer letter",
        "de_DE de_CH",
        """
Vertragsangebot
Sehr geehrte Frau {abname1.last},
wir freuen uns, Ihnen zum {abdate1.dots} die Position als [[Teamleitung Kundenservice]] anzubieten.
Bitte senden Sie uns Ihre Steuer-ID ({abnat1.de} laut Unterlagen bitte bestätigen) und die IBAN
für die Gehaltszahlung. Ansprechpartner: {abname2.full}, {abtel1}, {abmail1}
""",
    ),
    _t(
        "ats-export-csv",
        "applicant tracking export",
        "en_US en_GB",
        """
candidate_id,full_name,email,phone,applied_on,stage,source_ip
{abref1},"{abname1.last_first}",{abmail1},{abtel1},{abdate1.iso},[[phone screen]],{abip1}
{abref2},"{abname2.last_first}",{abmail2},{abtel2},{abdate2.iso},rejected,{abip2}
{abref3},"{abname3.last_first}",{abmail3},{abtel3},{abdate3.iso},offer,{abip3}
""",
    ),
    _t(
        "employment-contract",
        "employment contract",
        "en_GB en_IE",
        """
Written statement of employment particulars (section 1)
Employer: Brightline Telecom Ltd.   Employee: {abname1.full}, {abaddr1}
Start date: {abdate1.dmy}   Job title: [[Field Technician]]
Company vehicle: VIN {abveh1.vin}
Salary paid to: sort code 40-11-62 account {abacct1}
Signed {abdate2.dmy}
""",
    ),
    _t(
        "payslip",
        "payslip",
        "en_GB en_IE",
        """
PAYSLIP   Pay date {abdate1.dmy}   Employee no. {abref1}
{abname1.caps_last_first}        PPS No. {abnat1.ie}
Basic pay 3,250.00   Overtime 212.40   [[Tax code 1257L]]
Paid to account {abacct1}
""",
    ),
    _t(
        "exit-interview",
        "exit interview",
        "en_US en_AU",
        """
Exit interview -- {abname1.full}, employee {abref1}, last day {abdate1.mdy}
Interviewer: {abname2.first_last}
Main reason for leaving: [[career progression]]
Forwarding address: {abaddr1}; personal email {abmail1}
Return of equipment: laptop S/N {abdev1}, phone IMEI {abimei1}
""",
    ),
    _t(
        "hr-leave-request",
        "HR leave request",
        "en_GB en_US en_IN",
        """
Leave request (absence form HR-7)
Employee: {abname1.full}    Staff no: {abref1}
Type of leave: [[Bereavement leave]]
From: {abdate1.dmy}   To: {abdate2.dmy}
Reason: funeral of my grandmother {abname2.full} in {abtown1}
Contact while away: {abtel1}
Approved by: {abname3.initial_last} on {abdate3.dmy}
""",
    ),
    _t(
        "hr-leave-request-fr",
        "HR leave request",
        "fr_FR fr_BE",
        """
Demande d'autorisation d'absence -- congé pour événement familial
Nom : {abname1.caps_last}   Prénom : {abname1.first}   Matricule : {abref1}
Motif : [[congé pour mariage ou PACS]]
Du {abdate1.dmy} au {abdate2.dmy}
Joindre l'acte de mariage (n° {abcert1}).
Visa du responsable : {abname2.initial_last}
""",
    ),
    _t(
        "hr-leave-request-ja",
        "HR leave request",
        "ja_JP",
        """
休暇届
所属：[[カスタマーサポート部]]
氏名：{abname1.cjk}
社員番号：{abref1}
期間：{abdate1.jp}から{abdate2.jp}まで
事由：忌引（祖父 {abname2.cjk} 逝去）
緊急連絡先：{abtel1}
""",
    ),
    _t(
        "hr-leave-request-json",
        "HR leave request",
        "en_US pt_BR es_MX",
        """
{"request_id": "{abref1}", "employee": {"name": "{abname1.full}", "email": "{abmail1}"},
 "type": "[[parental leave]]", "start": "{abdate1.iso}", "end": "{abdate2.iso}",
 "child": {"name": "{abname2.first_last}", "birth_certificate": "{abcert1}"},
 "approver": "{abname3.handle}"}
""",
    ),
]

# ---------------------------------------------------------------- telecoms
TEMPLATES += [
    _t(
        "cdr-csv",
        "call detail records",
        "en_GB de_DE fr_FR es_ES it_IT",
        """
record_type,start_time,duration_s,a_number,b_number,imsi,imei,cell_id,result
MOC,{abdate1.iso}T08:12:44Z,187,{abmsisdn1},{abmsisdn2},{abimsi1},{abimei1},23410-4471-19283,[[ANSWERED]]
MTC,{abdate1.iso}T09:40:02Z,0,{abmsisdn3},{abmsisdn1},{abimsi1},{abimei1},23410-4471-19283,NO_ANSWER
SMS-MO,{abdate1.iso}T10:01:15Z,0,{abmsisdn1},{abmsisdn4},{abimsi1},{abimei1},23410-4471-20011,DELIVERED
""",
    ),
    _t(
        "cdr-pipe",
        "call detail records",
        "pl_PL cs_CZ ro_RO hu_HU",
        """
|CALLING        |CALLED         |START              |DUR |IMEI           |LAC-CI     |
|{abmsisdn1}|{abmsisdn2}|{abdate1.iso} 21:14:09|0342|{abimei1}|0411-33021 |
|{abmsisdn2}|{abmsisdn1}|{abdate1.iso} 21:31:50|0011|{abimei2}|0411-33021 |
|{abmsisdn1}|{abmsisdn3}|{abdate2.iso} 07:02:33|0095|{abimei1}|0412-10444 |
[[Dane retencyjne udostępnione na podstawie postanowienia sądu.]]
""",
    ),
    _t(
        "cdr-fixed-width",
        "call detail records",
        "en_US en_CA",
        """
CDR EXPORT  SUBSCRIBER: {abname1.caps_last_first}  ACCT: {abacct1}
ORIG           TERM           DATE        TIME      SECS  TOWER
{abmsisdn1}    {abmsisdn2}    {abdate1.mdy}  23:58:10  0412  [[TWR-0441]]
{abmsisdn1}    {abmsisdn3}    {abdate2.mdy}  00:14:55  0003  TWR-0441
""",
    ),
    _t(
        "sim-swap-ticket",
        "SIM-swap ticket",
        "en_GB en_IE en_AU",
        """
TICKET {abcase1} -- SIM SWAP REQUEST -- priority HIGH
Opened {abdate1.dmy} 14:22 by agent {abname1.handle} (store {abtown1})
Account holder: {abname2.full}   Account: {abacct1}   DOB on file: {abdob1.dmy}
MSISDN: {abtel1}
Old ICCID: {abiccid1}   New ICCID: {abiccid2}
ID presented: driving licence {ablic1}
Security answer: [[correct]]   PIN: verified
Customer requested e-mail confirmation to {abmail1}
Fraud flag: device change within 24h -- new IMEI {abimei1}
""",
    ),
    _t(
        "sim-swap-ticket-es",
        "SIM-swap ticket",
        "es_ES es_MX es_AR",
        """
INCIDENCIA {abcase1} -- DUPLICADO DE SIM
Titular: {abname1.full}   DNI/NIE: {abnat1.es}
Línea: {abtel1}
ICCID anterior: {abiccid1} -- ICCID nuevo: {abiccid2}
Tienda: {abaddr1}   Empleado: {abname2.first_initial}
Motivo: [[pérdida del terminal]]
""",
    ),
    _t(
        "port-request",
        "number porting request",
        "en_GB en_US",
        """
PORTING AUTHORISATION CODE REQUEST
Customer: {abname1.caps}  Billing address: {abaddr1}
Number to port: {abtel1}
PAC issued: {abref1}  valid until {abdate1.dmy}
Gaining provider: [[Meridian Mobile]]
Account number with losing provider: {abacct1}
Request made from IP {abip1}, device MAC {abmac1}
""",
    ),
    _t(
        "port-request-de",
        "number porting request",
        "de_DE de_AT",
        """
Antrag auf Rufnummernmitnahme (Portierung)
Anschlussinhaber: {abname1.last_first}, geb. {abdob1.dots}
Anschrift: {abaddr1}
Zu portierende Rufnummer: {abtel1}
Kundennummer beim abgebenden Anbieter: {abacct1}
SIM-Kartennummer (ICCID): {abiccid1}
Gewünschter Portierungstermin: {abdate1.dots}  [[zum Vertragsende]]
""",
    ),
    _t(
        "port-request-it",
        "number porting request",
        "it_IT",
        """
RICHIESTA DI PORTABILITÀ DEL NUMERO (MNP)
Intestatario: {abname1.caps_last_space_first}   Codice fiscale: {abnat1.it}
Numero da trasferire: {abtel1}   Seriale SIM: {abiccid1}
Documento: carta d'identità {abpass1}
[[Trasferimento del credito residuo: SÌ]]
Data richiesta: {abdate1.dots}
""",
    ),
    _t(
        "itemised-bill",
        "itemised phone bill",
        "en_GB en_IE",
        """
Your bill -- account {abacct1} -- bill date {abdate1.dmy}
{abname1.full}, {abaddr1}
Itemised calls for {abtel1}
Date       Time   Number called      Duration  Cost
{abdate2.dmy} 08:14  {abtel2}      00:04:12  [[included]]
{abdate2.dmy} 19:55  {abtel3}      00:21:40  included
{abdate3.dmy} 12:01  {abtel4}      00:00:48  0.35
Direct Debit from {abiban1.gb} on or after {abdate4.dmy}
""",
    ),
    _t(
        "itemised-bill-fr",
        "itemised phone bill",
        "fr_FR fr_BE fr_CH",
        """
FACTURE N° {abref1} -- période du {abdate1.dmy} au {abdate2.dmy}
Titulaire : {abname1.full} -- ligne {abtel1}
Détail des communications
{abdate1.dmy}  10:22  vers {abtel2}   3 min 12 s   [[inclus]]
{abdate1.dmy}  18:45  vers {abtel3}   22 min 4 s   inclus
Prélèvement SEPA sur {abiban1.fr}
""",
    ),
    _t(
        "itemised-bill-tr",
        "itemised phone bill",
        "tr_TR",
        """
FATURA -- Müşteri No: {abacct1}
Abone: {abname1.caps}  T.C. Kimlik No: {abnat1.tr}
Hat: {abtel1}
Tarih      Saat   Aranan No        Süre
{abdate1.dots} 09:10  {abtel2}  02:35
{abdate1.dots} 21:44  {abtel3}  11:02
[[Toplam tutar KDV dahildir.]]
""",
    ),
    _t(
        "lawful-intercept-request",
        "lawful intercept request form",
        "en_GB en_AU en_NZ",
        """
REQUEST FOR COMMUNICATIONS DATA -- URN {abcase1}
Applicant: DC {abname1.caps_last} ({ablic1}), {abtown1} CID       Date: {abdate1.dmy}
Subject of investigation: {abname2.full}, DOB {abdob1.dmy}
Identifiers: MSISDN {abmsisdn1}; IMSI {abimsi1}; IMEI {abimei1}; e-mail {abmail1}
Data sought: [[subscriber and traffic data]] for period {abdate2.dmy} to {abdate3.dmy}
Designated person: {abname3.initial_last}, approved {abdate1.dmy}
""",
    ),
    _t(
        "lawful-intercept-us",
        "lawful intercept request form",
        "en_US",
        """
LAW ENFORCEMENT REQUEST -- Pen Register / Trap and Trace     Docket: {abcase1}
Target: {abname1.caps_last_first}   Target number: {abtel1}   IMSI {abimsi1}
Serving agency contact: Special Agent {abname2.full}, {abtel2}, fax {abfax1}
Court order signed {abdate1.mdy} -- [[60 days]]
Provider compliance contact: {abmail1}
""",
    ),
    _t(
        "intercept-request-nl",
        "lawful intercept request form",
        "nl_NL nl_BE",
        """
VORDERING VERSTREKKING GEGEVENS (art. 126n Sv)  -- Zaaknummer {abcase1}
Betreft: gebruiker van telefoonnummer {abtel1}, IMEI {abimei1}
Vermoedelijk: {abname1.full}, geboren {abdob1.dash}, BSN {abnat1.nl}
Periode: {abdate1.dash} t/m {abdate2.dash}
Officier van justitie: mr. {abname2.full}   [[Spoedeisend]]
""",
    ),
    _t(
        "radius-log",
        "network log",
        "en_US de_DE ja_JP",
        """
{abdate1.iso}T02:11:09Z radiusd[4412]: Access-Accept user={abname1.handle} calling-station-id={abmac1} framed-ip={abip1} nas=bng-07 [[session-timeout=86400]]
{abdate1.iso}T02:11:10Z radiusd[4412]: Accounting-Start user={abname1.handle} imsi={abimsi1} framed-ip={abip1}
{abdate1.iso}T06:40:51Z radiusd[4412]: Access-Reject user={abmail1} calling-station-id={abmac2} reason=bad-password
""",
    ),
    _t(
        "dhcp-log",
        "network log",
        "en_GB fr_FR sv_SE",
        """
Nov 28 07:02:11 gw dhcpd: DHCPDISCOVER from {abmac1.cisco} via eth1
Nov 28 07:02:11 gw dhcpd: DHCPOFFER on {abip1} to {abmac1.cisco} ({abname1.lower_first}-phone) via eth1
Nov 28 07:02:12 gw dhcpd: DHCPACK on {abip1} to {abmac1.cisco} via eth1 [[lease 3600]]
""",
    ),
    _t(
        "wifi-portal-log",
        "network log",
        "es_ES it_IT pt_PT el_GR tr_TR",
        """
ts={abdate1.iso}T18:22:01 event=login portal=hotel-guest room=214 guest="{abname1.full}" mac={abmac1.dash} ip={abip1.v4} email={abmail1}
ts={abdate1.iso}T18:22:01 event=[[terms_accepted]] mac={abmac1.dash}
ts={abdate2.iso}T11:03:48 event=logout mac={abmac1.dash} bytes=1847732
""",
    ),
    _t(
        "customer-chat-telecom",
        "chat transcript",
        "en_GB en_US en_AU",
        """
[14:02] Bot: Welcome to Meridian support. How can we help?
[14:02] Customer: my phone says no sim and i didnt ask for a new one
[14:03] Agent {abname1.first}: I'm sorry to hear that. Can you confirm the number on the account?
[14:03] Customer: {abtel1}
[14:04] Agent {abname1.first}: Thanks. And your full name and date of birth?
[14:04] Customer: {abname2.lower} {abdob1.dmy}
[14:05] Agent {abname1.first}: I can see a SIM swap at 13:41 today in our {abtown1} store. I've [[frozen the account]].
[14:06] Customer: ok pls email me at {abmail1}
""",
    ),
    _t(
        "customer-chat-whatsapp",
        "chat transcript",
        "pt_BR es_AR it_IT",
        """
{abdate1.dmy} 21:03 - {abname1.first_last}: oi, o endereço novo é {abaddr1}
{abdate1.dmy} 21:04 - {abname2.first}: anotado! manda o CPF pra eu colocar no contrato
{abdate1.dmy} 21:05 - {abname1.first_last}: {abnat1.br}
{abdate1.dmy} 21:05 - {abname2.first}: [[valeu]] 👍
{abdate1.dmy} 21:07 - {abname1.first_last}: meu zap novo: {abtel1}
""",
    ),
    _t(
        "chat-transcript-ru",
        "chat transcript",
        "ru_RU uk_UA",
        """
Оператор ({abname1.first}): Здравствуйте! Чем могу помочь?
Клиент: Хочу перенести номер {abtel1} к вам
Оператор ({abname1.first}): Назовите, пожалуйста, ФИО владельца
Клиент: {abname2.full}
Оператор ({abname1.first}): [[Заявка на перенос номера принята]]. Номер заявки {abcase1}
Клиент: спасибо, почта {abmail1}
""",
    ),
    _t(
        "chat-transcript-zh",
        "chat transcript",
        "zh_CN zh_TW",
        """
客服小美：您好，请问有什么可以帮您？
用户：我要补办SIM卡，号码是{abtel1}
客服小美：请提供机主姓名和身份证号
用户：{abname1.cjk}，{abnat1.cn}
客服小美：[[已为您登记补卡申请]]，工单号{abcase1}
""",
    ),
    _t(
        "device-repair-ticket",
        "device repair ticket",
        "en_GB de_DE nl_NL da_DK",
        """
REPAIR ORDER {abcase1}   Received {abdate1.iso}
Customer: {abname1.full}  Phone: {abtel1}
Device: smartphone  IMEI {abimei1}  S/N {abdev1}
Wi-Fi MAC {abmac1}
Fault reported: [[cracked display, no touch]]
Data wipe consent: YES -- signed
""",
    ),
    _t(
        "mobile-contract",
        "mobile phone contract",
        "en_GB en_IE pl_PL",
        """
PAY MONTHLY AGREEMENT -- agreement no. {abref1}
Customer: {abname1.full}, DOB {abdob1.dmy}, {abaddr1}
Mobile number: {abtel1}   SIM {abiccid1}
Handset IMEI {abimei1} -- [[24-month airtime plan]]
Payment: card {abcard1} / direct debit {abiban1}
Credit check reference {abref2}
""",
    ),
    _t(
        "telecom-fraud-alert",
        "fraud case",
        "en_GB en_US",
        """
FRAUD CASE {abcase1} -- suspected account takeover
Victim: {abname1.full} ({abtel1}); account {abacct1}
Timeline:
 {abdate1.iso} 13:41 SIM swap at store (agent {abname2.handle}) -- new ICCID {abiccid1}
 {abdate1.iso} 13:52 password reset from IP {abip1}
 {abdate1.iso} 14:10 card {abcard1} added to wallet on device IMEI {abimei1}
Outcome: [[SIM swap reversed, card blocked]]
""",
    ),
]

# ---------------------------------------------------------------- clinical, insurance, finance
TEMPLATES += [
    _t(
        "clinical-note-bereavement",
        "clinical note",
        "en_GB en_IE",
        """
GP consultation -- {abdate1.dmy} -- Dr {abname1.last}
Patient: {abname2.full}  DOB {abdob1.dmy}  NHS {abnat1.gb}  MRN {abmrn1}
S: Low mood since husband {abname3.first} died in {abdate2.dmy}; poor sleep.
O: Tearful, no [[suicidal ideation]].
A: Grief reaction.  P: bereavement counselling referral; review 2/52. Mobile {abtel1}.
""",
    ),
    _t(
        "clinical-note-us",
        "clinical note",
        "en_US",
        """
PROGRESS NOTE   {abdate1.mdy}   Provider: {abname1.full}, MD (lic. {ablic1})
Pt: {abname2.last_first}   MRN: {abmrn1}   DOB: {abdob1.aged_mdy} ({abage1} y/o)
Ins: Medicare {abplan1}
CC: [[fall at home]], lives alone at {abaddr1}; daughter {abname3.first_last} ({abtel1}) visits daily.
Plan: PT eval, home safety assessment.
""",
    ),
    _t(
        "clinical-note-de",
        "clinical note",
        "de_DE de_AT",
        """
Verlaufsnotiz {abdate1.dots}
Pat.: {abname1.last_first}, * {abdob1.dots}, Fallnr. {abmrn1}
Versichertennr.: {abplan1}
Befund: [[Pneumonie rechts basal]], SpO2 91 %
Angehörige: Tochter {abname2.full}, Tel. {abtel1}
Arzt: {abname3.initial_last}
""",
    ),
    _t(
        "clinical-note-hl7",
        "clinical note",
        "en_US en_CA",
        """
MSH|^~\\&|EPIC|{abtown1}|LAB|HOSP|{abdate1.hl7ts}||ORU^R01|{abref1}|P|2.5.1
PID|1||{abmrn1}^^^HOSP^MR||{abname1.hl7}||{abdob1.hl7}|F|||{abaddr1}||{abtel1}|||||{abacct1}|{abssn1}
OBX|1|TX|NOTE^Clinical note||[[Patient stable, afebrile]]||||||F
""",
    ),
    _t(
        "discharge-summary",
        "discharge summary",
        "en_GB en_AU",
        """
Discharge summary (inpatient episode)
Patient: {abname1.caps_last_first}   Hospital no. {abmrn1}   DOB {abdob1.dmy}
Admitted {abdate1.dmy}  Discharged {abdate2.dmy}  Ward 7B
Principal diagnosis on discharge: [[community-acquired pneumonia]]
Next of kin: {abname2.full} ({abtel1}), {abaddr1}
GP: Dr {abname3.last}, fax {abfax1}
""",
    ),
    _t(
        "discharge-summary-fr",
        "discharge summary",
        "fr_FR fr_CA",
        """
Compte rendu de fin d'hospitalisation -- service de cardiologie
Patient(e) : {abname1.caps_last_space_first}, né(e) le {abdob1.dmy}, IPP {abmrn1}
Séjour du {abdate1.dmy} au {abdate2.dmy}
Diagnostic principal : [[décompensation cardiaque]]
Personne de confiance : {abname2.full}, {abtel1}
Médecin traitant : Dr {abname3.full}, RPPS {ablic1}
""",
    ),
    _t(
        "discharge-fhir",
        "discharge summary",
        "en_US en_GB nl_NL",
        """
{"resourceType": "Patient", "id": "{abmrn1}",
 "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{abssn1}"}],
 "name": [{"family": "{abname1.last}", "given": ["{abname1.first}"]}],
 "telecom": [{"system": "phone", "value": "{abtel1}"}, {"system": "email", "value": "{abmail1}"}],
 "birthDate": "{abdob1.iso}",
 "address": [{"text": "{abaddr1}"}],
 "photo": [{"url": "{abphoto1}"}]}
{"resourceType": "Encounter", "status": "finished", "reasonCode": [{"text": "[[hip fracture]]"}],
 "period": {"start": "{abdate1.iso}", "end": "{abdate2.iso}"}}
""",
    ),
    _t(
        "radiology-request",
        "radiology request",
        "en_GB en_IE",
        """
RADIOLOGY REQUEST -- CT HEAD
Patient: {abname1.full}  MRN {abmrn1}  DOB {abdob1.dmy}  Tel {abtel1}
Clinical details: [[sudden onset headache]], ?SAH
Pregnant? No.  Implants: pacemaker S/N {abdev1}
Requesting clinician: {abname2.full}, GMC {ablic1}, bleep 4471
Date requested: {abdate1.dmy}
""",
    ),
    _t(
        "radiology-request-es",
        "radiology request",
        "es_ES es_CO",
        """
SOLICITUD DE PRUEBA DE IMAGEN
Paciente: {abname1.full}   NHC: {abmrn1}   Tarjeta sanitaria: {abplan1}
Exploración: [[RM de rodilla derecha]]
Solicitante: Dr. {abname2.last}   Nº colegiado {ablic1}   Fecha: {abdate1.dmy}
""",
    ),
    _t(
        "radiology-dicom-log",
        "radiology request",
        "en_US ja_JP ko_KR",
        """
DICOM C-FIND response: (0010,0010) PatientName={abname1.hl7} (0010,0020) PatientID={abmrn1}
(0010,0030) PatientBirthDate={abdob1.hl7} (0008,0050) AccessionNumber={abref1}
(0008,0090) ReferringPhysicianName={abname2.hl7} (0008,1010) StationName=[[CT01]]
(0018,1000) DeviceSerialNumber={abdev1} from {abip1}
""",
    ),
    _t(
        "insurance-claim",
        "insurance claim",
        "en_GB en_AU",
        """
CLAIM FORM -- life and funeral cover    Claim no. {abclaim1}   Policy {abplan1}
Deceased policyholder: {abname1.full}, DOB {abdob1.dmy}, died {abdate1.dmy}
Cause of death (from certificate {abcert1}): [[pulmonary embolism]]
Claimant: {abname2.full}, {abaddr1}, {abmail1}
Pay benefit to {abiban1.gb}
""",
    ),
    _t(
        "insurance-claim-x12",
        "insurance claim",
        "en_US",
        """
ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*PAYER          *261130*1200*^*00501*000000905*0*P*:~
NM1*IL*1*{abname1.last}*{abname1.first}****MI*{abplan1}~
N3*{abaddr1}~
DMG*D8*{abdob1.compact}*F~
CLM*{abclaim1}*1250***11:B:1*Y*A*Y*Y~
DTP*472*D8*{abdate1.compact}~
NM1*82*1*{abname2.last}*{abname2.first}****XX*{ablic1}~
NTE*ADD*[[FOLLOW-UP VISIT]]~
REF*SY*{abssn1}~
""",
    ),
    _t(
        "insurance-claim-de",
        "insurance claim",
        "de_DE de_CH",
        """
Schadenmeldung Hausratversicherung  Schaden-Nr. {abclaim1}
Versicherungsnehmer: {abname1.full}, {abaddr1}
Schadentag: {abdate1.dots}   Art: [[Leitungswasser]]
Gestohlen/beschädigt: Laptop S/N {abdev1}, Fahrrad
Bankverbindung: {abiban1.de}
Kennzeichen des Fahrzeugs: {abveh1.plate}
""",
    ),
    _t(
        "insurance-claim-edifact",
        "insurance claim",
        "nl_NL de_DE fr_FR",
        """
UNB+UNOC:3+SENDER+RECEIVER+261130:1015+{abref1}'
UNH+1+IFTMIN:D:96A:UN'
NAD+ZZZ+++{abname1.last}:{abname1.first}+{abaddr1}'
DTM+194:{abdate1.compact}:102'
RFF+ACE:{abclaim1}'
FII+BF+{abiban1}'
FTX+AAI+++[[water damage kitchen]]'
UNT+7+1'
UNZ+1+{abref1}'
""",
    ),
    _t(
        "kyc-review",
        "KYC review",
        "en_GB en_IE",
        """
KYC PERIODIC REVIEW -- customer {abref1}
Name: {abname1.full}   DOB: {abdob1.dmy}   Nationality: [[Italian]]
ID: passport {abpass1}; codice fiscale {abnat1.it}
Address verified: {abaddr1} (utility bill {abdate1.dmy})
Source of wealth: inheritance from {abname2.full} (grant of probate {abcase1})
Accounts: {abiban1.it}; card {abcard1}
PEP/sanctions screening: no match.  Reviewer: {abname3.initials}
""",
    ),
    _t(
        "kyc-review-in",
        "KYC review",
        "en_IN hi_IN",
        """
Customer Due Diligence -- CKYC No. {abref1}
Name: {abname1.caps}   Father's name: {abname2.caps}
Aadhaar: {abnat1.in}   Mobile: {abtel1}
Address: {abaddr1}
Risk category: [[LOW]]   Photograph: {abphoto1}
Verified on {abdate1.dmy} by {abname3.initial_last}
""",
    ),
    _t(
        "kyc-review-ar",
        "KYC review",
        "es_AR es_CL",
        """
Revisión KYC -- Legajo {abref1}
Titular: {abname1.full}   CUIT: {abnat1.ar}
Domicilio: {abaddr1}
Origen de fondos: [[venta de inmueble heredado]]
Cuenta: {abacct1}   Analista: {abname2.initial_last}   Fecha: {abdate1.dmy}
""",
    ),
    _t(
        "kyc-review-cl",
        "KYC review",
        "es_CL",
        """
FICHA CLIENTE -- RUT {abnat1.cl}
Nombre: {abname1.caps}
Fecha de nacimiento: {abdob1.dmy}
Dirección: {abaddr1}
Teléfono: {abtel1}
Beneficiario final: {abname2.full} -- [[sin observaciones]]
""",
    ),
    _t(
        "fraud-case-bank",
        "fraud case",
        "en_GB en_US en_CA",
        """
CASE {abcase1} -- authorised push payment fraud -- opened {abdate1.dmy}
Customer {abname1.full} ({abacct1}) was called from {abtel1} by a caller posing as the bank.
She transferred 14,500.00 to {abiban1} (beneficiary name given as {abname2.full}).
Login IPs: {abip1}, {abip2}. Device fingerprint {abdev1}.
Status: [[recall request sent to receiving bank]]. Handler: {abname3.initial_last}
""",
    ),
    _t(
        "fraud-case-probate",
        "fraud case",
        "en_GB en_AU",
        """
FRAUD REFERRAL {abcase1}: suspected forged will
Estate of {abname1.full} (died {abdate1.dmy}). Will presented by {abname2.full}
names him sole beneficiary; witnesses {abname3.full} and {abname4.full} deny signing.
Land registry title {abtitle1} transfer application lodged {abdate2.dmy}.
[[Restriction entered on the register.]] Contact: {abmail1}
""",
    ),
    _t(
        "fraud-case-ko",
        "fraud case",
        "ko_KR",
        """
사기 사건 보고서 -- 사건번호 {abcase1}
피해자: {abname1.cjk} ({abtel1})
수법: [[유심 무단 교체 후 계좌 이체]]
이체 계좌: {abacct1}
접속 IP: {abip1}
담당: {abname2.cjk}
""",
    ),
    _t(
        "bank-statement",
        "bank statement",
        "en_GB en_IE",
        """
STATEMENT -- {abname1.caps}  Account {abacct1}  IBAN {abiban1.gb}
Date        Description                           Out       In
{abdate1.dmy}  FP {abname2.caps_last} RENT             1350.00
{abdate2.dmy}  CARD {abcard1.masked} TESCO           42.18
{abdate3.dmy}  [[HMRC TAX REFUND]]                             312.00
""",
    ),
    _t(
        "direct-debit-mandate",
        "direct debit mandate",
        "fr_FR es_ES it_IT nl_NL",
        """
SEPA Direct Debit Mandate -- Mandate reference {abref1}
Debtor name: {abname1.full}
Debtor address: {abaddr1}
IBAN: {abiban1}
Creditor: [[Meridian Mobile SAS]], creditor ID FR12ZZZ123456
Type of payment: recurrent.  Signed at {abtown1} on {abdate1.dmy}
""",
    ),
    _t(
        "vehicle-logbook",
        "vehicle registration",
        "en_GB",
        """
V5C REGISTRATION CERTIFICATE -- document reference {abref1}
Registration mark: {abveh1.plate}   VIN: {abveh2.vin}
Registered keeper: {abname1.caps}, {abaddr1}
Date of acquisition: {abdate1.dmy}  [[Taxation class: PETROL CAR]]
""",
    ),
    _t(
        "vehicle-registration-se",
        "vehicle registration",
        "sv_SE no_NO da_DK fi_FI",
        """
Registreringsbevis del 1
Reg.nr: {abveh1.plate}   Chassinr: {abveh2.vin}
Ägare: {abname1.last_first}
Adress: {abaddr1}
Ägare sedan: {abdate1.iso}   [[Fordonsslag: personbil]]
""",
    ),
    _t(
        "pharmacy-prescription",
        "prescription",
        "en_US",
        """
Rx #{abref1}   Filled {abdate1.mdy}
Patient: {abname1.full}  DOB {abdob1.mdy}  Phone {abtel1}
[[Lisinopril 10 mg]] tablets, take one daily, qty 30, refills 2
Prescriber: {abname2.full}, NPI {ablic1}
""",
    ),
    _t(
        "lab-result-ro",
        "lab result",
        "ro_RO",
        """
BULETIN DE ANALIZE MEDICALE nr. {abref1}
Pacient: {abname1.caps}   CNP: {abnat1.ro}
Data recoltării: {abdate1.dots}
Hemoglobină: [[13,2 g/dL]]
Medic trimițător: {abname2.full}
""",
    ),
    _t(
        "lab-result-bg",
        "lab result",
        "bg_BG",
        """
РЕЗУЛТАТ ОТ ИЗСЛЕДВАНЕ № {abref1}
Пациент: {abname1.full}   ЕГН: {abnat1.bg}
Дата: {abdate1.dots}   Телефон: {abtel1}
Глюкоза: [[5,4 mmol/L]]
Лекар: {abname2.full}
""",
    ),
    _t(
        "vaccination-record-cz",
        "vaccination record",
        "cs_CZ sk_SK",
        """
OČKOVACÍ PRŮKAZ
Jméno a příjmení: {abname1.full}
Rodné číslo: {abnat1.cz}
Bydliště: {abaddr1}
Datum očkování: {abdate1.dots}  Vakcína: [[tetanus]]  Šarže: {abdev1}
""",
    ),
    _t(
        "health-card-ca",
        "health card application",
        "en_CA fr_CA",
        """
HEALTH CARD APPLICATION
Name: {abname1.last_first}   SIN: {abnat1.ca}
Health number assigned: {abplan1}
Date of birth: {abdob1.iso}   Phone: {abtel1}
Mailing address: {abaddr1}
[[Proof of residency attached]]
""",
    ),
]

# ---------------------------------------------------------------- more countries, scripts and shapes
TEMPLATES += [
    _t(
        "email-headers-probate",
        "e-mail",
        "en_GB en_US",
        """
Return-Path: {abmail1}
Received: from mail-wm1.example.net ([{abip1}]) by mx.lawfirm.example with ESMTPS; {abdate1.iso}
From: {abmail1} ({abname1.full})
To: probate@lawfirm.example
Subject: Re: Estate of {abname2.first_last} -- [[signed IHT forms attached]]
X-Originating-IP: {abip1}

Hi {abname3.first}, attached are the forms. My new mobile is {abtel1}. Regards, {abname1.first}
""",
    ),
    _t(
        "email-headers-recruit",
        "e-mail",
        "de_DE fr_FR es_ES",
        """
Message-ID: CA+{abref1}@mail.example
Date: {abdate1.iso}
From: {abmail2} ({abname1.full})
Reply-To: {abmail1}
Subject: Bewerbung / application -- [[Stellenanzeige 2026-114]]
X-Sender-IP: {abip1}
Bitte melden Sie sich unter {abtel1}.
""",
    ),
    _t(
        "ocr-death-cert",
        "death certificate",
        "en_GB en_US",
        """
CERT1FIED COPY 0F AN ENTRY 0F DEATH      Entry No. {abref1.ocr}
Date and p1ace of death: {abdate1.en_long_ocr}, {abaddr1.ocr}
Name and surname: {abname1.caps_ocr}
Date 0f birth: {abdob1.aged_dmy_ocr}          [[Occupati0n: Retired]]
Cause 0f death: 1a Bronchopneumonia
Certif1cate n0. {abcert1.ocr}
""",
    ),
    _t(
        "ocr-land-deed",
        "notarial deed",
        "es_ES it_IT pt_PT",
        """
[pág. 3 -- escaneado, OCR]
...comparece D. {abname1.caps_ocr}, con D.N.I. {abnat1.es}, vecino de {abtown1},
...finca inscrita al tomo {abtitle1.ocr}, libro 211, folio 36...
...[[sin cargas ni gravámenes]]...  firmado el {abdate1.dmy_ocr}
""",
    ),
    _t(
        "ocr-cv-scan",
        "CV",
        "en_IN en_PK en_NG",
        """
CURR1CULUM V1TAE
Name : {abname1.caps_ocr}
D.O.B : {abdob1.dmy_ocr}
Add : {abaddr1.ocr}
Ph : {abtel1}
Passp0rt N0 : {abpass1.ocr}
[[Dec1aration]]: I hereby dec1are the above is true.
""",
    ),
    _t(
        "id-card-za",
        "identity document copy",
        "zu_ZA",
        """
REPUBLIC OF SOUTH AFRICA -- IDENTITY DOCUMENT (copy certified)
Surname: {abname1.caps_last}   Forenames: {abname1.first}
Identity number: {abnat1.za}
Date of birth: {abdob1.iso}   Country of birth: [[RSA]]
Certified a true copy on {abdate1.iso} by {abname2.full}, Commissioner of Oaths
""",
    ),
    _t(
        "rental-application-il",
        "rental application",
        "he_IL",
        """
בקשה לשכירת דירה
שם המבקש: {abname1.full}
מספר זהות: {abnat1.il}
תאריך לידה: {abdob1.dots}
כתובת נוכחית: {abaddr1}
טלפון נייד: {abtel1}
ערב: {abname2.full} -- [[צ'קים לביטחון]]
""",
    ),
    _t(
        "property-tax-ee",
        "property tax notice",
        "et_EE",
        """
MAAMAKSU TEADE
Maksja: {abname1.full}   Isikukood: {abnat1.ee}
Kinnistu: {abtitle1}, {abaddr1}
Maksetähtaeg: {abdate1.dots}
[[Maa maksustamishind on muutunud.]]
""",
    ),
    _t(
        "inheritance-lt",
        "inheritance certificate",
        "lt_LT",
        """
PAVELDĖJIMO TEISĖS LIUDIJIMAS Nr. {abref1}
Notarė {abname1.full}, {abtown1}
Palikėjas: {abname2.full}, asmens kodas {abnat1.lt}, miręs {abdate1.iso}
Įpėdinis: {abname3.full}, asmens kodas {abnat2.lt}
[[Paveldimas turtas: butas]] adresu {abaddr1}
""",
    ),
    _t(
        "employment-hr",
        "employment contract",
        "hr_HR sl_SI bs_BA",
        """
UGOVOR O RADU
Poslodavac: Telekom d.d.
Radnik: {abname1.full}, OIB {abnat1.hr}
Adresa: {abaddr1}
Početak rada: {abdate1.dots}   Radno mjesto: [[tehničar za mrežu]]
Račun za plaću: {abiban1.hr}
""",
    ),
    _t(
        "kennitala-is",
        "residence registration",
        "is_IS",
        """
Lögheimilisbreyting -- Þjóðskrá
Nafn: {abname1.full}
Kennitala: {abnat1.is}
Nýtt lögheimili: {abaddr1}
Flutningsdagur: {abdate1.dots}
[[Tilkynning móttekin]]
""",
    ),
    _t(
        "ahv-ch",
        "pension enquiry",
        "de_CH fr_CH it_CH",
        """
Anfrage Individuelles Konto (IK-Auszug)
Name: {abname1.last_first}
AHV-Nr.: {abnat1.ch}
Geburtsdatum: {abdob1.dots}
Adresse: {abaddr1}   Tel. {abtel1}
[[Beitragslücken prüfen]]
""",
    ),
    _t(
        "ird-nz",
        "tax return",
        "en_NZ",
        """
IR3 individual tax return {abdate1.dmy}
Name: {abname1.full}   IRD number: {abnat1.nz}
Postal address: {abaddr1}
Bank account for refund: {abacct1}
[[Income from a deceased estate: yes]]
""",
    ),
    _t(
        "rntrc-ua",
        "tax return",
        "uk_UA",
        """
ПОДАТКОВА ДЕКЛАРАЦІЯ ПРО МАЙНОВИЙ СТАН І ДОХОДИ
Платник: {abname1.full}
РНОКПП: {abnat1.ua}
Місце проживання: {abaddr1}
Телефон: {abtel1}
[[Дохід від продажу успадкованого майна]]
Дата подання: {abdate1.dots}
""",
    ),
    _t(
        "nn-be",
        "pension enquiry",
        "fr_BE nl_BE",
        """
Demande d'estimation de pension / Aanvraag pensioenraming
Nom / Naam: {abname1.caps_last_space_first}
N° registre national / Rijksregisternummer: {abnat1.be}
Adresse / Adres: {abaddr1}
[[Carrière mixte salarié-indépendant]]
""",
    ),
    _t(
        "fnr-no",
        "benefit application",
        "no_NO",
        """
SØKNAD OM GRAVFERDSSTØNAD
Avdøde: {abname1.full}, fødselsnummer {abnat1.no}
Dødsdato: {abdate1.dots}
Søker: {abname2.full}, telefon {abtel1}
Kontonummer for utbetaling: {abacct1}
[[Gravferden er gjennomført.]]
""",
    ),
    _t(
        "visa-application-vi",
        "visa application",
        "vi_VN",
        """
TỜ KHAI ĐỀ NGHỊ CẤP THỊ THỰC
Họ và tên: {abname1.full}
Ngày sinh: {abdob1.dmy}
Số hộ chiếu: {abpass1}
Địa chỉ: {abaddr1}
Điện thoại: {abtel1}
Mục đích nhập cảnh: [[thăm thân]]
""",
    ),
    _t(
        "school-enrolment-id",
        "school enrolment form",
        "id_ID",
        """
Formulir pendaftaran peserta didik baru -- tahun ajaran 2027/2028
Nama lengkap: {abname1.full}
Tanggal lahir: {abdob1.dmy}
Nama orang tua: {abname2.full}
Alamat: {abaddr1}
No. HP orang tua: {abtel1}
[[Kelas yang dituju: 7]]
""",
    ),
    _t(
        "utility-bill-fa",
        "utility bill",
        "fa_IR",
        """
قبض برق
نام مشترک: {abname1.full}
شماره اشتراک: {abacct1}
نشانی: {abaddr1}
تلفن همراه: {abtel1}
[[مهلت پرداخت]] {abdate1.iso}
""",
    ),
    _t(
        "land-record-hi",
        "land registry extract",
        "hi_IN",
        """
भूमि अभिलेख (खतौनी) की प्रति
खाता संख्या: {abtitle1}
खातेदार: {abname1.full}, पिता {abname2.full}
ग्राम: {abtown1}
आधार संख्या: {abnat1.in}
[[उत्तराधिकार द्वारा नामांतरण]] दिनांक {abdate1.dmy}
""",
    ),
    _t(
        "marriage-bn",
        "marriage certificate",
        "bn_BD",
        """
বিবাহ নিবন্ধন সনদ  নং {abcert1}
বরের নাম: {abname1.full}
কনের নাম: {abname2.full}
বিবাহের তারিখ: {abdate1.dmy}
ঠিকানা: {abaddr1}
[[দেনমোহর পরিশোধিত]]
""",
    ),
    _t(
        "birth-ne",
        "birth certificate",
        "ne_NP",
        """
जन्म दर्ता प्रमाणपत्र  दर्ता नं. {abcert1}
बच्चाको नाम: {abname1.full}
जन्म मिति: {abdate1.iso}
बाबुको नाम: {abname2.full}
आमाको नाम: {abname3.full}
ठेगाना: {abaddr1}
[[वडा कार्यालय]]
""",
    ),
    _t(
        "tenancy-ka",
        "tenancy agreement",
        "ka_GE",
        """
ქირავნობის ხელშეკრულება
გამქირავებელი: {abname1.full}
დამქირავებელი: {abname2.full}
ბინის მისამართი: {abaddr1}
ტელეფონი: {abtel1}
ხელშეკრულების თარიღი: {abdate1.dots}
[[ყოველთვიური ქირა 1200 ლარი]]
""",
    ),
    _t(
        "death-hy",
        "death certificate",
        "hy_AM",
        """
ՄԱՀՎԱՆ ՎԿԱՅԱԿԱՆ  N {abcert1}
Անուն, ազգանուն: {abname1.full}
Մահվան ամսաթիվ: {abdate1.dots}
Տարիքը: {abage1}
Հասցե: {abaddr1}
[[Քաղաքացիական կացության ակտերի գրանցում]]
""",
    ),
    _t(
        "hu-tenancy",
        "tenancy agreement",
        "hu_HU",
        """
LAKÁSBÉRLETI SZERZŐDÉS
Bérbeadó: {abname1.last_space_first}, {abaddr1}
Bérlő: {abname2.last_space_first}, született {abdob1.iso}, telefon {abtel1}
Bérlemény: {abaddr2}
Kaució: [[kéthavi bérleti díj]], átutalva {abdate1.iso} napján
""",
    ),
    _t(
        "sw-obituary",
        "obituary",
        "sw en_KE",
        """
TANZIA
Familia ya marehemu {abname1.full} wa {abtown1} inasikitika kutangaza kifo cha mpendwa wao
kilichotokea tarehe {abdate1.dmy} akiwa na umri wa miaka {abage1}.
Mazishi yatafanyika nyumbani kwake {abaddr1}. [[Bwana alitoa, Bwana ametwaa.]]
Mawasiliano: {abname2.full} {abtel1}
""",
    ),
    _t(
        "police-report-tr",
        "police report",
        "tr_TR az_AZ",
        """
OLAY TUTANAĞI -- Dosya No: {abcase1}
Müşteki: {abname1.full}, T.C. {abnat1.tr}
Adres: {abaddr1}   Tel: {abtel1}
Olay: [[cep telefonu çalındı]] -- IMEI {abimei1}
Tarih: {abdate1.dots}   Tutanak düzenleyen: {abname2.initial_last}
""",
    ),
    _t(
        "helpdesk-ticket-json",
        "helpdesk ticket",
        "en_US en_GB de_DE",
        """
{"ticket": "{abcase1}", "created": "{abdate1.iso}", "requester": {"name": "{abname1.full}", "email": "{abmail1}", "phone": "{abtel1}"},
 "device": {"serial": "{abdev1}", "mac": "{abmac1}", "ip": "{abip1}"},
 "summary": "[[VPN drops every 10 minutes]]"}
""",
    ),
    _t(
        "benefit-application-us",
        "benefit application",
        "en_US es_MX",
        """
SURVIVOR BENEFITS APPLICATION (summary)
Deceased worker: {abname1.full}   SSN {abssn1}   Date of death {abdate1.mdy}
Applicant: {abname2.full}   SSN {abssn2}   Relationship: [[widow]]
Marriage date {abdate2.mdy}, marriage certificate {abcert1}
Direct deposit: routing 021000021 account {abacct1}
Phone {abtel1}; fax {abfax1}
""",
    ),
    _t(
        "veteran-burial-us",
        "burial benefit form",
        "en_US",
        """
APPLICATION FOR BURIAL BENEFITS
Veteran: {abname1.caps_last_first}   Service number / SSN: {abssn1}
Date of birth: {abdob1.aged_mdy}   Date of death: {abdate1.mdy}   Age: {abage1}
Place of burial: {abaddr1}, plot coordinates {abgeo1}
Claimant: {abname2.full}, {abmail1}
[[Plot allowance requested]]
""",
    ),
    _t(
        "biometric-enrolment",
        "biometric enrolment record",
        "en_GB ar_AE",
        """
BIOMETRIC ENROLMENT -- residence permit application {abref1}
Applicant: {abname1.caps_last_first}   Passport {abpass1}
Fingerprint template: {abbio1}   Facial image: {abphoto1}
Enrolment centre: {abtown1}, kiosk {abdev1}, {abdate1.dmy}
[[Quality check passed]]
""",
    ),
    _t(
        "visitor-log-geo",
        "site visit log",
        "en_AU en_NZ en_CA",
        """
Field visit log -- property inspection for probate valuation
{abdate1.iso} 09:14  arrived {abaddr1}  GPS {abgeo1}  inspector {abname1.initials}
{abdate1.iso} 09:40  met executor {abname2.full} (mob {abtel1})
{abdate1.iso} 10:55  [[inspection complete]], photos uploaded to {aburl1}
""",
    ),
    _t(
        "postcode-survey",
        "census return",
        "en_GB",
        """
Household return -- address ID {abref1}
Person 1: {abname1.full}, born {abdob1.dmy}, [[head of household]]
Person 2: {abname2.full}, born {abdob2.aged_dmy}, aged {abage1}
Postcode: {abpost1}   Town: {abtown1}
""",
    ),
]

# ---------------------------------------------------------------- letters and registers, more forms
TEMPLATES += [
    _t(
        "executor-letter",
        "executor letter",
        "en_GB en_IE",
        """
{abname1.full}
{abaddr1.lines}

{abdate1.en_long}

To the Bereavement Services Team,
Re: the late {abname2.full} (d.o.b. {abdob1.dmy}; d.o.d. {abdate2.dmy})
I am the executor of the above estate. Please [[freeze the account]] ending in the number
{abacct1} and send a closing balance to me at the address above, or e-mail {abmail1}.
With thanks for your help,
{abname1.initials}
""",
    ),
    _t(
        "bereavement-notification",
        "bereavement notification",
        "en_AU en_NZ en_CA",
        """
Tell Us Once -- bereavement notification   reference {abref1}
Person who has died: {abname1.caps_last_first}
Born: {abdob1.aged_dmy}   Died: {abdate1.dmy}   Age at death: {abage1}
Usual address:
{abaddr1.lines}
Services to notify: [[tax office, pension, driver licensing]]
Driver licence no.: {ablic1}   Passport no.: {abpass1}
Notifier: {abname2.full}, ph {abtel1}
""",
    ),
    _t(
        "tenant-reference",
        "tenant reference",
        "en_IE en_GB",
        """
Landlord reference -- applicant {abname1.first_last}, D.O.B. {abdob1.dots}
Previous address: {abaddr1}
Tenancy from {abdate1.dots} to {abdate2.dots}; rent paid on time: [[always]]
Would you let to them again? Yes.
Referee: {abname2.full}, {abtel1} (landlord)
""",
    ),
    _t(
        "nota-simple-es",
        "land registry extract",
        "es_ES",
        """
NOTA SIMPLE INFORMATIVA -- Registro de la Propiedad de {abtown1}
FINCA DE {abtown1} Nº: {abtitle1}
Descripción: URBANA. Vivienda sita en {abaddr1}.
TITULARIDADES: {abname1.caps}, NIF {abnat1.es}, 100% del pleno dominio por título de herencia,
según escritura autorizada el {abdate1.dmy}.
CARGAS: [[Sin cargas registradas]]
""",
    ),
    _t(
        "avis-deces-fr",
        "obituary",
        "fr_FR fr_CA fr_CH",
        """
AVIS DE DÉCÈS
{abtown1}. Mme {abname1.first} {abname1.caps_last}, née {abname2.caps_last},
nous a quittés le {abdate1.long_fr}, dans sa {abage1}e année.
Ses enfants {abname3.first} et {abname4.first}, ses petits-enfants, [[ont la tristesse]] de vous
faire part de son décès. Condoléances : {aburl1}
""",
    ),
    _t(
        "cv-pl",
        "CV",
        "pl_PL",
        """
ŻYCIORYS ZAWODOWY
Imię i nazwisko: {abname1.full}
Data urodzenia: {abdob1.long_pl}
Adres: {abaddr1}
Tel. kom.: {abtel1}   e-mail: {abmail1}
Doświadczenie: [[specjalista ds. windykacji w firmie telekomunikacyjnej]]
Wyrażam zgodę na przetwarzanie moich danych osobowych.
""",
    ),
    _t(
        "sim-registration-ng",
        "SIM registration form",
        "en_NG ha_NG yo_NG ig_NG",
        """
SUBSCRIBER REGISTRATION FORM (SIM)
Surname: {abname1.caps_last}   Other names: {abname1.first}
Date of birth: {abdob1.dmy}   State of origin: [[Lagos]]
Residential address: {abaddr1}
MSISDN: {abtel1}   SIM serial: {abiccid1}
Fingerprints captured: template ref {abbio1}
Agent: {abname2.first_initial}, device IMEI {abimei1}
""",
    ),
    _t(
        "koseki-jp",
        "family register extract",
        "ja_JP",
        """
戸籍全部事項証明書
本籍　{abaddr1}
氏名　{abname1.cjk}
戸籍事項　[[戸籍編製]]　{abdate1.jp}
筆頭者　{abname1.cjk}　生年月日　{abdob1.jp}
配偶者　{abname2.cjk}　生年月日　{abdob2.jp}
子　{abname3.cjk}
""",
    ),
    _t(
        "bouppteckning-se",
        "estate inventory",
        "sv_SE",
        """
BOUPPTECKNING efter {abname1.full}, personnummer {abnat1.se}
Död: {abdate1.iso}   Senast bosatt: {abaddr1}
Dödsbodelägare: {abname2.full} (make), {abname3.full} (barn), personnummer {abnat2.se}
Förrättningsmän: {abname4.full}, {abname5.full}
Tillgångar: bankkonto {abacct1}, [[bostadsrätt]]
""",
    ),
    _t(
        "probate-search-pipes",
        "probate search results",
        "en_GB en_AU",
        """
| surname            | forenames        | date of death | registry        | grant ref   |
|--------------------|------------------|---------------|-----------------|-------------|
| {abname1.caps_last} | {abname1.first} | {abdate1.dmy} | {abtown1} | {abcase1} |
| {abname2.caps_last} | {abname2.first} | {abdate2.dmy} | {abtown2} | {abcase2} |
| {abname3.caps_last} | {abname3.first} | {abdate3.dmy} | {abtown1} | {abcase3} |
[[Results show grants issued since 1858.]]
""",
    ),
    _t(
        "cv-nl",
        "CV",
        "nl_NL nl_BE",
        """
Curriculum vitae
{abname1.full} -- {abaddr1}
Geboortedatum: {abdob1.dash} | Mobiel: {abtel1} | {abmail1}
LinkedIn: {aburl1}
Werkervaring: [[kandidaat-notaris]], notariskantoor te {abtown1}
""",
    ),
    _t(
        "intercept-warrant-da",
        "lawful intercept request form",
        "da_DK no_NO",
        """
KENDELSE OM INDGREB I MEDDELELSESHEMMELIGHEDEN  -- sagsnr. {abcase1}
Mistænkt: {abname1.full}
Telefonnummer: {abtel1}   IMSI: {abimsi1}   IMEI: {abimei1}
Periode: {abdate1.iso} -- {abdate2.iso}
[[Teleoplysninger og aflytning]]  Anklager: {abname2.initial_last}
""",
    ),
    _t(
        "number-port-log",
        "network log",
        "en_US en_CA es_MX",
        """
{abdate1.iso} 10:14:02 NPAC SOA: port-in requested tn={abtel1} new_sp=4412 old_sp=6006 ban={abacct1} [[status=pending]]
{abdate1.iso} 10:14:03 NPAC SOA: subscriber name="{abname1.caps_last_first}" zip={abpost1}
{abdate1.iso} 11:02:45 NPAC SOA: port activated tn={abtel1} lrn=3125550000
""",
    ),
    _t(
        "marriage-banns-mt",
        "marriage notice",
        "mt_MT en_GB",
        """
PUBBLIKAZZJONI TA' ŻWIEĠ -- Marriage notice
{abname1.full}, residing at {abaddr1}, and {abname2.full}, residing at {abaddr2},
intend to marry at the Marriage Registry, {abtown1}, on {abdate1.dmy}.
[[Any objection must be lodged within eight days.]]
""",
    ),
]


# ---------------------------------------------------------------- a last round of languages and shapes
TEMPLATES += [
    _t(
        "sim-swap-pl",
        "SIM-swap ticket",
        "pl_PL",
        """
ZGŁOSZENIE {abcase1} -- wymiana karty SIM (duplikat)
Abonent: {abname1.last_first}, PESEL {abnat1.pl}
Numer: {abtel1}   nowy ICCID: {abiccid1}
Salon: {abaddr1}   Konsultant: {abname2.initial_last}
Weryfikacja tożsamości: dowód osobisty {abpass1} -- [[pozytywna]]
""",
    ),
    _t(
        "itemised-bill-jp",
        "itemised phone bill",
        "ja_JP",
        """
ご利用料金明細　{abdate1.jp}請求分
お客様番号：{abacct1}
ご契約者：{abname1.cjk}　様
ご利用電話番号：{abtel1}
通話明細
{abdate2.jp}　10:02　{abtel2}　3分12秒
{abdate2.jp}　21:40　{abtel3}　18分05秒
[[ユニバーサルサービス料を含みます]]
""",
    ),
    _t(
        "cv-ar",
        "CV",
        "ar_EG ar_SA ar_AE",
        """
السيرة الذاتية
الاسم: {abname1.full}
تاريخ الميلاد: {abdob1.dmy}
العنوان: {abaddr1}
الهاتف: {abtel1}
البريد الإلكتروني: {abmail1}
الخبرات: [[مهندس شبكات اتصالات]]
""",
    ),
    _t(
        "interview-notes-de",
        "interview notes",
        "de_DE de_AT",
        """
Gesprächsnotiz Vorstellungsgespräch -- Stelle [[Sachbearbeitung Nachlassgericht]]
Bewerberin: {abname1.full}, geb. {abdob1.dots}
Termin: {abdate1.dots}, Raum 2.14; Gesprächsführung: {abname2.initials}
Eindruck: sehr strukturiert, Erfahrung mit Erbscheinsverfahren.
Rückruf an {abtel1} vereinbart; Unterlagen per Mail an {abmail1}.
""",
    ),
    _t(
        "obituary-el",
        "obituary",
        "el_GR el_CY",
        """
ΚΗΔΕΙΑ
Ο αγαπημένος μας σύζυγος, πατέρας και παππούς
{abname1.full}
ετών {abage1}
απεβίωσε στις {abdate1.dots}. Η εξόδιος ακολουθία θα ψαλεί στον [[Ιερό Ναό Αγίου Νικολάου]], {abtown1}.
Οι τεθλιμμένοι: {abname2.full}, {abname3.full}. Τηλ. {abtel1}
""",
    ),
    _t(
        "birth-cert-uk",
        "birth certificate",
        "uk_UA",
        """
СВІДОЦТВО ПРО НАРОДЖЕННЯ   Серія {abcert1}
Прізвище, ім'я: {abname1.full}
Дата народження: {abdate1.dots}
Місце народження: {abtown1}
Батьки: {abname2.full}; {abname3.full}
Актовий запис № {abref1}
[[Державна реєстрація народження]]
""",
    ),
    _t(
        "gedcom-pl",
        "GEDCOM file",
        "pl_PL cs_CZ sk_SK",
        """
0 HEAD
1 CHAR UTF-8
1 LANG Polish
0 @P12@ INDI
1 NAME {abname1.gedcom}
1 BIRT
2 DATE {abdate1.old_gedcom}
2 PLAC {abtown1}
1 CHR
2 PLAC {abtown1}, [[parafia rzymskokatolicka]]
0 @P13@ INDI
1 NAME {abname2.gedcom}
1 DEAT
2 DATE {abdate2.old_gedcom}
""",
    ),
    _t(
        "cdr-jsonl",
        "call detail records",
        "en_US fr_FR es_ES nl_NL",
        """
{"ts": "{abdate1.iso}T19:22:10Z", "type": "voice", "from": "{abmsisdn1}", "to": "{abmsisdn2}", "dur": 412, "imei": "{abimei1}", "cell": "[[eNB-20871-3]]"}
{"ts": "{abdate1.iso}T19:40:51Z", "type": "sms", "from": "{abmsisdn2}", "to": "{abmsisdn1}", "imsi": "{abimsi1}"}
{"ts": "{abdate1.iso}T20:03:02Z", "type": "data", "msisdn": "{abmsisdn1}", "ip": "{abip1}", "bytes": 1839221}
""",
    ),
    _t(
        "background-check-mx",
        "background check report",
        "es_MX es_CO",
        """
ESTUDIO SOCIOECONÓMICO Y DE ANTECEDENTES -- folio {abref1}
Candidato: {abname1.caps}   CURP: {abnat1.mx}
Domicilio: {abaddr1}   Teléfono: {abtel1}
Referencias laborales: {abname2.full} (jefe directo) -- [[recomendable]]
Visita domiciliaria realizada el {abdate1.dmy}; coordenadas {abgeo1}
""",
    ),
    _t(
        "inventario-br",
        "notarial deed",
        "pt_BR",
        """
ESCRITURA PÚBLICA DE INVENTÁRIO E PARTILHA -- Livro {abref1}
Autor da herança: {abname1.caps}, CPF {abnat1.br}, falecido em {abdate1.dmy} em {abtown1}.
Herdeiros: {abname2.full}, CPF {abnat2.br}; {abname3.full}.
Bem: imóvel na {abaddr1}, matrícula {abtitle1}.
[[Recolhido o ITCMD.]] Tabelião: {abname4.full}
""",
    ),
    _t(
        "hyresavtal-se",
        "tenancy agreement",
        "sv_SE fi_FI",
        """
HYRESKONTRAKT FÖR BOSTADSLÄGENHET
Hyresvärd: {abname1.full}, tel {abtel1}
Hyresgäst: {abname2.full}, personnummer {abnat1.se}
Lägenhet: {abaddr1}
Hyrestid: från {abdate1.iso} [[tills vidare]]
Hyran betalas till bankgiro / konto {abacct1}
""",
    ),
    _t(
        "job-application-he",
        "job application form",
        "he_IL",
        """
טופס מועמדות למשרה -- מספר משרה {abref1}
שם מלא: {abname1.full}
תעודת זהות: {abnat1.il}
טלפון: {abtel1}
דואר אלקטרוני: {abmail1}
[[ניסיון בשירות לקוחות בתחום התקשורת]]
""",
    ),
]


SPLIT = Split(
    name="heldout_ab",
    templates=TEMPLATES,
    seeds=range(84430001, 84430401),
    locales=(("en_GB", 1),),
    name_countries=(),
    id_countries=("US",),
    shapes={
        "mrn": ("#######",),
        "plan": ("???#########",),
        "claim": ("#############",),
        "account": ("########",),
        "licence": ("?#######",),
        "reg": ("#######",),
        "cert": ("???######",),
        "serial": ("SN##########",),
    },
    date_formats=("%Y-%m-%d",),
)
