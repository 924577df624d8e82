"""Comment threads: comments, suggestions, replies, resolving, accepting and declining."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from authoring.services import Changes
from review.core import ReviewCore
from review.errors import ReviewRefused
from review.events import Kind, make_event
from review.model import OPEN_STATES, Request, Thread, as_uuid
from review.store import PENDING
from review.suggestions import SuggestedEdit


class ThreadActions(ReviewCore):
    """The thread side of the review service (reviewers propose, authors decide)."""

    def comment(self, request_ref: str | uuid.UUID, text: str, *,
                anchor: Mapping[str, Any] | None = None, blocking: bool = False) -> Thread:
        """Open a comment thread on a version (held back until my verdict when I review it)."""
        state, request = self.request(str(request_ref))
        if not text.strip():
            raise ReviewRefused("the comment is empty")
        event = self._emit(state.id, Kind.COMMENTED,
                           {"request": str(request.id), "anchor": dict(anchor) if anchor else None,
                            "text": text, "blocking": blocking},
                           module=request.module, version=request.version,
                           pending=self._reviewing(request))
        return self.state(state.id).threads[event.id]

    def suggest(self, request_ref: str | uuid.UUID, anchor: Mapping[str, Any],
                replacement: str, text: str = "") -> Thread:
        """Propose replacement text for a quoted passage (reviewers propose, never edit)."""
        state, request = self.request(str(request_ref))
        event = self._emit(state.id, Kind.SUGGESTED,
                           {"request": str(request.id), "anchor": dict(anchor),
                            "replacement": replacement, "text": text},
                           module=request.module, version=request.version,
                           pending=self._reviewing(request))
        return self.state(state.id).threads[event.id]

    def _reviewing(self, request: Request) -> bool:
        a = request.reviewers.get(self.me().email)
        return a is not None and a.active and a.verdict is None \
            and request.state in OPEN_STATES

    def reply(self, thread_ref: str, text: str) -> Thread:
        """Answer in a thread."""
        state, thread = self.thread(thread_ref)
        if not text.strip():
            raise ReviewRefused("the reply is empty")
        self._emit(state.id, Kind.REPLIED, {"thread": str(thread.id), "text": text},
                   module=thread.module, version=thread.version, pending=thread.pending)
        return self.state(state.id).threads[thread.id]

    def resolve(self, thread_ref: str, *, reopen: bool = False) -> Thread:
        """Mark a thread resolved (or open again)."""
        state, thread = self.thread(thread_ref)
        if thread.resolved != reopen:
            raise ReviewRefused(f"the thread is {'open' if reopen else 'resolved'} already")
        self._emit(state.id, Kind.REOPENED if reopen else Kind.RESOLVED,
                   {"thread": str(thread.id)}, module=thread.module, version=thread.version,
                   pending=thread.pending)  # my unsent thread: its answers wait with it
        return self.state(state.id).threads[thread.id]

    def discard(self, thread_ref: str) -> None:
        """Throw away one of my threads not yet sent (held back until my verdict)."""
        state, thread = self.thread(thread_ref)
        if not thread.pending:
            raise ReviewRefused("only a thread you have not sent yet can be thrown away; "
                                "resolve it instead")
        ids = [e.id for e in self.store.in_state(state.id, PENDING)
               if e.id == thread.id or as_uuid(e.payload.get("thread")) == thread.id]
        self.store.drop_pending(state.id, ids)
        self._states.pop(state.id, None)

    def revise(self, thread_ref: str, *, text: str | None = None,
               blocking: bool | None = None) -> Thread:
        """Change one of my comments not sent yet: its words, or whether it blocks approval.

        Nobody has it yet, so it is signed again in place; a sent comment is answered with a
        reply instead.
        """
        state, thread = self.thread(thread_ref)
        me = self.me()
        if not thread.pending or thread.author != me.email:
            raise ReviewRefused("only a comment of yours not sent yet can be changed; reply "
                                "to it instead")
        held = next((e for e in self.store.in_state(state.id, PENDING) if e.id == thread.id),
                    None)
        if held is None:
            raise ReviewRefused("that comment is no longer waiting on this laptop")
        payload = dict(held.payload)
        if text is not None:
            if not text.strip():
                raise ReviewRefused("the comment is empty")
            payload["text"] = text
        if blocking is not None:
            if held.kind is not Kind.COMMENTED:
                raise ReviewRefused("only a comment can block approval, not a suggestion")
            payload["blocking"] = blocking
        revised = make_event(me.key, group=state.id, kind=held.kind, actor=me.email,
                             clock=held.clock, payload=payload, module=held.module,
                             version=held.version, at=self._now(), event_id=held.id)
        self.store.replace_pending(state.id, [revised], PENDING)
        self._states.pop(state.id, None)
        return self.state(state.id).threads[thread.id]

    def suggestion_edit(self,
                        thread_ref: str) -> tuple[Thread, uuid.UUID | None, Any, str]:
        """Work out the edit a suggestion makes in my current draft.

        Returns (thread, block or question id, its new data or draft, problem): when the
        quoted text changed in the meantime, the new value is None and `problem` says what
        the draft says now.
        """
        _state, edit = self._suggested(thread_ref)
        thread = self.thread(thread_ref)[1]
        return thread, edit.target_id, edit.value, edit.problem

    def _suggested(self, thread_ref: str) -> tuple[Thread, SuggestedEdit]:
        from review.suggestions import suggested_edit  # noqa: PLC0415

        state, thread = self.thread(thread_ref)
        if thread.suggestion != "pending":
            raise ReviewRefused("that thread is not a suggestion waiting for an answer")
        if self.me().email != state.modules[thread.module].author:
            raise ReviewRefused("only the module's author accepts suggestions")
        draft = self.services.modules.snapshot(thread.module)
        return thread, suggested_edit(draft, thread.anchor or {}, thread.replacement or "")

    def accept(self, thread_ref: str, *,
               run: Callable[[Callable[[], Changes]], Changes | None] | None = None,
               ) -> Changes | None:
        """Accept a suggestion: one edit of my draft (a block or a question), then the event.

        `run` makes the edit from the service call it is given (the studio passes one that
        puts it on the undo stack). Refused, with both texts, when the quoted passage
        changed in the meantime.
        """
        thread, suggested = self._suggested(thread_ref)
        if suggested.value is None or suggested.target_id is None:
            raise ReviewRefused(suggested.problem or "the suggested passage cannot be found")
        state, _ = self.thread(str(thread.id))
        accepted = self._make(state.id, Kind.ACCEPTED, {"thread": str(thread.id)},
                              module=thread.module, version=thread.version)
        call = suggested.call(self.services)  # the rules allow it: now edit, then record
        changes = run(call) if run is not None else call()
        if changes is None:
            return None
        self._store(accepted)
        return changes

    def take_back_acceptance(self, thread_ref: str) -> Thread:
        """Record that I undid accepting a suggestion: it waits for my answer again.

        The studio calls this when Undo takes the accepted text back, so reviewers are never
        told of a change that is not in the draft.
        """
        return self._record_answer(thread_ref, Kind.UNACCEPTED, "accepted",
                                   "that suggestion is not accepted")

    def accept_again(self, thread_ref: str) -> Thread:
        """Record accepting a suggestion once more (Redo brought its text back)."""
        return self._record_answer(thread_ref, Kind.ACCEPTED, "pending",
                                   "that thread is not a suggestion waiting for an answer")

    def _record_answer(self, thread_ref: str, kind: Kind, now: str,
                       refusal: str) -> Thread:
        """Emit `kind` for a suggestion whose answer is `now` (the edit itself is undo's)."""
        state, thread = self.thread(thread_ref)
        if thread.suggestion != now:
            raise ReviewRefused(refusal)
        self._emit(state.id, kind, {"thread": str(thread.id)},
                   module=thread.module, version=thread.version)
        return self.state(state.id).threads[thread.id]

    def decline(self, thread_ref: str, reason: str) -> Thread:
        """Decline a suggestion, saying why."""
        state, thread = self.thread(thread_ref)
        if not reason.strip():
            raise ReviewRefused("say why you decline the suggestion")
        self._emit(state.id, Kind.DECLINED, {"thread": str(thread.id), "reason": reason},
                   module=thread.module, version=thread.version)
        return self.state(state.id).threads[thread.id]

