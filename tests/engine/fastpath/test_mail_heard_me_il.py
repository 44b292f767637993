"""The channel "mail" heard as "me il" after "per" ("mandagli un promemoria per me il, la sera prima alle 7"), once
a message was asked for: email, where "il" opens nothing. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_reminder_per_me_il_is_by_mail() -> None:
    p = _p("Per la Yaris di Bonacina, FG 318 KT, mandagli un promemoria per me il, la sera prima alle 8.")
    assert p.intent == "send_reminder" and p.slots["channel"] == "email", p


def test_per_me_il_before_what_it_opens_stays() -> None:
    assert heard_tokens("Per me il tagliando va bene") == ["per", "me", "il", "tagliando", "va", "bene"]
    # no message asked before it
    assert heard_tokens("per me il, la sera va bene")[:3] == ["per", "me", "il"]
