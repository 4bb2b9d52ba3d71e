"""After an erasure the recipients must still be told (R16): each open task keeps what its recipient needs
to find the person in their own system, and forgets it when the task is closed (R31; issue 10 §3)."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.services import cases, consent, erasure, trace_cleanup
from spaceoptics_desk.services.recipient_tasks import close_task
from spaceoptics_desk.services.recipients import ReferenceItem
from spaceoptics_desk.services.staff import acting_user
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import Customer, Payment, RecipientTask
from tests.raw_files import readable_in_files
from tests.services.conftest import Shop

JAN_EMAIL = "jan.vdberg@example.nl"
JAN_EMAIL_SHA256 = hashlib.sha256(JAN_EMAIL.encode()).hexdigest()


def _erased_jan(database: Database, shop: Shop, clock: FixedClock) -> int:
    """Jan with payment references and a newsletter subscription, erased under a checked request."""
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        for number, payment in enumerate(session.scalars(select(Payment).order_by(Payment.id)), 1):
            payment.provider_reference = f"tr_JanPay{number}"
        consent.set_consent(session, owner, clock, shop.jan, "newsletter", True, "web")
        case_id = cases.open_case(
            session,
            owner,
            clock,
            customer_id=shop.jan,
            channel="phone",
            received_at=clock.now() - timedelta(days=1),
            rights=["erasure"],
            contact_details="bevestiging naar jan@thuis.example",
        )
        cases.verify_identity(session, owner, clock, case_id, "call-back")
        erasure.erase_customer(session, owner, clock, shop.jan, case_id)
    trace_cleanup.finish_pending(database)
    return case_id


def test_R16_after_an_erasure_each_open_task_keeps_what_its_recipient_needs(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    case_id = _erased_jan(database, shop, clock)
    with database.reading() as session:
        assert session.get(Customer, shop.jan) is None
        detail = cases.case_detail(session, clock, case_id)
    references = {t.recipient: t.reference for t in detail.recipient_tasks}
    assert references["PostNL"] == (
        ReferenceItem("order_number", "2019-000042"),
        ReferenceItem("tracking_code", "3S2019-000042"),
        ReferenceItem("order_number", "2025-000123"),
        ReferenceItem("tracking_code", "3S2025-000123"),
    )
    assert references["Mollie (iDEAL, creditcard)"] == (
        ReferenceItem("order_number", "2019-000042"),
        ReferenceItem("payment_reference", "tr_JanPay1"),
        ReferenceItem("order_number", "2025-000123"),
        ReferenceItem("payment_reference", "tr_JanPay2"),
    )
    assert references["Webshop hosting provider"] == (ReferenceItem("email", JAN_EMAIL),)
    newsletter_tool = next(t.recipient for t in detail.recipient_tasks if t.category == "tooling")
    assert references[newsletter_tool] == (ReferenceItem("email", JAN_EMAIL),)
    # An advertising audience matches on the hashed address: the hash suffices, the address stays out.
    assert references["Meta Platforms Ireland (Facebook, Instagram)"] == (
        ReferenceItem("email_sha256", JAN_EMAIL_SHA256),
    )
    # The person is answered at the address they gave until the case is closed.
    assert detail.contact_details == "bevestiging naar jan@thuis.example"


def test_R16_R31_a_closed_task_forgets_its_reference_and_a_closed_case_leaves_none_in_the_files(
    database: Database, db_path: Path, shop: Shop, clock: FixedClock
) -> None:
    case_id = _erased_jan(database, shop, clock)
    with database.reading() as session:
        tasks = cases.case_detail(session, clock, case_id).recipient_tasks
    postnl = next(t for t in tasks if t.recipient == "PostNL")
    with database.transaction() as session:
        close_task(session, acting_user(session, "owner"), clock, postnl.task_id, "told", "via het portaal")
    with database.reading() as session:
        closed = session.get(RecipientTask, postnl.task_id)
        assert closed is not None and closed.reference is None
        left = {t.recipient: t.reference for t in cases.case_detail(session, clock, case_id).recipient_tasks}
    assert left["PostNL"] == ()
    assert left["Mollie (iDEAL, creditcard)"]  # the others still carry theirs
    trace_cleanup.finish_pending(database)
    assert readable_in_files(db_path, ["3S2019-000042", "3S2025-000123"]) == []
    with database.transaction() as session:
        owner = acting_user(session, "owner")
        for task in tasks:
            if task.task_id != postnl.task_id:
                close_task(session, owner, clock, task.task_id, "not_possible", "geen contactpersoon")
        cases.close(session, owner, clock, case_id, "complied")
    trace_cleanup.finish_pending(database)
    with database.reading() as session:
        assert all(t.reference is None for t in session.scalars(select(RecipientTask)))
        assert cases.case_detail(session, clock, case_id).contact_details is None
    secrets = ["tr_JanPay1", "tr_JanPay2", JAN_EMAIL, JAN_EMAIL_SHA256, "jan@thuis.example"]
    assert readable_in_files(db_path, secrets) == []
