"""The request's opening "mi" heard "i" ("I prenoti la 147 …", "i tiri fuori la scheda …"): put back before a
polite verb of the counter, only as the request's first word."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("i tiri fuori la scheda della DW 338 ME?", "lookup_plate", {"plate": "DW338ME"}),
        ("Allora, i trovi FP 942 WL?", "lookup_plate", {"plate": "FP942WL"}),
        ("I prenoti la Yeti ER 795 BA per un tagliando lunedì 7 alle 10?", "book", {"plate": "ER795BA"}),
    ],
)
def test_opening_mi_heard_i_is_put_back(text: str, intent: str, slots: dict[str, object]) -> None:
    assert_parsed(parse_it(text), intent, slots)


@pytest.mark.parametrize(
    "text",
    [
        "i cerchi della Golf sono rovinati",
        "i segni sulla portiera della Yeti",
        "la Golf ha i tiri corti",
    ],
)
def test_i_as_an_article_stays(text: str) -> None:
    assert "mi" not in heard_tokens(text)
