"""Split Y: identity papers, labels and the paper that moves at a front desk.

Held out in session 42 (run once after the freeze), DEV-side (tuned on) since.
Written in session 40 by a separate author, from the identifier classes and each
country's conventions (ICAO 9303, HL7 v2, FHIR, X12, EDIFACT, postal orders), not from
any other split. Values come from y_forms.py (slots "y..."); dates count back from
Y_TODAY, never from the clock. No text holds an angle bracket: an MRZ's filler is
written as OCR gives it ("‹"), XML is quoted escaped as a log writes it.
"""

# ruff: noqa: E501 - a template line is as long as the line of the paper it copies

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.y_forms import Y_TODAY

__all__ = ["SPLIT", "TEMPLATES", "Y_TODAY"]

TEMPLATES: list[Template] = []


def t(tid: str, doc_type: str, locale: str, text: str) -> None:
    """One template, written in one locale's language and conventions."""
    TEMPLATES.append(Template(f"y-{tid}", doc_type, text, locales=((locale, 1),)))


# --- passports (TD3) and their machine-readable zones ---------------------------------

t(
    "passport-jp",
    "passport data page",
    "ja_JP",
    """日本国旅券 JAPAN PASSPORT
[[Type/型 P]]   [[Issuing country/発行国 JPN]]   Passport No./旅券番号 {ypass1}
Surname/姓 {yper1.caps_family}
Given name/名 {yper1.caps_given}
氏名 {yper1.full}
Nationality/国籍 JAPAN   Date of birth/生年月日 {ydob1.vis}   Sex/性別 {ymzs1.label}
Date of expiry/有効期間満了日 {yexp1.vis}

P‹JPN{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}JPN{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
""",
)

t(
    "passport-kr",
    "passport data page",
    "ko_KR",
    """대한민국 REPUBLIC OF KOREA 여권 PASSPORT
종류/Type PM   발행국/Issuing country KOR   여권번호/Passport No. {ypass1}
성/Surname {yper1.caps_family}
명/Given names {yper1.caps_given}
한글성명 {yper1.full}
생년월일/Date of birth {ydob1.vis}   성별/Sex {ymzs1.label}
기간만료일/Date of expiry {yexp1.vis}
[[주민등록번호 뒷자리는 기재하지 않음]]

PMKOR{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}KOR{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
""",
)

t(
    "passport-nl",
    "passport data page",
    "nl_NL",
    """KONINKRIJK DER NEDERLANDEN - KINGDOM OF THE NETHERLANDS
PASPOORT / PASSPORT / PASSEPORT
Documentnummer {ypass1}
Naam / Surname: {yper1.caps_family}
Voornamen / Given names: {yper1.caps_given}
Geboortedatum / Date of birth: {ydob1.vis}
Persoonsnummer / Personal no.: {yopt1.nl}
Geldig tot / Date of expiry: {yexp1.vis}
[[Houder / Holder: zie handtekening]]

P‹NLD{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}NLD{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{yopt1}{ymzo1.label}{ymzc1.label}
""",
)

t(
    "passport-ocr-se",
    "passport scan (OCR)",
    "sv_SE",
    """--- OCR output, page 1 of 1, confidence 0.87 ---
PASS   PASSPORT   PASSEPORT         SVERIGE
Efternamn/Surname  {yper1.caps_family}
Förnamn/Given names  {yper1.caps_given}
Personnummer/Personal ID No  {yopt1.se}
Född/Date of birth  {ydob1.vis}      Passnr {ypass1}
[[Maskinläsbar zon nedan]]
P‹SWE{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}SWE{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{yopt1}{ymzo1.label}{ymzc1.label}
--- end of OCR ---
""",
)

t(
    "passport-ru",
    "foreign passport (RU)",
    "ru_RU",
    """РОССИЙСКАЯ ФЕДЕРАЦИЯ / RUSSIAN FEDERATION
ПАСПОРТ / PASSPORT  №  {ypass1}
Фамилия / Surname  {yper1.last} / {yper1.caps_family}
Имя / Given names  {yper1.first} / {yper1.caps_given}
Дата рождения / Date of birth  {ydob1.dmy_dot}
Дата окончания срока / Date of expiry  {yexp1.dmy_dot}
[[Подпись владельца]]

P‹RUS{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}RUS{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
""",
)

t(
    "passport-check-in",
    "hotel registration card",
    "fr_FR",
    """HÔTEL DU PORT - FICHE DE POLICE / REGISTRATION CARD
Chambre [[Room 214]]   Arrivée {ydate1.dmy}   Départ {ydate2.dmy}
Nom / Name: {yper1.caps_last_first}
Nationalité: [[see passport]]   Passeport n°: {ypass1}
Date de naissance: {ydob1.dmy}
Adresse: {yaddr1}
Tél.: {ytel1}   E-mail: {ymail1}
Carte de garantie: {ycard1} exp. 12/29
Zone MRZ relevée à la réception:
P‹FRA{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}FRA{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
Signature du client: ____________  Réceptionniste: {yper2.initials}
""",
)

# --- identity cards (TD1) and residence permits ---------------------------------------

t(
    "idcard-de",
    "national identity card",
    "de_DE",
    """BUNDESREPUBLIK DEUTSCHLAND - PERSONALAUSWEIS
Name/Surname: {yper1.caps_family}
Vornamen/Given names: {yper1.given}
Geburtstag/Date of birth: {ydob1.dmy_dot}   Geburtsort: {ytown1}
Gültig bis: {yexp1.dmy_dot}   Ausweisnummer: {ypass1}
Anschrift (Rückseite): {yaddr1.de}
[[Staatsangehörigkeit DEUTSCH]]

IDD‹‹{ypass1}{ymzn1.label}{ymzi1.label}
{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}D‹‹‹‹‹‹‹‹‹‹‹‹‹{ymzk1.label}
{yper1.mrzid}{ymzq1.label}
""",
)

t(
    "idcard-es",
    "national identity card",
    "es_ES",
    """REINO DE ESPAÑA - DOCUMENTO NACIONAL DE IDENTIDAD
APELLIDOS {yper1.last}
NOMBRE {yper1.first}
SEXO {ymzs1.label}   NACIONALIDAD ESP   FECHA DE NACIMIENTO {ydob1.dmy}
DNI {yopt1.es}   VÁLIDO HASTA {yexp1.dmy}
[[IDESP]] — zona de lectura mecánica:
IDESP{ypass1}{ymzn1.label}{yopt1}{ymzi1.label}
{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}ESP‹‹‹‹‹‹‹‹‹‹‹{ymzk1.label}
{yper1.mrzid}{ymzq1.label}
""",
)

t(
    "resident-permit-uk",
    "residence permit (BRP)",
    "en_GB",
    """BIOMETRIC RESIDENCE PERMIT
Surname: {yper1.caps_family}   Forename(s): {yper1.given}
Permit No: {yperm1}   Valid until: {yexp1.en}
Date of birth: {ydob1.en}   Place of birth: {ytown1}
Remarks: [[LEAVE TO REMAIN]] [[NO RECOURSE TO PUBLIC FUNDS]]
Biometric enrolment ref: {ybio1}
Photo (stored): {yphoto1}

IRGBR{yperm1}{ymzn1.label}{ymzi1.label}
""",
)

t(
    "resident-permit-de",
    "Aufenthaltstitel",
    "de_DE",
    """Aufenthaltstitel - elektronischer Aufenthaltstitel (eAT)
Name: {yper1.last_first}
Geburtsdatum: {ydob1.dmy_dot}   Staatsangehörigkeit: [[siehe Pass]]
Kartennummer: {yperm1}   Gültig bis: {yexp1.dmy_dot}
Anmerkungen: [[Erwerbstätigkeit gestattet]]
Wohnanschrift: {yaddr1.de_l}
Ausländerbehörde, Sachbearbeiter: {yper2.initials}, Tel. {ytel1.de}
""",
)

t(
    "visa-schengen",
    "visa sticker (MRV-A)",
    "it_IT",
    """VISTO / VISA  SCHENGEN   Tipo C   [[Valido per: STATI SCHENGEN]]
Cognome, Nome / Surname, Name: {yper1.caps_last_first}
Passaporto n. / Passport No: {ypass1}
Dal / From {ydate1.dmy} al / Until {yexp1.dmy}   Durata del soggiorno: [[30 giorni]]
Rilasciato a / Issued in: {ytown1} il {ydate2.dmy}
Numero visto: {yref1}

VCITA{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}ITA{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}‹‹‹‹‹‹‹‹‹‹‹‹‹‹‹‹
""",
)

t(
    "visa-application-in",
    "visa application form",
    "en_IN",
    """e-VISA APPLICATION - ACKNOWLEDGEMENT
Application ID: {yref1}
Applicant: {yper1.caps_last_first}    Date of birth: {ydob1.dmy}
Passport number: {ypass1}   Passport expiry: {yexp1.dmy}
Aadhaar of Indian reference: {ynat1.in} (sponsor {yper2.latin})
Address in India: {yaddr1.in}
Reference contact: {ytel1.in_intl}   E-mail: {ymail1}
[[Purpose of visit: MEDICAL ATTENDANT]]  Hospital: [[registered hospital]]
Biometrics captured at VFS centre, ref {ybio1}
""",
)

t(
    "idcard-cn",
    "resident identity card",
    "zh_CN",
    """中华人民共和国居民身份证
姓名 {yper1.full}
性别 {ymzs1.label}   民族 [[汉]]
出生 {ydob1.cn}
住址 {yaddr1.cn}
公民身份号码 {ynat1.cn}
签发机关 [[公安局]]   有效期限 {ydate1.ymd_dash}-{yexp1.ymd_dash}
""",
)

t(
    "idcard-kr",
    "resident registration card",
    "ko_KR",
    """주민등록증
{yper1.full} ({yper1.both})
주민등록번호 {ynat1.kr}
주소 {yaddr1.kr}
발급일 {ydate1.kr}
[[서울특별시장]]
""",
)

t(
    "mynumber-jp",
    "My Number card",
    "ja_JP",
    """個人番号カード
氏名 {yper1.full}
住所 {yaddr1.jp}
生年月日 {ydob1.jp_era} 生   性別 {ymzs1.label}
個人番号 {ynat1.jp}
有効期限 {yexp1.jp}まで
[[電子証明書の有効期限に注意]]
""",
)

t(
    "tc-kimlik",
    "identity card (TR)",
    "tr_TR",
    """TÜRKİYE CUMHURİYETİ KİMLİK KARTI
T.C. Kimlik No / TR Identity No: {ynat1.tr}
Soyadı / Surname: {yper1.caps_family}
Adı / Given Name(s): {yper1.caps_given}
Doğum Tarihi / Date of Birth: {ydob1.dmy_dot}
Seri No / Document No: {ypass1}
Geçerlilik Tarihi / Valid Until: {yexp1.dmy_dot}
[[Uyruğu / Nationality: T.C./TUR]]
""",
)

t(
    "teudat-zehut",
    "identity card (IL)",
    "he_IL",
    """מדינת ישראל - תעודת זהות
שם משפחה: {yper1.last}   Family name: {yper1.family}
שם פרטי: {yper1.first}   Given name: {yper1.given}
מספר זהות: {ynat1.il}
תאריך לידה: {ydob1.dmy_dot}   מקום לידה: {ytown1}
כתובת: {yaddr1.he}
[[משרד הפנים - רשות האוכלוסין וההגירה]]
""",
)

t(
    "idcard-sa",
    "national ID (Saudi)",
    "ar_SA",
    """المملكة العربية السعودية - وزارة الداخلية
بطاقة الهوية الوطنية
الاسم: {yper1.full}
Name: {yper1.latin}
رقم الهوية / ID No.: {ynat1.sa}
تاريخ الميلاد: {ydob1.ar}
تاريخ الانتهاء: {yexp1.ar}
العنوان الوطني: {yaddr1.arabn}
[[مكتب الأحوال المدنية]]
""",
)

# --- driving licences --------------------------------------------------------------------

t(
    "dl-uk",
    "driving licence",
    "en_GB",
    """DRIVING LICENCE   UK
1. {yper1.caps_family}
2. {yper1.given}
3. {ydob1.dmy_dot}  {ytown1}
4a. {ydate1.dmy_dot}  4b. {yexp1.dmy_dot}  4c. [[DVLA]]
5. {ylic1.uk}
8. {yaddr1.uk}
9. [[AM/A/B/BE/f/k/l/n/p/q]]
""",
)

t(
    "dl-us",
    "driver license",
    "en_US",
    """DRIVER LICENSE   CLASS [[D]]   [[REAL ID]]
DL {ylic1}   EXP {yexp1.mdy}
LN {yper1.caps_family}
FN {yper1.caps_given}
{yaddr1.us_l}
DOB {ydob1.mdy}   RSTR [[CORRECTIVE LENSES]]
SEX {ymzs1.label}  HGT 5-06  EYES BRO  DD {yref1}
ISS {ydate1.mdy}   [[ORGAN DONOR]]
""",
)

