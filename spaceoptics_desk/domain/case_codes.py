"""The codes of a request case (R1, R5, R7), in one place for the service, the screens and the CLI."""

from __future__ import annotations

RIGHTS = ("access", "rectification", "erasure", "restriction", "objection", "portability", "marketing")
CHANNELS = ("phone", "email", "letter", "in_person")
IDENTITY_METHODS = ("email-on-file", "order-and-postcode", "call-back", "other")
OUTCOMES = ("complied", "partly_refused", "refused", "withdrawn")
# R7: these answers hand over or destroy data, so the person must be who they say they are.
NEEDS_IDENTITY = frozenset({"access", "erasure", "portability"})
# R8: the rights a copy of the data answers.
COPY_RIGHTS = frozenset({"access", "portability"})
REFUSALS = frozenset({"partly_refused", "refused"})
# R16: the changes recipients are told of, and how a recipient task ends.
RECIPIENT_TRIGGERS = ("rectification", "erasure", "restriction")
TASK_OUTCOMES = ("told", "not_possible")
