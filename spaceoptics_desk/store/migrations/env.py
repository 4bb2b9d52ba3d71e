"""Alembic environment: runs on the connection the app hands over (store/migrate.py).

For development, `alembic -x url=sqlite:///path.db revision --autogenerate -m "..."` works too (on a
plain development database: the app's own databases are encrypted and migrated by the app).
"""

from pathlib import Path

import sqlcipher3
from alembic import context
from sqlalchemy import Connection, create_engine, make_url

from spaceoptics_desk.store import cipher
from spaceoptics_desk.store.migrate import in_the_models
from spaceoptics_desk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=in_the_models,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True)["url"]
    # The same driver as the app's (store/cipher.py), on the plain file.
    file = Path(str(make_url(url).database))
    engine = create_engine(url, module=sqlcipher3, creator=lambda: cipher.connect(file, None))
    with engine.begin() as conn:
        _run(conn)
