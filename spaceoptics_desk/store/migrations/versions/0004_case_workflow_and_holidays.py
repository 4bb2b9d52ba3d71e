"""case workflow and holidays

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "holidays",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holidays")),
    )
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("staff_user_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_case_events_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_user_id"], ["staff_users.id"], name=op.f("fk_case_events_staff_user_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_events_request_id"), ["request_id"], unique=False)

    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_method", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("identity_verified_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("identity_verified_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("extension_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extension_told_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("paused_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("paused_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("outcome_reasons", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("complaint_right_told", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_requests_identity_verified_by_id_staff_users"),
            "staff_users",
            ["identity_verified_by_id"],
            ["id"],
        )


def downgrade() -> None:

    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_requests_identity_verified_by_id_staff_users"), type_="foreignkey"
        )
        batch_op.drop_column("complaint_right_told")
        batch_op.drop_column("outcome_reasons")
        batch_op.drop_column("paused_until")
        batch_op.drop_column("paused_from")
        batch_op.drop_column("extension_told_on")
        batch_op.drop_column("extension_reason")
        batch_op.drop_column("identity_verified_by_id")
        batch_op.drop_column("identity_verified_at")
        batch_op.drop_column("identity_method")

    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_events_request_id"))

    op.drop_table("case_events")
    op.drop_table("holidays")
