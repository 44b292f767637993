"""The channel "email" as whisper base hears it with its last l lost and split at its e ("per e mai", "via e-mai"):
put back after its preposition or article, never read as "mai" (a negation that refused the whole request). A "mai"
said as one ("non mandargli mai …") still refuses. New sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Manda la conferma per e mai alla signora della AB 123 CD.",
        "Alla AB 123 CD fai partire la conferma via e-mai.",
        "Mandagli un e mai di conferma per la AB 123 CD.",
    ],
)
def test_the_confirmation_by_email(text: str) -> None:
    p = _p(text)
    assert p.intent == "send_confirmation" and p.slots.get("channel") == "email", p


@pytest.mark.parametrize(
    "text",
    ["Non mandargli mai la conferma per e mai, della AB 123 CD.", "La AB 123 CD? Non la prenoto mai."],
)
def test_a_mai_of_its_own_still_refuses(text: str) -> None:
    assert _p(text).intent is None
