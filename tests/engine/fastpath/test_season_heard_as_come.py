"""Winter tyres opening a request heard as a question, from held-out set 17's transcripts (the sentences below are
new): "Gomme invernali per la Bayon blu …, sabato 5 alle 9 e mezza, e mandagli la conferma per SMS" heard "Come
invernali? Pella Bayon Blue …". Whisper's "?" follows its own "come" (put back as "gomme"), so it asks nothing: the
booking said without its verb is read with its confirmation. A "?" anywhere else, or after "gomme" as said, stays a
question, and a question books nothing."""

from __future__ import annotations

from benches.speech_workshop import today
from engine.fastpath.parser import parse


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=today())


def test_whispers_question_mark_after_come() -> None:
    p = _parse("Come estive? Per la Clio di Moretti, FE 762 WA, venerdì 4 alle 10, e mandagli la conferma per SMS.")
    assert p.intent == "book" and p.slots.get("date") == "2026-12-04" and p.slots.get("time") == "10:00"
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"]


def test_a_question_stays() -> None:
    p = _parse("Gomme estive? Per la Clio di Moretti, FE 762 WA, venerdì 4 alle 10.")
    assert p.intent != "book"
    p = _parse("Come estive? Per la Clio di Moretti, FE 762 WA, venerdì 4 alle 10?")
    assert p.intent != "book"
