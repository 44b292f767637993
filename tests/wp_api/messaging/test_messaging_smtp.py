"""SmtpEmailProvider against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest

from tests.fakes.smtp_server import LoopbackSmtp
from wp_api.messaging import OutboundMessage, SendError, SmtpEmailProvider, message_id_for

MakeMessage = Callable[..., OutboundMessage]
SENDER = "Officina Rossi <officina@rossi.example>"


def email_message(make_message: MakeMessage, **overrides: object) -> OutboundMessage:
    fields: dict[str, object] = {
        "channel": "email",
        "to": "niccolo.bianchi@example.it",
        "subject": "Conferma appuntamento – Officina Rossi: è tutto pronto",
        "text": "Gentile Niccolò Bianchi,\nle confermiamo il tagliando: mercoledì 2 dicembre alle 09:00.\n\n"
        "Perché aspettare? A presto <3",
    }
    fields.update(overrides)
    return make_message(**fields)


def provider_for(smtp: LoopbackSmtp, **kwargs: object) -> SmtpEmailProvider:
    options: dict[str, object] = {"host": smtp.host, "port": smtp.port, "sender": SENDER, "starttls": False}
    options.update(kwargs)
    return SmtpEmailProvider(**options)  # type: ignore[arg-type]


async def test_email_is_received_with_headers_and_both_bodies(
    smtp: LoopbackSmtp, make_message: MakeMessage
) -> None:
    msg = email_message(make_message)
    receipt = await provider_for(smtp).send(msg)

    [mail] = smtp.received
    assert mail.tls is False
    assert mail.mail_from == "officina@rossi.example"
    assert mail.rcpt_tos == ["niccolo.bianchi@example.it"]
    email = mail.message
    assert email["From"] == SENDER
    assert email["To"] == "niccolo.bianchi@example.it"
    assert email["Subject"] == "Conferma appuntamento – Officina Rossi: è tutto pronto"
    assert email["Message-ID"] == "<appt-42-confirmation@officina-voice>"
    assert email["Content-Language"] == "it"
    assert email["X-Officina-Idempotency-Key"] == "appt-42-confirmation"
    assert email["Date"]
    plain = email.get_body(("plain",)).get_content()
    assert "Gentile Niccolò Bianchi," in plain and "Perché aspettare? A presto <3" in plain
    html = email.get_body(("html",)).get_content()
    assert "<p>Gentile Niccolò Bianchi,<br>le confermiamo" in html
    assert "A presto &lt;3" in html
    # On the wire the headers are 7-bit (RFC 2047) and the body declares UTF-8.
    head = mail.raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()
    assert b'charset="utf-8"' in mail.raw or b"charset=utf-8" in mail.raw
    assert receipt.provider == "smtp"
    assert receipt.status == "sent"
    assert receipt.provider_message_id == "<appt-42-confirmation@officina-voice>"


def test_message_id_is_deterministic_and_valid() -> None:
    assert message_id_for("reminder:17") == message_id_for("reminder:17")
    assert message_id_for("reminder:17") != message_id_for("reminder 17")
    odd = message_id_for("campagna/gomme 2026 <è>")
    assert odd.startswith("<") and odd.endswith("@officina-voice>")
    assert " " not in odd and "è" not in odd.removesuffix("@officina-voice>") and "<" not in odd[1:]
    assert len(message_id_for("k" * 300)) < 100


async def test_login_when_credentials_are_configured(make_message: MakeMessage) -> None:
    with LoopbackSmtp(auth={"officina": "segreta-è"}) as smtp:
        await provider_for(smtp, user="officina", password="segreta-è").send(email_message(make_message))
        assert [mail.login for mail in smtp.received] == ["officina"]


async def test_wrong_password_is_permanent(make_message: MakeMessage) -> None:
    with LoopbackSmtp(auth={"officina": "segreta"}) as smtp:
        with pytest.raises(SendError) as info:
            await provider_for(smtp, user="officina", password="sbagliata").send(email_message(make_message))
        assert smtp.received == []
    assert (info.value.retryable, info.value.code) == (False, "535")
    assert "refused the login of 'officina'" in info.value.message


async def test_credentials_for_a_server_without_auth_are_permanent(
    smtp: LoopbackSmtp, make_message: MakeMessage
) -> None:
    with pytest.raises(SendError) as info:
        await provider_for(smtp, user="officina", password="x").send(email_message(make_message))
    assert (info.value.retryable, info.value.code) == (False, "unsupported")
    assert "AUTH" in info.value.message


async def test_login_is_required_when_the_server_wants_it(make_message: MakeMessage) -> None:
    with LoopbackSmtp(auth={"officina": "segreta"}) as smtp, pytest.raises(SendError) as info:
        await provider_for(smtp).send(email_message(make_message))
    assert (info.value.retryable, info.value.code) == (False, "530")


@pytest.mark.parametrize(
    ("stage", "code", "retryable"),
    [
        ("rcpt", 550, False),
        ("rcpt", 451, True),
        ("data", 554, False),
        ("data", 452, True),
        ("mail", 421, True),
    ],
)
async def test_smtp_replies_map_to_permanent_or_retryable(
    smtp: LoopbackSmtp, make_message: MakeMessage, stage: str, code: int, retryable: bool
) -> None:
    smtp.fail_next(code, "scripted reply", stage=stage)  # type: ignore[arg-type]
    provider = provider_for(smtp)
    with pytest.raises(SendError) as info:
        await provider.send(email_message(make_message))
    assert (info.value.retryable, info.value.code) == (retryable, str(code))
    assert "scripted reply" in info.value.message
    assert smtp.received == []
    await provider.send(email_message(make_message))  # the server is fine again
    assert len(smtp.received) == 1


async def test_starttls_required_but_not_offered_is_permanent(
    smtp: LoopbackSmtp, make_message: MakeMessage
) -> None:
    with pytest.raises(SendError) as info:
        await provider_for(smtp, starttls=True).send(email_message(make_message))
    assert (info.value.retryable, info.value.code) == (False, "starttls_unsupported")
    assert smtp.received == []


async def test_unreachable_server_is_retryable(make_message: MakeMessage) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    provider = SmtpEmailProvider(host="127.0.0.1", port=port, sender=SENDER, starttls=False, timeout=2)
    with pytest.raises(SendError) as info:
        await provider.send(email_message(make_message))
    assert (info.value.retryable, info.value.code) == (True, "connection")


async def test_bad_address_is_permanent_and_sends_nothing(
    smtp: LoopbackSmtp, make_message: MakeMessage
) -> None:
    with pytest.raises(SendError) as info:
        await provider_for(smtp).send(email_message(make_message, to="niccolo at example"))
    assert info.value.retryable is False
    assert smtp.received == []


async def test_whatsapp_message_is_refused_by_the_email_provider(
    smtp: LoopbackSmtp, make_message: MakeMessage
) -> None:
    with pytest.raises(SendError) as info:
        await provider_for(smtp).send(make_message())
    assert (info.value.retryable, info.value.code) == (False, "unsupported_channel")


def test_constructor_refuses_a_missing_sender() -> None:
    with pytest.raises(ValueError, match="sender"):
        SmtpEmailProvider(host="mail.example", port=587, sender="Officina")


async def test_starttls_then_login(make_message: MakeMessage) -> None:
    with LoopbackSmtp(tls="starttls", auth={"officina": "segreta"}) as smtp:
        provider = provider_for(
            smtp, starttls=True, ssl_context=smtp.client_ssl_context(), user="officina", password="segreta"
        )
        await provider.send(email_message(make_message))
        [mail] = smtp.received
    assert (mail.tls, mail.login) == (True, "officina")
    assert mail.message["Message-ID"] == "<appt-42-confirmation@officina-voice>"


async def test_implicit_tls(make_message: MakeMessage) -> None:
    with LoopbackSmtp(tls="implicit") as smtp:
        provider = provider_for(smtp, implicit_tls=True, ssl_context=smtp.client_ssl_context())
        await provider.send(email_message(make_message))
        assert [mail.tls for mail in smtp.received] == [True]


async def test_untrusted_certificate_is_permanent(make_message: MakeMessage) -> None:
    with LoopbackSmtp(tls="starttls") as smtp:
        with pytest.raises(SendError) as info:
            await provider_for(smtp, starttls=True).send(email_message(make_message))
        assert smtp.received == []
    assert (info.value.retryable, info.value.code) == (False, "certificate")
    assert "not trusted" in info.value.message
