"""Errors that speak to people.

`KnownError` is the root of every error a user may see: its message is an English source text that the
GUI translates (context "errors") and the CLI prints as one line. Messages never contain personal data.
Anything that is not a KnownError is a bug and goes to the crash handler and the log file.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate without importing Qt (services and store stay Qt-free)."""
    del context
    return text


class KnownError(Exception):
    """An error with a message fit for a user: environment problems and refused actions.

    Attributes:
        message: English source text, may contain `{name}` placeholders filled from `params`.
        params: values for the placeholders (never personal data).
    """

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self, translate: object = None) -> str:
        """The message with its placeholders filled, translated by `translate(source)` when given."""
        source = translate(self.message) if callable(translate) else self.message
        try:
            return str(source).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return str(source)


class DatabaseUnavailable(KnownError):
    """The database cannot be used; nothing was changed (store/errors.py says why, by its kinds).

    Here, not in store/: the screens and the command line tell it apart (exit code 3) without
    importing the store."""


# The ways a service refuses (services/errors.py is where services import them from). Here, not in
# services/, for the same reason: a screen tells "this customer is gone" (NotFound) apart from other
# refusals without importing the services (issue 11, R14).


class ServiceError(KnownError):
    """A refused action; nothing of it was written."""


class NotFound(ServiceError):
    pass


class NotAllowed(ServiceError):
    pass


class InvalidInput(ServiceError):
    pass


class Conflict(ServiceError):
    """Someone else changed the record meanwhile; nothing was overwritten."""


class ChangedMeanwhile(Conflict):
    """The record was saved by someone else (another desk, the command line) since this desk read it:
    the save is refused, nothing of it was written; the screen shows the fresh values (issue 14)."""


CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else changed this meanwhile; nothing of yours was saved. Open it again to see the change.",
)


class SignInRefused(KnownError):
    """Nobody was signed in and nothing was unlocked: a wrong name, password or recovery key, or the
    wait after too many wrong ones (`wait_seconds` > 0: how long before the next try is taken).

    Here, not in services/: the sign-in window counts the wait down without importing the services."""

    def __init__(self, message: str, wait_seconds: int = 0, **params: object) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(message, **params)
