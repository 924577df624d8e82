"""Tests for the GIFT parser: every question kind, escapes, errors with lines, round trips."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from authoring.errors import ImportFailed
from authoring.gift import GiftItem, parse_gift
from authoring.kinds import QuestionKind
from authoring.questions import (
    AcceptedAnswer,
    Choice,
    ChoiceData,
    FillInData,
    MatchingData,
    MatchPair,
    NumericAnswer,
    NumericData,
    QuestionDraft,
    TrueFalseData,
)


def only_question(text: str) -> QuestionDraft:
    items = parse_gift(text)
    assert len(items) == 1
    assert items[0].question is not None
    return items[0].question


def error_of(text: str, **kwargs) -> str:
    with pytest.raises(ImportFailed) as caught:
        parse_gift(text, **kwargs)
    return str(caught.value)


# --- question kinds ---------------------------------------------------------------------------


def test_author_imports_single_choice_with_title_and_feedback():
    text = "::Tomb::Who's buried in Grant's tomb?{~Grant#No. =no one#Right! ~Jefferson}"
    assert parse_gift(text) == [
        GiftItem(
            line=1,
            question=QuestionDraft(
                kind=QuestionKind.SINGLE_CHOICE,
                stem="Who's buried in Grant's tomb?",
                title="Tomb",
                data=ChoiceData(
                    choices=(
                        Choice("a", "Grant", False, 0.0, "No."),
                        Choice("b", "no one", True, 100.0, "Right!"),
                        Choice("c", "Jefferson", False, 0.0, ""),
                    )
                ),
            ),
        )
    ]


def test_single_choice_keeps_partial_weights_of_wrong_options():
    question = only_question("Pick one {=right ~%50%half ~wrong}")
    assert question.kind is QuestionKind.SINGLE_CHOICE
    assert question.data == ChoiceData(
        choices=(
            Choice("a", "right", True, 100.0),
            Choice("b", "half", False, 50.0),
            Choice("c", "wrong", False, 0.0),
        )
    )


def test_percentages_without_equals_make_multiple_response():
    question = only_question("Which two? {~%50%a ~%50%b ~%-100%c#Never c}")
    assert question == QuestionDraft(
        kind=QuestionKind.MULTIPLE_RESPONSE,
        stem="Which two?",
        data=ChoiceData(
            choices=(
                Choice("a", "a", True, 50.0),
                Choice("b", "b", True, 50.0),
                Choice("c", "c", False, -100.0, "Never c"),
            )
        ),
    )


def test_choice_answers_may_span_lines():
    text = "What colour is the sky?\n{\n  =blue\n  ~green\n  ~red\n}"
    question = only_question(text)
    assert [c.text for c in question.data.choices] == ["blue", "green", "red"]


@pytest.mark.parametrize(
    ("token", "answer"), [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)]
)
def test_true_false_tokens(token, answer):
    question = only_question(f"The sun is a star.{{{token}}}")
    assert question == QuestionDraft(
        kind=QuestionKind.TRUE_FALSE, stem="The sun is a star.", data=TrueFalseData(answer=answer)
    )


def test_true_false_feedback_is_wrong_answer_first_then_right_answer():
    # Moodle: {T#shown to a wrong answer#shown to a right answer}
    true_q = only_question("The sun is a star.{T#No, it is.#Yes!}")
    assert true_q.data == TrueFalseData(
        answer=True, feedback_true="Yes!", feedback_false="No, it is."
    )
    false_q = only_question("The moon is a star.{FALSE#No, a satellite.#Right.}")
    assert false_q.data == TrueFalseData(
        answer=False, feedback_true="No, a satellite.", feedback_false="Right."
    )


def test_only_equals_answers_make_fill_in_and_keep_partial_credit():
    question = only_question("Two plus two is?{=four#Yes =4 =%50%for#Spelling}")
    assert question == QuestionDraft(
        kind=QuestionKind.FILL_IN,
        stem="Two plus two is?",
        data=FillInData(
            answers=(
                AcceptedAnswer("four", "Yes"),
                AcceptedAnswer("4"),
                AcceptedAnswer("for", "Spelling", weight=50.0),
            )
        ),
    )


def test_matching_pairs_and_distractor():
    question = only_question("Match capitals.{=Canada -> Ottawa =Italy -> Rome = -> Paris}")
    assert question == QuestionDraft(
        kind=QuestionKind.MATCHING,
        stem="Match capitals.",
        data=MatchingData(
            pairs=(MatchPair("a", "Canada", "Ottawa"), MatchPair("b", "Italy", "Rome")),
            distractors=("Paris",),
        ),
    )


def test_numeric_with_tolerance():
    question = only_question("Value of pi?{#3.14:0.01#Close enough}")
    assert question == QuestionDraft(
        kind=QuestionKind.NUMERIC,
        stem="Value of pi?",
        data=NumericData(answers=(NumericAnswer(3.14, 0.01, 100.0, "Close enough"),)),
    )


def test_numeric_range_becomes_value_and_tolerance():
    question = only_question("A number from 1 to 5?{#1..5}")
    assert question.data == NumericData(answers=(NumericAnswer(3.0, 2.0, 100.0),))


def test_numeric_plain_value_has_no_tolerance():
    assert only_question("How many?{#-2.5e1}").data == NumericData(
        answers=(NumericAnswer(-25.0, 0.0),)
    )


def test_numeric_with_several_weighted_answers():
    question = only_question("When was Grant born?{#\n=1822:0#Exact\n=%50%1822:2\n~%0%1900}")
    assert question.data == NumericData(
        answers=(
            NumericAnswer(1822.0, 0.0, 100.0, "Exact"),
            NumericAnswer(1822.0, 2.0, 50.0),
            NumericAnswer(1900.0, 0.0, 0.0),
        )
    )


def test_essay_becomes_reflection_prompt():
    items = parse_gift("::Think::Write about your day.{}")
    assert items == [
        GiftItem(line=1, reflection_title="Think", reflection_prompt="Write about your day.")
    ]


def test_item_without_answers_is_description_and_keeps_its_title():
    items = parse_gift("::Intro::[html]<p>Read <b>carefully</b>.</p>")
    assert items == [GiftItem(line=1, description="Read **carefully**.",
                              description_title="Intro")]


def test_missing_word_leaves_a_blank_in_the_stem():
    question = only_question("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert question.stem == "Grant is _____ in Grant's tomb."
    assert question.kind is QuestionKind.SINGLE_CHOICE


def test_general_feedback_goes_to_both_outcomes():
    question = only_question("Pick {=a ~b####Because a is first.}")
    assert question.feedback_correct == "Because a is first."
    assert question.feedback_incorrect == "Because a is first."
    assert [c.text for c in question.data.choices] == ["a", "b"]


@pytest.mark.parametrize(("prefix", "stem"), [
    ("[markdown]", "**Bold** question"),
    ("", "**Bold** question"),  # Kiem's folders write Markdown without a marker
    ("[html]", r"\*\*Bold\*\* question"),  # stars in HTML are just stars
    ("[plain]", r"\*\*Bold\*\* question"),
    ("[moodle]", r"\*\*Bold\*\* question"),
    ("[HTML]", r"\*\*Bold\*\* question"),
])
def test_format_prefix_says_how_the_stem_reads(prefix, stem):
    question = only_question(f"::T::{prefix}**Bold** question{{T}}")
    assert question.stem == stem
    assert question.title == "T"


def test_escapes_are_literal_characters():
    question = only_question(
        r"::a\:b::Is 1 \= 1 \{really\}?\nYes \~ \# \\ {=yes \# sure#ok \: fine ~no}"
    )
    assert question.title == "a:b"
    assert question.stem == "Is 1 = 1 {really}?\nYes ~ # \\"
    assert question.data.choices[0] == Choice("a", "yes # sure", True, 100.0, "ok : fine")


def test_points_and_tags_keep_defaults():
    question = only_question("Q {T}")
    assert question.points == 1.0
    assert question.tags == ()


# --- files ------------------------------------------------------------------------------------

FILE = """\
// A quiz about the solar system
$CATEGORY: $course$/Space/Planets

