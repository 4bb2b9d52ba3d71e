"""Text a person typed: names, addresses, notes and reasons, in any script, but without control characters.

A control character is never part of what someone types into a field: a NUL ends the string in C code,
an FTS5 query and many a CSV reader; ESC starts a terminal escape sequence in `case show`; CR and other
line breaks split a one-line field (a CSV row, a mail header). Half a UTF-16 pair (a surrogate) is what
Python makes of bytes that were not UTF-8 on the command line; SQLite cannot store it. Tab and newline
belong in multi-line notes only (issue 10 §4).
"""

from __future__ import annotations

import unicodedata

# Unicode general categories that are never text a person typed: controls (C0, DEL, C1) and surrogates.
_NOT_TYPED = frozenset({"Cc", "Cs"})
_NOTE_WHITESPACE = frozenset({"\t", "\n"})


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of `text` that no person types, or None when there is none."""
    for character in text:
        if unicodedata.category(character) in _NOT_TYPED and not (
            multiline and character in _NOTE_WHITESPACE
        ):
            return character
    return None
