"""Clinical words known by how they are formed: the Greek and Latin combining forms of
medical terminology, in the spellings of the languages the notes are written in.

Medical terms are built from a closed stock of roots, prefixes and suffixes (the lists
that open every medical-terminology textbook: "-ectomy" excision, "-aemia" blood,
"-itis" inflammation, "hyper-" above, "chole-cyst-" gall bladder...). Each European
language respells them but keeps them recognisable: "Cholezystektomie",
"colecistectomía", "Hypoglykämie", "Hjerteinfarkt", "akutní bronchitida",
"cholecystolithiáza", "coxartrose", "pankreatit". spaCy's English model has never seen
such a word and reads it, capitalised, as a person or a place. No given name or surname
is built so, with one exception kept out on purpose: the Baltic surname endings "-aitis",
"-ytis", "-ītis" ("Kalvaitis", "Apsītis") look like "-itis", so inflammation is only read
after an organ's root ("gastr-itis", "colecist-itis"), never from "-itis" alone.

`clinical_word` is a predicate on one word; name_guards drops person and place findings
made of such words.
"""

from __future__ import annotations

import functools
import unicodedata

from app.redaction import fast_regex

# Organ roots that take the inflammation ending ("gastritis", "Bronchitis", "bronchitida",
# "pankreatit"); the short ones only at the word's start ("Otitis", "colitis").
_INFLAMED = (
    r"(?:(?:gastr|hepat|nephr|nefr|arthr|artr|bronch|bronk|pankreat|pancreat|colecist|"
    r"cholecyst|cholezyst|kolecyst|appendic|append|mening|tonsill|dermat|encephal|enzephal|"
    r"myocard|myokard|pericard|perikard|endocard|endokard|pneumon|pleur|laryng|pharyng|"
    r"conjunctiv|konjunktiv|oesophag|osophag|esofag|vaskul|vascul|phleb|fleb|enter|"
    r"diverticul|divertikul|spondyl|tendin|sinus)o?|^(?:ot|col|kol|cyst|zyst|rhin|derm))"
    r"it(?:is|ida|idy|iden|e|t|i)"
)
# Suffixes of conditions, procedures and findings, folded (no accents, lower case).
_FORMS = (
    r"ektomi[ea]?|ectomy|ectomie|ectomia|otomi[ea]|otomy|ostomi[ea]|ostomy"
    r"|[a]emi[ea]?|amie|emia|emie"
    r"|plasi[ea]?|plazi[ea]|plasy|trophi[ea]|trofi[ea]|trophy"
    r"|(?<!an)toni[ea]|yoni[ea]|tonus"
    r"|pathi[ea]|pathy|patia|patie"
    r"|algi[ea]|algy"
    r"|lithias[ie]s?|litias[ie]s?|lithiaz[ae]|litiaz[ae]|lithiasi"
    r"|infarkt|infarct|infarto|infarctus|infarkts"
    r"|skopi[ea]|scopi[ea]|scopy|grafi[ea]|graphi[ea]|graphy"
    r"|pnoea|pnea|pnoe|pnee"
    r"|syndrom[ae]?|trauma"
    r"|odem|oedem[ea]?|edema"
    r"|karzinom|carcinoma|sarkom|sarcoma|adenom|adenoma|melanom|lipom|myom"
    r"|thorax|stenose|stenosis|sklerose|sclerosis|skleroza"
    r"|(?:arthr|artr|thromb|tromb|fibr|nekr|necr|zirrh|cirrh|zyt|cyt|kyph|skoli|scoli|"
    r"osteopor|psych|neur|derm|ketoaz|ketoacid|azid|acid)os[ei]s?"
    r"|(?<=\w{5})uri[ea]"
    r"|kardie|cardie|ektasie|ectasia|ektazi[ea]|spasmus|rrhagie|rrhagia|rragia"
    r"|plegie|plegia|parese|paresis|hernie|hernia"
)
_SUFFIX = fast_regex.compile(rf"(?:{_INFLAMED}|{_FORMS})$")
# Prefixes and roots that open a clinical word ("Hypertonie", "Dyspnoe", "Kreatinin",
# "Haemoglobin", "colelitiasi", "Glukose").
_PREFIX = fast_regex.compile(
    r"(?:hyper|hypo|hipo|hiper|dispn|disfag|dislip|bradyk|bradyc|bradyp|tachyk|tachyc|tachyp|"
    r"tachyar|taquic|dys(?:pn|phag|fag|plas|lip|uri|troph|trof|ton|kines|rhythm|rytm|menor|"
    r"lex|phas|pep|arthr)|"
    r"cholezyst|cholecyst|colecist|kolecyst|cholelit|colelit|"
    r"gastr|hepat|nephr|nefr|enzeph|enceph|myokard|miokard|myocard|"
    r"pneum|neumon|bronch|bronkit|bronkial|arthr|artros|artrit|kreatin|creatin|glyk|glyc|glukos|"
    r"glucos|glukoz|pankrea|pancrea|thromb|trombos|trombocit|tromboemb|trombof|haemo|"
    r"hemo(?:glob|dial|lys|rrh|ptys|stas|phil)|hamo(?:glob|dial|lys|rrh|ptys|stas|phil)|"
    r"hamatom|angiogra|angiopla|laparo|endoskop|"
    r"endoscop|koloskop|coloskop|colonoscop|kolonoskop|oesophag|osophag|esofag|"
    r"leukozyt|leucocyt|leukocyt|erythrozyt|cholesterin|cholesterol|insulin|diabet|"
    r"ischam|ischem|hypertens|ipertens|hipertens)"
)
_MIN_LETTERS = 6
_EDGES = ".,;:'’()?!\""


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Asked of the same words by several guards and both guard passes: answered once each.
@functools.lru_cache(maxsize=4096)
def clinical_word(word: str) -> bool:
    """`word` is built from medical combining forms: a condition, procedure, finding or
    lab name ("Hypoglykämie", "colecistectomía", "Hjerteinfarkt", "Kreatinin").
    Letters only, six at least; a Baltic "-aitis"/"-ītis" surname never counts."""
    bare = word.strip(_EDGES)
    if len(bare) < _MIN_LETTERS or not bare.isalpha():
        return False
    folded = _fold(bare)
    return bool(_SUFFIX.search(folded) or _PREFIX.match(folded))
