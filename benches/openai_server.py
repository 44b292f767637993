"""A local OpenAI-compatible HTTP server that plays scripted replies, so the real `openai` client runs in tests.

    with FakeOpenAI() as server:
        server.script([Round(tool_calls=[ToolCall("find_vehicle", {"plate": "AB123CD"})]),
                       Round(text="È la Panda di Mario Rossi.")])
        client = openai.AsyncOpenAI(base_url=server.base_url, api_key="test")
        ...
        server.requests[0].body["messages"][0]["content"]   # what the agent sent

`/v1/chat/completions` streams Server-Sent Events (text in pieces, tool calls with their arguments
split in pieces, parallel tool calls) or answers whole when `stream` is false; a round can wait,
fail with an HTTP status, or hang. A streamed round can also be malformed the ways real servers are:
an error event mid-stream (`stream_error`), a connection dropped mid-stream (`drop_after`), the function
name repeated in every chunk (`repeat_names`, llama-cpp-python), or nothing at all (`Round()`).
With `prefix_cache=True` the usage reports `prompt_tokens_details.cached_tokens` as a prefix-caching
server would: the characters (÷ 4) the request shares from its start with an earlier one, tools first.
`/v1/audio/transcriptions` answers scripted transcripts.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_LOGGER = logging.getLogger(__name__)

__all__ = ["FakeOpenAI", "RecordedRequest", "Round", "ToolCall", "Transcription"]


@dataclass
class ToolCall:
    """A tool call the scripted model makes."""

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)
    """A dict (sent as JSON) or a raw string (to test malformed arguments)."""
    id: str | None = None


@dataclass
class Round:
    """One scripted chat completion: text and/or tool calls, or an error, or a hang."""

    text: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)
    delay_s: float | None = None
    """Wait before the first chunk (None: the server's default delay)."""
    chunk_delay_s: float = 0.0
    """Wait between streamed chunks."""
    status: int | None = None
    """Answer with this HTTP error status instead (401, 429, 500...)."""
    error_message: str = "scripted error"
    hang: bool = False
    """Never answer (until the client gives up or the server stops)."""
    text_pieces: int = 4
    """Split the text in this many streamed deltas (at least one)."""
    usage: dict[str, Any] = field(default_factory=lambda: {"prompt_tokens": 100, "completion_tokens": 20})
    """Counters sent as `usage`; may nest e.g. {"prompt_tokens_details": {"cached_tokens": 64}}; a flat
    "cached_tokens" key is sent as prompt_tokens_details.cached_tokens."""
    stream_error: str | None = None
    """Send an error event (`data: {"error": ...}`) after `error_after` chunks instead of the rest."""
    error_after: int = 2
    drop_after: int | None = None
    """Close the connection after this many chunks, without [DONE]."""
    repeat_names: bool = False
    """Repeat the function name in every tool-call chunk (as llama-cpp-python does)."""


@dataclass
class Transcription:
    """One scripted answer of the transcription endpoint."""

    text: str = ""
    delay_s: float = 0.0
    status: int | None = None
    language: str | None = None


@dataclass
class RecordedRequest:
    """A request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    """The JSON body, or the multipart form fields (files as bytes) for transcriptions."""
    received_at: float


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        _LOGGER.debug("fake openai: " + format, *args)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].rstrip("/")
        self.server.fake._record(path, dict(self.headers), {})
        if path.endswith("/models"):
            model = {"id": "fake-model", "object": "model", "created": 0, "owned_by": "fake"}
            self._json(200, {"object": "list", "data": [model]})
        else:
            self._json(404, {"error": {"message": f"no route {path}", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0].rstrip("/")
        fake = self.server.fake
        if path.endswith("/chat/completions"):
            body = json.loads(raw or b"{}")
            fake._record(path, dict(self.headers), body)
            self._chat(body, fake._next_round())
        elif path.endswith("/audio/transcriptions"):
            body = _parse_multipart(self.headers.get("Content-Type", ""), raw)
            fake._record(path, dict(self.headers), body)
            self._transcription(body, fake._next_transcription())
        else:
            self._json(404, {"error": {"message": f"no route {path}", "type": "invalid_request_error"}})

    # --- chat ---------------------------------------------------------------------------------

    def _chat(self, body: dict[str, Any], rnd: Round) -> None:
        fake = self.server.fake
        delay = fake.default_delay_s if rnd.delay_s is None else rnd.delay_s
        if rnd.hang:
            fake._stopping.wait(fake.hang_s)
            return
        if delay and fake._stopping.wait(delay):
            return
        if rnd.status is not None:
            self._error(rnd.status, rnd.error_message)
            return
        model = str(body.get("model", "fake-model"))
        completion_id = f"chatcmpl-{next(fake._ids)}"
        calls = [
            (
                call.id or f"call_{next(fake._ids)}",
                call.name,
                call.arguments if isinstance(call.arguments, str) else json.dumps(call.arguments),
            )
            for call in rnd.tool_calls
        ]
        finish = "tool_calls" if calls else "stop"
        usage = fake._usage(rnd, body)
        if not body.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": rnd.text or None}
            if calls:
                message["tool_calls"] = [
                    {"id": cid, "type": "function", "function": {"name": name, "arguments": args}}
                    for cid, name, args in calls
                ]
            self._json(
                200,
                {
                    "id": completion_id,
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "message": message, "finish_reason": finish}],
                    "usage": usage,
                },
            )
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()

        def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> dict[str, Any]:
            return {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
            }

        events: list[dict[str, Any]] = [chunk({"role": "assistant", "content": ""})]
        for piece in _pieces(rnd.text, rnd.text_pieces):
            events.append(chunk({"content": piece}))
        for index, (cid, name, args) in enumerate(calls):
            head = {
                "index": index,
                "id": cid,
                "type": "function",
                "function": {"name": name, "arguments": ""},
            }
            events.append(chunk({"tool_calls": [head]}))
            for piece in _pieces(args, 3):
                function = {"arguments": piece, **({"name": name} if rnd.repeat_names else {})}
                events.append(chunk({"tool_calls": [{"index": index, "function": function}]}))
        events.append(chunk({}, finish))
        if (body.get("stream_options") or {}).get("include_usage"):
            events.append({**chunk({}), "choices": [], "usage": usage})
        if rnd.stream_error is not None:
            error = {"error": {"message": rnd.stream_error, "type": "server_error", "code": 500}}
            events = [*events[: rnd.error_after], error]
        try:
            for i, event in enumerate(events):
                if i and rnd.chunk_delay_s and fake._stopping.wait(rnd.chunk_delay_s):
                    return
                if rnd.drop_after is not None and i >= rnd.drop_after:
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(b"data: " + json.dumps(event).encode() + b"\n\n")
                self.wfile.flush()
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            _LOGGER.debug("fake openai: client went away mid-stream")

    # --- transcription --------------------------------------------------------------------------

    def _transcription(self, body: dict[str, Any], scripted: Transcription) -> None:
        fake = self.server.fake
        if scripted.delay_s and fake._stopping.wait(scripted.delay_s):
            return
        if scripted.status is not None:
            self._error(scripted.status, "scripted transcription error")
            return
        fmt = str(body.get("response_format", "json"))
        if fmt == "text":
            data = scripted.text.encode()
            self._send(200, data, "text/plain")
        elif fmt == "verbose_json":
            self._json(
                200,
                {
                    "text": scripted.text,
                    "language": scripted.language or "italian",
                    "duration": 1.0,
                    "segments": [],
                },
            )
        else:
            self._json(200, {"text": scripted.text})

    # --- plumbing ---------------------------------------------------------------------------------

    def _error(self, status: int, message: str) -> None:
        kinds = {401: "invalid_api_key", 429: "rate_limit_exceeded", 500: "server_error"}
        self._json(status, {"error": {"message": message, "type": "api_error", "code": kinds.get(status)}})

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json")

    def _send(self, status: int, data: bytes, content_type: str) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            _LOGGER.debug("fake openai: client went away")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeOpenAI


def _usage(usage: dict[str, Any]) -> dict[str, Any]:
    """The usage object as sent: the scripted counters (nested details such as cached tokens kept) + total."""
    return {
        **usage,
        "total_tokens": int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0)),
    }


def _pieces(text: str, count: int) -> list[str]:
    if not text:
        return []
    count = max(1, min(count, len(text)))
    size = -(-len(text) // count)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _shared_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


def _parse_multipart(content_type: str, raw: bytes) -> dict[str, Any]:
    if not content_type.startswith("multipart/"):
        try:
            return json.loads(raw or b"{}")
        except ValueError:
            return {}
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        decoded = part.get_payload(decode=True)
        payload = decoded if isinstance(decoded, bytes) else b""
        fields[str(name)] = payload if part.get_filename() else payload.decode("utf-8", "replace")
    return fields


class FakeOpenAI:
    """The fake server; a context manager that runs it on a loopback port in a background thread."""

    def __init__(
        self, *, default_delay_s: float = 0.0, hang_s: float = 30.0, prefix_cache: bool = False
    ) -> None:
        self.default_delay_s = default_delay_s
        self.hang_s = hang_s
        self.prefix_cache = prefix_cache
        self._prompts: list[str] = []
        self.default_round: Round | None = None
        """Played when the script is empty (None: answer 500 "script exhausted")."""
        self.default_transcription = Transcription(text="")
        self.requests: list[RecordedRequest] = []
        self._rounds: deque[Round] = deque()
        self._transcriptions: deque[Transcription] = deque()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- scripting --------------------------------------------------------------------------------

    def script(self, rounds: list[Round]) -> FakeOpenAI:
        """Queue chat rounds, played in order, one per request."""
        with self._lock:
            self._rounds.extend(rounds)
        return self

    def script_transcriptions(self, answers: list[Transcription]) -> FakeOpenAI:
        """Queue transcription answers, one per request."""
        with self._lock:
            self._transcriptions.extend(answers)
        return self

    def reset(self) -> None:
        """Forget the script and the recorded requests."""
        with self._lock:
            self._rounds.clear()
            self._transcriptions.clear()
            self.requests.clear()
            self._prompts.clear()

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def pending_rounds(self) -> int:
        return len(self._rounds)

    def _record(self, path: str, headers: dict[str, str], body: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(RecordedRequest(path, headers, body, time.monotonic()))

    def _next_round(self) -> Round:
        with self._lock:
            if self._rounds:
                return self._rounds.popleft()
        return self.default_round or Round(status=500, error_message="fake server: script exhausted")

    def _usage(self, rnd: Round, body: dict[str, Any]) -> dict[str, Any]:
        """The round's usage as sent (see `_usage`), or a prefix cache's when `prefix_cache` is on."""
        counts = dict(rnd.usage)
        cached = counts.pop("cached_tokens", None)
        if self.prefix_cache:
            prompt = json.dumps(body.get("tools") or []) + json.dumps(body.get("messages") or [])
            with self._lock:
                shared = max((_shared_prefix(prompt, earlier) for earlier in self._prompts), default=0)
                self._prompts.append(prompt)
            counts["prompt_tokens"] = len(prompt) // 4
            cached = shared // 4
        usage = _usage(counts)
        if cached is not None:
            usage["prompt_tokens_details"] = {"cached_tokens": cached}
        return usage

    def _next_transcription(self) -> Transcription:
        with self._lock:
            return self._transcriptions.popleft() if self._transcriptions else self.default_transcription

    # --- lifecycle ----------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host if isinstance(host, str) else host.decode()}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._stopping.clear()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
