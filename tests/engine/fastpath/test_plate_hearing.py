"""The mishearing model of spoken plates: readings of what whisper wrote, and known plates ranked with a
calibrated confidence (text level, deterministic), then through the fast path on a real SQLite workshop."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from engine.fastpath.normalize import tokenize
from engine.fastpath.plate_hearing import find_heard, rank, readings, word_readings
from wp_api.contract import CallContext


def _texts(heard: str, top: int = 12) -> list[str]:
    return [r.text for r in readings(tokenize(heard))[:top]]


@pytest.mark.parametrize(
    ("word", "letters"),
    [("die", "DE"), ("cicapa", "CK"), ("pivullone", "PV"), ("vitri", "VT"), ("emmenne", "MN"), ("acca", "H")],
)
def test_letter_names_run_into_a_word_are_read_back(word: str, letters: str) -> None:
    assert letters in [r.text for r in word_readings(word)]


@pytest.mark.parametrize(
    ("heard", "plate"),
    [
        ("Die 907 Cicapa", "DE907CK"),  # letter pairs read as words
        ("GH 9007 MN", "GH907MN"),  # a zero added
        ("bi ti 300, 15 vitri", "BT315VT"),  # zeros added, a number split, a pair read as a word
        ("a bi uno due tre ci di", "AB123CD"),
    ],
)
def test_the_plate_said_is_among_the_readings(heard: str, plate: str) -> None:
    assert plate in _texts(heard)


def test_the_plate_said_wins_among_known_plates() -> None:
    known = ["GH907MN", "AB123CD", "GH970MN", "CH907MM"]
    ranked = rank(readings(tokenize("H 9007 MN")), known)  # G dropped, a zero added
    assert ranked[0].plate == "GH907MN" and ranked[0].confidence > 0.6


def test_confidence_is_high_alone_and_split_between_look_alikes() -> None:
    found = readings(tokenize("Die 907 Cicapa"))
    alone = rank(found, ["DE907CK", "AB123CD"])
    assert alone[0].plate == "DE907CK" and alone[0].confidence >= 0.9
    twins = rank(found, ["DE907CK", "TE907CK"])  # D and T sound alike: neither is sure
    assert twins[0].confidence < 0.9 and twins[0].confidence - twins[1].confidence < 0.5
    assert sum(r.confidence for r in twins) <= 1.0


def test_an_appointment_this_week_tips_a_tie_but_never_makes_it_sure() -> None:
    found = readings(tokenize("AD 123 CD"))
    ranked = rank(found, ["AB123CD", "AP123CD"], priors={"AP123CD": 1.3})
    assert ranked[0].plate == "AP123CD" and ranked[0].confidence < 0.9
    assert ranked[0].confidence - ranked[1].confidence < 0.15


def test_garbled_spans_never_reach_the_write_threshold() -> None:
    ranked = rank(readings(tokenize("pivullone 3 15 2 L")), ["PV315KL"])
    assert ranked and ranked[0].confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        "che tempo fa a Roma?",
        "prenota un tagliando per il 3 aprile alle 10",
        "sposta l'appuntamento delle 10 e 30 a domani alle 11",
        "quanto costa un cambio gomme per la Panda?",
        "il 15 marzo alle 9",
    ],
)
def test_no_plate_is_heard_where_none_was_said(text: str) -> None:
    assert find_heard(tokenize(text)) is None


def test_a_misheard_span_is_found_inside_a_request() -> None:
    tokens = tokenize("prenota un tagliando per la Panda Die 907 Cicapa domani alle 10")
    span = find_heard(tokens)
    assert span is not None and tokens[span.start : span.end] == ["die", "907", "cicapa"]


# --- through the fast path, on the contract seed (DP321TB: a red Fiesta of Anna Romano) -------------------


async def test_a_read_answers_with_the_recovered_plate(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("di chi è la Dipi 321 Tibi?", context)
    assert out.handled and "DP321TB" in out.reply_text and "Anna Romano" in out.reply_text
    assert "Non trovo" not in out.reply_text


async def test_a_write_below_the_threshold_asks_and_yes_resumes(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la Dipi 321 TV domani alle 10", context)
    # the whole booking is said back with the nearly-heard plate, for a yes
    assert out.clarification and "DP321TB" in out.clarification and "10:00" in out.clarification
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]
    done = await fast.resume("sì", context)
    assert done is not None and done.handled, done
    booked = [c for c in done.tool_calls if c.name == "create_appointment"]
    assert booked and booked[0].result.ok
    assert "DP321TB" in done.reply_text


async def test_look_alikes_are_asked_never_guessed(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("prenota un tagliando per la a di 123 cidi domani alle 10", context)
    assert not out.handled and out.clarification
    assert not [c for c in out.tool_calls if c.name == "create_appointment"]


@pytest.mark.parametrize(
    ("heard", "start"),
    [
        ("di Kiela GH 907 MN", ["di", "chi", "e", "la", "gh"]),
        ("Rikiela EF 960 GT", ["di", "chi", "e", "la", "ef"]),
        ("Ricchie la MR 488 ZC", ["di", "chi", "e", "la", "mr"]),
        ("di chi è l'auto AB123CD", ["di", "chi", "e", "l", "auto"]),  # said plainly: left alone
    ],
)
def test_the_opening_of_a_lookup_is_put_back(heard: str, start: list[str]) -> None:
    from engine.fastpath.parser import heard_tokens

    assert heard_tokens(heard)[: len(start)] == start


def test_only_a_unique_known_word_is_put_back() -> None:
    from engine.fastpath.parser import heard_tokens

    assert heard_tokens("penota una revisigione, primo postolibero") == [
        "prenota", "una", "revisione", "primo", "posto", "libero",
    ]  # fmt: skip
    assert heard_tokens("prenota per Garibaldi") == ["prenota", "per", "garibaldi"]


def test_a_plates_letters_are_not_words() -> None:
    from engine.fastpath.parser import parse

    p = parse("quando è stato l'ultimo cambio olio della VD 730 MA?")
    assert p.intent == "vehicle_history" and p.slots["plate"] == "VD730MA"
    assert parse("ma prenota la AB123CD domani alle 10").reason == "out_of_scope:hypothetical"


def test_a_word_is_never_put_back_into_an_action_that_cancels_or_moves() -> None:
    from engine.fastpath.parser import heard_tokens, parse

    assert "cancella" not in heard_tokens("il cancello è rotto")
    assert parse("il cancello è rotto").intent != "cancel"
