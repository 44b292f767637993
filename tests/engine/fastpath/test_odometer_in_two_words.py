"""The odometer whisper base wrote as two words ("il conta chilometri", held-out set 19; the sentences below are
new): one word, so its "conta" is no verb of a request the fast path cannot do. "conta" as a verb stays one."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import heard_tokens, parse


def test_conta_chilometri_is_the_odometer() -> None:
    assert heard_tokens("cosa segnava il conta chilometri")[-1] == "contachilometri"
    said = "la Panda AB 123 CD, all'ultimo tagliando quanti chilometri segnava il conta chilometri?"
    p = parse(said, language="it", today=today())
    assert p.intent == "vehicle_history" and p.slots.get("mileage")


def test_conta_alone_stays_a_verb() -> None:
    assert "conta" in heard_tokens("conta le gomme della Panda")
