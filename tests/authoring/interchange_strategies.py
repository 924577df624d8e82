"""Hypothesis strategies for questions in the form Kiem keeps them, for format round trips."""

from __future__ import annotations

from hypothesis import strategies as st

from authoring.html_markdown import escape_markdown
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
    OrderingData,
    OrderItem,
    QuestionDraft,
    TrueFalseData,
    option_id,
)

# Text as authors type it, GIFT's and Markdown's special characters included; trimmed, as every
# reader trims. Control characters are left out: XML cannot hold them (the writer says so).
text = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "S", "Zs"),
                           include_characters="\n\\~=#{}:%*[]<>&->_`"),
    min_size=1, max_size=24,
).map(str.strip).filter(bool)
one_line = text.map(lambda t: " ".join(t.split())).filter(bool)
weights = st.sampled_from([0.0, 10.0, 25.0, 33.33333, 50.0, 75.0, 100.0, -50.0, -100.0])
numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 4))


def _choices(kind: QuestionKind) -> st.SearchStrategy[ChoiceData]:
    def build(texts: list[str], right: int, weights_: list[float], notes: list[str]) -> ChoiceData:
        right %= len(texts)
        choices = []
        for i, (t, w, fb) in enumerate(zip(texts, weights_, notes, strict=False)):
            if kind is QuestionKind.SINGLE_CHOICE:
                correct = i == right
                weight = 100.0 if correct else min(w, 90.0)
            else:
                weight = 50.0 if i == right else w
                correct = weight > 0
            choices.append(Choice(option_id(i), t, correct, weight, fb))
        return ChoiceData(tuple(choices))

    return st.builds(build, st.lists(text, min_size=2, max_size=5), st.integers(0, 4),
                     st.lists(weights, min_size=5, max_size=5),
                     st.lists(st.one_of(st.just(""), text), min_size=5, max_size=5))


def _fill_in() -> st.SearchStrategy[FillInData]:
    answer = st.builds(AcceptedAnswer, one_line.filter(lambda t: "->" not in t),
                       st.one_of(st.just(""), text), weights.filter(lambda w: w >= 0))
    return st.builds(lambda first, rest: FillInData((first, *rest)),
                     st.builds(AcceptedAnswer, one_line.filter(lambda t: "->" not in t),
                               st.one_of(st.just(""), text), st.just(100.0)),
                     st.lists(answer, max_size=3))


def _matching() -> st.SearchStrategy[MatchingData]:
    plain = one_line.map(escape_markdown)  # right-hand items are plain text in both formats
    pair_text = one_line.filter(lambda t: "->" not in t and not t.startswith("-"))
    return st.builds(
        lambda lefts, rights, extra: MatchingData(
            tuple(MatchPair(option_id(i), left, right)
                  for i, (left, right) in enumerate(zip(lefts, rights, strict=False))),
            tuple(extra)),
        st.lists(pair_text, min_size=2, max_size=4), st.lists(plain, min_size=4, max_size=4),
        st.lists(plain, max_size=2))


def _numeric() -> st.SearchStrategy[NumericData]:
    answer = st.builds(NumericAnswer, numbers, numbers.map(abs), weights.filter(lambda w: w >= 0),
                       st.one_of(st.just(""), text))
    return st.lists(answer, min_size=1, max_size=3).map(
        lambda answers: NumericData((NumericAnswer(answers[0].value, answers[0].tolerance, 100.0,
                                                   answers[0].feedback), *answers[1:])))


DATA = {
    QuestionKind.SINGLE_CHOICE: _choices(QuestionKind.SINGLE_CHOICE),
    QuestionKind.MULTIPLE_RESPONSE: _choices(QuestionKind.MULTIPLE_RESPONSE),
    QuestionKind.TRUE_FALSE: st.builds(TrueFalseData, st.booleans(),
                                       st.one_of(st.just(""), text),
                                       st.one_of(st.just(""), text)),
    QuestionKind.FILL_IN: _fill_in(),
    QuestionKind.MATCHING: _matching(),
    QuestionKind.ORDERING: st.lists(text, min_size=2, max_size=5).map(
        lambda items: OrderingData(tuple(OrderItem(option_id(i), t)
                                         for i, t in enumerate(items)))),
    QuestionKind.NUMERIC: _numeric(),
}

tags = st.lists(one_line.filter(lambda t: not set(t) & set("<>[]")), max_size=3, unique=True)


@st.composite
def drafts(draw: st.DrawFn, kinds: tuple[QuestionKind, ...] = tuple(QuestionKind)) -> \
        QuestionDraft:
    """A question of one of `kinds`, as Kiem would hold it."""
    kind = draw(st.sampled_from(kinds))
    right = draw(st.one_of(st.just(""), text))
    wrong = draw(st.sampled_from([right, "", "\n\n".join(p for p in (right, "Not quite.") if p)]))
    return QuestionDraft(kind=kind, stem=draw(text), data=draw(DATA[kind]),
                         title=draw(st.one_of(st.just(""), one_line)),
                         feedback_correct=right, feedback_incorrect=wrong,
                         points=draw(st.sampled_from([1.0, 2.0, 0.5])),
                         tags=tuple(draw(tags)))
