"""Policy data the app ships (purposes, consent wordings, recipients, retention rules) put into the database.

Seeding adds what is missing and never changes a row the owner may have edited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from spaceoptics_desk.domain.holidays import default_holidays
from spaceoptics_desk.resources import load_json
from spaceoptics_desk.store import installation
from spaceoptics_desk.store.models import ConsentWording, Holiday, Purpose, Recipient, RetentionRuleRow

# Requests reach back to the policy of 2018; deadlines run a few months ahead of today.
HOLIDAY_YEARS = range(2018, 2046)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def seed_reference_data(session: Session) -> None:
    # Made at once, so that every backup carries them (a restore matches backup, journal and database).
    installation.database_id(session)
    installation.salt(session)
    purposes: list[dict[str, Any]] = load_json("policy", "purposes.json")
    known_purposes = {p.key: p for p in session.scalars(select(Purpose))}
    for order, item in enumerate(purposes):
        purpose = known_purposes.get(item["key"])
        if purpose is None:
            purpose = Purpose(
                key=item["key"],
                name_en=item["name_en"],
                name_nl=item["name_nl"],
                legal_basis=item["legal_basis"],
                is_marketing=item.get("is_marketing", False),
                sort_order=order,
            )
            session.add(purpose)
            session.flush()
        wording = item.get("wording")
        if wording and not session.scalar(
            select(ConsentWording.id).where(ConsentWording.purpose_id == purpose.id)
        ):
            session.add(
                ConsentWording(
                    purpose_id=purpose.id,
                    version=1,
                    policy_version=wording["policy_version"],
                    text_nl=wording["nl"],
                    text_en=wording["en"],
                    valid_from=date.fromisoformat(wording["valid_from"]),
                )
            )
    known_recipients = set(session.scalars(select(Recipient.key)))
    for item in load_json("policy", "recipients.json"):
        if item["key"] not in known_recipients:
            session.add(
                Recipient(
                    key=item["key"],
                    name=item["name"],
                    category=item["category"],
                    role=item["role"],
                    country=item["country"],
                    agreement_date=_date(item.get("agreement_date")),
                    transfer_safeguard=item["transfer_safeguard"],
                    dpf_checked_on=_date(item.get("dpf_checked_on")),
                )
            )
    known_rules = set(session.scalars(select(RetentionRuleRow.category)))
    for order, item in enumerate(load_json("policy", "retention_rules.json")):
        if item["category"] not in known_rules:
            session.add(
                RetentionRuleRow(
                    category=item["category"],
                    trigger=item["trigger"],
                    period_months=item["period_months"],
                    action=item["action"],
                    legal_basis=item["legal_basis"],
                    sort_order=order,
                )
            )
    # R2: the holiday table starts as the Atw list; once it has rows, they are the owner's.
    if session.scalar(select(Holiday.day).limit(1)) is None:
        for year in HOLIDAY_YEARS:
            session.add_all(Holiday(day=day, name=name) for day, name in default_holidays(year).items())
