"""Names in file names that `user_handles.names_in_file_names` reads without a dictionary
given name or an eight-digit date beside them, as records systems, scanners and people
name a person's documents:

- a part in title case among parts in lower case and digits: the one proper noun of the
  stem ("144-27-79-Ioannidis-bloods.xlsx", "letter_Binder_19980126.docx"). An English word
  in title case ("Binder", "Baker") counts only with a number in the stem; a lone
  title-case word of English ("notes_Monday.txt", "setup_Windows.exe") stays;
- a part beside a date written with separators inside the stem ("sicknote_Özcan_2023-11-12.jpg",
  "Nowak-12.03.1961-ecg.pdf"): the stem's digit parts read as year, month and day;
- two lower-case parts side by side, neither a word of English nor of file names, before or
  after a word of what the file is ("umit_ozcan_contract.docx"): a name written as a
  handle.

The caller hands the stem's parts (letters or digits, split at "_", "-" and "."); each
test is a few set and string checks per part.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from app.redaction.lower_case_names import closed_class_word, known_word

# Year-month-day or day-month-year in three digit parts ("2023-11-12", "12.03.1961").
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_OR_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])")


def _date_runs(parts: list[str]) -> list[tuple[int, int]]:
    """(first, last) indexes of three digit parts that read as a date."""
    runs = []
    for i in range(len(parts) - 2):
        a, b, c = parts[i : i + 3]
        if not (a.isdigit() and b.isdigit() and c.isdigit()):
            continue
        ymd = _YEAR.fullmatch(a) and _DAY_OR_MONTH.fullmatch(b) and _DAY_OR_MONTH.fullmatch(c)
        dmy = _DAY_OR_MONTH.fullmatch(a) and _DAY_OR_MONTH.fullmatch(b) and _YEAR.fullmatch(c)
        if ymd or dmy:
            runs.append((i, i + 2))
    return runs


def _title_part(part: str) -> bool:
    return len(part) >= 3 and part.isalpha() and part[0].isupper() and part[1:].islower()


def names_in_stem(
    parts: list[str], surname_like: Callable[[str], bool], file_word: Callable[[str], bool]
) -> set[int]:
    """Indexes of `parts` that hold a person's name (see the module). `surname_like` is
    the caller's test of a part beside a date (letters only, no file word, no English);
    `file_word` tells a word of what the file is."""
    marked: set[int] = set()
    for first, last in _date_runs(parts):
        marked.update(
            j for j in (first - 1, last + 1) if 0 <= j < len(parts) and surname_like(parts[j])
        )
    letters = [i for i, p in enumerate(parts) if p.isalpha()]
    if len(letters) < 2:
        return marked
    has_number = any(p.isdigit() for p in parts)
    titled = [i for i in letters if _title_part(parts[i])]
    # (the cheap tests of case and of the file words first: the lexicon's last)
    if len(titled) == 1 and all(parts[j].islower() for j in letters if j != titled[0]):
        i = titled[0]
        folded = parts[i].casefold()
        plain = file_word(folded) or closed_class_word(folded)  # "notes_Monday_2024"
        if not plain and (has_number or not known_word(folded)):
            marked.add(i)
    for i, j in itertools.pairwise(letters):
        if j != i + 1 or not (parts[i].islower() and parts[j].islower()):
            continue
        beside = [k for k in (i - 1, j + 1) if 0 <= k < len(parts)]
        if not any(file_word(parts[k]) for k in beside):
            continue
        pair = (parts[i], parts[j])
        if not any(len(p) < 3 or file_word(p) or known_word(p) for p in pair):
            marked.update((i, j))
    return marked
