"""A move whose new day the customer still does not know, "ancora" said before the verb ("Il cambio olio della J7
della Tarabusi, FX 744 KS, di martedì 5 gennaio: va spostato, ma lei ancora non sa quando", set 38): the new day is
asked, nothing written, as "ma lei non sa ancora quando" was. A "non sa" followed by anything but what is not known
("ancora non sa se viene") stays refused."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import parse_en, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il cambio olio della J7 della Tarabusi, FX 744 KS, di martedì 5 gennaio: va spostato, ma lei ancora non sa "
        "quando.",
        "Sposta il tagliando della Panda, AB 123 CD, di venerdì 27, ma il cliente ancora non sa quando.",
        "La revisione della Punto, FT 789 MN, di lunedì 30 va spostata, lui ancora non ha deciso il giorno.",
    ],
)
def test_the_new_day_still_not_known_is_asked(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "move" and not p.handled and p.reason == "missing:date", (p.intent, p.reason, p.slots)


def test_said_in_english_too() -> None:
    p = parse_en("The oil change on the Panda, AB 123 CD, on Friday the 27th needs moving, but she still doesn't "
                 "know when.")  # fmt: skip
    assert p.intent == "move" and p.reason == "missing:date", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Sposta il tagliando della Panda, AB 123 CD, di venerdì 27 a lunedì 30, ma lei ancora non sa se viene.",
    ],
)
def test_not_known_of_anything_else_is_no_day_asked(text: str) -> None:
    p = parse_it(text)
    assert not p.handled, (p.intent, p.slots)
