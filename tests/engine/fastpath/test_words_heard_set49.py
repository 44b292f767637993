"""Words whisper wrote otherwise in set 49, spoken: "gli serve" with its "gl" lost and run together ("Iserve"), "aria
condizionata" with a syllable heard in it ("aricia"), and a weekday's "ì" heard as a word of its own between it and
its "di" ("Venne i di 23 aprile"). Each put back only where no Italian word is lost: the weekday only before its date,
never after a pronoun that makes "venne" the verb."""

from __future__ import annotations

import pytest

from engine.fastpath.parser import heard_tokens
from tests.engine.fastpath.italian import parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Iserve il cambio dell'olio mercoledì 16 dicembre alle 8 e mezza",
        "al signor Rossi liserve la revisione venerdì",
        "gliserve il tagliando domani",
    ],
)
def test_gli_serve_run_together(text: str) -> None:
    tokens = heard_tokens(text)
    assert tokens[tokens.index("serve") - 1] == "gli"


@pytest.mark.parametrize(
    "text",
    [
        "ricarica dell'aricia condizionata lunedì alle 4",
        "l'arigia condizionata non va",
        "ricarica aricia condizionata domani",
    ],
)
def test_aria_condizionata_heard_with_a_syllable_more(text: str) -> None:
    assert "aria" in heard_tokens(text)


def test_ariccia_alone_stays_the_town() -> None:
    assert "aria" not in heard_tokens("il cliente viene da Ariccia domani")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Venne i di 23 aprile c'è uno di mattina che ha rinonciato, le valo.", "venerdi"),
        ("sposta la revisione a marte i di 5 alle 9", "martedi"),
        ("giove i di 21 gennaio la revisione", "giovedi"),
    ],
)
def test_weekday_heard_with_its_i_apart(text: str, day: str) -> None:
    assert day in heard_tokens(text)


@pytest.mark.parametrize("text", ["ne venne i di 4 di gente", "poi venne i di dopo"])
def test_venne_the_verb_stays(text: str) -> None:
    assert "venerdi" not in heard_tokens(text)


def test_cancel_heard_with_its_weekday_apart() -> None:
    p = parse_it("Venne i di 23 aprile c'è uno di mattina che ha rinonciato, le valo.")
    assert p.intent == "cancel" and p.slots.get("old_date") == "2027-04-23"
