"""Set 44's bookings with a message added:
- "Prenotiamo la diagnosi …, e poi gli scrivi su WhatsApp che è tutto a posto" (it-ff07): the message says the
  booking is set, its confirmation ("che è tutto ok", "che è tutto fissato" too); "che non è tutto a posto" is none;
- "Registrami la Luxgen U6 della signora Panzeri, …, per il cambio gomme martedì 29 alle 9, e mettile un promemoria
  via SMS tre giorni prima" (it-ff08): the car written down "per" its job, a booking with its reminder; "registra"
  with no job after "per" (a past job recorded, the kilometres) books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Prenotiamo la diagnosi elettronica per la Panda di Rossi, EW 346 HD, lunedì 14 dicembre alle 16 e 30, e poi "
         "gli scrivi su WhatsApp che è tutto a posto.", "whatsapp"),
        ("Segna la Clio della Bianchi, EW 275 HS, per il tagliando venerdì 4 dicembre alle 9, e mandale un SMS che è "
         "tutto ok.", "sms"),
        ("Prenota la revisione per la Punto, AB 123 CD, giovedì 3 dicembre alle 3, poi gli scrivi per mail che è tutto "
         "fissato.", "email"),
    ],
)  # fmt: skip
def test_the_message_saying_all_is_set_is_its_confirmation(text: str, channel: str) -> None:
    p = parse_it(text)
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], (p.intent, p.reason, p.parts)
    assert p.parts[1].slots["channel"] == channel, p.parts[1].slots


def test_all_not_set_written_sends_no_confirmation() -> None:
    p = parse_it("Segna la Punto di Rossi, AB 123 CD, per un tagliando lunedì 7 dicembre alle 9, e gli scrivi che non "
                 "è tutto a posto.")
    assert "send_confirmation" not in [part.intent for part in p.parts], (p.intent, p.reason, p.parts)
    assert not p.handled or p.intent != "send_confirmation", (p.intent, p.reason)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Registrami la Panda della signora Rossi, EW 346 HD, per il cambio gomme martedì 29 dicembre alle 9.",
         {"plate": "EW346HD", "service": "tyres", "date": "2026-12-29", "time": "09:00"}),
        ("Registrala per la revisione venerdì alle 10, la Panda di Rossi, EW 346 HD.",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27", "time": "10:00"}),
    ],
)  # fmt: skip
def test_the_car_written_down_for_its_job_books(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", want)


def test_the_car_written_down_with_its_reminder_books_both() -> None:
    p = parse_it("Registrami la Panda della signora Rossi, EW 346 HD, per il cambio gomme martedì 29 dicembre alle 9, "
                 "e mettile un promemoria via SMS tre giorni prima.")
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], (p.intent, p.reason, p.parts)


@pytest.mark.parametrize(
    "text",
    [
        "Registra il tagliando fatto ieri alla Panda di Rossi, EW 346 HD.",
        "Registrami i chilometri della Panda, EW 346 HD, per il tagliando",
        "Registra un cliente nuovo, Rossi, per il tagliando venerdì alle 10",
    ],
)
def test_a_record_written_books_nothing(text: str) -> None:
    assert parse_it(text).intent != "book"


def test_the_confirmation_heard_run_on_is_said_back() -> None:
    # "gli scrivi" heard "iscrivi" before "su WhatsApp", "diagnosi" heard "diagnozie" (set 44's transcript)
    p = parse_it("Prenotiamo la diagnozie elettronica per la Panda di Rossi, EW 346 HD, lunedì 14 dicembre alle 16 e "
                 "30 e poi iscrivi su WhatsApp che è tutto apposto.")
    assert [part.intent for part in p.parts] == ["book", "send_confirmation"], (p.intent, p.reason, p.parts)
    assert p.careful, p.careful


def test_the_car_written_down_as_heard_books_with_its_reminder() -> None:
    # "registrami" heard "legistrami", "martedì" "materi", "e mettile" run together, the SMS run onto the days
    p = parse_it("Legistrami la Panda della signora Rossi, EW 346 HD, e per il cambio gomme materi 29 dicembre alle 9, "
                 "emetile un promemoria via SMS3 giorni prima.")
    assert [part.intent for part in p.parts] == ["book", "send_reminder"], (p.intent, p.reason, p.parts)
    assert p.parts[0].slots["date"] == "2026-12-29", p.parts[0].slots
    assert p.parts[1].slots["reminder"]["days_before"] == 3, p.parts[1].slots
