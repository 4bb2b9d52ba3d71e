"""phonenumbers with its region metadata, without the place-name, carrier and time-zone tables.

phonenumbers loads `phonenumbers.data.region_XX` (and `shortdata`) by name on first use, so static
analysis misses them; they are hidden imports here. The contrib hook this replaces (hooks in the
spec's `hookspath` win) also forces in `geodata`, `carrierdata` and `tzdata`: 45 MB of sources that
only `phonenumbers.geocoder`, `.carrier` and `.timezone` read, which the app does not use. Should it
start to, those modules are still found by analysis of the import, but their data modules must be
added here.
"""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_submodules

_UNUSED = ("phonenumbers.geodata", "phonenumbers.carrierdata", "phonenumbers.tzdata")


def _wanted(module_name: str) -> bool:
    return not any(module_name == name or module_name.startswith(name + ".") for name in _UNUSED)


hiddenimports = collect_submodules("phonenumbers", filter=_wanted)
