"""`ClipStore`: the audio a voice made once for a fixed piece of text, kept on disk by content hash.

Kokoro needs one ONNX run (1–2.5 s on two busy cores) before a piece is heard; a reply that begins
with fixed words ("Fatto:", "Il primo posto libero", engine.tts.fixed_lines) plays their clip at once
and Kokoro makes the rest while it is heard. A clip's name is the hash of the voice's identity (model
files, speaker style, speed, language) and the text, so a new model or another style never plays an
old clip. The store is a cache: a clip that cannot be read is made again, one that cannot be written is
only logged (the piece is then synthesized like any other).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

import numpy as np

from engine.paths import app_paths

_LOGGER = logging.getLogger(__name__)

CLIPS_VERSION = 1
"""Raise it when the way clips are made changes (trimming, levelling), so old files are not played."""


class ClipStore:
    """Clips of one voice in `folder`; `identity` names the voice exactly (model files, style, speed, language)."""

    def __init__(self, folder: Path, identity: str) -> None:
        self.folder = folder
        self.identity = identity

    @classmethod
    def for_app(cls, identity: str) -> ClipStore:
        """The app's clip folder (under its data folder; OFFICINA_HOME moves it)."""
        return cls(app_paths().data / "voice-clips", identity)

    def path(self, text: str) -> Path:
        digest = hashlib.sha256(f"{CLIPS_VERSION}\0{self.identity}\0{text}".encode()).hexdigest()
        return self.folder / f"{digest[:40]}.npy"

    def load(self, text: str) -> np.ndarray | None:
        """The clip of `text`, or None when it was never made or its file is unreadable."""
        path = self.path(text)
        if not path.is_file():
            return None
        try:
            audio = np.load(path, allow_pickle=False)
        except (OSError, ValueError) as exc:
            _LOGGER.warning("Voice clip %s is unreadable (%s): it will be made again", path.name, exc)
            return None
        if audio.dtype != np.float32 or audio.ndim != 1 or audio.size == 0:
            _LOGGER.warning("Voice clip %s is not mono float32 audio: it will be made again", path.name)
            return None
        return audio

    def save(self, text: str, audio: np.ndarray) -> bool:
        """Write the clip atomically; False (logged) when the folder cannot be written."""
        path = self.path(text)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, suffix=".tmp", delete=False) as tmp:
                np.save(tmp, np.asarray(audio, dtype=np.float32), allow_pickle=False)
            os.replace(tmp.name, path)
        except OSError as exc:
            _LOGGER.warning("Could not keep the voice clip for %r in %s: %s", text, self.folder, exc)
            return False
        return True


def file_identity(*paths: Path) -> str:
    """Size and modification time of the model's files: a re-installed or changed model gets new clips."""
    parts = []
    for path in paths:
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return ";".join(parts)
