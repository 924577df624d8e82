"""The version an admin exports: the one a group approved (else the published one), frozen.

Never the workspace's draft, which may differ or not even be here. `kiem export --approved`
and the studio's admin view both export what this finds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from review.errors import ReviewRefused

if TYPE_CHECKING:
    from authoring.snapshot import ModuleSnap
    from review.model import Request
    from review.service import ReviewService

Load = Callable[[], "tuple[ModuleSnap, dict[str, bytes]]"]


def approved_request(review: ReviewService, module_ref: str) -> Request:
    """Return the request of a module's version to export; refuse when there is none."""
    _state, module = review.module_review(module_ref)
    request = module.approved() or module.published()
    if request is None:
        raise ReviewRefused(f"“{module.title}” has no approved version; it is "
                            f"{module.latest.state.value.replace('_', ' ')}")
    return request


def approved_sources(review: ReviewService, refs: Iterable[str]) -> list[Load]:
    """Find each module's version to export, refusing before any is read; each read later.

    A source returns the frozen version (numbered and marked as approved or published) and
    its files, fetched from the group when this workspace does not hold them yet.
    """
    requests = [approved_request(review, ref) for ref in refs]
    return [functools.partial(review.version, request) for request in requests]
