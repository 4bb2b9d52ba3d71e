"""Partial masking, so a result list tells two people apart without showing everything."""

from __future__ import annotations


def mask_email(email: str) -> str:
    """'jan.jansen@example.nl' -> 'ja••••••••@example.nl' (first two letters and the domain stay)."""
    local, at, domain = email.partition("@")
    if not at:
        return "•" * min(len(email), 8)
    # Never the whole local part: a one-letter address keeps nothing but its domain.
    keep = local[:2] if len(local) > 3 else local[: min(1, len(local) - 1)]
    return f"{keep}{'•' * max(len(local) - len(keep), 1)}@{domain}"
