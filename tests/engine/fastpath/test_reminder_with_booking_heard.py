"""A reminder asked in the same sentence as its booking, as whisper base writes it, from the main set's transcripts
(the sentences below are new): "…, con promemoria per SMS il giorno prima" heard "…, compro memoria per SM e 6 giorno
prima": "con pro" said "compro" (its n said m before the p), SMS's last "esse" heard "e". Both are put back, so the
booking and its reminder are taken together; "compro" alone ("compro le gomme") and "SM" as a plate's letters stay."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.misheard import put_back
from engine.fastpath.normalize import tokenize
from engine.fastpath.parser import parse


def _heard(text: str) -> list[str]:
    return put_back(tokenize(text))


def test_con_promemoria_per_sms_put_back() -> None:
    assert _heard("compro memoria per SM e il giorno prima") == ["con", "promemoria", "per", "sms", "il", "giorno",
                                                                 "prima"]  # fmt: skip
    p = parse(
        "segnami una revisione per la Clio FE 762 WA venerdì alle 9, compro memoria per SM e il giorno prima",
        language="it",
        today=today(),
    )
    assert p.intent == "book" and p.reason is None and p.slots.get("time") == "09:00"
    assert [part.intent for part in p.parts] == ["book", "send_reminder"]
    assert p.parts[1].slots.get("channel") == "sms"


def test_other_words_stay() -> None:
    assert _heard("compro le gomme nuove") == ["compro", "le", "gomme", "nuove"]
    assert _heard("la targa SM 123 AB") == ["la", "targa", "sm", "123", "ab"]
