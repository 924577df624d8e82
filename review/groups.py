"""Creator groups: founding and joining through a shared folder, the roster, the policy."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from review.core import ReviewCore
from review.errors import ReviewRefused
from review.events import Event, EventError, Kind, fingerprint, make_event, parse_event
from review.state import Policy, Role
from review.store import Group
from review.transport import FolderTransport, Transport

if TYPE_CHECKING:
    from review.hub.transport import HubTransport


class GroupActions(ReviewCore):
    """The group side of the review service (leads keep the roster and the rules)."""

    def create_group(self, name: str, folder: Path,
                     policy: Policy | None = None) -> Group:
        """Found a group in a shared folder; I become its lead."""
        self.me()  # refuse before anything is written when I have not said who I am
        name = name.strip()
        if not name:
            raise ReviewRefused("the group needs a name")
        folder = folder.expanduser().absolute()
        folder.mkdir(parents=True, exist_ok=True)
        return self._found(FolderTransport(folder), str(folder), uuid.uuid4(), name, policy)

    def found_hub_group(self, url: str, group_id: uuid.UUID, name: str,
                        policy: Policy | None = None) -> Group:
        """Found the review group of a hub group an admin made; I become its lead."""
        transport = self._hub(url, group_id)
        if self._founded_on_hub(transport):
            raise ReviewRefused(f"“{name}” on the hub has been founded already; join it")
        return self._found(transport, url, group_id, name, policy)

    @staticmethod
    def _founded_on_hub(transport: HubTransport) -> bool:
        """True when the hub group (visible to me) has its founding event."""
        try:
            transport.check()
            return transport.founded()
        finally:
            transport.close()

    def _found(self, transport: Transport, place: str, group_id: uuid.UUID,
               name: str, policy: Policy | None) -> Group:
        me = self.me()
        event = make_event(me.key, group=group_id, kind=Kind.GROUP_CREATED, actor=me.email,
                           clock=1, event_id=group_id, at=self._now(),
                           payload={"name": name, "founder_name": me.name,
                                    "policy": (policy or Policy()).to_dict()})
        try:
            transport.write_group(event)
            transport.write_event(event)
        finally:
            transport.close()
        self.store.add_group(group_id, name, place, event.key)
        self.store.add([event], "shared")
        self._states.pop(group_id, None)
        return self._group(group_id)

    def join_group(self, folder: Path) -> Group:
        """Join the group whose folder this is; a lead confirms me at their next sync."""
        folder = folder.expanduser().absolute()
        return self._join(FolderTransport(folder), str(folder), folder.name)

    def join_hub_group(self, url: str, group_id: uuid.UUID) -> Group:
        """Join a group of a team hub (an admin or lead made me a member there first)."""
        return self._join(self._hub(url, group_id), url, str(group_id))

    def move_to_hub(self, url: str, group: uuid.UUID | None = None) -> Group:
        """Let one of my folder groups live on the hub its history was moved to."""
        mine = self._group(group) if group else self.group()
        founding = self._founding(self._hub(url, mine.id), url)
        if founding.key != mine.founder_key:
            raise ReviewRefused(f"the hub's group {mine.id} was founded with another key than "
                                f"“{mine.name}”: it is not the same group; nothing was changed")
        self.store.add_group(mine.id, mine.name, url, mine.founder_key)
        self.store.forget_folder_files(mine.id)  # the hub has them all, and its own cursor
        self.sync(mine.id)
        return self._group(mine.id)

    def follow_hub(self, url: str, group_ids: list[uuid.UUID]) -> list[Group]:
        """Follow hub groups I may read (an admin: all of them) without joining each.

        Their events come in with every sync, so the admin view, `stale` and the audit trail
        cover them; acting in a group (publishing) still takes a role in its roster.
        """
        known = {g.id for g in self.store.groups()}
        followed = []
        for group_id in group_ids:
            transport = self._hub(url, group_id)
            if group_id in known or not self._founded_on_hub(transport):
                continue  # mine already, or not founded by its lead yet: nothing to follow
            founding = self._founding(transport, url)
            name = str(founding.payload.get("name", "")) or str(group_id)
            self.store.add_group(group_id, name, url, founding.key)
            self.store.add([founding], "shared")
            followed.append(group_id)
        for group_id in followed:
            self.sync(group_id)
        return [self._group(g) for g in followed]

    def _founding(self, transport: Transport, place: str) -> Event:
        """Read and check a group's founding event from where it lives."""
        try:
            transport.check()
            raw = transport.read_group()
        finally:
            transport.close()
        try:
            founding = parse_event(raw)
        except EventError as exc:
            raise ReviewRefused(f"{place}: its group file cannot be used: {exc}") from None
        if founding.kind is not Kind.GROUP_CREATED or founding.id != founding.group:
            raise ReviewRefused(f"{place}: its group file is not a founding event")
        return founding

    def _join(self, transport: Transport, place: str, fallback: str) -> Group:
        me = self.me()
        founding = self._founding(transport, place)
        name = str(founding.payload.get("name", "")) or fallback
        self.store.add_group(founding.group, name, place, founding.key)
        self.store.add([founding], "shared")
        self.sync(founding.group)
        state = self.state(founding.group)
        member = state.members.get(me.email)
        from review.events import encode_key  # noqa: PLC0415

        if member is None or encode_key(me.key.public_key()) not in member.keys | member.offered:
            self._emit(founding.group, Kind.MEMBER_JOINED, {"name": me.name})
        return self._group(founding.group)

    def confirm(self, email: str, group: uuid.UUID | None = None,
                fingerprint_seen: str | None = None) -> None:
        """Confirm a member who asked to join, pinning the key they joined with (leads).

        `fingerprint_seen` is the fingerprint the lead compared with the person; without it
        the only key offered under that email is confirmed, and several are refused.
        """
        gid = group or self.group().id
        email = email.strip().lower()
        member = self.state(gid).members.get(email)
        if member is None:
            raise ReviewRefused(f"{email} has not asked to join; they run kiem group join first")
        waiting = member.waiting_keys()
        if fingerprint_seen is not None:
            wanted = "".join(fingerprint_seen.split()).lower()
            waiting = [k for k in waiting if "".join(fingerprint(k).split()) == wanted]
            if not waiting:
                raise ReviewRefused(f"no key waiting for {email} has the fingerprint "
                                    f"{fingerprint_seen}; ask them to read theirs again")
        if not waiting:
            raise ReviewRefused(f"{email} is confirmed already")
        if len(waiting) > 1:
            raise ReviewRefused(f"{len(waiting)} different keys asked to join as {email} "
                                f"({', '.join(fingerprint(k) for k in waiting)}); compare "
                                "with theirs and confirm the right one by its fingerprint")
        self._emit(gid, Kind.MEMBER_CONFIRMED, {"email": email, "key": waiting[0]})

    def set_role(self, email: str, role: Role | str,
                 group: uuid.UUID | None = None) -> None:
        """Make a member lead, member or admin (leads)."""
        try:
            role = Role(role)
        except ValueError:
            raise ReviewRefused(f"“{role}” is not a role (lead, member, admin)") from None
        self._emit(group or self.group().id, Kind.MEMBER_ROLE,
                   {"email": email.strip().lower(), "role": role.value})

    def set_away(self, away: bool, email: str | None = None,  # noqa: FBT001 - reads plainly
                 group: uuid.UUID | None = None) -> None:
        """Mark myself (or, as a lead, someone) away or back."""
        self._emit(group or self.group().id, Kind.MEMBER_AWAY,
                   {"email": (email or self.me().email).strip().lower(), "away": away})

    def set_policy(self, policy: Policy, group: uuid.UUID | None = None) -> None:
        """Change the group's review policy (leads)."""
        self._emit(group or self.group().id, Kind.POLICY_SET, policy.to_dict())

