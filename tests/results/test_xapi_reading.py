"""Statements as Kiem's cmi5 player and an LMS send them are read into attempts; others' are not."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from authoring.results_xapi import MalformedStatement, read_statement
from authoring.services import Services

from .quiz import Quiz

CMI5 = "https://w3id.org/xapi/cmi5/"


def _statement(quiz: Quiz, verb: str, obj: dict, **extra: object) -> dict:
    context = {"registration": "9f0c1d2e-0000-4000-8000-000000000001",
               "contextActivities": {"grouping": [{"id": f"urn:kiem:{quiz.module_id}"}]},
               "extensions": {f"{CMI5}context/extensions/sessionid": "s-1"}}
    return {"id": str(uuid.uuid4()), "actor": {"account": {"homePage": "https://lms.example.com",
                                                           "name": "learner-7"}},
            "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"}, "object": obj,
            "context": {**context, **extra.pop("context", {})},
            "timestamp": dt.datetime.now(dt.UTC).isoformat(), **extra}


def test_the_players_statements_are_read_as_one_attempt(services: Services, quiz: Quiz) -> None:
    questions = services.results.questions(quiz.module_id)
    answered = _statement(quiz, "answered", {
        "id": f"urn:kiem:{quiz.module_id}:{quiz.keys[0]}", "definition": {
            "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            "interactionType": "choice"}}, result={"success": False, "response": "b"},
        context={"revision": "4"})
    read = read_statement(answered, questions, "s1")
    assert read is not None and read.version == "4"
    assert read.key == "xapi:registration:9f0c1d2e-0000-4000-8000-000000000001"
    assert read.learner == "account:https://lms.example.com|learner-7"
    answer = read.responses[quiz.keys[0]]
    assert (answer.response, answer.options, answer.score) == ("b", ("b",), 0.0)
    assert read.pages == {quiz.pages[0]}
    page = _statement(quiz, "experienced",
                      {"id": f"urn:kiem:{quiz.module_id}:page:{quiz.pages[2]}"})
    assert read_statement(page, questions, "s2").pages == {quiz.pages[2]}
    # the LMS names the AU with its own id; cmi5's grouping names the module
    passed = _statement(quiz, "passed", {"id": "https://lms.example.com/au/77"},
                        result={"score": {"scaled": 0.9}, "success": True})
    outcome = read_statement(passed, questions, "s3")
    assert (outcome.passed, outcome.score) == (True, 0.9)
    other = _statement(quiz, "passed", {"id": "https://lms.example.com/au/78"},
                       context={"contextActivities": {"grouping": [
                           {"id": f"urn:kiem:{uuid.uuid4()}"}]}})
    assert read_statement(other, questions, "s4") is None


@pytest.mark.parametrize(("broken", "said"), [
    ({"verb": None}, "has no verb id"),
    ({"actor": {"name": "Nobody"}}, "no mbox, mbox_sha1sum, openid or account"),
    ({"timestamp": "yesterday"}, "is not ISO 8601"),
    ({"result": {"score": {"scaled": 3}}}, "outside −1..1"),
])
def test_a_statement_that_is_not_xapi_is_refused(services: Services, quiz: Quiz, broken: dict,
                                                 said: str) -> None:
    statement = _statement(quiz, "passed", {"id": f"urn:kiem:{quiz.module_id}"})
    statement.update(broken)
    with pytest.raises(MalformedStatement, match=said):
        read_statement(statement, services.results.questions(quiz.module_id), "statement 9")
