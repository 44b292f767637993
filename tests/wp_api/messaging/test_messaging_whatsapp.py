"""WhatsAppCloudProvider against the local server speaking the Cloud API's format."""

from __future__ import annotations

import asyncio
import gc
import socket
from collections.abc import Callable

import pytest

from tests.fakes.whatsapp_server import FakeWhatsApp, Template, graph_error
from wp_api.messaging import DEFAULT_TEMPLATES, OutboundMessage, SendError, WhatsAppCloudProvider

MakeMessage = Callable[..., OutboundMessage]


def provider_for(fake: FakeWhatsApp, **kwargs: object) -> WhatsAppCloudProvider:
    options: dict[str, object] = {
        "token": fake.token,
        "phone_number_id": fake.phone_number_id,
        "api_base": fake.url,
        "templates": DEFAULT_TEMPLATES,
    }
    options.update(kwargs)
    return WhatsAppCloudProvider(**options)  # type: ignore[arg-type]


async def test_confirmation_goes_out_as_a_template(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    async with provider_for(whatsapp) as provider:
        receipt = await provider.send(make_message())

    assert receipt.provider == "whatsapp"
    assert receipt.status == "accepted"
    assert receipt.provider_message_id == whatsapp.message_ids[0]
    assert receipt.provider_message_id.startswith("wamid.")
    [request] = whatsapp.requests
    assert request.method == "POST"
    assert request.path == f"/v21.0/{whatsapp.phone_number_id}/messages"
    assert request.headers["Authorization"] == f"Bearer {whatsapp.token}"
    assert request.status == 200
    assert request.body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "+393331234567",
        "biz_opaque_callback_data": "appt-42-confirmation",
        "type": "template",
        "template": {
            "name": "booking_confirmation",
            "language": {"code": "it"},
            "components": [
                {
                    "type": "body",
                    "parameters": [
                        {"type": "text", "text": "Niccolò Bianchi"},
                        {"type": "text", "text": "Tagliando"},
                        {"type": "text", "text": "mercoledì 2 dicembre alle 09:00"},
                        {"type": "text", "text": "AB123CD"},
                        {"type": "text", "text": "Officina Rossi"},
                    ],
                }
            ],
        },
    }


async def test_reminder_uses_its_own_template_and_language_code(make_message: MakeMessage) -> None:
    templates = {"appointment_reminder": Template(5, languages=("it", "en_US"))}
    with FakeWhatsApp(templates=templates) as fake:
        async with provider_for(fake, language_codes={"en": "en_US"}) as provider:
            await provider.send(make_message(kind="reminder", language="en"))
        template = fake.sent[0]["template"]
    assert template["name"] == "appointment_reminder"
    assert template["language"] == {"code": "en_US"}


async def test_custom_text_without_template_is_a_text_message(
    whatsapp: FakeWhatsApp, make_message: MakeMessage
) -> None:
    text = "La sua Panda è pronta, può passare a ritirarla dalle 15:00.\nGrazie!"
    async with provider_for(whatsapp) as provider:
        receipt = await provider.send(make_message(kind="custom", text=text, template_params=[]))
    assert whatsapp.sent[0]["type"] == "text"
    assert whatsapp.sent[0]["text"] == {"preview_url": False, "body": text}
    assert "text message" in receipt.detail


async def test_campaign_with_an_explicit_template(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    msg = make_message(
        kind="campaign", template="officina_campaign", template_params=["Niccolò", "Gomme invernali?"]
    )
    async with provider_for(whatsapp) as provider:
        await provider.send(msg)
    assert whatsapp.sent[0]["template"]["name"] == "officina_campaign"


async def test_business_initiated_message_without_template_is_refused_locally(
    whatsapp: FakeWhatsApp, make_message: MakeMessage
) -> None:
    async with provider_for(whatsapp) as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message(kind="campaign"))
    assert info.value.retryable is False
    assert info.value.code == "no_template"
    assert whatsapp.requests == []


async def test_invalid_number_is_permanent_and_sends_nothing(
    whatsapp: FakeWhatsApp, make_message: MakeMessage
) -> None:
    async with provider_for(whatsapp) as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message(to="12 34"))
    assert info.value.retryable is False
    assert "invalid WhatsApp number" in info.value.message
    assert whatsapp.requests == []


