"""A long push-to-talk request is transcribed in pieces while the key is held (engine/pipeline/pieces.py):
at release only the speech after the last piece kept is left to decode.

Real whisper base and Silero, Italian speech by Kokoro, spoken in real time into the pipeline's microphone
(the bench's replay microphone); the model is the fake OpenAI-compatible server.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from benches.openai_server import Round
from benches.replay_mic import push_to_talk
from engine.audio import FileSink
from engine.fastpath.plate_hearing import words_end_open
from engine.pipeline.pieces import join
from engine.stt import Segment, Transcript
from tests.engine.pipeline.conftest import llm_settings
from tests.support.hearing import assert_heard

RATE = 16_000
PAUSE = np.zeros(int(0.7 * RATE), np.float32)
"""A pause the VAD ends speech at (its push-to-talk silence is 250 ms)."""

WHO = "Mi segni un cambio delle pastiglie per la Golf blu del signor Ferraguti"
WHEN = "lunedì pomeriggio verso le quattro, grazie"
SPELLING = "Mi segni un cambio delle pastiglie per la targa acca erre tre quattro"
SPELLING_END = "cinque sei bi, lunedì alle quattro"


@pytest.fixture(scope="module")
def say(kokoro: Any) -> Any:
    from engine.audio import resample
    from engine.tts.kokoro import SAMPLE_RATE as KOKORO_RATE

    made: dict[str, np.ndarray] = {}

    def speak(text: str) -> np.ndarray:
        if text not in made:
            spoken = kokoro.speak(text, "it", style="jf_alpha", speed=1.0)
            made[text] = resample(spoken, KOKORO_RATE, RATE).astype(np.float32)
        return made[text]

    return speak


def _request(*parts: np.ndarray) -> np.ndarray:
    lead, tail = np.zeros(int(0.3 * RATE), np.float32), np.zeros(int(0.5 * RATE), np.float32)
    joined: list[np.ndarray] = [lead]
    for i, part in enumerate(parts):
        joined += [part] if i == 0 else [PAUSE, part]
    return np.concatenate([*joined, tail])


async def _stt_final(make_pipeline: Any, llm: Any, audio: np.ndarray, **settings: Any) -> tuple[Any, Any]:
    llm.script([Round(text="Va bene.")] * 3)  # a start on the first part is dropped when speech resumes
    pipeline = await make_pipeline(llm_settings(llm, language="it", **settings), sink=FileSink())
    turn = await push_to_talk(pipeline, audio, hold_after_s=0.0)
    assert turn.result.error is None, turn.result.error
    final = next(e for e in turn.events if e.type == "stt_final")
    return turn.result, final


async def test_the_first_part_is_kept_while_the_key_is_held_and_only_the_rest_is_decoded_at_release(
    make_pipeline: Any, llm: Any, say: Any
) -> None:
    first, rest = say(WHO), say(WHEN)
    assert len(first) / RATE >= 3.0  # long enough to be a piece of its own
    result, final = await _stt_final(make_pipeline, llm, _request(first, rest))
    assert final.pieces == 2
    assert final.early
    assert_heard(result.transcript, f"{WHO}, {WHEN}", at_least=0.6)
    # the model was asked about the whole request, once
    asked = llm.chat_requests[-1].body["messages"][-1]["content"]
    assert result.transcript.strip() in asked


async def test_speech_that_stops_inside_a_plate_is_not_cut_there(
    make_pipeline: Any, llm: Any, say: Any
) -> None:
    first, rest = say(SPELLING), say(SPELLING_END)
    assert len(first) / RATE >= 3.0
    result, final = await _stt_final(make_pipeline, llm, _request(first, rest))
    assert final.pieces == 1  # the plate is heard whole, in one decode
    assert_heard(result.transcript, f"{SPELLING} {SPELLING_END}", at_least=0.5)


async def test_pieces_can_be_turned_off(make_pipeline: Any, llm: Any, say: Any) -> None:
    result, final = await _stt_final(make_pipeline, llm, _request(say(WHO), say(WHEN)), stt_pieces=False)
    assert final.pieces == 1
    assert_heard(result.transcript, f"{WHO}, {WHEN}", at_least=0.6)


def test_pieces_join_into_one_sentence_with_their_times_in_the_recording() -> None:
    one = Transcript(
        text="Mi segni un cambio olio per la Golf di Ferraguti.",
        language="it",
        engine="local",
        segments=[Segment("Mi segni un cambio olio per la Golf di Ferraguti.", 0.0, 3.4)],
        audio_s=3.4,
        elapsed_s=0.31,
        timings={"encode_s": 0.1, "decode_s": 0.2},
    )
    two = Transcript(
        text="Lunedì alle 4.",
        language="it",
        engine="local",
        segments=[Segment("Lunedì alle 4.", 0.0, 1.5)],
        audio_s=1.5,
        elapsed_s=0.12,
        timings={"encode_s": 0.05, "decode_s": 0.06},
    )
    joined = join([(0.2, one), (3.9, two)])
    assert joined.text == "Mi segni un cambio olio per la Golf di Ferraguti Lunedì alle 4."
    assert [(s.start_s, s.end_s) for s in joined.segments] == [(0.2, 3.6), (3.9, 5.4)]
    assert joined.pieces == 2
    assert joined.elapsed_s == 0.12  # what was left to wait for at release: the last piece
    assert joined.timings["decode_s"] == pytest.approx(0.26)
    assert joined.language == "it"


@pytest.mark.parametrize(
    ("words", "open_"),
    [
        ("Mi segni un tagliando per la Panda di Rossi", False),
        ("Che interventi ha fatto la macchina della signora Bianchi?", False),
        ("Book a service for the white Fiesta", False),
        ("Prenota la revisione per la targa acca erre", True),
        ("la Punto, GH 907", True),
        ("sposta il cambio gomme a giovedì alle dieci", True),
        ("targa Genova Bologna", True),
        ("the plate is alpha bravo", True),
        ("the car with plate 4", True),
    ],
)
def test_words_that_may_stop_inside_a_plate_or_a_number_are_open(words: str, open_: bool) -> None:
    assert words_end_open(words) is open_
