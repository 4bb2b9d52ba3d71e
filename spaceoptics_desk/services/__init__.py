"""Use cases. Each takes a session (or the database), the acting staff user and a clock; no Qt here."""