t(
    "dl-de",
    "Führerschein",
    "de_DE",
    """FÜHRERSCHEIN  Bundesrepublik Deutschland  [[Modell der Europäischen Union]]
1. {yper1.family}
2. {yper1.given}
3. {ydob1.dmy_dot} {ytown1}
4a. {ydate1.dmy_dot}   4b. {yexp1.dmy_dot}   4c. Landratsamt {ytown2}
5. {ylic1}
9. [[AM/B/L]]
""",
)

t(
    "dl-jp",
    "運転免許証",
    "ja_JP",
    """運転免許証
氏名 {yper1.full}　{ydob1.jp_era}生
住所 {yaddr1.jp}
交付 {ydate1.jp}
{yexp1.jp_era}まで有効
[[眼鏡等]]
番号 第 {ylic1} 号
[[公安委員会]]
""",
)

t(
    "dl-br",
    "CNH (carteira de habilitação)",
    "pt_BR",
    """REPÚBLICA FEDERATIVA DO BRASIL - CARTEIRA NACIONAL DE HABILITAÇÃO
NOME {yper1.caps}
DOC. IDENTIDADE / ÓRG. EMISSOR / UF  {yperm1.br} SSP SP
CPF {ynat1.br}   DATA NASCIMENTO {ydob1.dmy}
Nº REGISTRO {ylic1}   VALIDADE {yexp1.dmy}   [[CAT. HAB. AB]]
FILIAÇÃO {yper2.m_caps} / {yper3.f_caps}
""",
)

t(
    "dl-in",
    "driving licence (IN)",
    "hi_IN",
    """भारतीय संघ - ड्राइविंग लाइसेंस / Union of India Driving Licence
DL No: {ylic1}   Issue Date: {ydate1.dmy}   Validity (NT): {yexp1.dmy}
नाम / Name: {yper1.full} / {yper1.caps}
S/D/W of: {yper2.latin}
जन्म तिथि / DOB: {ydob1.dmy}   [[Blood Group: B+]]
पता / Address: {yaddr1.in}
[[COV: LMV, MCWG]]   Vehicle: {yveh1.in}
""",
)

# --- hospital wristbands, specimen and pharmacy labels ---------------------------------

t(
    "wristband-us",
    "patient wristband",
    "en_US",
    """{yper1.caps_last_first}
MRN {ymrn1}   DOB {ydob1.mdy}   {ymzs1.label}
ADM {ydate1.mdy}   RM [[4 WEST 12B]]
[[ALLERGY: PENICILLIN]]   [[FALL RISK]]
*{ymrn1}*
""",
)

t(
    "wristband-uk",
    "patient wristband",
    "en_GB",
    """{yper1.caps_family}, {yper1.given}
NHS No {ynat1.gb}  H.No {ymrn1}
DOB {ydob1.dmy}
[[NO KNOWN ALLERGIES]]
""",
)

t(
    "wristband-jp",
    "patient wristband",
    "ja_JP",
    """{yper1.full} 様 ({yper1.caps_family} {yper1.given})
患者ID {ymrn1}   生年月日 {ydob1.jp}
[[病棟 5階東]]   [[血液型 A Rh+]]
""",
)

t(
    "wristband-newborn",
    "newborn wristband",
    "es_MX",
    """RN DE {yper1.f_caps}
MADRE: {yper1.last_first}   Exp. {ymrn1}
Nacimiento: {ydate1.dmy} [[03:42]]   [[Sexo: F]]   [[Peso 3,120 g]]
Cuna [[12]]   Médico: Dr(a). {yper2.last}
""",
)

t(
    "specimen-label",
    "specimen label",
    "en_US",
    """[[SERUM - GOLD TOP]]   Acc# {yclaim1}
{yper1.caps_last_first}   MRN {ymrn1}
DOB {ydob1.mdy}   Coll {ydate1.mdy} [[07:15]]
Ord: {yper2.initials}   [[CMP, LIPID]]
""",
)

t(
    "specimen-label-de",
    "Probenetikett",
    "de_DE",
    """Labor-Nr. {yclaim1}   [[EDTA-Blut]]
{yper1.caps_family}, {yper1.given}  * {ydob1.dmy_dot}
Pat.-Nr. {ymrn1}   Entnahme {ydate1.dmy_dot} [[08:10]]
Einsender: Praxis {yper2.last}, LANR {yreg1}
""",
)

t(
    "specimen-label-ko",
    "검체 라벨",
    "ko_KR",
    """[[검체: 소변]]  등록번호 {ymrn1}
{yper1.full} ({yper1.caps_family} {yper1.given})  {ydob1.kr}
채취 {ydate1.kr}  [[요검사]]
""",
)

t(
    "pharmacy-label-us",
    "prescription label",
    "en_US",
    """{yper3.caps} PHARMACY  {yaddr1.us}
Ph {ytel1.us}
Rx# {yrx1}   Date filled {ydate1.mdy}
{yper1.caps_last_first}
{yaddr2.us}
[[TAKE ONE TABLET BY MOUTH TWICE A DAY WITH MEALS]]
[[METFORMIN HCL 500 MG TAB]]  Qty [[60]]  Refills [[3]]
Prescriber: Dr. {yper2.lat_last_first}  Lic. {yreg1}
Discard after {yexp1.mdy}
""",
)

t(
    "pharmacy-label-fr",
    "étiquette de pharmacie",
    "fr_FR",
    """PHARMACIE {yper3.caps_family}
{yaddr1.fr}
Ordonnance n° {yrx1} du {ydate1.dmy}
Patient : {yper1.caps_last_first}
Dr {yper2.family} - RPPS {yreg1}
[[AMOXICILLINE 1 g : 1 comprimé matin et soir pendant 7 jours]]
N° sécurité sociale : {ynat1.fr}
""",
)

t(
    "pharmacy-label-ja",
    "薬袋",
    "ja_JP",
    """内服薬
{yper1.full} 様
[[1日3回 毎食後 7日分]]
調剤日 {ydate1.jp}   処方箋番号 {yrx1}
[[ロキソプロフェン錠60mg]]
{yaddr1.jp}  薬局 TEL {ytel1.jp}
""",
)

t(
    "pharmacy-label-es",
    "etiqueta de farmacia",
    "es_ES",
    """FARMACIA LDO. {yper3.caps}
Receta electrónica: {yrx1}
Paciente: {yper1.last_first}   CIP/TSI: {yplan1}
DNI: {ynat1.es}
[[Omeprazol 20 mg, 1 cápsula en ayunas]]
Dispensado: {ydate1.dmy}
""",
)

t(
    "blood-bag",
    "blood bank label",
    "en_GB",
    """[[PRODUCT: RED CELLS IN SAS]]  [[GROUP O RhD NEG]]
Donation No: {yref1}
FOR: {yper1.caps_last_first}   DOB {ydob1.dmy}
Hosp No {ymrn1}   Crossmatched {ydate1.dmy} by {yper2.initials}
[[IRRADIATED]]
""",
)

# --- faxes and their cover sheets --------------------------------------------------------

t(
    "fax-cover-us",
    "fax cover sheet",
    "en_US",
    """FAX TRANSMITTAL  -  [[CONFIDENTIAL HEALTH INFORMATION]]
Date: {ydate1.mdy}        Pages (incl. cover): [[4]]
To: {yper1.latin}, Utilization Review      Fax: {yfax1.us}
From: {yper2.latin}, RN                     Fax: {yfax2.us}   Phone: {ytel1.us}
Re: {yper3.lat_last_first}  DOB {ydob1.mdy}  Member ID {yplan1}
[[Prior authorization request - MRI lumbar spine]]
If you received this fax in error, call {ytel2.us} and destroy all pages.
""",
)

t(
    "fax-header-line",
    "faxed referral",
    "en_GB",
    """{ydate1.dmy} 09:14  FROM:{yfax1.uk}  TO:{yfax2.uk}  P.001/003
REFERRAL LETTER - CARDIOLOGY OPD
Dear Dr {yper1.family},
Re: {yper2.caps_last_first}, DOB {ydob1.dmy}, NHS No {ynat1.gb}
{yaddr1.uk_l}
[[Thank you for seeing this patient with worsening exertional chest pain.]]
Yours sincerely, Dr {yper3.initials} (GMC {yreg1})
""",
)

t(
    "fax-de",
    "Faxdeckblatt",
    "de_DE",
    """TELEFAX  -  Praxis Dr. med. {yper1.full}
An: Radiologie {ytown1}, z. Hd. {yper2.last_first}   Fax: {yfax1.de}
Von: {ytel1.de}   Datum: {ydate1.dmy_dot}   Seiten: [[2]]
Betreff: Patient/in {yper3.last_first}, geb. {ydob1.dmy_dot}, Vers.-Nr. {yplan1}
[[Bitte um Terminvergabe CT Thorax]]
[[Dieses Fax enthält vertrauliche Gesundheitsdaten.]]
""",
)

t(
    "fax-jp",
    "FAX送信票",
    "ja_JP",
    """FAX送信票
送信日: {ydate1.jp}
宛先: {yper1.full} 先生　FAX {yfax1.jp}
発信元: {yper2.full}　TEL {ytel1.jp}
件名: [[診療情報提供書の送付]]
患者: {yper3.full} 様 ({ydob1.jp} 生)　カルテ番号 {ymrn1}
""",
)

t(
    "fax-ocr-fr",
    "fax reçu (OCR)",
    "fr_FR",
    """-- Télécopie reçue le {ydate1.dmy} à 16h02 de {yfax1.fr} --
[[OBJET : Demande de prise en charge]]
Patiente : Mme {yper1.f_ocr}   N° SS : {ynat1.fr}
Née le {ydob1.dmy}   Mutuelle adhérent n° {yplan1}
Médecin traitant : Dr {yper2.family} - tél {ytel1.fr}
""",
)

# --- receipts and appointment slips ----------------------------------------------------

t(
    "receipt-pharmacy-us",
    "pharmacy receipt",
    "en_US",
    """{ytown1} DRUG #{yref1}
{yaddr1.us}
{ydate1.mdy} 14:22   REG 03   TRAN 8812
RX {yrx1}  PATIENT {yper1.caps_family}, {yper1.caps_given}
  [[COPAY]]              10.00
VISA ************{ycard1.visa16}
AUTH 044913   [[THANK YOU]]
""",
)

t(
    "receipt-clinic-jp",
    "領収書",
    "ja_JP",
    """領収書
{yper1.full} 様　患者番号 {ymrn1}
診療日 {ydate1.jp}
[[初・再診料 72点]]　[[検査料 140点]]
負担金額 ￥2,130
{yaddr1.jp}　TEL {ytel1.jp}
""",
)

t(
    "receipt-card-slip",
    "card payment slip",
    "de_DE",
    """KARTENZAHLUNG   [[girocard]]
Apotheke am Markt, {ytown1}
Datum {ydate1.dmy_dot}  Uhrzeit 11:02
Karte {ycard1}
IBAN {yiban1.de}
Betrag EUR 23,40    [[Zahlung erfolgt]]
Kunde: {yper1.last_first}
""",
)

t(
    "receipt-br",
    "recibo",
    "pt_BR",
    """RECIBO
Recebi de {yper1.caps}, CPF {ynat1.br}, a quantia de R$ 350,00
referente a [[consulta médica particular]] em {ydate1.dmy}.
{ytown1}, {ydate2.pt}.
Dr(a). {yper2.full} - CRM {yreg1}
Chave Pix: {ymail1}
""",
)

t(
    "appointment-slip-uk",
    "appointment slip",
    "en_GB",
    """{ytown1} GENERAL HOSPITAL - OUTPATIENT APPOINTMENT
Patient: {yper1.caps_last_first}   Hospital No: {ymrn1}
Clinic: [[Rheumatology]]   With: Dr {yper2.family}
Date: {ydate1.en} at [[10:40]]
Please bring this letter and a list of your medicines.
To change, call {ytel1.uk} quoting ref {yref1}.
""",
)

t(
    "appointment-slip-kr",
    "예약 안내문",
    "ko_KR",
    """[진료 예약 안내]
{yper1.full} 님 ({ymrn1})
예약일시: {ydate1.kr} 오전 9:30
진료과: [[정형외과]]  담당의: {yper2.full}
문의: {ytel1.kr}
""",
)

t(
    "appointment-slip-ar",
    "موعد مراجعة",
    "ar_EG",
    """بطاقة موعد - [[العيادات الخارجية]]
اسم المريض: {yper1.full} ({yper1.latin})
رقم الملف: {ymrn1}
الموعد: {ydate1.ar} الساعة ١٠:٠٠
الطبيب: د. {yper2.full}
للاستفسار: {ytel1}
""",
)

