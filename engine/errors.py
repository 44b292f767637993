"""The engine's error hierarchy.

    OfficinaError                  anything the engine reports to a person (one clear sentence in `.message`)
    ├── ConfigError                a setting is missing or invalid (e.g. no API key for the cloud)
    ├── ModelMissingError          a model is missing, partial or corrupt; `.fix` is the command that mends it
    └── StageError(retryable)      a stage of the cascade failed
        ├── AudioError             capture/playback device or audio file problem
        ├── VadError
        ├── SttError
        │   └── SttTimeoutError    the engine did not answer within its deadline
        ├── LlmError
        │   ├── LlmStatusError     the server answered with an HTTP error (`.status_code`)
        │   ├── LlmConnectionError the server could not be reached
        │   ├── LlmStreamError     the answer broke off mid-stream (an error event, a dropped connection)
        │   └── LlmTimeoutError
        └── TtsError

Vendor exceptions (openai.*, faster_whisper.*, onnxruntime.*) are translated into these at exactly one
boundary per engine and raised `from` the original; nothing above engine/ catches vendor exceptions.

`.message` is the technical sentence (English, for the log, the trace and the command line); `.kind`
names the failure ("audio.no_speaker", "llm.auth"...) and `for_person(exc, language)` is what a person
is told, from i18n.errors, in their language.
"""

from __future__ import annotations

from i18n.errors import error_message
from models.errors import ModelError
from wp_api.errors import BackendUnavailable, WorkshopError


class OfficinaError(Exception):
    """Root of every error the engine reports: `message` for the log, `kind` for what a person is told."""

    kind = "unexpected"

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if kind is not None:
            self.kind = kind


class ConfigError(OfficinaError):
    """A setting is missing or invalid."""

    kind = "config"


class ModelMissingError(OfficinaError, ModelError):
    """A model file is missing, partial or corrupt. `fix` is the command that repairs it.

    The models package raises its own ModelError (models stays a leaf); this subclass is what the
    engine raises, so `except ModelError` catches both and `except OfficinaError` the engine's."""

    kind = "model.missing"

    def __init__(self, message: str, *, fix: str) -> None:
        ModelError.__init__(self, message, fix=fix)


class StageError(OfficinaError):
    """A stage of the cascade failed; `retryable` says whether trying again may help."""

    def __init__(self, message: str, *, retryable: bool = False, kind: str | None = None) -> None:
        super().__init__(message, kind=kind)
        self.retryable = retryable


class AudioError(StageError):
    """An audio device or audio file could not be used."""

    kind = "audio"


class VadError(StageError):
    """Voice activity detection failed."""

    kind = "vad"


class SttError(StageError):
    """Speech-to-text failed."""

    kind = "stt"


class SttTimeoutError(SttError):
    """Speech-to-text did not answer within its deadline."""

    kind = "stt.timeout"


class LlmError(StageError):
    """The language model call failed."""

    kind = "llm"


class LlmStatusError(LlmError):
    """The model server answered with an HTTP error: 401/403 a refused key, 429 overload or no credit,
    5xx a server fault."""

    def __init__(self, message: str, *, status_code: int, retryable: bool = False) -> None:
        super().__init__(message, retryable=retryable, kind=_status_kind(status_code))
        self.status_code = status_code


def _status_kind(status_code: int) -> str:
    if status_code in (401, 403):
        return "llm.auth"
    if status_code == 429:
        return "llm.rate_limited"
    return "llm.server" if status_code >= 500 else "llm"


class LlmConnectionError(LlmError):
    """The model server could not be reached."""

    kind = "llm.unreachable"


class LlmStreamError(LlmError):
    """The model's answer broke off mid-stream: an error event, or the connection closed before the end."""

    kind = "llm.stream"


class LlmTimeoutError(LlmError):
    """The model server did not answer in time."""

    kind = "llm.timeout"


class TtsError(StageError):
    """Text-to-speech failed."""

    kind = "tts"


def error_kind(exc: BaseException) -> str:
    """The kind of any failure: the engine's own, a model's, a backend's, or "unexpected"."""
    if isinstance(exc, OfficinaError):
        return exc.kind
    if isinstance(exc, ModelError):
        return "model.missing"
    if isinstance(exc, BackendUnavailable):
        return "backend.unreachable"
    if isinstance(exc, WorkshopError):
        return "backend.refused"
    return "unexpected"


def for_person(exc: BaseException, language: str) -> str:
    """What a person is told about `exc`, in `language`: what happened and what to do, no technical detail."""
    return error_message(error_kind(exc), language)
