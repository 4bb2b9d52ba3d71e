"""Who is at the desk, as plain data (the app shows it before the database has even opened)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StaffMember:
    username: str
    display_name: str
    role: str  # owner | staff
