"""A town as a folder of a file path: "Directory of S:\\Referrals\\Wallaceside",
"/srv/scans/Port Robertshire/2024/". A shared drive files a region's or a clinic's
papers under the town's name; Safe Harbor removes the town. Read the way `places.py`
reads a town after a place preposition: a capitalised name ending in an English, Dutch or
German settlement suffix (with "-side", "-land", "-berg", "-stad" and "-fort", which
folders of common words rarely end in), a prefix such as "Port" or "North" before it.
Pure `regex`: one pattern, run only on texts with a path separator and a suffix.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.places import NOT_TOWNS, SETTLEMENT_SUFFIXES
from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

KIND: Final = "LOCATION"

_SUFFIXES = f"{SETTLEMENT_SUFFIXES}|side|land|berg|stad|fort"
# A folder: after a path separator that follows a folder's or a drive's name ("S:\", "dir/"),
# up to the next separator, the line's end or a blank.
PATH_TOWN = fast_regex.compile(
    r"(?<=[\w:)][\\/])"
    r"((?:(?:North|South|East|West|New|Port|Lake|Mount|Fort|Saint|St\.)[ ])?"
    rf"[A-Z][a-z]{{1,20}}(?:{_SUFFIXES}))(?=[\\/]|[ \t]*$|[ \t]{{2}}|\n)",
    re.MULTILINE,
)
_HINT = fast_regex.compile(rf"[a-z](?:{_SUFFIXES})(?:[\\/\s]|$)")
# Folders of common words with those endings: a computer's, not a town's.
_NOT_FOLDERS: Final = NOT_TOWNS | frozenset(
    word_list(
        """
        inside outside beside bedside backside clientside serverside topside downside
        upside offside onside landside airside wayside
        island mainland homeland wonderland headland highland lowland borderland
        backland hinterland fatherland motherland disneyland england scotland ireland
        iceland finland poland holland thailand switzerland greenland deutschland
        effort comfort
        """
    )
)


def find_path_towns(text: str) -> list[Span]:
    """Towns named as a folder of a path."""
    if ("\\" not in text and "/" not in text) or _HINT.search(text) is None:
        return []
    return [
        Span(m.start(1), m.end(1), KIND, "town_in_path", 0.6)
        for m in PATH_TOWN.finditer(text)
        if m.group(1).rsplit(" ", 1)[-1].casefold() not in _NOT_FOLDERS
    ]
