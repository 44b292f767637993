"""SMS said by its letters' names ("esse emme esse") as whisper base writes them run together or cut, right after
"per" ("conferma per se e me alla signora …", "promemoria per esser messe …"): the channel, so a message is neither
read as a hypothesis ("se") nor sent on the usual channel. New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_sms_heard_se_e_me_after_per() -> None:
    p = _p("Conferma per se e me al signor Bonacina il tagliando della Yaris, FG 318 KT.")
    assert p.intent == "send_confirmation" and p.slots["channel"] == "sms", p


def test_sms_heard_esser_messe_for_a_reminder() -> None:
    p = _p("Promemoria per esser messe il giorno prima a Bonacina per il tagliando della Yaris, FG 318 KT.")
    assert p.intent == "send_reminder" and p.slots["channel"] == "sms", p


def test_letters_put_back_only_after_per_and_long_enough() -> None:
    assert heard_tokens("per seme") == ["per", "seme"]
    assert heard_tokens("se e me lo dici") == ["se", "e", "me", "lo", "dici"]
    assert _p("Per se lo vuole, il tagliando martedì").intent is None
