"""Offline, a request no rule reads whose intent the counter's own sentences point to (engine.fastpath.intent_guess)
and that lacks only what the fast path can ask ("giovedì 13": which Thursday?) is asked about, not refused: the
answer completes it and the write is said back whole for a yes ("guessed"), never made as heard. And a write that
will be said back whole anyway (guessed, heard over noise) names a car heard only nearly in its question when the
owner or model said names that car too: one question, not "Intendi …?" and then the question. A request the
examples only lean to reading as a booking is taken when it says the booking's own slots (the car, the job, the
day), said back whole likewise. Sentences are new
(no set holds them); the contract workshop (Monday 2 March 2026: Davide Bruno's green Renegade ZA987YE)."""

from __future__ import annotations

from functools import partial

import pytest

from engine.fastpath import FastPath
from engine.fastpath import parser as parser_module
from engine.fastpath.context import WRITES
from engine.fastpath.parser import parse, taken_alone
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

NO_RULE = "Bruno con la Renegade ZA 987 YE, il cambio gomme giovedì 13 alle 9 e mezza, grazie."
"""No verb any rule reads; "giovedì 13" is no Thursday of March 2026 (the 12th is, the 13th a Friday)."""


@pytest.fixture
def guessed_book(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guesser names a booking (as its examples do for such sentences), whatever the examples learnt later."""
    monkeypatch.setattr(parser_module, "guess_intent", lambda text, language: "book")


def _alone(text: str) -> parser_module.Parse:
    return taken_alone(partial(parse, language="it", today=NOW.date()), text)[0]


def _said(out: object) -> str:
    return str(getattr(out, "clarification", None) or getattr(out, "reply_text", None) or "")


@pytest.mark.usefixtures("guessed_book")
def test_a_guessed_write_lacking_what_can_be_asked_is_taken_to_ask() -> None:
    assert parse(NO_RULE, language="it", today=NOW.date()).reason == "no_intent"  # the rules alone read nothing
    p = _alone(NO_RULE)
    assert (p.intent, p.reason, p.careful, p.handled) == ("book", "ambiguous:which_day", "guessed", False), p
    assert p.slots["plate"] == "ZA987YE"


def test_with_no_guess_the_refusal_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser_module, "guess_intent", lambda text, language: None)
    monkeypatch.setattr(parser_module, "leaning_to", lambda text, language: None)
    p = _alone(NO_RULE)
    assert p.intent is None and p.reason == "no_intent", p


@pytest.mark.usefixtures("guessed_book")
async def test_the_answer_completes_it_and_the_write_is_said_back(fast: FastPath, context: CallContext) -> None:
    asked = await fast.handle(NO_RULE, context, alone=True)
    assert not asked.handled and "ZA987YE" in _said(asked) and not WRITES & {c.name for c in asked.tool_calls}, asked
    said_back = await fast.resume("venerdì 13", context, alone=True)
    assert said_back is not None and (said_back.reason or "").startswith("say_back:guessed"), said_back
    assert "ZA987YE" in _said(said_back) and "13 marzo" in _said(said_back), said_back
    assert not WRITES & {c.name for c in said_back.tool_calls}, said_back.tool_calls
    done = await fast.resume("sì", context, alone=True)
    assert done is not None and [c.name for c in done.tool_calls] == ["create_appointment"], done


@pytest.mark.usefixtures("guessed_book")
async def test_with_a_model_to_hand_it_to_nothing_is_guessed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(NO_RULE, context, alone=False)
    assert not out.handled and out.reason == "no_intent", out


NEAR = "La Renegade di Bruno, ZA 987 YF, mettimi un cambio gomme."
"""ZA987YF is on no car: the workshop's own plates put it right, ZA987YE, one letter away (a near plate)."""


async def test_a_write_said_back_anyway_names_the_near_plates_car_in_its_question(
    fast: FastPath, context: CallContext
) -> None:
    asked = await fast.handle(NEAR, context, alone=True, careful="noisy")
    assert asked.reason == "missing:date" and "Renegade verde ZA987YE di Davide Bruno" in _said(asked), asked
    said_back = await fast.resume("venerdì 6 alle 11", context, alone=True)
    assert said_back is not None and said_back.reason == "say_back:noisy", said_back
    assert "ZA987YE" in _said(said_back) and _said(said_back).endswith("Confermi?"), said_back
    assert not WRITES & {c.name for c in said_back.tool_calls}, said_back.tool_calls
    done = await fast.resume("sì", context, alone=True)
    assert done is not None and [c.name for c in done.tool_calls] == ["create_appointment"], done


@pytest.mark.parametrize(
    ("text", "careful"),
    [
        (NEAR, None),  # heard clearly: the write is made after the answer, so the near plate is asked about first
        ("ZA 987 YF, mettimi un cambio gomme.", "noisy"),  # only the near plate names the car
        ("La Renegade di Rossi, ZA 987 YF, mettimi un cambio gomme.", "noisy"),  # another owner said
        ("La Renegade rossa, ZA 987 YF, mettimi un cambio gomme.", "noisy"),  # another colour said
    ],
)
async def test_otherwise_the_near_plate_is_asked_about_first(
    fast: FastPath, context: CallContext, text: str, careful: str | None
) -> None:
    out = await fast.handle(text, context, alone=True, careful=careful)
    assert out.reason == "fuzzy_plate" and _said(out) == "Intendi la Renegade verde ZA987YE?", out


LEANS = "Bruno con la Renegade ZA 987 YE, il cambio gomme venerdì 13 alle 9 e mezza, grazie."


@pytest.fixture
def leaning_book(monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples lean to a booking, by less than the write margin (no intent guessed outright)."""
    monkeypatch.setattr(parser_module, "guess_intent", lambda text, language: None)
    monkeypatch.setattr(parser_module, "leaning_to", lambda text, language: "book")


@pytest.mark.usefixtures("leaning_book")
def test_a_booking_leant_to_with_its_car_job_and_day_said_is_taken_to_be_said_back() -> None:
    p = _alone(LEANS)
    assert (p.intent, p.careful, p.handled) == ("book", "guessed", True), p
    assert (p.slots["plate"], p.slots["service"]["key"], p.slots["date"]) == ("ZA987YE", "tyres", "2026-03-13")


@pytest.mark.usefixtures("leaning_book")
@pytest.mark.parametrize(
    "text",
    [
        "Bruno con la Renegade ZA 987 YE, venerdì 13 alle 9 e mezza, grazie.",  # no job said
        "Bruno con la Renegade ZA 987 YE, il cambio gomme, grazie.",  # no day said
        "Bruno, il cambio gomme venerdì 13 alle 9 e mezza, grazie.",  # no car said
    ],
)
def test_a_booking_leant_to_without_its_own_slots_stays_refused(text: str) -> None:
    assert parse(text, language="it", today=NOW.date()).intent is None
    p = _alone(text)
    assert p.intent is None and p.reason == "no_intent", p


def test_a_lean_to_another_write_is_no_booking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser_module, "guess_intent", lambda text, language: None)
    monkeypatch.setattr(parser_module, "leaning_to", lambda text, language: "move")
    p = _alone(LEANS)
    assert p.intent is None and p.reason == "no_intent", p


@pytest.mark.usefixtures("leaning_book")
async def test_a_booking_leant_to_is_said_back_never_made(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(LEANS, context, alone=True)
    assert out.reason == "say_back:guessed" and "ZA987YE" in _said(out) and _said(out).endswith("Confermi?"), out
    assert not WRITES & {c.name for c in out.tool_calls}, out.tool_calls


@pytest.mark.usefixtures("guessed_book")
def test_a_guessed_write_lacking_what_can_be_asked_with_no_car_heard_stays_refused() -> None:
    text = "Allora con quella, il cambio gomme giovedì 13 alle 9 e mezza, grazie."
    assert parse(text, language="it", today=NOW.date()).reason == "no_intent"
    p = _alone(text)
    assert p.intent is None and p.reason == "no_intent", p
