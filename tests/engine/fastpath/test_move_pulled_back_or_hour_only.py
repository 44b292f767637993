"""A move said as the job pulled back to a day ("lo possiamo tirare indietro a giovedì 22 aprile alle 2"), ordered by
the counter's go-ahead said last after the customer's question ("… Fallo."), or as the hour alone changed on the day
said ("mercoledì 21 aprile resta, cambia solo l'ora"): set 49."""

from __future__ import annotations

import pytest

from tests.engine.fastpath.italian import assert_parsed
from tests.engine.fastpath.italian import parse_it as _parse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Il tagliando del furgone, GV 0 8 7 WM, lo tiriamo indietro a giovedì 22 aprile alle 2.",
         {"plate": "GV087WM", "date": "2027-04-22", "time": "14:00"}),
        ("Giancaspro mi domanda se il tagliando del furgone, GV 0 8 7 WM, lo possiamo tirare indietro a giovedì 22 "
         "aprile alle 2. Fallo.", {"plate": "GV087WM", "date": "2027-04-22", "time": "14:00"}),
        ("Rossi chiede se possiamo anticipare il tagliando della Panda, EW 346 HD, a venerdì alle 10. Fallo pure.",
         {"plate": "EW346HD", "date": "2026-11-27", "time": "10:00"}),
        ("La Paykan della Cimmino, TW 3 4 6 HD: mercoledì 21 aprile resta, cambia solo l'ora, alle 10 invece che "
         "alle 3.", {"plate": "TW346HD", "old_date": "2027-04-21", "old_time": "15:00", "time": "10:00"}),
        ("La Paykan della Cimmino, TW 3 4 6 HD: mercoledì 21 aprile, cambia solo l'ora: alle 10.",
         {"plate": "TW346HD", "old_date": "2027-04-21", "date": "2027-04-21", "time": "10:00"}),
    ],
)  # fmt: skip
def test_pulled_back_or_its_hour_alone_changed_moves(text: str, want: dict[str, object]) -> None:
    p = _parse(text)
    assert_parsed(p, "move", want)
    assert p.careful is None, p.careful  # ordered, not asked


@pytest.mark.parametrize(
    "text",
    [
        # the customer's question alone, or with the question's own words after it: asked, said back
        "Rossi chiede se possiamo anticipare il tagliando della Panda, EW 346 HD, a venerdì alle 10.",
        "Rossi chiede se la revisione della Panda, EW 346 HD, si può spostare a venerdì alle 10, fallo venire.",
    ],
)
def test_the_question_alone_is_said_back(text: str) -> None:
    p = _parse(text)
    assert p.intent == "move" and p.careful == "asked", (p.intent, p.careful)


@pytest.mark.parametrize(
    "text",
    [
        "Giancaspro, GV 0 8 7 WM, si tira indietro dal tagliando di giovedì.",  # the customer backing out
        "Il furgone di Giancaspro, GV 0 8 7 WM: tiralo indietro che non passa.",  # the van reversed
        "La Panda, EW 346 HD: rinviale la conferma su WhatsApp.",  # the confirmation sent again
    ],
)
def test_backing_out_reversing_or_sending_again_moves_nothing(text: str) -> None:
    assert _parse(text).intent != "move"
