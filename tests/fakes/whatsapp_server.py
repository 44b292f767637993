"""A local HTTP server speaking the WhatsApp Cloud API's send-message format, so real clients run in tests.

    with FakeWhatsApp(templates={"booking_confirmation": 5}) as wa:
        provider = WhatsAppCloudProvider(token=wa.token, phone_number_id=wa.phone_number_id, api_base=wa.url)
        ...
        wa.sent[0]["template"]["name"]          # what was accepted
        wa.fail_next(429)                       # the next request gets a Graph rate-limit error

It checks what Meta's Graph API checks before accepting a message: the Bearer token (401, code 190),
the path `/{version}/{phone_number_id}/messages` (400, code 100), the body (messaging_product, to,
type "template" with name/language/components or type "text" with a body) and, when a template
registry is given, the template name, language and parameter count (132001, 132000). Accepted
messages get `{"messaging_product", "contacts": [{"input", "wa_id"}], "messages": [{"id": "wamid..."}]}`.
Being a real TCP server, it also serves other processes (PHP's wp_remote_post in WP-Cron tests).
"""

from __future__ import annotations

import base64
import itertools
import json
import logging
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_LOGGER = logging.getLogger(__name__)

__all__ = ["FakeWhatsApp", "RecordedRequest", "Template", "graph_error"]

DEFAULT_TOKEN = "test-whatsapp-token"
DEFAULT_PHONE_NUMBER_ID = "106540352242922"
_PARAM_BAD_TEXT = re.compile(r"[\n\t]| {5,}")


@dataclass(frozen=True)
class Template:
    """An approved template: how many body parameters it has, in which languages."""

    params: int
    languages: tuple[str, ...] = ("it", "en")


