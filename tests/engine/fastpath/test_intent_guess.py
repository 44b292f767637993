"""The intent guessed from the counter's own sentences (engine.fastpath.intent_guess) when no rule reads a request:
offline only, a read answered, a write said back whole for a yes and never made as heard, what is no request (the
weather, a greeting) still refused; the examples it learns from are exactly what benches.intent_examples writes, and
hold nothing of a set kept blind. Sentences here are new (no set holds them); on the contract workshop (Monday 2 March
2026: Davide Bruno's Renegade ZA987YE)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest

from benches import intent_examples, speech_sets
from engine.fastpath import FastPath, intent_guess
from engine.fastpath.intent_guess import EXAMPLES, guess_intent
from engine.fastpath.parser import parse, taken_alone
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

HISTORY_IT = "Della Renegade ZA 987 YE fammi vedere la cartella dei lavori."
ROOM_IT = "Che buchi abbiamo per una revisione la settimana prossima?"
BOOK_EN = "Could you line up an oil change for the Renegade ZA 987 YE on Friday the 6th at 10?"


def _alone(text: str, language: str) -> tuple[str | None, str | None, bool]:
    read = partial(parse, language=language, today=NOW.date())
    p, _ = taken_alone(read, text)
    return p.intent, p.careful, p.handled


@pytest.mark.parametrize(
    ("text", "language", "intent", "careful"),
    [
        (HISTORY_IT, "it", "vehicle_history", None),  # a read: answered
        (ROOM_IT, "it", "first_free_slot", None),
        (BOOK_EN, "en", "book", "guessed"),  # a write: said back
    ],
)
def test_a_request_no_rule_reads_takes_the_examples_intent(
    text: str, language: str, intent: str, careful: str | None
) -> None:
    assert parse(text, language=language, today=NOW.date()).reason == "no_intent"  # no rule reads it
    assert _alone(text, language) == (intent, careful, True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Che tempo fa domani a Bergamo?", "it"),
        ("Buongiorno, come va oggi?", "it"),
        ("Aspetta un attimo che rispondo al telefono.", "it"),
        ("What's the weather like in Milan tomorrow?", "en"),
    ],
)
def test_what_is_no_request_stays_refused(text: str, language: str) -> None:
    assert _alone(text, language)[0] is None


def test_no_intent_when_the_examples_point_nowhere_clearly() -> None:
    assert guess_intent("Buongiorno, come va oggi?", "it") is None
    assert guess_intent("Che tempo fa domani a Bergamo?", "it") is None
    assert guess_intent(HISTORY_IT, "de") is None  # a language with no examples


async def test_a_guessed_write_is_said_back_never_made(local_backend: object, context: CallContext) -> None:
    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle(BOOK_EN, context, alone=True)
    said = out.clarification or out.reply_text or ""
    assert (out.reason or "").startswith("say_back:") and "ZA987YE" in said and said.endswith("Shall I?"), out
    assert "create_appointment" not in [c.name for c in out.tool_calls], out.tool_calls


async def test_a_guessed_read_is_answered(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(HISTORY_IT, context, alone=True)
    assert out.handled and "ZA987YE" in (out.reply_text or ""), out
    assert "vehicle_history" in [c.name for c in out.tool_calls], out.tool_calls


async def test_with_a_model_to_hand_it_to_nothing_is_guessed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(HISTORY_IT, context, alone=False)
    assert not out.handled and "vehicle_history" not in [c.name for c in out.tool_calls], out


def test_examples_that_cannot_be_read_guess_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(intent_guess, "EXAMPLES", tmp_path / "missing.jsonl")
    intent_guess._models.cache_clear()
    try:
        intent_guess.warm()  # start-up goes on
        assert _alone(HISTORY_IT, "it")[0] is None  # the refusal stands
    finally:
        intent_guess._models.cache_clear()


def test_the_examples_are_what_the_sets_tuned_on_give() -> None:
    assert EXAMPLES.read_text(encoding="utf-8") == intent_examples.render(), (
        "engine/fastpath/data/intent_examples.jsonl is stale: run `uv run python -m benches.intent_examples`"
    )


def test_no_example_comes_from_a_set_kept_blind() -> None:
    learnt = {json.loads(line)["text"] for line in EXAMPLES.read_text(encoding="utf-8").splitlines()}
    blind = [
        name for name in speech_sets.SETS
        if name in intent_examples.KEPT_BLIND
        or (name != "main" and int(name[len("heldout"):] or 1) > intent_examples.TUNED_THROUGH)
    ]  # fmt: skip
    assert "heldout3" in blind
    for name in blind:
        with speech_sets.SETS[name].open(encoding="utf-8") as rows:
            written = {json.loads(row)["reference"].strip() for row in rows if row.strip()}
        assert not written & learnt, name


@pytest.mark.parametrize(
    ("best", "margin", "taken"),
    [
        ("book", intent_guess.MARGIN_WRITE + 0.5, True),  # a write: said back whole, so taken at the lower margin
        ("vehicle_history", intent_guess.MARGIN_WRITE + 0.5, False),  # a read is answered: the higher one
        ("vehicle_history", intent_guess.MARGIN + 0.5, True),
        ("book", intent_guess.MARGIN_WRITE - 0.5, False),
    ],
)
def test_a_write_is_guessed_at_a_lower_margin_than_a_read(
    monkeypatch: pytest.MonkeyPatch, best: str, margin: float, taken: bool
) -> None:
    monkeypatch.setattr(intent_guess._Model, "scores", lambda self, text: [(-10.0, best), (-10.0 - margin, "None")])
    assert (guess_intent("qualsiasi cosa", "it") == best) is taken
