"""Voice activity detection: the VAD interface, Silero (ONNX, no torch) streaming boundaries, silence
trimming, endpointing."""

from engine.vad.base import VAD, SpeechStream
from engine.vad.endpointer import Endpointer, TurnEvent
from engine.vad.onnx_model import FRAME_SAMPLES, default_model_path
from engine.vad.options import SpeechBoundary, VadOptions
from engine.vad.silero import SileroVad
from engine.vad.stream import VadStream
from engine.vad.trim import Trimmed

__all__ = [
    "FRAME_SAMPLES",
    "VAD",
    "Endpointer",
    "SileroVad",
    "SpeechBoundary",
    "SpeechStream",
    "Trimmed",
    "TurnEvent",
    "VadOptions",
    "VadStream",
    "default_model_path",
]
