"""Every catalogue of i18n: each key in every language, with the same `{fields}` in each, so a
translation can neither lose a value nor ask for one the code does not give."""

from __future__ import annotations

import string

import pytest

from i18n import cards, dates, errors, fastpath, messages, replies, spelling, ui
from i18n.languages import LANGUAGES, Catalogue, lookup, pick

CATALOGUES: dict[str, Catalogue] = {
    "ui": ui.STRINGS,
    "replies": replies.REPLIES,
    "fastpath": fastpath.TEXTS,
    "fastpath refusals": fastpath.REFUSALS,
    "messages": messages.MESSAGES,
    "campaign draft": {"default": messages.DEFAULT_CAMPAIGN_DRAFT},
    "dates": dates.WORDS,
    "errors": errors.ERRORS,
    "card titles": cards.TITLES,
    "plate spelling": spelling.SYMBOL_NAMES,
}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("name", list(CATALOGUES))
def test_every_key_is_in_every_language_with_the_same_fields(name: str) -> None:
    catalogue = CATALOGUES[name]
    assert catalogue, f"{name} is empty"
    for key, entry in catalogue.items():
        assert set(entry) == set(LANGUAGES), f"{name}: {key}"
        assert all(entry[language].strip() for language in LANGUAGES), f"{name}: {key} has an empty text"
        assert len({frozenset(_fields(entry[language])) for language in LANGUAGES}) == 1, f"{name}: {key}"


def test_an_unknown_language_reads_italian() -> None:
    assert pick("fr") == pick(None) == "it" and pick("en") == "en"
    assert lookup(replies.REPLIES, "declined", "fr") == lookup(replies.REPLIES, "declined", "it")
    assert lookup(replies.REPLIES, "declined", "en") != lookup(replies.REPLIES, "declined", "it")


def test_an_undo_is_said_from_the_tool_never_the_backends_audit_line() -> None:
    import json
    from pathlib import Path

    from i18n.replies import UNDONE_WRITES, reply

    tools = json.loads(Path("wp_api/wordpress-plugin/officina-voice/includes/tools.json").read_text())
    names = {t.get("name") or t["function"]["name"] for t in tools}
    writes = names - {"find_vehicle", "find_customer", "vehicle_history", "list_services", "list_vehicle_models",
                      "check_availability", "search_appointments", "preview_campaign", "undo_last"}  # fmt: skip
    assert set(UNDONE_WRITES) == writes
    audit = "moved 12 from 2026-12-03 09:00 to 2026-12-04 10:00"
    for tool in writes:
        for language in ("it", "en"):
            said = reply("undone", language, data={"undone": {"tool": tool, "summary": audit}})
            assert audit not in said and UNDONE_WRITES[tool][language] in said
    assert reply("undone", "it", data={"undone": {"tool": "unknown", "summary": audit}}) == (
        "Annullata l'ultima modifica."
    )
