"""Anchoring review comments to a version and finding them again in newer versions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from authoring.blocks import CalloutData, QuestionRef, Section, SectionsData
from authoring.errors import KiemError
from authoring.kinds import BlockKind
from authoring.snapshot import ModuleSnap
from review.anchors import (
    Anchor,
    AnchorError,
    AnchorState,
    anchor_in_block,
    anchor_on_page,
    apply_suggestion,
    find_quote,
    passages,
    relocate,
)

from .snaps import BANK, block, every_kind, module, page, pid, text

STEPS = ("Bend your knees and keep your back straight.\n\n"
         "Hold the load close to your body. Then lift with your legs, not your back.")


def steps_module(version: int = 1, steps: str = STEPS) -> ModuleSnap:
    return module(page(1, "Steps", text("t1", steps),
                       block("c1", CalloutData(markdown="Rest when your arms shake."))),
                  page(2, "Practice", text("t2", "Try it with an empty box.")), version=version)


# --- passages ---------------------------------------------------------------------------------


def test_passages_list_every_text_field_of_every_block_kind_in_reading_order():
    found = [(p.block, p.field, p.text) for p in passages(every_kind())]
    draw = f"questions/{BANK.questions[0].id}/stem"
    assert found == [
        ("", "title", "Before you lift"),
        ("t1", "text", "Plan the route first."),
        ("i1", "alt", "A worker bends"), ("i1", "caption", "Knees, not back"),
        ("v1", "title", "Lifting video"), ("v1", "transcript", "Narrator: bend the knees."),
        ("c1", "title", "Careful"), ("c1", "text", "Never twist."),
        ("a1", "items/0/title", "Heavy"), ("a1", "items/0/body", "Ask a colleague."),
        ("a1", "items/1/title", "Light"), ("a1", "items/1/body", "Still plan."),
        ("tb1", "items/0/title", "One"), ("tb1", "items/0/body", "First tab."),
        ("f1", "cards/0/front", "Load"), ("f1", "cards/0/back", "What you carry"),
        ("at1", "label", "Checklist"), ("at1", "filename", "lift.pdf"),
        ("", "title", "Think"),
        ("r1", "title", "Your habits"), ("r1", "prompt", "When did you last lift?"),
        ("s1", "prompt", "A box blocks the door."),
        ("s1", "choices/go/label", "Lift it"), ("s1", "choices/go/feedback", "Plan first."),
        ("s1", "choices/ask/label", "Ask for help"),
        ("", "title", "Quiz"),
        ("q1", "question/title", "Grip"), ("q1", "question/stem", "Which grip is safe?"),
        ("q1", "question/options/a/text", "Palm grip"),
        ("q1", "question/options/a/feedback", "Yes, the whole hand."),
        ("q1", "question/options/b/text", "Finger grip"),
        ("q1", "question/options/b/feedback", "Fingers tire fast."),
        ("q1", "question/feedback_correct", "Well done."),
        ("q1", "question/feedback_incorrect", "Look again."),
        ("q2", "question/stem", "Bend your back."),
        ("q2", "question/feedback_true", "No, bend the knees."),
        ("q2", "question/feedback_false", "Right."),
        ("q3", "question/stem", "Keep the load ___ to you."),
        ("q3", "question/answers/0/text", "close"), ("q3", "question/answers/0/feedback",
                                                      "Exactly."),
        ("q3", "question/answers/1/text", "near"),
        ("q4", "question/stem", "Match the weights."),
        ("q4", "question/pairs/a/left", "Box"), ("q4", "question/pairs/a/right", "Light"),
        ("q4", "question/pairs/b/left", "Crate"), ("q4", "question/pairs/b/right", "Heavy"),
        ("q4", "question/distractors/0", "Liquid"),
        ("q5", "question/stem", "Order the steps."),
        ("q5", "question/items/a/text", "Plan"), ("q5", "question/items/b/text", "Lift"),
        ("q6", "question/stem", "Maximum kilograms?"),
        ("q6", "question/answers/0/feedback", "The guideline."),
        # the draw's tag keeps only the bank question tagged "twist"
        ("d1", draw, "Twist while lifting."),
    ]


def test_tabs_passages_use_the_same_fields_as_an_accordion():
    snap = module(page(1, "Tabs", block("x", SectionsData((Section("A", "b"),)), BlockKind.TABS)))
    assert [p.field for p in passages(snap) if p.block] == ["items/0/title", "items/0/body"]


def test_passages_carry_their_page_and_a_label_for_listings():
    snap = every_kind()
    by_field = {(p.block, p.field): p for p in passages(snap)}
    assert by_field["c1", "text"].label == "page 'Before you lift' · callout"
    assert by_field["c1", "text"].page_id == str(pid(1))
    assert [p.label for p in passages(snap) if not p.block] == [
        "page 'Before you lift'", "page 'Think'", "page 'Quiz'"]
    assert by_field["d1", f"questions/{BANK.questions[0].id}/stem"].label == (
        "page 'Quiz' · question draw")


def test_a_question_block_whose_question_is_missing_has_no_passages():
    snap = module(page(1, "Quiz", block("q1", QuestionRef("no-such-question"))))
    assert [(p.block, p.field) for p in passages(snap)] == [("", "title")]


# --- anchoring a quote ------------------------------------------------------------------------


def test_reviewer_quotes_a_phrase_that_occurs_once_and_gets_its_anchor():
    anchor = find_quote(steps_module(), 1, "close to your body")
    assert anchor == Anchor(
        version=1, page_id=str(pid(1)), block="t1", field="text", quote="close to your body",
        before="r back straight.\n\nHold the load ", after=". Then lift with your legs, not ",
        offset=STEPS.index("close to your body"))
    assert len(anchor.before) == len(anchor.after) == 32


def test_quoting_a_question_option_anchors_the_question_block():
    anchor = find_quote(every_kind(), 4, "Finger grip")
    assert (anchor.block, anchor.field, anchor.offset, anchor.before, anchor.after) == (
        "q1", "question/options/b/text", 0, "", "")


def test_quoting_a_page_title_anchors_the_page():
    anchor = find_quote(steps_module(), 1, "Practice")
    assert (anchor.page_id, anchor.block, anchor.field) == (str(pid(2)), "", "title")


def test_a_quote_no_passage_says_is_refused_with_what_to_do():
    with pytest.raises(AnchorError) as caught:
        find_quote(steps_module(), 3, "bend your knees")
    assert str(caught.value) == ("no passage of version 3 says “bend your knees”; "
                                 "copy the quote exactly (it is case-sensitive)")
    assert isinstance(caught.value, KiemError)


def test_an_ambiguous_quote_names_where_it_occurs_and_asks_for_more():
    with pytest.raises(AnchorError) as caught:
        find_quote(steps_module(), 2, "your")
    assert str(caught.value) == (
        "“your” appears 6 times in version 2 (page 'Steps' · text, page 'Steps' · callout); "
        "quote more of it")


def test_an_ambiguous_quote_in_many_places_lists_three_of_them():
    snap = module(*(page(n, f"P{n}", text(f"t{n}", "same")) for n in range(5)))
    with pytest.raises(AnchorError, match=r"\(page 'P0' · text, page 'P1' · text, page 'P2' · "
                                          r"text, …\); quote more of it"):
        find_quote(snap, 1, "same")


def test_overlapping_occurrences_count_as_several():
    snap = module(page(1, "Steps", text("t1", "aaa")))
    with pytest.raises(AnchorError, match="appears 2 times"):
        find_quote(snap, 1, "aa")


def test_an_empty_quote_is_refused():
    with pytest.raises(AnchorError, match="an empty quote anchors nothing"):
        find_quote(steps_module(), 1, "")


def test_a_selection_in_a_block_takes_the_occurrence_nearest_the_cursor():
    legs = STEPS.index("your legs")
    anchor = anchor_in_block(steps_module(), 1, "t1", "your", occurrence_hint_offset=legs + 2)
    assert (anchor.block, anchor.offset, anchor.after) == ("t1", legs, " legs, not your back.")


def test_a_selection_can_be_limited_to_one_field_of_the_block():
    snap = module(page(1, "Steps", block("c1", CalloutData(title="Rest", markdown="Rest often."))))
    assert anchor_in_block(snap, 1, "c1", "Rest", field="text").field == "text"
    assert anchor_in_block(snap, 1, "c1", "Rest").field == "title"


def test_a_selection_the_block_does_not_hold_is_refused():
    with pytest.raises(AnchorError) as caught:
        anchor_in_block(steps_module(), 1, "c1", "close to your body")
    assert str(caught.value) == ("page 'Steps' · callout of version 1 does not say "
                                 "“close to your body”")
    with pytest.raises(AnchorError, match="version 1 has no block “zz”"):
        anchor_in_block(steps_module(), 1, "zz", "x")


def test_a_comment_on_a_whole_block_or_page_has_no_quote():
    assert anchor_in_block(steps_module(), 2, "c1") == Anchor(2, str(pid(1)), "c1", "", "")
    assert anchor_on_page(steps_module(), 2, str(pid(2))) == Anchor(2, str(pid(2)), "", "", "")
    title = anchor_on_page(steps_module(), 2, str(pid(2)), "Pract")
    assert (title.field, title.quote, title.after) == ("title", "Pract", "ice")
    with pytest.raises(AnchorError, match="has no page"):
        anchor_on_page(steps_module(), 2, "nope")


# --- the JSON form ----------------------------------------------------------------------------


def test_an_anchor_survives_its_json_form_and_ignores_unknown_keys():
    anchor = find_quote(steps_module(), 1, "close to your body")
    assert Anchor.from_dict({**anchor.to_dict(), "added_later": 1}) == anchor
    assert Anchor.from_dict({k: v for k, v in anchor.to_dict().items()
                             if k not in ("before", "after")}) == replace(anchor, before="",
                                                                          after="")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("quote", None, "anchor.quote: missing"),
    ("offset", None, "anchor.offset: missing"),
    ("version", "2", "anchor.version: expected a whole number ≥ 0, got '2'"),
    ("offset", True, "anchor.offset: expected a whole number ≥ 0, got True"),
    ("block", 7, "anchor.block: expected text, got 7"),
])
def test_a_broken_anchor_names_the_field(key, value, message):
    data = find_quote(steps_module(), 1, "close to your body").to_dict()
    if value is None:
        del data[key]
    else:
        data[key] = value
    with pytest.raises(ValueError) as caught:
        Anchor.from_dict(data)
    assert str(caught.value) == message


# --- finding anchors in newer versions --------------------------------------------------------


def test_an_anchor_is_found_in_place_when_nothing_changed():
    anchor = find_quote(steps_module(), 1, "close to your body")
    located = relocate(anchor, steps_module(version=2))
    assert located.state == AnchorState.FOUND == "found"
    assert located.anchor == replace(anchor, version=2)
    assert located.label == "page 'Steps' · text"


def test_text_inserted_before_the_quote_moves_its_offset_not_its_state():
    anchor = find_quote(steps_module(), 1, "close to your body")
    newer = steps_module(2, "Warm up first.\n\n" + STEPS)
    located = relocate(anchor, newer)
    assert located.state == "found"
    assert located.anchor.offset == anchor.offset + len("Warm up first.\n\n")
    assert located.anchor.version == 2
    assert located.anchor.before == anchor.before


def test_a_duplicated_phrase_is_told_apart_by_its_context():
    steps = "Lift with your legs. Carry it slowly. Set it down with your legs."
    anchor = anchor_in_block(steps_module(1, steps), 1, "t1", "with your legs",
                             occurrence_hint_offset=steps.rindex("with"))
    newer = "Lift with your legs. Set it down with your legs. Carry it slowly."
    located = relocate(anchor, steps_module(2, newer))
    assert located.state == "found"
    assert located.anchor.offset == newer.rindex("with your legs")


def test_a_quote_moved_to_another_field_of_its_block_with_its_context_is_found():
    old = module(page(1, "Steps", block("a1", SectionsData((
        Section("Heavy", "Ask a colleague to help you lift it."), Section("Light", "Plan."))))))
    anchor = find_quote(old, 1, "colleague")
    newer = module(page(1, "Steps", block("a1", SectionsData((
        Section("Light", "Plan."), Section("Heavy", "Ask a colleague to help you lift it."))))),
        version=2)
    located = relocate(anchor, newer)
    assert located.state == "found"
    assert (located.anchor.block, located.anchor.field) == ("a1", "items/1/body")


def test_a_paragraph_moved_to_another_block_before_its_block_was_deleted_is_moved():
    anchor = find_quote(steps_module(), 1, "close to your body")
    paragraph = STEPS.split("\n\n")[1]
    newer = module(page(1, "Steps", block("c1", CalloutData(markdown="Rest when tired."))),
                   page(2, "Practice", text("t2", "Try it with an empty box.\n\n" + paragraph)),
                   version=2)
    located = relocate(anchor, newer)
    assert located.state == AnchorState.MOVED
    assert (located.anchor.page_id, located.anchor.block, located.anchor.version) == (
        str(pid(2)), "t2", 2)
    assert located.anchor.offset == len("Try it with an empty box.\n\nHold the load ")
    assert located.anchor.after == anchor.after
    assert located.label == "page 'Practice' · text"


def test_a_reworded_quote_is_outdated_and_keeps_the_original_anchor():
    anchor = find_quote(steps_module(), 1, "close to your body")
    newer = steps_module(2, STEPS.replace("close to your body", "near your chest"))
    located = relocate(anchor, newer)
    assert located.state == AnchorState.OUTDATED
    assert located.anchor == anchor
    assert located.label == "page 'Steps' · text"


def test_a_look_alike_elsewhere_without_the_context_is_not_a_move():
    anchor = find_quote(steps_module(), 1, "close to your body")
    newer = module(page(1, "Steps", text("t1", "Bend your knees.")),
                   page(2, "Practice", text("t2", "Keep it close to your body at all times.")),
                   version=2)
    located = relocate(anchor, newer)
    assert located.state == "outdated"
    assert located.anchor == anchor


def test_a_quote_with_no_context_at_all_never_moves_to_another_block():
    old = module(page(1, "Steps", text("t1", "Lift"), text("t2", "Carry")))
    anchor = find_quote(old, 1, "Lift")
    newer = module(page(1, "Steps", text("t2", "Carry"), text("t3", "Lift")), version=2)
    assert relocate(anchor, newer).state == "outdated"


def test_a_comment_on_a_whole_block_follows_the_block_and_is_outdated_when_it_is_gone():
    anchor = anchor_in_block(steps_module(), 1, "c1")
    moved = module(page(2, "Practice", block("c1", CalloutData(markdown="Rest."))), version=3)
    located = relocate(anchor, moved)
    assert located.state == "found"
    assert located.anchor == replace(anchor, version=3, page_id=str(pid(2)))
    assert located.label == "page 'Practice' · callout"
    gone = module(page(1, "Steps", text("t1", STEPS)), version=3)
    assert relocate(anchor, gone).state == "outdated"
    assert relocate(anchor, gone).anchor == anchor


def test_page_anchors_follow_the_page_id():
    on_page = anchor_on_page(steps_module(), 1, str(pid(2)))
    on_title = find_quote(steps_module(), 1, "Practice")
    renamed = module(page(2, "Practice at home", text("t2", "Go.")), version=2)
    assert relocate(on_page, renamed).state == "found"
    assert relocate(on_title, renamed).anchor == replace(on_title, version=2, after=" at home")
    assert relocate(on_title, module(page(3, "Practice"), version=2)).state == "outdated"


def test_relocation_can_be_told_the_review_version():
    anchor = find_quote(steps_module(), 1, "close to your body")
    assert relocate(anchor, steps_module(), version=7).anchor.version == 7


# --- accepting a suggestion -------------------------------------------------------------------


def test_accepting_a_suggestion_replaces_the_anchored_occurrence():
    steps = "Lift with your legs. Then set it down with your legs."
    anchor = anchor_in_block(steps_module(1, steps), 1, "t1", "your legs",
                             occurrence_hint_offset=len(steps))
    assert apply_suggestion(steps, anchor, "both legs") == (
        "Lift with your legs. Then set it down with both legs.")
    shifted = "Warm up. " + steps
    assert apply_suggestion(shifted, anchor, "both legs") == (
        "Warm up. Lift with your legs. Then set it down with both legs.")


def test_a_suggestion_whose_quote_is_gone_returns_none():
    anchor = find_quote(steps_module(), 1, "close to your body")
    assert apply_suggestion(STEPS.replace("close", "near"), anchor, "x") is None
    assert apply_suggestion("Keep it close to your body.", anchor, "x") is None
    assert apply_suggestion(STEPS, anchor_in_block(steps_module(), 1, "t1"), "x") is None


# --- properties -------------------------------------------------------------------------------


@given(st.text(min_size=1, max_size=200), st.data())
def test_an_anchor_in_an_unchanged_version_is_always_found_where_it_was(body, data):
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    snap = module(page(1, "Page", text("t1", "Intro."), text("t2", body)))
    anchor = anchor_in_block(snap, 1, "t2", body[start:end], occurrence_hint_offset=start)
    assert anchor.offset == start
    located = relocate(anchor, snap)
    assert located.state == "found"
    assert located.anchor == anchor
    assert apply_suggestion(body, anchor, "") == body[:start] + body[end:]