async def test_wrong_token_is_permanent_with_a_clear_message(
    whatsapp: FakeWhatsApp, make_message: MakeMessage
) -> None:
    async with provider_for(whatsapp, token="expired") as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message())
    error = info.value
    assert (error.retryable, error.status, error.code) == (False, 401, "190")
    assert "access token is invalid or expired" in error.message
    assert "fbtrace_id" in error.message
    assert whatsapp.sent == []


async def test_unknown_template_is_permanent(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    async with provider_for(whatsapp) as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message(template="does_not_exist"))
    assert (info.value.retryable, info.value.code) == (False, "132001")
    assert "template does not exist" in info.value.message
    assert "does_not_exist" in info.value.message


async def test_wrong_parameter_count_is_permanent(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    async with provider_for(whatsapp) as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message(template_params=["Niccolò"]))
    assert (info.value.retryable, info.value.code) == (False, "132000")


async def test_wrong_phone_number_id_is_permanent(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    async with provider_for(whatsapp, phone_number_id="999") as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message())
    assert (info.value.retryable, info.value.code) == (False, "100")
    assert "Object with ID '999' does not exist" in info.value.message


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (429, None, "130429"),
        (500, None, "131000"),
        (503, "<html><body>Service Unavailable</body></html>", "http_503"),
        (400, graph_error(131048, "(#131048) Spam rate limit hit"), "131048"),
    ],
)
async def test_throttling_and_server_errors_are_retryable_then_succeed(
    whatsapp: FakeWhatsApp, make_message: MakeMessage, status: int, body: object, code: str
) -> None:
    whatsapp.fail_next(status, body)
    async with provider_for(whatsapp) as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message())
        assert (info.value.retryable, info.value.status, info.value.code) == (True, status, code)
        receipt = await provider.send(make_message())
    assert receipt.provider_message_id == whatsapp.message_ids[0]
    assert [r.status for r in whatsapp.requests] == [status, 200]


async def test_timeout_is_retryable(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    whatsapp.hang_next(3.0)
    async with provider_for(whatsapp, timeout=0.2) as provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message())
    assert (info.value.retryable, info.value.code) == (True, "timeout")


async def test_unreachable_api_is_retryable(make_message: MakeMessage) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    provider = WhatsAppCloudProvider(
        token="t",
        phone_number_id="123",
        api_base=f"http://127.0.0.1:{port}/v21.0",
        templates=DEFAULT_TEMPLATES,
    )
    async with provider:
        with pytest.raises(SendError) as info:
            await provider.send(make_message())
    assert (info.value.retryable, info.value.code) == (True, "connection")


def test_one_provider_serves_several_event_loops_closed_after_each(
    whatsapp: FakeWhatsApp, make_message: MakeMessage
) -> None:
    provider = provider_for(whatsapp)

    async def send_and_close(key: str) -> None:
        await provider.send(make_message(idempotency_key=key))
        await provider.aclose()

    asyncio.run(send_and_close("a"))
    asyncio.run(send_and_close("b"))
    assert [body["biz_opaque_callback_data"] for body in whatsapp.sent] == ["a", "b"]


@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_new_event_loop_gets_a_new_client(whatsapp: FakeWhatsApp, make_message: MakeMessage) -> None:
    provider = provider_for(whatsapp)
    asyncio.run(provider.send(make_message(idempotency_key="a")))
    asyncio.run(provider.send(make_message(idempotency_key="b")))  # the first loop is gone: no error
    asyncio.run(provider.aclose())
    gc.collect()  # the abandoned first client's sockets are reclaimed here, under this test's filter
    assert [body["biz_opaque_callback_data"] for body in whatsapp.sent] == ["a", "b"]


def test_constructor_refuses_missing_credentials() -> None:
    with pytest.raises(ValueError, match="access token"):
        WhatsAppCloudProvider(token="", phone_number_id="123")
    with pytest.raises(ValueError, match="phone_number_id"):
        WhatsAppCloudProvider(token="t", phone_number_id="+39 333")