t(
    "appointment-reminder-sms",
    "appointment reminder SMS",
    "es_MX",
    """De: {ytel1.mx_e164}
Hola {yper1.first}, le recordamos su cita de [[control prenatal]] el {ydate1.dmy} a las 8:30
con Dra. {yper2.last}. Exp. {ymrn1}. Responda SI para confirmar.
""",
)

# --- handwritten forms, transcribed ----------------------------------------------------

t(
    "hand-intake-us",
    "handwritten intake form (transcribed)",
    "en_US",
    """[transcribed from handwritten intake form; illegible parts marked (?)]
Name: {yper1.ocr}   (patient wrote last name first: {yper1.caps_last_first})
D.O.B.: {ydob1.us}   SS#: {ynat1.us}
Address: {yaddr1.us}
Phone: ~~{ytel1.us}~~ {ytel2.us} (cell)
Emergency contact: {yper2.lower} (daughter?)
Reason for visit: [[knee pain, 3 wks]]
Signature: [signed]   Date: {ydate1.us}
""",
)

t(
    "hand-consent-fr",
    "formulaire manuscrit (transcrit)",
    "fr_FR",
    """[transcription d'un formulaire manuscrit - ratures indiquées par ~~ ~~]
Je soussigné(e) ~~{yper2.full}~~ {yper1.full}, né(e) le {ydob1.dmy}
demeurant {yaddr1.fr}
[[consens à l'intervention proposée]].
Fait à {ytown1} le {ydate1.dmy}   Tél. {ytel1.fr}
""",
)

t(
    "hand-form-de",
    "handschriftliches Formular (abgeschrieben)",
    "de_DE",
    """[Abschrift eines handschriftlichen Anmeldebogens; O/0 und l/1 unsicher]
Name, Vorname: {yper1.ocr}
Geb.-Datum: {ydob1.dmy_dot}
Krankenkasse: [[AOK]]  Vers.-Nr.: {yplan1}
Straße/Ort: {yaddr1.de}
Handy: {ytel1.de}  ~~E-Mail: keine~~ {ymail1}
[[Beschwerden: Schwindel seit 2 Tagen]]
""",
)

t(
    "hand-ru",
    "заявление (рукопись, расшифровка)",
    "ru_RU",
    """[расшифровка рукописного заявления]
Главному врачу [[поликлиники № 3]]
от {yper1.f_last_first}, {ydob1.dmy_dot} г.р.,
проживающей по адресу: {yaddr1.ru}
тел. {ytel1.ru}
ЗАЯВЛЕНИЕ
Прошу выдать копию медицинской карты № {ymrn1}.
Полис ОМС {yplan1}.  СНИЛС/ИНН {ynat1.ru}.
{ydate1.ru}          подпись ____ {yper1.initials}
""",
)

t(
    "hand-crossout-in",
    "handwritten form (transcribed)",
    "en_IN",
    """[transcript of handwritten OPD registration slip]
Patient name: {yper1.caps}   Age/Sex: [[F]]
Father's/Husband's name: {yper2.m_latin}
Addr: {yaddr1.in}
Mob: ~~{ytel1.in}~~ corrected to {ytel2.in}
Aadhaar: {ynat1.in}
UHID {ymrn1}   Date {ydate1.dmy}
""",
)

# --- SMS and messenger exports -------------------------------------------------------

t(
    "sms-export-en",
    "SMS export",
    "en_US",
    """Conversation with {ytel1.us_e164}
{ydate1.iso} 08:02:11  Received  Hi its {yper1.first} from the front desk, your [[lab results are ready]]
{ydate1.iso} 08:05:40  Sent      ok thx. can u send to {ymail1}
{ydate1.iso} 08:06:02  Received  For privacy we can't email. Portal: {yurl1}
{ydate1.iso} 08:09:15  Sent      my dob is {ydob1.us} and mrn {ymrn1} if u need it
""",
)

t(
    "whatsapp-es",
    "WhatsApp chat export",
    "es_AR",
    """{ydate1.dmy}, 21:14 - Los mensajes y las llamadas están cifrados de extremo a extremo.
{ydate1.dmy}, 21:15 - {yper1.f_full}: Hola! soy {yper1.first}, la hija de {yper2.f_full}
{ydate1.dmy}, 21:16 - {yper1.full}: te paso el DNI de mamá: {ynat1.ar}
{ydate1.dmy}, 21:16 - Clínica Recepción: Gracias. [[Turno confirmado]] para el {ydate2.dmy}
{ydate1.dmy}, 21:17 - {yper1.full}: mi cel es {ytel1}, vivimos en {yaddr1.ar}
""",
)

t(
    "telegram-ru",
    "Telegram chat export",
    "ru_RU",
    """[{ydate1.dmy_dot} 10:01] {yper1.full}: Добрый день, это регистратура?
[{ydate1.dmy_dot} 10:03] Регистратура: Да. [[Назовите номер полиса]]
[{ydate1.dmy_dot} 10:04] {yper1.full}: {yplan1}, дата рождения {ydob1.dmy_dot}
[{ydate1.dmy_dot} 10:05] {yper1.full}: перезвоните на {ytel1.ru_intl}
""",
)

t(
    "line-jp",
    "LINE トーク履歴",
    "ja_JP",
    """[LINE] {yper1.full}とのトーク履歴
保存日時：{ydate1.ymd_slash} 19:40

{ydate1.ymd_slash}(金)
19:02	{yper1.full}	明日の[[予約]]ですが、保険証番号は{yplan1}です
19:03	受付	ありがとうございます。生年月日をお願いします
19:05	{yper1.full}	{ydob1.jp}です。住所は{yaddr1.jp}
""",
)

t(
    "kakao-ko",
    "카카오톡 대화 내보내기",
    "ko_KR",
    """{yper1.full} 님과 카카오톡 대화
저장한 날짜 : {ydate1.kr}

{ydate1.kr} 오후 3:12, {yper1.full} : 안녕하세요 [[접수]] 문의드립니다
{ydate1.kr} 오후 3:13, {yper1.full} : 연락처는 {ytel1.kr} 이고요
{ydate1.kr} 오후 3:15, 병원 : 등록번호 {ymrn1} 확인되었습니다
""",
)

t(
    "wechat-zh",
    "微信聊天记录",
    "zh_CN",
    """微信聊天记录导出
{ydate1.cn} 09:12 {yper1.full}: 你好，我想预约[[体检]]
{ydate1.cn} 09:13 前台: 请提供身份证号和手机号
{ydate1.cn} 09:15 {yper1.full}: {ynat1.cn}，手机 {ytel1.cn}
{ydate1.cn} 09:16 {yper1.full}: 邮箱 {ymail1}
""",
)

t(
    "sms-ar",
    "رسائل SMS",
    "ar_SA",
    """المرسل: {ytel1.sa_intl}
التاريخ: {ydate1.ar}
عزيزي {yper1.first}، موعدك في [[عيادة الأسنان]] يوم {ydate2.ar}.
رقم الملف {ymrn1}. للإلغاء اتصل على {ytel2.sa}
""",
)

t(
    "signal-de",
    "Signal-Chatexport",
    "de_AT",
    """{ydate1.iso} 07:58 {yper1.latin}: Guten Morgen, ich bin heute [[krank]]
{ydate1.iso} 07:59 {yper1.latin}: Krankmeldung schicke ich an {ymail1}
{ydate1.iso} 08:20 {yper2.latin}: Gute Besserung! Bitte SV-Nr. nachreichen
{ydate1.iso} 08:21 {yper1.latin}: {ynat1.ch} (bin noch Schweizer versichert)
""",
)

# --- voicemail and voice-assistant transcripts -------------------------------------------

t(
    "voicemail-en",
    "voicemail transcript",
    "en_US",
    """Voicemail from {ytel1.us} - {ydate1.en_us}, 4:47 PM - 0:52
Transcription (automatic, low confidence):
"hi this is {yper1.lower} calling about my mom {yper2.f_lower} uh her date of birth is
{ydob1.en_us} and her member number is {yplan1} um she [[needs a refill on her inhaler]]
you can call me back at {ytel2.us_spoken} thanks bye"
""",
)

t(
    "voicemail-de",
    "Sprachnachricht (Transkript)",
    "de_DE",
    """Neue Sprachnachricht von {ytel1.de} am {ydate1.dmy_dot} um 12:04 Uhr
„Ja, hallo, hier ist {yper1.full}, ich wollte den Termin am {ydate2.de} absagen,
[[wegen Fieber]]. Meine Versichertennummer ist {yplan1}. Rückruf bitte unter
{ytel2.de}. Danke, tschüss.“
""",
)

t(
    "voicemail-fr",
    "message vocal (transcription)",
    "fr_CA",
    """Message vocal reçu le {ydate1.dmy} de {ytel1}
« Oui bonjour c'est {yper1.full}, j'appelle pour ma carte d'assurance maladie numéro
{yplan1}, [[je dois renouveler mon ordonnance]], vous pouvez me rappeler au
{ytel2}, merci. »
""",
)

t(
    "voice-assistant",
    "voice assistant log",
    "en_GB",
    """assistant_session {yref1}  device {ydev1}  user {yper1.handle}
{ydate1.iso}T07:30:02Z  USER  "remind me to take my [[blood pressure tablets]] at eight"
{ydate1.iso}T07:30:03Z  ASSISTANT  "OK {yper1.given}, I'll remind you at 8 AM."
{ydate1.iso}T07:31:10Z  USER  "call doctor {yper2.lower}"
{ydate1.iso}T07:31:11Z  ASSISTANT  "Calling {yper2.latin} on {ytel1.uk_intl}."
client_ip={yip1} mac={ymac1}
""",
)

t(
    "voice-assistant-ja",
    "音声アシスタント履歴",
    "ja_JP",
    """[音声アシスタント履歴]
{ydate1.jp} 22:01 「{yper1.first}さんに電話して」
{ydate1.jp} 22:01 → 発信: {ytel1.jp}
{ydate1.jp} 22:03 「[[明日の朝7時にアラーム]]」
端末ID {ydev1}
""",
)

t(
    "ivr-transcript",
    "IVR call transcript",
    "en_IN",
    """IVR CALL LOG - Insurance helpline
Caller ANI: {ytel1.in_e164}   Call start: {ydate1.iso} 11:22:09
[bot] Please say or enter your policy number.
[caller] {yplan1}
[bot] Please say your date of birth.
[caller] {ydob1.en}
[bot] Thank you {yper1.given}. [[Your claim is under review.]]
[caller] my claim number is {yclaim1}
""",
)

# --- postal address blocks, each in its country's order ---------------------------------

t(
    "envelope-jp",
    "envelope address block",
    "ja_JP",
    """{yaddr1.jp}
{yper1.full} 様

差出人: {yaddr2.jp}  {yper2.full}
[[親展]]
""",
)

t(
    "envelope-jp-latin",
    "international envelope",
    "en_US",
    """{yper1.latin}
{yaddr1.jpl_l}
JAPAN

From: {yper2.latin}, {yaddr2.us}   [[AIR MAIL]]
""",
)

t(
    "envelope-kr",
    "envelope address block",
    "ko_KR",
    """받는 사람
{yaddr1.kr}
{yper1.full} 귀하
보내는 사람 {yper2.full} {ytel1.kr}
""",
)

t(
    "envelope-kr-latin",
    "international envelope",
    "en_GB",
    """To: {yper1.latin}
{yaddr1.krl_l}
REPUBLIC OF KOREA
[[PRIORITY / PRIORITAIRE]]
""",
)

t(
    "envelope-cn",
    "envelope address block",
    "zh_CN",
    """{yaddr1.cn}
{yper1.full} 收
电话 {ytel1.cn}
寄件人 {yper2.full}
""",
)

t(
    "envelope-cn-latin",
    "customs address label",
    "en_US",
    """SHIP TO: {yper1.caps}
{yaddr1.cnl_l}
CHINA   TEL {ytel1.cn_intl}
SHIP FROM: {yper2.caps}, {yaddr2.us}
[[CN22 - GIFT - MEDICAL SUPPLIES]]
""",
)

t(
    "envelope-ru",
    "почтовый конверт",
    "ru_RU",
    """Кому: {yper1.last_first}
Куда: {yaddr1.ru_l}
От кого: {yper2.initials}
Откуда: {yaddr2.ru}
[[Заказное с уведомлением]]
""",
)

t(
    "envelope-arab",
    "envelope address block",
    "ar_AE",
    """{yper1.latin}
{yaddr1.arab_l}

{yper1.full}
{yaddr2.arabn}
[[بريد مسجل]]
""",
)

t(
    "envelope-mx",
    "sobre (dirección postal)",
    "es_MX",
    """{yper1.full}
{yaddr1.mx_l}
MÉXICO
[[Correo certificado]]
""",
)

t(
    "envelope-br",
    "envelope (endereçamento)",
    "pt_BR",
    """DESTINATÁRIO
{yper1.full}
{yaddr1.br_l}
REMETENTE: {yper2.full} - {yaddr2.br}
[[Carta registrada]]
""",
)

