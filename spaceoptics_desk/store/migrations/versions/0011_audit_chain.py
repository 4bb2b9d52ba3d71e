"""the audit log becomes a hash chain; case events and rectifications are sealed (issue 12)

audit_log gets previous_hash and entry_hash (SHA-256 hex, domain/audit_chain.py); rectifications and
case_events get a random seal_salt (case events also a note_salt, emptied with the note). The rows already
there are sealed now, their seals written into one audit entry per table ("rows_sealed"), and then the
whole log is chained in id order, so an upgraded database verifies. No personal data is added.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from spaceoptics_desk.domain import audit_chain
from spaceoptics_desk.domain.audit_chain import ChainFields, SealToken
from spaceoptics_desk.store.types import UTCDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_audit = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("occurred_at", UTCDateTime()),
    sa.column("staff_user_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.Integer()),
    sa.column("details", sa.Text()),
    sa.column("previous_hash", sa.String()),
    sa.column("entry_hash", sa.String()),
)
_rectifications = sa.table(
    "rectifications",
    sa.column("id", sa.Integer()),
    sa.column("customer_id", sa.Integer()),
    sa.column("field", sa.String()),
    sa.column("old_value", sa.Text()),
    sa.column("new_value", sa.Text()),
    sa.column("changed_at", UTCDateTime()),
    sa.column("staff_user_id", sa.Integer()),
    sa.column("seal_salt", sa.String()),
)
_events = sa.table(
    "case_events",
    sa.column("id", sa.Integer()),
    sa.column("request_id", sa.Integer()),
    sa.column("occurred_at", UTCDateTime()),
    sa.column("kind", sa.String()),
    sa.column("staff_user_id", sa.Integer()),
    sa.column("note", sa.Text()),
    sa.column("seal_salt", sa.String()),
    sa.column("note_salt", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as table:
        table.add_column(sa.Column("previous_hash", sa.String(length=64), nullable=True))
        table.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
    with op.batch_alter_table("rectifications") as table:
        table.add_column(sa.Column("seal_salt", sa.String(length=64), nullable=True))
    with op.batch_alter_table("case_events") as table:
        table.add_column(sa.Column("seal_salt", sa.String(length=64), nullable=True))
        table.add_column(sa.Column("note_salt", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    sealed = [_seal_rectifications(bind), _seal_case_events(bind)]
    _record_seals(bind, [details for details in sealed if details])
    _chain(bind)


def _seal_rectifications(bind: sa.Connection) -> dict[str, str]:
    tokens = []
    for row in bind.execute(sa.select(_rectifications).order_by(_rectifications.c.id)).all():
        salt = audit_chain.new_salt()
        bind.execute(_rectifications.update().where(_rectifications.c.id == row.id).values(seal_salt=salt))
        seal = audit_chain.rectification_seal(
            salt,
            row.id,
            row.customer_id,
            row.field,
            row.old_value,
            row.new_value,
            row.changed_at,
            row.staff_user_id,
        )
        tokens.append(SealToken(row.id, row.customer_id, seal))
    details = audit_chain.seal_details(audit_chain.SEAL_PREFIX + "rectifications", tokens)
    return {k: str(v) for k, v in details.items()} if tokens else {}


def _seal_case_events(bind: sa.Connection) -> dict[str, str]:
    fixed, notes = [], []
    for row in bind.execute(sa.select(_events).order_by(_events.c.id)).all():
        salt, note_salt = audit_chain.new_salt(), audit_chain.new_salt()
        bind.execute(
            _events.update().where(_events.c.id == row.id).values(seal_salt=salt, note_salt=note_salt)
        )
        seal = audit_chain.case_event_seal(
            salt, row.id, row.request_id, row.occurred_at, row.kind, row.staff_user_id
        )
        fixed.append(SealToken(row.id, row.request_id, seal))
        notes.append(SealToken(row.id, row.request_id, audit_chain.note_seal(note_salt, row.note)))
    if not fixed:
        return {}
    details = audit_chain.seal_details(audit_chain.SEAL_PREFIX + "case_events", fixed)
    details.update(audit_chain.seal_details(audit_chain.NOTE_SEAL_PREFIX + "case_events", notes))
    return {k: str(v) for k, v in details.items()}


def _record_seals(bind: sa.Connection, sealed: list[dict[str, str]]) -> None:
    """One entry per table of rows sealed, in the name of the first staff member (the upgrade has no
    actor; rows exist only where staff wrote them)."""
    if not sealed:
        return
    staff = sa.table("staff_users", sa.column("id", sa.Integer()))
    who = bind.scalar(sa.select(sa.func.min(staff.c.id)))
    last = bind.scalar(sa.select(sa.func.max(_audit.c.id))) or 0
    now = datetime.now(UTC)
    for number, details in enumerate(sealed, start=last + 1):
        bind.execute(
            _audit.insert().values(
                id=number,
                occurred_at=now,
                staff_user_id=who,
                action="rows_sealed",
                entity="database",
                entity_id=None,
                details=json.dumps(details, sort_keys=True),
            )
        )


def _chain(bind: sa.Connection) -> None:
    previous = audit_chain.GENESIS
    for row in bind.execute(sa.select(_audit).order_by(_audit.c.id)).all():
        fields = ChainFields(
            row.id,
            row.occurred_at,
            row.staff_user_id,
            row.action,
            row.entity,
            row.entity_id,
            row.details,
            previous,
        )
        own = audit_chain.entry_hash(fields)
        bind.execute(
            _audit.update().where(_audit.c.id == row.id).values(previous_hash=previous, entry_hash=own)
        )
        previous = own


def downgrade() -> None:
    op.execute("DELETE FROM audit_log WHERE action = 'rows_sealed'")
    with op.batch_alter_table("case_events") as table:
        table.drop_column("note_salt")
        table.drop_column("seal_salt")
    with op.batch_alter_table("rectifications") as table:
        table.drop_column("seal_salt")
    with op.batch_alter_table("audit_log") as table:
        table.drop_column("entry_hash")
        table.drop_column("previous_hash")
