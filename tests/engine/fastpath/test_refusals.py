"""A refused tool call is explained in the person's language, not in the backend's English."""

from __future__ import annotations

from engine.fastpath.run import why
from wp_api.contract import ToolResult


def test_known_codes_are_spoken_in_italian() -> None:
    refused = ToolResult.failure("no_contact", "Paolo Romano has no phone number for WhatsApp.")
    assert why(refused, "it") == "manca il contatto per quel canale nella scheda cliente."
    assert "has no phone" not in why(refused, "it")


def test_english_keeps_the_backend_message_for_unknown_codes() -> None:
    refused = ToolResult.failure("weird_new_code", "The moon is in the wrong phase.")
    assert why(refused, "en") == "The moon is in the wrong phase."
    assert why(refused, "it") == "il gestionale ha rifiutato la richiesta."
    assert why(ToolResult.success({}), "it") == ""
