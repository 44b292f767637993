"""One parse carried out: its intent's handler run on a `Context`, and how the run ended turned into
the outcome the pipeline reads (an answer, a refusal, a question, or a failure that loses nothing)."""

from __future__ import annotations

import logging

from engine.fastpath import steps
from engine.fastpath.context import WRITES, Context, Stop
from engine.fastpath.handlers import HANDLERS, Handler
from engine.fastpath.outcome import FastPathOutcome
from i18n import fastpath as T
from wp_api.errors import WorkshopError

_LOGGER = logging.getLogger(__name__)


class Execution:
    """Executes one parse. The front makes one per request and reads `question` afterwards."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.question: Stop | None = None
        """The question the run ended on when the person's answer can finish it (`Stop.kind` set)."""

    async def run(self, handler: Handler | None = None) -> FastPathOutcome:
        """Run the parse's intent handler (or `handler`, e.g. the question asked for a missing slot)."""
        ctx = self.context
        p = ctx.parse
        try:
            reply = await (handler or HANDLERS[str(p.intent)])(ctx)
        except Stop as stop:
            if ctx.unsure_vehicle is not None and stop.kind != "write":
                # stopped before the write it would have said back: ask about the nearly-heard plate first
                stop = steps.vehicle_question(ctx, ctx.unsure_vehicle)
            if stop.kind in ("write", "offer"):  # the whole request understood and said back for a yes, or
                self.question = stop  # other times offered: the fast path's own question, model or not
                return FastPathOutcome(
                    True, stop.text, ctx.calls, None, p.to_dict(), clarification=stop.text, reason=stop.reason
                )
            if stop.clarify:
                if stop.kind:
                    self.question = stop
                return FastPathOutcome(
                    False,
                    stop.text,
                    ctx.calls,
                    None,
                    p.to_dict(),
                    clarification=stop.text,
                    reason=stop.reason,
                )
            return FastPathOutcome(True, stop.text, ctx.calls, None, p.to_dict(), reason=stop.reason)
        except WorkshopError as exc:
            _LOGGER.warning("Fast path: backend failed: %s", exc)
            reply = T.say("backend_down", p.language)
            return FastPathOutcome(True, reply, ctx.calls, None, p.to_dict(), reason="backend_unavailable")
        except Exception:  # a bug must not lose the turn: say so if something was written, else hand over
            _LOGGER.exception("Fast path failed on %r", p.text)
            wrote = any(c.name in WRITES and getattr(c.result, "ok", False) for c in ctx.calls)
            reply = T.say("internal_error", p.language) if wrote else ""
            return FastPathOutcome(wrote, reply, ctx.calls, None, p.to_dict(), reason="internal_error")
        return FastPathOutcome(True, reply, ctx.calls, ctx.pending, p.to_dict())
