"""A cancel said with its reason (set 49): a job no part is sent away with its car and plate right after it ("Via
la revisione della Paykan: TW 346 HD"), and the job said no longer done before a cancel's verb ("… non la facciamo
più, …. Eliminala."): why it is cancelled, no negation of the cancel."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Via la revisione della Paykan: Torino Washington 3 4 6 Hotel Domodossola.",
         {"plate": "TW346HD", "service": "inspection"}),
        ("Via il tagliando della Panda di Rossi, EW 346 HD.", {"plate": "EW346HD", "service": "service"}),
        ("La revisione della Panda, EW 346 HD, non la fa più: cancellala.",
         {"plate": "EW346HD", "service": "inspection"}),
    ],
)  # fmt: skip
def test_sent_away_or_dropped_then_cancelled_cancels(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "cancel", want)


def test_dropped_for_a_reason_then_cancelled() -> None:
    p = _parse("Scalabrini, GH 4 1 7 KD: quella batteria del 23 aprile non la facciamo più, gliel'ha già montata "
               "l'elettrauto. Eliminala.")
    assert p.intent == "cancel" and p.reason != "out_of_scope:negation", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Via le gomme della Panda di Rossi, EW 346 HD.",  # the part itself
        "Via la revisione della Panda di Rossi.",  # no plate said
        "Portala via la revisione della Panda, EW 346 HD.",
        "La revisione della Panda, EW 346 HD, non la facciamo più, ma non cancellarla.",  # a cancel negated
        "La revisione della Panda, EW 346 HD, non la facciamo più: spostala a venerdì.",  # no cancel said
    ],
)
def test_a_part_no_plate_or_a_cancel_negated_cancels_nothing(text: str) -> None:
    assert _parse(text).intent != "cancel"
