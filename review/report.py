"""What one sync of one group did, for people and as JSON.

Kept apart from `review.sync` (which reads and writes the workspace through the database
layer) so that `review.hub.quick` can answer a sync with nothing to do without importing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uuid

    from review.events import Event

RETRY = "retry:"  # outcome prefix of files to read again next time (partial, newer format)


@dataclass
class SyncReport:
    """What one sync of one group did."""

    group: uuid.UUID
    group_name: str
    sent: int = 0
    received: int = 0
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    ignored: list[tuple[str, str]] = field(default_factory=list)  # (event, rule it broke)
    waiting: int = 0  # events still waiting to be sent
    clashes: int = 0  # events stored beside another under the same id (both set aside)
    unreachable: str = ""
    news: list[str] = field(default_factory=list)  # one line per new thing for me
    items: list[Any] = field(default_factory=list, repr=False)  # the same, as service.News
    arrived: list[Event] = field(default_factory=list, repr=False)  # events read this time

    @property
    def ok(self) -> bool:
        """True when the folder was reached."""
        return not self.unreachable

    def lines(self) -> list[str]:
        """The report as lines for people."""
        if self.unreachable:
            return [f"{self.group_name}: {self.unreachable}; {self.waiting} waiting to send"]
        head = (f"{self.group_name}: sent {self.sent}, received {self.received}"
                + (f", {self.duplicates} duplicate copies skipped" if self.duplicates else ""))
        out = [head]
        out += [f"  skipped {name}: {why}" for name, why in self.skipped]
        out += [f"  ignored {name}: {why}" for name, why in self.ignored]
        out += [f"  {line}" for line in self.news]
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON data."""
        return {"group": str(self.group), "name": self.group_name, "ok": self.ok,
                "sent": self.sent, "received": self.received, "duplicates": self.duplicates,
                "waiting": self.waiting, "unreachable": self.unreachable,
                "skipped": [{"file": n, "reason": r} for n, r in self.skipped],
                "ignored": [{"event": n, "reason": r} for n, r in self.ignored],
                "news": self.news}