t(
    "envelope-uk",
    "envelope address block",
    "en_GB",
    """{yper1.latin}
{yaddr1.uk_l}

[[ROYAL MAIL SIGNED FOR]]
""",
)

t(
    "envelope-de",
    "Briefanschrift",
    "de_DE",
    """Frau/Herrn
{yper1.full}
{yaddr1.de_l}

Absender: {yper2.full}, {yaddr2.de}
[[Einschreiben Rückschein]]
""",
)

t(
    "envelope-in",
    "envelope address block",
    "en_IN",
    """To,
{yper1.latin}
S/o {yper2.m_latin}
{yaddr1.in_l}
Mob. {ytel1.in}
[[SPEED POST]]
""",
)

t(
    "envelope-co",
    "sobre",
    "es_CO",
    """Señor(a)
{yper1.full}
{yaddr1.co_l}
Cel. {ytel1}
[[Entrega personal]]
""",
)

t(
    "envelope-he",
    "מעטפה",
    "he_IL",
    """לכבוד
{yper1.full}
{yaddr1.he}
[[דואר רשום]]
""",
)

# --- the eight document types, in several languages ---------------------------

t(
    "clinical-note-en",
    "clinical note",
    "en_US",
    """PROGRESS NOTE   {ydate1.mdy}
Pt: {yper1.lat_last_first}   MRN: {ymrn1}   Age: {yage1}
S: {yage1} y/o seen with daughter {yper2.latin} ({ytel1.us}). [[Reports dyspnea on exertion]].
O: BP 148/82, SpO2 93% RA. [[Bibasilar crackles]].
A/P: [[Acute on chronic HFpEF]]; increase furosemide. Pacemaker s/n {ydev1}.
Seen by {yper3.initials}, NPI {yreg1}
""",
)

t(
    "clinical-note-ja",
    "clinical note",
    "ja_JP",
    """診療録（経過記録）
患者: {yper1.full}（{yper1.both}）　ID {ymrn1}
生年月日: {ydob1.jp_era}　受診日: {ydate1.jp}
S) [[3日前から咳嗽、発熱なし]]
O) [[胸部聴診 異常なし]]
A/P) [[感冒疑い 対症療法]]
担当医 {yper2.full}
""",
)

t(
    "clinical-note-ar",
    "clinical note",
    "ar_JO",
    """ملاحظة سريرية - {ydate1.ar}
المريض/ة: {yper1.full} — {yper1.latin}
رقم الملف الطبي: {ymrn1}   العمر: {yage1} سنة
الشكوى: [[ألم في الصدر منذ يومين]]
الخطة: [[تخطيط قلب وإنزيمات]]
الطبيب المعالج: د. {yper2.full}
""",
)

t(
    "discharge-summary-en",
    "discharge summary",
    "en_GB",
    """DISCHARGE SUMMARY (INPATIENT EPISODE)
Patient: {yper1.caps_last_first}   NHS number: {ynat1.gb}   Hosp no: {ymrn1}
DOB: {ydob1.dmy}   Admitted: {ydate1.dmy}   Discharged: {ydate2.dmy}
Address: {yaddr1.uk}
GP: Dr {yper2.family}, fax {yfax1.uk}
Diagnosis: [[Community-acquired pneumonia]]
[[Discharged on oral co-amoxiclav to complete 7 days]]
Next of kin: {yper3.latin} ({ytel1.uk})
""",
)

t(
    "discharge-summary-de",
    "discharge summary",
    "de_CH",
    """Austrittsbericht
Patient/in: {yper1.last_first}, geb. {ydob1.dmy_dot}, AHV-Nr. {ynat1.ch}
Eintritt {ydate1.dmy_dot}, Austritt {ydate2.dmy_dot}
Diagnosen: [[Femurhalsfraktur rechts]], [[Osteoporose]]
Procedere: [[Mobilisation nach Massgabe der Schmerzen]]
Hausarzt: Dr. med. {yper2.full}, Tel. {ytel1}
""",
)

t(
    "discharge-summary-ko",
    "discharge summary",
    "ko_KR",
    """퇴원 요약지
환자명: {yper1.full} ({yper1.caps_family} {yper1.given})  등록번호: {ymrn1}
입원일: {ydate1.kr}  퇴원일: {ydate2.kr}
진단명: [[급성 충수염]]
퇴원 약: [[세파계 항생제 5일]]
보호자: {yper2.full} {ytel1.kr}
""",
)

t(
    "radiology-request-en",
    "radiology request",
    "en_US",
    """RADIOLOGY REQUISITION - IMAGING DEPT
Exam: [[CT ABDOMEN/PELVIS WITH CONTRAST]]   Priority: [[STAT]]
Patient: {yper1.caps_last_first}  MRN {ymrn1}  DOB {ydob1.mdy}
Clinical info: [[RLQ pain, r/o appendicitis]]   Creatinine: 0.9
Ordering: {yper2.latin}, MD  pager {ytel1.us}
Insurance: member {yplan1}
""",
)

t(
    "radiology-request-fr",
    "radiology request",
    "fr_BE",
    """DEMANDE D'EXAMEN D'IMAGERIE MÉDICALE (RX/IRM)
Patient : {yper1.caps_last_first}   NISS : {ynat1.be}
Date de naissance : {ydob1.dmy}
Examen demandé : [[IRM du genou gauche]]
Renseignements cliniques : [[entorse, suspicion de lésion méniscale]]
Médecin demandeur : Dr {yper2.full}, INAMI {yreg1}, tél. {ytel1}
""",
)

t(
    "radiology-request-pl",
    "radiology request",
    "pl_PL",
    """SKIEROWANIE NA BADANIE RADIOLOGICZNE
Pacjent: {yper1.last_first}   PESEL: {ynat1.pl}
Adres: {yaddr1}
Badanie: [[RTG klatki piersiowej PA]]
Rozpoznanie: [[J18.9 zapalenie płuc]]
Lekarz kierujący: {yper2.full}, NPWZ {yreg1}   Data: {ydate1.dmy_dot}
""",
)

t(
    "insurance-claim-x12",
    "insurance claim",
    "en_US",
    """ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER02        *{ydate1.mrz}*1200*^*00501*000000905*0*P*:~
GS*HC*SUBMITTER01*PAYER02*{ydate1.ymd}*1200*905*X*005010X222A1~
ST*837*2214*005010X222A1~
NM1*IL*1*{yper1.caps_family}*{yper1.caps_given}****MI*{yplan1}~
N3*{yaddr1.us}~
DMG*D8*{ydob1.ymd}*{ymzs1.label}~
CLM*{yclaim1}*250***11:B:1*Y*A*Y*Y~
HI*ABK:[[J069]]~
NM1*82*1*{yper2.caps_family}*{yper2.caps_given}****XX*{yreg1}~
SE*9*2214~
""",
)

t(
    "insurance-claim-de",
    "insurance claim",
    "de_DE",
    """Kostenerstattungsantrag  -  [[Private Krankenversicherung]]
Versicherungsnehmer/in: {yper1.last_first}   Vers.-Nr.: {yplan1}
Geburtsdatum: {ydob1.dmy_dot}
Behandelte Person: {yper2.full}
Rechnung vom {ydate1.dmy_dot}, Leistungserbringer Dr. {yper3.last}
Erstattung auf IBAN {yiban1.de}
Schadennummer: {yclaim1}
[[Ich versichere die Richtigkeit meiner Angaben.]]
""",
)

t(
    "insurance-claim-fr",
    "insurance claim",
    "fr_FR",
    """DEMANDE DE REMBOURSEMENT - MUTUELLE
Adhérent : {yper1.caps_last_first}   N° adhérent : {yplan1}
N° de sécurité sociale : {ynat1.fr}
Bénéficiaire des soins : {yper2.full}, né(e) le {ydob1.dmy}
Date des soins : {ydate1.dmy}   [[Optique : verres progressifs]]
RIB/IBAN : {yiban1.fr}
Dossier n° {yclaim1}
""",
)

t(
    "kyc-review-en",
    "KYC review",
    "en_GB",
    """KYC REVIEW - ENHANCED DUE DILIGENCE   case {ycase1}
Customer: {yper1.caps_last_first} ({yper1.both})
DOB {ydob1.dmy}   Passport {ypass1} exp {yexp1.dmy}
Residential address: {yaddr1}
Account: {yacct1}   IBAN: {yiban1.gb}
Selfie match: {yphoto1}   liveness [[PASS]]
Login IPs: {yip1}, {yip2}   Device: {ydev1}
Analyst: {yper2.initials}   Outcome: [[APPROVED WITH MONITORING]]
""",
)

t(
    "kyc-review-pt",
    "KYC review",
    "pt_BR",
    """REVISÃO CADASTRAL (KYC) - Dossiê {ycase1}
Cliente: {yper1.caps}   CPF: {ynat1.br}
Nascimento: {ydob1.dmy}   Mãe: {yper2.f_caps}
Endereço: {yaddr1.br}
Celular: {ytel1.br}   E-mail: {ymail1}
Conta: {yacct1}   [[PEP: NÃO]]   [[Risco: MÉDIO]]
""",
)

t(
    "kyc-review-tr",
    "KYC review",
    "tr_TR",
    """MÜŞTERİ TANIMA (KYC) İNCELEMESİ - Dosya {ycase1}
Müşteri: {yper1.caps}   TCKN: {ynat1.tr}
Doğum tarihi: {ydob1.dmy_dot}   Adres: {yaddr1}
IBAN: {yiban1.tr}   Telefon: {ytel1.tr}
[[Kaynak belgesi doğrulandı]]
""",
)

t(
    "fraud-case-en",
    "fraud case",
    "en_US",
    """FRAUD CASE {ycase1}  -  opened {ydate1.mdy}
Victim: {yper1.lat_last_first}, DOB {ydob1.mdy}, SSN {ynat1.us}
Card {ycard1} used at 3 merchants after [[SIM swap]] on {ytel1.us}
Suspect login from {yip1} ({yip2.six}), device MAC {ymac1}
Account {yacct1} frozen by {yper2.initials}
Linked case: {ycase2}   [[Refer to law enforcement]]
""",
)

t(
    "fraud-case-es",
    "fraud case",
    "es_ES",
    """EXPEDIENTE DE FRAUDE {ycase1}
Titular: {yper1.last_first}   DNI {ynat1.es}
Tarjeta afectada: {ycard1}   IBAN: {yiban1.es}
Operaciones no reconocidas desde IP {yip1} el {ydate1.dmy}
Vehículo asociado a la entrega: {yveh1}
[[Bloqueo preventivo realizado]]
""",
)

t(
    "hr-leave-en",
    "HR leave request",
    "en_US",
    """LEAVE OF ABSENCE REQUEST - HUMAN RESOURCES
Employee: {yper1.latin}   Employee ID: {yacct1}
Manager: {yper2.latin}
Type: [[FMLA - serious health condition]]
From {ydate1.mdy} to {ydate2.mdy}
Certifying provider: Dr. {yper3.family}, license {ylic1}
Contact during leave: {ytel1.us}, {ymail1}
""",
)

t(
    "hr-leave-nl",
    "HR leave request",
    "nl_NL",
    """VERLOFAANVRAAG
Medewerker: {yper1.f_nl_sort}   Personeelsnr.: {yacct1}
BSN: {ynat1.nl}
Soort verlof: [[zwangerschapsverlof]]
Periode: {ydate1.dmy} t/m {ydate2.dmy}
Leidinggevende: {yper2.full}
""",
)

t(
    "hr-leave-ja",
    "HR leave request",
    "ja_JP",
    """休暇届
所属 [[経理部]]　社員番号 {yacct1}
氏名 {yper1.full}
期間 {ydate1.jp} ～ {ydate2.jp}
事由 [[介護休暇]]（母 {yper2.f_full}）
緊急連絡先 {ytel1.jp}
""",
)

t(
    "chat-transcript-en",
    "chat transcript",
    "en_US",
    """Live chat transcript - session {yref1} - {ydate1.iso}
[14:02:10] Visitor ({yip1}): hi i need to update my address
[14:02:31] Agent {yper2.given}: Sure! Can you verify your name and DOB?
[14:02:58] Visitor: {yper1.lower}, {ydob1.us}
[14:03:40] Visitor: new address {yaddr1.us}
[14:04:02] Agent {yper2.given}: [[Your address has been updated.]]
""",
)

t(
    "chat-transcript-ru",
    "chat transcript",
    "uk_UA",
    """Чат підтримки, {ydate1.dmy_dot}
Клієнт: Добрий день, я {yper1.full}
Оператор: Вкажіть номер договору
Клієнт: {yacct1}, телефон {ytel1}
Оператор: [[Дякуємо, звернення зареєстровано]] під номером {ycase1}
""",
)

