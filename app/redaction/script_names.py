"""Names written in scripts without capital letters: Chinese, Japanese, Korean, Arabic,
Persian, Hebrew, the Brahmic scripts of South Asia, Thai, Georgian and others.

spaCy's English model and the capital-letter rules in `names.py` cannot see them, so they
are read from what stands around them, as clerks write them the world over:
- after a field label that means name, patient, doctor, client, account holder, signer,
  sender... ("姓名：", "환자:", "الاسم:", "שם מלא:", "नाम:", "ชื่อ-สกุล"), up to the next
  punctuation, label or line end;
- after a title ("السيد", "ד״ר", "श्रीमती", "นาย" written onto the name, "ბატონი");
- before an honorific ("様", "さん", "先生", "女士", "씨", "님").

Pure `re`; a text of Latin letters only costs one `str.isascii` or one search of a short
character class.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.name_forms import COMMON
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
RULE: Final = "script_names"
SCORE: Final = 0.85

# Letters (with their combining signs) of the scripts this module reads, one class each.
HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
HANGUL: Final = "\uac00-\ud7a3"
# Hiragana and katakana, with their iteration and length marks.
KANA: Final = "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe"
# Han, kana and Hangul: the letters a Chinese, Japanese or Korean name is written in.
CJK_LETTERS: Final = HAN + KANA + HANGUL
_HAN = HAN
_SCRIPTS: Final = {
    "cjk": _HAN + KANA,
    "hangul": HANGUL,
    "arabic": "\u0620-\u064a\u064b-\u065f\u066e-\u06d3\u06d5\u06fa-\u06fc\u200c",
    "hebrew": "\u05d0-\u05ea\u05f3\u05f4'\"",
    # Brahmic scripts write a zero-width joiner or non-joiner inside a word to choose a
    # conjunct's form ("श्रेष्‍ठ"): part of the word, not a break in the name.
    "devanagari": "\u0900-\u0963\u0971-\u097f\u200c\u200d",
    "bengali": "\u0980-\u09e3\u09f0\u09f1\u200c\u200d",
    "gurmukhi": "\u0a00-\u0a63\u0a70-\u0a75",
    "gujarati": "\u0a80-\u0ae3",
    "tamil": "\u0b80-\u0bcd\u0bd7",
    "telugu_kannada_malayalam": "\u0c00-\u0c63\u0c80-\u0ce3\u0d00-\u0d63",
    "sinhala": "\u0d80-\u0df3",
    "thai": "\u0e01-\u0e3a\u0e40-\u0e4e",
    "lao": "\u0e81-\u0ecd",
    "myanmar": "\u1000-\u103f",
    "khmer": "\u1780-\u17d3",
    "georgian": "\u10d0-\u10ff",
    "ethiopic": "\u1200-\u135a",
}
# The table the other modules of scripts without capitals take their subsets from
# (`script_runs.py`), and one Han letter (a given name or surname of one letter).
SCRIPTS: Final = _SCRIPTS
HAN_LETTER: Final = re.compile(f"[{HAN}]")
_ANY_LETTER = "".join(_SCRIPTS.values()).replace("'\"", "")
_HAS_SCRIPT = re.compile(f"[{_ANY_LETTER}]")


def _phrases(spaced: str) -> tuple[str, ...]:
    """A word list whose phrases join their words with "_" ("الاسم_الكامل")."""
    return tuple(w.replace("_", " ") for w in word_list(spaced))


# Roles that sign, treat, examine, dispense, review or witness, in each script above: the
# persons a record names besides its subject (written from the forms' usual wording; no
# published list of role labels exists).
_MORE_ROLES: Final = """
    药师 藥師 药剂师 藥劑師 调剂人 調劑人 发药人 發藥人 核对人 核對人 复核人 複核人
    审核医师 处方医师 處方醫師 经治医师 經治醫師 出院医师 责任护士 責任護士 主管医生
    主診醫師 警官 民警
    办案民警 经手人
    翻译 翻譯 见证人 見證人 代理人 分析师 分析師 纳税人 納稅人 报案人 報案人 受害人 当事人 當事人
    嫌疑人 检查者 檢查者 记录人 記錄人 填表人 制表人 核准人 批准人
    薬剤師 担当薬剤師 担当看護師 主治医師 担当医師 退院担当医 記載者 作成者 確認者 承認者 審査者
    調査員 係員 通訳 証人 申告者 納税者 被害者 届出人 検査者 説明者 同意者
    약사 담당의사 담당_의사 퇴원_담당의 의뢰의 검토자 승인자 확인자 상담원 조사관 담당관 통역사
    증인 대리인 분석가 분석관 직원 신고인 피해자 납세자 처방의 작성의 집도의
    الطبيب_المعالج الطبيبة_المعالجة الطبيب_المسؤول الطبيب_المناوب الطبيب_المحيل الصيدلي
    الصيدلانية الممرض_المسؤول الممرضة_المسؤولة الموظف_المسؤول الموظفة_المسؤولة الضابط
    ضابط_الهجرة ضابط_الجوازات الموظف_المختص المحقق المدقق المفتش المترجم المترجمة الشاهد
    الشاهدة الوكيل المحلل المدير اعتمد_من_قبل أعده راجعه تمت_المراجعة_بواسطة بواسطة
    الأخصائي الأخصائية اسم_الطبيب اسم_الموظف اسم_الأم اسم_الأب اسم_الزوج مسؤول_الحالة
    المكلف المكلفة مقدم_البلاغ المبلغ
    پزشک_معالج پزشک_مسئول داروساز پرستار_مسئول کارشناس کارشناس_مسئول ممیز ممیز_مالیاتی
    مأمور افسر بازرس مترجم شاهد نماینده تحلیلگر مدیر تأیید_کننده بررسی_کننده تهیه_کننده
    متصدی مسئول_پرونده نام_پزشک نام_پدر مودی مؤدی مؤدی_مالیاتی مودی_مالیاتی شاکی
    רופא_משחרר רופאה_משחררת רופא_מטפל רופאה_מטפלת רופא_אחראי רופאה_אחראית רופא_תורן
    רופאה_תורנית רופא_מפנה רופאה_מפנה רוקח רוקחת אח_אחראי אחות_אחראית עובד_סוציאלי
    עובדת_סוציאלית פקיד פקידה שוטר שוטרת חוקר חוקרת מבקר מבקרת בודק בודקת מאשר מאשרת
    נחתם_על_ידי נבדק_על_ידי הוכן_על_ידי אושר_על_ידי מנהל מנהלת מתורגמן מתורגמנית
    סוכן סוכנת אנליסט אנליסטית מפקח מפקחת חותם חותמת שם_הרופא שם_האב שם_האם מגיש_הבקשה
    עד_ראייה
    फार्मासिस्ट औषधिविद डॉक्टर_का_नाम अधिकारी जांच_अधिकारी जाँच_अधिकारी निरीक्षक सत्यापनकर्ता
    समीक्षक अनुमोदक गवाह साक्षी एजेंट विश्लेषक अनुवादक करदाता शिकायतकर्ता आवेदक_का_नाम
    पिता_का_नाम माता_का_नाम पति_का_नाम प्रबंधक
    ফার্মাসিস্ট কর্মকর্তা সাক্ষী এজেন্ট পিতার_নাম মাতার_নাম নার্স
    เภสัชกร แพทย์ผู้รักษา แพทย์เจ้าของไข้ แพทย์ผู้ตรวจ พยาบาลผู้ดูแล เจ้าหน้าที่ ผู้ตรวจสอบ
    ผู้อนุมัติ ผู้จัดทำ ผู้บันทึก ผู้ลงนาม ล่าม พยาน ตัวแทน นักวิเคราะห์ ผู้จ่ายยา ผู้สั่งยา
    ผู้เสียภาษี ผู้แจ้ง ผู้เสียหาย ผู้ติดต่อ
    நோயாளி மருத்துவர் செவிலியர் மருந்தாளர் வாடிக்கையாளர் விண்ணப்பதாரர் அதிகாரி சாட்சி
    தந்தை_பெயர் முகவர்
    ფარმაცევტი ექთანი ოფიცერი მოწმე აგენტი
    ፋርማሲስት ነርስ መኮንን ምስክር
    原告 被告 原告人 被告人 上诉人 被上诉人 申诉人 被申请人 第三人 申立人 相手方 控訴人 被控訴人
    上告人 被上告人 債権者 債務者 抗告人 원고 피고 신청인 피신청인 항소인 피항소인
    ผู้รายงาน ผู้ตรวจ ผู้รับรอง ผู้ให้ข้อมูล ผู้ขอ ผู้ยื่นคำขอ ผู้ทำรายการ
    התובע התובעת הנתבע הנתבעת תובע תובעת נתבע נתבעת המבקש המבקשת המשיב המשיבה
    দাবিদার দাবিকারী বাদী বিবাদী
    आफन्त नातेदार नातेवाईक संरक्षक संशयित आरोपी अभियुक्त संदिग्ध तक्रारदार फिर्यादी साक्षीदार
    सूचक पीड़ित पीडित
    अध्यक्ष वडा_अध्यक्ष सचिव सदस्य_सचिव प्रमाणित_गर्ने सिफारिसकर्ता
    ผู้ฉีด ผู้ฉีดวัคซีน ผู้ให้วัคซีน ผู้ให้บริการ ผู้ตรวจรักษา
    অভিভাবক আত্মীয় সন্দেহভাজন অভিযুক্ত অভিযোগকারী ভুক্তভোগী
    পিতা মাতা স্বামী স্ত্রী বাবা
    მესაკუთრე გამქირავებელი დამქირავებელი მყიდველი გამყიდველი მემკვიდრე თავდები
    खातेदार भूस्वामी किरायेदार मकान_मालिक क्रेता विक्रेता वारिस उत्तराधिकारी
    ערב ערבה משכיר משכירה שוכר שוכרת המוכר הקונה היורש
    للتواصل المؤجر المستأجر الكفيل البائع المشتري الوريث المتوفى المتوفاة
    موجر مستاجر مستأجر ضامن
    ผู้ตาย ชื่อผู้ตาย ชื่อผู้แจ้ง ผู้เช่า ผู้ให้เช่า ผู้ซื้อ ผู้ขาย ผู้ค้ำประกัน ทายาท
