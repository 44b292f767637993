""""C'è posto domani alle 4 per una batteria nuova? …, se c'è tienila" heard without its "c'è" over the noise at the
start ("posto domani alle 4 per …", set 32; "Posto domani alle 11 per montare le invernali …", set 33; the sentences
below are new): the room asked, read as typed. Only a request opening on "posto" with a day right after it: "posto"
elsewhere, or "posto a domani" (a lost "sposto"), stays as said and is never a booking."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


def test_c_e_put_back_before_posto_and_a_day() -> None:
    for text in ("posto domani alle 4 per una batteria?", "Posto venerdì mattina per un tagliando?",
                 "posto dopodomani per la revisione della Panda?"):  # fmt: skip
        assert heard_tokens(text)[:3] == ["c", "e", "posto"], (text, heard_tokens(text))


def test_room_asked_heard_then_kept_books() -> None:
    p = parse_it("posto domani alle 4 per una batteria nuova per la AB 123 CD? Se c'è tienila.")
    assert p.intent == "book" and p.slots.get("time") == "16:00", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-11-26", p.slots


def test_posto_elsewhere_stays() -> None:
    assert heard_tokens("posto a domani la batteria della AB 123 CD")[:2] == ["posto", "a"]
    assert parse_it("posto a domani la batteria della AB 123 CD").intent != "book"
    assert heard_tokens("il posto domani è libero")[:2] == ["il", "posto"]
