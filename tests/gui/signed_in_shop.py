"""An encrypted shop as the first start makes it (create_database), with a staff member and a customer,
for the tests of signing in, locking and the staff screen (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from spaceoptics_desk.domain.clock import SystemClock
from spaceoptics_desk.operations import signing_in, staff
from spaceoptics_desk.operations.context import Context
from spaceoptics_desk.store.search import reindex_customers
from tests.records import add_customer, at

OWNER_PASSWORD = "Eigenaar-wachtwoord"
STAFF_PASSWORD = "Medewerker-wachtwoord"


@dataclass(frozen=True)
class EncryptedShop:
    """Attributes: target (the database file), recovery_key (as shown at the first start)."""

    target: str
    recovery_key: str = field(repr=False)


@pytest.fixture
def encrypted_shop(db_path: Path) -> EncryptedShop:
    """Owner "owner" (Olga Eigenaar), staff "staff" (Sam Medewerker), customer Jan van der Berg.

    The system clock: a wrong password's wait runs out in real time."""
    made = signing_in.create_database(str(db_path), "owner", "Olga Eigenaar", OWNER_PASSWORD, SystemClock())
    context = made.context
    try:
        staff.add_staff(context, "staff", "Sam Medewerker", "staff", STAFF_PASSWORD)
        with context.database.transaction() as session:
            jan = add_customer(
                session,
                "K000123",
                "Jan",
                "van der",
                "Berg",
                email="jan.vdberg@example.nl",
                address=("Dorpsstraat", "151", "4021HR", "Maurik"),
                created=at(2016, 3, 1),
            )
            session.flush()
            reindex_customers(session, [jan.id])
    finally:
        context.database.close()
    return EncryptedShop(str(db_path), made.recovery_key)


@pytest.fixture
def signed_in_owner(encrypted_shop: EncryptedShop) -> Iterator[Context]:
    context = signing_in.sign_in(encrypted_shop.target, "owner", OWNER_PASSWORD, SystemClock())
    yield context
    context.database.close()


def visible_texts() -> list[str]:
    """Every text a person could read on screen now: labels, fields, table cells, window titles."""
    texts: list[str] = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QLineEdit):
                texts.append(widget.text())
            model = getattr(widget, "model", None)
            if callable(model) and model() is not None and hasattr(model(), "rowCount"):
                table = model()
                for row in range(table.rowCount()):
                    for column in range(table.columnCount()):
                        texts.append(str(table.index(row, column).data() or ""))
    return texts
