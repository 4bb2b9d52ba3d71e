"""The few ways a service refuses: not found, not allowed, invalid input, conflict.

Defined in spaceoptics_desk/errors.py, beside KnownError, so that the screens can tell them apart
without importing the services; services import them from here.
"""

from __future__ import annotations

from spaceoptics_desk.errors import Conflict, InvalidInput, NotAllowed, NotFound, ServiceError

__all__ = ["Conflict", "InvalidInput", "NotAllowed", "NotFound", "ServiceError"]
