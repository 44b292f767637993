"""Every error a person can meet is told in their language, as something to do, without the technical
detail: each kind of the engine's error tree (and of a model's or a backend's failure) has an Italian
and an English sentence, and the Italian one repeats no English word of the exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine import errors as E
from engine.audio.files import read_wav
from i18n.errors import ERRORS, error_message
from models.errors import ModelError
from wp_api.errors import BackendUnavailable, ToolRejected

# The exceptions as the engine raises them (their messages copied from the raise sites), each with
# the kind a person is told about.
SAMPLES: list[tuple[BaseException, str]] = [
    (E.OfficinaError("The assistant failed: KeyError 'choices'"), "unexpected"),
    (RuntimeError("cannot schedule new futures after interpreter shutdown"), "unexpected"),
    (E.OfficinaError("The voice engine is still starting: try again in a moment.", kind="engine.starting"),
     "engine.starting"),
    (E.ConfigError("Messaging settings are incomplete: whatsapp_phone_number_id is required"), "config"),
    (E.ConfigError("No OpenAI API key is set, so only the offline commands work: add it in Settings.",
                   kind="config.api_key"), "config.api_key"),
    (E.ConfigError("The WordPress site is not set: add its URL and user in Settings (or use the local demo).",
                   kind="config.wordpress"), "config.wordpress"),
    (E.ConfigError("Messaging settings are incomplete: smtp_host is required", kind="config.messaging"),
     "config.messaging"),
    (E.ConfigError("The workshop database /home/x/workshop.sqlite3 cannot be opened: file is not a database "
                   "(rebuild the demo with: officina demo-data --force)", kind="config.database"), "config.database"),
    (E.ModelMissingError("The Piper voice it_IT-paola-medium.onnx is missing (/models/paola).",
                         fix="uv run officina models install piper-it-paola"), "model.missing"),
    (ModelError("whisper-base: checksum mismatch, download again", fix="uv run officina models install whisper-base"),
     "model.missing"),
    (E.AudioError("Could not open the speaker (pulse): Device unavailable [PaErrorCode -9985]"), "audio"),
    (E.AudioError("No usable output audio device (default): Error querying device -1", kind="audio.no_speaker"),
     "audio.no_speaker"),
    (E.AudioError("No usable input audio device ('USB Headset'): No input device matching 'USB Headset'",
                  kind="audio.no_microphone"), "audio.no_microphone"),
    (E.AudioError("Could not open the speaker (pulse): Device unavailable [PaErrorCode -9985]",
                  kind="audio.speaker_busy"), "audio.speaker_busy"),
    (E.AudioError("Could not open the microphone (default): Invalid sample rate [PaErrorCode -9997]",
                  kind="audio.microphone_busy"), "audio.microphone_busy"),
    (E.AudioError("No audio system found (the PortAudio library is missing). On Debian/Ubuntu install it with: "
                  "sudo apt-get install libportaudio2", kind="audio.no_sound_system"), "audio.no_sound_system"),
    (E.AudioError("note.wav is not a WAV file (expected a RIFF/WAVE header).", kind="audio.file"), "audio.file"),
    (E.VadError("audio must be mono (1-D), got shape (2, 16000)"), "vad"),
    (E.ConfigError("Voice activity detection is not available; type the request instead.", kind="vad.unavailable"),
     "vad.unavailable"),
    (E.SttError("local speech-to-text failed: CUDA failed with error out of memory"), "stt"),
    (E.SttTimeoutError("cloud speech-to-text did not answer within 2.5 s", retryable=True), "stt.timeout"),
    (E.LlmError("The model server sent an invalid tool call"), "llm"),
    (E.LlmStatusError("Error code: 400 - context length exceeded", status_code=400), "llm"),
    (E.LlmStatusError("Error code: 401 - Incorrect API key provided: sk-abc", status_code=401), "llm.auth"),
    (E.LlmStatusError("Error code: 403 - Forbidden", status_code=403), "llm.auth"),
    (E.LlmStatusError("Error code: 429 - Rate limit reached for requests", status_code=429), "llm.rate_limited"),
    (E.LlmStatusError("Error code: 503 - Service Unavailable", status_code=503), "llm.server"),
    (E.LlmConnectionError("Connection error: could not reach http://127.0.0.1:8080/v1"), "llm.unreachable"),
    (E.LlmTimeoutError("Request timed out after 30 s"), "llm.timeout"),
    (E.LlmStreamError("The model's answer broke off: stream error event 'server_error'"), "llm.stream"),
    (E.TtsError("Piper synthesis failed: ONNXRuntimeError invalid input"), "tts"),
    (BackendUnavailable("WordPress officina.example: connection refused (timeout after 10 s)"),
     "backend.unreachable"),
    (ToolRejected("Forbidden: this user cannot manage appointments", code="forbidden", status=403),
     "backend.refused"),
]  # fmt: skip

LOANWORDS = {
    "wordpress",
    "openai",
    "internet",
    "cloud",
    "email",
    "whatsapp",
    "offline",
    "computer",
    "demo",
    "officina",
    "audio",
    "file",
}
"""Names, and words Italian uses as they are (or that are Italian): not English technical detail."""


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)} - LOANWORDS


@pytest.mark.parametrize(("exc", "kind"), SAMPLES, ids=[f"{k}-{i}" for i, (_, k) in enumerate(SAMPLES)])
def test_each_failure_is_told_in_italian_and_english_without_its_technical_words(
    exc: BaseException, kind: str
) -> None:
    assert E.error_kind(exc) == kind
    italian, english = E.for_person(exc, "it"), E.for_person(exc, "en")
    assert italian and english and italian != english
    assert italian == error_message(kind, "it") and english == error_message(kind, "en")
    technical = getattr(exc, "message", None) or str(exc)
    assert not _words(italian) & _words(technical), (italian, technical)
    assert not re.search(r"\d", italian + english), "a device number or status code reached the person"


def test_every_kind_of_failure_is_walked() -> None:
    """The samples reach every sentence in i18n.errors, and every class of the tree has a sentence."""
    assert {kind for _, kind in SAMPLES} == set(ERRORS)

    def subclasses(cls: type) -> list[type]:
        return [cls, *(s for c in cls.__subclasses__() for s in subclasses(c))]

    tree = subclasses(E.OfficinaError)
    assert len(tree) >= 14
    assert {cls.kind for cls in tree} <= set(ERRORS)
    assert {type(exc) for exc, _ in SAMPLES} >= set(tree) - {E.StageError}


def test_the_window_no_longer_shows_english_device_errors(tmp_path: Path) -> None:
    """The message of the issue: what the Italian window said, and what it says now."""
    exc = E.AudioError(
        "No usable output audio device (default): Error querying device -1", kind="audio.no_speaker"
    )
    said = E.for_person(exc, "it")
    assert said.startswith("Nessun altoparlante") and "cuffie" in said and "device" not in said


def test_a_bad_audio_file_is_told_as_such(tmp_path: Path) -> None:
    """A real raise site: reading a file that is not a WAV."""
    bad = tmp_path / "note.wav"
    bad.write_text("not audio at all", encoding="utf-8")
    with pytest.raises(E.AudioError) as caught:
        read_wav(bad)
    assert E.error_kind(caught.value) == "audio.file"
    assert "WAV" in E.for_person(caught.value, "it") and "note.wav" not in E.for_person(caught.value, "it")