t(
    "chat-transcript-hi",
    "chat transcript",
    "hi_IN",
    """सहायता चैट - {ydate1.dmy}
ग्राहक: नमस्ते, मेरा नाम {yper1.full} है ({yper1.latin})
एजेंट: कृपया पॉलिसी नंबर बताएं
ग्राहक: {yplan1}, मोबाइल {ytel1.in}
एजेंट: [[आपका दावा स्वीकृत है]]
""",
)

# --- structured formats ------------------------------------------------------------------

t(
    "hl7-adt",
    "HL7 v2 ADT message",
    "en_US",
    """MSH|^~\\&|REGADT|MAINCAMPUS|ADTRCV|HIE|{ydate1.hl7}0815||ADT^A04|MSG{yref1}|P|2.5.1
EVN|A04|{ydate1.hl7}0815
PID|1||{ymrn1}^^^MRN^MR~{ynat1.us}^^^SSA^SS||{yper1.hl7}||{ydob1.hl7}|{ymzs1.label}|||{yaddr1.us}||{ytel1.us}|||||{yacct1}
NK1|1|{yper2.hl7}|[[DAU]]|||{ytel2.us}
PV1|1|O|[[ED^^^MAINCAMPUS]]||||{yreg1}^{yper3.caps_family}^{yper3.caps_given}
IN1|1|[[PPO]]|{yplan1}
""",
)

t(
    "hl7-oru-de",
    "HL7 v2 ORU message",
    "de_DE",
    """MSH|^~\\&|LIS|LABOR|KIS|KLINIK|{ydate1.hl7}1102||ORU^R01|{yref1}|P|2.5
PID|1||{ymrn1}^^^KLINIK^PI||{yper1.hl7}||{ydob1.hl7}|{ymzs1.label}|||{yaddr1.de}
OBR|1||{yclaim1}|[[CRP^C-reaktives Protein]]|||{ydate1.hl7}0930
OBX|1|NM|[[CRP]]||[[87]]|mg/l|0-5|H
NTE|1||Befund telefonisch an Dr. {yper2.family} ({ytel1.de}) durchgegeben
""",
)

t(
    "fhir-patient",
    "FHIR Patient resource",
    "en_AU",
    """{
  "resourceType": "Patient", "id": "{yref1}",
  "identifier": [{"system": "http://ns.electronichealth.net.au/id/medicare-number", "value": "{yplan1}"},
    {"system": "urn:oid:1.2.36.1.2001.1003.0", "value": "{ymrn1}"}
  ],
  "name": [{"family": "{yper1.family}", "given": ["{yper1.given}"]}],
  "telecom": [{"system": "phone", "value": "{ytel1}"}, {"system": "email", "value": "{ymail1}"}],
  "gender": "[[female]]",
  "birthDate": "{ydob1.iso}",
  "address": [{"text": "{yaddr1}"}]
}
""",
)

t(
    "fhir-bundle-ja",
    "FHIR Bundle (JP Core)",
    "ja_JP",
    """{"resourceType":"Bundle","type":"document","entry":[{"resource":{"resourceType":"Patient",
"identifier":[{"system":"urn:oid:1.2.392.100495.20.3.51.1","value":"{ymrn1}"}],
"name":[{"use":"official","text":"{yper1.full}","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation","valueCode":"IDE"}]},
{"use":"official","text":"{yper1.caps_family} {yper1.caps_given}"}],
"birthDate":"{ydob1.iso}","address":[{"text":"{yaddr1.jp}"}]}},
{"resource":{"resourceType":"Condition","code":{"text":"[[2型糖尿病]]"}}}]}
""",
)

t(
    "edifact-paxlst",
    "EDIFACT PAXLST (API passenger list)",
    "en_GB",
    """UNB+UNOA:4+AIRLINE1+BORDERAPI+{ydate1.mrz}:0605+{yref1}'
UNH+7+PAXLST:D:05B:UN:IATA'
NAD+FL+++{yper1.caps_family}:{yper1.caps_given}'
ATT+2++{ymzs1.label}'
DTM+329:{ydob1.mrz}'
LOC+22+LHR'
NAT+2+[[GBR]]'
DOC+P:110:111+{ypass1}'
DTM+36:{yexp1.mrz}'
UNT+9+7'
UNZ+1+{yref1}'
""",
)

t(
    "edifact-invoic",
    "EDIFACT INVOIC (medical supplies)",
    "de_DE",
    """UNB+UNOC:3+4012345000009:14+4098765000002:14+{ydate1.mrz}:1030+{yref1}'
UNH+3+INVOIC:D:96A:UN:EAN008'
BGM+380+{yclaim1}+9'
NAD+IV+++{yper1.caps_family}?, {yper1.caps_given}+{yaddr1.de}'
FII+RB+{yiban1.de}'
LIN+1++[[PEN-NADELN 4MM]]:SA'
GIR+1+{ydev1}:BN'
UNT+7+3'
""",
)

t(
    "xml-escaped-log",
    "XML payload (escaped in a log)",
    "en_US",
    """2026-11-18 09:41:07,512 INFO  [eligibility-svc] request body=
&lt;EligibilityRequest&gt;&lt;Member id="{yplan1}"&gt;&lt;Name&gt;{yper1.latin}&lt;/Name&gt;
&lt;BirthDate&gt;{ydob1.iso}&lt;/BirthDate&gt;&lt;SSN&gt;{ynat1.us}&lt;/SSN&gt;
&lt;Phone&gt;{ytel1.us}&lt;/Phone&gt;&lt;/Member&gt;&lt;/EligibilityRequest&gt;
2026-11-18 09:41:07,690 INFO  [eligibility-svc] [[status=ACTIVE coverage=MEDICAL]] client={yip1}
""",
)

t(
    "xml-escaped-fr",
    "flux XML (journal échappé)",
    "fr_FR",
    """[{ydate1.iso} 10:02:33] DEBUG transmission FSE :
&lt;beneficiaire&gt;&lt;nir&gt;{ynat1.fr}&lt;/nir&gt;&lt;nom&gt;{yper1.caps_family}&lt;/nom&gt;
&lt;prenom&gt;{yper1.given}&lt;/prenom&gt;&lt;naissance&gt;{ydob1.ymd}&lt;/naissance&gt;&lt;/beneficiaire&gt;
[[acquittement reçu]]
""",
)

t(
    "app-log",
    "application log",
    "en_US",
    """{ydate1.iso}T22:14:03.118Z level=warn msg="[[failed login]]" user={ymail1} ip={yip1} ua="Mobile Safari"
{ydate1.iso}T22:14:09.552Z level=info msg="password reset sent" user={ymail1} phone={ytel1.us_e164}
{ydate1.iso}T22:15:40.001Z level=info msg="login ok" user={ymail1} ip={yip2} mfa=sms
{ydate1.iso}T22:16:12.930Z level=info msg="profile viewed" patient_id={ymrn1} by={yper2.handle}
""",
)

t(
    "wifi-log",
    "Wi-Fi access log",
    "de_DE",
    """{ydate1.iso} 07:55:21 hostapd: wlan0: STA {ymac1} IEEE 802.11: associated
{ydate1.iso} 07:55:22 dnsmasq-dhcp: DHCPACK(wlan0) {yip1} {ymac1} Handy-{yper1.given}
{ydate1.iso} 07:55:40 captive: guest voucher [[WARTEZIMMER]] redeemed by {ymail1}
""",
)

t(
    "email-headers",
    "e-mail headers",
    "en_GB",
    """Return-Path: {ymail1}
Received: from mail.example.net ({yip1}) by mx.clinic.example with ESMTPS; {ydate1.en} 10:22:01 +0000
From: {ymail1} ({yper1.latin})
To: reception@clinic.example
Subject: [[Repeat prescription request]] - {yper1.caps_last_first} DOB {ydob1.dmy}
Message-ID: {yref1}@mail.example.net

Hello, please could you send my repeat to the pharmacy. My NHS number is {ynat1.gb}.
Thanks, {yper1.given}
Sent from my iPhone ({ytel1.uk})
""",
)

t(
    "email-headers-de",
    "E-Mail mit Kopfzeilen",
    "de_DE",
    """Von: {ymail1} ({yper1.full})
An: praxis@beispiel.example
Datum: {ydate1.de}
Betreff: [[Terminverschiebung]]
X-Originating-IP: [{yip1}]

Sehr geehrte Damen und Herren, ich ({yper1.full}, geb. {ydob1.dmy_dot}) kann den Termin nicht wahrnehmen.
Mobil: {ytel1.de}
""",
)

# --- tables: CSV, TSV, pipes, fixed width ------------------------------------------------

t(
    "visitor-log-csv",
    "visitor log (CSV)",
    "en_US",
    """date,time_in,visitor,visiting,id_checked,id_number,badge
{ydate1.iso},09:12,"{yper1.lat_last_first}","{yper2.lat_last_first}",[[DL]],{ylic1},V-118
{ydate1.iso},09:40,"{yper3.lat_last_first}","{yper2.lat_last_first}",[[PASSPORT]],{ypass1},V-119
{ydate1.iso},10:05,"{yper4.lat_last_first}",[[DELIVERY]],[[NONE]],,V-120
""",
)

t(
    "pharmacy-log-tsv",
    "pharmacy dispensing log (TSV)",
    "en_CA",
    """rx_no	dispensed	patient	dob	health_card	drug	prescriber
{yrx1}	{ydate1.iso}	{yper1.caps_last_first}	{ydob1.iso}	{yplan1}	[[APIXABAN 5MG]]	{yper3.lat_last_first}
{yrx2}	{ydate2.iso}	{yper2.caps_last_first}	{ydob2.iso}	{yplan2}	[[LEVOTHYROXINE 50MCG]]	{yper3.lat_last_first}
""",
)

t(
    "ward-list-pipes",
    "ward handover list",
    "en_GB",
    """| Bed | Patient | Hosp No | DOB | Issue | NOK phone |
|-----|---------|---------|-----|-------|-----------|
| 3A | {yper1.caps_last_first} | {ymrn1} | {ydob1.dmy} | [[post-op day 2, drain out]] | {ytel1.uk} |
| 3B | {yper2.caps_last_first} | {ymrn2} | {ydob2.dmy} | [[delirium, 1:1 obs]] | {ytel2.uk} |
| 4A | {yper3.caps_last_first} | {ymrn3} | {ydob3.dmy} | [[awaiting social care]] | {ytel3.uk} |
""",
)

t(
    "fixed-width-roster",
    "roster extract (space-separated)",
    "en_US",
    """MBR_ID      LAST_NAME           FIRST_NAME     DOB       ZIP
{yplan1}  {yper1.caps_family}  {yper1.caps_given}  {ydob1.ymd}  {ypost1}
{yplan2}  {yper2.caps_family}  {yper2.caps_given}  {ydob2.ymd}  {ypost2}
[[END OF FILE - 2 RECORDS]]
""",
)

t(
    "csv-kyc-batch",
    "KYC batch file (CSV)",
    "es_MX",
    """folio;nombre;curp_o_id;fecha_nac;telefono;clabe_o_cuenta;estatus
{ycase1};{yper1.caps};{ypass1};{ydob1.dmy};{ytel1.mx};{yacct1};[[APROBADO]]
{ycase2};{yper2.caps};{ypass2};{ydob2.dmy};{ytel2.mx};{yacct2};[[RECHAZADO]]
""",
)

t(
    "arrivals-csv-ja",
    "来院者一覧 (CSV)",
    "ja_JP",
    """受付番号,氏名,フリガナなし英字,生年月日,電話
001,{yper1.full},{yper1.caps_family} {yper1.caps_given},{ydob1.ymd_slash},{ytel1.jp}
002,{yper2.full},{yper2.caps_family} {yper2.caps_given},{ydob2.ymd_slash},{ytel2.jp}
[[以上2名]]
""",
)

# --- more papers of the front desk, across Europe, Asia, Africa and the Americas ---------

t(
    "vaccination-gr",
    "πιστοποιητικό εμβολιασμού",
    "el_GR",
    """ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΕΜΒΟΛΙΑΣΜΟΥ / VACCINATION CERTIFICATE
Ονοματεπώνυμο: {yper1.full} / {yper1.caps}
ΑΜΚΑ: {ynat1.gr}   Ημ. γέννησης: {ydob1.dmy}
Εμβόλιο: [[Τετανοδιφθεριτικό (Td)]]   Ημερομηνία: {ydate1.dmy}
Ιατρός: {yper2.full}   Τηλ. {ytel1}
""",
)

t(
    "nhi-card-tw",
    "健保卡資料",
    "zh_TW",
    """全民健康保險憑證
姓名 {yper1.full}
身分證字號 {yperm1.tw}
出生日期 {ydob1.ymd_slash}
卡號 {yplan1}
[[請妥善保管]]
""",
)

