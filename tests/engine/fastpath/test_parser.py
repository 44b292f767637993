"""The fast path's parser: slots, dates, plates, refusals, and the targets on the labelled set."""

from __future__ import annotations

import json
from datetime import date

import pytest

from benches.nlu import TODAY, evaluate, load_dataset
from engine.fastpath import parse
from engine.fastpath.dates import extract_datetime
from engine.fastpath.normalize import tokenize
from engine.fastpath.numbers import word_to_number
from engine.fastpath.plates_spoken import find_plates

WEDNESDAY = date(2026, 11, 25)


def test_the_design_doc_request_is_one_composite_booking() -> None:
    p = parse(
        "Prenota un tagliando per la Panda grigia, targa AB 123 CD, primo posto libero mercoledì "
        "prossimo, e manda una conferma WhatsApp con promemoria il giorno prima",
        today=WEDNESDAY,
    )
    assert p.handled and p.intent == "book"
    assert p.slots["plate"] == "AB123CD"
    assert p.slots["vehicle_description"] == {"colour": "grey", "make": "Fiat", "model": "Panda"}
    assert p.slots["service"]["category"] == "maintenance"
    assert p.slots["date"] == "2026-12-02" and p.slots["first_free"] is True
    assert [x.intent for x in p.parts] == ["book", "send_confirmation", "send_reminder"]
    assert p.parts[1].slots["channel"] == "whatsapp"
    assert p.parts[2].slots["reminder"] == {"when": "day_before", "days_before": 1, "time": "18:00"}
    json.dumps(p.to_dict())  # plain JSON


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("a bi uno due tre ci di", "AB123CD"),
        ("Ancona Bologna centoventitré Como Domodossola", "AB123CD"),
        ("alpha bravo one two three charlie delta", "AB123CD"),
        ("targa AB-123-CD", "AB123CD"),
        ("la effe gi quattro cinque sei acca cappa", "FG456HK"),
        ("targa i lunga cappa 123 doppia vu zeta", "JK123WZ"),
        ("targa CK 2211 PV", "CK2211PV"),
    ],
)
def test_spoken_plates(text: str, plate: str) -> None:
    assert [p.plate for p in find_plates(tokenize(text))] == [plate]


@pytest.mark.parametrize(
    "text", ["alle 9 e 30 del 12/3", "la Panda grigia per le 15", "tra due giorni alle tre"]
)
def test_times_and_dates_are_not_plates(text: str) -> None:
    assert find_plates(tokenize(text)) == []


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("domani alle tre", "2026-11-26", "15:00"),
        ("dopodomani alle 9 e mezza", "2026-11-27", "09:30"),
        ("il 12 marzo alle otto di sera", "2027-03-12", "20:00"),
        ("12/3 alle 10", "2027-03-12", "10:00"),
        ("tomorrow at 3pm", "2026-11-26", "15:00"),
        ("on March 12th at half past nine", "2027-03-12", "09:30"),
        ("giovedì della settimana prossima alle 11", "2026-12-03", "11:00"),
        ("alle dieci meno un quarto di lunedì", "2026-11-30", "09:45"),
    ],
)
def test_dates_and_times(text: str, day: str, time: str) -> None:
    slots = extract_datetime(tokenize(text), WEDNESDAY)
    assert [m.day.isoformat() for m in slots.dates] == [day]
    assert slots.time == time


def test_two_readings_of_a_weekday_are_flagged() -> None:
    # said on a Wednesday: "mercoledì" is today or in a week; "venerdì prossimo" the 27th or the 4th
    for text in ("mercoledì", "venerdì prossimo"):
        assert extract_datetime(tokenize(text), WEDNESDAY).dates[0].ambiguous
    assert not extract_datetime(tokenize("mercoledì prossimo"), WEDNESDAY).dates[0].ambiguous


@pytest.mark.parametrize(("word", "value"), [("ventitré", 23), ("ventuno", 21), ("centoventitre", 123),
                                             ("twenty-one", 21), ("dodici", 12)])  # fmt: skip
