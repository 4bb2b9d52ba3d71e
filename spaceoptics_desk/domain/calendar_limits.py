"""The dates a privacy back office can mean; anything outside them is a slip of the keyboard (issue 10 §4).

Everything the shop records lies in this century: orders since it opened, invoices kept seven years,
holidays, review dates. Year 0001 or 9999 is a typing error, and date arithmetic on it overflows.
"""

from __future__ import annotations

from datetime import date, timedelta

EARLIEST_DAY = date(2000, 1, 1)
LATEST_DAY = date(2100, 12, 31)
# AVG art. 99(2): the regulation applies from 25 May 2018, so no request under it was received earlier.
AVG_APPLIES_FROM = date(2018, 5, 25)
# A received moment copied from another clock (a mail server's timestamp) may run this far ahead of ours;
# it is taken as now, not refused as "in the future".
CLOCK_SKEW = timedelta(minutes=5)


def within_limits(day: date) -> bool:
    return EARLIEST_DAY <= day <= LATEST_DAY
