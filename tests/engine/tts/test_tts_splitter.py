"""The streaming sentence splitter on Italian and English text, fed in deltas of every size."""

from __future__ import annotations

import pytest

from engine.tts import SentenceSplitter

CASES = [
    (
        "Fatto. Ho prenotato il tagliando per mercoledì alle 9.30. Il costo è di 89.50 euro!",
        ["Fatto.", "Ho prenotato il tagliando per mercoledì alle 9.30.", "Il costo è di 89.50 euro!"],
    ),
    (
        "Il Sig. Rossi e la Dott.ssa Bianchi hanno chiamato. Targa AB 123 CD. Confermo?",
        ["Il Sig. Rossi e la Dott.ssa Bianchi hanno chiamato.", "Targa AB 123 CD.", "Confermo?"],
    ),
    (
        "Filtri, olio, candele ecc. e poi la revisione. Vuoi confermare?",
        ["Filtri, olio, candele ecc. e poi la revisione.", "Vuoi confermare?"],
    ),
    (
        "Mr. Smith booked an oil change, e.g. the 3.5 hour slot. Done.",
        ["Mr. Smith booked an oil change, e.g. the 3.5 hour slot.", "Done."],
    ),
    ("A. Rossi ha prenotato. Il 3. posto è libero.", ["A. Rossi ha prenotato.", "Il 3. posto è libero."]),
    ('Ha detto "arrivo alle 10." Va bene... Poi?', ['Ha detto "arrivo alle 10."', "Va bene...", "Poi?"]),
    ("Primo punto\n\nsecondo punto", ["Primo punto", "secondo punto"]),
    ("Nessuna punteggiatura finale", ["Nessuna punteggiatura finale"]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
@pytest.mark.parametrize("step", [1, 4, 1000])
def test_split(text: str, expected: list[str], step: int) -> None:
    splitter = SentenceSplitter()
    out: list[str] = []
    for start in range(0, len(text), step):
        out += splitter.push_text(text[start : start + step])
    assert out + splitter.flush() == expected


def test_sentence_is_released_as_soon_as_the_next_one_starts() -> None:
    splitter = SentenceSplitter()
    assert splitter.push_text("Fatto.") == []  # could still be "Fatto.5" or an abbreviation
    assert splitter.push_text(" ") == []
    assert splitter.push_text("Ho") == ["Fatto."]
    assert splitter.push_text(" prenotato!") == []
    assert splitter.flush() == ["Ho prenotato!"]
    assert splitter.flush() == []


def test_overlong_sentence_is_cut_at_a_comma() -> None:
    splitter = SentenceSplitter(max_chars=40)
    out = splitter.push_text("uno due tre quattro cinque, sei sette otto nove dieci undici dodici ")
    assert out == ["uno due tre quattro cinque,"]


def test_eager_first_cuts_only_the_first_clause() -> None:
    splitter = SentenceSplitter(eager_first=True)
    out = splitter.push_text("Fatto, ho prenotato il tagliando per 89,50 euro, mercoledì. Poi, se vuoi, ")
    assert out == ["Fatto,", "ho prenotato il tagliando per 89,50 euro, mercoledì."]
    assert splitter.flush() == ["Poi, se vuoi,"]


def test_a_long_first_clause_is_cut_before_a_phrase_so_the_first_audio_comes_early() -> None:
    from engine.tts.splitter import clauses

    assert clauses("Fatto: tagliando per la Panda GH 907 MN di Rossi, mercoledì 2 dicembre alle 9.") == [
        "Fatto:",
        "tagliando per la Panda GH 907 MN di Rossi,",
        "mercoledì 2 dicembre alle 9.",
    ]
    assert clauses("Il primo posto libero per il tagliando è mercoledì alle 9.") == [
        "Il primo posto libero",
        "per il tagliando è mercoledì alle 9.",
    ]
    assert clauses("The first free slot for an oil change is Wednesday at 9.")[0] == "The first free slot"
    # two words can be enough, and "è" starts a phrase, but never right after a word that clings to it
    assert clauses("L'ultimo tagliando della GH 907 MN è stato mercoledì alle 9.")[0] == "L'ultimo tagliando"
    assert clauses("La GH 907 MN è la Panda grigia di Rossi.")[0] == "La GH 907 MN"
    assert clauses("Il modello si è interrotto a metà risposta.")[0] != "Il modello si"
    # short clauses, and long ones with no phrase start after the second word, stay whole
    assert clauses("Va bene, a domani.") == ["Va bene,", "a domani."]
    assert clauses("Rossi Mario Panda grigia targa GH907MN.") == ["Rossi Mario Panda grigia targa GH907MN."]
