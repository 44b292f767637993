"""`officina parse`: the parse as JSON, bad input as one line."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def test_parse_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["parse", "Book an oil change for plate A B 1 2 3 C D tomorrow morning", "--lang", "en",
                 "--today", "2026-11-25"])  # fmt: skip
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["intent"] == "book" and out["handled"] is True
    assert out["slots"]["plate"] == "AB123CD"
    assert out["slots"]["date"] == "2026-11-26" and out["slots"]["part_of_day"] == "morning"


def test_parse_says_why_not(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "quanto costa un tagliando?", "--lang", "it"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["handled"] is False and out["reason"] == "out_of_scope:price"


def test_parse_bad_input_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "x", "--today", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--today" in err
