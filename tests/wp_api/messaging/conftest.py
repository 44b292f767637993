"""Fixtures for the messaging tests: the fake WhatsApp Cloud API and a loopback SMTP server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.fakes.smtp_server import LoopbackSmtp
from tests.fakes.whatsapp_server import FakeWhatsApp
from wp_api.messaging import OutboundMessage

# The approved templates of the fake business account: name → number of body parameters.
TEMPLATES = {"booking_confirmation": 5, "appointment_reminder": 5, "officina_campaign": 2}


@pytest.fixture
def whatsapp() -> Iterator[FakeWhatsApp]:
    with FakeWhatsApp(templates=TEMPLATES) as server:
        yield server


@pytest.fixture
def smtp() -> Iterator[LoopbackSmtp]:
    with LoopbackSmtp() as server:
        yield server


@pytest.fixture
def make_message() -> Callable[..., OutboundMessage]:
    def make(**overrides: Any) -> OutboundMessage:
        fields: dict[str, Any] = {
            "idempotency_key": "appt-42-confirmation",
            "channel": "whatsapp",
            "to": "+39 333 123 4567",
            "customer_name": "Niccolò Bianchi",
            "kind": "booking_confirmation",
            "subject": "Conferma appuntamento – Officina Rossi",
            "text": "Gentile Niccolò Bianchi, le confermiamo l'appuntamento.",
            "template": None,
            "template_params": [
                "Niccolò Bianchi",
                "Tagliando",
                "mercoledì 2 dicembre alle 09:00",
                "AB123CD",
                "Officina Rossi",
            ],
            "language": "it",
        }
        fields.update(overrides)
        return OutboundMessage(**fields)

    return make
