"""Text folding for search: case and accents don't matter (Zoë = zoe, Łukasz = lukasz)."""

from __future__ import annotations

import re
import unicodedata

# Letters that do not decompose into base + combining mark under NFKD.
_SPECIAL_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"}
)
_WORD = re.compile(r"[0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, without diacritics; other characters are kept."""
    # Compatibility forms first: a full-width "Ａ" (as some keyboards type it) only becomes "A" here.
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded alphanumeric words of `text` ("Jansen-de Vries" -> ["jansen", "de", "vries"])."""
    return _WORD.findall(fold(text))