t(
    "clinic-reg-vi",
    "phiếu đăng ký khám bệnh",
    "vi_VN",
    """PHIẾU ĐĂNG KÝ KHÁM BỆNH
Họ và tên: {yper1.caps}   Ngày sinh: {ydob1.dmy}
Số CCCD: {yperm1.vn}   Số thẻ BHYT: {yplan1}
Địa chỉ: {yaddr1}
Điện thoại: {ytel1}
Lý do khám: [[đau bụng, sốt nhẹ]]
""",
)

t(
    "hospital-card-th",
    "บัตรประจำตัวผู้ป่วย",
    "th_TH",
    """บัตรประจำตัวผู้ป่วย  [[โรงพยาบาลส่งเสริมสุขภาพตำบล]]
ชื่อ-สกุล {yper1.full}
HN {ymrn1}
วันเกิด {ydob1.dmy}
โทร {ytel1}
""",
)

t(
    "referral-fa",
    "برگه ارجاع",
    "fa_IR",
    """برگه ارجاع بیمار
نام و نام خانوادگی: {yper1.full}
تاریخ: {ydate1.fa}
شماره پرونده: {ymrn1}
علت ارجاع: [[درد قفسه سینه]]
پزشک: {yper2.full}   تلفن: {ytel1}
""",
)

t(
    "sick-note-is",
    "veikindavottorð",
    "is_IS",
    """VEIKINDAVOTTORÐ
Nafn: {yper1.full}
Kennitala: {ynat1.is}
Heimilisfang: {yaddr1}
Óvinnufær frá {ydate1.dmy_dot} til {ydate2.dmy_dot} [[vegna veikinda]]
Læknir: {yper2.full}
""",
)

t(
    "kela-fi",
    "Kela-lomake",
    "fi_FI",
    """KELA - Korvaushakemus, [[lääkekulut]]
Hakija: {yper1.last_first}
Henkilötunnus: {ynat1.fi}
Osoite: {yaddr1}
Tilinumero (IBAN): {yiban1}
Päiväys: {ydate1.dmy_dot}   Puhelin: {ytel1}
""",
)

t(
    "legeerklaering-no",
    "legeerklæring",
    "no_NO",
    """LEGEERKLÆRING VED ARBEIDSUFØRHET
Pasient: {yper1.full}   Fødselsnummer: {ynat1.no}
Arbeidsgiver: [[Kommunen]]
Sykmeldt fra {ydate1.dmy_dot} til {ydate2.dmy_dot}
Diagnose: [[L03 Korsryggsmerter]]
Lege: {yper2.full}, HPR-nr. {yreg1}
""",
)

t(
    "recept-da",
    "receptkvittering",
    "da_DK",
    """RECEPTKVITTERING
Patient: {yper1.full}
CPR-nr.: {ynat1.dk}
Lægemiddel: [[Ibuprofen 400 mg, 1 tablet efter behov]]
Udstedt {ydate1.dmy_dot} af læge {yper2.full}
Apotek: {yaddr1}
""",
)

t(
    "neschopenka-cz",
    "potvrzení o pracovní neschopnosti",
    "cs_CZ",
    """POTVRZENÍ O DOČASNÉ PRACOVNÍ NESCHOPNOSTI
Jméno a příjmení: {yper1.full}
Rodné číslo: {ynat1.cz}
Bydliště: {yaddr1}
Vznik DPN: {ydate1.dmy_dot}   [[Diagnóza: J06.9]]
Lékař: MUDr. {yper2.full}, tel. {ytel1}
""",
)

t(
    "beutalo-hu",
    "beutaló",
    "hu_HU",
    """BEUTALÓ
Beteg neve: {yper1.full}
TAJ szám: {yplan1}   Születési idő: {ydob1.iso}
Lakcím: {yaddr1}
Vizsgálat: [[hasi ultrahang]]
Beutaló orvos: dr. {yper2.full}, pecsétszám {yreg1}
""",
)

t(
    "bilet-iesire-ro",
    "bilet de ieșire din spital",
    "ro_RO",
    """BILET DE IEȘIRE DIN SPITAL
Pacient: {yper1.caps_last_first}   CNP: {ynat1.ro}
Internat: {ydate1.dmy_dot}   Externat: {ydate2.dmy_dot}
Diagnostic: [[Pneumonie comunitară]]
Medic curant: Dr. {yper2.full}
Adresă: {yaddr1}
""",
)

t(
    "epikriza-bg",
    "епикриза",
    "bg_BG",
    """ЕПИКРИЗА ПРИ ИЗПИСВАНЕ
Пациент: {yper1.full}
ЕГН: {ynat1.bg}   Адрес: {yaddr1}
Постъпил на {ydate1.dmy_dot} г., изписан на {ydate2.dmy_dot} г.
Диагноза: [[Остър бронхит]]
Лекуващ лекар: д-р {yper2.full}
""",
)

t(
    "uputnica-hr",
    "uputnica",
    "hr_HR",
    """UPUTNICA ZA SPECIJALISTIČKI PREGLED
Ime i prezime: {yper1.full}
OIB: {ynat1.hr}   MBO: {yplan1}
Datum rođenja: {ydob1.dmy_dot}
Pregled: [[kardiološki pregled]]
Liječnik: dr. med. {yper2.full}, tel. {ytel1}
""",
)

t(
    "saatekiri-ee",
    "saatekiri",
    "et_EE",
    """SAATEKIRI ERIARSTILE
Patsient: {yper1.full}   Isikukood: {ynat1.ee}
Aadress: {yaddr1}
Uuring: [[kopsude röntgen]]
Arst: {yper2.full}   Kuupäev: {ydate1.dmy_dot}
""",
)

t(
    "siuntimas-lt",
    "siuntimas",
    "lt_LT",
    """SIUNTIMAS KONSULTACIJAI
Pacientas: {yper1.full}   Asmens kodas: {ynat1.lt}
Adresas: {yaddr1}
[[Konsultacija: neurologo]]
Gydytojas: {yper2.full}, tel. {ytel1}
""",
)

t(
    "receita-pt",
    "receita médica",
    "pt_PT",
    """RECEITA MÉDICA N.º {yrx1}
Utente: {yper1.full}   N.º de utente SNS: {yplan1}
Data: {ydate1.dmy}
[[Paracetamol 1 g, 1 comprimido de 8/8 h]]
Médico: {yper2.full}, cédula profissional {yreg1}
Contacto: {ytel1}
""",
)

t(
    "ktp-id",
    "formulir pendaftaran pasien",
    "id_ID",
    """FORMULIR PENDAFTARAN PASIEN BARU
Nama lengkap: {yper1.caps}
Tgl lahir: {ydob1.dmy}   NIK: {yperm1.id}
Alamat: {yaddr1}
No. HP: {ytel1}   No. BPJS: {yplan1}
Keluhan: [[demam 3 hari]]
""",
)

t(
    "philhealth-ph",
    "PhilHealth claim form",
    "en_PH",
    """PHILHEALTH CLAIM FORM 1 (CF-1)
Member: {yper1.caps_last_first}   PIN: {yplan1}
Date of birth: {ydob1.mdy}   Contact no.: {ytel1}
Patient (dependent): {yper2.caps_last_first}
Confinement: {ydate1.mdy} to {ydate2.mdy}   [[Dengue fever without warning signs]]
Claim ref: {yclaim1}
""",
)

t(
    "nhis-ng",
    "NHIS enrolment slip",
    "en_NG",
    """NATIONAL HEALTH INSURANCE - ENROLMENT SLIP
Enrollee: {yper1.caps_last_first}   NHIS No: {yplan1}
Phone: {ytel1}   Email: {ymail1}
Address: {yaddr1}
Primary provider: [[General Hospital]]   Date: {ydate1.dmy}
""",
)

t(
    "za-clinic-card",
    "clinic card (ZA)",
    "zu_ZA",
    """CLINIC CARD / IKHADI LOMTHOLAMPILO
Igama / Name: {yper1.full}
ID number: {ynat1.za}
Address: {yaddr1}
Cell: {ytel1}
Next visit: {ydate1.dmy}   [[ART refill]]
""",
)

t(
    "rut-cl",
    "ficha de ingreso",
    "es_CL",
    """FICHA DE INGRESO - SERVICIO DE URGENCIA
Nombre: {yper1.full}   RUT: {ynat1.cl}
Fecha nac.: {ydob1.dmy}   Previsión: [[FONASA B]]
Dirección: {yaddr1}
Teléfono: {ytel1}
Acompañante: {yper2.full}
""",
)

t(
    "gp-reg-ie",
    "GP registration form",
    "en_IE",
    """GP REGISTRATION FORM
Surname: {yper1.caps_family}   First name: {yper1.given}
PPS No: {ynat1.ie}   Date of birth: {ydob1.dmy}
Address: {yaddr1}
Mobile: {ytel1}   Email: {ymail1}
Medical card no: {yplan1}   [[GMS eligible]]
""",
)

t(
    "acc-claim-nz",
    "ACC injury claim",
    "en_NZ",
    """ACC45 INJURY CLAIM - LODGED BY PROVIDER
Claimant: {yper1.latin}   NHI: {ymrn1}
DOB: {ydob1.dmy}   Phone: {ytel1}
Accident date: {ydate1.dmy}   [[Fell from ladder at home]]
Claim number: {yclaim1}
Provider: {yper2.latin}, registration {yreg1}
""",
)

t(
    "georgian-form",
    "სამედიცინო ფორმა",
    "ka_GE",
    """პაციენტის რეგისტრაციის ფორმა
სახელი, გვარი: {yper1.full} ({yper1.latin})
დაბადების თარიღი: {ydob1.dmy_dot}
პირადი ნომერი: {yperm1.ge}
ტელეფონი: {ytel1}
[[ალერგია: არ აქვს]]
""",
)

t(
    "armenian-form",
    "բժշկական տեղեկանք",
    "hy_AM",
    """ԲԺՇԿԱԿԱՆ ՏԵՂԵԿԱՆՔ (ձև 027)
Անուն, ազգանուն: {yper1.full} ({yper1.latin})
Ծննդյան ամսաթիվ: {ydob1.dmy_dot}
Հասցե: {yaddr1}
[[Առողջ է]]
Բժիշկ: {yper2.full}
""",
)

t(
    "sk-poukaz",
    "výmenný lístok",
    "sk_SK",
    """VÝMENNÝ LÍSTOK
Poistenec: {yper1.full}   Rodné číslo: {ynat1.cz}
Poisťovňa: [[VšZP]]   Číslo poistenca: {yplan1}
Odporúčanie: [[ortopedické vyšetrenie]]
Lekár: MUDr. {yper2.full}, {ydate1.dmy_dot}
""",
)

t(
    "lv-izziņa",
    "izziņa",
    "lv_LV",
    """MEDICĪNISKĀ IZZIŅA
Vārds, uzvārds: {yper1.full}
Dzimšanas datums: {ydob1.dmy_dot}
Adrese: {yaddr1}
[[Veselības stāvoklis apmierinošs]]
Ārsts: {yper2.full}, tālr. {ytel1}
""",
)

t(
    "sl-napotnica",
    "napotnica",
    "sl_SI",
    """NAPOTNICA ZA SPECIALISTIČNI PREGLED
Pacient: {yper1.full}   Datum rojstva: {ydob1.dmy_dot}
ZZZS št.: {yplan1}
Naslov: {yaddr1}
[[Napotitev k dermatologu]]
Zdravnik: {yper2.full}
""",
)

t(
    "nl-be-attest",
    "getuigschrift",
    "nl_BE",
    """GETUIGSCHRIFT VOOR VERSTREKTE HULP
Rechthebbende: {yper1.caps_last_first}   Rijksregisternr.: {ynat1.be}
Adres: {yaddr1}
Datum prestatie: {ydate1.dmy}   [[Raadpleging huisarts]]
Zorgverlener: dr. {yper2.full}, RIZIV {yreg1}
""",
)

t(
    "it-ch-ricetta",
    "ricetta",
    "it_CH",
    """RICETTA MEDICA - CANTONE TICINO
Paziente: {yper1.full}   Nato/a il {ydob1.dmy_dot}
N. AVS: {ynat1.ch}
[[Pantoprazolo 40 mg, 1 cpr al mattino]]
Dr. med. {yper2.full}, GLN {yreg1}, tel. {ytel1}
""",
)

# --- devices, vehicles, the web, biometrics and photographs ---------------------------

t(
    "pacemaker-card",
    "implant ID card",
    "en_US",
    """[[IMPLANTED DEVICE IDENTIFICATION CARD]]
Patient: {yper1.latin}   Phone: {ytel1.us}
Device: [[Dual-chamber pacemaker]]  Model [[DR-2]]  Serial {ydev1}
UDI: {ydev2.udi}
Implanted {ydate1.mdy} by {yper2.latin}, MD at {ytown1}
[[MRI conditional - check before scanning]]
""",
)

