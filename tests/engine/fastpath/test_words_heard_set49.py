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


@pytest.mark.parametrize(
    "text",
    [
        "I serve il cambio dell'olio mercoledì 16 dicembre",
        "al Rossi i serve la revisione venerdì",
        "i serve una diagnosi domani",
    ],
)
def test_gli_serve_with_its_gl_lost(text: str) -> None:
    tokens = heard_tokens(text)
    assert tokens[tokens.index("serve") - 1] == "gli"


@pytest.mark.parametrize(
    "text",
    [
        "Maraschialo a disdetto. Fa isparire il cambio olio di martedì",
        "Paraschialo a distetto. Fai sparire il cambio olio",
        "la Rossi a di stetto il tagliando di domani",
    ],
)
def test_ha_disdetto_heard_a(text: str) -> None:
    tokens = heard_tokens(text)
    assert tokens[tokens.index("disdetto") - 1] == "ha"


def test_a_alone_stays_a() -> None:
    assert heard_tokens("sposta la revisione a domani")[3] == "a"


@pytest.mark.parametrize(
    "text",
    ["Miledri, chicediato la target, N674XP.", "chicedietro la targa EN 674 XP?", "chice dietro la targa GS 780 LF?"],
)
def test_chi_c_e_dietro_run_together(text: str) -> None:
    tokens = heard_tokens(text)
    at = tokens.index("dietro")
    assert tokens[at - 3 : at] == ["chi", "c", "e"]
    assert parse_it(text).intent == "lookup_plate"


def test_dietro_alone_stays() -> None:
    assert heard_tokens("la ruota dietro fa rumore")[:3] == ["la", "ruota", "dietro"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("la ricarica del clima di 27 aprile vari inviata, la nuova data te la passo", ["va", "rinviata"]),
        ("il tagliando di venerdì vari mandato, ti dico io quando", ["va", "rimandato"]),
        ("la ricarica di 27 aprile varimviata, la nuova data te la passo", ["va", "rinviata"]),
    ],
)  # fmt: skip
def test_va_rinviata_with_its_r_on_va(text: str, said: list[str]) -> None:
    tokens = heard_tokens(text)
    assert tokens[tokens.index(said[1]) - 1 : tokens.index(said[1]) + 1] == said


@pytest.mark.parametrize("text", ["ci sono vari lavori da fare", "ho vari pezzi inviati ieri"])
def test_vari_elsewhere_is_various(text: str) -> None:
    assert "vari" in heard_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "Scalabrini vorrebbe la revisione per la firedome, giorno e ora l'idecidiamo poi insieme.",
        "il tagliando per la Panda, il giorno l'ifissiamo domani",
        "la revisione della Punto, l'ora l'iconcordiamo poi",
    ],
)
def test_li_elided_onto_the_verb(text: str) -> None:
    assert "li" in heard_tokens(text)
