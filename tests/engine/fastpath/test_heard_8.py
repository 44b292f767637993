"""Whisper base's forms of held-out set 8's Italian (tuned on since 2026-12-03), put back on new sentences: a
model run into its colour ("polonera") or respelt ("mocca", "doppelò", "giuche", "innis"), a weekday split or
glued ("meccole di", "martedia", "Venere di"), "pastiglie" and "tagliando" cut, "in mattinata" glued, SMS said
as "se M e S". Each stands for one word only, so putting it back guesses nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("heard", "slots"),
    [
        ("Prenota un cambio olio per la polonera AB 123 CD meccole di 2 dicembre alle 10.",
         {"model": "Polo", "colour": "black", "date": "2026-12-02", "time": "10:00"}),
        ("Mettimi le pastie per la mocca FG 456 HK Venere di alle 9.",
         {"model": "Mokka", "service": "brakes", "date": "2026-11-27", "time": "09:00"}),
        ("Prenota il taillando sul doppelò AB 123 CD dopodomani immattinata alle 10.",
         {"model": "Doblò", "service": "service", "date": "2026-11-27", "time": "10:00"}),
        ("Segna un cambio gomme alla giuche FG 456 HK martedia alle 11.",
         {"model": "Juke", "service": "tyres", "date": "2026-12-01", "time": "11:00"}),
    ],
)  # fmt: skip
def test_whisper_forms_are_put_back(heard: str, slots: dict[str, str]) -> None:
    assert_parsed(parse_it(heard), "book", slots)


def test_sms_said_as_its_letters_is_the_channel() -> None:
    p = parse_it("Metti un promemoria per se M e S alla AB 123 CD il giorno prima.")
    assert p.intent == "send_reminder" and p.slots.get("channel") == "sms", (p.reason, p.slots)


def test_a_word_that_only_looks_like_one_is_left() -> None:
    # "venere" alone (no "di") is no weekday: the request still has no day and is asked about
    p = parse_it("Prenota un tagliando per la AB 123 CD, la Venere blu.")
    assert p.slots.get("date") is None


def test_a_correction_run_together_and_a_reason_respelt() -> None:
    p = parse_it("Mettimi le pastiglie sulla AB 123 CD giovedì alle due del pomeriggio anzino alle 3.")
    assert p.handled and p.slots.get("time") == "15:00", (p.reason, p.slots)
    p = parse_it("La revisione di lunedì della AB 123 CD non c'è la fa, spostala a martedì alle 9.")
    assert p.handled and p.intent == "move", (p.reason, p.slots)
    p = parse_it("Mettimila Panda AB 123 CD per un tagliando lunedì alle 10.")
    assert p.handled and p.intent == "book" and p.slots.get("plate") == "AB123CD", (p.reason, p.slots)


def test_english_forms_and_a_time_without_its_colon() -> None:
    from tests.engine.fastpath.italian import parse_en

    p = parse_en("Book the white Diablo, AB 123 CD, infer break pass on Friday at 430.")
    assert p.handled and p.intent == "book", (p.reason, p.slots)
    assert p.slots["service"]["key"] == "brakes" and p.slots["time"] == "16:30"
    assert p.slots["vehicle_description"]["model"] == "Doblò"
    assert parse_it("Prenota un tagliando per la AB 123 CD venerdì alle 1030.").slots["time"] == "10:30"
    # a number that is no time stays a stray number: asked, never read as an hour
    assert not parse_it("Prenota un tagliando per la AB 123 CD venerdì alle 10, sono 200 euro.").handled
