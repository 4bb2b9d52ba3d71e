"""The house plan holds (issue 11, DESIGN.md): screens and the command line go through the operations,
and who may do what is decided in one table.

These read the source: an import of the services or the store from a screen, or a role compared by
hand, would let a screen or a command do what the permission table does not allow.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import spaceoptics_desk
from spaceoptics_desk.domain.permissions import Role

PACKAGE = Path(spaceoptics_desk.__file__).parent
BELOW_THE_DOORS = ("spaceoptics_desk.services", "spaceoptics_desk.store")
# The permission table itself, and the two places that read it for a person (the operations' check and
# the desk's tooltip).
READS_ROLES = {"domain/permissions.py", "operations/context.py", "ui/desk.py"}


def _modules(*folders: str) -> Iterator[tuple[str, ast.Module]]:
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            yield str(path.relative_to(PACKAGE)), ast.parse(path.read_text(encoding="utf-8"))


def _type_checking_blocks(tree: ast.Module) -> set[int]:
    """Ids of the statements inside `if TYPE_CHECKING:` blocks (imports there are for types only)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                inside.update(id(n) for n in ast.walk(statement))
    return inside


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        if node.module == "spaceoptics_desk":
            return [f"spaceoptics_desk.{alias.name}" for alias in node.names]
        return [node.module]
    return []


def runtime_imports_below_the_doors(*folders: str) -> list[str]:
    found: list[str] = []
    for name, tree in _modules(*folders):
        for_types = _type_checking_blocks(tree)
        for node in ast.walk(tree):
            if id(node) in for_types or not isinstance(node, ast.Import | ast.ImportFrom):
                continue  # type-only imports; `_imported` finds nothing in other nodes
            for module in _imported(node):
                if module.startswith(BELOW_THE_DOORS):
                    found.append(f"{name}:{node.lineno} {module}")
    return found


def test_no_screen_or_command_imports_a_service_or_the_store() -> None:
    assert runtime_imports_below_the_doors("ui", "cli") == []


def test_the_check_sees_an_import_inside_a_function() -> None:
    source = "def work():\n    from spaceoptics_desk.services.lookup import find\n"
    tree = ast.parse(source)
    assert [m for node in ast.walk(tree) for m in _imported(node)] == ["spaceoptics_desk.services.lookup"]
    assert _type_checking_blocks(tree) == set()


def _role_checks(name: str, tree: ast.Module) -> Iterator[str]:
    roles = {role.value for role in Role}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            by_hand = any(
                (isinstance(o, ast.Attribute) and o.attr == "role")
                or (isinstance(o, ast.Constant) and o.value in roles)
                or (isinstance(o, ast.Attribute) and o.attr in {"OWNER", "STAFF"})
                for o in operands
            )
            if by_hand:
                yield f"{name}:{node.lineno}"
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"may", "refusal"}
            and name not in READS_ROLES
        ):
            yield f"{name}:{node.lineno} {node.func.id}()"


def test_no_role_is_checked_outside_the_permission_table() -> None:
    checks = [
        found for name, tree in _modules(".") if name not in READS_ROLES for found in _role_checks(name, tree)
    ]
    assert checks == []


def test_the_role_check_sees_a_comparison_by_hand() -> None:
    tree = ast.parse('if desk.staff.role == "owner":\n    pass\nif user.role in {Role.OWNER}:\n    pass\n')
    assert list(_role_checks("ui/x.py", tree)) == ["ui/x.py:1", "ui/x.py:3"]
