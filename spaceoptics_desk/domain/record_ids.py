"""The ids a record can have: whole numbers from 1 to 2^63 - 1 (issue 10 §4).

Every id the app hands out (case, recipient task, customer) is a 64-bit signed integer in the database;
a larger number typed on the command line cannot be looked up at all (the driver cannot even pass it on:
OverflowError), so it is refused as a typing error before anything is asked of the database.
"""

from __future__ import annotations

LARGEST_ID = 2**63 - 1


def is_record_id(number: int) -> bool:
    return 1 <= number <= LARGEST_ID
