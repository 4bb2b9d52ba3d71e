"""Alembic environment: runs on the connection the app hands over (store/migrate.py).

For development, `alembic -x url=sqlite:///path.db revision --autogenerate -m "..."` works too.
"""

from alembic import context
from sqlalchemy import Connection, create_engine

from spaceoptics_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=lambda obj, name, type_, reflected, compare_to: (
            not (type_ == "table" and name is not None and name.startswith("customer_search"))
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True)["url"]
    with create_engine(url).begin() as conn:
        _run(conn)
