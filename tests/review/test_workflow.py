"""End to end: three laptops and one group folder, driven as their users would."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from authoring import blocks as b
from authoring.kinds import ModuleStatus
from review.anchors import find_quote
from review.approved import approved_request
from review.service import ReviewRefused
from review.state import RequestState, Role, Verdict

from .people import Person, team


@pytest.fixture
def trio(tmp_path: Path, _template_workspace: Path) -> Iterator[tuple[Path, list[Person]]]:
    folder, people = team(tmp_path, _template_workspace, "Ann", "Ben", "Cem")
    yield folder, people
    for person in people:
        person.close()


def test_joining_needs_a_lead_to_confirm(tmp_path: Path, _template_workspace: Path) -> None:
    folder, (ann, ben) = team(tmp_path, _template_workspace, "Ann", "Ben")
    state = ben.review.state()
    assert state.name == "IT creators"
    assert state.member("ann@example.com").role is Role.LEAD
    assert state.member("ben@example.com").confirmed
    assert (folder / "kiem-group.json").is_file()


def test_submit_review_suggest_accept_resubmit_approve_publish(trio) -> None:
    folder, (ann, ben, cem) = trio
    module_id = ann.write_module()
    request = ann.review.submit(module_id, note="First version")
    assert request.version == 1
    reviewer = request.active_reviewers()[0].reviewer
    assert reviewer == "ben@example.com"  # both idle and never assigned: by email
    assert ann.services.modules.snapshot(module_id).status is ModuleStatus.IN_REVIEW

    ben.review.sync()
    inbox = ben.review.inbox()
    assert [r.id for r, _ in inbox.to_me] == [request.id]
    snap, _blobs = ben.review.version(inbox.to_me[0][0])
    anchor = find_quote(snap, 1, "service desk")
    thread = ben.review.comment(str(request.id), "Which number do they call?",
                                anchor=anchor.to_dict(), blocking=True)
    assert thread.pending
    suggestion = ben.review.suggest(str(request.id),
                                    find_quote(snap, 1, "rest the mouse pointer").to_dict(),
                                    "hold the mouse pointer still", "Clearer verb")
    ann.review.sync()
    assert not ann.review.state().threads, "pending threads stay on the reviewer's laptop"

    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES, "Two things")
    ann.review.sync()
    state = ann.review.state()
    assert state.requests[request.id].state is RequestState.CHANGES_REQUESTED
    assert {t.id for t in state.threads.values()} == {thread.id, suggestion.id}
    assert ann.services.modules.snapshot(module_id).status is ModuleStatus.CHANGES_REQUESTED

    ann.review.accept(str(suggestion.id)[:8])
    _, text = ann.text_block(module_id)
    assert "hold the mouse pointer still on it" in text
    ann.review.reply(str(thread.id)[:8], "Added the number: 1234.")
    block_id, text = ann.text_block(module_id)
    ann.services.blocks.edit(block_id, b.TextData(text + " Call 1234."))
    ann.review.resolve(str(thread.id)[:8])
    second = ann.review.submit(module_id, note="Fixed both")
    assert second.version == 2
    assert [a.reviewer for a in second.active_reviewers()] == ["ben@example.com"]

    ben.review.sync()
    from review.diff import module_diff

    old, _ = ben.review.version(ben.review.state().requests[request.id])
    new, _ = ben.review.version(ben.review.state().requests[second.id])
    lines = module_diff(old, new).summary_lines()
    assert any("[-rest-]{+hold+}" in line for line in lines), lines
    ben.review.finish(str(second.id), Verdict.APPROVE)

    ann.review.sync()
    assert ann.review.state().requests[second.id].state is RequestState.APPROVED
    assert ann.services.modules.snapshot(module_id).status is ModuleStatus.APPROVED

    # An admin exports exactly the approved version, even after the author edits again.
    ann.review.set_role("cem@example.com", Role.ADMIN)
    block_id, text = ann.text_block(module_id)
    ann.services.blocks.edit(block_id, b.TextData(text + " A later draft."))
    after_edit = ann.services.modules.snapshot(module_id)
    assert (after_edit.status, after_edit.version) == (ModuleStatus.DRAFT, 3)
    cem.review.sync()
    approved = approved_request(cem.review, str(module_id))
    snap, _ = cem.review.version(approved)
    assert approved.id == second.id
    exported = snap.pages[0].blocks[0].data
    assert isinstance(exported, b.TextData)
    assert "Call 1234." in exported.markdown and "A later draft" not in exported.markdown
    assert snap.version == 2
    cem.review.publish(str(module_id))
    ann.review.sync()
    review = ann.review.state().modules[module_id]
    assert review.published().version == 2
    assert [e.kind for e in review.audit] == [
        "submitted", "commented", "suggested", "verdict", "accepted", "resolved",
        "submitted", "verdict", "published"]
    assert all(e.actor and e.summary for e in review.audit)


def test_a_forged_self_approval_is_refused_and_ignored_when_read(trio) -> None:
    folder, (ann, ben, _cem) = trio
    module_id = ann.write_module()
    request = ann.review.submit(module_id)
    with pytest.raises(ReviewRefused, match="own module"):
        ann.review.finish(str(request.id), Verdict.APPROVE)
    # Written anyway, by a tampered Kiem: readers ignore it.
    from review.events import Kind, make_event

    me = ann.review.me()
    forged = make_event(me.key, group=request.group, kind=Kind.VERDICT, actor=me.email,
                        clock=99, payload={"request": str(request.id), "verdict": "approve"},
                        module=module_id, version=1)
    (folder / "events" / "2026-11" / f"{forged.id}.json").write_bytes(forged.to_json())
    report, = ben.review.sync()
    assert any("own module" in why for _, why in report.ignored)
    assert ben.review.state().requests[request.id].state is RequestState.IN_REVIEW


def test_bad_files_in_the_folder_are_reported_never_fatal(trio) -> None:
    folder, (ann, ben, _cem) = trio
    module_id = ann.write_module()
    request = ann.review.submit(module_id)
    events = sorted((folder / "events").rglob("*.json"))
    submitted = next(p for p in events if str(request.id) in p.name)
    month = submitted.parent
    shutil.copyfile(submitted, month / f"{request.id} (1).json")  # a sync client's copy
    (month / "half.json").write_bytes(submitted.read_bytes()[:60])  # still syncing
    tampered = json.loads(submitted.read_text())
    tampered["payload"]["note"] = "changed by someone else"
    tampered["id"] = "0" * 8 + tampered["id"][8:]
    (month / "tampered.json").write_text(json.dumps(tampered))
    newer = dict(tampered, format=99, id="1" * 8 + tampered["id"][8:])
    (month / "newer.json").write_text(json.dumps(newer))
    report, = ben.review.sync()
    reasons = dict(report.skipped)
    assert "not complete JSON" in reasons["2026-11/half.json"]
    assert "signature" in reasons["2026-11/tampered.json"]
    assert "newer Kiem" in reasons["2026-11/newer.json"]
    assert report.duplicates == 1
    assert ben.review.state().requests[request.id].note == ""
    # The half-written file is read again once it is whole.
    (month / "half.json").write_bytes(submitted.read_bytes())
    report, = ben.review.sync()
    assert "2026-11/half.json" not in dict(report.skipped)


def test_an_unreachable_folder_queues_and_sends_when_back(trio) -> None:
    folder, (ann, ben, _cem) = trio
    module_id = ann.write_module()
    hidden = folder.with_name("away")
    folder.rename(hidden)
    request = ann.review.submit(module_id)
    assert ann.review.waiting() == 1
    report, = ann.review.sync()
    assert not report.ok and report.waiting == 1
    hidden.rename(folder)
    report, = ann.review.sync()
    assert report.ok and report.sent == 1 and ann.review.waiting() == 0
    ben.review.sync()
    assert request.id in ben.review.state().requests


def test_two_laptops_submitting_at_once_both_land(trio) -> None:
    folder, (ann, ben, cem) = trio
    hidden = folder.with_name("away")
    folder.rename(hidden)  # both offline
    first = ann.review.submit(ann.write_module("Ann's module"))
    second = ben.review.submit(ben.write_module("Ben's module"))
    hidden.rename(folder)
    ann.review.sync()
    ben.review.sync()
    cem.review.sync()
    ann.review.sync()
    states = [p.review.state() for p in (ann, ben, cem)]
    for state in states:
        assert {first.id, second.id} <= set(state.requests)
    assert len({frozenset((r.id, r.state) for r in s.requests.values()) for s in states}) == 1


def test_stale_modules_go_back_to_review(trio) -> None:
    folder, (ann, ben, cem) = trio
    ann.review.set_role("cem@example.com", Role.ADMIN)
    module_id = ann.write_module()
    request = ann.review.submit(module_id)
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.APPROVE)
    cem.review.sync()
    cem.review.publish(str(module_id))
    assert cem.review.stale() == []
    ann.clock.advance(days=400)
    stale = cem.review.stale()
    assert [review.id for _, review, _ in stale] == [module_id]
    again = cem.review.send_back(str(module_id))
    assert again.version == 2 and again.author == "ann@example.com"
    snap, _ = cem.review.version(again)  # the published content, numbered as the new request
    assert (snap.version, snap.status) == (2, ModuleStatus.IN_REVIEW)
    assert cem.review.stale() == []


def test_a_forged_copy_under_a_real_events_id_sets_both_aside_everywhere(trio) -> None:
    folder, (ann, ben, cem) = trio
    module_id = ann.write_module()
    request = ann.review.submit(module_id)
    ben.review.sync()
    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES)
    verdict = next(e for e in ben.review.store.events(request.group)[0]
                   if e.kind.value == "verdict")
    ann.review.sync()  # Ann has read the real verdict; Cem reads the forgery first
    from review.events import Kind, make_event

    forged = make_event(ben.review.me().key, group=request.group, kind=Kind.VERDICT,
                        actor=ben.email, clock=verdict.clock, event_id=verdict.id,
                        payload={"request": str(request.id), "verdict": "approve"},
                        module=module_id, version=1)
    month = folder / "events" / "2026-11"
    (month / f"{verdict.id}.json").rename(month / "held-back.json.part")
    (month / "aaaa-forged.json").write_bytes(forged.to_json())
    report, = cem.review.sync()
    (month / "held-back.json.part").rename(month / f"{verdict.id}.json")
    cem.review.sync()
    report, = ann.review.sync()
    assert any("already has this id" in why for _, why in report.skipped)
    for person in (ann, cem):
        state = person.review.state()
        assert state.requests[request.id].reviewers[ben.email].verdict is None
        assert state.requests[request.id].state is RequestState.IN_REVIEW


def test_answers_to_an_unsent_thread_wait_with_it_and_it_can_be_thrown_away(trio) -> None:
    folder, (ann, ben, _cem) = trio
    request = ann.review.submit(ann.write_module())
    ben.review.sync()
    kept = ben.review.comment(str(request.id), "Say who to call.")
    ben.review.reply(str(kept.id), "Also the hours.")
    dropped = ben.review.comment(str(request.id), "Never mind this one.")
    ben.review.discard(str(dropped.id))
    assert dropped.id not in ben.review.state().threads
    ann.review.sync()
    assert not ann.review.state().threads and ben.review.waiting() == 0
    ben.review.finish(str(request.id), Verdict.COMMENT)
    ann.review.sync()
    thread = ann.review.state().threads[kept.id]
    assert [c.text for c in thread.comments] == ["Say who to call.", "Also the hours."]
    assert not ann.review.state().warnings
    with pytest.raises(ReviewRefused, match="not sent yet"):
        ann.review.discard(str(kept.id))


def test_a_sync_says_what_is_new_for_me_even_first_thing_after_a_start(trio) -> None:
    folder, (ann, ben, _cem) = trio
    request = ann.review.submit(ann.write_module())
    from review.service import ReviewService

    restarted = ReviewService(ben.services, clock=ben.clock)  # nothing derived yet
    report, = restarted.sync()
    assert [(n.kind, n.request) for n in report.items] == [("asked", request.id)]
    assert report.news == ["Ann asks you to review “Check a link” v1"]
    restarted.comment(str(request.id), "Who do they call?")
    restarted.finish(str(request.id), Verdict.REQUEST_CHANGES)
    report, = ann.review.sync()
    state_news, comments = report.items
    assert (state_news.kind, state_news.state) == ("state", RequestState.CHANGES_REQUESTED)
    assert (comments.kind, comments.count) == ("comments", 1)


def test_a_suggestion_on_a_quiz_question_edits_the_question(trio) -> None:
    folder, (ann, ben, _cem) = trio
    from authoring.kinds import QuestionKind
    from authoring.questions import Choice, ChoiceData, QuestionDraft

    module_id = ann.write_module()
    page = ann.services.modules.snapshot(module_id).pages[0].id
    ann.services.questions.add_to_page(page, QuestionDraft(
        QuestionKind.SINGLE_CHOICE, "Where does the link go?", ChoiceData((
            Choice("a", "Where its text says", feedback="Text can lie."),
            Choice("b", "Where the hover address says", True)))))
    request = ann.review.submit(module_id)
    ben.review.sync()
    snap, _ = ben.review.version(request)
    thread = ben.review.suggest(str(request.id), find_quote(snap, 1, "Text can lie.").to_dict(),
                                "The text can say anything.")
    ben.review.finish(str(request.id), Verdict.REQUEST_CHANGES)
    ann.review.sync()
    ann.review.accept(str(thread.id))
    question = ann.services.modules.snapshot(module_id).questions[0]
    assert question.data.choices[0].feedback == "The text can say anything."
    assert ann.review.state().threads[thread.id].suggestion == "accepted"


def test_a_comment_is_changed_only_while_it_waits_unsent_and_only_by_its_writer(trio) -> None:
    _folder, (ann, ben, cem) = trio
    request = ann.review.submit(ann.write_module(), reviewers=[ben.email, cem.email])
    ben.review.sync()
    cem.review.sync()
    thread = ben.review.comment(str(request.id), "Typo here")
    revised = ben.review.revise(str(thread.id), text="A typo in step 2", blocking=True)
    assert (revised.comments[0].text, revised.blocking, revised.pending) == (
        "A typo in step 2", True, True)
    with pytest.raises(ReviewRefused, match="empty"):
        ben.review.revise(str(thread.id), text="  ")
    ben.review.finish(str(request.id), Verdict.COMMENT)
    with pytest.raises(ReviewRefused, match="not sent yet can be changed; reply"):
        ben.review.revise(str(thread.id), text="Too late")
    ann.review.sync()
    (shared,) = ann.review.state().threads.values()
    assert (shared.comments[0].text, shared.blocking) == ("A typo in step 2", True)
    with pytest.raises(ReviewRefused):
        ann.review.revise(str(shared.id), blocking=False)