"""

# Labels that name the field a person's name fills. Strong ones mean "name" itself and
# may be followed by a space or a tab (forms, tables); the others name a role and need a
# colon after them, since they are ordinary words in running text.
NAME_LABELS: Final = _phrases(
    """
    姓名 氏名 名前 お名前 フリガナ 患者姓名 患者名 患者氏名 客户姓名 顾客姓名 申请人姓名 户名
    开户名 账户名 帐户名 口座名義 名義人 名義 签名 簽名 署名 签字 簽字
    성명 이름 환자명 환자성명 고객명 예금주 서명
    الاسم_الكامل الاسم اسم_المريض اسم_المريضة اسم_العميل اسم_صاحب_الحساب التوقيع
    نام نام_و_نام_خانوادگی نام_بیمار نام_مشتری امضا
    שם_מלא שם_המטופל שם_המטופלת שם_הלקוח חתימה
    नाम पूरा_नाम रोगी_का_नाम मरीज_का_नाम ग्राहक_का_नाम हस्ताक्षर
    নাম পুরো_নাম রোগীর_নাম স্বাক্ষর
    ชื่อ-สกุล ชื่อ-นามสกุล ชื่อสกุล ชื่อ นามสกุล ชื่อผู้ป่วย ลงชื่อ ชื่อเด็ก ชื่อบิดา ชื่อมารดา
    სახელი გვარი სახელი_და_გვარი ხელმოწერა
    ስም ሙሉ_ስም
    பெயர் முழு_பெயர் நோயாளியின்_பெயர் கையொப்பம்
    """
)
# English labels of forms filled in another script ("Name: 王芳").
_ENGLISH_LABELS: Final = _phrases(
    """
    Name name NAME Full_name Full_Name Patient patient PATIENT Patient_name Client Customer
    Account_holder Applicant Employee Insured Beneficiary Signed Signature From To Contact
    Next_of_kin Guardian Doctor Physician Nurse Sender Recipient Payee
    in_own_script in_native_script native_script name_in_native_script original_script
    in_original_script in_local_script national_characters in_national_characters
    name_in_national_characters
    """
) + tuple(
    # Roles a bilingual form labels in English, each also as "<role> name" / "<role>'s
    # name", capitalised or not.
    form
    for role in _phrases(
        """
    attending consultant resident registrar surgeon pharmacist prescriber midwife therapist
    officer case_officer immigration_officer police_officer officer_in_charge
    investigating_officer agent analyst reviewer approver examiner witness interpreter
    translator reporter investigator taxpayer declarant cardholder policyholder owner
    landlord tenant employer attorney lawyer judge defendant plaintiff claimant
    complainant victim suspect accused spouse father mother husband wife son daughter
    emergency_contact caller author clerk teller manager passenger traveller traveler
    student parent member subscriber driver respondent interviewer interviewee donor
    sponsor participant referring_doctor referring_physician discharging_doctor
    discharging_physician treating_doctor treating_physician attending_physician
    nurse_in_charge customer applicant employee beneficiary insured holder account_holder
    technician tech display_name
    dispensed_by prescribed_by reviewed_by approved_by prepared_by checked_by verified_by
    signed_by examined_by reported_by referred_by issued_by entered_by recorded_by
        """
    )
    for base in (role, *((f"{role} name", f"{role}'s name") if " by" not in role else ()))
    for form in (base, base[:1].upper() + base[1:], base.title())
)
ROLE_LABELS: Final = _phrases(
    """
    患者 病人 病患 医生 醫生 医师 醫師 主治医师 主治医生 护士 護士 客户 客戶 顾客 员工 員工 申请人
    申請人 收款人 付款人 持卡人 被保险人 被保險人 投保人 受益人 联系人 聯絡人 监护人 監護人
    配偶 母亲 父亲 家属 审核人 经办人 經辦人 发件人 發件人 收件人 报告医生 检查医生 申请医生
    送检医生 证人 法定代表人
    担当医 主治医 医師 看護師 担当者 顧客 申請者 受取人 被保険者 保護者 配偶者 差出人 宛先 記入者
    報告者 依頼医 送信者 受信者 契約者 世帯主
    환자 담당의 주치의 의사 간호사 고객 신청인 수취인 피보험자 보호자 배우자 담당자 작성자 보낸사람
    받는사람 보낸_사람 받는_사람 계약자 수익자
    المريض المريضة الطبيب الطبيبة الممرض الممرضة العميل العميلة مقدم_الطلب صاحب_الحساب المستفيد
    المؤمن_عليه ولي_الأمر الزوج الزوجة المرسل المستلم الموظف الموظفة الشاهد المراجع
    بیمار پزشک پرستار مشتری متقاضی صاحب_حساب ذینفع بیمه‌شده فرستنده گیرنده کارمند
    מטופל מטופלת חולה רופא רופאה אחות לקוח לקוחה מבקש מבקשת בעל_החשבון מוטב מבוטח מבוטחת
    אפוטרופוס בן_זוג בת_זוג מאת אל נציג עובד עובדת שולח נמען
    रोगी मरीज मरीज़ डॉक्टर चिकित्सक नर्स ग्राहक आवेदक खाताधारक लाभार्थी बीमित अभिभावक पति पत्नी
    पिता माता प्रेषक कर्मचारी
    রোগী ডাক্তার গ্রাহক আবেদনকারী হিসাবধারী
    ผู้ป่วย แพทย์ พยาบาล ลูกค้า ผู้สมัคร ผู้ถือบัญชี ชื่อบัญชี ผู้รับประโยชน์ ผู้เอาประกัน ผู้ปกครอง
    ผู้ส่ง ผู้รับ พนักงาน
    პაციენტი ექიმი მომხმარებელი განმცხადებელი
    ታካሚ ሐኪም ደንበኛ
    """
    + _MORE_ROLES
)
# A table's cell border separates a label from its value as a colon does.
# "Name of <someone>:" in scripts that put "name" first: "نام پدر:", "اسم مقدم الطلب:",
# "שם הרופא המטפל:": the value after the colon is that someone's name.
_NAME_OF = "اسم|الاسم|نام|שם"
_LABEL = (
    rf"(?P<named>(?<![\w\u200c])(?:{_NAME_OF})(?:[ \t\u200c]+[^\s:：|]{{1,20}}){{1,3}}"
    r"[ \t]*[:：][ \t]*)"
    # "به نام خدا" ("in the name of God") heads Persian letters: no label.
    rf"|(?<!به )(?P<strong>{trie_pattern(NAME_LABELS)})"
    r"(?P<sep>\s*[:：]\s*|[ \t\u3000]+|[ \t]*\|[ \t]*)"
    # A JSON member is a label too: '"display_name": "鄭淑惠"'.
    rf"|(?P<role>{trie_pattern(ROLE_LABELS + _ENGLISH_LABELS)})"
    # Hebrew and Arabic forms write both genders of a role: "רופא/ה:", "רוקח/ת:",
    # "מטופל(ת):", "المريض/ة:".
    r"(?:/(?:ה|ת|ית|ة)|\((?:ה|ת|ית|ة)\))?"
    # A gloss in brackets before the colon, as bilingual forms say which writing a field
    # wants ("Patient (Latin):", "Name (in full):", "Doctor (English):").
    r"(?:[ \t]{1,3}\([^()\n:：]{1,30}\)(?=[ \t]*[:：]))?"
    r'(?:"?\s*[:：]\s*"?|[ \t]*\|[ \t]*)'
)
LABEL: Final = _LABEL  # a field label that a person's name fills (`script_comma_names.py`)

# Titles written before a name, each with the letters its name is written in.
_TITLES: Final = (  # script, titles, most words of the name after them
    # The gender-inclusive forms of official letters ("السيد/ة", "السيد(ة)") too.
    (
        "arabic",
        "السيد السيدة الآنسة الدكتور الدكتورة د. الأستاذ الأستاذة الشيخ المهندس السيد/ة"
        " السيد(ة) السيد/السيدة الدكتور/ة الدكتور(ة)",
        3,
    ),
    ("arabic", "آقای خانم دکتر مهندس", 2),
    # Letter formulas: "the undersigned" of Arabic declarations, "dear <role>" of Persian
    # notices ("أنا الموقع أدناه زينب الحربي", "مؤدی گرامی حسین رحیمی"), and the other party
    # of a sponsorship declaration (إقرار كفالة: "I sponsor", "the sponsored"), whom the
    # undersigned names next ("أكفل ليلى القحطاني طوال ...").
    (
        "arabic",
        "الموقع_أدناه الموقعة_أدناه مؤدی_گرامی مودی_گرامی مشتری_گرامی بیمار_گرامی"
        " أكفل أكفل_المدعو أكفل_المدعوة المكفول المكفولة"
        # "dear" of a message's greeting ("عزيزي يوسف، موعدك ...")
        " عزيزي عزيزتي",
        2,
    ),
    # Police reports name who came and whom they accuse: "the citizen", "the so-called",
    # "(a person) called" ("حضر المواطن سامي ...", "شخصا يدعى ...").
    ("arabic", "المواطن المواطنة المدعو المدعوة يدعى تدعى", 5),
    ("hebrew", "מר גב' גב׳ גברת ד\"ר ד״ר פרופ' פרופ׳ עו\"ד עו״ד", 2),
    ("devanagari", "श्री श्रीमती सुश्री कुमारी डॉ. डॉ डॉक्टर", 3),
    ("bengali", "জনাব শ্রী শ্রীমতী ডা. ডাঃ বেগম", 3),
    ("georgian", "ბატონი ქალბატონი ექიმი", 2),
    # English titles before a name in any of these scripts but Han and kana.
    *(
        (script, "Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Prof Prof. Mx Mx.", 2)
        for script in _SCRIPTS
        if script != "cjk"
    ),
)
# Thai writes the title onto the name ("นายสมชาย ใจดี"): the title, then the given name
# and the surname; a given name alone is read only after a title that is never a word.
_THAI_TITLES: Final = word_list("นางสาว น.ส. นาง นาย ด.ช. ด.ญ. เด็กชาย เด็กหญิง นพ. พญ. ดร.")
# Honorifics written after the name: Japanese and Chinese (no space needed), Korean.
_CJK_AFTER: Final = word_list("様 さま さん 殿 先生 氏 くん ちゃん 女士 小姐")
_HANGUL_AFTER: Final = word_list("씨 님 선생님 환자 고객님")

# Words that stop a name run: the grammar words of each script that follow or join names
# in a sentence, and words a role label is often followed by instead of a name.
STOP_WORDS: Final = frozenset(
    word_list(
        """
        في من إلى على عن مع هو هي تم كان قد لا ما الذي التي بعد قبل منذ حتى أو ثم بن
        المقيم المقيمة الساكن الساكنة قام قامت
        در از به با که را این آن است بود و یا
        של את עם על אל הוא היא לא כי גם או אבל
        का की के को ने से में है और पर भी या था थी
        এর এবং থেকে করে হয় ও
        และ ที่ ของ ได้ ใน ให้ ว่า
        და არის რომ
        님 씨 고객 환자 의사 선생 선생님 간호사 여러분 회원 보호자 담당자 담당 주치의 간호 원장
        교수 사장 부장 과장 팀장 실장 대리 어머 아버 할머 할아버 손님 기사
        """
    )
)
_CJK_NOT_NAMES: Final = frozenset(
    word_list(
        """
        患者 病人 医生 醫生 护士 客户 先生 女士 小姐 本人 家属 无 無 男 女 未知 不详 待定 见下
        なし 不明 同上 男性 女性 皆 みな みんな お母 お父 お姉 お兄 お婆 お爺 奥 お客 医師 看護師
        担当 主治医 子供 息子 娘 旦那 大家
        """
    )
)
# The roles added last stop no name: some are surnames too ("अधिकारी", Adhikari).
_LABEL_WORDS: Final = frozenset(NAME_LABELS) | (
    frozenset(ROLE_LABELS) - frozenset(_phrases(_MORE_ROLES))
)
# What a run before an honorific ends with when it is no name ("お母", "고객").
_NOT_BEFORE_HONORIFIC: Final = _CJK_NOT_NAMES | STOP_WORDS


def _word(script: str) -> str:
    return f"[{_SCRIPTS[script]}]+"


# Scripts of South Asia, whose names are often written with dotted initials ("च. महर्जन",
# "மு. கருணாநிதி").
_INDIC: Final = frozenset(
    {"devanagari", "bengali", "gurmukhi", "gujarati", "tamil", "telugu_kannada_malayalam"}
)


# A double surname joined by a hyphen ("阿部-近藤 明美"), as Japanese records write a
# married couple's two family names.
_CJK_JOINER: Final = r"\-‐－"


# "son of", "daughter of" inside an Arabic name ("طارق بن يوسف منصور"): part of the name,
# not one of its words (a title's count of words skips it), and no stop there.
_NASAB: Final = frozenset(word_list("بن ابن بنت"))


def _run(script: str, most: int) -> str:
    gap = r"[ \u3000・·]" if script == "cjk" else r"[ \u00a0]"
    if script == "arabic":
        gap = rf"[ \u00a0](?:(?:{'|'.join(sorted(_NASAB))})[ \u00a0])?"
    initials = rf"(?:[{_SCRIPTS[script]}]{{1,3}}\.[ ]?){{0,2}}" if script in _INDIC else ""
    word = _word(script)
    if script == "cjk":
        word = f"{word}(?:[{_CJK_JOINER}]{word})?"
    return f"{initials}{word}(?:{gap}{word}){{0,{most - 1}}}"


# A name in Latin letters after a label in another script ("担当医：Jimenez").
_LATIN_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:[ ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,2}(?![\w])"
# A Han or kana name of three parts fills its field to the line's end ("幹 七夏 松田": a
# middle name, or a given name written on both sides); two parts may share a line.
# An honorific or a filler word is no third part ("阿部 浩　様").
_CJK_THIRD = (
    rf"(?:[ \u3000](?!(?:{trie_pattern((*_CJK_AFTER, *_CJK_NOT_NAMES))})[ \t]*(?:\r?\n|$))"
    rf"{_word('cjk')}(?=[ \t]*(?:\r?\n|$)))?"
)
_AFTER_LABEL = re.compile(
    rf"(?:{_LABEL})(?P<name>"
    + "|".join(
        _run(s, 2 if s in ("cjk", "hangul") else 4) + (_CJK_THIRD if s == "cjk" else "")
        for s in _SCRIPTS
    )
    + rf"|(?P<latin>{_LATIN_NAME}))"
)
# A title is a word of its own: a space follows it, unless it ends in a dot or a geresh.
_TITLE_END = r"(?:\s+|(?<=[.'\"׳״])\s*)"
_AFTER_TITLE = re.compile(
    "|".join(
        rf"(?<![{_SCRIPTS[script]}])(?:{trie_pattern(_phrases(titles))}){_TITLE_END}"
        rf"(?P<n{i}>{_run(script, most)})"
        for i, (script, titles, most) in enumerate(_TITLES)
    )
)
# Words that open with a title but name a role: prime minister, mayor, employer, broker,
# registrar, physician, nurse.
_THAI_ROLES = "นายก(?:รัฐมนตรี|เทศมนตรี)|นายจ้าง|นายหน้า|นายทะเบียน|นายแพทย์|นางพยาบาล|นางฟ้า"
_THAI = re.compile(
    rf"(?<![{_SCRIPTS['thai']}])(?!{_THAI_ROLES})(?:{trie_pattern(_THAI_TITLES)}|คุณ\s)"
    rf"\s?(?P<name>{_run('thai', 2)})"
)
# A line that a role label opens without a colon and a name closes (or a gap of two spaces
# after it, before the line's next field), as Thai clinic notes and registry forms write
# their signer ("แพทย์ สมชาย ใจดี": given name, a middle name, surname); and the addressee of
# a Hebrew letter after "לכבוד" (to), on its line or the next.
_THAI_ROLE_LABELS: Final = tuple(
    w for w in ROLE_LABELS if re.fullmatch(f"[{_SCRIPTS['thai']}]+", w)
)
# Thai writes words together: a clause after the role ("แพทย์ ได้ตรวจ แล้ว", the doctor
# has examined) opens with an auxiliary or a negation, which no name does.
_THAI_CLAUSE_OPENERS: Final = tuple(word_list("ได้ ให้ ไม่ แล้ว ต้อง ควร ยัง จะ กำลัง เคย และ หรือ"))
_LINE_ROLE = re.compile(
    rf"^[ \t]*(?:(?:{trie_pattern(_THAI_ROLE_LABELS)})[ \t]+"
    rf"(?P<thai>{_word('thai')}(?:[ ]{_word('thai')}){{1,2}})"
    rf"|לכבוד[ \t:]*\n?[ \t]*(?P<hebrew>{_run('hebrew', 3)}))"
    # the line's end, or a gap of two spaces before the line's next field ("... โทร 08...")
    r"(?:[ \t]*$|[ \t]{2,}(?=\S))",
    re.M,
)
_BEFORE_HONORIFIC = re.compile(
    rf"(?P<cjk>[{_HAN}{KANA}]{{1,6}}(?:[ \u3000][{_HAN}{KANA}]{{1,3}})?)"  # 長谷川直人
    rf"[ \u3000]?(?:{trie_pattern(_CJK_AFTER)})"
    rf"|(?<![\uac00-\ud7a3])(?P<hangul>[\uac00-\ud7a3]{{2,4}})[ ]?(?:{trie_pattern(_HANGUL_AFTER)})"
)
# Japanese particles: a name before an honorific starts after the last of them.
_PARTICLES = re.compile("[のはがをにでとへもや]")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name's words up to the first stop word, the next label or a word followed by a
    colon (the next field's label); None when no word is left."""
    words = list(re.finditer(r"\S+", text[start:end]))
    kept: list[re.Match[str]] = []
    for i, w in enumerate(words):
        word = w.group()
        after = text[start + w.end() : start + w.end() + 2].lstrip(" ")
        if word in _NASAB and kept and i + 1 < len(words):
            continue  # "طارق بن يوسف": the name goes on
        if word in STOP_WORDS or word in _LABEL_WORDS or after[:1] in (":", "："):
            break
        kept.append(w)
    if not kept:
        return None
    return start + kept[0].start(), start + kept[-1].end()


