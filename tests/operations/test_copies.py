"""The copy of a customer's data through its doors (issue 11; R7, R8, R11, R30): the permission table is
what refuses (staff are refused with its text and nothing is written; the owner succeeds), the request a
copy answers is decided here, and what the case records comes back as what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import OWNER, PERMISSIONS, STAFF, Action
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations import copies
from spaceoptics_desk.operations.changes import NOTHING
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry, CaseEvent
from tests.mail_server import (
    AUTH_WITHOUT_TLS_WARNING,
    PASSWORD,
    MailServer,
    mail_server_fixture,  # noqa: F401 (a fixture)
)
from tests.records import request_case
from tests.services.conftest import Shop
from tests.services.conftest import shop as shop  # a fixture

pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS_WARNING)

REFUSED = PERMISSIONS[Action.EXPORT_COPY].refusal
DELIVERED = {"copy_sending", "copy_sent", "copy_send_failed", "copy_draft_saved"}


def at_desk(database: Database, clock: FixedClock, username: str, role: str) -> Context:
    return Context(database, StaffMember(username, username.title(), role), clock)


def owner(database: Database, clock: FixedClock) -> Context:
    return at_desk(database, clock, "owner", OWNER)


def staff(database: Database, clock: FixedClock) -> Context:
    return at_desk(database, clock, "staff", STAFF)


def case_kinds(database: Database, case_id: int) -> set[str]:
    with database.reading() as session:
        return set(session.scalars(select(CaseEvent.kind).where(CaseEvent.request_id == case_id)))


def audited(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


@pytest.fixture
def copy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    folder.mkdir()
    return folder


def test_R11_staff_cannot_make_a_copy_and_nothing_is_written_the_owner_can(
    database: Database, shop: Shop, clock: FixedClock, copy_folder: Path
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=True)
    before = audited(database)
    with pytest.raises(NotAllowed) as refused:
        copies.make_copy(staff(database, clock), copy_folder, customer_id=shop.jan, case_id=case_id)
    assert refused.value.text() == REFUSED
    assert list(copy_folder.iterdir()) == []
    assert "copy_created" not in case_kinds(database, case_id)
    assert audited(database) == before

    made = copies.make_copy(
        owner(database, clock), copy_folder, customer_id=shop.jan, case_id=case_id, encrypt=True
    )
    assert made.result.files.pdf.exists()
    assert made.result.recipient == "jan.vdberg@example.nl" and made.result.not_sendable is None
    assert "copy_created" in case_kinds(database, case_id)
    # The case got an event: its views, the case list and the customer's view refresh.
    assert made.changes.touches_case(case_id) and made.changes.touches_customer(shop.jan)


def test_the_role_in_the_database_counts_not_the_one_the_desk_remembers(
    database: Database, shop: Shop, clock: FixedClock, copy_folder: Path
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=True)
    remembered_as_owner = at_desk(database, clock, "staff", OWNER)
    with pytest.raises(NotAllowed) as refused:
        copies.make_copy(remembered_as_owner, copy_folder, customer_id=shop.jan, case_id=case_id)
    assert refused.value.text() == REFUSED
    assert list(copy_folder.iterdir()) == []


def test_R11_staff_cannot_save_or_send_the_copy_the_owner_made(
    database: Database,
    shop: Shop,
    clock: FixedClock,
    copy_folder: Path,
    tmp_path: Path,
    mail_server: MailServer,
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=True)
    paths = copies.make_copy(
        owner(database, clock), copy_folder, customer_id=shop.jan, case_id=case_id, encrypt=True
    ).result.files.paths
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    before = audited(database)
    with pytest.raises(NotAllowed) as refused:
        copies.save_copy_draft(staff(database, clock), case_id, paths, drafts)
    assert refused.value.text() == REFUSED
    with pytest.raises(NotAllowed) as refused:
        copies.send_copy(
            staff(database, clock), case_id, paths, smtp=mail_server.settings(), password=PASSWORD
        )
    assert refused.value.text() == REFUSED
    assert list(drafts.iterdir()) == [] and mail_server.envelopes == []
    assert not case_kinds(database, case_id) & DELIVERED
    assert audited(database) == before

    saved = copies.save_copy_draft(owner(database, clock), case_id, paths, drafts)
    assert saved.result.record is not None and saved.result.record.kind == "copy_draft_saved"
    assert [p.suffix for p in drafts.iterdir()] == [".eml"]
    assert saved.changes.touches_case(case_id) and saved.changes.touches_customer(shop.jan)
    sent = copies.send_copy(
        owner(database, clock),
        case_id,
        paths,
        smtp=mail_server.settings(),
        password=PASSWORD,
        address="jan.vdberg@example.nl",
        send_again=True,  # the draft may have been sent: this is a confirmed new send
    )
    assert sent.result.record is not None and sent.result.record.kind == "copy_sent"
    assert len(mail_server.envelopes) == 1
    assert sent.changes.touches_case(case_id)


def test_R11_a_copy_sent_before_is_a_question_that_changes_nothing(
    database: Database, shop: Shop, clock: FixedClock, copy_folder: Path, mail_server: MailServer
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=True)
    context = owner(database, clock)
    paths = copies.make_copy(
        context, copy_folder, customer_id=shop.jan, case_id=case_id, encrypt=True
    ).result.files.paths
    copies.send_copy(context, case_id, paths, smtp=mail_server.settings(), password=PASSWORD)
    again = copies.send_copy(context, case_id, paths, smtp=mail_server.settings(), password=PASSWORD)
    assert again.result.sent_before and again.result.record is None
    assert again.result.problem is not None and "was sent on" in again.result.problem.text()
    assert again.changes == NOTHING
    assert len(mail_server.envelopes) == 1


def test_a_refused_login_is_recorded_on_the_case_and_comes_back_as_what_changed(
    database: Database, shop: Shop, clock: FixedClock, copy_folder: Path, mail_server: MailServer
) -> None:
    case_id = request_case(database, clock, shop.jan, "access", verified=True)
    context = owner(database, clock)
    paths = copies.make_copy(
        context, copy_folder, customer_id=shop.jan, case_id=case_id, encrypt=True
    ).result.files.paths
    failed = copies.send_copy(context, case_id, paths, smtp=mail_server.settings(), password="fout")
    assert failed.result.login_refused and failed.result.recorded and failed.result.record is None
    assert failed.result.problem is not None and "refused the user name" in failed.result.problem.text()
    assert "copy_send_failed" in case_kinds(database, case_id)
    assert failed.changes.touches_case(case_id) and failed.changes.touches_customer(shop.jan)


def test_R7_a_copy_without_a_case_is_the_owners_and_only_while_no_request_asks_for_one(
    database: Database, shop: Shop, clock: FixedClock, copy_folder: Path
) -> None:
    """Without a case nobody's identity was checked, so the copy cannot be meant for the person: it is the
    owner's own look at the data (and cannot be sent from the app). When a request for a copy is open, the
    copy must come from that request, so its identity check applies."""
    with pytest.raises(NotAllowed) as refused:
        copies.make_copy(staff(database, clock), copy_folder, customer_id=shop.jan)
    assert refused.value.text() == REFUSED
    made = copies.make_copy(owner(database, clock), copy_folder, customer_id=shop.jan, encrypt=True)
    assert made.result.recipient is None and made.changes == NOTHING  # no case: no window shows it
    assert len(list(copy_folder.iterdir())) == 1
    case_id = request_case(database, clock, shop.jan, "access", verified=False)
    with pytest.raises(NotAllowed) as refused:
        copies.make_copy(owner(database, clock), copy_folder, customer_ref="K000123", encrypt=True)
    assert refused.value.text() == (
        f"This customer has an open request for a copy ({case_id}): make the copy from the request, "
        "after its identity check."
    )
    assert len(list(copy_folder.iterdir())) == 1


def test_R7_the_copy_answers_the_one_open_request_for_a_copy(
    database: Database, shop: Shop, clock: FixedClock
) -> None:
    context = owner(database, clock)
    alone = copies.copy_subject(context, customer_ref="K000123").result
    assert alone.case_id is None and alone.copy_cases == () and alone.may_create
    first = request_case(database, clock, shop.jan, "access", verified=False)
    waiting = copies.copy_subject(context, customer_id=shop.jan).result
    assert waiting.case_id == first and not waiting.identity_verified and not waiting.may_create
    second = request_case(database, clock, shop.jan, "portability", verified=True)
    several = copies.copy_subject(context, customer_id=shop.jan).result
    assert several.case_id is None and several.copy_cases == (first, second) and not several.may_create
    chosen = copies.copy_subject(context, customer_id=shop.jan, case_id=second).result
    assert chosen.case_id == second and chosen.may_create
    with pytest.raises(NotAllowed) as refused:
        copies.copy_subject(staff(database, clock), customer_id=shop.jan)
    assert refused.value.text() == REFUSED
