"""How whisper base hears a message's channel, "chi" and a run-together city pair (set 24 spoken): WhatsApp
spelled by its sound ("un WOTS UP"), SMS by its letter names cut at their vowels ("una S e M è se"), "chi entra"
heard "qui entra", Hotel Como run together ("Otelcomo": H C), "trovarmi" heard without its "r". Each put back
where its kind lives; what stays refused or asked stays so."""

from __future__ import annotations

from datetime import date

import pytest

from engine.fastpath.parser import parse
from engine.fastpath.plates_spoken import city_by_sound

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Per la Clio, EB 417 KM, manda un wots up la sera prima verso le 8.", "whatsapp"),
        ("Per la Clio, EB 417 KM, lascia un promemoria SWOTS UP per il giorno prima.", "whatsapp"),
        ("Alla Clio EB 417 KM manda il promemoria swotsapp la mattina prima.", "whatsapp"),
        ("Il signor Bonetti vuole essere avvisato. Una S e M è se il giorno prima, EB 417 KM.", "sms"),
    ],
)
def test_the_channel_heard_by_its_sound_is_a_reminder(text: str, channel: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "send_reminder" and parsed.slots["channel"] == channel
    assert parsed.slots["plate"] == "EB417KM"


def test_a_condition_said_with_se_stays_refused() -> None:
    parsed = parse("Se la Clio EB 417 KM è pronta, manda un SMS alla signora.", language="it", today=TODAY)
    assert not parsed.handled


@pytest.mark.parametrize("text", ["Leggimi la lista di qui entra domani.", "Dopodomani qui arriva?"])
def test_chi_heard_qui_before_coming_asks_the_day(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "day_appointments" and parsed.handled


def test_qui_alone_is_no_chi() -> None:
    parsed = parse("Qui c'è da fare un tagliando.", language="it", today=TODAY)
    assert parsed.intent != "day_appointments"


def test_two_city_words_run_together_heard_exactly() -> None:
    assert city_by_sound("otelcomo") == "HC"
    assert city_by_sound("tagliando") is None  # a known word is never read as cities


def test_a_plate_ending_on_two_cities_run_together() -> None:
    text = "Conferma per SMS il tagliando della Clio, Empoli Bologna 4 1 7 Otelcomo."
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "send_confirmation" and parsed.slots["plate"] == "EB417HC"


@pytest.mark.parametrize(
    "text",
    [
        "Per un tagliando, lunedì 30 di mattina, riesci a trovami un'ora.",  # its "r" lost, its "?" lost
        "Sabato 28, la mattina, c'è spazio per cambiare le gomme.",
    ],
)
def test_room_asked_without_its_question_mark(text: str) -> None:
    parsed = parse(text, language="it", today=TODAY)
    assert parsed.intent == "first_free_slot" and parsed.handled
