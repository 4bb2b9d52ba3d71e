"""Garbage is collected on the GUI thread only (ui/garbage.py): a collection started in a worker would
free widgets there, which Qt answers with a crash."""

from __future__ import annotations

import gc
import threading

import pytest
from pytestqt.qtbot import QtBot

from spaceoptics_desk.ui import garbage
from spaceoptics_desk.ui.garbage import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collections_happen_on_the_gui_thread_and_stop_gives_gc_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(garbage, "CHECK_MS", 5)
    threads: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.enable()
    collector = GuiThreadCollector()
    collector.start()
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        worker = threading.Thread(
            target=lambda: [_Cycle() for _ in range(5 * collector.threshold)], name="worker"
        )
        worker.start()
        worker.join()
        assert threads == []  # the worker allocated plenty, and collected nothing
        qtbot.waitUntil(lambda: bool(threads), timeout=2000)
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        collector.stop()
    assert gc.isenabled()
