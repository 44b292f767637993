"""A request set down in so many words after its pause, said last ("… Giovedì 10 dicembre alle 5 gli va bene: prendi
nota.", set 51), as "Prendi nota: …" opens one: no note to add, the booking read. "Prendi nota che …" with words after
it stays a note (refused). Said after the customer's question relayed ("chiede se …"), it is the counter's own
order: written, not said back for a yes. Sentences are new; parsed on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_booking_then_note_taken() -> None:
    p = parse_it("Rossi chiede se gli cambiamo l'olio alla Panda, AB 123 CD. Venerdì 4 dicembre alle 10 gli va bene: "
                 "prendi nota.")
    assert_parsed(p, "book", {"plate": "AB123CD", "service": "oil_change", "date": "2026-12-04", "time": "10:00"})
    assert p.careful is None, p.careful


def test_question_relayed_with_no_note_is_said_back() -> None:
    p = parse_it("Rossi chiede se gli cambiamo l'olio alla Panda, AB 123 CD, venerdì 4 dicembre alle 10.")
    assert_parsed(p, "book", {"plate": "AB123CD", "date": "2026-12-04"})
    assert p.careful == "asked", p.careful


def test_note_with_what_to_note_after_stays_refused() -> None:
    p = parse_it("Tagliando per la Panda, AB 123 CD, venerdì 4 dicembre alle 10. Prendi nota che la Rossi ha chiamato.")
    assert not p.handled, (p.intent, p.reason)
