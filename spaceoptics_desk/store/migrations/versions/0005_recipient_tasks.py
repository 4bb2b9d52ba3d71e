"""recipient tasks (R16)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recipient_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_recipient_tasks_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipients.id"], name=op.f("fk_recipient_tasks_recipient_id_recipients")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["staff_users.id"], name=op.f("fk_recipient_tasks_closed_by_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient_tasks")),
    )
    with op.batch_alter_table("recipient_tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recipient_tasks_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("recipient_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recipient_tasks_request_id"))
    op.drop_table("recipient_tasks")
