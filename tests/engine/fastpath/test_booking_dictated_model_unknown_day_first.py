"""A booking dictated at the counter with a model the fast path does not know, its day then "per" the job said last
(set 48: "La Stanguellini azzurra della Sgroppo, CY 0 5 8 KH, sabato mattina alle 10 per una revisione, grazie.")
was refused: only words of a vehicle before the plate, it is the counter's dictation, said back whole for a yes;
the courtesy said last is no part of it."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("La Stanguellini azzurra della Sgroppo, CY 0 5 8 KH, sabato mattina alle 10 per una revisione, grazie.",
         {"plate": "CY058KH", "service": "inspection", "date": "2026-11-28", "time": "10:00"}),
        ("La Bialbero blu di Rossi, AB 123 CD, lunedì alle 9 per un tagliando.",
         {"plate": "AB123CD", "service": "service", "date": "2026-11-30", "time": "09:00"}),
        ("Il Tivoli grigio del signor Bortolin, DF 527 LM, venerdì alle 3 per una diagnosi, grazie mille.",
         {"plate": "DF527LM", "service": "diagnosis", "date": "2026-11-27", "time": "15:00"}),
        # the courtesy said last after a known model, too
        ("La Panda della Sgroppo, CY 0 5 8 KH, sabato alle 10 per una revisione, per favore.",
         {"plate": "CY058KH", "service": "inspection", "date": "2026-11-28", "time": "10:00"}),
    ],
)
def test_dictated_with_its_day_before_the_job_books(text: str, want: dict[str, object]) -> None:
    assert_parsed(parse_it(text), "book", want)


@pytest.mark.parametrize(
    "text",
    [
        "La Stanguellini di Rossi, AB 123 CD, lunedì alle 9 per una revisione?",  # asked
        "Il meccanico di Rossi, AB 123 CD, ha detto lunedì alle 9 per una revisione.",  # told
        "La Stanguellini di Rossi, AB 123 CD, era lunedì alle 9 per una revisione.",  # the one booked
    ],
)
def test_what_is_no_such_dictation_is_not_booked(text: str) -> None:
    p = parse_it(text)
    assert p.intent != "book" or not p.handled, (p.intent, p.reason, p.slots)


async def test_an_unknown_model_dictated_is_said_back(fast: FastPath, context: CallContext) -> None:
    back = await fast.handle(
        "La Stanguellini grigia di Rossi, AB 123 CD, mercoledì 4 marzo alle 10 per un tagliando, grazie.",
        context,
        alone=True,
    )
    assert back is not None and wrote_nothing(back), back.reply_text
    assert back.reply_text.endswith("Confermi?"), back.reply_text
