"""A day corrected mid-way whose first weekday was not heard as one, from held-out set 17's noisy transcripts (the
sentences below are new): "le gomme giovedì 17... no, venerdì 18" heard "le gomme dovevi 17 no, venerì 18". The
date said alone before the marker is taken back when a weekday with its own date is said instead; an hour before the
marker ("alle 17, no, …"), or no dated weekday after it, stays refused as before."""

from __future__ import annotations

from engine.fastpath.corrections import resolve_corrections


def test_date_alone_taken_back() -> None:
    assert resolve_corrections(["le", "gomme", "dovevi", "17", "no", "venerdi", "18", "alle", "10"]) == [
        "le", "gomme", "dovevi", "venerdi", "18", "alle", "10",
    ]  # fmt: skip
    assert resolve_corrections(["il", "tagliando", "15", "no", "scusa", "a", "martedi", "16"])[-3:] == [
        "a", "martedi", "16",
    ]  # fmt: skip


def test_hour_or_undated_weekday_stays() -> None:
    said = ["le", "gomme", "alle", "17", "no", "venerdi", "18"]
    assert resolve_corrections(said) == said
    said = ["le", "gomme", "dovevi", "17", "no", "venerdi", "alle", "10"]
    assert resolve_corrections(said) == said
    said = ["fd", "7", "3", "1", "no", "venerdi", "18"]  # a plate's digits
    assert resolve_corrections(said) == said
