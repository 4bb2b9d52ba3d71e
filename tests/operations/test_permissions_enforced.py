"""The permission table is what the operations enforce (issue 11; R7, R11, R14, R21, R23, R32): every
operation is a door for one action, and a staff member is refused at every owner-only door before
anything is read or written."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from sqlalchemy import func, select

import spaceoptics_desk.operations as operations_package
from spaceoptics_desk.domain.clock import FixedClock
from spaceoptics_desk.domain.permissions import STAFF, Action, may
from spaceoptics_desk.domain.staff import StaffMember
from spaceoptics_desk.operations.context import OPERATIONS, Context
from spaceoptics_desk.services.errors import NotAllowed
from spaceoptics_desk.store.database import Database
from spaceoptics_desk.store.models import AuditEntry

# The frame, not doors: what an operation returns, what it is given, how a command opens the database,
# and signing in, on a file or a server (nobody is signed in yet: the password is the check).
CORE_MODULES = {"changes", "context", "opening", "signing_in", "server_sign_in"}


def _operation_modules() -> list[str]:
    return [
        f"{operations_package.__name__}.{m.name}"
        for m in pkgutil.iter_modules(operations_package.__path__)
        if m.name not in CORE_MODULES
    ]


def _all_operations() -> dict[str, tuple[Action, object]]:
    for name in _operation_modules():
        importlib.import_module(name)
    return dict(OPERATIONS)


def test_every_public_function_of_an_operations_module_is_a_door() -> None:
    doors = {door for _, door in _all_operations().values()}
    undeclared = [
        f"{name}.{attr}"
        for name in _operation_modules()
        for attr, value in vars(importlib.import_module(name)).items()
        if inspect.isfunction(value)
        and not attr.startswith("_")
        and value.__module__ == name
        and value not in doors
    ]
    assert undeclared == []


@pytest.mark.parametrize(
    "name", sorted(n for n, (action, _) in _all_operations().items() if not may(STAFF, action))
)
def test_a_staff_member_is_refused_at_every_owner_only_door(
    name: str, database: Database, clock: FixedClock
) -> None:
    action, door = OPERATIONS[name]
    context = Context(database, StaffMember("staff", "Sanne de Vries", STAFF), clock)
    signature = inspect.signature(door)
    # The refusal comes before the arguments are even looked at: any placeholder will do.
    placeholders = [
        None
        for p in list(signature.parameters.values())[1:]
        if p.default is inspect.Parameter.empty and p.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    with database.reading() as session:
        audited_before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(NotAllowed) as refused:
        door(context, *placeholders)
    assert refused.value.message == refusal_text(action)
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited_before


def refusal_text(action: Action) -> str:
    from spaceoptics_desk.domain.permissions import PERMISSIONS

    return PERMISSIONS[action].refusal