t(
    "cgm-export",
    "CGM data export (CSV)",
    "en_CA",
    """Index,Timestamp,Event Type,Source Device ID,Glucose Value (mmol/L),Transmitter ID
1,{ydate1.iso}T06:05:00,EGV,{ydev1},[[6.4]],{ydev2}
2,{ydate1.iso}T06:10:00,EGV,{ydev1},[[6.9]],{ydev2}
Patient Info,{yper1.family},{yper1.given},{ydob1.iso},{ymail1}
""",
)

t(
    "hearing-aid",
    "hearing aid fitting record",
    "de_AT",
    """Anpassprotokoll Hörsysteme
Kunde/Kundin: {yper1.last_first}, geb. {ydob1.dmy_dot}
Hörgerät links SN {ydev1}, rechts SN {ydev2}
Bluetooth-Adresse: {ymac1}
Verordnung Dr. {yper2.family} vom {ydate1.dmy_dot}   [[Kassenanteil bewilligt]]
""",
)

t(
    "imei-repair",
    "device repair ticket",
    "en_GB",
    """REPAIR TICKET {yref1}
Customer: {yper1.latin}   Tel: {ytel1.uk}
Device IMEI: {ydev1.imei}   [[Screen cracked, no water damage]]
Wi-Fi MAC: {ymac1}
Collected {ydate1.dmy}
""",
)

t(
    "car-rental",
    "car rental agreement",
    "es_ES",
    """CONTRATO DE ALQUILER DE VEHÍCULO N.º {yref1}
Arrendatario: {yper1.last_first}   DNI/NIE: {ynat1.es}
Permiso de conducir: {ylic1}   Caduca: {yexp1.dmy}
Vehículo: [[SEAT Ibiza]]   Matrícula: {yveh1}   Bastidor: {yveh2.vin}
Recogida: {ydate1.dmy} en {ytown1}   Tarjeta de garantía: {ycard1}
[[Franquicia 900 EUR]]
""",
)

t(
    "parking-fine-uk",
    "penalty charge notice",
    "en_GB",
    """PENALTY CHARGE NOTICE  No. {yref1}
Vehicle registration mark: {yveh1.uk}
Registered keeper: {yper1.caps_last_first}
{yaddr1.uk_l}
Contravention date: {ydate1.dmy}  [[Parked in a restricted street during prescribed hours]]
Pay online at {yurl1}
""",
)

t(
    "ambulance-run",
    "ambulance run sheet",
    "en_US",
    """EMS PATIENT CARE REPORT   Incident {yref1}
Unit [[M14]]   Vehicle {yveh1.vin}
Pt: {yper1.caps_last_first}  Age {yage1}  DOB unk
Pickup: {yaddr1.us}
[[CC: fall, hip pain, GCS 15]]
Transported to {ytown1} Memorial; handoff to {yper2.latin} RN
Caller callback {ytel1.us}
""",
)

t(
    "telehealth-log",
    "telehealth session log",
    "en_AU",
    """Telehealth session {yref1}
Patient: {yper1.latin}  Medicare: {yplan1}
Join link: {yurl1}
Patient IP {yip1}; clinician IP {yip2}
Started {ydate1.dmy} 15:00  [[Video quality: good]]
Clinician: {yper2.latin}, AHPRA {yreg1}
""",
)

t(
    "fingerprint-enrol",
    "biometric enrolment record",
    "en_IN",
    """BIOMETRIC ENROLMENT - VISA / RESIDENCE
Applicant: {yper1.caps_last_first}   Passport: {ypass1}
Fingerprint template ID: {ybio1}   Iris template: {ybio2}
Facial image: {yphoto1}
Enrolment centre: [[VFS GLOBAL]]   Date: {ydate1.dmy}
Operator: {yper2.latin}   Station MAC {ymac1}
""",
)

t(
    "voiceprint-bank",
    "voice biometrics record",
    "en_GB",
    """VOICE ID ENROLMENT
Customer: {yper1.caps_last_first}   Sort code/account: 40-11-62 {yacct1}
Voiceprint ID: {ybio1}   Enrolled {ydate1.dmy} on call from {ytel1.uk}
Passphrase: [[my voice is my password]]
""",
)

t(
    "photo-id-badge",
    "staff ID badge record",
    "en_US",
    """BADGE ISSUANCE
Employee: {yper1.latin}   ID {yacct1}
Photo on file: {yphoto1}
Access: [[ICU, PHARMACY]]   Issued {ydate1.mdy}
Emergency contact {yper2.latin} {ytel1.us}
""",
)

# --- money, tax and government -----------------------------------------------------------

t(
    "tax-notice-de",
    "Steuerbescheid (Auszug)",
    "de_DE",
    """Finanzamt {ytown1}
Bescheid für {ydate1.dmy_dot}
Herrn/Frau {yper1.full}
{yaddr1.de_l}
Steuer-Identifikationsnummer: {ynat1.de}
[[Festsetzung Einkommensteuer 2025]]
Erstattung auf IBAN {yiban1.de}
""",
)

t(
    "codice-fiscale-it",
    "tessera sanitaria",
    "it_IT",
    """TESSERA SANITARIA - CARTA NAZIONALE DEI SERVIZI
Cognome: {yper1.caps_family}   Nome: {yper1.caps_given}
Codice fiscale: {ynat1.it}
Data di nascita: {ydob1.dmy}   Luogo: {ytown1}
Scadenza: {yexp1.dmy}
[[Tessera europea di assicurazione malattia]]
""",
)

t(
    "sin-ca",
    "employment record (T4 slip extract)",
    "en_CA",
    """T4 - STATEMENT OF REMUNERATION PAID (extract)
Employee: {yper1.caps_last_first}
Social insurance number: {ynat1.ca}
Address: {yaddr1}
Employer account: {yacct1}   [[Box 14 Employment income]]
""",
)

t(
    "wire-transfer",
    "bank transfer order",
    "pl_PL",
    """POLECENIE PRZELEWU
Nadawca: {yper1.full}, {yaddr1}
Rachunek nadawcy: {yiban1.pl}
Odbiorca: {yper2.full}
Rachunek odbiorcy: {yiban2.pl}
Tytułem: [[zwrot za leki]]   Data: {ydate1.dmy_dot}
""",
)

t(
    "remittance-ph",
    "remittance form",
    "tl_PH",
    """PADALA FORM / REMITTANCE
Sender: {yper1.caps_last_first}   Contact: {ytel1}
Receiver: {yper2.caps_last_first}   Contact: {ytel2}
Receiver address: {yaddr1}
ID presented: [[PASSPORT]] {ypass1}
Control no. {yref1}   Date {ydate1.mdy}   [[Amount PHP 15,000]]
""",
)

t(
    "sim-registration",
    "SIM registration form",
    "en_NG",
    """SIM REGISTRATION
Full name: {yper1.caps}   Sex: {ymzs1.label}
Date of birth: {ydob1.dmy}
NIN / ID: {yperm1.ng}
MSISDN: {ytel1}   SIM serial (ICCID): {ydev1}
Address: {yaddr1}
Fingerprint captured: {ybio1}   [[Verified]]
""",
)

t(
    "customs-declaration",
    "customs declaration",
    "ko_KR",
    """여행자 휴대품 신고서 / TRAVELER'S CUSTOMS DECLARATION
성명 / Name: {yper1.both}
생년월일 / Date of birth: {ydob1.kr}
여권번호 / Passport No.: {ypass1}
한국 내 주소 / Address in Korea: {yaddr1.krl}
휴대폰 / Mobile: {ytel1.kr}
[[신고물품 없음 / Nothing to declare]]
""",
)

t(
    "arrival-card-sg",
    "arrival card",
    "en_GB",
    """ARRIVAL CARD - ELECTRONIC SUBMISSION {yref1}
Full name as in passport: {yper1.caps}
Passport number: {ypass1}   Expiry: {yexp1.dmy}
Date of birth: {ydob1.dmy}
Address of stay: {yaddr1}
Email: {ymail1}   Mobile: {ytel1}
[[Health declaration: no symptoms]]
""",
)

t(
    "work-permit-ae",
    "work permit",
    "ar_AE",
    """تصريح عمل / WORK PERMIT
الاسم / Name: {yper1.full} — {yper1.caps}
رقم الجواز / Passport: {ypass1}
رقم التصريح / Permit No.: {yperm1.ae}
تاريخ الانتهاء / Expiry: {yexp1.ar}
المهنة / Profession: [[ممرضة / Nurse]]
""",
)

t(
    "waybill",
    "courier waybill",
    "zh_CN",
    """快递运单 / WAYBILL {yref1}
寄件人: {yper1.full}  {ytel1.cn}
寄件地址: {yaddr1.cn}
收件人: {yper2.full}  {ytel2.cn}
收件地址: {yaddr2.cn}
[[物品: 药品 / 保价]]
""",
)

t(
    "donor-card",
    "organ donor card",
    "en_GB",
    """NHS ORGAN DONOR REGISTER
I, {yper1.latin}, want to donate [[any of my organs and tissue]].
NHS number {ynat1.gb}   Registered {ydate1.dmy}
Next of kin: {yper2.latin}, {ytel1.uk}
""",
)

t(
    "school-enrol",
    "school enrolment form",
    "fr_CA",
    """FORMULAIRE D'INSCRIPTION SCOLAIRE
Élève : {yper1.last_first}   Date de naissance : {ydob1.iso}
Code permanent : {yref1}
Parent/tuteur : {yper2.full}, {ytel1}, {ymail1}
Adresse : {yaddr1}
[[Allergie : arachides - EpiPen à l'école]]
""",
)

t(
    "tenancy-app",
    "tenancy application",
    "en_AU",
    """RESIDENTIAL TENANCY APPLICATION
Applicant: {yper1.latin}   DOB: {ydob1.dmy}
Driver licence: {ylic1}   Licence state: [[NSW]]
Current address: {yaddr1}
Mobile: {ytel1}   Email: {ymail1}
Referee: {yper2.latin} ({ytel2})
Vehicle rego: {yveh1}
""",
)

t(
    "utility-bill-uk",
    "utility bill",
    "en_GB",
    """ENERGY BILL - account {yacct1}
{yper1.caps_last_first}
{yaddr1.uk_l}
Bill date: {ydate1.dmy}   Meter serial: {ydev1}
[[Direct Debit will be taken on or after the 1st]]
""",
)

t(
    "pension-letter",
    "pension statement",
    "sv_SE",
    """PENSIONSBESKED
{yper1.full}
{yaddr1}
Personnummer: {ynat1.se}
[[Din allmänna pension beräknas till]] ...
Kontonummer för utbetalning: {yacct1}
Frågor? Ring {ytel1}
""",
)

t(
    "pawn-ticket",
    "pawn ticket",
    "en_US",
    """PAWN TICKET #{yref1}
Pledgor: {yper1.caps_last_first}   DOB {ydob1.mdy}
ID: [[STATE ID]] {ylic1}
Address: {yaddr1.us}
Item: [[14K gold ring]]   Loan $120.00   Due {ydate1.mdy}
""",
)

t(
    "library-card",
    "library card application",
    "nl_NL",
    """AANVRAAG BIBLIOTHEEKPAS
Naam: {yper1.nl_sort}
Geboortedatum: {ydob1.dmy}
Adres: {yaddr1}
E-mail: {ymail1}   Tel.: {ytel1}
Pasnummer: {yacct1}   [[Jeugdabonnement]]
""",
)

# --- papers that name many people -------------------------------------------------------

t(
    "koseki-jp",
    "戸籍謄本（抄）",
    "ja_JP",
    """戸籍に記録されている者
【名】{yper1.first}　【生年月日】{ydob1.jp_era}
【父】{yper2.m_full}　【母】{yper3.f_full}
【配偶者】{yper4.full}
本籍 {yaddr1.jp}
[[以下余白]]
""",
)

t(
    "family-cert-kr",
    "가족관계증명서",
    "ko_KR",
    """가족관계증명서
본인 {yper1.both}  {ydob1.kr}  {ynat1.kr}
부 {yper2.m_full}   모 {yper3.f_full}
배우자 {yper4.full}   자녀 {yper5.f_full}
[[위 가족관계증명서는 가족관계등록부의 기록사항과 틀림없음을 증명합니다]]
""",
)

t(
    "signin-sheet",
    "visitor sign-in sheet",
    "en_GB",
    """VISITOR SIGN-IN - WARD 7   Date {ydate1.dmy}
Name                 | Visiting            | Time in | Car reg
{yper1.latin} | {yper2.lat_last_first} | 14:02 | {yveh1.uk}
{yper3.latin} | {yper2.lat_last_first} | 14:10 |
{yper4.latin} | {yper5.lat_last_first} | 15:30 | {yveh2.uk}
[[Please use hand gel on entry]]
""",
)

t(
    "shift-roster",
    "Dienstplan",
    "de_DE",
    """Dienstplan Notaufnahme KW 47
Früh: {yper1.last_first} (Tel. {ytel1.de}), {yper2.last_first}
Spät: {yper3.last_first}, {yper4.last_first}
Nacht: {yper5.last_first} (Rufbereitschaft {ytel2.de})
[[Übergabe 06:30 / 14:00 / 21:30]]
""",
)

