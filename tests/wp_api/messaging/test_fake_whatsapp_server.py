"""The fake Cloud API itself refuses what Meta refuses, so tests built on it (outbox, WP-Cron) mean something."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.fakes.whatsapp_server import FakeWhatsApp


@pytest.fixture
def client(whatsapp: FakeWhatsApp) -> Iterator[httpx.Client]:
    with httpx.Client(headers={"Authorization": f"Bearer {whatsapp.token}"}, timeout=5) as c:
        yield c


def template_body(**template: Any) -> dict[str, Any]:
    return {
        "messaging_product": "whatsapp",
        "to": "393331234567",
        "type": "template",
        "template": {"name": "officina_campaign", "language": {"code": "it"}, **template},
    }


def error_of(response: httpx.Response) -> dict[str, Any]:
    return response.json()["error"]


def test_accepts_a_valid_template_and_answers_like_meta(whatsapp: FakeWhatsApp, client: httpx.Client) -> None:
    params = [{"type": "text", "text": "Niccolò"}, {"type": "text", "text": "Gomme invernali?"}]
    response = client.post(
        whatsapp.messages_url, json=template_body(components=[{"type": "body", "parameters": params}])
    )
    assert response.status_code == 200
    answer = response.json()
    assert answer["messaging_product"] == "whatsapp"
    assert answer["contacts"] == [{"input": "393331234567", "wa_id": "393331234567"}]
    assert answer["messages"][0]["id"].startswith("wamid.")
    assert answer["messages"][0]["message_status"] == "accepted"


def test_missing_token_and_bad_path(whatsapp: FakeWhatsApp, client: httpx.Client) -> None:
    no_token = httpx.post(whatsapp.messages_url, json=template_body(), timeout=5)
    assert (no_token.status_code, error_of(no_token)["code"]) == (400, 2500)
    wrong_version = client.post(whatsapp.messages_url.replace("v21.0", "v19.0"), json=template_body())
    assert (wrong_version.status_code, error_of(wrong_version)["code"]) == (400, 100)
    get = client.get(whatsapp.messages_url)
    assert get.status_code == 400
    assert whatsapp.sent == []
    assert [r.status for r in whatsapp.requests] == [400, 400, 400]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"to": "393331234567", "type": "text", "text": {"body": "x"}}, 100),  # no messaging_product
        ({"messaging_product": "whatsapp", "type": "text", "text": {"body": "x"}}, 100),  # no to
        (
            {
                "messaging_product": "whatsapp",
                "to": "393331234567",
                "type": "text",
                "text": {"body": "x" * 4097},
            },
            100,
        ),
        ({"messaging_product": "whatsapp", "to": "393331234567", "type": "sticker"}, 131051),
        ({"messaging_product": "whatsapp", "to": "393331234567", "type": "template", "template": {}}, 100),
    ],
)
def test_malformed_bodies(
    whatsapp: FakeWhatsApp, client: httpx.Client, body: dict[str, Any], code: int
) -> None:
    response = client.post(whatsapp.messages_url, json=body)
    assert (response.status_code, error_of(response)["code"]) == (400, code)
    assert error_of(response)["fbtrace_id"]


def test_template_registry_and_parameter_text(whatsapp: FakeWhatsApp, client: httpx.Client) -> None:
    unknown = client.post(whatsapp.messages_url, json=template_body(name="nope"))
    assert error_of(unknown)["code"] == 132001
    english = client.post(whatsapp.messages_url, json=template_body(language={"code": "de"}))
    assert error_of(english)["code"] == 132001
    too_few = client.post(whatsapp.messages_url, json=template_body())
    assert error_of(too_few)["code"] == 132000
    newline = [{"type": "text", "text": "riga\nriga"}, {"type": "text", "text": "x"}]
    bad_text = client.post(
        whatsapp.messages_url, json=template_body(components=[{"type": "body", "parameters": newline}])
    )
    assert error_of(bad_text)["code"] == 132018
    assert whatsapp.sent == []


def test_scripted_failures_then_normal_service(whatsapp: FakeWhatsApp, client: httpx.Client) -> None:
    whatsapp.fail_next(429, times=2).fail_next(500, "<html>oops</html>")
    body = {"messaging_product": "whatsapp", "to": "393331234567", "type": "text", "text": {"body": "ciao"}}
    statuses = [client.post(whatsapp.messages_url, json=body).status_code for _ in range(4)]
    assert statuses == [429, 429, 500, 200]
    assert len(whatsapp.sent) == 1
    whatsapp.reset()
    assert whatsapp.requests == [] and whatsapp.sent == []


def test_wait_for_sent_sees_messages_from_another_thread(whatsapp: FakeWhatsApp) -> None:
    body = {"messaging_product": "whatsapp", "to": "393331234567", "type": "text", "text": {"body": "ciao"}}

    def send() -> None:
        httpx.post(whatsapp.messages_url, json=body, headers={"Authorization": f"Bearer {whatsapp.token}"})

    thread = threading.Thread(target=send)
    thread.start()
    assert whatsapp.wait_for_sent(1)[0]["text"]["body"] == "ciao"
    thread.join()
    with pytest.raises(TimeoutError):
        whatsapp.wait_for_sent(2, timeout=0.1)
