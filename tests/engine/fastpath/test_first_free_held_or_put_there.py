"""The first free slot taken for the car: held ("appena si libera un posto per la diagnosi, tienilo per lui", set 44)
or the car put on the first day the workshop has ("guarda il primo giorno che avete e mettila lì", set 44): a booking
of the first free slot; "tienilo" anywhere else, or asked, books nothing."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("La Panda di Rossi, EW 346 HD, ha la spia del motore accesa: appena si libera un posto per la diagnosi, "
         "tienilo per lui.", "diagnosis"),
        ("La Panda di Rossi, EW 346 HD: primo posto libero per il tagliando, tienilo da parte.", "service"),
        ("La Baojun della Carzaniga, EW 384 XM, ha le gomme lisce: guarda il primo giorno che avete e mettila lì.",
         "tyres"),
        ("La Clio di Conte, FB 612 KR: revisione, il primo giorno che abbiamo mettila lì.", "inspection"),
    ],
)  # fmt: skip
def test_the_first_free_slot_taken_books_it(text: str, service: str) -> None:
    assert_parsed(_parse(text), "book", {"service": service, "first_free": True})


@pytest.mark.parametrize(
    "text",
    [
        "La Panda di Rossi, EW 346 HD: primo posto libero per il tagliando? tienila d'occhio",
        "Appena si libera un posto per la revisione, tienilo acceso il motore",
    ],
)
def test_held_with_no_first_free_slot_or_something_else_books_nothing(text: str) -> None:
    assert _parse(text).intent != "book"
