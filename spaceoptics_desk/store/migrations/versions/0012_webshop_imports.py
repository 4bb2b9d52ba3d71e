"""webshop imports: links to the webshop's ids, sync sources, saved column mappings (issue 13)

customer_links holds a customer's id at a webshop platform (personal data, deleted with the customer);
order_links an order's number there (stays with the anonymised order); import_sources the sync set-up and
its high-water mark; import_mappings the owner's CSV column mappings. rectifications get the source of a
change that came from an import (R13).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from spaceoptics_desk.store.types import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "customer_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_links_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_links")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_customer_links_source")),
    )
    op.create_index(op.f("ix_customer_links_customer_id"), "customer_links", ["customer_id"])
    op.create_table(
        "order_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("import_run", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_links_order_id_orders"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_links")),
        sa.UniqueConstraint("order_id", name=op.f("uq_order_links_order_id")),
        sa.UniqueConstraint("source", "external_id", name=op.f("uq_order_links_source")),
    )
    op.create_table(
        "import_sources",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=True),
        sa.Column("high_water_mark", UTCDateTime(), nullable=True),
        sa.Column("last_run_at", UTCDateTime(), nullable=True),
        sa.Column("last_result", sa.Text(), nullable=True),
        sa.Column("soft_opt_in", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("consent_fields", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_import_sources")),
    )
    op.create_table(
        "import_mappings",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_import_mappings")),
    )
    with op.batch_alter_table("rectifications") as batch:
        batch.add_column(sa.Column("source", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rectifications") as batch:
        batch.drop_column("source")
    op.drop_table("import_mappings")
    op.drop_table("import_sources")
    op.drop_table("order_links")
    op.drop_index(op.f("ix_customer_links_customer_id"), table_name="customer_links")
    op.drop_table("customer_links")
