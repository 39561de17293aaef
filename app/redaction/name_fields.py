"""Names in a script without capital letters (Arabic, Persian, Hebrew, the Brahmic scripts,
Thai, hangul, han, kana...) written into the fields of a text laid out in Latin letters: a
bilingual form, a register, a roster ("Employee: দাস, আনিস", "First name [ فاطمه زهرا ]",
"Reviewer 현. 박", "Cover arranged with রায়হান", "Crew: थापा/राजकर्णिकार"). No capital
letter marks such a name; the Latin word before it and the run's own form do:

- after a word that leads to a person (a cue of `names.py`, a role or agent noun, a verb of
  sign-off, a preposition of agency), a run of one to four words that fills its field
  (nothing in the same script follows it);
- after any label with a colon or a bracket, a run written in a Western register's form:
  "Surname, Given" (the comma inversion of indexes and registers) or "I. Surname" (an
  initial with a dot); the scripts' own punctuation writes neither (Chinese lists with
  "、" and "，", Arabic and Persian with "،");
- a roster's pair joined by a slash ("A/B") after a word that leads to a person.

A Han, kana or hangul word of a run is one to four letters (a Chinese, Japanese or Korean
name's parts); alone it is two to four. Pure `regex`; text in Latin letters only costs one
`str.isascii`, text without such a letter one search of a character class.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.name_forms import is_agent_noun
from app.redaction.script_names import HAN_LETTER
from app.redaction.spans import Span
from app.redaction.surname_sets import CHINESE, JAPANESE_KANJI
from app.redaction.wordtrie import word_list

KIND: Final = "PERSON"
RULE: Final = "name_field_uncased"
SCORE: Final = 0.75

# A letter of a script without case (\p{Lo}), but the ordinal indicators "ª" and "º" that
# Latin text writes after numbers; the katakana prolonged sound mark is a letter of a name.
_LETTER = r"[^\P{Lo}\xaa\xba]"
_TAIL = r"[\p{Lo}\p{M}\u30fc\u200c\u200d]*"
_WORD = rf"{_LETTER}{_TAIL}(?:-{_LETTER}{_TAIL})*"
_INITIAL = rf"{_LETTER}\p{{M}}*\.[ \t]?"
_JOIN = r"(?:[ \t\u00a0\u3000]|,[ \t]{1,2}|[ \t]?/[ \t]?)"
_ANY_LETTER = fast_regex.compile(_LETTER)
# A run: words of such a script joined by spaces, one comma or slashes, with initials.
_RUN = fast_regex.compile(
    rf"(?<![\p{{Lo}}\p{{M}}.])(?:{_INITIAL})?{_WORD}(?:{_JOIN}(?:{_INITIAL})?{_WORD}){{0,7}}"
)
_TOKEN = fast_regex.compile(rf"{_INITIAL}|{_WORD}")
# The same script going on after the run: a sentence, not a field's value.
_GOES_ON = fast_regex.compile(rf"[ \t\u00a0\u3000]?(?:{_LETTER}|\p{{M}})|[.,][ \t]?{_LETTER}")
# The Latin word right before the run, and how it is set off: a colon, a bracket, a space.
_LEAD = fast_regex.compile(
    r"(?<![\p{L}\p{N}.])(?P<lead>\p{Latin}[\p{Latin}'’]*\.?)"
    r"(?P<sep>[ \t]*[:：=][ \t]*(?:[\[(][ \t]*)?|[ \t]*[\[(][ \t]*|[ \t]{1,3}(?:[-–][ \t]{1,3})?)$"
)
_CJK = fast_regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
_KANA = fast_regex.compile(r"[\p{Hiragana}\p{Katakana}]")

# Words that lead to a person beside the cues, role and agent nouns: prepositions of
# agency, verbs of sign-off, a rota's crew, the parties and relatives a form names, and
# the same roles and sign-offs on German, French, Spanish, Italian and Polish forms.
_PERSON_LEADS: Final = frozenset(
    word_list(
        """
    by with per cc attn crew signed approved authorised authorized checked verified
    reviewed countersigned witnessed prepared issued dispensed prescribed examined
    reported dictated transcribed entered recorded completed seen screened accompanied
    witness patient client customer applicant claimant tenant resident consultant assistant
    attendant occupant participant defendant complainant informant accountant infant
    beneficiary spouse wife husband partner son daughter mother father brother sister
    guardian contact kin nok employee member insured subscriber cardholder holder owner
    payee nurse midwife staff colleague friend neighbour neighbor ubo
    name names surname surnames forename forenames firstname lastname
    vertretung stellvertretung arzt ärztin pflegekraft zeuge zeugin bürge unterschrift
    unterzeichnet genehmigt geprüft médecin infirmier infirmière témoin garant signé
    approuvé vérifié remplaçant médico médica enfermero enfermera testigo avalista
    solicitante firmado aprobado revisado sustituto medico infermiere infermiera testimone
    garante richiedente firmato approvato lekarz pielęgniarka świadek poręczyciel
    wnioskodawca podpis zastępca kontakt kontaktperson liječnik liječnica lekar lege
    läkare læge
    """
    )
)
# Words before a colon that a value in another script follows but no person: a subject
# line, a language, a place or an address, a diagnosis.
_NOT_LEADS: Final = frozenset(
    word_list(
        """
    subject re title language languages script nationality citizenship country city town
    village district province region state county address street road place birthplace
    hospital clinic ward unit department diagnosis comment comments note notes remark
    remarks description reason text message translation
    """
    )
)
# Han words that fill a name field when the name is not known, and the sexes.
_CJK_NOT_NAMES: Final = frozenset(
    word_list(
        """
    患者 病人 本人 家属 家屬 无 無 男 女 未知 不详 不詳 待定 同上 なし 不明 同意 없음 미상
    """
    )
)


# Words of `ROLE_NOUNS` that qualify a role and name none alone ("Medical: ...").
_QUALIFIERS: Final = frozenset(
    word_list("clinical medical general lead head chief deputy associate principal")
)


def leads_to_person(word: str) -> bool:
    """True when `word` leads to a person's name (a cue, a role, a title; see above)."""
    from app.redaction.name_guards import ROLE_NOUNS  # noqa: PLC0415
    from app.redaction.names import is_rank, is_title  # noqa: PLC0415

    folded = word.casefold().rstrip(".")
    if folded in _NOT_LEADS:
        return False
    # A plural leads to a list of them ("Paramedics: A/B", "Witnesses: ...").
    forms = {folded, folded.removesuffix("s"), folded.removesuffix("es")}
    roles = _PERSON_LEADS | (ROLE_NOUNS - _QUALIFIERS)
    titled = is_title(word) or is_rank(word)
    return bool(forms & roles) or titled or any(map(is_agent_noun, forms))