::Q1:: Mars is red. {T}

// second question
::Q2:: Which is largest?
{
  =Jupiter
  // a comment inside the block is ignored too
  ~Mars
}

$CATEGORY: Space/Stars
Welcome to the stars.

The sun is a star. {TRUE}
"""


def test_file_with_comments_and_categories():
    items = parse_gift(FILE, source="space.gift")
    assert [(i.line, i.category) for i in items] == [
        (4, "$course$/Space/Planets"),
        (7, "$course$/Space/Planets"),
        (15, "Space/Stars"),
        (17, "Space/Stars"),
    ]
    assert items[0].question.title == "Q1"
    assert items[1].question.data.choices == (
        Choice("a", "Jupiter", True, 100.0),
        Choice("b", "Mars", False, 0.0),
    )
    assert items[2].description == "Welcome to the stars."
    assert items[3].question.data == TrueFalseData(answer=True)


def test_windows_line_endings_parse_like_unix():
    windows = FILE.replace("\n", "\r\n")
    assert parse_gift(windows) == parse_gift(FILE)


def test_first_line_offsets_item_lines():
    items = parse_gift("\nQ {T}\n", first_line=10)
    assert items[0].line == 11


def test_empty_text_gives_no_items():
    assert parse_gift("") == []
    assert parse_gift("// only a comment\n\n\n") == []


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("Q1 {T}\n\nQuestion {=a ~b", 3, "'{' is not closed"),
        ("Question {=a ~b\nNext {T}", 1, "'{' is not closed"),
        ("Pick\n{\n~a\n~b\n}", 2, "no answer is right"),
        ("How many?\n{#abc}", 2, "'abc' is not a number"),
        ("How many?{#5:x}", 1, "'x' is not a number"),
        ("How many?{#5..1}", 1, "ends below where it starts"),
        ("How many?{#}", 1, "has no value"),
        ("Match\n{\n=a -> 1\n=b 2\n}", 4, "has no '->'"),
        ("Match {=a -> 1}", 1, "at least two pairs"),
        ("Match {=a -> 1 =b ->}", 1, "nothing after '->'"),
        ("Pick\n{\n=a\n~\n}", 4, "has no text"),
        ("Say\n{\n=yes\n=#only feedback\n}", 4, "has no text"),
        ("Pick {%50% =a ~b}", 1, "this answer has no text"),
        ("Pick {=%x%a ~b}", 1, "'x' is not a percentage"),
        ("Two {T} blocks {F}", 1, "only one answer block"),
        ("Stray } brace {T}", 1, "'}' has no opening '{'"),
        ("::Title without end {T}", 1, "not closed with '::'"),
        ("{T}", 1, "no text before its answers"),
    ],
)
def test_bad_input_names_file_and_line(text, line, fragment):
    message = error_of(text, source="quiz.gift")
    assert message.startswith(f"quiz.gift, line {line}: ")
    assert fragment in message


def test_error_lines_include_first_line_offset():
    message = error_of("// fenced gift\nQ {T}\n\nBad\n{#abc}", source="notes.md", first_line=20)
    assert message.startswith("notes.md, line 24: ")


def test_error_lines_count_windows_line_endings_once():
    message = error_of("Q {T}\r\n\r\nPick\r\n{~a ~b}", source="w.gift")
    assert message.startswith("w.gift, line 4: ")


# --- round trip -------------------------------------------------------------------------------


def write_gift_text(text: str) -> str:
    """Escape `text` for GIFT, as a small writer would."""
    for special in "\\~=#{}:":
        text = text.replace(special, "\\" + special)
    return text.replace("\n", "\\n")


def write_single_choice(title: str, stem: str, choices: list[tuple[str, bool]]) -> str:
    # Explicit weights and format keep answer text starting with % or a stem starting with
    # [html] from being read as syntax.
    answers = " ".join(
        f"{'=%100%' if right else '~%0%'}{write_gift_text(text)}" for text, right in choices
    )
    return f"::{write_gift_text(title)}::[markdown]{write_gift_text(stem)}\n{{\n{answers}\n}}"


safe_text = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S"), include_characters=" \n\\~=#{}:%"),
    min_size=1,
    max_size=30,
).map(str.strip)


@given(
    title=safe_text,
    stem=safe_text.filter(bool),
    texts=st.lists(safe_text.filter(bool), min_size=2, max_size=6),
    right=st.integers(min_value=0, max_value=5),
)
def test_single_choice_round_trips_through_writer(title, stem, texts, right):
    assume("->" not in "".join(texts))  # GIFT cannot escape an arrow in a choice
    right %= len(texts)
    choices = [(text, index == right) for index, text in enumerate(texts)]
    question = only_question(write_single_choice(title, stem, choices))
    assert question.kind is QuestionKind.SINGLE_CHOICE
    assert question.title == title
    assert question.stem == stem
    assert [(c.text, c.correct) for c in question.data.choices] == choices
