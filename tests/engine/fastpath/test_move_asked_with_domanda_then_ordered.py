"""A move asked by the customer with "domanda se" and the impersonal "si può" ("La Bestetti domanda se la revisione
della Bukhanka, …, si può fare prima: mettila sabato 16 gennaio alle 9 e mezza", set 44; the sentences below are
new): the move itself, no hypothetical; with the counter's own order after the question ("mettila …") done as
ordered, else said back for a yes as every request relayed. "Prima delle 9" (before an hour) asks no earlier day."""

from __future__ import annotations

from tests.engine.fastpath.italian import parse_it


def test_asked_with_si_puo_is_a_move() -> None:
    for text, day, careful in (
        ("La signora Bestetti domanda se la revisione della Panda, AB 123 CD, si può fare prima: mettila venerdì "
         "27 alle 9 e mezza.", "2026-11-27", None),
        ("Il signor Rossi domanda se il tagliando della Panda, AB 123 CD, si può anticipare a domani alle 9.",
         "2026-11-26", "asked"),
        ("Rossi chiede se il tagliando della Panda, AB 123 CD, si riesce ad anticipare: spostalo a venerdì alle 10.",
         "2026-11-27", None),
    ):
        p = parse_it(text)
        assert p.intent == "move" and p.handled, (text, p.reason)
        assert p.slots.get("date") == day and p.careful == careful, (text, p.slots, p.careful)


def test_not_an_earlier_day() -> None:
    # before an hour, no day: never a move guessed
    assert not parse_it("Il signor Rossi domanda se la revisione si può fare prima delle 9.").handled
    # a question with no job moved stays a hypothetical
    assert not parse_it("Il signor Rossi domanda se la Panda, AB 123 CD, è pronta.").handled


def test_the_questions_own_infinitive_is_no_order() -> None:
    # "riusciamo ad anticiparlo" (whisper's "anticipalo" put back as the imperative it sounds like): still asked
    p = parse_it("Rossi chiede se riusciamo ad anticiparlo: il tagliando della Panda, AB 123 CD, da lunedì a venerdì "
                 "27 alle 14.")
    assert p.intent == "move" and p.careful == "asked", (p.intent, p.reason, p.careful)
