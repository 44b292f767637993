"""A car's works asked of (set 43: "Tirami fuori tutti i lavori registrati sulla Exagon verde, GR 189 YF", "Run me
through the jobs we've done on the Eadon, DT 055 VD"; set 42: "la revisione l'ha passata da noi? Quando?", whisper's
"la passata da noi", "la batteria, gli abbiamo sostituita noi"): its history, a read; with no car said the works
of a day are no history, and a write said with them is that write."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Tirami fuori tutti i lavori registrati sulla Panda grigia, AB 123 CD.",
        "Mostrami tutti gli interventi della Golf, EF 456 GH.",
        "Leggimi i lavori fatti sulla AB 123 CD.",
        "La Panda di Rossi, AB 123 CD, la revisione l'ha passata da noi? Quando?",
        "La Panda di Rossi, AB 123 CD, la revisione la passata da noi, quando?",
        "EF 456 GH: le gomme le ha cambiate da noi?",
        "Golf nera, EF 456 GH. La batteria, gli abbiamo sostituita noi?",
    ],
)
def test_works_shown_or_done_here_are_the_history(text: str) -> None:
    p = parse_it(text)
    assert_parsed(p, "vehicle_history", {})
    assert p.slots.get("plate") in ("AB123CD", "EF456GH"), p.slots


@pytest.mark.parametrize(
    "text",
    [
        "Run me through the jobs we've done on the Golf, EF 456 GH.",
        "What repairs have we done on AB 123 CD?",
        "List the work we did on the Panda, AB 123 CD.",
    ],
)
def test_jobs_done_asked_in_english_are_the_history(text: str) -> None:
    assert_parsed(parse_en(text), "vehicle_history", {})


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Fammi vedere i lavori di domani", "it"), ("What jobs have we got on Monday?", "en")],
)
def test_a_days_works_are_no_history(text: str, lang: str) -> None:
    p = parse_it(text) if lang == "it" else parse_en(text)
    assert p.intent != "vehicle_history", p


def test_a_write_said_with_a_job_done_here_is_that_write() -> None:
    p = parse_it("La AB 123 CD, la revisione l'ha fatta da noi: prenotagliela venerdì alle 10")
    assert p.intent == "book", p
