"""The doors: one function per user action, called by the app and the CLI alike.

An operation takes a `Context` (the database, the signed-in staff member, the clock) and its arguments,
opens its own transaction(s), checks the permission against domain/permissions.py (the only enforcement),
calls the services, runs its follow-ups, and returns an `Outcome`: its result and what it changed.

Services and the store are imported inside the operations, not at the top of a module: a screen imports
its operations at start, and the window must show before SQLAlchemy has loaded (the cold-start figure in
README.md).
"""
