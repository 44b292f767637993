"""A booking said without a verb with its message after it, the one it goes to named before the sending verb
("…, e al signor Rossi gli mandi subito la conferma"), "gli" said again there heard "i"; and a model opening the
request, before its colour, heard one sound off ("Tauran argento, FE 716 ZR, …"). The booking is said back whole
with its message; a request with no booking before the message stays a message. Parses on the bench's Wednesday
25 November 2026."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it, slot


def test_the_message_with_its_addressee_before_the_verb_follows_the_booking() -> None:
    p = parse_it(
        "Panda bianca, AB 123 CD, tagliando venerdì 27 alle 9, e al signor Ferri gli mandi subito la conferma."
    )
    assert p.intent == "book" and p.careful == "verbless", (p.intent, p.reason, p.careful)
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], p.parts


def test_gli_heard_i_before_the_sending_verb() -> None:
    assert heard_tokens("al signor Ferri i mandi la conferma")[3] == "gli"
    assert heard_tokens("i mandi di conferma")[0] == "i"  # no one named before it


def test_a_model_opening_the_request_before_its_colour() -> None:
    assert heard_tokens("tauran argento fe 716 zr")[0] == "touran"


def test_only_the_message_stays_a_message() -> None:
    p = parse_it("Al signor Ferri, della Panda AB 123 CD, gli mandi la conferma del tagliando di venerdì 27.")
    assert p.intent == "send_confirmation" and slot(p, "plate") == "AB123CD", (p.intent, p.reason)
