"""Across groups: what an admin (or anyone) sees of every group the workspace follows.

Per group: its members, versions approved and waiting for export, published modules with
version and date, and stale ones; worked out from each group's review state, so it says
exactly what `kiem review`, `kiem stale` and the studio's admin view say.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from review.service import ReviewService
    from review.state import GroupState


def overview(review: ReviewService) -> list[dict[str, Any]]:
    """Every group of the workspace, as JSON-ready data, by name."""
    today = review.today()
    return [_group(review.state(g.id), g.folder, today) for g in review.groups()]


def _group(state: GroupState, place: str, today: dt.date) -> dict[str, Any]:
    approved, published, stale = [], [], []
    for module in sorted(state.modules.values(), key=lambda m: m.title.lower()):
        request = module.approved()
        if request is not None:
            approved.append({"module": str(module.id), "title": request.title,
                             "version": request.version, "author": request.author})
        pub = module.published()
        if pub is not None:
            published.append({"module": str(module.id), "title": pub.title,
                              "version": pub.version,
                              "published": pub.published_at.date().isoformat()
                              if pub.published_at else None})
        if module.is_stale(state.policy, today):
            due = module.review_by(state.policy)
            stale.append({"module": str(module.id), "title": module.title,
                          "review_by": due.isoformat() if due else None})
    return {"group": str(state.id), "name": state.name, "place": place,
            "members": sum(1 for m in state.members.values() if m.confirmed),
            "approved": approved, "published": published, "stale": stale}


def catalogue(review: ReviewService, text: str = "") -> list[dict[str, Any]]:
    """Published modules of every group the workspace follows, whose title or group has `text`.

    What a creator searches before writing a module someone may have written already.
    """
    wanted = text.casefold().strip()
    found = []
    for group in review.groups():
        state = review.state(group.id)
        for module in state.modules.values():
            pub = module.published()
            if pub is None or (wanted and wanted not in f"{pub.title} {state.name}".casefold()):
                continue
            found.append({"module": str(module.id), "title": pub.title, "group": state.name,
                          "version": pub.version, "author": pub.author,
                          "published": pub.published_at.date().isoformat()
                          if pub.published_at else None})
    return sorted(found, key=lambda f: (f["title"].casefold(), f["group"].casefold()))


def reuse(review: ReviewService, module_ref: str) -> Any:  # noqa: ANN401 - Changes
    """Copy a module's published version into my workspace as a new draft of mine."""
    from authoring.kinds import ModuleStatus  # noqa: PLC0415
    from authoring.services.inserting import as_copy, insert_snapshot  # noqa: PLC0415
    from review.errors import ReviewRefused  # noqa: PLC0415

    _state, module = review.module_review(module_ref)
    pub = module.published()
    if pub is None:
        raise ReviewRefused(f"“{module.title}” has no published version to reuse")
    snap, blobs = review.version(pub)
    mine = dataclasses.replace(as_copy(snap), status=ModuleStatus.DRAFT, version=1,
                               owner=review.me().email, review_by=None)
    return insert_snapshot(review.services.workspace, mine, blobs)


def waiting_for_export(review: ReviewService) -> list[str]:
    """The id of every module with a version approved and not yet published, in my groups."""
    return [str(mid) for state in review.all_states() for mid, module in state.modules.items()
            if module.approved() is not None]
