"""What changed since the reviewer's last review: word diffs and module diffs."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from authoring.blocks import CalloutData, ImageData, Section, SectionsData
from authoring.questions import Choice, ChoiceData
from authoring.settings import Assessment
from authoring.snapshot import ModuleSnap
from review.diff import BlockRef, PageRef, SettingChange, Span, module_diff, render_spans, word_diff

from .snaps import SINGLE, block, every_kind, module, page, pid, text

# --- word diff --------------------------------------------------------------------------------


def test_a_reworded_sentence_shows_the_changed_words_only():
    spans = word_diff("The quick brown fox jumps.", "The slow brown fox leaps.")
    assert spans == [Span("equal", "The "), Span("delete", "quick"), Span("insert", "slow"),
                     Span("equal", " brown fox "), Span("delete", "jumps"),
                     Span("insert", "leaps"), Span("equal", ".")]
    assert render_spans(spans) == "The [-quick-]{+slow+} brown fox [-jumps-]{+leaps+}."


def test_neighbouring_changed_words_read_as_one_change():
    spans = word_diff("Keep the quick fox here.", "Keep the slow cat here.")
    assert spans == [Span("equal", "Keep the "), Span("delete", "quick fox"),
                     Span("insert", "slow cat"), Span("equal", " here.")]


def test_punctuation_and_inserted_words_are_their_own_tokens():
    assert render_spans(word_diff("Hold it close.", "Hold it very close!")) == (
        "Hold it {+very +}close[-.-]{+!+}")


def test_word_diff_of_empty_and_equal_texts():
    assert word_diff("", "") == []
    assert word_diff("Same text", "Same text") == [Span("equal", "Same text")]
    assert word_diff("", "New text") == [Span("insert", "New text")]
    assert word_diff("Old text", "") == [Span("delete", "Old text")]


def test_long_unchanged_runs_are_shortened_in_summary_lines():
    words = "word " * 40
    line = render_spans(word_diff("start " + words + "end", "begin " + words + "finish"))
    assert line == ("[-start-]{+begin+} word word word word word word … word word word word "
                    "word word [-end-]{+finish+}")
    assert render_spans(word_diff("One.\n\nTwo.", "One.\n\nThree.")) == "One. ↵ [-Two-]{+Three+}."


@given(st.text(max_size=80), st.text(max_size=80))
def test_word_diff_rebuilds_both_texts(old, new):
    spans = word_diff(old, new)
    assert "".join(s.text for s in spans if s.op != "insert") == old
    assert "".join(s.text for s in spans if s.op != "delete") == new
    assert all(s.text for s in spans)
    assert all(a.op != b.op for a, b in zip(spans, spans[1:], strict=False))


@given(st.lists(st.sampled_from(["lift", "carry", "the", "box", " ", ", ", ".", "\n\n"]),
                max_size=30), st.data())
def test_word_diff_rebuilds_texts_made_of_words(tokens, data):
    old = "".join(tokens)
    new = "".join(data.draw(st.permutations(tokens)))
    spans = word_diff(old, new)
    assert "".join(s.text for s in spans if s.op != "insert") == old
    assert "".join(s.text for s in spans if s.op != "delete") == new


# --- module diff ------------------------------------------------------------------------------


def base(version: int = 1) -> ModuleSnap:
    return module(
        page(1, "Steps", text("t1", "Bend your knees."),
             block("c1", CalloutData(markdown="Rest often.")),
             block("i1", ImageData("abc", alt="A worker"))),
        page(2, "Practice", text("t2", "Try an empty box."), text("t3", "Then a full one.")),
        page(3, "Wrap up", text("t4", "Well done.")),
        version=version)


def test_an_unchanged_module_has_no_changes():
    diff = module_diff(base(), base(2))
    assert diff.is_empty()
    assert diff.changed_blocks() == set()
    assert diff.summary_lines() == []
    assert (diff.old_version, diff.new_version) == (1, 2)


def test_edited_text_is_shown_word_by_word():
    old = base()
    new = module(page(1, "Steps", text("t1", "Bend both knees."), *old.pages[0].blocks[1:]),
                 *old.pages[1:], version=2)
    diff = module_diff(old, new)
    (change,) = diff.passages
    assert (change.page_id, change.block, change.field, change.old, change.new) == (
        str(pid(1)), "t1", "text", "Bend your knees.", "Bend both knees.")
    assert change.spans == (Span("equal", "Bend "), Span("delete", "your"),
                            Span("insert", "both"), Span("equal", " knees."))
    assert diff.changed_blocks() == {"t1"}
    assert diff.summary_lines() == ["page 'Steps' · text: Bend [-your-]{+both+} knees."]


def test_added_removed_and_moved_pages_and_blocks_are_listed():
    old = base()
    new = module(
        page(3, "Wrap up", text("t4", "Well done.")),
        page(1, "Steps", block("c1", CalloutData(markdown="Rest often.")), text("t1",
             "Bend your knees."), text("t9", "Breathe out.")),
        page(4, "Extra", text("t3", "Then a full one.")),
        version=2)
    diff = module_diff(old, new)
    assert diff.added_pages == (PageRef(str(pid(4)), "Extra"),)
    assert diff.removed_pages == (PageRef(str(pid(2)), "Practice"),)
    assert diff.moved_pages == (PageRef(str(pid(3)), "Wrap up", 2, 0),)
    assert [b.tracking_id for b in diff.added_blocks] == ["t9"]
    assert [(b.tracking_id, b.label) for b in diff.removed_blocks] == [
        ("i1", "page 'Steps' · image"), ("t2", "page 'Practice' · text")]
    assert diff.moved_blocks == (
        # of the swapped t1 and c1 one stays put: the longest common order decides which
        BlockRef("c1", "callout", str(pid(1)), "page 'Steps' · callout", str(pid(1)),
                 "page 'Steps'"),
        BlockRef("t3", "text", str(pid(4)), "page 'Extra' · text", str(pid(2)),
                 "page 'Practice'"),
    )
    assert diff.passages == ()
    assert diff.changed_blocks() == {"t9", "i1", "t2", "c1", "t3"}
    assert diff.summary_lines() == [
        "+ page 'Extra' added",
        "- page 'Practice' removed",
        "page 'Wrap up' moved from position 3 to 1",
        "+ page 'Steps' · text added",
        "- page 'Steps' · image removed",
        "- page 'Practice' · text removed",
        "page 'Steps' · callout moved",
        "page 'Extra' · text moved from page 'Practice'",
    ]
    json.dumps(diff.to_dict())


def test_a_block_inserted_at_the_top_does_not_move_the_others():
    old = base()
    new = module(page(1, "Steps", text("t0", "Warm up."), *old.pages[0].blocks), *old.pages[1:],
                 version=2)
    diff = module_diff(old, new)
    assert [b.tracking_id for b in diff.added_blocks] == ["t0"]
    assert diff.moved_blocks == ()


def test_a_block_moved_and_edited_shows_both():
    old = base()
    new = module(page(1, "Steps", *old.pages[0].blocks),
                 page(2, "Practice", text("t2", "Try an empty crate.")),
                 page(3, "Wrap up", text("t3", "Then a full one!"), text("t4", "Well done.")),
                 version=2)
    diff = module_diff(old, new)
    assert [b.tracking_id for b in diff.moved_blocks] == ["t3"]
    assert [(c.block, c.page_id) for c in diff.passages] == [("t2", str(pid(2))),
                                                             ("t3", str(pid(3)))]
    assert diff.summary_lines()[-2:] == [
        "page 'Practice' · text: Try an empty [-box-]{+crate+}.",
        "page 'Wrap up' · text: Then a full one[-.-]{+!+}",
    ]


def test_page_titles_fields_added_and_settings_are_compared():
    old = module(page(1, "Steps", block("a1", SectionsData((Section("Heavy", "Ask."),)))))
    new = replace(
        module(page(1, "Safe steps", block("a1", SectionsData((
            Section("Heavy", "Ask."), Section("Light", "Plan."))))), version=2,
            title="Lifting safely"),
        assessment=Assessment(pass_mark=70))
    diff = module_diff(old, new)
    assert diff.settings == (SettingChange("title", "Safe lifting", "Lifting safely"),
                             SettingChange("pass mark", "80%", "70%"))
    assert [(c.block, c.field, c.old, c.new) for c in diff.passages] == [
        ("", "title", "Steps", "Safe steps"),
        ("a1", "items/1/title", "", "Light"),
        ("a1", "items/1/body", "", "Plan."),
    ]
    assert diff.changed_blocks() == {"a1"}
    assert diff.summary_lines() == [
        "title: Safe lifting → Lifting safely",
        "pass mark: 80% → 70%",
        "page 'Safe steps' · title: [-Steps-]{+Safe steps+}",
        "page 'Safe steps' · accordion · items/1/title: {+Light+}",
        "page 'Safe steps' · accordion · items/1/body: {+Plan.+}",
    ]


def test_removed_text_fields_are_changes_to_empty():
    old = module(page(1, "Steps", block("i1", ImageData("abc", alt="A worker", caption="Lift"))))
    new = module(page(1, "Steps", block("i1", ImageData("abc", alt="A worker"))), version=2)
    (change,) = module_diff(old, new).passages
    assert (change.field, change.old, change.new, change.spans) == (
        "caption", "Lift", "", (Span("delete", "Lift"),))


def test_settings_of_a_block_beyond_its_text_are_reported():
    old = base()
    swapped = replace(old.pages[0], blocks=(*old.pages[0].blocks[:2],
                                            block("i1", ImageData("new-sha", alt="A worker"))))
    diff = module_diff(old, replace(old, pages=(swapped, *old.pages[1:]), version=2))
    assert [b.tracking_id for b in diff.edited_blocks] == ["i1"]
    assert diff.passages == ()
    assert diff.summary_lines() == ["page 'Steps' · image: settings changed"]


def test_a_changed_correct_answer_and_option_text_of_a_question_are_both_reported():
    old = every_kind()
    question = replace(SINGLE, data=ChoiceData((
        Choice("a", "Palm grip", False, feedback="Yes, the whole hand."),
        Choice("b", "Finger hold", True, feedback="Fingers tire fast."))))
    new = replace(old, questions=(question, *old.questions[1:]), version=2)
    diff = module_diff(old, new)
    assert [b.tracking_id for b in diff.edited_blocks] == ["q1"]
    assert [(c.block, c.field) for c in diff.passages] == [("q1", "question/options/b/text")]
    assert diff.summary_lines() == [
        "page 'Quiz' · question: settings changed",
        "page 'Quiz' · question · options/b/text: Finger [-grip-]{+hold+}",
    ]


def test_the_json_form_holds_every_change_as_plain_data():
    old = base()
    new = module(page(1, "Steps", text("t1", "Bend both knees.")), version=2)
    data = module_diff(old, new).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["old_version"] == 1 and data["new_version"] == 2
    assert data["passages"] == [{
        "page_id": str(pid(1)), "block": "t1", "field": "text", "label": "page 'Steps' · text",
        "old": "Bend your knees.", "new": "Bend both knees.",
        "spans": [{"op": "equal", "text": "Bend "}, {"op": "delete", "text": "your"},
                  {"op": "insert", "text": "both"}, {"op": "equal", "text": " knees."}],
    }]
    assert [p["title"] for p in data["removed_pages"]] == ["Practice", "Wrap up"]
    assert [b["tracking_id"] for b in data["removed_blocks"]] == ["c1", "i1", "t2", "t3", "t4"]
