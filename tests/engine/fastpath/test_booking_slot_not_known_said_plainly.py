"""Set 40's bookings with a slot said not known in plain counter words, read with that slot asked (nothing written):
- "…, ma di targa non sa niente" (it-kk18), after someone unnamed on the line or at the desk "con" the car described
  ("C'è una signora al telefono con una Punto grigia: revisione venerdì 18 alle 9 e mezza"): the plate asked;
- "…, avrebbe bisogno delle pastiglie, però quando passare non l'ha ancora deciso" (it-kk21): the day asked;
- "Can we fit the Integra, EN 935 SW, in for brake pads on Friday the 4th? She's not sure what time suits."
  (en-kk06): a booking, its hour asked, no question of room;
- "The Datsun, FH 052 RK, is due its MOT: Monday the 30th at 4 in the afternoon" (en-kk04): the vehicle and its plate
  said due the job, then its day and hour: a booking said back for a yes; a deadline ("by Monday") or no hour is none."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("C'è una signora al telefono con una Punto grigia: revisione venerdì 18 alle 9 e mezza, ma di targa non sa "
         "niente.", {"service": "inspection", "date": "2026-12-18", "time": "09:30", "model": "Punto"}),
        ("Ho al telefono un signore con una Clio bianca: tagliando lunedì 30 alle 10, la targa non se la ricorda.",
         {"service": "service", "date": "2026-11-30", "time": "10:00", "model": "Clio"}),
        ("C'è qui al banco un signore con la Panda rossa, per un cambio olio giovedì 3 dicembre alle 4, ma della targa "
         "non ne sa nulla.", {"service": "oil_change", "date": "2026-12-03", "time": "16:00", "model": "Panda"}),
    ],
)  # fmt: skip
def test_the_plate_not_known_is_asked(text: str, slots: dict[str, object]) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:plate", (p.intent, p.reason, p.slots)
    assert_parsed_slots(p, slots)


def assert_parsed_slots(p: object, slots: dict[str, object]) -> None:
    """Each of `slots` in the parse's, as `italian.slot` names them (the parse not handled: its plate asked)."""
    from tests.engine.fastpath.italian import slot

    for key, want in slots.items():
        assert slot(p, key) == want, (key, p)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        # the plate known after all, or no car after "con", or the caller's words are more than the caller
        "C'è una signora al telefono con una Punto grigia: revisione venerdì 18 alle 9 e mezza.",
        "C'è una signora al telefono con il marito: revisione venerdì 18 alle 9 e mezza, ma di targa non sa niente.",
        "C'è una signora al telefono con una Punto grigia che chiede della revisione di venerdì 18 alle 9 e mezza, ma "
        "di targa non sa niente.",
    ],
)
def test_other_callers_book_nothing(text: str) -> None:
    p = parse_it(text)
    assert not (p.intent == "book" and "date" in p.slots), (p.intent, p.reason, p.slots)


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La Navigator di Ciampolini, FX 0 6 2 TZ, avrebbe bisogno delle pastiglie, però quando passare non l'ha ancora "
         "deciso.", "brakes"),
        ("La Punto di Rossi, AB 123 CD, deve fare il tagliando, ma quando passa non l'ha detto.", "service"),
        ("Alla Clio della Bianchi, EW 275 HS, serve la revisione, quando portarla non lo sa ancora.", "inspection"),
    ],
)  # fmt: skip
def test_the_day_to_come_by_not_known_is_asked(text: str, service: str) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots["service"]["key"] == service, p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Can we fit the Integra, EN 935 SW, in for brake pads on Friday the 4th? She's not sure what time suits.",
        "Can you fit the Punto, AB 123 CD, in for a service on Friday the 4th? He isn't sure what time.",
        "Could we fit the Clio, EW 275 HS, in for an MOT on Friday the 4th? She is not sure what time suits her.",
    ],
)
def test_room_asked_with_the_hour_not_known_books_its_hour_asked(text: str) -> None:
    p = parse_en(text)
    assert p.intent == "book" and p.reason == "missing:time", (p.intent, p.reason, p.slots)
    assert p.slots["date"] == "2026-12-04", p.slots


def test_room_asked_with_nothing_not_known_stays_a_question_of_room() -> None:
    p = parse_en("Can we fit the Integra, EN 935 SW, in for brake pads on Friday the 4th?")
    assert p.intent == "first_free_slot", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("The Micra, Foxtrot Hotel 0 5 2 Romeo Kilo, is due its MOT: Monday the 30th at 4 in the afternoon.",
         {"plate": "FH052RK", "service": "inspection", "date": "2026-11-30", "time": "16:00"}),
        ("The Punto, AB 123 CD, is due a service, Friday the 4th at 10.",
         {"plate": "AB123CD", "service": "service", "date": "2026-12-04", "time": "10:00"}),
        ("The Clio, EW 275 HS, is due for an oil change: Thursday the 3rd at half 2.",
         {"plate": "EW275HS", "service": "oil_change", "date": "2026-12-03", "time": "14:30"}),
    ],
)  # fmt: skip
def test_the_car_and_plate_said_due_the_job_with_its_hour_is_said_back(text: str, slots: dict[str, object]) -> None:
    p = parse_en(text)
    assert_parsed(p, "book", slots)
    assert p.careful == "verbless", p.careful


@pytest.mark.parametrize(
    "text",
    [
        "The Datsun, FH 052 RK, is due its MOT by Monday the 30th at 4.",
        "The Datsun, FH 052 RK, is due its MOT on Monday the 30th.",
        "The Datsun, FH 052 RK, was due its MOT on Monday the 30th at 4.",
    ],
)
def test_a_deadline_or_no_hour_is_no_booking(text: str) -> None:
    p = parse_en(text)
    assert not (p.handled and p.intent == "book"), (p.intent, p.reason, p.slots)
