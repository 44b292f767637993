"""Whether a plate is on file, asked with "se" ("Mi verifichi se una targa ce l'abbiamo in archivio?", set 39; "mi
controlli se la FB 906 VG è nel sistema?", "puoi vedere se abbiamo in archivio una targa?"): an indirect question,
no condition; the plate's car and owner are looked up, the plate asked for when not said. With a write it stays a
hypothetical ("se ce l'abbiamo in archivio, prenota …"), and a job asked of as on file is no look-up."""

from __future__ import annotations

import pytest

from engine.fastpath import FastPath
from tests.engine.fastpath.italian import assert_parsed, parse_it, wrote_nothing
from wp_api.contract import CallContext


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Mi controlli se la FB 906 VG è nel sistema?", "FB906VG"),
        ("Guardami se c'è in anagrafica la GE 404 NW", "GE404NW"),
        ("Mi verifichi se la DS 145 LK ce l'abbiamo in archivio?", "DS145LK"),
    ],
)
def test_a_plate_said_on_file_asked_is_looked_up(text: str, plate: str) -> None:
    assert_parsed(parse_it(text), "lookup_plate", {"plate": plate})


@pytest.mark.parametrize(
    "text",
    [
        "Mi verifichi se una targa ce l'abbiamo in archivio?",
        "Puoi vedere se abbiamo in archivio una targa?",
        "Mi controlli se una targa risulta nel gestionale?",
    ],
)
def test_a_plate_to_come_on_file_asked_asks_the_plate(text: str) -> None:
    p = parse_it(text)
    assert p.intent == "lookup_plate" and p.reason == "missing:plate", (p.intent, p.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Se ce l'abbiamo in archivio, prenota il tagliando alla FB 906 VG domani alle 9",
        "Se la FB 906 VG è nel sistema fissale la revisione domani alle 9",
    ],
)
def test_a_write_on_it_stays_a_hypothetical(text: str) -> None:
    assert parse_it(text).reason == "out_of_scope:hypothetical", text


async def test_the_plate_is_asked_for_and_nothing_written(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Mi verifichi se una targa ce l'abbiamo in archivio?", context, alone=True)
    assert wrote_nothing(out) and out.reason == "missing:plate", out


async def test_a_plate_on_file_names_its_car(fast: FastPath, context: CallContext) -> None:
    out = await fast.handle("Mi controlli se la AB 123 CD è nel sistema?", context, alone=True)
    assert out.handled and "Panda" in out.reply_text and wrote_nothing(out), out
