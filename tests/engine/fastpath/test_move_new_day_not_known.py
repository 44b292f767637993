"""A move whose new day is said not known (set 37): "Tonolini non riesce a portare la Panhard mercoledì 23 per il
tagliando: va spostato, ma quando ancora non lo sa", "The Xpeng, …, needs moving off the 30th, but she hasn't said
where to". The one day said is the appointment's own (never the new one, never dropped) and the new day is asked;
nothing is written. A new day said with its hour not known stays the new day."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("Rossi non riesce a portare la Panda mercoledì 23 per il tagliando: va spostato, ma quando ancora non lo "
         "sa. ES 593 ZS.", "2026-12-23"),
        ("Rossi non può portare la Golf venerdì 27 per la revisione: va spostata, ma il giorno non lo sa. AB 123 CD.",
         "2026-11-27"),
        ("La Panda, AB 123 CD, non riesce a portarla lunedì 30 per il tagliando: da spostare, quando ancora non lo "
         "sa.", "2026-11-30"),
    ],
)
def test_italian_move_with_its_new_day_not_known_keeps_the_old_day_and_asks(text: str, old: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == old and "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("The Xpeng, Delta Lima 3 5 0 Tango Hotel, needs moving off the 30th, but she hasn't said where to.",
         "2026-11-30"),
        ("Move the Panda's service, AB 123 CD, off Monday the 30th; she didn't say where to.", "2026-11-30"),
        ("Mr Rossi can't make Friday the 27th for the MOT on the Golf, AB 123 CD, it needs moving but he hasn't "
         "said when.", "2026-11-27"),
    ],
)
def test_english_move_with_its_new_day_not_known_keeps_the_old_day_and_asks(text: str, old: str) -> None:
    p = parse_en(text)
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason, p.slots)
    assert p.slots.get("old_date") == old and "date" not in p.slots, p.slots


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sposta il tagliando della Panda, AB 123 CD, a venerdì 27; l'ora non la sa ancora.", "it"),
        ("The Golf, AB 123 CD, needs moving to Friday the 27th, she hasn't said what time.", "en"),
    ],
)
def test_a_new_day_said_with_its_hour_not_known_stays_the_new_day(text: str, lang: str) -> None:
    p = (parse_it if lang == "it" else parse_en)(text)
    assert p.intent == "move" and p.reason == "missing:time", (p.intent, p.reason, p.slots)
    assert p.slots.get("date") == "2026-11-27" and "old_date" not in p.slots, p.slots
