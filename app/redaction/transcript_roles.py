"""Role words that label a turn in a transcript, a hearing's record, an interview's
subtitles or a support chat ("JUDGE:", "VERDACHTE:", "ENTREVISTADORA:", "الضيف:",
"उत्तरदाता:", "Клієнт:"), in the languages courts, police, insurers, researchers and
help desks write them: the party speaks by role, and the role names nobody.

A speaker label that is only such words (with an article or a preposition between:
"LA PRÉSIDENTE", "A MANDATÁRIA DA RÉ") is no person; one that opens with them keeps the
name after them ("JUDGE MYERS" -> "MYERS", "DC Abbott" -> "Abbott"). Words that are also
common given names or surnames stay out ("Judge", "Justice", "Lawyer", "Richter",
"Giudice", "Bíró", "Usher", "Shahidi"), so a label or a name that holds one stays masked.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

from app.redaction.wordtrie import word_list

_ROLES = """
    magistrate chair chairman chairwoman chairperson presiding clerk registrar
    bailiff prosecutor prosecution defence defense counsel attorney solicitor
    barrister advocate witness claimant respondent applicant appellant appellee defendant
    plaintiff petitioner accused suspect victim complainant interpreter translator expert
    juror foreperson court tribunal panel objector adjuster adjustor insured mortgagee
    examiner investigator interviewer interviewee participant moderator facilitator
    presenter anchor reporter journalist correspondent narrator announcer caller
    dispatcher control officer detective sergeant inspector trooper deputy paramedic
    researcher notetaker unidentified inaudible crosstalk
    richterin vorsitzender vorsitzende staatsanwalt staatsanwältin verteidiger
    verteidigerin zeuge zeugin kläger klägerin beklagte beklagter angeklagte angeklagter
    beschuldigte beschuldigter dolmetscher dolmetscherin sachverständige sachverständiger
    interviewerin befragte befragter teilnehmer teilnehmerin moderatorin reporterin
    protokollführer protokollführerin rechtsanwalt rechtsanwältin anwalt anwältin
    polizist polizistin beamter beamtin antragsteller antragstellerin
    juge présidente président greffier greffière procureur procureure avocat avocate
    témoin demandeur demanderesse défendeur défenderesse prévenu prévenue accusée
    plaignant plaignante interprète experte enquêteur enquêtrice intervieweur
    intervieweuse journaliste participante animateur animatrice invité invitée
    policier policière gendarme victime requérant requérante
    juez jueza magistrado magistrada presidenta secretario secretaria fiscal abogado
    abogada letrado letrada testigo demandante demandado demandada acusado acusada
    imputado imputada denunciante víctima intérprete perito perita entrevistador
    entrevistadora entrevistado entrevistada participante moderador moderadora
    periodista invitado invitada presentador presentadora
    avvocato avvocata testimone ricorrente resistente imputato
    imputata convenuto convenuta intervistatore intervistatrice intervistato intervistata
    partecipante moderatrice giornalista carabiniere vittima
    presidente coordinador coordinadora coordinator coordinatrice
    koordinator koordinatorin juiz juíza escrivão procuradora advogado advogada mandatário
    mandatária testemunha
    autora réu arguido arguida queixoso queixosa entrevistadora vítima jornalista
    convidado convidada
    rechter voorzitter griffier advocaat getuige eiser eiseres gedaagde verdachte
    verbalisant bezwaarmaker verweerder verweerster tolk deskundige geïnterviewde
    deelnemer deelneemster gespreksleider presentator presentatrice verslaggever
    slachtoffer aangever aangeefster klager verzoeker verzoekster belanghebbende
    zorgverlener
    sędzia przewodniczący przewodnicząca protokolant protokolantka prokurator obrońca
    adwokat pełnomocnik świadek powód powódka pozwany pozwana oskarżony oskarżona
    podejrzany podejrzana pokrzywdzony pokrzywdzona tłumacz tłumaczka biegły biegła
    ankieter ankieterka rozmówca rozmówczyni uczestnik uczestniczka prowadzący prowadząca
    dziennikarz dziennikarka funkcjonariusz policjant policjantka lekarz lekarka
    pacjent pacjentka
    soudce soudkyně předseda předsedkyně obhájce svědek svědkyně žalobce žalobkyně
    žalovaný žalovaná obžalovaný obžalovaná obviněný obviněná tlumočník tlumočnice
    tazatel tazatelka respondentka účastník účastnice moderátorka novinář novinářka
    policista policistka lékař lékařka
    domare ordförande åklagare försvarare vittne kärande svarande tilltalad tilltalade
    målsägande intervjuare deltagare programledare
    dommer anklager forsvarer vidne sagsøger saksøker sagsøgte saksøkte tiltalte
    sigtede siktede fornærmede intervjuer deltager deltaker
    tuomari puheenjohtaja syyttäjä puolustaja asianajaja todistaja kantaja vastaaja
    syytetty epäilty asianomistaja tulkki haastattelija haastateltava osallistuja
    juontaja toimittaja
    ügyész védő ügyvéd tanú felperes alperes vádlott gyanúsított sértett tolmács
    szakértő kérdező riporter interjúalany résztvevő műsorvezető
    judecător judecătoare grefier procuror martor reclamant reclamantă pârât pârâtă
    inculpat inculpată intervievator intervievat jurnalist polițist
    δικαστής δικαστίνα πρόεδρος εισαγγελέας συνήγορος δικηγόρος μάρτυρας ενάγων
    εναγόμενος κατηγορούμενος ύποπτος διερμηνέας συνεντευκτής ερωτώμενος συμμετέχων
    δημοσιογράφος παρουσιαστής αστυνομικός
    savcı avukat tanık davacı davalı sanık şüpheli müşteki tercüman bilirkişi
    görüşmeci katılımcı sunucu muhabir gazeteci
    sudac sutkinja tužitelj tužiteljica branitelj svjedok svjedokinja okrivljenik
    okrivljenica liječnik liječnica
    судья председатель прокурор защитник адвокат свидетель свидетельница истец истица
    ответчик ответчица подсудимый подсудимая обвиняемый обвиняемая подозреваемый
    подозреваемая потерпевший потерпевшая переводчик переводчица эксперт интервьюер
    респондент участник участница ведущий ведущая корреспондент журналист журналистка
    следователь полицейский дознаватель
    суддя головуючий захисник свідок позивач позивачка відповідач відповідачка
    обвинувачений обвинувачена підозрюваний підозрювана потерпілий потерпіла
    перекладач учасник учасниця ведучий ведуча кореспондент журналіст слідчий
    поліцейський клієнт клієнтка лікар
    съдия ищец ответник подсъдим обвиняем пострадал преводач водещ
    القاضي القاضية المدعي المدعية المتهم المتهمة الشاهد الشاهدة المحامي المحامية
    النيابة المترجم المترجمة المحاور المحاورة الضيف الضيفة المشارك المشاركة المذيع
    المذيعة الصحفي الصحفية المراسل المراسلة الشرطي الضابط المحقق الباحث الباحثة
    المستجيب المستجيبة
    שופט שופטת השופט השופטת תובע תובעת נתבע נתבעת נאשם נאשמת סנגור סנגורית מתורגמן
    מראיין מראיינת מרואיין מרואיינת משתתף משתתפת מנחה כתב כתבת שוטר שוטרת חוקר חוקרת
    دادستان وکیل شاکی متهم مترجم مصاحبه‌گر مصاحبه‌شونده مجری خبرنگار مهمان
    न्यायाधीश जज अभियोजक वकील गवाह वादी प्रतिवादी अभियुक्त आरोपी दुभाषिया
    साक्षात्कारकर्ता उत्तरदाता प्रतिभागी संवाददाता पत्रकार मेहमान अतिथि एंकर
    裁判官 裁判長 検察官 弁護人 弁護士 証人 原告 被告 被告人 被疑者 通訳人 通訳 聞き手
    質問者 回答者 司会 司会者 記者 参加者 警察官 捜査官 インタビュアー
    法官 审判长 審判長 检察官 檢察官 律师 律師 證人 犯罪嫌疑人 翻译 翻譯 采访者 採訪者
    记者 主持人 受访者 受訪者 嘉宾 嘉賓 参与者 參與者 警官 警察
    판사 재판장 검사 변호인 변호사 증인 원고 피고 피고인 피의자 통역인 통역사 면담자
    질문자 응답자 진행자 기자 참가자 경찰관 수사관 상담원 상담사
    pengacara saksi penggugat tergugat terdakwa tersangka penerjemah pewawancara
    narasumber responden peserta wartawan
    mteja mhudumu mhojiwa mhoji mwandishi hakimu
