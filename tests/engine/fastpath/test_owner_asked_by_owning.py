"""A plate's owner asked by the verb of owning ("GB 445 KT, chi la possiede?"), by a verb of checking before the
owner's question ("mi verifica a chi appartiene questa targa?", the courteous "Lei" form as whisper writes it), and
"a chi appartiene" as whisper base hears it: its r lost before the t ("appattiene") and "a chi" run into "che"
("mi verifica che appattiene una targa"). A check of anything else ("verifica la pressione") stays refused. New
sentences."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


@pytest.mark.parametrize(
    "text",
    [
        "Targa GB 445 KT, chi la possiede? Mi serve il numero.",
        "Mi dici chi possiede la GB 445 KT?",
        "Mi verifica a chi appartiene la GB 445 KT?",
        "verifica di chi è la GB 445 KT",
        "Mi verifica che appattiene la GB 445 KT.",
    ],
)
def test_the_owner_looked_up(text: str) -> None:
    p = _p(text)
    assert p.intent == "lookup_plate" and p.slots.get("plate") == "GB445KT", p


@pytest.mark.parametrize(
    "text",
    ["Mi verifica che appattiene una targa? Te la dico fra poco.", "Ho bisogno di sapere chi la possiede."],
)
def test_the_plate_not_said_is_asked_for(text: str) -> None:
    p = _p(text)
    assert p.intent == "lookup_plate" and not p.handled, p


@pytest.mark.parametrize(
    "text", ["Verifica la pressione delle gomme della Panda.", "Mi verifica che il tagliando sia fatto?"]
)
def test_a_check_of_anything_else_stays_refused(text: str) -> None:
    assert _p(text).intent is None
