"""The fast path's intent handlers: one for every intent the parser can take."""

from __future__ import annotations

from engine.fastpath.handlers import HANDLERS
from engine.fastpath.intents import INTENTS


def test_every_intent_the_parser_takes_has_exactly_one_handler() -> None:
    assert sorted(HANDLERS) == sorted(INTENTS)