t(
    "group-booking",
    "group booking manifest",
    "it_IT",
    """PRENOTAZIONE DI GRUPPO {yref1}
1. {yper1.caps_last_first} - passaporto {ypass1}
2. {yper2.caps_last_first} - passaporto {ypass2}
3. {yper3.caps_last_first} - passaporto {ypass3}
4. {yper4.caps_last_first} - carta d'identità {yperm1.it}
Capogruppo: {yper1.latin}, cell. {ytel1}
[[Colazione inclusa]]
""",
)

t(
    "class-list-mx",
    "lista de asistencia",
    "es_MX",
    """LISTA DE ASISTENCIA - TALLER DE DIABETES
1. {yper1.caps_last_first}
2. {yper2.last_first}
3. {yper3.last_first}
4. {yper4.last_first}
5. {yper5.last_first}
Coordinadora: {yper6.full}, tel. {ytel1.mx}
[[Próxima sesión: martes]]
""",
)

t(
    "birth-register-ru",
    "свидетельство о рождении (выписка)",
    "ru_RU",
    """СВИДЕТЕЛЬСТВО О РОЖДЕНИИ (выписка)
{yper1.last_first}
родился(лась) {ydob1.ru}
место рождения {ytown1}
Отец: {yper2.m_last_first}
Мать: {yper3.f_last_first}
[[Запись акта о рождении]] № {yref1}
""",
)

# --- more identity papers ---------------------------------------------------------------

t(
    "ine-mx",
    "credencial para votar (INE)",
    "es_MX",
    """INSTITUTO NACIONAL ELECTORAL - CREDENCIAL PARA VOTAR
NOMBRE
{yper1.caps_family}
{yper1.caps_given}
DOMICILIO
{yaddr1.mx_l}
FECHA DE NACIMIENTO {ydob1.dmy}   SEXO {ymzs1.label}
CURP {ynat1.mx}
CLAVE DE ELECTOR {yperm1.mx}   [[VIGENCIA 2024 - 2034]]
""",
)

t(
    "dni-ar",
    "documento nacional de identidad (AR)",
    "es_AR",
    """REPÚBLICA ARGENTINA - MERCOSUR
REGISTRO NACIONAL DE LAS PERSONAS
Apellido / Surname: {yper1.caps_family}
Nombre / Name: {yper1.caps_given}
Documento / Document: {ypass1}   Fecha de nacimiento: {ydob1.vis}
Fecha de vencimiento: {yexp1.vis}
CUIL: {ynat1.ar}
IDARG{ypass1}{ymzn1.label}{ymzi1.label}
{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}ARG‹‹‹‹‹‹‹‹‹‹‹{ymzk1.label}
{yper1.mrzid}{ymzq1.label}
""",
)

t(
    "passport-in",
    "passport data page",
    "hi_IN",
    """भारत गणराज्य  REPUBLIC OF INDIA
पासपोर्ट / PASSPORT   Type P   Code IND   Passport No. {ypass1}
उपनाम / Surname: {yper1.caps_family}
दिया गया नाम / Given Name(s): {yper1.caps_given}
नाम: {yper1.full}
जन्मतिथि / Date of Birth: {ydob1.dmy}   जन्म स्थान / Place of Birth: {ytown1}
समाप्ति की तिथि / Date of Expiry: {yexp1.dmy}
P‹IND{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}IND{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
[[Page 2: address, file number]]
""",
)

t(
    "passport-sa",
    "passport data page",
    "ar_SA",
    """المملكة العربية السعودية  KINGDOM OF SAUDI ARABIA
جواز سفر  PASSPORT   رقم الجواز / Passport No. {ypass1}
الاسم: {yper1.full}
Name: {yper1.caps}
تاريخ الميلاد / Date of Birth: {ydob1.vis}
تاريخ الانتهاء / Date of Expiry: {yexp1.vis}
[[مكان الإصدار: الرياض]]
P‹SAU{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}SAU{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
""",
)

t(
    "passport-br",
    "passaporte",
    "pt_BR",
    """REPÚBLICA FEDERATIVA DO BRASIL - PASSAPORTE / PASSPORT
Tipo P   País emissor BRA   Nº {ypass1}
Sobrenome / Surname: {yper1.caps_family}
Nome / Given names: {yper1.caps_given}
Data de nascimento: {ydob1.vis}   Naturalidade: {ytown1}
Filiação: {yper2.m_caps} / {yper3.f_caps}
Validade: {yexp1.vis}   [[Autoridade: DPF]]
P‹BRA{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}BRA{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
""",
)

t(
    "passport-ua",
    "закордонний паспорт",
    "uk_UA",
    """УКРАЇНА / UKRAINE   ПАСПОРТ / PASSPORT
Номер / Passport No. {ypass1}
Прізвище / Surname: {yper1.last} / {yper1.caps_family}
Ім'я / Given names: {yper1.first} / {yper1.caps_given}
По батькові (внутрішній паспорт): {yper1.full}
Дата народження / Date of birth: {ydob1.vis}
Запис № / Record No. {yref1}
P‹UKR{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}UKR{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}{ymzo1.label}{ymzc1.label}
[[Дійсний до / Date of expiry]] {yexp1.dmy_dot}
""",
)

t(
    "specimen-label-zh",
    "标本标签",
    "zh_CN",
    """[[血常规 EDTA]]  条码 {yclaim1}
{yper1.full}  住院号 {ymrn1}
出生 {ydob1.cn}  采集 {ydate1.cn}
[[急诊]]
""",
)

t(
    "rx-label-ko",
    "약봉투",
    "ko_KR",
    """{yper1.full} 님   [[1일 3회 식후 30분]]
조제일자 {ydate1.kr}   처방전 교부번호 {yrx1}
약국 {yaddr1.kr}   ☎ {ytel1.kr}
[[아목시실린 500mg]]
""",
)

# --- scans and faxes read by OCR (look-alike characters) --------------------------------

t(
    "ocr-id-photocopy",
    "ID photocopy (OCR)",
    "fr_FR",
    """[OCR - photocopie recto/verso, qualité faible]
CARTE NATIONALE D'IDENTITÉ N° : {ypass1.ocr}
Nom : {yper1.ocr}
Né(e) le : {ydob1.dmy}  à : {ytown1}
N° SS (au verso, manuscrit) : {ynat1.fr_ocr}
Adresse : {yaddr1.fr_ocr}
[[Copie certifiée conforme]]
""",
)

t(
    "ocr-fax-us",
    "faxed insurance card (OCR)",
    "en_US",
    """*** OCR TEXT OF FAXED PAGE 2/2 (front and back of insurance card) ***
MEMBER: {yper1.ocr}
MEMBER ID: {yplan1.ocr}   GROUP: [[0045-PPO]]
DOB: {ydob1.mdy}
RX BIN 610014   [[PCN MEDDPRIME]]
Customer service {ytel1.us_ocr}
Fax header: {ydate1.mdy} 11:42 FROM {yfax1.us}
""",
)

t(
    "ocr-receipt-de",
    "Kassenbon (OCR)",
    "de_DE",
    """[OCR Kassenbon, Thermopapier verblasst]
APOTHEKE AM DOM  {yaddr1.de_ocr}
Tel. {ytel1.de_ocr}
Rezept-Nr. {yrx1.ocr}   Kunde {yper1.ocr}
[[Zuzahlung 5,00 EUR]]
Karte {ycard1.ocr}
{ydate1.dmy_dot} 17:03
""",
)

t(
    "ocr-form-pl",
    "skan formularza (OCR)",
    "pl_PL",
    """[OCR skanu wniosku, jakość niska]
Imię i nazwisko: {yper1.ocr}
PESEL: {ynat1.pl_ocr}
Nr dowodu osobistego: {ypass1.ocr}
Telefon: {ytel1.pl_ocr}
Adres: {yaddr1.ocr}
[[Wniosek o wydanie dokumentacji medycznej]]
""",
)

# --- papers of people living abroad (the holder from one country, the paper of another) --

t(
    "zairyu-card",
    "在留カード",
    "vi_VN",
    """在留カード RESIDENCE CARD   番号 NUMBER {yperm1.jp}
氏名 NAME {yper1.caps_family} {yper1.caps_given}
生年月日 DATE OF BIRTH {ydob1.ymd_slash}   性別 SEX {ymzs1.label}   国籍・地域 [[ベトナム]]
住居地 ADDRESS {yaddr1.jp}
在留資格 STATUS [[技能実習]]   在留期間（満了日） {yexp1.jp}
[[就労制限の有無: 在留資格に基づく就労活動のみ可]]
""",
)

t(
    "alien-reg-kr",
    "외국인등록증",
    "en_PH",
    """외국인등록증 RESIDENCE CARD
외국인등록번호 {yperm1.kr}
성명 Name {yper1.caps}
국가 Country [[PHILIPPINES]]   체류자격 Status [[E-9]]
발급일자 Issue Date {ydate1.kr}
체류지 {yaddr1.krl}
""",
)

t(
    "aufenthalt-tr",
    "Aufenthaltstitel (Zusatzblatt)",
    "tr_TR",
    """Zusatzblatt zum Aufenthaltstitel Nr. {yperm1}
Name, Vorname: {yper1.lat_last_first}
Geburtsdatum: {ydob1.dmy_dot}
Staatsangehörigkeit (Nationalität): [[TÜRKEI]]
Anschrift: {yaddr1.de}
Nebenbestimmungen: [[Beschäftigung jeder Art erlaubt]]
T.C. Kimlik No (Heimatland): {ynat1.tr}
""",
)

t(
    "brp-in",
    "residence permit (BRP) letter",
    "hi_IN",
    """Home Office - Decision letter
Dear {yper1.latin},
Your application has been [[granted]]. Your BRP ({yperm1}) can be collected from the
Post Office at {yaddr1.uk} after {ydate1.en}.
Date of birth: {ydob1.en}   Passport: {ypass1}
Name in your own script, as given on the form: {yper1.full}
UAN: {yref1}
""",
)

t(
    "visa-cn",
    "中国签证 (visa)",
    "ru_RU",
    """中华人民共和国签证  VISA
[[类别 Category: L]]   签证号 Visa No. {yref1}
姓名 Full name: {yper1.caps}
出生日期 Date of birth: {ydob1.iso}
护照号码 Passport No. {ypass1}
入境有效期限 Enter before: {yexp1.iso}
VLCHN{yper1.mrz}{ymzp1.label}
{ypass1}{ymzn1.label}RUS{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}‹‹‹‹‹‹‹‹‹‹‹‹‹‹‹‹
""",
)

t(
    "iqama-sa",
    "residence permit (Iqama)",
    "en_IN",
    """المملكة العربية السعودية - إقامة  RESIDENT IDENTITY
Name: {yper1.caps}
Iqama No. / رقم الإقامة: {ynat1.sa}
Profession: [[Nurse / ممرض]]
Employer: [[Ministry of Health]]
Date of birth: {ydob1.dmy}   Expiry: {yexp1.dmy}
Passport: {ypass1}   Mobile: {ytel1.sa}
""",
)

t(
    "green-card-us",
    "permanent resident card",
    "es_MX",
    """UNITED STATES OF AMERICA - PERMANENT RESIDENT
Surname: {yper1.caps_family}
Given Name: {yper1.caps_given}
USCIS#: {yperm1}   Category: [[IR1]]
Country of Birth: [[Mexico]]
Date of Birth: {ydob1.mdy}   Sex: {ymzs1.label}
Card Expires: {yexp1.mdy}   Resident Since: {ydate1.mdy}
C1USA{yperm1}{ymzn1.label}{ymzi1.label}
{ydob1.mrz}{ymzb1.label}{ymzs1.label}{yexp1.mrz}{ymze1.label}MEX‹‹‹‹‹‹‹‹‹‹‹{ymzk1.label}
{yper1.mrzid}{ymzq1.label}
""",
)

t(
    "titre-sejour-fr",
    "titre de séjour",
    "fr_FR",
    """RÉPUBLIQUE FRANÇAISE - TITRE DE SÉJOUR
Nom : {yper1.caps_family}   Prénoms : {yper1.given}
Né(e) le : {ydob1.dmy}   Nationalité : [[ALGÉRIENNE]]
N° étranger : {yperm1.fr}
Valable jusqu'au : {yexp1.dmy}
Adresse : {yaddr1.fr}
[[Carte de résident - autorise son titulaire à travailler]]
""",
)

# --- the split ---------------------------------------------------------------------------

SPLIT = Split(
    name="heldout_y",
    templates=TEMPLATES,
    seeds=range(84400001, 84400401),
    locales=[("en_US", 1)],  # every template names its own locale
    name_countries=[],
    id_countries=["US"],
    shapes={
        s: ["Y########"]
        for s in ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial")
    },
    date_formats=["%Y-%m-%d"],
)
