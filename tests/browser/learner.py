"""What a learner does in the player, for the browser tests: answer right or wrong, check, go on.

`frame` is a Playwright Page or Frame that shows a package.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def questions(frame: Any) -> dict[str, Any]:
    return frame.evaluate("() => Kiem.data.questions")


def current_page(frame: Any) -> int:
    return frame.evaluate("() => Kiem.state.page")


def keys_on_page(frame: Any) -> list[str]:
    return frame.evaluate(
        "() => Array.from(document.querySelectorAll("
        "'.k-page:not([hidden]) .k-q')).map(e => e.dataset.key)"
    )


def go_next(frame: Any) -> None:
    frame.click("[data-nav=next]")


def answer(frame: Any, key: str, q: dict[str, Any], correct: bool = True) -> None:
    """Give the right (or a wrong) answer to one question, as a learner would."""
    base = f"#kiem-{key}"
    kind = q["kind"]
    if kind == "single_choice":
        option = next(c for c in q["choices"] if c["correct"] == correct)
        frame.check(f"{base}-{option['id']}")
    elif kind == "multiple_response":
        for c in q["choices"]:
            if (c["correct"] or c["weight"] > 0) == correct:
                frame.check(f"{base}-{c['id']}")
    elif kind == "true_false":
        frame.check(f"{base}-{'true' if q['answer'] == correct else 'false'}")
    elif kind == "fill_in":
        frame.fill(
            f"{base}-in", f"  {q['answers'][0]['text'].upper()}  " if correct else "nothing like it"
        )
    elif kind == "numeric":
        value = q["answers"][0]["value"] if correct else q["answers"][0]["value"] + 1000
        frame.fill(f"{base}-in", str(value).replace(".", ","))
    elif kind == "matching":
        pairs = q["pairs"]
        for i, pair in enumerate(pairs):
            target = pair["id"] if correct else pairs[(i + 1) % len(pairs)]["id"]
            frame.select_option(f"{base}-{pair['id']}", target)
    elif kind == "ordering":
        wanted = [item["id"] for item in q["items"]]
        if not correct:
            wanted = wanted[::-1]
        for position, item in enumerate(wanted):
            while True:
                now = frame.evaluate(
                    f"() => Array.from(document.querySelectorAll('{base} .k-order__item'))"
                    ".map(li => li.dataset.item)"
                )
                if now.index(item) <= position:
                    break
                frame.click(f"{base}-{item}-up")
    else:  # pragma: no cover
        raise AssertionError(kind)


def check(frame: Any, key: str) -> None:
    frame.click(f"#kiem-{key} [data-act=check]")


def play_through(frame: Any, correct: bool | Callable[[int], bool] = True) -> None:
    """Go through every page with Next, answering and checking every question on the way.

    `correct` may be a function of the question's number (0, 1, ...) in the order met.
    """
    data = questions(frame)
    met = 0
    while True:
        for key in keys_on_page(frame):
            if frame.evaluate(f"() => !!(Kiem.state.answers['{key}'] || {{}}).c"):
                continue
            answer(frame, key, data[key], correct(met) if callable(correct) else correct)
            met += 1
            if frame.is_visible(f"#kiem-{key} [data-act=check]"):
                check(frame, key)
        if frame.is_disabled("[data-nav=next]"):
            break
        go_next(frame)


def json_of(text: str) -> Any:
    assert text.startswith("k1|"), text[:20]
    return json.loads(text[3:])
