"""retention engine: automatic flag, rule changes, review decisions, runs, erasure journal (issue 6)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("retention_rules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("automatic", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table(
        "retention_rule_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("setting", sa.String(length=20), nullable=False),
        sa.Column("old_value", sa.String(length=40), nullable=False),
        sa.Column("new_value", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("staff_user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["staff_users.id"],
            name=op.f("fk_retention_rule_changes_staff_user_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rule_changes")),
    )
    op.create_index(op.f("ix_retention_rule_changes_category"), "retention_rule_changes", ["category"])
    op.create_table(
        "retention_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("today", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["staff_users.id"], name=op.f("fk_retention_runs_approved_by_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_runs")),
    )
    op.create_table(
        "retention_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_key", sa.String(length=60), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("subject_kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("postponed_until", sa.Date(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("outcome_reason", sa.String(length=30), nullable=True),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_retention_decisions_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["staff_users.id"],
            name=op.f("fk_retention_decisions_decided_by_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["retention_runs.id"], name=op.f("fk_retention_decisions_run_id_retention_runs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_decisions")),
    )
    op.create_index(op.f("ix_retention_decisions_candidate_key"), "retention_decisions", ["candidate_key"])
    op.create_index(op.f("ix_retention_decisions_customer_id"), "retention_decisions", ["customer_id"])
    op.create_index(op.f("ix_retention_decisions_run_id"), "retention_decisions", ["run_id"])
    op.create_index(
        "ix_retention_decisions_subject", "retention_decisions", ["category", "subject_kind", "subject_id"]
    )
    op.create_table(
        "erasure_journal",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("basis", sa.String(length=30), nullable=False),
        sa.Column("number_hash", sa.String(length=64), nullable=False),
        sa.Column("email_hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_journal")),
    )
    op.create_index(op.f("ix_erasure_journal_erased_at"), "erasure_journal", ["erased_at"])
    op.create_index(op.f("ix_erasure_journal_number_hash"), "erasure_journal", ["number_hash"])


def downgrade() -> None:
    op.drop_table("erasure_journal")
    op.drop_table("retention_decisions")
    op.drop_table("retention_runs")
    op.drop_table("retention_rule_changes")
    with op.batch_alter_table("retention_rules", schema=None) as batch_op:
        batch_op.drop_column("automatic")