def cjk_name(value: str) -> bool:
    """A Chinese, Japanese or Korean name in a field: 2 to 4 letters written together, or
    parts of 1 to 4 letters apart (kana names run longer); not a word that fills a name
    field when the name is missing ("无", "なし", "患者")."""
    parts = re.split(f"[ \u3000・{_CJK_JOINER}]", value)
    longest = 8 if re.search(f"[{KANA}]", value) else 4
    if len(parts) == 1 and not 2 <= len(value) <= longest:
        return False
    return all(1 <= len(p) <= longest for p in parts) and value not in _CJK_NOT_NAMES


def names_in_other_scripts(text: str) -> list[Span]:
    """Persons written in a script without capital letters, found by the label, title or
    honorific beside them."""
    if text.isascii() or not _HAS_SCRIPT.search(text):
        return []
    spans: list[Span] = []
    pos = 0
    while (m := _AFTER_LABEL.search(text, pos)) is not None:
        got = _trim(text, m.start("name"), m.end("name"))
        # What follows the name, or the label's empty value, may be the next label
        # ("نام مؤدی:", "原告：高橋篤司　被告：..."), so the search goes on from there.
        pos = got[1] if got is not None else m.start("name")
        if got is None:
            continue
        value = text[got[0] : got[1]]
        if m.group("latin") is not None and (
            text[m.start() : m.start("name")].isascii() or value.casefold() in COMMON
        ):
            continue  # an English label's Latin value is `names.py`'s to read
        cjk = bool(re.match(f"[{_SCRIPTS['cjk']}{_SCRIPTS['hangul']}]", value))
        if (not cjk or cjk_name(value)) and len(value) > 1:
            spans.append(Span(*got, KIND, RULE, SCORE))
    for m in _AFTER_TITLE.finditer(text):
        group = next(g for g in m.groupdict() if m.group(g) is not None)
        got = _trim(text, m.start(group), m.end(group))
        if got is not None:
            spans.append(Span(*got, KIND, RULE, SCORE))
    for m in _THAI.finditer(text):
        got = _trim(text, m.start("name"), m.end("name"))
        if got is not None:
            spans.append(Span(*got, KIND, RULE, SCORE))
    for m in _LINE_ROLE.finditer(text):
        group = "thai" if m.group("thai") is not None else "hebrew"
        if group == "thai" and any(
            w.startswith(_THAI_CLAUSE_OPENERS) for w in m.group(group).split()
        ):
            continue
        got = _trim(text, m.start(group), m.end(group))
        if got is not None:
            spans.append(Span(*got, KIND, RULE, SCORE))
    for m in _BEFORE_HONORIFIC.finditer(text):
        group = "cjk" if m.group("cjk") is not None else "hangul"
        start, value = m.start(group), m.group(group)
        if group == "cjk" and (last := list(_PARTICLES.finditer(value))):
            start, value = start + last[-1].end(), value[last[-1].end() :]
        if value and not any(value.endswith(w) for w in _NOT_BEFORE_HONORIFIC):
            spans.append(Span(start, start + len(value), KIND, RULE, SCORE))
    return spans
