"""What a sync brought that concerns me: asked to review, my request's new state, comments."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from review.events import Event, Kind
from review.state import OPEN_STATES, GroupState, RequestState, as_uuid


@dataclass(frozen=True)
class News:
    """Something a sync brought that concerns me (the studio words it in its language)."""

    kind: str  # "asked" (to review), "state" (of my request), "comments" (on my threads)
    title: str
    version: int
    who: str
    request: uuid.UUID | None
    state: RequestState | None = None
    count: int = 0

    def line(self) -> str:
        """The news in plain English, for the command line."""
        if self.kind == "asked":
            return f"{self.who} asks you to review “{self.title}” v{self.version}"
        if self.kind == "state" and self.state is not None:
            return (f"“{self.title}” v{self.version} is now "
                    f"{self.state.value.replace('_', ' ')}")
        return f"{self.count} new comment(s) or replies for you"


def news_for(me: str, arrived: list[Event], after: GroupState) -> list[News]:
    """What the events that just arrived mean for me (also on the first sync after start)."""
    news: dict[tuple[str, uuid.UUID], News] = {}
    comments = 0
    for event in arrived:
        if event.actor == me:
            continue
        request = after.requests.get(event.id) or after.requests.get(
            as_uuid(event.payload.get("request")) or uuid.UUID(int=0))
        thread = after.threads.get(as_uuid(event.payload.get("thread")) or event.id)
        if event.kind in (Kind.SUBMITTED, Kind.STALE_REVIEW, Kind.REASSIGNED) \
                and request is not None and me in request.reviewers \
                and request.reviewers[me].active and request.state in OPEN_STATES:
            author = after.members.get(request.author)
            news["asked", request.id] = News("asked", request.title, request.version,
                                             author.name if author else request.author,
                                             request.id)
        elif event.kind in (Kind.VERDICT, Kind.PUBLISHED) and request is not None \
                and request.author == me:
            news["state", request.id] = News("state", request.title, request.version,
                                             event.actor, request.id, request.state)
        elif event.kind in (Kind.COMMENTED, Kind.SUGGESTED, Kind.REPLIED) \
                and thread is not None and me in (
                    after.modules[thread.module].author, thread.author):
            comments += 1
    items = sorted(news.values(), key=lambda n: (n.kind, n.title))
    if comments:
        items.append(News("comments", "", 0, "", None, count=comments))
    return items
