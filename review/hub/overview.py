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
    from review.digest import GroupDigest
    from review.service import ReviewService


def overview(review: ReviewService) -> list[dict[str, Any]]:
    """Every group of the workspace, as JSON-ready data, by name."""
    today = review.today()
    return [_group(review.digest(g.id), g.folder, today) for g in review.groups()]


def _group(digest: GroupDigest, place: str, today: dt.date) -> dict[str, Any]:
    approved, published, stale = [], [], []
    for module in sorted(digest.modules, key=lambda m: m.title.lower()):
        if module.approved is not None:
            approved.append({"module": str(module.id), "title": module.approved.title,
                             "version": module.approved.version,
                             "author": module.approved.author})
        if module.published is not None:
            published.append({"module": str(module.id), "title": module.published.title,
                              "version": module.published.version,
                              "published": module.published.published})
        if module.is_stale(today):
            stale.append({"module": str(module.id), "title": module.title,
                          "review_by": module.review_by})
    return {"group": str(digest.id), "name": digest.name, "place": place,
            "members": digest.members, "approved": approved, "published": published,
            "stale": stale}


def catalogue(review: ReviewService, text: str = "") -> list[dict[str, Any]]:
    """Published modules of every group the workspace follows, whose title or group has `text`.

    What a creator searches before writing a module someone may have written already.
    """
    wanted = text.casefold().strip()
    found = []
    for group in review.groups():
        digest = review.digest(group.id)
        for module in digest.modules:
            pub = module.published
            if pub is None or (wanted and wanted not in f"{pub.title} {digest.name}".casefold()):
                continue
            found.append({"module": str(module.id), "title": pub.title, "group": digest.name,
                          "version": pub.version, "author": pub.author,
                          "published": pub.published})
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
