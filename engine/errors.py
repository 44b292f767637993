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
"""

from __future__ import annotations

from models.errors import ModelError


class OfficinaError(Exception):
    """Root of every error the engine reports; `message` is fit to show a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ConfigError(OfficinaError):
    """A setting is missing or invalid."""


class ModelMissingError(OfficinaError, ModelError):
    """A model file is missing, partial or corrupt. `fix` is the command that repairs it.

    The models package raises its own ModelError (models stays a leaf); this subclass is what the
    engine raises, so `except ModelError` catches both and `except OfficinaError` the engine's."""

    def __init__(self, message: str, *, fix: str) -> None:
        ModelError.__init__(self, message, fix=fix)


class StageError(OfficinaError):
    """A stage of the cascade failed; `retryable` says whether trying again may help."""

    def __init__(self, message: str, *, retryable: bool = False) -> None:
        super().__init__(message)
        self.retryable = retryable


class AudioError(StageError):
    """An audio device or audio file could not be used."""


class VadError(StageError):
    """Voice activity detection failed."""


class SttError(StageError):
    """Speech-to-text failed."""


class SttTimeoutError(SttError):
    """Speech-to-text did not answer within its deadline."""


class LlmError(StageError):
    """The language model call failed."""


class LlmStatusError(LlmError):
    """The model server answered with an HTTP error."""

    def __init__(self, message: str, *, status_code: int, retryable: bool = False) -> None:
        super().__init__(message, retryable=retryable)
        self.status_code = status_code


class LlmConnectionError(LlmError):
    """The model server could not be reached."""


class LlmStreamError(LlmError):
    """The model's answer broke off mid-stream: an error event, or the connection closed before the end."""


class LlmTimeoutError(LlmError):
    """The model server did not answer in time."""


class TtsError(StageError):
    """Text-to-speech failed."""