def test_number_words(word: str, value: int) -> None:
    from engine.fastpath.normalize import strip_accents

    assert word_to_number(strip_accents(word)) == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("email every customer whose last tyre change was more than six months ago", "out_of_scope:campaign"),
        ("quanto costa un tagliando?", "out_of_scope:price"),
        ("prenota un tagliando per la AB123CD martedì o mercoledì", "out_of_scope:two_options"),
        ("prenota un tagliando per la AB123CD mercoledì", "ambiguous:which_day"),
        ("prenota un tagliando per la AB123CD", "missing:date"),
        ("prenota un tagliando per la AB123CD domani e chiama il cliente", "out_of_scope:unsupported_action"),
        ("prenota un tagliando e un cambio gomme per la DK345RT domani", "ambiguous:two_services"),
        ("annulla tutti gli appuntamenti di sabato", "out_of_scope:bulk"),
        ("ciao, come va?", "no_intent"),
        ("prenota un tagliando per la AB123CD domani dopo le 15", "ambiguous:time_window"),
        ("book a service for AB123CD tomorrow between 9 and 11", "ambiguous:time_window"),
        ("prenota un tagliando per la AB123CD domani alle 9 e alle 11", "ambiguous:two_times"),
        ("annulla gli appuntamenti di domani", "out_of_scope:bulk"),
        ("prenota un tagliando per AB123CD e FG456HK domani alle 10", "ambiguous:two_plates"),
        ("prenota il tagliando per la Panda o la Punto di Rossi domani", "out_of_scope:two_options"),
        (
            "prenota un tagliando per la AB123CD domani alle 10 per due persone bambini",
            "unknown_words:persone bambini",
        ),
        ("prenota il tagliando per la AB123CD domani alle 9 e lava la macchina", "unknown_action:lava"),
    ],
)
def test_requests_left_to_the_model(text: str, reason: str) -> None:
    p = parse(text, today=WEDNESDAY)
    assert not p.handled
    assert p.reason == reason


def test_english_is_detected_for_the_reply() -> None:
    p = parse("Book an oil change for plate A B 1 2 3 C D tomorrow morning", language="it", today=WEDNESDAY)
    assert p.language == "en"
    assert p.slots["service"]["key"] == "oil_change"
    assert p.slots["part_of_day"] == "morning"


def test_dataset_is_big_enough_and_labelled() -> None:
    rows = load_dataset()
    assert len(rows) >= 300
    assert sum(not r["take"] for r in rows) >= 60
    assert sum(r["lang"] == "it" for r in rows) > len(rows) / 2
    for row in rows:
        assert row["take"] is False or row["intent"] is not None, row


def test_targets_on_the_labelled_set() -> None:
    """Zero wrong writes, ≥ 90% of in-scope utterances handled right (timing is the bench's job)."""
    result = evaluate(load_dataset(), TODAY)
    assert result["wrong_writes"] == 0, result["failures"]
    assert result["coverage"] >= 0.90, result["failures"]


def test_by_a_day_means_the_first_free_slot_until_then() -> None:
    p = parse("prenota un tagliando per la AB123CD entro venerdì", today=WEDNESDAY)
    assert p.handled
    assert (p.slots["date"], p.slots["date_to"], p.slots["first_free"]) == ("2026-11-25", "2026-11-27", True)


def test_an_answer_completes_the_question() -> None:
    from engine.fastpath.parser import answer_to

    question = parse("prenota un tagliando per la AB123CD mercoledì", today=WEDNESDAY)
    assert question.reason == "ambiguous:which_day"
    answered = answer_to(question, "mercoledì prossimo alle 10", today=WEDNESDAY)
    assert answered is not None and answered.handled
    assert (answered.slots["date"], answered.slots["time"], answered.slots["plate"]) == (
        "2026-12-02",
        "10:00",
        "AB123CD",
    )
    assert answer_to(question, "no, lascia perdere", today=WEDNESDAY) is None
    assert answer_to(question, "annulla l'appuntamento della FG456HK", today=WEDNESDAY) is None
    still = answer_to(question, "mercoledì", today=WEDNESDAY)
    assert still is not None and not still.handled and still.reason == "ambiguous:which_day"


def test_owner_named_after_di() -> None:
    p = parse("Prenota un tagliando per la Panda grigia di Mario Rossi domani alle 10", today=WEDNESDAY)
    assert p.handled and p.slots["customer"] == "Mario Rossi"
    assert parse("prenota un tagliando per la Panda di Lunedì", today=WEDNESDAY).slots.get("customer") is None
