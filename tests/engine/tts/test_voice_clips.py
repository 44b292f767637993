"""Kokoro's clips of the app's fixed words: where replies are cut, that a clip is played instead of a run,
that it says its words, and that the disk cache is keyed by the voice and survives bad files."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from engine.audio import resample
from engine.pipeline.engines import _load_voice
from engine.tts import KokoroTTS
from engine.tts.clips import ClipStore
from engine.tts.fixed_lines import FixedLines, day_words, fixed_lines, head_of, split_template
from engine.tts.kokoro import SAMPLE_RATE, KokoroModel
from i18n.fastpath import CHANNELS, TEXTS, channel_name, say
from i18n.languages import lookup
from i18n.replies import REPLIES, reply
from tests.support.hearing import assert_heard
from tests.support.kokoro_runs import count_kokoro_runs

FIRST_FREE = "Il primo posto libero per tagliando è mercoledì 3 dicembre alle 9:00."
LINES = FixedLines(heads=("Il primo posto libero",), whole=("Confermi?",))


def test_a_head_is_the_fixed_start_without_words_that_lean_on_the_rest() -> None:
    assert head_of("Il primo posto libero per {service} è {when}.") == "Il primo posto libero"
    assert head_of("Fatto: {service} per {vehicle}{owner}, {when}.") == "Fatto:"
    assert head_of("Non trovo la {heard}; la più simile è la {plate}.") == "Non trovo"
    assert head_of("La {plate} è {vehicle} di {owner}.") is None  # only an article is fixed
    assert head_of("Annullo {service} per {vehicle}.") is None  # one bare word: no natural cut
    assert head_of("Intendi {vehicle}?") == "Intendi"  # ... unless it opens a question
    assert head_of(" e altri {more}") is None  # a fragment of another sentence
    assert head_of("{when} è già occupato.") is None
    heads, whole = split_template(
        "Non trovo nessun veicolo {what}. Puoi ripetere la targa lettera per lettera?"
    )
    assert heads == ["Non trovo nessun veicolo"]
    assert whole == ["Puoi ripetere la targa lettera per lettera?"]


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_head_begins_a_sentence_the_app_says(language: str) -> None:
    lines = fixed_lines(language)
    assert reply("offline", language) in lines.whole
    assert {"it": "Fatto:", "en": "Done:"}[language] in lines.heads
    written = [*(lookup(TEXTS, k, language) for k in TEXTS), *(lookup(REPLIES, k, language) for k in REPLIES)]
    days = day_words(language)
    written += [t.replace("{day}", day) for t in written if t.startswith("{day}") for day in days]
    named = [
        t.replace("{channel}", channel_name(c, language))
        for t in written
        if "{channel}" in t
        for c in CHANNELS
    ]
    written += [t[:1].upper() + t[1:] for t in named]  # as `say` writes them
    sentences = [s for text in written for s in text.split(". ")]
    for head in lines.heads:
        assert head in days or any(s.startswith((head + " ", head + "{")) for s in sentences), head
    assert {"it": "Oggi ci sono", "en": "Today there are"}[language] in lines.heads
    assert {"it": "Mercoledì", "en": "Wednesday"}[language] in lines.heads, "a date opens with its weekday"
    reminder = say("reminder_set", language, channel=channel_name("sms", language), when="x")
    assert any(reminder.startswith(head + " ") for head in lines.heads), "one head per channel"
    assert say("confirmation_sent", language, channel=channel_name("email", language)) in lines.whole


def test_a_sentence_is_cut_right_after_a_fixed_head(kokoro: KokoroModel, tmp_path: Path) -> None:
    voice = KokoroTTS(kokoro, language="it")
    before = voice.pieces(FIRST_FREE)
    voice.use_clips(fixed_lines("it"), ClipStore(tmp_path, voice.identity))
    after = voice.pieces(say("first_free", "it", service="tagliando", when="mercoledì 3 dicembre alle 9:00"))
    assert after == ["Il primo posto libero", "per tagliando è mercoledì 3 dicembre alle 9:00."], (
        "the rest is made while the head plays: cut only at its punctuation"
    )
    assert " ".join(after) == " ".join(before) == FIRST_FREE, "cutting never changes the words"
    assert voice.pieces("Non trovo nessun veicolo con la targa GH 907 MN.")[0] == "Non trovo nessun veicolo"
    assert (
        voice.pieces("Non trovo la GH 907 MN; la più simile è la GH 907 MP.")[0] == "Non trovo la GH 907 MN;"
    ), "an opening with a plate is spelled from clips (test_plate_speech)"
    assert voice.pieces("Fatturato di oggi.") == ["Fatturato di oggi."], "a head is whole words only"
    assert voice.pieces("Oggi ci sono 25 appuntamenti;") == ["Oggi ci sono", "25 appuntamenti;"]
    assert voice.pieces("Lunedì 30 novembre ci sono 5 appuntamenti;") == [
        "Lunedì",
        "30 novembre ci sono 5 appuntamenti;",
    ], "a date's weekday is a clip, Kokoro makes the rest meanwhile"


async def test_a_reply_starting_with_a_clip_is_heard_before_any_run(
    kokoro: KokoroModel, whisper_base: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    voice = KokoroTTS(kokoro, language="it")
    store = ClipStore(tmp_path, voice.identity)
    assert voice.use_clips(LINES, store) == ["Il primo posto libero", "Confermi?"]
    assert voice.make_clips() == 2
    assert voice.missing_clips == []
    clip = voice.clip("Il primo posto libero")
    assert clip is not None and store.path("Il primo posto libero").is_file()

    heard = (await whisper_base.transcribe(resample(clip, SAMPLE_RATE, 16_000), language="it")).text  # type: ignore[attr-defined]
    assert_heard(heard, "Il primo posto libero")

    runs = count_kokoro_runs(monkeypatch)
    chunks = voice.synthesize_blocking(FIRST_FREE)  # a generator: nothing runs before it is asked
    first = next(chunks)
    assert runs == [], "the clip must be played without waiting for an ONNX run"
    assert np.allclose(first.samples[: clip.size], clip * (0.95 / np.max(np.abs(clip))), atol=1e-6)
    rest = list(chunks)
    assert rest and len(runs) == len(rest), "the words after the head are made as usual"

    runs.clear()
    assert len(list(voice.synthesize_blocking("Confermi?"))) == 1
    assert runs == [], "a whole fixed line is played from its clip"


def test_clips_on_disk_belong_to_one_voice_and_survive_a_bad_file(
    kokoro: KokoroModel, tmp_path: Path
) -> None:
    voice = KokoroTTS(kokoro, language="it")
    voice.use_clips(LINES, ClipStore(tmp_path, voice.identity))
    closing = threading.Event()
    closing.set()
    assert voice.make_clips(closing) == 0, "the app closing stops the clips"
    voice.make_clips()

    again = KokoroTTS(kokoro, language="it")
    assert again.use_clips(LINES, ClipStore(tmp_path, again.identity)) == [], "clips are read back from disk"
    slower = KokoroTTS(kokoro, language="it", speed=1.2)
    assert slower.identity != voice.identity
    assert len(slower.use_clips(LINES, ClipStore(tmp_path, slower.identity))) == 2, "another speed: new clips"

    ClipStore(tmp_path, voice.identity).path("Confermi?").write_bytes(b"not audio")
    third = KokoroTTS(kokoro, language="it")
    assert third.use_clips(LINES, ClipStore(tmp_path, third.identity)) == ["Confermi?"]
    assert third.make_clips() == 1 and third.clip("Confermi?") is not None


def test_a_clip_folder_that_cannot_be_written_still_plays_the_clip(
    kokoro: KokoroModel, tmp_path: Path
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    voice = KokoroTTS(kokoro, language="it")
    voice.use_clips(FixedLines(heads=(), whole=("Confermi?",)), ClipStore(blocked, voice.identity))
    assert voice.make_clips() == 1
    assert voice.clip("Confermi?") is not None and not blocked.is_dir()


def test_the_app_loads_kokoro_with_the_fixed_heads(kokoro: KokoroModel) -> None:
    voice = _load_voice("kokoro-82m", "it")
    assert isinstance(voice, KokoroTTS)
    assert voice.pieces("Fatto: tagliando per la Panda, domani alle 9:00.")[0] == "Fatto:"
    assert "Questo non lo so fare senza il modello in cloud." in voice.missing_clips  # no clip made yet here
