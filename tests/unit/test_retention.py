"""The retention schedule (COMPLIANCE R23-R25): which rule keeps a category and the first day it may go.

Periods count like every legal period here (Reg. 1182/71, as in R2): the day of the trigger is not
counted, the period ends at the end of the same day number `period` months later, and the data may go
on the day after. Fiscal records (AWR 52) count from the end of the calendar year of the document.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spaceoptics_desk.domain.retention import (
    CustomerRetentionFacts,
    RetentionAction,
    RetentionCategory,
    RetentionRule,
    Trigger,
    category_retention,
    retention_overview,
)
from spaceoptics_desk.resources import load_json


def shipped_rules() -> dict[RetentionCategory, RetentionRule]:
    return {
        RetentionCategory(item["category"]): RetentionRule(
            RetentionCategory(item["category"]),
            Trigger(item["trigger"]),
            item["period_months"],
            RetentionAction(item["action"]),
            item["legal_basis"],
        )
        for item in load_json("policy", "retention_rules.json")
    }


RULES = shipped_rules()


def test_R23_shipped_schedule_matches_the_compliance_table() -> None:
    expected = {
        RetentionCategory.PROFILE: (Trigger.LAST_ORDER, 84, RetentionAction.ERASE),
        RetentionCategory.FISCAL: (Trigger.DOCUMENT_YEAR_END, 84, RetentionAction.ANONYMISE),
        RetentionCategory.PORTAL_ACCOUNT: (Trigger.LAST_LOGIN, 84, RetentionAction.DELETE_ACCOUNT),
        RetentionCategory.CONSENT: (Trigger.EVENT, 84, RetentionAction.DELETE),
        RetentionCategory.FRAUD: (Trigger.HOLD_REVIEW, 0, RetentionAction.REVIEW),
        RetentionCategory.SERVICE_CONTACTS: (Trigger.CONTACT, 24, RetentionAction.ERASE),
        RetentionCategory.CASES: (Trigger.CASE_CLOSED, 24, RetentionAction.ERASE),
    }
    assert {c: (r.trigger, r.period_months, r.action) for c, r in RULES.items()} == expected
    assert all(rule.legal_basis for rule in RULES.values())


def test_R23_profile_may_go_the_day_after_seven_years_from_the_last_order() -> None:
    facts = CustomerRetentionFacts(
        created_on=date(2012, 5, 1),
        order_dates=[date(2014, 1, 2), date(2019, 3, 15), date(2016, 7, 7)],
    )
    line = category_retention(RULES[RetentionCategory.PROFILE], facts)
    assert line.first_due == line.last_due == date(2026, 3, 16)
    assert line.record_count == 1


def test_R23_profile_without_orders_counts_from_creation() -> None:
    line = category_retention(RULES[RetentionCategory.PROFILE], CustomerRetentionFacts(date(2020, 2, 29)))
    assert line.first_due == date(2027, 3, 1)  # 28 Feb 2027 is the last day of the seventh year


def test_R24_a_recent_invoice_does_not_keep_the_profile_alive_longer_than_the_last_order() -> None:
    facts = CustomerRetentionFacts(
        created_on=date(2010, 1, 1), order_dates=[date(2015, 6, 1)], fiscal_document_dates=[date(2015, 6, 1)]
    )
    assert category_retention(RULES[RetentionCategory.PROFILE], facts).first_due == date(2022, 6, 2)


def test_R23_fiscal_records_are_kept_seven_full_years_after_the_year_of_the_document() -> None:
    facts = CustomerRetentionFacts(
        created_on=date(2017, 1, 1),
        fiscal_document_dates=[date(2018, 1, 1), date(2018, 12, 31), date(2020, 6, 15)],
    )
    line = category_retention(RULES[RetentionCategory.FISCAL], facts)
    # A 2018 invoice is kept through 2019..2025 and may go on 1 January 2026 (AWR 52).
    assert line.first_due == date(2026, 1, 1)
    assert line.last_due == date(2028, 1, 1)
    assert line.record_count == 3
    assert line.rule.action is RetentionAction.ANONYMISE


def test_R23_portal_account_counts_from_the_last_login() -> None:
    facts = CustomerRetentionFacts(
        created_on=date(2015, 1, 1), account_created_on=date(2015, 1, 1), last_login_on=date(2018, 10, 31)
    )
    line = category_retention(RULES[RetentionCategory.PORTAL_ACCOUNT], facts)
    assert line.first_due == date(2025, 11, 1)
    assert line.record_count == 1


def test_R23_portal_account_never_used_counts_from_its_creation() -> None:
    facts = CustomerRetentionFacts(created_on=date(2015, 1, 1), account_created_on=date(2016, 4, 30))
    line = category_retention(RULES[RetentionCategory.PORTAL_ACCOUNT], facts)
    assert line.record_count == 1
    assert line.first_due == date(2023, 5, 1)


def test_no_portal_account_means_nothing_to_keep() -> None:
    line = category_retention(
        RULES[RetentionCategory.PORTAL_ACCOUNT], CustomerRetentionFacts(date(2015, 1, 1))
    )
    assert (line.record_count, line.first_due, line.last_due) == (0, None, None)


def test_R23_consent_events_and_service_contacts_count_per_record() -> None:
    facts = CustomerRetentionFacts(
        created_on=date(2015, 1, 1),
        consent_event_dates=[date(2020, 5, 5), date(2018, 5, 25)],
        contact_dates=[date(2025, 1, 31), date(2024, 11, 30)],
    )
    consent = category_retention(RULES[RetentionCategory.CONSENT], facts)
    assert (consent.record_count, consent.first_due, consent.last_due) == (
        2,
        date(2025, 5, 26),
        date(2027, 5, 6),
    )
    contacts = category_retention(RULES[RetentionCategory.SERVICE_CONTACTS], facts)
    assert (contacts.record_count, contacts.first_due, contacts.last_due) == (
        2,
        date(2026, 12, 1),
        date(2027, 2, 1),
    )


def test_R25_fraud_data_goes_to_review_on_the_hold_review_date_and_blocks_everything() -> None:
    facts = CustomerRetentionFacts(
        created_on=date(2010, 1, 1),
        order_dates=[date(2012, 1, 1)],
        active_hold_review_dates=[date(2027, 6, 1), date(2026, 12, 1)],
    )
    lines = {line.rule.category: line for line in retention_overview(list(RULES.values()), facts)}
    fraud = lines[RetentionCategory.FRAUD]
    assert (fraud.record_count, fraud.first_due, fraud.last_due) == (2, date(2026, 12, 1), date(2027, 6, 1))
    # The profile's own term has long passed, but the hold keeps it until the latest review date.
    assert lines[RetentionCategory.PROFILE].first_due == date(2019, 1, 2)
    assert all(line.blocked_by_hold and line.held_until == date(2027, 6, 1) for line in lines.values())


def test_without_a_hold_nothing_is_blocked() -> None:
    lines = retention_overview(list(RULES.values()), CustomerRetentionFacts(date(2020, 1, 1)))
    assert [line.rule.category for line in lines] == list(RULES)
    assert not any(line.blocked_by_hold for line in lines)


def test_R23_period_is_a_setting_the_owner_may_change() -> None:
    shorter = RetentionRule(
        RetentionCategory.SERVICE_CONTACTS, Trigger.CONTACT, 12, RetentionAction.ERASE, "owner's choice"
    )
    facts = CustomerRetentionFacts(created_on=date(2015, 1, 1), contact_dates=[date(2025, 1, 31)])
    assert category_retention(shorter, facts).first_due == date(2026, 2, 1)


@pytest.mark.parametrize("category", [c for c in RetentionCategory if c is not RetentionCategory.FRAUD])
@given(trigger=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)))
def test_data_is_never_due_before_its_full_period_has_passed(
    category: RetentionCategory, trigger: date
) -> None:
    rule = RULES[category]
    due = rule.due_date(trigger)
    start = date(trigger.year, 12, 31) if rule.trigger is Trigger.DOCUMENT_YEAR_END else trigger
    whole_years, months = divmod(rule.period_months, 12)
    assert due > start
    # At least the period in months has run; never more than a day (and a month-end clamp) beyond it.
    assert (due.year * 12 + due.month) - (start.year * 12 + start.month) in (
        rule.period_months,
        rule.period_months + 1,
    )
    assert whole_years * 365 + months * 28 <= (due - start).days
