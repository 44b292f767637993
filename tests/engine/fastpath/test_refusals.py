"""A refused tool call is explained in the person's language, not in the backend's English."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from engine.fastpath import FastPath, parse
from engine.fastpath.context import why
from tests.engine.fastpath.conftest import NOW
from wp_api.contract import CallContext, ToolResult
from wp_api.local import LocalBackend
from wp_api.messaging.log_provider import LogProvider


def test_known_codes_are_spoken_in_italian() -> None:
    refused = ToolResult.failure("no_contact", "Paolo Romano has no phone number for WhatsApp.")
    assert why(refused, "it") == "manca il contatto per quel canale nella scheda cliente."
    assert "has no phone" not in why(refused, "it")


def test_english_keeps_the_backend_message_for_unknown_codes() -> None:
    refused = ToolResult.failure("weird_new_code", "The moon is in the wrong phase.")
    assert why(refused, "en") == "The moon is in the wrong phase."
    assert why(refused, "it") == "il gestionale ha rifiutato la richiesta."
    assert why(ToolResult.success({}), "it") == ""


async def test_a_failed_service_list_is_explained_not_lost(
    seeded_db: Path, tmp_path: Path, context: CallContext
) -> None:
    # A real workshop database whose services table is unreadable: list_services fails ("busy").
    path = tmp_path / "workshop.sqlite3"
    shutil.copy(seeded_db, path)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE services RENAME TO services_gone")
    backend = LocalBackend(
        path, now=lambda: NOW, messaging=LogProvider(tmp_path / "sent.jsonl"), kick_outbox=False
    )
    try:
        fast = FastPath(backend, language="it", now=lambda: NOW)
        out = await fast.handle("Prenota un cambio gomme per la AB123CD domani alle 10", context)
    finally:
        await backend.aclose()
    assert "list_services" in [c.name for c in out.tool_calls]
    assert out.reason == "list_services_failed", out
    assert (
        out.handled
        and out.reply_text == "Non è stato possibile: l'archivio è occupato, riprova tra un attimo."
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # whisper dropped "at three" in noise (speech bench en-005): the booking went to 14:00
        ("Book an inspection for FN096HE on Thursday the 3rd of December at 2, sorry.", "en"),
        ("Prenota la revisione per la FN096HE giovedì alle 2, scusa.", "it"),
        ("Sposta la AB123CD a domani alle 9, cioè", "it"),
    ],
)
def test_a_correction_whose_correction_was_not_heard_is_never_written(text: str, language: str) -> None:

    p = parse(text, language=language)
    assert not p.handled and p.reason == "out_of_scope:self_correction"


def test_an_apology_that_opens_the_request_is_only_politeness() -> None:

    assert parse("Scusa, prenota un tagliando per la AB123CD domani alle 9", language="it").handled
