"""Moodle XML in and out: Moodle 4.x's layout, embedded files, refusals, a safe parser, round trips.

tests/fixtures/moodle/quiz.xml is written after Moodle's own fixtures and tests
(question/format/xml/tests/xmlformat_test.php, tests/fixtures/truefalse.xml for the image,
question/type/ordering/tests/fixtures/testquestion.moodle.xml); its header says which is which.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings

from authoring.errors import ImportFailed
from authoring.kinds import QuestionKind
from authoring.moodlexml import read_moodle_xml
from authoring.moodlexml_writer import _default_name, write_moodle_xml
from authoring.questions import QuestionDraft
from tests.authoring.interchange_strategies import drafts

SAMPLE = Path(__file__).parents[1] / "fixtures" / "moodle" / "quiz.xml"


@pytest.fixture(scope="module")
def sample():
    return read_moodle_xml(SAMPLE.read_bytes(), SAMPLE.name)


def named(result, name):
    return next(i for i in result.items if i.name == name)


def test_every_kind_kiem_has_is_read(sample):
    kinds = {i.question.kind for i in sample.items if i.question}
    assert kinds == set(QuestionKind) - {QuestionKind.SINGLE_CHOICE}
    assert named(sample, "A description").description == "The question text."


def test_embedded_image_becomes_a_file_named_by_its_hash(sample):
    item = named(sample, "Multiple choice question")
    (name,) = item.files
    assert name.startswith("files/") and name.endswith("/thumbdown.jpg")
    assert item.question.stem == f"Which are the **even** numbers? ![Thumb down]({name})"
    assert item.files[name][:3] == b"\xff\xd8\xff"  # a JPEG


def test_feedback_weights_points_tags_and_id_are_kept(sample):
    question = named(sample, "Multiple choice question").question
    assert question.points == 2.0
    assert question.tags == ("id:even-1", "numbers")
    assert [(c.text, c.weight, c.correct) for c in question.data.choices] == [
        ("1", 0.0, False), ("2", 50.0, True), ("3", 0.0, False), ("4", 50.0, True)]
    assert question.feedback_correct == ("The even numbers are 2 and 4.\n\n"
                                         "Your answer is correct.")
    assert question.feedback_incorrect.endswith("Your answer is incorrect.")


def test_catch_all_answers_give_feedback_for_wrong_answers(sample):
    numeric = named(sample, "Numerical question").question
    assert [(a.value, a.tolerance) for a in numeric.data.answers] == [(42.0, 0.001), (13.0, 1.0)]
    assert numeric.feedback_incorrect.endswith("Completely wrong.")
    short = named(sample, "Short answer question").question
    assert [a.text for a in short.data.answers] == ["Beta"]
    assert short.feedback_incorrect.endswith("Doh!")


def test_ordering_follows_the_fractions_and_categories_are_kept(sample):
    item = named(sample, "dd-ordering 1")
    assert [i.text for i in item.question.data.items] == ["Modular", "Object", "Oriented"]
    assert item.category == "$course$/top/Default for Course/Planets/Gas giants"


def test_cloze_is_refused_by_name_and_penalties_are_reported(sample):
    (refusal,) = sample.refused
    assert refusal.line == 295
    assert "“Simple multianswer”" in refusal.reason and "cloze" in refusal.reason
    assert any("penalt" in n.text for n in sample.notes)
    assert any("partly right" in n.text for n in sample.notes)


@pytest.mark.parametrize("xml", [
    b'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>',
    b'<?xml version="1.0"?>\n<!DOCTYPE quiz SYSTEM "file:///etc/passwd">\n<quiz/>',
])
def test_document_types_and_their_entities_are_refused(xml):
    with pytest.raises(ImportFailed, match="line 2: a document type declaration"):
        read_moodle_xml(xml, "evil.xml")


def test_broken_xml_names_the_line():
    with pytest.raises(ImportFailed, match=r"bad.xml, line 3: not well-formed"):
        read_moodle_xml(b"<quiz>\n<question>\n</quiz>", "bad.xml")


def xml_carries(q: QuestionDraft) -> QuestionDraft:
    """What a question is after Moodle XML: a name always; one general feedback for kinds
    without Moodle's combined feedback (true/false keeps the right one)."""
    right, wrong = q.feedback_correct, q.feedback_incorrect
    if q.kind is QuestionKind.TRUE_FALSE:
        wrong = right
    elif q.kind in (QuestionKind.NUMERIC, QuestionKind.FILL_IN) and right != wrong and not (
            not right or wrong.startswith(right + "\n\n")):
        wrong = right
    return replace(q, title=q.title or _default_name(q.stem), feedback_incorrect=wrong)


@settings(max_examples=150, deadline=None)
@given(question=drafts())
def test_round_trip_keeps_every_field_moodle_xml_carries(question):
    data, _notes = write_moodle_xml([(question, "q")], "Bank", lambda _name: None)
    result = read_moodle_xml(data, "bank.xml")
    assert result.refused == ()
    (item,) = result.items
    assert item.question == xml_carries(question)
    assert item.category == "$course$/top/Bank"
