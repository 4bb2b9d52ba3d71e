"""Issue 10 §4: text a person typed holds no control characters; names and notes in any script do."""

from __future__ import annotations

import pytest

from spaceoptics_desk.domain.typed_text import forbidden_character


@pytest.mark.parametrize(
    "text",
    [
        "Zoë de Vries",
        "Ĳsbrand van 't Hoogeveen-Öztürk",
        "שרה כהן",  # Hebrew
        "王芳",
        "Klant belt terug 🔭",
        "Straße 12–14, 1e verdieping",
        "می\u200cخواهم",  # Persian with a zero width non-joiner (U+200C)
        "क्\u200dष",  # Devanagari with a zero width joiner (U+200D)
        "👩\u200d🔬",  # an emoji sequence joined by U+200D
        "\u200fשרה\u200e",  # right-to-left and left-to-right marks only mark a direction
        "",
    ],
)
def test_what_people_type_is_accepted(text: str) -> None:
    assert forbidden_character(text) is None
    assert forbidden_character(text, multiline=True) is None


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Jan\x00", "\x00"),  # NUL: ends the string in C code, an FTS5 query, a CSV cell
        ("Jan\x1b[31m", "\x1b"),  # ESC: a terminal escape sequence in `case show`
        ("Jan\x07", "\x07"),
        ("Jan\x7f", "\x7f"),
        ("Jan\x85", "\x85"),  # C1 control (next line)
        ("Jan\r\n", "\r"),
        ("Jan\udcff", "\udcff"),  # half a UTF-16 pair: bytes that were not UTF-8 on the command line
    ],
)
def test_control_characters_and_broken_characters_are_found(text: str, bad: str) -> None:
    assert forbidden_character(text) == bad
    assert forbidden_character(text, multiline=True) == bad


@pytest.mark.parametrize(
    "bad",
    [chr(code) for code in range(0x202A, 0x202F)]  # bidi embeddings and overrides (LRE..RLO)
    + [chr(code) for code in range(0x2066, 0x206A)]  # bidi isolates (LRI..PDI)
    + ["\u200b", "\ufeff"],  # zero width space, byte order mark
    ids=lambda bad: f"U+{ord(bad):04X}",
)
def test_invisible_characters_that_change_how_a_name_looks_are_found(bad: str) -> None:
    # "Jan" + RLO + "sneJ" shows as "JanJens" on screen and in a letter; stored and searched is "sneJ".
    assert forbidden_character(f"Jan{bad}sneJ") == bad
    assert forbidden_character(f"Klant belt terug{bad}\n", multiline=True) == bad


def test_tab_and_newline_belong_in_a_note_only() -> None:
    note = "Gebeld:\n\t- wil facturen\n\t- belt terug"
    assert forbidden_character(note, multiline=True) is None
    assert forbidden_character(note) == "\n"
    assert forbidden_character("Jan\tde Vries") == "\t"
