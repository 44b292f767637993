"""English call-off relayed with "call off" ("Mr Zambelloni's called off the brake pads on his Evo, DX 7 5 2 RZ", set
33; "he's calling off Friday's MOT"), as "he's cancelling" is: a cancellation, said back for a yes. The perfect
counts only with the job said right after it, so the passive ("the MOT's called off") and the simple past told of as
done ("she called off the MOT") stay no cancellation."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_en, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mr Zambelloni's called off the brake pads on his Evo, DX 7 5 2 RZ.", "DX752RZ"),
        ("Mrs Amato has called off Friday's MOT on the Yaris, FB 204 LM.", "FB204LM"),
        ("The Contis have called off their oil change, GA 880 TT, they sold the car.", "GA880TT"),
        ("Mr Rossi rang, he's calling off tomorrow's service on the Corsa, GA 880 TT.", "GA880TT"),
        ("She's after calling off the tyre change, AB 123 CD.", "AB123CD"),
    ],
)
def test_a_call_off_relayed_is_a_cancellation(text: str, plate: str) -> None:
    assert_parsed(parse_en(text), "cancel", {"plate": plate})


@pytest.mark.parametrize(
    "text",
    [
        "The Yaris's MOT's called off, FB 204 LM.",  # passive: told of
        "She called off Friday's MOT on the Yaris, FB 204 LM.",  # simple past: told of as done
        "The match has been called off, so he can come in Saturday.",
    ],
)
def test_a_call_off_told_of_is_no_cancellation(text: str) -> None:
    assert parse_en(text).intent != "cancel", text


async def test_the_call_off_waits_for_a_yes(local_backend: object, context: CallContext) -> None:
    from tests.engine.fastpath.conftest import NOW

    fast = FastPath(local_backend, language="en", now=lambda: NOW)  # type: ignore[arg-type]
    out = await fast.handle("Mr Rossi's called off the oil change on the Panda, AB 123 CD.", context)
    assert wrote_nothing(out), out.tool_calls
