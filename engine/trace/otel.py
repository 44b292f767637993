"""Optional OpenTelemetry export: each finished turn becomes a span tree sent to an OTLP/HTTP endpoint.

Needs the `otel` extra (`uv sync --extra otel`); without it, export is skipped with one log line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from engine.trace import events as ev

_LOGGER = logging.getLogger(__name__)


class OtelExporter:
    """A trace listener that turns each finished turn's events into OpenTelemetry spans."""

    def __init__(self, tracer: Any, provider: Any) -> None:
        self._tracer = tracer
        self._provider = provider
        self._turns: dict[str, list[ev.TraceEvent]] = {}

    def __call__(self, event: ev.TraceEvent) -> None:
        self._turns.setdefault(event.turn_id, []).append(event)
        if isinstance(event, ev.TurnFinished):
            self.export(self._turns.pop(event.turn_id))

    def export(self, events: list[ev.TraceEvent]) -> None:
        """Emit one `turn` span with a child span per stage, at the times the events recorded."""
        if not events:
            return
        base_ns = int((events[0].ts - events[0].t) * 1e9)

        def at(t: float) -> int:
            return base_ns + int(max(t, 0.0) * 1e9)

        end = events[-1]
        root = self._tracer.start_span(
            "turn", start_time=at(0.0), attributes={"officina.turn_id": end.turn_id}
        )
        from opentelemetry import trace as otel_trace

        ctx = otel_trace.set_span_in_context(root)
        requests: dict[int, float] = {}
        for e in events:
            span: tuple[str, float, float, dict[str, Any]] | None = None
            if isinstance(e, ev.SttFinal):
                span = ("stt", e.t - e.elapsed_s, e.t, {"stt.engine": e.engine, "stt.text": e.text})
            elif isinstance(e, ev.LlmRequest):
                requests[e.round] = e.t
            elif isinstance(e, ev.LlmDone):
                span = ("llm_request", requests.get(e.round, e.t), e.t, {"llm.round": e.round})
            elif isinstance(e, ev.ToolResultEvent):
                span = (f"tool {e.name}", e.t - e.duration_s, e.t, {"tool.ok": e.ok})
            elif isinstance(e, ev.TtsFirstAudio):
                span = ("tts_first_audio", e.t - e.ttfb_s, e.t, {})
            elif isinstance(e, ev.TurnError):
                span = (f"error {e.stage}", e.t, e.t, {"error.message": e.message})
            if span is not None:
                name, start, stop, attributes = span
                child = self._tracer.start_span(
                    name, context=ctx, start_time=at(start), attributes=attributes
                )
                child.end(end_time=at(stop))
        if isinstance(end, ev.TurnFinished):
            root.set_attribute("officina.path", end.path)
        root.end(end_time=at(end.t))

    def shutdown(self) -> None:
        self._provider.shutdown()


def make_otel_exporter(endpoint: str | None) -> Callable[[ev.TraceEvent], None] | None:
    """An exporter listener for the endpoint, or None when no endpoint is set or the extra is missing."""
    if not endpoint:
        return None
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        _LOGGER.warning(
            "OpenTelemetry export is configured but not installed; skipping it (install the 'otel' extra)"
        )
        return None
    provider = TracerProvider(resource=Resource.create({"service.name": "officina-voice"}))
    url = endpoint.rstrip("/")
    if not url.endswith("/v1/traces"):
        url += "/v1/traces"
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=url)))
    return OtelExporter(provider.get_tracer("officina.engine"), provider)
