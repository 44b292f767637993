"""A car's need said bare ("serve la ricarica …") books with whom it is for opening the request, a greeting maybe
before it ("Ehm, senti, per la Tazzari …", set 44); the speaker's own need or a question stays no booking."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ehm, senti, per la Tazzari EM1 della Vergottini, GC 491 FD, serve la ricarica del climatizzatore, giovedì "
         "10 dicembre alle 15.", {"plate": "GC491FD", "service": "aircon", "date": "2026-12-10", "time": "15:00"}),
        ("Allora, alla Clio di Conte, FB 612 KR, serve il cambio olio lunedì alle 9.",
         {"plate": "FB612KR", "service": "oil_change", "date": "2026-11-30", "time": "09:00"}),
        ("Buongiorno, per la Panda di Rossi, EW 346 HD, serve la revisione venerdì alle 10.",
         {"plate": "EW346HD", "service": "inspection", "date": "2026-11-27", "time": "10:00"}),
    ],
)  # fmt: skip
def test_a_need_after_a_greeting_books(text: str, want: dict[str, object]) -> None:
    assert_parsed(_parse(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "Senti, serve il tagliando giovedì alle 10?",  # asked, and of no one
        "Senti, a cosa serve la diagnosi per la Panda, EW 346 HD?",  # what a job is for
        "Allora, per la Panda di Rossi, EW 346 HD, non serve la revisione.",  # denied
    ],
)
def test_a_need_asked_or_denied_books_nothing(text: str) -> None:
    assert _parse(text).intent != "book"