@dataclass
class RecordedRequest:
    """A request the server received (any path, any outcome)."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    """The decoded JSON body, or None when it was not JSON."""
    status: int = 0
    """The HTTP status the server answered."""


@dataclass
class _Scripted:
    status: int
    body: Any
    delay_s: float = 0.0


def graph_error(
    code: int,
    message: str,
    *,
    type: str = "OAuthException",
    subcode: int | None = None,
    details: str | None = None,
) -> dict[str, Any]:
    """A Graph API error body: {"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}."""
    error: dict[str, Any] = {"message": message, "type": type, "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    error["fbtrace_id"] = "A" + secrets.token_urlsafe(15)
    return {"error": error}


_DEFAULT_ERRORS: dict[int, tuple[int, str]] = {
    400: (132001, "(#132001) Template name does not exist in the translation"),
    401: (190, "Invalid OAuth access token - Cannot parse access token"),
    403: (200, "(#200) You do not have permission to send messages"),
    429: (130429, "(#130429) Rate limit hit"),
    500: (131000, "(#131000) Something went wrong"),
    503: (2, "Service temporarily unavailable"),
}


def default_error_body(status: int) -> dict[str, Any]:
    """The Graph error body Meta typically sends with `status`."""
    code, message = _DEFAULT_ERRORS.get(status, (1, "An unknown error occurred"))
    return graph_error(code, message)


class _BadRequest(Exception):
    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        _LOGGER.debug("fake whatsapp: " + format, *args)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        fake = self.server.fake
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        record = RecordedRequest(method, self.path, dict(self.headers.items()), body)
        scripted = fake._take_scripted()
        if scripted is not None and scripted.delay_s:
            fake._stopping.wait(scripted.delay_s)
        if scripted is not None and scripted.status:
            self._answer(record, scripted.status, scripted.body)
            return
        try:
            self._check_auth()
            self._check_path(method)
            answer = fake._accept(_validated(body, fake))
        except _BadRequest as bad:
            self._answer(record, bad.status, bad.body)
            return
        self._answer(record, 200, answer)

    def _check_auth(self) -> None:
        fake = self.server.fake
        auth = self.headers.get("Authorization") or ""
        if not auth:
            raise _BadRequest(
                400,
                graph_error(
                    2500, "An active access token must be used to query information about the current user."
                ),
            )
        if auth != f"Bearer {fake.token}":
            raise _BadRequest(401, default_error_body(401))

    def _check_path(self, method: str) -> None:
        fake = self.server.fake
        parts = self.path.split("?", 1)[0].strip("/").split("/")
        if len(parts) != 3 or parts[0] != fake.version or parts[2] != "messages" or method != "POST":
            raise _BadRequest(
                400,
                graph_error(100, f"Unknown path components: {self.path}", subcode=None),
            )
        if parts[1] != fake.phone_number_id:
            raise _BadRequest(
                400,
                graph_error(
                    100,
                    f"Unsupported post request. Object with ID '{parts[1]}' does not exist, cannot be loaded "
                    "due to missing permissions, or does not support this operation.",
                    type="GraphMethodException",
                    subcode=33,
                ),
            )

    def _answer(self, record: RecordedRequest, status: int, body: Any) -> None:
        record.status = status
        self.server.fake._record(record)
        if isinstance(body, bytes | str):
            data = body.encode() if isinstance(body, str) else body
            content_type = "text/html; charset=utf-8"
        else:
            data = json.dumps(body if body is not None else default_error_body(status)).encode()
            content_type = "application/json"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        if status == 401:
            self.send_header(
                "WWW-Authenticate", 'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token"'
            )
        self.end_headers()
        self.wfile.write(data)


def _invalid(message: str, *, code: int = 100, details: str | None = None) -> _BadRequest:
    return _BadRequest(400, graph_error(code, message, details=details))


def _validated(body: Any, fake: FakeWhatsApp) -> dict[str, Any]:
    """Check a send-message body as the Cloud API does; return it or raise `_BadRequest`."""
    if not isinstance(body, dict):
        raise _invalid("(#100) The parameter messaging_product is required.")
    if body.get("messaging_product") != "whatsapp":
        raise _invalid("(#100) The parameter messaging_product is required.")
    to = body.get("to")
    if not isinstance(to, str) or not to:
        raise _invalid("(#100) The parameter to is required.")
    if not re.fullmatch(r"\+?\d{6,15}", to):
        raise _invalid("(#100) Invalid parameter", details=f"Invalid phone number: {to}")
    opaque = body.get("biz_opaque_callback_data")
    if opaque is not None and (not isinstance(opaque, str) or len(opaque) > 512):
        raise _invalid("(#100) Param biz_opaque_callback_data must be at most 512 characters long.")
    kind = body.get("type", "text")
    if kind == "text":
        text = body.get("text")
        if not isinstance(text, dict) or not isinstance(text.get("body"), str) or not text["body"]:
            raise _invalid("(#100) The parameter text['body'] is required.")
        if len(text["body"]) > 4096:
            raise _invalid("(#100) Param text['body'] must be at most 4096 characters long.")
    elif kind == "template":
        _validate_template(body.get("template"), fake)
    else:
        raise _invalid(f"(#131051) Message type unknown: {kind}", code=131051)
    return body


def _validate_template(template: Any, fake: FakeWhatsApp) -> None:
    if not isinstance(template, dict) or not isinstance(template.get("name"), str) or not template["name"]:
        raise _invalid("(#100) The parameter template['name'] is required.")
    language = template.get("language")
    if not isinstance(language, dict) or not isinstance(language.get("code"), str):
        raise _invalid("(#100) The parameter template['language']['code'] is required.")
    components = template.get("components", [])
    if not isinstance(components, list):
        raise _invalid("(#100) Param template['components'] must be an array.")
    body_params: list[Any] = []
    for component in components:
        if not isinstance(component, dict) or component.get("type") not in ("header", "body", "button"):
            raise _invalid(
                "(#100) Invalid parameter", details="component type must be header, body or button"
            )
        params = component.get("parameters", [])
        if not isinstance(params, list):
            raise _invalid("(#100) Param template['components'][0]['parameters'] must be an array.")
        for param in params:
            if (
                not isinstance(param, dict)
                or param.get("type") != "text"
                or not isinstance(param.get("text"), str)
            ):
                raise _invalid(
                    "(#100) Invalid parameter", details="text parameters need type 'text' and a text"
                )
            if not param["text"] or _PARAM_BAD_TEXT.search(param["text"]):
                raise _invalid(
                    "(#132018) There was an issue with the parameters in your template.",
                    code=132018,
                    details="Param text cannot have new-line/tab characters or more than 4 consecutive spaces",
                )
        if component.get("type") == "body":
            body_params.extend(params)
    if fake.templates is None:
        return
    spec = fake.templates.get(template["name"])
    if spec is None or language["code"] not in spec.languages:
        raise _invalid(
            "(#132001) Template name does not exist in the translation",
            code=132001,
            details=f"template name ({template['name']}) does not exist in {language['code']}",
        )
    if len(body_params) != spec.params:
        raise _invalid(
            "(#132000) Number of parameters does not match the expected number of params",
            code=132000,
            details=f"body: number of localizable_params ({len(body_params)}) does not match the expected "
            f"number of params ({spec.params})",
        )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeWhatsApp


class FakeWhatsApp:
    """The fake Cloud API; start()/stop() or use as a context manager. Thread-safe."""

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        phone_number_id: str = DEFAULT_PHONE_NUMBER_ID,
        version: str = "v21.0",
        templates: dict[str, Template | int] | None = None,
        host: str = "127.0.0.1",
    ) -> None:
        self.token = token
        self.phone_number_id = phone_number_id
        self.version = version
        self.templates: dict[str, Template] | None = (
            None
            if templates is None
            else {
                name: spec if isinstance(spec, Template) else Template(spec)
                for name, spec in templates.items()
            }
        )
        """Approved templates (name → parameter count / languages); None accepts any template."""
        self.host = host
        self.requests: list[RecordedRequest] = []
        self.sent: list[dict[str, Any]] = []
        """Bodies of the messages accepted, in order."""
        self.message_ids: list[str] = []
        self._script: deque[_Scripted] = deque()
        self._lock = threading.Condition()
        self._ids = itertools.count(1)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -------------------------------------------------------------------------------

    def fail_next(self, status: int, body: Any = None, *, times: int = 1) -> FakeWhatsApp:
        """Answer the next `times` requests with `status` and `body` (a dict as JSON, str/bytes as is;
        None: the Graph error Meta sends with that status: 401 → 190, 400 → 132001, 429 → 130429...)."""
        with self._lock:
            for _ in range(times):
                self._script.append(
                    _Scripted(status, body if body is not None else default_error_body(status))
                )
        return self

    def hang_next(self, seconds: float) -> FakeWhatsApp:
        """Wait `seconds` before handling the next request (to make clients time out)."""
        with self._lock:
            self._script.append(_Scripted(0, None, delay_s=seconds))
        return self

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.sent.clear()
            self.message_ids.clear()
            self._script.clear()

    def wait_for_sent(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Block until `count` messages were accepted (for senders in other threads or processes)."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.sent) >= count, timeout):
                raise TimeoutError(f"{len(self.sent)} WhatsApp messages received, expected {count}")
            return list(self.sent)

    # -- server ----------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeWhatsApp is not started")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The api_base to configure: http://127.0.0.1:PORT/v21.0."""
        return f"http://{self.host}:{self.port}/{self.version}"

    @property
    def messages_url(self) -> str:
        return f"{self.url}/{self.phone_number_id}/messages"

    def start(self) -> FakeWhatsApp:
        if self._server is not None:
            return self
        self._stopping.clear()
        self._server = _Server((self.host, 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fake-whatsapp", daemon=True
        )
        self._thread.start()
        _LOGGER.info("fake WhatsApp Cloud API on %s", self.url)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeWhatsApp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- called by the handler -------------------------------------------------------------------

    def _take_scripted(self) -> _Scripted | None:
        with self._lock:
            return self._script.popleft() if self._script else None

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)
            self._lock.notify_all()

    def _accept(self, body: dict[str, Any]) -> dict[str, Any]:
        to = body["to"]
        wa_id = to.lstrip("+")
        raw_id = f"{wa_id}:{next(self._ids)}:{time.time_ns()}".encode()
        message_id = "wamid." + base64.b64encode(raw_id).decode().rstrip("=")
        message: dict[str, Any] = {"id": message_id}
        if body.get("type") == "template":
            message["message_status"] = "accepted"
        with self._lock:
            self.sent.append(body)
            self.message_ids.append(message_id)
            self._lock.notify_all()
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": wa_id}],
            "messages": [message],
        }
