"""How a command ends, for scripts: 0 done; 1 refused, not found or invalid input; 2 wrong usage; 3 the
database cannot be used; 4 not signed in (a wrong name, password or recovery key, the wait after too many
wrong ones, no password given, or a password file others can read: issue 12); 70 an unexpected error
(details in the log file, never on screen)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_SIGN_IN = 4
EXIT_BUG = 70
