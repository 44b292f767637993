"""A car named by a word no table knows, right after its article and before its owner ("alla Cuyo Blue di Valentina
Conte serve la revisione giovedì alle 11", whisper's for "alla Clio blu", seen speaking to the app: the word was
dropped and the owner's one car booked at once, whatever car was said): the write is said back whole for a yes, as a
car named by a number whose model is not read is. A model read, or a word the fast path knows there, changes nothing."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_an_unknown_car_word_before_the_owner_is_said_back() -> None:
    p = parse_it("prenota il tagliando alla Zorbo di Valentina Greco venerdì alle 9")
    assert p.intent == "book" and p.handled and p.careful == "model", (p.reason, p.careful)


def test_with_a_colour_between_it_is_said_back_too() -> None:
    p = parse_it("alla Zorbo grigia di Valentina Greco serve il tagliando venerdì alle 9")
    assert p.intent == "book" and p.careful == "model", (p.reason, p.careful)


def test_a_model_read_is_not_said_back_for_it() -> None:
    p = parse_it("prenota il tagliando alla Clio di Valentina Greco venerdì alle 9")
    assert p.intent == "book" and p.careful is None, p.careful


def test_a_known_word_there_is_no_car_unread() -> None:
    p = parse_it("prenota il tagliando alla macchina di Valentina Greco venerdì alle 9")
    assert p.careful is None, p.careful
