"""Message texts: Italian and English, dates in Italian, template parameters."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from wp_api.messaging import format_when, render

FIELDS = {
    "workshop_name": "Officina Rossi",
    "customer_name": "Niccolò Bianchi",
    "service": "Tagliando",
    "starts_at": datetime(2026, 12, 2, 9, 0),
    "plate": "AB123CD",
}


def test_booking_confirmation_italian() -> None:
    subject, text, params = render("booking_confirmation", "it", **FIELDS)
    assert subject == "Conferma appuntamento – Officina Rossi"
    assert "Gentile Niccolò Bianchi" in text
    assert "mercoledì 2 dicembre alle 09:00" in text
    assert "AB123CD" in text and "Tagliando" in text and "Officina Rossi" in text
    assert params == [
        "Niccolò Bianchi",
        "Tagliando",
        "mercoledì 2 dicembre alle 09:00",
        "AB123CD",
        "Officina Rossi",
    ]


def test_booking_confirmation_english() -> None:
    subject, text, params = render("booking_confirmation", "en", **FIELDS)
    assert subject == "Appointment confirmed – Officina Rossi"
    assert "Wednesday 2 December at 09:00" in text
    assert params[2] == "Wednesday 2 December at 09:00"


def test_reminder_says_tomorrow_the_day_before() -> None:
    _, text, params = render("reminder", "it", today=date(2026, 12, 1), **FIELDS)
    assert text.startswith("Promemoria: domani, mercoledì 2 dicembre alle 09:00")
    assert params[2] == "domani, mercoledì 2 dicembre alle 09:00"
    _, text_en, _ = render("reminder", "en", today=date(2026, 12, 1), **FIELDS)
    assert text_en.startswith("Reminder: tomorrow, Wednesday 2 December at 09:00")


def test_reminder_further_away_gives_the_date_only() -> None:
    _, text, _ = render("reminder", "it", today=date(2026, 11, 20), **FIELDS)
    assert text.startswith("Promemoria: mercoledì 2 dicembre alle 09:00")
    assert "domani" not in text


def test_timezone_aware_times_are_shown_in_rome_time() -> None:
    utc = datetime(2026, 7, 1, 6, 30, tzinfo=ZoneInfo("UTC"))
    assert format_when(utc, "it") == "mercoledì 1 luglio alle 08:30"
    assert (
        format_when("2027-01-04T15:00", "it", today=date(2026, 12, 30)) == "lunedì 4 gennaio 2027 alle 15:00"
    )


def test_campaign_fills_only_known_placeholders() -> None:
    subject, text, params = render(
        "campaign", "it", draft="Ciao {name}, la {plate} aspetta le gomme {invernali}!", **FIELDS
    )
    assert text == "Ciao Niccolò Bianchi, la AB123CD aspetta le gomme {invernali}!"
    assert subject == "Un messaggio da Officina Rossi"
    assert params == ["Niccolò Bianchi", text]


def test_template_params_are_single_line() -> None:
    _, text, params = render("custom", "it", text="Riga uno\n\nRiga\tdue     fine", **FIELDS)
    assert "\n" in text
    assert params[1] == "Riga uno Riga due fine"


def test_missing_fields_and_unknown_kind_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="needs 'starts_at'"):
        render("booking_confirmation", "it", workshop_name="X", service="Tagliando")
    with pytest.raises(ValueError, match="unknown message kind"):
        render("fax", "it", **FIELDS)
    with pytest.raises(ValueError, match="unsupported language"):
        render("booking_confirmation", "de", **FIELDS)
