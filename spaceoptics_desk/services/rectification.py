"""Correcting a customer's name, address, e-mail or phone with a trail (R13).

Each change keeps old value, new value, who, when and which case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy.orm import Session

from spaceoptics_desk.domain.clock import Clock
from spaceoptics_desk.domain.corrections import ADDRESS_FIELDS, CUSTOMER_FIELDS, FieldEdit
from spaceoptics_desk.domain.phones import is_mobile, is_valid_phone, phone_key
from spaceoptics_desk.domain.postcodes import normalise_postcode
from spaceoptics_desk.errors import QT_TRANSLATE_NOOP, ChangedMeanwhile
from spaceoptics_desk.services import audit
from spaceoptics_desk.services.case_steps import log_event
from spaceoptics_desk.services.errors import InvalidInput, NotAllowed, NotFound
from spaceoptics_desk.services.recipient_tasks import create_tasks
from spaceoptics_desk.services.typed_input import checked_text
from spaceoptics_desk.store.models import Address, Customer, Rectification, Request, StaffUser
from spaceoptics_desk.store.search import reindex_customers

__all__ = ["ADDRESS_FIELDS", "CUSTOMER_FIELDS", "FieldEdit", "rectify"]

_REQUIRED = {"last_name", "street", "house_number", "postcode", "city", "country"}
_MAX_LENGTH = {"name_prefix": 40, "house_number": 10, "house_number_suffix": 10, "country": 2, "postcode": 12}
_BLANK_WHEN_CLEARED = {"first_name", "name_prefix", "house_number_suffix"}
_HOUSE_NUMBER = re.compile(r"[1-9][0-9]{0,4}", re.ASCII)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

CUSTOMER_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "errors",
    "Someone else changed this customer meanwhile. The details saved now are shown; what you typed is "
    "kept: check it and save again.",
)


def _clean(edit: FieldEdit, country: str) -> str | None:
    value = (checked_text(edit.field, edit.new) or "").strip()
    if not value:
        if edit.field in _REQUIRED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The field '{field}' may not be empty."), field=edit.field
            )
        return None
    if len(value) > _MAX_LENGTH.get(edit.field, 200):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The field '{field}' is too long."), field=edit.field)
    if edit.field == "email":
        if not _EMAIL.match(value):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That is not a valid e-mail address."))
        return value.lower()
    if edit.field in ("phone", "mobile"):
        key = phone_key(value)
        if key is None or not is_valid_phone(value):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That is not a valid telephone number."))
        if edit.field == "mobile" and not is_mobile(value):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "That is a landline number; enter it as the phone number.")
            )
        return "+" + key
    if edit.field == "house_number" and not _HOUSE_NUMBER.fullmatch(value):
        # A letter or addition goes in the suffix: "151" + "A", so postcode + number keeps finding them.
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A house number is a number, like 151; put a letter in the addition.")
        )
    if edit.field == "postcode" and country == "NL":
        normal = normalise_postcode(value)
        if normal is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A Dutch postcode looks like 4021 HR."))
        return normal
    if edit.field == "country":
        return value.upper()
    return value


def rectify(
    session: Session,
    actor: StaffUser,
    clock: Clock,
    customer_id: int,
    edits: Sequence[FieldEdit],
    request_id: int | None = None,
    source: str | None = None,
) -> list[Rectification]:
    """Applies the edits that change something; returns the trail entries written.

    `source` names where the new values came from when they were not typed at the desk (an import).
    """
    customer = session.get(Customer, customer_id, with_for_update=True)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This customer no longer exists."))
    case = None
    if request_id is not None:
        # R13: the trail names the case; it must be this customer's own, still open, case.
        case = session.get(Request, request_id)
        if case is None or case.customer_id != customer_id or case.status == "closed":
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "That case is not an open case of this customer."))
    # R15 allows correcting restricted data (that is often why it was restricted) - but only in a case.
    if customer.restricted_at is not None and request_id is None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Processing of this customer is restricted; correct the data within a case."
            )
        )
    now = clock.now()
    # Every edit is checked before any is applied: a refused edit leaves the whole customer as it was.
    changes: list[tuple[FieldEdit, Customer | Address, str | None, str | None]] = []
    for edit in edits:
        target: Customer | Address
        if edit.field in CUSTOMER_FIELDS and edit.address_id is None:
            target = customer
        elif edit.field in ADDRESS_FIELDS and edit.address_id is not None:
            address = session.get(Address, edit.address_id)
            if address is None or address.customer_id != customer_id:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "This address no longer exists."))
            target = address
        else:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "The field '{field}' cannot be corrected here."), field=edit.field
            )
        current = getattr(target, edit.field)
        if (current or None) != (edit.seen or None):
            raise ChangedMeanwhile(CUSTOMER_CHANGED_MEANWHILE, field=edit.field)
        # A postcode is checked against the country it will have after these edits, whatever their order.
        new_country = next(
            (e.new for e in edits if e.field == "country" and e.address_id == edit.address_id), None
        )
        country = new_country or getattr(target, "country", "NL")
        new_value = _clean(edit, (country or "NL").upper())
        if new_value == current or (new_value is None and current == ""):
            continue
        changes.append((edit, target, current, new_value))
    written = []
    for edit, target, current, new_value in changes:
        # Columns that are never NULL keep an empty text when cleared (a name without prefix).
        setattr(
            target, edit.field, "" if new_value is None and edit.field in _BLANK_WHEN_CLEARED else new_value
        )
        label = edit.field if edit.address_id is None else f"address.{edit.field}"
        entry = Rectification(
            customer_id=customer_id,
            field=label,
            old_value=current,
            new_value=new_value,
            changed_at=now,
            staff_user_id=actor.id,
            request_id=request_id,
            source=source,
        )
        session.add(entry)
        written.append(entry)
    if written:
        session.flush()
        audit.record(
            session,
            actor,
            clock,
            "rectify",
            "customer",
            customer_id,
            {
                "fields": ",".join(sorted(e.field for e in written)),
                "request_id": request_id,
                **({"source": source} if source else {}),
                **audit.sealing_rectifications(written),
            },
        )
        reindex_customers(session, [customer_id])
        if case is not None:
            # Field names only: the values are in the trail, the timeline is read by every staff member.
            log_event(session, actor, clock, case, "corrected", ", ".join(e.field for e in written))
            create_tasks(session, actor, clock, case, "rectification")  # R16
    return written
