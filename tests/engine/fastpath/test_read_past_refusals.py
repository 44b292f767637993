"""Offline, a request refused only for a word most requests hold — whisper's "se" or "ma" out of a plate's letters,
"ma quello di mercoledì", the customer's "non ci riesce", a "cancella tutto" that means the appointment —
is read past when the counter's own sentences point to its intent (engine.fastpath.intent_guess) and the rules
read that intent or none: a write said back whole for a yes, never made as heard. A command given negated
("non lo spostare", "don't cancel"), a condition on what the customer may yet do ("se richiama", "forse"), and any
request with a model in the cloud to take it, stay refused. Sentences are new (no set holds them); the contract
workshop (Monday 2 March 2026: Davide Bruno's Renegade ZA987YE)."""

from __future__ import annotations

from functools import partial

import pytest

from engine.fastpath import FastPath
from engine.fastpath import parser as parser_module
from engine.fastpath.context import WRITES
from engine.fastpath.intents import liftable
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse, taken_alone
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext

SAME_BUT = "Il tagliando della Renegade ZA 987 YE, ma quello di mercoledì 4, mettilo a venerdì 6 alle 11."
CANNOT_COME = "Bruno mercoledì 4 non ci riesce: l'appuntamento della Renegade ZA 987 YE è da rifare a lunedì 9 alle 11."
ALL_OFF = "Bruno non viene più mercoledì 4: per la Renegade ZA 987 YE cancella tutto."


def _alone(text: str, language: str = "it") -> parser_module.Parse:
    read = partial(parse, language=language, today=NOW.date())
    return taken_alone(read, text)[0]


@pytest.mark.parametrize(
    ("text", "refusal", "intent"),
    [
        (SAME_BUT, "out_of_scope:hypothetical", "move"),
        (CANNOT_COME, "out_of_scope:negation", "move"),
        (ALL_OFF, "out_of_scope:undo", "cancel"),
    ],
)
def test_a_write_refused_for_a_word_read_past_is_taken_to_be_said_back(text: str, refusal: str, intent: str) -> None:
    assert parse(text, language="it", today=NOW.date()).reason == refusal  # the rules alone refuse it
    p = _alone(text)
    assert (p.intent, p.careful, p.handled) == (intent, "guessed", True), p
    assert p.slots["plate"] == "ZA987YE"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il tagliando della Renegade ZA 987 YE non cancellarlo, viene lo stesso.", "it"),
        ("La Renegade ZA 987 YE non lo spostare, il tagliando resta venerdì.", "it"),
        ("Non prenotare niente per la Renegade ZA 987 YE.", "it"),
        ("Se richiama Bruno, sposta la Renegade ZA 987 YE a lunedì 9 alle 10.", "it"),
        ("Forse Bruno vuole spostare la Renegade ZA 987 YE a lunedì 9 alle 10.", "it"),
        ("Don't cancel the Renegade ZA 987 YE, he's coming after all.", "en"),
        ("Don't move the Renegade ZA 987 YE, leave it on Friday.", "en"),
    ],
)
def test_a_command_negated_or_on_a_condition_stays_refused(text: str, language: str) -> None:
    p = _alone(text, language)
    assert p.intent is None and not p.handled and (p.reason or "").startswith("out_of_scope:"), p


def test_where_the_examples_point_elsewhere_than_the_rules_the_refusal_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _alone(SAME_BUT).intent == "move"
    monkeypatch.setattr(parser_module, "guess_intent", lambda text, language: "cancel")  # the rules read a move
    p = _alone(SAME_BUT)
    assert p.intent is None and p.reason == "out_of_scope:hypothetical", p


@pytest.mark.parametrize(
    ("words", "reason", "read_past"),
    [
        ("giovedi non puo", "negation", True),
        ("non ce la fa", "negation", True),
        ("non lo spostare", "negation", False),
        ("non cancellarlo", "negation", False),
        ("non gli mandare il messaggio", "negation", False),
        ("se la revisione", "hypothetical", True),
        ("se richiama bruno", "hypothetical", False),
        ("se lo chiama", "hypothetical", False),
        ("forse lunedi", "hypothetical", False),
    ],
)
def test_which_words_are_read_past(words: str, reason: str, read_past: bool) -> None:
    tokens = tokenize(words)
    at = next(i for i, t in enumerate(tokens) if t in ("non", "se", "forse"))
    assert liftable(reason, (tokens[at],), tokens, at) is read_past


async def test_offline_it_is_said_back_never_made(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(SAME_BUT, context, alone=True)
    said = out.clarification or out.reply_text or ""
    assert (out.reason or "").startswith("say_back:") and "ZA987YE" in said and said.endswith("Confermi?"), out
    assert not WRITES & {c.name for c in out.tool_calls}, out.tool_calls


async def test_with_a_model_to_hand_it_to_nothing_is_read_past(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle(SAME_BUT, context, alone=False)
    assert not out.handled and not WRITES & {c.name for c in out.tool_calls}, out
