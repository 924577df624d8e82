"""Listening to the team hubs: a new event wakes the studio's sync at once.

One thread per hub holds a connection with LISTEN on the channels of my groups there
(PostgreSQL's NOTIFY, see review/hub/migrations/versions/h002). When the hub cannot be reached
the thread waits and tries again, backing off up to a minute; `state_changed` says which, so
the status bar can say "live" or "offline, trying again". The threads never touch a widget:
they emit signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

BACK_OFF_S = (2, 5, 10, 30, 60)
POLL_S = 1.0  # how often a listening thread looks whether it should stop


class HubWatch(QObject):
    """Wakes the sync when one of my hub groups has news; says whether the hubs are live."""

    woke = Signal()
    state_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._threads: dict[str, tuple[threading.Thread, threading.Event]] = {}
        self._groups: dict[str, frozenset[uuid.UUID]] = {}
        self._lock = threading.Lock()
        self.states: dict[str, str] = {}  # hub address → "" when live, else why not

    def watch(self, places: Iterable[tuple[str, uuid.UUID]]) -> None:
        """Listen for these (hub address, group) pairs; stop listening to the others."""
        wanted: dict[str, set[uuid.UUID]] = {}
        for url, group in places:
            wanted.setdefault(url, set()).add(group)
        for url in list(self._threads):
            if url not in wanted or frozenset(wanted[url]) != self._groups.get(url):
                self._stop_one(url)
        for url, groups in wanted.items():
            if url not in self._threads:
                self._groups[url] = frozenset(groups)
                stop = threading.Event()
                thread = threading.Thread(target=self._listen, args=(url, frozenset(groups),
                                                                     stop),
                                          name=f"kiem-hub-{len(self._threads)}", daemon=True)
                self._threads[url] = (thread, stop)
                thread.start()

    def stop(self) -> None:
        """Stop every listening thread (the window closes)."""
        for url in list(self._threads):
            self._stop_one(url)

    @property
    def live(self) -> bool:
        """True when every hub I listen to is connected."""
        with self._lock:
            return bool(self.states) and not any(self.states.values())

    def problem(self) -> str:
        """Why a hub is not live (the first one), or ""."""
        with self._lock:
            return next((why for why in self.states.values() if why), "")

    def _stop_one(self, url: str) -> None:
        thread, stop = self._threads.pop(url)
        stop.set()
        thread.join(timeout=POLL_S * 3)
        with self._lock:
            self.states.pop(url, None)
        self._groups.pop(url, None)

    def _set(self, url: str, why: str) -> None:
        with self._lock:
            changed = self.states.get(url) != why
            self.states[url] = why
        if changed:
            self.state_changed.emit()

    def _listen(self, url: str, groups: frozenset[uuid.UUID], stop: threading.Event) -> None:
        from review.hub.connection import channel, connect  # noqa: PLC0415 - psycopg

        tries = 0
        while not stop.is_set():
            try:
                with connect(url, autocommit=True) as conn:
                    for group in sorted(groups):
                        conn.execute(f'LISTEN "{channel(group)}"')
                    tries = 0
                    self._set(url, "")
                    self.woke.emit()  # what came while I was not listening
                    while not stop.is_set():
                        if any(True for _ in conn.notifies(timeout=POLL_S)):
                            self.woke.emit()
            except Exception as exc:  # noqa: BLE001 - offline: said, and tried again later
                wait = BACK_OFF_S[min(tries, len(BACK_OFF_S) - 1)]
                tries += 1
                self._set(url, f"{str(exc).splitlines()[0]} (trying again in {wait} s)")
                stop.wait(wait)
