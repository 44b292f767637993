"""Over a workshop's noise (sets 25 and 26): the channel named between the message's article and "di conferma" but
heard as no word ("manda una semia ece di conferma"): asked, never defaulted to WhatsApp; and "che orari hai?" with
"hai" run onto its noun ("che oraria?"): the free times asked. Parses on the bench's Wednesday 25 November 2026."""

from __future__ import annotations

from tests.engine.fastpath.italian import assert_parsed, parse_it


def test_channel_garbled_before_di_conferma_is_asked() -> None:
    p = parse_it("Manda una essemi eze di conferma al signor Ferri per la Punto, AB 123 CD")
    assert p.intent == "send_confirmation" and "channel" not in p.slots, (p.reason, p.slots)


def test_message_named_plainly_keeps_the_usual_channel() -> None:
    assert_parsed(parse_it("Manda un messaggio di conferma al signor Ferri per la Punto, AB 123 CD"),
                  "send_confirmation", {"channel": "whatsapp"})  # fmt: skip
    assert_parsed(parse_it("Manda un SMS di conferma al signor Ferri per la Punto, AB 123 CD"), "send_confirmation",
                  {"channel": "sms"})  # fmt: skip


def test_free_times_asked_with_hai_run_on() -> None:
    assert_parsed(parse_it("Per una revisione, venerdì 4 dicembre di pomeriggio, che oraria?"), "first_free_slot",
                  {"date": "2026-12-04", "part_of_day": "afternoon"})  # fmt: skip


def test_fascia_oraria_stays() -> None:
    assert parse_it("che fascia oraria preferisce la signora?").intent is None
