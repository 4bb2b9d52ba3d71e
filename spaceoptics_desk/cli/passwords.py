"""Where a command's passwords come from (issue 12, AVG 32): the password that signs in, a new password
(for a new staff member, a reset, one's own, the first owner's), and the recovery key.

The sign-in password: `--password-file FILE`, else SPACEOPTICS_DESK_PASSWORD, else a prompt when stdin is
a terminal. A scheduled job (the automatic review, the backup) uses the file or the variable. A password
file must be readable by its owner only: a file others can read is a password others know. A new
password: `--new-password-file`, else SPACEOPTICS_DESK_NEW_PASSWORD, else a prompt typed twice.

No password is ever put in an error message, a log line or a repr here: errors say where a password
came from, never what it was.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, SignInRefused

PASSWORD_ENV = "SPACEOPTICS_DESK_PASSWORD"
NEW_PASSWORD_ENV = "SPACEOPTICS_DESK_NEW_PASSWORD"
# What `getpass` is called through: tests replace it to type at the prompt.
Prompt = Callable[[str], str]


class PasswordUnavailable(SignInRefused):
    """No password could be had (no file, variable or terminal), or its file is not private: nobody
    signed in, nothing was opened (exit code as a refused sign-in: cli/exit_codes.py)."""


def add_sign_in_arguments(parser: argparse.ArgumentParser, *, by_help: str | None = None) -> None:
    """`--by USER` and `--password-file FILE`: for every command that opens the database."""
    parser.add_argument(
        "--by",
        metavar="USER",
        help=by_help or "who signs in (default: whoever the password belongs to)",
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help=f"the password on its first line, the file readable by its owner only (else ${PASSWORD_ENV}, "
        "else a prompt)",
    )


def add_new_password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-password-file",
        type=Path,
        metavar="FILE",
        help=f"the new password, as --password-file (else ${NEW_PASSWORD_ENV}, else typed twice)",
    )


def sign_in_password(args: argparse.Namespace, prompt: Prompt | None = None) -> str:
    """The password that proves who runs the command."""
    found = _password(getattr(args, "password_file", None), PASSWORD_ENV, prompt, twice=False)
    return _no_password() if found is None else found


def first_password(args: argparse.Namespace, prompt: Prompt | None = None) -> str:
    """The owner's first password for a database being encrypted: from the sign-in password's places
    (it is the one they sign in with from now on), typed twice at a prompt."""
    found = _password(getattr(args, "password_file", None), PASSWORD_ENV, prompt, twice=True)
    return _no_password() if found is None else found


def new_password(args: argparse.Namespace, prompt: Prompt | None = None) -> str:
    """A password to be set (checked by the operation that sets it: domain/sign_in.password_problem)."""
    found = _password(getattr(args, "new_password_file", None), NEW_PASSWORD_ENV, prompt, twice=True)
    if found is None:
        raise PasswordUnavailable(
            QT_TRANSLATE_NOOP(
                "errors",
                "No new password given: use --new-password-file FILE, set SPACEOPTICS_DESK_NEW_PASSWORD or "
                "run the command in a terminal.",
            )
        )
    return found


def _password(file: Path | None, variable: str, prompt: Prompt | None, *, twice: bool) -> str | None:
    """From the file, else the environment variable, else the terminal; None when there is none."""
    if file is not None:
        return secret_from_file(file)
    if variable in os.environ:
        return os.environ[variable]
    if not _at_terminal():
        return None
    ask = _prompt(prompt)
    if not twice:
        return ask("Password: ")
    first = ask("New password: ")
    if ask("The new password again: ") != first:
        raise PasswordUnavailable(
            QT_TRANSLATE_NOOP("errors", "The two new passwords differ; nothing was changed.")
        )
    return first


def _no_password() -> NoReturn:
    raise PasswordUnavailable(
        QT_TRANSLATE_NOOP(
            "errors",
            "No password given: use --password-file FILE, set SPACEOPTICS_DESK_PASSWORD or run the "
            "command in a terminal.",
        )
    )


def recovery_key(args: argparse.Namespace, prompt: Prompt | None = None) -> str:
    """The recovery key printed when the database was made: `--recovery-key-file`, else typed."""
    file: Path | None = getattr(args, "recovery_key_file", None)
    if file is not None:
        return secret_from_file(file)
    if _at_terminal():
        return _prompt(prompt)("Recovery key: ")
    raise PasswordUnavailable(
        QT_TRANSLATE_NOOP(
            "errors", "No recovery key given: use --recovery-key-file FILE or run the command in a terminal."
        )
    )


def secret_from_file(file: Path) -> str:
    """The first line of an owner-only file, its line ending dropped (what an editor leaves)."""
    try:
        # Checked on the opened file, not the path: the file read is the file checked.
        with file.open("rb") as opened:
            if os.name == "posix" and os.fstat(opened.fileno()).st_mode & 0o077:
                raise PasswordUnavailable(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{path} can be read by others, so it cannot hold a password: make it readable "
                        "by you only (chmod 600).",
                    ),
                    path=str(file),
                )
            first_line = opened.readline()
    except OSError as error:
        raise PasswordUnavailable(
            QT_TRANSLATE_NOOP("errors", "The password file {path} cannot be read: {reason}."),
            path=str(file),
            reason=error.strerror or type(error).__name__,
        ) from None
    try:
        return first_line.decode("utf-8").removesuffix("\n").removesuffix("\r")
    except UnicodeDecodeError:
        raise PasswordUnavailable(
            QT_TRANSLATE_NOOP("errors", "The password file {path} is not UTF-8 text."), path=str(file)
        ) from None


def _at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt(prompt: Prompt | None) -> Prompt:
    if prompt is not None:
        return prompt
    import getpass

    return getpass.getpass
