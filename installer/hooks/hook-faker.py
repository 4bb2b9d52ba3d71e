"""Faker for the demo command, with the locales `Faker("nl_NL")` uses instead of all ~100 of them.

Replaces the hook from pyinstaller-hooks-contrib (hooks in the spec's `hookspath` win), which bundles
every locale (about 25 MB of sources). Faker finds its providers and locales in a frozen app by looking
for `faker/providers/*/__init__.py` and `faker/providers/*/<locale>/__init__.py` files on disk (see
faker/utils/loading.py), so those files are copied as data; the modules themselves go into the archive
as hidden imports. A provider without nl_NL falls back to its `default_locale` (en_US for all of them
in Faker 40); the demo test of the bundle (tests/build) fails if that ever changes.
"""

from __future__ import annotations

from pathlib import PurePath

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

LOCALES = ("nl_NL", "en_US")


def _wanted(module_name: str) -> bool:
    # faker.providers.<provider>.<locale>[...]: only the locales above (other code is kept).
    parts = module_name.split(".")
    return len(parts) < 4 or parts[3] in LOCALES


def _marker(source: str) -> bool:
    # faker/providers/<provider>/__init__.py or faker/providers/<provider>/<locale>/__init__.py
    path = PurePath(source)
    if path.name != "__init__.py":
        return False
    parts = path.parent.parts
    index = len(parts) - 1 - parts[::-1].index("providers")
    below = parts[index + 1 :]
    return len(below) == 1 or (len(below) == 2 and below[1] in LOCALES)


hiddenimports = collect_submodules("faker.providers", filter=_wanted)
datas = [
    (source, target)
    for source, target in collect_data_files("faker.providers", include_py_files=True)
    if _marker(source)
]
