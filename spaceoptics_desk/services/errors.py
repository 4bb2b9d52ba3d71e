"""The few ways a service refuses: not found, not allowed, invalid input, conflict."""

from __future__ import annotations

from spaceoptics_desk.errors import KnownError


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
