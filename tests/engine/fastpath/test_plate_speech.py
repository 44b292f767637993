"""Spoken Italian plates end to end: Kokoro speaks them with Italian letter names, whisper base hears
them, the fast path answers on the contract workshop. Whisper's words are not demanded; what is
demanded is that an answer never names a vehicle other than the one spoken, and that the repair
recovers some of them (figures: `python -m benches.plates audio`, docs/PERFORMANCE.md)."""

from __future__ import annotations

import re

from engine.fastpath import FastPath
from wp_api.contract import CallContext

SAID = {
    "DP321TB": "Di chi è la di pi tre due uno ti bi?",
    "FT789MN": "Di chi è la effe ti sette otto nove emme enne?",
    "GH900PR": "Di chi è la gi acca nove zero zero pi erre?",
    "KL661BB": "Di chi è la cappa elle sei sei uno bi bi?",
}


async def test_spoken_plates_never_name_another_vehicle(
    kokoro: object, whisper_base: object, fast: FastPath, context: CallContext
) -> None:
    from engine.audio import resample
    from engine.tts.kokoro import SAMPLE_RATE

    right = 0
    for plate, text in SAID.items():
        audio = resample(kokoro.speak(text, "it", style="jm_kumo"), SAMPLE_RATE, 16_000)  # type: ignore[attr-defined]
        heard = (await whisper_base.transcribe(audio, language="it")).text  # type: ignore[attr-defined]
        out = await fast.handle(heard, context)
        assert not [c for c in out.tool_calls if c.name == "create_appointment"]
        if out.handled:
            named = set(re.findall(r"\b[A-Z]{2}\d{3}[A-Z]{2}\b", out.reply_text))
            assert named <= {plate}, (text, heard, out.reply_text)
            right += plate in named
    assert right >= 1, "no spoken plate was recovered"
