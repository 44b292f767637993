"""A booking whose hour, day or job is said to come later, in words the not-known cues lacked (set 37: "…, giovedì
17; l'ora gliela dico quando mi richiama", "… lunedì 21 alle 10? Cosa deve fare non me l'ha spiegato", "…, va rifatta la
batteria prima di Natale, quando di preciso non lo so ancora" were refused as negations or not read): the missing
slot is asked, what was said kept. The hour told to the customer ("gliela dico"), the job not explained ("non me
l'ha spiegato", "non mi ha spiegato cosa"), and how exactly said between ("di preciso", "esattamente"). Anything
else not explained or not known ("non mi ha spiegato perché") stays a negation, refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    ("text", "missing", "kept"),
    [
        ("Tagliando per la Punto, AB 123 CD, giovedì 17; l'ora gliela dico quando mi richiama.", "time",
         {"date": "2026-12-17"}),
        ("Tagliando per la Punto, AB 123 CD, alle 9, il giorno glielo confermo domani.", "date", {"time": "09:00"}),
        ("Mi metti dentro la Punto, AB 123 CD, lunedì 21 alle 10? Cosa deve fare non me l'ha spiegato.", "service",
         {"date": "2026-12-21", "time": "10:00"}),
        ("Mi metti dentro la Punto, AB 123 CD, lunedì 21 alle 10? Non mi ha spiegato cosa deve fare.", "service",
         {"date": "2026-12-21", "time": "10:00"}),
        ("Mi metti dentro la Punto, AB 123 CD, lunedì 21 alle 10? Il lavoro non me l'ha spiegato.", "service",
         {"date": "2026-12-21", "time": "10:00"}),
        ("La Punto di Rossi, AB 123 CD, va rifatta la batteria prima di Natale, quando di preciso non lo so ancora.",
         "date", {}),
        ("La Punto, AB 123 CD, va rifatta la revisione, il giorno esattamente non me l'ha detto.", "date", {}),
    ],
)
def test_the_slot_to_come_is_asked(text: str, missing: str, kept: dict[str, str]) -> None:
    p = parse_it(text)
    assert p.intent == "book" and p.reason == f"missing:{missing}", (p.intent, p.reason, p.slots)
    assert p.slots.get("plate") == "AB123CD"
    for key, want in kept.items():
        assert p.slots.get(key) == want, (key, p.slots)


@pytest.mark.parametrize(
    "text",
    [
        "Tagliando per la Punto, AB 123 CD, lunedì 21 alle 10, ma non mi ha spiegato perché.",
        "Tagliando per la Punto, AB 123 CD, lunedì 21 alle 10, ma il perché di preciso non lo so.",
        "Il tagliando della Punto AB 123 CD lo facciamo giovedì 17, gliela dico io la verità.",
    ],
)
def test_anything_else_unexplained_is_not_taken(text: str) -> None:
    p = parse_it(text)
    assert p.intent is None, (p.intent, p.reason, p.slots)
