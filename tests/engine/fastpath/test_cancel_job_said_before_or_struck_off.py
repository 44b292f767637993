"""Cancels said the counter's own way (set 36): the job of a day named first and taken off with its pronoun ("il
tagliando di martedì 22 lo togliamo"), struck off the page ("depennalo"), with "niente (più)" naming the job before
the command ("Niente più cambio olio mercoledì 9 …: depennalo"). A "togli" with no day of the job takes a part
off the car; "niente più" with no cancel after it still negates."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed, parse_it


@pytest.mark.parametrize(
    "text",
    [
        "Il tagliando di martedì 22 della GA 909 EY lo togliamo.",
        "Il tagliando di martedì 22 per la GA 909 EY, lo togli per favore.",
        "Le gomme di martedì 22 della GA 909 EY le togliamo, ha venduto la macchina.",
    ],
)
def test_job_of_a_day_taken_off_with_its_pronoun(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "GA909EY", "old_date": "2026-12-22"})


@pytest.mark.parametrize(
    "text",
    [
        "Niente più cambio olio mercoledì 9 per la Panda, EX 353 TZ: depennalo.",
        "Il cambio olio di mercoledì 9 della Panda, EX 353 TZ, depennalo dall'agenda.",
        "Niente tagliando mercoledì 9 per la EX 353 TZ, cancellalo.",
        "Depenna il cambio olio di mercoledì 9 della EX 353 TZ.",
    ],
)
def test_struck_off_and_nothing_more_of_the_job(text: str) -> None:
    assert_parsed(parse_it(text), "cancel", {"plate": "EX353TZ", "old_date": "2026-12-09"})


@pytest.mark.parametrize(
    "text",
    [
        "Le gomme della GA 909 EY le togliamo martedì 22.",  # the tyres taken off the car that day
        "Il tagliando lo togliamo dalla GA 909 EY.",  # no day of the job
    ],
)
def test_togli_with_no_job_of_a_day_is_no_cancel(text: str) -> None:
    assert parse_it(text).intent != "cancel"


def test_nothing_more_without_a_cancel_stays_a_negation() -> None:
    p = parse_it("Niente più cambio olio mercoledì 9 per la EX 353 TZ: fagli una revisione giovedì.")
    assert not p.handled and p.reason == "out_of_scope:negation", (p.intent, p.reason)
