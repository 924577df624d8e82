"""A large batch extends what the group had at my last sync, even interleaved with mine.

While helpers check a large batch's signatures, the sync derives the state of the events
everyone had when I last synced (not mine made since, which may sort among theirs) and then
extends it with mine and theirs; the state must be the one derived from all events afresh.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import review.core
from review import signatures
from review.service import ReviewService
from review.state import derive

from .people import Person


def test_the_state_after_a_week_apart_is_the_state_derived_afresh(
        pair: tuple[Path, list[Person]], monkeypatch: pytest.MonkeyPatch) -> None:
    if (os.cpu_count() or 1) < 2:
        pytest.skip("helpers need a second core")
    folder, (ann, ben) = pair
    monkeypatch.setattr(signatures, "PARALLEL_FROM", 1)  # helpers for any batch
    away = folder.with_name("away")
    folder.rename(away)  # Ann's laptop goes offline: her events wait in her outbox
    for n in range(30):
        ann.review.set_away(n % 2 == 0)
    away.rename(folder)
    for n in range(40):  # meanwhile Ben's reach the folder, from the same clock on
        ben.review.set_away(n % 2 == 0)
    group = ann.review.group().id
    derived = []
    real = review.core.derive
    monkeypatch.setattr(review.core, "derive", lambda *a, **k: derived.append(a) or real(*a, **k))
    syncing = ReviewService(ann.services, clock=ann.clock)  # a new `kiem sync`: none held
    (report,) = syncing.sync()
    assert (report.sent, report.received) == (30, 40)
    held = syncing.state(group)
    events, pending = syncing.store.events(group)
    assert len(derived) == 1 and len(derived[0][1]) == len(events) - 70  # what all had
    assert held == derive(group, events, pending,
                          founder_key=syncing.store.groups()[0].founder_key)
    assert held == ReviewService(ann.services).state(group)  # another process, all afresh
