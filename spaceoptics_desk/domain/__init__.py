"""Pure rules: dates, deadlines, retention, names, consent state. Imports nothing of ours, no Qt, no SQL."""
