"""Italian words of set 20 whisper base wrote apart or voiced, and a phrase with a number word that is none: "com'è"
written "come", "undici" split ("un dici dicembre"), "chi" heard "ghi", "già che ci sei" (no six). New sentences."""

from __future__ import annotations

from engine.fastpath.parser import heard_tokens, parse
from tests.engine.fastpath.conftest import NOW


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse(text, language="it", today=NOW.date())


def test_com_e_written_come_looks_at_the_day() -> None:
    p = _p("Giovedì come la giornata in officina?")
    assert p.intent == "day_appointments" and p.slots.get("date"), p
    assert _p("Come la situazione della Kangoo, FA 318 KC?").intent is None  # a car asked of, no agenda


def test_undici_split_and_chi_voiced() -> None:
    assert heard_tokens("martedì un dici dicembre") == ["martedi", "undici", "dicembre"]
    assert heard_tokens("lunedì ghi c'è?") == ["lunedi", "chi", "c", "e"]


def test_gia_che_ci_sei_is_no_number() -> None:
    p = _p(
        "Segnami la Kangoo, FA 318 KC, per una revisione martedì 10 alle 9, e già che ci sei mandagli un SMS di conferma."
    )
    assert p.intent == "book" and p.handled and p.slots["time"] == "09:00", p
    # "sei" after anything but "che ci" is still a number no slot accounts for
    p = _p("Segnami la Kangoo, FA 318 KC, per una revisione martedì 10 alle 9, ci sei.")
    assert p.reason == "ambiguous:stray_number", p


def test_day_put_back_after_its_article_gets_its_lost_alle() -> None:
    assert heard_tokens("per la Kangoo, FA 318 KC. L'UNEDY 9.3. Grazie")[-5:] == [
        "lunedi",
        "9",
        "alle",
        "3",
        "grazie",
    ]
    assert heard_tokens("lunedì 9 3 e poi") == [
        "lunedi",
        "9",
        "alle",
        "3",
        "e",
        "poi",
    ]  # as a day heard whole
    assert heard_tokens("venerdì 11, 9 4 5 AB") == [
        "venerdi",
        "11",
        "9",
        "4",
        "5",
        "ab",
    ]  # a plate's digits after
