"""A call back asked of the fast path, whatever the pronoun glued to it: "richiamala", "richiamali", "richiamagli" are
as "richiamalo" (a call the fast path cannot make, refused), never a second action dropped or read as a word unknown."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Sposta la revisione della GZ 0 5 4 NT a venerdì alle 3 e poi richiamala.",
        "Prenota il tagliando per la signora Rossi venerdì alle 3, e richiamala per dirglielo.",
        "Annulla il cambio olio dei Ferri di lunedì e richiamali.",
        "Sposta la revisione della GZ 0 5 4 NT a venerdì alle 3 e poi richiamalo.",
    ],
)
def test_the_call_back_is_refused(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None and p.reason == "out_of_scope:unsupported_action", (p.intent, p.reason)