def _shape(run: str) -> str | None:
    """The form of a run ("comma", "initial", "slash", "plain", "surname" for one Han
    letter of a known surname), or None when it is no name's: a comma with a slash, more
    than one comma, too many words, a Han, kana or hangul word too long (or alone and one
    letter that is no surname)."""
    commas, slashes = run.count(","), run.count("/")
    tokens = _TOKEN.findall(run)
    if commas > 1 or (commas and slashes) or slashes > 2:
        return None
    if len(tokens) > (3 * (slashes + 1) if slashes else 4):
        return None
    initial = any(t.endswith((".", ". ", ".\t")) for t in tokens)
    words = [t for t in tokens if not t.rstrip(" \t").endswith(".")]
    if not words or any(w in _CJK_NOT_NAMES for w in words):
        return None
    if _CJK.match(run[-1]) or _CJK.match(words[0]):
        longest = 8 if _KANA.search(run) else 4
        if any(len(w) > longest for w in words):
            return None
        if len(tokens) == 1 and len(words[0]) < 2:
            return "surname" if words[0] in _ONE_LETTER_SURNAMES else None
    if commas:
        return "comma"
    if slashes:
        return "slash"
    return "initial" if initial else "plain"


# Surnames of one Han letter (the census lists of China, Taiwan and Japan): alone after a
# role or a rank, as Latin forms write a surname alone ("Officer: PC 許", "Vertretung: 王").
_ONE_LETTER_SURNAMES: Final = frozenset(w for w in CHINESE | JAPANESE_KANJI if len(w) == 1)


def names_in_fields(text: str, cue_ends: frozenset[int] = frozenset()) -> list[Span]:
    """Names in a script without capitals in the fields of a Latin-script text (see the
    module docstring). `cue_ends` are the offsets where a cue of `names.py` ends."""
    if text.isascii() or _ANY_LETTER.search(text) is None:
        return []
    spans = []
    for m in _RUN.finditer(text):
        if _GOES_ON.match(text, m.end()) is not None:
            continue
        form = _shape(m.group())
        if form is None:
            continue
        if m.start() not in cue_ends:
            lead = _LEAD.search(text, max(0, m.start() - 40), m.start())
            if lead is None:
                continue
            labelled = any(c in lead.group("sep") for c in ":：=[(")
            person = leads_to_person(lead.group("lead"))
            if not (person or (labelled and form in ("comma", "initial"))):
                continue
        elif form == "surname":
            continue  # "Dear 王": a cue alone does not make one letter a name
        spans.append(Span(m.start(), m.end(), KIND, RULE, SCORE))
    return spans


# A word of a name in a script without capitals, whole with its vowel signs (`re`'s \w
# splits "দাস" at its vowel sign); one Han letter is a name's part too ("翼" of "翼 山田").
_UNCASED_WORD = fast_regex.compile(rf"{_LETTER}[\p{{Lo}}\p{{M}}\u200c\u200d]*")


def uncased_name_words(value: str) -> set[str]:
    """The words of a found name written in a script without capitals, each searched
    elsewhere in the document as the name's other mentions ("I reviewed 翼 on ...")."""
    if value.isascii():
        return set()
    return {
        w for w in _UNCASED_WORD.findall(value) if len(w) >= 2 or HAN_LETTER.match(w) is not None
    }
