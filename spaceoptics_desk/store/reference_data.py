"""Policy data the app ships (purposes, consent wordings, recipients, retention rules) put into the database.

Seeding adds what is missing and never changes a row the owner may have edited. What is missing is found
by reading first (`missing_reference_data`), so opening a database that has everything needs no write
lock: a desk can open and read while another program holds a long write (issue 10, adversarial run).
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


@dataclass
class MissingReferenceData:
    """What the shipped policy data has and the database does not (found without writing)."""

    secrets: bool = False  # the database's id or its salt
    purposes: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (sort order, item)
    wordings: list[dict[str, Any]] = field(default_factory=list)  # items whose purpose has no wording
    recipients: list[dict[str, Any]] = field(default_factory=list)
    rules: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    holidays: bool = False  # the table is empty (once it has rows, they are the owner's)

    def __bool__(self) -> bool:
        return bool(
            self.secrets or self.purposes or self.wordings or self.recipients or self.rules or self.holidays
        )


def missing_reference_data(session: Session) -> MissingReferenceData:
    """Reads only: what `seed_reference_data` would add."""
    missing = MissingReferenceData()
    missing.secrets = None in installation.read(session.connection())
    purposes_with_wording = set(
        session.scalars(select(Purpose.key).join(ConsentWording, ConsentWording.purpose_id == Purpose.id))
    )
    known_purposes = set(session.scalars(select(Purpose.key)))
    for order, item in enumerate(load_json("policy", "purposes.json")):
        if item["key"] not in known_purposes:
            missing.purposes.append((order, item))
        if item.get("wording") and item["key"] not in purposes_with_wording:
            missing.wordings.append(item)
    known_recipients = set(session.scalars(select(Recipient.key)))
    missing.recipients = [
        i for i in load_json("policy", "recipients.json") if i["key"] not in known_recipients
    ]
    known_rules = set(session.scalars(select(RetentionRuleRow.category)))
    missing.rules = [
        (order, item)
        for order, item in enumerate(load_json("policy", "retention_rules.json"))
        if item["category"] not in known_rules
    ]
    missing.holidays = session.scalar(select(Holiday.day).limit(1)) is None
    return missing


def seed_reference_data(session: Session) -> None:
    """Adds what is missing (in a writing transaction)."""
    missing = missing_reference_data(session)
    # Made at once, so that every backup carries them (a restore matches backup, journal and database).
    installation.database_id(session)
    installation.salt(session)
    for order, item in missing.purposes:
        session.add(
            Purpose(
                key=item["key"],
                name_en=item["name_en"],
                name_nl=item["name_nl"],
                legal_basis=item["legal_basis"],
                is_marketing=item.get("is_marketing", False),
                sort_order=order,
            )
        )
    session.flush()
    purpose_ids: dict[str, int] = {key: id_ for key, id_ in session.execute(select(Purpose.key, Purpose.id))}
    for item in missing.wordings:
        wording = item["wording"]
        session.add(
            ConsentWording(
                purpose_id=purpose_ids[item["key"]],
                version=1,
                policy_version=wording["policy_version"],
                text_nl=wording["nl"],
                text_en=wording["en"],
                valid_from=date.fromisoformat(wording["valid_from"]),
            )
        )
    for item in missing.recipients:
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
    for order, item in missing.rules:
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
    if missing.holidays:
        for year in HOLIDAY_YEARS:
            session.add_all(Holiday(day=day, name=name) for day, name in default_holidays(year).items())
