"""The words said pick one service of a catalogue where a kind has several ("Pastiglie freni", "Dischi e
pastiglie freni"): "le pastiglie" and "brake pads" are the pads alone (the other adds discs nobody said),
"i dischi" is discs and pads, and "i freni" alone is asked about. (Held-out set 8 asked "Quale servizio:
Dischi e pastiglie freni o Pastiglie freni?" four times for pads.) On the demo catalogue, a real
LocalBackend."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from engine.fastpath import FastPath
from engine.fastpath.normalize import tokenize
from engine.fastpath.services import KINDS_BY_KEY, named_by_words
from tests.engine.fastpath.demo import plate_with_nothing_booked
from wp_api.contract import CallContext
from wp_api.local import LocalBackend
from wp_api.local.demo import build_demo

NOW = datetime(2026, 3, 2, 8, 0)


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[tuple[FastPath, str]]:
    path = tmp_path / "w.sqlite3"
    build_demo(path, customers=60, today=NOW.date())  # 60: a Fiat with nothing booked
    backend = LocalBackend(path, now=lambda: NOW, kick_outbox=False)
    yield FastPath(backend, now=lambda: NOW), plate_with_nothing_booked(path, NOW.date(), make="Fiat")
    await backend.aclose()


def _service(out: Any) -> str | None:
    made = [c for c in out.tool_calls if c.name == "create_appointment" and c.result.ok]
    return made[0].result.data["appointment"]["service"] if made else None


@pytest.mark.parametrize(
    ("text", "language", "service"),
    [
        ("Mettimi le pastiglie per la {plate} al primo posto libero.", "it", "Pastiglie freni"),
        ("Segna la {plate} per le pastiglie davanti, primo posto libero.", "it", "Pastiglie freni"),
        ("Book {plate} in for new brake pads, first free slot.", "en", "Pastiglie freni"),
        ("Prenota dischi e pastiglie per la {plate} al primo posto libero.", "it", "Dischi e pastiglie freni"),
        ("Book the brake discs for {plate}, first free slot.", "en", "Dischi e pastiglie freni"),
    ],
)
async def test_the_words_said_pick_the_service(
    demo: tuple[FastPath, str], context: CallContext, text: str, language: str, service: str
) -> None:
    fast, plate = demo
    fast.language = language
    out = await fast.handle(text.format(plate=plate), context)
    assert _service(out) == service, out


async def test_brakes_alone_are_asked_about(demo: tuple[FastPath, str], context: CallContext) -> None:
    fast, plate = demo
    out = await fast.handle(f"Prenota i freni per la {plate} al primo posto libero.", context)
    assert _service(out) is None
    assert out.clarification and "Dischi e pastiglie freni" in out.clarification and "Pastiglie freni" in out.clarification
    # the question names the car the answer books (set 45 asked "Which service: …?" with no word of it)
    assert plate in out.clarification, out.clarification


async def test_a_brake_job_is_asked_about_naming_the_car(demo: tuple[FastPath, str], context: CallContext) -> None:
    fast, plate = demo
    fast.language = "en"
    spaced = f"{plate[:2]} {plate[2:5]} {plate[5:]}"
    out = await fast.handle(f"Let's get the Fiat, {spaced}, set up for a brake job, first free slot.", context)
    assert _service(out) is None and out.pending is None
    assert out.clarification and out.clarification.startswith("Which service for "), out.clarification
    assert plate in out.clarification and "Pastiglie freni" in out.clarification


def test_named_by_words_without_a_backend() -> None:
    brakes = KINDS_BY_KEY["brakes"]
    found = [{"name": "Dischi e pastiglie freni"}, {"name": "Pastiglie freni"}]
    assert named_by_words(found, tokenize("le pastiglie"), brakes) == {"name": "Pastiglie freni"}
    assert named_by_words(found, tokenize("i dischi"), brakes) == {"name": "Dischi e pastiglie freni"}
    assert named_by_words(found, tokenize("i freni"), brakes) is None
    assert named_by_words(found, tokenize("brake pads"), brakes) == {"name": "Pastiglie freni"}
    # two services that do not contain one another: still asked
    other = [{"name": "Pastiglie anteriori"}, {"name": "Pastiglie posteriori"}]
    assert named_by_words(other, tokenize("le pastiglie"), brakes) is None


@pytest.mark.parametrize(
    ("answer", "service"),
    [
        ("le pastiglie", "Pastiglie freni"),
        ("solo le pastiglie davanti", "Pastiglie freni"),
        ("i dischi", "Dischi e pastiglie freni"),
        ("dischi e pastiglie", "Dischi e pastiglie freni"),
        ("just the pads", "Pastiglie freni"),
        ("i freni", None),
        ("boh, vedi tu", None),
    ],
)
def test_the_answer_to_which_service_is_read_like_the_request(answer: str, service: str | None) -> None:
    """The answer to "Quale servizio: Dischi e pastiglie freni o Pastiglie freni?" picks by the same rule as
    the request: words every option shares ("freni") name none of them."""
    from datetime import date

    from engine.fastpath.choices import pick

    options = [{"name": "Dischi e pastiglie freni", "id": 1}, {"name": "Pastiglie freni", "id": 2}]
    chosen = pick("service", answer, options, "it", date(2026, 3, 2), "prenota i freni per la AB123CD")
    assert (chosen or {}).get("name") == service