"""
# Articles and prepositions inside a role's phrase ("LA PRÉSIDENTE", "A MANDATÁRIA DA
# RÉ", "THE CLERK", "DE VOORZITTER"): no name word, yet never alone a label's person.
_JOINERS = """
    the of for la le les el los las il lo gli a o os as da do das dos de del della di
    der die das den dem het du des
"""


@functools.lru_cache(maxsize=8192)  # every person finding asks: the same words recur
def _folded(word: str) -> str:
    """`word` in lower case without accents: capitals drop them ("ΜΑΡΤΥΡΑΣ", "TEMOIN")."""
    word = word.casefold().rstrip(".")
    if word.isascii():
        return word
    bare = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in bare if not unicodedata.combining(c)))


TRANSCRIPT_ROLES: Final = frozenset(_folded(w) for w in word_list(_ROLES))
_JOINER_WORDS: Final = frozenset(word_list(_JOINERS))


def is_transcript_role(word: str) -> bool:
    """Whether `word` (a closing dot allowed) is a role a transcript's speaker is labelled by."""
    return _folded(word) in TRANSCRIPT_ROLES


def only_roles(words: list[str]) -> bool:
    """Whether `words` are transcript roles with articles or prepositions between them,
    at least one of them a role ("LA PRÉSIDENTE"), none of them anything else."""
    role = False
    for word in words:  # the first other word ends it: most findings are names
        folded = _folded(word)
        if folded in TRANSCRIPT_ROLES:
            role = True
        elif folded not in _JOINER_WORDS:
            return False
    return role
