"""Text a person typed: names, addresses, notes and reasons, in any script, but without control characters.

A control character is never part of what someone types into a field: a NUL ends the string in C code,
an FTS5 query and many a CSV reader; ESC starts a terminal escape sequence in `case show`; CR and other
line breaks split a one-line field (a CSV row, a mail header). Half a UTF-16 pair (a surrogate) is what
Python makes of bytes that were not UTF-8 on the command line; SQLite cannot store it. Tab and newline
belong in multi-line notes only (issue 10 §4).

Invisible characters that change what a text looks like are refused as well: the bidirectional
embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) can make a name read
differently in a letter or on screen than it is stored and searched ("Jan" followed by an override that
shows the rest backwards), and the zero width space (U+200B) and the byte order mark (U+FEFF) make two
names that look the same differ. The zero width non-joiner and joiner (U+200C, U+200D) stay allowed:
Persian, the Indic scripts and emoji sequences need them, and they do not reorder anything. The
left-to-right and right-to-left marks (U+200E, U+200F) stay allowed too: they only mark a direction.
"""

from __future__ import annotations

import unicodedata

# Unicode general categories that are never text a person typed: controls (C0, DEL, C1) and surrogates.
_NOT_TYPED = frozenset({"Cc", "Cs"})
# Format characters (category Cf) that spoof what a text looks like; the other Cf characters are allowed.
_SPOOFING = frozenset(
    {chr(code) for code in range(0x202A, 0x202F)}  # LRE, RLE, PDF, LRO, RLO
    | {chr(code) for code in range(0x2066, 0x206A)}  # LRI, RLI, FSI, PDI
    | {"\u200b", "\ufeff"}  # zero width space, byte order mark (zero width no-break space)
)
_NOTE_WHITESPACE = frozenset({"\t", "\n"})


def forbidden_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of `text` that no person types, or None when there is none."""
    for character in text:
        if character in _SPOOFING:
            return character
        if unicodedata.category(character) in _NOT_TYPED and not (
            multiline and character in _NOTE_WHITESPACE
        ):
            return character
    return None
