"""A version control commit's hash after its word, as `git log` and review tools print it:
"commit 9f2c4be01d7a", "Commit: 3be9a01f42". The hash names one change by one author in
a record that also holds their name and mail ("any other unique identifying number or
code"); hashes of 10 to 15 characters are below `record_numbers.HEX_CODE`'s 16. Git's
shortest abbreviation (7 to 9 characters: "commit 3c85729 fixed the parser") names a
change in prose, as a word would, and stays.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span

KIND: Final = "RECORD_NUMBER"
RULE: Final = "commit_hash"

# The word, then 10 to 40 lower-case hex characters holding a digit and a letter both.
COMMIT = fast_regex.compile(
    r"(?<![\w-])[Cc]ommit:?[ \t]+(?P<v>(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{10,40})(?![\w-])"
)


def find_commit_hashes(text: str) -> list[Span]:
    """The hashes after "commit" (see above)."""
    if "ommit" not in text:
        return []
    return [Span(m.start("v"), m.end("v"), KIND, RULE, 0.7) for m in COMMIT.finditer(text)]
