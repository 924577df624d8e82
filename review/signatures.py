"""Checking the signatures of many events at once, on every core the machine has.

Verifying an Ed25519 signature takes about 0.1 ms and holds Python's lock, so 6,000 events
back from a week offline are 0.6 s on one core. For a batch that large, helper processes are
started as soon as the batch is known to be coming (`Checker(expected)`, before the events are
read, so that they are ready when the events are). The batch is cut into shares; helpers take
them from the front, from the events' own bytes, while this process does other work and then
takes back shares from the end that no helper has begun. Helpers are started fresh ("spawn",
as on every platform: safe beside the studio's threads). A small batch, one core, or helpers
that cannot start or die: all of it here. The verdicts are the same either way
(`signature_problem` decides both; a test holds them equal). A spawned helper imports the
program's main module again, as multiprocessing does: a script that runs Kiem's sync must
keep its work under `if __name__ == "__main__":` (the `kiem` command and `python -m app.cli`
do).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from review.events import signature_problem

if TYPE_CHECKING:
    from review.events import Event

log = logging.getLogger(__name__)

PARALLEL_FROM = 1500  # events; below this, starting a helper costs more than it saves
MAX_HELPERS = 3
SHARE = 250  # events per share: small enough that the last ones are taken back evenly


class Checker:
    """Checks a batch of events' signatures; helpers start when `expected` is large."""

    def __init__(self, expected: int, *, parallel_from: int | None = None) -> None:
        self._pool: Any = None
        self._futures: list[Any] = []
        self.helped = 0  # events of the last batch whose verdict came from a helper
        self._helpers = min((os.cpu_count() or 1) - 1, MAX_HELPERS)
        if expected < (PARALLEL_FROM if parallel_from is None else parallel_from) \
                or self._helpers < 1:
            return
        try:
            import multiprocessing  # noqa: PLC0415 - only for a large batch
            from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

            self._pool = ProcessPoolExecutor(self._helpers,
                                             mp_context=multiprocessing.get_context("spawn"))
            for _ in range(self._helpers):  # start them now: they get ready while we read
                self._pool.submit(ready)
        except (OSError, ImportError, ValueError, RuntimeError):
            self.close()

    def __enter__(self) -> Checker:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the helpers (if any)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def problems(self, events: Sequence[Event],
                 meanwhile: Callable[[], object] | None = None) -> list[str | None]:
        """For each event, why its signature does not hold; None where it does.

        With helpers, `meanwhile` runs here while they check (work that does not need the
        verdicts: deriving the state of what is stored already); then this process takes
        back every share no helper has begun and checks it itself.
        """
        self.helped = 0
        if self._pool is None or not all(e.raw for e in events):
            return _here(events)
        parts = [events[i:i + SHARE] for i in range(0, len(events), SHARE)]
        try:
            futures = [self._pool.submit(check_raw, [e.raw for e in part]) for part in parts]
        except (OSError, RuntimeError):
            return _here(events)
        self._futures = futures
        if meanwhile is not None:
            try:
                meanwhile()
            except Exception:  # it only saves time later: its failure must not fail the batch
                log.warning("work beside the signature check failed", exc_info=True)
        taken = {}  # shares from the end, while no helper has begun them: they meet midway
        for i in reversed(range(len(parts))):
            if not futures[i].cancel():
                break
            taken[i] = _here(parts[i])
        found: list[str | None] = []
        for i, (part, future) in enumerate(zip(parts, futures, strict=True)):
            if i in taken:
                found += taken[i]
                continue
            try:
                found += future.result()
                self.helped += len(part)
            except Exception:  # noqa: BLE001 - a helper that died: its share is checked here
                found += _here(part)
        return found

    def helpers_done(self) -> int:
        """How many shares of the batch under way helpers have finished (for the impatient)."""
        return sum(1 for f in self._futures if f.done() and not f.cancelled())


def _here(events: Sequence[Event]) -> list[str | None]:
    return [signature_problem(e.key, e.signature, e.body) for e in events]


def ready() -> None:
    """In a helper: nothing; importing this module is what made it ready."""


def check_raw(raws: list[bytes]) -> list[str | None]:
    """In a helper: each event's signature problem, from the event's bytes as read."""
    out: list[str | None] = []
    for raw in raws:
        try:
            data = json.loads(raw.decode("utf-8"))
            signature = data.pop("signature")
            out.append(signature_problem(data["key"], signature, data))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):  # as read here
            out.append("its signature does not match its contents (altered, or forged)")
    return out
