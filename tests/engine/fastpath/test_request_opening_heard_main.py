"""Request words and days whisper base misheard in the main set, the same kinds as held-out set 19's (new sentences;
the bench's Wednesday 25 November 2026): "prenota" heard "che nota" where the request opens, "sposta" with its s
lost ("posta l'appuntamento"), "lunedì" heard "non è di" right after the agenda asked of a day ("chi viene non è di
mattina")."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_che_nota_opening_a_booking() -> None:
    p = parse_it("che nota una revisione per la Panda di Rossi, AB 123 CD, venerdì alle 9")
    assert_parsed(p, "book", {"service": "inspection", "date": "2026-11-27", "time": "09:00"})


def test_che_nota_before_anything_else_stays() -> None:
    assert heard_tokens("che nota il cliente")[:2] == ["che", "nota"]


def test_posta_l_appuntamento_is_a_move() -> None:
    p = parse_it("Posta l'appuntamento della Punto di Rossi, AB 123 CD, a lunedì alle 11")
    assert_parsed(p, "move", {"date": "2026-11-30", "time": "11:00"})


def test_the_post_stays() -> None:
    assert "posta" in heard_tokens("è arrivata la posta")


def test_monday_heard_not_after_the_agenda_asked() -> None:
    assert_parsed(parse_it("chi arriva non è di pomeriggio?"), "day_appointments", {"date": "2026-11-30"})


def test_not_said_of_a_job_stays_a_negation() -> None:
    assert not parse_it("la revisione non è di mattina").handled
