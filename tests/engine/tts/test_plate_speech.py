"""A reply that opens with a plate: spelled from clips of its letters and digits at once, the rest from Kokoro."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from engine.fastpath.plate_symbols import symbol
from engine.tts import KokoroTTS, TtsStream
from engine.tts.clips import ClipStore
from engine.tts.fixed_lines import FixedLines, fixed_lines, plate_lead
from engine.tts.kokoro import KokoroModel
from engine.tts.plate_speech import plate_opening, spelled, symbol_names
from i18n.fastpath import say
from tests.support.kokoro_runs import count_kokoro_runs

OWNER = "La BT615ZR è una MiTo nera di Laura Caruso."
LINES = FixedLines(heads=("Il primo posto libero",), whole=(), plate_leads=("La", "Per la"))


def _plate_of(names: list[str]) -> str:
    """The plate the ear's own table reads from the spoken names (engine.fastpath.plate_symbols)."""
    tokens = " ".join(names).split()
    out, i = "", 0
    while i < len(tokens):
        found = symbol(tokens, i)
        assert found is not None, f"{tokens[i]!r} is no letter or digit name"
        out, i = out + found[0], i + found[1]
    return out


def test_a_plate_opening_is_its_lead_the_plate_and_the_rest() -> None:
    opening = plate_opening(OWNER, ("La", "Per la"))
    assert opening is not None
    assert (opening.text, opening.plate, opening.rest) == (
        "La BT615ZR",
        "BT615ZR",
        "è una MiTo nera di Laura Caruso.",
    )
    history = plate_opening("Per la GH 907 MN, l'ultimo tagliando è stato il 3 marzo.", ("La", "Per la"))
    assert history is not None and history.text == "Per la GH 907 MN," and history.rest.startswith("l'ultimo")
    assert plate_opening("La Panda GH 907 MN è di Rossi.", ("La",)) is None, "a model name is no plate"
    assert plate_opening("La i20 è di Rossi.", ("La",)) is None
    assert plate_opening("GH907MN is the grey Panda.", ("",)) is not None, "English: the plate comes first"
    assert spelled("GH 907 MN", "it") == [["gi", "acca"], ["nove", "zero", "sette"], ["emme", "enne"]]


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_templates_give_the_leads_and_every_name_reads_back_as_its_symbol(language: str) -> None:
    leads = fixed_lines(language).plate_leads
    assert plate_opening(say("plate_owner", language, plate="BT615ZR", vehicle="x", owner="y"), leads)
    assert plate_opening(say("history_last", language, plate="BT615ZR", service="x", when="y"), leads)
    assert plate_lead("L'ultimo {service} della {plate} è stato {when}.") is None, "a field before the plate"
    for name, wanted in zip(symbol_names("it"), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", strict=True):
        assert _plate_of([name]) == wanted


@pytest.fixture(scope="module")
def spelling_voice(kokoro: KokoroModel, tmp_path_factory: pytest.TempPathFactory) -> KokoroTTS:
    """An Italian voice whose plate clips (the leads, every letter and digit) are made once in a temp store."""
    voice = KokoroTTS(kokoro, language="it")
    store = ClipStore(Path(tmp_path_factory.mktemp("clips")), voice.identity)
    missing = voice.use_clips(LINES, store)
    assert {"La", "Per la", "bi", "zeta", "sei"} <= set(missing)
    voice.make_clips()
    assert voice.missing_clips == []
    return voice


def test_a_reply_opening_with_a_plate_is_spelled_from_clips_then_kokoro_says_the_rest(
    spelling_voice: KokoroTTS, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice = spelling_voice
    assert voice.pieces(OWNER) == ["La BT615ZR", "è una MiTo nera di Laura Caruso."]
    groups = voice.spelling("La BT615ZR")
    assert groups is not None and groups[0] == ["La"]
    assert _plate_of([name for group in groups[1:] for name in group]) == "BT615ZR"

    runs = count_kokoro_runs(monkeypatch)
    chunks = voice.synthesize_blocking(OWNER)
    first = next(chunks)
    assert runs == [], "the plate is heard before any ONNX run"
    spoken_names = sum(len(group) for group in groups)
    assert first.duration_s > 0.15 * spoken_names, "the opening holds every name, not one clip"
    rest = list(chunks)
    assert rest and len(runs) == len(rest), "the words after the plate are made by Kokoro"
    assert all(float(np.max(np.abs(c.samples))) > 0.5 for c in rest)


async def test_the_plate_then_the_rest_in_order_and_a_barge_in_stops_it(spelling_voice: KokoroTTS) -> None:
    reply = f"{OWNER} Vuoi altro?"
    async with TtsStream(spelling_voice) as stream:
        stream.push_text(reply)
        stream.end_input()
        spoken = [s async for s in stream]
    assert spoken[0].text == OWNER and spoken[-1].text == "Vuoi altro?"
    assert [s.index for s in spoken] == sorted(s.index for s in spoken), "in order"
    assert len([s for s in spoken if s.index == 0]) == 2, "the spelled plate, then the rest of the sentence"

    async with TtsStream(spelling_voice) as stream:
        stream.push_text(reply)
        stream.end_input()
        first = await anext(stream)
        assert first.text == OWNER
        stream.interrupt()  # barge-in while Kokoro makes the rest
        after = [s async for s in stream]
    assert after == [] and stream.interrupted


def test_a_missing_clip_leaves_the_plate_to_kokoro(kokoro: KokoroModel, tmp_path: Path) -> None:
    voice = KokoroTTS(kokoro, language="it")
    voice.use_clips(LINES, ClipStore(tmp_path, voice.identity))  # nothing made yet
    assert voice.spelling("La BT615ZR") is None
    chunks = list(voice.synthesize_blocking("La BT615ZR."))
    assert len(chunks) == 1 and chunks[0].duration_s > 0.5, "said by Kokoro as written"
