"""Dutch names: tussenvoegsels (prefixes), display forms and the keys a search needs.

"Jan van der Berg" is stored as first name "Jan", prefix "van der", last name "Berg". Staff on the phone
type "berg", "van der berg" or the common shorthand "vd berg"; all three must find him.
"""

from __future__ import annotations

from spaceoptics_desk.domain.folding import fold, words

# Dutch prefixes as they are written in full; the shorthand token is the initials ("van der" -> "vd").
KNOWN_PREFIXES = (
    "van",
    "van de",
    "van den",
    "van der",
    "van het",
    "van 't",
    "de",
    "den",
    "der",
    "het",
    "'t",
    "in 't",
    "in de",
    "in het",
    "op de",
    "op den",
    "op 't",
    "ter",
    "ten",
    "te",
    "uit de",
    "uit den",
    "van 't",
    "von",
    "la",
    "le",
    "du",
)

# Shorthand staff type for multi-word prefixes; each maps to the initials token we index.
_SHORTHAND = {"vd": "vd", "v.d.": "vd", "vd.": "vd", "v/d": "vd", "i.t.": "it", "vt": "vt"}


def prefix_shorthand(prefix: str) -> str | None:
    """The initials of a multi-word prefix ("van der" -> "vd"); None for one-word prefixes."""
    parts = words(prefix)
    if len(parts) < 2:
        return None
    return "".join(part[0] for part in parts)


def display_name(first_name: str, prefix: str, last_name: str) -> str:
    """How a person is addressed in lists and letters: "Jan van der Berg"."""
    return " ".join(part for part in (first_name.strip(), prefix.strip(), last_name.strip()) if part)


def sort_key(prefix: str, last_name: str, first_name: str) -> str:
    """Dutch telephone-book order: by last name without the prefix ("Berg, Jan van der")."""
    return f"{fold(last_name)} {fold(first_name)} {fold(prefix)}"


def name_tokens(first_name: str, prefix: str, last_name: str, company_name: str = "") -> list[str]:
    """The search tokens of a name: every folded word plus the shorthand of a multi-word prefix."""
    tokens = words(first_name) + words(prefix) + words(last_name) + words(company_name)
    shorthand = prefix_shorthand(prefix)
    if shorthand:
        tokens.append(shorthand)
    last = "".join(words(last_name))
    if prefix.strip() and last:
        # Written together, as in e-mail addresses and hurried typing: "vanderberg", "vdberg", "devries".
        tokens.append("".join(words(prefix)) + last)
        if shorthand:
            tokens.append(shorthand + last)
    return tokens


def normalise_query_word(word: str) -> str:
    """Maps typed shorthand ("v.d.") to the indexed token; other words are folded."""
    folded = fold(word)
    return _SHORTHAND.get(folded, folded)


def split_prefix(full_last_name: str) -> tuple[str, str]:
    """'van der Berg' -> ('van der', 'Berg'): the longest known prefix that leaves a last name."""
    lowered = full_last_name.strip().lower()
    for prefix in sorted(KNOWN_PREFIXES, key=len, reverse=True):
        if lowered.startswith(prefix + " ") and len(lowered) > len(prefix) + 1:
            return full_last_name.strip()[: len(prefix)], full_last_name.strip()[len(prefix) + 1 :].strip()
    return "", full_last_name.strip()
