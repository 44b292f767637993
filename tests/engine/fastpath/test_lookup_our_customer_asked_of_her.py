"""Whether a plate's owner is a customer, asked of a woman or with "un"/"una" ("HT 412 XE: è già nostra cliente?",
set 44): a look-up, as "è già nostro cliente", only with a plate said."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    "text",
    [
        "HT 412 XE: è già nostra cliente?",
        "La HT 412 XE è una nostra cliente?",
        "HT 412 XE, è un cliente nostro?",
    ],
)
def test_our_customer_asked_of_a_plate_looks_it_up(text: str) -> None:
    assert_parsed(_parse(text), "lookup_plate", {"plate": "HT412XE"})


def test_our_customer_said_of_someone_with_a_job_is_no_look_up() -> None:
    assert _parse("La Bianchi è nostra cliente da anni, le serve il tagliando?").intent != "lookup_plate"
