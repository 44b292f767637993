"""The hallucination filter on its own (no model)."""

from __future__ import annotations

import pytest

from engine.stt.filters import compression_ratio, drop_reason, split_repeat


@pytest.mark.parametrize(
    ("text", "logprob", "no_speech", "reason"),
    [
        ("Prenota un tagliando per la Panda.", -0.4, 0.1, None),
        ("Thank you.", -0.3, 0.05, None),  # said by a person: kept
        ("Thank you.", -0.7, 0.5, "phantom phrase"),
        ("Sottotitoli a cura di QTSS", -0.3, 0.2, "phantom phrase"),
        ("Thanks for watching!", -0.3, 0.1, "phantom phrase"),
        ("I'm going to put the oil in the pan.", -1.6, 0.76, "no speech"),
        ("you", -0.7, 0.92, "no speech"),
        ("the the the the the the the the the the the the the the the the", -0.2, 0.0, "repetitive"),
        ("Garbled words here", -1.8, 0.1, "low confidence"),
        ("  ...  ", -0.1, 0.0, "empty"),
    ],
)
def test_drop_reason(text: str, logprob: float, no_speech: float, reason: str | None) -> None:
    got = drop_reason(text, avg_logprob=logprob, no_speech_prob=no_speech)
    assert (got is None) if reason is None else (got is not None and got.startswith(reason)), got


def test_compression_ratio_flags_loops() -> None:
    assert compression_ratio("Book an oil change for plate AB123CD next Wednesday.") < 1.5
    assert compression_ratio("grazie " * 40) > 2.4


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (
            "Find the car with plate GH 456 KL. Find the car with plate GH 456 KL.",
            "Find the car with plate GH 456 KL.",
            "Find the car with plate GH 456 KL.",
        ),
        (
            "Find the car with plate G-H-456-KL. Find the car with plate G-",
            "Find the car with plate G-H-456-KL.",
            "Find the car with plate G-",
        ),
        ("Cancel the booking. Cancel.", "Cancel the booking. Cancel.", ""),
        ("Book a service. Then send a message.", "Book a service. Then send a message.", ""),
    ],
)
def test_split_repeat(text: str, head: str, tail: str) -> None:
    assert split_repeat(text) == (head, tail)


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (  # a prompted plate looped, separated by commas (whisper base on Italian speech)
            "FG 123 HK, FG 123 HK, FG 123 HK, FG 123 HK, FG 123 HK, FG 123 HK.",
            "FG 123 HK.",
            "FG 123 HK, FG 123 HK, FG 123 HK, FG 123 HK, FG 123 HK",
        ),
        (
            "Prenota la FG 123 HK, FG 123 HK, FG 123 HK per domani.",
            "Prenota la FG 123 HK per domani.",
            "FG 123 HK, FG 123 HK",
        ),
        ("FG123HK FG123HK FG123HK", "FG123HK", "FG123HK FG123HK"),
        ("La targa è A B 3, 3, 3 C D.", "La targa è A B 3, 3, 3 C D.", ""),
        ("No, no, no, martedì.", "No, no, no, martedì.", ""),
        ("FG 123 HK, FG 123 HK.", "FG 123 HK, FG 123 HK.", ""),
    ],
)
def test_split_repeat_catches_loops_between_commas(text: str, head: str, tail: str) -> None:
    assert split_repeat(text) == (head, tail)


@pytest.mark.parametrize(
    ("text", "head", "tail"),
    [
        (  # a sentence looped until the token budget stopped the decode inside its third copy
            "Show me the Golf. Send a WhatsApp to the customer the day before. Send a WhatsApp to the "
            "customer the day before. Send a WhatsApp to the cus",
            "Show me the Golf. Send a WhatsApp to the customer the day before",
            "Send a WhatsApp to the customer the day before. Send a WhatsApp to the cus",
        ),
        (  # cut after the second copy's first word
            "Prenota la Panda, venerdì alle nove, venerdì alle nove, venerdì",
            "Prenota la Panda, venerdì alle nove",
            "venerdì alle nove, venerdì",
        ),
    ],
)
def test_a_loop_cut_by_the_budget_counts_its_broken_copy(text: str, head: str, tail: str) -> None:
    assert split_repeat(text, cut=True) == (head, tail)


@pytest.mark.parametrize(
    "text",
    [
        # not cut: two copies and a start are speech ("venerdì alle nove, venerdì alle nove, venerdì")
        "Prenota la Panda, venerdì alle nove, venerdì alle nove, venerdì",
        # cut, but what follows is not the start of another copy
        "Prenota la Panda, venerdì alle nove, venerdì alle nove, sabato",
    ],
)
def test_two_copies_are_not_a_loop_without_the_cut_copy(text: str) -> None:
    cut = text.endswith("sabato")
    assert split_repeat(text, cut=cut) == (text, "")
