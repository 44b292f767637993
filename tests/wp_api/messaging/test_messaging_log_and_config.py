"""The log provider, message validation, and build_providers' channel table (real wire for real providers)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tests.fakes.smtp_server import LoopbackSmtp
from tests.fakes.whatsapp_server import FakeWhatsApp
from wp_api.messaging import (
    LogProvider,
    MessagingConfig,
    OutboundMessage,
    SmtpEmailProvider,
    WhatsAppCloudProvider,
    build_providers,
    render,
)

MakeMessage = Callable[..., OutboundMessage]


async def test_log_provider_appends_one_json_line_per_message(
    tmp_path: Path, make_message: MakeMessage
) -> None:
    path = tmp_path / "logs" / "messages.jsonl"
    provider = LogProvider(path)
    first = await provider.send(make_message())
    await provider.send(make_message(channel="sms", kind="reminder", idempotency_key="r-1"))
    await provider.send(make_message(channel="email", to="a@b.it", idempotency_key="e-1"))

    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    record = json.loads(lines[0])
    assert record["customer_name"] == "Niccolò Bianchi"
    assert "Niccolò" in lines[0]  # written as UTF-8, not escaped
    assert record["template_params"][2] == "mercoledì 2 dicembre alle 09:00"
    assert [e["channel"] for e in provider.entries()] == ["whatsapp", "sms", "email"]
    assert (first.provider, first.status, first.provider_message_id) == (
        "log",
        "sent",
        "log:appt-42-confirmation",
    )
    assert "not delivered" in first.detail
    assert (await provider.lookup("r-1")) is not None
    assert (await provider.lookup("r-2")) is None


def test_log_provider_without_file_has_no_entries(tmp_path: Path) -> None:
    assert LogProvider(tmp_path / "none.jsonl").entries() == []


def test_nothing_configured_falls_back_to_the_log_for_every_channel(tmp_path: Path) -> None:
    providers = build_providers(MessagingConfig(log_path=tmp_path / "m.jsonl"))
    assert set(providers) == {"whatsapp", "email", "sms"}
    assert all(isinstance(p, LogProvider) and p.name == "log" for p in providers.values())
    assert len({id(p) for p in providers.values()}) == 1  # one file, one lock


def test_nothing_configured_and_no_log_path_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no provider configured for whatsapp, email, sms"):
        build_providers(MessagingConfig())


async def test_configured_providers_deliver_rendered_messages(tmp_path: Path) -> None:
    """The path the outbox takes: render → OutboundMessage → build_providers()[channel].send()."""
    with FakeWhatsApp(templates={"booking_confirmation": 5}) as wa, LoopbackSmtp() as smtp:
        config = MessagingConfig(
            whatsapp_token=wa.token,
            whatsapp_phone_number_id=wa.phone_number_id,
            whatsapp_api_base=wa.url,
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            smtp_from="officina@rossi.example",
            smtp_starttls=False,
            log_path=tmp_path / "m.jsonl",
            workshop_name="Officina Rossi",
        )
        providers = build_providers(config)
        assert isinstance(providers["whatsapp"], WhatsAppCloudProvider)
        assert isinstance(providers["email"], SmtpEmailProvider)
        assert isinstance(providers["sms"], LogProvider)

        fields = {
            "workshop_name": config.workshop_name,
            "customer_name": "Niccolò Bianchi",
            "service": "Cambio gomme",
            "starts_at": datetime(2026, 12, 2, 9, 0),
            "plate": "AB123CD",
        }
        subject, text, params = render("booking_confirmation", "it", **fields)
        receipts = {}
        for channel, to in (
            ("whatsapp", "333 1234567"),
            ("email", "niccolo@example.it"),
            ("sms", "+393331234567"),
        ):
            msg = OutboundMessage(
                idempotency_key=f"appt-7-{channel}",
                channel=channel,  # type: ignore[arg-type]
                to=to,
                customer_name="Niccolò Bianchi",
                kind="booking_confirmation",
                subject=subject,
                text=text,
                template_params=params,
                language="it",
            )
            receipts[channel] = await providers[channel].send(msg)
        await providers["whatsapp"].aclose()

        assert {c: r.provider for c, r in receipts.items()} == {
            "whatsapp": "whatsapp",
            "email": "smtp",
            "sms": "log",
        }
        [sent] = wa.sent
        assert sent["to"] == "+393331234567"
        assert [p["text"] for p in sent["template"]["components"][0]["parameters"]] == params
        [mail] = smtp.messages
        assert mail["Subject"] == "Conferma appuntamento – Officina Rossi"
        assert "mercoledì 2 dicembre alle 09:00" in mail.get_body(("plain",)).get_content()
        assert [e["idempotency_key"] for e in providers["sms"].entries()] == ["appt-7-sms"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("override", "match"),
    [
        ({"channel": "fax"}, "unknown channel"),
        ({"kind": "spam"}, "unknown message kind"),
        ({"language": "de"}, "unsupported language"),
        ({"idempotency_key": " "}, "idempotency_key"),
        ({"to": ""}, "recipient"),
    ],
)
def test_outbound_message_refuses_bad_fields(make_message: MakeMessage, override: dict, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        make_message(**override)


def test_config_from_the_app_settings(tmp_path: Path) -> None:
    from engine.config import Settings  # the test may import engine; wp_api itself does not

    settings = Settings(
        whatsapp_phone_number_id="106540352242922",
        whatsapp_template_reminder="promemoria_officina",
        whatsapp_template_language="it",
        smtp_host="smtp.example.it",
        smtp_user="officina",
        smtp_from="officina@rossi.example",
        workshop_name="Officina Rossi",
    )
    config = MessagingConfig.from_settings(
        settings, whatsapp_token="tok", smtp_password="pw", log_path=tmp_path / "m.jsonl"
    )
    assert config.templates == {
        "booking_confirmation": "booking_confirmation",
        "reminder": "promemoria_officina",
    }
    assert (config.smtp_host, config.smtp_port, config.smtp_starttls) == ("smtp.example.it", 587, True)
    assert config.workshop_name == "Officina Rossi"
    providers = build_providers(config)
    assert isinstance(providers["whatsapp"], WhatsAppCloudProvider)
    assert providers["whatsapp"].templates["reminder"] == "promemoria_officina"
    assert isinstance(providers["email"], SmtpEmailProvider)
    # Without the token in the keyring WhatsApp falls back to the log, visibly.
    no_token = MessagingConfig.from_settings(
        settings, whatsapp_token=None, smtp_password=None, log_path=tmp_path
    )
    assert build_providers(no_token)["whatsapp"].name == "log"
